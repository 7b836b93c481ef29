//! Numeric conversions: the `strtol` and `strtod` families, and the exact
//! decimal expansion of binary floating point that `printf` uses.
//!
//! Every parser takes the bytes of a C string (the slice ends where the
//! string's NUL would be; a NUL inside the slice also ends the number) and
//! reports how many bytes it consumed, which is `endptr - nptr` in C. The
//! accepted syntax, the values and the `ERANGE` cases are glibc's in the C
//! locale, with `long` 64 bits wide (LP64):
//!
//! * integers: leading white space, a sign, `0x`/`0X` for base 16 or 0, a
//!   leading `0` selecting octal for base 0; `"0x"` followed by no hex digit
//!   converts only the `0`; out-of-range values clamp with `ERANGE`; the
//!   unsigned conversions negate in unsigned arithmetic (`"-1"` is
//!   `ULONG_MAX`).
//! * floats: decimal and hexadecimal (`0x1.8p3`) forms, `inf`, `infinity`,
//!   `nan` and `nan(n-char-sequence)` in any case; correctly rounded to
//!   nearest-even; `ERANGE` on overflow (±HUGE_VAL) and when the result is
//!   tiny (below the smallest normal after rounding) and inexact, as glibc
//!   does on x86-64 (tininess after rounding).
//!
//! `scanf` collects the characters of a number exactly as glibc does and then
//! converts them with these same functions.

/// The result of a `strto*` conversion.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Parsed<T> {
    /// The converted value (`0` when nothing was converted).
    pub value: T,
    /// Bytes consumed: `endptr - nptr`; 0 when no conversion was performed.
    pub consumed: usize,
    /// The value was out of range and `errno` should be set to `ERANGE`.
    pub erange: bool,
}

/// `base` was not 0 or 2..=36: C's `EINVAL` (glibc then returns 0 and leaves
/// `*endptr` untouched).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InvalidBase;

/// `isspace` in the C locale.
pub(crate) fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

fn skip_space(s: &[u8]) -> usize {
    s.iter().take_while(|&&c| is_space(c)).count()
}

/// Value of `c` as a digit in bases up to 36, or 99.
fn digit_value(c: u8) -> u32 {
    match c {
        b'0'..=b'9' => u32::from(c - b'0'),
        b'a'..=b'z' => u32::from(c - b'a') + 10,
        b'A'..=b'Z' => u32::from(c - b'A') + 10,
        _ => 99,
    }
}

/// The core of `strtol`/`strtoul`: returns the 64-bit result (two's
/// complement for the signed form), bytes consumed and whether it clamped.
fn strto_int(s: &[u8], base: i32, signed: bool) -> Result<Parsed<u64>, InvalidBase> {
    if base < 0 || base == 1 || base > 36 {
        return Err(InvalidBase);
    }
    let mut base = base as u32;
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let noconv = Parsed {
        value: 0,
        consumed: 0,
        erange: false,
    };
    let mut i = skip_space(s);
    if at(i) == 0 {
        return Ok(noconv);
    }
    let negative = at(i) == b'-';
    if matches!(at(i), b'-' | b'+') {
        i += 1;
    }
    if at(i) == b'0' {
        if (base == 0 || base == 16) && at(i + 1).eq_ignore_ascii_case(&b'x') {
            i += 2;
            base = 16;
        } else if base == 0 {
            base = 8;
        }
    } else if base == 0 {
        base = 10;
    }
    let save = i;
    let mut acc: u64 = 0;
    let mut overflow = false;
    loop {
        let d = digit_value(at(i));
        if d >= base {
            break;
        }
        match acc
            .checked_mul(u64::from(base))
            .and_then(|v| v.checked_add(u64::from(d)))
        {
            Some(v) => acc = v,
            None => overflow = true,
        }
        i += 1;
    }
    if i == save {
        // "0x" with no hex digit after it converts the "0" (glibc points
        // endptr at the 'x').
        let consumed =
            if save >= 2 && at(save - 1).eq_ignore_ascii_case(&b'x') && at(save - 2) == b'0' {
                save - 1
            } else {
                0
            };
        return Ok(Parsed { consumed, ..noconv });
    }
    if signed {
        let limit = if negative {
            1u64 << 63
        } else {
            (1u64 << 63) - 1
        };
        if overflow || acc > limit {
            let value = if negative { i64::MIN } else { i64::MAX } as u64;
            return Ok(Parsed {
                value,
                consumed: i,
                erange: true,
            });
        }
    } else if overflow {
        return Ok(Parsed {
            value: u64::MAX,
            consumed: i,
            erange: true,
        });
    }
    let value = if negative { acc.wrapping_neg() } else { acc };
    Ok(Parsed {
        value,
        consumed: i,
        erange: false,
    })
}

