//! A fast, unkeyed hasher (the multiply-rotate hash rustc uses) for maps
//! keyed by ids the compiler assigns: `Sym`, `FileId`, `GlobalId`, virtual
//! registers. SipHash (std's default) was 5–15% of a compile.
//!
//! Not for keys the source chooses (strings, constant values): an unkeyed
//! hash lets an input pick colliding keys and make the map quadratic. Ids
//! are handed out densely from 0, which this hash spreads without collisions.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A `HashMap` keyed by compiler-assigned ids.
pub type FxHashMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
/// A `HashSet` of compiler-assigned ids.
pub type FxHashSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

const K: u64 = 0x517c_c1b7_2722_0a95;

/// See the module documentation.
#[derive(Clone, Copy, Default)]
pub struct FxHasher {
    hash: u64,
}

impl FxHasher {
    #[inline]
    fn add(&mut self, w: u64) {
        self.hash = (self.hash.rotate_left(5) ^ w).wrapping_mul(K);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        for &b in chunks.remainder() {
            self.add(u64::from(b));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u16(&mut self, i: u16) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        // The product's high bits mix every input bit; hashbrown takes its
        // bucket from the low bits, so bring the high ones down.
        self.hash.rotate_left(26)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::{BuildHasher, Hash};

    fn h<T: Hash>(t: T) -> u64 {
        BuildHasherDefault::<FxHasher>::default().hash_one(t)
    }

    #[test]
    fn dense_ids_fill_distinct_buckets() {
        // 4096 consecutive ids in a 4096-bucket table: few share a bucket.
        let mut seen = vec![false; 4096];
        let mut clashes = 0;
        for i in 0u32..4096 {
            let b = (h(i) & 4095) as usize;
            clashes += usize::from(seen[b]);
            seen[b] = true;
        }
        assert!(clashes < 4096 / 2, "{clashes} of 4096 ids share buckets");
    }

    #[test]
    fn strings_and_tuples_hash_by_value() {
        assert_eq!(h(("add", "i64")), h(("add", "i64")));
        assert_ne!(h(("add", "i64")), h(("add", "i32")));
        assert_ne!(h((1u32, 2u32)), h((2u32, 1u32)));
        let m: FxHashMap<u32, u32> = (0..1000).map(|i| (i, i * 2)).collect();
        assert!((0..1000).all(|i| m[&i] == i * 2));
    }
}
