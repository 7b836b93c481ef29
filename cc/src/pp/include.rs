//! `#include`: header search, reading files once, `#pragma once` and include
//! guards.
//!
//! Search order, as positions (so `#include_next` can continue after the one
//! where the current file was found):
//!
//! 0. the host's virtual headers (`Options::headers`), for both forms;
//! 1. for `"..."` only, the including file's directory;
//! 2. `Options::include_dirs`, in order;
//! 3. the built-in headers ([`crate::headers`]).

use super::Pp;
use crate::headers;
use crate::source::FileId;
use crate::token::{kw, Punct, Sym, TokKind, Token, BOL};
use std::path::{Path, PathBuf};

/// Where a header was found.
pub(super) struct Found {
    pub(super) file: FileId,
    pub(super) dir: Option<PathBuf>,
    pub(super) pos: usize,
}

impl Pp<'_> {
    pub(super) fn do_include(&mut self, name: Token, args: &[Token], next: bool) {
        let directive = if next { "include_next" } else { "include" };
        if args.is_empty() {
            self.error(
                name.loc,
                directive.len() as u32,
                format!("#{directive} expects \"FILENAME\" or <FILENAME>"),
            );
            return;
        }
        let Some((hname, angled, rest)) = self.header_name(args, &name) else {
            return;
        };
        if rest > 0 {
            let t = if rest <= args.len() {
                args[args.len() - rest]
            } else {
                name
            };
            let len = self.tok_len(&t);
            self.warn(
                t.loc,
                len,
                format!("extra tokens at end of #{directive} directive"),
            );
        }
        if hname.is_empty() {
            self.error(args[0].loc, 2, format!("empty filename in #{directive}"));
            return;
        }
        if self.files.len() > self.limits.max_include_depth {
            self.error(
                name.loc,
                directive.len() as u32,
                format!(
                    "#include nested too deeply (more than {} levels)",
                    self.limits.max_include_depth
                ),
            );
            return;
        }
        self.charge(16, &name, None);
        let Some(found) = self.find_include(&hname, angled, next, &name, true) else {
            return;
        };
        if self.once.contains(&found.file) {
            return;
        }
        let (_, guard) = self.file_tokens(found.file);
        if guard.is_some_and(|g| self.is_defined(g)) {
            return;
        }
        self.push_file(found.file, found.dir, Some(found.pos));
    }

    /// Looks `name` up in search order. With `report`, a missing header is an
    /// error (listing where it was looked for) that stops preprocessing, as
    /// in gcc: what follows would only produce noise.
    pub(super) fn find_include(
        &mut self,
        name: &str,
        angled: bool,
        next: bool,
        at: &Token,
        report: bool,
    ) -> Option<Found> {
        let (cur_dir, cur_found) = match self.files.last() {
            Some(f) => (f.dir.clone(), f.found),
            None => (None, None),
        };
        let mut start = 0;
        // In the primary file `#include_next` is `#include` (as in gcc).
        let next = next && cur_found.is_some() || {
            if next && report {
                let len = self.tok_len(at);
                self.warn(at.loc, len, "#include_next in primary source file");
            }
            false
        };
        if next {
            start = cur_found.map_or(0, |p| p + 1);
        }
        let mut tried: Vec<String> = Vec::new();
        if Path::new(name).is_absolute() {
            match self.load_path(Path::new(name), at, report) {
                Ok(Some(file)) => {
                    return Some(Found {
                        file,
                        dir: Path::new(name).parent().map(PathBuf::from),
                        pos: 1,
                    })
                }
                Ok(None) => tried.push(name.to_string()),
                Err(()) => return None,
            }
        }
        let ndirs = self.opts.include_dirs.len();
        for pos in start..=ndirs + 2 {
            if pos == 0 {
                let opts = self.opts;
                if let Some((_, text)) = opts.headers.iter().find(|(n, _)| n == name) {
                    let file = match self.virtual_ids.get(name) {
                        Some(&f) => f,
                        None => {
                            let f = self.sess.sources.add(name, text.clone());
                            self.virtual_ids.insert(name.to_string(), f);
                            f
                        }
                    };
                    return Some(Found {
                        file,
                        dir: None,
                        pos,
                    });
                }
                if !opts.headers.is_empty() {
                    tried.push("the host's headers".into());
                }
            } else if pos <= ndirs + 1 {
                let dir = if pos == 1 {
                    if angled || next {
                        continue;
                    }
                    match &cur_dir {
                        Some(d) => d.clone(),
                        None => continue,
                    }
                } else {
                    self.opts.include_dirs[pos - 2].clone()
                };
                let path = dir.join(name);
                match self.load_path(&path, at, report) {
                    Ok(Some(file)) => {
                        return Some(Found {
                            file,
                            dir: path.parent().map(PathBuf::from),
                            pos,
                        })
                    }
                    Ok(None) => tried.push(path.display().to_string()),
                    Err(()) => return None,
                }
            } else {
                if let Some(text) = headers::find(name) {
                    let file = self.shared_file(name, || (headers::display_name(name), text));
                    return Some(Found {
                        file,
                        dir: None,
                        pos,
                    });
                }
                tried.push("the built-in headers".into());
            }
        }
        if report {
            let len = self.tok_len(at);
            let (open, close) = if angled { ('<', '>') } else { ('"', '"') };
            let closed = !self.opts.host_files;
            let d = self.error(at.loc, len, format!("{open}{name}{close}: file not found"));
            d.notes.push(if tried.is_empty() {
                "no place to search".to_string()
            } else {
                format!("searched: {}", tried.join(", "))
            });
            if closed {
                d.notes.push(
                    "this compilation reads no host file outside its include directories".into(),
                );
            }
            self.stop();
        }
        None
    }

    /// The file at `path` if it is a readable regular file (each path is
    /// checked once; a file reached by several paths gets one id). `Err`
    /// after reporting a file that exists but cannot be read.
    fn load_path(&mut self, path: &Path, at: &Token, report: bool) -> Result<Option<FileId>, ()> {
        if let Some(&r) = self.paths.get(path) {
            return Ok(r);
        }
        let is_file = std::fs::metadata(path).is_ok_and(|m| m.is_file());
        let canonical = match std::fs::canonicalize(path) {
            Ok(c) => c,
            Err(_) if self.opts.host_files => path.to_path_buf(),
            Err(_) => PathBuf::new(),
        };
        if !is_file || !self.may_read(&canonical) {
            self.paths.insert(path.to_path_buf(), None);
            return Ok(None);
        }
        if let Some(&f) = self.canonical.get(&canonical) {
            self.paths.insert(path.to_path_buf(), Some(f));
            return Ok(Some(f));
        }
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                if report {
                    let len = self.tok_len(at);
                    self.error(
                        at.loc,
                        len,
                        format!("cannot read `{}`: {e}", path.display()),
                    );
                    self.stop();
                }
                return Err(());
            }
        };
        let text = crate::source::text_from_bytes(bytes);
        let f = self.sess.sources.add(path.display().to_string(), text);
        self.canonical.insert(canonical, f);
        self.paths.insert(path.to_path_buf(), Some(f));
        Ok(Some(f))
    }
}

