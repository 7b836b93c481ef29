//! The memory cap holds for the whole process: each hostile program runs as
//! a real `voxvm` process, and its peak resident memory (the kernel's
//! high-water mark, `VmHWM`, which `voxvm` prints at exit when
//! `VOXVM_PEAK_RSS` is set) must stay under the cap plus a fixed
//! [`OVERHEAD`] (the executable, its libraries, allocator slack, the trap
//! report), with the right trap or refusal.
//!
//! Each child also runs under a 4 GiB address-space limit (`ulimit -v`) and a
//! time limit, so that a regression fails the test instead of taking the
//! machine's memory: before the register file and call stack were charged
//! to the cap, the first shape below grew to 24 GB in 86 s.
//!
//! Run with `cargo test --release -p tests --test rss -- --nocapture` to see
//! the figures.

#![cfg(target_os = "linux")]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use tests::cli::{scratch, write, Run};

/// What the process may hold beyond the cap: `voxvm` itself (code, libraries,
/// the decoded program, allocator and page-granularity slack, the trap
/// report). A trivial program peaks at about 5 MB.
const OVERHEAD: u64 = 32 << 20;

/// A child's address-space limit: far above any cap used here, far below
/// what a regression would take.
const ADDRESS_SPACE: u64 = 4 << 30;

fn dir(test: &str) -> PathBuf {
    scratch(&Path::new(env!("CARGO_TARGET_TMPDIR")).join("rss"), test)
}

/// Runs `voxvm args` and returns what it printed (without the peak line)
/// and its peak RSS in bytes; fails if it runs longer than `secs`.
fn peak(_dir: &Path, args: &[&str], secs: u64) -> (Run, u64) {
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "ulimit -v {} && exec \"$0\" \"$@\"",
            ADDRESS_SPACE >> 10
        ))
        .arg(tests::cli::bin("voxvm"))
        .args(args)
        .env("VOXVM_PEAK_RSS", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cannot run voxvm");
    let deadline = Instant::now() + Duration::from_secs(secs);
    // Drain the pipes on threads so that a chatty child cannot block.
    let out = child.stdout.take().unwrap();
    let err = child.stderr.take().unwrap();
    let read = |mut p: Box<dyn std::io::Read + Send>| {
        std::thread::spawn(move || {
            let mut v = Vec::new();
            let _ = p.read_to_end(&mut v);
            String::from_utf8_lossy(&v).into_owned()
        })
    };
    let (out, err) = (read(Box::new(out)), read(Box::new(err)));
    while child.try_wait().expect("wait for voxvm").is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("voxvm {args:?} still running after {secs} s");
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let status = child.wait().unwrap();
    let stdout = out.join().unwrap();
    let mut stderr = err.join().unwrap();
    let line = stderr
        .lines()
        .last()
        .filter(|l| l.starts_with("voxvm: peak RSS "))
        .unwrap_or_else(|| panic!("no peak RSS line: {stderr}"))
        .to_string();
    let kb: u64 = line["voxvm: peak RSS ".len()..]
        .trim_end_matches(" kB")
        .parse()
        .unwrap();
    stderr.truncate(stderr.len() - line.len() - 1);
    let run = Run {
        code: status.code(),
        stdout,
        stderr,
    };
    (run, kb * 1024)
}

/// Runs the hostile program `src` (file `name`) under `--max-memory cap`
/// and `extra` flags; asserts the exit status, that stderr starts with
/// `error: ` and `trap`, and that the peak RSS is under the cap plus
/// [`OVERHEAD`]. Returns the peak.
#[track_caller]
fn hostile(
    test: &str,
    name: &str,
    src: &str,
    cap: &str,
    extra: &[&str],
    exit: i32,
    trap: &str,
) -> u64 {
    let d = dir(test);
    let p = write(&d, name, src);
    let flag = format!("--max-memory={cap}");
    let mut args = vec![flag.as_str()];
    args.extend_from_slice(extra);
    args.push(p.to_str().unwrap());
    let t = Instant::now();
    let (run, rss) = peak(&d, &args, 60);
    let secs = t.elapsed().as_secs_f64();
    let cap_bytes = parse_size(cap);
    eprintln!(
        "{test}: cap {cap}, peak RSS {:.1} MiB ({:.1} MiB over the cap), {secs:.2} s: {}",
        rss as f64 / (1 << 20) as f64,
        (rss as f64 - cap_bytes as f64) / (1 << 20) as f64,
        run.stderr.lines().next().unwrap_or("")
    );
    let run = run.exits(exit);
    assert!(
        exit != 70 || run.stderr.starts_with(&format!("error: {trap}")),
        "{test}: expected `error: {trap}`: {run:?}"
    );
    assert!(
        rss <= cap_bytes + OVERHEAD,
        "{test}: peak RSS {rss} bytes, more than the cap {cap_bytes} + {OVERHEAD}"
    );
    rss
}

