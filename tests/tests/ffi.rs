//! Native library calls: nconfigs/libm.ron and nconfigs/libc.ron called from
//! bytecode with known results, pointer arguments checked against VM memory,
//! every kind of bad config reported with file, line, column and item, and no
//! way to call native code without a config.

#![cfg(unix)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use vm::{CallError, Config, Host, Module, Trap, Vm};

fn repo(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(p)
}

fn natives() -> Host {
    let mut host = Host::new();
    let files = voxcc::native::load_native_configs(&mut host, repo("nconfigs"))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(files.len(), 2, "{files:?}");
    host
}

fn module(src: &str) -> Module {
    Module::from_image(tests::assemble(src, "ffi.vvs")).expect("loads")
}

/// Runs `body` (the inside of `main`, ending in a halt) with the native host.
fn run(src: &str) -> (Result<i32, String>, String) {
    let m = module(src);
    let mut out = Vec::new();
    let r = {
        let mut vm = Vm::with_host(&m, &Config::default(), &natives()).expect("links");
        vm.set_output(&mut out);
        vm.run().map_err(|r| r.to_string())
    };
    (r, String::from_utf8(out).unwrap())
}

fn main_body(body: &str) -> String {
    format!(".func main\n{body}\n movi.i64 r0, 0\n halt r0\n.end\n")
}

#[test]
fn libm_functions_give_known_results() {
    let (r, out) = run(&main_body(
        " movi.f64 r1, 0\n hcall sin, r1\n print.f64 r1\n movi.f64 r1, 0\n hcall cos, r1\n print.f64 r1\n movi.f64 r1, 2\n movi.f64 r2, 10\n hcall pow, r1\n print.f64 r1\n movi.f64 r1, 144\n hcall sqrt, r1\n print.f64 r1\n movi.f64 r1, -3\n movi.f64 r2, 4\n hcall hypot, r1\n print.f64 r1\n movi.f64 r1, 1\n hcall exp, r1\n movi.f64 r2, 0\n add.f64 r1, r1, r2\n hcall log, r1\n print.f64 r1\n movi.f32 r1, 6.25\n hcall sqrtf, r1\n print.f32 r1\n movi.f32 r1, 2\n movi.f32 r2, 0.5\n hcall powf, r1\n print.f32 r1\n movi.f64 r1, 2.5\n hcall lround, r1\n print.i64 r1\n movi.f64 r1, 0.75\n movi.i32 r2, -2\n hcall ldexp, r1\n print.f64 r1",
    ));
    assert_eq!(r, Ok(0));
    assert_eq!(
        out,
        "0.0\n1.0\n1024.0\n12.0\n5.0\n1.0\n2.5\n1.4142135\n3\n0.1875\n"
    );
}

#[test]
fn pointer_arguments_write_back_into_vm_memory() {
    // frexp(double, int *exp[1]) and modf(double, double *iptr[1]).
    let src = ".data\n.align 8\nexp: .i32 0\n.align 8\nipart: .f64 0\n.code\n.func main\n movi.f64 r1, 48\n lea r2, exp\n hcall frexp, r1\n print.f64 r1\n lea r2, exp\n ld.i32 r2, r2, 0\n print.i32 r2\n movi.f64 r1, -3.75\n lea r2, ipart\n hcall modf, r1\n print.f64 r1\n lea r2, ipart\n ld.f64 r2, r2, 0\n print.f64 r2\n halt r0\n.end\n";
    let (r, out) = run(src);
    assert_eq!((r, out.as_str()), (Ok(0), "0.75\n6\n-0.75\n-3.0\n"));
}

