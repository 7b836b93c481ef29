//! The compiler's intermediate representation: the VM's own instructions
//! over an unlimited supply of virtual registers, in basic blocks.
//!
//! An instruction is an [`Opcode`] from the generated ISA plus operands that
//! say which registers it reads and writes, so every instruction in
//! `isa.ron` can appear here with no table to keep. Only three things are
//! not single VM instructions: register copies (which register allocation
//! mostly removes), calls (whose argument window allocation decides), and
//! block terminators (whose layout decides which branches become
//! fall-throughs).

use crate::fxhash::FxHashMap;
use crate::source::Loc;
use std::fmt;
use std::sync::OnceLock;
use vm::isa::{Opcode, OperandKind, OperandValue, INSTRUCTIONS, MAX_OPERANDS};

/// A virtual register.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct VReg(pub u32);

/// A basic block of a function.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BlockId(pub u32);

/// A reference to a function or object, resolved when the program is linked:
/// the translation unit and the global's index in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SymRef {
    /// Translation unit.
    pub tu: u32,
    /// Global within it.
    pub id: u32,
}

/// An operand of an IR instruction.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Opnd {
    /// A register the instruction writes.
    Def(VReg),
    /// A register the instruction reads.
    Use(VReg),
    /// A register the instruction reads and writes.
    UseDef(VReg),
    /// An immediate.
    Imm(OperandValue),
    /// A branch target.
    Block(BlockId),
    /// The address of an object: a data operand.
    Data(SymRef),
    /// A function (for `fref`).
    Func(SymRef),
}

/// An IR instruction.
#[derive(Clone, Debug)]
pub enum Inst {
    /// One VM instruction.
    Op {
        /// The instruction.
        op: Opcode,
        /// Its operands, in the instruction's order.
        opnds: [Opnd; MAX_OPERANDS],
        /// How many of `opnds` are used.
        n: u8,
    },
    /// `dst = src`.
    Copy {
        /// Destination.
        dst: VReg,
        /// Source.
        src: VReg,
    },
    /// A call: arguments go to consecutive registers from a base the
    /// register allocator picks; the result comes back in the base.
    Call {
        /// What is called.
        callee: Callee,
        /// Argument values, in order.
        args: Vec<VReg>,
        /// Where the result goes.
        ret: Option<VReg>,
    },
}

/// The target of a call.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Callee {
    /// A function of the program (or an import, decided at link time).
    Direct(SymRef),
    /// A function pointer held in a register.
    Indirect(VReg),
}

/// How a block ends.
#[derive(Clone, Debug)]
pub enum Term {
    /// Not yet terminated (only while building).
    None,
    /// `goto`.
    Jmp(BlockId),
    /// A conditional branch instruction (whose `Block` operand is the taken
    /// target); otherwise control goes to `fall`.
    Br {
        /// The branch instruction.
        inst: Box<Inst>,
        /// Where control goes when the branch is not taken.
        fall: BlockId,
    },
    /// `ret r`; `None` for a function returning `void` (any register will do).
    Ret(Option<VReg>),
    /// Any other instruction that ends the block (`halt`, `trap`, `jmpr`).
    Op(Box<Inst>),
    /// A jump table: `index` (already range-checked, starting at 0) selects
    /// one of `targets`.
    Table {
        /// The index.
        index: VReg,
        /// One target per index value.
        targets: Vec<BlockId>,
    },
}

/// A basic block.
#[derive(Clone, Debug)]
pub struct Block {
    /// Instructions with their source locations.
    pub insts: Vec<(Inst, Loc)>,
    /// How it ends.
    pub term: Term,
    /// Location of the terminator.
    pub term_loc: Loc,
    /// Loop nesting depth (for spill and hoisting decisions).
    pub loop_depth: u32,
}

/// A function in IR.
#[derive(Clone, Debug)]
pub struct Func {
    /// Its symbol.
    pub sym: SymRef,
    /// Name in the module's function table.
    pub name: String,
    /// Blocks; block 0 is the entry.
    pub blocks: Vec<Block>,
    /// Registers that hold the parameters on entry, in order (the callee's
    /// window starts with them).
    pub params: Vec<VReg>,
    /// Number of virtual registers.
    pub nvregs: u32,
    /// Every symbol the body refers to (for linking and reachability).
    pub refs: Vec<SymRef>,
    /// Where the function is defined.
    pub loc: Loc,
    /// The frame on the VM stack, if the function has one.
    pub frame: Option<Frame>,
    /// Registers loaded from `volatile` objects: such a load is never
    /// merged with another (see [`crate::opt::local_cse`]).
    pub volatile_defs: Vec<VReg>,
    /// Why the function cannot be compiled, found while lowering it (the
    /// linker reports it), with where.
    pub error: Option<(Loc, String)>,
}

