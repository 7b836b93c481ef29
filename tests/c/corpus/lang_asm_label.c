/* GNU asm labels: `__asm__("sym")` after a declarator makes the object or
   function link by that symbol, while C code keeps using its own name. */
#include <stdio.h>
#include <string.h>

char *my_strstr(const char *a, const char *b) {
    (void)b;
    return (char *)a + 1;
}
extern char *strstr(const char *, const char *) __asm__("my_strstr");

int counter_storage = 5;
/* As gcc's own tests spell a label: __USER_LABEL_PREFIX__ is empty. */
#define STRING(x) #x
#define XSTRING(x) STRING(x)
#define ASMNAME(name) XSTRING(__USER_LABEL_PREFIX__) name
extern int counter __asm__(ASMNAME("counter_storage"));

int twice_impl(int x) { return 2 * x; }
extern int twice(int) __asm__("twice_impl"), plain(int);
int plain(int x) { return x + 1; }

int main(void) {
    const char *s = "hello";
    printf("strstr -> my_strstr: %d\n", (int)(strstr(s, "l") - s));
    counter += 10;
    printf("counter %d storage %d\n", counter, counter_storage);
    printf("twice %d plain %d\n", twice(21), plain(1));
    return 0;
}
