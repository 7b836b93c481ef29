//! Native config files (cargo feature `native`): RON read, prototypes
//! parsed ([`super::native_signature`]), libraries opened, functions
//! declared with [`vm::Host::define_native`].

use super::native_signatures;
use serde::Deserialize;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use vm::ffi::{Library, NativeSig};
use vm::Host;

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
    let lib = Arc::new(lib);
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
