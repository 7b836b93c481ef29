//! The heap allocator: split/merge first-fit over a side table, with quick
//! lists for small blocks in front.
//!
//! # Design
//!
//! The heap is a run of 16-byte *granules* at the end of the VM address space.
//! Every block (allocated or free) covers a whole number of granules; blocks tile
//! the heap with no gaps. Metadata lives in a side table owned by the host, never
//! in VM memory, so a program that scribbles over its heap cannot corrupt the
//! allocator:
//!
//! - `tags[g]`: at a block's first *and* last granule, its size in granules plus
//!   a FREE bit (boundary tags, as in Knuth's allocator, but out of line). Interior
//!   granules are never read.
//! - `used` / `free` bitmaps: one bit per granule marking the heads of allocated
//!   and free blocks. `free(addr)` is valid only when `used` has `addr`'s bit, so
//!   bad and double frees are always caught; a `freed` bitmap remembers heads of
//!   freed blocks until the space is reused, to tell "double free" apart.
//! - `tree`: a max segment tree over 64-granule chunks; a leaf holds an *upper
//!   bound* on the largest free block whose head lies in that chunk (the chunk's
//!   heads are one `u64` of the `free` bitmap). Blocks only shrink by allocation,
//!   so allocation never updates the tree; freeing raises the bounds on one
//!   leaf-to-root path (stopping at the first ancestor already high enough).
//! - quick lists: one per block size up to [`QUICK_MAX`] granules (256 bytes),
//!   of freed blocks not yet merged, last freed first. The link to the next
//!   block is the list block's *last* tag (no FREE bit, so its neighbours do
//!   not merge with it); a one-granule block has only that tag, and the
//!   `quick1` bitmap says so. `used` is clear and `freed` set, as for any
//!   freed block.
//!
//! **Quick lists** (dlmalloc's fast bins): C programs free and allocate
//! blocks of the same few small sizes over and over (tree and list nodes,
//! strings). Freeing such a block pushes it on its size's list and
//! allocating that size pops the last one freed, a few bitmap and tag writes
//! each way instead of a split and a merge. When an allocation finds no fit,
//! the lists are **consolidated** (every block merged as `free` would have)
//! before the search is retried, so they never make the heap grow or collect;
//! a sweep consolidates them first. With the heap checker on, nothing goes on
//! a quick list (freed memory must stay poisoned in quarantine).
//!
//! **Allocation (first fit)**, when the size's quick list is empty: if the
//! lowest free block (tracked by a cursor into the `free` bitmap) fits, it is
//! the first fit by definition: O(1) for the common case. Otherwise descend
//! the tree to the leftmost chunk whose bound fits and take the lowest free
//! head there that fits; a chunk whose bound was stale is corrected and the
//! search continues. Either way the result is exactly the lowest-addressed
//! fitting block, in O(log chunks + 64) amortised, never a scan of the heap.
//! A larger block is **split**: the tail stays free.
//!
//! **Free** (of a block too large for a quick list, or when consolidating)
//! reads the neighbours' boundary tags: the block after starts at `g + size`,
//! the block before ends at `g - 1`; free neighbours on both sides are
//! **merged** in O(1). **Sweep** (after a collection) coalesces in one linear
//! pass and rebuilds the tree exactly.
//!
//! Overhead: 4 bytes of tags per 16-byte granule (25%) plus 5 bits per granule
//! and the tree.

use std::fmt;

/// Allocation unit and alignment of every block, in bytes.
pub const GRANULE: u64 = 16;
const FREE: u32 = 1 << 31;
const SIZE: u32 = !FREE;
const CHUNK: usize = 64;
/// Blocks of up to this many granules go to a quick list when freed.
pub const QUICK_MAX: usize = 16;

#[derive(Debug, Clone, Default)]
struct Bitmap(Vec<u64>);

impl Bitmap {
    /// Grows to `bits` bits with no spare capacity (the memory cap counts it).
    fn resize(&mut self, bits: usize) {
        let words = bits.div_ceil(64);
        self.0.reserve_exact(words.saturating_sub(self.0.len()));
        self.0.resize(words, 0);
    }
    /// The first set bit at or after `i`, if any.
    fn next_set(&self, i: usize) -> Option<usize> {
        let mut w = i / 64;
        let mut word = *self.0.get(w)? & (u64::MAX << (i % 64));
        loop {
            if word != 0 {
                return Some(w * 64 + word.trailing_zeros() as usize);
            }
            w += 1;
            word = *self.0.get(w)?;
        }
    }
    #[inline]
    fn get(&self, i: usize) -> bool {
        self.0[i / 64] >> (i % 64) & 1 != 0
    }
    #[inline]
    fn set(&mut self, i: usize) {
        self.0[i / 64] |= 1 << (i % 64);
    }
    #[inline]
    fn clear(&mut self, i: usize) {
        self.0[i / 64] &= !(1 << (i % 64));
    }
    fn clear_range(&mut self, from: usize, to: usize) {
        let mut i = from;
        while i < to {
            if i.is_multiple_of(64) && to - i >= 64 {
                self.0[i / 64] = 0;
                i += 64;
            } else {
                self.clear(i);
                i += 1;
            }
        }
    }
    /// The highest set bit at or below `i`.
    fn prev_set(&self, i: usize) -> Option<usize> {
        let mut w = i / 64;
        let mut word = self.0[w] & (u64::MAX >> (63 - i % 64));
        loop {
            if word != 0 {
                return Some(w * 64 + 63 - word.leading_zeros() as usize);
            }
            w = w.checked_sub(1)?;
            word = self.0[w];
        }
    }
}

