//! The `.vve` executable format and the raw `.vvr` format.
//!
//! `.vve` layout, version 4 (all integers little-endian):
//!
//! | field | size |
//! |---|---|
//! | magic `\x7fVVE` | 4 |
//! | format version ([`FORMAT_VERSION`]) | u16 |
//! | flags ([`FLAG_MANUAL_MEMORY`]; other bits must be 0) | u16 |
//! | ISA fingerprint ([`crate::isa::FINGERPRINT`]) | u64 |
//! | entry function index | u32 |
//! | code: length, bytes | u32 + n |
//! | data segment: length, bytes, then how many zero bytes follow them ([`Image::bss`]) | u32 + n + u32 |
//! | functions: count, then per function: code offset u32, register count u16, name length u16, UTF-8 name | u32 + … |
//! | imports: count, then per import: name length u16, UTF-8 name, declaring file index u32, line u32 (0: unknown) | u32 + … |
//! | line table: count, then (code offset u32, source line u32) sorted by offset | u32 + 8n |
//! | file table: count, then per file: name length u16, UTF-8 name | u32 + … |
//! | file runs: count, then (code offset u32, file index u32) sorted by offset | u32 + 8n |
//! | source file name: length u16, UTF-8 | 2 + n |
//!
//! The import table lists the host and native functions the code calls by
//! name (`hcall`); its `Import` operands are indices into it. Names are resolved
//! when a VM is created for the module, never by the file itself. (Version 1
//! had no import table.)
//!
//! Source positions: a pc's line is the line of the last line-table entry at
//! or before it, and its file is the file of the last file run at or before
//! it, or the source file when no run precedes it (one file: no runs at all).
//! Line entries stay 8 bytes however many files there are; compiled C, whose
//! code comes from sources, headers and the C library, adds a run only where
//! the file changes. Imports can carry where the source declared them, for
//! link errors.
//!
//! The zero bytes that end a data segment are a count, not bytes: a C
//! program's `static char buf[1 << 28];` makes a file of kilobytes, and the
//! VM's pages for them stay untouched until the program writes them.
//! Version 3 had no count (it stored every byte) and is still read, as is
//! version 2: its flags field was reserved (ignored) and it has no import
//! locations, file table or file runs.
//!
//! Nothing may follow. `.vvr` is the code bytes alone: no data, one function
//! `main` at offset 0 with all 256 registers, no line table. It cannot be checked
//! against the ISA fingerprint, which is why `.vve` is recommended.

use std::fmt;

/// File magic of `.vve`.
pub const MAGIC: [u8; 4] = *b"\x7fVVE";
/// Current `.vve` format version: what [`Image::to_vve`] writes.
pub const FORMAT_VERSION: u16 = 4;
/// Oldest `.vve` format version still read.
pub const MIN_FORMAT_VERSION: u16 = 2;

/// Header flag: the program manages its heap with explicit `free` (compiled
/// C), so the garbage collector never runs for it. A failing allocation grows
/// the heap up to the memory cap, then `alloc` traps and `tryalloc` gives 0;
/// `gc` does nothing. Assembly sets it with `.manual_memory`.
pub const FLAG_MANUAL_MEMORY: u16 = 1;
/// Every flag this version knows; a file with any other bit set is refused.
pub const KNOWN_FLAGS: u16 = FLAG_MANUAL_MEMORY;

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
///
/// `Image::default()` is an empty module for this ISA, to fill in with
/// struct update syntax (`Image { code, functions, ..Default::default() }`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Image {
    /// ISA fingerprint the code was assembled for.
    pub fingerprint: u64,
    /// Header flags ([`FLAG_MANUAL_MEMORY`]).
    pub flags: u16,
    /// Index of the entry function.
    pub entry: u32,
    /// Encoded instructions.
    pub code: Vec<u8>,
    /// Initial data segment: these bytes, then [`Image::bss`] zero bytes.
    pub data: Vec<u8>,
    /// Zero bytes that follow `data` in the data segment (not stored).
    pub bss: u32,
    /// Function table, sorted by offset; functions are contiguous.
    pub functions: Vec<FunctionEntry>,
    /// Import table: names of the host or native functions `Import` operands
    /// index (resolved when a VM is created).
    pub imports: Vec<String>,
    /// Where the source declared each import: (index into `files`, line), for
    /// link errors. Empty, or one entry per import; empty when none has one.
    pub import_locations: Vec<Option<(u32, u32)>>,
    /// (code offset, source line) pairs sorted by offset.
    pub lines: Vec<(u32, u32)>,
    /// Source files the file runs refer to (sources, headers, libraries).
    pub files: Vec<String>,
    /// (code offset, index into `files`) sorted by offset: the code from each
    /// offset on comes from that file, up to the next run. Code before the
    /// first run (all of it, when there are none) comes from `source`.
    pub file_runs: Vec<(u32, u32)>,
    /// Source file the module was assembled or compiled from.
    pub source: String,
}

