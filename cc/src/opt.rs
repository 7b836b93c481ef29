//! IR optimisations, each kept because a benchmark showed it pays (the
//! figures are in the commit messages):
//!
//! - [`inline_calls`]: a call to a small function without a frame (`malloc`,
//!   `sqrt` and other one-instruction library wrappers, small accessors)
//!   becomes a copy of its body;
//! - [`inline_self`]: a small recursive function's calls to itself become
//!   copies of its body, and so do the copies' (two levels; then the
//!   copies' own calls stay calls);
//! - [`fuse`]: `mul` feeding an `add`/`sub` (up to three instructions
//!   later: `p->v -= d * m` loads `p->v` in between) becomes `madd`/`msub`,
//!   a load, `madd`/`msub` and store back to the same place (`p->v -= d *
//!   m`) become one `maddm`/`msubm`, a loop's `i += step; if (i < n)
//!   goto top` becomes one `addblt` (or `addble`), and arithmetic on a
//!   value just loaded (`bi->x - bj->x`) one `ldadd`/`ldsub`/`ldmul`;
//! - [`fuse_branch_tails`]: a block ending with a load and a branch on
//!   whether the value is zero ends with one `ldjnz`/`ldjz` (or the
//!   indexed `ldxjnz`/`ldxjz`), and one ending with `d = a + k` and a
//!   branch comparing `d` with a constant with one `addib<cc>i`;
//! - [`tail_duplicate`]: a jump to a tiny block (a `return`, a loop's
//!   latch) becomes a copy of that block;
//! - [`local_cse`]: a pure operation computed twice in a block from the same
//!   values (`(i + j) * (i + j + 1)`) is computed once, and so is a load with
//!   no possible store in between, also into a block whose only predecessor
//!   made it (`if (n->left) f(n->left)`);
//! - [`hoist_loop_invariants`]: a pure operation on values a loop does not
//!   change moves to the block before the loop.

use crate::fxhash::{FxHashMap, FxHashSet};
use crate::ir::{isa, Block, BlockId, Callee, Func, Inst, Opnd, SymRef, Term, VReg};
use crate::source::Loc;
use std::collections::HashMap;
use vm::isa::{Opcode, OperandValue};

/// Largest callee (in IR instructions, terminators included) that is inlined.
const INLINE_MAX: usize = 12;

/// Whether `f` may be copied into its callers. Only a function of the C
/// library (`library`) may make calls: in a program's own function, the
/// frame it would lose is one a trap's backtrace should show.
pub fn inlinable(f: &Func, library: bool) -> bool {
    // Asked at every call site: most functions are plainly too big.
    if f.blocks.iter().map(|b| b.insts.len()).sum::<usize>() > 4 * INLINE_MAX {
        return false;
    }
    let refuse = |i: &Inst, terminator: bool| {
        if terminator {
            // `trap` (`__builtin_unreachable`, `__builtin_trap`) names its
            // function; `longjmp`'s trap blames its argument, as inlined
            // code does.
            return matches!(i, Inst::Op { op, .. } if op.info().family == "trap");
        }
        // Inlined bodies are not searched for calls to inline again
        // (see `inline_calls`), so recursion cannot unroll.
        matches!(i, Inst::Call { .. }) && !(library && calls_are_off_path(f)) || blames_callee(i)
    };
    copy_size(f, &refuse).is_some_and(|(size, blocks)| blocks <= 6 && size <= INLINE_MAX)
}

/// What copying `f`'s body anywhere needs: no frame, no `volatile` loads
/// (inlining renumbers registers: `volatile_defs` would not follow), no
/// jump table, no `setjmp`, `alloca` or `retaddr`, and nothing `refuse`
/// rejects (given each instruction, and whether it ends its block). Then
/// the size of the body: instructions and blocks a path reaches (the
/// implicit `return` after a final `return` costs nothing), a jump
/// counting for nothing (it mostly becomes a fall-through once blocks are
/// laid out).
fn copy_size(f: &Func, refuse: &dyn Fn(&Inst, bool) -> bool) -> Option<(usize, usize)> {
    if f.frame.is_some() || !f.volatile_defs.is_empty() || f.blocks.len() > 16 {
        return None;
    }
    let (live, _) = live_preds(f);
    let (mut size, mut blocks) = (0, 0);
    for (b, _) in f.blocks.iter().zip(&live).filter(|(_, l)| **l) {
        size += b.insts.len() + usize::from(!matches!(b.term, Term::Jmp(_)));
        blocks += 1;
        match &b.term {
            Term::Table { .. } => return None,
            Term::Op(i) if refuse(i, true) => return None,
            _ => {}
        }
        let bad = |i: &Inst| {
            returns_twice(i) || allocates_stack(i) || reads_return_point(i) || refuse(i, false)
        };
        if b.insts.iter().any(|(i, _)| bad(i)) {
            return None;
        }
    }
    Some((size, blocks))
}

/// Whether `f` can return without making a call: then its calls are on
/// the side (sqrt's errno update), and inlining it saves the call on the
/// usual path; a function that always calls would only grow its callers.
fn calls_are_off_path(f: &Func) -> bool {
    let calls = |b: usize| {
        f.blocks[b]
            .insts
            .iter()
            .any(|(i, _)| matches!(i, Inst::Call { .. }))
    };
    let mut seen = vec![false; f.blocks.len()];
    let mut work = vec![0usize];
    while let Some(b) = work.pop() {
        if std::mem::replace(&mut seen[b], true) || calls(b) {
            continue;
        }
        if matches!(f.blocks[b].term, Term::Ret(_)) {
            return true;
        }
        work.extend(f.blocks[b].term.successors().iter().map(|s| s.0 as usize));
    }
    false
}

/// Whether `i` reserves stack space (`alloca`): the callee's `ret` releases
/// it, which an inlined copy would not do (a loop of calls would grow the
/// stack).
fn allocates_stack(i: &Inst) -> bool {
    matches!(i, Inst::Op { op, .. } if op.mnemonic() == "salloc")
}

/// Whether `i` is `retaddr` (`__builtin_return_address`): it names where
/// its own frame returns, which an inlined copy has not got.
fn reads_return_point(i: &Inst) -> bool {
    matches!(i, Inst::Op { op, .. } if op.mnemonic() == "retaddr")
}

/// Whether `i` is a `setjmp`-like instruction: its jump point belongs to
/// the frame that runs it, so a callee holding one must keep its frame (a
/// `longjmp` after it returned must trap, not land in the caller).
fn returns_twice(i: &Inst) -> bool {
    matches!(i, Inst::Op { op, .. } if op.info().flags.returns_twice)
}

/// Whether `i` could trap in a way whose report should name the callee's
/// own line: a memory access or a division by a register. Inlined code
/// reports the call site (the caller's function and line), which is right
/// for traps that blame the arguments (`free` of a bad pointer, a host
/// function's failure) and wrong for a callee's own out-of-bounds access.
fn blames_callee(i: &Inst) -> bool {
    let Inst::Op { op, opnds, n } = i else {
        return false;
    };
    let info = op.info();
    if info.family == "hcall" || !info.flags.may_trap {
        return false;
    }
    // A division by a nonzero immediate cannot trap; by a register it can.
    let ops = &opnds[..*n as usize];
    // Floating-point division never traps (a float load or store can).
    let float = matches!(info.suffix, "f32" | "f64");
    let by_register = ops.iter().filter(|o| matches!(o, Opnd::Use(_))).count() > 1
        || ops.iter().any(
            |o| matches!(o, Opnd::Imm(v) if matches!(v.plain_text().as_deref(), Some("0" | "-1"))),
        );
    info.traps.iter().any(|t| {
        t.starts_with("out-of-bounds")
            || (!float
                && by_register
                && (t.starts_with("division") || t.starts_with("integer overflow")))
    })
}

/// Replaces calls whose callee `lookup` returns (an inlinable function) by
/// the callee's body. `loc` of the inlined instructions is the call's, so a
/// trap in inlined code names the caller's line (see [`blames_callee`]).
pub fn inline_calls(caller: &mut Func, lookup: &dyn Fn(SymRef) -> Option<Func>) {
    let mut bi = 0;
    // Blocks that hold an inlined body: their calls stay calls.
    let mut inlined = vec![false; caller.blocks.len()];
    while bi < caller.blocks.len() {
        if inlined.get(bi).copied().unwrap_or(false) {
            bi += 1;
            continue;
        }
        let calls: Vec<(usize, Func)> = caller.blocks[bi]
            .insts
            .iter()
            .enumerate()
            .filter_map(|(ii, (i, _))| match i {
                Inst::Call {
                    callee: Callee::Direct(s),
                    ..
                } if *s != caller.sym => lookup(*s).map(|f| (ii, f)),
                _ => None,
            })
            .collect();
        // From the last call back: each splice moves only the instructions
        // between its call and the next one into the continuation, so a
        // block of n calls is split in O(n), not O(n^2) time and memory.
        for (ii, callee) in calls.iter().rev() {
            // `splice` adds the continuation, then the callee's blocks.
            let cont = caller.blocks.len();
            splice(caller, bi, *ii, callee, false);
            inlined.resize(cont + 1, false);
            inlined.resize(caller.blocks.len(), true);
        }
        bi += 1;
    }
}

/// Most IR instructions (live ones, terminators included) that inlining a
/// function's recursion into itself may make it: a copy per call site, and
/// at the second level a copy per call site of each copy.
const SELF_INLINE_BUDGET: usize = 128;

/// Replaces the calls a small recursive function makes to itself by copies
/// of its body, and the calls in those copies by copies again (two levels
/// when the function stays within [`SELF_INLINE_BUDGET`], else one; the
/// copies' own calls stay calls), as gcc's recursive inlining does: fib(35)
/// and binary-trees' walks make a third as many calls and returns. A copy
/// keeps its own lines, which are the function's; what changes is that a
/// backtrace shows one frame per two or three levels of the recursion, and
/// `--max-recursion` counts those frames.
pub fn inline_self(f: &mut Func) {
    let is_self = |i: &Inst, me: SymRef| matches!(i, Inst::Call { callee: Callee::Direct(s), .. } if *s == me);
    let sites = f
        .blocks
        .iter()
        .flat_map(|b| &b.insts)
        .filter(|(i, _)| is_self(i, f.sym))
        .count();
    if sites == 0 {
        return;
    }
    // The copy keeps its own lines, so the rules of `inlinable` about
    // whose line a trap names do not apply; calls are what it is for.
    let Some((size, _)) = copy_size(f, &|_, _| false) else {
        return;
    };
    let levels = if size * (1 + sites + sites * sites) <= SELF_INLINE_BUDGET {
        2
    } else if size * (1 + sites) <= SELF_INLINE_BUDGET {
        1
    } else {
        return;
    };
    let body = f.clone();
    // Blocks `from..to` are searched: the function's own, then the copies
    // the level before added (continuations hold no calls to itself: the
    // calls after a splice point were spliced first).
    let (mut from, mut to) = (0, f.blocks.len());
    for _ in 0..levels {
        for bi in from..to {
            let calls: Vec<usize> = f.blocks[bi]
                .insts
                .iter()
                .enumerate()
                .filter(|(_, (i, _))| is_self(i, body.sym))
                .map(|(ii, _)| ii)
                .collect();
            // From the last call back, as in `inline_calls`.
            for &ii in calls.iter().rev() {
                splice(f, bi, ii, &body, true);
            }
        }
        (from, to) = (to, f.blocks.len());
    }
}

/// Which blocks are reachable from the entry, and how many edges from
/// reachable blocks lead to each (the entry counts one more, its caller):
/// an inlined callee's unreachable implicit `return` also jumps to the
/// continuation, and must not count.
fn live_preds(f: &Func) -> (Vec<bool>, Vec<u32>) {
    let n = f.blocks.len();
    // Targets of instructions that are not terminators (and of an `Op`
    // terminator), found in one scan of the instructions: (block, target).
    let mut odd: Vec<(u32, u32)> = Vec::new();
    for (bi, blk) in f.blocks.iter().enumerate() {
        for (i, _) in &blk.insts {
            if let Some(t) = i.target() {
                odd.push((bi as u32, t.0));
            }
        }
        if let Term::Op(inst) = &blk.term {
            if let Some(t) = inst.target() {
                odd.push((bi as u32, t.0));
            }
        }
    }
    // `odd` is in block order: each block's entries are one run.
    let odd_of = |b: usize| {
        let from = odd.partition_point(|&(x, _)| (x as usize) < b);
        let to = odd.partition_point(|&(x, _)| (x as usize) <= b);
        odd[from..to].iter().map(|&(_, t)| t as usize)
    };
    let mut live = vec![false; n];
    let mut work = vec![0usize];
    while let Some(b) = work.pop() {
        if std::mem::replace(&mut live[b], true) {
            continue;
        }
        work.extend(f.blocks[b].term.successors().iter().map(|s| s.0 as usize));
        if !odd.is_empty() {
            work.extend(odd_of(b));
        }
    }
    let mut preds = vec![0u32; n];
    for (b, _) in f.blocks.iter().zip(&live).filter(|(_, l)| **l) {
        for s in b.term.successors() {
            preds[s.0 as usize] += 1;
        }
    }
    // `successors` counts a branch's target, not an `Op`'s.
    for &(b, t) in &odd {
        if live[b as usize] {
            preds[t as usize] += 1;
        }
    }
    // The entry has an implicit predecessor.
    preds[0] += 1;
    (live, preds)
}

