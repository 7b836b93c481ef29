//! Lowering: the typed syntax tree of each function to IR.
//!
//! The shape follows Lua's `lcode.c`: expressions are lowered with a
//! destination hint so a result lands in the register that wants it
//! (`x = a + b` is one `add`), and conditions are lowered straight into
//! compare-and-branch instructions with true/false targets, never
//! materialized as 0/1 unless a value is needed. Scalar locals whose address
//! is never taken live in virtual registers; everything else lives in the
//! function's frame on the VM stack.
//!
//! The C calling convention on voxvm (also what host functions see):
//! - scalar arguments in consecutive registers of the callee's window
//!   (`call f, rB`: the callee's `r0` is the caller's `rB`);
//! - a struct or union argument is passed as the address of a copy the
//!   caller made (the callee may modify it);
//! - a function returning a struct or union gets the address to write it to
//!   as a hidden first argument, and returns that address;
//! - variadic arguments are stored in 8-byte slots of a memory area whose
//!   address is passed after the fixed arguments (integers widened to 64
//!   bits, `float` promoted to `double`, structs copied whole); `va_list` is
//!   a `char *` walking that area.

mod expr;
mod stmt;

use crate::ast::*;
use crate::ir::{self, isa, BlockId, Func, Inst, Opnd, SymRef, Term, VReg};
use crate::source::Loc;
use crate::token::Interner;
use crate::types::{ty, Class, TypeId, Types};
use std::collections::{BTreeSet, HashMap};
use vm::isa::{Opcode, OperandValue};

/// Where a local lives.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Storage {
    /// In a register.
    Reg(VReg),
    /// In the frame at this byte offset from the frame pointer.
    Frame(i64),
    /// In memory whose address is in a register (struct parameters,
    /// variable-length arrays).
    Indirect(VReg),
}

/// An lvalue's location.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Place {
    /// A register variable.
    Reg(VReg),
    /// Memory at `base + off`.
    Mem(VReg, i64),
    /// A bit-field: the object holding it (its struct, or the whole
    /// variable being initialized) at `base + off`, the field's bit offset
    /// from there, its width, and the object's size when known. Accesses
    /// stay within that object.
    Bits(VReg, i64, u64, u32, Option<u64>),
}

/// Lowers one function definition of `unit` (translation unit number `tu`).
///
/// The parser calls this as each definition ends and then drops the
/// definition's syntax tree, so a large file never holds its whole syntax
/// tree: only the IR of its functions, which the linker needs together
/// (to inline across them).
pub fn lower_function(
    types: &Types,
    unit: &Unit,
    tu: u32,
    names: &Interner,
    def: &FuncDef,
) -> Func {
    Lower::new(types, unit, tu, names, def).run()
}

/// How many `__attribute__((cleanup))` calls one function may lower, and
/// how many active cleanups its labels may record in all. Each `return`,
/// `break`, `continue` or `goto` out of scopes lowers the calls of the
/// cleanups it leaves, so 2,000 of them and 2,000 returns made 4 million
/// calls and took 4.6 GB (past the 1 GiB cap) and 10 s; real code makes
/// hundreds.
pub const MAX_CLEANUP_CALLS: usize = 100_000;

/// How many jump-table entries a function's `goto *` statements may make
/// with a dispatch of their own each (fastest: a threaded interpreter's
/// every handler jumps straight to the next). Each dispatch covers every
/// address-taken label, so 16,000 labels each ending in `goto *` made 256
/// million entries (43 s, 7.6 GB); past this bound the later ones share
/// one dispatch block. QuickJS's interpreter makes 50,715 (207 `goto *` over
/// 245 labels).
pub const MAX_GOTO_PTR_ENTRIES: usize = 1 << 18;

