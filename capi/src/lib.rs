//! The voxvm C API: `libvoxvm` (cdylib and staticlib) implementing
//! `include/voxvm.h`. See that header for the contract; this file only adds
//! how it is kept.
//!
//! Every exported function checks its pointers, runs its body under
//! `catch_unwind` so that no Rust panic unwinds into C, and reports failures
//! through the handle's last-error message.
//!
//! Re-entrancy: while a host function (a C callback) runs, the VM is in the
//! middle of `voxvm_run`/`voxvm_call`. The running `Vm` is then owned by that
//! outer call (taken out of the handle), and the handle records the callback's
//! `HostContext`; memory functions and `voxvm_call` made from the callback go
//! through that context. No `&mut` to the handle is held across a run, so the
//! callback's accesses through the same handle pointer do not alias one.

// The exported functions are `unsafe extern "C"`; their contracts are in voxvm.h.
#![allow(clippy::missing_safety_doc)]

use std::ffi::{c_char, c_int, c_void, CStr, CString};
use std::io::Write;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use vm::{HostContext, HostError, Signature, ValType};

const VOXVM_OK: c_int = 0;
const VOXVM_ERROR: c_int = -1;
const VOXVM_TRAP: c_int = 1;
const VOXVM_HALT: c_int = 2;
const VOXVM_CLOCK_REAL: c_int = 0;
const VOXVM_CLOCK_FIXED: c_int = 1;
const VOXVM_RANDOM_OS: c_int = 0;
const VOXVM_RANDOM_SEEDED: c_int = 1;
/// `voxvm_exit_status` after a trap, like the `voxvm` command.
const EXIT_TRAP: i32 = 70;

/// `voxvm_host_fn`.
pub type HostFn = unsafe extern "C" fn(
    vm: *mut VoxVm,
    args: *const u64,
    nargs: usize,
    result: *mut u64,
    user_data: *mut c_void,
) -> c_int;

/// `voxvm_write_fn`.
pub type WriteFn = unsafe extern "C" fn(data: *const c_char, len: usize, user_data: *mut c_void);

#[derive(Clone, Copy)]
enum Output {
    Stdout,
    Discard,
    Callback(WriteFn, *mut c_void),
}

/// Program output for a C callback.
struct CWriter(WriteFn, *mut c_void);

// SAFETY: a VM's output must be `Send` because a Rust embedder may move a VM
// to another thread. libvoxvm never does: the callback and its `user_data`
// are only used by the thread that calls `voxvm_run`/`voxvm_call` on the
// handle, and voxvm.h makes a C host that uses a handle from another thread
// (one at a time) answerable for its `user_data` being usable there.
unsafe impl Send for CWriter {}

impl Write for CWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        // SAFETY: the host gave us this callback for exactly this.
        unsafe { (self.0)(buf.as_ptr().cast(), buf.len(), self.1) };
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Output {
    fn writer(self) -> Box<dyn Write + Send> {
        match self {
            Output::Stdout => Box::new(std::io::stdout()),
            Output::Discard => Box::new(std::io::sink()),
            Output::Callback(f, u) => Box::new(CWriter(f, u)),
        }
    }
}

/// `struct voxvm`: everything behind one handle.
pub struct VoxVm {
    config: vm::Config,
    host: vm::Host,
    output: Output,
    machine: Option<vm::Vm<'static>>,
    /// The module `machine` runs, for `voxvm_module_get`.
    module: Option<VoxModule>,
    last_error: CString,
    exit_status: i32,
    /// The `HostContext` of the C host function running now, or null.
    cx: *mut c_void,
    /// Message from `voxvm_host_error` for the running host function.
    host_error: Option<String>,
    /// Headers `voxvm_add_header` gave, for C scripts to include.
    headers: Vec<(String, String)>,
    /// Whether the C library's host functions are in `host`.
    c_runtime: bool,
    /// What C scripts may reach: `voxvm_grant_dir`, `voxvm_set_env`,
    /// `voxvm_set_clock`, `voxvm_set_random`, `voxvm_set_cwd` (used when the first script is
    /// loaded).
    dirs: Vec<voxcc::runtime::DirGrant>,
    env: Vec<(String, String)>,
    clock: voxcc::runtime::Clock,
    random: voxcc::runtime::Random,
    cwd: Option<String>,
}

type Cx = HostContext<'static, 'static>;

