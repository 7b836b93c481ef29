//! voxcc: a C99 compiler that compiles C in process to voxvm bytecode.
//!
//! One module per stage, in the order data flows (as in chibicc):
//!
//! | stage | module | produces |
//! |---|---|---|
//! | source files, locations | [`source`] | [`source::SourceMap`], [`source::Loc`] |
//! | tokenize (phases 1–3) | [`lex`] | [`token::Token`]s |
//! | preprocess (phase 4) | [`pp`] | one token stream per translation unit |
//! | diagnostics | [`diag`] | rustc-style messages |
//!
//! | parse, with types and implicit conversions | [`parse`] | a typed [`ast::Unit`] |
//! | lower to IR | [`lower`] | [`ir::Func`]s: VM instructions over virtual registers |
//! | link the program and the C library | [`link`] | one data segment, resolved names |
//! | lay out blocks, allocate registers | [`regalloc`] | physical registers, call windows |
//! | emit | [`emit`] | bytecode through the generated encoder |
//!
//! [`timing`] measures the stages when asked (`voxcc --time-report`).
//!
//! Everything a compilation has (files, interned spellings, diagnostics) lives
//! in one [`Session`]. [`compile`] runs the whole pipeline; the C library's
//! host side (formatting, I/O, libm) is in [`runtime`].

#![warn(missing_docs)]

pub mod ast;
mod backend;
pub mod diag;
pub mod emit;
pub mod exit;
pub mod fxhash;
pub mod headers;
pub mod ir;
pub mod lex;
pub mod libc;
pub mod link;
pub mod lower;
pub mod native;
pub mod opt;
pub mod parse;
pub mod pp;
pub mod regalloc;
pub mod rt;
pub mod runtime;
pub mod source;
pub mod timing;
pub mod token;
pub mod types;

use std::path::PathBuf;

/// A C source to compile: a name for messages and `__FILE__`, and its text.
#[derive(Clone, Debug)]
pub struct Source {
    /// File name (a path when it came from disk; relative `#include "..."` is
    /// looked up next to it).
    pub name: String,
    /// The C text.
    pub text: String,
}

impl Source {
    /// A source from a name and text.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Source {
        Source {
            name: name.into(),
            text: text.into(),
        }
    }
}

/// Compiler options (`-I`, `-D`, `-U`, headers the host provides).
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// `-I DIR`: searched, in order, for `#include "..."` (after the including
    /// file's directory) and `#include <...>` (before the built-in headers).
    pub include_dirs: Vec<PathBuf>,
    /// `-D NAME[=VALUE]`, in order (`-D X` defines `X` as `1`).
    pub defines: Vec<(String, Option<String>)>,
    /// `-U NAME`, applied after the defines.
    pub undefines: Vec<String>,
    /// Headers the host provides by name, e.g. `("game.h", "int score(void);")`;
    /// `#include "game.h"` and `<game.h>` find them before the file system.
    pub headers: Vec<(String, String)>,
    /// Whether `#include` may read the host's files as a native compiler
    /// does: an absolute path, and `"..."` names in the directory of the file
    /// that includes (for the sources themselves, the directory their names
    /// give, or the process's working directory). The `voxcc` and `voxvm`
    /// commands turn it on for the files they are given. Off (the default,
    /// for untrusted source a host compiles): a header is found only among
    /// [`headers`](Self::headers), the built-in headers and the files inside
    /// [`include_dirs`](Self::include_dirs) (their own `"..."` includes are
    /// looked up beside them); a name that leads out of every include
    /// directory (an absolute path, `..`, a symbolic link) is not found, so
    /// neither `#include` nor `__has_include` tells a script anything about
    /// the host's other files.
    pub host_files: bool,
    /// Turn warnings off.
    pub no_warnings: bool,
    /// The memory cap of the VM the program will run under (`--max-memory`;
    /// `None`: no cap). The compiler holds itself to it on the program's
    /// sources (the C library's are fixed and not counted): static data
    /// larger than the cap is refused from the declarations' sizes, before
    /// it is built, and a translation unit whose tokens after preprocessing
    /// would take the compiler past the cap is refused as soon as it has
    /// that many: every token read from the program's files and every token
    /// preprocessing makes of them is budgeted at
    /// [`COMPILER_BYTES_PER_TOKEN`], for itself and the syntax tree, code
    /// and tables made from it.
    pub max_memory: Option<u64>,
    /// Compile without optimising (`-O0`): no function is inlined, so a
    /// trap's backtrace shows every C call and `--max-recursion` counts C
    /// calls exactly, and none of the IR optimisations runs (registers are
    /// still allocated), so a large program compiles about 1.45x faster and
    /// runs 1.4-1.6x slower. Off (the default): small functions are copied
    /// into their callers, a small recursive function into itself, and every
    /// optimisation runs.
    pub no_optimize: bool,
    /// Measure each stage and IR pass ([`timing`]): the text returned with
    /// the image (the warnings) then ends with the time report.
    pub time_report: bool,
    /// Threads that optimise and allocate the registers of a large
    /// program's functions (`-j N`): while a file of the program is still
    /// parsed, and while the calling thread emits them. 0 (the default) is
    /// one per core, up to 8, for a program of 64 functions or more (hello
    /// world has 24), and while parsing a file of 20,000 tokens or more;
    /// none for a smaller one. 1 keeps everything on the compiling thread;
    /// more is that many, up to 8. The image is the same whatever the
    /// number.
    pub threads: usize,
}

