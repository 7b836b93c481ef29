//! Block layout and register allocation.
//!
//! Layout orders a function's blocks so that most jumps become
//! fall-throughs (a block is followed by the successor it prefers). Register
//! allocation is linear scan over live intervals (one interval per virtual
//! register, from its first to its last live position in layout order).
//!
//! The VM's calling convention gives calls one constraint: a call's
//! argument window (`call f, rB`) must start above every register live
//! across the call, because the callee may write everything from `rB` up.
//! Allocation runs twice: the first pass finds each call's window base, the
//! second prefers to put each argument directly in its window slot (and the
//! result where it comes back), so most calls need no moves at all — what
//! Lua's code generator gets by allocating registers as a stack.

use crate::fxhash::FxHashMap as HashMap;
use crate::ir::{BlockId, Callee, Func, Inst, Term, VReg};

/// Registers available to values (the VM has 256 per frame; the rest are
/// kept for call windows above the live values, call moves and jump tables).
/// Past this many values live at once, the allocator spills to the frame.
pub const MAX_REGS: u32 = 200;

/// The result of allocation for one function.
#[derive(Debug, Clone)]
pub struct Allocation {
    /// Blocks in emission order (reachable ones only).
    pub order: Vec<BlockId>,
    /// Physical register of each virtual register (`u8::MAX` if unused).
    pub reg: Vec<u8>,
    /// Window base of each call, by (block, instruction index).
    pub call_base: HashMap<(u32, u32), u8>,
    /// Registers the frame needs.
    pub nregs: u32,
    /// First register free for scratch use (parallel moves, jump tables).
    pub scratch: u8,
}

/// Why a function could not be allocated, and where in it when one place
/// is to blame (the function's own location otherwise).
#[derive(Debug, Clone)]
pub struct AllocError(pub String, pub Option<crate::source::Loc>);

/// Removes unreachable blocks' influence and orders blocks for emission.
pub fn layout(f: &mut Func) -> Vec<BlockId> {
    thread_jumps(f);
    let n = f.blocks.len();
    let mut reachable = vec![false; n];
    let mut stack = vec![BlockId(0)];
    while let Some(b) = stack.pop() {
        if reachable[b.0 as usize] {
            continue;
        }
        reachable[b.0 as usize] = true;
        for s in f.blocks[b.0 as usize].term.successors() {
            if !reachable[s.0 as usize] {
                stack.push(s);
            }
        }
    }
    let mut placed = vec![false; n];
    let mut order = Vec::with_capacity(n);
    for start in 0..n {
        if !reachable[start] || placed[start] {
            continue;
        }
        // Follow the chain of preferred fall-through successors.
        let mut b = start;
        loop {
            placed[b] = true;
            order.push(BlockId(b as u32));
            let next = match &f.blocks[b].term {
                Term::Jmp(t) => Some(*t),
                Term::Br { fall, .. } => Some(*fall),
                _ => None,
            };
            match next {
                Some(t) if reachable[t.0 as usize] && !placed[t.0 as usize] => b = t.0 as usize,
                _ => break,
            }
        }
    }
    order
}

/// The reachable blocks in reverse postorder, each block's fall-through
/// successor visited last so that it follows the block where it can: every
/// block after its forward predecessors, so both arms of an `if` or `?:`
/// sit between the branch and the join (one arm jumps over the other),
/// where [`layout`] puts the taken arm after the whole chain of
/// fall-throughs, and a value the two arms write lives across everything in
/// between.
fn compact_layout(f: &Func) -> Vec<BlockId> {
    let n = f.blocks.len();
    let mut seen = vec![false; n];
    let mut post = Vec::with_capacity(n);
    let succs = |b: usize| -> Vec<usize> {
        let t = &f.blocks[b].term;
        // Visited in this order: the fall-through last, so it ends up first.
        let fall = match t {
            Term::Jmp(x) => Some(x.0 as usize),
            Term::Br { fall, .. } => Some(fall.0 as usize),
            _ => None,
        };
        // Popped from the back: the fall-through goes first in the list.
        fall.into_iter()
            .chain(
                t.successors()
                    .into_iter()
                    .map(|s| s.0 as usize)
                    .filter(|&s| Some(s) != fall),
            )
            .collect::<Vec<usize>>()
    };
    let mut stack: Vec<(usize, Vec<usize>)> = vec![(0, succs(0))];
    seen[0] = true;
    while let Some((b, next)) = stack.last_mut() {
        match next.pop() {
            Some(s) if !seen[s] => {
                seen[s] = true;
                let ss = succs(s);
                stack.push((s, ss));
            }
            Some(_) => {}
            None => {
                post.push(BlockId(*b as u32));
                stack.pop();
            }
        }
    }
    post.reverse();
    post
}

