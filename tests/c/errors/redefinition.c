int main(void) {
    int total = 0;
    double total = 1.5;
    return (int)total;
}
