static void reset(int *p) {
    *p = 0;
    return 1;
}
int main(void) { int x; reset(&x); return x; }
