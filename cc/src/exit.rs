//! How the command lines (`voxcc`, `voxvm`) end their process.

/// Ends the process with `code` once standard output is flushed, without
/// running the exit handlers, as `clang -disable-free` does: the
/// allocator's would hand its free memory back to the kernel range by range
/// (on the 500k-line benchmark file, 550 `madvise` calls taking tens of
/// milliseconds; a twentieth of the run time of a small `.vve`) just
/// before the kernel frees all of it at once.
///
/// Only for a process with nothing else left to do: its files closed, and
/// no native library loaded (C's stdio buffers and `atexit` handlers would
/// be skipped). stderr is not buffered. When stdout cannot be flushed, a
/// success becomes `on_flush_error`.
pub fn exit_without_freeing(code: u8, on_flush_error: u8) -> ! {
    use std::io::Write;
    // What `std` would flush on a normal return.
    let flushed = std::io::stdout().flush().is_ok();
    let code = if flushed || code != 0 {
        code
    } else {
        on_flush_error
    };
    #[cfg(unix)]
    // SAFETY: `_exit` ends the process at once. Its caller has nothing left
    // to run (see above): what is skipped is the exit handlers, and std's
    // flush of stdout, done.
    unsafe {
        ::libc::_exit(i32::from(code))
    }
    #[cfg(not(unix))]
    std::process::exit(i32::from(code))
}
