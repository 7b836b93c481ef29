//! Expressions: parsing, typing, the implicit conversions of C99 6.3, and
//! constant folding as each node is built.

use super::lit::{self, Encoding, Number};
use super::{Binding, ConvFor, Parser};
use crate::ast::*;
use crate::source::Loc;
use crate::token::{kw, Punct, Sym, TokKind};
use crate::types::{ty, Class, FuncType, TypeId, TypeKind};
use std::rc::Rc;

/// The canonical 64-bit register representation of an integer of type `t`
/// holding the low bits of `v`: sign- or zero-extended from its width.
pub(crate) fn canon(types: &crate::types::Types, v: u64, t: TypeId) -> u64 {
    if matches!(types.ukind(t), TypeKind::Bool) {
        return u64::from(v != 0);
    }
    let size = types.size(t);
    let unsigned = types.is_unsigned(t);
    match (size, unsigned) {
        (1, false) => v as i8 as i64 as u64,
        (1, true) => v as u8 as u64,
        (2, false) => v as i16 as i64 as u64,
        (2, true) => v as u16 as u64,
        (4, false) => v as i32 as i64 as u64,
        (4, true) => v as u32 as u64,
        _ => v,
    }
}

impl Parser<'_> {
    // ---- conversions ----

    /// The value of an expression (lvalue conversion, array and function
    /// decay): what an operand of most operators sees.
    pub(crate) fn rval(&mut self, mut e: Expr) -> Expr {
        match self.types.ukind(e.ty).clone() {
            TypeKind::Array(elem, _) | TypeKind::Vla(elem, _) => {
                self.mark_addr_taken(&e);
                let t = self.types.ptr(elem);
                let loc = e.loc;
                Expr::new(ExprKind::AddrOf(Box::new(e)), t, loc)
            }
            TypeKind::Func(_) => {
                let t = self.types.ptr(e.ty);
                let loc = e.loc;
                Expr::new(ExprKind::AddrOf(Box::new(e)), t, loc)
            }
            TypeKind::Record(_) if !self.types.is_complete(e.ty) && e.is_lvalue() => {
                // Reading an object of a type never completed (`(void)v`,
                // `*p` with `struct s *p`): there is no value to read.
                let n = self.ty_name(e.ty);
                self.error_at(e.loc, format!("invalid use of incomplete type `{n}`"));
                Expr::new(ExprKind::Error, ty::INT, e.loc)
            }
            _ => {
                e.ty = self.types.unqual(e.ty);
                match self.bitfield_value_type(&e) {
                    Some(t) => self.conv(e, t),
                    None => e,
                }
            }
        }
    }

    /// The type of the value of a bit-field lvalue `e`, where it differs
    /// from the declared type, as in gcc: `unsigned u:3` (and `unsigned long
    /// u:20`) promote to `int` (C99 6.3.1.1p2), a 32-bit unsigned one is
    /// `unsigned`. It is also the type of an assignment to the bit-field
    /// (`(s.u = 0) >= -1` compares ints: 6.5.16p3).
    fn bitfield_value_type(&self, e: &Expr) -> Option<TypeId> {
        let ExprKind::Member(
            _,
            MemberRef {
                bits: Some((_, w)), ..
            },
        ) = e.kind
        else {
            return None;
        };
        let t = self.types.unqual(e.ty);
        let narrow = self.types.is_integer(t)
            && !matches!(self.types.ukind(t), TypeKind::Bool)
            && self.types.size(t) >= 4
            && w <= 32;
        narrow.then(|| {
            if w == 32 && self.types.is_unsigned(t) {
                ty::UINT
            } else {
                ty::INT
            }
        })
    }

    /// An assignment, compound assignment or increment `e` of the lvalue
    /// `lhs`, typed as the bit-field's value when `lhs` is one.
    fn bitfield_result(&mut self, lhs_bits: Option<TypeId>, e: Expr) -> Expr {
        match lhs_bits {
            Some(t) => self.conv(e, t),
            None => e,
        }
    }

    /// Marks the variable an lvalue names as living in memory (its address
    /// is taken).
    pub(crate) fn mark_addr_taken(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Local(l) => {
                let l = *l;
                self.local_mut(l).in_memory = true;
            }
            ExprKind::Member(b, _) => self.mark_addr_taken(b),
            ExprKind::CompoundLit(l, _) => {
                let l = *l;
                self.local_mut(l).in_memory = true;
            }
            _ => {}
        }
    }

    /// Converts a value to `to` (an explicit node unless nothing changes),
    /// folding constants.
    pub(crate) fn conv(&mut self, e: Expr, to: TypeId) -> Expr {
        let to_u = self.types.unqual(to);
        let from = self.types.unqual(e.ty);
        if from == to_u {
            return e;
        }
        if self.types.is_void(to_u) {
            let loc = e.loc;
            return Expr::new(ExprKind::Cast(Box::new(e)), to_u, loc);
        }
        if self.types.is_complex(to_u) || self.types.is_complex(from) {
            return self.complex_conv(e, to_u);
        }
        let loc = e.loc;
        // An address computed from a constant pointer, as the traditional
        // `offsetof`, `(size_t)&((T *)0)->m`, is: an integer constant, as
        // gcc takes it (array sizes, enumerators, case labels).
        if self.types.is_integer(to_u) && self.types.is_ptr(from) {
            if let Some(v) = self.const_addr(&e) {
                let v = if matches!(self.types.ukind(to_u), TypeKind::Bool) {
                    u64::from(v != 0)
                } else {
                    v
                };
                return Expr::int(canon(self.types, v, to_u), to_u, loc);
            }
        }
        // Fold constants.
        match e.kind {
            ExprKind::Int(v) if self.types.is_scalar(to_u) => {
                let from_unsigned = self.types.is_unsigned(from);
                return if self.types.is_float(to_u) {
                    let f = if from_unsigned {
                        v as f64
                    } else {
                        v as i64 as f64
                    };
                    let f = if self.types.class(to_u) == Class::F32 {
                        if from_unsigned {
                            f64::from(v as f32)
                        } else {
                            f64::from(v as i64 as f32)
                        }
                    } else {
                        f
                    };
                    Expr::new(ExprKind::Float(f), to_u, loc)
                } else {
                    Expr::int(canon(self.types, v, to_u), to_u, loc)
                };
            }
            ExprKind::Float(f) if self.types.is_arith(to_u) => {
                return if self.types.is_float(to_u) {
                    let f = if self.types.class(to_u) == Class::F32 {
                        f64::from(f as f32)
                    } else {
                        f
                    };
                    Expr::new(ExprKind::Float(f), to_u, loc)
                } else if matches!(self.types.ukind(to_u), TypeKind::Bool) {
                    Expr::int(u64::from(f != 0.0), to_u, loc)
                } else {
                    // As the code does at run time (the `cvt` the lowering
                    // picks saturates), so a constant converts the same way
                    // as a variable even out of range, where C leaves it
                    // undefined.
                    let bits = match (self.types.size(to_u), self.types.is_unsigned(to_u)) {
                        (8, true) => f as u64,
                        (8, false) => f as i64 as u64,
                        (4, true) => u64::from(f as u32),
                        _ => f as i32 as i64 as u64,
                    };
                    Expr::int(canon(self.types, bits, to_u), to_u, loc)
                };
            }
            _ => {}
        }
        // Conversions that change nothing in a register: between pointers,
        // and between pointers and 64-bit integers, keep the node so the
        // type is right but cost nothing in the lowering.
        Expr::new(ExprKind::Cast(Box::new(e)), to_u, loc)
    }

    /// Integer promotion of an arithmetic value.
    pub(crate) fn promote(&mut self, e: Expr) -> Expr {
        if self.types.is_integer(e.ty) {
            let t = self.types.promote(e.ty);
            self.conv(e, t)
        } else {
            e
        }
    }

    /// The usual arithmetic conversions of two values.
    fn arith_pair(&mut self, a: Expr, b: Expr) -> (Expr, Expr, TypeId) {
        let t = self.types.common(a.ty, b.ty);
        (self.conv(a, t), self.conv(b, t), t)
    }

    /// Whether `e` is a null pointer constant.
    pub(crate) fn is_null_const(&self, e: &Expr) -> bool {
        match &e.kind {
            // `(void *)0` is folded to a constant of type `void *`.
            ExprKind::Int(0) => {
                self.types.is_integer(e.ty)
                    || self
                        .types
                        .pointee(e.ty)
                        .is_some_and(|p| self.types.is_void(p) && self.types.quals(p).is_empty())
            }
            ExprKind::Cast(inner) => {
                self.types
                    .pointee(e.ty)
                    .is_some_and(|p| self.types.is_void(p))
                    && self.is_null_const(inner)
            }
            _ => false,
        }
    }

    /// Conversion as if by assignment (assignment, initialization, argument
    /// passing, return), with the diagnostics compilers give.
    pub(crate) fn assign_conv(&mut self, to: TypeId, e: Expr, what: ConvFor) -> Expr {
        let e = self.rval(e);
        let to_u = self.types.unqual(to);
        if matches!(e.kind, ExprKind::Error) {
            // Already reported.
            return Expr::new(ExprKind::Error, to_u, e.loc);
        }
        let from = e.ty;
        let loc = e.loc;
        if self.types.is_arith_or_complex(to_u) && self.types.is_arith_or_complex(from) {
            return self.conv(e, to_u);
        }
        if self.types.is_ptr(to_u) {
            if self.is_null_const(&e) {
                return self.conv(e, to_u);
            }
            if self.types.is_ptr(from) {
                let (tp, fp) = (
                    self.types.pointee(to_u).unwrap_or(ty::VOID),
                    self.types.pointee(from).unwrap_or(ty::VOID),
                );
                let compatible = self.types.is_void(tp)
                    || self.types.is_void(fp)
                    || self
                        .types
                        .compatible(self.types.unqual(tp), self.types.unqual(fp));
                if !compatible {
                    let (a, b) = (self.ty_name(from), self.ty_name(to_u));
                    self.warn(
                        loc,
                        format!(
                            "{} from incompatible pointer type `{a}`",
                            self.conversion(what, to_u, None)
                        ),
                    );
                    let _ = b;
                } else {
                    let (tq, fq) = (self.types.quals(tp), self.types.quals(fp));
                    if (fq.konst && !tq.konst) || (fq.volatile && !tq.volatile) {
                        let msg = self.conversion(what, to_u, Some(from));
                        self.warn(
                            loc,
                            format!("{msg} discards qualifiers from the pointer target type"),
                        );
                    }
                }
                return self.conv(e, to_u);
            }
            if self.types.is_integer(from) {
                let msg = self.conversion(what, to_u, Some(from));
                self.warn(
                    loc,
                    format!("{msg} makes pointer from integer without a cast"),
                );
                return self.conv(e, to_u);
            }
        }
        if self.types.is_integer(to_u) && self.types.is_ptr(from) {
            if !matches!(self.types.ukind(to_u), TypeKind::Bool) {
                let msg = self.conversion(what, to_u, Some(from));
                self.warn(
                    loc,
                    format!("{msg} makes integer from pointer without a cast"),
                );
            }
            return self.conv(e, to_u);
        }
        if self.types.is_record(to_u) && self.types.unqual(from) == to_u {
            return e;
        }
        if self.types.is_void(from) {
            self.error_at(loc, "void value not ignored as it ought to be");
            return Expr::new(ExprKind::Error, to_u, loc);
        }
        let (a, b) = (self.ty_name(from), self.ty_name(to_u));
        let _ = b;
        let msg = self.conversion(what, to_u, None);
        self.error_at(loc, format!("incompatible types in {msg} from `{a}`"));
        Expr::new(ExprKind::Error, to_u, loc)
    }

    /// How a diagnostic names an implicit conversion, as gcc does:
    /// "initialization of `int *` from `int`", "passing argument 1 of `f`".
    fn conversion(&self, what: ConvFor, to: TypeId, from: Option<TypeId>) -> String {
        let what = match what {
            ConvFor::Op(what) => what,
            ConvFor::Arg(i, callee) => {
                return format!("passing argument {i} of {}", self.callee_name(callee))
            }
        };
        let t = self.ty_name(to);
        match from {
            Some(f) => format!("{what} of `{t}` from `{}`", self.ty_name(f)),
            None => format!("{what} of `{t}`"),
        }
    }

    /// Condition of `if`, loops, `!`, `&&`, `||`, `?:`: a scalar value.
    pub(crate) fn scalar_cond(&mut self, e: Expr) -> Expr {
        let e = self.rval(e);
        if let Some(elem) = self.types.complex_elem(e.ty) {
            let z = Expr::new(ExprKind::Float(0.0), elem, e.loc);
            let loc = e.loc;
            return self.complex_binary(BinOp::Ne, e, z, loc);
        }
        if !self.types.is_scalar(e.ty) && !matches!(e.kind, ExprKind::Error) {
            let n = self.ty_name(e.ty);
            self.error_at(e.loc, format!("used `{n}` where a scalar is required"));
            return Expr::int(1, ty::INT, e.loc);
        }
        e
    }

    /// The value of a pointer computed from a constant one by taking
    /// members and adding constants (`&((T *)0)->a.b`), if `e` is one.
    fn const_addr(&self, e: &Expr) -> Option<u64> {
        match &e.kind {
            ExprKind::Int(v) => Some(*v),
            ExprKind::Cast(inner) if self.types.is_ptr(inner.ty) => self.const_addr(inner),
            ExprKind::AddrOf(lv) => self.const_lvalue_addr(lv),
            ExprKind::Binary(op @ (BinOp::Add | BinOp::Sub), p, k) if self.types.is_ptr(p.ty) => {
                let (base, k) = (self.const_addr(p)?, self.const_int(k)? as u64);
                Some(if *op == BinOp::Add {
                    base.wrapping_add(k)
                } else {
                    base.wrapping_sub(k)
                })
            }
            _ => None,
        }
    }

    /// The address of an lvalue made of members of `*p` for a constant `p`.
    fn const_lvalue_addr(&self, lv: &Expr) -> Option<u64> {
        match &lv.kind {
            ExprKind::Member(base, m) if m.bits.is_none() => {
                Some(self.const_lvalue_addr(base)?.wrapping_add(m.offset))
            }
            ExprKind::Deref(p) => self.const_addr(p),
            _ => None,
        }
    }

    /// Value of an integer constant expression, if `e` is one.
    pub(crate) fn const_int(&self, e: &Expr) -> Option<i64> {
        match &e.kind {
            ExprKind::Int(v) if self.types.is_integer(e.ty) => Some(*v as i64),
            _ => None,
        }
    }

    // ---- expressions by precedence ----

    /// `expr , expr`
    pub(crate) fn expr(&mut self) -> Expr {
        self.chain_start();
        let mut e = self.assign_expr();
        while self.at(Punct::Comma) {
            let loc = self.next().loc;
            let r = self.assign_expr();
            let r = self.rval(r);
            let t = r.ty;
            e = Expr::new(ExprKind::Comma(Box::new(e), Box::new(r)), t, loc);
            if !self.grow_chain(loc) {
                break;
            }
        }
        self.chain_end();
        e
    }

    /// Assignment expressions.
    pub(crate) fn assign_expr(&mut self) -> Expr {
        if !self.enter() {
            return Expr::new(ExprKind::Error, ty::INT, self.loc());
        }
        let e = self.assign_expr_inner();
        self.leave();
        e
    }

    fn assign_expr_inner(&mut self) -> Expr {
        let lhs = self.cond_expr();
        let t = self.peek();
        let op = match t.kind {
            TokKind::Punct(Punct::Assign) => None,
            TokKind::Punct(Punct::PlusAssign) => Some(BinOp::Add),
            TokKind::Punct(Punct::MinusAssign) => Some(BinOp::Sub),
            TokKind::Punct(Punct::StarAssign) => Some(BinOp::Mul),
            TokKind::Punct(Punct::SlashAssign) => Some(BinOp::Div),
            TokKind::Punct(Punct::PercentAssign) => Some(BinOp::Rem),
            TokKind::Punct(Punct::ShlAssign) => Some(BinOp::Shl),
            TokKind::Punct(Punct::ShrAssign) => Some(BinOp::Shr),
            TokKind::Punct(Punct::AmpAssign) => Some(BinOp::BitAnd),
            TokKind::Punct(Punct::CaretAssign) => Some(BinOp::BitXor),
            TokKind::Punct(Punct::PipeAssign) => Some(BinOp::BitOr),
            _ => return lhs,
        };
        self.next();
        let rhs = self.assign_expr();
        self.check_modifiable(&lhs, t.loc);
        let lt = self.types.unqual(lhs.ty);
        let bits = self.bitfield_value_type(&lhs);
        let e = match op {
            None => {
                let rhs = self.assign_conv(lt, rhs, ConvFor::Op("assignment"));
                Expr::new(ExprKind::Assign(Box::new(lhs), Box::new(rhs)), lt, t.loc)
            }
            Some(op) => self.op_assign(op, lhs, rhs, t.loc),
        };
        self.bitfield_result(bits, e)
    }

    fn op_assign(&mut self, op: BinOp, lhs: Expr, rhs: Expr, loc: Loc) -> Expr {
        let lt = self.types.unqual(lhs.ty);
        let rhs = self.rval(rhs);
        if self.types.is_vector(lt) || self.types.is_vector(rhs.ty) {
            return self.vector_op_assign(op, lhs, rhs, loc);
        }
        if (self.types.is_complex(lt) || self.types.is_complex(rhs.ty))
            && self.types.is_arith_or_complex(lt)
            && self.types.is_arith_or_complex(rhs.ty)
        {
            return self.complex_op_assign(op, lhs, rhs, loc);
        }
        if self.types.is_ptr(lt) && matches!(op, BinOp::Add | BinOp::Sub) {
            if !self.types.is_integer(rhs.ty) {
                self.error_at(rhs.loc, "invalid operand to pointer compound assignment");
                return Expr::new(ExprKind::Error, lt, loc);
            }
            let scaled = self.scaled_offset(lt, rhs);
            return Expr::new(
                ExprKind::OpAssign {
                    op,
                    lhs: Box::new(lhs),
                    rhs: Box::new(scaled),
                    op_ty: lt,
                },
                lt,
                loc,
            );
        }
        if !self.types.is_arith(lt) || !self.types.is_arith(rhs.ty) {
            let (a, b) = (self.ty_name(lt), self.ty_name(rhs.ty));
            self.error_at(
                loc,
                format!("invalid operands to compound assignment (`{a}` and `{b}`)"),
            );
            return Expr::new(ExprKind::Error, lt, loc);
        }
        let needs_int = matches!(
            op,
            BinOp::Rem | BinOp::Shl | BinOp::Shr | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor
        );
        if needs_int && (!self.types.is_integer(lt) || !self.types.is_integer(rhs.ty)) {
            self.error_at(
                loc,
                "invalid operands: this compound assignment needs integers",
            );
            return Expr::new(ExprKind::Error, lt, loc);
        }
        let op_ty = if matches!(op, BinOp::Shl | BinOp::Shr) {
            self.types.promote(lt)
        } else {
            self.types.common(self.types.promote(lt), rhs.ty)
        };
        let rhs = if matches!(op, BinOp::Shl | BinOp::Shr) {
            let r = self.promote(rhs);
            self.conv(r, op_ty)
        } else {
            self.conv(rhs, op_ty)
        };
        Expr::new(
            ExprKind::OpAssign {
                op,
                lhs: Box::new(lhs),
                rhs: Box::new(rhs),
                op_ty,
            },
            lt,
            loc,
        )
    }

    /// Reports assignment to something that is not a modifiable lvalue.
    pub(crate) fn check_modifiable(&mut self, e: &Expr, loc: Loc) {
        if matches!(e.kind, ExprKind::Error) {
            return;
        }
        if !e.is_lvalue() {
            self.error_at(loc, "expression is not assignable (not an lvalue)");
            return;
        }
        if self.types.is_array(e.ty) {
            self.error_at(loc, "array type is not assignable");
            return;
        }
        if self.types.quals(e.ty).konst || self.record_has_const(e.ty) {
            let what = match &e.kind {
                ExprKind::Local(l) => format!("variable `{}`", self.str(self.local(*l).name)),
                ExprKind::Global(g) => format!("variable `{}`", self.str(self.global(*g).name)),
                _ => "read-only location".into(),
            };
            self.error_at(
                loc,
                format!("cannot assign to {what} with const-qualified type"),
            );
        }
    }

    fn record_has_const(&self, t: TypeId) -> bool {
        self.types.record(t).is_some_and(|r| {
            r.fields
                .iter()
                .any(|f| self.types.quals(f.ty).konst || self.record_has_const(f.ty))
        })
    }

    /// `c ? a : b`
    pub(crate) fn cond_expr(&mut self) -> Expr {
        let c = self.binary_expr(0);
        if !self.at(Punct::Question) {
            return c;
        }
        let loc = self.next().loc;
        let c = self.scalar_cond(c);
        // GNU `a ?: b`
        if self.eat(Punct::Colon) {
            let b = self.cond_expr();
            let b = self.rval(b);
            // Evaluates `a` once: only for side-effect-free conditions do we
            // duplicate it; otherwise use a temporary.
            return self.gnu_elvis(c, b, loc);
        }
        let a = self.expr();
        self.expect(Punct::Colon, "in conditional expression");
        let b = self.cond_expr();
        self.conditional(c, a, b, loc)
    }

    fn gnu_elvis(&mut self, c: Expr, b: Expr, loc: Loc) -> Expr {
        let t = c.ty;
        if self.func.is_none() || is_pure(&c) {
            let a = c.clone();
            return self.conditional(c, a, b, loc);
        }
        let name = self.sess.interner.intern(".elvis");
        let tmp = self.new_local(name, t, loc);
        let set = Expr::new(
            ExprKind::Assign(
                Box::new(Expr::new(ExprKind::Local(tmp), t, loc)),
                Box::new(c),
            ),
            t,
            loc,
        );
        let a = Expr::new(ExprKind::Local(tmp), t, loc);
        self.conditional(set, a, b, loc)
    }

    pub(crate) fn conditional(&mut self, c: Expr, a: Expr, b: Expr, loc: Loc) -> Expr {
        let (a, b) = (self.rval(a), self.rval(b));
        let (at, bt) = (a.ty, b.ty);
        let t = if self.types.is_arith(at) && self.types.is_arith(bt) {
            self.types.common(at, bt)
        } else if self.types.is_arith_or_complex(at) && self.types.is_arith_or_complex(bt) {
            let (ra, rb) = (
                self.types.complex_elem(at).unwrap_or(at),
                self.types.complex_elem(bt).unwrap_or(bt),
            );
            let e = self.types.common(ra, rb);
            let e = if self.types.is_float(e) {
                e
            } else {
                ty::DOUBLE
            };
            self.types.complex(e)
        } else if self.types.is_void(at) || self.types.is_void(bt) {
            ty::VOID
        } else if self.types.is_ptr(at) && self.is_null_const(&b) {
            at
        } else if self.types.is_ptr(bt) && self.is_null_const(&a) {
            bt
        } else if self.types.is_ptr(at) && self.types.is_ptr(bt) {
            let (pa, pb) = (
                self.types.pointee(at).unwrap_or(ty::VOID),
                self.types.pointee(bt).unwrap_or(ty::VOID),
            );
            let q = self.types.quals(pa).union(self.types.quals(pb));
            if self.types.is_void(pa) || self.types.is_void(pb) {
                let v = self.types.qualify(ty::VOID, q);
                self.types.ptr(v)
            } else {
                if !self
                    .types
                    .compatible(self.types.unqual(pa), self.types.unqual(pb))
                {
                    self.warn(loc, "pointer type mismatch in conditional expression");
                }
                let base = self.types.unqual(pa);
                let p = self.types.qualify(base, q);
                self.types.ptr(p)
            }
        } else if self.types.is_record(at) && self.types.unqual(at) == self.types.unqual(bt) {
            self.types.unqual(at)
        } else if (self.types.is_ptr(at) && self.types.is_integer(bt))
            || (self.types.is_integer(at) && self.types.is_ptr(bt))
        {
            self.warn(
                loc,
                "pointer/integer type mismatch in conditional expression",
            );
            if self.types.is_ptr(at) {
                at
            } else {
                bt
            }
        } else {
            let (x, y) = (self.ty_name(at), self.ty_name(bt));
            self.error_at(
                loc,
                format!("incompatible operand types in conditional expression (`{x}` and `{y}`)"),
            );
            return Expr::new(ExprKind::Error, ty::INT, loc);
        };
        let (a, b) =
            if self.types.is_void(t) || (self.types.is_record(t) && !self.types.is_complex(t)) {
                (a, b)
            } else {
                (self.conv(a, t), self.conv(b, t))
            };
        // Fold a constant condition (keeping the type).
        if let ExprKind::Int(v) = c.kind {
            let mut chosen = if v != 0 { a } else { b };
            chosen.ty = t;
            if chosen.is_lvalue() {
                // Still a value, not the object: `(1 ? x : y) = 0` and
                // `(1 ? x : y).d = 0` are refused as without the folding.
                let zero = Expr::int(0, ty::INT, loc);
                chosen = Expr::new(ExprKind::Comma(Box::new(zero), Box::new(chosen)), t, loc);
            }
            return chosen;
        }
        Expr::new(
            ExprKind::Cond(Box::new(c), Box::new(a), Box::new(b)),
            t,
            loc,
        )
    }

    /// Binary operators by precedence climbing; `min` is the lowest
    /// precedence accepted.
    fn binary_expr(&mut self, min: u8) -> Expr {
        self.chain_start();
        let e = self.binary_chain(min);
        self.chain_end();
        e
    }

    /// [`Parser::binary_expr`] inside [`Parser::chain_start`].
    fn binary_chain(&mut self, min: u8) -> Expr {
        let mut lhs = self.cast_expr();
        loop {
            let t = self.peek();
            let (op, prec) = match t.kind {
                TokKind::Punct(p) => match p {
                    Punct::PipePipe => (BinOp::LogOr, 1),
                    Punct::AmpAmp => (BinOp::LogAnd, 2),
                    Punct::Pipe => (BinOp::BitOr, 3),
                    Punct::Caret => (BinOp::BitXor, 4),
                    Punct::Amp => (BinOp::BitAnd, 5),
                    Punct::EqEq => (BinOp::Eq, 6),
                    Punct::Ne => (BinOp::Ne, 6),
                    Punct::Lt => (BinOp::Lt, 7),
                    Punct::Gt => (BinOp::Gt, 7),
                    Punct::Le => (BinOp::Le, 7),
                    Punct::Ge => (BinOp::Ge, 7),
                    Punct::Shl => (BinOp::Shl, 8),
                    Punct::Shr => (BinOp::Shr, 8),
                    Punct::Plus => (BinOp::Add, 9),
                    Punct::Minus => (BinOp::Sub, 9),
                    Punct::Star => (BinOp::Mul, 10),
                    Punct::Slash => (BinOp::Div, 10),
                    Punct::Percent => (BinOp::Rem, 10),
                    _ => return lhs,
                },
                _ => return lhs,
            };
            if prec < min.max(1) {
                return lhs;
            }
            self.next();
            if !self.enter() {
                return lhs;
            }
            let rhs = self.binary_expr(prec + 1);
            self.leave();
            lhs = self.binary(op, lhs, rhs, t.loc);
            if !self.grow_chain(t.loc) {
                return lhs;
            }
        }
    }

    /// Builds a binary operation with its conversions.
    pub(crate) fn binary(&mut self, op: BinOp, a: Expr, b: Expr, loc: Loc) -> Expr {
        let (a, b) = (self.rval(a), self.rval(b));
        if matches!(a.kind, ExprKind::Error) || matches!(b.kind, ExprKind::Error) {
            return Expr::new(ExprKind::Error, ty::INT, loc);
        }
        if self.types.is_vector(a.ty) || self.types.is_vector(b.ty) {
            return self.vector_binary(op, a, b, loc);
        }
        if (self.types.is_complex(a.ty) || self.types.is_complex(b.ty))
            && !matches!(op, BinOp::LogAnd | BinOp::LogOr)
        {
            return self.complex_binary(op, a, b, loc);
        }
        match op {
            BinOp::LogAnd | BinOp::LogOr => {
                let (a, b) = (self.scalar_cond(a), self.scalar_cond(b));
                if let (ExprKind::Int(x), true) = (&a.kind, true) {
                    // Fold when the left side decides, or both are constant.
                    let xa = *x != 0;
                    if op == BinOp::LogAnd && !xa {
                        return Expr::int(0, ty::INT, loc);
                    }
                    if op == BinOp::LogOr && xa {
                        return Expr::int(1, ty::INT, loc);
                    }
                    if let ExprKind::Int(y) = b.kind {
                        return Expr::int(u64::from(y != 0), ty::INT, loc);
                    }
                }
                Expr::new(ExprKind::Binary(op, Box::new(a), Box::new(b)), ty::INT, loc)
            }
            BinOp::Add | BinOp::Sub if self.types.is_ptr(a.ty) || self.types.is_ptr(b.ty) => {
                self.pointer_arith(op, a, b, loc)
            }
            _ if op.is_comparison() => self.comparison(op, a, b, loc),
            _ => {
                let int_only = matches!(
                    op,
                    BinOp::Rem
                        | BinOp::Shl
                        | BinOp::Shr
                        | BinOp::BitAnd
                        | BinOp::BitOr
                        | BinOp::BitXor
                );
                let ok = if int_only {
                    self.types.is_integer(a.ty) && self.types.is_integer(b.ty)
                } else {
                    self.types.is_arith(a.ty) && self.types.is_arith(b.ty)
                };
                if !ok {
                    let (x, y) = (self.ty_name(a.ty), self.ty_name(b.ty));
                    self.error_at(
                        loc,
                        format!(
                            "invalid operands to binary `{}` (`{x}` and `{y}`)",
                            binop_text(op)
                        ),
                    );
                    return Expr::new(ExprKind::Error, ty::INT, loc);
                }
                let (a, b, t) = if matches!(op, BinOp::Shl | BinOp::Shr) {
                    let a = self.promote(a);
                    let b = self.promote(b);
                    let t = a.ty;
                    let b = self.conv(b, t);
                    (a, b, t)
                } else {
                    self.arith_pair(a, b)
                };
                self.fold_arith(op, a, b, t, loc)
            }
        }
    }

    /// Arithmetic on two values already converted to `t`, folded when both
    /// are constants (except division by zero and out-of-range shifts,
    /// which are left for run time).
    pub(crate) fn fold_arith(&mut self, op: BinOp, a: Expr, b: Expr, t: TypeId, loc: Loc) -> Expr {
        match (&a.kind, &b.kind) {
            (ExprKind::Int(x), ExprKind::Int(y)) => {
                if let Some(v) = fold_int(op, *x, *y, self.types.class(t)) {
                    return Expr::int(canon(self.types, v, t), t, loc);
                }
                if matches!(op, BinOp::Div | BinOp::Rem) && *y == 0 {
                    self.warn(loc, "division by zero");
                }
            }
            (ExprKind::Float(x), ExprKind::Float(y)) => {
                let single = self.types.class(t) == Class::F32;
                let v = match op {
                    BinOp::Add => Some(x + y),
                    BinOp::Sub => Some(x - y),
                    BinOp::Mul => Some(x * y),
                    BinOp::Div => Some(x / y),
                    _ => None,
                };
                if let Some(v) = v {
                    let v = if single {
                        let (x, y) = (*x as f32, *y as f32);
                        f64::from(match op {
                            BinOp::Add => x + y,
                            BinOp::Sub => x - y,
                            BinOp::Mul => x * y,
                            _ => x / y,
                        })
                    } else {
                        v
                    };
                    return Expr::new(ExprKind::Float(v), t, loc);
                }
            }
            _ => {}
        }
        Expr::new(ExprKind::Binary(op, Box::new(a), Box::new(b)), t, loc)
    }

    fn comparison(&mut self, op: BinOp, a: Expr, b: Expr, loc: Loc) -> Expr {
        let (a, b) = if self.types.is_arith(a.ty) && self.types.is_arith(b.ty) {
            let (a, b, _) = self.arith_pair(a, b);
            (a, b)
        } else if self.types.is_ptr(a.ty) && self.types.is_ptr(b.ty) {
            let (pa, pb) = (
                self.types.pointee(a.ty).unwrap_or(ty::VOID),
                self.types.pointee(b.ty).unwrap_or(ty::VOID),
            );
            if !self.types.is_void(pa)
                && !self.types.is_void(pb)
                && !self
                    .types
                    .compatible(self.types.unqual(pa), self.types.unqual(pb))
            {
                self.warn(loc, "comparison of distinct pointer types lacks a cast");
            }
            let t = a.ty;
            let b = self.conv(b, t);
            (a, b)
        } else if self.types.is_ptr(a.ty) && self.types.is_integer(b.ty) {
            if !self.is_null_const(&b) {
                self.warn(loc, "comparison between pointer and integer");
            }
            let t = a.ty;
            let b = self.conv(b, t);
            (a, b)
        } else if self.types.is_integer(a.ty) && self.types.is_ptr(b.ty) {
            if !self.is_null_const(&a) {
                self.warn(loc, "comparison between pointer and integer");
            }
            let t = b.ty;
            let a = self.conv(a, t);
            (a, b)
        } else {
            let (x, y) = (self.ty_name(a.ty), self.ty_name(b.ty));
            self.error_at(
                loc,
                format!(
                    "invalid operands to binary `{}` (`{x}` and `{y}`)",
                    binop_text(op)
                ),
            );
            return Expr::new(ExprKind::Error, ty::INT, loc);
        };
        let t = a.ty;
        match (&a.kind, &b.kind) {
            (ExprKind::Int(x), ExprKind::Int(y)) => {
                let r = if self.types.is_unsigned(t) {
                    cmp(op, x, y)
                } else {
                    cmp(op, &(*x as i64), &(*y as i64))
                };
                return Expr::int(u64::from(r), ty::INT, loc);
            }
            (ExprKind::Float(x), ExprKind::Float(y)) => {
                let r = match op {
                    BinOp::Eq => x == y,
                    BinOp::Ne => x != y,
                    BinOp::Lt => x < y,
                    BinOp::Le => x <= y,
                    BinOp::Gt => x > y,
                    _ => x >= y,
                };
                return Expr::int(u64::from(r), ty::INT, loc);
            }
            _ => {}
        }
        Expr::new(ExprKind::Binary(op, Box::new(a), Box::new(b)), ty::INT, loc)
    }

    /// `i * sizeof(*p)` as a `long` offset for pointer arithmetic.
    pub(crate) fn scaled_offset(&mut self, ptr_ty: TypeId, i: Expr) -> Expr {
        let elem = self.types.pointee(ptr_ty).unwrap_or(ty::CHAR);
        let loc = i.loc;
        let i = self.conv(i, ty::LONG);
        if self.is_variably_modified(elem) {
            let size = self.vla_sizeof(elem, loc);
            let size = self.conv(size, ty::LONG);
            return self.fold_arith(BinOp::Mul, i, size, ty::LONG, loc);
        }
        if !self.types.is_complete(elem) && !self.types.is_void(elem) && !self.types.is_func(elem) {
            let n = self.ty_name(elem);
            self.error_at(
                loc,
                format!("arithmetic on a pointer to an incomplete type `{n}`"),
            );
        }
        let size = self.types.sizeof_gnu(elem);
        if size == 1 {
            return i;
        }
        let s = Expr::int(size, ty::LONG, loc);
        self.fold_arith(BinOp::Mul, i, s, ty::LONG, loc)
    }

    fn pointer_arith(&mut self, op: BinOp, a: Expr, b: Expr, loc: Loc) -> Expr {
        let (ap, bp) = (self.types.is_ptr(a.ty), self.types.is_ptr(b.ty));
        if ap && bp {
            if op == BinOp::Add {
                self.error_at(loc, "invalid operands to binary `+` (two pointers)");
                return Expr::new(ExprKind::Error, ty::INT, loc);
            }
            let (pa, pb) = (
                self.types.pointee(a.ty).unwrap_or(ty::VOID),
                self.types.pointee(b.ty).unwrap_or(ty::VOID),
            );
            if !self
                .types
                .compatible(self.types.unqual(pa), self.types.unqual(pb))
            {
                let (x, y) = (self.ty_name(a.ty), self.ty_name(b.ty));
                self.error_at(
                    loc,
                    format!("subtracting pointers to incompatible types (`{x}` and `{y}`)"),
                );
            }
            let size = self.types.sizeof_gnu(pa);
            let a = self.conv(a, ty::LONG);
            let b = self.conv(b, ty::LONG);
            let d = Expr::new(
                ExprKind::Binary(BinOp::Sub, Box::new(a), Box::new(b)),
                ty::LONG,
                loc,
            );
            let s = if self.is_variably_modified(pa) {
                let s = self.vla_sizeof(pa, loc);
                self.conv(s, ty::LONG)
            } else if size <= 1 {
                return d;
            } else {
                Expr::int(size, ty::LONG, loc)
            };
            return Expr::new(
                ExprKind::Binary(BinOp::Div, Box::new(d), Box::new(s)),
                ty::LONG,
                loc,
            );
        }
        let (p, i) = if ap { (a, b) } else { (b, a) };
        if !ap && op == BinOp::Sub {
            self.error_at(
                loc,
                "invalid operands to binary `-` (integer minus pointer)",
            );
            return Expr::new(ExprKind::Error, ty::INT, loc);
        }
        if !self.types.is_integer(i.ty) {
            let n = self.ty_name(i.ty);
            self.error_at(loc, format!("invalid operand to pointer arithmetic: `{n}`"));
            return Expr::new(ExprKind::Error, ty::INT, loc);
        }
        let t = p.ty;
        let off = self.scaled_offset(t, i);
        if let ExprKind::Int(0) = off.kind {
            return p;
        }
        Expr::new(ExprKind::Binary(op, Box::new(p), Box::new(off)), t, loc)
    }

    /// `(type) expr`, compound literals, and unary expressions.
    fn cast_expr(&mut self) -> Expr {
        if self.at(Punct::LParen) && self.starts_type_after_paren() {
            let lp = self.next();
            let t = self.type_name();
            self.expect(Punct::RParen, "after the type name");
            if self.at(Punct::LBrace) {
                let e = self.compound_literal(t, lp.loc);
                return self.postfix_rest(e);
            }
            if !self.enter() {
                return Expr::new(ExprKind::Error, t, lp.loc);
            }
            let e = self.cast_expr();
            self.leave();
            return self.cast(e, t, lp.loc);
        }
        self.unary_expr()
    }

    fn starts_type_after_paren(&self) -> bool {
        let t = self.peek_at(1);
        if t.kind != TokKind::Ident {
            return false;
        }
        let save = self.pos;
        // at_type_start looks at the current token: check the next one.
        let s = t.sym;
        let _ = save;
        self.is_typedef_name(&t)
            || [
                kw::VOID,
                kw::BOOL,
                kw::CHAR,
                kw::SHORT,
                kw::INT,
                kw::LONG,
                kw::FLOAT,
                kw::DOUBLE,
                kw::SIGNED,
                kw::UNSIGNED,
                kw::STRUCT,
                kw::UNION,
                kw::ENUM,
                kw::CONST,
                kw::VOLATILE,
                kw::RESTRICT,
                kw::ATOMIC,
                kw::COMPLEX,
                kw::COMPLEX2,
                kw::COMPLEX3,
                kw::TYPEOF,
                kw::TYPEOF2,
                kw::TYPEOF3,
                kw::CONST2,
                kw::CONST3,
                kw::VOLATILE2,
                kw::VOLATILE3,
                kw::SIGNED2,
                kw::SIGNED3,
                kw::BUILTIN_VA_LIST,
                kw::ATTRIBUTE,
                kw::ATTRIBUTE2,
                kw::RESTRICT2,
                kw::RESTRICT3,
                kw::ALIGNAS,
            ]
            .contains(&s)
    }

    /// An explicit cast.
    pub(crate) fn cast(&mut self, e: Expr, t: TypeId, loc: Loc) -> Expr {
        let e = self.rval(e);
        if matches!(e.kind, ExprKind::Error) {
            return e;
        }
        let tu = self.types.unqual(t);
        if self.types.is_void(tu) {
            return Expr::new(ExprKind::Cast(Box::new(e)), tu, loc);
        }
        if self.types.is_vector(tu) || self.types.is_vector(e.ty) {
            return self.vector_cast(e, tu, loc);
        }
        if (self.types.is_complex(tu) || self.types.is_complex(e.ty))
            && self.types.is_arith_or_complex(tu)
            && self.types.is_arith_or_complex(e.ty)
        {
            let mut r = self.conv(e, tu);
            r.loc = loc;
            return r;
        }
        if !self.types.is_scalar(tu) {
            if self.types.is_record(tu) && self.types.unqual(e.ty) == tu {
                return e; // gcc accepts a cast to the same struct type
            }
            if let Some(u) = self.union_cast(e.clone(), tu, loc) {
                return u;
            }
            let n = self.ty_name(tu);
            self.error_at(loc, format!("cast to non-scalar type `{n}`"));
            return Expr::new(ExprKind::Error, tu, loc);
        }
        if !self.types.is_scalar(e.ty) {
            let n = self.ty_name(e.ty);
            self.error_at(
                loc,
                format!("cannot cast a value of type `{n}` to a scalar type"),
            );
            return Expr::new(ExprKind::Error, tu, loc);
        }
        if self.types.is_float(tu) && self.types.is_ptr(e.ty)
            || self.types.is_ptr(tu) && self.types.is_float(e.ty)
        {
            self.error_at(loc, "cannot cast between a pointer and a floating type");
            return Expr::new(ExprKind::Error, tu, loc);
        }
        let mut r = self.conv(e, tu);
        r.loc = loc;
        r
    }

    /// GNU's cast to a union from the type of one of its members: the union
    /// with that member set (the first such member).
    fn union_cast(&mut self, e: Expr, u: TypeId, loc: Loc) -> Option<Expr> {
        let r = self.types.record(u)?;
        if !r.is_union {
            return None;
        }
        let et = self.types.unqual(e.ty);
        let f = r
            .fields
            .iter()
            .find(|f| f.bits.is_none() && self.types.unqual(f.ty) == et)?;
        let off = f.offset;
        Some(self.make_value(vec![(off, e)], u, loc))
    }

    /// An unnamed object of static storage (a file-scope compound literal, a
    /// constant complex or vector value) with its initializer.
    pub(crate) fn unnamed_static(
        &mut self,
        name: Sym,
        t: TypeId,
        init: Init,
        readonly: bool,
        loc: Loc,
    ) -> Expr {
        let align = self.types.align(t);
        let g = self.new_global(Global {
            name,
            ty: t,
            loc,
            linkage: Linkage::Internal,
            kind: GlobalKind::Var {
                init: Some(init),
                defined: true,
            },
            align,
            used: true,
            readonly,
            thread_local: false,
        });
        Expr::new(ExprKind::Global(g), t, loc)
    }

    fn compound_literal(&mut self, t: TypeId, loc: Loc) -> Expr {
        if self.at_file_scope() {
            let (init, t) = self.initializer(t, true);
            let name = self.anon_name(".compoundliteral");
            return self.unnamed_static(name, t, init, false, loc);
        }
        let name = self.sess.interner.intern(".compoundliteral");
        let l = self.new_local(name, t, loc);
        let (init, t2) = self.initializer(t, false);
        self.local_mut(l).ty = t2;
        Expr::new(ExprKind::CompoundLit(l, Box::new(init)), t2, loc)
    }

    fn unary_expr(&mut self) -> Expr {
        let t = self.peek();
        let op = match t.kind {
            TokKind::Punct(p) => p,
            TokKind::Ident if t.sym == kw::SIZEOF => return self.sizeof_expr(),
            TokKind::Ident if matches!(t.sym, kw::ALIGNOF | kw::ALIGNOF2 | kw::ALIGNOF3) => {
                self.next();
                let typed = self.at(Punct::LParen) && {
                    self.next();
                    let ty = self.at_type_start();
                    self.pos -= 1;
                    ty
                };
                let a = if typed {
                    self.next();
                    let ty = self.type_name();
                    self.expect(Punct::RParen, "after `_Alignof(...`");
                    self.types.align(ty)
                } else {
                    // GNU `__alignof__ expr`, an unevaluated operand as for
                    // `sizeof`.
                    if !self.enter() {
                        return Expr::new(ExprKind::Error, ty::ULONG, t.loc);
                    }
                    let e = self.unary_expr();
                    self.leave();
                    // A variable's own alignment (`_Alignas`, `aligned`).
                    let own = match e.kind {
                        ExprKind::Local(l) => self.local(l).align,
                        // A function's is 1 unless `aligned` raised it, as in gcc.
                        ExprKind::Global(g)
                            if matches!(
                                self.global(g).kind,
                                GlobalKind::Var { .. } | GlobalKind::Func { .. }
                            ) =>
                        {
                            self.global(g).align
                        }
                        _ => 1,
                    };
                    self.types.align(e.ty).max(own)
                };
                return Expr::int(a, ty::ULONG, t.loc);
            }
            TokKind::Ident if t.sym == kw::EXTENSION => {
                self.next();
                return self.cast_expr();
            }
            TokKind::Ident if matches!(t.sym, kw::REAL | kw::REAL2 | kw::IMAG | kw::IMAG2) => {
                self.next();
                if !self.enter() {
                    return Expr::new(ExprKind::Error, ty::DOUBLE, t.loc);
                }
                let e = self.cast_expr();
                self.leave();
                return if matches!(t.sym, kw::REAL | kw::REAL2) {
                    self.real_part(e, t.loc)
                } else {
                    self.imag_part(e, t.loc)
                };
            }
            _ => return self.postfix_expr(),
        };
        if !matches!(
            op,
            Punct::Plus
                | Punct::Minus
                | Punct::Amp
                | Punct::Star
                | Punct::Bang
                | Punct::Tilde
                | Punct::PlusPlus
                | Punct::MinusMinus
                | Punct::AmpAmp
        ) {
            return self.postfix_expr();
        }
        self.next();
        if !self.enter() {
            return Expr::new(ExprKind::Error, ty::INT, t.loc);
        }
        let e = if matches!(op, Punct::PlusPlus | Punct::MinusMinus) {
            self.unary_expr()
        } else if op == Punct::AmpAmp {
            // GNU `&&label`: address of a label.
            let l = self.next();
            self.leave();
            return self.label_address(l, t.loc);
        } else {
            self.cast_expr()
        };
        self.leave();
        match op {
            Punct::Plus => {
                let e = self.rval(e);
                if self.types.is_complex(e.ty) || self.types.is_vector(e.ty) {
                    return e;
                }
                if !self.types.is_arith(e.ty) {
                    self.error_at(t.loc, "invalid operand to unary `+`");
                    return e;
                }
                let mut e = self.promote(e);
                e.loc = t.loc;
                e
            }
            Punct::Minus => self.unary(UnOp::Neg, e, t.loc),
            Punct::Tilde => self.unary(UnOp::BitNot, e, t.loc),
            Punct::Bang => {
                let e = self.scalar_cond(e);
                if let ExprKind::Int(v) = e.kind {
                    return Expr::int(u64::from(v == 0), ty::INT, t.loc);
                }
                if let ExprKind::Float(v) = e.kind {
                    return Expr::int(u64::from(v == 0.0), ty::INT, t.loc);
                }
                Expr::new(ExprKind::Unary(UnOp::LogNot, Box::new(e)), ty::INT, t.loc)
            }
            Punct::Amp => self.addr_of(e, t.loc),
            Punct::Star => self.deref(e, t.loc),
            Punct::PlusPlus => self.inc_dec(e, true, true, t.loc),
            _ => self.inc_dec(e, true, false, t.loc),
        }
    }

    pub(crate) fn unary(&mut self, op: UnOp, e: Expr, loc: Loc) -> Expr {
        let e = self.rval(e);
        if self.types.is_complex(e.ty) && op != UnOp::LogNot {
            return self.complex_unary(op, e, loc);
        }
        if self.types.is_vector(e.ty) {
            return self.vector_unary(op, e, loc);
        }
        let ok = match op {
            UnOp::BitNot => self.types.is_integer(e.ty),
            _ => self.types.is_arith(e.ty),
        };
        if !ok {
            let n = self.ty_name(e.ty);
            let o = if op == UnOp::Neg { "-" } else { "~" };
            self.error_at(loc, format!("invalid operand to unary `{o}` (`{n}`)"));
            return Expr::new(ExprKind::Error, ty::INT, loc);
        }
        let e = self.promote(e);
        let t = e.ty;
        match (&e.kind, op) {
            (ExprKind::Int(v), UnOp::Neg) => {
                return Expr::int(canon(self.types, v.wrapping_neg(), t), t, loc)
            }
            (ExprKind::Int(v), UnOp::BitNot) => return Expr::int(canon(self.types, !v, t), t, loc),
            (ExprKind::Float(v), UnOp::Neg) => return Expr::new(ExprKind::Float(-v), t, loc),
            _ => {}
        }
        Expr::new(ExprKind::Unary(op, Box::new(e)), t, loc)
    }

    pub(crate) fn addr_of(&mut self, e: Expr, loc: Loc) -> Expr {
        if matches!(e.kind, ExprKind::Error) {
            return e;
        }
        if let ExprKind::Member(_, m) = &e.kind {
            if m.bits.is_some() {
                self.error_at(loc, "cannot take the address of a bit-field");
                return Expr::new(ExprKind::Error, ty::INT, loc);
            }
        }
        // `&*p` is `p` and `&a[i]` needs no load (C99 6.5.3.2p3).
        if let ExprKind::Deref(inner) = e.kind {
            let t = self.types.ptr(e.ty);
            let mut inner = *inner;
            inner.ty = t;
            inner.loc = loc;
            return inner;
        }
        if !e.is_lvalue() && !self.types.is_func(e.ty) {
            self.error_at(loc, "cannot take the address of an rvalue");
            return Expr::new(ExprKind::Error, ty::INT, loc);
        }
        if let ExprKind::Local(l) = e.kind {
            if self.local(l).vla_size.is_some() {
                // &vla: the pointer it holds, typed as a pointer to the array.
                let t = self.types.ptr(e.ty);
                return Expr::new(ExprKind::AddrOf(Box::new(e)), t, loc);
            }
        }
        self.mark_addr_taken(&e);
        let t = self.types.ptr(e.ty);
        Expr::new(ExprKind::AddrOf(Box::new(e)), t, loc)
    }

    pub(crate) fn deref(&mut self, e: Expr, loc: Loc) -> Expr {
        let e = self.rval(e);
        if matches!(e.kind, ExprKind::Error) {
            return e;
        }
        match self.types.pointee(e.ty) {
            Some(p) if self.types.is_ptr(e.ty) => {
                if self.types.is_void(p) {
                    self.warn(loc, "dereferencing a `void *` pointer");
                }
                Expr::new(ExprKind::Deref(Box::new(e)), p, loc)
            }
            _ => {
                let n = self.ty_name(e.ty);
                self.error_at(
                    loc,
                    format!("indirection requires a pointer operand (`{n}` is not a pointer)"),
                );
                Expr::new(ExprKind::Error, ty::INT, loc)
            }
        }
    }

    fn inc_dec(&mut self, e: Expr, prefix: bool, inc: bool, loc: Loc) -> Expr {
        if matches!(e.kind, ExprKind::Error) {
            return e;
        }
        self.check_modifiable(&e, loc);
        let t = self.types.unqual(e.ty);
        if self.types.is_complex(t) {
            // GNU: `++z` adds 1 to the real part.
            return self.complex_inc_dec(e, prefix, inc, loc);
        }
        let delta = if self.types.is_ptr(t) {
            let elem = self.types.pointee(t).unwrap_or(ty::CHAR);
            if self.is_variably_modified(elem) {
                let s = self.vla_sizeof(elem, loc);
                let s = self.conv(s, ty::LONG);
                if inc {
                    s
                } else {
                    Expr::new(ExprKind::Unary(UnOp::Neg, Box::new(s)), ty::LONG, loc)
                }
            } else {
                let s = self.types.sizeof_gnu(elem) as i64;
                Expr::int(if inc { s } else { -s } as u64, ty::LONG, loc)
            }
        } else if self.types.is_float(t) {
            Expr::new(ExprKind::Float(if inc { 1.0 } else { -1.0 }), t, loc)
        } else if self.types.is_integer(t) {
            let p = self.types.promote(t);
            Expr::int(canon(self.types, if inc { 1 } else { u64::MAX }, p), p, loc)
        } else {
            let n = self.ty_name(t);
            self.error_at(
                loc,
                format!("cannot increment or decrement a value of type `{n}`"),
            );
            return Expr::new(ExprKind::Error, t, loc);
        };
        let bits = self.bitfield_value_type(&e);
        let e = Expr::new(
            ExprKind::IncDec {
                lhs: Box::new(e),
                prefix,
                delta: Box::new(delta),
            },
            t,
            loc,
        );
        self.bitfield_result(bits, e)
    }

    fn sizeof_expr(&mut self) -> Expr {
        let kwt = self.next();
        let t = if self.at(Punct::LParen) && self.starts_type_after_paren() {
            self.next();
            let t = self.type_name();
            self.expect(Punct::RParen, "after the type name");
            if self.at(Punct::LBrace) {
                // sizeof (T){...}: a compound literal.
                let e = self.compound_literal(t, kwt.loc);
                let e = self.postfix_rest(e);
                e.ty
            } else {
                t
            }
        } else {
            if !self.enter() {
                return Expr::int(1, ty::ULONG, kwt.loc);
            }
            let e = self.unary_expr();
            self.leave();
            if let ExprKind::Local(l) = e.kind {
                if let Some(s) = self.local(l).vla_size {
                    return Expr::new(ExprKind::VlaSize(s), ty::ULONG, kwt.loc);
                }
            }
            if let ExprKind::Member(_, m) = &e.kind {
                if m.bits.is_some() {
                    self.error_at(kwt.loc, "`sizeof` applied to a bit-field");
                }
            }
            e.ty
        };
        if self.is_variably_modified(t) {
            return self.vla_sizeof(t, kwt.loc);
        }
        if self.types.is_func(t) || self.types.is_void(t) {
            self.warn(
                kwt.loc,
                "invalid application of `sizeof` to a function or void type",
            );
        } else if !self.types.is_complete(t) {
            let n = self.ty_name(t);
            self.error_at(
                kwt.loc,
                format!("invalid application of `sizeof` to an incomplete type `{n}`"),
            );
        }
        Expr::int(self.types.sizeof_gnu(t), ty::ULONG, kwt.loc)
    }

    fn postfix_expr(&mut self) -> Expr {
        let e = self.primary_expr();
        self.postfix_rest(e)
    }

    /// Postfix operators after a primary expression.
    fn postfix_rest(&mut self, e: Expr) -> Expr {
        self.chain_start();
        let e = self.postfix_chain(e);
        self.chain_end();
        e
    }

    /// [`Parser::postfix_rest`] inside [`Parser::chain_start`].
    fn postfix_chain(&mut self, mut e: Expr) -> Expr {
        loop {
            let t = self.peek();
            let postfix = matches!(
                t.kind,
                TokKind::Punct(
                    Punct::LBracket
                        | Punct::LParen
                        | Punct::Dot
                        | Punct::Arrow
                        | Punct::PlusPlus
                        | Punct::MinusMinus
                )
            );
            if postfix && !self.grow_chain(t.loc) {
                return e;
            }
            match t.kind {
                TokKind::Punct(Punct::LBracket) => {
                    self.next();
                    let i = self.expr();
                    self.expect(Punct::RBracket, "to close the subscript");
                    if self.types.is_vector(e.ty) {
                        let i = self.rval(i);
                        e = self.vector_subscript(e, i, t.loc);
                        continue;
                    }
                    let (a, i) = (self.rval(e), self.rval(i));
                    // `a[i]` is `*(a + i)`; either operand may be the pointer.
                    let (p, i) = if self.types.is_ptr(a.ty) {
                        (a, i)
                    } else {
                        (i, a)
                    };
                    if !self.types.is_ptr(p.ty) {
                        self.error_at(t.loc, "subscripted value is not an array or pointer");
                        e = Expr::new(ExprKind::Error, ty::INT, t.loc);
                        continue;
                    }
                    let sum = self.binary(BinOp::Add, p, i, t.loc);
                    e = self.deref(sum, t.loc);
                }
                TokKind::Punct(Punct::LParen) => {
                    self.next();
                    e = self.call(e, t.loc);
                }
                TokKind::Punct(Punct::Dot) => {
                    self.next();
                    e = self.member(e, t.loc);
                }
                TokKind::Punct(Punct::Arrow) => {
                    self.next();
                    let d = self.deref(e, t.loc);
                    e = self.member(d, t.loc);
                }
                TokKind::Punct(Punct::PlusPlus) => {
                    self.next();
                    e = self.inc_dec(e, false, true, t.loc);
                }
                TokKind::Punct(Punct::MinusMinus) => {
                    self.next();
                    e = self.inc_dec(e, false, false, t.loc);
                }
                _ => return e,
            }
        }
    }

    /// Finds member `name` in a record, through anonymous members: the
    /// offset path and the field.
    pub(crate) fn find_member(
        &self,
        rec_ty: TypeId,
        name: Sym,
    ) -> Option<(u64, crate::types::Field)> {
        let r = self.types.record(rec_ty)?;
        if let Some(i) = r.field_index(name) {
            let f = &r.fields[i];
            return Some((f.offset, f.clone()));
        }
        r.unnamed.iter().find_map(|&i| {
            let f = &r.fields[i as usize];
            let (off, inner) = self
                .types
                .is_record(f.ty)
                .then(|| self.find_member(f.ty, name))??;
            Some((f.offset + off, inner))
        })
    }

    fn member(&mut self, base: Expr, loc: Loc) -> Expr {
        let t = self.next();
        if t.kind != TokKind::Ident {
            self.error(
                t.loc,
                self.spelling_len(&t),
                format!("expected a member name, found {}", self.describe(&t)),
            );
            return Expr::new(ExprKind::Error, ty::INT, t.loc);
        }
        if matches!(base.kind, ExprKind::Error) {
            return base;
        }
        if !self.types.is_record(base.ty) {
            let n = self.ty_name(base.ty);
            self.error_at(
                loc,
                format!("member reference base type `{n}` is not a structure or union"),
            );
            return Expr::new(ExprKind::Error, ty::INT, t.loc);
        }
        if !self.types.is_complete(base.ty) {
            let n = self.ty_name(base.ty);
            self.error_at(loc, format!("member access into incomplete type `{n}`"));
            return Expr::new(ExprKind::Error, ty::INT, t.loc);
        }
        let Some((off, f)) = self.find_member(base.ty, t.sym) else {
            let (s, n) = (self.str(t.sym).to_string(), self.ty_name(base.ty));
            self.error(
                t.loc,
                s.len() as u32,
                format!("no member named `{s}` in `{n}`"),
            );
            return Expr::new(ExprKind::Error, ty::INT, t.loc);
        };
        // Members of a const/volatile object are too.
        let q = self.types.quals(base.ty);
        let ft = self.types.qualify(f.ty, q);
        let m = MemberRef {
            offset: off,
            bits: f.bits,
            volatile: self.types.quals(ft).volatile,
        };
        // Fold nested members into one offset.
        if let ExprKind::Member(inner, im) = base.kind {
            if im.bits.is_none() {
                return Expr::new(
                    ExprKind::Member(
                        inner,
                        MemberRef {
                            offset: im.offset + m.offset,
                            ..m
                        },
                    ),
                    ft,
                    t.loc,
                );
            }
            let base = Expr::new(ExprKind::Member(inner, im), base.ty, base.loc);
            return Expr::new(ExprKind::Member(Box::new(base), m), ft, t.loc);
        }
        Expr::new(ExprKind::Member(Box::new(base), m), ft, t.loc)
    }

    /// A call after `(`.
    /// Whether `callee` is the function `name`, declared but not defined in
    /// this unit.
    fn names_undefined_function(&self, callee: &Expr, name: &str) -> bool {
        let ExprKind::AddrOf(g) = &callee.kind else {
            return false;
        };
        let ExprKind::Global(g) = g.kind else {
            return false;
        };
        let g = self.global(g);
        matches!(g.kind, GlobalKind::Func { def: None }) && self.str(g.name) == name
    }

    fn call(&mut self, callee: Expr, loc: Loc) -> Expr {
        let callee = self.rval(callee);
        let mut args = Vec::new();
        if !self.at(Punct::RParen) {
            loop {
                let a = self.assign_expr();
                args.push(a);
                if !self.eat(Punct::Comma) {
                    break;
                }
            }
        }
        self.expect(Punct::RParen, "to close the argument list");
        if matches!(callee.kind, ExprKind::Error) {
            return callee;
        }
        // gcc treats `alloca` as a builtin even when the program declares it
        // itself instead of including <alloca.h>.
        if args.len() == 1 && self.names_undefined_function(&callee, "alloca") {
            let n = args.pop().expect("one argument");
            return self.alloca_expr(n, loc);
        }
        let Some(f) = self.types.func(callee.ty).cloned() else {
            let n = self.ty_name(callee.ty);
            self.error_at(
                loc,
                format!("called object of type `{n}` is not a function or function pointer"),
            );
            return Expr::new(ExprKind::Error, ty::INT, loc);
        };
        self.call_with(callee, f, args, loc)
    }

    pub(crate) fn call_with(
        &mut self,
        callee: Expr,
        f: FuncType,
        args: Vec<Expr>,
        loc: Loc,
    ) -> Expr {
        let name = match &callee.kind {
            ExprKind::AddrOf(g) => match g.kind {
                ExprKind::Global(g) => Some(self.global(g).name),
                _ => None,
            },
            _ => None,
        };
        if f.prototype {
            let n = f.params.len();
            if args.len() < n || (args.len() > n && !f.variadic) {
                let fname = self.callee_name(name);
                let msg = format!(
                    "too {} arguments to {fname}: expected {}{n}, given {}",
                    if args.len() < n { "few" } else { "many" },
                    if f.variadic { "at least " } else { "" },
                    args.len()
                );
                match self.callee_decl_loc(&callee) {
                    Some(d) => self.error_related(loc, msg, d, "declared here"),
                    None => self.error_at(loc, msg),
                }
                return Expr::new(ExprKind::Error, f.ret, loc);
            }
        }
        let mut conv_args = Vec::with_capacity(args.len());
        for (i, a) in args.into_iter().enumerate() {
            let a = if f.prototype && i < f.params.len() {
                self.assign_conv(f.params[i], a, ConvFor::Arg(i + 1, name))
            } else {
                self.default_promote(a)
            };
            conv_args.push(a);
        }
        if !self.types.is_void(f.ret) && !self.types.is_complete(f.ret) {
            let n = self.ty_name(f.ret);
            self.error_at(
                loc,
                format!("calling a function with incomplete return type `{n}`"),
            );
        }
        let (fixed, variadic) = if f.prototype {
            (f.params.len(), f.variadic)
        } else if let Some(n) = self.library_variadic_fixed(&callee) {
            // `int printf();` or an implicit declaration of a variadic
            // library function: called the way it is defined.
            (n.min(conv_args.len()), true)
        } else {
            (conv_args.len(), f.variadic)
        };
        self.check_format(&callee, &conv_args, fixed);
        let ret = self.types.unqual(f.ret);
        Expr::new(
            ExprKind::Call {
                callee: Box::new(callee),
                args: conv_args,
                fixed,
                variadic,
            },
            ret,
            loc,
        )
    }

    fn callee_decl_loc(&self, callee: &Expr) -> Option<Loc> {
        match &callee.kind {
            ExprKind::AddrOf(g) => match g.kind {
                ExprKind::Global(g) => Some(self.global(g).loc),
                _ => None,
            },
            _ => None,
        }
    }

    /// The default argument promotions (variadic and unprototyped calls).
    pub(crate) fn default_promote(&mut self, a: Expr) -> Expr {
        let a = self.rval(a);
        if matches!(self.types.ukind(a.ty), TypeKind::Float) {
            return self.conv(a, ty::DOUBLE);
        }
        if self.types.is_integer(a.ty) {
            return self.promote(a);
        }
        a
    }

    fn primary_expr(&mut self) -> Expr {
        let t = self.next();
        match t.kind {
            TokKind::Number => {
                let s = self.str(t.sym).to_string();
                match lit::number(&s) {
                    Ok((Number::Int(v, ty), warn)) => {
                        if let Some(w) = warn {
                            self.warn(t.loc, w);
                        }
                        Expr::int(canon(self.types, v, ty), ty, t.loc)
                    }
                    Ok((Number::Float(v, ty), _)) => Expr::new(ExprKind::Float(v), ty, t.loc),
                    Err(msg) => {
                        if let Some(e) = self.imaginary_literal(&s, t.loc) {
                            return e;
                        }
                        self.error(t.loc, s.len() as u32, msg);
                        Expr::int(0, ty::INT, t.loc)
                    }
                }
            }
            TokKind::Char => self.char_constant(t.sym, t.loc),
            TokKind::Str => {
                self.pos -= 1;
                self.string_literal()
            }
            TokKind::Punct(Punct::LParen) => {
                if self.at(Punct::LBrace) {
                    return self.stmt_expr(t.loc);
                }
                if !self.enter() {
                    return Expr::new(ExprKind::Error, ty::INT, t.loc);
                }
                let e = self.expr();
                self.leave();
                self.expect(Punct::RParen, "to close the parenthesis");
                e
            }
            TokKind::Ident => self.identifier(t.sym, t.loc),
            TokKind::Eof => {
                self.error_at(t.loc, "expected an expression, found end of file");
                Expr::new(ExprKind::Error, ty::INT, t.loc)
            }
            _ => {
                let d = self.describe(&t);
                self.error(
                    t.loc,
                    self.spelling_len(&t),
                    format!("expected an expression, found {d}"),
                );
                // Leave a closing token for the construct it closes, so
                // one missing operand is one error.
                if matches!(
                    t.kind,
                    TokKind::Punct(
                        Punct::Semi
                            | Punct::RParen
                            | Punct::RBrace
                            | Punct::RBracket
                            | Punct::Comma
                    )
                ) {
                    self.pos -= 1;
                }
                Expr::new(ExprKind::Error, ty::INT, t.loc)
            }
        }
    }

    /// A GNU imaginary constant: a floating or integer constant with an `i`
    /// or `j` suffix (before or after `f`/`l`/`u`), like `2.5i`, `1.0fi` or `2i`.
    fn imaginary_literal(&mut self, s: &str, loc: Loc) -> Option<Expr> {
        let b = s.as_bytes();
        let at = b
            .iter()
            .rposition(|c| matches!(c, b'i' | b'I' | b'j' | b'J'))?;
        // Only in the suffix: after every digit (hex digits aside, `i` is
        // no digit) and at most one `f`/`l` after it.
        if at + 2 < b.len() || at == 0 {
            return None;
        }
        let rest = format!("{}{}", &s[..at], &s[at + 1..]);
        match lit::number(&rest) {
            Ok((Number::Float(v, t), _)) => Some(self.imaginary_constant(v, t, loc)),
            Ok((Number::Int(v, t), _)) => Some(self.imaginary_int_constant(v, t, loc)),
            Err(_) => None,
        }
    }

    fn char_constant(&mut self, sym: Sym, loc: Loc) -> Expr {
        let s = self.str(sym).to_string();
        let (enc, inner) = lit::split_prefix(&s);
        let units = match lit::decode(inner, enc) {
            Ok((u, warns)) => {
                for w in warns {
                    self.warn(loc, w);
                }
                u
            }
            Err(m) => {
                self.error(loc, s.len() as u32, m);
                return Expr::int(0, ty::INT, loc);
            }
        };
        if units.is_empty() {
            self.error(loc, s.len() as u32, "empty character constant");
            return Expr::int(0, ty::INT, loc);
        }
        match enc {
            Encoding::Plain | Encoding::Utf8 => {
                if units.len() > 1 {
                    self.warn(loc, "multi-character character constant");
                    // gcc: big-endian packing of the last four into an int.
                    let mut v: u32 = 0;
                    for u in &units {
                        v = v << 8 | (u & 0xff);
                    }
                    return Expr::int(v as i32 as i64 as u64, ty::INT, loc);
                }
                // A plain char constant has the value of the char converted to int.
                Expr::int(units[0] as u8 as i8 as i64 as u64, ty::INT, loc)
            }
            _ => {
                let t = enc.elem();
                let v = *units.last().unwrap_or(&0) as u64;
                Expr::int(canon(self.types, v, t), t, loc)
            }
        }
    }

    /// One or more adjacent string literals, concatenated.
    pub(crate) fn string_literal(&mut self) -> Expr {
        let first = self.peek();
        let mut enc = Encoding::Plain;
        let mut units: Vec<u32> = Vec::new();
        let start = self.pos;
        while self.peek().kind == TokKind::Str {
            let t = self.next();
            let s = self.str(t.sym).to_string();
            let (e, _) = lit::split_prefix(&s);
            if e != Encoding::Plain {
                if enc != Encoding::Plain && enc != e {
                    self.error(
                        t.loc,
                        s.len() as u32,
                        "concatenating string literals with different encodings",
                    );
                }
                enc = e;
            }
        }
        // Every piece is read with the prefix one of them has (C11 6.4.5p5):
        // `"あ" L""` is one wide character, not three.
        self.pos = start;
        while self.peek().kind == TokKind::Str {
            let t = self.next();
            let s = self.str(t.sym).to_string();
            let (_, inner) = lit::split_prefix(&s);
            match lit::decode(inner, enc) {
                Ok((u, warns)) => {
                    for w in warns {
                        self.warn(t.loc, w);
                    }
                    units.extend(u);
                }
                Err(m) => self.error(t.loc, s.len() as u32, m),
            }
        }
        let mut bytes = Vec::with_capacity(units.len() + 1);
        if matches!(enc, Encoding::Plain | Encoding::Utf8) {
            bytes.extend(units.iter().map(|&u| u as u8));
            bytes.push(0);
        } else {
            lit::encode_units(&units, enc.unit(), &mut bytes);
            bytes.extend(std::iter::repeat_n(0, enc.unit()));
        }
        let g = self.string_global(bytes, enc.elem(), first.loc);
        let t = self.global(g).ty;
        Expr::new(ExprKind::Global(g), t, first.loc)
    }

    fn stmt_expr(&mut self, loc: Loc) -> Expr {
        if self.func.is_none() {
            self.error_at(loc, "statement expression outside a function");
            self.skip_balanced_braces();
            self.expect(Punct::RParen, "");
            return Expr::new(ExprKind::Error, ty::INT, loc);
        }
        let (body, last) = self.compound_stmt_value();
        self.expect(Punct::RParen, "to close the statement expression");
        let (t, last) = match last {
            Some(e) => {
                let e = self.rval(e);
                (e.ty, Some(Box::new(e)))
            }
            None => (ty::VOID, None),
        };
        Expr::new(ExprKind::StmtExpr(Box::new(body), last), t, loc)
    }

    pub(crate) fn skip_balanced_braces(&mut self) {
        let mut depth = 0;
        loop {
            let t = self.next();
            match t.kind {
                TokKind::Eof => return,
                TokKind::Punct(Punct::LBrace) => depth += 1,
                TokKind::Punct(Punct::RBrace) => {
                    depth -= 1;
                    if depth <= 0 {
                        return;
                    }
                }
                _ => {}
            }
        }
    }

    fn identifier(&mut self, sym: Sym, loc: Loc) -> Expr {
        match sym {
            kw::FUNC | kw::FUNCTION | kw::PRETTY_FUNCTION => {
                if self.func.is_none() {
                    self.warn(loc, "`__func__` is not defined outside a function");
                }
                return self.func_name(loc);
            }
            kw::BUILTIN_VA_START
            | kw::BUILTIN_VA_ARG
            | kw::BUILTIN_VA_END
            | kw::BUILTIN_VA_COPY
            | kw::BUILTIN_OFFSETOF
            | kw::BUILTIN_VOX
            | kw::BUILTIN_EXPECT
            | kw::BUILTIN_CONSTANT_P
            | kw::BUILTIN_TYPES_COMPATIBLE_P
            | kw::BUILTIN_UNREACHABLE
            | kw::BUILTIN_TRAP
            | kw::BUILTIN_CHOOSE_EXPR
            | kw::BUILTIN_FRAME_ADDRESS
            | kw::BUILTIN_ALLOCA
            | kw::BUILTIN_COMPLEX
            | kw::GENERIC => return self.builtin(sym, loc),
            _ => {}
        }
        if self.str(sym).starts_with("__builtin_") && self.lookup(sym).is_none() {
            let name = self.str(sym).to_string();
            if let Some(e) = self.const_builtin(&name, loc) {
                return e;
            }
            if let Some(e) = self.gnu_builtin(&name, loc) {
                return e;
            }
            if let Some(e) = self.overflow_builtin(&name, loc) {
                return e;
            }
            if let Some(e) = self.library_builtin(&name["__builtin_".len()..], loc) {
                return e;
            }
            // Not an implicit declaration: it would only fail at link time.
            self.error_at(
                loc,
                format!("`{name}` is not a builtin voxcc has (see README: GNU extensions)"),
            );
            return Expr::new(ExprKind::Error, ty::INT, loc);
        }
        // An earlier parameter in a later parameter's array size, `int
        // f(int n, int a[n])`: the size is only checked (the array becomes
        // a pointer), so its value is not needed.
        if self.param_names.iter().any(|v| v.contains(&sym)) {
            return Expr::new(ExprKind::Error, ty::INT, loc);
        }
        match self.lookup(sym) {
            Some(Binding::Local(l)) => {
                let t = self.local(l).ty;
                Expr::new(ExprKind::Local(l), t, loc)
            }
            Some(Binding::Global(g)) => {
                self.note_use(g);
                let t = self.global(g).ty;
                Expr::new(ExprKind::Global(g), t, loc)
            }
            Some(Binding::EnumConst(v, t)) => Expr::int(canon(self.types, v as u64, t), t, loc),
            Some(Binding::Typedef(_)) => {
                let s = self.str(sym).to_string();
                self.error(
                    loc,
                    s.len() as u32,
                    format!("unexpected type name `{s}`: expected an expression"),
                );
                Expr::new(ExprKind::Error, ty::INT, loc)
            }
            None => {
                let s = self.str(sym).to_string();
                if self.at(Punct::LParen) {
                    // C89 implicit declaration: `int f()`, with a warning.
                    self.warn(loc, format!("implicit declaration of function `{s}`"));
                    let f = self.types.intern(TypeKind::Func(FuncType {
                        ret: ty::INT,
                        params: Rc::from(Vec::new()),
                        variadic: false,
                        prototype: false,
                    }));
                    let g = self.implicit_function(sym, f, loc);
                    return Expr::new(ExprKind::Global(g), f, loc);
                }
                self.error(
                    loc,
                    s.len() as u32,
                    format!("use of undeclared identifier `{s}`"),
                );
                Expr::new(ExprKind::Error, ty::INT, loc)
            }
        }
    }

    pub(crate) fn implicit_function(&mut self, sym: Sym, f: TypeId, loc: Loc) -> GlobalId {
        if let Some(&g) = self.linkage.get(&sym) {
            self.note_use(g);
            return g;
        }
        let g = self.new_global(Global {
            name: sym,
            ty: f,
            loc,
            linkage: Linkage::External,
            kind: GlobalKind::Func { def: None },
            align: 1,
            used: true,
            readonly: false,
            thread_local: false,
        });
        self.linkage.insert(sym, g);
        self.note_use(g);
        g
    }
}

