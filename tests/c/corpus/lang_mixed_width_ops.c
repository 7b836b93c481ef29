/* binary operators across pairs of integer types from int8_t to uint64_t: result value and signedness */
#include <stdio.h>
#include <stdint.h>

#define SIGNED_RESULT(e) ((e) * 0 - 1 < 0)
#define ROW(TA, a, TB, b) \
    printf("%-8s %-8s add=%-22lld sub=%-22lld lt=%d size=%zu signed=%d\n", #TA, #TB, \
           (long long)((TA)(a) + (TB)(b)), (long long)((TA)(a) - (TB)(b)), (TA)(a) < (TB)(b), \
           sizeof((TA)(a) + (TB)(b)), SIGNED_RESULT((TA)(a) + (TB)(b)))

int main(void) {
    ROW(int8_t, -1, uint8_t, 255);
    ROW(int8_t, -1, uint16_t, 65535);
    ROW(int8_t, -1, uint32_t, 1);
    ROW(int8_t, -1, uint64_t, 1);
    ROW(int16_t, -2, uint8_t, 3);
    ROW(int16_t, -2, uint32_t, 3);
    ROW(int32_t, -3, uint16_t, 4);
    ROW(int32_t, -3, uint32_t, 4);
    ROW(int32_t, -3, int64_t, 4);
    ROW(int32_t, -3, uint64_t, 4);
    ROW(int64_t, -4, uint32_t, 5);
    ROW(int64_t, -4, uint64_t, 5);
    ROW(uint8_t, 200, uint8_t, 100);
    ROW(uint16_t, 60000, uint16_t, 60000);
    ROW(uint32_t, 4000000000u, int64_t, 1);
    ROW(uint32_t, 1, int32_t, -1);
    ROW(uint64_t, 1, int8_t, -1);
    ROW(_Bool, 1, int8_t, -1);
    ROW(char, -5, unsigned char, 5);
    return 0;
}
