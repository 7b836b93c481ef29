//! Native library functions for `hcall`, declared in config files (cargo
//! feature `native`; `voxvm --native-configs=DIR`).
//!
//! Each `*.ron` file in the directory declares one library and the functions
//! bytecode may call in it, as C prototypes:
//!
//! ```text
//! // nconfigs/libm.ron
//! (
//!     library: "libm.so.6",          // a soname (searched like dlopen does) or a
//!                                    // path (relative paths: from this file's directory);
//!                                    // or a list, tried in order: ["libm.so.6", "libm.dylib"]
//!     functions: [
//!         "double sin(double x)",
//!         "double pow(double x, double y)",
//!         "float sqrtf(float x)",
//!     ],
//! )
//! ```
//!
//! Each function becomes a host function named like the C function; bytecode
//! calls it with `hcall sin, r1`. Types in prototypes:
//!
//! | C type | register view |
//! |---|---|
//! | `void` (result, or `(void)` for no parameters) | — |
//! | `char`, `signed char`, `unsigned char`, `short`, `int`, `long`, `long long` (with `signed`/`unsigned`), `int8_t` .. `uint64_t`, `size_t`, `ssize_t`, `ptrdiff_t`, `intptr_t`, `uintptr_t`, `bool`/`_Bool` | the integer type of that width and signedness (`i8` .. `u64`) |
//! | `float`, `double` | `f32`, `f64` |
//! | `char *s` (any `char`, `const` or not) | VM address of a NUL-terminated string |
//! | `T *p[n]` (`T` any type above, or `void` for bytes) | VM address of `n` elements of `T`; `n` is the name of an integer parameter or a number |
//! | `char *` result | a string: copied to a new VM heap block (its address is the result; NULL gives 0), or, if it points into VM memory, that VM address |
//!
//! `const`, `volatile` and `restrict` are accepted and ignored; parameter names
//! are optional except where a length refers to them. Variadic functions,
//! structs, pointers to pointers and other pointer results are refused.
//!
//! Before each call, every pointer argument is checked against VM memory: a
//! string must have its NUL inside memory, a buffer must lie entirely inside
//! it; otherwise the `hcall` traps with `out-of-bounds access` and the
//! function is not called. The native code then gets the host address of that
//! VM memory, so it can read and write it (within what its prototype says).
//!
//! Native code that prints (`puts`, `printf`) writes through C's stdio
//! buffers, not the VM's output (which is buffered separately and flushed
//! when a run ends), so the two may interleave out of order.
//!
//! Configs are trusted like C headers: a prototype that does not match the
//! real function can crash the process. What is guaranteed is that bytecode
//! can call only the functions a config (or the embedding host) declares, and
//! only with pointers into its own memory.
//!
//! A config that cannot be used is an error naming the file, the line and
//! column, and the item: a RON syntax error, a missing library, an unknown
//! symbol, or a prototype that does not parse.

use crate::host::{Callee, Host, HostError, Signature, ValType, MAX_PARAMS};
use crate::machine::Vm;
use crate::trap::Trap;
use libffi::middle::{Arg, Cif, CodePtr, Ret, Type};
use libloading::Library;
use serde::Deserialize;
use std::ffi::{c_char, c_int, c_long, c_longlong, c_short, c_void, CStr};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A native config that cannot be used: where, which item, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// The config file (or the directory, for directory-level errors).
    pub file: PathBuf,
    /// 1-based line (0 when the error is about the whole file or directory).
    pub line: usize,
    /// 1-based column.
    pub col: usize,
    /// The item: `library "…"` or `function "…"` (empty for syntax errors).
    pub item: String,
    /// What is wrong.
    pub message: String,
    /// The file or directory could not be read at all (as opposed to a
    /// config that is readable but wrong).
    pub unreadable: bool,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if self.line > 0 {
            write!(f, ":{}:{}", self.line, self.col)?;
        }
        write!(f, ": ")?;
        if !self.item.is_empty() {
            write!(f, "{}: ", self.item)?;
        }
        f.write_str(&self.message)
    }
}

impl std::error::Error for ConfigError {}

/// The contents of one config file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    library: Library_,
    functions: Vec<String>,
}

/// One library name, or candidates tried in order.
#[derive(Deserialize)]
#[serde(untagged)]
enum Library_ {
    One(String),
    AnyOf(Vec<String>),
}

impl Library_ {
    fn candidates(&self) -> Vec<&str> {
        match self {
            Library_::One(s) => vec![s.as_str()],
            Library_::AnyOf(v) => v.iter().map(String::as_str).collect(),
        }
    }
}

/// An integer or float C type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Scalar {
    Int { size: u8, signed: bool },
    F32,
    F64,
}

