// trap: recursion limit exceeded
// in: down
static int down(int n) {
    return down(n + 1) + 1; /* TRAP */
}
int main(void) {
    return down(0);
}
