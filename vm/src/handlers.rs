//! Instruction semantics: the hand-written half of the ISA. Each method fills one
//! slot of the generated [`Handler`] trait; the macros below only save typing for
//! families whose variants differ in nothing but the type.

use crate::isa::{DataRef, FuncRef, Handler, ImportRef, Label, Reg, RegHandler};
use crate::machine::{trap, Break, Regs, Vm};
use crate::memory::{Memory, DATA_BASE};
use crate::trap::Trap;
use std::io::Write;

/// `dst = f(a, b)` handlers and, where a second name follows, the
/// `dst = f(a, imm)` handler of the same operation (`add`, `addi`...).
macro_rules! binop {
    ($($name:ident $(, $imm:ident)?: $t:ty = |$a:ident, $b:ident| $e:expr;)*) => {$(
        #[inline(always)]
        fn $name(&mut self, dst: Reg, a: Reg, b: Reg) {
            let ($a, $b): ($t, $t) = (self.get(a), self.get(b));
            self.set(dst, $e);
        }
        $(
            #[inline(always)]
            fn $imm(&mut self, dst: Reg, a: Reg, imm: $t) {
                let ($a, $b): ($t, $t) = (self.get(a), imm);
                self.set(dst, $e);
            }
        )?
    )*};
}

/// `dst = f(a, b, c)` handlers.
macro_rules! ternop {
    ($($name:ident: $t:ty = |$a:ident, $b:ident, $c:ident| $e:expr;)*) => {$(
        #[inline(always)]
        fn $name(&mut self, dst: Reg, a: Reg, b: Reg, c: Reg) {
            let ($a, $b, $c): ($t, $t, $t) = (self.get(a), self.get(b), self.get(c));
            self.set(dst, $e);
        }
    )*};
}

/// Integer division-like handlers: trap on zero and on signed overflow.
macro_rules! int_div {
    ($($name:ident: $t:ty = $checked:ident;)*) => {$(
        #[inline(always)]
        fn $name(&mut self, dst: Reg, a: Reg, b: Reg) -> Result<(), Break> {
            let (x, y): ($t, $t) = (self.get(a), self.get(b));
            if y == 0 {
                return Err(trap(Trap::DivisionByZero));
            }
            match x.$checked(y) {
                Some(v) => { self.set(dst, v); Ok(()) }
                None => Err(trap(Trap::IntegerOverflow)),
            }
        }
    )*};
}

/// Division and remainder by an immediate (`divi`, `remi`): the same traps
/// as with a register divisor.
macro_rules! int_divi {
    ($($name:ident, $rem:ident: $t:ty;)*) => {$(
        #[inline(always)]
        fn $name(&mut self, dst: Reg, a: Reg, imm: $t) -> Result<(), Break> {
            let x: $t = self.get(a);
            if imm == 0 {
                return Err(trap(Trap::DivisionByZero));
            }
            match x.checked_div(imm) {
                Some(v) => { self.set(dst, v); Ok(()) }
                None => Err(trap(Trap::IntegerOverflow)),
            }
        }

        #[inline(always)]
        fn $rem(&mut self, dst: Reg, a: Reg, imm: $t) -> Result<(), Break> {
            let x: $t = self.get(a);
            if imm == 0 {
                return Err(trap(Trap::DivisionByZero));
            }
            self.set(dst, x.wrapping_rem(imm));
            Ok(())
        }
    )*};
}

/// Signed division and remainder by `2^k` (`divp2`, `remp2`).
macro_rules! pow2_div {
    ($($div:ident, $rem:ident: $t:ty;)*) => {$(
        #[inline(always)]
        fn $div(&mut self, dst: Reg, a: Reg, k: $t) {
            let x: $t = self.get(a);
            let k = (k as u32) & (<$t>::BITS - 1);
            let bias = (x >> (<$t>::BITS - 1)) & (1 as $t).wrapping_shl(k).wrapping_sub(1);
            self.set(dst, x.wrapping_add(bias) >> k);
        }

        #[inline(always)]
        fn $rem(&mut self, dst: Reg, a: Reg, k: $t) {
            let x: $t = self.get(a);
            let k = (k as u32) & (<$t>::BITS - 1);
            let bias = (x >> (<$t>::BITS - 1)) & (1 as $t).wrapping_shl(k).wrapping_sub(1);
            self.set(dst, x.wrapping_sub((x.wrapping_add(bias) >> k).wrapping_shl(k)));
        }
    )*};
}

/// `dst = imm` handlers.
macro_rules! movi {
    ($($name:ident: $t:ty;)*) => {$(
        #[inline(always)]
        fn $name(&mut self, dst: Reg, imm: $t) {
            self.set(dst, imm);
        }
    )*};
}

/// The comparison families, each operator written once: `dst = (a OP b)` as
/// 0/1 (`eq`, `lt`...), compare-and-branch (`beq`, `blt`...) and, for the
/// integer types, compare-with-immediate-and-branch (`beqi`, `blti`...).
macro_rules! compare {
    ($($op:tt $t:ty => $set:ident, $br:ident $(, $bri:ident)?;)*) => {$(
        #[inline(always)]
        fn $set(&mut self, dst: Reg, a: Reg, b: Reg) {
            let (a, b): ($t, $t) = (self.get(a), self.get(b));
            self.set(dst, u64::from(a $op b));
        }

        #[inline(always)]
        fn $br(&mut self, a: Reg, b: Reg) -> bool {
            let (a, b): ($t, $t) = (self.get(a), self.get(b));
            a $op b
        }

        $(
            #[inline(always)]
            fn $bri(&mut self, a: Reg, imm: $t) -> bool {
                self.get::<$t>(a) $op imm
            }
        )?
    )*};
}

/// Compare-and-select handlers (`seleq`, `sellt`, `selle`): `dst` is a
/// copy of `x` or `y`, chosen without a branch.
macro_rules! select {
    ($($op:tt $t:ty => $name:ident;)*) => {$(
        #[inline(always)]
        fn $name(&mut self, dst: Reg, a: Reg, b: Reg, x: Reg, y: Reg) {
            let (a, b): ($t, $t) = (self.get(a), self.get(b));
            let (x, y): (u64, u64) = (self.get(x), self.get(y));
            // A conditional move (LLVM picks the register's address with
            // `cmov` and loads once), never a branch on the data.
            self.set(dst, core::hint::select_unpredictable(a $op b, x, y));
        }
    )*};
}

/// Add-then-compare-and-branch handlers (`addblt`, `addble`): the bottom of
/// a counted loop.
macro_rules! add_branch {
    ($($name:ident: $t:ty, $cmp:tt;)*) => {$(
        #[inline(always)]
        fn $name(&mut self, dst: Reg, step: Reg, limit: Reg) -> bool {
            let v = self.get::<$t>(dst).wrapping_add(self.get::<$t>(step));
            self.set(dst, v);
            // Read after the write: `limit` may name `dst`.
            v $cmp self.get::<$t>(limit)
        }
    )*};
}

/// `addibCCi.T dst, a, imm, limit` handlers: `dst = a + imm`, then whether
/// `dst CC limit` (both immediates sign-extended).
macro_rules! add_imm_branch {
    ($($name:ident: $t:ty, $cmp:tt;)*) => {$(
        #[inline(always)]
        fn $name(&mut self, dst: Reg, a: Reg, imm: i32, limit: i32) -> bool {
            let v = self.get::<$t>(a).wrapping_add(imm as $t);
            self.set(dst, v);
            v $cmp limit as $t
        }
    )*};
}

