//! Tokens as the lexer produces them and the preprocessor and parser consume
//! them, and the interner that gives every spelling a small number.
//!
//! A token's spelling is interned ([`Sym`]); keywords are interned first, in
//! the order of [`KEYWORDS`], so `Sym(0..KEYWORDS.len())` are the keywords and
//! the parser recognises one with a single comparison ([`kw`]).

use crate::source::Loc;
use hashbrown::HashTable;
use std::hash::{BuildHasher, RandomState};

/// An interned string: an identifier, a number's or literal's spelling.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Sym(pub u32);

macro_rules! keywords {
    ($($name:ident = $text:literal,)*) => {
        /// Keyword symbols: `kw::INT` is the interned `int`.
        #[allow(missing_docs)]
        pub mod kw {
            use super::Sym;
            keywords!(@consts 0u32, $($name,)*);
        }
        /// Every keyword's spelling, in [`Sym`] order.
        pub const KEYWORDS: &[&str] = &[$($text),*];
    };
    (@consts $n:expr, $first:ident, $($rest:ident,)*) => {
        pub const $first: Sym = Sym($n);
        keywords!(@consts $n + 1u32, $($rest,)*);
    };
    (@consts $n:expr,) => {};
}

keywords! {
    AUTO = "auto", BREAK = "break", CASE = "case", CHAR = "char", CONST = "const",
    CONTINUE = "continue", DEFAULT = "default", DO = "do", DOUBLE = "double", ELSE = "else",
    ENUM = "enum", EXTERN = "extern", FLOAT = "float", FOR = "for", GOTO = "goto", IF = "if",
    INLINE = "inline", INT = "int", LONG = "long", REGISTER = "register", RESTRICT = "restrict",
    RETURN = "return", SHORT = "short", SIGNED = "signed", SIZEOF = "sizeof", STATIC = "static",
    STRUCT = "struct", SWITCH = "switch", TYPEDEF = "typedef", UNION = "union",
    UNSIGNED = "unsigned", VOID = "void", VOLATILE = "volatile", WHILE = "while",
    BOOL = "_Bool", COMPLEX = "_Complex", IMAGINARY = "_Imaginary",
    ALIGNAS = "_Alignas", ALIGNOF = "_Alignof", ATOMIC = "_Atomic", GENERIC = "_Generic",
    NORETURN = "_Noreturn", STATIC_ASSERT = "_Static_assert", THREAD_LOCAL = "_Thread_local",
    // GNU spellings and extensions the parser understands.
    ATTRIBUTE = "__attribute__", ATTRIBUTE2 = "__attribute", EXTENSION = "__extension__",
    TYPEOF = "typeof", TYPEOF2 = "__typeof__", TYPEOF3 = "__typeof",
    INLINE2 = "__inline__", INLINE3 = "__inline", CONST2 = "__const__", CONST3 = "__const",
    VOLATILE2 = "__volatile__", VOLATILE3 = "__volatile",
    RESTRICT2 = "__restrict__", RESTRICT3 = "__restrict", SIGNED2 = "__signed__",
    SIGNED3 = "__signed", ALIGNOF2 = "__alignof__", ALIGNOF3 = "__alignof", THREAD2 = "__thread",
    ASM = "asm", ASM2 = "__asm__", ASM3 = "__asm",
    BUILTIN_VA_ARG = "__builtin_va_arg", BUILTIN_VA_START = "__builtin_va_start",
    BUILTIN_VA_END = "__builtin_va_end", BUILTIN_VA_COPY = "__builtin_va_copy",
    BUILTIN_VA_LIST = "__builtin_va_list", BUILTIN_OFFSETOF = "__builtin_offsetof",
    BUILTIN_VOX = "__builtin_vox", BUILTIN_EXPECT = "__builtin_expect",
    BUILTIN_CONSTANT_P = "__builtin_constant_p", BUILTIN_TYPES_COMPATIBLE_P = "__builtin_types_compatible_p",
    BUILTIN_UNREACHABLE = "__builtin_unreachable", BUILTIN_TRAP = "__builtin_trap",
    BUILTIN_CHOOSE_EXPR = "__builtin_choose_expr", BUILTIN_FRAME_ADDRESS = "__builtin_frame_address",
    BUILTIN_ALLOCA = "__builtin_alloca", BUILTIN_COMPLEX = "__builtin_complex",
    COMPLEX2 = "__complex__", COMPLEX3 = "__complex", REAL = "__real__", REAL2 = "__real",
    IMAG = "__imag__", IMAG2 = "__imag",
    AUTO_TYPE = "__auto_type",
    LABEL = "__label__", FUNC = "__func__", FUNCTION = "__FUNCTION__", PRETTY_FUNCTION = "__PRETTY_FUNCTION__",
    // Preprocessor words (not keywords to the parser, but interned up front so
    // the preprocessor compares symbols, not strings).
    PP_DEFINE = "define", PP_UNDEF = "undef", PP_INCLUDE = "include", PP_INCLUDE_NEXT = "include_next",
    PP_IFDEF = "ifdef", PP_IFNDEF = "ifndef", PP_ELIF = "elif", PP_ENDIF = "endif",
    PP_LINE = "line", PP_ERROR = "error", PP_WARNING = "warning", PP_PRAGMA = "pragma",
    PP_DEFINED = "defined", PP_VA_ARGS = "__VA_ARGS__", PP_VA_OPT = "__VA_OPT__", PP_ONCE = "once", PP_PRAGMA_OP = "_Pragma",
    PP_FILE = "__FILE__", PP_LINE_MACRO = "__LINE__", PP_DATE = "__DATE__", PP_TIME = "__TIME__",
    PP_COUNTER = "__COUNTER__", PP_HAS_INCLUDE = "__has_include", PP_HAS_ATTRIBUTE = "__has_attribute",
    PP_HAS_BUILTIN = "__has_builtin", PP_IDENT = "ident",
    MAIN = "main",
}

