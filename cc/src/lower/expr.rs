//! Lowering expressions: values, places (lvalues), conditions and calls.

use super::{Lower, Place, Storage};
use crate::ast::*;
use crate::ir::{isa, BlockId, Callee, Inst, Opnd, Term, VReg};
use crate::types::{ty, Class, TypeId, TypeKind};
use vm::isa::{ImmType, OperandKind, OperandValue};

fn cmp_family(op: BinOp) -> &'static str {
    match op {
        BinOp::Eq => "eq",
        BinOp::Ne => "ne",
        BinOp::Lt => "lt",
        BinOp::Le => "le",
        BinOp::Gt => "gt",
        _ => "ge",
    }
}

fn swap_cmp(op: BinOp) -> BinOp {
    match op {
        BinOp::Lt => BinOp::Gt,
        BinOp::Le => BinOp::Ge,
        BinOp::Gt => BinOp::Lt,
        BinOp::Ge => BinOp::Le,
        o => o,
    }
}

fn negate_cmp(op: BinOp) -> BinOp {
    match op {
        BinOp::Eq => BinOp::Ne,
        BinOp::Ne => BinOp::Eq,
        BinOp::Lt => BinOp::Ge,
        BinOp::Le => BinOp::Gt,
        BinOp::Gt => BinOp::Le,
        _ => BinOp::Lt,
    }
}

/// An immediate of the class's type for the `*i` instruction forms.
fn imm_of(c: Class, v: u64) -> Option<OperandValue> {
    Some(match c {
        Class::I32 => OperandValue::I32(v as i32),
        Class::U32 => OperandValue::U32(v as u32),
        Class::I64 => OperandValue::I64(v as i64),
        Class::U64 => OperandValue::U64(v),
        _ => return None,
    })
}

fn arith_family(op: BinOp, signed: bool) -> &'static str {
    match op {
        BinOp::Add => "add",
        BinOp::Sub => "sub",
        BinOp::Mul => "mul",
        BinOp::Div => "div",
        BinOp::Rem => "rem",
        BinOp::Shl => "shl",
        BinOp::Shr if signed => "sar",
        BinOp::Shr => "shr",
        BinOp::BitAnd => "and",
        BinOp::BitOr => "or",
        _ => "xor",
    }
}

