//! The VM address space: one bounded byte array holding the data segment, the
//! stack and the heap. Every access is bounds-checked; nothing a program does can
//! reach host memory.
//!
//! Layout (addresses are byte offsets into the array):
//!
//! ```text
//! 0 ........ 0x1000        null guard: every access traps, so 0 is never valid
//! 0x1000 ... data_end      data segment (initialised from the module, writable)
//! stack_lo . stack_hi      stack, [`MemoryConfig::stack`] bytes, grows down from stack_hi
//! heap_base  .. len        heap, grows on demand up to [`MemoryConfig::max`]
//! ```
//!
//! Regions are 16-byte aligned. Only the heap grows; its growth is the array's
//! growth.
//!
//! # The memory budget
//!
//! [`MemoryConfig::max`] (`--max-memory`) caps everything a program can make
//! the VM hold in host memory, not only the address space: the array, the
//! heap's bookkeeping ([`Heap::metadata_for`], about 30% of the heap), and
//! what the VM charges from outside ([`Memory::charge`]: the register file and
//! call frames, threaded code, the collector's mark stack, an observer's
//! tables, the heap checker's records). Every growth is checked against the
//! cap before anything is allocated; what does not fit traps with `memory
//! limit` and the numbers, never an abort. [`Memory::in_use`] is the total.

use crate::heap::{Heap, GRANULE};
use crate::trap::Trap;
use std::fmt;

/// First valid address: the data segment starts here.
pub const DATA_BASE: u64 = 0x1000;

/// The largest address space (256 TiB): far more than any host can give, and
/// small enough that `OVERFLOW_BIT`'s reasoning holds.
pub const MAX_SPACE: u64 = 1 << 48;

/// `ld`/`st` add a signed 32-bit offset to a base: with a base below 2^63 the
/// sum cannot wrap, and from a base at or above it only a wrapped sum can
/// land below `MAX_SPACE`, so refusing bases with this bit set refuses
/// exactly the overflowing sums that would land inside the address space.
const OVERFLOW_BIT: u64 = 1 << 63;

/// Sizes of the address space regions, in bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemoryConfig {
    /// Initial size of the whole address space (`--init-ram`). When larger than
    /// the regions need, the extra space goes to the heap.
    pub init_ram: u64,
    /// Stack size (`--init-stack-size`).
    pub stack: u64,
    /// Initial heap size (`--init-heap-size`).
    pub init_heap: u64,
    /// Cap on the host memory the program can make the VM hold (`--max-memory`):
    /// the address space, the heap's bookkeeping, register windows and call
    /// frames, and the VM's other per-run tables (see the module docs). The
    /// heap grows up to it.
    pub max: u64,
}

impl Default for MemoryConfig {
    fn default() -> Self {
        MemoryConfig {
            init_ram: 0,
            stack: 1 << 20,
            init_heap: 1 << 20,
            max: 1 << 30,
        }
    }
}

/// Parses a size as the command lines take it: `4096`, `64k`, `16m`, `1g`
/// (powers of 1024). The error says what was expected.
pub fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let (digits, shift) = match t.char_indices().last() {
        Some((i, 'k' | 'K')) => (&t[..i], 10),
        Some((i, 'm' | 'M')) => (&t[..i], 20),
        Some((i, 'g' | 'G')) => (&t[..i], 30),
        _ => (t, 0),
    };
    let n: u64 = digits.parse().map_err(|_| {
        format!("`{s}` is not a size: expected a number of bytes like 65536, 64k, 16m or 1g")
    })?;
    n.checked_mul(1 << shift)
        .ok_or_else(|| format!("`{s}` is too large"))
}

/// An address-space configuration that cannot be laid out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LayoutError(pub String);

impl fmt::Display for LayoutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for LayoutError {}

/// The address space and its allocator.
#[derive(Debug, Clone)]
pub struct Memory {
    bytes: Vec<u8>,
    data_len: u64,
    stack_lo: u64,
    stack_hi: u64,
    sp: u64,
    max: u64,
    /// Bytes charged from outside the address space and the heap (register
    /// file, call frames, ...; see [`Memory::charge`]).
    outside: u64,
    /// The heap allocator (metadata only; the bytes are in `bytes`).
    pub heap: Heap,
}

