/* file-scope static vs extern linkage, static redeclaration after static, extern after static keeps internal linkage */
#include <stdio.h>

static int hidden = 5;
extern int hidden;          /* refers to the static above: internal linkage is kept */
int visible = 6;
static const char *tag(void);
extern int twice_visible(void);

static int bump_hidden(void) { return ++hidden; }
int twice_visible(void) { return visible * 2; }
static const char *tag(void) { return "tagged"; }

static int table[3];
static int *table_ptr = table;

int main(void) {
    printf("hidden=%d visible=%d\n", hidden, visible);
    int b1 = bump_hidden();
    int b2 = bump_hidden();
    printf("bump=%d bump=%d\n", b1, b2);
    visible = 21;
    printf("twice_visible=%d tag=%s\n", twice_visible(), tag());
    table_ptr[2] = 8;
    printf("table[2]=%d\n", table[2]);
    {
        extern int visible;
        visible++;
    }
    printf("visible=%d\n", visible);
    return hidden;
}
