//! voxvm's global allocator: mimalloc for the small blocks a C compile
//! makes by the million, the system allocator for large ones.
//!
//! Compiling C in process allocates a syntax tree and IR node by node,
//! where mimalloc is much faster than glibc malloc (as in `voxcc`). But the
//! VM grows large vectors (the address space, the register file), which
//! glibc `realloc` remaps (`mremap`) and mimalloc copies: that tripled peak
//! RSS in `tests/tests/rss.rs`. So blocks of [`LARGE`] bytes or more stay
//! with the system allocator.
//!
//! Which allocator owns a block follows from its size alone, and the
//! `GlobalAlloc` contract passes the size a block was allocated (or last
//! reallocated) with to `dealloc` and `realloc`: so each block goes back to
//! the allocator that gave it.

use mimalloc::MiMalloc;
use std::alloc::{GlobalAlloc, Layout, System};

/// Blocks of this many bytes or more come from the system allocator.
const LARGE: usize = 1 << 20;

/// The allocator: see the module documentation.
pub struct Hybrid;

fn large(size: usize) -> bool {
    size >= LARGE
}

// SAFETY: each method passes the caller's arguments on to the allocator
// that owns the block, which `large(size)` names the same way when the
// block is allocated and when it is released or resized (see the module
// documentation); a block that changes owner in `realloc` is copied into a
// block of the new size from the new owner and released by the old one, as
// `GlobalAlloc::realloc`'s default does.
unsafe impl GlobalAlloc for Hybrid {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract for `alloc` is passed on.
        unsafe {
            if large(layout.size()) {
                System.alloc(layout)
            } else {
                MiMalloc.alloc(layout)
            }
        }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as `alloc`.
        unsafe {
            if large(layout.size()) {
                System.alloc_zeroed(layout)
            } else {
                MiMalloc.alloc_zeroed(layout)
            }
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from the allocator `large` names for this size.
        unsafe {
            if large(layout.size()) {
                System.dealloc(ptr, layout)
            } else {
                MiMalloc.dealloc(ptr, layout)
            }
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: a block that keeps its owner is resized by it; one that
        // changes owner is copied (the smaller size) into a fresh block of
        // `new_size` with the same alignment (valid: the caller guarantees
        // it does not overflow when rounded up), and released only when
        // that allocation succeeded.
        unsafe {
            match (large(layout.size()), large(new_size)) {
                (true, true) => System.realloc(ptr, layout, new_size),
                (false, false) => MiMalloc.realloc(ptr, layout, new_size),
                _ => {
                    let new = Layout::from_size_align_unchecked(new_size, layout.align());
                    let to = self.alloc(new);
                    if !to.is_null() {
                        std::ptr::copy_nonoverlapping(ptr, to, layout.size().min(new_size));
                        self.dealloc(ptr, layout);
                    }
                    to
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Grows a block from mimalloc's side to the system's and back, in
    /// steps that cross `LARGE` both ways, checking the contents survive
    /// each move, then frees it with the size it has.
    #[test]
    fn blocks_keep_their_contents_across_owners() {
        let sizes = [24, LARGE - 8, LARGE, 3 * LARGE + 5, LARGE - 1, 100, 8];
        let align = 16;
        let a = Hybrid;
        // SAFETY: every call passes a block this allocator gave, with the
        // layout it was given with (or last resized to); sizes are non-zero.
        unsafe {
            let mut layout = Layout::from_size_align(sizes[0], align).unwrap();
            let mut p = a.alloc(layout);
            assert!(!p.is_null());
            for i in 0..sizes[0] {
                *p.add(i) = i as u8;
            }
            let mut filled = sizes[0];
            for &n in &sizes[1..] {
                p = a.realloc(p, layout, n);
                assert!(!p.is_null(), "realloc to {n} failed");
                assert_eq!(p as usize % align, 0, "alignment lost at {n}");
                let kept = filled.min(n);
                for i in 0..kept {
                    assert_eq!(*p.add(i), i as u8, "byte {i} changed resizing to {n}");
                }
                for i in kept..n {
                    *p.add(i) = i as u8;
                }
                filled = n;
                layout = Layout::from_size_align(n, align).unwrap();
            }
            a.dealloc(p, layout);
            let z = Layout::from_size_align(2 * LARGE, align).unwrap();
            let q = a.alloc_zeroed(z);
            assert!(!q.is_null());
            assert!((0..2 * LARGE).step_by(4093).all(|i| *q.add(i) == 0));
            a.dealloc(q, z);
        }
    }
}
