//! Hostile input: files and settings made to break the tools. Each must give
//! its own clear error and a non-zero exit status (through the `voxvm` and
//! `voxasm` binaries), or its specific error value (through the library),
//! never a panic, a hang or a wrapped-around size.
//!
//! Covered elsewhere, and not repeated here:
//! - `loader.rs`: every truncation of a `.vve` (version 3 with every section in
//!   use, and version 2), trailing bytes, wrong magic, wrong format version,
//!   unknown flags, file runs and import locations naming missing files, wrong
//!   ISA fingerprint, a jump into the middle of an
//!   instruction, past the end or into another function, registers beyond the
//!   frame, data references past the end, calls to missing functions, a bad
//!   entry index, functions that fall through, bad function and line tables,
//!   undecodable code, and random or corrupted `.vve`/`.vvr` bytes (proptest);
//!   all through the library.
//! - `cli.rs`: truncated `.vve` files and a too-small register frame
//!   (`truncated_vve_is_refused_without_panicking`), a wrong fingerprint, the
//!   recursion limit flag, source that is not UTF-8, missing files.
//! - `programs.rs`: unbounded recursion at the default call-depth limit
//!   (`recursion.vvs`) and an allocation of `u64::MAX` bytes (`alloc_huge.vvs`).
//! - `memory_cli.rs`: an allocation bomb (`HOARD`) under `--max-memory`, zero-byte
//!   allocations at the cap, malformed and too-large size flags, a layout over
//!   the cap; `embed.rs`: heap exhaustion through the library.
//! - `limits.rs`: an infinite loop under the step limit, the interrupt handle
//!   and the output cap, through the library.
//! - `execution.rs`: random verified programs halt or trap.
//! - `fuzz/`: the cargo-fuzz targets (see fuzz/README.md); what they found is
//!   pinned down below, except for the C API: `capi.rs` has the `capi`
//!   target's finds (`bad_string_argument_leaves_the_handle_usable`).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use tests::cli::{voxasm, voxvm, write};
use vm::isa::{DataRef, Instr, Label};
use vm::{Image, LoadError, Module, Trap};

/// A fresh scratch directory for one test.
fn scratch(test: &str) -> PathBuf {
    tests::cli::scratch(
        &Path::new(env!("CARGO_TARGET_TMPDIR")).join("hostile"),
        test,
    )
}

// ---- building hostile images ----

fn assemble(src: &str) -> Image {
    tests::assemble(src, "hostile.vvs")
}

/// Decodes `image`'s code, lets `edit` change instructions (keeping their
/// sizes: only operand values), and encodes it again.
fn patch(mut image: Image, mut edit: impl FnMut(&mut Instr)) -> Image {
    let mut code = Vec::new();
    let mut at = 0;
    while at < image.code.len() {
        let (mut instr, len) = Instr::decode(&image.code, at).expect("valid code");
        edit(&mut instr);
        instr.encode(&mut code);
        at += len;
    }
    assert_eq!(code.len(), image.code.len());
    image.code = code;
    image
}

/// A tiny pseudo-random generator (xorshift64*), so that the "random" inputs
/// are the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

// ---- the container ----

#[test]
fn cli_refuses_wrong_magic_and_version() {
    let dir = scratch("magic_version");
    let good = assemble(".func main\n halt r0\n.end\n").to_vve();
    let mut bytes = good.clone();
    bytes[0] = b'#';
    let p = write(&dir, "magic.vve", &bytes);
    voxvm(&[&p])
        .fails(65)
        .says("malformed file at byte 0: not a .vve file");
    voxasm(&["--disasm".as_ref(), p.as_os_str()])
        .fails(65)
        .says("not a .vve file");
    // Source text named as an executable, and an empty file.
    let src = write(&dir, "prog.vvs", ".func main\n halt r0\n.end\n");
    voxvm(&[format!("--vve={}", src.display())])
        .fails(65)
        .says("not a .vve file");
    let empty = write(&dir, "empty.vve", b"");
    voxvm(&[&empty])
        .fails(65)
        .says("file truncated: magic needs 4 bytes, 0 left");
    // A future format version.
    let mut bytes = good;
    let v = vm::vve::FORMAT_VERSION + 1;
    bytes[4..6].copy_from_slice(&v.to_le_bytes());
    let p = write(&dir, "version.vve", &bytes);
    voxvm(&[&p]).fails(65).says(&format!(
        "malformed file at byte 4: .vve format version {v} is not supported"
    ));
}