/// `strtol` (and `strtoll`: `long` is 64 bits here).
pub fn strtol(s: &[u8], base: i32) -> Result<Parsed<i64>, InvalidBase> {
    strto_int(s, base, true).map(|p| Parsed {
        value: p.value as i64,
        consumed: p.consumed,
        erange: p.erange,
    })
}

/// `strtoul` (and `strtoull`).
pub fn strtoul(s: &[u8], base: i32) -> Result<Parsed<u64>, InvalidBase> {
    strto_int(s, base, false)
}

/// `strtoll`: the same as [`strtol`] under LP64.
pub fn strtoll(s: &[u8], base: i32) -> Result<Parsed<i64>, InvalidBase> {
    strtol(s, base)
}

/// `strtoull`: the same as [`strtoul`] under LP64.
pub fn strtoull(s: &[u8], base: i32) -> Result<Parsed<u64>, InvalidBase> {
    strtoul(s, base)
}

/// `atoi`: `(int) strtol(s, NULL, 10)`, as glibc defines it.
pub fn atoi(s: &[u8]) -> i32 {
    atol(s) as i32
}

/// `atol` / `atoll`: `strtol(s, NULL, 10)`.
pub fn atol(s: &[u8]) -> i64 {
    strtol(s, 10).map_or(0, |p| p.value)
}

/// `atof`: `strtod(s, NULL)`.
pub fn atof(s: &[u8]) -> f64 {
    strtod(s).value
}

/// `strtod`.
pub fn strtod(s: &[u8]) -> Parsed<f64> {
    let p = strto_float(s, &F64);
    Parsed {
        value: f64::from_bits(p.value),
        consumed: p.consumed,
        erange: p.erange,
    }
}

/// `strtof`.
pub fn strtof(s: &[u8]) -> Parsed<f32> {
    let p = strto_float(s, &F32);
    Parsed {
        value: f32::from_bits(p.value as u32),
        consumed: p.consumed,
        erange: p.erange,
    }
}

/// `strtold`: `long double` is `double` in voxcc.
pub fn strtold(s: &[u8]) -> Parsed<f64> {
    strtod(s)
}

/// An IEEE binary format.
struct FloatFormat {
    /// Significand bits including the implicit one.
    mant: u32,
    /// Exponent of the smallest normal number.
    emin: i64,
    /// Exponent of the largest finite number.
    emax: i64,
    /// Total width in bits.
    bits: u32,
    /// Decimal exponents (`value = 0.d... × 10^point`) above which the value
    /// surely overflows and below which it surely rounds to zero.
    point_max: i64,
    point_min: i64,
}

impl FloatFormat {
    fn sign_bit(&self) -> u64 {
        1 << (self.bits - 1)
    }
    fn inf(&self) -> u64 {
        let exp_bits = self.bits - self.mant;
        ((1u64 << exp_bits) - 1) << (self.mant - 1)
    }
    /// The default quiet NaN; glibc puts a `nan(n)` payload in the bits below
    /// the quiet bit.
    fn nan(&self, payload: u64) -> u64 {
        let quiet = 1u64 << (self.mant - 2);
        self.inf() | quiet | (payload & (quiet - 1))
    }
    fn min_normal(&self) -> u64 {
        1 << (self.mant - 1)
    }
}

const F64: FloatFormat = FloatFormat {
    mant: 53,
    emin: -1022,
    emax: 1023,
    bits: 64,
    point_max: 310,
    point_min: -330,
};

const F32: FloatFormat = FloatFormat {
    mant: 24,
    emin: -126,
    emax: 127,
    bits: 32,
    point_max: 40,
    point_min: -50,
};

fn starts_with_ci(s: &[u8], word: &[u8]) -> bool {
    s.len() >= word.len() && s[..word.len()].eq_ignore_ascii_case(word)
}

