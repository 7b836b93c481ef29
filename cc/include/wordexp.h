/* <wordexp.h> (POSIX): shell-style word expansion, inside the VM: field
   splitting on $IFS, quotes and backslashes, `~` and `~/` ($HOME; `~user`
   stays as written: the sandbox has no user database), $NAME, ${NAME},
   ${#NAME}, ${NAME:-w}, ${NAME:+w}, ${NAME:=w}, ${NAME:?w} (WRDE_BADVAL) and
   their forms without ':', ${NAME%pat} ${NAME%%pat} ${NAME#pat}
   ${NAME##pat}, $((+ - * / % and parentheses)),
   and pathname expansion over the granted directories (a pattern matching
   nothing stays as written). Command substitution ($(...), `...`) cannot
   run in the sandbox: it fails with WRDE_CMDSUB, with or without
   WRDE_NOCMD. Other ${...} forms fail with WRDE_SYNTAX. */
#ifndef _WORDEXP_H
#define _WORDEXP_H
#include <stddef.h>
typedef struct {
    size_t we_wordc;
    char **we_wordv;
    size_t we_offs;
} wordexp_t;
enum { WRDE_DOOFFS = 1, WRDE_APPEND = 2, WRDE_NOCMD = 4, WRDE_REUSE = 8, WRDE_SHOWERR = 16, WRDE_UNDEF = 32 };
enum { WRDE_NOSYS = -1, WRDE_NOSPACE = 1, WRDE_BADCHAR, WRDE_BADVAL, WRDE_CMDSUB, WRDE_SYNTAX };
int wordexp(const char *words, wordexp_t *pwordexp, int flags);
void wordfree(wordexp_t *pwordexp);
#endif
