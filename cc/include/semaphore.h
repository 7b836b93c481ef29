/* <semaphore.h> for voxcc: counting semaphores between the VM's threads
   (see <pthread.h>); a sem_wait that no thread can ever satisfy ends in
   the VM's deadlock trap rather than a hang. Named semaphores (sem_open)
   live in the program, as if it were alone on the machine. */
#ifndef __VOXCC_SEMAPHORE_H
#define __VOXCC_SEMAPHORE_H
#include <fcntl.h>
#include <time.h>
typedef union {
    char __size[32];
    long __align;
} sem_t;
#define SEM_FAILED ((sem_t *)0)
#define SEM_VALUE_MAX 2147483647
int sem_init(sem_t *sem, int pshared, unsigned int value);
int sem_destroy(sem_t *sem);
int sem_wait(sem_t *sem);
int sem_trywait(sem_t *sem);
int sem_timedwait(sem_t *sem, const struct timespec *abstime);
int sem_clockwait(sem_t *sem, clockid_t clock, const struct timespec *abstime);
int sem_post(sem_t *sem);
int sem_getvalue(sem_t *sem, int *value);
sem_t *sem_open(const char *name, int oflag, ...);
int sem_close(sem_t *sem);
int sem_unlink(const char *name);
#endif
