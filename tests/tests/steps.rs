//! Steps measure work: an instruction whose work grows with an operand
//! (fill, copy, comparison, scan, output of a string, collection) is charged
//! one step per `vm::isa::WORK_UNIT` bytes of it (the `work` field of its
//! `isa.ron` entry), so `--max-steps` bounds time. Before, one step of
//! `memset` could fill 256 MiB (about 14 ms), and `--max-steps 2000` let a
//! loop of them run for about 28 s.
//!
//! Each bulk shape below runs at 256 MiB in an endless loop under a budget of
//! 2000 steps and must stop with `step limit reached` within a second, with
//! both dispatch strategies; one execution of each is charged the steps its
//! work says; an interrupt stops a loop of them promptly; and a bulk
//! instruction stopped by the limit resumes and completes.
//!
//! Release builds only (`cargo test --release -p tests --test steps`): a debug
//! build fills 256 MiB too slowly for the time bounds to mean anything.

use std::time::{Duration, Instant};
use vm::{CallError, Config, Dispatch, Module, Trap, Vm};

/// 256 MiB.
const BIG: u64 = 0x1000_0000;

/// `setup` allocates two 256 MiB blocks A and B, fills both with `a` and ends
/// each with a NUL, and keeps their addresses in `bufs`; each other function
/// runs one bulk instruction on them forever (the `*_once` ones once): fill,
/// copy and compare 256 MiB - 1 bytes (the NULs stay), search for `z`
/// (absent), take the length, compare the strings, search for `z` up to the
/// NUL, write the string, collect (both blocks are reachable).
const SRC: &str = "
.data
bufs: .u64 0, 0
.code
.func main
    halt r0
.end
.func setup
    movi.u64 r1, 0x10000000
    alloc r2, r1
    alloc r3, r1
    movi.u8 r4, 97
    memset r2, r4, r1
    memset r3, r4, r1
    movi.u64 r0, 0
    st.u8 r2, 268435455, r0
    st.u8 r3, 268435455, r0
    lea r5, bufs
    st.u64 r5, 0, r2
    st.u64 r5, 8, r3
    ret r0
.end
.func ab
    lea r0, bufs
    ld.u64 r1, r0, 0
    ld.u64 r2, r0, 8
    movi.u64 r3, 0x0fffffff
    movi.u8 r4, 122
    movi.u8 r6, 97
    ret r0
.end
.func fill
    call ab, r0
loop:
    memset r1, r6, r3
    jmp loop
.end
.func copy
    call ab, r0
loop:
    memcpy r1, r2, r3
    jmp loop
.end
.func compare
    call ab, r0
loop:
    memcmp r5, r1, r2, r3
    jmp loop
.end
.func search
    call ab, r0
loop:
    memchr r5, r1, r4, r3
    jmp loop
.end
.func length
    call ab, r0
loop:
    strlen r5, r1
    jmp loop
.end
.func strings
    call ab, r0
loop:
    strcmp r5, r1, r2
    jmp loop
.end
.func find
    call ab, r0
loop:
    strchr r5, r1, r4
    jmp loop
.end
.func write
    call ab, r0
loop:
    putstr r1
    jmp loop
.end
.func collect
    call ab, r0
loop:
    gc
    jmp loop
.end
.func fill_once
    call ab, r0
    memset r1, r6, r3
    ret r0
.end
.func length_once
    call ab, r0
    strlen r5, r1
    ret r0
.end
.func compare_once
    call ab, r0
    memcmp r5, r1, r2, r3
    ret r0
.end
.func collect_once
    call ab, r0
    gc
    ret r0
.end
";

const LOOPS: [&str; 9] = [
    "fill", "copy", "compare", "search", "length", "strings", "find", "write", "collect",
];

fn module() -> Module {
    Module::from_image(tests::assemble(SRC, "bulk.vvs")).expect("loads")
}

/// A VM whose `setup` has run (without counting steps).
fn ready<'o>(module: &Module, dispatch: Dispatch) -> Vm<'o> {
    let config = Config {
        dispatch,
        ..Default::default()
    };
    let mut vm = Vm::new(module, &config).expect("instantiates");
    vm.set_output(std::io::sink());
    vm.call("setup", &[]).expect("setup runs");
    vm
}

fn release_only() -> bool {
    if cfg!(debug_assertions) {
        eprintln!("skipped: the time bounds need an optimised build (cargo test --release)");
        return false;
    }
    true
}

