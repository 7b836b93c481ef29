//! Literal spellings to values: integer and floating constants (C99 6.4.4.1,
//! 6.4.4.2, with hex floats and the `0b` extension), character constants and
//! string literals with every escape, and the `L`, `u`, `U`, `u8` prefixes.

use crate::types::{ty, TypeId};

/// A numeric constant.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Number {
    /// An integer constant: its value and type (by the standard's table of
    /// suffixes and sizes).
    Int(u64, TypeId),
    /// A floating constant: value (already rounded to `float` for an `f`
    /// suffix) and type.
    Float(f64, TypeId),
}

/// Parses a preprocessing number. `Err` says what is wrong.
pub fn number(s: &str) -> Result<(Number, Option<String>), String> {
    let b = s.as_bytes();
    let is_hex = b.len() > 1 && b[0] == b'0' && (b[1] == b'x' || b[1] == b'X');
    let is_float = if is_hex {
        s.bytes().any(|c| matches!(c, b'.' | b'p' | b'P'))
    } else {
        s.bytes().any(|c| matches!(c, b'.' | b'e' | b'E'))
    };
    if is_float {
        return float(s).map(|n| (n, None));
    }
    integer(s)
}

fn integer(s: &str) -> Result<(Number, Option<String>), String> {
    let b = s.as_bytes();
    let (base, start) = if b.len() > 1 && b[0] == b'0' && matches!(b[1], b'x' | b'X') {
        (16, 2)
    } else if b.len() > 1 && b[0] == b'0' && matches!(b[1], b'b' | b'B') {
        (2, 2)
    } else if b[0] == b'0' {
        (8, 1)
    } else {
        (10, 0)
    };
    let mut end = start;
    while end < b.len() && (b[end] as char).is_digit(base) {
        end += 1;
    }
    // An octal constant like `09` is an error, not "0 then 9".
    if base == 8 {
        while end < b.len() && b[end].is_ascii_digit() {
            end += 1;
        }
    }
    let digits = &s[start..end];
    if digits.is_empty() && base != 8 {
        return Err(format!("invalid integer constant `{s}`: no digits"));
    }
    let mut v: u64 = 0;
    for c in digits.chars() {
        let d = c
            .to_digit(base)
            .ok_or_else(|| format!("invalid digit `{c}` in octal constant `{s}`"))?;
        v = v
            .checked_mul(u64::from(base))
            .and_then(|v| v.checked_add(u64::from(d)))
            .ok_or_else(|| format!("integer constant `{s}` is too large for any integer type"))?;
    }
    let suffix = &s[end..];
    let (unsigned, longs) = match suffix {
        "" => (false, 0),
        "u" | "U" => (true, 0),
        "l" | "L" => (false, 1),
        "ll" | "LL" => (false, 2),
        "ul" | "uL" | "Ul" | "UL" | "lu" | "lU" | "Lu" | "LU" => (true, 1),
        "ull" | "uLL" | "Ull" | "ULL" | "llu" | "llU" | "LLu" | "LLU" => (true, 2),
        _ => {
            return Err(format!(
                "invalid suffix `{suffix}` on integer constant `{s}`"
            ))
        }
    };
    let decimal = base == 10;
    // C99 6.4.4.1p5: the first type of the list that can represent the value.
    let fits = |t: TypeId| -> bool {
        match t {
            ty::INT => v <= i32::MAX as u64,
            ty::UINT => v <= u32::MAX as u64,
            ty::LONG | ty::LLONG => v <= i64::MAX as u64,
            _ => true,
        }
    };
    let candidates: &[TypeId] = match (unsigned, longs, decimal) {
        (false, 0, true) => &[ty::INT, ty::LONG, ty::LLONG],
        (false, 0, false) => &[
            ty::INT,
            ty::UINT,
            ty::LONG,
            ty::ULONG,
            ty::LLONG,
            ty::ULLONG,
        ],
        (true, 0, _) => &[ty::UINT, ty::ULONG, ty::ULLONG],
        (false, 1, true) => &[ty::LONG, ty::LLONG],
        (false, 1, false) => &[ty::LONG, ty::ULONG, ty::LLONG, ty::ULLONG],
        (true, 1, _) => &[ty::ULONG, ty::ULLONG],
        (false, _, true) => &[ty::LLONG],
        (false, _, false) => &[ty::LLONG, ty::ULLONG],
        (true, _, _) => &[ty::ULLONG],
    };
    match candidates.iter().find(|&&t| fits(t)) {
        Some(&t) => Ok((Number::Int(v, t), None)),
        // gcc: "integer constant is so large that it is unsigned".
        None => Ok((
            Number::Int(v, ty::ULONG),
            Some(format!(
                "integer constant `{s}` is so large that it is unsigned"
            )),
        )),
    }
}

