/* <iconv.h>: conversions between the encodings voxcc's library has, their
   errors (EILSEQ, EINVAL, E2BIG), where the pointers stop, byte-order marks,
   //TRANSLIT and //IGNORE, resets, and names glibc also accepts. */
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <string.h>

static void conv(const char *to, const char *from, const char *in, size_t inlen, size_t room) {
    iconv_t cd = iconv_open(to, from);
    if (cd == (iconv_t)-1) {
        printf("%-16s <- %-10s open fails, errno %s\n", to, from, errno == EINVAL ? "EINVAL" : "other");
        return;
    }
    char out[256];
    char *ip = (char *)in, *op = out;
    size_t il = inlen, ol = room;
    errno = 0;
    size_t r = iconv(cd, &ip, &il, &op, &ol);
    int e = errno;
    printf("%-16s <- %-10s r=%ld", to, from, (long)r);
    if (r == (size_t)-1)
        printf(" %s", e == EILSEQ ? "EILSEQ" : e == EINVAL ? "EINVAL" : e == E2BIG ? "E2BIG" : "?");
    printf(" in+%ld left %zu out+%ld left %zu:", (long)(ip - in), il, (long)(op - out), ol);
    for (char *p = out; p < op; p++) printf(" %02x", (unsigned char)*p);
    printf("\n");
    iconv_close(cd);
}

#define C(to, from, lit, room) conv(to, from, lit, sizeof lit - 1, room)

