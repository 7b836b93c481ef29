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
            voxcc::native::load_native_configs(&mut host, &dir)
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

/// The program arguments every isa.ron example runs with (what `argc`, `argi`,
/// `arglen` and `argcopy` see): a word, an integer and an empty argument.
pub const SPEC_ARGS: [&str; 3] = ["hello", "-42", ""];

/// Runs every example of `mnemonic` from isa.ron and checks that the example
/// really uses the instruction, prints exactly the expected output and ends as
/// expected (exit status or trap). Examples run with the [`test_host`] and the
/// arguments [`SPEC_ARGS`].
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
        let config = vm::Config {
            args: SPEC_ARGS.iter().map(|a| a.to_string()).collect(),
            ..Default::default()
        };
        let out = run_with(&src, &name, &config);
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

/// Running `voxvm` and `voxasm` as real processes, for the command-line tests.
pub mod cli {
    use std::ffi::OsStr;
    use std::path::{Path, PathBuf};
    use std::process::{Command, Output};
    use std::sync::OnceLock;

    /// What a process did.
    pub struct Run {
        /// Exit status (`None` if killed by a signal).
        pub code: Option<i32>,
        /// Standard output, lossily decoded.
        pub stdout: String,
        /// Standard error, lossily decoded.
        pub stderr: String,
    }

    impl From<Output> for Run {
        fn from(o: Output) -> Self {
            Run {
                code: o.status.code(),
                stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
                stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
            }
        }
    }

    impl std::fmt::Debug for Run {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(
                f,
                "exit {:?}\n--- stdout\n{}--- stderr\n{}---",
                self.code, self.stdout, self.stderr
            )
        }
    }

    impl Run {
        /// Asserts the exit status and that nothing panicked.
        #[track_caller]
        pub fn exits(self, code: i32) -> Run {
            assert_eq!(self.code, Some(code), "{self:?}");
            assert!(!self.stderr.contains("panicked"), "{self:?}");
            self
        }

        /// Asserts the exit status, an `error` message and no panic.
        #[track_caller]
        pub fn fails(self, code: i32) -> Run {
            assert!(self.stderr.starts_with("error"), "{self:?}");
            self.exits(code)
        }

        /// Asserts that stderr contains `needle`.
        #[track_caller]
        pub fn says(self, needle: &str) -> Run {
            assert!(self.stderr.contains(needle), "no `{needle}` in {self:?}");
            self
        }
    }

    /// The path of `voxvm` or `voxasm` of this build, brought up to date once
    /// per test process (see [`crate::cargo_built`]).
    pub fn bin(tool: &str) -> PathBuf {
        static DIR: OnceLock<PathBuf> = OnceLock::new();
        let exe = |n: &str| format!("{n}{}", std::env::consts::EXE_SUFFIX);
        DIR.get_or_init(|| {
            crate::cargo_built(
                &[
                    "-p", "voxvm", "-p", "asm", "--bin", "voxvm", "--bin", "voxasm",
                ],
                &[&exe("voxvm"), &exe("voxasm")],
            )
        })
        .join(exe(tool))
    }

    /// Runs `tool` with `args`.
    pub fn run<P: AsRef<OsStr>>(tool: &str, args: &[P]) -> Run {
        Command::new(bin(tool))
            .args(args)
            .output()
            .unwrap_or_else(|e| panic!("cannot run {tool}: {e}"))
            .into()
    }

    /// Runs `voxvm` with `args`.
    pub fn voxvm<P: AsRef<OsStr>>(args: &[P]) -> Run {
        run("voxvm", args)
    }

    /// Runs `voxasm` with `args`.
    pub fn voxasm<P: AsRef<OsStr>>(args: &[P]) -> Run {
        run("voxasm", args)
    }

    /// A fresh, empty directory `base/test`.
    pub fn scratch(base: &Path, test: &str) -> PathBuf {
        let dir = base.join(test);
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    /// Writes `contents` to `dir/name` and returns the path.
    pub fn write(dir: &Path, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let p = dir.join(name);
        std::fs::write(&p, contents).unwrap();
        p
    }
}

/// Compiling and running C with voxcc, for the C tests.
pub mod c {
    use std::path::{Path, PathBuf};

    /// What a compiled C program did.
    #[derive(Debug, Clone)]
    pub struct Ran {
        /// Its standard output.
        pub stdout: Vec<u8>,
        /// Exit status modulo 256 as a process would report it, or `None` after a trap.
        pub status: Option<i32>,
        /// The trap report, when it trapped.
        pub trap: Option<String>,
        /// The trap report itself (structured), when it trapped.
        pub report: Option<vm::TrapReport>,
    }

