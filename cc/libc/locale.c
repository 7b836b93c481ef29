/* <locale.h>: the C locale, the only one there is, and its locale_t
   object. */
#include <langinfo.h>
#include <libintl.h>
#include <locale.h>
#include <errno.h>
#include <limits.h>
#include <string.h>

static int is_c(const char *name) {
    return !*name || !strcmp(name, "C") || !strcmp(name, "POSIX");
}

char *setlocale(int category, const char *locale) {
    if (category < LC_CTYPE || category > LC_IDENTIFICATION) {
        errno = EINVAL;
        return 0;
    }
    if (!locale || is_c(locale)) return "C";
    return 0;
}

/* The C locale's object: what newlocale and duplocale return. */
struct __locale_struct {
    int unused;
};
static struct __locale_struct c_locale;
static locale_t current = LC_GLOBAL_LOCALE;

locale_t newlocale(int category_mask, const char *locale, locale_t base) {
    (void)base;
    /* LC_ALL's own bit stands for all the categories, as in glibc. */
    if ((category_mask & ~LC_ALL_MASK) && category_mask != 1 << LC_ALL) {
        errno = EINVAL;
        return 0;
    }
    if (!locale) {
        errno = EINVAL;
        return 0;
    }
    if (!is_c(locale)) {
        errno = ENOENT;
        return 0;
    }
    return &c_locale;
}

locale_t duplocale(locale_t dataset) {
    (void)dataset;
    return &c_locale;
}

void freelocale(locale_t dataset) { (void)dataset; }

/* The calling thread's locale (the program's one thread). */
locale_t uselocale(locale_t dataset) {
    locale_t old = current;
    if (dataset) current = dataset;
    return old;
}

struct lconv *localeconv(void) {
    static struct lconv c = {
        ".", "", "", "", "", "", "", "", "", "",
        CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX,
        CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX,
    };
    return &c;
}

static const char *const days[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday",
                                   "Friday", "Saturday"};
static const char *const months[] = {"January", "February", "March", "April", "May", "June",
                                     "July", "August", "September", "October", "November",
                                     "December"};

static const char *const abdays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
static const char *const abmonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

/* glibc's answers in the C locale. */
char *nl_langinfo(nl_item item) {
    const char *s = "";
    if (item >= DAY_1 && item <= DAY_7) s = days[item - DAY_1];
    else if (item >= MON_1 && item <= MON_12) s = months[item - MON_1];
    else if (item >= ABDAY_1 && item <= ABDAY_7) s = abdays[item - ABDAY_1];
    else if (item >= ABMON_1 && item <= ABMON_12) s = abmonths[item - ABMON_1];
    else switch (item) {
    case CODESET: s = "ANSI_X3.4-1968"; break;
    case RADIXCHAR: s = "."; break;
    case D_T_FMT: s = "%a %b %e %H:%M:%S %Y"; break;
    case D_FMT: s = "%m/%d/%y"; break;
    case T_FMT: s = "%H:%M:%S"; break;
    case T_FMT_AMPM: s = "%I:%M:%S %p"; break;
    case AM_STR: s = "AM"; break;
    case PM_STR: s = "PM"; break;
    case YESEXPR: s = "^[yY]"; break;
    case NOEXPR: s = "^[nN]"; break;
    case CRNCYSTR: s = "-"; break;
    }
    return (char *)s;
}

char *nl_langinfo_l(nl_item item, locale_t loc) {
    (void)loc;
    return nl_langinfo(item);
}

/* <libintl.h>: no catalogues; a message is its own translation. */
char *gettext(const char *msgid) { return (char *)msgid; }
char *dgettext(const char *domain, const char *msgid) {
    (void)domain;
    return (char *)msgid;
}
char *dcgettext(const char *domain, const char *msgid, int category) {
    (void)domain, (void)category;
    return (char *)msgid;
}
char *ngettext(const char *one, const char *many, unsigned long n) {
    return (char *)(n == 1 ? one : many);
}
char *dngettext(const char *domain, const char *one, const char *many, unsigned long n) {
    (void)domain;
    return ngettext(one, many, n);
}
char *dcngettext(const char *domain, const char *one, const char *many, unsigned long n,
                 int category) {
    (void)domain, (void)category;
    return ngettext(one, many, n);
}
char *textdomain(const char *domain) {
    static char current[256] = "messages";
    if (domain && *domain && strlen(domain) < sizeof current) strcpy(current, domain);
    return current;
}
char *bindtextdomain(const char *domain, const char *dir) {
    (void)domain;
    return (char *)(dir ? dir : "/usr/share/locale");
}
char *bind_textdomain_codeset(const char *domain, const char *codeset) {
    (void)domain;
    return (char *)codeset;
}
