/* program: CRC32 (table), Adler-32, FNV-1a 32/64, djb2 and sdbm hashes over strings and generated data */
#include <stdio.h>
#include <string.h>
#include <stdint.h>
#include <inttypes.h>

static uint32_t crc_table[256];
static void crc_init(void) {
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc_table[i] = c;
    }
}
static uint32_t crc32(const unsigned char *p, size_t n) {
    uint32_t c = 0xFFFFFFFFu;
    for (size_t i = 0; i < n; i++) c = crc_table[(c ^ p[i]) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}
static uint32_t adler32(const unsigned char *p, size_t n) {
    uint32_t a = 1, b = 0;
    for (size_t i = 0; i < n; i++) { a = (a + p[i]) % 65521u; b = (b + a) % 65521u; }
    return (b << 16) | a;
}
static uint32_t fnv32(const unsigned char *p, size_t n) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) { h ^= p[i]; h *= 16777619u; }
    return h;
}
static uint64_t fnv64(const unsigned char *p, size_t n) {
    uint64_t h = 14695981039346656037ull;
    for (size_t i = 0; i < n; i++) { h ^= p[i]; h *= 1099511628211ull; }
    return h;
}
static uint32_t djb2(const unsigned char *p, size_t n) {
    uint32_t h = 5381;
    for (size_t i = 0; i < n; i++) h = (h << 5) + h + p[i];
    return h;
}
static uint32_t sdbm(const unsigned char *p, size_t n) {
    uint32_t h = 0;
    for (size_t i = 0; i < n; i++) h = p[i] + (h << 6) + (h << 16) - h;
    return h;
}

int main(void) {
    crc_init();
    const char *s[] = {"", "a", "abc", "message digest", "123456789", "The quick brown fox jumps over the lazy dog",
                       "Wikipedia", "\x00\x01\x02"};
    size_t lens[] = {0, 1, 3, 14, 9, 43, 9, 3};
    for (int i = 0; i < 8; i++) {
        const unsigned char *p = (const unsigned char *)s[i];
        size_t n = lens[i];
        printf("%-44.44s crc32=%08" PRIx32 " adler=%08" PRIx32 " fnv32=%08" PRIx32 " fnv64=%016" PRIx64 " djb2=%08" PRIx32 " sdbm=%08" PRIx32 "\n",
               i == 7 ? "(bytes 00 01 02)" : s[i], crc32(p, n), adler32(p, n), fnv32(p, n), fnv64(p, n), djb2(p, n), sdbm(p, n));
    }
    static unsigned char data[65536];
    uint32_t x = 2463534242u;
    for (size_t i = 0; i < sizeof data; i++) {
        x ^= x << 13; x ^= x >> 17; x ^= x << 5;
        data[i] = (unsigned char)x;
    }
    printf("64KiB xorshift data: crc32=%08" PRIx32 " adler=%08" PRIx32 " fnv32=%08" PRIx32 " fnv64=%016" PRIx64 "\n",
           crc32(data, sizeof data), adler32(data, sizeof data), fnv32(data, sizeof data), fnv64(data, sizeof data));
    /* hash distribution into 16 buckets */
    int buckets[16] = {0};
    char key[16];
    for (int i = 0; i < 1000; i++) {
        int n = sprintf(key, "key%d", i);
        buckets[fnv32((unsigned char *)key, (size_t)n) & 15]++;
    }
    printf("fnv32 buckets:");
    for (int i = 0; i < 16; i++) printf(" %d", buckets[i]);
    printf("\n");
    return 0;
}
