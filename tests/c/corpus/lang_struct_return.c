/* returning structs by value: small, medium, large with arrays, chained calls, member of returned value */
#include <stdio.h>
#include <string.h>

struct tiny { char c; };
struct pair { int a, b; };
struct trip { int a, b, c; };
struct dpair { double re, im; };
struct large { char text[120]; int len; };

static struct tiny mk_tiny(char c) { struct tiny t; t.c = c; return t; }
static struct pair mk_pair(int a, int b) { struct pair p = { a, b }; return p; }
static struct pair swap_pair(struct pair p) { struct pair r = { p.b, p.a }; return r; }
static struct trip mk_trip(int x) { struct trip t = { x, x * 2, x * 3 }; return t; }
static struct dpair cmul(struct dpair x, struct dpair y) {
    struct dpair r = { x.re * y.re - x.im * y.im, x.re * y.im + x.im * y.re };
    return r;
}
static struct large mk_large(const char *s, int times) {
    struct large l;
    int i;
    l.text[0] = '\0';
    for (i = 0; i < times; i++) strcat(l.text, s);
    l.len = (int)strlen(l.text);
    return l;
}
static struct large shout(struct large l) {
    int i;
    for (i = 0; i < l.len; i++) if (l.text[i] >= 'a' && l.text[i] <= 'z') l.text[i] -= 32;
    return l;
}

int main(void) {
    struct tiny t = mk_tiny('q');
    printf("tiny %c %d\n", t.c, mk_tiny('!').c);
    struct pair p = swap_pair(swap_pair(mk_pair(3, 4)));
    printf("pair %d %d, swapped.a=%d\n", p.a, p.b, swap_pair(p).a);
    printf("trip.c=%d\n", mk_trip(7).c);
    struct dpair z = { 0, 1 };
    struct dpair w = cmul(z, z);
    printf("i*i = %.1f%+.1fi\n", w.re, w.im);
    struct dpair acc = { 1, 0 }, rot = { 0.6, 0.8 };
    int i;
    for (i = 0; i < 4; i++) acc = cmul(acc, rot);
    printf("rot^4 = %.6f%+.6fi\n", acc.re, acc.im);
    struct large l = mk_large("ab-", 5);
    printf("large %s len %d\n", l.text, l.len);
    struct large u = shout(l);
    printf("shout %s, original %s\n", u.text, l.text);
    printf("direct member: %d, %c\n", mk_large("xyz", 30).len, shout(mk_large("q", 1)).text[0]);
    p = mk_pair(p.b, p.a); /* result overlaps source */
    printf("reassigned %d %d\n", p.a, p.b);
    return 0;
}