/// Integer remainder handlers: trap on zero; signed `MIN % -1` is 0.
macro_rules! int_rem {
    ($($name:ident: $t:ty;)*) => {$(
        #[inline(always)]
        fn $name(&mut self, dst: Reg, a: Reg, b: Reg) -> Result<(), Break> {
            let (x, y): ($t, $t) = (self.get(a), self.get(b));
            if y == 0 {
                return Err(trap(Trap::DivisionByZero));
            }
            self.set(dst, x.wrapping_rem(y));
            Ok(())
        }
    )*};
}

/// `dst = f(src)` handlers; `$t` is the type `src` is read as.
macro_rules! unop {
    ($($name:ident: $t:ty = |$s:ident| $e:expr;)*) => {$(
        #[inline(always)]
        fn $name(&mut self, dst: Reg, src: Reg) {
            let $s: $t = self.get(src);
            self.set(dst, $e);
        }
    )*};
}

/// `dst = f(dst)` handlers.
macro_rules! inplace {
    ($($name:ident: $t:ty = |$s:ident| $e:expr;)*) => {$(
        #[inline(always)]
        fn $name(&mut self, dst: Reg) {
            let $s: $t = self.get(dst);
            self.set(dst, $e);
        }
    )*};
}

/// Output handlers are never inlined: formatting (and `putc`'s one-byte
/// buffer) takes the address of locals, and such locals in a threaded-dispatch
/// op function keep LLVM from turning its call to the next instruction into a
/// jump, so every output instruction executed would grow the host stack until
/// it overflows (tests/tests/hostile.rs checks every instruction).
///
/// `print.T` handlers.
macro_rules! print {
    ($($name:ident: $t:ty = $fmt:literal;)*) => {$(
        #[inline(never)]
        fn $name(&mut self, src: Reg) -> Result<(), Break> {
            let v: $t = self.get(src);
            writeln!(self.out, $fmt, v).map_err(output_error)
        }
    )*};
}

/// `put.T` handlers.
macro_rules! put {
    ($($name:ident: $t:ty = $fmt:literal;)*) => {$(
        #[inline(never)]
        fn $name(&mut self, src: Reg) -> Result<(), Break> {
            let v: $t = self.get(src);
            write!(self.out, $fmt, v).map_err(output_error)
        }
    )*};
}

/// `putp.T` handlers.
macro_rules! putp {
    ($($name:ident: $t:ty;)*) => {$(
        #[inline(never)]
        fn $name(&mut self, src: Reg, digits: u8) -> Result<(), Break> {
            let v: $t = self.get(src);
            write!(self.out, "{:.*}", usize::from(digits), v).map_err(output_error)
        }
    )*};
}

/// Turns a failed write into the `output error` trap.
#[cold]
#[inline(never)]
fn output_error(e: std::io::Error) -> Break {
    trap(Trap::Output(e.to_string()))
}

/// An out-of-bounds trap; inlined for the reason `machine::trap` is.
#[inline(always)]
fn oob(addr: u64, size: u64) -> Break {
    trap(Trap::OutOfBounds { addr, size })
}

/// The `-1`/`0`/`1` that `memcmp`/`strcmp` write for an ordering.
#[inline(always)]
fn sign(o: std::cmp::Ordering) -> i64 {
    o as i64
}

/// The bytes from `addr` to the end of memory, for the scanning instructions
/// (`strlen`, `strchr`...); traps at `addr` if it is not inside memory.
#[inline(always)]
fn tail(mem: &Memory, addr: u64) -> Result<&[u8], Break> {
    mem.tail(addr).ok_or_else(|| oob(addr, 1))
}

/// A scan that reached the end of memory without finding its byte traps at
/// the first address past the end.
#[cold]
#[inline(never)]
fn ran_off(mem: &Memory) -> Break {
    oob(mem.len(), 1)
}

/// `argi`/`arglen`/`argcopy` of an argument the program was not given.
#[cold]
#[inline(never)]
fn missing_argument(index: u64, count: usize) -> Break {
    trap(Trap::BadArgument {
        index,
        why: format!("missing (the program has {count} arguments)"),
    })
}

/// The address `ld`/`st`/`maddm` report when `base + off` is refused: the
/// sum, wrapped if it overflowed.
#[inline(always)]
fn effective(base: u64, off: i32) -> u64 {
    base.wrapping_add_signed(i64::from(off))
}

/// `ld.T dst, base, off` handlers.
macro_rules! load {
    ($($name:ident: $t:ty;)*) => {$(
        #[inline(always)]
        fn $name(&mut self, dst: Reg, base: Reg, off: i32) -> Result<(), Break> {
            const N: usize = std::mem::size_of::<$t>();
            let b: u64 = self.get(base);
            match self.mem.read_off::<N>(b, off) {
                Some(bytes) => {
                    self.set(dst, <$t>::from_le_bytes(bytes));
                    Ok(())
                }
                None => Err(oob(effective(b, off), N as u64)),
            }
        }
    )*};
}

/// `st.T base, off, src` handlers.
macro_rules! store {
    ($($name:ident: $t:ty;)*) => {$(
        #[inline(always)]
        fn $name(&mut self, base: Reg, off: i32, src: Reg) -> Result<(), Break> {
            const N: usize = std::mem::size_of::<$t>();
            let (b, v): (u64, $t) = (self.get(base), self.get(src));
            self.mem
                .write_off(b, off, v.to_le_bytes())
                .ok_or_else(|| oob(effective(b, off), N as u64))
        }
    )*};
}

/// `ldadd.T`/`ldsub.T`/`ldmul.T dst, a, base, off` handlers: the
/// arithmetic with its second operand read as `ld.T` reads it.
macro_rules! binop_mem {
    ($($name:ident: $t:ty = |$a:ident, $m:ident| $e:expr;)*) => {$(
        #[inline(always)]
        fn $name(&mut self, dst: Reg, a: Reg, base: Reg, off: i32) -> Result<(), Break> {
            const N: usize = std::mem::size_of::<$t>();
            let at: u64 = self.get(base);
            let Some(bytes) = self.mem.read_off::<N>(at, off) else {
                return Err(oob(effective(at, off), N as u64));
            };
            let ($a, $m): ($t, $t) = (self.get(a), <$t>::from_le_bytes(bytes));
            let v: $t = $e;
            self.set(dst, v);
            Ok(())
        }
    )*};
}

/// `ldjz.T`/`ldjnz.T dst, base, off` and `ldxjz.T`/`ldxjnz.T dst, base,
/// index` handlers: the load's own handler, then whether the value it
/// wrote branches.
macro_rules! load_branch {
    ($($name:ident = $load:ident($at:ident: $at_t:ty), $taken:ident;)*) => {$(
        #[inline(always)]
        fn $name(&mut self, dst: Reg, base: Reg, $at: $at_t) -> Result<bool, Break> {
            self.$load(dst, base, $at)?;
            Ok($taken(self.get::<u64>(dst) != 0))
        }
    )*};
}

/// A loaded value is nonzero: `ldjnz` branches as is, `ldjz` on the opposite.
#[inline(always)]
fn nonzero(b: bool) -> bool {
    b
}

#[inline(always)]
fn zero(nonzero: bool) -> bool {
    !nonzero
}

/// `maddm.T`/`msubm.T base, off, a, b` handlers: the memory operand
/// updated by `a * b` (two roundings, as `madd`/`msub`).
macro_rules! update_mem {
    ($($name:ident: $t:ty = |$m:ident, $a:ident, $b:ident| $e:expr;)*) => {$(
        #[inline(always)]
        fn $name(&mut self, base: Reg, off: i32, a: Reg, b: Reg) -> Result<(), Break> {
            const N: usize = std::mem::size_of::<$t>();
            let at: u64 = self.get(base);
            let Some(bytes) = self.mem.read_off::<N>(at, off) else {
                return Err(oob(effective(at, off), N as u64));
            };
            let ($m, $a, $b): ($t, $t, $t) = (<$t>::from_le_bytes(bytes), self.get(a), self.get(b));
            let v: $t = $e;
            self.mem
                .write_off(at, off, v.to_le_bytes())
                .ok_or_else(|| oob(effective(at, off), N as u64))
        }
    )*};
}

