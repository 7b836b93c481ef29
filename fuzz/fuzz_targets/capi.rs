//! Random sequences of C API calls: see `voxvm_fuzz::targets::capi`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| voxvm_fuzz::targets::capi(data));
