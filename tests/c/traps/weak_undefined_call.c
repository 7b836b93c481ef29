// trap: call through a null function pointer
// in: __vox_null_function_pointer
/* An undefined weak function is null: calling it without testing it traps
   (at the null function, called from the line of the call) instead of
   failing to link. */
extern int missing(int) __attribute__((weak));
static int call(int x) {
    return missing(x); /* CALLER */
}
int main(void) { return call(1); }