/// Why a heap operation failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HeapError {
    /// `free`/`realloc` of an address that was never returned by `alloc`.
    InvalidFree {
        /// The address given.
        addr: u64,
    },
    /// `free`/`realloc` of a block that was already freed.
    DoubleFree {
        /// The address given.
        addr: u64,
    },
}

impl fmt::Display for HeapError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HeapError::InvalidFree { addr } => {
                write!(
                    f,
                    "invalid free of {addr:#x} (not the start of an allocated block)"
                )
            }
            HeapError::DoubleFree { addr } => write!(f, "double free of {addr:#x}"),
        }
    }
}

/// Heap occupancy, for `--heap-stats` and the coredump.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct HeapStats {
    /// Heap size in bytes.
    pub size: u64,
    /// Bytes in allocated blocks (rounded up to granules).
    pub in_use: u64,
    /// Allocated blocks.
    pub blocks: u64,
    /// Free blocks (those on the quick lists included).
    pub free_blocks: u64,
    /// Free blocks on the quick lists: freed blocks of up to 256 bytes kept
    /// unmerged for the next allocation of their size.
    pub quick_blocks: u64,
    /// Bytes in free blocks.
    pub free_bytes: u64,
    /// Largest free block in bytes.
    pub largest_free: u64,
}

impl HeapStats {
    /// `1 - largest_free / free_bytes`: 0 when all free space is one block.
    pub fn fragmentation(&self) -> f64 {
        if self.free_bytes == 0 {
            0.0
        } else {
            1.0 - self.largest_free as f64 / self.free_bytes as f64
        }
    }
}

/// The split/merge first-fit allocator. Addresses are VM addresses.
#[derive(Debug, Clone)]
pub struct Heap {
    base: u64,
    len: usize,
    tags: Vec<u32>,
    used: Bitmap,
    free: Bitmap,
    freed: Bitmap,
    marks: Bitmap,
    /// Heads of one-granule blocks on a quick list, whose only tag holds the link.
    quick1: Bitmap,
    /// Per size in granules, the most recently freed block of that size on
    /// its quick list, as granule + 1 (0: empty).
    quick_head: [u32; QUICK_MAX + 1],
    /// Blocks on the quick lists.
    quick_blocks: u64,
    tree: Vec<u32>,
    leaves: usize,
    in_use: u64,
    blocks: u64,
    free_blocks: u64,
    /// No free head lies below this granule.
    cursor: usize,
    /// The heap checker's shadow map, one byte per granule (see
    /// [`crate::heapcheck`]); empty when checking is off. Kept here so that it
    /// grows with the heap and counts as its bookkeeping against the cap.
    pub(crate) shadow: Vec<u8>,
    checking: bool,
}

impl Heap {
    /// A heap of `bytes` (rounded down to granules) starting at VM address `base`
    /// (a multiple of [`GRANULE`]), as one free block.
    pub fn new(base: u64, bytes: u64) -> Heap {
        debug_assert_eq!(base % GRANULE, 0);
        let mut h = Heap {
            base,
            len: 0,
            tags: Vec::new(),
            used: Bitmap::default(),
            free: Bitmap::default(),
            freed: Bitmap::default(),
            marks: Bitmap::default(),
            quick1: Bitmap::default(),
            quick_head: [0; QUICK_MAX + 1],
            quick_blocks: 0,
            tree: Vec::new(),
            leaves: 0,
            in_use: 0,
            blocks: 0,
            free_blocks: 0,
            cursor: 0,
            shadow: Vec::new(),
            checking: false,
        };
        h.grow_to(bytes);
        if h.tree.is_empty() {
            // An empty heap (`--init-heap-size=0`): grow_to built nothing, but
            // alloc and sweep need the search tree.
            h.rebuild_tree();
        }
        h
    }

