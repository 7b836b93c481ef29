/* GNU labels as values: `&&label` in static tables and locals, `goto *p`
   (a threaded interpreter, as real ones are written), label addresses
   compared; local labels (`__label__`) in a statement-expression macro
   expanded twice in one function; the value of a statement expression whose
   last statement is labeled. */
#include <stdio.h>

static int run(const unsigned char *code, int acc) {
    static void *const ops[] = { &&op_halt, &&op_inc, &&op_dbl, &&op_print, &&op_jnz };
    const unsigned char *pc = code;
#define NEXT goto *ops[*pc++]
    NEXT;
op_inc:
    acc++;
    NEXT;
op_dbl:
    acc *= 2;
    NEXT;
op_print:
    printf("acc=%d\n", acc);
    NEXT;
op_jnz: /* jump back 5 bytes while acc < 100 */
    if (acc < 100) pc -= 5;
    NEXT;
op_halt:
    return acc;
}

#define TWICE(x) ({ __label__ again, out; int n_ = 0; \
    again: if (n_ == 2) goto out; (x); n_++; goto again; \
    out: n_; })

int main(void) {
    unsigned char prog[] = { 1, 1, 2, 3, 1, 2, 2, 3, 4, 0 };
    printf("run: %d\n", run(prog, 0));
    printf("run: %d\n", run(prog, 90));

    void *p = &&first;
    void *q = &&second;
    int visits = 0;
    printf("distinct: %d, same: %d\n", p != q, p == &&first);
first:
    visits++;
    if (visits < 3) goto *p;
    if (visits == 3) { visits = 10; goto *q; }
second:
    printf("visits=%d\n", visits);

    int a = 0;
    int r = TWICE(a += 3) + TWICE(a *= 2);
    printf("a=%d r=%d\n", a, r);
    {
        __label__ l1, l2;
        goto l2;
    l1:
        printf("inner l1\n");
        goto done;
    l2:
        printf("inner l2\n");
        goto l1;
    }
l1:
    printf("outer l1 (not reached)\n");
done:
    if (a < 0) goto l1;
    return 0;
}
