//! C types: interned, so a type is a small [`TypeId`] and two types are the
//! same type exactly when their ids are equal. Structs and unions are
//! nominal: each definition is a new [`RecordId`].
//!
//! The data model is LP64, like the hosts voxvm runs on: `char` 8 bits and
//! signed, `short` 16, `int` 32, `long`, `long long` and pointers 64, `float`
//! and `double` IEEE 754, `long double` the same as `double`.

use crate::source::Loc;
use crate::token::Sym;
use std::collections::HashMap;
use std::rc::Rc;

/// How many pointer, array and function declarators may derive one type
/// ([`Types::depth`]). C99 asks for 12 (5.2.4.1); a deeper type is an
/// error where it is declared. The bound keeps the functions that walk a
/// type (sizes, compatibility, names) cheap: without it, a declaration of
/// 100,000 array dimensions took 28 s and a diagnostic naming a pointer of
/// 100,000 levels 5 GB.
pub const MAX_TYPE_DEPTH: u32 = 256;

/// An interned type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub u32);

/// A struct or union definition.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RecordId(pub u32);

/// Type qualifiers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Quals {
    /// `const`.
    pub konst: bool,
    /// `volatile`.
    pub volatile: bool,
    /// An alignment given to the type by `__attribute__((aligned(N)))` on a
    /// typedef or in a type name, as log2(N) + 1 (0: the type's own). Not a
    /// qualifier to C: [`Types::quals`] does not show it, so compatibility
    /// and qualifier checks ignore it; only [`Types::align`] reads it.
    pub align: u8,
}

impl Quals {
    /// No qualifiers.
    pub const NONE: Quals = Quals {
        konst: false,
        volatile: false,
        align: 0,
    };
    /// Whether there are none.
    pub fn is_empty(self) -> bool {
        !self.konst && !self.volatile && self.align == 0
    }
    /// Both sets (the larger alignment).
    pub fn union(self, o: Quals) -> Quals {
        Quals {
            konst: self.konst || o.konst,
            volatile: self.volatile || o.volatile,
            align: self.align.max(o.align),
        }
    }
}

/// A function type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FuncType {
    /// Return type.
    pub ret: TypeId,
    /// Parameter types (after adjustment: arrays and functions become pointers).
    pub params: Rc<[TypeId]>,
    /// Ends with `...`.
    pub variadic: bool,
    /// Declared with a prototype (`int f(void)`), not old-style (`int f()`).
    pub prototype: bool,
}

/// What a type is.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum TypeKind {
    Void,
    Bool,
    Char,
    SChar,
    UChar,
    Short,
    UShort,
    Int,
    UInt,
    Long,
    ULong,
    LLong,
    ULLong,
    Float,
    Double,
    LDouble,
    /// Pointer to the type (which may be qualified).
    Ptr(TypeId),
    /// Array of the element type; `None` when the size is not known
    /// (`int a[]`).
    Array(TypeId, Option<u64>),
    /// A variable-length array: element type; the length is computed at run
    /// time (the expression is kept by the declaration that made it).
    Vla(TypeId, u32),
    /// Function.
    Func(FuncType),
    /// Struct or union.
    Record(RecordId),
    /// Enumeration with its underlying integer type (`int` or `unsigned int`
    /// as gcc chooses).
    Enum(u32, TypeId),
    /// The type with qualifiers (never nested; quals never empty).
    Qual(TypeId, Quals),
}

/// A member of a struct or union.
#[derive(Clone, Debug)]
pub struct Field {
    /// Name; `None` for an anonymous struct/union member or an unnamed bit-field.
    pub name: Option<Sym>,
    /// Type (for a bit-field, its declared type).
    pub ty: TypeId,
    /// Byte offset (of the storage unit, for a bit-field).
    pub offset: u64,
    /// Bit-field position in the storage unit of the field's type:
    /// `(bit offset, width)`.
    pub bits: Option<(u32, u32)>,
    /// Where it was declared.
    pub loc: Loc,
}

/// A struct or union definition.
#[derive(Clone, Debug)]
pub struct Record {
    /// The tag, if any.
    pub tag: Option<Sym>,
    /// `union` rather than `struct`.
    pub is_union: bool,
    /// Members in order; empty until defined.
    pub fields: Vec<Field>,
    /// Size in bytes (with trailing padding).
    pub size: u64,
    /// Alignment in bytes.
    pub align: u64,
    /// Whether the body has been seen.
    pub complete: bool,
    /// Whether the last member is a flexible array member.
    pub flexible: bool,
    /// Where the tag was first declared.
    pub loc: Loc,
    /// The index in `fields` of each named member, for records of more than
    /// [`Record::INDEXED`] members (a scan is quicker below that); filled by
    /// [`Record::set_fields`]. Without it each `.m` and `x.m` scanned the
    /// members: 200,000 designators took 12 s.
    pub by_name: crate::fxhash::FxHashMap<Sym, u32>,
    /// The indices of the unnamed members that are not bit-fields (C11
    /// anonymous structs and unions, whose members are found through them).
    pub unnamed: Vec<u32>,
}