/// A function's frame: `salloc`ed in the entry block by `movi.u64 t, size`
/// (instruction 0 of block 0) and `salloc fp, t` (instruction 1).
#[derive(Clone, Copy, Debug)]
pub struct Frame {
    /// The register holding the frame's base address.
    pub fp: VReg,
    /// Bytes in use (slots are at offsets below this).
    pub used: u64,
    /// Extra bytes allocated so the base can be aligned beyond 8.
    pub slack: u64,
}

impl Func {
    /// An empty function, without even an entry block: what is left where
    /// a body was moved out.
    pub fn placeholder() -> Func {
        Func {
            sym: SymRef { tu: 0, id: 0 },
            name: String::new(),
            blocks: Vec::new(),
            params: Vec::new(),
            nvregs: 0,
            refs: Vec::new(),
            loc: Loc::default(),
            frame: None,
            volatile_defs: Vec::new(),
            error: None,
        }
    }

    /// A new 8-byte frame slot (creating the frame if there is none); its
    /// offset from the frame base.
    pub fn frame_slot(&mut self) -> i64 {
        let loc = self.loc;
        let fr = match self.frame {
            Some(f) => f,
            None => {
                let fp = self.vreg();
                let t = self.vreg();
                let movi = Inst::op(
                    isa().op("movi", "u64"),
                    &[Opnd::Def(t), Opnd::Imm(OperandValue::U64(0))],
                );
                let salloc = Inst::op(isa().op("salloc", ""), &[Opnd::Def(fp), Opnd::Use(t)]);
                let b = &mut self.blocks[0].insts;
                b.insert(0, (salloc, loc));
                b.insert(0, (movi, loc));
                Frame {
                    fp,
                    used: 0,
                    slack: 0,
                }
            }
        };
        let off = fr.used.next_multiple_of(8);
        let fr = Frame {
            used: off + 8,
            ..fr
        };
        self.frame = Some(fr);
        self.patch_frame_size();
        off as i64
    }

    /// Rewrites the frame size in the entry block's `movi`.
    pub fn patch_frame_size(&mut self) {
        let Some(fr) = self.frame else { return };
        let size = fr.used.next_multiple_of(8) + fr.slack;
        if let Some((Inst::Op { opnds, .. }, _)) = self.blocks[0].insts.first_mut() {
            opnds[1] = Opnd::Imm(OperandValue::U64(size));
        }
    }
    /// A new register.
    pub fn vreg(&mut self) -> VReg {
        self.nvregs += 1;
        VReg(self.nvregs - 1)
    }
}

impl Inst {
    /// A VM instruction from its operands (at most `MAX_OPERANDS`).
    pub fn op(op: Opcode, ops: &[Opnd]) -> Inst {
        let mut opnds = [Opnd::Imm(OperandValue::U8(0)); MAX_OPERANDS];
        opnds[..ops.len()].copy_from_slice(ops);
        Inst::Op {
            op,
            opnds,
            n: ops.len() as u8,
        }
    }

    /// Calls `f` on every register the instruction reads.
    pub fn uses(&self, mut f: impl FnMut(VReg)) {
        match self {
            Inst::Op { opnds, n, .. } => {
                for o in &opnds[..*n as usize] {
                    if let Opnd::Use(r) | Opnd::UseDef(r) = o {
                        f(*r)
                    }
                }
            }
            Inst::Copy { src, .. } => f(*src),
            Inst::Call { callee, args, .. } => {
                if let Callee::Indirect(r) = callee {
                    f(*r);
                }
                args.iter().for_each(|a| f(*a));
            }
        }
    }

    /// Calls `f` on every register the instruction writes.
    pub fn defs(&self, mut f: impl FnMut(VReg)) {
        match self {
            Inst::Op { opnds, n, .. } => {
                for o in &opnds[..*n as usize] {
                    if let Opnd::Def(r) | Opnd::UseDef(r) = o {
                        f(*r)
                    }
                }
            }
            Inst::Copy { dst, .. } => f(*dst),
            Inst::Call { ret, .. } => {
                if let Some(r) = ret {
                    f(*r)
                }
            }
        }
    }

    /// Rewrites every register operand.
    pub fn map_regs(&mut self, mut f: impl FnMut(VReg) -> VReg) {
        match self {
            Inst::Op { opnds, n, .. } => {
                for o in &mut opnds[..*n as usize] {
                    match o {
                        Opnd::Use(r) | Opnd::Def(r) | Opnd::UseDef(r) => *r = f(*r),
                        _ => {}
                    }
                }
            }
            Inst::Copy { dst, src } => {
                *dst = f(*dst);
                *src = f(*src);
            }
            Inst::Call { callee, args, ret } => {
                if let Callee::Indirect(r) = callee {
                    *r = f(*r);
                }
                for a in args {
                    *a = f(*a);
                }
                if let Some(r) = ret {
                    *r = f(*r);
                }
            }
        }
    }

