//! Hostile `.vve`/`.vvr` bytes: see `voxvm_fuzz::targets::vve_load`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| voxvm_fuzz::targets::vve_load(data));