/// Merges each block into its predecessor when that is its only one and
/// ends by jumping to it: what inlining leaves (a call site becomes a jump
/// to the body and a jump back to the continuation) becomes straight-line
/// code again, which saves the jumps and keeps the number of blocks (and so
/// the register allocator's liveness sets) from growing with every inlined
/// call. Merged blocks are left empty and unreachable.
pub fn merge_blocks(f: &mut Func) {
    let n = f.blocks.len();
    let (live, mut preds) = live_preds(f);
    // Only into reachable blocks: an unreachable one jumping to `t` is not
    // among `t`'s counted predecessors.
    for b in (0..n).filter(|&b| live[b]) {
        while let Term::Jmp(t) = f.blocks[b].term {
            let t = t.0 as usize;
            if t == b || preds[t] != 1 || f.blocks[t].loop_depth != f.blocks[b].loop_depth {
                break;
            }
            let next = std::mem::replace(&mut f.blocks[t].term, Term::None);
            let insts = std::mem::take(&mut f.blocks[t].insts);
            f.blocks[b].insts.extend(insts);
            f.blocks[b].term = next;
            f.blocks[b].term_loc = f.blocks[t].term_loc;
            preds[t] = 0;
        }
    }
}

/// Inlines `callee` at instruction `ii` of block `bi` (a call).
fn splice(caller: &mut Func, bi: usize, ii: usize, callee: &Func, own_locs: bool) {
    let (call, loc) = caller.blocks[bi].insts[ii].clone();
    // A copy of the caller itself keeps its own lines: they are lines of
    // the function a trap names either way.
    let at = |l: Loc| if own_locs { l } else { loc };
    let Inst::Call { args, ret, .. } = call else {
        return;
    };
    let depth = caller.blocks[bi].loop_depth;
    // The continuation: everything after the call, and the old terminator.
    let rest: Vec<(Inst, Loc)> = caller.blocks[bi].insts.split_off(ii + 1);
    caller.blocks[bi].insts.pop(); // the call
    let old_term = std::mem::replace(&mut caller.blocks[bi].term, Term::None);
    let cont = BlockId(caller.blocks.len() as u32);
    caller.blocks.push(Block {
        insts: rest,
        term: old_term,
        term_loc: caller.blocks[bi].term_loc,
        loop_depth: depth,
    });
    // Fresh registers and blocks for the callee's.
    let base = caller.nvregs;
    caller.nvregs += callee.nvregs;
    // A parameter the callee never assigns is the argument itself; the
    // others start as copies of their arguments.
    let (defs, _) = counts(callee);
    let direct: FxHashMap<VReg, VReg> = callee
        .params
        .iter()
        .zip(&args)
        .filter(|(p, _)| defs[p.0 as usize] == 1)
        .map(|(p, a)| (*p, *a))
        .collect();
    let vmap = |r: VReg| direct.get(&r).copied().unwrap_or(VReg(base + r.0));
    let first = caller.blocks.len() as u32;
    let bmap = |b: BlockId| BlockId(first + b.0);
    for (k, p) in callee.params.iter().enumerate() {
        if direct.contains_key(p) {
            continue;
        }
        if let Some(&a) = args.get(k) {
            caller.blocks[bi].insts.push((
                Inst::Copy {
                    dst: vmap(*p),
                    src: a,
                },
                loc,
            ));
        }
    }
    caller.blocks[bi].term = Term::Jmp(bmap(BlockId(0)));
    for b in &callee.blocks {
        let mut insts = Vec::with_capacity(b.insts.len() + 1);
        for (i, l) in &b.insts {
            let mut i = i.clone();
            i.map_regs(vmap);
            if let Some(t) = i.target() {
                i.set_target(bmap(t));
            }
            insts.push((i, at(*l)));
        }
        let term = match &b.term {
            Term::Ret(r) => {
                if let (Some(dst), Some(v)) = (ret, r) {
                    insts.push((Inst::Copy { dst, src: vmap(*v) }, at(b.term_loc)));
                }
                Term::Jmp(cont)
            }
            Term::Jmp(t) => Term::Jmp(bmap(*t)),
            Term::Br { inst, fall } => {
                let mut i = (**inst).clone();
                i.map_regs(vmap);
                if let Some(t) = i.target() {
                    i.set_target(bmap(t));
                }
                Term::Br {
                    inst: Box::new(i),
                    fall: bmap(*fall),
                }
            }
            Term::Op(inst) => {
                let mut i = (**inst).clone();
                i.map_regs(vmap);
                Term::Op(Box::new(i))
            }
            Term::Table { .. } | Term::None => Term::None,
        };
        // The callee's loops are loops in the caller too: latch fusion and
        // hoisting go by the depth.
        caller.blocks.push(Block {
            insts,
            term,
            term_loc: at(b.term_loc),
            loop_depth: depth + b.loop_depth,
        });
    }
    for r in &callee.refs {
        if !caller.refs.contains(r) {
            caller.refs.push(*r);
        }
    }
}

/// How many times each register is written and read.
fn counts(f: &Func) -> (Vec<u32>, Vec<u32>) {
    let n = f.nvregs as usize;
    let (mut defs, mut uses) = (vec![0u32; n], vec![0u32; n]);
    for b in &f.blocks {
        for (i, _) in &b.insts {
            match i {
                // One pass over the operands (nearly every instruction).
                Inst::Op { opnds, n, .. } => {
                    for o in &opnds[..*n as usize] {
                        match o {
                            Opnd::Def(r) => defs[r.0 as usize] += 1,
                            Opnd::Use(r) => uses[r.0 as usize] += 1,
                            Opnd::UseDef(r) => {
                                defs[r.0 as usize] += 1;
                                uses[r.0 as usize] += 1;
                            }
                            _ => {}
                        }
                    }
                }
                _ => {
                    i.defs(|r| defs[r.0 as usize] += 1);
                    i.uses(|r| uses[r.0 as usize] += 1);
                }
            }
        }
        b.term.uses(|r| uses[r.0 as usize] += 1);
    }
    for p in &f.params {
        defs[p.0 as usize] += 1;
    }
    (defs, uses)
}

fn op3(i: &Inst) -> Option<(Opcode, VReg, VReg, Opnd)> {
    match i {
        Inst::Op { op, opnds, n: 3 } => match (opnds[0], opnds[1], opnds[2]) {
            (Opnd::Def(d), Opnd::Use(a), b) => Some((*op, d, a, b)),
            _ => None,
        },
        _ => None,
    }
}

/// `s = movi K; d = tryalloc s` (`s` written and read only there) →
/// `d = tryalloci K`: `malloc(sizeof(T))` once inlined. The `movi` may sit
/// anywhere (constants are hoisted to the entry). Returns whether it changed
/// anything.
fn immediate_alloc_sizes(f: &mut Func, defs: &[u32], uses: &[u32]) -> bool {
    let single = |r: VReg| defs[r.0 as usize] == 1 && uses[r.0 as usize] == 1;
    let mut size: FxHashMap<VReg, u32> = FxHashMap::default();
    for b in &f.blocks {
        for (inst, _) in &b.insts {
            if let Inst::Op { op, opnds, n: 2 } = inst {
                if let (Opnd::Def(d), Some(k)) = (opnds[0], imm_i64(opnds[1])) {
                    if op.info().family == "movi" && single(d) {
                        if let Ok(k) = u32::try_from(k) {
                            size.insert(d, k);
                        }
                    }
                }
            }
        }
    }
    if size.is_empty() {
        return false;
    }
    let mut used: FxHashMap<VReg, ()> = FxHashMap::default();
    for b in &mut f.blocks {
        for (inst, _) in &mut b.insts {
            if let Inst::Op { op, opnds, n: 2 } = inst {
                if let (Opnd::Def(d), Opnd::Use(s)) = (opnds[0], opnds[1]) {
                    if let Some(&k) = size.get(&s).filter(|_| op.info().family == "tryalloc") {
                        *inst = Inst::op(
                            isa().op("tryalloci", ""),
                            &[Opnd::Def(d), Opnd::Imm(OperandValue::U32(k))],
                        );
                        used.insert(s, ());
                    }
                }
            }
        }
    }
    for b in &mut f.blocks {
        b.insts.retain(|(inst, _)| {
            let mut dead = false;
            if let Inst::Op { opnds, n: 2, .. } = inst {
                if let Opnd::Def(d) = opnds[0] {
                    dead = used.contains_key(&d) && imm_i64(opnds[1]).is_some();
                }
            }
            !dead
        });
    }
    !used.is_empty()
}

/// Superinstructions from adjacent instructions.
pub fn fuse(f: &mut Func) {
    let (mut defs, mut uses) = counts(f);
    if immediate_alloc_sizes(f, &defs, &uses) {
        (defs, uses) = counts(f);
    }
    let single = |r: VReg| defs[r.0 as usize] == 1 && uses[r.0 as usize] == 1;
    // Every fusion below starts from a load or a multiply: a block with
    // neither is left as it is, without rebuilding it.
    let fusable = |b: &Block| {
        b.insts.iter().any(|(i, _)| {
            matches!(i, Inst::Op { op, .. } if matches!(op.info().family, "ld" | "ldx" | "mul"))
        })
    };
    for b in f.blocks.iter_mut().filter(|b| fusable(b)) {
        let mut out: Vec<(Inst, Loc)> = Vec::with_capacity(b.insts.len());
        for (inst, loc) in std::mem::take(&mut b.insts) {
            // `t = a * b; d = t + c` → `madd d, a, b, c` (and msub for `c - t`).
            if let Some((aop, d, x, Opnd::Use(y))) = op3(&inst) {
                if let Some((at, fused)) = fusable_mul(&out, aop, d, x, y, &single) {
                    out.remove(at);
                    out.push((fused, loc));
                    indexed_factor(&mut out, &single);
                    continue;
                }
            }
            // `t = ld.i8 [p+k]; d = zext.8 t` → `d = ld.u8 [p+k]`: C's
            // `(unsigned char)*s`.
            if let Some(load) = out
                .last()
                .and_then(|(l, _)| extending_load(l, &inst, &single))
            {
                out.last_mut().expect("a load").0 = load;
                continue;
            }
            // `t = ld [p+k]; d = madd a, b, t; st [p+k], d` → `maddm p, k, a, b`.
            if let Some(fused) = fusable_update(&out, &inst, &single) {
                out.truncate(out.len() - 2);
                out.push((fused, loc));
                continue;
            }
            out.push((inst, loc));
        }
        b.insts = out;
    }
    // Then `t = ld [p+k]; d = a - t` → `d = ldsub a, [p+k]`, once the
    // multiplies that feed an add have become `madd` (and those that update
    // memory `maddm`), which save more.
    for b in f.blocks.iter_mut().filter(|b| fusable(b)) {
        let mut out: Vec<(Inst, Loc)> = Vec::with_capacity(b.insts.len());
        for (inst, loc) in std::mem::take(&mut b.insts) {
            match loaded_operand(&out, &inst, &single) {
                // Only the load can trap: a trap names its line.
                Some((at, fused)) => {
                    let (_, load_loc) = out.remove(at);
                    out.push((fused, load_loc));
                }
                None => out.push((inst, loc)),
            }
        }
        b.insts = out;
    }
}

/// For `d = add/sub/mul.T x, y` where a recent `t = ld.T [p+k]` (`t` read
/// only there) gives `y` (or `x`, for `add` and `mul`; an integer load of
/// the same width will do), `ldadd`/`ldsub`/`ldmul d, other, p, k`: C's
/// `bi->x - bj->x`. The load moves down to the arithmetic; sound while
/// nothing in between writes `p`, writes memory, calls or may trap (so the
/// same value is read and the same trap comes first).
fn loaded_operand(
    out: &[(Inst, Loc)],
    inst: &Inst,
    single: &dyn Fn(VReg) -> bool,
) -> Option<(usize, Inst)> {
    let Some((aop, d, x, Opnd::Use(y))) = op3(inst) else {
        return None;
    };
    let ai = aop.info();
    let (fam, commutes) = match ai.family {
        "add" => ("ldadd", true),
        "sub" => ("ldsub", false),
        "mul" => ("ldmul", true),
        _ => return None,
    };
    for at in (out.len().saturating_sub(FUSE_WINDOW)..out.len()).rev() {
        let Some((lop, t, p, Opnd::Imm(k))) = op3(&out[at].0) else {
            continue;
        };
        let li = lop.info();
        let float = ai.suffix.starts_with('f');
        let same_type = li.suffix == ai.suffix
            || !float && li.suffix.starts_with(['i', 'u']) && li.suffix[1..] == ai.suffix[1..];
        if li.family != "ld" || !same_type {
            continue;
        }
        let other = match (x == t, y == t) {
            (false, true) => x,
            (true, false) if commutes => y,
            _ => continue,
        };
        if !single(t) || p == t {
            return None;
        }
        let mut blocked = false;
        for (i, _) in &out[at + 1..] {
            i.defs(|r| blocked |= r == p);
            blocked |=
                clobbers_memory(i) || matches!(i, Inst::Op { op, .. } if op.info().flags.may_trap);
        }
        let op = (!blocked).then(|| isa().find(fam, ai.suffix)).flatten()?;
        let fused = Inst::op(
            op,
            &[Opnd::Def(d), Opnd::Use(other), Opnd::Use(p), Opnd::Imm(k)],
        );
        return Some((at, fused));
    }
    None
}

