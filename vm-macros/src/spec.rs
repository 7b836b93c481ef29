//! The `isa.ron` schema, its loader, family expansion and the consistency checks.
//!
//! Everything here is plain Rust (no proc-macro types) so it can be unit-tested.
//! Errors carry the `line:col` in `isa.ron` they are about: RON syntax and schema
//! errors come from `ron`'s span, semantic ones (duplicates, bad names) from the
//! position of the family's `name:` in the source text.

use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::fmt;

/// The spec format version this crate understands.
pub const SPEC_VERSION: u32 = 1;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SpecFile {
    version: u32,
    instructions: Vec<FamilyDef>,
}

/// One entry of `isa.ron`: a single instruction, or a family expanded over its variants.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FamilyDef {
    name: String,
    #[serde(default)]
    opcode: Option<u16>,
    #[serde(default)]
    variants: Vec<(String, u16)>,
    #[serde(default)]
    operands: Vec<(String, Kind)>,
    summary: String,
    description: String,
    #[serde(default)]
    traps: Vec<String>,
    #[serde(default)]
    flags: Vec<Flag>,
    #[serde(default)]
    examples: Vec<ExampleDef>,
    #[serde(default)]
    seeds: Vec<String>,
    #[serde(default)]
    work: Option<Work>,
}

/// How an instruction whose work grows with its operands is charged steps
/// (beyond the step of its basic block): one step per `WORK_UNIT` bytes
/// (vm/src/isa/mod.rs), when step counting is on.
#[derive(Deserialize, Clone, PartialEq, Eq, Debug)]
pub enum Work {
    /// The byte count in this register operand, charged before the
    /// instruction runs (the generated dispatch does it).
    Bytes(String),
    /// Bytes the handler finds it must process (a scan up to a NUL, a
    /// collection, a copy): it charges them before the instruction has any
    /// effect. The text says what is counted.
    Measured(String),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExampleDef {
    #[serde(default)]
    only: Vec<String>,
    code: String,
    output: String,
    #[serde(default)]
    exit: i32,
    #[serde(default)]
    trap: Option<String>,
}

/// Operand kind as written in the spec (`Imm(T)` is resolved per variant).
#[derive(Deserialize, Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Reg,
    Imm(Ty),
    Label,
    Data,
    Func,
    /// A host or native function, by name: an index into the module's import table.
    Import,
}

/// Immediate types; `T` stands for the variant's own type.
#[derive(Deserialize, Clone, Copy, PartialEq, Eq, Debug)]
pub enum Ty {
    I8,
    I16,
    I32,
    I64,
    U8,
    U16,
    U32,
    U64,
    F32,
    F64,
    T,
}

impl Ty {
    pub const CONCRETE: [Ty; 10] = [
        Ty::I8,
        Ty::I16,
        Ty::I32,
        Ty::I64,
        Ty::U8,
        Ty::U16,
        Ty::U32,
        Ty::U64,
        Ty::F32,
        Ty::F64,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Ty::I8 => "i8",
            Ty::I16 => "i16",
            Ty::I32 => "i32",
            Ty::I64 => "i64",
            Ty::U8 => "u8",
            Ty::U16 => "u16",
            Ty::U32 => "u32",
            Ty::U64 => "u64",
            Ty::F32 => "f32",
            Ty::F64 => "f64",
            Ty::T => "T",
        }
    }

    pub fn from_name(s: &str) -> Option<Ty> {
        Ty::CONCRETE.into_iter().find(|t| t.name() == s)
    }

    pub fn size(self) -> usize {
        match self {
            Ty::I8 | Ty::U8 => 1,
            Ty::I16 | Ty::U16 => 2,
            Ty::I32 | Ty::U32 | Ty::F32 => 4,
            Ty::I64 | Ty::U64 | Ty::F64 => 8,
            Ty::T => 0,
        }
    }
}

impl Kind {
    /// Encoded size in bytes.
    pub fn size(self) -> usize {
        match self {
            Kind::Reg => 1,
            Kind::Imm(t) => t.size(),
            Kind::Label | Kind::Data | Kind::Func | Kind::Import => 4,
        }
    }
}

