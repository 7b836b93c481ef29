//! Emission: allocated IR to encoded VM instructions.
//!
//! Every instruction is built with the generated `Instr::from_operands` and
//! encoded by the generated encoder, so the compiler writes bytecode through
//! the same code the assembler uses and never spells an opcode or an
//! encoding itself. Branch targets are patched once every block's offset is
//! known; a branch to the next block becomes a fall-through, inverting an
//! integer compare-and-branch when that saves a jump.

use crate::ir::{isa, BlockId, Callee, Func, Inst, Opnd, SymRef, Term, VReg};
use crate::regalloc::Allocation;
use crate::source::Loc;
use vm::isa::{
    DataRef, FuncRef, ImportRef, Instr, Label, Opcode, OperandKind, OperandValue, Reg, MAX_OPERANDS,
};

/// What a symbol reference resolves to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolved {
    /// A function of the module (its index in the function table).
    Func(u32),
    /// A host or native function (its index in the import table).
    Import(u32),
    /// An object in the data segment (its byte offset).
    Data(u32),
}

/// The linker's answers while a function is emitted.
pub trait Resolver {
    /// What `s` is.
    fn resolve(&mut self, s: SymRef) -> Resolved;
    /// The function-table index to use for the address of function `s`
    /// (an import's address is a thunk's).
    fn func_addr(&mut self, s: SymRef) -> u32;
}

/// Emitted code of one function.
pub struct Emitted {
    /// The code bytes.
    pub code: Vec<u8>,
    /// `(offset within the function, location)` where the location changes.
    pub locs: Vec<(u32, Loc)>,
}

/// A function emitted before the link (by the early backend, so that its
/// IR need not wait for the link): its code as if it started at byte 0,
/// with every symbol operand left 0, and what [`relocate`] patches once the
/// link knows where the code goes and what the symbols are. Far smaller
/// than the IR and allocation it replaces.
pub struct Relocatable {
    /// The code (at base 0) and its locations.
    pub emitted: Emitted,
    /// The function's name, for the function table.
    pub name: String,
    /// Registers its frame needs.
    pub nregs: u32,
    /// Where the code holds a 4-byte absolute label: the link adds the
    /// function's base.
    labels: Vec<u32>,
    /// Symbol references, in the order [`emit`] asks the resolver about
    /// them (the resolver numbers imports and thunks in that order).
    relocs: Vec<Reloc>,
}

/// A symbol reference in a [`Relocatable`].
#[derive(Clone, Copy)]
enum Reloc {
    /// A data operand's 4 bytes at `at`: the object's offset (0 when the
    /// symbol is not an object).
    Data { at: u32, sym: SymRef },
    /// A function-address operand's 4 bytes at `at`.
    FuncAddr { at: u32, sym: SymRef },
    /// A direct call at `at`, emitted as `call`: an `hcall` when the
    /// symbol is an import.
    Call { at: u32, sym: SymRef, base: Reg },
}

struct Emitter<'a> {
    code: Vec<u8>,
    locs: Vec<(u32, Loc)>,
    alloc: &'a Allocation,
    /// (position of a 4-byte label field, target block).
    fixups: Vec<(usize, BlockId)>,
    block_at: Vec<u32>,
    loc: Loc,
    base: u32,
    /// Recording relocations instead of resolving ([`emit_relocatable`]).
    record: bool,
    /// When recording: the label fields and symbol references.
    labels: Vec<u32>,
    relocs: Vec<Reloc>,
}

/// Emits a function whose code will start at byte `base` of the module's
/// code (labels are absolute code offsets).
pub fn emit(f: &Func, alloc: &Allocation, base: u32, res: &mut dyn Resolver) -> Emitted {
    emit_with(f, alloc, base, res, false).0
}

/// What [`emit_relocatable`] resolves with: it records every question
/// instead of asking, so this is never asked.
struct Unresolved;

impl Resolver for Unresolved {
    fn resolve(&mut self, _: SymRef) -> Resolved {
        Resolved::Func(0)
    }
    fn func_addr(&mut self, _: SymRef) -> u32 {
        0
    }
}

/// Emits a function before the link knows its place or its symbols.
/// [`relocate`] then gives what [`emit`] would have given.
pub fn emit_relocatable(f: &Func, alloc: &Allocation) -> Relocatable {
    let (emitted, e) = emit_with(f, alloc, 0, &mut Unresolved, true);
    Relocatable {
        emitted,
        name: f.name.clone(),
        nregs: alloc.nregs,
        labels: e.labels,
        relocs: e.relocs,
    }
}