#[test]
fn libc_functions_give_known_results() {
    let path = std::env::var("PATH").unwrap_or_default();
    let src = ".data\ntext: .string \"voxvm calls into libc\"\nneedle: .string \"libc\"\nnum: .string \"  -1234xyz\"\npath: .string \"PATH\"\nunset: .string \"VOXVM_TEST_SURELY_UNSET_VARIABLE\"\nbuf: .string \"abcdef\"\n.code\n.func main\n lea r1, text\n hcall strlen, r1\n print.u64 r1\n lea r1, num\n hcall atoi, r1\n print.i32 r1\n lea r1, num\n hcall atol, r1\n print.i64 r1\n lea r1, needle\n lea r2, text\n hcall strcmp, r1\n movi.i32 r2, 0\n lt.i32 r1, r1, r2\n print.u8 r1\n lea r1, text\n lea r2, needle\n hcall strstr, r1\n lea r2, text\n sub.u64 r1, r1, r2\n print.u64 r1\n lea r1, text\n movi.i32 r2, 'q'\n hcall strchr, r1\n print.u64 r1\n lea r1, unset\n hcall getenv, r1\n print.u64 r1\n lea r1, path\n hcall getenv, r1\n putstr r1\n movi.u8 r2, 10\n putc r2\n movi.i32 r1, -7\n hcall abs, r1\n print.i32 r1\n movi.i64 r1, -9000000000\n hcall labs, r1\n print.i64 r1\n movi.i32 r1, 'a'\n hcall toupper, r1\n print.i32 r1\n lea r1, buf\n movi.u64 r2, 3\n hcall bzero, r1\n lea r1, buf\n ld.u8 r3, r1, 2\n print.u8 r3\n ld.u8 r3, r1, 3\n print.u8 r3\n hcall getpid, r1\n print.i32 r1\n halt r0\n.end\n";
    let (r, out) = run(src);
    assert_eq!(r, Ok(0), "{out}");
    let pid = std::process::id();
    assert_eq!(
        out,
        format!("21\n-1234\n-1234\n1\n17\n0\n0\n{path}\n7\n9000000000\n65\n0\n100\n{pid}\n")
    );
}

#[test]
fn a_returned_string_outside_vm_memory_is_copied_to_the_heap() {
    // getenv's result lives in the host's environment: the VM gets a copy.
    let src = ".data\nname: .string \"PATH\"\n.code\n.func main\n halt r0\n.end\n.func get\n lea r0, name\n hcall getenv, r0\n ret r0\n.end\n";
    let m = module(src);
    let mut vm = Vm::with_host(&m, &Config::default(), &natives()).unwrap();
    let a = vm.call("get", &[]).unwrap();
    let (lo, hi) = (vm.memory().heap.base(), vm.memory().heap.end());
    assert!((lo..hi).contains(&a), "{a:#x} is not on the VM heap");
    assert_eq!(
        vm.read_c_str(a).unwrap(),
        std::env::var("PATH").unwrap_or_default().as_bytes()
    );
}

#[test]
fn pointer_arguments_are_bounds_checked_before_the_call() {
    let src = ".func main\n halt r0\n.end\n.func len\n hcall strlen, r0\n ret r0\n.end\n.func zero\n mov r1, r1\n hcall bzero, r0\n ret r0\n.end\n.func put\n mov r2, r2\n hcall write, r0\n ret r0\n.end\n";
    let m = module(src);
    let mut vm = Vm::with_host(&m, &Config::default(), &natives()).unwrap();
    let trap = |r: Result<u64, CallError>| match r {
        Err(CallError::Trap(rep)) => rep.trap,
        other => panic!("expected a trap, got {other:?}"),
    };
    // Null guard and beyond the end of memory.
    assert_eq!(
        trap(vm.call("len", &[0])),
        Trap::OutOfBounds { addr: 0, size: 1 }
    );
    let end = vm.memory().len();
    assert!(matches!(
        trap(vm.call("len", &[end + 5])),
        Trap::OutOfBounds { .. }
    ));
    // A string with no NUL before the end of memory: strlen is not called.
    vm.write_bytes(end - 4, b"abcd").unwrap();
    assert_eq!(
        trap(vm.call("len", &[end - 4])),
        Trap::OutOfBounds { addr: end, size: 1 }
    );
    // A buffer longer than what is left: nothing is written.
    let a = vm.heap_alloc(8).unwrap();
    vm.write_bytes(a, b"xxxxxxxx").unwrap();
    assert!(matches!(
        trap(vm.call("zero", &[end - 8, 9])),
        Trap::OutOfBounds { .. }
    ));
    assert!(matches!(
        trap(vm.call("zero", &[a, u64::MAX])),
        Trap::OutOfBounds { .. }
    ));
    assert_eq!(vm.read_bytes(a, 8).unwrap(), b"xxxxxxxx");
    // bzero returns void: r0 (the pointer) is left as it was.
    assert_eq!(vm.call("zero", &[a, 8]), Ok(a));
    assert_eq!(vm.read_bytes(a, 8).unwrap(), [0; 8]);
    // write(fd, buf[count], count) to an invalid fd: checked, called, returns -1.
    assert_eq!(vm.call("put", &[u64::MAX, a, 8]).map(|r| r as i64), Ok(-1));
    assert!(matches!(
        trap(vm.call("put", &[1, a, end])),
        Trap::OutOfBounds { .. }
    ));
}

