//! Preprocessor: translation phase 4 (C99 6.10).
//!
//! [`preprocess`] turns a file's tokens into the fully macro-expanded token
//! stream of the translation unit, directives removed; [`render()`] prints such
//! a stream as text (`voxcc -E`).
//!
//! How it works:
//!
//! * Each file is tokenized once ([`crate::lex`]) and read by index. Directives
//!   are `#` tokens flagged [`BOL`] met while reading a file (never tokens that
//!   came out of a macro). A skipped group is scanned for directive names only.
//! * Macro expansion follows gcc (and clang): an expansion's tokens are
//!   pushed back onto the input, above an end marker, and rescanned; the
//!   macro is disabled until its end marker is read (C99 6.10.3.4p2). A
//!   disabled macro's name read meanwhile, even inside macro arguments, is
//!   painted ([`crate::token::NO_EXPAND`]) and never expanded again. A
//!   function-like macro is disabled only once its arguments are expanded.
//!   This is not Prosser's hide-set algorithm (chibicc's), whose hide sets
//!   stay on tokens after the expansion is read and so break idioms gcc
//!   accepts (`DEFER`/`EVAL` recursion, the `MAP` macro); tokens carry no
//!   hide set.
//! * Input is a stack of layers (module `expand`): the bottom one falls back to the
//!   file; a layer above it holds one macro argument being expanded on its own
//!   (C99 6.10.3.1), or a directive's tokens (`#if`, computed `#include`). There
//!   is no recursion per nested invocation, so nesting is bounded by
//!   [`Limits`], not by the thread's stack.
//! * Untrusted input cannot make it run away: the total work (tokens read and
//!   produced) and the text made by `#`/`##` are capped, as are `#include`
//!   depth, macro nesting and `#if` expression depth ([`Limits`]); the run stops
//!   with an error naming the cause. It also stops after
//!   [`crate::diag::MAX_ERRORS`] errors.

mod expand;
mod expr;
mod include;
mod render;

pub use render::render;

use crate::diag::Diagnostic;
use crate::fxhash::{FxHashMap, FxHashSet};
use crate::lex;
use crate::source::{FileId, LineDirective, Loc};
use crate::token::{kw, Punct, Sym, TokKind, Token, BOL, SPACE};
use crate::{Options, Session};
use std::collections::HashMap;
use std::path::PathBuf;
use std::rc::Rc;

/// Resource limits of one preprocessing run. Hitting one is an error; the
/// work, text and macro-nesting limits also stop preprocessing (too deep an
/// `#include` is skipped, too deep an `#if` is false).
#[derive(Clone, Debug)]
pub struct Limits {
    /// Most work, counted in tokens: every token read from a file and every
    /// token a macro expansion produces or copies (an exponential macro
    /// blow-up hits this). Memory stays within a small multiple of it.
    pub max_work: u64,
    /// More work allowed per token of distinct source text (each file counts
    /// once however often it is included), so that large inputs get room in
    /// proportion.
    pub work_per_source_token: u64,
    /// Most bytes of new spellings made by `#` and `##`.
    pub max_text: u64,
    /// Deepest `#include` nesting.
    pub max_include_depth: usize,
    /// Deepest macro nesting: expansions being read at once (each disables
    /// a different macro), and invocations nested in arguments being expanded.
    pub max_macro_depth: usize,
    /// Deepest nesting in an `#if` expression (parentheses, unary operators, `?:`).
    pub max_if_depth: usize,
    /// The memory cap the output's tokens are charged against, if any.
    pub memory: Option<MemoryBudget>,
}

/// How many output tokens the memory cap leaves room for (see
/// [`crate::Options::max_memory`]).
#[derive(Clone, Copy, Debug)]
pub struct MemoryBudget {
    /// The cap, in bytes (for the message).
    pub cap: u64,
    /// Most tokens the output may have.
    pub tokens: u64,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_work: 1 << 23,
            work_per_source_token: 16,
            max_text: 1 << 24,
            max_include_depth: 200,
            max_macro_depth: 10_000,
            max_if_depth: 256,
            memory: None,
        }
    }
}

/// Preprocesses the translation unit whose main file is `file`: the expanded
/// tokens, directives removed, ending with one [`TokKind::Eof`]. Errors and
/// warnings go to `sess.diags`. The predefined macros are defined first, then
/// `opts.defines` and `opts.undefines`, in order.
///
/// A missing `#include` file (as in gcc), a [`Limits`] overrun, or
/// [`crate::diag::MAX_ERRORS`] errors stop preprocessing early: the tokens so
/// far are returned, still ending with Eof.
pub fn preprocess(sess: &mut Session, opts: &Options, file: FileId) -> Vec<Token> {
    preprocess_with_limits(sess, opts, file, &Limits::default())
}

/// [`preprocess`] with explicit resource limits.
pub fn preprocess_with_limits(
    sess: &mut Session,
    opts: &Options,
    file: FileId,
    limits: &Limits,
) -> Vec<Token> {
    sess.diags.no_warnings |= opts.no_warnings;
    sess.pack.clear();
    if sess.predefined.is_none() {
        // The predefined macros, defined once per session: every unit
        // starts from a copy of them.
        let lib = Options::default();
        let mut pp = Pp::new(sess, &lib, Limits::default());
        let f = pp.shared_file("<built-in>", || ("<built-in>".to_string(), PREDEFINED));
        pp.push_file(f, None, None);
        pp.run(0);
        let macros = std::mem::take(&mut pp.macros);
        sess.predefined = Some(Predefined(macros));
    }
    let mut pp = Pp::new(sess, opts, limits.clone());
    // At most about one token per two bytes of C: reserving that up front spares
    // the doublings' copies and the fresh pages each new buffer faults in
    // (a quarter of a large compile's time). Pages never written are never
    // touched, and the reservation stays within the token budget.
    let guess = pp.sess.sources.file(file).text.len() as u64 / 2 + 16;
    let guess = limits
        .memory
        .as_ref()
        .map_or(guess, |m| guess.min(m.tokens));
    let guess = usize::try_from(guess).unwrap_or(0);
    let text_len = pp.sess.sources.file(file).text.len();
    if prefault_wanted(opts, text_len) {
        // The main file's token buffer, made here so that the prefaulting
        // thread can fault it in ahead of the lexer writing it; as large as
        // the lexer would make it, within the token budget.
        let lex_buf: Vec<Token> = Vec::with_capacity(guess.min(text_len / 2 + 1));
        let ahead = (text_len / 3).min(lex_buf.capacity()) * std::mem::size_of::<Token>();
        pp.out_ready = prefault(guess, text_len, (lex_buf.as_ptr() as usize, ahead));
        pp.lex_buf = Some((file, lex_buf));
    }
    if pp.out_ready.is_none() {
        pp.layers[0].out.reserve(guess);
    }
    pp.start(file);
    pp.run(0);
    let mut out = std::mem::take(&mut pp.layers[0].out);
    let text_len = pp.sess.sources.file(file).text.len();
    out.push(Token {
        kind: TokKind::Eof,
        sym: Sym(0),
        loc: Loc {
            file,
            pos: u32::try_from(text_len).unwrap_or(u32::MAX),
        },
        flags: BOL,
    });
    out
}

/// A file this large (bytes) or larger gets its token buffers' memory
/// faulted in by another thread while it is lexed ([`prefault`]).
const PREFAULT_MIN: usize = 1 << 20;

/// Whether to [`prefault`] for a main file of `text_len` bytes: a large
/// one, when threads are allowed (not `-j 1`, not one core).
fn prefault_wanted(opts: &Options, text_len: usize) -> bool {
    match opts.threads {
        _ if text_len < PREFAULT_MIN => false,
        0 => std::thread::available_parallelism().is_ok_and(|n| n.get() > 1),
        n => n > 1,
    }
}

/// A thread that takes the kernel's page faults for the main file's two
/// token buffers while this thread lexes, instead of this one taking them
/// one by one as it writes: first the lexer's buffer (`lex`: its address
/// and the bytes of its first third-of-a-token-per-byte, about what C
/// makes), ahead of the lexer, then a new output buffer of `capacity`
/// tokens, which it returns (empty) for the preprocessor to take once the
/// file is lexed. On a large file those faults were a third of the lexing
/// time, with the other core idle.
fn prefault(
    capacity: usize,
    text_len: usize,
    lex: (usize, usize),
) -> Option<std::thread::JoinHandle<Vec<Token>>> {
    let touch = (text_len / 3).min(capacity);
    std::thread::Builder::new()
        .name("voxcc prefault".into())
        .spawn(move || {
            populate(lex.0, lex.1);
            let mut out: Vec<Token> = Vec::with_capacity(capacity);
            let bytes = touch * std::mem::size_of::<Token>();
            if !populate(out.as_ptr() as usize, bytes) {
                // One write per 4 KiB page faults it in; the length stays 0.
                let filler = Token {
                    kind: TokKind::Eof,
                    sym: Sym(0),
                    loc: Loc::default(),
                    flags: 0,
                };
                let per_page = (4096 / std::mem::size_of::<Token>()).max(1);
                for slot in out.spare_capacity_mut()[..touch]
                    .iter_mut()
                    .step_by(per_page)
                {
                    slot.write(filler);
                }
            }
            out
        })
        .ok()
}

