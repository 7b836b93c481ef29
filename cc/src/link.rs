//! Linking: the translation units of a program (the user's files and the C
//! library's) into one voxvm module.
//!
//! Names with external linkage are resolved across units: a definition in a
//! user file wins over the library's (as with a static library), a function
//! defined nowhere becomes an import (a host function, resolved when a VM is
//! created), and an object defined nowhere is an error. Only what the entry
//! point and the user's external functions (which the host may call by name)
//! reach is kept. Objects are laid out in the data segment with their
//! initializers evaluated to bytes, addresses and function indices.

use crate::ast::*;
use crate::backend;
use crate::diag::Diagnostics;
use crate::emit::{self, Resolved, Resolver};
use crate::fxhash::{FxHashMap, FxHashSet};
use crate::ir::{Func, SymRef};
use crate::source::{Loc, SourceMap};
use crate::timing::Timer;
use crate::token::{Interner, Sym};
use crate::types::{Class, Types};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use vm::memory::DATA_BASE;

/// One translation unit ready to link.
pub struct LinkUnit {
    /// The parsed unit.
    pub unit: Unit,
    /// Its lowered functions, in `unit.funcs` order (a placeholder where
    /// one went to the early backend).
    pub funcs: Vec<Func>,
    /// The functions the early backend prepared, by index in `funcs`.
    pub(crate) early: FxHashMap<usize, backend::Early>,
    /// Part of the C library (its definitions yield to the user's).
    pub library: bool,
}

/// The globals of every unit that `list` names (its weak ones, its
/// `noinline` ones), as symbols.
fn listed(units: &[LinkUnit], list: impl Fn(&Unit) -> &Vec<GlobalId>) -> HashSet<SymRef> {
    units
        .iter()
        .enumerate()
        .flat_map(|(tu, u)| {
            list(&u.unit).iter().map(move |g| SymRef {
                tu: tu as u32,
                id: g.0,
            })
        })
        .collect()
}

/// What a symbol resolves to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Target {
    /// A defined function or object (its defining unit and global).
    Def(SymRef),
    /// A function defined nowhere: imported by name.
    Import(SymRef),
    /// A weak function defined nowhere: the null function.
    Null,
}

/// A constant value in an initializer.
#[derive(Clone, Copy, Debug)]
enum Const {
    Int(u64),
    Float(f64),
    /// Address of an object plus a byte offset.
    Addr(SymRef, i64),
    /// Address of a function.
    FuncAddr(SymRef),
}

/// The linked module.
pub struct Linked {
    /// The module image (with its file table, line table and import
    /// declaration locations).
    pub image: vm::Image,
}

struct Linker<'a> {
    units: &'a [LinkUnit],
    /// The units' IR functions (`LinkUnit::funcs`, moved out): a body
    /// nothing can inline is moved out again when it is assembled rather
    /// than copied.
    bodies: Vec<Vec<Func>>,
    /// The units' early results (`LinkUnit::early`, moved out).
    early: Vec<FxHashMap<usize, backend::Early>>,
    types: &'a Types,
    names: &'a Interner,
    sources: &'a SourceMap,
    diags: &'a mut Diagnostics,
    /// The memory cap the program will run under ([`crate::Options::max_memory`]).
    max_memory: Option<u64>,
    /// Whether to optimise: inline functions and run the IR passes (not
    /// [`crate::Options::no_optimize`]).
    optimize: bool,
    /// Time per pass ([`crate::Options::time_report`]).
    timer: Timer,
    /// Threads for the per-function backend ([`crate::Options::threads`]).
    threads: usize,
    /// External definitions by name.
    defs: HashMap<&'a str, SymRef>,
    /// Globals declared weak (`__attribute__((weak))`).
    weak: HashSet<SymRef>,
    /// Functions declared `__attribute__((noinline))`: not inlined, into
    /// callers or into themselves.
    noinline: HashSet<SymRef>,
    /// Aliases (`__attribute__((alias("g")))`) and the global they name.
    alias_of: FxHashMap<SymRef, SymRef>,
    /// Reachable functions in order, with their function-table index.
    func_index: FxHashMap<SymRef, u32>,
    funcs: Vec<SymRef>,
    /// Reachable objects with their data offsets.
    data_off: FxHashMap<SymRef, u32>,
    data: Vec<u8>,
    /// Where `layout_data` put the message of the null-function trap, and
    /// the pristine copy of the thread-local objects (if any).
    null_msg_at: usize,
    tls_pristine_at: Option<usize>,
    /// Zero bytes after `data`: the objects with no initializer.
    bss: u64,
    imports: Vec<String>,
    import_index: HashMap<String, u32>,
    import_locs: Vec<Loc>,
    /// Imports whose address is taken: the thunk's function index.
    thunks: HashMap<String, u32>,
    thunk_list: Vec<(String, usize)>,
    /// The library's `__vox_init_array`/`__vox_fini_array` objects, filled
    /// here with the constructors/destructors to call, in calling order
    /// (null-terminated in the data).
    call_arrays: FxHashMap<SymRef, Vec<SymRef>>,
    /// [`Linker::target`]'s answers by unit and global, once definitions
    /// and aliases are known: a name is hashed once, not at every
    /// reference to it.
    targets: Vec<Vec<std::cell::OnceCell<Option<Target>>>>,
}

/// The library object the linker fills with the constructors, and the one
/// with the destructors (see `libc/crt0.c` and `exit` in `libc/exit.c`).
const INIT_ARRAY: &str = "__vox_init_array";
/// The library's description of the thread-local objects (`pthread.c`),
/// three u64s filled by the linker: the address of the first thread's
/// copy, its size, and the address of a pristine copy (the initial values
/// a new thread's copy starts from).
const TLS_INFO: &str = "__vox_tls";
const FINI_ARRAY: &str = "__vox_fini_array";