/// Instruction properties the tools (docs, verifier, dispatch) rely on.
#[derive(Deserialize, Clone, Copy, PartialEq, Eq, Debug)]
pub enum Flag {
    /// Transfers control to a label or a code address.
    Branch,
    /// Calls a function (pushes a frame).
    Call,
    /// Returns from a function (pops a frame).
    Return,
    /// Control never falls through to the next instruction.
    Terminator,
    /// Can raise a trap.
    MayTrap,
    /// Reads VM memory (data segment, stack or heap).
    ReadsMemory,
    /// Writes VM memory.
    WritesMemory,
    /// Writes to the program's output.
    Io,
    /// Control can come back to the instruction after it a second time
    /// (`setjmp`): code that keeps values in registers across it must expect
    /// them as they were when it first ran. Its handler receives `next`.
    ReturnsTwice,
    /// May hand the VM to another thread (`tyield`, `twait`, ...): its
    /// handler receives `next` (where the running thread resumes) and may
    /// break; it counts as a step, like a branch.
    Switch,
    /// Reads or changes machine state other than registers, memory and
    /// output (the heap, the stack pointer, threads, program arguments...):
    /// the handler is a method of the machine, not of a register view.
    Machine,
}

/// One runnable example, already specialised to its instruction.
#[derive(Clone, Debug)]
pub struct Example {
    pub code: String,
    pub output: String,
    pub exit: i32,
    pub trap: Option<String>,
}

/// One concrete instruction after family expansion.
#[derive(Clone, Debug)]
pub struct Inst {
    /// Assembly mnemonic, e.g. `add.i64`.
    pub mnemonic: String,
    /// Family name, e.g. `add`.
    pub family: String,
    /// Variant suffix, e.g. `i64` (empty for single instructions).
    pub suffix: String,
    pub opcode: u16,
    pub operands: Vec<(String, Kind)>,
    pub summary: String,
    pub description: String,
    pub traps: Vec<String>,
    pub flags: Vec<Flag>,
    pub examples: Vec<Example>,
    pub seeds: Vec<String>,
    /// How its steps grow with its work, if they do.
    pub work: Option<Work>,
    /// 1-based line of the family's `name:` in `isa.ron`.
    pub line: usize,
}

impl Inst {
    pub fn has(&self, f: Flag) -> bool {
        self.flags.contains(&f)
    }
    /// `add_i64`: the handler method name.
    pub fn snake(&self) -> String {
        self.mnemonic.replace('.', "_")
    }
    /// `AddI64`: the enum variant name.
    pub fn camel(&self) -> String {
        self.mnemonic
            .split(['.', '_'])
            .map(|p| {
                let mut c = p.chars();
                match c.next() {
                    Some(f) => f.to_ascii_uppercase().to_string() + c.as_str(),
                    None => String::new(),
                }
            })
            .collect()
    }
    /// Encoded size: 2-byte opcode plus operands.
    pub fn size(&self) -> usize {
        2 + self.operands.iter().map(|(_, k)| k.size()).sum::<usize>()
    }
    /// Control-flow instructions: they end a basic block (and count as a
    /// step when steps are counted).
    pub fn ends_block(&self) -> bool {
        self.has(Flag::Branch)
            || self.has(Flag::Call)
            || self.has(Flag::Return)
            || self.has(Flag::ReturnsTwice)
            || self.has(Flag::Switch)
    }
    /// A conditional branch: continues at its label or falls through, and
    /// does nothing else that steers (no call, return or switch). Its
    /// handler returns whether the branch is taken (in a `Result` when it
    /// may trap: `ldjnz`'s load).
    pub fn cond_branch(&self) -> bool {
        self.has(Flag::Branch)
            && !self.has(Flag::Terminator)
            && !self.has(Flag::Call)
            && !self.has(Flag::Return)
            && !self.has(Flag::ReturnsTwice)
            && !self.has(Flag::Switch)
            && self
                .operands
                .iter()
                .filter(|(_, k)| *k == Kind::Label)
                .count()
                == 1
    }
    /// Handlers of these read and write registers of the current window and
    /// nothing else, so they are methods of `RegHandler`: straight-line
    /// instructions that cannot fail, and conditional branches, unless a flag
    /// says they reach memory, output or other machine state.
    pub fn regs_only(&self) -> bool {
        (!self.ends_block() || self.cond_branch())
            && !self.can_break()
            && !self.has(Flag::ReadsMemory)
            && !self.has(Flag::WritesMemory)
            && !self.has(Flag::Io)
            && !self.has(Flag::Machine)
    }
    /// Handlers of these receive `next: &mut usize` (the index of the next
    /// instruction) and may overwrite it.
    pub fn takes_next(&self) -> bool {
        self.ends_block() && !self.cond_branch()
    }
    /// Handlers of these return `Result<(), Self::Break>`.
    pub fn can_break(&self) -> bool {
        self.has(Flag::MayTrap)
            || self.has(Flag::Call)
            || self.has(Flag::Return)
            || (self.has(Flag::Terminator) && !self.has(Flag::Branch))
            || self.has(Flag::Switch)
    }
}

