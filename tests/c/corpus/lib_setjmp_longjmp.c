/* setjmp/longjmp: through several frames, out of nested loops, from a
   qsort callback, with volatile and memory locals, val 0 becoming 1,
   sigsetjmp/siglongjmp, and a jmp_buf reused many times. */
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static jmp_buf top;
static int frames_entered;

static void recurse(int n, int code) {
    char pad[32];
    memset(pad, n, sizeof pad);
    frames_entered++;
    if (n == 0) longjmp(top, code);
    recurse(n - 1, code);
    printf("never printed %d\n", pad[0]);
}

static jmp_buf cmp_env;
static int comparisons;

static int cmp_ints(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    if (++comparisons == 25) longjmp(cmp_env, 7);
    return (x > y) - (x < y);
}

struct ctx {
    jmp_buf env;
    int depth;
};

static int parse_digit(struct ctx *c, const char *s) {
    c->depth++;
    if (*s < '0' || *s > '9') longjmp(c->env, (unsigned char)*s);
    return *s - '0';
}

static int parse_number(struct ctx *c, const char *s) {
    int v = 0;
    while (*s) v = v * 10 + parse_digit(c, s++);
    return v;
}

static int try_parse(const char *s, int *out) {
    struct ctx c;
    c.depth = 0;
    int bad = setjmp(c.env);
    if (bad) {
        printf("  '%s': bad character '%c' after %d digits\n", s, bad, c.depth - 1);
        return 0;
    }
    *out = parse_number(&c, s);
    return 1;
}

int main(void) {
    volatile int rounds = 0;
    int r = setjmp(top);
    rounds++;
    printf("setjmp gave %d (round %d, frames %d)\n", r, rounds, frames_entered);
    if (rounds <= 3) recurse(rounds * 3, rounds == 2 ? 0 : 100 + rounds);

    /* Out of nested loops. */
    volatile int hits = 0;
    for (int i = 0; i < 5; i++) {
        jmp_buf loop;
        if (setjmp(loop) == 0) {
            for (int j = 0; j < 10; j++)
                for (int k = 0; k < 10; k++)
                    if (i * 100 + j * 10 + k == i * 111) longjmp(loop, 1 + j);
            printf("not found\n");
        } else {
            hits++;
        }
    }
    printf("hits %d\n", hits);

    /* From a qsort callback. */
    int a[40];
    for (int i = 0; i < 40; i++) a[i] = (i * 17) % 40;
    int v = setjmp(cmp_env);
    if (v == 0) {
        qsort(a, 40, sizeof a[0], cmp_ints);
        printf("sorted without interruption\n");
    } else {
        printf("qsort left by longjmp(%d) after %d comparisons\n", v, comparisons);
    }
    comparisons = -1000000;
    qsort(a, 40, sizeof a[0], cmp_ints);
    for (int i = 1; i < 40; i++)
        if (a[i - 1] > a[i]) printf("not sorted at %d\n", i);
    printf("sorted: %d .. %d\n", a[0], a[39]);

    /* A parser that reports errors with longjmp. */
    const char *inputs[] = {"12345", "12a45", "9", "x", "1234567"};
    for (int i = 0; i < 5; i++) {
        int n;
        if (try_parse(inputs[i], &n)) printf("  '%s' = %d\n", inputs[i], n);
    }

    /* The same buffer, many times. */
    jmp_buf again;
    volatile long sum = 0;
    volatile int count = 0;
    if (setjmp(again) < 1000) {
        sum += count;
        if (++count < 1000) longjmp(again, count);
    }
    printf("sum %ld count %d\n", sum, count);

    /* sigsetjmp / siglongjmp and _setjmp / _longjmp. */
    sigjmp_buf sj;
    volatile int stage = 0;
    int s = sigsetjmp(sj, 1);
    if (stage++ == 0) siglongjmp(sj, 5);
    printf("sigsetjmp gave %d\n", s);
    jmp_buf uj;
    if ((s = _setjmp(uj)) == 0) _longjmp(uj, 9);
    printf("_setjmp gave %d\n", s);
    printf("sizeof(jmp_buf) >= 16: %d\n", (int)(sizeof(jmp_buf) >= 16));
    return 0;
}
