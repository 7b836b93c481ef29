//! GCC vector types (`int __attribute__((vector_size(16)))`): a record of
//! its lanes (see [`Types::vector`]), so storage, copies, calls and
//! initializers are the struct machinery's; the operators are rewritten here
//! lane by lane, as gcc does on a target without the vector unit:
//!
//! * `+ - * / % & | ^ << >>` between two vectors of one type, or a vector and
//!   a scalar (converted to the element type and used for every lane);
//! * comparisons give a vector of signed integers of the element's size,
//!   each lane -1 (true) or 0;
//! * unary `-`, `~`, `+`; `v[i]` (an lvalue when `v` is); casts between
//!   vector types of one size, and to or from an integer of that size,
//!   reinterpret the bytes.

use super::complex::{member_at, Pre};
use super::Parser;
use crate::ast::*;
use crate::source::Loc;
use crate::types::{ty, TypeId};

impl Parser<'_> {
    /// The lanes of vector value `e` as expressions that may each be read
    /// once (the value itself is evaluated once, in `pre`).
    fn lanes(&mut self, e: Expr, pre: &mut Pre) -> Vec<Expr> {
        let Some((elem, n)) = self.types.vector_info(e.ty) else {
            return Vec::new();
        };
        if let Some(vals) = self.constructed_values(&e) {
            if vals.len() as u64 == n {
                return vals;
            }
        }
        let e = self.reusable(e, pre);
        let sz = self.types.size(elem);
        (0..n).map(|k| member_at(&e, k * sz, elem, e.loc)).collect()
    }

    /// The signed integer type of `size` bytes (a comparison's lane type).
    fn signed_of_size(size: u64) -> TypeId {
        match size {
            1 => ty::SCHAR,
            2 => ty::SHORT,
            4 => ty::INT,
            _ => ty::LONG,
        }
    }

    fn vector_error(&mut self, what: String, loc: Loc) -> Expr {
        self.error_at(loc, what);
        Expr::new(ExprKind::Error, ty::INT, loc)
    }

    /// `a op b` where at least one operand is a vector.
    pub(crate) fn vector_binary(&mut self, op: BinOp, a: Expr, b: Expr, loc: Loc) -> Expr {
        let (va, vb) = (self.types.vector_info(a.ty), self.types.vector_info(b.ty));
        let vt = if va.is_some() { a.ty } else { b.ty };
        let vt = self.types.unqual(vt);
        let Some((elem, n)) = self.types.vector_info(vt) else {
            return Expr::new(ExprKind::Error, ty::INT, loc);
        };
        let names = || (self.ty_name(a.ty), self.ty_name(b.ty));
        if va.is_some() && vb.is_some() && self.types.unqual(a.ty) != self.types.unqual(b.ty) {
            let (x, y) = names();
            return self.vector_error(
                format!(
                    "invalid operands to binary `{}` (vector types `{x}` and `{y}` differ)",
                    super::expr::binop_text(op)
                ),
                loc,
            );
        }
        let int_only = matches!(
            op,
            BinOp::Rem | BinOp::Shl | BinOp::Shr | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor
        );
        let scalar_ok = |me: &Self, e: &Expr| me.types.is_vector(e.ty) || me.types.is_arith(e.ty);
        if matches!(op, BinOp::LogAnd | BinOp::LogOr)
            || (int_only && !self.types.is_integer(elem))
            || !scalar_ok(self, &a)
            || !scalar_ok(self, &b)
        {
            let (x, y) = names();
            return self.vector_error(
                format!(
                    "invalid operands to binary `{}` (`{x}` and `{y}`)",
                    super::expr::binop_text(op)
                ),
                loc,
            );
        }
        let mut pre = Pre::new();
        let side = |e: Expr, me: &mut Self, pre: &mut Pre| -> Vec<Expr> {
            if me.types.is_vector(e.ty) {
                me.lanes(e, pre)
            } else {
                // A scalar: converted once, the same in every lane.
                let e = me.conv(e, elem);
                let e = me.reusable(e, pre);
                vec![e; n as usize]
            }
        };
        let la = side(a, self, &mut pre);
        let lb = side(b, self, &mut pre);
        let cmp = op.is_comparison();
        let lane_t = if cmp {
            Self::signed_of_size(self.types.size(elem))
        } else {
            elem
        };
        let rt = if cmp {
            self.types.vector(lane_t, n)
        } else {
            vt
        };
        let sz = self.types.size(lane_t);
        let mut parts = Vec::with_capacity(n as usize);
        for (k, (x, y)) in la.into_iter().zip(lb).enumerate() {
            let r = self.binary(op, x, y, loc);
            // True is all ones in a comparison's lane.
            let r = if cmp {
                self.unary(UnOp::Neg, r, loc)
            } else {
                r
            };
            let r = self.conv(r, lane_t);
            parts.push((k as u64 * sz, r));
        }
        let v = self.make_value(parts, rt, loc);
        Self::after(pre, v)
    }

    /// `-v`, `~v` (and `+v`, which is `v`).
    pub(crate) fn vector_unary(&mut self, op: UnOp, e: Expr, loc: Loc) -> Expr {
        let t = self.types.unqual(e.ty);
        let Some((elem, _)) = self.types.vector_info(t) else {
            return e;
        };
        if op == UnOp::LogNot || (op == UnOp::BitNot && !self.types.is_integer(elem)) {
            let n = self.ty_name(t);
            return self.vector_error(format!("invalid operand to unary operator (`{n}`)"), loc);
        }
        let mut pre = Pre::new();
        let lanes = self.lanes(e, &mut pre);
        let sz = self.types.size(elem);
        let mut parts = Vec::with_capacity(lanes.len());
        for (k, x) in lanes.into_iter().enumerate() {
            let r = self.unary(op, x, loc);
            let r = self.conv(r, elem);
            parts.push((k as u64 * sz, r));
        }
        let v = self.make_value(parts, t, loc);
        Self::after(pre, v)
    }

    /// `v[i]`: the lane, an lvalue when `v` is one.
    pub(crate) fn vector_subscript(&mut self, v: Expr, i: Expr, loc: Loc) -> Expr {
        let Some((elem, _)) = self.types.vector_info(v.ty) else {
            return v;
        };
        if !self.types.is_integer(i.ty) {
            return self.vector_error("a vector subscript must be an integer".into(), loc);
        }
        let q = self.types.quals(v.ty);
        let et = self.types.qualify(elem, q);
        let mut pre = Pre::new();
        let base = if v.is_lvalue() {
            v
        } else {
            // A vector value: its lanes are read from a temporary.
            self.temporary(v, &mut pre)
        };
        let addr = self.addr_of(base, loc);
        let pt = self.types.ptr(et);
        let p = Expr::new(ExprKind::Cast(Box::new(addr)), pt, loc);
        let sum = self.binary(BinOp::Add, p, i, loc);
        let lane = self.deref(sum, loc);
        Self::after(pre, lane)
    }

    /// A cast to or from a vector type: the same bytes seen as `to`, which
    /// must have the same size (another vector, or an integer).
    pub(crate) fn vector_cast(&mut self, e: Expr, to: TypeId, loc: Loc) -> Expr {
        let to = self.types.unqual(to);
        let from = self.types.unqual(e.ty);
        if from == to {
            return e;
        }
        let ok_kind = |me: &Self, t: TypeId| me.types.is_vector(t) || me.types.is_integer(t);
        if !ok_kind(self, to)
            || !ok_kind(self, from)
            || self.types.size(to) != self.types.size(from)
        {
            let (a, b) = (self.ty_name(from), self.ty_name(to));
            return self.vector_error(
                format!("cannot cast `{a}` to `{b}`: a vector cast needs a vector or integer of the same size"),
                loc,
            );
        }
        // Through memory: the value in a temporary (in memory once its
        // address is taken), read back as `to`.
        let mut pre = Pre::new();
        let tmp = self.temporary(e, &mut pre);
        let addr = self.addr_of(tmp, loc);
        let pt = self.types.ptr(to);
        let p = Expr::new(ExprKind::Cast(Box::new(addr)), pt, loc);
        let read = self.deref(p, loc);
        let read = self.rval(read);
        Self::after(pre, read)
    }

    /// `v op= x` for a vector `v`: `v = v op x`, the target evaluated once.
    pub(crate) fn vector_op_assign(&mut self, op: BinOp, lhs: Expr, rhs: Expr, loc: Loc) -> Expr {
        let lt = self.types.unqual(lhs.ty);
        if !self.types.is_vector(lt) {
            let (a, b) = (self.ty_name(lt), self.ty_name(rhs.ty));
            return self.vector_error(
                format!("invalid operands to compound assignment (`{a}` and `{b}`)"),
                loc,
            );
        }
        let mut pre = Pre::new();
        let target = self.target_once(lhs, &mut pre, loc);
        let cur = self.rval(target.clone());
        let v = self.vector_binary(op, cur, rhs, loc);
        if matches!(v.kind, ExprKind::Error) {
            return v;
        }
        if self.types.unqual(v.ty) != lt {
            let n = self.ty_name(v.ty);
            return self.vector_error(format!("incompatible types in assignment from `{n}`"), loc);
        }
        let a = Expr::new(ExprKind::Assign(Box::new(target), Box::new(v)), lt, loc);
        Self::after(pre, a)
    }

    /// `__builtin_shuffle(a, mask)` and `__builtin_shuffle(a, b, mask)`:
    /// lane k is lane `mask[k]` (modulo the lane count) of `a`, or of `a`
    /// then `b` taken as one vector.
    pub(crate) fn vector_shuffle(&mut self, mut args: Vec<Expr>, loc: Loc) -> Expr {
        let mask = match args.pop() {
            Some(m) if (1..=2).contains(&args.len()) => m,
            _ => {
                return self.vector_error(
                    "`__builtin_shuffle` takes two or three arguments".into(),
                    loc,
                )
            }
        };
        let t = self.types.unqual(args[0].ty);
        let (Some((elem, n)), Some((me, mn))) =
            (self.types.vector_info(t), self.types.vector_info(mask.ty))
        else {
            return self.vector_error("`__builtin_shuffle` needs vector operands".into(), loc);
        };
        let same = args.iter().all(|a| self.types.unqual(a.ty) == t);
        if !same
            || mn != n
            || !self.types.is_integer(me)
            || self.types.size(me) != self.types.size(elem)
        {
            return self.vector_error(
                "`__builtin_shuffle`: the operands must have one vector type and the mask as many integer lanes of the same size".into(),
                loc,
            );
        }
        let mut pre = Pre::new();
        let srcs: Vec<Expr> = args
            .into_iter()
            .map(|a| self.temporary(a, &mut pre))
            .collect();
        let total = n * srcs.len() as u64;
        let lanes = self.lanes(mask, &mut pre);
        let sz = self.types.size(elem);
        let mut parts = Vec::with_capacity(n as usize);
        for (k, m) in lanes.into_iter().enumerate() {
            let m = self.conv(m, ty::ULONG);
            let idx = self.binary(BinOp::BitAnd, m, Expr::int(total - 1, ty::ULONG, loc), loc);
            let idx = self.reusable(idx, &mut pre);
            let from_a = self.vector_subscript(srcs[0].clone(), idx.clone(), loc);
            let v = if srcs.len() == 2 {
                let nn = Expr::int(n, ty::ULONG, loc);
                let in_a = self.binary(BinOp::Lt, idx.clone(), nn.clone(), loc);
                let ib = self.binary(BinOp::Sub, idx, nn, loc);
                let from_b = self.vector_subscript(srcs[1].clone(), ib, loc);
                self.conditional(in_a, from_a, from_b, loc)
            } else {
                self.rval(from_a)
            };
            parts.push((k as u64 * sz, v));
        }
        let v = self.make_value(parts, t, loc);
        Self::after(pre, v)
    }

    /// `__builtin_convertvector(v, T)`: each lane converted to T's element
    /// type (T has as many lanes).
    pub(crate) fn vector_convert(&mut self, v: Expr, to: TypeId, loc: Loc) -> Expr {
        let to = self.types.unqual(to);
        let (Some((_, n)), Some((te, tn))) =
            (self.types.vector_info(v.ty), self.types.vector_info(to))
        else {
            return self.vector_error(
                "`__builtin_convertvector` converts a vector to a vector type".into(),
                loc,
            );
        };
        if n != tn {
            return self.vector_error(
                "`__builtin_convertvector`: the vector types must have as many lanes".into(),
                loc,
            );
        }
        let mut pre = Pre::new();
        let lanes = self.lanes(v, &mut pre);
        let sz = self.types.size(te);
        let mut parts = Vec::with_capacity(lanes.len());
        for (k, x) in lanes.into_iter().enumerate() {
            let x = self.conv(x, te);
            parts.push((k as u64 * sz, x));
        }
        let r = self.make_value(parts, to, loc);
        Self::after(pre, r)
    }
}