impl Scalar {
    fn size(self) -> u64 {
        match self {
            Scalar::Int { size, .. } => u64::from(size),
            Scalar::F32 => 4,
            Scalar::F64 => 8,
        }
    }

    fn val_type(self) -> ValType {
        match self {
            Scalar::Int { size: 1, signed } => pick(signed, ValType::I8, ValType::U8),
            Scalar::Int { size: 2, signed } => pick(signed, ValType::I16, ValType::U16),
            Scalar::Int { size: 4, signed } => pick(signed, ValType::I32, ValType::U32),
            Scalar::Int { signed, .. } => pick(signed, ValType::I64, ValType::U64),
            Scalar::F32 => ValType::F32,
            Scalar::F64 => ValType::F64,
        }
    }

    fn ffi_type(self) -> Type {
        match self {
            Scalar::Int { size: 1, signed } => pick(signed, Type::i8(), Type::u8()),
            Scalar::Int { size: 2, signed } => pick(signed, Type::i16(), Type::u16()),
            Scalar::Int { size: 4, signed } => pick(signed, Type::i32(), Type::u32()),
            Scalar::Int { signed, .. } => pick(signed, Type::i64(), Type::u64()),
            Scalar::F32 => Type::f32(),
            Scalar::F64 => Type::f64(),
        }
    }

    /// The C value for register bits, in the first `size` bytes of a slot.
    fn to_slot(self, bits: u64) -> u64 {
        let mut slot = [0u8; 8];
        match self {
            Scalar::Int { size: 1, .. } => slot[..1].copy_from_slice(&(bits as u8).to_ne_bytes()),
            Scalar::Int { size: 2, .. } => slot[..2].copy_from_slice(&(bits as u16).to_ne_bytes()),
            Scalar::Int { size: 4, .. } | Scalar::F32 => {
                slot[..4].copy_from_slice(&(bits as u32).to_ne_bytes())
            }
            Scalar::Int { .. } | Scalar::F64 => slot = bits.to_ne_bytes(),
        }
        u64::from_ne_bytes(slot)
    }

    /// Register bits for a C result. Integer results narrower than a register
    /// come back widened to a full `ffi_arg` (8 bytes here); floats in the
    /// first bytes of the buffer.
    fn ret_bits(self, ret: u64) -> u64 {
        match self {
            Scalar::Int { size, signed } => {
                let v = ret;
                match (size, signed) {
                    (1, true) => v as i8 as i64 as u64,
                    (1, false) => u64::from(v as u8),
                    (2, true) => v as i16 as i64 as u64,
                    (2, false) => u64::from(v as u16),
                    (4, true) => v as i32 as i64 as u64,
                    (4, false) => u64::from(v as u32),
                    _ => v,
                }
            }
            Scalar::F32 => {
                let b = ret.to_ne_bytes();
                u64::from(u32::from_ne_bytes([b[0], b[1], b[2], b[3]]))
            }
            Scalar::F64 => ret,
        }
    }
}

fn pick<T>(signed: bool, s: T, u: T) -> T {
    if signed {
        s
    } else {
        u
    }
}

/// How many bytes a pointer parameter covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Len {
    /// Up to and including a NUL byte.
    CStr,
    /// `elem` bytes times the value of parameter `index` (a `scalar` integer).
    Param { index: usize, scalar: Scalar },
    /// A fixed number of bytes.
    Bytes(u64),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Param {
    Value(Scalar),
    Ptr { elem: u64, len: Len },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Result_ {
    Void,
    Value(Scalar),
    CStr,
}

/// A parsed prototype.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Proto {
    name: String,
    params: Vec<Param>,
    result: Result_,
}

impl Proto {
    fn signature(&self) -> Signature {
        Signature {
            params: self
                .params
                .iter()
                .map(|p| match p {
                    Param::Value(s) => s.val_type(),
                    Param::Ptr { .. } => ValType::Ptr,
                })
                .collect(),
            result: match self.result {
                Result_::Void => None,
                Result_::Value(s) => Some(s.val_type()),
                Result_::CStr => Some(ValType::Ptr),
            },
        }
    }
}

/// A native function ready to call.
pub(crate) struct NativeFn {
    name: String,
    proto: Proto,
    cif: Cif,
    code: CodePtr,
    /// Keeps the library loaded while the function can be called.
    _lib: Arc<Library>,
}

