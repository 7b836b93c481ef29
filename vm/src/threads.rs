//! Threads: green threads that take turns on one VM.
//!
//! A thread is a register file, a call stack, its `setjmp` jump points, a
//! C stack and a thread pointer (`gettp`). The running thread's live in the
//! [`Vm`]'s own fields, where the handlers already look; the others are
//! [`Parked`] here and swapped in when their turn comes, so a program with
//! one thread pays nothing. A thread runs until it yields (`tyield`), waits
//! (`twait`, `tjoin`), ends (`texit`, or a return from its first function),
//! or has run its time slice: while more than one thread exists the VM
//! counts steps, and every [`TIME_SLICE`] steps (one refuel) the next
//! thread takes over. Turns go round in creation order.
//!
//! Switching happens only between instructions and only at a step (a
//! control-flow instruction), so straight-line code is atomic with respect
//! to other threads: the C library builds its atomics on that and its locks
//! on `twait`/`twake`, a futex. When every thread waits and none can wake
//! another, the program traps with `deadlock` instead of hanging.
//!
//! Only the outermost run switches threads. A host function that calls back
//! into bytecode runs that call on the calling thread to its end (it yields
//! nothing; a wait that would block there traps).

use std::collections::VecDeque;

use crate::isa::Reg;
use crate::jump::Jumps;
use crate::machine::{trap, Break, Frame, Vm};
use crate::trap::Trap;

/// Id of the thread that runs the entry function.
pub const MAIN_THREAD: u64 = 1;
/// Steps a thread runs before the next one takes its turn.
pub const TIME_SLICE: u64 = 4096;
/// Smallest stack `tspawn` gives a thread, in bytes.
pub const MIN_THREAD_STACK: u64 = 4096;

/// Bytes of host memory a thread costs beyond its registers, frames and
/// stack (charged to the memory cap): its parked state, and its value
/// kept until it is joined.
const THREAD_COST: u64 = (std::mem::size_of::<Parked>() + RESULT_COST as usize) as u64;
/// The part of [`THREAD_COST`] that stays charged from a joinable
/// thread's end to its join.
const RESULT_COST: u64 = 16;

/// What a thread waits for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Wait {
    /// Nothing: it runs at its turn.
    Ready,
    /// A `twake` at this address.
    Futex(u64),
    /// The end of this thread (its `tjoin` runs again then).
    Join(u64),
}

/// Per-thread state that stays out of the handlers' way.
#[derive(Debug)]
struct Meta {
    id: u64,
    tp: u64,
    /// The heap block holding its stack (0: the VM's own stack).
    stack_block: u64,
    detached: bool,
    wait: Wait,
}

/// A thread that is not running.
#[derive(Debug)]
struct Parked {
    meta: Meta,
    pc: usize,
    regs: Vec<u64>,
    base: usize,
    top: usize,
    frames: Vec<Frame>,
    jumps: Jumps,
    stack: (u64, u64, u64),
}

/// The VM's threads (see the module documentation).
#[derive(Debug)]
pub(crate) struct Threads {
    cur: Meta,
    /// The running thread has ended: nothing of it is parked.
    cur_ended: bool,
    /// The others, in turn order.
    parked: VecDeque<Parked>,
    /// Ended threads not yet joined, with their values.
    ended: Vec<(u64, u64)>,
    next_id: u64,
    /// Threads alive, the running one included.
    pub(crate) live: usize,
    /// Where the running thread resumes after its `Break::Switch`.
    resume: usize,
    /// The switch only changes the dispatch loop (`tspawn` made steps
    /// counted): the running thread goes on.
    stay: bool,
    /// Nesting of runs that can switch (only the outermost does).
    pub(crate) depth: usize,
}

impl Default for Threads {
    fn default() -> Self {
        Threads {
            cur: Meta {
                id: MAIN_THREAD,
                tp: 0,
                stack_block: 0,
                detached: false,
                wait: Wait::Ready,
            },
            cur_ended: false,
            parked: VecDeque::new(),
            ended: Vec::new(),
            next_id: MAIN_THREAD + 1,
            live: 1,
            resume: 0,
            stay: false,
            depth: 0,
        }
    }
}

impl Threads {
    fn is_live(&self, id: u64) -> bool {
        (self.cur.id == id && !self.cur_ended) || self.parked.iter().any(|p| p.meta.id == id)
    }

