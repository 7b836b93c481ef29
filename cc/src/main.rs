//! `voxcc`: compiles C to voxvm bytecode.
//!
//! ```text
//! voxcc prog.c -o prog.vve      # an executable for `voxvm prog.vve`
//! voxcc -S prog.c               # voxvm assembly (prog.vvs) that voxasm assembles back
//! voxcc -E prog.c               # the preprocessed source, to stdout
//! voxcc a.c b.c -I include -D DEBUG=1 -o app.vve
//! ```
//!
//! Exit status: 0 on success, 65 when the input does not compile, 66 when a
//! file cannot be read or written, 2 for bad command-line arguments.

/// The allocator: see the workspace Cargo.toml for why.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::Parser;
use std::path::{Path, PathBuf};

const EXIT_INVALID: u8 = 65;
const EXIT_NOINPUT: u8 = 66;

/// The voxcc C compiler.
#[derive(Parser)]
#[command(
    name = "voxcc",
    version,
    about = "Compiles C99 to voxvm bytecode (.vve executables, or .vvs assembly with -S)",
    after_help = "Run a C program directly with `voxvm prog.c [args]`.\nExit status: 0 on success; 65 if the input does not compile; 66 if a file cannot be read or written; 2 for usage errors."
)]
struct Cli {
    /// C source files (one program).
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
    /// Where to write the output (default: the first file's name with .vve, or .vvs with -S; `-` for standard output).
    #[arg(short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,
    /// Preprocess only, writing the result to stdout (or -o).
    #[arg(short = 'E', conflicts_with = "assembly")]
    preprocess: bool,
    /// With -E: no line markers (and no blank lines) in the output.
    #[arg(short = 'P', requires = "preprocess")]
    no_line_markers: bool,
    /// Write voxvm assembly instead of an executable.
    #[arg(short = 'S')]
    assembly: bool,
    /// Add a directory to the include search path.
    #[arg(short = 'I', value_name = "DIR")]
    include: Vec<PathBuf>,
    /// Define a macro: NAME or NAME=VALUE.
    #[arg(short = 'D', value_name = "NAME[=VALUE]")]
    define: Vec<String>,
    /// Undefine a macro.
    #[arg(short = 'U', value_name = "NAME")]
    undefine: Vec<String>,
    /// Suppress warnings.
    #[arg(short = 'w')]
    no_warnings: bool,
    /// Optimisation: -O0 (or -Og) does none (no function is inlined, so a trap's backtrace shows every C call and --max-recursion counts C calls exactly; compiles faster, runs slower); -O1, -O2 (the default), -O3, -Os, -Oz and -Ofast all optimise fully; -O alone is -O1.
    #[arg(short = 'O', value_name = "LEVEL", value_parser = voxcc::parse_opt_level, overrides_with = "opt_level")]
    opt_level: Option<bool>,
    /// Memory cap in bytes (k/m/g suffixes allowed) the compiler holds itself to on the program's tokens, as `voxvm --max-memory` does when it compiles [default: 1g].
    #[arg(long, value_name = "BYTES", value_parser = vm::memory::parse_size)]
    max_memory: Option<u64>,
    /// Print, after any warnings, the wall time each compiler stage and IR pass took (summed over files, functions and threads).
    #[arg(long)]
    time_report: bool,
    /// Threads that optimise and allocate the registers of a program's functions while a file is parsed and while another thread emits them; 0 is one per core (up to 8) for a program of 64 functions or more (and a file of 20,000 tokens or more) and none for a smaller one; 1 is none. The output is the same whatever N.
    #[arg(short = 'j', long = "jobs", value_name = "N", default_value_t = 0)]
    jobs: usize,
}

