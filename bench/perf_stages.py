#!/usr/bin/env python3
"""perf_stages.py - where voxcc's time goes, by compiler stage and by kind of work.

    perf record --call-graph dwarf,16384 -F 2000 -o perf.data target/release/voxcc big.c -o /dev/null
    perf script -i perf.data | bench/perf_stages.py

(big.c from bench/gen_c.py; `voxvm prog.c` works the same way for compile + run.)
Reads `perf script` output (samples with call chains, innermost frame first) and prints:
  1. the share of samples under each stage, by the outermost voxcc module on the stack
     (pp, parse, lower, link) and, inside it, the innermost one (lex, regalloc, emit, ...);
  2. the share by kind of leaf work: compiler code, malloc/realloc, free, kernel page
     faults (fresh heap pages), hashing, memmove/memset, drop_in_place;
  3. the top leaf functions.
Needs only the Python standard library.
"""
import collections
import re
import sys

STAGE = re.compile(r"voxcc::(pp|parse|lower|link|opt|regalloc|emit|lex|types|libc)\b")


def kind(frames):
    leaf = frames[0]
    head = " ".join(frames[:8])
    if re.search(r"\[kernel|page_fault|clear_page|_raw_spin|folio|rmqueue|handle_mm|\[k\]", head) or "[unknown]" in leaf and "kernel" in head:
        if re.search(r"malloc|realloc|sysmalloc|alloc::|memmove|memset", " ".join(frames)):
            return "kernel: page faults on fresh heap memory"
        return "kernel: other"
    if re.search(r"_int_free|cfree|\bfree\b|unlink_chunk|malloc_consolidate", leaf):
        return "free"
    if re.search(r"malloc|realloc|sysmalloc|__rdl_alloc", leaf):
        return "malloc/realloc"
    if re.search(r"memmove|memcpy|memset", leaf):
        return "memmove/memcpy/memset"
    if re.search(r"hash|sip::Hasher|hashbrown", leaf):
        return "hashing (SipHash, HashMap)"
    if "drop_in_place" in leaf:
        return "drop_in_place"
    return "compiler code"


def main():
    samples = []
    stack = []
    for line in sys.stdin:
        line = line.rstrip("\n")
        if not line.strip():
            if stack:
                samples.append(stack)
            stack = []
            continue
        if line[0] in "\t ":
            parts = line.strip().split(None, 1)
            stack.append(parts[1] if len(parts) > 1 else parts[0])
    if stack:
        samples.append(stack)
    if not samples:
        sys.exit("no samples with call chains on stdin (perf record --call-graph dwarf ...; perf script | this)")
    n = len(samples)
    outer, pair, kinds, leaves = (collections.Counter() for _ in range(4))
    for frames in samples:
        chain = [m.group(1) for f in reversed(frames) for m in [STAGE.search(f)] if m]
        o = chain[0] if chain else ("drop" if any("drop_in_place" in f for f in frames) else "other")
        outer[o] += 1
        pair[(o, chain[-1] if chain else o)] += 1
        kinds[kind(frames)] += 1
        leaves[re.sub(r"\+0x[0-9a-f]+", "", frames[0]).split(" (")[0][:110]] += 1
    print(f"{n} samples\n\nby stage (outermost voxcc module on the stack):")
    for k, v in outer.most_common():
        print(f"  {100 * v / n:5.1f}%  {k}")
    print("\nby stage, outermost / innermost:")
    for (a, b), v in pair.most_common(15):
        print(f"  {100 * v / n:5.1f}%  {a} / {b}")
    print("\nby kind of work (leaf frame):")
    for k, v in kinds.most_common():
        print(f"  {100 * v / n:5.1f}%  {k}")
    print("\ntop leaf functions:")
    for k, v in leaves.most_common(20):
        print(f"  {100 * v / n:5.1f}%  {k}")


if __name__ == "__main__":
    main()
