//! Arbitrary text as `isa.ron`: the spec parser of vm-macros (compiled in here,
//! since a proc-macro crate cannot be a dependency) must accept it or return an
//! error with a position, never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[allow(dead_code)]
#[path = "../../vm-macros/src/spec.rs"]
mod spec;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    match spec::parse(src) {
        Ok(spec) => {
            let _ = spec.fingerprint();
            for inst in &spec.insts {
                let _ = (inst.size(), inst.camel(), inst.snake());
            }
        }
        Err(e) => {
            assert!(e.line >= 1 && e.col >= 1, "error without a position: {e}");
            let _ = e.to_string();
        }
    }
});
