/* Program start: runs the constructors, builds argv (argv[0] is the name
   the host gives the program, then the VM's program arguments), calls main,
   and exits with its result (running atexit handlers and destructors,
   flushing streams). */
#include <stdlib.h>

int main(int argc, char **argv);
unsigned long __vox_argv0_len(void);
void __vox_argv0_copy(char *buf);

/* The functions marked __attribute__((constructor)), in calling order and
   null-terminated: the linker fills this array (src/link.rs). */
void (*__vox_init_array[1])(void);

/* glibc's names of the program (<errno.h>), used by err() and warn(). */
char *program_invocation_name = "";
char *program_invocation_short_name = "";

void _start(void) {
    int n = (int)__builtin_vox("argc");
    char **argv = malloc(((size_t)n + 2) * sizeof(char *));
    argv[0] = malloc(__vox_argv0_len() + 1);
    __vox_argv0_copy(argv[0]);
    for (int i = 0; i < n; i++) {
        size_t len = __builtin_vox("arglen", (unsigned long)i);
        argv[i + 1] = malloc(len + 1);
        __builtin_vox("argcopy", argv[i + 1], (unsigned long)i);
    }
    argv[n + 1] = 0;
    program_invocation_name = program_invocation_short_name = argv[0];
    for (char *p = argv[0]; *p; p++)
        if (*p == '/') program_invocation_short_name = p + 1;
    for (void (**f)(void) = __vox_init_array; *f; f++) (*f)();
    exit(main(n + 1, argv));
}
