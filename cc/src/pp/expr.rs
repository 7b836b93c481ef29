//! `#if` expressions (C99 6.10.1): integer constant expressions over
//! macro-expanded tokens, evaluated in `intmax_t`/`uintmax_t` (64 bits) with
//! C's usual arithmetic conversions, as gcc does: `,` is accepted, shifts by a
//! negative count shift the other way, signed overflow wraps with a warning,
//! and operands that are not evaluated (`0 && 1/0`) raise no errors.
//!
//! The parser is recursive descent with a depth limit, so a hostile
//! `((((...` gives a diagnostic, not a stack overflow.

use crate::diag::Diagnostics;
use crate::source::Loc;
use crate::token::{Interner, Punct, TokKind, Token};

/// A value: 64 bits and whether they are `uintmax_t` (else `intmax_t`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Val {
    pub(crate) v: u64,
    pub(crate) unsigned: bool,
}

impl Val {
    fn int(v: i64) -> Val {
        Val {
            v: v as u64,
            unsigned: false,
        }
    }
    fn bool(b: bool) -> Val {
        Val::int(b as i64)
    }
}

/// Evaluates the expression `toks` (already macro-expanded, `defined` already
/// replaced). `at` is the directive, for errors about a missing expression.
/// `None` if there was an error (reported).
pub(crate) fn eval(
    interner: &Interner,
    diags: &mut Diagnostics,
    toks: &[Token],
    at: Loc,
    max_depth: usize,
) -> Option<Val> {
    let end = toks.last().map_or(at, |t| t.loc);
    let mut p = Parser {
        interner,
        diags,
        toks,
        pos: 0,
        depth: 0,
        max_depth,
        end,
    };
    if toks.is_empty() {
        // Only after macro expansion (the caller checks the directive).
        p.diags.error(
            at,
            1,
            "expected value in preprocessor expression, found end of line",
        );
        return None;
    }
    let v = p.comma(true).ok()?;
    if let Some(t) = toks.get(p.pos) {
        let what = p.spell(t);
        let msg = match t.kind {
            TokKind::Number | TokKind::Ident | TokKind::Char | TokKind::Punct(Punct::LParen) => {
                format!("missing binary operator before `{what}`")
            }
            _ => format!("unexpected `{what}` in preprocessor expression"),
        };
        p.diags.error(t.loc, what.len() as u32, msg);
        return None;
    }
    Some(v)
}

struct Parser<'a> {
    interner: &'a Interner,
    diags: &'a mut Diagnostics,
    toks: &'a [Token],
    pos: usize,
    depth: usize,
    max_depth: usize,
    end: Loc,
}

type R = Result<Val, ()>;

fn prec(p: Punct) -> Option<u8> {
    use Punct::*;
    Some(match p {
        PipePipe => 1,
        AmpAmp => 2,
        Pipe => 3,
        Caret => 4,
        Amp => 5,
        EqEq | Ne => 6,
        Lt | Gt | Le | Ge => 7,
        Shl | Shr => 8,
        Plus | Minus => 9,
        Star | Slash | Percent => 10,
        _ => return None,
    })
}

