//! Native library functions for `hcall`, declared in config files (`voxvm
//! --native-configs=DIR`): each C prototype is parsed by voxcc's
//! declaration parser into a [`vm::ffi::NativeSig`] ([`native_signature`]);
//! with the cargo feature `native`, the configs are read here
//! (`load_native_configs`) and `vm` makes the calls
//! (`vm::Host::define_native`).
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
//! calls it with `hcall sin, r1`. A prototype is one C declaration, parsed
//! as C (so `const`, `restrict`, `unsigned long long int`, unnamed
//! parameters, `(void)` and a trailing `;` are all as in C), after
//! `<stddef.h>`, `<stdint.h>`, `<stdbool.h>` and `<sys/types.h>`, whose
//! type names it may use. Types:
//!
//! | C type | register view |
//! |---|---|
//! | `void` (result, or `(void)` for no parameters) | — |
//! | the integer types (`char` .. `long long`, signed or unsigned, `_Bool`, enums, `int8_t` .. `uint64_t`, `size_t`, `ssize_t`, `intptr_t`, ...) | the integer type of that width and signedness (`i8` .. `u64`) |
//! | `float`, `double` | `f32`, `f64` |
//! | `char *s` or `char s[]` (any `char`, `const` or not) | VM address of a NUL-terminated string |
//! | `T p[n]`, `T p[static n]` (C99; `T` a type above) | VM address of `n` elements of `T`; `n` is the name of an integer parameter or a number |
//! | `T *p[n]` (`T` a type above, or `void` for bytes) | the same: the spelling of earlier configs, kept (C reads it as an array of pointers) |
//! | `char *` result | a string: copied to a new VM heap block (its address is the result; NULL gives 0), or, if it points into VM memory, that VM address |
//!
//! In both buffer spellings the length may name a later parameter (`const
//! void *buf[count], size_t count`), which C itself does not allow.
//! Refused, with the column of what is refused: variadic functions, structs
//! and unions, `long double`, function pointers, pointers to pointers, any
//! other pointer without a length, and pointer results other than `char *`.
//!
//! Configs are trusted like C headers: a prototype that does not match the
//! real function can crash the process. See [`vm::ffi`] for what is checked
//! at each call.
//!
//! A config that cannot be used is an error naming the file, the line and
//! column, and the item: a RON syntax error, a missing library, an unknown
//! symbol, or a prototype that does not parse or cannot be called (the
//! column is then that of the offending part of the prototype).

#[cfg(feature = "native")]
mod config;
#[cfg(feature = "native")]
pub use config::{check_config_text, load_native_config, load_native_configs, ConfigError};

use crate::diag::{Diagnostics, Severity};
use crate::parse::proto::{self, Bracket};
use crate::source::{FileId, Loc};
use crate::token::{Interner, Sym, TokKind, Token};
use crate::types::{TypeId, TypeKind, Types};
use crate::{Options, Session};
use std::fmt;
use vm::ffi::{BufferLen, NativeParam, NativeResult, NativeSig, Scalar};

/// Why a prototype cannot be used: where in its text, and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProtoError {
    /// Byte offset in the prototype text of what is wrong.
    pub offset: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for ProtoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "column {}: {}", self.offset + 1, self.message)
    }
}

impl std::error::Error for ProtoError {}

/// The headers a prototype is parsed after (an `#include` of each prototype
/// follows).
const PRELUDE: &str =
    "#include <stddef.h>\n#include <stdint.h>\n#include <stdbool.h>\n#include <sys/types.h>\n";