/// The link's half of [`emit_relocatable`]: the code at `base` with the
/// symbols `res` gives, byte for byte what [`emit`] gives, asking `res` the
/// same questions in the same order. `None` when a direct call names
/// something that is not a function (then `emit` leaves the call out, and
/// the code would differ in length): compile without emitting early.
pub fn relocate(r: Relocatable, base: u32, res: &mut dyn Resolver) -> Option<Emitted> {
    let mut e = r.emitted;
    let code = &mut e.code;
    let put32 = |code: &mut Vec<u8>, at: u32, v: u32| {
        if let Some(field) = code.get_mut(at as usize..at as usize + 4) {
            field.copy_from_slice(&v.to_le_bytes());
        }
    };
    for &at in &r.labels {
        let Some(field) = code.get(at as usize..at as usize + 4) else {
            continue;
        };
        let v = u32::from_le_bytes([field[0], field[1], field[2], field[3]]);
        put32(code, at, v.wrapping_add(base));
    }
    let mut bytes = Vec::new();
    for reloc in r.relocs {
        match reloc {
            Reloc::Data { at, sym } => {
                let v = match res.resolve(sym) {
                    Resolved::Data(d) => d,
                    _ => 0,
                };
                put32(code, at, v);
            }
            Reloc::FuncAddr { at, sym } => put32(code, at, res.func_addr(sym)),
            Reloc::Call { at, sym, base } => {
                bytes.clear();
                match res.resolve(sym) {
                    Resolved::Func(i) => Instr::Call {
                        func: FuncRef(i),
                        base,
                    }
                    .encode(&mut bytes),
                    Resolved::Import(i) => Instr::Hcall {
                        imp: ImportRef(i),
                        base,
                    }
                    .encode(&mut bytes),
                    Resolved::Data(_) => return None,
                }
                // In the place of the `call` emitted: the same length.
                if bytes.len() != Opcode::Call.size() {
                    return None;
                }
                code.get_mut(at as usize..at as usize + bytes.len())?
                    .copy_from_slice(&bytes);
            }
        }
    }
    Some(e)
}

/// [`emit`], or with `record` [`emit_relocatable`]'s half.
fn emit_with<'a>(
    f: &Func,
    alloc: &'a Allocation,
    base: u32,
    res: &mut dyn Resolver,
    record: bool,
) -> (Emitted, Emitter<'a>) {
    let mut e = Emitter {
        code: Vec::with_capacity(f.blocks.len() * 16),
        locs: Vec::new(),
        alloc,
        fixups: Vec::new(),
        block_at: vec![u32::MAX; f.blocks.len()],
        loc: f.loc,
        base,
        record,
        labels: Vec::new(),
        relocs: Vec::new(),
    };
    let order = &alloc.order;
    for (oi, &b) in order.iter().enumerate() {
        e.block_at[b.0 as usize] = e.code.len() as u32;
        let next = order.get(oi + 1).copied();
        let blk = &f.blocks[b.0 as usize];
        for (ii, (inst, loc)) in blk.insts.iter().enumerate() {
            e.set_loc(*loc);
            e.inst(inst, (b.0, ii as u32), res);
        }
        e.set_loc(blk.term_loc);
        e.term(&blk.term, next, res);
    }
    for (pos, b) in std::mem::take(&mut e.fixups) {
        let at = base + e.block_at[b.0 as usize];
        e.code[pos..pos + 4].copy_from_slice(&at.to_le_bytes());
        if e.record {
            e.labels.push(pos as u32);
        }
    }
    let emitted = Emitted {
        code: std::mem::take(&mut e.code),
        locs: std::mem::take(&mut e.locs),
    };
    (emitted, e)
}

/// The family with the opposite condition, for integer branches.
fn inverse(op: Opcode) -> Option<Opcode> {
    let info = op.info();
    if matches!(info.suffix, "f32" | "f64") {
        return None; // !(a < b) is not (a >= b) when a NaN is involved
    }
    let inv = match info.family {
        "beq" => "bne",
        "bne" => "beq",
        "blt" => "bge",
        "bge" => "blt",
        "ble" => "bgt",
        "bgt" => "ble",
        "beqi" => "bnei",
        "bnei" => "beqi",
        "blti" => "bgei",
        "bgei" => "blti",
        "blei" => "bgti",
        "bgti" => "blei",
        "jz" => "jnz",
        "jnz" => "jz",
        "ldjz" => "ldjnz",
        "ldjnz" => "ldjz",
        "ldxjz" => "ldxjnz",
        "ldxjnz" => "ldxjz",
        "addiblti" => "addibgei",
        "addibgei" => "addiblti",
        "addiblei" => "addibgti",
        "addibgti" => "addiblei",
        "addibeqi" => "addibnei",
        "addibnei" => "addibeqi",
        _ => return None,
    };
    isa().find(inv, info.suffix)
}

