//! Structure-aware: generated valid programs, run checked; see `voxvm_fuzz::targets::exec`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| voxvm_fuzz::targets::exec(data));