impl Record {
    /// From how many members on names are looked up in [`Record::by_name`].
    pub const INDEXED: usize = 16;

    /// Sets the members and indexes them.
    pub fn set_fields(&mut self, fields: Vec<Field>) {
        self.by_name.clear();
        self.unnamed.clear();
        let indexed = fields.len() > Record::INDEXED;
        for (i, f) in fields.iter().enumerate() {
            match f.name {
                Some(n) if indexed => {
                    self.by_name.entry(n).or_insert(i as u32);
                }
                None if f.bits.is_none() => self.unnamed.push(i as u32),
                _ => {}
            }
        }
        self.fields = fields;
    }

    /// The index of the member named `name` (not through anonymous members).
    pub fn field_index(&self, name: Sym) -> Option<usize> {
        if self.fields.len() > Record::INDEXED {
            self.by_name.get(&name).map(|&i| i as usize)
        } else {
            self.fields.iter().position(|f| f.name == Some(name))
        }
    }
}

/// The value class of a scalar as the VM sees it: which arithmetic variant
/// (`add.i32`, `add.u64`, `add.f64`, ...) operates on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Class {
    /// `int` and narrower signed types (after promotion).
    I32,
    /// `unsigned int` (and narrower unsigned types after promotion).
    U32,
    /// `long`, `long long`.
    I64,
    /// `unsigned long`, pointers.
    U64,
    /// `float`.
    F32,
    /// `double`, `long double`.
    F64,
}

impl Class {
    /// The VM's type suffix.
    pub fn suffix(self) -> &'static str {
        match self {
            Class::I32 => "i32",
            Class::U32 => "u32",
            Class::I64 => "i64",
            Class::U64 => "u64",
            Class::F32 => "f32",
            Class::F64 => "f64",
        }
    }
    /// Floating point.
    pub fn is_float(self) -> bool {
        matches!(self, Class::F32 | Class::F64)
    }
    /// Signed integer.
    pub fn is_signed(self) -> bool {
        matches!(self, Class::I32 | Class::I64)
    }
}

/// How a scalar is stored in memory: the VM's load/store suffix.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum MemTy {
    I8,
    U8,
    I16,
    U16,
    I32,
    U32,
    I64,
    U64,
    F32,
    F64,
}

impl MemTy {
    /// The VM's type suffix.
    pub fn suffix(self) -> &'static str {
        match self {
            MemTy::I8 => "i8",
            MemTy::U8 => "u8",
            MemTy::I16 => "i16",
            MemTy::U16 => "u16",
            MemTy::I32 => "i32",
            MemTy::U32 => "u32",
            MemTy::I64 => "i64",
            MemTy::U64 => "u64",
            MemTy::F32 => "f32",
            MemTy::F64 => "f64",
        }
    }
    /// Size in bytes.
    pub fn size(self) -> u64 {
        match self {
            MemTy::I8 | MemTy::U8 => 1,
            MemTy::I16 | MemTy::U16 => 2,
            MemTy::I32 | MemTy::U32 | MemTy::F32 => 4,
            _ => 8,
        }
    }
}

/// The type table of a compilation.
#[derive(Debug)]
pub struct Types {
    kinds: Vec<TypeKind>,
    /// The depth of each type ([`Types::depth`]), by id.
    depths: Vec<u32>,
    /// SipHash: array lengths in the keys are the source's choice.
    map: HashMap<TypeKind, TypeId>,
    /// `ptr(t)` by `t` (`u32::MAX`: not made yet), so that the most common
    /// derived type (every array and function decay) skips hashing a key.
    ptrs: Vec<u32>,
    /// Struct and union definitions.
    pub records: Vec<Record>,
    enums: u32,
    /// The complex types made so far: `(record, element type)`. A complex
    /// type is a record of two elements (real, then imaginary part), so it
    /// is laid out, copied, passed and returned as a struct is; only the
    /// parser's arithmetic tells it apart.
    complex: Vec<(RecordId, TypeId)>,
    /// The GCC vector types made so far: `(record, element type, lanes)`.
    /// Like complex types, a vector is a record of its lanes.
    vectors: Vec<(RecordId, TypeId, u64)>,
}

