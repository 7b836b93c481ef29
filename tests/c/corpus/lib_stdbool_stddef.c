/* stdbool.h and stddef.h: bool conversions, offsetof, size_t, ptrdiff_t, NULL, wchar_t */
#include <stdio.h>
#include <stdbool.h>
#include <stddef.h>

struct rec {
    char c;
    int i;
    double d;
    short s;
    char name[5];
    long long ll;
};

struct packed_like { char a; char b; short c; };

int main(void) {
    bool t = true, f = false;
    bool from_int = 42;
    bool from_dbl = 0.5;
    bool *tp = &t;
    bool from_ptr = tp;
    bool zero = 0.0;
    printf("true=%d false=%d 42->%d 0.5->%d ptr->%d 0.0->%d sizeof(bool)=%zu\n", t, f, from_int, from_dbl, from_ptr, zero, sizeof(bool));
    printf("__bool_true_false_are_defined=%d\n", __bool_true_false_are_defined);
    bool b = false;
    b += 5;
    printf("false+=5 -> %d, !b=%d, b+b=%d\n", b, !b, b + b);
    printf("offsetof: c=%zu i=%zu d=%zu s=%zu name=%zu ll=%zu sizeof=%zu\n", offsetof(struct rec, c), offsetof(struct rec, i),
           offsetof(struct rec, d), offsetof(struct rec, s), offsetof(struct rec, name), offsetof(struct rec, ll), sizeof(struct rec));
    printf("offsetof name[3]=%zu\n", offsetof(struct rec, name[3]));
    printf("packed_like: %zu %zu %zu %zu\n", offsetof(struct packed_like, a), offsetof(struct packed_like, b),
           offsetof(struct packed_like, c), sizeof(struct packed_like));
    int arr[10];
    ptrdiff_t d = &arr[7] - &arr[2];
    size_t sz = sizeof arr;
    printf("ptrdiff=%td size=%zu count=%zu\n", d, sz, sizeof arr / sizeof arr[0]);
    int *np = NULL;
    printf("NULL is null: %d, !NULL: %d\n", np == 0, !np);
    printf("sizeof(wchar_t)=%zu sizeof(size_t)=%zu sizeof(ptrdiff_t)=%zu\n", sizeof(wchar_t), sizeof(size_t), sizeof(ptrdiff_t));
    wchar_t w = L'A';
    printf("L'A'=%d\n", (int)w);
    return 0;
}