impl Memory {
    /// Lays out the address space for a data segment.
    pub fn new(data: &[u8], cfg: &MemoryConfig) -> Result<Memory, LayoutError> {
        Memory::with_zeros(data, 0, cfg)
    }

    /// [`Memory::new`] with a data segment of `data` followed by `zeros`
    /// zero bytes (a `.vve`'s [`crate::vve::Image::bss`]): their pages are
    /// not touched until the program writes them.
    pub fn with_zeros(data: &[u8], zeros: u64, cfg: &MemoryConfig) -> Result<Memory, LayoutError> {
        // Checked: sizes near u64::MAX must be refused, not wrap to a small layout.
        let align = |x: u64| x.checked_next_multiple_of(GRANULE);
        let data_len = (data.len() as u64).saturating_add(zeros);
        let layout = || {
            let stack_lo = align(DATA_BASE.checked_add(data_len)?)?;
            let stack_hi = align(stack_lo.checked_add(cfg.stack)?)?;
            let need = stack_hi.checked_add(align(cfg.init_heap)?)?;
            // At least one granule past `DATA_BASE`, so that the bounds
            // check of `read`/`write` can subtract `DATA_BASE + N` from the
            // length without wrapping (see `index_of`).
            let len = need.max(align(cfg.init_ram)?).max(DATA_BASE + GRANULE);
            Some((stack_lo, stack_hi, len))
        };
        let Some((stack_lo, stack_hi, len)) = layout() else {
            return Err(LayoutError(format!(
                "the address space would be larger than 2^64 bytes (data {data_len}, stack {}, heap {}, init-ram {})",
                cfg.stack, cfg.init_heap, cfg.init_ram
            )));
        };
        let heap_base = stack_hi;
        // Checked before allocating anything: the array and the heap's
        // bookkeeping together must fit under the cap.
        let meta = Heap::metadata_for(len - heap_base);
        if len.saturating_add(meta) > cfg.max {
            return Err(LayoutError(format!(
                "the address space needs {len} bytes (data {data_len}, stack {}, heap {}, init-ram {}) and its heap {meta} bytes of bookkeeping, {} in all, but --max-memory is {}",
                cfg.stack, cfg.init_heap, cfg.init_ram, len + meta, cfg.max
            )));
        }
        let len_usize = usize::try_from(len)
            .ok()
            .filter(|_| len <= MAX_SPACE)
            .ok_or_else(|| LayoutError("address space too large for this host".into()))?;
        // calloc: the OS hands out zero pages lazily, so a large --init-ram costs
        // nothing until it is touched (and --max-memory bounds it).
        let mut bytes = vec![0u8; len_usize];
        bytes[DATA_BASE as usize..DATA_BASE as usize + data.len()].copy_from_slice(data);
        Ok(Memory {
            bytes,
            data_len,
            stack_lo,
            stack_hi,
            sp: stack_hi,
            max: cfg.max,
            outside: 0,
            heap: Heap::new(heap_base, len - heap_base),
        })
    }

    /// Host bytes the VM holds for the program now, counted against the cap:
    /// the address space, the heap's bookkeeping and what was charged from
    /// outside ([`Memory::charge`]).
    pub fn in_use(&self) -> u64 {
        self.bytes.capacity() as u64 + self.heap.metadata_bytes() + self.outside
    }

    /// Bytes left under the cap.
    pub fn available(&self) -> u64 {
        self.max.saturating_sub(self.in_use())
    }

    /// Counts `bytes` more host memory against the cap before the caller
    /// allocates it; `what` names it in the trap when it does not fit.
    pub fn charge(&mut self, bytes: u64, what: impl FnOnce() -> String) -> Result<(), Trap> {
        if bytes > self.available() {
            return Err(Trap::MemoryLimit {
                what: what(),
                requested: bytes,
                in_use: self.in_use(),
                cap: self.max,
            });
        }
        self.outside += bytes;
        Ok(())
    }

    /// Gives back `bytes` charged with [`Memory::charge`].
    pub fn release(&mut self, bytes: u64) {
        self.outside = self.outside.saturating_sub(bytes);
    }

    /// Bytes charged from outside the address space and the heap.
    pub fn outside(&self) -> u64 {
        self.outside
    }

    /// Current size of the address space.
    pub fn len(&self) -> u64 {
        self.bytes.len() as u64
    }

    /// Whether the address space is empty (it never is once laid out).
    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    /// Cap on the address space.
    pub fn max(&self) -> u64 {
        self.max
    }

