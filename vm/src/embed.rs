//! The embedding API beyond [`Vm::run`]: calling bytecode functions by name,
//! checked access to VM memory and the heap, and loading modules from files.

use crate::host::HostValue;
use crate::machine::{Break, Frame, Vm};
use crate::trap::{Trap, TrapReport};
use crate::{LoadError, Module};
use std::fmt;
use std::path::Path;

/// Why [`Vm::call`] did not return a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CallError {
    /// The module has no function of that name.
    NoSuchFunction(String),
    /// More arguments than the function has registers.
    TooManyArguments {
        /// The function.
        function: String,
        /// Its register count.
        nregs: u16,
        /// Arguments given.
        given: usize,
    },
    /// The function ran `halt` with this exit status instead of returning.
    Halted(i32),
    /// The function trapped; the backtrace covers the frames of this call.
    Trap(TrapReport),
}

impl fmt::Display for CallError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CallError::NoSuchFunction(n) => write!(f, "the module has no function `{n}`"),
            CallError::TooManyArguments {
                function,
                nregs,
                given,
            } => write!(
                f,
                "{given} arguments for function `{function}`, which has {nregs} registers"
            ),
            CallError::Halted(code) => write!(f, "the program halted with exit status {code}"),
            CallError::Trap(r) => write!(f, "{r}"),
        }
    }
}

impl std::error::Error for CallError {}

impl From<TrapReport> for CallError {
    fn from(r: TrapReport) -> Self {
        CallError::Trap(r)
    }
}

impl Module {
    /// Loads a module file: `.vvr` raw code by extension, otherwise `.vve`.
    /// (Assembly source needs the `asm` crate: `asm::assemble` then
    /// [`Module::from_image`].)
    pub fn from_file(path: impl AsRef<Path>) -> Result<Module, LoadError> {
        let path = path.as_ref();
        let bytes = std::fs::read(path).map_err(|e| LoadError::Io {
            path: path.display().to_string(),
            message: e.to_string(),
        })?;
        if path.extension().is_some_and(|e| e == "vvr") {
            Module::from_vvr(&bytes, &path.display().to_string())
        } else {
            Module::from_vve(&bytes)
        }
    }

    /// The names in the module's import table (what it needs from its host).
    pub fn imports(&self) -> &[String] {
        &self.program().imports
    }
}

impl<'o> Vm<'o> {
    /// Calls the bytecode function `name` with `args` in its registers `r0`,
    /// `r1`, ... and runs it until it returns; the result is what its `ret`
    /// returned. Arguments and result are register bits: convert with
    /// [`crate::RegValue`] (`RegValue::to_bits(-1i32)`, `2.5f64.to_bits()`,
    /// `f64::from_bits(r)`). Registers not given start at 0.
    ///
    /// The call runs on top of whatever the VM is doing, so a host function
    /// may call back into bytecode ([`crate::HostContext::call`]). Memory and
    /// the heap persist between calls. Output and error output are flushed
    /// when the outermost call returns.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use vm::isa::{Instr, Reg};
    /// let mut code = Vec::new(); // main: ret r0; (r0 = r0 * r0)
    /// Instr::MulI64 { dst: Reg(0), a: Reg(0), b: Reg(0) }.encode(&mut code);
    /// Instr::Ret { src: Reg(0) }.encode(&mut code);
    /// let module = vm::Module::from_vvr(&code, "square")?;
    /// let mut vm = vm::Vm::new(&module, &vm::Config::default())?;
    /// assert_eq!(vm.call("main", &[12])?, 144);
    /// assert_eq!(vm.call("main", &[vm::RegValue::to_bits(-3i64)])?, 9);
    /// # Ok(()) }
    /// ```
    pub fn call(&mut self, name: &str, args: &[u64]) -> Result<u64, CallError> {
        let func = self
            .prog
            .function(name)
            .ok_or_else(|| CallError::NoSuchFunction(name.to_string()))?;
        self.call_index(func, args)
    }

    /// [`Vm::call`] by function-table index.
    pub fn call_index(&mut self, func: usize, args: &[u64]) -> Result<u64, CallError> {
        let prog = self.prog.clone();
        let Some(f) = prog.functions.get(func) else {
            return Err(CallError::NoSuchFunction(format!("#{func}")));
        };
        let nregs = usize::from(f.nregs);
        if args.len() > nregs {
            return Err(CallError::TooManyArguments {
                function: f.name.clone(),
                nregs: f.nregs,
                given: args.len(),
            });
        }
        let depth = self.frames.len();
        if depth >= self.max_depth {
            let t = Trap::RecursionLimit {
                limit: self.max_depth,
            };
            return Err(CallError::Trap(self.report_from(t, f.entry, depth)));
        }
        // The frame and the callee's window are charged to the memory cap.
        let base = self.top;
        if let Err(t) = self
            .reserve_frames(depth + 1)
            .and_then(|()| self.reserve_regs(base + nregs))
        {
            return Err(CallError::Trap(self.report_from(t, f.entry, depth)));
        }
        // A frame whose return address is one past the last instruction: the
        // callee's `ret` restores this window and lands there, which
        // `pc_out_of_bounds` reports as `Break::Return`.
        self.frames.push(Frame {
            ret: prog.code.len(),
            base: self.base,
            top: self.top,
            sp: self.mem.sp(),
        });
        self.base = base;
        self.top = base + nregs;
        self.regs[base..self.top].fill(0);
        self.regs[base..base + args.len()].copy_from_slice(args);
        self.sync_window();
        self.host_calls += 1;
        // Where a stopped run would resume (`Vm::resume`) is not this call's business.
        let resume_at = self.stopped_at;
        // A `longjmp` cannot leave this call: jump points below it are out of reach.
        let floor = std::mem::replace(&mut self.jumps.floor, depth + 1);
        let (at, why) = self.execute(f.entry);
        self.jumps.floor = floor;
        self.host_calls -= 1;
        self.stopped_at = resume_at;
        let result = match why {
            Break::Return => Ok(self.regs[base]),
            Break::Halt(code) => Err(CallError::Halted(code)),
            Break::Trap(t) => Err(CallError::Trap(self.report_from(t, at, depth + 1))),
            Break::OutOfFuel | Break::Rejoin | Break::Switch => {
                unreachable!("`execute` refuels, rejoins and switches")
            }
        };
        if result.is_err() {
            // A trap in another thread: the frames to drop are the caller's.
            self.back_to_main();
            // Drop the frames of this call and restore the caller's window.
            let f = self.frames[depth];
            self.frames.truncate(depth);
            self.jumps.drop_deeper(depth);
            self.base = f.base;
            self.top = f.top;
            self.sync_window();
            let _ = self.mem.set_sp(f.sp);
        }
        if self.host_calls == 0 {
            if let Err(e) = self.flush_outputs() {
                if result.is_ok() {
                    let t = Trap::Output(e.to_string());
                    return Err(CallError::Trap(self.report_from(t, at, depth)));
                }
            }
        }
        result
    }

