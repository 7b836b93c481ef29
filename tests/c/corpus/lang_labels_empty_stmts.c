/* empty statements, null loop bodies, labels with the same name as variables, nested blocks */
#include <stdio.h>

int main(void) {
    int i;
    ;
    ;;
    for (i = 0; i < 10; i++)
        ;
    printf("i after empty for = %d\n", i);
    i = 0;
    while (i++ < 5);
    printf("i after empty while = %d\n", i);
    const char *s = "measure";
    const char *p = s;
    while (*p++)
        ;
    printf("length = %ld\n", (long)(p - s - 1));
    if (i) ; else printf("never\n");
    int count = 0;
    { { { count++; } } }
    {}
    printf("count = %d\n", count);
    /* label names live in their own namespace */
    int done = 0;
done:
    done++;
    if (done < 3) goto done;
    printf("done = %d\n", done);
    int x = 0;
a: b: c: x++;
    if (x < 2) goto b;
    if (x < 3) goto a;
    if (x < 4) goto c;
    printf("x = %d\n", x);
    do ; while (0);
    switch (x) { case 4: ; }
    return 0;
}
