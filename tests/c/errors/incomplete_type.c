struct opaque;
int main(void) {
    return (int)sizeof(struct opaque);
}
