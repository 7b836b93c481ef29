/* printf: flag combinations - + space # 0 with integer conversions */
#include <stdio.h>

int main(void) {
    const char *fmts[] = {
        "%d", "%+d", "% d", "%-d", "%0d", "%+ d", "% +d", "%-+d", "%0-d", "%-0d",
        "%6d", "%+6d", "% 6d", "%-6d", "%06d", "%+06d", "% 06d", "%-+6d", "%- 6d", "%0-6d",
        "%+-06d", "%+.3d", "% .3d", "%06.3d", "%-06.3d", "%+08.5d", "% 8.5d", "%08.0d", "%+.0d", "%-+ 07d",
    };
    int vals[] = {0, 5, -5, 1234, -1234};
    for (size_t f = 0; f < sizeof fmts / sizeof fmts[0]; f++) {
        printf("%-8s", fmts[f]);
        for (int i = 0; i < 5; i++) {
            putchar('[');
            printf(fmts[f], vals[i]);
            putchar(']');
        }
        putchar('\n');
    }
    const char *ufmts[] = {"%o", "%#o", "%x", "%#x", "%X", "%#X", "%8x", "%#8x", "%08x", "%#08x",
                           "%-#8x|", "%#.5x", "%#8.5x", "%#08.5x", "%#.0x", "%#.0o", "%.0o", "%#5o", "%#05o", "%#-5o|",
                           "%u", "%8u", "%-8u|", "%08u", "%.4u"};
    unsigned uvals[] = {0u, 1u, 8u, 255u, 0xdeadbeefu};
    for (size_t f = 0; f < sizeof ufmts / sizeof ufmts[0]; f++) {
        printf("%-8s", ufmts[f]);
        for (int i = 0; i < 5; i++) {
            putchar('[');
            printf(ufmts[f], uvals[i]);
            putchar(']');
        }
        putchar('\n');
    }
    return 0;
}