pub(crate) struct Lower<'a> {
    pub types: &'a Types,
    pub unit: &'a Unit,
    pub tu: u32,
    pub def: &'a FuncDef,
    pub f: Func,
    pub cur: BlockId,
    /// Instructions emitted into `cur` and not yet stored in it: each
    /// block's list is made once, at its exact size, when lowering leaves
    /// the block ([`Lower::flush`]), instead of growing by doublings (each a
    /// copy of the instructions so far, and fresh memory).
    insts: Vec<(Inst, Loc)>,
    pub storage: Vec<Storage>,
    /// The frame bytes in use: the locals, then the temporaries of the
    /// statement being lowered (freed at its end).
    pub frame: i64,
    /// The most `frame` has been: the frame's size.
    pub frame_peak: i64,
    pub frame_align: u64,
    pub fp: VReg,
    pub labels: Vec<Option<BlockId>>,
    /// Where `break` and `continue` go, with how many cleanups were active
    /// when the loop or switch was entered (those after run first).
    pub breaks: Vec<(BlockId, usize)>,
    pub continues: Vec<(BlockId, usize)>,
    /// The cleanups (`__attribute__((cleanup))`) of the blocks being
    /// lowered, innermost last.
    pub cleanups: Vec<(u32, Expr)>,
    /// The cleanups active at each label, for a `goto` (computed on the
    /// first `goto` made with cleanups active).
    pub label_cleanups: Option<HashMap<LabelId, Vec<u32>>>,
    /// Cleanup calls lowered so far (each exit from a scope lowers those
    /// it leaves again): bounded by [`MAX_CLEANUP_CALLS`].
    pub cleanup_calls: usize,
    pub ret_ptr: Option<VReg>,
    pub va_reg: Option<VReg>,
    /// Frame offset and size of the variadic-argument area (grown to the
    /// largest call).
    pub va_area: Option<i64>,
    pub va_size: i64,
    pub loop_depth: u32,
    /// Constants hoisted to the entry block: (bits, is float kind) → register.
    pub consts: HashMap<(u64, u8), VReg>,
    pub hoisted: Vec<(Inst, Loc)>,
    pub refs: BTreeSet<SymRef>,
    pub loc: Loc,
    /// Jump-table entries the `goto *` statements lowered so far have
    /// made (one per address-taken label each), bounded by
    /// [`MAX_GOTO_PTR_ENTRIES`].
    pub goto_ptr_entries: usize,
    /// Past that bound: the register the later ones put their target in,
    /// and the one dispatch block they all jump to.
    pub shared_goto_ptr: Option<(VReg, BlockId)>,
    /// The function's return type.
    pub ret_ty: TypeId,
    /// Whether the frame pointer is used.
    pub uses_fp: bool,
}