impl Parser<'_> {
    fn spell(&self, t: &Token) -> String {
        match t.kind {
            TokKind::Eof => "end of line".to_string(),
            _ => self.interner.str(t.sym).to_string(),
        }
    }

    fn peek_punct(&self) -> Option<Punct> {
        match self.toks.get(self.pos)?.kind {
            TokKind::Punct(p) => Some(p),
            _ => None,
        }
    }

    fn eat(&mut self, p: Punct) -> bool {
        if self.peek_punct() == Some(p) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn err_here(&mut self, msg: impl FnOnce(&str) -> String) -> R {
        let (loc, what) = match self.toks.get(self.pos) {
            Some(t) => (t.loc, self.spell(t)),
            None => (self.end, "end of line".to_string()),
        };
        let m = msg(&what);
        self.diags.error(loc, what.len() as u32, m);
        Err(())
    }

    fn enter(&mut self) -> Result<(), ()> {
        self.depth += 1;
        if self.depth > self.max_depth {
            let loc = self.toks.get(self.pos).map_or(self.end, |t| t.loc);
            self.diags.error(
                loc,
                1,
                format!(
                    "#if expression nested too deeply (more than {} levels)",
                    self.max_depth
                ),
            );
            return Err(());
        }
        Ok(())
    }

    fn comma(&mut self, ev: bool) -> R {
        self.enter()?;
        let mut v = self.cond(ev)?;
        while self.eat(Punct::Comma) {
            v = self.cond(ev)?;
        }
        self.depth -= 1;
        Ok(v)
    }

    fn cond(&mut self, ev: bool) -> R {
        let c = self.binary(1, ev)?;
        if !self.eat(Punct::Question) {
            return Ok(c);
        }
        self.enter()?;
        let t = c.v != 0;
        let a = self.comma(ev && t)?;
        if !self.eat(Punct::Colon) {
            return self
                .err_here(|w| format!("expected `:` in preprocessor expression, found `{w}`"));
        }
        let b = self.cond(ev && !t)?;
        self.depth -= 1;
        Ok(Val {
            v: if t { a.v } else { b.v },
            unsigned: a.unsigned || b.unsigned,
        })
    }

    fn binary(&mut self, min: u8, ev: bool) -> R {
        let mut lhs = self.unary(ev)?;
        while let Some((op, p)) = self.peek_punct().and_then(|op| Some((op, prec(op)?))) {
            if p < min {
                break;
            }
            let op_tok = self.toks[self.pos];
            self.pos += 1;
            lhs = match op {
                Punct::AmpAmp => {
                    let rhs = self.binary(p + 1, ev && lhs.v != 0)?;
                    Val::bool(lhs.v != 0 && rhs.v != 0)
                }
                Punct::PipePipe => {
                    let rhs = self.binary(p + 1, ev && lhs.v == 0)?;
                    Val::bool(lhs.v != 0 || rhs.v != 0)
                }
                _ => {
                    let rhs = self.binary(p + 1, ev)?;
                    self.apply(op, lhs, rhs, ev, op_tok.loc)?
                }
            };
        }
        Ok(lhs)
    }

    fn overflow(&mut self, ev: bool, loc: Loc) {
        if ev {
            self.diags
                .warning(loc, 1, "integer overflow in preprocessor expression");
        }
    }

    fn apply(&mut self, op: Punct, a: Val, b: Val, ev: bool, loc: Loc) -> R {
        use Punct::*;
        let u = a.unsigned || b.unsigned;
        let (x, y) = (a.v as i64, b.v as i64);
        let arith = |v: u64| Val { v, unsigned: u };
        Ok(match op {
            Star => {
                if !u && x.checked_mul(y).is_none() {
                    self.overflow(ev, loc);
                }
                arith(a.v.wrapping_mul(b.v))
            }
            Slash | Percent => {
                if b.v == 0 {
                    if ev {
                        self.diags.error(loc, 1, "division by zero in #if");
                        return Err(());
                    }
                    return Ok(arith(0));
                }
                if u {
                    arith(if op == Slash { a.v / b.v } else { a.v % b.v })
                } else {
                    if x == i64::MIN && y == -1 {
                        self.overflow(ev && op == Slash, loc);
                    }
                    let v = if op == Slash {
                        x.wrapping_div(y)
                    } else {
                        x.wrapping_rem(y)
                    };
                    arith(v as u64)
                }
            }
            Plus => {
                if !u && x.checked_add(y).is_none() {
                    self.overflow(ev, loc);
                }
                arith(a.v.wrapping_add(b.v))
            }
            Minus => {
                if !u && x.checked_sub(y).is_none() {
                    self.overflow(ev, loc);
                }
                arith(a.v.wrapping_sub(b.v))
            }
            Shl | Shr => {
                let r = shift(a, b, op == Shl);
                // A signed left shift that loses bits overflows (as gcc warns).
                if !a.unsigned && a.v != 0 {
                    let back = shift(r, b, op != Shl);
                    if op == Shl && (b.unsigned || y >= 0) && back.v != a.v {
                        self.overflow(ev, loc);
                    }
                }
                r
            }
            Lt | Gt | Le | Ge => {
                let ord = if u { a.v.cmp(&b.v) } else { x.cmp(&y) };
                Val::bool(match op {
                    Lt => ord.is_lt(),
                    Gt => ord.is_gt(),
                    Le => ord.is_le(),
                    _ => ord.is_ge(),
                })
            }
            EqEq => Val::bool(a.v == b.v),
            Ne => Val::bool(a.v != b.v),
            Amp => arith(a.v & b.v),
            Caret => arith(a.v ^ b.v),
            Pipe => arith(a.v | b.v),
            _ => arith(0),
        })
    }

    fn unary(&mut self, ev: bool) -> R {
        self.enter()?;
        let r = match self.peek_punct() {
            Some(Punct::Plus) => {
                self.pos += 1;
                self.unary(ev)?
            }
            Some(Punct::Minus) => {
                let loc = self.toks[self.pos].loc;
                self.pos += 1;
                let v = self.unary(ev)?;
                if !v.unsigned && v.v == i64::MIN as u64 {
                    self.overflow(ev, loc);
                }
                Val {
                    v: v.v.wrapping_neg(),
                    unsigned: v.unsigned,
                }
            }
            Some(Punct::Tilde) => {
                self.pos += 1;
                let v = self.unary(ev)?;
                Val {
                    v: !v.v,
                    unsigned: v.unsigned,
                }
            }
            Some(Punct::Bang) => {
                self.pos += 1;
                let v = self.unary(ev)?;
                Val::bool(v.v == 0)
            }
            _ => self.primary(ev)?,
        };
        self.depth -= 1;
        Ok(r)
    }

    fn primary(&mut self, ev: bool) -> R {
        let Some(&t) = self.toks.get(self.pos) else {
            return self.err_here(|_| {
                "expected value in preprocessor expression, found end of line".into()
            });
        };
        match t.kind {
            TokKind::Number => {
                self.pos += 1;
                let s = self.interner.str(t.sym);
                match parse_int(s) {
                    Ok((v, unsigned, warn)) => {
                        if let Some(w) = warn {
                            self.diags.warning(t.loc, s.len() as u32, w);
                        }
                        Ok(Val { v, unsigned })
                    }
                    Err(msg) => {
                        self.diags.error(t.loc, s.len() as u32, msg);
                        Err(())
                    }
                }
            }
            TokKind::Char => {
                self.pos += 1;
                let s = self.interner.str(t.sym);
                match char_value(s) {
                    Ok((v, warn)) => {
                        if let Some(w) = warn {
                            self.diags.warning(t.loc, s.len() as u32, w);
                        }
                        Ok(Val::int(v))
                    }
                    Err(msg) => {
                        self.diags.error(t.loc, s.len() as u32, msg);
                        Err(())
                    }
                }
            }
            // Identifiers left after macro expansion (keywords too) are 0.
            TokKind::Ident => {
                self.pos += 1;
                Ok(Val::int(0))
            }
            TokKind::Punct(Punct::LParen) => {
                self.pos += 1;
                let v = self.comma(ev)?;
                if !self.eat(Punct::RParen) {
                    return self.err_here(|w| {
                        format!("expected `)` in preprocessor expression, found `{w}`")
                    });
                }
                Ok(v)
            }
            TokKind::Punct(_) => {
                self.err_here(|w| format!("expected value in preprocessor expression, found `{w}`"))
            }
            _ => self.err_here(|w| format!("token `{w}` is not valid in preprocessor expressions")),
        }
    }
}

