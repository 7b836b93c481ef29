//! `docs-gen`: writes `docs/ISA.md` from the instruction metadata generated out of
//! `isa.ron`, or checks that it is current.
//!
//! ```text
//! cargo run -p docs-gen                  # (re)write docs/ISA.md
//! cargo run -p docs-gen -- --check       # exit 1 if docs/ISA.md is stale
//! cargo run -p docs-gen -- --out FILE    # write (or with --check, check) FILE instead
//! ```

use docs_gen::{check, default_out, generate, CheckError, DEFAULT_OUT, REGEN_COMMAND};
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "\
Usage: docs-gen [--check] [--out PATH]

Generates the instruction set reference from isa.ron (via the vm crate).

Options:
  --check       do not write; exit 1 if the file differs from what would be generated
  --out PATH    the file to write or check (default: <workspace>/docs/ISA.md)
  -h, --help    print this help";

fn main() -> ExitCode {
    let mut check_only = false;
    let mut out: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--check" => check_only = true,
            "--out" => match args.next() {
                Some(p) => out = Some(PathBuf::from(p)),
                None => return usage("--out needs a path"),
            },
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ => match a.strip_prefix("--out=") {
                Some(p) => out = Some(PathBuf::from(p)),
                None => return usage(&format!("unexpected argument `{a}`")),
            },
        }
    }
    let (path, shown) = match out {
        Some(p) => {
            let shown = p.display().to_string();
            (p, shown)
        }
        None => (default_out(), DEFAULT_OUT.to_string()),
    };
    let text = generate();
    let regen = if shown == DEFAULT_OUT {
        REGEN_COMMAND.to_string()
    } else {
        format!("{REGEN_COMMAND} -- --out {shown}")
    };
    if check_only {
        return match check(&path, &text) {
            Ok(()) => {
                println!("{shown} is up to date");
                ExitCode::SUCCESS
            }
            Err(CheckError::Missing(e)) => {
                eprintln!("error: {shown} cannot be read ({e}); run `{regen}` to generate it");
                ExitCode::from(1)
            }
            Err(CheckError::Stale { line }) => {
                eprintln!(
                    "error: {shown} is out of date with isa.ron (first difference at line {line}); \
                     run `{regen}` to regenerate it, then commit it"
                );
                ExitCode::from(1)
            }
        };
    }
    if check(&path, &text).is_ok() {
        println!("{shown} is up to date");
        return ExitCode::SUCCESS;
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        if let Err(e) = std::fs::create_dir_all(dir) {
            eprintln!("error: cannot create {}: {e}", dir.display());
            return ExitCode::from(1);
        }
    }
    match std::fs::write(&path, &text) {
        Ok(()) => {
            println!(
                "wrote {shown} ({} instructions)",
                vm::isa::INSTRUCTIONS.len()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: cannot write {shown}: {e}");
            ExitCode::from(1)
        }
    }
}

fn usage(msg: &str) -> ExitCode {
    eprintln!("error: {msg}\n\n{USAGE}");
    ExitCode::from(2)
}