/// For `d = zext.W t` or `sext.W t` right after `t = ld.T ...` (or `ldx`)
/// of a `W`-bit type, `t` used only there: the load of the unsigned or
/// signed `W`-bit type, writing `d`.
fn extending_load(load: &Inst, ext: &Inst, single: &dyn Fn(VReg) -> bool) -> Option<Inst> {
    let (
        Inst::Op {
            op: eop,
            opnds: eo,
            n: 2,
        },
        Inst::Op {
            op: lop,
            opnds: lo,
            n: 3,
        },
    ) = (ext, load)
    else {
        return None;
    };
    let (e, l) = (eop.info(), lop.info());
    let (Opnd::Def(d), Opnd::Use(t), Opnd::Def(lt)) = (eo[0], eo[1], lo[0]) else {
        return None;
    };
    if t != lt || !single(t) || !matches!(l.family, "ld" | "ldx") {
        return None;
    }
    let bits = l.suffix.get(1..)?;
    let sign = match e.family {
        "zext" => "u",
        "sext" => "i",
        _ => return None,
    };
    if bits != e.suffix || !matches!(l.suffix.as_bytes()[0], b'i' | b'u') {
        return None;
    }
    let nop = isa().find(l.family, &format!("{sign}{bits}"))?;
    Some(Inst::op(nop, &[Opnd::Def(d), lo[1], lo[2]]))
}

/// For a store `st.T [p+k], d` right after `d = madd/msub a, b, t` right
/// after `t = ld.T [p+k]` (`t` and `d` used only there), the memory update
/// `maddm`/`msubm p, k, a, b`: C's `p->v += x * y`. Nothing runs between
/// the three, so the read and the write stay where they were.
fn fusable_update(out: &[(Inst, Loc)], st: &Inst, single: &dyn Fn(VReg) -> bool) -> Option<Inst> {
    let Inst::Op {
        op: sop,
        opnds: sops,
        n: 3,
    } = st
    else {
        return None;
    };
    let si = sop.info();
    if si.family != "st" || !matches!(si.suffix, "f64" | "f32") || out.len() < 2 {
        return None;
    }
    let (Opnd::Use(p), Opnd::Imm(k), Opnd::Use(d)) = (sops[0], sops[1], sops[2]) else {
        return None;
    };
    let Inst::Op {
        op: mop,
        opnds: mops,
        n: 4,
    } = &out[out.len() - 1].0
    else {
        return None;
    };
    let mi = mop.info();
    let fam = match mi.family {
        "madd" => "maddm",
        "msub" => "msubm",
        _ => return None,
    };
    let (Opnd::Def(md), Opnd::Use(a), Opnd::Use(b), Opnd::Use(t)) =
        (mops[0], mops[1], mops[2], mops[3])
    else {
        return None;
    };
    let Some((lop, lt, lp, Opnd::Imm(lk))) = op3(&out[out.len() - 2].0) else {
        return None;
    };
    let li = lop.info();
    let same_place = li.family == "ld" && li.suffix == si.suffix && lp == p && lk == k;
    if !same_place || mi.suffix != si.suffix || md != d || lt != t || !single(t) || !single(d) {
        return None;
    }
    // `p` read by the store after `t` and `d` were written: neither may be it.
    if p == t || p == d {
        return None;
    }
    let op = isa().find(fam, si.suffix)?;
    Some(Inst::op(
        op,
        &[Opnd::Use(p), Opnd::Imm(k), Opnd::Use(a), Opnd::Use(b)],
    ))
}

/// When the last instruction of `out` is `d = madd/msub a, b, c` and a
/// recent `t = ldx.T base, i` (`t` used only there) gives `a` or `b`, the
/// two become `maddx`/`msubx d, other, base, i, c`: C's dot product
/// `s += x * v[j]`. The load moves down to the `madd`; sound while nothing
/// in between writes `base` or `i`, writes memory, calls or may trap (so
/// the same value is read and the same trap comes first).
fn indexed_factor(out: &mut Vec<(Inst, Loc)>, single: &dyn Fn(VReg) -> bool) {
    let Some((
        Inst::Op {
            op: mop,
            opnds: mops,
            n: 4,
        },
        _,
    )) = out.last()
    else {
        return;
    };
    let mi = mop.info();
    let fam = match mi.family {
        "madd" => "maddx",
        "msub" => "msubx",
        _ => return,
    };
    let (Opnd::Def(d), Opnd::Use(a), Opnd::Use(b), Opnd::Use(c)) =
        (mops[0], mops[1], mops[2], mops[3])
    else {
        return;
    };
    let last = out.len() - 1;
    for at in (last.saturating_sub(FUSE_WINDOW)..last).rev() {
        let Some((lop, t, base, Opnd::Use(i))) = op3(&out[at].0) else {
            continue;
        };
        let li = lop.info();
        if li.family != "ldx" || li.suffix != mi.suffix {
            continue;
        }
        let other = match (a == t, b == t) {
            (true, false) => b,
            (false, true) => a,
            _ => continue,
        };
        if c == t || !single(t) {
            return;
        }
        let mut blocked = false;
        for (inst, _) in &out[at + 1..last] {
            inst.defs(|r| blocked |= r == base || r == i);
            // `clobbers_memory` covers stores, calls and every impure
            // instruction (I/O, thread switches); a trap must stay first.
            blocked |= clobbers_memory(inst)
                || matches!(inst, Inst::Op { op, .. } if op.info().flags.may_trap);
        }
        let Some(op) = (!blocked).then(|| isa().find(fam, mi.suffix)).flatten() else {
            return;
        };
        let loc = out[last].1;
        out.truncate(last);
        out.remove(at);
        out.push((
            Inst::op(
                op,
                &[
                    Opnd::Def(d),
                    Opnd::Use(other),
                    Opnd::Use(base),
                    Opnd::Use(i),
                    Opnd::Use(c),
                ],
            ),
            loc,
        ));
        return;
    }
}

/// A loop whose condition reads memory (`while (*s)`, `for (; *p; p++)`)
/// tests a value its body loads again: loop rotation ends every block
/// entering the body with `t = ld [p+k]` and a branch on `t`, and the body
/// starts with `u = ld [p+k]` (or both are `ldx [p+i]`: `while (a[i])`).
/// When every predecessor of a block ends with that load (same base
/// register and offset or index, `t` read only by the branch),
/// nothing in the block before the reload writes memory, `p` or the index, and `u` is
/// read only in that block, the reload goes: each predecessor's load and
/// the block's reads of `u` share one new register. `jz` and `jnz` see
/// only whether a value is zero, so a signed test load takes the reload's
/// signedness (`for (; *s; s++) h = h * 33 + (unsigned char)*s`).
pub fn reuse_tested_loads(f: &mut Func) {
    // Only a block ending with a load and a branch can be a predecessor
    // that tests: without one, skip the analyses (most functions).
    let tests_a_load = |b: &Block| {
        matches!(b.term, Term::Br { .. })
            && b.insts.last().is_some_and(|(i, _)| {
                matches!(i, Inst::Op { op, .. } if matches!(op.info().family, "ld" | "ldx"))
            })
    };
    if !f.blocks.iter().any(tests_a_load) {
        return;
    }
    let n = f.blocks.len();
    let (defs, uses) = counts(f);
    let (live, _) = live_preds(f);
    let volatile: FxHashSet<VReg> = f.volatile_defs.iter().copied().collect();
    // Predecessors through `Jmp`/`Br` terminators; a block also entered
    // otherwise (the entry, a table, a mid-block branch) is left alone.
    let mut preds: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut other_entry = vec![false; n];
    if let Some(e) = other_entry.first_mut() {
        *e = true;
    }
    // The one block reading each register (`MANY` when several do).
    const NONE: u32 = u32::MAX;
    const MANY: u32 = u32::MAX - 1;
    let mut reader = vec![NONE; f.nvregs as usize];
    for (bi, b) in f.blocks.iter().enumerate() {
        let mut note = |r: VReg| {
            let at = &mut reader[r.0 as usize];
            *at = if *at == NONE || *at == bi as u32 {
                bi as u32
            } else {
                MANY
            };
        };
        for (i, _) in &b.insts {
            i.uses(&mut note);
        }
        b.term.uses(&mut note);
    }
    for (bi, b) in f.blocks.iter().enumerate().filter(|(bi, _)| live[*bi]) {
        for (i, _) in &b.insts {
            if let Some(t) = i.target() {
                other_entry[t.0 as usize] = true;
            }
        }
        match &b.term {
            Term::Jmp(_) | Term::Br { .. } => {
                for s in b.term.successors() {
                    // Only `bi` is pushed while its edges are visited: a
                    // repeat is the last entry (no scan of a join's list).
                    if preds[s.0 as usize].last() != Some(&bi) {
                        preds[s.0 as usize].push(bi);
                    }
                }
            }
            Term::Op(inst) => {
                if let Some(t) = inst.target() {
                    other_entry[t.0 as usize] = true;
                }
            }
            Term::Table { targets, .. } => {
                for t in targets {
                    other_entry[t.0 as usize] = true;
                }
            }
            Term::Ret(_) | Term::None => {}
        }
    }
    // A load `d = ld [p+k]` or `d = ldx [p+x*size]`: its opcode, `d`, `p`,
    // and `k` or `x` (a register `x` must not change either).
    let load = |i: &Inst| -> Option<(Opcode, VReg, VReg, Place)> {
        let (op, d, p, at) = op3(i)?;
        let place = match (op.info().family, at) {
            ("ld", Opnd::Imm(k)) => Place::Offset(imm_bits(k)),
            ("ldx", Opnd::Use(x)) if x != d => Place::Index(x),
            _ => return None,
        };
        (d != p).then_some((op, d, p, place))
    };
    // Integer loads of one width differ only in how they extend.
    let width = |op: Opcode| -> Option<&'static str> {
        let s = op.info().suffix;
        s.strip_prefix('i').or_else(|| s.strip_prefix('u'))
    };
    let mut touched = vec![false; n];
    for b in 0..n {
        if other_entry[b] || !live[b] || preds[b].is_empty() {
            continue;
        }
        // The reload: the first load in `b` from the place the first
        // predecessor tests, with nothing before it that could change
        // memory or the base.
        let Some((_, _, p, k)) = f.blocks[preds[b][0]]
            .insts
            .last()
            .and_then(|(i, _)| load(i))
        else {
            continue;
        };
        let mut reload = None;
        for (at, (inst, _)) in f.blocks[b].insts.iter().enumerate() {
            if let Some((op, u, lp, lk)) = load(inst) {
                if lp == p && lk == k {
                    reload = Some((at, op, u));
                    break;
                }
            }
            let mut writes_p = false;
            inst.defs(|r| writes_p |= r == p || k == Place::Index(r));
            if writes_p || clobbers_memory(inst) {
                break;
            }
        }
        let Some((at, op, u)) = reload else { continue };
        let self_loop = preds[b].contains(&b);
        let blk = &f.blocks[b];
        // `u` is read only in this block, and in a one-block loop only
        // before the test load at its end (which will write the new
        // register) and not by the branch after it.
        let mut u_read_late = false;
        if self_loop {
            if let Some((last, _)) = blk.insts.last() {
                last.uses(|r| u_read_late |= r == u);
            }
            blk.term.uses(|r| u_read_late |= r == u);
        }
        // A register made by this pass (a predecessor's load rewritten for
        // another block) is not counted: leave it.
        if u.0 as usize >= defs.len()
            || defs[u.0 as usize] != 1
            || reader[u.0 as usize] == MANY
            || (reader[u.0 as usize] != NONE && reader[u.0 as usize] != b as u32)
            || u_read_late
            || (self_loop && at + 1 >= blk.insts.len())
            || volatile.contains(&u)
        {
            continue;
        }
        // Every predecessor ends with the same load, read only by its
        // branch, which writes neither `p` nor the value.
        let mut tested = Vec::with_capacity(preds[b].len());
        for &pb in &preds[b] {
            let pblk = &f.blocks[pb];
            let Some((pop, t, pp, pk)) = pblk.insts.last().and_then(|(i, _)| load(i)) else {
                break;
            };
            let Term::Br { inst, .. } = &pblk.term else {
                break;
            };
            let mut term_writes = false;
            let mut term_reads = false;
            inst.defs(|r| term_writes |= r == p || r == t || k == Place::Index(r));
            inst.uses(|r| term_reads |= r == t);
            let zero_test = matches!(inst_family(inst), Some("jz" | "jnz"));
            let same = pop == op || zero_test && width(pop).is_some() && width(pop) == width(op);
            if pp != p
                || pk != k
                || touched[pb]
                || t.0 as usize >= uses.len()
                || term_writes
                || !term_reads
                || uses[t.0 as usize] != 1
                || !same
                || volatile.contains(&t)
            {
                break;
            }
            tested.push((pb, t));
        }
        if tested.len() != preds[b].len() {
            continue;
        }
        let w = f.vreg();
        for (pb, t) in tested {
            touched[pb] = true;
            let pblk = &mut f.blocks[pb];
            if let Some((Inst::Op { op: lop, opnds, .. }, _)) = pblk.insts.last_mut() {
                *lop = op;
                opnds[0] = Opnd::Def(w);
            }
            if let Term::Br { inst, .. } = &mut pblk.term {
                inst.map_regs(|r| if r == t { w } else { r });
            }
        }
        let blk = &mut f.blocks[b];
        blk.insts.remove(at);
        let rename = |r: VReg| if r == u { w } else { r };
        let end = if self_loop {
            blk.insts.len() - 1
        } else {
            blk.insts.len()
        };
        for (inst, _) in &mut blk.insts[at..end] {
            inst.map_regs(rename);
        }
        if !self_loop {
            match &mut blk.term {
                Term::Br { inst, .. } | Term::Op(inst) => inst.map_regs(rename),
                Term::Ret(Some(r)) | Term::Table { index: r, .. } => *r = rename(*r),
                Term::Ret(None) | Term::Jmp(_) | Term::None => {}
            }
        }
    }
}