fn float(s: &str) -> Result<Number, String> {
    let (body, t) = match s.as_bytes().last() {
        Some(b'f' | b'F') => (&s[..s.len() - 1], ty::FLOAT),
        Some(b'l' | b'L') => (&s[..s.len() - 1], ty::LDOUBLE),
        _ => (s, ty::DOUBLE),
    };
    // Bytes, not `&body[..2]`: a pp-number may hold any character after
    // its first (untrusted source), so byte 2 need not be a char boundary.
    let v = if matches!(body.as_bytes(), [b'0', b'x' | b'X', ..]) {
        hex_float(&body[2..], t == ty::FLOAT)
            .ok_or_else(|| format!("invalid hexadecimal floating constant `{s}`"))?
    } else {
        if !body
            .bytes()
            .all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'E' | b'+' | b'-'))
        {
            return Err(format!("invalid floating constant `{s}`"));
        }
        if t == ty::FLOAT {
            body.parse::<f32>()
                .map(f64::from)
                .map_err(|_| format!("invalid floating constant `{s}`"))?
        } else {
            body.parse::<f64>()
                .map_err(|_| format!("invalid floating constant `{s}`"))?
        }
    };
    Ok(Number::Float(v, t))
}

/// A hexadecimal floating constant's value (after `0x`), correctly rounded
/// to `f32` (then widened) or `f64`.
fn hex_float(s: &str, single: bool) -> Option<f64> {
    let (mant, exp) = match s.find(['p', 'P']) {
        Some(i) => (&s[..i], &s[i + 1..]),
        None => return None, // C requires the binary exponent
    };
    let exp: i64 = {
        let (neg, digits) = match exp.as_bytes().first() {
            Some(b'-') => (true, &exp[1..]),
            Some(b'+') => (false, &exp[1..]),
            _ => (false, exp),
        };
        if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let v: i64 = digits.parse().unwrap_or(i64::MAX / 4).min(1 << 40);
        if neg {
            -v
        } else {
            v
        }
    };
    let (int, frac) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    if int.is_empty() && frac.is_empty() {
        return None;
    }
    // Gather up to 124 significant bits exactly; further nonzero digits only
    // set a sticky bit for rounding.
    let mut bits: u128 = 0;
    let mut e2: i64 = exp;
    let mut sticky = false;
    for (i, c) in int.chars().chain(frac.chars()).enumerate() {
        let d = c.to_digit(16)? as u128;
        let in_frac = i >= int.len();
        if bits >> 120 == 0 {
            bits = bits << 4 | d;
            if in_frac {
                e2 -= 4;
            }
        } else {
            sticky |= d != 0;
            if !in_frac {
                e2 += 4;
            }
        }
    }
    Some(round_binary(bits, e2, sticky, single))
}

