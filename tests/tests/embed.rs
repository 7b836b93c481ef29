//! The Rust embedding API: host functions as typed closures (a round trip for
//! every value type), host functions with a context, link-time resolution of
//! imports, calling bytecode functions by name, limits, output, and checked
//! memory access.

use std::sync::{Arc, Mutex};
use vm::{CallError, Config, Host, HostContext, HostError, InstantiateError, Module, Trap, Vm};

fn module(src: &str) -> Module {
    Module::from_image(tests::assemble(src, "embed.vvs")).expect("loads")
}

/// Runs `src` with `host`; returns (exit status or trap message, output).
fn run(src: &str, host: &Host) -> (Result<i32, String>, String) {
    let m = module(src);
    let mut out = Vec::new();
    let r = {
        let mut vm = Vm::with_host(&m, &Config::default(), host).expect("links");
        vm.set_output(&mut out);
        vm.run().map_err(|r| r.trap.to_string())
    };
    (r, String::from_utf8(out).unwrap())
}

/// One `echo_T` function per value type: the closure records what it got and
/// returns it; the program prints what came back, as T and as the raw i64
/// register, so both the argument conversion and the result's register
/// representation are checked.
#[test]
fn host_function_round_trip_for_every_value_type() {
    let seen: Arc<Mutex<Vec<String>>> = Arc::default();
    let mut host = Host::new();
    macro_rules! echo {
        ($($t:ident),*) => {$({
            let s = seen.clone();
            host.define(concat!("echo_", stringify!($t)), move |x: $t| {
                s.lock().unwrap().push(format!("{}:{x:?}", stringify!($t)));
                x
            });
        })*};
    }
    echo!(i8, i16, i32, i64, u8, u16, u32, u64, f32, f64);
    // (type, movi value, printed as T, printed as the raw register i64)
    let cases = [
        ("i8", "-5", "-5", "-5"),
        ("i16", "-300", "-300", "-300"),
        ("i32", "-70000", "-70000", "-70000"),
        ("i64", "-9000000000", "-9000000000", "-9000000000"),
        ("u8", "250", "250", "250"),
        ("u16", "65000", "65000", "65000"),
        ("u32", "4000000000", "4000000000", "4000000000"),
        ("u64", "18446744073709551615", "18446744073709551615", "-1"),
        ("f32", "1.5", "1.5", &1.5f32.to_bits().to_string()),
        (
            "f64",
            "-2.25",
            "-2.25",
            &((-2.25f64).to_bits() as i64).to_string(),
        ),
    ];
    for (t, v, as_t, raw) in cases {
        seen.lock().unwrap().clear();
        let src = format!(
            ".func main\n movi.{t} r1, {v}\n hcall echo_{t}, r1\n print.{t} r1\n print.i64 r1\n halt r0\n.end\n"
        );
        let (r, out) = run(&src, &host);
        assert_eq!(r, Ok(0), "{t}");
        assert_eq!(out, format!("{as_t}\n{raw}\n"), "{t}");
        assert_eq!(*seen.lock().unwrap(), [format!("{t}:{as_t}")], "{t}");
    }
}

#[test]
fn arguments_are_read_as_their_type_and_results_normalised() {
    // Registers hold wider garbage; the function sees only its type's bits.
    let mut host = Host::new();
    host.define(
        "narrow",
        |a: u8, b: i8, c: u16, d: i16, e: u32, f: i32, g: f32, h: u64| {
            assert_eq!((a, b, c, d, e, f), (0xff, -1, 0xffff, -1, 0xffff_ffff, -1));
            assert_eq!((g, h), (1.0, u64::MAX));
            // An i8 result is sign-extended into the register.
            -2i8
        },
    );
    host.define("to_u8", |x: i64| x as u8);
    let src = ".func main\n movi.i64 r1, -1\n movi.i64 r2, -1\n movi.i64 r3, -1\n movi.i64 r4, -1\n movi.i64 r5, -1\n movi.i64 r6, -1\n movi.u64 r7, 0xffffffff3f800000\n movi.i64 r8, -1\n hcall narrow, r1\n print.i64 r1\n movi.i64 r1, -1\n hcall to_u8, r1\n print.i64 r1\n halt r0\n.end\n";
    let (r, out) = run(src, &host);
    assert_eq!((r, out.as_str()), (Ok(0), "-2\n255\n"));
}