/// Redirects jumps to empty blocks that only jump elsewhere.
fn thread_jumps(f: &mut Func) {
    let n = f.blocks.len();
    let target = |f: &Func, mut b: BlockId| -> BlockId {
        // Bounded walk: a cycle of empty jumps (`for(;;);`) stays put.
        for _ in 0..16 {
            let blk = &f.blocks[b.0 as usize];
            match blk.term {
                Term::Jmp(t) if blk.insts.is_empty() && t != b => b = t,
                _ => break,
            }
        }
        b
    };
    for i in 0..n {
        let term = f.blocks[i].term.clone();
        let new = match term {
            Term::Jmp(t) => Term::Jmp(target(f, t)),
            Term::Br { mut inst, fall } => {
                if let Some(t) = inst.target() {
                    inst.set_target(target(f, t));
                }
                Term::Br {
                    inst,
                    fall: target(f, fall),
                }
            }
            Term::Table { index, targets } => Term::Table {
                index,
                targets: targets.into_iter().map(|t| target(f, t)).collect(),
            },
            t => t,
        };
        f.blocks[i].term = new;
    }
}

struct Intervals {
    start: Vec<u32>,
    end: Vec<u32>,
    /// Positions of calls: (position, block, index).
    calls: Vec<(u32, u32, u32)>,
    /// How often each register is read or written: spilling costs a load
    /// or a store at each of them.
    refs: Vec<u32>,
    /// Registers a call's result is written to.
    call_result: Vec<bool>,
}

/// `n` lists of numbers in one buffer (compressed rows): built from
/// `(list, value)` pairs, each list keeping its pairs' order. One allocation
/// instead of one per list.
struct Lists {
    start: Vec<u32>,
    items: Vec<u32>,
}

impl Lists {
    fn new(n: usize, pairs: &[(u32, u32)]) -> Lists {
        let mut start = vec![0u32; n + 1];
        for &(l, _) in pairs {
            start[l as usize + 1] += 1;
        }
        for i in 0..n {
            start[i + 1] += start[i];
        }
        let mut fill = start.clone();
        let mut items = vec![0u32; pairs.len()];
        for &(l, v) in pairs {
            items[fill[l as usize] as usize] = v;
            fill[l as usize] += 1;
        }
        Lists { start, items }
    }

    fn get(&self, i: usize) -> &[u32] {
        &self.items[self.start[i] as usize..self.start[i + 1] as usize]
    }
}

/// Steps (blocks and edges visited) the exact liveness walk may take per
/// function before the rest of its registers get [`Loops::cover`]'s
/// interval: far above what real functions take (QuickJS's interpreter
/// loop, the largest function we have met, takes 2.5 million), so only
/// pathological code pays in code quality.
const LIVENESS_BUDGET: u64 = 25_000_000;

/// The back edges of a function in layout order (edges to a block at or
/// before their source), merged into disjoint spans of blocks.
struct Loops {
    /// (first block, last block), sorted and disjoint.
    spans: Vec<(u32, u32)>,
}

impl Loops {
    fn new(preds: &Lists) -> Loops {
        let mut spans: Vec<(u32, u32)> = Vec::new();
        for k in 0..preds.start.len() - 1 {
            for &p in preds.get(k) {
                if k as u32 <= p {
                    spans.push((k as u32, p));
                }
            }
        }
        spans.sort_unstable();
        let mut merged: Vec<(u32, u32)> = Vec::with_capacity(spans.len());
        for (a, b) in spans {
            match merged.last_mut() {
                Some(last) if a <= last.1 => last.1 = last.1.max(b),
                _ => merged.push((a, b)),
            }
        }
        Loops { spans: merged }
    }

    /// Blocks `lo..=hi` (in layout order) grown by every span they touch.
    /// A value whose reads and writes are all in `lo..=hi` is live only
    /// there: a path from one of them to another that left the range would
    /// have to come back over a back edge, whose span touches the range.
    fn cover(&self, lo: u32, hi: u32) -> (u32, u32) {
        // The first span ending at or after `lo`, and the last starting at
        // or before `hi`: those between touch the range.
        let i = self.spans.partition_point(|&(_, b)| b < lo);
        let j = self.spans.partition_point(|&(a, _)| a <= hi);
        if i >= j {
            return (lo, hi);
        }
        (lo.min(self.spans[i].0), hi.max(self.spans[j - 1].1))
    }
}

