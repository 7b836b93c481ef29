//! Compiled C: every program of `tests/c/corpus/` must print exactly what
//! the same program printed when built by gcc (recorded by
//! `tests/c/gen-expected.sh`) and exit with the same status; its `-S`
//! assembly must assemble back into a program that does the same.

use std::path::Path;
use tests::c;

fn describe(name: &str, got: &c::Ran, want_out: &[u8], want_status: i32) -> String {
    let mut s = format!("{name}: ");
    if got.status != Some(want_status) {
        s.push_str(&format!("exit {:?}, gcc's {want_status}; ", got.status));
    }
    if let Some(t) = &got.trap {
        s.push_str(&format!("trapped: {t}; "));
    }
    if got.stdout != want_out {
        let (g, w) = (
            String::from_utf8_lossy(&got.stdout),
            String::from_utf8_lossy(want_out),
        );
        let line = g
            .lines()
            .zip(w.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| g.lines().count().min(w.lines().count()));
        s.push_str(&format!(
            "output differs from line {}: got {:?}, gcc printed {:?}",
            line + 1,
            g.lines().nth(line).unwrap_or("<end>"),
            w.lines().nth(line).unwrap_or("<end>")
        ));
    }
    s
}

fn check(path: &Path, via_assembly: bool) -> Option<String> {
    let name = path.file_stem()?.to_string_lossy().into_owned();
    let image = match c::compile(&[path]) {
        Ok(i) => i,
        Err(e) => return Some(format!("{name}: does not compile:\n{e}")),
    };
    let image = if via_assembly {
        let text = asm::disasm::disassemble(&image);
        match asm::assemble(&text, &format!("{name}.vvs")) {
            Ok(i) => i,
            Err(e) => {
                return Some(format!(
                    "{name}: -S output does not assemble:\n{}",
                    e.render()
                ))
            }
        }
    } else {
        image
    };
    let module = match vm::Module::from_image(image) {
        Ok(m) => m,
        Err(e) => return Some(format!("{name}: does not load: {e}")),
    };
    let (args, stdin) = c::inputs(path);
    let got = c::run(&module, &format!("{name}.c"), &args, &stdin);
    let (want_out, want_status) = c::expected(path);
    if got.stdout == want_out && got.status == Some(want_status) {
        None
    } else {
        Some(describe(&name, &got, &want_out, want_status))
    }
}

#[test]
fn corpus_matches_gcc() {
    let corpus = c::corpus();
    assert!(
        corpus.len() >= 250,
        "the corpus has only {} programs",
        corpus.len()
    );
    let failures = c::parallel(&corpus, |p| check(p, false));
    assert!(
        failures.is_empty(),
        "{} of {} programs differ from gcc:\n{}",
        failures.len(),
        corpus.len(),
        failures.join("\n")
    );
}

/// Functions are optimised and allocated on worker threads and emitted in
/// order: the image (or the diagnostics) must not depend on how many
/// threads, nor on which finishes first. Three workers on this machine's
/// cores finish out of order often; `threads: 1` is the reference.
#[test]
fn backend_threads_do_not_change_the_image() {
    let mut programs = c::corpus();
    let errors = Path::new(env!("CARGO_MANIFEST_DIR")).join("c/errors");
    let mut bad: Vec<_> = std::fs::read_dir(&errors)
        .expect("tests/c/errors")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "c"))
        .collect();
    bad.sort();
    assert!(bad.len() >= 10, "only {} error programs", bad.len());
    programs.extend(bad);
    let failures = c::parallel(&programs, |p| {
        let one = c::compile_with_threads(&[p], 1);
        let three = c::compile_with_threads(&[p], 3);
        (one != three).then(|| format!("{}: 1 and 3 threads differ", p.display()))
    });
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// With threads, functions are prepared while their unit is parsed, on a
/// guess of what the link will let their calls inline. A wrong guess must
/// not reach the image: the program is compiled again without guessing,
/// and `--time-report` says so; where every guess holds, it does not.
#[test]
fn early_backend_guesses_are_checked() {
    let compile = |files: &[(&str, &str)], threads| {
        let sources: Vec<_> = files
            .iter()
            .map(|(name, text)| voxcc::Source::new(*name, *text))
            .collect();
        let opts = voxcc::Options {
            threads,
            time_report: true,
            ..Default::default()
        };
        voxcc::compile_image(&sources, &opts).unwrap_or_else(|e| panic!("{}", e.rendered))
    };
    // `value` is defined before `get` calls it, inlinable, but weak: the
    // link takes b.c's.
    let weak = [
        (
            "a.c",
            "__attribute__((weak)) int value(void) { return 1; }\n\
             int get(void) { return value(); }\n\
             int main(void) { return get(); }\n",
        ),
        ("b.c", "int value(void) { return 2; }\n"),
    ];
    // `twice` is declared noinline after `four_times` calls it.
    let noinline = [(
        "n.c",
        include_str!("../c/corpus/lang_noinline_after_definition.c"),
    )];
    // Every guess holds: `sq` inlines into `f`, `f` (which calls) does not
    // into `main`.
    let holds = [(
        "h.c",
        "static int sq(int x) { return x * x; }\n\
         int f(int x) { return sq(x) + 1; }\n\
         int main(void) { return f(3); }\n",
    )];
    // Every guess holds, and `pick` is emitted while parsing: its call to
    // `value` lands on b.c's (a weak definition replaced, not inlined
    // either way), its jump table, data and function address are placed
    // at the link.
    let placed = [
        (
            "p.c",
            "#include <stdio.h>\n\
             __attribute__((weak, noinline)) int value(int x) { return x + 1; }\n\
             static int table[] = {5, 6, 7, 8, 9, 10};\n\
             int pick(int x) {\n\
                 switch (x) {\n\
                 case 0: return table[x];\n\
                 case 1: return table[x] * 2;\n\
                 case 2: return 40;\n\
                 case 3: return 41;\n\
                 case 4: return 42;\n\
                 case 5: return puts != 0;\n\
                 case 6: return 43;\n\
                 case 7: return 44;\n\
                 case 8: return 45;\n\
                 case 9: return 46;\n\
                 default: return value(x);\n\
                 }\n\
             }\n\
             int main(void) { printf(\"%d %d %d\\n\", pick(1), pick(5), pick(17)); return 0; }\n",
        ),
        (
            "q.c",
            "__attribute__((noinline)) int value(int x) { return x * 100; }\n",
        ),
    ];
    for (files, wrong) in [
        (&weak[..], true),
        (&noinline[..], true),
        (&holds[..], false),
        (&placed[..], false),
    ] {
        let (one, _) = compile(files, 1);
        let (three, report) = compile(files, 3);
        let name = files[0].0;
        assert!(one == three, "{name}: 1 and 3 threads differ");
        let again = report.contains("compiled again without the early backend");
        assert_eq!(again, wrong, "{name}:\n{report}");
        // (The report of a second try is of that try.)
        assert!(
            wrong || report.contains("(functions prepared while parsing)"),
            "{name}: nothing was prepared early:\n{report}"
        );
    }
}