/// Links units into an image. `source` names the module (the first file);
/// static data larger than `max_memory` is refused before it is built;
/// `optimize` inlines functions and runs the IR optimisations. `Err` names
/// a function the early backend prepared on a guess the link does not
/// bear out (see [`backend::Early::holds`]): nothing is built, and the
/// units must be compiled again without the early backend.
#[allow(clippy::too_many_arguments)]
pub fn link(
    units: &mut [LinkUnit],
    types: &Types,
    names: &Interner,
    sources: &SourceMap,
    diags: &mut Diagnostics,
    source: &str,
    max_memory: Option<u64>,
    optimize: bool,
    threads: usize,
    timer: &mut Timer,
) -> Result<Option<Linked>, String> {
    let link_started = std::time::Instant::now();
    let timed_before = timer.total();
    let bodies = units
        .iter_mut()
        .map(|u| std::mem::take(&mut u.funcs))
        .collect();
    let early = units
        .iter_mut()
        .map(|u| std::mem::take(&mut u.early))
        .collect();
    let units = &*units;
    let mut l = Linker {
        units,
        bodies,
        early,
        types,
        names,
        sources,
        diags,
        max_memory,
        optimize,
        timer: std::mem::take(timer),
        threads,
        defs: HashMap::new(),
        weak: listed(units, |u| &u.weak),
        noinline: listed(units, |u| &u.noinline),
        alias_of: FxHashMap::default(),
        func_index: FxHashMap::default(),
        funcs: Vec::new(),
        data_off: FxHashMap::default(),
        data: Vec::new(),
        null_msg_at: 0,
        tls_pristine_at: None,
        bss: 0,
        imports: Vec::new(),
        import_index: HashMap::new(),
        import_locs: Vec::new(),
        thunks: HashMap::new(),
        thunk_list: Vec::new(),
        call_arrays: FxHashMap::default(),
        targets: Vec::new(),
    };
    l.collect_definitions();
    l.collect_aliases();
    if l.diags.has_errors() {
        return Ok(None);
    }
    l.targets = units
        .iter()
        .map(|u| {
            (0..u.unit.globals.len())
                .map(|_| std::cell::OnceCell::new())
                .collect()
        })
        .collect();
    let entry = l.reach();
    if l.diags.has_errors() {
        return Ok(None);
    }
    l.layout_data();
    l.check_unreached_initializers();
    if l.diags.has_errors() {
        return Ok(None);
    }
    let linked = l.assemble(entry, source)?;
    *timer = std::mem::take(&mut l.timer);
    if timer.is_on() {
        // What the passes `assemble` timed did not take: symbols, data
        // layout, the line table and the image.
        let inner = timer.total().saturating_sub(timed_before);
        timer.add(
            "link (the rest)",
            link_started.elapsed().saturating_sub(inner),
        );
    }
    Ok(linked)
}

