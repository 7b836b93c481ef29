//! Host-side engines of voxcc's C library: the parts of `printf`, `scanf` and
//! `strto*` that run as Rust host functions. They know nothing of the VM: the
//! arguments (8-byte variadic slots), the memory they point into and the
//! input stream are reached through small traits, so the engines can be
//! tested against the host's glibc directly (`cc/tests/rt_glibc.rs`).
//!
//! The target is glibc 2.36 in the C locale, byte for byte, under voxcc's
//! LP64 ABI where `long double` is `double`; each module documents the few
//! places where it differs.

pub mod format;
pub mod num;
pub mod scan;