/// `base + index * N` modulo 2^64 (unlike `effective`): voxcc folds a C offset
/// computed in wrapping unsigned arithmetic (`(char *)c + j * 4`) into the
/// index, and the access must see the address C computes (gcc's pr48571).
#[inline(always)]
fn indexed(base: u64, index: i64, n: usize) -> u64 {
    base.wrapping_add((index as u64).wrapping_mul(n as u64))
}

/// `ldx.T dst, base, index` handlers: element `index` of an array of `T`.
macro_rules! load_indexed {
    ($($name:ident: $t:ty;)*) => {$(
        #[inline(always)]
        fn $name(&mut self, dst: Reg, base: Reg, index: Reg) -> Result<(), Break> {
            const N: usize = std::mem::size_of::<$t>();
            let addr = indexed(self.get(base), self.get(index), N);
            match self.mem.read::<N>(addr) {
                Some(b) => {
                    self.set(dst, <$t>::from_le_bytes(b));
                    Ok(())
                }
                None => Err(oob(addr, N as u64)),
            }
        }
    )*};
}

/// `maddx.T`/`msubx.T dst, a, base, index, c` handlers: `madd`/`msub`
/// with the second factor read as `ldx` reads it.
macro_rules! ternop_indexed {
    ($($name:ident: $t:ty = |$a:ident, $m:ident, $c:ident| $e:expr;)*) => {$(
        #[inline(always)]
        fn $name(&mut self, dst: Reg, a: Reg, base: Reg, index: Reg, c: Reg) -> Result<(), Break> {
            const N: usize = std::mem::size_of::<$t>();
            let addr = indexed(self.get(base), self.get(index), N);
            let Some(bytes) = self.mem.read::<N>(addr) else {
                return Err(oob(addr, N as u64));
            };
            let ($a, $m, $c): ($t, $t, $t) = (self.get(a), <$t>::from_le_bytes(bytes), self.get(c));
            self.set(dst, $e);
            Ok(())
        }
    )*};
}

/// `stx.T base, index, src` handlers.
macro_rules! store_indexed {
    ($($name:ident: $t:ty;)*) => {$(
        #[inline(always)]
        fn $name(&mut self, base: Reg, index: Reg, src: Reg) -> Result<(), Break> {
            const N: usize = std::mem::size_of::<$t>();
            let addr = indexed(self.get(base), self.get(index), N);
            let v: $t = self.get(src);
            self.mem.write(addr, v.to_le_bytes()).ok_or_else(|| oob(addr, N as u64))
        }
    )*};
}

/// `push.T` / `pop.T` handlers.
macro_rules! stack {
    ($($push:ident, $pop:ident: $t:ty;)*) => {$(
        #[inline(always)]
        fn $push(&mut self, src: Reg) -> Result<(), Break> {
            let v: $t = self.get(src);
            self.mem.push(v.to_le_bytes()).ok_or_else(|| trap(Trap::StackOverflow))
        }
        #[inline(always)]
        fn $pop(&mut self, dst: Reg) -> Result<(), Break> {
            match self.mem.pop() {
                Some(b) => {
                    self.set(dst, <$t>::from_le_bytes(b));
                    Ok(())
                }
                None => Err(trap(Trap::StackUnderflow)),
            }
        }
    )*};
}

