//! Load-time verifier. Every rule here is something the dispatch loop and the
//! handlers rely on; a module that breaks one is refused before it runs.
//!
//! Rules:
//! 1. the code decodes completely (checked by the loader while decoding);
//! 2. the function table is non-empty, starts at offset 0, is strictly increasing,
//!    every offset is an instruction boundary, names are unique and non-empty,
//!    register counts are 1..=256, and the entry index names a function;
//! 3. every register operand is below its function's register count;
//! 4. every label targets an instruction boundary inside the same function;
//! 5. every function operand indexes the function table;
//! 6. every data operand lies inside the data segment;
//! 7. the last instruction of every function is a terminator, so execution can
//!    neither run into the next function nor off the end of the code;
//! 8. the line table and the file runs are sorted by offset, and every file
//!    run names an entry of the file table;
//! 9. import names are non-empty and unique, every import operand indexes
//!    the import table, and import locations (none, or one per import) name
//!    an entry of the file table and a line from 1. (Whether the names exist
//!    is decided when a VM is created with a [`crate::Host`], not here.)

use crate::isa::{OperandKind, OperandValue, Reg, INSTRUCTIONS, MAX_OPERANDS};
use crate::loader::{Function, LoadError, Program};
use crate::vve::Image;
use std::collections::HashSet;
use std::sync::LazyLock;

/// A refusal naming the rule it breaks (the numbers of the list above).
fn fail(rule: u8, pc: u32, line: Option<u32>, msg: String) -> LoadError {
    LoadError::Verify {
        pc,
        line,
        msg: format!("rule {rule}: {msg}"),
    }
}

/// Checks the function table against the decoded instruction offsets (rule 2).
pub(crate) fn functions(image: &Image, offsets: &[u32]) -> Result<Vec<Function>, LoadError> {
    if image.functions.is_empty() || offsets.is_empty() {
        return Err(fail(
            2,
            0,
            None,
            "the module has no code or no functions".into(),
        ));
    }
    if image.entry as usize >= image.functions.len() {
        return Err(fail(
            2,
            0,
            None,
            format!(
                "entry function index {} is outside the function table ({} functions)",
                image.entry,
                image.functions.len()
            ),
        ));
    }
    let mut names = HashSet::new();
    let mut out: Vec<Function> = Vec::with_capacity(image.functions.len());
    for (i, f) in image.functions.iter().enumerate() {
        let at = |msg: String| {
            fail(
                2,
                f.offset,
                None,
                format!("function {i} `{}`: {msg}", f.name),
            )
        };
        if f.name.is_empty() || !names.insert(f.name.as_str()) {
            return Err(at("function names must be non-empty and unique".into()));
        }
        if !(1..=256).contains(&f.nregs) {
            return Err(at(format!("register count {} is not in 1..=256", f.nregs)));
        }
        let Ok(entry) = offsets.binary_search(&f.offset) else {
            return Err(at("offset is not an instruction boundary".into()));
        };
        match out.last_mut() {
            None if f.offset != 0 => {
                return Err(at("the first function must start at offset 0".into()))
            }
            Some(prev) if prev.entry >= entry => {
                return Err(at("functions must be in increasing offset order".into()))
            }
            Some(prev) => prev.end = entry,
            None => {}
        }
        out.push(Function {
            name: f.name.clone(),
            entry,
            end: offsets.len(),
            offset: f.offset,
            nregs: f.nregs,
        });
    }
    Ok(out)
}

