//! Conservative mark-sweep garbage collector.
//!
//! Roots are the registers of every live frame, the live part of the stack
//! (`sp..stack_hi`) and the whole data segment. Scanning is conservative: any
//! 8-byte-aligned 64-bit word whose value points anywhere inside an allocated
//! block keeps that block alive, and the block's contents are scanned the same
//! way. Nothing is ever moved, so addresses held by the program stay valid.
//!
//! What that means for programs: an integer that happens to look like a heap
//! address retains the block it points into (memory is kept, never corrupted);
//! pointers must be stored 8-byte aligned to be seen; pointers hidden by
//! arithmetic (xor-linked lists, tagged low bits beyond the block) are not seen
//! and their blocks may be freed. Explicit `free` and collection can be mixed:
//! a freed block is simply no longer a candidate.

use crate::memory::Memory;
use std::time::{Duration, Instant};

/// Cumulative collector statistics.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GcStats {
    /// Collections run.
    pub collections: u64,
    /// Blocks reclaimed in total.
    pub blocks_freed: u64,
    /// Bytes reclaimed in total.
    pub bytes_freed: u64,
    /// Total pause time.
    pub pause: Duration,
    /// Longest single pause.
    pub max_pause: Duration,
}

/// The collector's mark stack: blocks marked but not scanned yet. Kept
/// between collections. Its first [`MIN_STACK`] entries (64 KiB) are part of
/// the VM's fixed overhead; beyond them it is charged against the memory cap
/// as it grows ([`Memory::charge`]). When the cap leaves no room to grow it,
/// marked blocks are left unscanned and found again by a pass over the heap,
/// so a collection needs no more memory than it is allowed. (Lists and trees
/// never need more than the fixed part: a block's children are scanned as
/// soon as they are pushed, so only wide fan-out fills the stack.)
#[derive(Debug, Default)]
pub struct Collector {
    stack: Vec<(u64, u64)>,
    /// A marked block was not pushed: its contents are still to be scanned.
    overflowed: bool,
    /// Bytes scanned in the current collection (roots, blocks, rescans).
    scanned: u64,
}

/// Mark stack entries that are fixed overhead, not charged to the cap.
pub const MIN_STACK: usize = 4096;

impl Collector {
    /// A collector with an empty mark stack.
    pub fn new() -> Collector {
        Collector::default()
    }

    /// Host bytes of the mark stack charged to the memory cap (beyond the
    /// fixed [`MIN_STACK`] entries).
    pub fn memory(&self) -> u64 {
        (self.stack.capacity().saturating_sub(MIN_STACK) * std::mem::size_of::<(u64, u64)>()) as u64
    }

    fn push(&mut self, mem: &mut Memory, block: (u64, u64)) {
        if self.stack.len() == self.stack.capacity() {
            let cap = self.stack.capacity();
            if cap < MIN_STACK {
                self.stack.reserve_exact(MIN_STACK - self.stack.len());
            } else {
                let bytes = (cap * std::mem::size_of::<(u64, u64)>()) as u64;
                if mem
                    .charge(bytes, || "growing the collector's mark stack".into())
                    .is_err()
                {
                    self.overflowed = true;
                    return;
                }
                self.stack.reserve_exact(2 * cap - self.stack.len());
            }
        }
        self.stack.push(block);
    }

    /// Marks the block `word` points into (if any) and queues it for scanning.
    #[inline]
    fn visit(&mut self, mem: &mut Memory, word: u64) {
        if let Some((start, size)) = mem.heap.block_containing(word) {
            if mem.heap.mark(start) {
                self.push(mem, (start, size));
            }
        }
    }

    /// Visits every 8-byte-aligned word in `from..to`.
    fn scan(&mut self, mem: &mut Memory, from: u64, to: u64) {
        let (lo, hi) = (mem.heap.base(), mem.heap.end());
        let mut a = from.next_multiple_of(8);
        self.scanned += to.saturating_sub(from);
        while a + 8 <= to {
            let w = u64::from_le_bytes(mem.read(a).unwrap_or_default());
            if (lo..hi).contains(&w) {
                self.visit(mem, w);
            }
            a += 8;
        }
    }

    fn drain(&mut self, mem: &mut Memory) {
        while let Some((start, size)) = self.stack.pop() {
            self.scan(mem, start, start + size);
        }
    }