/// Options from `-I`, `-D`, `-U`, `-w`, `-O`, `--max-memory`, `--time-report` and `-j`.
fn options(cli: &Cli) -> voxcc::Options {
    voxcc::Options {
        include_dirs: cli.include.clone(),
        defines: cli
            .define
            .iter()
            .map(|d| match d.split_once('=') {
                Some((n, v)) => (n.to_string(), Some(v.to_string())),
                None => (d.clone(), None),
            })
            .collect(),
        undefines: cli.undefine.clone(),
        headers: Vec::new(),
        // The files on the command line are the user's own, read as cc reads them.
        host_files: true,
        no_warnings: cli.no_warnings,
        // voxcc is fed untrusted source: it holds itself to the cap that
        // `voxvm prog.c` would, unless told otherwise.
        max_memory: Some(cli.max_memory.unwrap_or(vm::MemoryConfig::default().max)),
        no_optimize: !cli.opt_level.unwrap_or(true),
        time_report: cli.time_report,
        threads: cli.jobs,
    }
}

fn read_source(path: &Path) -> Result<voxcc::Source, u8> {
    let bytes = std::fs::read(path).map_err(|e| {
        eprintln!("error: cannot read {}: {e}", path.display());
        EXIT_NOINPUT
    })?;
    // Bytes that are not UTF-8 (Latin-1 in a string, say) are kept.
    let text = voxcc::source::text_from_bytes(bytes);
    Ok(voxcc::Source::new(path.display().to_string(), text))
}

/// Writes the output; `-o -` is standard output, as in cc.
fn write(path: &Path, bytes: &[u8]) -> Result<(), u8> {
    if path.as_os_str() == "-" {
        use std::io::Write;
        return std::io::stdout().write_all(bytes).map_err(|e| {
            eprintln!("error: cannot write to standard output: {e}");
            EXIT_NOINPUT
        });
    }
    std::fs::write(path, bytes).map_err(|e| {
        eprintln!("error: cannot write {}: {e}", path.display());
        EXIT_NOINPUT
    })
}

fn run(cli: Cli) -> Result<(), u8> {
    let opts = options(&cli);
    let sources = cli
        .files
        .iter()
        .map(|f| read_source(f))
        .collect::<Result<Vec<_>, _>>()?;
    if cli.preprocess {
        let mut out = String::new();
        for s in &sources {
            match voxcc::preprocess_to_text(s, &opts, !cli.no_line_markers) {
                Ok((text, warnings)) => {
                    eprint!("{warnings}");
                    out.push_str(&text)
                }
                Err(e) => {
                    eprint!("{e}");
                    return Err(EXIT_INVALID);
                }
            }
        }
        return match &cli.output {
            Some(p) => write(p, out.as_bytes()),
            None => {
                print!("{out}");
                Ok(())
            }
        };
    }
    let (image, warnings) = voxcc::compile_image_owned(sources, &opts).map_err(|e| {
        eprint!("{}", e.rendered);
        EXIT_INVALID
    })?;
    eprint!("{warnings}");
    let ext = if cli.assembly { "vvs" } else { "vve" };
    let out = cli
        .output
        .clone()
        .unwrap_or_else(|| cli.files[0].with_extension(ext));
    if cli.assembly {
        write(&out, asm::disasm::disassemble(&image).as_bytes())
    } else {
        write(&out, &image.to_vve())
    }
}

fn main() {
    no_huge_pages();
    // cc's bare `-O` is `-O1`; clap would take the next argument as its level
    // (every argument of voxcc is its own: no program arguments follow).
    let args = std::env::args_os().map(|a| if a == "-O" { "-O1".into() } else { a });
    let code = match run(Cli::parse_from(args)) {
        Ok(()) => 0,
        Err(code) => code,
    };
    voxcc::exit::exit_without_freeing(code, EXIT_NOINPUT)
}

/// Asks Linux for no transparent huge pages in this process. The compiler
/// touches its memory once, so a 2 MiB page it faults in is mostly zeroing
/// work it never uses; with them, the 500k-line benchmark file spent 0.1 to
/// 1.3 s (varying from run to run) clearing pages, against a steady 0.2 s
/// without (bench/RESULTS.md has the paired figures).
fn no_huge_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE only sets a flag of this process; no memory
    // is passed. Failure (an old kernel) leaves the default, which is fine.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}
