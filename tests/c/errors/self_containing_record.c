/* a record that names itself as a member (here through a misplaced `static`
   declaration, as the cc fuzz target wrote it) or as a flexible array: errors,
   and the member is left out, so initializing the record cannot recurse
   through it forever (it overflowed the compiler's stack) */
union U3 {
    static const union U3 g = { 1 };
};
struct S { struct S a[]; };
struct T { int x; void v[]; };
static const union U3 u = { { { 1 } } };
static const struct S s = { { { 1 } } };
int main(void) { return 0; }