impl Pp<'_> {
    /// Whether the file at `canonical` (a resolved path) may be read: any
    /// file with [`Options::host_files`](crate::Options::host_files), else
    /// only one inside an include directory.
    fn may_read(&mut self, canonical: &Path) -> bool {
        if self.opts.host_files {
            return true;
        }
        let opts = self.opts;
        let granted = self.granted.get_or_insert_with(|| {
            opts.include_dirs
                .iter()
                .filter_map(|d| std::fs::canonicalize(d).ok())
                .collect()
        });
        !canonical.as_os_str().is_empty() && granted.iter().any(|d| canonical.starts_with(d))
    }
}

/// The include guard of a file: `X` if the file is all inside one
/// `#ifndef X` (or `#if !defined X`) ... `#endif` with no `#else`/`#elif`.
/// Then including it again while `X` is defined would add nothing, so it is
/// not read again.
pub(super) fn detect_guard(toks: &[Token]) -> Option<Sym> {
    let at = |i: usize| toks.get(i).copied();
    let same_line = |i: usize| at(i).filter(|t| t.flags & BOL == 0 && t.kind != TokKind::Eof);
    let first = at(0)?;
    if !(first.is(Punct::Hash) && first.flags & BOL != 0) {
        return None;
    }
    let d = same_line(1)?;
    let (guard, mut i) = if d.is_ident(kw::PP_IFNDEF) {
        let g = same_line(2).filter(|g| g.kind == TokKind::Ident)?;
        (g.sym, 3)
    } else if d.is_ident(kw::IF) {
        // `#if !defined X` or `#if !defined(X)`.
        same_line(2).filter(|t| t.is(Punct::Bang))?;
        same_line(3).filter(|t| t.is_ident(kw::PP_DEFINED))?;
        let paren = same_line(4)?.is(Punct::LParen);
        let k = if paren { 5 } else { 4 };
        let g = same_line(k).filter(|g| g.kind == TokKind::Ident)?;
        if paren {
            same_line(k + 1).filter(|t| t.is(Punct::RParen))?;
            (g.sym, k + 2)
        } else {
            (g.sym, k + 1)
        }
    } else {
        return None;
    };
    if same_line(i).is_some() {
        return None;
    }
    let mut depth = 1usize;
    while i + 1 < toks.len() {
        let t = toks[i];
        if t.is(Punct::Hash) && t.flags & BOL != 0 {
            if let Some(n) = same_line(i + 1).filter(|n| n.kind == TokKind::Ident) {
                match n.sym {
                    kw::IF | kw::PP_IFDEF | kw::PP_IFNDEF => depth += 1,
                    kw::ELSE | kw::PP_ELIF if depth == 1 => return None,
                    kw::PP_ENDIF => {
                        depth -= 1;
                        if depth == 0 {
                            let mut j = i + 2;
                            while same_line(j).is_some() {
                                j += 1;
                            }
                            return (at(j)?.kind == TokKind::Eof).then_some(guard);
                        }
                    }
                    _ => {}
                }
            }
        }
        i += 1;
    }
    None
}