/// Has the kernel fault in the whole pages of the `len` bytes at `addr`
/// (this process's heap, possibly being written by another thread) without
/// writing to them; false where it cannot (before Linux 5.14, or not
/// Linux).
fn populate(addr: usize, len: usize) -> bool {
    #[cfg(target_os = "linux")]
    {
        const PAGE: usize = 4096;
        let start = addr.next_multiple_of(PAGE);
        let end = addr.saturating_add(len) & !(PAGE - 1);
        if end <= start {
            return true;
        }
        // SAFETY: MADV_POPULATE_WRITE only fills in page tables, as a write
        // fault would, and never reads or changes what the memory holds;
        // on a range that is not (or no longer) mapped writable it fails
        // and changes nothing. So it cannot disturb the memory's owner,
        // even one writing it at the same time, whatever became of it.
        unsafe {
            libc::madvise(
                start as *mut libc::c_void,
                end - start,
                libc::MADV_POPULATE_WRITE,
            ) == 0
        }
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = (addr, len);
        false
    }
}

/// The predefined macros, all in one place (processed as the `<built-in>`
/// file before the main file). gcc's `__sync_*` and `__atomic_*` builtins
/// are macros over statement expressions, as `<stdatomic.h>`'s are: the
/// VM switches threads only at a step (a branch, call or return), so each
/// is the plain operation written without a branch, its operands evaluated
/// before the object is read, done as gcc does it in `uintptr_t` (wrapping;
/// a pointer moves by bytes); compare-and-swap selects with a mask.
const PREDEFINED: &str = "\
#define __STDC__ 1
#define __STDC_VERSION__ 199901L
#define __STDC_HOSTED__ 1
#define __voxcc__ 1
#define __voxvm__ 1
#define __LP64__ 1
#define _LP64 1
#define __CHAR_BIT__ 8
#define __SIZEOF_SHORT__ 2
#define __SIZEOF_INT__ 4
#define __SIZEOF_LONG__ 8
#define __SIZEOF_LONG_LONG__ 8
#define __SIZEOF_POINTER__ 8
#define __SIZEOF_FLOAT__ 4
#define __SIZEOF_DOUBLE__ 8
#define __SIZEOF_LONG_DOUBLE__ 8
#define __SIZEOF_SIZE_T__ 8
#define __SIZE_TYPE__ unsigned long
#define __PTRDIFF_TYPE__ long
#define __WCHAR_TYPE__ int
#define __WINT_TYPE__ unsigned int
#define __INTMAX_TYPE__ long
#define __UINTMAX_TYPE__ unsigned long
#define __SCHAR_MAX__ 127
#define __SHRT_MAX__ 32767
#define __INT_MAX__ 2147483647
#define __LONG_MAX__ 9223372036854775807L
#define __LONG_LONG_MAX__ 9223372036854775807LL
#define __ORDER_LITTLE_ENDIAN__ 1234
#define __ORDER_BIG_ENDIAN__ 4321
#define __BYTE_ORDER__ __ORDER_LITTLE_ENDIAN__
#define __ORDER_PDP_ENDIAN__ 3412
#define __FLOAT_WORD_ORDER__ __ORDER_LITTLE_ENDIAN__
#define __SIZEOF_WCHAR_T__ 4
#define __SIZEOF_WINT_T__ 4
#define __SIZEOF_PTRDIFF_T__ 8
#define __INT8_TYPE__ signed char
#define __INT16_TYPE__ short
#define __INT32_TYPE__ int
#define __INT64_TYPE__ long
#define __UINT8_TYPE__ unsigned char
#define __UINT16_TYPE__ unsigned short
#define __UINT32_TYPE__ unsigned int
#define __UINT64_TYPE__ unsigned long
#define __INT_LEAST8_TYPE__ signed char
#define __INT_LEAST16_TYPE__ short
#define __INT_LEAST32_TYPE__ int
#define __INT_LEAST64_TYPE__ long
#define __UINT_LEAST8_TYPE__ unsigned char
#define __UINT_LEAST16_TYPE__ unsigned short
#define __UINT_LEAST32_TYPE__ unsigned int
#define __UINT_LEAST64_TYPE__ unsigned long
#define __INT_FAST8_TYPE__ signed char
#define __INT_FAST16_TYPE__ long
#define __INT_FAST32_TYPE__ long
#define __INT_FAST64_TYPE__ long
#define __UINT_FAST8_TYPE__ unsigned char
#define __UINT_FAST16_TYPE__ unsigned long
#define __UINT_FAST32_TYPE__ unsigned long
#define __UINT_FAST64_TYPE__ unsigned long
#define __INTPTR_TYPE__ long
#define __UINTPTR_TYPE__ unsigned long
#define __CHAR16_TYPE__ unsigned short
#define __CHAR32_TYPE__ unsigned int
#define __WCHAR_MAX__ 0x7fffffff
#define __WCHAR_MIN__ (-__WCHAR_MAX__ - 1)
#define __WINT_MAX__ 0xffffffffU
#define __WINT_MIN__ 0U
#define __PTRDIFF_MAX__ 0x7fffffffffffffffL
#define __SIZE_MAX__ 0xffffffffffffffffUL
#define __INTMAX_MAX__ 0x7fffffffffffffffL
#define __UINTMAX_MAX__ 0xffffffffffffffffUL
#define __INTPTR_MAX__ 0x7fffffffffffffffL
#define __UINTPTR_MAX__ 0xffffffffffffffffUL
#define __INT8_MAX__ 0x7f
#define __INT16_MAX__ 0x7fff
#define __INT32_MAX__ 0x7fffffff
#define __INT64_MAX__ 0x7fffffffffffffffL
#define __UINT8_MAX__ 0xff
#define __UINT16_MAX__ 0xffff
#define __UINT32_MAX__ 0xffffffffU
#define __UINT64_MAX__ 0xffffffffffffffffUL
#define __INT8_C(c) c
#define __INT16_C(c) c
#define __INT32_C(c) c
#define __INT64_C(c) c ## L
#define __UINT8_C(c) c
#define __UINT16_C(c) c
#define __UINT32_C(c) c ## U
#define __UINT64_C(c) c ## UL
#define __INTMAX_C(c) c ## L
#define __UINTMAX_C(c) c ## UL
#define __SCHAR_WIDTH__ 8
#define __SHRT_WIDTH__ 16
#define __INT_WIDTH__ 32
#define __LONG_WIDTH__ 64
#define __LONG_LONG_WIDTH__ 64
#define __PTRDIFF_WIDTH__ 64
#define __SIZE_WIDTH__ 64
#define __WCHAR_WIDTH__ 32
#define __INTMAX_WIDTH__ 64
#define __INTPTR_WIDTH__ 64
#define __FLT_RADIX__ 2
#define __FLT_MANT_DIG__ 24
#define __FLT_DIG__ 6
#define __FLT_MIN_EXP__ (-125)
#define __FLT_MIN_10_EXP__ (-37)
#define __FLT_MAX_EXP__ 128
#define __FLT_MAX_10_EXP__ 38
#define __FLT_DECIMAL_DIG__ 9
#define __FLT_MAX__ 3.40282346638528859811704183484516925e+38F
#define __FLT_MIN__ 1.17549435082228750796873653722224568e-38F
#define __FLT_EPSILON__ 1.19209289550781250000000000000000000e-7F
#define __FLT_DENORM_MIN__ 1.40129846432481707092372958328991613e-45F
#define __FLT_HAS_INFINITY__ 1
#define __FLT_HAS_QUIET_NAN__ 1
#define __DBL_MANT_DIG__ 53
#define __DBL_DIG__ 15
#define __DBL_MIN_EXP__ (-1021)
#define __DBL_MIN_10_EXP__ (-307)
#define __DBL_MAX_EXP__ 1024
#define __DBL_MAX_10_EXP__ 308
#define __DBL_DECIMAL_DIG__ 17
#define __DBL_MAX__ ((double)1.79769313486231570814527423731704357e+308L)
#define __DBL_MIN__ ((double)2.22507385850720138309023271733240406e-308L)
#define __DBL_EPSILON__ ((double)2.22044604925031308084726333618164062e-16L)
#define __DBL_DENORM_MIN__ ((double)4.94065645841246544176568792868221372e-324L)
#define __DBL_HAS_INFINITY__ 1
#define __DBL_HAS_QUIET_NAN__ 1
#define __LDBL_MANT_DIG__ 53
#define __LDBL_DIG__ 15
#define __LDBL_MIN_EXP__ (-1021)
#define __LDBL_MIN_10_EXP__ (-307)
#define __LDBL_MAX_EXP__ 1024
#define __LDBL_MAX_10_EXP__ 308
#define __LDBL_DECIMAL_DIG__ 17
#define __DECIMAL_DIG__ 17
#define __LDBL_MAX__ 1.79769313486231570814527423731704357e+308L
#define __LDBL_MIN__ 2.22507385850720138309023271733240406e-308L
#define __LDBL_EPSILON__ 2.22044604925031308084726333618164062e-16L
#define __LDBL_DENORM_MIN__ 4.94065645841246544176568792868221372e-324L
#define __LDBL_HAS_INFINITY__ 1
#define __LDBL_HAS_QUIET_NAN__ 1
#define __USER_LABEL_PREFIX__
#define __ATOMIC_RELAXED 0
#define __ATOMIC_CONSUME 1
#define __ATOMIC_ACQUIRE 2
#define __ATOMIC_RELEASE 3
#define __ATOMIC_ACQ_REL 4
#define __ATOMIC_SEQ_CST 5
#define __GCC_ATOMIC_INT_LOCK_FREE 2
#define __GCC_ATOMIC_POINTER_LOCK_FREE 2
#define __GCC_HAVE_SYNC_COMPARE_AND_SWAP_4 1
#define __GCC_HAVE_SYNC_COMPARE_AND_SWAP_8 1
#define __vox_fetch_op(p, v, op) ({ __typeof__(p) __vox_p = (p); __UINTPTR_TYPE__ __vox_a = (__UINTPTR_TYPE__)(v); __typeof__(*__vox_p) __vox_o = *__vox_p; *__vox_p = (__typeof__(*__vox_p))((__UINTPTR_TYPE__)__vox_o op __vox_a); __vox_o; })
#define __vox_op_fetch(p, v, op) ({ __typeof__(p) __vox_p = (p); __UINTPTR_TYPE__ __vox_a = (__UINTPTR_TYPE__)(v); *__vox_p = (__typeof__(*__vox_p))((__UINTPTR_TYPE__)*__vox_p op __vox_a); })
#define __vox_cas(p, e, d, oldp) ({ __typeof__(p) __vox_cp = (p); __typeof__(*__vox_cp) __vox_ce = (e), __vox_cd = (d); union { __UINT64_TYPE__ u; __typeof__(*__vox_cp) v; } __vox_o = {0}, __vox_x = {0}, __vox_n = {0}, __vox_r = {0}; __vox_x.v = __vox_ce; __vox_n.v = __vox_cd; __vox_o.v = *__vox_cp; _Bool __vox_ok = __vox_o.u == __vox_x.u; __vox_r.u = __vox_o.u ^ ((__vox_o.u ^ __vox_n.u) & -(__UINT64_TYPE__)__vox_ok); *__vox_cp = __vox_r.v; *(oldp) = __vox_o.v; __vox_ok; })
#define __sync_fetch_and_add(p, v, ...) __vox_fetch_op(p, v, +)
#define __sync_add_and_fetch(p, v, ...) __vox_op_fetch(p, v, +)
#define __atomic_fetch_add(p, v, order) ((void)(order), __vox_fetch_op(p, v, +))
#define __atomic_add_fetch(p, v, order) ((void)(order), __vox_op_fetch(p, v, +))
#define __sync_fetch_and_sub(p, v, ...) __vox_fetch_op(p, v, -)
#define __sync_sub_and_fetch(p, v, ...) __vox_op_fetch(p, v, -)
#define __atomic_fetch_sub(p, v, order) ((void)(order), __vox_fetch_op(p, v, -))
#define __atomic_sub_fetch(p, v, order) ((void)(order), __vox_op_fetch(p, v, -))
#define __sync_fetch_and_or(p, v, ...) __vox_fetch_op(p, v, |)
#define __sync_or_and_fetch(p, v, ...) __vox_op_fetch(p, v, |)
#define __atomic_fetch_or(p, v, order) ((void)(order), __vox_fetch_op(p, v, |))
#define __atomic_or_fetch(p, v, order) ((void)(order), __vox_op_fetch(p, v, |))
#define __sync_fetch_and_and(p, v, ...) __vox_fetch_op(p, v, &)
#define __sync_and_and_fetch(p, v, ...) __vox_op_fetch(p, v, &)
#define __atomic_fetch_and(p, v, order) ((void)(order), __vox_fetch_op(p, v, &))
#define __atomic_and_fetch(p, v, order) ((void)(order), __vox_op_fetch(p, v, &))
#define __sync_fetch_and_xor(p, v, ...) __vox_fetch_op(p, v, ^)
#define __sync_xor_and_fetch(p, v, ...) __vox_op_fetch(p, v, ^)
#define __atomic_fetch_xor(p, v, order) ((void)(order), __vox_fetch_op(p, v, ^))
#define __atomic_xor_fetch(p, v, order) ((void)(order), __vox_op_fetch(p, v, ^))
#define __sync_fetch_and_nand(p, v, ...) ({ __typeof__(p) __vox_p = (p); __typeof__(*__vox_p) __vox_a = (v); __typeof__(*__vox_p) __vox_o = *__vox_p; *__vox_p = ~(__vox_o & __vox_a); __vox_o; })
#define __sync_nand_and_fetch(p, v, ...) ({ __typeof__(p) __vox_p = (p); __typeof__(*__vox_p) __vox_a = (v); *__vox_p = ~(*__vox_p & __vox_a); })
#define __atomic_fetch_nand(p, v, order) ((void)(order), __sync_fetch_and_nand(p, v))
#define __atomic_nand_fetch(p, v, order) ((void)(order), __sync_nand_and_fetch(p, v))
#define __sync_val_compare_and_swap(p, old, new, ...) ({ __typeof__(*(p)) __vox_v; __vox_cas(p, old, new, &__vox_v); __vox_v; })
#define __sync_bool_compare_and_swap(p, old, new, ...) ({ __typeof__(*(p)) __vox_v; __vox_cas(p, old, new, &__vox_v); })
#define __sync_lock_test_and_set(p, v, ...) ({ __typeof__(p) __vox_p = (p); __typeof__(*__vox_p) __vox_n = (v); __typeof__(*__vox_p) __vox_o = *__vox_p; *__vox_p = __vox_n; __vox_o; })
#define __sync_lock_release(p, ...) ((void)(*(p) = 0))
#define __sync_synchronize(...) ((void)0)
#define __atomic_load_n(p, order) ((void)(order), *(p))
#define __atomic_store_n(p, v, order) ((void)(order), (void)(*(p) = (v)))
#define __atomic_exchange_n(p, v, order) ((void)(order), __sync_lock_test_and_set(p, v))
#define __atomic_compare_exchange_n(p, e, d, weak, so, fo) ((void)(weak), (void)(so), (void)(fo), ({ __typeof__(e) __vox_e = (e); __typeof__(*__vox_e) __vox_v; _Bool __vox_k = __vox_cas(p, *__vox_e, d, &__vox_v); *__vox_e = __vox_v; __vox_k; }))
#define __atomic_load(p, r, order) ((void)(order), (void)(*(r) = *(p)))
#define __atomic_store(p, v, order) ((void)(order), (void)(*(p) = *(v)))
#define __atomic_exchange(p, v, r, order) ((void)(order), ({ __typeof__(p) __vox_p = (p); __typeof__(*__vox_p) __vox_n = *(v); __typeof__(*__vox_p) __vox_o = *__vox_p; *__vox_p = __vox_n; *(r) = __vox_o; (void)0; }))
#define __atomic_compare_exchange(p, e, d, weak, so, fo) __atomic_compare_exchange_n(p, e, *(d), weak, so, fo)
#define __atomic_test_and_set(p, order) ((void)(order), ({ volatile char *__vox_p = (volatile char *)(p); _Bool __vox_o = *__vox_p != 0; *__vox_p = 1; __vox_o; }))
#define __atomic_clear(p, order) ((void)(order), (void)(*(volatile char *)(p) = 0))
#define __atomic_thread_fence(order) ((void)(order))
#define __atomic_signal_fence(order) ((void)(order))
#define __atomic_always_lock_free(size, p) ((void)(p), (size) <= 8)
#define __atomic_is_lock_free(size, p) ((void)(p), (size) <= 8)
";