    /// First VM address of the heap.
    pub fn base(&self) -> u64 {
        self.base
    }

    /// One past the last VM address of the heap.
    pub fn end(&self) -> u64 {
        self.base + self.len as u64 * GRANULE
    }

    /// Heap size in bytes.
    pub fn size(&self) -> u64 {
        self.len as u64 * GRANULE
    }

    /// Bytes in allocated blocks.
    pub fn in_use(&self) -> u64 {
        self.in_use
    }

    /// Host bytes of bookkeeping (boundary tags, bitmaps, search tree) a heap
    /// of `bytes` holds: about 4.9 bytes per 16-byte granule. What
    /// [`crate::memory::Memory`] charges against the memory cap beside the
    /// heap itself, worked out before growing.
    pub fn metadata_for(bytes: u64) -> u64 {
        let granules = (bytes / GRANULE).min(u64::from(SIZE));
        let words = granules.div_ceil(64);
        let leaves = words.max(1).next_power_of_two();
        granules * 4 + 5 * words * 8 + 2 * leaves * 4
    }

    /// [`Heap::metadata_for`] plus, when the heap checker is on, its shadow
    /// map (one byte per granule).
    pub fn metadata_for_this(&self, bytes: u64) -> u64 {
        let shadow = if self.checking() { bytes / GRANULE } else { 0 };
        Heap::metadata_for(bytes) + shadow
    }

    /// Whether the heap checker's shadow map is kept.
    pub fn checking(&self) -> bool {
        self.checking
    }

    /// Starts keeping the heap checker's shadow map: every granule is
    /// marked unallocated. Only on a heap with no allocated block.
    pub(crate) fn start_checking(&mut self, unallocated: u8) {
        debug_assert_eq!(self.blocks, 0);
        self.checking = true;
        self.shadow.reserve_exact(self.len);
        self.shadow.resize(self.len, unallocated);
    }

    /// Host bytes this heap's bookkeeping holds now.
    pub fn metadata_bytes(&self) -> u64 {
        let bitmaps = [
            &self.used,
            &self.free,
            &self.freed,
            &self.marks,
            &self.quick1,
        ]
        .iter()
        .map(|b| b.0.capacity() as u64 * 8)
        .sum::<u64>();
        self.tags.capacity() as u64 * 4
            + bitmaps
            + self.tree.capacity() as u64 * 4
            + self.shadow.capacity() as u64
    }

    /// Extends the heap to `bytes` (rounded down to granules); the new space is
    /// free and merges with a free last block. Never shrinks.
    pub fn grow_to(&mut self, bytes: u64) {
        let new_len = usize::try_from(bytes / GRANULE)
            .unwrap_or(usize::MAX)
            .min(SIZE as usize);
        if new_len <= self.len {
            return;
        }
        let old = self.len;
        self.len = new_len;
        // Exact: spare capacity would be bookkeeping the memory cap does not see.
        self.tags.reserve_exact(new_len - self.tags.len());
        self.tags.resize(new_len, 0);
        for b in [
            &mut self.used,
            &mut self.free,
            &mut self.freed,
            &mut self.marks,
            &mut self.quick1,
        ] {
            b.resize(new_len);
        }
        if self.checking() {
            // New space is unallocated: poisoned like the rest of the free heap.
            let poison = crate::heapcheck::UNALLOCATED;
            self.shadow.reserve_exact(new_len - self.shadow.len());
            self.shadow.resize(new_len, poison);
        }
        let (mut start, mut size) = (old, new_len - old);
        if old > 0 && self.tags[old - 1] & FREE != 0 {
            let prev = (self.tags[old - 1] & SIZE) as usize;
            start = old - prev;
            size += prev;
            self.free.clear(start);
            self.free_blocks -= 1;
        }
        self.set_free_block(start, size);
        self.rebuild_tree();
    }

    fn set_free_block(&mut self, start: usize, size: usize) {
        let tag = size as u32 | FREE;
        self.tags[start] = tag;
        self.tags[start + size - 1] = tag;
        self.free.set(start);
        self.free_blocks += 1;
        self.cursor = self.cursor.min(start);
    }

    /// The lowest free head, advancing the cursor past used space.
    #[inline]
    fn lowest_free(&mut self) -> Option<usize> {
        let words = &self.free.0;
        let mut w = self.cursor / 64;
        let mut word = *words.get(w)? & (u64::MAX << (self.cursor % 64));
        while word == 0 {
            w += 1;
            word = *words.get(w)?;
        }
        self.cursor = w * 64 + word.trailing_zeros() as usize;
        Some(self.cursor)
    }

    /// Raises the bound of chunk `c` (and its ancestors) to at least `v`.
    #[inline]
    fn raise(&mut self, c: usize, v: u32) {
        let mut i = self.leaves + c;
        while i >= 1 && self.tree[i] < v {
            self.tree[i] = v;
            i /= 2;
        }
    }

