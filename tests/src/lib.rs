//! Shared helpers for voxvm's end-to-end tests.

use vm::isa::Opcode;

/// What running a program produced.
#[derive(Debug, PartialEq, Eq)]
pub struct Outcome {
    /// Everything the program printed.
    pub stdout: String,
    /// Exit status, when it halted.
    pub exit: Option<i32>,
    /// Trap message (without location), when it trapped.
    pub trap: Option<String>,
    /// Full trap report, when it trapped.
    pub report: Option<String>,
}

/// Assembles `src`; panics with the rendered diagnostics if it does not assemble.
pub fn assemble(src: &str, name: &str) -> vm::Image {
    asm::assemble(src, name).unwrap_or_else(|e| panic!("{name} does not assemble:\n{}", e.render()))
}

/// The host every test program runs with (and so every `hcall` example in
/// isa.ron): `add_i64(i64, i64) -> i64` (wrapping) and
/// `checked_div(i64, i64) -> i64`, which fails with "division by zero".
pub fn spec_host() -> vm::Host {
    let mut host = vm::Host::new();
    host.define("add_i64", |a: i64, b: i64| a.wrapping_add(b));
    host.define("checked_div", |a: i64, b: i64| {
        if b == 0 {
            Err(vm::HostError::new("division by zero"))
        } else {
            Ok(a.wrapping_div(b))
        }
    });
    host
}

/// [`spec_host`] plus the native functions of the repository's `nconfigs/`
/// (libm, libc), so that `examples/libm.vvs` and `examples/libc.vvs` run like
/// every other example. Built once per thread.
pub fn test_host() -> vm::Host {
    thread_local! {
        static HOST: vm::Host = {
            let mut host = spec_host();
            let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../nconfigs");
            host.load_native_configs(&dir)
                .unwrap_or_else(|e| panic!("nconfigs/ does not load: {e}"));
            host
        };
    }
    HOST.with(Clone::clone)
}

/// Assembles, loads and runs `src` with `config` and the [`test_host`].
pub fn run_with(src: &str, name: &str, config: &vm::Config) -> Outcome {
    let image = assemble(src, name);
    let module =
        vm::Module::from_image(image).unwrap_or_else(|e| panic!("{name} does not load: {e}"));
    let mut out = Vec::new();
    let r = vm::run_with_host(&module, config, &test_host(), &mut out);
    let stdout = String::from_utf8_lossy(&out).into_owned();
    match r {
        Ok(code) => Outcome {
            stdout,
            exit: Some(code),
            trap: None,
            report: None,
        },
        Err(rep) => Outcome {
            stdout,
            exit: None,
            trap: Some(rep.trap.to_string()),
            report: Some(rep.to_string()),
        },
    }
}

/// Assembles, loads and runs `src` with default limits.
pub fn run(src: &str, name: &str) -> Outcome {
    run_with(src, name, &vm::Config::default())
}

/// Turns a spec example into a whole program: a bare body becomes `main`.
pub fn example_program(code: &str) -> String {
    if code.contains(".func") {
        code.to_string()
    } else {
        format!(".func main\n{code}\n.end\n")
    }
}

/// Runs every example of `mnemonic` from isa.ron and checks that the example
/// really uses the instruction, prints exactly the expected output and ends as
/// expected (exit status or trap).
pub fn check_example(mnemonic: &str) {
    let op =
        Opcode::from_mnemonic(mnemonic).unwrap_or_else(|| panic!("`{mnemonic}` is not in the ISA"));
    let info = op.info();
    assert!(!info.examples.is_empty(), "`{mnemonic}` has no example");
    for (n, ex) in info.examples.iter().enumerate() {
        let name = format!("isa.ron:{} example {n} of {mnemonic}", info.spec_line);
        let src = example_program(ex.code);
        let image = assemble(&src, &name);
        let module =
            vm::Module::from_image(image).unwrap_or_else(|e| panic!("{name} does not load: {e}"));
        assert!(
            module.program().code.iter().any(|i| i.opcode() == op),
            "{name} does not use `{mnemonic}`:\n{src}"
        );
        let out = run(&src, &name);
        assert_eq!(out.stdout, ex.output, "{name}: output differs\n{src}");
        match ex.trap {
            Some(t) => assert_eq!(
                out.trap.as_deref(),
                Some(t),
                "{name}: expected trap `{t}`, got {out:?}"
            ),
            None => assert_eq!(
                (out.exit, out.trap.as_deref()),
                (Some(ex.exit), None),
                "{name}: expected exit {}, got {out:?}\n{src}",
                ex.exit
            ),
        }
    }
}

/// `target/<profile>/` of the running test executable, after `cargo build -q
/// ARGS` brought the artefacts of the other packages a test drives up to date
/// (a no-op right after `cargo test --workspace` built them), so a stale binary
/// or library is never tested. A failed build panics. If cargo cannot be run at
/// all but every file named in `existing` is there, those are used.
pub fn cargo_built(args: &[&str], existing: &[&str]) -> std::path::PathBuf {
    use std::path::Path;
    use std::process::Command;
    let exe = std::env::current_exe().expect("path of the test executable");
    // target/<profile>/deps/<test>-<hash>
    let dir = exe
        .parent()
        .and_then(Path::parent)
        .expect("test executable lives in target/<profile>/deps")
        .to_path_buf();
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut build = Command::new(cargo);
    build
        .args(["build", "-q"])
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("CARGO_TARGET_DIR", dir.parent().expect("target directory"));
    if dir.file_name().is_some_and(|n| n == "release") {
        build.arg("--release");
    }
    match build.output() {
        Ok(o) if o.status.success() => {}
        Ok(o) => panic!(
            "`cargo build {}` failed:\n{}",
            args.join(" "),
            String::from_utf8_lossy(&o.stderr)
        ),
        Err(e) if existing.iter().all(|f| dir.join(f).exists()) => {
            eprintln!("warning: cannot run cargo ({e}); testing the existing {existing:?}")
        }
        Err(e) => panic!("cannot run cargo to build {existing:?}: {e}"),
    }
    dir
}
