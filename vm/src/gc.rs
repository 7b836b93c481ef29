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

/// Marks the block `word` points into (if any) and queues it for scanning.
#[inline]
fn visit(mem: &mut Memory, word: u64, work: &mut Vec<(u64, u64)>) {
    if let Some((start, size)) = mem.heap.block_containing(word) {
        if mem.heap.mark(start) {
            work.push((start, size));
        }
    }
}

/// Visits every 8-byte-aligned word in `from..to`.
fn scan(mem: &mut Memory, from: u64, to: u64, work: &mut Vec<(u64, u64)>) {
    let (lo, hi) = (mem.heap.base(), mem.heap.end());
    let mut a = from.next_multiple_of(8);
    while a + 8 <= to {
        let w = u64::from_le_bytes(mem.read(a).unwrap_or_default());
        if (lo..hi).contains(&w) {
            visit(mem, w, work);
        }
        a += 8;
    }
}

/// Runs one collection with `regs` as the register roots; updates `stats`.
pub fn collect(regs: &[u64], mem: &mut Memory, stats: &mut GcStats) {
    let t = Instant::now();
    let (heap_lo, heap_hi) = (mem.heap.base(), mem.heap.end());
    let mut work = Vec::new();
    for &r in regs {
        if (heap_lo..heap_hi).contains(&r) {
            visit(mem, r, &mut work);
        }
    }
    let (d0, d1) = mem.data_range();
    scan(mem, d0, d1, &mut work);
    let (sp, top) = (mem.sp(), mem.stack_range().1);
    scan(mem, sp, top, &mut work);
    while let Some((start, size)) = work.pop() {
        scan(mem, start, start + size, &mut work);
    }
    let (blocks, bytes) = mem.heap.sweep();
    let pause = t.elapsed();
    stats.collections += 1;
    stats.blocks_freed += blocks;
    stats.bytes_freed += bytes;
    stats.pause += pause;
    stats.max_pause = stats.max_pause.max(pause);
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
}
