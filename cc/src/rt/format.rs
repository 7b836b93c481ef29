//! The `printf` engine: formats a C format string with arguments taken from
//! voxvm variadic slots, byte for byte as glibc 2.36 does in the C locale.
//!
//! Arguments are the VM's 8-byte slots: integers sign- or zero-extended to 64
//! bits, `double`s as their bits, pointers as VM addresses. Where the
//! arguments and the strings they point to live is up to the
//! [`FormatArgs`] implementation.
//!
//! glibc has two interpreters for format strings and so does this engine: a
//! fast one for plain specs, and the "positional" one it switches to at the
//! first `%n$` or unrecognised spec, which re-parses the whole format and
//! differs in a few corners (`%1$Ld` prints an `int`; an overflowing width in
//! the format is ignored instead of failing; a negative `*` width keeps the
//! `0` flag, so floats pad on the right with zeros). Both are reproduced.
//!
//! Conversions: `d i u o x X b B c s p n % f F e E g G a A` with the flags
//! `- + space # 0 ' I` (the last two have no effect in the C locale), width
//! and precision (also `*` and `*n$`), length modifiers `hh h l ll q L j z Z
//! t` (`L` makes floats `double`, since `long double` is `double` in voxcc),
//! `%lc`/`%C` and `%ls`/`%S` (C locale: only ASCII converts, anything else
//! fails with `EILSEQ` as in glibc) and `%m` when the arguments supply the
//! message ([`FormatArgs::strerror`]). An unknown conversion prints as glibc
//! prints it: `%`, the flags, width and precision, and the character.
//!
//! Limits: one call produces at most [`MAX_OUTPUT`] bytes (16 MiB), and a
//! format in positional mode uses at most [`MAX_ARGS`] arguments; beyond that
//! it fails with [`FormatError::Limit`] where glibc would go on (glibc's own
//! limit is `INT_MAX` bytes, then `EOVERFLOW`). Widths and precisions are
//! measured before anything is built, so memory stays bounded whatever the
//! format: `%999999999d` fails at once.
//!
//! Known differences from glibc: those limits, and `%m`, which prints as an
//! unknown conversion (`%m`) unless the [`FormatArgs`] supplies the message.

use super::num::{exact_decimal, Decimal};

/// Where the arguments of a formatted output call come from.
pub trait FormatArgs {
    /// Error of argument access (e.g. a VM memory fault).
    type Error;
    /// The next 8-byte variadic slot.
    fn next_slot(&mut self) -> Result<u64, Self::Error>;
    /// The bytes of the C string at `addr` (non-null) up to its NUL; with
    /// `max`, at most `max` bytes, and no byte at or past `addr + max` may be
    /// read.
    fn string(&mut self, addr: u64, max: Option<usize>) -> Result<Vec<u8>, Self::Error>;
    /// The `wchar_t` (32-bit) string at `addr` (non-null) up to its
    /// terminating 0; with `max`, at most `max` elements are read.
    fn wide_string(&mut self, addr: u64, max: Option<usize>) -> Result<Vec<u32>, Self::Error>;
    /// `%n`: store `count` at `addr` as an integer of `width` bytes (1, 2, 4
    /// or 8), truncating.
    fn store(&mut self, addr: u64, count: i64, width: u8) -> Result<(), Self::Error>;
    /// `%m`: the text glibc prints, `strerror(errno)` (or with `alt`, the
    /// errno name such as `EINVAL`). `None`, the default, makes `%m` print as
    /// an unknown conversion.
    fn strerror(&mut self, alt: bool) -> Result<Option<Vec<u8>>, Self::Error> {
        let _ = alt;
        Ok(None)
    }
}

/// Why [`format`] failed. glibc's `printf` returns -1 in every case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatError<E> {
    /// Reading an argument failed.
    Args(E),
    /// The format ended inside a conversion spec (`"%"`, `"%5l"`): glibc
    /// fails with `EINVAL`.
    Incomplete,
    /// A width, precision or argument number written in the format exceeds
    /// `INT_MAX`: glibc fails with `EOVERFLOW`.
    Overflow,
    /// `%lc` or `%ls` of a wide character the C locale cannot convert
    /// (anything above 0x7f): glibc fails with `EILSEQ`.
    Encoding,
    /// The output would exceed [`MAX_OUTPUT`] bytes, or a format in
    /// positional mode uses more than [`MAX_ARGS`] arguments. Our limits, not
    /// glibc's.
    Limit,
}

/// Most bytes one [`format`] call produces before failing with
/// [`FormatError::Limit`].
pub const MAX_OUTPUT: usize = 1 << 24;

/// Most arguments a format in glibc's positional mode (any `%n$` or unknown
/// conversion) may use, counting up to the highest `%n$`.
pub const MAX_ARGS: usize = 1 << 16;

type Res<T, E> = Result<T, FormatError<E>>;

/// Formats `fmt` (up to its first NUL, if any) with `args`, appending to
/// `out`; returns the number of bytes appended, which is what glibc's
/// `printf` returns. On error, `out` holds whatever was produced before.
pub fn format<A: FormatArgs>(fmt: &[u8], args: &mut A, out: &mut Vec<u8>) -> Res<usize, A::Error> {
    let fmt = match fmt.iter().position(|&c| c == 0) {
        Some(n) => &fmt[..n],
        None => fmt,
    };
    let mut cx = Cx {
        args,
        slots: Vec::new(),
        out: Out {
            start: out.len(),
            buf: out,
        },
    };
    let lead = find_spec(fmt, 0);
    cx.out.bytes(&fmt[..lead])?;
    let mut pos = lead;
    let mut seq = 0usize;
    let mut nspecs_done = 0usize;
    while pos < fmt.len() {
        match fast_spec(fmt, pos, &mut cx, &mut seq)? {
            Fast::Spec(info, end) => {
                let arg = if takes_arg(info.conv) {
                    seq += 1;
                    Some(cx.slot(seq - 1)?)
                } else {
                    None
                };
                cx.convert(&info, arg)?;
                nspecs_done += 1;
                pos = find_spec(fmt, end);
                cx.out.bytes(&fmt[end..pos])?;
            }
            Fast::Positional => {
                positional(fmt, lead, nspecs_done, &mut cx)?;
                break;
            }
        }
    }
    Ok(cx.out.done())
}

