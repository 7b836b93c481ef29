//! Execution state: the register file with Lua-style windows, the call stack,
//! the address space (data, stack, heap) and the output sink. The instruction
//! semantics that operate on it are in `handlers.rs`.

use crate::gc::{self, GcStats};
use crate::heap::HeapStats;
use crate::heapcheck::{Checker, HeapChecker};
use crate::host::{Host, Import, InstantiateError};
use crate::isa::{self, Reg};
use crate::loader::Program;
use crate::memory::{LayoutError, Memory, MemoryConfig};
use crate::trap::{FrameInfo, Trap, TrapReport};
use crate::Module;
use std::io::{BufWriter, Write};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};

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
    /// The function [`Vm::call`] called returned to the host (its result is in
    /// the register window it was called with).
    Return,
    /// Internal, never returned by a public method: the step counter's current
    /// chunk ran out before the instruction at the stop ran. The VM takes the
    /// next chunk (or reports the step limit or an interrupt) and continues
    /// there. Stopping instead of refuelling in place keeps the refuel call,
    /// and the registers it would make the handler save, out of every
    /// control-flow instruction.
    #[doc(hidden)]
    OutOfFuel,
    /// Internal, never returned by a public method: a function that ran
    /// `setjmp` returned (see `jump.rs`); the VM forgets its jump points and
    /// continues at its real return address.
    #[doc(hidden)]
    Rejoin,
    /// Internal, never returned by a public method: the running thread gave
    /// up the VM (it yielded, waits, ended or its time slice is over; see
    /// `threads.rs`). The run loop lets the next thread run.
    #[doc(hidden)]
    Switch,
}

/// A suspended caller.
///
/// `repr(C)` with `base` and `top` apart on purpose: `Vm` keeps them side by
/// side, and with them side by side here too LLVM copies both with one 16-byte
/// load in `ret`. That load spans the two 8-byte stores `call` just made, which
/// store-to-load forwarding cannot serve, and every quick return (a leaf call)
/// stalled on it.
#[derive(Debug, Clone, Copy)]
#[repr(C)]
pub(crate) struct Frame {
    /// Instruction index to resume at.
    pub ret: usize,
    /// Caller's register window base.
    pub base: usize,
    /// Stack pointer at the call, restored by `ret`.
    pub sp: u64,
    /// Caller's window end (base + register count).
    pub top: usize,
}

/// The pointer to the current register window, `regs[base..]` (see `Vm::win`).
///
/// A newtype only so that it can be `Send`, which makes [`Vm`] `Send` while
/// every other field still has to earn it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub(crate) struct Window(pub(crate) *mut u64);

// SAFETY: the pointer only ever points into the heap buffer of the owning
// `Vm`'s own `regs` vector (`sync_window` sets it from `regs.as_mut_ptr()`), so
// it moves to another thread together with the one value that owns what it
// points at, exactly as the `Vec` itself does; nothing else holds it. It is not
// `Sync`: a `&Vm` shared between threads gives no access through it (only
// `&mut Vm` writes through it).
unsafe impl Send for Window {}

/// A view of the current register window: what [`Vm`] reads and writes
/// registers through, and the receiver of the register-only instructions
/// ([`isa::RegHandler`]), which threaded dispatch builds from the window it
/// carries so that those handlers never touch the machine itself.
pub struct Regs(pub(crate) *mut u64);

impl Regs {
    /// Reads register `r` as `T`.
    #[inline(always)]
    pub(crate) fn get<T: RegValue>(&self, r: Reg) -> T {
        // SAFETY: the pointer is the VM's current window: `win`, which points
        // at `regs[base]` (`sync_window` runs whenever either changes), or
        // what `Handler::regs`'s caller promises is it. The verifier proved
        // `r < nregs` for the function containing every instruction
        // (verify.rs rule 3); instructions only run in their own function's
        // window; `enter` (and the initial frame) allocate `base + nregs`
        // registers before a window is used, and `regs` never shrinks. So
        // `base + r < regs.len()`.
        T::from_bits(unsafe { *self.0.add(usize::from(r.0)) })
    }

    /// Writes `v` to register `r`.
    #[inline(always)]
    pub(crate) fn set<T: RegValue>(&mut self, r: Reg, v: T) {
        // SAFETY: as in `get`.
        unsafe { *self.0.add(usize::from(r.0)) = v.to_bits() }
    }
}

/// The trap of a bad `free`, out of line, so that building it stays off the
/// instruction's common path.
#[cold]
#[inline(never)]
fn heap_trap(e: crate::heap::HeapError) -> Break {
    trap(Trap::Heap(e))
}

/// How the dispatch loop runs instructions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Dispatch {
    /// [`Dispatch::Threaded`] in optimised builds, [`Dispatch::Loop`] otherwise.
    #[default]
    Auto,
    /// One `match` over the instruction in a loop ([`isa::run`]).
    Loop,
    /// Threaded code: each instruction jumps to the next through a tail call
    /// ([`isa::run_threaded`]). Needs an optimised build: without optimisation
    /// the tail calls are real calls and a long run exhausts the host stack.
    Threaded,
}