#[test]
fn functions_without_arguments_or_results() {
    let count = Arc::new(Mutex::new(0));
    let c = count.clone();
    let mut host = Host::new();
    host.define("tick", move || *c.lock().unwrap() += 1);
    host.define("answer", || 42i64);
    host.define(
        "sum8",
        |a: i64, b: i64, c: i64, d: i64, e: i64, f: i64, g: i64, h: i64| {
            a + b + c + d + e + f + g + h
        },
    );
    let mut src = String::from(
        ".func main\n hcall tick, r0\n hcall tick, r0\n hcall answer, r1\n print.i64 r1\n",
    );
    for i in 0..8 {
        src += &format!(" movi.i64 r{}, {}\n", 2 + i, i + 1);
    }
    src += " hcall sum8, r2\n print.i64 r2\n halt r0\n.end\n";
    let (r, out) = run(&src, &host);
    assert_eq!((r, out.as_str()), (Ok(0), "42\n36\n"));
    assert_eq!(*count.lock().unwrap(), 2);
    assert_eq!(
        host.signature("sum8").unwrap().to_string(),
        "(i64, i64, i64, i64, i64, i64, i64, i64) -> i64"
    );
    assert_eq!(host.signature("tick").unwrap().to_string(), "()");
}

#[test]
fn host_functions_with_a_context_use_vm_memory() {
    let mut host = Host::new();
    host.define_with_context("c_strlen", |cx: &mut HostContext, s: u64| {
        Ok::<u64, HostError>(cx.read_c_str(s)?.len() as u64)
    });
    host.define_with_context(
        "reverse",
        |cx: &mut HostContext, s: u64| -> Result<u64, HostError> {
            let mut text = cx.read_c_str(s)?.to_vec();
            text.reverse();
            text.push(0);
            let copy = cx.alloc(text.len() as u64)?;
            cx.write_bytes(copy, &text)?;
            Ok(copy)
        },
    );
    host.define_with_context("store_pi", |cx: &mut HostContext, at: u64| {
        cx.write(at, std::f64::consts::PI).map_err(HostError::from)
    });
    host.define_with_context("say", |cx: &mut HostContext, n: i64| {
        let _ = write!(cx.output(), "[host says {n}]");
    });
    let src = ".data\nmsg: .string \"stressed\"\n.align 8\ncell: .f64 0\n.code\n.func main\n lea r1, msg\n hcall c_strlen, r1\n print.u64 r1\n lea r1, msg\n hcall reverse, r1\n putstr r1\n movi.u8 r2, 10\n putc r2\n lea r1, cell\n hcall store_pi, r1\n lea r1, cell\n ld.f64 r1, r1, 0\n print.f64 r1\n movi.i64 r1, 7\n hcall say, r1\n halt r0\n.end\n";
    let (r, out) = run(src, &host);
    assert_eq!(r, Ok(0));
    assert_eq!(out, "8\ndesserts\n3.141592653589793\n[host says 7]");
}

