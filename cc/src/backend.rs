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
/// world compiles about 30), unless asked for by number.
const PARALLEL_MIN_FUNCS: usize = 64;

/// At most this many threads: past it the calling thread, which emits, is
/// the bottleneck.
const MAX_THREADS: usize = 8;

/// The worker threads for `jobs` functions when [`crate::Options::threads`]
/// is `asked`: 0 is one per core (up to [`MAX_THREADS`]) for a program of
/// [`PARALLEL_MIN_FUNCS`] or more, else none; 1 is none; more is that many
/// (up to [`MAX_THREADS`]).
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
/// each result to `deliver` on this thread in the jobs' order. When
/// `threads` ([`crate::Options::threads`]) asks for more than one, that
/// many threads (this one included) take the jobs in turn, this one
/// delivering whenever the next result is ready; the workers' time reports
/// are merged into `timer`.
pub(crate) fn prepare_all(
    jobs: Vec<Job>,
    inl: &Inlinable,
    optimize: bool,
    threads: usize,
    timer: &mut Timer,
    mut deliver: impl FnMut(Prepared),
) {
    let n = jobs.len();
    let threads = thread_count(threads, n);
    if threads <= 1 || n < 2 {
        for job in jobs {
            deliver(prepare(job, inl, optimize, timer));
        }
        return;
    }
    let queue = Mutex::new(jobs.into_iter().enumerate());
    // A poisoned lock means a worker panicked: take nothing more, and the
    // scope passes the panic on.
    let take = || queue.lock().ok().and_then(|mut q| q.next());
    let timer_on = timer.is_on();
    std::thread::scope(|s| {
        let (tx, rx) = mpsc::channel::<(usize, Prepared)>();
        // This thread works too, between deliveries: `threads - 1` more.
        let mut workers = Vec::new();
        for _ in 1..threads {
            let tx = tx.clone();
            let take = &take;
            let spawned = std::thread::Builder::new()
                .name("voxcc backend".into())
                .stack_size(crate::COMPILER_STACK)
                .spawn_scoped(s, move || {
                    let mut timer = Timer::new(timer_on);
                    while let Some((i, job)) = take() {
                        if tx
                            .send((i, prepare(job, inl, optimize, &mut timer)))
                            .is_err()
                        {
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
        let mut pending: Vec<Option<Prepared>> = (0..n).map(|_| None).collect();
        let mut at = 0;
        while at < n {
            while let Ok((i, p)) = rx.try_recv() {
                pending[i] = Some(p);
            }
            if let Some(p) = pending[at].take() {
                deliver(p);
                at += 1;
            } else if let Some((i, job)) = take() {
                pending[i] = Some(prepare(job, inl, optimize, timer));
            } else {
                match rx.recv() {
                    Ok((i, p)) => pending[i] = Some(p),
                    // Every worker is gone with results missing: one
                    // panicked, and joining the scope passes the panic on.
                    Err(_) => break,
                }
            }
        }
        for w in workers {
            if let Ok(t) = w.join() {
                timer.merge(t);
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
