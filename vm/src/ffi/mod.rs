//! Calling native library functions from `hcall`:
//! the typed signature a native function is called with ([`NativeSig`]),
//! how register values become C arguments and C results register values,
//! and the checks of pointer arguments against VM memory.
//!
//! The signature types are plain data, always available; the calls (libffi,
//! libloading) need the cargo feature `native`. Where signatures come from
//! is not this crate's business: `voxvm --native-configs=DIR` reads `*.ron`
//! configs whose C prototypes voxcc parses into [`NativeSig`]s
//! (`voxcc::native`, which documents the config format); an embedding may
//! build them by hand. Either way a function is registered with
//! `Host::define_native`.
//!
//! Before each call, every pointer argument is checked against VM memory: a
//! string must have its NUL inside memory, a buffer must lie entirely inside
//! it; otherwise the `hcall` traps with `out-of-bounds access` and the
//! function is not called. The native code then gets the host address of that
//! VM memory, so it can read and write it (within what its signature says).
//!
//! Native code that prints (`puts`, `printf`) writes through C's stdio
//! buffers, not the VM's output (which is buffered separately and flushed
//! when a run ends), so the two may interleave out of order.
//!
//! Signatures are trusted like C headers: one that does not match the real
//! function can crash the process (hence `Host::define_native` is
//! `unsafe`). What is guaranteed is that bytecode can call only the
//! functions the host declares, and only with pointers into its own memory.

use crate::host::{Signature, ValType, MAX_PARAMS};
use std::fmt;

#[cfg(feature = "native")]
mod call;
#[cfg(feature = "native")]
pub use call::Library;
#[cfg(feature = "native")]
pub(crate) use call::NativeFn;

/// A C value passed or returned by value: an integer of a width and
/// signedness, or a float.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum Scalar {
    I8,
    U8,
    I16,
    U16,
    I32,
    U32,
    I64,
    U64,
    F32,
    F64,
}

impl Scalar {
    /// Size in bytes.
    pub fn size(self) -> u64 {
        match self {
            Scalar::I8 | Scalar::U8 => 1,
            Scalar::I16 | Scalar::U16 => 2,
            Scalar::I32 | Scalar::U32 | Scalar::F32 => 4,
            Scalar::I64 | Scalar::U64 | Scalar::F64 => 8,
        }
    }

    /// An integer type (as opposed to a float).
    pub fn is_integer(self) -> bool {
        !matches!(self, Scalar::F32 | Scalar::F64)
    }

    /// The integer type of `size` bytes (1, 2, 4 or 8) and that signedness.
    pub fn int(size: u64, signed: bool) -> Option<Scalar> {
        Some(match (size, signed) {
            (1, true) => Scalar::I8,
            (1, false) => Scalar::U8,
            (2, true) => Scalar::I16,
            (2, false) => Scalar::U16,
            (4, true) => Scalar::I32,
            (4, false) => Scalar::U32,
            (8, true) => Scalar::I64,
            (8, false) => Scalar::U64,
            _ => return None,
        })
    }

    fn val_type(self) -> ValType {
        match self {
            Scalar::I8 => ValType::I8,
            Scalar::U8 => ValType::U8,
            Scalar::I16 => ValType::I16,
            Scalar::U16 => ValType::U16,
            Scalar::I32 => ValType::I32,
            Scalar::U32 => ValType::U32,
            Scalar::I64 => ValType::I64,
            Scalar::U64 => ValType::U64,
            Scalar::F32 => ValType::F32,
            Scalar::F64 => ValType::F64,
        }
    }
}

/// How many elements a buffer parameter covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BufferLen {
    /// The value of the integer parameter at this index (0-based), read at
    /// each call; a negative value of a signed type is an error.
    Param(usize),
    /// A fixed count.
    Count(u64),
}

/// One parameter of a native function: what the bytecode passes in its
/// register and what the C function receives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NativeParam {
    /// A value of this type.
    Value(Scalar),
    /// The VM address of a NUL-terminated string; C gets a `char *` to it.
    Str,
    /// The VM address of `len` elements of `elem_size` bytes each; C gets a
    /// pointer to them.
    Buffer {
        /// Bytes per element (1 for `void`).
        elem_size: u64,
        /// How many elements.
        len: BufferLen,
    },
}

/// The result of a native function.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NativeResult {
    /// None (`void`).
    Void,
    /// A value of this type.
    Value(Scalar),
    /// A `char *` string: copied to a new VM heap block (its address is the
    /// result; NULL gives 0), or, if it points into VM memory, that VM address.
    Str,
}

