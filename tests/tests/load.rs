//! Many VMs, many threads, under load (issue 16): what an embedder that runs
//! thousands of short scripts relies on.
//!
//! Two C scripts (`tests/load/benign.c`, `tests/load/hostile.c`) are compiled
//! once; the modules and one host (the C library plus `host_mix`) are shared
//! by as many worker threads as the machine has cores. Together they run
//! [`INSTANCES`] instances, each a fresh VM with its own arguments, limits
//! and output; one in a hundred is hostile, in each shape in turn. The test
//! checks that
//!
//! - every benign instance prints exactly what a Rust model of the script
//!   computes and exits with its status;
//! - every hostile one traps with its reason: the step limit, an interrupt
//!   from a watchdog thread, the memory cap (an allocation bomb), the
//!   recursion limit, a null dereference, a host function that fails;
//! - the process's peak RSS (`VmHWM`) stays under [`peak_bound`], and its RSS
//!   after the run is within [`LEAK`] of what it was after the first
//!   [`WARM`] instances (the same threads run both phases, so allocator
//!   arenas are warm; glibc is told to map VM-sized blocks on their own, see
//!   [`fixed_mmap_threshold`]).
//!
//! The figures (instances per second, µs per instantiate+run, RSS) are
//! printed: `cargo test --release -p tests --test load -- --nocapture`.
//! A debug build runs [`DEBUG_INSTANCES`] and skips the RSS bounds, which are
//! about optimised builds.

// glibc: the RSS figures need its `mallopt` and `malloc_trim`.
#![cfg(all(target_os = "linux", target_env = "gnu"))]

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Barrier, Mutex};
use std::time::{Duration, Instant};
use vm::{Config, Host, HostError, MemoryConfig, Module, Trap, Vm};

/// Instances in an optimised build.
const INSTANCES: usize = 10_000;
/// Instances in a debug build (the match loop, no optimisation).
const DEBUG_INSTANCES: usize = 600;
/// Instances run before the RSS checkpoint.
const WARM: usize = 1_000;
/// One instance in `HOSTILE_EVERY` is hostile.
const HOSTILE_EVERY: usize = 100;
/// Each instance's memory cap (data, stack, heap, registers, frames).
const MAX_MEMORY: u64 = 8 << 20;
/// Each instance's step limit (the benign script needs a few hundred).
const MAX_STEPS: u64 = 200_000;
/// Each instance's call-depth limit.
const MAX_RECURSION: usize = 1_000;
/// Most the RSS may grow from the checkpoint to the end: not a leak.
const LEAK: u64 = 4 << 20;

/// Peak RSS allowed with `threads` workers: each runs one instance at a time,
/// which holds at most [`MAX_MEMORY`] of VM memory (the allocation bomb
/// reaches it), plus a fixed 32 MiB for the test process itself (the
/// executable, the compiler's peak while compiling the scripts, the modules,
/// thread stacks, allocator slack). Measured: 15-17 MiB on 2 threads.
fn peak_bound(threads: usize) -> u64 {
    (32 << 20) + threads as u64 * MAX_MEMORY
}

/// The hostile shapes, in the order they take turns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// `for (;;)` under the step limit.
    Steps,
    /// `for (;;)` without one, stopped by the watchdog thread.
    Interrupt,
    /// Allocates 1 MiB blocks until the cap.
    Bomb,
    /// Unbounded recursion.
    Deep,
    /// Reads through a null pointer.
    Null,
    /// Calls `host_mix` with an argument it rejects.
    HostError,
}

const SHAPES: [Shape; 6] = [
    Shape::Steps,
    Shape::Interrupt,
    Shape::Bomb,
    Shape::Deep,
    Shape::Null,
    Shape::HostError,
];

/// What instance `i` is: `None` for benign.
fn shape(i: usize) -> Option<Shape> {
    (i % HOSTILE_EVERY == HOSTILE_EVERY - 1).then(|| SHAPES[(i / HOSTILE_EVERY) % SHAPES.len()])
}

/// The benign script's argument for instance `i`.
fn benign_n(i: usize) -> i64 {
    10 + (i % 37) as i64
}

/// `host_mix` as the host defines it; it rejects a negative `a`.
fn host_mix(a: i64, b: i64) -> Result<i64, HostError> {
    if a < 0 {
        return Err(HostError::new(format!("host_mix: rejected {a}")));
    }
    Ok(a * 31 + b)
}

/// What `benign.c` prints and its exit status, computed independently.
fn benign_expected(n: i64) -> (String, i32) {
    let mut h = vec![14695981039346656037u64];
    for i in 0..n {
        let last = h[i as usize];
        h.push((last ^ i as u64).wrapping_mul(1099511628211));
    }
    let sum = h.iter().fold(0u64, |s, x| s.wrapping_add(x >> 32));
    let mix = host_mix((sum & 0xffff) as i64, n).unwrap();
    let last = h[n as usize];
    (
        format!("n={n} hash={last} sum={sum} mix={mix}\n"),
        (last & 63) as i32,
    )
}

