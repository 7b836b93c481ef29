//! The file system a C program sees: the directories its host grants, and
//! nothing else (as WASI runtimes do with `--dir`).
//!
//! A grant maps a host directory to a guest name (`/data`, `out`, `.`);
//! guest paths are resolved against the grants only. `.` and `..` are
//! resolved lexically first, so `a/../b` is `b` and a path that climbs out
//! of every grant (`../x` under a grant of `.`) reaches nothing. Inside a
//! grant the path is walked one component at a time from the grant's
//! canonical root: a symbolic link is followed only if its canonical target
//! stays under that root, and a file is created only in a directory reached
//! that way, with `O_NOFOLLOW` so a link planted at the last moment is not
//! followed. On Linux, every opened file is also checked afterwards through
//! `/proc/self/fd` to lie under the root (closing the window between the
//! checks and the `open`; only other host processes could use it: the
//! program itself cannot create links). Errors are C `errno` values as
//! Linux numbers them (`cc/include/errno.h`).

use std::collections::HashMap;
use std::fs;
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

pub const EPERM: i32 = 1;
pub const ENOENT: i32 = 2;
pub const EBADF: i32 = 9;
pub const EACCES: i32 = 13;
pub const EEXIST: i32 = 17;
pub const EXDEV: i32 = 18;
pub const ENOTDIR: i32 = 20;
pub const EISDIR: i32 = 21;
pub const EINVAL: i32 = 22;
pub const EMFILE: i32 = 24;
pub const EFBIG: i32 = 27;
pub const ENOSPC: i32 = 28;
pub const ESPIPE: i32 = 29;
pub const EROFS: i32 = 30;
pub const ENAMETOOLONG: i32 = 36;
pub const ENOTEMPTY: i32 = 39;
pub const ELOOP: i32 = 40;
pub const EIO: i32 = 5;
pub const ENOMEM: i32 = 12;

/// `open` flags as C passes them (Linux values, `cc/include/fcntl.h`).
pub const O_ACCMODE: i32 = 3;
pub const O_WRONLY: i32 = 1;
pub const O_RDWR: i32 = 2;
pub const O_CREAT: i32 = 0o100;
pub const O_EXCL: i32 = 0o200;
pub const O_TRUNC: i32 = 0o1000;
pub const O_APPEND: i32 = 0o2000;

/// Most files a program may have open at once (besides 0, 1 and 2).
pub const MAX_FILES: usize = 1024;

/// The first of the descriptors the C library holds for itself (see
/// [`Files::dup`]); above every number `open` gives.
pub const HIDDEN_FD: i32 = 1 << 20;
/// Most bytes all of a program's `tmpfile()`s may hold (they live in host
/// memory, never on the host's disk).
pub const MAX_TMP_BYTES: u64 = 256 << 20;
/// Most entries `opendir` lists in one directory (their names are held in
/// host memory while it is open); a bigger directory fails with `ENOMEM`.
pub const MAX_DIR_ENTRIES: usize = 1 << 18;

/// A directory granted to the program.
#[derive(Debug, Clone)]
pub struct DirGrant {
    /// The host directory.
    pub host: PathBuf,
    /// The name the program uses for it: absolute (`/data`) or relative to
    /// the program's initial working directory, which is `/` (`.` is `/`,
    /// `out` is `/out`).
    pub guest: String,
    /// Whether the program may create, write, remove and rename files in it.
    pub writable: bool,
}

impl DirGrant {
    /// Parses the `voxvm --dir` syntax `HOST[::GUEST][:rw|:ro]`: the guest
    /// name defaults to HOST as written; read-only unless `:rw`.
    pub fn parse(spec: &str) -> Result<DirGrant, String> {
        let (rest, writable) = if let Some(r) = spec.strip_suffix(":rw") {
            (r, true)
        } else if let Some(r) = spec.strip_suffix(":ro") {
            (r, false)
        } else {
            (spec, false)
        };
        let (host, guest) = match rest.split_once("::") {
            Some((h, g)) => (h, g),
            None => (rest, rest),
        };
        if host.is_empty() || guest.is_empty() {
            return Err(format!(
                "`{spec}`: expected HOST[::GUEST][:rw], e.g. `--dir data`, `--dir /tmp/out::/out:rw`"
            ));
        }
        Ok(DirGrant {
            host: PathBuf::from(host),
            guest: guest.to_string(),
            writable,
        })
    }
}

/// A grant, ready for lookups.
#[derive(Debug)]
struct Root {
    /// The absolute guest path, as components.
    guest: Vec<Vec<u8>>,
    /// Canonical host path.
    root: PathBuf,
    writable: bool,
}

/// A guest path, `.` and `..` resolved lexically.
struct GuestPath {
    absolute: bool,
    parts: Vec<Vec<u8>>,
}

fn split(path: &[u8]) -> GuestPath {
    let absolute = path.first() == Some(&b'/');
    let mut parts: Vec<Vec<u8>> = Vec::new();
    for c in path.split(|&b| b == b'/') {
        match c {
            b"" | b"." => {}
            b".." => {
                if parts.last().is_some_and(|p| p != b"..") {
                    parts.pop();
                } else if !absolute {
                    // Above the start of a relative path: kept, and only a
                    // grant named `..` can match it.
                    parts.push(c.to_vec());
                }
            }
            _ => parts.push(c.to_vec()),
        }
    }
    GuestPath { absolute, parts }
}

