#!/usr/bin/env python3
"""Geometric means of the "ratio to voxvm" over the benchmarks each peer ran.

Usage: bench/geomean.py RESULTS_DIR   (the folder of <bench>.<impl>.json files that
bench/run --peers writes). Prints a markdown table: for each peer, the geometric
mean over the benchmarks both it and voxvm ran (start-up excluded) of
median(peer) / median(voxvm); above 1 means voxvm is faster.
"""
import json
import math
import statistics
import sys
from pathlib import Path

ORDER = ["python3", "lua5.4", "luajit-joff", "luajit", "wasmi", "c"]


def medians(folder: Path) -> dict:
    out = {}
    for f in sorted(folder.glob("*.json")):
        bench, impl = f.stem.split(".", 1)
        if bench == "start":
            continue
        times = json.loads(f.read_text())["results"][0]["times"]
        out.setdefault(bench, {})[impl] = statistics.median(times)
    return out


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    med = medians(Path(sys.argv[1]))
    print("| peer | geomean of peer / voxvm | benchmarks |")
    print("|---|---:|---|")
    for impl in ORDER:
        pairs = [(b, m[impl] / m["voxvm"]) for b, m in med.items() if impl in m and "voxvm" in m]
        if not pairs:
            continue
        g = math.exp(sum(math.log(r) for _, r in pairs) / len(pairs))
        print(f"| {impl} | {g:.2f} | {' '.join(b for b, _ in pairs)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