/// Live intervals in layout order. Instruction `i` of the linear order is
/// at position `2i` (its uses) and `2i + 1` (its definitions).
fn intervals(f: &Func, order: &[BlockId]) -> Intervals {
    let nv = f.nvregs as usize;
    let nb = order.len();
    // Liveness sets are only needed for the registers some block uses
    // before defining it (every register live into or out of a block is
    // one of those): they get dense indices, and the sets are as wide as
    // their number, not the function's, and exist only for the blocks laid
    // out. A long function of block-local temporaries (what inlining and
    // straight-line code make) costs linear, not quadratic, memory.
    const NONE: u32 = u32::MAX;
    let mut dense = vec![NONE; nv];
    let mut globals: Vec<u32> = Vec::new();
    let mut def_in = vec![NONE; nv];
    // (dense register, block) for each upward-exposed read.
    let mut exposed: Vec<(u32, u32)> = Vec::new();
    // (register, block) for every write, in order; those of registers
    // that turn out to be live across blocks are kept below.
    let mut written: Vec<(u32, u32)> = Vec::new();
    for (k, &b) in order.iter().enumerate() {
        let blk = &f.blocks[b.0 as usize];
        let k = k as u32;
        let mut use_reg = |r: VReg, def_in: &Vec<u32>| {
            if def_in[r.0 as usize] != k {
                if dense[r.0 as usize] == NONE {
                    dense[r.0 as usize] = globals.len() as u32;
                    globals.push(r.0);
                }
                exposed.push((dense[r.0 as usize], k));
            }
        };
        for (inst, _) in &blk.insts {
            inst.uses(|r| use_reg(r, &def_in));
            inst.defs(|r| {
                def_in[r.0 as usize] = k;
                written.push((r.0, k));
            });
        }
        blk.term.uses(|r| use_reg(r, &def_in));
        blk.term.defs(|r| {
            def_in[r.0 as usize] = k;
            written.push((r.0, k));
        });
    }
    let ng = globals.len();
    drop(def_in);
    // Per register live across blocks: the blocks that read it before
    // writing it, and the blocks that write it.
    let exposed_in = Lists::new(ng, &exposed);
    drop(exposed);
    written.retain_mut(|(r, _)| {
        *r = dense[*r as usize];
        *r != NONE
    });
    let def_blocks = Lists::new(ng, &written);
    drop(written);
    // Blocks by position in `order` (successors are always laid out: they
    // are reachable), and their predecessors by position.
    let mut at = vec![NONE; f.blocks.len()];
    for (k, &b) in order.iter().enumerate() {
        at[b.0 as usize] = k as u32;
    }
    let mut edges: Vec<(u32, u32)> = Vec::with_capacity(nb * 2);
    for (k, &b) in order.iter().enumerate() {
        for s in f.blocks[b.0 as usize].term.successors() {
            let sk = at[s.0 as usize];
            if sk != NONE {
                edges.push((sk, k as u32));
            }
        }
    }
    let preds = Lists::new(nb, &edges);
    drop(edges);
    // Instruction positions: each block's first and last.
    // Instructions start at 2: parameters are defined at 0, before the
    // first instruction (which may be a call they must survive).
    let (mut first_at, mut last_at) = (vec![0u32; nb], vec![0u32; nb]);
    let mut pos: u32 = 2;
    for (k, &b) in order.iter().enumerate() {
        first_at[k] = pos;
        pos += 2 * f.blocks[b.0 as usize].insts.len() as u32;
        last_at[k] = pos + 1;
        pos += 2;
    }
    let mut start = vec![u32::MAX; nv];
    let mut end = vec![0u32; nv];
    let touch = |r: u32, p: u32, start: &mut Vec<u32>, end: &mut Vec<u32>| {
        let r = r as usize;
        start[r] = start[r].min(p);
        end[r] = end[r].max(p);
    };
    // Liveness one register at a time: from each block reading it first,
    // backwards through predecessors until the blocks that write it. Live
    // into a block stretches the interval to the block's first position,
    // live out of it to its last. The work is the size of the live ranges,
    // not registers times blocks -- which is still quadratic when many
    // values live across many blocks (33,000 locals over 33,000 `if`s took
    // 17 s), so the walk has a budget; past it the remaining registers get
    // a cheap interval that covers their live range (`Loops::cover`).
    let (mut in_mark, mut def_mark) = (vec![NONE; nb], vec![NONE; nb]);
    let mut stack: Vec<u32> = Vec::new();
    let mut budget = LIVENESS_BUDGET;
    let mut loops: Option<Loops> = None;
    for (g, &r) in globals.iter().enumerate() {
        let gi = g as u32;
        if budget == 0 {
            let loops = loops.get_or_insert_with(|| Loops::new(&preds));
            let blocks = def_blocks.get(g).iter().chain(exposed_in.get(g));
            let (lo, hi) = blocks.fold((u32::MAX, 0), |(lo, hi), &k| (lo.min(k), hi.max(k)));
            let (lo, hi) = loops.cover(lo, hi);
            touch(r, first_at[lo as usize], &mut start, &mut end);
            touch(r, last_at[hi as usize], &mut start, &mut end);
            continue;
        }
        for &k in def_blocks.get(g) {
            def_mark[k as usize] = gi;
        }
        for &k in exposed_in.get(g) {
            if in_mark[k as usize] != gi {
                in_mark[k as usize] = gi;
                touch(r, first_at[k as usize], &mut start, &mut end);
                stack.push(k);
            }
        }
        while let Some(k) = stack.pop() {
            let ps = preds.get(k as usize);
            budget = budget.saturating_sub(ps.len() as u64 + 1);
            for &p in ps {
                let p = p as usize;
                touch(r, last_at[p], &mut start, &mut end);
                if def_mark[p] != gi && in_mark[p] != gi {
                    in_mark[p] = gi;
                    touch(r, first_at[p], &mut start, &mut end);
                    stack.push(p as u32);
                }
            }
        }
    }
    let mut calls = Vec::new();
    let mut refs = vec![0u32; nv];
    let mut call_result = vec![false; nv];
    let mut pos: u32 = 2;
    for &b in order {
        let blk = &f.blocks[b.0 as usize];
        for (i, (inst, _)) in blk.insts.iter().enumerate() {
            inst.uses(|r| {
                touch(r.0, pos, &mut start, &mut end);
                refs[r.0 as usize] += 1;
            });
            inst.defs(|r| {
                touch(r.0, pos + 1, &mut start, &mut end);
                refs[r.0 as usize] += 1;
            });
            if let Inst::Call { ret, .. } = inst {
                calls.push((pos, b.0, i as u32));
                if let Some(r) = ret {
                    call_result[r.0 as usize] = true;
                }
            }
            pos += 2;
        }
        blk.term.uses(|r| {
            touch(r.0, pos, &mut start, &mut end);
            refs[r.0 as usize] += 1;
        });
        blk.term.defs(|r| {
            touch(r.0, pos + 1, &mut start, &mut end);
            refs[r.0 as usize] += 1;
        });
        pos += 2;
    }
    // Parameters are defined on entry.
    for p in &f.params {
        start[p.0 as usize] = 0;
        if end[p.0 as usize] == 0 {
            end[p.0 as usize] = 0;
        }
    }
    Intervals {
        start,
        end,
        calls,
        refs,
        call_result,
    }
}