impl Handler for Vm<'_> {
    type Break = Break;

    #[inline(always)]
    fn charge_bytes(&mut self, len: Reg) -> Result<(), Break> {
        // A length past the address space does no work: it traps as out of
        // bounds (or, for `memchr`, stops at the end), whatever the budget.
        let n: u64 = self.get(len);
        self.charge_work(n.min(self.mem.len()))
    }

    fn pc_out_of_bounds(&mut self, pc: usize) -> Break {
        // `Vm::call` returns to one past the last instruction: verified code
        // never gets there otherwise (every function ends with a terminator).
        if pc == self.prog.code.len() && self.hook_returned() {
            Break::Rejoin
        } else if pc == self.prog.code.len() && self.in_spawned_thread() {
            // A thread's first function returned (its value is in r0).
            let v = self.regs[self.base];
            self.end_thread(v)
        } else if self.host_calls > 0 && pc == self.prog.code.len() {
            Break::Return
        } else {
            trap(Trap::PcOutOfBounds)
        }
    }

    #[cold]
    #[inline(never)]
    fn stop(&mut self, pc: usize, why: Break) {
        self.stopped = Some((pc, why));
    }

    #[inline(always)]
    fn step(&mut self) -> Result<(), Break> {
        self.charge()
    }

    type Window = *mut u64;

    #[inline(always)]
    fn window(&self) -> *mut u64 {
        self.win.0
    }

    #[inline(always)]
    fn set_window(&mut self, w: *mut u64) {
        self.win = crate::machine::Window(w);
    }

    type Regs = Regs;

    #[inline(always)]
    unsafe fn regs(w: *mut u64) -> Regs {
        Regs(w)
    }

    #[inline(always)]
    fn halt(&mut self, code: Reg) -> Result<(), Break> {
        Err(Break::Halt(self.get::<i32>(code)))
    }

    #[cold]
    #[inline(never)]
    fn trap(&mut self, msg: DataRef) -> Result<(), Break> {
        // As `prints`: the verifier keeps `msg` inside the data segment, and
        // the message ends at its NUL or the segment's end.
        let (start, end) = (DATA_BASE + u64::from(msg.0), self.mem.data_range().1);
        let bytes = self.mem.slice(start, end - start).unwrap_or(&[]);
        let len = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
        let msg = String::from_utf8_lossy(&bytes[..len]).into_owned();
        Err(trap(Trap::Program(msg)))
    }

    update_mem! {
        maddm_f64: f64 = |m, a, b| a * b + m;
        maddm_f32: f32 = |m, a, b| a * b + m;
        msubm_f64: f64 = |m, a, b| m - a * b;
        msubm_f32: f32 = |m, a, b| m - a * b;
    }

    load_branch! {
        ldjz_i8 = ld_i8(off: i32), zero; ldjnz_i8 = ld_i8(off: i32), nonzero;
        ldjz_u8 = ld_u8(off: i32), zero; ldjnz_u8 = ld_u8(off: i32), nonzero;
        ldjz_i16 = ld_i16(off: i32), zero; ldjnz_i16 = ld_i16(off: i32), nonzero;
        ldjz_u16 = ld_u16(off: i32), zero; ldjnz_u16 = ld_u16(off: i32), nonzero;
        ldjz_i32 = ld_i32(off: i32), zero; ldjnz_i32 = ld_i32(off: i32), nonzero;
        ldjz_u32 = ld_u32(off: i32), zero; ldjnz_u32 = ld_u32(off: i32), nonzero;
        ldjz_i64 = ld_i64(off: i32), zero; ldjnz_i64 = ld_i64(off: i32), nonzero;
        ldjz_u64 = ld_u64(off: i32), zero; ldjnz_u64 = ld_u64(off: i32), nonzero;
        ldxjz_i8 = ldx_i8(index: Reg), zero; ldxjnz_i8 = ldx_i8(index: Reg), nonzero;
        ldxjz_u8 = ldx_u8(index: Reg), zero; ldxjnz_u8 = ldx_u8(index: Reg), nonzero;
        ldxjz_i16 = ldx_i16(index: Reg), zero; ldxjnz_i16 = ldx_i16(index: Reg), nonzero;
        ldxjz_u16 = ldx_u16(index: Reg), zero; ldxjnz_u16 = ldx_u16(index: Reg), nonzero;
        ldxjz_i32 = ldx_i32(index: Reg), zero; ldxjnz_i32 = ldx_i32(index: Reg), nonzero;
        ldxjz_u32 = ldx_u32(index: Reg), zero; ldxjnz_u32 = ldx_u32(index: Reg), nonzero;
        ldxjz_i64 = ldx_i64(index: Reg), zero; ldxjnz_i64 = ldx_i64(index: Reg), nonzero;
        ldxjz_u64 = ldx_u64(index: Reg), zero; ldxjnz_u64 = ldx_u64(index: Reg), nonzero;
    }

    binop_mem! {
        ldadd_i64: i64 = |a, m| a.wrapping_add(m);
        ldadd_u64: u64 = |a, m| a.wrapping_add(m);
        ldadd_i32: i32 = |a, m| a.wrapping_add(m);
        ldadd_u32: u32 = |a, m| a.wrapping_add(m);
        ldadd_f64: f64 = |a, m| a + m;
        ldadd_f32: f32 = |a, m| a + m;
        ldsub_i64: i64 = |a, m| a.wrapping_sub(m);
        ldsub_u64: u64 = |a, m| a.wrapping_sub(m);
        ldsub_i32: i32 = |a, m| a.wrapping_sub(m);
        ldsub_u32: u32 = |a, m| a.wrapping_sub(m);
        ldsub_f64: f64 = |a, m| a - m;
        ldsub_f32: f32 = |a, m| a - m;
        ldmul_i64: i64 = |a, m| a.wrapping_mul(m);
        ldmul_u64: u64 = |a, m| a.wrapping_mul(m);
        ldmul_i32: i32 = |a, m| a.wrapping_mul(m);
        ldmul_u32: u32 = |a, m| a.wrapping_mul(m);
        ldmul_f64: f64 = |a, m| a * m;
        ldmul_f32: f32 = |a, m| a * m;
    }

    ternop_indexed! {
        maddx_f64: f64 = |a, m, c| a * m + c;
        maddx_f32: f32 = |a, m, c| a * m + c;
        msubx_f64: f64 = |a, m, c| c - a * m;
        msubx_f32: f32 = |a, m, c| c - a * m;
    }

    int_div! {
        div_i64: i64 = checked_div;
        div_u64: u64 = checked_div;
        div_i32: i32 = checked_div;
        div_u32: u32 = checked_div;
    }

    #[inline(always)]
    fn div_f64(&mut self, dst: Reg, a: Reg, b: Reg) -> Result<(), Break> {
        let (x, y): (f64, f64) = (self.get(a), self.get(b));
        self.set(dst, x / y);
        Ok(())
    }

    #[inline(always)]
    fn div_f32(&mut self, dst: Reg, a: Reg, b: Reg) -> Result<(), Break> {
        let (x, y): (f32, f32) = (self.get(a), self.get(b));
        self.set(dst, x / y);
        Ok(())
    }

    int_rem! {
        rem_i64: i64; rem_u64: u64; rem_i32: i32; rem_u32: u32;
    }

    int_divi! {
        divi_i64, remi_i64: i64; divi_u64, remi_u64: u64;
        divi_i32, remi_i32: i32; divi_u32, remi_u32: u32;
    }

    // Rust's `%` on floats is C's `fmod`: exact, with the sign of `a`.
    #[inline(always)]
    fn rem_f64(&mut self, dst: Reg, a: Reg, b: Reg) -> Result<(), Break> {
        let (x, y): (f64, f64) = (self.get(a), self.get(b));
        self.set(dst, x % y);
        Ok(())
    }

    #[inline(always)]
    fn rem_f32(&mut self, dst: Reg, a: Reg, b: Reg) -> Result<(), Break> {
        let (x, y): (f32, f32) = (self.get(a), self.get(b));
        self.set(dst, x % y);
        Ok(())
    }

    // ---- jumps and branches ----

    #[inline(always)]
    fn jmp(&mut self, next: &mut usize, target: Label) {
        *next = target.0 as usize;
    }

    #[inline(always)]
    fn jtab(&mut self, next: &mut usize, index: Reg, last: Label) -> Result<(), Break> {
        let i: u64 = self.get(index);
        // The verifier put `last` inside this function (rule 4), so every
        // entry from `next` to `last` is an instruction of it. A `last`
        // before `next` leaves no entries: every index traps.
        let entries = (last.0 as usize + 1).saturating_sub(*next) as u64;
        if i < entries {
            *next += i as usize;
            Ok(())
        } else {
            Err(trap(Trap::BadTableIndex { index: i, entries }))
        }
    }

    #[inline(always)]
    fn jmpr(&mut self, next: &mut usize, target: Reg) -> Result<(), Break> {
        let pc: u64 = self.get(target);
        // `next` is one past the executing `jmpr`; its function bounds the target.
        let here = *next - 1;
        let slot = (pc as usize ^ (pc as usize >> 10)) & (crate::machine::JUMP_CACHE - 1);
        if let Some(e) = self.jump_cache.get(slot) {
            if u64::from(e.pc) == pc && (e.entry as usize..e.end as usize).contains(&here) {
                *next = e.idx as usize;
                return Ok(());
            }
        }
        let hit = u32::try_from(pc).ok().and_then(|pc| {
            let idx = self.prog.index_of(pc)?;
            let f = self.prog.function_at(idx)?;
            (f.entry..f.end)
                .contains(&here)
                .then_some((pc, idx, f.entry, f.end))
        });
        let Some((pc, idx, entry, end)) = hit else {
            return Err(trap(Trap::BadJumpTarget { target: pc }));
        };
        if self.jump_cache.is_empty() {
            self.jump_cache = vec![Default::default(); crate::machine::JUMP_CACHE];
        }
        // Instruction indices fit in u32: code offsets do, and each
        // instruction takes at least one byte.
        self.jump_cache[slot] = crate::machine::JumpEntry {
            pc,
            idx: idx as u32,
            entry: entry as u32,
            end: end as u32,
        };
        *next = idx;
        Ok(())
    }

    #[inline(always)]
    fn addr(&mut self, dst: Reg, target: Label) {
        // The loader turned the label into an instruction index; expose the byte offset.
        let pc = self.prog.offsets[target.0 as usize];
        self.set(dst, u64::from(pc));
    }

    // ---- calls ----

    #[inline(always)]
    fn call(&mut self, next: &mut usize, func: FuncRef, base: Reg) -> Result<(), Break> {
        self.enter(next, func.0 as usize, base)
    }

    #[inline(always)]
    fn callr(&mut self, next: &mut usize, func: Reg, base: Reg) -> Result<(), Break> {
        let index: u64 = self.get(func);
        match usize::try_from(index) {
            Ok(f) if f < self.prog.functions.len() => self.enter(next, f, base),
            _ => Err(trap(Trap::BadFunction { index })),
        }
    }

    #[inline(always)]
    fn ret(&mut self, next: &mut usize, src: Reg) -> Result<(), Break> {
        let v: u64 = self.get(src);
        self.set(Reg(0), v);
        match self.leave(next) {
            Some(()) => Ok(()),
            None => Err(Break::Halt(v as i32)),
        }
    }

    #[inline(always)]
    fn reti(&mut self, next: &mut usize, value: i64) -> Result<(), Break> {
        self.set(Reg(0), value as u64);
        match self.leave(next) {
            Some(()) => Ok(()),
            None => Err(Break::Halt(value as i32)),
        }
    }

    #[inline(always)]
    fn setjmp(&mut self, next: &mut usize, dst: Reg, buf: Reg) -> Result<(), Break> {
        self.set_jump(*next, dst, buf)
    }

    #[inline(always)]
    fn longjmp(&mut self, next: &mut usize, buf: Reg, val: Reg) -> Result<(), Break> {
        self.long_jump(next, buf, val)
    }

    #[inline(always)]
    fn hcall(&mut self, imp: ImportRef, base: Reg) -> Result<(), Break> {
        crate::host::hcall(self, imp, base)
    }

    // ---- threads (threads.rs) ----

    fn tspawn(
        &mut self,
        next: &mut usize,
        dst: Reg,
        func: Reg,
        arg: Reg,
        stack: Reg,
    ) -> Result<(), Break> {
        let id = self.spawn(self.get(func), self.get(arg), self.get(stack))?;
        self.set(dst, id);
        self.spawned(id, *next)
    }

    fn tyield(&mut self, next: &mut usize) -> Result<(), Break> {
        self.yield_turn(*next)
    }

    fn texit(&mut self, _next: &mut usize, value: Reg) -> Result<(), Break> {
        let v: u64 = self.get(value);
        Err(self.end_thread(v))
    }

    fn tjoin(&mut self, next: &mut usize, dst: Reg, thread: Reg, result: Reg) -> Result<(), Break> {
        // A join that waits runs again (from the instruction itself) when
        // the thread has ended.
        let at = *next - 1;
        if let Some(code) = self.join(at, self.get(thread), self.get(result))? {
            self.set(dst, code);
        }
        Ok(())
    }

    fn tdetach(&mut self, dst: Reg, thread: Reg) {
        let code = self.detach(self.get(thread));
        self.set(dst, code);
    }

    fn tself(&mut self, dst: Reg) {
        let id = self.current_thread();
        self.set(dst, id);
    }

    fn twait(&mut self, next: &mut usize, dst: Reg, addr: Reg, expected: Reg) -> Result<(), Break> {
        self.futex_wait(*next, dst, self.get(addr), self.get(expected))
    }

    fn twake(&mut self, dst: Reg, addr: Reg, count: Reg) {
        let n = self.futex_wake(self.get(addr), self.get(count));
        self.set(dst, n);
    }

    fn gettp(&mut self, dst: Reg) {
        let tp = self.thread_pointer();
        self.set(dst, tp);
    }

    fn settp(&mut self, src: Reg) {
        let tp: u64 = self.get(src);
        self.set_thread_pointer(tp);
    }

    // ---- output ----

    print! {
        print_i8: i8 = "{}"; print_i16: i16 = "{}"; print_i32: i32 = "{}"; print_i64: i64 = "{}";
        print_u8: u8 = "{}"; print_u16: u16 = "{}"; print_u32: u32 = "{}"; print_u64: u64 = "{}";
        print_f32: f32 = "{:?}"; print_f64: f64 = "{:?}";
    }

    #[inline(always)]
    fn prints(&mut self, str: DataRef) -> Result<(), Break> {
        // The verifier guarantees `str` is inside the data segment; the string
        // ends at its NUL or, if the program overwrote that, at the segment's end.
        let (start, end) = (DATA_BASE + u64::from(str.0), self.mem.data_range().1);
        let bytes = self.mem.slice(start, end - start).unwrap_or(&[]);
        let len = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
        self.charge_work(len as u64)?;
        let bytes = self.mem.slice(start, len as u64).unwrap_or(&[]);
        self.out.write_all(bytes).map_err(output_error)
    }

    put! {
        put_i8: i8 = "{}"; put_i16: i16 = "{}"; put_i32: i32 = "{}"; put_i64: i64 = "{}";
        put_u8: u8 = "{}"; put_u16: u16 = "{}"; put_u32: u32 = "{}"; put_u64: u64 = "{}";
        put_f32: f32 = "{:?}"; put_f64: f64 = "{:?}";
    }

    putp! {
        putp_f32: f32; putp_f64: f64;
    }

    load! {
        ld_i8: i8; ld_u8: u8; ld_i16: i16; ld_u16: u16; ld_i32: i32;
        ld_u32: u32; ld_i64: i64; ld_u64: u64; ld_f32: f32; ld_f64: f64;
    }

    load_indexed! {
        ldx_i8: i8; ldx_u8: u8; ldx_i16: i16; ldx_u16: u16; ldx_i32: i32;
        ldx_u32: u32; ldx_i64: i64; ldx_u64: u64; ldx_f32: f32; ldx_f64: f64;
    }

    store_indexed! {
        stx_i8: i8; stx_u8: u8; stx_i16: i16; stx_u16: u16; stx_i32: i32;
        stx_u32: u32; stx_i64: i64; stx_u64: u64; stx_f32: f32; stx_f64: f64;
    }

    store! {
        st_i8: i8; st_u8: u8; st_i16: i16; st_u16: u16; st_i32: i32;
        st_u32: u32; st_i64: i64; st_u64: u64; st_f32: f32; st_f64: f64;
    }

    stack! {
        push_i8, pop_i8: i8; push_u8, pop_u8: u8; push_i16, pop_i16: i16; push_u16, pop_u16: u16;
        push_i32, pop_i32: i32; push_u32, pop_u32: u32; push_i64, pop_i64: i64; push_u64, pop_u64: u64;
        push_f32, pop_f32: f32; push_f64, pop_f64: f64;
    }

    #[inline(always)]
    fn sp(&mut self, dst: Reg) {
        let sp = self.mem.sp();
        self.set(dst, sp);
    }

    #[inline(always)]
    fn retaddr(&mut self, dst: Reg, level: u8) {
        let v = self.return_point(usize::from(level));
        self.set(dst, v);
    }

    #[inline(always)]
    fn setsp(&mut self, src: Reg) -> Result<(), Break> {
        let sp: u64 = self.get(src);
        match self.mem.set_sp(sp) {
            Some(()) => Ok(()),
            None if sp < self.mem.stack_range().0 => Err(trap(Trap::StackOverflow)),
            None => Err(trap(Trap::StackUnderflow)),
        }
    }

    #[inline(always)]
    fn salloc(&mut self, dst: Reg, size: Reg) -> Result<(), Break> {
        let size: u64 = self.get(size);
        let sp = size
            .checked_next_multiple_of(8)
            .and_then(|n| self.mem.sp().checked_sub(n))
            .filter(|&sp| sp >= self.mem.stack_range().0)
            .ok_or_else(|| trap(Trap::StackOverflow))?;
        let _ = self.mem.set_sp(sp);
        self.set(dst, sp);
        Ok(())
    }

    #[inline(always)]
    fn alloc(&mut self, dst: Reg, size: Reg) -> Result<(), Break> {
        let a = self.alloc_charged(self.get(size))?;
        self.set(dst, a);
        Ok(())
    }

    #[inline(always)]
    fn free(&mut self, addr: Reg) -> Result<(), Break> {
        let a: u64 = self.get(addr);
        self.free_block(a)
    }

    fn realloc(&mut self, dst: Reg, addr: Reg, size: Reg) -> Result<(), Break> {
        let new = self.resize_block(self.get(addr), self.get(size))??;
        self.set(dst, new);
        Ok(())
    }

    #[inline(always)]
    fn tryalloc(&mut self, dst: Reg, size: Reg) {
        let a = self.try_alloc(self.get(size));
        self.set(dst, a);
    }

    #[inline(always)]
    fn tryalloci(&mut self, dst: Reg, size: u32) {
        let a = self.try_alloc(u64::from(size));
        self.set(dst, a);
    }

    fn tryrealloc(&mut self, dst: Reg, addr: Reg, size: Reg) -> Result<(), Break> {
        let new = self.resize_block(self.get(addr), self.get(size))?;
        self.set(dst, new.unwrap_or(0));
        Ok(())
    }

    #[inline(always)]
    fn heapsize(&mut self, dst: Reg) {
        let n = self.mem.heap.in_use();
        self.set(dst, n);
    }

    fn gc(&mut self) {
        let _ = self.collect_paid(false);
    }

    fn memcpy(&mut self, to: Reg, src: Reg, len: Reg) -> Result<(), Break> {
        let (d, s, n): (u64, u64, u64) = (self.get(to), self.get(src), self.get(len));
        if n == 0 {
            // Nothing is read or written, so no address is wrong: C code
            // passes NULL with a length of 0 (C2y makes that defined).
            return Ok(());
        }
        self.mem.copy(d, s, n).ok_or_else(|| {
            let bad = if self.mem.slice(s, n).is_none() { s } else { d };
            oob(bad, n)
        })
    }

    fn memset(&mut self, to: Reg, byte: Reg, len: Reg) -> Result<(), Break> {
        let (d, b, n): (u64, u8, u64) = (self.get(to), self.get(byte), self.get(len));
        if n == 0 {
            return Ok(());
        }
        match self.mem.slice_mut(d, n) {
            Some(s) => {
                s.fill(b);
                Ok(())
            }
            None => Err(oob(d, n)),
        }
    }

    fn memcmp(&mut self, dst: Reg, a: Reg, b: Reg, len: Reg) -> Result<(), Break> {
        let (a, b, n): (u64, u64, u64) = (self.get(a), self.get(b), self.get(len));
        let order = if n == 0 {
            std::cmp::Ordering::Equal
        } else {
            let x = self.mem.slice(a, n).ok_or_else(|| oob(a, n))?;
            let y = self.mem.slice(b, n).ok_or_else(|| oob(b, n))?;
            // Slices of bytes compare as unsigned bytes, like C's `memcmp`.
            x.cmp(y)
        };
        self.set(dst, sign(order));
        Ok(())
    }

    fn memchr(&mut self, dst: Reg, addr: Reg, byte: Reg, len: Reg) -> Result<(), Break> {
        let (a, c, n): (u64, u8, u64) = (self.get(addr), self.get(byte), self.get(len));
        let found = if n == 0 {
            0
        } else {
            let rest = tail(&self.mem, a)?;
            // Search what exists of the range; only if the byte is not there
            // and the range goes on past the end is that an error.
            let m = usize::try_from(n).map_or(rest.len(), |n| n.min(rest.len()));
            let limit = self.work_limit();
            let found = rest[..m.min(limit)].iter().position(|&x| x == c);
            if found.is_none() && m > limit {
                return Err(self.over_budget());
            }
            self.charge_work(found.unwrap_or(m) as u64)?;
            match found {
                Some(i) => a + i as u64,
                None if (m as u64) < n => return Err(ran_off(&self.mem)),
                None => 0,
            }
        };
        self.set(dst, found);
        Ok(())
    }

    fn strlen(&mut self, dst: Reg, addr: Reg) -> Result<(), Break> {
        let a: u64 = self.get(addr);
        let rest = tail(&self.mem, a)?;
        let limit = self.work_limit();
        match rest[..rest.len().min(limit)].iter().position(|&x| x == 0) {
            None if rest.len() > limit => Err(self.over_budget()),
            Some(n) => {
                self.charge_work(n as u64)?;
                self.set(dst, n as u64);
                Ok(())
            }
            None => Err(ran_off(&self.mem)),
        }
    }

    fn strcmp(&mut self, dst: Reg, a: Reg, b: Reg) -> Result<(), Break> {
        let (a, b): (u64, u64) = (self.get(a), self.get(b));
        let (x, y) = (tail(&self.mem, a)?, tail(&self.mem, b)?);
        let n = x.len().min(y.len());
        // Both strings are read: the budget pays for twice the bytes.
        let limit = self.work_limit() / 2;
        if n > limit
            && !x[..limit]
                .iter()
                .zip(&y[..limit])
                .any(|(&p, &q)| p != q || p == 0)
        {
            return Err(self.over_budget());
        }
        // The first byte that differs or ends both strings decides. Both
        // tails end at the end of memory: if neither is found there, the
        // shorter string ran off it.
        match x[..n]
            .iter()
            .zip(&y[..n])
            .position(|(&p, &q)| p != q || p == 0)
        {
            Some(i) => {
                let order = sign(x[i].cmp(&y[i]));
                self.charge_work(2 * i as u64)?;
                self.set(dst, order);
                Ok(())
            }
            None => Err(ran_off(&self.mem)),
        }
    }

    fn strchr(&mut self, dst: Reg, addr: Reg, byte: Reg) -> Result<(), Break> {
        let (a, c): (u64, u8) = (self.get(addr), self.get(byte));
        let rest = tail(&self.mem, a)?;
        let limit = self.work_limit();
        // The terminating NUL ends the search, and is found when `c` is 0.
        match rest[..rest.len().min(limit)]
            .iter()
            .position(|&x| x == c || x == 0)
        {
            None if rest.len() > limit => Err(self.over_budget()),
            Some(i) => {
                let at = if rest[i] == c { a + i as u64 } else { 0 };
                self.charge_work(i as u64)?;
                self.set(dst, at);
                Ok(())
            }
            None => Err(ran_off(&self.mem)),
        }
    }

    // Not inlined, like the other output handlers (see `print!`).
    #[inline(never)]
    fn putc(&mut self, src: Reg) -> Result<(), Break> {
        let b: u8 = self.get(src);
        self.out.write_all(&[b]).map_err(output_error)
    }

    fn putstr(&mut self, addr: Reg) -> Result<(), Break> {
        let a: u64 = self.get(addr);
        let rest = tail(&self.mem, a)?;
        let limit = self.work_limit();
        // Up to the NUL, or to the end of memory.
        let n = match rest[..rest.len().min(limit)].iter().position(|&b| b == 0) {
            Some(n) => n,
            None if rest.len() > limit => return Err(self.over_budget()),
            None => rest.len(),
        };
        self.charge_work(n as u64)?;
        let s = self.mem.slice(a, n as u64).unwrap_or(&[]);
        self.out.write_all(s).map_err(output_error)
    }

    #[inline(always)]
    fn argc(&mut self, dst: Reg) {
        let n = self.args.len() as u64;
        self.set(dst, n);
    }

    fn argi(&mut self, dst: Reg, index: Reg) -> Result<(), Break> {
        let i: u64 = self.get(index);
        let arg = usize::try_from(i).ok().and_then(|i| self.args.get(i));
        let v = match arg {
            Some(a) => a
                .trim()
                .parse::<i64>()
                .map_err(|_| format!("`{a}` is not an integer")),
            None => return Err(missing_argument(i, self.args.len())),
        };
        match v {
            Ok(v) => {
                self.set(dst, v);
                Ok(())
            }
            Err(why) => Err(trap(Trap::BadArgument { index: i, why })),
        }
    }

    fn arglen(&mut self, dst: Reg, index: Reg) -> Result<(), Break> {
        let i: u64 = self.get(index);
        match usize::try_from(i).ok().and_then(|i| self.args.get(i)) {
            Some(arg) => {
                let n = arg.len() as u64;
                self.set(dst, n);
                Ok(())
            }
            None => Err(missing_argument(i, self.args.len())),
        }
    }

    fn argcopy(&mut self, addr: Reg, index: Reg) -> Result<(), Break> {
        let (a, i): (u64, u64) = (self.get(addr), self.get(index));
        let arg = usize::try_from(i)
            .ok()
            .and_then(|i| self.args.get(i))
            .ok_or_else(|| missing_argument(i, self.args.len()))?;
        let n = arg.len() as u64 + 1;
        let to = self.mem.slice_mut(a, n).ok_or_else(|| oob(a, n))?;
        let (text, nul) = to.split_at_mut(arg.len());
        text.copy_from_slice(arg.as_bytes());
        nul[0] = 0;
        Ok(())
    }
}

