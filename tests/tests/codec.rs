//! The generated encoder/decoder and the disassembler, property-tested:
//! every opcode round-trips through its encoding with random operands, random
//! bytes never make the decoder panic, every truncation is an error, and
//! disassembled code reassembles to the same bytes.

use proptest::prelude::*;
use vm::isa::{
    DataRef, FuncRef, ImmType, ImportRef, Instr, Label, Opcode, OperandKind, OperandValue, Reg,
    INSTRUCTIONS,
};
use vm::vve::{FunctionEntry, Image};

/// An operand value of `kind` made from random bits.
fn value(kind: OperandKind, bits: u64) -> OperandValue {
    match kind {
        OperandKind::Reg => OperandValue::Reg(Reg(bits as u8)),
        OperandKind::Imm(t) => match t {
            ImmType::I8 => OperandValue::I8(bits as i8),
            ImmType::I16 => OperandValue::I16(bits as i16),
            ImmType::I32 => OperandValue::I32(bits as i32),
            ImmType::I64 => OperandValue::I64(bits as i64),
            ImmType::U8 => OperandValue::U8(bits as u8),
            ImmType::U16 => OperandValue::U16(bits as u16),
            ImmType::U32 => OperandValue::U32(bits as u32),
            ImmType::U64 => OperandValue::U64(bits),
            ImmType::F32 => OperandValue::F32(f32::from_bits(bits as u32)),
            ImmType::F64 => OperandValue::F64(f64::from_bits(bits)),
        },
        OperandKind::Label => OperandValue::Label(Label(bits as u32)),
        OperandKind::Data => OperandValue::Data(DataRef(bits as u32)),
        OperandKind::Func => OperandValue::Func(FuncRef(bits as u32)),
        OperandKind::Import => OperandValue::Import(ImportRef(bits as u32)),
    }
}

/// An operand as (kind tag, raw bits): floats compare by bits, so NaN payloads
/// and the sign of zero count.
fn bits(v: &OperandValue) -> (u8, u64) {
    match *v {
        OperandValue::Reg(r) => (0, u64::from(r.0)),
        OperandValue::I8(x) => (1, x as u64),
        OperandValue::I16(x) => (2, x as u64),
        OperandValue::I32(x) => (3, x as u64),
        OperandValue::I64(x) => (4, x as u64),
        OperandValue::U8(x) => (5, u64::from(x)),
        OperandValue::U16(x) => (6, u64::from(x)),
        OperandValue::U32(x) => (7, u64::from(x)),
        OperandValue::U64(x) => (8, x),
        OperandValue::F32(x) => (9, u64::from(x.to_bits())),
        OperandValue::F64(x) => (10, x.to_bits()),
        OperandValue::Label(l) => (11, u64::from(l.0)),
        OperandValue::Data(d) => (12, u64::from(d.0)),
        OperandValue::Func(f) => (13, u64::from(f.0)),
        OperandValue::Import(i) => (14, u64::from(i.0)),
    }
}

/// The import table of the random images (some entries may go unused).
const IMPORTS: [&str; 3] = ["host_a", "host_b", "host_c"];

fn all_bits(i: &Instr) -> Vec<(u8, u64)> {
    i.operands().iter().map(bits).collect()
}

/// Builds `op` with operands from `raw` (one word per operand).
fn build(op: Opcode, raw: &[u64]) -> Instr {
    let vals: Vec<OperandValue> = op
        .info()
        .operands
        .iter()
        .zip(raw)
        .map(|(o, &b)| value(o.kind, b))
        .collect();
    Instr::from_operands(op, &vals)
        .unwrap_or_else(|| panic!("{}: from_operands refused {vals:?}", op.mnemonic()))
}