fn parse_size(s: &str) -> u64 {
    let (n, unit) = s.split_at(s.len() - 1);
    let n: u64 = n.parse().unwrap();
    n << match unit {
        "k" => 10,
        "m" => 20,
        "g" => 30,
        _ => panic!("size {s}"),
    }
}

/// Peak RSS and time bounds are about optimised builds (an unoptimised
/// `voxvm` is larger and far slower): the tests skip themselves otherwise.
fn release_only() -> bool {
    if cfg!(debug_assertions) {
        eprintln!("skipped: run with cargo test --release");
        return false;
    }
    true
}

const QUIET: &str = ".func main\n    movi.i64 r0, 0\n    halt r0\n.end\n";

/// The baseline: a program that does nothing fits well inside the overhead,
/// so the overhead leaves room for nothing the guest controls.
#[test]
fn a_quiet_program_is_well_inside_the_overhead() {
    if !release_only() {
        return;
    }
    let d = dir("quiet");
    let p = write(&d, "quiet.vvs", QUIET);
    let (run, rss) = peak(&d, &["--max-memory=4m", p.to_str().unwrap()], 60);
    eprintln!("quiet: peak RSS {:.1} MiB", rss as f64 / (1 << 20) as f64);
    run.exits(0);
    assert!(rss < OVERHEAD / 2, "{rss}");
}

/// The first program: each call's window starts 250 registers up.
/// With a depth limit of ten million only the cap stops it.
#[test]
fn deep_recursion_with_wide_windows() {
    if !release_only() {
        return;
    }
    let src = ".func main\n    call f, r1\n    halt r0\n.end\n.func f\n    call f, r250\n    ret r0\n.end\n";
    hostile(
        "wide",
        "wide.vvs",
        src,
        "4m",
        &["--max-recursion=10000000"],
        70,
        "memory limit reached: growing the register file for call depth ",
    );
    // The same under a larger cap: the register file is what grows, and
    // still stops at the cap (10M frames of 250 registers would be 20 GB).
    hostile(
        "wide_256m",
        "wide.vvs",
        src,
        "256m",
        &["--max-recursion=10000000"],
        70,
        "memory limit reached: growing the register file for call depth ",
    );
}

/// One-register frames: the call stack is what grows (and the backtrace of
/// the trap report, which keeps the innermost and outermost frames only).
#[test]
fn deep_recursion_with_one_register_frames() {
    if !release_only() {
        return;
    }
    let src = ".func main\n    call f, r1\n    halt r0\n.end\n.func f\n    call f, r0\n    ret r0\n.end\n";
    hostile(
        "narrow",
        "narrow.vvs",
        src,
        "4m",
        &["--max-recursion=10000000"],
        70,
        "memory limit reached: growing the ",
    );
    let big = hostile(
        "narrow_256m",
        "narrow.vvs",
        src,
        "256m",
        &["--max-recursion=10000000"],
        70,
        "memory limit reached: growing the ",
    );
    assert!(
        big > 64 << 20,
        "the cap, not something else, stopped it: {big}"
    );
}

/// At the default depth limit (100 000) and the default cap, the widest
/// windows fit: the depth limit alone keeps the default configuration safe.
#[test]
fn the_default_depth_limit_is_safe_under_the_default_cap() {
    if !release_only() {
        return;
    }
    let src = ".func main\n    call f, r1\n    halt r0\n.end\n.func f\n    call f, r250\n    ret r0\n.end\n";
    let d = dir("defaults");
    let p = write(&d, "wide.vvs", src);
    let (run, rss) = peak(&d, &[p.to_str().unwrap()], 60);
    eprintln!(
        "defaults: peak RSS {:.1} MiB: {}",
        rss as f64 / (1 << 20) as f64,
        run.stderr.lines().next().unwrap_or("")
    );
    run.exits(70)
        .says("error: recursion limit exceeded (call depth 100000)");
    assert!(rss <= (1 << 30) + OVERHEAD, "{rss}");
}

/// Allocates 64 KiB blocks forever, each reachable from the next.
#[test]
fn allocation_loop() {
    if !release_only() {
        return;
    }
    let src = "\
.func main
    movi.u64 r0, 0
    movi.u64 r1, 65536
loop:
    alloc r2, r1
    st.u64 r2, 0, r0
    mov r0, r2
    jmp loop
.end
";
    hostile(
        "hoard",
        "hoard.vvs",
        src,
        "4m",
        &[],
        70,
        "heap exhausted: memory limit reached (requested 65536 bytes, cap ",
    );
    hostile(
        "hoard_64m",
        "hoard.vvs",
        src,
        "64m",
        &[],
        70,
        "heap exhausted: memory limit reached (requested 65536 bytes, cap ",
    );
}

