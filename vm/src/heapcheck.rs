//! The heap checker (`voxvm --check-heap`, [`crate::Config::check_heap`]):
//! what AddressSanitizer does for native code, for the VM heap.
//!
//! # Design
//!
//! - **Red zones.** Every block gets a 16-byte red zone before it and one of
//!   at least 16 bytes (an eighth of the block, up to 2 KiB) after it, inside
//!   one heap block; the program sees the address after the left zone.
//! - **Shadow map.** One byte per 16-byte heap granule ([`crate::heap::Heap`]
//!   keeps it, so it grows with the heap and counts against the memory cap):
//!   0 when the whole granule is addressable, `k` in 1..=15 when only its
//!   first `k` bytes are (the end of a block whose size is not a multiple of
//!   16), or a poison value saying why nothing is: [`LEFT`], [`RIGHT`],
//!   [`FREED`], [`UNALLOCATED`].
//! - **Checked accesses.** With checking on, [`crate::Vm`] runs every
//!   instruction through the observed dispatch loop with [`Checker`], which
//!   looks at the shadow bytes of each heap access before the instruction
//!   runs (loads, stores, and the bulk and string instructions over the bytes
//!   they will read or write). The normal loops, threaded or not, are not
//!   touched: with checking off, loads and stores run exactly the code they
//!   ran before.
//! - **Quarantine.** A freed block is poisoned [`FREED`] and kept allocated,
//!   oldest first in a queue, until the queue holds more than
//!   [`QUARANTINE`] bytes (or an allocation would otherwise fail under the
//!   cap): only then is it really freed, so a use after free meets the poison.
//! - **Checked free.** Each block's record (allocation site, size, where it
//!   was freed) tells a double free, a free of an interior pointer and of a
//!   non-heap pointer apart, and the reports name the C function and line
//!   of the allocation and the free, from the allocating instruction and the
//!   return addresses of the frames above it.

use crate::heap::{Heap, GRANULE};
use crate::isa::{self, Instr};
use crate::machine::{trap, Break, Vm};
use crate::trap::Trap;
use std::cell::Cell;
use std::collections::{HashMap, VecDeque};
use std::fmt;
use std::hash::{BuildHasherDefault, Hasher};

/// A hash for block addresses (distinct multiples of 16): SipHash's
/// resistance to chosen keys buys nothing here (the allocator, not the
/// program, picks the addresses) and cost a fifth of checked `bintrees`'
/// time.
#[derive(Default)]
struct AddrHasher(u64);

impl Hasher for AddrHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
    }
    fn write_u64(&mut self, v: u64) {
        // hashbrown picks the bucket with the low bits and tags entries
        // with the top 7. Low bits straight from the address keep blocks
        // allocated one after another in neighbouring buckets (the table
        // is walked in allocation order, not at random: a cache miss per
        // lookup cost most of checked `bintrees`' time); the top bits are
        // mixed so that the tags still tell keys apart.
        let g = v >> 4;
        let mix = g.wrapping_mul(0x9e37_79b9_7f4a_7c15) & (0x7f << 57);
        self.0 = (g & !(0x7f << 57)) | mix;
    }
}

/// Shadow value of a block's left red zone.
pub(crate) const LEFT: u8 = 0xfa;
/// Shadow value of a block's right red zone.
pub(crate) const RIGHT: u8 = 0xfb;
/// Shadow value of a freed block in quarantine.
pub(crate) const FREED: u8 = 0xfd;
/// Shadow value of heap space in no block.
pub(crate) const UNALLOCATED: u8 = 0xfe;

