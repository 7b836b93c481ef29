/* setjmp in a function with more values live at once than voxcc keeps in
   registers (200), so some live in spill slots of the frame. 240 values
   are computed before setjmp and only read after its second return; 240
   others are computed between setjmp and longjmp, on a path where the
   first 240 are dead, so a register allocator may give them the same
   registers (restored by longjmp) but must not give them the same frame
   slots (memory is not restored). None of them is modified after setjmp,
   so C defines every value printed. */
#include <setjmp.h>
#include <stdio.h>

static jmp_buf env;
static volatile int seed1 = 3, seed2 = 1000;

static void thrower(long v) { longjmp(env, (int)(v % 1000) + 1); }

/* M(h, l) for h in 0..14, l in 0..15: 240 values. */
#define L16(M, h) M(h, 0) M(h, 1) M(h, 2) M(h, 3) M(h, 4) M(h, 5) M(h, 6) M(h, 7) \
    M(h, 8) M(h, 9) M(h, 10) M(h, 11) M(h, 12) M(h, 13) M(h, 14) M(h, 15)
#define ALL(M) L16(M, 0) L16(M, 1) L16(M, 2) L16(M, 3) L16(M, 4) L16(M, 5) \
    L16(M, 6) L16(M, 7) L16(M, 8) L16(M, 9) L16(M, 10) L16(M, 11) L16(M, 12) \
    L16(M, 13) L16(M, 14)

#define DEF_A(h, l) int a_##h##_##l = s1 * (h * 16 + l) + h;
#define DEF_B(h, l) long b_##h##_##l = s2 + (h * 16 + l) * (long)s2;
/* Weighted sums read every value after all are defined, so all are live
   at once. */
#define SUM_A(h, l) sa = sa * 31 + a_##h##_##l;
#define SUM_B(h, l) sb = sb * 7 + b_##h##_##l;

static long run(int s1, int s2) {
    ALL(DEF_A)
    int r = setjmp(env);
    if (r != 0) {
        unsigned sa = 0;
        ALL(SUM_A)
        printf("second return r=%d sum=%u a_0_0=%d a_7_9=%d a_14_15=%d\n", r, sa,
               a_0_0, a_7_9, a_14_15);
        return sa;
    }
    {
        ALL(DEF_B)
        unsigned long sb = 0;
        ALL(SUM_B)
        printf("between: sum=%lu b_3_3=%ld\n", sb, b_3_3);
        thrower((long)(sb % 100000));
    }
    return -1;
}

int main(void) {
    long v = run(seed1, seed2);
    printf("run=%ld\n", v);
    /* Again with other seeds: the same jmp_buf, a new activation. */
    v = run(seed1 + 4, seed2 * 3);
    printf("run=%ld\n", v);
    return 0;
}
