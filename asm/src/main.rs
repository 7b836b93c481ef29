//! `voxasm`: assemble `.vvs` into `.vve` (or raw `.vvr`), or disassemble.

use clap::Parser;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Exit status for assembly errors and unreadable or malformed input (EX_DATAERR).
const EXIT_INVALID: u8 = 65;
/// Exit status when a file cannot be read or written (EX_NOINPUT, as `voxvm`).
const EXIT_IO: u8 = 66;

/// The voxvm assembler.
#[derive(Parser)]
#[command(
    name = "voxasm",
    version,
    about = "Assembles .vvs into .vve executables, or disassembles them"
)]
struct Cli {
    /// Input: a .vvs source file, or a .vve/.vvr file with --disasm.
    input: PathBuf,
    /// Output file (default: the input with extension .vve, or .vvr with --raw).
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Disassemble INPUT (.vve, or .vvr by extension) to stdout instead.
    #[arg(long)]
    disasm: bool,
    /// Write raw code bytes (.vvr: no header, data or line table; not recommended).
    #[arg(long, conflicts_with = "disasm")]
    raw: bool,
}

fn read(path: &Path) -> Result<Vec<u8>, ExitCode> {
    std::fs::read(path).map_err(|e| {
        eprintln!("error: cannot read {}: {e}", path.display());
        ExitCode::from(EXIT_IO)
    })
}

fn run(cli: Cli) -> Result<(), ExitCode> {
    let name = cli.input.display().to_string();
    let bytes = read(&cli.input)?;
    if cli.disasm {
        let image = if cli.input.extension().is_some_and(|e| e == "vvr") {
            vm::Image::from_vvr(&bytes, &name)
        } else {
            vm::Image::from_vve(&bytes).map_err(|e| {
                eprintln!("error: {name}: malformed .vve {e}");
                ExitCode::from(EXIT_INVALID)
            })?
        };
        print!("{}", asm::disasm::disassemble(&image));
        return Ok(());
    }
    let source = String::from_utf8(bytes).map_err(|e| {
        eprintln!(
            "error: {name} is not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        );
        ExitCode::from(EXIT_INVALID)
    })?;
    let image = asm::assemble(&source, &name).map_err(|e| {
        eprint!("{}", e.render());
        ExitCode::from(EXIT_INVALID)
    })?;
    let out = cli.output.unwrap_or_else(|| {
        cli.input
            .with_extension(if cli.raw { "vvr" } else { "vve" })
    });
    let bytes = if cli.raw {
        image.code.clone()
    } else {
        image.to_vve()
    };
    std::fs::write(&out, bytes).map_err(|e| {
        eprintln!("error: cannot write {}: {e}", out.display());
        ExitCode::from(EXIT_IO)
    })
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(code) => code,
    }
}
