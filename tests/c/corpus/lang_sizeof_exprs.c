/* sizeof applied to expressions: not evaluated, array vs pointer, strings, parameters */
#include <stdio.h>

struct s { int a; char b; double c; };

static size_t param_size(int arr[10]) { return sizeof arr; }
static size_t param_size2(char s[]) { return sizeof s; }

int main(void) {
    int a[10];
    int *p = a;
    char str[] = "hello";
    char *ps = str;
    int x = 5;
    struct s st;
    struct s *sp = &st;
    double m[3][7];
    printf("sizeof a = %zu, sizeof p = %zu\n", sizeof a, sizeof p);
    printf("sizeof a / sizeof a[0] = %zu\n", sizeof a / sizeof a[0]);
    printf("sizeof str = %zu, sizeof ps = %zu\n", sizeof str, sizeof ps);
    printf("sizeof \"hello\" = %zu, sizeof \"\" = %zu\n", sizeof "hello", sizeof "");
    printf("sizeof \"a\\0b\" = %zu\n", sizeof "a\0b");
    printf("sizeof x++ = %zu, x = %d\n", sizeof x++, x);
    printf("sizeof(x = 10) = %zu, x = %d\n", sizeof(x = 10), x);
    printf("sizeof st = %zu, sizeof *sp = %zu, sizeof sp->c = %zu\n", sizeof st, sizeof *sp, sizeof sp->c);
    printf("sizeof m = %zu, m[0] = %zu, m[0][0] = %zu\n", sizeof m, sizeof m[0], sizeof m[0][0]);
    printf("sizeof &a = %zu, sizeof *&a = %zu\n", sizeof &a, sizeof *&a);
    printf("sizeof (a + 0) = %zu\n", sizeof(a + 0));
    printf("sizeof param int[10] = %zu, char[] = %zu\n", param_size(a), param_size2(str));
    printf("sizeof 'x' = %zu, sizeof (char)'x' = %zu\n", sizeof 'x', sizeof((char)'x'));
    printf("sizeof 1.5f = %zu, sizeof 1.5 = %zu\n", sizeof 1.5f, sizeof 1.5);
    printf("sizeof (x ? 1 : 2.0) = %zu\n", sizeof(x ? 1 : 2.0));
    printf("sizeof (short)1 + 1 = %zu\n", sizeof((short)1 + 1));
    printf("sizeof -(char)1 = %zu\n", sizeof - (char)1);
    printf("sizeof !1.0 = %zu\n", sizeof !1.0);
    printf("sizeof (p - p) = %zu\n", sizeof(p - p));
    printf("sizeof (1, (char)2) = %zu\n", sizeof(1, (char)2));
    printf("sizeof a[100] (unevaluated) = %zu\n", sizeof a[100]);
    int *np = 0;
    printf("sizeof *np (unevaluated) = %zu\n", sizeof *np);
    printf("sizeof ((struct s *)0)->c = %zu\n", sizeof((struct s *)0)->c);
    char *strs[] = { "one", "two", "three" };
    printf("sizeof strs = %zu, count = %zu\n", sizeof strs, sizeof strs / sizeof *strs);
    char grid[4][16];
    printf("sizeof grid[1] = %zu, count = %zu\n", sizeof grid[1], sizeof grid / sizeof grid[0]);
    return (int)(sizeof(struct s) + sizeof a);
}
