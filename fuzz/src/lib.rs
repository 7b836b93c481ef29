//! Shared by the fuzz targets: the run limits, the differential run (match
//! loop twice, then threaded dispatch, all agreeing), the structure-aware
//! program generator of the `exec` target, and the body of every target
//! ([`targets`]): `fuzz_targets/*.rs` only hand libFuzzer's input to them,
//! and the stable smoke fuzzer of the test suite (`tests/tests/fuzz_smoke.rs`,
//! which includes this file with `#[path]`) drives the same bodies with
//! seeded inputs on every CI run.

use arbitrary::{Result, Unstructured};

/// The spec parser of vm-macros (a proc-macro crate, so not a dependency:
/// compiled in from its source; it needs only serde and ron).
#[allow(dead_code)]
#[path = "../../vm-macros/src/spec.rs"]
mod spec;

/// The `capi` target's driver: random sequences of C API calls.
pub mod capi;

use vm::isa::{DataRef, FuncRef, Instr, Label, Opcode, OperandKind, OperandValue, Reg};
use vm::vve::{FunctionEntry, Image};
use vm::{Dispatch, Module};

/// Basic blocks a run may execute. A block is at most a function's length,
/// and one instruction costs at most a pass over the 1 MiB address space
/// (`memcpy`, `prints`, a collection), so this keeps a run well under a second.
pub const MAX_STEPS: u64 = 2_000;

/// Stack for the threaded-dispatch run (see [`run_checked`]); only the pages
/// it touches cost memory.
const THREADED_STACK: usize = 1 << 30;

/// Small limits: 2 000 steps, 64 KiB of output, call depth 64, 4 KiB stack,
/// 4 KiB initial heap, 1 MiB address-space cap.
pub fn config(dispatch: Dispatch) -> vm::Config {
    let mut c = vm::Config {
        max_recursion: 64,
        max_steps: Some(MAX_STEPS),
        max_output: Some(64 << 10),
        dispatch,
        ..Default::default()
    };
    c.memory.stack = 4096;
    c.memory.init_heap = 4096;
    c.memory.max = 1 << 20;
    c
}

/// What one run did.
#[derive(Debug, PartialEq, Eq)]
pub struct Outcome {
    /// Exit status or trap report.
    pub result: std::result::Result<i32, vm::TrapReport>,
    /// Program output.
    pub output: Vec<u8>,
}

/// Runs `module` with [`config`].
pub fn run(module: &Module, dispatch: Dispatch) -> Outcome {
    let mut output = Vec::new();
    let result = vm::run(module, &config(dispatch), &mut output);
    if let Err(report) = &result {
        // Rendering a report must not panic either.
        let _ = report.to_string();
    }
    Outcome { result, output }
}

/// Runs `module` with the match loop twice and with threaded dispatch once,
/// under [`config`]: every run must halt or trap (the step limit ends loops),
/// the same way each time (no state leaks between runs of one module, and the
/// two dispatch strategies agree on output, status, trap and its location),
/// and a trap from running code locates itself.
pub fn run_checked(module: &Module) {
    let first = run(module, Dispatch::Loop);
    let second = run(module, Dispatch::Loop);
    assert_eq!(first, second, "two runs of one module differ");
    // On a big stack: coverage and sanitizer instrumentation can keep LLVM
    // from turning threaded dispatch's tail calls into jumps, and then every
    // instruction executed takes a host stack frame. (That they are jumps in
    // real builds is checked by tests/tests/hostile.rs in release.)
    let threaded = std::thread::scope(|s| {
        std::thread::Builder::new()
            .stack_size(THREADED_STACK)
            .spawn_scoped(s, || run(module, Dispatch::Threaded))
            .expect("spawn the threaded-dispatch run")
            .join()
            .expect("the threaded-dispatch run finished")
    });
    assert_eq!(first, threaded, "loop and threaded dispatch differ");
    if let Err(report) = &first.result {
        if report.backtrace.is_empty() {
            // Only a module that could not be instantiated has no location.
            assert!(
                matches!(report.trap, vm::Trap::Layout(_) | vm::Trap::Link(_)),
                "trap report without a location: {report}"
            );
        }
    }
}