macro_rules! fixed_types {
    ($($name:ident = $kind:ident,)*) => {
        /// Ids of the basic types, interned first in this order.
        #[allow(missing_docs)]
        pub mod ty {
            use super::TypeId;
            fixed_types!(@ids 0u32, $($name,)*);
        }
        const FIXED: &[TypeKind] = &[$(TypeKind::$kind),*];
    };
    (@ids $n:expr, $first:ident, $($rest:ident,)*) => {
        pub const $first: TypeId = TypeId($n);
        fixed_types!(@ids $n + 1u32, $($rest,)*);
    };
    (@ids $n:expr,) => {};
}

fixed_types! {
    VOID = Void, BOOL = Bool, CHAR = Char, SCHAR = SChar, UCHAR = UChar, SHORT = Short,
    USHORT = UShort, INT = Int, UINT = UInt, LONG = Long, ULONG = ULong, LLONG = LLong,
    ULLONG = ULLong, FLOAT = Float, DOUBLE = Double, LDOUBLE = LDouble,
}

impl Default for Types {
    fn default() -> Self {
        Types::new()
    }
}

impl Types {
    /// A table holding the basic types.
    pub fn new() -> Types {
        let mut t = Types {
            kinds: Vec::with_capacity(256),
            depths: Vec::with_capacity(256),
            map: HashMap::with_capacity(256),
            ptrs: Vec::new(),
            records: Vec::new(),
            enums: 0,
            complex: Vec::new(),
            vectors: Vec::new(),
        };
        for k in FIXED {
            t.intern(k.clone());
        }
        t
    }

    /// The id of a type.
    pub fn intern(&mut self, k: TypeKind) -> TypeId {
        if let Some(&id) = self.map.get(&k) {
            return id;
        }
        let id = TypeId(self.kinds.len() as u32);
        let d = |t: &TypeId| self.depths[t.0 as usize];
        let depth = match &k {
            TypeKind::Ptr(t) | TypeKind::Array(t, _) | TypeKind::Vla(t, _) => d(t) + 1,
            TypeKind::Qual(t, _) => d(t),
            TypeKind::Func(f) => 1 + f.params.iter().map(d).max().unwrap_or(0).max(d(&f.ret)),
            _ => 0,
        };
        self.depths.push(depth);
        self.kinds.push(k.clone());
        self.map.insert(k, id);
        id
    }

    /// How many pointer, array and function derivations the type nests
    /// (a function's parameters and return type included): 0 for basic
    /// types, structs, unions and enums, 2 for `int *[3]`.
    pub fn depth(&self, t: TypeId) -> u32 {
        self.depths[t.0 as usize]
    }

    /// What a type is (qualifiers included: see [`Types::unqual`]).
    pub fn kind(&self, t: TypeId) -> &TypeKind {
        &self.kinds[t.0 as usize]
    }

    /// The type without qualifiers.
    pub fn unqual(&self, t: TypeId) -> TypeId {
        match self.kind(t) {
            TypeKind::Qual(b, _) => *b,
            _ => t,
        }
    }

    /// What the type is, qualifiers stripped.
    pub fn ukind(&self, t: TypeId) -> &TypeKind {
        self.kind(self.unqual(t))
    }

    /// The qualifiers of a type (`const`, `volatile`).
    pub fn quals(&self, t: TypeId) -> Quals {
        match self.kind(t) {
            TypeKind::Qual(_, q) => Quals { align: 0, ..*q },
            _ => Quals::NONE,
        }
    }

    /// `t` with alignment `align` (a power of two), as an `aligned`
    /// attribute on a typedef gives it: larger or smaller than its own, and
    /// the same type otherwise.
    pub fn with_align(&mut self, t: TypeId, align: u64) -> TypeId {
        let q = Quals {
            align: align.trailing_zeros() as u8 + 1,
            ..Quals::NONE
        };
        let base = self.unqual(t);
        let mut all = match self.kind(t) {
            TypeKind::Qual(_, q) => *q,
            _ => Quals::NONE,
        };
        all.align = q.align;
        self.intern(TypeKind::Qual(base, all))
    }

    /// `t` with `q` added.
    pub fn qualify(&mut self, t: TypeId, q: Quals) -> TypeId {
        if q.is_empty() {
            return t;
        }
        // Qualifiers on an array type apply to its elements (C99 6.7.3p8).
        if let TypeKind::Array(e, n) = *self.ukind(t) {
            let e = self.qualify(e, q);
            return self.intern(TypeKind::Array(e, n));
        }
        let own = match self.kind(t) {
            TypeKind::Qual(_, q) => *q,
            _ => Quals::NONE,
        };
        let base = self.unqual(t);
        self.intern(TypeKind::Qual(base, own.union(q)))
    }