impl<'a> Linker<'a> {
    fn global(&self, s: SymRef) -> &'a Global {
        &self.units[s.tu as usize].unit.globals[s.id as usize]
    }

    fn name(&self, s: SymRef) -> &'a str {
        self.names.str(self.global(s).name)
    }

    fn is_defined(&self, g: &Global) -> bool {
        is_definition(g)
    }

    fn collect_definitions(&mut self) {
        // User units first, so their definitions win over the library's.
        let mut order: Vec<usize> = (0..self.units.len()).collect();
        order.sort_by_key(|&i| self.units[i].library);
        for tu in order {
            let u = &self.units[tu];
            for (id, g) in u.unit.globals.iter().enumerate() {
                if g.linkage != Linkage::External || !self.is_defined(g) {
                    continue;
                }
                let s = SymRef {
                    tu: tu as u32,
                    id: id as u32,
                };
                let name = self.names.str(g.name);
                match self.defs.get(name) {
                    None => {
                        self.defs.insert(name, s);
                    }
                    Some(&prev) => {
                        let pg = self.global(prev);
                        let prev_lib = self.units[prev.tu as usize].library;
                        if prev_lib != u.library {
                            continue; // the user's definition stands
                        }
                        // Two tentative definitions (or one tentative and
                        // one initialized) are one object, as with -fcommon.
                        let tentative =
                            |g: &Global| matches!(g.kind, GlobalKind::Var { init: None, .. });
                        if tentative(g) {
                            continue;
                        }
                        if tentative(pg) {
                            self.defs.insert(name, s);
                            continue;
                        }
                        // A weak definition gives way to an ordinary one.
                        if self.weak.contains(&s) {
                            continue;
                        }
                        if self.weak.contains(&prev) {
                            self.defs.insert(name, s);
                            continue;
                        }
                        let (at, first) = (g.loc, pg.loc);
                        self.multiple_definition(name, at, first);
                    }
                }
            }
        }
    }

    fn multiple_definition(&mut self, name: &str, at: Loc, first: Loc) {
        self.diags
            .error(
                at,
                name.len() as u32,
                format!("multiple definition of `{name}`"),
            )
            .related
            .push((first, 1, "first defined here".into()));
    }

    /// Resolves `__attribute__((alias("g")))`: each alias names a global
    /// defined in its own unit; an external alias is also a definition of
    /// its name for the other units (giving way to an ordinary one when
    /// weak).
    fn collect_aliases(&mut self) {
        for (tu, u) in self.units.iter().enumerate() {
            for (id, target, loc) in &u.unit.aliases {
                let s = SymRef {
                    tu: tu as u32,
                    id: id.0,
                };
                let found = u
                    .unit
                    .globals
                    .iter()
                    .enumerate()
                    .find(|(_, g)| self.names.str(g.name) == target && is_definition(g));
                let Some((tid, _)) = found else {
                    self.diags.error(
                        *loc,
                        1,
                        format!("alias target `{target}` is not defined in this file"),
                    );
                    continue;
                };
                let t = SymRef {
                    tu: tu as u32,
                    id: tid as u32,
                };
                if t == s {
                    self.diags
                        .error(*loc, 1, format!("`{target}` is an alias of itself"));
                    continue;
                }
                self.alias_of.insert(s, t);
                let g = self.global(s);
                if g.linkage != Linkage::External {
                    continue;
                }
                let name = self.names.str(g.name);
                match self.defs.get(name) {
                    // `int a __attribute__((alias("b")));` is also a
                    // tentative definition of `a` itself: the alias replaces it.
                    Some(&prev) if prev != s && !self.weak.contains(&prev) => {
                        if !self.weak.contains(&s) {
                            let first = self.global(prev).loc;
                            self.multiple_definition(name, g.loc, first);
                        }
                    }
                    _ => {
                        self.defs.insert(name, t);
                    }
                }
            }
        }
    }

    /// What a reference from unit code means: a symbol with internal
    /// linkage is itself; an external one is whichever definition won.
    fn target(&self, s: SymRef) -> Option<Target> {
        match self
            .targets
            .get(s.tu as usize)
            .and_then(|t| t.get(s.id as usize))
        {
            Some(memo) => *memo.get_or_init(|| self.find_target(s)),
            None => self.find_target(s),
        }
    }

    /// [`Linker::target`], worked out.
    fn find_target(&self, s: SymRef) -> Option<Target> {
        if let Some(&t) = self.alias_of.get(&s) {
            // An alias names a definition (never another alias's).
            return Some(Target::Def(t));
        }
        let g = self.global(s);
        if g.linkage == Linkage::Internal {
            return self.is_defined(g).then_some(Target::Def(s));
        }
        match self.defs.get(self.name(s)) {
            Some(&d) => Some(Target::Def(d)),
            None => match g.kind {
                GlobalKind::Func { .. } if self.weak.contains(&s) => Some(Target::Null),
                GlobalKind::Func { .. } => Some(Target::Import(s)),
                _ => None,
            },
        }
    }

    /// Marks what is reachable from the roots; returns the entry function.
    fn reach(&mut self) -> Option<SymRef> {
        let entry = self
            .defs
            .get("main")
            .and_then(|_| self.defs.get("_start"))
            .copied()
            .or_else(|| self.defs.get("main").copied());
        let mut roots: Vec<SymRef> = entry.into_iter().collect();
        // Every external function of the user's code: the host may call it.
        for (tu, u) in self.units.iter().enumerate() {
            if u.library {
                continue;
            }
            for (id, g) in u.unit.globals.iter().enumerate() {
                if g.linkage == Linkage::External
                    && matches!(g.kind, GlobalKind::Func { def: Some(_) })
                {
                    roots.push(SymRef {
                        tu: tu as u32,
                        id: id as u32,
                    });
                }
            }
        }
        // Constructors and destructors are called by the library.
        for (tu, u) in self.units.iter().enumerate() {
            for &(_, g) in u.unit.ctors.iter().chain(&u.unit.dtors) {
                roots.push(SymRef {
                    tu: tu as u32,
                    id: g.0,
                });
            }
        }
        let mut seen: FxHashSet<SymRef> = FxHashSet::default();
        // References already followed, by unit and global: most name a
        // symbol already reached (every function's call to `malloc`), and
        // a bit is cheaper to test than resolving and hashing it again.
        let mut followed: Vec<Vec<bool>> = self
            .units
            .iter()
            .map(|u| vec![false; u.unit.globals.len()])
            .collect();
        let mut work = roots;
        let mut data_objs: Vec<SymRef> = Vec::new();
        let mut undefined: BTreeMap<String, Loc> = BTreeMap::new();
        while let Some(s) = work.pop() {
            if let Some(f) = followed
                .get_mut(s.tu as usize)
                .and_then(|u| u.get_mut(s.id as usize))
            {
                if std::mem::replace(f, true) {
                    continue;
                }
            }
            let t = match self.target(s) {
                Some(t) => t,
                None => {
                    let g = self.global(s);
                    undefined.entry(self.name(s).to_string()).or_insert(g.loc);
                    continue;
                }
            };
            let d = match t {
                Target::Def(d) => d,
                Target::Null => continue,
                Target::Import(i) => {
                    let name = self.name(i).to_string();
                    if !self.import_index.contains_key(&name) {
                        self.import_index
                            .insert(name.clone(), self.imports.len() as u32);
                        self.imports.push(name);
                        self.import_locs.push(self.global(i).loc);
                    }
                    continue;
                }
            };
            if !seen.insert(d) {
                continue;
            }
            let g = self.global(d);
            match &g.kind {
                GlobalKind::Func { def: Some(fi) } => {
                    self.funcs.push(d);
                    let f = &self.bodies[d.tu as usize][*fi];
                    work.extend(f.refs.iter().copied());
                }
                GlobalKind::Func { def: None } => {}
                GlobalKind::Var { init, .. } => {
                    data_objs.push(d);
                    if let Some(init) = init {
                        for item in &init.items {
                            if let InitValue::Expr(e) = &item.value {
                                collect_refs(e, d.tu, &mut work);
                            }
                        }
                    }
                }
                GlobalKind::Str(_) => data_objs.push(d),
            }
        }
        for (name, loc) in undefined {
            self.diags.error(
                loc,
                name.len() as u32,
                format!("undefined reference to `{name}`"),
            );
        }
        // Function index 0 is the trap stub for calls through NULL; the
        // entry and the rest follow in discovery order.
        self.funcs.sort_by_key(|s| {
            (
                Some(*s) != entry,
                self.units[s.tu as usize].library,
                s.tu,
                s.id,
            )
        });
        for (i, s) in self.funcs.iter().enumerate() {
            self.func_index.insert(*s, i as u32 + 1);
        }
        data_objs.sort();
        for d in data_objs {
            self.data_off.insert(d, u32::MAX);
        }
        entry
    }

    /// The constructors (`init`) or destructors in calling order: by
    /// priority, then unit and declaration order, as gcc runs them
    /// (destructors in the reverse of that order).
    fn call_order(&self, init: bool) -> Vec<SymRef> {
        let mut v: Vec<(u32, SymRef, usize)> = Vec::new();
        for (tu, u) in self.units.iter().enumerate() {
            let list = if init { &u.unit.ctors } else { &u.unit.dtors };
            for (i, &(p, g)) in list.iter().enumerate() {
                let s = SymRef {
                    tu: tu as u32,
                    id: g.0,
                };
                v.push((p, s, i));
            }
        }
        v.sort_by_key(|&(p, s, i)| (p, s.tu, i));
        let mut out: Vec<SymRef> = v.into_iter().map(|(_, s, _)| s).collect();
        if !init {
            out.reverse();
        }
        out
    }

    fn layout_data(&mut self) {
        let mut objs: Vec<SymRef> = self.data_off.keys().copied().collect();
        objs.sort();
        for &o in &objs {
            if !self.units[o.tu as usize].library {
                continue;
            }
            let init = match self.name(o) {
                INIT_ARRAY => true,
                FINI_ARRAY => false,
                _ => continue,
            };
            let order = self.call_order(init);
            self.call_arrays.insert(o, order);
        }
        // Initialized objects first, then the thread-local ones together
        // from a 16-byte boundary (a thread's copy is a heap block, so
        // offsets keep their alignment) and their pristine copy, then the
        // objects with no initializer: the zeros that end the data segment
        // are a count in the image, not bytes.
        let zero = |g: &Global| matches!(g.kind, GlobalKind::Var { init: None, .. });
        let group = |o: SymRef| {
            let g = self.global(o);
            // The linker itself writes the call arrays and `__vox_tls`.
            let written = self.call_arrays.contains_key(&o) || self.is_tls_info(o);
            match (g.thread_local, zero(g) && !written) {
                (false, false) => 0,
                (true, _) => 1,
                (false, true) => 2,
            }
        };
        let mut objs: Vec<(u8, SymRef)> = objs.iter().map(|&o| (group(o), o)).collect();
        objs.sort();
        let groups: Vec<u8> = objs.iter().map(|&(g, _)| g).collect();
        let objs: Vec<SymRef> = objs.into_iter().map(|(_, o)| o).collect();
        let has_tls_info = objs.iter().any(|&o| self.is_tls_info(o));
        let mut size: u64 = 0;
        let mut tls: Option<(u64, u64)> = None;
        let mut reserved = false;
        let mut zero_start = 0;
        for (&o, &grp) in objs.iter().zip(&groups) {
            if grp == 2 && !reserved {
                size = self.reserve_after_initialized(size, tls, has_tls_info);
                zero_start = size;
                reserved = true;
            }
            let g = self.global(o);
            let align = if g.thread_local && tls.is_none() {
                16
            } else {
                g.align.max(1)
            };
            // Aligned as an address (the data starts at DATA_BASE, a page
            // boundary): `_Alignas(1 << 20)` asks for more than a page.
            size = (DATA_BASE + size).next_multiple_of(align) - DATA_BASE;
            if g.thread_local {
                let lo = tls.map_or(size, |t| t.0);
                tls = Some((lo, size + self.object_size(o).max(1)));
            }
            self.data_off.insert(o, size as u32);
            size += self.object_size(o).max(1);
        }
        if !reserved {
            size = self.reserve_after_initialized(size, tls, has_tls_info);
            zero_start = size;
        }
        if let Some(cap) = self.max_memory.filter(|&cap| size > cap) {
            // From the declared sizes, before a byte of the image exists:
            // blame the largest object.
            let big = objs.iter().copied().max_by_key(|&o| self.object_size(o));
            let at = big.map_or(Loc::default(), |o| self.global(o).loc);
            let alone = big.map(|o| self.object_size(o));
            let d = self.diags.error(
                at,
                1,
                format!(
                    "the program's static data would be {size} bytes, more than the memory cap of {cap} bytes (--max-memory)"
                ),
            );
            // With no object at all, it is the linker's own few bytes.
            if let Some(alone) = alone {
                d.notes.push(format!("this object alone is {alone} bytes"));
            }
            return;
        }
        if size > u32::MAX as u64 / 2 {
            let g = self.global(objs[0]);
            self.diags.error(
                g.loc,
                1,
                format!("the program's static data is too large ({size} bytes)"),
            );
            return;
        }
        // The objects with no initializer are not built: the image counts
        // their bytes (`bss`).
        self.data = vec![0; zero_start as usize];
        self.bss = size - zero_start;
        for &o in &objs {
            let g = self.global(o);
            let at = self.data_off[&o] as usize;
            match &g.kind {
                GlobalKind::Str(b) => self.data[at..at + b.len()].copy_from_slice(b),
                GlobalKind::Var {
                    init: Some(init), ..
                } => {
                    let size = self.object_size(o) as usize;
                    for item in &init.items {
                        self.init_item(o, at, size, item);
                    }
                }
                _ => {}
            }
            if let Some(fs) = self.call_arrays.get(&o).cloned() {
                for (i, f) in fs.into_iter().enumerate() {
                    let a = u64::from(self.func_addr_of(f));
                    self.data[at + 8 * i..at + 8 * i + 8].copy_from_slice(&a.to_le_bytes());
                }
            }
        }
        self.layout_tls(&objs, tls);
    }

    /// Whether `o` is the library's `__vox_tls`, which describes the
    /// thread-local objects.
    fn is_tls_info(&self, o: SymRef) -> bool {
        self.units[o.tu as usize].library && self.name(o) == TLS_INFO && self.object_size(o) >= 24
    }

    /// Reserves, at data offset `size` (after the initialized and
    /// thread-local objects, before the zeroed ones), room for the message
    /// of the null-function trap and the pristine copy of the thread-local
    /// objects `tls`; returns the offset after them.
    fn reserve_after_initialized(
        &mut self,
        size: u64,
        tls: Option<(u64, u64)>,
        has_tls_info: bool,
    ) -> u64 {
        let mut size = size;
        if has_tls_info {
            let (lo, hi) = tls.unwrap_or((0, 0));
            size = size.next_multiple_of(16);
            self.tls_pristine_at = Some(size as usize);
            size += hi - lo;
        }
        size = size.next_multiple_of(8);
        self.null_msg_at = size as usize;
        size + NULL_FN_MSG.len() as u64
    }

    /// The pristine copy of the thread-local objects (`lo..hi` of the
    /// data), and the library's `__vox_tls` that describes them.
    fn layout_tls(&mut self, objs: &[SymRef], tls: Option<(u64, u64)>) {
        let info = objs.iter().copied().find(|&o| self.is_tls_info(o));
        let (Some(info), Some(pristine)) = (info, self.tls_pristine_at) else {
            return;
        };
        let (lo, hi) = tls.unwrap_or((0, 0));
        self.data.copy_within(lo as usize..hi as usize, pristine);
        let at = self.data_off[&info] as usize;
        let words = [DATA_BASE + lo, hi - lo, DATA_BASE + pristine as u64];
        for (i, w) in words.into_iter().enumerate() {
            self.data[at + 8 * i..at + 8 * i + 8].copy_from_slice(&w.to_le_bytes());
        }
    }

    /// The bytes a static object occupies: its type's size, or more when it
    /// initializes a flexible array member (GNU `struct W w = {1, {2, 3}}`).
    fn object_size(&self, o: SymRef) -> u64 {
        if let Some(fs) = self.call_arrays.get(&o) {
            return 8 * (fs.len() as u64 + 1);
        }
        let g = self.global(o);
        let mut n = self.types.size(g.ty);
        if let GlobalKind::Var {
            init: Some(init), ..
        } = &g.kind
        {
            for it in &init.items {
                let len = match &it.value {
                    InitValue::Bytes(b) => b.len() as u64,
                    InitValue::Expr(e) => self.types.size(e.ty),
                };
                n = n.max(it.offset.saturating_add(len));
            }
        }
        n
    }

    fn init_item(&mut self, obj: SymRef, at: usize, size: usize, item: &InitItem) {
        let off = at + item.offset as usize;
        match &item.value {
            InitValue::Bytes(b) => {
                let n = b.len().min(size.saturating_sub(item.offset as usize));
                self.data[off..off + n].copy_from_slice(&b[..n]);
            }
            InitValue::Expr(e) => {
                let width = self.types.size(e.ty) as usize;
                if self.types.is_record(e.ty) {
                    // A struct initialized from another object: only constant
                    // compound literals (and the parts of complex and vector
                    // values) are allowed here, which are unnamed (`.name`); a
                    // named object is not a constant (`struct pair y = x;`).
                    let unnamed = |l: &Self, s: SymRef| l.name(s).starts_with('.');
                    if let Some(Const::Addr(src, 0)) = self
                        .eval(e, obj.tu)
                        .filter(|c| matches!(c, Const::Addr(s, _) if unnamed(self, *s)))
                    {
                        if let (
                            Some(&so),
                            GlobalKind::Var {
                                init: Some(init), ..
                            },
                        ) = (self.data_off.get(&src), &self.global(src).kind)
                        {
                            let _ = so;
                            for it in &init.items {
                                let mut shifted = it.clone();
                                shifted.offset += item.offset;
                                self.init_item(obj, at, size, &shifted);
                            }
                            return;
                        }
                    }
                    self.not_constant(e);
                    return;
                }
                let Some(c) = self.eval(e, obj.tu) else {
                    self.not_constant(e);
                    return;
                };
                let bits: u64 = match c {
                    Const::Int(v) => {
                        if self.types.is_float(e.ty) {
                            match self.types.class(e.ty) {
                                Class::F32 => u64::from((v as i64 as f32).to_bits()),
                                _ => (v as i64 as f64).to_bits(),
                            }
                        } else {
                            v
                        }
                    }
                    Const::Float(f) => match self.types.class(e.ty) {
                        Class::F32 => u64::from((f as f32).to_bits()),
                        Class::F64 => f.to_bits(),
                        _ => f as i64 as u64,
                    },
                    Const::Addr(s, o) => match self.data_off.get(&self.resolve_def(s)) {
                        Some(&d) => (DATA_BASE as i64 + i64::from(d) + o) as u64,
                        None => 0,
                    },
                    Const::FuncAddr(s) => u64::from(self.func_addr_of(s)),
                };
                if width < 8 && matches!(c, Const::Addr(..) | Const::FuncAddr(_)) {
                    self.not_constant(e);
                    return;
                }
                match item.bits {
                    Some((bit, w)) => {
                        // The bytes from the field's unit through its last bit
                        // (a packed field may straddle its type's unit, even
                        // 8 bytes: 63 bits at bit 18), merged as a u128.
                        let end = (bit as usize + w as usize)
                            .div_ceil(8)
                            .max(width.clamp(1, 8));
                        let unit = end.min(16).min(self.data.len().saturating_sub(off));
                        let mut cur = [0u8; 16];
                        cur[..unit].copy_from_slice(&self.data[off..off + unit]);
                        let mut u = u128::from_le_bytes(cur);
                        let mask = (if w >= 64 {
                            u128::from(u64::MAX)
                        } else {
                            (1u128 << w) - 1
                        }) << bit;
                        u = (u & !mask) | ((u128::from(bits) << bit) & mask);
                        self.data[off..off + unit].copy_from_slice(&u.to_le_bytes()[..unit]);
                    }
                    None => {
                        let w = width.clamp(1, 8);
                        if off + w <= self.data.len() {
                            self.data[off..off + w].copy_from_slice(&bits.to_le_bytes()[..w]);
                        }
                    }
                }
            }
        }
    }

    /// Static initializers of the program's objects that nothing reaches
    /// (so they are not laid out) must still be constant, as a C compiler
    /// checks each one: `static union u v = {i};` is refused even unused.
    /// The values voxcc makes for complex and vector arithmetic at file
    /// scope (`.parts`) are checked through the initializer that copies
    /// them, not alone: one made in `sizeof(z * z)` is never evaluated.
    fn check_unreached_initializers(&mut self) {
        let units = self.units;
        let mut seen: FxHashSet<SymRef> = FxHashSet::default();
        for (tu, u) in units.iter().enumerate().filter(|(_, u)| !u.library) {
            for (id, g) in u.unit.globals.iter().enumerate() {
                if self.names.str(g.name).starts_with(PARTS) {
                    continue;
                }
                let s = SymRef {
                    tu: tu as u32,
                    id: id as u32,
                };
                self.check_unreached(s, &mut seen);
            }
        }
    }

    /// Checks the initializer of `s` if it is not laid out, and the
    /// unnamed objects it copies (once each).
    fn check_unreached(&mut self, s: SymRef, seen: &mut FxHashSet<SymRef>) {
        let mut work = vec![s];
        while let Some(s) = work.pop() {
            if !seen.insert(s) || self.data_off.contains_key(&s) {
                continue;
            }
            let GlobalKind::Var {
                init: Some(init), ..
            } = &self.global(s).kind
            else {
                continue;
            };
            for item in &init.items {
                if let InitValue::Expr(e) = &item.value {
                    let ok = match self.eval(e, s.tu) {
                        Some(Const::Addr(src, 0)) if self.types.is_record(e.ty) => {
                            let unnamed = self.name(src).starts_with('.');
                            if unnamed {
                                work.push(src);
                            }
                            unnamed
                        }
                        _ if self.types.is_record(e.ty) => false,
                        Some(Const::Addr(..) | Const::FuncAddr(_)) => self.types.size(e.ty) >= 8,
                        Some(_) => true,
                        None => false,
                    };
                    if !ok {
                        // One report an object, as gcc's.
                        self.not_constant(e);
                        break;
                    }
                }
            }
        }
    }

    fn not_constant(&mut self, e: &Expr) {
        self.diags.error(
            e.loc,
            1,
            "initializer element is not a compile-time constant",
        );
    }

    fn resolve_def(&self, s: SymRef) -> SymRef {
        match self.target(s) {
            Some(Target::Def(d)) => d,
            _ => s,
        }
    }

    fn func_addr_of(&mut self, s: SymRef) -> u32 {
        match self.target(s) {
            Some(Target::Def(d)) => self.func_index.get(&d).copied().unwrap_or(0),
            Some(Target::Import(i)) => {
                let name = self.name(i).to_string();
                self.thunk(&name)
            }
            Some(Target::Null) | None => 0,
        }
    }

    /// A bytecode function that calls import `name`, so its address can
    /// be taken like any function's.
    fn thunk(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.thunks.get(name) {
            return i;
        }
        let idx = (self.funcs.len() + 1 + self.thunk_list.len()) as u32;
        let imp = self.import_index.get(name).copied().unwrap_or(0) as usize;
        self.thunks.insert(name.to_string(), idx);
        self.thunk_list.push((name.to_string(), imp));
        idx
    }

    /// Evaluates a constant initializer expression.
    fn eval(&mut self, e: &Expr, tu: u32) -> Option<Const> {
        let sym = |id: GlobalId| SymRef { tu, id: id.0 };
        Some(match &e.kind {
            ExprKind::Int(v) => Const::Int(*v),
            ExprKind::Float(f) => Const::Float(*f),
            ExprKind::AddrOf(x) => return self.eval_addr(x, tu),
            ExprKind::Global(g) if self.types.is_array(e.ty) || self.types.is_record(e.ty) => {
                Const::Addr(sym(*g), 0)
            }
            ExprKind::Cast(x) => {
                let c = self.eval(x, tu)?;
                match c {
                    Const::Int(v) if self.types.is_float(e.ty) => {
                        let f = if self.types.is_unsigned(x.ty) {
                            v as f64
                        } else {
                            v as i64 as f64
                        };
                        Const::Float(f)
                    }
                    Const::Float(f) if !self.types.is_float(e.ty) => {
                        Const::Int(crate::parse::canon_of(self.types, f as i64 as u64, e.ty))
                    }
                    Const::Addr(..) | Const::FuncAddr(_) if self.types.size(e.ty) < 8 => {
                        return None
                    }
                    c => c,
                }
            }
            ExprKind::Binary(op @ (BinOp::Add | BinOp::Sub), a, b) => {
                let (ca, cb) = (self.eval(a, tu)?, self.eval(b, tu)?);
                match (ca, cb, op) {
                    (Const::Addr(s, o), Const::Int(k), BinOp::Add) => {
                        Const::Addr(s, o.wrapping_add(k as i64))
                    }
                    (Const::Int(k), Const::Addr(s, o), BinOp::Add) => {
                        Const::Addr(s, o.wrapping_add(k as i64))
                    }
                    (Const::Addr(s, o), Const::Int(k), BinOp::Sub) => {
                        Const::Addr(s, o.wrapping_sub(k as i64))
                    }
                    (Const::Addr(s, o), Const::Addr(t, p), BinOp::Sub)
                        if self.resolve_def(s) == self.resolve_def(t) =>
                    {
                        Const::Int(o.wrapping_sub(p) as u64)
                    }
                    (Const::Int(x), Const::Int(y), BinOp::Add) => Const::Int(x.wrapping_add(y)),
                    (Const::Int(x), Const::Int(y), BinOp::Sub) => Const::Int(x.wrapping_sub(y)),
                    _ => return None,
                }
            }
            ExprKind::Binary(BinOp::Div, a, b) => match (self.eval(a, tu)?, self.eval(b, tu)?) {
                (Const::Int(x), Const::Int(y)) if y != 0 => {
                    Const::Int((x as i64).wrapping_div(y as i64) as u64)
                }
                _ => return None,
            },
            ExprKind::Comma(_, b) => return self.eval(b, tu),
            // `"s" ? 1 : 2`, `&obj ? a : b`: an object's or function's address
            // is never null.
            ExprKind::Cond(c, a, b) => {
                let taken = match self.eval(c, tu)? {
                    Const::Int(v) => v != 0,
                    Const::Float(f) => f != 0.0,
                    Const::Addr(..) | Const::FuncAddr(_) => true,
                };
                return self.eval(if taken { a } else { b }, tu);
            }
            _ => return None,
        })
    }

    fn eval_addr(&mut self, x: &Expr, tu: u32) -> Option<Const> {
        let sym = |id: GlobalId| SymRef { tu, id: id.0 };
        Some(match &x.kind {
            ExprKind::Global(g) => {
                let s = sym(*g);
                if matches!(self.global(s).kind, GlobalKind::Func { .. }) {
                    Const::FuncAddr(s)
                } else {
                    Const::Addr(s, 0)
                }
            }
            ExprKind::Member(b, m) => match self.eval_addr(b, tu)? {
                Const::Addr(s, o) => Const::Addr(s, o + m.offset as i64),
                _ => return None,
            },
            ExprKind::Deref(p) => return self.eval(p, tu),
            _ => return None,
        })
    }

    /// `Err`: as [`link`]'s.
    fn assemble(&mut self, entry: Option<SymRef>, source: &str) -> Result<Option<Linked>, String> {
        let mut code = Vec::new();
        let mut functions = Vec::new();
        let mut line_entries: Vec<(u32, u32, u32)> = Vec::new();
        let mut files: Vec<String> = Vec::new();
        let mut file_index: HashMap<String, u32> = HashMap::new();
        // Function 0: a call through a null function pointer lands here and
        // traps with a message that says so.
        let msg_at = self.null_msg_at;
        if let Some(room) = self.data.get_mut(msg_at..msg_at + NULL_FN_MSG.len()) {
            room.copy_from_slice(NULL_FN_MSG);
        }
        let null_fn = null_function(msg_at as u32);
        let mut names_used: HashSet<String> = HashSet::new();
        let add = |code: &mut Vec<u8>,
                   functions: &mut Vec<vm::vve::FunctionEntry>,
                   name: String,
                   bytes: &[u8],
                   nregs: u32| {
            functions.push(vm::vve::FunctionEntry {
                name,
                offset: code.len() as u32,
                nregs: nregs as u16,
            });
            code.extend_from_slice(bytes);
        };
        add(
            &mut code,
            &mut functions,
            "__vox_null_function_pointer".into(),
            &null_fn,
            1,
        );
        names_used.insert("__vox_null_function_pointer".into());
        // The bodies other functions may inline: they stay where those find
        // them. (One the early backend prepared is not inlinable.)
        let mut bodies = std::mem::take(&mut self.bodies);
        let mut early = std::mem::take(&mut self.early);
        let mut kept: FxHashMap<SymRef, usize> = FxHashMap::default();
        for &s in &self.funcs {
            let GlobalKind::Func { def: Some(fi) } = self.global(s).kind else {
                continue;
            };
            let noinline = self.noinline.contains(&s);
            let library = self.units[s.tu as usize].library;
            if self.optimize
                && !noinline
                && !early[s.tu as usize].contains_key(&fi)
                && crate::opt::inlinable(&bodies[s.tu as usize][fi], library)
            {
                kept.insert(s, fi);
            }
        }
        // What each function symbol a call may name inlines (a definition
        // in another unit, or the one an alias names).
        let mut by_callee = FxHashMap::default();
        if self.optimize {
            for (tu, u) in self.units.iter().enumerate() {
                for (id, g) in u.unit.globals.iter().enumerate() {
                    if !matches!(g.kind, GlobalKind::Func { .. }) {
                        continue;
                    }
                    let s = SymRef {
                        tu: tu as u32,
                        id: id as u32,
                    };
                    if let Some(Target::Def(d)) = self.target(s) {
                        if let Some(&fi) = kept.get(&d) {
                            by_callee.insert(s, (d.tu, fi));
                        }
                    }
                }
            }
        }
        // Every reachable function with a body, as a job for the backend: a
        // body in `kept` is copied, any other is moved out; one the early
        // backend prepared is done if its guesses hold.
        let mut jobs = Vec::new();
        for &s in &self.funcs {
            let GlobalKind::Func { def: Some(fi) } = self.global(s).kind else {
                continue;
            };
            let noinline = self.noinline.contains(&s);
            let body = if let Some(e) = early[s.tu as usize].remove(&fi) {
                if !e.holds(noinline, &by_callee) {
                    return Err(self.name(s).to_string());
                }
                backend::Body::Done(e.prepared)
            } else if kept.contains_key(&s) {
                backend::Body::Shared(s.tu, fi)
            } else {
                let body = &mut bodies[s.tu as usize][fi];
                backend::Body::Owned(std::mem::replace(body, Func::placeholder()))
            };
            jobs.push(backend::Job { body, noinline });
        }
        drop(early);
        let inl = backend::Inlinable {
            bodies: &bodies,
            by_callee,
        };
        let mut timer = std::mem::take(&mut self.timer);
        let timer_on = timer.is_on();
        let mut emit_timer = Timer::new(timer_on);
        let optimize = self.optimize;
        // A function emitted early whose call the link resolved otherwise.
        let mut emitted_wrong = None;
        let mut line_hints: Vec<usize> = Vec::new();
        backend::prepare_all(jobs, &inl, optimize, self.threads, &mut timer, |prepared| {
            let base = code.len() as u32;
            let emit_started = timer_on.then(std::time::Instant::now);
            let (emitted, fname, nregs) = match prepared {
                backend::Prepared::Ready(ready) => {
                    let (f, alloc) = *ready;
                    (emit::emit(&f, &alloc, base, self), f.name, alloc.nregs)
                }
                backend::Prepared::Emitted(r) => {
                    let (fname, nregs) = (r.name.clone(), r.nregs);
                    match emit::relocate(*r, base, self) {
                        Some(e) => (e, fname, nregs),
                        None => {
                            emitted_wrong.get_or_insert(fname);
                            return;
                        }
                    }
                }
                backend::Prepared::Failed(loc, msg) => {
                    self.diags.error(loc, 1, msg);
                    return;
                }
            };
            if let Some(t) = emit_started {
                emit_timer.add("emit", t.elapsed());
            }
            // Runs of instructions share a location: look each up once.
            let mut last: Option<(Loc, u32, u32)> = None;
            let mut last_name: Option<(*const str, u32)> = None;
            for (off, loc) in &emitted.locs {
                let (line, fi) = match last {
                    Some((l, line, fi)) if l == *loc => (line, fi),
                    _ => {
                        // Per file, the line of its last lookup: functions
                        // come in file order, their lines mostly increasing.
                        let fidx = loc.file.0 as usize;
                        if line_hints.len() <= fidx {
                            line_hints.resize(fidx + 1, 0);
                        }
                        let (name, line) = self
                            .sources
                            .file(loc.file)
                            .presumed_near(loc.pos, &mut line_hints[fidx]);
                        // The same file name as the last lookup (the same
                        // string, so no hashing): nearly every instruction.
                        let known = last_name
                            .filter(|&(p, _)| std::ptr::eq(p, name))
                            .map(|(_, fi)| fi);
                        let fi = match known.or_else(|| file_index.get(name).copied()) {
                            Some(fi) => fi,
                            None => {
                                files.push(name.to_string());
                                file_index.insert(name.to_string(), files.len() as u32 - 1);
                                files.len() as u32 - 1
                            }
                        };
                        last = Some((*loc, line, fi));
                        last_name = Some((name as *const str, fi));
                        (line, fi)
                    }
                };
                // Same line as the entry before: `dedup_by` below would drop it.
                if line_entries
                    .last()
                    .is_some_and(|&(_, l, f)| l == line && f == fi)
                {
                    continue;
                }
                line_entries.push((base + off, line, fi));
            }
            let mut name = fname.clone();
            if !names_used.insert(name.clone()) {
                // Static functions of the same name in different files.
                let mut k = 2;
                while !names_used.insert(format!("{fname}.{k}")) {
                    k += 1;
                }
                name = format!("{fname}.{k}");
            }
            add(&mut code, &mut functions, name, &emitted.code, nregs);
        });
        if let Some(name) = emitted_wrong {
            return Err(name);
        }
        drop(inl);
        self.bodies = bodies;
        timer.merge(emit_timer);
        self.timer = timer;
        // Thunks for imports whose address was taken (may grow while
        // emitting, so loop until done).
        let mut i = 0;
        while i < self.thunk_list.len() {
            let (name, imp) = self.thunk_list[i].clone();
            let mut bytes = Vec::new();
            vm::isa::Instr::Hcall {
                imp: vm::isa::ImportRef(imp as u32),
                base: vm::isa::Reg(0),
            }
            .encode(&mut bytes);
            vm::isa::Instr::Ret {
                src: vm::isa::Reg(0),
            }
            .encode(&mut bytes);
            let mut fname = format!("{name}.hostcall");
            while !names_used.insert(fname.clone()) {
                fname.push('_');
            }
            add(&mut code, &mut functions, fname, &bytes, 256);
            i += 1;
        }
        if self.diags.has_errors() {
            return Ok(None);
        }
        // Without `main` (a script the host calls into) the entry returns 0.
        let entry_index = match entry.and_then(|e| self.func_index.get(&e)) {
            Some(&i) => i,
            None => {
                let mut bytes = Vec::new();
                vm::isa::Instr::MoviI64 {
                    dst: vm::isa::Reg(0),
                    imm: 0,
                }
                .encode(&mut bytes);
                vm::isa::Instr::Ret {
                    src: vm::isa::Reg(0),
                }
                .encode(&mut bytes);
                let idx = functions.len() as u32;
                add(&mut code, &mut functions, "__vox_no_main".into(), &bytes, 1);
                idx
            }
        };
        line_entries.dedup_by(|b, a| a.1 == b.1 && a.2 == b.2);
        // Import declarations by file index and line, for link errors.
        let import_locations = self
            .import_locs
            .iter()
            .map(|loc| {
                let (name, line) = self.sources.file(loc.file).presumed(loc.pos);
                let fi = *file_index.entry(name.to_string()).or_insert_with(|| {
                    files.push(name.to_string());
                    files.len() as u32 - 1
                });
                Some((fi, line))
            })
            .collect();
        let mut image = vm::Image {
            // Compiled C frees what it allocates: no garbage collection.
            flags: vm::vve::FLAG_MANUAL_MEMORY,
            entry: entry_index,
            code,
            data: std::mem::take(&mut self.data),
            bss: match u32::try_from(self.bss) {
                Ok(b) => b,
                Err(_) => return Ok(None),
            },
            functions,
            imports: self.imports.clone(),
            import_locations,
            files: files.clone(),
            source: source.to_string(),
            ..Default::default()
        };
        image.set_line_table(line_entries.iter().copied());
        image.trim_zero_tail();
        Ok(Some(Linked { image }))
    }
}

