int main(void) {
    return 019;
}