/// Index of the next `%` at or after `from`, or the end.
fn find_spec(fmt: &[u8], from: usize) -> usize {
    fmt[from..]
        .iter()
        .position(|&c| c == b'%')
        .map_or(fmt.len(), |n| from + n)
}

fn at(fmt: &[u8], i: usize) -> u8 {
    fmt.get(i).copied().unwrap_or(0)
}

/// glibc's `read_int`: the decimal number at `i` (a digit), or -1 if it
/// exceeds `INT_MAX`; all its digits are consumed either way.
fn read_int(fmt: &[u8], mut i: usize) -> (i64, usize) {
    let mut v: i64 = 0;
    while at(fmt, i).is_ascii_digit() {
        if v >= 0 {
            v = v * 10 + i64::from(at(fmt, i) - b'0');
            if v > i64::from(i32::MAX) {
                v = -1;
            }
        }
        i += 1;
    }
    (v, i)
}

/// Conversions that consume a data argument (glibc's `ndata_args == 1`).
fn takes_arg(conv: u8) -> bool {
    matches!(
        conv,
        b'd' | b'i'
            | b'u'
            | b'o'
            | b'x'
            | b'X'
            | b'b'
            | b'B'
            | b'e'
            | b'E'
            | b'f'
            | b'F'
            | b'g'
            | b'G'
            | b'a'
            | b'A'
            | b'c'
            | b'C'
            | b's'
            | b'S'
            | b'p'
            | b'n'
    )
}

/// A parsed conversion spec (glibc's `struct printf_info`).
#[derive(Clone, Debug, Default)]
struct Info {
    alt: bool,
    space: bool,
    left: bool,
    showsign: bool,
    group: bool,
    i18n: bool,
    /// `b' '` or `b'0'`.
    pad: u8,
    /// Never negative except `INT_MIN` from a `*` argument, which glibc
    /// cannot negate either.
    width: i32,
    /// -1 when absent.
    prec: i32,
    is_long: bool,
    is_short: bool,
    is_char: bool,
    is_long_double: bool,
    /// The conversion character; 0 when the format ended first.
    conv: u8,
}

impl Info {
    fn new() -> Info {
        Info {
            pad: b' ',
            prec: -1,
            ..Info::default()
        }
    }

    /// The width for padding arithmetic; `INT_MIN` behaves as 2^31, which
    /// makes glibc (and us) fail for want of room.
    fn width(&self) -> i64 {
        i64::from(self.width).abs()
    }
}

enum Fast {
    /// A spec the fast interpreter handles, and the index just past it.
    Spec(Info, usize),
    /// Switch to the positional interpreter.
    Positional,
}

/// glibc's fast interpreter (the jump tables of `vfprintf`): parses the spec
/// at `pos`, taking `*` arguments as it goes.
fn fast_spec<A: FormatArgs>(
    fmt: &[u8],
    pos: usize,
    cx: &mut Cx<'_, A>,
    seq: &mut usize,
) -> Res<Fast, A::Error> {
    let mut info = Info::new();
    let mut i = pos + 1;
    loop {
        match at(fmt, i) {
            b' ' => info.space = true,
            b'+' => info.showsign = true,
            b'-' => {
                info.left = true;
                info.pad = b' ';
            }
            b'#' => info.alt = true,
            b'0' => {
                if !info.left {
                    info.pad = b'0';
                }
            }
            b'\'' => info.group = true,
            b'I' => info.i18n = true,
            _ => break,
        }
        i += 1;
    }
    // A `*n$` (or `n$`) means the positional interpreter.
    let star_positional = |i: usize| -> Result<bool, FormatError<A::Error>> {
        if at(fmt, i).is_ascii_digit() {
            let (n, j) = read_int(fmt, i);
            if n == -1 {
                return Err(FormatError::Overflow);
            }
            return Ok(n != 0 && at(fmt, j) == b'$');
        }
        Ok(false)
    };
    if at(fmt, i) == b'*' {
        i += 1;
        if star_positional(i)? {
            return Ok(Fast::Positional);
        }
        *seq += 1;
        let w = cx.slot(*seq - 1)? as i32;
        info.width = w;
        if w < 0 {
            info.width = w.wrapping_neg();
            info.pad = b' ';
            info.left = true;
        }
    } else if matches!(at(fmt, i), b'1'..=b'9') {
        let (w, j) = read_int(fmt, i);
        if w == -1 {
            return Err(FormatError::Overflow);
        }
        i = j;
        if at(fmt, i) == b'$' {
            return Ok(Fast::Positional);
        }
        info.width = w as i32;
    }
    if at(fmt, i) == b'.' {
        i += 1;
        if at(fmt, i) == b'*' {
            i += 1;
            if star_positional(i)? {
                return Ok(Fast::Positional);
            }
            *seq += 1;
            let p = cx.slot(*seq - 1)? as i32;
            info.prec = p.max(-1);
        } else if at(fmt, i).is_ascii_digit() {
            let (p, j) = read_int(fmt, i);
            if p == -1 {
                return Err(FormatError::Overflow);
            }
            i = j;
            info.prec = p as i32;
        } else {
            info.prec = 0;
        }
    }
    // Which conversions the state after the length modifier accepts.
    #[derive(PartialEq)]
    enum After {
        Nothing,
        OneH,
        OneL,
        Full,
    }
    let mut after = After::Nothing;
    match at(fmt, i) {
        b'h' => {
            i += 1;
            if at(fmt, i) == b'h' {
                i += 1;
                info.is_char = true;
                after = After::Full;
            } else {
                info.is_short = true;
                after = After::OneH;
            }
        }
        b'l' => {
            i += 1;
            info.is_long = true;
            if at(fmt, i) == b'l' {
                i += 1;
                info.is_long_double = true;
                after = After::Full;
            } else {
                after = After::OneL;
            }
        }
        b'L' | b'q' => {
            i += 1;
            info.is_long_double = true;
            info.is_long = true;
            after = After::Full;
        }
        b'z' | b'Z' | b't' | b'j' => {
            i += 1;
            info.is_long = true;
            after = After::Full;
        }
        _ => {}
    }
    let conv = at(fmt, i);
    let known = match conv {
        b'%' | b'd' | b'i' | b'u' | b'o' | b'x' | b'X' | b'n' | b'b' | b'B' => true,
        b'e' | b'E' | b'f' | b'F' | b'g' | b'G' | b'a' | b'A' | b'c' | b'C' | b's' | b'S'
        | b'p' | b'm' => after != After::OneH,
        _ => false,
    };
    if !known {
        if conv == 0 {
            return Err(FormatError::Incomplete);
        }
        return Ok(Fast::Positional);
    }
    info.conv = conv;
    Ok(Fast::Spec(info, i + 1))
}