/// Parses a float in format `f`, returning its bits.
fn strto_float(s: &[u8], f: &FloatFormat) -> Parsed<u64> {
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let nothing = Parsed {
        value: 0,
        consumed: 0,
        erange: false,
    };
    let mut i = skip_space(s);
    let negative = at(i) == b'-';
    if matches!(at(i), b'-' | b'+') {
        i += 1;
    }
    let sign = if negative { f.sign_bit() } else { 0 };
    let c = at(i);
    if !(c.is_ascii_digit() || (c == b'.' && at(i + 1).is_ascii_digit())) {
        let rest = &s[i.min(s.len())..];
        if starts_with_ci(rest, b"inf") {
            let len = if starts_with_ci(&rest[3..], b"inity") {
                8
            } else {
                3
            };
            return Parsed {
                value: sign | f.inf(),
                consumed: i + len,
                erange: false,
            };
        }
        if starts_with_ci(rest, b"nan") {
            let mut end = i + 3;
            let mut payload = 0;
            let mut erange = false;
            if at(end) == b'(' {
                let seq_start = end + 1;
                let mut j = seq_start;
                while at(j).is_ascii_alphanumeric() || at(j) == b'_' {
                    j += 1;
                }
                if at(j) == b')' {
                    // glibc reads the payload with strtoull, whose ERANGE on
                    // overflow leaks out of strtod.
                    let seq = &s[seq_start..j];
                    if let Ok(p) = strtoul(seq, 0) {
                        if p.consumed == seq.len() {
                            payload = p.value;
                        }
                        erange = p.erange;
                    }
                    end = j + 1;
                }
            }
            return Parsed {
                value: sign | f.nan(payload),
                consumed: end,
                erange,
            };
        }
        // No number: glibc returns +0.0 even after a '-'.
        return nothing;
    }
    let hex = c == b'0' && at(i + 1).eq_ignore_ascii_case(&b'x');
    if hex {
        i += 2;
    }
    let is_digit = |c: u8| c.is_ascii_digit() || (hex && c.is_ascii_hexdigit());
    let start_of_digits = i;
    while at(i) == b'0' {
        i += 1;
    }
    // After the leading zeros something must continue a number, or the
    // result is a zero ("0x" alone converts only the "0").
    let c = at(i);
    let continues = is_digit(c)
        || (c == b'.' && (!hex || i != start_of_digits || at(i + 1).is_ascii_hexdigit()))
        || (hex && i != start_of_digits && c.eq_ignore_ascii_case(&b'p'))
        || (!hex && c.eq_ignore_ascii_case(&b'e'));
    if !continues {
        let consumed = if i != start_of_digits {
            i
        } else if hex {
            i - 1
        } else {
            0
        };
        return Parsed {
            value: sign,
            consumed,
            erange: false,
        };
    }
    let int_start = i;
    while is_digit(at(i)) {
        i += 1;
    }
    let int_digits = &s[int_start..i];
    let mut frac_digits: &[u8] = &[];
    if at(i) == b'.' {
        i += 1;
        let frac_start = i;
        while is_digit(at(i)) {
            i += 1;
        }
        frac_digits = &s[frac_start..i];
    }
    let mut exp: i64 = 0;
    let exp_char = if hex { b'p' } else { b'e' };
    if at(i).eq_ignore_ascii_case(&exp_char) {
        let mut j = i + 1;
        let exp_negative = at(j) == b'-';
        if matches!(at(j), b'-' | b'+') {
            j += 1;
        }
        if at(j).is_ascii_digit() {
            while at(j).is_ascii_digit() {
                // Saturate far beyond any exponent that matters; digits
                // keep being consumed as glibc does.
                exp = (exp * 10 + i64::from(at(j) - b'0')).min(1 << 40);
                j += 1;
            }
            if exp_negative {
                exp = -exp;
            }
            i = j;
        }
    }
    let (bits, erange) = if hex {
        hex_value(int_digits, frac_digits, exp, f)
    } else {
        decimal_value(int_digits, frac_digits, exp, f)
    };
    Parsed {
        value: sign | bits,
        consumed: i,
        erange,
    }
}

