/* errno and strerror (messages as glibc's). */
#include <errno.h>
#include <string.h>

int errno;

char *strerror(int e) {
    switch (e) {
    case 0: return "Success";
    case EPERM: return "Operation not permitted";
    case ENOENT: return "No such file or directory";
    case EINTR: return "Interrupted system call";
    case EIO: return "Input/output error";
    case EBADF: return "Bad file descriptor";
    case EAGAIN: return "Resource temporarily unavailable";
    case ENOMEM: return "Cannot allocate memory";
    case EACCES: return "Permission denied";
    case EEXIST: return "File exists";
    case ENOTDIR: return "Not a directory";
    case EISDIR: return "Is a directory";
    case EINVAL: return "Invalid argument";
    case EMFILE: return "Too many open files";
    case ENOSPC: return "No space left on device";
    case ESPIPE: return "Illegal seek";
    case EROFS: return "Read-only file system";
    case EPIPE: return "Broken pipe";
    case EDOM: return "Numerical argument out of domain";
    case ERANGE: return "Numerical result out of range";
    case ENAMETOOLONG: return "File name too long";
    case ENOSYS: return "Function not implemented";
    case ENOTEMPTY: return "Directory not empty";
    case EILSEQ: return "Invalid or incomplete multibyte or wide character";
    case EOVERFLOW: return "Value too large for defined data type";
    case ENOTSUP: return "Operation not supported";
    }
    static char buf[32];
    /* "Unknown error N" without printf. */
    char tmp[16];
    int n = e < 0 ? -e : e, i = 0;
    do { tmp[i++] = (char)('0' + n % 10); n /= 10; } while (n);
    char *p = buf;
    const char *u = "Unknown error ";
    while (*u) *p++ = *u++;
    if (e < 0) *p++ = '-';
    while (i) *p++ = tmp[--i];
    *p = 0;
    return buf;
}