impl Lower<'_> {
    /// Evaluates `e` for its side effects only.
    pub(crate) fn effect(&mut self, e: &Expr) {
        let saved = self.loc;
        self.loc = e.loc;
        match &e.kind {
            ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Error => {}
            ExprKind::Cast(x) => self.effect(x),
            ExprKind::Comma(a, b) => {
                self.effect(a);
                self.effect(b);
            }
            ExprKind::IncDec { lhs, delta, .. } => {
                self.inc_dec(lhs, delta, true, false);
            }
            ExprKind::Cond(c, a, b) => {
                let (t, f, end) = (self.new_block(), self.new_block(), self.new_block());
                self.cond(c, t, f);
                self.switch_to(t);
                self.effect(a);
                self.jump_to(end);
                self.switch_to(f);
                self.effect(b);
                self.jump_to(end);
                self.switch_to(end);
            }
            ExprKind::Binary(BinOp::LogAnd | BinOp::LogOr, ..) => {
                let (t, end) = (self.new_block(), self.new_block());
                self.cond(e, t, end);
                self.switch_to(t);
                self.jump_to(end);
                self.switch_to(end);
            }
            _ if !self.types.is_void(e.ty) && is_pure_read(e) => {
                // Reading a (non-volatile) object for nothing does nothing,
                // except where it could trap: keep loads through pointers.
                if matches!(e.kind, ExprKind::Deref(_) | ExprKind::Member(..)) {
                    self.rvalue(e);
                }
            }
            _ => {
                self.rvalue_into(e, None);
            }
        }
        self.loc = saved;
    }

    /// Jumps to `to` and keeps lowering in a fresh block.
    pub(crate) fn jump_to(&mut self, to: BlockId) {
        let loc = self.loc;
        let b = self.block();
        if matches!(b.term, Term::None) {
            b.term = Term::Jmp(to);
            b.term_loc = loc;
        }
    }

    /// The value of `e` in some register.
    pub(crate) fn rvalue(&mut self, e: &Expr) -> VReg {
        self.rvalue_into(e, None)
    }

    /// The value of `e`, in `dst` when given.
    pub(crate) fn rvalue_into(&mut self, e: &Expr, dst: Option<VReg>) -> VReg {
        let saved = self.loc;
        self.loc = e.loc;
        let r = self.rvalue_inner(e, dst);
        self.loc = saved;
        r
    }

    fn out(&mut self, dst: Option<VReg>) -> VReg {
        dst.unwrap_or_else(|| self.f.vreg())
    }

    /// Moves `v` into `dst` if a destination was asked for.
    fn into(&mut self, v: VReg, dst: Option<VReg>) -> VReg {
        match dst {
            Some(d) if d != v => {
                self.copy(d, v);
                d
            }
            _ => v,
        }
    }

    fn rvalue_inner(&mut self, e: &Expr, dst: Option<VReg>) -> VReg {
        match &e.kind {
            ExprKind::Int(v) => {
                if self.types.is_float(e.ty) {
                    return self.float_const(*v as i64 as f64, e.ty, dst);
                }
                match dst {
                    Some(d) => {
                        self.const_into(d, *v, 0);
                        d
                    }
                    None => self.const_int(*v),
                }
            }
            ExprKind::Float(v) => self.float_const(*v, e.ty, dst),
            ExprKind::Local(_)
            | ExprKind::Global(_)
            | ExprKind::Deref(_)
            | ExprKind::Member(..)
            | ExprKind::CompoundLit(..) => {
                if self.types.is_func(e.ty) {
                    // A function designator used as a value (only reaches
                    // here through a cast): its address.
                    return self.addr_of(e, dst);
                }
                let p = self.place(e);
                if self.types.is_record(e.ty) || self.types.is_array(e.ty) {
                    let a = self.place_addr(p);
                    return self.into(a, dst);
                }
                let in_memory = !matches!(p, Place::Reg(_));
                let d = self.load(p, e.ty, dst);
                // Never merged with another load, moved or dropped.
                if in_memory && self.volatile_lvalue(e) {
                    self.f.volatile_defs.push(d);
                }
                d
            }
            ExprKind::AddrOf(x) => self.addr_of(x, dst),
            ExprKind::Cast(x) => {
                if self.types.is_void(e.ty) {
                    self.effect(x);
                    return self.out(dst);
                }
                let v = self.rvalue(x);
                self.convert(v, x.ty, e.ty, dst)
            }
            ExprKind::Unary(op, x) => match op {
                UnOp::LogNot => self.bool_value(e, dst),
                UnOp::Neg | UnOp::BitNot => {
                    let v = self.rvalue(x);
                    let d = self.out(dst);
                    let fam = if *op == UnOp::Neg { "neg" } else { "not" };
                    let c = self.cls(e.ty);
                    self.op(isa().op(fam, c.suffix()), &[Opnd::Def(d), Opnd::Use(v)]);
                    d
                }
            },
            ExprKind::Binary(op, a, b) => {
                if op.is_comparison() || matches!(op, BinOp::LogAnd | BinOp::LogOr) {
                    return self.bool_value(e, dst);
                }
                self.arith(*op, a, b, e.ty, dst)
            }
            ExprKind::Assign(l, r) => self.assign(l, r, dst, false),
            ExprKind::OpAssign {
                op,
                lhs,
                rhs,
                op_ty,
            } => self.op_assign(*op, lhs, rhs, *op_ty, dst),
            ExprKind::IncDec { lhs, prefix, delta } => {
                match self.inc_dec(lhs, delta, false, *prefix) {
                    Some(v) => self.into(v, dst),
                    None => self.out(dst),
                }
            }
            ExprKind::Cond(c, a, b) => {
                if let Some(fam) = self.min_max(c, a, b, e.ty) {
                    // Both arms are plain reads: no branch to mispredict.
                    let va = self.rvalue(a);
                    let vb = self.rvalue(b);
                    let d = self.out(dst);
                    let op = isa().op(fam, self.cls(e.ty).suffix());
                    self.op(op, &[Opnd::Def(d), Opnd::Use(va), Opnd::Use(vb)]);
                    return d;
                }
                if let Some(d) = self.select(c, a, b, e.ty, dst) {
                    return d;
                }
                let d = self.out(dst);
                let (t, f, end) = (self.new_block(), self.new_block(), self.new_block());
                self.cond(c, t, f);
                self.switch_to(t);
                self.rvalue_into(a, Some(d));
                self.jump_to(end);
                self.switch_to(f);
                self.rvalue_into(b, Some(d));
                self.jump_to(end);
                self.switch_to(end);
                d
            }
            ExprKind::Comma(a, b) => {
                self.effect(a);
                self.rvalue_into(b, dst)
            }
            ExprKind::Call { .. } => {
                let r = self.call(e, dst);
                r.unwrap_or_else(|| self.out(dst))
            }
            ExprKind::StmtExpr(body, last) => {
                // The value is taken before the block's cleanups run.
                let mark = self.cleanups.len();
                match &body.kind {
                    StmtKind::Block(items) => items.iter().for_each(|i| self.stmt(i)),
                    _ => self.stmt(body),
                }
                let v = match last {
                    Some(l) => self.rvalue_into(l, dst),
                    None => self.out(dst),
                };
                self.end_scope(mark);
                v
            }
            ExprKind::VaStart(ap) => {
                let p = self.place(ap);
                let v = match self.va_reg {
                    Some(r) => r,
                    None => self.const_int(0),
                };
                self.store(p, ap.ty, v);
                self.out(dst)
            }
            ExprKind::VaArg(ap) => self.va_arg(ap, e.ty, dst),
            ExprKind::Vox {
                opcode,
                args,
                has_result,
            } => self.vox(*opcode, args, *has_result, dst),
            ExprKind::VlaSize(l) => match self.storage[l.0 as usize] {
                Storage::Reg(r) => self.into(r, dst),
                _ => self.out(dst),
            },
            ExprKind::Error => self.out(dst),
        }
    }

    fn float_const(&mut self, v: f64, t: TypeId, dst: Option<VReg>) -> VReg {
        let single = self.cls(t) == Class::F32;
        match dst {
            Some(d) => {
                if single {
                    self.const_into(d, u64::from((v as f32).to_bits()), 2);
                } else {
                    self.const_into(d, v.to_bits(), 1);
                }
                d
            }
            None if single => self.const_f32(v as f32),
            None => self.const_f64(v),
        }
    }

    /// The address of an lvalue (or a function designator).
    fn addr_of(&mut self, x: &Expr, dst: Option<VReg>) -> VReg {
        if let ExprKind::Global(g) = x.kind {
            if self.is_func_global(g) {
                let s = self.sym(g);
                let d = self.out(dst);
                self.op(isa().op("fref", ""), &[Opnd::Def(d), Opnd::Func(s)]);
                return d;
            }
        }
        let p = self.place(x);
        let a = self.place_addr(p);
        self.into(a, dst)
    }

    /// Where an lvalue is.
    pub(crate) fn place(&mut self, e: &Expr) -> Place {
        match &e.kind {
            ExprKind::Local(l) => match self.storage[l.0 as usize] {
                Storage::Reg(r) => Place::Reg(r),
                Storage::Frame(off) => {
                    self.uses_fp = true;
                    Place::Mem(self.fp, off)
                }
                Storage::Indirect(r) => Place::Mem(r, 0),
            },
            ExprKind::Global(g) => {
                let s = self.sym(*g);
                let r = self.f.vreg();
                self.op(isa().op("lea", ""), &[Opnd::Def(r), Opnd::Data(s)]);
                if self.global(*g).thread_local {
                    // The running thread's copy: the thread pointer is the
                    // distance from the first thread's (in the data
                    // segment) to this thread's (see link.rs).
                    let (tp, t) = (self.f.vreg(), self.f.vreg());
                    self.op(isa().op("gettp", ""), &[Opnd::Def(tp)]);
                    self.op(
                        isa().op("add", "u64"),
                        &[Opnd::Def(t), Opnd::Use(r), Opnd::Use(tp)],
                    );
                    return Place::Mem(t, 0);
                }
                Place::Mem(r, 0)
            }
            ExprKind::Deref(p) => {
                // Fold a constant offset into the access: `p[3]`, `*(p + 4)`.
                if let ExprKind::Binary(op @ (BinOp::Add | BinOp::Sub), base, off) = &p.kind {
                    if let ExprKind::Int(k) = off.kind {
                        if self.types.is_ptr(base.ty) {
                            let k = if *op == BinOp::Add {
                                k as i64
                            } else {
                                (k as i64).wrapping_neg()
                            };
                            if i32::try_from(k).is_ok() {
                                let b = self.rvalue(base);
                                return Place::Mem(b, k);
                            }
                        }
                    }
                }
                let v = self.rvalue(p);
                Place::Mem(v, 0)
            }
            ExprKind::Member(base, m) => {
                let bp = if base.is_lvalue() {
                    self.place(base)
                } else {
                    // A member of a struct value (a call's result): its address.
                    let a = self.rvalue(base);
                    Place::Mem(a, 0)
                };
                let (b, off) = match bp {
                    Place::Mem(b, off) | Place::Bits(b, off, ..) => (b, off),
                    Place::Reg(r) => (r, 0),
                };
                match m.bits {
                    Some((bit, width)) => {
                        let size = self.types.size(base.ty);
                        Place::Bits(
                            b,
                            off,
                            u64::from(bit).wrapping_add(m.offset.wrapping_mul(8)),
                            width,
                            Some(size),
                        )
                    }
                    None => Place::Mem(b, off + m.offset as i64),
                }
            }
            ExprKind::CompoundLit(l, init) => {
                let t = self.def.locals[l.0 as usize].ty;
                self.init_local(*l, t, Some(init));
                self.place(&Expr::new(ExprKind::Local(*l), t, e.loc))
            }
            _ => {
                // Not an lvalue (a struct-valued call, conditional, ...):
                // its value is an address.
                let v = self.rvalue(e);
                Place::Mem(v, 0)
            }
        }
    }

    /// Whether reading the lvalue `e` is a volatile access: the object is
    /// declared `volatile`, is reached through a pointer to `volatile`, or
    /// is a member of such an object. (`e.ty` lost its qualifiers when the
    /// parser converted `e` to a value, so they are looked up where the
    /// object is named.)
    fn volatile_lvalue(&self, e: &Expr) -> bool {
        let vol = |t: TypeId| self.types.quals(t).volatile;
        match &e.kind {
            ExprKind::Local(l) => vol(self.def.locals[l.0 as usize].ty),
            ExprKind::Global(g) => vol(self.global(*g).ty),
            ExprKind::Deref(p) => self.types.pointee(p.ty).is_some_and(vol),
            ExprKind::Member(b, m) => m.volatile || self.volatile_lvalue(b),
            _ => vol(e.ty),
        }
    }

    /// Reads a scalar of type `t` from a place.
    pub(crate) fn load(&mut self, p: Place, t: TypeId, dst: Option<VReg>) -> VReg {
        match p {
            Place::Reg(r) => self.into(r, dst),
            Place::Mem(b, off) => {
                let d = self.out(dst);
                self.load_mem(d, b, off, t);
                d
            }
            Place::Bits(b, off, bit, width, size) => {
                let d = self.out(dst);
                // Load the bytes holding the field; `shift` is where its
                // lowest bit then is.
                let shift = match bit_window(off, bit, width, size) {
                    BitWindow::One(off, bit, unit) => {
                        self.load_mem(d, b, off, unit);
                        bit
                    }
                    BitWindow::Two(off, bit, k, span) => {
                        self.load_two_pieces(d, b, off, k, span);
                        bit
                    }
                    BitWindow::Nine(off, bit) => {
                        self.load_wide_bits(d, b, off, bit);
                        0
                    }
                };
                // Its top bit to bit 63, then back down, extending.
                let left = 64 - shift - width;
                if left > 0 {
                    self.imm_op("shli", "u64", d, d, u64::from(left));
                }
                let right = 64 - width;
                if right > 0 {
                    if self.types.is_unsigned(t) {
                        self.imm_op("shri", "u64", d, d, u64::from(right));
                    } else {
                        self.imm_op("sari", "i64", d, d, u64::from(right));
                    }
                }
                d
            }
        }
    }

    /// Writes a scalar of type `t` to a place. Returns the value as stored
    /// (for a bit-field, truncated to its width).
    pub(crate) fn store(&mut self, p: Place, t: TypeId, v: VReg) -> VReg {
        match p {
            Place::Reg(r) => {
                self.copy(r, v);
                r
            }
            Place::Mem(b, off) => {
                self.store_mem(b, off, t, v);
                v
            }
            Place::Bits(b, off, bit, width, size) => {
                match bit_window(off, bit, width, size) {
                    BitWindow::One(off, bit, unit) => self.store_bits(b, off, bit, width, unit, v),
                    BitWindow::Two(off, bit, k, span) => {
                        self.store_two_pieces(b, off, bit, width, k, span, v)
                    }
                    BitWindow::Nine(off, bit) => self.store_wide_bits(b, off, bit, width, v),
                }
                // The value of the assignment: the field's value as stored.
                let r = self.f.vreg();
                let left = 64 - width;
                self.imm_op("shli", "u64", r, v, u64::from(left));
                if self.types.is_unsigned(t) {
                    self.imm_op("shri", "u64", r, r, u64::from(left));
                } else {
                    self.imm_op("sari", "i64", r, r, u64::from(left));
                }
                r
            }
        }
    }

    /// `d = src OP imm` for a shift or mask family at 64 bits.
    fn imm_op(&mut self, fam: &str, suffix: &str, d: VReg, src: VReg, imm: u64) {
        let imm = if suffix == "i64" {
            OperandValue::I64(imm as i64)
        } else {
            OperandValue::U64(imm)
        };
        self.op(
            isa().op(fam, suffix),
            &[Opnd::Def(d), Opnd::Use(src), Opnd::Imm(imm)],
        );
    }

    /// Reads the `span` bytes at `b + off` (3, 5, 6 or 7) into the low
    /// bits of `d` as two overlapping `k`-byte loads, the first at `off`
    /// and the second ending at the last byte.
    fn load_two_pieces(&mut self, d: VReg, b: VReg, off: i64, k: u32, span: u32) {
        let unit = if k == 2 { ty::USHORT } else { ty::UINT };
        let hi = self.f.vreg();
        self.load_mem(d, b, off, unit);
        self.load_mem(hi, b, off + i64::from(span - k), unit);
        self.imm_op("shli", "u64", hi, hi, u64::from(8 * (span - k)));
        self.op(
            isa().op("or", "u64"),
            &[Opnd::Def(d), Opnd::Use(d), Opnd::Use(hi)],
        );
    }

    /// Writes the low `width` bits of `v` at `bit` of the `span` bytes at
    /// `b + off`, read and written as two overlapping `k`-byte pieces.
    #[allow(clippy::too_many_arguments)]
    fn store_two_pieces(
        &mut self,
        b: VReg,
        off: i64,
        bit: u32,
        width: u32,
        k: u32,
        span: u32,
        v: VReg,
    ) {
        let unit = if k == 2 { ty::USHORT } else { ty::UINT };
        let x = self.f.vreg();
        self.load_two_pieces(x, b, off, k, span);
        let mask = ((1u64 << width) - 1) << bit;
        self.imm_op("andi", "u64", x, x, !mask);
        let nv = self.f.vreg();
        self.imm_op("shli", "u64", nv, v, u64::from(bit));
        self.imm_op("andi", "u64", nv, nv, mask);
        self.op(
            isa().op("or", "u64"),
            &[Opnd::Def(x), Opnd::Use(x), Opnd::Use(nv)],
        );
        self.store_mem(b, off, unit, x);
        let hi = self.f.vreg();
        self.imm_op("shri", "u64", hi, x, u64::from(8 * (span - k)));
        self.store_mem(b, off + i64::from(span - k), unit, hi);
    }

    /// Reads the 9 bytes at `b + off` that hold a packed bit-field starting
    /// at `bit` (1..=7) and running past the 8th byte; leaves its bits, and
    /// garbage above them, in `d`.
    fn load_wide_bits(&mut self, d: VReg, b: VReg, off: i64, bit: u32) {
        let hi = self.f.vreg();
        self.load_mem(d, b, off, ty::ULONG);
        self.load_mem(hi, b, off + 8, ty::UCHAR);
        self.imm_op("shri", "u64", d, d, u64::from(bit));
        self.imm_op("shli", "u64", hi, hi, u64::from(64 - bit));
        self.op(
            isa().op("or", "u64"),
            &[Opnd::Def(d), Opnd::Use(d), Opnd::Use(hi)],
        );
    }

    /// Writes the low `width` bits of `v` as a packed bit-field at `bit`
    /// (1..=7) of the 9 bytes at `b + off` (`bit + width > 64`).
    fn store_wide_bits(&mut self, b: VReg, off: i64, bit: u32, width: u32, v: VReg) {
        let lo_mask = u64::MAX << bit;
        let hi_bits = bit + width - 64;
        let hi_mask = (1u64 << hi_bits) - 1;
        let lo = self.f.vreg();
        self.load_mem(lo, b, off, ty::ULONG);
        self.imm_op("andi", "u64", lo, lo, !lo_mask);
        let nv = self.f.vreg();
        self.imm_op("shli", "u64", nv, v, u64::from(bit));
        self.op(
            isa().op("or", "u64"),
            &[Opnd::Def(lo), Opnd::Use(lo), Opnd::Use(nv)],
        );
        self.store_mem(b, off, ty::ULONG, lo);
        let hi = self.f.vreg();
        self.load_mem(hi, b, off + 8, ty::UCHAR);
        self.imm_op("andi", "u64", hi, hi, !hi_mask);
        let nh = self.f.vreg();
        self.imm_op("shri", "u64", nh, v, u64::from(64 - bit));
        self.imm_op("andi", "u64", nh, nh, hi_mask);
        self.op(
            isa().op("or", "u64"),
            &[Opnd::Def(hi), Opnd::Use(hi), Opnd::Use(nh)],
        );
        self.store_mem(b, off + 8, ty::UCHAR, hi);
    }

    /// Writes the low `width` bits of `v` as the bit-field at `bit` of the
    /// unsigned `unit` at `b + off` (`bit + width` fits in it).
    fn store_bits(&mut self, b: VReg, off: i64, bit: u32, width: u32, unit: TypeId, v: VReg) {
        let old = self.f.vreg();
        self.load_mem(old, b, off, unit);
        let mask = if width >= 64 {
            u64::MAX
        } else {
            (1u64 << width) - 1
        } << bit;
        let keep = self.f.vreg();
        self.imm_op("andi", "u64", keep, old, !mask);
        let nv = self.f.vreg();
        if bit > 0 {
            self.imm_op("shli", "u64", nv, v, u64::from(bit));
            self.imm_op("andi", "u64", nv, nv, mask);
        } else {
            self.imm_op("andi", "u64", nv, v, mask);
        }
        self.op(
            isa().op("or", "u64"),
            &[Opnd::Def(nv), Opnd::Use(nv), Opnd::Use(keep)],
        );
        self.store_mem(b, off, unit, nv);
    }

    // ---- conversions ----

    /// Converts `v` (a value of type `from`) to type `to`.
    pub(crate) fn convert(&mut self, v: VReg, from: TypeId, to: TypeId, dst: Option<VReg>) -> VReg {
        let (fu, tu) = (self.types.unqual(from), self.types.unqual(to));
        if fu == tu || self.types.is_void(tu) {
            return self.into(v, dst);
        }
        let (ff, tf) = (self.types.is_float(fu), self.types.is_float(tu));
        let to_bool = matches!(self.types.ukind(tu), TypeKind::Bool);
        if to_bool {
            let d = self.out(dst);
            if ff {
                let z = if self.cls(fu) == Class::F32 {
                    self.const_f32(0.0)
                } else {
                    self.const_f64(0.0)
                };
                self.op(
                    isa().op("ne", self.cls(fu).suffix()),
                    &[Opnd::Def(d), Opnd::Use(v), Opnd::Use(z)],
                );
            } else {
                let z = self.const_int(0);
                self.op(
                    isa().op("ne", "u64"),
                    &[Opnd::Def(d), Opnd::Use(v), Opnd::Use(z)],
                );
            }
            return d;
        }
        match (ff, tf) {
            (true, true) => {
                let (a, b) = (self.cls(tu), self.cls(fu));
                if a == b {
                    return self.into(v, dst);
                }
                let d = self.out(dst);
                self.op(
                    isa().op("cvt", &format!("{}.{}", a.suffix(), b.suffix())),
                    &[Opnd::Def(d), Opnd::Use(v)],
                );
                d
            }
            (false, true) => {
                let src = self.int_cvt_class(fu);
                let d = self.out(dst);
                let t = self.cls(tu);
                self.op(
                    isa().op("cvt", &format!("{}.{}", t.suffix(), src)),
                    &[Opnd::Def(d), Opnd::Use(v)],
                );
                d
            }
            (true, false) => {
                // To the 32- or 64-bit integer, then narrow.
                let size = self.types.size(tu);
                let unsigned = self.types.is_unsigned(tu);
                let mid = match (size, unsigned) {
                    (8, true) => "u64",
                    (8, false) => "i64",
                    (4, true) => "u32",
                    _ => "i32",
                };
                let d = self.out(dst);
                let fc = self.cls(fu);
                self.op(
                    isa().op("cvt", &format!("{mid}.{}", fc.suffix())),
                    &[Opnd::Def(d), Opnd::Use(v)],
                );
                if size < 4 {
                    self.extend(d, d, size, unsigned);
                }
                d
            }
            (false, false) => {
                let (fs, ts) = (self.types.size(fu).max(1), self.types.size(tu).max(1));
                let (fun, tun) = (self.types.is_unsigned(fu), self.types.is_unsigned(tu));
                // Registers hold integers sign- or zero-extended to 64 bits,
                // so widening (or keeping 64 bits) changes nothing unless a
                // signed value becomes a wider unsigned one.
                if ts == 8 || (ts > fs && (fun || !tun)) || (ts == fs && fun == tun) {
                    return self.into(v, dst);
                }
                let d = self.out(dst);
                self.extend(d, v, ts, tun);
                d
            }
        }
    }

    /// The `cvt` source suffix for an integer type.
    fn int_cvt_class(&self, t: TypeId) -> &'static str {
        let unsigned = self.types.is_unsigned(t);
        match (self.types.size(t), unsigned) {
            (8, true) => "u64",
            (8, false) => "i64",
            (4, true) => "u32",
            // Narrower values are canonical 32-bit integers.
            _ => "i32",
        }
    }

    /// `dst` = the low `size` bytes of `v`, sign- or zero-extended.
    fn extend(&mut self, d: VReg, v: VReg, size: u64, unsigned: bool) {
        let fam = if unsigned { "zext" } else { "sext" };
        let s = match size {
            1 => "8",
            2 => "16",
            _ => "32",
        };
        self.op(isa().op(fam, s), &[Opnd::Def(d), Opnd::Use(v)]);
    }

    // ---- arithmetic ----

    /// `p < q ? p : q` and its variants on integers of type `t`: `"min"` or
    /// `"max"` when `c` compares the two arms themselves, read without side
    /// effects (locals, constants and conversions of them), in the type of
    /// the result. Ties pick equal values, so `<` and `<=` are both `min`.
    pub(crate) fn min_max(&self, c: &Expr, a: &Expr, b: &Expr, t: TypeId) -> Option<&'static str> {
        let ExprKind::Binary(op, p, q) = &c.kind else {
            return None;
        };
        let less = match op {
            BinOp::Lt | BinOp::Le => true,
            BinOp::Gt | BinOp::Ge => false,
            _ => return None,
        };
        let cls = self.cls(t);
        let int = |x: &Expr| self.types.is_integer(x.ty) && self.cls(x.ty) == cls;
        if !self.types.is_integer(t) || ![p, q, a, b].iter().all(|x| int(x)) {
            return None;
        }
        // `p < q ? p : q` is the smaller; with the arms swapped, the larger.
        let straight = if self.same_value(a, p) && self.same_value(b, q) {
            true
        } else if self.same_value(a, q) && self.same_value(b, p) {
            false
        } else {
            return None;
        };
        Some(if less == straight { "min" } else { "max" })
    }

    /// `p OP q ? a : b` for a comparison OP and arms that are plain values
    /// ([`Lower::plain`]): one compare-and-select (`sellt`, `selle`,
    /// `seleq`) instead of a branch. `p` and `q` are evaluated first, once,
    /// as the condition would be; the arms only read. Constants cost a
    /// register each, so outside loops (where they are not hoisted) only
    /// arms and operands without constants are selected.
    pub(crate) fn select(
        &mut self,
        c: &Expr,
        a: &Expr,
        b: &Expr,
        t: TypeId,
        dst: Option<VReg>,
    ) -> Option<VReg> {
        let (fam, swap, flip) = self.select_form(c, a, b, t)?;
        let ExprKind::Binary(_, p, q) = &c.kind else {
            return None;
        };
        let (vp, vq) = (self.rvalue(p), self.rvalue(q));
        let (va, vb) = (self.rvalue(a), self.rvalue(b));
        let (l, r) = if swap { (vq, vp) } else { (vp, vq) };
        let (x, y) = if flip { (vb, va) } else { (va, vb) };
        let d = self.out(dst);
        let ops = [
            Opnd::Def(d),
            Opnd::Use(l),
            Opnd::Use(r),
            Opnd::Use(x),
            Opnd::Use(y),
        ];
        self.op(isa().op(fam, self.cls(p.ty).suffix()), &ops);
        Some(d)
    }

    /// Whether [`Lower::select`] takes `c ? a : b`, and how: the family,
    /// whether `q` is compared with `p`, and whether the arms swap.
    pub(crate) fn select_form(
        &self,
        c: &Expr,
        a: &Expr,
        b: &Expr,
        t: TypeId,
    ) -> Option<(&'static str, bool, bool)> {
        let ExprKind::Binary(op, p, q) = &c.kind else {
            return None;
        };
        let (fam, swap, flip) = match op {
            BinOp::Lt => ("sellt", false, false),
            BinOp::Le => ("selle", false, false),
            BinOp::Gt => ("sellt", true, false),
            BinOp::Ge => ("selle", true, false),
            BinOp::Eq => ("seleq", false, false),
            BinOp::Ne => ("seleq", false, true),
            _ => return None,
        };
        let scalar = |x: &Expr| self.types.is_scalar(x.ty);
        if !scalar(p) || !scalar(q) || !self.types.is_scalar(t) {
            return None;
        }
        let cls = self.cls(p.ty);
        if self.cls(q.ty) != cls || !self.plain(a) || !self.plain(b) {
            return None;
        }
        let constant = |x: &Expr| matches!(x.kind, ExprKind::Int(_) | ExprKind::Float(_));
        if self.loop_depth == 0 && [p, q, a, b].iter().any(|x| constant(x)) {
            return None;
        }
        Some((fam, swap, flip))
    }

    /// A value that can be computed whether or not it is used: a scalar
    /// non-volatile local, a constant, or an integer conversion of one.
    pub(crate) fn plain(&self, x: &Expr) -> bool {
        match &x.kind {
            ExprKind::Local(_) => self.types.is_scalar(x.ty) && !self.types.quals(x.ty).volatile,
            ExprKind::Int(_) | ExprKind::Float(_) => true,
            ExprKind::Cast(y) => {
                self.types.is_integer(x.ty) && self.types.is_integer(y.ty) && self.plain(y)
            }
            _ => false,
        }
    }

    /// `x` and `y` read the same value and reading either has no effect:
    /// the same non-volatile local, equal constants, or the same conversion
    /// of such.
    fn same_value(&self, x: &Expr, y: &Expr) -> bool {
        if x.ty != y.ty {
            return false;
        }
        match (&x.kind, &y.kind) {
            (ExprKind::Local(i), ExprKind::Local(j)) => i == j && !self.types.quals(x.ty).volatile,
            (ExprKind::Int(i), ExprKind::Int(j)) => i == j,
            (ExprKind::Cast(u), ExprKind::Cast(v)) => self.same_value(u, v),
            _ => false,
        }
    }

    fn arith(&mut self, op: BinOp, a: &Expr, b: &Expr, t: TypeId, dst: Option<VReg>) -> VReg {
        let c = self.cls(t);
        let signed = c.is_signed();
        let fam = arith_family(op, signed);
        // `x op constant` with an immediate form.
        if let ExprKind::Int(k) = b.kind {
            if !c.is_float() {
                if let Some(r) = self.arith_imm(fam, c, a, k, dst) {
                    return r;
                }
            }
        }
        // Commutative `constant op x`.
        if let ExprKind::Int(k) = a.kind {
            if !c.is_float()
                && matches!(
                    op,
                    BinOp::Add | BinOp::Mul | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor
                )
            {
                if let Some(r) = self.arith_imm(fam, c, b, k, dst) {
                    return r;
                }
            }
        }
        let va = self.rvalue(a);
        let vb = self.rvalue(b);
        let d = self.out(dst);
        self.op(
            isa().op(fam, c.suffix()),
            &[Opnd::Def(d), Opnd::Use(va), Opnd::Use(vb)],
        );
        d
    }

    fn arith_imm(
        &mut self,
        fam: &str,
        c: Class,
        a: &Expr,
        k: u64,
        dst: Option<VReg>,
    ) -> Option<VReg> {
        let (ifam, k) = match fam {
            "add" => ("addi", k),
            "sub" => ("subi", k),
            "mul" => ("muli", k),
            "and" => ("andi", k),
            "or" => ("ori", k),
            "xor" => ("xori", k),
            "shl" => ("shli", k),
            "shr" => ("shri", k),
            "sar" => ("sari", k),
            // By a constant that cannot trap (not 0, not -1): one `divi`/
            // `remi`, or a shift or mask when unsigned and a power of two.
            "div" | "rem" => {
                let v = match c {
                    Class::I32 => i64::from(k as i32),
                    Class::U32 => i64::from(k as u32),
                    _ => k as i64,
                };
                if v == 0 || (v == -1 && c.is_signed()) {
                    return None;
                }
                let pow2 = (v as u64).is_power_of_two();
                let log2 = u64::from((v as u64).trailing_zeros());
                match (fam, pow2, c.is_signed()) {
                    ("div", true, false) => ("shri", log2),
                    ("rem", true, false) => ("andi", (v as u64) - 1),
                    // Signed: `divp2`/`remp2` round toward zero like `/`
                    // and `%`, without the hardware divide.
                    ("div", true, true) if v > 1 => ("divp2", log2),
                    ("rem", true, true) if v > 1 => ("remp2", log2),
                    ("div", ..) => ("divi", k),
                    _ => ("remi", k),
                }
            }
            _ => return None,
        };
        let op = isa().find(ifam, c.suffix())?;
        let imm = imm_of(c, k)?;
        let va = self.rvalue(a);
        let d = self.out(dst);
        self.op(op, &[Opnd::Def(d), Opnd::Use(va), Opnd::Imm(imm)]);
        Some(d)
    }

    /// `d = a op b` on registers in class `c`.
    pub(crate) fn bin_regs(&mut self, op: BinOp, c: Class, d: VReg, a: VReg, b: VReg) {
        let fam = arith_family(op, c.is_signed());
        self.op(
            isa().op(fam, c.suffix()),
            &[Opnd::Def(d), Opnd::Use(a), Opnd::Use(b)],
        );
    }

    /// A comparison or logical operator as a 0/1 value.
    fn bool_value(&mut self, e: &Expr, dst: Option<VReg>) -> VReg {
        if let ExprKind::Binary(op, a, b) = &e.kind {
            if op.is_comparison() {
                let c = self.cls(a.ty);
                let va = self.rvalue(a);
                let vb = self.rvalue(b);
                let d = self.out(dst);
                self.op(
                    isa().op(cmp_family(*op), c.suffix()),
                    &[Opnd::Def(d), Opnd::Use(va), Opnd::Use(vb)],
                );
                return d;
            }
        }
        if let ExprKind::Unary(UnOp::LogNot, x) = &e.kind {
            if !matches!(
                x.kind,
                ExprKind::Binary(..) | ExprKind::Unary(UnOp::LogNot, _)
            ) {
                let c = self.cls(x.ty);
                let v = self.rvalue(x);
                let z = match c {
                    Class::F64 => self.const_f64(0.0),
                    Class::F32 => self.const_f32(0.0),
                    _ => self.const_int(0),
                };
                let d = self.out(dst);
                let s = if c.is_float() { c.suffix() } else { "u64" };
                self.op(
                    isa().op("eq", s),
                    &[Opnd::Def(d), Opnd::Use(v), Opnd::Use(z)],
                );
                return d;
            }
        }
        let d = self.out(dst);
        let (t, f, end) = (self.new_block(), self.new_block(), self.new_block());
        self.cond(e, t, f);
        self.switch_to(t);
        self.const_into(d, 1, 0);
        self.jump_to(end);
        self.switch_to(f);
        self.const_into(d, 0, 0);
        self.jump_to(end);
        self.switch_to(end);
        d
    }

    /// Lowers a condition into branches to `t` (true) and `f` (false). The
    /// current block is ended.
    pub(crate) fn cond(&mut self, e: &Expr, t: BlockId, f: BlockId) {
        let saved = self.loc;
        self.loc = e.loc;
        self.cond_inner(e, t, f);
        self.loc = saved;
    }

    fn cond_inner(&mut self, e: &Expr, t: BlockId, f: BlockId) {
        match &e.kind {
            ExprKind::Int(v) => {
                self.jump_to(if *v != 0 { t } else { f });
                return;
            }
            ExprKind::Float(v) => {
                self.jump_to(if *v != 0.0 { t } else { f });
                return;
            }
            ExprKind::Binary(BinOp::LogAnd, a, b) => {
                let mid = self.new_block();
                self.cond(a, mid, f);
                self.switch_to(mid);
                self.cond(b, t, f);
                return;
            }
            ExprKind::Binary(BinOp::LogOr, a, b) => {
                let mid = self.new_block();
                self.cond(a, t, mid);
                self.switch_to(mid);
                self.cond(b, t, f);
                return;
            }
            ExprKind::Unary(UnOp::LogNot, x) => {
                self.cond(x, f, t);
                return;
            }
            ExprKind::Comma(a, b) => {
                self.effect(a);
                self.cond(b, t, f);
                return;
            }
            ExprKind::Cast(x)
                if self.types.is_integer(e.ty)
                    && self.types.is_scalar(x.ty)
                    && self.types.size(e.ty) >= self.types.size(x.ty)
                    && !self.types.is_float(x.ty) =>
            {
                // Widening (or bool) casts do not change zero-ness.
                self.cond(x, t, f);
                return;
            }
            ExprKind::Binary(op, a, b) if op.is_comparison() => {
                self.compare_branch(*op, a, b, t, f);
                return;
            }
            _ => {}
        }
        let c = self.cls(e.ty);
        let v = self.rvalue(e);
        if c.is_float() {
            // NaN is true: branch to `f` only on equality with zero.
            let z = if c == Class::F32 {
                self.const_f32(0.0)
            } else {
                self.const_f64(0.0)
            };
            let br = Inst::op(
                isa().op("beq", c.suffix()),
                &[Opnd::Use(v), Opnd::Use(z), Opnd::Block(f)],
            );
            self.terminate_br(br, t);
        } else {
            let br = Inst::op(isa().op("jnz", ""), &[Opnd::Use(v), Opnd::Block(t)]);
            self.terminate_br(br, f);
        }
    }

    pub(crate) fn terminate_br(&mut self, inst: Inst, fall: BlockId) {
        let loc = self.loc;
        let b = self.block();
        if matches!(b.term, Term::None) {
            b.term = Term::Br {
                inst: Box::new(inst),
                fall,
            };
            b.term_loc = loc;
        }
    }

    fn compare_branch(&mut self, op: BinOp, a: &Expr, b: &Expr, t: BlockId, f: BlockId) {
        let c = self.cls(a.ty);
        let (mut op, mut a, mut b) = (op, a, b);
        if matches!(a.kind, ExprKind::Int(_))
            && !matches!(b.kind, ExprKind::Int(_))
            && !c.is_float()
        {
            std::mem::swap(&mut a, &mut b);
            op = swap_cmp(op);
        }
        let fam = match op {
            BinOp::Eq => "beq",
            BinOp::Ne => "bne",
            BinOp::Lt => "blt",
            BinOp::Le => "ble",
            BinOp::Gt => "bgt",
            _ => "bge",
        };
        if let ExprKind::Int(k) = b.kind {
            if !c.is_float() {
                // Compare with zero: `jz`/`jnz` for equality.
                if k == 0 && matches!(op, BinOp::Eq | BinOp::Ne) {
                    let v = self.rvalue(a);
                    let (fam, target, fall) = if op == BinOp::Ne {
                        ("jnz", t, f)
                    } else {
                        ("jz", t, f)
                    };
                    let br = Inst::op(isa().op(fam, ""), &[Opnd::Use(v), Opnd::Block(target)]);
                    self.terminate_br(br, fall);
                    return;
                }
                if let (Some(bop), Some(imm)) =
                    (isa().find(&format!("{fam}i"), c.suffix()), imm_of(c, k))
                {
                    let v = self.rvalue(a);
                    let br = Inst::op(bop, &[Opnd::Use(v), Opnd::Imm(imm), Opnd::Block(t)]);
                    self.terminate_br(br, f);
                    return;
                }
            }
        }
        let va = self.rvalue(a);
        let vb = self.rvalue(b);
        let br = Inst::op(
            isa().op(fam, c.suffix()),
            &[Opnd::Use(va), Opnd::Use(vb), Opnd::Block(t)],
        );
        self.terminate_br(br, f);
        let _ = negate_cmp;
    }

    // ---- assignment ----

    fn assign(&mut self, l: &Expr, r: &Expr, dst: Option<VReg>, _unused: bool) -> VReg {
        if self.types.is_record(l.ty) {
            let src = self.rvalue(r);
            let p = self.place(l);
            let a = self.place_addr(p);
            let n = self.types.size(l.ty);
            self.copy_bytes(a, src, n);
            return self.into(a, dst);
        }
        let p = self.place(l);
        match p {
            Place::Reg(x) => {
                self.rvalue_into(r, Some(x));
                self.into(x, dst)
            }
            _ => {
                let v = self.rvalue(r);
                let stored = self.store(p, l.ty, v);
                self.into(stored, dst)
            }
        }
    }

    fn op_assign(
        &mut self,
        op: BinOp,
        lhs: &Expr,
        rhs: &Expr,
        op_ty: TypeId,
        dst: Option<VReg>,
    ) -> VReg {
        let p = self.place(lhs);
        let lt = lhs.ty;
        let c = self.cls(op_ty);
        // In-place on a register variable of the operation's type: `x += 1`.
        if let Place::Reg(x) = p {
            if self.types.unqual(lt) == self.types.unqual(op_ty)
                || (self.types.is_ptr(lt) && self.types.is_ptr(op_ty))
            {
                let fam = arith_family(op, c.is_signed());
                if let ExprKind::Int(k) = rhs.kind {
                    if !c.is_float() {
                        let ifam = format!("{fam}i");
                        if let (Some(o), Some(imm)) = (isa().find(&ifam, c.suffix()), imm_of(c, k))
                        {
                            self.op(o, &[Opnd::Def(x), Opnd::Use(x), Opnd::Imm(imm)]);
                            return self.into(x, dst);
                        }
                    }
                }
                let v = self.rvalue(rhs);
                self.bin_regs(op, c, x, x, v);
                return self.into(x, dst);
            }
        }
        // The right operand first, then the old value, as gcc does: in
        // `x |= f()`, f may change x.
        let pre = match rhs.kind {
            ExprKind::Int(_) => None,
            _ => Some(self.rvalue(rhs)),
        };
        let old = self.load(p, lt, None);
        let oldc = self.convert(old, lt, op_ty, None);
        let nv = self.f.vreg();
        let imm_done = match rhs.kind {
            ExprKind::Int(k) if !c.is_float() => {
                let fam = arith_family(op, c.is_signed());
                match (isa().find(&format!("{fam}i"), c.suffix()), imm_of(c, k)) {
                    (Some(o), Some(imm)) => {
                        self.op(o, &[Opnd::Def(nv), Opnd::Use(oldc), Opnd::Imm(imm)]);
                        true
                    }
                    _ => false,
                }
            }
            _ => false,
        };
        if !imm_done {
            let v = match pre {
                Some(v) => v,
                None => self.rvalue(rhs),
            };
            self.bin_regs(op, c, nv, oldc, v);
        }
        let back = self.convert(nv, op_ty, lt, None);
        let stored = self.store(p, lt, back);
        self.into(stored, dst)
    }

    /// `++`/`--`. Returns the expression's value unless only the effect is
    /// wanted.
    pub(crate) fn inc_dec(
        &mut self,
        lhs: &Expr,
        delta: &Expr,
        effect_only: bool,
        prefix: bool,
    ) -> Option<VReg> {
        let p = self.place(lhs);
        let lt = lhs.ty;
        let dt = delta.ty;
        let c = self.cls(dt);
        let same = self.types.unqual(lt) == self.types.unqual(dt)
            || (self.types.is_ptr(lt) && !c.is_float());
        if let (Place::Reg(x), true) = (p, same) {
            let old = if !effect_only && !prefix {
                let o = self.f.vreg();
                self.copy(o, x);
                Some(o)
            } else {
                None
            };
            match delta.kind {
                ExprKind::Int(k) => {
                    let imm = imm_of(c, k).unwrap_or(OperandValue::I64(k as i64));
                    self.op(
                        isa().op("addi", c.suffix()),
                        &[Opnd::Def(x), Opnd::Use(x), Opnd::Imm(imm)],
                    );
                }
                _ => {
                    let dv = self.rvalue(delta);
                    self.bin_regs(BinOp::Add, c, x, x, dv);
                }
            }
            return if effect_only {
                None
            } else {
                Some(old.unwrap_or(x))
            };
        }
        // The old value in its own register: the store below may write the
        // variable's register, and a postfix expression's value is the old one.
        let old = self.f.vreg();
        self.load(p, lt, Some(old));
        let oldc = self.convert(old, lt, dt, None);
        let nv = self.f.vreg();
        match (delta.kind.clone(), c.is_float()) {
            (ExprKind::Int(k), false) => {
                let imm = imm_of(c, k).unwrap_or(OperandValue::I64(k as i64));
                self.op(
                    isa().op("addi", c.suffix()),
                    &[Opnd::Def(nv), Opnd::Use(oldc), Opnd::Imm(imm)],
                );
            }
            _ => {
                let dv = self.rvalue(delta);
                self.bin_regs(BinOp::Add, c, nv, oldc, dv);
            }
        }
        let back = self.convert(nv, dt, lt, None);
        let stored = self.store(p, lt, back);
        if effect_only {
            None
        } else if prefix {
            Some(stored)
        } else {
            Some(old)
        }
    }

    // ---- calls ----

    /// Lowers a call; the result register (or a struct's address), or
    /// `None` for `void`.
    pub(crate) fn call(&mut self, e: &Expr, dst: Option<VReg>) -> Option<VReg> {
        let ExprKind::Call {
            callee,
            args,
            fixed,
            variadic,
        } = &e.kind
        else {
            return None;
        };
        let target = match &callee.kind {
            ExprKind::AddrOf(g) => match g.kind {
                ExprKind::Global(g) if self.is_func_global(g) => Callee::Direct(self.sym(g)),
                _ => Callee::Indirect(self.rvalue(callee)),
            },
            _ => Callee::Indirect(self.rvalue(callee)),
        };
        let mut regs = Vec::with_capacity(args.len() + 2);
        let ret_record = self.types.is_record(e.ty);
        let ret_slot = if ret_record {
            let size = self.types.size(e.ty);
            let align = self.types.align(e.ty);
            let off = self.alloc_frame(size, align);
            let a = self.f.vreg();
            let fp = self.fp;
            self.add_imm(a, fp, off);
            regs.push(a);
            Some(a)
        } else {
            None
        };
        // Evaluate every argument first (calls among them may use the
        // variadic area), then store the variadic ones.
        let mut vals = Vec::with_capacity(args.len());
        for a in args.iter() {
            let v = self.rvalue(a);
            let v = if self.types.is_record(a.ty) {
                // A private copy for the callee.
                let size = self.types.size(a.ty);
                let off = self.alloc_frame(size, self.types.align(a.ty));
                let c = self.f.vreg();
                let fp = self.fp;
                self.add_imm(c, fp, off);
                self.copy_bytes(c, v, size);
                c
            } else {
                v
            };
            vals.push(v);
        }
        let nfixed = (*fixed).min(vals.len());
        regs.extend_from_slice(&vals[..nfixed]);
        if *variadic {
            let var = &args[nfixed..];
            let size: i64 = var
                .iter()
                .map(|a| (self.types.size(a.ty).max(8) as i64 + 7) & !7)
                .sum();
            let off = self.va_area(size);
            let mut at = off;
            for (a, &v) in var.iter().zip(&vals[nfixed..]) {
                let fp = self.fp;
                if self.types.is_record(a.ty) {
                    let n = self.types.size(a.ty);
                    let d = self.f.vreg();
                    self.add_imm(d, fp, at);
                    self.copy_bytes(d, v, n);
                    at += (n.max(8) as i64 + 7) & !7;
                } else {
                    let st = if self.types.is_float(a.ty) {
                        if self.cls(a.ty) == Class::F32 {
                            ty::FLOAT
                        } else {
                            ty::DOUBLE
                        }
                    } else {
                        ty::ULONG
                    };
                    self.store_mem(fp, at, st, v);
                    at += 8;
                }
            }
            let area = self.f.vreg();
            let fp = self.fp;
            self.add_imm(area, fp, off);
            regs.push(area);
        }
        let ret = if self.types.is_void(e.ty) {
            None
        } else {
            Some(self.out(dst))
        };
        let ret = if ret_record { Some(self.f.vreg()) } else { ret };
        self.emit(Inst::Call {
            callee: target,
            args: regs,
            ret,
        });
        match ret_slot {
            Some(a) => Some(self.into(a, dst)),
            None => ret,
        }
    }

    fn va_arg(&mut self, ap: &Expr, t: TypeId, dst: Option<VReg>) -> VReg {
        let p = self.place(ap);
        // A copy: storing the advanced pointer must not change it.
        let cur = self.f.vreg();
        self.load(p, ap.ty, Some(cur));
        let size = ((self.types.size(t).max(8) + 7) & !7) as i64;
        let next = self.f.vreg();
        self.add_imm(next, cur, size);
        self.store(p, ap.ty, next);
        if self.types.is_record(t) {
            return self.into(cur, dst);
        }
        let d = self.out(dst);
        // Integers are stored widened to 64 bits; load the slot as its type
        // (little-endian: the low bytes come first).
        self.load_mem(d, cur, 0, t);
        d
    }

    fn vox(
        &mut self,
        op: vm::isa::Opcode,
        args: &[VoxArg],
        has_result: bool,
        dst: Option<VReg>,
    ) -> VReg {
        let mut ops = Vec::with_capacity(args.len() + 1);
        let d = self.out(dst);
        if has_result {
            ops.push(Opnd::Def(d));
        }
        let info = op.info();
        let mut vals = Vec::new();
        for a in args {
            if let VoxArg::Reg(e) = a {
                vals.push(self.rvalue(e));
            }
        }
        let mut vi = 0;
        for (i, a) in args.iter().enumerate() {
            let kind = info
                .operands
                .get(i + usize::from(has_result))
                .map(|o| o.kind);
            match a {
                VoxArg::Reg(_) => {
                    // `inc`-style read-write operands are not offered to C.
                    ops.push(Opnd::Use(vals[vi]));
                    vi += 1;
                }
                VoxArg::Imm(v) => ops.push(Opnd::Imm(*v)),
                VoxArg::Data(g) => {
                    let s = self.sym(*g);
                    ops.push(Opnd::Data(s));
                }
            }
            let _ = kind == Some(OperandKind::Imm(ImmType::U8));
        }
        let inst = Inst::op(op, &ops);
        if info.flags.terminator {
            self.terminate(Term::Op(Box::new(inst)));
        } else {
            self.emit(inst);
        }
        d
    }
}