// SAFETY: `cif` and `code` hold raw pointers only because libffi's types do:
// the call interface is prepared once in `load` and only read afterwards
// (`Cif::call` takes `&self`, and `ffi_call` reads the `ffi_cif` and its type
// descriptions, never writes them), and `code` is the address of a function
// in `_lib`, which this value keeps loaded (`Library` is `Send + Sync`). So the
// value may move to, and be called from, any thread. Whether the native
// function itself may run on several threads at once is the native config's
// business, as it is for a C program that calls it (see `Host`'s docs).
unsafe impl Send for NativeFn {}
// SAFETY: as for `Send`: nothing is written through a shared `NativeFn`.
unsafe impl Sync for NativeFn {}

impl NativeFn {
    /// Calls the function with register-bit arguments; checks pointer
    /// arguments against VM memory first.
    pub(crate) fn call(&self, vm: &mut Vm<'_>, args: &[u64]) -> Result<u64, HostError> {
        let n = self.proto.params.len();
        let mut slots = [0u64; MAX_PARAMS];
        let mut ptrs: [Option<u64>; MAX_PARAMS] = [None; MAX_PARAMS];
        for (i, p) in self.proto.params.iter().enumerate() {
            match *p {
                Param::Value(s) => slots[i] = s.to_slot(args[i]),
                Param::Ptr { elem, len } => {
                    let addr = args[i];
                    let bytes = match len {
                        Len::CStr => vm.read_c_str(addr)?.len() as u64 + 1,
                        Len::Param { index, scalar } => {
                            let count = match scalar {
                                Scalar::Int { signed: true, .. } => {
                                    let v = scalar.ret_bits(args[index]) as i64;
                                    u64::try_from(v).map_err(|_| {
                                        HostError::new(format!(
                                            "negative length {v} for pointer parameter {}",
                                            i + 1
                                        ))
                                    })?
                                }
                                _ => scalar.ret_bits(args[index]),
                            };
                            count.checked_mul(elem).ok_or(Trap::OutOfBounds {
                                addr,
                                size: u64::MAX,
                            })?
                        }
                        Len::Bytes(b) => b,
                    };
                    vm.read_bytes(addr, bytes)?;
                    ptrs[i] = Some(addr);
                }
            }
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
        // SAFETY: the prototype comes from a config, which is trusted to match
        // the symbol (see the module docs); every argument slot holds a value
        // of its parameter's C type, and every pointer points into VM memory
        // for as many bytes as the prototype declares.
        unsafe {
            match self.proto.result {
                Result_::Void => self.cif.call_return_into(self.code, argv, Ret::void()),
                _ => self
                    .cif
                    .call_return_into(self.code, argv, Ret::new(&mut ret)),
            }
        }
        match self.proto.result {
            Result_::Void => Ok(0),
            Result_::Value(s) => Ok(s.ret_bits(ret[0])),
            Result_::CStr => {
                let p = ret[0] as usize as *const c_char;
                if p.is_null() {
                    return Ok(0);
                }
                let base = vm.mem.as_mut_ptr() as usize;
                let addr = (p as usize).wrapping_sub(base) as u64;
                if (p as usize) >= base && addr < vm.mem.len() {
                    return Ok(addr);
                }
                // SAFETY: the prototype says the function returns a C string.
                let s = unsafe { CStr::from_ptr(p) }.to_bytes();
                let a = vm.alloc(s.len() as u64 + 1).map_err(|_| {
                    HostError::new(format!(
                        "{}: no heap space for the returned string",
                        self.name
                    ))
                })?;
                vm.write_bytes(a, s)?;
                vm.write_bytes(a + s.len() as u64, &[0])?;
                Ok(a)
            }
        }
    }
}

// ---- prototypes ----

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    Num(u64),
    Star,
    LParen,
    RParen,
    LBracket,
    RBracket,
    Comma,
    Ellipsis,
    Semi,
}

fn lex(s: &str) -> Result<Vec<Tok>, String> {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i] as char;
        match c {
            c if c.is_whitespace() => i += 1,
            '*' | '(' | ')' | '[' | ']' | ',' | ';' => {
                out.push(match c {
                    '*' => Tok::Star,
                    '(' => Tok::LParen,
                    ')' => Tok::RParen,
                    '[' => Tok::LBracket,
                    ']' => Tok::RBracket,
                    ',' => Tok::Comma,
                    _ => Tok::Semi,
                });
                i += 1;
            }
            '.' if s[i..].starts_with("...") => {
                out.push(Tok::Ellipsis);
                i += 3;
            }
            c if c.is_ascii_alphabetic() || c == '_' => {
                let start = i;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                    i += 1;
                }
                out.push(Tok::Ident(s[start..i].to_string()));
            }
            c if c.is_ascii_digit() => {
                let start = i;
                while i < b.len() && b[i].is_ascii_alphanumeric() {
                    i += 1;
                }
                let t = &s[start..i];
                let v = if let Some(h) = t.strip_prefix("0x") {
                    u64::from_str_radix(h, 16)
                } else {
                    t.parse()
                };
                out.push(Tok::Num(v.map_err(|_| format!("bad number `{t}`"))?));
            }
            _ => return Err(format!("unexpected character `{c}`")),
        }
    }
    Ok(out)
}

