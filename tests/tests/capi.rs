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

/// A host function taking a `VOXVM_STR` (it is never reached in the test
/// below: the argument is refused before the call).
unsafe extern "C" fn log_str(
    _vm: *mut voxvm::VoxVm,
    _args: *const u64,
    _nargs: usize,
    _result: *mut u64,
    _user: *mut std::ffi::c_void,
) -> std::ffi::c_int {
    0
}

/// The last error of a live handle.
fn last_error(vm: *mut voxvm::VoxVm) -> String {
    // SAFETY: a live handle; the message is valid until the next call.
    unsafe { std::ffi::CStr::from_ptr(voxvm::voxvm_last_error(vm)) }
        .to_string_lossy()
        .into_owned()
}

/// Found by the `capi` fuzz target: a `VOXVM_STR` argument outside VM memory
/// made the host function return before it restored the handle's state, so
/// the handle kept pointing at the finished call's context: the next
/// `voxvm_call` used it (a crash), `voxvm_run` said it was inside a host
/// function. Called directly (libvoxvm is an rlib too), no C compiler needed.
#[test]
fn bad_string_argument_leaves_the_handle_usable() {
    let src = c".func say\n    hcall log_str, r0\n    ret r0\n.end\n.func main\n    movi.i64 r0, 5\n    halt r0\n.end\n";
    // SAFETY: a live handle, valid strings and buffers.
    unsafe {
        let vm = voxvm::voxvm_new();
        assert!(!vm.is_null());
        let params = [12]; // VOXVM_STR
        let r = voxvm::voxvm_define(
            vm,
            c"log_str".as_ptr(),
            params.as_ptr(),
            1,
            0,
            Some(log_str),
            std::ptr::null_mut(),
        );
        assert_eq!(r, 0, "{}", last_error(vm));
        assert_eq!(
            voxvm::voxvm_load_asm(vm, src.as_ptr(), std::ptr::null()),
            0,
            "{}",
            last_error(vm)
        );
        for _ in 0..3 {
            let bad = [0xdead_beef_0000u64];
            let r = voxvm::voxvm_call(vm, c"say".as_ptr(), bad.as_ptr(), 1, std::ptr::null_mut());
            assert_eq!(r, 1, "an out-of-bounds string traps: {}", last_error(vm));
            assert!(
                last_error(vm).contains("out-of-bounds"),
                "{}",
                last_error(vm)
            );
        }
        assert_eq!(voxvm::voxvm_run(vm), 0, "{}", last_error(vm));
        assert_eq!(voxvm::voxvm_exit_status(vm), 5);
        let r = voxvm::voxvm_define(
            vm,
            c"x".as_ptr(),
            params.as_ptr(),
            1,
            0,
            Some(log_str),
            std::ptr::null_mut(),
        );
        assert_eq!(r, 0, "{}", last_error(vm));
        voxvm::voxvm_free(vm);
    }
}