#[cfg(unix)]
fn os(bytes: &[u8]) -> &std::ffi::OsStr {
    use std::os::unix::ffi::OsStrExt;
    std::ffi::OsStr::from_bytes(bytes)
}

#[cfg(not(unix))]
fn os(bytes: &[u8]) -> std::ffi::OsString {
    String::from_utf8_lossy(bytes).into_owned().into()
}

/// What `stat`/`fstat` report of a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stat {
    pub size: u64,
    pub dir: bool,
    /// Whether the program may write it (its grant is writable too).
    pub writable: bool,
    /// Modification and access times, seconds since the epoch.
    pub mtime: i64,
    pub atime: i64,
    /// The file's number (`st_ino`): the same for every name and
    /// descriptor of one file, different between files. Not the host's
    /// inode number: files are numbered from 1 in the order the program
    /// first sees them, so nothing of the host shows and runs repeat.
    pub ino: u64,
}

impl Stat {
    fn of(m: &fs::Metadata, writable: bool) -> Stat {
        let secs = |t: io::Result<std::time::SystemTime>| match t {
            Ok(t) => match t.duration_since(std::time::UNIX_EPOCH) {
                Ok(d) => i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
                Err(e) => -i64::try_from(e.duration().as_secs()).unwrap_or(i64::MAX),
            },
            Err(_) => 0,
        };
        Stat {
            size: m.len(),
            dir: m.is_dir(),
            writable,
            mtime: secs(m.modified()),
            atime: secs(m.accessed()),
            ino: 0,
        }
    }
}

/// The C `errno` for a host I/O error.
pub fn errno(e: &io::Error) -> i32 {
    #[cfg(target_os = "linux")]
    if let Some(n) = e.raw_os_error() {
        return n;
    }
    use io::ErrorKind as K;
    match e.kind() {
        K::NotFound => ENOENT,
        K::PermissionDenied => EACCES,
        K::AlreadyExists => EEXIST,
        K::InvalidInput => EINVAL,
        K::IsADirectory => EISDIR,
        K::NotADirectory => ENOTDIR,
        K::DirectoryNotEmpty => ENOTEMPTY,
        K::ReadOnlyFilesystem => EROFS,
        K::StorageFull => ENOSPC,
        K::CrossesDevices => EXDEV,
        K::FileTooLarge => EFBIG,
        K::NotSeekable => ESPIPE,
        _ => EIO,
    }
}

/// What an open file is.
enum Handle {
    File(fs::File),
    /// One of the host's standard streams (0, 1 or 2), by a descriptor
    /// `dup` made of it: the runtime reads and writes it, not [`Files`].
    Std(i32),
    /// A `tmpfile()`: bytes in host memory.
    Mem {
        data: Vec<u8>,
        pos: u64,
        ino: u64,
    },
    /// An `opendir()`: the directory's entries when it was opened, `.` and
    /// `..` first and the rest sorted by name, so a listing is the same on
    /// every run; `next` is the one `readdir` returns next.
    Dir {
        entries: Vec<DirEntry>,
        next: usize,
        meta: fs::Metadata,
    },
}

/// One entry of a directory: its name and C `d_type` (`DT_DIR` 4, `DT_REG`
/// 8, `DT_LNK` 10, `DT_UNKNOWN` 0).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirEntry {
    pub name: Vec<u8>,
    pub kind: u8,
}

struct OpenFile {
    handle: Handle,
    read: bool,
    write: bool,
    append: bool,
}

/// Where a descriptor leads ([`Files::target`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// The host's standard stream 0, 1 or 2.
    Std(i32),
    /// A file, a directory or a `tmpfile`: [`Files`] does the work.
    File,
}

/// The program's view of the file system and its open files (descriptors
/// from 3 up; 0, 1 and 2 are the standard streams, handled by the caller).
pub struct Files {
    roots: Vec<Root>,
    /// The working directory, an absolute guest path (`/` at first): what
    /// relative paths are resolved against.
    cwd: Vec<Vec<u8>>,
    /// Descriptor `3 + i` is open when `open[i]` names its description in
    /// `descs`; `dup` makes two descriptors name one (they share the offset,
    /// as in POSIX).
    open: Vec<Option<usize>>,
    /// Descriptors the C library holds for itself, numbered from
    /// [`HIDDEN_FD`] so that they never take a number the program would get
    /// from `open` (a shared file mapping keeps its file this way after the
    /// program closes its own descriptor).
    hidden: Vec<Option<usize>>,
    /// Descriptors 0, 1 and 2 once `dup2` replaced or `dup` duplicated
    /// them; `None` is the host's own stream.
    std: [Option<usize>; 3],
    /// Open file descriptions and how many descriptors name each.
    descs: Vec<Option<(OpenFile, u32)>>,
    tmp_bytes: u64,
    /// The numbers given to files (see [`Stat::ino`]), by host identity.
    inodes: HashMap<(u64, u64), u64>,
    next_ino: u64,
}

