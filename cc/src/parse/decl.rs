//! Declarations: specifiers, declarators, struct/union/enum definitions and
//! their layout, typedefs, linkage, and function definitions.

use super::ms_layout::{MsLayout, MsMember};
use super::{Binding, FnCtx, Parser};
use crate::ast::*;
use crate::fxhash::FxHashMap;
use crate::source::Loc;
use crate::token::{kw, Punct, Sym, TokKind};
use crate::types::{ty, Field, FuncType, Quals, TypeId, TypeKind, MAX_TYPE_DEPTH};
use std::rc::Rc;

/// Storage class.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Storage {
    None,
    Typedef,
    Extern,
    Static,
    Auto,
    Register,
}

/// Parsed declaration specifiers.
#[derive(Clone, Copy, Debug)]
pub(crate) struct DeclSpec {
    pub ty: TypeId,
    pub storage: Storage,
    pub inline: bool,
    /// `_Thread_local` or `__thread`.
    pub thread_local: bool,
    pub align: Option<u64>,
    pub loc: Loc,
    /// Whether any type specifier was given (else the type defaulted to int).
    pub explicit_type: bool,
    /// GNU `__auto_type`: the type is the initializer's (see
    /// [`Parser::auto_type_declaration`]).
    pub auto_type: bool,
}

/// A parameter of a function declarator.
#[derive(Clone, Debug)]
pub(crate) struct Param {
    pub name: Option<Sym>,
    /// The type after adjustment (arrays and functions become pointers).
    pub ty: TypeId,
    /// The type as declared: a variable-length array's size is still
    /// evaluated on entry (C99 6.9.1p10), for its side effects.
    pub declared: TypeId,
    pub loc: Loc,
}

/// A parsed declarator.
#[derive(Clone, Debug)]
pub(crate) struct Declarator {
    pub name: Option<Sym>,
    pub loc: Loc,
    pub ty: TypeId,
    /// The parameters when the name is directly declared as a function.
    pub params: Option<Vec<Param>>,
    /// Old-style identifier list `f(a, b)`.
    pub old_style: bool,
    /// `__attribute__((aligned(N)))` on the declarator.
    pub align: Option<u64>,
}

impl Declarator {
    /// A declarator that is just a name (`__auto_type x`), of type `ty`.
    fn plain(name: Sym, loc: Loc, ty: TypeId) -> Declarator {
        Declarator {
            name: Some(name),
            loc,
            ty,
            params: None,
            old_style: false,
            align: None,
        }
    }
}

/// How a struct is packed: by `__attribute__((packed))` (members lose their
/// type's alignment), and/or by `#pragma pack(N)` (alignments capped at N).
#[derive(Clone, Copy, Debug)]
struct Pack {
    attr: bool,
    pragma: Option<u64>,
    /// `__attribute__((ms_struct))`: Microsoft's bit-field layout.
    ms: bool,
}

/// Attributes that change meaning (the rest are accepted and ignored).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Attrs {
    pub packed: bool,
    pub aligned: Option<u64>,
    /// `vector_size(N)`: the byte size, and where it was given.
    pub vector_size: Option<(i64, Loc)>,
    /// `ms_struct` (true) or `gcc_struct` (false), the first one given.
    pub ms_struct: Option<bool>,
}

/// The priority of a constructor or destructor that gives none (runs after
/// those that do, as in gcc).
const DEFAULT_PRIORITY: u32 = 65535;

const ATTR_IGNORED_QUIETLY: &[&str] = &[
    "unused",
    "used",
    "noreturn",
    "always_inline",
    "const",
    "pure",
    "cold",
    "hot",
    "format",
    "nonnull",
    "malloc",
    "warn_unused_result",
    "deprecated",
    "visibility",
    "nothrow",
    "leaf",
    "returns_nonnull",
    "sentinel",
    "may_alias",
    "maybe_unused",
    "fallthrough",
    "artificial",
    "gnu_inline",
    "noclone",
    "alloc_size",
    "section",
    "transparent_union",
    "flatten",
    "optimize",
    "no_instrument_function",
    "format_arg",
    "mode",
    "aligned",
    "packed",
    "noipa",
    "unavailable",
];

