//! `isa.ron` text for the spec parser of vm-macros: see `voxvm_fuzz::targets::spec`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| voxvm_fuzz::targets::spec(data));
