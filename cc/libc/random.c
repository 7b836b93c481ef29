/* Random bytes from outside the program: the host's entropy, or under
   voxvm --random=seed:N (voxvm_set_random in the C API) a fixed stream for
   reproducible runs. rand() and random() stay C's deterministic sequences. */
#include <sys/random.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

long __vox_random(void *buf, unsigned long n);

/* At most 256 bytes come from the host per call (its buffer); the flags
   change nothing, since the source never blocks. */
ssize_t getrandom(void *buf, size_t len, unsigned int flags) {
    if (flags & ~(unsigned)(GRND_NONBLOCK | GRND_RANDOM | GRND_INSECURE)) {
        errno = EINVAL;
        return -1;
    }
    /* Linux gives at most 32 MiB - 1 bytes per call. */
    if (len > 33554431) len = 33554431;
    size_t done = 0;
    while (done < len) {
        long r = __vox_random((char *)buf + done, len - done);
        if (r < 0) {
            if (done) break;
            errno = (int)-r;
            return -1;
        }
        done += (size_t)r;
    }
    return (ssize_t)done;
}

/* glibc's limit: more than 256 bytes is EIO. */
int getentropy(void *buf, size_t len) {
    if (len > 256) {
        errno = EIO;
        return -1;
    }
    return getrandom(buf, len, 0) == (ssize_t)len ? 0 : -1;
}

void arc4random_buf(void *buf, size_t n) {
    /* glibc aborts when the kernel cannot give randomness; so does this. */
    if (getrandom(buf, n, 0) != (ssize_t)n) abort();
}

uint32_t arc4random(void) {
    uint32_t v;
    arc4random_buf(&v, sizeof v);
    return v;
}

/* Uniform in [0, bound) without modulo bias: values below 2^32 % bound
   are redrawn (OpenBSD's method). */
uint32_t arc4random_uniform(uint32_t bound) {
    if (bound < 2) return 0;
    uint32_t min = -bound % bound, r;
    do r = arc4random();
    while (r < min);
    return r % bound;
}
