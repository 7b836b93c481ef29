//! Arbitrary bytes as an executable: input starting with the `.vve` magic is
//! parsed as `.vve`, anything else as raw `.vvr` code. Parsing, loading and
//! verifying must return an error or a module, never panic; the disassembler
//! (which `voxasm --disasm` runs on unverified files) must not panic either; a
//! parsed image must survive re-serialisation; and a module that loads is run
//! with small limits (see `voxvm_fuzz::run_checked`) and must halt or trap.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vm::vve::{Image, MAGIC};

fuzz_target!(|data: &[u8]| {
    let image = if data.starts_with(&MAGIC) {
        match Image::from_vve(data) {
            Ok(image) => {
                let again = Image::from_vve(&image.to_vve()).expect("a re-serialised image parses");
                assert_eq!(again, image, "the image changed through to_vve/from_vve");
                image
            }
            Err(e) => {
                let _ = e.to_string();
                return;
            }
        }
    } else {
        Image::from_vvr(data, "fuzz.vvr")
    };
    let _ = asm::disasm::disassemble(&image);
    match vm::Module::from_image(image) {
        Ok(module) => voxvm_fuzz::run_checked(&module),
        Err(e) => {
            let _ = e.to_string();
        }
    }
});
