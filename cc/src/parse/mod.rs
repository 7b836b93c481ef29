//! The parser: preprocessed tokens to a typed [`Unit`].
//!
//! A recursive-descent parser in the manner of chibicc, with the semantic
//! checks done as each construct is built (types of expressions, implicit
//! conversions, scopes, constant folding), so what comes out is already
//! checked and needs no second pass. Split by what it parses:
//! declarations and types ([`decl`]), expressions ([`expr`]), statements
//! ([`stmt`]), initializers ([`init`]), and literal spellings ([`lit`]).
//!
//! Untrusted input: nothing here panics on any token stream, recursion is
//! bounded by [`MAX_DEPTH`], and the parser gives up after
//! [`crate::diag::MAX_ERRORS`] errors.

mod builtin;
mod complex;
mod decl;
mod expr;
mod format;
mod gnu;
mod init;
pub mod lit;
mod ms_layout;
pub(crate) mod proto;
mod stmt;
mod vector;
mod vla;

pub(crate) use expr::canon as canon_of;

use crate::ast::*;
use crate::fxhash::{FxHashMap, FxHashSet};
use crate::source::Loc;
use crate::token::{Punct, Sym, TokKind, Token};
use crate::types::{ty, TypeId, Types};
use crate::Session;
use std::collections::HashMap;

/// Deepest nesting of expressions, declarators and statements the parser
/// accepts; deeper input is an error, not a stack overflow.
pub const MAX_DEPTH: u32 = 1000;

/// Most operators one expression may have of those the parser builds into
/// left-leaning trees without recursing (binary operators, postfix
/// operators, commas): every later stage walks expression trees
/// recursively, so this bounds their depth as [`MAX_DEPTH`] bounds the
/// parser's. Counted over the whole outermost expression, which bounds
/// the depth of any tree in it whatever the order its parts are parsed
/// in. (A chain of 750,000 `+`, 1.5 MB of source, overflowed the
/// compiler's 256 MiB stack.)
pub const MAX_CHAIN: u32 = 100_000;

/// What an implicit conversion is for, as its diagnostics name it. An
/// argument's text is made only for a diagnostic, not for every call.
#[derive(Clone, Copy, Debug)]
pub(crate) enum ConvFor<'a> {
    /// "initialization", "return", "assignment", ...
    Op(&'a str),
    /// Argument `n` (from 1) of a call to the named function (`None`:
    /// through a pointer).
    Arg(usize, Option<Sym>),
}

/// What an ordinary identifier means in a scope.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Binding {
    Local(LocalId),
    Global(GlobalId),
    Typedef(TypeId),
    /// Enumeration constant: value (as `int`) and enum type.
    EnumConst(i64, TypeId),
}

/// One namespace's bindings: a stack of bindings per name. All bindings are
/// in one stack (innermost scope last), each linked to the one it shadows,
/// and the newest per name is found by `Sym` (a dense id): no hashing and no
/// allocation per name, which a map of per-name stacks cost on every lookup
/// and declaration.
struct Namespace<V> {
    /// Index in `stack` of each symbol's newest binding (`NONE`: unbound).
    newest: Vec<u32>,
    stack: Vec<Bound<V>>,
}

struct Bound<V> {
    sym: Sym,
    depth: u32,
    value: V,
    /// The binding this one shadows (`NONE`: none).
    shadows: u32,
}

const NONE: u32 = u32::MAX;

impl<V: Copy> Namespace<V> {
    fn get(&self, s: Sym) -> Option<&Bound<V>> {
        let i = *self.newest.get(s.0 as usize)?;
        self.stack.get(i as usize)
    }
    fn bind(&mut self, s: Sym, value: V, depth: u32) {
        let k = s.0 as usize;
        if self.newest.len() <= k {
            self.newest.resize(k + 1, NONE);
        }
        let shadows = self.newest[k];
        if let Some(b) = self.stack.get_mut(shadows as usize) {
            if b.depth == depth {
                b.value = value;
                return;
            }
        }
        self.newest[k] = self.stack.len() as u32;
        self.stack.push(Bound {
            sym: s,
            depth,
            value,
            shadows,
        });
    }
    /// Drops the bindings made at `depth` (the innermost scope's: they are
    /// last in the stack).
    fn close(&mut self, depth: u32) {
        while let Some(b) = self.stack.last() {
            if b.depth < depth {
                break;
            }
            self.newest[b.sym.0 as usize] = b.shadows;
            self.stack.pop();
        }
    }
}

