/* enums: implicit values, explicit and negative values, duplicates, arithmetic, sizeof */
#include <stdio.h>

enum color { RED, GREEN, BLUE, COLOR_COUNT };
enum mixed { A = -3, B, C, D = 10, E, F = D + E, G = 'x', H = 1 << 20, I };
enum dup { X = 1, Y = 1, Z };
enum { ANON_FIRST = 100, ANON_SECOND };
enum big { BIG = 2147483647 };
typedef enum { MON = 1, TUE, WED, THU, FRI, SAT, SUN } weekday;

static const char *color_name(enum color c) {
    static const char *names[] = { "red", "green", "blue" };
    return c < COLOR_COUNT ? names[c] : "?";
}

int main(void) {
    printf("RED=%d GREEN=%d BLUE=%d COUNT=%d\n", RED, GREEN, BLUE, COLOR_COUNT);
    printf("A=%d B=%d C=%d D=%d E=%d F=%d G=%d H=%d I=%d\n", A, B, C, D, E, F, G, H, I);
    printf("X=%d Y=%d Z=%d\n", X, Y, Z);
    printf("ANON=%d %d BIG=%d\n", ANON_FIRST, ANON_SECOND, BIG);
    printf("sizeof(enum color)=%zu sizeof(RED)=%zu sizeof(weekday)=%zu\n", sizeof(enum color), sizeof(RED), sizeof(weekday));
    enum color c;
    for (c = RED; c < COLOR_COUNT; c++) printf("%d:%s ", c, color_name(c));
    printf("\n");
    weekday d = FRI;
    d = (weekday)(d + 2);
    printf("FRI + 2 = %d (SUN=%d)\n", d, SUN);
    int arr[COLOR_COUNT] = { [RED] = 0xff0000, [GREEN] = 0x00ff00, [BLUE] = 0x0000ff };
    printf("arr[BLUE]=%06x\n", arr[BLUE]);
    enum color e = 7; /* any int value of the underlying type */
    printf("e=%d name=%s\n", e, color_name(e));
    printf("A < 0: %d, (A * 2) = %d, B == -2: %d\n", A < 0, A * 2, B == -2);
    int total = RED + GREEN + BLUE + SUN * 10;
    printf("total=%d\n", total);
    return 0;
}
