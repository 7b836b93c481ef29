//! Tokenizer: translation phases 1–3 (C99 5.1.1.2).
//!
//! Lines are spliced (backslash-newline disappears anywhere, even inside an
//! identifier or a `//` comment), comments become whitespace, and the text is
//! cut into preprocessing tokens. Newlines are not tokens: the first token of
//! each line carries [`BOL`], which is all the preprocessor needs to find
//! directives. The scan is byte by byte with no allocation per token in the
//! common case (no splice): a spelling is interned straight from the text.
//!
//! Trigraphs are not replaced (like gcc's default GNU modes).
//!
//! An unterminated `'` or `"` is not an error here: it becomes one
//! [`TokKind::Other`] token running to the end of the line (as in gcc), because
//! such lines are legal in skipped groups (`#if 0` ... `don't` ... `#endif`).
//! The preprocessor reports it when the token is actually used; see
//! [`is_unterminated`]. An unterminated comment is reported here.

use crate::source::{FileId, Loc};
use crate::token::{Interner, Punct, Sym, TokKind, Token, BOL, SPACE};
use crate::Session;

const ID: u8 = 1;
const DIGIT: u8 = 2;

const fn classes() -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        // Bytes >= 0x80 are identifier characters (UTF-8 identifiers, as gcc
        // and clang accept); `$` too, as a common extension.
        if c.is_ascii_alphabetic() || c == b'_' || c == b'$' || c >= 0x80 {
            t[i] = ID;
        } else if c.is_ascii_digit() {
            t[i] = DIGIT;
        }
        i += 1;
    }
    t
}

static CLASS: [u8; 256] = classes();

/// Tokenizes one file of the session's source map (phases 1–3). The result
/// ends with one [`TokKind::Eof`] token (flagged [`BOL`], at the end of the
/// text). Each token's `loc` is its first byte in the file; its spelling has
/// line splices removed. Unterminated comments are reported to `sess.diags`.
pub fn tokenize(sess: &mut Session, file: FileId) -> Vec<Token> {
    tokenize_into(sess, file, usize::MAX, Vec::new()).0
}

/// [`tokenize`] into `buf` (emptied first; its memory is used when it is
/// large enough, see [`crate::pp`]'s prefaulting), stopping after `max`
/// tokens (a memory budget): then the last token is an Eof where it
/// stopped, and the second result is true.
pub fn tokenize_into(
    sess: &mut Session,
    file: FileId,
    max: usize,
    buf: Vec<Token>,
) -> (Vec<Token>, bool) {
    let Session {
        sources,
        interner,
        diags,
        ..
    } = sess;
    let text = sources.file(file).text.as_str();
    let mut lx = Lexer::new(text, file, interner);
    lx.max_tokens = max;
    let toks = lx.run(buf);
    for (pos, len, msg) in lx.errors {
        diags.error(Loc { file, pos }, len, msg);
    }
    (toks, lx.cut)
}

/// Tokenizes a string that is not a file (the text of a `_Pragma`, say):
/// every token gets location `loc`; no [`TokKind::Eof`] is appended. Errors
/// (an unterminated comment) are ignored: the caller checks the result.
pub fn lex_str(interner: &mut Interner, text: &str, loc: Loc) -> Vec<Token> {
    let mut lx = Lexer::new(text, loc.file, interner);
    let mut toks = lx.run(Vec::new());
    toks.pop();
    for t in &mut toks {
        t.loc = loc;
    }
    toks
}