/// A spec as glibc's positional interpreter parses it
/// (`__parse_one_specmb`).
struct PosSpec {
    info: Info,
    width_arg: Option<usize>,
    prec_arg: Option<usize>,
    data_arg: Option<usize>,
    end_of_fmt: usize,
    next_fmt: usize,
}

/// Parses the spec at `pos`; `posn` is the number of sequential arguments
/// used before it. Returns the spec and how many sequential arguments it
/// uses.
fn parse_one_spec(
    fmt: &[u8],
    pos: usize,
    mut posn: usize,
    max_ref: &mut usize,
) -> (PosSpec, usize) {
    let mut nargs = 0;
    let mut i = pos + 1;
    let mut info = Info::new();
    let mut data_arg = None;
    // An `n$` argument number; an unusable one (0 or too big) is ignored.
    let mut arg_number = |i: &mut usize| -> Option<usize> {
        let (n, j) = read_int(fmt, *i);
        if n != 0 && at(fmt, j) == b'$' {
            *i = j + 1;
            if n != -1 {
                *max_ref = (*max_ref).max(n as usize);
                return Some(n as usize - 1);
            }
        }
        None
    };
    if at(fmt, i).is_ascii_digit() {
        // If this is not `n$` it is the width (or the 0 flag), read below.
        data_arg = arg_number(&mut i);
    }
    loop {
        match at(fmt, i) {
            b' ' => info.space = true,
            b'+' => info.showsign = true,
            b'-' => info.left = true,
            b'#' => info.alt = true,
            b'0' => info.pad = b'0',
            b'\'' => info.group = true,
            b'I' => info.i18n = true,
            _ => break,
        }
        i += 1;
    }
    if info.left {
        info.pad = b' ';
    }
    let mut width_arg = None;
    if at(fmt, i) == b'*' {
        i += 1;
        let begin = i;
        if at(fmt, i).is_ascii_digit() {
            width_arg = arg_number(&mut i);
        }
        if width_arg.is_none() {
            width_arg = Some(posn);
            posn += 1;
            nargs += 1;
            i = begin;
        }
    } else if at(fmt, i).is_ascii_digit() {
        let (n, j) = read_int(fmt, i);
        i = j;
        if n != -1 {
            info.width = n as i32;
        }
    }
    let mut prec_arg = None;
    if at(fmt, i) == b'.' {
        i += 1;
        if at(fmt, i) == b'*' {
            i += 1;
            let begin = i;
            if at(fmt, i).is_ascii_digit() {
                prec_arg = arg_number(&mut i);
            }
            if prec_arg.is_none() {
                prec_arg = Some(posn);
                posn += 1;
                nargs += 1;
                i = begin;
            }
        } else if at(fmt, i).is_ascii_digit() {
            let (n, j) = read_int(fmt, i);
            i = j;
            if n != -1 {
                info.prec = n as i32;
            }
        } else {
            info.prec = 0;
        }
    }
    match at(fmt, i) {
        b'h' => {
            i += 1;
            if at(fmt, i) == b'h' {
                i += 1;
                info.is_char = true;
            } else {
                info.is_short = true;
            }
        }
        b'l' => {
            i += 1;
            info.is_long = true;
            if at(fmt, i) == b'l' {
                i += 1;
                info.is_long_double = true;
            }
        }
        // Unlike the fast interpreter, `L` here does not set `is_long`.
        b'L' | b'q' => {
            i += 1;
            info.is_long_double = true;
        }
        b'z' | b'Z' | b't' | b'j' => {
            i += 1;
            info.is_long = true;
        }
        _ => {}
    }
    info.conv = at(fmt, i);
    i += 1;
    if data_arg.is_none() && takes_arg(info.conv) {
        data_arg = Some(posn);
        nargs += 1;
    }
    let (end_of_fmt, next_fmt) = if info.conv == 0 {
        (i - 1, i - 1)
    } else {
        (i, find_spec(fmt, i))
    };
    let spec = PosSpec {
        info,
        width_arg,
        prec_arg,
        data_arg,
        end_of_fmt,
        next_fmt,
    };
    (spec, nargs)
}

/// glibc's `printf_positional`: re-parses every spec from the first one,
/// then carries on output from spec number `nspecs_done`.
fn positional<A: FormatArgs>(
    fmt: &[u8],
    lead: usize,
    nspecs_done: usize,
    cx: &mut Cx<'_, A>,
) -> Res<(), A::Error> {
    let mut specs = Vec::new();
    let mut nargs = 0usize;
    let mut max_ref = 0usize;
    let mut f = lead;
    while f < fmt.len() {
        let (spec, n) = parse_one_spec(fmt, f, nargs, &mut max_ref);
        nargs += n;
        f = spec.next_fmt;
        specs.push(spec);
    }
    nargs = nargs.max(max_ref);
    if nargs > MAX_ARGS {
        return Err(FormatError::Limit);
    }
    // glibc fetches every argument before printing anything.
    if nargs > 0 {
        cx.slot(nargs - 1)?;
    }
    for spec in specs.iter().skip(nspecs_done) {
        let mut info = spec.info.clone();
        if let Some(w) = spec.width_arg {
            let w = cx.slot(w)? as i32;
            info.width = w;
            if w < 0 {
                // The 0 flag stays: glibc only sets `left` here.
                info.width = w.wrapping_neg();
                info.left = true;
            }
        }
        if let Some(p) = spec.prec_arg {
            info.prec = (cx.slot(p)? as i32).max(-1);
        }
        let arg = match spec.data_arg {
            Some(d) => Some(cx.slot(d)?),
            None => None,
        };
        cx.convert(&info, arg)?;
        cx.out.bytes(&fmt[spec.end_of_fmt..spec.next_fmt])?;
    }
    Ok(())
}

