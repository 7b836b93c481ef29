/* two more ways a record could come to contain itself (both found by the cc
   fuzz target, both overflowed the compiler's stack when assigned through):
   an anonymous member of the record's own type, and a nested definition of
   the same tag that would complete it from inside */
struct a { struct a; };
struct b { struct b { int x; } m; };
struct a f(struct a v) { v = v; return v; }
struct b g(struct b v) { v = v; return v; }
int main(void) { return 0; }
