//! Traps (runtime errors of a program) and the report the host sees.

use std::fmt;

/// A runtime error raised by an instruction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Trap {
    /// Integer division or remainder by zero.
    DivisionByZero,
    /// Signed integer `MIN / -1`.
    IntegerOverflow,
    /// A call would exceed the configured call depth.
    RecursionLimit {
        /// The configured limit.
        limit: usize,
    },
    /// An indirect jump to an address that is not an instruction of the current function.
    BadJumpTarget {
        /// The address jumped to.
        target: u64,
    },
    /// A `jtab` index past its table's last entry.
    BadTableIndex {
        /// The index.
        index: u64,
        /// Entries in the table.
        entries: u64,
    },
    /// An indirect call through a value that is not a function index.
    BadFunction {
        /// The value called.
        index: u64,
    },
    /// Execution reached an address with no instruction.
    PcOutOfBounds,
    /// Writing program output failed.
    Output(String),
    /// A memory access outside the address space (or in the null guard).
    OutOfBounds {
        /// First address accessed.
        addr: u64,
        /// Bytes accessed.
        size: u64,
    },
    /// A push, `salloc` or `setsp` below the bottom of the stack.
    StackOverflow,
    /// A pop or `setsp` above the top of the stack.
    StackUnderflow,
    /// An allocation that does not fit even after collecting and growing to the cap.
    HeapExhausted {
        /// Bytes requested.
        requested: u64,
        /// Host bytes the VM held for the program when it failed
        /// ([`crate::memory::Memory::in_use`]).
        in_use: u64,
        /// The memory cap ([`crate::MemoryConfig::max`]).
        cap: u64,
    },
    /// Something the VM must hold for the program besides the heap (register
    /// windows and call frames of a deeper call, the collector's mark stack,
    /// ...) does not fit under the memory cap ([`crate::MemoryConfig::max`]).
    MemoryLimit {
        /// What needed the memory.
        what: String,
        /// Bytes it needed.
        requested: u64,
        /// Host bytes the VM held for the program then.
        in_use: u64,
        /// The memory cap.
        cap: u64,
    },
    /// A bad `free`/`realloc`.
    Heap(crate::heap::HeapError),
    /// A heap bug found by the heap checker ([`crate::Config::check_heap`]).
    HeapCheck(crate::heapcheck::HeapCheckError),
    /// The memory configuration cannot be laid out (before anything ran).
    Layout(String),
    /// A host or native function called by `hcall` reported an error.
    Host {
        /// The function's import name.
        function: String,
        /// Its message.
        message: String,
    },
    /// The module cannot be linked against the host (before anything ran;
    /// only [`crate::run`] reports this as a trap).
    Link(String),
    /// The step limit ([`crate::Config::max_steps`]) was reached.
    StepLimit {
        /// The configured limit.
        limit: u64,
    },
    /// The host interrupted the run ([`crate::InterruptHandle`]).
    Interrupted,
    /// [`crate::Vm::resume`] after a run that did not stop at a step limit or interrupt.
    NotResumable,
    /// The program stopped itself with `trap`: its message (what C's `abort()`
    /// and failed `assert`s report).
    Program(String),
    /// `longjmp` with a token that names no live jump point: its `setjmp`'s
    /// function has returned, the buffer was forged or never set, or the
    /// jump point lies outside the current [`crate::Vm::call`].
    LongjmpDeadFrame,
    /// `setjmp` when the most jump points allowed are live.
    TooManyJumpPoints {
        /// The limit.
        limit: usize,
    },
    /// Every thread waits (`twait`, `tjoin`) and none can wake another.
    Deadlock {
        /// Threads alive.
        threads: usize,
    },
    /// `argi` of a missing or non-integer argument.
    BadArgument {
        /// Argument index.
        index: u64,
        /// What is wrong.
        why: String,
    },
}

impl fmt::Display for Trap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Trap::DivisionByZero => write!(f, "division by zero"),
            Trap::IntegerOverflow => write!(f, "integer overflow"),
            Trap::RecursionLimit { limit } => {
                write!(f, "recursion limit exceeded (call depth {limit})")
            }
            Trap::BadJumpTarget { target } => {
                write!(
                    f,
                    "bad jump target {target:#x} (not an instruction of this function)"
                )
            }
            Trap::BadTableIndex { index, entries } => write!(
                f,
                "jump table index {index} is out of range ({entries} entries)"
            ),
            Trap::BadFunction { index } => write!(f, "bad function index {index}"),
            Trap::PcOutOfBounds => write!(f, "execution ran past the end of the code"),
            Trap::Output(e) => write!(f, "output error: {e}"),
            Trap::OutOfBounds { addr, size } => {
                write!(f, "out-of-bounds access: {size} bytes at {addr:#x}")
            }
            Trap::StackOverflow => write!(f, "stack overflow"),
            Trap::StackUnderflow => write!(f, "stack underflow"),
            // `in_use` depends on the layout (initial heap, stack): kept out
            // of the message so that it reads the same under any of them.
            Trap::HeapExhausted {
                requested, cap, ..
            } => write!(
                f,
                "heap exhausted: memory limit reached (requested {requested} bytes, cap {cap})"
            ),
            Trap::MemoryLimit {
                what,
                requested,
                in_use,
                cap,
            } => write!(
                f,
                "memory limit reached: {what} needs {requested} more bytes; {in_use} of {cap} bytes in use"
            ),
            Trap::Heap(e) => write!(f, "{e}"),
            Trap::HeapCheck(e) => write!(f, "{e}"),
            Trap::Layout(e) => write!(f, "cannot lay out memory: {e}"),
            Trap::BadArgument { index, why } => write!(f, "bad program argument {index}: {why}"),
            Trap::StepLimit { limit } => write!(f, "step limit reached ({limit} steps)"),
            Trap::Interrupted => write!(f, "interrupted"),
            Trap::NotResumable => {
                write!(
                    f,
                    "nothing to resume: the last run did not stop at a step limit or interrupt"
                )
            }
            Trap::Host { function, message } => {
                write!(f, "host function `{function}` failed: {message}")
            }
            Trap::Link(e) => write!(f, "cannot link: {e}"),
            Trap::Program(msg) => f.write_str(msg),
            Trap::LongjmpDeadFrame => write!(f, "longjmp to a dead frame"),
            Trap::Deadlock { threads } => write!(
                f,
                "deadlock: every thread is waiting ({threads} thread{})",
                if *threads == 1 { "" } else { "s" }
            ),
            Trap::TooManyJumpPoints { limit } => {
                write!(f, "too many live jump points (setjmp): {limit}")
            }
        }
    }
}