/// Writes `text` as `name` in a fresh directory and loads that directory.
/// A native call is charged, before it runs, the bytes its pointer arguments
/// reach (one step per `vm::isa::WORK_UNIT`), as a bulk instruction is: a
/// budget that cannot pay stops it with nothing written.
#[test]
fn native_calls_are_charged_the_bytes_their_pointers_reach() {
    let src =
        ".func main\n halt r0\n.end\n.func zero\n mov r1, r1\n hcall bzero, r0\n ret r0\n.end\n";
    let m = module(src);
    let mut vm = Vm::with_host(&m, &Config::default(), &natives()).unwrap();
    let n: u64 = 1 << 20;
    let a = vm.heap_alloc(n).unwrap();
    vm.write_bytes(a, &vec![b'x'; n as usize]).unwrap();
    vm.set_step_budget(Some(2000));
    match vm.call("zero", &[a, n]) {
        Err(CallError::Trap(rep)) => assert_eq!(rep.trap, Trap::StepLimit { limit: 2000 }),
        other => panic!("expected the step limit, got {other:?}"),
    }
    assert!(vm.read_bytes(a, n).unwrap().iter().all(|&b| b == b'x'));
    let budget = 1_000_000;
    vm.set_step_budget(Some(budget));
    assert_eq!(vm.call("zero", &[a, n]), Ok(a));
    assert!(vm.read_bytes(a, n).unwrap().iter().all(|&b| b == 0));
    let used = budget - vm.step_budget().unwrap();
    let expected = n / vm::isa::WORK_UNIT;
    assert!(
        (expected..=expected + 4).contains(&used),
        "charged {used} steps for {n} bytes, expected {expected}"
    );
}

