//! Embedding voxvm in a Rust program: host functions written as closures,
//! limits, capturing output, running the entry point, calling a function by
//! name, and reading and writing VM memory.
//!
//! ```text
//! cargo run -p vm --example embed              # a built-in demo module
//! cargo run -p vm --example embed -- prog.vve  # your own (assembled by voxasm)
//! ```
//!
//! The demo module is built with the instruction encoder so that this example
//! needs nothing but the `vm` crate; it is what `voxasm` makes of:
//!
//! ```text
//! .data
//! greeting: .string "hello from bytecode"
//! .code
//! .func main
//!     movi.i64 r1, 20
//!     movi.i64 r2, 22
//!     add.i64  r1, r1, r2
//!     hcall log_i64, r1        ; a Rust closure
//!     movi.f64 r1, 3
//!     movi.f64 r2, 4
//!     hcall hypot, r1          ; r1 = hypot(3, 4)
//!     print.f64 r1
//!     lea r1, greeting
//!     hcall shout, r1          ; r1 = a new heap string, upper-cased by Rust
//!     putstr r1
//!     movi.u8 r1, 10
//!     putc r1
//!     movi.i64 r0, 0
//!     halt r0
//! .end
//! .func square                 ; called from Rust: square(x) = x * x
//!     mul.i64 r0, r0, r0
//!     ret r0
//! .end
//! .func bump                   ; called from Rust: *(i64*)addr += 1, returns it
//!     ld.i64 r1, r0, 0
//!     inc.i64 r1
//!     st.i64 r0, 0, r1
//!     ret r1
//! .end
//! ```

use std::sync::{Arc, Mutex};
use vm::isa::{DataRef, ImportRef, Instr, Reg};
use vm::vve::{FunctionEntry, Image};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // 1. A module, from a file or built in.
    let module = match std::env::args().nth(1) {
        Some(path) => vm::Module::from_file(path)?,
        None => vm::Module::from_image(demo())?,
    };
    println!("imports: {:?}", module.imports());

    // 2. Host functions: typed closures, called from bytecode by name.
    let logged = Arc::new(Mutex::new(Vec::new()));
    let mut host = vm::Host::new();
    let sink = logged.clone();
    host.define("log_i64", move |x: i64| sink.lock().unwrap().push(x));
    host.define("hypot", |x: f64, y: f64| x.hypot(y));
    // With a context: checked access to VM memory and the heap. Errors
    // (`?` on an out-of-bounds access, or a HostError) trap the program.
    host.define_with_context(
        "shout",
        |cx: &mut vm::HostContext, s: u64| -> Result<u64, vm::HostError> {
            let text = cx.read_c_str(s)?.to_ascii_uppercase();
            let len = text.len() as u64;
            let copy = cx.alloc(len + 1)?;
            cx.write_bytes(copy, &text)?;
            cx.write_bytes(copy + len, &[0])?;
            Ok(copy)
        },
    );

    // 3. Limits.
    let config = vm::Config {
        max_recursion: 10_000,
        memory: vm::MemoryConfig {
            max: 64 << 20,
            ..Default::default()
        },
        ..Default::default()
    };

    // 4. Linking happens here: an import the host does not define is an
    //    error naming it, before anything runs.
    let mut output = Vec::new();
    {
        let mut vm = vm::Vm::with_host(&module, &config, &host)?;
        vm.set_output(&mut output);
        let status = vm.run()?;
        println!("run: exit status {status}");

        // 5. Call functions by name; arguments and results are register bits.
        if module.program().function("square").is_some() {
            println!("square(12) = {}", vm.call("square", &[12])?);
            let r = vm.call("square", &[vm::RegValue::to_bits(-9i64)])?;
            println!("square(-9) = {}", r as i64);
        }

        // 6. VM memory: allocate, write, let bytecode work on it, read back.
        if module.program().function("bump").is_some() {
            let cell = vm.heap_alloc(8)?;
            vm.write(cell, 41i64)?;
            let returned = vm.call("bump", &[cell])?;
            println!(
                "bump: returned {returned}, memory now holds {}",
                vm.read::<i64>(cell)?
            );
            vm.heap_free(cell)?;
        }
        // Accessors are checked: address 0 is in the null guard.
        println!("read at 0: {}", vm.read::<u8>(0).unwrap_err());
    }
    print!("program output:\n{}", String::from_utf8_lossy(&output));
    println!("log_i64 saw {:?}", logged.lock().unwrap());

    // 7. A module whose imports are not all defined is refused when linked.
    let err = vm::Vm::new(&module, &config).err();
    if let Some(e) = err {
        println!("without a host: {e}");
    }
    Ok(())
}

/// The demo module shown in the file's documentation.
fn demo() -> Image {
    let greeting = b"hello from bytecode\0".to_vec();
    let r = Reg;
    let main = [
        Instr::MoviI64 { dst: r(1), imm: 20 },
        Instr::MoviI64 { dst: r(2), imm: 22 },
        Instr::AddI64 {
            dst: r(1),
            a: r(1),
            b: r(2),
        },
        Instr::Hcall {
            imp: ImportRef(0),
            base: r(1),
        },
        Instr::MoviF64 {
            dst: r(1),
            imm: 3.0,
        },
        Instr::MoviF64 {
            dst: r(2),
            imm: 4.0,
        },
        Instr::Hcall {
            imp: ImportRef(1),
            base: r(1),
        },
        Instr::PrintF64 { src: r(1) },
        Instr::Lea {
            dst: r(1),
            sym: DataRef(0),
        },
        Instr::Hcall {
            imp: ImportRef(2),
            base: r(1),
        },
        Instr::Putstr { addr: r(1) },
        Instr::MoviU8 { dst: r(1), imm: 10 },
        Instr::Putc { src: r(1) },
        Instr::MoviI64 { dst: r(0), imm: 0 },
        Instr::Halt { code: r(0) },
    ];
    let square = [
        Instr::MulI64 {
            dst: r(0),
            a: r(0),
            b: r(0),
        },
        Instr::Ret { src: r(0) },
    ];
    let bump = [
        Instr::LdI64 {
            dst: r(1),
            base: r(0),
            off: 0,
        },
        Instr::IncI64 { dst: r(1) },
        Instr::StI64 {
            base: r(0),
            off: 0,
            src: r(1),
        },
        Instr::Ret { src: r(1) },
    ];
    let mut code = Vec::new();
    let mut functions = Vec::new();
    for (name, nregs, body) in [
        ("main", 3, &main[..]),
        ("square", 1, &square[..]),
        ("bump", 2, &bump[..]),
    ] {
        functions.push(FunctionEntry {
            name: name.into(),
            offset: code.len() as u32,
            nregs,
        });
        for i in body {
            i.encode(&mut code);
        }
    }
    Image {
        fingerprint: vm::isa::FINGERPRINT,
        entry: 0,
        code,
        data: greeting,
        functions,
        imports: vec!["log_i64".into(), "hypot".into(), "shout".into()],
        lines: Vec::new(),
        source: "embed-demo".into(),
        ..Default::default()
    }
}
