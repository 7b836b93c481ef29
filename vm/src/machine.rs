//! Execution state: the register file with Lua-style windows, the call stack,
//! the address space (data, stack, heap) and the output sink. The instruction
//! semantics that operate on it are in `handlers.rs`.

use crate::gc::{self, GcStats};
use crate::heap::HeapStats;
use crate::isa::{self, Reg};
use crate::loader::Program;
use crate::memory::{LayoutError, Memory, MemoryConfig};
use crate::trap::{FrameInfo, Trap, TrapReport};
use crate::Module;
use std::io::{BufWriter, Write};
use std::sync::Arc;

/// A value type as kept in a 64-bit register.
///
/// Signed integers narrower than 64 bits are kept sign-extended, unsigned ones
/// zero-extended, `f32` as its bits zero-extended and `f64` as its bits; reads
/// take the low bits, so every typed instruction sees a well-formed value.
pub trait RegValue: Copy {
    /// Interprets register bits as this type.
    fn from_bits(bits: u64) -> Self;
    /// The register bits that represent this value.
    fn to_bits(self) -> u64;
}

macro_rules! int_reg_value {
    ($($t:ty => $wide:ty),*) => {$(
        impl RegValue for $t {
            #[inline(always)]
            fn from_bits(bits: u64) -> Self { bits as $t }
            #[inline(always)]
            fn to_bits(self) -> u64 { self as $wide as u64 }
        }
    )*};
}
int_reg_value!(i8 => i64, i16 => i64, i32 => i64, i64 => i64, u8 => u64, u16 => u64, u32 => u64, u64 => u64);

impl RegValue for f32 {
    #[inline(always)]
    fn from_bits(bits: u64) -> Self {
        f32::from_bits(bits as u32)
    }
    #[inline(always)]
    fn to_bits(self) -> u64 {
        u64::from(f32::to_bits(self))
    }
}

impl RegValue for f64 {
    #[inline(always)]
    fn from_bits(bits: u64) -> Self {
        f64::from_bits(bits)
    }
    #[inline(always)]
    fn to_bits(self) -> u64 {
        f64::to_bits(self)
    }
}

/// Why the dispatch loop stopped (the [`isa::Handler::Break`] of [`Vm`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Break {
    /// The program halted with this exit status.
    Halt(i32),
    /// The program trapped.
    Trap(Trap),
}

/// A suspended caller.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Frame {
    /// Instruction index to resume at.
    pub ret: usize,
    /// Caller's register window base.
    pub base: usize,
    /// Caller's window end (base + register count).
    pub top: usize,
    /// Stack pointer at the call, restored by `ret`.
    pub sp: u64,
}

/// Limits and sizes that bound a run.
#[derive(Debug, Clone)]
pub struct Config {
    /// Maximum call depth; a deeper call traps with `recursion limit exceeded`.
    pub max_recursion: usize,
    /// Address space layout and cap.
    pub memory: MemoryConfig,
    /// Collect garbage before every allocation (tests that nothing live is freed).
    pub gc_stress: bool,
    /// Program arguments, read by `argc` and `argi`.
    pub args: Vec<String>,
}

impl Config {
    /// Default call-depth limit. Frames live on the VM's own stack, not the
    /// host's, so this bounds memory (each frame holds at most 256 registers).
    pub const DEFAULT_MAX_RECURSION: usize = 100_000;
}

impl Default for Config {
    fn default() -> Self {
        Config {
            max_recursion: Self::DEFAULT_MAX_RECURSION,
            memory: MemoryConfig::default(),
            gc_stress: false,
            args: Vec::new(),
        }
    }
}

