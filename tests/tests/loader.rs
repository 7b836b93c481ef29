//! Hostile input for the loader and verifier: images built by hand with
//! [`Instr::encode`] and then broken one rule at a time. Every one must be
//! refused with an error (never a panic), naming what is wrong.

use proptest::prelude::*;
use vm::isa::{DataRef, FuncRef, Instr, Label, Reg, FINGERPRINT};
use vm::vve::{FunctionEntry, Image, FLAG_MANUAL_MEMORY, FORMAT_VERSION, MAGIC};
use vm::{LoadError, Module};

fn encode(instrs: &[Instr]) -> Vec<u8> {
    let mut out = Vec::new();
    for i in instrs {
        i.encode(&mut out);
    }
    out
}

fn size(instrs: &[Instr]) -> u32 {
    instrs.iter().map(|i| i.opcode().size() as u32).sum()
}

/// An image of consecutive functions `(name, nregs, body)`; labels in the bodies
/// are byte offsets into the whole code section.
fn image(funcs: &[(&str, u16, Vec<Instr>)], data: &[u8]) -> Image {
    let mut code = Vec::new();
    let mut functions = Vec::new();
    let mut lines = Vec::new();
    for (name, nregs, body) in funcs {
        functions.push(FunctionEntry {
            name: (*name).into(),
            offset: code.len() as u32,
            nregs: *nregs,
        });
        for i in body {
            lines.push((code.len() as u32, lines.len() as u32 + 1));
            i.encode(&mut code);
        }
    }
    Image {
        fingerprint: FINGERPRINT,
        entry: 0,
        code,
        data: data.to_vec(),
        functions,
        imports: Vec::new(),
        lines,
        source: "hand.vvs".into(),
        ..Default::default()
    }
}

/// main: prints "hi", calls `twice(21)`, prints 42, loops once through a
/// label, halts with 0. A version 3 image with every section in use: manual
/// memory, two source files (`twice` comes from the second), an import
/// declared at a line of the first.
fn valid() -> Image {
    let main_head = vec![
        Instr::Prints { str: DataRef(0) },
        Instr::MoviI64 {
            dst: Reg(1),
            imm: 21,
        },
        Instr::Call {
            func: FuncRef(1),
            base: Reg(1),
        },
        Instr::PrintI64 { src: Reg(1) },
        Instr::MoviI64 {
            dst: Reg(0),
            imm: 0,
        },
    ];
    let tail_at = size(&main_head);
    let mut main = main_head;
    // tail: jz r0, end ; (never reached) jmp tail ; end: halt r0
    let jz_size = Instr::Jz {
        cond: Reg(0),
        target: Label(0),
    }
    .opcode()
    .size() as u32;
    let jmp_size = Instr::Jmp { target: Label(0) }.opcode().size() as u32;
    main.push(Instr::Jz {
        cond: Reg(0),
        target: Label(tail_at + jz_size + jmp_size),
    });
    main.push(Instr::Jmp {
        target: Label(tail_at),
    });
    main.push(Instr::Halt { code: Reg(0) });
    let twice = vec![
        Instr::AddI64 {
            dst: Reg(0),
            a: Reg(0),
            b: Reg(0),
        },
        Instr::Ret { src: Reg(0) },
    ];
    let twice_at = size(&main);
    Image {
        flags: FLAG_MANUAL_MEMORY,
        files: vec!["hand.c".into(), "twice.h".into()],
        file_runs: vec![(0, 0), (twice_at, 1)],
        imports: vec!["unused".into()],
        import_locations: vec![Some((0, 3))],
        ..image(&[("main", 2, main), ("twice", 1, twice)], b"hi\n\0")
    }
}

