//! Host functions: Rust (or C, through the C API) code that bytecode calls by
//! name with `hcall`, and the linking step that resolves those names.
//!
//! A [`Host`] is a set of named functions. Each has a [`Signature`] — the
//! types of its parameters and result — which decides how `hcall imp, base`
//! reads its arguments from `base`, `base+1`, ... and writes the result back to
//! `base`. Functions are defined as typed Rust closures:
//!
//! ```
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let mut host = vm::Host::new();
//! host.define("add_i64", |a: i64, b: i64| a + b);
//! host.define("half", |x: f64| x / 2.0);
//! // A function that fails traps the program with its message:
//! host.define("checked_div", |a: i64, b: i64| {
//!     a.checked_div(b).ok_or(vm::HostError::new("division by zero"))
//! });
//! // One that needs VM memory takes a `&mut HostContext` first:
//! host.define_with_context("strlen", |cx: &mut vm::HostContext, s: u64| {
//!     Ok::<u64, vm::HostError>(cx.read_c_str(s)?.len() as u64)
//! });
//! assert_eq!(host.signature("strlen").unwrap().to_string(), "(u64) -> u64");
//! // Then: `vm::Vm::with_host(&module, &config, &host)` links a module against it.
//! # Ok(()) }
//! ```
//!
//! Names are resolved when a VM is created ([`crate::Vm::with_host`]): every
//! entry of the module's import table must name a function of the host, and
//! every `hcall`'s register window must fit in its function's registers, or
//! creating the VM fails with an [`InstantiateError`] that names each problem.
//! Nothing is looked up while the program runs, and a program can only reach
//! the functions its host chose to define: with an empty host (what
//! [`crate::Vm::new`] and [`crate::run`] use) there is nothing to call.
//!
//! Native library functions (`voxvm --native-configs=DIR`) are host functions
//! too; see [`crate::ffi`] (the calls need the cargo feature `native`).

use crate::isa::{ImportRef, Instr, Reg};
use crate::loader::Program;
use crate::machine::{trap, Break, RegValue, Vm};
use crate::memory::LayoutError;
use crate::trap::Trap;
use std::cell::Cell;
use std::collections::BTreeMap;
use std::fmt;
use std::io::Write;
use std::sync::Arc;

/// Most parameters a host or native function may have.
pub const MAX_PARAMS: usize = 16;

/// The type of a host function's parameter or result, as bytecode sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ValType {
    /// `i8`: the register's low 8 bits, signed; results are sign-extended.
    I8,
    /// `i16`.
    I16,
    /// `i32`.
    I32,
    /// `i64`.
    I64,
    /// `u8`: the register's low 8 bits; results are zero-extended.
    U8,
    /// `u16`.
    U16,
    /// `u32`.
    U32,
    /// `u64`.
    U64,
    /// `f32`: the register's low 32 bits as IEEE 754 bits.
    F32,
    /// `f64`: all 64 bits as IEEE 754 bits.
    F64,
    /// A VM address (64 bits). Native functions receive the host address of
    /// that VM memory after a bounds check; Rust host functions receive the
    /// VM address and use [`HostContext`] to access memory.
    Ptr,
}

impl ValType {
    /// The type's name: `i8` .. `u64`, `f32`, `f64`, `ptr`.
    pub fn name(self) -> &'static str {
        match self {
            ValType::I8 => "i8",
            ValType::I16 => "i16",
            ValType::I32 => "i32",
            ValType::I64 => "i64",
            ValType::U8 => "u8",
            ValType::U16 => "u16",
            ValType::U32 => "u32",
            ValType::U64 => "u64",
            ValType::F32 => "f32",
            ValType::F64 => "f64",
            ValType::Ptr => "ptr",
        }
    }

    /// The canonical register bits of a value of this type given as any
    /// register bits (narrow integers sign- or zero-extended, `f32` zero-extended).
    pub fn normalize(self, bits: u64) -> u64 {
        match self {
            ValType::I8 => i8::from_bits(bits).to_bits(),
            ValType::I16 => i16::from_bits(bits).to_bits(),
            ValType::I32 => i32::from_bits(bits).to_bits(),
            ValType::U8 => u8::from_bits(bits).to_bits(),
            ValType::U16 => u16::from_bits(bits).to_bits(),
            ValType::U32 | ValType::F32 => u32::from_bits(bits).to_bits(),
            ValType::I64 | ValType::U64 | ValType::F64 | ValType::Ptr => bits,
        }
    }
}

