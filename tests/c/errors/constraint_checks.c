/* Constraint violations gcc refuses, each with its diagnostic (found by the
   test programs of "Writing a C Compiler"). */
struct s { int arr[3]; double d; };
struct opaque;
extern struct opaque v;
static int hidden;
int hidden;
int twice(int a, int a);
struct for { int a; };
struct kind;
union kind { int a; };
int main(void) {
    struct s x = {{1, 2, 3}, 4.0}, y = {{9, 8, 7}, 6.0};
    int i = 1;
    (1 ? x : y).d = 0.0;
    (1 ? i : 0) = 5;
    static int i;
    for (static int k = 0; k < 3; k++)
        ;
    for (typedef int T; ;)
        break;
    (void)v;
    struct opaque *op = 0;
    *op;
    int foo = 1;
    int foo(void);
    return 0;
}
