/* <regex.h> (POSIX): regcomp/regexec/regerror/regfree, BRE and ERE with
   glibc's syntax and error codes (GNU extensions too: `\+`, `\?`, `\|` in
   BREs, back-references in EREs, `\w \W \s \S \b \B \< \> \` \'`). The C
   locale: bytes, ranges by byte value. The matcher backtracks, keeping
   the leftmost-longest match; submatches are those of the first way
   (greedy, left alternative first) to reach that match, which can differ
   from glibc's in ambiguous cases. Patterns nested more than 1000 deep
   fail with REG_ESPACE. */
#ifndef __VOXCC_REGEX_H
#define __VOXCC_REGEX_H
#include <stddef.h>
#include <sys/types.h>

typedef int regoff_t;
typedef struct {
    size_t re_nsub; /* number of parenthesized subexpressions */
    void *__program;
    int __cflags;
} regex_t;
typedef struct {
    regoff_t rm_so;
    regoff_t rm_eo;
} regmatch_t;

#define REG_EXTENDED 1
#define REG_ICASE (1 << 1)
#define REG_NEWLINE (1 << 2)
#define REG_NOSUB (1 << 3)
#define REG_NOTBOL 1
#define REG_NOTEOL (1 << 1)
#define REG_STARTEND (1 << 2)

typedef enum {
    REG_ENOSYS = -1,
    REG_NOERROR = 0,
    REG_NOMATCH,
    REG_BADPAT,
    REG_ECOLLATE,
    REG_ECTYPE,
    REG_EESCAPE,
    REG_ESUBREG,
    REG_EBRACK,
    REG_EPAREN,
    REG_EBRACE,
    REG_BADBR,
    REG_ERANGE,
    REG_ESPACE,
    REG_BADRPT,
    REG_EEND,
    REG_ESIZE,
    REG_ERPAREN
} reg_errcode_t;

#define RE_DUP_MAX 0x7fff

int regcomp(regex_t *preg, const char *pattern, int cflags);
int regexec(const regex_t *preg, const char *string, size_t nmatch, regmatch_t pmatch[],
            int eflags);
size_t regerror(int errcode, const regex_t *preg, char *errbuf, size_t errbuf_size);
void regfree(regex_t *preg);
#endif
