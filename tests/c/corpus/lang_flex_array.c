/* flexible array members: sizeof excludes the array, allocate with malloc, use as a buffer */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stddef.h>

struct str { size_t len; char data[]; };
struct ivec { int n; int cap; int items[]; };
struct dflex { char tag; double vals[]; };

static struct str *mkstr(const char *s) {
    size_t n = strlen(s);
    struct str *r = malloc(sizeof *r + n + 1);
    r->len = n;
    memcpy(r->data, s, n + 1);
    return r;
}

int main(void) {
    printf("sizeof str=%zu ivec=%zu dflex=%zu\n", sizeof(struct str), sizeof(struct ivec), sizeof(struct dflex));
    printf("offsetof data=%zu items=%zu vals=%zu\n", offsetof(struct str, data), offsetof(struct ivec, items), offsetof(struct dflex, vals));
    struct str *s = mkstr("flexible array member");
    printf("len=%zu data=%s\n", s->len, s->data);
    s->data[0] = 'F';
    printf("data=%s\n", s->data);
    free(s);
    int cap = 10;
    struct ivec *v = malloc(sizeof *v + cap * sizeof v->items[0]);
    v->n = 0; v->cap = cap;
    int i;
    for (i = 0; i < cap; i++) v->items[v->n++] = i * i - 5;
    int sum = 0;
    for (i = 0; i < v->n; i++) sum += v->items[i];
    printf("n=%d sum=%d last=%d\n", v->n, sum, v->items[v->n - 1]);
    v = realloc(v, sizeof *v + 20 * sizeof v->items[0]);
    v->cap = 20;
    for (; v->n < v->cap; v->n++) v->items[v->n] = -v->n;
    printf("grown n=%d items[15]=%d items[3]=%d\n", v->n, v->items[15], v->items[3]);
    free(v);
    struct dflex *d = malloc(sizeof *d + 3 * sizeof(double));
    d->tag = 'd';
    d->vals[0] = 0.5; d->vals[1] = 1.5; d->vals[2] = 2.5;
    printf("tag=%c total=%.1f\n", d->tag, d->vals[0] + d->vals[1] + d->vals[2]);
    free(d);
    return 0;
}
