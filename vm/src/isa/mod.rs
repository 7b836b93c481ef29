//! The instruction set, generated from `isa.ron` by [`vm_macros::isa!`].
//!
//! Hand-written here: the operand types and metadata structs the generated code
//! fills in. Generated: [`Opcode`], [`Instr`] (encoder, decoder, operand lists),
//! the [`Handler`] trait, the dispatch loop [`run`], [`INSTRUCTIONS`] and
//! [`FINGERPRINT`].

use std::fmt;

/// A register operand: an index into the current frame's register window.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Reg(pub u8);

/// A code address operand. In encoded bytecode it is a byte offset into the code
/// section; after loading it is an index into the decoded instruction list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Label(pub u32);

/// A data operand: a byte offset into the data segment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DataRef(pub u32);

/// A function operand: an index into the module's function table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FuncRef(pub u32);

/// An import operand: an index into the module's import table, whose entry names
/// a host function or a native function. The names are resolved when a VM is
/// created for the module ([`crate::Vm::with_host`]), so an unknown name is an
/// error before anything runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ImportRef(pub u32);

/// Type of an immediate operand.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum ImmType {
    I8,
    I16,
    I32,
    I64,
    U8,
    U16,
    U32,
    U64,
    F32,
    F64,
}

impl ImmType {
    /// The type's name as used in mnemonics (`i64`, `f32`, ...).
    pub fn name(self) -> &'static str {
        match self {
            ImmType::I8 => "i8",
            ImmType::I16 => "i16",
            ImmType::I32 => "i32",
            ImmType::I64 => "i64",
            ImmType::U8 => "u8",
            ImmType::U16 => "u16",
            ImmType::U32 => "u32",
            ImmType::U64 => "u64",
            ImmType::F32 => "f32",
            ImmType::F64 => "f64",
        }
    }

    /// Encoded width in bytes.
    pub fn size(self) -> usize {
        match self {
            ImmType::I8 | ImmType::U8 => 1,
            ImmType::I16 | ImmType::U16 => 2,
            ImmType::I32 | ImmType::U32 | ImmType::F32 => 4,
            ImmType::I64 | ImmType::U64 | ImmType::F64 => 8,
        }
    }
}

/// What an operand is, as declared in `isa.ron`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OperandKind {
    /// A register `r0`..`r255` of the current frame.
    Reg,
    /// An immediate of the given type.
    Imm(ImmType),
    /// A code label (branch target).
    Label,
    /// A data-segment symbol, optionally `symbol+offset`.
    Data,
    /// A function name.
    Func,
    /// The name of a host or native function (an entry of the import table).
    Import,
}

impl OperandKind {
    /// Encoded width in bytes.
    pub fn size(self) -> usize {
        match self {
            OperandKind::Reg => 1,
            OperandKind::Imm(t) => t.size(),
            OperandKind::Label | OperandKind::Data | OperandKind::Func | OperandKind::Import => 4,
        }
    }

    /// How the reference and diagnostics name this kind.
    pub fn describe(self) -> String {
        match self {
            OperandKind::Reg => "register".into(),
            OperandKind::Imm(t) => format!("{} immediate", t.name()),
            OperandKind::Label => "code label".into(),
            OperandKind::Data => "data symbol".into(),
            OperandKind::Func => "function name".into(),
            OperandKind::Import => "import name".into(),
        }
    }
}

/// A typed operand value, used by the assembler and the disassembler.
#[derive(Clone, Copy, Debug, PartialEq)]
#[allow(missing_docs)]
pub enum OperandValue {
    Reg(Reg),
    I8(i8),
    I16(i16),
    I32(i32),
    I64(i64),
    U8(u8),
    U16(u16),
    U32(u32),
    U64(u64),
    F32(f32),
    F64(f64),
    Label(Label),
    Data(DataRef),
    Func(FuncRef),
    Import(ImportRef),
}