    /// Pointer to `t`.
    pub fn ptr(&mut self, t: TypeId) -> TypeId {
        let i = t.0 as usize;
        if let Some(&p) = self.ptrs.get(i) {
            if p != u32::MAX {
                return TypeId(p);
            }
        }
        let p = self.intern(TypeKind::Ptr(t));
        if self.ptrs.len() <= i {
            self.ptrs.resize(self.kinds.len().max(i + 1), u32::MAX);
        }
        self.ptrs[i] = p.0;
        p
    }

    /// Array of `n` elements of `t`.
    pub fn array(&mut self, t: TypeId, n: Option<u64>) -> TypeId {
        self.intern(TypeKind::Array(t, n))
    }

    /// A new, incomplete struct or union.
    pub fn new_record(&mut self, tag: Option<Sym>, is_union: bool, loc: Loc) -> TypeId {
        self.records.push(Record {
            tag,
            is_union,
            fields: Vec::new(),
            size: 0,
            align: 1,
            complete: false,
            flexible: false,
            loc,
            by_name: Default::default(),
            unnamed: Vec::new(),
        });
        let id = RecordId(self.records.len() as u32 - 1);
        self.intern(TypeKind::Record(id))
    }

    /// `elem _Complex` for a floating `elem` (interned: one type per element
    /// type).
    pub fn complex(&mut self, elem: TypeId) -> TypeId {
        let elem = self.unqual(elem);
        if let Some(&(r, _)) = self.complex.iter().find(|(_, e)| *e == elem) {
            return self.intern(TypeKind::Record(r));
        }
        let sz = self.size(elem);
        let t = self.new_record(None, false, Loc::default());
        let r = self.record_id(t).expect("a new record");
        let rec = &mut self.records[r.0 as usize];
        rec.fields = [0, sz]
            .into_iter()
            .map(|offset| Field {
                name: None,
                ty: elem,
                offset,
                bits: None,
                loc: Loc::default(),
            })
            .collect();
        rec.size = 2 * sz;
        rec.align = sz;
        rec.complete = true;
        self.complex.push((r, elem));
        t
    }

    /// `elem __attribute__((vector_size(lanes * sizeof elem)))`, a GCC
    /// vector type: interned per element type and lane count, aligned to its
    /// size as in gcc.
    pub fn vector(&mut self, elem: TypeId, lanes: u64) -> TypeId {
        let elem = self.unqual(elem);
        if let Some(&(r, _, _)) = self
            .vectors
            .iter()
            .find(|(_, e, n)| *e == elem && *n == lanes)
        {
            return self.intern(TypeKind::Record(r));
        }
        let sz = self.size(elem);
        let t = self.new_record(None, false, Loc::default());
        let r = self.record_id(t).expect("a new record");
        let rec = &mut self.records[r.0 as usize];
        rec.fields = (0..lanes)
            .map(|k| Field {
                name: None,
                ty: elem,
                offset: k * sz,
                bits: None,
                loc: Loc::default(),
            })
            .collect();
        rec.size = lanes * sz;
        rec.align = rec.size.clamp(1, 64);
        rec.complete = true;
        self.vectors.push((r, elem, lanes));
        t
    }

    /// The element type and lane count of a vector type.
    pub fn vector_info(&self, t: TypeId) -> Option<(TypeId, u64)> {
        match self.ukind(t) {
            TypeKind::Record(r) if !self.vectors.is_empty() => self
                .vectors
                .iter()
                .find(|(v, _, _)| v == r)
                .map(|&(_, e, n)| (e, n)),
            _ => None,
        }
    }

    /// A GCC vector type.
    pub fn is_vector(&self, t: TypeId) -> bool {
        self.vector_info(t).is_some()
    }

    /// The element type of a complex type (`double` for `double _Complex`).
    pub fn complex_elem(&self, t: TypeId) -> Option<TypeId> {
        match self.ukind(t) {
            TypeKind::Record(r) if !self.complex.is_empty() => {
                self.complex.iter().find(|(c, _)| c == r).map(|&(_, e)| e)
            }
            _ => None,
        }
    }

    /// A complex type.
    pub fn is_complex(&self, t: TypeId) -> bool {
        self.complex_elem(t).is_some()
    }

    /// Arithmetic: integer, real floating or complex (C99 6.2.5p18).
    pub fn is_arith_or_complex(&self, t: TypeId) -> bool {
        self.is_arith(t) || self.is_complex(t)
    }

