/*
 * voxvm.h — the C API of voxvm (libvoxvm, built by `cargo build -p voxvm-capi`:
 * target/<profile>/libvoxvm.a and libvoxvm.so / .dylib).
 *
 * Kept by hand; tests/c/host.c is compiled against it and run by
 * `cargo test -p tests --test capi`, so it cannot drift from the library.
 *
 * Life cycle (a C script: see voxvm_load_c; bytecode: voxvm_load_file):
 *
 *     voxvm *vm = voxvm_new();
 *     voxvm_define(vm, "c_add", params, 2, VOXVM_I64, c_add, NULL);   // host functions first
 *     if (voxvm_load_file(vm, "prog.vve") != VOXVM_OK)                 // then load: every
 *         fprintf(stderr, "%s\n", voxvm_last_error(vm));              // import must resolve
 *     int rc = voxvm_run(vm);                  // VOXVM_OK (halted) or VOXVM_TRAP
 *     int status = voxvm_exit_status(vm);
 *     voxvm_free(vm);
 *
 * Values cross the API as uint64_t register bits. Integers narrower than 64
 * bits are sign- (signed types) or zero-extended; f32 is its IEEE bits in the
 * low 32 bits, f64 its 64 bits; VOXVM_PTR is a VM address. The inline helpers
 * at the end convert floats.
 *
 * Errors: functions returning int return VOXVM_OK (0) on success and
 * VOXVM_ERROR (-1) on failure, with a message in voxvm_last_error(). No Rust
 * panic crosses this API: an internal error is reported as VOXVM_ERROR. (In
 * builds with `panic = "abort"`, such as the workspace's release profile, an
 * internal error aborts the process instead.)
 *
 * Threads: a voxvm handle is not thread-safe: use it from one thread at a
 * time (it may move between threads; the user data of its callbacks goes
 * with it). A voxvm_module (voxvm_module_get) is: any number of threads may
 * load the same module into their own handles at once, without locks
 * (compile once, run many). A voxvm_interrupter may be used from any thread.
 * Host functions are called on the thread that runs the handle.
 */
#ifndef VOXVM_H
#define VOXVM_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Return codes. */
#define VOXVM_OK 0
#define VOXVM_ERROR (-1)
/* voxvm_run / voxvm_call: the program trapped (message in voxvm_last_error). */
#define VOXVM_TRAP 1
/* voxvm_call: the program ran `halt` instead of returning (see voxvm_exit_status). */
#define VOXVM_HALT 2

/* Parameter and result types of host functions. */
typedef enum voxvm_type {
    VOXVM_VOID = 0, /* results only: no result */
    VOXVM_I8 = 1,
    VOXVM_I16 = 2,
    VOXVM_I32 = 3,
    VOXVM_I64 = 4,
    VOXVM_U8 = 5,
    VOXVM_U16 = 6,
    VOXVM_U32 = 7,
    VOXVM_U64 = 8,
    VOXVM_F32 = 9,
    VOXVM_F64 = 10,
    VOXVM_PTR = 11, /* a VM address; read it with voxvm_read_memory */
    /* Parameters only: a `const char *` from a script. The API checks the
       NUL-terminated string in VM memory, copies it, and passes the host
       function a host pointer to the copy (a `const char *` in args[i], valid
       during the call). */
    VOXVM_STR = 12
} voxvm_type;

/* Most parameters a host function may have. */
#define VOXVM_MAX_PARAMS 16

/* An opaque VM: configuration, host functions, the loaded module and its state. */
typedef struct voxvm voxvm;

/*
 * A host function. `args` holds `nargs` register values (as declared when it
 * was defined); store the result (if any) in `*result`. Return 0 on success;
 * any other value makes the `hcall` trap with
 *     host function `name` failed: <message>
 * where the message is the one set with voxvm_host_error(), or "returned N".
 * While it runs, `vm` may be used with voxvm_read_memory, voxvm_write_memory,
 * voxvm_read_string, voxvm_alloc, voxvm_call and voxvm_host_error.
 * It must not longjmp out or free `vm`.
 */
typedef int (*voxvm_host_fn)(voxvm *vm, const uint64_t *args, size_t nargs, uint64_t *result,
                             void *user_data);

/* Receives program output (`print`, `prints`, ...). */
typedef void (*voxvm_write_fn)(const char *data, size_t len, void *user_data);

/* A new VM with default limits and output to stdout; NULL only if out of memory. */
voxvm *voxvm_new(void);

/* Frees a VM (NULL is ignored). */
void voxvm_free(voxvm *vm);

/* The last error message: "" if none. Valid until the next call with this vm. */
const char *voxvm_last_error(const voxvm *vm);