/// Whether the `exec` generator can make operands for `op`: it knows the
/// operand kinds below (imports would need a host to link against).
fn generatable(op: Opcode) -> bool {
    op.info().operands.iter().all(|o| {
        matches!(
            o.kind,
            OperandKind::Reg
                | OperandKind::Imm(_)
                | OperandKind::Label
                | OperandKind::Data
                | OperandKind::Func
        )
    })
}

/// An immediate of `kind` drawn from the input: mostly small or boundary
/// values (they make addresses, sizes and shift amounts that do something),
/// sometimes raw bits.
fn imm(u: &mut Unstructured, t: vm::isa::ImmType) -> Result<OperandValue> {
    use vm::isa::ImmType::*;
    let sel: u8 = u.arbitrary()?;
    let bits: u64 = match sel % 8 {
        0..=2 => u.int_in_range(0..=64)?,
        3 => u.int_in_range(0..=64u64)?.wrapping_neg(),
        4 => *u.choose(&[
            0,
            1,
            u64::MAX,
            i64::MIN as u64,
            i64::MAX as u64,
            u32::MAX as u64,
            i32::MIN as u64,
            i32::MAX as u64,
            0x8000_0000,
            4096,
            1 << 20,
        ])?,
        _ => u.arbitrary()?,
    };
    let float = sel % 8 < 4; // small values as floats, not as tiny bit patterns
    Ok(match t {
        I8 => OperandValue::I8(bits as i8),
        I16 => OperandValue::I16(bits as i16),
        I32 => OperandValue::I32(bits as i32),
        I64 => OperandValue::I64(bits as i64),
        U8 => OperandValue::U8(bits as u8),
        U16 => OperandValue::U16(bits as u16),
        U32 => OperandValue::U32(bits as u32),
        U64 => OperandValue::U64(bits),
        F32 if float => OperandValue::F32(bits as i64 as f32),
        F32 => OperandValue::F32(f32::from_bits(bits as u32)),
        F64 if float => OperandValue::F64(bits as i64 as f64),
        F64 => OperandValue::F64(f64::from_bits(bits)),
    })
}