impl fmt::Display for ValType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Parameter and result types of a host function.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct Signature {
    /// Parameter types, read from `base`, `base+1`, ...
    pub params: Vec<ValType>,
    /// Result type, written to `base`; `None` for no result.
    pub result: Option<ValType>,
}

impl Signature {
    /// Registers an `hcall` of this function uses from `base` on: its
    /// parameters, or one for the result when it has no parameters.
    pub fn window(&self) -> usize {
        self.params.len().max(usize::from(self.result.is_some()))
    }
}

impl fmt::Display for Signature {
    /// `(i64, f64) -> i64`, or `(ptr)` with no result.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let p: Vec<&str> = self.params.iter().map(|t| t.name()).collect();
        write!(f, "({})", p.join(", "))?;
        if let Some(r) = self.result {
            write!(f, " -> {r}")?;
        }
        Ok(())
    }
}

/// Why a host function failed. `hcall` turns it into a trap: a message becomes
/// `host function `name` failed: message`; a [`Trap`] (for example the
/// out-of-bounds error of a [`HostContext`] accessor, propagated with `?`) is
/// raised as that trap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostError(ErrorKind);

#[derive(Debug, Clone, PartialEq, Eq)]
enum ErrorKind {
    Message(String),
    Trap(Trap),
}

impl HostError {
    /// An error with this message.
    pub fn new(message: impl Into<String>) -> HostError {
        HostError(ErrorKind::Message(message.into()))
    }

    /// The trap `hcall` raises for this error of function `function`.
    pub fn into_trap(self, function: &str) -> Trap {
        match self.0 {
            ErrorKind::Message(message) => Trap::Host {
                function: function.to_string(),
                message,
            },
            ErrorKind::Trap(t) => t,
        }
    }
}

impl fmt::Display for HostError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            ErrorKind::Message(m) => f.write_str(m),
            ErrorKind::Trap(t) => write!(f, "{t}"),
        }
    }
}

impl std::error::Error for HostError {}

impl From<Trap> for HostError {
    fn from(t: Trap) -> Self {
        HostError(ErrorKind::Trap(t))
    }
}

impl From<String> for HostError {
    fn from(m: String) -> Self {
        HostError::new(m)
    }
}

impl From<&str> for HostError {
    fn from(m: &str) -> Self {
        HostError::new(m)
    }
}

mod sealed {
    pub trait Sealed {}
}

/// A value that crosses between bytecode and Rust: `i8`..`u64`, `f32`, `f64`.
/// Used for host function parameters and results and for typed memory access.
pub trait HostValue: RegValue + sealed::Sealed {
    /// Its [`ValType`].
    const TYPE: ValType;
    /// Size in VM memory (little-endian).
    const SIZE: usize;
    /// Reads it from exactly [`HostValue::SIZE`] little-endian bytes.
    fn from_le_slice(b: &[u8]) -> Self;
    /// Appends its little-endian bytes to `out`.
    fn write_le(self, out: &mut Vec<u8>);
}

macro_rules! host_value {
    ($($t:ty => $v:ident),*) => {$(
        impl sealed::Sealed for $t {}
        impl HostValue for $t {
            const TYPE: ValType = ValType::$v;
            const SIZE: usize = std::mem::size_of::<$t>();
            fn from_le_slice(b: &[u8]) -> Self {
                let mut a = [0u8; std::mem::size_of::<$t>()];
                a.copy_from_slice(b);
                <$t>::from_le_bytes(a)
            }
            fn write_le(self, out: &mut Vec<u8>) {
                out.extend_from_slice(&self.to_le_bytes());
            }
        }
    )*};
}
host_value!(i8 => I8, i16 => I16, i32 => I32, i64 => I64, u8 => U8, u16 => U16, u32 => U32,
    u64 => U64, f32 => F32, f64 => F64);

/// What a host function may return: nothing (`()`), a [`HostValue`], or a
/// `Result` of either with [`HostError`] (an error traps the program).
pub trait HostResult: sealed::Sealed {
    /// The result type in the signature.
    const TYPE: Option<ValType>;
    /// The result as register bits, or the error.
    fn into_bits(self) -> Result<u64, HostError>;
}

