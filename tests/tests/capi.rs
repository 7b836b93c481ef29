//! The C API: tests/c/host.c is compiled with the system C compiler against
//! include/voxvm.h and libvoxvm (statically and dynamically), then run on
//! tests/c/host_program.vvs. It defines host functions in C, loads the program
//! from a path and a .vve from memory, runs it (the program calls back into C
//! with every kind of value, and C calls back into the program), and checks
//! results, output, exit status and error messages itself.
//!
//! libvoxvm comes from another package, so like cli.rs this test runs
//! `cargo build -p voxvm-capi` once (a no-op after `cargo test --workspace`)
//! and finds the library next to its own `deps` directory. The C compiler is
//! `$CC`, else `cc`.

#![cfg(unix)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// `target/<profile>/`, with libvoxvm built (see `tests::cargo_built`).
fn lib_dir() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| tests::cargo_built(&["-p", "voxvm-capi"], &["libvoxvm.a"]))
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

fn cc() -> String {
    std::env::var("CC").unwrap_or_else(|_| "cc".into())
}

/// A scratch directory for this test's outputs.
fn scratch(name: &str) -> PathBuf {
    let d = lib_dir().join("capi-test").join(name);
    std::fs::create_dir_all(&d).expect("create scratch dir");
    d
}

/// Libraries a Rust staticlib needs on this platform (what
/// `rustc --print native-static-libs` lists).
fn native_static_libs() -> &'static [&'static str] {
    if cfg!(target_os = "macos") {
        &["-lSystem", "-lc", "-lm"]
    } else {
        &[
            "-lgcc_s",
            "-lutil",
            "-lrt",
            "-lpthread",
            "-lm",
            "-ldl",
            "-lc",
        ]
    }
}

