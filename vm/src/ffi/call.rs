//! The calls themselves (cargo feature `native`): libffi call interfaces
//! built from [`NativeSig`]s, the pointer checks, and registration.

use super::{BufferLen, DefineError, NativeParam, NativeResult, NativeSig, Scalar};
use crate::host::{Callee, Host, HostError, Signature, MAX_PARAMS};
use crate::machine::{Break, Vm};
use crate::trap::Trap;
use libffi::middle::{Arg, Cif, CodePtr, Ret, Type};
use std::ffi::{c_char, c_void, CStr};
use std::sync::Arc;

/// A dynamically loaded library (libloading's), whose symbols
/// [`Host::define_native`] resolves.
pub use libloading::Library;

impl Scalar {
    fn ffi_type(self) -> Type {
        match self {
            Scalar::I8 => Type::i8(),
            Scalar::U8 => Type::u8(),
            Scalar::I16 => Type::i16(),
            Scalar::U16 => Type::u16(),
            Scalar::I32 => Type::i32(),
            Scalar::U32 => Type::u32(),
            Scalar::I64 => Type::i64(),
            Scalar::U64 => Type::u64(),
            Scalar::F32 => Type::f32(),
            Scalar::F64 => Type::f64(),
        }
    }

    /// The C value for register bits, in the first `size` bytes of a slot.
    fn to_slot(self, bits: u64) -> u64 {
        let mut slot = [0u8; 8];
        match self.size() {
            1 => slot[..1].copy_from_slice(&(bits as u8).to_ne_bytes()),
            2 => slot[..2].copy_from_slice(&(bits as u16).to_ne_bytes()),
            4 => slot[..4].copy_from_slice(&(bits as u32).to_ne_bytes()),
            _ => slot = bits.to_ne_bytes(),
        }
        u64::from_ne_bytes(slot)
    }

    /// Register bits for a C result (or the low bits of a register read as
    /// this type). Integer results narrower than a register come back
    /// widened to a full `ffi_arg` (8 bytes here); floats in the first bytes
    /// of the buffer.
    fn ret_bits(self, v: u64) -> u64 {
        match self {
            Scalar::I8 => v as i8 as i64 as u64,
            Scalar::U8 => u64::from(v as u8),
            Scalar::I16 => v as i16 as i64 as u64,
            Scalar::U16 => u64::from(v as u16),
            Scalar::I32 => v as i32 as i64 as u64,
            Scalar::U32 => u64::from(v as u32),
            Scalar::I64 | Scalar::U64 | Scalar::F64 => v,
            Scalar::F32 => {
                let b = v.to_ne_bytes();
                u64::from(u32::from_ne_bytes([b[0], b[1], b[2], b[3]]))
            }
        }
    }
}

impl Host {
    /// Declares the native function `sig.name` of `lib` as a host function
    /// of that name, called with the marshalling `sig` describes (see
    /// [`crate::ffi`]). `origin` says where it was declared (e.g.
    /// `file:line:col` of a config), for messages about it. Unlike
    /// [`Host::define`], a name the host already has is an error: native
    /// functions come from configs, where a clash is a mistake.
    ///
    /// # Safety
    ///
    /// `lib`'s symbol `sig.name` must be a C function whose parameters and
    /// result are what `sig` says, and which reads and writes through its
    /// pointer parameters at most as many bytes as `sig` declares for them.
    /// Calling it is otherwise undefined behaviour.
    ///
    /// ```no_run
    /// use std::sync::Arc;
    /// use vm::ffi::{Library, NativeParam, NativeResult, NativeSig, Scalar};
    ///
    /// // SAFETY: libm's initialisers are the C library's own.
    /// let libm = Arc::new(unsafe { Library::new("libm.so.6") }.unwrap());
    /// let sig = NativeSig {
    ///     name: "pow".into(),
    ///     params: vec![NativeParam::Value(Scalar::F64); 2],
    ///     result: NativeResult::Value(Scalar::F64),
    /// };
    /// let mut host = vm::Host::new();
    /// // SAFETY: libm's `pow` is `double pow(double, double)`.
    /// unsafe { host.define_native(&libm, sig, None) }.unwrap();
    /// ```
    pub unsafe fn define_native(
        &mut self,
        lib: &Arc<Library>,
        sig: NativeSig,
        origin: Option<String>,
    ) -> Result<(), DefineError> {
        sig.check().map_err(DefineError::Signature)?;
        if let Some(by) = self.origin(&sig.name) {
            return Err(DefineError::AlreadyDeclared(by.map(str::to_string)));
        }
        let mut sym = sig.name.clone().into_bytes();
        sym.push(0);
        // SAFETY: only the address is taken; it is called through a CIF built
        // from `sig`, which the caller vouches for.
        let ptr = unsafe { lib.get::<unsafe extern "C" fn()>(&sym) }
            .map(|s| *s)
            .map_err(|e| DefineError::NoSymbol(e.to_string()))?;
        let args: Vec<Type> = sig
            .params
            .iter()
            .map(|p| match p {
                NativeParam::Value(s) => s.ffi_type(),
                NativeParam::Str | NativeParam::Buffer { .. } => Type::pointer(),
            })
            .collect();
        let ret = match sig.result {
            NativeResult::Void => Type::void(),
            NativeResult::Value(s) => s.ffi_type(),
            NativeResult::Str => Type::pointer(),
        };
        let cif = Cif::try_new(args, ret).map_err(|e| DefineError::Ffi(format!("{e:?}")))?;
        let name = sig.name.clone();
        let f = NativeFn {
            signature: sig.signature(),
            sig,
            cif,
            code: CodePtr(ptr as *mut c_void),
            _lib: lib.clone(),
        };
        let signature = f.signature.clone();
        self.insert(&name, signature, Callee::Native(Arc::new(f)), origin);
        Ok(())
    }
}