/// Rounds `m × 2^e` (plus a nonzero tail below `m` if `sticky`) to format
/// `f`, nearest-even, returning the bits (without sign) and whether glibc
/// reports `ERANGE`.
fn round_binary(m: u64, sticky: bool, e: i64, f: &FloatFormat) -> (u64, bool) {
    if m == 0 {
        return (0, sticky);
    }
    let lz = m.leading_zeros();
    let m = m << lz;
    let e = e - i64::from(lz);
    // Exponent of the leading bit.
    let top = e + 63;
    if top > f.emax {
        return (f.inf(), true);
    }
    // Rounds away `shift` low bits of m (shift >= 1); returns (kept, inexact).
    let round = |shift: i64| -> (u64, bool) {
        if shift > 64 {
            return (0, true);
        }
        let wide = u128::from(m);
        let kept = (wide >> shift) as u64;
        let rem = wide & ((1u128 << shift) - 1);
        let half = 1u128 << (shift - 1);
        let up = rem > half || (rem == half && (sticky || kept & 1 == 1));
        (kept + u64::from(up), rem != 0 || sticky)
    };
    let normal_shift = i64::from(64 - f.mant);
    if top >= f.emin {
        let (mut kept, _) = round(normal_shift);
        let mut top = top;
        if kept == 1 << f.mant {
            kept >>= 1;
            top += 1;
            if top > f.emax {
                return (f.inf(), true);
            }
        }
        let biased = (top - f.emin + 1) as u64;
        let bits = (biased << (f.mant - 1)) | (kept & (f.min_normal() - 1));
        return (bits, false);
    }
    // Subnormal: the kept bits are the encoding itself (a carry into bit
    // mant-1 makes the smallest normal, which is also right).
    let (kept, inexact) = round(normal_shift + (f.emin - top));
    // Tiny after rounding: unless rounding to full precision with an
    // unbounded exponent reaches the smallest normal.
    let tiny = !(top == f.emin - 1 && round(normal_shift).0 == 1 << f.mant);
    (kept, tiny && inexact)
}

fn hex_value(int_digits: &[u8], frac_digits: &[u8], exp: i64, f: &FloatFormat) -> (u64, bool) {
    let mut m: u64 = 0;
    let mut sticky = false;
    // Binary exponent adjustment: value = m × 2^(exp + adjust).
    let mut adjust: i64 = 0;
    for (k, &c) in int_digits.iter().chain(frac_digits).enumerate() {
        let d = u64::from(digit_value(c));
        let is_frac = k >= int_digits.len();
        if m >> 60 == 0 {
            m = m << 4 | d;
            if is_frac {
                adjust -= 4;
            }
        } else {
            // Digits beyond 64 bits only decide rounding.
            sticky |= d != 0;
            if !is_frac {
                adjust += 4;
            }
        }
    }
    round_binary(m, sticky, exp.saturating_add(adjust), f)
}

fn decimal_value(int_digits: &[u8], frac_digits: &[u8], exp: i64, f: &FloatFormat) -> (u64, bool) {
    // Normalise to 0.D × 10^point with D free of leading and trailing zeros.
    let all: Vec<u8> = int_digits
        .iter()
        .chain(frac_digits)
        .map(|c| c - b'0')
        .collect();
    let lead = all.iter().take_while(|&&d| d == 0).count();
    let trail = all[lead..].iter().rev().take_while(|&&d| d == 0).count();
    let digits = &all[lead..all.len() - trail];
    if digits.is_empty() {
        return (0, false);
    }
    let point = exp + int_digits.len() as i64 - lead as i64;
    if point > f.point_max {
        return (f.inf(), true);
    }
    if point < f.point_min {
        return (0, true);
    }
    // Rust's parser rounds correctly for any length of input; give it a
    // canonical string with a small exponent.
    let mut text = String::with_capacity(digits.len() + 16);
    text.push_str("0.");
    text.extend(digits.iter().map(|&d| char::from(b'0' + d)));
    text.push('e');
    text.push_str(&point.to_string());
    let bits = if f.bits == 64 {
        text.parse::<f64>().map_or(0, f64::to_bits)
    } else {
        text.parse::<f32>().map_or(0, |v| u64::from(v.to_bits()))
    };
    let v = Decimal {
        digits: digits.to_vec(),
        point: point as i32,
    };
    (bits, decimal_erange(&v, bits, f))
}

