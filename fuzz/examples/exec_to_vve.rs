//! Turns `exec` fuzz inputs into the `.vve` programs the target generated from
//! them, so that a crash can be reproduced with `voxvm` itself (with the
//! target's limits: `--max-steps=2000 --max-recursion=64
//! --init-stack-size=4k --init-heap-size=4k --max-memory=1m`) and disassembled
//! with `voxasm --disasm`:
//!
//! ```text
//! cargo run --manifest-path fuzz/Cargo.toml --example exec_to_vve -- INPUT... OUTDIR
//! ```

use libfuzzer_sys::arbitrary::Unstructured;
use std::path::Path;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((out, inputs)) = args.split_last() else {
        eprintln!("usage: exec_to_vve INPUT... OUTDIR");
        std::process::exit(2);
    };
    std::fs::create_dir_all(out).expect("create OUTDIR");
    for input in inputs {
        let bytes = std::fs::read(input).unwrap_or_else(|e| panic!("{input}: {e}"));
        let image = voxvm_fuzz::program(&mut Unstructured::new(&bytes)).expect("generates");
        let name = Path::new(input).file_name().expect("a file name");
        let path = Path::new(out).join(name).with_extension("vve");
        std::fs::write(&path, image.to_vve()).expect("write .vve");
        println!("{}", path.display());
    }
}
