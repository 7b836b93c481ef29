//! Macro expansion: the layered input, argument collection, substitution with
//! `#` and `##`, builtin macros, and the `#if` operators.

use super::{
    escape_into, Args, Builtin, Frame, Layer, LayerKind, Macro, MacroKind, Pp, Read, NOT_PARAM,
};
use crate::lex;
use crate::token::{
    kw, Punct, TokKind, Token, BOL, EXPANDED, NO_EXPAND, SPACE, SPACE_BEFORE_MACRO,
};
use std::rc::Rc;

/// Most nested expansions of directive tokens (a directive, then
/// `__has_include` operands that expand to more `__has_include`s).
const MAX_BOUNDED_NESTING: usize = 32;

impl Pp<'_> {
    /// The next token of the top layer (the bottom layer falls back to the
    /// files); an Eof token when the layer is used up (see [`Read`]).
    pub(super) fn next(&mut self, mode: Read) -> Token {
        if self.stopped {
            return self.eof();
        }
        let top = self.layers.len() - 1;
        while let Some(mut t) = self.layers[top].input.pop() {
            if t.kind == TokKind::Placemarker {
                // The end of an expansion: its macro may expand again.
                self.enable(t.sym);
                continue;
            }
            t.flags |= std::mem::take(&mut self.layers[top].carry);
            return t;
        }
        let layer = &mut self.layers[top];
        if layer.kind != LayerKind::Main {
            return self.eof();
        }
        let carry = std::mem::take(&mut layer.carry);
        let mut t = self.file_token(mode);
        if t.kind == TokKind::Eof {
            self.layers[0].carry |= carry;
        } else {
            t.flags |= carry;
        }
        t
    }

    fn push_back(&mut self, t: Token) {
        if t.kind != TokKind::Eof {
            let top = self.layers.len() - 1;
            self.layers[top].input.push(t);
        }
    }

    /// Adds a token to the output of the top layer.
    pub(super) fn emit(&mut self, t: Token) {
        let top = self.layers.len() - 1;
        if top == 0 && t.kind == TokKind::Other && lex::is_unterminated(&self.sess.interner, &t) {
            // The spelling runs from the quote (after any prefix) to the end of line.
            let s = self.spell(&t);
            let q = s.trim_start_matches(['L', 'u', 'U', '8']).chars().next();
            let q = q.unwrap_or('\'');
            self.error(t.loc, 1, format!("missing terminating {q} character"));
        }
        if top == 0 {
            if let Some(m) = self.limits.memory {
                if self.budget_used() >= m.tokens && !self.stopped {
                    self.over_memory(&t, m);
                    return;
                }
            }
        }
        self.layers[top].out.push(t);
    }

    #[cold]
    pub(super) fn over_memory(&mut self, at: &Token, m: super::MemoryBudget) {
        let len = self.tok_len(at);
        let d = self.error(
            at.loc,
            len,
            format!(
                "the program is too large to compile under the memory cap of {} bytes (--max-memory): it reaches {} tokens (read and made) here",
                m.cap, m.tokens
            ),
        );
        d.notes.push(format!(
            "the compiler budgets {} bytes per token after preprocessing",
            crate::COMPILER_BYTES_PER_TOKEN
        ));
        self.stop();
    }

    /// Expands the tokens of layer `base` (and everything pushed above it)
    /// until it is used up; the result is in `self.layers[base].out`.
    pub(super) fn run(&mut self, base: usize) {
        loop {
            if base == 0 && self.layers.len() == 1 {
                self.pass_through();
            }
            let t = self.next(Read::Normal);
            if t.kind == TokKind::Eof {
                if self.layers.len() - 1 <= base {
                    break;
                }
                if self.stopped {
                    self.unwind(base);
                    break;
                }
                self.finish_arg();
                continue;
            }
            if self.may_expand(&t) && self.expand(t) {
                continue;
            }
            self.emit(t);
        }
    }

    /// The bulk of a file outside any expansion: copies the current file's
    /// tokens to the output up to the first one that needs more than that
    /// (a directive, a macro name or operator, a stray quote, the end of
    /// the file, the work or memory limit), which the caller then reads as
    /// usual. What `next`, `expand` and `emit` would do to the tokens copied
    /// is nothing, so the output is the same; in one tight loop, this is
    /// most of preprocessing's time saved on a large file.
    fn pass_through(&mut self) {
        let layer = &self.layers[0];
        if self.stopped || layer.carry != 0 || !layer.input.is_empty() || self.sess.diags.too_many()
        {
            return;
        }
        let Some(f) = self.files.last() else {
            return;
        };
        // How many tokens the limits let through before the token that
        // reaches them (read the slow way, which reports it).
        let mut room = self.work_limit().saturating_sub(self.work);
        if let Some(m) = self.limits.memory {
            room = room.min(m.tokens.saturating_sub(self.budget_used()));
        }
        let end = f.toks.len().min(f.idx.saturating_add(room as usize));
        let start = f.idx;
        let mut i = start;
        while i < end {
            let t = &f.toks[i];
            let plain = match t.kind {
                TokKind::Ident => !self.may_expand(t),
                TokKind::Punct(Punct::Hash) => t.flags & BOL == 0,
                TokKind::Eof | TokKind::Other | TokKind::Placemarker => false,
                _ => true,
            };
            if !plain {
                break;
            }
            i += 1;
        }
        if i == start {
            return;
        }
        let (toks, out) = (&f.toks[start..i], &mut self.layers[0].out);
        out.extend_from_slice(toks);
        self.work += (i - start) as u64;
        if let Some(f) = self.files.last_mut() {
            f.idx = i;
        }
    }

    /// After a stop: drops the layers and frames above `base`.
    fn unwind(&mut self, base: usize) {
        self.layers.truncate(base + 1);
        while self.frames.last().is_some_and(|f| f.layer > base) {
            self.frames.pop();
        }
    }

    /// Macro-expands a directive's tokens (`in_if`: `defined` and
    /// `__has_include` are operators).
    pub(super) fn expand_bounded(&mut self, mut toks: Vec<Token>, in_if: bool) -> Vec<Token> {
        // Only `__has_include(MACRO)` nests these (a directive's expansion
        // expanding another operand); keep the recursion shallow.
        if self.bounded_depth >= MAX_BOUNDED_NESTING {
            if let Some(t) = toks.first() {
                let len = self.tok_len(t);
                self.error(
                    t.loc,
                    len,
                    "macro-expanded `__has_include` operands nest too deeply",
                );
            }
            return Vec::new();
        }
        let saved = self.in_if;
        self.in_if = in_if;
        toks.reverse();
        self.layers.push(Layer {
            input: toks,
            out: Vec::new(),
            kind: LayerKind::Bounded,
            carry: 0,
        });
        let base = self.layers.len() - 1;
        self.bounded_depth += 1;
        self.run(base);
        self.bounded_depth -= 1;
        self.in_if = saved;
        self.layers.truncate(base + 1);
        self.layers.pop().map(|l| l.out).unwrap_or_default()
    }

    /// Whether `t` is an identifier [`Pp::expand`] acts on: a macro name
    /// not painted blue, or an operator (`_Pragma`, `defined` in `#if`).
    fn may_expand(&self, t: &Token) -> bool {
        t.kind == TokKind::Ident
            && t.flags & NO_EXPAND == 0
            && (self.macro_of(t.sym).is_some()
                || t.sym == kw::PP_PRAGMA_OP
                || (self.in_if && t.sym == kw::PP_DEFINED))
    }

    /// Handles identifier `t` if it is a macro to expand or an operator;
    /// `false` if it is an ordinary token to emit.
    fn expand(&mut self, t: Token) -> bool {
        if self.in_if && t.sym == kw::PP_DEFINED {
            self.if_defined(t);
            return true;
        }
        if t.sym == kw::PP_PRAGMA_OP {
            self.pragma_op(t);
            return true;
        }
        let Some(m) = self.macro_of(t.sym) else {
            return false;
        };
        if self.is_disabled(t.sym) {
            // Painted blue: never expanded again (C99 6.10.3.4p2).
            let mut t = t;
            t.flags |= NO_EXPAND;
            self.emit(t);
            return true;
        }
        let m = Rc::clone(m);
        match m.kind {
            MacroKind::Object => {
                if m.has_paste {
                    let out = self.subst(&m, &Args::default(), &Args::default(), false, &t);
                    self.push_result(out, &t);
                } else {
                    self.push_body(&m, &t);
                }
                true
            }
            MacroKind::Builtin(b) => self.builtin(t, b),
            MacroKind::Function => self.invoke(t, m),
        }
    }

    fn is_disabled(&self, m: crate::token::Sym) -> bool {
        self.disabled.get(m.0 as usize).is_some_and(|&n| n > 0)
    }

    fn enable(&mut self, m: crate::token::Sym) {
        if let Some(n) = self.disabled.get_mut(m.0 as usize) {
            *n = n.saturating_sub(1);
        }
        self.contexts = self.contexts.saturating_sub(1);
    }

    /// Starts reading an expansion of `name`'s macro: pushes its end marker
    /// and disables the macro until the marker is read. `false` (after
    /// reporting, and stopping) when expansions nest too deeply.
    fn enter(&mut self, name: &Token) -> bool {
        if self.contexts >= self.limits.max_macro_depth {
            let len = self.tok_len(name);
            let msg = format!(
                "macro expansion nested too deeply (more than {} macros) in `{}`; stopping",
                self.limits.max_macro_depth,
                self.spell(name)
            );
            self.error(name.loc, len, msg);
            self.stop();
            return false;
        }
        let i = name.sym.0 as usize;
        if i >= self.disabled.len() {
            self.disabled.resize(i + 1, 0);
        }
        self.disabled[i] += 1;
        self.contexts += 1;
        let top = self.layers.len() - 1;
        self.layers[top].input.push(Token {
            kind: TokKind::Placemarker,
            flags: 0,
            ..*name
        });
        true
    }

    /// Pushes an object-like macro's body (no `##`) for rescanning.
    fn push_body(&mut self, m: &Macro, name: &Token) {
        let n = m.body.len();
        let top = self.layers.len() - 1;
        if n == 0 {
            // Nothing to read, so nothing to disable the macro for.
            self.layers[top].carry |= inherited(name.flags);
            return;
        }
        if !self.enter(name) {
            return;
        }
        let layer = &mut self.layers[top];
        layer.input.reserve(n);
        for (k, b) in m.body.iter().enumerate().rev() {
            let mut x = *b;
            x.loc = name.loc;
            x.flags = if k == 0 {
                (x.flags & NO_EXPAND) | inherited(name.flags) | EXPANDED
            } else {
                (x.flags & (SPACE | NO_EXPAND)) | EXPANDED
            };
            layer.input.push(x);
        }
        self.charge(n, name, Some(m.name));
    }

    /// Pushes a substitution's result for rescanning: each token gets the
    /// invocation's location, and the first one the invocation's spacing.
    fn push_result(&mut self, out: Vec<Token>, name: &Token) {
        let top = self.layers.len() - 1;
        if out.is_empty() || !self.enter(name) {
            self.layers[top].carry |= inherited(name.flags);
            self.recycle_toks(out);
            return;
        }
        let n = out.len();
        self.layers[top].input.reserve(n);
        for (k, &x) in out.iter().enumerate().rev() {
            let mut x = x;
            x.loc = name.loc;
            x.flags = if k == 0 {
                (x.flags & NO_EXPAND) | inherited(name.flags) | EXPANDED
            } else {
                (x.flags & (SPACE | NO_EXPAND)) | EXPANDED
            };
            self.layers[top].input.push(x);
        }
        self.recycle_toks(out);
        self.charge(n, name, Some(name.sym));
    }

    fn take_args(&mut self) -> Args {
        self.spare_args.pop().unwrap_or_default()
    }

    /// Keeps a buffer for reuse (unless huge: one hostile expansion must not
    /// pin its memory).
    fn recycle_args(&mut self, mut a: Args) {
        if self.spare_args.len() < 64 && a.toks.capacity() <= 1 << 16 {
            a.clear();
            self.spare_args.push(a);
        }
    }

    fn take_toks(&mut self) -> Vec<Token> {
        self.spare_toks.pop().unwrap_or_default()
    }

    fn recycle_toks(&mut self, mut v: Vec<Token>) {
        if self.spare_toks.len() < 64 && v.capacity() <= 1 << 16 {
            v.clear();
            self.spare_toks.push(v);
        }
    }

    /// A function-like macro name: an invocation if `(` follows.
    fn invoke(&mut self, t: Token, m: Rc<Macro>) -> bool {
        let n = self.next(Read::Paren);
        if !n.is(Punct::LParen) {
            self.push_back(n);
            return false;
        }
        let nparams = m.params.len();
        let mut args = self.take_args();
        let mut depth = 0usize;
        loop {
            let mut a = self.next(Read::Args);
            match a.kind {
                TokKind::Eof => {
                    if !self.stopped {
                        let len = self.tok_len(&t);
                        let msg = format!(
                            "unterminated argument list invoking macro `{}`",
                            self.spell(&t)
                        );
                        self.error(t.loc, len, msg).related.push((
                            m.loc,
                            len,
                            "macro defined here".into(),
                        ));
                    }
                    self.recycle_args(args);
                    // The name stays, as in gcc; the arguments are dropped.
                    let mut t = t;
                    t.flags |= NO_EXPAND;
                    self.emit(t);
                    return true;
                }
                TokKind::Punct(Punct::LParen) => depth += 1,
                TokKind::Punct(Punct::RParen) => {
                    if depth == 0 {
                        break;
                    }
                    depth -= 1;
                }
                TokKind::Punct(Punct::Comma)
                    if depth == 0 && !(m.variadic && args.len() + 1 >= nparams) =>
                {
                    args.close();
                    continue;
                }
                _ => {}
            }
            // A newline inside the arguments is just whitespace.
            if a.flags & BOL != 0 {
                a.flags = (a.flags & !BOL) | SPACE;
            }
            // A disabled macro's name is painted when read, here too (gcc).
            if a.kind == TokKind::Ident && self.is_disabled(a.sym) {
                a.flags |= NO_EXPAND;
            }
            args.toks.push(a);
        }
        args.close();
        if nparams == 0 && args.len() == 1 && args.toks.is_empty() {
            args.bounds.clear();
        }
        // `f(a)` for `f(a, ...)`: the variable arguments are left out (GNU).
        let va_omitted = m.variadic && args.len() + 1 == nparams;
        if va_omitted {
            args.close();
        }
        if args.len() != nparams {
            let name = self.spell(&t).to_string();
            let len = name.len() as u32;
            let msg = if args.len() < nparams {
                let need = if m.variadic { nparams - 1 } else { nparams };
                format!(
                    "macro `{name}` requires {need} argument{}{}, but only {} given",
                    if need == 1 { "" } else { "s" },
                    if m.variadic { " or more" } else { "" },
                    args.len()
                )
            } else {
                format!(
                    "macro `{name}` passed {} arguments, but takes just {nparams}",
                    args.len()
                )
            };
            self.error(t.loc, len, msg)
                .related
                .push((m.loc, len, "macro defined here".into()));
            self.recycle_args(args);
            let mut t = t;
            t.flags |= NO_EXPAND;
            self.emit(t);
            return true;
        }
        let Some(first) = next_to_expand(&m, &args, 0) else {
            let out = self.subst(&m, &args, &Args::default(), va_omitted, &t);
            self.push_result(out, &t);
            self.recycle_args(args);
            return true;
        };
        if self.frames.len() >= self.limits.max_macro_depth {
            let len = self.tok_len(&t);
            let msg = format!(
                "macro invocations nested too deeply in arguments (more than {}) at `{}`; stopping",
                self.limits.max_macro_depth,
                self.spell(&t)
            );
            self.error(t.loc, len, msg);
            self.stop();
            return true;
        }
        let mut expanded = self.take_args();
        expanded.bounds.resize(nparams, (0, 0));
        self.frames.push(Frame {
            mac: m,
            name: t,
            args,
            expanded,
            cur: first,
            va_omitted,
            layer: self.layers.len(),
        });
        self.start_arg();
        true
    }

    /// Pushes a layer expanding the top frame's current argument.
    fn start_arg(&mut self) {
        let mut input = self.take_toks();
        let out = self.take_toks();
        let Some(f) = self.frames.last() else {
            return;
        };
        input.extend(f.args.get(f.cur).iter().rev());
        let (name, mac) = (f.name, f.mac.name);
        // Twice: the frame keeps the argument while this copy is expanded.
        self.charge(2 * input.len(), &name, Some(mac));
        self.layers.push(Layer {
            input,
            out,
            kind: LayerKind::Arg,
            carry: 0,
        });
    }

    /// An argument layer is used up: keep its expansion, then expand the next
    /// argument or, when all are done, substitute.
    fn finish_arg(&mut self) {
        let Some(layer) = self.layers.pop() else {
            return;
        };
        let Some(f) = self.frames.last_mut() else {
            return;
        };
        let start = f.expanded.toks.len() as u32;
        f.expanded.toks.extend_from_slice(&layer.out);
        f.expanded.bounds[f.cur] = (start, f.expanded.toks.len() as u32);
        let next = next_to_expand(&f.mac, &f.args, f.cur + 1);
        self.recycle_toks(layer.input);
        self.recycle_toks(layer.out);
        if let Some(p) = next {
            if let Some(f) = self.frames.last_mut() {
                f.cur = p;
            }
            self.start_arg();
            return;
        }
        let Some(f) = self.frames.pop() else {
            return;
        };
        let out = self.subst(&f.mac, &f.args, &f.expanded, f.va_omitted, &f.name);
        self.push_result(out, &f.name);
        self.recycle_args(f.args);
        self.recycle_args(f.expanded);
    }

    /// The replacement list of `m` with parameters replaced (C99 6.10.3.1-3):
    /// `#` stringizes the raw argument, `##` pastes (raw operands; empty ones
    /// are placemarkers), other parameters take the expanded argument.
    fn subst(
        &mut self,
        m: &Macro,
        args: &Args,
        expanded: &Args,
        va_omitted: bool,
        name: &Token,
    ) -> Vec<Token> {
        let body = &m.body;
        // Empty for an object-like macro: no token is a parameter.
        let po = |k: usize| m.param_of.get(k).copied().unwrap_or(NOT_PARAM);
        let func = m.kind == MacroKind::Function;
        let n = body.len();
        let mut out = self.take_toks();
        let arg = |p: u32| args.get(p as usize);
        let placemarker = |t: &Token| Token {
            kind: TokKind::Placemarker,
            flags: t.flags & SPACE,
            ..*t
        };
        let mut has_placemarker = false;
        // `)` closing the `__VA_OPT__(` groups being copied.
        let mut opt_close: Vec<usize> = Vec::new();
        let mut i = 0;
        while i < n {
            let t = body[i];
            if opt_close.last() == Some(&i) {
                opt_close.pop();
                i += 1;
                continue;
            }
            // C23 (and gcc in every mode): `__VA_OPT__(x)` is `x` when the
            // variable arguments have tokens, nothing otherwise.
            if func && m.variadic && t.is_ident(kw::PP_VA_OPT) {
                if let Some(close) = va_opt_close(body, i + 1) {
                    let va = arg(m.params.len() as u32 - 1);
                    if va.is_empty() {
                        out.push(placemarker(&t));
                        has_placemarker = true;
                        i = close + 1;
                    } else {
                        opt_close.push(close);
                        i += 2;
                    }
                    continue;
                }
            }
            if func && t.is(Punct::Hash) && i + 1 < n && po(i + 1) != NOT_PARAM {
                let mut s = self.stringize(arg(po(i + 1)), name);
                s.flags = t.flags & SPACE;
                out.push(s);
                i += 2;
                continue;
            }
            if t.is(Punct::HashHash) && i + 1 < n {
                let r = body[i + 1];
                let rp = po(i + 1);
                // GNU: `, ## __VA_ARGS__` drops the comma when the variable
                // arguments are left out (or empty, when they are the only
                // parameter), and is a plain `, __VA_ARGS__` otherwise. As in
                // gcc, any comma counts, even one that ends an argument.
                if rp != NOT_PARAM
                    && m.variadic
                    && rp as usize + 1 == m.params.len()
                    && out.last().is_some_and(|t| t.is(Punct::Comma))
                {
                    let va = arg(rp);
                    if va.is_empty() {
                        if va_omitted || m.params.len() == 1 {
                            out.pop();
                        }
                    } else {
                        let start = out.len();
                        out.extend_from_slice(va);
                        out[start].flags = (out[start].flags & !SPACE) | (r.flags & SPACE);
                    }
                    i += 2;
                    continue;
                }
                // The right operand: its first token is pasted, the rest follow.
                let (first, rest, skip): (Token, &[Token], usize) = if rp != NOT_PARAM {
                    match arg(rp).split_first() {
                        Some((f, rest)) => (*f, rest, 2),
                        None => (placemarker(&r), &[], 2),
                    }
                } else if func && r.is(Punct::Hash) && i + 2 < n && po(i + 2) != NOT_PARAM {
                    (self.stringize(arg(po(i + 2)), name), &[], 3)
                } else {
                    (r, &[], 2)
                };
                let lhs = out.pop().unwrap_or_else(|| placemarker(&t));
                self.paste(lhs, first, m, name, &mut out);
                out.extend_from_slice(rest);
                has_placemarker |= out.last().is_some_and(|t| t.kind == TokKind::Placemarker);
                i += skip;
                continue;
            }
            if po(i) != NOT_PARAM {
                let p = po(i);
                let paste_next = body.get(i + 1).is_some_and(|x| x.is(Punct::HashHash));
                let src = if paste_next {
                    arg(p)
                } else {
                    expanded.get(p as usize)
                };
                if src.is_empty() {
                    if paste_next {
                        out.push(placemarker(&t));
                        has_placemarker = true;
                    }
                } else {
                    let start = out.len();
                    out.extend_from_slice(src);
                    out[start].flags = (out[start].flags & !(SPACE | BOL)) | (t.flags & SPACE);
                }
                i += 1;
                continue;
            }
            out.push(t);
            i += 1;
        }
        if has_placemarker {
            out.retain(|t| t.kind != TokKind::Placemarker);
        }
        out
    }

    /// `lhs ## rhs` appended to `out`: one new token, or both unchanged after
    /// an error if they do not form one.
    fn paste(&mut self, lhs: Token, rhs: Token, m: &Macro, name: &Token, out: &mut Vec<Token>) {
        if lhs.kind == TokKind::Placemarker {
            let mut r = rhs;
            r.flags = (r.flags & !SPACE) | (lhs.flags & SPACE);
            out.push(r);
            return;
        }
        if rhs.kind == TokKind::Placemarker {
            out.push(lhs);
            return;
        }
        let (a, b) = (self.spell(&lhs), self.spell(&rhs));
        let s = format!("{a}{b}");
        if !self.charge_text(s.len(), name) {
            out.push(lhs);
            return;
        }
        match lex::lex_one(&mut self.sess.interner, &s) {
            Some((kind, sym)) => out.push(Token {
                kind,
                sym,
                loc: lhs.loc,
                flags: lhs.flags & SPACE,
            }),
            None => {
                let msg = format!(
                    "pasting `{}` and `{}` does not give a valid preprocessing token",
                    self.spell(&lhs),
                    self.spell(&rhs)
                );
                let len = self.tok_len(name);
                let mlen = self.sess.interner.str(m.name).len() as u32;
                self.error(name.loc, len, msg)
                    .related
                    .push((m.loc, mlen, "in this macro".into()));
                out.push(lhs);
                out.push(rhs);
            }
        }
    }

    /// Counts `n` bytes of new spellings; false (after reporting) past the limit.
    fn charge_text(&mut self, n: usize, at: &Token) -> bool {
        self.text_made += n as u64;
        if self.text_made > self.limits.max_text {
            if !self.stopped {
                let len = self.tok_len(at);
                let msg = format!(
                    "macro expansion makes too much text with `#` and `##` (more than {} bytes); stopping",
                    self.limits.max_text
                );
                self.error(at.loc, len, msg);
                self.stop();
            }
            return false;
        }
        true
    }

    /// `#arg`: the argument's spelling as a string literal (C99 6.10.3.2).
    fn stringize(&mut self, arg: &[Token], name: &Token) -> Token {
        let mut s = String::from("\"");
        let mut first = true;
        for t in arg {
            if t.kind == TokKind::Placemarker {
                continue;
            }
            if !first && t.flags & (SPACE | BOL) != 0 {
                s.push(' ');
            }
            first = false;
            // `"` and `\` are escaped in literals (an unterminated one too,
            // so that the result stays one valid string literal).
            let quoted = matches!(t.kind, TokKind::Str | TokKind::Char)
                || lex::is_unterminated(&self.sess.interner, t);
            let sp = self.sess.interner.str(t.sym);
            if quoted {
                escape_into(&mut s, sp);
            } else {
                s.push_str(sp);
            }
        }
        // A trailing lone `\` would escape the closing quote.
        let trailing = s.len() - s.trim_end_matches('\\').len();
        if trailing % 2 == 1 {
            s.pop();
            self.warn(name.loc, 1, "invalid string literal, ignoring final `\\`");
        }
        s.push('"');
        let sym = if self.charge_text(s.len(), name) {
            self.sess.interner.intern(&s)
        } else {
            self.sess.interner.intern("\"\"")
        };
        Token {
            kind: TokKind::Str,
            sym,
            loc: name.loc,
            flags: 0,
        }
    }

    /// A builtin macro; `false` to leave it alone (`__has_include` outside `#if`).
    fn builtin(&mut self, t: Token, b: Builtin) -> bool {
        let (kind, text) = match b {
            Builtin::File | Builtin::BaseFile => {
                let f = if b == Builtin::File {
                    t.loc.file
                } else {
                    self.main_file
                };
                let file = self.sess.sources.file(f);
                let name = if b == Builtin::File {
                    file.presumed(t.loc.pos).0
                } else {
                    &file.name
                };
                let mut s = String::from("\"");
                escape_into(&mut s, name);
                s.push('"');
                (TokKind::Str, s)
            }
            Builtin::Line => {
                let line = self.sess.sources.file(t.loc.file).presumed(t.loc.pos).1;
                (TokKind::Number, line.to_string())
            }
            Builtin::Date | Builtin::Time | Builtin::Timestamp => {
                let (d, tm, ts) = self.date_time();
                let s = match b {
                    Builtin::Date => d,
                    Builtin::Time => tm,
                    _ => ts,
                };
                (TokKind::Str, s)
            }
            Builtin::Counter => {
                self.counter += 1;
                (TokKind::Number, (self.counter - 1).to_string())
            }
            Builtin::IncludeLevel => (
                TokKind::Number,
                self.files.len().saturating_sub(1).to_string(),
            ),
            Builtin::HasInclude | Builtin::HasIncludeNext | Builtin::HasNothing => {
                if !self.in_if {
                    return false;
                }
                let v = self.has_operator(&t, b);
                (TokKind::Number, (v as u8).to_string())
            }
        };
        let sym = self.sess.interner.intern(&text);
        let top = self.layers.len() - 1;
        self.layers[top].input.push(Token {
            kind,
            sym,
            loc: t.loc,
            flags: (t.flags & (BOL | SPACE)) | EXPANDED,
        });
        true
    }

    /// `__DATE__` and `__TIME__` as string literals (UTC; SOURCE_DATE_EPOCH
    /// wins over the clock, for reproducible builds).
    fn date_time(&mut self) -> (String, String, String) {
        if let Some(dt) = &self.date_time {
            return dt.clone();
        }
        let secs = std::env::var("SOURCE_DATE_EPOCH")
            .ok()
            .and_then(|s| s.trim().parse::<i64>().ok())
            .filter(|&s| (0..=253_402_300_799).contains(&s))
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| d.as_secs() as i64)
            });
        let dt = format_date_time(secs);
        self.date_time = Some(dt.clone());
        dt
    }

    /// `defined X` / `defined(X)` in `#if`.
    fn if_defined(&mut self, t: Token) {
        let mut n = self.next(Read::Args);
        let paren = n.is(Punct::LParen);
        if paren {
            n = self.next(Read::Args);
        }
        let mut v = false;
        if n.kind == TokKind::Ident {
            v = self.is_defined(n.sym);
            if paren {
                let c = self.next(Read::Args);
                if !c.is(Punct::RParen) {
                    let len = self.tok_len(&c);
                    self.error(c.loc, len, "missing `)` after `defined`");
                    self.push_back(c);
                }
            }
        } else {
            let len = self.tok_len(&n);
            self.error(n.loc, len, "operator `defined` requires an identifier");
            self.push_back(n);
        }
        let sym = if v { self.syms.one } else { self.syms.zero };
        self.emit(Token {
            kind: TokKind::Number,
            sym,
            loc: t.loc,
            flags: t.flags & (BOL | SPACE),
        });
    }

    /// `__has_include(...)`, `__has_include_next(...)`, `__has_attribute(x)`...
    fn has_operator(&mut self, t: &Token, b: Builtin) -> bool {
        let open = self.next(Read::Args);
        if !open.is(Punct::LParen) {
            let len = self.tok_len(t);
            let msg = format!("missing `(` after `{}`", self.spell(t));
            self.error(t.loc, len, msg);
            self.push_back(open);
            return false;
        }
        let mut inner = Vec::new();
        let mut depth = 0usize;
        loop {
            let a = self.next(Read::Args);
            match a.kind {
                TokKind::Eof => {
                    let len = self.tok_len(t);
                    let msg = format!("missing `)` after `{}`", self.spell(t));
                    self.error(t.loc, len, msg);
                    return false;
                }
                TokKind::Punct(Punct::LParen) => depth += 1,
                TokKind::Punct(Punct::RParen) if depth == 0 => break,
                TokKind::Punct(Punct::RParen) => depth -= 1,
                _ => {}
            }
            inner.push(a);
        }
        match b {
            Builtin::HasInclude | Builtin::HasIncludeNext => match self.header_name(&inner, t) {
                Some((name, angled, _)) => self
                    .find_include(&name, angled, b == Builtin::HasIncludeNext, t, false)
                    .is_some(),
                None => false,
            },
            _ => false,
        }
    }

    /// `_Pragma("...")`: runs the pragma.
    fn pragma_op(&mut self, t: Token) {
        let bad = |pp: &mut Self, x: Token| {
            pp.error(t.loc, 7, "_Pragma takes a parenthesized string literal");
            pp.push_back(x);
        };
        let a = self.next(Read::Args);
        if !a.is(Punct::LParen) {
            return bad(self, a);
        }
        let s = self.next(Read::Args);
        if s.kind != TokKind::Str {
            return bad(self, s);
        }
        let c = self.next(Read::Args);
        if !c.is(Punct::RParen) {
            return bad(self, c);
        }
        // Destringize (C99 6.10.9): drop the prefix and quotes, undo \" and \\.
        let sp = self.spell(&s).to_string();
        let body = sp
            .find('"')
            .and_then(|i| sp.get(i + 1..sp.len() - 1))
            .unwrap_or("");
        let mut text = String::with_capacity(body.len());
        let mut chars = body.chars();
        while let Some(ch) = chars.next() {
            if ch == '\\' {
                match chars.next() {
                    Some(n @ ('"' | '\\')) => text.push(n),
                    Some(n) => {
                        text.push('\\');
                        text.push(n);
                    }
                    None => text.push('\\'),
                }
            } else {
                text.push(ch);
            }
        }
        let toks = lex::lex_str(&mut self.sess.interner, &text, t.loc);
        self.pragma(&toks, t.loc);
    }

    /// The header name of `#include`/`__has_include` tokens: `(name, angled,
    /// rest)` where `rest` is how many tokens follow it. Reports malformed
    /// names at `at`.
    pub(super) fn header_name(
        &mut self,
        toks: &[Token],
        at: &Token,
    ) -> Option<(String, bool, usize)> {
        if let Some(r) = self.header_name_direct(toks) {
            return Some(r);
        }
        let first = toks.first().copied();
        let toks = match first {
            Some(f) if f.kind == TokKind::Str || f.is(Punct::Lt) => toks.to_vec(),
            // Computed: `#include MACRO`.
            _ => self.expand_bounded(toks.to_vec(), self.in_if),
        };
        if let Some(r) = self.header_name_direct(&toks) {
            return Some(r);
        }
        if let Some(f) = toks.first() {
            if f.is(Punct::Lt) {
                // `<` ... `>` from tokens: spellings, spaced as they were.
                if let Some(end) = toks.iter().position(|t| t.is(Punct::Gt)) {
                    // As gcc: the whitespace before a macro's expansion is not
                    // part of the name (`< incdir funnyname >` is
                    // `<tests/42test.h>`), only the whitespace inside one.
                    let mut inner = toks[1..end].to_vec();
                    for t in &mut inner {
                        if t.flags & SPACE_BEFORE_MACRO != 0 {
                            t.flags &= !SPACE;
                        }
                    }
                    let name = self.join_spellings(&inner);
                    return Some((name, true, toks.len() - end - 1));
                }
                self.error(f.loc, 1, "missing terminating `>` character");
                return None;
            }
        }
        let (loc, len) = first.map_or((at.loc, self.tok_len(at)), |f| (f.loc, self.tok_len(&f)));
        self.error(loc, len, "expected \"FILENAME\" or <FILENAME>");
        None
    }

    /// A header name written directly: a plain string literal, or `<...>` in
    /// the file's text (taken verbatim: `//` or `'` in it are not lexed).
    fn header_name_direct(&self, toks: &[Token]) -> Option<(String, bool, usize)> {
        let f = toks.first()?;
        let s = self.spell(f);
        if f.kind == TokKind::Str && s.starts_with('"') {
            return Some((s[1..s.len() - 1].to_string(), false, toks.len() - 1));
        }
        if f.is(Punct::Lt) && f.flags & EXPANDED == 0 {
            let text = self.sess.sources.file(f.loc.file).text.as_bytes();
            let start = f.loc.pos as usize + 1;
            let end = text
                .get(start..)?
                .iter()
                .position(|&c| c == b'>' || c == b'\n')
                .map(|k| start + k)?;
            if text[end] != b'>' {
                return None;
            }
            let name = String::from_utf8_lossy(&text[start..end]).into_owned();
            let rest = toks
                .iter()
                .filter(|t| t.loc.file != f.loc.file || t.loc.pos as usize > end)
                .count();
            return Some((name, true, rest));
        }
        None
    }
}

