// trap: call through a null function pointer
// in: __vox_null_function_pointer
typedef int (*op)(int);
static int apply(op f, int x) {
    return f(x); /* CALLER */
}
int main(void) {
    op f = 0;
    return apply(f, 3);
}