/// The macros defined by [`PREDEFINED`] (and the built-in ones), by
/// `Sym.0`: made once per [`Session`].
pub(crate) struct Predefined(Vec<Option<Rc<Macro>>>);

impl std::fmt::Debug for Predefined {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Predefined({} macros)", self.0.iter().flatten().count())
    }
}

/// Macros computed when used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Builtin {
    File,
    Line,
    Date,
    Time,
    /// `__TIMESTAMP__`: the source's modification time in gcc; voxcc is
    /// given text, not files, so the compile time (as for `__DATE__`).
    Timestamp,
    Counter,
    IncludeLevel,
    BaseFile,
    HasInclude,
    HasIncludeNext,
    /// `__has_attribute`, `__has_builtin`, `__has_cpp_attribute`: 0 for now.
    HasNothing,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum MacroKind {
    Object,
    Function,
    Builtin(Builtin),
}

/// Marks a body token that is not a parameter.
const NOT_PARAM: u32 = u32::MAX;

/// A macro definition.
#[derive(Debug)]
struct Macro {
    name: Sym,
    /// The name in its `#define` (for "defined here" notes).
    loc: Loc,
    kind: MacroKind,
    params: Vec<Sym>,
    /// The last parameter is `...` (or GNU `name...`).
    variadic: bool,
    /// The replacement list (first token's SPACE cleared).
    body: Vec<Token>,
    /// Per body token: its parameter index or [`NOT_PARAM`] (empty for an
    /// object-like macro).
    param_of: Vec<u32>,
    /// Per parameter: used somewhere it must be macro-expanded first (not an
    /// operand of `#` or `##`).
    expand_arg: Vec<bool>,
    /// The body has `##` (so it needs the general substitution).
    has_paste: bool,
}