/// `bits * 2^e2` (plus a sticky fraction below) rounded to nearest-even
/// `f64`, or `f32` when `single`.
pub(crate) fn round_binary(bits: u128, e2: i64, sticky: bool, single: bool) -> f64 {
    if bits == 0 {
        return 0.0;
    }
    let (mant_bits, min_exp, max_exp) = if single {
        (24i64, -149i64, 127i64)
    } else {
        (53, -1074, 1023)
    };
    let top = 127 - bits.leading_zeros() as i64; // index of the highest set bit
                                                 // value = bits * 2^e2, highest bit at 2^(top + e2)
    let high = top + e2;
    if high > max_exp {
        return f64::INFINITY;
    }
    // Lowest bit we can keep: either mant_bits below the top, or the
    // subnormal limit.
    let keep_from = (high - (mant_bits - 1)).max(min_exp);
    let shift = keep_from - e2; // bits to drop from `bits`
    let (mut m, mut e) = if shift <= 0 {
        (bits << (-shift).min(127) as u32, keep_from)
    } else if shift >= 128 {
        let _ = sticky;
        return 0.0;
    } else {
        let dropped = bits & ((1u128 << shift) - 1);
        let half = 1u128 << (shift - 1);
        let mut m = bits >> shift;
        let above_half = dropped > half || (dropped == half && sticky);
        let tie = dropped == half && !sticky;
        if above_half || (tie && m & 1 == 1) {
            m += 1;
        }
        (m, keep_from)
    };
    if m >> mant_bits != 0 {
        m >>= 1;
        e += 1;
    }
    if e + (mant_bits - 1) > max_exp && m >> (mant_bits - 1) != 0 {
        return f64::INFINITY;
    }
    let v = (m as f64) * pow2(e);
    if single {
        f64::from(v as f32)
    } else {
        v
    }
}

fn pow2(e: i64) -> f64 {
    // Two steps so that 2^-1074 (below f64's normal range) is exact.
    if e < -1000 {
        f64::powi(2.0, -1000) * f64::powi(2.0, (e + 1000) as i32)
    } else if e > 1000 {
        f64::powi(2.0, 1000) * f64::powi(2.0, (e - 1000) as i32)
    } else {
        f64::powi(2.0, e as i32)
    }
}

/// The encoding of a character constant or string literal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// No prefix: bytes.
    Plain,
    /// `u8`: UTF-8 bytes.
    Utf8,
    /// `u`: 16-bit units (`char16_t`).
    Utf16,
    /// `U`: 32-bit units (`char32_t`).
    Utf32,
    /// `L`: `wchar_t` (32-bit, like glibc).
    Wide,
}

impl Encoding {
    /// The element type of a string of this encoding.
    pub fn elem(self) -> TypeId {
        match self {
            Encoding::Plain | Encoding::Utf8 => ty::CHAR,
            Encoding::Utf16 => ty::USHORT,
            Encoding::Utf32 => ty::UINT,
            Encoding::Wide => ty::INT,
        }
    }
    /// Bytes per element.
    pub fn unit(self) -> usize {
        match self {
            Encoding::Plain | Encoding::Utf8 => 1,
            Encoding::Utf16 => 2,
            Encoding::Utf32 | Encoding::Wide => 4,
        }
    }
}

/// Splits a literal's spelling into encoding and the text between the quotes.
pub fn split_prefix(s: &str) -> (Encoding, &str) {
    let (enc, rest) = if let Some(r) = s.strip_prefix("u8") {
        (Encoding::Utf8, r)
    } else if let Some(r) = s.strip_prefix('u') {
        (Encoding::Utf16, r)
    } else if let Some(r) = s.strip_prefix('U') {
        (Encoding::Utf32, r)
    } else if let Some(r) = s.strip_prefix('L') {
        (Encoding::Wide, r)
    } else {
        (Encoding::Plain, s)
    };
    let inner = if rest.len() >= 2 {
        &rest[1..rest.len() - 1]
    } else {
        ""
    };
    (enc, inner)
}