/// Lexes `text` as exactly one valid preprocessing token (what `##` must
/// produce): `Some((kind, spelling))`, or `None` if the text is empty, is
/// several tokens, contains whitespace or a comment, or is an unterminated
/// literal.
pub fn lex_one(interner: &mut Interner, text: &str) -> Option<(TokKind, Sym)> {
    // Fast path for the usual paste, identifier or number characters only:
    // that is an identifier, or a pp-number if it starts with a digit.
    let b = text.as_bytes();
    if !b.is_empty() && b.iter().all(|&c| CLASS[c as usize] != 0) {
        let kind = if CLASS[b[0] as usize] == DIGIT {
            TokKind::Number
        } else {
            TokKind::Ident
        };
        return Some((kind, interner.intern(text)));
    }
    let mut lx = Lexer::new(text, FileId(0), interner);
    let toks = lx.run(Vec::new());
    if toks.len() != 2 || !lx.errors.is_empty() {
        return None;
    }
    let t = toks[0];
    // The token must cover the whole text: no whitespace around it.
    if t.flags & SPACE != 0 || toks[1].flags & SPACE != 0 || t.loc.pos != 0 {
        return None;
    }
    if is_unterminated(interner, &t) {
        return None;
    }
    Some((t.kind, t.sym))
}

/// Whether `t` is what the lexer makes of an unterminated character constant
/// or string literal: an [`TokKind::Other`] token that starts with a quote,
/// after any prefix (a quote always starts a literal, so no stray character
/// is one).
pub fn is_unterminated(interner: &Interner, t: &Token) -> bool {
    t.kind == TokKind::Other
        && interner
            .str(t.sym)
            .trim_start_matches(['L', 'u', 'U', '8'])
            .starts_with(['\'', '"'])
}

/// Where the line holding byte `pos` ends, as the preprocessor sees lines:
/// backslash-newlines and newlines inside `/* */` comments do not end it. Returns
/// the offset of the ending `\n` (or the text's length). `pos` must not be
/// inside a literal or a comment.
pub fn end_of_line(text: &str, pos: usize) -> usize {
    let s = text.as_bytes();
    let mut i = pos.min(s.len());
    while i < s.len() {
        match s[i] {
            b'\\' if splice(s, i) != i => i = splice(s, i),
            b'\n' => return i,
            b'/' if s.get(i + 1) == Some(&b'*') => {
                i = s[i + 2..]
                    .windows(2)
                    .position(|w| w == b"*/")
                    .map_or(s.len(), |k| i + 2 + k + 2);
            }
            _ => i += 1,
        }
    }
    s.len()
}

/// The punctuator spelled at the start of `s`, and how many bytes it takes,
/// by the lexer's own longest-match rules.
pub fn punct_prefix(s: &[u8]) -> Option<(Punct, usize)> {
    punct(s, 0).map(|(p, _, end)| (p, end))
}

#[inline]
fn at(src: &[u8], i: usize) -> u8 {
    src.get(i).copied().unwrap_or(0)
}

/// Skips backslash-newlines (`\` then `\n` or `\r\n`) at `i`: the index of
/// the next byte that is really there.
#[inline]
fn splice(src: &[u8], mut i: usize) -> usize {
    while at(src, i) == b'\\' {
        match at(src, i + 1) {
            b'\n' => i += 2,
            b'\r' if at(src, i + 2) == b'\n' => i += 3,
            _ => break,
        }
    }
    i
}

struct Lexer<'a> {
    text: &'a str,
    src: &'a [u8],
    file: FileId,
    interner: &'a mut Interner,
    /// Spelling of each punctuator, `[canonical, digraph]`, by `Punct as usize`.
    puncts: Vec<[Sym; 2]>,
    /// Recently interned spellings by a fast hash of their bytes (direct
    /// mapped; `u32::MAX` is empty). Most identifiers repeat, and this skips
    /// the interner's SipHash for them. The hash is not keyed, but chosen
    /// collisions only cost misses that fall back to the interner.
    cache: Vec<u32>,
    cache_shift: u32,
    /// Stop after this many tokens ([`tokenize_into`]); `cut` says it did.
    max_tokens: usize,
    cut: bool,
    buf: String,
    errors: Vec<(u32, u32, String)>,
}

/// Cache size (log2) for a text: small texts (a `##` paste) get a small one.
fn cache_bits(len: usize) -> u32 {
    (usize::BITS - (len / 16).leading_zeros()).clamp(4, 12)
}