impl Files {
    /// The file system made of `grants`. Fails if a granted directory does
    /// not exist or is not a directory.
    pub fn new(grants: &[DirGrant]) -> Result<Files, String> {
        let mut roots = Vec::new();
        for g in grants {
            let root = fs::canonicalize(&g.host)
                .map_err(|e| format!("cannot grant `{}`: {e}", g.host.display()))?;
            if !root.is_dir() {
                return Err(format!(
                    "cannot grant `{}`: not a directory",
                    g.host.display()
                ));
            }
            let p = split(g.guest.as_bytes());
            if p.parts.first().is_some_and(|c| c == b"..") {
                return Err(format!(
                    "cannot grant `{}` as `{}`: a relative name is placed under the working directory `/`, and this one climbs above it; give an absolute name such as `/up`",
                    g.host.display(),
                    g.guest
                ));
            }
            roots.push(Root {
                guest: p.parts,
                root,
                writable: g.writable,
            });
        }
        // Longest guest name first: `/data/sub` wins over `/data`.
        roots.sort_by_key(|r| std::cmp::Reverse(r.guest.len()));
        Ok(Files {
            roots,
            cwd: Vec::new(),
            open: Vec::new(),
            hidden: Vec::new(),
            std: [None; 3],
            descs: Vec::new(),
            tmp_bytes: 0,
            inodes: HashMap::new(),
            next_ino: 1,
        })
    }

    /// Guest `path` as an absolute path's components: a relative one is
    /// taken from the working directory; `..` at `/` stays at `/`.
    fn absolute(&self, path: &[u8]) -> Vec<Vec<u8>> {
        let p = split(path);
        if p.absolute {
            return p.parts;
        }
        let mut parts = self.cwd.clone();
        for c in p.parts {
            if c == b".." {
                parts.pop();
            } else {
                parts.push(c);
            }
        }
        parts
    }

    /// `chdir`: makes guest directory `path` the working directory.
    pub fn chdir(&mut self, path: &[u8]) -> Result<(), i32> {
        if !self.stat(path)?.dir {
            return Err(ENOTDIR);
        }
        self.cwd = self.absolute(path);
        Ok(())
    }

    /// `getcwd`: the working directory's absolute guest path.
    pub fn getcwd(&self) -> Vec<u8> {
        let mut out = Vec::new();
        for c in &self.cwd {
            out.push(b'/');
            out.extend_from_slice(c);
        }
        if out.is_empty() {
            out.push(b'/');
        }
        out
    }

    /// The grant a guest path falls under, and the components below it.
    fn grant(&self, path: &[u8]) -> Result<(&Root, Vec<Vec<u8>>), i32> {
        if path.is_empty() {
            return Err(ENOENT);
        }
        if path.len() >= 4096 {
            return Err(ENAMETOOLONG);
        }
        let parts = self.absolute(path);
        for r in &self.roots {
            if parts.starts_with(&r.guest) {
                let rest = parts[r.guest.len()..].to_vec();
                if rest.iter().any(|c| c == b"..") {
                    return Err(EACCES);
                }
                return Ok((r, rest));
            }
        }
        Err(EACCES)
    }

    /// Walks `parts` from `root.root`; `Ok(None)` when only the last
    /// component is missing (and may be created). Links are followed only
    /// to canonical paths under the root.
    fn walk(root: &Root, parts: &[Vec<u8>], follow_last: bool) -> Result<(PathBuf, bool), i32> {
        let mut cur = root.root.clone();
        for (i, c) in parts.iter().enumerate() {
            let last = i + 1 == parts.len();
            let cand = cur.join(os(c));
            match fs::symlink_metadata(&cand) {
                Err(e) if e.kind() == io::ErrorKind::NotFound => {
                    return if last { Ok((cand, false)) } else { Err(ENOENT) };
                }
                Err(e) => return Err(errno(&e)),
                Ok(m) if m.file_type().is_symlink() && (!last || follow_last) => {
                    match fs::canonicalize(&cand) {
                        Ok(real) if real.starts_with(&root.root) => {
                            if !last && !real.is_dir() {
                                return Err(ENOTDIR);
                            }
                            cur = real;
                        }
                        Ok(_) => return Err(EACCES),
                        // A dangling link: never created through.
                        Err(e) if e.kind() == io::ErrorKind::NotFound => {
                            return Err(if last { EACCES } else { ENOENT })
                        }
                        Err(e) => return Err(errno(&e)),
                    }
                }
                Ok(m) => {
                    if !last && !m.is_dir() {
                        return Err(ENOTDIR);
                    }
                    cur = cand;
                }
            }
        }
        Ok((cur, true))
    }