    /// The branch target of a conditional branch instruction.
    pub fn target(&self) -> Option<BlockId> {
        match self {
            Inst::Op { opnds, n, .. } => opnds[..*n as usize].iter().find_map(|o| match o {
                Opnd::Block(b) => Some(*b),
                _ => None,
            }),
            _ => None,
        }
    }

    /// Replaces the branch target.
    pub fn set_target(&mut self, to: BlockId) {
        if let Inst::Op { opnds, n, .. } = self {
            for o in &mut opnds[..*n as usize] {
                if let Opnd::Block(b) = o {
                    *b = to;
                }
            }
        }
    }
}

impl Term {
    /// Blocks control can go to next. No allocation: the passes ask this
    /// of every block, many times per function.
    pub fn successors(&self) -> Succs<'_> {
        let none = BlockId(0);
        let (near, n, table): ([BlockId; 2], usize, &[BlockId]) = match self {
            Term::None | Term::Ret(_) | Term::Op(_) => ([none; 2], 0, &[]),
            Term::Jmp(b) => ([*b, none], 1, &[]),
            Term::Br { inst, fall } => match inst.target() {
                Some(t) => ([*fall, t], 2, &[]),
                None => ([*fall, none], 1, &[]),
            },
            Term::Table { targets, .. } => ([none; 2], 0, targets),
        };
        Succs { near, n, table }
    }

    /// Calls `f` on every register the terminator reads.
    pub fn uses(&self, mut f: impl FnMut(VReg)) {
        match self {
            Term::Br { inst, .. } | Term::Op(inst) => inst.uses(f),
            Term::Ret(Some(r)) => f(*r),
            Term::Table { index, .. } => f(*index),
            Term::Ret(None) | Term::Jmp(_) | Term::None => {}
        }
    }

    /// Calls `f` on every register the terminator writes (a fused latch's
    /// counter, a load-and-branch's value).
    pub fn defs(&self, f: impl FnMut(VReg)) {
        if let Term::Br { inst, .. } | Term::Op(inst) = self {
            inst.defs(f);
        }
    }

    /// Rewrites every register operand.
    pub fn map_regs(&mut self, mut f: impl FnMut(VReg) -> VReg) {
        match self {
            Term::Br { inst, .. } | Term::Op(inst) => inst.map_regs(f),
            Term::Ret(Some(r)) | Term::Table { index: r, .. } => *r = f(*r),
            Term::Ret(None) | Term::Jmp(_) | Term::None => {}
        }
    }
}

/// A terminator's successors ([`Term::successors`]).
pub struct Succs<'a> {
    near: [BlockId; 2],
    n: usize,
    table: &'a [BlockId],
}

impl Succs<'_> {
    /// The successors, in order.
    pub fn iter(&self) -> impl Iterator<Item = &BlockId> + '_ {
        self.near[..self.n].iter().chain(self.table)
    }
}

impl<'a> IntoIterator for Succs<'a> {
    type Item = BlockId;
    type IntoIter = std::iter::Chain<
        std::iter::Take<std::array::IntoIter<BlockId, 2>>,
        std::iter::Copied<std::slice::Iter<'a, BlockId>>,
    >;
    fn into_iter(self) -> Self::IntoIter {
        self.near
            .into_iter()
            .take(self.n)
            .chain(self.table.iter().copied())
    }
}

/// Opcodes by family and type suffix, built once from the generated
/// instruction table: how the compiler names instructions (`add` + `i64`)
/// without a table of its own.
pub struct Isa {
    // Fx: the keys are the ISA's own names, not the source's. Each name is
    // packed into an integer ([`pack`]), so a lookup (one per instruction
    // the compiler makes) hashes and compares integers, not strings.
    map: FxHashMap<(u128, u64), Opcode>,
}

/// `s`'s bytes, zero-padded, with its length in the last byte (so that
/// the packing is one to one); `None` if it is longer than `N - 1` bytes
/// (no instruction is named so).
#[inline]
fn pack<const N: usize>(s: &str) -> Option<[u8; N]> {
    let b = s.as_bytes();
    let mut a = [0u8; N];
    a.get_mut(..b.len().checked_add(1)?)?[..b.len()].copy_from_slice(b);
    a[N - 1] = b.len() as u8;
    Some(a)
}