/// Bytes of the red zone before every block.
const LEFT_ZONE: u64 = GRANULE;
/// Freed bytes (whole blocks, red zones included) kept in quarantine.
pub const QUARANTINE: u64 = 16 << 20;
/// Host bytes charged against the memory cap for each block's record: a
/// 72-byte entry of the hash table (or of the quarantine queue) at the
/// lowest load either has just after growing (7/16 for the table, 1/2 for
/// the queue), so their doubling stays within what was charged.
const RECORD_COST: u64 = 192;
/// Frames kept of an allocation's or a free's call stack.
const SITE_FRAMES: usize = 4;
/// An unused slot of a [`Site`].
const NO_FRAME: u32 = u32::MAX;

/// What kind of heap bug the checker found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeapBug {
    /// A read or write in a red zone of a live block.
    Overflow,
    /// A read or write in a freed block (in quarantine).
    UseAfterFree,
    /// A read or write of heap space in no block (never allocated, or freed
    /// so long ago that it left the quarantine).
    Unallocated,
    /// `free`/`realloc` of a block already freed.
    DoubleFree,
    /// `free`/`realloc` of an address that is not the start of a block.
    BadFree,
}

impl fmt::Display for HeapBug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            HeapBug::Overflow => "heap-buffer-overflow",
            HeapBug::UseAfterFree => "heap-use-after-free",
            HeapBug::Unallocated => "wild heap access",
            HeapBug::DoubleFree => "double free",
            HeapBug::BadFree => "invalid free",
        })
    }
}

/// A heap bug found by the checker: its kind and what the report says about
/// it (the access or the pointer, the block, and where the block was
/// allocated and freed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeapCheckError {
    /// The kind of bug.
    pub kind: HeapBug,
    /// The rest of the report.
    pub detail: String,
}

impl fmt::Display for HeapCheckError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind, self.detail)
    }
}

/// Where a block was allocated or freed: the instruction, then the calls
/// above it (instruction indices, innermost first; [`NO_FRAME`] when unused).
type Site = [u32; SITE_FRAMES];

#[derive(Debug, Clone)]
struct Record {
    /// Heap block start (the left red zone).
    start: u64,
    /// Heap block size in bytes.
    bytes: u64,
    /// Bytes the program asked for.
    size: u64,
    alloc: Site,
    freed: Option<Site>,
}

/// The checker's state in a [`Vm`] with checking on.
#[derive(Debug)]
pub(crate) struct HeapChecker {
    /// The live blocks, by the address the program got.
    records: HashMap<u64, Record, BuildHasherDefault<AddrHasher>>,
    /// Freed blocks, oldest first, by the address the program got. Out of
    /// `records`: releasing the oldest then walks this queue in order
    /// instead of looking up a record that left the cache long ago. Only
    /// reports search it.
    quarantine: VecDeque<(u64, Record)>,
    /// Heap bytes of the blocks in `quarantine`.
    quarantined: u64,
    /// The instruction index of the allocation or free running now, set by
    /// [`Checker`] before it runs (handlers are not told their own index).
    pub(crate) pc: Cell<usize>,
}

impl HeapChecker {
    /// The size the program asked for of the live block it got at `addr`.
    pub(crate) fn live_size(&self, addr: u64) -> Option<u64> {
        self.records.get(&addr).map(|r| r.size)
    }

    pub(crate) fn new() -> HeapChecker {
        HeapChecker {
            records: HashMap::default(),
            quarantine: VecDeque::new(),
            quarantined: 0,
            pc: Cell::new(0),
        }
    }
}

/// Sets the shadow of heap bytes `from..to` (granule-aligned) to `v`.
fn shade(heap: &mut Heap, from: u64, to: u64, v: u8) {
    let g = |a: u64| ((a - heap.base()) / GRANULE) as usize;
    let (a, b) = (g(from), g(to));
    heap.shadow[a..b].fill(v);
}

/// The heap block size holding `size` user bytes and both red zones, or
/// `None` if it does not fit in 64 bits.
fn block_bytes(size: u64) -> Option<u64> {
    let right = (size / 8).clamp(GRANULE, 2048);
    LEFT_ZONE
        .checked_add(size)?
        .checked_add(right)?
        .checked_next_multiple_of(GRANULE)
}

