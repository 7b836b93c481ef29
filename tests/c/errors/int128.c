/* gcc's 128-bit integers are not supported: a plain error, not a parse error. */
typedef unsigned __int128 u128;
__int128 x;
int main(void) { return 0; }