    /// The data segment's address range.
    pub fn data_range(&self) -> (u64, u64) {
        (DATA_BASE, DATA_BASE + self.data_len)
    }

    /// The stack's address range (`lo`, `hi`); the stack grows down from `hi`.
    pub fn stack_range(&self) -> (u64, u64) {
        (self.stack_lo, self.stack_hi)
    }

    /// Current stack pointer.
    pub fn sp(&self) -> u64 {
        self.sp
    }

    /// The running thread's stack: `(lo, hi, sp)`.
    pub(crate) fn stack_state(&self) -> (u64, u64, u64) {
        (self.stack_lo, self.stack_hi, self.sp)
    }

    /// Makes `lo..hi` the stack, with `sp` its pointer: each thread of the
    /// VM has its own (see `threads.rs`); the first is the one laid out here,
    /// the others are heap blocks.
    pub(crate) fn set_stack_state(&mut self, (lo, hi, sp): (u64, u64, u64)) {
        debug_assert!(lo <= sp && sp <= hi);
        (self.stack_lo, self.stack_hi, self.sp) = (lo, hi, sp);
    }

    /// Sets the stack pointer; `None` if outside the stack.
    pub fn set_sp(&mut self, sp: u64) -> Option<()> {
        (self.stack_lo..=self.stack_hi)
            .contains(&sp)
            .then(|| self.sp = sp)
    }

    /// Puts the stack pointer back to `sp`, a value it had in this thread's
    /// stack (what `ret` does with the one its frame saved): no check, as
    /// [`Memory::set_sp`] makes. Even a wrong value could only make the
    /// program's own accesses fault, since every access is bounds-checked.
    #[inline(always)]
    pub(crate) fn restore_sp(&mut self, sp: u64) {
        debug_assert!((self.stack_lo..=self.stack_hi).contains(&sp));
        self.sp = sp;
    }

    /// The bytes at `addr..addr+len`, if all inside the address space and above the guard.
    #[inline(always)]
    pub fn slice(&self, addr: u64, len: u64) -> Option<&[u8]> {
        let end = addr.checked_add(len)?;
        if addr < DATA_BASE || end > self.bytes.len() as u64 {
            return None;
        }
        Some(&self.bytes[addr as usize..end as usize])
    }

    /// Mutable bytes at `addr..addr+len`, if all inside the address space and above the guard.
    #[inline(always)]
    pub fn slice_mut(&mut self, addr: u64, len: u64) -> Option<&mut [u8]> {
        let end = addr.checked_add(len)?;
        if addr < DATA_BASE || end > self.bytes.len() as u64 {
            return None;
        }
        Some(&mut self.bytes[addr as usize..end as usize])
    }

    /// How far past `DATA_BASE` the `N` bytes at `addr` start, if all of
    /// them are inside the address space and above the guard: one unsigned
    /// comparison, since an address below `DATA_BASE` wraps around to a huge
    /// distance.
    #[inline(always)]
    fn past_base<const N: usize>(&self, addr: u64) -> Option<usize> {
        const { assert!(N as u64 <= GRANULE) };
        let rel = addr.wrapping_sub(DATA_BASE);
        // No wrap-around: `new` makes the space at least `DATA_BASE +
        // GRANULE` bytes long, and it never shrinks.
        (rel <= self.bytes.len() as u64 - (DATA_BASE + N as u64)).then_some(rel as usize)
    }

    /// Reads `N` bytes at `addr`.
    #[inline(always)]
    pub fn read<const N: usize>(&self, addr: u64) -> Option<[u8; N]> {
        let rel = self.past_base::<N>(addr)?;
        Some(self.load(rel))
    }

    /// Writes `N` bytes at `addr`.
    #[inline(always)]
    pub fn write<const N: usize>(&mut self, addr: u64, v: [u8; N]) -> Option<()> {
        let rel = self.past_base::<N>(addr)?;
        self.store(rel, v);
        Some(())
    }

    /// Reads `N` bytes at `base + off`, as `ld` addresses them: `None` if the
    /// sum overflows (in either direction) or the bytes are not all inside
    /// the address space; the address to report is then
    /// `base.wrapping_add_signed(off)`.
    #[inline(always)]
    pub fn read_off<const N: usize>(&self, base: u64, off: i32) -> Option<[u8; N]> {
        if base & OVERFLOW_BIT != 0 {
            return None;
        }
        self.read(base.wrapping_add_signed(i64::from(off)))
    }

