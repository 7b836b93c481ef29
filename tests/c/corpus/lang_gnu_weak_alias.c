/* GNU weak symbols and aliases in one translation unit: an undefined weak
   function is null (and testable before the call), an alias is another
   name for a definition (external or static, also through a function
   pointer in a static initializer), a weak definition is used when nothing
   replaces it. */
#include <stdio.h>

extern void hook(int) __attribute__((weak));
void maybe(void) __attribute__((weak));

int impl(int x) { return x * 3; }
int triple(int) __attribute__((alias("impl")));

static int sq_impl(int x) { return x * x; }
static int sq(int) __attribute__((alias("sq_impl")));

__attribute__((weak)) int level(void) { return 1; }
__attribute__((weak)) int wvar = 7;

int counter = 0;
extern int count_alias __attribute__((alias("counter")));
/* Without extern an alias is no tentative definition of its own. */
static int hidden = 40;
static int hidden_alias __attribute__((alias("hidden")));

int (*fp)(int) = triple;
void (*hp)(int) = hook;

int main(void) {
    printf("hook %s, maybe %s, hp %s\n", hook ? "set" : "null", &maybe == 0 ? "null" : "set",
           hp ? "set" : "null");
    if (hook) hook(1);
    printf("%d %d %d %d %d\n", triple(5), sq(4), fp(2), level(), wvar);
    printf("same function: %d\n", triple == impl);
    count_alias += 5;
    counter++;
    printf("alias of an object: %d %d %d\n", counter, count_alias, &counter == &count_alias);
    hidden_alias += 2;
    printf("static %d %d\n", hidden, &hidden_alias == &hidden);
    void (*p)(void) = maybe;
    printf("%d\n", p == 0);
    return 0;
}