/// Whether the correctly rounded `bits` of the nonzero decimal `v` is a
/// range error in glibc's sense: overflow, or tiny after rounding and inexact.
fn decimal_erange(v: &Decimal, bits: u64, f: &FloatFormat) -> bool {
    if bits >= f.inf() {
        return true;
    }
    if bits == 0 {
        return true;
    }
    if bits < f.min_normal() {
        // Subnormal, so tiny: a range error unless exact.
        return exact_decimal(bits, f.emin - i64::from(f.mant) + 1) != *v;
    }
    if bits == f.min_normal() {
        // Rounded up to the smallest normal: tiny (and so inexact) if below
        // the midpoint between it and the largest p-bit number under it.
        let threshold = exact_decimal((1 << (f.mant + 1)) - 1, f.emin - i64::from(f.mant) - 1);
        return v.lt(&threshold);
    }
    false
}

/// An exact decimal: `0.d1 d2 … dn × 10^point`, digits 0..=9 with `d1` and
/// `dn` nonzero; zero has no digits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Decimal {
    pub digits: Vec<u8>,
    pub point: i32,
}

impl Decimal {
    fn lt(&self, other: &Decimal) -> bool {
        match (self.digits.is_empty(), other.digits.is_empty()) {
            (true, o) => !o,
            (false, true) => false,
            _ if self.point != other.point => self.point < other.point,
            // Trailing zeros are stripped, so plain lexicographic order works.
            _ => self.digits < other.digits,
        }
    }

    /// Rounds to `keep` significant digits (any `keep`, even ≤ 0) to
    /// nearest, ties to even, on the exact digits.
    pub(crate) fn round(&self, keep: i64) -> Decimal {
        let len = self.digits.len() as i64;
        if keep >= len {
            return self.clone();
        }
        let zero = Decimal {
            digits: Vec::new(),
            point: self.point,
        };
        if keep < 0 {
            return zero;
        }
        let k = keep as usize;
        let next = self.digits[k];
        let more = k + 1 < self.digits.len();
        let odd = k > 0 && self.digits[k - 1] % 2 == 1;
        let mut digits = self.digits[..k].to_vec();
        let mut point = self.point;
        if next > 5 || (next == 5 && (more || odd)) {
            while digits.last() == Some(&9) {
                digits.pop();
            }
            match digits.last_mut() {
                Some(d) => *d += 1,
                None => {
                    digits.push(1);
                    point += 1;
                }
            }
        }
        while digits.last() == Some(&0) {
            digits.pop();
        }
        if digits.is_empty() {
            return zero;
        }
        Decimal { digits, point }
    }
}

/// The exact decimal value of `m × 2^e`.
pub(crate) fn exact_decimal(m: u64, e: i64) -> Decimal {
    if m == 0 {
        return Decimal {
            digits: Vec::new(),
            point: 0,
        };
    }
    let tz = m.trailing_zeros();
    let (m, e) = (m >> tz, e + i64::from(tz));
    let mut n = Big::from_u64(m);
    let mut shift = 0;
    if e >= 0 {
        n.shl(e as u32);
    } else {
        // m / 2^k = m × 5^k / 10^k.
        n.mul_pow5((-e) as u32);
        shift = -e;
    }
    let mut digits = n.into_decimal();
    let point = digits.len() as i64 - shift;
    while digits.last() == Some(&0) {
        digits.pop();
    }
    Decimal {
        digits,
        point: point as i32,
    }
}

/// Unsigned big integer, little-endian base 2^32 limbs; just what exact
/// float expansion needs.
struct Big(Vec<u32>);

impl Big {
    fn from_u64(v: u64) -> Big {
        Big(vec![v as u32, (v >> 32) as u32])
    }

    fn mul_small(&mut self, k: u32) {
        let mut carry = 0u64;
        for limb in &mut self.0 {
            let v = u64::from(*limb) * u64::from(k) + carry;
            *limb = v as u32;
            carry = v >> 32;
        }
        if carry != 0 {
            self.0.push(carry as u32);
        }
    }

    fn mul_pow5(&mut self, mut k: u32) {
        const POW5_13: u32 = 1_220_703_125;
        while k >= 13 {
            self.mul_small(POW5_13);
            k -= 13;
        }
        self.mul_small(5u32.pow(k));
    }

    fn shl(&mut self, bits: u32) {
        let (limbs, bits) = ((bits / 32) as usize, bits % 32);
        if bits != 0 {
            let mut carry = 0u32;
            for limb in &mut self.0 {
                let v = *limb;
                *limb = v << bits | carry;
                carry = v >> (32 - bits);
            }
            if carry != 0 {
                self.0.push(carry);
            }
        }
        self.0.splice(0..0, std::iter::repeat_n(0, limbs));
    }

