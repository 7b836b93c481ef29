/* GCC's library builtins (__builtin_memcpy ... called as the library
   functions, without the headers), the bit-count builtins, and a variadic
   library function called through `int printf();` */
int printf();
int sprintf();

static int sum(int n) {
    int s = 0;
    for (int i = 1; i <= n; i++)
        s += i;
    return s;
}

int main(void) {
    char b[16], c[16];
    __builtin_memset(b, 'x', sizeof b);
    b[7] = 0;
    if (__builtin_strlen(b) != 7)
        __builtin_abort();
    __builtin_memcpy(c, b, 8);
    __builtin_strcpy(c + 2, "yz");
    __builtin_printf("%s %s %d %d\n", b, c, __builtin_memcmp(b, c, 8) > 0, __builtin_strcmp("a", "b") < 0);
    char *d = __builtin_malloc(4);
    __builtin_strncpy(d, "abc", 4);
    printf("%s %s %d\n", d, __builtin_strchr(d, 'b'), __builtin_abs(-3));
    __builtin_free(d);
    printf("clz %d %d %d ctz %d %d popcount %d %d %d\n", __builtin_clz(1), __builtin_clzl(1UL << 40),
           __builtin_clzll(1), __builtin_ctz(8), __builtin_ctzll(1ULL << 50), __builtin_popcount(0xff),
           __builtin_popcountl(-1L), __builtin_popcountll(0x101));
    printf("ffs %d %d %d %d parity %d %d\n", __builtin_ffs(0), __builtin_ffs(8), __builtin_ffsl(1L << 62),
           __builtin_ffsll(0), __builtin_parity(7), __builtin_parityll(3));
    printf("bswap %x %x %llx\n", __builtin_bswap16(0x1234), __builtin_bswap32(0x11223344),
           (unsigned long long)__builtin_bswap64(0x0102030405060708ULL));
    int x = 3;
    printf("expect %ld constant_p %d %d classify %d %d %d\n", __builtin_expect(x == 3, 1),
           __builtin_constant_p(42), __builtin_constant_p(x), __builtin_classify_type(x),
           __builtin_classify_type(1.0), __builtin_classify_type(b));
    __builtin_prefetch(b, 0, 3);
    printf("%.4f %.2f %g\n", __builtin_sqrt(2.0), __builtin_fabsf(-1.5f), __builtin_floor(2.7));
    /* int sprintf(); called with the variadic convention */
    sprintf(c, "%d-%s-%c", sum(10), "s", 'q');
    printf("%s\n", c);
    if (x != 3)
        __builtin_unreachable();
    return 0;
}
