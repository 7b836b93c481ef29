#!/usr/bin/env python3
"""Random expressions over float, double and the integer types: arithmetic,
comparisons, `?:`, casts (float-to-integer ones guarded against
out-of-range values), on volatile variables (computed when run) and on
constants (folded by the compiler). The program prints each result's bits.
gcc 12 folds `0.0 - (double)i` to `-(double)i` (-0.0 for i = 0), which is
wrong; the driver settles a line where gcc differs by asking clang. A NaN
prints as `nan`: C leaves its sign and payload open, and gcc's and clang's
folding gives `-0.0 - 0.0/0` the sign opposite to what x86 (and tcc and
voxvm) compute.

    python3 tests/c/gen/floatexpr.py SEED > prog.c

Run against gcc by tests/difftest.sh.
"""
import random, sys
seed = int(sys.argv[1]); r = random.Random(seed)
TYPES = ["float","double","int","unsigned","long long","unsigned long long","short","unsigned char","signed char","_Bool"]
FT = {"float","double"}
def lit(t):
    if t == "float": return r.choice(["0.0f","-0.0f","1.5f","3.0e38f","1e-40f","0.1f","-2.75f","16777217.0f","1e10f","-7.0f"])
    if t == "double": return r.choice(["0.0","-0.0","0.1","1e308","4.9e-324","-3.5","9007199254740993.0","1e-5","123456.789","-1e10"])
    if t == "_Bool": return r.choice(["0","1"])
    if t in ("unsigned","unsigned long long"): return r.choice(["0u","1u","4294967295u","2147483648u","7u","100u"])
    return r.choice(["0","1","-1","127","-128","255","32767","-32768","2147483647","-2147483647","1000","-7"])
def expr(d, vars_):
    if d <= 0 or r.random() < 0.25:
        if r.random() < 0.5:
            v = r.choice(vars_); return v[0], v[1]
        t = r.choice(TYPES); return lit(t), t
    k = r.random()
    a, ta = expr(d-1, vars_)
    if k < 0.15:
        t = r.choice(TYPES)
        if t not in FT and ta in FT:
            # guard float->int conversion (UB out of range)
            lim = {"_Bool":"1e9","unsigned char":"255.0","signed char":"127.0","short":"32767.0","unsigned":"4e9","unsigned long long":"1e18","long long":"9e18","int":"2e9"}[t]
            lo = "0.0" if t.startswith("unsigned") or t == "_Bool" else "-" + lim
            return "(((%s) > %s && (%s) < %s) ? (%s)(%s) : (%s)0)" % (a, lo, a, lim, t, a, t), t
        return "((%s)(%s))" % (t, a), t
    b, tb = expr(d-1, vars_)
    if ta not in FT and tb not in FT:
        # integer ops: keep to safe ones
        op = r.choice(["+","-","&","|","^","<",">=","=="])
        if op in "+-":
            a = "(long long)(%s)" % a; b = "(long long)(%s)" % b
            # long long +/- of values < 2^33ish is safe only if both small; cast to double instead
            return "((double)(%s) %s (double)(%s))" % (a, op, b), "double"
        return "((%s) %s (%s))" % (a, op, b), ("int" if op in ("<",">=","==") else "long long")
    op = r.choice(["+","-","*","/","<","<=","==","!=",">"," ?: "])
    if op == " ?: ":
        c, tc = expr(d-1, vars_)
        if tb not in FT and tc not in FT: rt = "long long"
        elif "double" in (tb, tc): rt = "double"
        else: rt = "float"
        return "((%s) ? (%s) : (%s))" % (a, b, c), rt
    rt = "int" if op in ("<","<=","==","!=",">") else ("double" if "double" in (ta,tb) else "float" if "float" in (ta,tb) else "double")
    return "((%s) %s (%s))" % (a, op, b), rt
vars_ = []
decls = []
for i in range(8):
    t = r.choice(TYPES); v = "v%d" % i
    decls.append("  volatile %s %s = %s;" % (t, v, lit(t)))
    vars_.append((v, t))
lines = ["#include <stdio.h>", "#include <string.h>",
 "static void pf(int n, float x) { unsigned u; memcpy(&u, &x, 4); if (x != x) printf(\"%d f nan\\n\", n); else printf(\"%d f %08x\\n\", n, u); }",
 "static void pd(int n, double x) { unsigned long long u; memcpy(&u, &x, 8); if (x != x) printf(\"%d d nan\\n\", n); else printf(\"%d d %016llx\\n\", n, u); }",
 "static void pi(int n, long long x) { printf(\"%d i %lld\\n\", n, x); }",
 "int main(void) {"] + decls
consts = [(lit(t), t) for t in TYPES for _ in range(2)]
for n in range(60):
    # half with variables, half constants only (folding)
    pool = vars_ if n % 2 == 0 else consts
    e, t = expr(r.randint(1, 4), pool)
    if t == "float": lines.append("  pf(%d, %s);" % (n, e))
    elif t == "double": lines.append("  pd(%d, %s);" % (n, e))
    else: lines.append("  pi(%d, (long long)(%s));" % (n, e))
lines.append("  return 0;\n}")
print("\n".join(lines))
