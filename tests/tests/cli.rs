//! The `voxvm` and `voxasm` command lines, run as real processes.
//!
//! Binaries of other packages are not exposed to this package's tests, so they
//! are found next to this test's own `deps` directory (`target/<profile>/`).
//! Before the first use, `cargo build -p voxvm -p asm` brings them up to date
//! once per test process (a no-op when `cargo test --workspace` just built
//! them), so a stale binary is never tested.

use std::path::{Path, PathBuf};
use tests::cli::{voxasm, voxvm, write};

/// A fresh scratch directory for one test.
fn scratch(test: &str) -> PathBuf {
    tests::cli::scratch(&Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli"), test)
}

fn repo(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(rel)
}

fn program(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("programs")
        .join(name)
}

const HELLO: &str = "\
.data
msg: .string \"hello\\n\"
.code
.func main
    prints msg
    movi.i64 r0, 40
    movi.i64 r1, 2
    add.i64 r0, r0, r1
    print.i64 r0
    movi.i64 r0, 0
    halt r0
.end
";

/// Like HELLO but without data, so that it also works as raw `.vvr` code.
const NO_DATA: &str = "\
.func main
    movi.i64 r0, 7
    print.i64 r0
    movi.i64 r0, 0
    halt r0
.end
";

#[test]
fn runs_assembly_source() {
    let r = voxvm(&[repo("examples/fib.vvs")]).exits(0);
    assert_eq!(r.stdout, "832040\n");
    assert_eq!(r.stderr, "");
}

#[test]
fn assembled_vve_runs_with_the_same_output() {
    let dir = scratch("assembled_vve");
    let src = write(&dir, "hello.vvs", HELLO);
    let vve = dir.join("hello.vve");
    voxasm(&[src.as_os_str(), "-o".as_ref(), vve.as_os_str()]).exits(0);
    let bytes = std::fs::read(&vve).unwrap();
    assert_eq!(bytes[..4], vm::vve::MAGIC);
    let direct = voxvm(&[&src]).exits(0);
    let from_vve = voxvm(&[&vve]).exits(0);
    assert_eq!(direct.stdout, "hello\n42\n");
    assert_eq!(from_vve.stdout, direct.stdout);
    // Without -o, the output goes next to the input with extension .vve.
    std::fs::remove_file(&vve).unwrap();
    voxasm(&[&src]).exits(0);
    assert_eq!(std::fs::read(&vve).unwrap(), bytes);
}

#[test]
fn explicit_format_flags() {
    let dir = scratch("format_flags");
    let src = write(&dir, "prog.vvs", HELLO);
    let out = dir.join("prog.vve");
    // --vas runs the source; with --vas-out it only writes the executable.
    let r = voxvm(&[format!("--vas={}", src.display())]).exits(0);
    assert_eq!(r.stdout, "hello\n42\n");
    let r = voxvm(&[
        format!("--vas={}", src.display()),
        format!("--vas-out={}", out.display()),
    ])
    .exits(0);
    assert_eq!(r.stdout, "", "--vas-out must not run the program");
    let r = voxvm(&[format!("--vve={}", out.display())]).exits(0);
    assert_eq!(r.stdout, "hello\n42\n");
    // --vve= works whatever the extension is.
    let odd = dir.join("prog.bin");
    std::fs::copy(&out, &odd).unwrap();
    assert_eq!(
        voxvm(&[format!("--vve={}", odd.display())]).exits(0).stdout,
        "hello\n42\n"
    );
    // Raw code: voxasm --raw, then --vvr= or the .vvr extension.
    let raw_src = write(&dir, "raw.vvs", NO_DATA);
    let vvr = dir.join("raw.vvr");
    voxasm(&[
        raw_src.as_os_str(),
        "--raw".as_ref(),
        "-o".as_ref(),
        vvr.as_os_str(),
    ])
    .exits(0);
    let r = voxvm(&[format!("--vvr={}", vvr.display())]).exits(0);
    assert_eq!(r.stdout, "7\n");
    assert_eq!(voxvm(&[&vvr]).exits(0).stdout, "7\n");
    // A .vve is not raw code: reading it as .vvr is refused, not run.
    let r = voxvm(&[format!("--vvr={}", out.display())]).exits(65);
    assert!(r.stderr.starts_with("error: "), "{r:?}");
}

#[test]
fn recursion_limit_flag() {
    let src = program("recursion.vvs");
    let r = voxvm(&["--max-recursion=50".as_ref(), src.as_os_str()]).exits(70);
    assert_eq!(r.stdout, "going down\n");
    let first = r.stderr.lines().next().unwrap_or_default();
    assert_eq!(
        first,
        format!(
            "error: recursion limit exceeded (call depth 50) at down+0x3 ({}:18)",
            src.display()
        ),
        "{r:?}"
    );
    assert!(r.stderr.contains("error: recursion limit exceeded"));
    assert!(r.stderr.contains("at down+0x"));
    assert!(
        r.stderr.contains("backtrace (51 frames, innermost first):"),
        "{r:?}"
    );
    assert!(
        r.stderr
            .contains(&format!("50: main+0x11 ({}:11) [pc 0x11]", src.display())),
        "{r:?}"
    );
    // The space form of the flag, and a limit that allows the program to finish.
    let dir = scratch("recursion_limit");
    let depth3 = write(
        &dir,
        "depth3.vvs",
        ".func main\n movi.i64 r0, 3\n call f, r0\n print.i64 r0\n movi.i64 r0, 0\n halt r0\n.end\n\
         .func f\n movi.i64 r1, 0\n beq.i64 r0, r1, done\n dec.i64 r0\n call f, r0\n done:\n ret r0\n.end\n",
    );
    // main -> f(3) -> f(2) -> f(1) -> f(0): four nested calls.
    voxvm(&["--max-recursion".as_ref(), "4".as_ref(), depth3.as_os_str()]).exits(0);
    let r = voxvm(&["--max-recursion=3".as_ref(), depth3.as_os_str()]).exits(70);
    assert!(r.stderr.contains("call depth 3"), "{r:?}");
}

/// Compiled C at `-O0`: every C call is a frame, so a backtrace shows each
/// level of a recursion and `--max-recursion` counts C calls exactly (by
/// default a small recursive function has copies of itself inlined, and
/// the same program needs fewer frames).
#[test]
fn c_at_o0_counts_every_call() {
    let dir = scratch("c_o0");
    // _start -> main -> down(4) -> ... -> down(0): a call depth of 6.
    let src = write(
        &dir,
        "down.c",
        "static int down(int n) { return n == 0 ? 0 : 1 + down(n - 1); }\n\
         int main(void) { return down(4) - 4; }\n",
    );
    voxvm(&[
        "-O0".as_ref(),
        "--max-recursion=6".as_ref(),
        src.as_os_str(),
    ])
    .exits(0);
    let r = voxvm(&[
        "-O0".as_ref(),
        "--max-recursion=5".as_ref(),
        src.as_os_str(),
    ])
    .exits(70);
    assert!(
        r.stderr.contains("recursion limit exceeded (call depth 5)"),
        "{r:?}"
    );
    // down(4) to down(1) called when down(0)'s call trips the limit.
    assert_eq!(r.stderr.matches(": down+").count(), 4, "{r:?}");
    // Optimised, the recursion takes fewer frames than the limit -O0 trips;
    // a bare `-O` (cc's -O1) is an option, not a level named `down.c`.
    voxvm(&["--max-recursion=5".as_ref(), src.as_os_str()]).exits(0);
    voxvm(&["-O".as_ref(), "--max-recursion=5".as_ref(), src.as_os_str()]).exits(0);
    // After the program and `--`, `-O` is the program's argument; as in
    // cc, the last of several levels counts.
    voxvm(&[src.as_os_str(), "--".as_ref(), "-O".as_ref()]).exits(0);
    let r = voxvm(&[
        "-O2".as_ref(),
        "-O0".as_ref(),
        "--max-recursion=5".as_ref(),
        src.as_os_str(),
    ]);
    r.exits(70);
}

#[test]
fn halt_status_is_the_exit_code() {
    let dir = scratch("halt_status");
    for (value, code) in [(0, 0), (3, 3), (255, 255), (256 + 7, 7), (-1, 255)] {
        let p = write(
            &dir,
            &format!("halt{code}.vvs"),
            format!(".func main\n movi.i64 r0, {value}\n halt r0\n.end\n"),
        );
        let r = voxvm(&[&p]).exits(code);
        assert_eq!((r.stdout.as_str(), r.stderr.as_str()), ("", ""));
    }
    // `ret` from the entry function works like halt.
    let r = voxvm(&[program("exit_status.vvs")]).exits(42);
    assert_eq!(r.stdout, "42\n");
}

#[test]
fn trap_reports_location_and_exits_70() {
    let src = program("divzero.vvs");
    let r = voxvm(&[&src]).exits(70);
    assert_eq!(r.stdout, "3\n5\n10\n", "output before the trap is flushed");
    assert_eq!(
        r.stderr,
        format!(
            "error: division by zero at main+0x16 ({}:7)\n",
            src.display()
        )
    );
    // With a backtrace: the trap is in `quot`, called from main on line 11.
    let src = program("overflow.vvs");
    let r = voxvm(&[&src]).exits(70);
    let s = src.display();
    assert_eq!(
        r.stderr,
        format!(
            "error: integer overflow at quot+0x0 ({s}:17)\n\
             backtrace (2 frames, innermost first):\n  \
             0: quot+0x0 ({s}:17) [pc 0x33]\n  \
             1: main+0x26 ({s}:11) [pc 0x26]\n"
        )
    );
    // The same from a .vve: the line table travels with the executable.
    let dir = scratch("trap_vve");
    let vve = dir.join("overflow.vve");
    voxasm(&[src.as_os_str(), "-o".as_ref(), vve.as_os_str()]).exits(0);
    let r = voxvm(&[&vve]).exits(70);
    assert!(r.stderr.contains(&format!("({s}:17)")), "{r:?}");
}

#[test]
fn assembly_errors_exit_65_with_diagnostics() {
    let dir = scratch("asm_errors");
    let p = write(
        &dir,
        "bad.vvs",
        ".func main\n    ad.i64 r0, r0, r0\n    halt r9999\n.end\n",
    );
    let name = p.display().to_string();
    for r in [voxvm(&[&p]), voxasm(&[&p])] {
        let r = r.exits(65);
        assert_eq!(r.stdout, "");
        assert!(
            r.stderr.contains("error: unknown mnemonic `ad.i64`"),
            "{r:?}"
        );
        assert!(r.stderr.contains(&format!("┌─ {name}:2:5")), "{r:?}");
        assert!(r.stderr.contains("2 │     ad.i64 r0, r0, r0"), "{r:?}");
        assert!(r.stderr.contains("^^^^^^ not an instruction"), "{r:?}");
        assert!(r.stderr.contains("help: did you mean `add.i64`?"), "{r:?}");
        assert!(r.stderr.contains(&format!("┌─ {name}:3:10")), "{r:?}");
        assert!(
            r.stderr.ends_with(&format!(
                "error: could not assemble `{name}` due to 2 previous errors\n"
            )),
            "{r:?}"
        );
        assert!(
            !r.stderr.contains('\x1b'),
            "no colour codes when not a terminal"
        );
    }
    assert!(!dir.join("bad.vve").exists(), "no output on errors");
    // Source that is not UTF-8.
    let p = write(&dir, "binary.vvs", [0x2e, 0xff, 0xfe, 0x0a]);
    let r = voxvm(&[&p]).exits(65);
    assert!(r.stderr.contains("not UTF-8"), "{r:?}");
    voxasm(&[&p]).exits(65);
}

#[test]
fn missing_files_exit_66() {
    let dir = scratch("missing");
    let missing = dir.join("nope.vvs");
    for args in [
        vec![missing.display().to_string()],
        vec![dir.join("nope.vve").display().to_string()],
        vec![format!("--vve={}", dir.join("nope.vve").display())],
        vec![format!("--vvr={}", dir.join("nope.vvr").display())],
        vec![format!("--vas={}", missing.display())],
    ] {
        let r = voxvm(&args).exits(66);
        assert!(r.stderr.starts_with("error: cannot read "), "{r:?}");
        assert!(r.stderr.contains("nope."), "{r:?}");
    }
    let r = voxasm(&[&missing]).exits(66);
    assert!(r.stderr.starts_with("error: cannot read "), "{r:?}");
    // Unwritable output.
    let src = write(&dir, "ok.vvs", HELLO);
    let nowhere = dir.join("no/such/dir/out.vve");
    let r = voxasm(&[src.as_os_str(), "-o".as_ref(), nowhere.as_os_str()]).exits(66);
    assert!(r.stderr.contains("cannot write"), "{r:?}");
    let r = voxvm(&[
        format!("--vas={}", src.display()),
        format!("--vas-out={}", nowhere.display()),
    ])
    .exits(66);
    assert!(r.stderr.contains("cannot write"), "{r:?}");
}

#[test]
fn usage_errors_exit_2() {
    let dir = scratch("usage");
    let fib = repo("examples/fib.vvs").display().to_string();
    let vve = dir.join("fib.vve");
    voxasm(&[fib.as_ref(), "-o".as_ref(), vve.as_os_str()]).exits(0);
    for args in [
        vec![],
        vec!["--bogus".to_string()],
        vec!["--max-recursion=lots".into(), fib.clone()],
        vec![format!("--vve={fib}"), fib.clone()],
        vec![format!("--vve={fib}"), format!("--vvr={fib}")],
        vec![format!("--vas-out={}", dir.join("x.vve").display())],
        vec![
            format!("--vas-out={}", dir.join("x.vve").display()),
            vve.display().to_string(),
        ],
    ] {
        let r = voxvm(&args).exits(2);
        assert_eq!(r.stdout, "", "{args:?}");
        assert!(r.stderr.contains("error"), "{args:?}: {r:?}");
    }
    for args in [
        vec![],
        vec!["--bogus".to_string()],
        vec!["--raw".into(), "--disasm".into(), fib.clone()],
    ] {
        let r = voxasm(&args).exits(2);
        assert!(r.stderr.contains("error"), "{args:?}: {r:?}");
    }
    assert!(!dir.join("x.vve").exists());
    // With a positional .vvs, --vas-out writes the executable like --vas does.
    let out = dir.join("positional.vve");
    let r = voxvm(&[format!("--vas-out={}", out.display()), fib.clone()]).exits(0);
    assert_eq!(r.stdout, "");
    assert_eq!(std::fs::read(&out).unwrap(), std::fs::read(&vve).unwrap());
    // --help is not an error.
    let r = voxvm(&["--help"]).exits(0);
    assert!(r.stdout.contains("--max-recursion"), "{r:?}");
    let r = voxasm(&["--help"]).exits(0);
    assert!(r.stdout.contains("--disasm"), "{r:?}");
}

#[test]
fn disassembly_reassembles_to_identical_code() {
    let dir = scratch("disasm");
    let mut sources = vec![repo("examples/fib.vvs"), write(&dir, "hello.vvs", HELLO)];
    for p in ["collatz.vvs", "gcd.vvs", "series.vvs", "indirect.vvs"] {
        sources.push(program(p));
    }
    for (i, src) in sources.iter().enumerate() {
        let vve = dir.join(format!("{i}.vve"));
        voxasm(&[src.as_os_str(), "-o".as_ref(), vve.as_os_str()]).exits(0);
        let listing = voxasm(&["--disasm".as_ref(), vve.as_os_str()])
            .exits(0)
            .stdout;
        let relisted = write(&dir, &format!("{i}.dis.vvs"), &listing);
        let again = dir.join(format!("{i}.again.vve"));
        voxasm(&[relisted.as_os_str(), "-o".as_ref(), again.as_os_str()]).exits(0);
        let a = vm::Image::from_vve(&std::fs::read(&vve).unwrap()).unwrap();
        let b = vm::Image::from_vve(&std::fs::read(&again).unwrap()).unwrap();
        assert_eq!(a.code, b.code, "{}: code differs\n{listing}", src.display());
        assert_eq!(a.data, b.data, "{}: data differs", src.display());
        assert_eq!(a.functions, b.functions, "{}", src.display());
        assert_eq!(a.entry, b.entry, "{}", src.display());
        // And it still runs the same.
        assert_eq!(voxvm(&[&vve]).stdout, voxvm(&[&again]).stdout);
    }
    // Raw code disassembles by extension.
    let raw_src = write(&dir, "raw.vvs", NO_DATA);
    let vvr = dir.join("raw.vvr");
    voxasm(&[
        raw_src.as_os_str(),
        "--raw".as_ref(),
        "-o".as_ref(),
        vvr.as_os_str(),
    ])
    .exits(0);
    let listing = voxasm(&["--disasm".as_ref(), vvr.as_os_str()])
        .exits(0)
        .stdout;
    assert!(listing.contains("movi.i64 r0, 7"), "{listing}");
}

#[test]
fn wrong_fingerprint_is_refused_naming_both() {
    let dir = scratch("fingerprint");
    let vve = dir.join("fib.vve");
    voxasm(&[
        repo("examples/fib.vvs").as_os_str(),
        "-o".as_ref(),
        vve.as_os_str(),
    ])
    .exits(0);
    let mut bytes = std::fs::read(&vve).unwrap();
    assert_eq!(bytes[8..16], vm::isa::FINGERPRINT.to_le_bytes());
    let other = vm::isa::FINGERPRINT ^ 0xdead_beef_0000_0001;
    bytes[8..16].copy_from_slice(&other.to_le_bytes());
    let bad = write(&dir, "other_isa.vve", &bytes);
    let r = voxvm(&[&bad]).exits(65);
    assert_eq!(r.stdout, "");
    assert!(r.stderr.contains(&format!("{other:016x}")), "{r:?}");
    assert!(
        r.stderr.contains(&format!("{:016x}", vm::isa::FINGERPRINT)),
        "{r:?}"
    );
    assert!(r.stderr.contains("fingerprint"), "{r:?}");
}

#[test]
fn truncated_vve_is_refused_without_panicking() {
    let dir = scratch("truncated");
    let vve = dir.join("fib.vve");
    voxasm(&[
        repo("examples/fib.vvs").as_os_str(),
        "-o".as_ref(),
        vve.as_os_str(),
    ])
    .exits(0);
    let bytes = std::fs::read(&vve).unwrap();
    let n = bytes.len();
    for len in [0, 1, 4, 7, 15, 16, 20, 24, n / 2, n - 3, n - 1] {
        let p = write(&dir, &format!("cut{len}.vve"), &bytes[..len]);
        let r = voxvm(&[&p]).exits(65);
        assert!(r.stderr.starts_with("error: "), "length {len}: {r:?}");
        assert!(r.stderr.contains("malformed"), "length {len}: {r:?}");
        let r = voxasm(&["--disasm".as_ref(), p.as_os_str()]).exits(65);
        assert!(r.stderr.starts_with("error: "), "length {len}: {r:?}");
    }
    // Code that decodes but breaks a verifier rule is refused the same way.
    let mut img = vm::Image::from_vve(&bytes).unwrap();
    img.functions[0].nregs = 1;
    let p = write(&dir, "small_frame.vve", img.to_vve());
    let r = voxvm(&[&p]).exits(65);
    assert!(r.stderr.contains("invalid code at pc"), "{r:?}");
}

#[test]
fn several_c_files_then_dashdash_pass_only_the_arguments_after_it() {
    let dir = scratch("c_dashdash");
    let main = write(
        &dir,
        "main.c",
        "#include <stdio.h>\nint twice(int);\n\
         int main(int argc, char **argv) {\n\
         for (int i = 1; i < argc; i++) printf(\"[%s]\", argv[i]);\n\
         printf(\" %d\\n\", twice(argc));\n return 0;\n}\n",
    );
    let other = write(&dir, "other.c", "int twice(int x) { return 2 * x; }\n");
    let (m, o) = (main.to_str().unwrap(), other.to_str().unwrap());
    let run = voxvm(&[m, o, "--", "x", "-y"]).exits(0);
    assert_eq!(run.stdout, "[x][-y] 6\n", "{run:?}");
    // A `--` after the one that ends the files is the program's.
    let run = voxvm(&[m, o, "--", "--", "z"]).exits(0);
    assert_eq!(run.stdout, "[--][z] 6\n", "{run:?}");
}

#[test]
fn a_compile_error_in_one_of_several_files_is_summed_up_under_that_file() {
    let dir = scratch("c_error_in_second");
    let main = write(
        &dir,
        "main.c",
        "int f(void);\nint main(void) { return f(); }\n",
    );
    let bad = write(&dir, "bad.c", "int f(void) { return 1 +; }\n");
    let r = voxvm(&[main.to_str().unwrap(), bad.to_str().unwrap()]).exits(65);
    assert!(r.stderr.contains("bad.c:1:"), "{r:?}");
    let summary = r.stderr.lines().last().unwrap_or("");
    assert!(
        summary.starts_with("error: could not compile `")
            && summary.contains("bad.c`")
            && !summary.contains("main.c"),
        "{r:?}"
    );
}

#[test]
fn running_c_without_main_is_an_error() {
    let dir = scratch("c_no_main");
    let lib = write(&dir, "lib.c", "int twice(int x) { return 2 * x; }\n");
    let r = voxvm(&[lib.to_str().unwrap()]).exits(65);
    assert!(
        r.stderr.contains("undefined reference to `main`") && r.stderr.contains("lib.c"),
        "{r:?}"
    );
    assert_eq!(r.stdout, "", "{r:?}");
}

#[test]
fn check_heap_flag_reports_the_bug_and_both_sites() {
    let dir = scratch("check_heap");
    let src = "#include <stdio.h>\n#include <stdlib.h>\n\
               int main(void) {\n\
               int *p = malloc(4 * sizeof(int));\n\
               p[0] = 7;\n\
               free(p);\n\
               printf(\"%d\\n\", p[0]);\n\
               return 0;\n}\n";
    let prog = write(&dir, "uaf.c", src);
    let p = prog.to_str().unwrap();
    // Off by default: the stale read goes unnoticed (the block is unchanged).
    let plain = voxvm(&[p]).exits(0);
    assert_eq!(plain.stdout, "7\n", "{plain:?}");
    let r = voxvm(&["--check-heap", p]).exits(70);
    let want = [
        "error: heap-use-after-free: 4-byte read at 0x".to_string(),
        format!("allocated at main ({p}:4)"),
        format!("freed at main ({p}:6)"),
        ") at main+0x".to_string(),
        format!("({p}:7)\n"),
    ];
    for w in &want {
        assert!(r.stderr.contains(w.as_str()), "no `{w}` in {r:?}");
    }
    let help = voxvm(&["--help"]).exits(0);
    assert!(help.stdout.contains("--check-heap"), "{help:?}");
}

/// strtod and strtol read the number and the white space before it, not the
/// whole string: 2,000 parses at the front of a 1 MB buffer cost the
/// numbers' length in steps (host work is charged per byte). Reading to the
/// NUL each time needed about 64 million steps (Wren's lexer calls strtod on
/// its whole source). The results match gcc's.
#[test]
fn strtod_reads_only_the_number_at_the_front_of_a_long_string() {
    let dir = scratch("strtod_long");
    let src = write(
        &dir,
        "strt.c",
        "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\
         int main(void) {\n\
             size_t n = 1000000;\n\
             char *buf = malloc(n + 1);\n\
             memset(buf, ' ', n);\n\
             buf[n] = 0;\n\
             memcpy(buf, \"  -1.5e1x\", 9);\n\
             double s = 0;\n\
             long l = 0;\n\
             char *end;\n\
             for (int i = 0; i < 2000; i++) s += strtod(buf, &end);\n\
             printf(\"%g %d\\n\", s, (int)(end - buf));\n\
             memcpy(buf, \"\\t+0x1fz\", 7);\n\
             for (int i = 0; i < 2000; i++) l += strtol(buf, &end, 16);\n\
             printf(\"%ld %d %d\\n\", l, (int)(end - buf), atoi(\"  42 and more\"));\n\
             return 0;\n\
         }\n",
    );
    let run = voxvm(&["--max-steps=1000000", src.to_str().unwrap()]).exits(0);
    assert_eq!(run.stdout, "-30000 8\n62000 6 42\n", "{run:?}");
}
