//! voxcc: a C99 compiler that compiles C in process to voxvm bytecode.
//!
//! One module per stage, in the order data flows (as in chibicc):
//!
//! | stage | module | produces |
//! |---|---|---|
//! | source files, locations | [`source`] | [`source::SourceMap`], [`source::Loc`] |
//! | tokenize (phases 1–3) | [`lex`] | [`token::Token`]s |
//! | preprocess (phase 4) | [`pp`] | one token stream per translation unit |
//! | diagnostics | [`diag`] | rustc-style messages |
//!
//! Everything a compilation has (files, interned spellings, diagnostics) lives
//! in one [`Session`].

#![warn(missing_docs)]

pub mod diag;
pub mod headers;
pub mod lex;
pub mod pp;
pub mod rt;
pub mod source;
pub mod token;

use std::path::PathBuf;

/// A C source to compile: a name for messages and `__FILE__`, and its text.
#[derive(Clone, Debug)]
pub struct Source {
    /// File name (a path when it came from disk; relative `#include "..."` is
    /// looked up next to it).
    pub name: String,
    /// The C text.
    pub text: String,
}

impl Source {
    /// A source from a name and text.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Source {
        Source {
            name: name.into(),
            text: text.into(),
        }
    }
}

/// Compiler options (`-I`, `-D`, `-U`, headers the host provides).
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// `-I DIR`: searched, in order, for `#include "..."` (after the including
    /// file's directory) and `#include <...>` (before the built-in headers).
    pub include_dirs: Vec<PathBuf>,
    /// `-D NAME[=VALUE]`, in order (`-D X` defines `X` as `1`).
    pub defines: Vec<(String, Option<String>)>,
    /// `-U NAME`, applied after the defines.
    pub undefines: Vec<String>,
    /// Headers the host provides by name, e.g. `("game.h", "int score(void);")`;
    /// `#include "game.h"` and `<game.h>` find them before the file system.
    pub headers: Vec<(String, String)>,
    /// Turn warnings off.
    pub no_warnings: bool,
}

/// The state of one compilation: files read, interned spellings, diagnostics.
#[derive(Debug, Default)]
pub struct Session {
    /// Every file read (sources, headers, built-in headers).
    pub sources: source::SourceMap,
    /// Interned spellings.
    pub interner: token::Interner,
    /// Errors and warnings.
    pub diags: diag::Diagnostics,
}

impl Session {
    /// A fresh session.
    pub fn new() -> Session {
        Session::default()
    }
}

/// Preprocesses `src` (what `voxcc -E` prints): the token stream as text,
/// one line per source line where possible. Errors are rendered rustc-style.
pub fn preprocess_only(src: &Source, opts: &Options) -> Result<String, String> {
    let mut sess = Session::new();
    sess.diags.no_warnings = opts.no_warnings;
    let file = sess.sources.add(src.name.clone(), src.text.clone());
    let toks = pp::preprocess(&mut sess, opts, file);
    if sess.diags.has_errors() {
        return Err(sess.diags.render(&sess.sources, &src.name));
    }
    Ok(pp::render(&sess, &toks))
}
