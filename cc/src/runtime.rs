//! The host side of the C library: the functions compiled C reaches through
//! `hcall` — formatted I/O (byte-identical to glibc's), number parsing, the
//! program's input and output, and the host's libm — all working only on
//! VM memory through [`vm::HostContext`], so nothing the script does can
//! touch the host beyond what is defined here.
//!
//! A host that runs compiled C adds these to its [`vm::Host`] with
//! [`install`] (or starts from [`host`]) and may define its own functions
//! beside them.

mod fs;

pub use fs::DirGrant;

use crate::rt::format::{self, FormatArgs};
use crate::rt::num;
use crate::rt::scan::{self, ScanArgs, ScanInput, ScanValue, SliceInput};
use std::io::Read;
use std::sync::{Arc, Mutex, MutexGuard};
use vm::{Host, HostContext, HostError, Trap};

/// What the program's outside world looks like: everything it can reach
/// beyond its own memory is listed here, as a WASI runtime's grants.
pub struct World {
    /// Standard input (`stdin`, descriptor 0); `None` reads as empty.
    pub stdin: Option<Box<dyn Read + Send>>,
    /// Variables `getenv` sees (nothing of the host's environment otherwise).
    pub env: Vec<(String, String)>,
    /// Whether descriptor 1 is a terminal (makes `stdout` line-buffered).
    pub stdout_is_tty: bool,
    /// `argv[0]`; the VM's program arguments are `argv[1]` on.
    pub program_name: String,
    /// Directories `fopen` and friends may reach; without any, every path
    /// fails (`EACCES`). See [`DirGrant`].
    pub dirs: Vec<DirGrant>,
    /// The working directory the program starts in, a guest path (a granted
    /// directory); `None`: `/`, where relative grants are placed.
    pub cwd: Option<String>,
    /// What `time`, `clock` and `clock_gettime` read.
    pub clock: Clock,
    /// What `getrandom`, `getentropy` and `arc4random` read.
    pub random: Random,
}

/// The time a program sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Clock {
    /// The host's clocks (`clock()`: CPU time of the VM's thread).
    #[default]
    Real,
    /// Frozen: `time()` and every `clock_gettime` clock give these seconds
    /// since the epoch, `clock()` gives 0. For reproducible runs.
    Fixed(i64),
}

impl Clock {
    /// Parses the `voxvm --clock` syntax: `real` or `fixed:SECONDS`.
    pub fn parse(s: &str) -> Result<Clock, String> {
        match s.split_once(':') {
            None if s == "real" => Ok(Clock::Real),
            Some(("fixed", n)) => n.trim().parse().map(Clock::Fixed).map_err(|_| {
                format!("`{s}`: expected fixed:SECONDS with SECONDS an integer, e.g. fixed:0")
            }),
            _ => Err(format!("`{s}`: expected `real` or `fixed:SECONDS`")),
        }
    }
}

/// The random bytes a program sees (`getrandom`, `getentropy`,
/// `arc4random`; `rand` is C's own deterministic sequence either way).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Random {
    /// The host's entropy (`getrandom(2)`), as WASI's `random_get`.
    #[default]
    Os,
    /// A fixed stream from this seed (SplitMix64), for reproducible runs.
    Seeded(u64),
}

impl Random {
    /// Parses the `voxvm --random` syntax: `os` or `seed:N`.
    pub fn parse(s: &str) -> Result<Random, String> {
        match s.split_once(':') {
            None if s == "os" => Ok(Random::Os),
            Some(("seed", n)) => n.trim().parse().map(Random::Seeded).map_err(|_| {
                format!("`{s}`: expected seed:N with N an unsigned 64-bit integer, e.g. seed:1")
            }),
            _ => Err(format!("`{s}`: expected `os` or `seed:N`")),
        }
    }
}

/// Fills `buf` from `random`; `state` is the seeded stream's position.
fn random_fill(random: Random, state: &mut u64, buf: &mut [u8]) -> Result<(), i32> {
    match random {
        Random::Seeded(_) => {
            for chunk in buf.chunks_mut(8) {
                // SplitMix64 (Steele, Lea and Flood): one add and a mix per
                // 8 bytes; statistically sound, and trivially reproducible.
                *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
                let mut z = *state;
                z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
                z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
                z ^= z >> 31;
                chunk.copy_from_slice(&z.to_le_bytes()[..chunk.len()]);
            }
            Ok(())
        }
        Random::Os => os_random(buf),
    }
}

/// The host's entropy, or the errno that stopped it.
fn os_random(buf: &mut [u8]) -> Result<(), i32> {
    #[cfg(target_os = "linux")]
    {
        let mut done = 0;
        while done < buf.len() {
            let rest = &mut buf[done..];
            // SAFETY: `rest` is a valid writable buffer of `rest.len()` bytes.
            let n = unsafe { libc::getrandom(rest.as_mut_ptr().cast(), rest.len(), 0) };
            if n < 0 {
                let e = std::io::Error::last_os_error().raw_os_error().unwrap_or(5);
                if e == libc::EINTR {
                    continue;
                }
                return Err(e);
            }
            done += n as usize;
        }
        Ok(())
    }
    #[cfg(not(target_os = "linux"))]
    {
        use std::io::Read;
        std::fs::File::open("/dev/urandom")
            .and_then(|mut f| f.read_exact(buf))
            .map_err(|e| e.raw_os_error().unwrap_or(5))
    }
}

impl Default for World {
    fn default() -> Self {
        World {
            stdin: None,
            env: Vec::new(),
            stdout_is_tty: false,
            program_name: "script".into(),
            dirs: Vec::new(),
            cwd: None,
            clock: Clock::Real,
            random: Random::Os,
        }
    }
}

