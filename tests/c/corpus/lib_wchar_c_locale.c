/* <wchar.h>, <wctype.h>, <uchar.h> in the C locale: wide strings, the
   ASCII-only conversions, classification and case mapping. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uchar.h>
#include <wchar.h>
#include <wctype.h>

int main(void) {
    wchar_t a[32] = L"wide string", b[32];
    printf("wcslen %zu\n", wcslen(a));
    wcscpy(b, a);
    wcscat(b, L"!");
    printf("wcscmp %d %d %d\n", wcscmp(a, b) < 0, wcscmp(b, a) > 0, wcscmp(a, a));
    printf("wcsncmp %d\n", wcsncmp(a, b, 11));
    printf("wcschr %td wcsrchr %td\n", wcschr(a, L'i') - a, wcsrchr(a, L'i') - a);
    printf("wcsstr %td, missing %d\n", wcsstr(a, L"str") - a, wcsstr(a, L"zz") == NULL);
    printf("wcsspn %zu wcscspn %zu\n", wcsspn(a, L"diew"), wcscspn(a, L" "));
    wchar_t tok[] = L"a,b,,c", *save, *t;
    for (t = wcstok(tok, L",", &save); t; t = wcstok(NULL, L",", &save)) printf("[%ls]", t);
    printf("\n");
    wmemset(b, L'x', 3);
    b[3] = 0;
    printf("wmemset %ls, wmemcmp %d, wmemchr %d\n", b, wmemcmp(b, L"xxy", 3) < 0, wmemchr(b, L'x', 3) == b);
    wchar_t *end;
    printf("wcstol %ld", wcstol(L"  -123abc", &end, 10));
    printf(" rest %ls, wcstod %g", end, wcstod(L"2.5e3", NULL));
    printf(", wcstoul %lu\n", wcstoul(L"0x1f", NULL, 16));

    mbstate_t st;
    memset(&st, 0, sizeof st);
    wchar_t wc;
    size_t r = mbrtowc(&wc, "A", 1, &st);
    printf("mbrtowc 'A': %zu %d\n", r, (int)wc);
    r = mbrtowc(&wc, "", 1, &st);
    printf("mbrtowc '': %zu\n", r);
    r = mbrtowc(&wc, "A", 0, &st);
    printf("mbrtowc n=0: %d\n", r == (size_t)-2);
    r = mbrtowc(&wc, "\x80", 1, &st);
    printf("mbrtowc 0x80: %d\n", r == (size_t)-1);
    char mb[8];
    r = wcrtomb(mb, L'z', &st);
    printf("wcrtomb 'z': %zu %c\n", r, mb[0]);
    r = wcrtomb(mb, 0xe9, &st);
    printf("wcrtomb 0xe9: %d\n", r == (size_t)-1);
    const char *src = "convert me";
    wchar_t wide[32];
    r = mbsrtowcs(wide, &src, 32, &st);
    printf("mbsrtowcs %zu %ls src %s\n", r, wide, src ? "set" : "NULL");
    const wchar_t *wsrc = wide;
    char narrow[32];
    r = wcsrtombs(narrow, &wsrc, 32, &st);
    printf("wcsrtombs %zu %s\n", r, narrow);
    printf("mblen %d %d, MB_CUR_MAX %d\n", mblen("x", 1), mblen("", 1), (int)MB_CUR_MAX);
    printf("btowc %d %d, wctob %d %d\n", (int)btowc('q'), btowc(0xe9) == WEOF, wctob(L'q'), wctob(0xe9));
    char16_t c16;
    char32_t c32;
    r = mbrtoc16(&c16, "Q", 1, &st);
    printf("mbrtoc16 %zu %u\n", r, (unsigned)c16);
    r = mbrtoc32(&c32, "R", 1, &st);
    printf("mbrtoc32 %zu %u\n", r, (unsigned)c32);
    r = c32rtomb(mb, U'S', &st);
    printf("c32rtomb %zu %c\n", r, mb[0]);

    int classes = 0;
    for (wint_t c = 0; c < 128; c++) {
        classes += iswalpha(c) != 0;
        classes += (iswdigit(c) != 0) * 100;
        classes += (iswspace(c) != 0) * 10000;
        classes += (iswpunct(c) != 0) * 1000000;
    }
    printf("ASCII classes %d\n", classes);
    printf("beyond ASCII: alpha %d upper %d towupper %x towlower %x\n", iswalpha(0xe9) != 0, iswupper(0xc9) != 0,
           (unsigned)towupper(0xe9), (unsigned)towlower(0xc9));
    printf("towupper %lc towlower %lc\n", (wint_t)towupper(L'a'), (wint_t)towlower(L'B'));
    wctype_t alpha = wctype("alpha"), none = wctype("nonsense");
    printf("wctype %d %d, iswctype %d %d\n", alpha != 0, none == 0, iswctype(L'a', alpha) != 0, iswctype(L'1', alpha));
    wctrans_t up = wctrans("toupper");
    printf("towctrans %lc, bad %d\n", (wint_t)towctrans(L'm', up), wctrans("bogus") == 0);
    return 0;
}
