//! What the `capi` target loads: assembly and C templates, the host
//! functions they import, names to call and define, and the scratch files
//! the loaders read.

use std::ffi::c_int;
use std::path::PathBuf;
use std::sync::OnceLock;

use arbitrary::Unstructured;
use voxvm::VoxModule;

use super::{
    bare_slot, check_failures, cstring, define_host, last_error, new_vm, State, OK, STR, TRAP,
};

/// Host functions the templates import, with the signatures they need.
pub(super) const H_ADD: &str = "h_add";
pub(super) const H_STR: &str = "h_str";
pub(super) const H_MIX: &str = "h_mix";
pub(super) fn template_signature(name: &str) -> Option<(&'static [c_int], c_int)> {
    match name {
        H_ADD => Some((&[4, 4], 4)),
        H_STR => Some((&[STR], 0)),
        H_MIX => Some((&[1, 6, 3, 8, 9, 10], 9)),
        _ => None,
    }
}

/// Assembly using every template host function, and functions to call.
pub(super) const ASM_HOST: &str = r#"
.data
msg:  .string "hello from bytecode"
oops: .string "boom"
.code
.func main
    movi.i64 r1, 40
    movi.i64 r2, 2
    hcall h_add, r1
    print.i64 r1
    lea r1, msg
    hcall h_str, r1
    movi.i64 r0, 7
    halt r0
.end
.func add
    .regs 2
    hcall h_add, r0
    ret r0
.end
.func say
    hcall h_str, r0
    ret r0
.end
.func mix
    .regs 6
    hcall h_mix, r0
    ret r0
.end
.func spin
top:
    jmp top
.end
.func boom
    trap oops
.end
.func halts
    halt r0
.end
.func deep
    movi.i64 r1, 0
    ble.i64 r0, r1, done
    subi.i64 r2, r0, 1
    call deep, r2
done:
    ret r0
.end
.func grab
    alloc r1, r0
    ret r1
.end
.func store
    st.i64 r0, 0, r1
    ret r1
.end
.func load
    ld.i64 r1, r0, 0
    ret r1
.end
"#;

/// Assembly with no imports: loads whatever the host defines.
pub(super) const ASM_PLAIN: &str = r#"
.data
hi: .string "hi\n"
.code
.func main
    prints hi
    movi.i64 r0, 0
    ret r0
.end
.func add
    add.i64 r0, r0, r1
    ret r0
.end
.func grab
    alloc r1, r0
    ret r1
.end
"#;

/// Assembly calling libm through a native config (see [`scratch`]).
pub(super) const ASM_NATIVE: &str = r#"
.func main
    movi.f64 r1, 2
    movi.f64 r2, 10
    hcall pow, r1
    print.f64 r1
    movi.i64 r0, 0
    halt r0
.end
.func add
    .regs 2
    hcall sin, r0
    ret r0
.end
"#;

/// A C script calling the template host functions by their prototypes.
pub(super) const C_HOST: &str = r#"#include <stdio.h>
#include <stdlib.h>
long long h_add(long long a, long long b);
void h_str(const char *s);
float h_mix(signed char a, unsigned short b, int c, unsigned long long d, float e, double f);
static int total;
long long add(long long a, long long b) { total++; return h_add(a, b); }
int say(int n) {
    char buf[32];
    snprintf(buf, sizeof buf, "n=%d total=%d", n, total);
    h_str(buf);
    printf("%s\n", buf);
    return n;
}
float mix(int a) { return h_mix(a, a, a, a, 1.5f, 2.5); }
int spin(void) { for (;;) {} }
int hog(void) { int n = 0; while (malloc(1 << 16)) n++; return n; }
int stale(void) { int *p = malloc(8 * sizeof(int)); p[1] = 41; free(p); return p[1] + 1; }
int twice(void) { int *p = malloc(8); free(p); free(p); return 0; }
int deep(int n) { return n <= 0 ? 0 : 1 + deep(n - 1); }
int halts(int s) { exit(s); }
int boom(void) { abort(); }
int main(void) { printf("main %lld\n", add(40, 2)); return 3; }
"#;

/// A C script using the header of [`HEADER`] and the world (environment,
/// clock, a granted directory).
pub(super) const C_WORLD: &str = r#"#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "fz.h"
int main(void) {
    const char *m = getenv("MODE");
    FILE *f = fopen("/box/note.txt", "w");
    if (f) { fprintf(f, "%s %ld\n", m ? m : "-", (long)time(0)); fclose(f); }
    f = fopen("/box/note.txt", "r");
    char line[64] = {0};
    if (f) { fgets(line, sizeof line, f); fclose(f); }
    h_str(line);
    return (int)h_add(1, 2);
}
long long add(long long a, long long b) { return a + b; }
"#;