/// Where a load reads from its base register: a constant offset or an
/// index register ([`reuse_tested_loads`]).
#[derive(Clone, Copy, PartialEq)]
enum Place {
    Offset(u64),
    Index(VReg),
}

/// The family of a VM instruction (`None` for a copy or a call).
fn inst_family(i: &Inst) -> Option<&'static str> {
    match i {
        Inst::Op { op, .. } => Some(op.info().family),
        _ => None,
    }
}

/// Instructions `fuse` looks back over for the `mul` feeding an `add`: C's
/// `p->v -= dx * m` loads `p->v` between the two.
const FUSE_WINDOW: usize = 3;

/// For `d = x + y` (or `x - y`), the index in `out` of a recent
/// `t = a * b` whose single use is this one, and the fused instruction. The
/// product moves to the add: sound while nothing in between writes `a` or
/// `b` (`t` is written once, so nothing else does).
fn fusable_mul(
    out: &[(Inst, Loc)],
    aop: Opcode,
    d: VReg,
    x: VReg,
    y: VReg,
    single: &dyn Fn(VReg) -> bool,
) -> Option<(usize, Inst)> {
    let ai = aop.info();
    if !matches!(ai.suffix, "f64" | "f32") || !matches!(ai.family, "add" | "sub") {
        return None;
    }
    for at in (out.len().saturating_sub(FUSE_WINDOW)..out.len()).rev() {
        let Some((mop, t, a, Opnd::Use(bb))) = op3(&out[at].0) else {
            continue;
        };
        let mi = mop.info();
        if mi.family != "mul" || mi.suffix != ai.suffix || !single(t) || t == a || t == bb {
            continue;
        }
        let (fam, c) = match ai.family {
            "add" if x == t && y != t => ("madd", y),
            "add" if y == t && x != t => ("madd", x),
            "sub" if y == t && x != t => ("msub", x),
            _ => continue,
        };
        let mut clobbered = false;
        for (i, _) in &out[at + 1..] {
            i.defs(|r| clobbered |= r == a || r == bb);
        }
        if clobbered {
            return None;
        }
        let op = isa().find(fam, mi.suffix)?;
        let fused = Inst::op(
            op,
            &[Opnd::Def(d), Opnd::Use(a), Opnd::Use(bb), Opnd::Use(c)],
        );
        return Some((at, fused));
    }
    None
}

/// A jump to a block of at most a couple of instructions ending in a
/// return or a branch is replaced by a copy of that block: one dispatch
/// less (the return of a function with one exit, a loop's latch).
pub fn tail_duplicate(f: &mut Func) {
    let mut uses: Option<Vec<u32>> = None;
    let mut reads: Option<Vec<u32>> = None;
    let mut preds: Option<Vec<Vec<u32>>> = None;
    let mut all_local = FxHashMap::default();
    for bi in 0..f.blocks.len() {
        let Term::Jmp(t) = f.blocks[bi].term else {
            continue;
        };
        if t.0 as usize == bi {
            continue;
        }
        let tb = &f.blocks[t.0 as usize];
        let small =
            tb.insts.len() <= 2 && matches!(tb.term, Term::Ret(_) | Term::Br { .. } | Term::Op(_));
        // Duplicating a branch back to this block would make a loop of one.
        let loops_here = matches!(&tb.term, Term::Br { inst, fall } if inst.target() == Some(BlockId(bi as u32)) || *fall == BlockId(bi as u32));
        if !small || loops_here {
            continue;
        }
        let (insts, term) = (tb.insts.clone(), tb.term.clone());
        let copied = insts.len();
        // Counted once, on the code before any duplication.
        let uses = uses.get_or_insert_with(|| counts(f).1);
        // The same, then raised by the reads each copy adds: never below
        // the true count, which is what `block_temps` needs.
        let reads = reads.get_or_insert_with(|| uses.clone());
        let preds = preds.get_or_insert_with(|| block_preds(f));
        let temps = block_temps(&insts, &term, reads);
        let start = f.blocks[bi].insts.len();
        let b = &mut f.blocks[bi];
        b.insts.extend(insts);
        b.term = term;
        rename_copied_temps(f, bi, start, &temps);
        forward_join_copies(f, bi, t, start, uses, &preds[t.0 as usize], &mut all_local);
        let b = &f.blocks[bi];
        reads.resize(f.nvregs as usize, 0);
        for (i, _) in &b.insts[b.insts.len() - copied..] {
            i.uses(|r| reads[r.0 as usize] += 1);
        }
        b.term.uses(|r| reads[r.0 as usize] += 1);
    }
}

/// The registers a block writes before any read and reads nowhere else
/// (`uses` counts every read in the function, or more): the condition of
/// `if (c & k)`, a latch's sum. Deduplicated, in order.
fn block_temps(insts: &[(Inst, Loc)], term: &Term, uses: &[u32]) -> Vec<VReg> {
    // (register, reads seen here, read before written here)
    let mut seen: Vec<(VReg, u32, bool)> = Vec::new();
    let read = |r: VReg, seen: &mut Vec<(VReg, u32, bool)>| match seen
        .iter_mut()
        .find(|(v, ..)| *v == r)
    {
        Some((_, n, _)) => *n += 1,
        None => seen.push((r, 1, true)),
    };
    let write = |r: VReg, seen: &mut Vec<(VReg, u32, bool)>| {
        if !seen.iter().any(|(v, ..)| *v == r) {
            seen.push((r, 0, false));
        }
    };
    for (i, _) in insts {
        i.uses(|r| read(r, &mut seen));
        i.defs(|r| write(r, &mut seen));
    }
    term.uses(|r| read(r, &mut seen));
    term.defs(|r| write(r, &mut seen));
    seen.into_iter()
        .filter(|&(r, n, early)| !early && uses.get(r.0 as usize) == Some(&n))
        .map(|(r, ..)| r)
        .collect()
}

/// Gives the temporaries of a block copied into block `bi` (from
/// instruction `start` on) fresh registers in the copy. Otherwise each
/// would be written in two places (the join and the copy, which layout may
/// put far apart), and its one live interval would span everything between:
/// a chain of 2,000 `if`s spilled 1,800 such conditions.
fn rename_copied_temps(f: &mut Func, bi: usize, start: usize, temps: &[VReg]) {
    let mut fresh: Vec<(VReg, VReg)> = Vec::with_capacity(temps.len());
    for &r in temps {
        fresh.push((r, VReg(f.nvregs)));
        f.nvregs += 1;
    }
    let map = |r: VReg| {
        fresh
            .iter()
            .find(|(old, _)| *old == r)
            .map_or(r, |&(_, new)| new)
    };
    let b = &mut f.blocks[bi];
    for (i, _) in &mut b.insts[start..] {
        i.map_regs(map);
    }
    b.term.map_regs(map);
}

/// Predecessors of each block (by the edges of every block, reachable or
/// not).
fn block_preds(f: &Func) -> Vec<Vec<u32>> {
    let mut preds = vec![Vec::new(); f.blocks.len()];
    for (k, b) in f.blocks.iter().enumerate() {
        for s in b.term.successors() {
            preds[s.0 as usize].push(k as u32);
        }
    }
    preds
}

/// After block `bi` got a copy (from instruction `start` on) of the join
/// block `t` it jumped to: a value copied into a register only for the join
/// (`x = y` in `bi`; every read of `x` in the join, every predecessor of the
/// join writing `x`: C's `c ? y : z` and `if (c) x = y; else x = z;`) is
/// read from `y` in the copy, and the copy instruction goes. Linear scan
/// could not give `x` and `y` one register (`x` is live across both arms),
/// and a `mov` the next instruction depends on costs several dispatches' time.
fn forward_join_copies(
    f: &mut Func,
    bi: usize,
    t: BlockId,
    start: usize,
    uses: &[u32],
    preds: &[u32],
    all_local: &mut FxHashMap<(BlockId, VReg), bool>,
) {
    let tb = &f.blocks[t.0 as usize];
    if tb.term.successors().into_iter().any(|s| s == t) {
        return;
    }
    let mut in_join: Vec<(VReg, u32)> = Vec::new();
    let mut note = |r: VReg| match in_join.iter_mut().find(|(v, _)| *v == r) {
        Some((_, n)) => *n += 1,
        None => in_join.push((r, 1)),
    };
    for (i, _) in &tb.insts {
        i.uses(&mut note);
    }
    tb.term.uses(&mut note);
    let mut join_defs: Vec<VReg> = Vec::new();
    for (i, _) in &tb.insts {
        i.defs(|r| join_defs.push(r));
    }
    // A predecessor reaches the join with its own `x`, or (one already
    // given its own copy of the join) no longer reads `x` at all: then `x`
    // is never live into any of them, only from their writes to the join.
    let local = |b: &crate::ir::Block, x: VReg| {
        let (mut def, mut read) = (false, false);
        for (i, _) in &b.insts {
            i.defs(|r| def |= r == x);
            i.uses(|r| read |= r == x);
        }
        def || !read && !b.term.successors().into_iter().any(|s| s == t)
    };
    let b = &f.blocks[bi];
    // The copy: the last instruction before the join's, so nothing between.
    let Some(k) = start.checked_sub(1) else {
        return;
    };
    let Inst::Copy { dst: x, src: y } = b.insts[k].0 else {
        return;
    };
    let all_in_join = in_join
        .iter()
        .any(|&(r, n)| r == x && n == uses[x.0 as usize]);
    if x == y || !all_in_join || join_defs.contains(&x) || join_defs.contains(&y) {
        return;
    }
    // Whether every predecessor has its own `x`, asked once per join and
    // register, not again for each predecessor the join is copied into
    // (400,000 predecessors ending `x = y; goto J;` took 33 s). Once true
    // it stays so: a block changes only when a join it jumps to is copied
    // into it, the only join it precedes (`preds` are the edges before
    // any copy) is this one, and jumping to it the block was local only
    // by writing `x`, which it still does. A first `false` may turn true
    // after later copies; keeping it only forgoes this rewrite.
    let all = *all_local
        .entry((t, x))
        .or_insert_with(|| preds.iter().all(|&p| local(&f.blocks[p as usize], x)));
    if !all {
        return;
    }
    // The join writes neither `x` nor `y`, so every operand naming `x` in
    // its copy only reads it.
    let swap = |r: &mut VReg| {
        if *r == x {
            *r = y;
        }
    };
    let b = &mut f.blocks[bi];
    for (i, _) in &mut b.insts[start..] {
        replace_uses(i, &swap);
    }
    match &mut b.term {
        Term::Br { inst, .. } | Term::Op(inst) => replace_uses(inst, &swap),
        Term::Ret(Some(r)) => swap(r),
        Term::Table { index, .. } => swap(index),
        _ => {}
    }
    b.insts.remove(k);
}

/// Rewrites the registers `i` reads (only reads) through `swap`.
fn replace_uses(i: &mut Inst, swap: &dyn Fn(&mut VReg)) {
    match i {
        Inst::Op { opnds, n, .. } => {
            for o in &mut opnds[..*n as usize] {
                if let Opnd::Use(r) = o {
                    swap(r);
                }
            }
        }
        Inst::Copy { src, .. } => swap(src),
        Inst::Call { callee, args, .. } => {
            if let Callee::Indirect(r) = callee {
                swap(r);
            }
            args.iter_mut().for_each(swap);
        }
    }
}

/// A block ending with an instruction whose result only the branch after
/// it tests ends with one instruction doing both (which still writes the
/// result), after the passes that look for either on its own
/// (`reuse_tested_loads`, the latch and tail passes):
/// - [`tested_load`]: `t = ld.T [p+k]; jnz t` → `ldjnz` (and `jz`, the
///   indexed `ldx`): C's `if (n->left)`, `while (p)`, `if (flags[i])`; a
///   trap in the load names the load's line;
/// - [`counted_branch`]: `d = a + k; if (d < c)` → `addiblti` (every
///   comparison): `fib(n - 1)` inlined, whose body starts by testing its
///   argument; `if (--n == 0)`.
pub fn fuse_branch_tails(f: &mut Func) {
    for b in &mut f.blocks {
        let Term::Br { inst, .. } = &mut b.term else {
            continue;
        };
        let Some((Inst::Op { op, opnds, n: 3 }, loc)) = b.insts.last() else {
            continue;
        };
        let (
            Inst::Op {
                op: bop,
                opnds: bo,
                n,
            },
            (Opnd::Def(d), Opnd::Use(a), x),
        ) = (&**inst, (opnds[0], opnds[1], opnds[2]))
        else {
            continue;
        };
        let (bi, li) = (bop.info(), op.info());
        let Opnd::Use(t) = bo[0] else {
            continue;
        };
        if t != d {
            continue;
        }
        let target = bo[*n as usize - 1];
        let fused = match *n {
            2 => tested_load(li, bi.family, d, a, x, target).map(|i| (i, *loc)),
            3 => counted_branch(li, bi, d, a, x, bo[1], target).map(|i| (i, b.term_loc)),
            _ => None,
        };
        if let Some((fused, loc)) = fused {
            **inst = fused;
            b.term_loc = loc;
            b.insts.pop();
        }
    }
}

