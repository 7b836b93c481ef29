//! Whole programs with known answers.
//!
//! Every `tests/programs/NAME.vvs` is assembled and run (in process, default
//! limits). Its stdout must equal `NAME.out`; it must exit with the status in
//! `NAME.exit` (0 when absent) or, when `NAME.trap` exists, trap with exactly
//! that report (message, location and backtrace). The expected files are
//! computed independently by `tests/programs/expected.py`, never copied from
//! the VM. Each program is also run from its serialised `.vve` bytes.
//! `NAME.args`, when present, holds the program's arguments (separated by
//! whitespace, read with `argc`/`argi`).
//!
//! Every program that allocates (`alloc`/`realloc`) runs once more with
//! `gc_stress` (a collection before every allocation) and must produce the same
//! result: nothing live may be freed. A program too slow for that in a debug
//! build has smaller arguments for the stress run in `NAME.stress.args`, with
//! its own `NAME.stress.out`/`.exit`/`.trap`.
//!
//! The programs under `examples/` must assemble and run to a clean halt.

use std::fs;
use std::path::{Path, PathBuf};

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn files_with_ext(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    v.sort();
    v
}

fn read_opt(p: &Path) -> Option<String> {
    p.exists().then(|| {
        fs::read_to_string(p).unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()))
    })
}

/// What a program should do, from its expectation files.
struct Expected {
    stdout: String,
    exit: i32,
    trap: Option<String>,
}

/// The expectation files of `vvs` for a variant: `""` for the normal run,
/// `"stress."` for the files of the gc-stress run.
fn expected_variant(vvs: &Path, variant: &str) -> Expected {
    let file = |ext: &str| vvs.with_extension(format!("{variant}{ext}"));
    let stdout = read_opt(&file("out"))
        .unwrap_or_else(|| panic!("{} has no .{variant}out file", vvs.display()));
    let exit = read_opt(&file("exit")).map_or(0, |s| {
        s.trim()
            .parse()
            .unwrap_or_else(|_| panic!("bad exit status in {}: {s:?}", file("exit").display()))
    });
    let trap = read_opt(&file("trap"));
    Expected { stdout, exit, trap }
}

fn expected(vvs: &Path) -> Expected {
    expected_variant(vvs, "")
}

/// The program arguments in `NAME.{variant}args`, if that file exists.
fn args_variant(vvs: &Path, variant: &str) -> Option<Vec<String>> {
    read_opt(&vvs.with_extension(format!("{variant}args")))
        .map(|s| s.split_whitespace().map(String::from).collect())
}

/// The configuration a program runs with: default limits and its `NAME.args`.
fn config(vvs: &Path) -> vm::Config {
    vm::Config {
        args: args_variant(vvs, "").unwrap_or_default(),
        ..vm::Config::default()
    }
}

/// Runs a loaded module and describes what happened in the same terms as [`Expected`].
fn outcome(module: &vm::Module, config: &vm::Config) -> (String, Result<i32, String>) {
    let mut out = Vec::new();
    let r = vm::run(module, config, &mut out);
    let stdout = String::from_utf8(out).expect("program output is UTF-8");
    (stdout, r.map_err(|rep| format!("{rep}\n")))
}

/// Compares a run with the expectation; pushes a description of each mismatch.
fn compare(
    name: &str,
    how: &str,
    want: &Expected,
    (stdout, result): (String, Result<i32, String>),
    problems: &mut Vec<String>,
) {
    if stdout != want.stdout {
        problems.push(format!(
            "{name} ({how}): stdout differs\n--- expected\n{}--- got\n{stdout}---",
            want.stdout
        ));
    }
    match (&want.trap, result) {
        (Some(t), Err(rep)) if *t == rep => {}
        (Some(t), Err(rep)) => problems.push(format!(
            "{name} ({how}): trap report differs\n--- expected\n{t}--- got\n{rep}---"
        )),
        (Some(t), Ok(code)) => problems.push(format!(
            "{name} ({how}): expected the trap\n{t}but it exited with {code}"
        )),
        (None, Ok(code)) if code == want.exit => {}
        (None, Ok(code)) => problems.push(format!(
            "{name} ({how}): exit status {code}, expected {}",
            want.exit
        )),
        (None, Err(rep)) => problems.push(format!(
            "{name} ({how}): trapped unexpectedly (expected exit {}):\n{rep}",
            want.exit
        )),
    }
}