/// A C script with no host functions.
pub(super) const C_PLAIN: &str =
    "int main(void) { return 0; }\nint add(int a, int b) { return a + b; }\n";

/// `fz.h` for [`C_WORLD`].
pub(super) const HEADER: &str =
    "long long h_add(long long, long long);\nvoid h_str(const char *);\n";

/// Names `voxvm_call` and host functions use: the templates' functions,
/// names no module has, an empty one, one that is not UTF-8.
pub(super) const CALL_NAMES: &[&[u8]] = &[
    b"main",
    b"add",
    b"say",
    b"mix",
    b"spin",
    b"boom",
    b"halts",
    b"deep",
    b"grab",
    b"store",
    b"load",
    b"hog",
    b"stale",
    b"twice",
    b"nosuch",
    b"",
    b"\xff\xfe",
    b"ma\xc3\xa9n",
];

/// Names for `voxvm_define`: the templates' imports, a C library name (the
/// host's definition wins over the library's), odd ones.
pub(super) const DEFINE_NAMES: &[&[u8]] = &[
    b"h_add",
    b"h_str",
    b"h_mix",
    b"h_add",
    b"h_str",
    b"printf",
    b"malloc",
    b"",
    b"\xff",
    b"h \xc3\xa9",
];

/// Files and directories for the loaders, written once per process.
pub(super) struct Scratch {
    pub(super) dir: PathBuf,
}

/// Writes `bytes` to `path` atomically (fuzzers may run as several processes).
pub(super) fn put(path: &std::path::Path, bytes: &[u8]) {
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    if std::fs::write(&tmp, bytes).is_ok() {
        let _ = std::fs::rename(&tmp, path);
    }
}

/// The scratch directory: `prog.vvs`, `prog.vve`, `bad.vve`, `raw.vvr`,
/// `box/` (granted to scripts), `native/` (a libm config with pure
/// functions), `badnative/` (a config that does not parse).
pub(super) fn scratch() -> &'static Scratch {
    static S: OnceLock<Scratch> = OnceLock::new();
    S.get_or_init(|| {
        let dir = std::env::temp_dir().join("voxvm-capi-fuzz");
        for d in ["box", "native", "badnative"] {
            let _ = std::fs::create_dir_all(dir.join(d));
        }
        put(&dir.join("prog.vvs"), ASM_HOST.as_bytes());
        put(&dir.join("prog.vve"), template_vve(ASM_PLAIN));
        put(&dir.join("bad.vve"), b"\x7fVVE\x00\x01garbage");
        put(&dir.join("raw.vvr"), &[0xff; 7]);
        put(
            &dir.join("native/libm.ron"),
            br#"(library: ["libm.so.6", "libm.dylib"], functions: ["double sin(double x)", "double pow(double x, double y)"])"#,
        );
        put(&dir.join("badnative/x.ron"), b"(library: 1, functions: [\"int (\"])");
        Scratch { dir }
    })
}