impl Dispatch {
    fn threaded(self) -> bool {
        match self {
            Dispatch::Auto => !cfg!(debug_assertions),
            Dispatch::Loop => false,
            Dispatch::Threaded => true,
        }
    }
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
    /// Dispatch strategy.
    pub dispatch: Dispatch,
    /// Step limit: the most basic blocks (control-flow instructions: branches,
    /// jumps, calls, returns) a run may execute before trapping with
    /// `step limit reached`; [`Vm::resume`] continues with more. `None`: no limit.
    pub max_steps: Option<u64>,
    /// Most bytes the program may write to its output and error output
    /// together (one budget for both); more traps with an output error.
    /// `None`: no limit.
    pub max_output: Option<u64>,
    /// The heap checker (`--check-heap`, see [`crate::heapcheck`]): red
    /// zones around heap blocks, a quarantine for freed ones and a checked
    /// `free`, so that heap overflows, uses after free, double frees and
    /// frees of pointers `alloc` did not return trap, naming where the block
    /// was allocated (and freed). Runs every instruction through the
    /// observed dispatch loop; off by default, and then costs nothing.
    pub check_heap: bool,
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
            dispatch: Dispatch::Auto,
            max_steps: None,
            max_output: None,
            check_heap: false,
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
    /// `regs[base..]` as a pointer: what [`Vm::get`] and [`Vm::set`] index.
    /// [`Vm::sync_window`] recomputes it whenever `base` changes or `regs`
    /// moves; threaded dispatch carries it in a machine register
    /// (`Handler::window`).
    pub(crate) win: Window,
    pub(crate) frames: Vec<Frame>,
    pub(crate) max_depth: usize,
    pub(crate) mem: Memory,
    pub(crate) gc: GcStats,
    /// The collector and its mark stack.
    pub(crate) collector: gc::Collector,
    pub(crate) gc_stress: bool,
    /// Heap bytes in use above which a failing allocation collects before growing.
    pub(crate) gc_threshold: u64,
    pub(crate) out: BufWriter<Box<dyn Write + Send + 'o>>,
    /// The error output (C's `stderr`), buffered and flushed like `out`.
    pub(crate) err: BufWriter<Box<dyn Write + Send + 'o>>,
    /// Instruction index where the last run stopped.
    pub(crate) stopped_at: usize,
    pub(crate) args: Vec<String>,
    /// The module's threaded code (built on first use, shared by its instances).
    threaded_code: Arc<ThreadedCode>,
    /// Where and why threaded dispatch stopped.
    pub(crate) stopped: Option<(usize, Break)>,
    threaded: bool,
    /// Steps left before the next refuel (see [`Vm::step_budget`]).
    pub(crate) fuel: u64,
    /// Steps left beyond `fuel`; `None`: unlimited.
    budget: Option<u64>,
    max_steps: Option<u64>,
    interrupt: Option<Arc<AtomicBool>>,
    /// Bytes left of [`Config::max_output`], shared by both outputs.
    output_left: Option<Arc<AtomicU64>>,
    /// The last run stopped at a step limit or interrupt and can resume.
    resumable: bool,
    /// The module's imports, resolved against the host (indexed by `hcall`).
    pub(crate) imports: Arc<[Import]>,
    /// Nesting depth of [`Vm::call`]s in progress.
    pub(crate) host_calls: usize,
    /// Threaded code is running: a nested run, from a host function calling
    /// back into bytecode, uses the match loop (whose stops need no
    /// `stopped` slot of their own).
    threading: bool,
    /// Heap blocks the host allocated and has not released: GC roots.
    pub(crate) pinned: Vec<u64>,
    /// Live `setjmp` jump points.
    pub(crate) jumps: crate::jump::Jumps,
    /// The heap checker's state, when [`Config::check_heap`] is on.
    pub(crate) check: Option<Box<HeapChecker>>,
    /// `jmpr` targets already checked ([`JUMP_CACHE`] slots by code
    /// offset; empty until the first `jmpr`): an interpreter written in C
    /// with computed gotos jumps through a few hundred labels millions of
    /// times, and two binary searches per jump cost it a fifth of its time.
    pub(crate) jump_cache: Vec<JumpEntry>,
    /// The threads that are not running, and the running one's id and
    /// thread pointer (see `threads.rs`).
    pub(crate) threads: crate::threads::Threads,
}

/// Slots of [`Vm::jump_cache`] (a power of two).
pub(crate) const JUMP_CACHE: usize = 1024;

/// A checked `jmpr` target: code offset `pc` is instruction `idx`, of the
/// function whose instructions are `entry..end`. The default entry has an
/// empty range, so it matches no jump.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct JumpEntry {
    pub(crate) pc: u32,
    pub(crate) idx: u32,
    pub(crate) entry: u32,
    pub(crate) end: u32,
}