impl Macro {
    fn same_definition(&self, o: &Macro) -> bool {
        self.kind == o.kind
            && self.params == o.params
            && self.variadic == o.variadic
            && self.body.len() == o.body.len()
            && self
                .body
                .iter()
                .zip(&o.body)
                .enumerate()
                .all(|(k, (a, b))| {
                    a.kind == b.kind
                        && a.sym == b.sym
                        && (k == 0 || (a.flags & SPACE) == (b.flags & SPACE))
                })
    }
}

/// A file being read.
struct FileCtx {
    file: FileId,
    toks: Rc<Vec<Token>>,
    idx: usize,
    /// Its directory (for `#include "..."`), if it is on disk.
    dir: Option<PathBuf>,
    /// Where in the search order it was found (for `#include_next`).
    found: Option<usize>,
    /// `conds.len()` when it was entered: its conditionals are above this.
    cond_base: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CondState {
    /// In the group being kept.
    Taking,
    /// Skipping, no group kept yet (an `#elif`/`#else` may still be).
    Seeking,
    /// A group was kept; skipping the rest.
    Done,
}

struct Cond {
    loc: Loc,
    /// `if`, `ifdef` or `ifndef`, for "unterminated #ifdef".
    directive: &'static str,
    state: CondState,
    else_loc: Option<Loc>,
}

/// How to read the next token when the input runs out into the files.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Read {
    /// Run directives; at the end of an included file, go on in the includer.
    Normal,
    /// Collecting macro arguments: run directives, but stop (Eof) at the end
    /// of an included file (arguments do not cross files, as in gcc).
    Args,
    /// Looking for the `(` after a function-like macro name: as `Args`, and
    /// a directive line also ends the search (left to run; as gcc does).
    Paren,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum LayerKind {
    /// The bottom layer: pushed-back and rescanned tokens, then the files.
    Main,
    /// A directive's tokens being expanded (`#if`, `#include`, `#line`).
    Bounded,
    /// One macro argument being expanded by itself.
    Arg,
}

/// One level of the input stack: tokens to read (reversed: the next is last)
/// and where the tokens read end up.
struct Layer {
    input: Vec<Token>,
    out: Vec<Token>,
    kind: LayerKind,
    /// BOL/SPACE of a macro that expanded to nothing, for the next token.
    carry: u8,
}

/// Macro arguments, stored flat: argument `i` is `toks[bounds[i].0..bounds[i].1]`.
#[derive(Default)]
struct Args {
    toks: Vec<Token>,
    bounds: Vec<(u32, u32)>,
}

impl Args {
    fn get(&self, i: usize) -> &[Token] {
        match self.bounds.get(i) {
            Some(&(a, b)) => self.toks.get(a as usize..b as usize).unwrap_or(&[]),
            None => &[],
        }
    }

    fn len(&self) -> usize {
        self.bounds.len()
    }

    /// Ends the argument being collected (it started where the last one ended).
    fn close(&mut self) {
        let start = self.bounds.last().map_or(0, |b| b.1);
        self.bounds.push((start, self.toks.len() as u32));
    }

    fn clear(&mut self) {
        self.toks.clear();
        self.bounds.clear();
    }
}

/// A function-like macro invocation waiting for its arguments to be expanded.
struct Frame {
    mac: Rc<Macro>,
    name: Token,
    args: Args,
    /// `expanded.get(p)` is argument `p` fully macro-expanded (once done).
    expanded: Args,
    /// The parameter whose argument is being expanded.
    cur: usize,
    /// The variable arguments were left out, not just empty.
    va_omitted: bool,
    /// Index its argument layers occupy.
    layer: usize,
}

/// Symbols the preprocessor looks for that are not pre-interned keywords.
struct Syms {
    one: Sym,
    zero: Sym,
    sccs: Sym,
    assert: Sym,
    unassert: Sym,
    push_macro: Sym,
    pop_macro: Sym,
    gcc: Sym,
    warning: Sym,
    error: Sym,
    pack: Sym,
    push: Sym,
    pop: Sym,
}

/// Most warnings one run reports (a hostile input could otherwise repeat one
/// without end); errors stop the run at [`crate::diag::MAX_ERRORS`].
const MAX_WARNINGS: usize = 1000;

struct Pp<'s> {
    sess: &'s mut Session,
    opts: &'s Options,
    limits: Limits,
    syms: Syms,
    /// Macro definitions by `Sym.0`.
    macros: Vec<Option<Rc<Macro>>>,
    /// `#pragma push_macro` stacks.
    pushed: FxHashMap<Sym, Vec<Option<Rc<Macro>>>>,
    /// `#pragma pack`: the current maximum member alignment and the pushed ones.
    pack: Option<u64>,
    pack_stack: Vec<Option<u64>>,
    /// Per macro (by `Sym.0`): how many of its expansions are still being
    /// read. A macro is not expanded while its count is non-zero.
    disabled: Vec<u32>,
    /// Expansions still being read (end markers in the layers).
    contexts: usize,
    files: Vec<FileCtx>,
    layers: Vec<Layer>,
    frames: Vec<Frame>,
    /// Spare buffers, so that an expansion does not allocate.
    spare_args: Vec<Args>,
    spare_toks: Vec<Vec<Token>>,
    conds: Vec<Cond>,
    /// Tokens and include guard of each file read, by id.
    lexed: FxHashMap<FileId, (Rc<Vec<Token>>, Option<Sym>)>,
    /// Files of this unit that are the session's shared files, by id: name.
    shared: FxHashMap<FileId, String>,
    /// Files with `#pragma once`.
    once: FxHashSet<FileId>,
    /// Disk files by path as searched (`None`: not a readable file).
    paths: HashMap<PathBuf, Option<FileId>>,
    /// Disk files by canonical path, so one file has one id.
    canonical: HashMap<PathBuf, FileId>,
    /// Virtual (`opts.headers`) and built-in headers read, by name.
    virtual_ids: HashMap<String, FileId>,
    /// Without [`Options::host_files`]: the include directories, resolved
    /// (symbolic links followed), that every file read must lie inside;
    /// computed on the first lookup.
    granted: Option<Vec<PathBuf>>,
    main_file: FileId,
    /// The output buffer being prefaulted ([`prefault`]).
    out_ready: Option<std::thread::JoinHandle<Vec<Token>>>,
    /// The buffer to lex the main file into (being prefaulted).
    lex_buf: Option<(FileId, Vec<Token>)>,
    /// Expanding a `#if` line: `defined` and `__has_include` are operators.
    in_if: bool,
    /// Nested [`Pp::expand_bounded`] calls.
    bounded_depth: usize,
    work: u64,
    /// Tokens of all distinct files read (for the work limit).
    source_tokens: u64,
    text_made: u64,
    stopped: bool,
    /// Tokens lexed from the program's own files (see [`Pp::budget_used`]).
    lexed_tokens: u64,
    counter: u64,
    warnings: usize,
    date_time: Option<(String, String, String)>,
}

