//! voxasm: assembles `.vvs` text into a [`vm::Image`] and disassembles images.
//!
//! Every mnemonic, operand list and encoding comes from the generated ISA in
//! [`vm::isa`]; this crate only knows the textual syntax.
//!
//! ```text
//! ; comment (also #)
//! .data
//! msg:    .string "hi\n"        ; NUL-terminated; also .ascii (no NUL)
//! nums:   .i64 1, -2, 0x10      ; .i8 .i16 .i32 .i64 .u8 .u16 .u32 .u64 .f32 .f64
//! bits:   .f64 1.5, 0x7ff8000000000001 ; floats also as full-width hex bit patterns
//! buf:    .zero 16              ; also .bytes 1, 2, 'a' and .align 8
//! .code
//! .entry main                   ; optional, `main` is the default
//! .manual_memory                ; optional: the program frees its heap itself, no GC
//! .func main
//! loop:   movi.i64 r0, 10       ; labels are local to their function
//!         prints msg            ; data operands: symbol or symbol+offset
//!         halt r0
//! .end
//! ```
//!
//! Host and native functions (`hcall name, rB`) are named by `Import`
//! operands. The assembler builds the module's import table itself: every
//! distinct name used as an import operand gets an entry, in order of first
//! use, so no directive is needed. `.import name` (anywhere, optional)
//! declares an entry explicitly; declared names come first in the table, in
//! declaration order (the disassembler writes them this way so that a listing
//! reassembles to the same bytes). Whether a name exists is decided when the
//! module is run, by the host (`vm::Host`) or `voxvm --native-configs=DIR`.

// Errors are collected, not propagated through hot code, so their size does not matter.
#![allow(clippy::result_large_err)]

pub mod disasm;
mod lex;

pub use lex::Span;

use codespan_reporting::diagnostic::{Diagnostic, Label as DiagLabel};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term;
use lex::{Tok, Token};
use std::collections::HashMap;
use std::fmt;
use std::ops::Range;
use vm::isa::{
    DataRef, FuncRef, ImmType, ImportRef, Instr, Label, Opcode, OperandKind, OperandValue, Reg,
    MAX_OPERANDS,
};
use vm::vve::{FunctionEntry, Image};

/// One assembly error: a span in the source, what is wrong and what was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AsmError {
    /// Byte range of the offending text.
    pub span: Span,
    /// Headline, e.g. "unknown mnemonic `ad.i64`".
    pub message: String,
    /// Text under the caret, e.g. "expected a register like `r3`".
    pub label: String,
    /// Extra lines (`help:`/`note:`).
    pub notes: Vec<String>,
    /// A related span, e.g. where a symbol was first defined.
    pub related: Option<(Span, String)>,
}

/// All errors of one assembly run, with the source needed to render them.
#[derive(Debug, Clone)]
pub struct Errors {
    /// File name used in messages.
    pub file: String,
    /// The source text.
    pub source: String,
    /// Every error found, in source order.
    pub errors: Vec<AsmError>,
}

impl Errors {
    /// `(line, column)`, both 1-based, of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        vm::line_col(&self.source, offset)
    }

    /// Renders every error rustc-style: `error: …`, `file:line:col`, the source
    /// line and a caret under the span, then a summary line.
    pub fn render(&self) -> String {
        let file = SimpleFile::new(self.file.as_str(), self.source.as_str());
        let config = term::Config::default();
        let mut out = String::new();
        for e in &self.errors {
            let mut labels = vec![DiagLabel::primary((), e.span.clone()).with_message(&e.label)];
            if let Some((span, msg)) = &e.related {
                labels.push(DiagLabel::secondary((), span.clone()).with_message(msg));
            }
            let d = Diagnostic::error()
                .with_message(&e.message)
                .with_labels(labels)
                .with_notes(e.notes.clone());
            match term::emit_into_string(&config, &file, &d) {
                Ok(s) => out.push_str(&s),
                Err(_) => {
                    let (l, c) = self.line_col(e.span.start);
                    out.push_str(&format!(
                        "error: {}\n  --> {}:{l}:{c}\n",
                        e.message, self.file
                    ));
                }
            }
        }
        let n = self.errors.len();
        out.push_str(&format!(
            "error: could not assemble `{}` due to {n} previous error{}\n",
            self.file,
            if n == 1 { "" } else { "s" }
        ));
        out
    }
}

impl fmt::Display for Errors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render())
    }
}

impl std::error::Error for Errors {}

fn err(span: Span, message: impl Into<String>, label: impl Into<String>) -> AsmError {
    AsmError {
        span,
        message: message.into(),
        label: label.into(),
        notes: Vec::new(),
        related: None,
    }
}

