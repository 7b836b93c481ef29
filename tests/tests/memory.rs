//! The heap allocator and the garbage collector, property-tested.
//!
//! - Directly on [`vm::memory::Memory`] and its [`vm::heap::Heap`]: random
//!   alloc/realloc/free sequences (realloc done the way the `realloc`
//!   instruction does it: allocate, copy, free) against a model. Blocks never
//!   overlap, contents survive, no byte is lost (the blocks tile the heap and
//!   the counters agree with them), and freeing everything coalesces the heap
//!   back into one free block.
//! - Through the VM: generated programs doing random `alloc`/`realloc`/`free`
//!   with every block filled with a pattern byte and verified after every
//!   step, in a small heap that has to grow, normally and under `gc_stress`.
//! - The collector on random object graphs: exactly the blocks reachable from
//!   the roots (registers, data segment, stack; interior pointers and cycles
//!   included) survive, with their contents; everything else is freed.

use proptest::prelude::*;
use std::collections::{BTreeMap, HashSet};
use vm::gc::{self, GcStats};
use vm::heap::{GRANULE, QUICK_MAX};
use vm::memory::{Memory, MemoryConfig, DATA_BASE};

/// Bytes a request of `n` occupies: whole granules, at least one.
fn rounded(n: u64) -> u64 {
    n.div_ceil(GRANULE).max(1) * GRANULE
}

/// Checks the heap's structure against the model's live blocks
/// (address → requested size) and quick lists: blocks tile the heap with no
/// gap, no two free blocks are adjacent unless one is on a quick list, the
/// allocated blocks are exactly the live ones, and every counter agrees.
fn check_heap(
    m: &Memory,
    live: &BTreeMap<u64, u64>,
    quick: &[Vec<u64>],
) -> Result<(), TestCaseError> {
    let quick = quick.concat();
    let h = &m.heap;
    let mut at = h.base();
    let mut prev_free = false;
    let (mut used, mut nused, mut nfree, mut free_bytes, mut largest) = (0, 0, 0, 0, 0);
    for (start, size, allocated) in h.blocks() {
        prop_assert_eq!(start, at, "blocks tile the heap");
        prop_assert!(size >= GRANULE && size % GRANULE == 0);
        if allocated {
            let req = live.get(&start);
            prop_assert!(req.is_some(), "allocated block {:#x} is not live", start);
            prop_assert_eq!(size, rounded(*req.unwrap()), "block size of {:#x}", start);
            used += size;
            nused += 1;
        } else if quick.contains(&start) {
            nfree += 1;
            free_bytes += size;
        } else {
            prop_assert!(!prev_free, "adjacent free blocks at {:#x}", start);
            nfree += 1;
            free_bytes += size;
            largest = largest.max(size);
        }
        prev_free = !allocated && !quick.contains(&start);
        at += size;
    }
    prop_assert_eq!(at, h.end(), "the last block ends the heap");
    prop_assert_eq!(h.end(), m.len(), "the heap ends the address space");
    prop_assert_eq!(nused, live.len() as u64, "every live block is allocated");
    let s = h.stats();
    prop_assert_eq!(
        (
            s.in_use,
            s.blocks,
            s.free_blocks,
            s.free_bytes,
            s.largest_free
        ),
        (used, nused, nfree, free_bytes, largest)
    );
    prop_assert_eq!(s.in_use + s.free_bytes, s.size, "no byte is lost");
    prop_assert_eq!(
        s.quick_blocks,
        quick.len() as u64,
        "blocks on the quick lists"
    );
    Ok(())
}

#[derive(Debug, Clone)]
enum Op {
    Alloc(u64),
    Realloc(usize, u64),
    Free(usize),
    /// Mark the live blocks whose bit is set (cycling through the bits) and
    /// sweep: the collector's half of the allocator.
    Sweep(u64),
}

fn op() -> impl Strategy<Value = Op> {
    let size = prop_oneof![8 => 0u64..200, 2 => 200u64..3000, 1 => 3000u64..40_000];
    prop_oneof![
        4 => size.clone().prop_map(Op::Alloc),
        3 => (any::<usize>(), size).prop_map(|(i, n)| Op::Realloc(i, n)),
        3 => any::<usize>().prop_map(Op::Free),
        1 => any::<u64>().prop_map(Op::Sweep),
    ]
}

/// Allocates like the VM does without a collector: first fit, else grow the
/// address space (within its cap) and retry.
fn alloc(m: &mut Memory, n: u64) -> Option<u64> {
    m.heap
        .alloc(n)
        .or_else(|| m.grow_heap(n).then(|| m.heap.alloc(n)).flatten())
}