impl std::error::Error for Trap {}

/// One frame of a trap's backtrace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrameInfo {
    /// Function name.
    pub function: String,
    /// Byte offset of the instruction (the trapping one, or the call in outer frames).
    pub pc: u32,
    /// `pc` relative to the function's first instruction.
    pub offset: u32,
    /// Source line, if the module has a line table.
    pub line: Option<u32>,
    /// Source file of the instruction: from the module's file table when it
    /// has one (compiled C: a source, a header, the C library), else the
    /// module's source file ([`TrapReport::file`]).
    pub file: String,
}

/// A trap with its location: what `voxvm` prints and embedders receive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrapReport {
    /// What went wrong.
    pub trap: Trap,
    /// Source file of the module (each frame names its own, [`FrameInfo::file`]).
    pub file: String,
    /// Innermost frame first. A deep call stack is not copied whole (a
    /// program under a large memory cap can be millions of calls deep, and
    /// the report is built after the cap has been reached): when `omitted`
    /// is not 0, these are the innermost frames followed by the
    /// [`TrapReport::OUTERMOST`] outermost ones, and `omitted` frames between
    /// them are left out.
    pub backtrace: Vec<FrameInfo>,
    /// Frames left out of `backtrace` (see there); the call depth is
    /// `backtrace.len() + omitted`.
    pub omitted: usize,
}

impl TrapReport {
    /// Innermost frames a report keeps of a deep call stack.
    pub const INNERMOST: usize = 256;
    /// Outermost frames a report keeps of a deep call stack.
    pub const OUTERMOST: usize = 64;

    /// Frames in the call stack when it trapped (kept or omitted).
    pub fn depth(&self) -> usize {
        self.backtrace.len() + self.omitted
    }

    /// The index in the full call stack (0 innermost) of `backtrace[i]`.
    pub fn frame_index(&self, i: usize) -> usize {
        if self.omitted > 0 && i >= self.backtrace.len().saturating_sub(Self::OUTERMOST) {
            i + self.omitted
        } else {
            i
        }
    }

    /// The frame that trapped.
    pub fn top(&self) -> Option<&FrameInfo> {
        self.backtrace.first()
    }
}

impl fmt::Display for TrapReport {
    /// `<trap> at <function>+<offset> (<file>:<line>)`, then the backtrace when it
    /// has more than one frame; each frame names its own file.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.trap)?;
        let loc = |fr: &FrameInfo| {
            let line = fr.line.map_or("?".to_string(), |l| l.to_string());
            format!("{}+{:#x} ({}:{line})", fr.function, fr.offset, fr.file)
        };
        if let Some(top) = self.top() {
            write!(f, " at {}", loc(top))?;
            // Code without lines (a linker's stub, such as the one a call
            // through a null function pointer lands in, or assembly called
            // from C): also name the nearest caller that has one, the line
            // a programmer looks for.
            if top.line.is_none() {
                if let Some(c) = self.backtrace[1..].iter().find(|c| c.line.is_some()) {
                    write!(f, ", called from {}", loc(c))?;
                }
            }
        }
        let n = self.depth();
        if n > 1 {
            // Deep recursion can leave 100k frames: show both ends.
            const HEAD: usize = 16;
            const TAIL: usize = 4;
            write!(f, "\nbacktrace ({n} frames, innermost first):")?;
            let mut elided = false;
            for (i, fr) in self.backtrace.iter().enumerate() {
                let i = self.frame_index(i);
                if i >= HEAD && i < n.saturating_sub(TAIL) {
                    if !elided {
                        write!(f, "\n  ... {} frames omitted ...", n - HEAD - TAIL)?;
                        elided = true;
                    }
                    continue;
                }
                write!(f, "\n  {i}: {} [pc {:#x}]", loc(fr), fr.pc)?;
            }
        }
        Ok(())
    }
}

impl std::error::Error for TrapReport {}
