//! The `capi` target: random sequences of C API calls (`include/voxvm.h`,
//! implemented by the `voxvm-capi` crate) over a small pool of handles,
//! modules and interrupters, including misuse the header tolerates: calls on
//! unloaded or trapped VMs, unknown function names, too many arguments,
//! garbage sources and images, tiny limits, host functions that fail or call
//! back into the VM, and functions that must refuse to run inside a host
//! function. Every call stays inside its documented contract (no handle is
//! used after it is freed, NULL only where the header allows it, buffers as
//! long as the lengths passed); within it, every result must be a return
//! code and a message, never a panic, abort or wrong memory access.
//!
//! NULL is passed where voxvm.h documents it: `voxvm_free`, the `write`
//! callback of `voxvm_set_output`, the `name` of `voxvm_load_asm` and
//! `voxvm_load_c`, the `guest` of `voxvm_grant_dir`, the `value` of
//! `voxvm_set_env`, the `result` of `voxvm_call`, and `user_data`. Also
//! `args` with `nargs == 0` for `voxvm_call`, as the project's own C hosts do.
//! Everything else gets a valid pointer. Native library configs are only
//! loaded from directories whose functions are pure math (a native call is
//! outside the VM's protection by design).

use std::cell::{Cell, RefCell};
use std::ffi::{c_char, c_int, c_void, CStr, CString};
use std::path::PathBuf;
use std::sync::OnceLock;

use arbitrary::{Result, Unstructured};
use voxvm::{Interrupter, VoxModule, VoxVm};

const OK: c_int = 0;
const ERROR: c_int = -1;
const TRAP: c_int = 1;
const HALT: c_int = 2;
/// `VOXVM_STR`, the one parameter type the host function must treat as a
/// host pointer.
const STR: c_int = 12;
/// What libvoxvm's guard reports for a panic it caught: a bug.
const PANIC_MARK: &str = "internal error (a panic in libvoxvm)";

/// Handles, modules and interrupters alive at once.
const VMS: usize = 3;
const MODULES: usize = 4;
const INTERRUPTERS: usize = 4;
/// Operations per input.
const MAX_OPS: usize = 64;
/// C compilations per input (each compiles the C library's headers too).
const MAX_COMPILES: usize = 1;
/// Nesting of host function -> `voxvm_call` -> host function ...
const MAX_DEPTH: u32 = 3;
/// Step limits drawn for runs and calls; a run always has one (a program
/// may loop forever), at most the largest of these.
const STEPS: &[u64] = &[1, 2, 3, 10, 100, 1_000, 5_000];
/// Memory caps: 0 and tiny ones make every load fail to lay out; the larger
/// ones fit the default 1 MiB stack and heap. Never the 1 GiB default.
const MEMORY: &[u64] = &[0, 1, 4096, 1 << 20, 3 << 20, 4 << 20, 8 << 20];

/// Host functions the templates import, with the signatures they need.
const H_ADD: &str = "h_add";
const H_STR: &str = "h_str";
const H_MIX: &str = "h_mix";
fn template_signature(name: &str) -> Option<(&'static [c_int], c_int)> {
    match name {
        H_ADD => Some((&[4, 4], 4)),
        H_STR => Some((&[STR], 0)),
        H_MIX => Some((&[1, 6, 3, 8, 9, 10], 9)),
        _ => None,
    }
}

/// Assembly using every template host function, and functions to call.
const ASM_HOST: &str = r#"
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
const ASM_PLAIN: &str = r#"
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
const ASM_NATIVE: &str = r#"
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
const C_HOST: &str = r#"#include <stdio.h>
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
const C_WORLD: &str = r#"#include <stdio.h>
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
const C_PLAIN: &str = "int main(void) { return 0; }\nint add(int a, int b) { return a + b; }\n";

/// `fz.h` for [`C_WORLD`].
const HEADER: &str = "long long h_add(long long, long long);\nvoid h_str(const char *);\n";

