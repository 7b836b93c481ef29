//! GCC's builtins beyond those of [`super::builtin`]: `__builtin_NAME` for
//! the C library functions gcc knows (declared with their prototypes and
//! called as the library's `NAME`, as gcc does when it does not expand them
//! inline), and the bit-counting ones (`__builtin_clz`, `popcount`,
//! `bswap32`...), each a single VM instruction.

use super::{Binding, Parser};
use crate::ast::*;
use crate::source::Loc;
use crate::token::{Punct, Sym};
use crate::types::{ty, FuncType, Quals, TypeId, TypeKind};
use std::rc::Rc;
use vm::isa::Opcode;

/// C library functions with their prototypes, coded as the return type then
/// the parameter types, `.` for `...`: `v` void, `i` int, `l` long, `L` long
/// long, `z` size_t, `d` double, `f` float, `D` long double, `p` void *, `P`
/// const void *, `s` char *, `S` const char *.
const LIBRARY: &[(&str, &str)] = &[
    ("abort", "v"),
    // The overflow builtins' helper (`libc/overflow.c`).
    ("__vox_overflow", "iizizipii"),
    ("exit", "vi"),
    ("malloc", "pz"),
    ("calloc", "pzz"),
    ("realloc", "ppz"),
    ("free", "vp"),
    ("memcpy", "ppPz"),
    ("memmove", "ppPz"),
    ("memset", "ppiz"),
    ("memcmp", "iPPz"),
    ("memchr", "pPiz"),
    ("strlen", "zS"),
    ("strcpy", "ssS"),
    ("strncpy", "ssSz"),
    ("strcat", "ssS"),
    ("strncat", "ssSz"),
    ("strcmp", "iSS"),
    ("strncmp", "iSSz"),
    ("strchr", "sSi"),
    ("strrchr", "sSi"),
    ("strstr", "sSS"),
    ("strspn", "zSS"),
    ("strcspn", "zSS"),
    ("strpbrk", "sSS"),
    ("strdup", "sS"),
    ("strndup", "sSz"),
    ("printf", "iS."),
    ("sprintf", "isS."),
    ("snprintf", "iszS."),
    ("puts", "iS"),
    ("putchar", "ii"),
    ("abs", "ii"),
    ("labs", "ll"),
    ("llabs", "LL"),
    ("atoi", "iS"),
    ("stpcpy", "ssS"),
    ("mempcpy", "ppPz"),
    ("longjmp", "vpi"),
    // The classification builtins' helpers (`libc/math.c`).
    ("__vox_signbit", "id"),
    ("__vox_fpclassify", "id"),
    ("isalnum", "ii"),
    ("isalpha", "ii"),
    ("isblank", "ii"),
    ("iscntrl", "ii"),
    ("isdigit", "ii"),
    ("isgraph", "ii"),
    ("islower", "ii"),
    ("isprint", "ii"),
    ("ispunct", "ii"),
    ("isspace", "ii"),
    ("isupper", "ii"),
    ("isxdigit", "ii"),
    ("tolower", "ii"),
    ("toupper", "ii"),
    ("ldexp", "ddi"),
    ("ldexpf", "ffi"),
    ("scalbn", "ddi"),
    ("scalbnf", "ffi"),
    ("bcopy", "vPpz"),
    ("bzero", "vpz"),
    ("index", "sSi"),
    ("rindex", "sSi"),
    ("imaxabs", "ll"),
    ("fputs", "iSp"),
    ("fprintf", "ipS."),
    ("fputc", "iip"),
    ("putc", "iip"),
    ("fwrite", "zPzzp"),
    ("fread", "zpzzp"),
    ("stpncpy", "ssSz"),
    ("strnlen", "zSz"),
    ("sscanf", "iSS."),
    ("scanf", "iS."),
    ("fscanf", "ipS."),
    // gcc's object-size checks (`__builtin___memcpy_chk`...): `cc/libc/chk.c`.
    ("__memcpy_chk", "ppPzz"),
    ("__memmove_chk", "ppPzz"),
    ("__mempcpy_chk", "ppPzz"),
    ("__memset_chk", "ppizz"),
    ("__strcpy_chk", "ssSz"),
    ("__stpcpy_chk", "ssSz"),
    ("__strncpy_chk", "ssSzz"),
    ("__stpncpy_chk", "ssSzz"),
    ("__strcat_chk", "ssSz"),
    ("__strncat_chk", "ssSzz"),
    ("__sprintf_chk", "isizS."),
    ("__snprintf_chk", "iszizS."),
];