/// Allocates registers for a function whose blocks are in `order`,
/// spilling values to the frame when more than [`MAX_REGS`] are live at once.
pub fn allocate(f: &mut Func, order: Vec<BlockId>) -> Result<Allocation, AllocError> {
    // A call's arguments are live together in its window: past the limit
    // no amount of spilling helps (100,000 arguments took 16 rounds of it,
    // 5 s and 1.5 GB, to fail).
    let widest = f
        .blocks
        .iter()
        .flat_map(|b| &b.insts)
        .filter_map(|(i, loc)| match i {
            Inst::Call { args, .. } => Some((args.len(), *loc)),
            _ => None,
        })
        .max_by_key(|&(n, _)| n);
    if let Some((n, loc)) = widest.filter(|&(n, _)| n > MAX_REGS as usize) {
        return Err(AllocError(
            format!("a call with {n} arguments: at most {MAX_REGS} fit in a call's registers"),
            Some(loc),
        ));
    }
    let mut order = order;
    let mut iv = intervals(f, &order);
    let mut first = None;
    let mut inp = scan_input(f, &iv);
    for round in 0..16 {
        match scan(f, &iv, &inp, &[]) {
            Ok(r) => {
                first = Some(r);
                break;
            }
            Err(Scan::Spill(mut vs)) => {
                // Too many values at once: maybe only because the layout
                // put arms far from their joins. The compact layout costs a
                // jump per `if` on one path; it is taken when it spills
                // less than half as many references.
                if round == 0 {
                    let cost = |iv: &Intervals, vs: &[u32]| -> u64 {
                        vs.iter().map(|&v| u64::from(iv.refs[v as usize])).sum()
                    };
                    let order2 = compact_layout(f);
                    let iv2 = intervals(f, &order2);
                    let inp2 = scan_input(f, &iv2);
                    match scan(f, &iv2, &inp2, &[]) {
                        Ok(r) => {
                            (order, iv, inp) = (order2, iv2, inp2);
                            first = Some(r);
                            break;
                        }
                        Err(Scan::Spill(vs2)) if 2 * cost(&iv2, &vs2) < cost(&iv, &vs) => {
                            (order, vs) = (order2, vs2);
                        }
                        Err(_) => {}
                    }
                }
                spill(f, &vs);
                iv = intervals(f, &order);
                inp = scan_input(f, &iv);
            }
            Err(Scan::Fail(e)) => return Err(e),
        }
    }
    let Some(first) = first else {
        return Err(AllocError(
            format!(
                "function `{}` is too large to allocate registers for",
                f.name
            ),
            None,
        ));
    };
    let bases = call_bases(&iv, &inp.order, &first);
    // Dense: asked for every register the scan places. `NO_HINT` for none.
    let mut hints = vec![NO_HINT; f.nvregs as usize];
    // In code order, so the first call an argument feeds decides its hint
    // (and compiling twice gives the same code).
    // An argument gets a hint only if the call is its last use: one that
    // lives on across the call would sit in the window and push this and
    // every later call's window up, costing more moves than it saves.
    let mut sorted: Vec<usize> = (0..iv.calls.len()).collect();
    sorted.sort_unstable_by_key(|&c| (iv.calls[c].1, iv.calls[c].2));
    for c in sorted {
        let (at, b, i) = iv.calls[c];
        let base = bases[c];
        if let Inst::Call { args, ret, callee } = &f.blocks[b as usize].insts[i as usize].0 {
            // A function pointer read last here goes where the call's
            // emitter would move it (the slot after the arguments).
            if let Callee::Indirect(fp) = callee {
                if iv.end[fp.0 as usize] <= at {
                    if let Ok(r) = u8::try_from(u32::from(base) + args.len() as u32) {
                        hint(&mut hints, fp.0, r);
                    }
                }
            }
            for (k, a) in args.iter().enumerate() {
                if iv.end[a.0 as usize] > at {
                    continue;
                }
                if let Ok(r) = u8::try_from(u32::from(base) + k as u32) {
                    hint(&mut hints, a.0, r);
                }
            }
            if let Some(r) = ret {
                hint(&mut hints, r.0, base);
            }
        }
    }
    // Copies: prefer the same register on both sides.
    for blk in &f.blocks {
        for (inst, _) in &blk.insts {
            if let Inst::Copy { dst, src } = inst {
                let h = hints[src.0 as usize];
                if h != NO_HINT {
                    hint(&mut hints, dst.0, h as u8);
                } else if let Some(&r) = first.get(src.0 as usize).filter(|&&r| r != u8::MAX) {
                    hint(&mut hints, dst.0, r);
                }
            }
        }
    }
    let mut reg = match scan(f, &iv, &inp, &hints) {
        Ok(r) => r,
        Err(_) => first,
    };
    coalesce_copies(f, &iv, &mut reg);
    let f = &*f;
    let call_base: HashMap<(u32, u32), u8> = iv
        .calls
        .iter()
        .zip(call_bases(&iv, &inp.order, &reg))
        .map(|(&(_, b, i), base)| ((b, i), base))
        .collect();
    let mut nregs = 1u32;
    for &r in &reg {
        if r != u8::MAX {
            nregs = nregs.max(u32::from(r) + 1);
        }
    }
    for (&(b, i), &base) in &call_base {
        if let Inst::Call { args, callee, .. } = &f.blocks[b as usize].insts[i as usize].0 {
            // Arguments, plus one slot to keep a function pointer that the
            // argument moves would otherwise overwrite.
            let extra = u32::from(matches!(callee, Callee::Indirect(_)));
            nregs = nregs.max(u32::from(base) + (args.len() as u32).max(1) + extra);
        }
    }
    let scratch = nregs;
    let nregs = nregs + 2;
    if nregs > 256 {
        return Err(AllocError(format!(
            "function `{}` needs {nregs} registers; voxvm frames have 256 (split the function, or reduce the number of values live at once)",
            f.name
        ), None));
    }
    Ok(Allocation {
        order,
        reg,
        call_base,
        nregs,
        scratch: scratch as u8,
    })
}

