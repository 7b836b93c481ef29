/* <stdnoreturn.h> for voxcc. */
#ifndef __VOXCC_STDNORETURN_H
#define __VOXCC_STDNORETURN_H
#define noreturn _Noreturn
#endif
