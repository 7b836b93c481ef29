//! The built-in headers (`<stdio.h>`, `<stdlib.h>`, ...): shipped inside the
//! compiler, so no host headers are needed. The files are in `cc/include/`.

/// `(name, text)` of every built-in header.
pub const HEADERS: &[(&str, &str)] = &[];

/// The text of built-in header `name` (as written in `#include <name>`).
pub fn find(name: &str) -> Option<&'static str> {
    HEADERS.iter().find(|(n, _)| *n == name).map(|(_, t)| *t)
}

/// The name a built-in header gets in the source map (and in `__FILE__`).
pub fn display_name(name: &str) -> String {
    format!("<voxcc>/{name}")
}