impl sealed::Sealed for () {}
impl HostResult for () {
    const TYPE: Option<ValType> = None;
    fn into_bits(self) -> Result<u64, HostError> {
        Ok(0)
    }
}

impl<T: HostResult> sealed::Sealed for Result<T, HostError> {}
impl<T: HostResult> HostResult for Result<T, HostError> {
    const TYPE: Option<ValType> = T::TYPE;
    fn into_bits(self) -> Result<u64, HostError> {
        self.and_then(T::into_bits)
    }
}

macro_rules! host_result {
    ($($t:ty),*) => {$(
        impl HostResult for $t {
            const TYPE: Option<ValType> = Some(<$t as HostValue>::TYPE);
            #[inline(always)]
            fn into_bits(self) -> Result<u64, HostError> {
                Ok(RegValue::to_bits(self))
            }
        }
    )*};
}
host_result!(i8, i16, i32, i64, u8, u16, u32, u64, f32, f64);

/// The type-erased form every host function is stored in: arguments as
/// register bits (exactly as many as the signature's parameters), result as
/// register bits (ignored when the signature has no result).
pub type RawHostFn =
    dyn Fn(&mut HostContext<'_, '_>, &[u64]) -> Result<u64, HostError> + Send + Sync;

/// Closures usable with [`Host::define`]: `Fn(A1, .., An) -> R` for up to 8
/// [`HostValue`] parameters and a [`HostResult`] `R`.
pub trait IntoHostFn<Args>: Send + Sync + 'static {
    /// The signature and the type-erased function.
    fn into_host_fn(self) -> (Signature, Arc<RawHostFn>);
}

/// Closures usable with [`Host::define_with_context`]:
/// `Fn(&mut HostContext, A1, .., An) -> R` for up to 8 [`HostValue`] parameters.
pub trait IntoHostFnWithContext<Args>: Send + Sync + 'static {
    /// The signature and the type-erased function.
    fn into_host_fn(self) -> (Signature, Arc<RawHostFn>);
}

macro_rules! arities {
    ($(($($a:ident $i:tt),*))*) => {$(
        impl<F, R, $($a,)*> IntoHostFn<($($a,)*)> for F
        where
            F: Fn($($a),*) -> R + Send + Sync + 'static,
            R: HostResult,
            $($a: HostValue,)*
        {
            fn into_host_fn(self) -> (Signature, Arc<RawHostFn>) {
                let sig = Signature { params: vec![$($a::TYPE),*], result: R::TYPE };
                #[allow(unused_variables)]
                let f = move |_: &mut HostContext<'_, '_>, args: &[u64]| {
                    (self)($($a::from_bits(args[$i])),*).into_bits()
                };
                (sig, Arc::new(f))
            }
        }

        impl<F, R, $($a,)*> IntoHostFnWithContext<($($a,)*)> for F
        where
            F: Fn(&mut HostContext<'_, '_>, $($a),*) -> R + Send + Sync + 'static,
            R: HostResult,
            $($a: HostValue,)*
        {
            fn into_host_fn(self) -> (Signature, Arc<RawHostFn>) {
                let sig = Signature { params: vec![$($a::TYPE),*], result: R::TYPE };
                #[allow(unused_variables)]
                let f = move |cx: &mut HostContext<'_, '_>, args: &[u64]| {
                    (self)(cx, $($a::from_bits(args[$i])),*).into_bits()
                };
                (sig, Arc::new(f))
            }
        }
    )*};
}
arities! {
    ()
    (A0 0)
    (A0 0, A1 1)
    (A0 0, A1 1, A2 2)
    (A0 0, A1 1, A2 2, A3 3)
    (A0 0, A1 1, A2 2, A3 3, A4 4)
    (A0 0, A1 1, A2 2, A3 3, A4 4, A5 5)
    (A0 0, A1 1, A2 2, A3 3, A4 4, A5 5, A6 6)
    (A0 0, A1 1, A2 2, A3 3, A4 4, A5 5, A6 6, A7 7)
}

/// How a resolved function is called.
#[derive(Clone)]
pub(crate) enum Callee {
    /// A Rust closure (or a C callback wrapped in one).
    Rust(Arc<RawHostFn>),
    /// A native library function.
    #[cfg(feature = "native")]
    Native(Arc<crate::ffi::NativeFn>),
}