#[test]
fn cli_refuses_unknown_flags() {
    let dir = scratch("flags");
    let mut bytes = assemble(".manual_memory\n.func main\n halt r0\n.end\n").to_vve();
    assert_eq!(bytes[6..8], [1, 0]);
    bytes[6] = 0x81;
    let p = write(&dir, "flags.vve", &bytes);
    voxvm(&[&p])
        .fails(65)
        .says("malformed file at byte 6: unknown flags 0x0080");
    voxasm(&["--disasm".as_ref(), p.as_os_str()])
        .fails(65)
        .says("unknown flags");
}

#[test]
fn cli_refuses_huge_counts_without_allocating() {
    // A code length of 4 GiB in a 40-byte file: refused from the lengths
    // alone, before anything is allocated.
    let dir = scratch("huge_counts");
    let mut bytes = assemble(".func main\n halt r0\n.end\n").to_vve();
    bytes[20..24].copy_from_slice(&u32::MAX.to_le_bytes());
    let p = write(&dir, "huge.vve", &bytes);
    voxvm(&[&p])
        .fails(65)
        .says("code length says 4294967295 entries but only");
}

// ---- the verifier, through the binary ----

#[test]
fn cli_refuses_a_jump_into_the_middle_of_an_instruction() {
    let dir = scratch("mid_jump");
    let img = assemble(".func main\n movi.i64 r0, 0\n jmp end\nend:\n halt r0\n.end\n");
    let img = patch(img, |i| {
        if let Instr::Jmp { target } = i {
            *target = Label(1);
        }
    });
    // Straight to the loader: the same error value the binary prints.
    let e = Module::from_vve(&img.to_vve()).unwrap_err();
    assert!(
        matches!(&e, LoadError::Verify { pc: 11, line: Some(3), msg } if msg.contains("not an instruction boundary")),
        "{e:?}"
    );
    let p = write(&dir, "mid.vve", img.to_vve());
    voxvm(&[&p]).fails(65).says(
        "invalid code at pc 0xb (line 3): rule 4: `jmp` jumps to 0x1, which is not an instruction boundary",
    );
}

#[test]
fn cli_refuses_a_data_reference_past_the_end() {
    let dir = scratch("data_past_end");
    let img =
        assemble(".data\nmsg: .string \"hi\"\n.code\n.func main\n prints msg\n halt r0\n.end\n");
    let img = patch(img, |i| {
        if let Instr::Prints { str } = i {
            *str = DataRef(1000);
        }
    });
    let p = write(&dir, "data.vve", img.to_vve());
    voxvm(&[&p]).fails(65).says(
        "invalid code at pc 0x0 (line 5): rule 6: `prints` refers to data offset 1000 past the end of the 3-byte data segment",
    );
}

#[test]
fn cli_refuses_code_that_does_not_decode() {
    let dir = scratch("undecodable");
    // Raw code: an unknown opcode, then an instruction cut short.
    let p = write(&dir, "unknown.vvr", [0xff, 0xff]);
    voxvm(&[&p])
        .fails(65)
        .says("invalid code at pc 0x0: rule 1: unknown opcode 0xffff");
    let mut halt = Vec::new();
    Instr::Halt {
        code: vm::isa::Reg(0),
    }
    .encode(&mut halt);
    halt.pop();
    let p = write(&dir, "cut.vvr", &halt);
    voxvm(&[&p]).fails(65).says("code ends inside");
}

// ---- run-time limits ----

const FOREVER: &str = ".func main\n movi.i64 r0, 0\nloop:\n addi.i64 r0, r0, 1\n jmp loop\n.end\n";

