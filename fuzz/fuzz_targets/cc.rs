//! C source for voxcc, compiled and (when it compiles) run: see `voxvm_fuzz::targets::cc`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| voxvm_fuzz::targets::cc(data));