impl AsmError {
    fn note(mut self, n: impl Into<String>) -> Self {
        self.notes.push(n.into());
        self
    }
    fn related(mut self, span: Span, msg: impl Into<String>) -> Self {
        self.related = Some((span, msg.into()));
        self
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Section {
    Code,
    Data,
}

struct Pending {
    op: Opcode,
    /// Its operand tokens, commas included: a range of [`Asm::operands`].
    operands: Range<usize>,
    span: Span,
    offset: u32,
    line: u32,
}

struct Func<'s> {
    name: String,
    span: Span,
    offset: u32,
    labels: HashMap<&'s str, (u32, Span)>,
    body: Vec<Pending>,
    closed: bool,
    /// `.regs N`: the frame has at least N registers.
    min_regs: u16,
}

#[derive(Default)]
struct Asm<'s> {
    errors: Vec<AsmError>,
    data: Vec<u8>,
    data_syms: HashMap<&'s str, (u32, Span)>,
    funcs: Vec<Func<'s>>,
    /// The operand tokens of every instruction, one after the other (so that
    /// they are not a vector each).
    operands: Vec<Token<'s>>,
    /// Index into `funcs` of the first function with each name.
    func_names: HashMap<String, usize>,
    entry: Option<(String, Span)>,
    code_size: u32,
    /// The import table, in index order, with where each name was declared.
    imports: Vec<(String, Option<Span>)>,
    /// Header flags (`.manual_memory`).
    flags: u16,
    /// Largest data segment to build ([`assemble_limited`]).
    max_data: u64,
}

/// Assembles `source` (named `file` in messages and in the module's line table).
/// The data segment may be up to [`MAX_DATA`] bytes.
pub fn assemble(source: &str, file: &str) -> Result<Image, Errors> {
    assemble_limited(source, file, MAX_DATA)
}

/// [`assemble`] with the data segment limited to `max_data` bytes (at most
/// [`MAX_DATA`]): `voxvm` passes its `--max-memory`, so that a `.zero` or
/// `.align` the program could never run with is refused at its line before
/// anything is built.
pub fn assemble_limited(source: &str, file: &str, max_data: u64) -> Result<Image, Errors> {
    let mut a = Asm {
        max_data: max_data.min(MAX_DATA),
        ..Asm::default()
    };
    let mut section = Section::Code;
    let mut base = 0;
    // One token buffer for every line.
    let mut toks = Vec::new();
    for (idx, text) in source.split('\n').enumerate() {
        let line_no = idx as u32 + 1;
        match lex::line_into(text, base, &mut toks) {
            Ok(()) => a.line(&toks, line_no, &mut section, base..base + text.len()),
            Err(e) => {
                // Still define the line's leading labels, so that their uses
                // do not cascade into "unknown label" errors.
                if lex::line_into(&text[..e.span.start - base], base, &mut toks).is_ok() {
                    a.leading_labels(&toks, section);
                }
                a.errors.push(err(e.span, e.msg, e.label));
            }
        }
        base += text.len() + 1;
    }
    if let Some(f) = a.funcs.last() {
        if !f.closed {
            let e = err(
                f.span.clone(),
                format!("function `{}` has no `.end`", f.name),
                "opened here",
            )
            .note("help: close every `.func` with `.end`");
            a.errors.push(e);
        }
    }
    let image = a.finish(file);
    // Report in source order (operand errors are found in a second pass).
    a.errors.sort_by_key(|e| e.span.start);
    match image {
        Some(img) if a.errors.is_empty() => Ok(img),
        _ => Err(Errors {
            file: file.into(),
            source: source.into(),
            errors: a.errors,
        }),
    }
}

/// The span of a comma that has no operand before it (`, ,` or a leading or
/// trailing comma), if any.
fn empty_operand(toks: &[Token]) -> Option<Span> {
    let mut prev_comma = true;
    for t in toks {
        let comma = t.tok == Tok::Comma;
        if comma && prev_comma {
            return Some(t.span.clone());
        }
        prev_comma = comma;
    }
    match toks.last() {
        Some(t) if t.tok == Tok::Comma => Some(t.span.clone()),
        _ => None,
    }
}

/// Splits operand tokens at top-level commas (no operands if there are no tokens).
fn split_operands<'t, 's>(toks: &'t [Token<'s>]) -> impl Iterator<Item = &'t [Token<'s>]> {
    let none = toks.is_empty();
    toks.split(|t| t.tok == Tok::Comma).filter(move |_| !none)
}

fn span_of(toks: &[Token], fallback: &Span) -> Span {
    match (toks.first(), toks.last()) {
        (Some(a), Some(b)) => a.span.start..b.span.end,
        _ => fallback.clone(),
    }
}

fn is_ident(s: &str) -> bool {
    let mut c = s.chars();
    matches!(c.next(), Some(c) if c.is_ascii_alphabetic() || c == '_' || c == '$')
        && c.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '$'))
}

