/* gcc's predefined type, limit and floating-point macros, where what they
   say is true of voxcc's LP64 types */
#include <stdio.h>

int main(void) {
    __INT8_TYPE__ a = -1;
    __UINT8_TYPE__ b = 255;
    __INT16_TYPE__ c = -300;
    __UINT16_TYPE__ d = 65535;
    __INT32_TYPE__ e = -70000;
    __UINT32_TYPE__ f = 4000000000u;
    __INT64_TYPE__ g = -5000000000;
    __UINT64_TYPE__ h = 18000000000000000000ull;
    __INTPTR_TYPE__ ip = (__INTPTR_TYPE__)&a;
    __UINTPTR_TYPE__ up = (__UINTPTR_TYPE__)&a;
    __SIZE_TYPE__ sz = sizeof(__INT64_TYPE__);
    printf("%d %d %d %d %d %u %ld %lu %d %zu\n", a, b, c, d, e, f, g, h, ip == (long)up, sz);
    printf("sizes %zu %zu %zu %zu %zu %zu\n", sizeof(__INT8_TYPE__), sizeof(__INT16_TYPE__),
           sizeof(__INT32_TYPE__), sizeof(__INT64_TYPE__), sizeof(__INTPTR_TYPE__), sizeof(__UINTPTR_TYPE__));
    printf("char bit %d, sizeof int %d long %d ptr %d double %d\n", __CHAR_BIT__, __SIZEOF_INT__,
           __SIZEOF_LONG__, __SIZEOF_POINTER__, __SIZEOF_DOUBLE__);
    printf("%d %d %u %lu %ld\n", __INT8_MAX__, __INT16_MAX__, __UINT32_MAX__, __UINT64_MAX__, __INT64_MAX__);
    printf("%lu %ld %d\n", __SIZE_MAX__, __PTRDIFF_MAX__, __WCHAR_MAX__);
    printf("%ld %lu\n", (long)__INT64_C(123), (unsigned long)__UINT64_C(456));
    printf("flt %g %g %g %d %d\n", __FLT_MAX__, __FLT_MIN__, __FLT_EPSILON__, __FLT_MANT_DIG__, __FLT_DIG__);
    printf("dbl %g %g %g %d %d %d\n", __DBL_MAX__, __DBL_MIN__, __DBL_EPSILON__, __DBL_MANT_DIG__,
           __DBL_MAX_EXP__, __DBL_MIN_EXP__);
    printf("%d\n", __FLT_MAX__ == 3.40282346638528859811704183484516925e+38F);
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    union { int i; char c[4]; } u = { 1 };
    printf("little endian: %d\n", u.c[0]);
#else
    printf("big endian\n");
#endif
    return 0;
}