/// A host with the C library's functions and an empty world (no input,
/// no environment).
pub fn host() -> Host {
    let mut h = Host::new();
    install(&mut h, World::default());
    h
}

/// Adds the C library's host functions to `host`, except names `host`
/// already defines (an embedder's own `write` or a native config's `sin`
/// stays). A granted directory that does not exist is left out (see
/// [`try_install`] to hear about it).
pub fn install(host: &mut Host, mut world: World) {
    world
        .dirs
        .retain(|d| fs::Files::new(std::slice::from_ref(d)).is_ok());
    let _ = try_install(host, world);
}

/// [`install`], failing (and installing nothing) if a granted directory
/// does not exist or is not a directory, or the working directory asked
/// for is not a granted directory.
pub fn try_install(host: &mut Host, world: World) -> Result<(), String> {
    let mut files = fs::Files::new(&world.dirs)?;
    if let Some(cwd) = &world.cwd {
        files.chdir(cwd.as_bytes()).map_err(|e| {
            let why = match e {
                fs::ENOENT => "no such directory".to_string(),
                fs::ENOTDIR => "not a directory".to_string(),
                fs::EACCES => "not under a granted directory".to_string(),
                e => format!("errno {e}"),
            };
            format!("cannot start in `{cwd}`: {why}")
        })?;
    }
    let mut lib = Host::new();
    define_all(&mut lib, world, files);
    host.add_missing(lib);
    Ok(())
}

/// The program's streams and files, shared by the host functions.
struct Io {
    stdin: Option<Box<dyn Read + Send>>,
    files: fs::Files,
}

/// The program's streams and files as the host functions share them: behind a
/// mutex because a [`Host`] (so each of its functions) may be used by VMs on
/// several threads.
type SharedIo = Arc<Mutex<Io>>;

/// Locks `io`. A host function that panicked while holding it (a bug) leaves
/// the table as consistent as any of its operations does: go on using it.
fn lock(io: &SharedIo) -> MutexGuard<'_, Io> {
    io.lock().unwrap_or_else(|e| e.into_inner())
}

impl Io {
    /// Reads from descriptor `fd` (0 or an open file): bytes read, or `-errno`.
    fn read(&mut self, fd: i32, buf: &mut [u8]) -> i64 {
        match self.files.target(fd) {
            Ok(fs::Target::Std(0)) => match self.stdin.as_mut() {
                Some(r) => loop {
                    match r.read(buf) {
                        Ok(n) => break n as i64,
                        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                        Err(e) => break -i64::from(fs::errno(&e)),
                    }
                },
                None => 0,
            },
            Ok(fs::Target::Std(_)) => -i64::from(fs::EBADF),
            Ok(fs::Target::File) => match self.files.read(fd, buf) {
                Ok(n) => n as i64,
                Err(e) => -i64::from(e),
            },
            Err(e) => -i64::from(e),
        }
    }
}

/// What `strtod`/`strtol` at `addr` can read: the leading white space and
/// then the bytes a number may be made of (digits, letters for bases up to
/// 36, `inf`, `nan(...)` and hex floats, `.`, signs), up to the first other
/// byte or the NUL. Parsing this gives what parsing the whole string gives,
/// and a number at the front of a long buffer costs its own length, not the
/// buffer's (Wren's lexer calls strtod on its whole source).
fn number_text(cx: &HostContext, addr: u64) -> Result<Vec<u8>, Trap> {
    let mut out = Vec::new();
    let mut leading = true;
    loop {
        let b: u8 = cx.read(addr + out.len() as u64)?;
        let space = matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r');
        let part =
            b.is_ascii_alphanumeric() || matches!(b, b'.' | b'+' | b'-' | b'(' | b')' | b'_');
        if b == 0 || !(part || leading && space) {
            return Ok(out);
        }
        leading &= space;
        out.push(b);
    }
}

/// A guest path argument: the C string at `addr`.
fn path_arg(cx: &HostContext, addr: u64) -> Result<Vec<u8>, Trap> {
    Ok(cx.read_c_str(addr)?.to_vec())
}

fn errno_result<T: Into<i64>>(r: Result<T, i32>) -> i64 {
    match r {
        Ok(v) => v.into(),
        Err(e) => -i64::from(e),
    }
}

