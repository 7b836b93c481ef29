/* globals of every scalar type, initialized and modified from functions */
#include <stdio.h>
#include <stdint.h>
#include <stdbool.h>

char g_c = 'g';
signed char g_sc = -100;
unsigned char g_uc = 200;
short g_s = -30000;
unsigned short g_us = 60000;
int g_i = -2000000000;
unsigned g_u = 4000000000u;
long g_l = -9000000000000000000L;
unsigned long g_ul = 18000000000000000000UL;
long long g_ll = 1234567890123456789LL;
unsigned long long g_ull = 0xfedcba9876543210ULL;
float g_f = 1.5f;
double g_d = -2.25e-10;
bool g_b = true;
int8_t g_i8 = -128;
uint16_t g_u16 = 0xbeef;
int64_t g_i64 = INT64_MIN;
size_t g_size = sizeof(int) * 2;
const char *g_str = "global string";
int *g_ptr = &g_i;

static void mutate(void) {
    g_c++; g_sc -= 28; g_uc += 100; g_s -= 2768; g_us += 6000; g_i -= 147483648;
    g_u += 300000000u; g_l /= 9; g_ul += 500000000000000000UL; g_ll *= -1; g_ull >>= 4;
    g_f *= 3; g_d *= -2; g_b = !g_b; g_i8 = (int8_t)(g_i8 - 1); g_u16 ^= 0xffff; g_i64 += 1;
    g_str += 7; *g_ptr += 1;
}

static void dump(void) {
    printf("%c %d %u %d %u %d %u\n", g_c, g_sc, g_uc, g_s, g_us, g_i, g_u);
    printf("%ld %lu %lld %llx\n", g_l, g_ul, g_ll, g_ull);
    printf("%.3f %.5g %d %d %x %lld %zu %s\n", g_f, g_d, g_b, g_i8, g_u16, (long long)g_i64, g_size, g_str);
}

int main(void) {
    dump();
    mutate();
    dump();
    return 0;
}