/// Edit distance between `a` and `b` if it is at most `max`, for "did you
/// mean" suggestions. Gives up as soon as the distance must exceed `max`, so a
/// long word (a hostile source can have megabyte-long ones) costs little.
/// `prev` and `cur` are scratch rows, reused across calls.
fn distance(
    a: &[char],
    b: &str,
    max: usize,
    prev: &mut Vec<usize>,
    cur: &mut Vec<usize>,
) -> Option<usize> {
    let blen = b.chars().count();
    if a.len().abs_diff(blen) > max {
        return None;
    }
    prev.clear();
    prev.extend(0..=blen);
    for (i, &ca) in a.iter().enumerate() {
        cur.clear();
        cur.push(i + 1);
        for (j, cb) in b.chars().enumerate() {
            let d = (prev[j] + usize::from(ca != cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
            cur.push(d);
        }
        // Distances along a row never shrink in later rows.
        if cur.iter().all(|&d| d > max) {
            return None;
        }
        std::mem::swap(prev, cur);
    }
    Some(prev[blen]).filter(|&d| d <= max)
}

/// Largest data segment the assembler builds: voxvm's default address-space cap
/// (`--max-memory`), so that a one-line `.zero` cannot demand gigabytes.
pub const MAX_DATA: u64 = 1 << 30;

/// "Did you mean" help is only worked out for the first this many errors: it
/// compares the unknown name with every candidate, which on a hostile source
/// with thousands of unknown names and thousands of labels is quadratic.
const SUGGESTION_LIMIT: usize = 100;

fn suggest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let w: Vec<char> = word.chars().collect();
    let max = 2.max(word.len() / 3);
    let (mut prev, mut cur) = (Vec::new(), Vec::new());
    candidates
        .filter_map(|c| Some((distance(&w, c, max, &mut prev, &mut cur)?, c)))
        .min()
        .map(|(_, c)| c)
}

impl<'s> Asm<'s> {
    /// Whether errors still get "did you mean" help (see [`SUGGESTION_LIMIT`]).
    fn helpful(&self) -> bool {
        self.errors.len() < SUGGESTION_LIMIT
    }

    /// Defines the `name:` labels at the start of `toks`; returns the rest.
    fn leading_labels<'t>(
        &mut self,
        mut toks: &'t [Token<'s>],
        section: Section,
    ) -> &'t [Token<'s>] {
        while let [Token {
            tok: Tok::Word(name),
            span,
        }, Token {
            tok: Tok::Colon, ..
        }, rest @ ..] = toks
        {
            self.define_label(name, span.clone(), section);
            toks = rest;
        }
        toks
    }

    fn line(&mut self, toks: &[Token<'s>], line_no: u32, section: &mut Section, line_span: Span) {
        let toks = self.leading_labels(toks, *section);
        let Some((head, rest)) = toks.split_first() else {
            return;
        };
        let Tok::Word(word) = &head.tok else {
            self.errors.push(err(
                head.span.clone(),
                "expected an instruction, a directive or a label",
                "unexpected token",
            ));
            return;
        };
        if word.starts_with('.') {
            self.directive(word, head.span.clone(), rest, section, &line_span);
        } else {
            self.instruction(word, head.span.clone(), rest, line_no, *section, &line_span);
        }
    }

    fn define_label(&mut self, name: &'s str, span: Span, section: Section) {
        if !is_ident(name) {
            self.errors.push(err(
                span,
                format!("`{name}` is not a valid label name"),
                "labels are identifiers",
            ));
            return;
        }
        let (table, offset, what) = match section {
            Section::Data => (&mut self.data_syms, self.data.len() as u32, "data symbol"),
            Section::Code => match self.funcs.last_mut() {
                Some(f) if !f.closed => (&mut f.labels, self.code_size, "label"),
                _ => {
                    self.errors.push(
                        err(span, format!("label `{name}` is outside any function"), "not inside `.func … .end`")
                            .note("help: code labels must be inside a function; data labels go after `.data`"),
                    );
                    return;
                }
            },
        };
        if let Some((_, first)) = table.get(name) {
            let e = err(
                span,
                format!("{what} `{name}` is defined twice"),
                "redefined here",
            )
            .related(first.clone(), "first defined here");
            self.errors.push(e);
        } else {
            table.insert(name, (offset, span));
        }
    }

    fn directive(
        &mut self,
        word: &str,
        span: Span,
        args: &[Token<'s>],
        section: &mut Section,
        line: &Span,
    ) {
        let want_ident = |this: &mut Self, what: &str| -> Option<(String, Span)> {
            match args {
                [Token {
                    tok: Tok::Word(n),
                    span,
                }] if is_ident(n) => Some((n.to_string(), span.clone())),
                _ => {
                    this.errors.push(err(
                        span_of(args, &span),
                        format!("`{word}` expects {what}"),
                        format!("expected {what}"),
                    ));
                    None
                }
            }
        };
        match word {
            ".code" | ".text" => *section = Section::Code,
            ".data" => {
                if self.funcs.last().is_some_and(|f| !f.closed) {
                    self.errors.push(err(
                        span,
                        "`.data` inside a function",
                        "close the function with `.end` first",
                    ));
                    return;
                }
                *section = Section::Data
            }
            ".entry" => {
                if let Some(n) = want_ident(self, "a function name") {
                    self.entry = Some(n);
                }
            }
            ".import" => {
                if let Some((name, nspan)) = want_ident(self, "a host or native function name") {
                    match self.imports.iter().find(|(n, _)| *n == name) {
                        Some((_, first)) => {
                            let mut e = err(
                                nspan,
                                format!("import `{name}` is declared twice"),
                                "declared again here",
                            );
                            if let Some(first) = first {
                                e = e.related(first.clone(), "first declared here");
                            }
                            self.errors.push(e);
                        }
                        None => self.imports.push((name, Some(nspan))),
                    }
                }
            }
            ".manual_memory" => {
                if args.is_empty() {
                    self.flags |= vm::vve::FLAG_MANUAL_MEMORY;
                } else {
                    self.errors.push(err(
                        span_of(args, &span),
                        "`.manual_memory` takes no operands",
                        "unexpected operand",
                    ));
                }
            }
            ".func" => {
                if *section != Section::Code {
                    *section = Section::Code;
                }
                if let Some(f) = self.funcs.last() {
                    if !f.closed {
                        let e = err(
                            span.clone(),
                            format!("`.func` inside function `{}`", f.name),
                            "nested function",
                        )
                        .related(f.span.clone(), "this function has no `.end`");
                        self.errors.push(e);
                        return;
                    }
                }
                if let Some((name, nspan)) = want_ident(self, "a function name") {
                    if let Some(f) = self.func_names.get(&name).map(|&i| &self.funcs[i]) {
                        let e = err(
                            nspan.clone(),
                            format!("function `{name}` is defined twice"),
                            "redefined here",
                        )
                        .related(f.span.clone(), "first defined here");
                        self.errors.push(e);
                    }
                    self.func_names
                        .entry(name.clone())
                        .or_insert(self.funcs.len());
                    self.funcs.push(Func {
                        name,
                        span: nspan,
                        offset: self.code_size,
                        labels: HashMap::new(),
                        body: Vec::new(),
                        closed: false,
                        min_regs: 0,
                    });
                }
            }
            ".regs" => {
                // A frame larger than the registers the code names: a host
                // call's window may reach past them (compilers emit this).
                let n = match parse_imm(args, ImmType::U16, &span_of(args, &span)) {
                    Ok(OperandValue::U16(n)) if (1..=256).contains(&n) => n,
                    Ok(_) => {
                        self.errors.push(err(
                            span_of(args, &span),
                            "a frame has 1 to 256 registers",
                            "out of range",
                        ));
                        return;
                    }
                    Err(e) => {
                        self.errors.push(e);
                        return;
                    }
                };
                match self.funcs.last_mut() {
                    Some(f) if !f.closed => f.min_regs = f.min_regs.max(n),
                    _ => self.errors.push(err(
                        span,
                        "`.regs` outside a function",
                        "not inside `.func … .end`",
                    )),
                }
            }
            ".end" => match self.funcs.last_mut() {
                Some(f) if !f.closed => {
                    f.closed = true;
                    if f.body.is_empty() {
                        let e = err(
                            f.span.clone(),
                            format!("function `{}` is empty", f.name),
                            "no instructions",
                        )
                        .note("help: a function needs at least a `ret` or `halt`");
                        self.errors.push(e);
                    }
                }
                _ => self
                    .errors
                    .push(err(span, "`.end` without `.func`", "nothing to close")),
            },
            _ if *section == Section::Data || word == ".align" => {
                self.data_directive(word, span, args, line)
            }
            _ => {
                let e = err(span, format!("unknown directive `{word}` in code"), "not a code directive")
                    .note("help: code directives are .func .end .regs .entry .import .manual_memory .data .code; data directives follow `.data`");
                self.errors.push(e);
            }
        }
    }

    fn data_directive(&mut self, word: &str, span: Span, args: &[Token<'s>], line: &Span) {
        let ty = match word {
            ".i8" => Some(ImmType::I8),
            ".i16" => Some(ImmType::I16),
            ".i32" => Some(ImmType::I32),
            ".i64" => Some(ImmType::I64),
            ".u8" | ".bytes" | ".byte" => Some(ImmType::U8),
            ".u16" => Some(ImmType::U16),
            ".u32" => Some(ImmType::U32),
            ".u64" => Some(ImmType::U64),
            ".f32" => Some(ImmType::F32),
            ".f64" => Some(ImmType::F64),
            _ => None,
        };
        if let Some(ty) = ty {
            if args.is_empty() {
                self.errors.push(err(
                    span,
                    format!("`{word}` needs at least one value"),
                    "expected values",
                ));
            }
            for o in split_operands(args) {
                match parse_imm(o, ty, line) {
                    Ok(v) => push_value(&mut self.data, v),
                    Err(e) => self.errors.push(e),
                }
            }
            return;
        }
        match (word, args) {
            (".string" | ".asciz" | ".ascii", [Token { tok: Tok::Str(s), .. }]) => {
                self.data.extend_from_slice(s);
                if word != ".ascii" {
                    self.data.push(0);
                }
            }
            (".zero" | ".align", _) => {
                let n = match parse_imm(args, ImmType::U32, &span_of(args, &span)) {
                    Ok(OperandValue::U32(n)) => n as usize,
                    Ok(_) => unreachable!("parse_imm returns the requested type"),
                    Err(e) => {
                        self.errors.push(e);
                        return;
                    }
                };
                let len = if word == ".zero" {
                    self.data.len() + n
                } else if n == 0 || !n.is_power_of_two() {
                    self.errors.push(err(span_of(args, &span), "alignment must be a power of two", "here"));
                    return;
                } else {
                    self.data.len().next_multiple_of(n)
                };
                // Checked before allocating: `.zero 4294967295` a few times
                // must not take gigabytes (or overflow the u32 offsets).
                if len as u64 > self.max_data {
                    let limit = if self.max_data == MAX_DATA {
                        format!("the limit of {MAX_DATA} bytes (1 GiB)")
                    } else {
                        format!("the memory cap of {} bytes (--max-memory)", self.max_data)
                    };
                    self.errors.push(
                        err(
                            span_of(args, &span),
                            format!("the data segment would be {len} bytes, more than {limit}"),
                            "too large",
                        )
                        .note("help: allocate large buffers on the heap with `alloc` at run time"),
                    );
                    return;
                }
                self.data.resize(len, 0);
            }
            (".string" | ".asciz" | ".ascii", _) => self.errors.push(err(
                span_of(args, &span),
                format!("`{word}` expects one string literal"),
                "expected \"text\"",
            )),
            _ => self.errors.push(
                err(span, format!("unknown data directive `{word}`"), "unknown directive").note(
                    "help: data directives are .i8 .i16 .i32 .i64 .u8 .u16 .u32 .u64 .f32 .f64 .bytes .string .asciz .ascii .zero .align",
                ),
            ),
        }
    }

    fn instruction(
        &mut self,
        word: &str,
        span: Span,
        args: &[Token<'s>],
        line: u32,
        section: Section,
        line_span: &Span,
    ) {
        if section == Section::Data {
            self.errors.push(
                err(
                    span,
                    format!("instruction `{word}` in the data section"),
                    "expected a data directive",
                )
                .note("help: switch back with `.code`, or start a function with `.func`"),
            );
            return;
        }
        let Some(op) = Opcode::from_mnemonic(word) else {
            let mut e = err(
                span,
                format!("unknown mnemonic `{word}`"),
                "not an instruction",
            );
            let family: Vec<&str> = Opcode::ALL
                .iter()
                .filter(|o| o.info().family == word && !o.info().suffix.is_empty())
                .map(|o| o.info().suffix)
                .collect();
            if !family.is_empty() {
                const SHOWN: usize = 6;
                let mut list: Vec<String> = family
                    .iter()
                    .take(SHOWN)
                    .map(|s| format!("`{word}.{s}`"))
                    .collect();
                if family.len() > SHOWN {
                    list.push(format!("… ({} in all)", family.len()));
                }
                e = e.note(format!(
                    "help: `{word}` needs a type suffix: {}",
                    list.join(", ")
                ));
            } else if let Some(s) = self
                .helpful()
                .then(|| suggest(word, Opcode::ALL.iter().map(|o| o.mnemonic())))
                .flatten()
            {
                e = e.note(format!("help: did you mean `{s}`?"));
            }
            self.errors.push(e);
            return;
        };
        let Some(f) = self.funcs.last_mut().filter(|f| !f.closed) else {
            self.errors.push(
                err(
                    span,
                    format!("instruction `{word}` outside a function"),
                    "not inside `.func … .end`",
                )
                .note("help: put code between `.func name` and `.end`"),
            );
            return;
        };
        let info = op.info();
        if let Some(comma) = empty_operand(args) {
            let e = err(
                comma,
                format!("`{word}` has an empty operand"),
                "expected an operand before this `,`",
            )
            .note(format!("expected: {}", syntax_with_kinds(op)));
            self.errors.push(e);
            return;
        }
        let count = split_operands(args).count();
        if count != info.operands.len() {
            let e = err(
                span_of(args, &(span.start..line_span.end)),
                format!(
                    "`{word}` takes {} operand{}, found {}",
                    info.operands.len(),
                    if info.operands.len() == 1 { "" } else { "s" },
                    count
                ),
                "wrong operands",
            )
            .note(format!("expected: {}", syntax_with_kinds(op)));
            self.errors.push(e);
            return;
        }
        let start = self.operands.len();
        self.operands.extend_from_slice(args);
        f.body.push(Pending {
            op,
            operands: start..self.operands.len(),
            span: span.start..line_span.end,
            offset: self.code_size,
            line,
        });
        self.code_size += op.size() as u32;
    }

    fn finish(&mut self, file: &str) -> Option<Image> {
        let funcs = std::mem::take(&mut self.funcs);
        let operands = std::mem::take(&mut self.operands);
        let func_index: HashMap<&str, usize> = funcs
            .iter()
            .enumerate()
            .map(|(i, f)| (f.name.as_str(), i))
            .collect();
        let mut code = Vec::with_capacity(self.code_size as usize);
        let mut lines = Vec::new();
        let mut functions = Vec::new();
        for f in &funcs {
            let mut max_reg = 0u16;
            for p in &f.body {
                let info = p.op.info();
                let mut vals = [OperandValue::Reg(Reg(0)); MAX_OPERANDS];
                let mut n = 0;
                for (toks, o) in split_operands(&operands[p.operands.clone()]).zip(info.operands) {
                    let r = match o.kind {
                        OperandKind::Reg => parse_reg(toks)
                            .inspect(|r| max_reg = max_reg.max(u16::from(r.0) + 1))
                            .map(OperandValue::Reg),
                        OperandKind::Imm(t) => parse_imm(toks, t, &p.span),
                        OperandKind::Label => self.resolve_label(f, &funcs, toks, &p.span),
                        OperandKind::Data => self.resolve_data(toks, &p.span),
                        OperandKind::Func => {
                            resolve_func(&func_index, &funcs, toks, &p.span, self.helpful())
                        }
                        OperandKind::Import => self.resolve_import(toks, &p.span),
                    };
                    match r {
                        Ok(v) => {
                            vals[n] = v;
                            n += 1;
                        }
                        Err(e) => self
                            .errors
                            .push(e.note(format!("expected: {}", syntax_with_kinds(p.op)))),
                    }
                }
                if n == info.operands.len() {
                    match Instr::from_operands(p.op, &vals[..n]) {
                        Some(i) => i.encode(&mut code),
                        None => self.errors.push(err(
                            p.span.clone(),
                            "internal error: operand kinds do not match",
                            "here",
                        )),
                    }
                } else {
                    // Keep offsets right for the rest of the file.
                    code.resize(code.len() + p.op.size(), 0);
                }
                if lines.last().is_none_or(|&(_, l)| l != p.line) {
                    lines.push((p.offset, p.line));
                }
            }
            if let Some(last) = f.body.last() {
                if !last.op.info().flags.terminator {
                    self.errors.push(
                        err(
                            last.span.clone(),
                            format!("function `{}` can fall off its end", f.name),
                            "last instruction falls through",
                        )
                        .note("help: end every function with `ret`, `halt` or a jump"),
                    );
                }
            }
            functions.push(FunctionEntry {
                name: f.name.clone(),
                offset: f.offset,
                nregs: max_reg.max(f.min_regs).max(1),
            });
        }
        let (entry_name, entry_span) = self.entry.clone().unwrap_or(("main".into(), 0..0));
        let entry = match func_index.get(entry_name.as_str()) {
            Some(&i) => i as u32,
            None => {
                let e = if self.entry.is_some() {
                    err(
                        entry_span,
                        format!("entry function `{entry_name}` is not defined"),
                        "no such function",
                    )
                } else if let Some(first) = funcs.first() {
                    err(
                        first.span.clone(),
                        "no `main` function to start at",
                        format!("the first function is `{}`", first.name),
                    )
                    .note(format!(
                        "help: name the entry function `main`, or add `.entry {}`",
                        first.name
                    ))
                } else {
                    err(
                        0..0,
                        "the program has no functions",
                        "expected `.func main`",
                    )
                    .note("help: define the entry function as `.func main` … `.end`")
                };
                self.errors.push(e);
                return None;
            }
        };
        let mut image = Image {
            fingerprint: vm::isa::FINGERPRINT,
            flags: self.flags,
            entry,
            code,
            data: std::mem::take(&mut self.data),
            functions,
            imports: self.imports.iter().map(|(n, _)| n.clone()).collect(),
            lines,
            source: file.into(),
            ..Image::default()
        };
        image.trim_zero_tail();
        Some(image)
    }

    fn resolve_label(
        &self,
        f: &Func,
        funcs: &[Func],
        toks: &[Token<'s>],
        span: &Span,
    ) -> Result<OperandValue, AsmError> {
        let (name, sp) = single_word(toks, span, "a label")?;
        if let Some(&(off, _)) = f.labels.get(name) {
            return Ok(OperandValue::Label(Label(off)));
        }
        let mut e = err(
            sp,
            format!("unknown label `{name}` in function `{}`", f.name),
            "no such label",
        );
        if !self.helpful() {
            return Err(e);
        }
        if let Some(other) = funcs.iter().find(|g| g.labels.contains_key(name)) {
            e = e.note(format!(
                "note: `{name}` is a label of function `{}`; jumps cannot leave their function",
                other.name
            ));
        } else if let Some(s) = suggest(name, f.labels.keys().copied()) {
            e = e.note(format!("help: did you mean `{s}`?"));
        }
        Err(e)
    }

    /// The import-table index of a name, adding it on first use.
    fn resolve_import(
        &mut self,
        toks: &[Token<'s>],
        span: &Span,
    ) -> Result<OperandValue, AsmError> {
        let (name, _) = single_word(toks, span, "a host or native function name")?;
        let index = match self.imports.iter().position(|(n, _)| n == name) {
            Some(i) => i,
            None => {
                self.imports.push((name.to_string(), None));
                self.imports.len() - 1
            }
        };
        Ok(OperandValue::Import(ImportRef(index as u32)))
    }

    fn resolve_data(&self, toks: &[Token<'s>], span: &Span) -> Result<OperandValue, AsmError> {
        let (sym, add) = match toks {
            [_] => (&toks[..1], None),
            [_, Token { tok: Tok::Plus, .. }, rest @ ..] => (&toks[..1], Some(rest)),
            _ => (toks, None),
        };
        let (name, sp) = single_word(sym, span, "a data symbol (optionally `symbol+offset`)")?;
        let Some(&(off, _)) = self.data_syms.get(name) else {
            let mut e = err(
                sp,
                format!("unknown data symbol `{name}`"),
                "not defined in `.data`",
            );
            let help = self.helpful();
            if let Some(s) = help
                .then(|| suggest(name, self.data_syms.keys().copied()))
                .flatten()
            {
                e = e.note(format!("help: did you mean `{s}`?"));
            }
            return Err(e);
        };
        let extra = match add {
            Some(t) => match parse_imm(t, ImmType::U32, span)? {
                OperandValue::U32(n) => n,
                _ => unreachable!("parse_imm returns the requested type"),
            },
            None => 0,
        };
        let addr = u64::from(off) + u64::from(extra);
        if addr > self.data.len() as u64 {
            return Err(err(
                span_of(toks, span),
                format!(
                    "`{name}+{extra}` is past the end of the data segment ({} bytes)",
                    self.data.len()
                ),
                "out of range",
            ));
        }
        Ok(OperandValue::Data(DataRef(addr as u32)))
    }
}

fn resolve_func(
    index: &HashMap<&str, usize>,
    funcs: &[Func],
    toks: &[Token],
    span: &Span,
    help: bool,
) -> Result<OperandValue, AsmError> {
    let (name, sp) = single_word(toks, span, "a function name")?;
    match index.get(name) {
        Some(&i) => Ok(OperandValue::Func(FuncRef(i as u32))),
        None => {
            let mut e = err(sp, format!("unknown function `{name}`"), "no such function");
            if let Some(s) = help
                .then(|| suggest(name, funcs.iter().map(|f| f.name.as_str())))
                .flatten()
            {
                e = e.note(format!("help: did you mean `{s}`?"));
            }
            Err(e)
        }
    }
}

/// `add.i64 dst: register, a: register, b: register`
pub fn syntax_with_kinds(op: Opcode) -> String {
    let info = op.info();
    let ops: Vec<String> = info
        .operands
        .iter()
        .map(|o| format!("{}: {}", o.name, o.kind.describe()))
        .collect();
    if ops.is_empty() {
        info.mnemonic.to_string()
    } else {
        format!("{} {}", info.mnemonic, ops.join(", "))
    }
}

fn single_word<'s>(
    toks: &[Token<'s>],
    span: &Span,
    what: &str,
) -> Result<(&'s str, Span), AsmError> {
    match toks {
        [Token {
            tok: Tok::Word(w),
            span,
        }] if is_ident(w) => Ok((w, span.clone())),
        _ => Err(err(
            span_of(toks, span),
            format!("expected {what}"),
            format!("expected {what}"),
        )),
    }
}

/// The number of a register name `rN` (any number of digits, which must fit a `u32`).
fn reg_number(w: &str) -> Option<u32> {
    w.strip_prefix('r').and_then(|d| {
        (!d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
            .then(|| d.parse::<u32>().ok())
            .flatten()
    })
}

fn parse_reg(toks: &[Token]) -> Result<Reg, AsmError> {
    let bad = |span: Span, found: &str| {
        err(
            span,
            format!("expected a register, found `{found}`"),
            "expected a register like `r3`",
        )
    };
    match toks {
        [Token {
            tok: Tok::Word(w),
            span,
        }] => match reg_number(w) {
            Some(n) if n <= 255 => Ok(Reg(n as u8)),
            Some(_) => Err(err(
                span.clone(),
                format!("register `{w}` does not exist"),
                "registers are r0..r255",
            )),
            None => Err(bad(span.clone(), w)),
        },
        _ => Err(bad(span_of(toks, &(0..0)), "something else")),
    }
}

/// Parses an integer literal: optional sign, `0x`/`0o`/`0b` prefix, `_` separators.
fn parse_int(w: &str) -> Option<i128> {
    let (neg, digits) = match w.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, w),
    };
    let digits = if digits.contains('_') {
        std::borrow::Cow::Owned(digits.replace('_', ""))
    } else {
        std::borrow::Cow::Borrowed(digits)
    };
    let (radix, body) = match digits.get(..2) {
        Some("0x" | "0X") => (16, &digits[2..]),
        Some("0b" | "0B") => (2, &digits[2..]),
        Some("0o" | "0O") => (8, &digits[2..]),
        _ => (10, &digits[..]),
    };
    if body.is_empty() || body.starts_with(['+', '-']) {
        return None;
    }
    let v = i128::from_str_radix(body, radix).ok()?;
    Some(if neg { -v } else { v })
}

/// "an i32", "a u8", "an f64".
fn article(ty: ImmType) -> &'static str {
    if ty.name().starts_with('u') {
        "a"
    } else {
        "an"
    }
}

/// Parses an immediate of type `ty`. Integers must fit the type; hex, octal and
/// binary literals may also give a signed type's bit pattern (`0xff` for i8 -1).
fn parse_imm(toks: &[Token], ty: ImmType, span: &Span) -> Result<OperandValue, AsmError> {
    let sp = span_of(toks, span);
    let text: String;
    let word = match toks {
        [Token {
            tok: Tok::Word(w), ..
        }] => w,
        [Token {
            tok: Tok::Char(c), ..
        }] => {
            text = c.to_string();
            text.as_str()
        }
        _ => {
            return Err(err(
                sp,
                format!("expected {} {} immediate", article(ty), ty.name()),
                format!("expected {} {} value", article(ty), ty.name()),
            ))
        }
    };
    // What `parse_reg(toks).is_ok()` says, without building its error.
    if reg_number(word).is_some_and(|n| n <= 255)
        && matches!(
            toks,
            [Token {
                tok: Tok::Word(_),
                ..
            }]
        )
    {
        return Err(err(
            sp,
            format!(
                "expected {} {} immediate, found register `{word}`",
                article(ty),
                ty.name()
            ),
            "this operand is a constant, not a register",
        ));
    }
    let float = |v: Option<f64>| {
        v.ok_or_else(|| {
            err(
                sp.clone(),
                format!("invalid {} literal `{word}`", ty.name()),
                "expected a number like `1.5`, `-2`, `inf` or `nan`",
            )
        })
    };
    // A float immediate may also be given as its exact bit pattern: `0x` and
    // all 16 (f64) or 8 (f32) hex digits, e.g. `0x7ff8000000000001`. This is how
    // the disassembler writes NaN payloads. Full width is required so that a
    // short `0x10` is an error rather than a tiny subnormal.
    let float_bits = |width: usize| {
        let hex = word.strip_prefix("0x")?.replace('_', "");
        (hex.len() == width / 4)
            .then(|| u64::from_str_radix(&hex, 16).ok())
            .flatten()
    };
    if let ImmType::F64 = ty {
        if let Some(b) = float_bits(64) {
            return Ok(OperandValue::F64(f64::from_bits(b)));
        }
        return float(word.parse::<f64>().ok()).map(OperandValue::F64);
    }
    if let ImmType::F32 = ty {
        if let Some(b) = float_bits(32) {
            return Ok(OperandValue::F32(f32::from_bits(b as u32)));
        }
        return word.parse::<f32>().map(OperandValue::F32).map_err(|_| {
            err(
                sp.clone(),
                format!("invalid f32 literal `{word}`"),
                "expected a number like `1.5`, `-2`, `inf` or `nan`",
            )
        });
    }
    let Some(v) = parse_int(word) else {
        return Err(err(
            sp,
            format!("invalid {} literal `{word}`", ty.name()),
            "expected an integer like `42`, `-7`, `0xff` or 'a'",
        ));
    };
    let bits = ty.size() as u32 * 8;
    let signed = matches!(ty, ImmType::I8 | ImmType::I16 | ImmType::I32 | ImmType::I64);
    let based = !word
        .trim_start_matches('-')
        .chars()
        .all(|c| c.is_ascii_digit() || c == '_');
    let (lo, hi) = if signed {
        (
            -(1i128 << (bits - 1)),
            if based {
                (1i128 << bits) - 1
            } else {
                (1i128 << (bits - 1)) - 1
            },
        )
    } else {
        (0, (1i128 << bits) - 1)
    };
    if v < lo || v > hi {
        return Err(err(
            sp,
            format!("`{word}` does not fit in {}", ty.name()),
            format!(
                "{} holds {}..={}",
                ty.name(),
                lo,
                if signed {
                    (1i128 << (bits - 1)) - 1
                } else {
                    hi
                }
            ),
        ));
    }
    let u = v as u64; // two's complement bit pattern
    Ok(match ty {
        ImmType::I8 => OperandValue::I8(u as i8),
        ImmType::I16 => OperandValue::I16(u as i16),
        ImmType::I32 => OperandValue::I32(u as i32),
        ImmType::I64 => OperandValue::I64(u as i64),
        ImmType::U8 => OperandValue::U8(u as u8),
        ImmType::U16 => OperandValue::U16(u as u16),
        ImmType::U32 => OperandValue::U32(u as u32),
        ImmType::U64 => OperandValue::U64(u),
        ImmType::F32 | ImmType::F64 => unreachable!("floats handled above"),
    })
}

fn push_value(out: &mut Vec<u8>, v: OperandValue) {
    match v {
        OperandValue::I8(x) => out.extend_from_slice(&x.to_le_bytes()),
        OperandValue::I16(x) => out.extend_from_slice(&x.to_le_bytes()),
        OperandValue::I32(x) => out.extend_from_slice(&x.to_le_bytes()),
        OperandValue::I64(x) => out.extend_from_slice(&x.to_le_bytes()),
        OperandValue::U8(x) => out.push(x),
        OperandValue::U16(x) => out.extend_from_slice(&x.to_le_bytes()),
        OperandValue::U32(x) => out.extend_from_slice(&x.to_le_bytes()),
        OperandValue::U64(x) => out.extend_from_slice(&x.to_le_bytes()),
        OperandValue::F32(x) => out.extend_from_slice(&x.to_le_bytes()),
        OperandValue::F64(x) => out.extend_from_slice(&x.to_le_bytes()),
        OperandValue::Reg(_)
        | OperandValue::Label(_)
        | OperandValue::Data(_)
        | OperandValue::Func(_)
        | OperandValue::Import(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors(src: &str) -> Vec<String> {
        assemble(src, "t.vvs")
            .unwrap_err()
            .errors
            .into_iter()
            .map(|e| e.message)
            .collect()
    }

    #[test]
    fn integer_literals() {
        assert_eq!(parse_int("0x_ff"), Some(255));
        assert_eq!(parse_int("-0b101"), Some(-5));
        assert_eq!(parse_int("1_000"), Some(1000));
        assert_eq!(parse_int("--1"), None);
        assert_eq!(parse_int("0x"), None);
    }

    #[test]
    fn reports_every_error_not_just_the_first() {
        let e = errors(
            ".func main\n  ad.i64 r0, r1, r2\n  movi.i64 r300, 1\n  jmp nowhere\n  halt r0\n.end\n",
        );
        assert_eq!(e.len(), 3, "{e:?}");
        assert!(e[0].contains("unknown mnemonic `ad.i64`"));
        assert!(e[1].contains("register `r300` does not exist"));
        assert!(e[2].contains("unknown label `nowhere`"));
    }

    #[test]
    fn immediates_are_range_checked() {
        let e = errors(".func main\n movi.i8 r0, 128\n movi.u8 r0, -1\n halt r0\n.end");
        assert_eq!(e.len(), 2, "{e:?}");
        assert!(assemble(".func main\n movi.i8 r0, 0xff\n halt r0\n.end", "t").is_ok());
    }

    #[test]
    fn frame_size_is_highest_register_plus_one() {
        let img = assemble(".func main\n movi.i64 r7, 1\n halt r7\n.end", "t").unwrap();
        assert_eq!(img.functions[0].nregs, 8);
    }

    #[test]
    fn manual_memory_directive_sets_the_flag() {
        let plain = assemble(".func main\n halt r0\n.end", "t").unwrap();
        assert!(!plain.manual_memory());
        for src in [
            ".manual_memory\n.func main\n halt r0\n.end",
            ".data\nx: .u8 1\n.manual_memory\n.code\n.func main\n halt r0\n.end\n.manual_memory",
        ] {
            let img = assemble(src, "t").unwrap();
            assert_eq!(img.flags, vm::vve::FLAG_MANUAL_MEMORY, "{src}");
            assert_eq!(
                assemble(&crate::disasm::disassemble(&img), "d")
                    .unwrap()
                    .flags,
                img.flags
            );
        }
        let e = errors(".manual_memory yes\n.func main\n halt r0\n.end");
        assert_eq!(e, ["`.manual_memory` takes no operands"]);
    }
}
