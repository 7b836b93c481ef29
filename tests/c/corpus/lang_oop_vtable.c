/* structs with function pointer members: a vtable-style object system with "inheritance" via first member */
#include <stdio.h>

struct shape;
struct shape_ops {
    const char *name;
    double (*area)(const struct shape *);
    double (*perimeter)(const struct shape *);
    void (*scale)(struct shape *, double);
};
struct shape { const struct shape_ops *ops; int id; };
struct circle { struct shape base; double r; };
struct rect { struct shape base; double w, h; };

static double circle_area(const struct shape *s) { const struct circle *c = (const struct circle *)s; return 3.14159265358979 * c->r * c->r; }
static double circle_perim(const struct shape *s) { const struct circle *c = (const struct circle *)s; return 2 * 3.14159265358979 * c->r; }
static void circle_scale(struct shape *s, double f) { ((struct circle *)s)->r *= f; }
static double rect_area(const struct shape *s) { const struct rect *r = (const struct rect *)s; return r->w * r->h; }
static double rect_perim(const struct shape *s) { const struct rect *r = (const struct rect *)s; return 2 * (r->w + r->h); }
static void rect_scale(struct shape *s, double f) { struct rect *r = (struct rect *)s; r->w *= f; r->h *= f; }

static const struct shape_ops circle_ops = { "circle", circle_area, circle_perim, circle_scale };
static const struct shape_ops rect_ops = { "rect", rect_area, rect_perim, rect_scale };

int main(void) {
    struct circle c1 = { { &circle_ops, 1 }, 1.0 }, c2 = { { &circle_ops, 2 }, 2.5 };
    struct rect r1 = { { &rect_ops, 3 }, 3, 4 }, r2 = { { &rect_ops, 4 }, 0.5, 10 };
    struct shape *shapes[] = { &c1.base, &r1.base, &c2.base, &r2.base };
    int i;
    double total = 0;
    for (i = 0; i < 4; i++) {
        struct shape *s = shapes[i];
        printf("#%d %-6s area %9.4f perimeter %8.4f\n", s->id, s->ops->name, s->ops->area(s), s->ops->perimeter(s));
        total += s->ops->area(s);
    }
    printf("total area %.4f\n", total);
    for (i = 0; i < 4; i++) shapes[i]->ops->scale(shapes[i], i + 1);
    for (i = 0; i < 4; i++) printf("#%d scaled area %.4f\n", shapes[i]->id, (*shapes[i]->ops->area)(shapes[i]));
    printf("c2.r=%.2f r2=%.1fx%.1f\n", c2.r, r2.w, r2.h);
    return 0;
}