/// `img` as a version 2 file (what the previous voxasm wrote): the header's
/// flags were a reserved 0, and there were no import locations, file table or
/// file runs.
fn version2(img: &Image) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.extend_from_slice(&2u16.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out.extend_from_slice(&img.fingerprint.to_le_bytes());
    out.extend_from_slice(&img.entry.to_le_bytes());
    for section in [&img.code, &img.data] {
        out.extend_from_slice(&(section.len() as u32).to_le_bytes());
        out.extend_from_slice(section);
    }
    let name = |out: &mut Vec<u8>, s: &str| {
        out.extend_from_slice(&(s.len() as u16).to_le_bytes());
        out.extend_from_slice(s.as_bytes());
    };
    out.extend_from_slice(&(img.functions.len() as u32).to_le_bytes());
    for f in &img.functions {
        out.extend_from_slice(&f.offset.to_le_bytes());
        out.extend_from_slice(&f.nregs.to_le_bytes());
        name(&mut out, &f.name);
    }
    out.extend_from_slice(&(img.imports.len() as u32).to_le_bytes());
    for i in &img.imports {
        name(&mut out, i);
    }
    out.extend_from_slice(&(img.lines.len() as u32).to_le_bytes());
    for (pc, line) in &img.lines {
        out.extend_from_slice(&pc.to_le_bytes());
        out.extend_from_slice(&line.to_le_bytes());
    }
    name(&mut out, &img.source);
    out
}

fn load(img: Image) -> Result<Module, LoadError> {
    Module::from_image(img)
}

/// Loading must fail with a verifier error whose message contains `needle`.
#[track_caller]
fn refused(img: Image, needle: &str) -> LoadError {
    match load(img) {
        Ok(_) => panic!("loaded although it should be refused ({needle})"),
        Err(e) => {
            let text = e.to_string();
            assert!(
                text.contains(needle),
                "error `{text}` does not mention `{needle}`"
            );
            e
        }
    }
}

/// A host that defines the import of [`valid`].
fn host() -> vm::Host {
    let mut host = vm::Host::new();
    host.define("unused", || ());
    host
}

#[test]
fn the_valid_image_loads_and_runs() {
    let module = load(valid()).expect("valid image loads");
    let mut out = Vec::new();
    let status =
        vm::run_with_host(&module, &vm::Config::default(), &host(), &mut out).expect("runs");
    assert_eq!(
        (status, String::from_utf8(out).unwrap()),
        (0, "hi\n42\n".into())
    );
    let from_file = Module::from_vve(&valid().to_vve()).expect("round trip through .vve");
    assert_eq!(from_file.program().code, module.program().code);
}

#[test]
fn every_truncation_of_a_vve_is_an_error() {
    let bytes = valid().to_vve();
    for n in 0..bytes.len() {
        match Module::from_vve(&bytes[..n]) {
            Ok(_) => panic!("truncated to {n} of {} bytes but loaded", bytes.len()),
            Err(LoadError::Format(e)) => assert!(e.offset <= n, "length {n}: {e}"),
            Err(e) => panic!("length {n}: expected a format error, got {e}"),
        }
    }
    assert!(Module::from_vve(&bytes).is_ok());
}

#[test]
fn trailing_bytes_are_refused() {
    let mut bytes = valid().to_vve();
    bytes.extend_from_slice(b"xx");
    let e = Module::from_vve(&bytes).unwrap_err();
    assert!(e.to_string().contains("2 unexpected bytes"), "{e}");
}

#[test]
fn wrong_magic_is_refused() {
    let mut bytes = valid().to_vve();
    assert_eq!(bytes[..4], MAGIC);
    bytes[1] = b'X';
    let e = Module::from_vve(&bytes).unwrap_err();
    assert!(matches!(&e, LoadError::Format(f) if f.offset == 0), "{e}");
    assert!(e.to_string().contains("not a .vve file"), "{e}");
    // Something that is not a .vve at all, e.g. a source file.
    let e = Module::from_vve(b".func main\n halt r0\n.end\n").unwrap_err();
    assert!(e.to_string().contains("not a .vve file"), "{e}");
}

