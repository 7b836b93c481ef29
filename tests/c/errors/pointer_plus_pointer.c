int main(void) {
    int a[4], *p = a, *q = a + 2;
    return *(p + q);
}
