/* <stdckdint.h> for voxcc (C23): checked integer arithmetic. The result
   is the mathematical one wrapped to *r's type; the value is true when it
   did not fit. */
#ifndef __VOXCC_STDCKDINT_H
#define __VOXCC_STDCKDINT_H
#define __STDC_VERSION_STDCKDINT_H__ 202311L
#define ckd_add(r, a, b) __builtin_add_overflow((a), (b), (r))
#define ckd_sub(r, a, b) __builtin_sub_overflow((a), (b), (r))
#define ckd_mul(r, a, b) __builtin_mul_overflow((a), (b), (r))
#endif
