/* string.h: strlen/strchr/memchr/memcmp/memcpy/memset at every alignment and length 0..40 against naive versions */
#include <stdio.h>
#include <string.h>

static size_t naive_strlen(const char *s) { size_t n = 0; while (s[n]) n++; return n; }

int main(void) {
    static char buf[128], buf2[128];
    int errors = 0;
    long checks = 0;
    for (int off = 0; off < 16; off++)
        for (int len = 0; len <= 40; len++) {
            memset(buf, 'x', sizeof buf);
            for (int i = 0; i < len; i++) buf[off + i] = (char)('a' + (i * 7 + off) % 26);
            buf[off + len] = 0;
            checks++;
            if (strlen(buf + off) != naive_strlen(buf + off)) errors++;
            if (len > 0) {
                char target = buf[off + len - 1];
                const char *p = strchr(buf + off, target);
                size_t k = 0;
                while (buf[off + k] != target) k++;
                if (p != buf + off + k) errors++;
                if (memchr(buf + off, target, (size_t)len) != buf + off + k) errors++;
                if (strrchr(buf + off, target) == NULL) errors++;
            }
            if (strchr(buf + off, 0) != buf + off + len) errors++;
            for (int dst = 0; dst < 8; dst++) {
                memset(buf2, '#', sizeof buf2);
                memcpy(buf2 + dst, buf + off, (size_t)len + 1);
                if (strcmp(buf2 + dst, buf + off) != 0 || buf2[dst + len + 1] != '#' || (dst && buf2[dst - 1] != '#')) errors++;
                if (memcmp(buf2 + dst, buf + off, (size_t)len) != 0) errors++;
                if (len > 0) {
                    buf2[dst + len - 1]++;
                    if (memcmp(buf2 + dst, buf + off, (size_t)len) <= 0) errors++;
                    if (strncmp(buf2 + dst, buf + off, (size_t)len) <= 0) errors++;
                    buf2[dst + len - 1]--;
                }
                memset(buf2 + dst, 'z', (size_t)len);
                for (int i = 0; i < len; i++) if (buf2[dst + i] != 'z') errors++;
                if (buf2[dst + len] != buf[off + len]) errors++;
                checks++;
            }
        }
    printf("checks=%ld errors=%d\n", checks, errors);
    /* memmove at all overlaps */
    int merr = 0;
    for (int src = 0; src < 20; src++)
        for (int dst = 0; dst < 20; dst++)
            for (int len = 0; len <= 30; len += 3) {
                char ref[64], got[64];
                for (int i = 0; i < 64; i++) ref[i] = got[i] = (char)i;
                char tmp[64];
                memcpy(tmp, ref + src, (size_t)len);
                memcpy(ref + dst, tmp, (size_t)len);
                memmove(got + dst, got + src, (size_t)len);
                if (memcmp(ref, got, 64) != 0) merr++;
            }
    printf("memmove overlap errors=%d\n", merr);
    return errors + merr;
}
