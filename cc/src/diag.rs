//! Diagnostics: errors, warnings and notes with a location, rendered the way
//! voxasm renders its errors (codespan-reporting, rustc style): `file:line:col`,
//! the source line, a caret under the offending text, and notes that point at
//! related places (an earlier declaration, say).

use crate::source::{Loc, SourceMap};
use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label, LabelStyle};
use codespan_reporting::files::{Files, SimpleFiles};
use codespan_reporting::term;
use std::fmt;

/// How serious a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Compilation goes on but the result is probably not what was meant.
    Warning,
    /// The program is not valid C (or uses something voxcc does not support).
    Error,
}

/// One diagnostic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// Where.
    pub loc: Loc,
    /// How many bytes of source the caret covers (at least 1).
    pub len: u32,
    /// The headline, e.g. "expected `;` after expression".
    pub message: String,
    /// Related places with a message each (e.g. "previous declaration is here").
    pub related: Vec<(Loc, u32, String)>,
    /// Extra lines without a location (`note: ...`, `help: ...`).
    pub notes: Vec<String>,
}

/// Every diagnostic of one compilation, in the order found.
#[derive(Clone, Debug, Default)]
pub struct Diagnostics {
    /// The diagnostics.
    pub list: Vec<Diagnostic>,
    errors: usize,
    /// Turn warnings off.
    pub no_warnings: bool,
    scratch: Diagnostic,
    /// Warnings in `list`.
    warnings: usize,
    /// Warnings past [`MAX_WARNINGS`], counted and not kept.
    suppressed: usize,
}

impl Default for Diagnostic {
    fn default() -> Self {
        blank(Loc::default())
    }
}

/// Most errors reported before the compiler gives up on a compilation: one
/// more would say nothing new, and a hostile input cannot make the list grow
/// without bound.
pub const MAX_ERRORS: usize = 100;

/// Most warnings kept: the rest are counted. (100,000 parentheses made as
/// many warnings, and rendering them took minutes.)
pub const MAX_WARNINGS: usize = 1000;

impl Diagnostics {
    /// An empty list.
    pub fn new() -> Diagnostics {
        Diagnostics::default()
    }

    /// Adds an error and returns it so that related locations can be added.
    pub fn error(&mut self, loc: Loc, len: u32, message: impl Into<String>) -> &mut Diagnostic {
        self.errors += 1;
        // Counted, not kept, past the limit: a stage that goes on after
        // `too_many` must not make the list (and its rendering) unbounded.
        if self.errors > MAX_ERRORS {
            self.scratch = blank(loc);
            return &mut self.scratch;
        }
        self.push(Severity::Error, loc, len, message.into())
    }

    /// Adds a warning and returns it. With warnings off it returns a scratch
    /// diagnostic that is not kept.
    pub fn warning(&mut self, loc: Loc, len: u32, message: impl Into<String>) -> &mut Diagnostic {
        if self.no_warnings || self.warnings >= MAX_WARNINGS {
            if !self.no_warnings {
                self.suppressed += 1;
            }
            self.scratch = blank(loc);
            return &mut self.scratch;
        }
        self.warnings += 1;
        self.push(Severity::Warning, loc, len, message.into())
    }

    fn push(&mut self, severity: Severity, loc: Loc, len: u32, message: String) -> &mut Diagnostic {
        self.list.push(Diagnostic {
            severity,
            loc,
            len: len.max(1),
            message,
            related: Vec::new(),
            notes: Vec::new(),
        });
        let last = self.list.len() - 1;
        &mut self.list[last]
    }

    /// Drops diagnostics added since the list had `len` entries and `errors`
    /// errors (the parser tries one reading of the input, then another).
    pub fn truncate(&mut self, len: usize, errors: usize) {
        self.list.truncate(len);
        self.errors = errors;
        self.warnings = self
            .list
            .iter()
            .filter(|d| matches!(d.severity, Severity::Warning))
            .count();
    }

