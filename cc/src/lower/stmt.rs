//! Lowering statements: control flow (loops rotated so each iteration ends
//! in one compare-and-branch), switch dispatch, local initializers.

use super::{Lower, Place, Storage};
use crate::ast::*;
use crate::ir::{isa, BlockId, Inst, Opnd, Term, VReg};
use crate::parse::canon_of;
use crate::types::{ty, Class, TypeId};
use std::collections::HashMap;
use vm::isa::OperandValue;

/// Records, for each label in `s`, the cleanups active there (`active`
/// holds those of the enclosing blocks). False when that took more than
/// [`super::MAX_CLEANUP_CALLS`] entries in all (the map is then partial).
fn label_scopes(s: &Stmt, active: &mut Vec<u32>, out: &mut HashMap<LabelId, Vec<u32>>) -> bool {
    let mut budget = super::MAX_CLEANUP_CALLS;
    label_scopes_within(s, active, out, &mut budget)
}

/// [`label_scopes`], recording at most `budget` active cleanups in all
/// (past it, labels are left out, and it returns false).
fn label_scopes_within(
    s: &Stmt,
    active: &mut Vec<u32>,
    out: &mut HashMap<LabelId, Vec<u32>>,
    budget: &mut usize,
) -> bool {
    let mut within = |s: &Stmt, active: &mut Vec<u32>| label_scopes_within(s, active, out, budget);
    match &s.kind {
        StmtKind::Block(items) => {
            let mark = active.len();
            if !items.iter().all(|i| within(i, active)) {
                return false;
            }
            active.truncate(mark);
        }
        StmtKind::Cleanup(id, _) => active.push(*id),
        StmtKind::For(init, _, _, body) => {
            let mark = active.len();
            let init_ok = match init.as_deref() {
                Some(Stmt {
                    kind: StmtKind::Block(items),
                    ..
                }) => items.iter().all(|i| within(i, active)),
                Some(i) => within(i, active),
                None => true,
            };
            if !init_ok || !within(body, active) {
                return false;
            }
            active.truncate(mark);
        }
        StmtKind::Labeled(ls, s) => {
            for l in ls {
                if *budget < active.len() {
                    return false;
                }
                *budget -= active.len();
                out.insert(*l, active.clone());
            }
            return label_scopes_within(s, active, out, budget);
        }
        StmtKind::If(..) => {
            // An `else if` chain in a loop: it may be thousands long.
            let mut s = Some(s);
            while let Some(Stmt {
                kind: StmtKind::If(_, a, b),
                ..
            }) = s
            {
                if !within(a, active) {
                    return false;
                }
                s = b.as_deref();
            }
            if let Some(s) = s {
                return within(s, active);
            }
        }
        StmtKind::While(_, body) | StmtKind::DoWhile(body, _) => return within(body, active),
        StmtKind::Switch { body, .. } => return within(body, active),
        _ => {}
    }
    true
}

/// Most cases a switch dispatches with a linear chain of compares; more
/// use a binary search (or a jump table when dense).
const LINEAR_CASES: usize = 4;

