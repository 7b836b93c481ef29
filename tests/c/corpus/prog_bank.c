/* program: bank ledger simulation with validation; an overdraft deep inside transaction processing calls exit(3) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct account { char owner[16]; long cents; int txns; };
static struct account accts[4] = {{"alice", 100000, 0}, {"bob", 2500, 0}, {"carol", 75000, 0}, {"dave", 0, 0}};

static void fail(const char *why, int code) {
    printf("FATAL: %s (exit %d)\n", why, code);
    printf("balances at failure:");
    for (int i = 0; i < 4; i++) printf(" %s=%ld.%02ld", accts[i].owner, accts[i].cents / 100, accts[i].cents % 100);
    printf("\n");
    printf("unterminated trailer");
    exit(code);
}

static struct account *find(const char *name) {
    for (int i = 0; i < 4; i++) if (!strcmp(accts[i].owner, name)) return &accts[i];
    return NULL;
}

static void withdraw(struct account *a, long cents) {
    if (cents > a->cents) fail("overdraft", 3);
    a->cents -= cents;
    a->txns++;
}
static void deposit(struct account *a, long cents) { a->cents += cents; a->txns++; }
static void transfer(const char *from, const char *to, long cents) {
    struct account *f = find(from), *t = find(to);
    if (!f || !t) { printf("skip: unknown account in %s->%s\n", from, to); return; }
    withdraw(f, cents);
    deposit(t, cents);
    printf("%-6s -> %-6s %8ld.%02ld  (%s now %ld.%02ld)\n", from, to, cents / 100, cents % 100, from, f->cents / 100, f->cents % 100);
}

int main(void) {
    transfer("alice", "bob", 12050);
    transfer("bob", "dave", 10000);
    transfer("carol", "alice", 33333);
    transfer("eve", "alice", 1);
    transfer("dave", "carol", 9999);
    transfer("alice", "dave", 50000);
    transfer("bob", "carol", 5000);
    transfer("dave", "bob", 999999);
    printf("not reached\n");
    return 0;
}
