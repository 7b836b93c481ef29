/* More than 256 pointer, array or function declarators on one type. */
#define P4 ****
#define P16 P4 P4 P4 P4
#define P64 P16 P16 P16 P16
#define D4 [1][1][1][1]
#define D16 D4 D4 D4 D4
#define D64 D16 D16 D16 D16
int P64 P64 P64 P64 ok;
int P64 P64 P64 P64 *deep;
char a D64 D64 D64 D64;
char b D64 D64 D64 D64 [1];
typedef int P64 P64 P64 P64 T;
T *t2;
int main(void) { return 0; }
