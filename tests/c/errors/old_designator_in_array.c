/* GNU's `member: value` designator where the braces are an array's (found
   by the cc fuzz target): an error at the designator. Before, the elided
   struct element gave the comma back and the array read it again, element
   after element, until 16,777,216 (5 s). */
struct t { int a, b; };
static const struct t tests[] = { {0, 0}, name: 1 };
int main(void) { return tests[0].a; }
