//! Turns an [`Image`] into an executable [`Program`]: decodes every instruction,
//! rewrites label operands from byte offsets to instruction indices and runs the
//! verifier, so the dispatch loop only ever sees checked code.

use crate::isa::{self, Instr};
use crate::verify;
use crate::vve::{FormatError, Image, FLAG_MANUAL_MEMORY, KNOWN_FLAGS};
use std::fmt;

/// A function of a loaded program.
#[derive(Debug, Clone)]
pub struct Function {
    /// Name from the function table.
    pub name: String,
    /// Index of its first instruction.
    pub entry: usize,
    /// One past its last instruction.
    pub end: usize,
    /// Byte offset of its first instruction.
    pub offset: u32,
    /// Registers in its frame.
    pub nregs: u16,
}

/// Decoded, verified code ready to run.
#[derive(Debug, Clone)]
pub struct Program {
    /// Instructions; label operands are instruction indices.
    pub code: Vec<Instr>,
    /// Byte offset of each instruction (strictly increasing).
    pub offsets: Vec<u32>,
    /// Function table, in code order.
    pub functions: Vec<Function>,
    /// Index of the entry function.
    pub entry: usize,
    /// Import table: names of the host or native functions `hcall` uses.
    pub imports: Vec<String>,
    /// Where the source declared each import, (index into `files`, line):
    /// empty, or one entry per import.
    pub import_locations: Vec<Option<(u32, u32)>>,
    /// Initial data segment: these bytes, then [`Program::bss`] zero bytes.
    pub data: Vec<u8>,
    /// Zero bytes that follow `data` in the data segment.
    pub bss: u64,
    /// Header flags ([`FLAG_MANUAL_MEMORY`]).
    pub flags: u16,
    /// (byte offset, source line), sorted.
    pub lines: Vec<(u32, u32)>,
    /// Source files that `file_runs` refer to.
    pub files: Vec<String>,
    /// (byte offset, index into `files`), sorted: where the code of each file
    /// starts (see [`Image::file_runs`]).
    pub file_runs: Vec<(u32, u32)>,
    /// Source file name: the module's main source, and the file of any code
    /// before the first file run.
    pub source: String,
}

/// Why a module could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The container is malformed.
    Format(FormatError),
    /// Built from a different `isa.ron`.
    Fingerprint {
        /// Fingerprint in the file.
        file: u64,
        /// Fingerprint of this VM.
        vm: u64,
    },
    /// The file could not be read.
    Io {
        /// The file.
        path: String,
        /// The system's message.
        message: String,
    },
    /// Loading would hold more host memory than the cap it was given
    /// ([`crate::Module::from_vve_capped`]): refused from the size the file
    /// declares, before it is allocated.
    TooLarge {
        /// Byte offset in the file of the declaration (a section length) or
        /// of the instruction being decoded.
        offset: usize,
        /// What would be too large.
        what: String,
        /// Bytes it would need.
        bytes: u64,
        /// The cap.
        cap: u64,
    },
    /// The code broke a verifier rule.
    Verify {
        /// Byte offset in the code of the offending instruction (or table entry).
        pc: u32,
        /// Source line, when the line table has one.
        line: Option<u32>,
        /// The rule broken.
        msg: String,
    },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Format(e) => write!(f, "malformed file {e}"),
            LoadError::Io { path, message } => write!(f, "cannot read {path}: {message}"),
            LoadError::Fingerprint { file, vm } => write!(
                f,
                "ISA fingerprint mismatch: the file was built for ISA {file:016x}, this voxvm implements ISA {vm:016x}; reassemble it with this voxasm"
            ),
            LoadError::TooLarge {
                offset,
                what,
                bytes,
                cap,
            } => write!(
                f,
                "at byte {offset}: {what} needs {bytes} bytes, more than the memory cap of {cap} bytes"
            ),
            LoadError::Verify { pc, line, msg } => {
                write!(f, "invalid code at pc {pc:#x}")?;
                if let Some(l) = line {
                    write!(f, " (line {l})")?;
                }
                write!(f, ": {msg}")
            }
        }
    }
}

impl std::error::Error for LoadError {}

impl From<FormatError> for LoadError {
    fn from(e: FormatError) -> Self {
        LoadError::Format(e)
    }
}

impl Program {
    /// Decodes and verifies an image.
    pub fn load(mut image: Image) -> Result<Program, LoadError> {
        let code = std::mem::take(&mut image.code);
        Program::load_code(image, &code)
    }

    /// Decodes and verifies `image` with the code section `code_bytes`
    /// (`image.code` is ignored: [`crate::Module::from_vve`] decodes straight
    /// from the file's bytes).
    pub(crate) fn load_code(image: Image, code_bytes: &[u8]) -> Result<Program, LoadError> {
        Program::load_code_capped(image, code_bytes, 0, u64::MAX)
    }