/// Checks one program; returns a description of every mismatch.
fn check_program(vvs: &Path) -> Vec<String> {
    let name = vvs.file_name().unwrap().to_string_lossy().into_owned();
    let src = fs::read_to_string(vvs).unwrap();
    let want = expected(vvs);
    let image = match asm::assemble(&src, &name) {
        Ok(i) => i,
        Err(e) => return vec![format!("{name} does not assemble:\n{}", e.render())],
    };
    let mut problems = Vec::new();
    let config = config(vvs);
    let bytes = image.to_vve();
    let modules = [
        ("in memory", vm::Module::from_image(image)),
        ("from .vve", vm::Module::from_vve(&bytes)),
    ];
    for (how, module) in modules {
        let module = match module {
            Ok(m) => m,
            Err(e) => {
                problems.push(format!("{name} ({how}) does not load: {e}"));
                continue;
            }
        };
        compare(&name, how, &want, outcome(&module, &config), &mut problems);
    }
    problems
}

/// Whether a program uses the heap allocator: some line's instruction is
/// `alloc` or `realloc`.
fn allocates(src: &str) -> bool {
    src.lines().any(|line| {
        let code = line.split([';', '#']).next().unwrap_or("");
        let code = code.rsplit(':').next().unwrap_or(code);
        matches!(code.split_whitespace().next(), Some("alloc" | "realloc"))
    })
}

#[test]
fn heap_programs_produce_the_same_results_under_gc_stress() {
    let dir = manifest_dir().join("programs");
    let mut problems = Vec::new();
    let mut stressed = Vec::new();
    for vvs in files_with_ext(&dir, "vvs") {
        let src = fs::read_to_string(&vvs).unwrap();
        if !allocates(&src) {
            continue;
        }
        let name = vvs.file_name().unwrap().to_string_lossy().into_owned();
        let (variant, args) = match args_variant(&vvs, "stress.") {
            Some(args) => ("stress.", args),
            None => ("", args_variant(&vvs, "").unwrap_or_default()),
        };
        let want = expected_variant(&vvs, variant);
        let module = vm::Module::from_image(tests::assemble(&src, &name))
            .unwrap_or_else(|e| panic!("{name} does not load: {e}"));
        let config = vm::Config {
            gc_stress: true,
            args,
            // A small initial heap keeps each of the many collections cheap
            // (a sweep visits the whole heap) and makes the heap grow under stress.
            memory: vm::MemoryConfig {
                init_heap: 64 << 10,
                ..vm::MemoryConfig::default()
            },
            ..vm::Config::default()
        };
        compare(
            &name,
            "gc stress",
            &want,
            outcome(&module, &config),
            &mut problems,
        );
        stressed.push(name);
    }
    for required in [
        "bintrees.vvs",
        "linked_list.vvs",
        "strings.vvs",
        "gc_live.vvs",
    ] {
        assert!(
            stressed.iter().any(|s| s == required),
            "{required} was not run under gc stress (it should allocate)"
        );
    }
    assert!(
        problems.is_empty(),
        "{} problem(s):\n\n{}",
        problems.len(),
        problems.join("\n\n")
    );
}

#[test]
fn programs_produce_their_expected_output() {
    let dir = manifest_dir().join("programs");
    let programs = files_with_ext(&dir, "vvs");
    assert!(
        programs.len() >= 10,
        "expected the program suite in {}, found {} programs",
        dir.display(),
        programs.len()
    );
    let problems: Vec<String> = programs.iter().flat_map(|p| check_program(p)).collect();
    assert!(
        problems.is_empty(),
        "{} problem(s):\n\n{}",
        problems.len(),
        problems.join("\n\n")
    );
}

