#!/usr/bin/env python3
"""Random macros: object-like and function-like, `#`, `##`, `__VA_ARGS__`,
nested invocations, a macro naming itself (it stays unexpanded), macros whose
expansion ends in a function-like macro's name so that the call is completed
by the tokens after it, empty arguments, and parentheses in arguments. The
program prints each expansion as a string (`#` normalizes white space), so a
conforming preprocessor prints the same text as gcc's. A macro refers only to
macros defined before it (at most two of them), so expansions stay small;
arguments are identifiers and numbers, so every `##` makes a valid token.

    python3 tests/c/gen/macros.py SEED > prog.c

Run against gcc by tests/difftest.sh.
"""
import random, sys
seed = int(sys.argv[1]); r = random.Random(seed)
order = []
for i in range(24):
    if r.random() < 0.5: order.append(("A%d" % i, None, False))
    else: order.append(("F%d" % i, r.randint(0, 3), r.random() < 0.3))
PLAIN = ["x", "y", "1", "42", "z9", "foo", "+", "-", "*", "[", "]", ";"]
def arg_text():
    return " ".join(r.choice(["x", "y", "1", "42", "z9", "foo", ""]) for _ in range(r.randint(0, 2))).strip()
def call(m, avail, budget):
    name, ar, va = m
    if ar is None: return name
    args = [arg_text() if r.random() < 0.8 or not avail else ref(avail, budget) for _ in range(ar)]
    if va and r.random() < 0.6: args += [arg_text() for _ in range(r.randint(1, 2))]
    if ar == 0 and not va: return "%s()" % name
    return "%s(%s)" % (name, ", ".join(args))
def ref(avail, budget):
    if budget[0] <= 0 or not avail: return r.choice(["x", "1"])
    budget[0] -= 1
    m = r.choice(avail)
    if m[1] is not None and r.random() < 0.15:
        return m[0]       # the bare name of a function-like macro
    return call(m, [], budget)
def body(avail, params, va, me):
    toks = []; budget = [2]
    for _ in range(r.randint(0, 6)):
        k = r.random()
        if k < 0.12 and params: toks.append("#" + r.choice(params))
        elif k < 0.24 and params: toks.append("%s ## %s" % (r.choice(params + ["p"]), r.choice(params + ["1", "r"])))
        elif k < 0.32 and va: toks.append(r.choice(["__VA_ARGS__", "#__VA_ARGS__", "(__VA_ARGS__)"]))
        elif k < 0.37: toks.append(me)
        elif k < 0.6: toks.append(ref(avail, budget))
        elif k < 0.7 and params: toks.append(r.choice(params))
        else: toks.append(r.choice(PLAIN))
    return " ".join(toks)
defs = []
for i, m in enumerate(order):
    name, ar, va = m
    avail = order[:i]
    if ar is None:
        defs.append("#define %s %s" % (name, body(avail, [], False, name)))
    else:
        ps = ["a", "b", "c"][:ar]
        plist = ", ".join(ps + (["..."] if va else []))
        defs.append("#define %s(%s) %s" % (name, plist, body(avail, ps, va, name)))
out = ["#include <stdio.h>", "#define STR(...) STR_(__VA_ARGS__)", "#define STR_(...) #__VA_ARGS__"] + defs + ["int main(void) {"]
for i in range(40):
    e = body(order, [], False, "x")
    if r.random() < 0.2:
        # a function-like macro's name at the end of one expansion, its
        # arguments after it
        fs = [m for m in order if m[1] is not None]
        if fs:
            m = r.choice(fs); c = call(m, [], [0]); e += " " + (c[len(m[0]):] if "(" in c else "")
            e = m[0] + " " + e if r.random() < 0.5 else e
    out.append('  puts("%d: " STR(%s));' % (i, e))
out.append("  return 0;\n}")
print("\n".join(out))
