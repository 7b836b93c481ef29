/* <langinfo.h> for voxcc: the C locale's answers. */
#ifndef __VOXCC_LANGINFO_H
#define __VOXCC_LANGINFO_H
#include <locale.h>
typedef int nl_item;
enum {
    CODESET = 14, RADIXCHAR = 0x10000, THOUSEP = 0x10001,
    D_T_FMT = 0x20028, D_FMT = 0x20029, T_FMT = 0x2002A, T_FMT_AMPM = 0x2002B,
    AM_STR = 0x20026, PM_STR = 0x20027,
    DAY_1 = 0x20007, DAY_2, DAY_3, DAY_4, DAY_5, DAY_6, DAY_7,
    ABDAY_1 = 0x20000, ABDAY_2, ABDAY_3, ABDAY_4, ABDAY_5, ABDAY_6, ABDAY_7,
    ABMON_1 = 0x2000E, ABMON_2, ABMON_3, ABMON_4, ABMON_5, ABMON_6, ABMON_7, ABMON_8,
    ABMON_9, ABMON_10, ABMON_11, ABMON_12,
    MON_1 = 0x2001A, MON_2, MON_3, MON_4, MON_5, MON_6, MON_7, MON_8, MON_9, MON_10,
    MON_11, MON_12,
    YESEXPR = 0x50000, NOEXPR = 0x50001, CRNCYSTR = 0x4000F
};
char *nl_langinfo(nl_item item);
char *nl_langinfo_l(nl_item item, locale_t loc);
#endif