/// FxHash-style hash of a short byte string.
#[inline]
fn fast_hash(s: &[u8]) -> u64 {
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let mut h: u64 = s.len() as u64;
    let mut chunks = s.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h.rotate_left(5) ^ w).wrapping_mul(K);
    }
    let mut w = 0u64;
    for (k, &b) in chunks.remainder().iter().enumerate() {
        w |= u64::from(b) << (8 * k);
    }
    (h.rotate_left(5) ^ w).wrapping_mul(K)
}

/// Not yet interned (in the punctuator table).
const NO_SYM: Sym = Sym(u32::MAX);

fn pos32(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

impl<'a> Lexer<'a> {
    fn new(text: &'a str, file: FileId, interner: &'a mut Interner) -> Lexer<'a> {
        // Filled on first use: a `##` paste lexes a few bytes and must not
        // pay for interning every punctuator.
        let puncts = vec![[NO_SYM; 2]; Punct::ALL.len()];
        Lexer {
            text,
            src: text.as_bytes(),
            file,
            interner,
            puncts,
            cache: vec![u32::MAX; 1 << cache_bits(text.len())],
            cache_shift: 64 - cache_bits(text.len()),
            buf: String::new(),
            errors: Vec::new(),
            max_tokens: usize::MAX,
            cut: false,
        }
    }

    #[inline]
    fn at(&self, i: usize) -> u8 {
        at(self.src, i)
    }

    #[inline]
    fn splice(&self, i: usize) -> usize {
        splice(self.src, i)
    }

    fn run(&mut self, mut toks: Vec<Token>) -> Vec<Token> {
        let len = self.src.len();
        // At most about a token per two bytes: one reservation, no doubling
        // (pages never written are never touched).
        toks.clear();
        toks.reserve((len / 2).min(self.max_tokens) + 1);
        let mut i = 0;
        if self.src.starts_with(b"\xEF\xBB\xBF") {
            i = 3;
        }
        let mut flags = BOL;
        loop {
            // Whitespace, newlines, comments, splices.
            loop {
                match self.at(i) {
                    b' ' | b'\t' | 0x0b | 0x0c | b'\r' => {
                        i += 1;
                        flags |= SPACE;
                    }
                    b'\n' => {
                        i += 1;
                        flags |= BOL | SPACE;
                    }
                    b'\\' => {
                        let j = self.splice(i);
                        if j == i {
                            break;
                        }
                        i = j;
                    }
                    b'/' => {
                        let j = self.splice(i + 1);
                        match self.at(j) {
                            b'*' => {
                                i = self.block_comment(i, j + 1);
                                flags |= SPACE;
                            }
                            b'/' => {
                                i = self.line_comment(j + 1);
                                flags |= SPACE;
                            }
                            _ => break,
                        }
                    }
                    _ => break,
                }
            }
            if i >= len || toks.len() >= self.max_tokens {
                self.cut = i < len;
                toks.push(Token {
                    kind: TokKind::Eof,
                    sym: Sym(0),
                    loc: Loc {
                        file: self.file,
                        pos: pos32(i.min(len)),
                    },
                    flags: flags | BOL,
                });
                return toks;
            }
            let start = i;
            let c = self.src[i];
            let (kind, sym, end) = if CLASS[c as usize] == ID {
                self.ident_or_literal(start)
            } else if CLASS[c as usize] == DIGIT
                || (c == b'.' && CLASS[self.at(self.splice(i + 1)) as usize] == DIGIT)
            {
                self.number(start)
            } else if c == b'"' || c == b'\'' {
                self.literal(start, start)
            } else if let Some((p, digraph, end)) = punct(self.src, start) {
                (TokKind::Punct(p), self.punct_sym(p, digraph), end)
            } else if c == b'\\' && self.ucn_len(i).is_some() {
                self.ident_or_literal(start)
            } else {
                // A stray character. Always ASCII here (bytes >= 0x80 are
                // identifier characters), so one byte is one character.
                let s = self.text.get(i..i + 1).unwrap_or("?");
                (TokKind::Other, self.interner.intern(s), i + 1)
            };
            toks.push(Token {
                kind,
                sym,
                loc: Loc {
                    file: self.file,
                    pos: pos32(start),
                },
                flags,
            });
            flags = 0;
            i = end;
        }
    }

    fn punct_sym(&mut self, p: Punct, digraph: bool) -> Sym {
        let slot = &mut self.puncts[p as usize][digraph as usize];
        if *slot == NO_SYM {
            let text = Punct::ALL
                .iter()
                .find(|&&(s, q)| q == p && (s != p.text()) == digraph)
                .map_or("?", |(s, _)| s);
            *slot = self.interner.intern(text);
        }
        *slot
    }

    /// Skips a `/* */` comment whose `/` is at `start` and whose body begins
    /// at `i`; returns the index after it.
    fn block_comment(&mut self, start: usize, mut i: usize) -> usize {
        let len = self.src.len();
        loop {
            match self
                .src
                .get(i..)
                .and_then(|s| s.iter().position(|&b| b == b'*'))
            {
                None => {
                    self.errors
                        .push((pos32(start), 2, "unterminated comment".to_string()));
                    return len;
                }
                Some(k) => {
                    let j = self.splice(i + k + 1);
                    if self.at(j) == b'/' {
                        return j + 1;
                    }
                    i += k + 1;
                }
            }
        }
    }

    /// Skips a `//` comment whose body begins at `i`: returns the index of the
    /// newline that ends it (a backslash-newline continues it).
    fn line_comment(&self, mut i: usize) -> usize {
        loop {
            match self
                .src
                .get(i..)
                .and_then(|s| s.iter().position(|&b| b == b'\n'))
            {
                None => return self.src.len(),
                Some(k) => {
                    let nl = i + k;
                    let spliced = (nl >= 1 && self.src[nl - 1] == b'\\')
                        || (nl >= 2 && self.src[nl - 1] == b'\r' && self.src[nl - 2] == b'\\');
                    if !spliced {
                        return nl;
                    }
                    i = nl + 1;
                }
            }
        }
    }

    /// Length of a universal character name (`\uXXXX`, `\UXXXXXXXX`) at `i`.
    fn ucn_len(&self, i: usize) -> Option<usize> {
        let n = match self.at(i + 1) {
            b'u' => 4,
            b'U' => 8,
            _ => return None,
        };
        if self.at(i) != b'\\' {
            return None;
        }
        (0..n)
            .all(|k| self.at(i + 2 + k).is_ascii_hexdigit())
            .then_some(n + 2)
    }

    /// An identifier, or a literal with an `L`/`u`/`U`/`u8` prefix.
    fn ident_or_literal(&mut self, start: usize) -> (TokKind, Sym, usize) {
        let mut i = start;
        let mut clean = false;
        loop {
            while CLASS[self.at(i) as usize] != 0 {
                i += 1;
            }
            if self.at(i) == b'\\' {
                let j = self.splice(i);
                if j != i {
                    // Only part of the identifier if an identifier character follows.
                    let c = self.at(j);
                    if CLASS[c as usize] != 0 || (c == b'\\' && self.ucn_len(j).is_some()) {
                        clean = true;
                        i = j;
                        continue;
                    }
                } else if let Some(n) = self.ucn_len(i) {
                    clean = true;
                    i += n;
                    continue;
                }
            }
            break;
        }
        // A literal prefix?
        if i - start <= 8 {
            let q_at = self.splice(i);
            let q = self.at(q_at);
            if q == b'"' || q == b'\'' {
                let prefix = self.spelling(start, i, clean, true);
                let ok = match prefix.as_str() {
                    "L" | "u" | "U" => true,
                    "u8" => q == b'"',
                    _ => false,
                };
                if ok {
                    return self.literal(start, q_at);
                }
            }
        }
        let sym = self.intern(start, i, clean, true);
        (TokKind::Ident, sym, i)
    }

    /// A pp-number (C99 6.4.8) starting at `start`.
    fn number(&mut self, start: usize) -> (TokKind, Sym, usize) {
        let mut i = start + 1;
        let mut clean = false;
        loop {
            let j = self.splice(i);
            let c = self.at(j);
            if CLASS[c as usize] != 0 || c == b'.' {
                if matches!(c, b'e' | b'E' | b'p' | b'P') {
                    let k = self.splice(j + 1);
                    if matches!(self.at(k), b'+' | b'-') {
                        clean |= j != i || k != j + 1;
                        i = k + 1;
                        continue;
                    }
                }
                clean |= j != i;
                i = j + 1;
                continue;
            }
            break;
        }
        let sym = self.intern(start, i, clean, false);
        (TokKind::Number, sym, i)
    }

    /// A character constant or string literal whose prefix starts at `start`
    /// and whose opening quote is at `q_at`.
    fn literal(&mut self, start: usize, q_at: usize) -> (TokKind, Sym, usize) {
        let q = self.src[q_at];
        let len = self.src.len();
        let mut i = q_at + 1;
        let mut clean = q_at != start && self.src[start..q_at].contains(&b'\\');
        let kind = if q == b'"' {
            TokKind::Str
        } else {
            TokKind::Char
        };
        loop {
            let j = self.splice(i);
            clean |= j != i;
            i = j;
            let c = self.at(i);
            if i >= len || c == b'\n' {
                // Unterminated: the rest of the line is one `Other` token.
                let mut end = i;
                if end > start && self.src[end - 1] == b'\r' {
                    end -= 1;
                }
                let sym = self.intern(start, end, clean, false);
                return (TokKind::Other, sym, i);
            }
            if c == q {
                let sym = self.intern(start, i + 1, clean, false);
                return (kind, sym, i + 1);
            }
            if c == b'\\' {
                let j = self.splice(i + 1);
                clean |= j != i + 1;
                i = if j < len && self.src[j] != b'\n' {
                    j + 1
                } else {
                    j
                };
                continue;
            }
            i += 1;
        }
    }

    /// The text of `start..end` with splices removed (and, in identifiers,
    /// universal character names turned into the characters they name).
    fn spelling(&self, start: usize, end: usize, clean: bool, ident: bool) -> String {
        let raw = self.text.get(start..end);
        if !clean {
            if let Some(s) = raw {
                return s.to_string();
            }
        }
        let mut out = String::new();
        self.clean_into(start, end, ident, &mut out);
        out
    }

    fn clean_into(&self, start: usize, end: usize, ident: bool, out: &mut String) {
        let mut bytes = Vec::with_capacity(end - start);
        let mut i = start;
        while i < end {
            let j = self.splice(i);
            if j != i {
                i = j;
                continue;
            }
            if ident && self.src[i] == b'\\' {
                if let Some(n) = self.ucn_len(i) {
                    let hex = std::str::from_utf8(&self.src[i + 2..i + n]).unwrap_or("");
                    if let Some(ch) = u32::from_str_radix(hex, 16).ok().and_then(char::from_u32) {
                        let mut b = [0; 4];
                        bytes.extend_from_slice(ch.encode_utf8(&mut b).as_bytes());
                        i += n;
                        continue;
                    }
                }
            }
            bytes.push(self.src[i]);
            i += 1;
        }
        out.push_str(&String::from_utf8_lossy(&bytes));
    }

    fn intern(&mut self, start: usize, end: usize, clean: bool, ident: bool) -> Sym {
        if !clean {
            if let Some(s) = self.text.get(start..end) {
                let slot = (fast_hash(s.as_bytes()) >> self.cache_shift) as usize;
                let c = self.cache[slot];
                if c != u32::MAX && self.interner.str(Sym(c)) == s {
                    return Sym(c);
                }
                let sym = self.interner.intern(s);
                self.cache[slot] = sym.0;
                return sym;
            }
        }
        let mut buf = std::mem::take(&mut self.buf);
        buf.clear();
        self.clean_into(start, end, ident, &mut buf);
        let sym = self.interner.intern(&buf);
        self.buf = buf;
        sym
    }
}