/// Parses the level of a `-O` option as cc spells it: `0` and `g` (debugging)
/// turn optimisation off (`false`, see [`Options::no_optimize`]); `1`, `2`, `3`,
/// `s`, `z` and `fast` optimise fully (`true`): voxcc has one level of
/// optimisation.
pub fn parse_opt_level(level: &str) -> Result<bool, String> {
    match level {
        "0" | "g" => Ok(false),
        "1" | "2" | "3" | "s" | "z" | "fast" => Ok(true),
        _ => Err(format!(
            "unknown optimisation level `{level}` (expected 0, 1, 2, 3, s, z, g or fast)"
        )),
    }
}

/// The compiler's memory per token of a program, for
/// [`Options::max_memory`]: its peak resident memory (tokens, syntax tree,
/// IR, code, and the allocator's slack) over the source shapes of
/// `tests/tests/rss.rs`, divided by the tokens they read and make, is at
/// most about 220 bytes (50,000 inlined calls in one function).
pub const COMPILER_BYTES_PER_TOKEN: u64 = 256;

/// The state of one compilation: files read, interned spellings, diagnostics.
#[derive(Debug, Default)]
pub struct Session {
    /// Every file read (sources, headers, built-in headers).
    pub sources: source::SourceMap,
    /// Interned spellings.
    pub interner: token::Interner,
    /// Errors and warnings.
    pub diags: diag::Diagnostics,
    /// `#pragma pack` in the translation unit being compiled: from the
    /// token at this index on, struct members are aligned to at most this
    /// many bytes (`None`: their natural alignment).
    pub pack: Vec<(usize, Option<u64>)>,
    /// Files every translation unit reads alike (the built-in headers and
    /// the predefined macros), lexed once per session: by name, their id
    /// and tokens with their include guard.
    pub(crate) shared_files: std::collections::HashMap<String, SharedFile>,
    /// The predefined macros, once made (see [`pp::preprocess_with_limits`]).
    pub(crate) predefined: Option<pp::Predefined>,
    /// Tokens of the program's translation units so far, charged against
    /// [`Options::max_memory`].
    pub(crate) tokens_charged: u64,
    /// While a translation unit of the program is parsed under a memory
    /// cap: the cap and the tokens it allows. The elements a GNU range
    /// designator copies are charged as tokens too (a few tokens can make
    /// millions of them).
    pub(crate) token_budget: Option<pp::MemoryBudget>,
}

/// A file lexed once for all translation units of a session.
#[derive(Debug)]
pub(crate) struct SharedFile {
    pub(crate) id: source::FileId,
    pub(crate) lexed: Option<(std::rc::Rc<Vec<token::Token>>, Option<token::Sym>)>,
}

impl Session {
    /// A fresh session.
    pub fn new() -> Session {
        Session::default()
    }
}

/// Preprocesses `src` (what `voxcc -E` prints): the token stream as text,
/// one line per source line where possible. Errors are rendered rustc-style;
/// warnings are dropped (see [`preprocess_to_text`]).
pub fn preprocess_only(src: &Source, opts: &Options) -> Result<String, String> {
    preprocess_to_text(src, opts, true).map(|(text, _)| text)
}

