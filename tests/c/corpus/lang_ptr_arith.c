/* pointer arithmetic scales by the pointee size for every element type */
#include <stdio.h>

struct big { char name[13]; int id; };

int main(void) {
    char ca[8] = "abcdefg";
    short sa[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };
    long la[8] = { 10, 20, 30, 40, 50, 60, 70, 80 };
    double da[4] = { 0.5, 1.5, 2.5, 3.5 };
    struct big ba[3] = { { "first", 1 }, { "second", 2 }, { "third", 3 } };
    char *cp = ca; short *sp = sa; long *lp = la; double *dp = da; struct big *bp = ba;
    printf("cp+3: %c, sp+3: %d, lp+3: %ld, dp+3: %.1f, bp+2: %s\n", *(cp + 3), *(sp + 3), *(lp + 3), *(dp + 3), (bp + 2)->name);
    printf("byte distance cp+1: %ld sp+1: %ld lp+1: %ld dp+1: %ld bp+1: %ld\n",
           (long)((char *)(cp + 1) - (char *)cp), (long)((char *)(sp + 1) - (char *)sp),
           (long)((char *)(lp + 1) - (char *)lp), (long)((char *)(dp + 1) - (char *)dp),
           (long)((char *)(bp + 1) - (char *)bp));
    printf("3[ca] = %c, 2[la] = %ld\n", 3[ca], 2[la]);
    lp = la + 7;
    printf("lp[-2] = %ld, *(lp - 7) = %ld\n", lp[-2], *(lp - 7));
    int i;
    long sum = 0;
    for (lp = la; lp < la + 8; lp++) sum += *lp;
    printf("sum = %ld\n", sum);
    for (sp = sa + 7; sp >= sa + 1; sp -= 2) printf("%d ", *sp);
    printf("\n");
    int idx = 5;
    long off = -2;
    unsigned char uidx = 1;
    printf("sa[idx + off] = %d, *(sa + uidx) = %d\n", sa[idx + off], *(sa + uidx));
    /* walking a struct array with a pointer */
    for (bp = ba; bp != ba + 3; ++bp) printf("%d:%s ", bp->id, bp->name);
    printf("\n");
    /* pointer arithmetic on char pointer into a string literal */
    const char *msg = "pointer arithmetic";
    const char *end = msg;
    while (*end) end++;
    printf("length via pointers = %ld\n", (long)(end - msg));
    printf("suffix = %s\n", msg + 8);
    for (i = 0; i < 3; i++) printf("%c", *(msg + i * 2));
    printf("\n");
    return 0;
}