fn define_all(host: &mut Host, world: World, files: fs::Files) {
    let io = Arc::new(Mutex::new(Io {
        stdin: world.stdin,
        files,
    }));
    let tty = world.stdout_is_tty;
    let fio = io.clone();
    host.define_with_context(
        "__vox_write",
        move |cx: &mut HostContext, fd: i32, buf: u64, n: u64| {
            let bytes = cx.read_bytes(buf, n)?.to_vec();
            let target = lock(&fio).files.target(fd);
            let r = match target {
                // Written through at once, as write(2) would: the stream's
                // buffering is the C library's.
                Ok(fs::Target::Std(1)) => cx
                    .output()
                    .write_all(&bytes)
                    .and_then(|()| cx.output().flush())
                    .map_err(|_| fs::EIO),
                Ok(fs::Target::Std(2)) => {
                    // Keep the order of what the program wrote to both streams.
                    let _ = cx.output().flush();
                    let e = cx.error_output();
                    e.write_all(&bytes)
                        .and_then(|()| e.flush())
                        .map_err(|_| fs::EIO)
                }
                Ok(fs::Target::Std(_)) => Err(fs::EBADF),
                Ok(fs::Target::File) => lock(&fio).files.write(fd, &bytes).map(|_| ()),
                Err(e) => Err(e),
            };
            Ok::<i64, HostError>(errno_result(r.map(|()| n as i64)))
        },
    );
    let fio = io.clone();
    host.define_with_context(
        "__vox_read",
        move |cx: &mut HostContext, fd: i32, buf: u64, n: u64| {
            // Through a 64 KiB buffer. A file gives all `n` bytes it has, as
            // read(2) does on a regular file (programs read a whole file with
            // one call); standard input gives what one read brings.
            const CHUNK: u64 = 1 << 16;
            let mut tmp = vec![0u8; n.min(CHUNK) as usize];
            let mut total = 0u64;
            let stream = matches!(lock(&fio).files.target(fd), Ok(fs::Target::Std(_)));
            while total < n {
                let want = (n - total).min(CHUNK) as usize;
                let got = lock(&fio).read(fd, &mut tmp[..want]);
                if got < 0 {
                    return Ok(if total > 0 { total as i64 } else { got });
                }
                if got > 0 {
                    cx.write_bytes(buf + total, &tmp[..got as usize])?;
                }
                total += got as u64;
                if stream || (got as usize) < want {
                    break;
                }
            }
            Ok::<i64, HostError>(total as i64)
        },
    );
    host.define_with_context("__vox_usable_size", |cx: &mut HostContext, p: u64| {
        Ok::<u64, HostError>(cx.vm().usable_size(p).unwrap_or(0))
    });
    let fio = io.clone();
    host.define("__vox_isatty", move |fd: i32| {
        match lock(&fio).files.target(fd) {
            Ok(fs::Target::Std(k)) => i32::from(k == 1 && tty || k == 2),
            _ => 0,
        }
    });
    files_and_clock(host, &io, world.clock);
    // getrandom's bytes, at most 256 at a time (the C side loops, as
    // getrandom(2) may return fewer): the count, or -errno.
    let random = world.random;
    let stream = Mutex::new(match random {
        Random::Seeded(s) => s,
        Random::Os => 0,
    });
    host.define_with_context(
        "__vox_random",
        move |cx: &mut HostContext, buf: u64, n: u64| {
            let mut tmp = [0u8; 256];
            let part = &mut tmp[..n.min(256) as usize];
            let mut state = stream.lock().unwrap_or_else(|e| e.into_inner());
            if let Err(e) = random_fill(random, &mut state, part) {
                return Ok::<i64, HostError>(-i64::from(e));
            }
            cx.write_bytes(buf, part)?;
            Ok(part.len() as i64)
        },
    );
    host.define_with_context(
        "__vox_format",
        |cx: &mut HostContext, dst: u64, cap: u64, fmt: u64, ap: u64| {
            let f = cx.read_c_str(fmt)?.to_vec();
            let mut out = Vec::new();
            let mut args = VmArgs { cx, ap };
            match format::format(&f, &mut args, &mut out) {
                Ok(n) => {
                    if cap > 0 {
                        let k = (out.len() as u64).min(cap - 1) as usize;
                        let mut w = out[..k].to_vec();
                        w.push(0);
                        cx.write_bytes(dst, &w)?;
                    }
                    Ok::<i64, HostError>(n as i64)
                }
                Err(format::FormatError::Args(t)) => Err(HostError::from(t)),
                Err(_) => Ok(-1),
            }
        },
    );
    host.define_with_context(
        "__vox_vsscanf",
        |cx: &mut HostContext, s: u64, fmt: u64, ap: u64| {
            // The whole string, as glibc's sscanf measures it first.
            let text = cx.read_c_str(s)?.to_vec();
            let f = cx.read_c_str(fmt)?.to_vec();
            let mut input = SliceInput::new(&text);
            let mut args = VmArgs { cx, ap };
            scan::scan(&mut input, &f, &mut args).map_err(HostError::from)
        },
    );
    let fio = io.clone();
    host.define_with_context(
        "__vox_vfscanf",
        move |cx: &mut HostContext, file: u64, fmt: u64, ap: u64| {
            let f = cx.read_c_str(fmt)?.to_vec();
            let mut stream = Stream::load(cx, file)?;
            let r = {
                let mut args = VmArgs { cx, ap };
                let mut io = lock(&fio);
                let mut si = StreamInput {
                    s: &mut stream,
                    io: &mut io,
                    mem: Vec::new(),
                };
                let r = scan::scan(&mut si, &f, &mut args);
                let pending = std::mem::take(&mut si.mem);
                drop(si);
                stream.pending = pending;
                r
            };
            stream.store(cx)?;
            r.map_err(HostError::from)
        },
    );
    host.define_with_context(
        "__vox_strtoi",
        |cx: &mut HostContext, s: u64, end: u64, base: i32, unsigned: i32, err: u64| {
            let text = number_text(cx, s)?;
            let r = if unsigned != 0 {
                num::strtoul(&text, base).map(|p| (p.value, p.consumed, p.erange))
            } else {
                num::strtol(&text, base).map(|p| (p.value as u64, p.consumed, p.erange))
            };
            let (v, used, erange) = match r {
                Ok(x) => x,
                Err(_) => {
                    cx.write(err, 22i32)?; // EINVAL
                    return Ok::<u64, HostError>(0);
                }
            };
            if end != 0 {
                cx.write(end, s + used as u64)?;
            }
            if erange {
                cx.write(err, 34i32)?; // ERANGE
            }
            Ok(v)
        },
    );
    host.define_with_context(
        "__vox_strtod",
        |cx: &mut HostContext, s: u64, end: u64, err: u64| {
            let text = number_text(cx, s)?;
            let p = num::strtod(&text);
            if end != 0 {
                cx.write(end, s + p.consumed as u64)?;
            }
            if p.erange {
                cx.write(err, 34i32)?;
            }
            Ok::<f64, HostError>(p.value)
        },
    );
    host.define_with_context(
        "__vox_strtof",
        |cx: &mut HostContext, s: u64, end: u64, err: u64| {
            let text = number_text(cx, s)?;
            let p = num::strtof(&text);
            if end != 0 {
                cx.write(end, s + p.consumed as u64)?;
            }
            if p.erange {
                cx.write(err, 34i32)?;
            }
            Ok::<f32, HostError>(p.value)
        },
    );
    let name = world.program_name.into_bytes();
    let n = name.len() as u64;
    host.define("__vox_argv0_len", move || n);
    host.define_with_context("__vox_argv0_copy", move |cx: &mut HostContext, buf: u64| {
        let mut b = name.clone();
        b.push(0);
        cx.write_bytes(buf, &b).map_err(HostError::from)
    });
    // The granted environment, one "NAME=VALUE" at a time: entry `i`'s
    // length, copied NUL-terminated to `buf` when `cap` has room; -1 past
    // the last one.
    let env = world.env;
    host.define_with_context(
        "__vox_env_entry",
        move |cx: &mut HostContext, i: i64, buf: u64, cap: u64| {
            let Some((k, v)) = usize::try_from(i).ok().and_then(|i| env.get(i)) else {
                return Ok::<i64, HostError>(-1);
            };
            let entry = format!("{k}={v}\0").into_bytes();
            let len = entry.len() - 1;
            if cap > len as u64 {
                cx.write_bytes(buf, &entry)?;
            }
            Ok(len as i64)
        },
    );
    libm(host);
}

