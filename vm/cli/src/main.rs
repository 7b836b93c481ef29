//! `voxvm`: runs `.vve`, `.vvr` and `.vvs` programs.
//!
//! Exit status: the program's halt code (modulo 256) when it halts; 70 when it
//! traps; 65 when the input does not assemble, load or verify; 66 when a file
//! cannot be read or written; 2 for bad command-line arguments.

use clap::Parser;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const EXIT_INVALID: u8 = 65;
const EXIT_NOINPUT: u8 = 66;
const EXIT_TRAP: u8 = 70;

/// The voxvm runner.
#[derive(Parser)]
#[command(
    name = "voxvm",
    version,
    about = "Runs voxvm programs: .vve executables, raw .vvr code, or .vvs assembly (assembled in memory)",
    after_help = "Exit status: the program's halt code; 70 on a trap; 65 if the input does not assemble, load or verify; 66 if a file cannot be read or written; 2 for usage errors."
)]
struct Cli {
    /// Program to run; the kind is taken from the extension (.vvs, .vvr, otherwise .vve).
    #[arg(conflicts_with_all = ["vve", "vvr", "vas"])]
    file: Option<PathBuf>,
    /// Run a .vve executable.
    #[arg(long, value_name = "FILE")]
    vve: Option<PathBuf>,
    /// Run raw .vvr code (no header, data or line table; not recommended).
    #[arg(long, value_name = "FILE", conflicts_with = "vve")]
    vvr: Option<PathBuf>,
    /// Assemble a .vvs file and run it.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["vve", "vvr"])]
    vas: Option<PathBuf>,
    /// With --vas: write the assembled .vve here instead of running it.
    #[arg(long, value_name = "FILE", requires = "vas")]
    vas_out: Option<PathBuf>,
    /// Maximum call depth; deeper calls trap.
    #[arg(long, value_name = "N", default_value_t = vm::Config::DEFAULT_MAX_RECURSION)]
    max_recursion: usize,
}

enum Input {
    Vve(PathBuf),
    Vvr(PathBuf),
    Vvs(PathBuf),
}

fn read(path: &Path) -> Result<Vec<u8>, ExitCode> {
    std::fs::read(path).map_err(|e| {
        eprintln!("error: cannot read {}: {e}", path.display());
        ExitCode::from(EXIT_NOINPUT)
    })
}

fn invalid(path: &Path, e: impl std::fmt::Display) -> ExitCode {
    eprintln!("error: {}: {e}", path.display());
    ExitCode::from(EXIT_INVALID)
}

fn assemble(path: &Path) -> Result<vm::Image, ExitCode> {
    let bytes = read(path)?;
    let src = String::from_utf8(bytes).map_err(|e| {
        invalid(
            path,
            format!(
                "not UTF-8 text (invalid byte at offset {})",
                e.utf8_error().valid_up_to()
            ),
        )
    })?;
    asm::assemble(&src, &path.display().to_string()).map_err(|e| {
        eprint!("{}", e.render());
        ExitCode::from(EXIT_INVALID)
    })
}

fn run(cli: Cli) -> Result<u8, ExitCode> {
    let input = match (cli.file, cli.vve, cli.vvr, cli.vas) {
        (Some(f), ..) => match f.extension().and_then(|e| e.to_str()) {
            Some("vvs") => Input::Vvs(f),
            Some("vvr") => Input::Vvr(f),
            _ => Input::Vve(f),
        },
        (_, Some(f), ..) => Input::Vve(f),
        (_, _, Some(f), _) => Input::Vvr(f),
        (_, _, _, Some(f)) => Input::Vvs(f),
        _ => {
            eprintln!("error: no program given\n\nUsage: voxvm <FILE> | --vve=FILE | --vvr=FILE | --vas=FILE [--vas-out=FILE]\nFor more information, try '--help'.");
            return Err(ExitCode::from(2));
        }
    };
    if cli.vas_out.is_some() && !matches!(input, Input::Vvs(_)) {
        // clap waives `requires = "vas"` when a positional FILE is given, so
        // check here that there is source to assemble.
        eprintln!("error: --vas-out needs assembly source to assemble: --vas=FILE or a .vvs FILE\n\nFor more information, try '--help'.");
        return Err(ExitCode::from(2));
    }
    let module = match input {
        Input::Vve(p) => vm::Module::from_vve(&read(&p)?).map_err(|e| invalid(&p, e))?,
        Input::Vvr(p) => vm::Module::from_vvr(&read(&p)?, &p.display().to_string())
            .map_err(|e| invalid(&p, e))?,
        Input::Vvs(p) => {
            let image = assemble(&p)?;
            if let Some(out) = &cli.vas_out {
                std::fs::write(out, image.to_vve()).map_err(|e| {
                    eprintln!("error: cannot write {}: {e}", out.display());
                    ExitCode::from(EXIT_NOINPUT)
                })?;
                return Ok(0);
            }
            vm::Module::from_image(image).map_err(|e| invalid(&p, e))?
        }
    };
    let config = vm::Config {
        max_recursion: cli.max_recursion,
    };
    let stdout = std::io::stdout();
    let mut lock = stdout.lock();
    let result = vm::run(&module, &config, &mut lock);
    let _ = lock.flush();
    match result {
        Ok(status) => Ok(status as u8),
        Err(report) => {
            eprintln!("error: {report}");
            Err(ExitCode::from(EXIT_TRAP))
        }
    }
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(status) => ExitCode::from(status),
        Err(code) => code,
    }
}
