typedef int v4si __attribute__((vector_size(16)));
int main(void) {
    v4si a = { 0 };
    return (int)sizeof a;
}
