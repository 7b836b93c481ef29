//! The `scanf` engine: reads input as glibc 2.36's `__isoc99_*scanf` does in
//! the C locale, storing through pointers taken from voxvm variadic slots.
//!
//! Input comes from a [`ScanInput`], which yields bytes and takes back one;
//! [`SliceInput`] serves `sscanf`, a stream type serves `fscanf`. glibc never
//! needs more than one byte of pushback in the C locale, so nothing is lost to
//! that limit: what is consumed matches glibc exactly, including its
//! departures from the letter of C where a conversion reads a prefix that is
//! not a number (`"1e"` for `%f` consumes both bytes and stores 1.0; `"0x"`
//! for `%x` consumes both and stores 0; a failed `"nax"` for `%f` consumes all
//! three). Like glibc, once a read has hit the end of input, later
//! conversions don't try to read again.
//!
//! Conversions: `d i u o x X p` (`%i` with `0x` and `0` prefixes; `%p` also
//! reads `(nil)`), `a A e E f F g G` (decimal, hexadecimal, `inf`,
//! `infinity`, `nan`), `c s [` (`[^...]`, `]` first, ranges) and their wide
//! forms `lc C ls S l[` (C locale: only ASCII converts), `n` and `%`, with
//! `*`, widths, `%n$` and length modifiers `hh h l ll q L j z t`. `L` stores
//! a `double`, since `long double` is `double` in voxcc.
//!
//! Differences from glibc: the `m` (allocate) modifier is not supported, so
//! `%ms`, `%mc` and `%m[` fail as a matching failure does; an argument number
//! above 65536 is a matching failure (glibc walks the `va_list` that far);
//! and for `%l[`, where glibc leaves the `wchar_t` of a non-ASCII input byte
//! unwritten (a glibc bug), we store the byte's value.

use super::num::{is_space, strtod, strtof, strtol, strtoul};

/// Bytes to scan, with one byte of pushback.
pub trait ScanInput {
    /// The next byte, or `None` at the end of input (or on a read error,
    /// which `scanf` treats the same way).
    fn next_byte(&mut self) -> Option<u8>;
    /// Pushes back `byte`, the last byte returned; the engine never pushes
    /// back two bytes without reading in between.
    fn unget(&mut self, byte: u8);
}

/// `sscanf` input: a byte string that ends at the slice's end or its first
/// NUL.
#[derive(Clone, Debug)]
pub struct SliceInput<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> SliceInput<'a> {
    /// Input reading `bytes`.
    pub fn new(bytes: &'a [u8]) -> SliceInput<'a> {
        SliceInput { bytes, pos: 0 }
    }

    /// Bytes consumed so far.
    pub fn position(&self) -> usize {
        self.pos
    }
}

impl ScanInput for SliceInput<'_> {
    fn next_byte(&mut self) -> Option<u8> {
        match self.bytes.get(self.pos) {
            Some(&b) if b != 0 => {
                self.pos += 1;
                Some(b)
            }
            _ => None,
        }
    }

    fn unget(&mut self, _byte: u8) {
        self.pos -= 1;
    }
}