    /// Number of errors so far.
    pub fn error_count(&self) -> usize {
        self.errors
    }

    /// Whether there were errors.
    pub fn has_errors(&self) -> bool {
        self.errors > 0
    }

    /// Whether so many errors were reported that the compiler should stop.
    pub fn too_many(&self) -> bool {
        self.errors >= MAX_ERRORS
    }

    /// Renders every diagnostic rustc-style, then a summary line when there
    /// were errors (`error: could not compile `prog.c` due to 2 previous errors`).
    pub fn render(&self, sources: &SourceMap, what: &str) -> String {
        let mut files = SimpleFiles::new();
        for f in sources.files() {
            files.add(f.name.clone(), f.text.clone());
        }
        let config = term::Config::default();
        let mut out = String::new();
        for d in &self.list {
            out.push_str(&render_one(&files, sources, &config, d));
        }
        if self.suppressed > 0 {
            out.push_str(&format!(
                "warning: {} more warnings not shown (at most {MAX_WARNINGS} are)\n",
                self.suppressed
            ));
        }
        if self.errors > 0 {
            out.push_str(&format!(
                "error: could not compile `{what}` due to {} previous error{}\n",
                self.errors,
                if self.errors == 1 { "" } else { "s" }
            ));
        }
        out
    }
}

fn blank(loc: Loc) -> Diagnostic {
    Diagnostic {
        severity: Severity::Warning,
        loc,
        len: 1,
        message: String::new(),
        related: Vec::new(),
        notes: Vec::new(),
    }
}

fn span(sources: &SourceMap, loc: Loc, len: u32) -> std::ops::Range<usize> {
    let text = &sources.file(loc.file).text;
    // On character boundaries: a location or length can land inside a
    // multi-byte character (found by the smoke fuzzer, which panicked here).
    let mut start = (loc.pos as usize).min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = start.saturating_add(len as usize).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    // Keep the caret on the line it starts on.
    let line_end = text[start..end].find('\n').map_or(end, |i| start + i);
    start..line_end.max(start)
}

fn render_one(
    files: &SimpleFiles<String, String>,
    sources: &SourceMap,
    config: &term::Config,
    d: &Diagnostic,
) -> String {
    let plain = || {
        format!(
            "{}: {}\n  --> {}\n",
            match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            },
            d.message,
            sources.describe(d.loc)
        )
    };
    // A snippet costs time in proportion to its line, for every diagnostic
    // on it: on a very long line (generated or hostile source: 100,000
    // parentheses took minutes) the place is named without one.
    if std::iter::once(d.loc)
        .chain(d.related.iter().map(|r| r.0))
        .any(|l| line_len(sources, l) > MAX_SNIPPET_LINE)
    {
        return plain();
    }
    let mut labels = vec![Label::new(
        LabelStyle::Primary,
        d.loc.file.0 as usize,
        span(sources, d.loc, d.len),
    )];
    for (loc, len, msg) in &d.related {
        labels.push(
            Label::new(
                LabelStyle::Secondary,
                loc.file.0 as usize,
                span(sources, *loc, *len),
            )
            .with_message(msg.clone()),
        );
    }
    let cs = match d.severity {
        Severity::Error => CsDiagnostic::error(),
        Severity::Warning => CsDiagnostic::warning(),
    }
    .with_message(&d.message)
    .with_labels(labels)
    .with_notes(d.notes.clone());
    match term::emit_into_string(config, files, &cs) {
        Ok(s) if files.name(d.loc.file.0 as usize).is_ok() => s,
        _ => plain(),
    }
}

/// Longest source line shown in a diagnostic's snippet.
const MAX_SNIPPET_LINE: usize = 1000;

/// Bytes in the source line containing `loc`.
fn line_len(sources: &SourceMap, loc: Loc) -> usize {
    let text = sources.file(loc.file).text.as_bytes();
    let at = (loc.pos as usize).min(text.len());
    let start = text[..at]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let end = text[at..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(text.len(), |i| at + i);
    end - start
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}
