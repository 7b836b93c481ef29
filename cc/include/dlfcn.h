/* <dlfcn.h> for voxcc: the sandbox loads no native code, so dlopen returns
   NULL and dlerror says why. (A host can still expose native functions, as
   host functions or with voxvm --native-configs.) */
#ifndef __VOXCC_DLFCN_H
#define __VOXCC_DLFCN_H
#define RTLD_LAZY 0x1
#define RTLD_NOW 0x2
#define RTLD_NOLOAD 0x4
#define RTLD_GLOBAL 0x100
#define RTLD_LOCAL 0
#define RTLD_DEFAULT ((void *)0)
void *dlopen(const char *file, int mode);
void *dlsym(void *handle, const char *name);
int dlclose(void *handle);
char *dlerror(void);
#endif