/// Runs `body` for handle `w`: clears the last error, catches panics and
/// turns `Err(message)` into `VOXVM_ERROR` with that message.
///
/// # Safety
/// `w` is null or a live handle from `voxvm_new`.
unsafe fn guard(w: *mut VoxVm, body: impl FnOnce(*mut VoxVm) -> Result<c_int, String>) -> c_int {
    if w.is_null() {
        return VOXVM_ERROR;
    }
    // SAFETY: `w` is live (caller); no reference to the handle is held here.
    unsafe { (*w).last_error = CString::default() };
    let r = catch_unwind(AssertUnwindSafe(|| body(w)));
    let msg = match r {
        Ok(Ok(code)) => return code,
        Ok(Err(msg)) => msg,
        Err(panic) => {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown".into());
            format!("internal error (a panic in libvoxvm): {what}")
        }
    };
    // SAFETY: as above.
    unsafe { set_error(w, msg) };
    VOXVM_ERROR
}

/// # Safety
/// `w` is a live handle.
unsafe fn set_error(w: *mut VoxVm, msg: String) {
    let msg = CString::new(msg.replace('\0', "\\0")).unwrap_or_default();
    // SAFETY: caller.
    unsafe { (*w).last_error = msg };
}

/// # Safety
/// `p` is null or a NUL-terminated string.
unsafe fn str_arg<'a>(p: *const c_char, what: &str) -> Result<&'a str, String> {
    if p.is_null() {
        return Err(format!("{what} is NULL"));
    }
    // SAFETY: caller.
    unsafe { CStr::from_ptr(p) }
        .to_str()
        .map_err(|_| format!("{what} is not UTF-8"))
}

fn val_type(t: c_int, result: bool) -> Result<Option<ValType>, String> {
    Ok(Some(match t {
        0 if result => return Ok(None),
        1 => ValType::I8,
        2 => ValType::I16,
        3 => ValType::I32,
        4 => ValType::I64,
        5 => ValType::U8,
        6 => ValType::U16,
        7 => ValType::U32,
        8 => ValType::U64,
        9 => ValType::F32,
        10 => ValType::F64,
        11 => ValType::Ptr,
        // A string argument: a VM address the API turns into a host C string.
        12 if !result => ValType::Ptr,
        12 => return Err("VOXVM_STR is a parameter type only".into()),
        0 => return Err("VOXVM_VOID is not a parameter type".into()),
        t => return Err(format!("{t} is not a voxvm_type")),
    }))
}

/// The callback's context, if a host function is running.
///
/// # Safety
/// `w` is a live handle.
unsafe fn context<'a>(w: *mut VoxVm) -> Option<&'a mut Cx> {
    // SAFETY: `cx` is set only while the context it points to is borrowed by
    // the running host function, which is blocked in the C callback that
    // called us.
    unsafe { ((*w).cx as *mut Cx).as_mut() }
}