#[test]
fn assembly_from_dash_s_reassembles_to_the_same_behaviour() {
    let corpus = c::corpus();
    let failures = c::parallel(&corpus, |p| check(p, true));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// `tests/c/traps/`: each program traps; its header says with what (`//
/// trap:`) and in which function (`// in:`); `/* TRAP */` marks the line the
/// innermost frame must point at and `/* CALLER */` a line some outer frame
/// must point at. So a trap in compiled C names the C function, file and line.
#[test]
fn traps_name_the_c_function_and_line() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("c/traps");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "c"))
        .collect();
    files.sort();
    assert!(files.len() >= 10);
    let failures = c::parallel(&files, |path| {
        let src = std::fs::read_to_string(path).unwrap();
        let header = |key: &str| {
            src.lines()
                .find_map(|l| l.strip_prefix(&format!("// {key}: ")))
                .map(str::trim)
                .unwrap_or_else(|| panic!("{}: no `// {key}:` line", path.display()))
                .to_string()
        };
        let (want_trap, want_fn) = (header("trap"), header("in"));
        let line_of = |mark: &str| {
            src.lines()
                .position(|l| l.contains(mark))
                .map(|i| i as u32 + 1)
        };
        let name = path.display().to_string();
        let image = match c::compile(&[path]) {
            Ok(i) => i,
            Err(e) => return Some(format!("{name}: does not compile:\n{e}")),
        };
        let module = vm::Module::from_image(image).unwrap();
        let ran = c::run(&module, &name, &[], &[]);
        let Some(rep) = ran.report else {
            return Some(format!("{name}: did not trap (exit {:?})", ran.status));
        };
        let msg = rep.trap.to_string();
        if !msg.contains(&want_trap) {
            return Some(format!(
                "{name}: trapped with `{msg}`, expected `{want_trap}`"
            ));
        }
        let top = &rep.backtrace[0];
        if top.function != want_fn {
            return Some(format!(
                "{name}: trapped in `{}`, expected `{want_fn}`:\n{rep}",
                top.function
            ));
        }
        if let Some(l) = line_of("/* TRAP */") {
            if top.line != Some(l) || top.file != name {
                return Some(format!(
                    "{name}: top frame at {}:{:?}, expected {name}:{l}:\n{rep}",
                    top.file, top.line
                ));
            }
        }
        if let Some(l) = line_of("/* CALLER */") {
            if !rep
                .backtrace
                .iter()
                .any(|f| f.file == name && f.line == Some(l))
            {
                return Some(format!("{name}: no frame at line {l}:\n{rep}"));
            }
            // A trap in code without lines (the null function pointer's
            // stub) names the caller's line in its first line too.
            let report = rep.to_string();
            let first = report.lines().next().unwrap_or("");
            if top.line.is_none() && !first.contains(", called from ") {
                return Some(format!("{name}: no caller in `{first}`"));
            }
            if top.line.is_none() && !first.ends_with(&format!("({name}:{l})")) {
                return Some(format!(
                    "{name}: `{first}` does not end at the caller's line {l}"
                ));
            }
        }
        None
    });
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// `tests/c/errors/`: each file's diagnostics, rendered, must be exactly its
/// `.stderr` snapshot (set `VOXCC_BLESS=1` to rewrite the snapshots after a
/// deliberate change, then review the diff). Files with only warnings must
/// compile.
#[test]
fn compile_errors_match_their_snapshots() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("c/errors");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "c"))
        .collect();
    files.sort();
    assert!(files.len() >= 25);
    let bless = std::env::var_os("VOXCC_BLESS").is_some();
    let mut failures = Vec::new();
    for path in &files {
        let name = format!(
            "tests/c/errors/{}",
            path.file_name().unwrap().to_string_lossy()
        );
        let text = std::fs::read_to_string(path).unwrap();
        let got = match voxcc::compile_image(
            &[voxcc::Source::new(name.clone(), text)],
            // As `voxcc` reads a file: its includes beside it.
            &voxcc::Options {
                host_files: true,
                ..Default::default()
            },
        ) {
            Ok((_, warnings)) => format!("(compiles)\n{warnings}"),
            Err(e) => e.rendered,
        };
        assert!(!got.contains("panicked"), "{name}: {got}");
        let snap = path.with_extension("stderr");
        if bless {
            std::fs::write(&snap, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&snap).unwrap_or_default();
        if got != want {
            failures.push(format!(
                "{name}: diagnostics differ from {}:\n--- got\n{got}--- want\n{want}",
                snap.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The benchmark programs of `../shared/bench-peers/c/` compile unchanged and
/// print exactly the peers' expected output at their default sizes. Slow in
/// a debug build: CI runs it in release (`--release --test c`); a debug run
/// skips it. Skipped, with a message, where the peers are not checked out.
#[test]
fn bench_peer_programs_print_the_expected_output() {
    if cfg!(debug_assertions) {
        eprintln!(
            "skipped in debug builds (default sizes take minutes unoptimised); run with --release"
        );
        return;
    }
    let peers = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/bench-peers");
    if !peers.join("c").is_dir() {
        eprintln!("skipped: {} is not there", peers.display());
        return;
    }
    let names = [
        "fib",
        "loop",
        "sieve",
        "nbody",
        "bintrees",
        "fannkuch",
        "spectralnorm",
        "mandelbrot",
        "strhash",
    ];
    let failures = c::parallel(&names, |name| {
        let src = peers.join(format!("c/{name}.c"));
        let want = std::fs::read(peers.join(format!("expected/{name}.txt"))).ok()?;
        let image = match c::compile(&[&src]) {
            Ok(i) => i,
            Err(e) => return Some(format!("{name}: does not compile:\n{e}")),
        };
        let module = vm::Module::from_image(image).unwrap();
        let got = c::run(&module, name, &[], &[]);
        (got.stdout != want || got.status != Some(0)).then(|| describe(name, &got, &want, 0))
    });
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The PicoC copies of the benchmark programs (`bench/picoc/*.c`) are valid C
/// that prints `bench/picoc/expected/P.txt` (gcc's output of the original at the
/// same size) with the arguments of `bench/picoc/sizes`, and exits with 0 at their
/// start-up arguments: voxvm runs the same files as PicoC in `bench/run`, so
/// this is what keeps the copies right without PicoC installed. Every copy is
/// listed there and every listed program has a copy and an expected output.
/// Release builds only, like the other benchmark programs.
#[test]
fn bench_picoc_copies_print_the_expected_output() {
    if cfg!(debug_assertions) {
        eprintln!(
            "skipped in debug builds (the sizes take minutes unoptimised); run with --release"
        );
        return;
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../bench/picoc");
    let sizes = std::fs::read_to_string(dir.join("sizes")).expect("bench/picoc/sizes");
    let mut runs = Vec::new();
    for line in sizes.lines() {
        let line = line.split('#').next().unwrap_or("");
        if line.trim().is_empty() {
            continue;
        }
        let (main, start) = line.split_once('|').expect("P ARGS | START_ARGS");
        let mut words = main.split_whitespace().map(String::from);
        let name = words.next().expect("a program name");
        let args: Vec<String> = words.collect();
        let start: Vec<String> = start.split_whitespace().map(String::from).collect();
        runs.push((name, args, start));
    }
    let mut copies: Vec<String> = std::fs::read_dir(&dir)
        .expect("bench/picoc")
        .filter_map(|e| {
            let p = e.ok()?.path();
            (p.extension()? == "c").then(|| p.file_stem().unwrap().to_string_lossy().into_owned())
        })
        .collect();
    copies.sort();
    let mut listed: Vec<String> = runs.iter().map(|r| r.0.clone()).collect();
    listed.sort();
    assert_eq!(
        copies, listed,
        "bench/picoc/*.c and the programs of bench/picoc/sizes differ"
    );
    let failures = c::parallel(&runs, |(name, args, start)| {
        let src = dir.join(format!("{name}.c"));
        let want = match std::fs::read(dir.join(format!("expected/{name}.txt"))) {
            Ok(w) => w,
            Err(e) => return Some(format!("{name}: bench/picoc/expected/{name}.txt: {e}")),
        };
        let image = match c::compile(&[&src]) {
            Ok(i) => i,
            Err(e) => return Some(format!("{name}: does not compile:\n{e}")),
        };
        let module = vm::Module::from_image(image).unwrap();
        let got = c::run(&module, name, args, &[]);
        if got.stdout != want || got.status != Some(0) {
            return Some(describe(
                &format!("{name} {}", args.join(" ")),
                &got,
                &want,
                0,
            ));
        }
        let got = c::run(&module, name, start, &[]);
        (got.status != Some(0) || got.trap.is_some()).then(|| {
            format!(
                "{name} {}: exit {:?}, trap {:?}",
                start.join(" "),
                got.status,
                got.trap
            )
        })
    });
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The README's embedding example: a script calls a host function declared
/// by its prototype, the host calls a script function by name.
#[test]
fn a_host_calls_a_script_function_that_calls_the_host() {
    let prog = voxcc::compile(
        &[voxcc::Source::new(
            "game.c",
            "extern int host_add(int, int);\nint on_event(int x) { return host_add(x, 1); }",
        )],
        &voxcc::Options::default(),
    )
    .unwrap();
    let mut host = voxcc::runtime::host();
    host.define("host_add", |a: i32, b: i32| a + b);
    let mut vm = vm::Vm::with_host(&prog.module, &vm::Config::default(), &host).unwrap();
    assert_eq!(vm.call("on_event", &[41]).unwrap(), 42);
    assert_eq!(vm.call("on_event", &[-5i64 as u64]).unwrap() as i64, -4);
    // Without the host function: refused when the VM is created, naming the
    // C declaration.
    let e = vm::Vm::with_host(
        &prog.module,
        &vm::Config::default(),
        &voxcc::runtime::host(),
    )
    .err()
    .expect("unresolved host function");
    assert!(
        e.to_string().contains("unresolved import `host_add`"),
        "{e}"
    );
    assert!(e.to_string().contains("game.c:1"), "{e}");
}

/// Out-of-range float-to-integer conversions are undefined in C (so gcc
/// cannot record them); voxcc gives a constant the value the VM's saturating
/// `cvt` gives a variable, whatever the target type.
#[test]
fn out_of_range_float_conversions_fold_as_they_run() {
    let src = r#"
        volatile double big = 1e10, neg = -5.5, huge = 1e300;
        long check(void) {
            long bad = 0;
            bad |= (long)((int)1e10 != (int)big) << 0;
            bad |= (long)((unsigned)-5.5 != (unsigned)neg) << 1;
            bad |= (long)((short)40000.0 != (short)(big / 250000)) << 2;
            bad |= (long)((unsigned char)-1.5 != (unsigned char)(neg + 4)) << 3;
            bad |= (long)((long)1e300 != (long)huge) << 4;
            bad |= (long)((unsigned long)-5.5 != (unsigned long)neg) << 5;
            bad |= (long)((int)1e10 != 2147483647) << 6;
            return bad;
        }"#;
    let prog = voxcc::compile(
        &[voxcc::Source::new("conv.c", src)],
        &voxcc::Options::default(),
    )
    .unwrap();
    let host = voxcc::runtime::host();
    let mut vm = vm::Vm::with_host(&prog.module, &vm::Config::default(), &host).unwrap();
    assert_eq!(vm.call("check", &[]).unwrap(), 0);
}

/// `tests/c/heapcheck/`: heap bugs the heap checker (`Config::check_heap`)
/// must catch. Each file's header says the start of the trap message (`//
/// trap:`) and the function of the innermost frame (`// in:`); `/* TRAP */`
/// marks the line of the bad access or free (innermost frame), `/* CALLER
/// */` a line an outer frame must point at, `/* ALLOC */` the allocation
/// and `/* FREE */` the free the message must name. Without the checker,
/// the accesses do not trap (the red zones, quarantine and poison are the
/// checker's), or not with its report.
#[test]
fn heap_checker_names_the_access_and_the_allocation() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("c/heapcheck");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "c"))
        .collect();
    files.sort();
    assert!(files.len() >= 9);
    let checked = vm::Config {
        check_heap: true,
        ..Default::default()
    };
    let failures = c::parallel(&files, |path| {
        let src = std::fs::read_to_string(path).unwrap();
        let header = |key: &str| {
            src.lines()
                .find_map(|l| l.strip_prefix(&format!("// {key}: ")))
                .map(str::trim)
                .unwrap_or_else(|| panic!("{}: no `// {key}:` line", path.display()))
                .to_string()
        };
        let (want_trap, want_fn) = (header("trap"), header("in"));
        let line_of = |mark: &str| {
            src.lines()
                .position(|l| l.contains(mark))
                .map(|i| i as u32 + 1)
        };
        let name = path.display().to_string();
        let image = match c::compile(&[path]) {
            Ok(i) => i,
            Err(e) => return Some(format!("{name}: does not compile:\n{e}")),
        };
        let module = vm::Module::from_image(image).unwrap();
        let plain = c::run(&module, &name, &[], &[]);
        if plain
            .trap
            .as_deref()
            .is_some_and(|t| t.contains("allocated at"))
        {
            return Some(format!("{name}: the checker's report without the checker"));
        }
        let ran = c::run_config(&module, &name, &[], &checked);
        let Some(rep) = ran.report else {
            return Some(format!("{name}: did not trap (exit {:?})", ran.status));
        };
        let vm::Trap::HeapCheck(bug) = &rep.trap else {
            return Some(format!("{name}: not a heap checker trap:\n{rep}"));
        };
        let msg = rep.trap.to_string();
        if !msg.starts_with(&want_trap) || !msg.starts_with(&bug.kind.to_string()) {
            return Some(format!(
                "{name}: trapped with `{msg}`, expected `{want_trap}`"
            ));
        }
        let top = &rep.backtrace[0];
        if top.function != want_fn {
            return Some(format!(
                "{name}: trapped in `{}`, expected `{want_fn}`:\n{rep}",
                top.function
            ));
        }
        if let Some(l) = line_of("/* TRAP */") {
            if top.line != Some(l) || top.file != name {
                return Some(format!(
                    "{name}: top frame at {}:{:?}, expected {name}:{l}:\n{rep}",
                    top.file, top.line
                ));
            }
        }
        if let Some(l) = line_of("/* CALLER */") {
            if !rep
                .backtrace
                .iter()
                .any(|f| f.file == name && f.line == Some(l))
            {
                return Some(format!("{name}: no frame at line {l}:\n{rep}"));
            }
        }
        let allocated = msg.split_once("allocated at ").map_or("", |x| x.1);
        let freed = msg.split_once("freed at ").map_or("", |x| x.1);
        for (mark, part, what) in [
            ("/* ALLOC */", allocated, "allocation"),
            ("/* FREE */", freed, "free"),
        ] {
            if let Some(l) = line_of(mark) {
                if !part.contains(&format!("({name}:{l})")) {
                    return Some(format!(
                        "{name}: the report does not name the {what} at line {l}:\n{rep}"
                    ));
                }
            }
        }
        None
    });
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Correct programs behave the same with the heap checker on: every corpus
/// program that uses the heap (malloc-heavy ones with realloc, calloc and
/// many frees among them) prints what gcc's build printed and exits the
/// same. (Only those: the whole corpus checked takes a minute in debug.)
#[test]
fn heap_checker_leaves_correct_programs_alone() {
    let corpus: Vec<_> = c::corpus()
        .into_iter()
        .filter(|p| {
            let src = std::fs::read_to_string(p).unwrap_or_default();
            ["malloc", "calloc", "realloc", "strdup"]
                .iter()
                .any(|f| src.contains(f))
        })
        .collect();
    assert!(corpus.len() >= 20, "{} heap programs", corpus.len());
    let checked = vm::Config {
        check_heap: true,
        ..Default::default()
    };
    let failures = c::parallel(&corpus, |path| {
        let name = path.file_stem()?.to_string_lossy().into_owned();
        let image = match c::compile(&[path]) {
            Ok(i) => i,
            Err(e) => return Some(format!("{name}: does not compile:\n{e}")),
        };
        let module = vm::Module::from_image(image).ok()?;
        let (args, stdin) = c::inputs(path);
        let config = vm::Config {
            args,
            ..checked.clone()
        };
        let got = c::run_config(&module, &format!("{name}.c"), &stdin, &config);
        let (want_out, want_status) = c::expected(path);
        if got.stdout == want_out && got.status == Some(want_status) {
            None
        } else {
            Some(describe(&name, &got, &want_out, want_status))
        }
    });
    assert!(
        failures.is_empty(),
        "{} programs differ with --check-heap:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The memory cap holds with the heap checker on: a program that frees
/// far more than the quarantine holds runs to the end under a cap smaller
/// than the quarantine (it gives way before an allocation fails), and one
/// that never frees gets NULL from malloc at the cap, the VM's memory (red
/// zones, shadow map, block records) within the cap all along.
#[test]
fn heap_checker_stays_under_the_memory_cap() {
    let dir = std::env::temp_dir().join(format!("voxvm-heapcheck-cap-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let churn = dir.join("churn.c");
    std::fs::write(
        &churn,
        "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\
         int main(void) {\n long sum = 0;\n\
         for (int i = 0; i < 2000; i++) {\n\
           char *p = malloc(40000);\n if (!p) { puts(\"out of memory\"); return 1; }\n\
           memset(p, i & 0xff, 40000);\n sum += p[i % 40000];\n free(p);\n }\n\
         printf(\"%ld\\n\", sum);\n return 0;\n}\n",
    )
    .unwrap();
    let leak = dir.join("leak.c");
    std::fs::write(
        &leak,
        "#include <stdlib.h>\n\
         int main(void) {\n for (;;) { char *p = malloc(1000); if (!p) return 3; p[999] = 1; }\n}\n",
    )
    .unwrap();
    let cap = 8 << 20;
    let config = vm::Config {
        check_heap: true,
        memory: vm::MemoryConfig {
            max: cap,
            ..Default::default()
        },
        ..Default::default()
    };
    let run = |path: &Path| {
        let (r, text, machine) = run_with(path, &config);
        (r, text, machine.memory().in_use())
    };
    let (r, out, in_use) = run(&churn);
    // Each block is filled with its index's low byte: sum of (i & 0xff) as char.
    let want: i64 = (0..2000).map(|i| i64::from((i & 0xff) as u8 as i8)).sum();
    assert_eq!(r.map_err(|t| t.to_string()), Ok(0));
    assert_eq!(out, format!("{want}\n"));
    assert!(in_use <= cap, "{in_use} > {cap}");
    let (r, _, in_use) = run(&leak);
    assert_eq!(
        r.map_err(|t| t.to_string()),
        Ok(3),
        "malloc returns NULL at the cap"
    );
    assert!(in_use <= cap, "{in_use} > {cap}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Threads a program starts stay inside the VM's limits: one that starts
/// threads without end gets EAGAIN from `pthread_create` at the memory cap
/// (each thread's stack, registers and state are charged), and threads
/// that spin forever are stopped by the step limit, which counts every
/// thread's steps, with the report naming where the running thread was.
#[test]
fn threads_stay_under_the_memory_cap_and_the_step_limit() {
    let dir = std::env::temp_dir().join(format!("voxvm-thread-limits-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bomb = dir.join("bomb.c");
    std::fs::write(
        &bomb,
        "#include <pthread.h>\n#include <stdio.h>\n#include <errno.h>\n\
         static void *spin(void *p) { for (;;) sched_yield(); return p; }\n\
         int main(void) {\n long n = 0;\n int e;\n pthread_t t;\n\
         while ((e = pthread_create(&t, 0, spin, 0)) == 0) n++;\n\
         printf(\"%d %d\\n\", n > 4, e == EAGAIN);\n return 0;\n}\n",
    )
    .unwrap();
    let forever = dir.join("forever.c");
    std::fs::write(
        &forever,
        "#include <pthread.h>\n\
         static volatile long x;\n\
         static void *spin(void *p) { for (;;) x++; return p; }\n\
         int main(void) {\n pthread_t t[3];\n\
         for (int i = 0; i < 3; i++) pthread_create(&t[i], 0, spin, 0);\n\
         pthread_join(t[0], 0);\n return 0;\n}\n",
    )
    .unwrap();
    let cap = 8 << 20;
    let run = |path: &Path, config: &vm::Config| {
        let (r, text, machine) = run_with(path, config);
        (r, text, machine.memory().in_use(), machine.thread_count())
    };
    let capped = vm::Config {
        memory: vm::MemoryConfig {
            max: cap,
            ..Default::default()
        },
        ..Default::default()
    };
    let (r, out, in_use, threads) = run(&bomb, &capped);
    assert_eq!(r.map_err(|t| t.to_string()), Ok(0));
    assert_eq!(out, "1 1\n");
    assert!(in_use <= cap, "{in_use} > {cap}");
    // Each thread has a 256 KiB stack: the cap holds a few dozen.
    assert!((5..40).contains(&threads), "{threads} threads");
    let limited = vm::Config {
        max_steps: Some(1_000_000),
        ..Default::default()
    };
    let (r, _, _, threads) = run(&forever, &limited);
    let report = r.unwrap_err();
    assert!(report.trap.to_string().contains("step limit"), "{report}");
    assert_eq!(report.backtrace[0].function, "spin", "{report}");
    assert_eq!(threads, 4);
    let _ = std::fs::remove_dir_all(&dir);
}

/// Compiles the C file at `path` and runs it under `config` with the C
/// runtime: the result, the output, and the VM (for its memory and threads).
fn run_with(
    path: &Path,
    config: &vm::Config,
) -> (Result<i32, vm::TrapReport>, String, vm::Vm<'static>) {
    let image = c::compile(&[path]).unwrap();
    let module = vm::Module::from_image(image).unwrap();
    let mut host = vm::Host::new();
    voxcc::runtime::install(&mut host, voxcc::runtime::World::default());
    let mut machine = vm::Vm::with_host(&module, config, &host).unwrap();
    let out = Shared::default();
    machine.set_output(out.clone());
    let r = machine.run();
    let text = String::from_utf8_lossy(&out.0.lock().unwrap()).into_owned();
    (r, text, machine)
}

/// An output buffer the test keeps a handle on.
#[derive(Clone, Default)]
struct Shared(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for Shared {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Instructions `function` executes when `src`'s `main` runs, from the
/// `--profile` report.
fn executed_in(src: &str, function: &str) -> u64 {
    let prog = voxcc::compile(
        &[voxcc::Source::new("loops.c", src)],
        &voxcc::Options::default(),
    )
    .unwrap_or_else(|e| panic!("{}", e.rendered));
    let host = voxcc::runtime::host();
    let mut vm = vm::Vm::with_host(&prog.module, &vm::Config::default(), &host).unwrap();
    let mut profiler = vm::observe::Profiler::new(&vm);
    assert_eq!(vm.run_observed(&mut profiler).unwrap(), 0);
    let mut report = Vec::new();
    profiler.report(&vm, &mut report).unwrap();
    let report = String::from_utf8(report).unwrap();
    report
        .lines()
        .find_map(|l| {
            let mut w = l.split_whitespace();
            (w.next() == Some(function)).then(|| w.next().unwrap().parse().unwrap())
        })
        .unwrap_or_else(|| panic!("no `{function}` in the profile:\n{report}"))
}

/// `func` and a `main` that fills `static int a[10000]` with pseudo-random
/// values in [-2000, 2000) (half negative, odd or even at random) and
/// returns whether `call` is 0.
fn over_random_ints(func: &str, call: &str) -> String {
    format!(
        "{func}
        int main(void) {{
            static int a[10000];
            unsigned s = 1;
            for (int i = 0; i < 10000; i++) {{
                s = s * 1103515245u + 12345u;
                a[i] = (int)(s >> 8) % 4000 - 2000;
            }}
            return {call} == 0;
        }}"
    )
}

/// The `-S` text of `function` in the program compiled from `src`.
fn assembly_of(src: &str, function: &str) -> String {
    let prog = voxcc::compile(
        &[voxcc::Source::new("choice.c", src)],
        &voxcc::Options::default(),
    )
    .unwrap_or_else(|e| panic!("{}", e.rendered));
    let text = asm::disasm::disassemble(&prog.image);
    let start = text
        .find(&format!(".func {function}\n"))
        .unwrap_or_else(|| panic!("no `{function}` in:\n{text}"));
    let end = start + text[start..].find(".end").unwrap();
    text[start..end].to_string()
}

/// Code the compiler emits for a C loop is about what one would write by
/// hand: FNV-1a over a string is 6 instructions a byte (load the byte as
/// unsigned through the pointer already stepped, step, xor, multiply, load
/// the next byte, branch), not 8 (a copy of the old pointer and a separate
/// zero extension).
#[test]
fn a_byte_loop_executes_six_instructions_a_byte() {
    let src = r#"
        static unsigned fnv1a(const char *s) {
            unsigned h = 2166136261u;
            while (*s) { h ^= (unsigned char)*s++; h *= 16777619u; }
            return h;
        }
        static char buf[10001];
        int main(void) {
            for (int i = 0; i < 10000; i++) buf[i] = (char)(200 + i % 50);
            return fnv1a(buf) == 0;
        }"#;
    let n = executed_in(src, "fnv1a");
    assert!(
        n <= 6 * 10000 + 10,
        "fnv1a executed {n} instructions for 10000 bytes"
    );
}

/// When more values are live than there are registers, the ones spilled
/// to the frame are those touched least for how long they live, not those
/// that end last: a loop counter and an accumulator used to the end of the
/// function stay in registers while 230 values read once after the loop go
/// to the frame (3 instructions an iteration; 4 when the accumulator was
/// spilled, as sqlite3VdbeExec's `pOp` was).
#[test]
fn spills_go_to_rarely_used_values() {
    let decls: String = (0..230)
        .map(|k| format!("long v{k} = code[{k}] * {};\n", k + 3))
        .collect();
    let uses = (0..230)
        .map(|k| format!("v{k}"))
        .collect::<Vec<_>>()
        .join(" ^ ");
    let src = format!(
        "static long run(const unsigned char *code, long n) {{
            long pc = 0, acc = 0;
            {decls}
            while (pc < n) {{ acc += code[pc]; pc++; }}
            acc += {uses};
            return acc + pc;
        }}
        static unsigned char code[10000];
        int main(void) {{
            for (int i = 0; i < 10000; i++) code[i] = (unsigned char)(i * 7);
            return run(code, 10000) == 0;
        }}"
    );
    let n = executed_in(&src, "run");
    assert!(
        n <= 3 * 10000 + 1000,
        "run executed {n} instructions for 10000 iterations"
    );
}

/// A dense `switch` is one `jtab` into a table of jumps: range check,
/// `jtab`, the jump to the case, the case's one instruction and `ret`
/// (5 dispatches; 8 when the table was reached by `addr`, `muli`, `add`
/// and `jmpr`).
#[test]
fn a_dense_switch_is_one_table_jump() {
    let cases: String = (0..24)
        .map(|k| format!("case {k}: return x + {};\n", k * 3 + 1))
        .collect();
    let src = format!(
        "int f(unsigned op, int x) {{
            switch (op) {{ {cases} default: return -1; }}
        }}
        int main(void) {{
            long s = 0;
            for (int i = 0; i < 10000; i++) s += f((unsigned)i % 24, i);
            return s == 0;
        }}"
    );
    let n = executed_in(&src, "f");
    assert!(
        n <= 5 * 10000 + 10,
        "f executed {n} instructions for 10000 calls"
    );
}

/// A value chosen by `?:` and used once at the join is read straight from
/// the register it came from in the arm that copied it: no `mov` on that
/// path (6 instructions an iteration there before, 5 now).
#[test]
fn a_chosen_value_is_not_copied_before_its_use() {
    let src = r#"
        static long long sum(long long n) {
            long long acc = 0;
            for (long long i = 0; i < n; i++) {
                long long x = i * 7 % 5;
                acc += x < 4 ? x : x - 9;
            }
            return acc;
        }
        int main(void) { return sum(10000) != 2000; }"#;
    // x < 4 in 4 iterations of 5: 5 instructions on that path, 6 on the other.
    // (`x - 9` is computed, so the choice keeps its branch; between plain
    // values like `x` and `-1` it would be a select.)
    let n = executed_in(src, "sum");
    assert!(
        n <= 5 * 10000 + 2000 + 20,
        "sum executed {n} instructions for 10000 iterations"
    );
}

#[test]
fn an_inlined_loop_is_still_a_loop() {
    let src = r#"
        static long tri(long n) {
            long s = 0;
            for (long i = 0; i < n; i++) s += i;
            return s;
        }
        int main(void) { return tri(10000) != 49995000; }"#;
    // `tri` is inlined into main; its loop keeps the fused latch: the sum and
    // an add-and-branch an iteration (3 when the inlined blocks lost their
    // loop depth: add, addi, blt).
    let n = executed_in(src, "main");
    assert!(
        n <= 2 * 10000 + 30,
        "main executed {n} instructions for 10000 iterations"
    );
}

#[test]
fn a_choice_between_plain_values_does_not_branch() {
    let func = r#"
        static long pick(const int *a, int n, long p, long q) {
            long s = 0;
            for (int i = 0; i < n; i++) {
                int x = a[i];
                long t;
                if (x < 0) t = p; else t = q;
                s += t;
            }
            return s;
        }"#;
    let src = &over_random_ints(func, "pick(a, 10000, 3, 5)");
    // A load, a select, the sum and the loop's add-and-branch: 4 an element,
    // and the only branches are the loop's (before, the choice branched on
    // the data, taken half the time at random).
    let n = executed_in(src, "pick");
    assert!(
        n <= 4 * 10000 + 20,
        "pick executed {n} instructions for 10000 elements"
    );
    let text = assembly_of(src, "pick");
    assert!(text.contains("sellt.i32"), "no select in:\n{text}");
    let branches = text
        .lines()
        .filter(|l| {
            let family = l.split_whitespace().next().unwrap_or("").split('.').next();
            let family = family.unwrap_or("");
            family.starts_with('b') || family.starts_with('j') || family.starts_with("addb")
        })
        .count();
    assert!(branches <= 3, "{branches} branches in:\n{text}");
}

#[test]
fn integer_minimum_and_maximum_do_not_branch() {
    let func = r#"
        static long clamped_sum(const int *a, int n) {
            long s = 0;
            for (int i = 0; i < n; i++) {
                int x = a[i];
                if (x > 1000) x = 1000;
                x = x < -1000 ? -1000 : x;
                s += x;
            }
            return s;
        }"#;
    let src = &over_random_ints(func, "clamped_sum(a, 10000)");
    // A load, a min, a max, the sum and the loop's add-and-branch: 5
    // instructions an element however the data falls (with branches, 6 to 8).
    let n = executed_in(src, "clamped_sum");
    assert!(
        n <= 5 * 10000 + 20,
        "clamped_sum executed {n} instructions for 10000 elements"
    );
}

/// A call's arguments go straight into its window unless they outlive the
/// call: `i` and `k`, live on after `g(p[i], k, i)`, are copied there, while
/// `p[i]` is loaded into its slot. Eight instructions an iteration before
/// (`i` sat in the window, which pushed the window up and the load's value
/// needed a move too), seven now: load, two moves, call, add, compare,
/// loop branch. (`g` recurses, so it is not inlined.)
#[test]
fn arguments_that_outlive_a_call_stay_out_of_its_window() {
    let src = "static int g(int a, int b, int c) { return c < 0 ? g(a, b, c + 1) : (a ^ b) + c; }
        static int h(int *p, int n) { return n < 0 ? h(p, n + 1) : p[0] + n / 2; }
        static int f(int *p, int n, int k) {
            int s = 0;
            for (int i = 0; i < n; i++) {
                s += g(p[i], k, i);
                if (s > 1000000000) s = h(p, s);
            }
            return s;
        }
        static int data[10000];
        int main(void) {
            for (int i = 0; i < 10000; i++) data[i] = i * 3;
            return f(data, 10000, 5) == 0;
        }";
    let n = executed_in(src, "f");
    assert!(
        n <= 7 * 10000 + 20,
        "f executed {n} instructions for 10000 iterations"
    );
}

/// Copy coalescing: a value computed on the hot path and copied into a
/// variable the slow path also writes (`sqrt`: a NaN result goes to a call
/// that sets errno) shares the variable's register, so the hot path has no
/// move: nbody's inner loop is 29 instructions a pair, 30 when the
/// argument hints alone placed `sqrt`'s result away from `mag`'s operand.
#[test]
fn a_value_copied_at_its_last_use_shares_the_copys_register() {
    let src = "#include <math.h>
        struct body { double x, y, z, vx, vy, vz, mass; };
        static void advance(int n, struct body *b, double dt) {
            for (int i = 0; i < n; i++) {
                struct body *bi = &b[i];
                for (int j = i + 1; j < n; j++) {
                    struct body *bj = &b[j];
                    double dx = bi->x - bj->x, dy = bi->y - bj->y, dz = bi->z - bj->z;
                    double d2 = dx * dx + dy * dy + dz * dz;
                    double mag = dt / (d2 * sqrt(d2));
                    double mi = bi->mass * mag, mj = bj->mass * mag;
                    bi->vx -= dx * mj; bi->vy -= dy * mj; bi->vz -= dz * mj;
                    bj->vx += dx * mi; bj->vy += dy * mi; bj->vz += dz * mi;
                }
            }
            for (int i = 0; i < n; i++) {
                struct body *bi = &b[i];
                bi->x += dt * bi->vx; bi->y += dt * bi->vy; bi->z += dt * bi->vz;
            }
        }
        static struct body bodies[101];
        int main(void) {
            for (int i = 0; i < 101; i++)
                bodies[i] = (struct body){i, i * 0.5, -i, 0, 0, 0, 1.0 + i};
            advance(101, bodies, 0.01);
            return bodies[0].vx == 0;
        }";
    // 101 bodies: 5,050 pairs.
    let n = executed_in(src, "advance");
    assert!(
        n <= 29 * 5050 + 16 * 101 + 20,
        "advance executed {n} instructions for 5,050 pairs"
    );
}

/// Objects with no initializer end the data segment, whose zero tail the
/// image counts instead of storing: a 256 MiB `static` array made a 256 MiB
/// `.vve` (and the compiler held three copies of it); now the file is a few
/// kilobytes and the VM's pages for the array stay untouched until written.
/// Initialized objects, the thread-local block and string literals stay in
/// front of them, and the program reads what C says.
#[test]
fn zeroed_statics_cost_no_file_size() {
    let dir = std::env::temp_dir().join(format!("voxcc-bss-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("bss.c");
    std::fs::write(
        &path,
        r#"#include <stdio.h>
#include <errno.h>
static char big[1 << 28];
static int small[4];
int counted = 3;
static _Thread_local int tls = 7;
static const char *msg = "after the zeros";
int main(void) {
    big[(1 << 28) - 1] = 5;
    small[3] = big[(1 << 28) - 1] + counted + tls + errno;
    printf("%d %d %d %s\n", big[0], big[(1 << 28) - 1], small[3], msg);
    return 0;
}
"#,
    )
    .unwrap();
    let image = c::compile(&[path.as_path()]).unwrap();
    let bytes = image.to_vve();
    assert!(image.bss >= 1 << 28, "bss {}", image.bss);
    assert!(bytes.len() < 1 << 20, "the .vve is {} bytes", bytes.len());
    let module = vm::Module::from_vve(&bytes).unwrap();
    let config = vm::Config {
        memory: vm::MemoryConfig {
            max: 1 << 30,
            ..Default::default()
        },
        ..Default::default()
    };
    let ran = c::run_config(&module, "bss", b"", &config);
    assert_eq!(ran.stdout, b"0 5 15 after the zeros\n", "{ran:?}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Every read of a `volatile` object is a load of its own, however the
/// object is reached: declared volatile, through a pointer to volatile, as
/// a member of a volatile struct or a volatile member, an element of a
/// volatile array. The optimiser merged the second read of each into the
/// first (the parser's conversion to a value dropped the qualifier the
/// load was checked for), which breaks polling another thread's or a
/// signal handler's writes.
#[test]
fn volatile_reads_are_never_merged() {
    let decls = "volatile int g = 2; struct S { volatile int a; int b; } q;
        volatile struct T { int a; } vs; struct S *pp = &q; volatile int arr[4];
        volatile int *vp = &g;";
    for (read, loads) in [
        ("g", 2),
        ("q.a", 2),
        ("vs.a", 2),
        ("pp->a", 3),
        ("arr[1]", 2),
        ("*vp", 3),
    ] {
        let src = format!(
            "{decls}\nint f(void) {{ int s = {read}; s += {read}; return s; }}\nint main(void) {{ return f(); }}\n"
        );
        let text = assembly_of(&src, "f");
        let n = text
            .lines()
            .filter(|l| l.trim_start().starts_with("ld"))
            .count();
        assert_eq!(n, loads, "`{read}` read twice:\n{text}");
    }
}

/// `__attribute__((noinline))` keeps a function out of its callers and
/// out of itself, as in gcc (programs use it to keep a frame of their own,
/// a cold path out of line, or to measure a call), whether it is on the
/// definition or only on an earlier declaration; other small functions are
/// still inlined. It was accepted and ignored.
#[test]
fn noinline_functions_are_called() {
    let src = r#"
        static int add1(int x) __attribute__((noinline));
        static int add1(int x) { return x + 1; }
        __attribute__((__noinline__)) static int add3(int x) { return x + 3; }
        static int add2(int x) { return x + 2; }
        __attribute__((noinline)) int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
        int main(int argc, char **argv) { return add1(argc) + add2(argc) + add3(argc) + fib(argc); }"#;
    let main = assembly_of(src, "main");
    for (callee, calls) in [("add1", 1), ("add2", 0), ("add3", 1), ("fib", 1)] {
        let n = main.matches(&format!("call {callee},")).count();
        assert_eq!(n, calls, "calls of {callee} in main:\n{main}");
    }
    let fib = assembly_of(src, "fib");
    assert_eq!(fib.matches("call fib,").count(), 2, "fib:\n{fib}");
}

/// A long chain of `if`s is allocated without spilling: the join after
/// each `if` (the next condition, or a loop's latch) is copied into the
/// arm that jumps to it, and the copy's temporaries get registers of their
/// own. When they kept the join's, each was written in two places that
/// layout puts far apart (the arms go out of line), its one interval
/// spanned everything between, and 2,000 `if`s spilled 1,800 conditions
/// to the frame (a load and a store each).
///
/// The same for `?:` and `switch`, whose join value (or the switched
/// value's next test) is written in arms that layout puts after the whole
/// chain of fall-throughs: when that spills, the blocks are laid out in
/// reverse postorder instead, each `if`'s arms between the branch and the
/// join (2,000 `?:` spilled 5,409 references, 2,000 `switch`es 12,611).
#[test]
fn long_if_chains_do_not_spill() {
    for (what, form) in [
        ("if", "if ((c & Ku) == K % 64) c = c * 33u + Ku; else c ^= Ku;"),
        ("?:", "s += (c & Ku) ? c * 3u + Ku : c ^ Ku; c = c * 7u + s;"),
        ("switch", "switch (c & 3u) { case 0: c += Ku; break; case 1: c ^= Ku; break; default: c = c * 5u + 1u; }"),
    ] {
        let chain: String = (10001..12001)
            .map(|k| form.replace('K', &k.to_string()) + "\n")
            .collect();
        let src = format!(
            "unsigned run(unsigned c) {{\nunsigned s = 0;\n{chain}return c + s;\n}}\nint main(int argc, char **argv) {{ return run(argc) & 1; }}\n"
        );
        let text = assembly_of(&src, "run");
        let frame = text
            .lines()
            .filter(|l| l.contains("salloc") || l.contains("ld.u64") || l.contains("st.u64"))
            .count();
        let regs: u32 = text
            .lines()
            .find_map(|l| l.trim().strip_prefix(".regs "))
            .and_then(|n| n.parse().ok())
            .expect(".regs");
        assert!(
        frame == 0 && regs <= 8,
        "{what}: {regs} registers and {frame} frame accesses in:\n{}",
        &text[..text.len().min(2000)]
    );
    }
}

/// A call through a function pointer moves only its arguments: the
/// pointer is loaded where the call reads it (the slot after the
/// arguments), and one already outside the argument slots stays where it
/// is (`callr` reads it before the callee's frame exists). Before, `t[i](x)`
/// loaded the pointer into the argument's slot and moved it out again.
#[test]
fn calls_through_pointers_move_only_their_arguments() {
    let src = "typedef int (*fn)(int);
        int call1(fn *t, int i, int x) { return t[i](x) + 1; }
        int one(int x) { return x; }
        fn table[2] = { one, one };
        int main(int argc, char **argv) { return call1(table, 1, argc) == 0; }";
    let text = assembly_of(src, "call1");
    let movs = text
        .lines()
        .filter(|l| l.trim_start().starts_with("mov "))
        .count();
    assert_eq!(movs, 1, "{text}");
}
