/* conditional operator: mixed arithmetic types, pointers and NULL, void operands, lvalue-like use */
#include <stdio.h>
#include <stddef.h>

static int calls;
static void say(const char *s) { calls++; printf("say %s\n", s); }
struct pt { int x, y; };

int main(void) {
    int i = 3;
    double d = 2.5;
    printf("1 ? i : d = %f\n", 1 ? i : d);
    printf("0 ? i : d = %f\n", 0 ? i : d);
    printf("sizeof(1 ? i : d) = %zu\n", sizeof(1 ? i : d));
    printf("1 ? 'a' : 0L size %zu\n", sizeof(1 ? 'a' : 0L));
    char c = 'q';
    printf("sizeof(1 ? c : c) = %zu\n", sizeof(1 ? c : c));
    unsigned u = 5;
    printf("(i > 10 ? -1 : u) = %u\n", i > 10 ? -1 : u);
    printf("(i < 10 ? -1 : u) = %u\n", i < 10 ? -1 : u);
    float f = 1.5f;
    printf("sizeof(1 ? f : 1) = %zu, sizeof(1 ? f : 1.0) = %zu\n", sizeof(1 ? f : 1), sizeof(1 ? f : 1.0));
    int arr[3] = { 7, 8, 9 };
    int *p = i > 2 ? arr : NULL;
    printf("p %s, *p = %d\n", p ? "non-null" : "null", p ? *p : -1);
    int *q = i > 5 ? arr : NULL;
    printf("q %s\n", q ? "non-null" : "null");
    int *r = i > 2 ? &arr[1] : &arr[2];
    printf("*r = %d\n", *r);
    void *vp = arr;
    int *s = i ? vp : arr; /* void* and int* -> void* */
    printf("*s = %d\n", *s);
    i > 2 ? say("big") : say("small");
    i < 2 ? say("big") : say("small");
    (void)(i ? (void)0 : say("never"));
    printf("calls = %d\n", calls);
    /* only the selected operand is evaluated */
    int n = 0;
    int m = 1 ? n++ : n--;
    printf("m=%d n=%d\n", m, n);
    /* struct operands */
    struct pt a = { 1, 2 }, b = { 3, 4 };
    struct pt cpt = i ? a : b;
    printf("cpt = %d,%d\n", cpt.x, cpt.y);
    printf("(0 ? a : b).y = %d\n", (0 ? a : b).y);
    /* assignment through conditional pointer */
    int x = 0, y = 0;
    *(i ? &x : &y) = 42;
    printf("x=%d y=%d\n", x, y);
    /* const char* operands */
    const char *name = i == 3 ? "three" : "other";
    printf("name=%s\n", name);
    /* nested conditional classification */
    int k;
    for (k = -2; k <= 2; k++)
        printf("%d is %s\n", k, k < 0 ? "negative" : k == 0 ? "zero" : "positive");
    /* mixed signed char and unsigned char operands promote to int */
    signed char sc = -1;
    unsigned char uc = 255;
    printf("(1 ? sc : uc) = %d, (0 ? sc : uc) = %d\n", 1 ? sc : uc, 0 ? sc : uc);
    return 0;
}
