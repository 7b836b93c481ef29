/* shift operators: by 0, by width-1, unsigned values, shifted type is the promoted left operand */
#include <stdio.h>
#include <stdint.h>

int main(void) {
    unsigned u = 0xdeadbeefu;
    int n;
    for (n = 0; n < 32; n += 5)
        printf("u<<%d=%08x u>>%d=%08x\n", n, u << n, n, u >> n);
    printf("u<<31=%08x u>>31=%x\n", u << 31, u >> 31);
    printf("u<<0=%08x u>>0=%08x\n", u << 0, u >> 0);
    unsigned long long ull = 0xfedcba9876543210ull;
    for (n = 0; n < 64; n += 9)
        printf("ull<<%d=%016llx ull>>%d=%016llx\n", n, ull << n, n, ull >> n);
    printf("ull<<63=%llx ull>>63=%llx\n", ull << 63, ull >> 63);
    printf("1<<30 = %d\n", 1 << 30);
    printf("1u<<31 = %u\n", 1u << 31);
    printf("1L<<62 = %ld\n", 1L << 62);
    printf("1UL<<63 = %lu\n", 1UL << 63);
    printf("1ULL<<63 = %llu\n", 1ULL << 63);
    /* shift amount of a different type doesn't affect result type */
    long long cnt = 3;
    printf("sizeof(1 << cnt) = %zu, value %d\n", sizeof(1 << cnt), 1 << cnt);
    unsigned char uc = 0x81;
    printf("uc << 4 = %d (int)\n", uc << 4);
    printf("(unsigned char)(uc << 4) = %d\n", (unsigned char)(uc << 4));
    uint16_t w = 0x8001;
    printf("w << 15 = %d\n", w << 15);
    printf("(uint32_t)w << 16 = %u\n", (uint32_t)w << 16);
    /* rotate */
    uint32_t r = 0x12345678;
    for (n = 0; n < 32; n += 8)
        printf("rotl(%d) = %08x\n", n, (uint32_t)((r << n) | (r >> ((32 - n) & 31))));
    uint64_t r64 = 0x0123456789abcdefull;
    printf("rotl64(12) = %016llx\n", (unsigned long long)((r64 << 12) | (r64 >> 52)));
    /* compound shifts */
    unsigned v = 1;
    v <<= 10; printf("v <<= 10: %u\n", v);
    v >>= 3; printf("v >>= 3: %u\n", v);
    int iv = 1000;
    iv >>= 2; printf("iv >>= 2: %d\n", iv);
    iv <<= 4; printf("iv <<= 4: %d\n", iv);
    /* bit counting via shifts */
    unsigned long long bits = 0xf0f0f0f0f0f0f0f0ull;
    int pop = 0;
    while (bits) { pop += (int)(bits & 1); bits >>= 1; }
    printf("popcount = %d\n", pop);
    /* masks */
    for (n = 1; n <= 32; n += 7) {
        unsigned mask = n == 32 ? 0xffffffffu : (1u << n) - 1;
        printf("mask(%d) = %08x\n", n, mask);
    }
    return 0;
}
