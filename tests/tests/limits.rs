//! Execution limits and dispatch layers: the step limit and resuming, the
//! interrupt handle, the output cap, tracing and profiling, and the two
//! dispatch strategies agreeing with each other.

use std::time::Duration;
use vm::{Config, Dispatch, Trap};

fn module(src: &str) -> vm::Module {
    vm::Module::from_image(tests::assemble(src, "limits.vvs")).expect("loads")
}

const FOREVER: &str = ".func main\n movi.i64 r0, 0\nloop:\n addi.i64 r0, r0, 1\n jmp loop\n.end\n";

/// Counts to N in a loop with one branch per iteration, then prints N.
fn count_to(n: u64) -> String {
    format!(
        ".func main\n movi.i64 r0, 0\n movi.i64 r1, {n}\nloop:\n addi.i64 r0, r0, 1\n blt.i64 r0, r1, loop\n print.i64 r0\n halt r2\n.end\n"
    )
}

/// The dispatch strategies usable in this build: threaded dispatch needs an
/// optimised build (unoptimised tail calls grow the host stack).
fn strategies() -> Vec<Dispatch> {
    if cfg!(debug_assertions) {
        vec![Dispatch::Loop]
    } else {
        vec![Dispatch::Loop, Dispatch::Threaded]
    }
}

#[test]
fn infinite_loop_stops_at_the_step_limit_and_names_the_place() {
    for dispatch in strategies() {
        let m = module(FOREVER);
        let config = Config {
            max_steps: Some(1000),
            dispatch,
            ..Default::default()
        };
        let mut vm = vm::Vm::new(&m, &config).unwrap();
        let err = vm.run().unwrap_err();
        assert_eq!(err.trap, Trap::StepLimit { limit: 1000 }, "{dispatch:?}");
        let top = err.top().unwrap();
        assert_eq!(
            (top.function.as_str(), top.line),
            ("main", Some(5)),
            "stops at the jmp"
        );
        assert_eq!(vm.step_budget(), Some(0));
    }
}

#[test]
fn a_step_is_a_basic_block_and_runs_resume_exactly() {
    for dispatch in strategies() {
        // 100 iterations = 100 branches: 99 steps are not enough, 100 are.
        let m = module(&count_to(100));
        let config = Config {
            max_steps: Some(99),
            dispatch,
            ..Default::default()
        };
        let mut out = Vec::new();
        let mut vm = vm::Vm::new(&m, &config).unwrap();
        vm.set_output(&mut out);
        assert!(matches!(vm.run().unwrap_err().trap, Trap::StepLimit { .. }));
        assert_eq!(
            vm.resume(1).unwrap(),
            0,
            "{dispatch:?}: one more step finishes"
        );
        drop(vm);
        assert_eq!(
            out, b"100\n",
            "the loop ran exactly once per iteration across the resume"
        );

        let mut vm = vm::Vm::new(
            &m,
            &Config {
                max_steps: Some(100),
                dispatch,
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!(vm.run(), Ok(0));
        assert_eq!(vm.step_budget(), Some(0));
    }
}

#[test]
fn resume_without_a_step_stop_is_refused() {
    let m = module(&count_to(3));
    let mut vm = vm::Vm::new(&m, &Config::default()).unwrap();
    assert_eq!(vm.run(), Ok(0));
    assert_eq!(vm.resume(10).unwrap_err().trap, Trap::NotResumable);
}

#[test]
fn another_thread_can_interrupt_a_running_vm() {
    for dispatch in strategies() {
        let m = module(FOREVER);
        let config = Config {
            dispatch,
            ..Default::default()
        };
        let mut vm = vm::Vm::new(&m, &config).unwrap();
        let handle = vm.interrupt_handle();
        let t = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(50));
            handle.interrupt();
        });
        let err = vm.run().unwrap_err();
        t.join().unwrap();
        assert_eq!(err.trap, Trap::Interrupted, "{dispatch:?}");
        // The interrupted run can continue (and be interrupted again).
        let handle = vm.interrupt_handle();
        handle.interrupt();
        assert_eq!(vm.resume(0).unwrap_err().trap, Trap::Interrupted);
    }
}

#[test]
fn output_cap_traps_without_writing_past_it() {
    let src = ".func main\n movi.i64 r0, 7\nloop:\n print.i64 r0\n jmp loop\n.end\n";
    let m = module(src);
    let config = Config {
        max_output: Some(10),
        max_steps: Some(1_000_000),
        ..Default::default()
    };
    let mut out = Vec::new();
    let mut vm = vm::Vm::new(&m, &config).unwrap();
    vm.set_output(&mut out);
    let err = vm.run().unwrap_err();
    assert!(
        matches!(&err.trap, Trap::Output(m) if m.contains("output limit exceeded")),
        "{err}"
    );
    drop(vm);
    assert!(out.len() <= 10, "wrote {} bytes", out.len());
}

