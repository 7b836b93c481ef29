//! Cost of one `hcall`: to a Rust host function and to a native (libffi)
//! function, measured as the difference between a loop that makes the call
//! and the same loop without it.
//!
//! ```text
//! cargo run --release -p vm --example call_bench [-- ITERATIONS]
//! ```
//!
//! Each loop iteration sets up two argument registers, makes the call (or
//! not), and counts; the per-call cost printed is
//! `(time with call - time without) / iterations`, best of 5 runs.

use std::time::{Duration, Instant};
use vm::isa::{ImportRef, Instr, Label, Reg};
use vm::vve::{FunctionEntry, Image};

/// main: for i in 0..n { r3 = i; r4 = 1; [hcall imp, r3] } halt 0
fn loop_image(n: i64, call: Option<&str>) -> Image {
    let r = Reg;
    let head = [
        Instr::MoviI64 { dst: r(0), imm: n },
        Instr::MoviI64 { dst: r(1), imm: 0 },
        Instr::MoviI64 { dst: r(2), imm: 1 },
    ];
    let mut code = Vec::new();
    for i in &head {
        i.encode(&mut code);
    }
    let top = code.len() as u32;
    let mut body = vec![
        Instr::Mov {
            dst: r(3),
            src: r(1),
        },
        Instr::Mov {
            dst: r(4),
            src: r(2),
        },
    ];
    if call.is_some() {
        body.push(Instr::Hcall {
            imp: ImportRef(0),
            base: r(3),
        });
    }
    body.push(Instr::AddI64 {
        dst: r(1),
        a: r(1),
        b: r(2),
    });
    body.push(Instr::BltI64 {
        a: r(1),
        b: r(0),
        target: Label(top),
    });
    body.push(Instr::MoviI64 { dst: r(0), imm: 0 });
    body.push(Instr::Halt { code: r(0) });
    for i in &body {
        i.encode(&mut code);
    }
    Image {
        fingerprint: vm::isa::FINGERPRINT,
        entry: 0,
        code,
        data: Vec::new(),
        functions: vec![FunctionEntry {
            name: "main".into(),
            offset: 0,
            nregs: 5,
        }],
        imports: call.map(|c| vec![c.to_string()]).unwrap_or_default(),
        lines: Vec::new(),
        source: "call_bench".into(),
        ..Default::default()
    }
}

fn time(image: Image, host: &vm::Host) -> Duration {
    let module = vm::Module::from_image(image).expect("loads");
    let config = vm::Config::default();
    (0..5)
        .map(|_| {
            let mut vm = vm::Vm::with_host(&module, &config, host).expect("links");
            let t = Instant::now();
            assert_eq!(vm.run(), Ok(0));
            t.elapsed()
        })
        .min()
        .unwrap()
}

fn main() {
    let n: i64 = std::env::args()
        .nth(1)
        .map(|s| s.parse().expect("ITERATIONS is a number"))
        .unwrap_or(10_000_000);
    let mut host = vm::Host::new();
    host.define("add_i64", |a: i64, b: i64| a.wrapping_add(b));
    #[cfg(feature = "native")]
    {
        use std::sync::Arc;
        use vm::ffi::{Library, NativeParam, NativeResult, NativeSig, Scalar};
        let open = |names: &[&str]| {
            // SAFETY: the C library and libm; their initialisers are the
            // process's own.
            let lib = names.iter().find_map(|n| unsafe { Library::new(n) }.ok());
            Arc::new(lib.unwrap_or_else(|| panic!("cannot load any of {names:?}")))
        };
        let libc = open(&["libc.so.6", "libc.dylib"]);
        let libm = open(&["libm.so.6", "libm.dylib"]);
        let sig = |name: &str, s: Scalar, n: usize| NativeSig {
            name: name.into(),
            params: vec![NativeParam::Value(s); n],
            result: NativeResult::Value(s),
        };
        // SAFETY: `int abs(int)` and `double hypot(double, double)`.
        unsafe {
            host.define_native(&libc, sig("abs", Scalar::I32, 1), None)
                .unwrap();
            host.define_native(&libm, sig("hypot", Scalar::F64, 2), None)
                .unwrap();
        }
    }
    let base = time(loop_image(n, None), &host);
    let per = |d: Duration| (d.as_secs_f64() - base.as_secs_f64()) * 1e9 / n as f64;
    println!("{n} iterations");
    println!(
        "loop without a call:        {:8.1} ms  ({:.2} ns/iteration)",
        base.as_secs_f64() * 1e3,
        base.as_secs_f64() * 1e9 / n as f64
    );
    let rust = time(loop_image(n, Some("add_i64")), &host);
    println!(
        "with hcall to a Rust fn:    {:8.1} ms  -> {:.1} ns per host call",
        rust.as_secs_f64() * 1e3,
        per(rust)
    );
    #[cfg(feature = "native")]
    {
        // int abs(int): next to nothing to do, so this is the call overhead.
        let native = time(loop_image(n, Some("abs")), &host);
        println!(
            "with hcall to native abs:   {:8.1} ms  -> {:.1} ns per native call",
            native.as_secs_f64() * 1e3,
            per(native)
        );
        let native = time(loop_image(n, Some("hypot")), &host);
        println!(
            "with hcall to native hypot: {:8.1} ms  -> {:.1} ns per native call (incl. hypot itself)",
            native.as_secs_f64() * 1e3,
            per(native)
        );
    }
}
