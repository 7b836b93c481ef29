#!/usr/bin/env python3
"""Random `switch` statements over every integer type and enums: dense
case sets (jump tables), sparse ones, extreme values, GNU case ranges,
`default` anywhere or absent, fall-through, `break`, `return` and `goto` out
of the switch. Each function runs on every case value, its neighbours and
the type's limits; the program prints a running hash.

    python3 tests/c/gen/switch.py SEED > prog.c

Run against gcc by tests/difftest.sh.
"""
import random, sys
seed = int(sys.argv[1]); r = random.Random(seed)
TYPES = [("signed char",-128,127),("unsigned char",0,255),("short",-32768,32767),("unsigned short",0,65535),
         ("int",-2**31,2**31-1),("unsigned",0,2**32-1),("long long",-2**63,2**63-1),("unsigned long long",0,2**64-1),("char",-128,127),("enum E",-5,1000)]
def lit(v, t):
    if t.startswith("unsigned"): return "%dULL" % v if v > 2**31 else "%du" % v
    if v == -2**63: return "(-9223372036854775807LL-1)"
    if v < -2**31 or v > 2**31-1: return "%dLL" % v
    if v == -2**31: return "(-2147483647-1)"
    return str(v)
out = ["#include <stdio.h>", "enum E { EA = -5, EB = 0, EC = 7, ED = 1000 };", "static unsigned long long h = 1469598103934665603ULL;",
       "static void mix(long long v) { h = (h ^ (unsigned long long)v) * 1099511628211ULL; }"]
funcs = []
for fi in range(10):
    tname, lo, hi = r.choice(TYPES)
    k = r.random()
    if k < 0.4:   # dense
        base = r.randint(max(lo, -300), min(hi, 300) - 40) if hi - lo > 100 else lo
        vals = sorted(set(base + x for x in r.sample(range(0, 40), r.randint(3, 30)) if lo <= base + x <= hi))
    elif k < 0.7: # sparse
        vals = sorted(set(r.randint(max(lo, -10**6), min(hi, 10**6)) for _ in range(r.randint(1, 12))))
    else:         # extremes
        cand = [lo, hi, lo + 1, hi - 1, 0, 1, -1 if lo < 0 else 2, 127, 128, 255, 256, 65535, 65536, 2**31 - 1, 2**31, 2**32 - 1]
        vals = sorted(set(v for v in cand if lo <= v <= hi))
        vals = r.sample(vals, r.randint(1, len(vals)))
        vals.sort()
    ranges = []
    if r.random() < 0.3 and len(vals) >= 2:
        a = vals.pop(0); b = a + r.randint(1, 20)
        if b <= hi and all(not (a <= v <= b) for v in vals): ranges.append((a, b))
        else: vals.insert(0, a)
    body = []
    items = [("v", v) for v in vals] + [("r", rg) for rg in ranges]
    r.shuffle(items)
    has_default = r.random() < 0.7
    if has_default: items.insert(r.randint(0, len(items)), ("d", None))
    for i, (kind, v) in enumerate(items):
        if kind == "v": label = "case %s:" % lit(v, tname)
        elif kind == "r": label = "case %s ... %s:" % (lit(v[0], tname), lit(v[1], tname))
        else: label = "default:"
        act = r.choice(["mix(%d); break;" % i, "mix(%d);" % i, "mix(%d); return %d;" % (i, i), "mix(x + %d); break;" % i, "break;", "goto out;" ])
        body.append("    %s %s" % (label, act))
    tests = set()
    for v in vals: tests.update([v, v - 1, v + 1])
    for a, b in ranges: tests.update([a - 1, a, (a + b) // 2, b, b + 1])
    tests.update([lo, hi, 0])
    tests = sorted(t for t in tests if lo <= t <= hi)
    arr = ", ".join(lit(t, tname) for t in tests)
    out.append("static int f%d(%s x) {\n  switch (x) {\n%s\n  }\n  mix(-1);\nout:\n  return -2;\n}" % (fi, tname, "\n".join(body)))
    funcs.append("  { static const %s xs[] = { %s }; for (unsigned i = 0; i < sizeof xs / sizeof xs[0]; i++) { int r = f%d(xs[i]); mix(r); printf(\"f%d %%u %%d %%llx\\n\", i, r, h); } }" % (tname, arr, fi, fi))
out.append("int main(void) {")
out += funcs
out.append("  return 0;\n}")
print("\n".join(out))
