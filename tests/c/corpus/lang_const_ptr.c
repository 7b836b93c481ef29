/* const qualifiers: pointer to const, const pointer, const pointer to const */
#include <stdio.h>
#include <string.h>

static size_t count_char(const char *s, char c) {
    size_t n = 0;
    for (; *s; s++) if (*s == c) n++;
    return n;
}

static void fill(int *const p, int n, int v) {
    int i;
    for (i = 0; i < n; i++) p[i] = v + i;
}

static const char *const colors[] = { "red", "green", "blue" };

int main(void) {
    int x = 10, y = 20;
    const int *pc = &x;   /* can change pointer, not pointee */
    printf("*pc = %d\n", *pc);
    pc = &y;
    printf("*pc = %d\n", *pc);
    int *const cp = &x;   /* can change pointee, not pointer */
    *cp = 11;
    printf("x = %d\n", x);
    const int *const cpc = &y;
    printf("*cpc = %d\n", *cpc);
    y = 21; /* the object itself is not const */
    printf("*cpc after y changed = %d\n", *cpc);
    printf("count of 's' = %zu\n", count_char("mississippi", 's'));
    int buf[5];
    fill(buf, 5, 100);
    int i;
    for (i = 0; i < 5; i++) printf("%d ", buf[i]);
    printf("\n");
    for (i = 0; i < 3; i++) printf("%s(%zu) ", colors[i], strlen(colors[i]));
    printf("\n");
    const char *msg = "constant";
    char copy[16];
    strcpy(copy, msg);
    copy[0] = 'C';
    printf("%s %s\n", msg, copy);
    /* int* converts implicitly to const int* */
    int arr[3] = { 1, 2, 3 };
    const int *ro = arr;
    arr[1] = 50;
    printf("ro[1] = %d\n", ro[1]);
    /* pointer to pointer to const */
    const char *strs[2] = { "one", "two" };
    const char **sp = strs;
    sp[1] = "TWO";
    printf("%s %s\n", strs[0], strs[1]);
    const volatile int cv = 5;
    printf("cv = %d\n", cv);
    return 0;
}
