/* getenv sees only what --env passes; --clock=fixed:SECONDS freezes
   time() and clock() (run by tests/tests/c_files.rs with
   --env GREETING=hello --env EMPTY= --env FROM_HOST --env NOT_SET
   --env TZ=CET-1CEST,M3.5.0,M10.5.0/3 --clock=fixed:1700000000). */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static void show(const char *name) {
    const char *v = getenv(name);
    printf("%s=%s%s%s\n", name, v ? "\"" : "", v ? v : "(unset)", v ? "\"" : "");
}

int main(void) {
    show("GREETING");
    show("EMPTY");
    show("FROM_HOST");
    show("NOT_SET");
    show("PATH");
    show("HOME");
    time_t t = time(NULL);
    printf("time %ld\n", (long)t);
    printf("clock %ld\n", (long)clock());
    struct timespec ts;
    timespec_get(&ts, TIME_UTC);
    printf("timespec %ld.%09ld\n", (long)ts.tv_sec, ts.tv_nsec);
    char buf[64];
    strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S %Z", localtime(&t));
    printf("local %s\n", buf);
    strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S %Z", gmtime(&t));
    printf("utc   %s\n", buf);
    printf("ctime %s", ctime(&t));
    return 0;
}