/// A value `scanf` stores.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ScanValue<'a> {
    /// An integer of `size` bytes (1, 2, 4 or 8): store the low `size` bytes
    /// of `value`.
    Int {
        /// The value; two's complement for signed conversions.
        value: u64,
        /// Bytes to store.
        size: u8,
    },
    /// A `float`.
    F32(f32),
    /// A `double` (also `long double`).
    F64(f64),
    /// Bytes of a `%c`, `%s` or `%[` conversion, stored at the address given
    /// (conversions store long inputs in several consecutive pieces; the
    /// terminating NUL of `%s` and `%[` is part of the last piece).
    Bytes(&'a [u8]),
    /// `wchar_t`s (32-bit) of a `%lc`, `%ls` or `%l[` conversion, in pieces
    /// as for `Bytes`.
    Wide(&'a [u32]),
}

/// Where the pointers of a `scanf` call come from and how values are stored.
pub trait ScanArgs {
    /// Error of argument access or of a store (e.g. a VM memory fault).
    type Error;
    /// The next 8-byte variadic slot (a pointer).
    fn next_slot(&mut self) -> Result<u64, Self::Error>;
    /// Stores `value` at `addr`.
    fn store(&mut self, addr: u64, value: ScanValue<'_>) -> Result<(), Self::Error>;
}

/// Highest `%n$` argument number honoured.
const MAX_ARGS: u64 = 1 << 16;

/// Bytes (or wide characters) a string conversion buffers before storing.
const CHUNK: usize = 4096;

const EOF: i32 = -1;

/// Scans `input` by `fmt` (up to its first NUL, if any), storing through the
/// pointers in `args`. Returns what glibc's `scanf` returns: the number of
/// assignments, or -1 (`EOF`) if input ended before the first conversion
/// that assigns (glibc counts only assigning conversions, so `%*d` before the
/// failure still gives -1).
pub fn scan<I: ScanInput + ?Sized, A: ScanArgs>(
    input: &mut I,
    fmt: &[u8],
    args: &mut A,
) -> Result<i32, A::Error> {
    let fmt = match fmt.iter().position(|&c| c == 0) {
        Some(n) => &fmt[..n],
        None => fmt,
    };
    let mut s = Scanner {
        input,
        args,
        c: 0,
        read_in: 0,
        done: 0,
        slots: Vec::new(),
        seq: 0,
    };
    s.run(fmt)?;
    Ok(s.done)
}

/// How a directive ended early.
enum Stop {
    /// glibc's `input_error`: EOF before anything; -1 if nothing assigned.
    Input,
    /// glibc's `conv_error` (and `encode_error`): the count so far.
    Conv,
}

/// Outcome of one directive: `Ok(Ok(()))` to go on, `Ok(Err(stop))` to stop
/// scanning, `Err` for an argument error.
type Step<E> = Result<Result<(), Stop>, E>;

// Flags, as in glibc.
const LONG: u32 = 0x0001;
const LONGDBL: u32 = 0x0002;
const SHORT: u32 = 0x0004;
const SUPPRESS: u32 = 0x0008;
const NUMBER_SIGNED: u32 = 0x0040;
const CHAR: u32 = 0x0200;
const READ_POINTER: u32 = 0x1000;
const MALLOC: u32 = 0x2000;

struct Scanner<'a, I: ?Sized, A> {
    input: &'a mut I,
    args: &'a mut A,
    /// The last byte read, or `EOF`: glibc's `c`, which also makes a read
    /// after the end of input return `EOF` without asking again.
    c: i32,
    /// Bytes consumed (for `%n`).
    read_in: usize,
    done: i32,
    slots: Vec<u64>,
    seq: usize,
}

/// The format parse state of one conversion.
struct Conv {
    flags: u32,
    /// -1 for no limit.
    width: i64,
    argpos: u64,
}

macro_rules! stop {
    ($e:expr) => {
        return Ok(Err($e))
    };
}

/// Unwraps a `Step`, returning from the enclosing directive when it stops.
macro_rules! step {
    ($e:expr) => {
        match $e? {
            Ok(v) => v,
            Err(stop) => return Ok(Err(stop)),
        }
    };
}

impl<I: ScanInput + ?Sized, A: ScanArgs> Scanner<'_, I, A> {
    fn inchar(&mut self) -> i32 {
        if self.c == EOF {
            return EOF;
        }
        self.c = match self.input.next_byte() {
            Some(b) => {
                self.read_in += 1;
                i32::from(b)
            }
            None => EOF,
        };
        self.c
    }

    fn ungetc(&mut self, c: i32) {
        if c != EOF {
            self.read_in -= 1;
            self.input.unget(c as u8);
        }
    }

    fn run(&mut self, fmt: &[u8]) -> Result<(), A::Error> {
        let mut f = 0;
        let mut skip_space = false;
        while f < fmt.len() {
            let stop = self.directive(fmt, &mut f, &mut skip_space)?;
            match stop {
                Ok(()) => {}
                Err(Stop::Input) => {
                    if self.done == 0 {
                        self.done = EOF;
                    }
                    return Ok(());
                }
                Err(Stop::Conv) => return Ok(()),
            }
        }
        // White space at the end of the format eats white space.
        if skip_space {
            while is_space_c(self.inchar()) {}
            self.ungetc(self.c);
        }
        Ok(())
    }

    /// Pointer argument `argpos` (1-based), or the next one when 0.
    fn arg(&mut self, argpos: u64) -> Result<u64, A::Error> {
        let i = if argpos == 0 {
            self.seq += 1;
            self.seq - 1
        } else {
            argpos as usize - 1
        };
        while self.slots.len() <= i {
            let v = self.args.next_slot()?;
            self.slots.push(v);
        }
        Ok(self.slots[i])
    }

    /// One literal byte, white space or conversion of the format.
    fn directive(&mut self, fmt: &[u8], f: &mut usize, skip_space: &mut bool) -> Step<A::Error> {
        let at = |i: usize| fmt.get(i).copied().unwrap_or(0);
        let fc = fmt[*f];
        *f += 1;
        if fc != b'%' {
            if is_space(fc) {
                *skip_space = true;
                return Ok(Ok(()));
            }
            let mut c = self.inchar();
            if c == EOF {
                stop!(Stop::Input);
            }
            if *skip_space {
                while is_space_c(c) {
                    c = self.inchar();
                    if c == EOF {
                        stop!(Stop::Input);
                    }
                }
                *skip_space = false;
            }
            if c != i32::from(fc) {
                self.ungetc(c);
                stop!(Stop::Conv);
            }
            return Ok(Ok(()));
        }
        let mut conv = Conv {
            flags: 0,
            width: 0,
            argpos: 0,
        };
        let mut have_width = false;
        if at(*f).is_ascii_digit() {
            let (n, j) = read_int(fmt, *f);
            *f = j;
            if at(*f) == b'$' {
                *f += 1;
                // -1 (overflow) is UINT_MAX for glibc.
                conv.argpos = if n < 0 { u64::from(u32::MAX) } else { n as u64 };
            } else {
                conv.width = n;
                have_width = true;
            }
        }
        if !have_width {
            loop {
                match at(*f) {
                    b'*' => conv.flags |= SUPPRESS,
                    // Grouping and locale digits do nothing in the C locale.
                    b'\'' | b'I' => {}
                    _ => break,
                }
                *f += 1;
            }
            if at(*f).is_ascii_digit() {
                let (n, j) = read_int(fmt, *f);
                *f = j;
                conv.width = n;
            }
        }
        if conv.width == 0 {
            conv.width = -1;
        }
        match at(*f) {
            b'h' => {
                *f += 1;
                if at(*f) == b'h' {
                    *f += 1;
                    conv.flags |= CHAR;
                } else {
                    conv.flags |= SHORT;
                }
            }
            b'l' => {
                *f += 1;
                if at(*f) == b'l' {
                    *f += 1;
                    conv.flags |= LONGDBL | LONG;
                } else {
                    conv.flags |= LONG;
                }
            }
            b'q' | b'L' => {
                *f += 1;
                conv.flags |= LONGDBL | LONG;
            }
            b'm' => {
                *f += 1;
                conv.flags |= MALLOC;
                if at(*f) == b'l' {
                    *f += 1;
                    conv.flags |= LONG;
                }
            }
            b'z' | b'j' | b't' => {
                *f += 1;
                conv.flags |= LONG;
            }
            // `a` is a conversion for __isoc99_scanf, never the GNU flag.
            _ => {}
        }
        if at(*f) == 0 {
            stop!(Stop::Conv);
        }
        if conv.argpos > MAX_ARGS {
            stop!(Stop::Conv);
        }
        let fc = at(*f);
        *f += 1;
        if *skip_space || !matches!(fc, b'[' | b'c' | b'C' | b'n') {
            if self.c != EOF {
                while is_space_c(self.inchar()) {}
            }
            self.ungetc(self.c);
            *skip_space = false;
        }
        let wide = conv.flags & LONG != 0;
        match fc {
            b'%' => {
                let c = self.inchar();
                if c == EOF {
                    stop!(Stop::Input);
                }
                if c != i32::from(b'%') {
                    self.ungetc(c);
                    stop!(Stop::Conv);
                }
                Ok(Ok(()))
            }
            b'n' => {
                if conv.flags & SUPPRESS == 0 {
                    let size = int_size(conv.flags);
                    let addr = self.arg(conv.argpos)?;
                    let value = self.read_in as u64;
                    self.args.store(addr, ScanValue::Int { value, size })?;
                }
                Ok(Ok(()))
            }
            b'c' if !wide => self.chars(&mut conv, false),
            b'c' | b'C' => self.chars(&mut conv, true),
            b's' if !wide => self.string(&mut conv, false),
            b's' | b'S' => self.string(&mut conv, true),
            b'x' | b'X' => self.number(&mut conv, 16),
            b'o' => self.number(&mut conv, 8),
            b'u' => self.number(&mut conv, 10),
            b'd' => {
                conv.flags |= NUMBER_SIGNED;
                self.number(&mut conv, 10)
            }
            b'i' => {
                conv.flags |= NUMBER_SIGNED;
                self.number(&mut conv, 0)
            }
            b'p' => {
                conv.flags &= !(SHORT | LONGDBL);
                conv.flags |= LONG | READ_POINTER;
                self.number(&mut conv, 16)
            }
            b'e' | b'E' | b'f' | b'F' | b'g' | b'G' | b'a' | b'A' => self.float(&mut conv),
            b'[' => self.scanset(fmt, f, &mut conv),
            _ => stop!(Stop::Conv),
        }
    }

    /// glibc's `STRING_ARG`: the destination of a string conversion, or
    /// `None` when suppressed; a null pointer fails the conversion.
    fn dest(&mut self, conv: &Conv, wide: bool) -> Result<Result<Option<Sink>, Stop>, A::Error> {
        if conv.flags & SUPPRESS != 0 {
            return Ok(Ok(None));
        }
        if conv.flags & MALLOC != 0 {
            // Unsupported: needs an allocator in the VM.
            stop!(Stop::Conv);
        }
        let addr = self.arg(conv.argpos)?;
        if addr == 0 {
            stop!(Stop::Conv);
        }
        Ok(Ok(Some(Sink::new(addr, wide))))
    }

    /// Stores `c` (a byte read, not EOF) into `sink`; in wide mode it must
    /// convert in the C locale (ASCII other than NUL), else the scan stops
    /// with what was stored so far.
    fn put(&mut self, sink: &mut Option<Sink>, c: i32, wide: bool) -> Step<A::Error> {
        if wide && !(1..=0x7f).contains(&c) {
            if let Some(s) = sink {
                s.flush(self.args)?;
            }
            stop!(Stop::Conv);
        }
        if let Some(s) = sink {
            s.push(self.args, c as u8)?;
        }
        Ok(Ok(()))
    }

    fn chars(&mut self, conv: &mut Conv, wide: bool) -> Step<A::Error> {
        if conv.width == -1 {
            conv.width = 1;
        }
        let mut sink = step!(self.dest(conv, wide));
        let mut c = self.inchar();
        if c == EOF {
            stop!(Stop::Input);
        }
        loop {
            step!(self.put(&mut sink, c, wide));
            conv.width -= 1;
            if conv.width <= 0 {
                break;
            }
            c = self.inchar();
            if c == EOF {
                break;
            }
        }
        self.finish(sink, false)
    }

    /// Flushes a string conversion's sink (with a terminator if `nul`) and
    /// counts the assignment.
    fn finish(&mut self, sink: Option<Sink>, nul: bool) -> Step<A::Error> {
        if let Some(mut s) = sink {
            if nul {
                s.push(self.args, 0)?;
            }
            s.flush(self.args)?;
            self.done += 1;
        }
        Ok(Ok(()))
    }

    fn string(&mut self, conv: &mut Conv, wide: bool) -> Step<A::Error> {
        let mut sink = step!(self.dest(conv, wide));
        let mut c = self.inchar();
        if c == EOF {
            stop!(Stop::Input);
        }
        loop {
            if is_space_c(c) {
                self.ungetc(c);
                break;
            }
            step!(self.put(&mut sink, c, wide));
            if conv.width > 0 {
                conv.width -= 1;
                if conv.width == 0 {
                    break;
                }
            }
            c = self.inchar();
            if c == EOF {
                break;
            }
        }
        self.finish(sink, true)
    }

    fn scanset(&mut self, fmt: &[u8], f: &mut usize, conv: &mut Conv) -> Step<A::Error> {
        let at = |i: usize| fmt.get(i).copied().unwrap_or(0);
        let wide = conv.flags & LONG != 0;
        let mut sink = step!(self.dest(conv, false));
        if let Some(s) = &mut sink {
            s.wide = wide;
        }
        let mut not_in = false;
        if at(*f) == b'^' {
            *f += 1;
            not_in = true;
        }
        let mut table = [false; 256];
        let first = at(*f);
        if first == b']' || first == b'-' {
            table[usize::from(first)] = true;
            *f += 1;
        }
        loop {
            let fc = at(*f);
            *f += 1;
            if fc == 0 {
                stop!(Stop::Conv);
            }
            if fc == b']' {
                break;
            }
            let next = at(*f);
            let before = fmt[*f - 2];
            if fc == b'-' && next != 0 && next != b']' && before <= next {
                // From the byte before '-' up to, not including, the next
                // one, which the next round adds.
                for ch in before..next {
                    table[usize::from(ch)] = true;
                }
            } else {
                table[usize::from(fc)] = true;
            }
        }
        let now = self.read_in;
        let mut c = self.inchar();
        if c == EOF {
            stop!(Stop::Input);
        }
        loop {
            if table[c as usize] == not_in {
                self.ungetc(c);
                break;
            }
            // A non-ASCII byte is stored as its value in wide mode (see the
            // module doc).
            if let Some(s) = &mut sink {
                s.push(self.args, c as u8)?;
            }
            if conv.width > 0 {
                conv.width -= 1;
                if conv.width == 0 {
                    break;
                }
            }
            c = self.inchar();
            if c == EOF {
                break;
            }
        }
        if now == self.read_in {
            stop!(Stop::Conv);
        }
        self.finish(sink, true)
    }

    fn number(&mut self, conv: &mut Conv, mut base: u32) -> Step<A::Error> {
        let mut buf = Vec::new();
        let mut c = self.inchar();
        if c == EOF {
            stop!(Stop::Input);
        }
        let width = &mut conv.width;
        if c == i32::from(b'-') || c == i32::from(b'+') {
            buf.push(c as u8);
            if *width > 0 {
                *width -= 1;
            }
            c = self.inchar();
        }
        if *width != 0 && c == i32::from(b'0') {
            if *width > 0 {
                *width -= 1;
            }
            buf.push(b'0');
            c = self.inchar();
            if *width != 0 && lower(c) == i32::from(b'x') {
                if base == 0 {
                    base = 16;
                }
                if base == 16 {
                    if *width > 0 {
                        *width -= 1;
                    }
                    c = self.inchar();
                }
            } else if base == 0 {
                base = 8;
            }
        }
        if base == 0 {
            base = 10;
        }
        while c != EOF && *width != 0 {
            let ok = if base == 16 {
                (c as u8).is_ascii_hexdigit()
            } else {
                (c as u8).is_ascii_digit() && (c - i32::from(b'0')) < base as i32
            };
            if !ok {
                break;
            }
            buf.push(c as u8);
            if *width > 0 {
                *width -= 1;
            }
            c = self.inchar();
        }
        if buf.is_empty() || (buf.len() == 1 && matches!(buf[0], b'+' | b'-')) {
            let nil = buf.is_empty()
                && conv.flags & READ_POINTER != 0
                && (*width < 0 || *width >= 5)
                && c == i32::from(b'(')
                && lower(self.inchar()) == i32::from(b'n')
                && lower(self.inchar()) == i32::from(b'i')
                && lower(self.inchar()) == i32::from(b'l')
                && self.inchar() == i32::from(b')');
            if nil {
                buf.push(b'0');
            } else {
                self.ungetc(self.c);
                stop!(Stop::Conv);
            }
        } else {
            self.ungetc(c);
        }
        let signed = conv.flags & NUMBER_SIGNED != 0;
        let (value, consumed) = if signed {
            strtol(&buf, base as i32).map_or((0, 0), |p| (p.value as u64, p.consumed))
        } else {
            strtoul(&buf, base as i32).map_or((0, 0), |p| (p.value, p.consumed))
        };
        if consumed == 0 {
            stop!(Stop::Conv);
        }
        if conv.flags & SUPPRESS == 0 {
            let size = int_size(conv.flags);
            let addr = self.arg(conv.argpos)?;
            self.args.store(addr, ScanValue::Int { value, size })?;
            self.done += 1;
        }
        Ok(Ok(()))
    }

    fn float(&mut self, conv: &mut Conv) -> Step<A::Error> {
        let mut buf = Vec::new();
        let width = &mut conv.width;
        let mut c = self.inchar();
        if *width > 0 {
            *width -= 1;
        }
        if c == EOF {
            stop!(Stop::Input);
        }
        let mut got_sign = false;
        if c == i32::from(b'-') || c == i32::from(b'+') {
            got_sign = true;
            buf.push(c as u8);
            if *width == 0 {
                stop!(Stop::Conv);
            }
            c = self.inchar();
            if c == EOF {
                stop!(Stop::Conv);
            }
            if *width > 0 {
                *width -= 1;
            }
        }
        // Reads one more letter of "nan" or "infinity" and appends it, or
        // fails the conversion (the mismatching byte stays consumed).
        macro_rules! expect {
            ($letter:expr) => {
                if *width == 0 {
                    stop!(Stop::Conv);
                }
                c = self.inchar();
                if c == EOF || lower(c) != i32::from($letter) {
                    stop!(Stop::Conv);
                }
                if *width > 0 {
                    *width -= 1;
                }
                buf.push(c as u8);
            };
        }
        let special = if lower(c) == i32::from(b'n') {
            buf.push(c as u8);
            expect!(b'a');
            expect!(b'n');
            true
        } else if lower(c) == i32::from(b'i') {
            buf.push(c as u8);
            expect!(b'n');
            expect!(b'f');
            if *width != 0 && self.inchar() != EOF {
                c = self.c;
                if lower(c) == i32::from(b'i') {
                    if *width > 0 {
                        *width -= 1;
                    }
                    buf.push(c as u8);
                    expect!(b'n');
                    expect!(b'i');
                    expect!(b't');
                    expect!(b'y');
                } else {
                    self.ungetc(c);
                }
            }
            true
        } else {
            false
        };
        if !special {
            let mut exp_char = b'e';
            let mut hexa = false;
            let (mut got_digit, mut got_dot, mut got_e) = (false, false, false);
            if *width != 0 && c == i32::from(b'0') {
                buf.push(b'0');
                c = self.inchar();
                if *width > 0 {
                    *width -= 1;
                }
                if *width != 0 && lower(c) == i32::from(b'x') {
                    buf.push(c as u8);
                    hexa = true;
                    exp_char = b'p';
                    c = self.inchar();
                    if *width > 0 {
                        *width -= 1;
                    }
                } else {
                    got_digit = true;
                }
            }
            loop {
                let b = c as u8;
                // Hex digits count only before the exponent.
                if c != EOF && (b.is_ascii_digit() || (!got_e && hexa && b.is_ascii_hexdigit())) {
                    buf.push(b);
                    got_digit = true;
                } else if c != EOF
                    && got_e
                    && buf.last() == Some(&exp_char)
                    && (b == b'-' || b == b'+')
                {
                    buf.push(b);
                } else if got_digit && !got_e && lower(c) == i32::from(exp_char) {
                    buf.push(exp_char);
                    got_e = true;
                    got_dot = true;
                } else if !got_dot && c == i32::from(b'.') {
                    buf.push(b'.');
                    got_dot = true;
                } else {
                    self.ungetc(c);
                    break;
                }
                if *width == 0 {
                    break;
                }
                c = self.inchar();
                if c == EOF {
                    break;
                }
                if *width > 0 {
                    *width -= 1;
                }
            }
            let sign = usize::from(got_sign);
            if buf.len() == sign || (hexa && buf.len() == 2 + sign) {
                stop!(Stop::Conv);
            }
        }
        let (value, consumed) = if conv.flags & (LONG | LONGDBL) != 0 {
            let p = strtod(&buf);
            (ScanValue::F64(p.value), p.consumed)
        } else {
            let p = strtof(&buf);
            (ScanValue::F32(p.value), p.consumed)
        };
        if consumed == 0 {
            stop!(Stop::Conv);
        }
        if conv.flags & SUPPRESS == 0 {
            let addr = self.arg(conv.argpos)?;
            self.args.store(addr, value)?;
            self.done += 1;
        }
        Ok(Ok(()))
    }
}

