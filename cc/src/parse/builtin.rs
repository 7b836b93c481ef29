//! Built-in operations: `va_*`, `offsetof`, `_Generic`, the GNU builtins
//! real code uses, and `__builtin_vox("mnemonic", ...)`, which emits any
//! one VM instruction — how the C library reaches the machine, and why a
//! new instruction in `isa.ron` is usable from C with no compiler change.

use super::{ConvFor, Parser};
use crate::ast::*;
use crate::source::Loc;
use crate::token::{kw, Punct, Sym, TokKind};
use crate::types::{ty, TypeId, TypeKind};
use vm::isa::{ImmType, Opcode, OperandKind, OperandValue};

impl Parser<'_> {
    pub(crate) fn builtin(&mut self, sym: Sym, loc: Loc) -> Expr {
        if sym == kw::GENERIC {
            return self.generic(loc);
        }
        if !self.expect(Punct::LParen, "after the builtin's name") {
            return Expr::new(ExprKind::Error, ty::INT, loc);
        }
        let e = match sym {
            kw::BUILTIN_VA_START => {
                let ap = self.assign_expr();
                if self.eat(Punct::Comma) {
                    let _last = self.assign_expr();
                }
                if !self.func.as_ref().is_some_and(|f| f.variadic) {
                    self.error_at(loc, "`va_start` used in a function with fixed arguments");
                }
                self.check_va_list(&ap);
                Expr::new(ExprKind::VaStart(Box::new(ap)), ty::VOID, loc)
            }
            kw::BUILTIN_VA_ARG => {
                let ap = self.assign_expr();
                self.expect(Punct::Comma, "in `va_arg(ap, type)`");
                let t = self.type_name();
                self.check_va_list(&ap);
                if !self.types.is_complete(t) {
                    let n = self.ty_name(t);
                    self.error_at(loc, format!("`va_arg` of incomplete type `{n}`"));
                }
                let t = self.types.unqual(t);
                Expr::new(ExprKind::VaArg(Box::new(ap)), t, loc)
            }
            kw::BUILTIN_VA_END => {
                let ap = self.assign_expr();
                let ap = self.rval(ap);
                Expr::new(ExprKind::Cast(Box::new(ap)), ty::VOID, loc)
            }
            kw::BUILTIN_VA_COPY => {
                let d = self.assign_expr();
                self.expect(Punct::Comma, "in `va_copy(dst, src)`");
                let s = self.assign_expr();
                self.check_va_list(&d);
                let dt = self.types.unqual(d.ty);
                let s = self.assign_conv(dt, s, ConvFor::Op("`va_copy`"));
                let a = Expr::new(ExprKind::Assign(Box::new(d), Box::new(s)), dt, loc);
                Expr::new(ExprKind::Cast(Box::new(a)), ty::VOID, loc)
            }
            kw::BUILTIN_OFFSETOF => self.offsetof(loc),
            kw::BUILTIN_EXPECT => {
                let e = self.assign_expr();
                self.expect(Punct::Comma, "in `__builtin_expect(expr, value)`");
                let hint = self.assign_expr();
                let e = self.rval(e);
                let e = self.conv(e, ty::LONG);
                // The expected value is still evaluated (gcc's pr85156).
                if super::expr::is_pure(&hint) {
                    e
                } else {
                    let (t, l) = (e.ty, e.loc);
                    let hint = Expr::new(ExprKind::Cast(Box::new(self.rval(hint))), ty::VOID, l);
                    let tmp_name = self.sess.interner.intern(".expect");
                    if self.func.is_some() {
                        // `e` first, then the hint, and `e`'s value.
                        let tmp = self.new_local(tmp_name, t, l);
                        let tv = Expr::new(ExprKind::Local(tmp), t, l);
                        let set =
                            Expr::new(ExprKind::Assign(Box::new(tv.clone()), Box::new(e)), t, l);
                        let rest = Expr::new(ExprKind::Comma(Box::new(hint), Box::new(tv)), t, l);
                        Expr::new(ExprKind::Comma(Box::new(set), Box::new(rest)), t, l)
                    } else {
                        e
                    }
                }
            }
            kw::BUILTIN_CONSTANT_P => {
                let e = self.assign_expr();
                // As gcc: an arithmetic constant, or a string literal (a
                // constant address).
                let is_str = |e: &Expr| match e.kind {
                    ExprKind::Global(g) => matches!(self.global(g).kind, GlobalKind::Str(_)),
                    _ => false,
                };
                let c = match &e.kind {
                    ExprKind::Int(_) | ExprKind::Float(_) => true,
                    ExprKind::AddrOf(inner) => is_str(inner),
                    _ => is_str(&e),
                };
                Expr::int(u64::from(c), ty::INT, loc)
            }
            kw::BUILTIN_TYPES_COMPATIBLE_P => {
                let a = self.type_name();
                self.expect(Punct::Comma, "between the two types");
                let b = self.type_name();
                let (a, b) = (self.types.unqual(a), self.types.unqual(b));
                Expr::int(u64::from(self.types.compatible(a, b)), ty::INT, loc)
            }
            kw::BUILTIN_CHOOSE_EXPR => {
                // The constant picks one operand; the result is that operand
                // unchanged (type, lvalue-ness), as in gcc.
                let c = self.assign_expr();
                let pick = self.const_int(&c);
                if pick.is_none() {
                    self.error_at(
                        c.loc,
                        "`__builtin_choose_expr`'s first argument is not an integer constant",
                    );
                }
                self.expect(Punct::Comma, "in `__builtin_choose_expr(c, a, b)`");
                let a = self.assign_expr();
                self.expect(Punct::Comma, "in `__builtin_choose_expr(c, a, b)`");
                let b = self.assign_expr();
                if pick.unwrap_or(0) != 0 {
                    a
                } else {
                    b
                }
            }
            kw::BUILTIN_ALLOCA => {
                let n = self.assign_expr();
                self.alloca_expr(n, loc)
            }
            kw::BUILTIN_COMPLEX => {
                let re = self.assign_expr();
                self.expect(Punct::Comma, "in `__builtin_complex(re, im)`");
                let im = self.assign_expr();
                self.builtin_complex(re, im, loc)
            }
            kw::BUILTIN_FRAME_ADDRESS => {
                // Level 0: the function's stack pointer, an address in its
                // frame. Outer frames are not reachable from the guest.
                let n = self.assign_expr();
                let vp = self.types.ptr(ty::VOID);
                match (self.const_int(&n), Opcode::from_mnemonic("sp")) {
                    (Some(0), Some(sp)) => Expr::new(
                        ExprKind::Vox {
                            opcode: sp,
                            args: Vec::new(),
                            has_result: true,
                        },
                        vp,
                        loc,
                    ),
                    _ => {
                        self.error_at(
                            n.loc,
                            "`__builtin_frame_address` of an outer frame (a level other than 0) is not supported by voxcc",
                        );
                        Expr::new(ExprKind::Error, vp, loc)
                    }
                }
            }
            kw::BUILTIN_UNREACHABLE | kw::BUILTIN_TRAP => {
                let msg = if sym == kw::BUILTIN_TRAP {
                    "__builtin_trap() called"
                } else {
                    "__builtin_unreachable() reached"
                };
                self.trap_expr(msg, loc)
            }
            _ => self.vox(loc),
        };
        self.expect(Punct::RParen, "to close the builtin's arguments");
        e
    }

    /// Builtins that are constants: `__builtin_inf()`, `__builtin_nan("")`...
    pub(crate) fn const_builtin(&mut self, name: &str, loc: Loc) -> Option<Expr> {
        let (v, t, takes_str) = match name {
            "__builtin_huge_val" | "__builtin_inf" => (f64::INFINITY, ty::DOUBLE, false),
            "__builtin_huge_valf" | "__builtin_inff" => (f64::INFINITY, ty::FLOAT, false),
            "__builtin_huge_vall" | "__builtin_infl" => (f64::INFINITY, ty::LDOUBLE, false),
            "__builtin_nan" => (f64::NAN, ty::DOUBLE, true),
            "__builtin_nanf" => (f64::NAN, ty::FLOAT, true),
            "__builtin_nanl" => (f64::NAN, ty::LDOUBLE, true),
            _ => return None,
        };
        self.expect(Punct::LParen, "after the builtin's name");
        if takes_str && !self.at(Punct::RParen) {
            self.assign_expr();
        }
        self.expect(Punct::RParen, "to close the builtin's arguments");
        // A quiet NaN with the sign bit clear, as glibc's NAN.
        let v = if v.is_nan() {
            f64::from_bits(0x7ff8_0000_0000_0000)
        } else {
            v
        };
        Some(Expr::new(ExprKind::Float(v), t, loc))
    }

    /// `alloca(n)`: stack space that lives until the function returns
    /// (`ret` restores the stack pointer); `salloc` traps `stack overflow`
    /// when the VM stack is too small.
    pub(crate) fn alloca_expr(&mut self, n: Expr, loc: Loc) -> Expr {
        let n = self.rval(n);
        let vp = self.types.ptr(ty::VOID);
        if !self.types.is_integer(n.ty) {
            self.error_at(n.loc, "`alloca` needs an integer size");
            return Expr::new(ExprKind::Error, vp, loc);
        }
        let n = self.conv(n, ty::ULONG);
        match Opcode::from_mnemonic("salloc") {
            Some(op) => Expr::new(
                ExprKind::Vox {
                    opcode: op,
                    args: vec![VoxArg::Reg(n)],
                    has_result: true,
                },
                vp,
                loc,
            ),
            None => {
                self.error_at(loc, "this voxvm has no `salloc` instruction");
                Expr::new(ExprKind::Error, vp, loc)
            }
        }
    }

    /// An expression that traps with `msg` when evaluated.
    pub(crate) fn trap_expr(&mut self, msg: &str, loc: Loc) -> Expr {
        let Some(op) = Opcode::from_mnemonic("trap") else {
            self.error_at(loc, "this voxvm has no `trap` instruction");
            return Expr::new(ExprKind::Error, ty::VOID, loc);
        };
        let mut bytes = msg.as_bytes().to_vec();
        bytes.push(0);
        let g = self.string_global(bytes, ty::CHAR, loc);
        Expr::new(
            ExprKind::Vox {
                opcode: op,
                args: vec![VoxArg::Data(g)],
                has_result: false,
            },
            ty::VOID,
            loc,
        )
    }

    fn check_va_list(&mut self, ap: &Expr) {
        let ok = self
            .types
            .pointee(ap.ty)
            .is_some_and(|p| matches!(self.types.ukind(p), TypeKind::Char))
            && ap.is_lvalue();
        if !ok && !matches!(ap.kind, ExprKind::Error) {
            self.error_at(ap.loc, "expected a `va_list` variable");
        }
    }

    /// `__builtin_offsetof(type, member.designator[3])` after `(`.
    fn offsetof(&mut self, loc: Loc) -> Expr {
        let mut t = self.type_name();
        self.expect(Punct::Comma, "in `offsetof(type, member)`");
        let mut off: u64 = 0;
        let mut first = true;
        loop {
            if first || self.eat(Punct::Dot) {
                first = false;
                let m = self.next();
                if m.kind != TokKind::Ident {
                    self.error_at(m.loc, "expected a member name in `offsetof`");
                    break;
                }
                match self.find_member(t, m.sym) {
                    Some((o, f)) => {
                        if f.bits.is_some() {
                            self.error_at(m.loc, "`offsetof` of a bit-field");
                        }
                        off += o;
                        t = f.ty;
                    }
                    None => {
                        let (s, n) = (self.str(m.sym).to_string(), self.ty_name(t));
                        self.error_at(m.loc, format!("no member named `{s}` in `{n}`"));
                        break;
                    }
                }
            } else if self.eat(Punct::LBracket) {
                let e = self.expr();
                self.expect(Punct::RBracket, "in the `offsetof` designator");
                let elem = match *self.types.ukind(t) {
                    TypeKind::Array(e, _) => e,
                    _ => {
                        self.error_at(e.loc, "subscript of a non-array in `offsetof`");
                        break;
                    }
                };
                let i = self.const_int(&e).unwrap_or(0);
                off = off.wrapping_add((i as u64).wrapping_mul(self.types.size(elem)));
                t = elem;
            } else {
                break;
            }
        }
        Expr::int(off, ty::ULONG, loc)
    }

    /// `_Generic(expr, type: e, default: e)` (the keyword consumed).
    fn generic(&mut self, loc: Loc) -> Expr {
        self.expect(Punct::LParen, "after `_Generic`");
        let c = self.assign_expr();
        let c = self.rval(c);
        let ct = self.types.unqual(c.ty);
        let mut chosen: Option<Expr> = None;
        let mut default: Option<Expr> = None;
        while self.eat(Punct::Comma) {
            if self.eat_kw(kw::DEFAULT) {
                self.expect(Punct::Colon, "after `default`");
                let e = self.assign_expr();
                default = Some(e);
                continue;
            }
            let t = self.type_name();
            self.expect(Punct::Colon, "after the type in `_Generic`");
            let e = self.assign_expr();
            if chosen.is_none() && self.types.compatible(self.types.unqual(t), ct) {
                chosen = Some(e);
            }
        }
        self.expect(Punct::RParen, "to close `_Generic`");
        match chosen.or(default) {
            Some(e) => e,
            None => {
                let n = self.ty_name(ct);
                self.error_at(loc, format!("`_Generic` has no association for type `{n}`"));
                Expr::new(ExprKind::Error, ty::INT, loc)
            }
        }
    }

    /// `__builtin_vox("mnemonic", operands...)` after `(`: one instruction.
    /// The result (if the first operand is a `dst` register written by the
    /// instruction) has the C type of the mnemonic's first type suffix.
    fn vox(&mut self, loc: Loc) -> Expr {
        let t = self.peek();
        if t.kind != TokKind::Str {
            self.error_at(
                t.loc,
                "expected the instruction's mnemonic as a string literal",
            );
            return Expr::new(ExprKind::Error, ty::INT, loc);
        }
        let m = self.string_literal();
        let mnemonic = match &m.kind {
            ExprKind::Global(g) => match &self.global(*g).kind {
                GlobalKind::Str(b) => {
                    String::from_utf8_lossy(&b[..b.len().saturating_sub(1)]).into_owned()
                }
                _ => String::new(),
            },
            _ => String::new(),
        };
        let Some(op) = Opcode::from_mnemonic(&mnemonic) else {
            self.error_at(m.loc, format!("unknown instruction `{mnemonic}`"));
            return Expr::new(ExprKind::Error, ty::INT, loc);
        };
        let info = op.info();
        // isa.ron's convention: a register operand named `dst` is the
        // register the instruction writes, its result.
        let has_result = info
            .operands
            .first()
            .is_some_and(|o| o.kind == OperandKind::Reg && o.name == "dst");
        let skip = usize::from(has_result);
        let mut args = Vec::new();
        for o in &info.operands[skip..] {
            if !self.expect(
                Punct::Comma,
                &format!("before operand `{}` of `{mnemonic}`", o.name),
            ) {
                return Expr::new(ExprKind::Error, ty::INT, loc);
            }
            match o.kind {
                OperandKind::Reg => {
                    let e = self.assign_expr();
                    let e = self.rval(e);
                    args.push(VoxArg::Reg(e));
                }
                OperandKind::Imm(it) => {
                    let e = self.assign_expr();
                    let v = match e.kind {
                        ExprKind::Int(v) => Some(imm_value(it, v, self.types.is_unsigned(e.ty))),
                        ExprKind::Float(f) => match it {
                            ImmType::F32 => Some(OperandValue::F32(f as f32)),
                            ImmType::F64 => Some(OperandValue::F64(f)),
                            _ => None,
                        },
                        _ => None,
                    };
                    match v {
                        Some(v) => args.push(VoxArg::Imm(v)),
                        None => {
                            self.error_at(
                                e.loc,
                                format!("operand `{}` of `{mnemonic}` must be a constant", o.name),
                            );
                        }
                    }
                }
                OperandKind::Data => {
                    let e = self.assign_expr();
                    match e.kind {
                        ExprKind::Global(g)
                            if matches!(self.global(g).kind, GlobalKind::Str(_)) =>
                        {
                            args.push(VoxArg::Data(g))
                        }
                        _ => self.error_at(
                            e.loc,
                            format!(
                                "operand `{}` of `{mnemonic}` must be a string literal",
                                o.name
                            ),
                        ),
                    }
                }
                _ => {
                    self.error_at(
                        loc,
                        format!(
                            "`{mnemonic}` has a {} operand, which `__builtin_vox` cannot supply",
                            o.kind.describe()
                        ),
                    );
                    return Expr::new(ExprKind::Error, ty::INT, loc);
                }
            }
        }
        let rt = if has_result {
            suffix_type(info.suffix)
        } else {
            ty::VOID
        };
        Expr::new(
            ExprKind::Vox {
                opcode: op,
                args,
                has_result,
            },
            rt,
            loc,
        )
    }
}

