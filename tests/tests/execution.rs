//! Random verified programs never panic the VM.
//!
//! The verifier's promise is that loaded code cannot make the VM misbehave:
//! whatever the operand values, every instruction either completes or traps.
//! The workspace's own crates build with overflow checks in tests, so a
//! handler doing unchecked arithmetic on program values would panic here.
//!
//! Programs are random sequences of every instruction with random operands,
//! shaped only so that they terminate: branches jump forward, calls go to
//! later functions, and the register-indirect `jmpr`/`callr` are left out.

use proptest::prelude::*;
use vm::isa::{DataRef, FuncRef, ImportRef, Instr, Label, Opcode, OperandKind, OperandValue, Reg};
use vm::vve::{FunctionEntry, Image};

/// Registers used by the random programs: few, so that values flow between
/// instructions.
const REGS: u64 = 8;

fn excluded(op: Opcode) -> bool {
    matches!(op, Opcode::Jmpr | Opcode::Callr)
}

fn operand(kind: OperandKind, bits: u64) -> OperandValue {
    use vm::isa::ImmType::*;
    match kind {
        OperandKind::Reg => OperandValue::Reg(Reg((bits % REGS) as u8)),
        OperandKind::Imm(t) => {
            // Small values half the time: they make addresses, sizes and
            // shift amounts that do something instead of trapping at once.
            // Otherwise random bits, or small negative numbers (huge unsigned).
            let small = bits & 3 < 2;
            let b = match bits & 3 {
                0 | 1 => (bits >> 2) % 64,
                2 => bits,
                _ => ((bits >> 2) % 64).wrapping_neg(),
            };
            match t {
                I8 => OperandValue::I8(b as i8),
                I16 => OperandValue::I16(b as i16),
                I32 => OperandValue::I32(b as i32),
                I64 => OperandValue::I64(b as i64),
                U8 => OperandValue::U8(b as u8),
                U16 => OperandValue::U16(b as u16),
                U32 => OperandValue::U32(b as u32),
                U64 => OperandValue::U64(b),
                F32 => OperandValue::F32(if small {
                    b as f32
                } else {
                    f32::from_bits(b as u32)
                }),
                F64 => OperandValue::F64(if small { b as f64 } else { f64::from_bits(b) }),
            }
        }
        OperandKind::Label | OperandKind::Data | OperandKind::Func | OperandKind::Import => {
            unreachable!("handled by the caller")
        }
    }
}

type Body = Vec<(usize, Vec<u64>)>;

fn build(funcs: &[Body], data: &[u8]) -> Image {
    let ops: Vec<Opcode> = Opcode::ALL.into_iter().filter(|o| !excluded(*o)).collect();
    let nfuncs = funcs.len();
    let mut code = Vec::new();
    let mut functions = Vec::new();
    for (f, body) in funcs.iter().enumerate() {
        // Instruction starts of this function, to aim branches at.
        let instrs: Vec<Opcode> = body
            .iter()
            .map(|(o, _)| match ops[o % ops.len()] {
                Opcode::Call if f + 1 == nfuncs => Opcode::Nop, // no later function
                op => op,
            })
            .collect();
        let mut starts = Vec::new();
        let mut off = code.len() as u32;
        for op in &instrs {
            starts.push(off);
            off += op.size() as u32;
        }
        starts.push(off); // the final `halt`
        functions.push(FunctionEntry {
            name: format!("f{f}"),
            offset: starts[0],
            nregs: REGS as u16,
        });
        for (i, (&op, (_, raw))) in instrs.iter().zip(body).enumerate() {
            let vals: Vec<OperandValue> = op
                .info()
                .operands
                .iter()
                .zip(raw)
                .map(|(o, &b)| match o.kind {
                    // Forward only, so every program terminates.
                    OperandKind::Label => {
                        let ahead = (starts.len() - i - 1) as u64;
                        OperandValue::Label(Label(starts[i + 1 + (b % ahead) as usize]))
                    }
                    // Calls go to a later function, so every program terminates.
                    OperandKind::Func if op == Opcode::Call => {
                        let later = (nfuncs - f - 1) as u64;
                        OperandValue::Func(FuncRef((f as u64 + 1 + b % later) as u32))
                    }
                    OperandKind::Func => OperandValue::Func(FuncRef((b % nfuncs as u64) as u32)),
                    OperandKind::Data => {
                        OperandValue::Data(DataRef((b % (data.len() as u64 + 1)) as u32))
                    }
                    // The spec-test host's functions (two arguments each);
                    // the window must fit the registers or linking refuses it.
                    OperandKind::Import => OperandValue::Import(ImportRef((b % 2) as u32)),
                    OperandKind::Reg if op == Opcode::Hcall => {
                        OperandValue::Reg(Reg((b % (REGS - 1)) as u8))
                    }
                    kind => operand(kind, b),
                })
                .collect();
            let instr = if op == Opcode::Nop {
                Instr::Nop {}
            } else {
                Instr::from_operands(op, &vals).expect("operands match their kinds")
            };
            instr.encode(&mut code);
        }
        Instr::Halt { code: Reg(0) }.encode(&mut code);
    }
    Image {
        fingerprint: vm::isa::FINGERPRINT,
        entry: 0,
        code,
        data: data.to_vec(),
        functions,
        imports: vec!["add_i64".into(), "checked_div".into()],
        lines: Vec::new(),
        source: "random.vvs".into(),
        ..Default::default()
    }
}

fn config() -> vm::Config {
    let mut c = vm::Config {
        max_recursion: 16,
        ..Default::default()
    };
    c.memory.stack = 4096;
    c.memory.init_heap = 4096;
    c.memory.max = 1 << 20;
    c
}

fn program_strategy() -> impl Strategy<Value = Image> {
    let instr = (
        any::<usize>(),
        proptest::collection::vec(any::<u64>(), vm::isa::MAX_OPERANDS),
    );
    (
        proptest::collection::vec(proptest::collection::vec(instr, 0..32), 1..5),
        proptest::collection::vec(any::<u8>(), 0..32),
    )
        .prop_map(|(funcs, data)| build(&funcs, &data))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn random_verified_programs_halt_or_trap(image in program_strategy()) {
        let module = vm::Module::from_image(image)
            .map_err(|e| TestCaseError::fail(format!("generated program does not load: {e}")))?;
        let config = config();
        let mut out = Vec::new();
        let host = tests::spec_host();
        let first = vm::run_with_host(&module, &config, &host, &mut out);
        // Running again from the same module gives the same result: no state
        // leaks between runs.
        let mut again = Vec::new();
        let second = vm::run_with_host(&module, &config, &host, &mut again);
        prop_assert_eq!(&first, &second);
        prop_assert_eq!(out, again);
        if let Err(report) = first {
            // A trap report always locates itself.
            prop_assert!(report.top().is_some(), "{}", report);
        }
    }
}
