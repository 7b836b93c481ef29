#!/usr/bin/env python3
"""Independent reference for the expected results of the programs in this
directory: recomputes every value in Python (integers with explicit two's
complement wrapping, IEEE doubles, f32 via struct rounding) and either checks
the committed .out/.exit/.trap files (default) or rewrites them (--write).

The VM's output is never used here: if a test fails, either this file or the
VM is wrong, and that has to be decided by reading both.
"""

import math
import struct
import sys
from pathlib import Path

M64 = 1 << 64
M32 = 1 << 32


def i64(x):
    x %= M64
    return x - M64 if x >= 1 << 63 else x


def u64(x):
    return x % M64


def i32(x):
    x %= M32
    return x - M32 if x >= 1 << 31 else x


def u32(x):
    return x % M32


def f32(x):
    """Rounds a double to the nearest f32 (as a double)."""
    return struct.unpack("<f", struct.pack("<f", x))[0]


def rust_float(x, single=False):
    """Rust's `{:?}` for f64/f32: shortest round-trip digits, `.0` for integral
    values, scientific outside [1e-4, 1e16), `inf`, `NaN`."""
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    if single:
        for p in range(1, 10):
            s = "%.*g" % (p, x)
            if f32(float(s)) == x:
                break
        r = repr(float(s))  # Python's notation for those digits
    else:
        r = repr(x)
    m = r.replace("e+", "e")
    if "e" in m:
        mant, exp = m.split("e")
        if mant.endswith(".0"):
            mant = mant[:-2]
        exp = str(int(exp))
        m = mant + "e" + exp
    return m


def sat(x, lo, hi):
    """Rust float->int `as`: NaN -> 0, saturate, truncate toward zero."""
    if math.isnan(x):
        return 0
    if x == math.inf:
        return hi
    if x == -math.inf:
        return lo
    return max(lo, min(hi, math.trunc(x)))


I64 = (-(1 << 63), (1 << 63) - 1)
U64 = (0, M64 - 1)
I32 = (-(1 << 31), (1 << 31) - 1)
U32 = (0, M32 - 1)


def lines(vals):
    return "".join(f"{v}\n" for v in vals)


def fib():
    def f(n):
        a, b = 0, 1
        for _ in range(n):
            a, b = b, a + b
        return a

    out = [f(n) for n in range(16)]
    out += [f(92), u64(f(93)), i64(f(93))]
    assert f(92) < 1 << 63 <= f(93) < M64
    return lines(out)


def factorial():
    out = [math.factorial(n) for n in range(1, 21)]
    out += ["--", math.factorial(20), "--"]
    out += [u64(math.factorial(n)) for n in range(21, 26)]
    out += ["--", i64(math.factorial(21))]
    return lines(out)


def collatz():
    def chain(n):
        c = 1
        while n != 1:
            n = n // 2 if n % 2 == 0 else 3 * n + 1
            c += 1
        return c

    best = max(range(1, 10000), key=lambda n: (chain(n), -n))
    return (
        f"chain(27) = {chain(27)}\n"
        f"longest chain below 10000 starts at {best} with {chain(best)} terms\n"
    )


def gcd():
    pairs = [
        (1071, 462), (48, 18), (17, 5), (0, 5), (5, 0),
        (3 << 40, 9 << 35), (12345678901234, 9876543210),
        (-48, 18), (48, -18), (4660046610375530309, 2880067194370816120),
    ]
    return "".join(f"gcd({a}, {b}) = {math.gcd(a, b)}\n" for a, b in pairs)


def series():
    out = []
    s, term, n = 1.0, 1.0, 1.0
    while n <= 20.0:
        term /= n
        s += term
        n += 1.0
    out += ["e ~ %.15f" % s, rust_float(s)]
    assert abs(s - math.e) < 1e-15
    s, sign, d = 0.0, 1.0, 1.0
    for _ in range(100000):
        s += sign / d
        sign = -sign
        d += 2.0
    s *= 4.0
    out += ["pi ~ %.10f" % s, rust_float(s)]
    x = 1.0
    for _ in range(6):
        x = (x + 2.0 / x) * 0.5
    out += ["sqrt(2) ~ %.12f" % x, rust_float(x), rust_float(math.sqrt(2.0))]
    a, b = 0.0, 0.0
    tenth32 = f32(0.1)
    for _ in range(10):
        a = f32(a + tenth32)
        b += 0.1
    out += [rust_float(a, True), rust_float(b), "%.3f" % a]
    return lines(out)


