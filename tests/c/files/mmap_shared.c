/* Shared file mappings under grants (run by tests/tests/c_files.rs):
     voxvm --dir box::/data:rw --dir ro mmap_shared.c
   with box/map.bin holding "0123456789" ten times and ro/readme.txt.
   What the program writes through a MAP_SHARED mapping reaches the file
   when it exits without munmap, also after closing the descriptor it
   mapped from; the mapping's own hold on the file does not take a
   descriptor number; a file opened read-only cannot be mapped for
   writing (EACCES), and one in a read-only grant can be mapped to read;
   the descriptor the mapping holds cannot be closed by the program. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

int main(void) {
    int fd = open("/data/map.bin", O_RDWR);
    char *m = mmap(0, 100, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    printf("mapped %d: %.12s\n", m != MAP_FAILED, m);
    printf("close %d\n", close(fd));
    int again = open("/data/map.bin", O_RDONLY);
    printf("the number comes back %d\n", again == fd);
    memcpy(m, "ABCDE", 5);
    memcpy(m + 95, "vwxyz", 5);
    char buf[8] = {0};
    pread(again, buf, 5, 0);
    printf("before msync the file has %s\n", buf);
    errno = 0;
    char *w = mmap(0, 100, PROT_READ | PROT_WRITE, MAP_SHARED, again, 0);
    printf("writable map of a read-only descriptor %d %d\n", w == MAP_FAILED, errno == EACCES);
    close(again);

    int ro = open("ro/readme.txt", O_RDONLY);
    char *r = mmap(0, 7, PROT_READ, MAP_SHARED, ro, 0);
    printf("read-only grant, read-only map %d: %.7s\n", r != MAP_FAILED, r);
    munmap(r, 7);
    close(ro);
    /* The mapping's own descriptors are out of the program's reach. */
    errno = 0;
    int shut = close(1 << 20);
    printf("close(1 << 20) %d %d\n", shut, errno == EBADF);
    /* No munmap: exit writes the changes back, as the kernel would. */
    return 0;
}