    /// The enumeration `n` of [`TypeKind::Enum`] over `base`: a forward
    /// declaration's enum completed with its real underlying type.
    pub fn enum_with_base(&mut self, n: u32, base: TypeId) -> TypeId {
        self.intern(TypeKind::Enum(n, base))
    }

    /// A new enumeration type over `base`.
    pub fn new_enum(&mut self, base: TypeId) -> TypeId {
        self.enums += 1;
        let n = self.enums;
        self.intern(TypeKind::Enum(n, base))
    }

    /// The record of a struct or union type.
    pub fn record(&self, t: TypeId) -> Option<&Record> {
        match self.ukind(t) {
            TypeKind::Record(r) => Some(&self.records[r.0 as usize]),
            _ => None,
        }
    }

    /// The record id of a struct or union type.
    pub fn record_id(&self, t: TypeId) -> Option<RecordId> {
        match self.ukind(t) {
            TypeKind::Record(r) => Some(*r),
            _ => None,
        }
    }

    /// Size in bytes; 0 for incomplete types, `void` and functions (gcc's
    /// `sizeof(void)` is 1: see [`Types::sizeof_gnu`]).
    pub fn size(&self, t: TypeId) -> u64 {
        match self.ukind(t) {
            TypeKind::Void | TypeKind::Func(_) | TypeKind::Vla(..) => 0,
            TypeKind::Bool | TypeKind::Char | TypeKind::SChar | TypeKind::UChar => 1,
            TypeKind::Short | TypeKind::UShort => 2,
            TypeKind::Int | TypeKind::UInt | TypeKind::Float | TypeKind::Enum(..) => {
                match self.ukind(t) {
                    TypeKind::Enum(_, b) => self.size(*b),
                    _ => 4,
                }
            }
            TypeKind::Long
            | TypeKind::ULong
            | TypeKind::LLong
            | TypeKind::ULLong
            | TypeKind::Double
            | TypeKind::LDouble
            | TypeKind::Ptr(_) => 8,
            TypeKind::Array(e, n) => n.unwrap_or(0).saturating_mul(self.size(*e)),
            TypeKind::Record(r) => self.records[r.0 as usize].size,
            TypeKind::Qual(..) => 0,
        }
    }

    /// Size for pointer arithmetic and `sizeof` as gcc computes it: `void`
    /// and functions count 1.
    pub fn sizeof_gnu(&self, t: TypeId) -> u64 {
        match self.ukind(t) {
            TypeKind::Void | TypeKind::Func(_) => 1,
            _ => self.size(t),
        }
    }

    /// Alignment in bytes.
    pub fn align(&self, t: TypeId) -> u64 {
        if let TypeKind::Qual(_, q) = self.kind(t) {
            if q.align > 0 {
                return 1 << (q.align - 1);
            }
        }
        match self.ukind(t) {
            TypeKind::Array(e, _) | TypeKind::Vla(e, _) => self.align(*e),
            TypeKind::Record(r) => self.records[r.0 as usize].align,
            TypeKind::Void | TypeKind::Func(_) => 1,
            _ => self.size(t).max(1),
        }
    }

    /// Whether the type is complete (has a known size).
    pub fn is_complete(&self, t: TypeId) -> bool {
        match self.ukind(t) {
            TypeKind::Void => false,
            TypeKind::Array(e, n) => n.is_some() && self.is_complete(*e),
            TypeKind::Record(r) => self.records[r.0 as usize].complete,
            _ => true,
        }
    }

    /// `_Bool`, `char`s, integers and enums.
    pub fn is_integer(&self, t: TypeId) -> bool {
        matches!(
            self.ukind(t),
            TypeKind::Bool
                | TypeKind::Char
                | TypeKind::SChar
                | TypeKind::UChar
                | TypeKind::Short
                | TypeKind::UShort
                | TypeKind::Int
                | TypeKind::UInt
                | TypeKind::Long
                | TypeKind::ULong
                | TypeKind::LLong
                | TypeKind::ULLong
                | TypeKind::Enum(..)
        )
    }

    /// `float`, `double`, `long double`.
    pub fn is_float(&self, t: TypeId) -> bool {
        matches!(
            self.ukind(t),
            TypeKind::Float | TypeKind::Double | TypeKind::LDouble
        )
    }

    /// Integer or floating.
    pub fn is_arith(&self, t: TypeId) -> bool {
        self.is_integer(t) || self.is_float(t)
    }

    /// Pointer.
    pub fn is_ptr(&self, t: TypeId) -> bool {
        matches!(self.ukind(t), TypeKind::Ptr(_))
    }

    /// Arithmetic or pointer.
    pub fn is_scalar(&self, t: TypeId) -> bool {
        self.is_arith(t) || self.is_ptr(t)
    }

