/* A call's arguments travel in its register window: more than 200 cannot. */
int f();
#define A10 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
#define A100 A10, A10, A10, A10, A10, A10, A10, A10, A10, A10
int main(void) { return f(A100, A100, 1); }
int g(void) { return f(A100, A100); }
