//! Writes seed corpora for the fuzz targets into `fuzz/corpus/<target>/`:
//! every `.vvs` of the repository (examples/, bench/, tests/programs/) and every
//! isa.ron example, as source for `assemble` and assembled to `.vve` (plus raw
//! code) for `vve_load`; each isa.ron family as a one-family spec for `spec`.
//! `exec` needs no seeds. Run from anywhere:
//!
//! ```text
//! cargo run --manifest-path fuzz/Cargo.toml --example seed_corpus
//! ```
//!
//! Re-run it after isa.ron changes: the `.vve` seeds carry the ISA fingerprint.

use std::path::{Path, PathBuf};

fn main() {
    let fuzz = Path::new(env!("CARGO_MANIFEST_DIR"));
    let repo = fuzz.parent().expect("fuzz/ is inside the repository");
    let corpus = |target: &str| {
        let dir = fuzz.join("corpus").join(target);
        std::fs::create_dir_all(&dir).expect("create corpus directory");
        dir
    };
    let (asm_dir, vve_dir, spec_dir) = (corpus("assemble"), corpus("vve_load"), corpus("spec"));

    let mut sources: Vec<(String, String)> = Vec::new();
    for dir in ["examples", "bench", "tests/programs"] {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(repo.join(dir))
            .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        paths.sort();
        for p in paths
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "vvs"))
        {
            let name =
                format!("{dir}/{}", p.file_name().unwrap().to_string_lossy()).replace('/', "_");
            sources.push((name, std::fs::read_to_string(&p).expect("read .vvs")));
        }
    }
    for info in &vm::isa::INSTRUCTIONS {
        for (n, ex) in info.examples.iter().enumerate() {
            let code = if ex.code.contains(".func") {
                ex.code.to_string()
            } else {
                format!(".func main\n{}\n.end\n", ex.code)
            };
            sources.push((format!("isa_{}_{n}.vvs", info.handler), code));
        }
    }
    let (mut nasm, mut nvve) = (0, 0);
    for (name, src) in &sources {
        std::fs::write(asm_dir.join(name), src).expect("write seed");
        nasm += 1;
        if let Ok(image) = asm::assemble(src, name) {
            std::fs::write(vve_dir.join(format!("{name}.vve")), image.to_vve())
                .expect("write seed");
            std::fs::write(vve_dir.join(format!("{name}.vvr")), &image.code).expect("write seed");
            nvve += 2;
        }
    }

    // isa.ron: the entries of `instructions: [...]` are the lines from
    // `        (` to `        ),` (8 spaces of indentation).
    let isa = std::fs::read_to_string(repo.join("isa.ron")).expect("read isa.ron");
    let mut nspec = 0;
    let mut family: Option<String> = None;
    for line in isa.lines() {
        if line == "        (" {
            family = Some(String::new());
        }
        if let Some(f) = &mut family {
            f.push_str(line);
            f.push('\n');
            if line == "        )," {
                let spec = format!("#![enable(implicit_some)]\n(\n    version: 1,\n    instructions: [\n{f}    ],\n)\n");
                std::fs::write(spec_dir.join(format!("family{nspec:03}.ron")), spec)
                    .expect("write seed");
                nspec += 1;
                family = None;
            }
        }
    }
    println!(
        "seeds: {nasm} assemble, {nvve} vve_load, {nspec} spec in {}",
        fuzz.join("corpus").display()
    );
}