    /// Runs one collection with every slice of `roots` as register roots and
    /// the running stack, the `stacks` of other threads (`sp..hi`) and the
    /// data segment as memory roots;
    /// updates `stats`. Returns the work done in bytes: what was scanned plus
    /// the heap swept (what the step counter charges for it).
    pub fn collect(
        &mut self,
        roots: &[&[u64]],
        stacks: &[(u64, u64)],
        mem: &mut Memory,
        stats: &mut GcStats,
    ) -> u64 {
        let t = Instant::now();
        self.scanned = 0;
        self.overflowed = false;
        let (heap_lo, heap_hi) = (mem.heap.base(), mem.heap.end());
        for regs in roots {
            self.scanned += 8 * regs.len() as u64;
            for &r in *regs {
                if (heap_lo..heap_hi).contains(&r) {
                    self.visit(mem, r);
                }
            }
        }
        let (d0, d1) = mem.data_range();
        self.scan(mem, d0, d1);
        let (sp, top) = (mem.sp(), mem.stack_range().1);
        self.scan(mem, sp, top);
        for &(sp, top) in stacks {
            self.scan(mem, sp, top);
        }
        self.drain(mem);
        // Blocks marked while the stack was full were not scanned: a pass
        // over the marked blocks scans them (and, harmlessly, the others
        // again), until a pass overflows no more.
        while self.overflowed {
            self.overflowed = false;
            let mut at = heap_lo;
            while let Some((start, size)) = mem.heap.next_marked(at) {
                self.scan(mem, start, start + size);
                self.drain(mem);
                at = start + size;
            }
        }
        let swept = mem.heap.size();
        let (blocks, bytes) = mem.heap.sweep();
        let pause = t.elapsed();
        stats.collections += 1;
        stats.blocks_freed += blocks;
        stats.bytes_freed += bytes;
        stats.pause += pause;
        stats.max_pause = stats.max_pause.max(pause);
        self.scanned + swept
    }
}

/// Runs one collection with `regs` as the register roots; updates `stats`.
/// Returns the work done in bytes (see [`Collector::collect`]). A one-off
/// [`Collector`]: its mark stack is charged to `mem` and not given back.
pub fn collect(regs: &[u64], mem: &mut Memory, stats: &mut GcStats) -> u64 {
    let mut c = Collector::new();
    let work = c.collect(&[regs], &[], mem, stats);
    mem.release(c.memory());
    work
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::memory::MemoryConfig;

    fn mem() -> Memory {
        Memory::new(
            &[0; 16],
            &MemoryConfig {
                stack: 256,
                init_heap: 1 << 16,
                ..Default::default()
            },
        )
        .unwrap()
    }

    fn store(m: &mut Memory, addr: u64, v: u64) {
        m.write(addr, v.to_le_bytes()).unwrap();
    }

    #[test]
    fn keeps_reachable_frees_unreachable_including_cycles() {
        let mut m = mem();
        let mut st = GcStats::default();
        // list: a -> b -> c, rooted by a register
        let (a, b, c) = (
            m.heap.alloc(16).unwrap(),
            m.heap.alloc(16).unwrap(),
            m.heap.alloc(16).unwrap(),
        );
        store(&mut m, a, b);
        store(&mut m, b, c + 8); // interior pointer still keeps c
                                 // unreachable cycle x <-> y
        let (x, y) = (m.heap.alloc(16).unwrap(), m.heap.alloc(16).unwrap());
        store(&mut m, x, y);
        store(&mut m, y, x);
        collect(&[7, a], &mut m, &mut st);
        assert_eq!(st.blocks_freed, 2);
        for p in [a, b, c] {
            assert!(m.heap.block_size(p).is_some());
        }
        assert!(m.heap.block_size(x).is_none() && m.heap.block_size(y).is_none());
    }

    #[test]
    fn data_segment_and_stack_are_roots() {
        let mut m = mem();
        let mut st = GcStats::default();
        let (p, q) = (m.heap.alloc(8).unwrap(), m.heap.alloc(8).unwrap());
        store(&mut m, crate::memory::DATA_BASE + 8, p);
        m.push(q.to_le_bytes()).unwrap();
        collect(&[], &mut m, &mut st);
        assert_eq!(st.blocks_freed, 0);
        m.pop::<8>().unwrap();
        collect(&[], &mut m, &mut st);
        assert_eq!((st.blocks_freed, st.collections), (1, 2));
        assert!(m.heap.block_size(p).is_some());
    }

    #[test]
    fn a_mark_stack_the_cap_will_not_grow_still_marks_everything() {
        let cfg = MemoryConfig {
            stack: 256,
            init_heap: 1 << 20,
            ..Default::default()
        };
        let mut m = Memory::new(&[0; 16], &cfg).unwrap();
        let mut st = GcStats::default();
        // A block pointing at 3 * MIN_STACK blocks, each pointing at the
        // one before it (so the highest is the head of a list too), and one
        // unreachable block.
        let n = 3 * MIN_STACK;
        let hub = m.heap.alloc(8 * n as u64).unwrap();
        let mut prev = 0;
        let mut nodes = Vec::new();
        for i in 0..n {
            let b = m.heap.alloc(16).unwrap();
            store(&mut m, b, prev);
            store(&mut m, hub + 8 * i as u64, b);
            nodes.push(b);
            prev = b;
        }
        let lost = m.heap.alloc(16).unwrap();
        // No room to grow the stack past its fixed part: what does not fit
        // waits for a pass over the heap.
        let left = m.available();
        m.charge(left, || "everything".into()).unwrap();
        let mut c = Collector::new();
        c.collect(&[&[hub]], &[], &mut m, &mut st);
        assert_eq!(c.memory(), 0);
        assert_eq!(st.blocks_freed, 1);
        assert!(m.heap.block_size(lost).is_none());
        assert!(nodes.iter().all(|&n| m.heap.block_size(n).is_some()));
        // With room, the stack grows (and is charged) instead.
        m.release(left);
        let before = m.in_use();
        c.collect(&[&[hub]], &[], &mut m, &mut st);
        assert!(c.memory() > 0 && m.in_use() == before + c.memory());
        assert_eq!(st.blocks_freed, 1);
    }
}