/// The punctuator at `i`: `(punct, is_digraph, end)`.
fn punct(src: &[u8], i: usize) -> Option<(Punct, bool, usize)> {
    use Punct::*;
    let c0 = at(src, i);
    let i1 = splice(src, i + 1);
    let c1 = at(src, i1);
    let one = |p| Some((p, false, i + 1));
    let two = |p| Some((p, false, i1 + 1));
    let two_d = |p| Some((p, true, i1 + 1));
    match c0 {
        b'[' => one(LBracket),
        b']' => one(RBracket),
        b'(' => one(LParen),
        b')' => one(RParen),
        b'{' => one(LBrace),
        b'}' => one(RBrace),
        b'~' => one(Tilde),
        b'?' => one(Question),
        b';' => one(Semi),
        b',' => one(Comma),
        b'.' => {
            if c1 == b'.' {
                let i2 = splice(src, i1 + 1);
                if at(src, i2) == b'.' {
                    return Some((Ellipsis, false, i2 + 1));
                }
            }
            one(Dot)
        }
        b'-' => match c1 {
            b'>' => two(Arrow),
            b'-' => two(MinusMinus),
            b'=' => two(MinusAssign),
            _ => one(Minus),
        },
        b'+' => match c1 {
            b'+' => two(PlusPlus),
            b'=' => two(PlusAssign),
            _ => one(Plus),
        },
        b'&' => match c1 {
            b'&' => two(AmpAmp),
            b'=' => two(AmpAssign),
            _ => one(Amp),
        },
        b'*' => match c1 {
            b'=' => two(StarAssign),
            _ => one(Star),
        },
        b'!' => match c1 {
            b'=' => two(Ne),
            _ => one(Bang),
        },
        b'/' => match c1 {
            b'=' => two(SlashAssign),
            _ => one(Slash),
        },
        b'%' => match c1 {
            b'=' => two(PercentAssign),
            b'>' => two_d(RBrace),
            b':' => {
                let i2 = splice(src, i1 + 1);
                if at(src, i2) == b'%' {
                    let i3 = splice(src, i2 + 1);
                    if at(src, i3) == b':' {
                        return Some((HashHash, true, i3 + 1));
                    }
                }
                two_d(Hash)
            }
            _ => one(Percent),
        },
        b'<' => match c1 {
            b'<' => {
                let i2 = splice(src, i1 + 1);
                if at(src, i2) == b'=' {
                    return Some((ShlAssign, false, i2 + 1));
                }
                two(Shl)
            }
            b'=' => two(Le),
            b':' => two_d(LBracket),
            b'%' => two_d(LBrace),
            _ => one(Lt),
        },
        b'>' => match c1 {
            b'>' => {
                let i2 = splice(src, i1 + 1);
                if at(src, i2) == b'=' {
                    return Some((ShrAssign, false, i2 + 1));
                }
                two(Shr)
            }
            b'=' => two(Ge),
            _ => one(Gt),
        },
        b'=' => match c1 {
            b'=' => two(EqEq),
            _ => one(Assign),
        },
        b'^' => match c1 {
            b'=' => two(CaretAssign),
            _ => one(Caret),
        },
        b'|' => match c1 {
            b'|' => two(PipePipe),
            b'=' => two(PipeAssign),
            _ => one(Pipe),
        },
        b':' => match c1 {
            b'>' => two_d(RBracket),
            _ => one(Colon),
        },
        b'#' => match c1 {
            b'#' => two(HashHash),
            _ => one(Hash),
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::NO_EXPAND;

    fn lex(src: &str) -> (Session, Vec<Token>) {
        let mut sess = Session::new();
        let f = sess.sources.add("t.c", src);
        let toks = tokenize(&mut sess, f);
        (sess, toks)
    }

    /// `kind:spelling` of every token but Eof, space separated.
    fn show(src: &str) -> String {
        let (sess, toks) = lex(src);
        toks[..toks.len() - 1]
            .iter()
            .map(|t| {
                let k = match t.kind {
                    TokKind::Ident => "id",
                    TokKind::Number => "num",
                    TokKind::Char => "chr",
                    TokKind::Str => "str",
                    TokKind::Punct(_) => "p",
                    TokKind::Other => "other",
                    TokKind::Placemarker => "pm",
                    TokKind::Eof => "eof",
                };
                format!("{k}:{}", sess.interner.str(t.sym))
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn basic_tokens() {
        assert_eq!(show("int x = 42;"), "id:int id:x p:= num:42 p:;");
        assert_eq!(show("a->b++"), "id:a p:-> id:b p:++");
        assert_eq!(show("x...y..z"), "id:x p:... id:y p:. p:. id:z");
        assert_eq!(show("a<<=b>>=c"), "id:a p:<<= id:b p:>>= id:c");
        assert_eq!(show("$a é_ü"), "id:$a id:é_ü");
    }

    #[test]
    fn every_punctuator_lexes_to_itself() {
        for &(s, p) in Punct::ALL {
            let (sess, toks) = lex(s);
            assert_eq!(toks.len(), 2, "{s}");
            assert_eq!(toks[0].kind, TokKind::Punct(p), "{s}");
            assert_eq!(sess.interner.str(toks[0].sym), s);
        }
        assert_eq!(show("<::><%%>%:%:%:"), "p:<: p::> p:<% p:%> p:%:%: p:%:");
        assert_eq!(show("%:%"), "p:%: p:%");
    }

    #[test]
    fn pp_numbers() {
        assert_eq!(
            show("1e+5 0x1p-3 1.2.3 0b101 .5e-x 12ULL 1_a$"),
            "num:1e+5 num:0x1p-3 num:1.2.3 num:0b101 num:.5e-x num:12ULL num:1_a$"
        );
        // No C23 digit separators: the quote starts a (here unterminated)
        // character constant.
        assert_eq!(show("1'000"), "num:1 other:'000");
        assert_eq!(show("0x1e+1"), "num:0x1e+1");
        assert_eq!(show("1+2"), "num:1 p:+ num:2");
        assert_eq!(show("a.1"), "id:a num:.1");
    }

    #[test]
    fn literals_and_prefixes() {
        assert_eq!(
            show(r#"'a' L'b' u'c' U'd' "s" L"s" u"s" U"s" u8"s" u8'x'"#),
            r#"chr:'a' chr:L'b' chr:u'c' chr:U'd' str:"s" str:L"s" str:u"s" str:U"s" str:u8"s" id:u8 chr:'x'"#
        );
        assert_eq!(show(r#""a\"b" '\''"#), r#"str:"a\"b" chr:'\''"#);
        assert_eq!(show(r#"x"y""#), r#"id:x str:"y""#);
        assert_eq!(show(r#""a\\" b"#), r#"str:"a\\" id:b"#);
    }

    #[test]
    fn splices_anywhere() {
        assert_eq!(show("ab\\\ncd"), "id:abcd");
        assert_eq!(show("1\\\n2"), "num:12");
        assert_eq!(show("\"a\\\nb\""), "str:\"ab\"");
        assert_eq!(show("+\\\n+"), "p:++");
        assert_eq!(show("a // comment \\\n still comment\nb"), "id:a id:b");
        assert_eq!(show("a /\\\n* c *\\\n/ b"), "id:a id:b");
        assert_eq!(show("x\\\r\ny"), "id:xy");
        assert_eq!(show("1e\\\n+5"), "num:1e+5");
        assert_eq!(show("L\\\n'a'"), "chr:L'a'");
        // A backslash not before a newline is a stray character.
        assert_eq!(show("a \\ b"), "id:a other:\\ id:b");
        assert_eq!(show("a\\"), "id:a other:\\");
    }

    #[test]
    fn locations_point_at_the_first_byte() {
        let (_, toks) = lex("ab\\\ncd  x");
        assert_eq!(toks[0].loc.pos, 0);
        assert_eq!(toks[1].loc.pos, 8);
    }

    #[test]
    fn flags() {
        let (_, toks) = lex("a b/**/c\n  d\r\ne\x0c");
        let f: Vec<u8> = toks.iter().map(|t| t.flags).collect();
        assert_eq!(f[0], BOL);
        assert_eq!(f[1], SPACE);
        assert_eq!(f[2], SPACE);
        assert_eq!(f[3], BOL | SPACE);
        assert_eq!(f[4], BOL | SPACE);
        assert_eq!(toks[5].kind, TokKind::Eof);
        assert_eq!(toks[0].flags & NO_EXPAND, 0);
        // A multi-line comment does not start a line.
        let (_, toks) = lex("a /*\n*/ b");
        assert_eq!(toks[1].flags, SPACE);
    }

    #[test]
    fn ucn_identifiers() {
        assert_eq!(show("caf\\u00e9 x\\U0001F600"), "id:café id:x😀");
        assert_eq!(show("\\u00e9t"), "id:ét");
    }

    #[test]
    fn unterminated() {
        let (sess, toks) = lex("a 'b c\nd \"e\n/* x");
        assert_eq!(toks[1].kind, TokKind::Other);
        assert_eq!(sess.interner.str(toks[1].sym), "'b c");
        assert!(is_unterminated(&sess.interner, &toks[1]));
        assert_eq!(sess.interner.str(toks[3].sym), "\"e");
        assert_eq!(sess.diags.error_count(), 1);
        assert_eq!(sess.diags.list[0].message, "unterminated comment");
        assert_eq!(sess.diags.list[0].loc.pos, 12);
        let (sess, toks) = lex("'");
        assert!(!sess.diags.has_errors());
        assert!(is_unterminated(&sess.interner, &toks[0]));
        let (sess, toks) = lex("u8\"x\nL'");
        assert!(is_unterminated(&sess.interner, &toks[0]));
        assert!(is_unterminated(&sess.interner, &toks[1]));
    }

    #[test]
    fn stray_characters() {
        assert_eq!(show("@ ` \x01"), "other:@ other:` other:\x01");
        let (sess, toks) = lex("@");
        assert!(!is_unterminated(&sess.interner, &toks[0]));
    }

    #[test]
    fn lex_one_checks_a_single_token() {
        let mut i = Interner::new();
        assert_eq!(
            lex_one(&mut i, "->").map(|t| t.0),
            Some(TokKind::Punct(Punct::Arrow))
        );
        assert_eq!(lex_one(&mut i, "ab").map(|t| t.0), Some(TokKind::Ident));
        assert_eq!(lex_one(&mut i, "L\"x\"").map(|t| t.0), Some(TokKind::Str));
        assert!(lex_one(&mut i, "..").is_none());
        assert!(lex_one(&mut i, "//").is_none());
        assert!(lex_one(&mut i, "/*").is_none());
        assert!(lex_one(&mut i, "'a").is_none());
        assert!(lex_one(&mut i, "").is_none());
        assert!(lex_one(&mut i, "a b").is_none());
        assert!(lex_one(&mut i, "+-").is_none());
    }

    #[test]
    fn bom_and_end_of_line() {
        assert_eq!(show("\u{feff}x"), "id:x");
        let t = "#define X 1 /* a\nb */ + \\\n2\nnext";
        assert_eq!(end_of_line(t, 0), t.find("\nnext").unwrap());
    }
}
