/*
 * Many VMs on many C threads through libvoxvm, compiled and run by
 * tests/tests/capi.rs (issue 16). Two C scripts are compiled once, in
 * handles that are then freed; their voxvm_modules are shared, without
 * locks, by THREADS pthreads, each loading them into a fresh handle per
 * instance (its own limits, host functions, output). One instance in 100 is
 * hostile, in each shape in turn: the step limit, an interrupt from a
 * watchdog thread, an allocation bomb at the memory cap, the recursion
 * limit, a null dereference, a host function that fails. Every benign output
 * is checked against the hash computed here, every hostile trap's message
 * for its reason. Prints "all load checks passed (N instances)" and exits 0,
 * or prints each failed check.
 */
#include "voxvm.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#define THREADS 4
#define PER_THREAD 300
#define HOSTILE_EVERY 100
#define MAX_MEMORY (8u << 20)
#define MAX_STEPS 200000
#define MAX_RECURSION 1000

static const char *benign_src =
    "#include <stdio.h>\n"
    "extern long host_seed(void);\n"
    "int main(void) {\n"
    "    long n = host_seed();\n"
    "    unsigned long h = 14695981039346656037UL;\n"
    "    for (long i = 0; i < n; i++)\n"
    "        h = (h ^ (unsigned long)i) * 1099511628211UL;\n"
    "    printf(\"n=%ld hash=%lu\\n\", n, h);\n"
    "    return (int)(h & 63);\n"
    "}\n";

static const char *hostile_src =
    "extern long host_seed(void);\n"
    "extern long host_check(long);\n"
    "static int deep(int x) { return deep(x + 1) + 1; }\n"
    "int main(void) {\n"
    "    long shape = host_seed();\n"
    "    if (shape <= 1) { volatile unsigned long i = 0; for (;;) i++; }\n"
    "    if (shape == 2) for (;;) {\n"
    "        char *p = (char *)__builtin_vox(\"alloc\", 1UL << 20);\n"
    "        for (int i = 0; i < (1 << 20); i += 4096) p[i] = 1;\n"
    "    }\n"
    "    if (shape == 3) return deep(0);\n"
    "    if (shape == 4) { int *volatile p = 0; return *p; }\n"
    "    return (int)host_check(-1);\n"
    "}\n";

/* What each hostile shape's trap message must contain. */
static const char *const reasons[6] = {
    "step limit reached", "interrupted",          "memory limit",
    "recursion limit",    "out-of-bounds access", "host_check: rejected -1",
};

static voxvm_module *benign, *hostile;
static pthread_mutex_t report = PTHREAD_MUTEX_INITIALIZER;
static int failures, checks;