/// Like [`preprocess_only`], returning the text and the rendered warnings
/// (empty when there were none). Without `line_markers` (`voxcc -E -P`) the
/// text has no `# line "file"` markers and no blank lines.
pub fn preprocess_to_text(
    src: &Source,
    opts: &Options,
    line_markers: bool,
) -> Result<(String, String), String> {
    let mut sess = Session::new();
    sess.diags.no_warnings = opts.no_warnings;
    let file = sess.sources.add(src.name.clone(), src.text.clone());
    let toks = pp::preprocess(&mut sess, opts, file);
    if sess.diags.has_errors() {
        return Err(sess.diags.render(&sess.sources, &src.name));
    }
    let warnings = if sess.diags.list.is_empty() {
        String::new()
    } else {
        sess.diags.render(&sess.sources, &src.name)
    };
    Ok((pp::render(&sess, &toks, line_markers), warnings))
}

/// A compiled program.
#[derive(Debug)]
pub struct Program {
    /// The loaded, verified module, ready to run.
    pub module: vm::Module,
    /// Its image (what `voxcc -o` writes as `.vve`).
    pub image: vm::Image,
    /// Warnings, rendered rustc-style (empty when there were none).
    pub warnings: String,
}

/// Why a compilation failed: every error, rendered rustc-style.
#[derive(Debug, Clone)]
pub struct CompileError {
    /// The rendered diagnostics (errors and warnings), ending with a summary line.
    pub rendered: String,
    /// The errors as `file:line:col: message`, in order.
    pub errors: Vec<String>,
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.rendered)
    }
}

impl std::error::Error for CompileError {}

/// Host stack for a compilation: the parser and lowering recurse once per
/// nesting level (bounded by [`parse::MAX_DEPTH`]), so they run on a thread
/// with room for the deepest input they accept.
pub(crate) const COMPILER_STACK: usize = 256 << 20;

/// Compiles C sources (and the C library) into a module.
///
/// ```
/// let prog = voxcc::compile(
///     &[voxcc::Source::new("hello.c", "int twice(int x) { return 2 * x; }")],
///     &voxcc::Options::default(),
/// ).unwrap();
/// let mut vm = vm::Vm::with_host(&prog.module, &vm::Config::default(), &voxcc::runtime::host()).unwrap();
/// assert_eq!(vm.call("twice", &[21]).unwrap(), 42);
/// ```
pub fn compile(sources: &[Source], opts: &Options) -> Result<Program, CompileError> {
    compile_owned(sources.to_vec(), opts)
}

/// [`compile`], taking the sources: their texts move into the compiler
/// instead of being copied (on a large file the copy is measurable).
pub fn compile_owned(sources: Vec<Source>, opts: &Options) -> Result<Program, CompileError> {
    let (image, warnings) = compile_image_owned(sources, opts)?;
    let module = vm::Module::from_image(image.clone()).map_err(|e| CompileError {
        rendered: format!("error: the compiled module does not verify (a compiler bug): {e}\n"),
        errors: vec![e.to_string()],
    })?;
    Ok(Program {
        module,
        image,
        warnings,
    })
}

/// Compiles C sources into a module image without loading it: the image
/// and the rendered warnings.
pub fn compile_image(
    sources: &[Source],
    opts: &Options,
) -> Result<(vm::Image, String), CompileError> {
    compile_image_owned(sources.to_vec(), opts)
}

/// [`compile_image`], taking the sources: their texts move into the
/// compiler instead of being copied.
pub fn compile_image_owned(
    mut sources: Vec<Source>,
    opts: &Options,
) -> Result<(vm::Image, String), CompileError> {
    on_compiler_stack(|| {
        let started = std::time::Instant::now();
        match compile_on_this_thread(&mut sources, opts, true) {
            Attempt::Done(r) => r,
            // The early backend guessed wrong (see `backend`): compile again
            // without it, which gives the image compiling on one thread
            // gives.
            Attempt::GuessedWrong(name) => match compile_on_this_thread(&mut sources, opts, false)
            {
                Attempt::Done(Ok((image, mut warnings))) if opts.time_report => {
                    warnings.push_str(&format!(
                        "compiled again without the early backend, which guessed wrong about what `{name}` inlines (the first try took {:.4} s)\n",
                        started.elapsed().as_secs_f64()
                    ));
                    Ok((image, warnings))
                }
                Attempt::Done(r) => r,
                // Not without the early backend.
                Attempt::GuessedWrong(_) => Err(CompileError {
                    rendered: format!("error: {CRASHED}\n"),
                    errors: vec!["internal compiler error".into()],
                }),
            },
        }
    })
    .unwrap_or_else(|e| {
        Err(CompileError {
            rendered: format!("error: {e}\n"),
            errors: vec![if e == CRASHED {
                "internal compiler error".into()
            } else {
                e
            }],
        })
    })
}