impl<V> Default for Namespace<V> {
    fn default() -> Self {
        Namespace {
            newest: Vec::new(),
            stack: Vec::new(),
        }
    }
}

/// Scoped names: ordinary identifiers and tags.
#[derive(Default)]
struct Scopes {
    names: Namespace<Binding>,
    tags: Namespace<TypeId>,
    /// Open scopes (0: file scope).
    depth: u32,
}

impl Scopes {
    fn open(&mut self) {
        self.depth += 1;
    }
    fn close(&mut self) {
        if self.depth > 0 {
            self.names.close(self.depth);
            self.tags.close(self.depth);
            self.depth -= 1;
        }
    }
    fn lookup(&self, s: Sym) -> Option<Binding> {
        self.names.get(s).map(|b| b.value)
    }
    /// The binding of `s` in the innermost scope only.
    fn lookup_here(&self, s: Sym) -> Option<Binding> {
        self.names
            .get(s)
            .filter(|b| b.depth == self.depth)
            .map(|b| b.value)
    }
    fn bind(&mut self, s: Sym, b: Binding) {
        self.names.bind(s, b, self.depth);
    }
    fn lookup_tag(&self, s: Sym) -> Option<TypeId> {
        self.tags.get(s).map(|b| b.value)
    }
    fn lookup_tag_here(&self, s: Sym) -> Option<TypeId> {
        self.tags
            .get(s)
            .filter(|b| b.depth == self.depth)
            .map(|b| b.value)
    }
    fn bind_tag(&mut self, s: Sym, t: TypeId) {
        self.tags.bind(s, t, self.depth);
    }
}

/// The globals in each list of attributed globals of the unit, so that
/// adding one does not scan its list (100,000 aliases took 3 s).
#[derive(Default)]
pub(crate) struct Listed {
    /// In `unit.weak`.
    pub(crate) weak: FxHashSet<GlobalId>,
    /// In `unit.aliases`.
    pub(crate) aliases: FxHashSet<GlobalId>,
    /// In `unit.ctors`.
    pub(crate) ctors: FxHashSet<GlobalId>,
    /// In `unit.dtors`.
    pub(crate) dtors: FxHashSet<GlobalId>,
    /// In `unit.noinline`.
    pub(crate) noinline: FxHashSet<GlobalId>,
}

/// State of the function whose body is being parsed.
pub(crate) struct FnCtx {
    /// The function being defined.
    pub global: GlobalId,
    pub ret: TypeId,
    pub locals: Vec<Local>,
    pub labels: u32,
    /// Named labels: id, where defined (if yet), first use.
    pub named_labels: FxHashMap<Sym, (LabelId, Option<Loc>, Loc)>,
    /// Open `switch` statements: cases and default found so far.
    pub switches: Vec<SwitchCtx>,
    /// Open loops and switches (for `break`) and loops (for `continue`).
    pub breakable: u32,
    pub continuable: u32,
    pub variadic: bool,
    pub name: Sym,
    pub calls_setjmp: bool,
    /// Variable-length array declarations so far.
    pub vla_allocs: u32,
    /// Cleanups (`__attribute__((cleanup))`) declared so far.
    pub cleanups: u32,
    /// Each block scope's enclosing one ([`crate::ast::FuncDef::scope_parents`]),
    /// and the scopes open now (innermost last).
    pub scope_parents: Vec<u32>,
    pub open_scopes: Vec<u32>,
    /// Labels whose address is taken (`&&label`), in order of first use.
    pub label_addrs: Vec<LabelId>,
    /// The same labels, to find one without scanning the list.
    pub label_addr_set: FxHashSet<LabelId>,
    /// Variable-length arrays in scope, in declaration order: the local
    /// holding the stack pointer before each was allocated, and the scope
    /// depth it was declared at.
    pub live_vlas: Vec<(LocalId, u32)>,
    /// How many variable-length arrays were in scope at each label.
    pub label_vlas: FxHashMap<LabelId, usize>,
}

