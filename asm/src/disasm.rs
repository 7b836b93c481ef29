//! Disassembler: turns an [`Image`] back into `.vvs` text that reassembles to the
//! same code, data and flags. Branch targets get labels `L<offset>`, the data
//! segment is one symbol `data`, imports are declared with `.import` in table
//! order, and each instruction carries its code offset as a comment.

use std::collections::BTreeSet;
use std::fmt::Write;
use vm::isa::{Instr, OperandValue};
use vm::vve::Image;

fn operand(v: &OperandValue, image: &Image) -> String {
    match *v {
        OperandValue::Label(l) => format!("L{:04x}", l.0),
        OperandValue::Data(d) if d.0 == 0 => "data".into(),
        OperandValue::Data(d) => format!("data+{}", d.0),
        OperandValue::Func(f) => image
            .functions
            .get(f.0 as usize)
            .map_or_else(|| format!("func{}", f.0), |f| f.name.clone()),
        OperandValue::Import(i) => image
            .imports
            .get(i.0 as usize)
            .map_or_else(|| format!("import{}", i.0), Clone::clone),
        _ => v.plain_text().unwrap_or_default(),
    }
}

/// Disassembles the image. Undecodable bytes end the listing with a comment
/// naming the offset and the problem.
pub fn disassemble(image: &Image) -> String {
    let mut instrs = Vec::new();
    let mut at = 0;
    let mut trailer = None;
    while at < image.code.len() {
        match Instr::decode(&image.code, at) {
            Ok((i, len)) => {
                instrs.push((at as u32, i));
                at += len;
            }
            Err(e) => {
                trailer = Some(e.to_string());
                break;
            }
        }
    }
    let targets: BTreeSet<u32> = instrs
        .iter()
        .filter_map(|(_, i)| {
            let mut i = *i;
            i.label_mut().map(|l| l.0)
        })
        .collect();

    let mut out = String::new();
    let _ = writeln!(out, "; disassembled by voxasm from {}", image.source);
    let _ = writeln!(out, ".data\ndata:");
    for chunk in image.data.chunks(16) {
        let bytes: Vec<String> = chunk.iter().map(|b| b.to_string()).collect();
        let _ = writeln!(out, "    .bytes {}", bytes.join(", "));
    }
    if image.bss > 0 {
        let _ = writeln!(out, "    .zero {}", image.bss);
    }
    let _ = writeln!(out, ".code");
    if let Some(f) = image.functions.get(image.entry as usize) {
        let _ = writeln!(out, ".entry {}", f.name);
    }
    if image.manual_memory() {
        let _ = writeln!(out, ".manual_memory");
    }
    // Declared in table order, so the import indices reassemble unchanged.
    for name in &image.imports {
        let _ = writeln!(out, ".import {name}");
    }
    // Registers each function's code names: a frame larger than that (a
    // host call's window can reach past them) is written as `.regs N`.
    let mut funcs: Vec<&vm::vve::FunctionEntry> = image.functions.iter().collect();
    funcs.sort_by_key(|f| f.offset);
    let func_at = |pc: u32| funcs.partition_point(|f| f.offset <= pc).checked_sub(1);
    let mut named = vec![0u16; funcs.len()];
    for (pc, instr) in &instrs {
        if let Some(i) = func_at(*pc) {
            for v in instr.operands().iter() {
                if let OperandValue::Reg(r) = v {
                    named[i] = named[i].max(u16::from(r.0) + 1);
                }
            }
        }
    }
    let mut open = false;
    let mut next_func = 0;
    for (pc, instr) in &instrs {
        while next_func < funcs.len() && funcs[next_func].offset < *pc {
            next_func += 1;
        }
        if next_func < funcs.len() && funcs[next_func].offset == *pc {
            let f = funcs[next_func];
            if open {
                let _ = writeln!(out, ".end");
            }
            let _ = writeln!(out, ".func {}", f.name);
            if f.nregs > named[next_func].max(1) {
                let _ = writeln!(out, "    .regs {}", f.nregs);
            }
            open = true;
            next_func += 1;
        }
        if targets.contains(pc) {
            let _ = writeln!(out, "L{pc:04x}:");
        }
        let ops: Vec<String> = instr.operands().iter().map(|v| operand(v, image)).collect();
        let text = if ops.is_empty() {
            instr.opcode().mnemonic().to_string()
        } else {
            format!("{} {}", instr.opcode().mnemonic(), ops.join(", "))
        };
        let _ = writeln!(out, "    {text:<40} ; {pc:#06x}");
    }
    if open {
        let _ = writeln!(out, ".end");
    }
    if let Some(t) = trailer {
        let _ = writeln!(out, "; error: {t}");
    }
    out
}
