/* math.h: float/double edge behaviour: signed zeros from floor/ceil/round/trunc, rounding of x.5, sqrtf(-0), fmodf signs */
#include <stdio.h>
#include <math.h>

static void show(const char *label, double v) { printf("%-18s %g%s\n", label, v, signbit(v) ? " (neg)" : ""); }

int main(void) {
    show("floor(-0.5)", floor(-0.5));
    show("ceil(-0.5)", ceil(-0.5));
    show("round(-0.4)", round(-0.4));
    show("trunc(-0.9)", trunc(-0.9));
    show("rint(-0.5)", rint(-0.5));
    show("floorf(-0.0f)", floorf(-0.0f));
    show("ceilf(-0.7f)", ceilf(-0.7f));
    show("roundf(2.5f)", roundf(2.5f));
    show("roundf(-2.5f)", roundf(-2.5f));
    show("rintf(2.5f)", rintf(2.5f));
    show("rintf(3.5f)", rintf(3.5f));
    show("sqrt(-0.0)", sqrt(-0.0));
    show("sqrtf(-0.0f)", sqrtf(-0.0f));
    show("fmod(-5, 3)", fmod(-5.0, 3.0));
    show("fmod(5, -3)", fmod(5.0, -3.0));
    show("fmod(-6, 3)", fmod(-6.0, 3.0));
    show("fmodf(-6, 3)", fmodf(-6.0f, 3.0f));
    show("copysign(0,-1)", copysign(0.0, -1.0));
    show("-0.0 * 5", -0.0 * 5);
    show("0.0 * -5", 0.0 * -5);
    show("-0.0 + 0.0", -0.0 + 0.0);
    show("-0.0 - 0.0", -0.0 - 0.0);
    show("1 / -inf", 1.0 / -INFINITY);
    show("atan2(-0,1)", atan2(-0.0, 1.0));
    show("sin(-0.0)", sin(-0.0));
    show("tanh(-0.0)", tanh(-0.0));
    show("cbrt(-0.0)", cbrt(-0.0));
    show("exp(-inf)", exp(-INFINITY));
    show("log(inf)", log(INFINITY));
    show("atan(inf)", atan(INFINITY));
    show("tanh(inf)", tanh(INFINITY));
    show("hypot(inf,nan)", hypot(INFINITY, NAN));
    show("fmax(-0,0)", fmax(-0.0, 0.0) == 0 ? 0.0 : 1.0);
    printf("lround(-2.5)=%ld lround(2.5)=%ld lrint(2.5)=%ld lrint(-3.5)=%ld llround(1e15+0.5)=%lld\n", lround(-2.5), lround(2.5), lrint(2.5),
           lrint(-3.5), llround(1e15 + 0.5));
    printf("(int)2.9=%d (int)-2.9=%d (long)1e18=%ld (unsigned)3.99=%u\n", (int)2.9, (int)-2.9, (long)1e18, (unsigned)3.99);
    float f = 16777216.0f;
    printf("16777216f+1=%.1f  (float)0.1=%.20f  (double)(float)1/3=%.17g\n", (double)(f + 1.0f), (double)0.1f, (double)(1.0f / 3.0f));
    return 0;
}