    /// Writes `N` bytes at `base + off`, as `st` addresses them (see
    /// [`Memory::read_off`]).
    #[inline(always)]
    pub fn write_off<const N: usize>(&mut self, base: u64, off: i32, v: [u8; N]) -> Option<()> {
        if base & OVERFLOW_BIT != 0 {
            return None;
        }
        self.write(base.wrapping_add_signed(i64::from(off)), v)
    }

    /// The `N` bytes `rel` bytes past `DATA_BASE` (from `past_base`).
    #[inline(always)]
    fn load<const N: usize>(&self, rel: usize) -> [u8; N] {
        let i = DATA_BASE as usize + rel;
        debug_assert!(i + N <= self.bytes.len());
        // SAFETY: `past_base` returned `rel`, so `i + N <= bytes.len()`.
        unsafe {
            self.bytes
                .as_ptr()
                .add(i)
                .cast::<[u8; N]>()
                .read_unaligned()
        }
    }

    #[inline(always)]
    fn store<const N: usize>(&mut self, rel: usize, v: [u8; N]) {
        let i = DATA_BASE as usize + rel;
        debug_assert!(i + N <= self.bytes.len());
        // SAFETY: as in `load`.
        unsafe {
            self.bytes
                .as_mut_ptr()
                .add(i)
                .cast::<[u8; N]>()
                .write_unaligned(v)
        }
    }

    /// Pushes `N` bytes; `None` on stack overflow.
    #[inline(always)]
    pub fn push<const N: usize>(&mut self, v: [u8; N]) -> Option<()> {
        let sp = self
            .sp
            .checked_sub(N as u64)
            .filter(|&s| s >= self.stack_lo)?;
        self.sp = sp;
        self.write(sp, v)
    }

    /// Pops `N` bytes; `None` on stack underflow.
    #[inline(always)]
    pub fn pop<const N: usize>(&mut self) -> Option<[u8; N]> {
        let end = self
            .sp
            .checked_add(N as u64)
            .filter(|&e| e <= self.stack_hi)?;
        let v = self.read(self.sp)?;
        self.sp = end;
        Some(v)
    }

    /// Grows the heap (and the address space) so that at least `extra` more
    /// bytes are available, doubling when possible, never past the cap (the
    /// new space and its bookkeeping together). Returns false if the cap
    /// leaves no room for `extra`.
    pub fn grow_heap(&mut self, extra: u64) -> bool {
        let len = self.len();
        let room = self.room();
        // Whole granules only, and at least one (a 0-byte block takes one):
        // the address space stays a multiple of GRANULE and a successful call
        // always adds a granule. Otherwise, at the cap, an `alloc` of 0 bytes
        // "grew" by nothing and retried forever.
        // Checked: a request near u64::MAX must fail, not wrap to a small size.
        let Some(extra) = extra
            .max(1)
            .checked_next_multiple_of(GRANULE)
            .filter(|&e| e <= room)
        else {
            return false;
        };
        let want = extra.max(self.heap.size()).min(room);
        let new_len = len + want;
        let Ok(n) = usize::try_from(new_len) else {
            return false;
        };
        if new_len > MAX_SPACE {
            return false;
        }
        if self.bytes.try_reserve_exact(n - self.bytes.len()).is_err() {
            return false;
        }
        self.bytes.resize(n, 0);
        self.heap.grow_to(new_len - self.heap.base());
        true
    }

