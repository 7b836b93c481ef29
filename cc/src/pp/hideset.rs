//! Hide sets for Prosser's macro-expansion algorithm: every token carries the
//! set of macros whose expansion produced it ([`Token::hide`]), and a macro is
//! not expanded again while its name is in that set (C99 6.10.3.4).
//!
//! Sets are interned: a token holds a `u32` id, equal sets get the same id
//! (each is a sorted slice of macro names), and the operations are cached by
//! id, so expanding the same macros over and over costs a hash lookup.
//!
//! [`Token::hide`]: crate::token::Token::hide

use crate::token::Sym;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::rc::Rc;

/// A fast hasher for small integer keys that the program itself numbers
/// (symbols and set ids), so it needs no protection against chosen keys.
#[derive(Default, Clone, Copy)]
pub(crate) struct IdHasher(u64);

impl Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.add(u64::from(b));
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

impl IdHasher {
    #[inline]
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

/// A `HashMap` keyed by program-numbered ids.
pub(crate) type IdMap<K, V> = HashMap<K, V, BuildHasherDefault<IdHasher>>;

/// The interned hide sets of one preprocessing run. Id 0 is the empty set.
pub(crate) struct HideSets {
    sets: Vec<Rc<[Sym]>>,
    ids: HashMap<Rc<[Sym]>, u32>,
    add: IdMap<(u32, Sym), u32>,
    union: IdMap<(u32, u32), u32>,
    inter: IdMap<(u32, u32), u32>,
    /// Symbols copied into new sets so far (the caller charges it as work).
    pub(crate) copied: u64,
}

impl HideSets {
    pub(crate) fn new() -> HideSets {
        let empty: Rc<[Sym]> = Rc::from(Vec::new());
        let mut ids = HashMap::new();
        ids.insert(empty.clone(), 0);
        HideSets {
            sets: vec![empty],
            ids,
            add: IdMap::default(),
            union: IdMap::default(),
            inter: IdMap::default(),
            copied: 0,
        }
    }

    /// The members of set `id`, sorted.
    pub(crate) fn get(&self, id: u32) -> &[Sym] {
        self.sets.get(id as usize).map_or(&[], |s| s)
    }

    /// Number of members of set `id`.
    pub(crate) fn len(&self, id: u32) -> usize {
        self.get(id).len()
    }

    #[inline]
    pub(crate) fn contains(&self, id: u32, m: Sym) -> bool {
        id != 0 && self.get(id).binary_search(&m).is_ok()
    }

    fn intern(&mut self, v: Vec<Sym>) -> u32 {
        if let Some(&id) = self.ids.get(v.as_slice()) {
            return id;
        }
        self.copied += v.len() as u64;
        let id = self.sets.len() as u32;
        let rc: Rc<[Sym]> = Rc::from(v);
        self.sets.push(rc.clone());
        self.ids.insert(rc, id);
        id
    }

    /// `id ∪ {m}`.
    pub(crate) fn add(&mut self, id: u32, m: Sym) -> u32 {
        if let Some(&r) = self.add.get(&(id, m)) {
            return r;
        }
        let s = self.get(id);
        let r = match s.binary_search(&m) {
            Ok(_) => id,
            Err(at) => {
                let mut v = Vec::with_capacity(s.len() + 1);
                v.extend_from_slice(&s[..at]);
                v.push(m);
                v.extend_from_slice(&s[at..]);
                self.intern(v)
            }
        };
        self.add.insert((id, m), r);
        r
    }

    /// `a ∪ b`.
    pub(crate) fn union(&mut self, a: u32, b: u32) -> u32 {
        if a == b || b == 0 {
            return a;
        }
        if a == 0 {
            return b;
        }
        let key = (a.min(b), a.max(b));
        if let Some(&r) = self.union.get(&key) {
            return r;
        }
        let (x, y) = (self.get(a), self.get(b));
        let mut v = Vec::with_capacity(x.len() + y.len());
        let (mut i, mut j) = (0, 0);
        while i < x.len() && j < y.len() {
            match x[i].cmp(&y[j]) {
                std::cmp::Ordering::Less => {
                    v.push(x[i]);
                    i += 1;
                }
                std::cmp::Ordering::Greater => {
                    v.push(y[j]);
                    j += 1;
                }
                std::cmp::Ordering::Equal => {
                    v.push(x[i]);
                    i += 1;
                    j += 1;
                }
            }
        }
        v.extend_from_slice(&x[i..]);
        v.extend_from_slice(&y[j..]);
        let r = self.intern(v);
        self.union.insert(key, r);
        r
    }

    /// `a ∩ b`.
    pub(crate) fn intersect(&mut self, a: u32, b: u32) -> u32 {
        if a == b {
            return a;
        }
        if a == 0 || b == 0 {
            return 0;
        }
        let key = (a.min(b), a.max(b));
        if let Some(&r) = self.inter.get(&key) {
            return r;
        }
        let y = self.get(b);
        let v: Vec<Sym> = self
            .get(a)
            .iter()
            .copied()
            .filter(|m| y.binary_search(m).is_ok())
            .collect();
        let r = self.intern(v);
        self.inter.insert(key, r);
        r
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_operations() {
        let mut h = HideSets::new();
        let a = h.add(0, Sym(5));
        let ab = h.add(a, Sym(2));
        assert_eq!(h.get(ab), &[Sym(2), Sym(5)]);
        assert_eq!(h.add(ab, Sym(5)), ab);
        let b = h.add(0, Sym(2));
        assert_eq!(h.union(a, b), ab);
        assert_eq!(h.union(b, a), ab);
        assert_eq!(h.intersect(ab, b), b);
        assert_eq!(h.intersect(a, b), 0);
        assert!(h.contains(ab, Sym(2)));
        assert!(!h.contains(a, Sym(2)));
        assert!(!h.contains(0, Sym(2)));
        assert_eq!(h.len(ab), 2);
    }
}
