/* getrandom, getentropy and arc4random read the host's entropy, or under
   --random=seed:N a fixed stream (run by tests/tests/c_files.rs: the same
   seed gives the same bytes, and the bytes are SplitMix64's). */
#include <stdio.h>
#include <stdlib.h>
#include <sys/random.h>
#include <unistd.h>

int main(void) {
    unsigned char b[24];
    if (getrandom(b, sizeof b, 0) != (ssize_t)sizeof b) return 1;
    for (unsigned i = 0; i < sizeof b; i++) printf("%02x", b[i]);
    printf("\n");
    if (getentropy(b, 8) != 0) return 2;
    for (unsigned i = 0; i < 8; i++) printf("%02x", b[i]);
    printf("\n%u %u\n", arc4random(), arc4random_uniform(1000));
    return 0;
}