impl RegHandler for Regs {
    // ---- moves and miscellany ----

    #[inline(always)]
    fn nop(&mut self) {}

    #[inline(always)]
    fn mov(&mut self, dst: Reg, src: Reg) {
        let v: u64 = self.get(src);
        self.set(dst, v);
    }

    movi! {
        movi_i8: i8; movi_i16: i16; movi_i32: i32; movi_i64: i64;
        movi_u8: u8; movi_u16: u16; movi_u32: u32; movi_u64: u64;
        movi_f32: f32; movi_f64: f64;
    }

    // ---- arithmetic ----

    binop! {
        add_i64, addi_i64: i64 = |a, b| a.wrapping_add(b);
        add_u64, addi_u64: u64 = |a, b| a.wrapping_add(b);
        add_i32, addi_i32: i32 = |a, b| a.wrapping_add(b);
        add_u32, addi_u32: u32 = |a, b| a.wrapping_add(b);
        add_f64: f64 = |a, b| a + b;
        add_f32: f32 = |a, b| a + b;
        sub_i64, subi_i64: i64 = |a, b| a.wrapping_sub(b);
        sub_u64, subi_u64: u64 = |a, b| a.wrapping_sub(b);
        sub_i32, subi_i32: i32 = |a, b| a.wrapping_sub(b);
        sub_u32, subi_u32: u32 = |a, b| a.wrapping_sub(b);
        sub_f64: f64 = |a, b| a - b;
        sub_f32: f32 = |a, b| a - b;
        mul_i64, muli_i64: i64 = |a, b| a.wrapping_mul(b);
        mul_u64, muli_u64: u64 = |a, b| a.wrapping_mul(b);
        mul_i32, muli_i32: i32 = |a, b| a.wrapping_mul(b);
        mul_u32, muli_u32: u32 = |a, b| a.wrapping_mul(b);
        mul_f64: f64 = |a, b| a * b;
        mul_f32: f32 = |a, b| a * b;
        min_i64: i64 = |a, b| a.min(b);
        min_u64: u64 = |a, b| a.min(b);
        min_i32: i32 = |a, b| a.min(b);
        min_u32: u32 = |a, b| a.min(b);
        max_i64: i64 = |a, b| a.max(b);
        max_u64: u64 = |a, b| a.max(b);
        max_i32: i32 = |a, b| a.max(b);
        max_u32: u32 = |a, b| a.max(b);
        min_f64: f64 = |a, b| a.min(b);
        min_f32: f32 = |a, b| a.min(b);
        max_f64: f64 = |a, b| a.max(b);
        max_f32: f32 = |a, b| a.max(b);
    }