/// Files under the granted directories, and the clocks.
fn files_and_clock(host: &mut Host, io: &SharedIo, clock: Clock) {
    let fio = io.clone();
    host.define_with_context(
        "__vox_open",
        move |cx: &mut HostContext, path: u64, flags: i32| {
            let mut io = lock(&fio);
            let r = if path == 0 {
                io.files.open_tmp()
            } else {
                let p = path_arg(cx, path)?;
                io.files.open(&p, flags)
            };
            Ok::<i32, HostError>(r.unwrap_or_else(|e| -e))
        },
    );
    let fio = io.clone();
    host.define("__vox_close", move |fd: i32| {
        // Closing 0, 1 or 2 when `dup2` replaced them gives the host's
        // stream back; otherwise it does nothing (the streams are the host's).
        match lock(&fio).files.close(fd) {
            Ok(()) => 0,
            Err(_) if (0..3).contains(&fd) => 0,
            Err(e) => -e,
        }
    });
    let fio = io.clone();
    host.define("__vox_dup", move |fd: i32, to: i32, how: i32| {
        lock(&fio).files.dup(fd, to, how).unwrap_or_else(|e| -e)
    });
    let fio = io.clone();
    host.define("__vox_seek", move |fd: i32, off: i64, whence: i32| {
        let mut io = lock(&fio);
        match io.files.target(fd) {
            Ok(fs::Target::Std(_)) => -i64::from(fs::ESPIPE),
            _ => errno_result(io.files.seek(fd, off, whence)),
        }
    });
    let fio = io.clone();
    host.define("__vox_truncate", move |fd: i32, len: i64| {
        let mut io = lock(&fio);
        match io.files.target(fd) {
            Ok(fs::Target::Std(_)) => -fs::EINVAL,
            _ => io.files.truncate(fd, len).map_or_else(|e| -e, |()| 0),
        }
    });
    let fio = io.clone();
    host.define("__vox_sync", move |fd: i32| {
        let mut io = lock(&fio);
        match io.files.target(fd) {
            Ok(fs::Target::Std(_)) => 0,
            _ => io.files.sync(fd).map_or_else(|e| -e, |()| 0),
        }
    });
    let fio = io.clone();
    host.define_with_context("__vox_remove", move |cx: &mut HostContext, path: u64| {
        let p = path_arg(cx, path)?;
        Ok::<i32, HostError>(match lock(&fio).files.remove(&p) {
            Ok(()) => 0,
            Err(e) => -e,
        })
    });
    let fio = io.clone();
    host.define_with_context(
        "__vox_rename",
        move |cx: &mut HostContext, from: u64, to: u64| {
            let (a, b) = (path_arg(cx, from)?, path_arg(cx, to)?);
            Ok::<i32, HostError>(match lock(&fio).files.rename(&a, &b) {
                Ok(()) => 0,
                Err(e) => -e,
            })
        },
    );
    let fio = io.clone();
    host.define_with_context("__vox_mkdir", move |cx: &mut HostContext, path: u64| {
        let p = path_arg(cx, path)?;
        Ok::<i32, HostError>(match lock(&fio).files.mkdir(&p) {
            Ok(()) => 0,
            Err(e) => -e,
        })
    });
    let fio = io.clone();
    host.define_with_context("__vox_chdir", move |cx: &mut HostContext, path: u64| {
        let p = path_arg(cx, path)?;
        Ok::<i32, HostError>(match lock(&fio).files.chdir(&p) {
            Ok(()) => 0,
            Err(e) => -e,
        })
    });
    // `getcwd`: the working directory's length, copied NUL-terminated to
    // `buf` when `cap` has room for it.
    let fio = io.clone();
    host.define_with_context(
        "__vox_getcwd",
        move |cx: &mut HostContext, buf: u64, cap: u64| {
            let mut cwd = lock(&fio).files.getcwd();
            let len = cwd.len() as i64;
            if (cwd.len() as u64) < cap {
                cwd.push(0);
                cx.write_bytes(buf, &cwd)?;
            }
            Ok::<i64, HostError>(len)
        },
    );
    // `opendir`: a descriptor listing guest directory `path`, or -errno.
    let fio = io.clone();
    host.define_with_context("__vox_opendir", move |cx: &mut HostContext, path: u64| {
        let p = path_arg(cx, path)?;
        Ok::<i32, HostError>(lock(&fio).files.open_dir(&p).unwrap_or_else(|e| -e))
    });
    // `readdir`: the next entry's name, NUL-terminated (cut to `cap - 1`
    // bytes), at `name`; returns 1 + its `d_type`, 0 at the end, or -errno.
    let fio = io.clone();
    host.define_with_context(
        "__vox_readdir",
        move |cx: &mut HostContext, fd: i32, name: u64, cap: u64| {
            let r = lock(&fio).files.read_dir(fd);
            Ok::<i32, HostError>(match r {
                Ok(Some(e)) if cap > 0 => {
                    let n = e.name.len().min(cap as usize - 1);
                    let mut bytes = e.name[..n].to_vec();
                    bytes.push(0);
                    cx.write_bytes(name, &bytes)?;
                    1 + i32::from(e.kind)
                }
                Ok(Some(_)) => -fs::EINVAL,
                Ok(None) => 0,
                Err(e) => -e,
            })
        },
    );
    // `stat`/`fstat`: writes size, mode (`S_IFDIR`/`S_IFREG`/`S_IFCHR`
    // and permission bits), modification and access time and the file's
    // number as five i64 at `out`.
    let fio = io.clone();
    host.define_with_context(
        "__vox_stat",
        move |cx: &mut HostContext, path: u64, fd: i32, out: u64| {
            let stream = match lock(&fio).files.target(fd) {
                Ok(fs::Target::Std(k)) if path == 0 => Some(k),
                _ => None,
            };
            let r = if path != 0 {
                let p = path_arg(cx, path)?;
                lock(&fio).files.stat(&p)
            } else if let Some(k) = stream {
                // A character device, as a terminal or pipe would be.
                Ok(fs::Stat {
                    size: 0,
                    dir: false,
                    writable: k != 0,
                    mtime: 0,
                    atime: 0,
                    ino: 0,
                })
            } else {
                lock(&fio).files.fstat(fd)
            };
            match r {
                Ok(st) => {
                    let kind = if st.dir {
                        0o040000
                    } else if stream.is_some() {
                        0o020000
                    } else {
                        0o100000
                    };
                    let perm =
                        if st.writable { 0o644 } else { 0o444 } | if st.dir { 0o111 } else { 0 };
                    cx.write(out, st.size as i64)?;
                    cx.write(out + 8, i64::from(kind | perm))?;
                    cx.write(out + 16, st.mtime)?;
                    cx.write(out + 24, st.atime)?;
                    cx.write(out + 32, st.ino as i64)?;
                    Ok::<i32, HostError>(0)
                }
                Err(e) => Ok(-e),
            }
        },
    );
    // `utime`: access and modification times of a file in a writable grant.
    let fio = io.clone();
    host.define_with_context(
        "__vox_utime",
        move |cx: &mut HostContext, path: u64, atime: i64, mtime: i64| {
            let p = path_arg(cx, path)?;
            Ok::<i32, HostError>(match lock(&fio).files.set_times(&p, atime, mtime) {
                Ok(()) => 0,
                Err(e) => -e,
            })
        },
    );
    let start = std::time::Instant::now();
    let realtime = move || match clock {
        Clock::Fixed(s) => (s, 0),
        Clock::Real => {
            let d = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap_or_default();
            (d.as_secs() as i64, i64::from(d.subsec_nanos()))
        }
    };
    host.define("__vox_time", move || realtime().0);
    host.define("__vox_clock", move || match clock {
        Clock::Fixed(_) => 0i64,
        Clock::Real => thread_cpu_time()
            .unwrap_or_else(|| start.elapsed())
            .as_micros() as i64,
    });
    // clock_gettime: 0 CLOCK_REALTIME, 1 CLOCK_MONOTONIC, 2 CLOCK_PROCESS_CPUTIME_ID,
    // 3 CLOCK_THREAD_CPUTIME_ID; seconds and nanoseconds as two i64 at `out`.
    host.define_with_context(
        "__vox_clock_gettime",
        move |cx: &mut HostContext, id: i32, out: u64| {
            let (s, ns) = match (clock, id) {
                (_, i) if !(0..4).contains(&i) => return Ok::<i32, HostError>(-fs::EINVAL),
                (Clock::Fixed(s), _) => (s, 0),
                (Clock::Real, 0) => realtime(),
                (Clock::Real, 1) => {
                    let d = start.elapsed();
                    (d.as_secs() as i64, i64::from(d.subsec_nanos()))
                }
                (Clock::Real, _) => {
                    let d = thread_cpu_time().unwrap_or_else(|| start.elapsed());
                    (d.as_secs() as i64, i64::from(d.subsec_nanos()))
                }
            };
            cx.write(out, s)?;
            cx.write(out + 8, ns)?;
            Ok(0)
        },
    );
}