/// A verified-by-construction program from the input: up to 4 functions of up
/// to 48 instructions, each drawn from the whole instruction set (including
/// `jmpr`, `callr` and recursion) with operands drawn from the input, closed by
/// `halt` or `ret`. Registers stay inside each frame, labels go to instruction
/// boundaries of the same function, function operands index the table and
/// data offsets stay inside the segment, so the loader must accept every
/// program; the step limit ends every run.
pub fn program(u: &mut Unstructured) -> Result<Image> {
    let ops: Vec<Opcode> = Opcode::ALL
        .into_iter()
        .filter(|&o| generatable(o))
        .collect();
    let nfuncs = u.int_in_range(1..=4usize)?;
    let data_len = u.int_in_range(0..=64usize)?;
    let data = u.bytes(data_len)?.to_vec();
    // Opcodes first (so that label targets can be computed), operands second.
    let mut bodies = Vec::new();
    for _ in 0..nfuncs {
        let nregs: u16 = match u.int_in_range(0..=9u8)? {
            9 => u.int_in_range(1..=256)?,
            n => u16::from(n) + 1,
        };
        let n = u.int_in_range(0..=48usize)?;
        let mut body = Vec::with_capacity(n + 1);
        for _ in 0..n {
            body.push(*u.choose(&ops)?);
        }
        bodies.push((nregs, body));
    }
    for (_, body) in &mut bodies {
        body.push(if u.arbitrary()? {
            Opcode::Halt
        } else {
            Opcode::Ret
        });
    }
    let mut code = Vec::new();
    let mut functions = Vec::new();
    for (f, (nregs, body)) in bodies.iter().enumerate() {
        let mut starts = Vec::with_capacity(body.len());
        let mut at = code.len() as u32;
        for op in body {
            starts.push(at);
            at += op.size() as u32;
        }
        functions.push(FunctionEntry {
            name: format!("f{f}"),
            offset: starts[0],
            nregs: *nregs,
        });
        for (i, &op) in body.iter().enumerate() {
            let mut vals = Vec::new();
            for o in op.info().operands {
                vals.push(match o.kind {
                    OperandKind::Reg => {
                        OperandValue::Reg(Reg(u.int_in_range(0..=(nregs - 1) as u8)?))
                    }
                    OperandKind::Imm(t) => imm(u, t)?,
                    OperandKind::Label => {
                        // Mostly forward, so that more of the code runs.
                        let back = u.ratio(1, 4)?;
                        let range = if back { 0..=i } else { i + 1..=body.len() - 1 };
                        OperandValue::Label(Label(starts[u.int_in_range(range)?]))
                    }
                    OperandKind::Func => {
                        OperandValue::Func(FuncRef(u.int_in_range(0..=nfuncs - 1)? as u32))
                    }
                    OperandKind::Data => {
                        OperandValue::Data(DataRef(u.int_in_range(0..=data.len())? as u32))
                    }
                    _ => unreachable!("imports are filtered out by `generatable`"),
                });
            }
            Instr::from_operands(op, &vals)
                .unwrap_or_else(|| panic!("operands do not fit `{}`", op.mnemonic()))
                .encode(&mut code);
        }
    }
    let mut image = Image::from_vvr(&code, "exec.vvs");
    image.data = data;
    image.functions = functions;
    Ok(image)
}

/// The body of each fuzz target: the input is anything; a panic is a bug.
pub mod targets {
    use vm::vve::{Image, MAGIC};

    use super::spec;

    /// `vve_load`: `.vve` bytes when they start with the magic, raw `.vvr`
    /// code otherwise. Parsing, loading and verifying give a module or an
    /// error; the disassembler does not panic; a parsed image survives
    /// `to_vve`/`from_vve`; a loaded module runs (see [`super::run_checked`]).
    pub fn vve_load(data: &[u8]) {
        let image = if data.starts_with(&MAGIC) {
            match Image::from_vve(data) {
                Ok(image) => {
                    let again =
                        Image::from_vve(&image.to_vve()).expect("a re-serialised image parses");
                    assert_eq!(again, image, "the image changed through to_vve/from_vve");
                    image
                }
                Err(e) => {
                    let _ = e.to_string();
                    return;
                }
            }
        } else {
            Image::from_vvr(data, "fuzz.vvr")
        };
        let _ = asm::disasm::disassemble(&image);
        match vm::Module::from_image(image) {
            Ok(module) => super::run_checked(&module),
            Err(e) => {
                let _ = e.to_string();
            }
        }
    }

    /// `assemble`: UTF-8 text as `.vvs`. An image the assembler produces must
    /// load, survive `.vve`, and disassemble to source that reassembles to
    /// the same code, data, functions and entry; then it runs.
    pub fn assemble(data: &[u8]) {
        let Ok(src) = std::str::from_utf8(data) else {
            return;
        };
        let image = match asm::assemble(src, "fuzz.vvs") {
            Ok(image) => image,
            Err(errors) => {
                assert!(
                    !errors.errors.is_empty(),
                    "assembly failed without an error"
                );
                let _ = errors.render();
                return;
            }
        };
        // `.zero` can ask for up to asm::MAX_DATA (1 GiB) in a few bytes of
        // source; checking and disassembling such images would only be slow.
        if image.data.len() > 1 << 20 {
            return;
        }
        let module = vm::Module::from_image(image.clone())
            .unwrap_or_else(|e| panic!("the assembler produced an image the loader refuses: {e}"));
        let bytes = image.to_vve();
        assert_eq!(
            vm::Image::from_vve(&bytes).as_ref(),
            Ok(&image),
            "the assembled image does not survive .vve"
        );
        let listing = asm::disasm::disassemble(&image);
        match asm::assemble(&listing, "fuzz.dis.vvs") {
            Ok(again) => {
                assert_eq!(
                    again.code, image.code,
                    "disassembly changes the code\n{listing}"
                );
                assert_eq!(
                    (&again.data, again.bss),
                    (&image.data, image.bss),
                    "disassembly changes the data\n{listing}"
                );
                assert_eq!(
                    again.functions, image.functions,
                    "disassembly changes the functions\n{listing}"
                );
                assert_eq!(
                    again.entry, image.entry,
                    "disassembly changes the entry\n{listing}"
                );
            }
            Err(e) => panic!(
                "the disassembly does not reassemble:\n{listing}\n{}",
                e.render()
            ),
        }
        super::run_checked(&module);
    }

