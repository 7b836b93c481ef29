//! Complex arithmetic (C99 6.2.5p11, Annex G; GNU `__real__`/`__imag__` and
//! imaginary constants `2.0i`).
//!
//! A complex type is a record of two elements (see [`Types::complex`]), so
//! storage, copies, calls and returns are the struct machinery's. Its
//! arithmetic is rewritten here, in the parser, into arithmetic on the
//! parts, the way gcc's front end and complex lowering do it:
//!
//! * a real operand is not converted to complex first: `x + z` is
//!   `(x + re z) + (im z)i`, so signed zeros and infinities come out as in
//!   gcc (Annex G);
//! * a real operand's missing imaginary part is left out of products and
//!   quotients (`x * z` is `x re z + (x im z)i`), as in gcc;
//! * a full complex product is computed inline and handed to `__muldc3`
//!   (`__mulsc3`) only when both parts came out NaN; a division by a value
//!   with both parts is `__divdc3` (`__divsc3`), the libgcc algorithms,
//!   which live in the C library (`cc/libc/complex.c`).

use super::Parser;
use crate::ast::*;
use crate::source::Loc;
use crate::token::Sym;
use crate::types::{ty, FuncType, TypeId, TypeKind};
use std::rc::Rc;

/// An operand split into its parts, each converted to the element type of
/// the operation; a real operand has no imaginary part (`None`).
struct Parts {
    re: Option<Expr>,
    im: Option<Expr>,
}

/// Side effects to evaluate, in order, before the result: temporaries
/// assigned once so that their values can be read more than once.
pub(crate) type Pre = Vec<Expr>;

