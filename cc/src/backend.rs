//! The part of code generation that works on one function alone: the IR
//! passes, block layout and register allocation. [`crate::link`] hands every
//! reachable function here and emits the results in order, since emitting
//! needs the whole program's symbols. On a large program the functions are
//! worked on by several threads; each function's result depends only on its
//! own body and the bodies it inlines, so the image is the same byte for
//! byte whatever the number of threads.

use crate::fxhash::FxHashMap;
use crate::ir::{Func, SymRef};
use crate::opt;
use crate::regalloc::{self, Allocation};
use crate::source::Loc;
use crate::timing::Timer;
use std::sync::{mpsc, Mutex};

/// Where a function's body comes from.
pub(crate) enum Body {
    /// Moved out of the units' bodies: nothing inlines it.
    Owned(Func),
    /// Copied from the units' bodies, which other functions inline:
    /// (unit, index).
    Shared(u32, usize),
}

/// One function to compile.
pub(crate) struct Job {
    /// Its body.
    pub body: Body,
    /// Declared `noinline`: not inlined into itself either.
    pub noinline: bool,
}

/// A function ready to emit, or the error that stops it.
pub(crate) enum Prepared {
    /// The optimised function and its registers (boxed: results wait in a
    /// vector for their turn).
    Ready(Box<(Func, Allocation)>),
    /// A lowering error kept for this point, or an allocation failure.
    Failed(Loc, String),
}

/// The bodies calls may inline.
pub(crate) struct Inlinable<'b> {
    /// Every unit's functions.
    pub bodies: &'b [Vec<Func>],
    /// By the symbol a call names: the body it reaches, when that is
    /// inlinable.
    pub by_callee: FxHashMap<SymRef, (u32, usize)>,
}

impl Inlinable<'_> {
    fn body(&self, s: SymRef) -> Option<Func> {
        self.by_callee
            .get(&s)
            .map(|&(tu, fi)| self.bodies[tu as usize][fi].clone())
    }
}

/// Below this many functions, threads cost more than they save (hello
/// world compiles 24), unless asked for by number.
const PARALLEL_MIN_FUNCS: usize = 64;

/// At most this many threads: past it the calling thread, which emits, is
/// the bottleneck.
const MAX_THREADS: usize = 8;

/// The threads, the calling one included, for `jobs` functions when
/// [`crate::Options::threads`] is `asked`: 0 is one per core (up to
/// [`MAX_THREADS`]) for a program of [`PARALLEL_MIN_FUNCS`] functions or
/// more, else 1; any other number is that many (up to [`MAX_THREADS`]).
fn thread_count(asked: usize, jobs: usize) -> usize {
    match asked {
        0 if jobs < PARALLEL_MIN_FUNCS => 1,
        0 => std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(MAX_THREADS),
        n => n.min(MAX_THREADS),
    }
}

/// Optimises (when `optimize`), lays out and allocates every job, and hands
/// each result to `deliver` on this thread in the jobs' order, on as many
/// threads as `threads` ([`crate::Options::threads`]) asks for
/// ([`in_order`]).
pub(crate) fn prepare_all(
    jobs: Vec<Job>,
    inl: &Inlinable,
    optimize: bool,
    threads: usize,
    timer: &mut Timer,
    deliver: impl FnMut(Prepared),
) {
    let threads = thread_count(threads, jobs.len());
    in_order(
        jobs,
        threads,
        timer,
        |job, timer| prepare(job, inl, optimize, timer),
        deliver,
    );
}

