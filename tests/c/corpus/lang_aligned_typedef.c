/* `aligned` on a typedef (after the declarator or among the specifiers) and
   in a type name gives the type that alignment, larger or smaller than its
   own, without changing its size or what it is compatible with. */
#include <stddef.h>
#include <stdio.h>

typedef int int16a __attribute__((aligned(16)));
typedef int __attribute__((aligned(16))) int16b;
typedef int16a again;                             /* keeps it */
typedef const int16a cint16a;                     /* qualifiers keep it too */
typedef double d2 __attribute__((aligned(2)));    /* lowered */
typedef struct { char c; } s8 __attribute__((aligned(8)));
struct T { char c; int16a x; };
struct U { char c; d2 d; };
struct V { char c; s8 s; };
int _Alignas(int __attribute__((aligned(32)))) i32;
int16a g = 7;

static int take(int *p) { return *p; }

int main(void) {
    printf("int16a %zu/%zu int16b %zu again %zu const %zu\n", _Alignof(int16a), sizeof(int16a),
           _Alignof(int16b), _Alignof(again), _Alignof(cint16a));
    printf("T: size %zu align %zu x at %zu\n", sizeof(struct T), _Alignof(struct T),
           offsetof(struct T, x));
    printf("d2 %zu/%zu, U: size %zu d at %zu\n", _Alignof(d2), sizeof(d2), sizeof(struct U),
           offsetof(struct U, d));
    printf("s8 %zu/%zu, V: size %zu s at %zu\n", _Alignof(s8), sizeof(s8), sizeof(struct V),
           offsetof(struct V, s));
    printf("type name %zu, _Alignas %zu\n", _Alignof(int __attribute__((aligned(64)))),
           _Alignof(i32));
    struct T t = {'a', 41};
    int16a *p = &t.x;
    printf("value %d %d, compatible with int *: %d\n", t.x + 1, take(p), take(&g));
    printf("global aligned: %d\n", (int)((size_t)&g % 16 == 0));
    return 0;
}