/// Words that make up a base type (as opposed to a name).
#[rustfmt::skip]
const TYPE_WORDS: &[&str] = &[
    "void", "char", "short", "int", "long", "float", "double", "signed", "unsigned", "bool",
    "_Bool", "const", "volatile", "restrict", "int8_t", "int16_t", "int32_t", "int64_t",
    "uint8_t", "uint16_t", "uint32_t", "uint64_t", "size_t", "ssize_t", "ptrdiff_t", "intptr_t",
    "uintptr_t", "struct", "union", "enum",
];

/// A base type: `None` is `void`; `is_char` marks the char types (strings).
#[derive(Clone, Copy, Debug)]
struct Base {
    scalar: Option<Scalar>,
    is_char: bool,
}

fn int(size: usize, signed: bool) -> Scalar {
    Scalar::Int {
        size: size as u8,
        signed,
    }
}

fn base_type(words: &[String]) -> Result<Base, String> {
    let words: Vec<&str> = words
        .iter()
        .map(String::as_str)
        .filter(|w| !matches!(*w, "const" | "volatile" | "restrict"))
        .collect();
    let text = words.join(" ");
    if words.is_empty() {
        return Err("missing type".into());
    }
    if let Some(w) = words
        .iter()
        .find(|w| matches!(**w, "struct" | "union" | "enum"))
    {
        return Err(format!("`{w}` types are not supported"));
    }
    let count = |w: &str| words.iter().filter(|x| **x == w).count();
    let (signed, unsigned) = (count("signed"), count("unsigned"));
    let longs = count("long");
    let plain = |t: Option<Scalar>| Base {
        scalar: t,
        is_char: false,
    };
    if words.len() == 1 {
        let size_t = std::mem::size_of::<usize>();
        let t = match words[0] {
            "void" => return Ok(plain(None)),
            "float" => Scalar::F32,
            "double" => Scalar::F64,
            "bool" | "_Bool" => int(1, false),
            "int8_t" => int(1, true),
            "int16_t" => int(2, true),
            "int32_t" => int(4, true),
            "int64_t" => int(8, true),
            "uint8_t" => int(1, false),
            "uint16_t" => int(2, false),
            "uint32_t" => int(4, false),
            "uint64_t" => int(8, false),
            "size_t" | "uintptr_t" => int(size_t, false),
            "ssize_t" | "ptrdiff_t" | "intptr_t" => int(size_t, true),
            _ => return integer(&words, signed, unsigned, longs, &text),
        };
        return Ok(plain(Some(t)));
    }
    if text == "long double" {
        return Err("`long double` is not supported".into());
    }
    integer(&words, signed, unsigned, longs, &text)
}

/// The C integer types spelled with `signed`/`unsigned`/`short`/`long`/`int`/`char`.
fn integer(
    words: &[&str],
    signed: usize,
    unsigned: usize,
    longs: usize,
    text: &str,
) -> Result<Base, String> {
    let known = ["signed", "unsigned", "short", "long", "int", "char"];
    if let Some(w) = words.iter().find(|w| !known.contains(w)) {
        return Err(if TYPE_WORDS.contains(w) {
            format!("`{text}` is not a C type this loader understands")
        } else {
            format!("unknown type `{w}`")
        });
    }
    let (shorts, chars, ints) = (
        words.iter().filter(|w| **w == "short").count(),
        words.iter().filter(|w| **w == "char").count(),
        words.iter().filter(|w| **w == "int").count(),
    );
    let bad = || format!("`{text}` is not a valid C type");
    if signed + unsigned > 1 || ints > 1 || chars > 1 || shorts > 1 || longs > 2 {
        return Err(bad());
    }
    if chars == 1 && (shorts + longs + ints) > 0 || shorts == 1 && longs > 0 {
        return Err(bad());
    }
    let is_signed = unsigned == 0;
    let (size, is_char) = if chars == 1 {
        (1, true)
    } else if shorts == 1 {
        (std::mem::size_of::<c_short>(), false)
    } else if longs == 2 {
        (std::mem::size_of::<c_longlong>(), false)
    } else if longs == 1 {
        (std::mem::size_of::<c_long>(), false)
    } else {
        (std::mem::size_of::<c_int>(), false)
    };
    // Plain `char` has the platform's signedness.
    let is_signed = if chars == 1 && signed + unsigned == 0 {
        c_char::MIN != 0
    } else {
        is_signed
    };
    Ok(Base {
        scalar: Some(int(size, is_signed)),
        is_char,
    })
}