impl<'s> Pp<'s> {
    fn new(sess: &'s mut Session, opts: &'s Options, limits: Limits) -> Pp<'s> {
        let mut i = |s| sess.interner.intern(s);
        let syms = Syms {
            one: i("1"),
            zero: i("0"),
            sccs: i("sccs"),
            assert: i("assert"),
            unassert: i("unassert"),
            push_macro: i("push_macro"),
            pop_macro: i("pop_macro"),
            gcc: i("GCC"),
            warning: i("warning"),
            error: i("error"),
            pack: i("pack"),
            push: i("push"),
            pop: i("pop"),
        };
        let mut pp = Pp {
            sess,
            opts,
            limits,
            syms,
            macros: Vec::new(),
            pushed: FxHashMap::default(),
            pack: None,
            pack_stack: Vec::new(),
            disabled: Vec::new(),
            contexts: 0,
            files: Vec::new(),
            layers: vec![Layer {
                input: Vec::new(),
                out: Vec::new(),
                kind: LayerKind::Main,
                carry: 0,
            }],
            frames: Vec::new(),
            spare_args: Vec::new(),
            spare_toks: Vec::new(),
            conds: Vec::new(),
            lexed: FxHashMap::default(),
            shared: FxHashMap::default(),
            once: FxHashSet::default(),
            paths: HashMap::new(),
            canonical: HashMap::new(),
            virtual_ids: HashMap::new(),
            granted: None,
            main_file: FileId(0),
            out_ready: None,
            lex_buf: None,
            in_if: false,
            bounded_depth: 0,
            work: 0,
            source_tokens: 0,
            text_made: 0,
            stopped: false,
            lexed_tokens: 0,
            counter: 0,
            warnings: 0,
            date_time: None,
        };
        for (name, b) in [
            ("__FILE__", Builtin::File),
            ("__LINE__", Builtin::Line),
            ("__DATE__", Builtin::Date),
            ("__TIME__", Builtin::Time),
            ("__TIMESTAMP__", Builtin::Timestamp),
            ("__COUNTER__", Builtin::Counter),
            ("__INCLUDE_LEVEL__", Builtin::IncludeLevel),
            ("__BASE_FILE__", Builtin::BaseFile),
            ("__has_include", Builtin::HasInclude),
            ("__has_include_next", Builtin::HasIncludeNext),
            ("__has_attribute", Builtin::HasNothing),
            ("__has_builtin", Builtin::HasNothing),
            ("__has_cpp_attribute", Builtin::HasNothing),
        ] {
            let sym = pp.sess.interner.intern(name);
            pp.set_macro(
                sym,
                Some(Rc::new(Macro {
                    name: sym,
                    loc: Loc::default(),
                    kind: MacroKind::Builtin(b),
                    params: Vec::new(),
                    variadic: false,
                    body: Vec::new(),
                    param_of: Vec::new(),
                    expand_arg: Vec::new(),
                    has_paste: false,
                })),
            );
        }
        pp
    }

    /// Pushes the main file, then the command-line definitions and the
    /// predefined macros above it (so they are read first).
    fn start(&mut self, file: FileId) {
        self.main_file = file;
        let name = self.sess.sources.file(file).name.clone();
        // A source the host hands over has no directory of its own unless
        // the host lets the compiler read its files.
        let dir = if self.opts.host_files {
            std::path::Path::new(&name).parent().map(PathBuf::from)
        } else {
            None
        };
        self.push_file(file, dir, None);
        // The main file is lexed: take the prefaulted output buffer.
        if let Some(ready) = self.out_ready.take() {
            match ready.join() {
                Ok(mut out) if self.layers[0].out.is_empty() => {
                    std::mem::swap(&mut out, &mut self.layers[0].out)
                }
                Ok(_) => {}
                // Nothing of the compile's state was in that thread.
                Err(_) => {}
            }
        }
        if let Some(f) = self.files.last() {
            self.layers[0].out.reserve(f.toks.len());
        }
        let mut cmdline = String::new();
        for (name, value) in &self.opts.defines {
            let value = value.as_deref().unwrap_or("1");
            // A value cannot span lines (gcc stops at the newline too).
            let value = value.split(['\n', '\r']).next().unwrap_or("");
            match name.split_once('(') {
                Some(_) => cmdline.push_str(&format!("#define {name} {value}\n")),
                None => cmdline.push_str(&format!("#define {} {value}\n", name.trim())),
            }
        }
        for name in &self.opts.undefines {
            cmdline.push_str(&format!("#undef {}\n", name.trim()));
        }
        if !cmdline.is_empty() {
            let f = self.sess.sources.add("<command line>", cmdline);
            self.push_file(f, None, None);
        }
        if let Some(p) = &self.sess.predefined {
            self.macros.clone_from(&p.0);
        }
    }

    fn set_macro(&mut self, sym: Sym, m: Option<Rc<Macro>>) {
        let i = sym.0 as usize;
        if i >= self.macros.len() {
            if m.is_none() {
                return;
            }
            self.macros.resize(i + 1, None);
        }
        self.macros[i] = m;
    }

    fn macro_of(&self, sym: Sym) -> Option<&Rc<Macro>> {
        self.macros.get(sym.0 as usize)?.as_ref()
    }

    fn is_defined(&self, sym: Sym) -> bool {
        self.macro_of(sym).is_some()
    }

    fn spell(&self, t: &Token) -> &str {
        match t.kind {
            TokKind::Eof => "end of line",
            TokKind::Placemarker => "",
            _ => self.sess.interner.str(t.sym),
        }
    }

    fn tok_len(&self, t: &Token) -> u32 {
        self.spell(t).len() as u32
    }

    fn error(&mut self, loc: Loc, len: u32, msg: impl Into<String>) -> &mut Diagnostic {
        self.sess.diags.error(loc, len, msg)
    }

    /// Reports a warning unless too many were reported.
    fn warn(&mut self, loc: Loc, len: u32, msg: impl Into<String>) -> Option<&mut Diagnostic> {
        self.warnings += 1;
        if self.warnings > MAX_WARNINGS {
            return None;
        }
        let msg = if self.warnings == MAX_WARNINGS {
            format!(
                "{} (further preprocessor warnings are not shown)",
                msg.into()
            )
        } else {
            msg.into()
        };
        Some(self.sess.diags.warning(loc, len, msg))
    }

    /// Counts `n` tokens of work; past the limit, reports it at `at` (naming
    /// the macro being expanded, if any) and stops.
    fn work_limit(&self) -> u64 {
        self.limits.max_work.saturating_add(
            self.limits
                .work_per_source_token
                .saturating_mul(self.source_tokens),
        )
    }

    fn charge(&mut self, n: usize, at: &Token, mac: Option<Sym>) {
        self.work += n as u64;
        if self.work > self.work_limit() && !self.stopped {
            let limit = self.work_limit();
            // Name the macro the user wrote (the expansion's location is its
            // outermost invocation), and the one being expanded if different.
            let inner = mac.map(|m| self.sess.interner.str(m).to_string());
            let outer = self.ident_at(at.loc).or_else(|| inner.clone());
            let msg = match &outer {
                Some(m) => format!(
                    "expanding macro `{m}` exceeds the preprocessor's work limit ({limit} tokens); stopping"
                ),
                None => format!("preprocessing exceeds the work limit ({limit} tokens); stopping"),
            };
            let len = outer
                .as_ref()
                .map_or_else(|| self.tok_len(at), |m| m.len() as u32);
            let d = self.error(at.loc, len, msg);
            if let Some(inner) = inner.filter(|i| Some(i) != outer.as_ref()) {
                d.notes
                    .push(format!("the limit was reached expanding `{inner}`"));
            }
            self.stopped = true;
        }
    }

    /// The identifier spelled at `loc` in its file, if any.
    fn ident_at(&self, loc: Loc) -> Option<String> {
        let text = self
            .sess
            .sources
            .files()
            .get(loc.file.0 as usize)?
            .text
            .as_bytes();
        let rest = text.get(loc.pos as usize..)?;
        let n = rest
            .iter()
            .take_while(|&&c| c.is_ascii_alphanumeric() || c == b'_' || c == b'$' || c >= 0x80)
            .count();
        let s = std::str::from_utf8(&rest[..n]).ok()?;
        (n > 0 && !rest[0].is_ascii_digit()).then(|| s.to_string())
    }

    /// Tokens charged against [`Limits::memory`] so far: the program's files
    /// lexed and the output.
    pub(super) fn budget_used(&self) -> u64 {
        self.lexed_tokens + self.layers[0].out.len() as u64
    }

    fn stop(&mut self) {
        self.stopped = true;
    }

    // ---- Reading files -------------------------------------------------

    /// Starts reading `file` (tokenizing it the first time).
    fn push_file(&mut self, file: FileId, dir: Option<PathBuf>, found: Option<usize>) {
        let toks = self.file_tokens(file).0;
        self.files.push(FileCtx {
            file,
            toks,
            idx: 0,
            dir,
            found,
            cond_base: self.conds.len(),
        });
    }

    fn file_tokens(&mut self, file: FileId) -> (Rc<Vec<Token>>, Option<Sym>) {
        if let Some((t, g)) = self.lexed.get(&file) {
            return (t.clone(), *g);
        }
        let shared = self.shared.get(&file).cloned();
        if let Some(name) = &shared {
            if let Some((t, g)) = &self.sess.shared_files[name].lexed {
                let (t, g) = (t.clone(), *g);
                self.source_tokens += t.len() as u64;
                self.lexed.insert(file, (t.clone(), g));
                return (t, g);
            }
        }
        let toks: Rc<Vec<Token>> = match self.limits.memory {
            // A file of the program: its tokens count against the cap with
            // the output's (shared files are the built-in headers).
            Some(m) if shared.is_none() => {
                let room = m.tokens.saturating_sub(self.budget_used());
                let buf = self.lex_buf_for(file);
                let (toks, cut) = lex::tokenize_into(
                    self.sess,
                    file,
                    usize::try_from(room).unwrap_or(usize::MAX),
                    buf,
                );
                self.lexed_tokens += toks.len() as u64;
                if cut {
                    let at = toks[toks.len() - 1];
                    self.over_memory(&at, m);
                }
                Rc::new(toks)
            }
            // An Rc of the Vec itself: `Rc<[Token]>` would copy every token.
            _ => {
                let buf = self.lex_buf_for(file);
                Rc::new(lex::tokenize_into(self.sess, file, usize::MAX, buf).0)
            }
        };
        self.source_tokens += toks.len() as u64;
        let guard = include::detect_guard(&toks);
        self.lexed.insert(file, (toks.clone(), guard));
        if let Some(name) = shared {
            if let Some(sf) = self.sess.shared_files.get_mut(&name) {
                sf.lexed = Some((toks.clone(), guard));
            }
        }
        (toks, guard)
    }

    /// The buffer made for lexing `file` into, if any ([`prefault`]).
    fn lex_buf_for(&mut self, file: FileId) -> Vec<Token> {
        match self.lex_buf.take() {
            Some((f, buf)) if f == file => buf,
            other => {
                self.lex_buf = other;
                Vec::new()
            }
        }
    }

    /// The id of a file all translation units share (a built-in header, the
    /// predefined macros), added to the session the first time; `make`
    /// gives its display name and text.
    fn shared_file(&mut self, name: &str, make: impl FnOnce() -> (String, &'static str)) -> FileId {
        let id = match self.sess.shared_files.get(name) {
            Some(sf) => sf.id,
            None => {
                let (display, text) = make();
                let id = self.sess.sources.add(display, text);
                self.sess
                    .shared_files
                    .insert(name.to_string(), crate::SharedFile { id, lexed: None });
                id
            }
        };
        self.shared.insert(id, name.to_string());
        id
    }

    /// The next token from the files, running directives on the way (see
    /// [`Read`] for the other modes).
    fn file_token(&mut self, mode: Read) -> Token {
        loop {
            if self.stopped || self.sess.diags.too_many() {
                self.stopped = true;
                return self.eof();
            }
            let Some(f) = self.files.last_mut() else {
                return self.eof();
            };
            let t = f.toks[f.idx.min(f.toks.len() - 1)];
            if t.kind == TokKind::Eof {
                if mode != Read::Normal {
                    return t;
                }
                self.close_conds();
                if self.files.len() == 1 {
                    return t;
                }
                self.files.pop();
                continue;
            }
            if t.flags & BOL != 0 && t.is(Punct::Hash) {
                if mode == Read::Paren {
                    // Left for the next read to run.
                    return self.eof();
                }
                f.idx += 1;
                self.directive(t);
                continue;
            }
            f.idx += 1;
            self.work += 1;
            if self.work > self.work_limit() {
                self.charge(0, &t, None);
            }
            return t;
        }
    }

    fn eof(&self) -> Token {
        Token {
            kind: TokKind::Eof,
            sym: Sym(0),
            loc: self
                .files
                .last()
                .map_or(Loc::default(), |f| f.toks[f.toks.len() - 1].loc),
            flags: BOL,
        }
    }

    /// At the end of a file: its unterminated conditionals are errors.
    fn close_conds(&mut self) {
        let base = self.files.last().map_or(0, |f| f.cond_base);
        while self.conds.len() > base {
            if let Some(c) = self.conds.pop() {
                let len = c.directive.len() as u32;
                self.error(c.loc, len, format!("unterminated `#{}`", c.directive));
            }
        }
    }

    /// The rest of the directive line in the current file.
    fn rest_of_line(&mut self) -> Vec<Token> {
        let Some(f) = self.files.last_mut() else {
            return Vec::new();
        };
        let start = f.idx;
        while f.idx < f.toks.len() {
            let t = f.toks[f.idx];
            if t.flags & BOL != 0 || t.kind == TokKind::Eof {
                break;
            }
            f.idx += 1;
        }
        let line = f.toks[start..f.idx].to_vec();
        self.work += line.len() as u64;
        line
    }

    /// Skips a group: moves to the next `#elif`, `#else` or `#endif` of the
    /// current conditional (left for [`Pp::file_token`] to run), or to the
    /// end of the file. Only directive names are looked at.
    fn skip_group(&mut self) {
        let Some(f) = self.files.last_mut() else {
            return;
        };
        let toks = &f.toks;
        let mut i = f.idx;
        let mut depth = 0usize;
        while i + 1 < toks.len() {
            let t = toks[i];
            if t.flags & BOL != 0 && t.is(Punct::Hash) {
                let n = toks[i + 1];
                if n.kind == TokKind::Ident && n.flags & BOL == 0 {
                    match n.sym {
                        kw::IF | kw::PP_IFDEF | kw::PP_IFNDEF => depth += 1,
                        kw::PP_ENDIF if depth > 0 => depth -= 1,
                        kw::PP_ENDIF | kw::PP_ELIF | kw::ELSE if depth == 0 => break,
                        _ => {}
                    }
                }
            }
            i += 1;
        }
        self.work += (i - f.idx) as u64;
        f.idx = i;
    }

    // ---- Directives ----------------------------------------------------

    fn directive(&mut self, hash: Token) {
        let line = self.rest_of_line();
        let Some(&name) = line.first() else {
            return; // the null directive
        };
        let args = &line[1..];
        match name.kind {
            TokKind::Ident => match name.sym {
                kw::PP_DEFINE => self.do_define(name, args),
                kw::PP_UNDEF => self.do_undef(name, args),
                kw::PP_INCLUDE => self.do_include(name, args, false),
                kw::PP_INCLUDE_NEXT => self.do_include(name, args, true),
                kw::IF => {
                    let v = self.eval_if(name, args);
                    self.push_cond(name, "if", v);
                }
                kw::PP_IFDEF | kw::PP_IFNDEF => {
                    let ifdef = name.sym == kw::PP_IFDEF;
                    let what = if ifdef { "ifdef" } else { "ifndef" };
                    let v = match self.macro_name(name, args, what) {
                        Some(sym) => self.is_defined(sym) == ifdef,
                        None => false,
                    };
                    self.push_cond(name, what, v);
                }
                kw::PP_ELIF => self.do_elif(name, args),
                kw::ELSE => self.do_else(name, args),
                kw::PP_ENDIF => self.do_endif(name, args),
                kw::PP_LINE => self.do_line(hash, args, false),
                kw::PP_ERROR | kw::PP_WARNING => {
                    let mut msg = format!("#{}", self.spell(&name));
                    let text = self.join_spellings(args);
                    if !text.is_empty() {
                        msg.push(' ');
                        msg.push_str(&text);
                    }
                    if name.sym == kw::PP_ERROR {
                        self.error(hash.loc, 1, msg);
                    } else {
                        self.warn(hash.loc, 1, msg);
                    }
                }
                kw::PP_PRAGMA => self.pragma(args, hash.loc),
                s if s == kw::PP_IDENT || s == self.syms.sccs => {}
                s if s == self.syms.assert || s == self.syms.unassert => {
                    // Obsolete GNU assertions: accepted and ignored.
                }
                _ => {
                    let len = self.tok_len(&name);
                    let msg = format!("invalid preprocessing directive `#{}`", self.spell(&name));
                    self.error(name.loc, len, msg);
                }
            },
            // GNU line marker: `# 42 "file" flags` (what `-E` prints).
            TokKind::Number => self.do_line(hash, &line, true),
            _ => {
                let len = self.tok_len(&name);
                let msg = format!("invalid preprocessing directive `#{}`", self.spell(&name));
                self.error(name.loc, len, msg);
            }
        }
    }

    /// Spellings joined by one space where there was whitespace.
    fn join_spellings(&self, toks: &[Token]) -> String {
        let mut s = String::new();
        for (k, t) in toks.iter().enumerate() {
            if k > 0 && t.flags & (SPACE | BOL) != 0 {
                s.push(' ');
            }
            s.push_str(self.spell(t));
        }
        s
    }

    fn extra_tokens(&mut self, args: &[Token], directive: &str) {
        if let Some(t) = args.first() {
            let len = self.tok_len(t);
            self.warn(
                t.loc,
                len,
                format!("extra tokens at end of #{directive} directive"),
            );
        }
    }

    /// The macro name of `#ifdef`/`#ifndef`/`#undef`.
    fn macro_name(&mut self, name: Token, args: &[Token], what: &str) -> Option<Sym> {
        let Some(&t) = args.first() else {
            let len = self.tok_len(&name);
            self.error(
                name.loc,
                len,
                format!("no macro name given in #{what} directive"),
            );
            return None;
        };
        if t.kind != TokKind::Ident {
            let len = self.tok_len(&t);
            let msg = format!(
                "macro names must be identifiers, found `{}`",
                self.spell(&t)
            );
            self.error(t.loc, len, msg);
            return None;
        }
        self.extra_tokens(&args[1..], what);
        Some(t.sym)
    }

    fn push_cond(&mut self, name: Token, directive: &'static str, taken: bool) {
        self.conds.push(Cond {
            loc: name.loc,
            directive,
            state: if taken {
                CondState::Taking
            } else {
                CondState::Seeking
            },
            else_loc: None,
        });
        if !taken {
            self.skip_group();
        }
    }

    /// The innermost conditional of the current file, or an error.
    fn current_cond(&mut self, name: Token) -> Option<usize> {
        let base = self.files.last().map_or(0, |f| f.cond_base);
        if self.conds.len() > base {
            return Some(self.conds.len() - 1);
        }
        let len = self.tok_len(&name);
        let msg = format!("#{} without #if", self.spell(&name));
        self.error(name.loc, len, msg);
        None
    }

    fn do_elif(&mut self, name: Token, args: &[Token]) {
        let Some(i) = self.current_cond(name) else {
            return;
        };
        if let Some(e) = self.conds[i].else_loc {
            self.error(name.loc, 4, "#elif after #else").related.push((
                e,
                4,
                "the #else is here".into(),
            ));
            self.conds[i].state = CondState::Done;
            self.skip_group();
            return;
        }
        match self.conds[i].state {
            CondState::Seeking => {
                if self.eval_if(name, args) {
                    self.conds[i].state = CondState::Taking;
                } else {
                    self.skip_group();
                }
            }
            CondState::Taking | CondState::Done => {
                self.conds[i].state = CondState::Done;
                self.skip_group();
            }
        }
    }

    fn do_else(&mut self, name: Token, args: &[Token]) {
        let Some(i) = self.current_cond(name) else {
            return;
        };
        self.extra_tokens(args, "else");
        if let Some(e) = self.conds[i].else_loc {
            self.error(name.loc, 4, "#else after #else").related.push((
                e,
                4,
                "the first #else is here".into(),
            ));
            self.conds[i].state = CondState::Done;
            self.skip_group();
            return;
        }
        self.conds[i].else_loc = Some(name.loc);
        match self.conds[i].state {
            CondState::Seeking => self.conds[i].state = CondState::Taking,
            CondState::Taking | CondState::Done => {
                self.conds[i].state = CondState::Done;
                self.skip_group();
            }
        }
    }

    fn do_endif(&mut self, name: Token, args: &[Token]) {
        if self.current_cond(name).is_some() {
            self.conds.pop();
            self.extra_tokens(args, "endif");
        }
    }

    fn eval_if(&mut self, name: Token, args: &[Token]) -> bool {
        if args.is_empty() {
            let len = self.tok_len(&name);
            let msg = format!("#{} with no expression", self.spell(&name));
            self.error(name.loc, len, msg);
            return false;
        }
        let toks = self.expand_bounded(args.to_vec(), true);
        if self.stopped {
            return false;
        }
        let v = expr::eval(
            &self.sess.interner,
            &mut self.sess.diags,
            &toks,
            name.loc,
            self.limits.max_if_depth,
        );
        v.is_some_and(|v| v.v != 0)
    }

    fn do_define(&mut self, directive: Token, args: &[Token]) {
        let Some(&n) = args.first() else {
            self.error(directive.loc, 6, "no macro name given in #define directive");
            return;
        };
        let len = self.tok_len(&n);
        if n.kind != TokKind::Ident {
            let msg = format!(
                "macro names must be identifiers, found `{}`",
                self.spell(&n)
            );
            self.error(n.loc, len, msg);
            return;
        }
        if n.sym == kw::PP_DEFINED || n.sym == kw::PP_VA_ARGS {
            let msg = format!("`{}` cannot be used as a macro name", self.spell(&n));
            self.error(n.loc, len, msg);
            return;
        }
        let mut i = 1;
        let mut params = Vec::new();
        let mut variadic = false;
        let func = args
            .get(1)
            .is_some_and(|t| t.is(Punct::LParen) && t.flags & SPACE == 0);
        if func {
            i = 2;
            match self.parse_params(args, &mut i, &mut params, &mut variadic) {
                Ok(()) => {}
                Err(()) => return,
            }
        } else if let Some(t) = args.get(1) {
            if t.flags & SPACE == 0 {
                let len = self.tok_len(t);
                self.warn(t.loc, len, "missing whitespace after the macro name");
            }
        }
        let mut body: Vec<Token> = args[i..].to_vec();
        if let Some(first) = body.first_mut() {
            first.flags &= !SPACE;
        }
        for t in &mut body {
            t.flags &= !BOL;
        }
        // Parameter lookup by map when there are many (a hostile definition
        // with thousands of parameters and body tokens must stay linear).
        let pmap: FxHashMap<Sym, u32> = params
            .iter()
            .enumerate()
            .map(|(k, &s)| (s, k as u32))
            .collect();
        // Empty for an object-like macro (most of a header's): no
        // allocation for a list of nothing but NOT_PARAM.
        let param_of: Vec<u32> = if func {
            body.iter()
                .map(|t| match t.kind {
                    TokKind::Ident => pmap.get(&t.sym).copied().unwrap_or(NOT_PARAM),
                    _ => NOT_PARAM,
                })
                .collect()
        } else {
            Vec::new()
        };
        // Check the operators.
        for (k, t) in body.iter().enumerate() {
            if t.is(Punct::HashHash) && (k == 0 || k + 1 == body.len()) {
                self.error(
                    t.loc,
                    2,
                    "`##` cannot appear at either end of a macro expansion",
                );
                return;
            }
            if func && t.is(Punct::Hash) && param_of.get(k + 1).is_none_or(|&p| p == NOT_PARAM) {
                self.error(t.loc, 1, "`#` is not followed by a macro parameter");
                return;
            }
            if t.is_ident(kw::PP_VA_ARGS) && !(variadic && params.last() == Some(&kw::PP_VA_ARGS)) {
                self.warn(
                    t.loc,
                    11,
                    "`__VA_ARGS__` can only appear in the expansion of a C99 variadic macro",
                );
            }
        }
        let mut expand_arg = vec![false; params.len()];
        for (k, &p) in param_of.iter().enumerate() {
            if p == NOT_PARAM {
                continue;
            }
            let after_op =
                k > 0 && (body[k - 1].is(Punct::HashHash) || body[k - 1].is(Punct::Hash));
            let before_paste = body.get(k + 1).is_some_and(|t| t.is(Punct::HashHash));
            if !after_op && !before_paste {
                expand_arg[p as usize] = true;
            }
        }
        let has_paste = body.iter().any(|t| t.is(Punct::HashHash));
        let m = Macro {
            name: n.sym,
            loc: n.loc,
            kind: if func {
                MacroKind::Function
            } else {
                MacroKind::Object
            },
            params,
            variadic,
            body,
            param_of,
            expand_arg,
            has_paste,
        };
        if let Some(old) = self.macro_of(n.sym).cloned() {
            if !old.same_definition(&m) {
                let msg = match old.kind {
                    MacroKind::Builtin(_) => {
                        format!("redefining builtin macro `{}`", self.spell(&n))
                    }
                    _ => format!("`{}` redefined", self.spell(&n)),
                };
                if let Some(d) = self.warn(n.loc, len, msg) {
                    if !matches!(old.kind, MacroKind::Builtin(_)) {
                        d.related
                            .push((old.loc, len, "previous definition is here".into()));
                    }
                }
            }
        }
        self.set_macro(n.sym, Some(Rc::new(m)));
    }

    /// Parses `(a, b, ...)` of a function-like macro from `args[*i]` (just past
    /// the `(`).
    fn parse_params(
        &mut self,
        args: &[Token],
        i: &mut usize,
        params: &mut Vec<Sym>,
        variadic: &mut bool,
    ) -> Result<(), ()> {
        let open = args[1];
        // For the duplicate check: a scan made 160,000 parameters take 4 s.
        let mut seen: FxHashSet<Sym> = params.iter().copied().collect();
        loop {
            let Some(&t) = args.get(*i) else {
                self.error(open.loc, 1, "missing `)` in macro parameter list");
                return Err(());
            };
            *i += 1;
            if params.is_empty() && t.is(Punct::RParen) {
                return Ok(());
            }
            if t.is(Punct::Ellipsis) {
                *variadic = true;
                params.push(kw::PP_VA_ARGS);
            } else if t.kind == TokKind::Ident {
                let len = self.tok_len(&t);
                if t.sym == kw::PP_VA_ARGS {
                    self.error(
                        t.loc,
                        len,
                        "`__VA_ARGS__` can only appear in the expansion of a C99 variadic macro",
                    );
                    return Err(());
                }
                if !seen.insert(t.sym) {
                    let msg = format!("duplicate macro parameter `{}`", self.spell(&t));
                    self.error(t.loc, len, msg);
                    return Err(());
                }
                params.push(t.sym);
                // GNU named variadic parameter: `args...`.
                if args.get(*i).is_some_and(|t| t.is(Punct::Ellipsis)) {
                    *i += 1;
                    *variadic = true;
                }
            } else {
                let len = self.tok_len(&t);
                let msg = format!("expected parameter name, found `{}`", self.spell(&t));
                self.error(t.loc, len, msg);
                return Err(());
            }
            match args.get(*i) {
                Some(c) if c.is(Punct::Comma) && !*variadic => *i += 1,
                Some(c) if c.is(Punct::RParen) => {
                    *i += 1;
                    return Ok(());
                }
                Some(c) => {
                    let c = *c;
                    let len = self.tok_len(&c);
                    let msg = if *variadic {
                        format!("expected `)` after `...`, found `{}`", self.spell(&c))
                    } else {
                        format!(
                            "expected `,` or `)` in macro parameter list, found `{}`",
                            self.spell(&c)
                        )
                    };
                    self.error(c.loc, len, msg);
                    return Err(());
                }
                None => {
                    self.error(open.loc, 1, "missing `)` in macro parameter list");
                    return Err(());
                }
            }
        }
    }

    fn do_undef(&mut self, name: Token, args: &[Token]) {
        let Some(sym) = self.macro_name(name, args, "undef") else {
            return;
        };
        if sym == kw::PP_DEFINED {
            self.error(args[0].loc, 7, "`defined` cannot be used as a macro name");
            return;
        }
        if let Some(m) = self.macro_of(sym) {
            if matches!(m.kind, MacroKind::Builtin(_)) {
                let len = self.tok_len(&args[0]);
                let msg = format!("undefining builtin macro `{}`", self.spell(&args[0]));
                self.warn(args[0].loc, len, msg);
            }
        }
        self.set_macro(sym, None);
    }

    /// `#line N "file"`, or with `gnu` the line marker `# N "file" flags`.
    fn do_line(&mut self, hash: Token, args: &[Token], gnu: bool) {
        let what = if gnu { "line marker" } else { "#line" };
        let toks = if gnu {
            args.to_vec()
        } else {
            self.expand_bounded(args.to_vec(), false)
        };
        let Some(&n) = toks.first() else {
            self.error(hash.loc, 1, "#line directive requires a line number");
            return;
        };
        let s = self.spell(&n).to_string();
        let line = match (n.kind, s.bytes().all(|b| b.is_ascii_digit())) {
            (TokKind::Number, true) => s.parse::<u64>().unwrap_or(u64::MAX),
            _ => {
                let msg = format!("`{s}` after {what} is not a positive integer");
                self.error(n.loc, s.len() as u32, msg);
                return;
            }
        };
        if line > 2147483647 {
            self.warn(n.loc, s.len() as u32, "line number out of range");
        }
        let mut name = None;
        if let Some(&f) = toks.get(1) {
            let fs = self.spell(&f).to_string();
            if f.kind == TokKind::Str && fs.starts_with('"') {
                name = Some(unescape_file_name(&fs[1..fs.len() - 1]));
                if !gnu {
                    self.extra_tokens(&toks[2..], "line");
                }
            } else {
                self.error(f.loc, fs.len() as u32, format!("invalid filename `{fs}`"));
                return;
            }
        }
        // The directive renumbers the line after its own (physical) end.
        let last = args.last().copied().unwrap_or(hash);
        let file = hash.loc.file;
        let text = &self.sess.sources.file(file).text;
        let end = last.loc.pos as usize + self.spell(&last).len();
        let eol = lex::end_of_line(text, end);
        let from = u32::try_from((eol + 1).min(text.len())).unwrap_or(u32::MAX);
        let dirs = &mut self.sess.sources.file_mut(file).line_directives;
        // The list is sorted by `from` (each push follows this cut), so
        // the directives a re-read of the file replaces are at its end: no
        // scan of the whole list per directive.
        while dirs.last().is_some_and(|d| d.from >= from) {
            dirs.pop();
        }
        let name = match name {
            Some(n) => Some(n.into()),
            None => dirs.last().and_then(|d| d.name.clone()),
        };
        dirs.push(LineDirective {
            from,
            line: line.min(u64::from(u32::MAX)) as u32,
            name,
        });
    }

    /// `#pragma` (or `_Pragma`) with these tokens.
    fn pragma(&mut self, toks: &[Token], loc: Loc) {
        let Some(&first) = toks.first() else {
            return;
        };
        if first.kind != TokKind::Ident {
            return;
        }
        let s = first.sym;
        if s == kw::PP_ONCE {
            if let Some(f) = self.files.last() {
                self.once.insert(f.file);
            }
            self.extra_tokens(&toks[1..], "pragma once");
        } else if s == self.syms.push_macro || s == self.syms.pop_macro {
            let name = match toks {
                [_, l, n, r, ..]
                    if l.is(Punct::LParen) && n.kind == TokKind::Str && r.is(Punct::RParen) =>
                {
                    let q = self.spell(n);
                    q.get(1..q.len() - 1).unwrap_or("").to_string()
                }
                _ => {
                    let msg = format!(
                        "invalid #pragma {}: expected `(\"name\")`",
                        self.spell(&first)
                    );
                    self.warn(first.loc, self.tok_len(&first), msg);
                    return;
                }
            };
            let sym = self.sess.interner.intern(&name);
            if s == self.syms.push_macro {
                let m = self.macro_of(sym).cloned();
                self.pushed.entry(sym).or_default().push(m);
            } else if let Some(m) = self.pushed.get_mut(&sym).and_then(|v| v.pop()) {
                self.set_macro(sym, m);
            }
        } else if s == self.syms.pack {
            self.pragma_pack(toks);
        } else if s == self.syms.gcc {
            // `#pragma GCC warning "msg"` / `#pragma GCC error "msg"`.
            if let [_, w, m, ..] = toks {
                if w.kind == TokKind::Ident
                    && (w.sym == self.syms.warning || w.sym == self.syms.error)
                    && m.kind == TokKind::Str
                {
                    let text = self.spell(m).to_string();
                    let text = text.get(1..text.len() - 1).unwrap_or("").to_string();
                    if w.sym == self.syms.error {
                        self.error(loc, 1, text);
                    } else {
                        self.warn(loc, 1, text);
                    }
                }
            }
        }
        // Everything else (`STDC`, ...) is ignored.
    }

    /// `#pragma pack(N)`, `pack()`, `pack(push[, N])`, `pack(pop[, N])`, as
    /// gcc: the change is recorded at the next output token for the parser.
    fn pragma_pack(&mut self, toks: &[Token]) {
        let args: Vec<Token> = toks[1..]
            .iter()
            .copied()
            .filter(|t| !t.is(Punct::LParen) && !t.is(Punct::RParen) && !t.is(Punct::Comma))
            .collect();
        let value = |pp: &Self, t: &Token| -> Option<Option<u64>> {
            match pp.spell(t).parse::<u64>() {
                Ok(n @ (1 | 2 | 4 | 8 | 16)) => Some(Some(n)),
                _ => None,
            }
        };
        let mut new = self.pack;
        let mut ok = toks.get(1).is_some_and(|t| t.is(Punct::LParen));
        match args.as_slice() {
            [] => new = None,
            [t] if t.kind == TokKind::Ident && t.sym == self.syms.push => {
                self.pack_stack.push(self.pack)
            }
            [t] if t.kind == TokKind::Ident && t.sym == self.syms.pop => {
                new = self.pack_stack.pop().unwrap_or(None)
            }
            [t, n] if t.kind == TokKind::Ident && t.sym == self.syms.push => match value(self, n) {
                Some(v) => {
                    self.pack_stack.push(self.pack);
                    new = v;
                }
                None => ok = false,
            },
            [t] => match value(self, t) {
                Some(v) => new = v,
                None => ok = false,
            },
            _ => ok = false,
        }
        if !ok {
            let t = toks[0];
            self.warn(
                t.loc,
                self.tok_len(&t),
                "ignoring malformed `#pragma pack`: expected `(N)`, `()`, `(push[, N])` or `(pop)` with N 1, 2, 4, 8 or 16",
            );
            return;
        }
        if new != self.pack {
            self.pack = new;
            let at = self.layers[0].out.len();
            self.sess.pack.push((at, new));
        }
    }
}

/// The file name of a `#line` string: `\\` and `\"` undone (what `-E` escapes).
fn unescape_file_name(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some(n @ ('\\' | '"')) => out.push(n),
                Some(n) => {
                    out.push('\\');
                    out.push(n);
                }
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Makes `s` the body of a string literal (escapes `\` and `"`).
fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        if c == '"' || c == '\\' {
            out.push('\\');
        }
        out.push(c);
    }
}
