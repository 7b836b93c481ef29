//! The C library's C sources (`cc/libc/`), compiled with every program;
//! the linker keeps only what the program uses.

/// `(name, text)` of every C library source file.
pub const SOURCES: &[(&str, &str)] = &[
    ("crt0.c", include_str!("../libc/crt0.c")),
    ("errno.c", include_str!("../libc/errno.c")),
    ("ctype.c", include_str!("../libc/ctype.c")),
    ("string.c", include_str!("../libc/string.c")),
    ("stdlib.c", include_str!("../libc/stdlib.c")),
    ("stdio.c", include_str!("../libc/stdio.c")),
    ("math.c", include_str!("../libc/math.c")),
    ("assert.c", include_str!("../libc/assert.c")),
    ("setjmp.c", include_str!("../libc/setjmp.c")),
    ("signal.c", include_str!("../libc/signal.c")),
    ("locale.c", include_str!("../libc/locale.c")),
    ("time.c", include_str!("../libc/time.c")),
    ("posix.c", include_str!("../libc/posix.c")),
    ("wchar.c", include_str!("../libc/wchar.c")),
];
