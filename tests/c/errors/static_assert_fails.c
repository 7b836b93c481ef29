_Static_assert(sizeof(int) == 8, "int must be 64-bit here");
int main(void) { return 0; }