/// Interesting raw words: zero, extremes, float specials and their neighbours.
const SPECIAL: [u64; 12] = [
    0,
    1,
    u64::MAX,
    1 << 63,
    0x7fff_ffff_ffff_ffff,
    0x7ff8_0000_0000_0001, // f64 NaN with a payload
    0xfff0_0000_0000_0000, // f64 -inf
    0x8000_0000_0000_0000, // f64 -0.0
    0x7fc0_0001,           // f32 NaN with a payload
    0xff80_0000,           // f32 -inf
    0x8000_0000,           // f32 -0.0 / i32::MIN
    0x0000_0000_0000_0001, // smallest subnormal
];

#[track_caller]
fn assert_round_trip(instr: Instr) {
    let op = instr.opcode();
    let mut bytes = vec![0xAA]; // decode at a non-zero offset
    instr.encode(&mut bytes);
    assert_eq!(
        bytes.len() - 1,
        op.size(),
        "{}: encoded size",
        op.mnemonic()
    );
    assert_eq!(
        bytes.len() - 1,
        op.info().size,
        "{}: info().size",
        op.mnemonic()
    );
    assert_eq!(
        u16::from_le_bytes([bytes[1], bytes[2]]),
        op.info().opcode,
        "{}: opcode bytes",
        op.mnemonic()
    );
    let (back, len) = Instr::decode(&bytes, 1)
        .unwrap_or_else(|e| panic!("{}: decoding its own encoding failed: {e}", op.mnemonic()));
    assert_eq!(len, op.size(), "{}: decoded length", op.mnemonic());
    assert_eq!(back.opcode(), op);
    assert_eq!(all_bits(&back), all_bits(&instr), "{}", op.mnemonic());
    let mut again = vec![0xAA];
    back.encode(&mut again);
    assert_eq!(again, bytes, "{}: re-encoding differs", op.mnemonic());
}

#[test]
fn opcode_tables_agree() {
    assert_eq!(Opcode::ALL.len(), INSTRUCTIONS.len());
    for (i, op) in Opcode::ALL.iter().enumerate() {
        let info = op.info();
        assert_eq!(op.index(), i);
        assert_eq!(info.mnemonic, op.mnemonic());
        assert_eq!(Opcode::from_mnemonic(info.mnemonic), Some(*op));
        assert_eq!(Opcode::from_u16(info.opcode), Some(*op));
        assert_eq!(
            info.size,
            2 + info.operands.iter().map(|o| o.kind.size()).sum::<usize>()
        );
    }
    let mut codes: Vec<u16> = INSTRUCTIONS.iter().map(|i| i.opcode).collect();
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), INSTRUCTIONS.len(), "opcodes are unique");
}

#[test]
fn every_opcode_round_trips_special_values() {
    for op in Opcode::ALL {
        for &s in &SPECIAL {
            let n = op.info().operands.len();
            assert_round_trip(build(op, &vec![s; n]));
        }
    }
}

#[test]
fn every_truncation_of_every_encoding_is_an_error() {
    for op in Opcode::ALL {
        let n = op.info().operands.len();
        let mut bytes = Vec::new();
        build(op, &vec![0x0102_0304_0506_0708; n]).encode(&mut bytes);
        for len in 0..bytes.len() {
            match Instr::decode(&bytes[..len], 0) {
                Ok((i, l)) => panic!(
                    "{}: {len} of {} bytes decoded as {i:?} ({l} bytes)",
                    op.mnemonic(),
                    bytes.len()
                ),
                Err(e) => assert_eq!(e.offset(), 0, "{}: {e}", op.mnemonic()),
            }
        }
    }
}

