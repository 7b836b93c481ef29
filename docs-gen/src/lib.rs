//! Generates `docs/ISA.md`, the instruction set reference, from the metadata that
//! `vm_macros::isa!` generates out of `isa.ron` ([`vm::isa::INSTRUCTIONS`],
//! [`vm::isa::FINGERPRINT`]) and from the constants of [`vm::vve`].
//!
//! Nothing about individual instructions is written by hand here: adding an
//! instruction to `isa.ron` and running `cargo run -p docs-gen` documents it.
//! The output is deterministic (it only depends on the ISA), so
//! `cargo run -p docs-gen -- --check` can tell whether the committed file is current.
//!
//! Families (`add.i64`, `add.u64`, ...) share one section. Texts that differ only
//! by the variant suffix (`{T}` in `isa.ron`) are recovered as a template and shown
//! once with `T` in place of the suffix; texts that differ otherwise are listed per
//! variant.

use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use vm::isa::{
    Instr, InstrInfo, Label, OperandKind, OperandValue, Reg, FINGERPRINT, INSTRUCTIONS,
    SPEC_VERSION,
};

/// Where the reference lives, relative to the workspace root.
pub const DEFAULT_OUT: &str = "docs/ISA.md";

/// The command that regenerates the reference.
pub const REGEN_COMMAND: &str = "cargo run -p docs-gen";

/// The workspace root (the parent of this crate's directory), so the tool works
/// from any working directory.
pub fn workspace_root() -> PathBuf {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    here.parent().unwrap_or(here).to_path_buf()
}

/// The default output file, `<workspace>/docs/ISA.md`.
pub fn default_out() -> PathBuf {
    workspace_root().join(DEFAULT_OUT)
}

/// Stands for the variant suffix inside a recovered template.
const PH: char = '\u{1}';

/// An example program used in the calling-convention section. Unit-tested to run
/// and print [`CALL_EXAMPLE_OUTPUT`].
pub const CALL_EXAMPLE: &str = "\
.func main
    movi.i64 r0, 7        ; a live value below the window: survives the call
    movi.i64 r4, 20       ; first argument  -> callee's r0
    movi.i64 r5, 22       ; second argument -> callee's r1
    call sum, r4          ; window starts at r4; r5 and up are clobbered
    print.i64 r4          ; the result came back in r4: 42
    print.i64 r0          ; 7
    movi.i64 r1, 0
    halt r1
.end

; sum(a, b): r0 = a, r1 = b on entry; the result is returned in r0.
.func sum
    add.i64 r2, r0, r1
    ret r2
.end
";

/// What [`CALL_EXAMPLE`] prints.
pub const CALL_EXAMPLE_OUTPUT: &str = "42\n7\n";

/// One family: all instructions sharing a `name` in `isa.ron`, in opcode order.
pub struct Family {
    /// Family name (`add`).
    pub name: &'static str,
    /// Its instructions, in opcode order.
    pub members: Vec<&'static InstrInfo>,
}

impl Family {
    /// Whether the family has several variants (and so a `T` placeholder).
    fn generic(&self) -> bool {
        self.members.len() > 1
    }

    /// Markdown anchor of the family's section.
    fn anchor(&self) -> String {
        anchor(self.name)
    }

    /// `add` or `add.T`.
    fn generic_mnemonic(&self) -> String {
        if self.generic() {
            format!("{}.T", self.name)
        } else {
            self.members[0].mnemonic.to_string()
        }
    }

