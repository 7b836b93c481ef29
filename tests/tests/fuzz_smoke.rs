//! The stable smoke fuzzer: drives the body of every cargo-fuzz target
//! (`fuzz/src/lib.rs`, included here with `#[path]`, so the bodies are the
//! very same code) with a few thousand seeded inputs each: mutations of the
//! repository's own inputs (programs, `.vve` images, `isa.ron`, native
//! configs, C sources) and generated ones. Deterministic (fixed seeds), so a
//! failure reproduces; the seed and input are printed with it. Runs on stable
//! Rust in every CI run; the nightly cargo-fuzz targets explore far more
//! (see fuzz/README.md).
//!
//! `cargo test --release -p tests --test fuzz_smoke -- --nocapture` prints
//! the executions per target. `FUZZ_SMOKE_SCALE=10` runs ten times as many.

use std::path::{Path, PathBuf};
use std::time::Instant;

#[allow(dead_code)]
#[path = "../../fuzz/src/lib.rs"]
mod voxvm_fuzz;

use voxvm_fuzz::targets;

/// xorshift64*: a small deterministic generator.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// Bytes that mean something to the parsers: punctuation, digits, magic
/// values, directive and keyword fragments.
const INTERESTING: &[&[u8]] = &[
    b"\0",
    b"\xff",
    b"\x7fVVE",
    b"0",
    b"-1",
    b"0x7fffffffffffffff",
    b"18446744073709551615",
    b"(",
    b")",
    b"[",
    b"]",
    b"{",
    b"}",
    b",",
    b";",
    b":",
    b"\"",
    b"'",
    b"\\",
    b"\n",
    b".",
    b".zero 0x40000000",
    b".func f",
    b".end",
    b"call f, r250",
    b"#define A A A\n",
    b"#include \"x.h\"\n",
    b"*",
    b"...",
    b"r255",
    b"4294967295",
    b"/*",
    b"*/",
    b"//",
];

