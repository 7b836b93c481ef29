int f(void);
int main(void) {
    f() = 3;
    return 0;
}