/* Limits; set them before loading. */
int voxvm_set_max_recursion(voxvm *vm, uint64_t depth);
/* Cap on the VM's whole address space (data + stack + heap), in bytes. */
int voxvm_set_max_memory(voxvm *vm, uint64_t bytes);
/*
 * The heap checker (voxvm --check-heap), `on` nonzero: red zones around heap
 * blocks, a quarantine for freed ones and a checked free, so that heap
 * overflow, use after free, double free and freeing a pointer malloc did not
 * return trap; the report (voxvm_last_error) names the function and line of
 * the access and of the allocation (and of the free). Slower; off by
 * default. Before loading (afterwards it fails).
 */
int voxvm_set_check_heap(voxvm *vm, int on);

/* Where program output goes (before or after loading). `write` NULL discards it. */
int voxvm_set_output(voxvm *vm, voxvm_write_fn write, void *user_data);

/*
 * Defines host function `name` (copied), callable from bytecode as
 * `hcall name, rB`. Must be called before loading. Redefining a name replaces it.
 */
int voxvm_define(voxvm *vm, const char *name, const voxvm_type *params, size_t nparams,
                 voxvm_type result, voxvm_host_fn fn, void *user_data);

/*
 * Declares the native library functions of every *.ron config in `dir`
 * (like `voxvm --native-configs=DIR`). Must be called before loading.
 * Fails (VOXVM_ERROR) if the library was built without native support.
 */
int voxvm_load_native_configs(voxvm *vm, const char *dir);

/*
 * Loading: parses, verifies and links the module. Every function it imports
 * must have been defined (or declared by a native config); otherwise this
 * fails naming each unresolved import. A vm holds one module: loading again
 * replaces it and its state.
 */
int voxvm_load_vve(voxvm *vm, const uint8_t *bytes, size_t len);
/* .vvs assembly source (NUL-terminated); `name` is used in messages (may be NULL). */
int voxvm_load_asm(voxvm *vm, const char *source, const char *name);
/* A file: .vvs is assembled, .vvr is raw code, anything else is read as .vve. */
int voxvm_load_file(voxvm *vm, const char *path);

/*
 * Sharing a module: compile or load once, then run it in many handles, on
 * any threads. voxvm_module_get returns the module loaded in `vm` (NULL,
 * with the error in voxvm_last_error, if none), which stays valid after `vm`
 * is freed; free it with voxvm_module_free. voxvm_load_module loads it into
 * another handle: no parsing, verifying or compiling, only linking against
 * that handle's host functions and laying out fresh memory (a compiled C
 * script also gets the C library's host side, as voxvm_load_c gives it). A
 * module is read-only: any threads may pass it to voxvm_load_module at once.
 */
typedef struct voxvm_module voxvm_module;
voxvm_module *voxvm_module_get(voxvm *vm);
int voxvm_load_module(voxvm *vm, const voxvm_module *module);
void voxvm_module_free(voxvm_module *module);

/*
 * C scripts: compiles C source (NUL-terminated; `name`, e.g. "script.c", is
 * used in messages and traps; may be NULL) with voxcc and the C library, and
 * loads it. The script calls host functions by their prototypes
 * (`extern int host_add(int, int);`), which must have been defined with
 * voxvm_define first; then the host calls any script function with
 * voxvm_call. On failure, voxvm_last_error() holds every diagnostic
 * (file:line:col, the source line and a caret). Program output goes where
 * voxvm_set_output says; the script's stderr to the process's stderr.
 * The C library's host functions are added to the host (names the host
 * defined itself keep its definitions). Compiling reads no host file:
 * #include finds only the headers given with voxvm_add_header and the
 * built-in ones (<stdio.h>, ...); any other name, absolute paths
 * included, is "file not found", and __has_include gives 0 for it.
 * The compiler runs on a thread of its own (for its deep stack) and, for a
 * script of 64 functions or more (or 20,000 tokens, while it is parsed),
 * on up to one more per core; all have ended when this returns, and the
 * result is the same however many ran.
 */
int voxvm_load_c(voxvm *vm, const char *source, const char *name);
/* A header C scripts can #include "name" or <name> (copied; replaces one of the same name). */
int voxvm_add_header(voxvm *vm, const char *name, const char *text);

/*
 * What a C script's library may reach outside the VM, as voxvm's --dir,
 * --env, --clock and --random: nothing unless granted here. Call these before
 * voxvm_load_c (afterwards they fail).
 *
 * voxvm_grant_dir: host directory `host_dir` is reachable through fopen,
 * open, remove, rename, stat... as `guest` (NULL: the same name as
 * host_dir; a relative guest name is placed under `/`, the working
 * directory the script starts in: "." is `/`, "data" is `/data`),
 * read-only unless `writable`. `..` and symbolic links cannot leave it.
 * Fails if host_dir is not a directory.
 *
 * voxvm_set_cwd: the working directory the script starts in (default
 * `/`): a directory under the grants made so far, else it fails. chdir and
 * getcwd work within the grants.
 *
 * voxvm_set_env: getenv(name) gives `value` (NULL: unset it again).
 *
 * voxvm_set_clock: VOXVM_CLOCK_REAL (the default: the host's clocks) or
 * VOXVM_CLOCK_FIXED (time() is `seconds` and clock() 0, for reproducible
 * runs).
 *
 * voxvm_set_random: what getrandom, getentropy and arc4random read:
 * VOXVM_RANDOM_OS (the default: the host's entropy) or VOXVM_RANDOM_SEEDED
 * (a fixed stream from `seed`, for reproducible runs). rand() is C's own
 * deterministic sequence either way.
 */