    /// The corpus directory `tests/c/corpus`.
    pub fn corpus_dir() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("c/corpus")
    }

    /// Every program of the corpus (`NAME.c` paths), sorted.
    pub fn corpus() -> Vec<PathBuf> {
        let mut v: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
            .expect("tests/c/corpus")
            .map(|e| e.expect("directory entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "c"))
            .collect();
        v.sort();
        v
    }

    /// Compiles C files into an image; `Err` holds the rendered diagnostics.
    pub fn compile(files: &[&Path]) -> Result<vm::Image, String> {
        compile_with_threads(files, 0)
    }

    /// [`compile`] with [`voxcc::Options::threads`] set to `threads`.
    pub fn compile_with_threads(files: &[&Path], threads: usize) -> Result<vm::Image, String> {
        let sources: Vec<voxcc::Source> = files
            .iter()
            .map(|f| {
                // As `voxvm` reads it: bytes that are not UTF-8 are kept.
                let bytes = std::fs::read(f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
                let text = voxcc::source::text_from_bytes(bytes);
                voxcc::Source::new(f.display().to_string(), text)
            })
            .collect();
        let opts = voxcc::Options {
            host_files: true,
            threads,
            ..Default::default()
        };
        voxcc::compile_image(&sources, &opts)
            .map(|(image, _)| image)
            .map_err(|e| e.rendered)
    }

    /// Runs a module with `args` (argv[1..]; argv[0] is `name`) and `stdin`.
    pub fn run(module: &vm::Module, name: &str, args: &[String], stdin: &[u8]) -> Ran {
        run_config(
            module,
            name,
            stdin,
            &vm::Config {
                args: args.to_vec(),
                ..Default::default()
            },
        )
    }

    /// [`run`] under `config` (its `args` are the program's arguments).
    pub fn run_config(module: &vm::Module, name: &str, stdin: &[u8], config: &vm::Config) -> Ran {
        let mut host = vm::Host::new();
        voxcc::runtime::install(
            &mut host,
            voxcc::runtime::World {
                stdin: Some(Box::new(std::io::Cursor::new(stdin.to_vec()))),
                program_name: name.to_string(),
                ..Default::default()
            },
        );
        let mut out = Vec::new();
        let r = vm::run_with_host(module, config, &host, &mut out);
        match r {
            Ok(code) => Ran {
                stdout: out,
                status: Some(code & 0xff),
                trap: None,
                report: None,
            },
            Err(t) => Ran {
                stdout: out,
                status: None,
                trap: Some(t.to_string()),
                report: Some(t),
            },
        }
    }

    /// The arguments (`NAME.args`) and standard input (`NAME.stdin`) a corpus program runs with.
    pub fn inputs(c: &Path) -> (Vec<String>, Vec<u8>) {
        let args = std::fs::read_to_string(c.with_extension("args"))
            .map(|s| s.split_whitespace().map(String::from).collect())
            .unwrap_or_default();
        let stdin = std::fs::read(c.with_extension("stdin")).unwrap_or_default();
        (args, stdin)
    }

    /// What gcc recorded for a corpus program: stdout and exit status.
    pub fn expected(c: &Path) -> (Vec<u8>, i32) {
        let out = std::fs::read(c.with_extension("expected")).unwrap_or_else(|e| {
            panic!(
                "{}: no .expected ({e}); run tests/c/gen-expected.sh",
                c.display()
            )
        });
        let status = std::fs::read_to_string(c.with_extension("status"))
            .unwrap_or_else(|e| panic!("{}: no .status ({e})", c.display()))
            .trim()
            .parse()
            .expect("a number in .status");
        (out, status)
    }

    /// Runs `check` on every item with as many threads as the machine has
    /// cores; returns the failures' messages.
    pub fn parallel<T: Sync>(
        items: &[T],
        check: impl Fn(&T) -> Option<String> + Sync,
    ) -> Vec<String> {
        let n = std::thread::available_parallelism().map_or(2, |n| n.get());
        let next = std::sync::atomic::AtomicUsize::new(0);
        let failures = std::sync::Mutex::new(Vec::new());
        std::thread::scope(|s| {
            for _ in 0..n {
                s.spawn(|| loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(item) = items.get(i) else { break };
                    if let Some(f) = check(item) {
                        failures.lock().unwrap_or_else(|e| e.into_inner()).push(f);
                    }
                });
            }
        });
        let mut f = failures.into_inner().unwrap_or_else(|e| e.into_inner());
        f.sort();
        f
    }
}
