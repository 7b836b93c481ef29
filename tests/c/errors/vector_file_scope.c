/* Vector casts, subscripts and shuffles of compound literals at file scope
   are not constants (as in gcc); voxcc used to crash making a temporary
   outside a function. */
typedef int v2 __attribute__((vector_size(8)));
long g = (long)(v2){1, 2};
int h = ((v2){3, 4})[1];
int main(void) { return (int)g + h; }
