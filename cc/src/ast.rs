//! The typed syntax tree the parser builds and the lowering consumes.
//!
//! Every expression carries its type, and every conversion the standard
//! implies (integer promotions, usual arithmetic conversions, assignment
//! conversions, array and function decay) is an explicit [`ExprKind::Cast`]
//! or [`ExprKind::AddrOf`] node, so the lowering never has to work out a C
//! rule again.

use crate::source::Loc;
use crate::token::Sym;
use crate::types::TypeId;

/// A local variable (or parameter) of the function being compiled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LocalId(pub u32);

/// A file-scope object or function, a string literal, or a static local.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GlobalId(pub u32);

/// A label of the function being compiled (`goto`, `case`, `default`, loops).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LabelId(pub u32);

/// Linkage of a file-scope name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Linkage {
    /// Visible to other translation units (and to the host).
    External,
    /// `static`: private to its translation unit.
    Internal,
}

/// A local variable.
#[derive(Clone, Debug)]
pub struct Local {
    /// Name (for diagnostics).
    pub name: Sym,
    /// Type.
    pub ty: TypeId,
    /// Declaration.
    pub loc: Loc,
    /// Its address is taken (or it is an aggregate), so it lives in memory.
    pub in_memory: bool,
    /// Declared `volatile` or live across `setjmp`: always in memory.
    pub volatile: bool,
    /// Alignment in bytes (from its type or `_Alignas`).
    pub align: u64,
    /// For a variable-length array: the local that holds its byte size.
    pub vla_size: Option<LocalId>,
    /// The block scope it is declared in (an index of
    /// [`FuncDef::scope_parents`]): locals of disjoint blocks never live at
    /// once, so they may share frame space.
    pub scope: u32,
}

/// What kind of file-scope entity.
#[derive(Clone, Debug)]
pub enum GlobalKind {
    /// An object. `init` is `None` for a declaration or tentative definition.
    Var {
        /// Its initializer.
        init: Option<Init>,
        /// Defined here (initialized, or a tentative definition), not only
        /// declared `extern`.
        defined: bool,
    },
    /// A function; `def` indexes [`Unit::funcs`] when the body is here.
    Func {
        /// Index of the definition.
        def: Option<usize>,
    },
    /// A string literal's bytes (with the terminating NUL(s)).
    Str(Vec<u8>),
}

/// A file-scope entity.
#[derive(Clone, Debug)]
pub struct Global {
    /// Name (string literals and static locals get made-up names).
    pub name: Sym,
    /// Type.
    pub ty: TypeId,
    /// Where it was (first) declared.
    pub loc: Loc,
    /// Linkage.
    pub linkage: Linkage,
    /// Object, function or string.
    pub kind: GlobalKind,
    /// Alignment in bytes.
    pub align: u64,
    /// Referenced by code or by an initializer.
    pub used: bool,
    /// `const`-qualified object that may be placed with other constants.
    pub readonly: bool,
    /// `_Thread_local`/`__thread`: each thread has its own copy (the
    /// linker keeps them together; see `link.rs`).
    pub thread_local: bool,
}

/// A function definition.
#[derive(Clone, Debug)]
pub struct FuncDef {
    /// The function's global.
    pub global: GlobalId,
    /// Parameters, in order (each is also in `locals`).
    pub params: Vec<LocalId>,
    /// Every local, parameters first.
    pub locals: Vec<Local>,
    /// The body.
    pub body: Stmt,
    /// Number of labels used.
    pub labels: u32,
    /// Where the body starts and ends (the closing brace).
    pub loc: Loc,
    /// Location of the closing brace (a missing `return` is reported there).
    pub end: Loc,
    /// Calls `setjmp` (locals must then survive a `longjmp`).
    pub calls_setjmp: bool,
    /// Labels whose address is taken (`&&label`), the targets of `goto *p`.
    pub label_addrs: Vec<LabelId>,
    /// The block scopes of the function: each one's enclosing scope (scope
    /// 0, the outermost, is its own).
    pub scope_parents: Vec<u32>,
}

/// One translation unit after parsing.
#[derive(Clone, Debug, Default)]
pub struct Unit {
    /// File-scope entities.
    pub globals: Vec<Global>,
    /// Function definitions.
    pub funcs: Vec<FuncDef>,
    /// Functions marked `__attribute__((constructor(P)))` (run before
    /// `main`) with their priority P (65535 when none is given), in the
    /// order they were first so marked.
    pub ctors: Vec<(u32, GlobalId)>,
    /// Functions marked `__attribute__((destructor(P)))` (run by `exit`).
    pub dtors: Vec<(u32, GlobalId)>,
    /// Globals declared `__attribute__((weak))`: a definition another
    /// translation unit's ordinary one replaces; undefined, a function is
    /// null.
    pub weak: Vec<GlobalId>,
    /// `__attribute__((alias("target")))`: the global is another name for
    /// `target`, defined in the same unit (the name, and where it was given).
    pub aliases: Vec<(GlobalId, String, crate::source::Loc)>,
    /// Functions marked `__attribute__((noinline))`: never inlined, into
    /// callers or into themselves, as in gcc (programs use it to keep a
    /// frame of their own or a cold path out of line).
    pub noinline: Vec<GlobalId>,
}