pub(crate) struct SwitchCtx {
    pub ty: TypeId,
    pub cases: Vec<(u64, u64, LabelId, Loc)>,
    /// The case ranges by their low end, as keys that sort in the
    /// controlling type's order (see `case_stmt`): a duplicate is found in
    /// logarithmic time, not by scanning every case before it.
    pub ranges: std::collections::BTreeMap<u64, u64>,
    pub default: Option<(LabelId, Loc)>,
}

/// The parser of one translation unit.
pub struct Parser<'a> {
    toks: &'a [Token],
    pos: usize,
    pub(crate) sess: &'a mut Session,
    pub(crate) types: &'a mut Types,
    pub(crate) unit: Unit,
    scopes: Scopes,
    /// File-scope names with linkage, for redeclarations (also from block scope).
    pub(crate) linkage: FxHashMap<Sym, GlobalId>,
    pub(crate) func: Option<FnCtx>,
    depth: u32,
    /// Chained operators in the outermost expression being parsed (see
    /// [`MAX_CHAIN`]).
    chain: u32,
    /// How many chain-building parses are open: the count restarts when
    /// an outermost one starts.
    in_chain: u32,
    /// Counter for made-up names (string literals, static locals).
    anon: u32,
    /// Interned `__func__` strings per function.
    func_name_global: Option<GlobalId>,
    /// Gave up: too many errors or too deep.
    pub(crate) stop: bool,
    /// A non-constant array size just parsed (a variable-length array).
    vla_pending: Option<(Expr, Option<(usize, usize)>)>,
    /// Element counts of variable-length array types (`TypeKind::Vla`'s index).
    pub(crate) vla_counts: Vec<vla::VlaCount>,
    /// A GNU `[a ... b]` designator range being initialized.
    pending_range: Option<(u64, u64)>,
    /// String literals already made, by contents (looked up without a
    /// copy) and element type. SipHash: the source chooses the contents.
    strings: HashMap<Vec<u8>, Vec<(TypeId, GlobalId)>>,
    /// Library functions declared by the parser for a `__builtin_NAME`
    /// (so a program's own differing prototype is only a warning).
    pub(crate) builtin_decls: FxHashSet<GlobalId>,
    /// Enumerations (by [`crate::types::TypeKind::Enum`] number) defined
    /// with their enumerators, as opposed to only forward-declared.
    pub(crate) enums_defined: FxHashSet<u32>,
    /// The names of the parameters declared so far in each parameter list
    /// being parsed (`int f(int n, int a[n])` sees `n` in `a`'s size).
    pub(crate) param_names: Vec<Vec<Sym>>,
    /// Parsing a native config's prototype ([`proto`]): the outermost
    /// parameter list's parameters as declared, before adjustment.
    pub(crate) proto: Option<proto::Capture>,
    /// `constructor`/`destructor` attributes (with their priority) seen in
    /// the declaration being parsed, for the functions it declares.
    pub(crate) pending_ctor: Option<u32>,
    pub(crate) pending_dtor: Option<u32>,
    /// A `cleanup(f)` attribute seen in the declarator being parsed: the
    /// function designator.
    pub(crate) pending_cleanup: Option<Expr>,
    /// Set by a block-scope declaration for the `decl_spec` call that reads
    /// its specifiers: only there may `__auto_type` appear.
    pub(crate) auto_type_ok: bool,
    /// `weak` and `alias("name")` attributes seen in the declaration being
    /// parsed, for the file-scope names it declares.
    pub(crate) pending_weak: bool,
    /// `noinline` seen in the declaration being parsed.
    pub(crate) pending_noinline: bool,
    pub(crate) pending_alias: Option<(String, Loc)>,
    /// The globals already in `unit.weak`, `unit.aliases`, `unit.ctors`
    /// and `unit.dtors`.
    pub(crate) listed: Listed,
    /// `__asm__("name")` after a declarator: the symbol the declared
    /// object or function links by (its C name stays its name in C).
    pub(crate) pending_asm_name: Option<Sym>,
    /// Records whose member lists are being parsed (innermost last).
    pub(crate) defining: Vec<TypeId>,
    /// Lower each function definition as it ends, as translation unit
    /// number `tu` ([`parse_and_lower`]), instead of keeping its syntax tree.
    lower_tu: Option<u32>,
    /// The functions lowered so far.
    lowered: Vec<crate::ir::Func>,
    /// Where lowered functions are offered to the early backend.
    early: Option<crate::backend::EarlySink>,
    /// Function definitions so far (each one's index in the unit's bodies).
    defined: usize,
    /// Parsing the declaration of a `for` clause (C99 6.8.5p3: only
    /// objects with automatic or register storage).
    in_for_init: bool,
    /// A member of the C library archive: only the function definitions
    /// named here (by link name), and those a parsed one or a file-scope
    /// initializer refers to, are parsed; see [`parse_and_lower`].
    keep: Option<FxHashSet<Sym>>,
    /// Function definitions not needed (yet) in a library member: the
    /// function, its declaration and where its body starts.
    deferred: Vec<Deferred>,
    /// Every use of a file-scope name, with the function it is in (`None`:
    /// a file-scope initializer), when recorded ([`parse_recording_uses`]).
    uses: Option<Vec<(Option<GlobalId>, GlobalId)>>,
}

