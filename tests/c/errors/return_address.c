/* __builtin_return_address: return addresses are not visible in the VM. */
void *where(void) { return __builtin_return_address(0); }
int main(void) { return where() != 0; }
