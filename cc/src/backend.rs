//! The part of code generation that works on one function alone: the IR
//! passes, block layout and register allocation. [`crate::link`] hands every
//! reachable function here and emits the results in order, since emitting
//! needs the whole program's symbols. On a large program the functions are
//! worked on by several threads; each function's result depends only on its
//! own body and the bodies it inlines, so the image is the same byte for
//! byte whatever the number of threads.
//!
//! On a large unit the backend also starts before the link
//! ([`EarlySink`]): while the parser goes on, worker threads prepare each
//! function whose calls all name functions of the unit already lowered,
//! guessing what the link will decide to inline from what is known so far.
//! The link checks every guess ([`Early::holds`]); if one is wrong, the
//! program is compiled again without starting early, so the image is still
//! the same byte for byte.

use crate::emit;
use crate::fxhash::FxHashMap;
use crate::ir::{Callee, Func, Inst, SymRef};
use crate::opt;
use crate::regalloc::{self, Allocation};
use crate::source::Loc;
use crate::timing::Timer;
use std::cell::Cell;
use std::sync::{mpsc, Arc, Mutex};
use std::time::Duration;

/// Where a function's body comes from.
pub(crate) enum Body {
    /// Moved out of the units' bodies: nothing inlines it.
    Owned(Func),
    /// Copied from the units' bodies, which other functions inline:
    /// (unit, index).
    Shared(u32, usize),
    /// Prepared while its unit was parsed (its guesses checked).
    Done(Prepared),
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
    /// Prepared and emitted early ([`EarlySink`]): what is left for the
    /// link is placing it (boxed, as `Ready`).
    Emitted(Box<emit::Relocatable>),
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
    let f = match job.body {
        Body::Owned(f) => f,
        Body::Shared(tu, fi) => timer.time("copy bodies to inline", || {
            inl.bodies[tu as usize][fi].clone()
        }),
        Body::Done(p) => return p,
    };
    prepare_body(f, job.noinline, &|callee| inl.body(callee), optimize, timer)
}