/// Punctuators. Digraphs (`<:` `:>` `<%` `%>` `%:` `%:%:`) lex to the
/// punctuator they stand for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum Punct {
    LBracket,
    RBracket,
    LParen,
    RParen,
    LBrace,
    RBrace,
    Dot,
    Arrow,
    PlusPlus,
    MinusMinus,
    Amp,
    Star,
    Plus,
    Minus,
    Tilde,
    Bang,
    Slash,
    Percent,
    Shl,
    Shr,
    Lt,
    Gt,
    Le,
    Ge,
    EqEq,
    Ne,
    Caret,
    Pipe,
    AmpAmp,
    PipePipe,
    Question,
    Colon,
    Semi,
    Ellipsis,
    Assign,
    StarAssign,
    SlashAssign,
    PercentAssign,
    PlusAssign,
    MinusAssign,
    ShlAssign,
    ShrAssign,
    AmpAssign,
    CaretAssign,
    PipeAssign,
    Comma,
    Hash,
    HashHash,
}

impl Punct {
    /// Every punctuator with its spelling, longest first within a prefix, so
    /// a lexer can take the first that matches.
    pub const ALL: &'static [(&'static str, Punct)] = &[
        ("%:%:", Punct::HashHash),
        ("...", Punct::Ellipsis),
        ("<<=", Punct::ShlAssign),
        (">>=", Punct::ShrAssign),
        ("->", Punct::Arrow),
        ("++", Punct::PlusPlus),
        ("--", Punct::MinusMinus),
        ("<<", Punct::Shl),
        (">>", Punct::Shr),
        ("<=", Punct::Le),
        (">=", Punct::Ge),
        ("==", Punct::EqEq),
        ("!=", Punct::Ne),
        ("&&", Punct::AmpAmp),
        ("||", Punct::PipePipe),
        ("*=", Punct::StarAssign),
        ("/=", Punct::SlashAssign),
        ("%=", Punct::PercentAssign),
        ("+=", Punct::PlusAssign),
        ("-=", Punct::MinusAssign),
        ("&=", Punct::AmpAssign),
        ("^=", Punct::CaretAssign),
        ("|=", Punct::PipeAssign),
        ("##", Punct::HashHash),
        ("<:", Punct::LBracket),
        (":>", Punct::RBracket),
        ("<%", Punct::LBrace),
        ("%>", Punct::RBrace),
        ("%:", Punct::Hash),
        ("[", Punct::LBracket),
        ("]", Punct::RBracket),
        ("(", Punct::LParen),
        (")", Punct::RParen),
        ("{", Punct::LBrace),
        ("}", Punct::RBrace),
        (".", Punct::Dot),
        ("&", Punct::Amp),
        ("*", Punct::Star),
        ("+", Punct::Plus),
        ("-", Punct::Minus),
        ("~", Punct::Tilde),
        ("!", Punct::Bang),
        ("/", Punct::Slash),
        ("%", Punct::Percent),
        ("<", Punct::Lt),
        (">", Punct::Gt),
        ("^", Punct::Caret),
        ("|", Punct::Pipe),
        ("?", Punct::Question),
        (":", Punct::Colon),
        (";", Punct::Semi),
        ("=", Punct::Assign),
        (",", Punct::Comma),
        ("#", Punct::Hash),
    ];

    /// The canonical spelling (digraphs are spelled as what they stand for).
    pub fn text(self) -> &'static str {
        Punct::ALL
            .iter()
            .rev()
            .find(|(_, p)| *p == self)
            .map_or("?", |(s, _)| s)
    }
}

