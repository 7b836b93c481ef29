// trap: __builtin_unreachable() reached
// in: classify
static int classify(int x) {
    if (x > 0) return 1;
    if (x < 0) return -1;
    __builtin_unreachable(); /* TRAP */
}
int main(void) {
    return classify(0);
}
