/* Static objects aligned beyond a page (_Alignas and GNU aligned) get
   addresses with that alignment, initialized or not. */
#include <stdint.h>
#include <stdio.h>

static char before = 2;
static _Alignas(1 << 20) char big_init = 1;
static _Alignas(1 << 16) int big_zero[3];
static char after __attribute__((aligned(1 << 17))) = 3;
static _Alignas(4096) char page;

int main(void) {
    big_zero[2] = 4;
    printf("%d %d %d %d\n", (int)((uintptr_t)&big_init % (1 << 20)),
           (int)((uintptr_t)big_zero % (1 << 16)), (int)((uintptr_t)&after % (1 << 17)),
           (int)((uintptr_t)&page % 4096));
    printf("%d\n", before + big_init + big_zero[2] + after + page);
    return 0;
}