#[test]
fn cli_stops_an_infinite_loop_at_the_step_limit() {
    let dir = scratch("step_limit");
    let p = write(&dir, "forever.vvs", FOREVER);
    for dispatch in ["--dispatch=loop", "--dispatch=auto"] {
        voxvm(&[
            "--max-steps=1000".as_ref(),
            dispatch.as_ref(),
            p.as_os_str(),
        ])
        .fails(70)
        .says(&format!(
            "error: step limit reached (1000 steps) at main+0x17 ({}:5)",
            p.display()
        ));
    }
    // Bad values are usage errors.
    for bad in ["-1", "lots", "18446744073709551616"] {
        voxvm(&[format!("--max-steps={bad}"), p.display().to_string()]).fails(2);
    }
}

#[test]
fn memory_sizes_near_u64_max_are_refused_not_wrapped() {
    // The layout arithmetic once wrapped around (a panic in debug builds, a
    // tiny stack in release builds).
    let module = Module::from_image(assemble(".func main\n halt r0\n.end\n")).unwrap();
    for field in 0..3 {
        let mut config = vm::Config::default();
        let m = &mut config.memory;
        m.max = u64::MAX;
        *[&mut m.stack, &mut m.init_heap, &mut m.init_ram][field] = u64::MAX;
        let e = vm::Vm::new(&module, &config).err().expect("refused");
        assert!(e.to_string().contains("larger than 2^64 bytes"), "{e}");
        let r = vm::run(&module, &config, &mut Vec::new()).unwrap_err();
        assert!(matches!(r.trap, Trap::Layout(_)), "{r}");
    }
    let dir = scratch("layout");
    let p = write(&dir, "halt.vvs", ".func main\n halt r0\n.end\n");
    for flag in ["--init-stack-size", "--init-heap-size", "--init-ram"] {
        let arg = format!("{flag}={}", u64::MAX);
        voxvm(&[arg.as_ref(), "--max-memory=16g".as_ref(), p.as_os_str()])
            .fails(2)
            .says("larger than 2^64 bytes");
    }
}

// ---- assembly source ----

#[test]
fn random_bytes_as_source_are_refused() {
    let mut rng = Rng(0x5eed_0ff0_0d00);
    // Through the library: many inputs, random bytes and random token soup.
    const TOKENS: &[&str] = &[
        ".func",
        ".end",
        ".data",
        ".code",
        ".entry",
        ".string",
        ".i64",
        ".zero",
        ".align",
        "main",
        "f",
        "l",
        "r0",
        "r255",
        "r256",
        "movi.i64",
        "add.i64",
        "jmp",
        "call",
        "halt",
        "ret",
        "prints",
        ",",
        ":",
        "+",
        "\"",
        "\\",
        "-",
        "0x",
        "1",
        "99999999999999999999",
        "1.5e",
        "'",
        ";",
        "#",
        " ",
        "\n",
        "\t",
        "é",
        "\u{0}",
    ];
    for n in 0..2000 {
        let src: String = if n % 2 == 0 {
            let len = rng.below(300);
            let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
            String::from_utf8_lossy(&bytes).into_owned()
        } else {
            (0..rng.below(60))
                .map(|_| TOKENS[rng.below(TOKENS.len())])
                .collect()
        };
        match asm::assemble(&src, "random.vvs") {
            Err(e) => {
                assert!(!e.errors.is_empty());
                let text = e.render();
                assert!(text.contains("could not assemble"), "{text}");
            }
            // Token soup can form a program; then it must load.
            Ok(image) => {
                Module::from_image(image)
                    .unwrap_or_else(|e| panic!("assembled but refused: {e}\n{src}"));
            }
        }
    }
    // Through the binaries: random bytes (rarely UTF-8) and random ASCII.
    let dir = scratch("random_source");
    for n in 0..8 {
        let len = 1 + rng.below(2000);
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                let b = rng.next() as u8;
                if n % 2 == 0 {
                    b
                } else {
                    b' ' + b % 95
                }
            })
            .collect();
        let p = write(&dir, &format!("random{n}.vvs"), &bytes);
        let want = if n % 2 == 0 {
            "not UTF-8"
        } else {
            "could not assemble"
        };
        voxvm(&[&p]).fails(65).says(want);
        voxasm(&[&p]).fails(65);
        assert!(!dir.join(format!("random{n}.vve")).exists());
    }
}