    fn rebuild_tree(&mut self) {
        let chunks = self.len.div_ceil(CHUNK).max(1);
        self.leaves = chunks.next_power_of_two();
        // Reused in place (the heap never shrinks), with no spare capacity.
        self.tree.clear();
        self.tree.reserve_exact(2 * self.leaves);
        self.tree.resize(2 * self.leaves, 0);
        for c in 0..chunks {
            self.tree[self.leaves + c] = self.chunk_max(c);
        }
        for i in (1..self.leaves).rev() {
            self.tree[i] = self.tree[2 * i].max(self.tree[2 * i + 1]);
        }
    }

    /// Largest free block with its head in chunk `c`.
    fn chunk_max(&self, c: usize) -> u32 {
        let mut word = self.free.0.get(c).copied().unwrap_or(0);
        let mut best = 0;
        while word != 0 {
            let g = c * CHUNK + word.trailing_zeros() as usize;
            best = best.max(self.tags[g] & SIZE);
            word &= word - 1;
        }
        best
    }

    /// Makes chunk `c`'s leaf exact and lowers its ancestors to the max of their children.
    fn refresh_chunk(&mut self, c: usize) {
        let mut i = self.leaves + c;
        self.tree[i] = self.chunk_max(c);
        while i > 1 {
            i /= 2;
            let v = self.tree[2 * i].max(self.tree[2 * i + 1]);
            if self.tree[i] == v {
                break;
            }
            self.tree[i] = v;
        }
    }

    /// Allocates `bytes` (0 allowed: a one-granule block): the block of that
    /// many granules freed last, if one is on a quick list, else first fit.
    /// `None` when no free block is large enough: the caller may collect or
    /// grow and retry.
    #[inline(always)]
    pub fn alloc(&mut self, bytes: u64) -> Option<u64> {
        if bytes <= (QUICK_MAX as u64) * GRANULE {
            let n = bytes.div_ceil(GRANULE).max(1) as usize;
            let h = self.quick_head[n];
            if h != 0 {
                return Some(self.pop_quick(h as usize - 1, n));
            }
        }
        self.alloc_fit(bytes)
    }

    /// [`Heap::alloc`] from the free blocks, first fit.
    #[inline(never)]
    fn alloc_fit(&mut self, bytes: u64) -> Option<u64> {
        let n = bytes.div_ceil(GRANULE).max(1);
        if n > u64::from(SIZE) {
            return None;
        }
        let n = n as u32;
        if let Some(g) = self.lowest_free() {
            if self.tags[g] & SIZE >= n {
                return Some(self.take(g, n as usize));
            }
        }
        self.alloc_search(n).or_else(|| {
            if self.quick_blocks == 0 {
                return None;
            }
            self.consolidate();
            self.alloc_search(n)
        })
    }

    /// Takes the block at `g` (`n` granules) off the head of its quick list.
    #[inline(always)]
    fn pop_quick(&mut self, g: usize, n: usize) -> u64 {
        let tail = g + n - 1;
        self.quick_head[n] = self.tags[tail];
        self.tags[g] = n as u32;
        self.tags[tail] = n as u32;
        let (w, bit) = (g / 64, 1u64 << (g % 64));
        self.quick1.0[w] &= !bit;
        self.freed.0[w] &= !bit;
        self.used.0[w] |= bit;
        self.quick_blocks -= 1;
        self.in_use += n as u64 * GRANULE;
        self.blocks += 1;
        self.base + g as u64 * GRANULE
    }

    /// Merges every block on the quick lists into the free space, as `free`
    /// without quick lists would have: what an allocation that finds no
    /// fit does before the heap grows or collects.
    pub fn consolidate(&mut self) {
        for n in 1..=QUICK_MAX {
            let mut h = std::mem::take(&mut self.quick_head[n]);
            while h != 0 {
                let g = h as usize - 1;
                let tail = g + n - 1;
                h = self.tags[tail];
                self.tags[g] = n as u32;
                self.tags[tail] = n as u32;
                self.quick1.clear(g);
                self.coalesce(g, n);
            }
        }
        self.quick_blocks = 0;
    }

    /// The rest of [`Heap::alloc`]: the lowest free block does not fit.
    #[inline(never)]
    fn alloc_search(&mut self, n: u32) -> Option<u64> {
        loop {
            if self.tree[1] < n {
                return None;
            }
            let mut i = 1;
            while i < self.leaves {
                i = if self.tree[2 * i] >= n {
                    2 * i
                } else {
                    2 * i + 1
                };
            }
            let c = i - self.leaves;
            let mut word = self.free.0.get(c).copied().unwrap_or(0);
            while word != 0 {
                let g = c * CHUNK + word.trailing_zeros() as usize;
                if self.tags[g] & SIZE >= n {
                    return Some(self.take(g, n as usize));
                }
                word &= word - 1;
            }
            // The bound was stale: make it exact and search again.
            self.refresh_chunk(c);
        }
    }

