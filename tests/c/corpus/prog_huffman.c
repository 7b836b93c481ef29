/* program: Huffman coding of a text: frequency table, deterministic tree building, code lengths, encode/decode round trip */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

struct node { long freq; int sym; int order; int left, right; };
static struct node nodes[512];
static int nn;

static int pick_min(int *alive, int n) {
    int best = -1;
    for (int i = 0; i < n; i++) {
        if (!alive[i]) continue;
        if (best < 0 || nodes[i].freq < nodes[best].freq || (nodes[i].freq == nodes[best].freq && nodes[i].order < nodes[best].order)) best = i;
    }
    alive[best] = 0;
    return best;
}

static char codes[256][64];
static void assign(int n, char *prefix, int depth) {
    if (nodes[n].sym >= 0) {
        prefix[depth] = 0;
        strcpy(codes[nodes[n].sym], depth ? prefix : "0");
        return;
    }
    prefix[depth] = '0'; assign(nodes[n].left, prefix, depth + 1);
    prefix[depth] = '1'; assign(nodes[n].right, prefix, depth + 1);
}

int main(void) {
    const char *text = "this is an example of a huffman tree built over a longer piece of text, "
                       "so that the frequencies of letters like e, t, a and o dominate while rare letters like z, q and x get long codes. "
                       "zebras quickly vexed the jumpy fox!";
    long freq[256] = {0};
    size_t n = strlen(text);
    for (size_t i = 0; i < n; i++) freq[(unsigned char)text[i]]++;
    int alive[512] = {0};
    for (int c = 0; c < 256; c++)
        if (freq[c]) { nodes[nn] = (struct node){freq[c], c, nn, -1, -1}; alive[nn] = 1; nn++; }
    int leaves = nn;
    int remaining = nn;
    while (remaining > 1) {
        int a = pick_min(alive, nn), b = pick_min(alive, nn);
        nodes[nn] = (struct node){nodes[a].freq + nodes[b].freq, -1, nn, a, b};
        alive[nn] = 1;
        nn++;
        remaining--;
    }
    char prefix[64];
    assign(nn - 1, prefix, 0);
    printf("symbols=%d nodes=%d text bytes=%zu\n", leaves, nn, n);
    long bits = 0;
    for (int c = 0; c < 256; c++) {
        if (!freq[c]) continue;
        bits += freq[c] * (long)strlen(codes[c]);
        printf("'%c' freq %3ld len %2zu code %s\n", c, freq[c], strlen(codes[c]), codes[c]);
    }
    printf("encoded bits=%ld (%.3f bits/char, vs 8)\n", bits, (double)bits / (double)n);
    char *enc = malloc((size_t)bits + 1);
    size_t pos = 0;
    for (size_t i = 0; i < n; i++) { size_t l = strlen(codes[(unsigned char)text[i]]); memcpy(enc + pos, codes[(unsigned char)text[i]], l); pos += l; }
    enc[pos] = 0;
    char *dec = malloc(n + 1);
    size_t dl = 0;
    int cur = nn - 1;
    for (size_t i = 0; i < pos; i++) {
        cur = enc[i] == '0' ? nodes[cur].left : nodes[cur].right;
        if (nodes[cur].sym >= 0) { dec[dl++] = (char)nodes[cur].sym; cur = nn - 1; }
    }
    dec[dl] = 0;
    printf("first 64 bits: %.64s\n", enc);
    printf("decoded matches: %s\n", strcmp(dec, text) == 0 ? "yes" : "no");
    free(enc);
    free(dec);
    return 0;
}
