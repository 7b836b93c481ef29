/* __auto_type as gcc accepts it: one declarator with an initializer, for
   a variable; everything else is refused with a clear error. */
typedef __auto_type T = 1;
__auto_type x = 1, y = 2;

struct s {
    __auto_type member;
};

void nothing(void) {}

int main(void) {
    __auto_type a;
    __auto_type b = 1, c = 2;
    extern __auto_type d = 3;
    __auto_type e = nothing();
    int __auto_type f = 4;
    __auto_type *g = &b;
    const __auto_type h = 5;
    h = 6;
    return sizeof(__auto_type);
}