fn load_config(name: &str, text: &str) -> String {
    let dir = scratch(name);
    std::fs::write(dir.join(format!("{name}.ron")), text).unwrap();
    let mut host = Host::new();
    match voxcc::native::load_native_configs(&mut host, &dir) {
        Ok(_) => panic!("config {name} loaded but should fail"),
        Err(e) => {
            let file = dir.join(format!("{name}.ron")).display().to_string();
            let text = e.to_string();
            assert!(text.starts_with(&file), "{text} does not name {file}");
            text[file.len()..].to_string()
        }
    }
}

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir()
        .join(format!("voxvm-ffi-{}", std::process::id()))
        .join(name);
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn bad_configs_name_file_line_column_and_item() {
    // RON syntax error.
    let e = load_config(
        "syntax",
        "(\n    library: \"libm.so.6\"\n    functions: [],\n)\n",
    );
    assert!(e.starts_with(":3:5: "), "{e}");
    // Missing library.
    let e = load_config(
        "nolib",
        "(\n    library: \"libvoxvm-does-not-exist.so.9\",\n    functions: [\"double sin(double x)\"],\n)\n",
    );
    assert!(
        e.starts_with(":2:14: library \"libvoxvm-does-not-exist.so.9\": cannot load the library: "),
        "{e}"
    );
    // Unknown symbol.
    let e = load_config(
        "nosym",
        "(\n    library: \"libm.so.6\",\n    functions: [\n        \"double sin(double x)\",\n        \"double sinx(double x)\",\n    ],\n)\n",
    );
    assert!(
        e.starts_with(
            ":5:9: function \"double sinx(double x)\": symbol `sinx` not found in libm.so.6"
        ),
        "{e}"
    );
    // Bad prototypes and unsupported types: the column is that of the
    // offending part (the string's text starts at column 6).
    for (sig, col, msg) in [
        ("doubel sin(double x)", 6, "unknown type name `doubel`"),
        (
            "double sin double",
            13,
            "`sin` is not declared as a function: expected a prototype like `double sin(double x)`",
        ),
        (
            "int printf(const char *fmt, ...)",
            34,
            "variadic functions (`...`) are not supported",
        ),
        (
            "double frexp(double x, int *e)",
            34,
            "parameter `e`: a `int *` pointer needs a length: write `int e[n]` (or `int *e[n]`)",
        ),
        (
            "int f(char **argv)",
            19,
            "parameter `argv`: pointers to pointers are not supported",
        ),
        (
            "void *malloc(size_t n)",
            6,
            "returning `void *` is not supported",
        ),
        (
            "long double sinl(long double x)",
            6,
            "`long double` is not supported",
        ),
        (
            "int f(double *v[n])",
            22,
            "parameter `v`: length `n` is not a parameter",
        ),
        (
            "int f(double v[n + 1], int n)",
            21,
            "use of undeclared identifier `n`",
        ),
        (
            "int f(int n, double v[n + 1])",
            28,
            "parameter `v`: a length is a parameter name or a number",
        ),
        (
            "int f(struct tm t)",
            22,
            "parameter `t`: `struct tm`: structs and unions are not supported",
        ),
        (
            "int atexit(void (*fn)(void))",
            24,
            "parameter `fn`: function pointers are not supported",
        ),
        (
            "int f(double n, double v[n])",
            31,
            "parameter `v`: length `n` must be an integer parameter",
        ),
        (
            "int f(int x) { return x; }",
            19,
            "a prototype, not a function definition",
        ),
        (
            "int f(int); int g(int)",
            18,
            "unexpected `int` after the prototype (one prototype per string)",
        ),
        (
            "int f(int x, char c = 'a)",
            28,
            "missing terminating ' character",
        ),
        (
            "#include <stdio.h>",
            6,
            "`#`: a prototype is one C declaration, without preprocessing directives",
        ),
    ] {
        let e = load_config(
            "badsig",
            &format!("(\n  library: \"libm.so.6\",\n  functions: [\n    \"double cos(double x)\",\n    \"{sig}\",\n  ],\n)\n"),
        );
        let want = format!(":5:{col}: function \"{sig}\": {msg}");
        assert!(e.starts_with(&want), "{e}\nwanted: {want}");
    }
    // An escape before the error: the column is the string's.
    let e = load_config(
        "escaped",
        "(library: \"libm.so.6\", functions: [\"double\\tsin(double *x)\"])\n",
    );
    assert!(
        e.starts_with(":1:36: function \"double\tsin(double *x)\": parameter `x`"),
        "{e}"
    );
    // Unknown field (a typo in the schema).
    let e = load_config("field", "(library: \"libm.so.6\", function: [])\n");
    assert!(e.starts_with(":1:"), "{e}");
    assert!(e.contains("function"), "{e}");
    // A function declared twice in one file.
    let e = load_config(
        "twice",
        "(library: \"libm.so.6\", functions: [\"double sin(double x)\",\n \"double sin(double)\"])\n",
    );
    assert!(
        e.starts_with(
            ":2:2: function \"double sin(double)\": `sin` is declared twice (first at 1:36)"
        ),
        "{e}"
    );
}

