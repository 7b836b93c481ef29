/* structs with const members and pointers to const data, initialized once and read */
#include <stdio.h>

struct config { const char *const name; const int version; const double ratio; int counter; };
struct entry { const char *key; const int value; };

static const struct entry table[] = { { "one", 1 }, { "two", 2 }, { "three", 3 }, { "ten", 10 } };

static int lookup(const char *k) {
    unsigned i;
    for (i = 0; i < sizeof table / sizeof table[0]; i++) {
        const char *a = table[i].key, *b = k;
        while (*a && *a == *b) { a++; b++; }
        if (*a == *b) return table[i].value;
    }
    return -1;
}

int main(void) {
    struct config c = { "voxcc", 3, 0.75, 0 };
    c.counter += 5;
    printf("name=%s version=%d ratio=%.2f counter=%d\n", c.name, c.version, c.ratio, c.counter);
    struct config d = { .version = 9, .name = "other" };
    printf("name=%s version=%d ratio=%.2f counter=%d\n", d.name, d.version, d.ratio, d.counter);
    printf("lookup two=%d ten=%d none=%d\n", lookup("two"), lookup("ten"), lookup("none"));
    const struct config *pc = &c;
    printf("via pointer %s %d\n", pc->name, pc->version);
    return 0;
}