/// `("Mmm dd yyyy", "hh:mm:ss")` of a Unix time, in UTC.
/// `__DATE__`, `__TIME__` and `__TIMESTAMP__` (asctime's form) for a time
/// in seconds since 1970 (UTC), as string literals.
pub(super) fn format_date_time(secs: i64) -> (String, String, String) {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    // Civil from days (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = if m <= 2 { y + 1 } else { y };
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let month = MONTHS[(m - 1).clamp(0, 11) as usize];
    const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    // 1970-01-01 was a Thursday.
    let wday = DAYS[(days + 4).rem_euclid(7) as usize];
    let hms = format!("{:02}:{:02}:{:02}", rem / 3600, rem % 3600 / 60, rem % 60);
    (
        format!("\"{month} {d:2} {y}\""),
        format!("\"{hms}\""),
        format!("\"{wday} {month} {d:2} {hms} {y}\""),
    )
}

/// The first parameter from `from` on whose argument must be macro-expanded
/// before substitution (used outside `#` and `##`, and not empty).
fn next_to_expand(m: &Macro, args: &Args, from: usize) -> Option<usize> {
    (from..m.params.len()).find(|&p| m.expand_arg[p] && !args.get(p).is_empty())
}

/// The spacing flags the first token of an expansion takes from the macro
/// name: its line start and whitespace, marked as the invocation's.
fn inherited(name_flags: u8) -> u8 {
    let f = name_flags & (BOL | SPACE);
    if f & SPACE != 0 {
        f | SPACE_BEFORE_MACRO
    } else {
        f
    }
}

/// The index of the `)` closing a `__VA_OPT__(` whose `(` is at `open`.
fn va_opt_close(body: &[Token], open: usize) -> Option<usize> {
    if !body.get(open)?.is(Punct::LParen) {
        return None;
    }
    let mut depth = 0usize;
    for (k, t) in body.iter().enumerate().skip(open) {
        if t.is(Punct::LParen) {
            depth += 1;
        } else if t.is(Punct::RParen) {
            depth -= 1;
            if depth == 0 {
                return Some(k);
            }
        }
    }
    None
}