/// CPU time of the calling thread (the VM runs on one thread).
fn thread_cpu_time() -> Option<std::time::Duration> {
    #[cfg(unix)]
    {
        let mut ts = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: `ts` is a valid timespec to write to.
        if unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) } == 0 {
            return Some(std::time::Duration::new(
                ts.tv_sec as u64,
                ts.tv_nsec as u32,
            ));
        }
    }
    None
}

/// The host's libm, called directly so results are bit for bit those of a
/// native program on the same host.
fn libm(host: &mut Host) {
    mod c {
        extern "C" {
            pub fn sin(x: f64) -> f64;
            pub fn cos(x: f64) -> f64;
            pub fn tan(x: f64) -> f64;
            pub fn asin(x: f64) -> f64;
            pub fn acos(x: f64) -> f64;
            pub fn atan(x: f64) -> f64;
            pub fn sinh(x: f64) -> f64;
            pub fn cosh(x: f64) -> f64;
            pub fn tanh(x: f64) -> f64;
            pub fn asinh(x: f64) -> f64;
            pub fn acosh(x: f64) -> f64;
            pub fn atanh(x: f64) -> f64;
            pub fn exp(x: f64) -> f64;
            pub fn exp2(x: f64) -> f64;
            pub fn expm1(x: f64) -> f64;
            pub fn log(x: f64) -> f64;
            pub fn log2(x: f64) -> f64;
            pub fn log10(x: f64) -> f64;
            pub fn log1p(x: f64) -> f64;
            pub fn logb(x: f64) -> f64;
            pub fn cbrt(x: f64) -> f64;
            pub fn erf(x: f64) -> f64;
            pub fn erfc(x: f64) -> f64;
            pub fn tgamma(x: f64) -> f64;
            pub fn lgamma(x: f64) -> f64;
            pub fn j0(x: f64) -> f64;
            pub fn j1(x: f64) -> f64;
            pub fn y0(x: f64) -> f64;
            pub fn y1(x: f64) -> f64;
            pub fn exp10(x: f64) -> f64;
            pub fn jn(n: i32, x: f64) -> f64;
            pub fn yn(n: i32, x: f64) -> f64;
            pub fn jnf(n: i32, x: f32) -> f32;
            pub fn ynf(n: i32, x: f32) -> f32;
            pub fn pow(x: f64, y: f64) -> f64;
            pub fn atan2(x: f64, y: f64) -> f64;
            pub fn hypot(x: f64, y: f64) -> f64;
            pub fn nextafter(x: f64, y: f64) -> f64;
            pub fn remainder(x: f64, y: f64) -> f64;
            pub fn fma(x: f64, y: f64, z: f64) -> f64;
            pub fn sinf(x: f32) -> f32;
            pub fn cosf(x: f32) -> f32;
            pub fn tanf(x: f32) -> f32;
            pub fn asinf(x: f32) -> f32;
            pub fn acosf(x: f32) -> f32;
            pub fn atanf(x: f32) -> f32;
            pub fn sinhf(x: f32) -> f32;
            pub fn coshf(x: f32) -> f32;
            pub fn tanhf(x: f32) -> f32;
            pub fn asinhf(x: f32) -> f32;
            pub fn acoshf(x: f32) -> f32;
            pub fn atanhf(x: f32) -> f32;
            pub fn expf(x: f32) -> f32;
            pub fn exp2f(x: f32) -> f32;
            pub fn expm1f(x: f32) -> f32;
            pub fn logf(x: f32) -> f32;
            pub fn log2f(x: f32) -> f32;
            pub fn log10f(x: f32) -> f32;
            pub fn log1pf(x: f32) -> f32;
            pub fn logbf(x: f32) -> f32;
            pub fn cbrtf(x: f32) -> f32;
            pub fn erff(x: f32) -> f32;
            pub fn erfcf(x: f32) -> f32;
            pub fn tgammaf(x: f32) -> f32;
            pub fn lgammaf(x: f32) -> f32;
            pub fn j0f(x: f32) -> f32;
            pub fn j1f(x: f32) -> f32;
            pub fn y0f(x: f32) -> f32;
            pub fn y1f(x: f32) -> f32;
            pub fn exp10f(x: f32) -> f32;
            pub fn powf(x: f32, y: f32) -> f32;
            pub fn atan2f(x: f32, y: f32) -> f32;
            pub fn hypotf(x: f32, y: f32) -> f32;
            pub fn nextafterf(x: f32, y: f32) -> f32;
            pub fn remainderf(x: f32, y: f32) -> f32;
            pub fn fmaf(x: f32, y: f32, z: f32) -> f32;
        }
    }
    // The functions are looked up in the host's libm by name: linking them
    // statically could pick up Rust's own libm port (which defines some of
    // these names, e.g. `cbrt`, with different rounding), and C programs must
    // get the results a native program gets.
    let lib = system_libm();
    // Each is defined as `__vox_m_NAME(args..., int *errnop)`, called by the C
    // library's NAME (cc/libc/math.c): the error libm reports in the host
    // thread's errno (EDOM, ERANGE) is stored through `errnop`, so `errno`
    // after a math call is what glibc sets.
    macro_rules! m1 {
        ($($name:ident: $t:ty),*) => {$({
            let f: unsafe extern "C" fn($t) -> $t = lookup(lib, stringify!($name)).unwrap_or(c::$name);
            host.define_with_context(
                concat!("__vox_m_", stringify!($name)),
                // SAFETY: libm functions of plain floats read and write no memory
                // and are defined for every input (NaN and infinities included).
                move |cx: &mut HostContext, x: $t, errnop: u64| with_errno(cx, errnop, || unsafe { f(x) }),
            );
        })*};
    }
    macro_rules! m2 {
        ($($name:ident: $t:ty),*) => {$({
            let f: unsafe extern "C" fn($t, $t) -> $t = lookup(lib, stringify!($name)).unwrap_or(c::$name);
            host.define_with_context(
                concat!("__vox_m_", stringify!($name)),
                // SAFETY: as above.
                move |cx: &mut HostContext, x: $t, y: $t, errnop: u64| with_errno(cx, errnop, || unsafe { f(x, y) }),
            );
        })*};
    }
    m1!(sin: f64, cos: f64, tan: f64, asin: f64, acos: f64, atan: f64, sinh: f64, cosh: f64,
        tanh: f64, asinh: f64, acosh: f64, atanh: f64, exp: f64, exp2: f64, expm1: f64, log: f64,
        log2: f64, log10: f64, log1p: f64, logb: f64, cbrt: f64, erf: f64, erfc: f64, tgamma: f64,
        lgamma: f64, j0: f64, j1: f64, y0: f64, y1: f64, exp10: f64,
        sinf: f32, cosf: f32, tanf: f32, asinf: f32, acosf: f32, atanf: f32, sinhf: f32, coshf: f32,
        tanhf: f32, asinhf: f32, acoshf: f32, atanhf: f32, expf: f32, exp2f: f32, expm1f: f32,
        logf: f32, log2f: f32, log10f: f32, log1pf: f32, logbf: f32, cbrtf: f32, erff: f32,
        erfcf: f32, tgammaf: f32, lgammaf: f32, j0f: f32, j1f: f32, y0f: f32, y1f: f32,
        exp10f: f32);
    m2!(pow: f64, atan2: f64, hypot: f64, nextafter: f64, remainder: f64,
        powf: f32, atan2f: f32, hypotf: f32, nextafterf: f32, remainderf: f32);
    // Bessel functions of order n: jn(n, x), yn(n, x).
    macro_rules! mn {
        ($($name:ident: $t:ty),*) => {$({
            let f: unsafe extern "C" fn(i32, $t) -> $t = lookup(lib, stringify!($name)).unwrap_or(c::$name);
            host.define_with_context(
                concat!("__vox_m_", stringify!($name)),
                // SAFETY: as above; the order is any int.
                move |cx: &mut HostContext, n: i32, x: $t, errnop: u64| with_errno(cx, errnop, || unsafe { f(n, x) }),
            );
        })*};
    }
    mn!(jn: f64, yn: f64, jnf: f32, ynf: f32);
    let fma: unsafe extern "C" fn(f64, f64, f64) -> f64 = lookup(lib, "fma").unwrap_or(c::fma);
    host.define_with_context(
        "__vox_m_fma",
        // SAFETY: as above.
        move |cx: &mut HostContext, x: f64, y: f64, z: f64, errnop: u64| {
            with_errno(cx, errnop, || unsafe { fma(x, y, z) })
        },
    );
    let fmaf: unsafe extern "C" fn(f32, f32, f32) -> f32 = lookup(lib, "fmaf").unwrap_or(c::fmaf);
    host.define_with_context(
        "__vox_m_fmaf",
        // SAFETY: as above.
        move |cx: &mut HostContext, x: f32, y: f32, z: f32, errnop: u64| {
            with_errno(cx, errnop, || unsafe { fmaf(x, y, z) })
        },
    );
}

