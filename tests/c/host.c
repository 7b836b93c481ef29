/*
 * A C host for libvoxvm, compiled and run by tests/tests/capi.rs:
 *
 *     host <program.vvs> <program.vve>
 *
 * Defines host functions in C, loads the program (from the .vvs path, and the
 * .vve from memory), runs it, calls its functions, and checks every result,
 * including the error paths. Prints "all C API checks passed" and exits 0, or
 * prints each failed check to stderr and exits 1.
 */
#include "voxvm.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures = 0;
static int checks = 0;

#define CHECK(cond, ...)                                                                 \
    do {                                                                                 \
        checks++;                                                                        \
        if (!(cond)) {                                                                   \
            fprintf(stderr, "FAIL %s:%d: %s: ", __FILE__, __LINE__, #cond);              \
            fprintf(stderr, __VA_ARGS__);                                                \
            fprintf(stderr, "\n");                                                       \
            failures++;                                                                  \
        }                                                                                \
    } while (0)

struct buf {
    char data[4096];
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

static int c_add(voxvm *vm, const uint64_t *args, size_t n, uint64_t *result, void *user) {
    (void)vm;
    int *calls = user;
    ++*calls;
    if (n != 2) return 1;
    *result = voxvm_from_i64(voxvm_to_i64(args[0]) + voxvm_to_i64(args[1]));
    return 0;
}

static int c_scale(voxvm *vm, const uint64_t *args, size_t n, uint64_t *result, void *user) {
    (void)vm;
    (void)user;
    (void)n;
    *result = voxvm_from_f64(voxvm_to_f64(args[0]) * (double)voxvm_to_f32(args[1]));
    return 0;
}

/* (i8, u16, i32, u64) -> i16: arguments arrive sign-/zero-extended. */
static int c_mix(voxvm *vm, const uint64_t *args, size_t n, uint64_t *result, void *user) {
    (void)vm;
    (void)user;
    (void)n;
    int64_t a = (int64_t)args[0];    /* i8 -1: all ones */
    uint64_t b = args[1];            /* u16 65535 */
    int64_t c = (int64_t)args[2];    /* i32 -7 */
    uint64_t d = args[3];            /* u64 1000 */
    if (a != -1 || b != 65535 || c != -7 || d != 1000) return 2;
    *result = (uint64_t)(int64_t)(int16_t)(a + (int64_t)b + c + (int64_t)d);
    return 0;
}

/* (ptr) -> ptr: reads a string from VM memory, returns an upper-cased copy on the VM heap. */
static int c_shout(voxvm *vm, const uint64_t *args, size_t n, uint64_t *result, void *user) {
    (void)user;
    (void)n;
    char s[128];
    int64_t len = voxvm_read_string(vm, args[0], s, sizeof s);
    if (len < 0) return 1;
    for (int64_t i = 0; i < len; i++) s[i] = (char)toupper((unsigned char)s[i]);
    uint64_t addr;
    if (voxvm_alloc(vm, (uint64_t)len + 1, &addr) != VOXVM_OK) return 1;
    if (voxvm_write_memory(vm, addr, s, (size_t)len + 1) != VOXVM_OK) return 1;
    *result = addr;
    return 0;
}

/* (i64) -> i64: calls bytecode `square` from inside a host function. */
static int c_reenter(voxvm *vm, const uint64_t *args, size_t n, uint64_t *result, void *user) {
    (void)user;
    (void)n;
    uint64_t sq;
    if (voxvm_call(vm, "square", args, 1, &sq) != VOXVM_OK) return 1;
    *result = sq + 1;
    return 0;
}

static int c_fail(voxvm *vm, const uint64_t *args, size_t n, uint64_t *result, void *user) {
    (void)args;
    (void)n;
    (void)result;
    (void)user;
    voxvm_host_error(vm, "c_fail was called");
    return 1;
}

static const char *EXPECTED = "42\n6.0\n991\nHELLO FROM BYTECODE\n37\n";

static void define_all(voxvm *vm, int *calls) {
    const voxvm_type i64x2[] = {VOXVM_I64, VOXVM_I64};
    const voxvm_type f64f32[] = {VOXVM_F64, VOXVM_F32};
    const voxvm_type mix[] = {VOXVM_I8, VOXVM_U16, VOXVM_I32, VOXVM_U64};
    const voxvm_type ptr[] = {VOXVM_PTR};
    const voxvm_type i64[] = {VOXVM_I64};
    CHECK(voxvm_define(vm, "c_add", i64x2, 2, VOXVM_I64, c_add, calls) == VOXVM_OK, "%s",
          voxvm_last_error(vm));
    CHECK(voxvm_define(vm, "c_scale", f64f32, 2, VOXVM_F64, c_scale, NULL) == VOXVM_OK, "%s",
          voxvm_last_error(vm));
    CHECK(voxvm_define(vm, "c_mix", mix, 4, VOXVM_I16, c_mix, NULL) == VOXVM_OK, "%s",
          voxvm_last_error(vm));
    CHECK(voxvm_define(vm, "c_shout", ptr, 1, VOXVM_PTR, c_shout, NULL) == VOXVM_OK, "%s",
          voxvm_last_error(vm));
    CHECK(voxvm_define(vm, "c_reenter", i64, 1, VOXVM_I64, c_reenter, NULL) == VOXVM_OK, "%s",
          voxvm_last_error(vm));
    CHECK(voxvm_define(vm, "c_fail", NULL, 0, VOXVM_VOID, c_fail, NULL) == VOXVM_OK, "%s",
          voxvm_last_error(vm));
}

/* Runs the loaded program and checks everything it does. */
static void exercise(voxvm *vm, struct buf *out, int *calls, const char *how) {
    int rc = voxvm_run(vm);
    CHECK(rc == VOXVM_OK, "%s: run returned %d: %s", how, rc, voxvm_last_error(vm));
    CHECK(voxvm_exit_status(vm) == 7, "%s: exit status %d", how, voxvm_exit_status(vm));
    CHECK(strcmp(out->data, EXPECTED) == 0, "%s: output was [%s]", how, out->data);
    CHECK(*calls == 1, "%s: c_add called %d times", how, *calls);

    uint64_t r = 0, nine = 9;
    rc = voxvm_call(vm, "square", &nine, 1, &r);
    CHECK(rc == VOXVM_OK && r == 81, "%s: square(9) = %llu (rc %d: %s)", how,
          (unsigned long long)r, rc, voxvm_last_error(vm));

    rc = voxvm_call(vm, "fail", NULL, 0, &r);
    CHECK(rc == VOXVM_TRAP, "%s: fail returned %d", how, rc);
    CHECK(strstr(voxvm_last_error(vm), "host function `c_fail` failed: c_fail was called") != NULL,
          "%s: trap message [%s]", how, voxvm_last_error(vm));

    rc = voxvm_call(vm, "no_such_function", NULL, 0, &r);
    CHECK(rc == VOXVM_ERROR && strstr(voxvm_last_error(vm), "no_such_function") != NULL,
          "%s: unknown function: rc %d [%s]", how, rc, voxvm_last_error(vm));

    /* Host-side memory access and allocation. */
    uint64_t addr = 0;
    CHECK(voxvm_alloc(vm, 16, &addr) == VOXVM_OK && addr != 0, "%s: alloc: %s", how,
          voxvm_last_error(vm));
    const char msg[] = "written by C";
    CHECK(voxvm_write_memory(vm, addr, msg, sizeof msg) == VOXVM_OK, "%s: write: %s", how,
          voxvm_last_error(vm));
    char back[32] = {0};
    CHECK(voxvm_read_memory(vm, addr, back, sizeof msg) == VOXVM_OK && strcmp(back, msg) == 0,
          "%s: read back [%s]", how, back);
    CHECK(voxvm_read_string(vm, addr, back, 8) == (int64_t)strlen(msg) && strcmp(back, "written") == 0,
          "%s: truncated string [%s]", how, back);
    CHECK(voxvm_read_memory(vm, 0, back, 1) == VOXVM_ERROR &&
              strstr(voxvm_last_error(vm), "out-of-bounds") != NULL,
          "%s: null guard: [%s]", how, voxvm_last_error(vm));
    CHECK(voxvm_free_memory(vm, addr) == VOXVM_OK, "%s: free: %s", how, voxvm_last_error(vm));
}

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *data = malloc((size_t)n + 1);
    if (data && fread(data, 1, (size_t)n, f) != (size_t)n) {
        free(data);
        data = NULL;
    }
    fclose(f);
    *len = (size_t)n;
    return data;
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: %s program.vvs program.vve\n", argv[0]);
        return 2;
    }

    /* 1. From the source path. */
    {
        voxvm *vm = voxvm_new();
        CHECK(vm != NULL, "voxvm_new");
        struct buf out = {{0}, 0};
        int calls = 0;
        voxvm_set_output(vm, capture, &out);
        define_all(vm, &calls);
        int rc = voxvm_load_file(vm, argv[1]);
        CHECK(rc == VOXVM_OK, "load_file: %s", voxvm_last_error(vm));
        if (rc == VOXVM_OK) exercise(vm, &out, &calls, "from .vvs");
        voxvm_free(vm);
    }

    /* 2. A .vve from memory. */
    {
        size_t len = 0;
        char *bytes = read_file(argv[2], &len);
        CHECK(bytes != NULL, "cannot read %s", argv[2]);
        voxvm *vm = voxvm_new();
        struct buf out = {{0}, 0};
        int calls = 0;
        voxvm_set_output(vm, capture, &out);
        define_all(vm, &calls);
        int rc = bytes ? voxvm_load_vve(vm, (const uint8_t *)bytes, len) : VOXVM_ERROR;
        CHECK(rc == VOXVM_OK, "load_vve: %s", voxvm_last_error(vm));
        if (rc == VOXVM_OK) exercise(vm, &out, &calls, "from .vve bytes");
        voxvm_free(vm);
        free(bytes);
    }

    /* 3. Names are resolved at load: without the host functions, loading fails. */
    {
        voxvm *vm = voxvm_new();
        int rc = voxvm_load_file(vm, argv[1]);
        CHECK(rc == VOXVM_ERROR, "loading without host functions returned %d", rc);
        CHECK(strstr(voxvm_last_error(vm), "unresolved import `c_add`") != NULL &&
                  strstr(voxvm_last_error(vm), "unresolved import `c_fail`") != NULL,
              "message: [%s]", voxvm_last_error(vm));
        CHECK(voxvm_run(vm) == VOXVM_ERROR && strstr(voxvm_last_error(vm), "no module") != NULL,
              "run without a module: [%s]", voxvm_last_error(vm));
        voxvm_free(vm);
    }

    /* 4. Bad arguments are errors, not crashes. */
    {
        voxvm *vm = voxvm_new();
        const voxvm_type bad[] = {(voxvm_type)99};
        CHECK(voxvm_define(vm, "x", bad, 1, VOXVM_I64, c_add, NULL) == VOXVM_ERROR &&
                  strstr(voxvm_last_error(vm), "99") != NULL,
              "bad type: [%s]", voxvm_last_error(vm));
        CHECK(voxvm_define(vm, NULL, NULL, 0, VOXVM_VOID, c_fail, NULL) == VOXVM_ERROR,
              "NULL name accepted");
        CHECK(voxvm_load_asm(vm, ".func main\n  bogus r0\n.end\n", "bad.vvs") == VOXVM_ERROR &&
                  strstr(voxvm_last_error(vm), "unknown mnemonic `bogus`") != NULL,
              "assembly error: [%s]", voxvm_last_error(vm));
        CHECK(voxvm_load_vve(vm, (const uint8_t *)"nope", 4) == VOXVM_ERROR &&
                  strstr(voxvm_last_error(vm), "not a .vve file") != NULL,
              "bad vve: [%s]", voxvm_last_error(vm));
        CHECK(voxvm_load_file(vm, "/nonexistent/prog.vve") == VOXVM_ERROR &&
                  strstr(voxvm_last_error(vm), "cannot read") != NULL,
              "missing file: [%s]", voxvm_last_error(vm));
        CHECK(voxvm_host_error(vm, "x") == VOXVM_ERROR, "host_error outside a host function");
        CHECK(voxvm_run(NULL) == VOXVM_ERROR, "run(NULL)");
        /* A trap in a program: status 70 like the voxvm command. */
        CHECK(voxvm_load_asm(vm, ".func main\n movi.i64 r0, 1\n movi.i64 r1, 0\n div.i64 r0, r0, r1\n halt r0\n.end\n", NULL) == VOXVM_OK,
              "%s", voxvm_last_error(vm));
        CHECK(voxvm_run(vm) == VOXVM_TRAP && voxvm_exit_status(vm) == 70 &&
                  strstr(voxvm_last_error(vm), "division by zero") != NULL,
              "trap: [%s]", voxvm_last_error(vm));
        voxvm_free(vm);
        voxvm_free(NULL);
    }

    if (failures) {
        fprintf(stderr, "%d of %d C API checks failed\n", failures, checks);
        return 1;
    }
    printf("all C API checks passed (%d)\n", checks);
    return 0;
}
