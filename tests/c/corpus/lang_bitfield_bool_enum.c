/* bit-fields of type _Bool and unsigned with enum values, and bit-fields used as flags in loops */
#include <stdio.h>
#include <stdbool.h>

enum mode { M_OFF, M_ON, M_AUTO, M_TEST };

struct settings {
    bool enabled : 1;
    bool visible : 1;
    unsigned mode : 2;
    unsigned level : 4;
    unsigned : 0;
    unsigned long long big : 40;
};

int main(void) {
    struct settings s = { true, false, M_AUTO, 9, 0x123456789aULL };
    printf("enabled=%d visible=%d mode=%u level=%u big=%llx sizeof=%zu\n", s.enabled, s.visible, s.mode, s.level, (unsigned long long)s.big, sizeof s);
    s.visible = 5;          /* converted to _Bool: 1 */
    s.enabled = 0;
    s.mode = M_TEST;
    s.level += 10;          /* wraps mod 16 */
    s.big += 0xffffffffffULL; /* wraps mod 2^40 */
    printf("enabled=%d visible=%d mode=%u level=%u big=%llx\n", s.enabled, s.visible, s.mode, s.level, (unsigned long long)s.big);
    int i, on = 0;
    struct settings arr[8];
    for (i = 0; i < 8; i++) { arr[i].enabled = i % 3 == 0; arr[i].mode = (unsigned)i; arr[i].level = (unsigned)(i * 3); }
    for (i = 0; i < 8; i++) on += arr[i].enabled;
    printf("on=%d modes:", on);
    for (i = 0; i < 8; i++) printf(" %u/%u", arr[i].mode, arr[i].level);
    printf("\n");
    switch ((enum mode)s.mode) {
    case M_OFF: printf("off\n"); break;
    case M_ON: printf("on\n"); break;
    case M_AUTO: printf("auto\n"); break;
    case M_TEST: printf("test\n"); break;
    }
    return 0;
}