/// One function of a [`Host`].
#[derive(Clone)]
pub(crate) struct HostFunc {
    pub(crate) sig: Signature,
    pub(crate) callee: Callee,
    /// Where it was declared (a native config file), for messages.
    #[cfg_attr(not(feature = "native"), allow(dead_code))]
    pub(crate) origin: Option<String>,
}

/// A named function as linked into a VM: what `hcall` calls.
#[derive(Clone)]
pub(crate) struct Import {
    pub(crate) name: Arc<str>,
    pub(crate) sig: Signature,
    pub(crate) callee: Callee,
}

/// A set of named host functions that bytecode may call with `hcall`.
///
/// Create one, define functions on it, then create VMs with
/// [`crate::Vm::with_host`]. A host can be reused for any number of VMs; each
/// VM keeps its own handles to the functions, so the host can be dropped or
/// changed afterwards without affecting VMs already created.
///
/// A host is `Send + Sync`, and so is each function: the VMs made from one
/// host may run on several threads at once and call the same closure
/// concurrently (share state through a `Mutex` or atomics, not a `RefCell`).
/// A native function (see [`crate::ffi`]) is called on the thread that runs
/// the VM; declaring one that is not thread-safe for a host shared across
/// threads is the config author's business, as it is in a threaded C program.
#[derive(Clone, Default)]
pub struct Host {
    funcs: BTreeMap<String, HostFunc>,
}

impl fmt::Debug for Host {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut m = f.debug_map();
        for (name, func) in &self.funcs {
            m.entry(name, &func.sig.to_string());
        }
        m.finish()
    }
}

impl Host {
    /// A host with no functions: bytecode run with it cannot call out at all.
    pub fn new() -> Host {
        Host::default()
    }

    /// Defines (or redefines) `name` as a typed closure, e.g.
    /// `host.define("log_i64", |x: i64| println!("{x}"))`. Parameters are
    /// [`HostValue`]s (`i8`..`u64`, `f32`, `f64`; pass VM addresses as `u64`),
    /// up to 8 of them; the result is `()`, a `HostValue` or a
    /// `Result<_, HostError>`. An error traps the program; a panic is not
    /// caught and unwinds out of [`crate::Vm::run`] to whoever called it.
    pub fn define<A>(&mut self, name: &str, f: impl IntoHostFn<A>) -> &mut Host {
        let (sig, f) = f.into_host_fn();
        self.insert(name, sig, Callee::Rust(f), None);
        self
    }

    /// Like [`Host::define`], for closures that also need the VM: they get a
    /// [`HostContext`] first, with checked access to VM memory, the heap and
    /// the program's output.
    pub fn define_with_context<A>(
        &mut self,
        name: &str,
        f: impl IntoHostFnWithContext<A>,
    ) -> &mut Host {
        let (sig, f) = f.into_host_fn();
        self.insert(name, sig, Callee::Rust(f), None);
        self
    }

    /// Defines `name` with an explicit signature and an untyped body that gets
    /// the arguments as register bits and returns the result as register bits
    /// (the C API uses this). Fails if the signature has more than
    /// [`MAX_PARAMS`] parameters.
    pub fn define_raw(
        &mut self,
        name: &str,
        sig: Signature,
        f: impl Fn(&mut HostContext<'_, '_>, &[u64]) -> Result<u64, HostError> + Send + Sync + 'static,
    ) -> Result<&mut Host, String> {
        if sig.params.len() > MAX_PARAMS {
            return Err(format!(
                "host function `{name}` has {} parameters; at most {MAX_PARAMS} are supported",
                sig.params.len()
            ));
        }
        self.insert(name, sig, Callee::Rust(Arc::new(f)), None);
        Ok(self)
    }

    pub(crate) fn insert(
        &mut self,
        name: &str,
        sig: Signature,
        callee: Callee,
        origin: Option<String>,
    ) {
        self.funcs.insert(
            name.to_string(),
            HostFunc {
                sig,
                callee,
                origin,
            },
        );
    }

    /// Whether and where `name` is declared: `None` when it is not defined,
    /// `Some(None)` when the embedding host defined it, `Some(Some(origin))`
    /// for a native function declared with an origin (a config's `file:line:col`).
    pub fn origin(&self, name: &str) -> Option<Option<&str>> {
        self.funcs.get(name).map(|f| f.origin.as_deref())
    }