/// Compiles host.c with `link` arguments and runs it on the test program.
fn build_and_run(name: &str, link: &[String]) {
    let dir = scratch(name);
    let root = root();
    let src = root.join("tests/c/host_program.vvs");
    let vve = dir.join("host_program.vve");
    let text = std::fs::read_to_string(&src).unwrap();
    std::fs::write(&vve, tests::assemble(&text, "host_program.vvs").to_vve()).unwrap();
    let exe = dir.join("host");
    let out = Command::new(cc())
        .args(["-std=c99", "-Wall", "-Wextra", "-Werror", "-o"])
        .arg(&exe)
        .arg("-I")
        .arg(root.join("include"))
        .arg(root.join("tests/c/host.c"))
        .args(link)
        .output()
        .unwrap_or_else(|e| panic!("cannot run the C compiler `{}`: {e}", cc()));
    assert!(
        out.status.success(),
        "compiling tests/c/host.c failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let run = Command::new(&exe).arg(&src).arg(&vve).output().unwrap();
    let stdout = String::from_utf8_lossy(&run.stdout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        run.status.success() && stdout.contains("all C API checks passed"),
        "the C host failed ({}):\nstdout:\n{stdout}\nstderr:\n{stderr}",
        run.status
    );
}

#[test]
fn c_host_with_the_static_library() {
    let mut link = vec![lib_dir().join("libvoxvm.a").display().to_string()];
    link.extend(native_static_libs().iter().map(|s| s.to_string()));
    build_and_run("static", &link);
}

#[test]
fn c_host_with_the_shared_library() {
    let dir = lib_dir().display().to_string();
    build_and_run(
        "shared",
        &[
            format!("-L{dir}"),
            "-lvoxvm".into(),
            format!("-Wl,-rpath,{dir}"),
        ],
    );
}

/// tests/c/script_host.c: a C host running a C script (compiled from a
/// string) through the static library.
#[test]
fn c_host_runs_a_c_script() {
    let dir = scratch("script");
    let root = root();
    let exe = dir.join("script_host");
    let mut link = vec![lib_dir().join("libvoxvm.a").display().to_string()];
    link.extend(native_static_libs().iter().map(|s| s.to_string()));
    let out = Command::new(cc())
        .args([
            "-std=c99",
            "-D_POSIX_C_SOURCE=200112L",
            "-Wall",
            "-Wextra",
            "-Werror",
            "-o",
        ])
        .arg(&exe)
        .arg("-I")
        .arg(root.join("include"))
        .arg(root.join("tests/c/script_host.c"))
        .args(&link)
        .arg("-lpthread")
        .output()
        .unwrap_or_else(|e| panic!("cannot run the C compiler `{}`: {e}", cc()));
    assert!(
        out.status.success(),
        "compiling tests/c/script_host.c failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let box_dir = dir.join("box");
    std::fs::create_dir_all(&box_dir).unwrap();
    let run = Command::new(&exe).arg(&box_dir).output().unwrap();
    let stdout = String::from_utf8_lossy(&run.stdout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        run.status.success() && stdout.contains("all C script checks passed"),
        "the C script host failed ({}):\nstdout:\n{stdout}\nstderr:\n{stderr}",
        run.status
    );
}

/// tests/c/load_host.c: C threads sharing two compiled modules, each
/// instance in a handle of its own, 1% hostile (issue 16); static library.
#[test]
fn c_threads_share_modules() {
    let dir = scratch("load");
    let root = root();
    let exe = dir.join("load_host");
    let mut link = vec![lib_dir().join("libvoxvm.a").display().to_string()];
    link.extend(native_static_libs().iter().map(|s| s.to_string()));
    let out = Command::new(cc())
        .args([
            "-std=c99",
            "-D_POSIX_C_SOURCE=200112L",
            "-Wall",
            "-Wextra",
            "-Werror",
            "-pthread",
            "-o",
        ])
        .arg(&exe)
        .arg("-I")
        .arg(root.join("include"))
        .arg(root.join("tests/c/load_host.c"))
        .args(&link)
        .output()
        .unwrap_or_else(|e| panic!("cannot run the C compiler `{}`: {e}", cc()));
    assert!(
        out.status.success(),
        "compiling tests/c/load_host.c failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let run = Command::new(&exe).output().unwrap();
    let stdout = String::from_utf8_lossy(&run.stdout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        run.status.success() && stdout.contains("all load checks passed"),
        "the C load host failed ({}):\nstdout:\n{stdout}\nstderr:\n{stderr}",
        run.status
    );
}

#[test]
fn header_and_library_agree() {
    // Every function the library exports is declared in the header, and the
    // other way round: a declaration without a definition would only fail at
    // link time in some host.
    let header = std::fs::read_to_string(root().join("include/voxvm.h")).unwrap();
    let lib = std::fs::read_to_string(root().join("capi/src/lib.rs")).unwrap();
    let exported: Vec<&str> = lib
        .split("extern \"C\" fn ")
        .skip(1)
        .filter_map(|s| s.split('(').next())
        .collect();
    assert!(exported.len() >= 20, "{exported:?}");
    for f in &exported {
        assert!(
            header.contains(&format!(" {f}(")) || header.contains(&format!("*{f}(")),
            "voxvm.h does not declare `{f}`"
        );
    }
    for line in header.lines() {
        // The declared name: the identifier just before the first `(`.
        let before = line.split('(').next().unwrap_or("");
        let ident = before
            .rsplit(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .next()
            .unwrap_or("");
        if let Some(rest) = ident.strip_prefix("voxvm_") {
            let name = format!("voxvm_{rest}");
            if line.contains('(')
                && !line.trim_start().starts_with("static inline")
                && !line.contains("typedef")
                && !line.trim_start().starts_with('*')
                && !line.trim_start().starts_with("/*")
                && !line.trim_start().starts_with("#")
            {
                assert!(
                    exported.contains(&name.as_str()),
                    "voxvm.h declares `{name}` but libvoxvm does not export it"
                );
            }
        }
    }
}