/// Copy coalescing after the scan: `dst = src` where the two got different
/// registers, and `dst`'s register is free for all of `src`'s interval,
/// moves `src` there and the copy disappears. The scan's hints cannot do
/// it alone: it places `src` before `dst` (a phi's value computed on the
/// hot path, say, before the phi register the slow path also writes).
/// Parameters and call results keep their fixed registers, and a value live
/// across a call keeps its register (moving it could raise the call's
/// window).
fn coalesce_copies(f: &Func, iv: &Intervals, reg: &mut [u8]) {
    let overlap = |a: u32, b: u32| {
        let (a, b) = (a as usize, b as usize);
        iv.start[a] <= iv.end[b] && iv.start[b] <= iv.end[a]
    };
    let mut fixed = vec![false; reg.len()];
    for p in &f.params {
        fixed[p.0 as usize] = true;
    }
    if let Some(fr) = f.frame {
        fixed[fr.fp.0 as usize] = true;
    }
    let mut copies = Vec::new();
    for blk in &f.blocks {
        for (inst, _) in &blk.insts {
            match inst {
                Inst::Call { ret: Some(r), .. } => fixed[r.0 as usize] = true,
                Inst::Copy { dst, src } => copies.push((dst.0, src.0)),
                _ => {}
            }
        }
    }
    if copies.is_empty() {
        return;
    }
    let mut by_reg: Vec<Vec<u32>> = vec![Vec::new(); 256];
    for (v, &r) in reg.iter().enumerate() {
        if r != u8::MAX && iv.start[v] != u32::MAX {
            by_reg[r as usize].push(v as u32);
        }
    }
    // Calls are in position order: the first at or after the start decides.
    let across_call = |v: u32| {
        let (s, e) = (iv.start[v as usize], iv.end[v as usize]);
        let k = iv.calls.partition_point(|&(p, _, _)| p < s);
        iv.calls.get(k).is_some_and(|&(p, _, _)| e > p + 1)
    };
    for (dst, src) in copies {
        let (rd, rs) = (reg[dst as usize], reg[src as usize]);
        if rd == rs || rd == u8::MAX || rs == u8::MAX || fixed[src as usize] {
            continue;
        }
        if overlap(src, dst)
            || by_reg[rd as usize]
                .iter()
                .any(|&w| w != dst && overlap(w, src))
            || across_call(src)
        {
            continue;
        }
        by_reg[rs as usize].retain(|&w| w != src);
        by_reg[rd as usize].push(src);
        reg[src as usize] = rd;
    }
}

/// Each call's window base (in the order of `iv.calls`): one above every
/// register live across it.
fn call_bases(iv: &Intervals, order: &[u32], reg: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(iv.calls.len());
    if iv.calls.is_empty() {
        return out;
    }
    // Intervals sorted by start (the scan's order, which sorts by start
    // first), swept along the (sorted) call positions.
    let by_start: Vec<u32> = order
        .iter()
        .copied()
        .filter(|&v| reg[v as usize] != u8::MAX)
        .collect();
    let mut active: Vec<u32> = Vec::new();
    let mut next = 0;
    for &(p, _, _) in &iv.calls {
        // `<=`: a value live into the block whose first instruction is the
        // call starts at the call's own position.
        while next < by_start.len() && iv.start[by_start[next] as usize] <= p {
            active.push(by_start[next]);
            next += 1;
        }
        active.retain(|&v| iv.end[v as usize] > p + 1);
        let base = active
            .iter()
            .map(|&v| u32::from(reg[v as usize]) + 1)
            .max()
            .unwrap_or(0);
        out.push(base.min(255) as u8);
    }
    out
}