impl Resolver for Linker<'_> {
    fn resolve(&mut self, s: SymRef) -> Resolved {
        match self.target(s) {
            Some(Target::Def(d)) => {
                if let Some(&i) = self.func_index.get(&d) {
                    Resolved::Func(i)
                } else {
                    Resolved::Data(self.data_off.get(&d).copied().unwrap_or(0))
                }
            }
            Some(Target::Import(i)) => {
                let name = self.name(i);
                Resolved::Import(self.import_index.get(name).copied().unwrap_or(0))
            }
            // Function 0 traps: a call through a null function pointer.
            Some(Target::Null) => Resolved::Func(0),
            None => Resolved::Data(0),
        }
    }

    fn func_addr(&mut self, s: SymRef) -> u32 {
        self.func_addr_of(s)
    }
}

/// Code of function 0, which a call through a null function pointer
/// reaches: a `trap` with the message at data offset `msg`.
/// What a call through a null function pointer traps with.
const NULL_FN_MSG: &[u8] = b"call through a null function pointer\0";

fn null_function(msg: u32) -> Vec<u8> {
    let mut b = Vec::new();
    let trap = crate::ir::isa().op("trap", "");
    if let Some(i) =
        vm::isa::Instr::from_operands(trap, &[vm::isa::OperandValue::Data(vm::isa::DataRef(msg))])
    {
        i.encode(&mut b);
    }
    b
}

