/*
 * A C host running a C script through libvoxvm, compiled and run by
 * tests/tests/capi.rs. The script is compiled from a string; it calls host
 * functions by their prototypes; the host calls the script's on_event
 * repeatedly; a script stuck in `for (;;);` is stopped by the step limit, one
 * that mallocs forever by the memory cap, and one spinning while another
 * thread interrupts it; the host stays alive and keeps calling. With a
 * directory as argument, the script gets it as /box (read-write), a
 * variable and a fixed clock, and writes a file there. Prints "all C script
 * checks passed" and exits 0, or prints each failed check.
 */
#include "voxvm.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

static int failures, checks;

#define CHECK(cond, ...)                                                    \
    do {                                                                    \
        checks++;                                                           \
        if (!(cond)) {                                                      \
            fprintf(stderr, "FAIL %s:%d: %s: ", __FILE__, __LINE__, #cond); \
            fprintf(stderr, __VA_ARGS__);                                   \
            fprintf(stderr, "\n");                                          \
            failures++;                                                     \
        }                                                                   \
    } while (0)

struct buf {
    char data[8192];
    size_t len;
};

static void capture(const char *data, size_t len, void *user) {
    struct buf *b = user;
    if (b->len + len < sizeof b->data) {
        memcpy(b->data + b->len, data, len);
        b->len += len;
        b->data[b->len] = 0;
    }
}

static int host_add(voxvm *vm, const uint64_t *args, size_t n, uint64_t *result, void *user) {
    (void)vm; (void)n; (void)user;
    *result = voxvm_from_i64((int32_t)args[0] + (int32_t)args[1]);
    return 0;
}

static char last_log[256];
static int host_log(voxvm *vm, const uint64_t *args, size_t n, uint64_t *result, void *user) {
    (void)vm; (void)n; (void)result; (void)user;
    const char *s = (const char *)(uintptr_t)args[0]; /* VOXVM_STR: a host copy */
    snprintf(last_log, sizeof last_log, "%s", s);
    return 0;
}

static const char *script =
    "#include <stdio.h>\n"
    "#include <stdlib.h>\n"
    "#include \"game.h\"\n"
    "static int total;\n"
    "int on_event(int x) {\n"
    "    total = host_add(total, x);\n"
    "    char msg[64];\n"
    "    snprintf(msg, sizeof msg, \"event %d total %d\", x, total);\n"
    "    host_log(msg);\n"
    "    printf(\"%s\\n\", msg);\n"
    "    fflush(stdout);\n"
    "    return total;\n"
    "}\n"
    "int spin(void) { for (;;) {} }\n"
    "int hog(void) {\n"
    "    for (;;) { char *p = malloc(1 << 20); p[0] = 1; }\n"
    "}\n"
    "int careful_hog(void) {\n"
    "    int n = 0;\n"
    "    while (malloc(1 << 20)) n++;\n"
    "    return n;\n"
    "}\n"
    "#include <time.h>\n"
    "int use_world(void) {\n"
    "    FILE *f = fopen(\"note.txt\", \"w\"); /* in the working directory, /box */\n"
    "    if (!f) return -1;\n"
    "    fprintf(f, \"%s %ld\\n\", getenv(\"MODE\"), (long)time(0));\n"
    "    fclose(f);\n"
    "    return fopen(\"/etc/passwd\", \"r\") == NULL && getenv(\"HOME\") == NULL;\n"
    "}\n";

struct stopper {
    voxvm_interrupter *h;
};

static void *interrupt_later(void *arg) {
    struct stopper *s = arg;
    struct timespec t = {0, 50 * 1000 * 1000};
    nanosleep(&t, NULL);
    voxvm_interrupt(s->h);
    return NULL;
}

int main(int argc, char **argv) {
    const char *box = argc > 1 ? argv[1] : NULL;
    voxvm *vm = voxvm_new();
    struct buf out = {{0}, 0};
    voxvm_set_output(vm, capture, &out);
    voxvm_set_max_memory(vm, 64u << 20);
    const voxvm_type two_ints[] = {VOXVM_I32, VOXVM_I32};
    const voxvm_type one_str[] = {VOXVM_STR};
    CHECK(voxvm_define(vm, "host_add", two_ints, 2, VOXVM_I32, host_add, NULL) == VOXVM_OK, "%s", voxvm_last_error(vm));
    CHECK(voxvm_define(vm, "host_log", one_str, 1, VOXVM_VOID, host_log, NULL) == VOXVM_OK, "%s", voxvm_last_error(vm));
    CHECK(voxvm_add_header(vm, "game.h", "int host_add(int a, int b);\nvoid host_log(const char *msg);\n") == VOXVM_OK,
          "%s", voxvm_last_error(vm));
    if (box) {
        /* What the script may reach, decided before it is loaded. */
        CHECK(voxvm_grant_dir(vm, box, "/box", 1) == VOXVM_OK, "%s", voxvm_last_error(vm));
        CHECK(voxvm_grant_dir(vm, "/no/such/dir", NULL, 0) == VOXVM_ERROR, "granted a missing directory");
        CHECK(voxvm_set_env(vm, "MODE", "test") == VOXVM_OK, "%s", voxvm_last_error(vm));
        CHECK(voxvm_set_clock(vm, VOXVM_CLOCK_FIXED, 1000) == VOXVM_OK, "%s", voxvm_last_error(vm));
        CHECK(voxvm_set_random(vm, VOXVM_RANDOM_SEEDED, 7) == VOXVM_OK, "%s", voxvm_last_error(vm));
        CHECK(voxvm_set_random(vm, 5, 7) == VOXVM_ERROR, "accepted random mode 5");
        CHECK(voxvm_set_cwd(vm, "/box") == VOXVM_OK, "%s", voxvm_last_error(vm));
    }

    /* A compile error is reported with its location, and nothing is loaded. */
    CHECK(voxvm_load_c(vm, "int f(void) { return x; }\n", "bad.c") == VOXVM_ERROR, "bad script loaded");
    CHECK(strstr(voxvm_last_error(vm), "bad.c:1:22") && strstr(voxvm_last_error(vm), "undeclared identifier `x`"),
          "diagnostic: %s", voxvm_last_error(vm));
    /* Compiling reads no host file: not by #include, not by __has_include. */
    CHECK(voxvm_load_c(vm, "#include \"/etc/passwd\"\n", "peek.c") == VOXVM_ERROR, "included a host file");
    CHECK(strstr(voxvm_last_error(vm), "peek.c:1:2") && strstr(voxvm_last_error(vm), "file not found") &&
              !strstr(voxvm_last_error(vm), "root"),
          "diagnostic: %s", voxvm_last_error(vm));
    CHECK(voxvm_load_c(vm, "#if __has_include(\"/etc/passwd\") || __has_include(\"../../../../../etc/passwd\")\n"
                           "#error host file seen\n#else\n#error no host file\n#endif\n", "probe.c") == VOXVM_ERROR,
          "probe script loaded");
    CHECK(!strstr(voxvm_last_error(vm), "host file seen") && strstr(voxvm_last_error(vm), "no host file"),
          "diagnostic: %s", voxvm_last_error(vm));

    CHECK(voxvm_load_c(vm, script, "game.c") == VOXVM_OK, "%s", voxvm_last_error(vm));
    uint64_t r = 0;
    int64_t want = 0;
    for (int i = 1; i <= 100; i++) {
        uint64_t arg = (uint64_t)i;
        want += i;
        int rc = voxvm_call(vm, "on_event", &arg, 1, &r);
        CHECK(rc == VOXVM_OK && (int32_t)r == want, "on_event(%d): rc %d, %d: %s", i, rc, (int)(int32_t)r, voxvm_last_error(vm));
    }
    CHECK(strcmp(last_log, "event 100 total 5050") == 0, "host_log got `%s`", last_log);
    CHECK(strstr(out.data, "event 1 total 1\nevent 2 total 3\n") != NULL, "output: %s", out.data);

    /* A script stuck in a loop: the step limit stops it, the host goes on. */
    voxvm_set_max_steps(vm, 100000);
    int rc = voxvm_call(vm, "spin", NULL, 0, &r);
    CHECK(rc == VOXVM_TRAP && strstr(voxvm_last_error(vm), "step limit"), "spin: rc %d: %s", rc, voxvm_last_error(vm));
    CHECK(strstr(voxvm_last_error(vm), "game.c:14"), "trap location: %s", voxvm_last_error(vm));
    voxvm_set_max_steps(vm, 100000); /* a fresh budget */
    uint64_t one = 1;
    rc = voxvm_call(vm, "on_event", &one, 1, &r);
    CHECK(rc == VOXVM_OK && (int32_t)r == 5051, "after the step limit: rc %d, %d: %s", rc, (int)r, voxvm_last_error(vm));
    voxvm_set_max_steps(vm, 0);

    /* A script that mallocs forever: malloc returns NULL at the memory cap;
       this one writes through it and traps; a careful one stops. */
    rc = voxvm_call(vm, "hog", NULL, 0, &r);
    CHECK(rc == VOXVM_TRAP && strstr(voxvm_last_error(vm), "out-of-bounds access"), "hog: rc %d: %s", rc, voxvm_last_error(vm));
    rc = voxvm_call(vm, "careful_hog", NULL, 0, &r);
    CHECK(rc == VOXVM_OK && (int64_t)r < 64, "careful_hog: rc %d, %d blocks: %s", rc, (int)r, voxvm_last_error(vm));

    /* Interrupted from another thread. */
    voxvm_interrupter *h = voxvm_get_interrupter(vm);
    CHECK(h != NULL, "%s", voxvm_last_error(vm));
    struct stopper s = {h};
    pthread_t t;
    pthread_create(&t, NULL, interrupt_later, &s);
    rc = voxvm_call(vm, "spin", NULL, 0, &r);
    pthread_join(t, NULL);
    CHECK(rc == VOXVM_TRAP && strstr(voxvm_last_error(vm), "interrupted"), "interrupt: rc %d: %s", rc, voxvm_last_error(vm));
    voxvm_interrupter_free(h);

    if (box) {
        rc = voxvm_call(vm, "use_world", NULL, 0, &r);
        CHECK(rc == VOXVM_OK && (int32_t)r == 1, "use_world: rc %d, %d: %s", rc, (int)(int32_t)r, voxvm_last_error(vm));
        char path[1024], line[64] = {0};
        snprintf(path, sizeof path, "%s/note.txt", box);
        FILE *f = fopen(path, "r");
        CHECK(f && fgets(line, sizeof line, f) && strcmp(line, "test 1000\n") == 0, "note.txt: `%s`", line);
        if (f) fclose(f);
        CHECK(voxvm_grant_dir(vm, box, NULL, 0) == VOXVM_ERROR, "granted after loading");
    }

    /* Still alive. */
    rc = voxvm_call(vm, "on_event", &one, 1, &r);
    CHECK(rc == VOXVM_OK && (int32_t)r == 5052, "at the end: rc %d, %d: %s", rc, (int)r, voxvm_last_error(vm));
    voxvm_free(vm);

    /* The heap checker: a use after free traps, naming the access, the
       allocation and the free; without it the same call returns. */
    for (int check = 0; check <= 1; check++) {
        static const char uaf[] =
            "#include <stdlib.h>\n"
            "int stale(void) {\n"
            "    int *p = malloc(8 * sizeof(int));\n"
            "    p[1] = 41;\n"
            "    free(p);\n"
            "    return p[1] + 1;\n"
            "}\n";
        voxvm *hv = voxvm_new();
        CHECK(voxvm_set_check_heap(hv, check) == VOXVM_OK, "%s", voxvm_last_error(hv));
        CHECK(voxvm_load_c(hv, uaf, "uaf.c") == VOXVM_OK, "%s", voxvm_last_error(hv));
        CHECK(voxvm_set_check_heap(hv, 1) == VOXVM_ERROR, "voxvm_set_check_heap after loading");
        rc = voxvm_call(hv, "stale", NULL, 0, &r);
        if (check) {
            const char *e = voxvm_last_error(hv);
            CHECK(rc == VOXVM_TRAP && strstr(e, "heap-use-after-free") && strstr(e, "allocated at stale (uaf.c:3)") &&
                      strstr(e, "freed at stale (uaf.c:5)") && strstr(e, "(uaf.c:6)"),
                  "checked: rc %d: %s", rc, e);
        } else {
            CHECK(rc == VOXVM_OK && (int32_t)r == 42, "unchecked: rc %d, %d: %s", rc, (int)r, voxvm_last_error(hv));
        }
        voxvm_free(hv);
    }

    if (failures) {
        fprintf(stderr, "%d of %d C script checks failed\n", failures, checks);
        return 1;
    }
    printf("all C script checks passed (%d)\n", checks);
    return 0;
}
