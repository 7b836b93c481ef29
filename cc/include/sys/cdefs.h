/* <sys/cdefs.h> for voxcc: the declaration macros glibc's and BSD headers
   use, for code that includes it directly. */
#ifndef __VOXCC_SYS_CDEFS_H
#define __VOXCC_SYS_CDEFS_H
#ifdef __cplusplus
#define __BEGIN_DECLS extern "C" {
#define __END_DECLS }
#else
#define __BEGIN_DECLS
#define __END_DECLS
#endif
#define __THROW
#define __THROWNL
#define __nonnull(params)
#define __wur
#define __P(args) args
#define __PMT(args) args
#define __CONCAT(x, y) x##y
#define __STRING(x) #x
#define __ptr_t void *
#define __restrict restrict
#define __inline inline
#define __always_inline inline
#define __attribute_pure__ __attribute__((pure))
#define __attribute_const__ __attribute__((const))
#define __attribute_malloc__ __attribute__((malloc))
#define __attribute_noinline__ __attribute__((noinline))
#define __attribute_used__ __attribute__((used))
#define __attribute_deprecated__ __attribute__((deprecated))
#define __attribute_format_arg__(x) __attribute__((format_arg(x)))
#define __attribute_warn_unused_result__ __attribute__((warn_unused_result))
#define __glibc_likely(cond) __builtin_expect((cond), 1)
#define __glibc_unlikely(cond) __builtin_expect((cond), 0)
#define __unused __attribute__((unused))
#define __dead2 __attribute__((noreturn))
#define __printflike(f, a) __attribute__((format(printf, f, a)))
#endif