fn cmp<T: PartialOrd>(op: BinOp, x: &T, y: &T) -> bool {
    match op {
        BinOp::Eq => x == y,
        BinOp::Ne => x != y,
        BinOp::Lt => x < y,
        BinOp::Le => x <= y,
        BinOp::Gt => x > y,
        _ => x >= y,
    }
}

/// Folds an integer operation in class `c` (operands are canonical bits);
/// `None` when it must be left to run time.
pub(crate) fn fold_int(op: BinOp, x: u64, y: u64, c: Class) -> Option<u64> {
    let bits = if matches!(c, Class::I32 | Class::U32) {
        32
    } else {
        64
    };
    Some(match c {
        Class::I32 | Class::I64 => {
            let (a, b) = (x as i64, y as i64);
            match op {
                BinOp::Add => a.wrapping_add(b) as u64,
                BinOp::Sub => a.wrapping_sub(b) as u64,
                BinOp::Mul => a.wrapping_mul(b) as u64,
                BinOp::Div | BinOp::Rem if b == 0 => return None,
                BinOp::Div if bits == 32 => (a as i32).checked_div(b as i32)? as i64 as u64,
                BinOp::Rem if bits == 32 => (a as i32).checked_rem(b as i32)? as i64 as u64,
                BinOp::Div => a.checked_div(b)? as u64,
                BinOp::Rem => a.checked_rem(b)? as u64,
                BinOp::Shl if (0..bits).contains(&b) => (a << b) as u64,
                BinOp::Shr if (0..bits).contains(&b) => (a >> b) as u64,
                BinOp::BitAnd => (a & b) as u64,
                BinOp::BitOr => (a | b) as u64,
                BinOp::BitXor => (a ^ b) as u64,
                _ => return None,
            }
        }
        _ => {
            let (a, b) = if bits == 32 {
                (x & 0xffff_ffff, y & 0xffff_ffff)
            } else {
                (x, y)
            };
            match op {
                BinOp::Add => a.wrapping_add(b),
                BinOp::Sub => a.wrapping_sub(b),
                BinOp::Mul => a.wrapping_mul(b),
                BinOp::Div => a.checked_div(b)?,
                BinOp::Rem => a.checked_rem(b)?,
                BinOp::Shl if b < bits as u64 => a << b,
                BinOp::Shr if b < bits as u64 => a >> b,
                BinOp::BitAnd => a & b,
                BinOp::BitOr => a | b,
                BinOp::BitXor => a ^ b,
                _ => return None,
            }
        }
    })
}

/// Whether evaluating `e` twice is the same as once (no side effects).
pub(crate) fn is_pure(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Local(_) | ExprKind::Global(_) => true,
        ExprKind::Cast(x)
        | ExprKind::Unary(_, x)
        | ExprKind::AddrOf(x)
        | ExprKind::Member(x, _) => is_pure(x),
        ExprKind::Deref(x) => is_pure(x),
        ExprKind::Binary(_, a, b) => is_pure(a) && is_pure(b),
        _ => false,
    }
}

pub(crate) fn binop_text(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::Div => "/",
        BinOp::Rem => "%",
        BinOp::Shl => "<<",
        BinOp::Shr => ">>",
        BinOp::BitAnd => "&",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::Eq => "==",
        BinOp::Ne => "!=",
        BinOp::Lt => "<",
        BinOp::Le => "<=",
        BinOp::Gt => ">",
        BinOp::Ge => ">=",
        BinOp::LogAnd => "&&",
        BinOp::LogOr => "||",
    }
}
