/* Floating-point updates in place, `p->v += a * b` and `p->v -= a * b`
   (one maddm/msubm instruction each in voxvm): doubles and floats, rounded
   twice as C without contraction does, and the shapes that must not be
   fused (the old value used again, the product used again, aliasing). */
#include <stdio.h>

struct body { double x, y, z, vx, vy, vz, mass; };
struct fbody { float x, vx; float m; };

static void step(struct body *b, int n, double dt) {
    for (int i = 0; i < n; i++) {
        struct body *p = &b[i];
        for (int j = i + 1; j < n; j++) {
            struct body *q = &b[j];
            double dx = p->x - q->x, dy = p->y - q->y, dz = p->z - q->z;
            double d2 = dx * dx + dy * dy + dz * dz + 0.01;
            double mag = dt / d2;
            p->vx -= dx * q->mass * mag;
            p->vy -= dy * q->mass * mag;
            p->vz -= dz * q->mass * mag;
            q->vx += dx * p->mass * mag;
            q->vy += dy * p->mass * mag;
            q->vz += dz * p->mass * mag;
        }
    }
    for (int i = 0; i < n; i++) {
        b[i].x += dt * b[i].vx;
        b[i].y += dt * b[i].vy;
        b[i].z += dt * b[i].vz;
    }
}

static void fstep(struct fbody *f, float k) {
    f->vx += f->m * k;
    f->x -= f->vx * k;
}

int main(void) {
    struct body b[3] = {
        {0, 0, 0, 0.1, 0, 0, 10},
        {1, 0.5, 0, 0, 0.2, 0, 1},
        {-1, 0.25, 0.5, 0, 0, 0.3, 0.5},
    };
    for (int s = 0; s < 100; s++) step(b, 3, 0.01);
    for (int i = 0; i < 3; i++)
        printf("%.17g %.17g %.17g %.17g %.17g %.17g\n", b[i].x, b[i].y, b[i].z, b[i].vx, b[i].vy,
               b[i].vz);

    /* 0.1 * 10 - 1: 0 with two roundings, 5.55e-17 fused. */
    struct body t = {0};
    t.vx = -1;
    double a = 0.1, c = 10;
    t.vx += a * c;
    printf("two roundings: %g\n", t.vx);

    struct fbody f = {1.0f, 0.5f, 3.0f};
    for (int i = 0; i < 10; i++) fstep(&f, 0.1f);
    printf("float: %.9g %.9g\n", f.x, f.vx);

    /* Not fusable: the old value read twice, the product kept, the store
       through another pointer to the same place. */
    struct body u = {1, 2, 3, 4, 5, 6, 7};
    u.x += u.x * u.y;
    double prod = u.y * u.z;
    u.z -= prod;
    u.mass = prod;
    double *alias = &u.vx;
    u.vx += u.vy * 2;
    *alias -= u.vz * 0.5;
    printf("%g %g %g %g %g\n", u.x, u.z, u.mass, u.vx, *alias);

    /* Arrays of doubles: element updates. */
    double acc[4] = {1, 2, 3, 4};
    for (int i = 0; i < 4; i++) acc[i] += acc[(i + 1) % 4] * 0.5;
    printf("%g %g %g %g\n", acc[0], acc[1], acc[2], acc[3]);
    return 0;
}
