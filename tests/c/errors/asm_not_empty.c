int main(void) {
    int x = 1;
    asm("nop");
    __asm__ volatile("mov %0, %0" : "+r"(x));
    return x;
}
