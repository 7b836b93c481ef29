/* main(int argc, char **argv): argument count, argv[1..], argv[argc] is NULL, parsing numbers */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    int i;
    printf("argc = %d\n", argc);
    for (i = 1; i < argc; i++) printf("argv[%d] = \"%s\" (len %zu)\n", i, argv[i], strlen(argv[i]));
    printf("argv[argc] == NULL: %d\n", argv[argc] == NULL);
    long sum = 0;
    int numeric = 0;
    for (i = 1; i < argc; i++) {
        char *end;
        long v = strtol(argv[i], &end, 10);
        if (*end == '\0' && end != argv[i]) { sum += v; numeric++; }
    }
    printf("numeric args = %d, sum = %ld\n", numeric, sum);
    char **p = argv + 1;
    int count = 0;
    while (*p) { if ((*p)[0] == '-') count++; p++; }
    printf("options = %d\n", count);
    return argc;
}