int main(void) {
    /* UTF-8 to everything. */
    static const char *targets[] = {"UTF-8", "UTF-16", "UTF-16LE", "UTF-16BE", "UCS-2", "UCS-2BE",
                                    "UTF-32", "UTF-32LE", "UTF-32BE", "UCS-4", "UCS-4LE", "WCHAR_T",
                                    "ISO-8859-1", "ISO-8859-15", "CP1252", "ASCII"};
    for (size_t i = 0; i < sizeof targets / sizeof targets[0]; i++) {
        C(targets[i], "UTF-8", "Az\xc3\xa9", 64);
        C(targets[i], "UTF-8", "\xe2\x82\xac\xc5\x93", 64);
        C(targets[i], "UTF-8", "\xf0\x9f\x98\x80!", 64);
    }
    /* Everything to UTF-8. */
    C("UTF-8", "UTF-16", "\xff\xfe" "A\0\xe9\0", 64);
    C("UTF-8", "UTF-16", "\xfe\xff\0A\0\xe9", 64);
    C("UTF-8", "UTF-16", "A\0", 64);
    C("UTF-8", "UTF-16BE", "\xd8\x3d\xde\x00", 64);
    C("UTF-8", "UTF-16LE", "\x3d\xd8", 64);
    C("UTF-8", "UTF-16LE", "\x00\xde", 64);
    C("UTF-8", "UTF-16LE", "\x3d\xd8" "A\0", 64);
    C("UTF-8", "UTF-16LE", "A\0B", 64);
    C("UTF-8", "UCS-2", "\xfe\xff\x00\x41", 64);
    C("UTF-8", "UCS-2BE", "\x20\xac", 64);
    C("UTF-8", "UTF-32", "\xff\xfe\0\0" "A\0\0\0", 64);
    C("UTF-8", "UTF-32", "\0\0\xfe\xff\0\0\0A", 64);
    C("UTF-8", "UTF-32BE", "\0\0\0A\0\x01\xf6\x00", 64);
    C("UTF-8", "UTF-32LE", "\0\xd8\0\0", 64);
    C("UTF-8", "UTF-32LE", "\0\0\x11\0", 64);
    C("UTF-8", "UCS-4", "\0\0\x20\xac", 64);
    C("UTF-8", "WCHAR_T", "A\0\0\0\xac\x20\0\0", 64);
    C("UTF-8", "LATIN1", "\xe9\xff", 64);
    C("UTF-8", "LATIN9", "\xa4\xbd\xe9", 64);
    C("UTF-8", "CP1252", "\x80\x41\x9f", 64);
    C("UTF-8", "CP1252", "\x81", 64);
    C("UTF-8", "ASCII", "A\x80", 64);
    /* Malformed UTF-8. */
    C("UTF-16LE", "UTF-8", "A\xc3", 64);
    C("UTF-16LE", "UTF-8", "A\xe2\x82", 64);
    C("UTF-16LE", "UTF-8", "A\xff", 64);
    C("UTF-16LE", "UTF-8", "\xc0\x80", 64);
    C("UTF-16LE", "UTF-8", "\xe0\x80\x80", 64);
    C("UTF-16LE", "UTF-8", "\xed\xa0\x80", 64);
    C("UTF-16LE", "UTF-8", "\xf4\x90\x80\x80", 64);
    C("UTF-16LE", "UTF-8", "\x80", 64);
    C("UTF-16LE", "UTF-8", "\xef\xbb\xbf" "A", 64);
    /* Unencodable characters, //TRANSLIT and //IGNORE. */
    C("ASCII", "UTF-8", "A\xc3\xa9", 64);
    C("LATIN1", "UTF-8", "\xe2\x82\xac", 64);
    C("ASCII//TRANSLIT", "UTF-8", "\xc3\xa9 \xe2\x82\xac \xc2\xab\xe2\x80\x9cq\xe2\x80\x9d\xc2\xbb \xc3\x9f \xe2\x80\x94 \xe2\x80\xa6 \xe2\x84\xa2 \xc2\xbd \xce\xb1\xce\xb2 \xd0\x96 \xe4\xb8\xad", 256);
    C("LATIN1//TRANSLIT", "UTF-8", "\xe2\x82\xac\xc3\xa9", 64);
    C("ASCII//IGNORE", "UTF-8", "A\xc3\xa9z", 64);
    C("ASCII//IGNORE", "UTF-8", "A\xffz", 64);
    C("ASCII//TRANSLIT//IGNORE", "UTF-8", "A\xe2\x82\xac", 64);
    C("UCS-2", "UTF-8", "\xf0\x9f\x98\x80", 64);
    /* A full output buffer. */
    C("UTF-8", "UTF-8", "abcdef", 3);
    C("UTF-16", "UTF-8", "abc", 3);
    C("UTF-16", "UTF-8", "abc", 1);
    C("UTF-8", "LATIN1", "\xe9\xe9", 3);
    C("ASCII//TRANSLIT", "UTF-8", "x\xe2\x82\xac", 3);
    /* Names. */
    C("utf8", "latin1", "\xe9", 64);
    C("ISO_8859-1", "ISO8859-1", "A", 64);
    C("UTF8", "ANSI_X3.4-1968", "A", 64);
    C("us-ascii", "Windows-1252", "A", 64);
    C("", "UTF-8", "A", 64);
    C("UTF-8", "", "A", 64);
    C("KLINGON", "UTF-8", "A", 64);
    C("UTF-8", "EBCDIC-XX", "A", 64);

    /* Resets write a new byte-order mark; the input side reads a new one. */
    iconv_t cd = iconv_open("UTF-16", "UTF-8");
    char out[64], *op = out;
    size_t ol = sizeof out;
    const char *parts[] = {"a", "b", "c"};
    for (int i = 0; i < 3; i++) {
        char *ip = (char *)parts[i];
        size_t il = 1;
        iconv(cd, &ip, &il, &op, &ol);
        if (i == 0) iconv(cd, NULL, NULL, &op, &ol);
        if (i == 1) iconv(cd, NULL, NULL, NULL, NULL);
    }
    printf("resets:");
    for (char *p = out; p < op; p++) printf(" %02x", (unsigned char)*p);
    printf("\n");
    iconv_close(cd);

    /* Converting a long text in pieces through a small buffer, as programs do. */
    cd = iconv_open("UTF-16LE", "UTF-8");
    char text[600];
    size_t tl = 0;
    for (int i = 0; i < 100; i++) tl += (size_t)sprintf(text + tl, "%s", i % 3 ? "\xc3\xa9t\xc3\xa9" : "\xf0\x9f\x98\x80");
    char *ip = text;
    size_t il = tl, total = 0, rounds = 0;
    unsigned sum = 0;
    while (il > 0) {
        char small[7], *sp = small;
        size_t sl = sizeof small;
        size_t r = iconv(cd, &ip, &il, &sp, &sl);
        if (r == (size_t)-1 && errno != E2BIG) break;
        for (char *p = small; p < sp; p++) sum = sum * 31 + (unsigned char)*p;
        total += (size_t)(sp - small);
        rounds++;
    }
    printf("pieces: %zu bytes in %zu rounds, checksum %u, left %zu\n", total, rounds, sum, il);
    iconv_close(cd);
    return 0;
}
