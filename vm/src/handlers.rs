//! Instruction semantics: the hand-written half of the ISA. Each method fills one
//! slot of the generated [`Handler`] trait; the macros below only save typing for
//! families whose variants differ in nothing but the type.

use crate::isa::{DataRef, FuncRef, Handler, Label, Reg};
use crate::machine::{trap, Break, Machine};
use crate::trap::Trap;
use std::io::Write;

/// `dst = f(a, b)` handlers.
macro_rules! binop {
    ($($name:ident: $t:ty = |$a:ident, $b:ident| $e:expr;)*) => {$(
        #[inline(always)]
        fn $name(&mut self, dst: Reg, a: Reg, b: Reg) {
            let ($a, $b): ($t, $t) = (self.get(a), self.get(b));
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

/// `dst = imm` handlers.
macro_rules! movi {
    ($($name:ident: $t:ty;)*) => {$(
        #[inline(always)]
        fn $name(&mut self, dst: Reg, imm: $t) {
            self.set(dst, imm);
        }
    )*};
}

/// Compare-and-branch handlers.
macro_rules! branch {
    ($($name:ident: $t:ty = |$a:ident, $b:ident| $e:expr;)*) => {$(
        #[inline(always)]
        fn $name(&mut self, next: &mut usize, a: Reg, b: Reg, target: Label) {
            let ($a, $b): ($t, $t) = (self.get(a), self.get(b));
            if $e {
                *next = target.0 as usize;
            }
        }
    )*};
}

/// `print.T` handlers.
macro_rules! print {
    ($($name:ident: $t:ty = $fmt:literal;)*) => {$(
        #[inline(always)]
        fn $name(&mut self, src: Reg) -> Result<(), Break> {
            let v: $t = self.get(src);
            writeln!(self.out, $fmt, v).map_err(|e| trap(Trap::Output(e.to_string())))
        }
    )*};
}

impl Handler for Machine<'_> {
    type Break = Break;

    fn pc_out_of_bounds(&mut self, _pc: usize) -> Break {
        trap(Trap::PcOutOfBounds)
    }

    #[inline(always)]
    fn nop(&mut self) {}

    #[inline(always)]
    fn halt(&mut self, code: Reg) -> Result<(), Break> {
        Err(Break::Halt(self.get::<i32>(code)))
    }

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

    binop! {
        add_i64: i64 = |a, b| a.wrapping_add(b);
        add_u64: u64 = |a, b| a.wrapping_add(b);
        add_i32: i32 = |a, b| a.wrapping_add(b);
        add_u32: u32 = |a, b| a.wrapping_add(b);
        add_f64: f64 = |a, b| a + b;
        add_f32: f32 = |a, b| a + b;
        sub_i64: i64 = |a, b| a.wrapping_sub(b);
        sub_u64: u64 = |a, b| a.wrapping_sub(b);
        sub_i32: i32 = |a, b| a.wrapping_sub(b);
        sub_u32: u32 = |a, b| a.wrapping_sub(b);
        sub_f64: f64 = |a, b| a - b;
        sub_f32: f32 = |a, b| a - b;
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

    #[inline(always)]
    fn jmp(&mut self, next: &mut usize, target: Label) {
        *next = target.0 as usize;
    }

    #[inline(always)]
    fn jz(&mut self, next: &mut usize, cond: Reg, target: Label) {
        if self.get::<u64>(cond) == 0 {
            *next = target.0 as usize;
        }
    }

    branch! {
        blt_i64: i64 = |a, b| a < b;
        blt_u64: u64 = |a, b| a < b;
        blt_i32: i32 = |a, b| a < b;
        blt_u32: u32 = |a, b| a < b;
        blt_f64: f64 = |a, b| a < b;
        blt_f32: f32 = |a, b| a < b;
    }

    #[inline(always)]
    fn call(&mut self, next: &mut usize, func: FuncRef, base: Reg) -> Result<(), Break> {
        self.enter(next, func.0 as usize, base)
    }

    #[inline(always)]
    fn ret(&mut self, next: &mut usize, src: Reg) -> Result<(), Break> {
        let v: u64 = self.get(src);
        self.regs[self.base] = v;
        match self.frames.pop() {
            Some(f) => {
                self.base = f.base;
                *next = f.ret;
                Ok(())
            }
            None => Err(Break::Halt(v as i32)),
        }
    }

    print! {
        print_i8: i8 = "{}"; print_i16: i16 = "{}"; print_i32: i32 = "{}"; print_i64: i64 = "{}";
        print_u8: u8 = "{}"; print_u16: u16 = "{}"; print_u32: u32 = "{}"; print_u64: u64 = "{}";
        print_f32: f32 = "{:?}"; print_f64: f64 = "{:?}";
    }

    #[inline(always)]
    fn prints(&mut self, str: DataRef) -> Result<(), Break> {
        // The verifier guarantees `str <= data.len()`.
        let bytes = &self.data[str.0 as usize..];
        let end = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
        self.out
            .write_all(&bytes[..end])
            .map_err(|e| trap(Trap::Output(e.to_string())))
    }
}