/// A native function ready to call.
pub(crate) struct NativeFn {
    sig: NativeSig,
    signature: Signature,
    cif: Cif,
    code: CodePtr,
    /// Keeps the library loaded while the function can be called.
    _lib: Arc<Library>,
}

// SAFETY: `cif` and `code` hold raw pointers only because libffi's types do:
// the call interface is prepared once when the function is defined and only
// read afterwards (`Cif::call` takes `&self`, and `ffi_call` reads the
// `ffi_cif` and its type descriptions, never writes them), and `code` is the
// address of a function in `_lib`, which this value keeps loaded (`Library` is
// `Send + Sync`). So the value may move to, and be called from, any thread.
// Whether the native function itself may run on several threads at once is
// the native config's business, as it is for a C program that calls it (see
// `Host`'s docs).
unsafe impl Send for NativeFn {}
// SAFETY: as for `Send`: nothing is written through a shared `NativeFn`.
unsafe impl Sync for NativeFn {}

impl NativeFn {
    /// Calls the function with register-bit arguments; checks pointer
    /// arguments against VM memory first.
    pub(crate) fn call(&self, vm: &mut Vm<'_>, args: &[u64]) -> Result<u64, HostError> {
        let n = self.sig.params.len();
        let mut slots = [0u64; MAX_PARAMS];
        let mut ptrs: [Option<u64>; MAX_PARAMS] = [None; MAX_PARAMS];
        let mut work = 0u64;
        for (i, p) in self.sig.params.iter().enumerate() {
            let (elem, count) = match *p {
                NativeParam::Value(s) => {
                    slots[i] = s.to_slot(args[i]);
                    continue;
                }
                NativeParam::Str => {
                    let len = vm.read_c_str(args[i])?.len() as u64 + 1;
                    (1, len)
                }
                NativeParam::Buffer { elem_size, len } => (elem_size, self.count(len, i, args)?),
            };
            let addr = args[i];
            let bytes = count.checked_mul(elem).ok_or(Trap::OutOfBounds {
                addr,
                size: u64::MAX,
            })?;
            vm.read_bytes(addr, bytes)?;
            work = work.saturating_add(bytes);
            ptrs[i] = Some(addr);
        }
        // The native function may walk every byte its pointers reach: they
        // are charged as steps before the call, which has had no effect yet
        // (so a step-limit trap here leaves the call to be resumed).
        if let Err(Break::Trap(t)) = vm.charge_work(work) {
            return Err(t.into());
        }
        // Host addresses only after every check: nothing below can move memory.
        let base = vm.mem.as_mut_ptr();
        for (i, p) in ptrs.iter().enumerate().take(n) {
            if let Some(addr) = p {
                // In bounds: checked above.
                slots[i] = base.wrapping_add(*addr as usize) as usize as u64;
            }
        }
        // On the stack: a heap allocation would be a good part of the call's cost.
        let argv: [Arg; MAX_PARAMS] = std::array::from_fn(|i| Arg::new(&slots[i]));
        let argv = &argv[..n];
        let mut ret = [0u64; 2];
        // SAFETY: `define_native`'s caller vouched that the signature matches
        // the symbol; every argument slot holds a value of its parameter's C
        // type, and every pointer points into VM memory for as many bytes as
        // the signature declares.
        unsafe {
            match self.sig.result {
                NativeResult::Void => self.cif.call_return_into(self.code, argv, Ret::void()),
                _ => self
                    .cif
                    .call_return_into(self.code, argv, Ret::new(&mut ret)),
            }
        }
        match self.sig.result {
            NativeResult::Void => Ok(0),
            NativeResult::Value(s) => Ok(s.ret_bits(ret[0])),
            NativeResult::Str => {
                let p = ret[0] as usize as *const c_char;
                if p.is_null() {
                    return Ok(0);
                }
                let base = vm.mem.as_mut_ptr() as usize;
                let addr = (p as usize).wrapping_sub(base) as u64;
                if (p as usize) >= base && addr < vm.mem.len() {
                    return Ok(addr);
                }
                // SAFETY: the signature says the function returns a C string.
                let s = unsafe { CStr::from_ptr(p) }.to_bytes();
                let a = vm.alloc(s.len() as u64 + 1).map_err(|_| {
                    HostError::new(format!(
                        "{}: no heap space for the returned string",
                        self.sig.name
                    ))
                })?;
                vm.write_bytes(a, s)?;
                vm.write_bytes(a + s.len() as u64, &[0])?;
                Ok(a)
            }
        }
    }

    /// The element count of buffer parameter `i`.
    fn count(&self, len: BufferLen, i: usize, args: &[u64]) -> Result<u64, HostError> {
        let k = match len {
            BufferLen::Count(c) => return Ok(c),
            BufferLen::Param(k) => k,
        };
        // An integer parameter: `NativeSig::check` made sure of it.
        let NativeParam::Value(s) = self.sig.params[k] else {
            return Ok(0);
        };
        let v = s.ret_bits(args[k]);
        match s {
            Scalar::I8 | Scalar::I16 | Scalar::I32 | Scalar::I64 => u64::try_from(v as i64)
                .map_err(|_| {
                    HostError::new(format!(
                        "negative length {} for pointer parameter {}",
                        v as i64,
                        i + 1
                    ))
                }),
            _ => Ok(v),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_widen_like_registers() {
        assert_eq!(Scalar::I8.ret_bits(0xff), u64::MAX);
        assert_eq!(Scalar::U16.ret_bits(0x1_ffff), 0xffff);
        let slot = Scalar::I32.to_slot(u64::MAX).to_ne_bytes();
        assert_eq!(slot, [0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0]);
    }
}