    /// `i64, u64, ...`.
    fn suffix_list(&self) -> String {
        self.members
            .iter()
            .map(|m| format!("`{}`", m.suffix))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// A per-variant text shown once if it is the same up to the suffix.
    fn shared(&self, key: Key, text: impl Fn(&InstrInfo) -> String) -> Shared {
        let texts: Vec<String> = self.members.iter().map(|m| text(m)).collect();
        if !self.generic() {
            return Shared::One(texts[0].clone());
        }
        let keys: Vec<String> = self.members.iter().map(|m| key.of(m)).collect();
        let items: Vec<(&str, &str)> = keys
            .iter()
            .map(String::as_str)
            .zip(texts.iter().map(String::as_str))
            .collect();
        if let Some(t) = template(&items) {
            return Shared::One(render_template(&t));
        }
        // Group variants with identical text, in order of first appearance.
        let mut groups: Vec<(Vec<&'static str>, String)> = Vec::new();
        for (m, t) in self.members.iter().zip(texts) {
            match groups.iter_mut().find(|(_, g)| *g == t) {
                Some((ms, _)) => ms.push(m.mnemonic),
                None => groups.push((vec![m.mnemonic], t)),
            }
        }
        Shared::PerVariant(groups)
    }
}

/// What a family member's texts are keyed by when recovering templates.
#[derive(Clone, Copy)]
enum Key {
    /// The suffix as in the mnemonic (`i64`, `i64.u32`).
    Suffix,
    /// The suffix as in the handler name (`i64`, `i64_u32`).
    Snake,
}

impl Key {
    fn of(self, i: &InstrInfo) -> String {
        match self {
            Key::Suffix => i.suffix.to_string(),
            Key::Snake => i.suffix.replace('.', "_"),
        }
    }
}

/// A text that is either common to the family (up to `T`) or differs by variant.
enum Shared {
    One(String),
    PerVariant(Vec<(Vec<&'static str>, String)>),
}

impl Shared {
    /// Inline rendering: the common text, or `` `x.i64`: a; `x.u64`: b ``.
    fn inline(&self, code: bool) -> String {
        let wrap = |s: &str| {
            if code {
                format!("`{s}`")
            } else {
                s.to_string()
            }
        };
        match self {
            Shared::One(s) => wrap(s),
            Shared::PerVariant(groups) => groups
                .iter()
                .map(|(ms, t)| format!("{}: {}", code_list(ms), wrap(t)))
                .collect::<Vec<_>>()
                .join("; "),
        }
    }
}

fn code_list(items: &[&str]) -> String {
    items
        .iter()
        .map(|m| format!("`{m}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Groups [`INSTRUCTIONS`] into families, ordered by their lowest opcode.
pub fn families() -> Vec<Family> {
    let mut out: Vec<Family> = Vec::new();
    for i in INSTRUCTIONS.iter() {
        match out.iter_mut().find(|f| f.name == i.family) {
            Some(f) => f.members.push(i),
            None => out.push(Family {
                name: i.family,
                members: vec![i],
            }),
        }
    }
    // INSTRUCTIONS is in opcode order, so this is already by lowest opcode; make
    // it explicit so the order never depends on how the table was built.
    for f in &mut out {
        f.members.sort_by_key(|m| m.opcode);
    }
    out.sort_by_key(|f| f.members[0].opcode);
    out
}

fn anchor(family: &str) -> String {
    format!("op-{}", family.replace('_', "-"))
}

/// Finds a template `t` such that replacing every [`PH`] in `t` by item `k`'s key
/// gives item `k`'s text, for all items. This recovers the `{T}` text of
/// `isa.ron` from the expanded per-variant texts. Prefers placing placeholders.
fn template(items: &[(&str, &str)]) -> Option<String> {
    let (k0, t0) = *items.first()?;
    if items.iter().all(|(_, t)| *t == t0) {
        return Some(t0.to_string());
    }
    if k0.is_empty() {
        return None;
    }
    let mut failed = HashSet::new();
    let mut out = String::new();
    align(items, 0, 0, &mut failed, &mut out).then_some(out)
}

/// Depth-first alignment of every text against the first: at text-0 position
/// `i`, after `nsub` placeholders, item `k` is at `i + nsub * (len(key_k) - len(key_0))`.
fn align(
    items: &[(&str, &str)],
    i: usize,
    nsub: usize,
    failed: &mut HashSet<(usize, usize)>,
    out: &mut String,
) -> bool {
    let (k0, t0) = items[0];
    let pos = |k: &str| i - nsub * k0.len() + nsub * k.len();
    if i == t0.len() {
        return items.iter().all(|(k, t)| pos(k) == t.len());
    }
    if failed.contains(&(i, nsub)) {
        return false;
    }
    let rest = |k: &str, t: &'_ str| t.get(pos(k)..).unwrap_or("").to_string();
    if t0[i..].starts_with(k0) && items.iter().all(|(k, t)| rest(k, t).starts_with(k)) {
        let len = out.len();
        out.push(PH);
        if align(items, i + k0.len(), nsub + 1, failed, out) {
            return true;
        }
        out.truncate(len);
    }
    let c = t0[i..].chars().next().expect("i < len");
    if items.iter().all(|(k, t)| rest(k, t).starts_with(c)) {
        let len = out.len();
        out.push(c);
        if align(items, i + c.len_utf8(), nsub, failed, out) {
            return true;
        }
        out.truncate(len);
    }
    failed.insert((i, nsub));
    false
}

fn render_template(t: &str) -> String {
    t.replace(PH, "T")
}

/// Escapes a table cell.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// Rust type of an operand in a handler signature.
fn rust_type(k: OperandKind) -> &'static str {
    match k {
        OperandKind::Reg => "Reg",
        OperandKind::Imm(t) => t.name(),
        OperandKind::Label => "Label",
        OperandKind::Data => "DataRef",
        OperandKind::Func => "FuncRef",
        OperandKind::Import => "ImportRef",
    }
}

/// Short kind name for the opcode table.
fn short_kind(k: OperandKind) -> String {
    match k {
        OperandKind::Reg => "reg".into(),
        OperandKind::Imm(t) => t.name().into(),
        OperandKind::Label => "label".into(),
        OperandKind::Data => "data".into(),
        OperandKind::Func => "func".into(),
        OperandKind::Import => "import".into(),
    }
}

/// The handler method as the generated trait (`Handler` or `RegHandler`)
/// declares it.
pub fn handler_signature(i: &InstrInfo) -> String {
    let mut params = vec!["&mut self".to_string()];
    if i.handler_takes_next {
        params.push("next: &mut usize".into());
    }
    params.extend(
        i.operands
            .iter()
            .filter(|o| !(i.handler_cond_branch && o.kind == OperandKind::Label))
            .map(|o| format!("{}: {}", o.name, rust_type(o.kind))),
    );
    let ret = if i.handler_cond_branch && i.handler_can_break {
        " -> Result<bool, Self::Break>"
    } else if i.handler_cond_branch {
        " -> bool"
    } else if i.handler_can_break {
        " -> Result<(), Self::Break>"
    } else {
        ""
    };
    let owner = if i.handler_regs_only {
        "RegHandler"
    } else {
        "Handler"
    };
    format!("{owner}::{}({}){ret}", i.handler, params.join(", "))
}

fn handler_note(i: &InstrInfo) -> &'static str {
    if i.handler_cond_branch && i.handler_can_break {
        return "conditional branch that may trap: returns `Err` to trap, else `Ok` of whether it is taken; execution continues at the label if so, with the next instruction if not";
    }
    if i.handler_cond_branch {
        return "conditional branch: returns whether it is taken; execution continues at the label if so, with the next instruction if not";
    }
    match (i.handler_takes_next, i.handler_can_break) {
        (false, false) => "straight-line and infallible: returns `()`, execution continues with the next instruction",
        (false, true) => "returns `Err` to trap or stop the program, `Ok(())` to continue with the next instruction",
        (true, false) => "control flow: receives `next` (index of the following instruction) and may overwrite it; cannot fail",
        (true, true) => "control flow: receives `next` (index of the following instruction) and may overwrite it; returns `Err` to trap or stop the program",
    }
}

fn flag_names(i: &InstrInfo) -> Vec<&'static str> {
    let f = i.flags;
    [
        (f.branch, "Branch"),
        (f.call, "Call"),
        (f.ret, "Return"),
        (f.terminator, "Terminator"),
        (f.may_trap, "MayTrap"),
        (f.reads_memory, "ReadsMemory"),
        (f.writes_memory, "WritesMemory"),
        (f.io, "Io"),
        (f.returns_twice, "ReturnsTwice"),
        (f.switch, "Switch"),
        (f.machine, "Machine"),
    ]
    .into_iter()
    .filter_map(|(on, name)| on.then_some(name))
    .collect()
}

/// Byte range `a` or `a–b` (inclusive) of a field.
fn byte_range(offset: usize, size: usize) -> String {
    if size == 1 {
        offset.to_string()
    } else {
        format!("{}–{}", offset, offset + size - 1)
    }
}

/// Whether the ISA has this mnemonic or family, so hand-written prose only
/// mentions instructions that exist.
fn exists(name: &str) -> bool {
    INSTRUCTIONS
        .iter()
        .any(|i| i.mnemonic == name || i.family == name)
}

/// `` `a`, `b` `` for the names in `names` that exist, with `suffix` appended.
fn existing(names: &[&str], suffix: &str) -> Vec<String> {
    names
        .iter()
        .filter(|n| exists(n))
        .map(|n| format!("`{n}{suffix}`"))
        .collect()
}

/// Size of the opcode field.
const OPCODE_SIZE: usize = std::mem::size_of::<u16>();

/// Turns an example's code into the whole program the test runner assembles,
/// indented for reading (a bare body becomes `main`).
fn example_program(code: &str) -> String {
    let whole = if code.contains(".func") {
        code.to_string()
    } else {
        format!(".func main\n{code}\n.end")
    };
    let mut out = String::new();
    for line in whole.lines() {
        let t = line.trim();
        let first = t.split_whitespace().next().unwrap_or("");
        if t.is_empty() || t.starts_with('.') || first.ends_with(':') || t.starts_with(';') {
            out += t;
        } else {
            out += "    ";
            out += t;
        }
        out.push('\n');
    }
    out
}

/// A fenced code block that cannot be broken by backticks inside `s`.
fn fence(lang: &str, s: &str) -> String {
    let mut ticks = "```".to_string();
    while s.contains(&ticks) {
        ticks.push('`');
    }
    let body = if s.ends_with('\n') {
        s.to_string()
    } else {
        format!("{s}\n")
    };
    format!("{ticks}{lang}\n{body}{ticks}\n")
}

/// Generates the whole reference.
pub fn generate() -> String {
    let fams = families();
    let mut md = String::new();
    header(&mut md, &fams);
    overview(&mut md);
    registers(&mut md);
    calling_convention(&mut md);
    memory(&mut md);
    traps(&mut md, &fams);
    encoding(&mut md);
    vve_format(&mut md);
    seeds(&mut md, &fams);
    opcode_table(&mut md);
    instructions(&mut md, &fams);
    // Exactly one trailing newline.
    while md.ends_with("\n\n") {
        md.pop();
    }
    md
}

fn header(md: &mut String, fams: &[Family]) {
    let _ = write!(
        md,
        "<!-- generated by docs-gen, do not edit: change isa.ron and run `{REGEN_COMMAND}` -->\n\
         # voxvm instruction set reference\n\n\
         > **Generated by docs-gen, do not edit.** This file is generated from [`isa.ron`](../isa.ron). \
         Change `isa.ron` and run `{REGEN_COMMAND}`; CI runs `{REGEN_COMMAND} -- --check`.\n\n\
         | | |\n|---|---|\n\
         | ISA fingerprint | `{FINGERPRINT:#018x}` |\n\
         | Instructions | {} in {} families |\n\
         | `isa.ron` format version | {SPEC_VERSION} |\n\
         | `.vve` format version | {} |\n\n",
        INSTRUCTIONS.len(),
        fams.len(),
        vm::vve::FORMAT_VERSION,
    );
    md.push_str(
        "## Contents\n\n\
         1. [Overview](#overview)\n\
         2. [Register model](#register-model)\n\
         3. [Calling convention](#calling-convention)\n\
         4. [Memory](#memory)\n\
         5. [Traps and limits](#traps-and-limits)\n\
         6. [Encoding](#encoding)\n\
         7. [The `.vve` file format](#the-vve-file-format)\n\
         8. [Mapping from the seed VMs](#mapping-from-the-seed-vms)\n\
         9. [Opcode table](#opcode-table)\n\
         10. [Instructions by family](#instructions-by-family)\n\n",
    );
    let links: Vec<String> = fams
        .iter()
        .map(|f| format!("[`{}`](#{})", f.name, f.anchor()))
        .collect();
    let _ = writeln!(md, "Families: {}\n", links.join(" · "));
}

fn overview(md: &mut String) {
    let mut typed = existing(&["add.i64", "lt.f32", "print.u8", "cvt.f64.i32"], "");
    if typed.is_empty() {
        typed = INSTRUCTIONS
            .iter()
            .filter(|i| !i.suffix.is_empty())
            .take(3)
            .map(|i| format!("`{}`", i.mnemonic))
            .collect();
    }
    let _ = write!(
        md,
        "## Overview\n\n\
         voxvm is an embeddable, sandboxed, statically typed, register-based bytecode \
         virtual machine. Every arithmetic, comparison, branch and output instruction names \
         the type it operates on in its mnemonic ({}), so the dispatch loop never inspects \
         value tags: a register holds 64 raw bits and the instruction says how to read \
         them.\n\n\
         The instruction set is declared once, in `isa.ron`. From it the `vm_macros::isa!` \
         macro generates the opcode enum, the encoder and decoder, the assembler's mnemonic \
         table, the disassembler's operand lists, the `Handler` and `RegHandler` traits \
         (one method per instruction, implemented in `vm/src/handlers.rs`; `RegHandler` \
         holds the instructions that touch nothing but registers, which run on a view of \
         the register window), the dispatch loop, the metadata \
         this document is generated from, and one test per instruction that runs the \
         examples shown below. Programs are written in assembly (`.vvs`), assembled by \
         `voxasm` into `.vve` executables (or run directly by `voxvm prog.vvs`), and are \
         fully decoded and verified before they run: register numbers, jump targets, \
         function and data references are all checked at load time.\n\n\
         Notation in this document: `T` in a family section stands for the variant suffix, \
         e.g. `add.T` with `T` = `i64` is `add.i64`. Integer types are `i8` `i16` `i32` `i64` \
         (signed) and `u8` `u16` `u32` `u64` (unsigned); floats are `f32` and `f64`.\n\n",
        typed.join(", "),
    );
}

fn registers(md: &mut String) {
    let nregs = usize::from(u8::MAX) + 1;
    let mut changers = existing(&["cvt", "sext", "zext", "bitcast"], ".*");
    let changers = match changers.len() {
        0 => String::new(),
        1 => format!(" {} changes the representation explicitly.", changers[0]),
        _ => {
            let last = changers.pop().unwrap_or_default();
            format!(
                " {} and {last} change the representation explicitly.",
                changers.join(", ")
            )
        }
    };
    let _ = write!(
        md,
        "## Register model\n\n\
         Each function sees a window of up to {nregs} registers, `r0`..`r{last}`. A register \
         is 64 untyped bits; the instruction that reads or writes it gives them a type:\n\n\
         | type | register representation |\n|---|---|\n\
         | `i64`, `u64` | the 64 bits |\n\
         | `i8`, `i16`, `i32` | the value sign-extended to 64 bits |\n\
         | `u8`, `u16`, `u32` | the value zero-extended to 64 bits |\n\
         | `f64` | its IEEE 754 bits |\n\
         | `f32` | its 32 IEEE 754 bits, zero-extended |\n\n\
         Reads use the low bits of the type's width, so every typed instruction sees a \
         well-formed value whatever wrote the register; writes store the canonical \
         representation above. `mov` copies all 64 bits.{changers}\n\n\
         A function's frame size is the highest register it mentions plus one (computed \
         by the assembler and stored in the `.vve` function table); the verifier rejects \
         any register operand at or above it. A callee's registers above its arguments are \
         not cleared (they hold what the caller's window had there), so write a register \
         before reading it.\n\n",
        last = nregs - 1,
    );
}

fn calling_convention(md: &mut String) {
    md.push_str(
        "## Calling convention\n\n\
         Calls use Lua-style sliding register windows; there is no separate stack of \
         argument values.\n\n\
         - `call f, rB`: the callee's `r0` is the caller's `rB`. Arguments are placed in \
         `rB`, `rB+1`, ... before the call.\n\
         - `ret rS` copies `rS` into `r0` of the current window, i.e. the caller's `rB`, \
         and resumes the caller after its `call`. So the result is found in `rB`.\n\
         - The caller's registers below `rB` are untouched; registers from `rB` up (as far \
         as the callee's frame reaches) are clobbered. Keep live values below the base.\n",
    );
    if exists("callr") && exists("fref") {
        md.push_str("- `callr rF, rB` calls the function whose index is in `rF` (from `fref`).\n");
    }
    md.push_str(
        "- Returning from the entry function stops the program; the returned value is the \
         exit status, as with `halt`.\n\n",
    );
    md.push_str(&fence("asm", CALL_EXAMPLE));
    let _ = write!(
        md,
        "\nprints\n\n{}",
        fence("text", CALL_EXAMPLE_OUTPUT.trim_end())
    );
    md.push('\n');
}

/// `1048576` as `1 MiB`, other sizes in bytes.
fn human_size(n: u64) -> String {
    match n {
        0 => "0".into(),
        n if n % (1 << 30) == 0 => format!("{} GiB", n >> 30),
        n if n % (1 << 20) == 0 => format!("{} MiB", n >> 20),
        n if n % (1 << 10) == 0 => format!("{} KiB", n >> 10),
        n => format!("{n} bytes"),
    }
}

fn memory(md: &mut String) {
    let mem = vm::MemoryConfig::default();
    let base = vm::memory::DATA_BASE;
    let granule = vm::heap::GRANULE;
    let mentions = |names: &[&str]| -> String {
        let list = existing(names, "");
        if list.is_empty() {
            String::new()
        } else {
            format!(" ({})", list.join(", "))
        }
    };
    let stack_ops = mentions(&["push", "pop", "sp", "setsp", "salloc"]);
    let heap_ops = mentions(&["alloc", "free", "realloc", "heapsize", "gc"]);
    let access_ops = existing(&["ld", "st", "lea", "memcpy", "memset"], "");
    let access_ops = if access_ops.is_empty() {
        String::new()
    } else {
        format!(", as used by {}", access_ops.join(", "))
    };
    let _ = write!(
        md,
        "## Memory\n\n\
         Besides its registers, a program has one address space: a bounded byte array \
         holding the data segment, the stack and the heap. Addresses are plain 64-bit \
         integers, byte offsets into that array{access_ops}; every access is \
         bounds-checked, so nothing a program does can reach host memory.\n\n\
         | addresses | region |\n|---|---|\n\
         | `0` – `{guard:#x}` | null guard: every access traps, so 0 is never a valid address |\n\
         | from `{base:#x}` | data segment: the module's `.data`, writable |\n\
         | next {granule}-byte boundary | stack{stack_ops}: {stack} by default (`voxvm --init-stack-size`), grows down from its top |\n\
         | after the stack | heap{heap_ops}: {heap} initially (`--init-heap-size`), grows on demand |\n\n\
         The whole address space is capped at {max} by default (`--max-memory`). A \
         function's stack allocations are released when it returns: `ret` restores the \
         stack pointer saved by `call`. The heap allocator is split/merge first-fit over \
         {granule}-byte granules with its metadata outside VM memory, so a program that \
         overwrites its heap cannot corrupt the allocator. Unreachable heap blocks are \
         reclaimed by a conservative, non-moving mark-sweep garbage collector (roots: the \
         registers of live frames, the live stack and the data segment; any 8-byte-aligned \
         word pointing into a block keeps it alive); explicit `free` is optional. A module \
         flagged *manual memory* (`.manual_memory`; compiled C is) is never collected: its \
         blocks live until it frees them (see [the `.vve` format](#the-vve-file-format)).\n\n",
        guard = base - 1,
        stack = human_size(mem.stack),
        heap = human_size(mem.init_heap),
        max = human_size(mem.max),
    );
}

fn traps(md: &mut String, fams: &[Family]) {
    let limit = vm::Config::DEFAULT_MAX_RECURSION;
    let msg = vm::Trap::RecursionLimit { limit }.to_string();
    let unit = vm::isa::WORK_UNIT;
    let _ = write!(
        md,
        "## Traps and limits\n\n\
         A trap is a runtime error of the program (never of the host): execution stops, \
         buffered output is flushed, and the embedder receives a `TrapReport` with the \
         trap, the function, the byte offset, source file and line of the trapping \
         instruction, and a backtrace whose frames each name their own file (a module \
         compiled from several files has a file table). `voxvm` prints it to stderr as\n\n\
         ```text\nerror: <trap> at <function>+<offset> (<file>:<line>)\n```\n\n\
         followed by the backtrace when the call depth is more than one, and exits with \
         status 70. Everything a program does is bounded by the verifier and by these \
         traps: there is no undefined behaviour reachable from bytecode.\n\n\
         **Step limit.** With `voxvm --max-steps=N` (`vm::Config::max_steps`), each \
         basic block costs one step, and an instruction whose work grows with an \
         operand (fills, copies, comparisons, scans, collections: the **Steps** line of \
         its entry) costs one more step per {unit} bytes of that work, so that the limit \
         bounds time: the run traps with `step limit reached (N steps)`. Without a limit \
         (and without an interrupt handle) nothing is counted.\n\n\
         **Recursion limit.** A call that would make the call depth exceed the limit \
         (default {limit}, `voxvm --max-recursion=N`, `vm::Config::max_recursion` when \
         embedding) traps with `{msg}`.\n\n\
         Traps declared in `isa.ron`, and which families can raise them:\n\n\
         | trap | raised by |\n|---|---|\n",
    );
    let mut by_trap: BTreeMap<&str, Vec<&Family>> = BTreeMap::new();
    for f in fams {
        let mut seen = HashSet::new();
        for m in &f.members {
            for t in m.traps {
                if seen.insert(*t) {
                    let list = by_trap.entry(t).or_default();
                    if !list.iter().any(|g| g.name == f.name) {
                        list.push(f);
                    }
                }
            }
        }
    }
    for (t, list) in &by_trap {
        let links: Vec<String> = list
            .iter()
            .map(|f| format!("[`{}`](#{})", f.generic_mnemonic(), f.anchor()))
            .collect();
        let _ = writeln!(md, "| {} | {} |", cell(t), links.join(", "));
    }
    md.push('\n');
}

fn encoding(md: &mut String) {
    let reg = OperandKind::Reg.size();
    let label = OperandKind::Label.size();
    let data = OperandKind::Data.size();
    let func = OperandKind::Func.size();
    let import = OperandKind::Import.size();
    let mut visible = vec!["labels".to_string()];
    visible.extend(existing(&["addr", "jmpr"], ""));
    visible.extend(["trap reports".to_string(), "the disassembler".to_string()]);
    let _ = write!(
        md,
        "## Encoding\n\n\
         An instruction is its opcode as a little-endian `u16` ({OPCODE_SIZE} bytes) followed \
         by its operands in syntax order, each little-endian, with no padding or alignment:\n\n\
         | operand kind | assembly | encoded as |\n|---|---|---|\n\
         | register | `r0`..`r255` | {reg} byte: the register number |\n\
         | immediate | `42`, `-1`, `0x10`, `2.5` | its type's width (1, 2, 4 or 8 bytes); floats as IEEE 754 bits |\n\
         | code label | `loop` | {label} bytes (`u32`): byte offset of the target in the code section |\n\
         | data symbol | `msg`, `msg+4` | {data} bytes (`u32`): byte offset in the data segment |\n\
         | function | `fib` | {func} bytes (`u32`): index in the function table |\n\
         | import | `sin` | {import} bytes (`u32`): index in the import table |\n\n\
         Code addresses are byte offsets everywhere the user can see them ({}); the loader translates them to \
         instruction indices after checking that each one is an instruction boundary \
         inside the same function. Every instruction section below gives its exact layout.\n\n",
        visible.join(", "),
    );
    // Worked encodings, built with the real encoder.
    let samples = [
        INSTRUCTIONS.iter().find(|i| {
            i.operands.len() == 3 && i.operands.iter().all(|o| o.kind == OperandKind::Reg)
        }),
        INSTRUCTIONS
            .iter()
            .find(|i| i.operands.iter().any(|o| o.kind == OperandKind::Label)),
    ];
    let mut rows = Vec::new();
    for info in samples.into_iter().flatten() {
        let Some(op) = vm::isa::Opcode::from_mnemonic(info.mnemonic) else {
            continue;
        };
        let mut text = Vec::new();
        let mut vals = Vec::new();
        let mut next_reg = 1u8;
        for o in info.operands {
            match o.kind {
                OperandKind::Reg => {
                    text.push(format!("r{next_reg}"));
                    vals.push(OperandValue::Reg(Reg(next_reg)));
                    next_reg += 1;
                }
                OperandKind::Label => {
                    text.push("target".into());
                    vals.push(OperandValue::Label(Label(0x40)));
                }
                _ => {}
            }
        }
        if vals.len() != info.operands.len() {
            continue;
        }
        let Some(instr) = Instr::from_operands(op, &vals) else {
            continue;
        };
        let mut bytes = Vec::new();
        instr.encode(&mut bytes);
        let hex: Vec<String> = bytes.iter().map(|b| format!("{b:02x}")).collect();
        let note = if info.operands.iter().any(|o| o.kind == OperandKind::Label) {
            " (`target` at code offset 0x40)"
        } else {
            ""
        };
        rows.push(format!(
            "| `{} {}`{note} | `{}` |",
            info.mnemonic,
            text.join(", "),
            hex.join(" ")
        ));
    }
    if !rows.is_empty() {
        md.push_str("For example:\n\n| instruction | bytes |\n|---|---|\n");
        for r in rows {
            md.push_str(&r);
            md.push('\n');
        }
        md.push('\n');
    }
}

fn vve_format(md: &mut String) {
    let magic: Vec<String> = vm::vve::MAGIC.iter().map(|b| format!("{b:02x}")).collect();
    let magic_text: String = vm::vve::MAGIC
        .iter()
        .map(|&b| {
            if b.is_ascii_graphic() {
                (b as char).to_string()
            } else {
                format!("\\x{b:02x}")
            }
        })
        .collect();
    let u16s = std::mem::size_of::<u16>();
    let u32s = std::mem::size_of::<u32>();
    let u64s = std::mem::size_of::<u64>();
    let magic_len = vm::vve::MAGIC.len();
    // Fixed header offsets.
    let o_ver = magic_len;
    let o_res = o_ver + u16s;
    let o_fp = o_res + u16s;
    let o_entry = o_fp + u64s;
    let o_code = o_entry + u32s;
    let _ = write!(
        md,
        "## The `.vve` file format\n\n\
         `voxasm` writes, and `voxvm` runs, `.vve` executables. All integers are \
         little-endian; sections follow each other without padding, and nothing may follow \
         the last one.\n\n\
         | offset | field | size |\n|---|---|---|\n\
         | 0 | magic `{magic_text}` (bytes `{}`) | {magic_len} |\n\
         | {o_ver} | format version, currently {} | `u16` |\n\
         | {o_res} | flags: bit 0 ({manual:#x}) = manual memory; every other bit must be 0 | `u16` |\n\
         | {o_fp} | ISA fingerprint (this ISA: `{FINGERPRINT:#018x}`) | `u64` |\n\
         | {o_entry} | index of the entry function | `u32` |\n\
         | {o_code} | code: length `n`, then `n` bytes of instructions | `u32` + n |\n\
         | … | data segment: length `n`, then its first `n` bytes, then how many zero bytes follow them (`u32`, not stored) | `u32` + n + `u32` |\n\
         | … | function table: count, then per function its code offset (`u32`), register count (`u16`), name length (`u16`) and UTF-8 name | `u32` + … |\n\
         | … | import table (names of the host and native functions `hcall` uses, resolved when a VM is created): count, then per import its name length (`u16`), UTF-8 name, and where the source declared it: file index (`u32`) and line (`u32`), both 0 when unknown | `u32` + … |\n\
         | … | line table: count, then (code offset `u32`, source line `u32`) pairs sorted by offset | `u32` + 8n |\n\
         | … | file table: count, then per file its name length (`u16`) and UTF-8 name | `u32` + … |\n\
         | … | file runs: count, then (code offset `u32`, file index `u32`) pairs sorted by offset | `u32` + 8n |\n\
         | … | source file name: length `u16`, UTF-8 | 2 + n |\n\n\
         The fingerprint is a hash of every mnemonic, opcode and operand kind in `isa.ron`; \
         a file assembled for a different instruction set is refused at load time instead of \
         being misread. Functions are contiguous and sorted by offset; the first starts at \
         code offset 0.\n\n\
         **Manual memory** (flag bit 0, `.manual_memory` in assembly) marks a program that \
         frees its heap blocks itself, as compiled C does: the garbage collector never runs \
         for it (`gc` does nothing), and an allocation that does not fit grows the heap up \
         to the memory cap, after which `alloc` traps and `tryalloc` gives 0.\n\n\
         **Source positions.** The line of a code offset is that of the last line-table \
         entry at or before it; its file is the file of the last file run at or before it, \
         or the source file name when no run precedes it. Assembly produces no runs (all \
         code is from the `.vvs` file); a compiler whose code comes from several files \
         (sources, headers, its C library) adds a run where the file changes, so line \
         entries stay 8 bytes. Trap reports and link errors name the file of each location.\n\n\
         The data segment's zero tail is a count: an assembler or compiler puts \
         objects with no initializer (and a trailing `.zero`) there, so they cost no file \
         size, and the VM's pages for them stay untouched until the program writes them. \
         Version 3 files (every data byte stored) are still read, and so are \
         version {min} files (no flags, import locations, file table or file runs). \
         The raw `.vvr` format (`voxasm --raw`, `voxvm --vvr=`) is the code \
         bytes alone: one function `main` with all registers, no data, no line table and no \
         fingerprint check, so `.vve` is recommended.\n\n",
        magic.join(" "),
        vm::vve::FORMAT_VERSION,
        manual = vm::vve::FLAG_MANUAL_MEMORY,
        min = vm::vve::MIN_FORMAT_VERSION,
    );
}

fn seeds(md: &mut String, fams: &[Family]) {
    // vm name -> [(seed instruction, families)]
    let mut by_vm: BTreeMap<&str, Vec<(&str, Vec<&Family>)>> = BTreeMap::new();
    let mut unseeded = Vec::new();
    for f in fams {
        let mut seen = HashSet::new();
        let mut any = false;
        for m in &f.members {
            for s in m.seeds {
                any = true;
                if !seen.insert(*s) {
                    continue;
                }
                let (vmname, what) = s.split_once(' ').unwrap_or(("other", s));
                let rows = by_vm.entry(vmname).or_default();
                match rows.iter_mut().find(|(w, _)| *w == what) {
                    Some((_, list)) => {
                        if !list.iter().any(|g| g.name == f.name) {
                            list.push(f);
                        }
                    }
                    None => rows.push((what, vec![f])),
                }
            }
        }
        if !any {
            unseeded.push(f);
        }
    }
    let vms: Vec<String> = by_vm.keys().map(|v| format!("`{v}`")).collect();
    let _ = write!(
        md,
        "## Mapping from the seed VMs\n\n\
         voxvm replaces {} seed VM{} ({}). Each instruction's `seeds` field in `isa.ron` \
         records which seed instructions (or features) it takes over; these tables are \
         built from those fields, one per seed VM, in voxvm opcode order. A family \
         replaces the seed instruction with all its variants.\n\n",
        vms.len(),
        if vms.len() == 1 { "" } else { "s" },
        vms.join(", "),
    );
    let fam_ref = |f: &Family| {
        if f.members.len() > 12 {
            format!(
                "[`{}`](#{}) ({} variants)",
                f.name,
                f.anchor(),
                f.members.len()
            )
        } else if f.generic() {
            let sufs: Vec<&str> = f.members.iter().map(|m| m.suffix).collect();
            format!("[`{}`](#{}) ({})", f.name, f.anchor(), sufs.join(", "))
        } else {
            format!("[`{}`](#{})", f.members[0].mnemonic, f.anchor())
        }
    };
    for (vmname, rows) in &by_vm {
        let _ = write!(
            md,
            "### Seed VM `{vmname}`\n\n| `{vmname}` instruction | replaced by |\n|---|---|\n"
        );
        for (what, list) in rows {
            let targets: Vec<String> = list.iter().map(|f| fam_ref(f)).collect();
            let _ = writeln!(md, "| `{}` | {} |", cell(what), targets.join("; "));
        }
        md.push('\n');
    }
    if !unseeded.is_empty() {
        let list: Vec<String> = unseeded.iter().map(|f| fam_ref(f)).collect();
        let _ = write!(
            md,
            "New in voxvm (no seed instruction): {}.\n\n",
            list.join("; ")
        );
    }
}

fn opcode_table(md: &mut String) {
    md.push_str(
        "## Opcode table\n\n\
         Every instruction in opcode order. Sizes are in bytes, opcode included.\n\n\
         | opcode | mnemonic | operands | size | summary |\n|---|---|---|---|---|\n",
    );
    for i in INSTRUCTIONS.iter() {
        let ops: Vec<String> = i
            .operands
            .iter()
            .map(|o| format!("{}:{}", o.name, short_kind(o.kind)))
            .collect();
        let ops = if ops.is_empty() {
            "—".to_string()
        } else {
            format!("`{}`", ops.join(", "))
        };
        let _ = writeln!(
            md,
            "| `{:#06x}` | [`{}`](#{}) | {} | {} | {} |",
            i.opcode,
            i.mnemonic,
            anchor(i.family),
            ops,
            i.size,
            cell(i.summary)
        );
    }
    md.push('\n');
}

fn instructions(md: &mut String, fams: &[Family]) {
    md.push_str(
        "## Instructions by family\n\n\
         Each section gives the syntax, the semantics, the traps and flags, the `Handler` \
         or `RegHandler` method that implements it (in `vm/src/handlers.rs`), the byte layout and the \
         runnable examples from `isa.ron`, which `cargo test -p tests --test spec_examples` \
         executes (one test per mnemonic, named like the handler).\n\n",
    );
    for f in fams {
        family_section(md, f);
    }
}

fn family_section(md: &mut String, f: &Family) {
    let summary = f.shared(Key::Suffix, |i| i.summary.to_string());
    let title_summary = match &summary {
        Shared::One(s) => s.clone(),
        Shared::PerVariant(_) => String::new(),
    };
    let _ = write!(md, "<a id=\"{}\"></a>\n\n### `{}`", f.anchor(), f.name);
    if !title_summary.is_empty() {
        let _ = write!(md, " — {}", title_summary.trim_end_matches('.'));
    }
    md.push_str("\n\n");

    // Syntax.
    let syntax = f.shared(Key::Suffix, |i| i.syntax());
    let _ = write!(md, "- **Syntax:** {}", syntax.inline(true));
    if f.generic() {
        let _ = write!(md, " — `T` ∈ {}", f.suffix_list());
    }
    md.push('\n');
    if !f.generic() {
        let _ = writeln!(md, "- **Opcode:** `{:#06x}`", f.members[0].opcode);
    }
    if let Shared::PerVariant(_) = summary {
        let _ = writeln!(md, "- **Summary:** {}", summary.inline(false));
    }
    // Traps.
    let ntraps = f.members.iter().map(|m| m.traps.len()).max().unwrap_or(0);
    let traps: Vec<String> = (0..ntraps)
        .map(|k| {
            f.shared(Key::Suffix, |i| {
                i.traps.get(k).map_or(String::new(), |t| t.to_string())
            })
            .inline(false)
        })
        .collect();
    let _ = writeln!(
        md,
        "- **Traps:** {}",
        if traps.is_empty() {
            "none".to_string()
        } else {
            traps.join("; ")
        }
    );
    let flags = f.shared(Key::Suffix, |i| {
        let names = flag_names(i);
        if names.is_empty() {
            "none".into()
        } else {
            names.join(", ")
        }
    });
    let _ = writeln!(md, "- **Flags:** {}", flags.inline(false));
    // Steps for work that grows with an operand (all members alike).
    let unit = vm::isa::WORK_UNIT;
    match f.members[0].work {
        None => {}
        Some(vm::isa::Work::Bytes(op)) => {
            let _ = writeln!(
                md,
                "- **Steps:** one per {unit} bytes of `{op}` (rounded down, at most the size of the address space), charged before it runs when steps are counted; `step limit reached` if the budget cannot pay, with nothing done"
            );
        }
        Some(vm::isa::Work::Measured(what)) => {
            let _ = writeln!(
                md,
                "- **Steps:** one per {unit} bytes of work (rounded down) when steps are counted: {what}"
            );
        }
    }
    let sig = f.shared(Key::Snake, handler_signature);
    let note = f.shared(Key::Suffix, |i| handler_note(i).to_string());
    let _ = writeln!(
        md,
        "- **Handler:** {} — {}",
        sig.inline(true),
        note.inline(false)
    );
    let seeds = f.shared(Key::Suffix, |i| {
        i.seeds
            .iter()
            .map(|s| format!("`{s}`"))
            .collect::<Vec<_>>()
            .join(", ")
    });
    if !matches!(&seeds, Shared::One(s) if s.is_empty()) {
        let _ = writeln!(md, "- **Replaces:** {}", seeds.inline(false));
    }
    md.push('\n');

    // Semantics.
    match f.shared(Key::Suffix, |i| i.description.to_string()) {
        Shared::One(d) => {
            let _ = write!(md, "{}\n\n", d.trim_end());
        }
        Shared::PerVariant(groups) => {
            for (ms, d) in groups {
                let _ = writeln!(md, "- {}: {}", code_list(&ms), d.trim_end());
            }
            md.push('\n');
        }
    }

    encoding_table(md, f);
    if f.generic() {
        variants_table(md, f, &summary);
    }
    examples(md, f);
}

/// Operand kinds and byte layout; one byte-range column per distinct layout.
fn encoding_table(md: &mut String, f: &Family) {
    md.push_str("**Operands and encoding** (little-endian):\n\n");
    let layout =
        |i: &InstrInfo| -> Vec<usize> { i.operands.iter().map(|o| o.kind.size()).collect() };
    let mut groups: Vec<(Vec<usize>, Vec<&InstrInfo>)> = Vec::new();
    for m in &f.members {
        let l = layout(m);
        match groups.iter_mut().find(|(g, _)| *g == l) {
            Some((_, ms)) => ms.push(m),
            None => groups.push((l, vec![m])),
        }
    }
    let nops = f.members[0].operands.len();
    let same_shape = f.members.iter().all(|m| m.operands.len() == nops);
    md.push_str("| field | kind |");
    for (_, ms) in &groups {
        if groups.len() == 1 {
            md.push_str(" bytes |");
        } else {
            let sufs: Vec<&str> = ms.iter().map(|m| m.suffix).collect();
            let _ = write!(md, " bytes ({}) |", sufs.join(", "));
        }
    }
    md.push_str("\n|---|---|");
    for _ in &groups {
        md.push_str("---|");
    }
    md.push_str("\n| opcode | `u16` |");
    for _ in &groups {
        let _ = write!(md, " {} |", byte_range(0, OPCODE_SIZE));
    }
    md.push('\n');
    if same_shape {
        for k in 0..nops {
            let name = f.shared(Key::Suffix, |i| i.operands[k].name.to_string());
            let kind = f.shared(Key::Suffix, |i| i.operands[k].kind.describe());
            let _ = write!(
                md,
                "| {} | {} |",
                cell(&name.inline(true)),
                cell(&kind.inline(false))
            );
            for (l, _) in &groups {
                let off = OPCODE_SIZE + l[..k].iter().sum::<usize>();
                let _ = write!(md, " {} |", byte_range(off, l[k]));
            }
            md.push('\n');
        }
    }
    md.push_str("| **total** | |");
    for (_, ms) in &groups {
        let _ = write!(md, " **{} bytes** |", ms[0].size);
    }
    md.push_str("\n\n");
}

fn variants_table(md: &mut String, f: &Family, summary: &Shared) {
    let with_summary = matches!(summary, Shared::PerVariant(_));
    md.push_str("**Variants:**\n\n");
    md.push_str("| mnemonic | opcode | handler |");
    if with_summary {
        md.push_str(" summary |");
    }
    md.push_str("\n|---|---|---|");
    if with_summary {
        md.push_str("---|");
    }
    md.push('\n');
    for m in &f.members {
        let _ = write!(
            md,
            "| `{}` | `{:#06x}` | `{}` |",
            m.mnemonic, m.opcode, m.handler
        );
        if with_summary {
            let _ = write!(md, " {} |", cell(m.summary));
        }
        md.push('\n');
    }
    md.push('\n');
}

/// One distinct example, with the variants it applies to.
struct ExampleGroup {
    rep: &'static InstrInfo,
    ex: &'static vm::isa::Example,
    also: Vec<&'static str>,
}

fn same_up_to_suffix(a: &InstrInfo, ta: &str, b: &InstrInfo, tb: &str) -> bool {
    template(&[(a.suffix, ta), (b.suffix, tb)]).is_some()
}

fn examples(md: &mut String, f: &Family) {
    let mut groups: Vec<ExampleGroup> = Vec::new();
    for m in &f.members {
        for ex in m.examples {
            let fits = |g: &ExampleGroup| {
                g.ex.exit == ex.exit
                    && g.ex.trap.is_some() == ex.trap.is_some()
                    && same_up_to_suffix(g.rep, g.ex.code, m, ex.code)
                    && same_up_to_suffix(g.rep, g.ex.output, m, ex.output)
                    && same_up_to_suffix(g.rep, g.ex.trap.unwrap_or(""), m, ex.trap.unwrap_or(""))
            };
            match groups
                .iter_mut()
                .find(|g| g.rep.opcode != m.opcode && fits(g))
            {
                Some(g) => {
                    if !g.also.contains(&m.mnemonic) {
                        g.also.push(m.mnemonic);
                    }
                }
                None => groups.push(ExampleGroup {
                    rep: m,
                    ex,
                    also: Vec::new(),
                }),
            }
        }
    }
    for g in groups {
        let _ = write!(md, "**Example** (`{}`", g.rep.mnemonic);
        if !g.also.is_empty() {
            let _ = write!(
                md,
                "; the same with the suffix changed for {}",
                code_list(&g.also)
            );
        }
        md.push_str("):\n\n");
        md.push_str(&fence("asm", &example_program(g.ex.code)));
        md.push('\n');
        if g.ex.output.is_empty() {
            md.push_str("Output: none.");
        } else {
            md.push_str("Output:\n\n");
            md.push_str(&fence(
                "text",
                g.ex.output.strip_suffix('\n').unwrap_or(g.ex.output),
            ));
            if !g.ex.output.ends_with('\n') {
                md.push_str("\n(no trailing newline)");
            }
        }
        match g.ex.trap {
            Some(t) => {
                let _ = write!(md, "\nTraps with `{t}` (`voxvm` exits with status 70).");
            }
            None => {
                let _ = write!(md, "\nExit status {}.", g.ex.exit);
            }
        }
        md.push_str("\n\n");
    }
}

/// Why `--check` failed.
#[derive(Debug, PartialEq, Eq)]
pub enum CheckError {
    /// The file does not exist or cannot be read.
    Missing(String),
    /// The file differs from what would be generated; 1-based first differing line.
    Stale {
        /// First line that differs.
        line: usize,
    },
}

/// Compares `path` with `expected`. Line endings are normalised, so a CRLF
/// checkout does not count as stale.
pub fn check(path: &Path, expected: &str) -> Result<(), CheckError> {
    let actual = std::fs::read_to_string(path).map_err(|e| CheckError::Missing(e.to_string()))?;
    let actual = actual.replace("\r\n", "\n");
    if actual == expected {
        return Ok(());
    }
    let mut a = actual.lines();
    let mut e = expected.lines();
    let mut line = 1;
    loop {
        match (a.next(), e.next()) {
            (Some(x), Some(y)) if x == y => line += 1,
            _ => break,
        }
    }
    Err(CheckError::Stale { line })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_file(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("docs-gen-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir.join(name)
    }

    #[test]
    fn every_mnemonic_and_opcode_is_documented() {
        let md = generate();
        for i in INSTRUCTIONS.iter() {
            assert!(
                md.contains(&format!("[`{}`](#{})", i.mnemonic, anchor(i.family))),
                "{} missing from the opcode table",
                i.mnemonic
            );
            assert!(
                md.contains(&format!("`{:#06x}`", i.opcode)),
                "opcode of {} missing",
                i.mnemonic
            );
            assert!(
                md.contains(&format!("<a id=\"{}\"></a>", anchor(i.family))),
                "section of {} missing",
                i.family
            );
        }
        assert!(md.contains(&format!("{FINGERPRINT:#018x}")));
        assert!(md.contains("generated by docs-gen, do not edit"));
    }

    #[test]
    fn every_instruction_has_an_example_shown() {
        let md = generate();
        let headers: Vec<&str> = md
            .lines()
            .filter(|l| l.starts_with("**Example**"))
            .collect();
        for i in INSTRUCTIONS.iter() {
            let m = format!("`{}`", i.mnemonic);
            assert!(
                headers.iter().any(|h| h.contains(&m)),
                "no example shown for {}",
                i.mnemonic
            );
        }
    }

    #[test]
    fn output_is_deterministic() {
        assert_eq!(generate(), generate());
        assert!(generate().ends_with('\n') && !generate().ends_with("\n\n"));
    }

    #[test]
    fn check_detects_stale_and_missing_files() {
        let expected = generate();
        let path = temp_file("ISA.md");
        std::fs::write(&path, &expected).unwrap();
        assert_eq!(check(&path, &expected), Ok(()));
        // CRLF checkouts are fine.
        std::fs::write(&path, expected.replace('\n', "\r\n")).unwrap();
        assert_eq!(check(&path, &expected), Ok(()));
        // An edit is detected, at its line.
        let edited = expected.replacen("## Overview", "## Overveiw", 1);
        let line = expected.lines().position(|l| l == "## Overview").unwrap() + 1;
        std::fs::write(&path, edited).unwrap();
        assert_eq!(check(&path, &expected), Err(CheckError::Stale { line }));
        // So is a truncated file.
        std::fs::write(&path, &expected[..expected.len() / 2]).unwrap();
        assert!(matches!(
            check(&path, &expected),
            Err(CheckError::Stale { .. })
        ));
        std::fs::remove_file(&path).unwrap();
        assert!(matches!(
            check(&path, &expected),
            Err(CheckError::Missing(_))
        ));
    }

    #[test]
    fn templates_recover_the_suffix() {
        let t = template(&[
            ("i64", "`dst = a + b` in i64."),
            ("f32", "`dst = a + b` in f32."),
        ]);
        assert_eq!(
            t.map(|t| render_template(&t)).as_deref(),
            Some("`dst = a + b` in T.")
        );
        // A literal that is not the suffix in every variant stays literal.
        let t = template(&[
            ("i64", "movi.i64 r0, 1\nadd.i64 r1, r0, r0\nmovi.i64 r2, 0"),
            ("u32", "movi.u32 r0, 1\nadd.u32 r1, r0, r0\nmovi.i64 r2, 0"),
        ]);
        assert_eq!(
            t.map(|t| render_template(&t)).as_deref(),
            Some("movi.T r0, 1\nadd.T r1, r0, r0\nmovi.i64 r2, 0")
        );
        // Texts that differ otherwise have no template.
        assert_eq!(template(&[("i64", "42"), ("f64", "2.5")]), None);
        // Suffixes sharing a prefix.
        let t = template(&[("i8", "low i8 bits"), ("i16", "low i16 bits")]);
        assert_eq!(
            t.map(|t| render_template(&t)).as_deref(),
            Some("low T bits")
        );
    }

    #[test]
    fn calling_convention_example_runs() {
        let image = asm::assemble(CALL_EXAMPLE, "call-example.vvs")
            .unwrap_or_else(|e| panic!("{}", e.render()));
        let module = vm::Module::from_image(image).unwrap();
        let mut out = Vec::new();
        let status = vm::run(&module, &vm::Config::default(), &mut out).unwrap();
        assert_eq!(status, 0);
        assert_eq!(String::from_utf8(out).unwrap(), CALL_EXAMPLE_OUTPUT);
    }

    #[test]
    fn readme_assembly_example_runs() {
        let readme = include_str!("../../README.md");
        let section = readme
            .split("## The assembly language in brief")
            .nth(1)
            .expect("README has the assembly section");
        let code = section
            .split("```asm\n")
            .nth(1)
            .and_then(|s| s.split("```").next())
            .expect("README's assembly section has an asm block");
        let image = asm::assemble(code, "README.md").unwrap_or_else(|e| panic!("{}", e.render()));
        let module = vm::Module::from_image(image).unwrap();
        let mut out = Vec::new();
        let status = vm::run(&module, &vm::Config::default(), &mut out).unwrap();
        assert_eq!(status, 0);
        assert_eq!(String::from_utf8(out).unwrap(), "hi\n".repeat(10));
    }

    #[test]
    fn documented_vve_header_matches_the_writer() {
        let img = vm::Image {
            fingerprint: 0x0102_0304_0506_0708,
            flags: vm::vve::FLAG_MANUAL_MEMORY,
            entry: 0x1122_3344,
            code: vec![0xaa; 3],
            data: Vec::new(),
            functions: Vec::new(),
            imports: Vec::new(),
            lines: Vec::new(),
            source: String::new(),
            ..Default::default()
        };
        let b = img.to_vve();
        assert_eq!(&b[..4], &vm::vve::MAGIC);
        assert_eq!(&b[4..6], &vm::vve::FORMAT_VERSION.to_le_bytes());
        assert_eq!(&b[6..8], &img.flags.to_le_bytes());
        assert_eq!(&b[8..16], &img.fingerprint.to_le_bytes());
        assert_eq!(&b[16..20], &img.entry.to_le_bytes());
        assert_eq!(&b[20..24], &3u32.to_le_bytes());
        let md = generate();
        for row in [
            "| 4 | format version",
            "| 6 | flags",
            "| 8 | ISA fingerprint",
            "| 16 | index of the entry",
            "| 20 | code:",
        ] {
            assert!(md.contains(row), "{row}");
        }
    }

    #[test]
    fn documented_layout_matches_the_encoder() {
        // The byte ranges in the tables are computed from operand sizes; check the
        // sizes against the real encoder for every instruction.
        for i in INSTRUCTIONS.iter() {
            let expect = OPCODE_SIZE + i.operands.iter().map(|o| o.kind.size()).sum::<usize>();
            assert_eq!(i.size, expect, "{}", i.mnemonic);
            let op = vm::isa::Opcode::from_mnemonic(i.mnemonic).unwrap();
            assert_eq!(op.size(), i.size, "{}", i.mnemonic);
        }
    }
}

/// The Rust code blocks of the README compile and run (`cargo test -p docs-gen --doc`).
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
