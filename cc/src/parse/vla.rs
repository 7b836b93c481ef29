//! Variable-length arrays: `T a[n]` in a block, with `n` evaluated when the
//! declaration is reached and the array placed on the VM stack. One
//! variable dimension (the outermost) is supported; the element type must
//! have a constant size.

use super::{Binding, Parser};
use crate::ast::*;
use crate::source::Loc;
use crate::types::{ty, TypeId, TypeKind};

impl Parser<'_> {
    /// The type `elem[n]` for a non-constant `n`.
    pub(crate) fn make_vla(&mut self, elem: TypeId, n: Expr) -> TypeId {
        if self.func.is_none() {
            self.error_at(
                n.loc,
                "variably modified array at file scope (its size is not a constant)",
            );
            return self.types.array(elem, Some(1));
        }
        if let TypeKind::Vla(..) = self.types.ukind(elem) {
            self.error_at(n.loc, "variable-length arrays with more than one variable dimension are not supported by voxcc");
            return self.types.array(elem, Some(1));
        }
        let n = self.rval(n);
        let n = self.conv(n, ty::ULONG);
        self.vla_counts.push(n);
        let k = self.vla_counts.len() as u32 - 1;
        self.types.intern(TypeKind::Vla(elem, k))
    }

    /// `sizeof` of a variable-length array type: count times element size,
    /// evaluated at run time.
    pub(crate) fn vla_sizeof(&mut self, t: TypeId, loc: Loc) -> Expr {
        let TypeKind::Vla(elem, k) = *self.types.ukind(t) else {
            return Expr::int(self.types.size(t), ty::ULONG, loc);
        };
        let Some(count) = self.vla_counts.get(k as usize).cloned() else {
            return Expr::int(0, ty::ULONG, loc);
        };
        let es = Expr::int(self.types.size(elem), ty::ULONG, loc);
        self.fold_arith(BinOp::Mul, count, es, ty::ULONG, loc)
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
            f.has_vla = true;
        }
        out.push(Stmt {
            kind: StmtKind::VlaAlloc(l, size, bytes),
            loc: d.loc,
        });
    }
}
