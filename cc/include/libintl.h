/* <libintl.h> for voxcc: no message catalogues, so every message is its
   own translation (the C locale's behaviour). */
#ifndef __VOXCC_LIBINTL_H
#define __VOXCC_LIBINTL_H
char *gettext(const char *msgid);
char *dgettext(const char *domain, const char *msgid);
char *dcgettext(const char *domain, const char *msgid, int category);
char *ngettext(const char *one, const char *many, unsigned long n);
char *dngettext(const char *domain, const char *one, const char *many, unsigned long n);
char *dcngettext(const char *domain, const char *one, const char *many, unsigned long n,
                 int category);
char *textdomain(const char *domain);
char *bindtextdomain(const char *domain, const char *dir);
char *bind_textdomain_codeset(const char *domain, const char *codeset);
#endif
