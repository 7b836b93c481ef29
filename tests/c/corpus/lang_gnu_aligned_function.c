/* __alignof__ of a function: 1, or what __attribute__((aligned(N))) on any
   of its declarations asks for, as gcc answers on x86-64. */
#include <stdio.h>

void declared_first(void) __attribute__((aligned(256)));
void declared_first(void) {}
__attribute__((aligned(32))) void attribute_before(void) {}
void plain(void) {}
static void __attribute__((aligned(64))) internal(void) {}
void later(void);
void later(void) __attribute__((aligned(16)));
void later(void) {}

int main(void) {
    printf("%zu %zu %zu %zu %zu\n", __alignof__(declared_first), __alignof__(attribute_before),
           __alignof__(plain), __alignof__(internal), __alignof__(later));
    internal();
    return 0;
}
