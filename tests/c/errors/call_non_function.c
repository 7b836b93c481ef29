int main(void) {
    int value = 3;
    return value(2);
}
