//! Variable-length arrays: `T a[n][m]` in a block, with each non-constant
//! size evaluated once, when the declaration is reached, into a hidden
//! local, and the array placed on the VM stack; pointers to them (`int
//! (*p)[m]`, parameters `int a[n][m]`) scale their arithmetic by the size
//! computed at run time.

use super::{Binding, Parser};
use crate::ast::*;
use crate::source::Loc;
use crate::types::{ty, TypeId, TypeKind};
use vm::isa::Opcode;

/// The element count of one variable-length array type
/// ([`TypeKind::Vla`]'s index).
#[derive(Clone, Debug)]
pub(crate) struct VlaCount {
    /// The count as an `unsigned long` expression: the size expression
    /// until a declaration evaluates it, then a read of the local that
    /// holds it.
    pub expr: Expr,
    /// Written in a parameter list: where the size expression's tokens are,
    /// to parse again at the function's entry, where the parameters it
    /// names are bound (C99 6.9.1p10 evaluates it there).
    pub param_toks: Option<(usize, usize)>,
    /// Already evaluated into a local.
    pub fixed: bool,
}

impl Parser<'_> {
    /// The type `elem[n]` for a non-constant `n`.
    pub(crate) fn make_vla(
        &mut self,
        elem: TypeId,
        n: Expr,
        param_toks: Option<(usize, usize)>,
    ) -> TypeId {
        if self.func.is_none() && self.param_names.is_empty() {
            self.error_at(
                n.loc,
                "variably modified array at file scope (its size is not a constant)",
            );
            return self.types.array(elem, Some(1));
        }
        let n = self.rval(n);
        let n = self.conv(n, ty::ULONG);
        let in_params = !self.param_names.is_empty();
        self.vla_counts.push(VlaCount {
            expr: n,
            param_toks: if in_params { param_toks } else { None },
            // A size in a prototype is never evaluated.
            fixed: in_params,
        });
        let k = self.vla_counts.len() as u32 - 1;
        self.types.intern(TypeKind::Vla(elem, k))
    }

    /// `sizeof` of a type, as an expression: computed at run time for a
    /// variably modified array type (count times element size, through
    /// every dimension), a constant otherwise.
    pub(crate) fn vla_sizeof(&mut self, t: TypeId, loc: Loc) -> Expr {
        match *self.types.ukind(t) {
            TypeKind::Vla(elem, k) => {
                let Some(count) = self.vla_counts.get(k as usize).map(|c| c.expr.clone()) else {
                    return Expr::int(0, ty::ULONG, loc);
                };
                let es = self.vla_sizeof(elem, loc);
                self.fold_arith(BinOp::Mul, count, es, ty::ULONG, loc)
            }
            TypeKind::Array(elem, Some(n)) if self.is_variably_modified(elem) => {
                let es = self.vla_sizeof(elem, loc);
                let n = Expr::int(n, ty::ULONG, loc);
                self.fold_arith(BinOp::Mul, n, es, ty::ULONG, loc)
            }
            _ => Expr::int(self.types.sizeof_gnu(t), ty::ULONG, loc),
        }
    }

    /// Evaluates the sizes of the variable-length array types made since
    /// count `from` (by a declaration's specifiers or one declarator) into
    /// locals, where the declaration is: later changes to the variables the
    /// sizes name do not change the types (C99 6.7.5.2p5).
    pub(crate) fn fix_vla_counts(&mut self, from: usize, out: &mut Vec<Stmt>) {
        for k in from..self.vla_counts.len() {
            self.fix_vla_count(k, out);
        }
    }

    /// Evaluates count `k` into a local, unless it already is.
    fn fix_vla_count(&mut self, k: usize, out: &mut Vec<Stmt>) {
        let Some(c) = self.vla_counts.get_mut(k) else {
            return;
        };
        if c.fixed {
            return;
        }
        c.fixed = true;
        let e = c.expr.clone();
        if matches!(e.kind, ExprKind::Error) {
            return;
        }
        let loc = e.loc;
        let name = self.anon_name(".vla.n");
        let l = self.new_local(name, ty::ULONG, loc);
        let read = Expr::new(ExprKind::Local(l), ty::ULONG, loc);
        out.push(Stmt {
            kind: StmtKind::Expr(Expr::new(
                ExprKind::Assign(Box::new(read.clone()), Box::new(e)),
                ty::ULONG,
                loc,
            )),
            loc,
        });
        self.vla_counts[k].expr = read;
    }

    /// At a function's entry, with its parameters bound: evaluates the
    /// sizes in a parameter's declared type (`int a[n][m]` has type `int
    /// (*)[m]`, whose arithmetic needs `m`; `n` is evaluated only when it
    /// has side effects, as nothing reads it).
    pub(crate) fn param_vla_counts(&mut self, t: TypeId, out: &mut Vec<Stmt>) {
        // The counts, outermost first; evaluated innermost first, as gcc does.
        let mut counts = Vec::new();
        let (mut t, mut top) = (t, true);
        loop {
            match *self.types.ukind(t) {
                TypeKind::Ptr(e) | TypeKind::Array(e, _) => t = e,
                TypeKind::Vla(e, k) => {
                    counts.push((k as usize, top));
                    t = e;
                }
                _ => break,
            }
            top = false;
        }
        for (k, outer) in counts.into_iter().rev() {
            let Some((start, end)) = self.vla_counts.get_mut(k).and_then(|c| c.param_toks.take())
            else {
                continue;
            };
            let saved = self.pos;
            self.pos = start;
            let n = self.assign_expr();
            let whole = self.pos == end;
            self.pos = saved;
            if !whole || !self.types.is_integer(n.ty) || (outer && super::expr::is_pure(&n)) {
                continue;
            }
            let n = self.rval(n);
            let n = self.conv(n, ty::ULONG);
            let c = &mut self.vla_counts[k];
            c.expr = n;
            c.fixed = false;
            self.fix_vla_count(k, out);
        }
    }

    /// Declares a variable-length array local: its size is computed and the
    /// array allocated where the declaration is.
    pub(crate) fn vla_local(
        &mut self,
        name: crate::token::Sym,
        d: &super::decl::Declarator,
        out: &mut Vec<Stmt>,
    ) {
        if self.at(crate::token::Punct::Assign) {
            self.error_at(d.loc, "variable-sized object may not be initialized");
        }
        let size_name = self.anon_name(".vla.size");
        let size = self.new_local(size_name, ty::ULONG, d.loc);
        let l = self.new_local(name, d.ty, d.loc);
        let lm = self.local_mut(l);
        lm.in_memory = false;
        lm.vla_size = Some(size);
        let bytes = self.vla_sizeof(d.ty, d.loc);
        self.bind(name, Binding::Local(l));
        if let Some(f) = self.func.as_mut() {
            f.vla_allocs += 1;
        }
        // The stack pointer before the array, for a `goto` back over this
        // declaration to release it (and everything allocated after it).
        let n = self.anon_name(".vla.sp");
        let saved = self.new_local(n, ty::ULONG, d.loc);
        if let Some(save) = self.sp_save(saved, d.loc) {
            out.push(save);
            let depth = self.scope_depth();
            if let Some(f) = self.func.as_mut() {
                f.live_vlas.push((saved, depth));
            }
        }
        out.push(Stmt {
            kind: StmtKind::VlaAlloc(l, size, bytes),
            loc: d.loc,
        });
    }
}

