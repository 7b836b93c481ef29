int main(void) {
    int i = 0;
again:
    if (++i < 3) goto agian;
    return i;
}