#[test]
fn wrong_version_is_refused() {
    let mut bytes = valid().to_vve();
    for v in [1, FORMAT_VERSION + 1] {
        bytes[4..6].copy_from_slice(&v.to_le_bytes());
        let e = Module::from_vve(&bytes).unwrap_err();
        let text = e.to_string();
        assert!(text.contains(&format!("version {v} is not")), "{text}");
        assert!(
            text.contains(&format!("reads versions 2 to {FORMAT_VERSION}")),
            "{text}"
        );
    }
}

#[test]
fn version_2_files_still_load_and_run() {
    let v3 = Image {
        imports: Vec::new(),
        import_locations: Vec::new(),
        ..valid()
    };
    let bytes = version2(&v3);
    let module = Module::from_vve(&bytes).expect("a version 2 file loads");
    let p = module.program();
    assert!(!p.manual_memory());
    assert!(p.files.is_empty() && p.file_runs.is_empty());
    assert_eq!(p.location(p.functions[1].offset), ("hand.vvs", Some(9)));
    let mut out = Vec::new();
    assert_eq!(vm::run(&module, &vm::Config::default(), &mut out), Ok(0));
    assert_eq!(out, b"hi\n42\n");
    for n in 0..bytes.len() {
        assert!(Module::from_vve(&bytes[..n]).is_err(), "length {n}");
    }
}

#[test]
fn version_3_sections_reach_the_program() {
    let module = Module::from_vve(&valid().to_vve()).expect("loads");
    let p = module.program();
    assert!(p.manual_memory());
    let twice = p.functions[1].offset;
    assert_eq!(p.location(0), ("hand.c", Some(1)));
    assert_eq!(p.location(twice - 1), ("hand.c", Some(8)));
    assert_eq!(p.location(twice), ("twice.h", Some(9)));
    assert_eq!(p.line_of(twice), Some(9));
    assert_eq!(p.import_location(0), Some(("hand.c", 3)));
    // Unresolved, the import says where it was declared.
    let e = vm::Vm::new(&module, &vm::Config::default()).err().unwrap();
    assert!(
        e.to_string()
            .starts_with("unresolved import `unused` (declared at hand.c:3): no host function"),
        "{e}"
    );
}

#[test]
fn unknown_flags_are_refused() {
    let mut bytes = valid().to_vve();
    bytes[6..8].copy_from_slice(&0x8001u16.to_le_bytes());
    let e = Module::from_vve(&bytes).unwrap_err();
    assert!(matches!(&e, LoadError::Format(f) if f.offset == 6), "{e}");
    assert!(e.to_string().contains("unknown flags 0x8000"), "{e}");
    // Also in an image built in memory.
    let img = Image {
        flags: 0x0004,
        ..valid()
    };
    refused(img, "unknown flags 0x0004");
}

#[test]
fn bad_file_runs_are_refused() {
    let mut img = valid();
    img.file_runs[1].1 = 2;
    refused(
        img,
        "rule 8: a file run names file 2 but the file table has 2",
    );
    let mut img = valid();
    img.file_runs.swap(0, 1);
    refused(img, "file runs are not sorted");
    let mut img = valid();
    img.files.clear();
    refused(img, "names file 0 but the file table has 0");
}

#[test]
fn bad_import_locations_are_refused() {
    let mut img = valid();
    img.import_locations = vec![Some((2, 3))];
    refused(img, "rule 9: import 0 `unused` is located at file 2 line 3");
    let mut img = valid();
    img.import_locations = vec![Some((0, 0))];
    refused(img, "lines count from 1");
    let mut img = valid();
    img.import_locations.push(None);
    refused(img, "2 import locations for 1 imports");
    // In the file, a file index without a line is malformed.
    let mut bytes = valid().to_vve();
    let at = bytes.windows(6).position(|w| w == b"unused").unwrap() + 6;
    assert_eq!(bytes[at..at + 8], [0, 0, 0, 0, 3, 0, 0, 0]);
    bytes[at + 4] = 0;
    bytes[at] = 1;
    let e = Module::from_vve(&bytes).unwrap_err();
    assert!(
        e.to_string().contains("has file index 1 but no line"),
        "{e}"
    );
}