/// How one try at compiling ended.
// Made once per try and matched at once: the size does not matter.
#[allow(clippy::large_enum_variant)]
enum Attempt {
    /// Compiled, or failed to.
    Done(Result<(vm::Image, String), CompileError>),
    /// The early backend's guess about what this function inlines was
    /// wrong: compile again without it.
    GuessedWrong(String),
}

/// What [`on_compiler_stack`] says when the compiler panicked.
const CRASHED: &str = "the compiler crashed (a bug in voxcc; please report it with the input)";

/// Runs `f` on a thread with [`COMPILER_STACK`] bytes of stack; an error
/// when the thread cannot start or `f` panics (a bug).
pub(crate) fn on_compiler_stack<T: Send>(f: impl FnOnce() -> T + Send) -> Result<T, String> {
    std::thread::scope(|s| {
        std::thread::Builder::new()
            .name("voxcc".into())
            .stack_size(COMPILER_STACK)
            .spawn_scoped(s, f)
            .map_err(|e| format!("cannot start the compiler thread: {e}"))?
            .join()
            .map_err(|_| CRASHED.into())
    })
}

/// Preprocesses, parses and lowers one translation unit into `units`
/// (a member of the C library when `keep` is given: see
/// [`parse::parse_and_lower`]). Returns false when there are too many
/// diagnostics to go on.
/// `early`: start the backend on the unit's functions while it is parsed,
/// when [`Options::threads`] allows ([`backend::early_workers`]).
#[allow(clippy::too_many_arguments)]
fn add_unit(
    sess: &mut Session,
    opts: &Options,
    types: &mut types::Types,
    units: &mut Vec<link::LinkUnit>,
    tu: usize,
    (name, text): (&str, String),
    keep: Option<&std::collections::BTreeSet<String>>,
    early: bool,
    timer: &mut timing::Timer,
) -> (bool, source::FileId) {
    let library = keep.is_some();
    let file = sess.sources.add(name.to_string(), text);
    let mut limits = pp::Limits::default();
    if let (Some(cap), false) = (opts.max_memory, library) {
        let allowed = (cap / COMPILER_BYTES_PER_TOKEN).saturating_sub(sess.tokens_charged);
        limits.memory = Some(pp::MemoryBudget {
            cap,
            tokens: allowed,
        });
    }
    let toks = timer.time("preprocess", || {
        pp::preprocess_with_limits(sess, opts, file, &limits)
    });
    if !library {
        sess.tokens_charged += toks.len() as u64;
    }
    if sess.diags.too_many() {
        return (false, file);
    }
    let keep = keep.map(|k| k.iter().map(|n| sess.interner.intern(n)).collect());
    sess.token_budget = match (opts.max_memory, library) {
        (Some(cap), false) => Some(pp::MemoryBudget {
            cap,
            tokens: cap / COMPILER_BYTES_PER_TOKEN,
        }),
        _ => None,
    };
    let workers = match early && !library && !opts.no_optimize {
        true => backend::early_workers(opts.threads, toks.len()),
        false => 0,
    };
    let mut parse_time = std::time::Duration::ZERO;
    let ((unit, funcs), early, early_timer) =
        backend::with_early(tu as u32, workers, timer.is_on(), |sink| {
            let started = std::time::Instant::now();
            let out = parse::parse_and_lower(sess, types, &toks, tu as u32, keep, sink);
            parse_time = started.elapsed();
            out
        });
    if timer.is_on() {
        timer.add("parse and lower to IR", parse_time);
        timer.merge(early_timer);
    }
    sess.token_budget = None;
    drop(toks);
    if sess.diags.has_errors() {
        return (true, file);
    }
    let unit = link::LinkUnit {
        unit,
        funcs,
        early,
        library,
    };
    if tu < units.len() {
        units[tu] = unit;
    } else {
        units.push(unit);
    }
    (true, file)
}