/// gcc's `_unlocked` builtins: the locked functions (a program has one
/// thread).
const UNLOCKED: &[(&str, &str)] = &[
    ("printf_unlocked", "printf"),
    ("fprintf_unlocked", "fprintf"),
    ("fputs_unlocked", "fputs"),
    ("puts_unlocked", "puts"),
    ("putchar_unlocked", "putchar"),
];

/// `<math.h>` functions of one argument, each also with the `f` and `l`
/// suffixes.
const MATH1: &[&str] = &[
    "sqrt",
    "fabs",
    "floor",
    "ceil",
    "trunc",
    "round",
    "rint",
    "nearbyint",
    "sin",
    "cos",
    "tan",
    "asin",
    "acos",
    "atan",
    "sinh",
    "cosh",
    "tanh",
    "asinh",
    "acosh",
    "atanh",
    "exp",
    "exp2",
    "expm1",
    "log",
    "log2",
    "log10",
    "log1p",
    "logb",
    "cbrt",
    "erf",
    "erfc",
    "tgamma",
    "lgamma",
];

/// `<math.h>` functions of two arguments, also with `f` and `l`.
const MATH2: &[&str] = &[
    "pow",
    "atan2",
    "fmod",
    "hypot",
    "copysign",
    "fmin",
    "fmax",
    "fdim",
    "nextafter",
    "remainder",
];

/// The prototype code (see [`LIBRARY`]) of the C library function `name`,
/// if gcc has it as `__builtin_NAME` and voxcc's library defines it.
pub(crate) fn library_proto(name: &str) -> Option<String> {
    if let Some((_, p)) = LIBRARY.iter().find(|(n, _)| *n == name) {
        return Some((*p).to_string());
    }
    let (base, t) = if MATH1.contains(&name) || MATH2.contains(&name) {
        (name, 'd')
    } else if let Some(b) = name.strip_suffix('f') {
        (b, 'f')
    } else if let Some(b) = name.strip_suffix('l') {
        (b, 'D')
    } else {
        return None;
    };
    let n = if MATH1.contains(&base) {
        2
    } else if MATH2.contains(&base) {
        3
    } else {
        return None;
    };
    Some(std::iter::repeat_n(t, n).collect())
}