/// Decodes the characters between the quotes into code units: bytes for
/// plain and `u8` literals (UTF-8 in the source stays UTF-8), code points
/// for the wide encodings. Problems are returned as warnings or an error.
pub fn decode(text: &str, enc: Encoding) -> Result<(Vec<u32>, Vec<String>), String> {
    let mut out = Vec::with_capacity(text.len());
    let mut warnings = Vec::new();
    let b = text.as_bytes();
    let mut i = 0;
    let max = match enc {
        Encoding::Plain | Encoding::Utf8 => 0xff,
        Encoding::Utf16 => 0xffff,
        _ => u32::MAX,
    };
    while i < b.len() {
        if b[i] != b'\\' {
            // Copy one source character.
            let ch_len = utf8_len(b[i]);
            let end = (i + ch_len).min(b.len());
            // `i` may sit inside a character (after an escape such as `\é`
            // consumed its first byte): then the bytes are taken as they are.
            let here = text.get(i..end).and_then(|s| s.chars().next());
            let raw = here
                .map(|c| c as u32)
                .filter(|&c| c >= crate::source::RAW_BYTE_BASE + 0x80);
            match enc {
                // A source byte that was not UTF-8: that byte.
                Encoding::Plain | Encoding::Utf8 if raw.is_some() => {
                    out.push(raw.unwrap_or(0) - crate::source::RAW_BYTE_BASE)
                }
                Encoding::Plain | Encoding::Utf8 => out.extend(b[i..end].iter().map(|&x| x as u32)),
                _ => {
                    let c = here.map_or(0xfffd, |c| c as u32);
                    push_unit(&mut out, c, enc);
                }
            }
            i = end;
            continue;
        }
        i += 1;
        let Some(&c) = b.get(i) else {
            return Err("a backslash ends the literal".into());
        };
        i += 1;
        let v: u32 = match c {
            b'n' => 10,
            b't' => 9,
            b'r' => 13,
            b'a' => 7,
            b'b' => 8,
            b'f' => 12,
            b'v' => 11,
            b'e' | b'E' => 27, // GNU
            b'\\' | b'\'' | b'"' | b'?' => c as u32,
            b'0'..=b'7' => {
                let mut v = (c - b'0') as u32;
                let mut n = 1;
                while n < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    n += 1;
                }
                if v > max {
                    warnings.push("octal escape sequence out of range".into());
                }
                v & max
            }
            b'x' => {
                let start = i;
                let mut v: u64 = 0;
                while i < b.len() && b[i].is_ascii_hexdigit() {
                    v = (v << 4 | (b[i] as char).to_digit(16).unwrap_or(0) as u64) & 0xf_ffff_ffff;
                    i += 1;
                }
                if i == start {
                    return Err("`\\x` used with no following hex digits".into());
                }
                if v > max as u64 {
                    warnings.push("hex escape sequence out of range".into());
                }
                (v as u32) & max
            }
            b'u' | b'U' => {
                let n = if c == b'u' { 4 } else { 8 };
                let digits = text
                    .get(i..i + n)
                    .filter(|d| d.bytes().all(|x| x.is_ascii_hexdigit()));
                let Some(d) = digits else {
                    return Err(format!(
                        "incomplete universal character name: `\\{}` needs {n} hex digits",
                        c as char
                    ));
                };
                i += n;
                let cp = u32::from_str_radix(d, 16).unwrap_or(0xfffd);
                if char::from_u32(cp).is_none() {
                    return Err(format!(
                        "`\\{}{d}` is not a valid universal character",
                        c as char
                    ));
                }
                match enc {
                    Encoding::Plain | Encoding::Utf8 => {
                        let ch = char::from_u32(cp).unwrap_or('\u{fffd}');
                        let mut buf = [0; 4];
                        out.extend(ch.encode_utf8(&mut buf).bytes().map(u32::from));
                    }
                    _ => push_unit(&mut out, cp, enc),
                }
                continue;
            }
            other => {
                warnings.push(format!("unknown escape sequence `\\{}`", other as char));
                other as u32
            }
        };
        out.push(v);
    }
    Ok((out, warnings))
}

fn push_unit(out: &mut Vec<u32>, cp: u32, enc: Encoding) {
    if enc == Encoding::Utf16 && cp > 0xffff {
        let c = cp - 0x10000;
        out.push(0xd800 | (c >> 10));
        out.push(0xdc00 | (c & 0x3ff));
    } else {
        out.push(cp);
    }
}

