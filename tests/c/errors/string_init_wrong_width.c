/* an int array from a string literal: an error, and no spurious "too long" warning
   (the cc fuzz target found an overflow in that check) */
int c[] = "";
int d[2] = "x";
int main(void) { return 0; }
