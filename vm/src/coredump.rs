//! The coredump written by `voxvm --coredump-exit`: a plain-text snapshot of a
//! stopped VM, meant to be read by people.
//!
//! Format (sections in this order, each starting with a `== name` line):
//!
//! ```text
//! voxvm coredump v1
//! module: <source file>   isa: <fingerprint, 16 hex digits>
//! status: halted with exit status N | trapped: <trap message>
//! == call stack (innermost first)
//! #0 <function>+0x<offset> pc 0x<pc> (<file>:<line>) window r[<base>..<top>)
//! == registers
//! #0 <function>
//!   r0  = 0x<16 hex digits>  <as i64>
//! == stack sp=0x.. top=0x.. used=N bytes
//! <hexdump of sp..top>
//! == heap size=N in_use=N blocks=N free_blocks=N largest_free=N fragmentation=F
//! 0x<addr> <size> used|free          (one line per block, at most 4096 lines)
//! == data 0x<start>..0x<end> (N bytes)
//! <hexdump>
//! ```
//!
//! Hexdump lines are `<address>  <16 hex bytes>  |<ASCII>|`.

use crate::machine::Vm;
use crate::trap::TrapReport;
use std::io::{self, Write};

const MAX_BLOCK_LINES: usize = 4096;

fn hexdump(w: &mut dyn Write, base: u64, bytes: &[u8]) -> io::Result<()> {
    for (i, chunk) in bytes.chunks(16).enumerate() {
        write!(w, "{:08x} ", base + 16 * i as u64)?;
        for j in 0..16 {
            match chunk.get(j) {
                Some(b) => write!(w, " {b:02x}")?,
                None => write!(w, "   ")?,
            }
        }
        let ascii: String = chunk
            .iter()
            .map(|&b| {
                if b.is_ascii_graphic() || b == b' ' {
                    b as char
                } else {
                    '.'
                }
            })
            .collect();
        writeln!(w, "  |{ascii}|")?;
    }
    Ok(())
}

impl Vm<'_> {
    /// Writes the coredump described in the module docs for a VM that stopped
    /// with `outcome`.
    pub fn coredump(&self, w: &mut dyn Write, outcome: &Result<i32, TrapReport>) -> io::Result<()> {
        writeln!(w, "voxvm coredump v1")?;
        writeln!(
            w,
            "module: {}   isa: {:016x}",
            self.prog.source,
            crate::isa::FINGERPRINT
        )?;
        match outcome {
            Ok(code) => writeln!(w, "status: halted with exit status {code}")?,
            Err(r) => writeln!(w, "status: trapped: {}", r.trap)?,
        }
        // Innermost first: the stopped frame, then each caller at its call.
        let mut frames = vec![(self.stopped_at, self.base, self.top)];
        frames.extend((0..self.frames.len()).rev().map(|i| {
            let f = &self.frames[i];
            (self.frame_ret(i).saturating_sub(1), f.base, f.top)
        }));
        writeln!(w, "== call stack (innermost first)")?;
        for (i, &(idx, base, top)) in frames.iter().enumerate() {
            let fi = self.frame_info(idx);
            let line = fi.line.map_or("?".into(), |l| l.to_string());
            writeln!(
                w,
                "#{i} {}+{:#x} pc {:#x} ({}:{line}) window r[{base}..{top})",
                fi.function, fi.offset, fi.pc, fi.file
            )?;
        }
        writeln!(w, "== registers")?;
        for (i, &(idx, base, top)) in frames.iter().enumerate() {
            writeln!(w, "#{i} {}", self.frame_info(idx).function)?;
            for (r, v) in self.regs[base..top.min(self.regs.len())].iter().enumerate() {
                writeln!(w, "  r{r:<3} = {v:#018x}  {}", *v as i64)?;
            }
        }
        let (lo, hi) = self.mem.stack_range();
        let sp = self.mem.sp();
        writeln!(
            w,
            "== stack sp={sp:#x} top={hi:#x} used={} bytes (bottom {lo:#x})",
            hi - sp
        )?;
        hexdump(w, sp, self.mem.slice(sp, hi - sp).unwrap_or(&[]))?;
        let s = self.mem.heap.stats();
        writeln!(
            w,
            "== heap size={} in_use={} blocks={} free_blocks={} largest_free={} fragmentation={:.4}",
            s.size,
            s.in_use,
            s.blocks,
            s.free_blocks,
            s.largest_free,
            s.fragmentation()
        )?;
        for (n, (addr, size, used)) in self.mem.heap.blocks().enumerate() {
            if n == MAX_BLOCK_LINES {
                writeln!(w, "... {} more blocks", self.mem.heap.blocks().count() - n)?;
                break;
            }
            writeln!(w, "{addr:#x} {size} {}", if used { "used" } else { "free" })?;
        }
        let (d0, d1) = self.mem.data_range();
        writeln!(w, "== data {d0:#x}..{d1:#x} ({} bytes)", d1 - d0)?;
        hexdump(w, d0, self.mem.slice(d0, d1 - d0).unwrap_or(&[]))?;
        Ok(())
    }
}
