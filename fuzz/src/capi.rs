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
//! Everything else gets a valid pointer.
//!
//! Left out, as outside the contract: NULL handles, modules and
//! interrupters (but for `voxvm_free`), freeing anything twice or using it
//! afterwards, `voxvm_free` or `longjmp` from a host function, one handle on
//! two threads at once (interrupts are sent from the fuzzing thread).
//! Native library configs are only loaded from directories whose functions
//! are pure math (`sin`, `pow`): a native call hands VM values to real C
//! functions, outside the VM's protection by design, so the repository's
//! libc config is not used. Templates and files live in [`templates`], the
//! callbacks in [`host`].

use std::cell::{Cell, RefCell};
use std::ffi::{c_char, c_int, c_void, CStr, CString};
use std::path::PathBuf;

use arbitrary::{Result, Unstructured};
use voxvm::{Interrupter, VoxModule, VoxVm};

mod host;
mod templates;
use host::{host_fn, pick_addr, write_fn, HostDef, Sink};
pub use templates::templates_work;
use templates::*;

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
                if u.arbitrary()? {
                    // Any name is taken now; loading checks it is granted.
                    let cwd =
                        cstring(u.choose(&[&b"/box"[..], b"/", b"box", b"/nope", b"\xff"])?);
                    let r = voxvm::voxvm_set_cwd(vm, cwd.as_ptr());
                    rc(vm, "set_cwd", r, allowed);
                }
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
                if u.arbitrary()? {
                    let mode = *u.choose(&[0, 1, 2, -1])?;
                    let r = voxvm::voxvm_set_random(vm, mode, u.arbitrary()?);
                    let want: &[c_int] = if slot.scripts || !(0..=1).contains(&mode) {
                        &[ERROR]
                    } else {
                        &[OK]
                    };
                    rc(vm, "set_random", r, want);
                }
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