    // Two roundings on purpose (`a * b` is rounded before the add): the same
    // result as the `mul` + `add`/`sub` pair they replace.
    ternop! {
        madd_f64: f64 = |a, b, c| a * b + c;
        madd_f32: f32 = |a, b, c| a * b + c;
        msub_f64: f64 = |a, b, c| c - a * b;
        msub_f32: f32 = |a, b, c| c - a * b;
    }

    // Signed division by 2^k without a divide: bias a negative dividend by
    // 2^k - 1 so the arithmetic shift rounds toward zero. `a + bias` cannot
    // overflow (bias is 0 for a >= 0 and below 2^k otherwise).
    pow2_div! {
        divp2_i64, remp2_i64: i64;
        divp2_i32, remp2_i32: i32;
    }

    unop! {
        neg_i64: i64 = |s| s.wrapping_neg();
        neg_u64: u64 = |s| s.wrapping_neg();
        neg_i32: i32 = |s| s.wrapping_neg();
        neg_u32: u32 = |s| s.wrapping_neg();
        neg_f64: f64 = |s| -s;
        neg_f32: f32 = |s| -s;
        abs_f64: f64 = |s| s.abs();
        abs_f32: f32 = |s| s.abs();
        sqrt_f64: f64 = |s| s.sqrt();
        sqrt_f32: f32 = |s| s.sqrt();
        floor_f64: f64 = |s| s.floor();
        floor_f32: f32 = |s| s.floor();
        ceil_f64: f64 = |s| s.ceil();
        ceil_f32: f32 = |s| s.ceil();
        trunc_f64: f64 = |s| s.trunc();
        trunc_f32: f32 = |s| s.trunc();
        // Rust's `round` rounds halves away from zero (C's `round`);
        // `round_ties_even` is IEEE roundTiesToEven (C's `rint`).
        round_f64: f64 = |s| s.round();
        round_f32: f32 = |s| s.round();
        rint_f64: f64 = |s| s.round_ties_even();
        rint_f32: f32 = |s| s.round_ties_even();
    }

