/* functions returning function pointers, with and without typedef; pointer to function pointer */
#include <stdio.h>

static int inc(int x) { return x + 1; }
static int dec(int x) { return x - 1; }
static int dbl(int x) { return x * 2; }

/* without typedef: function taking int returning pointer to function (int) -> int */
static int (*choose(int which))(int) {
    switch (which) { case 0: return inc; case 1: return dec; default: return dbl; }
}

typedef int (*fn)(int);
static fn choose2(const char *name) {
    if (name[0] == 'i') return inc;
    if (name[0] == 'd' && name[1] == 'e') return dec;
    return dbl;
}

/* returns a pointer to the function choose itself */
static int (*(*get_chooser(void))(int))(int) { return choose; }

static void replace(fn *slot, fn with) { *slot = with; }

int main(void) {
    int i;
    for (i = 0; i < 3; i++) printf("choose(%d)(10) = %d\n", i, choose(i)(10));
    printf("choose2(\"inc\")(41) = %d\n", choose2("inc")(41));
    printf("choose2(\"dec\")(41) = %d\n", choose2("dec")(41));
    printf("choose2(\"dbl\")(41) = %d\n", choose2("dbl")(41));
    printf("get_chooser()(2)(21) = %d\n", get_chooser()(2)(21));
    fn f = inc;
    fn *pf = &f;
    replace(pf, dbl);
    printf("(*pf)(8) = %d\n", (*pf)(8));
    /* pipeline of functions */
    fn pipeline[] = { inc, dbl, dbl, dec, choose(0) };
    int v = 3;
    for (i = 0; i < 5; i++) v = pipeline[i](v);
    printf("pipeline(3) = %d\n", v);
    return 0;
}