fn utf8_len(b: u8) -> usize {
    match b {
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf7 => 4,
        _ => 1,
    }
}

/// Encodes code units little-endian at `unit` bytes each.
pub fn encode_units(units: &[u32], unit: usize, out: &mut Vec<u8>) {
    for &u in units {
        out.extend_from_slice(&u.to_le_bytes()[..unit]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(s: &str) -> (u64, TypeId) {
        match number(s).unwrap().0 {
            Number::Int(v, t) => (v, t),
            n => panic!("{n:?}"),
        }
    }

    fn flt(s: &str) -> f64 {
        match number(s).unwrap().0 {
            Number::Float(v, _) => v,
            n => panic!("{n:?}"),
        }
    }

    #[test]
    fn integer_constant_types_follow_the_standard_table() {
        assert_eq!(int("42"), (42, ty::INT));
        assert_eq!(int("2147483647"), (2147483647, ty::INT));
        assert_eq!(int("2147483648"), (2147483648, ty::LONG));
        assert_eq!(int("0x7fffffff"), (0x7fffffff, ty::INT));
        assert_eq!(int("0xffffffff"), (0xffffffff, ty::UINT));
        assert_eq!(int("0xffffffffffffffff"), (u64::MAX, ty::ULONG));
        assert_eq!(int("4294967295u"), (4294967295, ty::UINT));
        assert_eq!(int("4294967296u"), (4294967296, ty::ULONG));
        assert_eq!(int("1ll"), (1, ty::LLONG));
        assert_eq!(int("1ULL"), (1, ty::ULLONG));
        assert_eq!(int("0777"), (511, ty::INT));
        assert_eq!(int("0"), (0, ty::INT));
        assert_eq!(int("0b101"), (5, ty::INT));
        assert!(number("09").is_err());
        assert!(number("1lul").is_err());
        assert!(number("99999999999999999999").is_err());
    }

    #[test]
    fn floating_constants() {
        assert_eq!(flt("1.5"), 1.5);
        assert_eq!(flt("1e3"), 1000.0);
        assert_eq!(flt(".5"), 0.5);
        assert_eq!(flt("1."), 1.0);
        assert_eq!(flt("0x1p-3"), 0.125);
        assert_eq!(flt("0x1.8p1"), 3.0);
        assert_eq!(flt("0x.1p4"), 1.0);
        assert_eq!(flt("0x1p-1074"), f64::from_bits(1));
        assert_eq!(flt("0x1.fffffffffffff8p1023"), f64::INFINITY);
        assert_eq!(flt("0x1.fffffffffffff7p1023"), f64::MAX);
        assert_eq!(flt("0.1f"), f64::from(0.1f32));
        assert_eq!(flt("0x1.000001p0f"), 1.0); // ties to even in f32
        assert_eq!(flt("0x1.000003p0f"), f64::from(1.0000002f32));
        assert!(number("0x1.8").is_err());
    }

    /// Found by the `cc` fuzz target: a pp-number with a multi-byte
    /// character at byte 1 panicked on a slice inside that character.
    #[test]
    fn non_ascii_pp_numbers_are_errors_not_panics() {
        for s in [
            "1\u{e9}",
            "1\u{fffd}.5",
            "0\u{e9}",
            "0\u{10348}",
            "1.\u{e9}",
            "9\u{e9}f",
        ] {
            assert!(number(s).is_err(), "{s}");
        }
    }

    #[test]
    fn escapes() {
        let (u, w) = decode(r"a\n\x41\101\0\u00e9", Encoding::Plain).unwrap();
        assert_eq!(u, vec![97, 10, 65, 65, 0, 0xc3, 0xa9]);
        assert!(w.is_empty());
        let (u, _) = decode("é", Encoding::Wide).unwrap();
        assert_eq!(u, vec![0xe9]);
        let (u, _) = decode(r"\U0001F600", Encoding::Utf16).unwrap();
        assert_eq!(u, vec![0xd83d, 0xde00]);
        assert!(decode(r"\x", Encoding::Plain).is_err());
    }
}
