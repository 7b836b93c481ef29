int f(int n) {
    struct { char a[n]; } x;
    return (int)sizeof x;
}
int main(void) { return f(3); }