/// One try at compiling `sources`, whose texts it moves into the session
/// (and back for another try); `early`: with the early backend (see
/// [`backend::with_early`]).
fn compile_on_this_thread(sources: &mut [Source], opts: &Options, early: bool) -> Attempt {
    let started = std::time::Instant::now();
    let mut timer = timing::Timer::new(opts.time_report);
    let mut sess = Session::new();
    sess.diags.no_warnings = opts.no_warnings;
    let mut types = types::Types::new();
    let mut units = Vec::new();
    let mut main_name = sources
        .first()
        .map_or("<input>".to_string(), |s| s.name.clone());
    // With several files, the summary names those that had errors.
    let mut failed = Vec::new();
    // Where each source's text went.
    let mut files = Vec::new();
    for (tu, src) in sources.iter_mut().enumerate() {
        let before = sess.diags.error_count();
        let (go_on, file) = add_unit(
            &mut sess,
            opts,
            &mut types,
            &mut units,
            tu,
            (&src.name, std::mem::take(&mut src.text)),
            None,
            early,
            &mut timer,
        );
        files.push(file);
        if sess.diags.error_count() > before {
            failed.push(src.name.clone());
        }
        if !go_on {
            break;
        }
    }
    if sources.len() > 1 && !failed.is_empty() {
        main_name = failed.join("`, `");
    }
    // The C library is an archive, as libc.a is to a native linker, but
    // finer: a member (one file of cc/libc/) is compiled only when it
    // defines something the program refers to, and then only the functions
    // asked for and those they refer to. A member asked for more later is
    // compiled again in its place. The library is compiled alike for every
    // program: without the program's -D, -I or headers.
    if !sess.diags.has_errors() {
        let lib_opts = Options::default();
        // Per member: its unit's index and the names compiled for.
        let mut pulled: Vec<Option<(usize, std::collections::BTreeSet<String>)>> =
            vec![None; libc::SOURCES.len()];
        let mut want = link::undefined_refs(&units, &sess.interner);
        if link::defines(&units, &sess.interner, "main") {
            want.insert("_start".to_string());
        }
        loop {
            // All at once, so that each member is compiled once.
            want = libc::closure(&want);
            let mut asks: std::collections::BTreeMap<usize, std::collections::BTreeSet<String>> =
                Default::default();
            for n in &want {
                if let Some(m) = libc::member_defining(n) {
                    if !pulled[m].as_ref().is_some_and(|p| p.1.contains(n)) {
                        asks.entry(m).or_default().insert(n.clone());
                    }
                }
            }
            if asks.is_empty() || sess.diags.has_errors() {
                break;
            }
            for (m, mut names) in asks {
                let tu = match pulled[m].take() {
                    Some((tu, before)) => {
                        names.extend(before);
                        tu
                    }
                    None => units.len(),
                };
                let (file, text) = libc::SOURCES[m];
                add_unit(
                    &mut sess,
                    &lib_opts,
                    &mut types,
                    &mut units,
                    tu,
                    (&format!("<voxcc>/libc/{file}"), text.to_string()),
                    Some(&names),
                    false,
                    &mut timer,
                );
                pulled[m] = Some((tu, names));
            }
            want = link::undefined_refs(&units, &sess.interner);
        }
    }
    if sess.diags.has_errors() {
        return Attempt::Done(Err(failure(&sess, &main_name)));
    }
    // What fails from here on is the link of every file together.
    let all_names = sources
        .iter()
        .map(|s| s.name.as_str())
        .collect::<Vec<_>>()
        .join("`, `");
    let linked = link::link(
        &mut units,
        &types,
        &sess.interner,
        &sess.sources,
        &mut sess.diags,
        &main_name,
        opts.max_memory,
        !opts.no_optimize,
        opts.threads,
        &mut timer,
    );
    let linked = match linked {
        Ok(l) => l,
        Err(name) => {
            // The texts go back for the next try.
            for (src, file) in sources.iter_mut().zip(files) {
                src.text = std::mem::take(&mut sess.sources.file_mut(file).text);
            }
            return Attempt::GuessedWrong(name);
        }
    };
    Attempt::Done(match linked {
        Some(l) if !sess.diags.has_errors() => {
            let mut warnings = if sess.diags.list.is_empty() {
                String::new()
            } else {
                sess.diags.render(&sess.sources, &all_names)
            };
            if timer.is_on() {
                warnings.push_str(&timer.render(started.elapsed()));
            }
            Ok((l.image, warnings))
        }
        _ => Err(failure(&sess, &all_names)),
    })
}

