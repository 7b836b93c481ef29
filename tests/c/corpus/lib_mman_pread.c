#define _GNU_SOURCE
/* <sys/mman.h> and the positioned file calls of <unistd.h>: anonymous
   mappings (zeroed, page-aligned, growable with mremap), a private mapping
   of a file (a copy: writing to it leaves the file alone; bytes past the
   end read as zeros), pread/pwrite (the offset stays put), ftruncate both
   ways, fsync, and the errors of mmap's bad arguments. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

int main(void) {
    /* Anonymous memory. */
    size_t len = 10000;
    unsigned char *p = mmap(0, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) return 1;
    int zero = 1;
    for (size_t i = 0; i < len; i++) zero &= p[i] == 0;
    printf("anon: zeroed %d, page-aligned %d\n", zero, ((uintptr_t)p & 4095) == 0);
    for (size_t i = 0; i < len; i++) p[i] = (unsigned char)(i * 7);
    unsigned char *q = mremap(p, len, 100000, MREMAP_MAYMOVE);
    if (q == MAP_FAILED) return 2;
    int kept = 1;
    for (size_t i = 0; i < len; i++) kept &= q[i] == (unsigned char)(i * 7);
    q[99999] = 1;
    printf("mremap: kept %d\n", kept);
    int a = mprotect(q, 4096, PROT_READ);
    int b = madvise(q, 4096, MADV_WILLNEED);
    printf("mprotect %d madvise %d msync %d\n", a, b, msync(q, 4096, MS_SYNC));
    printf("munmap %d\n", munmap(q, 100000));

    /* A file: pread and pwrite keep the offset. */
    FILE *f = tmpfile();
    int fd = fileno(f);
    const char *text = "0123456789abcdefghijklmnopqrstuvwxyz";
    printf("write %zd\n", write(fd, text, strlen(text)));
    printf("offset %ld\n", (long)lseek(fd, 0, SEEK_CUR));
    char buf[16] = {0};
    ssize_t n;
    n = pread(fd, buf, 5, 10);
    printf("pread %zd '%s'\n", n, buf);
    printf("pwrite %zd\n", pwrite(fd, "XY", 2, 3));
    printf("offset %ld\n", (long)lseek(fd, 0, SEEK_CUR));
    memset(buf, 0, sizeof buf);
    ssize_t past = pread(fd, buf, 8, 100);
    ssize_t at_end = pread(fd, buf, 8, 32);
    printf("pread past end %zd, at end %zd '%s'\n", past, at_end, buf);

    /* A private mapping is a copy of the file. */
    char *m = mmap(0, 40, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
    if (m == MAP_FAILED) return 3;
    printf("map '%.36s' then %d %d %d %d\n", m, m[36], m[37], m[38], m[39]);
    m[0] = '!';
    memset(buf, 0, sizeof buf);
    pread(fd, buf, 4, 0);
    printf("file after writing the map '%s'\n", buf);
    munmap(m, 40);

    /* ftruncate cuts and extends with zeros. */
    printf("ftruncate %d\n", ftruncate(fd, 6));
    memset(buf, 0, sizeof buf);
    n = pread(fd, buf, 10, 0);
    printf("pread %zd '%s'\n", n, buf);
    printf("ftruncate %d\n", ftruncate(fd, 9));
    memset(buf, 'z', sizeof buf);
    n = pread(fd, buf, 16, 0);
    printf("pread %zd:", n);
    for (ssize_t i = 0; i < n; i++) printf(" %d", buf[i]);
    a = fsync(fd);
    printf("\nfsync %d fdatasync %d\n", a, fdatasync(fd));

    /* Bad arguments. */
    errno = 0;
    void *bad = mmap(0, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    printf("len 0: %d %s\n", bad == MAP_FAILED, errno == EINVAL ? "EINVAL" : "?");
    errno = 0;
    bad = mmap(0, 10, PROT_READ, MAP_ANONYMOUS, -1, 0);
    printf("no type: %d %s\n", bad == MAP_FAILED, errno == EINVAL ? "EINVAL" : "?");
    errno = 0;
    bad = mmap(0, 10, PROT_READ, MAP_PRIVATE, fd, 3);
    printf("unaligned offset: %d %s\n", bad == MAP_FAILED, errno == EINVAL ? "EINVAL" : "?");
    errno = 0;
    bad = mmap(0, 10, PROT_READ, MAP_PRIVATE, 1000, 0);
    printf("bad fd: %d %s\n", bad == MAP_FAILED, errno == EBADF ? "EBADF" : "?");
    errno = 0;
    int r = ftruncate(fd, -1);
    printf("ftruncate negative %d %s\n", r, errno == EINVAL ? "EINVAL" : "?");
    errno = 0;
    n = pread(999, buf, 1, 0);
    printf("pread bad fd %zd %s\n", n, errno == EBADF ? "EBADF" : "?");
    printf("page size %d\n", getpagesize());
    fclose(f);
    return 0;
}