/// One mutation of `seed`: a few byte flips, insertions of interesting or
/// copied chunks, deletions, truncation, or a splice with `other`.
fn mutate(rng: &mut Rng, seed: &[u8], other: &[u8]) -> Vec<u8> {
    let mut v = seed.to_vec();
    for _ in 0..1 + rng.below(4) {
        match rng.below(8) {
            0 if !v.is_empty() => {
                let i = rng.below(v.len());
                v[i] ^= 1 << rng.below(8);
            }
            1 if !v.is_empty() => {
                let i = rng.below(v.len());
                v[i] = rng.next() as u8;
            }
            2 => {
                let s = INTERESTING[rng.below(INTERESTING.len())];
                let i = rng.below(v.len() + 1);
                v.splice(i..i, s.iter().copied());
            }
            3 if !v.is_empty() => {
                let i = rng.below(v.len());
                let n = 1 + rng.below((v.len() - i).min(64));
                v.drain(i..i + n);
            }
            4 if !v.is_empty() => {
                // Duplicate a chunk.
                let i = rng.below(v.len());
                let n = 1 + rng.below((v.len() - i).min(256));
                let chunk = v[i..i + n].to_vec();
                let j = rng.below(v.len() + 1);
                v.splice(j..j, chunk);
            }
            5 => v.truncate(rng.below(v.len() + 1)),
            6 if !other.is_empty() => {
                let i = rng.below(v.len() + 1);
                let j = rng.below(other.len());
                v.truncate(i);
                v.extend_from_slice(&other[j..]);
            }
            _ if v.len() >= 8 => {
                // A 64-bit field set to a boundary value.
                let i = rng.below(v.len() - 7);
                let x = [0, 1, u64::MAX, 1 << 32, 1 << 31, 0x4000_0000][rng.below(6)];
                v[i..i + 8].copy_from_slice(&x.to_le_bytes());
            }
            _ => v.push(rng.next() as u8),
        }
    }
    v
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Every file with extension `ext` under the repository's `dirs`.
fn files(dirs: &[&str], ext: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack: Vec<PathBuf> = dirs.iter().map(|d| root().join(d)).collect();
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == ext) {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn scale() -> usize {
    std::env::var("FUZZ_SMOKE_SCALE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1)
}

/// How many mutations: `n` times the scale in optimised builds, a tenth of
/// that in unoptimised ones (`cargo test --workspace`).
fn count(n: usize) -> usize {
    if cfg!(debug_assertions) {
        n * scale() / 10
    } else {
        n * scale()
    }
}

/// Runs `target` on `n` mutations of `seeds` (and on each seed once), with
/// seed `seed`; a panic names the input's seed and index and saves the input
/// under the target directory.
fn drive(name: &str, seed: u64, seeds: &[Vec<u8>], n: usize, target: fn(&[u8])) {
    assert!(!seeds.is_empty(), "{name}: no seeds");
    let t = Instant::now();
    let mut rng = Rng(seed | 1);
    let run = |input: &[u8], i: usize| {
        let r = std::panic::catch_unwind(|| target(input));
        if r.is_err() {
            let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("fuzz-smoke-{name}-{i}"));
            let _ = std::fs::write(&out, input);
            panic!(
                "{name}: input {i} (seed {seed:#x}) panicked; saved in {}",
                out.display()
            );
        }
    };
    for (i, s) in seeds.iter().enumerate() {
        run(s, i);
    }
    for i in 0..n {
        let a = &seeds[rng.below(seeds.len())];
        let b = &seeds[rng.below(seeds.len())];
        let input = mutate(&mut rng, a, b);
        run(&input, seeds.len() + i);
    }
    eprintln!(
        "{name}: {} executions in {:.2?}",
        seeds.len() + n,
        t.elapsed()
    );
}

fn read_all(paths: &[PathBuf]) -> Vec<Vec<u8>> {
    paths.iter().map(|p| std::fs::read(p).unwrap()).collect()
}

/// The repository's assembly programs.
fn vvs_seeds() -> Vec<Vec<u8>> {
    read_all(&files(&["examples", "tests/programs", "bench"], "vvs"))
}

#[test]
fn assemble() {
    drive(
        "assemble",
        0xa55e,
        &vvs_seeds(),
        count(2000),
        targets::assemble,
    );
}

#[test]
fn vve_load() {
    // Each program as a .vve image and as raw code.
    let mut seeds = Vec::new();
    for p in files(&["examples", "tests/programs", "bench"], "vvs") {
        let src = std::fs::read_to_string(&p).unwrap();
        if let Ok(image) = asm::assemble(&src, "seed.vvs") {
            if image.data.len() <= 1 << 16 {
                seeds.push(image.to_vve());
                seeds.push(image.code.clone());
            }
        }
    }
    drive("vve_load", 0x7f5e, &seeds, count(2000), targets::vve_load);
}

#[test]
fn exec() {
    // Generated: random bytes drive the program generator.
    let mut rng = Rng(0xe8ec);
    let seeds: Vec<Vec<u8>> = (0..64)
        .map(|_| {
            let n = 16 + rng.below(2048);
            (0..n).map(|_| rng.next() as u8).collect()
        })
        .collect();
    drive("exec", 0xe8ec, &seeds, count(2000), targets::exec);
}

#[test]
fn spec() {
    let isa = std::fs::read(root().join("isa.ron")).unwrap();
    // Whole-file mutations, and families cut out of it (smaller, faster).
    let text = String::from_utf8(isa.clone()).unwrap();
    let mut seeds = vec![isa];
    let head = "(\n    version: 1,\n    instructions: [\n";
    for fam in text.split("\n        (\n").skip(1).step_by(7) {
        seeds.push(format!("{head}        (\n{fam}\n    ],\n)\n").into_bytes());
    }
    drive("spec", 0x5bec, &seeds, count(400), targets::spec);
}

#[test]
fn native_config() {
    let mut seeds = read_all(&files(&["nconfigs"], "ron"));
    seeds.push(
        br#"(library: ["libm.so.6", "libm.so"], functions: ["double f(double x, int *p, const char *s, ...)"])"#
            .to_vec(),
    );
    // C that only a C parser reads: typedef names, parenthesised and
    // abstract declarators, C99 array parameters.
    seeds.push(
        br#"(library: "libc.so.6", functions: ["int (f)(int n, const double v[static n]);", "uint64_t g(const char *restrict, unsigned long long int[n], bool n)", "int h(void (*)(int), struct s)"])"#
            .to_vec(),
    );
    drive(
        "native_config",
        0xc0f1,
        &seeds,
        count(3000),
        targets::native_config,
    );
}

#[test]
fn capi() {
    // The templates load and run, so sequences get past loading.
    voxvm_fuzz::capi::templates_work();
    // Generated: random bytes drive the sequence of C API calls.
    let mut rng = Rng(0xca91);
    let seeds: Vec<Vec<u8>> = (0..64)
        .map(|_| {
            let n = 32 + rng.below(1024);
            (0..n).map(|_| rng.next() as u8).collect()
        })
        .collect();
    drive("capi", 0xca91, &seeds, count(3000), targets::capi);
}

#[test]
fn cc() {
    // Compiling includes the C library each time: fewer inputs.
    let seeds = read_all(&files(&["tests/c/corpus", "examples"], "c"));
    drive("cc", 0xcc, &seeds, count(150), targets::cc);
}
