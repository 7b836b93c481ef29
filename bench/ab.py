#!/usr/bin/env python3
"""A/B two voxvm commands by CPU time, alternating runs.

Usage:
  bench/ab.py OLD NEW RUNS "bench.vvs ARGS" ...

OLD and NEW are commands: a binary, optionally with flags ("path/voxvm
--max-steps=1000000000000"). Each "bench.vvs ARGS" names a program in bench/
and its arguments. The two commands run alternately, RUNS times each, with
output discarded;
the figure is the median of the children's user+system CPU seconds, which a
busy machine disturbs much less than wall time. Prints old, new and old/new
(above 1 = the new binary is faster). Used for the lever measurements quoted
in commit messages and bench/RESULTS.md; whole-suite comparisons with the
peers use bench/run instead.
"""
import os
import statistics
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent


def cpu_seconds(argv: list) -> float:
    pid = os.fork()
    if pid == 0:
        fd = os.open(os.devnull, os.O_WRONLY)
        os.dup2(fd, 1)
        try:
            os.execv(argv[0], argv)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(argv)} failed (status {status})")
    return usage.ru_utime + usage.ru_stime


def main() -> int:
    if len(sys.argv) < 5:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    old, new, runs = sys.argv[1].split(), sys.argv[2].split(), int(sys.argv[3])
    for spec in sys.argv[4:]:
        prog, *args = spec.split()
        times = {"old": [], "new": []}
        for i in range(runs):
            for side in ("old", "new") if i % 2 == 0 else ("new", "old"):
                cmd = old if side == "old" else new
                times[side].append(cpu_seconds([*cmd, str(BENCH / prog), *args]))
        a, b = statistics.median(times["old"]), statistics.median(times["new"])
        print(f"{spec:<24} old {a:.3f}  new {b:.3f}  old/new {b and a / b:.3f}")
    print("load average:", " ".join(f"{x:.2f}" for x in os.getloadavg()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
