/* Duff's device: switch cases inside a do-while loop body */
#include <stdio.h>

static void duff_copy(short *to, const short *from, int count) {
    int n = (count + 7) / 8;
    switch (count % 8) {
    case 0: do { *to++ = *from++;
    case 7:      *to++ = *from++;
    case 6:      *to++ = *from++;
    case 5:      *to++ = *from++;
    case 4:      *to++ = *from++;
    case 3:      *to++ = *from++;
    case 2:      *to++ = *from++;
    case 1:      *to++ = *from++;
            } while (--n > 0);
    }
}

static int duff_sum(const int *a, int count) {
    int s = 0, n = (count + 3) / 4;
    if (count == 0) return 0;
    switch (count % 4) {
    case 0: do { s += *a++;
    case 3:      s += *a++;
    case 2:      s += *a++;
    case 1:      s += *a++;
            } while (--n);
    }
    return s;
}

int main(void) {
    short src[40], dst[40];
    int i, count;
    for (i = 0; i < 40; i++) src[i] = (short)(i * 3 + 1);
    for (count = 1; count <= 17; count += 4) {
        for (i = 0; i < 40; i++) dst[i] = -1;
        duff_copy(dst, src, count);
        int ok = 1;
        for (i = 0; i < count; i++) if (dst[i] != src[i]) ok = 0;
        printf("count %d copied ok=%d next=%d\n", count, ok, dst[count]);
    }
    int vals[13];
    for (i = 0; i < 13; i++) vals[i] = i + 1;
    for (count = 0; count <= 13; count++) printf("%d ", duff_sum(vals, count));
    printf("\n");
    return 0;
}
