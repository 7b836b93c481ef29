/* sparse switch with large, negative and widely spaced case values */
#include <stdio.h>

static int classify(long v) {
    switch (v) {
    case -1000000: return 1;
    case -7: return 2;
    case 0: return 3;
    case 13: return 4;
    case 1024: return 5;
    case 65537: return 6;
    case 2147483647: return 7;
    case 4294967296L: return 8;
    case -9223372036854775807L - 1: return 9;
    case 9223372036854775807L: return 10;
    }
    return 0;
}

static const char *http(int code) {
    switch (code) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 301: return "Moved";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 500: return "Server Error";
    case 503: return "Unavailable";
    default: return "Unknown";
    }
}

int main(void) {
    long vals[] = { -1000000, -7, 0, 13, 1024, 65537, 2147483647, 4294967296L, -9223372036854775807L - 1, 9223372036854775807L, 1, -8, 1023, 4294967295L };
    unsigned i;
    for (i = 0; i < sizeof vals / sizeof vals[0]; i++) printf("%ld -> %d\n", vals[i], classify(vals[i]));
    int codes[] = { 200, 204, 302, 404, 500, 503, 999, -1 };
    for (i = 0; i < 8; i++) printf("%d %s\n", codes[i], http(codes[i]));
    unsigned u = 0xffffffffu;
    switch (u) {
    case 0xffffffffu: printf("unsigned max matched\n"); break;
    default: printf("no\n");
    }
    return 0;
}
