/* return statements convert the value to the function's return type */
#include <stdio.h>

static char r_char(void) { return 300; }
static unsigned char r_uchar(void) { return -1; }
static short r_short(void) { return 98304; }
static unsigned r_unsigned(void) { return -2; }
static int r_int_from_double(void) { return -3.99; }
static long r_long_from_uint(void) { return 4294967295u; }
static long r_long_from_int(void) { return -1; }
static unsigned long r_ulong_from_int(void) { return -1; }
static double r_double_from_int(void) { return 7; }
static float r_float_from_double(void) { return 0.1; }
static _Bool r_bool(void) { return 256; }
static _Bool r_bool_d(void) { return 0.001; }
static int *r_null(void) { return 0; }
static long long r_ll_from_char(void) { char c = -5; return c; }
static unsigned long long r_ull_from_schar(void) { signed char c = -1; return c; }

int main(void) {
    printf("char %d\n", r_char());
    printf("uchar %d\n", r_uchar());
    printf("short %d\n", r_short());
    printf("unsigned %u\n", r_unsigned());
    printf("int from double %d\n", r_int_from_double());
    printf("long from uint %ld\n", r_long_from_uint());
    printf("long from int %ld\n", r_long_from_int());
    printf("ulong from int %lu\n", r_ulong_from_int());
    printf("double from int %.1f\n", r_double_from_int());
    printf("float from double %.17g\n", (double)r_float_from_double());
    printf("bool %d %d\n", r_bool(), r_bool_d());
    printf("null %d\n", r_null() == 0);
    printf("ll from char %lld\n", r_ll_from_char());
    printf("ull from schar %llu\n", r_ull_from_schar());
    printf("r_char() + 1 = %d\n", r_char() + 1);
    printf("r_uchar() + 1 = %d\n", r_uchar() + 1);
    return 0;
}
