#!/usr/bin/env python3
"""Random initializers: nested structs, unions, arrays and character
arrays, with designators (`.m`, `[i]`, repeated and overriding ones), brace
elision, strings and bit-fields, for static and automatic objects. The
program prints every object's bytes. An automatic object's padding is
indeterminate: the driver accepts voxvm's zeros where gcc's build left the
0xaa its stack held.

    python3 tests/c/gen/init.py SEED > prog.c

Run against gcc by tests/difftest.sh.
"""
import random, sys
seed = int(sys.argv[1]); r = random.Random(seed)
SCAL = ["char","unsigned char","short","int","unsigned","long long","float","double","_Bool"]
types = []   # (name, kind, fields/elem) ; kind: 'struct','union'
decls = []
def scalar_val(t):
    if t in ("float","double"): return r.choice(["1.5","-2.25","0.0","3","7.0f","1e3"])
    if t == "_Bool": return r.choice(["0","1","2","-1"])
    return r.choice(["0","1","-1","7","100","255","-128","65535","0x7fff"])
def new_type(depth):
    # returns a C type string description: ('scalar', t) | ('array', elem, n) | ('rec', idx)
    k = r.random()
    if depth <= 0 or k < 0.45:
        return ("scalar", r.choice(SCAL))
    if k < 0.65:
        n = r.choice([1,2,3,4])
        if r.random() < 0.15: return ("array", ("scalar","char"), r.choice([3,4,6]))  # char arrays for strings
        return ("array", new_type(depth-1), n)
    # record
    kind = "union" if r.random() < 0.25 else "struct"
    fields = []
    for i in range(r.randint(1, 4)):
        ft = new_type(depth-1)
        bits = None
        if ft[0] == "scalar" and ft[1] in ("int","unsigned","char","unsigned char","short") and r.random() < 0.3:
            bits = r.randint(1, 7)
        fields.append(("f%d" % i, ft, bits))
    idx = len(types)
    types.append((kind, fields))
    return ("rec", idx)
def tname(t):
    if t[0] == "scalar": return t[1]
    if t[0] == "rec": return "%s R%d" % (types[t[1]][0], t[1])
    raise Exception
def declare(name, t):
    # returns declaration string for variable `name` of type t
    dims = ""
    while t[0] == "array":
        dims += "[%d]" % t[2]; t = t[1]
    return "%s %s%s" % (tname(t), name, dims)
def init(t, depth=0):
    # returns an initializer (braced or scalar expression)
    if t[0] == "scalar":
        v = scalar_val(t[1])
        return v if r.random() < 0.85 else "{ %s }" % v
    if t[0] == "array":
        elem, n = t[1], t[2]
        if elem == ("scalar","char") and r.random() < 0.5:
            return '"%s"' % "abcdefg"[:r.randint(0, n)]
        items = []
        used = r.randint(0, n)
        for i in range(used):
            it = init(elem, depth+1)
            if r.random() < 0.3: it = "[%d] = %s" % (r.randrange(n), it)
            items.append(it)
        return "{ %s }" % ", ".join(items) if items else "{ 0 }"
    kind, fields = types[t[1]]
    items = []
    if kind == "union":
        f = r.choice(fields)
        if f[2] is not None: return "{ .%s = %s }" % (f[0], r.choice(["1","3","-1","5"]))
        return "{ .%s = %s }" % (f[0], init(f[1], depth+1)) if r.random() < 0.8 else "{ %s }" % init(fields[0][1], depth+1) if fields[0][2] is None else "{ 1 }"
    for f in fields:
        if r.random() < 0.25: continue
        v = r.choice(["1","3","-1","5","0"]) if f[2] is not None else init(f[1], depth+1)
        items.append(".%s = %s" % (f[0], v) if r.random() < 0.5 else v)
    # positional items after skipped ones are wrong positions; make all designated if any skipped
    if len(items) != len(fields):
        items = []
        for f in fields:
            if r.random() < 0.3: continue
            v = r.choice(["1","3","-1","5","0"]) if f[2] is not None else init(f[1], depth+1)
            items.append(".%s = %s" % (f[0], v))
    return "{ %s }" % ", ".join(items) if items else "{ 0 }"
roots = [new_type(3) for _ in range(12)]
out = ["#include <stdio.h>", "#include <string.h>"]
# type definitions in creation order (inner types first)
for i, (kind, fields) in enumerate(types):
    body = " ".join("%s%s;" % (declare(f[0], f[1]), "" if f[2] is None else " : %d" % f[2]) for f in fields)
    out.append("%s R%d { %s };" % (kind, i, body))
out.append("static void dump(const char *w, const void *p, size_t n) { const unsigned char *b = p; printf(\"%s\", w); for (size_t i = 0; i < n; i++) printf(\" %02x\", b[i]); printf(\"\\n\"); }")
mains = []
for k, t in enumerate(roots):
    iv = init(t)
    if t[0] == "scalar" and iv.startswith('"'): iv = "0"
    out.append("static %s = %s;" % (declare("g%d" % k, t), iv))
    iv2 = init(t)
    mains.append("  { %s; memset(&l%d, 0xaa, sizeof l%d); } { %s = %s; dump(\"l%d\", &l%d, sizeof l%d); }" % (declare("l%d" % k, t), k, k, declare("l%d" % k, t), iv2, k, k, k))
    mains.append("  dump(\"g%d\", &g%d, sizeof g%d);" % (k, k, k))
out.append("int main(void) {")
out += mains
out.append("  return 0;\n}")
print("\n".join(out))