/// Runs the libm call `f` with the host thread's errno cleared; a domain
/// or range error it reports is stored at `errnop` (the program's `errno`)
/// as Linux numbers it, other values of the host's errno are ignored.
fn with_errno<T>(cx: &mut HostContext, errnop: u64, f: impl FnOnce() -> T) -> Result<T, HostError> {
    let slot = host_errno();
    // SAFETY: `slot` is this thread's errno, valid for the thread's life.
    unsafe { *slot = 0 };
    let r = f();
    // SAFETY: as above.
    let e = match unsafe { *slot } {
        libc::EDOM => Some(EDOM),
        libc::ERANGE => Some(ERANGE),
        _ => None,
    };
    if let Some(e) = e {
        cx.write::<i32>(errnop, e)?;
    }
    Ok(r)
}

/// The Linux numbers the C library's <errno.h> gives EDOM and ERANGE.
const EDOM: i32 = 33;
const ERANGE: i32 = 34;

/// The calling thread's errno in the host's C library.
fn host_errno() -> *mut libc::c_int {
    #[cfg(any(target_os = "linux", target_os = "android", target_os = "emscripten"))]
    // SAFETY: a plain accessor of the thread's errno.
    let p = unsafe { libc::__errno_location() };
    #[cfg(any(
        target_vendor = "apple",
        target_os = "freebsd",
        target_os = "dragonfly"
    ))]
    // SAFETY: as above.
    let p = unsafe { libc::__error() };
    #[cfg(not(any(
        target_os = "linux",
        target_os = "android",
        target_os = "emscripten",
        target_vendor = "apple",
        target_os = "freebsd",
        target_os = "dragonfly"
    )))]
    // Elsewhere libm's errno is not read: a private slot nothing sets.
    let p = {
        thread_local!(static NONE: std::cell::Cell<libc::c_int> = const { std::cell::Cell::new(0) });
        NONE.with(|c| c.as_ptr())
    };
    p
}

