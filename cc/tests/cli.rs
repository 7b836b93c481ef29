//! The `voxcc` command line: `-o -` writes to standard output, as cc does.

use std::process::Command;

fn voxcc(args: &[&str], dir: &std::path::Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_voxcc"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("voxcc runs")
}

#[test]
fn dash_output_is_standard_output() {
    let dir = std::env::temp_dir().join(format!("voxcc-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("p.c"),
        "#define TWICE(x) ((x) * 2)\nint main(void) { return TWICE(21); }\n",
    )
    .unwrap();

    let asm = voxcc(&["-S", "p.c", "-o", "-"], &dir);
    assert!(
        asm.status.success(),
        "{}",
        String::from_utf8_lossy(&asm.stderr)
    );
    let text = String::from_utf8_lossy(&asm.stdout);
    assert!(
        text.contains(".func main"),
        "no assembly on stdout:\n{text}"
    );

    let pre = voxcc(&["-E", "p.c", "-o", "-"], &dir);
    assert!(pre.status.success());
    assert!(String::from_utf8_lossy(&pre.stdout).contains("((21) * 2)"));

    // Nothing was written to a file named `-`.
    assert!(!dir.join("-").exists());
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A backslash before a multi-byte character (`"\é"`) is an unknown escape
/// (a warning, as in gcc), not a crash: found by the smoke fuzzer.
#[test]
fn escape_before_a_multibyte_character() {
    let src = "int main(void) { const char *s = \"\\\u{e9}x\"; return s[0] == 0; }\n";
    let r = voxcc::compile_image(
        &[voxcc::Source::new("esc.c", src)],
        &voxcc::Options::default(),
    );
    let (_, warnings) = r.unwrap_or_else(|e| panic!("{}", e.rendered));
    assert!(warnings.contains("unknown escape sequence"), "{warnings}");
}

/// Compiles the C files `(name, text)` as one program and runs it with the
/// C runtime and default limits: its exit status.
fn run_c(files: &[(&str, &str)]) -> i32 {
    let sources: Vec<voxcc::Source> = files
        .iter()
        .map(|(n, t)| voxcc::Source::new(*n, *t))
        .collect();
    let prog = voxcc::compile(&sources, &voxcc::Options::default())
        .unwrap_or_else(|e| panic!("{}", e.rendered));
    let mut host = vm::Host::new();
    voxcc::runtime::try_install(&mut host, voxcc::runtime::World::default()).unwrap();
    let mut vm = vm::Vm::with_host(&prog.module, &vm::Config::default(), &host).unwrap();
    vm.run().unwrap()
}

/// As in gcc, `alloca` is the builtin even when a program declares it itself
/// instead of including <alloca.h> (chibicc's tests do): no import of a host
/// function named `alloca`, and the space is released at each return (3,000
/// calls of 20 KB would overflow the 1 MiB stack otherwise).
#[test]
fn alloca_declared_by_the_program_is_the_builtin() {
    let src = "void *alloca(unsigned long n);\n\
               static int f(int n) {\n\
                   int *q = alloca(n * sizeof *q);\n\
                   for (int i = 0; i < n; i++) q[i] = i;\n\
                   return q[n - 1];\n\
               }\n\
               int main(void) {\n\
                   long t = 0;\n\
                   for (int k = 0; k < 3000; k++) t += f(5000);\n\
                   return t == 3000L * 4999 ? 42 : 1;\n\
               }\n";
    assert_eq!(run_c(&[("own_alloca.c", src)]), 42);
}

/// An alias declared without `extern` (`int a __attribute__((alias("b")));`)
/// is not also a tentative definition of `a`: tcc accepts it (its test
/// 120_alias), gcc refuses it, and voxcc used to report `a` defined twice.
/// Reads and writes through either name reach the one object, also from
/// another file (hand-checked: gcc cannot record it).
#[test]
fn an_alias_without_extern_is_no_second_definition() {
    let a = "int g_int = 34;\n\
             int alias_int __attribute__((alias(\"g_int\")));\n\
             int bump(void);\n\
             int main(void) {\n\
                 alias_int += 1;\n\
                 return &alias_int == &g_int && bump() == 36 && g_int == 36 ? 42 : 1;\n\
             }\n";
    let b = "extern int alias_int;\nint bump(void) { return ++alias_int; }\n";
    assert_eq!(run_c(&[("alias.c", a), ("use.c", b)]), 42);
}

/// What only the sandbox does with threads (glibc would hang on the second
/// lock): joining oneself is EDEADLK, relocking a normal mutex returns
/// EDEADLK instead of waiting forever, and pthread_exit in main lets the
/// other threads finish, the last one's end giving status 0.
#[test]
fn pthreads_in_the_sandbox() {
    let src = "#include <pthread.h>\n#include <errno.h>\n#include <stdlib.h>\n\
               static int ran;\n\
               static void *run(void *a) { sched_yield(); ran = 1; return a; }\n\
               static void check(void) { if (!ran) abort(); }\n\
               int main(void) {\n\
                   pthread_t t;\n\
                   if (pthread_create(&t, 0, run, 0)) return 1;\n\
                   if (pthread_join(pthread_self(), 0) != EDEADLK) return 2;\n\
                   pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;\n\
                   if (pthread_mutex_lock(&m) || pthread_mutex_lock(&m) != EDEADLK) return 3;\n\
                   atexit(check);\n\
                   pthread_exit(0);\n\
                   return 5;\n\
               }\n";
    assert_eq!(run_c(&[("threads.c", src)]), 0);
}

/// Weak definitions across translation units: an ordinary definition in
/// another file replaces a weak one (function and object), a weak
/// reference to a function defined elsewhere is that function, and two
/// ordinary definitions are still an error.
#[test]
fn weak_definitions_give_way_across_files() {
    let main = "extern void hook(int) __attribute__((weak));\n\
                __attribute__((weak)) int level(void) { return 1; }\n\
                __attribute__((weak)) int wvar = 7;\n\
                int seen;\n\
                int main(void) {\n\
                    if (hook) hook(5);\n\
                    return level() * 100 + wvar + seen;\n\
                }\n";
    let other = "extern int seen;\n\
                 int level(void) { return 2; }\n\
                 int wvar = 30;\n\
                 void hook(int x) { seen = x; }\n";
    let run = run_c;
    // Alone: the weak definitions, and no hook.
    assert_eq!(run(&[("main.c", main)]), 107);
    // Either order of the files: the ordinary definitions win.
    assert_eq!(run(&[("main.c", main), ("other.c", other)]), 235);
    assert_eq!(run(&[("other.c", other), ("main.c", main)]), 235);
    let twice = voxcc::compile(
        &[
            voxcc::Source::new(
                "a.c",
                "int f(void) { return 1; }\nint main(void) { return f(); }\n",
            ),
            voxcc::Source::new("b.c", "int f(void) { return 2; }\n"),
        ],
        &voxcc::Options::default(),
    );
    let Err(err) = twice else {
        panic!("two ordinary definitions of f linked");
    };
    assert!(
        err.rendered.contains("multiple definition of `f`"),
        "{}",
        err.rendered
    );
}

/// reallocarray refuses a count times size that overflows (ENOMEM), where
/// realloc of the wrapped product would hand out a small block. (gcc's
/// sanitizers abort on this call, so the corpus cannot record it.)
#[test]
fn reallocarray_refuses_an_overflowing_size() {
    let src = "#include <stdlib.h>\n#include <errno.h>\n#include <stdint.h>\n\
               int main(void) {\n\
                   errno = 0;\n\
                   void *p = reallocarray(0, SIZE_MAX / 2, 4);\n\
                   if (p != 0 || errno != ENOMEM) return 1;\n\
                   int *q = reallocarray(0, 4, sizeof *q);\n\
                   return q ? 7 : 2;\n\
               }\n";
    assert_eq!(run_c(&[("reallocarray.c", src)]), 7);
}

/// `voxcc --max-memory` sets the cap the compiler holds itself to (1 GiB
/// by default, as `voxvm`'s): a file under the default is refused under a
/// small cap, with the diagnostic, and a size that is not one is a usage
/// error.
#[test]
fn max_memory_sets_the_compilers_cap() {
    let dir = std::env::temp_dir().join(format!("voxcc-cap-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut src = String::from("int main(void) {\n    int s = 0;\n");
    for i in 0..2000 {
        src.push_str(&format!("    s += {i} * (s ^ {i});\n"));
    }
    src.push_str("    return s & 1;\n}\n");
    std::fs::write(dir.join("big.c"), &src).unwrap();

    let ok = voxcc(&["big.c", "-o", "big.vve"], &dir);
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let ok = voxcc(&["--max-memory", "64m", "big.c", "-o", "big.vve"], &dir);
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );

    // 16,000 tokens at 256 bytes each need more than 1 MiB.
    let capped = voxcc(&["--max-memory", "1m", "big.c", "-o", "big.vve"], &dir);
    let err = String::from_utf8_lossy(&capped.stderr);
    assert_eq!(capped.status.code(), Some(65), "{err}");
    assert!(
        err.contains("too large to compile under the memory cap of 1048576 bytes"),
        "{err}"
    );

    let bad = voxcc(&["--max-memory", "lots", "big.c"], &dir);
    let err = String::from_utf8_lossy(&bad.stderr);
    assert_eq!(bad.status.code(), Some(2), "{err}");
    assert!(err.contains("`lots` is not a size"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The C library is compiled alike for every program: a program's `-D`
/// does not reach it. `-Dstrlen=my_strlen` renames the program's own uses
/// only: the program's `my_strlen` says 100 when it calls it, and `puts`
/// (in the library) still counts with the library's `strlen` and returns
/// 4 for "abc". Before, the define reached the library too: `puts` called
/// the program's `my_strlen`, wrote 100 bytes and returned 101.
#[test]
fn a_programs_defines_do_not_reach_the_c_library() {
    let src = "#include <stdio.h>\n\
               #include <string.h>\n\
               size_t my_strlen(const char *s) { (void)s; return 100; }\n\
               int main(void) { return strlen(\"x\") == 100 ? puts(\"abc\") : 1; }\n";
    let opts = voxcc::Options {
        defines: vec![("strlen".into(), Some("my_strlen".into()))],
        ..Default::default()
    };
    let prog = voxcc::compile(&[voxcc::Source::new("d.c", src)], &opts)
        .unwrap_or_else(|e| panic!("{}", e.rendered));
    let mut host = vm::Host::new();
    voxcc::runtime::try_install(&mut host, voxcc::runtime::World::default()).unwrap();
    let mut vm = vm::Vm::with_host(&prog.module, &vm::Config::default(), &host).unwrap();
    assert_eq!(vm.run().unwrap(), 4);
}

/// `-O` levels as cc spells them: `-O0` (and `-Og`) keep every call a call,
/// the others (and bare `-O`, which is `-O1`) inline; an unknown level is a
/// usage error. A small recursive function shows the difference: optimised,
/// copies of its body stand in for its calls to itself.
#[test]
fn optimisation_levels() {
    let dir = std::env::temp_dir().join(format!("voxcc-olevel-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("rec.c"),
        "static long f(long n) { return n < 2 ? n : f(n - 1) + f(n - 2); }\n\
         int main(void) { return (int)f(10) & 1; }\n",
    )
    .unwrap();
    let calls_to_f = |args: &[&str]| {
        let mut all = args.to_vec();
        all.extend(["-S", "rec.c", "-o", "-"]);
        let out = voxcc(&all, &dir);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter(|l| l.trim_start().starts_with("call f,"))
            .count()
    };
    // main's call plus f's own two.
    assert_eq!(calls_to_f(&["-O0"]), 3);
    assert_eq!(calls_to_f(&["-Og"]), 3);
    let optimised = calls_to_f(&[]);
    assert!(optimised > 3, "{optimised}");
    for level in ["-O", "-O1", "-O2", "-O3", "-Os", "-Oz", "-Ofast"] {
        assert_eq!(calls_to_f(&[level]), optimised, "{level}");
    }
    // As in cc, the last level given counts.
    assert_eq!(calls_to_f(&["-O2", "-O0"]), 3);
    assert_eq!(calls_to_f(&["-O0", "-O"]), optimised);
    let bad = voxcc(&["-O4", "rec.c"], &dir);
    let err = String::from_utf8_lossy(&bad.stderr);
    assert_eq!(bad.status.code(), Some(2), "{err}");
    assert!(err.contains("unknown optimisation level `4`"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// `--time-report` prints every stage and pass with its share and a total
/// after the warnings, and changes nothing in the output; without it,
/// nothing is printed.
#[test]
fn time_report_lists_the_stages_and_leaves_the_output_alone() {
    let dir = std::env::temp_dir().join(format!("voxcc-time-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("p.c"),
        "#include <stdio.h>\nint sq(int x) { return x * x; }\n\
         int main(void) { int s = 0; for (int i = 0; i < 10; i++) s += sq(i); printf(\"%d\\n\", s); return 0; }\n",
    )
    .unwrap();
    let timed = voxcc(&["--time-report", "p.c", "-o", "timed.vve"], &dir);
    assert!(
        timed.status.success(),
        "{}",
        String::from_utf8_lossy(&timed.stderr)
    );
    let report = String::from_utf8_lossy(&timed.stderr);
    for stage in [
        "preprocess",
        "parse and lower to IR",
        "opt: local_cse",
        "opt: hoist_loop_invariants",
        "register allocation",
        "emit",
        "link (the rest)",
        "total",
    ] {
        assert!(report.contains(stage), "no `{stage}` in:\n{report}");
    }
    // The user's file and each C library member pulled in: one run each.
    let runs = |stage: &str| -> u64 {
        let line = report
            .lines()
            .find(|l| l.trim_start().starts_with(stage))
            .unwrap();
        line.split_whitespace()
            .rev()
            .nth(1)
            .unwrap()
            .parse()
            .unwrap()
    };
    assert!(runs("preprocess") >= 2, "{report}");
    assert_eq!(
        runs("preprocess"),
        runs("parse and lower to IR"),
        "{report}"
    );
    assert_eq!(runs("emit"), runs("register allocation"), "{report}");

    let plain = voxcc(&["p.c", "-o", "plain.vve"], &dir);
    assert!(plain.status.success());
    assert!(
        plain.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&plain.stderr)
    );
    assert_eq!(
        std::fs::read(dir.join("timed.vve")).unwrap(),
        std::fs::read(dir.join("plain.vve")).unwrap()
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