fn failure(sess: &Session, what: &str) -> CompileError {
    let errors = sess
        .diags
        .list
        .iter()
        .filter(|d| d.severity == diag::Severity::Error)
        .map(|d| format!("{}: {}", sess.sources.describe(d.loc), d.message))
        .collect();
    CompileError {
        rendered: sess.diags.render(&sess.sources, what),
        errors,
    }
}

/// The C library's archive index (`cc/libc/INDEX`) and dependency graph
/// (`cc/libc/DEPS`) as they should be: each member of [`libc::SOURCES`]
/// compiled alone. INDEX lists the names each member defines with external
/// linkage. DEPS lists, for each such function, the library's names its
/// body uses, directly or through the member's static functions; and for
/// each member (`@file`), those its file-scope initializers, constructors
/// and destructors use, which are compiled whenever the member is.
/// `cc/tests/libc_index.rs` checks both files against this.
#[doc(hidden)]
pub fn libc_index() -> Result<(String, String), String> {
    use std::collections::{BTreeSet, HashMap};
    let mut index = String::new();
    // Per member: (name, external?, uses by name) of its functions, and the
    // file-scope uses.
    let mut members = Vec::new();
    let mut defined_anywhere = std::collections::HashSet::new();
    for (name, text) in libc::SOURCES {
        let mut sess = Session::new();
        let mut types = types::Types::new();
        let file = sess.sources.add(format!("<voxcc>/libc/{name}"), *text);
        let toks = pp::preprocess(&mut sess, &Options::default(), file);
        let (unit, uses) = parse::parse_recording_uses(&mut sess, &mut types, &toks);
        if sess.diags.has_errors() {
            return Err(sess.diags.render(&sess.sources, name));
        }
        let mut defs: Vec<String> = unit
            .globals
            .iter()
            .filter(|g| g.linkage == ast::Linkage::External && link::is_definition(g))
            .map(|g| sess.interner.str(g.name).to_string())
            .collect();
        defs.sort_unstable();
        defs.dedup();
        index.push_str(&format!(
            "{name}: {}
",
            defs.join(" ")
        ));
        defined_anywhere.extend(defs);
        // Uses by function (index into globals), `usize::MAX` for file scope.
        let mut by_fn: HashMap<usize, BTreeSet<usize>> = HashMap::new();
        for (from, to) in uses {
            by_fn
                .entry(from.map_or(usize::MAX, |f| f.0 as usize))
                .or_default()
                .insert(to.0 as usize);
        }
        for &(_, g) in unit.ctors.iter().chain(&unit.dtors) {
            by_fn.entry(usize::MAX).or_default().insert(g.0 as usize);
        }
        // What a root reaches through the member's static functions.
        let reach = |root: usize| -> BTreeSet<String> {
            let mut seen = BTreeSet::new();
            let mut stack = vec![root];
            let mut out = BTreeSet::new();
            while let Some(f) = stack.pop() {
                for &g in by_fn.get(&f).into_iter().flatten() {
                    if !seen.insert(g) {
                        continue;
                    }
                    let glob = &unit.globals[g];
                    if glob.linkage == ast::Linkage::External {
                        out.insert(sess.interner.str(glob.name).to_string());
                    } else {
                        stack.push(g);
                    }
                }
            }
            out
        };
        let mut lines = vec![(format!("@{name}"), reach(usize::MAX))];
        for (i, g) in unit.globals.iter().enumerate() {
            if g.linkage == ast::Linkage::External
                && matches!(g.kind, ast::GlobalKind::Func { def: Some(_) })
            {
                let mut r = reach(i);
                r.remove(sess.interner.str(g.name));
                lines.push((sess.interner.str(g.name).to_string(), r));
            }
        }
        members.push(lines);
    }
    let mut deps = String::from(
        "# Which C library names each library function uses (see voxcc::libc_index).\n",
    );
    for lines in members {
        for (name, uses) in lines {
            let uses: Vec<&str> = uses
                .iter()
                .filter(|u| defined_anywhere.contains(*u))
                .map(String::as_str)
                .collect();
            if !uses.is_empty() {
                deps.push_str(&format!("{name}: {}\n", uses.join(" ")));
            }
        }
    }
    Ok((index, deps))
}