/// One declarator: base words, pointer depth, name, and `[len]`.
struct Decl {
    words: Vec<String>,
    stars: usize,
    name: Option<String>,
    len: Option<Tok>,
}

fn split_decl(toks: &[Tok]) -> Result<Decl, String> {
    let mut words: Vec<String> = Vec::new();
    let mut stars = 0;
    let mut name = None;
    let mut len = None;
    let mut i = 0;
    while i < toks.len() {
        match &toks[i] {
            Tok::Ident(w) if name.is_none() => {
                if stars > 0 && matches!(w.as_str(), "const" | "volatile" | "restrict") {
                    // `char *const p`: qualifies the pointer.
                } else if stars == 0
                    && (TYPE_WORDS.contains(&w.as_str())
                        || words.is_empty()
                        || words
                            .last()
                            .is_some_and(|l| matches!(l.as_str(), "struct" | "union" | "enum")))
                {
                    words.push(w.clone());
                } else {
                    name = Some(w.clone());
                }
            }
            Tok::Star if name.is_none() => stars += 1,
            Tok::LBracket if name.is_some() && len.is_none() => {
                match (toks.get(i + 1), toks.get(i + 2)) {
                    (Some(t @ (Tok::Ident(_) | Tok::Num(_))), Some(Tok::RBracket)) => {
                        len = Some(t.clone());
                        i += 2;
                    }
                    _ => {
                        return Err(
                            "a length is written `[n]`, with `n` a parameter name or a number"
                                .into(),
                        )
                    }
                }
            }
            t => return Err(format!("unexpected `{}`", show(t))),
        }
        i += 1;
    }
    // `unsigned x`: the last word may be a name when the words still make a type.
    Ok(Decl {
        words,
        stars,
        name,
        len,
    })
}

fn show(t: &Tok) -> String {
    match t {
        Tok::Ident(s) => s.clone(),
        Tok::Num(n) => n.to_string(),
        Tok::Star => "*".into(),
        Tok::LParen => "(".into(),
        Tok::RParen => ")".into(),
        Tok::LBracket => "[".into(),
        Tok::RBracket => "]".into(),
        Tok::Comma => ",".into(),
        Tok::Ellipsis => "...".into(),
        Tok::Semi => ";".into(),
    }
}

/// Parses a C prototype like `size_t strlen(const char *s)`.
fn parse_proto(text: &str) -> Result<Proto, String> {
    let toks = lex(text)?;
    let toks = match toks.last() {
        Some(Tok::Semi) => &toks[..toks.len() - 1],
        _ => &toks[..],
    };
    let open = toks
        .iter()
        .position(|t| *t == Tok::LParen)
        .ok_or("expected a prototype like `double sin(double x)`")?;
    if toks.last() != Some(&Tok::RParen) {
        return Err("the prototype must end with the `)` of its parameter list".into());
    }
    let head = split_decl(&toks[..open])?;
    let name = head
        .name
        .clone()
        .ok_or("missing the function name (before `(`)")?;
    if head.len.is_some() {
        return Err("unexpected `[` after the function name".into());
    }
    let base = base_type(&head.words)?;
    let result = match (base.scalar, head.stars) {
        (None, 0) => Result_::Void,
        (Some(s), 0) => Result_::Value(s),
        (Some(_), 1) if base.is_char => Result_::CStr,
        _ => {
            return Err(format!(
                "returning `{}{}` is not supported: only `char *` (a string, copied into the VM heap) can be returned as a pointer",
                head.words.join(" "),
                " *".repeat(head.stars)
            ))
        }
    };
    // Parameters.
    let inner = &toks[open + 1..toks.len() - 1];
    let mut raw: Vec<&[Tok]> = if inner.is_empty() {
        Vec::new()
    } else {
        inner.split(|t| *t == Tok::Comma).collect()
    };
    if raw.len() == 1 && raw[0] == [Tok::Ident("void".into())] {
        raw.clear();
    }
    if raw.iter().any(|p| p.contains(&Tok::Ellipsis)) {
        return Err("variadic functions (`...`) are not supported".into());
    }
    if raw.iter().any(|p| p.is_empty()) {
        return Err("empty parameter in the parameter list".into());
    }
    if raw.len() > MAX_PARAMS {
        return Err(format!(
            "{} parameters; at most {MAX_PARAMS} are supported",
            raw.len()
        ));
    }
    let decls = raw
        .iter()
        .enumerate()
        .map(|(i, p)| split_decl(p).map_err(|e| format!("parameter {}: {e}", i + 1)))
        .collect::<Result<Vec<_>, _>>()?;
    let mut params = Vec::new();
    for (i, d) in decls.iter().enumerate() {
        let what = match &d.name {
            Some(n) => format!("parameter `{n}`"),
            None => format!("parameter {}", i + 1),
        };
        let base = base_type(&d.words).map_err(|e| format!("{what}: {e}"))?;
        let p = match (d.stars, base.scalar) {
            (0, None) => return Err(format!("{what}: `void` is not a parameter type")),
            (0, Some(s)) => {
                if d.len.is_some() {
                    return Err(format!("{what}: only pointers take a length `[n]`"));
                }
                Param::Value(s)
            }
            (1, scalar) => {
                let elem = scalar.map_or(1, Scalar::size);
                let len = match &d.len {
                    None if base.is_char => Len::CStr,
                    None => {
                        return Err(format!(
                            "{what}: a `{} *` pointer needs a length: write `{} *{}[n]` with `n` an integer parameter or a number (only `char *` means a NUL-terminated string)",
                            d.words.join(" "),
                            d.words.join(" "),
                            d.name.as_deref().unwrap_or("p")
                        ))
                    }
                    Some(Tok::Num(n)) => Len::Bytes(n.checked_mul(elem).ok_or("length too large")?),
                    Some(Tok::Ident(n)) => {
                        let index = decls
                            .iter()
                            .position(|o| o.name.as_deref() == Some(n))
                            .ok_or_else(|| format!("{what}: length `{n}` is not a parameter"))?;
                        let o = &decls[index];
                        match base_type(&o.words) {
                            Ok(Base {
                                scalar: Some(s @ Scalar::Int { .. }),
                                ..
                            }) if o.stars == 0 => Len::Param { index, scalar: s },
                            _ => {
                                return Err(format!(
                                    "{what}: length `{n}` must be an integer parameter"
                                ))
                            }
                        }
                    }
                    Some(t) => return Err(format!("{what}: bad length `{}`", show(t))),
                };
                Param::Ptr { elem, len }
            }
            _ => return Err(format!("{what}: pointers to pointers are not supported")),
        };
        params.push(p);
    }
    Ok(Proto {
        name,
        params,
        result,
    })
}

