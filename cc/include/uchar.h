/* <uchar.h> for voxcc: char16_t and char32_t, and their conversions in the
   C locale (one ASCII byte per character, as glibc's C locale). */
#ifndef __VOXCC_UCHAR_H
#define __VOXCC_UCHAR_H
#include <stddef.h>
#include <wchar.h>
typedef unsigned short char16_t;
typedef unsigned int char32_t;
size_t mbrtoc16(char16_t *pc, const char *s, size_t n, mbstate_t *ps);
size_t c16rtomb(char *s, char16_t c, mbstate_t *ps);
size_t mbrtoc32(char32_t *pc, const char *s, size_t n, mbstate_t *ps);
size_t c32rtomb(char *s, char32_t c, mbstate_t *ps);
#endif
