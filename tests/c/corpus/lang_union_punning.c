/* type punning through unions: float/double bits via uint32_t/uint64_t, bytes of integers */
#include <stdio.h>
#include <stdint.h>

union fbits { float f; uint32_t u; };
union dbits { double d; uint64_t u; uint32_t w[2]; };
union bytes { uint32_t v; unsigned char b[4]; uint16_t h[2]; };

static uint32_t float_bits(float f) { union fbits x; x.f = f; return x.u; }
static float bits_float(uint32_t u) { union fbits x; x.u = u; return x.f; }

int main(void) {
    float fs[] = { 0.0f, -0.0f, 1.0f, -2.0f, 0.1f, 3.14159265f, 1e-40f, 65504.0f };
    unsigned i;
    for (i = 0; i < sizeof fs / sizeof fs[0]; i++) {
        uint32_t b = float_bits(fs[i]);
        printf("%g -> %08x sign %u exp %u mant %06x\n", (double)fs[i], b, b >> 31, (b >> 23) & 0xff, b & 0x7fffff);
    }
    printf("bits 0x40490fdb -> %.7f\n", (double)bits_float(0x40490fdbu));
    printf("bits 0x7f7fffff -> %g\n", (double)bits_float(0x7f7fffffu));
    printf("bits 0x00000001 -> %g\n", (double)bits_float(1u));
    union dbits d;
    d.d = 1.0;
    printf("1.0 = %016llx lo=%08x hi=%08x\n", (unsigned long long)d.u, d.w[0], d.w[1]);
    d.d = -1.5e300;
    printf("-1.5e300 = %016llx\n", (unsigned long long)d.u);
    d.u = 0x3fd5555555555555ull;
    printf("0x3fd5555555555555 = %.17g\n", d.d);
    union bytes by;
    by.v = 0xa1b2c3d4u;
    printf("bytes %02x %02x %02x %02x halves %04x %04x\n", by.b[0], by.b[1], by.b[2], by.b[3], by.h[0], by.h[1]);
    by.b[0] = 0;
    printf("v = %08x\n", by.v);
    /* fast inverse square root style bit hack (deterministic) */
    float x = 4.0f;
    union fbits y; y.f = x;
    y.u = 0x5f3759dfu - (y.u >> 1);
    float r = y.f * (1.5f - 0.5f * x * y.f * y.f);
    printf("rsqrt(4) ~ %.6f\n", (double)r);
    /* next float up via bits */
    union fbits n; n.f = 1.0f; n.u++;
    printf("nextafter(1.0f) = %.10g\n", (double)n.f);
    return 0;
}