// ---- config files ----

/// Every string literal of a RON source: (byte offset, value), skipping comments.
fn string_literals(src: &str) -> Vec<(usize, String)> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if src[i..].starts_with("//") {
            i = src[i..].find('\n').map_or(b.len(), |n| i + n);
        } else if src[i..].starts_with("/*") {
            i = src[i + 2..].find("*/").map_or(b.len(), |n| i + 2 + n + 2);
        } else if b[i] == b'r' && matches!(b.get(i + 1), Some(b'"' | b'#')) {
            let start = i;
            let mut j = i + 1;
            let hashes = b[j..].iter().take_while(|&&c| c == b'#').count();
            j += hashes;
            if b.get(j) == Some(&b'"') {
                let close = format!("\"{}", "#".repeat(hashes));
                if let Some(n) = src[j + 1..].find(&close) {
                    out.push((start, src[j + 1..j + 1 + n].to_string()));
                    i = j + 1 + n + close.len();
                    continue;
                }
            }
            i += 1;
        } else if b[i] == b'"' {
            let start = i;
            let mut v = String::new();
            let mut chars = src[i + 1..].char_indices();
            let mut end = b.len();
            while let Some((k, c)) = chars.next() {
                match c {
                    '"' => {
                        end = i + 1 + k + 1;
                        break;
                    }
                    '\\' => match chars.next() {
                        Some((_, 'n')) => v.push('\n'),
                        Some((_, 't')) => v.push('\t'),
                        Some((_, 'r')) => v.push('\r'),
                        Some((_, '0')) => v.push('\0'),
                        Some((_, c)) => v.push(c),
                        None => {}
                    },
                    c => v.push(c),
                }
            }
            out.push((start, v));
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

/// Loads every `*.ron` config in `dir` (in name order) into `host`. Fails on
/// the first config that cannot be used, or if `dir` has none. Returns the
/// files loaded.
pub fn load_dir(host: &mut Host, dir: &Path) -> Result<Vec<PathBuf>, ConfigError> {
    let dir_err = |message: String| ConfigError {
        file: dir.to_path_buf(),
        line: 0,
        col: 0,
        item: String::new(),
        message,
        unreadable: false,
    };
    let entries = std::fs::read_dir(dir).map_err(|e| ConfigError {
        unreadable: true,
        ..dir_err(format!("cannot read the native config directory: {e}"))
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "ron") && p.is_file())
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(dir_err(
            "no native configs (*.ron files) in this directory".into(),
        ));
    }
    for f in &files {
        load_file(host, f)?;
    }
    Ok(files)
}