/// The typed signature of a native function: what `Host::define_native`
/// needs to marshal a call.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct NativeSig {
    /// The symbol in the library, and the host function's name.
    pub name: String,
    /// Parameters in order (at most [`MAX_PARAMS`]).
    pub params: Vec<NativeParam>,
    /// The result.
    pub result: NativeResult,
}

impl NativeSig {
    /// Checks what the marshalling relies on: at most [`MAX_PARAMS`]
    /// parameters, every buffer length naming another parameter that is an
    /// integer value, and fixed buffer sizes that fit in 64 bits.
    pub fn check(&self) -> Result<(), String> {
        if self.name.is_empty() || self.name.contains('\0') {
            return Err("the function name is empty or has a NUL".into());
        }
        if self.params.len() > MAX_PARAMS {
            return Err(format!(
                "{} parameters; at most {MAX_PARAMS} are supported",
                self.params.len()
            ));
        }
        for (i, p) in self.params.iter().enumerate() {
            if let NativeParam::Buffer { elem_size, len } = *p {
                match len {
                    BufferLen::Param(k) => match self.params.get(k) {
                        Some(NativeParam::Value(s)) if k != i && s.is_integer() => {}
                        _ => {
                            return Err(format!(
                                "parameter {}: its length is parameter {}, which is not an integer parameter",
                                i + 1,
                                k + 1
                            ))
                        }
                    },
                    BufferLen::Count(n) => {
                        if n.checked_mul(elem_size).is_none() {
                            return Err(format!("parameter {}: the buffer is too large", i + 1));
                        }
                    }
                }
            }
        }
        Ok(())
    }

    /// The signature bytecode sees: pointers are [`ValType::Ptr`].
    pub fn signature(&self) -> Signature {
        Signature {
            params: self
                .params
                .iter()
                .map(|p| match p {
                    NativeParam::Value(s) => s.val_type(),
                    NativeParam::Str | NativeParam::Buffer { .. } => ValType::Ptr,
                })
                .collect(),
            result: match self.result {
                NativeResult::Void => None,
                NativeResult::Value(s) => Some(s.val_type()),
                NativeResult::Str => Some(ValType::Ptr),
            },
        }
    }
}

/// Why `Host::define_native` refused a function.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DefineError {
    /// The signature fails [`NativeSig::check`].
    Signature(String),
    /// The host already has a function of that name; where it was declared
    /// (`None`: by the embedding host, not a native config).
    AlreadyDeclared(Option<String>),
    /// The library has no such symbol (the loader's message).
    NoSymbol(String),
    /// libffi cannot describe the call.
    Ffi(String),
}

impl fmt::Display for DefineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DefineError::Signature(m) => f.write_str(m),
            DefineError::AlreadyDeclared(by) => write!(
                f,
                "already declared by {}",
                by.as_deref().unwrap_or("the host")
            ),
            DefineError::NoSymbol(e) => write!(f, "symbol not found: {e}"),
            DefineError::Ffi(e) => write!(f, "libffi cannot describe this call: {e}"),
        }
    }
}

impl std::error::Error for DefineError {}

#[cfg(test)]
mod tests {
    use super::*;

    fn sig(params: Vec<NativeParam>) -> NativeSig {
        NativeSig {
            name: "f".into(),
            params,
            result: NativeResult::Void,
        }
    }

    #[test]
    fn signatures_are_checked() {
        let buf = |len| NativeParam::Buffer { elem_size: 8, len };
        assert_eq!(
            sig(vec![
                buf(BufferLen::Param(1)),
                NativeParam::Value(Scalar::U64)
            ])
            .check(),
            Ok(())
        );
        for bad in [
            sig(vec![buf(BufferLen::Param(0))]),
            sig(vec![buf(BufferLen::Param(3))]),
            sig(vec![
                buf(BufferLen::Param(1)),
                NativeParam::Value(Scalar::F64),
            ]),
            sig(vec![buf(BufferLen::Param(1)), NativeParam::Str]),
            sig(vec![buf(BufferLen::Count(u64::MAX / 4))]),
            sig(vec![NativeParam::Value(Scalar::I32); MAX_PARAMS + 1]),
        ] {
            assert!(bad.check().is_err(), "{bad:?}");
        }
        let s = sig(vec![NativeParam::Str, NativeParam::Value(Scalar::F32)]);
        assert_eq!(s.signature().to_string(), "(ptr, f32)");
    }
}