/// The integer size a conversion's flags select (LP64).
fn int_size(flags: u32) -> u8 {
    if flags & LONG != 0 {
        8
    } else if flags & SHORT != 0 {
        2
    } else if flags & CHAR == 0 {
        4
    } else {
        1
    }
}

fn is_space_c(c: i32) -> bool {
    c != EOF && is_space(c as u8)
}

fn lower(c: i32) -> i32 {
    if c == EOF {
        EOF
    } else {
        i32::from((c as u8).to_ascii_lowercase())
    }
}

/// glibc's `read_int`: -1 when above `INT_MAX`.
fn read_int(fmt: &[u8], mut i: usize) -> (i64, usize) {
    let mut v: i64 = 0;
    while let Some(d) = fmt.get(i).filter(|c| c.is_ascii_digit()) {
        if v >= 0 {
            v = v * 10 + i64::from(d - b'0');
            if v > i64::from(i32::MAX) {
                v = -1;
            }
        }
        i += 1;
    }
    (v, i)
}

/// Buffers a string conversion's output and stores it in pieces.
struct Sink {
    addr: u64,
    wide: bool,
    bytes: Vec<u8>,
    /// Elements stored so far.
    stored: u64,
}

impl Sink {
    fn new(addr: u64, wide: bool) -> Sink {
        Sink {
            addr,
            wide,
            bytes: Vec::new(),
            stored: 0,
        }
    }