    /// Opens guest `path` with C `open` flags; the new descriptor.
    pub fn open(&mut self, path: &[u8], flags: i32) -> Result<i32, i32> {
        let slot = self.free_slot()?;
        let acc = flags & O_ACCMODE;
        let (read, write) = match acc {
            0 => (true, false),
            O_WRONLY => (false, true),
            O_RDWR => (true, true),
            _ => return Err(EINVAL),
        };
        let (root, parts) = self.grant(path)?;
        let creating = flags & O_CREAT != 0;
        let changes = write || creating || flags & O_TRUNC != 0;
        let (target, exists) = Self::walk(root, &parts, true)?;
        if changes && !root.writable {
            return Err(if exists || creating { EROFS } else { ENOENT });
        }
        if !exists && !creating {
            return Err(ENOENT);
        }
        if exists && creating && flags & O_EXCL != 0 {
            return Err(EEXIST);
        }
        let mut o = fs::OpenOptions::new();
        o.read(read)
            .write(write && flags & O_APPEND == 0)
            .append(write && flags & O_APPEND != 0)
            .truncate(write && flags & O_TRUNC != 0);
        if creating {
            if flags & O_EXCL != 0 {
                o.create_new(true);
            } else {
                o.create(true);
            }
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            o.custom_flags(libc::O_NOFOLLOW | libc::O_CLOEXEC);
            o.mode(0o666);
        }
        let file = o.open(&target).map_err(|e| match errno(&e) {
            ELOOP => EACCES,
            n => n,
        })?;
        if !opened_under(&file, &root.root) {
            return Err(EACCES);
        }
        Ok(self.install(
            slot,
            OpenFile {
                handle: Handle::File(file),
                read,
                write,
                append: flags & O_APPEND != 0,
            },
        ))
    }

    /// A new anonymous file in memory (`tmpfile`).
    pub fn open_tmp(&mut self) -> Result<i32, i32> {
        let slot = self.free_slot()?;
        let ino = self.next_ino;
        self.next_ino += 1;
        Ok(self.install(
            slot,
            OpenFile {
                handle: Handle::Mem {
                    data: Vec::new(),
                    pos: 0,
                    ino,
                },
                read: true,
                write: true,
                append: false,
            },
        ))
    }

    /// The lowest free descriptor slot from `from` on (descriptor `3 + slot`).
    fn free_slot_from(&mut self, from: usize) -> Result<usize, i32> {
        if let Some(i) = self.open.iter().skip(from).position(Option::is_none) {
            return Ok(from + i);
        }
        let slot = self.open.len().max(from);
        if slot >= MAX_FILES {
            return Err(EMFILE);
        }
        self.open.resize(slot + 1, None);
        Ok(slot)
    }

    fn free_slot(&mut self) -> Result<usize, i32> {
        self.free_slot_from(0)
    }

    /// A new description, named by one descriptor.
    fn new_desc(&mut self, file: OpenFile) -> usize {
        let d = match self.descs.iter().position(Option::is_none) {
            Some(d) => d,
            None => {
                self.descs.push(None);
                self.descs.len() - 1
            }
        };
        self.descs[d] = Some((file, 1));
        d
    }

    /// Opens descriptor `3 + slot` on a new description: its number.
    fn install(&mut self, slot: usize, file: OpenFile) -> i32 {
        let d = self.new_desc(file);
        self.open[slot] = Some(d);
        slot as i32 + 3
    }

    /// Where descriptor `fd` is kept: the standard streams', the program's
    /// table or the hidden one.
    fn slot_of(&mut self, fd: i32) -> Option<&mut Option<usize>> {
        if (0..3).contains(&fd) {
            self.std.get_mut(fd as usize)
        } else if fd >= HIDDEN_FD {
            self.hidden.get_mut((fd - HIDDEN_FD) as usize)
        } else {
            usize::try_from(fd)
                .ok()
                .and_then(|f| f.checked_sub(3))
                .and_then(|i| self.open.get_mut(i))
        }
    }

    fn desc_of(&mut self, fd: i32) -> Result<usize, i32> {
        self.slot_of(fd).and_then(|e| *e).ok_or(EBADF)
    }

    /// Where descriptor `fd` leads: a standard stream (0, 1 and 2 unless
    /// `dup2` replaced them, and descriptors `dup` made of them) or a file.
    pub fn target(&mut self, fd: i32) -> Result<Target, i32> {
        if (0..3).contains(&fd) && self.std[fd as usize].is_none() {
            return Ok(Target::Std(fd));
        }
        Ok(match self.get(fd)?.handle {
            Handle::Std(k) => Target::Std(k),
            _ => Target::File,
        })
    }

    fn get(&mut self, fd: i32) -> Result<&mut OpenFile, i32> {
        let d = self.desc_of(fd)?;
        Ok(&mut self.descs[d]
            .as_mut()
            .expect("an open descriptor's description")
            .0)
    }

