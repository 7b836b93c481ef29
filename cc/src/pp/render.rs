//! Printing a token stream as text (`voxcc -E`).
//!
//! Tokens flagged [`BOL`] start a line; blank lines keep the output's lines in
//! step with the source, and a gcc-style line marker (`# 12 "file.c"`) is
//! printed when the file changes or the line jumps, so the output can be fed
//! back and diagnostics still point at the original lines. Between two
//! tokens a space is printed where there was whitespace, and where the two
//! would otherwise lex as something else (`+` `+`, `x` `1`, `.` `.` `.`):
//! preprocessing the output again gives the same tokens. (A `#` is never
//! printed first on a line, where it would be read as a directive: it stays
//! on the line before. Only a stream that starts with `#`, never valid C,
//! cannot be printed faithfully.)

use crate::lex;
use crate::source::FileId;
use crate::token::{Punct, TokKind, Token, BOL, SPACE};
use crate::Session;

/// Most blank lines printed to keep in step before a line marker is used.
const MAX_BLANK_LINES: u32 = 8;

/// Renders preprocessed tokens as text (`voxcc -E`). Without `markers`
/// (`-E -P`) no line markers and no blank lines are printed: each source line
/// that has tokens is one output line.
pub fn render(sess: &Session, toks: &[Token], markers: bool) -> String {
    let mut out = String::with_capacity(toks.len() * 6);
    let mut cur_file: Option<FileId> = None;
    let mut cur_name = String::new();
    let mut line = 0u32;
    let mut prev: Option<&Token> = None;
    for t in toks {
        if t.kind == TokKind::Eof {
            break;
        }
        if t.kind == TokKind::Placemarker {
            continue;
        }
        let text = sess.interner.str(t.sym);
        let mut new_line = t.flags & BOL != 0 || prev.is_none() || cur_file != Some(t.loc.file);
        // A `#` starting a line would be read back as a directive.
        if new_line && prev.is_some() && t.is(Punct::Hash) {
            new_line = false;
        }
        let mut started = false;
        if new_line {
            let file = sess.sources.file(t.loc.file);
            let (name, pline) = file.presumed(t.loc.pos);
            if !markers {
                if !out.is_empty() {
                    newline(&mut out);
                }
                cur_file = Some(t.loc.file);
                line = pline;
                started = true;
            } else if cur_file != Some(t.loc.file)
                || name != cur_name
                || pline < line
                || pline > line + MAX_BLANK_LINES
            {
                if !out.is_empty() && !out.ends_with('\n') {
                    newline(&mut out);
                }
                out.push_str(&format!("# {pline} \""));
                for c in name.chars() {
                    if c == '"' || c == '\\' {
                        out.push('\\');
                    }
                    out.push(c);
                }
                out.push_str("\"\n");
                cur_file = Some(t.loc.file);
                cur_name = name.to_string();
                line = pline;
                started = true;
            } else if pline > line {
                while line < pline {
                    newline(&mut out);
                    line += 1;
                }
                started = true;
            }
            if started {
                // Keep the source's indentation when it is plain blanks.
                let starts = file.line_starts();
                let (l, _) = file.line_col(t.loc.pos);
                let ls = starts[(l - 1) as usize] as usize;
                let indent = file.text.get(ls..t.loc.pos as usize).unwrap_or("");
                if indent.bytes().all(|b| b == b' ' || b == b'\t') {
                    out.push_str(indent);
                } else if t.flags & SPACE != 0 {
                    out.push(' ');
                }
            }
        }
        if !started {
            if let Some(p) = prev {
                if t.flags & (SPACE | BOL) != 0 || needs_space(sess, p, t) {
                    out.push(' ');
                }
            }
        }
        out.push_str(text);
        prev = Some(t);
    }
    if !out.is_empty() && !out.ends_with('\n') {
        newline(&mut out);
    }
    out
}

/// Ends a line; a stray `\` token must not end up spliced to the next line.
fn newline(out: &mut String) {
    if out.ends_with('\\') {
        out.push(' ');
    }
    out.push('\n');
}

/// Whether `a` and `b` printed with nothing between would lex differently.
fn needs_space(sess: &Session, a: &Token, b: &Token) -> bool {
    use crate::token::Punct as P;
    use TokKind::*;
    let sa = sess.interner.str(a.sym);
    let sb = sess.interner.str(b.sym);
    match (a.kind, b.kind) {
        (Ident | Number, Ident | Number) => true,
        (Number, Punct(P::Dot | P::Ellipsis)) => true,
        (Number, Punct(P::Plus | P::Minus)) => sa.ends_with(['e', 'E', 'p', 'P']),
        (Punct(P::Dot), Number) => true,
        (Punct(P::Dot), Punct(P::Dot)) => true,
        (Ident, Str | Char) => matches!(sa, "L" | "u" | "U" | "u8"),
        // A stray `\` only joins with what follows as a UCN (`\u00e9`).
        (Other, Punct(_)) if sa == "\\" => false,
        (Other, _) | (_, Other) => true,
        (Punct(_), Punct(_)) | (Punct(_), Number) => {
            if sa.ends_with('/') && sb.starts_with(['/', '*']) {
                return true;
            }
            let mut buf = Vec::with_capacity(sa.len() + 4);
            buf.extend_from_slice(sa.as_bytes());
            buf.extend(sb.bytes().take(3));
            lex::punct_prefix(&buf).is_some_and(|(_, n)| n > sa.len())
        }
        _ => false,
    }
}
