enum color { RED, GREEN, BLUE };
enum color { R, G, B };
int main(void) { return 0; }
