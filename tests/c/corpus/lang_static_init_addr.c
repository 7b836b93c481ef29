/* static and global initializers with addresses: &arr[3], string tables, struct with pointers, pointer arithmetic */
#include <stdio.h>

int arr[10] = { 0, 10, 20, 30, 40, 50, 60, 70, 80, 90 };
int *p3 = &arr[3];
int *pend = arr + 10;
int (*parr)[10] = &arr;
char *names[] = { "alpha", "beta", "gamma" };
const char *second = "abcdef" + 2;
char buf[16] = "buffer";
char *bufp = &buf[3];

struct entry { const char *key; int *value; struct entry *next; };
int v1 = 1, v2 = 2, v3 = 3;
struct entry e3 = { "three", &v3, NULL };
struct entry e2 = { "two", &v2, &e3 };
struct entry e1 = { "one", &v1, &e2 };
struct entry *head = &e1;

struct node { int val; struct node *self; };
struct node selfref = { 99, &selfref };

static int counter;
static int *pcounter = &counter;

int matrix[2][3] = { { 1, 2, 3 }, { 4, 5, 6 } };
int *row1 = matrix[1];
int *m12 = &matrix[1][2];

static int square(int x) { return x * x; }
int (*fsq)(int) = square;
struct op { const char *name; int (*f)(int); } ops[] = { { "sq", square }, { "none", 0 } };

long offsets = (long)sizeof(arr) / sizeof(arr[0]);

int main(void) {
    printf("*p3=%d pend-arr=%ld (*parr)[9]=%d\n", *p3, (long)(pend - arr), (*parr)[9]);
    printf("names: %s %s %s\n", names[0], names[1], names[2]);
    printf("second=%s bufp=%s\n", second, bufp);
    struct entry *e;
    for (e = head; e; e = e->next) printf("%s=%d ", e->key, *e->value);
    printf("\n");
    v2 = 20;
    printf("e2 now %d\n", *e2.value);
    printf("selfref %d %d\n", selfref.val, selfref.self->self->val);
    *pcounter += 5;
    printf("counter=%d\n", counter);
    printf("row1[0]=%d *m12=%d\n", row1[0], *m12);
    printf("fsq(9)=%d ops[0]=%s %d ops[1].f null=%d\n", fsq(9), ops[0].name, ops[0].f(7), ops[1].f == 0);
    printf("offsets=%ld\n", offsets);
    p3[1] = 333;
    printf("arr[4]=%d\n", arr[4]);
    return 0;
}
