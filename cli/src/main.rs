//! `voxvm`: runs C programs (compiled in memory by voxcc), `.vve`
//! executables, `.vvr` raw code and `.vvs` assembly.
//!
//! Exit status: the program's halt code (modulo 256) when it halts (for C,
//! `main`'s return value or `exit`'s argument); 70 when it traps; 65 when the
//! input does not compile, assemble, load or verify; 66 when a file cannot be
//! read or written; 2 for bad command-line arguments.

mod alloc;

/// The allocator: mimalloc for small blocks, the system's for large ones
/// (see `alloc.rs`).
#[global_allocator]
static GLOBAL: alloc::Hybrid = alloc::Hybrid;

use clap::Parser;
use std::io::Write;
use std::path::{Path, PathBuf};

const EXIT_INVALID: u8 = 65;
const EXIT_NOINPUT: u8 = 66;
const EXIT_TRAP: u8 = 70;

/// The voxvm runner.
#[derive(Parser)]
#[command(
    name = "voxvm",
    version,
    about = "Runs voxvm programs: C source (compiled in memory), .vve executables, raw .vvr code, or .vvs assembly (assembled in memory)",
    after_help = "C: `voxvm prog.c [ARGS]` compiles and runs prog.c with argv = prog.c ARGS; several files: `voxvm a.c b.c -- ARGS`.\nExit status: the program's halt code; 70 on a trap; 65 if the input does not compile, assemble, load or verify; 66 if a file cannot be read or written; 2 for usage errors."
)]
struct Cli {
    /// Program to run; the kind is taken from the extension (.c, .vvs, .vvr, otherwise .vve).
    #[arg(conflicts_with_all = ["vve", "vvr", "vas"])]
    file: Option<PathBuf>,
    /// C: add a directory to the include search path.
    #[arg(short = 'I', value_name = "DIR")]
    include: Vec<PathBuf>,
    /// C: define a macro, NAME or NAME=VALUE.
    #[arg(short = 'D', value_name = "NAME[=VALUE]")]
    define: Vec<String>,
    /// C: undefine a macro.
    #[arg(short = 'U', value_name = "NAME")]
    undefine: Vec<String>,
    /// C: suppress compiler warnings.
    #[arg(short = 'w')]
    no_warnings: bool,
    /// C: optimisation, as voxcc -O: -O0 (or -Og) does none (no function is inlined, so a trap's backtrace shows every C call and --max-recursion counts C calls exactly; compiles faster, runs slower); -O1 to -O3, -Os, -Oz and -Ofast optimise fully (the default).
    #[arg(short = 'O', value_name = "LEVEL", value_parser = voxcc::parse_opt_level, overrides_with = "opt_level")]
    opt_level: Option<bool>,
    /// C: threads that compile the program's functions, as voxcc -j: 0 is one per core (up to 8) for a program of 64 functions or more (and while parsing a file of 20,000 tokens or more); 1 keeps the compile on one thread. The program is the same whatever N.
    #[arg(short = 'j', long = "jobs", value_name = "N", default_value_t = 0)]
    jobs: usize,
    /// Arguments for the program (read with `argc`/`argi`); put them after `--`
    /// when they start with a dash.
    #[arg(
        value_name = "ARGS",
        trailing_var_arg = true,
        allow_hyphen_values = true
    )]
    args: Vec<String>,
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
    /// Initial size of the whole address space in bytes (k/m/g suffixes allowed);
    /// space beyond what data, stack and heap need goes to the heap.
    #[arg(long, value_name = "BYTES", value_parser = vm::memory::parse_size)]
    init_ram: Option<u64>,
    /// Stack size in bytes (k/m/g suffixes allowed) [default: 1m; 8m for a C program, what Linux gives a process].
    #[arg(long, value_name = "BYTES", value_parser = vm::memory::parse_size)]
    init_stack_size: Option<u64>,
    /// Initial heap size in bytes (k/m/g suffixes allowed); the heap grows on demand [default: 1m].
    #[arg(long, value_name = "BYTES", value_parser = vm::memory::parse_size)]
    init_heap_size: Option<u64>,
    /// Cap on the whole address space (data + stack + heap) in bytes (k/m/g suffixes allowed) [default: 1g].
    #[arg(long, value_name = "BYTES", value_parser = vm::memory::parse_size)]
    max_memory: Option<u64>,
    /// Print heap and garbage-collector statistics to stderr at exit.
    #[arg(long)]
    heap_stats: bool,
    /// Collect garbage before every allocation (slow; proves nothing live is freed).
    #[arg(long)]
    gc_stress: bool,
    /// Heap checker: red zones around heap blocks, a quarantine for freed
    /// ones and a checked free, so that heap overflow, use after free, double
    /// free and freeing a pointer malloc did not return trap, naming the C
    /// function and line of the access and of the allocation (and the free).
    /// Slower (every access is checked); off by default.
    #[arg(long)]
    check_heap: bool,
    /// After the program halts or traps, write a coredump (see --coredump-path).
    #[arg(long, alias = "coredump_exit")]
    coredump_exit: bool,
    /// Where --coredump-exit writes the dump.
    #[arg(long, value_name = "FILE", default_value = "voxvm.dump")]
    coredump_path: PathBuf,
    /// Step limit: the most basic blocks (branches, jumps, calls, returns) the
    /// program may execute; more traps with `step limit reached`.
    #[arg(long, value_name = "N")]
    max_steps: Option<u64>,
    /// Print every executed instruction and the registers it changed to stderr (slow).
    #[arg(long)]
    trace: bool,
    /// Print instruction counts per opcode and per function, and time per function, to stderr at exit.
    #[arg(long, conflicts_with = "trace")]
    profile: bool,
    /// Dispatch strategy: threaded (tail calls; the default in release builds) or loop (one match).
    #[arg(long, value_enum, default_value_t = DispatchArg::Auto)]
    dispatch: DispatchArg,
    /// C: let the program reach host directory HOST as GUEST (default: HOST as
    /// written; a relative GUEST is placed under `/`, the working directory
    /// the program starts in: `.` is `/`), read-only unless `:rw` is given. Repeatable. Nothing else of the
    /// host's file system is reachable: `..` and symbolic links cannot leave it.
    #[arg(long = "dir", value_name = "HOST[::GUEST][:rw]", value_parser = parse_dir)]
    dirs: Vec<voxcc::runtime::DirGrant>,
    /// C: the working directory the program starts in, a guest path under a
    /// `--dir` grant (default `/`, where relative grants are placed: `--dir .`
    /// is `/`).
    #[arg(long, value_name = "GUEST")]
    cwd: Option<String>,
    /// C: pass environment variable NAME to the program's getenv, with value
    /// VAL or, for NAME alone, the host's value. Repeatable. The program sees
    /// no other variable.
    #[arg(long = "env", value_name = "NAME[=VAL]")]
    env: Vec<String>,
    /// C: what time() and clock() read: the host's clocks (real), or a frozen
    /// time of SECONDS since the epoch, with clock() at 0 (fixed:SECONDS).
    #[arg(long, value_name = "real|fixed:SECONDS", default_value = "real", value_parser = voxcc::runtime::Clock::parse)]
    clock: voxcc::runtime::Clock,
    /// C: what getrandom(), getentropy() and arc4random() read: the host's
    /// entropy (os), or a fixed stream from a seed, for reproducible runs
    /// (seed:N). rand() is C's own deterministic sequence either way.
    #[arg(long, value_name = "os|seed:N", default_value = "os", value_parser = voxcc::runtime::Random::parse)]
    random: voxcc::runtime::Random,
    /// Let the program call the native library functions declared by the
    /// *.ron configs in DIR (`hcall name, rB`). Without it, the program cannot
    /// call native code at all.
    #[cfg(feature = "native")]
    #[arg(long, value_name = "DIR")]
    native_configs: Option<PathBuf>,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum DispatchArg {
    Auto,
    Loop,
    Threaded,
}