/// A virtual machine instance: one module's state (registers, call stack,
/// memory, heap) plus where its output goes.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use vm::isa::{Instr, Reg};
/// let mut code = Vec::new();
/// Instr::MoviI64 { dst: Reg(0), imm: 7 }.encode(&mut code);
/// Instr::Ret { src: Reg(0) }.encode(&mut code);
/// let module = vm::Module::from_vvr(&code, "inline")?;
/// let mut vm = vm::Vm::new(&module, &vm::Config::default())?;
/// assert_eq!(vm.run()?, 7);
/// # Ok(()) }
/// ```
pub struct Vm<'o> {
    pub(crate) prog: Arc<Program>,
    pub(crate) regs: Vec<u64>,
    pub(crate) base: usize,
    pub(crate) top: usize,
    pub(crate) frames: Vec<Frame>,
    pub(crate) max_depth: usize,
    pub(crate) mem: Memory,
    pub(crate) gc: GcStats,
    pub(crate) gc_stress: bool,
    /// Heap bytes in use above which a failing allocation collects before growing.
    pub(crate) gc_threshold: u64,
    pub(crate) out: BufWriter<Box<dyn Write + 'o>>,
    /// Instruction index where the last run stopped.
    pub(crate) stopped_at: usize,
    pub(crate) args: Vec<String>,
}