/// Where the model expects `alloc(n)` to land: the block of that size freed
/// last (taken off the model's quick list), else the lowest free block not
/// on a quick list that fits. `None` when neither exists: then the heap
/// merges its quick lists (the model's are emptied) and may grow.
fn predict(m: &Memory, quick: &mut [Vec<u64>], n: u64) -> Option<u64> {
    let class = (rounded(n) / GRANULE) as usize;
    if let Some(a) = quick.get_mut(class).and_then(Vec::pop) {
        return Some(a);
    }
    let cached = quick.concat();
    let fit = m
        .heap
        .blocks()
        .find(|&(a, s, used)| !used && s >= rounded(n) && !cached.contains(&a))
        .map(|b| b.0);
    if fit.is_none() {
        quick.iter_mut().for_each(Vec::clear);
    }
    fit
}

/// Records in the model that the block at `a` (requested size `n`) was freed.
fn freed(quick: &mut [Vec<u64>], a: u64, n: u64) {
    if let Some(q) = quick.get_mut((rounded(n) / GRANULE) as usize) {
        q.push(a);
    }
}

/// The next pattern byte (never 0, so a block of zeroes never passes).
fn fresh(p: &mut u8) -> u8 {
    *p = p.wrapping_add(1).max(1);
    *p
}

fn fill(m: &mut Memory, addr: u64, len: u64, byte: u8) {
    m.slice_mut(addr, len)
        .expect("block inside memory")
        .fill(byte);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// alloc/realloc/free on the allocator, with contents, against a model.
    #[test]
    fn allocator_sequences_keep_blocks_disjoint_and_contents_intact(
        ops in proptest::collection::vec(op(), 1..120)
    ) {
        let cfg = MemoryConfig { stack: 256, init_heap: 4096, max: 1 << 20, ..Default::default() };
        let mut m = Memory::new(&[1, 2, 3], &cfg).unwrap();
        // address -> requested size; address -> pattern byte
        let mut live: BTreeMap<u64, u64> = BTreeMap::new();
        let mut pattern: BTreeMap<u64, u8> = BTreeMap::new();
        let mut next_pattern = 1u8;
        // The model's quick lists, per size in granules.
        let mut quick: Vec<Vec<u64>> = vec![Vec::new(); QUICK_MAX + 1];
        for op in ops {
            match op {
                Op::Alloc(n) => {
                    // The last block of this size freed, else first fit: the
                    // lowest free block that fits, when one does.
                    let expect = predict(&m, &mut quick, n);
                    if let Some(a) = alloc(&mut m, n) {
                        if expect.is_some() {
                            prop_assert_eq!(Some(a), expect, "quick list or first fit");
                        }
                        prop_assert_eq!(a % GRANULE, 0, "aligned");
                        prop_assert!(!live.contains_key(&a));
                        let p = fresh(&mut next_pattern);
                        fill(&mut m, a, n, p);
                        live.insert(a, n);
                        pattern.insert(a, p);
                    } else {
                        // Only when the cap leaves no room to grow.
                        prop_assert!(m.len() + rounded(n) > m.max(), "alloc({}) failed below the cap", n);
                    }
                }
                Op::Realloc(i, n) if !live.is_empty() => {
                    let (&old, &old_n) = live.iter().nth(i % live.len()).unwrap();
                    let old_p = pattern[&old];
                    prop_assert_eq!(m.heap.check(old), Ok(rounded(old_n)));
                    let expect = predict(&m, &mut quick, n);
                    if let Some(new) = alloc(&mut m, n) {
                        if expect.is_some() {
                            prop_assert_eq!(Some(new), expect, "quick list or first fit");
                        }
                        let copy = rounded(old_n).min(n);
                        prop_assert!(m.copy(new, old, copy).is_some());
                        m.heap.free(old).unwrap();
                        freed(&mut quick, old, old_n);
                        live.remove(&old);
                        pattern.remove(&old);
                        let kept = old_n.min(n);
                        let bytes = m.slice(new, kept).unwrap();
                        prop_assert!(bytes.iter().all(|&b| b == old_p), "realloc kept the contents");
                        let p = fresh(&mut next_pattern);
                        fill(&mut m, new, n, p);
                        live.insert(new, n);
                        pattern.insert(new, p);
                    }
                }
                Op::Sweep(bits) => {
                    let addrs: Vec<u64> = live.keys().copied().collect();
                    for (k, a) in addrs.into_iter().enumerate() {
                        if bits >> (k % 64) & 1 == 1 {
                            prop_assert!(m.heap.mark(a));
                        } else {
                            live.remove(&a);
                            pattern.remove(&a);
                        }
                    }
                    let before = m.heap.in_use();
                    quick.iter_mut().for_each(Vec::clear);
                    let (_, bytes) = m.heap.sweep();
                    prop_assert_eq!(before - bytes, m.heap.in_use());
                }
                Op::Free(i) if !live.is_empty() => {
                    let (&a, _) = live.iter().nth(i % live.len()).unwrap();
                    prop_assert!(m.heap.free(a).is_ok());
                    prop_assert!(m.heap.free(a).is_err(), "double free is refused");
                    freed(&mut quick, a, live[&a]);
                    live.remove(&a);
                    pattern.remove(&a);
                }
                _ => {}
            }
            // Disjoint (by granules), and every block still holds its pattern.
            let mut end = 0;
            for (&a, &n) in &live {
                prop_assert!(a >= end, "block {:#x} overlaps the one before", a);
                end = a + rounded(n);
                let p = pattern[&a];
                prop_assert!(m.slice(a, n).unwrap().iter().all(|&b| b == p), "contents of {:#x}", a);
            }
            check_heap(&m, &live, &quick)?;
        }
        prop_assert_eq!(m.slice(DATA_BASE, 3).unwrap(), &[1, 2, 3][..], "data untouched");
        for (a, n) in std::mem::take(&mut live) {
            m.heap.free(a).unwrap();
            freed(&mut quick, a, n);
        }
        check_heap(&m, &live, &quick)?;
        m.heap.consolidate();
        check_heap(&m, &live, &[])?;
        let blocks: Vec<_> = m.heap.blocks().collect();
        prop_assert_eq!(blocks, vec![(m.heap.base(), m.heap.size(), false)], "one free block");
    }
}