#[test]
fn wrong_fingerprint_names_both() {
    let mut img = valid();
    img.fingerprint = FINGERPRINT ^ 0x0123_4567_89ab_cdef;
    let bad = img.fingerprint;
    // Through the file format (bytes 8..16) and through an in-memory image.
    let mut bytes = valid().to_vve();
    assert_eq!(bytes[8..16], FINGERPRINT.to_le_bytes());
    bytes[8..16].copy_from_slice(&bad.to_le_bytes());
    for e in [
        Module::from_vve(&bytes).unwrap_err(),
        load(img).unwrap_err(),
    ] {
        assert_eq!(
            e,
            LoadError::Fingerprint {
                file: bad,
                vm: FINGERPRINT
            }
        );
        let text = e.to_string();
        assert!(text.contains(&format!("{bad:016x}")), "{text}");
        assert!(text.contains(&format!("{FINGERPRINT:016x}")), "{text}");
    }
}

#[test]
fn jump_into_the_middle_of_an_instruction_is_refused() {
    let main = vec![
        Instr::MoviI64 {
            dst: Reg(0),
            imm: 0,
        },
        Instr::Jmp { target: Label(1) },
    ];
    let e = refused(
        image(&[("main", 1, main)], b""),
        "not an instruction boundary",
    );
    // The error names the jump's offset (after the 11-byte movi) and its line.
    assert_eq!(
        e,
        LoadError::Verify {
            pc: 11,
            line: Some(2),
            msg: "rule 4: `jmp` jumps to 0x1, which is not an instruction boundary".into()
        }
    );
}

#[test]
fn jump_past_the_end_is_refused() {
    let main = vec![Instr::Jmp {
        target: Label(1000),
    }];
    refused(
        image(&[("main", 1, main)], b""),
        "not an instruction boundary",
    );
}

#[test]
fn jump_into_another_function_is_refused() {
    let main = vec![
        Instr::Call {
            func: FuncRef(1),
            base: Reg(0),
        },
        Instr::Jmp { target: Label(0) },
        Instr::Halt { code: Reg(0) },
    ];
    let other_at = size(&main);
    let mut main = main;
    main[1] = Instr::Jmp {
        target: Label(other_at),
    };
    let other = vec![Instr::Ret { src: Reg(0) }];
    refused(
        image(&[("main", 1, main), ("other", 1, other)], b""),
        "outside function `main`",
    );
}

#[test]
fn register_beyond_the_frame_is_refused() {
    let mut img = valid();
    img.functions[1].nregs = 0;
    refused(img, "register count 0");
    let mut img = valid();
    img.functions[0].nregs = 257;
    refused(img, "register count 257");
    // main uses r0 and r1: a frame of one register is too small.
    let mut img = valid();
    img.functions[0].nregs = 1;
    refused(img, "is r1, but function `main` has 1 registers");
}

#[test]
fn data_reference_past_the_end_is_refused() {
    let at = |off: u32| {
        let main = vec![
            Instr::Prints { str: DataRef(off) },
            Instr::Halt { code: Reg(0) },
        ];
        image(&[("main", 1, main)], b"abc")
    };
    // One past the last byte is the (empty) end of the segment: allowed.
    assert!(load(at(3)).is_ok());
    refused(
        at(4),
        "data offset 4 past the end of the 3-byte data segment",
    );
    refused(at(u32::MAX), "past the end");
}

#[test]
fn call_to_a_nonexistent_function_is_refused() {
    let main = vec![
        Instr::Call {
            func: FuncRef(1),
            base: Reg(0),
        },
        Instr::Halt { code: Reg(0) },
    ];
    refused(
        image(&[("main", 1, main)], b""),
        "calls function 1 but the table has 1",
    );
}

#[test]
fn entry_index_out_of_range_is_refused() {
    let mut img = valid();
    img.entry = 2;
    refused(img, "entry function index 2");
    let mut img = valid();
    img.entry = u32::MAX;
    refused(img, "outside the function table");
}

