/* c ? p : (void *)0 has the type of p (a null pointer constant takes the
   other operand's type, C99 6.5.15p6) */
#include <stdio.h>

struct S { int i; };

int main(void) {
    struct S s = { 42 }, *p = &s;
    int c = 1;
    printf("%d ", (c ? p : (void *)0)->i);
    printf("%d %d\n", (int)sizeof(*(c ? (long *)0 : (void *)0)), (int)sizeof(*(c ? (void *)0 : (short *)0)));
    printf("%s\n", _Generic(c ? p : (void *)0, struct S *: "struct S *", void *: "void *", default: "other"));
    printf("%s\n", _Generic(c ? (void *)p : (void *)0, struct S *: "struct S *", void *: "void *", default: "other"));
    const char *q = c ? "yes" : (void *)0;
    printf("%s\n", q);
    return 0;
}
