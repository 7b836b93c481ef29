//! `setjmp`/`longjmp`: jump points kept by the VM, named in VM memory only by
//! a token.
//!
//! A jump point is recorded by `setjmp` in the VM's own state: the frame that
//! ran it (its call depth), where to resume, the register window's contents
//! and the stack pointer. The program's `jmp_buf` gets only a token (a serial
//! number never reused, and the depth), so a forged, stale or overwritten
//! buffer can name no jump point but a live one, and `longjmp` to anything
//! else traps with `longjmp to a dead frame`.
//!
//! A jump point dies with its frame. So that ordinary calls and returns pay
//! nothing for this, the frame is not marked; instead the first `setjmp` of
//! an activation *hooks* its return: the return address saved in the
//! caller's [`Frame`](crate::machine::Frame) is replaced by one past the last
//! instruction (the index `Vm::call` already uses to stop), and the real one
//! is kept in a [`Hook`]. When the function returns, dispatch stops there,
//! [`Vm::rejoin`] drops the activation's jump points and continues at the
//! real return address. Only functions that ran `setjmp` take this detour.

use crate::isa::Reg;
use crate::machine::{trap, Break, Vm};
use crate::trap::Trap;

/// Most jump points live at once (each holds a copy of a register window).
pub const MAX_JUMP_POINTS: usize = 65536;

/// One live jump point.
#[derive(Debug, Clone)]
pub(crate) struct JumpPoint {
    serial: u64,
    /// `frames.len()` when `setjmp` ran: the activation it belongs to.
    depth: usize,
    /// Instruction after the `setjmp`.
    resume: usize,
    /// The `setjmp`'s result register.
    dst: u8,
    base: usize,
    top: usize,
    sp: u64,
    /// `regs[base..top]` when `setjmp` ran.
    regs: Box<[u64]>,
}

/// The real return address of an activation whose return is hooked.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hook {
    /// The activation's depth (`frames.len()` while it runs).
    depth: usize,
    /// Where its `ret` really goes.
    ret: usize,
}

/// The VM's jump points (see the module documentation).
#[derive(Debug, Default)]
pub(crate) struct Jumps {
    /// Live jump points, in nondecreasing depth.
    points: Vec<JumpPoint>,
    /// Hooked returns, in increasing depth.
    hooks: Vec<Hook>,
    /// Last serial handed out.
    serial: u64,
    /// Lowest depth a `longjmp` may reach: frames below belong to code
    /// outside the innermost `Vm::call`.
    pub(crate) floor: usize,
}

impl Jumps {
    /// Registers kept by jump points (garbage-collector roots).
    pub(crate) fn saved_registers(&self) -> impl Iterator<Item = u64> + '_ {
        self.points.iter().flat_map(|p| p.regs.iter().copied())
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.points.is_empty() && self.hooks.is_empty()
    }

    /// The real return address of the frame at `index` of the frame stack
    /// (the frame that the activation at depth `index + 1` returns to), when
    /// its return is hooked.
    pub(crate) fn hooked_ret(&self, index: usize) -> Option<usize> {
        self.hooks
            .iter()
            .rev()
            .find(|h| h.depth == index + 1)
            .map(|h| h.ret)
    }

    /// Forgets jump points and hooks of activations deeper than `depth`
    /// (their frames are gone).
    pub(crate) fn drop_deeper(&mut self, depth: usize) {
        self.points.retain(|p| p.depth <= depth);
        self.hooks.retain(|h| h.depth <= depth);
    }

    /// Exchanges the running thread's jump points with `other`'s (a thread
    /// switch); serials stay unique across threads.
    pub(crate) fn swap_thread(&mut self, other: &mut Jumps) {
        std::mem::swap(&mut self.points, &mut other.points);
        std::mem::swap(&mut self.hooks, &mut other.hooks);
        std::mem::swap(&mut self.floor, &mut other.floor);
    }

    /// Forgets everything (a new run).
    pub(crate) fn clear(&mut self) {
        self.points.clear();
        self.hooks.clear();
        self.floor = 0;
    }
}