    /// Flushes buffered program output and error output.
    pub fn flush(&mut self) -> std::io::Result<()> {
        self.flush_outputs()
    }

    /// The bytes at `addr..addr+len` of VM memory.
    pub fn read_bytes(&self, addr: u64, len: u64) -> Result<&[u8], Trap> {
        self.mem
            .slice(addr, len)
            .ok_or(Trap::OutOfBounds { addr, size: len })
    }

    /// Copies `bytes` into VM memory at `addr` (nothing is written unless all fit).
    pub fn write_bytes(&mut self, addr: u64, bytes: &[u8]) -> Result<(), Trap> {
        let len = bytes.len() as u64;
        let dst = self
            .mem
            .slice_mut(addr, len)
            .ok_or(Trap::OutOfBounds { addr, size: len })?;
        dst.copy_from_slice(bytes);
        Ok(())
    }

    /// Reads a little-endian `T` at `addr`.
    pub fn read<T: HostValue>(&self, addr: u64) -> Result<T, Trap> {
        self.read_bytes(addr, T::SIZE as u64).map(T::from_le_slice)
    }

    /// Writes `v` little-endian at `addr`.
    pub fn write<T: HostValue>(&mut self, addr: u64, v: T) -> Result<(), Trap> {
        let mut b = Vec::with_capacity(8);
        v.write_le(&mut b);
        self.write_bytes(addr, &b)
    }

    /// The NUL-terminated string at `addr`, without its NUL. Fails if `addr`
    /// is outside memory or no NUL follows before the end of memory.
    pub fn read_c_str(&self, addr: u64) -> Result<&[u8], Trap> {
        let s = self
            .mem
            .c_str(addr)
            .ok_or(Trap::OutOfBounds { addr, size: 1 })?;
        if addr + s.len() as u64 >= self.mem.len() {
            // No NUL before the end: the terminator would be out of bounds.
            return Err(Trap::OutOfBounds {
                addr: self.mem.len(),
                size: 1,
            });
        }
        Ok(s)
    }

    /// Allocates `size` bytes on the VM heap for the host. The block is a
    /// garbage-collection root until [`Vm::heap_free`] or [`Vm::unpin`], so it
    /// survives collections even while no register points at it.
    pub fn heap_alloc(&mut self, size: u64) -> Result<u64, Trap> {
        match self.alloc(size) {
            Ok(a) => {
                self.pinned.push(a);
                Ok(a)
            }
            Err(Break::Trap(t)) => Err(t),
            Err(_) => Err(Trap::HeapExhausted {
                requested: size,
                in_use: self.mem.in_use(),
                cap: self.mem.max(),
            }),
        }
    }

    /// Copies `s` plus a NUL byte to a new pinned heap block (see
    /// [`Vm::heap_alloc`]); returns its address.
    pub fn alloc_c_str(&mut self, s: &[u8]) -> Result<u64, Trap> {
        let a = self.heap_alloc(s.len() as u64 + 1)?;
        self.write_bytes(a, s)?;
        self.write_bytes(a + s.len() as u64, &[0])?;
        Ok(a)
    }

    /// Frees a heap block (one from [`Vm::heap_alloc`] or from the program).
    pub fn heap_free(&mut self, addr: u64) -> Result<(), Trap> {
        self.unpin(addr);
        match self.free_block(addr) {
            Ok(()) => Ok(()),
            Err(Break::Trap(t)) => Err(t),
            Err(_) => Err(Trap::Heap(crate::heap::HeapError::InvalidFree { addr })),
        }
    }

    /// Stops treating a block from [`Vm::heap_alloc`] as a root, leaving it to
    /// the garbage collector. Returns whether it was pinned.
    pub fn unpin(&mut self, addr: u64) -> bool {
        match self.pinned.iter().position(|&a| a == addr) {
            Some(i) => {
                self.pinned.swap_remove(i);
                true
            }
            None => false,
        }
    }

    /// The address of byte `offset` of the data segment (what `lea sym` gives
    /// for a symbol at that offset).
    pub fn data_address(&self, offset: u64) -> u64 {
        self.mem.data_range().0 + offset
    }
}