/// Where the operands the verifier checks sit in one instruction's encoding.
#[derive(Clone, Copy, Default)]
struct Shape {
    /// Byte offsets of the register operands (the first `nregs`).
    regs: [u8; MAX_OPERANDS],
    nregs: u8,
    /// The label, function, import or data operand, if any: its kind and offset.
    /// (No instruction has more than one.)
    index: Option<(IndexKind, u8)>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum IndexKind {
    Label,
    Func,
    Import,
    Data,
}

/// [`Shape`]s indexed by opcode value, worked out once from [`INSTRUCTIONS`] with
/// the encoding `Instr::encode` uses: the `u16` opcode, then each operand at its
/// width ([`OperandKind::size`]).
static SHAPES: LazyLock<Vec<Shape>> = LazyLock::new(|| {
    let max = INSTRUCTIONS.iter().map(|i| i.opcode).max().unwrap_or(0);
    let mut shapes = vec![Shape::default(); usize::from(max) + 1];
    for info in &INSTRUCTIONS {
        let s = &mut shapes[usize::from(info.opcode)];
        let mut at = 2;
        for o in info.operands {
            let off = u8::try_from(at).expect("instructions are short");
            let index = match o.kind {
                OperandKind::Reg => {
                    s.regs[usize::from(s.nregs)] = off;
                    s.nregs += 1;
                    None
                }
                OperandKind::Imm(_) => None,
                OperandKind::Label => Some(IndexKind::Label),
                OperandKind::Func => Some(IndexKind::Func),
                OperandKind::Import => Some(IndexKind::Import),
                OperandKind::Data => Some(IndexKind::Data),
            };
            if let Some(k) = index {
                assert!(s.index.is_none(), "{}: two index operands", info.mnemonic);
                s.index = Some((k, off));
            }
            at += o.kind.size();
        }
    }
    shapes
});

fn u32_at(b: &[u8], at: u8) -> u32 {
    let at = usize::from(at);
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

/// Checks operands and rewrites labels to instruction indices (rules 3–8).
/// `bytes` is the code section `p.code` was decoded from.
///
/// Every instruction is checked straight from its encoding (see [`Shape`]); one
/// the fast check does not pass is checked again operand by operand by
/// [`check_operands`], which names the first operand at fault.
pub(crate) fn program(p: &mut Program, bytes: &[u8]) -> Result<(), LoadError> {
    if p.lines.windows(2).any(|w| w[0].0 > w[1].0) {
        return Err(fail(
            8,
            0,
            None,
            "the line table is not sorted by offset".into(),
        ));
    }
    if p.file_runs.windows(2).any(|w| w[0].0 > w[1].0) {
        return Err(fail(
            8,
            0,
            None,
            "the file runs are not sorted by offset".into(),
        ));
    }
    let nfiles = p.files.len();
    if let Some(&(pc, f)) = p.file_runs.iter().find(|&&(_, f)| f as usize >= nfiles) {
        return Err(fail(
            8,
            pc,
            None,
            format!("a file run names file {f} but the file table has {nfiles}"),
        ));
    }
    if !p.import_locations.is_empty() && p.import_locations.len() != p.imports.len() {
        return Err(fail(
            9,
            0,
            None,
            format!(
                "{} import locations for {} imports",
                p.import_locations.len(),
                p.imports.len()
            ),
        ));
    }
    for (i, loc) in p.import_locations.iter().enumerate() {
        if let &Some((f, line)) = loc {
            if f as usize >= nfiles || line == 0 {
                return Err(fail(
                    9,
                    0,
                    None,
                    format!(
                        "import {i} `{}` is located at file {f} line {line}; the file table has {nfiles} files and lines count from 1",
                        p.imports[i]
                    ),
                ));
            }
        }
    }
    let mut seen = HashSet::new();
    for (i, name) in p.imports.iter().enumerate() {
        if name.is_empty() || !seen.insert(name.as_str()) {
            return Err(fail(
                9,
                0,
                None,
                format!("import {i} `{name}`: import names must be non-empty and unique"),
            ));
        }
    }
    let shapes = &*SHAPES;
    let nfuncs = p.functions.len();
    let nimports = p.imports.len();
    let data_len = p.data.len() + p.bss as usize;
    for fi in 0..p.functions.len() {
        let (entry, end, nregs) = {
            let f = &p.functions[fi];
            (f.entry, f.end, f.nregs)
        };
        for idx in entry..end {
            let body = &p.offsets[entry..end];
            let b = &bytes[p.offsets[idx] as usize..];
            let s = &shapes[usize::from(u16::from_le_bytes([b[0], b[1]]))];
            let top = s.regs[..usize::from(s.nregs)]
                .iter()
                .map(|&o| b[usize::from(o)])
                .max();
            let mut ok = top.is_none_or(|r| u16::from(r) < nregs);
            match s.index {
                None => {}
                Some((IndexKind::Label, o)) => match body.binary_search(&u32_at(b, o)) {
                    Ok(t) if ok => match p.code[idx].label_mut() {
                        Some(label) => label.0 = (entry + t) as u32,
                        None => ok = false,
                    },
                    _ => ok = false,
                },
                Some((IndexKind::Func, o)) => ok &= (u32_at(b, o) as usize) < nfuncs,
                Some((IndexKind::Import, o)) => ok &= (u32_at(b, o) as usize) < nimports,
                Some((IndexKind::Data, o)) => ok &= u32_at(b, o) as usize <= data_len,
            }
            if !ok {
                check_operands(p, fi, idx)?;
            }
        }
        let f = &p.functions[fi];
        let last = &p.code[f.end - 1];
        if !last.opcode().info().flags.terminator {
            let pc = p.offsets[f.end - 1];
            return Err(fail(
                7,
                pc,
                p.line_of(pc),
                format!(
                    "function `{}` ends with `{}`, which can fall through; it must end with a jump, `ret` or `halt`",
                    f.name,
                    last.opcode().mnemonic()
                ),
            ));
        }
    }
    Ok(())
}

/// Checks instruction `idx` of function `fi` operand by operand, in spec order
/// (rules 3, 5, 6 and 9, then rule 4 for the label), reports the first operand
/// that breaks a rule and rewrites the label to an instruction index.
fn check_operands(p: &mut Program, fi: usize, idx: usize) -> Result<(), LoadError> {
    let f = &p.functions[fi];
    let nfuncs = p.functions.len();
    let nimports = p.imports.len();
    let data_len = p.data.len() + p.bss as usize;
    let pc = p.offsets[idx];
    let lines = &p.lines;
    let err = |rule: u8, msg: String| fail(rule, pc, crate::loader::line_for(lines, pc), msg);
    let instr = &mut p.code[idx];
    let info = instr.opcode().info();
    for (v, o) in instr.operands().iter().zip(info.operands) {
        match *v {
            OperandValue::Reg(Reg(r)) if u16::from(r) >= f.nregs => {
                return Err(err(
                    3,
                    format!(
                        "`{}` operand `{}` is r{r}, but function `{}` has {} registers",
                        info.mnemonic, o.name, f.name, f.nregs
                    ),
                ))
            }
            OperandValue::Func(fr) if fr.0 as usize >= nfuncs => {
                return Err(err(
                    5,
                    format!(
                        "`{}` calls function {} but the table has {nfuncs}",
                        info.mnemonic, fr.0
                    ),
                ))
            }
            OperandValue::Import(imp) if imp.0 as usize >= nimports => {
                return Err(err(
                    9,
                    format!(
                        "`{}` uses import {} but the import table has {nimports}",
                        info.mnemonic, imp.0
                    ),
                ))
            }
            OperandValue::Data(d) if d.0 as usize > data_len => {
                return Err(err(
                    6,
                    format!(
                    "`{}` refers to data offset {} past the end of the {data_len}-byte data segment",
                    info.mnemonic, d.0
                ),
                ))
            }
            _ => {}
        }
    }
    if let Some(label) = instr.label_mut() {
        let target = label.0;
        match p.offsets.binary_search(&target) {
            Ok(t) if (f.entry..f.end).contains(&t) => label.0 = t as u32,
            Ok(_) => {
                return Err(err(
                    4,
                    format!(
                        "`{}` jumps to {target:#x}, outside function `{}`",
                        info.mnemonic, f.name
                    ),
                ))
            }
            Err(_) => {
                return Err(err(
                    4,
                    format!(
                        "`{}` jumps to {target:#x}, which is not an instruction boundary",
                        info.mnemonic
                    ),
                ))
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::isa::{DataRef, FuncRef, ImmType, ImportRef, Instr, Label, Opcode};

    /// The shapes find every register and index operand where the encoder puts it.
    #[test]
    fn shapes_match_the_encoding() {
        for op in Opcode::ALL {
            let info = op.info();
            let vals: Vec<OperandValue> = (0u8..)
                .zip(info.operands)
                .map(|(i, o)| {
                    let v = 0x40 + i;
                    match o.kind {
                        OperandKind::Reg => OperandValue::Reg(Reg(v)),
                        OperandKind::Imm(ImmType::I8) => OperandValue::I8(-1),
                        OperandKind::Imm(ImmType::I16) => OperandValue::I16(-1),
                        OperandKind::Imm(ImmType::I32) => OperandValue::I32(-1),
                        OperandKind::Imm(ImmType::I64) => OperandValue::I64(-1),
                        OperandKind::Imm(ImmType::U8) => OperandValue::U8(0xff),
                        OperandKind::Imm(ImmType::U16) => OperandValue::U16(0xffff),
                        OperandKind::Imm(ImmType::U32) => OperandValue::U32(u32::MAX),
                        OperandKind::Imm(ImmType::U64) => OperandValue::U64(u64::MAX),
                        OperandKind::Imm(ImmType::F32) => OperandValue::F32(f32::MIN),
                        OperandKind::Imm(ImmType::F64) => OperandValue::F64(f64::MIN),
                        OperandKind::Label => {
                            OperandValue::Label(Label(0x1234_5600 + u32::from(v)))
                        }
                        OperandKind::Data => {
                            OperandValue::Data(DataRef(0x2234_5600 + u32::from(v)))
                        }
                        OperandKind::Func => {
                            OperandValue::Func(FuncRef(0x3234_5600 + u32::from(v)))
                        }
                        OperandKind::Import => {
                            OperandValue::Import(ImportRef(0x4234_5600 + u32::from(v)))
                        }
                    }
                })
                .collect();
            let instr = Instr::from_operands(op, &vals).expect("operands of the right kinds");
            let mut b = Vec::new();
            instr.encode(&mut b);
            let s = &SHAPES[usize::from(u16::from_le_bytes([b[0], b[1]]))];
            let regs: Vec<u8> = s.regs[..usize::from(s.nregs)]
                .iter()
                .map(|&o| b[usize::from(o)])
                .collect();
            let want_regs: Vec<u8> = vals
                .iter()
                .filter_map(|v| match v {
                    OperandValue::Reg(r) => Some(r.0),
                    _ => None,
                })
                .collect();
            assert_eq!(regs, want_regs, "{}", info.mnemonic);
            let index = s.index.map(|(k, o)| {
                let v = u32_at(&b, o);
                match k {
                    IndexKind::Label => OperandValue::Label(Label(v)),
                    IndexKind::Data => OperandValue::Data(DataRef(v)),
                    IndexKind::Func => OperandValue::Func(FuncRef(v)),
                    IndexKind::Import => OperandValue::Import(ImportRef(v)),
                }
            });
            let want_index = vals.iter().copied().find(|v| {
                matches!(
                    v,
                    OperandValue::Label(_)
                        | OperandValue::Data(_)
                        | OperandValue::Func(_)
                        | OperandValue::Import(_)
                )
            });
            assert_eq!(index, want_index, "{}", info.mnemonic);
        }
    }
}