    /// Allocates the first `n` granules of the free block at `g`, splitting off the rest.
    #[inline(always)]
    fn take(&mut self, g: usize, n: usize) -> u64 {
        let size = (self.tags[g] & SIZE) as usize;
        self.free.clear(g);
        self.free_blocks -= 1;
        if size > n {
            self.set_free_block(g + n, size - n);
            if (g + n) / CHUNK != g / CHUNK {
                self.raise((g + n) / CHUNK, (size - n) as u32);
            }
        }
        self.tags[g] = n as u32;
        self.tags[g + n - 1] = n as u32;
        self.used.set(g);
        if n == 1 {
            self.freed.clear(g);
        } else {
            self.freed.clear_range(g, g + n);
        }
        self.in_use += n as u64 * GRANULE;
        self.blocks += 1;
        self.base + g as u64 * GRANULE
    }

    fn granule(&self, addr: u64) -> Option<usize> {
        let off = addr.checked_sub(self.base)?;
        let g = usize::try_from(off / GRANULE).ok()?;
        (off % GRANULE == 0 && g < self.len).then_some(g)
    }

    /// Size in bytes of the allocated block starting at `addr`.
    pub fn block_size(&self, addr: u64) -> Option<u64> {
        let g = self.granule(addr)?;
        self.used.get(g).then(|| u64::from(self.tags[g]) * GRANULE)
    }

    /// Size in bytes of the live block at `addr`, or why `addr` is not one.
    pub fn check(&self, addr: u64) -> Result<u64, HeapError> {
        match self.granule(addr) {
            Some(g) if self.used.get(g) => Ok(u64::from(self.tags[g]) * GRANULE),
            Some(g) if self.freed.get(g) => Err(HeapError::DoubleFree { addr }),
            _ => Err(HeapError::InvalidFree { addr }),
        }
    }

    /// Frees the block starting at `addr`: onto its size's quick list, or
    /// merged with free neighbours.
    #[inline(always)]
    pub fn free(&mut self, addr: u64) -> Result<(), HeapError> {
        // The common case checked inline; `check` says why anything else fails.
        match self.granule(addr) {
            Some(g) if self.used.get(g) => {
                self.release(g);
                Ok(())
            }
            _ => Err(self.free_error(addr)),
        }
    }

    #[cold]
    #[inline(never)]
    fn free_error(&self, addr: u64) -> HeapError {
        match self.check(addr) {
            Err(e) => e,
            Ok(_) => HeapError::InvalidFree { addr },
        }
    }

    /// Frees the allocated block at granule `g` and records it as freed.
    #[inline(always)]
    fn release(&mut self, g: usize) {
        let size = self.tags[g] as usize;
        // `used` loses the head and `freed` gains it: one word of each.
        let (w, bit) = (g / 64, 1u64 << (g % 64));
        self.used.0[w] &= !bit;
        self.freed.0[w] |= bit;
        self.in_use -= size as u64 * GRANULE;
        self.blocks -= 1;
        if size <= QUICK_MAX && !self.checking {
            // On the quick list: the tail tag (the only one, for one
            // granule) links to the next block; neighbours see no FREE bit.
            if size == 1 {
                self.quick1.0[w] |= bit;
            }
            self.tags[g + size - 1] = self.quick_head[size];
            self.quick_head[size] = g as u32 + 1;
            self.quick_blocks += 1;
            return;
        }
        self.coalesce(g, size);
    }

    /// Makes the block of `size` granules at `g` free, merging it with free
    /// neighbours.
    #[inline(never)]
    fn coalesce(&mut self, g: usize, size: usize) {
        let (mut start, mut total) = (g, size);
        let next = g + size;
        // Both tag reads are in bounds: `next < len` is checked, and `g > 0`.
        if next < self.len && self.tags[next] & FREE != 0 {
            total += (self.tags[next] & SIZE) as usize;
            self.free.clear(next);
            self.free_blocks -= 1;
        }
        if g > 0 && self.tags[g - 1] & FREE != 0 {
            let prev = (self.tags[g - 1] & SIZE) as usize;
            start = g - prev;
            total += prev;
            self.free.clear(start);
            self.free_blocks -= 1;
        }
        self.set_free_block(start, total);
        // Absorbed heads leave stale-high bounds behind, which the search tolerates.
        self.raise(start / CHUNK, total as u32);
    }