impl Parser<'_> {
    /// The complex type whose element is the real type of `t` (`t` itself
    /// when complex), for the usual arithmetic conversions.
    fn real_type(&self, t: TypeId) -> TypeId {
        self.types.complex_elem(t).unwrap_or(t)
    }

    /// A complex value made of two parts of its element type.
    pub(crate) fn make_complex(&mut self, re: Expr, im: Expr, t: TypeId, loc: Loc) -> Expr {
        let sz = self.types.size(self.real_type(t));
        self.make_value(vec![(0, re), (sz, im)], t, loc)
    }

    /// A value of record type `t` (complex or vector) made of scalars stored
    /// at byte offsets: a compound literal, or, when every part is a
    /// constant (and at file scope, where only constants can use it), an
    /// unnamed read-only object, which a static initializer copies and code
    /// reads in place.
    pub(crate) fn make_value(&mut self, parts: Vec<(u64, Expr)>, t: TypeId, loc: Loc) -> Expr {
        let constant = parts
            .iter()
            .all(|(_, e)| matches!(e.kind, ExprKind::Float(_) | ExprKind::Int(_)));
        let init = Init {
            items: parts
                .into_iter()
                .map(|(offset, e)| InitItem {
                    offset,
                    bits: None,
                    value: InitValue::Expr(e),
                })
                .collect(),
        };
        let name = self.complex_sym();
        if self.func.is_none() || constant {
            return self.unnamed_static(name, t, init, true, loc);
        }
        let l = self.new_local(name, t, loc);
        Expr::new(ExprKind::CompoundLit(l, Box::new(init)), t, loc)
    }

    pub(crate) fn complex_sym(&mut self) -> Sym {
        self.sess.interner.intern(crate::ast::PARTS)
    }

    /// The parts of a value made by [`Parser::make_value`], if `e` is one.
    pub(crate) fn constructed_values(&self, e: &Expr) -> Option<Vec<Expr>> {
        let name = self.sess.interner.get(".parts")?;
        let init = match &e.kind {
            ExprKind::CompoundLit(l, init) if self.local(*l).name == name => &**init,
            ExprKind::Global(g) if self.global(*g).name == name => match &self.global(*g).kind {
                GlobalKind::Var { init: Some(i), .. } => i,
                _ => return None,
            },
            _ => return None,
        };
        init.items
            .iter()
            .map(|it| match &it.value {
                InitValue::Expr(e) => Some(e.clone()),
                InitValue::Bytes(_) => None,
            })
            .collect()
    }

    fn constructed_parts(&self, e: &Expr) -> Option<(Expr, Expr)> {
        match <[Expr; 2]>::try_from(self.constructed_values(e)?) {
            Ok([re, im]) => Some((re, im)),
            Err(_) => None,
        }
    }

    fn zero(&self, elem: TypeId, loc: Loc) -> Expr {
        if self.types.is_float(elem) {
            Expr::new(ExprKind::Float(0.0), elem, loc)
        } else {
            Expr::int(0, elem, loc)
        }
    }

    /// `e` as something that may be read more than once: itself when that
    /// has no side effects and is cheap, else a temporary assigned in `pre`.
    pub(crate) fn reusable(&mut self, e: Expr, pre: &mut Pre) -> Expr {
        let cheap = match &e.kind {
            ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Local(_) | ExprKind::Global(_) => {
                true
            }
            ExprKind::Member(b, _) => matches!(b.kind, ExprKind::Local(_) | ExprKind::Global(_)),
            _ => false,
        };
        let volatile = self.types.quals(e.ty).volatile;
        if (cheap && !volatile) || self.func.is_none() {
            return e;
        }
        self.temporary(e, pre)
    }

    /// A new hidden local holding `e`, assigned in `pre`. At file scope
    /// there are no locals: `e` itself, which the initializer then reports
    /// as not constant if it is not.
    pub(crate) fn temporary(&mut self, e: Expr, pre: &mut Pre) -> Expr {
        if self.func.is_none() {
            return e;
        }
        let (t, loc) = (self.types.unqual(e.ty), e.loc);
        let name = self.sess.interner.intern(".ctmp");
        let l = self.new_local(name, t, loc);
        let tmp = Expr::new(ExprKind::Local(l), t, loc);
        pre.push(Expr::new(
            ExprKind::Assign(Box::new(tmp.clone()), Box::new(e)),
            t,
            loc,
        ));
        tmp
    }

    /// Splits an arithmetic or complex value into parts of type `elem`.
    fn parts(&mut self, e: Expr, elem: TypeId, pre: &mut Pre) -> Parts {
        let loc = e.loc;
        let Some(from) = self.types.complex_elem(e.ty) else {
            // A real operand: no imaginary part at all.
            return Parts {
                re: Some(self.conv(e, elem)),
                im: None,
            };
        };
        let (re, im) = match self.constructed_parts(&e) {
            Some(p) => p,
            None => {
                let e = self.reusable(e, pre);
                let sz = self.types.size(from);
                (member_at(&e, 0, from, loc), member_at(&e, sz, from, loc))
            }
        };
        // Both parts of a complex value take part, even a constant zero:
        // gcc multiplies them out (`inf * I` has a NaN real part).
        Parts {
            re: Some(self.conv(re, elem)),
            im: Some(self.conv(im, elem)),
        }
    }

    fn part_or_zero(&self, p: Option<Expr>, elem: TypeId, loc: Loc) -> Expr {
        p.unwrap_or_else(|| self.zero(elem, loc))
    }

    /// A complex value of type `t` from optional parts, after `pre`.
    fn assemble(
        &mut self,
        pre: Pre,
        re: Option<Expr>,
        im: Option<Expr>,
        t: TypeId,
        loc: Loc,
    ) -> Expr {
        let elem = self.real_type(t);
        let re = self.part_or_zero(re, elem, loc);
        let im = self.part_or_zero(im, elem, loc);
        let v = self.make_complex(re, im, t, loc);
        Self::after(pre, v)
    }

    /// `e` evaluated after the expressions of `pre`.
    pub(crate) fn after(pre: Pre, e: Expr) -> Expr {
        pre.into_iter().rev().fold(e, |acc, p| {
            let (t, loc) = (acc.ty, acc.loc);
            Expr::new(ExprKind::Comma(Box::new(p), Box::new(acc)), t, loc)
        })
    }

    /// `a op b` in the element type; an integer element narrower than
    /// `int` computes in `int` and converts back (gcc does not promote a
    /// complex integer type's parts: `_Complex char` arithmetic wraps).
    fn arith2(&mut self, op: BinOp, a: Expr, b: Expr, elem: TypeId, loc: Loc) -> Expr {
        if self.types.is_integer(elem) && self.types.size(elem) < self.types.size(ty::INT) {
            let (a, b) = (self.conv(a, ty::INT), self.conv(b, ty::INT));
            let r = self.fold_arith(op, a, b, ty::INT, loc);
            return self.conv(r, elem);
        }
        self.fold_arith(op, a, b, elem, loc)
    }

    /// `-e` in `e`'s own type (a narrow integer part is not left promoted).
    fn negate(&mut self, e: Expr, loc: Loc) -> Expr {
        let t = self.types.unqual(e.ty);
        let r = self.unary(UnOp::Neg, e, loc);
        if self.types.is_integer(t) {
            self.conv(r, t)
        } else {
            r
        }
    }

    /// `a op b` on optional parts (`None` is +0.0).
    fn add_sub(
        &mut self,
        op: BinOp,
        a: Option<Expr>,
        b: Option<Expr>,
        elem: TypeId,
        loc: Loc,
    ) -> Option<Expr> {
        match (a, b) {
            (None, None) => None,
            (Some(a), None) => Some(a),
            (None, Some(b)) if op == BinOp::Add => Some(b),
            (None, Some(b)) => Some(self.negate(b, loc)),
            (Some(a), Some(b)) => Some(self.arith2(op, a, b, elem, loc)),
        }
    }

    fn mul_opt(
        &mut self,
        a: &Option<Expr>,
        b: &Option<Expr>,
        elem: TypeId,
        loc: Loc,
    ) -> Option<Expr> {
        match (a, b) {
            (Some(a), Some(b)) => Some(self.arith2(BinOp::Mul, a.clone(), b.clone(), elem, loc)),
            _ => None,
        }
    }

    /// A call of the C library's complex helper `name(a, b, c, d)`, which
    /// returns `t`.
    fn complex_helper(&mut self, name: &str, args: Vec<Expr>, t: TypeId, loc: Loc) -> Expr {
        let elem = self.real_type(t);
        let f = FuncType {
            ret: t,
            params: Rc::from(vec![elem; args.len()]),
            variadic: false,
            prototype: true,
        };
        let ft = self.types.intern(TypeKind::Func(f.clone()));
        let sym = self.sess.interner.intern(name);
        let g = self.implicit_function(sym, ft, loc);
        let callee = Expr::new(ExprKind::Global(g), ft, loc);
        let callee = self.rval(callee);
        self.call_with(callee, f, args, loc)
    }

    /// The element type of an operation on complex values with these real
    /// types: the usual arithmetic conversions, except that integers are not
    /// promoted, as in gcc (`_Complex char + _Complex char` is `_Complex
    /// char`; of two narrow types the wider, or the unsigned one).
    fn complex_common(&mut self, ra: TypeId, rb: TypeId) -> TypeId {
        let (ra, rb) = (self.types.unqual(ra), self.types.unqual(rb));
        let narrow = |me: &Self, t: TypeId| {
            me.types.is_integer(t) && me.types.size(t) < me.types.size(ty::INT)
        };
        if ra == rb && self.types.is_integer(ra) {
            return ra;
        }
        if narrow(self, ra) && narrow(self, rb) {
            let (sa, sb) = (self.types.size(ra), self.types.size(rb));
            return match sa.cmp(&sb) {
                std::cmp::Ordering::Greater => ra,
                std::cmp::Ordering::Less => rb,
                std::cmp::Ordering::Equal if self.types.is_unsigned(rb) => rb,
                std::cmp::Ordering::Equal => ra,
            };
        }
        self.types.common(ra, rb)
    }

    /// `a op b` where at least one operand is complex (both are values).
    pub(crate) fn complex_binary(&mut self, op: BinOp, a: Expr, b: Expr, loc: Loc) -> Expr {
        let (ra, rb) = (self.real_type(a.ty), self.real_type(b.ty));
        let supported = matches!(
            op,
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Eq | BinOp::Ne
        );
        if !supported
            || !self.types.is_arith_or_complex(a.ty)
            || !self.types.is_arith_or_complex(b.ty)
        {
            let (x, y) = (self.ty_name(a.ty), self.ty_name(b.ty));
            self.error_at(
                loc,
                format!(
                    "invalid operands to binary `{}` (`{x}` and `{y}`)",
                    super::expr::binop_text(op)
                ),
            );
            return Expr::new(ExprKind::Error, ty::INT, loc);
        }
        let elem = self.complex_common(ra, rb);
        let t = self.types.complex(elem);
        let mut pre = Pre::new();
        let pa = self.parts(a, elem, &mut pre);
        let pb = self.parts(b, elem, &mut pre);
        match op {
            BinOp::Add | BinOp::Sub => {
                let re = self.add_sub(op, pa.re, pb.re, elem, loc);
                let im = self.add_sub(op, pa.im, pb.im, elem, loc);
                self.assemble(pre, re, im, t, loc)
            }
            BinOp::Eq | BinOp::Ne => {
                let (zr, zi) = (self.zero(elem, loc), self.zero(elem, loc));
                let ar = pa.re.unwrap_or(zr.clone());
                let br = pb.re.unwrap_or(zr);
                let ai = pa.im.unwrap_or(zi.clone());
                let bi = pb.im.unwrap_or(zi);
                let join = if op == BinOp::Eq {
                    BinOp::LogAnd
                } else {
                    BinOp::LogOr
                };
                let x = self.binary(op, ar, br, loc);
                let y = self.binary(op, ai, bi, loc);
                let r = self.binary(join, x, y, loc);
                Self::after(pre, r)
            }
            BinOp::Mul => {
                let full = pa.re.is_some() && pa.im.is_some() && pb.re.is_some() && pb.im.is_some();
                if !full {
                    // A real operand's missing imaginary part drops its
                    // products; each remaining part is used twice.
                    let once = |p: Option<Expr>, me: &mut Self, pre: &mut Pre| {
                        p.map(|p| me.reusable(p, pre))
                    };
                    let pa = Parts {
                        re: once(pa.re, self, &mut pre),
                        im: once(pa.im, self, &mut pre),
                    };
                    let pb = Parts {
                        re: once(pb.re, self, &mut pre),
                        im: once(pb.im, self, &mut pre),
                    };
                    let ac = self.mul_opt(&pa.re, &pb.re, elem, loc);
                    let bd = self.mul_opt(&pa.im, &pb.im, elem, loc);
                    let ad = self.mul_opt(&pa.re, &pb.im, elem, loc);
                    let bc = self.mul_opt(&pa.im, &pb.re, elem, loc);
                    let re = self.add_sub(BinOp::Sub, ac, bd, elem, loc);
                    let im = self.add_sub(BinOp::Add, ad, bc, elem, loc);
                    return self.assemble(pre, re, im, t, loc);
                }
                let take = |p: Option<Expr>, me: &mut Self, pre: &mut Pre| {
                    let p = p.expect("full operands");
                    me.reusable(p, pre)
                };
                let a = take(pa.re, self, &mut pre);
                let b = take(pa.im, self, &mut pre);
                let c = take(pb.re, self, &mut pre);
                let d = take(pb.im, self, &mut pre);
                let ac = self.arith2(BinOp::Mul, a.clone(), c.clone(), elem, loc);
                let bd = self.arith2(BinOp::Mul, b.clone(), d.clone(), elem, loc);
                let ad = self.arith2(BinOp::Mul, a.clone(), d.clone(), elem, loc);
                let bc = self.arith2(BinOp::Mul, b.clone(), c.clone(), elem, loc);
                let x = self.arith2(BinOp::Sub, ac, bd, elem, loc);
                let y = self.arith2(BinOp::Add, ad, bc, elem, loc);
                let folded = matches!(x.kind, ExprKind::Float(v) if !v.is_nan())
                    && matches!(y.kind, ExprKind::Float(_));
                if self.func.is_none() || folded || !self.types.is_float(elem) {
                    // Constants need no NaN recovery unless the real part
                    // is NaN (at file scope gcc folds with the same formula).
                    return self.assemble(pre, Some(x), Some(y), t, loc);
                }
                // x + yi, unless both are NaN: then the library recovers
                // the infinities (C99 G.5.1).
                let v = self.make_complex(x, y, t, loc);
                let tmp = self.temporary(v, &mut pre);
                let sz = self.types.size(elem);
                let part = |off: u64| member_at(&tmp, off, elem, loc);
                let xn = self.binary(BinOp::Ne, part(0), part(0), loc);
                let yn = self.binary(BinOp::Ne, part(sz), part(sz), loc);
                let both = self.binary(BinOp::LogAnd, xn, yn, loc);
                let helper = if elem == ty::FLOAT {
                    "__mulsc3"
                } else {
                    "__muldc3"
                };
                let call = self.complex_helper(helper, vec![a, b, c, d], t, loc);
                let r = Expr::new(
                    ExprKind::Cond(Box::new(both), Box::new(call), Box::new(tmp)),
                    t,
                    loc,
                );
                Self::after(pre, r)
            }
            _ => {
                // Division.
                match (pb.re, pb.im) {
                    (Some(br), None) => {
                        let br = self.reusable(br, &mut pre);
                        let re = pa
                            .re
                            .map(|ar| self.arith2(BinOp::Div, ar, br.clone(), elem, loc));
                        let im = pa
                            .im
                            .map(|ai| self.arith2(BinOp::Div, ai, br.clone(), elem, loc));
                        self.assemble(pre, re, im, t, loc)
                    }
                    (br, bi) if !self.types.is_float(elem) => {
                        let (ar, ai) = (
                            self.part_or_zero(pa.re, elem, loc),
                            self.part_or_zero(pa.im, elem, loc),
                        );
                        let (br, bi) = (
                            self.part_or_zero(br, elem, loc),
                            self.part_or_zero(bi, elem, loc),
                        );
                        let (re, im) = self.int_div_wide(ar, ai, br, bi, elem, &mut pre, loc);
                        self.assemble(pre, Some(re), Some(im), t, loc)
                    }
                    (br, bi) => {
                        let args = vec![
                            self.part_or_zero(pa.re, elem, loc),
                            self.part_or_zero(pa.im, elem, loc),
                            self.part_or_zero(br, elem, loc),
                            self.part_or_zero(bi, elem, loc),
                        ];
                        if let [a, b, c, d] = &args[..] {
                            // Constants are folded as gcc folds them:
                            // Smith's method, without libgcc's scaling.
                            let (a, b, c, d) = (a.clone(), b.clone(), c.clone(), d.clone());
                            if let Some((x, y)) = self.smith(a, b, c, d, elem, loc) {
                                return self.assemble(pre, Some(x), Some(y), t, loc);
                            }
                        }
                        let helper = if elem == ty::FLOAT {
                            "__divsc3"
                        } else {
                            "__divdc3"
                        };
                        let call = self.complex_helper(helper, args, t, loc);
                        Self::after(pre, call)
                    }
                }
            }
        }
    }

    /// `(ar + ai i) / (br + bi i)` on integer parts, as gcc computes it
    /// (`expand_complex_div_wide` in tree-complex.c): Smith's method with
    /// integer division, so the ratio truncates. Only the branch taken is
    /// evaluated (the other may divide by zero); constant parts fold.
    #[allow(clippy::too_many_arguments)]
    fn int_div_wide(
        &mut self,
        ar: Expr,
        ai: Expr,
        br: Expr,
        bi: Expr,
        elem: TypeId,
        pre: &mut Pre,
        loc: Loc,
    ) -> (Expr, Expr) {
        let ints = [&ar, &ai, &br, &bi].map(|e| match e.kind {
            ExprKind::Int(v) => Some(v),
            _ => None,
        });
        if let [Some(a), Some(b), Some(c), Some(d)] = ints {
            if let Some((re, im)) = self.fold_int_div(a, b, c, d, elem) {
                return (Expr::int(re, elem, loc), Expr::int(im, elem, loc));
            }
        }
        if self.func.is_none() {
            // No locals at file scope: only the type counts (`sizeof`), or
            // the initializer is refused as not constant.
            let re = self.binary(BinOp::Div, ar, br.clone(), loc);
            let im = self.binary(BinOp::Div, ai, br, loc);
            return (re, im);
        }
        let ar = self.reusable(ar, pre);
        let ai = self.reusable(ai, pre);
        let br = self.reusable(br, pre);
        let bi = self.reusable(bi, pre);
        let abs = |me: &mut Self, x: &Expr| {
            if me.types.is_unsigned(elem) {
                return x.clone();
            }
            let z = me.zero(elem, loc);
            let neg = me.binary(BinOp::Lt, x.clone(), z, loc);
            let minus = me.negate(x.clone(), loc);
            Expr::new(
                ExprKind::Cond(Box::new(neg), Box::new(minus), Box::new(x.clone())),
                elem,
                loc,
            )
        };
        let (abr, abi) = (abs(self, &br), abs(self, &bi));
        let cond = self.binary(BinOp::Lt, abr, abi, loc);
        let name = self.sess.interner.intern(".ctmp");
        let fresh =
            |me: &mut Self| Expr::new(ExprKind::Local(me.new_local(name, elem, loc)), elem, loc);
        let (ratio, d, re, im) = (fresh(self), fresh(self), fresh(self), fresh(self));
        let set = |x: &Expr, v: Expr| {
            Expr::new(
                ExprKind::Assign(Box::new(x.clone()), Box::new(v)),
                elem,
                loc,
            )
        };
        let seq = |parts: Vec<Expr>| {
            parts
                .into_iter()
                .rev()
                .reduce(|acc, p| Expr::new(ExprKind::Comma(Box::new(p), Box::new(acc)), elem, loc))
                .expect("parts")
        };
        // One branch: ratio = x / y, d = x * ratio + y, then the parts.
        let branch = |me: &mut Self, swap: bool| {
            let (x, y) = if swap { (&bi, &br) } else { (&br, &bi) };
            let q = me.arith2(BinOp::Div, x.clone(), y.clone(), elem, loc);
            let xr = me.arith2(BinOp::Mul, x.clone(), ratio.clone(), elem, loc);
            let dv = me.arith2(BinOp::Add, xr, y.clone(), elem, loc);
            let (rv, iv) = if swap {
                // |br| >= |bi|: re = (ai * ratio + ar) / d, im = (ai - ar * ratio) / d.
                let air = me.arith2(BinOp::Mul, ai.clone(), ratio.clone(), elem, loc);
                let rn = me.arith2(BinOp::Add, air, ar.clone(), elem, loc);
                let arr = me.arith2(BinOp::Mul, ar.clone(), ratio.clone(), elem, loc);
                let inn = me.arith2(BinOp::Sub, ai.clone(), arr, elem, loc);
                (rn, inn)
            } else {
                // |br| < |bi|: re = (ar * ratio + ai) / d, im = (ai * ratio - ar) / d.
                let arr = me.arith2(BinOp::Mul, ar.clone(), ratio.clone(), elem, loc);
                let rn = me.arith2(BinOp::Add, arr, ai.clone(), elem, loc);
                let air = me.arith2(BinOp::Mul, ai.clone(), ratio.clone(), elem, loc);
                let inn = me.arith2(BinOp::Sub, air, ar.clone(), elem, loc);
                (rn, inn)
            };
            let rq = me.arith2(BinOp::Div, rv, d.clone(), elem, loc);
            let iq = me.arith2(BinOp::Div, iv, d.clone(), elem, loc);
            seq(vec![
                set(&ratio, q),
                set(&d, dv),
                set(&re, rq),
                set(&im, iq),
            ])
        };
        let small = branch(self, false);
        let large = branch(self, true);
        pre.push(Expr::new(
            ExprKind::Cond(Box::new(cond), Box::new(small), Box::new(large)),
            elem,
            loc,
        ));
        (re, im)
    }

    /// [`Parser::int_div_wide`] on constants, in the element type's
    /// arithmetic; `None` on a division by zero (left to run time, where
    /// it traps) or an overflowing signed division.
    fn fold_int_div(&mut self, a: u64, b: u64, c: u64, d: u64, elem: TypeId) -> Option<(u64, u64)> {
        let unsigned = self.types.is_unsigned(elem);
        let canon = |me: &Self, v: u64| super::canon_of(me.types, v, elem);
        let val = |v: u64| {
            if unsigned {
                i128::from(v)
            } else {
                i128::from(v as i64)
            }
        };
        let wrap = |me: &Self, v: i128| canon(me, v as u64);
        let div = |me: &Self, x: u64, y: u64| -> Option<u64> {
            let (x, y) = (val(x), val(y));
            if y == 0 {
                return None;
            }
            Some(wrap(me, x / y))
        };
        let mul = |me: &Self, x: u64, y: u64| wrap(me, val(x).wrapping_mul(val(y)));
        let add = |me: &Self, x: u64, y: u64| wrap(me, val(x) + val(y));
        let sub = |me: &Self, x: u64, y: u64| wrap(me, val(x) - val(y));
        let (a, b, c, d) = (
            canon(self, a),
            canon(self, b),
            canon(self, c),
            canon(self, d),
        );
        if val(c).abs() < val(d).abs() {
            let ratio = div(self, c, d)?;
            let den = add(self, mul(self, c, ratio), d);
            let re = div(self, add(self, mul(self, a, ratio), b), den)?;
            let im = div(self, sub(self, mul(self, b, ratio), a), den)?;
            Some((re, im))
        } else {
            let ratio = div(self, d, c)?;
            let den = add(self, mul(self, d, ratio), c);
            let re = div(self, add(self, mul(self, b, ratio), a), den)?;
            let im = div(self, sub(self, b, mul(self, a, ratio)), den)?;
            Some((re, im))
        }
    }

    /// `(a + bi) / (c + di)` by Smith's method on constant parts, as gcc's
    /// `const_binop` folds it; `None` where gcc declines to fold (a division
    /// by zero, or an overflow to infinity, with trapping math): the quotient
    /// is then the library's, at run time.
    fn smith(
        &mut self,
        a: Expr,
        b: Expr,
        c: Expr,
        d: Expr,
        elem: TypeId,
        loc: Loc,
    ) -> Option<(Expr, Expr)> {
        let val = |e: &Expr| match e.kind {
            ExprKind::Float(v) => Some(v),
            _ => None,
        };
        let op = |me: &mut Self, o: BinOp, x: &Expr, y: &Expr| -> Option<Expr> {
            let (xv, yv) = (val(x)?, val(y)?);
            if o == BinOp::Div && yv == 0.0 {
                return None;
            }
            let r = me.fold_arith(o, x.clone(), y.clone(), elem, loc);
            let rv = val(&r)?;
            (!(rv.is_infinite() && xv.is_finite() && yv.is_finite())).then_some(r)
        };
        let (cv, dv) = (val(&c)?.abs(), val(&d)?.abs());
        if cv < dv {
            let ratio = op(self, BinOp::Div, &c, &d)?;
            let cr = op(self, BinOp::Mul, &c, &ratio)?;
            let div = op(self, BinOp::Add, &d, &cr)?;
            let ar = op(self, BinOp::Mul, &a, &ratio)?;
            let re = op(self, BinOp::Add, &ar, &b)?;
            let re = op(self, BinOp::Div, &re, &div)?;
            let br = op(self, BinOp::Mul, &b, &ratio)?;
            let im = op(self, BinOp::Sub, &br, &a)?;
            let im = op(self, BinOp::Div, &im, &div)?;
            Some((re, im))
        } else {
            let ratio = op(self, BinOp::Div, &d, &c)?;
            let dr = op(self, BinOp::Mul, &d, &ratio)?;
            let div = op(self, BinOp::Add, &c, &dr)?;
            let br = op(self, BinOp::Mul, &b, &ratio)?;
            let re = op(self, BinOp::Add, &br, &a)?;
            let re = op(self, BinOp::Div, &re, &div)?;
            let ar = op(self, BinOp::Mul, &a, &ratio)?;
            let im = op(self, BinOp::Sub, &b, &ar)?;
            let im = op(self, BinOp::Div, &im, &div)?;
            Some((re, im))
        }
    }

    /// Conversion to or from a complex type (`to` and `e`'s type differ).
    pub(crate) fn complex_conv(&mut self, e: Expr, to: TypeId) -> Expr {
        let loc = e.loc;
        if let Some(elem) = self.types.complex_elem(to) {
            if !self.types.is_arith_or_complex(e.ty) {
                let n = self.ty_name(e.ty);
                let m = self.ty_name(to);
                self.error_at(loc, format!("cannot convert `{n}` to `{m}`"));
                return Expr::new(ExprKind::Error, to, loc);
            }
            let mut pre = Pre::new();
            let p = self.parts(e, elem, &mut pre);
            return self.assemble(pre, p.re, p.im, to, loc);
        }
        // From complex to a real type: the real part (C99 6.3.1.7p2), or
        // whether either part is nonzero for `_Bool`.
        if matches!(self.types.ukind(to), TypeKind::Bool) {
            let elem = self.real_type(e.ty);
            let z = self.zero(elem, loc);
            let nz = self.complex_binary(BinOp::Ne, e, z, loc);
            return self.conv(nz, to);
        }
        if !self.types.is_arith(to) {
            let n = self.ty_name(e.ty);
            let m = self.ty_name(to);
            self.error_at(loc, format!("cannot convert `{n}` to `{m}`"));
            return Expr::new(ExprKind::Error, to, loc);
        }
        let re = self.real_part(e, loc);
        self.conv(re, to)
    }

    /// `__real__ e`: the real part of a complex value (an lvalue when `e`
    /// is), or a real value itself.
    pub(crate) fn real_part(&mut self, e: Expr, loc: Loc) -> Expr {
        self.part_of(e, false, loc)
    }

    /// `__imag__ e`: the imaginary part (0 for a real value).
    pub(crate) fn imag_part(&mut self, e: Expr, loc: Loc) -> Expr {
        self.part_of(e, true, loc)
    }

    fn part_of(&mut self, e: Expr, imag: bool, loc: Loc) -> Expr {
        let Some(elem) = self.types.complex_elem(e.ty) else {
            let e = self.rval(e);
            if !self.types.is_arith(e.ty) {
                let n = self.ty_name(e.ty);
                let w = if imag { "__imag__" } else { "__real__" };
                self.error_at(loc, format!("invalid operand to `{w}` (`{n}`)"));
                return Expr::new(ExprKind::Error, ty::DOUBLE, loc);
            }
            if !imag {
                return e;
            }
            let t = e.ty;
            let z = if self.types.is_float(t) {
                Expr::new(ExprKind::Float(0.0), t, loc)
            } else {
                Expr::int(0, t, loc)
            };
            // The operand is still evaluated.
            return if is_pure_value(&e) {
                z
            } else {
                Expr::new(ExprKind::Comma(Box::new(e), Box::new(z)), t, loc)
            };
        };
        if let Some((re, im)) = self.constructed_parts(&e) {
            let (keep, drop) = if imag { (im, re) } else { (re, im) };
            return if is_pure_value(&drop) {
                keep
            } else {
                let t = keep.ty;
                Expr::new(ExprKind::Comma(Box::new(drop), Box::new(keep)), t, loc)
            };
        }
        // The part keeps the object's qualifiers (`const double _Complex`).
        let q = self.types.quals(e.ty);
        let t = self.types.qualify(elem, q);
        let off = if imag { self.types.size(elem) } else { 0 };
        member_at(&e, off, t, loc)
    }

    /// `-z` and `~z` (the conjugate, GNU) of a complex value.
    pub(crate) fn complex_unary(&mut self, op: UnOp, e: Expr, loc: Loc) -> Expr {
        let t = self.types.unqual(e.ty);
        let elem = self.real_type(t);
        let mut pre = Pre::new();
        let p = self.parts(e, elem, &mut pre);
        let re = self.part_or_zero(p.re, elem, loc);
        let im = self.part_or_zero(p.im, elem, loc);
        let (re, im) = match op {
            UnOp::Neg => (self.negate(re, loc), self.negate(im, loc)),
            _ => (re, self.negate(im, loc)),
        };
        self.assemble(pre, Some(re), Some(im), t, loc)
    }

    /// The lvalue `lhs` of a compound assignment as something that may be
    /// named twice (read, then written): itself when that has no side
    /// effects, else `*p` with `p = &lhs` evaluated once in `pre`.
    pub(crate) fn target_once(&mut self, lhs: Expr, pre: &mut Pre, loc: Loc) -> Expr {
        if is_pure_value(&lhs) || self.func.is_none() {
            return lhs;
        }
        let t = self.types.unqual(lhs.ty);
        let pt = self.types.ptr(lhs.ty);
        let addr = self.addr_of(lhs, loc);
        let p = self.reusable(Expr::new(addr.kind, pt, loc), pre);
        Expr::new(ExprKind::Deref(Box::new(p)), t, loc)
    }

    /// `z op= v` where either side is complex: `z = z op v`, evaluating the
    /// target once.
    pub(crate) fn complex_op_assign(&mut self, op: BinOp, lhs: Expr, rhs: Expr, loc: Loc) -> Expr {
        let lt = self.types.unqual(lhs.ty);
        let mut pre = Pre::new();
        let target = self.target_once(lhs, &mut pre, loc);
        let cur = self.rval(target.clone());
        let v = self.complex_binary(op, cur, rhs, loc);
        let v = self.conv(v, lt);
        let a = Expr::new(ExprKind::Assign(Box::new(target), Box::new(v)), lt, loc);
        Self::after(pre, a)
    }

    /// `++z`, `z++`, `--z`, `z--` (GNU): 1 added to or taken from the real
    /// part; the postfix forms yield the value before.
    pub(crate) fn complex_inc_dec(&mut self, e: Expr, prefix: bool, inc: bool, loc: Loc) -> Expr {
        let op = if inc { BinOp::Add } else { BinOp::Sub };
        let one = Expr::int(1, ty::INT, loc);
        if prefix || self.func.is_none() {
            return self.complex_op_assign(op, e, one, loc);
        }
        let t = self.types.unqual(e.ty);
        let mut pre = Pre::new();
        let target = self.target_once(e, &mut pre, loc);
        // The old value, in a temporary of its own.
        let cur = self.rval(target.clone());
        let old = self.temporary(cur, &mut pre);
        let v = self.complex_binary(op, old.clone(), one, loc);
        let v = self.conv(v, t);
        pre.push(Expr::new(
            ExprKind::Assign(Box::new(target), Box::new(v)),
            t,
            loc,
        ));
        Self::after(pre, old)
    }

    /// `__builtin_complex(re, im)`: both of one real floating type.
    pub(crate) fn builtin_complex(&mut self, re: Expr, im: Expr, loc: Loc) -> Expr {
        let (re, im) = (self.rval(re), self.rval(im));
        let (rt, it) = (self.types.unqual(re.ty), self.types.unqual(im.ty));
        if !self.types.is_float(rt) || rt != it {
            self.error_at(
                loc,
                "`__builtin_complex` needs two arguments of the same real floating type",
            );
            return Expr::new(ExprKind::Error, ty::DOUBLE, loc);
        }
        let t = self.types.complex(rt);
        self.make_complex(re, im, t, loc)
    }

    /// An imaginary integer constant (`2i`, GNU): `_Complex` of its type.
    pub(crate) fn imaginary_int_constant(&mut self, v: u64, elem: TypeId, loc: Loc) -> Expr {
        let t = self.types.complex(elem);
        let re = self.zero(elem, loc);
        let im = Expr::int(v, elem, loc);
        self.make_complex(re, im, t, loc)
    }

    /// An imaginary constant (`2.0i`, `1.5fi`): its value and real type.
    pub(crate) fn imaginary_constant(&mut self, v: f64, elem: TypeId, loc: Loc) -> Expr {
        let t = self.types.complex(elem);
        let re = self.zero(elem, loc);
        let im = Expr::new(ExprKind::Float(v), elem, loc);
        self.make_complex(re, im, t, loc)
    }
}

/// The member of record value `e` at byte offset `off`, of type `t` (a
/// complex value's part, a vector's lane).
pub(crate) fn member_at(e: &Expr, off: u64, t: TypeId, loc: Loc) -> Expr {
    Expr::new(
        ExprKind::Member(
            Box::new(e.clone()),
            MemberRef {
                offset: off,
                bits: None,
                volatile: false,
            },
        ),
        t,
        loc,
    )
}

/// Reading `e` has no side effect (so it may be dropped or repeated).
fn is_pure_value(e: &Expr) -> bool {
    super::expr::is_pure(e)
}