fn compile(name: &str) -> Module {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("load")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap();
    let source = voxcc::Source::new(path.display().to_string(), text);
    let opts = voxcc::Options {
        host_files: true,
        ..Default::default()
    };
    voxcc::compile(&[source], &opts)
        .unwrap_or_else(|e| panic!("{name}: {}", e.rendered))
        .module
}

extern "C" {
    /// glibc: returns the free memory at the top of the heap and in free
    /// chunks to the system.
    fn malloc_trim(pad: usize) -> i32;
    /// glibc: sets an allocator parameter.
    fn mallopt(param: i32, value: i32) -> i32;
}

/// Makes glibc serve every block of 1 MiB or more (each VM's stack and heap)
/// with its own mapping, returned to the system when freed. By default glibc
/// raises that threshold to the size of the largest mapped block freed so
/// far: after the first allocation bomb, VM memories come from the threads'
/// arenas, and each arena then keeps up to a VM's memory cap (8 MiB here) of
/// freed pages resident. That is the allocator's cache, not a leak, but it
/// would hide one of a few MiB.
///
/// # Safety
/// Call before other threads allocate.
unsafe fn fixed_mmap_threshold() {
    const M_MMAP_THRESHOLD: i32 = -3;
    // SAFETY: caller; `mallopt` takes the allocator's lock.
    let ok = unsafe { mallopt(M_MMAP_THRESHOLD, 1 << 20) };
    assert_eq!(ok, 1, "mallopt(M_MMAP_THRESHOLD) failed");
}

/// `VmRSS` after giving the allocator's free memory back to the system, so
/// that it counts live memory: glibc keeps freed blocks, including the VMs'
/// multi-MiB memories once its mmap threshold has risen past their size.
fn live_rss() -> u64 {
    // SAFETY: `malloc_trim` only releases memory the allocator holds free;
    // it takes the allocator's locks like any `malloc`.
    unsafe { malloc_trim(0) };
    status_bytes("VmRSS:")
}

/// `VmRSS` or `VmHWM` of this process, in bytes.
fn status_bytes(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status
        .lines()
        .find(|l| l.starts_with(field))
        .unwrap_or_else(|| panic!("no {field} in /proc/self/status"));
    let kb: u64 = line
        .split_whitespace()
        .nth(1)
        .and_then(|k| k.parse().ok())
        .unwrap_or_else(|| panic!("bad line {line:?}"));
    kb << 10
}

struct Shared {
    benign: Module,
    hostile: Module,
    host: Host,
    /// Interrupt handles for the watchdog.
    watchdog: Mutex<mpsc::Sender<vm::InterruptHandle>>,
}

/// Runs instance `i`; `Err` says how it went wrong.
fn instance(s: &Shared, i: usize) -> Result<(), String> {
    let shape = shape(i);
    let (module, args) = match shape {
        None => (&s.benign, vec![benign_n(i).to_string()]),
        Some(sh) => {
            let arg = match sh {
                Shape::Steps | Shape::Interrupt => "spin",
                Shape::Bomb => "bomb",
                Shape::Deep => "deep",
                Shape::Null => "null",
                Shape::HostError => "host",
            };
            (&s.hostile, vec![arg.to_string()])
        }
    };
    let config = Config {
        args,
        max_recursion: MAX_RECURSION,
        max_steps: (shape != Some(Shape::Interrupt)).then_some(MAX_STEPS),
        memory: MemoryConfig {
            max: MAX_MEMORY,
            ..MemoryConfig::default()
        },
        ..Config::default()
    };
    let mut out = Vec::new();
    let mut machine = Vm::with_host(module, &config, &s.host).map_err(|e| e.to_string())?;
    machine.set_output(&mut out);
    if shape == Some(Shape::Interrupt) {
        let handle = machine.interrupt_handle();
        s.watchdog.lock().unwrap().send(handle).unwrap();
    }
    let result = if i % 1000 == 500 {
        // Now and then the instance runs on a thread other than the one that
        // created it: a `Vm` is `Send`.
        std::thread::scope(|sc| sc.spawn(move || machine.run()).join().unwrap())
    } else {
        let r = machine.run();
        drop(machine);
        r
    };
    let out = String::from_utf8_lossy(&out).into_owned();
    match shape {
        None => {
            let (want_out, want_status) = benign_expected(benign_n(i));
            match result {
                Ok(st) if st == want_status && out == want_out => Ok(()),
                Ok(st) => Err(format!(
                    "benign: status {st} output {out:?}; want {want_status} {want_out:?}"
                )),
                Err(t) => Err(format!("benign trapped: {t}")),
            }
        }
        Some(sh) => {
            let trap = match result {
                Ok(st) => return Err(format!("{sh:?}: exited {st} with {out:?}; want a trap")),
                Err(t) => t.trap,
            };
            let right = match sh {
                Shape::Steps => trap == Trap::StepLimit { limit: MAX_STEPS },
                Shape::Interrupt => trap == Trap::Interrupted,
                Shape::Bomb => matches!(trap, Trap::HeapExhausted { cap, .. } if cap == MAX_MEMORY),
                Shape::Deep => {
                    trap == Trap::RecursionLimit {
                        limit: MAX_RECURSION,
                    }
                }
                Shape::Null => matches!(trap, Trap::OutOfBounds { addr: 0, .. }),
                Shape::HostError => {
                    trap == Trap::Host {
                        function: "host_mix".into(),
                        message: "host_mix: rejected -1".into(),
                    }
                }
            };
            if right {
                Ok(())
            } else {
                Err(format!("{sh:?}: trapped with `{trap}` ({trap:?})"))
            }
        }
    }
}

