/* extern declarations before definitions, static (internal) functions, block-scope extern */
#include <stdio.h>

extern int shared_value;
extern int get_shared(void);
static int helper(int);
int uses_helper(int x);

int uses_helper(int x) { return helper(x) + 1; }
static int helper(int x) { return x * 3; }

int shared_value = 10;
int get_shared(void) { return shared_value; }

static int private_counter;
static void bump(void) { private_counter++; }

extern const char greeting[];
const char greeting[] = "hi there";

extern int table[];
int table[5] = { 5, 4, 3, 2, 1 };

int main(void) {
    printf("uses_helper(4) = %d\n", uses_helper(4));
    shared_value += 5;
    printf("get_shared() = %d\n", get_shared());
    {
        extern int shared_value; /* block-scope extern refers to the same object */
        shared_value *= 2;
    }
    printf("after block extern: %d\n", get_shared());
    bump(); bump(); bump();
    printf("private_counter = %d\n", private_counter);
    printf("greeting = %s (sizeof %zu)\n", greeting, sizeof greeting);
    printf("table[0] = %d, sizeof table = %zu\n", table[0], sizeof table);
    {
        int later(int);   /* block-scope function declaration */
        printf("later(6) = %d\n", later(6));
    }
    return 0;
}

int later(int x) { return x * x; }