impl Parser<'_> {
    /// Whether the next token starts a declaration (or a type name).
    pub(crate) fn at_type_start(&self) -> bool {
        let t = self.peek();
        if t.kind != TokKind::Ident {
            return false;
        }
        let s = t.sym;
        [
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
            kw::TYPEDEF,
            kw::EXTERN,
            kw::STATIC,
            kw::AUTO,
            kw::REGISTER,
            kw::CONST,
            kw::VOLATILE,
            kw::RESTRICT,
            kw::INLINE,
            kw::NORETURN,
            kw::ALIGNAS,
            kw::ATOMIC,
            kw::COMPLEX,
            kw::COMPLEX2,
            kw::COMPLEX3,
            kw::THREAD_LOCAL,
            kw::THREAD2,
            kw::ATTRIBUTE,
            kw::ATTRIBUTE2,
            kw::EXTENSION,
            kw::TYPEOF,
            kw::TYPEOF2,
            kw::TYPEOF3,
            kw::AUTO_TYPE,
            kw::INLINE2,
            kw::INLINE3,
            kw::CONST2,
            kw::CONST3,
            kw::VOLATILE2,
            kw::VOLATILE3,
            kw::RESTRICT2,
            kw::RESTRICT3,
            kw::SIGNED2,
            kw::SIGNED3,
            kw::BUILTIN_VA_LIST,
            kw::STATIC_ASSERT,
        ]
        .contains(&s)
            || self.is_typedef_name(&t)
    }

    /// `__attribute__((...))` lists, repeated; returns what matters.
    pub(crate) fn attributes(&mut self) -> Attrs {
        let mut a = Attrs::default();
        while self.at_kw(kw::ATTRIBUTE) || self.at_kw(kw::ATTRIBUTE2) {
            self.next();
            if !self.expect(Punct::LParen, "after `__attribute__`")
                || !self.expect(Punct::LParen, "after `__attribute__(`")
            {
                self.skip_balanced_parens();
                continue;
            }
            loop {
                if self.at(Punct::RParen) || self.at_eof() {
                    break;
                }
                if self.eat(Punct::Comma) {
                    continue;
                }
                let t = self.next();
                let name = self.str(t.sym).trim_matches('_').to_string();
                let has_args = self.at(Punct::LParen);
                match name.as_str() {
                    "packed" => a.packed = true,
                    "ms_struct" | "gcc_struct" => {
                        a.ms_struct = a.ms_struct.or(Some(name == "ms_struct"))
                    }
                    "aligned" => {
                        if has_args {
                            self.next();
                            let loc = self.loc();
                            let e = self.assign_expr();
                            match self.const_int(&e) {
                                Some(v) if v > 0 && (v as u64).is_power_of_two() => {
                                    a.aligned = Some(v as u64)
                                }
                                _ => self.error_at(
                                    loc,
                                    "requested alignment is not a positive power of 2",
                                ),
                            }
                            self.expect(Punct::RParen, "after the alignment");
                            continue;
                        }
                        a.aligned = Some(16);
                    }
                    "vector_size" if has_args => {
                        self.next();
                        let e = self.assign_expr();
                        self.expect(Punct::RParen, "after the vector size");
                        let n = self.const_int(&e).unwrap_or(-1);
                        a.vector_size = Some((n, t.loc));
                        continue;
                    }
                    "weak" => self.pending_weak = true,
                    "noinline" => self.pending_noinline = true,
                    "alias" if has_args => {
                        self.next();
                        let t = self.peek();
                        let e = self.assign_expr();
                        self.expect(Punct::RParen, "after the alias target");
                        match &e.kind {
                            ExprKind::Global(g)
                                if matches!(self.global(*g).kind, GlobalKind::Str(_)) =>
                            {
                                let GlobalKind::Str(bytes) = &self.global(*g).kind else {
                                    unreachable!("matched above")
                                };
                                let name = String::from_utf8_lossy(
                                    bytes.strip_suffix(&[0]).unwrap_or(bytes),
                                )
                                .into_owned();
                                self.pending_alias = Some((name, t.loc));
                            }
                            _ => self.error_at(
                                t.loc,
                                "the argument of `alias` must be a string (the target's name)",
                            ),
                        }
                        continue;
                    }
                    "cleanup" if has_args => {
                        self.next();
                        let e = self.assign_expr();
                        self.expect(Punct::RParen, "after the cleanup function");
                        if self.types.is_func(e.ty) {
                            self.pending_cleanup = Some(e);
                        } else if !matches!(e.kind, ExprKind::Error) {
                            self.error_at(e.loc, "the argument of `cleanup` is not a function");
                        }
                        continue;
                    }
                    "constructor" | "destructor" => {
                        let mut prio = DEFAULT_PRIORITY;
                        if has_args {
                            self.next();
                            let e = self.assign_expr();
                            match self.const_int(&e) {
                                Some(v) if (0..=i64::from(DEFAULT_PRIORITY)).contains(&v) => {
                                    if v <= 100 {
                                        self.warn(
                                            e.loc,
                                            format!("{name} priorities from 0 to 100 are reserved for the implementation"),
                                        );
                                    }
                                    prio = v as u32;
                                }
                                _ => self.error_at(
                                    e.loc,
                                    format!("{name} priorities must be integers from 0 to 65535"),
                                ),
                            }
                            self.expect(Punct::RParen, "after the priority");
                        }
                        if name == "constructor" {
                            self.pending_ctor = Some(prio);
                        } else {
                            self.pending_dtor = Some(prio);
                        }
                        continue;
                    }
                    n if ATTR_IGNORED_QUIETLY.contains(&n) => {}
                    n => {
                        let loc = t.loc;
                        self.warn(loc, format!("`{n}` attribute ignored"));
                    }
                }
                if has_args {
                    self.skip_balanced_parens();
                }
            }
            self.expect(Punct::RParen, "to close `__attribute__((`");
            self.expect(Punct::RParen, "to close `__attribute__(`");
        }
        a
    }

    /// Skips a parenthesized group starting at `(`.
    pub(crate) fn skip_balanced_parens(&mut self) {
        if !self.at(Punct::LParen) {
            return;
        }
        let mut depth = 0;
        loop {
            let t = self.next();
            match t.kind {
                TokKind::Eof => return,
                TokKind::Punct(Punct::LParen) => depth += 1,
                TokKind::Punct(Punct::RParen) => {
                    depth -= 1;
                    if depth == 0 {
                        return;
                    }
                }
                _ => {}
            }
        }
    }

    /// An asm label, `__asm__("symbol")`: kept as the pending link name.
    fn skip_asm_label(&mut self) {
        if self.at_kw(kw::ASM) || self.at_kw(kw::ASM2) || self.at_kw(kw::ASM3) {
            self.next();
            if !self.at(Punct::LParen) {
                self.skip_balanced_parens();
                return;
            }
            self.next();
            let t = self.peek();
            let e = self.assign_expr();
            self.expect(Punct::RParen, "after the asm label");
            match &e.kind {
                ExprKind::Global(g) if matches!(self.global(*g).kind, GlobalKind::Str(_)) => {
                    let GlobalKind::Str(bytes) = &self.global(*g).kind else {
                        unreachable!("matched above")
                    };
                    let name = String::from_utf8_lossy(bytes.strip_suffix(&[0]).unwrap_or(bytes))
                        .into_owned();
                    self.pending_asm_name = Some(self.sess.interner.intern(&name));
                }
                _ => self.error_at(t.loc, "an asm label must be a string (the symbol's name)"),
            }
        }
    }

    /// Declaration specifiers. `allow_storage` is false for type names,
    /// struct members and parameters (where `register` is still allowed).
    pub(crate) fn decl_spec(&mut self, allow_storage: bool) -> DeclSpec {
        const VOID: u32 = 1;
        const BOOL: u32 = 1 << 2;
        const CHAR: u32 = 1 << 4;
        const SHORT: u32 = 1 << 6;
        const INT: u32 = 1 << 8;
        const LONG: u32 = 1 << 10;
        const FLOAT: u32 = 1 << 12;
        const DOUBLE: u32 = 1 << 14;
        const OTHER: u32 = 1 << 16;
        const SIGNED: u32 = 1 << 17;
        const UNSIGNED: u32 = 1 << 18;
        let loc = self.loc();
        let mut spec = DeclSpec {
            ty: ty::INT,
            storage: Storage::None,
            inline: false,
            thread_local: false,
            align: None,
            loc,
            explicit_type: false,
            auto_type: false,
        };
        let auto_type_ok = std::mem::take(&mut self.auto_type_ok);
        let mut counter = 0u32;
        let mut complex: Option<Loc> = None;
        let mut vector: Option<(i64, Loc)> = None;
        let mut quals = Quals::NONE;
        let mut other_ty = None;
        loop {
            let t = self.peek();
            if t.kind != TokKind::Ident {
                break;
            }
            let s = t.sym;
            // Storage classes and function specifiers.
            let storage = match s {
                kw::TYPEDEF => Some(Storage::Typedef),
                kw::EXTERN => Some(Storage::Extern),
                kw::STATIC => Some(Storage::Static),
                kw::AUTO => Some(Storage::Auto),
                kw::REGISTER => Some(Storage::Register),
                _ => None,
            };
            if let Some(st) = storage {
                self.next();
                if !allow_storage && st != Storage::Register {
                    self.error(
                        t.loc,
                        self.spelling_len(&t),
                        format!("storage class `{}` is not allowed here", self.str(s)),
                    );
                } else if spec.storage != Storage::None {
                    self.error(
                        t.loc,
                        self.spelling_len(&t),
                        "more than one storage class in a declaration",
                    );
                } else {
                    spec.storage = st;
                }
                continue;
            }
            match s {
                kw::INLINE | kw::INLINE2 | kw::INLINE3 => {
                    self.next();
                    spec.inline = true;
                    continue;
                }
                kw::THREAD_LOCAL | kw::THREAD2 => {
                    self.next();
                    spec.thread_local = true;
                    continue;
                }
                kw::NORETURN | kw::EXTENSION => {
                    self.next();
                    continue;
                }
                kw::CONST | kw::CONST2 | kw::CONST3 => {
                    self.next();
                    quals.konst = true;
                    continue;
                }
                kw::VOLATILE | kw::VOLATILE2 | kw::VOLATILE3 => {
                    self.next();
                    quals.volatile = true;
                    continue;
                }
                kw::RESTRICT | kw::RESTRICT2 | kw::RESTRICT3 => {
                    self.next();
                    continue;
                }
                kw::ATOMIC => {
                    self.next();
                    if self.at(Punct::LParen) {
                        // _Atomic(type): the type, without atomicity.
                        self.next();
                        let t = self.type_name();
                        self.expect(Punct::RParen, "after `_Atomic(type`");
                        if counter != 0 {
                            break;
                        }
                        other_ty = Some(t);
                        counter += OTHER;
                    }
                    continue;
                }
                kw::ALIGNAS => {
                    self.next();
                    self.expect(Punct::LParen, "after `_Alignas`");
                    let aloc = self.loc();
                    let a = if self.at_type_start() {
                        let t = self.type_name();
                        self.types.align(t)
                    } else {
                        let e = self.cond_expr();
                        self.const_int(&e).unwrap_or(0) as u64
                    };
                    self.expect(Punct::RParen, "after the alignment");
                    if a != 0 && !a.is_power_of_two() {
                        self.error_at(aloc, "requested alignment is not a power of 2");
                    } else if a != 0 {
                        spec.align = Some(spec.align.unwrap_or(1).max(a));
                    }
                    continue;
                }
                kw::ATTRIBUTE | kw::ATTRIBUTE2 => {
                    let a = self.attributes();
                    if let Some(al) = a.aligned {
                        spec.align = Some(spec.align.unwrap_or(1).max(al));
                    }
                    vector = a.vector_size.or(vector);
                    continue;
                }
                _ => {}
            }
            // gcc's 128-bit integers: said plainly, not as a parse error.
            if matches!(self.str(s), "__int128" | "__int128_t" | "__uint128_t")
                && self.lookup(s).is_none()
            {
                self.error(
                    t.loc,
                    self.spelling_len(&t),
                    "`__int128` is not supported: voxcc's integers are at most 64 bits (`__SIZEOF_INT128__` is not defined)",
                );
                self.next();
                counter += OTHER;
                other_ty = Some(ty::LLONG);
                continue;
            }
            // Typedef names end the specifiers once a type was given.
            if self.is_typedef_name(&t) {
                if counter != 0 {
                    break;
                }
                if let Some(Binding::Typedef(td)) = self.lookup(s) {
                    self.next();
                    other_ty = Some(td);
                    counter += OTHER;
                    continue;
                }
            }
            if s == kw::AUTO_TYPE {
                if counter != 0 {
                    self.error(
                        t.loc,
                        self.spelling_len(&t),
                        "two or more data types in declaration specifiers",
                    );
                }
                if !auto_type_ok {
                    self.error(
                        t.loc,
                        self.spelling_len(&t),
                        "`__auto_type` can only be used in a variable declaration",
                    );
                }
                self.next();
                spec.auto_type = auto_type_ok;
                spec.explicit_type = true;
                other_ty = Some(ty::INT);
                counter += OTHER;
                continue;
            }
            match s {
                kw::STRUCT
                | kw::UNION
                | kw::ENUM
                | kw::TYPEOF
                | kw::TYPEOF2
                | kw::TYPEOF3
                | kw::BUILTIN_VA_LIST => {
                    if counter != 0 {
                        self.error(
                            t.loc,
                            self.spelling_len(&t),
                            "two or more data types in declaration specifiers",
                        );
                    }
                    self.next();
                    let tt = match s {
                        kw::STRUCT => self.record_spec(false),
                        kw::UNION => self.record_spec(true),
                        kw::ENUM => self.enum_spec(),
                        kw::BUILTIN_VA_LIST => self.types.ptr(ty::CHAR),
                        _ => self.typeof_spec(),
                    };
                    other_ty = Some(tt);
                    counter += OTHER;
                    continue;
                }
                _ => {}
            }
            let add = match s {
                kw::VOID => VOID,
                kw::BOOL => BOOL,
                kw::CHAR => CHAR,
                kw::SHORT => SHORT,
                kw::INT => INT,
                kw::LONG => LONG,
                kw::FLOAT => FLOAT,
                kw::DOUBLE => DOUBLE,
                kw::SIGNED | kw::SIGNED2 | kw::SIGNED3 => SIGNED,
                kw::UNSIGNED => UNSIGNED,
                kw::COMPLEX | kw::COMPLEX2 | kw::COMPLEX3 => {
                    complex = Some(t.loc);
                    self.next();
                    continue;
                }
                _ => break,
            };
            self.next();
            counter += add;
            spec.explicit_type = true;
            let ty = match counter {
                VOID => ty::VOID,
                BOOL => ty::BOOL,
                CHAR => ty::CHAR,
                c if c == SIGNED + CHAR => ty::SCHAR,
                c if c == UNSIGNED + CHAR => ty::UCHAR,
                c if c == SHORT
                    || c == SHORT + INT
                    || c == SIGNED + SHORT
                    || c == SIGNED + SHORT + INT =>
                {
                    ty::SHORT
                }
                c if c == UNSIGNED + SHORT || c == UNSIGNED + SHORT + INT => ty::USHORT,
                c if c == INT || c == SIGNED || c == SIGNED + INT => ty::INT,
                c if c == UNSIGNED || c == UNSIGNED + INT => ty::UINT,
                c if c == LONG
                    || c == LONG + INT
                    || c == SIGNED + LONG
                    || c == SIGNED + LONG + INT =>
                {
                    ty::LONG
                }
                c if c == UNSIGNED + LONG || c == UNSIGNED + LONG + INT => ty::ULONG,
                c if c == LONG + LONG
                    || c == LONG + LONG + INT
                    || c == SIGNED + LONG + LONG
                    || c == SIGNED + LONG + LONG + INT =>
                {
                    ty::LLONG
                }
                c if c == UNSIGNED + LONG + LONG || c == UNSIGNED + LONG + LONG + INT => ty::ULLONG,
                FLOAT => ty::FLOAT,
                DOUBLE => ty::DOUBLE,
                c if c == LONG + DOUBLE => ty::LDOUBLE,
                _ => {
                    self.error(
                        t.loc,
                        self.spelling_len(&t),
                        "invalid combination of type specifiers",
                    );
                    counter -= add;
                    continue;
                }
            };
            spec.ty = ty;
        }
        if let Some(t) = other_ty {
            spec.ty = t;
            spec.explicit_type = true;
        }
        if counter == 0 && other_ty.is_none() {
            spec.explicit_type = false;
        }
        if let Some(cloc) = complex {
            if !spec.explicit_type {
                // gcc: "`_Complex` alone means `double _Complex`".
                spec.ty = ty::DOUBLE;
                spec.explicit_type = true;
            }
            let base = self.types.unqual(spec.ty);
            // GNU: integer complex types (`_Complex int`, `_Complex unsigned char`).
            let integer = self.types.is_integer(base)
                && !matches!(self.types.ukind(base), TypeKind::Bool | TypeKind::Enum(..));
            if self.types.is_float(base) || integer {
                spec.ty = self.types.complex(base);
            } else if !self.types.is_complex(base) {
                let n = self.ty_name(base);
                self.error_at(
                    cloc,
                    format!(
                        "`_Complex {n}`: a complex type needs a floating or integer element type"
                    ),
                );
            }
        }
        if let Some(v) = vector {
            spec.ty = self.vector_type(spec.ty, v);
        }
        spec.ty = self.types.qualify(spec.ty, quals);
        spec
    }

    /// `t __attribute__((vector_size(bytes)))`.
    pub(crate) fn vector_type(&mut self, t: TypeId, (bytes, loc): (i64, Loc)) -> TypeId {
        let q = self.types.quals(t);
        let elem = self.types.unqual(t);
        let ok_elem = (self.types.is_integer(elem)
            && !matches!(self.types.ukind(elem), TypeKind::Bool | TypeKind::Enum(..)))
            || self.types.is_float(elem);
        if !ok_elem {
            let n = self.ty_name(t);
            self.error_at(
                loc,
                format!("invalid vector type for attribute `vector_size`: `{n}`"),
            );
            return t;
        }
        let esz = self.types.size(elem) as i64;
        if bytes <= 0
            || bytes % esz != 0
            || !((bytes / esz) as u64).is_power_of_two()
            || bytes > 1024
        {
            self.error_at(
                loc,
                format!("vector size must be a power-of-two multiple of the element size ({esz}), at most 1024 bytes"),
            );
            return t;
        }
        let v = self.types.vector(elem, (bytes / esz) as u64);
        self.types.qualify(v, q)
    }

    /// `typeof(expr)` or `typeof(type)` after the keyword.
    fn typeof_spec(&mut self) -> TypeId {
        self.expect(Punct::LParen, "after `typeof`");
        let t = if self.at_type_start() {
            self.type_name()
        } else {
            let e = self.expr();
            e.ty
        };
        self.expect(Punct::RParen, "after `typeof(...`");
        t
    }

    /// Pointer declarator parts: `* const * volatile ...`.
    fn pointers(&mut self, mut t: TypeId) -> TypeId {
        while self.at(Punct::Star) {
            self.next();
            t = self.types.ptr(t);
            let mut q = Quals::NONE;
            loop {
                let s = self.peek();
                match s.sym {
                    _ if s.kind != TokKind::Ident => break,
                    kw::CONST | kw::CONST2 | kw::CONST3 => q.konst = true,
                    kw::VOLATILE | kw::VOLATILE2 | kw::VOLATILE3 => q.volatile = true,
                    kw::RESTRICT | kw::RESTRICT2 | kw::RESTRICT3 | kw::ATOMIC => {}
                    kw::ATTRIBUTE | kw::ATTRIBUTE2 => {
                        self.attributes();
                        continue;
                    }
                    _ => break,
                }
                self.next();
            }
            t = self.types.qualify(t, q);
        }
        t
    }

    /// A declarator (named or abstract) over `base`.
    pub(crate) fn declarator(&mut self, base: TypeId) -> Declarator {
        if !self.enter() {
            return Declarator {
                name: None,
                loc: self.loc(),
                ty: base,
                params: None,
                old_style: false,
                align: None,
            };
        }
        let mut d = self.declarator_inner(base);
        self.leave();
        if self.types.depth(d.ty) > MAX_TYPE_DEPTH {
            self.error_at(
                d.loc,
                format!("type too complex: more than {MAX_TYPE_DEPTH} levels of pointers, arrays and functions"),
            );
            d.ty = ty::INT;
            d.params = None;
        }
        d
    }

    fn declarator_inner(&mut self, base: TypeId) -> Declarator {
        // `int (__attribute__((x)) *p)`: attributes may open a declarator.
        let attrs0 = self.attributes();
        let t = self.pointers(base);
        let mut attrs = self.attributes();
        attrs.aligned = attrs.aligned.or(attrs0.aligned);
        if self.at(Punct::LParen) && self.is_nested_declarator() {
            let start = self.pos;
            self.skip_balanced_parens();
            let (suffixed, outer_params, outer_old) = self.type_suffix(t);
            let after = self.pos;
            self.pos = start + 1;
            let mut d = self.declarator(suffixed);
            self.expect(Punct::RParen, "to close the declarator");
            self.pos = after;
            // `(*fp)() __asm__("x") __attribute__((weak))`
            self.skip_asm_label();
            let attrs2 = self.attributes();
            attrs.aligned = attrs.aligned.or(attrs2.aligned);
            // `(name)(int x)`: the parameters still belong to the name.
            if d.params.is_none() && d.ty == suffixed {
                d.params = outer_params;
                d.old_style = outer_old;
            }
            if d.align.is_none() {
                d.align = attrs.aligned;
            }
            return d;
        }
        let tok = self.peek();
        let (name, loc) = if tok.kind == TokKind::Ident && !self.is_reserved_word(tok.sym) {
            self.next();
            (Some(tok.sym), tok.loc)
        } else {
            (None, tok.loc)
        };
        let (ty, params, old_style) = self.type_suffix(t);
        self.skip_asm_label();
        let attrs2 = self.attributes();
        // `int v __attribute__((vector_size(16)))`: the declared type is the
        // vector.
        let ty = match attrs2.vector_size.or(attrs.vector_size) {
            Some(v) => self.vector_type(ty, v),
            None => ty,
        };
        Declarator {
            name,
            loc,
            ty,
            params,
            old_style,
            align: attrs.aligned.or(attrs2.aligned),
        }
    }

    fn is_reserved_word(&self, s: Sym) -> bool {
        (s.0 as usize) < crate::token::KEYWORDS.len()
            && (s.0 <= kw::ASM3.0 || s == kw::BUILTIN_VA_LIST)
            && !matches!(s, kw::ATTRIBUTE | kw::ATTRIBUTE2)
    }

    /// After a `(` in a declarator: does it open a nested declarator (as in
    /// `int (*f)(void)`) rather than a parameter list (`int (int)`)?
    fn is_nested_declarator(&self) -> bool {
        let t = self.peek_at(1);
        if t.is(Punct::RParen) || t.is(Punct::Ellipsis) {
            return false;
        }
        if t.kind == TokKind::Ident {
            // A type name after `(` starts parameters.
            let save_is_type = {
                let s = t.sym;
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
                        kw::REGISTER,
                        kw::TYPEOF,
                        kw::TYPEOF2,
                        kw::BUILTIN_VA_LIST,
                        kw::CONST2,
                        kw::SIGNED2,
                        kw::RESTRICT,
                    ]
                    .contains(&s)
            };
            return !save_is_type;
        }
        true
    }

    /// Array and function suffixes: `[N]`, `(params)`.
    fn type_suffix(&mut self, base: TypeId) -> (TypeId, Option<Vec<Param>>, bool) {
        if self.at(Punct::LParen) {
            self.next();
            let (params, variadic, prototype, old_style) = self.param_list();
            let ret = base;
            if self.types.is_func(ret) {
                let loc = self.loc();
                self.error_at(loc, "a function cannot return a function");
            } else if self.types.is_array(ret) {
                let loc = self.loc();
                self.error_at(loc, "a function cannot return an array");
            }
            let pts: Vec<TypeId> = params.iter().map(|p| self.types.unqual(p.ty)).collect();
            let f = self.types.intern(TypeKind::Func(FuncType {
                ret,
                params: Rc::from(pts),
                variadic,
                prototype,
            }));
            return (f, Some(params), old_style);
        }
        if self.at(Punct::LBracket) {
            let lb = self.next();
            // Qualifiers and `static` inside parameter array brackets.
            while self.at_kw(kw::STATIC)
                || self.at_kw(kw::CONST)
                || self.at_kw(kw::VOLATILE)
                || self.at_kw(kw::RESTRICT)
                || self.at_kw(kw::RESTRICT2)
            {
                self.next();
            }
            // What a native prototype's length is ([`super::proto`]).
            let mut bracket = super::proto::Bracket::Unsized;
            let len = if self.at(Punct::RBracket) {
                None
            } else if self.at(Punct::Star) && self.peek_at(1).is(Punct::RBracket) {
                self.next();
                None
            } else if let Some(name) = self.proto_length_name() {
                // `T *p[n]` may name a later parameter: not an expression.
                bracket = super::proto::Bracket::Name(name.sym, name.loc);
                self.next();
                None
            } else {
                let start = self.pos;
                let errors = self.sess.diags.error_count();
                let e = self.assign_expr();
                // Where a parameter's size is, to parse again in the body
                // (where the parameters it names are bound).
                let toks = (!self.param_names.is_empty()
                    && self.sess.diags.error_count() == errors)
                    .then_some((start, self.pos));
                let at = self.tok_at(start).loc;
                bracket = super::proto::Bracket::Other(at);
                match self.const_int(&e) {
                    Some(n) if n >= 0 => {
                        bracket = super::proto::Bracket::Num(n as u64, at);
                        Some(n as u64)
                    }
                    Some(_) => {
                        self.error_at(e.loc, "array size is negative");
                        Some(1)
                    }
                    None => {
                        if self.types.is_integer(e.ty) {
                            self.vla_pending = Some((e, toks));
                            None
                        } else {
                            self.error_at(e.loc, "array size is not an integer");
                            Some(1)
                        }
                    }
                }
            };
            self.expect(Punct::RBracket, "to close the array size");
            if let (Some(c), 1) = (self.proto.as_mut(), self.param_names.len()) {
                c.brackets.push(bracket);
            }
            let vla = self.vla_pending.take();
            // Each dimension is a level of nesting: the type is built from
            // the innermost one out, by recursion.
            if !self.enter() {
                return (base, None, false);
            }
            let (elem, _, _) = self.type_suffix(base);
            self.leave();
            if self.types.is_func(elem) {
                self.error_at(lb.loc, "declaration of an array of functions");
            }
            if !self.types.is_complete(elem)
                && !self.types.is_array(elem)
                && (!self.types.is_void(elem) || len.is_some())
            {
                let n = self.ty_name(elem);
                self.error_at(lb.loc, format!("array has incomplete element type `{n}`"));
            }
            if let Some((e, toks)) = vla {
                return (self.make_vla(elem, e, toks), None, false);
            }
            let limit = (1u64 << 40) / self.types.size(elem).max(1);
            let len = match len {
                Some(n) if n > limit => {
                    self.error_at(lb.loc, format!("array is too large ({n} elements)"));
                    Some(1)
                }
                l => l,
            };
            return (self.types.array(elem, len), None, false);
        }
        (base, None, false)
    }

    /// A parameter list after `(`, through `)`.
    fn param_list(&mut self) -> (Vec<Param>, bool, bool, bool) {
        let mut params = Vec::new();
        // Names seen so far, for the duplicate check (a scan made 100,000
        // parameters take 4 s).
        let mut seen: FxHashMap<Sym, Loc> = FxHashMap::default();
        if self.eat(Punct::RParen) {
            return (params, false, false, false);
        }
        // `(void)`
        if self.at_kw(kw::VOID) && self.peek_at(1).is(Punct::RParen) {
            self.next();
            self.next();
            return (params, false, true, false);
        }
        // Old-style identifier list.
        if self.peek().kind == TokKind::Ident
            && !self.at_type_start()
            && (self.peek_at(1).is(Punct::Comma) || self.peek_at(1).is(Punct::RParen))
        {
            loop {
                let t = self.next();
                if t.kind != TokKind::Ident {
                    self.error(t.loc, self.spelling_len(&t), "expected a parameter name");
                    break;
                }
                params.push(Param {
                    name: Some(t.sym),
                    ty: ty::INT,
                    declared: ty::INT,
                    loc: t.loc,
                });
                if !self.eat(Punct::Comma) {
                    break;
                }
            }
            self.expect(Punct::RParen, "after the parameter names");
            return (params, false, false, true);
        }
        let mut variadic = false;
        self.open_scope();
        self.param_names.push(Vec::new());
        let capture = self.param_names.len() == 1;
        if let (Some(c), true) = (self.proto.as_mut(), capture) {
            // The last outermost list is the function's own (`int (*f(int))(char)`).
            c.params.clear();
        }
        loop {
            if self.eat(Punct::Ellipsis) {
                variadic = true;
                break;
            }
            let loc = self.loc();
            if !self.at_type_start() {
                let t = self.peek();
                self.error(
                    t.loc,
                    self.spelling_len(&t),
                    format!(
                        "expected a parameter declaration, found {}",
                        self.describe(&t)
                    ),
                );
                self.skip_balanced_in_params();
                break;
            }
            let spec = self.decl_spec(false);
            if let (Some(c), true) = (self.proto.as_mut(), capture) {
                c.brackets.clear();
            }
            let d = self.declarator(spec.ty);
            if let (Some(c), true) = (self.proto.as_mut(), capture) {
                let brackets = std::mem::take(&mut c.brackets);
                c.params.push(super::proto::Param {
                    name: d.name,
                    loc: if d.name.is_some() { d.loc } else { loc },
                    ty: d.ty,
                    brackets,
                });
            }
            let t = self.adjust_param(d.ty);
            if self.types.is_void(t) {
                self.error_at(d.loc, "parameter has type `void`");
            }
            if let Some(n) = d.name {
                if let Some(&at) = seen.get(&n) {
                    let s = self.str(n).to_string();
                    self.error_related(
                        d.loc,
                        format!("redefinition of parameter `{s}`"),
                        at,
                        "previous definition is here",
                    );
                } else {
                    seen.insert(n, d.loc);
                }
            }
            if let (Some(n), Some(names)) = (d.name, self.param_names.last_mut()) {
                names.push(n);
            }
            params.push(Param {
                name: d.name,
                ty: t,
                declared: d.ty,
                loc: if d.name.is_some() { d.loc } else { loc },
            });
            if !self.eat(Punct::Comma) {
                break;
            }
        }
        self.param_names.pop();
        self.close_scope();
        self.expect(Punct::RParen, "to close the parameter list");
        (params, variadic, true, false)
    }

    fn skip_balanced_in_params(&mut self) {
        let mut depth = 0;
        loop {
            let t = self.peek();
            match t.kind {
                TokKind::Eof => return,
                TokKind::Punct(Punct::LParen) => depth += 1,
                TokKind::Punct(Punct::RParen) => {
                    if depth == 0 {
                        return;
                    }
                    depth -= 1;
                }
                TokKind::Punct(Punct::LBrace | Punct::Semi) if depth == 0 => return,
                _ => {}
            }
            self.next();
        }
    }

    /// Parameter type adjustment (C99 6.7.5.3p7-8): arrays become pointers
    /// (keeping the bracket's qualifiers), functions pointers to functions.
    pub(crate) fn adjust_param(&mut self, t: TypeId) -> TypeId {
        match *self.types.ukind(t) {
            TypeKind::Array(e, _) | TypeKind::Vla(e, _) => self.types.ptr(e),
            TypeKind::Func(_) => self.types.ptr(t),
            _ => t,
        }
    }

    /// A type name (`sizeof(T)`, casts): specifiers and an abstract declarator.
    pub(crate) fn type_name(&mut self) -> TypeId {
        let spec = self.decl_spec(false);
        let d = self.declarator(spec.ty);
        if let Some(n) = d.name {
            let s = self.str(n).to_string();
            self.error_at(d.loc, format!("unexpected name `{s}` in a type name"));
        }
        self.aligned_type(d.ty, spec.align.or(d.align))
    }

    /// The type a typedef or a type name with an `aligned` attribute
    /// denotes: the same type, with that alignment (gcc lets it lower the
    /// type's own in a typedef too).
    fn aligned_type(&mut self, t: TypeId, align: Option<u64>) -> TypeId {
        match align {
            Some(a) if a != self.types.align(t) => self.types.with_align(t, a),
            _ => t,
        }
    }

    // ---- struct, union, enum ----

    fn record_spec(&mut self, is_union: bool) -> TypeId {
        let attrs = self.attributes();
        let kind = if is_union { "union" } else { "struct" };
        let tag_tok = self.peek();
        // A keyword is no tag: `struct for` is an error, as in gcc.
        let tag = if tag_tok.kind == TokKind::Ident && !self.is_reserved_word(tag_tok.sym) {
            self.next();
            Some(tag_tok.sym)
        } else {
            None
        };
        if !self.at(Punct::LBrace) {
            let Some(tag) = tag else {
                let t = self.peek();
                self.error(
                    t.loc,
                    self.spelling_len(&t),
                    format!("expected a tag name or `{{` after `{kind}`"),
                );
                return ty::INT;
            };
            // `struct S;` alone declares a new type in this scope.
            let decl_only = self.at(Punct::Semi);
            let found = if decl_only {
                self.lookup_tag_here(tag)
            } else {
                self.lookup_tag(tag)
            };
            if let Some(t) = found {
                match self.types.record(t) {
                    Some(r) if r.is_union == is_union => return t,
                    _ => {
                        let s = self.str(tag).to_string();
                        self.error(
                            tag_tok.loc,
                            s.len() as u32,
                            format!("`{s}` defined as the wrong kind of tag"),
                        );
                        return t;
                    }
                }
            }
            let t = self.types.new_record(Some(tag), is_union, tag_tok.loc);
            self.bind_tag(tag, t);
            return t;
        }
        let lbrace = self.next();
        // Complete a forward declaration in this scope, or make a new type.
        let t = match tag.and_then(|s| self.lookup_tag_here(s)) {
            Some(t) if self.defining.contains(&t) => {
                // `struct a { struct a { ... } m; }`: the inner body would
                // complete the outer type, which would then contain itself.
                let s = self.str(tag.unwrap_or(Sym(0))).to_string();
                self.error(
                    tag_tok.loc,
                    s.len() as u32,
                    format!("nested redefinition of `{kind} {s}`"),
                );
                self.types.new_record(None, is_union, tag_tok.loc)
            }
            Some(t)
                if self
                    .types
                    .record(t)
                    .is_some_and(|r| !r.complete && r.is_union == is_union) =>
            {
                t
            }
            // `struct s; union s {...}` in one scope (or an enum's tag).
            Some(t) if self.types.record(t).is_none_or(|r| r.is_union != is_union) => {
                let s = self.str(tag.unwrap_or(Sym(0))).to_string();
                self.error(
                    tag_tok.loc,
                    s.len() as u32,
                    format!("`{s}` defined as the wrong kind of tag"),
                );
                self.types.new_record(tag, is_union, tag_tok.loc)
            }
            Some(t) if self.types.record(t).is_some_and(|r| r.complete) => {
                let s = self.str(tag.unwrap_or(Sym(0))).to_string();
                let prev = self.types.record(t).map_or(lbrace.loc, |r| r.loc);
                self.error_related(
                    tag_tok.loc,
                    format!("redefinition of `{kind} {s}`"),
                    prev,
                    "previous definition is here",
                );
                self.types.new_record(tag, is_union, tag_tok.loc)
            }
            _ => {
                let t = self.types.new_record(tag, is_union, tag_tok.loc);
                if let Some(s) = tag {
                    self.bind_tag(s, t);
                }
                t
            }
        };
        self.defining.push(t);
        let members = self.record_members();
        self.defining.pop();
        let attrs2 = self.attributes();
        // `#pragma pack` in effect at the closing brace.
        let at = self.pos.saturating_sub(1);
        let pragma = self
            .sess
            .pack
            .iter()
            .rev()
            .find(|(i, _)| *i <= at)
            .and_then(|(_, p)| *p);
        let pack = Pack {
            attr: attrs.packed || attrs2.packed,
            pragma,
            ms: attrs.ms_struct.or(attrs2.ms_struct) == Some(true),
        };
        let align = attrs.aligned.or(attrs2.aligned);
        self.layout(t, members, pack, align, lbrace.loc);
        t
    }

    /// Members of a struct or union body after `{`, through `}`.
    fn record_members(&mut self) -> Vec<(Field, u64)> {
        let mut fields = Vec::new();
        while !self.at(Punct::RBrace) && !self.at_eof() && !self.stop {
            if self.at_kw(kw::STATIC_ASSERT) {
                self.static_assert();
                continue;
            }
            if self.eat(Punct::Semi) {
                continue;
            }
            let start = self.pos;
            let spec = self.decl_spec(false);
            if !spec.explicit_type && self.pos == start {
                let t = self.peek();
                self.error(
                    t.loc,
                    self.spelling_len(&t),
                    format!("expected a member declaration, found {}", self.describe(&t)),
                );
                self.skip_to_semi();
                continue;
            }
            // Anonymous struct or union member.
            if self.at(Punct::Semi) && self.types.is_record(spec.ty) {
                self.next();
                let loc = spec.loc;
                if !self.types.is_complete(spec.ty) {
                    // `struct a { struct a; }`: left out, as a named member
                    // of incomplete type is.
                    let n = self.ty_name(spec.ty);
                    self.error_at(loc, format!("member has incomplete type `{n}`"));
                    continue;
                }
                let al = spec.align.unwrap_or(0);
                fields.push((
                    Field {
                        name: None,
                        ty: spec.ty,
                        offset: 0,
                        bits: None,
                        loc,
                    },
                    al,
                ));
                continue;
            }
            loop {
                let (d, width) = if self.at(Punct::Colon) {
                    (
                        Declarator {
                            name: None,
                            loc: self.loc(),
                            ty: spec.ty,
                            params: None,
                            old_style: false,
                            align: None,
                        },
                        None,
                    )
                } else {
                    (self.declarator(spec.ty), None::<u32>)
                };
                let _ = width;
                let mut bits = None;
                if self.eat(Punct::Colon) {
                    let e = self.cond_expr();
                    let w = self.const_int(&e);
                    if !self.types.is_integer(d.ty) {
                        self.error_at(d.loc, "bit-field has a non-integer type");
                    }
                    let max = self.types.size(d.ty) * 8;
                    match w {
                        Some(w) if w >= 0 && (w as u64) <= max => {
                            if w == 0 && d.name.is_some() {
                                self.error_at(e.loc, "named bit-field has zero width");
                            }
                            bits = Some((0, w as u32));
                        }
                        Some(w) if w < 0 => self.error_at(e.loc, "bit-field has negative width"),
                        Some(_) => self.error_at(e.loc, "bit-field width exceeds its type"),
                        None => self.error_at(e.loc, "bit-field width is not an integer constant"),
                    }
                }
                let after = self.attributes();
                // A member of function or incomplete type is reported and then
                // left out: kept, it could be the record being defined, and a
                // record that contains itself sends every walk over its members
                // (initializers, layout) into endless recursion.
                let mut bad = false;
                if bits.is_none() {
                    if self.types.is_func(d.ty) {
                        self.error_at(d.loc, "a member cannot have function type");
                        bad = true;
                    } else if self.is_variably_modified(d.ty) {
                        self.error_at(
                            d.loc,
                            "a variable-length array member (GNU) is not supported by voxcc",
                        );
                    } else if !self.types.is_complete(d.ty)
                        && !matches!(self.types.ukind(d.ty), TypeKind::Array(_, None))
                    {
                        let n = self.ty_name(d.ty);
                        self.error_at(d.loc, format!("member has incomplete type `{n}`"));
                        bad = true;
                    } else if let &TypeKind::Array(e, None) = self.types.ukind(d.ty) {
                        // A flexible array of an incomplete type (the
                        // declarator said so, unless the type is void).
                        if !self.types.is_complete(e) {
                            if self.types.is_void(e) {
                                self.error_at(d.loc, "array has incomplete element type `void`");
                            }
                            bad = true;
                        }
                    }
                }
                if bad {
                    if !self.eat(Punct::Comma) {
                        break;
                    }
                    continue;
                }
                let al = spec.align.or(d.align).or(after.aligned).unwrap_or(0);
                fields.push((
                    Field {
                        name: d.name,
                        ty: d.ty,
                        offset: 0,
                        bits,
                        loc: d.loc,
                    },
                    al,
                ));
                if !self.eat(Punct::Comma) {
                    break;
                }
            }
            self.expect(Punct::Semi, "after a member declaration");
        }
        self.expect(Punct::RBrace, "to close the member list");
        fields
    }

    /// Lays out a struct or union as gcc does on x86-64 (System V),
    /// including bit-fields, and completes the record.
    fn layout(
        &mut self,
        t: TypeId,
        members: Vec<(Field, u64)>,
        pack: Pack,
        align: Option<u64>,
        loc: Loc,
    ) {
        // `packed` or any `#pragma pack(N)`: a bit-field goes at the next bit,
        // even across a unit of its type (gcc skips that rule under a pragma).
        let packed = pack.attr || pack.pragma.is_some();
        let Some(rid) = self.types.record_id(t) else {
            return;
        };
        let is_union = self.types.records[rid.0 as usize].is_union;
        let mut fields = Vec::with_capacity(members.len());
        let mut bit: u64 = 0; // current position in bits
        let mut size: u64 = 0;
        let mut max_align: u64 = 1;
        let n = members.len();
        let mut flexible = false;
        let mut seen = FxHashMap::default();
        let mut ms = pack.ms.then(MsLayout::new);
        for (i, (mut f, forced_align)) in members.into_iter().enumerate() {
            if let Some(name) = f.name {
                if let Some(prev) = seen.insert(name, f.loc) {
                    let s = self.str(name).to_string();
                    self.error_related(
                        f.loc,
                        format!("duplicate member `{s}`"),
                        prev,
                        "previous declaration is here",
                    );
                }
            }
            let fsize = self.types.size(f.ty);
            // gcc: `packed` drops the type's alignment but not an `aligned`
            // member's; `#pragma pack(N)` caps both.
            let natural = if pack.attr { 1 } else { self.types.align(f.ty) };
            let falign = natural
                .max(forced_align)
                .min(pack.pragma.unwrap_or(u64::MAX));
            if is_union {
                bit = 0;
            }
            if let Some(ms) = ms.as_mut() {
                let m = MsMember {
                    type_bits: fsize * 8,
                    type_align: self.types.align(f.ty).max(1),
                    width: f.bits.map(|(_, w)| w),
                    size_bits: (!matches!(self.types.ukind(f.ty), TypeKind::Array(_, None)))
                        .then_some(fsize * 8),
                    user_align: forced_align,
                    packed: pack.attr,
                    cap: pack.pragma,
                    last: i == n - 1,
                };
                if is_union {
                    ms.place_in_union(&m);
                    if let Some((_, w)) = f.bits {
                        size = size.max(u64::from(w).div_ceil(8));
                    } else {
                        size = size.max(fsize);
                    }
                } else {
                    let (at, unit) = ms.place(&m);
                    if let Some((_, w)) = f.bits {
                        f.offset = unit;
                        f.bits = Some(((at - unit * 8) as u32, w));
                    } else {
                        f.offset = at / 8;
                    }
                    size = size.max(ms.bit.div_ceil(8));
                }
                if matches!(f.bits, Some((_, 0))) {
                    continue;
                }
                if m.size_bits.is_none() {
                    if i != n - 1 || is_union {
                        self.error_at(f.loc, "flexible array member not at the end of a struct");
                    }
                    flexible = true;
                }
                fields.push(f);
                continue;
            }
            match f.bits {
                Some((_, w)) => {
                    let unit = fsize * 8;
                    if w == 0 {
                        // Zero width: the next bit-field starts a new unit,
                        // and a struct ending here is padded to it (gcc:
                        // `struct { char c; int : 0; }` has size 4, alignment 1).
                        if unit > 0 {
                            bit = bit.div_ceil(unit) * unit;
                        }
                        size = size.max(bit.div_ceil(8));
                        continue;
                    }
                    // An `aligned` bit-field starts on that boundary (at least
                    // a byte boundary when `#pragma pack` caps it); its type's
                    // alignment does not count here.
                    if forced_align > 0 {
                        let own = forced_align.min(pack.pragma.unwrap_or(u64::MAX));
                        bit = bit.next_multiple_of(own * 8);
                    }
                    // Then, as gcc does, one that would straddle a unit of
                    // its type moves to the next.
                    if !packed && unit > 0 && (bit / unit) != ((bit + w as u64 - 1) / unit) {
                        bit = bit.div_ceil(unit) * unit;
                    }
                    // The storage unit is the aligned unit of the field's type
                    // holding its first bit (packed: the byte holding it).
                    let unit_start = if packed || unit == 0 {
                        bit / 8
                    } else {
                        (bit / unit) * fsize
                    };
                    let off_in_unit = bit - unit_start * 8;
                    if packed && off_in_unit + w as u64 > unit {
                        // A packed bit-field spanning units: keep it in a unit
                        // that starts at its byte.
                    }
                    f.offset = unit_start;
                    f.bits = Some((off_in_unit as u32, w));
                    bit += w as u64;
                    // A named bit-field's type aligns the record; under a
                    // pragma only the pragma caps it, not `packed` (gcc).
                    if f.name.is_some() {
                        let ty_align = self.types.align(f.ty);
                        let natural = match pack.pragma {
                            Some(p) => ty_align.min(p),
                            None if pack.attr => 1,
                            None => ty_align,
                        };
                        let own = forced_align.min(pack.pragma.unwrap_or(u64::MAX));
                        max_align = max_align.max(natural).max(own);
                    }
                }
                None => {
                    let is_flex = matches!(self.types.ukind(f.ty), TypeKind::Array(_, None));
                    if is_flex {
                        if i != n - 1 || is_union {
                            self.error_at(
                                f.loc,
                                "flexible array member not at the end of a struct",
                            );
                        }
                        flexible = true;
                    }
                    let off = (bit.div_ceil(8)).next_multiple_of(falign.max(1));
                    f.offset = off;
                    bit = (off + fsize) * 8;
                    max_align = max_align.max(falign);
                }
            }
            size = size.max(bit.div_ceil(8));
            fields.push(f);
        }
        if let Some(ms) = &ms {
            max_align = ms.align_bits / 8;
        }
        if let Some(a) = align {
            max_align = max_align.max(a);
        }
        let size = size.next_multiple_of(max_align);
        if size > 1 << 40 {
            self.error_at(loc, "struct is too large");
        }
        let r = &mut self.types.records[rid.0 as usize];
        r.set_fields(fields);
        r.size = size;
        r.align = max_align;
        r.complete = true;
        r.flexible = flexible;
    }

    fn enum_spec(&mut self) -> TypeId {
        self.attributes();
        let tag_tok = self.peek();
        // A keyword is no tag: `struct for` is an error, as in gcc.
        let tag = if tag_tok.kind == TokKind::Ident && !self.is_reserved_word(tag_tok.sym) {
            self.next();
            Some(tag_tok.sym)
        } else {
            None
        };
        if !self.at(Punct::LBrace) {
            let Some(tag) = tag else {
                let t = self.peek();
                self.error(
                    t.loc,
                    self.spelling_len(&t),
                    "expected a tag name or `{` after `enum`",
                );
                return ty::INT;
            };
            if let Some(t) = self.lookup_tag(tag) {
                return t;
            }
            // A forward reference to an enum (a common extension): `unsigned int`.
            let t = self.types.new_enum(ty::UINT);
            self.bind_tag(tag, t);
            return t;
        }
        self.next();
        let mut values: Vec<(Sym, i64, Loc)> = Vec::new();
        let mut next: i64 = 0;
        let mut overflow = false;
        while !self.at(Punct::RBrace) && !self.at_eof() && !self.stop {
            let t = self.next();
            if t.kind != TokKind::Ident {
                self.error(
                    t.loc,
                    self.spelling_len(&t),
                    format!("expected an enumerator name, found {}", self.describe(&t)),
                );
                self.skip_to_semi();
                return ty::INT;
            }
            self.attributes();
            if self.eat(Punct::Assign) {
                let e = self.cond_expr();
                match self.const_int(&e) {
                    Some(v) => next = v,
                    None => self.error_at(e.loc, "enumerator value is not an integer constant"),
                }
            } else if overflow {
                self.error_at(t.loc, "enumerator value overflows");
            }
            if let Some(Binding::EnumConst(..)) = self.lookup_here(t.sym) {
                let s = self.str(t.sym).to_string();
                self.error_at(t.loc, format!("redeclaration of enumerator `{s}`"));
            }
            values.push((t.sym, next, t.loc));
            // Visible from here on, so later values can use it.
            let ct = if i32::try_from(next).is_ok() {
                ty::INT
            } else {
                ty::LONG
            };
            self.bind(t.sym, Binding::EnumConst(next, ct));
            let (n, o) = next.overflowing_add(1);
            next = n;
            overflow = o;
            if !self.eat(Punct::Comma) {
                break;
            }
        }
        self.expect(Punct::RBrace, "to close the enumerator list");
        let min = values.iter().map(|v| v.1).min().unwrap_or(0);
        let max = values.iter().map(|v| v.1).max().unwrap_or(0);
        let base = if min >= 0 && max <= u32::MAX as i64 {
            ty::UINT
        } else if min >= i32::MIN as i64 && max <= i32::MAX as i64 {
            ty::INT
        } else if min >= 0 {
            ty::ULONG
        } else {
            ty::LONG
        };
        // Completing `enum E;` declared in this scope keeps its identity.
        let fwd =
            tag.and_then(|t| self.lookup_tag_here(t))
                .and_then(|t| match *self.types.ukind(t) {
                    TypeKind::Enum(n, _) => Some(n),
                    _ => None,
                });
        let et = match fwd {
            Some(n) if !self.enums_defined.contains(&n) => self.types.enum_with_base(n, base),
            Some(_) => {
                let s = self.str(tag.unwrap_or(Sym(0))).to_string();
                self.error_at(tag_tok.loc, format!("redefinition of `enum {s}`"));
                self.types.new_enum(base)
            }
            None => self.types.new_enum(base),
        };
        if let TypeKind::Enum(n, _) = *self.types.ukind(et) {
            self.enums_defined.insert(n);
        }
        for (s, v, _) in &values {
            let ct = if i32::try_from(*v).is_ok() {
                ty::INT
            } else {
                et
            };
            self.bind(*s, Binding::EnumConst(*v, ct));
        }
        if let Some(tag) = tag {
            self.bind_tag(tag, et);
        }
        et
    }

    /// `_Static_assert(expr, "message");` (the keyword not yet consumed).
    pub(crate) fn static_assert(&mut self) {
        let kwtok = self.next();
        self.expect(Punct::LParen, "after `_Static_assert`");
        let e = self.cond_expr();
        let mut msg = String::new();
        if self.eat(Punct::Comma) {
            while self.peek().kind == TokKind::Str {
                let t = self.next();
                let s = self.str(t.sym).to_string();
                let (_, inner) = super::lit::split_prefix(&s);
                msg.push_str(inner);
            }
        }
        self.expect(Punct::RParen, "after the static assertion");
        self.expect(Punct::Semi, "after `_Static_assert(...)`");
        match self.const_int(&e) {
            Some(0) => self.error_at(kwtok.loc, format!("static assertion failed: \"{msg}\"")),
            Some(_) => {}
            None => self.error_at(
                e.loc,
                "static assertion expression is not an integer constant",
            ),
        }
    }

    // ---- declarations ----

    fn external_declaration_inner(&mut self) {
        self.pending_ctor = None;
        self.pending_dtor = None;
        self.pending_weak = false;
        self.pending_noinline = false;
        self.pending_alias = None;
        self.pending_asm_name = None;
        if self.eat(Punct::Semi) {
            return;
        }
        if self.at_kw(kw::STATIC_ASSERT) {
            self.static_assert();
            return;
        }
        if self.at_kw(kw::ASM) || self.at_kw(kw::ASM2) || self.at_kw(kw::ASM3) {
            // Top-level `asm("");` is nothing; any other is an error.
            let s = self.asm_stmt();
            if !matches!(s.kind, StmtKind::Empty) {
                self.error_at(s.loc, "`asm` operands outside a function");
            }
            return;
        }
        let start = self.pos;
        self.auto_type_ok = true;
        let spec = self.decl_spec(true);
        if !spec.explicit_type && spec.storage == Storage::None && self.pos == start {
            // Implicit int at file scope: `main() { ... }`, or garbage.
            let t = self.peek();
            if t.kind != TokKind::Ident {
                self.error(
                    t.loc,
                    self.spelling_len(&t),
                    format!("expected a declaration, found {}", self.describe(&t)),
                );
                self.skip_to_semi();
                return;
            }
        }
        if self.eat(Punct::Semi) {
            return; // `struct S { ... };` or `int;`
        }
        let mut first = true;
        loop {
            let d = if spec.auto_type {
                if !first {
                    self.refuse_second_auto_type_declarator();
                    return;
                }
                match self.auto_type_declarator(&spec) {
                    Some(d) => d,
                    None => return,
                }
            } else {
                self.declarator(spec.ty)
            };
            let Some(name) = d.name else {
                self.error_at(d.loc, "expected a name in the declaration");
                self.skip_to_semi();
                return;
            };
            if !spec.explicit_type && spec.storage == Storage::None && first {
                self.warn(
                    d.loc,
                    format!(
                        "type defaults to `int` in declaration of `{}`",
                        self.str(name)
                    ),
                );
            }
            if spec.storage == Storage::Typedef {
                let t = self.aligned_type(d.ty, spec.align.or(d.align));
                self.typedef(name, t, d.loc);
            } else if self.types.is_func(d.ty) {
                // A function definition?
                if first
                    && (self.at(Punct::LBrace)
                        || (d.old_style && !self.at(Punct::Semi) && !self.at(Punct::Comma)))
                {
                    self.function_definition(spec, d);
                    return;
                }
                self.declare_function(name, d.ty, d.loc, spec.storage, spec.align.or(d.align));
            } else {
                self.global_var(spec, &d);
            }
            first = false;
            if !self.eat(Punct::Comma) {
                break;
            }
        }
        self.expect(Punct::Semi, "after the declaration");
    }

    pub(crate) fn external_declaration(&mut self) {
        self.external_declaration_inner();
    }

    fn typedef(&mut self, name: Sym, t: TypeId, loc: Loc) {
        if let Some(Binding::Typedef(prev)) = self.lookup_here(name) {
            if !self.types.compatible(prev, t) {
                let s = self.str(name).to_string();
                self.error_at(loc, format!("conflicting types for typedef `{s}`"));
            }
        } else if let Some(b) = self.lookup_here(name) {
            if !matches!(b, Binding::Typedef(_)) {
                let s = self.str(name).to_string();
                self.error_at(
                    loc,
                    format!("`{s}` redeclared as a different kind of symbol"),
                );
            }
        }
        self.bind(name, Binding::Typedef(t));
    }

    /// Declares (or redeclares) a function with linkage.
    pub(crate) fn declare_function(
        &mut self,
        name: Sym,
        t: TypeId,
        loc: Loc,
        storage: Storage,
        align: Option<u64>,
    ) -> GlobalId {
        if storage == Storage::Static && !self.at_file_scope() {
            let s = self.str(name).to_string();
            self.error_at(
                loc,
                format!("invalid storage class for block-scope function `{s}`"),
            );
        }
        let linkage = if storage == Storage::Static {
            Linkage::Internal
        } else {
            Linkage::External
        };
        let id = self.link_global(name, t, loc, linkage, true);
        // `__attribute__((aligned(N)))` on any declaration: what
        // `__alignof__(f)` answers, as in gcc (code addresses are indices).
        if let Some(a) = align {
            let g = self.global_mut(id);
            g.align = g.align.max(a);
        }
        self.bind(name, Binding::Global(id));
        self.weak_and_alias(id);
        if self.pending_noinline && self.listed.noinline.insert(id) {
            self.unit.noinline.push(id);
        }
        if let Some(p) = self.pending_ctor {
            if self.listed.ctors.insert(id) {
                self.unit.ctors.push((p, id));
            }
        }
        if let Some(p) = self.pending_dtor {
            if self.listed.dtors.insert(id) {
                self.unit.dtors.push((p, id));
            }
        }
        id
    }

    /// Finds or creates the global with linkage named `name`, checking the
    /// redeclaration against the earlier one and merging their types.
    fn link_global(
        &mut self,
        name: Sym,
        t: TypeId,
        loc: Loc,
        linkage: Linkage,
        is_func: bool,
    ) -> GlobalId {
        if let Some(&id) = self.linkage.get(&name) {
            let prev = self.global(id).clone();
            let prev_is_func = matches!(prev.kind, GlobalKind::Func { .. });
            let s = self.str(name).to_string();
            if prev_is_func != is_func {
                self.error_related(
                    loc,
                    format!("`{s}` redeclared as a different kind of symbol"),
                    prev.loc,
                    "previous declaration is here",
                );
                return id;
            }
            if !self.types.compatible(prev.ty, t) {
                let (a, b) = (self.ty_name(t), self.ty_name(prev.ty));
                if self.is_library_redeclaration(&prev) {
                    // A program's own (older) prototype of a library function:
                    // accepted, as compilers do, with a warning.
                    self.warn(
                        loc,
                        format!("conflicting types for built-in function `{s}`; expected `{b}`"),
                    );
                    return id;
                }
                self.error_related(
                    loc,
                    format!("conflicting types for `{s}`: `{a}` here, `{b}` before"),
                    prev.loc,
                    "previous declaration is here",
                );
                return id;
            }
            // Composite type: prefer the prototype, the known array size.
            let merged = self.composite(prev.ty, t);
            let g = self.global_mut(id);
            g.ty = merged;
            if linkage == Linkage::Internal && prev.linkage == Linkage::External {
                // `extern int x; static int x;` is undefined; gcc errors.
                self.error_related(
                    loc,
                    format!("static declaration of `{s}` follows non-static declaration"),
                    prev.loc,
                    "previous declaration is here",
                );
            }
            return id;
        }
        let align = self.types.align(t);
        let id = self.new_global(Global {
            name,
            ty: t,
            loc,
            linkage,
            kind: if is_func {
                GlobalKind::Func { def: None }
            } else {
                GlobalKind::Var {
                    init: None,
                    defined: false,
                }
            },
            align,
            used: false,
            readonly: false,
            thread_local: false,
        });
        self.linkage.insert(name, id);
        id
    }

    /// Whether `g` was declared by a built-in header (so a program's own
    /// differing prototype is only a warning, as with gcc's builtins).
    fn is_library_redeclaration(&self, g: &Global) -> bool {
        self.linkage
            .get(&g.name)
            .is_some_and(|id| self.builtin_decls.contains(id))
            || self
                .sess
                .sources
                .file(g.loc.file)
                .name
                .starts_with("<voxcc>/")
    }

    fn composite(&mut self, a: TypeId, b: TypeId) -> TypeId {
        match (self.types.ukind(a).clone(), self.types.ukind(b).clone()) {
            (TypeKind::Array(_, None), TypeKind::Array(_, Some(_))) => b,
            (TypeKind::Func(f), TypeKind::Func(g)) => {
                if !f.prototype && g.prototype {
                    b
                } else {
                    a
                }
            }
            _ => a,
        }
    }

    fn global_var(&mut self, spec: DeclSpec, d: &Declarator) {
        let name = d.name.unwrap_or(Sym(0));
        if self.types.is_void(d.ty) {
            let s = self.str(name).to_string();
            self.error_at(d.loc, format!("variable `{s}` declared void"));
        }
        let linkage = match spec.storage {
            Storage::Static => Linkage::Internal,
            _ => match self.linkage.get(&name) {
                Some(&id) if spec.storage == Storage::Extern => self.global(id).linkage,
                _ => Linkage::External,
            },
        };
        if matches!(spec.storage, Storage::Auto | Storage::Register) {
            self.error_at(
                d.loc,
                "file-scope declaration specifies `auto` or `register`",
            );
        }
        // `static int x; int x;`: the second has external linkage, the
        // first internal (C99 6.2.2p7); only `extern` may follow `static`.
        if spec.storage == Storage::None {
            if let Some(&prev) = self.linkage.get(&name) {
                let g = self.global(prev);
                if g.linkage == Linkage::Internal && matches!(g.kind, GlobalKind::Var { .. }) {
                    let (s, at) = (self.str(name).to_string(), g.loc);
                    self.error_related(
                        d.loc,
                        format!("non-static declaration of `{s}` follows static declaration"),
                        at,
                        "previous declaration is here",
                    );
                }
            }
        }
        let id = self.link_global(name, d.ty, d.loc, linkage, false);
        self.bind(name, Binding::Global(id));
        self.weak_and_alias(id);
        if spec.thread_local {
            self.global_mut(id).thread_local = true;
        }
        if let Some(a) = spec.align.or(d.align) {
            let g = self.global_mut(id);
            g.align = g.align.max(a);
        }
        let has_init = self.at(Punct::Assign);
        if has_init {
            self.next();
            if let GlobalKind::Var { init: Some(_), .. } = self.global(id).kind {
                let s = self.str(name).to_string();
                let prev = self.global(id).loc;
                self.error_related(
                    d.loc,
                    format!("redefinition of `{s}`"),
                    prev,
                    "previous definition is here",
                );
            }
            let t = self.global(id).ty;
            let (init, t2) = self.initializer(t, true);
            let g = self.global_mut(id);
            g.ty = t2;
            g.kind = GlobalKind::Var {
                init: Some(init),
                defined: true,
            };
            g.loc = d.loc;
        } else if spec.storage != Storage::Extern {
            // A tentative definition.
            if let GlobalKind::Var { defined, .. } = &mut self.global_mut(id).kind {
                *defined = true;
            }
        }
        let t = self.global(id).ty;
        let defined = matches!(self.global(id).kind, GlobalKind::Var { defined: true, .. });
        if defined
            && !self.types.is_complete(t)
            && !matches!(self.types.ukind(t), TypeKind::Array(_, None))
        {
            let (s, n) = (self.str(name).to_string(), self.ty_name(t));
            self.error_at(
                d.loc,
                format!("storage size of `{s}` isn't known (type `{n}`)"),
            );
        }
        if self.types.quals(t).konst {
            self.global_mut(id).readonly = true;
        }
    }

    pub(crate) fn function_definition(&mut self, spec: DeclSpec, d: Declarator) {
        let name = d.name.unwrap_or(Sym(0));
        let mut params = d.params.clone().unwrap_or_default();
        let mut fty = d.ty;
        if d.old_style {
            // K&R: parameter declarations before the body.
            let decls = self.old_style_params(&mut params);
            let _ = decls;
            let pts: Vec<TypeId> = params.iter().map(|p| self.kr_arg_type(p.ty)).collect();
            let ret = self.types.func(fty).map_or(ty::INT, |f| f.ret);
            fty = self.types.intern(TypeKind::Func(FuncType {
                ret,
                params: Rc::from(pts),
                variadic: false,
                prototype: false,
            }));
        }
        let storage = if spec.storage == Storage::Static {
            Storage::Static
        } else {
            Storage::None
        };
        let id = self.declare_function(name, fty, d.loc, storage, spec.align.or(d.align));
        if let GlobalKind::Func { def: Some(_) } = self.global(id).kind {
            let s = self.str(name).to_string();
            let prev = self.global(id).loc;
            self.error_related(
                d.loc,
                format!("redefinition of `{s}`"),
                prev,
                "previous definition is here",
            );
        }
        self.global_mut(id).loc = d.loc;
        if self.keep.is_some() && !d.old_style && self.at(Punct::LBrace) && !self.needed(id) {
            let body = self.pos;
            self.skip_body();
            self.deferred.push(super::Deferred {
                id,
                spec,
                decl: d,
                body,
            });
            return;
        }
        let (ret, variadic) = self
            .types
            .func(fty)
            .map_or((ty::INT, false), |f| (f.ret, f.variadic));
        if !self.types.is_void(ret) && !self.types.is_complete(ret) {
            let n = self.ty_name(ret);
            self.error_at(d.loc, format!("return type `{n}` is incomplete"));
        }
        self.func = Some(FnCtx {
            global: id,
            ret,
            locals: Vec::new(),
            labels: 0,
            named_labels: FxHashMap::default(),
            switches: Vec::new(),
            breakable: 0,
            continuable: 0,
            variadic,
            name,
            calls_setjmp: false,
            vla_allocs: 0,
            cleanups: 0,
            scope_parents: vec![0],
            open_scopes: vec![0],
            label_addrs: Vec::new(),
            label_addr_set: Default::default(),
            live_vlas: Vec::new(),
            label_vlas: FxHashMap::default(),
        });
        self.func_name_global = None;
        self.open_scope();
        let mut param_ids = Vec::with_capacity(params.len());
        let mut entry_stmts = Vec::new();
        for p in &params {
            let pname = match p.name {
                Some(n) => n,
                None => {
                    if self.types.func(fty).is_some_and(|f| f.prototype) {
                        self.error_at(p.loc, "parameter name omitted in a function definition");
                    }
                    self.anon_name("param")
                }
            };
            if !self.types.is_complete(p.ty) {
                let n = self.ty_name(p.ty);
                self.error_at(p.loc, format!("parameter has incomplete type `{n}`"));
            }
            if let Some(Binding::Local(_)) = self.lookup_here(pname) {
                let s = self.str(pname).to_string();
                self.error_at(p.loc, format!("redefinition of parameter `{s}`"));
            }
            // An old-style `float`, `char` or `short` parameter arrives
            // promoted (callers promote it, C99 6.9.1p10): receive the
            // promoted value, convert on entry.
            let recv_ty = self.kr_arg_type(p.ty);
            if d.old_style && recv_ty != self.types.unqual(p.ty) {
                let recv = self.anon_name("param");
                let r = self.new_local(recv, recv_ty, p.loc);
                param_ids.push(r);
                let l = self.new_local(pname, p.ty, p.loc);
                let e = Expr::new(ExprKind::Local(r), recv_ty, p.loc);
                let e = self.conv(e, p.ty);
                entry_stmts.push(Stmt {
                    kind: StmtKind::Decl(
                        l,
                        Some(Init {
                            items: vec![InitItem {
                                offset: 0,
                                bits: None,
                                value: InitValue::Expr(e),
                            }],
                        }),
                    ),
                    loc: p.loc,
                });
                self.bind(pname, Binding::Local(l));
                continue;
            }
            let l = self.new_local(pname, p.ty, p.loc);
            self.bind(pname, Binding::Local(l));
            param_ids.push(l);
        }
        for p in &params {
            self.param_vla_counts(p.declared, &mut entry_stmts);
        }
        let body_loc = self.loc();
        let mut body = self.compound_stmt_after_scope();
        if !entry_stmts.is_empty() {
            entry_stmts.push(body);
            body = Stmt {
                kind: StmtKind::Block(entry_stmts),
                loc: body_loc,
            };
        }
        let end = self.toks_prev_loc();
        self.close_scope();
        let mut ctx = self.func.take().expect("function context");
        // Labels used but never defined.
        let mut missing: Vec<(Sym, Loc)> = ctx
            .named_labels
            .iter()
            .filter(|(_, v)| v.1.is_none())
            .map(|(k, v)| (*k, v.2))
            .collect();
        missing.sort_by_key(|m| m.1);
        for (l, loc) in missing {
            let s = self.str(l).to_string();
            self.error_at(loc, format!("label `{s}` used but not defined"));
        }
        let locals = std::mem::take(&mut ctx.locals);
        let def = FuncDef {
            global: id,
            params: param_ids,
            locals,
            body,
            labels: ctx.labels,
            loc: body_loc,
            end,
            calls_setjmp: ctx.calls_setjmp,
            label_addrs: std::mem::take(&mut ctx.label_addrs),
            scope_parents: std::mem::take(&mut ctx.scope_parents),
        };
        let idx = self.defined;
        self.defined += 1;
        self.global_mut(id).kind = GlobalKind::Func { def: Some(idx) };
        match self.lower_tu {
            Some(tu) if !self.sess.diags.has_errors() => {
                let f = crate::lower::lower_function(
                    self.types,
                    &self.unit,
                    tu,
                    &self.sess.interner,
                    &def,
                );
                let f = match self.early.as_mut() {
                    Some(early) => {
                        let (globals, noinline) = (&self.unit.globals, &self.listed.noinline);
                        early.offer(f, idx, noinline.contains(&id), |s| {
                            match globals.get(s.id as usize).map(|g| &g.kind) {
                                Some(GlobalKind::Func { def: Some(at) }) if *at < idx => {
                                    Some((*at, noinline.contains(&GlobalId(s.id))))
                                }
                                _ => None,
                            }
                        })
                    }
                    None => f,
                };
                self.lowered.push(f);
            }
            Some(_) => {}
            None => self.unit.funcs.push(def),
        }
    }

    fn toks_prev_loc(&self) -> Loc {
        if self.pos == 0 {
            return self.loc();
        }
        self.peek_at_back()
    }

    fn peek_at_back(&self) -> Loc {
        self.toks
            .get(self.pos.saturating_sub(1))
            .map_or(Loc::default(), |t| t.loc)
    }

    /// The type an old-style parameter of type `t` arrives with: promoted
    /// by the default argument promotions.
    fn kr_arg_type(&mut self, t: TypeId) -> TypeId {
        match self.types.ukind(t) {
            TypeKind::Float => ty::DOUBLE,
            _ if self.types.is_integer(t) => self.types.promote(t),
            _ => self.types.unqual(t),
        }
    }

    /// Old-style parameter declarations (`int f(a, b) int a; char *b; {`).
    fn old_style_params(&mut self, params: &mut [Param]) -> usize {
        let mut n = 0;
        // The parameters name each other's array sizes (`int n; int
        // a[n];`) as in a prototype: sizes are parsed again in the body.
        self.param_names
            .push(params.iter().filter_map(|p| p.name).collect());
        // Each declaration finds its parameter by name (a scan made 120,000
        // parameters take 5 s); the first of a repeated name, as before.
        let mut by_name: FxHashMap<Sym, usize> = FxHashMap::default();
        for (i, p) in params.iter().enumerate() {
            if let Some(n) = p.name {
                by_name.entry(n).or_insert(i);
            }
        }
        while !self.at(Punct::LBrace) && !self.at_eof() && !self.stop {
            n += 1;
            let spec = self.decl_spec(true);
            loop {
                let d = self.declarator(spec.ty);
                let t = self.adjust_param(d.ty);
                match d
                    .name
                    .and_then(|n| by_name.get(&n))
                    .map(|&i| &mut params[i])
                {
                    Some(p) => {
                        p.ty = t;
                        p.declared = d.ty;
                    }
                    None => {
                        let s = d.name.map_or(String::new(), |n| self.str(n).to_string());
                        self.error_at(
                            d.loc,
                            format!("declaration for parameter `{s}` but no such parameter"),
                        );
                    }
                }
                if !self.eat(Punct::Comma) {
                    break;
                }
            }
            self.expect(Punct::Semi, "after a parameter declaration");
        }
        self.param_names.pop();
        n
    }

    /// A declaration inside a function body; returns the statements it
    /// makes (initializations).
    pub(crate) fn local_declaration(&mut self, out: &mut Vec<Stmt>) {
        // Only this declaration's own declarators, not those of a statement
        // expression in an initializer.
        let for_init = std::mem::replace(&mut self.in_for_init, false);
        let counts = self.vla_counts.len();
        self.pending_cleanup = None;
        self.auto_type_ok = true;
        let spec = self.decl_spec(true);
        let spec_cleanup = self.pending_cleanup.take();
        self.fix_vla_counts(counts, out);
        if spec.auto_type {
            self.auto_type_declaration(&spec, out);
            return;
        }
        if self.eat(Punct::Semi) {
            return;
        }
        loop {
            let counts = self.vla_counts.len();
            let d = self.declarator(spec.ty);
            let cleanup = self.pending_cleanup.take().or_else(|| spec_cleanup.clone());
            self.fix_vla_counts(counts, out);
            let Some(name) = d.name else {
                self.error_at(d.loc, "expected a name in the declaration");
                self.skip_to_semi();
                return;
            };
            if for_init {
                let s = self.str(name).to_string();
                if matches!(spec.storage, Storage::Typedef) || self.types.is_func(d.ty) {
                    self.error_at(
                        d.loc,
                        format!(
                            "declaration of non-variable `{s}` in `for` loop initial declaration"
                        ),
                    );
                } else if matches!(spec.storage, Storage::Static | Storage::Extern) {
                    self.error_at(
                        d.loc,
                        format!(
                            "declaration of {} variable `{s}` in `for` loop initial declaration",
                            if spec.storage == Storage::Static {
                                "static"
                            } else {
                                "`extern`"
                            }
                        ),
                    );
                }
            }
            match spec.storage {
                Storage::Typedef => {
                    let t = self.aligned_type(d.ty, spec.align.or(d.align));
                    self.typedef(name, t, d.loc)
                }
                _ if self.types.is_func(d.ty) && self.at(Punct::LBrace) => {
                    // A GNU nested function: its body is skipped, and the
                    // error says what it is instead of `expected ;`.
                    self.error_at(
                        d.loc,
                        "nested functions (a GNU extension) are not supported by voxcc",
                    );
                    self.skip_balanced_braces();
                    self.declare_function(name, d.ty, d.loc, spec.storage, spec.align.or(d.align));
                    return;
                }
                _ if self.types.is_func(d.ty) => {
                    // `int foo = 1; int foo(void);` in one block.
                    if let Some(Binding::Local(l)) = self.lookup_here(name) {
                        let (s, at) = (self.str(name).to_string(), self.local(l).loc);
                        self.error_related(
                            d.loc,
                            format!("`{s}` redeclared as a different kind of symbol"),
                            at,
                            "previous declaration is here",
                        );
                    }
                    self.declare_function(name, d.ty, d.loc, spec.storage, spec.align.or(d.align));
                }
                Storage::Extern => {
                    let linkage = self
                        .linkage
                        .get(&name)
                        .map_or(Linkage::External, |&g| self.global(g).linkage);
                    let id = self.link_global(name, d.ty, d.loc, linkage, false);
                    self.bind(name, Binding::Global(id));
                    if spec.thread_local {
                        self.global_mut(id).thread_local = true;
                    }
                }
                Storage::Static => self.static_local(name, &d, spec.align, spec.thread_local),
                _ => {
                    self.auto_local(name, &d, spec.align, out);
                    if let Some(f) = cleanup {
                        self.cleanup(name, f, d.loc, out);
                    }
                    if !self.eat(Punct::Comma) {
                        break;
                    }
                    continue;
                }
            }
            if cleanup.is_some() {
                self.warn(
                    d.loc,
                    "`cleanup` attribute ignored (it applies to automatic variables only)",
                );
            }
            if !self.eat(Punct::Comma) {
                break;
            }
        }
        self.expect(Punct::Semi, "after the declaration");
    }

    fn static_local(&mut self, name: Sym, d: &Declarator, align: Option<u64>, thread_local: bool) {
        self.no_redefinition_here(name, d);
        let fname = self.func.as_ref().map_or(Sym(0), |f| f.name);
        let mangled = format!("{}.{}", self.str(fname), self.str(name));
        let gname = self.anon_name(&mangled);
        let id = self.new_global(Global {
            name: gname,
            ty: d.ty,
            loc: d.loc,
            linkage: Linkage::Internal,
            kind: GlobalKind::Var {
                init: None,
                defined: true,
            },
            align: self.types.align(d.ty).max(align.or(d.align).unwrap_or(1)),
            used: true,
            readonly: false,
            thread_local,
        });
        self.bind(name, Binding::Global(id));
        if self.eat(Punct::Assign) {
            let (init, t) = self.initializer(d.ty, true);
            let g = self.global_mut(id);
            g.ty = t;
            g.kind = GlobalKind::Var {
                init: Some(init),
                defined: true,
            };
        }
        let t = self.global(id).ty;
        if !self.types.is_complete(t) {
            let s = self.str(name).to_string();
            self.error_at(d.loc, format!("storage size of `{s}` isn't known"));
        }
    }

    /// `__auto_type name = expr;` in a block (GNU): `name` is an object of
    /// the type of `expr`'s value (after lvalue conversion, so arrays and
    /// functions become pointers and the value's qualifiers go; qualifiers
    /// written before `__auto_type` stay), initialized with it. As in gcc,
    /// one declarator only, with an initializer and no pointer or array
    /// part. An automatic one reads its initializer once, and its name is in
    /// scope after it; a `static` one goes the ordinary way
    /// ([`Parser::auto_type_declarator`]).
    fn auto_type_declaration(&mut self, spec: &DeclSpec, out: &mut Vec<Stmt>) {
        let loc = self.loc();
        if spec.storage == Storage::Static {
            if let Some(d) = self.auto_type_declarator(spec) {
                let name = d.name.expect("a named declarator");
                self.static_local(name, &d, spec.align, spec.thread_local);
                self.end_auto_type_declaration();
            }
            return;
        }
        if spec.storage != Storage::None && spec.storage != Storage::Register {
            self.error_at(
                loc,
                "`__auto_type` cannot declare an `extern` object or a `typedef` in a block",
            );
            self.skip_to_semi();
            return;
        }
        let Some(name) = self.auto_type_name() else {
            return;
        };
        self.next();
        let e = self.assign_expr();
        let t = self.auto_type_of(spec, &e);
        let e = self.rval(e);
        if self.is_variably_modified(t) {
            self.error_at(
                e.loc,
                "`__auto_type` of a variably modified type is not supported by voxcc",
            );
        }
        let d = Declarator::plain(name, loc, t);
        self.no_redefinition_here(name, &d);
        let l = self.new_local(name, t, loc);
        if let Some(a) = spec.align {
            let local = self.local_mut(l);
            local.align = local.align.max(a);
            local.in_memory = true;
        }
        let init = self.init_from_expr(t, e);
        self.bind(name, Binding::Local(l));
        out.push(Stmt {
            kind: StmtKind::Decl(l, Some(init)),
            loc,
        });
        self.end_auto_type_declaration();
    }

    /// The name an `__auto_type` declares, leaving the parser at its `=`;
    /// `None`, after an error, when the declarator is not a plain name with
    /// an initializer.
    fn auto_type_name(&mut self) -> Option<Sym> {
        let loc = self.loc();
        if self.peek().kind != TokKind::Ident {
            self.error_at(
                loc,
                "`__auto_type` requires a plain identifier as declarator",
            );
            self.skip_to_semi();
            return None;
        }
        let name = self.next().sym;
        self.attributes();
        if !self.at(Punct::Assign) {
            self.error_at(
                loc,
                "`__auto_type` requires an initialized data declaration",
            );
            self.skip_to_semi();
            return None;
        }
        Some(name)
    }

    /// The `;` that ends an `__auto_type` declaration (a `,` is an error).
    fn end_auto_type_declaration(&mut self) {
        if self.at(Punct::Comma) {
            self.refuse_second_auto_type_declarator();
        } else {
            self.expect(Punct::Semi, "after the declaration");
        }
    }

    /// At the `,` after an `__auto_type` declarator: gcc's error, and the
    /// rest of the declaration skipped.
    fn refuse_second_auto_type_declarator(&mut self) {
        let at = self.loc();
        self.error_at(
            at,
            "`__auto_type` may only be used with a single declarator",
        );
        self.skip_to_semi();
    }

    /// The declarator of an `__auto_type` object with static storage (at
    /// file scope or `static` in a block), left at its `=`: the initializer
    /// is read once for its type, then again by the ordinary path as the
    /// object's initializer (a constant expression, so the first reading
    /// leaves nothing behind once its diagnostics are taken back).
    fn auto_type_declarator(&mut self, spec: &DeclSpec) -> Option<Declarator> {
        let loc = self.loc();
        if spec.storage == Storage::Typedef {
            self.error_at(loc, "`__auto_type` cannot declare a `typedef`");
            self.skip_to_semi();
            return None;
        }
        let name = self.auto_type_name()?;
        let save = self.pos;
        let (cp, errs) = (self.sess.diags.list.len(), self.sess.diags.error_count());
        self.next();
        let e = self.assign_expr();
        let t = self.auto_type_of(spec, &e);
        self.pos = save;
        self.sess.diags.truncate(cp, errs);
        Some(Declarator::plain(name, loc, t))
    }

    /// The type `__auto_type` gives an object initialized by `e`: the type
    /// of its value, with the qualifiers written in `spec`.
    fn auto_type_of(&mut self, spec: &DeclSpec, e: &Expr) -> TypeId {
        let t = match self.types.ukind(e.ty).clone() {
            TypeKind::Array(elem, _) | TypeKind::Vla(elem, _) => self.types.ptr(elem),
            TypeKind::Func(_) => self.types.ptr(e.ty),
            // A void value is refused by the initialization.
            TypeKind::Void => ty::INT,
            _ => self.types.unqual(e.ty),
        };
        let q = self.types.quals(spec.ty);
        self.types.qualify(t, q)
    }

    fn auto_local(&mut self, name: Sym, d: &Declarator, align: Option<u64>, out: &mut Vec<Stmt>) {
        self.no_redefinition_here(name, d);
        if self.types.is_void(d.ty) {
            let s = self.str(name).to_string();
            self.error_at(d.loc, format!("variable `{s}` declared void"));
        }
        if self.is_variably_modified(d.ty) {
            self.vla_local(name, d, out);
            return;
        }
        self.auto_local_rest(name, d, align, out);
    }

    /// A block-scope object without linkage may not be declared twice in
    /// one scope (C99 6.7p3): `int x; static int x;` is refused.
    fn no_redefinition_here(&mut self, name: Sym, d: &Declarator) {
        if let Some(b) = self.lookup_here(name) {
            let s = self.str(name).to_string();
            let prev = match b {
                Binding::Local(l) => Some(self.local(l).loc),
                Binding::Global(g) => Some(self.global(g).loc),
                _ => None,
            };
            match prev {
                Some(p) => self.error_related(
                    d.loc,
                    format!("redefinition of `{s}`"),
                    p,
                    "previous definition is here",
                ),
                None => self.error_at(d.loc, format!("redefinition of `{s}`")),
            }
        }
    }

    fn auto_local_rest(
        &mut self,
        name: Sym,
        d: &Declarator,
        align: Option<u64>,
        out: &mut Vec<Stmt>,
    ) {
        let l = self.new_local(name, d.ty, d.loc);
        if let Some(a) = align.or(d.align) {
            let loc = self.local_mut(l);
            loc.align = loc.align.max(a);
            loc.in_memory = true;
        }
        // In scope from its declarator on (C99 6.2.1p7): `int x = x;`.
        self.bind(name, Binding::Local(l));
        let init = if self.eat(Punct::Assign) {
            let (init, t) = self.initializer(d.ty, false);
            self.local_mut(l).ty = t;
            Some(init)
        } else {
            None
        };
        let t = self.local(l).ty;
        if !self.types.is_complete(t) {
            let (s, n) = (self.str(name).to_string(), self.ty_name(t));
            self.error_at(
                d.loc,
                format!("storage size of `{s}` isn't known (type `{n}`)"),
            );
        }
        out.push(Stmt {
            kind: StmtKind::Decl(l, init),
            loc: d.loc,
        });
    }
}