impl Parser<'_> {
    fn proto_code_type(&mut self, c: char) -> TypeId {
        let konst = Quals {
            konst: true,
            ..Quals::NONE
        };
        match c {
            'v' => ty::VOID,
            'i' => ty::INT,
            'l' => ty::LONG,
            'L' => ty::LLONG,
            'z' => ty::ULONG,
            'd' => ty::DOUBLE,
            'f' => ty::FLOAT,
            'D' => ty::LDOUBLE,
            'p' => self.types.ptr(ty::VOID),
            'P' => {
                let c = self.types.qualify(ty::VOID, konst);
                self.types.ptr(c)
            }
            's' => self.types.ptr(ty::CHAR),
            _ => {
                let c = self.types.qualify(ty::CHAR, konst);
                self.types.ptr(c)
            }
        }
    }

    /// The function type of a prototype code.
    pub(crate) fn proto_type(&mut self, code: &str) -> FuncType {
        let mut cs = code.chars();
        let ret = self.proto_code_type(cs.next().unwrap_or('v'));
        let mut params = Vec::new();
        let mut variadic = false;
        for c in cs {
            if c == '.' {
                variadic = true;
            } else {
                params.push(self.proto_code_type(c));
            }
        }
        FuncType {
            ret,
            params: Rc::from(params),
            variadic,
            prototype: true,
        }
    }

    /// `__builtin_NAME` for a C library function `NAME`: the program's own
    /// declaration of `NAME` if it has one, else one made here with the
    /// library's prototype.
    pub(crate) fn library_builtin(&mut self, name: &str, loc: Loc) -> Option<Expr> {
        let name = UNLOCKED
            .iter()
            .find(|(u, _)| *u == name)
            .map_or(name, |(_, n)| n);
        let proto = library_proto(name)?;
        let sym = self.sess.interner.intern(name);
        let g = match self.linkage.get(&sym) {
            Some(&g) => {
                if !matches!(self.global(g).kind, GlobalKind::Func { .. }) {
                    return None;
                }
                self.note_use(g);
                g
            }
            None => {
                let f = self.proto_type(&proto);
                let t = self.types.intern(TypeKind::Func(f));
                let g = self.new_global(Global {
                    name: sym,
                    ty: t,
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
                self.builtin_decls.insert(g);
                g
            }
        };
        let t = self.global(g).ty;
        Some(Expr::new(ExprKind::Global(g), t, loc))
    }

    /// A call of an unprototyped function (`int printf();` or an implicit
    /// declaration) that the C library defines as variadic: its fixed
    /// parameter count, so the arguments are passed as the definition
    /// expects them.
    pub(crate) fn library_variadic_fixed(&self, callee: &Expr) -> Option<usize> {
        let ExprKind::AddrOf(g) = &callee.kind else {
            return None;
        };
        let ExprKind::Global(g) = g.kind else {
            return None;
        };
        let g = self.global(g);
        if g.linkage != Linkage::External {
            return None;
        }
        let p = library_proto(self.str(g.name))?;
        p.ends_with('.').then(|| p.len() - 2)
    }

    /// The builtins computed in place: bit counts (`__builtin_clz`,
    /// `ctz`, `popcount`, `parity`, `ffs`, each also with `l` and `ll`),
    /// `__builtin_bswap16/32/64`, `__builtin_prefetch` (nothing) and
    /// `__builtin_classify_type`. `None` for other names (nothing consumed).
    pub(crate) fn gnu_builtin(&mut self, name: &str, loc: Loc) -> Option<Expr> {
        let base = name.strip_prefix("__builtin_")?;
        if let Some(e) = self.float_class_builtin(base, loc) {
            return Some(e);
        }
        if base == "shuffle" || base == "convertvector" {
            if !self.expect(Punct::LParen, "after the builtin's name") {
                return Some(Expr::new(ExprKind::Error, ty::INT, loc));
            }
            let mut args = Vec::new();
            if base == "convertvector" {
                let v = self.assign_expr();
                let v = self.rval(v);
                self.expect(Punct::Comma, "in `__builtin_convertvector(v, type)`");
                let t = self.type_name();
                self.expect(Punct::RParen, "to close the builtin's arguments");
                return Some(self.vector_convert(v, t, loc));
            }
            self.builtin_args(&mut args);
            return Some(self.vector_shuffle(args, loc));
        }
        if let Some(which) = ["creal", "cimag", "conj"]
            .iter()
            .position(|f| [*f, &format!("{f}f"), &format!("{f}l")].contains(&base))
        {
            if !self.expect(Punct::LParen, "after the builtin's name") {
                return Some(Expr::new(ExprKind::Error, ty::DOUBLE, loc));
            }
            let a = self.assign_expr();
            self.expect(Punct::RParen, "to close the builtin's arguments");
            let a = self.rval(a);
            return Some(match which {
                0 => self.real_part(a, loc),
                1 => self.imag_part(a, loc),
                _ => self.unary(UnOp::BitNot, a, loc),
            });
        }
        if base == "return_address" {
            return Some(self.return_address(name, loc));
        }
        if base == "extract_return_addr" {
            // The value `__builtin_return_address` gave is already the address.
            let vp = self.types.ptr(ty::VOID);
            if !self.expect(Punct::LParen, "after the builtin's name") {
                return Some(Expr::new(ExprKind::Error, vp, loc));
            }
            let a = self.assign_expr();
            self.expect(Punct::RParen, "to close the builtin's arguments");
            let a = self.rval(a);
            return Some(self.conv(a, vp));
        }
        let (op, wide) = match base {
            "prefetch" => return Some(self.prefetch(loc)),
            "classify_type" => return Some(self.classify_type(loc)),
            "bswap16" => ("bswap.u16", 16),
            "bswap32" => ("bswap.u32", 32),
            "bswap64" => ("bswap.u64", 64),
            _ => {
                let (b, w) = if let Some(b) = base.strip_suffix("ll") {
                    (b, 64)
                } else if let Some(b) = base.strip_suffix('l') {
                    (b, 64)
                } else {
                    (base, 32)
                };
                let b = match b {
                    "clz" | "ctz" => b,
                    "popcount" | "parity" => "popcnt",
                    "ffs" => "ctz",
                    _ => return None,
                };
                (b, w)
            }
        };
        let (mnemonic, arg_ty, res_ty) = match (op, wide) {
            ("bswap.u16", _) => ("bswap.u16".to_string(), ty::USHORT, ty::USHORT),
            ("bswap.u32", _) => ("bswap.u32".to_string(), ty::UINT, ty::UINT),
            ("bswap.u64", _) => ("bswap.u64".to_string(), ty::ULONG, ty::ULONG),
            (op, 32) => (format!("{op}.u32"), ty::UINT, ty::INT),
            (op, _) => (format!("{op}.u64"), ty::ULONG, ty::INT),
        };
        if !self.expect(Punct::LParen, "after the builtin's name") {
            return Some(Expr::new(ExprKind::Error, res_ty, loc));
        }
        let a = self.assign_expr();
        self.expect(Punct::RParen, "to close the builtin's arguments");
        if !self.types.is_integer(a.ty) {
            if !matches!(a.kind, ExprKind::Error) {
                let n = self.ty_name(a.ty);
                self.error_at(a.loc, format!("`{name}` needs an integer, not `{n}`"));
            }
            return Some(Expr::new(ExprKind::Error, res_ty, loc));
        }
        let a = self.rval(a);
        let a = self.conv(a, arg_ty);
        let Some(opcode) = Opcode::from_mnemonic(&mnemonic) else {
            self.error_at(loc, format!("this voxvm has no `{mnemonic}` instruction"));
            return Some(Expr::new(ExprKind::Error, res_ty, loc));
        };
        let v = Expr::new(
            ExprKind::Vox {
                opcode,
                args: vec![VoxArg::Reg(a)],
                has_result: true,
            },
            arg_ty,
            loc,
        );
        let v = self.conv(v, res_ty);
        let one = Expr::int(1, ty::INT, loc);
        Some(match base.trim_end_matches('l') {
            // The instruction gives the width for 0, as gcc's ffs wants 0:
            // (ctz(x) + 1) % (width + 1).
            "ffs" => {
                let v = self.binary(BinOp::Add, v, one, loc);
                let m = Expr::int(wide + 1, ty::INT, loc);
                self.binary(BinOp::Rem, v, m, loc)
            }
            "parity" => self.binary(BinOp::BitAnd, v, one, loc),
            _ => v,
        })
    }

    /// `__builtin_prefetch(addr, ...)` after the name: the address is
    /// evaluated, nothing else happens.
    /// The classification and comparison builtins `<math.h>`'s macros stand
    /// for (`__builtin_isnan`, `isinf`, `isfinite`, `isnormal`, `signbit`,
    /// `fpclassify`, `isgreater`... `isunordered`), `clrsb`, `object_size`,
    /// `assume_aligned` and `setjmp`/`longjmp`.
    fn float_class_builtin(&mut self, base: &str, loc: Loc) -> Option<Expr> {
        let arity = match base {
            "isnan" | "isinf" | "isinff" | "isinfl" | "isinf_sign" | "isfinite" | "finite"
            | "finitef" | "finitel" | "isnormal" | "signbit" | "signbitf" | "signbitl"
            | "clrsb" | "clrsbl" | "clrsbll" | "setjmp" => 1,
            "isgreater" | "isgreaterequal" | "isless" | "islessequal" | "islessgreater"
            | "isunordered" | "object_size" | "longjmp" => 2,
            "assume_aligned" => 0,
            "fpclassify" => 6,
            _ => return None,
        };
        if !self.expect(Punct::LParen, "after the builtin's name") {
            return Some(Expr::new(ExprKind::Error, ty::INT, loc));
        }
        let mut args = Vec::new();
        self.builtin_args(&mut args);
        let ok = if base == "assume_aligned" {
            (2..=3).contains(&args.len())
        } else {
            args.len() == arity
        };
        if !ok {
            self.error_at(
                loc,
                format!("wrong number of arguments to `__builtin_{base}`"),
            );
            return Some(Expr::new(ExprKind::Error, ty::INT, loc));
        }
        let int = |v: u64| Expr::int(v, ty::INT, loc);
        let mut pre = Vec::new();
        let e = match base {
            "assume_aligned" => return Some(args.swap_remove(0)),
            "object_size" => {
                // A named array's size, as gcc knows it without optimising;
                // anything else is unknown: (size_t)-1 for types 0 and 1, 0
                // for 2 and 3. The pointer is not evaluated.
                let k = self.const_int(&args[1]).unwrap_or(0);
                let mut p = &args[0];
                while let ExprKind::Cast(inner) = &p.kind {
                    p = inner;
                }
                let known = match &p.kind {
                    ExprKind::AddrOf(o)
                        if matches!(o.kind, ExprKind::Local(_) | ExprKind::Global(_))
                            && self.types.is_array(o.ty)
                            && self.types.is_complete(o.ty) =>
                    {
                        Some(self.types.size(o.ty))
                    }
                    _ => None,
                };
                let unknown = if k >= 2 { 0 } else { u64::MAX };
                return Some(Expr::int(known.unwrap_or(unknown), ty::ULONG, loc));
            }
            "setjmp" => {
                // gcc's __builtin_setjmp keeps every local's latest value
                // across __builtin_longjmp (pr60003): the function's locals
                // live in memory.
                if let Some(f) = self.func.as_mut() {
                    f.calls_setjmp = true;
                }
                let op = Opcode::from_mnemonic("setjmp")?;
                let vp = self.types.ptr(ty::VOID);
                let buf = self.conv(args.swap_remove(0), vp);
                let v = Expr::new(
                    ExprKind::Vox {
                        opcode: op,
                        args: vec![VoxArg::Reg(buf)],
                        has_result: true,
                    },
                    ty::LONG,
                    loc,
                );
                return Some(self.conv(v, ty::INT));
            }
            "longjmp" => {
                let f = self.library_builtin("longjmp", loc)?;
                let f = self.rval(f);
                return Some(self.call_args(f, args, loc));
            }
            "clrsb" | "clrsbl" | "clrsbll" => {
                // Leading redundant sign bits: clz((x ^ (x >> (w-1))) << 1 | 1).
                let (t, w, m) = if base == "clrsb" {
                    (ty::INT, 32, "clz.u32")
                } else {
                    (ty::LONG, 64, "clz.u64")
                };
                let x = self.conv(args.swap_remove(0), t);
                let x = self.reusable(x, &mut pre);
                let sh = self.binary(BinOp::Shr, x.clone(), Expr::int(w - 1, ty::INT, loc), loc);
                let y = self.binary(BinOp::BitXor, x, sh, loc);
                let ut = self.types.to_unsigned(t);
                let y = self.conv(y, ut);
                let y = self.binary(BinOp::Shl, y, Expr::int(1, ty::INT, loc), loc);
                let one = self.conv(Expr::int(1, ty::INT, loc), ut);
                let y = self.binary(BinOp::BitOr, y, one, loc);
                let op = Opcode::from_mnemonic(m)?;
                let c = Expr::new(
                    ExprKind::Vox {
                        opcode: op,
                        args: vec![VoxArg::Reg(y)],
                        has_result: true,
                    },
                    ut,
                    loc,
                );
                self.conv(c, ty::INT)
            }
            "isgreater" | "isgreaterequal" | "isless" | "islessequal" | "islessgreater"
            | "isunordered" => {
                // Comparisons in the VM raise no floating-point exceptions,
                // so the quiet forms are the plain ones.
                let b = args.pop()?;
                let a = args.pop()?;
                let op = match base {
                    "isgreater" => BinOp::Gt,
                    "isgreaterequal" => BinOp::Ge,
                    "isless" => BinOp::Lt,
                    "islessequal" => BinOp::Le,
                    _ => BinOp::Ne,
                };
                if base == "islessgreater" || base == "isunordered" {
                    let a = self.reusable(a, &mut pre);
                    let b = self.reusable(b, &mut pre);
                    if base == "islessgreater" {
                        let lt = self.binary(BinOp::Lt, a.clone(), b.clone(), loc);
                        let gt = self.binary(BinOp::Gt, a, b, loc);
                        self.binary(BinOp::LogOr, lt, gt, loc)
                    } else {
                        let an = self.binary(BinOp::Ne, a.clone(), a, loc);
                        let bn = self.binary(BinOp::Ne, b.clone(), b, loc);
                        self.binary(BinOp::LogOr, an, bn, loc)
                    }
                } else {
                    self.binary(op, a, b, loc)
                }
            }
            _ => {
                let x = args.pop()?;
                if !self.types.is_float(x.ty) && !self.types.is_integer(x.ty) {
                    let n = self.ty_name(x.ty);
                    self.error_at(
                        loc,
                        format!("`__builtin_{base}` needs a real number, not `{n}`"),
                    );
                    return Some(Expr::new(ExprKind::Error, ty::INT, loc));
                }
                let x = if self.types.is_float(x.ty) {
                    x
                } else {
                    self.conv(x, ty::DOUBLE)
                };
                let x = self.reusable(x, &mut pre);
                let nan = |me: &mut Self, x: &Expr| me.binary(BinOp::Ne, x.clone(), x.clone(), loc);
                // x - x is 0 for a finite x and NaN for an infinite or NaN one.
                let finite = |me: &mut Self, x: &Expr| {
                    let d1 = me.binary(BinOp::Sub, x.clone(), x.clone(), loc);
                    let d2 = me.binary(BinOp::Sub, x.clone(), x.clone(), loc);
                    me.binary(BinOp::Eq, d1, d2, loc)
                };
                match base {
                    "isnan" => nan(self, &x),
                    "isfinite" | "finite" | "finitef" | "finitel" => finite(self, &x),
                    "isinf" | "isinff" | "isinfl" | "isinf_sign" => {
                        let notnan = self.binary(BinOp::Eq, x.clone(), x.clone(), loc);
                        let fin = finite(self, &x);
                        let notfin = self.unary_not(fin, loc);
                        let inf = self.binary(BinOp::LogAnd, notnan, notfin, loc);
                        if base == "isinf_sign" {
                            // -1 for minus infinity.
                            let z = self.conv(int(0), x.ty);
                            let neg = self.binary(BinOp::Lt, x.clone(), z, loc);
                            let m1 = Expr::int(u64::MAX, ty::INT, loc);
                            let s = self.conditional(neg, m1, int(1), loc);
                            self.conditional(inf, s, int(0), loc)
                        } else {
                            inf
                        }
                    }
                    "signbit" | "signbitf" | "signbitl" => {
                        let f = self.library_builtin("__vox_signbit", loc)?;
                        let f = self.rval(f);
                        let x = self.conv(x, ty::DOUBLE);
                        self.call_args(f, vec![x], loc)
                    }
                    _ => {
                        // isnormal, fpclassify: the library's classification
                        // (FP_NAN 0, FP_INFINITE 1, FP_ZERO 2, FP_SUBNORMAL 3,
                        // FP_NORMAL 4).
                        let f = self.library_builtin("__vox_fpclassify", loc)?;
                        let f = self.rval(f);
                        let xd = self.conv(x, ty::DOUBLE);
                        let c = self.call_args(f, vec![xd], loc);
                        if base == "isnormal" {
                            self.binary(BinOp::Eq, c, int(4), loc)
                        } else {
                            // __builtin_fpclassify(nan, inf, normal, subnormal, zero, x)
                            let c = self.reusable(c, &mut pre);
                            let vals: Vec<Expr> = std::mem::take(&mut args);
                            let [v_nan, v_inf, v_norm, v_sub, v_zero] =
                                <[Expr; 5]>::try_from(vals).ok()?;
                            let mut r = v_norm;
                            for (k, v) in [(3, v_sub), (2, v_zero), (1, v_inf), (0, v_nan)] {
                                let is = self.binary(BinOp::Eq, c.clone(), int(k), loc);
                                r = self.conditional(is, v, r, loc);
                            }
                            r
                        }
                    }
                }
            }
        };
        Some(Self::after(pre, e))
    }

    /// A builtin's comma-separated argument values up to its `)`, after `(`.
    fn builtin_args(&mut self, args: &mut Vec<Expr>) {
        while !self.at(Punct::RParen) && !self.at_eof() {
            let a = self.assign_expr();
            args.push(self.rval(a));
            if !self.eat(Punct::Comma) {
                break;
            }
        }
        self.expect(Punct::RParen, "to close the builtin's arguments");
    }

    fn unary_not(&mut self, e: Expr, loc: Loc) -> Expr {
        let e = self.scalar_cond(e);
        Expr::new(ExprKind::Unary(UnOp::LogNot, Box::new(e)), ty::INT, loc)
    }

    /// A call of `f` (a function value) with `args`, converted as for any
    /// call through its prototype.
    fn call_args(&mut self, f: Expr, args: Vec<Expr>, loc: Loc) -> Expr {
        match self.types.func(f.ty).cloned() {
            Some(ft) => self.call_with(f, ft, args, loc),
            None => Expr::new(ExprKind::Error, ty::INT, loc),
        }
    }

    fn prefetch(&mut self, loc: Loc) -> Expr {
        self.expect(Punct::LParen, "after the builtin's name");
        let a = self.assign_expr();
        while self.eat(Punct::Comma) {
            self.assign_expr();
        }
        self.expect(Punct::RParen, "to close the builtin's arguments");
        let a = self.rval(a);
        Expr::new(ExprKind::Cast(Box::new(a)), ty::VOID, loc)
    }

    /// `__builtin_return_address(N)`: the `retaddr` instruction. Code
    /// addresses are not the guest's to see, so the value is an opaque
    /// name of the call site frame N returns to (equal for equal sites, 0
    /// past the outermost frame), which is what programs compare it for.
    fn return_address(&mut self, name: &str, loc: Loc) -> Expr {
        let vp = self.types.ptr(ty::VOID);
        if !self.expect(Punct::LParen, "after the builtin's name") {
            return Expr::new(ExprKind::Error, vp, loc);
        }
        let n = self.assign_expr();
        self.expect(Punct::RParen, "to close the builtin's arguments");
        let level = match self.const_int(&n).map(u8::try_from) {
            Some(Ok(level)) => level,
            Some(Err(_)) => {
                self.error_at(
                    n.loc,
                    format!("the level of `{name}` must be from 0 to 255"),
                );
                return Expr::new(ExprKind::Error, vp, loc);
            }
            None => {
                self.error_at(
                    n.loc,
                    format!("the argument of `{name}` must be an integer constant"),
                );
                return Expr::new(ExprKind::Error, vp, loc);
            }
        };
        let Some(op) = Opcode::from_mnemonic("retaddr") else {
            return Expr::new(ExprKind::Error, vp, loc);
        };
        Expr::new(
            ExprKind::Vox {
                opcode: op,
                args: vec![VoxArg::Imm(vm::isa::OperandValue::U8(level))],
                has_result: true,
            },
            vp,
            loc,
        )
    }

    /// `__builtin_classify_type(expr)`: gcc's type class of the (unevaluated)
    /// expression after the usual conversions.
    fn classify_type(&mut self, loc: Loc) -> Expr {
        self.expect(Punct::LParen, "after the builtin's name");
        let a = self.assign_expr();
        self.expect(Punct::RParen, "to close the builtin's arguments");
        let a = self.rval(a);
        let class = match self.types.ukind(a.ty) {
            TypeKind::Void => 0,
            TypeKind::Bool => 4,
            TypeKind::Char | TypeKind::SChar | TypeKind::UChar => 1,
            TypeKind::Enum(..) => 3,
            TypeKind::Float | TypeKind::Double | TypeKind::LDouble => 8,
            TypeKind::Ptr(_) | TypeKind::Array(..) | TypeKind::Vla(..) => 5,
            TypeKind::Func(_) => 10,
            TypeKind::Record(r) => {
                if self.types.records[r.0 as usize].is_union {
                    13
                } else {
                    12
                }
            }
            _ => 1,
        };
        Expr::int(class, ty::INT, loc)
    }
}

impl Parser<'_> {
    /// `__builtin_add_overflow(a, b, &r)` (also `sub`, `mul`, and the typed
    /// `__builtin_sadd_overflow`, `uaddl`, `smulll`... forms): the exact
    /// result of `a op b`, stored to `*r` wrapped to its type, and whether it
    /// did not fit, as in gcc. A call to the library's `__vox_overflow`.
    pub(crate) fn overflow_builtin(&mut self, name: &str, loc: Loc) -> Option<Expr> {
        let mid = name.strip_prefix("__builtin_")?.strip_suffix("_overflow")?;
        let (typed, rest) = match mid.as_bytes().first() {
            Some(b's') if mid.len() > 3 => (Some(true), &mid[1..]),
            Some(b'u') if mid.len() > 3 => (Some(false), &mid[1..]),
            _ => (None, mid),
        };
        let (op, width) = match rest.get(..3)? {
            "add" => (0, &rest[3..]),
            "sub" => (1, &rest[3..]),
            "mul" => (2, &rest[3..]),
            _ => return None,
        };
        let fixed = match (typed, width) {
            (None, "") => None,
            (Some(s), "") => Some(if s { ty::INT } else { ty::UINT }),
            (Some(s), "l") => Some(if s { ty::LONG } else { ty::ULONG }),
            (Some(s), "ll") => Some(if s { ty::LLONG } else { ty::ULLONG }),
            _ => return None,
        };
        self.expect(Punct::LParen, "after the builtin's name");
        let mut args = Vec::new();
        for k in 0..3 {
            if k > 0 {
                self.expect(Punct::Comma, "between the builtin's arguments");
            }
            let e = self.assign_expr();
            args.push(self.rval(e));
        }
        self.expect(Punct::RParen, "to close the builtin's arguments");
        let r = args.pop()?;
        let mut b = args.pop()?;
        let mut a = args.pop()?;
        if let Some(t) = fixed {
            a = self.conv(a, t);
            b = self.conv(b, t);
        }
        let res_ty = self.types.pointee(r.ty);
        let ok_res = res_ty.is_some_and(|t| {
            self.types.is_integer(t)
                && !matches!(self.types.ukind(t), TypeKind::Bool | TypeKind::Enum(..))
                && !self.types.quals(t).konst
                && fixed.is_none_or(|f| self.types.size(t) == self.types.size(f))
        });
        if !ok_res {
            self.error_at(
                r.loc,
                format!("`{name}`'s third argument must point to a modifiable integer of the result type"),
            );
            return Some(Expr::new(ExprKind::Error, ty::BOOL, loc));
        }
        for e in [&a, &b] {
            if !self.types.is_integer(e.ty) {
                self.error_at(e.loc, format!("`{name}` needs integer operands"));
                return Some(Expr::new(ExprKind::Error, ty::BOOL, loc));
            }
        }
        let rt = res_ty?;
        let flag = |v: bool| Expr::int(u64::from(v), ty::INT, loc);
        let (a_signed, b_signed) = (!self.types.is_unsigned(a.ty), !self.types.is_unsigned(b.ty));
        let a = self.conv(a, ty::ULONG);
        let b = self.conv(b, ty::ULONG);
        let vp = self.types.ptr(ty::VOID);
        let r = self.conv(r, vp);
        let size = Expr::int(self.types.size(rt), ty::INT, loc);
        let res_signed = flag(!self.types.is_unsigned(rt));
        let callee = self.library_builtin("__vox_overflow", loc)?;
        let ft = callee.ty;
        let callee = Expr::new(ExprKind::AddrOf(Box::new(callee)), self.types.ptr(ft), loc);
        let call = Expr::new(
            ExprKind::Call {
                callee: Box::new(callee),
                args: vec![
                    Expr::int(op, ty::INT, loc),
                    a,
                    flag(a_signed),
                    b,
                    flag(b_signed),
                    r,
                    size,
                    res_signed,
                ],
                fixed: 8,
                variadic: false,
            },
            ty::INT,
            loc,
        );
        Some(self.conv(call, ty::BOOL))
    }
}

