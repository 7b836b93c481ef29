//! Arbitrary text as assembly source. The assembler must return an image or
//! errors (and rendering the errors must not panic); an image it produces must
//! load (the assembler never emits code the verifier refuses), survive the
//! `.vve` round trip, and disassemble to text that reassembles to the same
//! code, data and function table. The program is run like `vve_load`'s.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    let image = match asm::assemble(src, "fuzz.vvs") {
        Ok(image) => image,
        Err(errors) => {
            assert!(
                !errors.errors.is_empty(),
                "assembly failed without an error"
            );
            let _ = errors.render();
            return;
        }
    };
    // `.zero` can ask for up to asm::MAX_DATA (1 GiB) in a few bytes of
    // source; checking and disassembling such images would only be slow.
    if image.data.len() > 1 << 20 {
        return;
    }
    let module = vm::Module::from_image(image.clone())
        .unwrap_or_else(|e| panic!("the assembler produced an image the loader refuses: {e}"));
    let bytes = image.to_vve();
    assert_eq!(
        vm::Image::from_vve(&bytes).as_ref(),
        Ok(&image),
        "the assembled image does not survive .vve"
    );
    let listing = asm::disasm::disassemble(&image);
    match asm::assemble(&listing, "fuzz.dis.vvs") {
        Ok(again) => {
            assert_eq!(
                again.code, image.code,
                "disassembly changes the code\n{listing}"
            );
            assert_eq!(
                again.data, image.data,
                "disassembly changes the data\n{listing}"
            );
            assert_eq!(
                again.functions, image.functions,
                "disassembly changes the functions\n{listing}"
            );
            assert_eq!(
                again.entry, image.entry,
                "disassembly changes the entry\n{listing}"
            );
        }
        Err(e) => panic!(
            "the disassembly does not reassemble:\n{listing}\n{}",
            e.render()
        ),
    }
    voxvm_fuzz::run_checked(&module);
});