// ---- through the VM ----

#[derive(Debug, Clone)]
enum VmOp {
    /// Fill slot `.0 % SLOTS` with a new block (or realloc it if full).
    Alloc(usize, u64),
    /// Realloc slot (or alloc it if empty).
    Realloc(usize, u64),
    /// Free slot (if full).
    Free(usize),
}

const SLOTS: usize = 12;

fn vm_op() -> impl Strategy<Value = VmOp> {
    let size = prop_oneof![6 => 0u64..100, 3 => 100u64..700, 1 => 700u64..5000];
    prop_oneof![
        4 => (any::<usize>(), size.clone()).prop_map(|(s, n)| VmOp::Alloc(s, n)),
        4 => (any::<usize>(), size).prop_map(|(s, n)| VmOp::Realloc(s, n)),
        3 => any::<usize>().prop_map(VmOp::Free),
    ]
}

/// A program performing `ops` on pointer slots in the data segment. Every
/// block is filled with a pattern byte; after a realloc the kept prefix and,
/// after every step, every live block is verified (`verify` halts with the
/// step number on a mismatch). Each alloc/realloc prints `slot address size`,
/// each free `slot 0 0`.
/// At the end it prints `heapsize`, frees every block and prints it again.
/// Returns the program and the requested sizes of the blocks live at the end.
fn vm_program(ops: &[VmOp]) -> (String, Vec<u64>) {
    let mut src = format!(
        ".data\nslots: .zero {}\nfreed: .string \" 0 0\\n\"\n.code\n.func main\n",
        8 * SLOTS
    );
    let mut slots: [Option<(u64, u8)>; SLOTS] = [None; SLOTS];
    let mut pat = 0u8;
    let mut step = 0;
    for op in ops {
        step += 1;
        let (s, n, realloc) = match *op {
            VmOp::Alloc(s, n) => (s % SLOTS, n, slots[s % SLOTS].is_some()),
            VmOp::Realloc(s, n) => (s % SLOTS, n, slots[s % SLOTS].is_some()),
            VmOp::Free(s) => {
                let s = s % SLOTS;
                if slots[s].take().is_some() {
                    src += &format!(
                        "    lea r2, slots\n    ld.u64 r0, r2, {o}\n    free r0\n    movi.u64 r0, 0\n    st.u64 r2, {o}, r0\n    movi.u64 r3, {s}\n    put.u64 r3\n    prints freed\n",
                        o = 8 * s
                    );
                }
                continue;
            }
        };
        pat = pat % 250 + 1;
        src += &format!("    lea r2, slots\n    movi.u64 r1, {n}\n");
        if realloc {
            let (old_n, old_p) = slots[s].unwrap();
            src += &format!("    ld.u64 r0, r2, {}\n    realloc r0, r0, r1\n", 8 * s);
            src += &format!(
                "    mov r10, r0\n    movi.u64 r11, {}\n    movi.u64 r12, {old_p}\n    movi.i64 r13, {step}\n    call verify, r10\n",
                old_n.min(n)
            );
        } else {
            src += "    alloc r0, r1\n";
        }
        src += &format!(
            "    st.u64 r2, {o}, r0\n    movi.u64 r3, {pat}\n    memset r0, r3, r1\n    movi.u64 r3, {s}\n    put.u64 r3\n    movi.u8 r4, 32\n    putc r4\n    put.u64 r0\n    putc r4\n    print.u64 r1\n",
            o = 8 * s
        );
        slots[s] = Some((n, pat));
        for (t, slot) in slots.iter().enumerate() {
            if let Some((n, p)) = slot {
                src += &format!(
                    "    lea r2, slots\n    ld.u64 r10, r2, {}\n    movi.u64 r11, {n}\n    movi.u64 r12, {p}\n    movi.i64 r13, {step}\n    call verify, r10\n",
                    8 * t
                );
            }
        }
    }
    src += "    heapsize r0\n    print.u64 r0\n    lea r2, slots\n";
    for (t, slot) in slots.iter().enumerate() {
        if slot.is_some() {
            src += &format!("    ld.u64 r0, r2, {}\n    free r0\n", 8 * t);
        }
    }
    src += "    heapsize r0\n    print.u64 r0\n    movi.i64 r0, 0\n    halt r0\n.end\n";
    src += "
; verify(addr, len, byte, step): halts with `step` unless len bytes at addr equal byte
.func verify
    movi.u64 r4, 0
loop:
    bge.u64 r4, r1, ok
    add.u64 r5, r0, r4
    ld.u8 r6, r5, 0
    bne.u64 r6, r2, bad
    inc.u64 r4
    jmp loop
ok:
    ret r0
bad:
    halt r3
.end
";
    let live = slots.iter().flatten().map(|&(n, _)| n).collect();
    (src, live)
}

