#!/usr/bin/env python3
"""Random `snprintf` calls (with the argument `wide`, `swprintf` calls: see
wprintf.py): every conversion with random flags, widths,
precisions (also as `*` arguments, negative included), length modifiers and
values, into buffers large and small (the return value and truncation are
printed too).

    python3 tests/c/gen/printf.py SEED > prog.c

Run against gcc by tests/difftest.sh.
"""
import random, sys
seed = int(sys.argv[1]); r = random.Random(seed)
WIDE = sys.argv[2:3] == ["wide"]
INTV = ["0","1","-1","42","-42","2147483647","(-2147483647-1)","255","65535","123456789","-987654"]
LLV = ["0LL","-1LL","9223372036854775807LL","(-9223372036854775807LL-1)","1234567890123LL","-55LL"]
DBL = ["0.0","-0.0","1.0","-1.5","0.1","1e-300","1e300","123456.789","-0.000123456","1.0/0.0","-1.0/0.0","0.0/0.0","4.9e-324","2.5","0.5","1e21","9.999999e-5","0.3333333333333333","100.0","1e15","5e-7","7.0e22"]
STRS = ['"hello"', '""', '"a"', '"hello, world"', '"tab\\there"']
WSTRS = ['L"wide"', 'L""', 'L"x"', 'L"\\u00e9t\\u00e9 \\u20ac"', 'L"a\\U0001F600b"']
def spec():
    conv = r.choice("diuoxXcseEfFgGaA%")
    flags = ""
    allowed = {"d":"-+ 0","i":"-+ 0","u":"-0","o":"-#0","x":"-#0","X":"-#0","c":"-","s":"-","e":"-+ #0","E":"-+ #0","f":"-+ #0","F":"-+ #0","g":"-+ #0","G":"-+ #0","a":"-+ #0","A":"-+ #0","%":""}[conv]
    for f in allowed:
        if r.random() < 0.25: flags += f
    args = []
    width = ""
    if conv != "%":
        k = r.random()
        if k < 0.3: width = str(r.randint(0, 25))
        elif k < 0.4: width = "*"; args.append(str(r.randint(-20, 20)))
    prec = ""
    if conv not in "c%":
        k = r.random()
        if k < 0.35: prec = "." + str(r.randint(0, 20))
        elif k < 0.45: prec = ".*"; args.append(str(r.randint(-3, 20)))
        elif k < 0.5: prec = "."
    length = ""
    if conv in "diuoxX":
        length = r.choice(["", "", "hh", "h", "l", "ll", "z", "j", "t"])
        if length in ("l","ll","z","j","t"): v = r.choice(LLV + INTV)
        else: v = r.choice(INTV)
        if length in ("z",) : v = "(size_t)(%s)" % v
        elif length == "j": v = "(intmax_t)(%s)" % v
        elif length == "t": v = "(ptrdiff_t)(%s)" % v
        elif length in ("l","ll"): v = "(long long)(%s)" % v
        else: v = "(int)(%s)" % v
        args.append(v)
    elif conv == "c":
        if WIDE and r.random() < 0.4: length = "l"; args.append(r.choice(["L'w'", "0x20ac", "0xe9", "L'0'"]))
        else: args.append(r.choice(["65","'z'","'0'","32","126"]))
    elif conv == "s":
        if WIDE and r.random() < 0.5: length = "l"; args.append(r.choice(WSTRS))
        else: args.append(r.choice(STRS))
    elif conv in "eEfFgGaA":
        args.append(r.choice(DBL))
    return "%" + flags + width + prec + length + conv, args
lines = ["#include <stdio.h>", "#include <stddef.h>", "#include <stdint.h>"]
if WIDE:
    # The buffer is shown only when the output fit: on overflow glibc leaves
    # it unterminated, which C11 does not allow (voxcc terminates it).
    lines += ["#include <wchar.h>",
        "static void show(int i, int n, const wchar_t *b) { printf(\"%d: %d [\", i, n); if (n >= 0) for (; *b; b++) if (*b < 128) putchar((int)*b); else printf(\"<%x>\", (unsigned)*b); printf(\"]\\n\"); }",
        "int main(void) {", "  wchar_t buf[512]; int n;"]
else:
    lines += ["int main(void) {", "  char buf[512]; int n;"]
for i in range(80):
    parts = []; args = []
    for j in range(r.randint(1, 4)):
        s, a = spec(); parts.append(s); args += a
        if r.random() < 0.3: parts.append(r.choice(["|", " x ", "-", ":"]))
    fmt = "".join(parts)
    cap = r.choice([512, 512, 512, 0, 1, 5, 12])
    if WIDE:
        lines.append('  buf[0] = 0; n = swprintf(buf, %d, L"%s"%s); show(%d, n, buf);' % (cap, fmt, "".join(", " + a for a in args), i))
    else:
        lines.append('  n = snprintf(buf, %d, "%s"%s); printf("%d: %%d [%%s]\\n", n, %s);' % (cap, fmt, "".join(", " + a for a in args), i, "buf" if cap else '""'))
lines.append("  return 0;\n}")
print("\n".join(lines))