    fn runnable(&self, p: &Parked) -> bool {
        match p.meta.wait {
            Wait::Ready => true,
            Wait::Futex(_) => false,
            Wait::Join(t) => !self.is_live(t),
        }
    }

    /// Registers of parked threads and their jump points (garbage-collector roots).
    pub(crate) fn parked_registers(&self) -> impl Iterator<Item = u64> + '_ {
        self.parked.iter().flat_map(|p| {
            p.regs[..p.top]
                .iter()
                .copied()
                .chain(p.jumps.saved_registers())
        })
    }

    /// The used parts of parked threads' stacks, `(sp, hi)` (roots too).
    pub(crate) fn parked_stacks(&self) -> impl Iterator<Item = (u64, u64)> + '_ {
        self.parked.iter().map(|p| (p.stack.2, p.stack.1))
    }
}

impl Vm<'_> {
    /// The id of the running thread.
    pub fn current_thread(&self) -> u64 {
        self.threads.cur.id
    }

    /// Threads alive (1 until the program starts one).
    pub fn thread_count(&self) -> usize {
        self.threads.live
    }

    pub(crate) fn thread_pointer(&self) -> u64 {
        self.threads.cur.tp
    }

    pub(crate) fn set_thread_pointer(&mut self, tp: u64) {
        self.threads.cur.tp = tp;
    }

    /// Whether the running thread is one `tspawn` started (whose first
    /// function returns to the end of the code).
    pub(crate) fn in_spawned_thread(&self) -> bool {
        self.threads.cur.id != MAIN_THREAD
    }

    /// Breaks the dispatch loop so that the next thread runs (or, with
    /// `stay`, the running one again at `resume`).
    fn switch(&mut self, resume: usize, stay: bool) -> Break {
        self.threads.resume = resume;
        self.threads.stay = stay;
        Break::Switch
    }

    /// Time slice over: called by the run loop when a refuel happened with
    /// more than one thread alive.
    pub(crate) fn preempt(&mut self, at: usize) -> Option<Break> {
        (self.threads.live > 1 && self.threads.depth == 1).then(|| self.switch(at, false))
    }

    /// `tspawn`: a new thread calling `func(arg)` on `stack` bytes.
    pub(crate) fn spawn(&mut self, func: u64, arg: u64, stack: u64) -> Result<u64, Break> {
        let f = match usize::try_from(func) {
            Ok(f) if f < self.prog.functions.len() => f,
            _ => return Err(trap(Trap::BadFunction { index: func })),
        };
        let size = stack
            .max(MIN_THREAD_STACK)
            .checked_next_multiple_of(16)
            .unwrap_or(u64::MAX);
        // A program that starts threads without end runs out of memory
        // under the cap, and then pthread_create says EAGAIN.
        if self
            .mem
            .charge(THREAD_COST, || "a new thread".into())
            .is_err()
        {
            return Ok(0);
        }
        let Ok(block) = self.alloc(size) else {
            self.mem.release(THREAD_COST);
            return Ok(0);
        };
        let (entry, nregs) = (
            self.prog.functions[f].entry,
            usize::from(self.prog.functions[f].nregs),
        );
        let mut regs = Vec::new();
        let mut frames = Vec::new();
        let charged =
            crate::machine::reserve_charged(&mut regs, nregs.max(64), &mut self.mem, || {
                "a new thread's registers".into()
            })
            .and_then(|()| {
                crate::machine::reserve_charged(&mut frames, 16, &mut self.mem, || {
                    "a new thread's call stack".into()
                })
            });
        if charged.is_err() {
            self.mem.release(8 * regs.capacity() as u64 + THREAD_COST);
            let _ = self.free_block(block);
            return Ok(0);
        }
        regs.resize(regs.capacity(), 0);
        regs[0] = arg;
        let hi = block + size;
        // Its first function returns to the end of the code, which ends the
        // thread (see `Handler::pc_out_of_bounds`).
        frames.push(Frame {
            ret: self.prog.code.len(),
            base: 0,
            sp: hi,
            top: 0,
        });
        self.pinned.push(block);
        let id = self.threads.next_id;
        self.threads.next_id += 1;
        self.threads.live += 1;
        self.threads.parked.push_back(Parked {
            meta: Meta {
                id,
                tp: 0,
                stack_block: block,
                detached: false,
                wait: Wait::Ready,
            },
            pc: entry,
            regs,
            base: 0,
            top: nregs,
            frames,
            jumps: Jumps::default(),
            stack: (block, hi, hi),
        });
        Ok(id)
    }

    /// After `tspawn` made thread `id` (0: none): the first other thread
    /// makes the run loop choose the dispatch loop again, since steps are
    /// counted while threads exist (time slices).
    pub(crate) fn spawned(&mut self, id: u64, next: usize) -> Result<(), Break> {
        if id != 0 && self.threads.live == 2 {
            self.start_time_slices();
            return Err(self.switch(next, true));
        }
        Ok(())
    }

    /// `tyield`.
    pub(crate) fn yield_turn(&mut self, next: usize) -> Result<(), Break> {
        if self.threads.live > 1 && self.threads.depth == 1 {
            return Err(self.switch(next, false));
        }
        Ok(())
    }

    /// `texit`, or a return from a thread's first function: ends the
    /// running thread with `value`.
    pub(crate) fn end_thread(&mut self, value: u64) -> Break {
        if self.threads.depth != 1 {
            return trap(Trap::Program(
                "a thread cannot end inside a call from the host".into(),
            ));
        }
        let t = &mut self.threads;
        t.live -= 1;
        if t.live == 0 {
            return Break::Halt(0);
        }
        t.cur_ended = true;
        let kept = if t.cur.detached {
            0
        } else {
            t.ended.push((t.cur.id, value));
            RESULT_COST
        };
        if t.cur.id != MAIN_THREAD {
            self.mem.release(THREAD_COST - kept);
        }
        let block = std::mem::take(&mut t.cur.stack_block);
        if block != 0 {
            self.pinned.retain(|&b| b != block);
            let _ = self.free_block(block);
        }
        self.switch(0, false)
    }

    /// `tjoin`: `Ok(Some(code))` when done, `Ok(None)` when the thread must wait.
    pub(crate) fn join(&mut self, at: usize, thread: u64, out: u64) -> Result<Option<i32>, Break> {
        let t = &self.threads;
        if thread == t.cur.id {
            return Ok(Some(2));
        }
        if let Some(i) = t.ended.iter().position(|&(id, _)| id == thread) {
            if out != 0 {
                let v = t.ended[i].1;
                self.mem
                    .write(out, v.to_le_bytes())
                    .ok_or_else(|| trap(Trap::OutOfBounds { addr: out, size: 8 }))?;
            }
            self.threads.ended.remove(i);
            self.mem.release(RESULT_COST);
            return Ok(Some(0));
        }
        let joinable = t
            .parked
            .iter()
            .any(|p| p.meta.id == thread && !p.meta.detached);
        let joined = t.parked.iter().any(|p| p.meta.wait == Wait::Join(thread));
        if !joinable || joined {
            return Ok(Some(1));
        }
        if t.depth != 1 {
            return Err(trap(Trap::Program(
                "a thread cannot wait inside a call from the host".into(),
            )));
        }
        // It runs the `tjoin` again when the thread has ended.
        self.threads.cur.wait = Wait::Join(thread);
        Err(self.switch(at, false))
    }

    /// `tdetach`: 0, or 1 if no joinable thread has that id.
    pub(crate) fn detach(&mut self, thread: u64) -> i32 {
        let t = &mut self.threads;
        if let Some(i) = t.ended.iter().position(|&(id, _)| id == thread) {
            t.ended.remove(i);
            self.mem.release(RESULT_COST);
            return 0;
        }
        let meta = if t.cur.id == thread && !t.cur_ended {
            Some(&mut t.cur)
        } else {
            t.parked
                .iter_mut()
                .find(|p| p.meta.id == thread)
                .map(|p| &mut p.meta)
        };
        match meta {
            Some(m) if !m.detached => {
                m.detached = true;
                0
            }
            _ => 1,
        }
    }

    /// `twait`: 1 when the i32 at `addr` is not `expected`, else waits (0).
    pub(crate) fn futex_wait(
        &mut self,
        next: usize,
        dst: Reg,
        addr: u64,
        expected: u64,
    ) -> Result<(), Break> {
        let word = self
            .mem
            .read::<4>(addr)
            .ok_or_else(|| trap(Trap::OutOfBounds { addr, size: 4 }))?;
        if u32::from_le_bytes(word) != expected as u32 {
            self.set(dst, 1i32);
            return Ok(());
        }
        self.set(dst, 0i32);
        if self.threads.depth != 1 {
            return Err(trap(Trap::Program(
                "a thread cannot wait inside a call from the host".into(),
            )));
        }
        self.threads.cur.wait = Wait::Futex(addr);
        Err(self.switch(next, false))
    }

    /// `twake`: wakes up to `count` threads waiting at `addr`; how many.
    pub(crate) fn futex_wake(&mut self, addr: u64, count: u64) -> u64 {
        let mut woken = 0;
        for p in self.threads.parked.iter_mut() {
            if woken == count {
                break;
            }
            if p.meta.wait == Wait::Futex(addr) {
                p.meta.wait = Wait::Ready;
                woken += 1;
            }
        }
        woken
    }

    /// After a `Break::Switch` at `at`: the thread to run next becomes the
    /// running one; returns where it continues. Traps with `deadlock` when
    /// every thread waits, reported where the running thread waits (or, if
    /// it has just ended, where the longest-waiting one does).
    pub(crate) fn reschedule(&mut self, at: usize) -> Result<usize, (usize, Break)> {
        let t = &mut self.threads;
        let resume = t.resume;
        if std::mem::take(&mut t.stay) {
            return Ok(resume);
        }
        let next = t.parked.iter().position(|p| t.runnable(p));
        let Some(i) = next else {
            if !t.cur_ended && t.cur.wait == Wait::Ready {
                return Ok(resume);
            }
            let deadlock = trap(Trap::Deadlock { threads: t.live });
            if !t.cur_ended {
                return Err((at, deadlock));
            }
            let Some(waiting) = self.threads.parked.pop_front() else {
                return Err((at, deadlock));
            };
            // A futex wait resumes after its `twait`; a join reruns its `tjoin`.
            let pc = match waiting.meta.wait {
                Wait::Futex(_) => waiting.pc.saturating_sub(1),
                _ => waiting.pc,
            };
            self.threads.cur_ended = false;
            self.install(waiting);
            return Err((pc, deadlock));
        };
        let incoming = t.parked.remove(i).expect("position is in range");
        if std::mem::take(&mut self.threads.cur_ended) {
            // Its registers and frames go with it; its stack went in `end_thread`.
            let bytes =
                8 * self.regs.capacity() + std::mem::size_of::<Frame>() * self.frames.capacity();
            self.mem.release(bytes as u64);
            self.install(incoming);
        } else {
            let outgoing = self.install(incoming);
            let parked = Parked {
                pc: resume,
                ..outgoing
            };
            self.threads.parked.push_back(parked);
        }
        let pc = self.threads.resume;
        self.threads.cur.wait = Wait::Ready;
        Ok(pc)
    }

    /// Makes `p` the running thread; returns the one that was running
    /// (its `pc` is for the caller to fill in). `threads.resume` = where
    /// `p` continues.
    fn install(&mut self, mut p: Parked) -> Parked {
        std::mem::swap(&mut self.regs, &mut p.regs);
        std::mem::swap(&mut self.frames, &mut p.frames);
        std::mem::swap(&mut self.base, &mut p.base);
        std::mem::swap(&mut self.top, &mut p.top);
        std::mem::swap(&mut self.threads.cur, &mut p.meta);
        self.jumps.swap_thread(&mut p.jumps);
        let stack = self.mem.stack_state();
        self.mem.set_stack_state(p.stack);
        p.stack = stack;
        self.sync_window();
        self.threads.resume = p.pc;
        p
    }

    /// Makes the main thread the running one again (a trap in another
    /// thread ended a [`Vm::call`], whose frames are the main thread's).
    pub(crate) fn back_to_main(&mut self) {
        if self.threads.cur.id == MAIN_THREAD && !self.threads.cur_ended {
            return;
        }
        let Some(i) = self
            .threads
            .parked
            .iter()
            .position(|p| p.meta.id == MAIN_THREAD)
        else {
            return;
        };
        let main = self.threads.parked.remove(i).expect("position is in range");
        let ended = std::mem::take(&mut self.threads.cur_ended);
        let outgoing = self.install(main);
        if !ended {
            self.threads.parked.push_front(outgoing);
        }
        self.threads.cur.wait = Wait::Ready;
    }
}
