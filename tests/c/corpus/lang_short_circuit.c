/* && and || short-circuit: right operand evaluated only when needed, results are 0/1 */
#include <stdio.h>
#include <stddef.h>

static int log_count;
static int t(int id) { log_count++; printf("  t%d\n", id); return 1; }
static int f(int id) { log_count++; printf("  f%d\n", id); return 0; }

int main(void) {
    int r;
    printf("f && t:\n"); r = f(1) && t(2); printf(" = %d\n", r);
    printf("t && f:\n"); r = t(1) && f(2); printf(" = %d\n", r);
    printf("t || f:\n"); r = t(1) || f(2); printf(" = %d\n", r);
    printf("f || t:\n"); r = f(1) || t(2); printf(" = %d\n", r);
    printf("f || f || t:\n"); r = f(1) || f(2) || t(3); printf(" = %d\n", r);
    printf("t && t && f && t:\n"); r = t(1) && t(2) && f(3) && t(4); printf(" = %d\n", r);
    printf("f && t || t:\n"); r = f(1) && t(2) || t(3); printf(" = %d\n", r);
    printf("t || t && f:\n"); r = t(1) || t(2) && f(3); printf(" = %d\n", r);
    printf("log_count = %d\n", log_count);
    /* guard against null dereference */
    int *p = NULL;
    int v = 5;
    if (p && *p == 5) printf("never\n"); else printf("p guarded\n");
    p = &v;
    if (p && *p == 5) printf("p ok\n");
    /* division guard */
    int den = 0;
    if (den != 0 && 10 / den > 1) printf("never\n"); else printf("den guarded\n");
    /* values */
    printf("5 && 3 = %d, 0 || -7 = %d, 2.5 && 1 = %d, 0.0 || 0 = %d\n", 5 && 3, 0 || -7, 2.5 && 1, 0.0 || 0);
    /* side effects in operands */
    int i = 0;
    r = (i++ > 0) && (i++ > 0);
    printf("r=%d i=%d\n", r, i);
    r = (i++ > 0) || (i++ > 0);
    printf("r=%d i=%d\n", r, i);
    r = (i++ > 100) || (i++ > 100);
    printf("r=%d i=%d\n", r, i);
    /* in loops */
    const char *s = "abc def";
    int n = 0;
    while (s[n] && s[n] != ' ') n++;
    printf("first word length %d\n", n);
    return 0;
}