/// The parsing half of [`load_file`], which opens no library: the config's
/// RON, its string literals (how errors are located) and every function
/// prototype. Returns how many functions it declares. For the
/// `native_config` fuzz target and its smoke test.
#[doc(hidden)]
pub fn check_config_text(src: &str) -> Result<usize, String> {
    let cfg: ConfigFile = ron::Options::default()
        .from_str(src)
        .map_err(|e| e.to_string())?;
    for (at, _) in string_literals(src) {
        let _ = crate::line_col(src, at);
    }
    let _ = cfg.library.candidates();
    for f in &cfg.functions {
        parse_proto(f)?;
    }
    Ok(cfg.functions.len())
}

/// Loads one config file into `host`: opens its library and resolves every
/// function. A function already defined in `host` is an error.
pub fn load_file(host: &mut Host, file: &Path) -> Result<(), ConfigError> {
    let src = std::fs::read_to_string(file).map_err(|e| ConfigError {
        file: file.to_path_buf(),
        line: 0,
        col: 0,
        item: String::new(),
        message: format!("cannot read: {e}"),
        unreadable: true,
    })?;
    let at = |byte: usize, item: String, message: String| {
        let (line, col) = crate::line_col(&src, byte);
        ConfigError {
            file: file.to_path_buf(),
            line,
            col,
            item,
            message,
            unreadable: false,
        }
    };
    let cfg: ConfigFile = ron::Options::default()
        .from_str(&src)
        .map_err(|e| ConfigError {
            file: file.to_path_buf(),
            line: e.span.start.line,
            col: e.span.start.col,
            item: String::new(),
            unreadable: false,
            message: format!(
                "{} (a config is `(library: \"libname.so\", functions: [\"double sin(double x)\", ...])`)",
                e.code
            ),
        })?;
    let lits = string_literals(&src);
    let candidates = cfg.library.candidates();
    let lib_name = candidates.join("\" | \"");
    let lib_pos = lits
        .iter()
        .find(|(_, v)| candidates.first() == Some(&v.as_str()))
        .map_or(0, |(p, _)| *p);
    let lib_item = format!("library \"{lib_name}\"");
    // Locate every function string, in order, before doing anything that can fail.
    let mut cursor = 0;
    let mut positions = Vec::with_capacity(cfg.functions.len());
    for f in &cfg.functions {
        let found = lits[cursor..].iter().position(|(_, v)| v == f);
        match found {
            Some(k) => {
                positions.push(lits[cursor + k].0);
                cursor += k + 1;
            }
            None => positions.push(lib_pos),
        }
    }
    // Parse every prototype first: syntax errors do not need the library.
    let mut protos = Vec::with_capacity(cfg.functions.len());
    for (f, &pos) in cfg.functions.iter().zip(&positions) {
        let item = format!("function \"{f}\"");
        let proto = parse_proto(f).map_err(|m| at(pos, item.clone(), m))?;
        if let Some(prev) = protos
            .iter()
            .position(|(p, _, _): &(Proto, usize, String)| p.name == proto.name)
        {
            let (l, c) = crate::line_col(&src, protos[prev].1);
            return Err(at(
                pos,
                item,
                format!("`{}` is declared twice (first at {l}:{c})", proto.name),
            ));
        }
        if let Some(origin) = host.origin(&proto.name) {
            let by = origin.map_or("the host".to_string(), str::to_string);
            return Err(at(
                pos,
                item,
                format!("`{}` is already declared by {by}", proto.name),
            ));
        }
        protos.push((proto, pos, item));
    }
    if candidates.is_empty() || candidates.iter().any(|c| c.is_empty()) {
        return Err(at(lib_pos, lib_item, "the library name is empty".into()));
    }
    let mut failures = Vec::new();
    let mut loaded = None;
    for name in &candidates {
        let path = if name.contains('/') && Path::new(name).is_relative() {
            file.parent().unwrap_or(Path::new(".")).join(name)
        } else {
            PathBuf::from(name)
        };
        // SAFETY: loading runs the library's initialisers; configs are trusted
        // (see the module docs).
        match unsafe { Library::new(&path) } {
            Ok(l) => {
                loaded = Some((l, *name));
                break;
            }
            Err(e) => failures.push(e.to_string()),
        }
    }
    let Some((lib, lib_name)) = loaded else {
        return Err(at(
            lib_pos,
            lib_item,
            format!("cannot load the library: {}", failures.join("; ")),
        ));
    };
    let lib = Arc::new(lib);
    let mut resolved = Vec::with_capacity(protos.len());
    for (proto, pos, item) in protos {
        let mut sym = proto.name.clone().into_bytes();
        sym.push(0);
        // SAFETY: only the address is taken; it is called through a CIF built
        // from the config's prototype.
        let ptr = unsafe { lib.get::<unsafe extern "C" fn()>(&sym) }
            .map(|s| *s)
            .map_err(|e| {
                at(
                    pos,
                    item.clone(),
                    format!("symbol `{}` not found in {lib_name}: {e}", proto.name),
                )
            })?;
        let args: Vec<Type> = proto
            .params
            .iter()
            .map(|p| match p {
                Param::Value(s) => s.ffi_type(),
                Param::Ptr { .. } => Type::pointer(),
            })
            .collect();
        let ret = match proto.result {
            Result_::Void => Type::void(),
            Result_::Value(s) => s.ffi_type(),
            Result_::CStr => Type::pointer(),
        };
        let cif = Cif::try_new(args, ret).map_err(|e| {
            at(
                pos,
                item.clone(),
                format!("libffi cannot describe this call: {e:?}"),
            )
        })?;
        let (line, col) = crate::line_col(&src, pos);
        resolved.push((
            format!("{}:{line}:{col}", file.display()),
            NativeFn {
                name: proto.name.clone(),
                proto,
                cif,
                code: CodePtr(ptr as *mut c_void),
                _lib: lib.clone(),
            },
        ));
    }
    for (origin, f) in resolved {
        let sig = f.proto.signature();
        let name = f.name.clone();
        host.insert(&name, sig, Callee::Native(Arc::new(f)), Some(origin));
    }
    Ok(())
}

