#define _GNU_SOURCE
/* MAP_SHARED mappings of a file and duplicated descriptors: what is
   written through a shared mapping reaches the file at msync and munmap
   (also after the descriptor it was mapped from is closed), only the
   bytes changed through the mapping are written (a write() elsewhere in
   the file survives), nothing is written past the file's end, two
   mappings of the same pages share their bytes, and dup, dup2 and
   F_DUPFD give descriptors that share the file's offset. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

static void show(int fd, off_t off, size_t n) {
    char buf[64];
    ssize_t r = pread(fd, buf, n, off);
    printf("  file[%ld..]: %zd \"", (long)off, r);
    for (ssize_t i = 0; i < r; i++) putchar(buf[i] >= 32 && buf[i] < 127 ? buf[i] : '.');
    printf("\"\n");
}

static long size_of(int fd) {
    struct stat st;
    return fstat(fd, &st) == 0 ? (long)st.st_size : -1;
}

int main(void) {
    FILE *f = tmpfile();
    int fd = fileno(f);
    char page[4096];
    for (int i = 0; i < 3; i++) {
        memset(page, 'a' + i, sizeof page);
        write(fd, page, sizeof page);
    }
    printf("size %ld\n", size_of(fd));

    /* Writes through the mapping reach the file at msync. */
    char *m = mmap(0, 8192, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (m == MAP_FAILED) return 1;
    printf("mapped: %c %c\n", m[0], m[4096]);
    memcpy(m + 10, "HELLO", 5);
    printf("msync %d\n", msync(m, 8192, MS_SYNC));
    show(fd, 8, 10);

    /* A second mapping of the same pages is the same memory. */
    char *m2 = mmap(0, 8192, PROT_READ, MAP_SHARED, fd, 0);
    printf("second mapping sees %.5s\n", m2 + 10);
    m[20] = '!';
    printf("second sees %c\n", m2[20]);
    printf("munmap second %d, first still %c\n", munmap(m2, 8192), m[20]);

    /* A write() to the file while it is mapped is not undone by the
       mapping's own changes going back. */
    pwrite(fd, "write", 5, 100);
    memcpy(m + 4100, "MAPPED", 6);
    printf("munmap %d\n", munmap(m, 8192));
    show(fd, 98, 10);
    show(fd, 4098, 10);
    show(fd, 18, 4);

    /* A mapping at an offset, from a duplicate descriptor closed at once. */
    int d = dup(fd);
    printf("dup is another descriptor %d\n", d >= 0 && d != fd);
    char *m3 = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, d, 8192);
    printf("close dup %d\n", close(d));
    printf("third page %c\n", m3[0]);
    memcpy(m3 + 4000, "END", 3);
    munmap(m3, 4096);
    show(fd, 12190, 8);

    /* Nothing is written past the end of the file, which keeps its size. */
    ftruncate(fd, 9000);
    char *m4 = mmap(0, 12288, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    printf("past the end reads 0: %d\n", m4[9500] == 0);
    m4[8999] = 'Z';
    munmap(m4, 12288);
    printf("size %ld\n", size_of(fd));
    show(fd, 8995, 10);

    /* dup, dup2 and F_DUPFD share the offset. */
    int a = dup(fd);
    lseek(fd, 3, SEEK_SET);
    printf("dup offset %ld\n", (long)lseek(a, 0, SEEK_CUR));
    int b = fcntl(fd, F_DUPFD, 40);
    printf("F_DUPFD from 40 gives %d\n", b >= 40);
    lseek(b, 50, SEEK_SET);
    printf("original offset %ld\n", (long)lseek(fd, 0, SEEK_CUR));
    int c = dup2(a, b);
    printf("dup2 onto an open descriptor %d, offset %ld\n", c == b, (long)lseek(b, 0, SEEK_CUR));
    printf("dup2 same %d\n", dup2(a, a) == a);
    errno = 0;
    int bad = dup(1000);
    printf("dup of a closed descriptor %d %d\n", bad, errno == EBADF);
    close(a);
    close(b);
    printf("original still open %d\n", lseek(fd, 0, SEEK_SET) == 0);
    fclose(f);
    return 0;
}