#[test]
fn function_that_falls_through_is_refused() {
    let main = vec![
        Instr::MoviI64 {
            dst: Reg(0),
            imm: 1,
        },
        Instr::PrintI64 { src: Reg(0) },
    ];
    refused(image(&[("main", 1, main)], b""), "can fall through");
    // Also when the next function would catch it.
    let main = vec![Instr::Nop {}];
    let next = vec![Instr::Halt { code: Reg(0) }];
    refused(
        image(&[("main", 1, main), ("next", 1, next)], b""),
        "function `main` ends with `nop`",
    );
}

#[test]
fn bad_function_tables_are_refused() {
    let mut img = valid();
    img.functions.clear();
    refused(img, "no code or no functions");
    let mut img = valid();
    img.code.clear();
    refused(img, "no code or no functions");
    let mut img = valid();
    img.functions[1].offset += 1;
    refused(img, "not an instruction boundary");
    let mut img = valid();
    img.functions[1].offset = 10_000;
    refused(img, "not an instruction boundary");
    let mut img = valid();
    img.functions[0].offset = img.functions[1].offset;
    refused(img, "first function must start at offset 0");
    let mut img = valid();
    img.functions.swap(0, 1);
    refused(img, "first function must start at offset 0");
    let mut img = valid();
    img.functions[1].name = "main".into();
    refused(img, "unique");
    let mut img = valid();
    img.functions[1].name = String::new();
    refused(img, "non-empty");
    let mut img = valid();
    let dup = img.functions[1].clone();
    img.functions.push(dup);
    refused(img, "unique");
}

#[test]
fn unsorted_line_table_is_refused() {
    let mut img = valid();
    img.lines.swap(0, 1);
    refused(img, "line table is not sorted");
}

#[test]
fn undecodable_code_is_refused() {
    // Unknown opcode.
    let mut img = valid();
    let at = img.code.len();
    img.code.extend_from_slice(&[0xff, 0xff]);
    let e = refused(img, "unknown opcode 0xffff");
    assert!(
        matches!(e, LoadError::Verify { pc, .. } if pc as usize == at),
        "{e}"
    );
    // Code ending inside an instruction.
    let mut img = valid();
    img.code.pop();
    refused(img, "code ends inside");
}

#[test]
fn vvr_loads_and_runs() {
    let code = encode(&[
        Instr::MoviI64 {
            dst: Reg(0),
            imm: 7,
        },
        Instr::PrintI64 { src: Reg(0) },
        Instr::Halt { code: Reg(0) },
    ]);
    let module = Module::from_vvr(&code, "raw.vvr").expect("loads");
    let mut out = Vec::new();
    assert_eq!(vm::run(&module, &vm::Config::default(), &mut out), Ok(7));
    assert_eq!(out, b"7\n");
    // Every truncation is refused.
    for n in 0..code.len() {
        assert!(
            Module::from_vvr(&code[..n], "raw.vvr").is_err(),
            "length {n}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn random_vvr_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
        // Either refused, or decodes into verified code; never a panic.
        let _ = Module::from_vvr(&bytes, "random.vvr");
    }

    #[test]
    fn random_vve_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..96)) {
        prop_assert!(Module::from_vve(&bytes).is_err());
    }

    #[test]
    fn random_vve_with_a_valid_header_never_panics(
        tail in proptest::collection::vec(any::<u8>(), 0..128),
    ) {
        let mut bytes = valid().to_vve()[..16].to_vec();
        bytes.extend_from_slice(&tail);
        let _ = Module::from_vve(&bytes);
    }

    #[test]
    fn corrupted_vve_never_panics(
        edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..4),
    ) {
        let mut bytes = valid().to_vve();
        for (i, b) in edits {
            let i = i.index(bytes.len());
            bytes[i] = b;
        }
        // Loading may succeed (e.g. a changed immediate), but must not panic.
        let _ = Module::from_vve(&bytes);
    }
}