    /// `exec`: the input drives [`super::program`]; the loader must accept
    /// every program it makes, and it runs.
    pub fn exec(data: &[u8]) {
        let mut u = arbitrary::Unstructured::new(data);
        let Ok(image) = super::program(&mut u) else {
            return;
        };
        let module = vm::Module::from_image(image)
            .unwrap_or_else(|e| panic!("a generated program is refused: {e}"));
        super::run_checked(&module);
    }

    /// `spec`: UTF-8 text as `isa.ron`. The spec parser of vm-macros returns
    /// a spec or an error with a line and column.
    pub fn spec(data: &[u8]) {
        let Ok(src) = std::str::from_utf8(data) else {
            return;
        };
        match spec::parse(src) {
            Ok(spec) => {
                let _ = spec.fingerprint();
                for inst in &spec.insts {
                    let _ = (inst.size(), inst.camel(), inst.snake());
                }
            }
            Err(e) => {
                assert!(e.line >= 1 && e.col >= 1, "error without a position: {e}");
                let _ = e.to_string();
            }
        }
    }

    /// `native_config`: UTF-8 text as a native library config
    /// (`--native-configs`), parsed as `voxvm` parses one (its RON, and every
    /// prototype by voxcc's declaration parser) without opening the library.
    pub fn native_config(data: &[u8]) {
        let Ok(src) = std::str::from_utf8(data) else {
            return;
        };
        match voxcc::native::check_config_text(src) {
            Ok(n) => assert!(n <= src.len(), "more functions than bytes"),
            // voxcc parses the prototypes on its own thread, which turns a
            // panic into this error.
            Err(e) => assert!(!e.contains("the compiler crashed"), "{e}"),
        }
    }

    /// `capi`: bytes driving a sequence of up to 64 C API calls over three
    /// handles and their modules and interrupters (see [`super::capi`]):
    /// every result is a return code with a message, as voxvm.h says.
    pub fn capi(data: &[u8]) {
        super::capi::run(data);
    }

    /// `cc`: bytes as a C source for voxcc. Compiling gives a program or
    /// diagnostics (never a panic, hang or host stack overflow); a program
    /// runs with the C library's host under the fuzz limits.
    pub fn cc(data: &[u8]) {
        let src = String::from_utf8_lossy(data).into_owned();
        match voxcc::compile(
            &[voxcc::Source::new("fuzz.c", src)],
            &voxcc::Options::default(),
        ) {
            Ok(prog) => {
                let host = voxcc::runtime::host();
                let mut out = Vec::new();
                let config = super::config(vm::Dispatch::Loop);
                if let Err(report) = vm::run_with_host(&prog.module, &config, &host, &mut out) {
                    let _ = report.to_string();
                }
            }
            Err(e) => {
                assert!(
                    !e.errors.is_empty(),
                    "a failed compilation without an error"
                );
                // The compiler thread panicked (voxcc reports it, a bug).
                assert!(
                    !e.errors.iter().any(|m| m == "internal compiler error"),
                    "voxcc crashed:\n{}",
                    e.rendered
                );
            }
        }
    }
}