/// A function definition whose body was skipped ([`Parser::keep`]).
pub(crate) struct Deferred {
    pub id: GlobalId,
    pub spec: decl::DeclSpec,
    pub decl: decl::Declarator,
    /// The position of the body's `{`.
    pub body: usize,
}

/// Parses one preprocessed translation unit. Errors and warnings go to
/// `sess.diags`; the returned unit is complete only when there were none.
pub fn parse(sess: &mut Session, types: &mut Types, toks: &[Token]) -> Unit {
    let mut p = Parser::new(sess, types, toks);
    p.translation_unit();
    p.unit
}

/// [`parse`], also returning every use of a file-scope name: the name,
/// and the function whose body uses it (`None`: an initializer at file
/// scope). The C library's dependency graph is made of them.
pub fn parse_recording_uses(
    sess: &mut Session,
    types: &mut Types,
    toks: &[Token],
) -> (Unit, Vec<(Option<GlobalId>, GlobalId)>) {
    let mut p = Parser::new(sess, types, toks);
    p.uses = Some(Vec::new());
    p.translation_unit();
    let uses = p.uses.take().unwrap_or_default();
    (p.unit, uses)
}

/// [`parse`], lowering every function definition (as translation unit
/// number `tu`) as soon as it is parsed and dropping its syntax tree: the
/// unit (whose `funcs` stays empty) and the lowered functions, in
/// definition order. Once an error is reported nothing more is lowered (the
/// tree may be malformed, and the compilation fails anyway).
///
/// `keep` (for a member of the C library, which is ours and compiles whole
/// in CI): parse only the bodies of the functions it names, of those that
/// parsed code or a file-scope initializer refers to, and of constructors
/// and destructors; the other definitions stay declarations. Their bodies
/// are parsed at the end of the unit, where every file-scope declaration
/// is visible, which for a well-formed file changes nothing.
///
/// `early`: offer each function as it is lowered to the early backend
/// (see [`crate::backend::EarlySink::offer`]).
pub(crate) fn parse_and_lower(
    sess: &mut Session,
    types: &mut Types,
    toks: &[Token],
    tu: u32,
    keep: Option<FxHashSet<Sym>>,
    early: Option<crate::backend::EarlySink>,
) -> (Unit, Vec<crate::ir::Func>) {
    let mut p = Parser::new(sess, types, toks);
    p.lower_tu = Some(tu);
    p.keep = keep;
    p.early = early;
    p.translation_unit();
    (p.unit, p.lowered)
}