#define CHECK(cond, ...)                                                        \
    do {                                                                        \
        pthread_mutex_lock(&report);                                            \
        checks++;                                                               \
        if (!(cond)) {                                                          \
            fprintf(stderr, "FAIL %s:%d: %s: ", __FILE__, __LINE__, #cond);     \
            fprintf(stderr, __VA_ARGS__);                                       \
            fprintf(stderr, "\n");                                              \
            failures++;                                                         \
        }                                                                       \
        pthread_mutex_unlock(&report);                                          \
    } while (0)

struct buf {
    char data[256];
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

/* host_seed: the instance's number (the benign n, or the hostile shape). */
static int host_seed(voxvm *vm, const uint64_t *args, size_t nargs, uint64_t *result,
                     void *user) {
    (void)vm, (void)args, (void)nargs;
    *result = (uint64_t)*(const long *)user;
    return 0;
}

static int host_check(voxvm *vm, const uint64_t *args, size_t nargs, uint64_t *result,
                      void *user) {
    (void)nargs, (void)user;
    if ((int64_t)args[0] < 0) {
        char msg[64];
        snprintf(msg, sizeof msg, "host_check: rejected %lld", (long long)(int64_t)args[0]);
        voxvm_host_error(vm, msg);
        return 1;
    }
    *result = args[0];
    return 0;
}

static void *watchdog(void *h) {
    struct timespec ts = {0, 2 * 1000 * 1000};
    nanosleep(&ts, NULL);
    voxvm_interrupt(h);
    return NULL;
}

/* Runs instance `i`. */
static void instance(int i) {
    int shape = i % HOSTILE_EVERY == HOSTILE_EVERY - 1 ? (i / HOSTILE_EVERY) % 6 : -1;
    long seed = shape >= 0 ? shape : 10 + i % 37;
    voxvm *vm = voxvm_new();
    struct buf out = {{0}, 0};
    voxvm_type i64 = VOXVM_I64;
    CHECK(vm != NULL, "voxvm_new");
    if (!vm)
        return;
    int ok = voxvm_set_max_memory(vm, MAX_MEMORY) == VOXVM_OK &&
             voxvm_set_max_recursion(vm, MAX_RECURSION) == VOXVM_OK &&
             (shape == 1 || voxvm_set_max_steps(vm, MAX_STEPS) == VOXVM_OK) &&
             voxvm_set_output(vm, capture, &out) == VOXVM_OK &&
             voxvm_define(vm, "host_seed", NULL, 0, VOXVM_I64, host_seed, &seed) == VOXVM_OK &&
             voxvm_define(vm, "host_check", &i64, 1, VOXVM_I64, host_check, NULL) == VOXVM_OK &&
             voxvm_load_module(vm, shape >= 0 ? hostile : benign) == VOXVM_OK;
    CHECK(ok, "instance %d: setting up: %s", i, voxvm_last_error(vm));
    if (!ok) {
        voxvm_free(vm);
        return;
    }
    voxvm_interrupter *h = NULL;
    pthread_t dog;
    if (shape == 1) {
        h = voxvm_get_interrupter(vm);
        CHECK(h && pthread_create(&dog, NULL, watchdog, h) == 0, "watchdog");
    }
    int rc = voxvm_run(vm);
    if (shape < 0) {
        unsigned long hash = 14695981039346656037UL;
        for (long k = 0; k < seed; k++)
            hash = (hash ^ (unsigned long)k) * 1099511628211UL;
        char want[256];
        snprintf(want, sizeof want, "n=%ld hash=%lu\n", seed, hash);
        CHECK(rc == VOXVM_OK && voxvm_exit_status(vm) == (int)(hash & 63) &&
                  strcmp(out.data, want) == 0,
              "instance %d: rc %d status %d output \"%s\" (%s); want \"%s\"", i, rc,
              voxvm_exit_status(vm), out.data, voxvm_last_error(vm), want);
    } else {
        CHECK(rc == VOXVM_TRAP && strstr(voxvm_last_error(vm), reasons[shape]),
              "instance %d (shape %d): rc %d: %s; want a trap with \"%s\"", i, shape, rc,
              voxvm_last_error(vm), reasons[shape]);
    }
    if (h) {
        pthread_join(dog, NULL);
        voxvm_interrupter_free(h);
    }
    voxvm_free(vm);
}

static void *worker(void *arg) {
    int t = (int)(long)arg;
    for (int k = 0; k < PER_THREAD; k++)
        instance(k * THREADS + t);
    return NULL;
}

/* Compiles `src` in a handle of its own and returns its module. */
static voxvm_module *compile(const char *src, const char *name) {
    voxvm *vm = voxvm_new();
    voxvm_type i64 = VOXVM_I64;
    long unused = 0;
    voxvm_define(vm, "host_seed", NULL, 0, VOXVM_I64, host_seed, &unused);
    voxvm_define(vm, "host_check", &i64, 1, VOXVM_I64, host_check, NULL);
    voxvm_module *m = NULL;
    if (voxvm_load_c(vm, src, name) == VOXVM_OK)
        m = voxvm_module_get(vm);
    CHECK(m != NULL, "compiling %s: %s", name, voxvm_last_error(vm));
    voxvm_free(vm); /* the module outlives the handle */
    return m;
}

int main(void) {
    CHECK(voxvm_module_get(NULL) == NULL, "no handle, no module");
    voxvm *empty = voxvm_new();
    CHECK(voxvm_module_get(empty) == NULL && strstr(voxvm_last_error(empty), "no module"),
          "nothing loaded: %s", voxvm_last_error(empty));
    CHECK(voxvm_load_module(empty, NULL) == VOXVM_ERROR, "NULL module");
    voxvm_free(empty);
    benign = compile(benign_src, "benign.c");
    hostile = compile(hostile_src, "hostile.c");
    if (!benign || !hostile)
        return 1;
    pthread_t th[THREADS];
    for (long t = 0; t < THREADS; t++)
        CHECK(pthread_create(&th[t], NULL, worker, (void *)t) == 0, "pthread_create");
    for (int t = 0; t < THREADS; t++)
        pthread_join(th[t], NULL);
    voxvm_module_free(benign);
    voxvm_module_free(hostile);
    if (failures) {
        printf("%d of %d load checks failed\n", failures, checks);
        return 1;
    }
    printf("all load checks passed (%d instances)\n", THREADS * PER_THREAD);
    return 0;
}