/// `d = ld.T [a + x]` (or `ldx.T [a + x*size]`; integer `T`) then `jz`/`jnz
/// d` (`branch`): the `ldjz`/`ldjnz` (`ldxjz`/`ldxjnz`) doing both.
fn tested_load(
    load: &vm::isa::InstrInfo,
    branch: &str,
    d: VReg,
    a: VReg,
    x: Opnd,
    target: Opnd,
) -> Option<Inst> {
    if !matches!(branch, "jz" | "jnz")
        || !matches!(load.family, "ld" | "ldx")
        || !matches!(load.suffix.as_bytes().first(), Some(b'i' | b'u'))
    {
        return None;
    }
    let op = isa().find(&format!("{}{branch}", load.family), load.suffix)?;
    Some(Inst::op(op, &[Opnd::Def(d), Opnd::Use(a), x, target]))
}

/// `d = addi/subi.T a, k` then `b<cc>i.T d, c` (`T` i64 or i32, `k` and `c`
/// fitting 32 bits): the `addib<cc>i` doing both.
fn counted_branch(
    add: &vm::isa::InstrInfo,
    branch: &vm::isa::InstrInfo,
    d: VReg,
    a: VReg,
    k: Opnd,
    c: Opnd,
    target: Opnd,
) -> Option<Inst> {
    let cc = match branch.family {
        "blti" => "lt",
        "blei" => "le",
        "bgti" => "gt",
        "bgei" => "ge",
        "beqi" => "eq",
        "bnei" => "ne",
        _ => return None,
    };
    let k = imm_i64(k)?;
    let delta = match add.family {
        "addi" => k,
        "subi" => k.checked_neg()?,
        _ => return None,
    };
    let (delta, limit) = (i32::try_from(delta).ok()?, i32::try_from(imm_i64(c)?).ok()?);
    if add.suffix != branch.suffix || !matches!(add.suffix, "i64" | "i32") {
        return None;
    }
    let op = isa().find(&format!("addib{cc}i"), add.suffix)?;
    Some(Inst::op(
        op,
        &[
            Opnd::Def(d),
            Opnd::Use(a),
            Opnd::Imm(OperandValue::I32(delta)),
            Opnd::Imm(OperandValue::I32(limit)),
            target,
        ],
    ))
}

/// A loop latch `x = x + step; if (x < limit) goto top` (or `<=`) as one
/// `addblt`/`addble`: the step (and a constant limit) go to registers set
/// once in the entry block.
pub fn fuse_loop_latches(f: &mut Func) {
    let mut consts: HashMap<(u64, &'static str), VReg> = HashMap::new();
    let mut entry_defs: Vec<(Inst, Loc)> = Vec::new();
    for bi in 1..f.blocks.len() {
        if f.blocks[bi].loop_depth == 0 {
            continue;
        }
        let Term::Br { inst, fall } = &f.blocks[bi].term else {
            continue;
        };
        let (inst, fall) = ((**inst).clone(), *fall);
        let Inst::Op {
            op: bop,
            opnds: bops,
            n: bn,
        } = inst
        else {
            continue;
        };
        let binfo = bop.info();
        let fam = match binfo.family {
            "blt" | "blti" => "addblt",
            "ble" | "blei" => "addble",
            _ => continue,
        };
        let suffix = binfo.suffix;
        let Some(fop) = isa().find(fam, suffix) else {
            continue;
        };
        let Some((last, _)) = f.blocks[bi].insts.last() else {
            continue;
        };
        // The increment: `addi x, x, k` or `add x, x, s`.
        let Some((aop, d, a, step)) = op3(last) else {
            continue;
        };
        let ainfo = aop.info();
        if d != a || ainfo.suffix != suffix || !matches!(ainfo.family, "add" | "addi") {
            continue;
        }
        let (Opnd::Use(x), target) = (
            bops[0],
            bops[..bn as usize].iter().find_map(|o| match o {
                Opnd::Block(b) => Some(*b),
                _ => None,
            }),
        ) else {
            continue;
        };
        if x != d {
            continue;
        }
        let Some(target) = target else { continue };
        let mut konst = |v: OperandValue, f: &mut Func| -> VReg {
            let bits = match v {
                OperandValue::I32(v) => v as i64 as u64,
                OperandValue::U32(v) => u64::from(v),
                OperandValue::I64(v) => v as u64,
                OperandValue::U64(v) => v,
                _ => 0,
            };
            *consts.entry((bits, suffix)).or_insert_with(|| {
                let r = f.vreg();
                let movi = Inst::op(
                    isa().op("movi", "i64"),
                    &[Opnd::Def(r), Opnd::Imm(OperandValue::I64(bits as i64))],
                );
                entry_defs.push((movi, f.loc));
                r
            })
        };
        let step_reg = match step {
            Opnd::Use(s) => s,
            Opnd::Imm(v) => konst(v, f),
            _ => continue,
        };
        let limit_reg = match bops[1] {
            Opnd::Use(l) => l,
            Opnd::Imm(v) => konst(v, f),
            _ => continue,
        };
        if limit_reg == d || step_reg == d {
            continue;
        }
        let (_, loc) = f.blocks[bi].insts.pop().expect("checked above");
        let fused = Inst::op(
            fop,
            &[
                Opnd::UseDef(d),
                Opnd::Use(step_reg),
                Opnd::Use(limit_reg),
                Opnd::Block(target),
            ],
        );
        f.blocks[bi].term = Term::Br {
            inst: Box::new(fused),
            fall,
        };
        f.blocks[bi].term_loc = loc;
    }
    if !entry_defs.is_empty() {
        f.blocks[0].insts.extend(entry_defs);
    }
}

/// An address computation a load or store can absorb.
#[derive(Clone, Copy)]
enum Addr {
    /// `a = b + k`.
    Off(VReg, i64),
    /// `t = i * scale`.
    Scaled(VReg, i64),
    /// `a = base + i * scale`; `scaled` is the instruction computing
    /// `i * scale` when there is one (it dies with `a`).
    Index(VReg, VReg, i64, Option<usize>),
}

fn imm_i64(o: Opnd) -> Option<i64> {
    match o {
        Opnd::Imm(OperandValue::I64(v)) => Some(v),
        Opnd::Imm(OperandValue::U64(v)) => Some(v as i64),
        Opnd::Imm(OperandValue::I32(v)) => Some(i64::from(v)),
        Opnd::Imm(OperandValue::U32(v)) => Some(i64::from(v)),
        _ => None,
    }
}

/// Bytes a load or store of this type suffix moves.
fn access_size(suffix: &str) -> i64 {
    match suffix {
        "i8" | "u8" => 1,
        "i16" | "u16" => 2,
        "i32" | "u32" | "f32" => 4,
        _ => 8,
    }
}

/// Most address computations [`fold_addresses`] keeps at hand in a block.
const AVAIL_MAX: usize = 128;

/// Folds address arithmetic into the memory access that uses it:
/// `a = b + k; ld d, a, off` → `ld d, b, k + off`, and C's `p[i]`
/// (`t = i * size; a = p + t; ld d, a, 0`) → `ldx d, p, i` (stores alike).
/// Only temporaries written once and defined earlier in the same block are
/// folded, and only while the registers they read are not redefined in
/// between; the temporary goes when every use of it has been folded.
pub fn fold_addresses(f: &mut Func) {
    let (defs, uses) = counts(f);
    let single = |r: VReg| defs[r.0 as usize] == 1 && uses[r.0 as usize] == 1;
    let once = |r: VReg| defs[r.0 as usize] == 1;
    for b in &mut f.blocks {
        let mut avail: Vec<(VReg, usize, Addr)> = Vec::new();
        let mut dead = vec![false; b.insts.len()];
        // Uses of each recorded address not folded yet: the address
        // computation goes when the last one is (`count[r]--` loads and
        // stores through one address).
        let mut left = vec![0u32; b.insts.len()];
        let find = |avail: &[(VReg, usize, Addr)], r: VReg| {
            avail
                .iter()
                .find(|(v, ..)| *v == r)
                .map(|&(_, k, a)| (k, a))
        };
        for k in 0..b.insts.len() {
            let Inst::Op { op, opnds, n } = b.insts[k].0 else {
                let inst = &b.insts[k].0;
                inst.defs(|r| avail.retain(|(v, _, a)| *v != r && !reads(*a, r)));
                // `t = p` is the address `p + 0`: C's `*p++` reads through
                // the old value of `p` (see `retarget` for the increment).
                if let Inst::Copy { dst, src } = *inst {
                    if once(dst) && dst != src {
                        left[k] = uses[dst.0 as usize];
                        avail.push((dst, k, Addr::Off(src, 0)));
                        if avail.len() > AVAIL_MAX {
                            avail.remove(0);
                        }
                    }
                }
                continue;
            };
            let info = op.info();
            let ops = &opnds[..n as usize];
            // A load or store through a recorded address.
            let access = match (info.family, ops) {
                ("ld", &[Opnd::Def(d), Opnd::Use(a), off]) => Some((true, a, off, Opnd::Def(d))),
                ("st", &[Opnd::Use(a), off, Opnd::Use(v)]) => Some((false, a, off, Opnd::Use(v))),
                _ => None,
            };
            let mut replaced = None;
            if let Some((load, a, off, val)) = access {
                match (find(&avail, a), imm_i64(off)) {
                    (Some((ka, Addr::Off(base, c))), Some(off)) => {
                        if let Ok(o) = i32::try_from(off + c) {
                            let o = Opnd::Imm(OperandValue::I32(o));
                            let new = if load {
                                [val, Opnd::Use(base), o]
                            } else {
                                [Opnd::Use(base), o, val]
                            };
                            replaced = Some(Inst::op(op, &new));
                            left[ka] -= 1;
                            dead[ka] = left[ka] == 0;
                        }
                    }
                    (Some((ka, Addr::Index(base, i, s, scaled))), Some(0))
                        if s == access_size(info.suffix) =>
                    {
                        let fam = if load { "ldx" } else { "stx" };
                        if let Some(xop) = isa().find(fam, info.suffix) {
                            let new = if load {
                                [val, Opnd::Use(base), Opnd::Use(i)]
                            } else {
                                [Opnd::Use(base), Opnd::Use(i), val]
                            };
                            replaced = Some(Inst::op(xop, &new));
                            left[ka] -= 1;
                            dead[ka] = left[ka] == 0;
                            if let Some(ks) = scaled {
                                dead[ks] = dead[ka];
                            }
                        }
                    }
                    _ => {}
                }
            }
            if let Some(new) = replaced {
                b.insts[k].0 = new;
            }
            // Record what this instruction computes, if it can be folded.
            let int64 = matches!(info.suffix, "i64" | "u64");
            let rec = match (info.family, ops) {
                ("addi", &[Opnd::Def(d), Opnd::Use(x), c]) if int64 && once(d) => {
                    imm_i64(c).map(|c| (d, Addr::Off(x, c)))
                }
                ("muli", &[Opnd::Def(d), Opnd::Use(x), c]) if int64 && single(d) => imm_i64(c)
                    .filter(|c| matches!(c, 1 | 2 | 4 | 8))
                    .map(|c| (d, Addr::Scaled(x, c))),
                ("shli", &[Opnd::Def(d), Opnd::Use(x), c]) if int64 && single(d) => imm_i64(c)
                    .filter(|c| (0..=3).contains(c))
                    .map(|c| (d, Addr::Scaled(x, 1 << c))),
                ("add", &[Opnd::Def(d), Opnd::Use(x), Opnd::Use(y)]) if int64 && once(d) => {
                    match (find(&avail, x), find(&avail, y)) {
                        (_, Some((ky, Addr::Scaled(i, s)))) if x != y => {
                            Some((d, Addr::Index(x, i, s, Some(ky))))
                        }
                        (Some((kx, Addr::Scaled(i, s))), _) if x != y => {
                            Some((d, Addr::Index(y, i, s, Some(kx))))
                        }
                        _ => Some((d, Addr::Index(x, y, 1, None))),
                    }
                }
                _ => None,
            };
            let inst = &b.insts[k].0;
            match (info.family, ops) {
                // `p = p + c`: an address `p + k` recorded before is `p - c + k`
                // now (64-bit arithmetic wraps, so this holds for any p).
                ("addi", &[Opnd::Def(d), Opnd::Use(x), c]) if int64 && d == x => {
                    let c = imm_i64(c);
                    avail.retain_mut(|(v, _, a)| *v != d && retarget(a, d, c));
                }
                _ => inst.defs(|r| avail.retain(|(v, _, a)| *v != r && !reads(*a, r))),
            }
            if let Some((d, a)) = rec {
                left[k] = uses[d.0 as usize];
                avail.push((d, k, a));
                // Every instruction scans the list: keep it short in a long
                // block (20,000 local arrays in one block were quadratic).
                // The oldest goes: it is the least likely to be used again.
                if avail.len() > AVAIL_MAX {
                    avail.remove(0);
                }
            }
        }
        if dead.iter().any(|&d| d) {
            let mut k = 0;
            b.insts.retain(|_| {
                k += 1;
                !dead[k - 1]
            });
        }
    }
}

/// After `r = r + c`, keeps a recorded address that read `r` by rebasing
/// it on the new value; false (drop it) when it cannot be.
fn retarget(a: &mut Addr, r: VReg, c: Option<i64>) -> bool {
    match (a, c) {
        (Addr::Off(x, k), Some(c)) if *x == r => match k.checked_sub(c) {
            Some(nk) => {
                *k = nk;
                true
            }
            None => false,
        },
        (a, _) => !reads(*a, r),
    }
}

/// Whether the recorded computation reads `r`.
fn reads(a: Addr, r: VReg) -> bool {
    match a {
        Addr::Off(x, _) | Addr::Scaled(x, _) => x == r,
        Addr::Index(x, i, ..) => x == r || i == r,
    }
}

/// Loop-invariant values set by one instruction inside loops are set once,
/// in the entry block: constants (`movi`) and the addresses of frame objects
/// (`addi t, fp, k`, the base of a local array). Equal ones are shared.
pub fn hoist_invariants(f: &mut Func) {
    let fp = f.frame.map(|fr| fr.fp);
    let (defs, _) = counts(f);
    let mut shared: HashMap<(Opcode, u64), VReg> = HashMap::new();
    let mut rename = Renames::new(f.nvregs);
    let mut entry: Vec<(Inst, Loc)> = Vec::new();
    for bi in 0..f.blocks.len() {
        if f.blocks[bi].loop_depth == 0 {
            continue;
        }
        // Rebuilt, not removed from one by one (`Vec::remove` made a block
        // of 16,000 struct copies in a loop take 5 s).
        let insts = std::mem::take(&mut f.blocks[bi].insts);
        let mut kept = Vec::with_capacity(insts.len());
        for (inst, loc) in insts {
            let key = match &inst {
                Inst::Op { op, opnds, n: 2 } if op.info().family == "movi" => match opnds[..2] {
                    [Opnd::Def(d), Opnd::Imm(v)] => Some((d, (*op, imm_bits(v)))),
                    _ => None,
                },
                _ => match op3(&inst) {
                    Some((op, d, a, c)) if Some(a) == fp && op.info().family == "addi" => {
                        imm_i64(c).map(|c| (d, (op, c as u64)))
                    }
                    _ => None,
                },
            };
            let Some((d, key)) = key.filter(|(d, _)| defs[d.0 as usize] == 1) else {
                kept.push((inst, loc));
                continue;
            };
            let s = *shared.entry(key).or_insert_with(|| {
                let s = VReg(f.nvregs);
                f.nvregs += 1;
                let mut inst = inst;
                inst.map_regs(|r| if r == d { s } else { r });
                entry.push((inst, loc));
                s
            });
            rename.set(d, s);
        }
        f.blocks[bi].insts = kept;
    }
    if rename.is_empty() {
        return;
    }
    rename_regs(f, &rename);
    // After the frame's own set-up (`movi`, `salloc`, and the two
    // instructions aligning the base when the frame has slack).
    let prologue = match f.frame {
        Some(fr) if fr.slack > 0 => 4,
        Some(_) => 2,
        None => 0,
    };
    let at = f.blocks[0].insts.len().min(prologue);
    f.blocks[0].insts.splice(at..at, entry);
}

/// Families whose result depends only on their operands: no memory, no
/// side effect (a trap of `div` repeats identically, so the first one
/// stands for both).
fn pure_family(fam: &str) -> bool {
    const PURE: &[&str] = &[
        "add", "sub", "mul", "div", "divi", "divp2", "rem", "remi", "remp2", "neg", "abs", "sqrt",
        "min", "max", "madd", "msub", "floor", "ceil", "trunc", "round", "rint", "copysign",
        "addi", "subi", "muli", "and", "or", "xor", "not", "shl", "shr", "sar", "andi", "ori",
        "xori", "shli", "shri", "sari", "clz", "ctz", "popcnt", "rotl", "rotr", "bswap", "eq",
        "ne", "lt", "le", "gt", "ge", "seleq", "sellt", "selle", "cvt", "sext", "zext", "bitcast",
        "lea",
    ];
    PURE.contains(&fam)
}

/// Whether swapping the two register operands leaves the result alone.
fn commutative(fam: &str, suffix: &str) -> bool {
    let int = !matches!(suffix, "f64" | "f32");
    match fam {
        "add" | "mul" | "and" | "or" | "xor" | "eq" | "ne" => true,
        // Float min/max differ on the sign of zero and NaN by operand order.
        "min" | "max" => int,
        _ => false,
    }
}

/// What the passes ask of every instruction, worked out once per opcode
/// from the spec (the passes run on every instruction of every function,
/// and comparing family names each time cost a tenth of a large compile).
#[derive(Clone, Copy, Default)]
struct Facts {
    /// [`pure_family`].
    pure: bool,
    /// `ld` or `ldx`.
    load: bool,
    /// [`commutative`].
    commutative: bool,
    /// May change memory a load reads (see [`clobbers_memory`]).
    clobbers: bool,
}

fn facts(op: Opcode) -> Facts {
    static TABLE: std::sync::OnceLock<Vec<Facts>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        Opcode::ALL
            .iter()
            .map(|op| {
                let info = op.info();
                let pure = pure_family(info.family);
                Facts {
                    pure,
                    load: matches!(info.family, "ld" | "ldx"),
                    commutative: commutative(info.family, info.suffix),
                    clobbers: info.flags.writes_memory
                        || info.flags.call
                        || !(pure || matches!(info.family, "ld" | "ldx" | "movi" | "mov" | "lea")),
                }
            })
            .collect()
    })[op.index()]
}

