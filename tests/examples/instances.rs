//! Instances per second and µs per instantiate+run of small modules (issue
//! 16): what an embedder running thousands of short scripts pays per script.
//! Run by `bench/instances`:
//!
//! ```text
//! cargo run --release -p tests --example instances [-- SECONDS]
//! ```
//!
//! Workloads, each a module loaded once and shared:
//! - `empty`: `halt` (instantiation and the run's fixed cost alone);
//! - `empty-64k`: the same with a 64 KiB stack and initial heap instead of
//!   the default 1 MiB each (what zeroing the VM's memory costs);
//! - `fib15`: `bench/fib.vvs 15` (1,973 calls);
//! - `c-benign`: `tests/load/benign.c 40` (the load test's benign script:
//!   the C library's host side, `malloc`, `printf`, a host function).
//!
//! For each: µs per instantiate+run on one thread (best of 3 rounds of
//! SECONDS/3, default 1 s), µs to instantiate alone, and instances per second
//! with one thread per core. Every run's output is checked once first.

use std::path::Path;
use std::time::{Duration, Instant};
use vm::{Config, Host, MemoryConfig, Module, Vm};

struct Work {
    name: &'static str,
    module: Module,
    host: Host,
    config: Config,
    output: &'static str,
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
}

fn assemble(src: &str) -> Module {
    Module::from_image(tests::assemble(src, "bench")).unwrap()
}

fn workloads() -> Vec<Work> {
    let fib = std::fs::read_to_string(root().join("bench/fib.vvs")).unwrap();
    let benign = root().join("tests/load/benign.c");
    let text = std::fs::read_to_string(&benign).unwrap();
    let c = voxcc::compile(
        &[voxcc::Source::new("benign.c", text)],
        &voxcc::Options::default(),
    )
    .unwrap_or_else(|e| panic!("{}", e.rendered));
    let mut c_host = voxcc::runtime::host();
    c_host.define("host_mix", |a: i64, b: i64| a * 31 + b);
    let args = |a: &str| Config {
        args: vec![a.to_string()],
        memory: MemoryConfig {
            max: 8 << 20,
            ..MemoryConfig::default()
        },
        max_steps: Some(1_000_000),
        ..Config::default()
    };
    vec![
        Work {
            name: "empty",
            module: assemble(".func main\n halt r0\n.end\n"),
            host: Host::new(),
            config: args("0"),
            output: "",
        },
        Work {
            name: "empty-64k",
            module: assemble(".func main\n halt r0\n.end\n"),
            host: Host::new(),
            config: Config {
                memory: MemoryConfig {
                    stack: 64 << 10,
                    init_heap: 64 << 10,
                    ..args("0").memory
                },
                ..args("0")
            },
            output: "",
        },
        Work {
            name: "fib15",
            module: assemble(&fib),
            host: Host::new(),
            config: args("15"),
            output: "610\n",
        },
        Work {
            name: "c-benign",
            module: c.module,
            host: c_host,
            config: args("40"),
            output: "n=40 hash=",
        },
    ]
}

/// One instantiate+run; the output's length (so that nothing is optimised away).
fn once(w: &Work, out: &mut Vec<u8>) -> usize {
    out.clear();
    let mut machine = Vm::with_host(&w.module, &w.config, &w.host).unwrap();
    machine.set_output(&mut *out);
    machine.run().unwrap();
    drop(machine);
    out.len()
}

/// Runs `f` for `time`; returns the count and the time taken.
fn for_time(time: Duration, mut f: impl FnMut()) -> (u64, Duration) {
    let start = Instant::now();
    let mut n = 0;
    while start.elapsed() < time {
        for _ in 0..16 {
            f();
        }
        n += 16;
    }
    (n, start.elapsed())
}

fn main() {
    let secs: f64 = std::env::args()
        .nth(1)
        .map(|s| s.parse().expect("SECONDS: a number"))
        .unwrap_or(1.0);
    let round = Duration::from_secs_f64(secs / 3.0);
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!(
        "{:<10} {:>16} {:>14} {:>18}",
        "module",
        "µs inst+run",
        "µs inst only",
        format!("inst/s ({threads} thr)")
    );
    for w in workloads() {
        let mut out = Vec::new();
        once(&w, &mut out);
        let got = String::from_utf8_lossy(&out);
        assert!(got.starts_with(w.output), "{}: printed {got:?}", w.name);
        let best = |f: &mut dyn FnMut()| {
            (0..3)
                .map(|_| {
                    let (n, t) = for_time(round, &mut *f);
                    t.as_secs_f64() * 1e6 / n as f64
                })
                .fold(f64::INFINITY, f64::min)
        };
        let run_us = best(&mut || {
            std::hint::black_box(once(&w, &mut out));
        });
        let inst_us = best(&mut || {
            std::hint::black_box(Vm::with_host(&w.module, &w.config, &w.host).unwrap());
        });
        let total: u64 = std::thread::scope(|s| {
            let hs: Vec<_> = (0..threads)
                .map(|_| {
                    s.spawn(|| {
                        let mut out = Vec::new();
                        for_time(Duration::from_secs_f64(secs), || {
                            std::hint::black_box(once(&w, &mut out));
                        })
                        .0
                    })
                })
                .collect();
            hs.into_iter().map(|h| h.join().unwrap()).sum()
        });
        println!(
            "{:<10} {:>16.1} {:>14.1} {:>18.0}",
            w.name,
            run_us,
            inst_us,
            total as f64 / secs
        );
    }
}