impl Emitter<'_> {
    fn set_loc(&mut self, loc: Loc) {
        if self.loc != loc || self.locs.is_empty() {
            self.loc = loc;
            self.locs.push((self.code.len() as u32, loc));
        }
    }

    fn r(&self, v: VReg) -> Reg {
        Reg(self
            .alloc
            .reg
            .get(v.0 as usize)
            .copied()
            .filter(|&r| r != u8::MAX)
            .unwrap_or(0))
    }

    fn put(&mut self, i: Instr) {
        i.encode(&mut self.code);
    }

    fn mov(&mut self, dst: Reg, src: Reg) {
        if dst != src {
            self.put(Instr::Mov { dst, src });
        }
    }

    /// Encodes an IR instruction with its operands resolved.
    fn encode_op(&mut self, op: Opcode, opnds: &[Opnd], res: &mut dyn Resolver) {
        let info = op.info();
        // On the stack: one per instruction emitted.
        let mut vals = [OperandValue::U8(0); MAX_OPERANDS];
        let mut label_field = None;
        // Symbol operands to record: (field offset, reference).
        let mut refs = [None; MAX_OPERANDS];
        let mut field_at = 2; // after the opcode
        for (k, o) in opnds.iter().enumerate() {
            let kind = info.operands.get(k).map(|x| x.kind);
            let v = match *o {
                Opnd::Def(r) | Opnd::Use(r) | Opnd::UseDef(r) => OperandValue::Reg(self.r(r)),
                Opnd::Imm(v) => v,
                Opnd::Block(b) => {
                    label_field = Some((field_at, b));
                    OperandValue::Label(Label(0))
                }
                Opnd::Data(sym) if self.record => {
                    refs[k] = Some(Reloc::Data {
                        at: field_at as u32,
                        sym,
                    });
                    OperandValue::Data(DataRef(0))
                }
                Opnd::Func(sym) if self.record => {
                    refs[k] = Some(Reloc::FuncAddr {
                        at: field_at as u32,
                        sym,
                    });
                    OperandValue::Func(FuncRef(0))
                }
                Opnd::Data(s) => {
                    let base = match res.resolve(s) {
                        Resolved::Data(d) => d,
                        _ => 0,
                    };
                    OperandValue::Data(DataRef(base))
                }
                Opnd::Func(s) => OperandValue::Func(FuncRef(res.func_addr(s))),
            };
            field_at += kind.map_or(0, |k| k.size());
            vals[k] = v;
        }
        let Some(instr) = Instr::from_operands(op, &vals[..opnds.len()]) else {
            // Operands that do not fit the instruction are a compiler bug;
            // emit nothing rather than a malformed instruction (the
            // verifier would refuse the module).
            debug_assert!(false, "operands do not fit {}", op.mnemonic());
            return;
        };
        let start = self.code.len();
        self.put(instr);
        if let Some((at, b)) = label_field {
            self.fixups.push((start + at, b));
        }
        for r in refs.into_iter().flatten() {
            let start = start as u32;
            self.relocs.push(match r {
                Reloc::Data { at, sym } => Reloc::Data {
                    at: start + at,
                    sym,
                },
                Reloc::FuncAddr { at, sym } => Reloc::FuncAddr {
                    at: start + at,
                    sym,
                },
                call => call,
            });
        }
    }

    fn inst(&mut self, inst: &Inst, key: (u32, u32), res: &mut dyn Resolver) {
        match inst {
            Inst::Op { op, opnds, n } => self.encode_op(*op, &opnds[..*n as usize], res),
            Inst::Copy { dst, src } => {
                let (d, s) = (self.r(*dst), self.r(*src));
                self.mov(d, s);
            }
            Inst::Call { callee, args, ret } => {
                let base = self.alloc.call_base.get(&key).copied().unwrap_or(0);
                let mut moves: Vec<(Reg, Reg)> = args
                    .iter()
                    .enumerate()
                    .map(|(k, a)| (self.r(*a), Reg(base.wrapping_add(k as u8))))
                    .collect();
                let fptr = match callee {
                    Callee::Indirect(v) => {
                        let fr = self.r(*v);
                        // `callr` reads it before the callee's frame exists,
                        // so only the argument moves can overwrite it.
                        if (base..base.saturating_add(args.len() as u8)).contains(&fr.0) {
                            // Keep it out of their way.
                            let slot = Reg(base.wrapping_add(args.len() as u8));
                            moves.push((fr, slot));
                            Some(slot)
                        } else {
                            Some(fr)
                        }
                    }
                    Callee::Direct(_) => None,
                };
                self.parallel_moves(moves);
                let b = Reg(base);
                match (callee, fptr) {
                    (Callee::Indirect(_), Some(f)) => self.put(Instr::Callr { func: f, base: b }),
                    (Callee::Direct(s), _) if self.record => {
                        self.relocs.push(Reloc::Call {
                            at: self.code.len() as u32,
                            sym: *s,
                            base: b,
                        });
                        self.put(Instr::Call {
                            func: FuncRef(0),
                            base: b,
                        });
                    }
                    (Callee::Direct(s), _) => match res.resolve(*s) {
                        Resolved::Func(i) => self.put(Instr::Call {
                            func: FuncRef(i),
                            base: b,
                        }),
                        Resolved::Import(i) => self.put(Instr::Hcall {
                            imp: ImportRef(i),
                            base: b,
                        }),
                        Resolved::Data(_) => {}
                    },
                    _ => {}
                }
                if let Some(r) = ret {
                    let d = self.r(*r);
                    self.mov(d, b);
                }
            }
        }
    }

    /// Performs moves `(src, dst)` as if simultaneously.
    fn parallel_moves(&mut self, mut moves: Vec<(Reg, Reg)>) {
        moves.retain(|(s, d)| s != d);
        let scratch = Reg(self.alloc.scratch.wrapping_add(1));
        while !moves.is_empty() {
            // A move whose destination no other pending move reads.
            if let Some(i) = (0..moves.len()).find(|&i| {
                let d = moves[i].1;
                !moves.iter().enumerate().any(|(j, m)| j != i && m.0 == d)
            }) {
                let (s, d) = moves.remove(i);
                self.mov(d, s);
                continue;
            }
            // Only cycles remain: break one through the scratch register.
            let (s, _) = moves[0];
            self.mov(scratch, s);
            for m in &mut moves {
                if m.0 == s {
                    m.0 = scratch;
                }
            }
        }
    }

    fn jmp(&mut self, to: BlockId) {
        let start = self.code.len();
        self.put(Instr::Jmp { target: Label(0) });
        self.fixups.push((start + 2, to));
    }

    fn term(&mut self, t: &Term, next: Option<BlockId>, res: &mut dyn Resolver) {
        match t {
            Term::None => {
                // An unterminated block (only possible after an error):
                // never fall into the next function.
                self.put(Instr::Ret { src: Reg(0) });
            }
            Term::Jmp(b) => {
                if Some(*b) != next {
                    self.jmp(*b);
                }
            }
            Term::Br { inst, fall } => {
                let Inst::Op { op, opnds, n } = inst.as_ref() else {
                    return;
                };
                let target = inst.target();
                if target == next {
                    if let Some(inv) = inverse(*op) {
                        let mut ops = opnds[..*n as usize].to_vec();
                        for o in &mut ops {
                            if let Opnd::Block(b) = o {
                                *b = *fall;
                            }
                        }
                        self.encode_op(inv, &ops, res);
                        return;
                    }
                }
                self.encode_op(*op, &opnds[..*n as usize], res);
                if Some(*fall) != next {
                    self.jmp(*fall);
                }
            }
            Term::Ret(r) => {
                let s = r.map_or(Reg(0), |r| self.r(r));
                self.put(Instr::Ret { src: s });
            }
            Term::Op(inst) => {
                if let Inst::Op { op, opnds, n } = inst.as_ref() {
                    self.encode_op(*op, &opnds[..*n as usize], res);
                }
            }
            Term::Table { index, targets } => {
                // `jtab idx, last` and the table of jumps right after it.
                let idx = self.r(*index);
                let at = self.code.len();
                self.put(Instr::Jtab {
                    index: idx,
                    last: Label(0),
                });
                let jsize = isa().op("jmp", "").size();
                let last =
                    self.base + (self.code.len() + jsize * targets.len().saturating_sub(1)) as u32;
                let label_field = at + 2 + OperandKind::Reg.size();
                self.code[label_field..label_field + 4].copy_from_slice(&last.to_le_bytes());
                if self.record {
                    self.labels.push(label_field as u32);
                }
                for &t in targets {
                    self.jmp(t);
                }
            }
        }
    }
}
