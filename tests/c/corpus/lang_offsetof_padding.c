/* struct padding and alignment on x86-64: offsetof, sizeof, alignment of members */
#include <stdio.h>
#include <stddef.h>

struct s1 { char a; int b; char c; };
struct s2 { char a; char c; int b; };
struct s3 { char a; double b; };
struct s4 { double b; char a; };
struct s5 { short a; char b; };
struct s6 { char a[3]; short b; };
struct s7 { int a; long long b; char c; };
struct s8 { char a; struct s5 inner; char b; };
struct s9 { char a; struct s3 inner; };
struct s10 { char a; char *p; short s; };
struct s11 { float f; char c; };
struct s12 { char c; long double_dummy[0 + 1]; };
struct empty_ish { char c; };

#define SHOW1(T, m) printf(#T "." #m " at %zu\n", offsetof(struct T, m))

int main(void) {
    printf("s1 %zu s2 %zu s3 %zu s4 %zu s5 %zu s6 %zu s7 %zu s8 %zu s9 %zu s10 %zu s11 %zu s12 %zu e %zu\n",
           sizeof(struct s1), sizeof(struct s2), sizeof(struct s3), sizeof(struct s4), sizeof(struct s5),
           sizeof(struct s6), sizeof(struct s7), sizeof(struct s8), sizeof(struct s9), sizeof(struct s10),
           sizeof(struct s11), sizeof(struct s12), sizeof(struct empty_ish));
    SHOW1(s1, a); SHOW1(s1, b); SHOW1(s1, c);
    SHOW1(s2, c); SHOW1(s2, b);
    SHOW1(s3, b); SHOW1(s4, a);
    SHOW1(s5, b); SHOW1(s6, b);
    SHOW1(s7, b); SHOW1(s7, c);
    SHOW1(s8, inner); SHOW1(s8, b);
    SHOW1(s9, inner);
    SHOW1(s10, p); SHOW1(s10, s);
    SHOW1(s11, c);
    printf("s8.inner.b at %zu\n", offsetof(struct s8, inner.b));
    printf("arrays: s1[3] %zu s5[3] %zu\n", sizeof(struct s1[3]), sizeof(struct s5[3]));
    struct s7 arr[2];
    printf("arr[1].c - arr[0].a = %ld\n", (long)((char *)&arr[1].c - (char *)&arr[0].a));
    return 0;
}
