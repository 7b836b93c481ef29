/* stdlib.h: rand/srand reproducing glibc's sequence for the default seed, srand(1), srand(42), srand(0) */
#include <stdio.h>
#include <stdlib.h>

static void show(const char *label) {
    printf("%s:", label);
    for (int i = 0; i < 20; i++) printf(" %d", rand());
    printf("\n");
}

int main(void) {
    printf("RAND_MAX=%d\n", RAND_MAX);
    show("default");
    srand(1);
    show("srand(1)");
    srand(42);
    show("srand(42)");
    srand(0);
    show("srand(0)");
    srand(123456789u);
    show("srand(123456789)");
    srand(4294967295u);
    show("srand(UINT_MAX)");
    srand(2024);
    printf("mod100:");
    for (int i = 0; i < 30; i++) printf(" %d", rand() % 100);
    printf("\n");
    srand(7);
    int hist[10] = {0};
    for (int i = 0; i < 10000; i++) hist[rand() % 10]++;
    printf("hist:");
    for (int i = 0; i < 10; i++) printf(" %d", hist[i]);
    printf("\n");
    srand(1);
    int a = rand();
    srand(1);
    int b = rand();
    printf("reseed repeat: %d\n", a == b);
    return 0;
}