#[test]
fn prototypes_are_read_as_c_and_called() {
    // Typedef names, abstract and parenthesised declarators, `long long int`,
    // a trailing `;`, and C99 array parameters as buffers.
    let dir = scratch("cspell");
    std::fs::write(
        dir.join("c.ron"),
        r#"(
    library: ["libc.so.6", "libc.dylib"],
    functions: [
        "uint32_t htonl(uint32_t);",
        "long long int llabs(long long int j)",
        "int (abs)(int)",
        "int memcmp(const unsigned char a[static n], const unsigned char b[static n], size_t n)",
        "char *getcwd(char buf[size], size_t size)",
    ],
)"#,
    )
    .unwrap();
    let mut host = Host::new();
    voxcc::native::load_native_configs(&mut host, &dir).unwrap_or_else(|e| panic!("{e}"));
    for (name, sig) in [
        ("htonl", "(u32) -> u32"),
        ("llabs", "(i64) -> i64"),
        ("abs", "(i32) -> i32"),
        ("memcmp", "(ptr, ptr, u64) -> i32"),
        ("getcwd", "(ptr, u64) -> ptr"),
    ] {
        assert_eq!(
            host.signature(name).map(|s| s.to_string()).as_deref(),
            Some(sig),
            "{name}"
        );
    }
    let m = module(".func main\n halt r0\n.end\n.func htonl\n hcall htonl, r0\n ret r0\n.end\n.func llabs\n hcall llabs, r0\n ret r0\n.end\n.func abs\n hcall abs, r0\n ret r0\n.end\n.func cmp\n mov r2, r2\n hcall memcmp, r0\n ret r0\n.end\n.func cwd\n mov r1, r1\n hcall getcwd, r0\n ret r0\n.end\n");
    let mut vm = Vm::with_host(&m, &Config::default(), &host).unwrap();
    assert_eq!(
        vm.call("htonl", &[0x0102_0304]),
        Ok(u64::from(0x0102_0304u32.to_be()))
    );
    assert_eq!(
        vm.call("llabs", &[-5_000_000_000i64 as u64]),
        Ok(5_000_000_000)
    );
    assert_eq!(vm.call("abs", &[-3i64 as u64]), Ok(3));
    let a = vm.heap_alloc(8).unwrap();
    let b = vm.heap_alloc(8).unwrap();
    vm.write_bytes(a, b"abcdefgh").unwrap();
    vm.write_bytes(b, b"abcxyzzz").unwrap();
    assert_eq!(vm.call("cmp", &[a, b, 3]), Ok(0));
    assert!((vm.call("cmp", &[a, b, 4]).unwrap() as i32) < 0);
    // `b[static n]` is n bytes in VM memory, checked before the call.
    let end = vm.memory().len();
    match vm.call("cmp", &[a, end - 2, 3]) {
        Err(CallError::Trap(rep)) => assert!(matches!(rep.trap, Trap::OutOfBounds { .. })),
        other => panic!("expected a trap, got {other:?}"),
    }
    // getcwd writes into the VM buffer and returns it: a VM address.
    let buf = vm.heap_alloc(4096).unwrap();
    assert_eq!(vm.call("cwd", &[buf, 4096]), Ok(buf));
    let cwd = std::env::current_dir().unwrap();
    assert_eq!(
        vm.read_c_str(buf).unwrap(),
        cwd.as_os_str().as_encoded_bytes()
    );
}

#[test]
fn configs_in_one_directory_must_not_collide() {
    let dir = scratch("collide");
    let cfg = "(library: \"libm.so.6\", functions: [\"double sin(double x)\"])\n";
    std::fs::write(dir.join("a.ron"), cfg).unwrap();
    std::fs::write(dir.join("b.ron"), cfg).unwrap();
    let e = voxcc::native::load_native_configs(&mut Host::new(), &dir)
        .unwrap_err()
        .to_string();
    let a = dir.join("a.ron").display().to_string();
    let b = dir.join("b.ron").display().to_string();
    assert!(
        e.starts_with(&format!(
            "{b}:1:36: function \"double sin(double x)\": `sin` is already declared by {a}:1:36"
        )),
        "{e}"
    );
    // A host function of the same name also collides.
    let mut host = Host::new();
    host.define("sin", |x: f64| x);
    std::fs::remove_file(dir.join("b.ron")).unwrap();
    let e = voxcc::native::load_native_configs(&mut host, &dir)
        .unwrap_err()
        .to_string();
    assert!(e.contains("`sin` is already declared by the host"), "{e}");
}

#[test]
fn missing_and_empty_config_directories_are_errors() {
    let dir = scratch("empty");
    let e = voxcc::native::load_native_configs(&mut Host::new(), &dir).unwrap_err();
    assert!(
        e.to_string().contains("no native configs (*.ron files)"),
        "{e}"
    );
    assert!(!e.unreadable);
    let e = voxcc::native::load_native_configs(&mut Host::new(), dir.join("nope")).unwrap_err();
    assert!(e.unreadable && e.to_string().contains("cannot read"), "{e}");
}

#[test]
fn a_relative_library_path_is_taken_from_the_config_directory() {
    let dir = scratch("relpath");
    // The library exists in the system directory, not next to the config.
    let e = load_config_in(&dir, "(library: \"./libm.so.6\", functions: [])\n");
    assert!(
        e.contains(&dir.join("./libm.so.6").display().to_string()),
        "{e}"
    );
}

