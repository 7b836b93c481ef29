//! Structure-aware: the input drives a generator of valid programs (every
//! instruction of the ISA with operands from the input; see
//! `voxvm_fuzz::program`). The loader must accept each one, and running it
//! with small limits must halt or trap, the same way every time and with both
//! dispatch strategies (see `voxvm_fuzz::run_checked`).
#![no_main]

use libfuzzer_sys::arbitrary::Unstructured;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let Ok(image) = voxvm_fuzz::program(&mut u) else {
        return;
    };
    let module = vm::Module::from_image(image)
        .unwrap_or_else(|e| panic!("a generated program is refused: {e}"));
    voxvm_fuzz::run_checked(&module);
});