/// The `.vve` image of a template (assembled once).
pub(super) fn template_vve(src: &'static str) -> &'static [u8] {
    static PLAIN: OnceLock<Vec<u8>> = OnceLock::new();
    static HOST: OnceLock<Vec<u8>> = OnceLock::new();
    let cell = if src == ASM_PLAIN { &PLAIN } else { &HOST };
    cell.get_or_init(|| {
        asm::assemble(src, "template.vvs")
            .expect("the template assembles")
            .to_vve()
    })
}

/// A module from `voxvm_module_get`, never freed: shared by every input.
struct Cached(*mut VoxModule);
// SAFETY: a voxvm_module may be used from any thread (voxvm.h; libvoxvm
// asserts `VoxModule: Send + Sync`), and this one is never freed.
unsafe impl Send for Cached {}
// SAFETY: as above.
unsafe impl Sync for Cached {}

/// [`C_HOST`] compiled once (compiling takes milliseconds, most of an
/// input's time): new handles load it with `voxvm_load_module`, which links
/// it and installs the C library like `voxvm_load_c`. `voxvm_load_c` itself
/// runs at most [`super::MAX_COMPILES`] times per input.
pub(super) fn c_host_module() -> *const VoxModule {
    static M: OnceLock<Cached> = OnceLock::new();
    M.get_or_init(|| {
        let mut st = State::new(1);
        let slot = st.vms[0].insert(bare_slot());
        for name in [H_ADD, H_STR, H_MIX] {
            let (params, result) = template_signature(name).expect("a template import");
            define_host(slot, name.as_bytes(), params.to_vec(), result, vec![0]);
        }
        let src = cstring(C_HOST.as_bytes());
        // SAFETY: a live handle, valid strings; the module outlives it.
        unsafe {
            let r = voxvm::voxvm_load_c(slot.vm, src.as_ptr(), c"host.c".as_ptr());
            assert_eq!(r, OK, "C_HOST: {}", last_error(slot.vm));
            Cached(voxvm::voxvm_module_get(slot.vm))
        }
    })
    .0
}

/// Checks that the templates load and run with the host functions defined as
/// they expect, so that the fuzzer reaches the paths past loading (the
/// smoke fuzzer calls this). Panics with the message otherwise.
pub fn templates_work() {
    let mut st = State::new(1);
    new_vm(&mut Unstructured::new(&[]), &mut st, 0).expect("new");
    let slot = st.vms[0].as_mut().expect("a handle");
    let vm = slot.vm;
    for name in [H_ADD, H_STR, H_MIX] {
        let (params, result) = template_signature(name).expect("a template import");
        let r = define_host(slot, name.as_bytes(), params.to_vec(), result, vec![0]);
        // SAFETY: live handle.
        assert_eq!(r, OK, "define {name}: {}", unsafe { last_error(vm) });
    }
    let expect = |what: &str, r: c_int, want: c_int| {
        // SAFETY: live handle.
        assert_eq!(r, want, "{what}: {}", unsafe { last_error(vm) });
    };
    // SAFETY: live handle; valid pointers.
    unsafe {
        expect("set_max_steps", voxvm::voxvm_set_max_steps(vm, 100_000), OK);
        let src = cstring(ASM_HOST.as_bytes());
        expect(
            "load_asm",
            voxvm::voxvm_load_asm(vm, src.as_ptr(), std::ptr::null()),
            OK,
        );
        expect("run", voxvm::voxvm_run(vm), OK);
        assert_eq!(voxvm::voxvm_exit_status(vm), 7);
        let mut out = 0;
        expect(
            "call add",
            voxvm::voxvm_call(vm, c"add".as_ptr(), [40, 2].as_ptr(), 2, &mut out),
            OK,
        );
        assert_eq!(out, 42);
        expect(
            "call spin",
            voxvm::voxvm_call(vm, c"spin".as_ptr(), std::ptr::null(), 0, &mut out),
            TRAP,
        );
        let src = cstring(ASM_PLAIN.as_bytes());
        expect(
            "load_asm plain",
            voxvm::voxvm_load_asm(vm, src.as_ptr(), std::ptr::null()),
            OK,
        );
        let path = cstring(scratch().dir.join("prog.vvs").to_string_lossy().as_bytes());
        expect("load_file", voxvm::voxvm_load_file(vm, path.as_ptr()), OK);
        let vve = template_vve(ASM_HOST);
        expect(
            "load_vve",
            voxvm::voxvm_load_vve(vm, vve.as_ptr(), vve.len()),
            OK,
        );
        // Before the C library is installed: it declares `sin` too.
        let path = cstring(scratch().dir.join("native").to_string_lossy().as_bytes());
        expect(
            "native configs",
            voxvm::voxvm_load_native_configs(vm, path.as_ptr()),
            OK,
        );
        let src = cstring(ASM_NATIVE.as_bytes());
        expect(
            "load_asm native",
            voxvm::voxvm_load_asm(vm, src.as_ptr(), std::ptr::null()),
            OK,
        );
        expect("run native", voxvm::voxvm_run(vm), OK);
        expect(
            "add_header",
            voxvm::voxvm_add_header(vm, c"fz.h".as_ptr(), cstring(HEADER.as_bytes()).as_ptr()),
            OK,
        );
        let dir = cstring(scratch().dir.join("box").to_string_lossy().as_bytes());
        expect(
            "grant_dir",
            voxvm::voxvm_grant_dir(vm, dir.as_ptr(), c"/box".as_ptr(), 1),
            OK,
        );
        for (what, src) in [
            ("C_HOST", C_HOST),
            ("C_WORLD", C_WORLD),
            ("C_PLAIN", C_PLAIN),
        ] {
            let src = cstring(src.as_bytes());
            expect(
                what,
                voxvm::voxvm_load_c(vm, src.as_ptr(), c"t.c".as_ptr()),
                OK,
            );
            expect("run", voxvm::voxvm_run(vm), OK);
        }
    }
    drop(st);
    check_failures();
}