/// Parses a C prototype, like `size_t strlen(const char *s)`, into the
/// signature its native function is called with (see the module docs for
/// the types accepted).
///
/// ```
/// use vm::ffi::{BufferLen, NativeParam, NativeResult, Scalar};
/// let sig = voxcc::native::native_signature("int f(int n, const double v[static n])").unwrap();
/// assert_eq!(sig.result, NativeResult::Value(Scalar::I32));
/// assert_eq!(sig.params[1], NativeParam::Buffer { elem_size: 8, len: BufferLen::Param(0) });
/// let e = voxcc::native::native_signature("int f(int n, double *v)").unwrap_err();
/// assert_eq!(e.offset, 21);
/// assert!(e.message.starts_with("parameter `v`: a `double *` pointer needs a length"), "{e}");
/// ```
pub fn native_signature(text: &str) -> Result<NativeSig, ProtoError> {
    native_signatures(&[text])
        .map_err(|message| ProtoError { offset: 0, message })?
        .pop()
        .unwrap_or_else(|| {
            Err(ProtoError {
                offset: 0,
                message: "no prototype".into(),
            })
        })
}

/// [`native_signature`] of each text, on one thread with the compiler's
/// stack (declarators nest as deep as the parser allows).
pub(crate) fn native_signatures(
    texts: &[&str],
) -> Result<Vec<Result<NativeSig, ProtoError>>, String> {
    crate::on_compiler_stack(|| signatures_here(texts))
}

/// The prototypes are preprocessed together, after the headers, each as a
/// header of its own (so its locations are its own), then parsed one by one
/// after the headers' declarations.
fn signatures_here(texts: &[&str]) -> Vec<Result<NativeSig, ProtoError>> {
    const HEADER: &str = "voxcc-native-prototype-";
    let header = |i: usize| format!("{HEADER}{i}");
    let mut sess = Session::new();
    let opts = Options {
        headers: texts
            .iter()
            .enumerate()
            .map(|(i, t)| (header(i), t.to_string()))
            .collect(),
        no_warnings: true,
        ..Options::default()
    };
    let mut main = PRELUDE.to_string();
    for (i, t) in texts.iter().enumerate() {
        // A directive could include files or define macros for the next
        // prototype; a prototype has no use for one.
        if directive(t).is_none() {
            main.push_str(&format!("#include <{}>\n", header(i)));
        }
    }
    let main = sess.sources.add("<native prototypes>", main);
    let toks = crate::pp::preprocess(&mut sess, &opts, main);
    // Which file is which prototype's, and which prototype each file is.
    let mut files = vec![None; texts.len()];
    let mut owner = vec![None; sess.sources.files().len()];
    for (id, f) in sess.sources.files().iter().enumerate() {
        let i = f
            .name
            .strip_prefix(HEADER)
            .and_then(|n| n.parse::<usize>().ok());
        if let Some(i) = i.filter(|&i| i < texts.len()) {
            files[i] = Some(FileId(id as u32));
            owner[id] = Some(i);
        }
    }
    // Each prototype's tokens: from its file's first token on (macro
    // expansions carry the invocation's location) until the next one's.
    let mut runs: Vec<Vec<Token>> = vec![Vec::new(); texts.len()];
    let mut prelude = Vec::new();
    let mut current = None;
    for t in &toks {
        if t.kind == TokKind::Eof {
            break;
        }
        if let Some(&Some(i)) = owner.get(t.loc.file.0 as usize) {
            current = Some(i);
        }
        match current {
            Some(i) => runs[i].push(*t),
            None => prelude.push(*t),
        }
    }
    let pp_errors: Vec<(Loc, String)> = sess
        .diags
        .list
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| (d.loc, d.message.clone()))
        .collect();
    let mut types = Types::new();
    let mut out = Vec::with_capacity(texts.len());
    for (i, text) in texts.iter().enumerate() {
        let err = |offset: usize, message: String| Err(ProtoError { offset, message });
        if let Some(k) = directive(text) {
            out.push(err(
                k,
                "`#`: a prototype is one C declaration, without preprocessing directives".into(),
            ));
            continue;
        }
        let Some(file) = files[i] else {
            // Preprocessing stopped before it (too many errors elsewhere).
            out.push(err(0, "the prototype was not read".into()));
            continue;
        };
        let in_no_prototype = |l: &Loc| owner.get(l.file.0 as usize).is_none_or(Option::is_none);
        if let Some((loc, m)) = pp_errors
            .iter()
            .find(|(l, _)| l.file == file)
            .or(pp_errors.iter().find(|(l, _)| in_no_prototype(l)))
        {
            let at = if loc.file == file {
                loc.pos as usize
            } else {
                0
            };
            out.push(err(at, m.clone()));
            continue;
        }
        let mut stream = prelude.clone();
        stream.extend_from_slice(&runs[i]);
        stream.push(Token {
            kind: TokKind::Eof,
            sym: Sym(0),
            loc: Loc {
                file,
                pos: text.len() as u32,
            },
            flags: 0,
        });
        // Only this prototype's diagnostics count.
        sess.diags = Diagnostics::new();
        sess.diags.no_warnings = true;
        let at = |loc: Loc| {
            if loc.file == file {
                loc.pos as usize
            } else {
                0
            }
        };
        let r = proto::parse_prototype(&mut sess, &mut types, &stream, prelude.len())
            .map_err(|(loc, m)| ProtoError {
                offset: at(loc),
                message: m,
            })
            .and_then(|p| {
                Mapper {
                    types: &types,
                    interner: &sess.interner,
                    text,
                }
                .signature(&p)
            });
        out.push(r);
    }
    out
}