    /// Whether `name` is defined.
    pub fn contains(&self, name: &str) -> bool {
        self.funcs.contains_key(name)
    }

    /// The signature of `name`, if defined.
    pub fn signature(&self, name: &str) -> Option<&Signature> {
        self.funcs.get(name).map(|f| &f.sig)
    }

    /// The defined names, sorted.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.funcs.keys().map(String::as_str)
    }

    /// Removes `name`; returns whether it was defined.
    pub fn remove(&mut self, name: &str) -> bool {
        self.funcs.remove(name).is_some()
    }

    /// Adds every function of `other` whose name this host does not define
    /// yet (so a library of host functions can be added under functions the
    /// embedder chose, without replacing them).
    pub fn add_missing(&mut self, other: Host) -> &mut Host {
        for (name, f) in other.funcs {
            self.funcs.entry(name).or_insert(f);
        }
        self
    }

    /// Resolves the module's imports against this host and checks every
    /// `hcall`'s register window.
    pub(crate) fn link(&self, prog: &Program) -> Result<Arc<[Import]>, InstantiateError> {
        let mut problems = Vec::new();
        let mut imports = Vec::with_capacity(prog.imports.len());
        for (i, name) in prog.imports.iter().enumerate() {
            match self.funcs.get(name) {
                Some(f) => imports.push(Import {
                    name: name.as_str().into(),
                    sig: f.sig.clone(),
                    callee: f.callee.clone(),
                }),
                None => problems.push(LinkProblem::Unresolved {
                    name: name.clone(),
                    declared_at: prog
                        .import_location(i)
                        .map(|(file, line)| (file.to_string(), line)),
                    used_at: first_use(prog, i),
                }),
            }
        }
        if problems.is_empty() {
            for f in &prog.functions {
                for idx in f.entry..f.end {
                    if let Instr::Hcall { imp, base } = prog.code[idx] {
                        let import = &imports[imp.0 as usize];
                        let need = usize::from(base.0) + import.sig.window();
                        if need > usize::from(f.nregs) {
                            problems.push(LinkProblem::Window {
                                name: import.name.to_string(),
                                sig: import.sig.clone(),
                                base: base.0,
                                at: Location::of(prog, idx),
                                nregs: f.nregs,
                            });
                        }
                    }
                }
            }
        }
        if problems.is_empty() {
            Ok(imports.into())
        } else {
            Err(InstantiateError::Link {
                problems,
                defined: self.funcs.keys().cloned().collect(),
            })
        }
    }
}

/// Where an instruction is, for messages: `prog.vvs:5 (main+0x1c)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// Function name.
    pub function: String,
    /// Byte offset of the instruction in the code.
    pub pc: u32,
    /// `pc` relative to the function's start.
    pub offset: u32,
    /// Source file.
    pub file: String,
    /// Source line, if the module has a line table.
    pub line: Option<u32>,
}

impl Location {
    fn of(prog: &Program, idx: usize) -> Location {
        let pc = prog.pc_of(idx);
        let (function, start) = prog
            .function_at(idx)
            .map_or(("?".to_string(), 0), |f| (f.name.clone(), f.offset));
        let (file, line) = prog.location(pc);
        Location {
            function,
            pc,
            offset: pc - start,
            file: file.to_string(),
            line,
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(l) = self.line {
            write!(f, ":{l}")?;
        }
        write!(f, " ({}+{:#x})", self.function, self.offset)
    }
}

fn first_use(prog: &Program, import: usize) -> Option<Location> {
    prog.code
        .iter()
        .position(|i| {
            i.operands()
                .iter()
                .any(|o| matches!(o, crate::isa::OperandValue::Import(r) if r.0 as usize == import))
        })
        .map(|idx| Location::of(prog, idx))
}

/// One reason a module cannot be linked against a host.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkProblem {
    /// An import names no function of the host.
    Unresolved {
        /// The name.
        name: String,
        /// Where the source declared it, (file, line), when the module
        /// records it (compiled C does; assembly does not).
        declared_at: Option<(String, u32)>,
        /// The first instruction using it (none if only declared).
        used_at: Option<Location>,
    },
    /// An `hcall`'s arguments (or result) would reach past its function's registers.
    Window {
        /// The function called.
        name: String,
        /// Its signature.
        sig: Signature,
        /// The `base` register.
        base: u8,
        /// The `hcall`.
        at: Location,
        /// Registers of the calling function.
        nregs: u16,
    },
}