impl<'o> Vm<'o> {
    /// A fresh instance of `module` with no host functions, with output
    /// discarded until [`Vm::set_output`] is called. Fails if the memory
    /// configuration cannot be laid out, or if the module imports functions
    /// (use [`Vm::with_host`] for those).
    pub fn new(module: &Module, config: &Config) -> Result<Vm<'o>, InstantiateError> {
        Self::with_host(module, config, &Host::new())
    }

    /// A fresh instance of `module` whose `hcall`s call the functions of
    /// `host`. Every import of the module must name a function of `host` and
    /// fit its caller's registers; otherwise this fails with an error naming
    /// each problem, before anything runs.
    pub fn with_host(
        module: &Module,
        config: &Config,
        host: &Host,
    ) -> Result<Vm<'o>, InstantiateError> {
        let imports = host.link(module.program())?;
        let mut vm = Self::instantiate(module, config)?;
        vm.imports = imports;
        Ok(vm)
    }

    fn instantiate(module: &Module, config: &Config) -> Result<Vm<'o>, LayoutError> {
        let prog = module.shared_program();
        let mut mem = Memory::with_zeros(&prog.data, prog.bss, &config.memory)?;
        if config.check_heap {
            mem.heap.start_checking(crate::heapcheck::UNALLOCATED);
            if mem.in_use() > mem.max() {
                return Err(LayoutError(format!(
                    "the heap checker's shadow map ({} bytes) does not fit under --max-memory ({} bytes in use of {})",
                    mem.heap.shadow.capacity(),
                    mem.in_use(),
                    mem.max()
                )));
            }
        }
        let entry = &prog.functions[prog.entry];
        let top = usize::from(entry.nregs);
        let nregs = top.max(256);
        mem.charge(8 * nregs as u64, || "the register file".into())
            .map_err(|t| LayoutError(t.to_string()))?;
        let mut regs = vec![0; nregs];
        let mut vm = Vm {
            win: Window(regs.as_mut_ptr()),
            regs,
            base: 0,
            top,
            frames: Vec::new(),
            max_depth: config.max_recursion,
            gc_threshold: mem.heap.size(),
            mem,
            gc: GcStats::default(),
            collector: gc::Collector::new(),
            gc_stress: config.gc_stress,
            out: BufWriter::new(Box::new(std::io::sink())),
            err: BufWriter::new(Box::new(std::io::sink())),
            stopped_at: entry.entry,
            args: config.args.clone(),
            threaded_code: module.threaded_code(),
            stopped: None,
            threaded: config.dispatch.threaded(),
            fuel: 0,
            budget: config.max_steps,
            max_steps: config.max_steps,
            interrupt: None,
            output_left: config.max_output.map(|n| Arc::new(AtomicU64::new(n))),
            resumable: false,
            imports: Arc::from(Vec::new()),
            host_calls: 0,
            threading: false,
            pinned: Vec::new(),
            jumps: Default::default(),
            check: config.check_heap.then(|| Box::new(HeapChecker::new())),
            jump_cache: Vec::new(),
            threads: Default::default(),
            prog,
        };
        vm.err = vm.limited(std::io::stderr());
        Ok(vm)
    }

    /// Sends program output to `out` (buffered; flushed when a run ends),
    /// subject to [`Config::max_output`].
    pub fn set_output(&mut self, out: impl Write + Send + 'o) {
        let _ = self.out.flush();
        self.out = self.limited(out);
    }

    /// Sends the program's error output (what host functions write to
    /// [`HostContext::error_output`](crate::HostContext::error_output): C's
    /// `stderr`) to `err`: buffered and flushed at the same points as the
    /// output, and counted against the same [`Config::max_output`] budget.
    /// The default is the process's standard error.
    pub fn set_error_output(&mut self, err: impl Write + Send + 'o) {
        let _ = self.err.flush();
        self.err = self.limited(err);
    }

    /// `w`, buffered, and cut off at [`Config::max_output`] bytes counted
    /// across both outputs.
    fn limited(&self, w: impl Write + Send + 'o) -> BufWriter<Box<dyn Write + Send + 'o>> {
        match &self.output_left {
            Some(left) => BufWriter::new(Box::new(Limited {
                inner: w,
                left: left.clone(),
            })),
            None => BufWriter::new(Box::new(w)),
        }
    }

    /// Flushes the output, then the error output; the first error, if any.
    pub(crate) fn flush_outputs(&mut self) -> std::io::Result<()> {
        let out = self.out.flush();
        let err = self.err.flush();
        out.and(err)
    }

    /// A handle that interrupts this VM from another thread: the run traps with
    /// `interrupted` at the next basic block (within a few thousand blocks).
    /// Asking for it turns step counting on for this VM.
    pub fn interrupt_handle(&mut self) -> InterruptHandle {
        let flag = self
            .interrupt
            .get_or_insert_with(|| Arc::new(AtomicBool::new(false)));
        InterruptHandle(flag.clone())
    }

    /// Gives the runs and calls from now on `steps` steps in all, whatever
    /// earlier ones used (`None`: no limit): how an embedder gives each call
    /// of a script function a budget of its own. Turns step counting on when
    /// given a limit, as [`Config::max_steps`] does.
    pub fn set_step_budget(&mut self, steps: Option<u64>) {
        self.max_steps = steps;
        self.budget = steps;
        self.fuel = 0;
    }

    /// Steps left under [`Config::max_steps`] (`None` when unlimited).
    pub fn step_budget(&self) -> Option<u64> {
        self.budget.map(|b| b + self.fuel)
    }

    /// Continues a run that stopped with `step limit reached` or `interrupted`,
    /// with `more_steps` added to the budget, from the instruction it stopped at.
    pub fn resume(&mut self, more_steps: u64) -> Result<i32, TrapReport> {
        if !self.resumable {
            return Err(self.report(Trap::NotResumable, self.stopped_at));
        }
        if let Some(b) = &mut self.budget {
            *b = b.saturating_add(more_steps);
        }
        let at = self.stopped_at;
        self.finish(at)
    }

    /// Runs the entry function like [`Vm::run`], with `observer` watching every
    /// instruction (see [`crate::observe`]). Steps are counted as usual.
    pub fn run_observed<O: isa::Observer<Vm<'o>>>(
        &mut self,
        observer: &mut O,
    ) -> Result<i32, TrapReport> {
        let prog = self.prog.clone();
        let entry = prog.functions[prog.entry].entry;
        // The observer's tables count against the memory cap while it runs.
        let held = observer.memory();
        if let Err(t) = self
            .mem
            .charge(held, || "holding the tracer's or profiler's tables".into())
        {
            return self.conclude(entry, trap(t));
        }
        let checking = self.check.is_some();
        self.threads.depth += 1;
        let mut pc = entry;
        let (at, why) = loop {
            let stop = self.fuelled(pc, |vm, pc| {
                if checking {
                    isa::run_observed(vm, &mut Checker(&mut *observer), &prog.code, pc)
                } else {
                    isa::run_observed(vm, observer, &prog.code, pc)
                }
            });
            match stop {
                (at, Break::Switch) => match self.reschedule(at) {
                    Ok(next) => pc = next,
                    Err(stop) => break stop,
                },
                stop => break stop,
            }
        };
        self.threads.depth -= 1;
        self.mem.release(held);
        self.conclude(at, why)
    }

    fn counting(&self) -> bool {
        // With several threads, steps measure their time slices.
        self.max_steps.is_some() || self.interrupt.is_some() || self.threads.live > 1
    }

    /// Charges one step: a decrement and a branch. When the current chunk is
    /// used up it stops the dispatch with [`Break::OutOfFuel`], and
    /// [`Vm::fuelled`] refuels and continues at the same instruction.
    #[inline(always)]
    pub(crate) fn charge(&mut self) -> Result<(), Break> {
        match self.fuel.checked_sub(1) {
            Some(f) => {
                self.fuel = f;
                Ok(())
            }
            None => Err(Break::OutOfFuel),
        }
    }

    /// Charges the steps for `bytes` of work (one per [`isa::WORK_UNIT`]
    /// bytes, rounded down) when steps are counted; see [`isa::Work`]. When
    /// the budget cannot pay, traps with `step limit reached` and takes
    /// nothing, so that the instruction, which has had no effect yet, can be
    /// resumed. An interrupt pending is taken here too, so a loop of bulk
    /// operations stops as promptly as any other.
    #[inline]
    pub(crate) fn charge_work(&mut self, bytes: u64) -> Result<(), Break> {
        let steps = bytes / isa::WORK_UNIT;
        match self.fuel.checked_sub(steps) {
            Some(f) => {
                self.fuel = f;
                Ok(())
            }
            None => self.charge_work_slow(steps),
        }
    }

    #[cold]
    #[inline(never)]
    fn charge_work_slow(&mut self, steps: u64) -> Result<(), Break> {
        if !self.counting() {
            return Ok(());
        }
        if let Some(flag) = &self.interrupt {
            if flag.swap(false, Ordering::Relaxed) {
                return Err(trap(Trap::Interrupted));
            }
        }
        let need = steps - self.fuel;
        match &mut self.budget {
            // Counting for interrupts only: the next block refuels and looks
            // at the flag again.
            None => {}
            Some(b) if *b >= need => *b -= need,
            Some(_) => {
                return Err(trap(Trap::StepLimit {
                    limit: self.max_steps.unwrap_or(0),
                }))
            }
        }
        self.fuel = 0;
        Ok(())
    }

    /// The most bytes of work the step budget can still pay for (`usize::MAX`
    /// without a limit): scans whose length only the data decides look no
    /// further, and stop with [`Vm::over_budget`] instead, so that one scan
    /// takes no longer than the budget allows whatever the size of memory.
    #[inline]
    pub(crate) fn work_limit(&self) -> usize {
        match self.budget {
            Some(b) => usize::try_from(
                b.saturating_add(self.fuel)
                    .saturating_add(1)
                    .saturating_mul(isa::WORK_UNIT),
            )
            .unwrap_or(usize::MAX),
            None => usize::MAX,
        }
    }

    /// The trap of a scan that reached [`Vm::work_limit`]: the step limit,
    /// with nothing done (it resumes at the instruction).
    #[cold]
    pub(crate) fn over_budget(&self) -> Break {
        trap(Trap::StepLimit {
            limit: self.max_steps.unwrap_or(0),
        })
    }

    /// Takes the steps for `bytes` of work already done by an instruction
    /// that cannot trap: as many as are left if not all, and then the next
    /// basic block stops with `step limit reached`.
    pub(crate) fn debit_work(&mut self, bytes: u64) {
        let steps = bytes / isa::WORK_UNIT;
        if steps <= self.fuel {
            self.fuel -= steps;
        } else if self.counting() {
            // The next block refuels: it stops there if the budget is spent
            // (or an interrupt is pending).
            let need = steps - self.fuel;
            self.fuel = 0;
            if let Some(b) = &mut self.budget {
                *b = b.saturating_sub(need);
            }
        }
    }

    /// Steps are counted and none are left.
    fn out_of_steps(&self) -> bool {
        self.counting() && self.fuel == 0 && self.budget == Some(0)
    }

    /// Runs `dispatch` from instruction `pc`, refuelling each time it stops
    /// with [`Break::OutOfFuel`]; returns where and why it stopped otherwise.
    fn fuelled(
        &mut self,
        mut pc: usize,
        mut dispatch: impl FnMut(&mut Self, usize) -> (usize, Break),
    ) -> (usize, Break) {
        loop {
            match dispatch(self, pc) {
                (at, Break::OutOfFuel) => match self.refuel() {
                    Ok(()) => match self.preempt(at) {
                        Some(why) => return (at, why),
                        None => pc = at,
                    },
                    Err(why) => return (at, why),
                },
                (_, Break::Rejoin) => pc = self.rejoin(),
                stop => return stop,
            }
        }
    }

    /// The first thread was started: steps are counted from now on, and the
    /// running thread gets a whole time slice first (without a budget,
    /// nothing had filled the fuel).
    pub(crate) fn start_time_slices(&mut self) {
        if self.max_steps.is_none() && self.interrupt.is_none() {
            self.fuel = crate::threads::TIME_SLICE;
        }
    }

    /// Takes the next chunk of steps from the budget, unless the budget is
    /// spent or the interrupt flag is set.
    #[cold]
    #[inline(never)]
    fn refuel(&mut self) -> Result<(), Break> {
        // How often (in steps) the interrupt flag is looked at, and the
        // length of a thread's turn.
        const CHUNK: u64 = crate::threads::TIME_SLICE;
        if let Some(flag) = &self.interrupt {
            if flag.swap(false, Ordering::Relaxed) {
                return Err(trap(Trap::Interrupted));
            }
        }
        let take = match &mut self.budget {
            None => CHUNK,
            Some(0) => {
                return Err(trap(Trap::StepLimit {
                    limit: self.max_steps.unwrap_or(0),
                }))
            }
            Some(b) => {
                let t = (*b).min(CHUNK);
                *b -= t;
                t
            }
        };
        // The instruction that ran out charges its step again when it reruns.
        self.fuel = take;
        Ok(())
    }

    /// Reads register `r` of the current window as `T`.
    #[inline(always)]
    pub(crate) fn get<T: RegValue>(&self, r: Reg) -> T {
        debug_assert!(self.base + usize::from(r.0) < self.regs.len());
        debug_assert_eq!(
            self.win.0,
            self.regs.as_ptr().wrapping_add(self.base).cast_mut()
        );
        Regs(self.win.0).get(r)
    }

    /// Points `win` at `regs[base]` again, after `base` changed or `regs` grew.
    #[inline(always)]
    pub(crate) fn sync_window(&mut self) {
        debug_assert!(self.base < self.regs.len());
        self.win = Window(self.regs.as_mut_ptr().wrapping_add(self.base));
    }

    /// Writes `v` to register `r` of the current window.
    #[inline(always)]
    pub(crate) fn set<T: RegValue>(&mut self, r: Reg, v: T) {
        debug_assert!(self.base + usize::from(r.0) < self.regs.len());
        debug_assert_eq!(
            self.win.0,
            self.regs.as_ptr().wrapping_add(self.base).cast_mut()
        );
        Regs(self.win.0).set(r, v)
    }

    /// Enters function `func` with its window starting at `base` of the current one.
    #[inline(always)]
    pub(crate) fn enter(&mut self, next: &mut usize, func: usize, base: Reg) -> Result<(), Break> {
        let depth = self.frames.len();
        let f = &self.prog.functions[func];
        let (entry, nregs) = (f.entry, usize::from(f.nregs));
        let new_base = self.base + usize::from(base.0);
        // Everything unusual (the recursion limit, growing the frame stack
        // or the register file) is one out-of-line call that does the whole
        // entry and returns the callee's entry, so the common path shares no
        // code with it. (Two tests: joined with `||` they became a flag
        // computed and tested again.)
        if depth >= self.max_depth {
            *next = self.enter_slow(*next, func, base)?;
            return Ok(());
        }
        if depth == self.frames.capacity() || new_base + nregs > self.regs.len() {
            *next = self.enter_slow(*next, func, base)?;
            return Ok(());
        }
        self.push_frame(*next, new_base, nregs);
        *next = entry;
        Ok(())
    }

    /// [`Vm::enter`] at the recursion limit or when the frame stack or the
    /// register file must grow first: both are charged against the memory
    /// cap, and a call they do not fit under traps with `memory limit`
    /// before anything changes.
    #[cold]
    #[inline(never)]
    fn enter_slow(&mut self, ret: usize, func: usize, base: Reg) -> Result<usize, Break> {
        if self.frames.len() >= self.max_depth {
            return Err(trap(Trap::RecursionLimit {
                limit: self.max_depth,
            }));
        }
        let f = &self.prog.functions[func];
        let (entry, nregs) = (f.entry, usize::from(f.nregs));
        let new_base = self.base + usize::from(base.0);
        self.reserve_frames(self.frames.len() + 1).map_err(trap)?;
        self.reserve_regs(new_base + nregs).map_err(trap)?;
        self.push_frame(ret, new_base, nregs);
        Ok(entry)
    }

    /// Saves the caller's frame (resuming at `ret`) and makes the window of
    /// `nregs` registers at `new_base` current; the frame stack has room.
    /// (The frame is built here from the machine's fields: passing one built
    /// on the stack made the push copy it with loads that straddle its
    /// stores, which stalls store-to-load forwarding: fib ran 1.8x slower.)
    #[inline(always)]
    fn push_frame(&mut self, ret: usize, new_base: usize, nregs: usize) {
        self.frames.push(Frame {
            ret,
            base: self.base,
            top: self.top,
            sp: self.mem.sp(),
        });
        self.base = new_base;
        self.top = new_base + nregs;
        self.sync_window();
    }

    /// Makes room for `frames` call frames, charged to the memory cap.
    pub(crate) fn reserve_frames(&mut self, frames: usize) -> Result<(), Trap> {
        let depth = frames;
        reserve_charged(&mut self.frames, frames, &mut self.mem, || {
            format!("growing the call stack for call depth {depth}")
        })
    }

    /// Makes the register file at least `len` registers long, charged to the
    /// memory cap. (`regs` grows, never shrinks: `get`/`set` rely on it.)
    pub(crate) fn reserve_regs(&mut self, len: usize) -> Result<(), Trap> {
        if len <= self.regs.len() {
            return Ok(());
        }
        let depth = self.frames.len() + 1;
        reserve_charged(&mut self.regs, len, &mut self.mem, || {
            format!("growing the register file for call depth {depth}")
        })?;
        // Every register of the capacity is usable (and already charged).
        self.regs.resize(self.regs.capacity(), 0);
        self.sync_window();
        Ok(())
    }

    /// What `retaddr` reads: `2^63` + the instruction index frame `level`
    /// resumes at (0 is the running function's), or 0 past the outermost.
    pub(crate) fn return_point(&self, level: usize) -> u64 {
        match self.frames.len().checked_sub(level + 1) {
            Some(i) => (1 << 63) | self.frames[i].ret as u64,
            None => 0,
        }
    }

    /// Leaves the current function; `None` when it was the entry function.
    #[inline(always)]
    pub(crate) fn leave(&mut self, next: &mut usize) -> Option<()> {
        let f = self.frames.pop()?;
        self.base = f.base;
        self.top = f.top;
        self.sync_window();
        self.mem.restore_sp(f.sp);
        *next = f.ret;
        Some(())
    }

    /// Allocates `size` heap bytes: collects when the heap would otherwise grow
    /// past the threshold (or always, under `gc_stress`), then grows up to the
    /// cap. A program with manual memory is never collected: it only grows.
    ///
    /// A collection's work is debited from the step budget (see
    /// [`Vm::debit_work`]); [`Vm::alloc_charged`] charges it instead.
    pub(crate) fn alloc(&mut self, size: u64) -> Result<u64, Break> {
        self.alloc_with(size, false)
    }

    /// [`Vm::alloc`] for the `alloc` instruction: the work of a collection
    /// it runs is charged with [`Vm::charge_work`], so when the budget
    /// cannot pay for it the instruction traps with `step limit reached`
    /// before allocating (and allocates when resumed).
    pub(crate) fn alloc_charged(&mut self, size: u64) -> Result<u64, Break> {
        self.alloc_with(size, true)
    }

    /// The common case of every allocation, inlined into the instruction:
    /// a block on a quick list or a first fit, with no checker or stress
    /// collection in the way.
    #[inline(always)]
    fn alloc_fast(&mut self, size: u64) -> Option<u64> {
        if self.check.is_none() && !self.gc_stress {
            return self.mem.heap.alloc(size);
        }
        None
    }

    /// What `tryalloc` gives: [`Vm::alloc`]'s block, or 0 when it fails.
    /// Only [`Vm::alloc_fast`] is in the instruction; the rest, dropping the
    /// trap of a failed allocation included, is out of line.
    #[inline(always)]
    pub(crate) fn try_alloc(&mut self, size: u64) -> u64 {
        match self.alloc_fast(size) {
            Some(a) => a,
            None => self.try_alloc_slow(size),
        }
    }

    #[inline(never)]
    fn try_alloc_slow(&mut self, size: u64) -> u64 {
        self.alloc_slow(size, false).unwrap_or(0)
    }

    #[inline]
    fn alloc_with(&mut self, size: u64, charged: bool) -> Result<u64, Break> {
        match self.alloc_fast(size) {
            Some(a) => Ok(a),
            None => self.alloc_slow(size, charged),
        }
    }

    #[inline(never)]
    fn alloc_slow(&mut self, size: u64, charged: bool) -> Result<u64, Break> {
        if self.check.is_some() {
            return self.checked_alloc(size, charged);
        }
        self.alloc_raw(size, charged)
    }

    /// The allocation itself: a heap block of exactly `size` bytes (rounded
    /// to granules), collecting and growing as [`Vm::alloc`] says.
    pub(crate) fn alloc_raw(&mut self, size: u64, charged: bool) -> Result<u64, Break> {
        let manual = self.prog.manual_memory();
        if self.gc_stress && !manual {
            self.collect_paid(charged)?;
        }
        if let Some(a) = self.mem.heap.alloc(size) {
            return Ok(a);
        }
        // With manual memory, act as if a collection had already run.
        let mut collected = self.gc_stress || manual;
        if !collected && self.mem.heap.in_use() >= self.gc_threshold {
            self.collect_paid(charged)?;
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
                self.collect_paid(charged)?;
                collected = true;
                if let Some(a) = self.mem.heap.alloc(size) {
                    return Ok(a);
                }
            } else {
                return Err(trap(Trap::HeapExhausted {
                    requested: size,
                    in_use: self.mem.in_use(),
                    cap: self.mem.max(),
                }));
            }
        }
    }

    /// The heap side of `realloc` and `tryrealloc`: checks `old` (0 or a live
    /// block, else the outer error is the bad-free trap), allocates `size`
    /// bytes (the inner result; its error is `alloc`'s trap, and then nothing
    /// has changed), copies the contents over and frees `old`.
    pub(crate) fn resize_block(
        &mut self,
        old: u64,
        size: u64,
    ) -> Result<Result<u64, Break>, Break> {
        let old_size = match old {
            0 => 0,
            a if self.check.is_some() => self.checked_block(a)?,
            a => self.mem.heap.check(a).map_err(|e| trap(Trap::Heap(e)))?,
        };
        // The copy is charged before anything changes (see `isa.ron`).
        self.charge_work(old_size.min(size))?;
        // The old block stays rooted by the caller's register if this
        // allocation collects.
        let new = match self.alloc(size) {
            Ok(a) => a,
            Err(e) => return Ok(Err(e)),
        };
        if old != 0 {
            let _ = self.mem.copy(new, old, old_size.min(size));
            let _ = self.free_block(old);
        }
        Ok(Ok(new))
    }

    /// Frees the heap block at `addr` (what `free` does): through the heap
    /// checker's quarantine when it is on.
    #[inline(always)]
    pub(crate) fn free_block(&mut self, addr: u64) -> Result<(), Break> {
        if self.check.is_some() {
            return self.checked_free(addr);
        }
        match self.mem.heap.free(addr) {
            Ok(()) => Ok(()),
            Err(e) => Err(heap_trap(e)),
        }
    }

    /// Runs a garbage collection now, unless the program manages its memory
    /// by hand ([`Program::manual_memory`]): then nothing happens, because
    /// its blocks live until it frees them, whatever points at them.
    ///
    /// Policy: afterwards the heap is grown (within the cap) to about three
    /// times the live data, and the next collection is due when the heap is
    /// full again, so collection work stays proportional to allocation.
    pub fn collect(&mut self) {
        self.collect_work();
    }

    /// A collection run by the program (`alloc`, `tryalloc`, `realloc`,
    /// `gc`), paid for in steps when they are counted: charged (a trap when
    /// the budget cannot pay, after collecting: collecting again on resume
    /// is harmless) or, for instructions that cannot trap, debited. When the
    /// budget is already spent the collection is skipped: collecting is
    /// never required for correctness, and the next basic block stops.
    pub(crate) fn collect_paid(&mut self, charged: bool) -> Result<(), Break> {
        if !charged && self.out_of_steps() {
            return Ok(());
        }
        let work = self.collect_work();
        if charged {
            self.charge_work(work)
        } else {
            self.debit_work(work);
            Ok(())
        }
    }

    /// [`Vm::collect`], returning the work done in bytes (scanned and swept).
    fn collect_work(&mut self) -> u64 {
        if self.prog.manual_memory() {
            return 0;
        }
        // Registers a `longjmp` may restore are roots too.
        let saved: Vec<u64> = if self.jumps.is_empty() {
            Vec::new()
        } else {
            self.jumps.saved_registers().collect()
        };
        // And so are the other threads' registers and stacks.
        let parked: Vec<u64> = self.threads.parked_registers().collect();
        let stacks: Vec<(u64, u64)> = self.threads.parked_stacks().collect();
        let roots: [&[u64]; 4] = [&self.regs[..self.top], &self.pinned, &saved, &parked];
        let work = self
            .collector
            .collect(&roots, &stacks, &mut self.mem, &mut self.gc);
        self.after_collection();
        let live = self.mem.heap.in_use();
        let size = self.mem.heap.size();
        if !self.gc_stress && live.saturating_mul(3) > size {
            // Best effort: at the cap we simply collect more often.
            let _ = self.mem.grow_heap(live * 3 - size);
        }
        self.gc_threshold = live.saturating_mul(2);
        work
    }

    /// Runs the entry function to completion: the exit status given to `halt`,
    /// or to `ret` from the entry function, or the trap with its location.
    pub fn run(&mut self) -> Result<i32, TrapReport> {
        let entry = self.prog.functions[self.prog.entry].entry;
        self.jumps.clear();
        self.finish(entry)
    }

    fn finish(&mut self, from: usize) -> Result<i32, TrapReport> {
        let (at, why) = self.execute(from);
        self.conclude(at, why)
    }

    /// Flushes output and turns why the dispatch loop stopped into a result.
    fn conclude(&mut self, at: usize, why: Break) -> Result<i32, TrapReport> {
        self.stopped_at = at;
        self.resumable = matches!(why, Break::Trap(Trap::StepLimit { .. } | Trap::Interrupted));
        let flushed = self.flush_outputs();
        match why {
            Break::Halt(code) => match flushed {
                Ok(()) => Ok(code),
                Err(e) => Err(self.report(Trap::Output(e.to_string()), at)),
            },
            Break::Trap(t) => Err(self.report(t, at)),
            // Only a `Vm::call` in progress has a frame that returns to the host.
            Break::Return => Ok(self.regs[self.base] as i32),
            Break::OutOfFuel | Break::Rejoin | Break::Switch => {
                unreachable!("`execute` refuels, rejoins and switches")
            }
        }
    }

    /// Runs from instruction `entry` until a handler breaks; returns the index
    /// of the instruction that broke and why.
    pub(crate) fn execute(&mut self, entry: usize) -> (usize, Break) {
        self.threads.depth += 1;
        let mut pc = entry;
        let stop = loop {
            match self.execute_turn(pc) {
                (at, Break::Switch) => match self.reschedule(at) {
                    Ok(next) => pc = next,
                    Err(stop) => break stop,
                },
                stop => break stop,
            }
        };
        self.threads.depth -= 1;
        stop
    }

    /// [`Vm::execute`] until a thread switch (which may change whether
    /// steps are counted, and so the dispatch loop).
    fn execute_turn(&mut self, entry: usize) -> (usize, Break) {
        let prog = self.prog.clone();
        let counting = self.counting();
        if self.check.is_some() {
            // The heap checker looks at every access before it runs: in the
            // observed loop, so the others stay as they are.
            return self.fuelled(entry, |vm, pc| {
                isa::run_observed(vm, &mut Checker(&mut NoObserver), &prog.code, pc)
            });
        }
        if !self.threaded || self.threading {
            if counting {
                self.fuelled(entry, |vm, pc| {
                    isa::run_observed(vm, &mut NoObserver, &prog.code, pc)
                })
            } else {
                // `fuelled` only for `Break::Rejoin`: nothing runs out of fuel.
                self.fuelled(entry, |vm, pc| isa::run(vm, &prog.code, pc))
            }
        } else {
            let code = self.threaded_code.clone();
            let ops = code.ops(&prog, counting);
            self.threading = true;
            let stop = self.fuelled(entry, |vm, pc| {
                // SAFETY: `ops` was threaded from `prog.code`, which the loader
                // verified: every branch, call and return target is an
                // instruction of the code (verify.rs rules 4, 5 and 7;
                // `jmpr`/`callr` check their targets at run time). `pc` is
                // `entry`, an instruction index (a function's first, or where
                // a previous run stopped), or where the last pass stopped for
                // fuel. The return address of a `Vm::call` is `code.len()`,
                // the end sentinel of `ops`.
                unsafe { isa::run_threaded(vm, ops, pc) };
                vm.stopped.take().unwrap_or((pc, trap(Trap::PcOutOfBounds)))
            });
            self.threading = false;
            stop
        }
    }

    /// The bytes a program may use at `addr`, if it is the start of a live
    /// heap block (what C's `malloc_usable_size` returns): the block's size,
    /// a multiple of 16, or with the heap checker on exactly the size asked
    /// for, since the checker poisons the rest.
    pub fn usable_size(&self, addr: u64) -> Option<u64> {
        match &self.check {
            Some(c) => c.live_size(addr),
            None => self.mem.heap.block_size(addr),
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
        self.report_from(trap, at, 0)
    }

    /// A trap report whose backtrace ends at frame `floor` (frames below it
    /// belong to code outside the current [`Vm::call`]).
    pub(crate) fn report_from(&self, trap: Trap, at: usize, floor: usize) -> TrapReport {
        // Outer frames resume after their call: the call itself is one instruction earlier.
        // Frame indices, so a return hooked by `setjmp` reports its real
        // return address.
        // A thread's first frame returns to the end of the code: not a caller.
        let floor = if self.in_spawned_thread() {
            floor.max(1)
        } else {
            floor
        };
        let first = floor.min(self.frames.len());
        // A range, not a list: a trap at the memory cap may be millions of
        // frames deep.
        let calls = first..self.frames.len();
        let info = |i: usize| self.frame_info(self.frame_ret(i).saturating_sub(1));
        let (inner, outer) = (TrapReport::INNERMOST, TrapReport::OUTERMOST);
        let depth = 1 + calls.len();
        let omitted = depth.saturating_sub(inner + outer);
        let mut backtrace = Vec::with_capacity(depth - omitted);
        backtrace.push(self.frame_info(at));
        if omitted == 0 {
            backtrace.extend(calls.rev().map(info));
        } else {
            // The innermost frames, then the outermost: the report of a
            // million-deep recursion stays small.
            backtrace.extend((calls.end - (inner - 1)..calls.end).rev().map(info));
            backtrace.extend((first..first + outer).rev().map(info));
        }
        TrapReport {
            trap,
            file: self.prog.source.clone(),
            backtrace,
            omitted,
        }
    }

    /// Where the frame at `index` of the frame stack returns to (the real
    /// address when `setjmp` hooked it).
    pub(crate) fn frame_ret(&self, index: usize) -> usize {
        match self.jumps.hooked_ret(index) {
            Some(r) => r,
            None => self.frames[index].ret,
        }
    }

    pub(crate) fn frame_info(&self, idx: usize) -> FrameInfo {
        let pc = self.prog.pc_of(idx);
        let (function, start) = self
            .prog
            .function_at(idx)
            .map_or(("?".to_string(), 0), |f| (f.name.clone(), f.offset));
        let (file, line) = self.prog.location(pc);
        FrameInfo {
            function,
            pc,
            offset: pc - start,
            line,
            file: file.to_string(),
        }
    }
}