/// Parses a `--dir` grant and checks that the directory exists.
fn parse_dir(s: &str) -> Result<voxcc::runtime::DirGrant, String> {
    let g = voxcc::runtime::DirGrant::parse(s)?;
    if !g.host.is_dir() {
        return Err(format!("`{}` is not a directory", g.host.display()));
    }
    Ok(g)
}

/// The program's environment from `--env NAME[=VAL]` flags.
fn program_env(flags: &[String]) -> Vec<(String, String)> {
    let mut env: Vec<(String, String)> = Vec::new();
    for f in flags {
        let (name, value) = match f.split_once('=') {
            Some((n, v)) => (n.to_string(), Some(v.to_string())),
            None => (f.clone(), std::env::var(f).ok()),
        };
        env.retain(|(n, _)| *n != name);
        if let Some(v) = value {
            env.push((name, v));
        }
    }
    env
}

/// The default stack of a C program run from source ([`Input::C`]).
const C_STACK: u64 = 8 << 20;

enum Input {
    Vve(PathBuf),
    Vvr(PathBuf),
    Vvs(PathBuf),
    /// C source files.
    C(Vec<PathBuf>),
}

/// The C files of `voxvm a.c b.c -- args`: the first file, then the `.c`
/// arguments up to `--` (without `--`, the run of `.c` arguments right after
/// the first file). Everything else is the program's arguments.
fn c_sources(first: PathBuf, args: &mut Vec<String>) -> Vec<PathBuf> {
    let raw: Vec<String> = std::env::args().collect();
    let has_dashdash = raw.iter().any(|a| a == "--");
    let mut files = vec![first];
    let n = args
        .iter()
        .take_while(|a| a.ends_with(".c") && !a.starts_with('-'))
        .count();
    let n = if has_dashdash {
        // Only files written before `--` are sources.
        let before = raw.iter().position(|a| a == "--").unwrap_or(raw.len());
        let dashed = raw[..before]
            .iter()
            .filter(|a| a.ends_with(".c"))
            .count()
            .saturating_sub(1);
        n.min(dashed)
    } else {
        n
    };
    files.extend(args.drain(..n).map(PathBuf::from));
    // After more than one file, the parser keeps the `--` that ends them
    // among the arguments (it only drops a `--` right after the first).
    if n > 0 && has_dashdash && args.first().is_some_and(|a| a == "--") {
        args.remove(0);
    }
    files
}