impl fmt::Display for LinkProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkProblem::Unresolved {
                name,
                declared_at,
                used_at,
            } => {
                write!(f, "unresolved import `{name}`")?;
                if let Some((file, line)) = declared_at {
                    write!(f, " (declared at {file}:{line})")?;
                }
                if let Some(at) = used_at {
                    write!(f, " at {at}")?;
                }
                write!(f, ": no host function or native config declares it")
            }
            LinkProblem::Window {
                name,
                sig,
                base,
                at,
                nregs,
            } => {
                let n = sig.window();
                write!(
                    f,
                    "`hcall {name}, r{base}` at {at} uses registers r{base}..=r{} for `{name}{sig}`, but function `{}` has only {nregs} registers",
                    usize::from(*base) + n - 1,
                    at.function
                )
            }
        }
    }
}

/// Why a VM could not be created for a module.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InstantiateError {
    /// The memory configuration cannot be laid out.
    Layout(LayoutError),
    /// Imports that do not resolve, or `hcall`s whose registers do not fit.
    Link {
        /// Every problem found, in import-table and code order.
        problems: Vec<LinkProblem>,
        /// The names the host defines (for the message).
        defined: Vec<String>,
    },
}

impl fmt::Display for InstantiateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InstantiateError::Layout(e) => write!(f, "cannot lay out memory: {e}"),
            InstantiateError::Link { problems, defined } => {
                for (i, p) in problems.iter().enumerate() {
                    if i > 0 {
                        writeln!(f)?;
                    }
                    write!(f, "{p}")?;
                }
                if problems
                    .iter()
                    .any(|p| matches!(p, LinkProblem::Unresolved { .. }))
                {
                    if defined.is_empty() {
                        write!(f, "\nnote: no host functions are defined (native functions must be declared in a config: voxvm --native-configs=DIR)")?;
                    } else {
                        const SHOWN: usize = 12;
                        let mut list: Vec<String> = defined
                            .iter()
                            .take(SHOWN)
                            .map(|n| format!("`{n}`"))
                            .collect();
                        if defined.len() > SHOWN {
                            list.push(format!("… ({} in all)", defined.len()));
                        }
                        write!(f, "\nnote: defined: {}", list.join(", "))?;
                        write!(f, "\nnote: native functions must be declared in a config: voxvm --native-configs=DIR")?;
                    }
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for InstantiateError {}

impl From<LayoutError> for InstantiateError {
    fn from(e: LayoutError) -> Self {
        InstantiateError::Layout(e)
    }
}

/// What a host function gets to work with besides its arguments: checked
/// access to the VM's memory and heap, its output, and calls back into
/// bytecode. Every accessor checks bounds and returns
/// [`Trap::OutOfBounds`] instead of touching anything outside VM memory;
/// propagate it with `?` to trap the program.
///
/// The bytes a function reads or writes through these accessors (and scans,
/// for [`HostContext::read_c_str`]) are charged as steps after it returns,
/// like the work of a bulk instruction (see `work:` in isa.ron): one step
/// per [`crate::isa::WORK_UNIT`] bytes, so a loop of calls that walk large
/// buffers stops at `--max-steps` as promptly as a loop of `memcpy`s.
pub struct HostContext<'a, 'o> {
    pub(crate) vm: &'a mut Vm<'o>,
    /// Bytes of guest memory touched so far; `Cell` because the readers take
    /// `&self` (they return borrows of VM memory).
    work: Cell<u64>,
}

impl<'a, 'o> HostContext<'a, 'o> {
    pub(crate) fn new(vm: &'a mut Vm<'o>) -> Self {
        HostContext {
            vm,
            work: Cell::new(0),
        }
    }

    /// The bytes of guest memory the function has read, written or scanned
    /// through this context so far (what the call is charged, in bytes).
    pub fn work(&self) -> u64 {
        self.work.get()
    }

    /// Charges `bytes` of work that the function does besides memory access
    /// (say, computing over a buffer it copied out), in the same unit.
    pub fn charge_work(&self, bytes: u64) {
        self.work.set(self.work.get().saturating_add(bytes));
    }

    /// The bytes at `addr..addr+len`.
    pub fn read_bytes(&self, addr: u64, len: u64) -> Result<&[u8], Trap> {
        let b = self.vm.read_bytes(addr, len)?;
        self.charge_work(len);
        Ok(b)
    }

    /// Copies `bytes` to `addr`.
    pub fn write_bytes(&mut self, addr: u64, bytes: &[u8]) -> Result<(), Trap> {
        self.vm.write_bytes(addr, bytes)?;
        self.charge_work(bytes.len() as u64);
        Ok(())
    }

    /// Reads a little-endian value at `addr`.
    pub fn read<T: HostValue>(&self, addr: u64) -> Result<T, Trap> {
        let v = self.vm.read(addr)?;
        self.charge_work(std::mem::size_of::<T>() as u64);
        Ok(v)
    }

    /// Writes a little-endian value at `addr`.
    pub fn write<T: HostValue>(&mut self, addr: u64, v: T) -> Result<(), Trap> {
        self.vm.write(addr, v)?;
        self.charge_work(std::mem::size_of::<T>() as u64);
        Ok(())
    }

    /// The NUL-terminated string at `addr`, without the NUL.
    pub fn read_c_str(&self, addr: u64) -> Result<&[u8], Trap> {
        let s = self.vm.read_c_str(addr)?;
        self.charge_work(s.len() as u64 + 1);
        Ok(s)
    }

    /// Allocates `size` bytes on the VM heap (garbage-collected like `alloc`:
    /// return the address, or store it where the program keeps pointers).
    pub fn alloc(&mut self, size: u64) -> Result<u64, Trap> {
        match self.vm.alloc(size) {
            Ok(a) => Ok(a),
            Err(Break::Trap(t)) => Err(t),
            Err(_) => Err(Trap::HeapExhausted {
                requested: size,
                in_use: self.vm.mem.in_use(),
                cap: self.vm.mem.max(),
            }),
        }
    }

    /// Frees a heap block (like the `free` instruction).
    pub fn free(&mut self, addr: u64) -> Result<(), Trap> {
        self.vm.heap_free(addr)
    }

    /// The program's output (what `print` writes to).
    pub fn output(&mut self) -> &mut dyn Write {
        &mut self.vm.out
    }

    /// The program's error output (C's `stderr`; see
    /// [`Vm::set_error_output`]): buffered, flushed with the output, and
    /// counted against the same [`crate::Config::max_output`] budget.
    pub fn error_output(&mut self) -> &mut dyn Write {
        &mut self.vm.err
    }

    /// Calls bytecode function `name` (see [`Vm::call`]).
    pub fn call(&mut self, name: &str, args: &[u64]) -> Result<u64, crate::CallError> {
        self.vm.call(name, args)
    }

    /// The VM itself, read-only.
    pub fn vm(&self) -> &Vm<'o> {
        self.vm
    }
}

/// The `hcall` handler.
#[inline]
pub(crate) fn hcall(vm: &mut Vm<'_>, imp: ImportRef, base: Reg) -> Result<(), Break> {
    let imports = Arc::clone(&vm.imports);
    // In range: the verifier checked the index, linking the register window.
    let f = &imports[imp.0 as usize];
    let n = f.sig.params.len();
    let b = vm.base + usize::from(base.0);
    let mut args = [0u64; MAX_PARAMS];
    args[..n].copy_from_slice(&vm.regs[b..b + n]);
    let r = match &f.callee {
        Callee::Rust(func) => {
            let mut cx = HostContext::new(&mut *vm);
            let r = func(&mut cx, &args[..n]);
            // After the call: it has had its effects, so the steps are
            // debited, and the next basic block stops if they overdraw the
            // budget (a single call touches at most the memory cap).
            let work = cx.work();
            vm.debit_work(work);
            r
        }
        #[cfg(feature = "native")]
        Callee::Native(nf) => nf.call(vm, &args[..n]),
    };
    let result = match r {
        Ok(bits) => {
            if let Some(t) = f.sig.result {
                // `vm.base` is the caller's again even if the function called back into bytecode.
                let b = vm.base + usize::from(base.0);
                vm.regs[b] = t.normalize(bits);
            }
            Ok(())
        }
        Err(e) => Err(trap(e.into_trap(&f.name))),
    };
    // A callback into bytecode may have moved `regs`.
    vm.sync_window();
    result
}
