/* program: ring buffer (power-of-two capacity) used as a byte FIFO and a moving-average filter, with overflow policy */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#define CAP 16
struct ring { unsigned char buf[CAP]; unsigned head, tail; int dropped; };

static unsigned count(const struct ring *r) { return r->head - r->tail; }
static int put(struct ring *r, unsigned char c) {
    if (count(r) == CAP) { r->dropped++; return 0; }
    r->buf[r->head++ & (CAP - 1)] = c;
    return 1;
}
static int get(struct ring *r, unsigned char *c) {
    if (r->head == r->tail) return 0;
    *c = r->buf[r->tail++ & (CAP - 1)];
    return 1;
}

struct avg { double v[8]; int n, pos; double sum; };
static double avg_push(struct avg *a, double x) {
    if (a->n == 8) a->sum -= a->v[a->pos]; else a->n++;
    a->v[a->pos] = x;
    a->sum += x;
    a->pos = (a->pos + 1) % 8;
    return a->sum / a->n;
}

int main(void) {
    struct ring r = {{0}, 0, 0, 0};
    const char *msg = "The ring buffer wraps around many times.";
    size_t len = strlen(msg);
    char out[128];
    size_t o = 0;
    for (size_t i = 0; i < len; i++) {
        put(&r, (unsigned char)msg[i]);
        if (i % 3 == 2) { unsigned char c; while (count(&r) > 2 && get(&r, &c)) out[o++] = (char)c; }
    }
    unsigned char c;
    while (get(&r, &c)) out[o++] = (char)c;
    out[o] = 0;
    printf("fifo: %s (%s)\n", out, strcmp(out, msg) == 0 ? "same" : "different");
    for (int i = 0; i < 20; i++) put(&r, (unsigned char)('a' + i));
    printf("count=%u dropped=%d contents=", count(&r), r.dropped);
    while (get(&r, &c)) putchar(c);
    printf("\n");
    /* indices wrap around UINT_MAX correctly */
    r.head = r.tail = UINT32_MAX - 3;
    for (int i = 0; i < 10; i++) put(&r, (unsigned char)('0' + i));
    printf("near wrap: count=%u contents=", count(&r));
    while (get(&r, &c)) putchar(c);
    printf(" head=%u\n", r.head);
    struct avg a = {{0}, 0, 0, 0};
    for (int i = 0; i < 20; i++) {
        double x = (i % 5) * 2.5 + (i > 10 ? 10 : 0);
        printf("x=%5.2f avg=%.4f%s", x, avg_push(&a, x), i % 4 == 3 ? "\n" : "  ");
    }
    return 0;
}