impl Vm<'_> {
    /// `setjmp dst, buf`, resuming at `resume` when jumped to.
    #[cold]
    #[inline(never)]
    pub(crate) fn set_jump(&mut self, resume: usize, dst: Reg, buf: Reg) -> Result<(), Break> {
        let addr: u64 = self.get(buf);
        if self.mem.slice(addr, 16).is_none() {
            return Err(trap(Trap::OutOfBounds { addr, size: 16 }));
        }
        let depth = self.frames.len();
        // Jump points of deeper activations are already gone (`drop_deeper`
        // runs whenever frames go); this keeps the invariant if not.
        self.jumps.drop_deeper(depth);
        let window = &self.regs[self.base..self.top];
        let (base, top, sp) = (self.base, self.top, self.mem.sp());
        let existing = self
            .jumps
            .points
            .iter_mut()
            .rev()
            .take_while(|p| p.depth == depth)
            .find(|p| p.resume == resume && p.dst == dst.0);
        let serial = match existing {
            Some(p) => {
                p.regs.copy_from_slice(window);
                p.sp = sp;
                p.serial
            }
            None => {
                if self.jumps.points.len() >= MAX_JUMP_POINTS {
                    return Err(trap(Trap::TooManyJumpPoints {
                        limit: MAX_JUMP_POINTS,
                    }));
                }
                self.jumps.serial += 1;
                let serial = self.jumps.serial;
                let regs = window.into();
                self.jumps.points.push(JumpPoint {
                    serial,
                    depth,
                    resume,
                    dst: dst.0,
                    base,
                    top,
                    sp,
                    regs,
                });
                let hooked = self.jumps.hooks.last().is_some_and(|h| h.depth == depth);
                if depth > 0 && !hooked {
                    let end = self.prog.code.len();
                    let frame = &mut self.frames[depth - 1];
                    self.jumps.hooks.push(Hook {
                        depth,
                        ret: frame.ret,
                    });
                    frame.ret = end;
                }
                serial
            }
        };
        let mut token = [0u8; 16];
        token[..8].copy_from_slice(&serial.to_le_bytes());
        token[8..].copy_from_slice(&(depth as u64).to_le_bytes());
        // Checked above.
        let _ = self.mem.write(addr, token);
        self.set(dst, 0i32);
        Ok(())
    }

    /// `longjmp buf, val`.
    #[cold]
    #[inline(never)]
    pub(crate) fn long_jump(&mut self, next: &mut usize, buf: Reg, val: Reg) -> Result<(), Break> {
        let addr: u64 = self.get(buf);
        let Some(token) = self.mem.read::<16>(addr) else {
            return Err(trap(Trap::OutOfBounds { addr, size: 16 }));
        };
        let serial = u64::from_le_bytes(token[..8].try_into().unwrap_or_default());
        let depth = u64::from_le_bytes(token[8..].try_into().unwrap_or_default());
        let floor = self.jumps.floor;
        let frames = self.frames.len();
        let Some(i) = self.jumps.points.iter().rposition(|p| {
            p.serial == serial && p.depth as u64 == depth && p.depth >= floor && p.depth <= frames
        }) else {
            return Err(trap(Trap::LongjmpDeadFrame));
        };
        let v: i32 = self.get(val);
        let depth = self.jumps.points[i].depth;
        self.frames.truncate(depth);
        self.jumps.drop_deeper(depth);
        let p = &self.jumps.points[i];
        self.base = p.base;
        self.top = p.top;
        self.regs[p.base..p.top].copy_from_slice(&p.regs);
        // Only ever moves sp back up to where it was in a live frame.
        let _ = self.mem.set_sp(p.sp);
        let (dst, resume) = (Reg(p.dst), p.resume);
        self.sync_window();
        self.set(dst, if v == 0 { 1 } else { v });
        *next = resume;
        Ok(())
    }

    /// Whether execution stopped at one past the last instruction because an
    /// activation whose return is hooked just returned.
    pub(crate) fn hook_returned(&self) -> bool {
        self.jumps
            .hooks
            .last()
            .is_some_and(|h| h.depth == self.frames.len() + 1)
    }

    /// After a hooked return: forgets the returned activation's jump points
    /// and gives the real return address.
    #[cold]
    #[inline(never)]
    pub(crate) fn rejoin(&mut self) -> usize {
        let depth = self.frames.len();
        let ret = self
            .jumps
            .hooks
            .pop()
            .map_or(self.prog.code.len(), |h| h.ret);
        self.jumps.drop_deeper(depth);
        ret
    }
}
