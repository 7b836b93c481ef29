static void two(int *p, int q) { (void)p; (void)q; }
static void takes_double(double *p) { (void)p; }
int not_a_function;
int main(void) {
    int a __attribute__((cleanup(two))) = 1;
    int b __attribute__((cleanup(not_a_function))) = 2;
    int c __attribute__((cleanup(takes_double))) = 3;
    int d __attribute__((cleanup(nowhere))) = 4;
    static int e __attribute__((cleanup(takes_double)));
    return a + b + c + d + e;
}
