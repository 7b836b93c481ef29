/* include-guard pattern (repeated guarded block), __LINE__, #line, __STDC__ and __STDC_VERSION__ checks */
#include <stdio.h>
#include <stdio.h>   /* standard headers are guarded: including twice is harmless */

#ifndef MY_HEADER_H
#define MY_HEADER_H
static int guarded_counter = 1;
#endif

#ifndef MY_HEADER_H
#define MY_HEADER_H
static int guarded_counter = 2; /* would be a redefinition if the guard did not work */
#endif

#define LINE_AS_INT __LINE__
#define STR(x) #x
#define XSTR(x) STR(x)

static int report(int line) { return line; }

int main(void) {
    printf("guarded_counter = %d\n", guarded_counter);
    printf("line %d\n", __LINE__);
    printf("macro line %d\n", LINE_AS_INT);
    printf("reported %d\n", report(__LINE__));
    printf("multi-line call %d\n",
           __LINE__);
    printf("line as string %s\n", XSTR(__LINE__));
#line 1000
    printf("after #line: %d\n", __LINE__);
    printf("next: %d\n", __LINE__);
#if defined(__STDC__) && __STDC__ == 1
    printf("__STDC__ is 1\n");
#endif
#if __STDC_VERSION__ >= 199901L
    printf("at least C99\n");
#endif
#ifdef __STDC_HOSTED__
    printf("hosted = %d\n", __STDC_HOSTED__);
#endif
    return 0;
}
