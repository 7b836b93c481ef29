void f(int n, int a[][n]) { (void)a; }
int g(int i, int b[i++]) { return b[0] + i; }
int main(void) { return 0; }