def int_edges():
    MAX, MIN = I64[1], I64[0]
    out = [
        i64(MAX + 1), i64(MIN - 1), u64(-1), u64(M64), i64(MAX * 2), i64(-MIN),
        u64(-1), i64(MAX + 1),
        # -1 versus 1
        1, 0, 1, u64(-1), 1, 0,
        # shifts
        i64(1 << (65 % 64)), i64(1 << 63), i64(u64(-1) >> 1), -8 >> 1, -8 >> (64 % 64),
        MIN >> 63, u64(-1) >> 63, u64(1 << (130 % 64)),
        # 32-bit
        i32(2**31 - 1 + 1), i32(2**31 - 1 + 1), u32(-1), u32(-1), i32(65536 * 65536),
        i32(1 << (33 % 32)), i32(-(2**31)) >> 31, u32(-(2**31)) >> 31, u32(M32 - 1) >> 28,
        i32(u32(4294967301) + 1),
        # division: truncating, remainder has the dividend's sign
        int(-7 / 2), -7 - 2 * int(-7 / 2), 7 - (-2) * int(7 / -2), 0,
        u64(-1) // 2, u64(-1) % 64, int(-7 / 2), u32(-7) // 2,
        # bitwise
        0xF0F0 & 0x0FF0, 0xF0F0 | 0x0FF0, 0xF0F0 ^ 0x0FF0, i64(~1), u32(~0),
        i64(-1 ^ 0x7FFFFFFFFFFFFFFF),
        # register views
        u64(-1), 255, -32768, 32768,
        # narrow prints
        300 % 256, 200 - 256, 70000 % 65536,
        # more 32-bit wrapping
        i32(2**31 - 1 + 1), u32(0 - 1), 0, u32(u32(-1) * 3), i32(-(2**31) - 1),
        int(u32(2**32) < u32(1)), int(u32(2**32) == u32(0)), int(2**32 == 0),
        # negative shift amounts
        i64(1 << (-1 % 64)), i32(1 << (-1 % 32)), i32(-(2**31)) >> (-1 % 32),
    ]
    return lines(out)


def conversions():
    nan, inf = math.nan, math.inf
    out = [
        sat(nan, *I64), sat(inf, *I64), sat(-inf, *I64), sat(1e300, *I64), sat(-2.9, *I64),
        sat(-5.0, *U64), sat(1e300, *U64), sat(3e10, *I32), sat(-3e10, *I32),
        sat(nan, *U32), sat(3e10, *U32),
        rust_float(inf, True),  # 1e300 as f32 overflows to inf
        sat(inf, *I64),
        # int -> int
        i32(4294967297), i32(2**31), u32(-1), u32(-1), u64(-1), -1, u64(-1), u32(-1),
        # int -> float
        rust_float(float(2**53 + 1)), rust_float(float(M64 - 1)),
        rust_float(f32(float(2**24 + 1)), True), rust_float(-7.0),
        # float <-> float
        rust_float(f32(0.1), True), rust_float(f32(0.1)), rust_float(f32(1e-45), True),
        # extension
        -1, 255, -32768, 4294967295, -(2**31), 0x1234567890ABCDEF & 0xFFFF,
        # bit casts
        struct.unpack("<q", struct.pack("<d", 1.0))[0],
        rust_float(struct.unpack("<d", struct.pack("<q", -(2**63)))[0]),
        struct.unpack("<i", struct.pack("<f", -1.0))[0],
        struct.unpack("<i", struct.pack("<f", -1.0))[0],
        rust_float(struct.unpack("<f", struct.pack("<i", 0x7F800000))[0], True),
        # NaN comparisons, min/max (IEEE minNum/maxNum: NaN loses)
        int(nan == nan), int(nan != nan), int(nan < inf), int(nan >= inf),
        rust_float(3.0), rust_float(3.0), rust_float(-inf), rust_float(-5.0 / inf),
        rust_float(inf - inf),
        # from f32, and to f32
        sat(-1.0, *U32), sat(f32(3e9), *I32), sat(f32(3e9), *U32), sat(nan, *U64),
        sat(-inf, *I64), rust_float(f32(float(M64 - 1)), True),
        rust_float(f32(float(M32 - 1)), True), rust_float(float(M32 - 1)),
        i64(M64 - 1), i32(M64 - 1), u32(M64 - 1), u32(-5), rust_float(-5.0, True),
        rust_float(f32(16777217.0), True),
        # float odds and ends
        rust_float(abs(-0.0)), rust_float(-0.0), rust_float(nan),
        rust_float(f32(math.sqrt(f32(2.0))), True),
        rust_float(1e308 * 2), rust_float(5e-324 / 2.0),
        rust_float(f32(f32(0.1) * 3.0), True), rust_float(0.1 * 3.0),
        # NaN branches: beq, blt and bge fall through, bne is taken
        3,
    ]
    return lines(out)