/// A flattened initializer: the values to store at byte offsets of the
/// object. Bytes not covered are zero.
#[derive(Clone, Debug, Default)]
pub struct Init {
    /// What to store, in order (a later item at the same place wins).
    pub items: Vec<InitItem>,
}

/// One value of an initializer.
#[derive(Clone, Debug)]
pub struct InitItem {
    /// Byte offset in the object.
    pub offset: u64,
    /// For a bit-field member: `(bit offset, width)` in the storage unit of
    /// the value's type.
    pub bits: Option<(u32, u32)>,
    /// The value, converted to the member's type (a scalar, or a struct or
    /// union expression to copy).
    pub value: InitValue,
}

/// A value in an initializer.
#[derive(Clone, Debug)]
pub enum InitValue {
    /// An expression of the member's type.
    Expr(Expr),
    /// Literal bytes (a string initializing a character array).
    Bytes(Vec<u8>),
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    /// `-x`
    Neg,
    /// `~x`
    BitNot,
    /// `!x` (result `int`)
    LogNot,
}

/// Binary operators. For comparisons both operands have the same type and
/// the result is `int`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Shl,
    Shr,
    BitAnd,
    BitOr,
    BitXor,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    LogAnd,
    LogOr,
}

impl BinOp {
    /// `==` ... `>=`.
    pub fn is_comparison(self) -> bool {
        matches!(
            self,
            BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge
        )
    }
}

/// A member access path: the byte offset of the member in its record and,
/// for a bit-field, its bits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MemberRef {
    /// Byte offset.
    pub offset: u64,
    /// `(bit offset, width)` for a bit-field.
    pub bits: Option<(u32, u32)>,
    /// The member is `volatile`, or part of a `volatile` object: reading
    /// it is a volatile access (the expression's type no longer says so
    /// once the parser has converted it to a value).
    pub volatile: bool,
}

/// An expression.
#[derive(Clone, Debug)]
pub struct Expr {
    /// What it is.
    pub kind: ExprKind,
    /// Its type (the object's type for an lvalue).
    pub ty: TypeId,
    /// Where it starts.
    pub loc: Loc,
}

/// Expression kinds.
#[derive(Clone, Debug)]
pub enum ExprKind {
    /// An integer constant, its bits already converted to `ty`.
    Int(u64),
    /// A floating constant (rounded to `float` when `ty` is `float`).
    Float(f64),
    /// A local variable (lvalue).
    Local(LocalId),
    /// A global object, function designator or string literal (lvalue).
    Global(GlobalId),
    /// `*p` (lvalue).
    Deref(Box<Expr>),
    /// A member of a struct or union (lvalue when the base is).
    Member(Box<Expr>, MemberRef),
    /// The address of an lvalue; also array-to-pointer and
    /// function-to-pointer decay.
    AddrOf(Box<Expr>),
    /// Conversion of a scalar to `ty` (or to `void`).
    Cast(Box<Expr>),
    /// Unary arithmetic.
    Unary(UnOp, Box<Expr>),
    /// Binary arithmetic, comparison or logical operator. Pointer
    /// arithmetic is explicit: `p + i` is `Add(p, i * size)` with the
    /// pointer's type; `p - q` is `Sub` in `long`, divided by the size.
    Binary(BinOp, Box<Expr>, Box<Expr>),
    /// `lhs = rhs` (rhs converted to lhs's type; records are copied).
    Assign(Box<Expr>, Box<Expr>),
    /// `lhs op= rhs`: `lhs = (T)((C)lhs op rhs)` where C is `op_ty`, the type
    /// the operation is done in (rhs already has it), evaluating lhs once.
    OpAssign {
        /// The operator.
        op: BinOp,
        /// Target.
        lhs: Box<Expr>,
        /// Operand, converted to `op_ty` (for pointers: the scaled offset).
        rhs: Box<Expr>,
        /// The type the operation is done in.
        op_ty: TypeId,
    },
    /// `++x`, `x++`, `--x`, `x--`: adds `delta` (of the object's type; the
    /// element size for pointers).
    IncDec {
        /// Target.
        lhs: Box<Expr>,
        /// Prefix (value after) or postfix (value before).
        prefix: bool,
        /// What to add (negative for `--`).
        delta: Box<Expr>,
    },
    /// `c ? a : b` (a and b converted to `ty`).
    Cond(Box<Expr>, Box<Expr>, Box<Expr>),
    /// `a, b`.
    Comma(Box<Expr>, Box<Expr>),
    /// A call. Arguments are converted to the parameter types, or by the
    /// default argument promotions. `fixed` is the number of non-variadic
    /// arguments.
    Call {
        /// The function designator or function pointer.
        callee: Box<Expr>,
        /// Arguments.
        args: Vec<Expr>,
        /// How many arguments are for declared parameters (the rest are
        /// variadic).
        fixed: usize,
        /// The callee is variadic (`...`).
        variadic: bool,
    },
    /// A statement expression `({ ... })` (GNU); its value is the last
    /// expression statement's (the `Expr` given separately).
    StmtExpr(Box<Stmt>, Option<Box<Expr>>),
    /// A compound literal or other unnamed object: the local, initialized
    /// each time the expression is evaluated (lvalue).
    CompoundLit(LocalId, Box<Init>),
    /// `va_start(ap, last)`: stores the address of the variadic area in `ap`.
    VaStart(Box<Expr>),
    /// `va_arg(ap, T)`: reads the next argument of type `ty`.
    VaArg(Box<Expr>),
    /// `__builtin_vox("mnemonic", args...)`: one VM instruction.
    Vox {
        /// The instruction.
        opcode: vm::isa::Opcode,
        /// Register operands (in order) and immediates (constant expressions).
        args: Vec<VoxArg>,
        /// Whether the first operand (`dst`) is the result.
        has_result: bool,
    },
    /// `sizeof` of a variable-length array type: reads the local holding it.
    VlaSize(LocalId),
    /// A placeholder after an error (lowered to 0).
    Error,
}