fn compile_c(files: &[PathBuf], cli: &Cli) -> Result<vm::Module, u8> {
    let mut sources = Vec::with_capacity(files.len());
    for f in files {
        let bytes = read(f)?;
        let text = voxcc::source::text_from_bytes(bytes);
        sources.push(voxcc::Source::new(f.display().to_string(), text));
    }
    let opts = voxcc::Options {
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
        // The compiler is held to the cap the program will run under.
        max_memory: Some(cli.max_memory.unwrap_or(vm::MemoryConfig::default().max)),
        no_optimize: !cli.opt_level.unwrap_or(true),
        time_report: false,
        threads: cli.jobs,
    };
    match voxcc::compile_owned(sources, &opts) {
        Ok(p) => {
            eprint!("{}", p.warnings);
            // A library for a host compiles (`voxcc -o lib.vve`), but
            // there is nothing here to run.
            if p.module.program().function("main").is_none() {
                let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
                eprintln!(
                    "error: undefined reference to `main`: {} defines no `main` function to run",
                    names.join(", ")
                );
                return Err(EXIT_INVALID);
            }
            Ok(p.module)
        }
        Err(e) => {
            eprint!("{}", e.rendered);
            Err(EXIT_INVALID)
        }
    }
}

fn read(path: &Path) -> Result<Vec<u8>, u8> {
    std::fs::read(path).map_err(|e| {
        eprintln!("error: cannot read {}: {e}", path.display());
        EXIT_NOINPUT
    })
}

fn invalid(path: &Path, e: impl std::fmt::Display) -> u8 {
    eprintln!("error: {}: {e}", path.display());
    EXIT_INVALID
}

/// Reads a program file that must fit, with everything built from it, under
/// the memory cap: a file larger than the cap is refused before it is read.
fn read_capped(path: &Path, cap: u64) -> Result<Vec<u8>, u8> {
    if let Ok(m) = std::fs::metadata(path) {
        if m.len() > cap {
            return Err(invalid(
                path,
                format!(
                    "the file is {} bytes, more than the memory cap of {cap} bytes (--max-memory)",
                    m.len()
                ),
            ));
        }
    }
    read(path)
}

fn assemble(path: &Path, cap: u64) -> Result<vm::Image, u8> {
    let bytes = read_capped(path, cap)?;
    let src = String::from_utf8(bytes).map_err(|e| {
        invalid(
            path,
            format!(
                "not UTF-8 text (invalid byte at offset {})",
                e.utf8_error().valid_up_to()
            ),
        )
    })?;
    asm::assemble_limited(&src, &path.display().to_string(), cap).map_err(|e| {
        eprint!("{}", e.render());
        EXIT_INVALID
    })
}