/// Where `text` has a `#` (or its digraph `%:`), which could start a
/// preprocessing directive.
fn directive(text: &str) -> Option<usize> {
    match (text.find('#'), text.find("%:")) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// Maps a parsed prototype's C types to a signature.
struct Mapper<'a> {
    types: &'a Types,
    interner: &'a Interner,
    text: &'a str,
}

/// What a C type is, for marshalling.
enum Kind {
    Void,
    /// A scalar, and whether it is a character type (`char *` is a string).
    Scalar(Scalar, bool),
    LongDouble,
    Ptr(TypeId),
    Array(TypeId),
    Record,
    Func,
}

impl Mapper<'_> {
    fn name(&self, t: TypeId) -> String {
        self.types.name(t, self.interner)
    }

    fn kind(&self, t: TypeId) -> Kind {
        let int = |size: usize, signed: bool| {
            Kind::Scalar(
                Scalar::int(size as u64, signed).unwrap_or(Scalar::I64),
                false,
            )
        };
        let long = std::mem::size_of::<std::ffi::c_long>();
        match *self.types.ukind(t) {
            TypeKind::Void => Kind::Void,
            TypeKind::Bool => int(1, false),
            // Plain `char` has the platform's signedness.
            TypeKind::Char => Kind::Scalar(
                if std::ffi::c_char::MIN != 0 {
                    Scalar::I8
                } else {
                    Scalar::U8
                },
                true,
            ),
            TypeKind::SChar => Kind::Scalar(Scalar::I8, true),
            TypeKind::UChar => Kind::Scalar(Scalar::U8, true),
            TypeKind::Short => int(2, true),
            TypeKind::UShort => int(2, false),
            TypeKind::Int => int(4, true),
            TypeKind::UInt => int(4, false),
            TypeKind::Long => int(long, true),
            TypeKind::ULong => int(long, false),
            TypeKind::LLong => int(8, true),
            TypeKind::ULLong => int(8, false),
            TypeKind::Float => Kind::Scalar(Scalar::F32, false),
            TypeKind::Double => Kind::Scalar(Scalar::F64, false),
            TypeKind::LDouble => Kind::LongDouble,
            TypeKind::Enum(_, base) => match self.kind(base) {
                Kind::Scalar(s, _) => Kind::Scalar(s, false),
                k => k,
            },
            TypeKind::Ptr(p) => Kind::Ptr(p),
            TypeKind::Array(e, _) | TypeKind::Vla(e, _) => Kind::Array(e),
            TypeKind::Record(_) => Kind::Record,
            TypeKind::Func(_) => Kind::Func,
            // Not seen after `ukind`, which removes the qualifiers.
            TypeKind::Qual(base, _) => self.kind(base),
        }
    }

    fn signature(&self, p: &proto::Proto) -> Result<NativeSig, ProtoError> {
        let err = |offset: usize, message: String| Err(ProtoError { offset, message });
        let name = self.interner.str(p.name).to_string();
        if p.variadic {
            let at = self.text.find("...").unwrap_or(p.loc.pos as usize);
            return err(at, "variadic functions (`...`) are not supported".into());
        }
        if p.params.len() > vm::host::MAX_PARAMS {
            return err(
                p.loc.pos as usize,
                format!(
                    "{} parameters; at most {} are supported",
                    p.params.len(),
                    vm::host::MAX_PARAMS
                ),
            );
        }
        let result = match self.kind(p.ret) {
            Kind::Void => NativeResult::Void,
            Kind::Scalar(s, _) => NativeResult::Value(s),
            Kind::Ptr(t) if matches!(self.kind(t), Kind::Scalar(_, true)) => NativeResult::Str,
            Kind::LongDouble => return err(0, "`long double` is not supported".into()),
            _ => {
                return err(
                    0,
                    format!(
                        "returning `{}` is not supported: only `char *` (a string, copied into the VM heap) can be returned as a pointer",
                        self.name(p.ret)
                    ),
                )
            }
        };
        let mut params = Vec::with_capacity(p.params.len());
        for (i, prm) in p.params.iter().enumerate() {
            let at = prm.loc.pos as usize;
            let pname = prm.name.map(|n| self.interner.str(n));
            let what = match pname {
                Some(n) => format!("parameter `{n}`"),
                None => format!("parameter {}", i + 1),
            };
            let fail = |at: usize, m: String| err(at, format!("{what}: {m}"));
            let param = match self.kind(prm.ty) {
                Kind::Scalar(s, _) => NativeParam::Value(s),
                Kind::Array(elem) => {
                    if prm.brackets.len() > 1 {
                        return fail(at, "arrays of arrays are not supported".into());
                    }
                    match prm.brackets.first().copied() {
                        Some(Bracket::Name(..) | Bracket::Num(..)) => {}
                        Some(Bracket::Other(loc)) => {
                            return fail(
                                loc.pos as usize,
                                "a length is a parameter name or a number".into(),
                            )
                        }
                        Some(Bracket::Unsized) | None => {
                            // `char s[]` is `char *s`.
                            match self.pointer(elem, pname) {
                                Ok(p) => {
                                    params.push(p);
                                    continue;
                                }
                                Err(m) => return fail(at, m),
                            }
                        }
                    }
                    let elem_size = match self.kind(elem) {
                        Kind::Scalar(s, _) => s.size(),
                        Kind::Void => {
                            return fail(
                                at,
                                format!(
                                    "an array of `void` is not C: write `unsigned char {}[n]` or `void *{0}[n]`",
                                    pname.unwrap_or("p")
                                ),
                            )
                        }
                        // `T *p[n]`: n elements of T.
                        Kind::Ptr(t) => match self.kind(t) {
                            Kind::Scalar(s, _) => s.size(),
                            Kind::Void => 1,
                            k => return fail(at, self.refusal(&k, t)),
                        },
                        k => return fail(at, self.refusal(&k, elem)),
                    };
                    let len = match prm.brackets[0] {
                        Bracket::Num(n, loc) => {
                            if n.checked_mul(elem_size).is_none() {
                                return fail(loc.pos as usize, "length too large".into());
                            }
                            BufferLen::Count(n)
                        }
                        Bracket::Name(n, loc) => {
                            let s = self.interner.str(n);
                            let Some(k) = p.params.iter().position(|o| o.name == Some(n)) else {
                                return fail(
                                    loc.pos as usize,
                                    format!("length `{s}` is not a parameter"),
                                );
                            };
                            match self.kind(p.params[k].ty) {
                                Kind::Scalar(s, _) if s.is_integer() => BufferLen::Param(k),
                                _ => {
                                    return fail(
                                        loc.pos as usize,
                                        format!("length `{s}` must be an integer parameter"),
                                    )
                                }
                            }
                        }
                        // Returned above.
                        Bracket::Unsized | Bracket::Other(_) => BufferLen::Count(0),
                    };
                    NativeParam::Buffer { elem_size, len }
                }
                Kind::Ptr(t) => match self.pointer(t, pname) {
                    Ok(p) => p,
                    Err(m) => return fail(at, m),
                },
                k => return fail(at, self.refusal(&k, prm.ty)),
            };
            params.push(param);
        }
        let sig = NativeSig {
            name,
            params,
            result,
        };
        sig.check().map_err(|message| ProtoError {
            offset: p.loc.pos as usize,
            message,
        })?;
        Ok(sig)
    }

    /// A parameter of type pointer to `t` without a length: a string, or
    /// why not.
    fn pointer(&self, t: TypeId, name: Option<&str>) -> Result<NativeParam, String> {
        match self.kind(t) {
            Kind::Scalar(_, true) => Ok(NativeParam::Str),
            Kind::Scalar(..) | Kind::Void => {
                let n = name.unwrap_or("p");
                let elem = self.name(t);
                let c_elem = if matches!(self.kind(t), Kind::Void) {
                    "unsigned char".to_string()
                } else {
                    elem.clone()
                };
                Err(format!(
                    "a `{elem} *` pointer needs a length: write `{c_elem} {n}[n]` (or `{elem} *{n}[n]`) with `n` an integer parameter or a number (only `char *` means a NUL-terminated string)"
                ))
            }
            Kind::Ptr(_) | Kind::Array(_) => Err("pointers to pointers are not supported".into()),
            k => Err(self.refusal(&k, t)),
        }
    }

    /// Why a type that is not a scalar, a string or a buffer is refused.
    fn refusal(&self, k: &Kind, t: TypeId) -> String {
        match k {
            Kind::LongDouble => "`long double` is not supported".into(),
            Kind::Record => format!("`{}`: structs and unions are not supported", self.name(t)),
            Kind::Func => "function pointers are not supported".into(),
            Kind::Ptr(_) | Kind::Array(_) => "pointers to pointers are not supported".into(),
            Kind::Void | Kind::Scalar(..) => format!("`{}` is not supported", self.name(t)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use vm::ffi::Scalar::*;
    use NativeParam::{Buffer, Str, Value};

    fn sig(text: &str) -> Result<(Vec<NativeParam>, NativeResult), String> {
        native_signature(text)
            .map(|s| (s.params, s.result))
            .map_err(|e| e.to_string())
    }

    fn buf(elem_size: u64, len: BufferLen) -> NativeParam {
        Buffer { elem_size, len }
    }

    #[test]
    fn prototypes_are_read_as_c() {
        let v = NativeResult::Value;
        let char_ = if std::ffi::c_char::MIN != 0 { I8 } else { U8 };
        for (text, params, result) in [
            ("double sin(double x)", vec![Value(F64)], v(F64)),
            ("float sqrtf(float);", vec![Value(F32)], v(F32)),
            ("void f(void)", vec![], NativeResult::Void),
            ("void f()", vec![], NativeResult::Void),
            (
                "unsigned long long int f(signed char a, unsigned short, long int c, uint8_t d, _Bool e, bool)",
                vec![Value(I8), Value(U16), Value(I64), Value(U8), Value(U8), Value(U8)],
                v(U64),
            ),
            (
                "int32_t f(wchar_t, pid_t, off_t, intptr_t, uint16_t, size_t, ptrdiff_t)",
                vec![Value(I32), Value(I32), Value(I64), Value(I64), Value(U16), Value(U64), Value(I64)],
                v(I32),
            ),
            ("int f(char c)", vec![Value(char_)], v(I32)),
            // Parenthesised and abstract declarators, qualifiers anywhere.
            ("int (f)(char const *)", vec![Str], v(I32)),
            ("char *f(const char s[])", vec![Str], NativeResult::Str),
            ("const char *(f)(const char *const restrict s)", vec![Str], NativeResult::Str),
            // Buffers: C99 array parameters, the length an earlier or a later parameter.
            (
                "int f(int n, const double v[static n])",
                vec![Value(I32), buf(8, BufferLen::Param(0))],
                v(I32),
            ),
            (
                "void f(unsigned char b[len], unsigned len)",
                vec![buf(1, BufferLen::Param(1)), Value(U32)],
                NativeResult::Void,
            ),
            ("int f(int, double v[4])", vec![Value(I32), buf(8, BufferLen::Count(4))], v(I32)),
            ("int f(short v[2 * 3])", vec![buf(2, BufferLen::Count(6))], v(I32)),
            // The earlier spelling.
            (
                "ssize_t write(int fd, const void *buf[count], size_t count)",
                vec![Value(I32), buf(1, BufferLen::Param(2)), Value(U64)],
                v(I64),
            ),
            (
                "int f(const volatile int *restrict p[3])",
                vec![buf(4, BufferLen::Count(3))],
                v(I32),
            ),
            ("int f(char *s[n], int n)", vec![buf(1, BufferLen::Param(1)), Value(I32)], v(I32)),
        ] {
            assert_eq!(sig(text), Ok((params, result)), "{text}");
        }
    }

    #[test]
    fn what_cannot_be_called_is_refused_at_its_column() {
        for (text, col, msg) in [
            ("int printf(const char *, ...)", 26, "variadic functions"),
            (
                "int f(int a[], int n)",
                11,
                "parameter `a`: a `int *` pointer needs a length",
            ),
            (
                "int f(void *)",
                7,
                "parameter 1: a `void *` pointer needs a length: write `unsigned char p[n]`",
            ),
            ("int f(void p[n], int n)", 12, "an array of `void` is not C"),
            ("int f(int a[n][2], int n)", 11, "arrays of arrays"),
            ("int f(int (*a)[2])", 13, "pointers to pointers"),
            ("void **f(void)", 1, "returning `void **` is not supported"),
            ("int *f(void)", 1, "returning `int *` is not supported"),
            (
                "struct s f(void)",
                1,
                "returning `struct s` is not supported",
            ),
            (
                "int f(union u *p[1])",
                16,
                "`union u`: structs and unions are not supported",
            ),
            ("int f(int x[-1])", 13, "array size is negative"),
            ("int f(x)", 5, "parameters without types"),
            (
                "typedef int f(int)",
                1,
                "a typedef is not a function prototype",
            ),
            ("int x", 5, "`x` is not declared as a function"),
            ("", 1, "expected a prototype"),
            ("f(void)", 1, "expected the result type"),
            (
                "int f(double n, int v[n])",
                23,
                "length `n` must be an integer parameter",
            ),
            ("int f(int v[m])", 13, "length `m` is not a parameter"),
            (
                "int f(int v[n], char *n)",
                13,
                "length `n` must be an integer parameter",
            ),
            ("int f(int (((a)))", 18, "expected `)`"),
            (
                "int f(int)\n%:include <stdio.h>",
                12,
                "without preprocessing directives",
            ),
        ] {
            let e = sig(text).unwrap_err();
            assert!(e.starts_with(&format!("column {col}: ")), "{text}: {e}");
            assert!(e.contains(msg), "{text}: {e}\nwanted: {msg}");
        }
        let many = format!(
            "int f({})",
            vec!["int"; vm::host::MAX_PARAMS + 1].join(", ")
        );
        assert!(sig(&many).unwrap_err().contains("at most"), "{many}");
    }

    #[test]
    fn deep_declarators_are_errors_not_overflows() {
        let deep = format!("int f(int {}x{})", "(".repeat(5000), ")".repeat(5000));
        assert!(sig(&deep).is_err());
    }
}
