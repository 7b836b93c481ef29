//! Source files and locations: every token and diagnostic points into a
//! [`SourceMap`] by a [`Loc`] (file and byte offset); lines and columns are
//! worked out only when something is reported.

use std::fmt;
use std::rc::Rc;

/// Index of a file in the [`SourceMap`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct FileId(pub u32);

/// A position in the source: a file and a byte offset into its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Loc {
    /// The file.
    pub file: FileId,
    /// Byte offset into the file's text.
    pub pos: u32,
}

/// A `#line` directive: from byte `from` on, the presumed line of the physical
/// line starting at `from` is `line`, and the presumed file name is `name`
/// when given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineDirective {
    /// Byte offset of the first line the directive renumbers.
    pub from: u32,
    /// Its presumed line number.
    pub line: u32,
    /// The presumed file name from here on: the one the directive gave, or
    /// else that of the directive before it (kept here so that a lookup
    /// does not scan back through thousands of `#line N`s for it).
    pub name: Option<Rc<str>>,
}

/// One source file (a C file, a header, or a built-in header).
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// Name as given (path on disk, `<voxcc>/stdio.h` for built-in headers).
    pub name: String,
    /// The text.
    pub text: String,
    /// Found on first use: a large file's main job (lexing it) does not
    /// need them, and the link asks from its parallel phase.
    line_starts: std::sync::OnceLock<Vec<u32>>,
    /// `#line` directives seen in this file, in order.
    pub line_directives: Vec<LineDirective>,
}

impl SourceFile {
    fn new(name: String, text: String) -> SourceFile {
        SourceFile {
            name,
            text,
            line_starts: std::sync::OnceLock::new(),
            line_directives: Vec::new(),
        }
    }

    /// Physical `(line, column)`, both 1-based; the column counts bytes.
    pub fn line_col(&self, pos: u32) -> (u32, u32) {
        let starts = self.line_starts();
        let i = starts.partition_point(|&s| s <= pos).max(1) - 1;
        (i as u32 + 1, pos - starts[i] + 1)
    }

    /// Byte offsets where each line starts.
    pub fn line_starts(&self) -> &[u32] {
        self.line_starts.get_or_init(|| {
            // memchr finds the newlines many bytes at a time: a
            // byte-by-byte scan was 1% of a large file's compile.
            let text = self.text.as_bytes();
            let lines = memchr::memchr_iter(b'\n', text).count();
            let mut starts = Vec::with_capacity(lines + 1);
            starts.push(0);
            starts.extend(memchr::memchr_iter(b'\n', text).map(|i| i as u32 + 1));
            starts
        })
    }

    /// Presumed `(file name, line)` of `pos`, after `#line` directives.
    pub fn presumed(&self, pos: u32) -> (&str, u32) {
        let (line, _) = self.line_col(pos);
        self.presumed_at_line(pos, line)
    }

    /// [`SourceFile::presumed`] for positions asked in mostly increasing
    /// order (a function's instructions, functions in file order): `hint`
    /// is the line index of the last answer, and the line is searched for
    /// outwards from it, so a position near it (before or after: an inlined
    /// callee's lines) costs a few steps, not a binary search over the
    /// whole file's lines.
    pub fn presumed_near(&self, pos: u32, hint: &mut usize) -> (&str, u32) {
        let i = line_index_near(self.line_starts(), pos, *hint);
        *hint = i;
        self.presumed_at_line(pos, i as u32 + 1)
    }

    fn presumed_at_line(&self, pos: u32, line: u32) -> (&str, u32) {
        let i = self.line_directives.partition_point(|d| d.from <= pos);
        if i == 0 {
            return (&self.name, line);
        }
        let d = &self.line_directives[i - 1];
        let (dline, _) = self.line_col(d.from);
        let name = d.name.as_deref().unwrap_or(&self.name);
        (name, d.line.wrapping_add(line - dline))
    }
}