impl<'a> Parser<'a> {
    /// A parser at the start of `toks`, with the file scope open.
    fn new(sess: &'a mut Session, types: &'a mut Types, toks: &'a [Token]) -> Parser<'a> {
        let mut p = Parser {
            toks,
            pos: 0,
            sess,
            types,
            unit: Unit::default(),
            scopes: Scopes::default(),
            linkage: FxHashMap::default(),
            func: None,
            depth: 0,
            chain: 0,
            in_chain: 0,
            anon: 0,
            func_name_global: None,
            stop: false,
            vla_pending: None,
            vla_counts: Vec::new(),
            pending_range: None,
            strings: HashMap::new(),
            builtin_decls: FxHashSet::default(),
            enums_defined: FxHashSet::default(),
            param_names: Vec::new(),
            proto: None,
            pending_ctor: None,
            pending_dtor: None,
            pending_cleanup: None,
            auto_type_ok: false,
            pending_weak: false,
            pending_noinline: false,
            pending_alias: None,
            listed: Listed::default(),
            pending_asm_name: None,
            defining: Vec::new(),
            lower_tu: None,
            lowered: Vec::new(),
            early: None,
            defined: 0,
            in_for_init: false,
            keep: None,
            deferred: Vec::new(),
            uses: None,
        };
        p.scopes.open();
        p
    }
}

impl<'a> Parser<'a> {
    // ---- token cursor ----

    pub(crate) fn peek(&self) -> Token {
        self.tok_at(self.pos)
    }

    pub(crate) fn peek_at(&self, n: usize) -> Token {
        self.tok_at(self.pos + n)
    }

    fn tok_at(&self, i: usize) -> Token {
        match self.toks.get(i).or(self.toks.last()) {
            Some(t) => *t,
            None => Token {
                kind: TokKind::Eof,
                sym: Sym(0),
                loc: Loc::default(),
                flags: 0,
            },
        }
    }

    pub(crate) fn next(&mut self) -> Token {
        let t = self.peek();
        if t.kind != TokKind::Eof {
            self.pos += 1;
        }
        t
    }

    pub(crate) fn at(&self, p: Punct) -> bool {
        self.peek().is(p)
    }

    pub(crate) fn at_kw(&self, k: Sym) -> bool {
        self.peek().is_ident(k)
    }