#[test]
fn decoding_past_the_end_is_an_error() {
    let mut bytes = Vec::new();
    Instr::Nop {}.encode(&mut bytes);
    for at in [bytes.len(), bytes.len() + 1, usize::MAX] {
        let e = Instr::decode(&bytes, at).unwrap_err();
        assert_eq!(e.offset(), at);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Every opcode, each time with fresh random operand bits.
    #[test]
    fn every_opcode_round_trips_random_operands(
        raw in proptest::collection::vec(any::<u64>(), vm::isa::MAX_OPERANDS),
    ) {
        for op in Opcode::ALL {
            assert_round_trip(build(op, &raw));
        }
    }

    #[test]
    fn random_bytes_never_panic_the_decoder(
        bytes in proptest::collection::vec(any::<u8>(), 0..48),
        start in 0usize..50,
    ) {
        match Instr::decode(&bytes, start) {
            Ok((i, len)) => {
                prop_assert_eq!(len, i.opcode().size());
                prop_assert!(start + len <= bytes.len());
                let mut re = Vec::new();
                i.encode(&mut re);
                prop_assert_eq!(&re[..], &bytes[start..start + len]);
            }
            Err(e) => prop_assert_eq!(e.offset(), start),
        }
        // Decoding a whole stream stops at the first error, which names an
        // offset inside the input.
        let mut at = 0;
        while at < bytes.len() {
            match Instr::decode(&bytes, at) {
                Ok((_, len)) => at += len,
                Err(e) => {
                    prop_assert!(e.offset() < bytes.len());
                    let hex = format!("{:#x}", e.offset());
                    prop_assert!(e.to_string().contains(&hex), "{} does not name {}", e, hex);
                    break;
                }
            }
        }
    }

    #[test]
    fn random_valid_programs_survive_disassembly(image in program_strategy()) {
        let text = asm::disasm::disassemble(&image);
        let back = asm::assemble(&text, "disasm.vvs")
            .map_err(|e| TestCaseError::fail(format!("{}\n{text}", e.render())))?;
        prop_assert_eq!(&back.code, &image.code, "{}", text);
        // The same data segment (the assembler counts its zero tail).
        let segment = |i: &vm::Image| {
            let mut d = i.data.clone();
            d.resize(i.data.len() + i.bss as usize, 0);
            d
        };
        prop_assert_eq!(segment(&back), segment(&image));
        prop_assert_eq!(&back.functions, &image.functions);
        prop_assert_eq!(back.entry, image.entry);
    }
}

/// Random instruction operands that the assembler can express: labels target
/// instruction starts of the same function, function operands name a
/// function, data operands lie inside the data segment, NaNs are canonical.
fn program_strategy() -> impl Strategy<Value = Image> {
    let instr = (
        0..Opcode::ALL.len(),
        proptest::collection::vec(any::<u64>(), vm::isa::MAX_OPERANDS),
    );
    (
        proptest::collection::vec(proptest::collection::vec(instr, 1..12), 1..4),
        proptest::collection::vec(any::<u8>(), 0..20),
    )
        .prop_map(|(funcs, data)| {
            let nfuncs = funcs.len();
            // Pass 1: opcodes and sizes, to know where instructions start.
            let mut layout = Vec::new();
            let mut off = 0u32;
            for body in &funcs {
                let mut starts = Vec::new();
                for &(o, _) in body {
                    starts.push(off);
                    off += Opcode::ALL[o].size() as u32;
                }
                // Every function ends with a terminator the disassembler keeps.
                starts.push(off);
                off += Opcode::Halt.size() as u32;
                layout.push(starts);
            }
            let mut code = Vec::new();
            let mut functions = Vec::new();
            for (f, body) in funcs.iter().enumerate() {
                let starts = &layout[f];
                let mut regs = 0u16;
                for &(o, ref raw) in body {
                    let op = Opcode::ALL[o];
                    let vals: Vec<OperandValue> = op
                        .info()
                        .operands
                        .iter()
                        .zip(raw)
                        .map(|(k, &b)| match k.kind {
                            OperandKind::Label => {
                                OperandValue::Label(Label(starts[b as usize % starts.len()]))
                            }
                            OperandKind::Func => {
                                OperandValue::Func(FuncRef((b % nfuncs as u64) as u32))
                            }
                            OperandKind::Data => {
                                OperandValue::Data(DataRef((b % (data.len() as u64 + 1)) as u32))
                            }
                            OperandKind::Import => {
                                OperandValue::Import(ImportRef((b % IMPORTS.len() as u64) as u32))
                            }
                            kind => match value(kind, b) {
                                OperandValue::F64(x) if x.is_nan() => OperandValue::F64(f64::NAN),
                                OperandValue::F32(x) if x.is_nan() => OperandValue::F32(f32::NAN),
                                OperandValue::Reg(r) => {
                                    regs = regs.max(u16::from(r.0) + 1);
                                    OperandValue::Reg(r)
                                }
                                v => v,
                            },
                        })
                        .collect();
                    Instr::from_operands(op, &vals).unwrap().encode(&mut code);
                }
                Instr::Halt { code: Reg(0) }.encode(&mut code);
                functions.push(FunctionEntry {
                    name: format!("f{f}"),
                    offset: starts[0],
                    nregs: regs.max(1),
                });
            }
            Image {
                fingerprint: vm::isa::FINGERPRINT,
                entry: 0,
                code,
                data,
                functions,
                imports: IMPORTS.iter().map(|s| s.to_string()).collect(),
                lines: Vec::new(),
                source: "random".into(),
                ..Default::default()
            }
        })
}

/// Assembles, disassembles and reassembles `src`; code, data, functions and
/// entry must survive.
#[track_caller]
fn assert_disasm_round_trip(src: &str, name: &str) {
    let image = tests::assemble(src, name);
    let text = asm::disasm::disassemble(&image);
    let back = asm::assemble(&text, "disasm.vvs").unwrap_or_else(|e| {
        panic!(
            "{name}: disassembly does not reassemble:\n{}\n{text}",
            e.render()
        )
    });
    assert_eq!(back.code, image.code, "{name}: code differs\n{text}");
    assert_eq!(back.data, image.data, "{name}: data differs");
    assert_eq!(back.functions, image.functions, "{name}: functions differ");
    assert_eq!(back.entry, image.entry, "{name}: entry differs");
    assert_eq!(back.flags, image.flags, "{name}: flags differ");
}

#[test]
fn every_spec_example_survives_disassembly() {
    let mut n = 0;
    for info in &INSTRUCTIONS {
        for (k, ex) in info.examples.iter().enumerate() {
            let name = format!("example {k} of {}", info.mnemonic);
            assert_disasm_round_trip(&tests::example_program(ex.code), &name);
            n += 1;
        }
    }
    assert!(n >= INSTRUCTIONS.len());
}

#[test]
fn programs_and_examples_survive_disassembly() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for dir in [root.join("programs"), root.join("../examples")] {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let p = entry.unwrap().path();
            if p.extension().is_some_and(|e| e == "vvs") {
                let src = std::fs::read_to_string(&p).unwrap();
                assert_disasm_round_trip(&src, &p.display().to_string());
            }
        }
    }
}

#[test]
fn nan_payloads_survive_disassembly() {
    let mut code = Vec::new();
    Instr::MoviF64 {
        dst: Reg(0),
        imm: f64::from_bits(0x7ff8_0000_0000_0001),
    }
    .encode(&mut code);
    Instr::MoviF64 {
        dst: Reg(0),
        imm: f64::from_bits(0xfff8_0000_0000_0000),
    }
    .encode(&mut code);
    Instr::MoviF32 {
        dst: Reg(0),
        imm: f32::from_bits(0xffc0_0001),
    }
    .encode(&mut code);
    Instr::Halt { code: Reg(0) }.encode(&mut code);
    let image = Image::from_vvr(&code, "nan.vvr");
    let text = asm::disasm::disassemble(&image);
    let back = asm::assemble(&text, "nan.vvs").unwrap_or_else(|e| panic!("{}", e.render()));
    assert_eq!(back.code, code, "{text}");
}