/// The index of the line holding `pos` (the last of `starts`, which begin
/// with 0 and increase, at or before it), found by galloping outwards from
/// index `hint` and then a binary search of the last stride.
fn line_index_near(starts: &[u32], pos: u32, hint: usize) -> usize {
    let n = starts.len();
    if n == 0 {
        return 0;
    }
    let h = hint.min(n - 1);
    // `lo` at or before the line, `hi` past it.
    let (lo, hi) = if starts[h] <= pos {
        let (mut lo, mut step) = (h, 1);
        loop {
            let probe = lo + step;
            if probe >= n {
                break (lo, n);
            }
            if starts[probe] > pos {
                break (lo, probe);
            }
            lo = probe;
            step *= 2;
        }
    } else {
        let (mut hi, mut step) = (h, 1);
        loop {
            if hi <= step {
                break (0, hi);
            }
            let probe = hi - step;
            if starts[probe] <= pos {
                break (probe, hi);
            }
            hi = probe;
            step *= 2;
        }
    };
    (lo + starts[lo..hi].partition_point(|&s| s <= pos)).max(1) - 1
}

/// Every file a compilation has read.
#[derive(Clone, Debug, Default)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

impl SourceMap {
    /// An empty map.
    pub fn new() -> SourceMap {
        SourceMap::default()
    }

    /// Adds a file and returns its id.
    pub fn add(&mut self, name: impl Into<String>, text: impl Into<String>) -> FileId {
        self.files.push(SourceFile::new(name.into(), text.into()));
        FileId(self.files.len() as u32 - 1)
    }

    /// The file with this id.
    pub fn file(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    /// The file with this id, mutably (the preprocessor records `#line` here).
    pub fn file_mut(&mut self, id: FileId) -> &mut SourceFile {
        &mut self.files[id.0 as usize]
    }

    /// All files, indexed by [`FileId`].
    pub fn files(&self) -> &[SourceFile] {
        &self.files
    }

    /// `file:line:col` of a location (presumed file and line, physical column).
    pub fn describe(&self, loc: Loc) -> String {
        let f = self.file(loc.file);
        let (_, col) = f.line_col(loc.pos);
        let (name, line) = f.presumed(loc.pos);
        format!("{name}:{line}:{col}")
    }
}

impl fmt::Display for Loc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "file {}+{}", self.file.0, self.pos)
    }
}

/// First of the private-use characters standing for source bytes that are
/// not UTF-8 (see [`text_from_bytes`]).
pub const RAW_BYTE_BASE: u32 = 0x10_ff00;

/// A source file's text from its bytes: UTF-8, with each byte that is not
/// valid UTF-8 (Latin-1 in a string literal, say) kept as the private-use
/// character `RAW_BYTE_BASE + byte`, which string and character literals
/// turn back into that byte, as gcc and tcc copy such bytes.
pub fn text_from_bytes(bytes: Vec<u8>) -> String {
    let rest = match String::from_utf8(bytes) {
        Ok(s) => return s,
        Err(e) => e.into_bytes(),
    };
    let mut out = String::with_capacity(rest.len() + 16);
    let mut start = 0;
    loop {
        match std::str::from_utf8(&rest[start..]) {
            Ok(s) => {
                out.push_str(s);
                break;
            }
            Err(e) => {
                let good = start + e.valid_up_to();
                out.push_str(std::str::from_utf8(&rest[start..good]).unwrap_or(""));
                let bad = e.error_len().unwrap_or(rest.len() - good);
                for &b in &rest[good..good + bad] {
                    out.push(char::from_u32(RAW_BYTE_BASE + u32::from(b)).unwrap_or('\u{fffd}'));
                }
                start = good + bad;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presumed_near_agrees_with_presumed_in_any_order() {
        let text: String = (0..300)
            .map(|i| format!("line {i}\n{}", "\n".repeat(i % 3)))
            .collect();
        let mut f = SourceFile::new("a.c".into(), text.clone());
        f.line_directives.push(LineDirective {
            from: f.line_starts()[100],
            line: 7,
            name: Some("b.c".into()),
        });
        let len = text.len() as u32;
        // Increasing, jumping ahead, going back, and past the last line.
        let mut positions: Vec<u32> = (0..len).step_by(5).collect();
        positions.extend([len, 3, len / 2, 0, len - 1, 40, 41, 900, 12]);
        let mut hint = 0;
        for &pos in &positions {
            assert_eq!(f.presumed_near(pos, &mut hint), f.presumed(pos), "at {pos}");
        }
        // From any hint, however far (or past the end).
        for pos in positions {
            for start in [0, 1, 2, 63, 64, 200, 399, 400, 401, 10_000] {
                let mut hint = start;
                let got = f.presumed_near(pos, &mut hint);
                assert_eq!(got, f.presumed(pos), "at {pos} from line index {start}");
                assert_eq!(hint as u32 + 1, f.line_col(pos).0, "hint at {pos}");
            }
        }
    }
}
