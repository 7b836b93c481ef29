/* program: JSON tokenizer and pretty-printer with validation errors, over strings in the program */
#include <stdio.h>
#include <string.h>
#include <ctype.h>
#include <stdlib.h>

static const char *p;
static int err;
static int depth_max;

static void skip(void) { while (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r') p++; }
static void indent(int d) { for (int i = 0; i < d; i++) fputs("  ", stdout); }
static void value(int d);

static void string(void) {
    putchar('"');
    p++;
    while (*p && *p != '"') {
        if (*p == '\\') {
            putchar(*p++);
            if (!*p) { err = 1; return; }
        }
        putchar(*p++);
    }
    if (*p != '"') { err = 1; return; }
    p++;
    putchar('"');
}

static void number(void) {
    const char *start = p;
    char *end;
    double v = strtod(p, &end);
    if (end == start) { err = 1; return; }
    p = end;
    printf("%.*s", (int)(end - start), start);
    if (v != (long)v) printf("/*%g*/", v);
}

static void object(int d) {
    p++;
    skip();
    if (d + 1 > depth_max) depth_max = d + 1;
    if (*p == '}') { p++; printf("{}"); return; }
    printf("{\n");
    for (;;) {
        skip();
        if (*p != '"') { err = 1; return; }
        indent(d + 1);
        string();
        if (err) return;
        skip();
        if (*p != ':') { err = 1; return; }
        p++;
        printf(": ");
        skip();
        value(d + 1);
        if (err) return;
        skip();
        if (*p == ',') { p++; printf(",\n"); continue; }
        if (*p == '}') { p++; printf("\n"); indent(d); putchar('}'); return; }
        err = 1;
        return;
    }
}

static void array(int d) {
    p++;
    skip();
    if (d + 1 > depth_max) depth_max = d + 1;
    if (*p == ']') { p++; printf("[]"); return; }
    printf("[\n");
    for (;;) {
        skip();
        indent(d + 1);
        value(d + 1);
        if (err) return;
        skip();
        if (*p == ',') { p++; printf(",\n"); continue; }
        if (*p == ']') { p++; printf("\n"); indent(d); putchar(']'); return; }
        err = 1;
        return;
    }
}

static void value(int d) {
    skip();
    if (*p == '{') object(d);
    else if (*p == '[') array(d);
    else if (*p == '"') string();
    else if (*p == '-' || isdigit((unsigned char)*p)) number();
    else if (strncmp(p, "true", 4) == 0) { p += 4; printf("true"); }
    else if (strncmp(p, "false", 5) == 0) { p += 5; printf("false"); }
    else if (strncmp(p, "null", 4) == 0) { p += 4; printf("null"); }
    else err = 1;
}

static void run(const char *src) {
    p = src;
    err = 0;
    depth_max = 0;
    value(0);
    skip();
    if (!err && *p) err = 1;
    printf("\n-- %s (depth %d", err ? "ERROR" : "ok", depth_max);
    if (err) printf(", at offset %td", p - src);
    printf(")\n");
}

int main(void) {
    run("{\"name\":\"voxcc\",\"version\":[0,1,2],\"stable\":false,\"tags\":[],\"meta\":{}}");
    run("[1, -2.5, 3e2, {\"a\": [true, null, \"x\\\"y\"]}, [[[]]]]");
    run("{\"matrix\":[[1,0,0],[0,1,0],[0,0,1]],\"det\":1.0,\"name\":\"identity \\u0033\"}");
    run("  \"just a string\"  ");
    run("42");
    run("{\"unterminated\": [1, 2, 3}");
    run("{\"a\" 1}");
    run("[1, 2,, 3]");
    run("{\"deep\":{\"deeper\":{\"deepest\":{\"bottom\":[0.125, -0.0, 1E-3]}}}}");
    run("[true false]");
    return 0;
}
