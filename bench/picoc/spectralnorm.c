/* PicoC copy of ../shared/bench-peers/c/spectralnorm.c: no const parameters, no
 * declarations in for, one declarator per line. Run: picoc spectralnorm.c - N */
#include <stdio.h>
#include <stdlib.h>
#include <math.h>

double a(int i, int j) { return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1); }

void mul_av(int n, double *v, double *av) {
    int i;
    int j;
    double sum;
    for (i = 0; i < n; i++) {
        sum = 0.0;
        for (j = 0; j < n; j++) sum += a(i, j) * v[j];
        av[i] = sum;
    }
}

void mul_atv(int n, double *v, double *atv) {
    int i;
    int j;
    double sum;
    for (i = 0; i < n; i++) {
        sum = 0.0;
        for (j = 0; j < n; j++) sum += a(j, i) * v[j];
        atv[i] = sum;
    }
}

void mul_atav(int n, double *v, double *out, double *tmp) {
    mul_av(n, v, tmp);
    mul_atv(n, tmp, out);
}

int main(int argc, char **argv) {
    int n = 1000;
    double *u;
    double *v;
    double *tmp;
    double vbv = 0.0;
    double vv = 0.0;
    int i;
    if (argc > 1) n = atoi(argv[1]);
    u = malloc(n * sizeof(double));
    v = malloc(n * sizeof(double));
    tmp = malloc(n * sizeof(double));
    for (i = 0; i < n; i++) u[i] = 1.0;
    for (i = 0; i < 10; i++) {
        mul_atav(n, u, v, tmp);
        mul_atav(n, v, u, tmp);
    }
    for (i = 0; i < n; i++) { vbv += u[i] * v[i]; vv += v[i] * v[i]; }
    printf("%0.9f\n", sqrt(vbv / vv));
    free(u); free(v); free(tmp);
    return 0;
}