    /// The allocated block containing `addr` (anywhere inside it), as (start, bytes).
    #[inline]
    pub fn block_containing(&self, addr: u64) -> Option<(u64, u64)> {
        if addr < self.base || addr >= self.end() {
            return None;
        }
        let g = ((addr - self.base) / GRANULE) as usize;
        if self.used.get(g) {
            // The common case: a pointer into the block's first granule.
            return Some((
                self.base + g as u64 * GRANULE,
                u64::from(self.tags[g]) * GRANULE,
            ));
        }
        let head = self.used.prev_set(g)?;
        let size = self.tags[head] as usize;
        (g < head + size).then(|| (self.base + head as u64 * GRANULE, size as u64 * GRANULE))
    }

    /// The first marked block at or after VM address `from`, as (start, bytes):
    /// how the collector finds blocks whose contents it still has to scan
    /// after its mark stack overflowed.
    pub fn next_marked(&self, from: u64) -> Option<(u64, u64)> {
        let g = usize::try_from(from.checked_sub(self.base)?.div_ceil(GRANULE)).ok()?;
        let g = self.marks.next_set(g.min(self.len))?;
        (g < self.len).then(|| {
            (
                self.base + g as u64 * GRANULE,
                u64::from(self.tags[g]) * GRANULE,
            )
        })
    }

    /// Marks the allocated block starting at `start`; true if it was not marked yet.
    pub fn mark(&mut self, start: u64) -> bool {
        match self.granule(start) {
            Some(g) if self.used.get(g) && !self.marks.get(g) => {
                self.marks.set(g);
                true
            }
            _ => false,
        }
    }

    /// Frees every allocated block that is not marked, clears the marks and
    /// returns (blocks freed, bytes freed).
    ///
    /// One linear pass over the blocks: each run of dead and free blocks is
    /// coalesced into a single free block, and the search tree is rebuilt once
    /// at the end, instead of merging block by block.
    pub fn sweep(&mut self) -> (u64, u64) {
        self.consolidate();
        let (mut blocks, mut bytes) = (0, 0);
        let mut g = 0;
        self.free_blocks = 0;
        while g < self.len {
            let live = self.used.get(g) && self.marks.get(g);
            if live {
                g += (self.tags[g] & SIZE) as usize;
                continue;
            }
            let start = g;
            while g < self.len && !(self.used.get(g) && self.marks.get(g)) {
                let size = (self.tags[g] & SIZE) as usize;
                if self.used.get(g) {
                    self.used.clear(g);
                    self.freed.set(g);
                    blocks += 1;
                    bytes += size as u64 * GRANULE;
                } else {
                    self.free.clear(g);
                }
                g += size.max(1);
            }
            self.set_free_block(start, g - start);
        }
        self.marks.0.fill(0);
        self.cursor = 0;
        self.in_use -= bytes;
        self.blocks -= blocks;
        self.rebuild_tree();
        (blocks, bytes)
    }

    /// If `addr` is exactly the start of an allocated block, its size in bytes.
    #[inline]
    pub fn block_at(&self, addr: u64) -> Option<u64> {
        self.block_size(addr)
    }

    /// Size in granules of the block whose head is `g`.
    fn size_at(&self, g: usize) -> usize {
        if self.quick1.get(g) {
            1
        } else {
            (self.tags[g] & SIZE) as usize
        }
    }