/// The host's C math library, opened once.
fn system_libm() -> Option<&'static libloading::Library> {
    static LIBM: std::sync::OnceLock<Option<libloading::Library>> = std::sync::OnceLock::new();
    LIBM.get_or_init(|| {
        ["libm.so.6", "libm.so", "libm.dylib", "libSystem.dylib"]
            .iter()
            // SAFETY: loading the system math library runs no initialisers
            // beyond the C library's own.
            .find_map(|n| unsafe { libloading::Library::new(n) }.ok())
    })
    .as_ref()
}

/// A function of the host's libm by name, as a function pointer of type `F`.
fn lookup<F: Copy>(lib: Option<&libloading::Library>, name: &str) -> Option<F> {
    let mut sym = name.as_bytes().to_vec();
    sym.push(0);
    // SAFETY: every `F` asked for is the C prototype of the libm function of
    // that name (see the declarations in `libm`).
    unsafe { lib?.get::<F>(&sym).ok().map(|s| *s) }
}

/// Variadic arguments of a formatting or scanning call: 8-byte slots in VM
/// memory from `ap` on.
struct VmArgs<'c, 'a, 'o> {
    cx: &'c mut HostContext<'a, 'o>,
    ap: u64,
}

impl FormatArgs for VmArgs<'_, '_, '_> {
    type Error = Trap;
    fn next_slot(&mut self) -> Result<u64, Trap> {
        let v = self.cx.read::<u64>(self.ap)?;
        self.ap = self.ap.wrapping_add(8);
        Ok(v)
    }
    fn string(&mut self, addr: u64, max: Option<usize>) -> Result<Vec<u8>, Trap> {
        match max {
            None => Ok(self.cx.read_c_str(addr)?.to_vec()),
            Some(m) => {
                // Read no further than the precision allows.
                let mut out = Vec::new();
                let mut a = addr;
                while out.len() < m {
                    let chunk = (m - out.len()).min(256) as u64;
                    let mut got = 0;
                    for i in 0..chunk {
                        match self.cx.read::<u8>(a + i) {
                            Ok(0) => return Ok(out),
                            Ok(b) => {
                                out.push(b);
                                got += 1;
                            }
                            Err(e) => return Err(e),
                        }
                    }
                    a += got;
                }
                Ok(out)
            }
        }
    }
    fn wide_string(&mut self, addr: u64, max: Option<usize>) -> Result<Vec<u32>, Trap> {
        let mut out = Vec::new();
        let mut a = addr;
        while max.is_none_or(|m| out.len() < m) {
            let c = self.cx.read::<u32>(a)?;
            if c == 0 {
                break;
            }
            out.push(c);
            a += 4;
            if out.len() > 1 << 24 {
                break;
            }
        }
        Ok(out)
    }
    fn store(&mut self, addr: u64, count: i64, width: u8) -> Result<(), Trap> {
        let b = count.to_le_bytes();
        self.cx.write_bytes(addr, &b[..usize::from(width).min(8)])
    }
}

