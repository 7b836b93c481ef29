/* <stdio.h> for voxcc. Streams are buffered inside the VM; the host decides
   what the outside world (files, the terminal) is. */
#ifndef __VOXCC_STDIO_H
#define __VOXCC_STDIO_H
#include <stddef.h>
#include <stdarg.h>

typedef struct __vox_file FILE;
typedef long fpos_t;
#ifndef __VOX_SSIZE_T
#define __VOX_SSIZE_T
typedef long ssize_t;
#endif
#ifndef __VOX_OFF_T
#define __VOX_OFF_T
typedef long off_t;
#endif

extern FILE *stdin;
extern FILE *stdout;
extern FILE *stderr;
#define stdin stdin
#define stdout stdout
#define stderr stderr

#define EOF (-1)
#define BUFSIZ 8192
#define FILENAME_MAX 4096
#define FOPEN_MAX 64
#define L_tmpnam 20
#define TMP_MAX 238328
#define _IOFBF 0
#define _IOLBF 1
#define _IONBF 2
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2

int printf(const char *fmt, ...);
int fprintf(FILE *f, const char *fmt, ...);
int sprintf(char *s, const char *fmt, ...);
int snprintf(char *s, size_t n, const char *fmt, ...);
int dprintf(int fd, const char *fmt, ...);
int vprintf(const char *fmt, va_list ap);
int vfprintf(FILE *f, const char *fmt, va_list ap);
int vsprintf(char *s, const char *fmt, va_list ap);
int vsnprintf(char *s, size_t n, const char *fmt, va_list ap);
/* GNU: print into a string allocated with malloc (-1 and *out unspecified
   when memory runs out, as in glibc). */
int asprintf(char **out, const char *fmt, ...);
int vasprintf(char **out, const char *fmt, va_list ap);
int vdprintf(int fd, const char *fmt, va_list ap);
int scanf(const char *fmt, ...);
int fscanf(FILE *f, const char *fmt, ...);
int sscanf(const char *s, const char *fmt, ...);
int vscanf(const char *fmt, va_list ap);
int vfscanf(FILE *f, const char *fmt, va_list ap);
int vsscanf(const char *s, const char *fmt, va_list ap);

int putchar(int c);
int puts(const char *s);
int fputc(int c, FILE *f);
int putc(int c, FILE *f);
int fputs(const char *s, FILE *f);
int getchar(void);
int fgetc(FILE *f);
int getc(FILE *f);
int ungetc(int c, FILE *f);
char *fgets(char *s, int n, FILE *f);
size_t fwrite(const void *p, size_t size, size_t n, FILE *f);
size_t fread(void *p, size_t size, size_t n, FILE *f);
int fflush(FILE *f);
int setvbuf(FILE *f, char *buf, int mode, size_t size);
void setbuf(FILE *f, char *buf);
int feof(FILE *f);
int ferror(FILE *f);
void clearerr(FILE *f);
int fileno(FILE *f);

FILE *fopen(const char *path, const char *mode);
FILE *freopen(const char *path, const char *mode, FILE *f);
FILE *fdopen(int fd, const char *mode);
int fclose(FILE *f);
int fseek(FILE *f, long off, int whence);
long ftell(FILE *f);
int fseeko(FILE *f, off_t off, int whence);
off_t ftello(FILE *f);
void rewind(FILE *f);
int fgetpos(FILE *f, fpos_t *pos);
int fsetpos(FILE *f, const fpos_t *pos);
int remove(const char *path);
int rename(const char *from, const char *to);
FILE *tmpfile(void);
/* No command processor in the sandbox: popen fails with ENOSYS. */
FILE *popen(const char *command, const char *mode);
int pclose(FILE *stream);
char *tmpnam(char *s);
char *tmpnam_r(char *s);
/* A malloc'd name "DIR/PFXxxxxxx" that names nothing yet, DIR from TMPDIR,
   `dir`, P_tmpdir or /tmp: the first that is a reachable directory. */
char *tempnam(const char *dir, const char *pfx);
/* BSD: discards what the stream's buffers hold. */
int fpurge(FILE *f);
int getc_unlocked(FILE *f);
int getchar_unlocked(void);
int putc_unlocked(int c, FILE *f);
int putchar_unlocked(int c);
int fgetc_unlocked(FILE *f);
int fputc_unlocked(int c, FILE *f);
int fputs_unlocked(const char *s, FILE *f);
char *fgets_unlocked(char *s, int n, FILE *f);
size_t fread_unlocked(void *p, size_t size, size_t n, FILE *f);
size_t fwrite_unlocked(const void *p, size_t size, size_t n, FILE *f);
int fflush_unlocked(FILE *f);
int feof_unlocked(FILE *f);
int ferror_unlocked(FILE *f);
void clearerr_unlocked(FILE *f);
int fileno_unlocked(FILE *f);
void flockfile(FILE *f);
int ftrylockfile(FILE *f);
void funlockfile(FILE *f);
void setbuffer(FILE *f, char *buf, size_t size);
void setlinebuf(FILE *f);
void perror(const char *s);
ssize_t getline(char **line, size_t *cap, FILE *f);
ssize_t getdelim(char **line, size_t *cap, int delim, FILE *f);

/* POSIX memory streams: a stream over a buffer of the program's, and a
   stream that writes into a growing malloc'd buffer (*ptr and *size are
   updated at each fflush and at fclose). */
FILE *fmemopen(void *buf, size_t size, const char *mode);
FILE *open_memstream(char **ptr, size_t *size);

/* GNU: a stream whose reads, writes, seeks and close are the program's
   functions (NULL read: reads fail; NULL write: writes are discarded;
   NULL seek: seeks fail; NULL close: nothing to do). */
#ifndef __VOX_OFF64_T
#define __VOX_OFF64_T
typedef long off64_t;
#endif
typedef ssize_t cookie_read_function_t(void *cookie, char *buf, size_t size);
typedef ssize_t cookie_write_function_t(void *cookie, const char *buf, size_t size);
typedef int cookie_seek_function_t(void *cookie, off64_t *offset, int whence);
typedef int cookie_close_function_t(void *cookie);
typedef struct {
    cookie_read_function_t *read;
    cookie_write_function_t *write;
    cookie_seek_function_t *seek;
    cookie_close_function_t *close;
} cookie_io_functions_t;
FILE *fopencookie(void *cookie, const char *mode, cookie_io_functions_t io);
#define P_tmpdir "/tmp"
#endif