    /// Array (fixed or variable length).
    pub fn is_array(&self, t: TypeId) -> bool {
        matches!(self.ukind(t), TypeKind::Array(..) | TypeKind::Vla(..))
    }

    /// Struct or union.
    pub fn is_record(&self, t: TypeId) -> bool {
        matches!(self.ukind(t), TypeKind::Record(_))
    }

    /// Function.
    pub fn is_func(&self, t: TypeId) -> bool {
        matches!(self.ukind(t), TypeKind::Func(_))
    }

    /// `void`.
    pub fn is_void(&self, t: TypeId) -> bool {
        matches!(self.ukind(t), TypeKind::Void)
    }

    /// Whether values of the type are unsigned (pointers count as unsigned).
    pub fn is_unsigned(&self, t: TypeId) -> bool {
        match self.ukind(t) {
            TypeKind::Bool
            | TypeKind::UChar
            | TypeKind::UShort
            | TypeKind::UInt
            | TypeKind::ULong
            | TypeKind::ULLong
            | TypeKind::Ptr(_) => true,
            TypeKind::Enum(_, b) => self.is_unsigned(*b),
            _ => false,
        }
    }

    /// Pointee of a pointer, element of an array.
    pub fn pointee(&self, t: TypeId) -> Option<TypeId> {
        match self.ukind(t) {
            TypeKind::Ptr(p) => Some(*p),
            TypeKind::Array(e, _) | TypeKind::Vla(e, _) => Some(*e),
            _ => None,
        }
    }

    /// The function type of a function or pointer to function.
    pub fn func(&self, t: TypeId) -> Option<&FuncType> {
        match self.ukind(t) {
            TypeKind::Func(f) => Some(f),
            TypeKind::Ptr(p) => match self.ukind(*p) {
                TypeKind::Func(f) => Some(f),
                _ => None,
            },
            _ => None,
        }
    }

    /// Integer conversion rank (C99 6.3.1.1), for the usual arithmetic
    /// conversions.
    pub fn rank(&self, t: TypeId) -> u32 {
        match self.ukind(t) {
            TypeKind::Bool => 0,
            TypeKind::Char | TypeKind::SChar | TypeKind::UChar => 1,
            TypeKind::Short | TypeKind::UShort => 2,
            TypeKind::Int | TypeKind::UInt => 3,
            TypeKind::Enum(_, b) => self.rank(*b),
            TypeKind::Long | TypeKind::ULong => 4,
            TypeKind::LLong | TypeKind::ULLong => 5,
            _ => 0,
        }
    }

    /// The unsigned type of the same rank.
    pub fn to_unsigned(&self, t: TypeId) -> TypeId {
        match self.ukind(t) {
            TypeKind::Char | TypeKind::SChar | TypeKind::UChar => ty::UCHAR,
            TypeKind::Short | TypeKind::UShort => ty::USHORT,
            TypeKind::Int | TypeKind::UInt => ty::UINT,
            TypeKind::Long | TypeKind::ULong => ty::ULONG,
            TypeKind::LLong | TypeKind::ULLong => ty::ULLONG,
            TypeKind::Enum(_, b) => self.to_unsigned(*b),
            _ => self.unqual(t),
        }
    }

    /// The integer promotion of an arithmetic type (C99 6.3.1.1p2).
    pub fn promote(&self, t: TypeId) -> TypeId {
        match self.ukind(t) {
            TypeKind::Bool
            | TypeKind::Char
            | TypeKind::SChar
            | TypeKind::UChar
            | TypeKind::Short
            | TypeKind::UShort => ty::INT,
            TypeKind::Enum(_, b) => *b,
            _ => self.unqual(t),
        }
    }

    /// The common type of the usual arithmetic conversions (C99 6.3.1.8).
    pub fn common(&self, a: TypeId, b: TypeId) -> TypeId {
        let (a, b) = (self.unqual(a), self.unqual(b));
        if self.is_float(a) || self.is_float(b) {
            let r = |t: TypeId| match self.ukind(t) {
                TypeKind::LDouble => 3,
                TypeKind::Double => 2,
                TypeKind::Float => 1,
                _ => 0,
            };
            return if r(a) >= r(b) { a } else { b };
        }
        let (a, b) = (self.promote(a), self.promote(b));
        if a == b {
            return a;
        }
        let (ua, ub) = (self.is_unsigned(a), self.is_unsigned(b));
        let (ra, rb) = (self.rank(a), self.rank(b));
        if ua == ub {
            return if ra >= rb { a } else { b };
        }
        let (u, s) = if ua { (a, b) } else { (b, a) };
        if self.rank(u) >= self.rank(s) {
            return u;
        }
        if self.size(s) > self.size(u) {
            return s;
        }
        self.to_unsigned(s)
    }