#[test]
fn tracer_shows_instructions_register_changes_calls_and_returns() {
    let src = ".func main\n movi.i64 r0, 20\n call twice, r0\n halt r1\n.end\n.func twice\n add.i64 r1, r0, r0\n ret r1\n.end\n";
    let m = module(src);
    let mut vm = vm::Vm::new(&m, &Config::default()).unwrap();
    let mut trace = Vec::new();
    let mut tracer = vm::observe::Tracer::new(&mut trace);
    // `halt r1` exits with 40: the callee window clobbered the caller's r1.
    assert_eq!(vm.run_observed(&mut tracer), Ok(40));
    drop(tracer);
    let trace = String::from_utf8(trace).unwrap();
    let lines: Vec<&str> = trace.lines().collect();
    assert_eq!(lines.len(), 5, "{trace}");
    assert!(
        lines[0].starts_with("main+0x0000  movi.i64 r0, 20") && lines[0].ends_with("r0 = 20"),
        "{trace}"
    );
    assert!(
        lines[1].contains("call twice, r0") && lines[1].ends_with("-> twice"),
        "{trace}"
    );
    assert!(
        lines[2].starts_with("twice+0x0000  add.i64 r1, r0, r0") && lines[2].ends_with("r1 = 40"),
        "{trace}"
    );
    assert!(lines[3].ends_with("<- main (returned 40)"), "{trace}");
    assert!(lines[4].contains("halt r1"), "{trace}");
}

/// Runs `m` under the profiler with `config`: the profile report and the output.
fn profile(m: &vm::Module, config: &Config) -> (String, String) {
    let mut out = Vec::new();
    let mut vm = vm::Vm::new(m, config).unwrap();
    vm.set_output(&mut out);
    let mut p = vm::observe::Profiler::new(&vm);
    assert_eq!(vm.run_observed(&mut p), Ok(0));
    let mut report = Vec::new();
    p.report(&vm, &mut report).unwrap();
    drop(vm);
    (
        String::from_utf8(report).unwrap(),
        String::from_utf8(out).unwrap(),
    )
}

/// Whether some line of `report` starts with `name` and shows `count`.
fn reports(report: &str, name: &str, count: u64) -> bool {
    report
        .lines()
        .any(|l| l.starts_with(name) && l.contains(&format!(" {count} ")))
}

/// Step counting works in chunks of 4096 steps: a dispatch that uses up its
/// chunk stops before the instruction and reruns it after refuelling. An
/// observer must still see every instruction exactly once.
#[test]
fn observers_see_each_instruction_once_across_refuels() {
    let m = module(&count_to(10_000));
    for max_steps in [None, Some(1_000_000)] {
        let config = Config {
            max_steps,
            ..Default::default()
        };
        let (report, out) = profile(&m, &config);
        // 2 movi + 10000 x (addi + blt) + print + halt
        assert!(
            report.starts_with("profile: 20004 instructions"),
            "{max_steps:?}: {report}"
        );
        assert!(
            reports(&report, "blt.i64", 10_000),
            "{max_steps:?}: {report}"
        );
        assert_eq!(out, "10000\n");
    }
}

#[test]
fn profiler_counts_opcodes_and_functions() {
    let (report, _) = profile(&module(&count_to(50)), &Config::default());
    // 2 movi + 50 x (addi + blt) + print + halt
    assert!(report.starts_with("profile: 104 instructions"), "{report}");
    assert!(reports(&report, "addi.i64", 50), "{report}");
    assert!(reports(&report, "main", 104), "{report}");
}

/// Both dispatch strategies give identical results on every spec example.
#[cfg(not(debug_assertions))]
#[test]
fn threaded_and_loop_dispatch_agree_on_every_example() {
    for info in vm::isa::INSTRUCTIONS.iter() {
        for ex in info.examples {
            let src = tests::example_program(ex.code);
            let m = module(&src);
            let run = |dispatch| {
                let mut out = Vec::new();
                let r = vm::run(
                    &m,
                    &Config {
                        dispatch,
                        args: tests::SPEC_ARGS.map(String::from).to_vec(),
                        ..Default::default()
                    },
                    &mut out,
                );
                (out, r.map_err(|e| e.to_string()))
            };
            assert_eq!(
                run(Dispatch::Loop),
                run(Dispatch::Threaded),
                "{}",
                info.mnemonic
            );
        }
    }
}

/// Threaded dispatch must really compile to jumps: 100 million instructions on
/// a 64 KiB thread stack would overflow at once if any step were a real call.
#[cfg(not(debug_assertions))]
#[test]
fn threaded_dispatch_uses_tail_calls() {
    let m = module(&count_to(50_000_000));
    let r = std::thread::Builder::new()
        .stack_size(64 * 1024)
        .spawn(move || {
            let mut out = Vec::new();
            let r = vm::run(
                &m,
                &Config {
                    dispatch: Dispatch::Threaded,
                    ..Default::default()
                },
                &mut out,
            );
            (r, out)
        })
        .unwrap()
        .join()
        .expect("the VM thread finished");
    assert_eq!(r, (Ok(0), b"50000000\n".to_vec()));
}