/// The whole, checked instruction set, sorted by opcode.
#[derive(Debug)]
pub struct Spec {
    pub version: u32,
    pub insts: Vec<Inst>,
}

impl Spec {
    /// FNV-1a 64 over everything that affects the encoding: any change to an
    /// opcode, mnemonic or operand list changes it, so stale `.vve` files are refused.
    pub fn fingerprint(&self) -> u64 {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        let mut eat = |s: &str| {
            for b in s.bytes().chain([0xff]) {
                h ^= u64::from(b);
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
        };
        eat(&format!("voxvm-isa-v{}", self.version));
        for i in &self.insts {
            eat(&format!("{}={:#06x}", i.mnemonic, i.opcode));
            for (_, k) in &i.operands {
                eat(&format!("{k:?}"));
            }
        }
        h
    }
}

/// A spec error with its position in `isa.ron`.
#[derive(Debug, PartialEq, Eq)]
pub struct SpecError {
    pub line: usize,
    pub col: usize,
    pub msg: String,
}

impl fmt::Display for SpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.col, self.msg)
    }
}

/// Finds `name: "<name>"` in the source, so semantic errors can point at the family.
fn locate(src: &str, name: &str) -> (usize, usize) {
    let needle = format!("\"{name}\"");
    let mut from = 0;
    while let Some(p) = src[from..].find("name:") {
        let at = from + p;
        let rest = src[at + 5..].trim_start();
        if rest.starts_with(&needle) {
            return line_col(src, at);
        }
        from = at + 5;
    }
    (1, 1)
}

fn line_col(src: &str, byte: usize) -> (usize, usize) {
    let before = &src[..byte];
    let line = before.matches('\n').count() + 1;
    let col = before.rfind('\n').map_or(byte, |nl| byte - nl - 1) + 1;
    (line, col)
}

