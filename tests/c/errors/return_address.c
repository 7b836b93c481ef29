/* __builtin_return_address: the level must be a constant from 0 to 255, as in gcc. */
void *where(int n) { return __builtin_return_address(n); }
void *far(void) { return __builtin_return_address(256); }
