/* Smaller GNU and gcc-compatible corners: __builtin_choose_expr (type and
   lvalue of the chosen operand), __builtin_frame_address(0), __alignof__ of
   an expression without parentheses, `"s" ? a : b` and `&obj ? a : b` as
   static initializers, code after a constant-false condition that names a
   function defined nowhere (gcc needs no definition for it), attributes after
   a parenthesized declarator, on_exit handlers, and __has_include_next in the
   primary file (an ordinary __has_include there, as in gcc). */
#include <stdio.h>
#include <stdlib.h>

extern int undefined_function(void);
static inline void refer_to_undefined(void) { undefined_function(); }
int defined_function(void) { return 40; }

int sinit[2] = { "astring" ? sizeof("astring") : -1, &sinit ? 42 : -1 };
static int (*fp)(void) __attribute__((unused)) = defined_function;
extern int (*fp2)(void) __attribute__((unused));
int (*fp2)(void) = defined_function;

static void bye(int status, void *arg) { printf("on_exit %d %s\n", status, (const char *)arg); }
static void bye2(void) { printf("atexit\n"); }

int main(void) {
    long l = 5;
    short s = 2;
    __builtin_choose_expr(1, l, s) = 7;
    printf("%zu %zu %ld\n", sizeof(__builtin_choose_expr(1, l, s)),
           sizeof(__builtin_choose_expr(0, l, s)), l);
    char *fa = __builtin_frame_address(0);
    int local = 1;
    printf("frame %d\n", fa != 0 && local);
    double d = 1.0;
    printf("alignof %zu %zu %zu\n", __alignof__ d, __alignof__ defined_function(),
           (size_t)(__alignof__(char) + 0));
    printf("sinit %d %d\n", sinit[0], sinit[1]);
    if (0) undefined_function();
    if (defined_function() && 0) refer_to_undefined();
    int i = 0 ? undefined_function() : defined_function();
    printf("i=%d fp=%d %d\n", i, fp(), fp2());
#if defined __has_include_next
#if __has_include_next(<stdio.h>)
    printf("has_include_next stdio.h\n");
#endif
#endif
    on_exit(bye, "arg");
    atexit(bye2);
    on_exit(bye, "first");
    exit(4);
}