    /// [`Program::load_code`] refusing, as soon as decoding shows it, code
    /// whose decoded form and the data segment together would take more than
    /// `cap` host bytes. `code_at` is where the code section starts in the
    /// file (for the error's offset).
    pub(crate) fn load_code_capped(
        image: Image,
        code_bytes: &[u8],
        code_at: usize,
        cap: u64,
    ) -> Result<Program, LoadError> {
        if image.fingerprint != isa::FINGERPRINT {
            return Err(LoadError::Fingerprint {
                file: image.fingerprint,
                vm: isa::FINGERPRINT,
            });
        }
        if image.flags & !KNOWN_FLAGS != 0 {
            // An in-memory image: `.vve` parsing refuses these already.
            return Err(LoadError::Format(FormatError {
                offset: 6,
                msg: format!("unknown flags {:#06x}", image.flags & !KNOWN_FLAGS),
            }));
        }
        let line_of = |pc: u32| line_for(&image.lines, pc);
        // No instruction is shorter than its 2-byte opcode, so this is enough for
        // all of them up to a bound (past it the vectors grow as usual). Pages of
        // the spare capacity are never touched, and shrinking gives them back.
        let most = (code_bytes.len() / 2).min(1 << 22);
        let mut code = Vec::with_capacity(most);
        let mut offsets = Vec::with_capacity(most);
        let mut at = 0;
        // Each instruction decodes to an `Instr` and its offset, and threads
        // to an `Op` (an `Instr` and a function pointer).
        const DECODED: u64 = (2 * std::mem::size_of::<Instr>() + 12) as u64;
        let data = image.data.len() as u64;
        let mut next_check = 0;
        while at < code_bytes.len() {
            if code.len() >= next_check {
                // Checked every 64Ki instructions: cheap, and the overshoot
                // (1.3 MiB) is far below any useful cap.
                let held = (code.len() as u64 + 1) * DECODED + data;
                if held > cap {
                    return Err(LoadError::TooLarge {
                        offset: code_at + at,
                        what: format!(
                            "the decoded and threaded code (more than {} instructions) with the data segment",
                            code.len()
                        ),
                        bytes: held,
                        cap,
                    });
                }
                next_check = code.len() + (1 << 16);
            }
            let (instr, len) = Instr::decode(code_bytes, at).map_err(|e| LoadError::Verify {
                pc: e.offset() as u32,
                line: line_of(e.offset() as u32),
                msg: format!("rule 1: {e}"),
            })?;
            code.push(instr);
            offsets.push(at as u32);
            at += len;
        }
        if code_bytes.len() > u32::MAX as usize {
            return Err(LoadError::Verify {
                pc: 0,
                line: None,
                msg: "rule 1: code section larger than 4 GiB".into(),
            });
        }
        code.shrink_to_fit();
        offsets.shrink_to_fit();
        let functions = verify::functions(&image, &offsets)?;
        let mut program = Program {
            code,
            offsets,
            functions,
            entry: image.entry as usize,
            imports: image.imports,
            import_locations: image.import_locations,
            data: image.data,
            bss: u64::from(image.bss),
            flags: image.flags,
            lines: image.lines,
            files: image.files,
            file_runs: image.file_runs,
            source: image.source,
        };
        verify::program(&mut program, code_bytes)?;
        Ok(program)
    }

    /// Index of the instruction at byte offset `pc`, if one starts there.
    pub fn index_of(&self, pc: u32) -> Option<usize> {
        self.offsets.binary_search(&pc).ok()
    }

    /// The function containing instruction index `idx`.
    pub fn function_at(&self, idx: usize) -> Option<&Function> {
        let i = self.functions.partition_point(|f| f.entry <= idx);
        self.functions.get(i.checked_sub(1)?)
    }

    /// Source line of byte offset `pc`.
    pub fn line_of(&self, pc: u32) -> Option<u32> {
        line_for(&self.lines, pc)
    }

    /// Source file of byte offset `pc`: the file of the last file run at or
    /// before it, else [`Program::source`].
    pub fn file_of(&self, pc: u32) -> &str {
        let i = self.file_runs.partition_point(|&(o, _)| o <= pc);
        match i.checked_sub(1).map(|i| self.file_runs[i].1 as usize) {
            // The verifier checked the index.
            Some(f) => self.files.get(f).map_or("?", String::as_str),
            None => &self.source,
        }
    }

    /// (source file, line) of byte offset `pc`.
    pub fn location(&self, pc: u32) -> (&str, Option<u32>) {
        (self.file_of(pc), self.line_of(pc))
    }

    /// Where the source declared import `i`: (file name, line), if recorded.
    pub fn import_location(&self, i: usize) -> Option<(&str, u32)> {
        let (file, line) = self.import_locations.get(i).copied().flatten()?;
        Some((self.files.get(file as usize)?.as_str(), line))
    }

    /// Whether the program manages its heap by hand ([`FLAG_MANUAL_MEMORY`]):
    /// then the garbage collector never runs for it.
    pub fn manual_memory(&self) -> bool {
        self.flags & FLAG_MANUAL_MEMORY != 0
    }

    /// Byte offset of instruction `idx` (one past the end maps to the code length).
    pub fn pc_of(&self, idx: usize) -> u32 {
        self.offsets.get(idx).copied().unwrap_or_else(|| {
            self.offsets.last().map_or(0, |&o| {
                o + self.code.last().map_or(0, |i| i.opcode().size() as u32)
            })
        })
    }

    /// Looks a function up by name.
    pub fn function(&self, name: &str) -> Option<usize> {
        self.functions.iter().position(|f| f.name == name)
    }
}

/// The line of the last line-table entry at or before `pc`.
pub(crate) fn line_for(lines: &[(u32, u32)], pc: u32) -> Option<u32> {
    let i = lines.partition_point(|&(o, _)| o <= pc);
    lines.get(i.checked_sub(1)?).map(|&(_, l)| l)
}