fn shift(a: Val, b: Val, left: bool) -> Val {
    // A negative count shifts the other way (as gcc).
    let (left, n) = if !b.unsigned && (b.v as i64) < 0 {
        (!left, (b.v as i64).unsigned_abs())
    } else {
        (left, b.v)
    };
    let v = if left {
        if n >= 64 {
            0
        } else {
            a.v << n
        }
    } else if a.unsigned {
        if n >= 64 {
            0
        } else {
            a.v >> n
        }
    } else {
        let x = a.v as i64;
        (if n >= 64 { x >> 63 } else { x >> n }) as u64
    };
    Val {
        v,
        unsigned: a.unsigned,
    }
}

/// An integer constant's value, whether it is unsigned, and a warning.
pub(crate) fn parse_int(s: &str) -> Result<(u64, bool, Option<String>), String> {
    let b = s.as_bytes();
    let (radix, start) = match b {
        [b'0', b'x' | b'X', ..] => (16, 2),
        [b'0', b'b' | b'B', ..] => (2, 2),
        [b'0', ..] => (8, 0),
        _ => (10, 0),
    };
    let is_digit = |c: u8| match radix {
        16 => c.is_ascii_hexdigit(),
        _ => c.is_ascii_digit(),
    };
    let mut end = start;
    while end < b.len() && is_digit(b[end]) {
        end += 1;
    }
    let rest = &s[end..];
    let float = match radix {
        16 => rest.contains(['.', 'p', 'P']),
        2 => false,
        _ => rest.starts_with('.') || rest.starts_with(['e', 'E']) || rest.contains('.'),
    };
    if float {
        return Err("floating constant in preprocessor expression".into());
    }
    let unsigned_suffix = match rest {
        "" | "l" | "L" | "ll" | "LL" => false,
        "u" | "U" | "ul" | "uL" | "Ul" | "UL" | "lu" | "lU" | "Lu" | "LU" | "ull" | "uLL"
        | "Ull" | "ULL" | "llu" | "llU" | "LLu" | "LLU" => true,
        _ => return Err(format!("invalid suffix `{rest}` on integer constant")),
    };
    let digits = &s[start..end];
    if digits.is_empty() {
        return Err(format!("invalid suffix `{}` on integer constant", &s[1..]));
    }
    let mut v: u64 = 0;
    let mut too_large = false;
    for c in digits.bytes() {
        let d = (c as char).to_digit(16).unwrap_or(0) as u64;
        if d >= radix {
            return Err(format!(
                "invalid digit `{}` in {} constant",
                c as char,
                if radix == 8 { "octal" } else { "binary" }
            ));
        }
        match v.checked_mul(radix).and_then(|x| x.checked_add(d)) {
            Some(x) => v = x,
            None => {
                too_large = true;
                v = v.wrapping_mul(radix).wrapping_add(d);
            }
        }
    }
    if too_large {
        return Ok((
            v,
            true,
            Some("integer constant is too large for its type".into()),
        ));
    }
    if !unsigned_suffix && v > i64::MAX as u64 {
        let warn = (radix == 10).then(|| "integer constant is so large that it is unsigned".into());
        return Ok((v, true, warn));
    }
    Ok((v, unsigned_suffix, None))
}

