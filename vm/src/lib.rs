//! voxvm: a statically typed, register-based bytecode virtual machine.
//!
//! The instruction set is declared once in `isa.ron`; [`isa`] is generated from it.
//! Data flows one way: `.vve` bytes ([`vve`]) → [`loader`] and [`verify`] →
//! decoded [`Program`] → the dispatch loop ([`isa::run`]) → the handlers.
//!
//! ```
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! // Normally the bytes come from `voxasm`; here we build the image by hand.
//! use vm::isa::{Instr, Reg};
//! let mut code = Vec::new();
//! Instr::MoviI64 { dst: Reg(0), imm: 42 }.encode(&mut code);
//! Instr::PrintI64 { src: Reg(0) }.encode(&mut code);
//! Instr::Halt { code: Reg(1) }.encode(&mut code);
//! let module = vm::Module::from_vvr(&code, "inline")?;
//! let mut out = Vec::new();
//! let status = vm::run(&module, &vm::Config::default(), &mut out)?;
//! assert_eq!((status, out), (0, b"42\n".to_vec()));
//! # Ok(()) }
//! ```

#![warn(missing_docs)]

mod coredump;
mod embed;
pub mod ffi;
pub mod gc;
mod handlers;
pub mod heap;
pub mod heapcheck;
pub mod host;
pub mod isa;
mod jump;
pub mod loader;
mod machine;
pub mod memory;
pub mod observe;
pub mod threads;
pub mod trap;
pub mod verify;
pub mod vve;

pub use embed::CallError;
pub use host::{
    Host, HostContext, HostError, HostResult, HostValue, InstantiateError, Signature, ValType,
};
pub use loader::{LoadError, Program};
pub use machine::{Break, Config, Dispatch, InterruptHandle, RegValue, Vm};
pub use memory::MemoryConfig;
pub use trap::{FrameInfo, Trap, TrapReport};
pub use vve::{FormatError, Image};

use std::io::Write;

/// A loaded and verified module, ready to run any number of times.
///
/// Cheap to clone and `Send + Sync`: one module can be shared by any number
/// of [`Vm`]s on any threads. What every instance needs and nothing changes
/// is kept here once: the decoded code and, built on first use, its threaded
/// form (see [`Dispatch::Threaded`]), so creating an instance copies neither.
#[derive(Debug, Clone)]
pub struct Module {
    program: std::sync::Arc<Program>,
    threaded: std::sync::Arc<machine::ThreadedCode>,
}

impl Module {
    /// Loads `.vve` bytes: parses the container, checks the ISA fingerprint,
    /// decodes and verifies the code.
    pub fn from_vve(bytes: &[u8]) -> Result<Module, LoadError> {
        let (image, code) = Image::from_vve_borrowing_code(bytes)?;
        Ok(Module::new(Program::load_code(image, code)?))
    }

    /// [`Module::from_vve`] for a module that must fit under a memory cap of
    /// `cap` bytes (what `voxvm` does with `--max-memory`): a data segment
    /// larger than the cap is refused from its declared length, and code
    /// whose decoded and threaded forms (44 bytes an instruction) with the data would
    /// exceed it is refused as soon as decoding shows it, both with
    /// [`LoadError::TooLarge`] and the byte offset, before the memory is
    /// allocated.
    pub fn from_vve_capped(bytes: &[u8], cap: u64) -> Result<Module, LoadError> {
        let (image, code, code_at) = Image::from_vve_capped(bytes, cap).map_err(|e| match e {
            vve::CappedError::Format(e) => LoadError::Format(e),
            vve::CappedError::TooLarge { offset, bytes } => LoadError::TooLarge {
                offset,
                what: "the data segment".into(),
                bytes,
                cap,
            },
        })?;
        Ok(Module::new(Program::load_code_capped(
            image, code, code_at, cap,
        )?))
    }

    /// Loads raw `.vvr` code bytes (no data, one `main` function, no fingerprint).
    pub fn from_vvr(code: &[u8], source: &str) -> Result<Module, LoadError> {
        Self::from_image(Image::from_vvr(code, source))
    }

    /// Decodes and verifies an in-memory image (e.g. straight from the assembler).
    pub fn from_image(image: Image) -> Result<Module, LoadError> {
        Ok(Module::new(Program::load(image)?))
    }

    /// The decoded program.
    pub fn program(&self) -> &Program {
        &self.program
    }

    fn new(program: Program) -> Module {
        Module {
            program: std::sync::Arc::new(program),
            threaded: Default::default(),
        }
    }

    pub(crate) fn shared_program(&self) -> std::sync::Arc<Program> {
        self.program.clone()
    }

    pub(crate) fn threaded_code(&self) -> std::sync::Arc<machine::ThreadedCode> {
        self.threaded.clone()
    }
}

// What embedders rely on to run many scripts on many threads: a module is
// shared (`Send + Sync`), and an instance, with its host functions and output
// sinks, can move to another thread (`Send`). Checked when the crate compiles.
const _: () = {
    const fn send_sync<T: Send + Sync>() {}
    const fn send<T: Send>() {}
    send_sync::<Module>();
    send_sync::<Host>();
    send_sync::<InterruptHandle>();
    send::<Vm<'static>>();
};

/// Runs the module's entry function, writing program output to `out` (buffered,
/// flushed before returning). Returns the exit status given to `halt`, or to
/// `ret` from the entry function, or the trap with its location and backtrace.
///
/// A memory configuration that cannot be laid out is reported as a
/// [`Trap::Layout`] with an empty backtrace; [`Vm::new`] reports it separately.
pub fn run(
    module: &Module,
    config: &Config,
    out: &mut (dyn Write + Send),
) -> Result<i32, TrapReport> {
    run_with_host(module, config, &Host::new(), out)
}

/// [`run`] with the host functions of `host` available to `hcall`. Imports
/// that do not resolve are reported as a [`Trap::Link`] with an empty backtrace.
pub fn run_with_host(
    module: &Module,
    config: &Config,
    host: &Host,
    out: &mut (dyn Write + Send),
) -> Result<i32, TrapReport> {
    let mut vm = Vm::with_host(module, config, host).map_err(|e| TrapReport {
        trap: match e {
            InstantiateError::Layout(e) => Trap::Layout(e.0),
            e => Trap::Link(e.to_string()),
        },
        file: module.program.source.clone(),
        backtrace: Vec::new(),
        omitted: 0,
    })?;
    vm.set_output(out);
    vm.run()
}

/// `(line, column)`, both 1-based, of byte offset `byte` in source text: how the
/// assembler and the native-config loader point at their input.
pub fn line_col(src: &str, byte: usize) -> (usize, usize) {
    let before = &src[..byte.min(src.len())];
    let line = before.matches('\n').count() + 1;
    let col = before
        .rfind('\n')
        .map_or(before.len(), |nl| before.len() - nl - 1)
        + 1;
    (line, col)
}
