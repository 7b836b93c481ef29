/* sizeof every basic type, pointer, array and typedef on LP64 */
#include <stdio.h>
#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

typedef int arr10[10];
typedef struct { char c; } one;
typedef int (*fnptr)(int);

int main(void) {
    printf("char %zu schar %zu uchar %zu\n", sizeof(char), sizeof(signed char), sizeof(unsigned char));
    printf("short %zu ushort %zu\n", sizeof(short), sizeof(unsigned short));
    printf("int %zu unsigned %zu\n", sizeof(int), sizeof(unsigned));
    printf("long %zu ulong %zu\n", sizeof(long), sizeof(unsigned long));
    printf("llong %zu ullong %zu\n", sizeof(long long), sizeof(unsigned long long));
    printf("float %zu double %zu\n", sizeof(float), sizeof(double));
    printf("_Bool %zu bool %zu\n", sizeof(_Bool), sizeof(bool));
    printf("size_t %zu ptrdiff_t %zu\n", sizeof(size_t), sizeof(ptrdiff_t));
    printf("int8 %zu int16 %zu int32 %zu int64 %zu\n", sizeof(int8_t), sizeof(int16_t), sizeof(int32_t), sizeof(int64_t));
    printf("uint8 %zu uint16 %zu uint32 %zu uint64 %zu\n", sizeof(uint8_t), sizeof(uint16_t), sizeof(uint32_t), sizeof(uint64_t));
    printf("intptr %zu uintptr %zu intmax %zu\n", sizeof(intptr_t), sizeof(uintptr_t), sizeof(intmax_t));
    printf("void* %zu char* %zu int** %zu fnptr %zu\n", sizeof(void *), sizeof(char *), sizeof(int **), sizeof(fnptr));
    printf("arr10 %zu int[3][4] %zu char[7] %zu\n", sizeof(arr10), sizeof(int[3][4]), sizeof(char[7]));
    printf("one %zu one[5] %zu\n", sizeof(one), sizeof(one[5]));
    printf("int* [4] %zu int (*)[4] %zu\n", sizeof(int *[4]), sizeof(int (*)[4]));
    printf("short[0x10] %zu\n", sizeof(short[0x10]));
    printf("sizeof sizeof = %zu\n", sizeof sizeof(int));
    printf("const volatile int %zu\n", sizeof(const volatile int));
    printf("enum %zu\n", sizeof(enum { A, B }));
    return 0;
}
