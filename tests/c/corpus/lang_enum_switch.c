/* enums in switch statements, as array indices, and in state tables */
#include <stdio.h>

enum tok { T_NUM, T_PLUS, T_MINUS, T_STAR, T_LPAREN, T_RPAREN, T_END, T_BAD = -1 };
enum state { S_IDLE, S_RUNNING, S_PAUSED, S_DONE, NSTATES };
enum event { E_START, E_PAUSE, E_RESUME, E_STOP, NEVENTS };

static enum tok classify(char c) {
    switch (c) {
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9': return T_NUM;
    case '+': return T_PLUS;
    case '-': return T_MINUS;
    case '*': return T_STAR;
    case '(': return T_LPAREN;
    case ')': return T_RPAREN;
    case '\0': return T_END;
    default: return T_BAD;
    }
}

static const enum state table[NSTATES][NEVENTS] = {
    [S_IDLE] = { [E_START] = S_RUNNING, [E_PAUSE] = S_IDLE, [E_RESUME] = S_IDLE, [E_STOP] = S_DONE },
    [S_RUNNING] = { S_RUNNING, S_PAUSED, S_RUNNING, S_DONE },
    [S_PAUSED] = { S_PAUSED, S_PAUSED, S_RUNNING, S_DONE },
    [S_DONE] = { S_DONE, S_DONE, S_DONE, S_DONE },
};

int main(void) {
    const char *src = "12+(3*4)-x";
    const char *p = src;
    int counts[7] = { 0 };
    int bad = 0;
    for (;; p++) {
        enum tok t = classify(*p);
        if (t == T_BAD) { bad++; continue; }
        counts[t]++;
        if (t == T_END) break;
    }
    int i;
    for (i = 0; i < 7; i++) printf("tok %d count %d\n", i, counts[i]);
    printf("bad %d\n", bad);
    enum event evs[] = { E_PAUSE, E_START, E_PAUSE, E_START, E_RESUME, E_PAUSE, E_STOP, E_START };
    enum state s = S_IDLE;
    static const char *sn[] = { "idle", "running", "paused", "done" };
    for (i = 0; i < 8; i++) {
        s = table[s][evs[i]];
        printf("event %d -> %s\n", evs[i], sn[s]);
    }
    return (int)s + 40;
}