impl Default for Image {
    fn default() -> Image {
        Image {
            fingerprint: crate::isa::FINGERPRINT,
            flags: 0,
            entry: 0,
            code: Vec::new(),
            data: Vec::new(),
            bss: 0,
            functions: Vec::new(),
            imports: Vec::new(),
            import_locations: Vec::new(),
            lines: Vec::new(),
            files: Vec::new(),
            file_runs: Vec::new(),
            source: String::new(),
        }
    }
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

/// Why [`Image::from_vve_capped`] refused a file.
#[derive(Debug)]
pub(crate) enum CappedError {
    Format(FormatError),
    /// The data segment declared at `offset` is `bytes` long, over the cap.
    TooLarge {
        offset: usize,
        bytes: u64,
    },
}

impl From<FormatError> for CappedError {
    fn from(e: FormatError) -> Self {
        CappedError::Format(e)
    }
}

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
    /// A count, then that many (u32, u32) pairs (the line table, file runs).
    fn pairs(&mut self, what: &str) -> Result<Vec<(u32, u32)>, FormatError> {
        let n = self.count(8, what)?;
        // `count` checked that all entries are there, so this cannot fail.
        Ok(self
            .take(n * 8, what)?
            .chunks_exact(8)
            .map(|e| {
                (
                    u32::from_le_bytes([e[0], e[1], e[2], e[3]]),
                    u32::from_le_bytes([e[4], e[5], e[6], e[7]]),
                )
            })
            .collect())
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
        fn name(out: &mut Vec<u8>, s: &str) {
            out.extend_from_slice(&(s.len() as u16).to_le_bytes());
            out.extend_from_slice(s.as_bytes());
        }
        fn pairs(out: &mut Vec<u8>, v: &[(u32, u32)]) {
            out.extend_from_slice(&(v.len() as u32).to_le_bytes());
            for (a, b) in v {
                out.extend_from_slice(&a.to_le_bytes());
                out.extend_from_slice(&b.to_le_bytes());
            }
        }
        let mut out = Vec::with_capacity(64 + self.code.len() + self.data.len());
        out.extend_from_slice(&MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&self.flags.to_le_bytes());
        out.extend_from_slice(&self.fingerprint.to_le_bytes());
        out.extend_from_slice(&self.entry.to_le_bytes());
        for section in [&self.code, &self.data] {
            out.extend_from_slice(&(section.len() as u32).to_le_bytes());
            out.extend_from_slice(section);
        }
        out.extend_from_slice(&self.bss.to_le_bytes());
        out.extend_from_slice(&(self.functions.len() as u32).to_le_bytes());
        for f in &self.functions {
            out.extend_from_slice(&f.offset.to_le_bytes());
            out.extend_from_slice(&f.nregs.to_le_bytes());
            name(&mut out, &f.name);
        }
        out.extend_from_slice(&(self.imports.len() as u32).to_le_bytes());
        for (i, import) in self.imports.iter().enumerate() {
            name(&mut out, import);
            let (file, line) = self.import_location(i).unwrap_or((0, 0));
            out.extend_from_slice(&file.to_le_bytes());
            out.extend_from_slice(&line.to_le_bytes());
        }
        pairs(&mut out, &self.lines);
        out.extend_from_slice(&(self.files.len() as u32).to_le_bytes());
        for file in &self.files {
            name(&mut out, file);
        }
        pairs(&mut out, &self.file_runs);
        name(&mut out, &self.source);
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
        Image::from_vve_capped(bytes, u64::MAX)
            .map(|(image, code, _)| (image, code))
            .map_err(|e| match e {
                CappedError::Format(e) => e,
                CappedError::TooLarge { .. } => unreachable!("no cap"),
            })
    }