    pub(crate) fn eat(&mut self, p: Punct) -> bool {
        if self.at(p) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    pub(crate) fn eat_kw(&mut self, k: Sym) -> bool {
        if self.at_kw(k) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    pub(crate) fn loc(&self) -> Loc {
        self.peek().loc
    }

    pub(crate) fn at_eof(&self) -> bool {
        self.peek().kind == TokKind::Eof
    }

    /// Consumes `p` or reports "expected `p` <context>".
    /// [`Parser::expect`] with a context made only when it is needed (a
    /// `format!` per statement was a measurable part of parsing).
    pub(crate) fn expect_with(&mut self, p: Punct, context: impl FnOnce() -> String) -> bool {
        self.eat(p) || self.expect(p, &context())
    }

    pub(crate) fn expect(&mut self, p: Punct, context: &str) -> bool {
        if self.eat(p) {
            return true;
        }
        let t = self.peek();
        let found = self.describe(&t);
        let msg = if context.is_empty() {
            format!("expected `{}`, found {found}", p.text())
        } else {
            format!("expected `{}` {context}, found {found}", p.text())
        };
        // A missing `;` is reported at the end of what came before, as
        // compilers do, so the caret is on the line that lacks it.
        let loc = if p == Punct::Semi && self.pos > 0 && t.flags & crate::token::BOL != 0 {
            let prev = self.tok_at(self.pos - 1);
            Loc {
                file: prev.loc.file,
                pos: prev.loc.pos + self.spelling_len(&prev),
            }
        } else {
            t.loc
        };
        self.error(loc, self.spelling_len(&t).max(1), msg);
        false
    }

    /// `identifier` spelling, or a description of a non-identifier token.
    pub(crate) fn describe(&self, t: &Token) -> String {
        match t.kind {
            TokKind::Eof => "end of file".into(),
            _ => format!("`{}`", self.sess.interner.str(t.sym)),
        }
    }

    pub(crate) fn spelling_len(&self, t: &Token) -> u32 {
        match t.kind {
            TokKind::Eof => 1,
            _ => self.sess.interner.str(t.sym).len() as u32,
        }
    }

    pub(crate) fn str(&self, s: Sym) -> &str {
        self.sess.interner.str(s)
    }

    /// A called function as diagnostics name it.
    pub(crate) fn callee_name(&self, name: Option<Sym>) -> String {
        name.map_or("function".to_string(), |n| format!("`{}`", self.str(n)))
    }

    pub(crate) fn ty_name(&self, t: TypeId) -> String {
        self.types.name(t, &self.sess.interner)
    }

    // ---- diagnostics ----

    pub(crate) fn error(&mut self, loc: Loc, len: u32, msg: impl Into<String>) {
        self.sess.diags.error(loc, len, msg);
        if self.sess.diags.too_many() {
            self.stop = true;
        }
    }

    pub(crate) fn error_at(&mut self, loc: Loc, msg: impl Into<String>) {
        self.error(loc, 1, msg);
    }

    pub(crate) fn error_related(
        &mut self,
        loc: Loc,
        msg: impl Into<String>,
        related: Loc,
        note: impl Into<String>,
    ) {
        self.sess
            .diags
            .error(loc, 1, msg)
            .related
            .push((related, 1, note.into()));
        if self.sess.diags.too_many() {
            self.stop = true;
        }
    }

    pub(crate) fn warn(&mut self, loc: Loc, msg: impl Into<String>) {
        self.sess.diags.warning(loc, 1, msg);
    }

    /// Enters one level of nesting; false (after an error) when too deep.
    /// Opens a chain-building parse (binary operators, postfix operators,
    /// commas); an outermost one starts a new count (see [`MAX_CHAIN`]).
    pub(crate) fn chain_start(&mut self) {
        if self.in_chain == 0 {
            self.chain = 0;
        }
        self.in_chain += 1;
    }

    /// Closes what [`Parser::chain_start`] opened.
    pub(crate) fn chain_end(&mut self) {
        self.in_chain -= 1;
    }

    /// Counts one more chained operator (see [`MAX_CHAIN`]); false, with an
    /// error and parsing stopped, past the limit.
    pub(crate) fn grow_chain(&mut self, loc: Loc) -> bool {
        self.chain += 1;
        if self.chain > MAX_CHAIN {
            if !self.stop {
                self.error(
                    loc,
                    1,
                    format!("expression too large: more than {MAX_CHAIN} binary, postfix or comma operators in one expression (the compiler's limit)"),
                );
            }
            self.stop = true;
            return false;
        }
        true
    }

    pub(crate) fn enter(&mut self) -> bool {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            if !self.stop {
                let loc = self.loc();
                self.error(
                    loc,
                    1,
                    format!("nesting too deep: more than {MAX_DEPTH} levels of parentheses, brackets, braces or declarators"),
                );
            }
            self.stop = true;
            return false;
        }
        true
    }

    pub(crate) fn leave(&mut self) {
        self.depth -= 1;
    }

    /// Skips tokens to just after the next `;` at this nesting level, or to
    /// before a `}` closing it (error recovery).
    pub(crate) fn skip_to_semi(&mut self) {
        let mut depth = 0i32;
        loop {
            let t = self.peek();
            match t.kind {
                TokKind::Eof => return,
                TokKind::Punct(Punct::LBrace | Punct::LParen | Punct::LBracket) => depth += 1,
                TokKind::Punct(Punct::RBrace) if depth == 0 => return,
                TokKind::Punct(Punct::RBrace | Punct::RParen | Punct::RBracket) => depth -= 1,
                TokKind::Punct(Punct::Semi) if depth <= 0 => {
                    self.pos += 1;
                    return;
                }
                _ => {}
            }
            self.pos += 1;
            if depth < 0 {
                return;
            }
        }
    }

    // ---- scopes ----

    pub(crate) fn open_scope(&mut self) {
        self.scopes.open();
        if let Some(f) = self.func.as_mut() {
            let parent = f.open_scopes.last().copied().unwrap_or(0);
            f.scope_parents.push(parent);
            f.open_scopes.push(f.scope_parents.len() as u32 - 1);
        }
    }

    pub(crate) fn close_scope(&mut self) {
        self.scopes.close();
        if let Some(f) = self.func.as_mut() {
            if f.open_scopes.len() > 1 {
                f.open_scopes.pop();
            }
        }
        let depth = self.scopes.depth;
        if let Some(f) = self.func.as_mut() {
            while f.live_vlas.last().is_some_and(|&(_, d)| d > depth) {
                f.live_vlas.pop();
            }
        }
    }

    pub(crate) fn scope_depth(&self) -> u32 {
        self.scopes.depth
    }

    pub(crate) fn at_file_scope(&self) -> bool {
        self.func.is_none()
    }

    pub(crate) fn lookup(&self, s: Sym) -> Option<Binding> {
        self.scopes.lookup(s)
    }

    pub(crate) fn lookup_here(&self, s: Sym) -> Option<Binding> {
        self.scopes.lookup_here(s)
    }

    pub(crate) fn bind(&mut self, s: Sym, b: Binding) {
        self.scopes.bind(s, b);
    }

    pub(crate) fn lookup_tag(&self, s: Sym) -> Option<TypeId> {
        self.scopes.lookup_tag(s)
    }

    pub(crate) fn lookup_tag_here(&self, s: Sym) -> Option<TypeId> {
        self.scopes.lookup_tag_here(s)
    }

    pub(crate) fn bind_tag(&mut self, s: Sym, t: TypeId) {
        self.scopes.bind_tag(s, t);
    }

    /// Whether `t` names a type here (a typedef name not shadowed by a variable).
    pub(crate) fn is_typedef_name(&self, t: &Token) -> bool {
        t.kind == TokKind::Ident && matches!(self.lookup(t.sym), Some(Binding::Typedef(_)))
    }

    // ---- entities ----

    pub(crate) fn new_local(&mut self, name: Sym, ty: TypeId, loc: Loc) -> LocalId {
        let in_memory = self.types.is_array(ty) || self.types.is_record(ty);
        let volatile = self.types.quals(ty).volatile;
        let align = self.types.align(ty);
        let f = self.func.as_mut().expect("locals only inside functions");
        let scope = f.open_scopes.last().copied().unwrap_or(0);
        f.locals.push(Local {
            scope,
            name,
            ty,
            loc,
            in_memory: in_memory || volatile,
            volatile,
            align,
            vla_size: None,
        });
        LocalId(f.locals.len() as u32 - 1)
    }

    pub(crate) fn local(&self, id: LocalId) -> &Local {
        &self.func.as_ref().expect("inside a function").locals[id.0 as usize]
    }

    pub(crate) fn local_mut(&mut self, id: LocalId) -> &mut Local {
        &mut self.func.as_mut().expect("inside a function").locals[id.0 as usize]
    }

    pub(crate) fn new_global(&mut self, g: Global) -> GlobalId {
        self.unit.globals.push(g);
        GlobalId(self.unit.globals.len() as u32 - 1)
    }

    pub(crate) fn global(&self, id: GlobalId) -> &Global {
        &self.unit.globals[id.0 as usize]
    }

    pub(crate) fn global_mut(&mut self, id: GlobalId) -> &mut Global {
        &mut self.unit.globals[id.0 as usize]
    }

    pub(crate) fn new_label(&mut self) -> LabelId {
        let f = self.func.as_mut().expect("labels only inside functions");
        f.labels += 1;
        LabelId(f.labels - 1)
    }

    /// A made-up, unique name with a readable prefix.
    pub(crate) fn anon_name(&mut self, prefix: &str) -> Sym {
        self.anon += 1;
        let n = format!("{prefix}.{}", self.anon);
        self.sess.interner.intern(&n)
    }

    /// A string literal's global: `bytes` with the terminator(s) included,
    /// typed as an array of `elem`.
    pub(crate) fn string_global(&mut self, bytes: Vec<u8>, elem: TypeId, loc: Loc) -> GlobalId {
        // Identical literals share one object, as gcc and clang do (C leaves
        // it unspecified; programs comparing addresses expect it).
        if let Some(g) = self
            .strings
            .get(bytes.as_slice())
            .and_then(|v| v.iter().find(|&&(t, _)| t == elem).map(|&(_, g)| g))
        {
            return g;
        }
        let key = bytes.clone();
        let g = self.new_string_global(bytes, elem, loc);
        self.strings.entry(key).or_default().push((elem, g));
        g
    }

    fn new_string_global(&mut self, bytes: Vec<u8>, elem: TypeId, loc: Loc) -> GlobalId {
        let n = bytes.len() as u64 / self.types.size(elem).max(1);
        let ty = self.types.array(elem, Some(n));
        let name = self.anon_name(".str");
        self.new_global(Global {
            name,
            ty,
            loc,
            linkage: Linkage::Internal,
            kind: GlobalKind::Str(bytes),
            align: self.types.align(elem),
            used: true,
            readonly: true,
            thread_local: false,
        })
    }

    /// `__func__`: the function's name as a string literal, made once per function.
    pub(crate) fn func_name(&mut self, loc: Loc) -> Expr {
        let g = match self.func_name_global {
            Some(g) => g,
            None => {
                let name = self.func.as_ref().map_or(Sym(0), |f| f.name);
                let mut bytes = self.str(name).as_bytes().to_vec();
                bytes.push(0);
                let g = self.string_global(bytes, ty::CHAR, loc);
                self.func_name_global = Some(g);
                g
            }
        };
        let t = self.global(g).ty;
        Expr::new(ExprKind::Global(g), t, loc)
    }

    // ---- top level ----

    fn translation_unit(&mut self) {
        while !self.at_eof() && !self.stop {
            let before = self.pos;
            self.external_declaration();
            if self.pos == before {
                // No progress (an error already reported): skip a token.
                self.next();
            }
        }
        self.parse_deferred();
        self.check_unit();
    }

    /// Marks the file-scope entity `g` used (and records the use when
    /// [`Parser::uses`] is on).
    pub(crate) fn note_use(&mut self, g: GlobalId) {
        self.global_mut(g).used = true;
        if let Some(u) = &mut self.uses {
            u.push((self.func.as_ref().map(|f| f.global), g));
        }
    }

    /// Whether a library member's function definition must be parsed: it
    /// is asked for, referred to, or run by the start-up or exit code.
    pub(crate) fn needed(&self, id: GlobalId) -> bool {
        let g = self.global(id);
        g.used
            || self.keep.as_ref().is_none_or(|k| k.contains(&g.name))
            || self.listed.ctors.contains(&id)
            || self.listed.dtors.contains(&id)
    }

    /// Parses the deferred definitions that became needed, until none does.
    fn parse_deferred(&mut self) {
        let end = self.pos;
        while !self.stop {
            let Some(i) = self.deferred.iter().position(|d| self.needed(d.id)) else {
                break;
            };
            let d = self.deferred.swap_remove(i);
            self.pos = d.body;
            self.function_definition(d.spec, d.decl);
        }
        self.pos = end;
    }

    /// Skips the braced body at the current position.
    pub(crate) fn skip_body(&mut self) {
        let mut depth = 0u32;
        loop {
            match self.peek().kind {
                TokKind::Eof => return,
                TokKind::Punct(Punct::LBrace) => depth += 1,
                TokKind::Punct(Punct::RBrace) => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        self.pos += 1;
                        return;
                    }
                }
                _ => {}
            }
            self.pos += 1;
        }
    }

    /// End-of-unit checks: tentative definitions of incomplete arrays
    /// become one element (C99 6.9.2p2, with gcc's warning).
    fn check_unit(&mut self) {
        for i in 0..self.unit.globals.len() {
            let g = &self.unit.globals[i];
            if let GlobalKind::Var {
                init: None,
                defined: true,
            } = g.kind
            {
                if let crate::types::TypeKind::Array(e, None) = *self.types.ukind(g.ty) {
                    let loc = g.loc;
                    let t = self.types.array(e, Some(1));
                    self.unit.globals[i].ty = t;
                    self.warn(loc, "array assumed to have one element");
                }
            }
        }
    }
}