#[test]
fn every_bulk_loop_at_256_mib_stops_within_a_second_under_2000_steps() {
    if !release_only() {
        return;
    }
    let module = module();
    for dispatch in [Dispatch::Loop, Dispatch::Threaded] {
        let mut vm = ready(&module, dispatch);
        for f in LOOPS {
            vm.set_step_budget(Some(2000));
            let t = Instant::now();
            let r = vm.call(f, &[]);
            let took = t.elapsed();
            eprintln!("{f} ({dispatch:?}): stopped after {took:?}");
            match r {
                Err(CallError::Trap(rep)) => {
                    assert_eq!(rep.trap, Trap::StepLimit { limit: 2000 }, "{f}: {rep}")
                }
                other => panic!("{f}: {other:?}"),
            }
            assert!(
                took < Duration::from_secs(1),
                "{f} ({dispatch:?}) ran {took:?} under 2000 steps"
            );
        }
    }
}

#[test]
fn one_bulk_instruction_is_charged_its_work() {
    if !release_only() {
        return;
    }
    let module = module();
    let unit = vm::isa::WORK_UNIT;
    // (function, bytes of work, as the `work` rules of isa.ron count them)
    let cases = [
        ("fill_once", BIG - 1),
        ("length_once", BIG - 1),
        ("compare_once", BIG - 1),
        // A collection scans the roots, the data, the stack and both
        // blocks, and sweeps the heap: at least the two blocks.
        ("collect_once", 2 * BIG),
    ];
    for dispatch in [Dispatch::Loop, Dispatch::Threaded] {
        let mut vm = ready(&module, dispatch);
        for (f, work) in cases {
            let budget = 100_000_000;
            vm.set_step_budget(Some(budget));
            vm.call(f, &[]).unwrap_or_else(|e| panic!("{f}: {e:?}"));
            let used = budget - vm.step_budget().unwrap();
            let expected = work / unit;
            eprintln!("{f} ({dispatch:?}): {used} steps for {work} bytes");
            // The work's steps, and a few for the blocks (the call to `ab`,
            // the return). A collection also sweeps the whole heap (both
            // blocks and the room it has grown into): at most the address
            // space more.
            let slack = if f == "collect_once" {
                vm.memory().len() / unit
            } else {
                8
            };
            assert!(
                (expected..=expected + slack).contains(&used),
                "{f} ({dispatch:?}): charged {used} steps, expected {expected} (+{slack})"
            );
        }
    }
}

#[test]
fn without_a_limit_nothing_is_counted() {
    if !release_only() {
        return;
    }
    let module = module();
    let mut vm = ready(&module, Dispatch::Auto);
    vm.call("fill_once", &[]).unwrap();
    assert_eq!(vm.step_budget(), None);
}

#[test]
fn an_interrupt_stops_a_loop_of_bulk_instructions_promptly() {
    if !release_only() {
        return;
    }
    let module = module();
    for dispatch in [Dispatch::Loop, Dispatch::Threaded] {
        for f in ["fill", "length", "collect"] {
            let mut vm = ready(&module, dispatch);
            let handle = vm.interrupt_handle();
            let (tx, rx) = std::sync::mpsc::channel();
            let watchdog = std::thread::spawn(move || {
                std::thread::sleep(Duration::from_millis(200));
                tx.send(Instant::now()).unwrap();
                handle.interrupt();
            });
            let r = vm.call(f, &[]);
            let stopped = Instant::now();
            watchdog.join().unwrap();
            let sent = rx.recv().unwrap();
            let latency = stopped.duration_since(sent);
            eprintln!("{f} ({dispatch:?}): stopped {latency:?} after the interrupt");
            match r {
                Err(CallError::Trap(rep)) => assert_eq!(rep.trap, Trap::Interrupted, "{f}"),
                other => panic!("{f}: {other:?}"),
            }
            assert!(
                latency < Duration::from_secs(1),
                "{f} ({dispatch:?}): {latency:?}"
            );
        }
    }
}