impl ScanArgs for VmArgs<'_, '_, '_> {
    type Error = Trap;
    fn next_slot(&mut self) -> Result<u64, Trap> {
        FormatArgs::next_slot(self)
    }
    fn store(&mut self, addr: u64, value: ScanValue<'_>) -> Result<(), Trap> {
        match value {
            ScanValue::Int { value, size } => self
                .cx
                .write_bytes(addr, &value.to_le_bytes()[..usize::from(size).min(8)]),
            ScanValue::F32(f) => self.cx.write(addr, f),
            ScanValue::F64(f) => self.cx.write(addr, f),
            ScanValue::Bytes(b) => self.cx.write_bytes(addr, b),
            ScanValue::Wide(w) => {
                let mut b = Vec::with_capacity(w.len() * 4);
                for c in w {
                    b.extend_from_slice(&c.to_le_bytes());
                }
                self.cx.write_bytes(addr, &b)
            }
        }
    }
}

/// A C `FILE` as laid out by `libc/stdio.c`, read from VM memory so the
/// scanner can consume its buffered input.
struct Stream {
    addr: u64,
    fd: i32,
    flags: i32,
    buf: u64,
    size: u64,
    rpos: u64,
    rlen: u64,
    unget: i32,
    /// Bytes read from the descriptor that must go back into the buffer.
    pending: Vec<u8>,
    buffered: Vec<u8>,
}

const F_EOF: i32 = 1;
const F_ERR: i32 = 2;

impl Stream {
    fn load(cx: &mut HostContext, addr: u64) -> Result<Stream, Trap> {
        let fd = cx.read::<i32>(addr)?;
        let flags = cx.read::<i32>(addr + 8)?;
        let buf = cx.read::<u64>(addr + 16)?;
        let size = cx.read::<u64>(addr + 24)?;
        let rpos = cx.read::<u64>(addr + 40)?;
        let rlen = cx.read::<u64>(addr + 48)?;
        let unget = cx.read::<i32>(addr + 56)?;
        let buffered = if rlen > rpos && rlen <= size {
            cx.read_bytes(buf + rpos, rlen - rpos)?.to_vec()
        } else {
            Vec::new()
        };
        Ok(Stream {
            addr,
            fd,
            flags,
            buf,
            size,
            rpos,
            rlen,
            unget,
            pending: Vec::new(),
            buffered,
        })
    }

    /// Writes the stream's state back: unread bytes go into its buffer.
    fn store(&self, cx: &mut HostContext) -> Result<(), Trap> {
        let mut rest = self.buffered.clone();
        rest.extend_from_slice(&self.pending);
        let keep = (rest.len() as u64).min(self.size) as usize;
        if keep > 0 {
            cx.write_bytes(self.buf, &rest[..keep])?;
        }
        cx.write(self.addr + 8, self.flags)?;
        cx.write(self.addr + 40, 0u64)?;
        cx.write(self.addr + 48, keep as u64)?;
        cx.write(self.addr + 56, self.unget)?;
        let _ = (self.rpos, self.rlen);
        Ok(())
    }
}

struct StreamInput<'s, 'r> {
    s: &'s mut Stream,
    io: &'r mut Io,
    /// Bytes read from the descriptor and not yet consumed.
    mem: Vec<u8>,
}

impl ScanInput for StreamInput<'_, '_> {
    fn next_byte(&mut self) -> Option<u8> {
        if self.s.unget >= 0 {
            let b = self.s.unget as u8;
            self.s.unget = -1;
            return Some(b);
        }
        if !self.s.buffered.is_empty() {
            return Some(self.s.buffered.remove(0));
        }
        // A cookie stream (no descriptor): the C side filled the buffer,
        // and its end is the end of input.
        if self.mem.is_empty() && self.s.fd < 0 {
            self.s.flags |= F_EOF;
            return None;
        }
        if self.mem.is_empty() {
            let mut tmp = [0u8; 4096];
            let n = self.io.read(self.s.fd, &mut tmp);
            if n < 0 {
                self.s.flags |= F_ERR;
                return None;
            }
            if n == 0 {
                self.s.flags |= F_EOF;
                return None;
            }
            self.mem.extend_from_slice(&tmp[..n as usize]);
        }
        Some(self.mem.remove(0))
    }
    fn unget(&mut self, byte: u8) {
        self.s.buffered.insert(0, byte);
    }
}