    /// `dup`: a new descriptor for `fd`'s open file (sharing its offset).
    /// `how` 0: the lowest free number at or above `to` (`dup`, `F_DUPFD`);
    /// 1: exactly `to`, closing what it was first (`dup2`); 2: a hidden
    /// descriptor from [`HIDDEN_FD`] up, which must allow writing when
    /// `to` is nonzero (the C library's shared file mappings).
    pub fn dup(&mut self, fd: i32, to: i32, how: i32) -> Result<i32, i32> {
        if (0..3).contains(&fd) && self.std[fd as usize].is_none() {
            // The host's stream gets a description, which the copy shares.
            let d = self.new_desc(OpenFile {
                handle: Handle::Std(fd),
                read: fd == 0,
                write: fd != 0,
                append: false,
            });
            self.std[fd as usize] = Some(d);
        }
        let d = self.desc_of(fd)?;
        let new = match how {
            0 => {
                let from = usize::try_from(to).map_err(|_| EINVAL)?.saturating_sub(3);
                if from >= MAX_FILES {
                    return Err(EINVAL);
                }
                let slot = self.free_slot_from(from)?;
                self.open[slot] = Some(d);
                slot as i32 + 3
            }
            1 if (0..3).contains(&to) => {
                if to == fd {
                    return Ok(to);
                }
                if self.std[to as usize].is_some() {
                    self.close(to)?;
                }
                self.std[to as usize] = Some(d);
                to
            }
            1 => {
                if to == fd {
                    return Ok(to);
                }
                let slot = usize::try_from(to)
                    .ok()
                    .and_then(|t| t.checked_sub(3))
                    .filter(|&s| s < MAX_FILES)
                    .ok_or(EBADF)?;
                if self.open.get(slot).is_some_and(Option::is_some) {
                    self.close(to)?;
                }
                if self.open.len() <= slot {
                    self.open.resize(slot + 1, None);
                }
                self.open[slot] = Some(d);
                to
            }
            2 => {
                let f = &self.descs[d].as_ref().expect("open").0;
                if to != 0 && !f.write {
                    return Err(EACCES);
                }
                let i = match self.hidden.iter().position(Option::is_none) {
                    Some(i) => i,
                    None if self.hidden.len() < MAX_FILES => {
                        self.hidden.push(None);
                        self.hidden.len() - 1
                    }
                    None => return Err(EMFILE),
                };
                self.hidden[i] = Some(d);
                HIDDEN_FD + i as i32
            }
            _ => return Err(EINVAL),
        };
        self.descs[d].as_mut().expect("open").1 += 1;
        Ok(new)
    }

    pub fn close(&mut self, fd: i32) -> Result<(), i32> {
        let d = self.slot_of(fd).and_then(Option::take).ok_or(EBADF)?;
        let (_, refs) = self.descs[d].as_mut().expect("open");
        *refs -= 1;
        if *refs == 0 {
            if let Some((
                OpenFile {
                    handle: Handle::Mem { data, .. },
                    ..
                },
                _,
            )) = self.descs[d].take()
            {
                self.tmp_bytes -= data.len() as u64;
            }
        }
        while self.open.last().is_some_and(Option::is_none) {
            self.open.pop();
        }
        while self.hidden.last().is_some_and(Option::is_none) {
            self.hidden.pop();
        }
        while self.descs.last().is_some_and(Option::is_none) {
            self.descs.pop();
        }
        Ok(())
    }

    pub fn read(&mut self, fd: i32, buf: &mut [u8]) -> Result<usize, i32> {
        let f = self.get(fd)?;
        if !f.read {
            return Err(EBADF);
        }
        match &mut f.handle {
            Handle::File(file) => loop {
                match file.read(buf) {
                    Ok(n) => return Ok(n),
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                    Err(e) => return Err(errno(&e)),
                }
            },
            Handle::Mem { data, pos, .. } => {
                let start = (*pos).min(data.len() as u64) as usize;
                let n = buf.len().min(data.len() - start);
                buf[..n].copy_from_slice(&data[start..start + n]);
                *pos += n as u64;
                Ok(n)
            }
            Handle::Dir { .. } => Err(EISDIR),
            // The runtime reads and writes the standard streams itself.
            Handle::Std(_) => Err(EBADF),
        }
    }

    pub fn write(&mut self, fd: i32, buf: &[u8]) -> Result<usize, i32> {
        let tmp_left = MAX_TMP_BYTES - self.tmp_bytes;
        let f = self.get(fd)?;
        if !f.write {
            return Err(EBADF);
        }
        match &mut f.handle {
            Handle::File(file) => file
                .write_all(buf)
                .map(|()| buf.len())
                .map_err(|e| errno(&e)),
            Handle::Mem { data, pos, .. } => {
                if f.append {
                    *pos = data.len() as u64;
                }
                let start = *pos as usize;
                let end = start + buf.len();
                let grow = (end as u64).saturating_sub(data.len() as u64);
                if grow > tmp_left {
                    return Err(ENOSPC);
                }
                if end > data.len() {
                    data.resize(end, 0);
                }
                data[start..end].copy_from_slice(buf);
                *pos = end as u64;
                self.tmp_bytes += grow;
                Ok(buf.len())
            }
            Handle::Dir { .. } => Err(EISDIR),
            // The runtime reads and writes the standard streams itself.
            Handle::Std(_) => Err(EBADF),
        }
    }

