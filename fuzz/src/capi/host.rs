//! The `capi` target's callbacks: the host function behind every
//! `voxvm_define` and the output callback. They are `extern "C"`, so they
//! never panic: what they find wrong is recorded ([`super::fail_later`]) and
//! reported after the API call returns.

use std::cell::Cell;
use std::ffi::{c_char, c_int, c_void, CStr};

use voxvm::VoxVm;

use super::templates::{ASM_PLAIN, CALL_NAMES};
use super::{cstring, fail_later, rc, DEPTH, ERROR, HALT, MAX_DEPTH, OK, STR, TRAP};

/// One `voxvm_define`: its parameter types and what the host function does
/// on each call (cycling through `script`).
pub(super) struct HostDef {
    pub(super) params: Vec<c_int>,
    pub(super) result: c_int,
    pub(super) script: Vec<u8>,
    pub(super) next: Cell<usize>,
    pub(super) vm: *mut VoxVm,
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
pub(super) fn pick_addr(sel: u8, word: u64, known: &[u64]) -> u64 {
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
pub(super) unsafe extern "C" fn host_fn(
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
pub(super) unsafe fn host_action(
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
pub(super) struct Sink {
    pub(super) bytes: Cell<usize>,
    pub(super) sum: Cell<u8>,
}

pub(super) unsafe extern "C" fn write_fn(data: *const c_char, len: usize, user: *mut c_void) {
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
