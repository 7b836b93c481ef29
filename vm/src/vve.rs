//! The `.vve` executable format and the raw `.vvr` format.
//!
//! `.vve` layout (all integers little-endian):
//!
//! | field | size |
//! |---|---|
//! | magic `\x7fVVE` | 4 |
//! | format version ([`FORMAT_VERSION`]) | u16 |
//! | reserved, 0 | u16 |
//! | ISA fingerprint ([`crate::isa::FINGERPRINT`]) | u64 |
//! | entry function index | u32 |
//! | code: length, bytes | u32 + n |
//! | data segment: length, bytes | u32 + n |
//! | functions: count, then per function: code offset u32, register count u16, name length u16, UTF-8 name | u32 + … |
//! | imports: count, then per import: name length u16, UTF-8 name | u32 + … |
//! | line table: count, then (code offset u32, source line u32) sorted by offset | u32 + 8n |
//! | source file name: length u16, UTF-8 | 2 + n |
//!
//! The import table lists the host and native functions the code calls by
//! name (`hcall`); its `Import` operands are indices into it. Names are resolved
//! when a VM is created for the module, never by the file itself. (Version 1
//! had no import table.)
//!
//! Nothing may follow. `.vvr` is the code bytes alone: no data, one function
//! `main` at offset 0 with all 256 registers, no line table. It cannot be checked
//! against the ISA fingerprint, which is why `.vve` is recommended.

use std::fmt;

/// File magic of `.vve`.
pub const MAGIC: [u8; 4] = *b"\x7fVVE";
/// Current `.vve` format version.
pub const FORMAT_VERSION: u16 = 2;

/// A function table entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FunctionEntry {
    /// Name (for calls by name, traps and disassembly).
    pub name: String,
    /// Byte offset of its first instruction in the code section.
    pub offset: u32,
    /// Registers its frame uses (`r0`..`r{nregs-1}`).
    pub nregs: u16,
}

/// A module as stored on disk, before decoding and verification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Image {
    /// ISA fingerprint the code was assembled for.
    pub fingerprint: u64,
    /// Index of the entry function.
    pub entry: u32,
    /// Encoded instructions.
    pub code: Vec<u8>,
    /// Initial data segment.
    pub data: Vec<u8>,
    /// Function table, sorted by offset; functions are contiguous.
    pub functions: Vec<FunctionEntry>,
    /// Import table: names of the host or native functions `Import` operands
    /// index (resolved when a VM is created).
    pub imports: Vec<String>,
    /// (code offset, source line) pairs sorted by offset.
    pub lines: Vec<(u32, u32)>,
    /// Source file the module was assembled from.
    pub source: String,
}

/// Why a `.vve`/`.vvr` file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatError {
    /// Byte offset in the file where reading failed.
    pub offset: usize,
    /// What was expected.
    pub msg: String,
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "at byte {}: {}", self.offset, self.msg)
    }
}

