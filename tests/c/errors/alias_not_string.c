int impl(int x) { return x; }
int g(int) __attribute__((alias(42)));
int main(void) { return 0; }
