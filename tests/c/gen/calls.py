#!/usr/bin/env python3
"""Random functions and calls: scalar and struct parameters and results
(structs of scalars and arrays, passed and returned by value), old-style
(K&R) definitions called without a prototype (with arguments of the promoted
types), variadic functions reading `int`, `double`, `long long`, `unsigned`,
strings and structs with `va_arg` (and `va_copy`), and calls through function
pointers. The program prints a hash of every value each function sees.

    python3 tests/c/gen/calls.py SEED > prog.c

Run against gcc by tests/difftest.sh.
"""
import random, sys
seed = int(sys.argv[1]); r = random.Random(seed)
SC = ["char","signed char","unsigned char","short","unsigned short","int","unsigned","long","unsigned long long","float","double","_Bool"]
structs = []
def val(t):
    if t.startswith("struct"):
        i = int(t.split("S")[1]); return "(%s){ %s }" % (t, ", ".join(val(ft) if not d else "{ %s }" % ", ".join(val(ft) for _ in range(d)) for ft, d in structs[i]))
    if t in ("float","double"): return r.choice(["1.5","-2.25","0.1","3e10","-0.0","7"])
    if t == "_Bool": return r.choice(["0","1"])
    return r.choice(["0","1","-1","100","-100","127","255","-128","65535","123456","-7"])
for i in range(4):
    fields = [(r.choice(SC), r.choice([0,0,0,2,3])) for _ in range(r.randint(1, 5))]
    structs.append(fields)
TY = SC + ["struct S%d" % i for i in range(4)]
out = ["#include <stdio.h>", "#include <stdarg.h>", "#include <string.h>",
       "static unsigned long long h = 1469598103934665603ULL;",
       "static void mixb(const void *p, size_t n) { const unsigned char *b = p; for (size_t i = 0; i < n; i++) h = (h ^ b[i]) * 1099511628211ULL; }",
       "static void mixd(double d) { if (d != d) d = 12345; if (d == 0) d = 0; mixb(&d, 8); }",
       "static void mixi(long long v) { mixb(&v, 8); }"]
for i, fs in enumerate(structs):
    out.append("struct S%d { %s };" % (i, " ".join("%s m%d%s;" % (t, j, "[%d]" % d if d else "") for j, (t, d) in enumerate(fs))))
def mixer(expr, t):
    if t.startswith("struct"):
        i = int(t.split("S")[1]); s = []
        for j, (ft, d) in enumerate(structs[i]):
            for k in range(d or 1):
                e = "%s.m%d%s" % (expr, j, "[%d]" % k if d else "")
                s.append("mixd(%s);" % e if ft in ("float","double") else "mixi(%s);" % e)
        return " ".join(s)
    return "mixd(%s);" % expr if t in ("float","double") else "mixi(%s);" % expr
calls = []
for fi in range(12):
    params = [r.choice(TY) for _ in range(r.randint(0, 7))]
    ret = r.choice(TY + ["void"])
    variadic = r.random() < 0.35 and params
    kr = not variadic and r.random() < 0.15 and all(not p.startswith("struct") for p in params)
    plist = ", ".join("%s p%d" % (t, j) for j, t in enumerate(params)) or "void"
    if variadic: plist += ", ..."
    body = ["  " + mixer("p%d" % j, t) for j, t in enumerate(params)]
    vtypes = []
    if variadic:
        vtypes = [r.choice(["int","double","long long","unsigned","char*"] + ["struct S%d" % i for i in range(4)]) for _ in range(r.randint(0, 5))]
        body.append("  va_list ap, aq; va_start(ap, p%d); va_copy(aq, ap);" % (len(params) - 1))
        for k, vt in enumerate(vtypes):
            if vt == "char*": body.append("  { char *s = va_arg(ap, char*); mixb(s, strlen(s)); }")
            else: body.append("  { %s v = va_arg(ap, %s); %s }" % (vt, vt, mixer("v", vt)))
        if vtypes and vtypes[0] not in ("char*",) and not vtypes[0].startswith("struct"):
            body.append("  { %s v = va_arg(aq, %s); %s }" % (vtypes[0], vtypes[0], mixer("v", vtypes[0])))
        body.append("  va_end(aq); va_end(ap);")
    if ret != "void":
        body.append("  return %s;" % val(ret))
    if kr:
        out.append("static %s f%d(%s)\n%s\n{\n%s\n}" % (ret, fi, ", ".join("p%d" % j for j in range(len(params))), " ".join("%s p%d;" % (t, j) for j, t in enumerate(params)), "\n".join(body)))
        proto = "static %s f%d();" % (ret, fi)
    else:
        out.append("static %s f%d(%s) {\n%s\n}" % (ret, fi, plist, "\n".join(body)))
    def promo(t):
        if t == "float": return "double"
        if t in ("char","signed char","unsigned char","short","unsigned short","_Bool"): return "int"
        return t
    args = [("(%s)(%s)" % (promo(t), val(t))) if kr else val(t) for t in params]
    vargs = []
    for vt in vtypes:
        if vt == "int": vargs.append(r.choice(["(char)-3","(short)300","(_Bool)1","42","(unsigned char)200"]))
        elif vt == "double": vargs.append(r.choice(["1.5f","(float)0.1","2.5","-0.0f"]))
        elif vt == "long long": vargs.append("-12345678901LL")
        elif vt == "unsigned": vargs.append("4000000000u")
        elif vt == "char*": vargs.append('"str%d"' % fi)
        else: vargs.append(val(vt))
    call = "f%d(%s)" % (fi, ", ".join(args + vargs))
    via = r.random() < 0.4 and not kr
    if via:
        ptype = "%s (*fp)(%s)" % (ret, plist)
        call = "{ %s = f%d; %s }" % (ptype, fi, ("%s r = fp(%s); %s" % (ret, ", ".join(args + vargs), mixer("r", ret))) if ret != "void" else "fp(%s);" % ", ".join(args + vargs))
    else:
        call = "{ %s }" % (("%s r = %s; %s" % (ret, "f%d(%s)" % (fi, ", ".join(args + vargs)), mixer("r", ret))) if ret != "void" else "f%d(%s);" % (fi, ", ".join(args + vargs)))
    calls.append("  %s printf(\"%d %%llx\\n\", h);" % (call, fi))
out.append("int main(void) {")
out += calls
out.append("  return 0;\n}")
print("\n".join(out))