impl<'a> Lower<'a> {
    fn new(
        types: &'a Types,
        unit: &'a Unit,
        tu: u32,
        names: &'a Interner,
        def: &'a FuncDef,
    ) -> Lower<'a> {
        let g = &unit.globals[def.global.0 as usize];
        let mut f = Func {
            sym: SymRef {
                tu,
                id: def.global.0,
            },
            name: names.str(g.name).to_string(),
            blocks: Vec::new(),
            params: Vec::new(),
            nvregs: 0,
            refs: Vec::new(),
            loc: g.loc,
            frame: None,
            volatile_defs: Vec::new(),
            error: None,
        };
        let fp = f.vreg();
        let ret_ty = types.func(g.ty).map_or(ty::INT, |ft| ft.ret);
        Lower {
            types,
            unit,
            tu,
            def,
            f,
            cur: BlockId(0),
            insts: Vec::new(),
            storage: Vec::new(),
            frame: 0,
            frame_peak: 0,
            frame_align: 8,
            fp,
            labels: vec![None; def.labels as usize],
            breaks: Vec::new(),
            continues: Vec::new(),
            cleanups: Vec::new(),
            label_cleanups: None,
            cleanup_calls: 0,
            ret_ptr: None,
            va_reg: None,
            va_area: None,
            va_size: 0,
            loop_depth: 0,
            consts: HashMap::new(),
            hoisted: Vec::new(),
            refs: BTreeSet::new(),
            loc: def.loc,
            goto_ptr_entries: 0,
            shared_goto_ptr: None,
            ret_ty,
            uses_fp: false,
        }
    }

    fn run(mut self) -> Func {
        let entry = self.new_block(); // prologue, filled in at the end
        let body = self.new_block();
        debug_assert_eq!(entry, BlockId(0));
        self.cur = body;
        // Parameters: registers on entry.
        if self.types.is_record(self.ret_ty) {
            let r = self.f.vreg();
            self.f.params.push(r);
            self.ret_ptr = Some(r);
        }
        let mut spills = Vec::new();
        let mut in_frame = Vec::new();
        self.storage = Vec::with_capacity(self.def.locals.len());
        // By local, not a scan of the parameters for each local (100,000
        // of each took minutes).
        let mut is_param = vec![false; self.def.locals.len()];
        for p in &self.def.params {
            if let Some(b) = is_param.get_mut(p.0 as usize) {
                *b = true;
            }
        }
        for (i, l) in self.def.locals.iter().enumerate() {
            let is_param = is_param[i];
            let st = if is_param {
                let r = self.f.vreg();
                self.f.params.push(r);
                if self.types.is_record(l.ty) {
                    Storage::Indirect(r)
                } else if l.in_memory || self.def.calls_setjmp {
                    let off = self.alloc_frame(self.types.size(l.ty), l.align);
                    spills.push((r, off, l.ty));
                    Storage::Frame(off)
                } else {
                    Storage::Reg(r)
                }
            } else if l.vla_size.is_some() {
                Storage::Indirect(self.f.vreg())
            } else if l.in_memory || (self.def.calls_setjmp && !self.types.is_record(l.ty)) {
                in_frame.push(i);
                Storage::Frame(0) // placed below, by scope
            } else {
                Storage::Reg(self.f.vreg())
            };
            self.storage.push(st);
        }
        self.place_frame_locals(&in_frame);
        if self
            .types
            .func(self.unit.globals[self.def.global.0 as usize].ty)
            .is_some_and(|f| f.variadic)
        {
            let r = self.f.vreg();
            self.f.params.push(r);
            self.va_reg = Some(r);
        }
        for (r, off, t) in spills {
            self.uses_fp = true;
            let fp = self.fp;
            self.store_mem(fp, off, t, r);
        }
        let body = &self.def.body;
        self.stmt(body);
        // Falling off the end: `main` returns 0 (C99 5.1.2.2.3); others
        // return an unspecified value (0 here).
        if matches!(self.block().term, Term::None) {
            self.loc = self.def.end;
            if self.types.is_record(self.ret_ty) {
                let r = self.ret_ptr.unwrap_or(self.fp);
                self.terminate(Term::Ret(Some(r)));
            } else if self.types.is_void(self.ret_ty) {
                self.terminate(Term::Ret(None));
            } else {
                let z = self.const_int(0);
                self.terminate(Term::Ret(Some(z)));
            }
        }
        self.flush();
        self.finish_prologue(body_block());
        let dead = dead_only_refs(&self.f);
        self.f.refs = self
            .refs
            .into_iter()
            .filter(|s| !dead.contains(s))
            .collect();
        self.f
    }

    /// Fills the entry block: frame allocation, hoisted constants, then a
    /// jump to the body (which layout turns into a fall-through).
    fn finish_prologue(&mut self, body: BlockId) {
        let loc = self.def.loc;
        let mut insts = Vec::new();
        self.frame = self.frame.max(self.frame_peak);
        if self.uses_fp || self.frame > 0 {
            let slack = if self.frame_align > 8 {
                self.frame_align
            } else {
                0
            };
            let size = (self.frame as u64).next_multiple_of(8) + slack;
            self.f.frame = Some(ir::Frame {
                fp: self.fp,
                used: self.frame as u64,
                slack,
            });
            let t = self.f.vreg();
            insts.push((
                Inst::op(
                    isa().op("movi", "u64"),
                    &[Opnd::Def(t), Opnd::Imm(OperandValue::U64(size))],
                ),
                loc,
            ));
            insts.push((
                Inst::op(isa().op("salloc", ""), &[Opnd::Def(self.fp), Opnd::Use(t)]),
                loc,
            ));
            if self.frame_align > 8 {
                let a = self.frame_align;
                insts.push((
                    Inst::op(
                        isa().op("addi", "u64"),
                        &[
                            Opnd::Def(self.fp),
                            Opnd::Use(self.fp),
                            Opnd::Imm(OperandValue::U64(a - 1)),
                        ],
                    ),
                    loc,
                ));
                insts.push((
                    Inst::op(
                        isa().op("andi", "u64"),
                        &[
                            Opnd::Def(self.fp),
                            Opnd::Use(self.fp),
                            Opnd::Imm(OperandValue::U64(!(a - 1))),
                        ],
                    ),
                    loc,
                ));
            }
        }
        insts.append(&mut self.hoisted);
        let b = &mut self.f.blocks[0];
        b.insts = insts;
        b.term = Term::Jmp(body);
        b.term_loc = loc;
    }

    // ---- blocks ----

    pub(crate) fn new_block(&mut self) -> BlockId {
        self.f.blocks.push(ir::Block {
            insts: Vec::new(),
            term: Term::None,
            term_loc: self.loc,
            loop_depth: self.loop_depth,
        });
        BlockId(self.f.blocks.len() as u32 - 1)
    }

    pub(crate) fn block(&mut self) -> &mut ir::Block {
        &mut self.f.blocks[self.cur.0 as usize]
    }

    pub(crate) fn switch_to(&mut self, b: BlockId) {
        self.flush();
        self.cur = b;
    }

    /// Stores the instructions emitted into the current block in it.
    fn flush(&mut self) {
        if self.insts.is_empty() {
            return;
        }
        let blk = &mut self.f.blocks[self.cur.0 as usize];
        if blk.insts.is_empty() {
            blk.insts = self.insts.drain(..).collect();
        } else {
            blk.insts.append(&mut self.insts);
        }
    }

    /// Ends the current block (if not already ended) and continues in a new,
    /// unreachable one.
    pub(crate) fn terminate(&mut self, t: Term) {
        self.flush();
        let loc = self.loc;
        let b = self.block();
        if matches!(b.term, Term::None) {
            b.term = t;
            b.term_loc = loc;
        }
        let n = self.new_block();
        self.cur = n;
    }

    /// Jumps to `to` unless the current block has already ended, then
    /// continues in `to`.
    pub(crate) fn goto_and_switch(&mut self, to: BlockId) {
        self.flush();
        let loc = self.loc;
        let b = self.block();
        if matches!(b.term, Term::None) {
            b.term = Term::Jmp(to);
            b.term_loc = loc;
        }
        self.cur = to;
    }

    pub(crate) fn jump(&mut self, to: BlockId) {
        self.terminate(Term::Jmp(to));
    }

    pub(crate) fn emit(&mut self, i: Inst) {
        let loc = self.loc;
        self.insts.push((i, loc));
    }

    pub(crate) fn op(&mut self, op: Opcode, ops: &[Opnd]) {
        self.emit(Inst::op(op, ops));
    }

    pub(crate) fn copy(&mut self, dst: VReg, src: VReg) {
        if dst != src {
            self.emit(Inst::Copy { dst, src });
        }
    }

    pub(crate) fn label_block(&mut self, l: LabelId) -> BlockId {
        if let Some(b) = self.labels[l.0 as usize] {
            return b;
        }
        let b = self.new_block();
        self.labels[l.0 as usize] = Some(b);
        b
    }

    // ---- frame ----

    pub(crate) fn alloc_frame(&mut self, size: u64, align: u64) -> i64 {
        let align = align.max(1);
        if align > self.frame_align {
            self.frame_align = align;
        }
        let off = (self.frame as u64).next_multiple_of(align) as i64;
        self.frame = off + size.max(1) as i64;
        self.frame_peak = self.frame_peak.max(self.frame);
        self.uses_fp = true;
        off
    }

    /// Frame offsets for the locals that live in memory: each block scope's
    /// locals after those of the scopes enclosing it, so locals of disjoint
    /// blocks (which never live at once) share space, as in gcc.
    fn place_frame_locals(&mut self, locals: &[usize]) {
        let parents = &self.def.scope_parents;
        let n = parents.len().max(1);
        let mut by_scope: Vec<Vec<usize>> = vec![Vec::new(); n];
        for &i in locals {
            let s = self.def.locals[i].scope as usize;
            by_scope[if s < n { s } else { 0 }].push(i);
        }
        let base = self.frame;
        let mut end = vec![base; n];
        let mut peak = base;
        // A scope is always made after the one enclosing it.
        for s in 0..n {
            let parent = parents.get(s).map_or(0, |&p| p as usize);
            let mut at = if s == 0 || parent >= s {
                base
            } else {
                end[parent]
            };
            for &i in &by_scope[s] {
                let l = &self.def.locals[i];
                let align = l.align.max(1);
                if align > self.frame_align {
                    self.frame_align = align;
                }
                let off = (at as u64).next_multiple_of(align) as i64;
                at = off + self.types.size(l.ty).max(1) as i64;
                self.storage[i] = Storage::Frame(off);
                self.uses_fp = true;
            }
            end[s] = at;
            peak = peak.max(at);
        }
        self.frame = peak;
        self.frame_peak = self.frame_peak.max(peak);
    }

    /// Frees the temporaries allocated since `mark` (the frame in use when a
    /// statement began): a call's record result and argument copies live
    /// only until the end of their full expression (C11 6.2.4p8), so the
    /// statements of a function share that space instead of each taking
    /// its own, which kept deep recursion (QuickJS's interpreter loop had a
    /// 17 KB frame) from fitting in the stack.
    pub(crate) fn free_temps(&mut self, mark: i64) {
        if self.frame > mark {
            self.frame = mark;
            if self.va_area.is_some_and(|off| off >= mark) {
                self.va_area = None;
                self.va_size = 0;
            }
        }
    }

    /// The frame offset of the variadic-argument area, at least `size` bytes.
    pub(crate) fn va_area(&mut self, size: i64) -> i64 {
        if size > self.va_size || self.va_area.is_none() {
            // Grow by allocating a new, larger area (the old one stays unused).
            let off = self.alloc_frame(size.max(8) as u64, 8);
            self.va_area = Some(off);
            self.va_size = size.max(8);
        }
        self.va_area.unwrap_or(0)
    }

    // ---- constants ----

    /// An integer constant in a register (hoisted to the entry block when
    /// used inside a loop, so loops do not rematerialize it).
    pub(crate) fn const_int(&mut self, v: u64) -> VReg {
        self.constant(v, 0)
    }

    pub(crate) fn const_f64(&mut self, v: f64) -> VReg {
        self.constant(v.to_bits(), 1)
    }

    pub(crate) fn const_f32(&mut self, v: f32) -> VReg {
        self.constant(u64::from(v.to_bits()), 2)
    }

    fn constant(&mut self, bits: u64, kind: u8) -> VReg {
        let hoist = self.loop_depth > 0;
        if hoist {
            if let Some(&r) = self.consts.get(&(bits, kind)) {
                return r;
            }
        }
        let r = self.f.vreg();
        let inst = const_inst(r, bits, kind);
        if hoist {
            self.hoisted.push((inst, self.def.loc));
            self.consts.insert((bits, kind), r);
        } else {
            self.emit(inst);
        }
        r
    }

    /// Loads a constant into a specific register.
    pub(crate) fn const_into(&mut self, dst: VReg, bits: u64, kind: u8) {
        self.emit(const_inst(dst, bits, kind));
    }

    // ---- symbols ----

    pub(crate) fn sym(&mut self, g: GlobalId) -> SymRef {
        let s = SymRef {
            tu: self.tu,
            id: g.0,
        };
        self.refs.insert(s);
        s
    }

    pub(crate) fn global(&self, g: GlobalId) -> &Global {
        &self.unit.globals[g.0 as usize]
    }

    // ---- memory ----

    /// The VM class suffix used for values of a scalar type.
    pub(crate) fn cls(&self, t: TypeId) -> Class {
        self.types.class(t)
    }

    /// Loads a scalar of type `t` from `base + off`.
    pub(crate) fn load_mem(&mut self, dst: VReg, base: VReg, off: i64, t: TypeId) {
        let (base, off) = self.fit_offset(base, off);
        let m = self.types.mem_ty(t);
        if self.types.quals(t).volatile {
            self.f.volatile_defs.push(dst);
        }
        let op = isa().op("ld", m.suffix());
        self.op(
            op,
            &[
                Opnd::Def(dst),
                Opnd::Use(base),
                Opnd::Imm(OperandValue::I32(off)),
            ],
        );
    }

    /// Stores a scalar of type `t` to `base + off`.
    pub(crate) fn store_mem(&mut self, base: VReg, off: i64, t: TypeId, v: VReg) {
        let (base, off) = self.fit_offset(base, off);
        let m = self.types.mem_ty(t);
        let op = isa().op("st", m.suffix());
        self.op(
            op,
            &[
                Opnd::Use(base),
                Opnd::Imm(OperandValue::I32(off)),
                Opnd::Use(v),
            ],
        );
    }

    /// An offset that fits the `i32` immediate of `ld`/`st`.
    fn fit_offset(&mut self, base: VReg, off: i64) -> (VReg, i32) {
        match i32::try_from(off) {
            Ok(o) => (base, o),
            Err(_) => {
                let r = self.f.vreg();
                self.add_imm(r, base, off);
                (r, 0)
            }
        }
    }

    /// `dst = src + imm` in 64 bits.
    pub(crate) fn add_imm(&mut self, dst: VReg, src: VReg, imm: i64) {
        if imm == 0 {
            self.copy(dst, src);
            return;
        }
        self.op(
            isa().op("addi", "u64"),
            &[
                Opnd::Def(dst),
                Opnd::Use(src),
                Opnd::Imm(OperandValue::U64(imm as u64)),
            ],
        );
    }

    /// The address of a place in memory.
    pub(crate) fn place_addr(&mut self, p: Place) -> VReg {
        match p {
            Place::Mem(b, 0) | Place::Bits(b, 0, ..) => b,
            Place::Mem(b, off) | Place::Bits(b, off, ..) => {
                let r = self.f.vreg();
                self.add_imm(r, b, off);
                r
            }
            Place::Reg(r) => r,
        }
    }

    /// `memcpy(dst, src, n)` for struct copies.
    pub(crate) fn copy_bytes(&mut self, dst: VReg, src: VReg, n: u64) {
        if n == 0 {
            return;
        }
        // Small aligned copies as word moves; the rest with `memcpy`.
        if n <= 32 && n.is_multiple_of(8) {
            for i in (0..n as i64).step_by(8) {
                let t = self.f.vreg();
                self.load_mem(t, src, i, ty::ULONG);
                self.store_mem(dst, i, ty::ULONG, t);
            }
            return;
        }
        let len = self.const_int(n);
        self.op(
            isa().op("memcpy", ""),
            &[Opnd::Use(dst), Opnd::Use(src), Opnd::Use(len)],
        );
    }

    /// Zeroes `n` bytes at `base + off`.
    pub(crate) fn zero_bytes(&mut self, base: VReg, off: i64, n: u64) {
        if n == 0 {
            return;
        }
        if n <= 64 && n.is_multiple_of(8) && off % 8 == 0 {
            let z = self.const_int(0);
            for i in (0..n as i64).step_by(8) {
                self.store_mem(base, off + i, ty::ULONG, z);
            }
            return;
        }
        let a = self.place_addr(Place::Mem(base, off));
        let z = self.const_int(0);
        let len = self.const_int(n);
        self.op(
            isa().op("memset", ""),
            &[Opnd::Use(a), Opnd::Use(z), Opnd::Use(len)],
        );
    }

    pub(crate) fn is_func_global(&self, g: GlobalId) -> bool {
        matches!(self.global(g).kind, GlobalKind::Func { .. })
    }
}