    /// The VM value class of a scalar type (after promotion for narrow
    /// integers: a `char` in a register is an `i32` value).
    pub fn class(&self, t: TypeId) -> Class {
        match self.ukind(t) {
            TypeKind::Float => Class::F32,
            TypeKind::Double | TypeKind::LDouble => Class::F64,
            TypeKind::Long | TypeKind::LLong => Class::I64,
            TypeKind::ULong | TypeKind::ULLong | TypeKind::Ptr(_) => Class::U64,
            TypeKind::UInt => Class::U32,
            TypeKind::Enum(_, b) => self.class(*b),
            // Arrays, functions and records are handled by address.
            TypeKind::Array(..)
            | TypeKind::Vla(..)
            | TypeKind::Func(_)
            | TypeKind::Record(_)
            | TypeKind::Void => Class::U64,
            _ => Class::I32,
        }
    }

    /// How a scalar of this type is loaded and stored.
    pub fn mem_ty(&self, t: TypeId) -> MemTy {
        match self.ukind(t) {
            TypeKind::Bool | TypeKind::UChar => MemTy::U8,
            TypeKind::Char | TypeKind::SChar => MemTy::I8,
            TypeKind::Short => MemTy::I16,
            TypeKind::UShort => MemTy::U16,
            TypeKind::Int => MemTy::I32,
            TypeKind::UInt => MemTy::U32,
            TypeKind::Float => MemTy::F32,
            TypeKind::Double | TypeKind::LDouble => MemTy::F64,
            TypeKind::Long | TypeKind::LLong => MemTy::I64,
            TypeKind::Enum(_, b) => self.mem_ty(*b),
            _ => MemTy::U64,
        }
    }

    /// Whether two types are compatible (C99 6.2.7), for redeclarations and
    /// pointer assignments. Qualifiers must match at the top level.
    pub fn compatible(&self, a: TypeId, b: TypeId) -> bool {
        if a == b {
            return true;
        }
        if self.quals(a) != self.quals(b) {
            return false;
        }
        let (a, b) = (self.unqual(a), self.unqual(b));
        match (self.kind(a), self.kind(b)) {
            (TypeKind::Ptr(x), TypeKind::Ptr(y)) => self.compatible(*x, *y),
            (TypeKind::Array(x, n), TypeKind::Array(y, m)) => {
                self.compatible(*x, *y) && (n.is_none() || m.is_none() || n == m)
            }
            (TypeKind::Vla(x, _), TypeKind::Array(y, _))
            | (TypeKind::Array(x, _), TypeKind::Vla(y, _))
            | (TypeKind::Vla(x, _), TypeKind::Vla(y, _)) => self.compatible(*x, *y),
            // A forward-declared enum and its definition (whose underlying
            // type may differ) are one type.
            (TypeKind::Enum(n, _), TypeKind::Enum(m, _)) => n == m,
            (TypeKind::Enum(_, t), _) => *t == b,
            (_, TypeKind::Enum(_, t)) => *t == a,
            (TypeKind::Func(f), TypeKind::Func(g)) => {
                if !self.compatible(f.ret, g.ret) {
                    return false;
                }
                if !f.prototype || !g.prototype {
                    return true;
                }
                f.variadic == g.variadic
                    && f.params.len() == g.params.len()
                    && f.params
                        .iter()
                        .zip(g.params.iter())
                        .all(|(x, y)| self.compatible(self.unqual(*x), self.unqual(*y)))
            }
            _ => false,
        }
    }

    /// A readable spelling of a type for diagnostics, e.g. `const char *`,
    /// `int (*)(int, ...)`, `struct point`.
    pub fn name(&self, t: TypeId, interner: &crate::token::Interner) -> String {
        self.name_with(t, String::new(), interner)
    }