    /// The most bytes (whole granules) the heap can grow by with its
    /// bookkeeping still under the cap.
    fn room(&self) -> u64 {
        let budget = self.available();
        let size = self.heap.size();
        let meta_now = self.heap.metadata_bytes();
        let cost = |g: u64| {
            let grown = g * GRANULE;
            grown
                + self
                    .heap
                    .metadata_for_this(size + grown)
                    .saturating_sub(meta_now)
        };
        // The largest number of granules whose cost fits: cost grows with it.
        let (mut lo, mut hi) = (0u64, budget / GRANULE);
        while lo < hi {
            let mid = lo + (hi - lo).div_ceil(2);
            if cost(mid) <= budget {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        lo * GRANULE
    }

    /// `memmove`: copies `len` bytes from `src` to `dst`; `None` (nothing copied)
    /// if either range is out of bounds.
    pub fn copy(&mut self, dst: u64, src: u64, len: u64) -> Option<()> {
        self.slice(src, len)?;
        self.slice(dst, len)?;
        let (s, d, n) = (src as usize, dst as usize, len as usize);
        self.bytes.copy_within(s..s + n, d);
        Some(())
    }

    /// The bytes from `addr` to the end of the address space; `None` if `addr`
    /// is not inside it (in the null guard, or at or past the end), so the
    /// slice always has a first byte.
    #[inline]
    pub fn tail(&self, addr: u64) -> Option<&[u8]> {
        if addr < DATA_BASE || addr >= self.len() {
            return None;
        }
        Some(&self.bytes[addr as usize..])
    }

    /// The NUL-terminated string at `addr` (without the NUL), or up to the end
    /// of the address space; `None` if `addr` is out of bounds (including one
    /// past the end: a string has at least one byte to read).
    pub fn c_str(&self, addr: u64) -> Option<&[u8]> {
        let rest = self.slice(addr, self.len().checked_sub(addr).filter(|&n| n > 0)?)?;
        let end = rest.iter().position(|&b| b == 0).unwrap_or(rest.len());
        Some(&rest[..end])
    }

    /// The whole address space (for the GC and the coredump).
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// Where the address space starts in host memory (native calls pass
    /// bounds-checked pointers into it).
    #[cfg_attr(not(feature = "native"), allow(dead_code))]
    pub(crate) fn as_mut_ptr(&mut self) -> *mut u8 {
        self.bytes.as_mut_ptr()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mem() -> Memory {
        let cfg = MemoryConfig {
            stack: 64,
            init_heap: 256,
            max: 1 << 16,
            ..Default::default()
        };
        Memory::new(b"hello\0", &cfg).unwrap()
    }

    #[test]
    fn reads_and_writes_stop_exactly_at_both_ends() {
        let mut m = mem();
        let end = m.len();
        assert_eq!(m.read::<1>(DATA_BASE), Some([b'h']));
        assert_eq!(m.read::<1>(DATA_BASE - 1), None);
        // Straddling the guard: the first bytes would be below DATA_BASE.
        assert_eq!(m.read::<8>(DATA_BASE - 4), None);
        assert_eq!(m.read::<8>(0), None);
        assert_eq!(m.write(end - 8, [7u8; 8]), Some(()));
        assert_eq!(m.read::<8>(end - 8), Some([7; 8]));
        assert_eq!(m.read::<8>(end - 7), None);
        assert_eq!(m.write(end - 7, [0u8; 8]), None);
        assert_eq!(m.read::<1>(end), None);
        assert_eq!(m.read::<8>(u64::MAX - 3), None);
        assert_eq!(m.read::<8>(u64::MAX), None);
    }

    #[test]
    fn base_plus_offset_refuses_every_overflowing_sum() {
        let mut m = mem();
        assert_eq!(m.read_off::<1>(DATA_BASE - 8, 8), Some([b'h']));
        assert_eq!(m.read_off::<1>(DATA_BASE + 8, -8), Some([b'h']));
        // Wrapping up into the address space from the top of the range...
        let wrap = u64::MAX - 0xff; // + 0x1100 wraps to DATA_BASE
        assert_eq!(wrap.wrapping_add(0x1100), DATA_BASE);
        assert_eq!(m.read_off::<1>(wrap, 0x1100), None);
        assert_eq!(m.write_off(wrap, 0x1100, [1u8]), None);
        assert_eq!(m.read_off::<1>(1 << 63, i32::MAX), None);
        // ...and down past zero.
        assert_eq!(m.read_off::<1>(4, -8), None);
        assert_eq!(m.write_off(DATA_BASE, i32::MIN, [1u8]), None);
        // Nothing was written by the refused stores.
        assert_eq!(m.read::<1>(DATA_BASE), Some([b'h']));
    }

    #[test]
    fn the_smallest_layout_still_has_room_past_the_guard() {
        let cfg = MemoryConfig {
            stack: 0,
            init_heap: 0,
            ..Default::default()
        };
        let mut m = Memory::new(b"", &cfg).unwrap();
        assert!(m.len() >= DATA_BASE + GRANULE);
        assert_eq!(m.write(DATA_BASE, [5u8; 8]), Some(()));
        assert_eq!(m.read::<8>(DATA_BASE), Some([5; 8]));
        assert_eq!(m.read::<8>(m.len() - 7), None);
    }

    #[test]
    fn layout_and_guard() {
        let m = mem();
        assert_eq!(m.slice(DATA_BASE, 6), Some(&b"hello\0"[..]));
        assert_eq!(m.slice(0, 1), None, "null guard");
        assert_eq!(m.slice(DATA_BASE - 1, 2), None);
        assert_eq!(m.slice(u64::MAX, 2), None, "no overflow");
        assert!(m.slice(m.len() - 8, 8).is_some());
        assert!(m.slice(m.len() - 7, 8).is_none());
        assert_eq!(m.c_str(DATA_BASE + 2), Some(&b"llo"[..]));
        assert_eq!(m.c_str(m.len() - 1), Some(&[][..]));
        assert_eq!(m.c_str(m.len()), None, "one past the end");
        assert_eq!(
            m.tail(DATA_BASE).map(<[u8]>::len),
            Some(m.len() as usize - 0x1000)
        );
        assert_eq!(m.tail(m.len() - 1), Some(&[0][..]));
        assert_eq!(m.tail(m.len()), None, "one past the end");
        assert_eq!(m.tail(DATA_BASE - 1), None, "null guard");
        assert_eq!(m.tail(u64::MAX), None);
    }

    #[test]
    fn stack_overflow_and_underflow() {
        let mut m = mem();
        assert_eq!(m.pop::<8>(), None, "underflow");
        for i in 0..8u64 {
            m.push(i.to_le_bytes()).unwrap();
        }
        assert_eq!(m.push([0u8; 1]), None, "overflow");
        assert_eq!(m.pop::<8>().map(u64::from_le_bytes), Some(7));
    }

    #[test]
    fn heap_grows_to_the_cap_and_no_further() {
        let mut m = mem();
        assert!(m.grow_heap(1000));
        assert!(m.len() <= m.max());
        assert!(!m.grow_heap(1 << 20));
    }

    #[test]
    fn growth_adds_whole_granules_or_fails() {
        // A cap 48 bytes above what the layout holds: two granules (32 bytes)
        // and their boundary tags (8 bytes) fit, the 8 bytes left do not.
        let mut cfg = MemoryConfig {
            stack: 64,
            init_heap: 256,
            ..Default::default()
        };
        let base = Memory::new(b"hello\0", &cfg).unwrap().in_use();
        cfg.max = base + 48;
        let mut m = Memory::new(b"hello\0", &cfg).unwrap();
        assert!(m.grow_heap(0), "room for two granules");
        assert_eq!((m.len() % GRANULE, m.heap.end()), (0, m.len()));
        assert_eq!(m.heap.size(), 256 + 32);
        assert!(m.heap.alloc(32).is_some());
        assert!(!m.grow_heap(0), "8 bytes left: not a granule and its tag");
        assert_eq!(m.heap.end(), m.len());
        assert!(m.in_use() <= m.max());
    }

    #[test]
    fn heap_and_bookkeeping_stay_under_the_cap() {
        for max in [1 << 16, 100_000, 1 << 20, 3 << 20] {
            let cfg = MemoryConfig {
                stack: 64,
                init_heap: 256,
                max,
                ..Default::default()
            };
            let mut m = Memory::new(&[], &cfg).unwrap();
            m.charge(1000, || "test".into()).unwrap();
            while m.grow_heap(1) {
                assert!(m.in_use() <= max, "{} > {max}", m.in_use());
            }
            assert!(m.in_use() <= max);
            // Nearly all of it is used: less than a granule and its tag left,
            // give or take the bitmaps and tree of the next chunk.
            assert!(m.available() < 200, "{} left of {max}", m.available());
            let e = m
                .charge(m.available() + 1, || "the test".into())
                .unwrap_err();
            assert!(
                e.to_string().starts_with("memory limit reached: the test"),
                "{e}"
            );
        }
    }

    #[test]
    fn layout_over_the_cap_is_an_error() {
        let cfg = MemoryConfig {
            max: 1000,
            ..Default::default()
        };
        assert!(Memory::new(&[], &cfg)
            .unwrap_err()
            .0
            .contains("--max-memory"));
    }
}