impl Host {
    /// Declares the native functions of every `*.ron` config in `dir` (see
    /// [`crate::ffi`]); what `voxvm --native-configs=DIR` does.
    pub fn load_native_configs(
        &mut self,
        dir: impl AsRef<Path>,
    ) -> Result<Vec<PathBuf>, ConfigError> {
        load_dir(self, dir.as_ref())
    }

    /// Declares the native functions of one config file.
    pub fn load_native_config(&mut self, file: impl AsRef<Path>) -> Result<(), ConfigError> {
        load_file(self, file.as_ref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sig(s: &str) -> String {
        match parse_proto(s) {
            Ok(p) => format!("{}{}", p.name, p.signature()),
            Err(e) => format!("error: {e}"),
        }
    }

    #[test]
    fn prototypes() {
        assert_eq!(sig("double sin(double x)"), "sin(f64) -> f64");
        assert_eq!(sig("float sqrtf(float);"), "sqrtf(f32) -> f32");
        assert_eq!(sig("size_t strlen(const char *s)"), "strlen(ptr) -> u64");
        assert_eq!(sig("int puts(const char*)"), "puts(ptr) -> i32");
        assert_eq!(sig("char *getenv(const char *name)"), "getenv(ptr) -> ptr");
        assert_eq!(sig("void f(void)"), "f()");
        assert_eq!(sig("void f()"), "f()");
        assert_eq!(
            sig("unsigned long long f(signed char a, unsigned short b, long c, uint8_t d)"),
            "f(i8, u16, i64, u8) -> u64"
        );
        assert_eq!(
            sig("void *memset(void *s[n], int c, size_t n)"),
            "error: returning `void *` is not supported: only `char *` (a string, copied into the VM heap) can be returned as a pointer"
        );
        assert_eq!(
            sig("int f(const void *buf[n], size_t n)"),
            "f(ptr, u64) -> i32"
        );
        assert_eq!(sig("int f(double *v[3])"), "f(ptr) -> i32");
        assert!(
            sig("int f(double *v)").contains("needs a length"),
            "{}",
            sig("int f(double *v)")
        );
        assert!(sig("doubel sin(double)").contains("unknown type `doubel`"));
        assert!(sig("int printf(const char *fmt, ...)").contains("variadic"));
        assert!(sig("int f(char **argv)").contains("pointers to pointers"));
        assert!(sig("long double f(void)").contains("long double"));
        assert!(sig("int f(int a, double *v[b])").contains("`b` is not a parameter"));
        assert!(sig("int f(double n, double *v[n])").contains("integer parameter"));
        assert!(sig("double sin double").contains("expected a prototype"));
        assert!(sig("struct tm *gmtime(long *t[1])").contains("struct"));
    }

    #[test]
    fn literal_positions_skip_comments() {
        let src =
            "// \"no\"\n(library: \"libm.so.6\", /* \"x\" */ functions: [r#\"a\"b\"#, \"c\\\"d\"])";
        let lits: Vec<String> = string_literals(src).into_iter().map(|(_, v)| v).collect();
        assert_eq!(lits, ["libm.so.6", "a\"b", "c\"d"]);
    }
}
