//! Tracing and profiling layers: [`isa::Observer`]s run by
//! [`Vm::run_observed`]. They sit outside the handlers, in a separate copy of
//! the dispatch loop, so normal runs pay nothing for them.

use crate::isa::{self, Instr, Opcode, OperandValue};
use crate::machine::{Break, Vm};
use std::io::Write;
use std::time::{Duration, Instant};

fn operand(vm: &Vm<'_>, v: &OperandValue) -> String {
    match *v {
        OperandValue::Label(l) => format!("{:#x}", vm.prog.pc_of(l.0 as usize)),
        OperandValue::Data(d) => format!("data+{}", d.0),
        OperandValue::Func(f) => vm
            .prog
            .functions
            .get(f.0 as usize)
            .map_or_else(|| format!("func#{}", f.0), |f| f.name.clone()),
        OperandValue::Import(i) => format!("import#{}", i.0),
        _ => v.plain_text().unwrap_or_default(),
    }
}

/// `add.i64 r2, r0, r1`, with labels as code offsets.
pub fn render(vm: &Vm<'_>, instr: &Instr) -> String {
    let ops: Vec<String> = instr.operands().iter().map(|v| operand(vm, v)).collect();
    if ops.is_empty() {
        instr.opcode().mnemonic().to_string()
    } else {
        format!("{} {}", instr.opcode().mnemonic(), ops.join(", "))
    }
}

/// `--trace`: writes every executed instruction and the registers it changed.
///
/// ```text
/// fib+0x0004  blt.i64 r0, r1, 0x3c
/// fib+0x0014  sub.i64 r2, r0, r1          r2 = 9
/// fib+0x0019  call fib, r2                -> fib
/// fib+0x0037  ret r0                      <- fib (returned 1)
/// ```
pub struct Tracer<W: Write> {
    out: W,
    window: Vec<u64>,
    depth: usize,
    returned: Option<u64>,
}

impl<W: Write> Tracer<W> {
    /// A tracer writing to `out`.
    pub fn new(out: W) -> Self {
        Tracer {
            out,
            window: Vec::new(),
            depth: 0,
            returned: None,
        }
    }
}

impl<'o, W: Write> isa::Observer<Vm<'o>> for Tracer<W> {
    fn before(&mut self, vm: &Vm<'o>, pc: usize, instr: &Instr) -> Option<Break> {
        let f = vm.frame_info(pc);
        let _ = write!(
            self.out,
            "{}+{:#06x}  {:<32}",
            f.function,
            f.offset,
            render(vm, instr)
        );
        self.window.clear();
        self.window.extend_from_slice(&vm.regs[vm.base..vm.top]);
        self.depth = vm.frames.len();
        self.returned = match *instr {
            Instr::Ret { src } => self.window.get(usize::from(src.0)).copied(),
            _ => None,
        };
        None
    }

    fn after(&mut self, vm: &Vm<'o>, _pc: usize, next: usize, _instr: &Instr) {
        let name = |idx| vm.prog.function_at(idx).map_or("?", |f| f.name.as_str());
        let line = if vm.frames.len() > self.depth {
            format!("-> {}", name(next))
        } else if vm.frames.len() < self.depth {
            format!(
                "<- {} (returned {})",
                name(next),
                self.returned.unwrap_or(0) as i64
            )
        } else {
            let changes: Vec<String> = self
                .window
                .iter()
                .zip(&vm.regs[vm.base..vm.top])
                .enumerate()
                .filter(|(_, (old, new))| old != new)
                .map(|(i, (_, &new))| format!("r{i} = {}", new as i64))
                .collect();
            changes.join(", ")
        };
        let _ = writeln!(self.out, "{}", line.trim_end());
    }

    fn memory(&self) -> u64 {
        // The copy of a window (at most 256 registers) taken before each instruction.
        256 * 8
    }
}

/// `--profile`: instruction counts per opcode and per function, and time per
/// function (sampled every [`Profiler::SAMPLE`] instructions).
pub struct Profiler {
    by_opcode: Vec<u64>,
    by_function: Vec<u64>,
    time: Vec<Duration>,
    func_of: Vec<u32>,
    last: Instant,
    start: Instant,
    n: u64,
}

impl Profiler {
    /// Instructions between two clock readings.
    pub const SAMPLE: u64 = 1024;

    /// A profiler for `vm`'s program.
    pub fn new(vm: &Vm<'_>) -> Self {
        let mut func_of = vec![0; vm.prog.code.len() + 1];
        for (i, f) in vm.prog.functions.iter().enumerate() {
            func_of[f.entry..f.end].fill(i as u32);
        }
        let now = Instant::now();
        Profiler {
            by_opcode: vec![0; Opcode::ALL.len()],
            by_function: vec![0; vm.prog.functions.len()],
            time: vec![Duration::ZERO; vm.prog.functions.len()],
            func_of,
            last: now,
            start: now,
            n: 0,
        }
    }

    /// Writes the report: opcodes by count, then functions by instructions.
    pub fn report(&self, vm: &Vm<'_>, out: &mut dyn Write) -> std::io::Result<()> {
        let total: u64 = self.by_opcode.iter().sum::<u64>().max(1);
        writeln!(
            out,
            "profile: {} instructions in {:.3} s",
            total,
            self.start.elapsed().as_secs_f64()
        )?;
        writeln!(out, "{:<20} {:>14} {:>7}", "opcode", "count", "%")?;
        let mut ops: Vec<(usize, u64)> = self
            .by_opcode
            .iter()
            .copied()
            .enumerate()
            .filter(|x| x.1 > 0)
            .collect();
        ops.sort_by_key(|o| std::cmp::Reverse(o.1));
        for (i, c) in ops {
            let pct = 100.0 * c as f64 / total as f64;
            writeln!(out, "{:<20} {c:>14} {pct:>6.2}%", Opcode::ALL[i].mnemonic())?;
        }
        writeln!(
            out,
            "{:<20} {:>14} {:>7} {:>12}",
            "function", "instructions", "%", "time (ms)"
        )?;
        let mut fs: Vec<usize> = (0..self.by_function.len())
            .filter(|&i| self.by_function[i] > 0)
            .collect();
        fs.sort_by_key(|&i| std::cmp::Reverse(self.by_function[i]));
        for i in fs {
            let c = self.by_function[i];
            writeln!(
                out,
                "{:<20} {c:>14} {:>6.2}% {:>12.3}",
                vm.prog.functions[i].name,
                100.0 * c as f64 / total as f64,
                self.time[i].as_secs_f64() * 1e3
            )?;
        }
        Ok(())
    }
}

impl<'o> isa::Observer<Vm<'o>> for Profiler {
    #[inline]
    fn before(&mut self, _vm: &Vm<'o>, pc: usize, instr: &Instr) -> Option<Break> {
        self.by_opcode[instr.opcode().index()] += 1;
        let f = self.func_of[pc] as usize;
        self.by_function[f] += 1;
        self.n += 1;
        if self.n.is_multiple_of(Self::SAMPLE) {
            let now = Instant::now();
            self.time[f] += now - self.last;
            self.last = now;
        }
        None
    }

    #[inline]
    fn after(&mut self, _vm: &Vm<'o>, _pc: usize, _next: usize, _instr: &Instr) {}

    fn memory(&self) -> u64 {
        let n = |len: usize, size: usize| (len * size) as u64;
        n(self.by_opcode.capacity(), 8)
            + n(self.by_function.capacity(), 8)
            + n(self.time.capacity(), std::mem::size_of::<Duration>())
            + n(self.func_of.capacity(), 4)
    }
}