#[test]
fn every_expectation_file_belongs_to_a_program() {
    let dir = manifest_dir().join("programs");
    for ext in ["out", "exit", "trap", "args"] {
        for f in files_with_ext(&dir, ext) {
            // NAME.EXT or NAME.stress.EXT
            let file = f.file_name().unwrap().to_string_lossy().into_owned();
            let (stem, rest) = file.split_once('.').unwrap();
            assert!(
                rest == ext || rest == format!("stress.{ext}"),
                "{} is not NAME.{ext} or NAME.stress.{ext}",
                f.display()
            );
            assert!(
                dir.join(format!("{stem}.vvs")).exists(),
                "{} has no matching .vvs program",
                f.display()
            );
            if rest != ext {
                assert!(
                    dir.join(format!("{stem}.stress.out")).exists()
                        && dir.join(format!("{stem}.stress.args")).exists(),
                    "{} needs both {stem}.stress.args and {stem}.stress.out",
                    f.display()
                );
            }
        }
    }
}

#[test]
fn the_required_programs_exist() {
    let dir = manifest_dir().join("programs");
    for name in [
        "fib",
        "factorial",
        "collatz",
        "gcd",
        "series",
        "int_edges",
        "conversions",
        "recursion",
        "bintrees",
        "linked_list",
        "strings",
        "oob",
        "null_deref",
        "stack_overflow",
        "salloc_overflow",
        "gc_live",
        "gc_garbage",
    ] {
        assert!(
            dir.join(format!("{name}.vvs")).exists(),
            "tests/programs/{name}.vvs is missing"
        );
    }
}

#[test]
fn examples_assemble_and_run() {
    let dir = manifest_dir().join("../examples");
    let examples = files_with_ext(&dir, "vvs");
    assert!(!examples.is_empty(), "no examples in {}", dir.display());
    for ex in &examples {
        let name = ex.file_name().unwrap().to_string_lossy().into_owned();
        let src = fs::read_to_string(ex).unwrap();
        let out = tests::run(&src, &name);
        assert_eq!(
            (out.exit, out.trap.as_deref()),
            (Some(0), None),
            "{name} should halt with status 0: {out:?}"
        );
        if name == "fib.vvs" {
            assert_eq!(out.stdout, "832040\n");
        }
    }
}

/// The committed expectation files are exactly what the independent Python
/// reference computes (skipped when `python3` is not installed).
#[test]
fn expectations_match_the_python_reference() {
    let script = manifest_dir().join("programs/expected.py");
    let out = match std::process::Command::new("python3").arg(&script).output() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("skipped: cannot run python3 ({e})");
            return;
        }
    };
    assert!(
        out.status.success(),
        "{} disagrees with the committed files:\n{}{}",
        script.display(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The benchmark programs (`bench/*.vvs`) at `bench/run --quick`'s sizes print
/// what `bench/expected/quick/` says (the peers' outputs at those sizes).
/// Release builds only: a debug build's match loop needs minutes for them.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "needs an optimised build: cargo test --release"
)]
fn benchmark_programs_print_the_peers_output() {
    let root = manifest_dir()
        .parent()
        .expect("tests/ lives in the workspace");
    let bench = root.join("bench");
    for (name, file, args) in [
        ("start", "fib", "0"),
        ("fib", "fib", "27"),
        ("fib35", "fib", "30"),
        ("loop", "loop", "10000000"),
        ("sieve", "sieve", "1000000 2"),
        ("nbody", "nbody", "100000"),
        ("bintrees", "bintrees", "12"),
    ] {
        let src = fs::read_to_string(bench.join(format!("{file}.vvs"))).expect("benchmark source");
        let want = fs::read_to_string(bench.join(format!("expected/quick/{name}.txt")))
            .expect("expected output");
        let config = vm::Config {
            args: args.split_whitespace().map(String::from).collect(),
            ..vm::Config::default()
        };
        let got = tests::run_with(&src, &format!("{file}.vvs"), &config);
        assert_eq!(got.trap, None, "{name}: {file}.vvs {args} trapped");
        assert_eq!(got.exit, Some(0), "{name}: {file}.vvs {args}");
        assert_eq!(got.stdout, want, "{name}: {file}.vvs {args}");
    }
}
