//! Native library functions for `hcall`, declared in config files (cargo
//! feature `native`; `voxvm --native-configs=DIR`): the configs are read
//! here, each C prototype is parsed by voxcc's declaration parser into a
//! [`vm::ffi::NativeSig`], and `vm` does the calls
//! ([`vm::Host::define_native`]).
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

use crate::parse::proto::{self, Bracket};
use crate::diag::{Diagnostics, Severity};
use crate::source::{FileId, Loc};
use crate::token::{Interner, Sym, TokKind, Token};
use crate::types::{TypeId, TypeKind, Types};
use crate::{Options, Session};
use serde::Deserialize;
use std::fmt;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use vm::ffi::{BufferLen, Library, NativeParam, NativeResult, NativeSig, Scalar};
use vm::Host;

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

/// The headers a prototype is parsed after (`#include <proto-N>` follow).
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
fn native_signatures(texts: &[&str]) -> Result<Vec<Result<NativeSig, ProtoError>>, String> {
    crate::on_compiler_stack(|| signatures_here(texts))
}

/// The prototypes are preprocessed together, after the headers, each as a
/// header of its own (so its locations are its own), then parsed one by one
/// after the headers' declarations.
fn signatures_here(texts: &[&str]) -> Vec<Result<NativeSig, ProtoError>> {
    let header = |i: usize| format!("voxcc-native-prototype-{i}");
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
        if !t.contains('#') {
            main.push_str(&format!("#include <{}>\n", header(i)));
        }
    }
    let main = sess.sources.add("<native prototypes>", main);
    let toks = crate::pp::preprocess(&mut sess, &opts, main);
    // Which file is which prototype's.
    let mut files = vec![None; texts.len()];
    for (id, f) in sess.sources.files().iter().enumerate() {
        if let Some(i) = (0..texts.len()).find(|&i| f.name == header(i)) {
            files[i] = Some(FileId(id as u32));
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
        if let Some(i) = files.iter().position(|f| *f == Some(t.loc.file)) {
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
        if let Some(k) = text.find('#') {
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
        if let Some((loc, m)) = pp_errors
            .iter()
            .find(|(l, _)| l.file == file)
            .or(pp_errors.iter().find(|(l, _)| !files.contains(&Some(l.file))))
        {
            let at = if loc.file == file { loc.pos as usize } else { 0 };
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
            hide: 0,
        });
        // Only this prototype's diagnostics count.
        sess.diags = Diagnostics::new();
        sess.diags.no_warnings = true;
        let at = |loc: Loc| if loc.file == file { loc.pos as usize } else { 0 };
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
            Kind::Scalar(Scalar::int(size as u64, signed).unwrap_or(Scalar::I64), false)
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
            // `ukind` has removed the qualifiers.
            TypeKind::Qual(..) => Kind::Void,
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
            Kind::Record => format!(
                "`{}`: structs and unions are not supported",
                self.name(t)
            ),
            Kind::Func => "function pointers are not supported".into(),
            Kind::Ptr(_) | Kind::Array(_) => "pointers to pointers are not supported".into(),
            Kind::Void | Kind::Scalar(..) => format!("`{}` is not supported", self.name(t)),
        }
    }
}

// ---- config files ----

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
    library: LibraryName,
    functions: Vec<String>,
}

/// One library name, or candidates tried in order.
#[derive(Deserialize)]
#[serde(untagged)]
enum LibraryName {
    One(String),
    AnyOf(Vec<String>),
}

impl LibraryName {
    fn candidates(&self) -> Vec<&str> {
        match self {
            LibraryName::One(s) => vec![s.as_str()],
            LibraryName::AnyOf(v) => v.iter().map(String::as_str).collect(),
        }
    }
}

/// A string literal of a RON source.
struct Literal {
    /// Byte offset of its opening quote (or `r`).
    start: usize,
    /// Byte offset of its first character.
    content: usize,
    value: String,
}