/// References to globals inside an initializer expression.
fn collect_refs(e: &Expr, tu: u32, out: &mut Vec<SymRef>) {
    match &e.kind {
        ExprKind::Global(g) => out.push(SymRef { tu, id: g.0 }),
        ExprKind::AddrOf(x)
        | ExprKind::Cast(x)
        | ExprKind::Deref(x)
        | ExprKind::Member(x, _)
        | ExprKind::Unary(_, x) => collect_refs(x, tu, out),
        ExprKind::Binary(_, a, b) | ExprKind::Comma(a, b) => {
            collect_refs(a, tu, out);
            collect_refs(b, tu, out);
        }
        ExprKind::Cond(a, b, c) => {
            collect_refs(a, tu, out);
            collect_refs(b, tu, out);
            collect_refs(c, tu, out);
        }
        _ => {}
    }
}

/// Whether a global is defined here (a function body, an object definition or a string).
pub fn is_definition(g: &Global) -> bool {
    match &g.kind {
        GlobalKind::Func { def } => def.is_some(),
        GlobalKind::Var { defined, .. } => *defined,
        GlobalKind::Str(_) => true,
    }
}

/// Names with external linkage that some unit uses and no unit defines:
/// what the C library's archive members are pulled in for.
pub fn undefined_refs(units: &[LinkUnit], names: &Interner) -> BTreeSet<String> {
    let externals = || {
        units
            .iter()
            .flat_map(|u| u.unit.globals.iter())
            .filter(|g| g.linkage == Linkage::External)
    };
    let aliases = units.iter().flat_map(|u| {
        u.unit
            .aliases
            .iter()
            .map(|a| u.unit.globals[a.0 .0 as usize].name)
    });
    let defs: HashSet<Sym> = externals()
        .filter(|g| is_definition(g))
        .map(|g| g.name)
        .chain(aliases)
        .collect();
    externals()
        .filter(|g| g.used && !is_definition(g) && !defs.contains(&g.name))
        .map(|g| names.str(g.name).to_string())
        .collect()
}

/// Whether some unit defines `name` with external linkage.
pub fn defines(units: &[LinkUnit], names: &Interner, name: &str) -> bool {
    units
        .iter()
        .flat_map(|u| u.unit.globals.iter())
        .any(|g| g.linkage == Linkage::External && is_definition(g) && names.str(g.name) == name)
}
