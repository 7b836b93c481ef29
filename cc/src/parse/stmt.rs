//! Statements.

use super::{Binding, ConvFor, Parser, SwitchCtx};
use crate::ast::*;
use crate::source::Loc;
use crate::token::{kw, Punct, TokKind};
use crate::types::ty;

impl Parser<'_> {
    /// A statement.
    pub(crate) fn stmt(&mut self) -> Stmt {
        if !self.enter() {
            self.skip_to_semi();
            return Stmt {
                kind: StmtKind::Empty,
                loc: self.loc(),
            };
        }
        let s = self.stmt_inner();
        self.leave();
        s
    }

    fn stmt_inner(&mut self) -> Stmt {
        let t = self.peek();
        let loc = t.loc;
        let kind = match t.kind {
            TokKind::Punct(Punct::LBrace) => return self.compound_stmt(),
            TokKind::Punct(Punct::Semi) => {
                self.next();
                StmtKind::Empty
            }
            TokKind::Ident if self.peek_at(1).is(Punct::Colon) && !self.is_keyword(t.sym) => {
                return self.labeled_stmt()
            }
            TokKind::Ident => match t.sym {
                // A selection or iteration statement is a block, and so is
                // each of its substatements (C99 6.8.4p3, 6.8.5p5): a tag
                // declared in `if (sizeof(enum { A }))` ends with it.
                kw::IF | kw::WHILE | kw::DO | kw::SWITCH => {
                    self.open_scope();
                    let vlas = self.vla_allocs();
                    let s = match t.sym {
                        kw::IF => self.if_stmt(),
                        kw::WHILE => self.while_stmt(),
                        kw::DO => self.do_stmt(),
                        _ => self.switch_stmt(),
                    };
                    self.close_scope();
                    if self.vla_allocs() > vlas && matches!(t.sym, kw::WHILE | kw::DO) {
                        return self.vla_loop(s);
                    }
                    return s;
                }
                kw::FOR => return self.for_stmt(),
                kw::CASE | kw::DEFAULT => return self.labeled_stmt(),
                kw::BREAK => {
                    self.next();
                    if self.func.as_ref().is_some_and(|f| f.breakable == 0) {
                        self.error_at(loc, "`break` statement not in a loop or switch");
                    }
                    self.expect(Punct::Semi, "after `break`");
                    StmtKind::Break
                }
                kw::CONTINUE => {
                    self.next();
                    if self.func.as_ref().is_some_and(|f| f.continuable == 0) {
                        self.error_at(loc, "`continue` statement not in a loop");
                    }
                    self.expect(Punct::Semi, "after `continue`");
                    StmtKind::Continue
                }
                kw::RETURN => return self.return_stmt(),
                kw::GOTO => {
                    self.next();
                    if self.eat(Punct::Star) {
                        let e = self.expr();
                        let e = self.rval(e);
                        if !self.types.is_ptr(e.ty) && !self.types.is_integer(e.ty) {
                            self.error_at(e.loc, "`goto *` needs a pointer (a label's address)");
                        }
                        let e = self.conv(e, ty::ULONG);
                        self.expect(Punct::Semi, "after `goto *expr`");
                        let trap = self.trap_expr(
                            "computed goto to an address that is no label of this function",
                            loc,
                        );
                        StmtKind::GotoPtr(e, trap)
                    } else {
                        let l = self.next();
                        if l.kind != TokKind::Ident {
                            self.error(
                                l.loc,
                                self.spelling_len(&l),
                                "expected a label name after `goto`",
                            );
                            self.skip_to_semi();
                            return Stmt {
                                kind: StmtKind::Empty,
                                loc,
                            };
                        }
                        let id = self.use_label(l.sym, l.loc);
                        self.expect(Punct::Semi, "after the label");
                        self.goto_stmt(id, loc)
                    }
                }
                kw::ASM | kw::ASM2 | kw::ASM3 => return self.asm_stmt(),
                kw::ELSE => {
                    self.next();
                    self.error_at(loc, "`else` without a previous `if`");
                    return self.stmt();
                }
                _ => return self.expr_stmt(),
            },
            _ => return self.expr_stmt(),
        };
        Stmt { kind, loc }
    }

    fn is_keyword(&self, s: crate::token::Sym) -> bool {
        (s.0 as usize) < crate::token::KEYWORDS.len() && s.0 <= kw::THREAD_LOCAL.0
    }

    fn expr_stmt(&mut self) -> Stmt {
        let loc = self.loc();
        let e = self.expr();
        let e = self.discarded(e);
        if !self.expect(Punct::Semi, "after the expression") {
            self.skip_to_semi();
        }
        Stmt {
            kind: StmtKind::Expr(e),
            loc,
        }
    }

    /// An expression evaluated for its side effects only. An object of a
    /// struct type never completed has no value even to discard (`*p;`
    /// with `struct s *p`): gcc refuses it, and so does voxcc.
    fn discarded(&mut self, e: Expr) -> Expr {
        if self.types.is_record(e.ty) && !self.types.is_complete(e.ty) && e.is_lvalue() {
            let n = self.ty_name(e.ty);
            self.error_at(e.loc, format!("invalid use of incomplete type `{n}`"));
            return Expr::new(ExprKind::Error, crate::types::ty::INT, e.loc);
        }
        e
    }

    /// `{ ... }` with its own scope.
    pub(crate) fn compound_stmt(&mut self) -> Stmt {
        self.open_scope();
        let mut s = self.compound_stmt_after_scope();
        // Variable-length arrays declared in the block are released where it
        // ends (C99 6.2.4p6), so a `goto` back above the block does not pile
        // them up (gcc's pr43220).
        let depth = self.scope_depth();
        let first = self.func.as_ref().and_then(|f| {
            f.live_vlas
                .iter()
                .find(|&&(_, d)| d >= depth)
                .map(|&(saved, _)| saved)
        });
        if let (Some(saved), StmtKind::Block(items)) = (first, &mut s.kind) {
            if let Some(r) = self.sp_restore(saved, s.loc) {
                items.push(r);
            }
        }
        self.close_scope();
        s
    }

    /// `{ ... }` in the current scope (a function body shares its
    /// parameters' scope).
    pub(crate) fn compound_stmt_after_scope(&mut self) -> Stmt {
        let (s, _) = self.block_items(false);
        s
    }

    /// `{ ... }` of a statement expression: its own scope, and the value of
    /// its last expression statement.
    pub(crate) fn compound_stmt_value(&mut self) -> (Stmt, Option<Expr>) {
        self.open_scope();
        let r = self.block_items(true);
        self.close_scope();
        r
    }

    fn block_items(&mut self, want_value: bool) -> (Stmt, Option<Expr>) {
        let lb = self.peek();
        let loc = lb.loc;
        if !self.expect(Punct::LBrace, "to open a block") {
            return (
                Stmt {
                    kind: StmtKind::Empty,
                    loc,
                },
                None,
            );
        }
        let mut items = Vec::new();
        let local_labels = self.local_label_decls();
        while !self.at(Punct::RBrace) && !self.at_eof() && !self.stop {
            let before = self.pos;
            if self.at_kw(kw::STATIC_ASSERT) {
                self.static_assert();
            } else if self.at_type_start() && !self.peek_at(1).is(Punct::Colon) {
                self.local_declaration(&mut items);
            } else {
                items.push(self.stmt());
            }
            if self.pos == before {
                self.next();
            }
        }
        if self.at_eof() {
            self.error_related(
                self.loc(),
                "expected `}` at end of input",
                loc,
                "to match this `{`",
            );
        } else {
            self.next();
        }
        self.end_local_labels(local_labels);
        let mut value = None;
        if want_value {
            if let Some(last) = items.last_mut() {
                value = take_value(last);
            }
            if matches!(
                items.last(),
                Some(Stmt {
                    kind: StmtKind::Empty,
                    ..
                })
            ) && value.is_some()
            {
                items.pop();
            }
        }
        (
            Stmt {
                kind: StmtKind::Block(items),
                loc,
            },
            value,
        )
    }

    /// GNU `__label__ a, b;` declarations at the start of a block: labels
    /// local to it (a macro's statement expression can then use the same
    /// label names every time it is expanded). Returns the names with the
    /// function-wide labels they hide.
    fn local_label_decls(&mut self) -> Vec<HiddenLabel> {
        let mut out = Vec::new();
        if self.func.is_none() {
            return out;
        }
        while self.at_kw(kw::LABEL) {
            self.next();
            loop {
                let t = self.peek();
                if t.kind != TokKind::Ident || self.is_keyword(t.sym) {
                    self.error(
                        t.loc,
                        self.spelling_len(&t),
                        format!("expected a label name, found {}", self.describe(&t)),
                    );
                    self.skip_to_semi();
                    return out;
                }
                self.next();
                let f = self.func.as_mut().expect("inside a function");
                f.labels += 1;
                let id = LabelId(f.labels - 1);
                let prev = f.named_labels.insert(t.sym, (id, None, Loc::default()));
                out.push((t.sym, prev));
                if !self.eat(Punct::Comma) {
                    break;
                }
            }
            self.expect(Punct::Semi, "after the `__label__` declaration");
        }
        out
    }

    /// The end of a block with local labels: a used one must be defined in
    /// it, and the labels they hid are visible again.
    fn end_local_labels(&mut self, labels: Vec<HiddenLabel>) {
        for (name, prev) in labels.into_iter().rev() {
            let f = self.func.as_mut().expect("inside a function");
            let cur = match prev {
                Some(p) => f.named_labels.insert(name, p),
                None => f.named_labels.remove(&name),
            };
            if let Some((_, None, used)) = cur {
                if used != Loc::default() {
                    let s = self.str(name).to_string();
                    self.error_at(
                        used,
                        format!("local label `{s}` used but not defined in its block"),
                    );
                }
            }
        }
    }

    fn paren_cond(&mut self, what: &str) -> Expr {
        self.expect_with(Punct::LParen, || format!("after `{what}`"));
        let e = self.expr();
        self.expect_with(Punct::RParen, || format!("after the `{what}` condition"));
        self.scalar_cond(e)
    }

    /// `if (c) a else if (d) b ... else z`. An `else if` chain is flat in
    /// the source but nests in the grammar: its `if`s are read in a loop,
    /// with the two scopes each opens (the `else` branch's block and the
    /// `if`'s own), so a chain of any length costs no nesting depth (gcc
    /// takes thousands of `else if`s; generated dispatchers write them).
    fn if_stmt(&mut self) -> Stmt {
        let mut chain = Vec::new();
        let mut scopes = 0;
        let last = loop {
            let loc = self.next().loc;
            let c = self.paren_cond("if");
            let then = self.sub_stmt();
            chain.push((c, then, loc));
            if !self.eat_kw(kw::ELSE) {
                break None;
            }
            if !self.at_kw(kw::IF) {
                break Some(self.sub_stmt());
            }
            self.open_scope();
            self.open_scope();
            scopes += 2;
        };
        for _ in 0..scopes {
            self.close_scope();
        }
        let mut s = last;
        while let Some((c, then, loc)) = chain.pop() {
            s = Some(Stmt {
                kind: StmtKind::If(c, Box::new(then), s.map(Box::new)),
                loc,
            });
        }
        s.expect("an if statement")
    }

    /// A substatement of a selection or iteration statement: a block.
    fn sub_stmt(&mut self) -> Stmt {
        self.open_scope();
        let s = self.stmt();
        self.close_scope();
        s
    }

    fn loop_body(&mut self) -> Stmt {
        if let Some(f) = self.func.as_mut() {
            f.breakable += 1;
            f.continuable += 1;
        }
        let s = self.sub_stmt();
        if let Some(f) = self.func.as_mut() {
            f.breakable -= 1;
            f.continuable -= 1;
        }
        s
    }

    fn while_stmt(&mut self) -> Stmt {
        let loc = self.next().loc;
        let c = self.paren_cond("while");
        let body = self.loop_body();
        Stmt {
            kind: StmtKind::While(c, Box::new(body)),
            loc,
        }
    }

    fn do_stmt(&mut self) -> Stmt {
        let loc = self.next().loc;
        let body = self.loop_body();
        if !self.eat_kw(kw::WHILE) {
            let t = self.peek();
            self.error(
                t.loc,
                self.spelling_len(&t),
                format!(
                    "expected `while` after the `do` body, found {}",
                    self.describe(&t)
                ),
            );
        }
        let c = self.paren_cond("while");
        self.expect(Punct::Semi, "after `do ... while (...)`");
        Stmt {
            kind: StmtKind::DoWhile(Box::new(body), c),
            loc,
        }
    }

    fn for_stmt(&mut self) -> Stmt {
        let loc = self.next().loc;
        self.expect(Punct::LParen, "after `for`");
        self.open_scope();
        let vlas_before = self.vla_allocs();
        let init = if self.eat(Punct::Semi) {
            None
        } else if self.at_type_start() {
            let mut items = Vec::new();
            self.in_for_init = true;
            self.local_declaration(&mut items);
            self.in_for_init = false;
            Some(Box::new(Stmt {
                kind: StmtKind::Block(items),
                loc,
            }))
        } else {
            let e = self.expr();
            let e = self.discarded(e);
            let l = e.loc;
            self.expect(Punct::Semi, "after the `for` initializer");
            Some(Box::new(Stmt {
                kind: StmtKind::Expr(e),
                loc: l,
            }))
        };
        let cond = if self.at(Punct::Semi) {
            None
        } else {
            let e = self.expr();
            Some(self.scalar_cond(e))
        };
        self.expect(Punct::Semi, "after the `for` condition");
        let step = if self.at(Punct::RParen) {
            None
        } else {
            let e = self.expr();
            Some(self.discarded(e))
        };
        self.expect(Punct::RParen, "to close the `for` header");
        let vlas = self.vla_allocs();
        let body = self.loop_body();
        self.close_scope();
        let s = Stmt {
            kind: StmtKind::For(init, cond, step, Box::new(body)),
            loc,
        };
        // (Not when the header itself declared one: it lives on.)
        if self.vla_allocs() > vlas && vlas == vlas_before {
            return self.vla_loop(s);
        }
        s
    }

    fn switch_stmt(&mut self) -> Stmt {
        let loc = self.next().loc;
        self.expect(Punct::LParen, "after `switch`");
        let c = self.expr();
        self.expect(Punct::RParen, "after the `switch` expression");
        let c = self.rval(c);
        let c = if self.types.is_integer(c.ty) {
            self.promote(c)
        } else {
            if !matches!(c.kind, ExprKind::Error) {
                let n = self.ty_name(c.ty);
                self.error_at(c.loc, format!("switch quantity is not an integer (`{n}`)"));
            }
            Expr::int(0, ty::INT, c.loc)
        };
        let f = self.func.as_mut().expect("inside a function");
        f.switches.push(SwitchCtx {
            ty: c.ty,
            cases: Vec::new(),
            ranges: Default::default(),
            default: None,
        });
        f.breakable += 1;
        let body = self.sub_stmt();
        let f = self.func.as_mut().expect("inside a function");
        f.breakable -= 1;
        let sw = f.switches.pop().expect("switch context");
        Stmt {
            kind: StmtKind::Switch {
                cond: c,
                body: Box::new(body),
                cases: sw.cases.iter().map(|c| (c.0, c.1, c.2)).collect(),
                default: sw.default.map(|d| d.0),
            },
            loc,
        }
    }

    fn case_value(&mut self, sty: crate::types::TypeId) -> Option<u64> {
        let e = self.cond_expr();
        let e = self.rval(e);
        match e.kind {
            ExprKind::Int(_) if self.types.is_integer(e.ty) => {
                let c = self.conv(e, sty);
                match c.kind {
                    ExprKind::Int(v) => Some(v),
                    _ => None,
                }
            }
            _ => {
                self.error_at(e.loc, "case label does not reduce to an integer constant");
                None
            }
        }
    }

    /// A statement with labels in front: `a: case 1: default: s`. The
    /// labels are read in a loop, not by recursion, so any number of them
    /// may stack up on one statement (a generated lexer's `case`s) without
    /// counting against the nesting limit.
    fn labeled_stmt(&mut self) -> Stmt {
        let loc = self.loc();
        let mut labels = Vec::new();
        loop {
            let t = self.peek();
            if t.kind != TokKind::Ident {
                break;
            }
            if self.peek_at(1).is(Punct::Colon) && !self.is_keyword(t.sym) {
                self.next();
                self.next();
                self.attributes();
                labels.push(self.define_label(t.sym, t.loc));
            } else if t.sym == kw::CASE {
                labels.extend(self.case_label());
            } else if t.sym == kw::DEFAULT {
                labels.push(self.default_label());
            } else {
                break;
            }
        }
        // C99 requires a statement after a label; accept `}` (C2x).
        let s = if self.at(Punct::RBrace) {
            Stmt {
                kind: StmtKind::Empty,
                loc: self.loc(),
            }
        } else {
            self.stmt()
        };
        Stmt {
            kind: StmtKind::Labeled(labels, Box::new(s)),
            loc,
        }
    }

    /// `case v:` or `case lo ... hi:` (GNU): its label, registered with the
    /// enclosing switch; `None` outside a switch (an error).
    fn case_label(&mut self) -> Option<LabelId> {
        let loc = self.next().loc;
        let Some(sty) = self
            .func
            .as_ref()
            .and_then(|f| f.switches.last())
            .map(|s| s.ty)
        else {
            self.error_at(loc, "`case` label not within a switch statement");
            self.cond_expr();
            self.expect(Punct::Colon, "after the case value");
            return None;
        };
        let lo = self.case_value(sty);
        let hi = if self.eat(Punct::Ellipsis) {
            self.case_value(sty)
        } else {
            lo
        };
        self.expect(Punct::Colon, "after the case value");
        let label = self.new_label();
        if let (Some(lo), Some(hi)) = (lo, hi) {
            let signed = !self.types.is_unsigned(sty);
            let le = |a: u64, b: u64| {
                if signed {
                    (a as i64) <= (b as i64)
                } else {
                    a <= b
                }
            };
            if !le(lo, hi) {
                self.warn(loc, "empty range specified");
            } else {
                let sw = self
                    .func
                    .as_mut()
                    .and_then(|f| f.switches.last_mut())
                    .expect("switch context");
                // Keys in the type's order: flipping the sign bit orders
                // signed values as unsigned ones.
                let key = |v: u64| if signed { v ^ (1 << 63) } else { v };
                // The stored ranges are disjoint: the new one overlaps one
                // of them iff it overlaps the last that starts at or below
                // its high end.
                let overlaps = sw
                    .ranges
                    .range(..=key(hi))
                    .next_back()
                    .is_some_and(|(_, &end)| end >= key(lo));
                // The first case it overlaps, as before (only on the error path).
                let dup = overlaps
                    .then(|| {
                        sw.cases
                            .iter()
                            .find(|c| le(c.0, hi) && le(lo, c.1))
                            .map(|c| c.3)
                    })
                    .flatten();
                if dup.is_none() {
                    sw.cases.push((lo, hi, label, loc));
                    sw.ranges.insert(key(lo), key(hi));
                }
                if let Some(prev) = dup {
                    self.error_related(loc, "duplicate case value", prev, "previously used here");
                }
            }
        }
        Some(label)
    }

    /// `default:`: its label, registered with the enclosing switch.
    fn default_label(&mut self) -> LabelId {
        let loc = self.next().loc;
        self.expect(Punct::Colon, "after `default`");
        let label = self.new_label();
        match self.func.as_mut().and_then(|f| f.switches.last_mut()) {
            None => self.error_at(loc, "`default` label not within a switch statement"),
            Some(sw) => {
                if let Some((_, prev)) = sw.default {
                    self.error_related(
                        loc,
                        "multiple default labels in one switch",
                        prev,
                        "previous default is here",
                    );
                } else {
                    sw.default = Some((label, loc));
                }
            }
        }
        label
    }

    fn return_stmt(&mut self) -> Stmt {
        let loc = self.next().loc;
        let ret = self.func.as_ref().map_or(ty::INT, |f| f.ret);
        if self.eat(Punct::Semi) {
            if !self.types.is_void(ret) {
                self.warn(
                    loc,
                    "`return` with no value in a function returning non-void",
                );
            }
            return Stmt {
                kind: StmtKind::Return(None),
                loc,
            };
        }
        let e = self.expr();
        self.expect(Punct::Semi, "after the return value");
        let e = if self.types.is_void(ret) {
            let e = self.rval(e);
            if !self.types.is_void(e.ty) {
                self.error_at(e.loc, "`return` with a value in a function returning void");
            }
            e
        } else {
            self.assign_conv(ret, e, ConvFor::Op("return"))
        };
        Stmt {
            kind: StmtKind::Return(Some(e)),
            loc,
        }
    }

    fn define_label(&mut self, name: crate::token::Sym, loc: Loc) -> LabelId {
        let id = self.define_label_inner(name, loc);
        let f = self.func.as_mut().expect("inside a function");
        let live = f.live_vlas.len();
        f.label_vlas.insert(id, live);
        id
    }

    fn define_label_inner(&mut self, name: crate::token::Sym, loc: Loc) -> LabelId {
        let f = self.func.as_mut().expect("inside a function");
        match f.named_labels.get_mut(&name) {
            Some((id, def, _)) => {
                let id = *id;
                if let Some(prev) = *def {
                    let s = self.str(name).to_string();
                    self.error_related(
                        loc,
                        format!("redefinition of label `{s}`"),
                        prev,
                        "previous definition is here",
                    );
                } else {
                    *def = Some(loc);
                }
                id
            }
            None => {
                f.labels += 1;
                let id = LabelId(f.labels - 1);
                f.named_labels.insert(name, (id, Some(loc), loc));
                id
            }
        }
    }

    fn use_label(&mut self, name: crate::token::Sym, loc: Loc) -> LabelId {
        let f = self.func.as_mut().expect("inside a function");
        match f.named_labels.get_mut(&name) {
            Some((id, _, first_use)) => {
                // A `__label__` declaration leaves the first use unset.
                if *first_use == Loc::default() {
                    *first_use = loc;
                }
                *id
            }
            None => {
                f.labels += 1;
                let id = LabelId(f.labels - 1);
                f.named_labels.insert(name, (id, None, loc));
                id
            }
        }
    }

    /// GNU `&&label`: the label's address, a `void *` constant (see
    /// [`label_addr_value`]) that `goto *` jumps to.
    pub(crate) fn label_address(&mut self, l: crate::token::Token, loc: Loc) -> Expr {
        if l.kind != TokKind::Ident || self.is_keyword(l.sym) {
            let t = l;
            self.error(
                t.loc,
                self.spelling_len(&t),
                format!(
                    "expected a label name after `&&`, found {}",
                    self.describe(&t)
                ),
            );
            return Expr::new(ExprKind::Error, ty::ULONG, loc);
        }
        if self.func.is_none() {
            self.error_at(loc, "a label's address (`&&label`) outside a function");
            return Expr::new(ExprKind::Error, ty::ULONG, loc);
        }
        let id = self.use_label(l.sym, l.loc);
        let f = self.func.as_mut().expect("inside a function");
        if f.label_addr_set.insert(id) {
            f.label_addrs.push(id);
        }
        let vp = self.types.ptr(ty::VOID);
        Expr::int(label_addr_value(id), vp, loc)
    }

    /// Whether `s` names a variable visible here (used by callers that need
    /// to tell a typedef from a shadowing variable).
    #[allow(dead_code)]
    pub(crate) fn names_variable(&self, s: crate::token::Sym) -> bool {
        matches!(self.lookup(s), Some(Binding::Local(_) | Binding::Global(_)))
    }

    /// `asm [volatile] ("" : outputs : inputs : clobbers);` inside a function.
    /// Only an empty template, the optimisation barrier gcc's tests and real
    /// code use, is accepted: a no-op whose operands are evaluated (outputs
    /// keep their values). Any other template is an error.
    pub(crate) fn asm_stmt(&mut self) -> Stmt {
        let start = self.next();
        let loc = start.loc;
        let empty = Stmt {
            kind: StmtKind::Empty,
            loc,
        };
        while self.peek().kind == TokKind::Ident
            && matches!(
                self.str(self.peek().sym),
                "volatile" | "__volatile__" | "__volatile" | "inline" | "__inline__" | "goto"
            )
        {
            self.next();
        }
        if !self.expect(Punct::LParen, "after `asm`") {
            self.skip_to_semi();
            return empty;
        }
        if self.peek().kind != TokKind::Str {
            self.error_at(
                self.loc(),
                "expected the assembly template as a string literal",
            );
            self.skip_to_semi();
            return empty;
        }
        let template = self.string_literal();
        let is_empty = match &template.kind {
            ExprKind::Global(g) => match &self.global(*g).kind {
                GlobalKind::Str(b) => b.iter().all(|c| c.is_ascii_whitespace() || *c == 0),
                _ => false,
            },
            _ => false,
        };
        if !is_empty {
            self.error(
                start.loc,
                self.spelling_len(&start),
                "inline assembly is not supported by voxcc (only an empty `asm(\"\")` barrier is accepted)",
            );
            self.skip_to_semi();
            return empty;
        }
        let mut effects: Vec<Expr> = Vec::new();
        let mut outputs: Vec<Expr> = Vec::new();
        // Outputs, inputs, clobbers, goto labels.
        for section in 0..4 {
            if !self.eat(Punct::Colon) {
                break;
            }
            if self.at(Punct::Colon) || self.at(Punct::RParen) {
                continue;
            }
            loop {
                if section >= 2 {
                    // Clobbers are strings, goto labels identifiers.
                    let t = self.next();
                    if section == 3 && t.kind == TokKind::Ident {
                        self.use_label(t.sym, t.loc);
                    } else if t.kind != TokKind::Str {
                        self.error(
                            t.loc,
                            self.spelling_len(&t),
                            format!("expected a clobber string, found {}", self.describe(&t)),
                        );
                        self.skip_to_semi();
                        return empty;
                    }
                } else {
                    if self.eat(Punct::LBracket) {
                        self.next();
                        self.expect(Punct::RBracket, "after the operand's name");
                    }
                    if self.peek().kind != TokKind::Str {
                        self.error_at(self.loc(), "expected an operand constraint string");
                        self.skip_to_semi();
                        return empty;
                    }
                    let c = self.string_literal();
                    let constraint = match &c.kind {
                        ExprKind::Global(g) => match &self.global(*g).kind {
                            GlobalKind::Str(b) => String::from_utf8_lossy(b)
                                .trim_end_matches('\0')
                                .to_string(),
                            _ => String::new(),
                        },
                        _ => String::new(),
                    };
                    self.expect(Punct::LParen, "before the operand");
                    let e = self.expr();
                    self.expect(Punct::RParen, "after the operand");
                    if section == 0 && !e.is_lvalue() && !matches!(e.kind, ExprKind::Error) {
                        self.error_at(e.loc, "an `asm` output operand must be an lvalue");
                    }
                    if section == 0 {
                        outputs.push(e.clone());
                    } else if let Some(out) = constraint
                        .parse::<usize>()
                        .ok()
                        .and_then(|n| outputs.get(n).cloned())
                    {
                        // `"=r"(x) : "0"(v)`: the input lands in output 0's
                        // register, and the empty template leaves it there.
                        if out.is_lvalue() && !matches!(out.kind, ExprKind::Error) {
                            let t = self.types.unqual(out.ty);
                            let l = e.loc;
                            let v = self.assign_conv(t, e, ConvFor::Op("an `asm` operand"));
                            effects.push(Expr::new(
                                ExprKind::Assign(Box::new(out), Box::new(v)),
                                t,
                                l,
                            ));
                            if !self.eat(Punct::Comma) {
                                break;
                            }
                            continue;
                        }
                    }
                    let e = if self.types.is_array(e.ty) || self.types.is_record(e.ty) {
                        let l = e.loc;
                        self.addr_of(e, l)
                    } else {
                        self.rval(e)
                    };
                    let l = e.loc;
                    effects.push(Expr::new(ExprKind::Cast(Box::new(e)), ty::VOID, l));
                }
                if !self.eat(Punct::Comma) {
                    break;
                }
            }
        }
        self.expect(Punct::RParen, "to close `asm`");
        self.expect(Punct::Semi, "after `asm(...)`");
        let mut it = effects.into_iter();
        let Some(first) = it.next() else {
            return empty;
        };
        let e = it.fold(first, |a, b| {
            let l = a.loc;
            Expr::new(ExprKind::Comma(Box::new(a), Box::new(b)), ty::VOID, l)
        });
        Stmt {
            kind: StmtKind::Expr(e),
            loc,
        }
    }
}

/// A `__label__` name and the function-wide label (id, definition, first
/// use) it hides while its block is open.
type HiddenLabel = (crate::token::Sym, Option<(LabelId, Option<Loc>, Loc)>);

/// The value of a statement expression's last statement: an expression
/// statement, also under labels (`out: n;`, as gcc). The expression is taken
/// out of `s`, which is left with the labels around an empty statement.
fn take_value(s: &mut Stmt) -> Option<Expr> {
    match &mut s.kind {
        StmtKind::Expr(_) => {
            let StmtKind::Expr(e) = std::mem::replace(&mut s.kind, StmtKind::Empty) else {
                return None;
            };
            Some(e)
        }
        StmtKind::Labeled(_, inner) => take_value(inner),
        _ => None,
    }
}