/// An operand of `__builtin_vox`.
#[derive(Clone, Debug)]
pub enum VoxArg {
    /// A register operand: the expression's value.
    Reg(Expr),
    /// An immediate operand.
    Imm(vm::isa::OperandValue),
    /// A data operand: bytes placed in the data segment (a string literal).
    Data(GlobalId),
}

/// The value of `&&label` for label `id`: a code "address" no data access can
/// reach (it is far outside any VM address space, so dereferencing it traps),
/// distinct per label of a function, dense so `goto *p` is a jump table.
pub fn label_addr_value(id: LabelId) -> u64 {
    LABEL_ADDR_BASE + u64::from(id.0)
}

/// See [`label_addr_value`].
pub const LABEL_ADDR_BASE: u64 = 0x7ffc_0000_0000;

/// A statement.
#[derive(Clone, Debug)]
pub struct Stmt {
    /// What it is.
    pub kind: StmtKind,
    /// Where it starts.
    pub loc: Loc,
}

/// Statement kinds.
#[derive(Clone, Debug)]
pub enum StmtKind {
    /// `;`
    Empty,
    /// An expression statement.
    Expr(Expr),
    /// A declaration of a local with an optional initializer.
    Decl(LocalId, Option<Init>),
    /// Allocates a variable-length array: the local holding its address, the
    /// local holding its byte size, and the size expression.
    VlaAlloc(LocalId, LocalId, Expr),
    /// `{ ... }`: a scope, for the cleanups declared in it.
    Block(Vec<Stmt>),
    /// `__attribute__((cleanup(f)))` on the local declared just before: the
    /// call `f(&x)` (numbered within the function), made whenever the
    /// enclosing block is left: at its end, by `break`, `continue`,
    /// `return` or a `goto` out of it.
    Cleanup(u32, Expr),
    /// `if (c) a else b`
    If(Expr, Box<Stmt>, Option<Box<Stmt>>),
    /// `while (c) body`
    While(Expr, Box<Stmt>),
    /// `do body while (c);`
    DoWhile(Box<Stmt>, Expr),
    /// `for (init; cond; step) body`
    For(Option<Box<Stmt>>, Option<Expr>, Option<Expr>, Box<Stmt>),
    /// `switch (e) body` with its cases: `(low, high, label)` (a range for
    /// the GNU `case a ... b:`) and the default label.
    Switch {
        /// The controlling expression (promoted).
        cond: Expr,
        /// The body.
        body: Box<Stmt>,
        /// Case values (converted to the controlling type) and their labels.
        cases: Vec<(u64, u64, LabelId)>,
        /// `default:`.
        default: Option<LabelId>,
    },
    /// `break`
    Break,
    /// `continue`
    Continue,
    /// `return e;`
    Return(Option<Expr>),
    /// `goto label;`
    Goto(LabelId),
    /// `goto *e;` (GNU computed goto), and the trap for a value that is no
    /// label's address of this function.
    GotoPtr(Expr, Expr),
    /// `a: case 1: default: stmt`: the labels in front of a statement
    /// (ordinary, `case` and `default` alike), in source order. One node for
    /// all of them, so stacked labels do not nest the tree.
    Labeled(Vec<LabelId>, Box<Stmt>),
}

impl Expr {
    /// A new expression.
    pub fn new(kind: ExprKind, ty: TypeId, loc: Loc) -> Expr {
        Expr { kind, ty, loc }
    }

    /// An integer constant of type `ty`.
    pub fn int(v: u64, ty: TypeId, loc: Loc) -> Expr {
        Expr::new(ExprKind::Int(v), ty, loc)
    }

    /// Whether this is an lvalue expression kind.
    pub fn is_lvalue(&self) -> bool {
        match &self.kind {
            ExprKind::Local(_)
            | ExprKind::Global(_)
            | ExprKind::Deref(_)
            | ExprKind::CompoundLit(..) => true,
            ExprKind::Member(b, _) => b.is_lvalue(),
            _ => false,
        }
    }
}

/// The name of the unnamed objects that hold complex and vector values
/// made by arithmetic at file scope (read-only statics an initializer
/// copies).
pub const PARTS: &str = ".parts";