    /// Opens guest directory `path` for reading its entries: a descriptor
    /// [`Files::read_dir`] reads.
    pub fn open_dir(&mut self, path: &[u8]) -> Result<i32, i32> {
        let slot = self.free_slot()?;
        let (root, parts) = self.grant(path)?;
        let (target, exists) = Self::walk(root, &parts, true)?;
        if !exists {
            return Err(ENOENT);
        }
        let writable = root.writable;
        let meta = fs::metadata(&target).map_err(|e| errno(&e))?;
        if !meta.is_dir() {
            return Err(ENOTDIR);
        }
        let dot = |name: &[u8]| DirEntry {
            name: name.to_vec(),
            kind: 4,
        };
        let mut entries = vec![dot(b"."), dot(b"..")];
        for e in fs::read_dir(&target).map_err(|e| errno(&e))? {
            let e = e.map_err(|e| errno(&e))?;
            let kind = match e.file_type() {
                Ok(t) if t.is_dir() => 4,
                Ok(t) if t.is_file() => 8,
                Ok(t) if t.is_symlink() => 10,
                _ => 0,
            };
            entries.push(DirEntry {
                name: e.file_name().to_string_lossy().into_owned().into_bytes(),
                kind,
            });
            if entries.len() > MAX_DIR_ENTRIES {
                return Err(ENOMEM);
            }
        }
        entries[2..].sort_by(|a, b| a.name.cmp(&b.name));
        Ok(self.install(
            slot,
            OpenFile {
                handle: Handle::Dir {
                    entries,
                    next: 0,
                    meta,
                },
                read: true,
                write: writable,
                append: false,
            },
        ))
    }

    /// The next entry of a directory opened with [`Files::open_dir`], or
    /// `None` at its end.
    pub fn read_dir(&mut self, fd: i32) -> Result<Option<DirEntry>, i32> {
        match &mut self.get(fd)?.handle {
            Handle::Dir { entries, next, .. } => {
                let e = entries.get(*next).cloned();
                *next += usize::from(e.is_some());
                Ok(e)
            }
            _ => Err(ENOTDIR),
        }
    }

    /// `lseek`: the new offset.
    pub fn seek(&mut self, fd: i32, off: i64, whence: i32) -> Result<i64, i32> {
        let f = self.get(fd)?;
        match &mut f.handle {
            Handle::File(file) => {
                let to = match whence {
                    0 => SeekFrom::Start(u64::try_from(off).map_err(|_| EINVAL)?),
                    1 => SeekFrom::Current(off),
                    2 => SeekFrom::End(off),
                    _ => return Err(EINVAL),
                };
                file.seek(to).map(|p| p as i64).map_err(|e| errno(&e))
            }
            Handle::Mem { data, pos, .. } => {
                let from = match whence {
                    0 => 0,
                    1 => *pos as i64,
                    2 => data.len() as i64,
                    _ => return Err(EINVAL),
                };
                let to = from.checked_add(off).filter(|&t| t >= 0).ok_or(EINVAL)?;
                *pos = to as u64;
                Ok(to)
            }
            Handle::Std(_) => Err(ESPIPE),
            // `lseek(fd, 0, SEEK_SET)` rewinds a listing (what `rewinddir`
            // does); entry positions are the only other offsets.
            Handle::Dir { entries, next, .. } => {
                let to = match whence {
                    0 => off,
                    1 => (*next as i64).checked_add(off).ok_or(EINVAL)?,
                    _ => return Err(EINVAL),
                };
                if to < 0 || to as usize > entries.len() {
                    return Err(EINVAL);
                }
                *next = to as usize;
                Ok(to)
            }
        }
    }

    /// `ftruncate`: cuts or extends (with zeros) an open file, which must
    /// have been opened for writing.
    pub fn truncate(&mut self, fd: i32, len: i64) -> Result<(), i32> {
        let tmp_left = MAX_TMP_BYTES - self.tmp_bytes;
        let f = self.get(fd)?;
        if !f.write {
            return Err(EINVAL);
        }
        let len = u64::try_from(len).map_err(|_| EINVAL)?;
        match &mut f.handle {
            Handle::File(file) => file.set_len(len).map_err(|e| errno(&e)),
            Handle::Mem { data, .. } => {
                let old = data.len() as u64;
                if len > old && len - old > tmp_left {
                    return Err(ENOSPC);
                }
                data.resize(len as usize, 0);
                self.tmp_bytes = self.tmp_bytes + len - old;
                Ok(())
            }
            Handle::Dir { .. } => Err(EISDIR),
            // The runtime reads and writes the standard streams itself.
            Handle::Std(_) => Err(EBADF),
        }
    }

    /// `fsync`: what was written to an open file reaches the disk.
    pub fn sync(&mut self, fd: i32) -> Result<(), i32> {
        match &mut self.get(fd)?.handle {
            Handle::File(file) => file.sync_all().map_err(|e| errno(&e)),
            Handle::Mem { .. } | Handle::Dir { .. } | Handle::Std(_) => Ok(()),
        }
    }