/// Runs `f` on the loaded VM outside any callback.
///
/// # Safety
/// `w` is a live handle and no host function is running.
unsafe fn with_machine<R>(
    w: *mut VoxVm,
    f: impl FnOnce(&mut vm::Vm<'static>) -> R,
) -> Result<R, String> {
    // Taken out while it runs, so that callbacks into this handle see no
    // `&mut` to it (they reach the VM through their context instead).
    // SAFETY: caller.
    let mut m = unsafe { (*w).machine.take() }.ok_or("no module is loaded")?;
    let r = f(&mut m);
    // SAFETY: caller.
    unsafe { (*w).machine = Some(m) };
    Ok(r)
}

#[no_mangle]
pub extern "C" fn voxvm_new() -> *mut VoxVm {
    catch_unwind(|| {
        Box::into_raw(Box::new(VoxVm {
            config: vm::Config::default(),
            host: vm::Host::new(),
            output: Output::Stdout,
            machine: None,
            module: None,
            last_error: CString::default(),
            exit_status: 0,
            cx: std::ptr::null_mut(),
            host_error: None,
            headers: Vec::new(),
            c_runtime: false,
            dirs: Vec::new(),
            env: Vec::new(),
            clock: voxcc::runtime::Clock::Real,
            random: voxcc::runtime::Random::Os,
            cwd: None,
        }))
    })
    .unwrap_or(std::ptr::null_mut())
}

#[no_mangle]
pub unsafe extern "C" fn voxvm_free(vm: *mut VoxVm) {
    if vm.is_null() {
        return;
    }
    let _ = catch_unwind(AssertUnwindSafe(|| {
        // SAFETY: `vm` came from `voxvm_new` and is freed once (voxvm.h).
        let mut b = unsafe { Box::from_raw(vm) };
        if let Some(m) = b.machine.as_mut() {
            let _ = m.flush();
        }
        drop(b);
    }));
}

#[no_mangle]
pub unsafe extern "C" fn voxvm_last_error(vm: *const VoxVm) -> *const c_char {
    if vm.is_null() {
        return c"voxvm handle is NULL".as_ptr();
    }
    // SAFETY: live handle (voxvm.h).
    unsafe { (*vm).last_error.as_ptr() }
}

#[no_mangle]
pub unsafe extern "C" fn voxvm_set_max_recursion(vm: *mut VoxVm, depth: u64) -> c_int {
    // SAFETY: live handle.
    unsafe {
        guard(vm, |w| {
            (*w).config.max_recursion = usize::try_from(depth).unwrap_or(usize::MAX);
            Ok(VOXVM_OK)
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn voxvm_set_max_memory(vm: *mut VoxVm, bytes: u64) -> c_int {
    // SAFETY: live handle.
    unsafe {
        guard(vm, |w| {
            (*w).config.memory.max = bytes;
            Ok(VOXVM_OK)
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn voxvm_set_check_heap(vm: *mut VoxVm, on: c_int) -> c_int {
    // SAFETY: live handle.
    unsafe {
        guard(vm, |w| {
            if (*w).machine.is_some() {
                return Err("voxvm_set_check_heap must come before loading".into());
            }
            (*w).config.check_heap = on != 0;
            Ok(VOXVM_OK)
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn voxvm_set_output(
    vm: *mut VoxVm,
    write: Option<WriteFn>,
    user_data: *mut c_void,
) -> c_int {
    // SAFETY: live handle.
    unsafe {
        guard(vm, |w| {
            let out = match write {
                Some(f) => Output::Callback(f, user_data),
                None => Output::Discard,
            };
            (*w).output = out;
            if let Some(m) = (*w).machine.as_mut() {
                m.set_output(out.writer());
            }
            Ok(VOXVM_OK)
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn voxvm_define(
    vm: *mut VoxVm,
    name: *const c_char,
    params: *const c_int,
    nparams: usize,
    result: c_int,
    func: Option<HostFn>,
    user_data: *mut c_void,
) -> c_int {
    // SAFETY: live handle; pointers as documented in voxvm.h.
    unsafe {
        guard(vm, |w| {
            let name = str_arg(name, "name")?.to_string();
            let func = func.ok_or("the host function pointer is NULL")?;
            if nparams > 0 && params.is_null() {
                return Err("params is NULL".into());
            }
            if nparams > vm::host::MAX_PARAMS {
                return Err(format!(
                    "`{name}`: {nparams} parameters; at most {} are supported",
                    vm::host::MAX_PARAMS
                ));
            }
            let raw: &[c_int] = if nparams == 0 {
                &[]
            } else {
                std::slice::from_raw_parts(params, nparams)
            };
            let sig = Signature {
                params: raw
                    .iter()
                    .map(|&t| val_type(t, false).map(|t| t.expect("not void")))
                    .collect::<Result<_, _>>()
                    .map_err(|e| format!("`{name}`: {e}"))?,
                result: val_type(result, true).map_err(|e| format!("`{name}`: {e}"))?,
            };
            let user = user_data as usize;
            let handle = w as usize;
            let types = sig.params.clone();
            let strings: Vec<bool> = raw.iter().map(|&t| t == 12).collect();
            let body = move |cx: &mut HostContext<'_, '_>, args: &[u64]| {
                let w = handle as *mut VoxVm;
                // Narrow integers sign- or zero-extended, as voxvm.h promises.
                let mut norm = [0u64; vm::host::MAX_PARAMS];
                for ((n, a), t) in norm.iter_mut().zip(args).zip(&types) {
                    *n = t.normalize(*a);
                }
                // VOXVM_STR: the NUL-terminated string at the VM address,
                // bounds-checked and copied, passed as a host pointer valid
                // during the call. Before the handle records the context:
                // failing here returns early, and a context left behind
                // would dangle (later calls on the handle would use it).
                let mut held = Vec::new();
                for (i, &is_str) in strings.iter().enumerate() {
                    if is_str {
                        let bytes = cx.read_c_str(args[i]).map_err(HostError::from)?;
                        let c = CString::new(bytes.to_vec())
                            .map_err(|_| HostError::new("string argument has no NUL"))?;
                        norm[i] = c.as_ptr() as u64;
                        held.push(c);
                    }
                }
                // (Unsafe context: this closure is inside the `unsafe` block.)
                // SAFETY: the handle owns the host that owns this closure, so it
                // is alive; no `&mut` to it is held while the VM runs. Nothing
                // from here to restoring `cx` returns early.
                let prev = (*w).cx;
                (*w).cx = cx as *mut HostContext<'_, '_> as *mut c_void;
                let prev_err = (*w).host_error.take();
                let mut out = 0u64;
                let rc = func(w, norm.as_ptr(), args.len(), &mut out, user as *mut c_void);
                (*w).cx = prev;
                drop(held);
                let msg = std::mem::replace(&mut (*w).host_error, prev_err);
                if rc == 0 {
                    Ok(out)
                } else {
                    Err(HostError::new(
                        msg.unwrap_or_else(|| format!("returned {rc}")),
                    ))
                }
            };
            if !(*w).cx.is_null() {
                return Err("voxvm_define cannot be called from a host function".into());
            }
            (*w).host.define_raw(&name, sig, body)?;
            Ok(VOXVM_OK)
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn voxvm_load_native_configs(vm: *mut VoxVm, dir: *const c_char) -> c_int {
    // SAFETY: live handle, NUL-terminated `dir`.
    unsafe {
        guard(vm, |w| {
            let dir = str_arg(dir, "dir")?;
            #[cfg(feature = "native")]
            {
                voxcc::native::load_native_configs(&mut (*w).host, dir)
                    .map_err(|e| e.to_string())?;
                Ok(VOXVM_OK)
            }
            #[cfg(not(feature = "native"))]
            {
                let _ = (w, dir);
                Err(
                    "this libvoxvm was built without native support (cargo feature `native`)"
                        .into(),
                )
            }
        })
    }
}

/// Links `module` against the handle's host and makes it the loaded one.
///
/// # Safety
/// `w` is a live handle with no host function running.
unsafe fn install(w: *mut VoxVm, module: Result<vm::Module, String>) -> Result<c_int, String> {
    // SAFETY: caller.
    unsafe {
        let module = module?;
        install_shared(
            w,
            &VoxModule {
                module,
                c_script: None,
            },
        )
    }
}

/// [`install`] for a module that may come from another handle.
///
/// # Safety
/// `w` is a live handle with no host function running.
unsafe fn install_shared(w: *mut VoxVm, shared: &VoxModule) -> Result<c_int, String> {
    // SAFETY: caller.
    unsafe {
        if !(*w).cx.is_null() {
            return Err("cannot load a module from a host function".into());
        }
        if let Some(name) = &shared.c_script {
            ensure_c_runtime(w, name)?;
        }
        let mut m = vm::Vm::with_host(&shared.module, &(*w).config, &(*w).host)
            .map_err(|e| e.to_string())?;
        m.set_output((*w).output.writer());
        if let Some(mut old) = (*w).machine.replace(m) {
            let _ = old.flush();
        }
        (*w).module = Some(shared.clone());
        (*w).exit_status = 0;
        Ok(VOXVM_OK)
    }
}

#[no_mangle]
pub unsafe extern "C" fn voxvm_load_vve(vm: *mut VoxVm, bytes: *const u8, len: usize) -> c_int {
    // SAFETY: live handle; `bytes` has `len` bytes.
    unsafe {
        guard(vm, |w| {
            if bytes.is_null() && len > 0 {
                return Err("bytes is NULL".into());
            }
            let b = if len == 0 {
                &[][..]
            } else {
                std::slice::from_raw_parts(bytes, len)
            };
            install(w, vm::Module::from_vve(b).map_err(|e| e.to_string()))
        })
    }
}

fn assemble(src: &str, name: &str) -> Result<vm::Module, String> {
    let image = asm::assemble(src, name).map_err(|e| e.render())?;
    vm::Module::from_image(image).map_err(|e| format!("{name}: {e}"))
}

#[no_mangle]
pub unsafe extern "C" fn voxvm_load_asm(
    vm: *mut VoxVm,
    source: *const c_char,
    name: *const c_char,
) -> c_int {
    // SAFETY: live handle; NUL-terminated strings.
    unsafe {
        guard(vm, |w| {
            let src = str_arg(source, "source")?;
            let name = if name.is_null() {
                "<source>"
            } else {
                str_arg(name, "name")?
            };
            install(w, assemble(src, name))
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn voxvm_load_file(vm: *mut VoxVm, path: *const c_char) -> c_int {
    // SAFETY: live handle; NUL-terminated path.
    unsafe {
        guard(vm, |w| {
            let path = Path::new(str_arg(path, "path")?);
            let module = if path.extension().is_some_and(|e| e == "vvs") {
                std::fs::read_to_string(path)
                    .map_err(|e| format!("cannot read {}: {e}", path.display()))
                    .and_then(|src| assemble(&src, &path.display().to_string()))
            } else {
                vm::Module::from_file(path).map_err(|e| format!("{}: {e}", path.display()))
            };
            install(w, module)
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn voxvm_add_header(
    vm: *mut VoxVm,
    name: *const c_char,
    text: *const c_char,
) -> c_int {
    // SAFETY: live handle; NUL-terminated strings.
    unsafe {
        guard(vm, |w| {
            let name = str_arg(name, "name")?.to_string();
            let text = str_arg(text, "text")?.to_string();
            (*w).headers.retain(|(n, _)| *n != name);
            (*w).headers.push((name, text));
            Ok(VOXVM_OK)
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn voxvm_load_c(
    vm: *mut VoxVm,
    source: *const c_char,
    name: *const c_char,
) -> c_int {
    // SAFETY: live handle; NUL-terminated strings.
    unsafe {
        guard(vm, |w| {
            let src = str_arg(source, "source")?;
            let name = if name.is_null() {
                "script.c"
            } else {
                str_arg(name, "name")?
            };
            if !(*w).cx.is_null() {
                return Err("cannot load a module from a host function".into());
            }
            let opts = voxcc::Options {
                headers: (*w).headers.clone(),
                // Compiling untrusted source is held to the script's cap.
                max_memory: Some((*w).config.memory.max),
                ..Default::default()
            };
            let module = voxcc::compile(&[voxcc::Source::new(name, src)], &opts)
                .map(|p| p.module)
                .map_err(|e| e.rendered);
            // Installed even when compiling failed: the first `voxvm_load_c`
            // decides the world, as voxvm.h says.
            ensure_c_runtime(w, name)?;
            let module = module?;
            install_shared(
                w,
                &VoxModule {
                    module,
                    c_script: Some(name.to_string()),
                },
            )
        })
    }
}

/// Adds the C library's host side to the handle's host, once (functions the
/// host defined itself keep their definitions); `name` is the script's
/// `argv[0]`.
///
/// # Safety
/// `w` is a live handle with no host function running.
unsafe fn ensure_c_runtime(w: *mut VoxVm, name: &str) -> Result<(), String> {
    // SAFETY: caller.
    unsafe {
        if !(*w).c_runtime {
            voxcc::runtime::try_install(
                &mut (*w).host,
                voxcc::runtime::World {
                    program_name: name.to_string(),
                    dirs: (*w).dirs.clone(),
                    env: (*w).env.clone(),
                    clock: (*w).clock,
                    random: (*w).random,
                    cwd: (*w).cwd.clone(),
                    ..Default::default()
                },
            )?;
            (*w).c_runtime = true;
        }
        Ok(())
    }
}

/// `voxvm_module`: a loaded module, shared by the handles that load it.
#[derive(Clone)]
pub struct VoxModule {
    module: vm::Module,
    /// The script's name if the module is compiled C (it needs the C
    /// library's host side).
    c_script: Option<String>,
}

#[no_mangle]
pub unsafe extern "C" fn voxvm_module_get(vm: *mut VoxVm) -> *mut VoxModule {
    let mut got = std::ptr::null_mut();
    // SAFETY: live handle.
    unsafe {
        guard(vm, |w| {
            let m = (*w).module.clone().ok_or("no module is loaded")?;
            got = Box::into_raw(Box::new(m));
            Ok(VOXVM_OK)
        });
    }
    got
}

#[no_mangle]
pub unsafe extern "C" fn voxvm_load_module(vm: *mut VoxVm, module: *const VoxModule) -> c_int {
    // SAFETY: live handle; `module` is null or live (voxvm.h). `VoxModule`
    // is `Sync`: other threads may be reading it too.
    unsafe {
        guard(vm, |w| {
            let m = module.as_ref().ok_or("module is NULL")?;
            install_shared(w, m)
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn voxvm_module_free(module: *mut VoxModule) {
    if module.is_null() {
        return;
    }
    let _ = catch_unwind(AssertUnwindSafe(|| {
        // SAFETY: from `voxvm_module_get`, freed once (voxvm.h).
        drop(unsafe { Box::from_raw(module) });
    }));
}

// `voxvm_module` is shared by C threads without locks.
const _: () = {
    const fn send_sync<T: Send + Sync>() {}
    send_sync::<VoxModule>();
};

/// Fails once the C library's host side is installed (at the first
/// `voxvm_load_c`): what a script may reach is decided before it exists.
///
/// # Safety
/// `w` is a live handle.
unsafe fn before_scripts(w: *mut VoxVm, what: &str) -> Result<(), String> {
    // SAFETY: caller.
    if unsafe { (*w).c_runtime } {
        return Err(format!("{what} must come before voxvm_load_c"));
    }
    Ok(())
}

#[no_mangle]
pub unsafe extern "C" fn voxvm_grant_dir(
    vm: *mut VoxVm,
    host_dir: *const c_char,
    guest: *const c_char,
    writable: c_int,
) -> c_int {
    // SAFETY: live handle; NUL-terminated strings (guest may be NULL).
    unsafe {
        guard(vm, |w| {
            before_scripts(w, "voxvm_grant_dir")?;
            let host = str_arg(host_dir, "host_dir")?;
            let guest = if guest.is_null() {
                host
            } else {
                str_arg(guest, "guest")?
            };
            if guest.is_empty() {
                return Err("guest name is empty".into());
            }
            let grant = voxcc::runtime::DirGrant {
                host: host.into(),
                guest: guest.to_string(),
                writable: writable != 0,
            };
            if !grant.host.is_dir() {
                return Err(format!("cannot grant `{host}`: not a directory"));
            }
            (*w).dirs.push(grant);
            Ok(VOXVM_OK)
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn voxvm_set_env(
    vm: *mut VoxVm,
    name: *const c_char,
    value: *const c_char,
) -> c_int {
    // SAFETY: live handle; NUL-terminated strings (value may be NULL).
    unsafe {
        guard(vm, |w| {
            before_scripts(w, "voxvm_set_env")?;
            let name = str_arg(name, "name")?.to_string();
            if name.is_empty() || name.contains('=') {
                return Err(format!("`{name}` is not a variable name"));
            }
            (*w).env.retain(|(n, _)| *n != name);
            if !value.is_null() {
                let value = str_arg(value, "value")?.to_string();
                (*w).env.push((name, value));
            }
            Ok(VOXVM_OK)
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn voxvm_set_clock(vm: *mut VoxVm, mode: c_int, seconds: i64) -> c_int {
    // SAFETY: live handle.
    unsafe {
        guard(vm, |w| {
            before_scripts(w, "voxvm_set_clock")?;
            (*w).clock = match mode {
                VOXVM_CLOCK_REAL => voxcc::runtime::Clock::Real,
                VOXVM_CLOCK_FIXED => voxcc::runtime::Clock::Fixed(seconds),
                m => return Err(format!("{m} is not a clock mode")),
            };
            Ok(VOXVM_OK)
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn voxvm_set_random(vm: *mut VoxVm, mode: c_int, seed: u64) -> c_int {
    // SAFETY: live handle.
    unsafe {
        guard(vm, |w| {
            before_scripts(w, "voxvm_set_random")?;
            (*w).random = match mode {
                VOXVM_RANDOM_OS => voxcc::runtime::Random::Os,
                VOXVM_RANDOM_SEEDED => voxcc::runtime::Random::Seeded(seed),
                m => return Err(format!("{m} is not a random mode")),
            };
            Ok(VOXVM_OK)
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn voxvm_set_cwd(vm: *mut VoxVm, guest: *const c_char) -> c_int {
    // SAFETY: live handle; `guest` is the caller's C string.
    unsafe {
        guard(vm, |w| {
            before_scripts(w, "voxvm_set_cwd")?;
            let cwd = str_arg(guest, "guest")?.to_string();
            // Checked now against the grants so far (later ones only add
            // places), so that loading the first script cannot fail on it.
            voxcc::runtime::try_install(
                &mut vm::Host::new(),
                voxcc::runtime::World {
                    dirs: (*w).dirs.clone(),
                    cwd: Some(cwd.clone()),
                    ..Default::default()
                },
            )?;
            (*w).cwd = Some(cwd);
            Ok(VOXVM_OK)
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn voxvm_set_max_steps(vm: *mut VoxVm, steps: u64) -> c_int {
    // SAFETY: live handle.
    unsafe {
        guard(vm, |w| {
            let limit = (steps > 0).then_some(steps);
            (*w).config.max_steps = limit;
            // A loaded VM gets a fresh budget: calls made from now on share it.
            if let Some(m) = (*w).machine.as_mut() {
                m.set_step_budget(limit);
            }
            Ok(VOXVM_OK)
        })
    }
}

/// `voxvm_interrupter`: interrupts one VM from any thread.
pub struct Interrupter(vm::InterruptHandle);

#[no_mangle]
pub unsafe extern "C" fn voxvm_get_interrupter(vm: *mut VoxVm) -> *mut Interrupter {
    let mut out: *mut Interrupter = std::ptr::null_mut();
    // SAFETY: live handle.
    unsafe {
        guard(vm, |w| {
            let h = with_machine(w, |m| m.interrupt_handle())?;
            out = Box::into_raw(Box::new(Interrupter(h)));
            Ok(VOXVM_OK)
        });
    }
    out
}

#[no_mangle]
pub unsafe extern "C" fn voxvm_interrupt(h: *const Interrupter) {
    if !h.is_null() {
        // SAFETY: `h` came from voxvm_get_interrupter and is not freed (voxvm.h).
        let _ = catch_unwind(AssertUnwindSafe(|| unsafe { (*h).0.interrupt() }));
    }
}

#[no_mangle]
pub unsafe extern "C" fn voxvm_interrupter_free(h: *mut Interrupter) {
    if !h.is_null() {
        // SAFETY: from voxvm_get_interrupter, freed once (voxvm.h).
        drop(unsafe { Box::from_raw(h) });
    }
}

#[no_mangle]
pub unsafe extern "C" fn voxvm_run(vm: *mut VoxVm) -> c_int {
    // SAFETY: live handle.
    unsafe {
        guard(vm, |w| {
            if !(*w).cx.is_null() {
                return Err(
                    "voxvm_run cannot be called from a host function (use voxvm_call)".into(),
                );
            }
            match with_machine(w, |m| m.run())? {
                Ok(status) => {
                    (*w).exit_status = status;
                    Ok(VOXVM_OK)
                }
                Err(report) => {
                    (*w).exit_status = EXIT_TRAP;
                    set_error(w, report.to_string());
                    Ok(VOXVM_TRAP)
                }
            }
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn voxvm_exit_status(vm: *const VoxVm) -> i32 {
    if vm.is_null() {
        return 0;
    }
    // SAFETY: live handle.
    unsafe { (*vm).exit_status }
}

#[no_mangle]
pub unsafe extern "C" fn voxvm_call(
    vm: *mut VoxVm,
    name: *const c_char,
    args: *const u64,
    nargs: usize,
    result: *mut u64,
) -> c_int {
    // SAFETY: live handle; `args` has `nargs` values; `result` null or writable.
    unsafe {
        guard(vm, |w| {
            let name = str_arg(name, "name")?;
            if args.is_null() && nargs > 0 {
                return Err("args is NULL".into());
            }
            let args = if nargs == 0 {
                &[][..]
            } else {
                std::slice::from_raw_parts(args, nargs)
            };
            let r = match context(w) {
                Some(cx) => cx.call(name, args),
                None => with_machine(w, |m| m.call(name, args))?,
            };
            match r {
                Ok(v) => {
                    if !result.is_null() {
                        *result = v;
                    }
                    Ok(VOXVM_OK)
                }
                Err(vm::CallError::Trap(report)) => {
                    set_error(w, report.to_string());
                    Ok(VOXVM_TRAP)
                }
                Err(vm::CallError::Halted(status)) => {
                    (*w).exit_status = status;
                    set_error(w, format!("`{name}` halted with exit status {status}"));
                    Ok(VOXVM_HALT)
                }
                Err(e) => Err(e.to_string()),
            }
        })
    }
}

/// Runs a memory operation on the callback's context or the loaded VM.
///
/// # Safety
/// `w` is a live handle.
unsafe fn memory<R>(
    w: *mut VoxVm,
    in_cx: impl FnOnce(&mut Cx) -> Result<R, vm::Trap>,
    outside: impl FnOnce(&mut vm::Vm<'static>) -> Result<R, vm::Trap>,
) -> Result<R, String> {
    // SAFETY: caller.
    unsafe {
        match context(w) {
            Some(cx) => in_cx(cx),
            None => with_machine(w, outside)?,
        }
    }
    .map_err(|t| t.to_string())
}

#[no_mangle]
pub unsafe extern "C" fn voxvm_read_memory(
    vm: *mut VoxVm,
    addr: u64,
    buf: *mut c_void,
    len: usize,
) -> c_int {
    // SAFETY: live handle; `buf` has room for `len` bytes.
    unsafe {
        guard(vm, |w| {
            if buf.is_null() && len > 0 {
                return Err("buf is NULL".into());
            }
            let copy = |src: &[u8]| {
                if len > 0 {
                    std::ptr::copy_nonoverlapping(src.as_ptr(), buf.cast::<u8>(), len);
                }
            };
            memory(
                w,
                |cx| cx.read_bytes(addr, len as u64).map(copy),
                |m| m.read_bytes(addr, len as u64).map(copy),
            )?;
            Ok(VOXVM_OK)
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn voxvm_write_memory(
    vm: *mut VoxVm,
    addr: u64,
    buf: *const c_void,
    len: usize,
) -> c_int {
    // SAFETY: live handle; `buf` has `len` bytes.
    unsafe {
        guard(vm, |w| {
            if buf.is_null() && len > 0 {
                return Err("buf is NULL".into());
            }
            let bytes = if len == 0 {
                &[][..]
            } else {
                std::slice::from_raw_parts(buf.cast::<u8>(), len)
            };
            memory(
                w,
                |cx| cx.write_bytes(addr, bytes),
                |m| m.write_bytes(addr, bytes),
            )?;
            Ok(VOXVM_OK)
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn voxvm_read_string(
    vm: *mut VoxVm,
    addr: u64,
    buf: *mut c_char,
    cap: usize,
) -> i64 {
    let mut n = -1i64;
    let np = &mut n as *mut i64;
    // SAFETY: live handle; `buf` has room for `cap` bytes.
    let rc = unsafe {
        guard(vm, |w| {
            if buf.is_null() && cap > 0 {
                return Err("buf is NULL".into());
            }
            let copy = |s: &[u8]| {
                if cap > 0 {
                    let k = s.len().min(cap - 1);
                    std::ptr::copy_nonoverlapping(s.as_ptr(), buf.cast::<u8>(), k);
                    *buf.add(k) = 0;
                }
                s.len() as i64
            };
            *np = memory(
                w,
                |cx| cx.read_c_str(addr).map(copy),
                |m| m.read_c_str(addr).map(copy),
            )?;
            Ok(VOXVM_OK)
        })
    };
    if rc == VOXVM_OK {
        n
    } else {
        -1
    }
}

#[no_mangle]
pub unsafe extern "C" fn voxvm_alloc(vm: *mut VoxVm, size: u64, addr: *mut u64) -> c_int {
    // SAFETY: live handle; `addr` writable.
    unsafe {
        guard(vm, |w| {
            if addr.is_null() {
                return Err("addr is NULL".into());
            }
            *addr = memory(w, |cx| cx.alloc(size), |m| m.heap_alloc(size))?;
            Ok(VOXVM_OK)
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn voxvm_free_memory(vm: *mut VoxVm, addr: u64) -> c_int {
    // SAFETY: live handle.
    unsafe {
        guard(vm, |w| {
            memory(w, |cx| cx.free(addr), |m| m.heap_free(addr))?;
            Ok(VOXVM_OK)
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn voxvm_host_error(vm: *mut VoxVm, message: *const c_char) -> c_int {
    // SAFETY: live handle; NUL-terminated message.
    unsafe {
        guard(vm, |w| {
            if (*w).cx.is_null() {
                return Err("voxvm_host_error is for host functions (none is running)".into());
            }
            let msg = if message.is_null() {
                "(no message)".to_string()
            } else {
                CStr::from_ptr(message).to_string_lossy().into_owned()
            };
            (*w).host_error = Some(msg);
            Ok(VOXVM_OK)
        })
    }
}