/// The output buffer with its running count and limit.
struct Out<'a> {
    buf: &'a mut Vec<u8>,
    start: usize,
}

impl Out<'_> {
    fn done(&self) -> usize {
        self.buf.len() - self.start
    }

    fn room<E>(&self, n: u64) -> Res<(), E> {
        if n > (MAX_OUTPUT - self.done()) as u64 {
            return Err(FormatError::Limit);
        }
        Ok(())
    }

    fn bytes<E>(&mut self, b: &[u8]) -> Res<(), E> {
        self.room(b.len() as u64)?;
        self.buf.extend_from_slice(b);
        Ok(())
    }

    fn byte<E>(&mut self, b: u8) -> Res<(), E> {
        self.bytes(&[b])
    }

    /// `n` copies of `c` when `n` is positive.
    fn pad<E>(&mut self, c: u8, n: i64) -> Res<(), E> {
        if n > 0 {
            self.room(n as u64)?;
            self.buf.resize(self.buf.len() + n as usize, c);
        }
        Ok(())
    }
}

/// Formatting state: the arguments (read once, cached so positional
/// arguments can be revisited) and the output.
struct Cx<'a, A: FormatArgs> {
    args: &'a mut A,
    slots: Vec<u64>,
    out: Out<'a>,
}

impl<A: FormatArgs> Cx<'_, A> {
    /// Slot `i`, counting from the first variadic argument.
    fn slot(&mut self, i: usize) -> Res<u64, A::Error> {
        while self.slots.len() <= i {
            let v = self.args.next_slot().map_err(FormatError::Args)?;
            self.slots.push(v);
        }
        Ok(self.slots[i])
    }

    /// Performs one conversion (glibc's `process_arg` and friends).
    fn convert(&mut self, info: &Info, arg: Option<u64>) -> Res<(), A::Error> {
        let v = arg.unwrap_or(0);
        match info.conv {
            b'%' => self.out.byte(b'%'),
            b'd' | b'i' => {
                let n: i64 = if info.is_long {
                    v as i64
                } else if info.is_char {
                    i64::from(v as i8)
                } else if !info.is_short {
                    i64::from(v as i32)
                } else {
                    i64::from(v as i16)
                };
                self.integer(info, 10, n < 0, n.unsigned_abs())
            }
            b'u' | b'o' | b'x' | b'X' | b'b' | b'B' => {
                let n: u64 = if info.is_long {
                    v
                } else if info.is_char {
                    u64::from(v as u8)
                } else if !info.is_short {
                    u64::from(v as u32)
                } else {
                    u64::from(v as u16)
                };
                let base = match info.conv {
                    b'u' => 10,
                    b'o' => 8,
                    b'x' | b'X' => 16,
                    _ => 2,
                };
                // The sign flags apply to signed conversions only.
                let info = Info {
                    showsign: false,
                    space: false,
                    ..info.clone()
                };
                self.integer(&info, base, false, n)
            }
            b'p' => {
                if v != 0 {
                    // As `%#lx`, but keeping `+` and space.
                    let info = Info {
                        alt: true,
                        conv: b'x',
                        ..info.clone()
                    };
                    self.integer(&info, 16, false, v)
                } else {
                    let info = Info {
                        prec: info.prec.max(5),
                        ..info.clone()
                    };
                    self.string(&info, b"(nil)")
                }
            }
            b'c' | b'C' if info.conv == b'C' || info.is_long => {
                let wc = v as u32;
                if wc > 0x7f {
                    return Err(FormatError::Encoding);
                }
                self.character(info, wc as u8)
            }
            b'c' => self.character(info, v as u8),
            b's' | b'S' => {
                let max = usize::try_from(info.prec).ok();
                if v == 0 {
                    // "(null)" only if the precision leaves room for it all.
                    let s: &[u8] = if info.prec == -1 || info.prec >= 6 {
                        b"(null)"
                    } else {
                        b""
                    };
                    return self.string(info, s);
                }
                let s = if info.conv == b'S' || info.is_long {
                    let w = self.args.wide_string(v, max).map_err(FormatError::Args)?;
                    if w.iter().any(|&c| c > 0x7f) {
                        return Err(FormatError::Encoding);
                    }
                    w.iter().map(|&c| c as u8).collect()
                } else {
                    self.args.string(v, max).map_err(FormatError::Args)?
                };
                let s = match max {
                    Some(m) if s.len() > m => &s[..m],
                    _ => &s[..],
                };
                self.string(info, s)
            }
            b'n' => {
                let width = if info.is_long {
                    8
                } else if info.is_char {
                    1
                } else if !info.is_short {
                    4
                } else {
                    2
                };
                let count = self.out.done() as i64;
                self.args.store(v, count, width).map_err(FormatError::Args)
            }
            b'm' => match self.args.strerror(info.alt).map_err(FormatError::Args)? {
                Some(text) => {
                    let n = text
                        .len()
                        .min(usize::try_from(info.prec).unwrap_or(usize::MAX));
                    self.string(info, &text[..n])
                }
                None => self.unknown(info),
            },
            b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => self.float(info, f64::from_bits(v)),
            b'a' | b'A' => self.float_hex(info, f64::from_bits(v)),
            _ => self.unknown(info),
        }
    }

    /// The integer conversions; `conv` is the character after `0` in the
    /// `#` prefix.
    fn integer(&mut self, info: &Info, base: u32, negative: bool, n: u64) -> Res<(), A::Error> {
        let mut prec = i64::from(info.prec);
        let mut pad = info.pad;
        if prec < 0 {
            prec = 1;
        } else {
            // A precision cancels the 0 flag.
            pad = b' ';
        }
        let mut digits = Vec::new();
        if prec == 0 && n == 0 {
            if base == 8 && info.alt {
                digits.push(b'0');
            }
        } else {
            digits = to_base(n, base, info.conv == b'X');
        }
        if prec <= digits.len() as i64 && n != 0 && info.alt && base == 8 {
            digits.insert(0, b'0');
        }
        let zeros = (prec - digits.len() as i64).max(0);
        let prefix = n != 0 && info.alt && (base == 16 || base == 2);
        let sign = if negative {
            Some(b'-')
        } else if info.showsign {
            Some(b'+')
        } else if info.space {
            Some(b' ')
        } else {
            None
        };
        let mut width = info.width();
        let out = &mut self.out;
        if !info.left {
            width -= digits.len() as i64 + zeros;
            if prefix {
                width -= 2;
            }
            if sign.is_some() {
                width -= 1;
            }
            if pad == b' ' {
                out.pad(b' ', width)?;
                width = 0;
            }
            if let Some(s) = sign {
                out.byte(s)?;
            }
            if prefix {
                out.bytes(&[b'0', info.conv])?;
            }
            out.pad(b'0', width + zeros)?;
            out.bytes(&digits)
        } else {
            if let Some(s) = sign {
                out.byte(s)?;
                width -= 1;
            }
            if prefix {
                out.bytes(&[b'0', info.conv])?;
                width -= 2;
            }
            width -= digits.len() as i64 + zeros;
            out.pad(b'0', zeros)?;
            out.bytes(&digits)?;
            out.pad(b' ', width)
        }
    }

    fn character(&mut self, info: &Info, c: u8) -> Res<(), A::Error> {
        let width = info.width() - 1;
        if !info.left {
            self.out.pad(b' ', width)?;
        }
        self.out.byte(c)?;
        if info.left {
            self.out.pad(b' ', width)?;
        }
        Ok(())
    }

    /// A string already cut to the precision, padded with spaces.
    fn string(&mut self, info: &Info, s: &[u8]) -> Res<(), A::Error> {
        let width = info.width() - s.len() as i64;
        if !info.left {
            self.out.pad(b' ', width)?;
        }
        self.out.bytes(s)?;
        if info.left {
            self.out.pad(b' ', width)?;
        }
        Ok(())
    }

    /// glibc's `printf_unknown`: the spec rebuilt from what was parsed.
    fn unknown(&mut self, info: &Info) -> Res<(), A::Error> {
        let mut s = vec![b'%'];
        if info.alt {
            s.push(b'#');
        }
        if info.group {
            s.push(b'\'');
        }
        if info.showsign {
            s.push(b'+');
        } else if info.space {
            s.push(b' ');
        }
        if info.left {
            s.push(b'-');
        }
        if info.pad == b'0' {
            s.push(b'0');
        }
        if info.i18n {
            s.push(b'I');
        }
        if info.width != 0 {
            // Printed as an unsigned long, as glibc does.
            s.extend(to_base(i64::from(info.width) as u64, 10, false));
        }
        if info.prec != -1 {
            s.push(b'.');
            s.extend(to_base(info.prec as u64, 10, false));
        }
        if info.conv != 0 {
            s.push(info.conv);
        }
        self.out.bytes(&s)
    }

    /// Pads and writes a float conversion's text (glibc's `__printf_fp`
    /// layout): `body` has no sign.
    fn float_out(&mut self, info: &Info, negative: bool, body: &Body) -> Res<(), A::Error> {
        let sign = float_sign(info, negative);
        let width = info.width() - i64::from(sign.is_some()) - body.len() as i64;
        let zero_pad = info.pad == b'0';
        if !info.left && !zero_pad {
            self.out.pad(info.pad, width)?;
        }
        if let Some(s) = sign {
            self.out.byte(s)?;
        }
        if !info.left && zero_pad {
            self.out.pad(b'0', width)?;
        }
        body.write(&mut self.out)?;
        if info.left {
            self.out.pad(info.pad, width)?;
        }
        Ok(())
    }

    /// `inf` and `nan`: always padded with spaces.
    fn special(&mut self, info: &Info, negative: bool, text: &[u8]) -> Res<(), A::Error> {
        let sign = float_sign(info, negative);
        let width = info.width() - i64::from(sign.is_some()) - 3;
        if !info.left {
            self.out.pad(b' ', width)?;
        }
        if let Some(s) = sign {
            self.out.byte(s)?;
        }
        self.out.bytes(text)?;
        if info.left {
            self.out.pad(b' ', width)?;
        }
        Ok(())
    }

    fn special_text(info: &Info, x: f64) -> Option<&'static [u8]> {
        let upper = info.conv.is_ascii_uppercase();
        if x.is_nan() {
            Some(if upper { b"NAN" } else { b"nan" })
        } else if x.is_infinite() {
            Some(if upper { b"INF" } else { b"inf" })
        } else {
            None
        }
    }

    /// `%f %F %e %E %g %G`.
    fn float(&mut self, info: &Info, x: f64) -> Res<(), A::Error> {
        let negative = x.is_sign_negative();
        if let Some(text) = Self::special_text(info, x) {
            return self.special(info, negative, text);
        }
        let d = decimal_of(x.abs());
        let upper = info.conv.is_ascii_uppercase();
        let prec = if info.prec < 0 {
            6
        } else {
            i64::from(info.prec)
        };
        let body = match info.conv.to_ascii_lowercase() {
            b'f' => fixed(&d, prec, info.alt),
            b'e' => exponential(&d, prec, info.alt, upper),
            _ => {
                let p = if info.prec < 0 {
                    6
                } else {
                    i64::from(info.prec).max(1)
                };
                // The exponent %e would print with precision P - 1.
                let x_exp = if d.digits.is_empty() {
                    0
                } else {
                    i64::from(d.round(p).point) - 1
                };
                let unrounded_exp = i64::from(d.point) - 1;
                let mut body =
                    if info.alt && !d.digits.is_empty() && unrounded_exp + 1 == p && x_exp == p {
                        // glibc quirk: fixed style was chosen with all P digits
                        // before the point, rounding carried into a new digit, and
                        // the switch to exponential style keeps fixed style's
                        // minimum of zero fraction digits: "1.e+06" for %#g of
                        // 999999.5, not C's "1.00000e+06".
                        exponential(&d, 0, true, upper)
                    } else if p > x_exp && x_exp >= -4 {
                        fixed(&d, p - 1 - x_exp, info.alt)
                    } else {
                        exponential(&d, p - 1, info.alt, upper)
                    };
                if !info.alt {
                    body.strip_zeros();
                }
                body
            }
        };
        self.out.room(body.len())?;
        self.float_out(info, negative, &body)
    }

    /// `%a %A`, following glibc's `__printf_fphex` for `double`.
    fn float_hex(&mut self, info: &Info, x: f64) -> Res<(), A::Error> {
        let negative = x.is_sign_negative();
        if let Some(text) = Self::special_text(info, x) {
            return self.special(info, negative, text);
        }
        let upper = info.conv == b'A';
        let bits = x.to_bits();
        let biased = ((bits >> 52) & 0x7ff) as i64;
        let mant = bits & ((1 << 52) - 1);
        // 13 hex digits of the stored mantissa; the leading digit is the
        // implicit bit (0 for subnormals and zero).
        let mut num: Vec<u8> = {
            let mut v = to_base(mant, 16, upper);
            let mut padded = vec![b'0'; 13 - v.len()];
            padded.append(&mut v);
            padded
        };
        let mut leading = if biased == 0 { b'0' } else { b'1' };
        let (exponent, exp_negative) = if biased == 0 {
            if mant == 0 {
                (0, false)
            } else {
                (1022, true)
            }
        } else if biased >= 1023 {
            ((biased - 1023) as u64, false)
        } else {
            ((1023 - biased) as u64, true)
        };
        let mut prec = i64::from(info.prec);
        let numlen;
        if mant != 0 {
            let len = 13 - num.iter().rev().take_while(|&&c| c == b'0').count();
            numlen = len;
            let mut round_up = false;
            if prec != -1 && (prec as usize) < len {
                let p = prec as usize;
                let last = if p > 0 { num[p - 1] } else { leading };
                let next = hex_value(num[p]);
                let more = next & 7 != 0 || p + 1 < len;
                round_up = next >= 8 && (hex_value(last) & 1 == 1 || more);
            }
            if prec == -1 {
                prec = len as i64;
            } else if round_up {
                // Increment the kept digits; '9' becomes 'a' (or 'A').
                let mut k = prec as usize;
                loop {
                    if k == 0 {
                        // All were 'f': only '0' or '1' here for a double.
                        leading += 1;
                        break;
                    }
                    k -= 1;
                    match num[k] {
                        b'9' => num[k] = info.conv,
                        b'f' | b'F' => {
                            num[k] = b'0';
                            continue;
                        }
                        c => num[k] = c + 1,
                    }
                    break;
                }
            }
        } else {
            numlen = 0;
            if prec == -1 {
                prec = 0;
            }
        }
        let exp_digits = to_base(exponent, 10, false);
        let sign = float_sign(info, negative);
        let point = prec > 0 || info.alt;
        let width = info.width()
            - (i64::from(sign.is_some()) + 2 + 1 + prec + 1 + 1 + exp_digits.len() as i64)
            - i64::from(point);
        let zero_pad = info.pad == b'0';
        if !info.left && !zero_pad {
            self.out.pad(b' ', width)?;
        }
        if let Some(s) = sign {
            self.out.byte(s)?;
        }
        self.out.bytes(&[b'0', if upper { b'X' } else { b'x' }])?;
        if !info.left && zero_pad {
            self.out.pad(b'0', width)?;
        }
        self.out.byte(leading)?;
        if point {
            self.out.byte(b'.')?;
        }
        if prec > 0 {
            let shown = numlen.min(prec as usize);
            self.out.bytes(&num[..shown])?;
            self.out.pad(b'0', prec - shown as i64)?;
        }
        self.out.byte(if upper { b'P' } else { b'p' })?;
        self.out.byte(if exp_negative { b'-' } else { b'+' })?;
        self.out.bytes(&exp_digits)?;
        if info.left && !zero_pad {
            self.out.pad(info.pad, width)?;
        }
        Ok(())
    }
}