#define VOXVM_CLOCK_REAL 0
#define VOXVM_CLOCK_FIXED 1
#define VOXVM_RANDOM_OS 0
#define VOXVM_RANDOM_SEEDED 1
int voxvm_grant_dir(voxvm *vm, const char *host_dir, const char *guest, int writable);
int voxvm_set_env(voxvm *vm, const char *name, const char *value);
int voxvm_set_clock(voxvm *vm, int mode, int64_t seconds);
int voxvm_set_random(voxvm *vm, int mode, uint64_t seed);
int voxvm_set_cwd(voxvm *vm, const char *guest);

/*
 * Step limit: runs and calls from now on may execute `steps` basic blocks in
 * all (0: no limit); more traps with "step limit reached". Before loading it
 * applies to the VM created; on a loaded VM it gives a fresh budget, so a host
 * can give each call its own.
 */
int voxvm_set_max_steps(voxvm *vm, uint64_t steps);

/* Interrupting a running VM from another thread. */
typedef struct voxvm_interrupter voxvm_interrupter;
/* After loading: a handle that interrupts this VM (NULL on error). Using it
   turns step counting on. Free it with voxvm_interrupter_free. It stays
   valid after the VM is freed or loads another module (interrupting then
   does nothing). */
voxvm_interrupter *voxvm_get_interrupter(voxvm *vm);
/* From any thread: the running (or next) run or call traps with "interrupted"
   within a few thousand basic blocks. */
void voxvm_interrupt(const voxvm_interrupter *h);
void voxvm_interrupter_free(voxvm_interrupter *h);

/*
 * Runs the entry function. VOXVM_OK: it halted (or returned from the entry
 * function) and voxvm_exit_status() is its status. VOXVM_TRAP: it trapped;
 * voxvm_last_error() is the trap report and voxvm_exit_status() is 70.
 */
int voxvm_run(voxvm *vm);

/* Exit status of the last run (0 before any). */
int32_t voxvm_exit_status(const voxvm *vm);

/*
 * Calls bytecode function `name` with `nargs` arguments in r0, r1, ...; on
 * VOXVM_OK `*result` (may be NULL) is what it returned. VOXVM_TRAP: it trapped.
 * VOXVM_HALT: it ran `halt` (status in voxvm_exit_status). VOXVM_ERROR: no such
 * function, too many arguments, or nothing loaded.
 */
int voxvm_call(voxvm *vm, const char *name, const uint64_t *args, size_t nargs,
               uint64_t *result);

/* Checked VM memory access; VOXVM_ERROR if any byte is outside VM memory. */
int voxvm_read_memory(voxvm *vm, uint64_t addr, void *buf, size_t len);
int voxvm_write_memory(voxvm *vm, uint64_t addr, const void *buf, size_t len);
/*
 * Copies the NUL-terminated string at VM address `addr` into `buf` (at most
 * `cap` bytes including the NUL, truncating). Returns its full length without
 * the NUL, or -1 on error (outside memory or no NUL before its end).
 */
int64_t voxvm_read_string(voxvm *vm, uint64_t addr, char *buf, size_t cap);
/*
 * Allocates `size` bytes on the VM heap; `*addr` is its VM address. Inside a
 * host function the block is garbage-collected like the program's own (return
 * it or store it somewhere the program keeps pointers); outside, it stays
 * allocated until voxvm_free_memory.
 */
int voxvm_alloc(voxvm *vm, uint64_t size, uint64_t *addr);
int voxvm_free_memory(voxvm *vm, uint64_t addr);

/* In a host function: the message for its failing return. */
int voxvm_host_error(voxvm *vm, const char *message);

/* Register-bit helpers. */
static inline uint64_t voxvm_from_f64(double v) {
    uint64_t b;
    memcpy(&b, &v, sizeof b);
    return b;
}
static inline double voxvm_to_f64(uint64_t b) {
    double v;
    memcpy(&v, &b, sizeof v);
    return v;
}
static inline uint64_t voxvm_from_f32(float v) {
    uint32_t b;
    memcpy(&b, &v, sizeof b);
    return (uint64_t)b;
}
static inline float voxvm_to_f32(uint64_t b) {
    uint32_t lo = (uint32_t)b;
    float v;
    memcpy(&v, &lo, sizeof v);
    return v;
}
static inline uint64_t voxvm_from_i64(int64_t v) { return (uint64_t)v; }
static inline int64_t voxvm_to_i64(uint64_t b) { return (int64_t)b; }

#ifdef __cplusplus
}
#endif

#endif /* VOXVM_H */
