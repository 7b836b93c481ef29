/* <execinfo.h> for voxcc: the VM does not show a program its own frames
   (a trap's report names the C functions instead), so backtrace finds
   none and returns 0; backtrace_symbols gives a malloc'd array (one "??"
   per address asked for) and backtrace_symbols_fd writes nothing. */
#ifndef __VOXCC_EXECINFO_H
#define __VOXCC_EXECINFO_H
int backtrace(void **buffer, int size);
char **backtrace_symbols(void *const *buffer, int size);
void backtrace_symbols_fd(void *const *buffer, int size, int fd);
#endif