impl OperandValue {
    /// Assembly text of a register or immediate operand, as the disassembler
    /// and the tracer print it: `r3`, `-7`, `2.5`. A NaN other than the one
    /// `nan` assembles to is written as its bit pattern, so a listing
    /// reassembles to the same bytes. `None` for labels, data, functions and
    /// imports, whose names depend on the module.
    pub fn plain_text(&self) -> Option<String> {
        Some(match *self {
            OperandValue::Reg(r) => format!("r{}", r.0),
            OperandValue::I8(x) => x.to_string(),
            OperandValue::I16(x) => x.to_string(),
            OperandValue::I32(x) => x.to_string(),
            OperandValue::I64(x) => x.to_string(),
            OperandValue::U8(x) => x.to_string(),
            OperandValue::U16(x) => x.to_string(),
            OperandValue::U32(x) => x.to_string(),
            OperandValue::U64(x) => x.to_string(),
            OperandValue::F32(x) if x.is_nan() && x.to_bits() != f32::NAN.to_bits() => {
                format!("{:#010x}", x.to_bits())
            }
            OperandValue::F64(x) if x.is_nan() && x.to_bits() != f64::NAN.to_bits() => {
                format!("{:#018x}", x.to_bits())
            }
            OperandValue::F32(x) => format!("{x:?}"),
            OperandValue::F64(x) => format!("{x:?}"),
            OperandValue::Label(_)
            | OperandValue::Data(_)
            | OperandValue::Func(_)
            | OperandValue::Import(_) => return None,
        })
    }
}

/// One operand as declared in the spec.
#[derive(Debug)]
pub struct OperandInfo {
    /// Name used in the syntax line, the docs and the handler's parameter.
    pub name: &'static str,
    /// Kind (and immediate type).
    pub kind: OperandKind,
}

/// Instruction properties from the spec's `flags`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Flags {
    /// Transfers control to a label or code address.
    pub branch: bool,
    /// Calls a function.
    pub call: bool,
    /// Returns from a function.
    pub ret: bool,
    /// Never falls through to the next instruction.
    pub terminator: bool,
    /// Can raise a trap.
    pub may_trap: bool,
    /// Reads VM memory.
    pub reads_memory: bool,
    /// Writes VM memory.
    pub writes_memory: bool,
    /// Writes program output.
    pub io: bool,
    /// Control may come back to the next instruction a second time
    /// (`setjmp`): a compiler must not expect registers it wrote between the
    /// two to keep those values (`longjmp` restores the window as it was).
    pub returns_twice: bool,
    /// May hand the VM to another thread (`tyield`, `twait`, `tjoin`, ...):
    /// counts as a step; registers and memory are as the thread left them
    /// when it runs again, but other threads may have written memory.
    pub switch: bool,
    /// Reads or changes machine state beyond registers, memory and output
    /// (the heap, the stack pointer, threads, program arguments...).
    pub machine: bool,
}

/// A runnable example from the spec.
#[derive(Debug)]
pub struct Example {
    /// Assembly text (a `main` body, or a whole program if it contains `.func`).
    pub code: &'static str,
    /// Exact expected output.
    pub output: &'static str,
    /// Expected exit status.
    pub exit: i32,
    /// Expected trap message, for examples that demonstrate a trap.
    pub trap: Option<&'static str>,
}

