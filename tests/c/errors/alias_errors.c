int f(int) __attribute__((alias("nowhere")));
extern int h(int);
int k(int) __attribute__((alias("h")));
int main(void) { return 0; }
