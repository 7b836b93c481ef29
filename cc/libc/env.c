/* The environment: `environ` is built from what the host granted (voxvm
   --env; `__vox_env_entry`) when the program starts or first asks, and
   getenv, setenv, unsetenv, putenv and clearenv work on that copy, as a
   native C library works on its process's. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

long __vox_env_entry(long i, char *buf, size_t cap);

char **environ;
static char *no_vars[1];
/* The array setenv last allocated (so it may be freed), if `environ` is it. */
static char **owned;
static int built;

static void build(void) {
    if (built) return;
    built = 1;
    environ = no_vars;
    long n = 0;
    while (__vox_env_entry(n, 0, 0) >= 0) n++;
    char **v = malloc((size_t)(n + 1) * sizeof *v);
    if (!v) return;
    for (long i = 0; i < n; i++) {
        long len = __vox_env_entry(i, 0, 0);
        if (!(v[i] = malloc((size_t)len + 1))) {
            v[i] = "";
            continue;
        }
        __vox_env_entry(i, v[i], (size_t)len + 1);
    }
    v[n] = 0;
    environ = owned = v;
}

__attribute__((constructor)) static void init_environ(void) { build(); }

/* The index of `name` (`len` bytes) in environ, or -1. */
static long find(const char *name, size_t len) {
    build();
    for (long i = 0; environ && environ[i]; i++)
        if (!strncmp(environ[i], name, len) && environ[i][len] == '=') return i;
    return -1;
}

char *getenv(const char *name) {
    if (strchr(name, '=')) return 0;
    size_t len = strlen(name);
    long i = find(name, len);
    return i < 0 ? 0 : environ[i] + len + 1;
}

static size_t count(void) {
    size_t n = 0;
    while (environ && environ[n]) n++;
    return n;
}

/* Puts `entry` ("NAME=...") in place of variable `i`, or adds it. */
static int put(long i, char *entry) {
    if (i >= 0) {
        environ[i] = entry;
        return 0;
    }
    size_t n = count();
    char **v = malloc((n + 2) * sizeof *v);
    if (!v) {
        errno = ENOMEM;
        return -1;
    }
    if (n) memcpy(v, environ, n * sizeof *v);
    v[n] = entry;
    v[n + 1] = 0;
    if (owned == environ) free(owned);
    environ = owned = v;
    return 0;
}

static int valid(const char *name) {
    if (!name || !*name || strchr(name, '=')) {
        errno = EINVAL;
        return 0;
    }
    return 1;
}

int setenv(const char *name, const char *value, int overwrite) {
    if (!valid(name)) return -1;
    size_t len = strlen(name);
    long i = find(name, len);
    if (i >= 0 && !overwrite) return 0;
    size_t vlen = strlen(value);
    char *e = malloc(len + vlen + 2);
    if (!e) {
        errno = ENOMEM;
        return -1;
    }
    memcpy(e, name, len);
    e[len] = '=';
    memcpy(e + len + 1, value, vlen + 1);
    return put(i, e);
}

int putenv(char *string) {
    char *eq = strchr(string, '=');
    if (!eq) return unsetenv(string);
    return put(find(string, (size_t)(eq - string)), string);
}

int unsetenv(const char *name) {
    if (!valid(name)) return -1;
    size_t len = strlen(name);
    long i;
    while ((i = find(name, len)) >= 0)
        for (; environ[i]; i++) environ[i] = environ[i + 1];
    return 0;
}

int clearenv(void) {
    build();
    if (owned == environ) free(owned);
    owned = 0;
    environ = no_vars;
    no_vars[0] = 0;
    return 0;
}

char *secure_getenv(const char *name) { return getenv(name); }