fn body_block() -> BlockId {
    BlockId(1)
}

/// `movi` of a constant: `kind` 0 integer bits, 1 `f64`, 2 `f32`.
pub(crate) fn const_inst(r: VReg, bits: u64, kind: u8) -> Inst {
    match kind {
        1 => Inst::op(
            isa().op("movi", "f64"),
            &[
                Opnd::Def(r),
                Opnd::Imm(OperandValue::F64(f64::from_bits(bits))),
            ],
        ),
        2 => Inst::op(
            isa().op("movi", "f32"),
            &[
                Opnd::Def(r),
                Opnd::Imm(OperandValue::F32(f32::from_bits(bits as u32))),
            ],
        ),
        _ => Inst::op(
            isa().op("movi", "i64"),
            &[Opnd::Def(r), Opnd::Imm(OperandValue::I64(bits as i64))],
        ),
    }
}

/// Symbols that only code control never reaches refers to (`if (0) f();`,
/// after a `return`): as with gcc, they need no definition, so they must not
/// become imports the host has to provide.
fn dead_only_refs(f: &Func) -> BTreeSet<SymRef> {
    let mut live = vec![false; f.blocks.len()];
    let mut work = vec![0usize];
    while let Some(b) = work.pop() {
        if b >= live.len() || live[b] {
            continue;
        }
        live[b] = true;
        work.extend(f.blocks[b].term.successors().iter().map(|s| s.0 as usize));
    }
    let mut in_live = BTreeSet::new();
    let mut in_dead = BTreeSet::new();
    for (b, blk) in f.blocks.iter().enumerate() {
        let set = if live[b] { &mut in_live } else { &mut in_dead };
        let term_inst = match &blk.term {
            Term::Br { inst, .. } | Term::Op(inst) => Some(&**inst),
            _ => None,
        };
        for inst in blk.insts.iter().map(|(i, _)| i).chain(term_inst) {
            match inst {
                Inst::Op { opnds, n, .. } => {
                    for o in &opnds[..*n as usize] {
                        if let Opnd::Data(s) | Opnd::Func(s) = o {
                            set.insert(*s);
                        }
                    }
                }
                Inst::Call {
                    callee: ir::Callee::Direct(s),
                    ..
                } => {
                    set.insert(*s);
                }
                _ => {}
            }
        }
    }
    in_dead.retain(|s| !in_live.contains(s));
    in_dead
}
