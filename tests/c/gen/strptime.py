#!/usr/bin/env python3
"""Random dates and times as text for `strptime`: formats of one to five
conversions (every one glibc knows, with E/O modifiers and strftime's flags
and widths) and input rendered from them, mostly well-formed, sometimes
with values out of range, extra or missing white space, other letter case,
truncation or junk. The program prints, for each, NULL or where the parse
stopped and every field of the struct tm.

    python3 tests/c/gen/strptime.py SEED > prog.c

Run against gcc by tests/difftest.sh. Week numbers (%U, %W) never meet a
day of the week in one format: glibc then reads outside its month table
for some days, which no program can rely on. Nor is the E modifier used:
after one, glibc's C locale switches to its era state machine (%Ey always
fails, and day abbreviations then consume nothing), which voxvm does not
copy; lib_strptime covers %Ec, %EC, %Ex, %EX and %EY alone.
"""
import random, sys
seed = int(sys.argv[1]); r = random.Random(seed)
WDAY = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
MON = ["January", "February", "March", "April", "May", "June", "July", "August",
       "September", "October", "November", "December"]

def num(lo, hi, width):
    k = r.random()
    if k < 0.08: return str(r.choice([lo - 1, hi + 1, 0, 99, 100, 12345]))
    v = r.randint(lo, hi)
    if k < 0.5: return str(v).zfill(width)
    if k < 0.6: return " " + str(v)
    return str(v)

def name(names):
    n = r.choice(names)
    k = r.random()
    s = n if k < 0.4 else n[:3]
    if r.random() < 0.2: s = s.upper()
    elif r.random() < 0.2: s = s.lower()
    if r.random() < 0.05: s = s[:2]
    if r.random() < 0.05: s += "s"
    return s

CONV = {
    "Y": lambda: num(0, 9999, 4), "y": lambda: num(0, 99, 2), "C": lambda: num(0, 99, 2),
    "m": lambda: num(1, 12, 2), "d": lambda: num(1, 31, 2), "e": lambda: num(1, 31, 2),
    "H": lambda: num(0, 23, 2), "k": lambda: num(0, 23, 2), "I": lambda: num(1, 12, 2),
    "l": lambda: num(1, 12, 2), "M": lambda: num(0, 59, 2), "S": lambda: num(0, 61, 2),
    "j": lambda: num(1, 366, 3), "w": lambda: num(0, 6, 1), "u": lambda: num(1, 7, 1),
    "U": lambda: num(0, 53, 2), "W": lambda: num(0, 53, 2), "V": lambda: num(0, 53, 2),
    "g": lambda: num(0, 99, 2), "G": lambda: num(0, 9999, 4),
    "a": lambda: name(WDAY), "A": lambda: name(WDAY), "b": lambda: name(MON),
    "B": lambda: name(MON), "h": lambda: name(MON),
    "p": lambda: r.choice(["AM", "PM", "am", "pm", "Pm", "XM", "A"]),
    "n": lambda: r.choice([" ", "\t", "", "  \n"]), "t": lambda: r.choice([" ", "", "\t"]),
    "%": lambda: r.choice(["%", "%", "x"]),
    "s": lambda: r.choice(["0", "86399", "1700000000", "951782400", "-1", "4102444799", "x"]),
    "z": lambda: r.choice(["+0000", "-0530", "+05:30", "Z", "+12", "-1", "+2460", "0100", "+1:00"]),
    "Z": lambda: r.choice(["UTC", "GMT", "CEST", "", "A-B"]),
}
COMPOSITE = {"D": "m/d/y", "x": "m/d/y", "F": "Y-m-d", "T": "H:M:S", "X": "H:M:S", "R": "H:M",
             "r": "I:M:S p", "c": "a b e H:M:S Y"}
SEPS = ["", " ", "-", "/", ":", ",", "  ", "T", ".", "\t"]

def render(c):
    if c in COMPOSITE:
        out = ""
        for part in COMPOSITE[c].split(" "):
            pieces = []
            for ch in part:
                pieces.append(render(ch) if ch.isalpha() else ch)
            out += ("" if not out else " ") + "".join(pieces)
        return out
    return CONV[c]()

def case():
    convs = list(CONV) + list(COMPOSITE)
    chosen = []
    for _ in range(r.randint(1, 5)):
        c = r.choice(convs)
        chosen.append(c)
    if any(c in "UW" for c in chosen):
        chosen = [c for c in chosen if c not in "aAwuc"] or ["Y"]
    fmt, text = "", ""
    for c in chosen:
        sep = r.choice(SEPS)
        flag = ""
        k = r.random()
        if k < 0.05: flag = "O" if c in "bBhdeHImMSUVwWy" else ""
        elif k < 0.1: flag = r.choice(["-", "_", "0", "^", "#", "4", "02"])
        fmt += sep + "%" + flag + c
        tsep = sep
        if r.random() < 0.1: tsep = sep.replace(" ", "") if " " in sep else sep + " "
        text += tsep + render(c)
    k = r.random()
    if k < 0.05 and text: text = text[:r.randint(0, len(text) - 1)]
    elif k < 0.15: text += r.choice([" rest", "x", "  ", "9"])
    return text.replace('"', ''), fmt

def c_str(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")

lines = ["#define _GNU_SOURCE", "#include <stdio.h>", "#include <stdlib.h>", "#include <string.h>", "#include <time.h>",
"static void t(int i, const char *s, const char *f) {",
"  struct tm tm; memset(&tm, 0, sizeof tm);",
"  tm.tm_year = 101; tm.tm_mon = 5; tm.tm_mday = 15; tm.tm_hour = 7; tm.tm_wday = 4; tm.tm_yday = 200;",
"  char *e = strptime(s, f, &tm);",
"  if (!e) { printf(\"%d NULL\\n\", i); return; }",
"  printf(\"%d %td %d %d %d %d %d %d %d %d %ld\\n\", i, e - s, tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour,",
"         tm.tm_min, tm.tm_sec, tm.tm_wday, tm.tm_yday, tm.tm_gmtoff); }",
"int main(void) {",
"  setenv(\"TZ\", \"UTC0\", 1); tzset();"]
for i in range(150):
    text, fmt = case()
    lines.append('  t(%d, "%s", "%s");' % (i, c_str(text), c_str(fmt)))
lines.append("  return 0;\n}")
print("\n".join(lines))
