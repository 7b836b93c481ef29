/* GCC's cleanup attribute: f(&x) runs whenever x's block is left -- at its
   end, by break, continue, return, and goto out of it or back over it --
   innermost first, after a return value is computed. */
#include <stdio.h>
#include <stdlib.h>

static void done(int *p) { printf("  cleanup %d\n", *p); }
static void freep(char **p) {
    printf("  free %s\n", *p ? *p : "(null)");
    free(*p);
}
struct S { int a, b; };
static void sdone(struct S *s) { printf("  S %d %d\n", s->a, s->b); }

static int f(int n) {
    int a __attribute__((cleanup(done))) = 1;
    {
        __attribute__((cleanup(done))) int b = 2, c = 3;
        if (n == 0) return b + c;
    }
    for (int i __attribute__((cleanup(done))) = 10; i < 13; i++) {
        int d __attribute__((cleanup(done))) = 100 + i;
        if (n == 1 && i == 11) break;
        if (i == 10) continue;
        if (n == 2) goto out;
    }
    a = ({
        int z __attribute__((cleanup(done))) = 7;
        z * 2;
    });
out:
    return a;
}

static struct S g(void) {
    struct S s __attribute__((cleanup(sdone))) = {4, 5};
    char *p __attribute__((cleanup(freep))) = malloc(4);
    p[0] = 'h';
    p[1] = 'i';
    p[2] = 0;
    s.a = 40;
    return s; /* the copy is made before sdone sees a = 40 */
}

static void retry(void) {
    int tries = 0;
again:;
    int t __attribute__((cleanup(done))) = 1000 + tries;
    if (++tries < 3) goto again; /* back over the declaration: cleaned up */
    printf("  tries %d\n", tries);
}

static int counter;
static void count(long *p) { counter += (int)*p; }

int main(void) {
    for (int n = 0; n < 4; n++) printf("f(%d)=%d\n", n, f(n));
    struct S r = g();
    printf("g: %d %d\n", r.a, r.b);
    int k = 0;
    while (k < 3) {
        int w __attribute__((cleanup(done))) = k;
        k++;
        switch (k) {
        case 1: {
            int q __attribute__((cleanup(done))) = 50;
            break;
        }
        case 2:
            continue;
        default:
            break;
        }
        printf("end of body %d\n", k);
    }
    retry();
    for (long i = 0; i < 1000; i++) {
        long v __attribute__((cleanup(count))) = i;
        if (i % 3 == 0) continue;
        if (i == 998) break;
    }
    printf("counter %d\n", counter);
    return 0;
}
