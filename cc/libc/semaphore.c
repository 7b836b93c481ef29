/* <semaphore.h>: see the header. A sem_t holds its count in its first
   int, which is also the futex word waiters wait on. */
#include <semaphore.h>
#include <errno.h>
#include <stdarg.h>
#include <string.h>

static int *count(sem_t *s) { return (int *)s->__size; }

int sem_init(sem_t *sem, int pshared, unsigned int value) {
    (void)pshared; /* one process: shared or not is the same */
    if (value > SEM_VALUE_MAX) {
        errno = EINVAL;
        return -1;
    }
    memset(sem, 0, sizeof *sem);
    *count(sem) = (int)value;
    return 0;
}

int sem_destroy(sem_t *sem) {
    (void)sem;
    return 0;
}

/* Branch-free compare-and-swap, so atomic (lock.c). */
int __vox_cas32(volatile int *p, int e, int d);
int __vox_passed(const struct timespec *deadline, clockid_t clock);
#define cas __vox_cas32

int sem_trywait(sem_t *sem) {
    for (;;) {
        int v = *count(sem);
        if (v == 0) {
            errno = EAGAIN;
            return -1;
        }
        if (cas(count(sem), v, v - 1) == v) return 0;
    }
}

void pthread_testcancel(void);

int sem_wait(sem_t *sem) {
    pthread_testcancel();
    for (;;) {
        int v = *count(sem);
        if (v > 0 && cas(count(sem), v, v - 1) == v) return 0;
        /* Waits while the count is 0 (a post wakes it). */
        if (v == 0) __builtin_vox("twait", count(sem), 0);
    }
}

int sem_timedwait(sem_t *sem, const struct timespec *abstime) {
    return sem_clockwait(sem, CLOCK_REALTIME, abstime);
}

/* Time passes only while threads run: a timed wait takes turns. */
int sem_clockwait(sem_t *sem, clockid_t clock, const struct timespec *abstime) {
    for (;;) {
        int v = *count(sem);
        if (v > 0 && cas(count(sem), v, v - 1) == v) return 0;
        if (v > 0) continue;
        if (abstime->tv_nsec < 0 || abstime->tv_nsec >= 1000000000) {
            errno = EINVAL;
            return -1;
        }
        if (__vox_passed(abstime, clock)) {
            errno = ETIMEDOUT;
            return -1;
        }
        __builtin_vox("tyield");
    }
}

int sem_post(sem_t *sem) {
    if (*count(sem) == SEM_VALUE_MAX) {
        errno = EOVERFLOW;
        return -1;
    }
    ++*count(sem);
    __builtin_vox("twake", count(sem), 1ul);
    return 0;
}

int sem_getvalue(sem_t *sem, int *value) {
    *value = *count(sem);
    return 0;
}

/* Named semaphores: a small table, names compared after their leading
   slashes, as glibc does. */
#define NAMED 32
static struct {
    char name[256];
    sem_t sem;
    int opens;
    int linked;
} named[NAMED];

static const char *sem_name(const char *name) {
    while (*name == '/') name++;
    if (!*name || strlen(name) >= 256 || strchr(name, '/')) {
        errno = *name && strlen(name) >= 256 ? ENAMETOOLONG : EINVAL;
        return 0;
    }
    return name;
}

sem_t *sem_open(const char *name, int oflag, ...) {
    const char *n = sem_name(name);
    if (!n) return SEM_FAILED;
    int free_slot = -1;
    for (int i = 0; i < NAMED; i++) {
        if (named[i].linked && strcmp(named[i].name, n) == 0) {
            if ((oflag & O_CREAT) && (oflag & O_EXCL)) {
                errno = EEXIST;
                return SEM_FAILED;
            }
            named[i].opens++;
            return &named[i].sem;
        }
        if (free_slot < 0 && !named[i].linked && !named[i].opens) free_slot = i;
    }
    if (!(oflag & O_CREAT)) {
        errno = ENOENT;
        return SEM_FAILED;
    }
    va_list ap;
    va_start(ap, oflag);
    (void)va_arg(ap, int); /* mode: permissions mean nothing here */
    unsigned int value = va_arg(ap, unsigned int);
    va_end(ap);
    if (free_slot < 0) {
        errno = ENFILE;
        return SEM_FAILED;
    }
    if (sem_init(&named[free_slot].sem, 1, value)) return SEM_FAILED;
    strcpy(named[free_slot].name, n);
    named[free_slot].linked = 1;
    named[free_slot].opens = 1;
    return &named[free_slot].sem;
}

int sem_close(sem_t *sem) {
    for (int i = 0; i < NAMED; i++)
        if (&named[i].sem == sem && named[i].opens) {
            named[i].opens--;
            return 0;
        }
    errno = EINVAL;
    return -1;
}

int sem_unlink(const char *name) {
    const char *n = sem_name(name);
    if (!n) return -1;
    for (int i = 0; i < NAMED; i++)
        if (named[i].linked && strcmp(named[i].name, n) == 0) {
            named[i].linked = 0;
            return 0;
        }
    errno = ENOENT;
    return -1;
}