/// Runs `work` on every job and hands each result to `deliver` on this
/// thread, in the jobs' order. With `threads` above 1, that many threads
/// (this one included, between deliveries) take the jobs in turn, each
/// with a timer of its own, merged into `timer` at the end. A panic in
/// `work` on any thread reaches the caller once the threads have stopped.
fn in_order<J: Send, R: Send>(
    jobs: Vec<J>,
    threads: usize,
    timer: &mut Timer,
    work: impl Fn(J, &mut Timer) -> R + Sync,
    mut deliver: impl FnMut(R),
) {
    let n = jobs.len();
    if threads <= 1 || n < 2 {
        for job in jobs {
            deliver(work(job, timer));
        }
        return;
    }
    let queue = Mutex::new(jobs.into_iter().enumerate());
    // A poisoned lock means a thread panicked while taking a job (never in
    // `work`): take nothing more; the panic is passed on below.
    let take = || queue.lock().ok().and_then(|mut q| q.next());
    let timer_on = timer.is_on();
    std::thread::scope(|s| {
        let (tx, rx) = mpsc::channel::<(usize, R)>();
        let mut workers = Vec::new();
        for _ in 1..threads {
            let tx = tx.clone();
            let (take, work) = (&take, &work);
            let spawned = std::thread::Builder::new()
                .name("voxcc backend".into())
                .stack_size(crate::COMPILER_STACK)
                .spawn_scoped(s, move || {
                    let mut timer = Timer::new(timer_on);
                    while let Some((i, job)) = take() {
                        if tx.send((i, work(job, &mut timer))).is_err() {
                            break;
                        }
                    }
                    timer
                });
            match spawned {
                Ok(w) => workers.push(w),
                // No more threads to be had: fewer work.
                Err(_) => break,
            }
        }
        drop(tx);
        // Results arrive in any order; deliver them in the jobs' order.
        let mut pending: Vec<Option<R>> = (0..n).map(|_| None).collect();
        let mut at = 0;
        while at < n {
            while let Ok((i, r)) = rx.try_recv() {
                pending[i] = Some(r);
            }
            if let Some(r) = pending[at].take() {
                deliver(r);
                at += 1;
            } else if let Some((i, job)) = take() {
                pending[i] = Some(work(job, timer));
            } else {
                match rx.recv() {
                    Ok((i, r)) => pending[i] = Some(r),
                    // Every worker is gone with results missing: one
                    // panicked, and joining it below passes the panic on.
                    Err(_) => break,
                }
            }
        }
        // Joined by hand, a worker's panic would otherwise be dropped (and
        // the image would lack functions): pass it on, so that
        // `on_compiler_stack` reports voxcc's "compiler crashed" error.
        for w in workers {
            match w.join() {
                Ok(t) => timer.merge(t),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
    });
}

/// One function: the IR passes (when `optimize`), layout, allocation.
fn prepare(job: Job, inl: &Inlinable, optimize: bool, timer: &mut Timer) -> Prepared {
    let mut f = match job.body {
        Body::Owned(f) => f,
        Body::Shared(tu, fi) => timer.time("copy bodies to inline", || {
            inl.bodies[tu as usize][fi].clone()
        }),
    };
    if let Some((loc, msg)) = f.error.take() {
        return Prepared::Failed(loc, msg);
    }
    // `-O0`: straight to register allocation.
    if optimize {
        timer.time("opt: inline_calls", || {
            opt::inline_calls(&mut f, &|callee| inl.body(callee))
        });
        if !job.noinline {
            timer.time("opt: inline_self", || opt::inline_self(&mut f));
        }
        timer.time("opt: drop_null_checks", || opt::drop_null_checks(&mut f));
        timer.time("opt: merge_blocks", || opt::merge_blocks(&mut f));
        timer.time("opt: fold_addresses", || opt::fold_addresses(&mut f));
        timer.time("opt: hoist_invariants", || opt::hoist_invariants(&mut f));
        timer.time("opt: local_cse", || opt::local_cse(&mut f));
        // What moved out of loops lands in one preheader: merge repeats.
        if timer.time("opt: hoist_loop_invariants", || {
            opt::hoist_loop_invariants(&mut f)
        }) {
            timer.time("opt: local_cse", || opt::local_cse(&mut f));
        }
        timer.time("opt: fuse", || opt::fuse(&mut f));
        timer.time("opt: reuse_tested_loads", || {
            opt::reuse_tested_loads(&mut f)
        });
        timer.time("opt: fuse_loop_latches", || opt::fuse_loop_latches(&mut f));
        timer.time("opt: tail_duplicate", || opt::tail_duplicate(&mut f));
        timer.time("opt: fuse_branch_tails", || opt::fuse_branch_tails(&mut f));
        timer.time("opt: return_constants", || opt::return_constants(&mut f));
    }
    let order = timer.time("block layout", || regalloc::layout(&mut f));
    match timer.time("register allocation", || regalloc::allocate(&mut f, order)) {
        Ok(alloc) => Prepared::Ready(Box::new((f, alloc))),
        Err(e) => Prepared::Failed(e.1.unwrap_or(f.loc), e.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Jobs that finish out of order (later ones sooner) still arrive in
    /// order, each once, whatever the number of threads.
    #[test]
    fn results_are_delivered_in_order() {
        for threads in [1, 2, 3, 8] {
            let mut got = Vec::new();
            let mut timer = Timer::new(false);
            in_order(
                (0..200u64).collect(),
                threads,
                &mut timer,
                |j, _| {
                    std::thread::sleep(std::time::Duration::from_micros((200 - j) * 5));
                    j * 3
                },
                |r| got.push(r),
            );
            assert_eq!(got, (0..200u64).map(|j| j * 3).collect::<Vec<_>>());
        }
    }

    /// A panic on a worker reaches the caller instead of a result going
    /// missing (which would leave a function out of the image).
    #[test]
    fn a_panic_on_a_worker_reaches_the_caller() {
        let main = std::thread::current().id();
        let delivered = std::sync::atomic::AtomicUsize::new(0);
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let mut timer = Timer::new(false);
            in_order(
                (0..64u32).collect(),
                2,
                &mut timer,
                |j, _| {
                    if std::thread::current().id() != main {
                        panic!("job {j} failed");
                    }
                    // Leave the worker time to take a job.
                    std::thread::sleep(std::time::Duration::from_millis(1));
                    j
                },
                |_| {
                    delivered.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                },
            )
        }));
        assert!(outcome.is_err(), "in_order returned normally");
        assert!(delivered.into_inner() < 64);
    }

    /// Worker timers are merged into the caller's.
    #[test]
    fn worker_time_is_counted() {
        let mut timer = Timer::new(true);
        in_order(
            (0..100u32).collect(),
            3,
            &mut timer,
            |j, t| t.time("stage", || j),
            |_| {},
        );
        let rendered = timer.render(std::time::Duration::from_secs(1));
        assert!(rendered.contains("100 runs"), "{rendered}");
    }
}