/// A character constant's value (as gcc computes it: plain `char` is signed,
/// a multi-character constant packs its chars into an `int`), and a warning.
pub(crate) fn char_value(s: &str) -> Result<(i64, Option<String>), String> {
    let (prefix, body) = match s.find('\'') {
        Some(i) => (&s[..i], &s[i + 1..]),
        None => return Err("malformed character constant".into()),
    };
    let body = body.strip_suffix('\'').unwrap_or(body);
    let wide = !prefix.is_empty();
    let b = body.as_bytes();
    let mut chars: Vec<u32> = Vec::new();
    let mut warn = None;
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            if wide {
                let ch = body[i..].chars().next().unwrap_or('\0');
                chars.push(ch as u32);
                i += ch.len_utf8().max(1);
            } else {
                chars.push(u32::from(b[i]));
                i += 1;
            }
            continue;
        }
        i += 1;
        let c = b.get(i).copied().unwrap_or(b'\\');
        i += 1;
        let v = match c {
            b'n' => 10,
            b't' => 9,
            b'v' => 11,
            b'b' => 8,
            b'r' => 13,
            b'f' => 12,
            b'a' => 7,
            b'e' | b'E' => 27,
            b'0'..=b'7' => {
                let mut v = u32::from(c - b'0');
                let mut n = 1;
                while n < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + u32::from(b[i] - b'0');
                    i += 1;
                    n += 1;
                }
                v
            }
            b'x' => {
                let mut v: u32 = 0;
                let st = i;
                while i < b.len() && b[i].is_ascii_hexdigit() {
                    v = v.wrapping_mul(16) | (b[i] as char).to_digit(16).unwrap_or(0);
                    i += 1;
                }
                if i == st {
                    return Err("\\x used with no following hex digits".into());
                }
                v
            }
            b'u' | b'U' => {
                let n = if c == b'u' { 4 } else { 8 };
                let hex = body.get(i..i + n).unwrap_or("");
                let Ok(v) = u32::from_str_radix(hex, 16) else {
                    return Err("incomplete universal character name".into());
                };
                i += n;
                if !wide {
                    // A plain char constant gets the UTF-8 bytes.
                    let ch = char::from_u32(v).unwrap_or('\u{fffd}');
                    let mut buf = [0; 4];
                    for &byte in ch.encode_utf8(&mut buf).as_bytes() {
                        chars.push(u32::from(byte));
                    }
                    continue;
                }
                v
            }
            _ => u32::from(c),
        };
        chars.push(v);
    }
    if chars.is_empty() {
        return Err("empty character constant".into());
    }
    let last = *chars.last().unwrap_or(&0);
    if chars.len() > 1 {
        warn = Some(if wide || chars.len() > 4 {
            "character constant too long for its type".to_string()
        } else {
            "multi-character character constant".to_string()
        });
    }
    let v = match prefix {
        "" => {
            if chars.len() == 1 {
                i64::from(last as u8 as i8)
            } else {
                let mut v: u32 = 0;
                for c in &chars {
                    v = (v << 8) | (c & 0xff);
                }
                i64::from(v as i32)
            }
        }
        "L" => i64::from(last as i32),
        "u" => i64::from(last as u16),
        _ => i64::from(last),
    };
    Ok((v, warn))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers() {
        assert_eq!(parse_int("42").unwrap(), (42, false, None));
        assert_eq!(parse_int("0x1F").unwrap(), (31, false, None));
        assert_eq!(parse_int("017").unwrap(), (15, false, None));
        assert_eq!(parse_int("0b101").unwrap(), (5, false, None));
        assert_eq!(parse_int("0").unwrap(), (0, false, None));
        assert_eq!(parse_int("1uLL").unwrap(), (1, true, None));
        assert_eq!(
            parse_int("0xffffffffffffffff").unwrap(),
            (u64::MAX, true, None)
        );
        assert!(parse_int("18446744073709551615").unwrap().2.is_some());
        assert!(parse_int("99999999999999999999").unwrap().2.is_some());
        assert!(parse_int("1.0").unwrap_err().contains("floating"));
        assert!(parse_int("1e5").unwrap_err().contains("floating"));
        assert!(parse_int("0x1p3").unwrap_err().contains("floating"));
        assert!(parse_int("08").unwrap_err().contains("octal"));
        assert!(parse_int("1lL").unwrap_err().contains("suffix"));
        assert!(parse_int("0x").unwrap_err().contains("suffix"));
        assert!(parse_int("12abc").unwrap_err().contains("suffix"));
    }

    #[test]
    fn characters() {
        assert_eq!(char_value("'a'").unwrap().0, 97);
        assert_eq!(char_value("'\\n'").unwrap().0, 10);
        assert_eq!(char_value("'\\377'").unwrap().0, -1);
        assert_eq!(char_value("'\\xff'").unwrap().0, -1);
        assert_eq!(char_value("'\\0'").unwrap().0, 0);
        assert_eq!(char_value("'ab'").unwrap().0, 0x6162);
        assert!(char_value("'ab'").unwrap().1.is_some());
        assert_eq!(char_value("'abcd'").unwrap().0, 0x61626364);
        assert_eq!(char_value("L'\\xffff'").unwrap().0, 0xffff);
        assert_eq!(char_value("L'é'").unwrap().0, 0xe9);
        assert_eq!(char_value("u'\\U0001F600'").unwrap().0, 0xf600);
        assert_eq!(char_value("U'\\U0001F600'").unwrap().0, 0x1f600);
        assert_eq!(char_value("'\\''").unwrap().0, 39);
        assert!(char_value("''").is_err());
    }
}
