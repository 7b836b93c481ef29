#!/usr/bin/env python3
"""Random numbers as text for `strtod`, `strtof`, `atof` and `sscanf("%lf")`:
long mantissas, huge and tiny exponents, hexadecimal floats, infinities and
NaNs with payloads, signs, white space and trailing junk. The program prints
each result's bits, `errno` and how far the parse went.

    python3 tests/c/gen/strtod.py SEED > prog.c

Run against gcc by tests/difftest.sh.
"""
import random, sys
seed = int(sys.argv[1]); r = random.Random(seed)
def num():
    k = r.random()
    if k < 0.1: return r.choice(["inf","-INF","infinity","nan","NaN(123)","-nan","+Infinity","nanx","in","0x","0x.p1",".",".e5","1e","1e+","-"," \t 12"])
    s = r.choice(["","","-","+"," "])
    if k < 0.3:
        s += "0x" + "".join(r.choice("0123456789abcdefABCDEF") for _ in range(r.randint(0, 20)))
        if r.random() < 0.5: s += "." + "".join(r.choice("0123456789abcdef") for _ in range(r.randint(0, 20)))
        if r.random() < 0.7: s += "p" + r.choice(["","-","+"]) + str(r.randint(0, 1100))
        return s
    ip = "".join(r.choice("0123456789") for _ in range(r.choice([0,1,2,5,17,20,40,400])))
    s += ip
    if r.random() < 0.6: s += "." + "".join(r.choice("0123456789") for _ in range(r.choice([0,1,3,16,25,60])))
    if r.random() < 0.6: s += r.choice("eE") + r.choice(["","-","+"]) + str(r.choice([0,1,22,23,300,307,308,309,320,323,324,325,400,99999]))
    if r.random() < 0.2: s += r.choice(["x","e","1.5",".",")"])
    return s
lines = ["#include <stdio.h>", "#include <stdlib.h>", "#include <string.h>", "#include <errno.h>",
"static void t(int i, const char *s) { char *e; errno = 0; double d = strtod(s, &e); int e1 = errno; errno = 0; float f = strtof(s, 0); int e2 = errno;",
"  unsigned long long u; unsigned fu; memcpy(&u, &d, 8); memcpy(&fu, &f, 4); double a = atof(s); unsigned long long au; memcpy(&au, &a, 8);",
"  double sd = -1; int sn = sscanf(s, \"%lf\", &sd); unsigned long long su; memcpy(&su, &sd, 8);",
"  printf(\"%d %016llx %td %d %08x %d %016llx %d %016llx\\n\", i, u, e - s, e1, fu, e2, au, sn, su); }",
"int main(void) {"]
for i in range(150):
    lines.append('  t(%d, "%s");' % (i, num()))
lines.append("  return 0;\n}")
print("\n".join(lines))