/// No hint for a register. Hints are `u16` so that every `u8`, even one
/// the scan cannot use, is a hint: the first hint a register gets stays.
const NO_HINT: u16 = u16::MAX;

/// Records hint `r` for register `v` unless it has one.
fn hint(hints: &mut [u16], v: u32, r: u8) {
    if hints[v as usize] == NO_HINT {
        hints[v as usize] = u16::from(r);
    }
}

/// Why a scan did not allocate everything.
enum Scan {
    /// These values must live in the frame.
    Spill(Vec<u32>),
    /// It cannot be done.
    Fail(AllocError),
}

/// What a scan reads besides the intervals and hints, computed once for
/// both scans of a function (they differ only in the hints).
struct ScanInput {
    /// Registers with an interval: parameters first, then by start.
    order: Vec<u32>,
    /// Each parameter's position (`u32::MAX` for other registers).
    param_pos: Vec<u32>,
}

fn scan_input(f: &Func, iv: &Intervals) -> ScanInput {
    let nv = f.nvregs as usize;
    let mut order: Vec<u32> = (0..f.nvregs)
        .filter(|&v| iv.start[v as usize] != u32::MAX)
        .collect();
    // Parameters first (fixed registers), then by start.
    // Dense, not hashed: asked for every register and every comparison.
    let mut param_pos = vec![u32::MAX; nv];
    for (i, p) in f.params.iter().enumerate() {
        param_pos[p.0 as usize] = i as u32;
    }
    // The keys are distinct (they end with the register), so an unstable sort is exact.
    order.sort_unstable_by_key(|&v| (iv.start[v as usize], param_pos[v as usize] == u32::MAX, v));
    ScanInput { order, param_pos }
}

/// Linear scan: lowest free register, or the hinted one when it is free.
/// When none is free, the live value (or this one) with the fewest
/// references for its interval's length is chosen for spilling, and the
/// scan goes on so that one pass finds every value to spill.
fn scan(f: &Func, iv: &Intervals, inp: &ScanInput, hints: &[u16]) -> Result<Vec<u8>, Scan> {
    let nv = f.nvregs as usize;
    let mut reg = vec![u8::MAX; nv];
    let ScanInput { order, param_pos } = inp;
    // Call results arrive in the call's window base, which is one above
    // every value live across the call, all of which start before the
    // result and so are placed already.
    let (refs, call_result) = (&iv.refs, &iv.call_result);
    let param_index =
        |v: u32| Some(param_pos[v as usize] as usize).filter(|_| param_pos[v as usize] != u32::MAX);
    let unspillable =
        |v: u32| param_pos[v as usize] != u32::MAX || f.frame.is_some_and(|fr| fr.fp.0 == v);
    // Spill weight: references per position of the interval, compared
    // without division (a/b < c/d as a*d < c*b). The value that is touched
    // least for the room it takes goes first: a long-lived value read
    // everywhere (a big switch loop's `pc`) stays, a long-lived one read
    // twice goes. The classic "ends last" choice spilled the busiest value
    // of a function-wide loop.
    let lighter = |a: u32, b: u32| {
        let len = |v: u32| u64::from(iv.end[v as usize].saturating_sub(iv.start[v as usize])) + 1;
        u64::from(refs[a as usize]) * len(b) < u64::from(refs[b as usize]) * len(a)
    };
    let mut busy = [false; 256];
    let mut active: Vec<u32> = Vec::new();
    let mut spilled: Vec<u32> = Vec::new();
    for &v in order {
        let s = iv.start[v as usize];
        // Expire intervals that ended before this one starts.
        active.retain(|&a| {
            if iv.end[a as usize] < s {
                busy[reg[a as usize] as usize] = false;
                false
            } else {
                true
            }
        });
        let r = if let Some(i) = param_index(v) {
            if i >= 256 {
                return Err(Scan::Fail(AllocError(
                    format!("function `{}` has too many parameters", f.name),
                    None,
                )));
            }
            i as u8
        } else if let Some(b) = call_result[v as usize]
            .then(|| {
                active
                    .iter()
                    .filter(|&&a| iv.end[a as usize] > s)
                    .map(|&a| u32::from(reg[a as usize]) + 1)
                    .max()
                    .unwrap_or(0)
            })
            .filter(|&b| b < MAX_REGS && !busy[b as usize])
        {
            // Where the call leaves it: no move after the call.
            b as u8
        } else if let Some(h) = hints
            .get(v as usize)
            .copied()
            .filter(|&h| u32::from(h) < MAX_REGS && !busy[h as usize])
        {
            h as u8
        } else {
            match (0..MAX_REGS as usize).find(|&r| !busy[r]) {
                Some(r) => r as u8,
                None => {
                    // Spill the lightest of the live values (or this one).
                    let victim = active
                        .iter()
                        .copied()
                        .filter(|&a| !unspillable(a))
                        .reduce(|x, y| if lighter(y, x) { y } else { x });
                    match victim {
                        Some(a) if lighter(a, v) || unspillable(v) => {
                            let r = reg[a as usize];
                            active.retain(|&x| x != a);
                            reg[a as usize] = u8::MAX;
                            spilled.push(a);
                            busy[r as usize] = false;
                            r
                        }
                        _ if !unspillable(v) => {
                            spilled.push(v);
                            continue;
                        }
                        _ => {
                            return Err(Scan::Fail(AllocError(format!(
                                "function `{}` has more than {MAX_REGS} values that must stay in registers",
                                f.name
                            ), None)))
                        }
                    }
                }
            }
        };
        if busy[r as usize] {
            // A parameter's register taken by an earlier-starting value
            // cannot happen: parameters start first.
            return Err(Scan::Fail(AllocError(
                format!("register conflict for a parameter of `{}`", f.name),
                None,
            )));
        }
        busy[r as usize] = true;
        reg[v as usize] = r;
        active.push(v);
    }
    if spilled.is_empty() {
        Ok(reg)
    } else {
        Err(Scan::Spill(spilled))
    }
}