impl Literal {
    /// The source offset of byte `k` of the value: exact when the literal
    /// is spelled without escapes, else its start.
    fn offset(&self, src: &str, k: usize) -> usize {
        let verbatim = src.get(self.content..self.content + self.value.len()) == Some(&self.value);
        let at = self.content + k;
        if verbatim && k <= self.value.len() && src.is_char_boundary(at) {
            at
        } else {
            self.start
        }
    }
}

/// Every string literal of a RON source, skipping comments.
fn string_literals(src: &str) -> Vec<Literal> {
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
                    out.push(Literal {
                        start,
                        content: j + 1,
                        value: src[j + 1..j + 1 + n].to_string(),
                    });
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
            out.push(Literal {
                start,
                content: start + 1,
                value: v,
            });
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

/// A config read and its prototypes parsed; no library opened yet.
struct Parsed {
    candidates: Vec<String>,
    /// Where the library name is.
    lib_pos: usize,
    /// Each function: signature, where its string is, and the item's name.
    funcs: Vec<(NativeSig, usize, String)>,
}

/// Reads a config's RON and parses every prototype; `file` is for messages.
fn parse_config(src: &str, file: &Path) -> Result<Parsed, ConfigError> {
    let at = |byte: usize, item: String, message: String| {
        let (line, col) = vm::line_col(src, byte);
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
        .from_str(src)
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
    let lits = string_literals(src);
    let candidates = cfg.library.candidates();
    let lib_lit = lits
        .iter()
        .find(|l| candidates.first() == Some(&l.value.as_str()));
    let lib_pos = lib_lit.map_or(0, |l| l.start);
    // Locate every function string, in order, before doing anything that can fail.
    let mut cursor = 0;
    let mut found = Vec::with_capacity(cfg.functions.len());
    for f in &cfg.functions {
        match lits[cursor..].iter().position(|l| l.value == *f) {
            Some(k) => {
                found.push(Some(&lits[cursor + k]));
                cursor += k + 1;
            }
            None => found.push(None),
        }
    }
    let texts: Vec<&str> = cfg.functions.iter().map(String::as_str).collect();
    let sigs = native_signatures(&texts).map_err(|m| at(lib_pos, String::new(), m))?;
    let mut funcs: Vec<(NativeSig, usize, String)> = Vec::with_capacity(sigs.len());
    for ((f, lit), sig) in cfg.functions.iter().zip(&found).zip(sigs) {
        let item = format!("function \"{f}\"");
        let pos = lit.map_or(lib_pos, |l| l.start);
        let sig = sig.map_err(|e| {
            let byte = lit.map_or(lib_pos, |l| l.offset(src, e.offset));
            at(byte, item.clone(), e.message)
        })?;
        if let Some((_, first, _)) = funcs.iter().find(|(s, _, _)| s.name == sig.name) {
            let (l, c) = vm::line_col(src, *first);
            return Err(at(
                pos,
                item,
                format!("`{}` is declared twice (first at {l}:{c})", sig.name),
            ));
        }
        funcs.push((sig, pos, item));
    }
    Ok(Parsed {
        candidates: candidates.iter().map(|s| s.to_string()).collect(),
        lib_pos,
        funcs,
    })
}

/// Loads every `*.ron` config in `dir` (in name order) into `host`; what
/// `voxvm --native-configs=DIR` does. Fails on the first config that cannot
/// be used, or if `dir` has none. Returns the files loaded.
pub fn load_native_configs(
    host: &mut Host,
    dir: impl AsRef<Path>,
) -> Result<Vec<PathBuf>, ConfigError> {
    let dir = dir.as_ref();
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
        load_native_config(host, f)?;
    }
    Ok(files)
}

/// The parsing half of [`load_native_config`], which opens no library: the
/// config's RON, where its strings are (how errors are located) and every
/// function prototype. Returns how many functions it declares. For the
/// `native_config` fuzz target and its smoke test.
#[doc(hidden)]
pub fn check_config_text(src: &str) -> Result<usize, String> {
    parse_config(src, Path::new("<config>"))
        .map(|p| p.funcs.len())
        .map_err(|e| e.to_string())
}

/// Loads one config file into `host`: opens its library and declares every
/// function. A function already defined in `host` is an error; on any
/// error, `host` is left as it was.
pub fn load_native_config(host: &mut Host, file: impl AsRef<Path>) -> Result<(), ConfigError> {
    let file = file.as_ref();
    let src = std::fs::read_to_string(file).map_err(|e| ConfigError {
        file: file.to_path_buf(),
        line: 0,
        col: 0,
        item: String::new(),
        message: format!("cannot read: {e}"),
        unreadable: true,
    })?;
    let at = |byte: usize, item: String, message: String| {
        let (line, col) = vm::line_col(&src, byte);
        ConfigError {
            file: file.to_path_buf(),
            line,
            col,
            item,
            message,
            unreadable: false,
        }
    };
    let parsed = parse_config(&src, file)?;
    for (sig, pos, item) in &parsed.funcs {
        if let Some(origin) = host.origin(&sig.name) {
            let by = origin.unwrap_or("the host");
            return Err(at(
                *pos,
                item.clone(),
                format!("`{}` is already declared by {by}", sig.name),
            ));
        }
    }
    let lib_item = format!("library \"{}\"", parsed.candidates.join("\" | \""));
    if parsed.candidates.is_empty() || parsed.candidates.iter().any(String::is_empty) {
        return Err(at(
            parsed.lib_pos,
            lib_item,
            "the library name is empty".into(),
        ));
    }
    let mut failures = Vec::new();
    let mut loaded = None;
    for name in &parsed.candidates {
        let path = if name.contains('/') && Path::new(name).is_relative() {
            file.parent().unwrap_or(Path::new(".")).join(name)
        } else {
            PathBuf::from(name)
        };
        // SAFETY: loading runs the library's initialisers; configs are trusted
        // (see the module docs).
        match unsafe { Library::new(&path) } {
            Ok(l) => {
                loaded = Some((l, name));
                break;
            }
            Err(e) => failures.push(e.to_string()),
        }
    }
    let Some((lib, lib_name)) = loaded else {
        return Err(at(
            parsed.lib_pos,
            lib_item,
            format!("cannot load the library: {}", failures.join("; ")),
        ));
    };
    let lib = Rc::new(lib);
    // Into a copy, so that a failure leaves `host` as it was.
    let mut next = host.clone();
    for (sig, pos, item) in parsed.funcs {
        let (line, col) = vm::line_col(&src, pos);
        let origin = format!("{}:{line}:{col}", file.display());
        let name = sig.name.clone();
        // SAFETY: the prototype comes from a config, which is trusted to
        // match the library's function (see the module docs).
        unsafe { next.define_native(&lib, sig, Some(origin)) }.map_err(|e| {
            let message = match e {
                vm::ffi::DefineError::NoSymbol(e) => {
                    format!("symbol `{name}` not found in {lib_name}: {e}")
                }
                e => e.to_string(),
            };
            at(pos, item, message)
        })?;
    }
    *host = next;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literal_positions_skip_comments() {
        let src =
            "// \"no\"\n(library: \"libm.so.6\", /* \"x\" */ functions: [r#\"a\"b\"#, \"c\\\"d\"])";
        let lits: Vec<String> = string_literals(src).into_iter().map(|l| l.value).collect();
        assert_eq!(lits, ["libm.so.6", "a\"b", "c\"d"]);
    }

    #[test]
    fn offsets_inside_literals_are_exact_only_without_escapes() {
        let src = "[\"ab\", r#\"cd\"#, \"e\\tf\"]";
        let lits = string_literals(src);
        assert_eq!(lits[0].offset(src, 1), 3);
        assert_eq!(lits[1].offset(src, 1), 11);
        assert_eq!(lits[2].offset(src, 2), lits[2].start);
    }
}
