/* <iconv.h> (POSIX): character set conversion, inside the VM. Encodings:
   UTF-8, ASCII (US-ASCII, ANSI_X3.4-1968, and "" for the C locale's),
   ISO-8859-1 (LATIN1), ISO-8859-15 (LATIN9), CP1252 (WINDOWS-1252), UTF-16,
   UTF-16LE/BE, UCS-2, UCS-2LE/BE, UTF-32, UTF-32LE/BE, UCS-4, UCS-4LE/BE and
   WCHAR_T, named in any case with or without '-' and '_'. As glibc: UTF-16
   and UTF-32 write a byte-order mark and little-endian code units and read
   either order by the mark (little-endian without one), UCS-2 is
   little-endian, UCS-4 big-endian; "//TRANSLIT" spells what the target
   cannot encode as glibc's C locale does ("EUR" for the euro sign, '?' when
   it knows nothing better) and "//IGNORE" skips it (iconv then ends with
   EILSEQ). Another name fails with EINVAL. */
#ifndef _ICONV_H
#define _ICONV_H
#include <stddef.h>
typedef void *iconv_t;
iconv_t iconv_open(const char *tocode, const char *fromcode);
size_t iconv(iconv_t cd, char **inbuf, size_t *inbytesleft, char **outbuf, size_t *outbytesleft);
int iconv_close(iconv_t cd);
#endif