    /// The size of an open file and whether it is a directory.
    pub fn fstat(&mut self, fd: i32) -> Result<Stat, i32> {
        let f = self.get(fd)?;
        let writable = f.write;
        let (st, key) = match &f.handle {
            Handle::File(file) => {
                let m = file.metadata().map_err(|e| errno(&e))?;
                (Stat::of(&m, writable), host_identity(&m))
            }
            Handle::Mem { data, ino, .. } => {
                return Ok(Stat {
                    size: data.len() as u64,
                    dir: false,
                    writable: true,
                    mtime: 0,
                    atime: 0,
                    ino: *ino,
                })
            }
            Handle::Dir { meta, .. } => (Stat::of(meta, writable), host_identity(meta)),
            Handle::Std(_) => return Err(EBADF),
        };
        Ok(self.numbered(st, key))
    }

    /// What `stat` tells of guest `path` (following links inside the grant).
    pub fn stat(&mut self, path: &[u8]) -> Result<Stat, i32> {
        let (root, parts) = self.grant(path)?;
        let (target, exists) = Self::walk(root, &parts, true)?;
        if !exists {
            return Err(ENOENT);
        }
        let m = fs::metadata(&target).map_err(|e| errno(&e))?;
        let st = Stat::of(&m, root.writable && !m.permissions().readonly());
        Ok(self.numbered(st, host_identity(&m)))
    }

    /// `st` with its file's number, given on first sight.
    fn numbered(&mut self, mut st: Stat, key: Option<(u64, u64)>) -> Stat {
        st.ino = match key {
            Some(k) => *self.inodes.entry(k).or_insert_with(|| {
                self.next_ino += 1;
                self.next_ino - 1
            }),
            None => 0,
        };
        st
    }

    /// `utime`: sets the access and modification times (seconds since the
    /// epoch) of guest `path`, which must lie in a writable grant.
    pub fn set_times(&self, path: &[u8], atime: i64, mtime: i64) -> Result<(), i32> {
        let (root, parts) = self.grant(path)?;
        let (target, exists) = Self::walk(root, &parts, true)?;
        if !exists {
            return Err(ENOENT);
        }
        if !root.writable {
            return Err(EROFS);
        }
        let mut o = fs::OpenOptions::new();
        o.read(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            o.custom_flags(libc::O_NOFOLLOW | libc::O_CLOEXEC);
        }
        let file = o.open(&target).map_err(|e| match errno(&e) {
            ELOOP => EACCES,
            n => n,
        })?;
        if !opened_under(&file, &root.root) {
            return Err(EACCES);
        }
        let at = |s: i64| {
            let d = std::time::Duration::from_secs(s.unsigned_abs());
            if s >= 0 {
                std::time::UNIX_EPOCH.checked_add(d)
            } else {
                std::time::UNIX_EPOCH.checked_sub(d)
            }
            .ok_or(EINVAL)
        };
        let times = fs::FileTimes::new()
            .set_accessed(at(atime)?)
            .set_modified(at(mtime)?);
        file.set_times(times).map_err(|e| errno(&e))
    }

    /// The host path of the parent directory of guest `path` (resolved
    /// inside its grant) joined with its last component, unresolved: what
    /// `remove` and `rename` act on (a link itself, not its target).
    fn entry(&self, path: &[u8]) -> Result<PathBuf, i32> {
        let (root, parts) = self.grant(path)?;
        let Some((last, dirs)) = parts.split_last() else {
            // The grant itself cannot be removed or renamed.
            return Err(if root.writable { EPERM } else { EROFS });
        };
        if !root.writable {
            return Err(EROFS);
        }
        let (dir, exists) = Self::walk(root, dirs, true)?;
        if !exists {
            return Err(ENOENT);
        }
        Ok(dir.join(os(last)))
    }

    /// `remove`: a file, a link or an empty directory.
    pub fn remove(&self, path: &[u8]) -> Result<(), i32> {
        let p = self.entry(path)?;
        let m = fs::symlink_metadata(&p).map_err(|e| errno(&e))?;
        if m.is_dir() {
            fs::remove_dir(&p)
        } else {
            fs::remove_file(&p)
        }
        .map_err(|e| errno(&e))
    }

    /// `rename`.
    pub fn rename(&self, from: &[u8], to: &[u8]) -> Result<(), i32> {
        let a = self.entry(from)?;
        let b = self.entry(to)?;
        fs::symlink_metadata(&a).map_err(|e| errno(&e))?;
        fs::rename(&a, &b).map_err(|e| errno(&e))
    }

    /// `mkdir`.
    pub fn mkdir(&self, path: &[u8]) -> Result<(), i32> {
        let p = self.entry(path)?;
        fs::create_dir(&p).map_err(|e| errno(&e))
    }
}

/// Whether an opened file really lies under `root` (Linux: asked of the
/// kernel through `/proc/self/fd`; elsewhere the checks before `open` stand).
/// The host's identity of a file (device and inode), where it has one.
#[cfg(unix)]
fn host_identity(m: &fs::Metadata) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    Some((m.dev(), m.ino()))
}

#[cfg(not(unix))]
fn host_identity(_: &fs::Metadata) -> Option<(u64, u64)> {
    None
}