fn run(mut cli: Cli) -> Result<u8, u8> {
    let input = match (
        cli.file.clone(),
        cli.vve.clone(),
        cli.vvr.clone(),
        cli.vas.clone(),
    ) {
        (Some(f), ..) => match f.extension().and_then(|e| e.to_str()) {
            Some("vvs") => Input::Vvs(f),
            Some("vvr") => Input::Vvr(f),
            Some("c") => Input::C(c_sources(f, &mut cli.args)),
            _ => Input::Vve(f),
        },
        (_, Some(f), ..) => Input::Vve(f),
        (_, _, Some(f), _) => Input::Vvr(f),
        (_, _, _, Some(f)) => Input::Vvs(f),
        _ => {
            eprintln!("error: no program given\n\nUsage: voxvm <FILE> | --vve=FILE | --vvr=FILE | --vas=FILE [--vas-out=FILE]\nFor more information, try '--help'.");
            return Err(2);
        }
    };
    if cli.vas_out.is_some() && !matches!(input, Input::Vvs(_)) {
        // clap waives `requires = "vas"` when a positional FILE is given, so
        // check here that there is source to assemble.
        eprintln!("error: --vas-out needs assembly source to assemble: --vas=FILE or a .vvs FILE\n\nFor more information, try '--help'.");
        return Err(2);
    }
    // The program's argv[0]: its file, as C expects.
    let program_name = match &input {
        Input::C(files) => Some(files[0].display().to_string()),
        Input::Vve(p) | Input::Vvr(p) | Input::Vvs(p) => Some(p.display().to_string()),
    };
    // Everything the program can make the VM hold counts against the cap,
    // its module included: files and declared sizes over it are refused
    // before they are read or built.
    let cap = cli.max_memory.unwrap_or(vm::MemoryConfig::default().max);
    // A C program gets the stack Linux gives a process (8 MiB), so one
    // with large local arrays runs as its gcc build does; untouched stack
    // costs nothing (the address space is mapped lazily).
    let stack = match &input {
        Input::C(_) => C_STACK,
        _ => vm::MemoryConfig::default().stack,
    };
    let module = match input {
        Input::C(files) => compile_c(&files, &cli)?,
        Input::Vve(p) => {
            vm::Module::from_vve_capped(&read_capped(&p, cap)?, cap).map_err(|e| invalid(&p, e))?
        }
        Input::Vvr(p) => vm::Module::from_vvr(&read_capped(&p, cap)?, &p.display().to_string())
            .map_err(|e| invalid(&p, e))?,
        Input::Vvs(p) => {
            let image = assemble(&p, cap)?;
            if let Some(out) = &cli.vas_out {
                std::fs::write(out, image.to_vve()).map_err(|e| {
                    eprintln!("error: cannot write {}: {e}", out.display());
                    EXIT_NOINPUT
                })?;
                return Ok(0);
            }
            vm::Module::from_image(image).map_err(|e| invalid(&p, e))?
        }
    };
    let defaults = vm::MemoryConfig::default();
    let config = vm::Config {
        max_recursion: cli.max_recursion,
        memory: vm::MemoryConfig {
            init_ram: cli.init_ram.unwrap_or(defaults.init_ram),
            stack: cli.init_stack_size.unwrap_or(stack),
            init_heap: cli.init_heap_size.unwrap_or(defaults.init_heap),
            max: cli.max_memory.unwrap_or(defaults.max),
        },
        gc_stress: cli.gc_stress,
        check_heap: cli.check_heap,
        args: cli.args.clone(),
        max_steps: cli.max_steps,
        dispatch: match cli.dispatch {
            DispatchArg::Auto => vm::Dispatch::Auto,
            DispatchArg::Loop => vm::Dispatch::Loop,
            DispatchArg::Threaded => vm::Dispatch::Threaded,
        },
        ..Default::default()
    };
    let mut host = vm::Host::new();
    #[cfg(feature = "native")]
    if let Some(dir) = &cli.native_configs {
        voxcc::native::load_native_configs(&mut host, dir).map_err(|e| {
            eprintln!("error: {e}");
            if e.unreadable {
                EXIT_NOINPUT
            } else {
                EXIT_INVALID
            }
        })?;
    }
    // The C library's host side (I/O, formatting, libm, files, clocks):
    // what compiled C imports. Assembly may call it too; it reaches the
    // program's standard streams and only what --dir, --env, --clock and --random grant.
    {
        use std::io::IsTerminal;
        voxcc::runtime::try_install(
            &mut host,
            voxcc::runtime::World {
                stdin: Some(Box::new(std::io::stdin())),
                stdout_is_tty: std::io::stdout().is_terminal(),
                program_name: program_name.unwrap_or_default(),
                env: program_env(&cli.env),
                dirs: cli.dirs.clone(),
                cwd: cli.cwd.clone(),
                clock: cli.clock,
                random: cli.random,
            },
        )
        .map_err(|e| {
            eprintln!("error: {e}");
            2
        })?;
    }
    let mut machine = vm::Vm::with_host(&module, &config, &host).map_err(|e| match e {
        vm::InstantiateError::Layout(_) => {
            eprintln!("error: {e}");
            2
        }
        e => {
            for line in e.to_string().lines() {
                if line.starts_with("note:") {
                    eprintln!("{line}");
                } else {
                    eprintln!("error: {line}");
                }
            }
            EXIT_INVALID
        }
    })?;
    // `Stdout`, not a lock of it: a VM's output must be `Send`. Its buffer
    // takes the lock once per flush, not per write.
    machine.set_output(std::io::stdout());
    let result = if cli.trace {
        let stderr = std::io::stderr();
        let mut tracer = vm::observe::Tracer::new(std::io::BufWriter::new(stderr.lock()));
        machine.run_observed(&mut tracer)
    } else if cli.profile {
        let mut profiler = vm::observe::Profiler::new(&machine);
        let r = machine.run_observed(&mut profiler);
        let _ = profiler.report(&machine, &mut std::io::stderr().lock());
        r
    } else {
        machine.run()
    };
    if let Err(report) = &result {
        eprintln!("error: {report}");
    }
    if cli.heap_stats {
        let h = machine.heap_stats();
        let g = machine.gc_stats();
        let quick = match h.quick_blocks {
            0 => String::new(),
            q => format!(" ({q} on quick lists)"),
        };
        eprintln!(
            "heap: {} bytes, {} in use in {} blocks, {} free blocks{quick}, largest free {} bytes, fragmentation {:.1}%",
            h.size,
            h.in_use,
            h.blocks,
            h.free_blocks,
            h.largest_free,
            100.0 * h.fragmentation()
        );
        eprintln!(
            "gc: {} collections, {} blocks / {} bytes freed, pause {:.3} ms total, {:.3} ms max",
            g.collections,
            g.blocks_freed,
            g.bytes_freed,
            g.pause.as_secs_f64() * 1e3,
            g.max_pause.as_secs_f64() * 1e3
        );
    }
    if cli.coredump_exit {
        let written = std::fs::File::create(&cli.coredump_path).and_then(|f| {
            let mut w = std::io::BufWriter::new(f);
            machine.coredump(&mut w, &result)?;
            w.flush()
        });
        if let Err(e) = written {
            eprintln!(
                "error: cannot write coredump {}: {e}",
                cli.coredump_path.display()
            );
            return Err(EXIT_NOINPUT);
        }
    }
    match result {
        Ok(status) => Ok(status as u8),
        Err(_) => Err(EXIT_TRAP),
    }
}