/// [`hoist_loop_invariants`] may read each loop body once per loop it is
/// in, up to this many times the function's size (plus
/// [`LICM_WORK_MIN`]): far above real nesting depths.
const LICM_WORK_PER_INST: usize = 16;
/// See [`LICM_WORK_PER_INST`].
const LICM_WORK_MIN: usize = 1 << 20;

/// Loop-invariant code motion. For each natural loop (innermost first)
/// with a unique predecessor outside it (the preheader), a pure instruction
/// that cannot trap, writes a register written nowhere else and reads only
/// registers the loop does not write moves to the end of the preheader; what
/// it enables moves too. Before that, `t = x + y; d = t + c` with `y`
/// invariant becomes `u = y + c; d = x + u` (integers wrap, so this is
/// exact), so `u` moves out: spectralnorm's `... + i + 1`.
///
/// Returns whether it changed anything (every change but a move makes a
/// new register).
pub fn hoist_loop_invariants(f: &mut Func) -> bool {
    let nvregs_before = f.nvregs;
    let mut moved_any = false;
    let n = f.blocks.len();
    let mut preds: Vec<Vec<usize>> = vec![Vec::new(); n];
    let succs: Vec<Vec<usize>> = f
        .blocks
        .iter()
        .map(|b| b.term.successors().iter().map(|s| s.0 as usize).collect())
        .collect();
    // Reverse postorder of the reachable blocks.
    let mut order = Vec::with_capacity(n);
    let mut seen = vec![false; n];
    let mut stack: Vec<(usize, usize)> = vec![(0, 0)];
    seen[0] = true;
    while let Some(&mut (b, ref mut i)) = stack.last_mut() {
        if let Some(&s) = succs[b].get(*i) {
            *i += 1;
            if s < n && !seen[s] {
                seen[s] = true;
                stack.push((s, 0));
            }
        } else {
            order.push(b);
            stack.pop();
        }
    }
    order.reverse();
    for &b in &order {
        for &s in &succs[b] {
            // Only `b` is pushed while its edges are visited: a repeat is
            // the last entry (a switch's join has thousands of predecessors).
            if s < n && preds[s].last() != Some(&b) {
                preds[s].push(b);
            }
        }
    }
    let mut rpo = vec![usize::MAX; n];
    for (i, &b) in order.iter().enumerate() {
        rpo[b] = i;
    }
    // Without a retreating edge there is no loop: nothing to do.
    if !order
        .iter()
        .any(|&b| succs[b].iter().any(|&s| s < n && rpo[s] <= rpo[b]))
    {
        return false;
    }
    let idom = dominators(&succs, &preds, n);
    // Pre- and post-order numbers in the dominator tree: `a` dominates `b`
    // iff b's interval lies inside a's (constant time, however deep).
    let mut kids: Vec<Vec<usize>> = vec![Vec::new(); n];
    for &b in &order[1..] {
        if let Some(p) = idom[b] {
            kids[p].push(b);
        }
    }
    let (mut pre_n, mut post_n) = (vec![0usize; n], vec![0usize; n]);
    let mut clock = 0;
    let mut walk: Vec<(usize, usize)> = vec![(0, 0)];
    pre_n[0] = clock;
    while let Some(&mut (b, ref mut i)) = walk.last_mut() {
        if let Some(&c) = kids[b].get(*i) {
            *i += 1;
            clock += 1;
            pre_n[c] = clock;
            walk.push((c, 0));
        } else {
            clock += 1;
            post_n[b] = clock;
            walk.pop();
        }
    }
    let dominates =
        |a: usize, b: usize| seen[a] && seen[b] && pre_n[a] <= pre_n[b] && post_n[b] <= post_n[a];
    // Natural loops: a back edge t -> h (h dominates t); bodies of one
    // header merged. Bodies are lists (a mark array says who is in the one
    // at hand), so many loops in a big function stay linear in memory.
    let mut mark = vec![usize::MAX; n];
    let mut loops: Vec<(usize, Vec<usize>)> = Vec::new();
    let mut header_loop: FxHashMap<usize, usize> = FxHashMap::default();
    // Back edges as (loop, tail), loops numbered in order of discovery.
    let mut back: Vec<(usize, usize)> = Vec::new();
    for &t in &order {
        for &h in &succs[t] {
            // Only a retreating edge (in reverse postorder) can be a back edge.
            if h >= n || rpo[h] > rpo[t] || !dominates(h, t) {
                continue;
            }
            let li = *header_loop.entry(h).or_insert_with(|| {
                loops.push((h, vec![h]));
                loops.len() - 1
            });
            back.push((li, t));
        }
    }
    // One header's back edges together (stable: in discovery order), so
    // the marks of its body stay set between them: thousands of `goto`s
    // back to one label walk the body once each, never re-mark it.
    back.sort_by_key(|&(li, _)| li);
    // Nested loops are walked once per level: the work is depth times
    // size (490 loops around 300,000 statements took 8.8 s), so it has a
    // budget, a multiple of the function's size; past it, the loops left
    // (outer ones: discovered last, and largest) stay as they are.
    let size: usize = f.blocks.iter().map(|b| b.insts.len() + 1).sum();
    let mut budget = LICM_WORK_PER_INST * size + LICM_WORK_MIN;
    let mut work = Vec::new();
    for (k, &(li, t)) in back.iter().enumerate() {
        let body = &mut loops[li].1;
        if k == 0 || back[k - 1].0 != li {
            for &b in body.iter() {
                mark[b] = li;
            }
        }
        work.push(t);
        while let Some(b) = work.pop() {
            if mark[b] != li {
                mark[b] = li;
                body.push(b);
                work.extend(preds[b].iter().copied());
            }
        }
        budget = budget.saturating_sub(body.len());
        if budget == 0 {
            // This loop's body may be incomplete: drop it and the rest.
            loops.truncate(li);
            break;
        }
    }
    loops.sort_by_key(|(_, body)| body.len());
    // Definitions come before their uses in reverse postorder, so one pass
    // over a body usually moves a whole chain of invariants.
    for (_, body) in &mut loops {
        body.sort_by_key(|&b| rpo[b]);
    }
    mark.fill(usize::MAX);
    let (mut defs, mut uses) = counts(f);
    let mut written = Writes::default();
    for (li, (h, body)) in loops.iter().enumerate() {
        // Each pass below reads the body a bounded number of times.
        let insts: usize = body.iter().map(|&b| f.blocks[b].insts.len() + 1).sum();
        if insts > budget {
            break;
        }
        budget -= insts;
        for &b in body {
            mark[b] = li;
        }
        let outside: Vec<usize> = preds[*h]
            .iter()
            .copied()
            .filter(|&p| mark[p] != li)
            .collect();
        let [pre] = outside[..] else { continue };
        // Registers written in the loop, with how many writes.
        written.clear();
        for &bi in body {
            for (i, _) in &f.blocks[bi].insts {
                i.defs(|r| written.bump(r));
            }
        }
        let invariant = |r: VReg, written: &Writes| !written.contains(r);
        // Reassociate `t = x + y; d = t + c` (adjacent) with y invariant.
        for &bi in body {
            let mut k = 0;
            while k + 1 < f.blocks[bi].insts.len() {
                let insts = &f.blocks[bi].insts;
                let (Some((aop, t, x, Opnd::Use(y))), Some((iop, d, t2, c))) =
                    (op3(&insts[k].0), op3(&insts[k + 1].0))
                else {
                    k += 1;
                    continue;
                };
                let (ai, ii) = (aop.info(), iop.info());
                let int = !matches!(ai.suffix, "f64" | "f32");
                let ok = int
                    && ai.family == "add"
                    && ii.family == "addi"
                    && ai.suffix == ii.suffix
                    && t2 == t
                    && t != d
                    && defs[t.0 as usize] == 1
                    && uses[t.0 as usize] == 1
                    && matches!(c, Opnd::Imm(_));
                // The variant operand stays; the invariant one joins `c`.
                let pick = if !ok {
                    None
                } else if invariant(y, &written) && !invariant(x, &written) {
                    Some((x, y))
                } else if invariant(x, &written) && !invariant(y, &written) {
                    Some((y, x))
                } else {
                    None
                };
                let Some((var, inv)) = pick else {
                    k += 1;
                    continue;
                };
                let u = f.vreg();
                defs.push(1);
                uses.push(1);
                let b = &mut f.blocks[bi];
                let (loc0, loc1) = (b.insts[k].1, b.insts[k + 1].1);
                b.insts[k] = (Inst::op(iop, &[Opnd::Def(u), Opnd::Use(inv), c]), loc0);
                b.insts[k + 1] = (
                    Inst::op(aop, &[Opnd::Def(d), Opnd::Use(var), Opnd::Use(u)]),
                    loc1,
                );
                // `t` is gone; `u` is written once.
                written.remove(t);
                written.set(u, 1);
                defs[t.0 as usize] = 0;
                k += 2;
            }
        }
        // Move invariant instructions out, repeating (a bounded number of
        // times, for hostile code) while moves enable more.
        let mut moved: Vec<(Inst, Loc)> = Vec::new();
        for _ in 0..4 {
            let mut changed = false;
            for &bi in body {
                // Only a hoist changes what is hoistable: a block with
                // nothing to move now is left as it is.
                if moved.len() >= HOIST_MAX
                    || !f.blocks[bi]
                        .insts
                        .iter()
                        .any(|(i, _)| hoistable(i, &defs, &written))
                {
                    continue;
                }
                let insts = std::mem::take(&mut f.blocks[bi].insts);
                let mut kept = Vec::with_capacity(insts.len());
                for (inst, loc) in insts {
                    if moved.len() < HOIST_MAX && hoistable(&inst, &defs, &written) {
                        inst.defs(|r| written.remove(r));
                        moved.push((inst, loc));
                        changed = true;
                    } else {
                        kept.push((inst, loc));
                    }
                }
                f.blocks[bi].insts = kept;
            }
            if !changed {
                break;
            }
        }
        moved_any |= !moved.is_empty();
        f.blocks[pre].insts.extend(moved);
        reduce_addresses(f, body, pre, &written, &mut defs, &mut uses);
    }
    moved_any || f.nvregs != nvregs_before
}

