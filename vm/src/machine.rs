//! Execution state: the register file with Lua-style windows, the call stack,
//! the data segment and the output sink. The instruction semantics that operate
//! on it are in `handlers.rs`.

use crate::isa::{self, Reg};
use crate::loader::Program;
use crate::trap::{FrameInfo, Trap, TrapReport};
use std::io::{BufWriter, Write};

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

/// Why the dispatch loop stopped.
#[derive(Debug)]
pub(crate) enum Break {
    Halt(i32),
    Trap(Trap),
}

/// A suspended caller.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Frame {
    /// Instruction index to resume at.
    pub ret: usize,
    /// Caller's register window base.
    pub base: usize,
}

/// Limits that bound a run.
#[derive(Debug, Clone)]
pub struct Config {
    /// Maximum call depth; a deeper call traps with `recursion limit exceeded`.
    pub max_recursion: usize,
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
        }
    }
}

pub(crate) struct Machine<'a> {
    pub prog: &'a Program,
    pub regs: Vec<u64>,
    pub base: usize,
    pub frames: Vec<Frame>,
    pub max_depth: usize,
    pub data: Vec<u8>,
    pub out: BufWriter<&'a mut dyn Write>,
}

impl<'a> Machine<'a> {
    pub fn new(prog: &'a Program, config: &Config, out: &'a mut dyn Write) -> Self {
        let entry = &prog.functions[prog.entry];
        Machine {
            prog,
            regs: vec![0; usize::from(entry.nregs).max(256)],
            base: 0,
            frames: Vec::new(),
            max_depth: config.max_recursion,
            data: prog.data.clone(),
            out: BufWriter::new(out),
        }
    }

    /// Reads register `r` of the current window as `T`.
    #[inline(always)]
    pub fn get<T: RegValue>(&self, r: Reg) -> T {
        T::from_bits(self.regs[self.base + usize::from(r.0)])
    }

    /// Writes `v` to register `r` of the current window.
    #[inline(always)]
    pub fn set<T: RegValue>(&mut self, r: Reg, v: T) {
        self.regs[self.base + usize::from(r.0)] = v.to_bits();
    }

    /// Enters function `func` with its window starting at `base` of the current one.
    #[inline(always)]
    pub fn enter(&mut self, next: &mut usize, func: usize, base: Reg) -> Result<(), Break> {
        if self.frames.len() >= self.max_depth {
            return Err(trap(Trap::RecursionLimit {
                limit: self.max_depth,
            }));
        }
        let f = &self.prog.functions[func];
        self.frames.push(Frame {
            ret: *next,
            base: self.base,
        });
        self.base += usize::from(base.0);
        let need = self.base + usize::from(f.nregs);
        if need > self.regs.len() {
            self.grow(need);
        }
        *next = f.entry;
        Ok(())
    }

    #[cold]
    #[inline(never)]
    fn grow(&mut self, need: usize) {
        let len = need.max(self.regs.len() * 2);
        self.regs.resize(len, 0);
    }

    /// Runs the entry function to completion.
    pub fn run(&mut self) -> Result<i32, TrapReport> {
        let entry = self.prog.functions[self.prog.entry].entry;
        let prog = self.prog;
        let (at, why) = isa::run(self, &prog.code, entry);
        let flushed = self.out.flush();
        match why {
            Break::Halt(code) => match flushed {
                Ok(()) => Ok(code),
                Err(e) => Err(self.report(Trap::Output(e.to_string()), at)),
            },
            Break::Trap(t) => Err(self.report(t, at)),
        }
    }

    fn report(&self, trap: Trap, at: usize) -> TrapReport {
        let frame = |idx: usize| {
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
        };
        // Outer frames resume after their call: the call itself is one instruction earlier.
        let backtrace = std::iter::once(frame(at))
            .chain(
                self.frames
                    .iter()
                    .rev()
                    .map(|f| frame(f.ret.saturating_sub(1))),
            )
            .collect();
        TrapReport {
            trap,
            file: self.prog.source.clone(),
            backtrace,
        }
    }
}

/// Wraps a trap for returning from a handler; kept out of line so the hot path stays small.
#[cold]
#[inline(never)]
pub(crate) fn trap(t: Trap) -> Break {
    Break::Trap(t)
}