    /// [`Image::from_vve_borrowing_code`] that refuses a data segment larger
    /// than `cap` bytes from its declared length, before copying it. Also
    /// returns where the code section starts in `bytes`.
    pub(crate) fn from_vve_capped(
        bytes: &[u8],
        cap: u64,
    ) -> Result<(Image, &[u8], usize), CappedError> {
        let mut r = Reader { bytes, pos: 0 };
        let magic = r.take(4, "magic")?;
        if magic != MAGIC {
            return Err(CappedError::Format(FormatError {
                offset: 0,
                msg: format!("not a .vve file (magic {magic:02x?}, expected {MAGIC:02x?})"),
            }));
        }
        let version = r.u16("format version")?;
        if !(MIN_FORMAT_VERSION..=FORMAT_VERSION).contains(&version) {
            return Err(CappedError::Format(FormatError {
                offset: 4,
                msg: format!(
                    ".vve format version {version} is not supported (this voxvm reads versions {MIN_FORMAT_VERSION} to {FORMAT_VERSION})"
                ),
            }));
        }
        let v3 = version >= 3;
        let v4 = version >= 4;
        let flags = r.u16("flags")?;
        // Version 2 called the field reserved and never looked at it.
        let flags = if v3 { flags } else { 0 };
        if flags & !KNOWN_FLAGS != 0 {
            return Err(CappedError::Format(FormatError {
                offset: 6,
                msg: format!(
                    "unknown flags {:#06x} (this voxvm knows {KNOWN_FLAGS:#06x})",
                    flags & !KNOWN_FLAGS
                ),
            }));
        }
        let fingerprint = r.u64("ISA fingerprint")?;
        let entry = r.u32("entry function index")?;
        let n = r.count(1, "code length")?;
        let code_at = r.pos;
        let code = r.take(n, "code section")?;
        let data_at = r.pos;
        let n = r.count(1, "data length")?;
        let stored = r.take(n, "data segment")?;
        let bss = if v4 { r.u32("data zero count")? } else { 0 };
        let total = n as u64 + u64::from(bss);
        if total > cap {
            return Err(CappedError::TooLarge {
                offset: data_at,
                bytes: total,
            });
        }
        let data = stored.to_vec();
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
        let nimports = r.count(if v3 { 10 } else { 2 }, "import count")?;
        let mut imports = Vec::with_capacity(nimports);
        let mut import_locations = Vec::with_capacity(if v3 { nimports } else { 0 });
        for i in 0..nimports {
            let len = r.u16("import name length")? as usize;
            imports.push(r.string(len, || format!("name of import {i}"))?);
            if v3 {
                let at = r.pos;
                let file = r.u32("import file index")?;
                let line = r.u32("import line")?;
                let loc = match (file, line) {
                    (0, 0) => None,
                    (_, 0) => {
                        return Err(CappedError::Format(FormatError {
                            offset: at,
                            msg: format!("import {i} has file index {file} but no line"),
                        }))
                    }
                    _ => Some((file, line)),
                };
                import_locations.push(loc);
            }
        }
        // Canonical form: empty when no import has a location.
        if import_locations.iter().all(Option::is_none) {
            import_locations = Vec::new();
        }
        let lines = r.pairs("line table")?;
        let (files, file_runs) = if v3 {
            let nfiles = r.count(2, "file count")?;
            let mut files = Vec::with_capacity(nfiles);
            for i in 0..nfiles {
                let len = r.u16("file name length")? as usize;
                files.push(r.string(len, || format!("name of file {i}"))?);
            }
            (files, r.pairs("file runs")?)
        } else {
            (Vec::new(), Vec::new())
        };
        let len = r.u16("source name length")? as usize;
        let source = r.string(len, || "source file name".into())?;
        if r.pos != bytes.len() {
            return Err(CappedError::Format(FormatError {
                offset: r.pos,
                msg: format!(
                    "{} unexpected bytes after the end of the file",
                    bytes.len() - r.pos
                ),
            }));
        }
        let image = Image {
            fingerprint,
            flags,
            entry,
            code: Vec::new(),
            data,
            bss,
            functions,
            imports,
            import_locations,
            lines,
            files,
            file_runs,
            source,
        };
        Ok((image, code, code_at))
    }

    /// Moves the zero bytes that end `data` into [`Image::bss`], as far as
    /// the count holds: what assemblers and compilers do before writing, so
    /// large zeroed objects cost neither file size nor touched memory.
    pub fn trim_zero_tail(&mut self) {
        let zeros = self.data.iter().rev().take_while(|&&b| b == 0).count();
        let room = (u32::MAX - self.bss) as usize;
        let moved = zeros.min(room);
        self.data.truncate(self.data.len() - moved);
        self.data.shrink_to_fit();
        self.bss += moved as u32;
    }

    /// Wraps raw `.vvr` code bytes. The fingerprint is assumed to match, since the
    /// format has none; the code is still fully decoded and verified on load.
    pub fn from_vvr(code: &[u8], source: &str) -> Image {
        Image {
            code: code.to_vec(),
            functions: vec![FunctionEntry {
                name: "main".into(),
                offset: 0,
                nregs: 256,
            }],
            source: source.into(),
            ..Image::default()
        }
    }

