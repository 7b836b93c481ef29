//! Assembly text: see `voxvm_fuzz::targets::assemble`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| voxvm_fuzz::targets::assemble(data));
