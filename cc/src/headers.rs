//! The built-in headers (`<stdio.h>`, `<stdlib.h>`, ...): shipped inside the
//! compiler, so no host headers are needed. The files are in `cc/include/`.

/// `(name, text)` of every built-in header.
pub const HEADERS: &[(&str, &str)] = &[
    ("alloca.h", include_str!("../include/alloca.h")),
    ("assert.h", include_str!("../include/assert.h")),
    ("byteswap.h", include_str!("../include/byteswap.h")),
    ("complex.h", include_str!("../include/complex.h")),
    ("ctype.h", include_str!("../include/ctype.h")),
    ("dirent.h", include_str!("../include/dirent.h")),
    ("dlfcn.h", include_str!("../include/dlfcn.h")),
    ("endian.h", include_str!("../include/endian.h")),
    ("err.h", include_str!("../include/err.h")),
    ("errno.h", include_str!("../include/errno.h")),
    ("fcntl.h", include_str!("../include/fcntl.h")),
    ("features.h", include_str!("../include/features.h")),
    ("fenv.h", include_str!("../include/fenv.h")),
    ("float.h", include_str!("../include/float.h")),
    ("fnmatch.h", include_str!("../include/fnmatch.h")),
    ("getopt.h", include_str!("../include/getopt.h")),
    ("grp.h", include_str!("../include/grp.h")),
    ("inttypes.h", include_str!("../include/inttypes.h")),
    ("iso646.h", include_str!("../include/iso646.h")),
    ("langinfo.h", include_str!("../include/langinfo.h")),
    ("libgen.h", include_str!("../include/libgen.h")),
    ("libintl.h", include_str!("../include/libintl.h")),
    ("limits.h", include_str!("../include/limits.h")),
    ("locale.h", include_str!("../include/locale.h")),
    ("malloc.h", include_str!("../include/malloc.h")),
    ("math.h", include_str!("../include/math.h")),
    ("memory.h", include_str!("../include/memory.h")),
    ("poll.h", include_str!("../include/poll.h")),
    ("pthread.h", include_str!("../include/pthread.h")),
    ("pwd.h", include_str!("../include/pwd.h")),
    ("sched.h", include_str!("../include/sched.h")),
    ("setjmp.h", include_str!("../include/setjmp.h")),
    ("signal.h", include_str!("../include/signal.h")),
    ("stdalign.h", include_str!("../include/stdalign.h")),
    ("stdarg.h", include_str!("../include/stdarg.h")),
    ("stdatomic.h", include_str!("../include/stdatomic.h")),
    ("stdbool.h", include_str!("../include/stdbool.h")),
    ("stddef.h", include_str!("../include/stddef.h")),
    ("stdint.h", include_str!("../include/stdint.h")),
    ("stdio.h", include_str!("../include/stdio.h")),
    ("stdlib.h", include_str!("../include/stdlib.h")),
    ("stdnoreturn.h", include_str!("../include/stdnoreturn.h")),
    ("string.h", include_str!("../include/string.h")),
    ("strings.h", include_str!("../include/strings.h")),
    ("sys/cdefs.h", include_str!("../include/sys/cdefs.h")),
    ("sys/file.h", include_str!("../include/sys/file.h")),
    ("sys/ioctl.h", include_str!("../include/sys/ioctl.h")),
    ("sys/mman.h", include_str!("../include/sys/mman.h")),
    ("sys/param.h", include_str!("../include/sys/param.h")),
    ("sys/resource.h", include_str!("../include/sys/resource.h")),
    ("sys/select.h", include_str!("../include/sys/select.h")),
    ("sys/stat.h", include_str!("../include/sys/stat.h")),
    ("sys/time.h", include_str!("../include/sys/time.h")),
    ("sys/times.h", include_str!("../include/sys/times.h")),
    ("sys/types.h", include_str!("../include/sys/types.h")),
    ("sys/uio.h", include_str!("../include/sys/uio.h")),
    ("sys/utsname.h", include_str!("../include/sys/utsname.h")),
    ("sys/wait.h", include_str!("../include/sys/wait.h")),
    ("syslog.h", include_str!("../include/syslog.h")),
    ("termios.h", include_str!("../include/termios.h")),
    ("tgmath.h", include_str!("../include/tgmath.h")),
    ("threads.h", include_str!("../include/threads.h")),
    ("time.h", include_str!("../include/time.h")),
    ("uchar.h", include_str!("../include/uchar.h")),
    ("unistd.h", include_str!("../include/unistd.h")),
    ("utime.h", include_str!("../include/utime.h")),
    ("wchar.h", include_str!("../include/wchar.h")),
    ("wctype.h", include_str!("../include/wctype.h")),
];

/// The text of built-in header `name` (as written in `#include <name>`).
pub fn find(name: &str) -> Option<&'static str> {
    HEADERS.iter().find(|(n, _)| *n == name).map(|(_, t)| *t)
}

/// The name a built-in header gets in the source map (and in `__FILE__`).
pub fn display_name(name: &str) -> String {
    format!("<voxcc>/{name}")
}
