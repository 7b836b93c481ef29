/* tentative definitions at file scope, multiple declarations of the same object, extern then definition */
#include <stdio.h>

int x;
int x;
int x = 3;
int x;

int arr[];          /* tentative with incomplete type, completed below */
int arr[4] = { 1, 2, 3, 4 };

static int s;
static int s;       /* internal linkage tentative, zero-initialized */

extern int y;
int y = 7;
extern int y;

double d;           /* only tentative: becomes a zero-initialized definition */
char *cp;
struct pt { int a, b; } spt;
long larr[6];

int f(void);
int f(void);
int f(void) { return x + y; }

int main(void) {
    printf("x=%d y=%d s=%d d=%.1f cp null=%d\n", x, y, s, d, cp == NULL);
    printf("arr = %d %d %d %d sizeof %zu\n", arr[0], arr[1], arr[2], arr[3], sizeof arr);
    printf("spt = %d %d larr[5] = %ld\n", spt.a, spt.b, larr[5]);
    s = 9;
    x += s;
    printf("f() = %d\n", f());
    return 0;
}