/// A bulk instruction the budget cannot pay for traps before doing anything,
/// and resuming with more steps runs it whole.
#[test]
fn a_bulk_instruction_stopped_by_the_limit_resumes_and_completes() {
    let src = "
.func main
    movi.u64 r1, 1048576
    alloc r2, r1
    movi.u8 r3, 7
    memset r2, r3, r1
    ld.u8 r4, r2, 1048575
    print.u64 r4
    halt r0
.end
";
    let module = Module::from_image(tests::assemble(src, "resume.vvs")).unwrap();
    for dispatch in [Dispatch::Loop, Dispatch::Threaded] {
        let config = Config {
            dispatch,
            max_steps: Some(100),
            ..Default::default()
        };
        let mut out = Vec::new();
        {
            let mut vm = Vm::new(&module, &config).unwrap();
            vm.set_output(&mut out);
            let rep = vm.run().unwrap_err();
            assert_eq!(rep.trap, Trap::StepLimit { limit: 100 });
            assert_eq!(rep.top().unwrap().line, Some(6), "stopped at the memset");
            // 1 MiB is 16384 steps: not enough with 10 000 more.
            let rep = vm.resume(10_000).unwrap_err();
            assert_eq!(rep.top().unwrap().line, Some(6));
            assert_eq!(vm.resume(10_000), Ok(0));
        }
        assert_eq!(String::from_utf8(out).unwrap(), "7\n");
    }
}

/// Host functions that walk guest memory are charged the bytes they touch
/// through `HostContext` (after the call), so an endless loop of calls that
/// each read or scan 256 MiB stops at the budget like a loop of `memcmp`.
const HOST_SRC: &str = "
.data
buf: .u64 0
.code
.func main
    halt r0
.end
.func setup
    movi.u64 r1, 0x10000000
    alloc r2, r1
    movi.u8 r4, 97
    memset r2, r4, r1
    movi.u64 r0, 0
    st.u8 r2, 268435455, r0
    lea r5, buf
    st.u64 r5, 0, r2
    ret r0
.end
.func read_loop
    lea r0, buf
    ld.u64 r1, r0, 0
    movi.u64 r2, 0x0fffffff
loop:
    mov r3, r1
    mov r4, r2
    hcall sum_bytes, r3
    jmp loop
.end
.func scan_loop
    lea r0, buf
    ld.u64 r1, r0, 0
loop:
    mov r3, r1
    hcall c_strlen, r3
    jmp loop
.end
.func scan_once
    lea r0, buf
    ld.u64 r1, r0, 0
    mov r3, r1
    hcall c_strlen, r3
    ret r3
.end
";

fn host() -> vm::Host {
    let mut host = vm::Host::new();
    host.define_with_context(
        "sum_bytes",
        |cx: &mut vm::HostContext, addr: u64, len: u64| {
            let b = cx.read_bytes(addr, len)?;
            Ok::<u64, vm::HostError>(b.iter().map(|&x| u64::from(x)).sum())
        },
    );
    host.define_with_context("c_strlen", |cx: &mut vm::HostContext, s: u64| {
        Ok::<u64, vm::HostError>(cx.read_c_str(s)?.len() as u64)
    });
    host
}

fn host_vm<'o>(module: &Module, host: &vm::Host, dispatch: Dispatch) -> Vm<'o> {
    let config = Config {
        dispatch,
        ..Default::default()
    };
    let mut vm = Vm::with_host(module, &config, host).expect("instantiates");
    vm.call("setup", &[]).expect("setup runs");
    vm
}

#[test]
fn host_calls_that_walk_memory_stop_within_a_second_under_2000_steps() {
    if !release_only() {
        return;
    }
    let module = Module::from_image(tests::assemble(HOST_SRC, "host.vvs")).expect("loads");
    let host = host();
    for dispatch in [Dispatch::Loop, Dispatch::Threaded] {
        let mut vm = host_vm(&module, &host, dispatch);
        for f in ["read_loop", "scan_loop"] {
            vm.set_step_budget(Some(2000));
            let t = Instant::now();
            let r = vm.call(f, &[]);
            let took = t.elapsed();
            eprintln!("{f} ({dispatch:?}): stopped after {took:?}");
            match r {
                Err(CallError::Trap(rep)) => {
                    assert_eq!(rep.trap, Trap::StepLimit { limit: 2000 }, "{f}: {rep}")
                }
                other => panic!("{f}: {other:?}"),
            }
            assert!(
                took < Duration::from_secs(1),
                "{f} ({dispatch:?}) ran {took:?} under 2000 steps"
            );
        }
        // One scan is charged its bytes (the string and its NUL), plus the
        // step of its block.
        let budget = 100_000_000;
        vm.set_step_budget(Some(budget));
        let len = vm.call("scan_once", &[]).expect("runs");
        assert_eq!(len, BIG - 1);
        let used = budget - vm.step_budget().unwrap();
        let expected = BIG / vm::isa::WORK_UNIT;
        assert!(
            (expected..=expected + 4).contains(&used),
            "scan_once ({dispatch:?}): charged {used} steps, expected {expected}"
        );
    }
}