/// Assembles `src`, which must fail, within `limit` (generous: the point is
/// that it does not take minutes).
#[track_caller]
fn fails_quickly(src: &str, limit: Duration) -> asm::Errors {
    let t = Instant::now();
    let e = asm::assemble(src, "slow.vvs").expect_err("does not assemble");
    let _ = e.render();
    let took = t.elapsed();
    assert!(took < limit, "took {took:?}");
    e
}

#[test]
fn hostile_sources_do_not_make_diagnostics_quadratic() {
    let helped = |e: &asm::Errors| {
        e.errors
            .iter()
            .filter(|e| e.notes.iter().any(|n| n.starts_with("help: did you mean")))
            .count()
    };
    // 3000 labels and 3000 jumps to unknown labels: each unknown label was
    // compared with every label for a "did you mean" (9M edit distances).
    let mut src = String::from(".func main\n");
    for i in 0..3000 {
        src.push_str(&format!("lab{i}: nop\n"));
    }
    for i in 0..3000 {
        src.push_str(&format!(" jmp lbl{i}\n"));
    }
    src.push_str(" halt r0\n.end\n");
    let e = fails_quickly(&src, Duration::from_secs(30));
    assert_eq!(e.errors.len(), 3000);
    // Help is worked out for the first errors only.
    assert!(
        e.errors[0]
            .notes
            .iter()
            .any(|n| n == "help: did you mean `lab0`?"),
        "{:?}",
        e.errors[0]
    );
    assert!(
        (1..=100).contains(&helped(&e)),
        "{} errors with help",
        helped(&e)
    );
    // One 200 KB word where a mnemonic belongs: it was compared in full with
    // every mnemonic.
    let src = format!(".func main\n {} r0\n halt r0\n.end\n", "a".repeat(200_000));
    let e = fails_quickly(&src, Duration::from_secs(30));
    assert_eq!(e.errors.len(), 1);
    assert_eq!(helped(&e), 0);
    // Many misspelt mnemonics.
    let src = format!(
        ".func main\n{} halt r0\n.end\n",
        " ad.i64 r0, r0, r0\n".repeat(10_000)
    );
    let e = fails_quickly(&src, Duration::from_secs(30));
    assert_eq!(e.errors.len(), 10_000);
    assert!(e.errors[0]
        .notes
        .iter()
        .any(|n| n == "help: did you mean `add.i64`?"));
    assert!((1..=100).contains(&helped(&e)));
}

#[test]
fn huge_data_directives_are_refused_before_allocating() {
    // `.zero 4294967295` three times once asked for 12 GiB, and the u32 data
    // length in the .vve would have wrapped.
    let src = ".data\na: .zero 4294967295\nb: .zero 4294967295\nc: .zero 1\n\
               d: .align 2147483648\n.code\n.func main\n halt r0\n.end\n";
    let e = fails_quickly(src, Duration::from_secs(30));
    assert_eq!(e.errors.len(), 3, "{}", e.render());
    assert_eq!(
        e.errors[0].message,
        "the data segment would be 4294967295 bytes, more than the limit of 1073741824 bytes (1 GiB)"
    );
    assert!(e.errors[2].message.contains("would be 2147483648 bytes"));
    let dir = scratch("huge_data");
    let p = write(&dir, "zero.vvs", src);
    voxasm(&[&p])
        .fails(65)
        .says("data segment would be 4294967295 bytes");
    voxvm(&[&p])
        .fails(65)
        .says("data segment would be 4294967295 bytes");
    // Up to the limit is fine (not allocated here: the limit is checked first).
    assert_eq!(asm::MAX_DATA, 1 << 30);
}

// ---- threaded dispatch ----

/// Runs `image` with threaded dispatch on a thread with a 64 KiB stack named
/// after `what` (so that a stack overflow, which aborts the process, names it).
/// The host is the tests' [`tests::spec_host`] (`add_i64` for `hcall`).
fn run_threaded_on_a_small_stack(what: &str, image: Image) -> Result<i32, vm::TrapReport> {
    let module = Module::from_image(image).unwrap_or_else(|e| panic!("{what}: {e}"));
    std::thread::Builder::new()
        .name(format!("threaded dispatch of `{what}`"))
        .stack_size(64 * 1024)
        .spawn(move || {
            let config = vm::Config {
                dispatch: vm::Dispatch::Threaded,
                ..Default::default()
            };
            let host = tests::spec_host();
            vm::run_with_host(&module, &config, &host, &mut std::io::sink())
        })
        .unwrap()
        .join()
        .expect("the VM thread finished")
}