    /// Divides in place, returning the remainder.
    fn div_small(&mut self, k: u32) -> u32 {
        let mut rem = 0u64;
        for limb in self.0.iter_mut().rev() {
            let v = rem << 32 | u64::from(*limb);
            *limb = (v / u64::from(k)) as u32;
            rem = v % u64::from(k);
        }
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
        rem as u32
    }

    /// Decimal digits (values 0..=9), most significant first, no leading
    /// zeros.
    fn into_decimal(mut self) -> Vec<u8> {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
        let mut chunks = Vec::new();
        while !self.0.is_empty() {
            chunks.push(self.div_small(1_000_000_000));
        }
        let mut digits = Vec::with_capacity(chunks.len() * 9);
        for (i, chunk) in chunks.iter().rev().enumerate() {
            let mut buf = [0u8; 9];
            let mut c = *chunk;
            for d in buf.iter_mut().rev() {
                *d = (c % 10) as u8;
                c /= 10;
            }
            let skip = if i == 0 {
                buf.iter().take_while(|&&d| d == 0).count()
            } else {
                0
            };
            digits.extend_from_slice(&buf[skip..]);
        }
        digits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(s: &str) -> Decimal {
        exact_decimal_of(s.parse::<f64>().unwrap())
    }

    fn exact_decimal_of(x: f64) -> Decimal {
        let bits = x.to_bits();
        let exp = ((bits >> 52) & 0x7ff) as i64;
        let frac = bits & ((1 << 52) - 1);
        if exp == 0 {
            exact_decimal(frac, -1074)
        } else {
            exact_decimal(frac | 1 << 52, exp - 1075)
        }
    }

    fn digits(d: &Decimal) -> String {
        d.digits.iter().map(|&d| char::from(b'0' + d)).collect()
    }

    #[test]
    fn exact_expansions() {
        let d = dec("0.1");
        assert_eq!(
            digits(&d),
            "1000000000000000055511151231257827021181583404541015625"
        );
        assert_eq!(d.point, 0);
        let d = dec("1e300");
        assert_eq!(d.point, 301);
        let d = dec("5e-324");
        assert_eq!(d.point, -323);
        assert_eq!(d.digits.len(), 751);
        assert_eq!(
            dec("123.5"),
            Decimal {
                digits: vec![1, 2, 3, 5],
                point: 3
            }
        );
        assert!(exact_decimal(0, 5).digits.is_empty());
    }

    #[test]
    fn rounding_is_half_even_on_exact_ties() {
        let r = |s: &str, keep| digits(&dec(s).round(keep));
        assert_eq!(r("2.5", 1), "2");
        assert_eq!(r("3.5", 1), "4");
        assert_eq!(r("0.5", 0), "");
        assert_eq!(dec("0.5").round(0).digits.len(), 0);
        assert_eq!(r("0.6", 0), "1");
        assert_eq!(dec("0.6").round(0).point, 1);
        assert_eq!(r("9.96", 2), "1");
        assert_eq!(dec("9.96").round(2).point, 2);
        // 0.35 is below the tie in binary.
        assert_eq!(r("0.35", 1), "3");
    }

    #[test]
    fn integers() {
        let p = strtol(b"  -0x1fz", 0).unwrap();
        assert_eq!((p.value, p.consumed, p.erange), (-31, 7, false));
        let p = strtol(b"0x", 16).unwrap();
        assert_eq!((p.value, p.consumed), (0, 1));
        let p = strtol(b" -0xg", 0).unwrap();
        assert_eq!((p.value, p.consumed), (0, 3));
        let p = strtoul(b"-1", 10).unwrap();
        assert_eq!((p.value, p.erange), (u64::MAX, false));
        let p = strtol(b"9223372036854775808", 10).unwrap();
        assert_eq!((p.value, p.erange), (i64::MAX, true));
        let p = strtol(b"-9223372036854775808", 10).unwrap();
        assert_eq!((p.value, p.erange), (i64::MIN, false));
        let p = strtoul(b"18446744073709551616", 10).unwrap();
        assert_eq!((p.value, p.erange, p.consumed), (u64::MAX, true, 20));
        assert_eq!(strtol(b"10", 1), Err(InvalidBase));
        assert_eq!(strtol(b"10", 37), Err(InvalidBase));
        assert_eq!(strtol(b"zz", 36).unwrap().value, 35 * 36 + 35);
        assert_eq!(strtol(b"09", 0).unwrap().consumed, 1);
        assert_eq!(strtol(b"+", 10).unwrap().consumed, 0);
        assert_eq!(atoi(b"4294967297"), 1);
    }

    #[test]
    fn floats() {
        let p = strtod(b"  1e");
        assert_eq!((p.value, p.consumed), (1.0, 3));
        let p = strtod(b"0x");
        assert_eq!((p.value, p.consumed), (0.0, 1));
        let p = strtod(b"-0x.p1");
        assert_eq!((p.value.to_bits(), p.consumed), ((-0.0f64).to_bits(), 2));
        let p = strtod(b"0x1.8p1");
        assert_eq!((p.value, p.consumed), (3.0, 7));
        let p = strtod(b"infinit");
        assert_eq!((p.value, p.consumed), (f64::INFINITY, 3));
        let p = strtod(b"-INFINITY");
        assert_eq!((p.value, p.consumed), (f64::NEG_INFINITY, 9));
        let p = strtod(b"nan(0x12)x");
        assert_eq!((p.value.to_bits(), p.consumed), (0x7ff8_0000_0000_0012, 9));
        let p = strtod(b"nan(12");
        assert_eq!((p.value.to_bits(), p.consumed), (0x7ff8_0000_0000_0000, 3));
        let p = strtod(b"-.");
        assert_eq!((p.value.to_bits(), p.consumed), (0, 0));
        let p = strtod(b"1e400");
        assert_eq!((p.value, p.erange), (f64::INFINITY, true));
        let p = strtod(b"1e-400");
        assert_eq!((p.value, p.erange), (0.0, true));
        let p = strtod(b"0e99999999999999999999999");
        assert_eq!((p.value, p.erange), (0.0, false));
        // Exact subnormal: no ERANGE; inexact one: ERANGE.
        assert!(!strtod(b"0x1p-1074").erange);
        assert!(strtod(b"0x1.8p-1074").erange);
        assert!(strtod(b"5e-324").erange);
        let p = strtof(b"0x1.fffffep127");
        assert_eq!((p.value, p.erange), (f32::MAX, false));
        let p = strtof(b"0x1.ffffffp127");
        assert_eq!((p.value, p.erange), (f32::INFINITY, true));
    }

    mod no_panic {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #![proptest_config(ProptestConfig { cases: 5000, failure_persistence: None, ..ProptestConfig::default() })]

            #[test]
            fn any_bytes(
                s in proptest::collection::vec(prop::sample::select(b" \t+-.0123456789eEpPxXaAfFiInNtTyY()_z\0\xff".to_vec()), 0..40),
                base in -3i32..40,
            ) {
                let p = strtod(&s);
                prop_assert!(p.consumed <= s.len());
                prop_assert!(strtof(&s).consumed <= s.len());
                if let Ok(p) = strtol(&s, base) {
                    prop_assert!(p.consumed <= s.len());
                }
                let _ = strtoul(&s, base);
            }
        }
    }

