// trap: out-of-bounds access
// in: poke
static void poke(char *p, long i) {
    p[i] = 1; /* TRAP */
}
int main(void) {
    char buf[16];
    poke(buf, 1L << 40);
    return buf[0];
}
