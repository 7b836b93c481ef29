char *str = "\Uffffffff";
int main(void) { return 0; }