/// The map key of `family.suffix`.
#[inline]
fn isa_key(family: &str, suffix: &str) -> Option<(u128, u64)> {
    Some((
        u128::from_le_bytes(pack::<16>(family)?),
        u64::from_le_bytes(pack::<8>(suffix)?),
    ))
}

/// The instruction lookup table.
pub fn isa() -> &'static Isa {
    static ISA: OnceLock<Isa> = OnceLock::new();
    ISA.get_or_init(|| {
        let mut map = FxHashMap::with_capacity_and_hasher(INSTRUCTIONS.len(), Default::default());
        for (i, info) in INSTRUCTIONS.iter().enumerate() {
            let key = isa_key(info.family, info.suffix)
                .expect("instruction names are at most 15 + 7 bytes (a test checks)");
            map.insert(key, Opcode::ALL[i]);
        }
        Isa { map }
    })
}

impl Isa {
    /// The instruction `family.suffix`, if the ISA has it.
    pub fn find(&self, family: &str, suffix: &str) -> Option<Opcode> {
        self.map.get(&isa_key(family, suffix)?).copied()
    }

    /// The instruction `family.suffix`. The compiler only asks for
    /// instructions the ISA defines; a missing one is a mismatch between
    /// this compiler and `isa.ron`, caught by the test suite.
    pub fn op(&self, family: &str, suffix: &str) -> Opcode {
        match self.find(family, suffix) {
            Some(o) => o,
            None => panic!(
                "voxcc needs the instruction `{family}.{suffix}`, which isa.ron does not define"
            ),
        }
    }
}

/// Whether operand `i` of `op` is an immediate of the given kind.
pub fn operand_kind(op: Opcode, i: usize) -> Option<OperandKind> {
    op.info().operands.get(i).map(|o| o.kind)
}

impl fmt::Display for Func {
    /// A readable listing for debugging (`voxcc --dump-ir`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "func {} params {:?}",
            self.name,
            self.params.iter().map(|p| p.0).collect::<Vec<_>>()
        )?;
        for (i, b) in self.blocks.iter().enumerate() {
            writeln!(f, "b{i}:  (depth {})", b.loop_depth)?;
            for (inst, _) in &b.insts {
                writeln!(f, "    {}", show(inst))?;
            }
            match &b.term {
                Term::None => writeln!(f, "    <unterminated>")?,
                Term::Jmp(t) => writeln!(f, "    jmp b{}", t.0)?,
                Term::Br { inst, fall } => writeln!(f, "    {}  else b{}", show(inst), fall.0)?,
                Term::Ret(Some(r)) => writeln!(f, "    ret v{}", r.0)?,
                Term::Ret(None) => writeln!(f, "    ret")?,
                Term::Op(i) => writeln!(f, "    {}", show(i))?,
                Term::Table { index, targets } => writeln!(
                    f,
                    "    table v{} [{}]",
                    index.0,
                    targets
                        .iter()
                        .map(|t| format!("b{}", t.0))
                        .collect::<Vec<_>>()
                        .join(", ")
                )?,
            }
        }
        Ok(())
    }
}

fn show(i: &Inst) -> String {
    match i {
        Inst::Op { op, opnds, n } => {
            let ops: Vec<String> = opnds[..*n as usize]
                .iter()
                .map(|o| match o {
                    Opnd::Def(r) => format!("v{}=", r.0),
                    Opnd::Use(r) => format!("v{}", r.0),
                    Opnd::UseDef(r) => format!("v{}+=", r.0),
                    Opnd::Imm(v) => v.plain_text().unwrap_or_default(),
                    Opnd::Block(b) => format!("b{}", b.0),
                    Opnd::Data(s) => format!("data[{}:{}]", s.tu, s.id),
                    Opnd::Func(s) => format!("func[{}:{}]", s.tu, s.id),
                })
                .collect();
            format!("{} {}", op.mnemonic(), ops.join(", "))
        }
        Inst::Copy { dst, src } => format!("v{} = v{}", dst.0, src.0),
        Inst::Call { callee, args, ret } => format!(
            "{}call {:?} ({})",
            ret.map_or(String::new(), |r| format!("v{} = ", r.0)),
            callee,
            args.iter()
                .map(|a| format!("v{}", a.0))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_instruction_is_found_by_its_names() {
        for (i, info) in INSTRUCTIONS.iter().enumerate() {
            assert_eq!(isa().find(info.family, info.suffix), Some(Opcode::ALL[i]));
        }
        assert_eq!(isa().find("add", "i6"), None);
        assert_eq!(isa().find("add", "i64\0"), None);
        assert_eq!(isa().find("a-family-name-too-long", "i64"), None);
        assert_eq!(isa().find("add", "suffix-too-long"), None);
    }
}