impl Lower<'_> {
    /// An `if` that only picks the value of one local, rewritten as the
    /// assignment that [`Lower::min_max`] or [`Lower::select`] lowers
    /// without a branch:
    /// - `if (c) v = a;` as `v = c ? a : v`;
    /// - `if (c) v = a; else v = b;` as `v = c ? a : b`;
    /// - `if (c) v op= a; else v op= b;` as `v op= c ? a : b` (one `op` runs
    ///   either way, with the chosen operand), also for `+=` against `-=` a
    ///   constant on integers (`v -= k` is `v += -k`).
    fn if_select(&self, c: &Expr, then: &Stmt, els: Option<&Stmt>) -> Option<Expr> {
        let t = only_expr(then)?;
        // Both arms assign the same local.
        let same = |x: &Expr, y: &Expr| match (&x.kind, &y.kind) {
            (ExprKind::Local(i), ExprKind::Local(j)) => i == j,
            _ => false,
        };
        let pick = |a: &Expr, b: &Expr, ty: TypeId| -> Option<Expr> {
            let ok = self.min_max(c, a, b, ty).is_some() || self.select_form(c, a, b, ty).is_some();
            ok.then(|| Expr {
                kind: ExprKind::Cond(
                    Box::new(c.clone()),
                    Box::new(a.clone()),
                    Box::new(b.clone()),
                ),
                ty,
                loc: a.loc,
            })
        };
        let kind = match (&t.kind, els.map(only_expr)) {
            (ExprKind::Assign(v, a), None) if matches!(v.kind, ExprKind::Local(_)) => {
                ExprKind::Assign(v.clone(), Box::new(pick(a, v, v.ty)?))
            }
            (ExprKind::Assign(v, a), Some(Some(f))) => {
                let ExprKind::Assign(w, b) = &f.kind else {
                    return None;
                };
                if !same(v, w) {
                    return None;
                }
                ExprKind::Assign(v.clone(), Box::new(pick(a, b, v.ty)?))
            }
            (
                ExprKind::OpAssign {
                    op,
                    lhs: v,
                    rhs: a,
                    op_ty,
                },
                Some(Some(Expr {
                    kind:
                        ExprKind::OpAssign {
                            op: op2,
                            lhs: w,
                            rhs: b,
                            op_ty: ty2,
                        },
                    ..
                })),
            ) => {
                if !same(v, w) || op_ty != ty2 {
                    return None;
                }
                let int = self.types.is_integer(*op_ty);
                let negated = |x: &Expr| match x.kind {
                    ExprKind::Int(k) if int => Some(Expr {
                        kind: ExprKind::Int(canon_of(self.types, k.wrapping_neg(), x.ty)),
                        ..x.clone()
                    }),
                    _ => None,
                };
                let (op, a, b) = match (op, op2) {
                    _ if op == op2 => (*op, a.as_ref().clone(), b.as_ref().clone()),
                    (BinOp::Add, BinOp::Sub) => (BinOp::Add, a.as_ref().clone(), negated(b)?),
                    (BinOp::Sub, BinOp::Add) => (BinOp::Add, negated(a)?, b.as_ref().clone()),
                    _ => return None,
                };
                ExprKind::OpAssign {
                    op,
                    lhs: v.clone(),
                    rhs: Box::new(pick(&a, &b, *op_ty)?),
                    op_ty: *op_ty,
                }
            }
            _ => return None,
        };
        Some(Expr {
            kind,
            ty: t.ty,
            loc: t.loc,
        })
    }

    pub(crate) fn stmt(&mut self, s: &Stmt) {
        let mark = self.frame;
        self.stmt_kind(s);
        self.free_temps(mark);
    }

    fn stmt_kind(&mut self, s: &Stmt) {
        self.loc = s.loc;
        match &s.kind {
            StmtKind::Empty => {}
            StmtKind::Expr(e) => self.effect(e),
            StmtKind::Decl(l, init) => {
                let t = self.def.locals[l.0 as usize].ty;
                self.init_local(*l, t, init.as_ref());
            }
            StmtKind::VlaAlloc(l, size, bytes) => {
                let n = match self.storage[size.0 as usize] {
                    Storage::Reg(r) => {
                        self.rvalue_into(bytes, Some(r));
                        r
                    }
                    _ => self.rvalue(bytes),
                };
                if let Storage::Indirect(a) = self.storage[l.0 as usize] {
                    self.op(isa().op("salloc", ""), &[Opnd::Def(a), Opnd::Use(n)]);
                }
            }
            StmtKind::Block(items) => {
                let mark = self.cleanups.len();
                for i in items {
                    self.stmt(i);
                }
                self.end_scope(mark);
            }
            StmtKind::Cleanup(id, call) => self.cleanups.push((*id, call.clone())),
            StmtKind::If(c, a, b) => {
                if let Some(e) = self.if_select(c, a, b.as_deref()) {
                    self.effect(&e);
                    return;
                }
                // An `else if` chain is lowered in a loop (it may be
                // thousands long), every arm jumping to one end.
                let (mut t, end) = (self.new_block(), self.new_block());
                let (mut c, mut a, mut b) = (c, a, b);
                loop {
                    let f = if b.is_some() { self.new_block() } else { end };
                    self.cond(c, t, f);
                    self.switch_to(t);
                    self.stmt(a);
                    self.jump_to(end);
                    let Some(els) = b else { break };
                    self.switch_to(f);
                    match &els.kind {
                        StmtKind::If(c2, a2, b2)
                            if self.if_select(c2, a2, b2.as_deref()).is_none() =>
                        {
                            self.loc = els.loc;
                            (c, a, b) = (c2, a2, b2);
                            t = self.new_block();
                        }
                        _ => {
                            self.stmt(els);
                            self.jump_to(end);
                            break;
                        }
                    }
                }
                self.switch_to(end);
            }
            StmtKind::While(c, body) => self.loop_stmt(None, Some(c), None, body, false),
            StmtKind::DoWhile(body, c) => self.loop_stmt(None, Some(c), None, body, true),
            StmtKind::For(init, c, step, body) => {
                // The declarations of the first clause are in scope for the
                // whole loop: their cleanups run after it.
                let mark = self.cleanups.len();
                match init.as_deref() {
                    Some(Stmt {
                        kind: StmtKind::Block(items),
                        ..
                    }) => items.iter().for_each(|i| self.stmt(i)),
                    Some(i) => self.stmt(i),
                    None => {}
                }
                self.loop_stmt(None, c.as_ref(), step.as_ref(), body, false);
                self.end_scope(mark);
            }
            StmtKind::Switch {
                cond,
                body,
                cases,
                default,
            } => self.switch(cond, body, cases, *default),
            StmtKind::Labeled(ls, s) => {
                for l in ls {
                    let b = self.label_block(*l);
                    self.goto_and_switch(b);
                }
                self.stmt(s);
            }
            StmtKind::Break => {
                if let Some(&(b, mark)) = self.breaks.last() {
                    self.run_cleanups(mark);
                    self.jump(b);
                }
            }
            StmtKind::Continue => {
                if let Some(&(b, mark)) = self.continues.last() {
                    self.run_cleanups(mark);
                    self.jump(b);
                }
            }
            StmtKind::Return(e) => self.ret(e.as_ref()),
            StmtKind::Goto(l) => {
                if !self.cleanups.is_empty() {
                    self.goto_cleanups(*l);
                }
                let b = self.label_block(*l);
                self.jump(b);
            }
            StmtKind::GotoPtr(e, trap) => {
                // A jump table over the function's address-taken labels; any
                // other value traps.
                let v = self.rvalue(e);
                self.goto_ptr_entries = self
                    .goto_ptr_entries
                    .saturating_add(self.def.label_addrs.len());
                if self.goto_ptr_entries > super::MAX_GOTO_PTR_ENTRIES {
                    // One shared dispatch (whose trap names the first
                    // `goto *` that uses it).
                    let (pv, shared, new) = match self.shared_goto_ptr {
                        Some((pv, b)) => (pv, b, false),
                        None => (self.f.vreg(), self.new_block(), true),
                    };
                    self.shared_goto_ptr = Some((pv, shared));
                    self.copy(pv, v);
                    self.jump(shared);
                    if !new {
                        return;
                    }
                    self.switch_to(shared);
                    return self.goto_ptr_dispatch(pv, trap);
                }
                self.goto_ptr_dispatch(v, trap);
            }
        }
    }

    /// The jump table of a `goto *v`: each address-taken label's value
    /// goes to its block, any other runs `trap`.
    fn goto_ptr_dispatch(&mut self, v: VReg, trap: &Expr) {
        let bad = self.new_block();
        let mut cases: Vec<(u64, u64, BlockId)> = self
            .def
            .label_addrs
            .iter()
            .map(|&l| {
                let a = label_addr_value(l);
                (a, a, self.label_block(l))
            })
            .collect();
        cases.sort_by_key(|c| c.0);
        self.dispatch(v, Class::U64, &cases, bad, false);
        self.switch_to(bad);
        self.effect(trap);
        self.jump(bad);
    }

    /// A loop, rotated: the condition is tested once before the first
    /// iteration and then at the bottom, so an iteration ends with a single
    /// compare-and-branch back to the top.
    fn loop_stmt(
        &mut self,
        _init: Option<&Stmt>,
        c: Option<&Expr>,
        step: Option<&Expr>,
        body: &Stmt,
        do_while: bool,
    ) {
        let (top, cont, end) = (self.new_block(), self.new_block(), self.new_block());
        if !do_while {
            match c {
                Some(c) => self.cond(c, top, end),
                None => self.jump_to(top),
            }
        } else {
            self.jump_to(top);
        }
        self.loop_depth += 1;
        self.f.blocks[top.0 as usize].loop_depth = self.loop_depth;
        self.f.blocks[cont.0 as usize].loop_depth = self.loop_depth;
        self.switch_to(top);
        self.breaks.push((end, self.cleanups.len()));
        self.continues.push((cont, self.cleanups.len()));
        self.stmt(body);
        self.breaks.pop();
        self.continues.pop();
        self.goto_and_switch(cont);
        if let Some(s) = step {
            self.effect(s);
        }
        match c {
            Some(c) => self.cond(c, top, end),
            None => self.jump_to(top),
        }
        self.loop_depth -= 1;
        self.switch_to(end);
    }

    fn ret(&mut self, e: Option<&Expr>) {
        // The value is computed before the cleanups run, as in gcc.
        match e {
            Some(e) if self.types.is_record(self.ret_ty) => {
                let v = self.rvalue(e);
                let n = self.types.size(self.ret_ty);
                if let Some(r) = self.ret_ptr {
                    self.copy_bytes(r, v, n);
                    self.run_cleanups(0);
                    self.terminate(Term::Ret(Some(r)));
                }
            }
            Some(e) if !self.types.is_void(e.ty) && !self.types.is_void(self.ret_ty) => {
                let v = self.rvalue(e);
                self.run_cleanups(0);
                self.terminate(Term::Ret(Some(v)));
            }
            Some(e) => {
                self.effect(e);
                self.ret(None);
            }
            None if self.types.is_void(self.ret_ty) => {
                self.run_cleanups(0);
                self.terminate(Term::Ret(None))
            }
            None => {
                // `return;` in a non-void function (a warning): 0.
                self.run_cleanups(0);
                let z = self.const_int(0);
                self.terminate(Term::Ret(Some(z)));
            }
        }
    }

    // ---- cleanups ----

    /// The end of a block reached by falling through: runs the cleanups it
    /// declared (after `mark`), last declared first, and forgets them.
    pub(crate) fn end_scope(&mut self, mark: usize) {
        if self.cleanups.len() > mark {
            self.run_cleanups(mark);
            self.cleanups.truncate(mark);
        }
    }

    /// Calls the active cleanups after `mark`, innermost first (a jump out
    /// of their blocks).
    /// The function is refused: its exits and labels would make more than
    /// [`super::MAX_CLEANUP_CALLS`] cleanup calls or records.
    fn too_many_cleanups(&mut self) {
        if self.f.error.is_none() {
            self.f.error = Some((
                self.loc,
                format!(
                    "function too large: its exits and labels need more than {} `cleanup` calls (the compiler's limit)",
                    super::MAX_CLEANUP_CALLS
                ),
            ));
        }
    }

    fn run_cleanups(&mut self, mark: usize) {
        let n = self.cleanups.len().saturating_sub(mark);
        self.cleanup_calls += n;
        if self.cleanup_calls > super::MAX_CLEANUP_CALLS {
            self.too_many_cleanups();
            return;
        }
        let calls: Vec<Expr> = self.cleanups[mark.min(self.cleanups.len())..]
            .iter()
            .rev()
            .map(|c| c.1.clone())
            .collect();
        for c in &calls {
            self.effect(c);
        }
    }

    /// Before `goto l`: the cleanups active here but not at `l` run.
    fn goto_cleanups(&mut self, l: LabelId) {
        if self.label_cleanups.is_none() {
            let mut map = HashMap::new();
            if !label_scopes(&self.def.body, &mut Vec::new(), &mut map) {
                self.too_many_cleanups();
            }
            self.label_cleanups = Some(map);
        }
        let there = self
            .label_cleanups
            .as_ref()
            .and_then(|m| m.get(&l))
            .map_or(&[][..], |v| v.as_slice());
        let common = self
            .cleanups
            .iter()
            .zip(there)
            .take_while(|(a, b)| a.0 == **b)
            .count();
        self.run_cleanups(common);
    }

    // ---- switch ----

    fn switch(
        &mut self,
        cond: &Expr,
        body: &Stmt,
        cases: &[(u64, u64, LabelId)],
        default: Option<LabelId>,
    ) {
        let v = self.rvalue(cond);
        let c = self.cls(cond.ty);
        let end = self.new_block();
        let dflt = match default {
            Some(l) => self.label_block(l),
            None => end,
        };
        let signed = c.is_signed();
        let mut sorted: Vec<(u64, u64, BlockId)> = cases
            .iter()
            .map(|&(lo, hi, l)| (lo, hi, self.label_block(l)))
            .collect();
        let key = |x: u64| if signed { x as i64 as i128 } else { x as i128 };
        sorted.sort_by_key(|c| key(c.0));
        self.dispatch(v, c, &sorted, dflt, signed);
        let body_start = self.new_block();
        self.switch_to(body_start);
        self.breaks.push((end, self.cleanups.len()));
        self.stmt(body);
        self.breaks.pop();
        self.goto_and_switch(end);
    }

    /// Branches to the case of `v` among `cases` (sorted), else to `dflt`:
    /// a jump table when the values are dense, else a binary search that
    /// ends in short compare chains.
    fn dispatch(
        &mut self,
        v: VReg,
        c: Class,
        cases: &[(u64, u64, BlockId)],
        dflt: BlockId,
        signed: bool,
    ) {
        if cases.is_empty() {
            self.jump_to(dflt);
            return;
        }
        let key = |x: u64| if signed { x as i64 as i128 } else { x as i128 };
        let (lo, hi) = (key(cases[0].0), key(cases[cases.len() - 1].1));
        let span = hi - lo + 1;
        let count: i128 = cases.iter().map(|c| key(c.1) - key(c.0) + 1).sum();
        if cases.len() > 8 && span <= 4 * count && span <= 1 << 16 {
            self.jump_table(v, c, cases, dflt, lo as u64, span as usize, signed);
            return;
        }
        if cases.len() <= LINEAR_CASES {
            for &(a, b, target) in cases {
                let next = self.new_block();
                if a == b {
                    self.branch_imm("beqi", c, v, a, target, next);
                } else {
                    // a <= v <= b  as  (v - a) <= (b - a) unsigned.
                    let d = self.f.vreg();
                    let cu = if matches!(c, Class::I32 | Class::U32) {
                        Class::U32
                    } else {
                        Class::U64
                    };
                    self.op(
                        isa().op("subi", cu.suffix()),
                        &[Opnd::Def(d), Opnd::Use(v), Opnd::Imm(imm(cu, a))],
                    );
                    self.branch_imm("blei", cu, d, b.wrapping_sub(a), target, next);
                }
                self.switch_to(next);
            }
            self.jump_to(dflt);
            return;
        }
        let mid = cases.len() / 2;
        let (left, right) = (self.new_block(), self.new_block());
        self.branch_imm("blti", c, v, cases[mid].0, left, right);
        self.switch_to(left);
        self.dispatch(v, c, &cases[..mid], dflt, signed);
        self.switch_to(right);
        self.dispatch(v, c, &cases[mid..], dflt, signed);
    }

    #[allow(clippy::too_many_arguments)]
    fn jump_table(
        &mut self,
        v: VReg,
        c: Class,
        cases: &[(u64, u64, BlockId)],
        dflt: BlockId,
        lo: u64,
        span: usize,
        _signed: bool,
    ) {
        let cu = if matches!(c, Class::I32 | Class::U32) {
            Class::U32
        } else {
            Class::U64
        };
        let idx = self.f.vreg();
        if lo != 0 {
            self.op(
                isa().op("subi", cu.suffix()),
                &[Opnd::Def(idx), Opnd::Use(v), Opnd::Imm(imm(cu, lo))],
            );
        } else {
            self.copy(idx, v);
        }
        let table = self.new_block();
        // Out of range (as unsigned) goes to the default.
        self.branch_imm("bgti", cu, idx, span as u64 - 1, dflt, table);
        self.switch_to(table);
        let mut targets = vec![dflt; span];
        for &(a, b, t) in cases {
            let (a, b) = (a.wrapping_sub(lo) as usize, b.wrapping_sub(lo) as usize);
            for slot in targets.iter_mut().take(b + 1).skip(a) {
                *slot = t;
            }
        }
        self.terminate(Term::Table {
            index: idx,
            targets,
        });
    }

    fn branch_imm(&mut self, fam: &str, c: Class, v: VReg, k: u64, target: BlockId, fall: BlockId) {
        let br = Inst::op(
            isa().op(fam, c.suffix()),
            &[Opnd::Use(v), Opnd::Imm(imm(c, k)), Opnd::Block(target)],
        );
        self.terminate_br(br, fall);
    }

    // ---- initializers ----

    /// Initializes local `l` of type `t` (also compound literals).
    pub(crate) fn init_local(&mut self, l: LocalId, t: TypeId, init: Option<&Init>) {
        let Some(init) = init else { return };
        match self.storage[l.0 as usize] {
            Storage::Reg(r) => {
                // A scalar: the last item at offset 0 wins.
                if let Some(item) = init.items.iter().rev().find(|i| i.offset == 0) {
                    if let InitValue::Expr(e) = &item.value {
                        self.rvalue_into(e, Some(r));
                    }
                } else {
                    self.const_into(r, 0, 0);
                }
            }
            st => {
                let (base, off) = match st {
                    Storage::Frame(o) => {
                        self.uses_fp = true;
                        (self.fp, o)
                    }
                    Storage::Indirect(r) => (r, 0),
                    Storage::Reg(_) => unreachable!("handled above"),
                };
                let size = self.types.size(t);
                let covers_all = self.types.is_scalar(t)
                    && init.items.iter().any(|i| i.offset == 0 && i.bits.is_none());
                if !covers_all {
                    self.zero_bytes(base, off, size);
                }
                for item in &init.items {
                    self.init_item(base, off, item, !covers_all);
                }
            }
        }
    }

    fn init_item(&mut self, base: VReg, off: i64, item: &InitItem, zeroed: bool) {
        let at = off + item.offset as i64;
        match &item.value {
            InitValue::Bytes(b) => {
                for (i, chunk) in b.chunks(8).enumerate() {
                    if zeroed && chunk.iter().all(|&x| x == 0) {
                        continue;
                    }
                    let mut w = [0u8; 8];
                    w[..chunk.len()].copy_from_slice(chunk);
                    let (v, t) = match chunk.len() {
                        8 => (u64::from_le_bytes(w), ty::ULONG),
                        _ => {
                            // Store the tail byte by byte.
                            for (j, &byte) in chunk.iter().enumerate() {
                                let r = self.const_int(u64::from(byte));
                                self.store_mem(base, at + (i * 8 + j) as i64, ty::UCHAR, r);
                            }
                            continue;
                        }
                    };
                    let r = self.const_int(v);
                    self.store_mem(base, at + (i * 8) as i64, t, r);
                }
            }
            InitValue::Expr(e) => {
                if self.types.is_record(e.ty) {
                    let v = self.rvalue(e);
                    let d = self.place_addr(Place::Mem(base, at));
                    let n = self.types.size(e.ty);
                    self.copy_bytes(d, v, n);
                    return;
                }
                // The object was zeroed first.
                if zeroed && matches!(e.kind, ExprKind::Int(0)) && item.bits.is_none() {
                    return;
                }
                let v = self.rvalue(e);
                let p = match item.bits {
                    Some((bit, width)) => Place::Bits(
                        base,
                        0,
                        u64::from(bit).wrapping_add((at as u64).wrapping_mul(8)),
                        width,
                        None,
                    ),
                    None => Place::Mem(base, at),
                };
                self.store(p, e.ty, v);
            }
        }
    }
}

fn imm(c: Class, v: u64) -> OperandValue {
    match c {
        Class::I32 => OperandValue::I32(v as i32),
        Class::U32 => OperandValue::U32(v as u32),
        Class::I64 => OperandValue::I64(v as i64),
        _ => OperandValue::U64(v),
    }
}

/// The expression of a statement that is one expression statement, maybe
/// in braces.
fn only_expr(s: &Stmt) -> Option<&Expr> {
    match &s.kind {
        StmtKind::Expr(e) => Some(e),
        StmtKind::Block(items) => match items.as_slice() {
            [one] => only_expr(one),
            _ => None,
        },
        _ => None,
    }
}
