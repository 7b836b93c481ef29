/* <stdatomic.h> for voxcc. The VM's threads take turns and switch only at
   a step (a branch, call or return), never inside straight-line code, so
   each atomic operation is the plain operation written without a branch
   (compare-exchange selects with a mask; operands are evaluated before the
   object is read), and every memory order is sequentially consistent. The
   generic functions are macros over GNU statement expressions; `_Atomic`
   is accepted as a qualifier. */
#ifndef __VOXCC_STDATOMIC_H
#define __VOXCC_STDATOMIC_H
#include <stddef.h>
#include <stdint.h>

typedef enum memory_order {
    memory_order_relaxed,
    memory_order_consume,
    memory_order_acquire,
    memory_order_release,
    memory_order_acq_rel,
    memory_order_seq_cst
} memory_order;

#define ATOMIC_BOOL_LOCK_FREE 2
#define ATOMIC_CHAR_LOCK_FREE 2
#define ATOMIC_CHAR16_T_LOCK_FREE 2
#define ATOMIC_CHAR32_T_LOCK_FREE 2
#define ATOMIC_WCHAR_T_LOCK_FREE 2
#define ATOMIC_SHORT_LOCK_FREE 2
#define ATOMIC_INT_LOCK_FREE 2
#define ATOMIC_LONG_LOCK_FREE 2
#define ATOMIC_LLONG_LOCK_FREE 2
#define ATOMIC_POINTER_LOCK_FREE 2

typedef _Atomic _Bool atomic_bool;
typedef _Atomic char atomic_char;
typedef _Atomic signed char atomic_schar;
typedef _Atomic unsigned char atomic_uchar;
typedef _Atomic short atomic_short;
typedef _Atomic unsigned short atomic_ushort;
typedef _Atomic int atomic_int;
typedef _Atomic unsigned int atomic_uint;
typedef _Atomic long atomic_long;
typedef _Atomic unsigned long atomic_ulong;
typedef _Atomic long long atomic_llong;
typedef _Atomic unsigned long long atomic_ullong;
typedef _Atomic unsigned short atomic_char16_t;
typedef _Atomic unsigned int atomic_char32_t;
typedef _Atomic int atomic_wchar_t;
typedef _Atomic int_least8_t atomic_int_least8_t;
typedef _Atomic uint_least8_t atomic_uint_least8_t;
typedef _Atomic int_least16_t atomic_int_least16_t;
typedef _Atomic uint_least16_t atomic_uint_least16_t;
typedef _Atomic int_least32_t atomic_int_least32_t;
typedef _Atomic uint_least32_t atomic_uint_least32_t;
typedef _Atomic int_least64_t atomic_int_least64_t;
typedef _Atomic uint_least64_t atomic_uint_least64_t;
typedef _Atomic int_fast8_t atomic_int_fast8_t;
typedef _Atomic uint_fast8_t atomic_uint_fast8_t;
typedef _Atomic int_fast16_t atomic_int_fast16_t;
typedef _Atomic uint_fast16_t atomic_uint_fast16_t;
typedef _Atomic int_fast32_t atomic_int_fast32_t;
typedef _Atomic uint_fast32_t atomic_uint_fast32_t;
typedef _Atomic int_fast64_t atomic_int_fast64_t;
typedef _Atomic uint_fast64_t atomic_uint_fast64_t;
typedef _Atomic intptr_t atomic_intptr_t;
typedef _Atomic uintptr_t atomic_uintptr_t;
typedef _Atomic size_t atomic_size_t;
typedef _Atomic ptrdiff_t atomic_ptrdiff_t;
typedef _Atomic intmax_t atomic_intmax_t;
typedef _Atomic uintmax_t atomic_uintmax_t;

#define ATOMIC_VAR_INIT(value) (value)
#define atomic_init(obj, value) ((void)(*(obj) = (value)))
#define kill_dependency(y) (y)
#define atomic_thread_fence(order) ((void)(order))
#define atomic_signal_fence(order) ((void)(order))
#define atomic_is_lock_free(obj) ((void)(obj), 1)

#define atomic_store(obj, desired) ((void)(*(obj) = (desired)))
#define atomic_store_explicit(obj, desired, order) ((void)(order), atomic_store(obj, desired))
#define atomic_load(obj) (*(obj))
#define atomic_load_explicit(obj, order) ((void)(order), atomic_load(obj))
#define atomic_exchange(obj, desired) \
    ({ __typeof__(obj) __vox_p = (obj); __typeof__(*__vox_p) __vox_new = (desired); \
       __typeof__(*__vox_p) __vox_old = *__vox_p; *__vox_p = __vox_new; __vox_old; })
#define atomic_exchange_explicit(obj, desired, order) ((void)(order), atomic_exchange(obj, desired))
#define atomic_compare_exchange_strong(obj, expected, desired) \
    ({ __typeof__(expected) __vox_e = (expected); __typeof__(*__vox_e) __vox_v; \
       _Bool __vox_k = __vox_cas(obj, *__vox_e, desired, &__vox_v); *__vox_e = __vox_v; __vox_k; })
#define atomic_compare_exchange_strong_explicit(obj, expected, desired, succ, fail) \
    ((void)(succ), (void)(fail), atomic_compare_exchange_strong(obj, expected, desired))
#define atomic_compare_exchange_weak(obj, expected, desired) \
    atomic_compare_exchange_strong(obj, expected, desired)
#define atomic_compare_exchange_weak_explicit(obj, expected, desired, succ, fail) \
    atomic_compare_exchange_strong_explicit(obj, expected, desired, succ, fail)

#define __VOX_FETCH(obj, op, arg) \
    ({ __typeof__(obj) __vox_p = (obj); __typeof__(arg) __vox_a = (arg); \
       __typeof__(*__vox_p) __vox_old = *__vox_p; *__vox_p = __vox_old op __vox_a; __vox_old; })
#define atomic_fetch_add(obj, arg) __VOX_FETCH(obj, +, arg)
#define atomic_fetch_sub(obj, arg) __VOX_FETCH(obj, -, arg)
#define atomic_fetch_or(obj, arg) __VOX_FETCH(obj, |, arg)
#define atomic_fetch_xor(obj, arg) __VOX_FETCH(obj, ^, arg)
#define atomic_fetch_and(obj, arg) __VOX_FETCH(obj, &, arg)
#define atomic_fetch_add_explicit(obj, arg, order) ((void)(order), atomic_fetch_add(obj, arg))
#define atomic_fetch_sub_explicit(obj, arg, order) ((void)(order), atomic_fetch_sub(obj, arg))
#define atomic_fetch_or_explicit(obj, arg, order) ((void)(order), atomic_fetch_or(obj, arg))
#define atomic_fetch_xor_explicit(obj, arg, order) ((void)(order), atomic_fetch_xor(obj, arg))
#define atomic_fetch_and_explicit(obj, arg, order) ((void)(order), atomic_fetch_and(obj, arg))

typedef struct atomic_flag {
    _Bool __set;
} atomic_flag;
#define ATOMIC_FLAG_INIT {0}
#define atomic_flag_test_and_set(flag) \
    ({ atomic_flag *__vox_f = (flag); _Bool __vox_was = __vox_f->__set; __vox_f->__set = 1; __vox_was; })
#define atomic_flag_test_and_set_explicit(flag, order) ((void)(order), atomic_flag_test_and_set(flag))
#define atomic_flag_clear(flag) ((void)((flag)->__set = 0))
#define atomic_flag_clear_explicit(flag, order) ((void)(order), atomic_flag_clear(flag))
#endif