/// Whether evaluating `e` only reads (so it can be skipped in a void context).
fn is_pure_read(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Local(_) | ExprKind::Global(_) | ExprKind::Int(_) | ExprKind::Float(_) => true,
        ExprKind::Member(b, _) => is_pure_read(b),
        ExprKind::Deref(p) => is_pure_read(p),
        ExprKind::AddrOf(x) => is_pure_read(x),
        ExprKind::Binary(op, a, b) if !matches!(op, BinOp::Div | BinOp::Rem) => {
            is_pure_read(a) && is_pure_read(b)
        }
        ExprKind::Unary(_, a) => is_pure_read(a),
        _ => false,
    }
}

/// A packed bit-field that straddles 8 bytes from its unit (a 63-bit field
/// at bit 18): its place moved to the byte holding its first bit, so it is
/// read and written through that byte's 8 bytes and the next one.
/// How a bit-field's bytes are read and written.
enum BitWindow {
    /// One access: `(offset, bit in it, unsigned type)`.
    One(i64, u32, TypeId),
    /// Two overlapping `k`-byte accesses covering `span` bytes from
    /// `offset`: `(offset, bit, k, span)`.
    Two(i64, u32, u32, u32),
    /// Nine bytes from `offset`: `(offset, bit)`.
    Nine(i64, u32),
}