fn is_ident(s: &str) -> bool {
    let mut c = s.chars();
    matches!(c.next(), Some('a'..='z' | '_'))
        && c.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

const RESERVED: &[&str] = &[
    "self", "next", "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false",
    "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref",
    "return", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
    "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
];

/// Parses, expands and checks the spec text.
pub fn parse(src: &str) -> Result<Spec, SpecError> {
    let file: SpecFile = ron::Options::default()
        .from_str(src)
        .map_err(|e| SpecError {
            line: e.span.start.line,
            col: e.span.start.col,
            msg: e.code.to_string(),
        })?;
    if file.version != SPEC_VERSION {
        return Err(SpecError {
            line: 1,
            col: 1,
            msg: format!(
                "spec version {} is not supported (expected {SPEC_VERSION})",
                file.version
            ),
        });
    }
    let mut insts = Vec::new();
    let mut families = HashMap::new();
    for fam in &file.instructions {
        let (line, col) = locate(src, &fam.name);
        let err = |msg: String| SpecError { line, col, msg };
        if families.insert(fam.name.clone(), ()).is_some() {
            return Err(err(format!("duplicate instruction family `{}`", fam.name)));
        }
        expand(fam, line, &mut insts).map_err(|m| err(format!("`{}`: {m}", fam.name)))?;
    }
    // Cross-instruction checks.
    let mut by_mnemonic: HashMap<&str, &Inst> = HashMap::new();
    let mut by_opcode: BTreeMap<u16, &Inst> = BTreeMap::new();
    let mut by_ident: HashMap<String, &Inst> = HashMap::new();
    for i in &insts {
        let (line, col) = locate(src, &i.family);
        let err = |msg: String| SpecError { line, col, msg };
        if let Some(o) = by_mnemonic.insert(&i.mnemonic, i) {
            return Err(err(format!(
                "duplicate mnemonic `{}` (also declared by family `{}`)",
                i.mnemonic, o.family
            )));
        }
        if let Some(o) = by_opcode.insert(i.opcode, i) {
            return Err(err(format!(
                "duplicate opcode {:#06x}: `{}` and `{}`",
                i.opcode, o.mnemonic, i.mnemonic
            )));
        }
        if let Some(o) = by_ident.insert(i.snake(), i) {
            return Err(err(format!(
                "`{}` and `{}` map to the same handler name `{}`",
                o.mnemonic,
                i.mnemonic,
                i.snake()
            )));
        }
    }
    insts.sort_by_key(|i| i.opcode);
    Ok(Spec {
        version: file.version,
        insts,
    })
}

fn expand(fam: &FamilyDef, line: usize, out: &mut Vec<Inst>) -> Result<(), String> {
    if !is_ident(&fam.name) {
        return Err("family names are lower-case identifiers ([a-z_][a-z0-9_]*)".into());
    }
    let variants: Vec<(String, u16)> = match (fam.opcode, fam.variants.is_empty()) {
        (Some(op), true) => vec![(String::new(), op)],
        (None, false) => fam.variants.clone(),
        (Some(_), false) => return Err("give either `opcode` or `variants`, not both".into()),
        (None, true) => return Err("missing `opcode` (or `variants` for a family)".into()),
    };
    if fam.summary.trim().is_empty() || fam.summary.contains('\n') {
        return Err("`summary` must be one non-empty line".into());
    }
    if fam.description.trim().is_empty() {
        return Err("`description` must not be empty".into());
    }
    let mut seen = Vec::new();
    for (name, _) in &fam.operands {
        if !is_ident(name) || RESERVED.contains(&name.as_str()) {
            return Err(format!(
                "operand name `{name}` is not a usable identifier (lower-case, not a Rust keyword, not `next`)"
            ));
        }
        if seen.contains(name) {
            return Err(format!("operand `{name}` is declared twice"));
        }
        seen.push(name.clone());
    }
    match &fam.work {
        Some(Work::Bytes(op)) if !fam.operands.contains(&(op.clone(), Kind::Reg)) => {
            return Err(format!(
                "`work: Bytes(\"{op}\")` must name a register operand"
            ));
        }
        Some(Work::Measured(what)) if what.trim().is_empty() => {
            return Err("`work: Measured(...)` must say what is counted".into());
        }
        _ => {}
    }
    if fam
        .operands
        .iter()
        .filter(|(_, k)| *k == Kind::Label)
        .count()
        > 1
    {
        return Err("at most one `Label` operand per instruction".into());
    }
    let uses_t = fam.operands.iter().any(|(_, k)| *k == Kind::Imm(Ty::T));
    for (suffix, _) in &variants {
        if !suffix.is_empty()
            && !suffix.split('.').all(|p| {
                !p.is_empty()
                    && p.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
            })
        {
            return Err(format!(
                "variant suffix `{suffix}` must be dot-separated [a-z0-9]+ parts"
            ));
        }
        if uses_t && Ty::from_name(suffix).is_none() {
            return Err(format!(
                "operand kind `Imm(T)` needs every variant suffix to be a type, but `{suffix}` is not one of i8..u64, f32, f64"
            ));
        }
    }
    for ex in &fam.examples {
        for o in &ex.only {
            if !variants.iter().any(|(s, _)| s == o) {
                return Err(format!("example restricted to unknown variant `{o}`"));
            }
        }
    }
    let sub = |s: &str, suffix: &str| s.replace("{T}", suffix);
    for (suffix, opcode) in &variants {
        let mnemonic = if suffix.is_empty() {
            fam.name.clone()
        } else {
            format!("{}.{suffix}", fam.name)
        };
        let operands = fam
            .operands
            .iter()
            .map(|(n, k)| {
                let k = match k {
                    Kind::Imm(Ty::T) => Kind::Imm(Ty::from_name(suffix).expect("checked above")),
                    k => *k,
                };
                (n.clone(), k)
            })
            .collect();
        let examples: Vec<Example> = fam
            .examples
            .iter()
            .filter(|e| e.only.is_empty() || e.only.contains(suffix))
            .map(|e| Example {
                code: sub(&e.code, suffix),
                output: sub(&e.output, suffix),
                exit: e.exit,
                trap: e.trap.as_ref().map(|t| sub(t, suffix)),
            })
            .collect();
        if examples.is_empty() {
            return Err(format!("`{mnemonic}` has no runnable example"));
        }
        out.push(Inst {
            mnemonic,
            family: fam.name.clone(),
            suffix: suffix.clone(),
            opcode: *opcode,
            operands,
            summary: sub(&fam.summary, suffix),
            description: sub(&fam.description, suffix),
            traps: fam.traps.iter().map(|t| sub(t, suffix)).collect(),
            flags: fam.flags.clone(),
            examples,
            seeds: fam.seeds.clone(),
            work: fam.work.clone(),
            line,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"(
    version: 1,
    instructions: [
        (
            name: "add",
            variants: [("i64", 0x10), ("f64", 0x11)],
            operands: [("dst", Reg), ("a", Reg), ("b", Reg)],
            summary: "Add {T}.",
            description: "dst = a + b",
            examples: [(code: "add.{T} r0, r0, r0", output: "")],
        ),
        (
            name: "movi",
            variants: [("i64", 0x20)],
            operands: [("dst", Reg), ("imm", Imm(T))],
            summary: "Move.",
            description: "dst = imm",
            examples: [(code: "movi.i64 r0, 1", output: "")],
        ),
    ],
)"#;

    #[test]
    fn expands_families() {
        let s = parse(GOOD).unwrap();
        let names: Vec<_> = s.insts.iter().map(|i| i.mnemonic.as_str()).collect();
        assert_eq!(names, ["add.i64", "add.f64", "movi.i64"]);
        assert_eq!(s.insts[1].summary, "Add f64.");
        assert_eq!(s.insts[1].examples[0].code, "add.f64 r0, r0, r0");
        assert_eq!(s.insts[2].operands[1].1, Kind::Imm(Ty::I64));
        assert_eq!(s.insts[2].size(), 2 + 1 + 8);
        assert_eq!(s.insts[0].camel(), "AddI64");
        assert_eq!(s.insts[0].line, 5);
    }

    #[test]
    fn fingerprint_tracks_encoding_only() {
        let a = parse(GOOD).unwrap().fingerprint();
        let docs_changed = parse(&GOOD.replace("dst = a + b", "sum"))
            .unwrap()
            .fingerprint();
        let opcode_changed = parse(&GOOD.replace("0x11", "0x12")).unwrap().fingerprint();
        assert_eq!(a, docs_changed);
        assert_ne!(a, opcode_changed);
    }

    #[test]
    fn bad_ron_names_line_and_column() {
        let e = parse(&GOOD.replace(
            "operands: [(\"dst\", Reg), (\"a\"",
            "operands: [(\"dst\" Reg), (\"a\"",
        ))
        .unwrap_err();
        assert_eq!((e.line, e.col), (7, 31), "{e}");
    }

    #[test]
    fn unknown_operand_kind_is_an_error_with_position() {
        let e = parse(&GOOD.replace("(\"b\", Reg)", "(\"b\", Register)")).unwrap_err();
        assert_eq!(e.line, 7, "{e}");
        assert!(e.msg.contains("Register"), "{e}");
    }

    #[test]
    fn duplicate_opcode_is_reported_at_the_family() {
        let e = parse(&GOOD.replace("0x20", "0x10")).unwrap_err();
        assert_eq!(e.line, 13, "{e}");
        assert!(e.msg.contains("duplicate opcode 0x0010"), "{e}");
    }

    #[test]
    fn duplicate_mnemonic_is_reported() {
        let e = parse(&GOOD.replace("(\"f64\", 0x11)", "(\"i64\", 0x11)")).unwrap_err();
        assert!(e.msg.contains("duplicate mnemonic `add.i64`"), "{e}");
    }

    #[test]
    fn t_immediate_needs_type_suffixes() {
        let e = parse(&GOOD.replace("[(\"i64\", 0x20)]", "[(\"wide\", 0x20)]")).unwrap_err();
        assert!(e.msg.contains("`wide`"), "{e}");
    }

    #[test]
    fn every_instruction_needs_an_example() {
        let src = GOOD.replace("examples: [(code: \"movi.i64 r0, 1\", output: \"\")],", "");
        let e = parse(&src).unwrap_err();
        assert!(e.msg.contains("no runnable example"), "{e}");
    }

    #[test]
    fn keyword_operand_names_are_refused() {
        let e = parse(&GOOD.replace("(\"a\", Reg)", "(\"fn\", Reg)")).unwrap_err();
        assert!(e.msg.contains("`fn`"), "{e}");
    }
}
