//! Initializers (C99 6.7.8): braces, brace elision, designators, strings
//! for character arrays, and arrays whose size the initializer decides.
//!
//! The initializer is first built as a sparse tree mirroring the object's
//! type (so `int a[1000000] = {0}` costs one node), then flattened into the
//! `(offset, value)` items of an [`Init`]; everything not covered is zero.

use super::{ConvFor, Parser};
use crate::ast::*;
use crate::source::Loc;
use crate::token::{Punct, TokKind};
use crate::types::{ty, TypeId, TypeKind};
use std::collections::BTreeMap;

/// Most elements an initializer may give (bounds the work an untrusted
/// source can ask for; every element is a token, so this is generous).
const MAX_ELEMENTS: u64 = 1 << 24;

#[derive(Clone, Debug)]
enum Node {
    /// Nothing given (zero).
    Empty,
    /// A value of the member's type (scalar, or a record copied whole).
    Expr(Expr),
    /// A string literal's bytes for a character array.
    Bytes(Vec<u8>, Loc),
    /// Array elements by index.
    Array(BTreeMap<u64, Node>),
    /// Record members by field index.
    Record(BTreeMap<usize, Node>),
}

impl Parser<'_> {
    /// Parses an initializer for an object of type `t` (after `=`). Returns
    /// the flattened initializer and the object's type, completed when it
    /// was an array of unknown size.
    pub(crate) fn initializer(&mut self, t: TypeId, is_static: bool) -> (Init, TypeId) {
        let mut node = Node::Empty;
        let mut max_index: Option<u64> = None;
        self.init_value(&mut node, t, &mut max_index, true);
        let t = match (self.types.ukind(t).clone(), max_index) {
            (TypeKind::Array(e, None), Some(n)) => self.types.array(e, Some(n)),
            (TypeKind::Array(e, None), None) => {
                if let Node::Bytes(b, _) = &node {
                    let n = (b.len() as u64) / self.types.size(e).max(1);
                    self.types.array(e, Some(n))
                } else {
                    self.types.array(e, Some(0))
                }
            }
            _ => t,
        };
        let mut init = Init::default();
        self.flatten(node, t, 0, &mut init);
        if is_static {
            // Constantness of static initializers is checked when their
            // bytes are laid out (address constants need the layout).
        }
        (init, t)
    }

    /// The initializer of an object of non-array type `t` by the value of
    /// an expression already parsed (`__auto_type x = e`).
    pub(crate) fn init_from_expr(&mut self, t: TypeId, e: Expr) -> Init {
        let e = self.assign_conv(t, e, ConvFor::Op("initialization"));
        let mut init = Init::default();
        self.flatten(Node::Expr(e), t, 0, &mut init);
        init
    }

    /// One initializer for an object of type `t` into `node`. `top` is set
    /// for the outermost (where an unknown array size is recorded).
    fn init_value(&mut self, node: &mut Node, t: TypeId, max_index: &mut Option<u64>, top: bool) {
        if !self.enter() {
            return;
        }
        if self.at(Punct::LBrace) {
            self.braced(node, t, max_index, top);
        } else if let Some(bytes) = self.try_string_init(t) {
            *node = bytes;
        } else if self.types.is_array(t) {
            let loc = self.loc();
            let e = self.assign_expr();
            if !matches!(e.kind, ExprKind::Error) {
                self.error_at(
                    loc,
                    "array initializer must be an initializer list or a string literal",
                );
            }
        } else {
            let e = self.assign_expr();
            let e = self.assign_conv(t, e, ConvFor::Op("initialization"));
            *node = Node::Expr(e);
        }
        self.leave();
    }

    /// At GNU's obsolete `member: value` designator. No initializer starts
    /// with `name :` otherwise, so this is one whatever the level: inside an
    /// array's braces it is an error [`Parser::designator`] reports, and in
    /// elided braces it belongs to an enclosing struct.
    fn at_old_designator(&self) -> bool {
        self.peek().kind == TokKind::Ident && self.peek_at(1).is(Punct::Colon)
    }

    /// An array, struct or union: initialized member by member, with
    /// braces that may be elided (a complex value is one scalar).
    fn is_aggregate(&self, t: TypeId) -> bool {
        self.types.is_array(t) || (self.types.is_record(t) && !self.types.is_complex(t))
    }

    /// A string literal initializing a character array (optionally in braces
    /// handled by the caller).
    fn try_string_init(&mut self, t: TypeId) -> Option<Node> {
        // gcc also takes the literal in parentheses: `char a[7] = ("wat");`.
        let mut parens = 0;
        while self.peek_at(parens).is(Punct::LParen) {
            parens += 1;
        }
        if self.peek_at(parens).kind != TokKind::Str {
            return None;
        }
        let elem = match *self.types.ukind(t) {
            TypeKind::Array(e, _) => e,
            _ => return None,
        };
        let es = self.types.size(elem);
        if !self.types.is_integer(elem) || !(es == 1 || es == 2 || es == 4) {
            return None;
        }
        let loc = self.loc();
        let start = self.pos;
        let cp = self.sess.diags.list.len();
        let errs = self.sess.diags.error_count();
        for _ in 0..parens {
            self.next();
        }
        let e = self.string_literal();
        let closed = (0..parens).all(|_| self.eat(Punct::RParen));
        // Only a whole initializer: `"s" ? 1 : 2` for an int is an expression.
        if !closed || !(self.at(Punct::Comma) || self.at(Punct::RBrace) || self.at(Punct::Semi)) {
            self.pos = start;
            self.sess.diags.truncate(cp, errs);
            return None;
        }
        let ExprKind::Global(g) = e.kind else {
            return None;
        };
        let bytes = match &self.global(g).kind {
            GlobalKind::Str(b) => b.clone(),
            _ => return None,
        };
        let sel = self.types.pointee(e.ty).map_or(1, |p| self.types.size(p));
        if sel != es {
            self.error_at(
                loc,
                "initializing a character array from a string literal of a different width",
            );
        }
        Some(Node::Bytes(bytes, loc))
    }

    fn braced(&mut self, node: &mut Node, t: TypeId, max_index: &mut Option<u64>, top: bool) {
        let lb = self.next();
        // A braced list initializes the whole subobject: what an earlier
        // initializer gave it is overridden, not merged (C11 6.7.9p19, as gcc
        // and clang read it: `{ {1, 2}, [0] = { .b = 9 } }` leaves `a` zero).
        *node = Node::Empty;
        if self.at(Punct::RBrace) {
            self.next();
            if self.types.is_scalar(t) {
                *node = Node::Expr(Expr::int(0, self.types.unqual(t), lb.loc));
            } else if self.types.is_complex(t) {
                let z = Expr::int(0, ty::INT, lb.loc);
                *node = Node::Expr(self.conv(z, t));
            }
            if top && self.types.is_array(t) {
                max_index.get_or_insert(0);
            }
            return;
        }
        if self.types.is_scalar(t) || self.types.is_complex(t) {
            // `int x = {1};` (and `{{1}}` with a warning). A complex value
            // is one scalar here, as in gcc.
            if self.at(Punct::LBrace) {
                self.warn(lb.loc, "braces around scalar initializer");
            }
            self.init_value(node, t, max_index, false);
            self.eat(Punct::Comma);
            if !self.at(Punct::RBrace) {
                self.warn(self.loc(), "excess elements in scalar initializer");
                self.skip_excess();
            }
            self.expect(Punct::RBrace, "to close the initializer");
            return;
        }
        // A braced string for a character array: `char s[] = {"abc"}`.
        if self.peek().kind == TokKind::Str && self.types.is_array(t) {
            let save = self.pos;
            if let Some(b) = self.try_string_init(t) {
                if self.at(Punct::RBrace)
                    || (self.at(Punct::Comma) && self.peek_at(1).is(Punct::RBrace))
                {
                    self.eat(Punct::Comma);
                    self.next();
                    *node = b;
                    return;
                }
            }
            self.pos = save;
        }
        let n = self.elements(node, t, 0, true, max_index, top);
        let _ = n;
        self.expect(Punct::RBrace, "to close the initializer list");
    }

    fn skip_excess(&mut self) {
        let mut depth = 0;
        loop {
            let t = self.peek();
            match t.kind {
                TokKind::Eof => return,
                TokKind::Punct(Punct::LBrace | Punct::LParen | Punct::LBracket) => depth += 1,
                TokKind::Punct(Punct::RBrace) if depth == 0 => return,
                TokKind::Punct(Punct::RBrace | Punct::RParen | Punct::RBracket) => depth -= 1,
                TokKind::Punct(Punct::Semi) if depth == 0 => return,
                _ => {}
            }
            self.next();
        }
    }

    /// Number of elements of an aggregate (array length or field count).
    fn aggregate_len(&self, t: TypeId) -> Option<u64> {
        match self.types.ukind(t) {
            TypeKind::Array(_, n) => *n,
            TypeKind::Record(r) => {
                let rec = &self.types.records[r.0 as usize];
                Some(if rec.is_union {
                    // One member: the first that takes part (C99 6.7.8p9:
                    // unnamed bit-fields before it do not).
                    let first = rec
                        .fields
                        .iter()
                        .position(|f| !(f.name.is_none() && f.bits.is_some()));
                    first.map_or(1, |k| k as u64 + 1)
                } else {
                    rec.fields.len() as u64
                })
            }
            _ => Some(0),
        }
    }

    /// The type of element `i` of an aggregate.
    fn element_type(&self, t: TypeId, i: u64) -> Option<TypeId> {
        match self.types.ukind(t) {
            TypeKind::Array(e, _) => Some(*e),
            TypeKind::Record(r) => {
                let rec = &self.types.records[r.0 as usize];
                rec.fields.get(i as usize).map(|f| f.ty)
            }
            _ => None,
        }
    }

    /// Whether field `i` of a record takes part in initialization (unnamed
    /// bit-fields do not).
    fn skip_field(&self, t: TypeId, i: u64) -> bool {
        match self.types.record(t) {
            Some(r) => r
                .fields
                .get(i as usize)
                .is_some_and(|f| f.name.is_none() && f.bits.is_some()),
            None => false,
        }
    }

    fn child<'n>(&self, node: &'n mut Node, t: TypeId, i: u64) -> &'n mut Node {
        let is_array = self.types.is_array(t);
        let is_union = self.types.record(t).is_some_and(|r| r.is_union);
        if is_array {
            if let Node::Bytes(b, loc) = node {
                // A string gave the array its bytes: a designator into it
                // later changes one element and keeps the others
                // (`{ "ab", [0][3] = 1 }`), so they become elements.
                let et = self.types.pointee(t).unwrap_or(t);
                let es = (self.types.size(et) as usize).clamp(1, 8);
                let loc = *loc;
                let elems = b
                    .chunks(es)
                    .enumerate()
                    .map(|(k, c)| {
                        let mut w = [0u8; 8];
                        w[..c.len()].copy_from_slice(c);
                        (
                            k as u64,
                            Node::Expr(Expr::int(u64::from_le_bytes(w), et, loc)),
                        )
                    })
                    .collect();
                *node = Node::Array(elems);
            }
            if !matches!(node, Node::Array(_)) {
                *node = Node::Array(BTreeMap::new());
            }
            match node {
                Node::Array(m) => m.entry(i).or_insert(Node::Empty),
                _ => unreachable!("just made an array node"),
            }
        } else {
            if !matches!(node, Node::Record(_)) {
                *node = Node::Record(BTreeMap::new());
            }
            match node {
                Node::Record(m) => {
                    if is_union && !m.contains_key(&(i as usize)) {
                        // A union holds one member: the last one initialized.
                        m.clear();
                    }
                    m.entry(i as usize).or_insert(Node::Empty)
                }
                _ => unreachable!("just made a record node"),
            }
        }
    }

    /// Initializes elements of the aggregate `t` from index `start`: up to
    /// the closing brace when `braced`, else (brace elision) until the
    /// aggregate is full or a designator belongs to an outer level. Returns
    /// the next index.
    fn elements(
        &mut self,
        node: &mut Node,
        t: TypeId,
        start: u64,
        braced: bool,
        max_index: &mut Option<u64>,
        top: bool,
    ) -> u64 {
        let len = self.aggregate_len(t);
        let mut i = start;
        let mut first = true;
        loop {
            if self.stop || self.at_eof() {
                return i;
            }
            if braced && self.at(Punct::RBrace) {
                return i;
            }
            if !first {
                if !braced {
                    // Elided braces end at the aggregate's end or at a `}`.
                    if self.at(Punct::RBrace) {
                        return i;
                    }
                }
                if !self.eat(Punct::Comma) {
                    if braced {
                        let tk = self.peek();
                        self.error(
                            tk.loc,
                            self.spelling_len(&tk),
                            format!(
                                "expected `,` or `}}` in initializer list, found {}",
                                self.describe(&tk)
                            ),
                        );
                        self.skip_excess();
                    }
                    return i;
                }
                // `{ 1, }`: the comma may end a brace-elided aggregate too.
                if self.at(Punct::RBrace) {
                    return i;
                }
            }
            if !braced && len.is_some_and(|n| i >= n) {
                // The elided aggregate is full: the comma belongs to the parent.
                if !first {
                    self.pos -= 1;
                }
                return i;
            }
            let after_comma = !first;
            first = false;
            if self.at(Punct::Dot) || self.at(Punct::LBracket) || self.at_old_designator() {
                if !braced {
                    // A designator always applies to the enclosing braces:
                    // give them back the comma before it (if this level
                    // read one: stepping back over anything else would read
                    // the same tokens again forever).
                    if after_comma {
                        self.pos -= 1;
                    }
                    return i;
                }
                match self.designation(node, t, max_index, top) {
                    Some(next) => i = next,
                    None => {
                        self.skip_excess();
                        return i;
                    }
                }
                continue;
            }
            while self.skip_field(t, i) {
                i += 1;
            }
            if len.is_some_and(|n| i >= n) {
                let loc = self.loc();
                self.warn(loc, "excess elements in initializer");
                // Read (and drop) as an element would be, braces elided.
                let mut dummy = Node::Empty;
                let et = self.element_type(t, 0).unwrap_or(crate::types::ty::INT);
                self.element(&mut dummy, t, i, et);
                i += 1;
                continue;
            }
            if i >= MAX_ELEMENTS {
                let loc = self.loc();
                self.error_at(
                    loc,
                    format!("initializer has more than {MAX_ELEMENTS} elements"),
                );
                self.stop = true;
                return i;
            }
            let Some(et) = self.element_type(t, i) else {
                return i;
            };
            self.element(node, t, i, et);
            i += 1;
            if top && self.types.is_array(t) {
                *max_index = Some(max_index.unwrap_or(0).max(i));
            }
        }
    }

    /// Initializes element `i` (type `et`) of aggregate `t`, eliding braces
    /// when the element is itself an aggregate and no `{` follows.
    fn element(&mut self, node: &mut Node, t: TypeId, i: u64, et: TypeId) {
        let is_agg = self.is_aggregate(et);
        if !is_agg || self.at(Punct::LBrace) {
            let c = self.child(node, t, i);
            let mut c2 = std::mem::replace(c, Node::Empty);
            let mut mi = None;
            self.init_value(&mut c2, et, &mut mi, false);
            *self.child(node, t, i) = c2;
            return;
        }
        if let Some(whole) = self.whole_aggregate(et) {
            *self.child(node, t, i) = whole;
            return;
        }
        let c = self.child(node, t, i);
        let mut c2 = std::mem::replace(c, Node::Empty);
        let mut mi = None;
        self.elements(&mut c2, et, 0, false, &mut mi, false);
        *self.child(node, t, i) = c2;
    }

    /// An aggregate of type `t` initialized whole without braces: a string
    /// for a character array, or an expression of a record's own type.
    /// Anything else is read back (tokens and diagnostics) and gives `None`,
    /// so the caller elides braces instead.
    fn whole_aggregate(&mut self, t: TypeId) -> Option<Node> {
        if self.peek().kind == TokKind::Str {
            if let Some(b) = self.try_string_init(t) {
                return Some(b);
            }
        }
        if !self.types.is_record(t) {
            return None;
        }
        let save = self.pos;
        let cp = self.sess.diags.list.len();
        let errs = self.sess.diags.error_count();
        let e = self.assign_expr();
        if self.types.unqual(e.ty) == self.types.unqual(t) {
            return Some(Node::Expr(e));
        }
        self.pos = save;
        self.sess.diags.truncate(cp, errs);
        None
    }

    /// `.m` / `[i]` designators then `=` and a value, inside the braces of
    /// aggregate `t`. Returns the index after the designated element.
    fn designation(
        &mut self,
        node: &mut Node,
        t: TypeId,
        max_index: &mut Option<u64>,
        top: bool,
    ) -> Option<u64> {
        let at = self.loc();
        let (i, et) = self.designator(t)?;
        // This designator's own range: taken now, so that designators
        // nested in it or in its value do not take it.
        let range = self.pending_range.take();
        if top && self.types.is_array(t) {
            *max_index = Some(max_index.unwrap_or(0).max(i + 1));
        }
        if self.at(Punct::Dot) || self.at(Punct::LBracket) || self.at_old_designator() {
            if !self.is_aggregate(et) {
                let loc = self.loc();
                self.error_at(loc, "designator into a non-aggregate member");
                return None;
            }
            if let Some((a, b)) = range {
                // GNU `[a ... b].m = v`: the nested designation applies to
                // every element of the range, over what each holds, and
                // what follows continues in the last one (gcc's order).
                let mut patch = Node::Empty;
                let mut mi = None;
                let next = self.designation(&mut patch, et, &mut mi, false)?;
                return self.spread_over_range(
                    node,
                    (t, et),
                    (a, b, at),
                    patch,
                    (max_index, top),
                    |p, last| p.elements_after_designation(last, et, next),
                );
            }
            // Nested designator: initialize inside the element, then keep
            // filling it (without braces) from the next sub-element.
            let c = self.child(node, t, i);
            let mut c2 = std::mem::replace(c, Node::Empty);
            let mut mi = None;
            let next = self.designation(&mut c2, et, &mut mi, false)?;
            self.elements_after_designation(&mut c2, et, next);
            *self.child(node, t, i) = c2;
            return Some(i + 1);
        }
        let c = self.child(node, t, i);
        let mut c2 = std::mem::replace(c, Node::Empty);
        {
            // GNU (obsolete, still accepted by gcc): `[3] 7` without `=`.
            let after_index = self.pos > 0
                && (self.tok_at(self.pos - 1).is(Punct::RBracket)
                    || self.tok_at(self.pos - 1).is(Punct::Colon));
            if !self.eat(Punct::Assign) && !after_index {
                let loc = self.loc();
                self.error_at(loc, "expected `=` after the designator");
            }
            let mut mi = None;
            if self.at(Punct::LBrace) || !self.is_aggregate(et) {
                self.init_value(&mut c2, et, &mut mi, false);
            } else {
                *self.child(node, t, i) = c2;
                if let Some((a, b)) = range {
                    // GNU `[a ... b] = v` with `v` not in braces: as gcc
                    // does, `v` initializes the first scalar of every
                    // element (or the whole element: a record of its type,
                    // a string for a character array), and what follows
                    // continues in the last element.
                    let mut patch = Node::Empty;
                    let mut path = Vec::new();
                    self.first_leaf(&mut patch, et, &mut path);
                    return self.spread_over_range(
                        node,
                        (t, et),
                        (a, b, at),
                        patch,
                        (max_index, top),
                        |p, last| p.continue_after_leaf(last, &path),
                    );
                }
                self.element(node, t, i, et);
                return Some(i + 1);
            }
        }
        // GNU `[a ... b] = v`: the same value for every index of the range.
        if let Some((a, b)) = range {
            if !self.charge_copies(b - a, &c2, at) {
                return None;
            }
            // The value is evaluated once (GNU): temporaries for the others.
            let rest = self.once_then_reuse(&mut c2, b > a);
            for k in a + 1..=b {
                *self.child(node, t, k) = rest.clone();
            }
            *self.child(node, t, i) = c2;
            if top && self.types.is_array(t) {
                *max_index = Some(max_index.unwrap_or(0).max(b + 1));
            }
            return Some(b + 1);
        }
        *self.child(node, t, i) = c2;
        Some(i + 1)
    }

    /// Applies `patch` (what a range designator's designation or value
    /// wrote into an empty node) to elements `a..=b` of aggregate `t`
    /// (elements of type `et`), over what each holds, charging the copies
    /// against the memory cap and computing its values once; then
    /// `continue_in` goes on filling the last element. Returns the index
    /// after the range.
    fn spread_over_range(
        &mut self,
        node: &mut Node,
        (t, et): (TypeId, TypeId),
        (a, b, at): (u64, u64, Loc),
        mut patch: Node,
        (max_index, top): (&mut Option<u64>, bool),
        continue_in: impl FnOnce(&mut Self, &mut Node),
    ) -> Option<u64> {
        if !self.charge_copies(b - a, &patch, at) {
            return None;
        }
        let rest = self.once_then_reuse(&mut patch, b > a);
        self.overlay(self.child(node, t, a), patch, et);
        for k in a + 1..=b {
            self.overlay(self.child(node, t, k), rest.clone(), et);
        }
        let c = self.child(node, t, b);
        let mut last = std::mem::replace(c, Node::Empty);
        continue_in(self, &mut last);
        *self.child(node, t, b) = last;
        if top && self.types.is_array(t) {
            *max_index = Some(max_index.unwrap_or(0).max(b + 1));
        }
        Some(b + 1)
    }

    /// Initializes the first scalar of an object of type `t` from the value
    /// that follows, through the first element or member of each aggregate
    /// (braces elided); a string for a character array or an expression of
    /// a record's own type initializes that aggregate whole. `path` gets
    /// each aggregate descended and the index taken, outermost first.
    fn first_leaf(&mut self, node: &mut Node, t: TypeId, path: &mut Vec<(TypeId, u64)>) {
        if !self.enter() {
            return;
        }
        if self.is_aggregate(t) && !self.at(Punct::LBrace) {
            if let Some(whole) = self.whole_aggregate(t) {
                *node = whole;
                self.leave();
                return;
            }
            let mut k = 0;
            while self.skip_field(t, k) {
                k += 1;
            }
            if let Some(ft) = self.element_type(t, k) {
                path.push((t, k));
                let c = self.child(node, t, k);
                let mut c2 = std::mem::replace(c, Node::Empty);
                self.first_leaf(&mut c2, ft, path);
                *self.child(node, t, k) = c2;
                self.leave();
                return;
            }
        }
        let mut mi = None;
        self.init_value(node, t, &mut mi, false);
        self.leave();
    }

    /// Continues filling an object after the scalar [`Parser::first_leaf`]
    /// initialized along `path`: the innermost aggregate first, as after a
    /// nested designator.
    fn continue_after_leaf(&mut self, node: &mut Node, path: &[(TypeId, u64)]) {
        let Some((&(t, k), rest)) = path.split_first() else {
            return;
        };
        if !rest.is_empty() {
            let c = self.child(node, t, k);
            let mut c2 = std::mem::replace(c, Node::Empty);
            self.continue_after_leaf(&mut c2, rest);
            *self.child(node, t, k) = c2;
        }
        self.elements_after_designation(node, t, k + 1);
    }

    /// Charges the `copies` more copies of `value` a range designator at
    /// `at` makes against the memory cap, each of its values as two tokens
    /// (see [`crate::Session::token_budget`]): a copied `int` takes about
    /// 290 bytes until the data is laid out (its tree node, its flattened
    /// item, its bytes), more than the 256 a token is budgeted. When they do not fit: an
    /// error, parsing stops, and false.
    fn charge_copies(&mut self, copies: u64, value: &Node, at: Loc) -> bool {
        fn values(n: &Node) -> u64 {
            match n {
                Node::Array(m) => m.values().map(values).sum(),
                Node::Record(m) => m.values().map(values).sum(),
                _ => 1,
            }
        }
        let Some(budget) = self.sess.token_budget else {
            return true;
        };
        let made = copies.saturating_mul(values(value).max(1));
        let total = self
            .sess
            .tokens_charged
            .saturating_add(made.saturating_mul(2));
        if total <= budget.tokens {
            self.sess.tokens_charged = total;
            return true;
        }
        let d = self.sess.diags.error(
            at,
            1,
            format!(
                "this range designator makes {made} copies of values, too many to compile under the memory cap of {} bytes (--max-memory)",
                budget.cap
            ),
        );
        d.notes.push(format!(
            "the compiler budgets {} bytes per value a range copies, as per two tokens",
            2 * crate::COMPILER_BYTES_PER_TOKEN
        ));
        self.stop = true;
        false
    }

    /// Applies what a designation wrote into an empty node (`patch`) to
    /// `dst`, an object of type `t`, keeping what `patch` leaves out.
    fn overlay(&self, dst: &mut Node, patch: Node, t: TypeId) {
        match patch {
            Node::Empty => {}
            Node::Array(m) => {
                let et = self.types.pointee(t).unwrap_or(t);
                for (k, p) in m {
                    self.overlay(self.child(dst, t, k), p, et);
                }
            }
            Node::Record(m) => {
                let Some(rid) = self.types.record_id(t) else {
                    return;
                };
                for (k, p) in m {
                    let ft = self.types.records[rid.0 as usize].fields[k].ty;
                    self.overlay(self.child(dst, t, k as u64), p, ft);
                }
            }
            value => *dst = value,
        }
    }

    /// For a value used in several places: when `several` and it is
    /// computed in a function with side effects, each of its expressions
    /// is stored in a temporary where `patch` has it and read back from it
    /// in the returned copy; otherwise the copy is the same value.
    fn once_then_reuse(&mut self, patch: &mut Node, several: bool) -> Node {
        match patch {
            Node::Expr(e) if several && self.func.is_some() && !super::expr::is_pure(e) => {
                let (vt, loc) = (self.types.unqual(e.ty), e.loc);
                let name = self.sess.interner.intern(".range");
                let tmp = self.new_local(name, vt, loc);
                let v = std::mem::replace(e, Expr::new(ExprKind::Error, vt, loc));
                *e = Expr::new(
                    ExprKind::Assign(
                        Box::new(Expr::new(ExprKind::Local(tmp), vt, loc)),
                        Box::new(v),
                    ),
                    vt,
                    loc,
                );
                Node::Expr(Expr::new(ExprKind::Local(tmp), vt, loc))
            }
            Node::Array(m) => Node::Array(
                m.iter_mut()
                    .map(|(k, c)| (*k, self.once_then_reuse(c, several)))
                    .collect(),
            ),
            Node::Record(m) => Node::Record(
                m.iter_mut()
                    .map(|(k, c)| (*k, self.once_then_reuse(c, several)))
                    .collect(),
            ),
            other => other.clone(),
        }
    }

    fn elements_after_designation(&mut self, node: &mut Node, t: TypeId, next: u64) {
        let len = self.aggregate_len(t);
        if len.is_some_and(|n| next >= n) {
            return;
        }
        let old_designator =
            self.peek_at(1).kind == TokKind::Ident && self.peek_at(2).is(Punct::Colon);
        if self.at(Punct::Comma)
            && !self.peek_at(1).is(Punct::RBrace)
            && !self.peek_at(1).is(Punct::Dot)
            && !self.peek_at(1).is(Punct::LBracket)
            && !old_designator
        {
            self.next();
            let mut mi = None;
            let n = self.elements(node, t, next, false, &mut mi, false);
            let _ = n;
        }
    }

    /// One designator: `.name` or `[const]` (or `[a ... b]`), for aggregate `t`.
    fn designator(&mut self, t: TypeId) -> Option<(u64, TypeId)> {
        let tok = self.next();
        // GNU's obsolete `member: value` is `.member = value`.
        let old = tok.kind == TokKind::Ident && self.at(Punct::Colon);
        if tok.is(Punct::Dot) || old {
            let m = if old {
                self.next();
                tok
            } else {
                self.next()
            };
            if m.kind != TokKind::Ident {
                self.error_at(m.loc, "expected a member name after `.`");
                return None;
            }
            let Some(r) = self.types.record(t) else {
                self.error_at(
                    tok.loc,
                    "member designator in an initializer of a non-struct",
                );
                return None;
            };
            if let Some(i) = r.field_index(m.sym) {
                return Some((i as u64, r.fields[i].ty));
            }
            // A member of an anonymous struct/union member.
            let anon = r
                .unnamed
                .iter()
                .map(|&i| (i as usize, r.fields[i as usize].ty))
                .filter(|&(_, t)| self.types.is_record(t))
                .find(|&(_, t)| self.find_member(t, m.sym).is_some());
            if let Some((i, ft)) = anon {
                // Leave `.name` to be read again by a designation nested in
                // the anonymous member.
                self.pos -= 2;
                return Some((i as u64, ft));
            }
            let (s, n) = (self.str(m.sym).to_string(), self.ty_name(t));
            self.error(
                m.loc,
                s.len() as u32,
                format!("no member named `{s}` in `{n}`"),
            );
            return None;
        }
        // `[index]`
        let TypeKind::Array(et, len) = *self.types.ukind(t) else {
            self.error_at(tok.loc, "array index in an initializer of a non-array");
            return None;
        };
        let e = self.cond_expr();
        let i = match self.const_int(&e) {
            Some(i) if i >= 0 => i as u64,
            _ => {
                self.error_at(
                    e.loc,
                    "array index in initializer is not a non-negative integer constant",
                );
                return None;
            }
        };
        if self.eat(Punct::Ellipsis) {
            // GNU range `[a ... b] = v`: designate `a`, copy later.
            let e2 = self.cond_expr();
            let j = self.const_int(&e2).unwrap_or(i as i64) as u64;
            self.expect(Punct::RBracket, "after the array index");
            if j < i || len.is_some_and(|n| j >= n) || j - i > MAX_ELEMENTS {
                self.error_at(e2.loc, "array index range in initializer is out of bounds");
                return None;
            }
            self.pending_range = Some((i, j));
            return Some((i, et));
        }
        self.expect(Punct::RBracket, "after the array index");
        if len.is_some_and(|n| i >= n) || i > MAX_ELEMENTS {
            self.error_at(e.loc, "array index in initializer exceeds array bounds");
            return None;
        }
        Some((i, et))
    }

    /// Flattens a node for an object of type `t` at byte `offset` (moving
    /// its values: copying every initializer expression was 1% of parsing).
    fn flatten(&mut self, node: Node, t: TypeId, offset: u64, out: &mut Init) {
        match node {
            Node::Empty => {}
            Node::Expr(e) => out.items.push(InitItem {
                offset,
                bits: None,
                value: InitValue::Expr(e),
            }),
            Node::Bytes(mut b, loc) => {
                let size = self.types.size(t);
                let elem = self
                    .types
                    .pointee(t)
                    .map_or(1, |e| self.types.size(e).max(1));
                // A flexible array member (GNU static initializer) takes it all.
                let flexible = matches!(self.types.ukind(t), TypeKind::Array(_, None));
                if b.len() as u64 > size && !flexible {
                    // The terminating NUL may be dropped (C99 6.7.8p14).
                    // Saturating: `int a[] = ""` (an error of its own) has
                    // fewer bytes than one element.
                    if (b.len() as u64).saturating_sub(elem) > size {
                        self.warn(loc, "initializer-string for char array is too long");
                    }
                    b.truncate(size as usize);
                }
                out.items.push(InitItem {
                    offset,
                    bits: None,
                    value: InitValue::Bytes(b),
                });
            }
            Node::Array(m) => {
                let et = self.types.pointee(t).unwrap_or(t);
                let es = self.types.size(et);
                for (i, c) in m {
                    self.flatten(c, et, offset + i * es, out);
                }
            }
            Node::Record(m) => {
                let Some(rid) = self.types.record_id(t) else {
                    return;
                };
                for (i, c) in m {
                    let f = &self.types.records[rid.0 as usize].fields[i];
                    let (f_bits, f_offset, f_ty) = (f.bits, f.offset, f.ty);
                    match (f_bits, c) {
                        (Some(bits), Node::Expr(e)) => out.items.push(InitItem {
                            offset: offset + f_offset,
                            bits: Some(bits),
                            value: InitValue::Expr(e),
                        }),
                        (_, c) => self.flatten(c, f_ty, offset + f_offset, out),
                    }
                }
            }
        }
    }
}
