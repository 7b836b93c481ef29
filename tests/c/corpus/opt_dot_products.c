/* Dot products (one `maddx`/`msubx` per element: the factor loaded from
 * v[j] inside the multiply-add) and row bases of global 2-D arrays moved
 * out of the inner loop; plus the cases where neither may happen: a store
 * or a call between the load and its use, a row that changes inside the
 * loop; float accumulators; the two roundings of unfused C. */
#include <stdio.h>

#define N 24
static double ga[N][N], gb[N][N], gc[N][N];
static float fa[N][N], fv[N];
static double gv[N];
static int calls;

static double dot(const double *x, const double *y, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) s += x[i] * y[i];
    return s;
}

static double dot_sub(const double *x, const double *y, int n) {
    double s = 1000;
    for (int i = 0; i < n; i++) s -= x[i] * y[i];
    return s;
}

static float fdot(const float *x, const float *y, int n) {
    float s = 0;
    for (int i = 0; i < n; i++) s += y[i] * x[i];
    return s;
}

static double bump(double d) {
    calls++;
    gv[calls % N] += 0.5;
    return d;
}

int main(void) {
    for (int i = 0; i < N; i++) {
        gv[i] = (i % 5) * 0.25 - 0.5;
        fv[i] = (float)(i % 3) * 0.5f;
        for (int j = 0; j < N; j++) {
            ga[i][j] = (i * 7 + j * 3) % 11 * 0.125;
            gb[i][j] = (i + 2 * j) % 13 * 0.0625 - 0.25;
            fa[i][j] = (float)((i ^ j) % 9) * 0.1f;
        }
    }
    /* Matrix product with global arrays: ga[i] and gb[j] are invariant in k. */
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            double s = 0;
            for (int k = 0; k < N; k++) s += ga[i][k] * gb[j][k];
            gc[i][j] = s;
        }
    double t = 0;
    for (int i = 0; i < N; i++) t += gc[i][(i * 5) % N] - gc[(i * 3) % N][i];
    printf("product %.17g\n", t);
    printf("dot %.17g sub %.17g\n", dot(ga[3], gv, N), dot_sub(gb[5], ga[7], N));
    float ft = 0;
    for (int i = 0; i < N; i++) ft += fdot(fa[i], fv, N);
    printf("float %.9g\n", ft);

    /* A store between the load and the multiply-add: the load must see it. */
    double v[N], s = 0;
    for (int j = 0; j < N; j++) v[j] = j * 0.5;
    for (int j = 0; j < N; j++) {
        double x = v[j];
        v[j] = x + 1;
        s += 3.0 * v[j];
        s -= 2.0 * x;
    }
    printf("store %.17g\n", s);

    /* A call between the load and its use changes what v[j] would be. */
    s = 0;
    for (int j = 0; j < N; j++) {
        double x = gv[j];
        s += bump(1.5) * x;
    }
    printf("call %.17g calls %d\n", s, calls);

    /* The row changes inside the loop: no row base may leave it. */
    s = 0;
    int r = 0;
    for (int k = 0; k < N; k++) {
        s += ga[r][k] * 2.0;
        r = (r + 5) % N;
    }
    printf("moving row %.17g\n", s);

    /* Two roundings, as the unfused C: 0.1 * 10 - 1 is 0, not 5.55e-17. */
    double tenth[2] = {0.1, 0.1}, ten[2] = {10, 10};
    double z = -1;
    for (int j = 0; j < 2; j++) z += tenth[j] * ten[j];
    printf("rounding %.17g\n", z - 1);
    return 0;
}