impl Parser<'_> {
    /// `saved = sp` (the VM stack pointer), if the ISA has `sp`.
    pub(crate) fn sp_save(&mut self, saved: LocalId, loc: Loc) -> Option<Stmt> {
        let sp = Opcode::from_mnemonic("sp")?;
        let t = ty::ULONG;
        let local = Expr::new(ExprKind::Local(saved), t, loc);
        let read = Expr::new(
            ExprKind::Vox {
                opcode: sp,
                args: Vec::new(),
                has_result: true,
            },
            t,
            loc,
        );
        Some(Stmt {
            kind: StmtKind::Expr(Expr::new(
                ExprKind::Assign(Box::new(local), Box::new(read)),
                t,
                loc,
            )),
            loc,
        })
    }

    /// `setsp saved`: releases what was allocated on the VM stack since.
    pub(crate) fn sp_restore(&mut self, saved: LocalId, loc: Loc) -> Option<Stmt> {
        let setsp = Opcode::from_mnemonic("setsp")?;
        let local = Expr::new(ExprKind::Local(saved), ty::ULONG, loc);
        Some(Stmt {
            kind: StmtKind::Expr(Expr::new(
                ExprKind::Vox {
                    opcode: setsp,
                    args: vec![VoxArg::Reg(local)],
                    has_result: false,
                },
                ty::VOID,
                loc,
            )),
            loc,
        })
    }

    /// A `goto` to `id`: when the label is behind and arrays declared since
    /// it are still in scope, the arrays are released first (C99 6.2.4p6:
    /// their lifetime ends when control jumps back before the declaration).
    pub(crate) fn goto_stmt(&mut self, id: LabelId, loc: Loc) -> StmtKind {
        let release = self.func.as_ref().and_then(|f| {
            let at = *f.label_vlas.get(&id)?;
            f.live_vlas.get(at).map(|&(saved, _)| saved)
        });
        match release.and_then(|saved| self.sp_restore(saved, loc)) {
            Some(r) => StmtKind::Block(vec![
                r,
                Stmt {
                    kind: StmtKind::Goto(id),
                    loc,
                },
            ]),
            None => StmtKind::Goto(id),
        }
    }

    /// Whether `t` is a variable-length array type (or an array of them).
    pub(crate) fn is_variably_modified(&self, mut t: TypeId) -> bool {
        loop {
            match *self.types.ukind(t) {
                TypeKind::Vla(..) => return true,
                TypeKind::Array(e, _) => t = e,
                _ => return false,
            }
        }
    }

    /// How many variable-length array declarations the function has so far.
    pub(crate) fn vla_allocs(&self) -> u32 {
        self.func.as_ref().map_or(0, |f| f.vla_allocs)
    }

    /// A loop whose body declares variable-length arrays: the stack pointer
    /// is saved before the loop and restored at the start of every
    /// iteration and after the loop, so each iteration (also after
    /// `continue`) releases the arrays of the previous one.
    pub(crate) fn vla_loop(&mut self, s: Stmt) -> Stmt {
        let loc = s.loc;
        let n = self.anon_name(".vla.sp");
        let saved = self.new_local(n, ty::ULONG, loc);
        let (Some(save), Some(restore)) = (self.sp_save(saved, loc), self.sp_restore(saved, loc))
        else {
            return s;
        };
        let wrap = |body: Box<Stmt>| {
            Box::new(Stmt {
                kind: StmtKind::Block(vec![restore.clone(), *body]),
                loc,
            })
        };
        let kind = match s.kind {
            StmtKind::While(c, body) => StmtKind::While(c, wrap(body)),
            StmtKind::DoWhile(body, c) => StmtKind::DoWhile(wrap(body), c),
            StmtKind::For(i, c, st, body) => StmtKind::For(i, c, st, wrap(body)),
            k => return Stmt { kind: k, loc },
        };
        Stmt {
            kind: StmtKind::Block(vec![save, Stmt { kind, loc }, restore]),
            loc,
        }
    }
}
