// trap: out-of-bounds access
// in: at
// A double read through a wild pointer in a function small enough to be
// inlined: the trap names that function and its line, not its caller's.
static double at(const double *v, long i) {
    return v[i]; /* TRAP */
}
int main(int argc, char **argv) {
    (void)argv;
    static double table[4] = {1, 2, 3, 4};
    return (int)at(table, (long)argc << 40);
}