#[test]
fn host_errors_and_bad_accesses_trap_with_location() {
    let mut host = Host::new();
    host.define("fails", |x: i64| -> Result<i64, HostError> {
        Err(HostError::new(format!("cannot handle {x}")))
    });
    host.define_with_context("peek", |cx: &mut HostContext, a: u64| {
        Ok::<u8, HostError>(cx.read::<u8>(a)?)
    });
    let m = module(".func main\n movi.i64 r1, 5\n hcall fails, r1\n halt r0\n.end\n.func peek0\n movi.u64 r0, 8\n hcall peek, r0\n ret r0\n.end\n");
    let mut vm = Vm::with_host(&m, &Config::default(), &host).unwrap();
    let rep = vm.run().unwrap_err();
    assert_eq!(
        rep.trap,
        Trap::Host {
            function: "fails".into(),
            message: "cannot handle 5".into()
        }
    );
    assert_eq!(
        rep.to_string(),
        "host function `fails` failed: cannot handle 5 at main+0xb (embed.vvs:3)"
    );
    // An out-of-bounds access through the context is that trap itself.
    match vm.call("peek0", &[]) {
        Err(CallError::Trap(r)) => {
            assert_eq!(r.trap, Trap::OutOfBounds { addr: 8, size: 1 });
            assert_eq!(r.top().unwrap().function, "peek0");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn unknown_names_fail_at_link_time_naming_each() {
    let src = ".func main\n movi.i64 r1, 1\n hcall log_i64, r1\n hcall frobnicate, r1\n hcall log_i64, r1\n halt r0\n.end\n";
    let m = module(src);
    assert_eq!(m.imports(), ["log_i64", "frobnicate"]);
    // No host at all.
    let e = Vm::new(&m, &Config::default()).err().expect("refused");
    let text = e.to_string();
    assert!(
        text.contains("unresolved import `log_i64` at embed.vvs:3 (main+0xb)"),
        "{text}"
    );
    assert!(
        text.contains("unresolved import `frobnicate` at embed.vvs:4"),
        "{text}"
    );
    assert!(text.contains("no host functions are defined"), "{text}");
    // A host that defines one of them.
    let mut host = Host::new();
    host.define("log_i64", |_: i64| {});
    match Vm::with_host(&m, &Config::default(), &host)
        .err()
        .expect("refused")
    {
        InstantiateError::Link { problems, defined } => {
            assert_eq!(problems.len(), 1);
            assert!(problems[0]
                .to_string()
                .starts_with("unresolved import `frobnicate`"));
            assert_eq!(defined, ["log_i64"]);
        }
        e => panic!("{e}"),
    }
    // vm::run reports it as a link trap, before anything runs.
    let mut out = Vec::new();
    let r = vm::run(&m, &Config::default(), &mut out).unwrap_err();
    assert!(matches!(r.trap, Trap::Link(_)), "{r}");
    assert!(r.backtrace.is_empty() && out.is_empty());
    // `.import` declares a name even if no instruction uses it; it must resolve too.
    let m = module(".import ghost\n.func main\n halt r0\n.end\n");
    assert_eq!(m.imports(), ["ghost"]);
    let e = Vm::new(&m, &Config::default()).err().unwrap().to_string();
    assert!(e.starts_with("unresolved import `ghost`: "), "{e}");
}

#[test]
fn an_hcall_window_past_the_registers_is_refused_at_link_time() {
    let mut host = Host::new();
    host.define("add3", |a: i64, b: i64, c: i64| a + b + c);
    // r1 is the highest register used: the frame has 2, add3 needs r1..r3.
    let m = module(".func main\n hcall add3, r1\n halt r0\n.end\n");
    let e = Vm::with_host(&m, &Config::default(), &host)
        .err()
        .unwrap()
        .to_string();
    assert!(
        e.contains("`hcall add3, r1` at embed.vvs:2 (main+0x0) uses registers r1..=r3 for `add3(i64, i64, i64) -> i64`, but function `main` has only 2 registers"),
        "{e}"
    );
}

#[test]
fn calling_functions_by_name() {
    let src = ".data\n.align 8\ncounter: .i64 0\n.code\n.func main\n halt r0\n.end\n.func add\n add.i64 r0, r0, r1\n ret r0\n.end\n.func fma\n mul.f64 r0, r0, r1\n add.f64 r0, r0, r2\n ret r0\n.end\n.func count\n lea r1, counter\n ld.i64 r2, r1, 0\n inc.i64 r2\n st.i64 r1, 0, r2\n ret r2\n.end\n.func fact\n movi.i64 r1, 1\n ble.i64 r0, r1, done\n sub.i64 r2, r0, r1\n call fact, r2\n mul.i64 r0, r0, r2\ndone:\n ret r0\n.end\n.func quit\n movi.i64 r0, 3\n halt r0\n.end\n.func boom\n movi.i64 r1, 0\n div.i64 r0, r0, r1\n ret r0\n.end\n";
    let m = module(src);
    let mut vm = Vm::new(&m, &Config::default()).unwrap();
    assert_eq!(vm.call("add", &[40, 2]), Ok(42));
    assert_eq!(
        vm.call("add", &[vm::RegValue::to_bits(-50i64), 8])
            .map(|r| r as i64),
        Ok(-42)
    );
    let r = vm.call("fma", &[2.5f64.to_bits(), 4f64.to_bits(), 0.5f64.to_bits()]);
    assert_eq!(r.map(f64::from_bits), Ok(10.5));
    // State persists between calls.
    assert_eq!(vm.call("count", &[]), Ok(1));
    assert_eq!(vm.call("count", &[]), Ok(2));
    assert_eq!(vm.call("fact", &[20]), Ok(2_432_902_008_176_640_000));
    assert_eq!(vm.call("quit", &[]), Err(CallError::Halted(3)));
    match vm.call("boom", &[1]) {
        Err(CallError::Trap(r)) => {
            assert_eq!(r.trap, Trap::DivisionByZero);
            assert_eq!(r.backtrace.len(), 1, "only the frames of this call: {r}");
        }
        other => panic!("{other:?}"),
    }
    // The VM is usable after a trap or a halt inside a call.
    assert_eq!(vm.call("count", &[]), Ok(3));
    assert_eq!(
        vm.call("nope", &[]),
        Err(CallError::NoSuchFunction("nope".into()))
    );
    assert!(matches!(
        vm.call("add", &[1, 2, 3]),
        Err(CallError::TooManyArguments {
            nregs: 2,
            given: 3,
            ..
        })
    ));
    // And `run` still runs the entry point.
    assert_eq!(vm.run(), Ok(0));
    assert_eq!(vm.call("count", &[]), Ok(4));
}

#[test]
fn calls_work_with_both_dispatch_strategies() {
    let src = ".func main\n halt r0\n.end\n.func fib\n movi.i64 r1, 2\n blt.i64 r0, r1, base\n movi.i64 r1, 1\n sub.i64 r2, r0, r1\n call fib, r2\n sub.i64 r3, r2, r1\n sub.i64 r3, r0, r1\n sub.i64 r3, r3, r1\n call fib, r3\n add.i64 r0, r2, r3\nbase:\n ret r0\n.end\n";
    let m = module(src);
    // Threaded code returns to the host through its end sentinel. (Short
    // runs only: unoptimised threaded code grows the host stack.)
    for (dispatch, n, fib) in [
        (vm::Dispatch::Loop, 15, 610),
        (vm::Dispatch::Threaded, 6, 8),
        // Auto: the match loop in debug builds, threaded code in release builds.
        (vm::Dispatch::Auto, 20, 6765),
    ] {
        let config = Config {
            dispatch,
            ..Config::default()
        };
        let mut vm = Vm::new(&m, &config).unwrap();
        assert_eq!(vm.call("fib", &[n]), Ok(fib), "{dispatch:?}");
        assert_eq!(vm.call("fib", &[1]), Ok(1), "{dispatch:?}");
        assert!(matches!(
            vm.call("fib", &[1, 2, 3, 4, 5]),
            Err(CallError::TooManyArguments { .. })
        ));
    }
}

#[test]
fn host_functions_can_call_back_into_bytecode() {
    let mut host = Host::new();
    host.define_with_context(
        "twice_via",
        |cx: &mut HostContext, x: i64| -> Result<i64, HostError> {
            let once = cx
                .call("double", &[x as u64])
                .map_err(|e| HostError::new(e.to_string()))?;
            let again = cx
                .call("double", &[once])
                .map_err(|e| HostError::new(e.to_string()))?;
            Ok(again as i64)
        },
    );
    // main's registers above the hcall window survive the nested calls.
    let src = ".func main\n movi.i64 r5, 99\n movi.i64 r1, 10\n hcall twice_via, r1\n print.i64 r1\n print.i64 r5\n halt r0\n.end\n.func double\n add.i64 r0, r0, r0\n ret r0\n.end\n";
    let (r, out) = run(src, &host);
    assert_eq!((r, out.as_str()), (Ok(0), "40\n99\n"));
}

#[test]
fn limits_apply_to_calls() {
    let m = module(".func main\n halt r0\n.end\n.func down\n call down, r0\n ret r0\n.end\n");
    let config = Config {
        max_recursion: 50,
        ..Config::default()
    };
    let mut vm = Vm::new(&m, &config).unwrap();
    match vm.call("down", &[]) {
        Err(CallError::Trap(r)) => {
            assert_eq!(r.trap, Trap::RecursionLimit { limit: 50 });
        }
        other => panic!("{other:?}"),
    }
    // The failed call left nothing behind: the next one hits the same limit.
    assert!(matches!(vm.call("down", &[]), Err(CallError::Trap(_))));
    let tiny = Config {
        memory: vm::MemoryConfig {
            max: 1 << 20,
            stack: 4096,
            init_heap: 4096,
            ..Default::default()
        },
        ..Config::default()
    };
    let mut vm = Vm::new(&m, &tiny).unwrap();
    assert!(matches!(
        vm.heap_alloc(2 << 20),
        Err(Trap::HeapExhausted { .. })
    ));
}

#[test]
fn checked_memory_accessors() {
    let m = module(".data\ngreet: .string \"hi\"\n.code\n.func main\n halt r0\n.end\n");
    let mut vm = Vm::new(&m, &Config::default()).unwrap();
    let data = vm.data_address(0);
    assert_eq!(vm.read_c_str(data), Ok(&b"hi"[..]));
    assert_eq!(vm.read_bytes(data, 3), Ok(&b"hi\0"[..]));
    assert_eq!(
        vm.read::<u8>(0),
        Err(Trap::OutOfBounds { addr: 0, size: 1 })
    );
    let end = vm.memory().len();
    assert!(
        vm.write_bytes(end - 2, b"abc").is_err(),
        "straddles the end"
    );
    assert_eq!(
        vm.read_bytes(end - 2, 2).unwrap(),
        [0, 0],
        "nothing written"
    );
    // A string without a NUL before the end of memory is an error, not a read past it.
    vm.write_bytes(end - 2, b"ab").unwrap();
    assert_eq!(
        vm.read_c_str(end - 2),
        Err(Trap::OutOfBounds { addr: end, size: 1 })
    );
    // Typed access is little-endian.
    let a = vm.heap_alloc(16).unwrap();
    vm.write(a, -2i32).unwrap();
    assert_eq!(vm.read_bytes(a, 4).unwrap(), [0xfe, 0xff, 0xff, 0xff]);
    vm.write(a + 8, 0.5f64).unwrap();
    assert_eq!(vm.read::<f64>(a + 8), Ok(0.5));
    // Host allocations survive collections until unpinned.
    let s = vm.alloc_c_str(b"pinned").unwrap();
    vm.collect();
    assert_eq!(vm.read_c_str(s), Ok(&b"pinned"[..]));
    let before = vm.heap_stats().in_use;
    assert!(vm.unpin(s));
    vm.collect();
    assert!(
        vm.heap_stats().in_use < before,
        "unpinned and unreachable: collected"
    );
    vm.heap_free(a).unwrap();
    assert!(matches!(vm.heap_free(a), Err(Trap::Heap(_))), "double free");
}

#[test]
fn output_goes_to_any_writer_and_loading_from_files() {
    let dir = std::env::temp_dir().join(format!("voxvm-embed-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let img = tests::assemble(
        ".func main\n movi.i64 r0, 5\n print.i64 r0\n halt r0\n.end\n",
        "f.vvs",
    );
    let vve = dir.join("f.vve");
    std::fs::write(&vve, img.to_vve()).unwrap();
    let m = Module::from_file(&vve).unwrap();
    let mut out = Vec::new();
    {
        let mut vm = Vm::new(&m, &Config::default()).unwrap();
        vm.set_output(&mut out);
        assert_eq!(vm.run(), Ok(5));
    }
    assert_eq!(out, b"5\n");
    // .vvr by extension.
    let vvr = dir.join("f.vvr");
    std::fs::write(&vvr, &img.code).unwrap();
    assert_eq!(
        Module::from_file(&vvr).unwrap().program().code,
        m.program().code
    );
    let e = Module::from_file(dir.join("missing.vve")).unwrap_err();
    assert!(e.to_string().starts_with("cannot read "), "{e}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_embed_example_runs() {
    // vm/examples/embed.rs is compiled by `cargo test`; run it to be sure it works.
    let exe = std::env::current_exe().unwrap();
    let dir = exe.parent().unwrap().parent().unwrap().join("examples");
    let bin = dir.join(format!("embed{}", std::env::consts::EXE_SUFFIX));
    if !bin.exists() {
        eprintln!(
            "skipped: {} not built (run `cargo test --workspace`)",
            bin.display()
        );
        return;
    }
    let out = std::process::Command::new(&bin).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for want in [
        "square(12) = 144",
        "bump: returned 42, memory now holds 42",
        "HELLO FROM BYTECODE",
        "log_i64 saw [42]",
        "without a host: unresolved import `log_i64`",
    ] {
        assert!(stdout.contains(want), "missing `{want}` in:\n{stdout}");
    }
}

#[test]
fn a_call_between_a_step_limit_stop_and_resume_leaves_the_run_intact() {
    let src = ".func main\n movi.i64 r0, 0\n movi.i64 r1, 100\n movi.i64 r2, 1\nloop:\n add.i64 r0, r0, r2\n blt.i64 r0, r1, loop\n print.i64 r0\n halt r2\n.end\n.func double\n add.i64 r0, r0, r0\n ret r0\n.end\n";
    let m = module(src);
    let config = Config {
        max_steps: Some(10),
        ..Config::default()
    };
    let mut out = Vec::new();
    {
        let mut vm = Vm::new(&m, &config).unwrap();
        vm.set_output(&mut out);
        let stop = vm.run().unwrap_err();
        assert!(matches!(stop.trap, Trap::StepLimit { .. }), "{stop}");
        // The budget is spent, so the call stops at the limit too (it has no
        // budget of its own); either way the suspended run is left as it was.
        match vm.call("double", &[21]) {
            Ok(42) => {}
            Err(CallError::Trap(r)) => assert!(matches!(r.trap, Trap::StepLimit { .. }), "{r}"),
            other => panic!("{other:?}"),
        }
        assert_eq!(vm.resume(1_000), Ok(1));
    }
    assert_eq!(out, b"100\n");
}

/// A module whose code comes from two files (what a C compiler produces for a
/// program and its library): every trap frame and link error names the file
/// of its own instruction; the report's `file` stays the module's source.
#[test]
fn trap_frames_and_link_errors_name_the_file_of_their_instruction() {
    let src = ".func main\n movi.i64 r1, 7\n call helper, r1\n halt r1\n.end\n\
               .func helper\n movi.i64 r1, 0\n div.i64 r0, r0, r1\n ret r0\n.end\n";
    let mut image = tests::assemble(src, "prog.vvs");
    // main: movi at 0, call at 11, halt at 18; helper: movi at 21, div at 32.
    assert_eq!(image.functions[1].offset, 21);
    image.source = "prog.c".into();
    image.files = vec!["prog.c".into(), "lib/helper.c".into()];
    image.set_line_table([(0, 10, 0), (11, 11, 0), (21, 3, 1), (32, 4, 1)]);
    assert_eq!(image.file_runs, [(0, 0), (21, 1)]);
    let module = Module::from_image(image.clone()).unwrap();
    let report = vm::run(&module, &Config::default(), &mut Vec::new()).unwrap_err();
    assert_eq!(report.file, "prog.c");
    let files: Vec<&str> = report.backtrace.iter().map(|f| f.file.as_str()).collect();
    assert_eq!(files, ["lib/helper.c", "prog.c"]);
    assert_eq!(
        report.to_string(),
        "division by zero at helper+0xb (lib/helper.c:4)\n\
         backtrace (2 frames, innermost first):\n  \
         0: helper+0xb (lib/helper.c:4) [pc 0x20]\n  \
         1: main+0xb (prog.c:11) [pc 0xb]"
    );

    // An import declared in prog.c and called from the library.
    let src = ".func main\n call helper, r0\n halt r0\n.end\n\
               .func helper\n hcall puts, r0\n ret r0\n.end\n";
    let mut image = tests::assemble(src, "prog.vvs");
    let helper = image.functions[1].offset;
    image.files = vec!["prog.c".into(), "lib/helper.c".into()];
    image.set_line_table([(0, 1, 0), (helper, 7, 1)]);
    image.import_locations = vec![Some((0, 2))];
    let e = Vm::new(&Module::from_image(image).unwrap(), &Config::default())
        .err()
        .unwrap();
    assert!(
        e.to_string().starts_with(
            "unresolved import `puts` (declared at prog.c:2) at lib/helper.c:7 (helper+0x0): no host function"
        ),
        "{e}"
    );
}

/// Host functions write C's `stderr` to the error output: a stream of its own
/// (`Vm::set_error_output`), flushed with the output when the run ends and
/// sharing its `max_output` budget.
#[test]
fn error_output_is_a_second_stream_with_the_shared_output_budget() {
    let mut host = Host::new();
    host.define_with_context("say", |cx: &mut HostContext, n: i64| {
        writeln!(cx.output(), "out {n}").map_err(|e| HostError::new(e.to_string()))?;
        writeln!(cx.error_output(), "err {n}").map_err(|e| HostError::new(e.to_string()))
    });
    let src = ".func main\n movi.i64 r0, 1\n hcall say, r0\n movi.i64 r0, 2\n hcall say, r0\n \
               movi.i64 r0, 0\n halt r0\n.end\n";
    let m = module(src);
    let run = |config: &Config| {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let r = {
            let mut vm = Vm::with_host(&m, config, &host).unwrap();
            vm.set_output(&mut out);
            vm.set_error_output(&mut err);
            vm.run().map_err(|r| r.trap.to_string())
        };
        (
            r,
            String::from_utf8(out).unwrap(),
            String::from_utf8(err).unwrap(),
        )
    };
    assert_eq!(
        run(&Config::default()),
        (Ok(0), "out 1\nout 2\n".into(), "err 1\nerr 2\n".into())
    );
    // 24 bytes in all: a budget of 23 stops the run, whichever stream it hits.
    for (limit, ok) in [(24, true), (23, false)] {
        let config = Config {
            max_output: Some(limit),
            ..Default::default()
        };
        let (r, out, err) = run(&config);
        assert_eq!(r.is_ok(), ok, "{limit}: {r:?}");
        if !ok {
            assert!(r.unwrap_err().contains("output limit exceeded"));
        }
        assert!(
            out.len() + err.len() <= limit as usize,
            "{limit}: {out:?} {err:?}"
        );
    }
    // Vm::call flushes both when it returns to the host.
    let mut host2 = Host::new();
    host2.define_with_context("warn", |cx: &mut HostContext| {
        write!(cx.error_output(), "careful").map_err(|e| HostError::new(e.to_string()))
    });
    let m = module(".func main\n halt r0\n.end\n.func f\n hcall warn, r0\n ret r0\n.end\n");
    struct Shared(Arc<Mutex<Vec<u8>>>);
    impl std::io::Write for Shared {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let err = Arc::new(Mutex::new(Vec::new()));
    let mut vm = Vm::with_host(&m, &Config::default(), &host2).unwrap();
    vm.set_error_output(Shared(err.clone()));
    vm.call("f", &[0]).unwrap();
    assert_eq!(
        *err.lock().unwrap(),
        b"careful",
        "flushed before the VM is dropped"
    );
}
