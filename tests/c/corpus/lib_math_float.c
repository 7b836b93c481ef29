/* math.h: float variants sqrtf sinf cosf tanf expf logf powf floorf ceilf fabsf fmodf roundf atan2f hypotf */
#include <stdio.h>
#include <math.h>

int main(void) {
    float xs[] = {0.0f, 0.1f, 0.5f, 1.0f, 1.5f, 2.0f, 3.14159265f, 10.0f, 100.5f, -2.5f, 1e-20f, 3e38f};
    for (int i = 0; i < 12; i++) {
        float x = xs[i];
        printf("x=%.9g\n  sqrtf=%.9g sinf=%.9g cosf=%.9g tanf=%.9g\n  expf=%.9g logf=%.9g floorf=%.9g ceilf=%.9g roundf=%.9g truncf=%.9g\n",
               (double)x, (double)sqrtf(fabsf(x)), (double)sinf(x), (double)cosf(x), (double)tanf(x), (double)expf(x),
               (double)logf(fabsf(x)), (double)floorf(x), (double)ceilf(x), (double)roundf(x), (double)truncf(x));
    }
    printf("powf: %.9g %.9g %.9g\n", (double)powf(2.0f, 0.5f), (double)powf(10.0f, 7.0f), (double)powf(1.5f, 40.0f));
    printf("fmodf: %.9g %.9g\n", (double)fmodf(10.5f, 3.0f), (double)fmodf(-10.5f, 3.0f));
    printf("atan2f: %.9g %.9g\n", (double)atan2f(1.0f, -1.0f), (double)atan2f(-0.0f, -1.0f));
    printf("hypotf: %.9g cbrtf: %.9g log10f: %.9g log2f: %.9g exp2f: %.9g\n", (double)hypotf(3.0f, 4.0f),
           (double)cbrtf(27.0f), (double)log10f(1000.0f), (double)log2f(1024.0f), (double)exp2f(0.5f));
    printf("asinf=%.9g acosf=%.9g atanf=%.9g sinhf=%.9g coshf=%.9g tanhf=%.9g\n", (double)asinf(0.5f), (double)acosf(0.5f),
           (double)atanf(1.0f), (double)sinhf(1.0f), (double)coshf(1.0f), (double)tanhf(1.0f));
    printf("fminf=%g fmaxf=%g copysignf=%g\n", (double)fminf(1.0f, -2.0f), (double)fmaxf(1.0f, -2.0f), (double)copysignf(3.0f, -0.0f));
    float acc = 0.0f;
    for (int i = 1; i <= 1000; i++) acc += 1.0f / (float)i;
    printf("harmonic float sum=%.9g\n", (double)acc);
    return 0;
}