/// A module's threaded code, with and without step counting, each built on
/// first use and then shared by every instance of the module on any thread.
#[derive(Debug, Default)]
pub(crate) struct ThreadedCode {
    plain: OnceLock<Box<[isa::Op<Vm<'static>>]>>,
    steps: OnceLock<Box<[isa::Op<Vm<'static>>]>>,
}

impl ThreadedCode {
    /// The threaded form of `prog` (the program this was made for), counting
    /// steps or not, for a VM whose output lives for `'o`.
    fn ops<'o>(&self, prog: &Program, counting: bool) -> &[isa::Op<Vm<'o>>] {
        let ops = if counting {
            self.steps
                .get_or_init(|| isa::thread::<Vm<'static>, true>(&prog.code).into())
        } else {
            self.plain
                .get_or_init(|| isa::thread::<Vm<'static>, false>(&prog.code).into())
        };
        // SAFETY: `Op<Vm<'static>>` and `Op<Vm<'o>>` differ only in a
        // lifetime, so they have one layout, and their functions are one
        // machine code: lifetimes are erased before code generation and the
        // only `Handler` impl is for `Vm<'_>`, every lifetime alike. Calling
        // them with a `Vm<'o>` cannot make anything of lifetime `'o` outlive
        // it: no handler moves a value out of the VM into anything that
        // outlives the call, and host functions get a `HostContext` that is
        // generic over both lifetimes. Sharing the code (instead of threading
        // it per instance) makes instantiating a module cheap.
        unsafe { std::slice::from_raw_parts(ops.as_ptr().cast(), ops.len()) }
    }
}

/// Interrupts a running [`Vm`] from another thread (see [`Vm::interrupt_handle`]).
#[derive(Debug, Clone)]
pub struct InterruptHandle(Arc<AtomicBool>);

impl InterruptHandle {
    /// Asks the VM to stop at its next step check; the run traps with `interrupted`.
    pub fn interrupt(&self) {
        self.0.store(true, Ordering::Relaxed);
    }
}

/// The observer that observes nothing: [`isa::run_observed`] with it is the
/// step-counting loop used when threaded dispatch is off.
pub(crate) struct NoObserver;

impl<'o> isa::Observer<Vm<'o>> for NoObserver {
    #[inline(always)]
    fn before(&mut self, _: &Vm<'o>, _: usize, _: &isa::Instr) -> Option<Break> {
        None
    }
    #[inline(always)]
    fn after(&mut self, _: &Vm<'o>, _: usize, _: usize, _: &isa::Instr) {}
}

/// An output sink that refuses bytes past a limit (shared by the output and
/// the error output).
struct Limited<W> {
    inner: W,
    left: Arc<AtomicU64>,
}

impl<W: Write> Write for Limited<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        // Only this VM's two outputs share the counter, and a VM runs on one
        // thread at a time: relaxed loads and stores suffice.
        let left = self.left.load(Ordering::Relaxed);
        if buf.len() as u64 > left {
            return Err(std::io::Error::other("output limit exceeded"));
        }
        let n = self.inner.write(buf)?;
        self.left.store(left - n as u64, Ordering::Relaxed);
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// Wraps a trap for returning from a handler.
///
/// Inlined on purpose: built in place, the `Err` is visibly an `Err`. Built by
/// an out-of-line call, LLVM re-tests the result for the `Ok` that
/// `Result<(), Break>` keeps in a spare value of `Break`, and that impossible
/// path back to the next instruction keeps the handler's registers live across
/// the call: callee-saved spills on every instruction's hot path.
#[inline(always)]
pub(crate) fn trap(t: Trap) -> Break {
    Break::Trap(t)
}

/// Makes room for `need` elements in `v`, a table the VM holds for the
/// program, charging the growth to `mem`'s cap: doubling when the cap allows
/// it, else exactly what is needed, else the `memory limit` trap naming
/// `what` (and then `v` is unchanged).
pub(crate) fn reserve_charged<T>(
    v: &mut Vec<T>,
    need: usize,
    mem: &mut Memory,
    what: impl FnOnce() -> String,
) -> Result<(), Trap> {
    let cap = v.capacity();
    if need <= cap {
        return Ok(());
    }
    let size = std::mem::size_of::<T>() as u64;
    let doubled = need.max(cap.saturating_mul(2)).max(16);
    let target = if (doubled - cap) as u64 * size <= mem.available() {
        doubled
    } else {
        need
    };
    mem.charge((target - cap) as u64 * size, what)?;
    v.reserve_exact(target - v.len());
    Ok(())
}