fn opened_under(file: &fs::File, root: &Path) -> bool {
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::io::AsRawFd;
        if let Ok(real) = fs::read_link(format!("/proc/self/fd/{}", file.as_raw_fd())) {
            return real.starts_with(root);
        }
    }
    let _ = (file, root);
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(p: &str) -> (bool, Vec<String>) {
        let g = split(p.as_bytes());
        (
            g.absolute,
            g.parts
                .iter()
                .map(|c| String::from_utf8_lossy(c).into_owned())
                .collect(),
        )
    }

    #[test]
    fn guest_paths_are_resolved_lexically() {
        assert_eq!(names("a/./b/../c"), (false, vec!["a".into(), "c".into()]));
        assert_eq!(names("/../x"), (true, vec!["x".into()]));
        assert_eq!(names("../x"), (false, vec!["..".into(), "x".into()]));
        assert_eq!(names("a/../../x"), (false, vec!["..".into(), "x".into()]));
        assert_eq!(names("//a//b/"), (true, vec!["a".into(), "b".into()]));
    }

    #[test]
    fn grant_syntax() {
        let g = DirGrant::parse("/tmp/x::/data:rw").unwrap();
        assert_eq!(
            (g.host, g.guest.as_str(), g.writable),
            (PathBuf::from("/tmp/x"), "/data", true)
        );
        let g = DirGrant::parse("out").unwrap();
        assert_eq!((g.guest.as_str(), g.writable), ("out", false));
        assert!(DirGrant::parse("::x").is_err());
    }

    #[test]
    fn descriptors_made_by_dup_share_one_description_until_the_last_closes() {
        let mut f = Files::new(&[]).unwrap();
        let a = f.open_tmp().unwrap();
        assert_eq!(f.write(a, b"hello").unwrap(), 5);
        let b = f.dup(a, 0, 0).unwrap();
        assert_eq!(b, a + 1);
        // One offset: what `a` wrote moved `b` too.
        assert_eq!(f.seek(b, 0, 1), Ok(5));
        f.seek(a, 1, 0).unwrap();
        let mut buf = [0u8; 4];
        assert_eq!(f.read(b, &mut buf), Ok(4));
        assert_eq!(&buf, b"ello");
        // F_DUPFD's lower bound, and dup2 onto an open descriptor.
        let c = f.dup(a, 40, 0).unwrap();
        assert_eq!(c, 40);
        let d = f.open_tmp().unwrap();
        f.write(d, b"old").unwrap();
        assert_eq!(f.tmp_bytes, 8);
        assert_eq!(f.dup(a, d, 1), Ok(d));
        assert_eq!(f.seek(d, 0, 1), Ok(5));
        assert_eq!(f.tmp_bytes, 5, "the replaced tmpfile's bytes are released");
        for fd in [a, b, c] {
            f.close(fd).unwrap();
        }
        assert_eq!(f.tmp_bytes, 5, "still open through d");
        f.close(d).unwrap();
        assert_eq!(f.tmp_bytes, 0);
        assert_eq!(f.close(d), Err(EBADF));
        assert!(f.descs.is_empty() && f.open.is_empty());
    }

    #[test]
    fn hidden_descriptors_hold_a_file_without_taking_a_program_number() {
        let mut f = Files::new(&[]).unwrap();
        let a = f.open_tmp().unwrap();
        let h = f.dup(a, 1, 2).unwrap();
        assert!(h >= HIDDEN_FD);
        f.close(a).unwrap();
        assert_eq!(f.write(h, b"kept").unwrap(), 4);
        assert_eq!(f.open_tmp(), Ok(a), "the program's number comes back");
        assert_eq!(f.fstat(h).unwrap().size, 4);
        f.close(h).unwrap();
        assert_eq!(f.write(h, b"x"), Err(EBADF));
    }

    #[test]
    fn the_standard_streams_are_the_hosts_until_dup2_replaces_them() {
        let mut f = Files::new(&[]).unwrap();
        assert_eq!(f.target(1), Ok(Target::Std(1)));
        let saved = f.dup(1, 0, 0).unwrap();
        assert_eq!(f.target(saved), Ok(Target::Std(1)));
        let t = f.open_tmp().unwrap();
        assert_eq!(f.dup(t, 1, 1), Ok(1));
        assert_eq!(f.target(1), Ok(Target::File));
        assert_eq!(f.write(1, b"to the file").unwrap(), 11);
        assert_eq!(f.fstat(t).unwrap().size, 11);
        // Restored from the saved copy, then the copy closed.
        assert_eq!(f.dup(saved, 1, 1), Ok(1));
        assert_eq!(f.target(1), Ok(Target::Std(1)));
        f.close(saved).unwrap();
        assert_eq!(f.target(1), Ok(Target::Std(1)));
        // Closing a replaced stream gives the host's back.
        f.dup(t, 2, 1).unwrap();
        f.close(2).unwrap();
        assert_eq!(f.target(2), Ok(Target::Std(2)));
        assert_eq!(f.target(7), Err(EBADF));
        assert_eq!(f.dup(t, MAX_FILES as i32 + 3, 1), Err(EBADF));
        assert_eq!(f.dup(t, MAX_FILES as i32 + 3, 0), Err(EINVAL));
    }
}