    #[test]
    fn tininess_after_rounding() {
        // Just below DBL_MIN, rounding to it: tiny (ERANGE) only below the
        // midpoint T = 2^-1022 - 2^-1076 (values from T up round to DBL_MIN
        // at 53 bits too); checked against glibc.
        assert!(!strtod(b"0x1.fffffffffffffbp-1023").erange);
        assert!(!strtod(b"0x1.fffffffffffff8p-1023").erange);
        assert!(strtod(b"0x1.fffffffffffff7p-1023").erange);
        assert_eq!(strtod(b"0x1.fffffffffffff7p-1023").value, f64::MIN_POSITIVE);
        // The same through the decimal path, at T's exact expansion.
        let t = exact_decimal((1 << 54) - 1, -1076);
        let text = |digits: &[u8]| {
            let d: String = digits.iter().map(|&d| char::from(b'0' + d)).collect();
            format!("0.{d}e{}", t.point)
        };
        let at_t = strtod(text(&t.digits).as_bytes());
        assert_eq!((at_t.value, at_t.erange), (f64::MIN_POSITIVE, false));
        let mut below = t.digits.clone();
        *below.last_mut().unwrap() -= 1;
        let p = strtod(text(&below).as_bytes());
        assert_eq!((p.value, p.erange), (f64::MIN_POSITIVE, true));
        assert!(strtod(b"2.2250738585072011e-308").erange);
    }
}