    fn push<A: ScanArgs>(&mut self, args: &mut A, b: u8) -> Result<(), A::Error> {
        self.bytes.push(b);
        if self.bytes.len() == CHUNK {
            self.flush(args)?;
        }
        Ok(())
    }

    fn flush<A: ScanArgs>(&mut self, args: &mut A) -> Result<(), A::Error> {
        if self.bytes.is_empty() {
            return Ok(());
        }
        let n = self.bytes.len() as u64;
        if self.wide {
            let w: Vec<u32> = self.bytes.iter().map(|&b| u32::from(b)).collect();
            args.store(self.addr.wrapping_add(4 * self.stored), ScanValue::Wide(&w))?;
        } else {
            args.store(
                self.addr.wrapping_add(self.stored),
                ScanValue::Bytes(&self.bytes),
            )?;
        }
        self.stored += n;
        self.bytes.clear();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Pointer slots 1, 2, 3... and a record of the stores.
    #[derive(Default)]
    struct Rec {
        next: u64,
        stores: Vec<(u64, String)>,
    }

    impl ScanArgs for Rec {
        type Error = ();
        fn next_slot(&mut self) -> Result<u64, ()> {
            self.next += 1;
            Ok(self.next * 0x100)
        }
        fn store(&mut self, addr: u64, value: ScanValue<'_>) -> Result<(), ()> {
            let text = match value {
                ScanValue::Int { value, size } => format!("i{size}:{}", value as i64),
                ScanValue::F32(v) => format!("f:{v:?}"),
                ScanValue::F64(v) => format!("d:{v:?}"),
                ScanValue::Bytes(b) => format!("s:{}", String::from_utf8_lossy(b)),
                ScanValue::Wide(w) => format!("w:{w:?}"),
            };
            self.stores.push((addr, text));
            Ok(())
        }
    }

    fn sc(input: &str, fmt: &str) -> (i32, Vec<String>, usize) {
        let mut inp = SliceInput::new(input.as_bytes());
        let mut rec = Rec::default();
        let n = scan(&mut inp, fmt.as_bytes(), &mut rec).unwrap();
        (
            n,
            rec.stores.into_iter().map(|(_, s)| s).collect(),
            inp.position(),
        )
    }

    #[test]
    fn integers() {
        assert_eq!(
            sc(" 42 -7", "%d%hd"),
            (2, vec!["i4:42".into(), "i2:-7".into()], 6)
        );
        assert_eq!(
            sc("0x1f 017 9", "%i %i %i"),
            (3, vec!["i4:31".into(), "i4:15".into(), "i4:9".into()], 10)
        );
        assert_eq!(sc("0xg", "%x"), (1, vec!["i4:0".into()], 2));
        assert_eq!(sc("-1", "%u"), (1, vec!["i4:-1".into()], 2));
        assert_eq!(sc("+", "%d"), (0, vec![], 1));
        assert_eq!(sc("(nil)", "%p"), (1, vec!["i8:0".into()], 5));
        assert_eq!(
            sc("12345", "%3d%d"),
            (2, vec!["i4:123".into(), "i4:45".into()], 5)
        );
    }

    #[test]
    fn floats() {
        assert_eq!(sc("1e", "%f"), (1, vec!["f:1.0".into()], 2));
        assert_eq!(sc("1.5e+3x", "%lf"), (1, vec!["d:1500.0".into()], 6));
        assert_eq!(sc("0x1p3", "%Lf"), (1, vec!["d:8.0".into()], 5));
        assert_eq!(sc("nax", "%f"), (0, vec![], 3));
        assert_eq!(sc("infinite", "%f"), (0, vec![], 8));
        assert_eq!(sc("inf", "%f"), (1, vec!["f:inf".into()], 3));
        assert_eq!(sc(".", "%f"), (0, vec![], 1));
        assert_eq!(sc("0x", "%f"), (0, vec![], 2));
    }

    #[test]
    fn strings_and_sets() {
        assert_eq!(
            sc("  ab cd", "%s%2c"),
            (2, vec!["s:ab\0".into(), "s: c".into()], 6)
        );
        assert_eq!(sc("]a-b", "%[]a-]"), (1, vec!["s:]a-\0".into()], 3));
        assert_eq!(
            sc("abc,d", "%[^,],%s"),
            (2, vec!["s:abc\0".into(), "s:d\0".into()], 5)
        );
        assert_eq!(sc("x", "%[a-c]"), (0, vec![], 0));
        assert_eq!(sc("ab", "%lc"), (1, vec!["w:[97]".into()], 1));
    }

    #[test]
    fn counts_and_eof() {
        assert_eq!(sc("", "%d"), (-1, vec![], 0));
        assert_eq!(sc("   ", " %d"), (-1, vec![], 3));
        assert_eq!(sc("1", "%*d%d"), (-1, vec![], 1));
        assert_eq!(sc("1 x", "%d %d"), (1, vec!["i4:1".into()], 2));
        assert_eq!(
            sc("12 34", "%d%n %n%2$d"),
            (
                2,
                vec!["i4:12".into(), "i4:2".into(), "i4:3".into(), "i4:34".into()],
                5
            )
        );
        assert_eq!(sc("5%", "%d%%"), (1, vec!["i4:5".into()], 2));
        assert_eq!(sc("ab", "%ms"), (0, vec![], 0));
        assert_eq!(sc("abc  ", "abc "), (0, vec![], 5));
    }

    /// Any format and input: no panic, and the count is -1..=conversions.
    mod no_panic {
        use super::*;
        use proptest::prelude::*;

        struct Anything;

        impl ScanArgs for Anything {
            type Error = ();
            fn next_slot(&mut self) -> Result<u64, ()> {
                Ok(u64::MAX - 3)
            }
            fn store(&mut self, _: u64, _: ScanValue<'_>) -> Result<(), ()> {
                Ok(())
            }
        }

        proptest! {
            #![proptest_config(ProptestConfig { cases: 3000, failure_persistence: None, ..ProptestConfig::default() })]

            #[test]
            fn any_bytes(
                fmt in proptest::collection::vec(prop::sample::select(b"%%%*$0123456789hlLqjztm[]^-cCsSdiouxXpnaefgAEFG %,.x\0\xff".to_vec()), 0..30),
                input in proptest::collection::vec(any::<u8>(), 0..40),
            ) {
                let mut inp = SliceInput::new(&input);
                let n = scan(&mut inp, &fmt, &mut Anything).unwrap();
                prop_assert!(n >= -1 && n <= fmt.len() as i32);
            }
        }
    }

    /// A stream that reports the end of input once, then has more: like
    /// glibc, one call does not read past an end it has seen.
    #[test]
    fn end_of_input_is_sticky_within_a_call() {
        struct Gappy(Vec<Option<u8>>, usize);
        impl ScanInput for Gappy {
            fn next_byte(&mut self) -> Option<u8> {
                self.1 += 1;
                self.0.get(self.1 - 1).copied().flatten()
            }
            fn unget(&mut self, _: u8) {
                self.1 -= 1;
            }
        }
        let mut input = Gappy(vec![Some(b'1'), None, Some(b'2')], 0);
        let mut rec = Rec::default();
        assert_eq!(scan(&mut input, b"%d %d", &mut rec).unwrap(), 1);
        assert_eq!(input.1, 2);
        // A new call reads on.
        assert_eq!(scan(&mut input, b"%d", &mut rec).unwrap(), 1);
        assert_eq!(rec.stores.last().unwrap().1, "i4:2");
    }

    #[test]
    fn long_strings_store_in_pieces() {
        let input = "x".repeat(CHUNK + 10);
        let (n, stores, _) = sc(&input, "%s");
        assert_eq!(n, 1);
        assert_eq!(stores.len(), 2);
        assert_eq!(stores[1].len(), 2 + 10 + 1);
    }
}
