/* The environment as the program sees and changes it: run with
   --env A=1 --env B=two (see tests/c_files.rs). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void show(const char *when) {
    printf("%s:", when);
    for (char **e = environ; *e; e++) printf(" %s", *e);
    printf("\n");
}

int main(void) {
    show("start");
    printf("A=%s B=%s C=%s\n", getenv("A"), getenv("B"), getenv("C") ? "set" : "(null)");
    printf("setenv C: %d\n", setenv("C", "3", 0));
    printf("setenv A no overwrite: %d -> %s\n", setenv("A", "x", 0), getenv("A"));
    printf("setenv A overwrite: %d -> %s\n", setenv("A", "one", 1), getenv("A"));
    show("after setenv");
    printf("unsetenv B: %d -> %s\n", unsetenv("B"), getenv("B") ? "set" : "(null)");
    static char d[] = "D=four";
    printf("putenv D: %d -> %s\n", putenv(d), getenv("D"));
    d[2] = 'F';
    printf("putenv keeps the string: %s\n", getenv("D"));
    errno = 0;
    printf("setenv bad name: %d %d\n", setenv("E=F", "g", 1), errno == EINVAL);
    printf("getenv with '=': %s\n", getenv("A=one") ? "set" : "(null)");
    show("before clearenv");
    printf("clearenv: %d\n", clearenv());
    show("after clearenv");
    printf("setenv Z: %d -> %s\n", setenv("Z", "", 1), getenv("Z"));
    show("end");
    return 0;
}
