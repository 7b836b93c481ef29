/* PicoC copy of ../shared/bench-peers/c/nbody.c: one declarator per struct member and
 * per declaration, declarations hoisted, the bodies set by a function (no initialiser
 * list for an array of structs). PicoC reads long decimal literals inexactly (its
 * 4.84143144246472090e+00 is 4.84143144246472179e+00), so every constant is built
 * exactly as num(hi, lo, e) = (hi * 2^26 + lo) * 2^e, the same double as the
 * original's literal; PI, SOLAR_MASS = 4 * PI * PI and DAYS_PER_YEAR are variables
 * computed the same way as the original's constant expressions.
 * Run: picoc nbody.c - N */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define NBODIES 5

double PI;
double SOLAR_MASS;
double DAYS_PER_YEAR;

double num(int hi, int lo, int e) { return ldexp(hi * 67108864.0 + lo, e); }

struct body {
    double x;
    double y;
    double z;
    double vx;
    double vy;
    double vz;
    double mass;
};

struct body bodies[NBODIES];

void set(int i, double x, double y, double z, double vx, double vy, double vz, double mass) {
    bodies[i].x = x;
    bodies[i].y = y;
    bodies[i].z = z;
    bodies[i].vx = vx * DAYS_PER_YEAR;
    bodies[i].vy = vy * DAYS_PER_YEAR;
    bodies[i].vz = vz * DAYS_PER_YEAR;
    bodies[i].mass = mass * SOLAR_MASS;
}

void init() {
    PI = num(105414357, 4467992, -51);                  /* 3.141592653589793 */
    SOLAR_MASS = 4 * PI * PI;
    DAYS_PER_YEAR = num(95745474, 37580964, -44);       /* 365.24 */
    set(0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0);
    set(1, num(81225741, 3987756, -50), -num(77867760, 2087804, -52), -num(111263323, 2485232, -56),
        num(114079598, 15503881, -62), num(132268004, 66482358, -60),
        -num(75916881, 48151936, -66), num(131225604, 53723445, -63));
    set(2, num(69989232, 53660263, -49), num(69202636, 31326640, -50), -num(108319992, 32196220, -54),
        -num(95088002, 42868086, -61), num(85874057, 24475832, -60),
        num(101338599, 11356864, -68), num(78583739, 66447096, -64));
    set(3, num(108165811, 44554703, -49), -num(126761525, 36071038, -49), -num(119887343, 36011424, -55),
        num(101862927, 42457428, -61), num(81723666, 46181601, -61),
        -num(130441471, 47970976, -68), num(96014721, 60898262, -67));
    set(4, num(129014250, 17127210, -49), -num(108713484, 63480352, -48), num(96238820, 61596992, -55),
        num(92107385, 18563872, -61), num(111891917, 43621768, -62),
        -num(104628674, 58693456, -66), num(113280242, 36507372, -67));
}

void advance(int n, struct body *b, double dt) {
    int i;
    int j;
    struct body *bi;
    struct body *bj;
    double dx;
    double dy;
    double dz;
    double d2;
    double mag;
    double bim;
    double bjm;
    for (i = 0; i < n; i++) {
        bi = &b[i];
        for (j = i + 1; j < n; j++) {
            bj = &b[j];
            dx = bi->x - bj->x;
            dy = bi->y - bj->y;
            dz = bi->z - bj->z;
            d2 = dx * dx + dy * dy + dz * dz;
            mag = dt / (d2 * sqrt(d2));
            bim = bi->mass * mag;
            bjm = bj->mass * mag;
            bi->vx -= dx * bjm; bi->vy -= dy * bjm; bi->vz -= dz * bjm;
            bj->vx += dx * bim; bj->vy += dy * bim; bj->vz += dz * bim;
        }
    }
    for (i = 0; i < n; i++) {
        bi = &b[i];
        bi->x += dt * bi->vx; bi->y += dt * bi->vy; bi->z += dt * bi->vz;
    }
}

double energy(int n, struct body *b) {
    double e = 0.0;
    int i;
    int j;
    struct body *bi;
    struct body *bj;
    double dx;
    double dy;
    double dz;
    for (i = 0; i < n; i++) {
        bi = &b[i];
        e += 0.5 * bi->mass * (bi->vx * bi->vx + bi->vy * bi->vy + bi->vz * bi->vz);
        for (j = i + 1; j < n; j++) {
            bj = &b[j];
            dx = bi->x - bj->x;
            dy = bi->y - bj->y;
            dz = bi->z - bj->z;
            e -= (bi->mass * bj->mass) / sqrt(dx * dx + dy * dy + dz * dz);
        }
    }
    return e;
}

void offset_momentum(int n, struct body *b) {
    double px = 0.0;
    double py = 0.0;
    double pz = 0.0;
    int i;
    for (i = 0; i < n; i++) {
        px += b[i].vx * b[i].mass; py += b[i].vy * b[i].mass; pz += b[i].vz * b[i].mass;
    }
    b[0].vx = -px / SOLAR_MASS; b[0].vy = -py / SOLAR_MASS; b[0].vz = -pz / SOLAR_MASS;
}

int main(int argc, char **argv) {
    int n = 1000000;
    int i;
    if (argc > 1) n = atoi(argv[1]);
    init();
    offset_momentum(NBODIES, bodies);
    printf("%.9f\n", energy(NBODIES, bodies));
    for (i = 0; i < n; i++) advance(NBODIES, bodies, 0.01);
    printf("%.9f\n", energy(NBODIES, bodies));
    return 0;
}