/// How many times each register is written in the loop at hand: dense,
/// since `hoistable` asks for every operand of every instruction of every
/// loop, and cleared register by register between loops, so many loops in a
/// function with many registers stay linear.
#[derive(Default)]
struct Writes {
    count: Vec<u32>,
    touched: Vec<u32>,
}

impl Writes {
    fn get(&self, r: VReg) -> u32 {
        self.count.get(r.0 as usize).copied().unwrap_or(0)
    }

    fn contains(&self, r: VReg) -> bool {
        self.get(r) != 0
    }

    fn set(&mut self, r: VReg, n: u32) {
        let i = r.0 as usize;
        if i >= self.count.len() {
            self.count.resize(i + 1, 0);
        }
        if self.count[i] == 0 {
            self.touched.push(r.0);
        }
        self.count[i] = n;
    }

    fn bump(&mut self, r: VReg) {
        self.set(r, self.get(r) + 1);
    }

    fn remove(&mut self, r: VReg) {
        if let Some(c) = self.count.get_mut(r.0 as usize) {
            *c = 0;
        }
    }

    fn clear(&mut self) {
        for &r in &self.touched {
            self.count[r as usize] = 0;
        }
        self.touched.clear();
    }
}

/// Strength reduction of array-of-struct addresses: in a loop whose
/// counter `i` is written only by `i = i + c`, `t = i * K; a = base + t`
/// (`base` invariant, `t` and `a` written once, `a` read only in its own
/// block before anything writes `i` again: `&p[i]` for `p[i].x`) becomes
/// `a = base + i * K` once before the loop and `a = a + c * K` next to the
/// counter's update: one instruction per iteration instead of two.
/// Integer overflow of a signed counter is undefined in C; an unsigned
/// 32-bit counter, which may wrap, is left alone.
fn reduce_addresses(
    f: &mut Func,
    body: &[usize],
    pre: usize,
    written: &Writes,
    defs: &mut Vec<u32>,
    uses: &mut Vec<u32>,
) {
    let once = |r: VReg, counts: &[u32]| counts.get(r.0 as usize) == Some(&1);
    // Counters: written once in the loop, by `i = i + c` (i64 or i32).
    let mut step: FxHashMap<VReg, i64> = FxHashMap::default();
    for &bi in body {
        for (inst, _) in &f.blocks[bi].insts {
            if let Some((op, d, a, c)) = op3(inst) {
                let info = op.info();
                if d == a
                    && written.get(d) == 1
                    && info.family == "addi"
                    && matches!(info.suffix, "i64" | "i32")
                {
                    if let Some(c) = imm_i64(c) {
                        step.insert(d, c);
                    }
                }
            }
        }
    }
    if step.is_empty() {
        return;
    }
    // Which block reads each register, for the candidates' results.
    let mut readers: FxHashMap<VReg, Option<usize>> = FxHashMap::default();
    // (block, index of the `muli`, counter, address, base, K)
    let mut candidates: Vec<(usize, usize, VReg, VReg, VReg, Opnd)> = Vec::new();
    for &bi in body {
        let insts = &f.blocks[bi].insts;
        for k in 0..insts.len().saturating_sub(1) {
            let (Some((mop, t, i, kk)), Some((aop, a, x, Opnd::Use(y)))) =
                (op3(&insts[k].0), op3(&insts[k + 1].0))
            else {
                continue;
            };
            let (mi, ai) = (mop.info(), aop.info());
            if imm_i64(kk).is_none() {
                continue;
            }
            let base = if x == t { y } else { x };
            if mi.family != "muli"
                || !matches!(mi.suffix, "i64" | "u64")
                || ai.family != "add"
                || !matches!(ai.suffix, "i64" | "u64")
                || !step.contains_key(&i)
                || (x == t) == (y == t)
                || !once(t, defs)
                || !once(t, uses)
                || !once(a, defs)
                || written.contains(base)
                || base == i
            {
                continue;
            }
            readers.insert(a, Some(bi));
            candidates.push((bi, k, i, a, base, kk));
        }
    }
    if candidates.is_empty() {
        return;
    }
    for (bi, b) in f.blocks.iter().enumerate() {
        let mut note = |r: VReg| {
            if let Some(at) = readers.get_mut(&r) {
                if *at != Some(bi) {
                    *at = None;
                }
            }
        };
        for (i, _) in &b.insts {
            i.uses(&mut note);
        }
        b.term.uses(&mut note);
    }
    let mut done_blocks: Vec<usize> = Vec::new();
    for (bi, k, i, a, base, kk) in candidates {
        // One per block and pass: indices below stay valid.
        if readers.get(&a) != Some(&Some(bi)) || done_blocks.contains(&bi) {
            continue;
        }
        // `a` is read after its definition only while `i` keeps its value.
        let blk = &f.blocks[bi];
        let mut ok = true;
        // Read before its definition: last iteration's value.
        for (inst, _) in &blk.insts[..k] {
            inst.uses(|r| ok &= r != a);
        }
        let mut i_written = false;
        for (inst, _) in &blk.insts[k + 2..] {
            let mut reads_a = false;
            inst.uses(|r| reads_a |= r == a);
            if reads_a && i_written {
                ok = false;
            }
            inst.defs(|r| i_written |= r == i);
        }
        let mut term_reads_a = false;
        blk.term.uses(|r| term_reads_a |= r == a);
        if !ok || (term_reads_a && i_written) {
            continue;
        }
        // Before the loop: the address for the counter's first value.
        let (Some((mop, ..)), Some((aop, ..))) = (op3(&blk.insts[k].0), op3(&blk.insts[k + 1].0))
        else {
            continue;
        };
        let (loc_m, loc_a) = (blk.insts[k].1, blk.insts[k + 1].1);
        let c = step[&i];
        let Some(k_val) = imm_i64(kk) else { continue };
        let Some(add_step) = isa().find("addi", "u64") else {
            continue;
        };
        done_blocks.push(bi);
        f.blocks[bi].insts.drain(k..k + 2);
        let t0 = f.vreg();
        // The counts the enclosing loops go on with.
        defs.push(1);
        uses.push(1);
        if let Some(d) = defs.get_mut(a.0 as usize) {
            *d = 2;
        }
        f.blocks[pre]
            .insts
            .push((Inst::op(mop, &[Opnd::Def(t0), Opnd::Use(i), kk]), loc_m));
        f.blocks[pre].insts.push((
            Inst::op(aop, &[Opnd::Def(a), Opnd::Use(base), Opnd::Use(t0)]),
            loc_a,
        ));
        // Next to the counter's update (before it, so `i = i + c` stays
        // next to the loop test for `addblt`).
        'update: for &ub in body {
            let at = f.blocks[ub].insts.iter().position(|(inst, _)| {
                let mut w = false;
                inst.defs(|r| w |= r == i);
                w
            });
            if let Some(at) = at {
                // Later candidates' indices in this block would be stale.
                done_blocks.push(ub);
                let loc = f.blocks[ub].insts[at].1;
                f.blocks[ub].insts.insert(
                    at,
                    (
                        Inst::op(
                            add_step,
                            &[
                                Opnd::Def(a),
                                Opnd::Use(a),
                                Opnd::Imm(OperandValue::U64(c.wrapping_mul(k_val) as u64)),
                            ],
                        ),
                        loc,
                    ),
                );
                break 'update;
            }
        }
    }
}

/// Most instructions moved out of one loop: each keeps a register busy for
/// the whole loop, and a loop with thousands of invariants (generated code)
/// would otherwise spill.
const HOIST_MAX: usize = 16;

/// Whether `inst` may leave its loop: pure, unable to trap, the only write
/// of its result register, and reading only registers the loop does not
/// write.
fn hoistable(inst: &Inst, defs: &[u32], written: &Writes) -> bool {
    let Inst::Op { op, opnds, n } = inst else {
        return false;
    };
    (2..=4).contains(n)
        && facts(*op).pure
        && op.info().traps.is_empty()
        && matches!(opnds[0], Opnd::Def(d) if defs[d.0 as usize] == 1 && written.get(d) == 1)
        && opnds[1..*n as usize].iter().all(|o| match o {
            Opnd::Use(r) => !written.contains(*r),
            // An object's address: `a[i][k]`'s row base moves out of the `k` loop.
            Opnd::Imm(_) | Opnd::Data(_) => true,
            _ => false,
        })
}

/// Immediate dominators of the blocks reachable from block 0 (the entry is
/// its own; unreachable blocks have none), by Lengauer and Tarjan's
/// algorithm with path compression: O(n log n). (The iterative algorithm is
/// quadratic on a long chain of blocks that all branch to one exit, which
/// `a && b && ...` or many `goto`s to one label make.)
fn dominators(succs: &[Vec<usize>], preds: &[Vec<usize>], n: usize) -> Vec<Option<usize>> {
    const NONE: usize = usize::MAX;
    let mut idom: Vec<Option<usize>> = vec![None; n];
    if n == 0 {
        return idom;
    }
    // Depth-first preorder numbers (`dfn`), the vertex of each number and
    // each vertex's parent in the depth-first tree.
    let mut dfn = vec![NONE; n];
    let mut vertex: Vec<usize> = Vec::with_capacity(n);
    let mut parent = vec![NONE; n];
    let mut stack: Vec<(usize, usize)> = vec![(0, 0)];
    dfn[0] = 0;
    vertex.push(0);
    while let Some(&mut (b, ref mut i)) = stack.last_mut() {
        if let Some(&s) = succs[b].get(*i) {
            *i += 1;
            if s < n && dfn[s] == NONE {
                dfn[s] = vertex.len();
                vertex.push(s);
                parent[s] = b;
                stack.push((s, 0));
            }
        } else {
            stack.pop();
        }
    }
    // Semidominators as preorder numbers; the forest of processed vertices
    // (`ancestor`) with `label`: the vertex of least semidominator on the
    // path compressed so far.
    let mut semi: Vec<usize> = dfn.clone();
    let mut ancestor = vec![NONE; n];
    let mut label: Vec<usize> = (0..n).collect();
    // Buckets as linked lists (a vertex is in one bucket at most).
    let (mut head, mut next) = (vec![NONE; n], vec![NONE; n]);
    let mut dom = vec![NONE; n];
    let mut path: Vec<usize> = Vec::new();
    // The vertex of least semidominator on the forest path up from `v`.
    let mut eval = |v: usize, ancestor: &mut [usize], label: &mut [usize], semi: &[usize]| {
        if ancestor[v] == NONE {
            return v;
        }
        // Compress the path (iteratively: it can be as long as the function).
        let mut x = v;
        while ancestor[ancestor[x]] != NONE {
            path.push(x);
            x = ancestor[x];
        }
        while let Some(y) = path.pop() {
            let a = ancestor[y];
            if semi[label[a]] < semi[label[y]] {
                label[y] = label[a];
            }
            ancestor[y] = ancestor[a];
        }
        label[v]
    };
    for i in (1..vertex.len()).rev() {
        let w = vertex[i];
        for &v in &preds[w] {
            if v >= n || dfn[v] == NONE {
                continue;
            }
            let u = eval(v, &mut ancestor, &mut label, &semi);
            if semi[u] < semi[w] {
                semi[w] = semi[u];
            }
        }
        let sd = vertex[semi[w]];
        next[w] = head[sd];
        head[sd] = w;
        let p = parent[w];
        ancestor[w] = p;
        let mut v = std::mem::replace(&mut head[p], NONE);
        while v != NONE {
            let u = eval(v, &mut ancestor, &mut label, &semi);
            dom[v] = if semi[u] < semi[v] { u } else { p };
            v = next[v];
        }
    }
    for &w in &vertex[1..] {
        if dom[w] != vertex[semi[w]] {
            dom[w] = dom[dom[w]];
        }
        idom[w] = Some(dom[w]);
    }
    idom[0] = Some(0);
    idom
}

/// What a pure instruction computes: its opcode and, per operand, the
/// register and its version or the immediate's bits.
type CseKey = (Opcode, [(u64, u32); 3]);