    fn name_with(&self, t: TypeId, inner: String, i: &crate::token::Interner) -> String {
        let join = |base: &str, inner: &str| {
            if inner.is_empty() {
                base.to_string()
            } else if inner.starts_with('[') || (inner.starts_with('(') && !inner.starts_with("(*"))
            {
                format!("{base}{inner}")
            } else {
                format!("{base} {inner}")
            }
        };
        match self.kind(t) {
            TypeKind::Qual(b, q) => {
                let mut pre = String::new();
                if q.konst {
                    pre.push_str("const ");
                }
                if q.volatile {
                    pre.push_str("volatile ");
                }
                match self.kind(*b) {
                    TypeKind::Ptr(_) => {
                        let inner = if inner.is_empty() {
                            pre.trim_end().to_string()
                        } else {
                            format!("{}{inner}", pre)
                        };
                        self.name_with(*b, inner, i)
                    }
                    _ => format!("{pre}{}", self.name_with(*b, inner, i)),
                }
            }
            TypeKind::Ptr(p) => {
                let inner = format!("*{inner}");
                let needs_paren = matches!(
                    self.ukind(*p),
                    TypeKind::Array(..) | TypeKind::Vla(..) | TypeKind::Func(_)
                );
                self.name_with(
                    *p,
                    if needs_paren {
                        format!("({inner})")
                    } else {
                        inner
                    },
                    i,
                )
            }
            TypeKind::Array(e, n) => {
                let dim = n.map_or(String::new(), |n| n.to_string());
                self.name_with(*e, format!("{inner}[{dim}]"), i)
            }
            TypeKind::Vla(e, _) => self.name_with(*e, format!("{inner}[*]"), i),
            TypeKind::Func(f) => {
                let mut ps: Vec<String> = f.params.iter().map(|p| self.name(*p, i)).collect();
                if f.variadic {
                    ps.push("...".into());
                }
                if ps.is_empty() && f.prototype {
                    ps.push("void".into());
                }
                self.name_with(f.ret, format!("{inner}({})", ps.join(", ")), i)
            }
            TypeKind::Record(_) if self.is_vector(t) => {
                let (e, n) = self.vector_info(t).expect("vector");
                join(&format!("__vector({n}) {}", self.name(e, i)), &inner)
            }
            TypeKind::Record(_) if self.is_complex(t) => {
                let e = self.complex_elem(t).expect("complex");
                join(&format!("{} _Complex", self.name(e, i)), &inner)
            }
            TypeKind::Record(r) => {
                let rec = &self.records[r.0 as usize];
                let kw = if rec.is_union { "union" } else { "struct" };
                let tag = rec
                    .tag
                    .map_or("<anonymous>".to_string(), |s| i.str(s).to_string());
                join(&format!("{kw} {tag}"), &inner)
            }
            TypeKind::Enum(..) => join("enum", &inner),
            k => join(
                match k {
                    TypeKind::Void => "void",
                    TypeKind::Bool => "_Bool",
                    TypeKind::Char => "char",
                    TypeKind::SChar => "signed char",
                    TypeKind::UChar => "unsigned char",
                    TypeKind::Short => "short",
                    TypeKind::UShort => "unsigned short",
                    TypeKind::Int => "int",
                    TypeKind::UInt => "unsigned int",
                    TypeKind::Long => "long",
                    TypeKind::ULong => "unsigned long",
                    TypeKind::LLong => "long long",
                    TypeKind::ULLong => "unsigned long long",
                    TypeKind::Float => "float",
                    TypeKind::Double => "double",
                    _ => "long double",
                },
                &inner,
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::Interner;

    #[test]
    fn usual_arithmetic_conversions() {
        let t = Types::new();
        assert_eq!(t.common(ty::CHAR, ty::UCHAR), ty::INT);
        assert_eq!(t.common(ty::INT, ty::UINT), ty::UINT);
        assert_eq!(t.common(ty::LONG, ty::UINT), ty::LONG);
        // Same size, so the unsigned type of the signed one's rank (6.3.1.8).
        assert_eq!(t.common(ty::LLONG, ty::ULONG), ty::ULLONG);
        assert_eq!(t.common(ty::ULONG, ty::LLONG), ty::ULLONG);
        assert_eq!(t.common(ty::INT, ty::FLOAT), ty::FLOAT);
        assert_eq!(t.common(ty::FLOAT, ty::DOUBLE), ty::DOUBLE);
        assert_eq!(t.common(ty::SHORT, ty::USHORT), ty::INT);
    }

    #[test]
    fn names_read_like_c() {
        let mut t = Types::new();
        let i = Interner::new();
        let cc = t.qualify(
            ty::CHAR,
            Quals {
                konst: true,
                ..Quals::NONE
            },
        );
        let p = t.ptr(cc);
        assert_eq!(t.name(p, &i), "const char *");
        let f = t.intern(TypeKind::Func(FuncType {
            ret: ty::INT,
            params: Rc::from(vec![ty::INT]),
            variadic: true,
            prototype: true,
        }));
        let fp = t.ptr(f);
        assert_eq!(t.name(fp, &i), "int (*)(int, ...)");
        let a = t.array(ty::INT, Some(3));
        let pa = t.ptr(a);
        assert_eq!(t.name(pa, &i), "int (*)[3]");
    }
}
