/* What GCC vector types cannot do, each with its diagnostic. */
typedef int v4si __attribute__((vector_size(16)));
typedef short v8hi __attribute__((vector_size(16)));
typedef float v4sf __attribute__((vector_size(16)));
typedef int bad3 __attribute__((vector_size(12)));
typedef struct { int x; } bad_elem __attribute__((vector_size(16)));
int main(void) {
    v4si a = { 1, 2, 3, 4 };
    v8hi h = { 0 };
    v4sf f = { 0 };
    v4si s = a + h;
    int l = a && a;
    v4si n = !a;
    v4sf r = f % f;
    a++;
    long x = (long)a;
    if (a) return 1;
    return 0;
}
