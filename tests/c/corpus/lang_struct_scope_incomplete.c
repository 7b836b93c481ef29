/* struct tags: forward declarations, incomplete types via pointers, mutually referencing structs, tags declared in blocks */
#include <stdio.h>

struct b;                     /* incomplete for now */
struct a { int val; struct b *partner; };
struct b { double weight; struct a *owner; };

struct opaque;
static struct opaque *make(void);
static int read_opaque(const struct opaque *o);

struct opaque { int secret; };
static struct opaque store = { 1234 };
static struct opaque *make(void) { return &store; }
static int read_opaque(const struct opaque *o) { return o->secret; }

struct list;
typedef struct list list_t;
struct list { int v; list_t *next; };

int main(void) {
    struct a x;
    struct b y;
    x.val = 5; x.partner = &y;
    y.weight = 2.5; y.owner = &x;
    printf("x.partner->weight=%.1f y.owner->val=%d cycle=%d\n", x.partner->weight, y.owner->val, x.partner->owner->partner->owner->val);
    printf("opaque secret=%d\n", read_opaque(make()));
    {
        struct a { char different; }; /* new tag in inner scope hides the outer one */
        struct a inner = { 'q' };
        printf("inner struct a sizeof=%zu value=%c\n", sizeof inner, inner.different);
    }
    struct a again = { 9, 0 };
    printf("outer struct a again sizeof=%zu val=%d\n", sizeof again, again.val);
    list_t n3 = { 3, 0 }, n2 = { 2, &n3 }, n1 = { 1, &n2 };
    int sum = 0;
    list_t *p;
    for (p = &n1; p; p = p->next) sum += p->v;
    printf("list sum=%d\n", sum);
    struct point { int x, y; } pts[2] = { { 1, 2 }, { 3, 4 } };
    struct point *pp = &pts[1];
    printf("local struct point %d %d\n", pp->x, pp->y);
    return 0;
}