    /// Whether the module manages its heap by hand ([`FLAG_MANUAL_MEMORY`]).
    pub fn manual_memory(&self) -> bool {
        self.flags & FLAG_MANUAL_MEMORY != 0
    }

    /// Where the source declared import `i`: (index into `files`, line).
    pub fn import_location(&self, i: usize) -> Option<(u32, u32)> {
        self.import_locations.get(i).copied().flatten()
    }

    /// Fills the line table and the file runs from (code offset, line, file
    /// index) entries sorted by offset, as a compiler with several source
    /// files produces them: a file run starts wherever the file changes.
    pub fn set_line_table(&mut self, entries: impl IntoIterator<Item = (u32, u32, u32)>) {
        self.lines.clear();
        self.file_runs.clear();
        for (pc, line, file) in entries {
            self.lines.push((pc, line));
            if self.file_runs.last().is_none_or(|&(_, f)| f != file) {
                self.file_runs.push((pc, file));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Image {
        Image {
            fingerprint: 0x1234,
            flags: FLAG_MANUAL_MEMORY,
            entry: 0,
            code: vec![1, 0, 0],
            data: b"hi\0".to_vec(),
            bss: 0,
            functions: vec![FunctionEntry {
                name: "main".into(),
                offset: 0,
                nregs: 1,
            }],
            imports: vec!["log".into(), "puts".into()],
            import_locations: vec![None, Some((1, 7))],
            lines: vec![(0, 3), (2, 40)],
            files: vec!["x.c".into(), "stdio.h".into()],
            file_runs: vec![(0, 0), (2, 1)],
            source: "x.c".into(),
        }
    }

    /// `image` in format version 2 (no flags, import locations, files or
    /// runs), written by hand the way the version 2 writer did.
    fn version2(image: &Image) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        out.extend_from_slice(&2u16.to_le_bytes());
        out.extend_from_slice(&0xffffu16.to_le_bytes()); // reserved: never read
        out.extend_from_slice(&image.fingerprint.to_le_bytes());
        out.extend_from_slice(&image.entry.to_le_bytes());
        for section in [&image.code, &image.data] {
            out.extend_from_slice(&(section.len() as u32).to_le_bytes());
            out.extend_from_slice(section);
        }
        out.extend_from_slice(&(image.functions.len() as u32).to_le_bytes());
        for f in &image.functions {
            out.extend_from_slice(&f.offset.to_le_bytes());
            out.extend_from_slice(&f.nregs.to_le_bytes());
            out.extend_from_slice(&(f.name.len() as u16).to_le_bytes());
            out.extend_from_slice(f.name.as_bytes());
        }
        out.extend_from_slice(&(image.imports.len() as u32).to_le_bytes());
        for name in &image.imports {
            out.extend_from_slice(&(name.len() as u16).to_le_bytes());
            out.extend_from_slice(name.as_bytes());
        }
        out.extend_from_slice(&(image.lines.len() as u32).to_le_bytes());
        for (pc, line) in &image.lines {
            out.extend_from_slice(&pc.to_le_bytes());
            out.extend_from_slice(&line.to_le_bytes());
        }
        out.extend_from_slice(&(image.source.len() as u16).to_le_bytes());
        out.extend_from_slice(image.source.as_bytes());
        out
    }

    #[test]
    fn round_trip() {
        let img = sample();
        assert_eq!(Image::from_vve(&img.to_vve()).unwrap(), img);
        let plain = Image::from_vvr(&[1, 0, 0], "x.vvr");
        assert_eq!(Image::from_vve(&plain.to_vve()).unwrap(), plain);
    }

    #[test]
    fn version_2_is_still_read() {
        let v3 = sample();
        let v2 = Image::from_vve(&version2(&v3)).unwrap();
        assert_eq!(
            v2,
            Image {
                flags: 0,
                import_locations: Vec::new(),
                files: Vec::new(),
                file_runs: Vec::new(),
                ..v3
            }
        );
        // Written back, it is the current version and reads the same.
        assert_eq!(v2.to_vve()[4..6], FORMAT_VERSION.to_le_bytes());
        assert_eq!(Image::from_vve(&v2.to_vve()).unwrap(), v2);
        let bytes = version2(&sample());
        for n in 0..bytes.len() {
            assert!(Image::from_vve(&bytes[..n]).is_err());
        }
    }

    /// `image` in format version 3: no zero count after the data (every
    /// byte stored).
    fn version3(image: &Image) -> Vec<u8> {
        let mut with_zeros = image.clone();
        with_zeros
            .data
            .resize(image.data.len() + image.bss as usize, 0);
        with_zeros.bss = 0;
        let mut out = with_zeros.to_vve();
        out[4..6].copy_from_slice(&3u16.to_le_bytes());
        // The zero count follows code length, code, data length and data.
        let at = 24 + image.code.len() + 4 + with_zeros.data.len();
        assert_eq!(out.drain(at..at + 4).collect::<Vec<u8>>(), [0; 4]);
        out
    }

    #[test]
    fn the_data_segments_zero_tail_is_a_count() {
        let mut img = sample();
        img.data = b"hi\0\0\0\0".to_vec();
        img.trim_zero_tail();
        assert_eq!((img.data.as_slice(), img.bss), (&b"hi"[..], 4));
        img.bss = 1 << 30;
        let bytes = img.to_vve();
        assert!(bytes.len() < 200, "{} bytes", bytes.len());
        assert_eq!(Image::from_vve(&bytes).unwrap(), img);
        // The cap counts the zeros.
        match Image::from_vve_capped(&bytes, 1 << 30) {
            Err(CappedError::TooLarge { bytes, .. }) => assert_eq!(bytes, (1 << 30) + 2),
            other => panic!("{:?}", other.map(|_| ())),
        }
        // Version 3 stored them: read, they are data bytes.
        let small = Image { bss: 5, ..sample() };
        let v3 = Image::from_vve(&version3(&small)).unwrap();
        assert_eq!((v3.data.len(), v3.bss), (small.data.len() + 5, 0));
        // Trimming stops where the count would overflow.
        let mut full = Image {
            data: vec![0; 8],
            bss: u32::MAX - 3,
            ..sample()
        };
        full.trim_zero_tail();
        assert_eq!((full.data.len(), full.bss), (5, u32::MAX));
        let bytes = version3(&sample());
        for n in 0..bytes.len() {
            assert!(Image::from_vve(&bytes[..n]).is_err());
        }
    }

    #[test]
    fn unknown_flags_and_versions_are_refused() {
        let mut bytes = sample().to_vve();
        bytes[6..8].copy_from_slice(&0x0003u16.to_le_bytes());
        let e = Image::from_vve(&bytes).unwrap_err();
        assert_eq!(
            (e.offset, e.msg.as_str()),
            (6, "unknown flags 0x0002 (this voxvm knows 0x0001)")
        );
        for v in [0, 1, FORMAT_VERSION + 1, u16::MAX] {
            bytes[4..6].copy_from_slice(&v.to_le_bytes());
            let e = Image::from_vve(&bytes).unwrap_err();
            assert!(e.msg.contains("is not supported"), "{e}");
        }
    }

    #[test]
    fn an_import_location_needs_a_line() {
        let img = sample();
        let mut bytes = img.to_vve();
        // The first import ("log", no location) ends with file 0, line 0.
        let at = bytes.windows(3).position(|w| w == b"log").unwrap() + 3;
        assert_eq!(bytes[at..at + 8], [0; 8]);
        bytes[at] = 1;
        let e = Image::from_vve(&bytes).unwrap_err();
        assert_eq!(e.offset, at);
        assert!(
            e.msg.contains("import 0 has file index 1 but no line"),
            "{e}"
        );
        // No location at all is the empty table, whatever the writer was given.
        let none = Image {
            import_locations: vec![None, None],
            ..img
        };
        assert!(Image::from_vve(&none.to_vve())
            .unwrap()
            .import_locations
            .is_empty());
    }

    #[test]
    fn line_table_with_files() {
        let mut img = Image::default();
        img.set_line_table([(0, 1, 0), (4, 2, 0), (9, 30, 2), (12, 31, 2), (20, 3, 0)]);
        assert_eq!(img.lines, [(0, 1), (4, 2), (9, 30), (12, 31), (20, 3)]);
        assert_eq!(img.file_runs, [(0, 0), (9, 2), (20, 0)]);
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
        let bytes = sample().to_vve();
        // The code length, and the counts of the file table and the file runs
        // (the last 4 + 8n + 2 + n bytes of the file: runs, then the source).
        let runs = bytes.len() - 2 - "x.c".len() - 4 - 2 * 8;
        let files = runs - 4 - (2 + 3) - (2 + 7);
        for at in [20, files, runs] {
            let mut bad = bytes.clone();
            bad[at..at + 4].copy_from_slice(&u32::MAX.to_le_bytes());
            assert!(
                Image::from_vve(&bad).unwrap_err().msg.contains("only"),
                "{at}"
            );
        }
    }
}