impl std::error::Error for FormatError {}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize, what: &str) -> Result<&'a [u8], FormatError> {
        self.take_with(n, || what.into())
    }
    /// `take` with the name of the item worked out only on error.
    #[inline]
    fn take_with(
        &mut self,
        n: usize,
        what: impl FnOnce() -> String,
    ) -> Result<&'a [u8], FormatError> {
        let rest = &self.bytes[self.pos..];
        if rest.len() < n {
            return Err(FormatError {
                offset: self.pos,
                msg: format!(
                    "file truncated: {} needs {n} bytes, {} left",
                    what(),
                    rest.len()
                ),
            });
        }
        self.pos += n;
        Ok(&rest[..n])
    }
    fn u16(&mut self, what: &str) -> Result<u16, FormatError> {
        let b = self.take(2, what)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }
    fn u32(&mut self, what: &str) -> Result<u32, FormatError> {
        let b = self.take(4, what)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn u64(&mut self, what: &str) -> Result<u64, FormatError> {
        let b = self.take(8, what)?;
        let mut a = [0; 8];
        a.copy_from_slice(b);
        Ok(u64::from_le_bytes(a))
    }
    /// A UTF-8 string of `len` bytes; `what` names it in errors.
    fn string(&mut self, len: usize, what: impl Fn() -> String) -> Result<String, FormatError> {
        let at = self.pos;
        let b = self.take_with(len, &what)?;
        match std::str::from_utf8(b) {
            Ok(s) => Ok(s.to_owned()),
            Err(_) => Err(FormatError {
                offset: at,
                msg: format!("{} is not valid UTF-8", what()),
            }),
        }
    }
    /// A count of items of `item_size` bytes each, checked against what is left so
    /// a corrupt count cannot make us allocate gigabytes.
    fn count(&mut self, item_size: usize, what: &str) -> Result<usize, FormatError> {
        let at = self.pos;
        let n = self.u32(what)? as usize;
        let left = self.bytes.len() - self.pos;
        if n.saturating_mul(item_size) > left {
            return Err(FormatError {
                offset: at,
                msg: format!("{what} says {n} entries but only {left} bytes remain"),
            });
        }
        Ok(n)
    }
}