/// Garbage collection under pressure with a wide fan-out: one big block
/// holds pointers to 16-byte blocks allocated as it is filled, so every
/// collection marks them all from one block (the mark stack grows, and is
/// charged), until the heap is full of live blocks.
#[test]
fn gc_churn_with_wide_fan_out() {
    if !release_only() {
        return;
    }
    let src = "\
.func main
    movi.u64 r1, 0x2000000
    alloc r0, r1
    movi.u64 r2, 0
    movi.u64 r3, 16
loop:
    alloc r4, r3
    add.i64 r5, r0, r2
    st.u64 r5, 0, r4
    addi.i64 r2, r2, 8
    jmp loop
.end
";
    hostile(
        "fanout",
        "fanout.vvs",
        src,
        "64m",
        &["--init-heap-size=64k"],
        70,
        "heap exhausted: memory limit reached (requested 16 bytes, cap ",
    );
    // Garbage only: collections free everything, the step limit ends it.
    let churn = "\
.func main
    movi.u64 r1, 4096
loop:
    alloc r2, r1
    jmp loop
.end
";
    hostile(
        "churn",
        "churn.vvs",
        churn,
        "4m",
        &["--max-steps=2000000"],
        70,
        "step limit reached (2000000 steps)",
    );
}

/// A heap request of 2^62 bytes is refused from its size.
#[test]
fn a_heap_request_of_2_to_the_62() {
    if !release_only() {
        return;
    }
    hostile(
        "huge_alloc",
        "huge.vvs",
        ".func main\n    movi.u64 r1, 0x4000000000000000\n    alloc r2, r1\n    halt r0\n.end\n",
        "4m",
        &[],
        70,
        "heap exhausted: memory limit reached (requested 4611686018427387904 bytes, cap 4194304)",
    );
}

/// Sizes declared by the input are refused before anything is built.
#[test]
fn declared_sizes_are_refused_before_allocating() {
    if !release_only() {
        return;
    }
    hostile(
        "init_ram",
        "quiet.vvs",
        QUIET,
        "4m",
        &["--init-ram=1g"],
        2,
        "cannot lay out memory: the address space needs 1073741824 bytes",
    );
    // `.zero` of 1 GiB: the assembler refuses it at its line.
    let d = dir("zero");
    let p = write(
        &d,
        "zero.vvs",
        ".data\nbig: .zero 0x40000000\n.code\n.func main\n    halt r0\n.end\n",
    );
    let (run, rss) = peak(&d, &["--max-memory=4m", p.to_str().unwrap()], 60);
    eprintln!("zero: peak RSS {:.1} MiB", rss as f64 / (1 << 20) as f64);
    run.exits(65)
        .says("the data segment would be 1073741824 bytes, more than the memory cap of 4194304 bytes (--max-memory)")
        .says("zero.vvs:2");
    assert!(rss <= (4 << 20) + OVERHEAD, "{rss}");
}

/// C: a `malloc` bomb and unbounded recursion, compiled in process.
#[test]
fn c_malloc_bomb_and_recursion() {
    if !release_only() {
        return;
    }
    // malloc gives NULL at the cap (C's contract): the program exits 3.
    let bomb = "#include <stdlib.h>\nint main(void) {\n    void **p = 0;\n    for (;;) {\n        void **q = malloc(1 << 16);\n        if (!q) return 3;\n        *q = p;\n        p = q;\n    }\n}\n";
    hostile("c_bomb", "bomb.c", bomb, "16m", &[], 3, "");
    // With the heap checker: red zones, shadow map and block records count
    // too, and small blocks (the most records per byte) freed and not.
    hostile(
        "c_bomb_checked",
        "bomb.c",
        bomb,
        "16m",
        &["--check-heap"],
        3,
        "",
    );
    let small = "#include <stdlib.h>\nint main(void) {\n    for (long i = 0;; i++) {\n        char *p = malloc(1 + i % 32);\n        if (!p) return 3;\n        if (i % 2) free(p);\n    }\n}\n";
    hostile(
        "c_small_checked",
        "small.c",
        small,
        "16m",
        &["--check-heap"],
        3,
        "",
    );
    let deep = "int f(int n) { volatile char buf[100]; buf[n % 100] = n; return f(n + 1) + buf[0]; }\nint main(void) { return f(0); }\n";
    hostile(
        "c_deep",
        "deep.c",
        deep,
        "16m",
        &["--max-recursion=10000000"],
        70,
        "",
    );
}

