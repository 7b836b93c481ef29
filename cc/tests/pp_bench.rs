//! Throughput of the tokenizer and the preprocessor on a generated C file of
//! 200k lines (macros, comments, strings, conditionals). Ignored by default;
//! run it optimized:
//!
//! ```text
//! cargo test -p voxcc --test pp_bench --config 'profile.dev.package.voxcc.opt-level=3' \
//!     --config 'profile.dev.package.voxcc.debug-assertions=false' \
//!     --config 'profile.dev.package.voxcc.overflow-checks=false' -- --ignored --nocapture
//! ```

use std::time::Instant;
use voxcc::{lex, pp, Options, Session};

/// About `lines` lines of C that use macros the way real code does.
fn generate(lines: usize) -> String {
    let mut s = String::from(
        "/* Generated benchmark input. */\n\
#define MAX(a, b) ((a) > (b) ? (a) : (b))\n\
#define MIN(a, b) ((a) < (b) ? (a) : (b))\n\
#define SQ(x) ((x) * (x))\n\
#define FIELD(t, n) t n;\n\
#define LIMIT 1000\n\
#define CHECK(c, msg) do { if (!(c)) report(__FILE__, __LINE__, msg); } while (0)\n\
#define LOG(fmt, ...) log_printf(\"[%s] \" fmt, __func__, ##__VA_ARGS__)\n\
#define CAT(a, b) a ## b\n\
#define STR(x) #x\n\
#ifndef DEBUG\n#define DEBUG 0\n#endif\n",
    );
    let mut i = 0;
    while s.bytes().filter(|&b| b == b'\n').count() < lines {
        // 25 lines per block; counting newlines every block is cheap enough.
        for _ in 0..200 {
            s.push_str(&format!(
                "struct s{i} {{\n    FIELD(int, a)\n    FIELD(long, b) /* second field */\n    FIELD(char *, name)\n}};\n\
\n\
// Computes something from x and y.\n\
static int CAT(f, {i})(int x, int y)\n\
{{\n\
    int z = MAX(x, y) + SQ(x - 1) - MIN(y, {i});\n\
    struct s{i} v = {{ 0 }};\n\
    CHECK(z >= 0, \"z must not be negative\");\n\
#if DEBUG\n\
    LOG(\"z = %d\", z);\n\
#else\n\
    LOG(\"quiet\");\n\
#endif\n\
    if (z > LIMIT)\n\
        return z % 7;\n\
    v.a = x * y + 0x{i:x};\n\
    v.name = STR(f{i});\n\
    return v.a + (int)v.b;\n\
}}\n\
\n\
\n"
            ));
            i += 1;
        }
    }
    s
}

#[test]
#[ignore]
fn throughput() {
    // PP_BENCH_LINES=20000 for a quick run (under callgrind, say).
    let n = std::env::var("PP_BENCH_LINES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(200_000);
    let reps = if n < 200_000 { 1 } else { 5 };
    let src = generate(n);
    let lines = src.bytes().filter(|&b| b == b'\n').count();
    let mb = src.len() as f64 / 1e6;

    let best = |f: &mut dyn FnMut() -> usize| {
        let mut best = f64::MAX;
        let mut n = 0;
        for _ in 0..reps {
            let t = Instant::now();
            n = f();
            best = best.min(t.elapsed().as_secs_f64());
        }
        (best, n)
    };

    let (t_lex, ntok) = best(&mut || {
        let mut sess = Session::new();
        let f = sess.sources.add("bench.c", src.clone());
        lex::tokenize(&mut sess, f).len()
    });
    let (t_pp, nout) = best(&mut || {
        let mut sess = Session::new();
        let f = sess.sources.add("bench.c", src.clone());
        let toks = pp::preprocess(&mut sess, &Options::default(), f);
        assert!(!sess.diags.has_errors());
        toks.len()
    });
    println!("input: {lines} lines, {mb:.1} MB, {ntok} tokens; output {nout} tokens");
    println!(
        "tokenize:   {:.1} ms  = {:.2} M lines/s ({:.0} MB/s)",
        t_lex * 1e3,
        lines as f64 / t_lex / 1e6,
        mb / t_lex
    );
    println!(
        "preprocess: {:.1} ms  = {:.2} M lines/s (tokenize included)",
        t_pp * 1e3,
        lines as f64 / t_pp / 1e6
    );
}
