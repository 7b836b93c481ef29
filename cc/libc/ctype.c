/* <ctype.h> in the "C" locale. A true answer is glibc's class bit (isalpha
   gives 1024, isdigit 2048...), so programs that add or print the results
   see what they see with glibc. */
#include <ctype.h>

/* Macros, not functions: each class function stays a leaf the compiler
   inlines. */
#define alpha(c) ((unsigned)(((c) | 32) - 'a') < 26)
#define digit(c) ((unsigned)((c) - '0') < 10)
#define graph(c) ((unsigned)((c) - '!') < 94)

/* glibc's _ISbit values on a little-endian machine. */
enum {
    IS_UPPER = 1 << 8, IS_LOWER = 1 << 9, IS_ALPHA = 1 << 10, IS_DIGIT = 1 << 11,
    IS_XDIGIT = 1 << 12, IS_SPACE = 1 << 13, IS_PRINT = 1 << 14, IS_GRAPH = 1 << 15,
    IS_BLANK = 1 << 0, IS_CNTRL = 1 << 1, IS_PUNCT = 1 << 2, IS_ALNUM = 1 << 3
};

int isalnum(int c) { return (alpha(c) | digit(c)) * IS_ALNUM; }
int isalpha(int c) { return alpha(c) * IS_ALPHA; }
int isblank(int c) { return (c == ' ' || c == '\t') * IS_BLANK; }
int iscntrl(int c) { return ((unsigned)c < 32 || c == 127) * IS_CNTRL; }
int isdigit(int c) { return digit(c) * IS_DIGIT; }
int isgraph(int c) { return graph(c) * IS_GRAPH; }
int islower(int c) { return ((unsigned)(c - 'a') < 26) * IS_LOWER; }
int isprint(int c) { return ((unsigned)(c - ' ') < 95) * IS_PRINT; }
int ispunct(int c) { return (graph(c) && !alpha(c) && !digit(c)) * IS_PUNCT; }
int isspace(int c) { return (c == ' ' || (unsigned)(c - '\t') < 5) * IS_SPACE; }
int isupper(int c) { return ((unsigned)(c - 'A') < 26) * IS_UPPER; }
int isxdigit(int c) { return (digit(c) || (unsigned)((c | 32) - 'a') < 6) * IS_XDIGIT; }
int isascii(int c) { return !(c & ~0x7f); }
int toascii(int c) { return c & 0x7f; }
int tolower(int c) { return (unsigned)(c - 'A') < 26 ? c | 32 : c; }
int toupper(int c) { return (unsigned)(c - 'a') < 26 ? c & 0x5f : c; }

/* The _l forms: every locale is the C locale. */
int isalnum_l(int c, locale_t loc) { return (void)loc, isalnum(c); }
int isalpha_l(int c, locale_t loc) { return (void)loc, isalpha(c); }
int isblank_l(int c, locale_t loc) { return (void)loc, isblank(c); }
int iscntrl_l(int c, locale_t loc) { return (void)loc, iscntrl(c); }
int isdigit_l(int c, locale_t loc) { return (void)loc, isdigit(c); }
int isgraph_l(int c, locale_t loc) { return (void)loc, isgraph(c); }
int islower_l(int c, locale_t loc) { return (void)loc, islower(c); }
int isprint_l(int c, locale_t loc) { return (void)loc, isprint(c); }
int ispunct_l(int c, locale_t loc) { return (void)loc, ispunct(c); }
int isspace_l(int c, locale_t loc) { return (void)loc, isspace(c); }
int isupper_l(int c, locale_t loc) { return (void)loc, isupper(c); }
int isxdigit_l(int c, locale_t loc) { return (void)loc, isxdigit(c); }
int tolower_l(int c, locale_t loc) { return (void)loc, tolower(c); }
int toupper_l(int c, locale_t loc) { return (void)loc, toupper(c); }
