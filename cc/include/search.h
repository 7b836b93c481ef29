/* <search.h> (POSIX): hash tables, binary search trees, linear search and
   queues. The trees are AVL trees, not glibc's red-black ones: twalk
   visits in the same order, but at depths of their own shape. */
#ifndef __VOXCC_SEARCH_H
#define __VOXCC_SEARCH_H
#include <stddef.h>

struct qelem {
    struct qelem *q_forw;
    struct qelem *q_back;
    char q_data[1];
};
void insque(void *elem, void *prev);
void remque(void *elem);

typedef int (*__compar_fn_t)(const void *, const void *);
void *lsearch(const void *key, void *base, size_t *nmemb, size_t size, __compar_fn_t compar);
void *lfind(const void *key, const void *base, size_t *nmemb, size_t size, __compar_fn_t compar);

typedef enum { FIND, ENTER } ACTION;
typedef struct entry {
    char *key;
    void *data;
} ENTRY;
struct _ENTRY;
struct hsearch_data {
    struct _ENTRY *table;
    unsigned int size;
    unsigned int filled;
};
int hcreate(size_t nel);
void hdestroy(void);
ENTRY *hsearch(ENTRY item, ACTION action);
int hcreate_r(size_t nel, struct hsearch_data *htab);
void hdestroy_r(struct hsearch_data *htab);
int hsearch_r(ENTRY item, ACTION action, ENTRY **retval, struct hsearch_data *htab);

typedef enum { preorder, postorder, endorder, leaf } VISIT;
typedef void (*__action_fn_t)(const void *nodep, VISIT value, int level);
typedef void (*__free_fn_t)(void *nodep);
void *tsearch(const void *key, void **rootp, __compar_fn_t compar);
void *tfind(const void *key, void *const *rootp, __compar_fn_t compar);
void *tdelete(const void *key, void **rootp, __compar_fn_t compar);
void twalk(const void *root, __action_fn_t action);
void twalk_r(const void *root, void (*action)(const void *nodep, VISIT value, void *closure),
             void *closure);
void tdestroy(void *root, __free_fn_t freefct);
#endif
