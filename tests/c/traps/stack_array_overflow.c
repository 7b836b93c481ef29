// trap: stack overflow
// in: burn
static long burn(long n) { /* TRAP */
    char big[64 * 1024];
    big[n % sizeof big] = (char)n;
    return big[0] + burn(n + 1);
}
int main(void) {
    return (int)burn(1);
}