/// Everything the spec says about one instruction.
#[derive(Debug)]
pub struct InstrInfo {
    /// Assembly mnemonic, e.g. `add.i64`.
    pub mnemonic: &'static str,
    /// Family, e.g. `add`.
    pub family: &'static str,
    /// Variant suffix, e.g. `i64` (empty for single instructions).
    pub suffix: &'static str,
    /// Stable numeric opcode.
    pub opcode: u16,
    /// Name of the [`Handler`] method.
    pub handler: &'static str,
    /// Operands in syntax and encoding order.
    pub operands: &'static [OperandInfo],
    /// One-line summary.
    pub summary: &'static str,
    /// Semantics.
    pub description: &'static str,
    /// Traps it can raise.
    pub traps: &'static [&'static str],
    /// Flags.
    pub flags: Flags,
    /// Whether the handler receives `next`.
    pub handler_takes_next: bool,
    /// Whether the handler returns `Result`.
    pub handler_can_break: bool,
    /// A conditional branch: the handler gets the operands but the label and
    /// returns whether the branch is taken (a `bool`).
    pub handler_cond_branch: bool,
    /// Whether the handler is a method of `RegHandler` (it touches nothing
    /// but registers) rather than of `Handler`.
    pub handler_regs_only: bool,
    /// Runnable examples.
    pub examples: &'static [Example],
    /// Seed-VM instructions this one replaces.
    pub seeds: &'static [&'static str],
    /// Encoded size in bytes.
    pub size: usize,
    /// Line of the family's entry in `isa.ron`.
    pub spec_line: u32,
    /// How its steps grow with its work (`work` in `isa.ron`), if they do.
    pub work: Option<Work>,
}

/// Bytes of work an instruction does per step charged, for the instructions
/// whose work grows with an operand ([`InstrInfo::work`]): a fill, copy,
/// comparison or scan of `n` bytes costs `n / WORK_UNIT` steps (rounded up)
/// beyond the step of its basic block, so `--max-steps` bounds time even when
/// single instructions are big. 64 bytes (a cache line) take about as long as
/// a short basic block: a step stays worth roughly the same time.
pub const WORK_UNIT: u64 = 64;

/// How an instruction is charged for work that grows with its operands,
/// when step counting is on (see [`WORK_UNIT`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Work {
    /// The byte count in this register operand (at most the size of the
    /// address space), charged before the instruction runs; if the step
    /// budget cannot pay it, it traps with `step limit reached` before doing
    /// anything, and resumes there.
    Bytes(&'static str),
    /// The bytes the instruction finds it must process (what the text says),
    /// charged before it has any effect, with the same trap.
    Measured(&'static str),
}

impl InstrInfo {
    /// The syntax line, e.g. `add.i64 dst, a, b`.
    pub fn syntax(&self) -> String {
        let ops: Vec<_> = self.operands.iter().map(|o| o.name).collect();
        if ops.is_empty() {
            self.mnemonic.to_string()
        } else {
            format!("{} {}", self.mnemonic, ops.join(", "))
        }
    }
}

/// Why bytes could not be decoded as an instruction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// The opcode is not in the instruction set.
    UnknownOpcode {
        /// Byte offset of the instruction.
        offset: usize,
        /// The unknown value.
        opcode: u16,
    },
    /// The code ends inside an instruction.
    Truncated {
        /// Byte offset of the instruction.
        offset: usize,
        /// What was being read.
        what: &'static str,
        /// Bytes needed.
        need: usize,
        /// Bytes available.
        have: usize,
    },
}

impl DecodeError {
    fn truncated(offset: usize, what: &'static str, need: usize, have: usize) -> Self {
        DecodeError::Truncated {
            offset,
            what,
            need,
            have,
        }
    }
    fn unknown_opcode(offset: usize, opcode: u16) -> Self {
        DecodeError::UnknownOpcode { offset, opcode }
    }
    /// Byte offset of the offending instruction.
    pub fn offset(&self) -> usize {
        match self {
            DecodeError::UnknownOpcode { offset, .. } | DecodeError::Truncated { offset, .. } => {
                *offset
            }
        }
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::UnknownOpcode { offset, opcode } => {
                write!(f, "unknown opcode {opcode:#06x} at code offset {offset:#x}")
            }
            DecodeError::Truncated {
                offset,
                what,
                need,
                have,
            } => write!(
                f,
                "code ends inside `{what}` at offset {offset:#x}: need {need} bytes, {have} left"
            ),
        }
    }
}

impl std::error::Error for DecodeError {}

vm_macros::isa!("../isa.ron");