impl<'o> Vm<'o> {
    /// A fresh instance of `module`, with output discarded until
    /// [`Vm::set_output`] is called.
    pub fn new(module: &Module, config: &Config) -> Result<Vm<'o>, LayoutError> {
        let prog = module.shared_program();
        let mem = Memory::new(&prog.data, &config.memory)?;
        let entry = &prog.functions[prog.entry];
        let top = usize::from(entry.nregs);
        Ok(Vm {
            regs: vec![0; top.max(256)],
            base: 0,
            top,
            frames: Vec::new(),
            max_depth: config.max_recursion,
            gc_threshold: mem.heap.size(),
            mem,
            gc: GcStats::default(),
            gc_stress: config.gc_stress,
            out: BufWriter::new(Box::new(std::io::sink())),
            stopped_at: entry.entry,
            args: config.args.clone(),
            prog,
        })
    }

    /// Sends program output to `out` (buffered; flushed when a run ends).
    pub fn set_output(&mut self, out: impl Write + 'o) {
        let _ = self.out.flush();
        self.out = BufWriter::new(Box::new(out));
    }

    /// Reads register `r` of the current window as `T`.
    #[inline(always)]
    pub(crate) fn get<T: RegValue>(&self, r: Reg) -> T {
        T::from_bits(self.regs[self.base + usize::from(r.0)])
    }

    /// Writes `v` to register `r` of the current window.
    #[inline(always)]
    pub(crate) fn set<T: RegValue>(&mut self, r: Reg, v: T) {
        self.regs[self.base + usize::from(r.0)] = v.to_bits();
    }

    /// Enters function `func` with its window starting at `base` of the current one.
    #[inline(always)]
    pub(crate) fn enter(&mut self, next: &mut usize, func: usize, base: Reg) -> Result<(), Break> {
        if self.frames.len() >= self.max_depth {
            return Err(trap(Trap::RecursionLimit {
                limit: self.max_depth,
            }));
        }
        let f = &self.prog.functions[func];
        let (entry, nregs) = (f.entry, usize::from(f.nregs));
        self.frames.push(Frame {
            ret: *next,
            base: self.base,
            top: self.top,
            sp: self.mem.sp(),
        });
        self.base += usize::from(base.0);
        self.top = self.base + nregs;
        if self.top > self.regs.len() {
            self.grow();
        }
        *next = entry;
        Ok(())
    }

    /// Leaves the current function; `None` when it was the entry function.
    #[inline(always)]
    pub(crate) fn leave(&mut self, next: &mut usize) -> Option<()> {
        let f = self.frames.pop()?;
        self.base = f.base;
        self.top = f.top;
        // Only ever moves sp back up to where it was: cannot fail.
        let _ = self.mem.set_sp(f.sp);
        *next = f.ret;
        Some(())
    }

    #[cold]
    #[inline(never)]
    fn grow(&mut self) {
        let len = self.top.max(self.regs.len() * 2);
        self.regs.resize(len, 0);
    }

    /// Allocates `size` heap bytes: collects when the heap would otherwise grow
    /// past the threshold (or always, under `gc_stress`), then grows up to the cap.
    pub(crate) fn alloc(&mut self, size: u64) -> Result<u64, Break> {
        if self.gc_stress {
            self.collect();
        }
        if let Some(a) = self.mem.heap.alloc(size) {
            return Ok(a);
        }
        let mut collected = self.gc_stress;
        if !collected && self.mem.heap.in_use() >= self.gc_threshold {
            self.collect();
            collected = true;
            if let Some(a) = self.mem.heap.alloc(size) {
                return Ok(a);
            }
        }
        loop {
            if self.mem.grow_heap(size) {
                if let Some(a) = self.mem.heap.alloc(size) {
                    return Ok(a);
                }
            } else if !collected {
                self.collect();
                collected = true;
                if let Some(a) = self.mem.heap.alloc(size) {
                    return Ok(a);
                }
            } else {
                return Err(trap(Trap::HeapExhausted {
                    requested: size,
                    cap: self.mem.max(),
                }));
            }
        }
    }

    /// Runs a garbage collection now.
    ///
    /// Policy: afterwards the heap is grown (within the cap) to about three
    /// times the live data, and the next collection is due when the heap is
    /// full again, so collection work stays proportional to allocation.
    pub fn collect(&mut self) {
        gc::collect(&self.regs[..self.top], &mut self.mem, &mut self.gc);
        let live = self.mem.heap.in_use();
        let size = self.mem.heap.size();
        if !self.gc_stress && live.saturating_mul(3) > size {
            // Best effort: at the cap we simply collect more often.
            let _ = self.mem.grow_heap(live * 3 - size);
        }
        self.gc_threshold = live.saturating_mul(2);
    }

    /// Runs the entry function to completion: the exit status given to `halt`,
    /// or to `ret` from the entry function, or the trap with its location.
    pub fn run(&mut self) -> Result<i32, TrapReport> {
        let prog = self.prog.clone();
        let entry = prog.functions[prog.entry].entry;
        let (at, why) = isa::run(self, &prog.code, entry);
        self.stopped_at = at;
        let flushed = self.out.flush();
        match why {
            Break::Halt(code) => match flushed {
                Ok(()) => Ok(code),
                Err(e) => Err(self.report(Trap::Output(e.to_string()), at)),
            },
            Break::Trap(t) => Err(self.report(t, at)),
        }
    }

    /// Heap occupancy now.
    pub fn heap_stats(&self) -> HeapStats {
        self.mem.heap.stats()
    }

    /// Garbage collector statistics so far.
    pub fn gc_stats(&self) -> GcStats {
        self.gc
    }

    /// The address space, for inspection.
    pub fn memory(&self) -> &Memory {
        &self.mem
    }

    /// The loaded program.
    pub fn program(&self) -> &Program {
        &self.prog
    }

    fn report(&self, trap: Trap, at: usize) -> TrapReport {
        // Outer frames resume after their call: the call itself is one instruction earlier.
        let backtrace = std::iter::once(self.frame_info(at))
            .chain(
                self.frames
                    .iter()
                    .rev()
                    .map(|f| self.frame_info(f.ret.saturating_sub(1))),
            )
            .collect();
        TrapReport {
            trap,
            file: self.prog.source.clone(),
            backtrace,
        }
    }

    pub(crate) fn frame_info(&self, idx: usize) -> FrameInfo {
        let pc = self.prog.pc_of(idx);
        let (function, start) = self
            .prog
            .function_at(idx)
            .map_or(("?".to_string(), 0), |f| (f.name.clone(), f.offset));
        FrameInfo {
            function,
            pc,
            offset: pc - start,
            line: self.prog.line_of(pc),
        }
    }
}

/// Wraps a trap for returning from a handler; kept out of line so the hot path stays small.
#[cold]
#[inline(never)]
pub(crate) fn trap(t: Trap) -> Break {
    Break::Trap(t)
}