    binop! {
        copysign_f64: f64 = |a, b| a.copysign(b);
        copysign_f32: f32 = |a, b| a.copysign(b);
    }

    inplace! {
        inc_i64: i64 = |s| s.wrapping_add(1);
        inc_u64: u64 = |s| s.wrapping_add(1);
        inc_i32: i32 = |s| s.wrapping_add(1);
        inc_u32: u32 = |s| s.wrapping_add(1);
        dec_i64: i64 = |s| s.wrapping_sub(1);
        dec_u64: u64 = |s| s.wrapping_sub(1);
        dec_i32: i32 = |s| s.wrapping_sub(1);
        dec_u32: u32 = |s| s.wrapping_sub(1);
    }

    // ---- bitwise operations and shifts ----
    // `wrapping_shl`/`wrapping_shr` take the amount modulo the bit width. Casting a
    // 64-bit amount to u32 first keeps its low bits, so the result is still `b mod 64`.

    binop! {
        and_i64, andi_i64: i64 = |a, b| a & b;
        and_u64, andi_u64: u64 = |a, b| a & b;
        and_i32, andi_i32: i32 = |a, b| a & b;
        and_u32, andi_u32: u32 = |a, b| a & b;
        or_i64, ori_i64: i64 = |a, b| a | b;
        or_u64, ori_u64: u64 = |a, b| a | b;
        or_i32, ori_i32: i32 = |a, b| a | b;
        or_u32, ori_u32: u32 = |a, b| a | b;
        xor_i64, xori_i64: i64 = |a, b| a ^ b;
        xor_u64, xori_u64: u64 = |a, b| a ^ b;
        xor_i32, xori_i32: i32 = |a, b| a ^ b;
        xor_u32, xori_u32: u32 = |a, b| a ^ b;
        shl_i64, shli_i64: i64 = |a, b| a.wrapping_shl(b as u32);
        shl_u64, shli_u64: u64 = |a, b| a.wrapping_shl(b as u32);
        shl_i32, shli_i32: i32 = |a, b| a.wrapping_shl(b as u32);
        shl_u32, shli_u32: u32 = |a, b| a.wrapping_shl(b);
        shr_i64, shri_i64: i64 = |a, b| (a as u64).wrapping_shr(b as u32) as i64;
        shr_u64, shri_u64: u64 = |a, b| a.wrapping_shr(b as u32);
        shr_i32, shri_i32: i32 = |a, b| (a as u32).wrapping_shr(b as u32) as i32;
        shr_u32, shri_u32: u32 = |a, b| a.wrapping_shr(b);
        sar_i64, sari_i64: i64 = |a, b| a.wrapping_shr(b as u32);
        sar_u64, sari_u64: u64 = |a, b| (a as i64).wrapping_shr(b as u32) as u64;
        sar_i32, sari_i32: i32 = |a, b| a.wrapping_shr(b as u32);
        sar_u32, sari_u32: u32 = |a, b| (a as i32).wrapping_shr(b) as u32;
    }