impl Image {
    /// Serialises to `.vve` bytes.
    pub fn to_vve(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(64 + self.code.len() + self.data.len());
        out.extend_from_slice(&MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out.extend_from_slice(&self.fingerprint.to_le_bytes());
        out.extend_from_slice(&self.entry.to_le_bytes());
        for section in [&self.code, &self.data] {
            out.extend_from_slice(&(section.len() as u32).to_le_bytes());
            out.extend_from_slice(section);
        }
        out.extend_from_slice(&(self.functions.len() as u32).to_le_bytes());
        for f in &self.functions {
            out.extend_from_slice(&f.offset.to_le_bytes());
            out.extend_from_slice(&f.nregs.to_le_bytes());
            out.extend_from_slice(&(f.name.len() as u16).to_le_bytes());
            out.extend_from_slice(f.name.as_bytes());
        }
        out.extend_from_slice(&(self.imports.len() as u32).to_le_bytes());
        for name in &self.imports {
            out.extend_from_slice(&(name.len() as u16).to_le_bytes());
            out.extend_from_slice(name.as_bytes());
        }
        out.extend_from_slice(&(self.lines.len() as u32).to_le_bytes());
        for (pc, line) in &self.lines {
            out.extend_from_slice(&pc.to_le_bytes());
            out.extend_from_slice(&line.to_le_bytes());
        }
        out.extend_from_slice(&(self.source.len() as u16).to_le_bytes());
        out.extend_from_slice(self.source.as_bytes());
        out
    }

    /// Parses `.vve` bytes. Checks the container only: the fingerprint, code and
    /// tables are checked by the loader.
    pub fn from_vve(bytes: &[u8]) -> Result<Image, FormatError> {
        let (mut image, code) = Image::from_vve_borrowing_code(bytes)?;
        image.code = code.to_vec();
        Ok(image)
    }

    /// [`Image::from_vve`] without copying the code section: the image's `code`
    /// is left empty and the section is returned as a slice of `bytes` (the
    /// loader decodes it from there).
    pub(crate) fn from_vve_borrowing_code(bytes: &[u8]) -> Result<(Image, &[u8]), FormatError> {
        let mut r = Reader { bytes, pos: 0 };
        let magic = r.take(4, "magic")?;
        if magic != MAGIC {
            return Err(FormatError {
                offset: 0,
                msg: format!("not a .vve file (magic {magic:02x?}, expected {MAGIC:02x?})"),
            });
        }
        let version = r.u16("format version")?;
        if version != FORMAT_VERSION {
            return Err(FormatError {
                offset: 4,
                msg: format!(
                    ".vve format version {version} is not supported (this voxvm reads version {FORMAT_VERSION})"
                ),
            });
        }
        r.u16("reserved field")?;
        let fingerprint = r.u64("ISA fingerprint")?;
        let entry = r.u32("entry function index")?;
        let n = r.count(1, "code length")?;
        let code = r.take(n, "code section")?;
        let n = r.count(1, "data length")?;
        let data = r.take(n, "data segment")?.to_vec();
        let nfuncs = r.count(8, "function count")?;
        let mut functions = Vec::with_capacity(nfuncs);
        for i in 0..nfuncs {
            let offset = r.u32("function offset")?;
            let nregs = r.u16("function register count")?;
            let len = r.u16("function name length")? as usize;
            let name = r.string(len, || format!("name of function {i}"))?;
            functions.push(FunctionEntry {
                name,
                offset,
                nregs,
            });
        }
        let nimports = r.count(2, "import count")?;
        let mut imports = Vec::with_capacity(nimports);
        for i in 0..nimports {
            let len = r.u16("import name length")? as usize;
            imports.push(r.string(len, || format!("name of import {i}"))?);
        }
        let nlines = r.count(8, "line table length")?;
        // `count` checked that all entries are there, so this cannot fail.
        let lines = r
            .take(nlines * 8, "line table")?
            .chunks_exact(8)
            .map(|e| {
                (
                    u32::from_le_bytes([e[0], e[1], e[2], e[3]]),
                    u32::from_le_bytes([e[4], e[5], e[6], e[7]]),
                )
            })
            .collect();
        let len = r.u16("source name length")? as usize;
        let source = r.string(len, || "source file name".into())?;
        if r.pos != bytes.len() {
            return Err(FormatError {
                offset: r.pos,
                msg: format!(
                    "{} unexpected bytes after the end of the file",
                    bytes.len() - r.pos
                ),
            });
        }
        let image = Image {
            fingerprint,
            entry,
            code: Vec::new(),
            data,
            functions,
            imports,
            lines,
            source,
        };
        Ok((image, code))
    }

    /// Wraps raw `.vvr` code bytes. The fingerprint is assumed to match, since the
    /// format has none; the code is still fully decoded and verified on load.
    pub fn from_vvr(code: &[u8], source: &str) -> Image {
        Image {
            fingerprint: crate::isa::FINGERPRINT,
            entry: 0,
            code: code.to_vec(),
            data: Vec::new(),
            functions: vec![FunctionEntry {
                name: "main".into(),
                offset: 0,
                nregs: 256,
            }],
            imports: Vec::new(),
            lines: Vec::new(),
            source: source.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Image {
        Image {
            fingerprint: 0x1234,
            entry: 0,
            code: vec![1, 0, 0],
            data: b"hi\0".to_vec(),
            functions: vec![FunctionEntry {
                name: "main".into(),
                offset: 0,
                nregs: 1,
            }],
            imports: vec!["log".into()],
            lines: vec![(0, 3)],
            source: "x.vvs".into(),
        }
    }

    #[test]
    fn round_trip() {
        let img = sample();
        assert_eq!(Image::from_vve(&img.to_vve()).unwrap(), img);
    }

    #[test]
    fn every_truncation_is_an_error() {
        let bytes = sample().to_vve();
        for n in 0..bytes.len() {
            let e = Image::from_vve(&bytes[..n]).unwrap_err();
            assert!(e.offset <= n, "{e}");
        }
    }

    #[test]
    fn trailing_bytes_are_refused() {
        let mut bytes = sample().to_vve();
        bytes.push(0);
        assert!(Image::from_vve(&bytes)
            .unwrap_err()
            .msg
            .contains("unexpected bytes"));
    }

    #[test]
    fn huge_counts_do_not_allocate() {
        let mut bytes = sample().to_vve();
        bytes[20..24].copy_from_slice(&u32::MAX.to_le_bytes());
        assert!(Image::from_vve(&bytes).unwrap_err().msg.contains("only"));
    }
}