fn float_sign(info: &Info, negative: bool) -> Option<u8> {
    if negative {
        Some(b'-')
    } else if info.showsign {
        Some(b'+')
    } else if info.space {
        Some(b' ')
    } else {
        None
    }
}

fn hex_value(c: u8) -> u32 {
    char::from(c).to_digit(16).unwrap_or(0)
}

/// `n` in `base`, most significant digit first.
fn to_base(mut n: u64, base: u32, upper: bool) -> Vec<u8> {
    let table: &[u8; 16] = if upper {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    let mut v = Vec::new();
    loop {
        v.push(table[(n % u64::from(base)) as usize]);
        n /= u64::from(base);
        if n == 0 {
            break;
        }
    }
    v.reverse();
    v
}

/// The exact decimal value of a finite non-negative double.
fn decimal_of(x: f64) -> Decimal {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    if biased == 0 {
        exact_decimal(frac, -1074)
    } else {
        exact_decimal(frac | 1 << 52, biased - 1075)
    }
}

/// The text of a float conversion without sign; runs of zeros are kept as
/// counts so that a huge precision is measured before anything is built.
struct Body {
    /// Integer digits (ASCII), then `int_zeros` zeros.
    int: Vec<u8>,
    int_zeros: u64,
    /// Whether the decimal point is printed.
    point: bool,
    /// `frac_lead` zeros, then `frac` digits, then `frac_zeros` zeros.
    frac_lead: u64,
    frac: Vec<u8>,
    frac_zeros: u64,
    /// `e+05` and the like, or empty.
    exp: Vec<u8>,
}

impl Body {
    fn len(&self) -> u64 {
        self.int.len() as u64
            + self.int_zeros
            + u64::from(self.point)
            + self.frac_lead
            + self.frac.len() as u64
            + self.frac_zeros
            + self.exp.len() as u64
    }

    /// `%g` without `#`: no trailing zeros after the point, nor a bare point.
    fn strip_zeros(&mut self) {
        self.frac_zeros = 0;
        while self.frac.last() == Some(&b'0') {
            self.frac.pop();
        }
        if self.frac.is_empty() {
            self.frac_lead = 0;
            self.point = false;
        }
    }

    fn write<E>(&self, out: &mut Out<'_>) -> Res<(), E> {
        out.bytes(&self.int)?;
        out.pad(b'0', self.int_zeros as i64)?;
        if self.point {
            out.byte(b'.')?;
        }
        out.pad(b'0', self.frac_lead as i64)?;
        out.bytes(&self.frac)?;
        out.pad(b'0', self.frac_zeros as i64)?;
        out.bytes(&self.exp)
    }
}

fn ascii(digits: &[u8]) -> Vec<u8> {
    digits.iter().map(|d| b'0' + d).collect()
}

/// `%.{prec}f` of the exact decimal `d`.
fn fixed(d: &Decimal, prec: i64, alt: bool) -> Body {
    let r = d.round(i64::from(d.point) + prec);
    let point = i64::from(r.point);
    let (int, int_zeros, frac_lead, frac) = if r.digits.is_empty() {
        (vec![b'0'], 0, 0, Vec::new())
    } else if point <= 0 {
        (vec![b'0'], 0, (-point) as u64, ascii(&r.digits))
    } else {
        let n = (point as usize).min(r.digits.len());
        let int_zeros = point as u64 - n as u64;
        (ascii(&r.digits[..n]), int_zeros, 0, ascii(&r.digits[n..]))
    };
    // The rounding kept at most `prec` fractional digits.
    let frac_lead = frac_lead.min(prec as u64);
    let used = frac_lead + frac.len() as u64;
    debug_assert!(used <= prec as u64);
    Body {
        int,
        int_zeros,
        point: prec > 0 || alt,
        frac_lead,
        frac,
        frac_zeros: (prec as u64).saturating_sub(used),
        exp: Vec::new(),
    }
}

/// `%.{prec}e` of the exact decimal `d`.
fn exponential(d: &Decimal, prec: i64, alt: bool, upper: bool) -> Body {
    let (first, frac, exp) = if d.digits.is_empty() {
        (b'0', Vec::new(), 0)
    } else {
        let r = d.round(prec + 1);
        (
            b'0' + r.digits[0],
            ascii(&r.digits[1..]),
            i64::from(r.point) - 1,
        )
    };
    let mut e = vec![
        if upper { b'E' } else { b'e' },
        if exp < 0 { b'-' } else { b'+' },
    ];
    if exp.abs() < 10 {
        e.push(b'0');
    }
    e.extend(to_base(exp.unsigned_abs(), 10, false));
    Body {
        int: vec![first],
        int_zeros: 0,
        point: prec > 0 || alt,
        frac_lead: 0,
        frac_zeros: (prec as u64).saturating_sub(frac.len() as u64),
        frac,
        exp: e,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Arguments as a slot array over a tiny memory of NUL-terminated
    /// strings at fake addresses.
    struct Mem {
        slots: Vec<u64>,
        next: usize,
        strings: Vec<(u64, Vec<u8>)>,
        stores: Vec<(u64, i64, u8)>,
    }

    impl Mem {
        fn new(slots: &[u64]) -> Mem {
            Mem {
                slots: slots.to_vec(),
                next: 0,
                strings: Vec::new(),
                stores: Vec::new(),
            }
        }
    }

    impl FormatArgs for Mem {
        type Error = &'static str;
        fn next_slot(&mut self) -> Result<u64, &'static str> {
            self.next += 1;
            self.slots
                .get(self.next - 1)
                .copied()
                .ok_or("no more arguments")
        }
        fn string(&mut self, addr: u64, max: Option<usize>) -> Result<Vec<u8>, &'static str> {
            let (_, s) = self
                .strings
                .iter()
                .find(|(a, _)| *a == addr)
                .ok_or("bad address")?;
            let n = s.iter().position(|&c| c == 0).unwrap_or(s.len());
            Ok(s[..n.min(max.unwrap_or(n))].to_vec())
        }
        fn wide_string(&mut self, addr: u64, max: Option<usize>) -> Result<Vec<u32>, &'static str> {
            let s = self.string(addr, max)?;
            Ok(s.iter().map(|&c| u32::from(c)).collect())
        }
        fn store(&mut self, addr: u64, count: i64, width: u8) -> Result<(), &'static str> {
            self.stores.push((addr, count, width));
            Ok(())
        }
    }

    fn f(fmt: &str, slots: &[u64]) -> String {
        let mut out = Vec::new();
        format(fmt.as_bytes(), &mut Mem::new(slots), &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    fn err(fmt: &str, slots: &[u64]) -> FormatError<&'static str> {
        format(fmt.as_bytes(), &mut Mem::new(slots), &mut Vec::new()).unwrap_err()
    }

    fn d(x: f64) -> u64 {
        x.to_bits()
    }

    #[test]
    fn integers() {
        assert_eq!(
            f("%d|%5d|%-5d|%05d|%+d|% d", &[1, 2, 3, 4, 5, 6]),
            "1|    2|3    |00004|+5| 6"
        );
        assert_eq!(f("%d", &[(-1i64) as u64]), "-1");
        assert_eq!(f("%d", &[0xffff_ffff]), "-1");
        assert_eq!(f("%ld", &[0xffff_ffff]), "4294967295");
        assert_eq!(
            f("%hhd %hd %hhu", &[0x1ff, 0x18000, 0x1ff]),
            "-1 -32768 255"
        );
        assert_eq!(
            f("%#o %#x %#X %#b", &[8, 255, 255, 5]),
            "010 0xff 0XFF 0b101"
        );
        assert_eq!(f("%.0d|%.0x|%#.0o|%#.3o", &[0, 0, 0, 8]), "||0|010");
        assert_eq!(f("%08.3d|%-+8.3d", &[5, 5]), "     005|+005    ");
        assert_eq!(f("%lld", &[i64::MIN as u64]), "-9223372036854775808");
    }

    #[test]
    fn pointers_strings_chars() {
        let mut m = Mem::new(&[0x1000, 0, 0x1000, 0, 65, 0x41]);
        m.strings.push((0x1000, b"hello\0".to_vec()));
        let mut out = Vec::new();
        format(b"%.3s|%s|%-7s|%.5s|%3c|%lc", &mut m, &mut out).unwrap();
        assert_eq!(out, b"hel|(null)|hello  ||  A|A");
        assert_eq!(
            f("%p|%p|%+p|%10p", &[0, 0x1234, 0x1234, 0]),
            "(nil)|0x1234|+0x1234|     (nil)"
        );
        assert_eq!(err("%lc", &[0xe9]), FormatError::Encoding);
    }

    #[test]
    fn percent_n_counts_bytes_so_far() {
        let mut m = Mem::new(&[0x10, 0x20, 0x30]);
        format(b"abc%nde%hhn%lln", &mut m, &mut Vec::new()).unwrap();
        assert_eq!(m.stores, vec![(0x10, 3, 4), (0x20, 5, 1), (0x30, 5, 8)]);
    }

    #[test]
    fn floats() {
        assert_eq!(f("%.0f %.0f %.0f", &[d(0.5), d(1.5), d(2.5)]), "0 2 2");
        assert_eq!(f("%.1f %.1f", &[d(0.25), d(0.35)]), "0.2 0.3");
        assert_eq!(
            f("%f|%e|%g", &[d(0.0), d(0.0), d(-0.0)]),
            "0.000000|0.000000e+00|-0"
        );
        assert_eq!(
            f("%g %g %g", &[d(100000.0), d(1e6), d(1e-5)]),
            "100000 1e+06 1e-05"
        );
        assert_eq!(
            f("%#g %#.0e %#.0f", &[d(1.0), d(1.0), d(1.0)]),
            "1.00000 1.e+00 1."
        );
        assert_eq!(
            f("%.60f", &[d(0.1)]),
            "0.100000000000000005551115123125782702118158340454101562500000"
        );
        assert_eq!(
            f("%010.2f|%-10.2f|%+.1e", &[d(-1.5), d(1.5), d(12345.0)]),
            "-000001.50|1.50      |+1.2e+04"
        );
        assert_eq!(
            f(
                "%5f|%-6F|%05e",
                &[d(f64::INFINITY), d(f64::NAN), d(-f64::NAN)]
            ),
            "  inf|NAN   | -nan"
        );
        assert_eq!(f("%f", &[d(1e308)]).len(), 309 + 7);
        assert_eq!(f("%Lf", &[d(2.5)]), "2.500000");
    }

    #[test]
    fn hex_floats() {
        assert_eq!(
            f("%a %A %a", &[d(1.0), d(-3.0), d(0.0)]),
            "0x1p+0 -0X1.8P+1 0x0p+0"
        );
        assert_eq!(f("%a", &[d(f64::from_bits(1))]), "0x0.0000000000001p-1022");
        assert_eq!(
            f("%.0a %.0a %.1a", &[d(1.5), d(2.5), d(1.96875)]),
            "0x2p+0 0x1p+1 0x2.0p+0"
        );
        assert_eq!(
            f("%.3a|%#a|%012a|%-12a|", &[d(1.0), d(1.0), d(1.0), d(1.0)]),
            "0x1.000p+0|0x1.p+0|0x0000001p+0|0x1p+0      |"
        );
        assert_eq!(f("%.1a", &[d(1.0 + 9.0 / 16.0 + 1.0 / 32.0)]), "0x1.ap+0");
    }

    #[test]
    fn positional_and_unknown() {
        assert_eq!(f("%2$d %1$d", &[1, 2]), "2 1");
        assert_eq!(f("%2$d %d", &[1, 2]), "2 1");
        assert_eq!(f("%y|%-05.3y|%ly", &[]), "%y|%-5.3y|%y");
        assert_eq!(f("%*d|%-*d", &[3, 1, (-3i64) as u64, 2]), "  1|2  ");
        assert_eq!(f("%1$*2$d|", &[7, 4]), "   7|");
        // After switching to positional interpretation, `L` no longer means
        // long long and a negative `*` width keeps the zero padding.
        assert_eq!(f("%1$Ld", &[0x1_0000_0005]), "5");
        assert_eq!(f("%Ld", &[0x1_0000_0005]), "4294967301");
        assert_eq!(f("%1$0*2$.1f|", &[d(1.0), (-6i64) as u64]), "1.0000|");
        assert_eq!(f("%0*.1f|", &[(-6i64) as u64, d(1.0)]), "1.0   |");
        assert_eq!(f("%1$d %", &[1]), "1 %");
    }

    /// Any format with any arguments: no panic, output within the limit,
    /// and `%s` never reads past its precision.
    mod no_panic {
        use super::*;
        use proptest::prelude::*;

        struct Anything {
            slots: Vec<u64>,
            next: usize,
        }

        impl FormatArgs for Anything {
            type Error = ();
            fn next_slot(&mut self) -> Result<u64, ()> {
                self.next += 1;
                self.slots.get(self.next - 1).copied().ok_or(())
            }
            fn string(&mut self, addr: u64, max: Option<usize>) -> Result<Vec<u8>, ()> {
                let len = (addr % 300) as usize;
                Ok(vec![b'x'; max.map_or(len, |m| m.min(len))])
            }
            fn wide_string(&mut self, addr: u64, max: Option<usize>) -> Result<Vec<u32>, ()> {
                let len = (addr % 30) as usize;
                Ok(vec![addr as u32 & 0xff; max.map_or(len, |m| m.min(len))])
            }
            fn store(&mut self, _: u64, _: i64, width: u8) -> Result<(), ()> {
                assert!(matches!(width, 1 | 2 | 4 | 8));
                Ok(())
            }
        }

        proptest! {
            #![proptest_config(ProptestConfig { cases: 3000, failure_persistence: None, ..ProptestConfig::default() })]

            #[test]
            fn any_bytes(
                fmt in proptest::collection::vec(prop::sample::select(b"%%%%*$.0123456789-+ #'IhlLqjzZtdiouxXbBcCsSpnmeEfFgGaAy\0".to_vec()), 0..40),
                slots in proptest::collection::vec(prop_oneof![any::<u64>(), 0u64..20, (-20i64..20).prop_map(|v| v as u64)], 0..10),
            ) {
                let mut out = Vec::new();
                let _ = format(&fmt, &mut Anything { slots, next: 0 }, &mut out);
                prop_assert!(out.len() <= MAX_OUTPUT);
            }
        }
    }

    #[test]
    fn errors_and_limits() {
        assert_eq!(err("%", &[]), FormatError::Incomplete);
        assert_eq!(err("%5l", &[]), FormatError::Incomplete);
        assert_eq!(err("%99999999999d", &[1]), FormatError::Overflow);
        assert_eq!(err("%d", &[]), FormatError::Args("no more arguments"));
        assert_eq!(err("%999999999d", &[1]), FormatError::Limit);
        assert_eq!(err("%.999999999f", &[d(1.0)]), FormatError::Limit);
        assert_eq!(err("%70000$d", &[]), FormatError::Limit);
        // Positional interpretation ignores an overflowing width.
        assert_eq!(f("%1$99999999999d", &[3]), "3");
        assert_eq!(f("%.999999999g", &[d(0.5)]), "0.5");
    }
}
