/* string.h: strtok with several delimiters, consecutive delimiters, changing delimiters and restarts */
#include <stdio.h>
#include <string.h>

static void split(const char *input, const char *delims) {
    char buf[128];
    strcpy(buf, input);
    printf("split \"%s\" by \"%s\":", input, delims);
    int n = 0;
    for (char *tok = strtok(buf, delims); tok; tok = strtok(NULL, delims)) {
        printf(" <%s>", tok);
        n++;
    }
    printf(" (%d)\n", n);
}

int main(void) {
    split("a,b,c", ",");
    split(",,a,,b,,", ",");
    split("one two  three   four", " ");
    split("key=value; other = thing ;last", "=; ");
    split("", ",");
    split(",,,,", ",");
    split("nodelims", ",");
    split("nodelims", "");
    split("a\tb\nc d", " \t\n");
    char line[] = "cmd arg1,arg2,arg3 tail";
    char *cmd = strtok(line, " ");
    char *args = strtok(NULL, " ");
    char *tail = strtok(NULL, "");
    printf("cmd=%s args=%s tail=%s\n", cmd, args, tail ? tail : "(null)");
    char *after = strtok(NULL, " ");
    printf("after end: %s\n", after ? after : "(null)");
    char csv[] = "10;20;;30;x";
    int sum = 0;
    for (char *t = strtok(csv, ";"); t; t = strtok(NULL, ";")) sum += (t[0] >= '0' && t[0] <= '9') ? (t[0] - '0') * 10 + (t[1] - '0') : 0;
    printf("sum=%d\n", sum);
    char path[] = "/usr//local/bin/";
    char *parts[8];
    int np = 0;
    for (char *t = strtok(path, "/"); t && np < 8; t = strtok(NULL, "/")) parts[np++] = t;
    for (int i = np - 1; i >= 0; i--) printf("%s%s", parts[i], i ? " < " : "\n");
    return 0;
}
