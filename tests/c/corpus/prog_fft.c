/* program: iterative radix-2 FFT and inverse on real signals, spectrum peaks, and convolution via FFT vs direct */
#include <stdio.h>
#include <math.h>

#define N 64

static void fft(double *re, double *im, int n, int inverse) {
    for (int i = 1, j = 0; i < n; i++) {
        int bit = n >> 1;
        for (; j & bit; bit >>= 1) j ^= bit;
        j ^= bit;
        if (i < j) { double t = re[i]; re[i] = re[j]; re[j] = t; t = im[i]; im[i] = im[j]; im[j] = t; }
    }
    for (int len = 2; len <= n; len <<= 1) {
        double ang = 2 * M_PI / len * (inverse ? 1 : -1);
        double wr = cos(ang), wi = sin(ang);
        for (int i = 0; i < n; i += len) {
            double cr = 1, ci = 0;
            for (int k = 0; k < len / 2; k++) {
                int a = i + k, b = i + k + len / 2;
                double ur = re[a], ui = im[a];
                double vr = re[b] * cr - im[b] * ci, vi = re[b] * ci + im[b] * cr;
                re[a] = ur + vr; im[a] = ui + vi;
                re[b] = ur - vr; im[b] = ui - vi;
                double ncr = cr * wr - ci * wi;
                ci = cr * wi + ci * wr;
                cr = ncr;
            }
        }
    }
    if (inverse) for (int i = 0; i < n; i++) { re[i] /= n; im[i] /= n; }
}

int main(void) {
    double re[N], im[N], orig[N];
    for (int i = 0; i < N; i++) {
        orig[i] = re[i] = 3.0 * sin(2 * M_PI * 5 * i / N) + 1.5 * cos(2 * M_PI * 12 * i / N) + 0.5;
        im[i] = 0;
    }
    fft(re, im, N, 0);
    printf("spectrum magnitudes above 1e-6 (bins 0..N/2):\n");
    for (int k = 0; k <= N / 2; k++) {
        double mag = sqrt(re[k] * re[k] + im[k] * im[k]);
        if (mag > 1e-6) printf("  bin %2d: %.6f\n", k, mag);
    }
    fft(re, im, N, 1);
    double err = 0;
    for (int i = 0; i < N; i++) err = fmax(err, fabs(re[i] - orig[i]));
    printf("inverse max error < 1e-12: %s\n", err < 1e-12 ? "yes" : "no");
    double a[N] = {0}, b[N] = {0}, ai[N] = {0}, bi[N] = {0};
    int la = 10, lb = 7;
    for (int i = 0; i < la; i++) a[i] = i + 1;
    for (int i = 0; i < lb; i++) b[i] = (i % 2 ? -1.0 : 1.0) * (lb - i);
    double direct[N] = {0};
    for (int i = 0; i < la; i++) for (int j = 0; j < lb; j++) direct[i + j] += a[i] * b[j];
    fft(a, ai, N, 0);
    fft(b, bi, N, 0);
    for (int i = 0; i < N; i++) { double r = a[i] * b[i] - ai[i] * bi[i]; ai[i] = a[i] * bi[i] + ai[i] * b[i]; a[i] = r; }
    fft(a, ai, N, 1);
    printf("convolution:");
    int match = 1;
    for (int i = 0; i < la + lb - 1; i++) {
        printf(" %g", round(a[i]));
        if (fabs(a[i] - direct[i]) > 1e-9) match = 0;
    }
    printf("\nmatches direct: %s\n", match ? "yes" : "no");
    double energy_t = 0;
    for (int i = 0; i < N; i++) energy_t += orig[i] * orig[i];
    printf("signal energy %.6f\n", energy_t);
    return 0;
}