/// The C type of a VM type suffix (`i32` is `int`, ...); the first of a
/// `cvt.TO.FROM` pair. Untyped instructions produce addresses and counts:
/// `unsigned long`.
fn suffix_type(suffix: &str) -> TypeId {
    match suffix.split('.').next().unwrap_or("") {
        "i8" => ty::SCHAR,
        "u8" => ty::UCHAR,
        "i16" => ty::SHORT,
        "u16" => ty::USHORT,
        "i32" => ty::INT,
        "u32" => ty::UINT,
        "i64" => ty::LONG,
        "f32" => ty::FLOAT,
        "f64" => ty::DOUBLE,
        _ => ty::ULONG,
    }
}

fn imm_value(t: ImmType, v: u64, _unsigned: bool) -> OperandValue {
    match t {
        ImmType::I8 => OperandValue::I8(v as i8),
        ImmType::I16 => OperandValue::I16(v as i16),
        ImmType::I32 => OperandValue::I32(v as i32),
        ImmType::I64 => OperandValue::I64(v as i64),
        ImmType::U8 => OperandValue::U8(v as u8),
        ImmType::U16 => OperandValue::U16(v as u16),
        ImmType::U32 => OperandValue::U32(v as u32),
        ImmType::U64 => OperandValue::U64(v),
        ImmType::F32 => OperandValue::F32(v as i64 as f32),
        ImmType::F64 => OperandValue::F64(v as i64 as f64),
    }
}