/// Names `voxvm_call` and host functions use: the templates' functions,
/// names no module has, an empty one, one that is not UTF-8.
const CALL_NAMES: &[&[u8]] = &[
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
const DEFINE_NAMES: &[&[u8]] = &[
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
struct Scratch {
    dir: PathBuf,
}

/// Writes `bytes` to `path` atomically (fuzzers may run as several processes).
fn put(path: &std::path::Path, bytes: &[u8]) {
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    if std::fs::write(&tmp, bytes).is_ok() {
        let _ = std::fs::rename(&tmp, path);
    }
}

/// The scratch directory: `prog.vvs`, `prog.vve`, `bad.vve`, `raw.vvr`,
/// `box/` (granted to scripts), `native/` (a libm config with pure
/// functions), `badnative/` (a config that does not parse).
fn scratch() -> &'static Scratch {
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
fn template_vve(src: &'static str) -> &'static [u8] {
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
/// runs at most [`MAX_COMPILES`] times per input.
fn c_host_module() -> *const VoxModule {
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

fn cstring(bytes: &[u8]) -> CString {
    CString::new(
        bytes
            .iter()
            .copied()
            .filter(|&b| b != 0)
            .collect::<Vec<_>>(),
    )
    .expect("NULs removed")
}

thread_local! {
    /// A contract violation seen inside a callback (they must not panic:
    /// they are `extern "C"`); reported after the call returns.
    static FAILURE: RefCell<Option<String>> = const { RefCell::new(None) };
    /// Host function nesting.
    static DEPTH: Cell<u32> = const { Cell::new(0) };
}

fn fail_later(msg: String) {
    FAILURE.with(|f| {
        f.borrow_mut().get_or_insert(msg);
    });
}

fn check_failures() {
    if let Some(msg) = FAILURE.with(|f| f.borrow_mut().take()) {
        panic!("{msg}");
    }
}

/// The last error of `vm`, checked: not a caught panic.
///
/// # Safety
/// `vm` is a live handle.
unsafe fn last_error(vm: *mut VoxVm) -> String {
    // SAFETY: live handle; the message is valid until the next call.
    let msg = unsafe { CStr::from_ptr(voxvm::voxvm_last_error(vm)) }
        .to_string_lossy()
        .into_owned();
    if msg.contains(PANIC_MARK) {
        fail_later(format!("libvoxvm caught a panic: {msg}"));
    }
    msg
}

/// Checks a return code: one of `allowed`, and an error or trap comes with a
/// message. Returns the code.
///
/// # Safety
/// `vm` is a live handle.
unsafe fn rc(vm: *mut VoxVm, what: &str, code: c_int, allowed: &[c_int]) -> c_int {
    // SAFETY: caller.
    let msg = unsafe { last_error(vm) };
    if !allowed.contains(&code) {
        fail_later(format!(
            "{what}: return code {code}, expected one of {allowed:?}: {msg}"
        ));
    }
    if (code == ERROR || code == TRAP || code == HALT) && msg.is_empty() {
        fail_later(format!("{what}: code {code} without a message"));
    }
    code
}

/// One `voxvm_define`: its parameter types and what the host function does
/// on each call (cycling through `script`).
struct HostDef {
    params: Vec<c_int>,
    result: c_int,
    script: Vec<u8>,
    next: Cell<usize>,
    vm: *mut VoxVm,
}

impl HostDef {
    fn byte(&self) -> u8 {
        let i = self.next.get();
        self.next.set(i + 1);
        if self.script.is_empty() {
            0
        } else {
            self.script[i % self.script.len()]
        }
    }
    fn word(&self) -> u64 {
        let mut b = [0u8; 8];
        for x in &mut b {
            *x = self.byte();
        }
        u64::from_le_bytes(b)
    }
}

/// An address for memory functions: small, boundary or arbitrary.
fn pick_addr(sel: u8, word: u64, known: &[u64]) -> u64 {
    match sel % 8 {
        0 | 1 if !known.is_empty() => {
            known[word as usize % known.len()].wrapping_add(sel as u64 >> 4)
        }
        2 => 0,
        3 => word % 4096,
        4 => u64::MAX - (word % 16),
        5 => 1 << 20,
        _ => word,
    }
}

/// The host function behind every `voxvm_define`: checks its arguments as
/// voxvm.h promises them, then does what its script says, including calls
/// back into the VM (allowed ones must work or fail cleanly, forbidden ones
/// must fail).
unsafe extern "C" fn host_fn(
    vm: *mut VoxVm,
    args: *const u64,
    nargs: usize,
    result: *mut u64,
    user: *mut c_void,
) -> c_int {
    // SAFETY: `user` is the `HostDef` given with this function, alive until
    // the handle is freed; `args` has `nargs` values; `result` is writable.
    let def = unsafe { &*(user as *const HostDef) };
    if vm != def.vm {
        fail_later("a host function got another handle".into());
    }
    if nargs != def.params.len() || (nargs > 0 && args.is_null()) || result.is_null() {
        fail_later(format!(
            "host function: {nargs} arguments for {:?}",
            def.params
        ));
        return 1;
    }
    let args = if nargs == 0 {
        &[][..]
    } else {
        // SAFETY: as above.
        unsafe { std::slice::from_raw_parts(args, nargs) }
    };
    for (&t, &a) in def.params.iter().zip(args) {
        let ok = match t {
            1 => a == a as i8 as u64,
            2 => a == a as i16 as u64,
            3 => a == a as i32 as u64,
            5 => a <= u8::MAX as u64,
            6 => a <= u16::MAX as u64,
            7 | 9 => a <= u32::MAX as u64,
            // SAFETY: voxvm.h: a host pointer to a NUL-terminated copy
            // (read whole, so that AddressSanitizer sees a bad one).
            STR => {
                a != 0
                    && unsafe { CStr::from_ptr(a as *const c_char) }
                        .to_bytes()
                        .len()
                        < usize::MAX
            }
            _ => true,
        };
        if !ok {
            fail_later(format!("argument {a:#x} of type {t} is not normalised"));
        }
    }
    let depth = DEPTH.with(|d| d.get());
    DEPTH.with(|d| d.set(depth + 1));
    // SAFETY: `vm` is the running handle; the calls below are the ones
    // voxvm.h allows in a host function, or ones libvoxvm refuses there.
    let code = unsafe { host_action(def, vm, args, &mut *result, depth) };
    DEPTH.with(|d| d.set(depth));
    code
}

/// What a host function does (see [`host_fn`]).
///
/// # Safety
/// `vm` is the handle running this host function.
unsafe fn host_action(
    def: &HostDef,
    vm: *mut VoxVm,
    args: &[u64],
    result: &mut u64,
    depth: u32,
) -> c_int {
    let sum = args.iter().fold(0u64, |s, a| s.wrapping_add(*a));
    *result = if def.result == 0 { 0 } else { sum };
    let addr = pick_addr(def.byte(), def.word(), args);
    // SAFETY (every block below): `vm` is live and running this function.
    unsafe {
        match def.byte() % 12 {
            0..=3 => OK,
            4 => 1 + (def.byte() as c_int),
            5 => {
                let msg = cstring(&def.script[..def.script.len().min(8)]);
                rc(
                    vm,
                    "host_error",
                    voxvm::voxvm_host_error(vm, msg.as_ptr()),
                    &[OK],
                );
                2
            }
            6 => {
                let mut buf = [0u8; 16];
                let n = (def.byte() % 17) as usize;
                let r = voxvm::voxvm_read_memory(vm, addr, buf.as_mut_ptr().cast(), n);
                rc(vm, "read_memory in a host function", r, &[OK, ERROR]);
                if r == OK {
                    let w = voxvm::voxvm_write_memory(vm, addr, buf.as_ptr().cast(), n);
                    rc(vm, "write back in a host function", w, &[OK]);
                }
                OK
            }
            7 => {
                let mut buf = [0u8; 8];
                let n = voxvm::voxvm_read_string(vm, addr, buf.as_mut_ptr().cast(), buf.len());
                if n < -1 {
                    fail_later(format!("read_string returned {n}"));
                }
                OK
            }
            8 => {
                let mut a = 0u64;
                let size = def.word() % 256;
                if rc(
                    vm,
                    "alloc in a host function",
                    voxvm::voxvm_alloc(vm, size, &mut a),
                    &[OK, ERROR],
                ) == OK
                    && def.result != 0
                {
                    *result = a;
                }
                OK
            }
            9 if depth < MAX_DEPTH => {
                let name = cstring(CALL_NAMES[def.byte() as usize % CALL_NAMES.len()]);
                let n = (def.byte() % 3) as usize;
                let mut out = 0u64;
                let r = voxvm::voxvm_call(
                    vm,
                    name.as_ptr(),
                    args.as_ptr(),
                    n.min(args.len()),
                    &mut out,
                );
                rc(
                    vm,
                    "voxvm_call in a host function",
                    r,
                    &[OK, ERROR, TRAP, HALT],
                );
                *result = out;
                OK
            }
            10 => {
                // Refused inside a host function.
                let r = voxvm::voxvm_run(vm);
                rc(vm, "voxvm_run in a host function", r, &[ERROR]);
                let name = c"h_add";
                let r = voxvm::voxvm_define(
                    vm,
                    name.as_ptr(),
                    [4, 4].as_ptr(),
                    2,
                    4,
                    Some(host_fn),
                    std::ptr::null_mut(),
                );
                rc(vm, "voxvm_define in a host function", r, &[ERROR]);
                let src = cstring(ASM_PLAIN.as_bytes());
                let r = voxvm::voxvm_load_asm(vm, src.as_ptr(), std::ptr::null());
                rc(vm, "voxvm_load_asm in a host function", r, &[ERROR]);
                let r = voxvm::voxvm_load_c(
                    vm,
                    c"int main(void){return 0;}".as_ptr(),
                    std::ptr::null(),
                );
                rc(vm, "voxvm_load_c in a host function", r, &[ERROR]);
                OK
            }
            _ => {
                // A module of the running VM can be taken (and freed).
                let m = voxvm::voxvm_module_get(vm);
                if m.is_null() {
                    fail_later("voxvm_module_get in a host function: NULL".into());
                } else {
                    let r = voxvm::voxvm_load_module(vm, m);
                    rc(vm, "voxvm_load_module in a host function", r, &[ERROR]);
                    voxvm::voxvm_module_free(m);
                }
                OK
            }
        }
    }
}

/// Program output: counted, and every byte read (a wrong length shows
/// under AddressSanitizer).
struct Sink {
    bytes: Cell<usize>,
    sum: Cell<u8>,
}

unsafe extern "C" fn write_fn(data: *const c_char, len: usize, user: *mut c_void) {
    // SAFETY: `user` is the slot's `Sink`, alive until after `voxvm_free`.
    let sink = unsafe { &*(user as *const Sink) };
    if data.is_null() && len > 0 {
        fail_later("output callback: NULL data".into());
        return;
    }
    if len > 0 {
        // SAFETY: voxvm.h: `data` has `len` bytes.
        let s = unsafe { std::slice::from_raw_parts(data.cast::<u8>(), len) };
        sink.sum.set(s.iter().fold(sink.sum.get(), |a, b| a ^ b));
    }
    sink.bytes.set(sink.bytes.get() + len);
}

/// One live handle and what the fuzzer knows about it.
struct Slot {
    vm: *mut VoxVm,
    /// Boxed: libvoxvm holds pointers to them until `voxvm_free`.
    sink: Box<Sink>,
    // Boxed so that each stays put when the vector grows.
    #[allow(clippy::vec_box)]
    hosts: Vec<Box<HostDef>>,
    loaded: bool,
    /// `voxvm_load_c` (or a C module) succeeded: the script's world is fixed.
    scripts: bool,
    /// The loaded module is compiled C.
    c_module: bool,
    /// A step limit is set (a run without one could loop forever).
    limited: bool,
    /// VM addresses seen (allocations, results).
    addrs: Vec<u64>,
}

impl Drop for Slot {
    fn drop(&mut self) {
        // SAFETY: the handle is live and freed once; `sink` and `hosts`,
        // which it points to, are dropped after it (voxvm_free flushes
        // output to the sink).
        unsafe { voxvm::voxvm_free(self.vm) };
    }
}

/// Everything alive during one input.
struct State {
    vms: Vec<Option<Slot>>,
    /// Modules from `voxvm_module_get`, and whether each is compiled C.
    modules: Vec<(*mut VoxModule, bool)>,
    interrupters: Vec<*mut Interrupter>,
    compiles: usize,
}

impl State {
    fn new(vms: usize) -> State {
        State {
            vms: (0..vms).map(|_| None).collect(),
            modules: Vec::new(),
            interrupters: Vec::new(),
            compiles: 0,
        }
    }
}

impl Drop for State {
    fn drop(&mut self) {
        // SAFETY: each is live and freed once.
        unsafe {
            for (m, _) in self.modules.drain(..) {
                voxvm::voxvm_module_free(m);
            }
            for h in self.interrupters.drain(..) {
                voxvm::voxvm_interrupter_free(h);
            }
        }
        self.vms.clear();
    }
}

/// A source: a template, a template with bytes from the input spliced in, or
/// bytes from the input.
fn source(u: &mut Unstructured, templates: &[&str]) -> Result<CString> {
    let t = templates[u.choose_index(templates.len())?].as_bytes();
    Ok(match u.int_in_range(0..=3u8)? {
        0 | 1 => cstring(t),
        2 => {
            let at = u.choose_index(t.len() + 1)?;
            let n = u.int_in_range(0..=16usize)?;
            let junk = u.bytes(n)?;
            let mut v = t[..at].to_vec();
            v.extend_from_slice(junk);
            v.extend_from_slice(&t[at..]);
            cstring(&v)
        }
        _ => {
            let n = u.int_in_range(0..=64usize)?;
            cstring(u.bytes(n)?)
        }
    })
}

/// A name for `voxvm_load_asm`/`voxvm_load_c`: NULL (allowed) or a string.
fn opt_name(u: &mut Unstructured, names: &[&[u8]]) -> Result<Option<CString>> {
    Ok(if u.ratio(1, 4)? {
        None
    } else {
        Some(cstring(names[u.choose_index(names.len())?]))
    })
}

fn ptr(s: &Option<CString>) -> *const c_char {
    s.as_ref().map_or(std::ptr::null(), |s| s.as_ptr())
}

/// Runs one input: up to [`MAX_OPS`] operations drawn from `data`.
pub fn run(data: &[u8]) {
    let mut u = Unstructured::new(data);
    let mut st = State::new(VMS);
    for _ in 0..MAX_OPS {
        if u.is_empty() {
            break;
        }
        if op(&mut u, &mut st).is_err() {
            break;
        }
        check_failures();
    }
    drop(st);
    check_failures();
}

/// One operation on the pool.
fn op(u: &mut Unstructured, st: &mut State) -> Result<()> {
    // Runs, calls and memory access weigh more: they reach the most code.
    let which = match u.int_in_range(0..=47u8)? {
        32..=37 => 23,
        38..=40 => 21,
        41..=43 => 26,
        44 | 45 => 27,
        46 => 30,
        47 => 31,
        w => w,
    };
    let i = u.choose_index(VMS)?;
    // New and free come first: they work on an empty slot.
    match which {
        0 | 1 => return new_vm(u, st, i),
        2 => {
            st.vms[i] = None;
            // SAFETY: voxvm.h: NULL is ignored.
            unsafe { voxvm::voxvm_free(std::ptr::null_mut()) };
            return Ok(());
        }
        _ => {}
    }
    let Some(slot) = st.vms[i].as_mut() else {
        return new_vm(u, st, i);
    };
    let vm = slot.vm;
    // SAFETY (all calls below): `vm` is live; every pointer passed is valid
    // for what voxvm.h says the function does with it, or NULL where allowed.
    unsafe {
        match which {
            3 => {
                let d = *u.choose(&[0, 1, 2, 8, 64, 10_000, u64::MAX])?;
                rc(
                    vm,
                    "set_max_recursion",
                    voxvm::voxvm_set_max_recursion(vm, d),
                    &[OK],
                );
            }
            4 => {
                let m = *u.choose(MEMORY)?;
                rc(
                    vm,
                    "set_max_memory",
                    voxvm::voxvm_set_max_memory(vm, m),
                    &[OK],
                );
            }
            5 => {
                let on: c_int = u.arbitrary()?;
                let want = if slot.loaded { ERROR } else { OK };
                rc(
                    vm,
                    "set_check_heap",
                    voxvm::voxvm_set_check_heap(vm, on),
                    &[want],
                );
            }
            6 => {
                let r = if u.arbitrary()? {
                    let user = &*slot.sink as *const Sink as *mut c_void;
                    voxvm::voxvm_set_output(vm, Some(write_fn), user)
                } else {
                    voxvm::voxvm_set_output(vm, None, std::ptr::null_mut())
                };
                rc(vm, "set_output", r, &[OK]);
            }
            7 | 8 => define(u, slot)?,
            9 => {
                let s = scratch();
                let dir = match u.int_in_range(0..=2u8)? {
                    0 => s.dir.join("native"),
                    1 => s.dir.join("badnative"),
                    _ => s.dir.join("missing"),
                };
                let dir = cstring(dir.to_string_lossy().as_bytes());
                let r = voxvm::voxvm_load_native_configs(vm, dir.as_ptr());
                rc(vm, "load_native_configs", r, &[OK, ERROR]);
            }
            10 => {
                let vve = template_vve(if u.arbitrary()? { ASM_HOST } else { ASM_PLAIN });
                let mut bytes = vve.to_vec();
                match u.int_in_range(0..=3u8)? {
                    0 => {}
                    1 => {
                        for _ in 0..u.int_in_range(1..=4)? {
                            let at = u.choose_index(bytes.len())?;
                            bytes[at] ^= u.arbitrary::<u8>()?;
                        }
                    }
                    2 => bytes.truncate(u.choose_index(bytes.len())?),
                    _ => {
                        let n = u.int_in_range(0..=64usize)?;
                        bytes = u.bytes(n)?.to_vec();
                    }
                }
                let r = voxvm::voxvm_load_vve(vm, bytes.as_ptr(), bytes.len());
                loaded(slot, "load_vve", r, false);
            }
            11 => {
                let src = source(u, &[ASM_HOST, ASM_PLAIN, ASM_NATIVE])?;
                let name = opt_name(u, &[b"fuzz.vvs", b"", b"\xff.vvs"])?;
                let r = voxvm::voxvm_load_asm(vm, src.as_ptr(), ptr(&name));
                loaded(slot, "load_asm", r, false);
            }
            12 => {
                let s = scratch();
                let path = match u.int_in_range(0..=6u8)? {
                    0 => s.dir.join("prog.vvs"),
                    1 => s.dir.join("prog.vve"),
                    2 => s.dir.join("bad.vve"),
                    3 => s.dir.join("raw.vvr"),
                    4 => s.dir.join("box"),
                    5 => PathBuf::new(),
                    _ => s.dir.join("missing.vve"),
                };
                let path = cstring(path.to_string_lossy().as_bytes());
                let r = voxvm::voxvm_load_file(vm, path.as_ptr());
                loaded(slot, "load_file", r, false);
            }
            13 => {
                // Compiling costs milliseconds: mostly the compiled module.
                if st.compiles >= MAX_COMPILES || u.ratio(3, 4)? {
                    let r = voxvm::voxvm_load_module(vm, c_host_module());
                    loaded(slot, "load_module C_HOST", r, true);
                    slot.scripts = true;
                    return Ok(());
                }
                st.compiles += 1;
                let src = source(u, &[C_HOST, C_WORLD, C_PLAIN])?;
                let name = opt_name(u, &[b"fuzz.c", b"", b"\xff.c"])?;
                let r = voxvm::voxvm_load_c(vm, src.as_ptr(), ptr(&name));
                loaded(slot, "load_c", r, true);
                // The first voxvm_load_c fixes the world even if the source
                // does not compile (once its strings are read).
                let utf8 = |s: &CString| s.to_str().is_ok();
                slot.scripts |= utf8(&src) && name.as_ref().is_none_or(utf8);
            }
            14 => {
                let name = cstring(u.choose(&[&b"fz.h"[..], b"stdio.h", b""])?);
                let text = source(u, &[HEADER])?;
                let r = voxvm::voxvm_add_header(vm, name.as_ptr(), text.as_ptr());
                rc(vm, "add_header", r, &[OK, ERROR]);
            }
            15 => {
                let s = scratch();
                let host = match u.int_in_range(0..=2u8)? {
                    0 | 1 => s.dir.join("box"),
                    _ => s.dir.join("prog.vvs"), // not a directory
                };
                let host = cstring(host.to_string_lossy().as_bytes());
                let guest = opt_name(u, &[b"/box", b"box", b"", b"/"])?;
                let r = voxvm::voxvm_grant_dir(vm, host.as_ptr(), ptr(&guest), u.arbitrary()?);
                let allowed: &[c_int] = if slot.scripts { &[ERROR] } else { &[OK, ERROR] };
                rc(vm, "grant_dir", r, allowed);
            }
            16 => {
                let name = cstring(u.choose(&[&b"MODE"[..], b"HOME", b"", b"A=B", b"\xff"])?);
                let value = opt_name(u, &[b"test", b"", b"\xc3\xa9"])?;
                let r = voxvm::voxvm_set_env(vm, name.as_ptr(), ptr(&value));
                let allowed: &[c_int] = if slot.scripts { &[ERROR] } else { &[OK, ERROR] };
                rc(vm, "set_env", r, allowed);
            }
            17 => {
                let mode = *u.choose(&[0, 1, 2, -1])?;
                let r = voxvm::voxvm_set_clock(vm, mode, u.arbitrary()?);
                let want: &[c_int] = if slot.scripts || !(0..=1).contains(&mode) {
                    &[ERROR]
                } else {
                    &[OK]
                };
                rc(vm, "set_clock", r, want);
            }
            18 => {
                let s = if u.ratio(1, 8)? { 0 } else { *u.choose(STEPS)? };
                rc(
                    vm,
                    "set_max_steps",
                    voxvm::voxvm_set_max_steps(vm, s),
                    &[OK],
                );
                slot.limited = s > 0;
            }
            19 => {
                let h = voxvm::voxvm_get_interrupter(vm);
                if h.is_null() == slot.loaded {
                    fail_later(format!(
                        "get_interrupter: {h:?} with loaded = {}",
                        slot.loaded
                    ));
                }
                if h.is_null() {
                    rc(vm, "get_interrupter", ERROR, &[ERROR]);
                } else if st.interrupters.len() < INTERRUPTERS {
                    st.interrupters.push(h);
                } else {
                    voxvm::voxvm_interrupter_free(h);
                }
            }
            20 => {
                if !st.interrupters.is_empty() {
                    let k = u.choose_index(st.interrupters.len())?;
                    voxvm::voxvm_interrupt(st.interrupters[k]);
                    if u.arbitrary()? {
                        voxvm::voxvm_interrupter_free(st.interrupters.swap_remove(k));
                    }
                }
            }
            21 | 22 => {
                limit(u, slot)?;
                let r = voxvm::voxvm_run(vm);
                let allowed: &[c_int] = if slot.loaded { &[OK, TRAP] } else { &[ERROR] };
                rc(vm, "run", r, allowed);
                let status = voxvm::voxvm_exit_status(vm);
                if r == TRAP && status != 70 {
                    fail_later(format!("exit status {status} after a trap"));
                }
            }
            23..=25 => call(u, slot)?,
            26 => memory(u, slot)?,
            27 => {
                let mut a = 0u64;
                let size = *u.choose(&[0, 1, 16, 4096, 1 << 20, 1 << 40, u64::MAX])?;
                let r = voxvm::voxvm_alloc(vm, size, &mut a);
                if rc(
                    vm,
                    "alloc",
                    r,
                    if slot.loaded { &[OK, ERROR] } else { &[ERROR] },
                ) == OK
                {
                    // The block is there: its bytes can be written and read.
                    let n = size.min(64) as usize;
                    let buf = vec![0xa5u8; n];
                    let w = voxvm::voxvm_write_memory(vm, a, buf.as_ptr().cast(), n);
                    rc(vm, "write into a new block", w, &[OK]);
                    slot.addrs.push(a);
                }
            }
            28 => {
                let a = pick_addr(u.arbitrary()?, u.arbitrary()?, &slot.addrs);
                let r = voxvm::voxvm_free_memory(vm, a);
                rc(
                    vm,
                    "free_memory",
                    r,
                    if slot.loaded { &[OK, ERROR] } else { &[ERROR] },
                );
            }
            29 => {
                // Outside a host function there is nothing to report on.
                let r = voxvm::voxvm_host_error(vm, c"x".as_ptr());
                rc(vm, "host_error outside a host function", r, &[ERROR]);
            }
            30 => {
                let m = voxvm::voxvm_module_get(vm);
                if m.is_null() == slot.loaded {
                    fail_later(format!("module_get: {m:?} with loaded = {}", slot.loaded));
                }
                if m.is_null() {
                    rc(vm, "module_get", ERROR, &[ERROR]);
                } else if st.modules.len() < MODULES {
                    st.modules.push((m, slot.c_module));
                } else {
                    voxvm::voxvm_module_free(m);
                }
            }
            _ => {
                if !st.modules.is_empty() {
                    let k = u.choose_index(st.modules.len())?;
                    if u.ratio(1, 3)? {
                        voxvm::voxvm_module_free(st.modules.swap_remove(k).0);
                    } else {
                        let (m, c) = st.modules[k];
                        let r = voxvm::voxvm_load_module(vm, m);
                        loaded(slot, "load_module", r, c);
                        // A C module fixes the world like voxvm_load_c,
                        // even if it then fails to link or lay out.
                        slot.scripts |= c;
                    }
                }
            }
        }
    }
    Ok(())
}

/// Records a load's outcome: success loads (and resets the exit status),
/// failure keeps what was loaded. `c`: the module is compiled C.
///
/// # Safety
/// `slot.vm` is live.
unsafe fn loaded(slot: &mut Slot, what: &str, r: c_int, c: bool) {
    // SAFETY: caller.
    unsafe {
        if rc(slot.vm, what, r, &[OK, ERROR]) == OK {
            slot.loaded = true;
            slot.scripts |= c;
            slot.c_module = c;
            slot.addrs.clear();
            let status = voxvm::voxvm_exit_status(slot.vm);
            if status != 0 {
                fail_later(format!("{what}: exit status {status} after loading"));
            }
        }
    }
}

/// A new handle in slot `i` (replacing one there), with output to the
/// slot's sink and the fuzz limits (never the 1 GiB memory default); per the
/// input bare, with the template host functions defined, or with a template
/// loaded too (so that runs and calls get past "nothing loaded").
fn new_vm(u: &mut Unstructured, st: &mut State, i: usize) -> Result<()> {
    st.vms[i] = None;
    let mut slot = bare_slot();
    let vm = slot.vm;
    // SAFETY: `vm` is live; the sink lives as long as the slot.
    unsafe {
        let status = voxvm::voxvm_exit_status(vm);
        assert_eq!(status, 0, "a new VM's exit status");
        assert!(last_error(vm).is_empty(), "a new VM has an error");
        let user = &*slot.sink as *const Sink as *mut c_void;
        rc(
            vm,
            "set_output",
            voxvm::voxvm_set_output(vm, Some(write_fn), user),
            &[OK],
        );
        rc(
            vm,
            "set_max_memory",
            voxvm::voxvm_set_max_memory(vm, 8 << 20),
            &[OK],
        );
    }
    let mode = u.int_in_range(0..=3u8)?;
    if mode >= 1 {
        for name in [H_ADD, H_STR, H_MIX] {
            let (params, result) = template_signature(name).expect("a template import");
            let n = u.int_in_range(1..=16usize)?;
            let script = u.bytes(n)?.to_vec();
            let r = define_host(&mut slot, name.as_bytes(), params.to_vec(), result, script);
            // SAFETY: live handle.
            unsafe { rc(vm, "define a template import", r, &[OK]) };
        }
    }
    // SAFETY: live handle; valid strings.
    unsafe {
        if mode == 3 {
            let r = voxvm::voxvm_load_module(vm, c_host_module());
            slot.scripts = true;
            loaded(&mut slot, "load_module C_HOST", r, true);
        } else if mode >= 2 {
            let src = cstring(ASM_HOST.as_bytes());
            let r = voxvm::voxvm_load_asm(vm, src.as_ptr(), c"host.vvs".as_ptr());
            loaded(&mut slot, "load_asm ASM_HOST", r, false);
        }
    }
    st.vms[i] = Some(slot);
    Ok(())
}

/// A new handle and its slot, nothing set.
fn bare_slot() -> Slot {
    let vm = voxvm::voxvm_new();
    assert!(!vm.is_null(), "voxvm_new returned NULL");
    Slot {
        vm,
        sink: Box::new(Sink {
            bytes: Cell::new(0),
            sum: Cell::new(0),
        }),
        hosts: Vec::new(),
        loaded: false,
        scripts: false,
        c_module: false,
        limited: false,
        addrs: Vec::new(),
    }
}

/// Makes sure the next run or call has a step limit; sometimes sets a new
/// (tiny or not) budget anyway.
fn limit(u: &mut Unstructured, slot: &mut Slot) -> Result<()> {
    if !slot.limited || u.ratio(1, 4)? {
        let s = *u.choose(STEPS)?;
        // SAFETY: live handle.
        unsafe {
            rc(
                slot.vm,
                "set_max_steps",
                voxvm::voxvm_set_max_steps(slot.vm, s),
                &[OK],
            )
        };
        slot.limited = true;
    }
    Ok(())
}

/// `voxvm_define` with a template's signature (mostly) or a random one.
fn define(u: &mut Unstructured, slot: &mut Slot) -> Result<()> {
    let name = DEFINE_NAMES[u.choose_index(DEFINE_NAMES.len())?];
    let (params, result) = match std::str::from_utf8(name).ok().and_then(template_signature) {
        Some((p, r)) if u.ratio(3, 4)? => (p.to_vec(), r),
        _ => {
            // Valid types, VOXVM_VOID (not a parameter), out of range ones;
            // up to one more than VOXVM_MAX_PARAMS.
            let n = u.int_in_range(0..=17usize)?;
            let mut p = Vec::with_capacity(n);
            for _ in 0..n {
                p.push(if u.ratio(1, 16)? {
                    *u.choose(&[0, 13, -1])?
                } else {
                    u.int_in_range(1..=12)?
                });
            }
            (
                p,
                if u.ratio(1, 16)? {
                    *u.choose(&[12, 13, -1])?
                } else {
                    u.int_in_range(0..=11)?
                },
            )
        }
    };
    let n = u.int_in_range(1..=16usize)?;
    let script = u.bytes(n)?.to_vec();
    let invalid = params.len() > 16
        || params.iter().any(|t| !(1..=12).contains(t))
        || !(0..=11).contains(&result);
    let r = define_host(slot, name, params, result, script);
    // SAFETY: live handle.
    unsafe {
        rc(
            slot.vm,
            "define",
            r,
            if invalid { &[ERROR] } else { &[OK, ERROR] },
        )
    };
    Ok(())
}

/// `voxvm_define` of [`host_fn`] with a [`HostDef`] kept in the slot (the
/// handle points to it until it is freed). Returns the code.
fn define_host(
    slot: &mut Slot,
    name: &[u8],
    params: Vec<c_int>,
    result: c_int,
    script: Vec<u8>,
) -> c_int {
    let def = Box::new(HostDef {
        params,
        result,
        script,
        next: Cell::new(0),
        vm: slot.vm,
    });
    let cname = cstring(name);
    // SAFETY: live handle; `params` has `nparams` entries.
    let r = unsafe {
        let user = &*def as *const HostDef as *mut c_void;
        voxvm::voxvm_define(
            slot.vm,
            cname.as_ptr(),
            def.params.as_ptr(),
            def.params.len(),
            def.result,
            Some(host_fn),
            user,
        )
    };
    slot.hosts.push(def);
    r
}

/// `voxvm_call` with a name from [`CALL_NAMES`] or the input, 0 to 8
/// arguments (or too many), a result pointer or NULL.
fn call(u: &mut Unstructured, slot: &mut Slot) -> Result<()> {
    limit(u, slot)?;
    let name = if u.ratio(1, 8)? {
        let n = u.int_in_range(0..=8usize)?;
        cstring(u.bytes(n)?)
    } else {
        cstring(CALL_NAMES[u.choose_index(CALL_NAMES.len())?])
    };
    let nargs = if u.ratio(1, 16)? {
        300
    } else {
        u.int_in_range(0..=8usize)?
    };
    let mut args = Vec::with_capacity(nargs);
    for _ in 0..nargs {
        args.push(pick_addr(u.arbitrary()?, u.arbitrary()?, &slot.addrs));
    }
    let mut out = 0u64;
    let result: *mut u64 = if u.ratio(1, 4)? {
        std::ptr::null_mut()
    } else {
        &mut out
    };
    let argp = if nargs == 0 && u.arbitrary()? {
        std::ptr::null()
    } else {
        args.as_ptr()
    };
    // SAFETY: live handle; `args` has `nargs` values (NULL only for none).
    unsafe {
        let r = voxvm::voxvm_call(slot.vm, name.as_ptr(), argp, nargs, result);
        let allowed: &[c_int] = if !slot.loaded || nargs > 256 {
            &[ERROR]
        } else {
            &[OK, TRAP, HALT, ERROR]
        };
        rc(slot.vm, "call", r, allowed);
        if r == OK && !result.is_null() && slot.addrs.len() < 16 {
            slot.addrs.push(out);
        }
    }
    Ok(())
}

/// Reads, writes (and reads back) and reads strings at input-chosen
/// addresses and lengths.
fn memory(u: &mut Unstructured, slot: &mut Slot) -> Result<()> {
    let addr = pick_addr(u.arbitrary()?, u.arbitrary()?, &slot.addrs);
    let len = match u.int_in_range(0..=7u8)? {
        0 => 0,
        1..=5 => u.int_in_range(1..=64usize)?,
        6 => 4096,
        _ => 1 << 20,
    };
    let vm = slot.vm;
    let fail: &[c_int] = if slot.loaded { &[OK, ERROR] } else { &[ERROR] };
    // SAFETY: live handle; every buffer is as long as the length passed.
    unsafe {
        match u.int_in_range(0..=2u8)? {
            0 => {
                let mut buf = vec![0u8; len];
                let r = voxvm::voxvm_read_memory(vm, addr, buf.as_mut_ptr().cast(), len);
                rc(vm, "read_memory", r, fail);
            }
            1 => {
                let data: Vec<u8> = (0..len).map(|k| (k as u8) ^ 0x5a).collect();
                let r = voxvm::voxvm_write_memory(vm, addr, data.as_ptr().cast(), len);
                if rc(vm, "write_memory", r, fail) == OK {
                    let mut back = vec![0u8; len];
                    let r = voxvm::voxvm_read_memory(vm, addr, back.as_mut_ptr().cast(), len);
                    rc(vm, "read back", r, &[OK]);
                    if back != data {
                        fail_later(format!(
                            "read_memory at {addr:#x} gives other bytes than were written"
                        ));
                    }
                }
            }
            _ => {
                let cap = len.min(4096);
                let mut buf = vec![0xeeu8; cap];
                let n = voxvm::voxvm_read_string(vm, addr, buf.as_mut_ptr().cast(), cap);
                if n == -1 {
                    rc(vm, "read_string", ERROR, fail);
                } else if n < 0 {
                    fail_later(format!("read_string returned {n}"));
                } else if cap > 0 {
                    // A NUL-terminated prefix of the string, without NULs in it.
                    let k = (n as usize).min(cap - 1);
                    if buf[k] != 0 || buf[..k].contains(&0) {
                        fail_later(format!("read_string: length {n} does not match the copy"));
                    }
                }
            }
        }
    }
    Ok(())
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
