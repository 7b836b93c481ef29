/* GNU nested functions are left out, with a clear error. */
int main(void) {
    int k = 1;
    int add(int x) { return x + k; }
    return add(-1);
}
