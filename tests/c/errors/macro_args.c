#define MAX(a, b) ((a) > (b) ? (a) : (b))
int main(void) {
    return MAX(1, 2, 3);
}
