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
//! 8. the line table is sorted by offset;
//! 9. import names are non-empty and unique, and every import operand indexes
//!    the import table. (Whether the names exist is decided when a VM is
//!    created with a [`crate::Host`], not here.)

use crate::isa::{OperandValue, Reg};
use crate::loader::{Function, LoadError, Program};
use crate::vve::Image;
use std::collections::HashSet;

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

/// Checks operands and rewrites labels to instruction indices (rules 3–8).
pub(crate) fn program(p: &mut Program) -> Result<(), LoadError> {
    if p.lines.windows(2).any(|w| w[0].0 > w[1].0) {
        return Err(fail(
            8,
            0,
            None,
            "the line table is not sorted by offset".into(),
        ));
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
    let nfuncs = p.functions.len();
    let nimports = p.imports.len();
    let data_len = p.data.len();
    for f in &p.functions {
        for idx in f.entry..f.end {
            let pc = p.offsets[idx];
            // The source line is only looked up when there is something to report.
            let lines = &p.lines;
            let err =
                |rule: u8, msg: String| fail(rule, pc, crate::loader::line_for(lines, pc), msg);
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
                        )))
                    }
                    OperandValue::Func(fr) if fr.0 as usize >= nfuncs => {
                        return Err(err(
                            5,
                            format!(
                            "`{}` calls function {} but the table has {nfuncs}",
                            info.mnemonic, fr.0
                        )))
                    }
                    OperandValue::Import(imp) if imp.0 as usize >= nimports => {
                        return Err(err(
                            9,
                            format!(
                            "`{}` uses import {} but the import table has {nimports}",
                            info.mnemonic, imp.0
                        )))
                    }
                    OperandValue::Data(d) if d.0 as usize > data_len => {
                        return Err(err(
                            6,
                            format!(
                            "`{}` refers to data offset {} past the end of the {data_len}-byte data segment",
                            info.mnemonic, d.0
                        )))
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
        }
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