/// Found by the `exec` fuzz target: with threaded dispatch (the default in
/// optimised builds), every `print`/`put`/`putp`/`putc` in a loop grew the
/// host stack by one frame per execution (their formatting took the address
/// of locals, so the call to the next instruction was no longer a jump), and
/// `voxvm` died with "has overflowed its stack" after ~100k of them.
///
/// Every instruction that does not transfer control runs 100 000 times in a
/// loop on a 64 KiB stack: it must not grow the stack. (Only in optimised
/// builds: unoptimised ones never turn the calls into jumps.)
#[test]
fn threaded_dispatch_keeps_the_stack_flat_for_every_instruction() {
    use vm::isa::{FuncRef, ImmType, OperandKind, OperandValue, Reg};
    if cfg!(debug_assertions) {
        eprintln!("skipped: threaded dispatch needs an optimised build (cargo test --release)");
        return;
    }
    let mut ran = 0;
    for op in vm::isa::Opcode::ALL {
        let info = op.info();
        let f = info.flags;
        if f.terminator || f.branch || f.call || f.ret {
            continue;
        }
        // r2 counts to r3; r6 is a fresh 64-byte heap block for operands that
        // are addresses; the rest are 1 (or `add_i64`, the loop start, data 0).
        let mut body = vec![
            Instr::MoviI64 {
                dst: Reg(2),
                imm: 0,
            },
            Instr::MoviI64 {
                dst: Reg(3),
                imm: 100_000,
            },
            Instr::MoviI64 {
                dst: Reg(7),
                imm: 64,
            },
            Instr::Alloc {
                dst: Reg(5),
                size: Reg(7),
            },
        ];
        let top: u32 = body.iter().map(|i| i.opcode().size() as u32).sum();
        let operands: Vec<OperandValue> = info
            .operands
            .iter()
            .map(|o| match o.kind {
                OperandKind::Reg => OperandValue::Reg(Reg(6)),
                OperandKind::Imm(ImmType::I8) => OperandValue::I8(1),
                OperandKind::Imm(ImmType::I16) => OperandValue::I16(1),
                OperandKind::Imm(ImmType::I32) => OperandValue::I32(1),
                OperandKind::Imm(ImmType::I64) => OperandValue::I64(1),
                OperandKind::Imm(ImmType::U8) => OperandValue::U8(1),
                OperandKind::Imm(ImmType::U16) => OperandValue::U16(1),
                OperandKind::Imm(ImmType::U32) => OperandValue::U32(1),
                OperandKind::Imm(ImmType::U64) => OperandValue::U64(1),
                OperandKind::Imm(ImmType::F32) => OperandValue::F32(1.0),
                OperandKind::Imm(ImmType::F64) => OperandValue::F64(1.0),
                OperandKind::Label => OperandValue::Label(Label(top)),
                OperandKind::Data => OperandValue::Data(DataRef(0)),
                OperandKind::Func => OperandValue::Func(FuncRef(0)),
                OperandKind::Import => OperandValue::Import(vm::isa::ImportRef(0)),
            })
            .collect();
        body.push(Instr::Mov {
            dst: Reg(6),
            src: Reg(5),
        });
        body.push(Instr::from_operands(op, &operands).expect("operands fit"));
        body.push(Instr::AddiI64 {
            dst: Reg(2),
            a: Reg(2),
            imm: 1,
        });
        body.push(Instr::BltI64 {
            a: Reg(2),
            b: Reg(3),
            target: Label(top),
        });
        body.push(Instr::Halt { code: Reg(0) });
        let mut code = Vec::new();
        for i in &body {
            i.encode(&mut code);
        }
        let mut image = Image::from_vvr(&code, info.mnemonic);
        image.data = b"hi\0".to_vec();
        image.functions[0].nregs = 8;
        image.imports = vec!["add_i64".into()];
        let r = run_threaded_on_a_small_stack(info.mnemonic, image);
        // Trapping early (e.g. `pop` on an empty stack) proves nothing, but
        // most instructions run all 100 000 times.
        if r.is_ok() {
            ran += 1;
        }
    }
    assert!(ran > 200, "only {ran} instructions ran to the end");
}