#[test]
fn ten_thousand_instances_on_every_core() {
    let release = !cfg!(debug_assertions);
    let total = if release { INSTANCES } else { DEBUG_INSTANCES };
    let warm = WARM.min(total / 2);
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    // SAFETY: sets an allocator parameter before any VM exists; see
    // `fixed_mmap_threshold`.
    unsafe { fixed_mmap_threshold() };
    let mut host = voxcc::runtime::host();
    host.define("host_mix", host_mix);
    let (tx, rx) = mpsc::channel::<vm::InterruptHandle>();
    let shared = Shared {
        benign: compile("benign.c"),
        hostile: compile("hostile.c"),
        host,
        watchdog: Mutex::new(tx),
    };
    // The watchdog interrupts each VM it is told about after a while (if the
    // VM has not started running yet, its first step check stops it).
    let watchdog = std::thread::spawn(move || {
        let mut n = 0;
        for h in rx {
            std::thread::sleep(Duration::from_millis(2));
            h.interrupt();
            n += 1;
        }
        n
    });

    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    let barrier = Barrier::new(threads + 1);
    let work = |end: usize| loop {
        let i = next.fetch_add(1, Ordering::Relaxed);
        if i >= end {
            break;
        }
        if let Err(e) = instance(&shared, i) {
            failures.lock().unwrap().push(format!("instance {i}: {e}"));
        }
    };
    let (warm_rss, warm_time, end_time) = std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                work(warm);
                barrier.wait(); // first phase done
                barrier.wait(); // RSS measured, `next` back at `warm`
                work(total);
            });
        }
        let start = Instant::now();
        barrier.wait();
        let warm_time = start.elapsed();
        let rss = live_rss();
        // Each worker took one index past the end of the first phase.
        next.store(warm, Ordering::Relaxed);
        barrier.wait();
        (rss, warm_time, start)
    });
    let elapsed = end_time.elapsed();
    let end_rss = live_rss();
    let peak = status_bytes("VmHWM:");
    drop(shared);
    let interrupted = watchdog.join().unwrap();

    let failures = failures.into_inner().unwrap();
    assert!(
        failures.is_empty(),
        "{} of {total} instances failed; first ones:\n{}",
        failures.len(),
        failures[..failures.len().min(10)].join("\n")
    );
    let hostile = (0..total).filter(|&i| shape(i).is_some()).count();
    assert!(hostile >= SHAPES.len(), "every hostile shape runs");
    assert_eq!(
        interrupted,
        (0..total)
            .filter(|&i| shape(i) == Some(Shape::Interrupt))
            .count()
    );

    let mib = |b: u64| b as f64 / (1 << 20) as f64;
    let per_sec = total as f64 / elapsed.as_secs_f64();
    println!(
        "load: {total} instances ({hostile} hostile) on {threads} threads in {:.2} s \
         (first {warm}: {:.2} s): {per_sec:.0} instances/s, {:.1} µs per instance per thread",
        elapsed.as_secs_f64(),
        warm_time.as_secs_f64(),
        elapsed.as_secs_f64() * 1e6 * threads as f64 / total as f64,
    );
    println!(
        "load: RSS after {warm}: {:.1} MiB, after all: {:.1} MiB (growth {:+.1} MiB); peak {:.1} MiB (bound {:.0} MiB)",
        mib(warm_rss),
        mib(end_rss),
        mib(end_rss) - mib(warm_rss),
        mib(peak),
        mib(peak_bound(threads)),
    );
    if !release {
        println!("load: debug build: RSS bounds not checked");
        return;
    }
    assert!(
        peak <= peak_bound(threads),
        "peak RSS {:.1} MiB over the bound {:.0} MiB",
        mib(peak),
        mib(peak_bound(threads))
    );
    assert!(
        end_rss <= warm_rss + LEAK,
        "RSS grew by {:.1} MiB after the first {warm} instances (a leak?)",
        mib(end_rss) - mib(warm_rss)
    );
}