    unop! {
        not_i64: i64 = |s| !s;
        not_u64: u64 = |s| !s;
        not_i32: i32 = |s| !s;
        not_u32: u32 = |s| !s;
        clz_u64: u64 = |s| u64::from(s.leading_zeros());
        clz_u32: u32 = |s| u64::from(s.leading_zeros());
        ctz_u64: u64 = |s| u64::from(s.trailing_zeros());
        ctz_u32: u32 = |s| u64::from(s.trailing_zeros());
        popcnt_u64: u64 = |s| u64::from(s.count_ones());
        popcnt_u32: u32 = |s| u64::from(s.count_ones());
        bswap_u64: u64 = |s| s.swap_bytes();
        bswap_u32: u32 = |s| s.swap_bytes();
        bswap_u16: u16 = |s| s.swap_bytes();
    }

    // The count is taken modulo the width (written out: `rotate_left` would
    // do it too, but only implicitly).
    binop! {
        rotl_u64: u64 = |a, b| a.rotate_left((b % 64) as u32);
        rotl_u32: u32 = |a, b| a.rotate_left(b % 32);
        rotr_u64: u64 = |a, b| a.rotate_right((b % 64) as u32);
        rotr_u32: u32 = |a, b| a.rotate_right(b % 32);
    }

    // ---- comparisons and compare-and-branch ----

    select! {
        == i64 => seleq_i64; == u64 => seleq_u64; == i32 => seleq_i32;
        == u32 => seleq_u32; == f64 => seleq_f64; == f32 => seleq_f32;
        < i64 => sellt_i64; < u64 => sellt_u64; < i32 => sellt_i32;
        < u32 => sellt_u32; < f64 => sellt_f64; < f32 => sellt_f32;
        <= i64 => selle_i64; <= u64 => selle_u64; <= i32 => selle_i32;
        <= u32 => selle_u32; <= f64 => selle_f64; <= f32 => selle_f32;
    }

    compare! {
        == i64 => eq_i64, beq_i64, beqi_i64;
        == u64 => eq_u64, beq_u64, beqi_u64;
        == i32 => eq_i32, beq_i32, beqi_i32;
        == u32 => eq_u32, beq_u32, beqi_u32;
        == f64 => eq_f64, beq_f64;
        == f32 => eq_f32, beq_f32;
        != i64 => ne_i64, bne_i64, bnei_i64;
        != u64 => ne_u64, bne_u64, bnei_u64;
        != i32 => ne_i32, bne_i32, bnei_i32;
        != u32 => ne_u32, bne_u32, bnei_u32;
        != f64 => ne_f64, bne_f64;
        != f32 => ne_f32, bne_f32;
        < i64 => lt_i64, blt_i64, blti_i64;
        < u64 => lt_u64, blt_u64, blti_u64;
        < i32 => lt_i32, blt_i32, blti_i32;
        < u32 => lt_u32, blt_u32, blti_u32;
        < f64 => lt_f64, blt_f64;
        < f32 => lt_f32, blt_f32;
        <= i64 => le_i64, ble_i64, blei_i64;
        <= u64 => le_u64, ble_u64, blei_u64;
        <= i32 => le_i32, ble_i32, blei_i32;
        <= u32 => le_u32, ble_u32, blei_u32;
        <= f64 => le_f64, ble_f64;
        <= f32 => le_f32, ble_f32;
        > i64 => gt_i64, bgt_i64, bgti_i64;
        > u64 => gt_u64, bgt_u64, bgti_u64;
        > i32 => gt_i32, bgt_i32, bgti_i32;
        > u32 => gt_u32, bgt_u32, bgti_u32;
        > f64 => gt_f64, bgt_f64;
        > f32 => gt_f32, bgt_f32;
        >= i64 => ge_i64, bge_i64, bgei_i64;
        >= u64 => ge_u64, bge_u64, bgei_u64;
        >= i32 => ge_i32, bge_i32, bgei_i32;
        >= u32 => ge_u32, bge_u32, bgei_u32;
        >= f64 => ge_f64, bge_f64;
        >= f32 => ge_f32, bge_f32;
    }

    #[inline(always)]
    fn jz(&mut self, cond: Reg) -> bool {
        self.get::<u64>(cond) == 0
    }

    #[inline(always)]
    fn jnz(&mut self, cond: Reg) -> bool {
        self.get::<u64>(cond) != 0
    }

    add_imm_branch! {
        addiblti_i64: i64, <; addiblti_i32: i32, <;
        addiblei_i64: i64, <=; addiblei_i32: i32, <=;
        addibgti_i64: i64, >; addibgti_i32: i32, >;
        addibgei_i64: i64, >=; addibgei_i32: i32, >=;
        addibeqi_i64: i64, ==; addibeqi_i32: i32, ==;
        addibnei_i64: i64, !=; addibnei_i32: i32, !=;
    }

    add_branch! {
        addblt_i64: i64, <; addblt_u64: u64, <; addblt_i32: i32, <; addblt_u32: u32, <;
        addble_i64: i64, <=; addble_u64: u64, <=; addble_i32: i32, <=; addble_u32: u32, <=;
    }

    #[inline(always)]
    fn fref(&mut self, dst: Reg, func: FuncRef) {
        self.set(dst, u64::from(func.0));
    }

    // ---- conversions, extension and bit casts ----
    // `as` gives exactly the specified semantics: int→int wraps, float→int
    // saturates (NaN → 0), int→float and f64→f32 round to nearest.

    unop! {
        cvt_i64_u64: u64 = |s| s as i64;
        cvt_i64_i32: i32 = |s| i64::from(s);
        cvt_i64_u32: u32 = |s| i64::from(s);
        cvt_i64_f64: f64 = |s| s as i64;
        cvt_i64_f32: f32 = |s| s as i64;
        cvt_u64_i64: i64 = |s| s as u64;
        cvt_u64_i32: i32 = |s| s as u64;
        cvt_u64_u32: u32 = |s| u64::from(s);
        cvt_u64_f64: f64 = |s| s as u64;
        cvt_u64_f32: f32 = |s| s as u64;
        cvt_i32_i64: i64 = |s| s as i32;
        cvt_i32_u64: u64 = |s| s as i32;
        cvt_i32_u32: u32 = |s| s as i32;
        cvt_i32_f64: f64 = |s| s as i32;
        cvt_i32_f32: f32 = |s| s as i32;
        cvt_u32_i64: i64 = |s| s as u32;
        cvt_u32_u64: u64 = |s| s as u32;
        cvt_u32_i32: i32 = |s| s as u32;
        cvt_u32_f64: f64 = |s| s as u32;
        cvt_u32_f32: f32 = |s| s as u32;
        cvt_f64_i64: i64 = |s| s as f64;
        cvt_f64_u64: u64 = |s| s as f64;
        cvt_f64_i32: i32 = |s| f64::from(s);
        cvt_f64_u32: u32 = |s| f64::from(s);
        cvt_f64_f32: f32 = |s| f64::from(s);
        cvt_f32_i64: i64 = |s| s as f32;
        cvt_f32_u64: u64 = |s| s as f32;
        cvt_f32_i32: i32 = |s| s as f32;
        cvt_f32_u32: u32 = |s| s as f32;
        cvt_f32_f64: f64 = |s| s as f32;
        sext_8: u64 = |s| i64::from(s as i8);
        sext_16: u64 = |s| i64::from(s as i16);
        sext_32: u64 = |s| i64::from(s as i32);
        zext_8: u64 = |s| u64::from(s as u8);
        zext_16: u64 = |s| u64::from(s as u16);
        zext_32: u64 = |s| u64::from(s as u32);
        bitcast_i64_f64: f64 = |s| s.to_bits() as i64;
        bitcast_f64_i64: i64 = |s| f64::from_bits(s as u64);
        bitcast_i32_f32: f32 = |s| s.to_bits() as i32;
        bitcast_f32_i32: i32 = |s| f32::from_bits(s as u32);
    }

    #[inline(always)]
    fn lea(&mut self, dst: Reg, sym: DataRef) {
        self.set(dst, DATA_BASE + u64::from(sym.0));
    }
}