fn run_vm(src: &str, gc_stress: bool) -> (Result<i32, String>, String, vm::heap::HeapStats) {
    let module = vm::Module::from_image(tests::assemble(src, "generated.vvs")).unwrap();
    let config = vm::Config {
        gc_stress,
        memory: MemoryConfig {
            stack: 4096,
            init_heap: 2048,
            max: 4 << 20,
            ..Default::default()
        },
        ..Default::default()
    };
    let mut out = Vec::new();
    let mut machine = vm::Vm::new(&module, &config).unwrap_or_else(|e| panic!("{e}"));
    machine.set_output(&mut out);
    let r = machine.run().map_err(|t| t.to_string());
    let stats = machine.heap_stats();
    drop(machine);
    (r, String::from_utf8(out).unwrap(), stats)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    /// Random alloc/realloc/free programs: contents verified at every step,
    /// blocks reported disjoint and aligned, `heapsize` exact, and the whole
    /// heap free when everything is freed; the same
    /// under gc_stress (the slots in the data segment are roots).
    #[test]
    fn vm_alloc_realloc_free_keeps_contents(ops in proptest::collection::vec(vm_op(), 1..40)) {
        let (src, live) = vm_program(&ops);
        for gc_stress in [false, true] {
            let (r, out, stats) = run_vm(&src, gc_stress);
            prop_assert_eq!(r, Ok(0), "gc_stress {}: output\n{}\nprogram\n{}", gc_stress, out, src);
            let mut lines: Vec<&str> = out.lines().collect();
            let after_free = lines.pop().unwrap();
            let in_use = lines.pop().unwrap();
            prop_assert_eq!(in_use.parse::<u64>().unwrap(), live.iter().map(|&n| rounded(n)).sum::<u64>());
            prop_assert_eq!(after_free, "0");
            // Replay the reported addresses: live blocks never overlap.
            let mut at: [Option<(u64, u64)>; SLOTS] = [None; SLOTS];
            for l in &lines {
                let v: Vec<u64> = l.split(' ').map(|w| w.parse().unwrap()).collect();
                let (slot, addr, n) = (v[0] as usize, v[1], v[2]);
                at[slot] = None; // free, or realloc freeing the old block
                if addr == 0 {
                    continue;
                }
                prop_assert_eq!(addr % GRANULE, 0);
                for (a, m) in at.iter().flatten() {
                    prop_assert!(addr + rounded(n) <= *a || a + rounded(*m) <= addr, "overlap: {}", l);
                }
                at[slot] = Some((addr, n));
            }
            // Everything is free; blocks of up to 256 bytes may still sit on
            // the quick lists, unmerged (the Memory-level test above checks
            // that merging them leaves one block).
            prop_assert_eq!((stats.in_use, stats.blocks, stats.free_bytes), (0, 0, stats.size));
        }
    }
}