/// Loads and stores whose `base + offset` wraps around the 64-bit address
/// space, or whose base is far out of range, trap at the wrapped address; none
/// reaches memory. (The fast path replaces the overflow check with a sign test
/// and checks the end as `addr <= len - size`: this pins both down, in release
/// builds too, where an unchecked wrap would write outside the VM.)
#[test]
fn wrapping_addresses_trap_at_the_wrapped_address() {
    let cases: [(u64, i32); 8] = [
        (3, -4),                     // wraps down to u64::MAX
        (0, -1),                     // wraps down to u64::MAX
        (0x1000, -8),                // the null guard
        (u64::MAX, 0x2000),          // wraps up into the data segment
        (u64::MAX - 7, 0x1008),      // wraps up to exactly 0x1000
        (1 << 63, -1),               // top half: out of range whatever the offset
        (u64::MAX - 3, 0),           // within 8 bytes of u64::MAX: addr + size wraps
        (i64::MAX as u64, i32::MAX), // no wrap, far past the end
    ];
    for (base, off) in cases {
        for (t, size) in [("u8", 1u64), ("u16", 2), ("u32", 4), ("u64", 8), ("f64", 8)] {
            let addr = base.wrapping_add_signed(i64::from(off));
            let want = format!("out-of-bounds access: {size} bytes at {addr:#x}");
            for access in [
                format!("ld.{t} r1, r0, {off}"),
                format!("st.{t} r0, {off}, r1"),
            ] {
                let src = format!(
                    ".code\n.func main\n    movi.u64 r0, {base}\n    movi.u64 r1, 7\n    {access}\n    \
                     movi.i64 r2, 0\n    halt r2\n.end\n"
                );
                let got = tests::run(&src, "wrap.vvs");
                assert_eq!(
                    got.trap.as_deref(),
                    Some(want.as_str()),
                    "{access} with base {base:#x}"
                );
            }
        }
    }
}

/// The memory scans (`strlen`, `strcmp`, `strchr`, `memchr`, `memcmp`) with
/// every combination of extreme addresses, lengths and bytes: each either
/// gives a result or traps with `out-of-bounds access`, never panics or reads
/// outside VM memory. The last 8 bytes of memory hold no NUL, so scans that
/// start there run off the end.
#[test]
fn memory_scans_with_extreme_operands_trap_or_answer() {
    // No data segment: memory ends at 0x201000 (1 MiB of stack, 1 MiB of heap).
    let end: u64 = 0x20_1000;
    let values = [
        0,
        1,
        0xfff,
        0x1000,
        0x1001,
        end - 8,
        end - 1,
        end,
        end + 1,
        1 << 32,
        1 << 63,
        u64::MAX - 1,
        u64::MAX,
    ];
    let scans = [
        "strlen r3, r0",
        "strcmp r3, r0, r1",
        "strchr r3, r0, r2",
        "memchr r3, r0, r2, r1",
        "memcmp r3, r0, r1, r2",
    ];
    let mut answered = 0;
    for scan in scans {
        for &a in &values {
            for &b in &values {
                for byte in [0u64, 0x61, 0x161] {
                    let src = format!(
                        ".func main\n movi.u64 r5, {}\n movi.u64 r6, 0x6161616161616161\n \
                         st.u64 r5, 0, r6\n movi.u64 r0, {a}\n movi.u64 r1, {b}\n \
                         movi.u64 r2, {byte}\n {scan}\n movi.i64 r4, 0\n halt r4\n.end\n",
                        end - 8
                    );
                    let got = tests::run(&src, "scan.vvs");
                    match got.trap.as_deref() {
                        None => answered += 1,
                        Some(t) => assert!(
                            t.starts_with("out-of-bounds access: "),
                            "{scan} with {a:#x}, {b:#x}, {byte:#x}: {t}"
                        ),
                    }
                }
            }
        }
    }
    assert!(answered > 100, "only {answered} scans answered");
}
