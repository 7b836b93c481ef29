#if !defined(CONFIG_OK)
#error "configure the build first: -D CONFIG_OK"
#endif
int main(void) { return 0; }