/// Moves values to frame slots: every read loads the slot into a fresh
/// register just before, every write stores right after.
///
/// Each spilled value gets a slot of its own, never shared with another
/// value even when their intervals do not overlap. This is what makes
/// `setjmp` safe with spills: a `longjmp` restores the register window as it
/// was at the `setjmp` but not frame memory, and the path from `setjmp` to
/// `longjmp` is not an edge of the CFG, so a value spilled before `setjmp`
/// and read only after its second return looks dead on that path; a shared
/// slot would be overwritten there (tests/c/corpus/lib_setjmp_spills.c).
fn spill(f: &mut Func, vs: &[u32]) {
    use crate::ir::{isa, Inst, Opnd, Term};
    use vm::isa::OperandValue;
    let slots: HashMap<u32, i64> = vs.iter().map(|&v| (v, f.frame_slot())).collect();
    let fr = f.frame.expect("frame_slot made a frame");
    let fp = fr.fp;
    let ld = isa().op("ld", "u64");
    let st = isa().op("st", "u64");
    let load = |t: VReg, off: i64| {
        Inst::op(
            ld,
            &[
                Opnd::Def(t),
                Opnd::Use(fp),
                Opnd::Imm(OperandValue::I32(off as i32)),
            ],
        )
    };
    let store = |t: VReg, off: i64| {
        Inst::op(
            st,
            &[
                Opnd::Use(fp),
                Opnd::Imm(OperandValue::I32(off as i32)),
                Opnd::Use(t),
            ],
        )
    };
    // Spilled parameters arrive in a register and are stored on entry,
    // after the frame is set up.
    let prologue = if fr.slack > 0 { 4 } else { 2 };
    let mut entry_stores = Vec::new();
    for i in 0..f.params.len() {
        if let Some(&off) = slots.get(&f.params[i].0) {
            let p = f.vreg();
            f.params[i] = p;
            entry_stores.push((store(p, off), f.loc));
        }
    }
    for bi in 0..f.blocks.len() {
        let insts = std::mem::take(&mut f.blocks[bi].insts);
        let mut out = Vec::with_capacity(insts.len() + 4);
        for (mut inst, loc) in insts {
            let mut before = Vec::new();
            let mut after = Vec::new();
            let mut fresh: HashMap<u32, VReg> = HashMap::default();
            let mut uses = Vec::new();
            inst.uses(|r| uses.push(r));
            let mut defs = Vec::new();
            inst.defs(|r| defs.push(r));
            for u in uses {
                if let Some(&off) = slots.get(&u.0) {
                    if let std::collections::hash_map::Entry::Vacant(e) = fresh.entry(u.0) {
                        let t = f.vreg();
                        e.insert(t);
                        before.push((load(t, off), loc));
                    }
                }
            }
            for d in defs {
                if let Some(&off) = slots.get(&d.0) {
                    let t = match fresh.get(&d.0) {
                        Some(&t) => t,
                        None => {
                            let t = f.vreg();
                            fresh.insert(d.0, t);
                            t
                        }
                    };
                    after.push((store(t, off), loc));
                }
            }
            if !fresh.is_empty() {
                inst.map_regs(|r| fresh.get(&r.0).copied().unwrap_or(r));
            }
            out.extend(before);
            out.push((inst, loc));
            out.extend(after);
        }
        // The terminator's reads.
        let loc = f.blocks[bi].term_loc;
        let mut term = std::mem::replace(&mut f.blocks[bi].term, Term::None);
        let mut map: HashMap<u32, VReg> = HashMap::default();
        let mut reload =
            |v: VReg, f: &mut Func, out: &mut Vec<(Inst, crate::source::Loc)>| -> VReg {
                match slots.get(&v.0) {
                    Some(&off) => *map.entry(v.0).or_insert_with(|| {
                        let t = f.vreg();
                        out.push((load(t, off), loc));
                        t
                    }),
                    None => v,
                }
            };
        // A fused latch (`addblt d, step, limit`) whose counter lives in a
        // spill slot: the branch cannot be followed by the store, so it is
        // split back into `add` (stored like any instruction) and the branch.
        if let Term::Br { inst, .. } = &mut term {
            let mut spilled_def = false;
            inst.defs(|r| spilled_def |= slots.contains_key(&r.0));
            // A load-and-branch whose value lives in a spill slot: the
            // load (stored like any instruction), then `jz`/`jnz` on it.
            let split_load = match &**inst {
                Inst::Op { op, opnds, n } if spilled_def => {
                    let info = op.info();
                    let parts = match info.family {
                        "ldjz" => Some(("ld", "jz")),
                        "ldjnz" => Some(("ld", "jnz")),
                        "ldxjz" => Some(("ldx", "jz")),
                        "ldxjnz" => Some(("ldx", "jnz")),
                        _ => None,
                    };
                    parts.map(|(ld, j)| (isa().op(ld, info.suffix), isa().op(j, ""), *opnds, *n))
                }
                _ => None,
            };
            // `addib<cc>i d, a, k, c` likewise: `addi` (stored), then `b<cc>i`.
            let split_add = match &**inst {
                Inst::Op { op, opnds, .. } if spilled_def => {
                    let info = op.info();
                    info.family.strip_prefix("addib").map(|cc| {
                        (
                            isa().op("addi", info.suffix),
                            isa().op(&format!("b{cc}"), info.suffix),
                            *opnds,
                            info.suffix,
                        )
                    })
                }
                _ => None,
            };
            if let Some((addi, br, opnds, suffix)) = split_add {
                let (
                    Opnd::Def(d),
                    Opnd::Use(a),
                    Opnd::Imm(OperandValue::I32(k)),
                    Opnd::Imm(OperandValue::I32(c)),
                    target,
                ) = (opnds[0], opnds[1], opnds[2], opnds[3], opnds[4])
                else {
                    unreachable!("addib* operands")
                };
                // The i64 forms take 64-bit immediates.
                let imm = |v: i32| match suffix {
                    "i64" => OperandValue::I64(i64::from(v)),
                    _ => OperandValue::I32(v),
                };
                let a = reload(a, f, &mut out);
                let t = f.vreg();
                out.push((
                    Inst::op(addi, &[Opnd::Def(t), Opnd::Use(a), Opnd::Imm(imm(k))]),
                    loc,
                ));
                out.push((store(t, slots[&d.0]), loc));
                **inst = Inst::op(br, &[Opnd::Use(t), Opnd::Imm(imm(c)), target]);
            } else if let Some((ld, j, opnds, n)) = split_load {
                let (Opnd::Def(d), Opnd::Use(base), at, target) =
                    (opnds[0], opnds[1], opnds[2], opnds[n as usize - 1])
                else {
                    unreachable!("ld*j* operands")
                };
                let base = reload(base, f, &mut out);
                let at = match at {
                    Opnd::Use(i) => Opnd::Use(reload(i, f, &mut out)),
                    o => o,
                };
                let t = f.vreg();
                out.push((Inst::op(ld, &[Opnd::Def(t), Opnd::Use(base), at]), loc));
                out.push((store(t, slots[&d.0]), loc));
                **inst = Inst::op(j, &[Opnd::Use(t), target]);
            } else if let (true, Inst::Op { op, opnds, .. }) = (spilled_def, &**inst) {
                let info = op.info();
                let br = match info.family {
                    "addblt" => "blt",
                    "addble" => "ble",
                    other => unreachable!("terminator `{other}` writes a register"),
                };
                let (Opnd::UseDef(d), step, limit, target) =
                    (opnds[0], opnds[1], opnds[2], opnds[3])
                else {
                    unreachable!("addb* operands")
                };
                let off = slots[&d.0];
                let t = f.vreg();
                out.push((load(t, off), loc));
                let step = match step {
                    Opnd::Use(s) => Opnd::Use(reload(s, f, &mut out)),
                    o => o,
                };
                out.push((
                    Inst::op(
                        isa().op("add", info.suffix),
                        &[Opnd::Def(t), Opnd::Use(t), step],
                    ),
                    loc,
                ));
                out.push((store(t, off), loc));
                let limit = match limit {
                    Opnd::Use(l) => Opnd::Use(reload(l, f, &mut out)),
                    o => o,
                };
                **inst = Inst::op(isa().op(br, info.suffix), &[Opnd::Use(t), limit, target]);
            }
        }
        match &mut term {
            Term::Br { inst, .. } | Term::Op(inst) => {
                let mut uses = Vec::new();
                inst.uses(|r| uses.push(r));
                let mut m = HashMap::default();
                for u in uses {
                    let t = reload(u, f, &mut out);
                    m.insert(u.0, t);
                }
                inst.map_regs(|r| m.get(&r.0).copied().unwrap_or(r));
            }
            Term::Ret(Some(r)) => *r = reload(*r, f, &mut out),
            Term::Ret(None) => {}
            Term::Table { index, .. } => *index = reload(*index, f, &mut out),
            Term::Jmp(_) | Term::None => {}
        }
        f.blocks[bi].term = term;
        if bi == 0 && !entry_stores.is_empty() {
            let at = prologue.min(out.len());
            out.splice(at..at, entry_stores.drain(..));
        }
        f.blocks[bi].insts = out;
    }
}