def trap_report(trap, file, frames):
    """TrapReport's Display: frames are (function, offset, line, pc), innermost
    first; more than 20 frames show the first 16 and the last 4."""
    def loc(f):
        return f"{f[0]}+{f[1]:#x} ({file}:{f[2]})"

    s = f"{trap} at {loc(frames[0])}"
    n = len(frames)
    if n > 1:
        s += f"\nbacktrace ({n} frames, innermost first):"
        for i, f in enumerate(frames):
            if i == 16 and n > 20:
                s += f"\n  ... {n - 20} frames omitted ..."
            if 16 <= i < n - 4:
                continue
            s += f"\n  {i}: {loc(f)} [pc {f[3]:#x}]"
    return s + "\n"


def divzero():
    # 10 / 3, 10 / 2, 10 / 1, then 10 / 0 traps. Layout of main: movi.i64 (11
    # bytes) at 0 and 11, `div.i64` (5 bytes) at 22 = 0x16 on line 7.
    out = lines([10 // 3, 10 // 2, 10 // 1])
    return out, trap_report("division by zero", "divzero.vvs", [("main", 0x16, 7, 0x16)])


def overflow():
    # main: movi 0, movi 11, rem 22 (5), print 27 (3), mov 30 (4), mov 34, call 38 (7),
    # print 45, halt 48 (3) -> quot starts at 51 = 0x33; its div is on line 17.
    out = lines([0])
    rep = trap_report(
        "integer overflow", "overflow.vvs",
        [("quot", 0, 17, 0x33), ("main", 38, 11, 38)],
    )
    return out, rep


def recursion():
    # main: prints 0 (6 bytes), movi 6 (11), call 17 (7) on line 11, halt 24 (3);
    # down starts at 27: inc 27 (3), call 30 = down+0x3 on line 18.
    # The default limit is 100000 frames: main's call plus 99999 calls of down
    # succeed, the next call of down traps.
    limit = 100000
    frames = [("down", 3, 18, 30)] * limit + [("main", 17, 11, 17)]
    rep = trap_report(f"recursion limit exceeded (call depth {limit})", "recursion.vvs", frames)
    return "going down\n", rep


def exit_status():
    return lines([6 * 7]), 42


def indirect():
    names = ["square", "cube", "negate"]
    fs = [lambda x: x * x, lambda x: x**3, lambda x: -x]
    return "".join(f"{names[i % 3]} {i} -> {fs[i % 3](i)}\n" for i in range(6))


def jmpr_foreign_target():
    # pick prints 2 on each of its two calls. main: movi.i64 (11 bytes) at 0,
    # two calls (7) at 11 and 18, mov (4) at 25, `jmpr` at 29 = 0x1d on line
    # 10; then movi.i64 (11) and halt (3), so pick starts at 46: addr (7),
    # jmpr (3), movi.i64 (11), ret (3), and its label `two` is at 70 = 0x46.
    rep = trap_report(
        "bad jump target 0x46 (not an instruction of this function)",
        "jmpr_foreign_target.vvs", [("main", 0x1d, 10, 0x1d)],
    )
    return lines([2, 2]), rep


def alloc_huge():
    # movi.i64 (11 bytes) at 0, then `alloc` at 0xb on line 6; the default
    # memory cap is 1 GiB.
    rep = trap_report(
        f"heap exhausted: memory limit reached (requested {M64 - 1} bytes, cap {1 << 30})",
        "alloc_huge.vvs",
        [("main", 0xB, 6, 0xB)],
    )
    return "", rep



# ---- memory programs ----

GRANULE = 16


def block(n):
    """Heap block size for a request of n bytes: whole 16-byte granules, at least one."""
    return max(1, -(-n // GRANULE)) * GRANULE


IMM_BYTES = {"i8": 1, "u8": 1, "i16": 2, "u16": 2, "i32": 4, "u32": 4, "f32": 4,
             "i64": 8, "u64": 8, "f64": 8}
IMM_FAMILIES = {"movi", "addi", "subi", "muli", "andi", "ori", "xori", "shli", "shri", "sari"}


def instr_size(mnemonic, operands):
    """Encoded size from the documented encoding: a 2-byte opcode, then each
    operand: a register is 1 byte, an immediate its type's width (ld/st offsets
    are i32), a label, function or data symbol 4 bytes."""
    family, _, suffix = mnemonic.partition(".")
    size = 2
    for op in operands:
        if op[0] == "r" and op[1:].isdigit():
            size += 1
        elif family in ("ld", "st"):
            size += 4
        elif family in IMM_FAMILIES:
            size += IMM_BYTES[suffix]
        else:
            size += 4
    return size


def layout(name):
    """Lays out the code of tests/programs/NAME.vvs: for each source line (1-based)
    holding an instruction, (function, offset in the function, pc)."""
    at, func, start, where = 0, None, 0, {}
    in_code = True
    for n, raw in enumerate((Path(__file__).parent / name).read_text().splitlines(), 1):
        text = raw.split(";")[0].split("#")[0].strip()
        if ":" in text and not text.startswith("."):
            text = text.split(":", 1)[1].strip()  # label
        if not text:
            continue
        if text.startswith("."):
            word = text.split()[0]
            if word == ".data":
                in_code = False
            elif word == ".code":
                in_code = True
            elif word == ".func":
                func, start, in_code = text.split()[1], at, True
            continue
        if not in_code:
            continue
        mnemonic, _, rest = text.partition(" ")
        operands = [o.strip() for o in rest.split(",")] if rest.strip() else []
        where[n] = (func, at - start, at)
        at += instr_size(mnemonic, operands)
    return where


def frame(name, needle):
    """(function, offset, line, pc) of the one instruction line containing `needle`."""
    src = (Path(__file__).parent / name).read_text().splitlines()
    hits = [n for n, line in enumerate(src, 1) if needle in line]
    assert len(hits) == 1, (name, needle, hits)
    func, off, pc = layout(name)[hits[0]]
    return (func, off, hits[0], pc)


def bintrees(n):
    # The Benchmarks Game logic of /work/shared/bench-peers/py/bintrees.py,
    # counting nodes instead of building them (check(make(d)) = 2^(d+1) - 1).
    def nodes(d):
        return (1 << (d + 1)) - 1

    n = int(n)
    min_depth = 4
    max_depth = max(min_depth + 2, n)
    stretch = max_depth + 1
    out = "stretch tree of depth %d\t check: %d\n" % (stretch, nodes(stretch))
    for d in range(min_depth, max_depth + 1, 2):
        iters = 1 << (max_depth - d + min_depth)
        out += "%d\t trees of depth %d\t check: %d\n" % (iters, d, iters * nodes(d))
    out += "long lived tree of depth %d\t check: %d\n" % (max_depth, nodes(max_depth))
    out += "heap after gc with the long-lived tree: %d\n" % (nodes(max_depth) * block(16))
    out += "heap after gc without it: 0\n"
    return out


def linked_list():
    x, values = 42, []
    for _ in range(500):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        values.append(x % 1000)
    lst = values[::-1]  # pushed at the head

    def stats(l):
        return f"length {len(l)} sum {sum(l)}\n"

    def show(l):
        return "".join(f"{v} " for v in l[:10]) + "\n"

    out = f"built {len(values)} nodes\n" + stats(lst) + "first: " + show(lst)
    out += f"heap in use: {len(lst) * block(16)}\n"
    lst = lst[::-1]
    out += "reversed: " + show(lst)
    lst = [v for v in lst if v % 2 == 0]
    out += "after removing odd values: " + stats(lst) + show(lst)
    out += f"heap in use: {len(lst) * block(16)}\n"
    lst = sorted(lst)
    out += "sorted: " + stats(lst) + show(lst)
    out += "sorted ascending: 1\n" + f"largest: {lst[-1]}\n"
    out += f"freed {len(lst)} nodes\nheap in use: 0\n"
    return out


def strings():
    sb = {"text": "", "cap": 0, "grows": 0}

    def reserve(extra):
        need = len(sb["text"]) + extra + 1
        if need > sb["cap"]:
            cap = sb["cap"] * 2 if sb["cap"] >= 8 else 8
            while need > cap:
                cap *= 2
            sb["cap"], sb["grows"] = cap, sb["grows"] + 1

    def puts(s):
        reserve(len(s))
        sb["text"] += s

    def report(heap):
        return f"len {len(sb['text'])} cap {sb['cap']} grows {sb['grows']}\nheap in use: {heap}\n"

    for i in range(1, 13):
        # sb_putint appends its digits with one sb_puts, like every piece here
        for piece in ["i=", str(i), " i*i=", str(i * i), " i^3-100=", str(i**3 - 100)]:
            puts(piece)
        reserve(1)
        sb["text"] += "\n"
    out = sb["text"] + report(block(sb["cap"]))
    out += "=" * 40 + "\n"
    out += "hello world\n" + "hello world"[::-1] + "\n"
    sb["text"] = ""
    puts("joined: ")
    for k, w in enumerate(["alpha", "beta", "gamma", "delta", "epsilon"]):
        if k:
            puts(", ")
        puts(w)
    reserve(1)
    sb["text"] += "\n"
    out += sb["text"] + report(block(sb["cap"]))
    sb["cap"] = len(sb["text"]) + 1
    out += "shrunk: " + sb["text"] + report(block(sb["cap"]))
    return out + "heap in use: 0\n"


def oob():
    # The table is the first heap block: the heap starts after the data
    # segment and the 1 MiB stack, both rounded up to 16 bytes.
    data = len("sum of squares 0..9: ") + 1
    heap_base = -(-(0x1000 + data) // 16) * 16 + (1 << 20)
    addr = heap_base + 8 * (1 << 40)
    rep = trap_report(
        f"out-of-bounds access: 8 bytes at {addr:#x}", "oob.vvs",
        [frame("oob.vvs", "ld.i64 r0, r1, 0"), frame("oob.vvs", "call get, r5"),
         frame("oob.vvs", "; traps in get")],
    )
    return f"sum of squares 0..9: {sum(i * i for i in range(10))}\n", rep


def null_deref():
    out = "".join(f"nth {i} {v}\n" for i, v in enumerate([30, 20, 10]))
    rep = trap_report(
        "out-of-bounds access: 8 bytes at 0x8", "null_deref.vvs",
        [frame("null_deref.vvs", "ld.i64 r0, r0, 8"),
         frame("null_deref.vvs", "call nth, r10")],
    )
    return out, rep


def abort():
    # check(0) reaches `trap failed`, whose message is the data string.
    rep = trap_report(
        "assertion failed: x > 0 (abort.c:12)", "abort.vvs",
        [frame("abort.vvs", "trap failed"), frame("abort.vvs", "call check, r1")],
    )
    return lines([3, 2, 1]), rep


def stack_overflow():
    rep = trap_report(
        "stack overflow", "stack_overflow.vvs",
        [frame_at("stack_overflow.vvs", "fill", "push.i64 r0"),
         frame("stack_overflow.vvs", "call fill, r10")],
    )
    return f"popped sum: {sum(range(1, 101))}\nfilling the stack\n", rep


def salloc_overflow():
    # Levels 0, 1, ... each reserve 4000 bytes of the 1 MiB stack; the level
    # that no longer fits traps, under one frame of `deep` per level reached
    # plus main's.
    fits = (1 << 20) // 4000
    frames = ([frame("salloc_overflow.vvs", "salloc r3, r2")]
              + [frame("salloc_overflow.vvs", "call deep, r4")] * fits
              + [frame_at("salloc_overflow.vvs", "main", "call deep, r10", last=True)])
    out = f"descent of 200 levels, checksum {sum(range(200))}\n" * 2
    out += "descending without a limit\n"
    return out, trap_report("stack overflow", "salloc_overflow.vvs", frames)


def frame_at(name, func, needle, last=False):
    """Like frame(), for a needle that occurs more than once: the first (or
    last) occurrence inside function `func`."""
    src = (Path(__file__).parent / name).read_text().splitlines()
    where = layout(name)
    hits = [n for n, line in enumerate(src, 1)
            if needle in line and n in where and where[n][0] == func]
    n = hits[-1] if last else hits[0]
    f, off, pc = where[n]
    return (f, off, n, pc)


def gc_live():
    lst = 100 * block(16)
    tree = 127 * block(24)
    cycle = 3 * block(16)
    pair = 2 * block(16)
    vector = block(32 * 8) + 20 * block(16)
    live = lst + tree + cycle + pair + vector
    out = f"heap after gc: {live}\n"
    out += f"list sum: {sum(range(100))}\n"
    # tree nodes hold their depth: 2^(6-k) nodes hold k
    out += f"tree nodes, value sum: 127 {sum((1 << (6 - k)) * k for k in range(7))}\n"
    out += f"cycle walk of 7 steps: {sum([1, 2, 3, 1, 2, 3, 1])}\n"
    out += "pair via interior pointer: 11 22\n"
    out += f"vector sum: {sum(i * i for i in range(20))}\n"
    for what, size in [("the list", lst), ("the tree", tree), ("the stack cycle", cycle),
                       ("the pair", pair), ("the vector", vector)]:
        live -= size
        out += f"dropped {what}, heap after gc: {live}\n"
    assert live == 0
    return out


def gc_garbage():
    rounds = 100
    per_round = sum(range(1, 51)) + (2**6 - 1)
    return (f"checksum of all rounds: {rounds * per_round}\n"
            f"heap after gc: {rounds * block(16)}\n"
            f"survivors: {sum(range(rounds))}\n"
            "heap after dropping the survivors: 0\n")

PROGRAMS = {
    "fib": fib, "factorial": factorial, "collatz": collatz, "gcd": gcd,
    "series": series, "int_edges": int_edges, "conversions": conversions,
    "divzero": divzero, "overflow": overflow, "recursion": recursion,
    "jmpr_foreign_target": jmpr_foreign_target,
    "exit_status": exit_status, "indirect": indirect, "alloc_huge": alloc_huge,
    "bintrees": bintrees, "linked_list": linked_list, "strings": strings, "oob": oob,
    "null_deref": null_deref, "stack_overflow": stack_overflow,
    "salloc_overflow": salloc_overflow, "gc_live": gc_live, "gc_garbage": gc_garbage,
    "abort": abort,
}


# Program arguments: NAME.args (words separated by spaces). A program whose
# normal run is too slow for --gc-stress in a debug build (a collection before
# every allocation) gets smaller arguments for that run: NAME.stress.args,
# with its own NAME.stress.out/.exit/.trap.
ARGS = {"bintrees": ["10"]}
STRESS_ARGS = {"bintrees": ["6"]}


def expected(name, args=()):
    """(stdout, exit status or None, trap report or None)."""
    r = PROGRAMS[name](*args)
    if isinstance(r, str):
        return r, None, None
    out, extra = r
    return (out, extra, None) if isinstance(extra, int) else (out, None, extra)


def main():
    here = Path(__file__).parent
    write = "--write" in sys.argv
    bad = 0
    cases = [(name, "", ARGS.get(name)) for name in PROGRAMS]
    cases += [(name, ".stress", args) for name, args in STRESS_ARGS.items()]
    for name, variant, args in cases:
        out, code, trap = expected(name, args or ())
        want = {
            ".out": out,
            ".exit": None if code is None else f"{code}\n",
            ".trap": trap,
            ".args": None if args is None else " ".join(args) + "\n",
        }
        for ext, text in want.items():
            p = here / (name + variant + ext)
            if write:
                if text is None:
                    p.unlink(missing_ok=True)
                else:
                    p.write_text(text)
            else:
                have = p.read_text() if p.exists() else None
                if have != text:
                    bad += 1
                    print(f"{p.name}: differs from the reference")
    unknown = {p.stem for p in here.glob("*.vvs")} - set(PROGRAMS)
    for u in sorted(unknown):
        print(f"{u}.vvs: no reference in expected.py")
    sys.exit(1 if bad or unknown else 0)


if __name__ == "__main__":
    main()