impl Vm<'_> {
    /// Where the allocation or free running now was called from.
    fn site(&self) -> Site {
        let mut s = [NO_FRAME; SITE_FRAMES];
        let pc = self.check.as_ref().map_or(0, |c| c.pc.get());
        s[0] = pc as u32;
        let n = self.frames.len();
        for (k, slot) in s.iter_mut().enumerate().skip(1) {
            let Some(i) = n.checked_sub(k) else { break };
            *slot = self.frame_ret(i).saturating_sub(1) as u32;
        }
        s
    }

    /// `func (file:line)` for each frame of `site` in the program's own
    /// sources, joined by ` <- ` (frames in files whose names start with `<`,
    /// the C library's, are left out unless no other frame is left).
    fn render_site(&self, site: &Site) -> String {
        let frames: Vec<_> = site
            .iter()
            .filter(|&&i| i != NO_FRAME)
            .map(|&i| self.frame_info(i as usize))
            .collect();
        let own: Vec<_> = frames.iter().filter(|f| !f.file.starts_with('<')).collect();
        let show = if own.is_empty() {
            frames.iter().take(1).collect()
        } else {
            own
        };
        show.iter()
            .map(|f| {
                let line = f.line.map_or("?".to_string(), |l| l.to_string());
                format!("{} ({}:{line})", f.function, f.file)
            })
            .collect::<Vec<_>>()
            .join(" <- ")
    }

    /// "the 40-byte block at 0x.. (allocated at main (t.c:5)[, freed at ..])".
    fn render_block(&self, user: u64, r: &Record) -> String {
        let mut s = format!(
            "the {}-byte block at {user:#x} (allocated at {}",
            r.size,
            self.render_site(&r.alloc)
        );
        if let Some(f) = &r.freed {
            s.push_str(&format!(", freed at {}", self.render_site(f)));
        }
        s.push(')');
        s
    }

    /// The record of the block, live or in quarantine, the program got as
    /// `user`.
    fn record(&self, user: u64) -> Option<&Record> {
        let c = self.check.as_ref()?;
        c.records.get(&user).or_else(|| {
            // Reports only: the most recent free of that address.
            c.quarantine
                .iter()
                .rev()
                .find(|(u, _)| *u == user)
                .map(|(_, r)| r)
        })
    }

    /// The record of the block whose heap block contains `addr`.
    fn record_around(&self, addr: u64) -> Option<(u64, &Record)> {
        let (start, _) = self.mem.heap.block_containing(addr)?;
        let user = start + LEFT_ZONE;
        self.record(user).map(|r| (user, r))
    }

    /// `alloc` with checking on: a block with red zones, poisoned around the
    /// `size` bytes the program gets, with a record of where it was made.
    pub(crate) fn checked_alloc(&mut self, size: u64, charged: bool) -> Result<u64, Break> {
        let exhausted = |vm: &Vm| {
            trap(Trap::HeapExhausted {
                requested: size,
                in_use: vm.mem.in_use(),
                cap: vm.mem.max(),
            })
        };
        let Some(bytes) = block_bytes(size) else {
            return Err(exhausted(self));
        };
        // The record is charged first, so that the heap grows only into
        // what is left. Under the cap, the quarantine gives way to the
        // program: its blocks are freed before anything fails.
        loop {
            match self
                .mem
                .charge(RECORD_COST, || "the heap checker's block records".into())
            {
                Ok(()) => break,
                Err(_) if self.quarantine_len() > 0 => self.drain_quarantine(0),
                Err(t) => return Err(trap(t)),
            }
        }
        let start = loop {
            match self.alloc_raw(bytes, charged) {
                Ok(a) => break a,
                Err(Break::Trap(Trap::HeapExhausted { .. })) if self.quarantine_len() > 0 => {
                    self.drain_quarantine(0);
                }
                Err(e) => {
                    self.mem.release(RECORD_COST);
                    return Err(match e {
                        Break::Trap(Trap::HeapExhausted { .. }) => exhausted(self),
                        e => e,
                    });
                }
            }
        };
        let site = self.site();
        let user = start + LEFT_ZONE;
        let heap = &mut self.mem.heap;
        shade(heap, start, user, LEFT);
        let full = user + size / GRANULE * GRANULE;
        shade(heap, user, full, 0);
        let mut rest = full;
        if !size.is_multiple_of(GRANULE) {
            let g = ((full - heap.base()) / GRANULE) as usize;
            heap.shadow[g] = (size % GRANULE) as u8;
            rest += GRANULE;
        }
        shade(heap, rest, start + bytes, RIGHT);
        if let Some(c) = self.check.as_mut() {
            c.records.insert(
                user,
                Record {
                    start,
                    bytes,
                    size,
                    alloc: site,
                    freed: None,
                },
            );
        }
        Ok(user)
    }

    fn quarantine_len(&self) -> usize {
        self.check.as_ref().map_or(0, |c| c.quarantine.len())
    }

    /// Really frees quarantined blocks, oldest first, until at most `keep`
    /// bytes are left in quarantine.
    fn drain_quarantine(&mut self, keep: u64) {
        while let Some(c) = self.check.as_mut() {
            if c.quarantined <= keep {
                break;
            }
            let Some((_, r)) = c.quarantine.pop_front() else {
                break;
            };
            c.quarantined -= r.bytes;
            let _ = self.mem.heap.free(r.start);
            shade(&mut self.mem.heap, r.start, r.start + r.bytes, UNALLOCATED);
            self.mem.release(RECORD_COST);
        }
    }

    /// Why `addr` cannot be freed (or reallocated), or the size of its block.
    pub(crate) fn checked_block(&self, addr: u64) -> Result<u64, Break> {
        let Some(c) = self.check.as_ref() else {
            return Ok(0);
        };
        let bug = |kind, detail| trap(Trap::HeapCheck(HeapCheckError { kind, detail }));
        if let Some(r) = c.records.get(&addr) {
            return Ok(r.size);
        }
        match self.record(addr) {
            Some(r) => Err(bug(
                HeapBug::DoubleFree,
                format!(
                    "{addr:#x} was already freed: {}",
                    self.render_block(addr, r)
                ),
            )),
            None => Err(bug(HeapBug::BadFree, self.describe_bad_pointer(addr))),
        }
    }

    fn describe_bad_pointer(&self, addr: u64) -> String {
        if let Some((user, r)) = self.record_around(addr) {
            let rel = if addr < user {
                format!("{} bytes before", user - addr)
            } else if addr - user < r.size {
                format!("{} bytes inside", addr - user)
            } else {
                format!("{} bytes after the end of", addr - user - r.size)
            };
            return format!(
                "{addr:#x} is not the start of a block: it is {rel} {}",
                self.render_block(user, r)
            );
        }
        let heap = &self.mem.heap;
        let (data, stack) = (self.mem.data_range(), self.mem.stack_range());
        let region = if addr >= heap.base() && addr < heap.end() {
            "heap space in no block"
        } else if addr >= stack.0 && addr < stack.1 {
            "on the stack"
        } else if addr >= data.0 && addr < data.1 {
            "in the data segment"
        } else {
            "outside the heap"
        };
        format!("{addr:#x} was not returned by malloc: it is {region}")
    }

    /// `free` with checking on: the block goes into quarantine, poisoned.
    pub(crate) fn checked_free(&mut self, addr: u64) -> Result<(), Break> {
        let site = self.site();
        let Some(c) = self.check.as_mut() else {
            return Ok(());
        };
        let Some(mut r) = c.records.remove(&addr) else {
            // Not a live block: the report says what it is.
            return self.checked_block(addr).map(|_| ());
        };
        r.freed = Some(site);
        let (start, bytes) = (r.start, r.bytes);
        c.quarantine.push_back((addr, r));
        c.quarantined += bytes;
        shade(&mut self.mem.heap, start + LEFT_ZONE, start + bytes, FREED);
        self.drain_quarantine(QUARANTINE);
        Ok(())
    }

    /// After a garbage collection: forgets the blocks it freed (their space
    /// is unallocated now).
    pub(crate) fn after_collection(&mut self) {
        let Some(c) = self.check.as_mut() else {
            return;
        };
        let heap = &mut self.mem.heap;
        let mut gone = 0u64;
        let mut kept = |r: &Record| {
            let live = heap.block_size(r.start) == Some(r.bytes);
            if !live {
                let g = |a: u64| ((a - heap.base()) / GRANULE) as usize;
                let (a, b) = (g(r.start), g(r.start + r.bytes));
                heap.shadow[a..b].fill(UNALLOCATED);
                gone += 1;
            }
            live
        };
        c.records.retain(|_, r| kept(r));
        c.quarantine.retain(|(_, r)| kept(r));
        c.quarantined = c.quarantine.iter().map(|(_, r)| r.bytes).sum();
        self.mem.release(gone * RECORD_COST);
    }

    /// The heap bug of an access of `n` bytes at `a` (a write if `write`),
    /// if any of its bytes is poisoned. Accesses outside the heap, or out of
    /// bounds (the instruction traps for those itself), pass.
    fn check_range(&self, a: u64, n: u64, write: bool) -> Option<Break> {
        let heap = &self.mem.heap;
        let (hb, he) = (heap.base(), heap.end());
        let end = a.checked_add(n)?;
        if n == 0 || end <= hb || a >= he || self.mem.slice(a, n).is_none() {
            return None;
        }
        let (lo, hi) = (a.max(hb), end.min(he));
        let (g0, g1) = ((lo - hb) / GRANULE, (hi - 1 - hb) / GRANULE);
        for g in g0..=g1 {
            let s = heap.shadow[g as usize];
            if s == 0 {
                continue;
            }
            let gs = hb + g * GRANULE;
            let bad = if u64::from(s) < GRANULE {
                gs + u64::from(s)
            } else {
                gs
            };
            if hi > bad {
                return Some(self.bad_access(bad.max(lo), a, n, write, s));
            }
        }
        None
    }

    #[cold]
    fn bad_access(&self, bad: u64, a: u64, n: u64, write: bool, shadow: u8) -> Break {
        let what = if write { "write" } else { "read" };
        let access = if bad == a {
            format!("{n}-byte {what} at {a:#x}")
        } else {
            format!("{n}-byte {what} at {a:#x} (first bad byte {bad:#x})")
        };
        let (kind, detail) = match self.record_around(bad) {
            Some((user, r)) => {
                let kind = if shadow == FREED {
                    HeapBug::UseAfterFree
                } else {
                    HeapBug::Overflow
                };
                let rel = if bad < user {
                    format!("{} bytes before", user - bad)
                } else if bad - user < r.size {
                    format!("{} bytes inside", bad - user)
                } else {
                    format!("{} bytes after the end of", bad - user - r.size)
                };
                (
                    kind,
                    format!("{access}, {rel} {}", self.render_block(user, r)),
                )
            }
            None => (
                HeapBug::Unallocated,
                format!("{access}, in heap space that is in no block (never allocated, or freed long ago)"),
            ),
        };
        trap(Trap::HeapCheck(HeapCheckError { kind, detail }))
    }

    /// Bytes from `a` up to and including the first byte `stop` accepts
    /// (or as far as memory and the step budget let the instruction look).
    fn scanned(&self, a: u64, stop: impl Fn(u8) -> bool) -> u64 {
        let Some(rest) = self.mem.tail(a) else {
            return 0;
        };
        let m = rest.len().min(self.work_limit());
        match rest[..m].iter().position(|&b| stop(b)) {
            Some(i) => i as u64 + 1,
            None => m as u64,
        }
    }

    /// The heap bug of the memory `instr` is about to access, if any.
    pub(crate) fn check_instr(&self, instr: &Instr) -> Option<Break> {
        use Instr::*;
        let (a, n, write) = match *instr {
            Memcpy { to, src, len } => {
                let n = self.get::<u64>(len);
                return self
                    .check_range(self.get(src), n, false)
                    .or_else(|| self.check_range(self.get(to), n, true));
            }
            Memset { to, len, .. } => (self.get(to), self.get(len), true),
            Memcmp { a, b, len, .. } => {
                let n = self.get::<u64>(len);
                return self
                    .check_range(self.get(a), n, false)
                    .or_else(|| self.check_range(self.get(b), n, false));
            }
            Memchr {
                addr, byte, len, ..
            } => {
                let (a, c) = (self.get::<u64>(addr), self.get::<u8>(byte));
                let n = self.get::<u64>(len);
                let m = if n == 0 {
                    0
                } else {
                    self.scanned(a, |b| b == c).min(n)
                };
                (a, m, false)
            }
            Strlen { addr, .. } => {
                let a = self.get::<u64>(addr);
                (a, self.scanned(a, |b| b == 0), false)
            }
            Strchr { addr, byte, .. } => {
                let (a, c) = (self.get::<u64>(addr), self.get::<u8>(byte));
                (a, self.scanned(a, |b| b == c || b == 0), false)
            }
            Putstr { addr } => {
                let a = self.get::<u64>(addr);
                (a, self.scanned(a, |b| b == 0), false)
            }
            Strcmp { a, b, .. } => {
                let (a, b) = (self.get::<u64>(a), self.get::<u64>(b));
                let (x, y) = (self.mem.tail(a)?, self.mem.tail(b)?);
                let m = x.len().min(y.len()).min(self.work_limit());
                let n = x[..m]
                    .iter()
                    .zip(&y[..m])
                    .position(|(&p, &q)| p != q || p == 0)
                    .map_or(m, |i| i + 1) as u64;
                return self
                    .check_range(a, n, false)
                    .or_else(|| self.check_range(b, n, false));
            }
            Argcopy { addr, index } => {
                let arg = usize::try_from(self.get::<u64>(index))
                    .ok()
                    .and_then(|i| self.args.get(i))?;
                (self.get(addr), arg.len() as u64 + 1, true)
            }
            _ => return self.check_typed_access(instr),
        };
        self.check_range(a, n, write)
    }

    /// [`Vm::check_instr`] for an instruction that reads or writes one
    /// value of its type ([`Instr::memory_access`], generated from
    /// `isa.ron`): `ld`, `st`, `ldx`, `stx` and the superinstructions that
    /// load or update memory, so that a new one is checked with no change
    /// here.
    #[inline]
    fn check_typed_access(&self, instr: &Instr) -> Option<Break> {
        let acc = instr.memory_access()?;
        let base = self.get::<u64>(acc.base);
        let addr = match acc.at {
            isa::MemOffset::Off(off) => base.checked_add_signed(i64::from(off))?,
            isa::MemOffset::Index(i) => self
                .get::<i64>(i)
                .checked_mul(i64::from(acc.bytes))
                .and_then(|o| base.checked_add_signed(o))?,
        };
        self.check_range(addr, u64::from(acc.bytes), acc.write)
    }
}