/// [`prepare`] on a body, with `lookup` giving the body a call inlines.
fn prepare_body(
    mut f: Func,
    noinline: bool,
    lookup: &dyn Fn(SymRef) -> Option<Func>,
    optimize: bool,
    timer: &mut Timer,
) -> Prepared {
    if let Some((loc, msg)) = f.error.take() {
        return Prepared::Failed(loc, msg);
    }
    // `-O0`: straight to register allocation.
    if optimize {
        timer.time("opt: inline_calls", || opt::inline_calls(&mut f, lookup));
        if !noinline {
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

/// Below this many tokens in a unit, [`crate::Options::threads`] 0 starts
/// no early backend: the threads would cost more than they save (hello
/// world's unit has a few hundred).
const EARLY_MIN_TOKENS: usize = 20_000;

/// Early worker threads for a unit of `tokens` tokens when
/// [`crate::Options::threads`] is `asked`: as many as there are other cores
/// (up to [`MAX_THREADS`] threads in all) for a unit of
/// [`EARLY_MIN_TOKENS`] or more when 0, none when 1, else `asked` less the
/// parsing thread.
pub(crate) fn early_workers(asked: usize, tokens: usize) -> usize {
    match asked {
        0 if tokens < EARLY_MIN_TOKENS => 0,
        0 => std::thread::available_parallelism().map_or(1, |n| n.get().min(MAX_THREADS)) - 1,
        n => n.min(MAX_THREADS) - 1,
    }
}

/// What a call to a function was taken to inline: the body at (unit,
/// index), or nothing.
pub(crate) type Guess = (SymRef, Option<(u32, usize)>);

/// A function prepared while its unit was parsed, and what that took for
/// granted.
pub(crate) struct Early {
    /// The result.
    pub prepared: Prepared,
    /// Whether the function was taken to be `noinline` (which keeps it from
    /// inlining itself).
    noinline: bool,
    /// What each function its calls name was taken to inline.
    guesses: Vec<Guess>,
    /// A call named a function with no guess (not expected): the result
    /// cannot be checked.
    unchecked: bool,
}

impl Early {
    /// Whether the function was prepared with what the link decided:
    /// whether it is `noinline`, and what `by_callee` gives for every
    /// function its calls name. Then the result is the one [`prepare`]
    /// would give now.
    pub(crate) fn holds(
        &self,
        noinline: bool,
        by_callee: &FxHashMap<SymRef, (u32, usize)>,
    ) -> bool {
        !self.unchecked
            && self.noinline == noinline
            && self
                .guesses
                .iter()
                .all(|(s, g)| by_callee.get(s).copied() == *g)
    }
}

/// A function for the early workers.
struct EarlyJob {
    /// Its index in the unit.
    fi: usize,
    body: Func,
    noinline: bool,
    guesses: Vec<Guess>,
}

/// The parser's end of the early backend: [`EarlySink::offer`] takes each
/// function of the unit as it is lowered.
pub(crate) struct EarlySink {
    tu: u32,
    /// To the workers; `None` once offering stopped.
    jobs: Option<mpsc::Sender<EarlyJob>>,
    /// Bodies calls may inline, by index in the unit.
    callees: Arc<Mutex<FxHashMap<usize, Func>>>,
    /// Per function offered so far: whether its body is inlinable.
    inlinable: Vec<bool>,
}

impl EarlySink {
    /// Offers function number `fi` of the unit, just lowered and declared
    /// `noinline` or not so far. It goes to the workers when it is not
    /// itself inlinable and every call it makes names a function that
    /// `lowered` knows: one of this unit already lowered, given as its
    /// index and whether it is `noinline` so far. (A function that calls
    /// one not yet lowered here stays: what the call inlines is not known
    /// before the link.) Returns what the unit keeps: the body, or for a
    /// function sent away a placeholder with its symbol, name, references
    /// (for reachability) and location.
    pub(crate) fn offer(
        &mut self,
        f: Func,
        fi: usize,
        noinline: bool,
        lowered: impl Fn(SymRef) -> Option<(usize, bool)>,
    ) -> Func {
        if fi != self.inlinable.len() {
            // Out of step with the unit's numbering: offer nothing more.
            self.jobs = None;
        }
        if self.jobs.is_none() {
            return f;
        }
        // As `link` decides it (for a unit of the program's own).
        let inlinable = opt::inlinable(&f, false);
        self.inlinable.push(inlinable);
        if inlinable {
            if let Ok(mut c) = self.callees.lock() {
                c.insert(fi, f.clone());
            }
            return f;
        }
        // A lowering error is reported by the link.
        if f.error.is_some() {
            return f;
        }
        let mut guesses: Vec<Guess> = Vec::new();
        for b in &f.blocks {
            for (i, _) in &b.insts {
                let Inst::Call {
                    callee: Callee::Direct(s),
                    ..
                } = i
                else {
                    continue;
                };
                if *s == f.sym || guesses.iter().any(|g| g.0 == *s) {
                    continue;
                }
                let known = (s.tu == self.tu).then(|| lowered(*s)).flatten();
                let Some((at, callee_noinline)) = known else {
                    return f;
                };
                let inl = self.inlinable.get(at).copied().unwrap_or(false);
                guesses.push((*s, (inl && !callee_noinline).then_some((self.tu, at))));
            }
        }
        let keep = Func {
            sym: f.sym,
            name: f.name.clone(),
            refs: f.refs.clone(),
            loc: f.loc,
            ..Func::placeholder()
        };
        let Some(jobs) = &self.jobs else { return f };
        let job = EarlyJob {
            fi,
            body: f,
            noinline,
            guesses,
        };
        match jobs.send(job) {
            Ok(()) => keep,
            Err(mpsc::SendError(job)) => {
                self.jobs = None;
                job.body
            }
        }
    }
}

/// Runs `parse` for unit `tu` with `workers` early worker threads taking
/// the functions it offers to the sink it is given (none without
/// workers). Returns its result, the functions prepared, by index in the
/// unit, and the workers' timers (merged), once every worker has stopped.
/// A panic on a worker reaches the caller.
pub(crate) fn with_early<T>(
    tu: u32,
    workers: usize,
    timer_on: bool,
    parse: impl FnOnce(Option<EarlySink>) -> T,
) -> (T, FxHashMap<usize, Early>, Timer) {
    let mut timer = Timer::new(timer_on);
    if workers == 0 {
        return (parse(None), FxHashMap::default(), timer);
    }
    let (tx, rx) = mpsc::channel::<EarlyJob>();
    let rx = Mutex::new(rx);
    let callees = Arc::new(Mutex::new(FxHashMap::default()));
    std::thread::scope(|s| {
        let mut handles = Vec::new();
        for _ in 0..workers {
            let (rx, callees) = (&rx, &*callees);
            let spawned = std::thread::Builder::new()
                .name("voxcc early backend".into())
                .stack_size(crate::COMPILER_STACK)
                .spawn_scoped(s, move || early_worker(rx, callees, timer_on));
            match spawned {
                Ok(h) => handles.push(h),
                // No more threads to be had: fewer work.
                Err(_) => break,
            }
        }
        let sink = (!handles.is_empty()).then(|| EarlySink {
            tu,
            jobs: Some(tx),
            callees: callees.clone(),
            inlinable: Vec::new(),
        });
        // `parse` drops the sink, and with it the sender: the workers
        // finish what is queued and stop. This thread helps them.
        let out = parse(sink);
        let (mine, t) = early_worker(&rx, &callees, timer_on);
        timer.merge(t);
        let mut done: FxHashMap<usize, Early> = mine.into_iter().collect();
        // What is left is what the workers are still doing.
        let started = timer_on.then(std::time::Instant::now);
        for h in handles {
            match h.join() {
                Ok((results, t)) => {
                    timer.merge(t);
                    done.extend(results);
                }
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        if let Some(t) = started {
            timer.add("wait for the early backend", t.elapsed());
        }
        (out, done, timer)
    })
}

/// One early worker: prepares what the sink sends until it is dropped.
fn early_worker(
    jobs: &Mutex<mpsc::Receiver<EarlyJob>>,
    callees: &Mutex<FxHashMap<usize, Func>>,
    timer_on: bool,
) -> (Vec<(usize, Early)>, Timer) {
    let mut timer = Timer::new(timer_on);
    let mut done = Vec::new();
    loop {
        // A poisoned lock: another worker panicked (passed on when joined).
        let Ok(Ok(job)) = jobs.lock().map(|rx| rx.recv()) else {
            break;
        };
        let unchecked = Cell::new(false);
        let lookup = |s: SymRef| match job.guesses.iter().find(|g| g.0 == s) {
            Some(&(_, Some((_, at)))) => {
                let body = callees.lock().ok().and_then(|c| c.get(&at).cloned());
                unchecked.set(unchecked.get() || body.is_none());
                body
            }
            Some((_, None)) => None,
            None => {
                unchecked.set(true);
                None
            }
        };
        let mut prepared = prepare_body(job.body, job.noinline, &lookup, true, &mut timer);
        // Emitted now, the IR and its allocation need not wait for the
        // link: code, locations and relocations take a sixth of their memory.
        if let Prepared::Ready(ready) = &prepared {
            let r = timer.time("emit", || emit::emit_relocatable(&ready.0, &ready.1));
            prepared = Prepared::Emitted(Box::new(r));
        }
        // A count: the time is in the passes' rows.
        timer.add("(functions prepared while parsing)", Duration::ZERO);
        done.push((
            job.fi,
            Early {
                prepared,
                noinline: job.noinline,
                guesses: job.guesses,
                unchecked: unchecked.get(),
            },
        ));
    }
    (done, timer)
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

    /// A panic while parsing (a parser bug) reaches the caller: the sink,
    /// dropped as the panic unwinds, lets the early workers stop, where a
    /// sender kept anywhere else would leave them waiting and the compile
    /// hanging.
    #[test]
    fn a_panic_while_parsing_stops_the_early_workers() {
        let (tx, rx) = mpsc::channel();
        // On a thread of its own, so that a hang fails the test.
        std::thread::spawn(move || {
            let outcome = std::panic::catch_unwind(|| {
                with_early(0, 2, false, |sink| {
                    assert!(sink.is_some(), "no early workers started");
                    panic!("parser bug");
                })
            });
            let _ = tx.send(outcome.is_err());
        });
        match rx.recv_timeout(std::time::Duration::from_secs(60)) {
            Ok(panicked) => assert!(panicked, "with_early returned normally"),
            Err(_) => panic!("with_early still waits for its workers after a panic"),
        }
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