    /// Every block in address order as (start, bytes, allocated).
    pub fn blocks(&self) -> impl Iterator<Item = (u64, u64, bool)> + '_ {
        let mut g = 0;
        std::iter::from_fn(move || {
            if g >= self.len {
                return None;
            }
            let size = self.size_at(g);
            let item = (
                self.base + g as u64 * GRANULE,
                size as u64 * GRANULE,
                self.used.get(g),
            );
            g += size.max(1);
            Some(item)
        })
    }

    /// Occupancy figures.
    pub fn stats(&self) -> HeapStats {
        let size = self.size();
        HeapStats {
            size,
            in_use: self.in_use,
            blocks: self.blocks,
            free_blocks: self.free_blocks + self.quick_blocks,
            quick_blocks: self.quick_blocks,
            free_bytes: size - self.in_use,
            largest_free: (0..self.free.0.len())
                .map(|c| self.chunk_max(c))
                .max()
                .map_or(0, u64::from)
                * GRANULE,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const BASE: u64 = 0x10_0000;

    /// Checks every structural invariant; returns the blocks.
    fn check(h: &Heap) -> Vec<(u64, u64, bool)> {
        check_with(h, &[])
    }

    /// [`check`] on a heap whose quick lists hold the blocks at `quick`:
    /// those are free but not merged with their neighbours.
    fn check_with(h: &Heap, quick: &[u64]) -> Vec<(u64, u64, bool)> {
        let blocks: Vec<_> = h.blocks().collect();
        let mut at = h.base();
        let (mut used, mut nused, mut nfree, mut largest) = (0, 0, 0, 0);
        let mut prev_free = false;
        for &(start, size, alloc) in &blocks {
            assert_eq!(start, at, "blocks tile the heap");
            assert!(size >= GRANULE);
            let cached = quick.contains(&start);
            assert!(
                !prev_free || alloc || cached,
                "two adjacent free blocks were not merged"
            );
            prev_free = !alloc && !cached;
            if alloc {
                used += size;
                nused += 1;
            } else {
                nfree += 1;
                if !cached {
                    largest = largest.max(size);
                }
            }
            at += size;
        }
        assert_eq!(at, h.end());
        let s = h.stats();
        assert_eq!(
            (s.in_use, s.blocks, s.free_blocks, s.largest_free),
            (used, nused, nfree, largest)
        );
        assert_eq!(s.quick_blocks, quick.len() as u64);
        blocks
    }

    #[test]
    fn first_fit_split_and_merge() {
        let mut h = Heap::new(BASE, 16 * 30);
        let a = h.alloc(16).unwrap();
        let b = h.alloc(32).unwrap();
        let c = h.alloc(16).unwrap();
        assert_eq!((a, b, c), (BASE, BASE + 16, BASE + 48));
        h.free(b).unwrap();
        // b went to its quick list: a request of another size is first fit
        // and splits the block after c; one of b's size gets b back.
        assert_eq!(h.alloc(1).unwrap(), BASE + 64);
        assert_eq!(h.alloc(17).unwrap(), b);
        // Larger than a quick list takes: merged with its free neighbours.
        let big = h.alloc(16 * 17).unwrap();
        assert_eq!(big, BASE + 80);
        h.free(big).unwrap();
        assert_eq!(check(&h)[4], (BASE + 80, 16 * 25, false));
        h.free(a).unwrap();
        h.free(b).unwrap();
        h.free(c).unwrap();
        h.free(BASE + 64).unwrap();
        check_with(&h, &[a, b, c, BASE + 64]);
        h.consolidate();
        assert_eq!(
            check(&h),
            vec![(BASE, 16 * 30, false)],
            "everything merged back"
        );
    }

    #[test]
    fn quick_lists_are_last_in_first_out_and_merge_when_nothing_fits() {
        let mut h = Heap::new(BASE, 16 * 8);
        let blocks: Vec<u64> = (0..8).map(|_| h.alloc(16).unwrap()).collect();
        assert_eq!(h.alloc(1), None, "full");
        for &b in &blocks {
            h.free(b).unwrap();
        }
        assert_eq!(
            h.free(blocks[3]),
            Err(HeapError::DoubleFree { addr: blocks[3] })
        );
        check_with(&h, &blocks);
        assert_eq!(h.stats().in_use, 0);
        assert_eq!(
            h.alloc(0),
            Some(blocks[7]),
            "the last freed comes back first"
        );
        assert_eq!(h.alloc(16), Some(blocks[6]));
        // 48 bytes fit nowhere until the quick lists are merged: then the
        // lowest three granules.
        assert_eq!(h.alloc(48), Some(BASE));
        check(&h);
        assert_eq!(h.block_size(blocks[7]), Some(16), "still allocated");
        assert_eq!(h.alloc(16 * 6), None, "only 3 granules are free");
    }

    #[test]
    fn zero_size_gets_a_unique_block() {
        let mut h = Heap::new(BASE, 64);
        let a = h.alloc(0).unwrap();
        let b = h.alloc(0).unwrap();
        assert_ne!(a, b);
    }

    #[test]
    fn bad_and_double_frees_are_caught() {
        let mut h = Heap::new(BASE, 1024);
        let a = h.alloc(40).unwrap();
        assert_eq!(h.free(a + 16), Err(HeapError::InvalidFree { addr: a + 16 }));
        assert_eq!(h.free(3), Err(HeapError::InvalidFree { addr: 3 }));
        h.free(a).unwrap();
        assert_eq!(h.free(a), Err(HeapError::DoubleFree { addr: a }));
        let b = h.alloc(40).unwrap();
        assert_eq!(a, b);
        h.free(b).unwrap();
        let big = h.alloc(16 * 17).unwrap();
        h.free(big).unwrap();
        assert_eq!(h.free(big), Err(HeapError::DoubleFree { addr: big }));
    }

    #[test]
    fn an_empty_heap_allocates_after_growing() {
        let mut h = Heap::new(BASE, 0);
        assert_eq!(h.alloc(0), None);
        assert_eq!(h.sweep(), (0, 0));
        assert!(check(&h).is_empty());
        h.grow_to(64);
        assert_eq!(h.alloc(0), Some(BASE));
        check(&h);
    }

    #[test]
    fn exhaustion_then_growth() {
        let mut h = Heap::new(BASE, 64);
        assert!(h.alloc(65).is_none());
        let a = h.alloc(48).unwrap();
        h.grow_to(4096);
        let b = h.alloc(1000).unwrap();
        assert_eq!(b, a + 48, "grown space merged with the free tail");
        // A quick block at the end does not merge with grown space.
        let c = h.alloc(16).unwrap();
        h.grow_to(4096 + 4096);
        h.free(c).unwrap();
        h.grow_to(4096 * 3);
        check_with(&h, &[c]);
    }

    #[test]
    fn interior_pointers_find_their_block() {
        let mut h = Heap::new(BASE, 1 << 20);
        let _a = h.alloc(16).unwrap();
        let big = h.alloc(100_000).unwrap();
        assert_eq!(
            h.block_containing(big + 99_999),
            Some((big, 100_000u64.div_ceil(16) * 16))
        );
        assert_eq!(h.block_containing(big + 200_000), None);
        assert_eq!(h.block_containing(BASE - 1), None);
    }

    #[test]
    fn sweep_frees_unmarked() {
        let mut h = Heap::new(BASE, 4096);
        let a = h.alloc(16).unwrap();
        let b = h.alloc(16).unwrap();
        let c = h.alloc(16).unwrap();
        assert!(h.mark(b));
        assert!(!h.mark(b));
        assert_eq!(h.sweep(), (2, 32));
        assert_eq!(h.block_size(b), Some(16));
        assert_eq!(h.block_size(a), None);
        assert_eq!(h.block_size(c), None);
        check(&h);
        // A sweep merges the quick lists too.
        let d = h.alloc(16).unwrap();
        h.free(d).unwrap();
        assert!(h.mark(b));
        assert_eq!(h.sweep(), (0, 0));
        assert_eq!(check(&h).len(), 3, "free, b, free");
    }

    #[derive(Debug, Clone)]
    enum Op {
        Alloc(u64),
        Free(usize),
        Grow(u64),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            4 => (0u64..3000).prop_map(Op::Alloc),
            3 => any::<usize>().prop_map(Op::Free),
            1 => (0u64..100_000).prop_map(Op::Grow),
        ]
    }

    proptest! {
        #[test]
        fn random_sequences_keep_invariants(ops in proptest::collection::vec(op(), 1..300)) {
            let mut h = Heap::new(BASE, 8192);
            let mut live: Vec<(u64, u64)> = Vec::new();
            // The model's quick lists, per size in granules.
            let mut quick: Vec<Vec<u64>> = vec![Vec::new(); QUICK_MAX + 1];
            for op in ops {
                match op {
                    Op::Alloc(n) => {
                        // Reference: the last block of this size freed, else
                        // first fit (the lowest free block that fits, not on
                        // a quick list); else the quick lists are merged first.
                        let need = n.div_ceil(GRANULE).max(1) * GRANULE;
                        let cached: Vec<u64> = quick.concat();
                        let popped = quick.get_mut((need / GRANULE) as usize).and_then(|q| q.pop());
                        let fit = h.blocks().find(|&(a, s, al)| !al && s >= need && !cached.contains(&a)).map(|b| b.0);
                        let got = h.alloc(n);
                        match (popped, fit) {
                            (Some(p), _) => prop_assert_eq!(got, Some(p)),
                            (None, Some(f)) => prop_assert_eq!(got, Some(f)),
                            (None, None) => quick.iter_mut().for_each(Vec::clear),
                        }
                        if let Some(a) = got {
                            for &(s, l) in &live {
                                prop_assert!(a + need <= s || s + l <= a, "blocks overlap");
                            }
                            live.push((a, need));
                        }
                    }
                    Op::Free(i) if !live.is_empty() => {
                        let (a, need) = live.swap_remove(i % live.len());
                        prop_assert!(h.free(a).is_ok());
                        if let Some(q) = quick.get_mut((need / GRANULE) as usize) {
                            q.push(a);
                        }
                    }
                    Op::Free(_) => {}
                    Op::Grow(n) => h.grow_to(h.size() + n),
                }
                check_with(&h, &quick.concat());
                prop_assert_eq!(h.in_use(), live.iter().map(|l| l.1).sum::<u64>());
            }
            for (a, _) in live.drain(..) {
                h.free(a).unwrap();
            }
            h.consolidate();
            let blocks = check(&h);
            prop_assert_eq!(blocks.len(), 1, "all free space coalesced into one block");
            prop_assert_eq!(h.stats().fragmentation(), 0.0);
        }
    }
}