fn load_config_in(dir: &Path, text: &str) -> String {
    std::fs::write(dir.join("c.ron"), text).unwrap();
    voxcc::native::load_native_configs(&mut Host::new(), dir)
        .unwrap_err()
        .to_string()
}

#[test]
fn without_configs_bytecode_cannot_call_native_code() {
    // A module naming libc functions links only against a host that declares them.
    let m = module(".data\ncmd: .string \"echo pwned\"\n.code\n.func main\n lea r1, cmd\n hcall system, r1\n halt r0\n.end\n");
    let e = Vm::new(&m, &Config::default()).err().expect("refused");
    assert!(e.to_string().contains("unresolved import `system`"), "{e}");
    // Even with the libc config loaded: only declared functions exist, and
    // libc.ron does not declare `system`.
    let e = Vm::with_host(&m, &Config::default(), &natives())
        .err()
        .expect("refused");
    assert!(e.to_string().contains("unresolved import `system`"), "{e}");
    // And through the command line.
    let r = voxvm(&[repo("examples/libc.vvs").as_os_str()]);
    assert_eq!(r.0, Some(65), "{r:?}");
    assert_eq!(r.1, "", "nothing ran");
    assert!(
        r.2.contains("error: unresolved import `strlen` at "),
        "{}",
        r.2
    );
    assert!(
        r.2.contains("native functions must be declared in a config"),
        "{}",
        r.2
    );
}

#[test]
fn the_native_examples_run_from_the_command_line() {
    let configs =
        std::ffi::OsString::from(format!("--native-configs={}", repo("nconfigs").display()));
    let r = voxvm(&[configs.as_os_str(), repo("examples/libm.vvs").as_os_str()]);
    assert_eq!(r.0, Some(0), "{r:?}");
    assert!(r.1.contains("pow(2, 10)    = 1024.0\n"), "{}", r.1);
    assert!(r.1.contains("frexp(48)     = 0.75 * 2^6\n"), "{}", r.1);
    let r = voxvm(&[configs.as_os_str(), repo("examples/libc.vvs").as_os_str()]);
    assert_eq!(r.0, Some(0), "{r:?}");
    assert!(r.1.contains("strlen(text)          = 21\n"), "{}", r.1);
    // `puts` writes through C's stdio, flushed at exit.
    assert!(r.1.contains("voxvm calls into libc\n"), "{}", r.1);
    // A bad config: exit 65 and the location.
    let dir = scratch("cli");
    std::fs::write(
        dir.join("bad.ron"),
        "(library: \"libm.so.6\", functions: [\"double nosuch(double)\"])",
    )
    .unwrap();
    let flag = std::ffi::OsString::from(format!("--native-configs={}", dir.display()));
    let r = voxvm(&[flag.as_os_str(), repo("examples/libm.vvs").as_os_str()]);
    assert_eq!(r.0, Some(65), "{r:?}");
    assert!(
        r.2.starts_with(&format!(
            "error: {}:1:36: function \"double nosuch(double)\": symbol `nosuch` not found",
            dir.join("bad.ron").display()
        )),
        "{}",
        r.2
    );
    let flag = std::ffi::OsString::from(format!("--native-configs={}", dir.join("none").display()));
    let r = voxvm(&[flag.as_os_str(), repo("examples/libm.vvs").as_os_str()]);
    assert_eq!(r.0, Some(66), "{r:?}");
}

/// Runs the `voxvm` binary: (exit code, stdout, stderr). Built once per test
/// process like in cli.rs.
fn voxvm(args: &[&std::ffi::OsStr]) -> (Option<i32>, String, String) {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    let bin = BIN.get_or_init(|| {
        let exe = std::env::current_exe().unwrap();
        let dir = exe.parent().and_then(Path::parent).unwrap().to_path_buf();
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let mut build = Command::new(cargo);
        build
            .args(["build", "-q", "-p", "voxvm", "--bin", "voxvm"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("CARGO_TARGET_DIR", dir.parent().unwrap());
        if dir.file_name().is_some_and(|n| n == "release") {
            build.arg("--release");
        }
        let o = build.output().expect("run cargo");
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        dir.join(format!("voxvm{}", std::env::consts::EXE_SUFFIX))
    });
    let o = Command::new(bin).args(args).output().unwrap();
    (
        o.status.code(),
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}
