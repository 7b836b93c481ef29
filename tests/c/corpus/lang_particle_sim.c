/* whole program: a struct-heavy deterministic particle simulation with collisions against walls and each other */
#include <stdio.h>

typedef struct { double x, y; } vec2;
typedef struct { vec2 pos, vel; double mass; int id; int bounces; } particle;
typedef struct { particle items[8]; int count; double width, height; long steps; } world;

static vec2 vadd(vec2 a, vec2 b) { vec2 r = { a.x + b.x, a.y + b.y }; return r; }
static vec2 vscale(vec2 a, double s) { vec2 r = { a.x * s, a.y * s }; return r; }
static double vdot(vec2 a, vec2 b) { return a.x * b.x + a.y * b.y; }
static vec2 vsub(vec2 a, vec2 b) { vec2 r = { a.x - b.x, a.y - b.y }; return r; }

static void step(world *w, double dt) {
    int i, j;
    for (i = 0; i < w->count; i++) {
        particle *p = &w->items[i];
        p->vel.y -= 9.8 * dt;
        p->pos = vadd(p->pos, vscale(p->vel, dt));
        if (p->pos.x < 0) { p->pos.x = -p->pos.x; p->vel.x = -p->vel.x; p->bounces++; }
        if (p->pos.x > w->width) { p->pos.x = 2 * w->width - p->pos.x; p->vel.x = -p->vel.x; p->bounces++; }
        if (p->pos.y < 0) { p->pos.y = -p->pos.y; p->vel.y = -p->vel.y * 0.9; p->bounces++; }
    }
    for (i = 0; i < w->count; i++)
        for (j = i + 1; j < w->count; j++) {
            particle *a = &w->items[i], *b = &w->items[j];
            vec2 d = vsub(b->pos, a->pos);
            double dist2 = vdot(d, d);
            if (dist2 < 0.25 && dist2 > 1e-12) {
                vec2 dv = vsub(a->vel, b->vel);
                double k = 2 * vdot(dv, d) / ((a->mass + b->mass) * dist2);
                if (k > 0) {
                    a->vel = vsub(a->vel, vscale(d, k * b->mass));
                    b->vel = vadd(b->vel, vscale(d, k * a->mass));
                }
            }
        }
    w->steps++;
}

static double energy(const world *w) {
    double e = 0;
    int i;
    for (i = 0; i < w->count; i++) {
        const particle *p = &w->items[i];
        e += 0.5 * p->mass * vdot(p->vel, p->vel) + p->mass * 9.8 * p->pos.y;
    }
    return e;
}

int main(void) {
    world w = { .count = 5, .width = 10, .height = 10 };
    int i;
    for (i = 0; i < w.count; i++) {
        particle p = { { 1.0 + 2 * i, 5.0 + i * 0.5 }, { (i % 2 ? -1.5 : 2.0) + i * 0.1, 0.5 * i }, 1.0 + i * 0.25, i, 0 };
        w.items[i] = p;
    }
    printf("initial energy %.6f\n", energy(&w));
    int s;
    for (s = 1; s <= 400; s++) {
        step(&w, 0.005);
        if (s % 100 == 0) {
            printf("step %ld energy %.6f\n", w.steps, energy(&w));
            for (i = 0; i < w.count; i++)
                printf("  p%d pos (%.4f, %.4f) vel (%.4f, %.4f) bounces %d\n", w.items[i].id, w.items[i].pos.x, w.items[i].pos.y, w.items[i].vel.x, w.items[i].vel.y, w.items[i].bounces);
        }
    }
    return 0;
}