impl Parser<'_> {
    /// `__attribute__((cleanup(f)))` on local `name`: the call `f(&name)`,
    /// checked as any call, made when its block is left.
    pub(crate) fn cleanup(&mut self, name: Sym, f: Expr, loc: Loc, out: &mut Vec<Stmt>) {
        let Some(Binding::Local(l)) = self.lookup(name) else {
            return;
        };
        let Some(ft) = self.types.func(f.ty).cloned() else {
            return;
        };
        if ft.params.len() != 1 || ft.variadic {
            self.error_at(
                f.loc,
                "a `cleanup` function must take exactly one parameter (a pointer to the variable)",
            );
            return;
        }
        let t = self.local(l).ty;
        let x = Expr::new(ExprKind::Local(l), t, loc);
        self.mark_addr_taken(&x);
        let pt = self.types.ptr(t);
        let addr = Expr::new(ExprKind::AddrOf(Box::new(x)), pt, loc);
        let callee = self.rval(f);
        let call = self.call_with(callee, ft, vec![addr], loc);
        let Some(fc) = self.func.as_mut() else {
            return;
        };
        fc.cleanups += 1;
        out.push(Stmt {
            kind: StmtKind::Cleanup(fc.cleanups, call),
            loc,
        });
    }
}

impl Parser<'_> {
    /// Records the declaration's `weak` and `alias` attributes for global
    /// `id`, for the linker.
    pub(crate) fn weak_and_alias(&mut self, id: GlobalId) {
        if let Some(sym) = self.pending_asm_name.take() {
            self.global_mut(id).name = sym;
        }
        if self.pending_weak && self.listed.weak.insert(id) {
            self.unit.weak.push(id);
        }
        if let Some((target, loc)) = self.pending_alias.clone() {
            if self.listed.aliases.insert(id) {
                self.unit.aliases.push((id, target, loc));
            }
        }
    }
}
