//! Microsoft's bit-field layout (`__attribute__((ms_struct))`), as gcc does
//! it on x86-64: a bit-field shares a storage unit only with neighbouring
//! bit-fields whose declared types have the same size; a run of them takes
//! the whole unit, and the unit's type alignment counts for the record even
//! when the bit-field is unnamed. Positions are in bits.
//!
//! The rules, including their odd corners (a zero-width bit-field matters
//! only after a bit-field of non-zero width; `packed` members add nothing to
//! the record's alignment), follow gcc's `place_field` and
//! `update_alignment_for_field`, and were checked against gcc 12 on random
//! structs.

/// A member as the layout sees it.
pub(super) struct MsMember {
    /// Size of the declared type, in bits.
    pub type_bits: u64,
    /// Alignment of the declared type, in bytes.
    pub type_align: u64,
    /// The width of a bit-field; `None` for an ordinary member.
    pub width: Option<u32>,
    /// An ordinary member's size in bits; `None` for a flexible array.
    pub size_bits: Option<u64>,
    /// `aligned(N)` on the member, in bytes (0: none).
    pub user_align: u64,
    /// The record is `packed`.
    pub packed: bool,
    /// `#pragma pack(N)` in effect, in bytes.
    pub cap: Option<u64>,
    /// The last member of the record.
    pub last: bool,
}

impl MsMember {
    /// The member's own alignment in bits (gcc's `DECL_ALIGN`): a
    /// bit-field has none unless it says so; `packed` drops the type's
    /// alignment but not the member's `aligned(N)`; a pragma caps both.
    fn desired_bits(&self) -> u64 {
        let cap = |bytes: u64| self.cap.map_or(bytes, |c| bytes.min(c)) * 8;
        if self.width.is_some() {
            if self.user_align > 0 {
                cap(self.user_align)
            } else {
                1
            }
        } else if self.packed {
            cap(self.user_align.max(1))
        } else {
            cap(self.type_align.max(self.user_align))
        }
    }
}

/// The state of a record being laid out.
#[derive(Default)]
pub(super) struct MsLayout {
    /// Where the next member goes.
    pub bit: u64,
    /// The record's alignment so far, in bits (at least a byte).
    pub align_bits: u64,
    /// The bit-field that opened the current run: its type's size in bits
    /// and its width (gcc's `prev_field`).
    prev: Option<(u64, u64)>,
    /// Bits left in the current run's unit.
    remaining: u64,
    /// The byte where the current run's unit starts.
    run_start: u64,
}

impl MsLayout {
    /// A layout with nothing placed yet.
    pub(super) fn new() -> MsLayout {
        MsLayout {
            align_bits: 8,
            ..MsLayout::default()
        }
    }

    /// Places a member in a struct: its bit position, and the byte where
    /// its storage unit (a unit of its type's size) starts.
    pub(super) fn place(&mut self, m: &MsMember) -> (u64, u64) {
        let is_bf = m.width.is_some();
        let size = m.width.map(u64::from).or(m.size_bits);
        let cap = |bytes: u64| m.cap.map_or(bytes, |c| bytes.min(c)) * 8;
        let desired = m.desired_bits();
        self.account(m, size, desired);
        let known = if self.bit == 0 {
            u64::MAX
        } else {
            1 << self.bit.trailing_zeros()
        };
        // Outside a run the member is aligned first; inside one, after the
        // run has been dealt with.
        let mut realign = known < desired;
        if realign && self.prev.is_none() {
            self.bit = self.bit.next_multiple_of(desired);
            realign = false;
        }
        let mut prev_saved = self.prev;
        if let Some((prev_type, prev_width)) = self.prev {
            match size {
                Some(w) if is_bf && w != 0 && prev_width != 0 && m.type_bits == prev_type => {
                    // The middle of a run: a new unit when this one is full.
                    if self.remaining < w {
                        self.bit += self.remaining;
                        self.prev = Some((m.type_bits, w));
                        self.remaining = m.type_bits.saturating_sub(w);
                        self.run_start = self.bit / 8;
                    } else {
                        self.remaining -= w;
                        realign = false;
                    }
                }
                _ => {
                    // The end of a run: the rest of its unit is used up.
                    if prev_width != 0 {
                        self.bit += self.remaining;
                    } else {
                        prev_saved = None;
                    }
                    if !is_bf || size == Some(0) {
                        self.prev = None;
                    }
                }
            }
            if realign {
                self.bit = self.bit.next_multiple_of(desired);
            }
        }
        let new_run = !is_bf
            || match prev_saved {
                Some((prev_type, _)) => m.type_bits != prev_type,
                None => size != Some(0),
            };
        if new_run {
            if let Some(s) = size {
                self.remaining = m.type_bits.saturating_sub(s);
            }
            let align = if m.packed { 1 } else { m.type_align };
            self.bit = self.bit.next_multiple_of(cap(align));
            self.prev = None;
            self.run_start = self.bit / 8;
        }
        let at = self.bit;
        if self.prev.is_none() && is_bf {
            self.prev = Some((m.type_bits, size.unwrap_or(0)));
        }
        if let Some(s) = size {
            self.bit += s;
            // A record ending inside a run is padded to the end of its unit.
            if m.last && is_bf && s != 0 {
                self.bit += self.remaining;
            }
        }
        (at, if is_bf { self.run_start } else { at / 8 })
    }

    /// A union member: at offset 0; only its alignment counts here.
    pub(super) fn place_in_union(&mut self, m: &MsMember) {
        let saved = self.prev.take();
        let size = m.width.map(u64::from).or(m.size_bits);
        self.account(m, size, m.desired_bits());
        self.prev = saved;
    }

    /// What the member adds to the record's alignment: its type's
    /// alignment, even unnamed, unless the record is packed; a zero-width
    /// bit-field's only right after a bit-field of non-zero width.
    fn account(&mut self, m: &MsMember, size: Option<u64>, desired: u64) {
        let counts = if m.width.is_none() && !m.packed {
            true
        } else if m.width.is_none() && m.user_align > 0 {
            // A packed member's own `aligned(N)` still counts (found by
            // comparing with gcc; its type's alignment does not).
            self.align_bits = self.align_bits.max(desired);
            false
        } else if size != Some(0) {
            !m.packed
        } else {
            matches!(self.prev, Some((_, w)) if w != 0)
        };
        if counts {
            let mut a = (m.type_align * 8).max(desired);
            if let Some(c) = m.cap {
                a = a.min(c * 8);
            }
            self.align_bits = self.align_bits.max(a);
        }
    }
}
