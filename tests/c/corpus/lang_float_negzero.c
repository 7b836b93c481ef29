/* negative zero: equal to +0, distinguishable via signbit, 1/x, copysign, printing */
#include <stdio.h>
#include <math.h>

int main(void) {
    double pz = 0.0, nz = -0.0;
    printf("pz == nz: %d\n", pz == nz);
    printf("printed: %f %f %g %g %.1e\n", pz, nz, pz, nz, nz);
    printf("signbit: %d %d\n", signbit(pz) != 0, signbit(nz) != 0);
    printf("1/pz = %f, 1/nz = %f\n", 1 / pz, 1 / nz);
    double prod = -1.0 * 0.0;
    printf("-1 * 0 = %g\n", prod);
    double sum = nz + pz;
    printf("-0 + 0 = %g\n", sum);
    double sum2 = nz + nz;
    printf("-0 + -0 = %g\n", sum2);
    double diff = pz - pz;
    printf("0 - 0 = %g\n", diff);
    double neg = -pz;
    printf("-(+0) = %g\n", neg);
    printf("copysign(3, -0.0) = %g\n", copysign(3.0, nz));
    printf("fabs(-0.0) = %g\n", fabs(nz));
    double small = -1e-320;
    double r = small * 1e-10;
    printf("underflow to -0: %g signbit %d\n", r, signbit(r) != 0);
    printf("(int)-0.0 = %d\n", (int)nz);
    float fz = -0.0f;
    printf("float -0: %g signbit %d\n", (double)fz, signbit(fz) != 0);
    printf("-0.0 < 0: %d, -0.0 > 0: %d, !(-0.0) = %d\n", nz < 0, nz > 0, !nz);
    printf("round(-0.4) = %g, ceil(-0.5) = %g, trunc(-0.9) = %g\n", round(-0.4), ceil(-0.5), trunc(-0.9));
    return 0;
}