/// Where a bit-field of `width` bits at `bit` of the object at `off` is
/// read and written: the narrowest 1-, 2-, 4- or 8-byte window that holds
/// its bytes and ends at its last byte, or else starts at the object if the
/// object (of `size` bytes, when known) is that long; else its exact bytes
/// in two pieces. So nothing outside the object is touched: a field at the
/// end of a packed struct that ends its memory is read without a trap.
fn bit_window(off: i64, bit: u64, width: u32, size: Option<u64>) -> BitWindow {
    let (b0, b1) = (bit / 8, (bit + u64::from(width) - 1) / 8);
    let span = (b1 - b0 + 1) as u32;
    let (bytes, unit) = match span {
        1 => (1, ty::UCHAR),
        2 => (2, ty::USHORT),
        3 | 4 => (4, ty::UINT),
        5..=8 => (8, ty::ULONG),
        _ => return BitWindow::Nine(off.wrapping_add(b0 as i64), (bit % 8) as u32),
    };
    if b1 + 1 >= bytes {
        let start = b1 + 1 - bytes;
        return BitWindow::One(
            off.wrapping_add(start as i64),
            (bit - 8 * start) as u32,
            unit,
        );
    }
    if size.is_some_and(|n| n >= bytes) {
        return BitWindow::One(off, bit as u32, unit);
    }
    BitWindow::Two(
        off.wrapping_add(b0 as i64),
        (bit % 8) as u32,
        bytes as u32 / 2,
        span,
    )
}
