/* A __builtin_ name voxcc does not have fails at compile time, not as an unresolved import. */
int main(void) { return __builtin_va_arg_pack(); }
