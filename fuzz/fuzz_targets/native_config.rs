//! Native library config text (`--native-configs`): see `voxvm_fuzz::targets::native_config`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| voxvm_fuzz::targets::native_config(data));