// ---- the collector on random graphs ----

#[derive(Debug, Clone)]
struct Graph {
    /// Block sizes in words (2..=8).
    sizes: Vec<usize>,
    /// (from block, word index, to block, interior word offset)
    edges: Vec<(usize, usize, usize, usize)>,
    /// Roots: (kind 0 register / 1 data / 2 stack, block, interior word offset)
    roots: Vec<(u8, usize, usize)>,
    /// Blocks freed explicitly before collecting (if unreferenced by roots).
    freed: Vec<usize>,
}

fn graph() -> impl Strategy<Value = Graph> {
    (2usize..40).prop_flat_map(|n| {
        (
            proptest::collection::vec(2usize..=8, n),
            proptest::collection::vec((0..n, 0usize..8, 0..n, 0usize..8), 0..2 * n),
            proptest::collection::vec((0u8..3, 0..n, 0usize..8), 0..4),
            proptest::collection::vec(0..n, 0..3),
        )
            .prop_map(|(sizes, edges, roots, freed)| Graph {
                sizes,
                edges,
                roots,
                freed,
            })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Exactly the reachable blocks survive a collection, contents intact;
    /// unreachable ones (cycles included) are freed, and a collection with no
    /// roots leaves one free block.
    #[test]
    fn collector_keeps_exactly_the_reachable_blocks(g in graph()) {
        let cfg = MemoryConfig { stack: 1024, init_heap: 1 << 14, ..Default::default() };
        let mut m = Memory::new(&[0u8; 64], &cfg).unwrap();
        let n = g.sizes.len();
        let addr: Vec<u64> = g.sizes.iter().map(|&w| m.heap.alloc(8 * w as u64).unwrap()).collect();
        // Non-pointer words hold small integers: never mistaken for pointers.
        for (i, &a) in addr.iter().enumerate() {
            for w in 0..g.sizes[i] {
                m.write(a + 8 * w as u64, ((i * 8 + w) as u64).to_le_bytes()).unwrap();
            }
        }
        let mut out: Vec<Vec<usize>> = vec![Vec::new(); n];
        for &(from, word, to, off) in &g.edges {
            let word = word % g.sizes[from];
            let target = addr[to] + 8 * (off % g.sizes[to]) as u64;
            m.write(addr[from] + 8 * word as u64, target.to_le_bytes()).unwrap();
        }
        // The edges that survived overwriting (the last write to a word wins).
        for (i, &a) in addr.iter().enumerate() {
            for w in 0..g.sizes[i] {
                let v = u64::from_le_bytes(m.read(a + 8 * w as u64).unwrap());
                if let Some(j) = (0..n).find(|&j| v >= addr[j] && v < addr[j] + 8 * g.sizes[j] as u64) {
                    out[i].push(j);
                }
            }
        }
        let mut regs = vec![3u64, 0];
        let mut root_blocks = Vec::new();
        for (k, &(kind, b, off)) in g.roots.iter().enumerate() {
            let p = addr[b] + 8 * (off % g.sizes[b]) as u64;
            match kind {
                0 => regs.push(p),
                1 => m.write(DATA_BASE + 8 * k as u64, p.to_le_bytes()).unwrap(),
                _ => m.push(p.to_le_bytes()).unwrap(),
            }
            root_blocks.push(b);
        }
        let mut reachable = HashSet::new();
        let mut work = root_blocks.clone();
        while let Some(b) = work.pop() {
            if reachable.insert(b) {
                work.extend(&out[b]);
            }
        }
        // Explicitly free some unreachable blocks first: a freed block is no
        // longer a candidate, and pointers to it from garbage do no harm.
        let mut freed = HashSet::new();
        for &f in &g.freed {
            if !reachable.contains(&f) && freed.insert(f) {
                m.heap.free(addr[f]).unwrap();
            }
        }
        let snapshot: Vec<Vec<u8>> = (0..n)
            .map(|i| m.slice(addr[i], 8 * g.sizes[i] as u64).unwrap().to_vec())
            .collect();
        let mut stats = GcStats::default();
        gc::collect(&regs, &mut m, &mut stats);
        let mut live_bytes = 0;
        for i in 0..n {
            if reachable.contains(&i) {
                prop_assert_eq!(m.heap.block_size(addr[i]), Some(rounded(8 * g.sizes[i] as u64)), "block {} is reachable", i);
                prop_assert_eq!(m.slice(addr[i], 8 * g.sizes[i] as u64).unwrap(), &snapshot[i][..]);
                live_bytes += rounded(8 * g.sizes[i] as u64);
            } else {
                prop_assert_eq!(m.heap.block_size(addr[i]), None, "block {} is garbage", i);
            }
        }
        prop_assert_eq!(m.heap.in_use(), live_bytes);
        prop_assert_eq!(stats.blocks_freed as usize, n - reachable.len() - freed.len());
        prop_assert_eq!(stats.collections, 1);
        // Drop every root: everything goes, into one free block.
        while m.pop::<8>().is_some() {}
        m.slice_mut(DATA_BASE, 64).unwrap().fill(0);
        gc::collect(&[], &mut m, &mut stats);
        prop_assert_eq!(m.heap.in_use(), 0);
        let blocks: Vec<_> = m.heap.blocks().collect();
        prop_assert_eq!(blocks, vec![(m.heap.base(), m.heap.size(), false)]);
    }
}

/// A module with manual memory (`.manual_memory`, what compiled C uses) is
/// never collected: unreachable blocks stay allocated, the heap grows to the
/// cap, then `tryalloc` gives 0 and `alloc` traps. The same program without
/// the flag runs forever on a collected heap.
#[test]
fn manual_memory_grows_to_the_cap_and_never_collects() {
    // 200 blocks of 64 KiB, none kept: prints how many tryalloc gave before
    // the first 0 (or 200), then the heap in use.
    let body = ".func main\n movi.u64 r1, 65536\n movi.i64 r2, 0\n movi.i64 r3, 200\n\
                loop:\n tryalloc r0, r1\n jz r0, full\n inc.i64 r2\n blt.i64 r2, r3, loop\n\
                full:\n print.i64 r2\n heapsize r4\n print.u64 r4\n\
                alloc r0, r1\n halt r2\n.end\n";
    let mut config = vm::Config {
        memory: MemoryConfig {
            stack: 64 << 10,
            init_heap: 64 << 10,
            max: 4 << 20,
            ..Default::default()
        },
        ..Default::default()
    };
    for stress in [false, true] {
        config.gc_stress = stress;
        let collected = tests::run_with(body, "collected.vvs", &config);
        let blocks = 200 * 65536;
        assert_eq!(collected.exit, Some(200), "{collected:?}");
        assert!(collected.stdout.starts_with("200\n"), "{collected:?}");
        assert!(!collected.stdout.ends_with(&format!("{blocks}\n")));

        let manual = tests::run_with(&format!(".manual_memory\n{body}"), "manual.vvs", &config);
        // Everything but the guard, the stack, the register file (256
        // registers) and the heap's bookkeeping (4.875 bytes a 16-byte
        // granule): (4 MiB - 0x1000 - 64 KiB - 2 KiB) / (1 + 4.875 / 16).
        let fits = ((4 << 20) - 0x1000 - (64 << 10) - 2048) * 128 / 167 / 65536;
        assert_eq!(
            manual.stdout,
            format!("{fits}\n{}\n", fits * 65536),
            "{manual:?}"
        );
        assert_eq!(
            manual.trap.as_deref(),
            Some("heap exhausted: memory limit reached (requested 65536 bytes, cap 4194304)")
        );
    }
    // Vm::collect does nothing for it either.
    let image = tests::assemble(
        ".manual_memory\n.func main\n movi.u64 r1, 64\n alloc r0, r1\n movi.i64 r0, 0\n halt r0\n.end\n",
        "manual.vvs",
    );
    let module = vm::Module::from_image(image).unwrap();
    assert!(module.program().manual_memory());
    let mut machine = vm::Vm::new(&module, &vm::Config::default()).unwrap();
    assert_eq!(machine.run(), Ok(0));
    machine.collect();
    assert_eq!(machine.heap_stats().in_use, 64);
    assert_eq!(machine.gc_stats().collections, 0);
}