/// The compiler is held to the cap the program will run under: C sources
/// of about a megabyte in shapes that each stress a different stage (many
/// functions, one long function, 50,000 inlined calls in one function, a
/// long switch, a million-element initializer, nested aggregate
/// initializers, many string literals, 16,666 loops in one function, a
/// 64 MiB static array), compiled
/// and run by `voxvm` under caps of 4, 64 and 256 MiB. Each either runs or
/// is refused by the compiler with the cap in the message; either way the
/// peak RSS stays under the cap plus [`OVERHEAD`]. (Before the budget, the
/// inlined calls took 24 GB and the kernel killed the process.)
#[test]
fn c_compilation_is_held_to_the_memory_cap() {
    if !release_only() {
        return;
    }
    const N: usize = 50_000;
    let mut shapes: Vec<(&str, String)> = Vec::new();
    let mut s = String::new();
    for i in 0..N / 2 {
        s.push_str(&format!("int f{i}(int x) {{ return x + {i}; }}\n"));
    }
    shapes.push(("functions", s + "int main(void) { return f0(0); }\n"));
    shapes.push((
        "long_function",
        format!(
            "int main(void) {{ int x = 0; {} return x & 1; }}\n",
            "x = x * 3 + 1;\n".repeat(N)
        ),
    ));
    shapes.push((
        "inlined_calls",
        format!(
            "static int h(int a, int b, int c) {{ return a + b * c; }}\nint main(void) {{ int s = 0;\n{}return s & 1; }}\n",
            "s = h(s, 1, 2);\n".repeat(N)
        ),
    ));
    let mut s = String::from("int g(int x) { switch (x) {\n");
    for i in 0..N {
        s.push_str(&format!("case {i}: return {};\n", i * 7));
    }
    shapes.push((
        "switch",
        s + "} return 0; }\nint main(void) { return g(3) & 1; }\n",
    ));
    shapes.push((
        "million_initializer",
        format!(
            "int a[] = {{ {} }};\nint main(void) {{ return a[0]; }}\n",
            "0,".repeat(1 << 20)
        ),
    ));
    shapes.push((
        "nested_initializers",
        format!(
            "struct S {{ int a[4]; struct {{ int b, c; }} t; }};\nstruct S arr[] = {{\n{}}};\nint main(void) {{ return arr[3].t.c & 1; }}\n",
            "{{1,2,3,4},{5,6}},\n".repeat(N)
        ),
    ));
    let mut s = String::new();
    for i in 0..N / 2 {
        s.push_str(&format!(
            "const char *s{i} = \"string number {i} with some text\";\n"
        ));
    }
    shapes.push(("strings", s + "int main(void) { return s7[0] & 1; }\n"));
    // Many loops, each with its own counter live across its blocks (a
    // liveness of registers x blocks took 509 MB here).
    let mut s = String::from("int main(int argc, char **argv) { int s = 0;\n");
    for i in 0..N / 3 {
        s.push_str(&format!(
            "for (int i{i} = 0; i{i} < argc; i{i}++) s += argc * {i} + 1;\n"
        ));
    }
    shapes.push(("loops", s + "return s & 1; }\n"));
    shapes.push((
        "static_64_mib",
        "static char a[64 << 20] = {1};\nint main(void) { return a[0]; }\n".into(),
    ));
    let d = dir("c_compile");
    for (name, src) in &shapes {
        let p = write(&d, &format!("{name}.c"), src);
        for cap in ["4m", "64m", "256m"] {
            let flag = format!("--max-memory={cap}");
            let t = Instant::now();
            let (run, rss) = peak(&d, &[&flag, p.to_str().unwrap()], 60);
            let secs = t.elapsed().as_secs_f64();
            let cap_bytes = parse_size(cap);
            let first = run.stderr.lines().next().unwrap_or("").to_string();
            eprintln!(
                "{name}: cap {cap}, peak RSS {:.1} MiB, {secs:.2} s, exit {:?}: {first}",
                rss as f64 / (1 << 20) as f64,
                run.code
            );
            match run.code {
                // Refused by the compiler, for the cap.
                Some(65) => assert!(
                    first.contains("under the memory cap of")
                        || first.contains("more than the memory cap of"),
                    "{name} at {cap}: {run:?}"
                ),
                // Compiled and ran (main's return value).
                Some(0 | 1) => {}
                _ => panic!("{name} at {cap}: {run:?}"),
            }
            assert!(
                rss <= cap_bytes + OVERHEAD,
                "{name} at {cap}: peak RSS {rss} bytes, more than the cap {cap_bytes} + {OVERHEAD}"
            );
        }
    }
}