/// What kind of token.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokKind {
    /// An identifier or keyword (the spelling is in [`Token::sym`]).
    Ident,
    /// A preprocessing number (`42`, `0x1fu`, `1.5e-3f`, `1e+`): the parser
    /// converts it to an integer or floating constant.
    Number,
    /// A character constant including its prefix and quotes: `'a'`, `L'\0'`.
    Char,
    /// A string literal including its prefix and quotes: `"hi\n"`, `u8"x"`.
    Str,
    /// A punctuator.
    Punct(Punct),
    /// Any other character the lexer could not classify (an error if it
    /// reaches the parser; legal in skipped groups and stringized text).
    Other,
    /// A preprocessing-directive placeholder for an empty macro argument
    /// (used only inside the preprocessor; never reaches the parser).
    Placemarker,
    /// End of input.
    Eof,
}

/// The token is the first on its line (the preprocessor looks for `#` here).
pub const BOL: u8 = 1;
/// Whitespace came before the token (stringizing and `-E` output keep it).
pub const SPACE: u8 = 2;
/// The token came from a macro expansion (its location is the invocation's).
pub const EXPANDED: u8 = 4;
/// An identifier that must not be expanded again (C99 6.10.3.4p2: it named a
/// macro that was being replaced when it was found).
pub const NO_EXPAND: u8 = 8;
/// The token's [`SPACE`] is the whitespace before the macro invocation it is
/// the first token of, not whitespace in the macro's body (gcc leaves that
/// out of a computed `#include <...>` name).
pub const SPACE_BEFORE_MACRO: u8 = 16;

/// One token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Kind.
    pub kind: TokKind,
    /// Interned spelling.
    pub sym: Sym,
    /// Where it is (for a token produced by a macro expansion, the location
    /// of the outermost macro invocation, so diagnostics point at the user's line).
    pub loc: Loc,
    /// [`BOL`], [`SPACE`], [`EXPANDED`], [`NO_EXPAND`].
    pub flags: u8,
}

impl Token {
    /// Whether this is the punctuator `p`.
    pub fn is(&self, p: Punct) -> bool {
        self.kind == TokKind::Punct(p)
    }

    /// Whether this is the identifier or keyword `s`.
    pub fn is_ident(&self, s: Sym) -> bool {
        self.kind == TokKind::Ident && self.sym == s
    }
}

/// Interns spellings. Keywords are interned first ([`kw`]).
///
/// The spellings are kept end to end in one string and the table holds only
/// symbols, so a new symbol costs no allocation of its own and a lookup
/// hashes the spelling once. SipHash with a random key: the source chooses
/// the spellings.
#[derive(Clone, Debug)]
pub struct Interner {
    table: HashTable<Sym>,
    hasher: RandomState,
    text: String,
    /// Each symbol's spelling: its range in `text`.
    spans: Vec<(usize, usize)>,
}

impl Default for Interner {
    fn default() -> Self {
        Interner::new()
    }
}

impl Interner {
    /// An interner holding the keywords.
    pub fn new() -> Interner {
        let mut i = Interner {
            table: HashTable::with_capacity(4096),
            hasher: RandomState::new(),
            text: String::with_capacity(32 * 1024),
            spans: Vec::with_capacity(4096),
        };
        for k in KEYWORDS {
            i.intern(k);
        }
        i
    }

    /// The symbol for `s`, interning it if new.
    pub fn intern(&mut self, s: &str) -> Sym {
        let hash = self.hasher.hash_one(s);
        if let Some(sym) = self.find(hash, s) {
            return sym;
        }
        let sym = Sym(self.spans.len() as u32);
        let start = self.text.len();
        self.text.push_str(s);
        self.spans.push((start, self.text.len()));
        let (hasher, text, spans) = (&self.hasher, &self.text, &self.spans);
        self.table.insert_unique(hash, sym, |&t| {
            let (a, b) = spans[t.0 as usize];
            hasher.hash_one(&text[a..b])
        });
        sym
    }

    fn find(&self, hash: u64, s: &str) -> Option<Sym> {
        self.table.find(hash, |&t| self.str(t) == s).copied()
    }

    /// The symbol for `s` if it was interned.
    pub fn get(&self, s: &str) -> Option<Sym> {
        self.find(self.hasher.hash_one(s), s)
    }

    /// The spelling of a symbol.
    pub fn str(&self, sym: Sym) -> &str {
        let (a, b) = self.spans[sym.0 as usize];
        &self.text[a..b]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_are_the_first_symbols() {
        let mut i = Interner::new();
        assert_eq!(i.intern("int"), kw::INT);
        assert_eq!(i.intern("__VA_ARGS__"), kw::PP_VA_ARGS);
        assert_eq!(i.str(kw::MAIN), "main");
        assert_eq!(i.intern("x").0 as usize, KEYWORDS.len());
    }

    #[test]
    fn digraphs_spell_as_what_they_stand_for() {
        assert_eq!(Punct::HashHash.text(), "##");
        assert_eq!(Punct::LBracket.text(), "[");
        assert_eq!(Punct::Shl.text(), "<<");
    }
}