/// cc's bare `-O` is `-O1`, but clap would take the next argument (the
/// program) as its level: among the leading options, before the first
/// argument that is not one, `-O` becomes `-O1`. (A `-O` after an option's
/// separate value, `-I dir -O`, is left to clap, which refuses it.)
fn bare_o_is_o1(args: impl Iterator<Item = std::ffi::OsString>) -> Vec<std::ffi::OsString> {
    let mut leading = true;
    args.enumerate()
        .map(|(i, a)| {
            if i > 0 && leading && (a == "--" || !a.to_string_lossy().starts_with('-')) {
                leading = false;
            }
            if leading && a == "-O" {
                "-O1".into()
            } else {
                a
            }
        })
        .collect()
}

fn main() {
    let cli = Cli::parse_from(bare_o_is_o1(std::env::args_os()));
    // Native libraries may have work left for exit: C's stdio buffers
    // (`puts`), their own `atexit` handlers.
    let native = native_libraries(&cli);
    let code = run(cli).unwrap_or_else(|code| code);
    report_peak_rss();
    if native {
        // Runs them (and std's flush of stdout).
        std::process::exit(i32::from(code));
    }
    voxcc::exit::exit_without_freeing(code, EXIT_NOINPUT)
}

/// Whether the program may call native libraries (`--native-configs`).
fn native_libraries(cli: &Cli) -> bool {
    #[cfg(feature = "native")]
    return cli.native_configs.is_some();
    #[cfg(not(feature = "native"))]
    {
        let _ = cli;
        false
    }
}

/// With `VOXVM_PEAK_RSS` set, prints this process's peak resident memory
/// (`VmHWM` of /proc/self/status, Linux) to stderr as the last line,
/// `voxvm: peak RSS N kB`: how tests/tests/rss.rs checks that the memory cap
/// holds for the whole process. (A parent's `wait4` cannot tell: Linux
/// carries the parent's peak into a child's `ru_maxrss` across `exec`.)
fn report_peak_rss() {
    if std::env::var_os("VOXVM_PEAK_RSS").is_none() {
        return;
    }
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    if let Some(kb) = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().strip_suffix("kB"))
    {
        eprintln!("voxvm: peak RSS {} kB", kb.trim());
    }
}