/// The key of a pure instruction or a load `d = op(...)`, and `d`. A
/// load's key includes `epoch`, the memory state it reads.
fn cse_key(inst: &Inst, version: &[u32], epoch: u32) -> Option<(CseKey, VReg)> {
    let Inst::Op { op, opnds, n } = inst else {
        return None;
    };
    let facts = facts(*op);
    let load = facts.load;
    if !(2..=4).contains(n) || !(facts.pure || load && *n == 3) {
        return None;
    }
    let Opnd::Def(d) = opnds[0] else { return None };
    let mut parts = [(u64::MAX, u32::MAX); 3];
    for (i, o) in opnds[1..*n as usize].iter().enumerate() {
        parts[i] = match *o {
            Opnd::Use(r) => (u64::from(r.0), version[r.0 as usize]),
            // Versions count writes, so never reach this tag.
            Opnd::Imm(v) => (imm_bits(v), u32::MAX - 1),
            // An object's address (`lea`): one register for all its uses.
            Opnd::Data(s) => ((u64::from(s.tu) << 32) | u64::from(s.id), u32::MAX - 3),
            _ => return None,
        };
    }
    if *n == 3 && facts.commutative && parts[0] > parts[1] {
        parts.swap(0, 1);
    }
    if load {
        parts[2] = (u64::from(epoch), u32::MAX - 2);
    }
    Some(((*op, parts), d))
}

/// Whether an instruction may change memory a load reads: anything but a
/// pure operation, a load or a register move.
fn clobbers_memory(inst: &Inst) -> bool {
    match inst {
        Inst::Copy { .. } => false,
        Inst::Call { .. } => true,
        Inst::Op { op, .. } => facts(*op).clobbers,
    }
}

/// The largest table of known values [`local_cse`] copies into a block
/// that is not the last to inherit it (larger ones are not passed on).
const CSE_COPY_MAX: usize = 1024;

/// Local common-subexpression elimination: within a block, a pure
/// instruction whose operands hold the same values as an earlier one's is
/// dropped and its result register renamed to the earlier result. Only
/// registers written once in the whole function are renamed (so the earlier
/// result still holds the value wherever the later one was read), and a
/// register operand matches only while it has not been written in between
/// (each write bumps its version).
///
/// Loads are merged the same way while no instruction in between may
/// write memory (each such instruction starts a new memory epoch), except
/// loads of `volatile` objects. A block whose only predecessor comes
/// earlier in the order starts with what that predecessor knew at its end
/// (an extended basic block): `if (p->left) f(p->left)` loads once.
pub fn local_cse(f: &mut Func) {
    let (defs, _) = counts(f);
    let once = |r: VReg| defs[r.0 as usize] == 1;
    let volatile: std::collections::HashSet<VReg> = f.volatile_defs.iter().copied().collect();
    let (live, preds) = live_preds(f);
    let mut version = vec![0u32; f.nvregs as usize];
    let mut rename = Renames::new(f.nvregs);
    let mut inherited: Vec<Option<(FxHashMap<CseKey, VReg>, u32)>> = vec![None; f.blocks.len()];
    let mut epochs = 0u32;
    for (bi, b) in f.blocks.iter_mut().enumerate() {
        let (mut seen, mut epoch) = inherited[bi].take().unwrap_or_else(|| {
            epochs += 1;
            (FxHashMap::default(), epochs)
        });
        // In place: most instructions stay.
        b.insts.retain_mut(|(inst, _)| {
            if !rename.is_empty() {
                inst.map_regs(|r| rename.get(r));
            }
            let key =
                cse_key(inst, &version, epoch).filter(|&(_, d)| once(d) && !volatile.contains(&d));
            if clobbers_memory(inst) {
                epochs += 1;
                epoch = epochs;
            }
            inst.defs(|r| version[r.0 as usize] += 1);
            if let Some((key, d)) = key {
                if let Some(&prev) = seen.get(&key) {
                    rename.set(d, prev);
                    return false;
                }
                seen.insert(key, d);
            }
            true
        });
        // A latch's `addblt` writes its counter.
        if let Term::Br { inst, .. } | Term::Op(inst) = &b.term {
            inst.defs(|r| version[r.0 as usize] += 1);
        }
        // `preds` counts edges from reachable blocks only: an unreachable
        // block jumping to `s` is not its one predecessor, and what it
        // defines is never there (csmith seed 3000093: a loop latch that
        // could not run passed its loads on to the loop's exit).
        if live[bi] {
            let heirs: Vec<usize> = b
                .term
                .successors()
                .iter()
                .map(|s| s.0 as usize)
                .filter(|&s| s > bi && preds[s] == 1)
                .collect();
            // The last heir takes the table itself; the others get a copy
            // while it is small. A long chain of blocks each branching off
            // (`if (c == i) return s;` 80,000 times) grows the table all the
            // way: copying it at every branch took 13 s.
            if let Some((&last, rest)) = heirs.split_last() {
                if seen.len() <= CSE_COPY_MAX {
                    for &s in rest {
                        inherited[s] = Some((seen.clone(), epoch));
                    }
                }
                inherited[last] = Some((seen, epoch));
            }
        }
    }
    if rename.is_empty() {
        return;
    }
    // Blocks are not in dominance order: rename what earlier blocks read.
    rename_regs(f, &rename);
}

/// The register an instruction dereferences such that, had it held 0
/// (NULL), the access would have trapped in the null guard below address
/// 0x1000: the `base` of a `base + off` access whose offset is below
/// 0x1000 less the widest access (or negative: the address wraps past the
/// end). After such an instruction, the register is known not to be null.
fn dereferenced(i: &Inst) -> Option<VReg> {
    let Inst::Op { op, opnds, n } = i else {
        return None;
    };
    let info = op.info();
    if !(info.flags.reads_memory || info.flags.writes_memory) || !info.flags.may_trap {
        return None;
    }
    let mut base = None;
    let mut off = None;
    for (o, spec) in opnds[..*n as usize].iter().zip(info.operands) {
        match (spec.name, o) {
            ("base", Opnd::Use(r)) => base = Some(*r),
            ("off", Opnd::Imm(OperandValue::I32(v))) => off = Some(*v),
            _ => {}
        }
    }
    base.filter(|_| off.is_some_and(|o| o < 0x1000 - 64))
}

/// Removes `if (p)` tests of a pointer that every path has already
/// dereferenced (the VM traps on a null dereference, so past one the
/// pointer is not null): `if (n->left) ...; free(n)` tests `n` no more.
/// A forward must-analysis over the registers both tested by `jz`/`jnz`
/// and dereferenced, so its cost stays small in large functions.
pub fn drop_null_checks(f: &mut Func) {
    let test_of = |t: &Term| match t {
        Term::Br { inst, .. } => match &**inst {
            Inst::Op { op, opnds, .. } if matches!(op.mnemonic(), "jz" | "jnz") => match opnds[0] {
                Opnd::Use(r) => Some(r),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    };
    // Candidates: registers a branch tests, dense-numbered (at most 64*64).
    let mut index: FxHashMap<VReg, usize> = FxHashMap::default();
    for b in &f.blocks {
        if let Some(r) = test_of(&b.term) {
            let k = index.len();
            if k < 4096 {
                index.entry(r).or_insert(k);
            }
        }
    }
    if index.is_empty()
        || !f.blocks.iter().any(|b| {
            b.insts
                .iter()
                .any(|(i, _)| dereferenced(i).is_some_and(|r| index.contains_key(&r)))
        })
    {
        return;
    }
    let words = index.len().div_ceil(64);
    let nb = f.blocks.len();
    // What `i` tells: its base is not null; a register it writes is new.
    let step = |i: &Inst, set: &mut [u64]| {
        if let Some(k) = dereferenced(i).and_then(|r| index.get(&r)) {
            set[k / 64] |= 1 << (k % 64);
        }
        i.defs(|r| {
            if let Some(&k) = index.get(&r) {
                set[k / 64] &= !(1 << (k % 64));
            }
        });
    };
    // Runs `b`'s instructions (and its terminator's writes) over `set`.
    let transfer = |b: &Block, set: &mut [u64]| {
        for (i, _) in &b.insts {
            step(i, set);
        }
        if let Term::Br { inst, .. } | Term::Op(inst) = &b.term {
            step(inst, set);
        }
    };
    // Predecessors by ordinary edges; a block some other instruction jumps
    // to (or the entry) starts knowing nothing.
    let mut preds: Vec<Vec<usize>> = vec![Vec::new(); nb];
    let mut unknown = vec![false; nb];
    unknown[0] = true;
    for (bi, b) in f.blocks.iter().enumerate() {
        for s in b.term.successors().iter() {
            preds[s.0 as usize].push(bi);
        }
        let odd = b.insts.iter().filter_map(|(i, _)| i.target());
        let odd_term = match &b.term {
            Term::Op(i) => i.target(),
            _ => None,
        };
        for t in odd.chain(odd_term) {
            unknown[t.0 as usize] = true;
        }
    }
    let full = vec![u64::MAX; words];
    let mut out: Vec<Vec<u64>> = vec![full.clone(); nb];
    let mut inn: Vec<Vec<u64>> = vec![vec![0; words]; nb];
    let mut changed = true;
    while changed {
        changed = false;
        for bi in 0..nb {
            let mut set = if unknown[bi] || preds[bi].is_empty() {
                vec![0; words]
            } else {
                let mut s = full.clone();
                for &p in &preds[bi] {
                    for (w, o) in s.iter_mut().zip(&out[p]) {
                        *w &= o;
                    }
                }
                s
            };
            inn[bi].copy_from_slice(&set);
            transfer(&f.blocks[bi], &mut set);
            if set != out[bi] {
                out[bi] = set;
                changed = true;
            }
        }
    }
    for (b, start) in f.blocks.iter_mut().zip(inn) {
        let Some(r) = test_of(&b.term) else {
            continue;
        };
        let k = index[&r];
        // What holds just before the branch: the block's instructions run.
        let mut set = start;
        for (i, _) in &b.insts {
            step(i, &mut set);
        }
        if set[k / 64] & (1 << (k % 64)) == 0 {
            continue;
        }
        let Term::Br { inst, fall } = &b.term else {
            continue;
        };
        let (Inst::Op { op, .. }, Some(t)) = (&**inst, inst.target()) else {
            continue;
        };
        let to = if op.mnemonic() == "jnz" { t } else { *fall };
        b.term = Term::Jmp(to);
    }
}

/// `movi r, k; ret r` at the end of a block becomes `reti k` (`return 0;`):
/// nothing runs after the `ret` to read `r`. Runs after inlining: an
/// inlined body's `ret` must stay a `ret` (it becomes a jump to the
/// continuation).
pub fn return_constants(f: &mut Func) {
    let reti = isa().op("reti", "");
    for b in &mut f.blocks {
        let Term::Ret(Some(r)) = b.term else {
            continue;
        };
        let Some((Inst::Op { op, opnds, n: 2 }, _)) = b.insts.last() else {
            continue;
        };
        let info = op.info();
        // Integer constants: their bits are the register's value as is.
        let (Opnd::Def(d), Opnd::Imm(v)) = (opnds[0], opnds[1]) else {
            continue;
        };
        if d != r || info.family != "movi" || matches!(info.suffix, "f32" | "f64") {
            continue;
        }
        let value = OperandValue::I64(imm_bits(v) as i64);
        b.insts.pop();
        b.term = Term::Op(Box::new(Inst::op(reti, &[Opnd::Imm(value)])));
    }
}

/// Rewrites every register read or written in `f` through `rename`.
fn rename_regs(f: &mut Func, rename: &Renames) {
    let map = |r: VReg| rename.get(r);
    for b in &mut f.blocks {
        for (i, _) in &mut b.insts {
            i.map_regs(map);
        }
        match &mut b.term {
            Term::Br { inst, .. } | Term::Op(inst) => inst.map_regs(map),
            Term::Ret(Some(r)) => *r = map(*r),
            Term::Table { index, .. } => *index = map(*index),
            _ => {}
        }
    }
}

/// Registers to rename, by register number: a lookup is an index, not a
/// hash (the passes that rename look up every operand of the function).
struct Renames {
    to: Vec<u32>,
    any: bool,
}

impl Renames {
    /// No renames yet, for registers below `nvregs`.
    fn new(nvregs: u32) -> Renames {
        Renames {
            to: vec![u32::MAX; nvregs as usize],
            any: false,
        }
    }

    /// Renames `from` (below `nvregs`) to `to`.
    fn set(&mut self, from: VReg, to: VReg) {
        self.to[from.0 as usize] = to.0;
        self.any = true;
    }

    /// What `r` becomes.
    #[inline]
    fn get(&self, r: VReg) -> VReg {
        match self.to.get(r.0 as usize) {
            Some(&t) if t != u32::MAX => VReg(t),
            _ => r,
        }
    }

    fn is_empty(&self) -> bool {
        !self.any
    }
}

fn imm_bits(v: OperandValue) -> u64 {
    match v {
        OperandValue::I8(v) => v as u64,
        OperandValue::U8(v) => u64::from(v),
        OperandValue::I16(v) => v as u64,
        OperandValue::U16(v) => u64::from(v),
        OperandValue::I32(v) => v as u64,
        OperandValue::U32(v) => u64::from(v),
        OperandValue::I64(v) => v as u64,
        OperandValue::U64(v) => v,
        OperandValue::F32(v) => u64::from(v.to_bits()),
        OperandValue::F64(v) => v.to_bits(),
        // Not immediates of `movi`.
        _ => 0,
    }
}