/// The observer that checks heap accesses (see the module docs), around
/// another observer (the tracer or profiler, or one that does nothing).
pub(crate) struct Checker<'a, O>(pub(crate) &'a mut O);

impl<'o, O: isa::Observer<Vm<'o>>> isa::Observer<Vm<'o>> for Checker<'_, O> {
    #[inline]
    fn before(&mut self, vm: &Vm<'o>, pc: usize, instr: &Instr) -> Option<Break> {
        use Instr::*;
        if let Alloc { .. }
        | Tryalloc { .. }
        | Tryalloci { .. }
        | Free { .. }
        | Realloc { .. }
        | Tryrealloc { .. }
        | Hcall { .. } = instr
        {
            if let Some(c) = &vm.check {
                c.pc.set(pc);
            }
        } else if let Some(b) = vm.check_instr(instr) {
            return Some(b);
        }
        self.0.before(vm, pc, instr)
    }

    #[inline]
    fn after(&mut self, vm: &Vm<'o>, pc: usize, next: usize, instr: &Instr) {
        self.0.after(vm, pc, next, instr);
    }

    fn memory(&self) -> u64 {
        self.0.memory()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_costs_what_is_charged_for_it() {
        let entry = std::mem::size_of::<(u64, Record)>() as u64;
        // The table's entry plus its control byte at 7/16 load, the queue's at 1/2.
        assert!((entry + 1) * 16 / 7 <= RECORD_COST, "{entry}");
        assert!(entry * 2 <= RECORD_COST, "{entry}");
    }

    /// Every instruction that touches memory is either checked as one typed
    /// access (derived from its operands), checked by its own arm of
    /// `check_instr`, or listed here with the reason it is not.
    #[test]
    fn every_memory_instruction_is_checked_or_excused() {
        let own_arm = [
            "memcpy", "memset", "memcmp", "memchr", "strlen", "strchr", "putstr", "strcmp",
            "argcopy",
        ];
        // Data segment or stack only, the checked allocator's own path, or
        // the host's and the collector's code (not the program's accesses).
        let excused = [
            "trap",
            "prints",
            "fref",
            "push",
            "pop",
            "realloc",
            "tryrealloc",
            "setjmp",
            "longjmp",
            "tspawn",
            "tjoin",
            "twait",
            "hcall",
            "gc",
        ];
        // Each instruction with its operands zero, as decoded from bytes.
        let instance = |i: &isa::InstrInfo| {
            let mut bytes = i.opcode.to_le_bytes().to_vec();
            bytes.resize(isa::Opcode::from_u16(i.opcode).unwrap().size(), 0);
            Instr::decode(&bytes, 0).unwrap().0
        };
        let wrong: Vec<_> = isa::INSTRUCTIONS
            .iter()
            .filter(|i| i.flags.reads_memory || i.flags.writes_memory)
            .filter(|i| {
                let listed = own_arm.contains(&i.family) || excused.contains(&i.family);
                instance(i).memory_access().is_some() == listed
            })
            .map(|i| i.mnemonic)
            .collect();
        assert!(wrong.is_empty(), "neither or both: {wrong:?}");
        let acc = |op: isa::Opcode| {
            let a = instance(op.info()).memory_access().unwrap();
            (a.at, a.bytes, a.write)
        };
        let r0 = isa::Reg(0);
        assert_eq!(
            acc(isa::Opcode::LdxU16),
            (isa::MemOffset::Index(r0), 2, false)
        );
        assert_eq!(
            acc(isa::Opcode::MaddmF32),
            (isa::MemOffset::Off(0), 4, false)
        );
        assert_eq!(acc(isa::Opcode::StF64), (isa::MemOffset::Off(0), 8, true));
        assert_eq!(
            acc(isa::Opcode::LdsubI32),
            (isa::MemOffset::Off(0), 4, false)
        );
    }

    #[test]
    fn blocks_have_both_red_zones() {
        for size in [0, 1, 15, 16, 17, 100, 4096, 1 << 20] {
            let b = block_bytes(size).unwrap();
            assert_eq!(b % GRANULE, 0);
            assert!(b >= LEFT_ZONE + size + GRANULE, "{size}: {b}");
        }
        assert_eq!(block_bytes(u64::MAX - 8), None);
    }
}
