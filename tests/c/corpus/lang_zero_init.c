/* zero initialization: statics, globals, = {0}, partially initialized aggregates, pointers and doubles */
#include <stdio.h>

int g_int;
double g_dbl;
char *g_ptr;
int g_arr[100];
struct big { int a; double b; char c[10]; void *p; long arr[5]; } g_struct;
static unsigned char s_bytes[50];

int main(void) {
    static int s_local;
    static double s_darr[4];
    static struct big s_struct;
    struct big local = { 0 };
    struct big partial = { 5 };
    int larr[20] = { 0 };
    double ld[3] = { 0 };
    char *lptrs[4] = { 0 };
    int i, bad = 0;
    printf("g_int=%d g_dbl=%.1f g_ptr null=%d\n", g_int, g_dbl, g_ptr == NULL);
    for (i = 0; i < 100; i++) bad += g_arr[i] != 0;
    for (i = 0; i < 50; i++) bad += s_bytes[i] != 0;
    printf("g_struct: %d %.1f %d %d %ld\n", g_struct.a, g_struct.b, g_struct.c[9], g_struct.p == NULL, g_struct.arr[4]);
    printf("s_local=%d s_darr=%.1f %.1f\n", s_local, s_darr[0], s_darr[3]);
    printf("s_struct: %d %.1f %d\n", s_struct.a, s_struct.b, s_struct.p == NULL);
    printf("local: %d %.1f %d %d %ld\n", local.a, local.b, local.c[0], local.p == NULL, local.arr[2]);
    printf("partial: %d %.1f %d %d %ld\n", partial.a, partial.b, partial.c[5], partial.p == NULL, partial.arr[0]);
    for (i = 0; i < 20; i++) bad += larr[i] != 0;
    for (i = 0; i < 3; i++) bad += ld[i] != 0.0;
    for (i = 0; i < 4; i++) bad += lptrs[i] != NULL;
    printf("nonzero count = %d\n", bad);
    union { double d; int i[2]; } u = { 0 };
    printf("union zero: %.1f %d %d\n", u.d, u.i[0], u.i[1]);
    return bad;
}
