#!/usr/bin/env python3
"""bench/suite.py - the benchmark suite behind bench/run (run that; it builds voxvm first).

Runs every C program of PEERS/c/ compiled by voxcc and run by voxvm, in the same
invocation and interleaved with the other ways to run the same program, checks every
output, and writes tables of medians and paired ratios (markdown) to stdout and, for
a full run, to bench/RESULTS.md. See README.md, section Performance.

Measurement. Every timed run is a whole process (start-up, compile or load, run),
with stdout discarded. The figure is CPU time: user + system seconds of the child
(wait4), which other jobs on a shared machine disturb far less than wall time; wall
time is recorded too and shown in its own table. Runs are interleaved: each round
runs every (benchmark, implementation) once, benchmark after benchmark, with the
implementations of a benchmark back to back in an order that rotates every round.
A ratio is paired: for each round, time(impl) / time(voxvm) of the same benchmark,
then the median over the rounds (above 1 = voxvm is faster). Before the rounds,
every command runs once with its output checked (that run is also the warm-up);
a wrong output removes that implementation from that benchmark and fails the run.

Implementations (columns), for a program P of PEERS/c/ and its arguments A:
  voxvm       voxvm P.c A                      the reference column: C compiled in process
  voxvm-vve   voxvm P.vve A                    after voxcc P.c -o P.vve (compile time excluded)
  vvs         voxvm P-vvs.vve A                the hand-written bench/P.vvs, assembled by voxasm
  wasmi-O1    wasmi-harness wasi P.O1.wasm A   clang-14 --target=wasm32-wasi -O1, run by wasmi 2.0
  wasmi-O2    wasmi-harness wasi P.O2.wasm A   the same at -O2
  wasmi-wat   wasmi-harness P PEERS/wat/P.wat A  the hand-written WebAssembly twin (fib loop sieve nbody)
  tcc         tcc -run P.c A                   native code, no sandbox
  gcc         P.gcc A                          gcc -O2 P.c -lm: the limit
  python3, lua5.4, luajit-joff, luajit         PEERS/py/P.py and PEERS/lua/P.lua (fib loop sieve nbody bintrees)
VM instruction counts: after the rounds, the voxvm (C) and .vvs commands run once more under
`voxvm --profile` (not timed); the count of executed instructions is deterministic, so it
compares compiler output across commits without noise. --runs 0 does only that (and the
output checks).
PicoC runs the copies in bench/picoc/ at the smaller sizes of bench/picoc/sizes, in
its own table, against voxvm running the same copies (whole process, and net of the
start-up of each, measured with the start-up arguments of bench/picoc/sizes).
"""
import argparse
import datetime
import json
import math
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent

# name: (program, full-size arguments, --quick arguments). Full sizes are the peers' sizes.
BENCHES = {
    "start": ("fib", "0", "0"),
    "fib": ("fib", "32", "27"),
    "fib35": ("fib", "35", "30"),
    "loop": ("loop", "90000000", "10000000"),
    "sieve": ("sieve", "10000000 5", "1000000 2"),
    "nbody": ("nbody", "1000000", "100000"),
    "bintrees": ("bintrees", "16", "12"),
    "fannkuch": ("fannkuch", "9", "8"),
    "spectralnorm": ("spectralnorm", "1000", "300"),
    "mandelbrot": ("mandelbrot", "1000", "300"),
    "strhash": ("strhash", "100000", "20000"),
}
DEFAULT_BENCHES = ["start", "fib35", "loop", "sieve", "nbody", "bintrees", "fannkuch",
                   "spectralnorm", "mandelbrot", "strhash"]
EXTRA = ["picoc", "compile", "asm"]       # selections that are not a single program
ORIGINAL5 = {"fib", "loop", "sieve", "nbody", "bintrees"}
WAT = {"fib", "loop", "sieve", "nbody"}
IMPLS = ["voxvm", "voxvm-vve", "vvs", "wasmi-O1", "wasmi-O2", "wasmi-wat", "tcc", "gcc",
         "python3", "lua5.4", "luajit-joff", "luajit"]
HEADINGS = {"voxvm": "voxvm (C)", "voxvm-vve": "voxvm .vve", "vvs": ".vvs twin",
            "wasmi-O1": "wasmi -O1", "wasmi-O2": "wasmi -O2", "wasmi-wat": "wasmi .wat twin",
            "tcc": "tcc -run", "gcc": "gcc -O2", "python3": "python3", "lua5.4": "lua5.4",
            "luajit-joff": "luajit -joff", "luajit": "luajit", "picoc": "PicoC"}
APT = "apt-get install -y hyperfine tcc lua5.4 luajit clang-14 lld-14 wasi-libc libclang-rt-14-dev-wasm32"
PICOC_COMMIT = "4f6cae8"
PICOC_RECIPE = ("PicoC (github zsaleeba/picoc at {commit}, third-party: fetch and build it by hand "
                "outside the repository with its own Makefile) not found at {dir}; set PICOC=/path/to/picoc")


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def fmt_s(t):
    if t is None:
        return "-"
    if t >= 10:
        return f"{t:.1f}"
    if t >= 1:
        return f"{t:.2f}"
    if t >= 0.1:
        return f"{t:.3f}"
    return f"{t:.4f}"


def fmt_r(r):
    if r is None:
        return "-"
    if r >= 100:
        return f"{r:.0f}"
    if r >= 10:
        return f"{r:.1f}"
    return f"{r:.2f}"


def geomean(xs):
    xs = [x for x in xs if x]
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else None


def measure(argv, cwd=None):
    """Run argv with stdout and stderr to /dev/null; (cpu seconds, wall seconds, exit status)."""
    t0 = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        try:
            if cwd:
                os.chdir(cwd)
            fd = os.open(os.devnull, os.O_WRONLY)
            os.dup2(fd, 1)
            os.dup2(fd, 2)
            os.execvp(argv[0], argv)
        finally:
            os._exit(127)
    _, status, ru = os.wait4(pid, 0)
    wall = time.perf_counter() - t0
    return ru.ru_utime + ru.ru_stime, wall, os.waitstatus_to_exitcode(status)


def capture(argv, cwd=None, timeout=None):
    """Run argv; (exit status, stdout bytes, stderr text)."""
    try:
        p = subprocess.run(argv, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    except (OSError, subprocess.TimeoutExpired) as e:
        return 127, b"", str(e)
    return p.returncode, p.stdout, p.stderr.decode(errors="replace")


def first_line(argv):
    try:
        p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=20)
        return p.stdout.decode(errors="replace").strip().splitlines()[0]
    except Exception:
        return "?"


def picoc_sizes():
    """{program: (arguments, start-up arguments)} from bench/picoc/sizes."""
    sizes = {}
    for line in (BENCH / "picoc/sizes").read_text().splitlines():
        line = line.split("#")[0]
        if line.strip():
            main, _, start = line.partition("|")
            words = main.split()
            sizes[words[0]] = (words[1:], start.split())
    return sizes


def loadavg():
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "?"


class Suite:
    def __init__(self, a):
        self.a = a
        self.quick = a.quick
        self.peers = Path(a.peers).resolve()
        self.voxvm, self.voxcc, self.voxasm = a.voxvm, a.voxcc, a.voxasm
        self.work = Path(tempfile.mkdtemp(prefix="voxvm-bench."))
        self.out = Path(a.out)
        self.out.mkdir(parents=True, exist_ok=True)
        self.fail = False
        self.skipped = []       # (what, why)
        self.notes = []
        self.available = {}
        self.python = a.python
        peer_build = Path(a.peer_build)
        self.wasmi = Path(os.environ.get("WASMI_HARNESS") or peer_build / "target/release/wasmi-harness")
        self.picoc = Path(os.environ.get("PICOC") or peer_build / "picoc/picoc")
        self.peer_build = peer_build
        self.sel = a.bench.split() if a.bench else DEFAULT_BENCHES + EXTRA
        self.impls = a.impl.split() if a.impl else IMPLS + ["picoc"]
        self.runs = a.runs if a.runs is not None else (3 if self.quick else 5)
        self.py_runs = min(self.runs, 3)
        self.load_start = loadavg()
        self.date = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")

    def skip(self, what, why):
        self.skipped.append((what, why))
        log(f"-- skipped {what}: {why}")

    def args_of(self, bench):
        prog, full, quick = BENCHES[bench]
        return (quick if self.quick else full).split()

    # ---- tools and builds
    def find_tools(self):
        av = self.available
        av["voxvm"] = av["voxvm-vve"] = av["vvs"] = True
        av["gcc"] = shutil.which("gcc") is not None
        if not av["gcc"]:
            self.skip("gcc -O2", "gcc is missing: apt-get install -y gcc")
        av["tcc"] = shutil.which("tcc") is not None
        if not av["tcc"]:
            self.skip("tcc -run", "tcc is missing: apt-get install -y tcc")
        clang = shutil.which("clang-14")
        self.clang = clang
        wasm_ok = False
        if not clang:
            self.skip("wasmi -O1/-O2", "clang-14 is missing: apt-get install -y clang-14 lld-14 wasi-libc libclang-rt-14-dev-wasm32")
        else:
            probe = self.work / "probe.c"
            probe.write_text("#include <stdio.h>\nint main(void) { puts(\"ok\"); return 0; }\n")
            rc, _, err = capture([clang, "--target=wasm32-wasi", "-O1", "-o", str(self.work / "probe.wasm"), str(probe)])
            if rc == 0:
                wasm_ok = True
            else:
                self.skip("wasmi -O1/-O2", "clang-14 cannot build for wasm32-wasi (" + err.strip().splitlines()[-1][:120]
                          + "): apt-get install -y lld-14 wasi-libc libclang-rt-14-dev-wasm32")
        harness = self.wasmi.is_file() and os.access(self.wasmi, os.X_OK)
        if not harness:
            self.skip("wasmi", f"no wasmi-harness at {self.wasmi}: build it with "
                      f"CARGO_TARGET_DIR={self.peer_build}/target cargo build --release "
                      f"--manifest-path {self.peers}/wasmi-harness/Cargo.toml (or set WASMI_HARNESS)")
        av["wasmi-O1"] = av["wasmi-O2"] = wasm_ok and harness
        av["wasmi-wat"] = harness
        av["python3"] = bool(self.python)
        av["lua5.4"] = shutil.which("lua5.4") is not None
        if not av["lua5.4"]:
            self.skip("lua5.4", "apt-get install -y lua5.4")
        av["luajit"] = av["luajit-joff"] = shutil.which("luajit") is not None
        if not av["luajit"]:
            self.skip("luajit", "apt-get install -y luajit")
        av["picoc"] = self.picoc.is_file() and os.access(self.picoc, os.X_OK)
        if not av["picoc"] and "picoc" in self.sel and "picoc" in self.impls:
            self.skip("PicoC", "no binary at " + str(self.picoc) + ". "
                      + PICOC_RECIPE.format(commit=PICOC_COMMIT, dir=self.peer_build / "picoc"))

    def build(self, programs):
        """Compile each program every way the selection needs; returns False on a hard failure."""
        ok = True
        for p in sorted(programs):
            src = self.peers / "c" / f"{p}.c"
            rc, _, err = capture([self.voxcc, str(src), "-o", str(self.work / f"{p}.vve")])
            if rc != 0:
                log(f"!! voxcc failed on {src}:\n{err}")
                self.fail = True
                ok = False
            if self.available["gcc"]:
                rc, _, err = capture(["gcc", "-O2", "-o", str(self.work / f"{p}.gcc"), str(src), "-lm"])
                if rc != 0:
                    log(f"!! gcc failed on {src}:\n{err}")
                    self.fail = True
            for lvl in ("O1", "O2"):
                if self.available[f"wasmi-{lvl}"]:
                    rc, _, err = capture([self.clang, "--target=wasm32-wasi", f"-{lvl}", "-o",
                                          str(self.work / f"{p}.{lvl}.wasm"), str(src)])
                    if rc != 0:
                        log(f"!! clang-14 -{lvl} failed on {src}:\n{err}")
                        self.fail = True
            vvs = BENCH / f"{p}.vvs"
            if vvs.exists():
                rc, _, err = capture([self.voxasm, str(vvs), "-o", str(self.work / f"{p}-vvs.vve")])
                if rc != 0:
                    log(f"!! voxasm failed on {vvs}:\n{err}")
                    self.fail = True
        return ok

    def command(self, impl, prog, args):
        """The argv that runs prog with args under impl, or None where impl has no such program."""
        w, src = self.work, str(self.peers / "c" / f"{prog}.c")
        if not self.available.get(impl):
            return None
        if impl == "voxvm":
            return [self.voxvm, src, *args]
        if impl == "voxvm-vve":
            return [self.voxvm, str(w / f"{prog}.vve"), *args]
        if impl == "vvs":
            f = w / f"{prog}-vvs.vve"
            return [self.voxvm, str(f), *args] if f.exists() else None
        if impl in ("wasmi-O1", "wasmi-O2"):
            f = w / f"{prog}.{impl[-2:]}.wasm"
            return [str(self.wasmi), "wasi", str(f), *args] if f.exists() else None
        if impl == "wasmi-wat":
            f = self.peers / "wat" / f"{prog}.wat"
            return [str(self.wasmi), prog, str(f), *args] if prog in WAT and f.exists() else None
        if impl == "tcc":
            return ["tcc", "-run", src, *args]
        if impl == "gcc":
            f = w / f"{prog}.gcc"
            return [str(f), *args] if f.exists() else None
        if prog not in ORIGINAL5:
            return None
        if impl == "python3":
            return [self.python, str(self.peers / "py" / f"{prog}.py"), *args]
        if impl == "lua5.4":
            return ["lua5.4", str(self.peers / "lua" / f"{prog}.lua"), *args]
        if impl == "luajit-joff":
            return ["luajit", "-joff", str(self.peers / "lua" / f"{prog}.lua"), *args]
        if impl == "luajit":
            return ["luajit", str(self.peers / "lua" / f"{prog}.lua"), *args]
        return None

    # ---- the programs
    def plan(self):
        """[(key, expected bytes, {impl: argv})] for every benchmark of the selection."""
        benches = [b for b in self.sel if b in BENCHES]
        programs = {BENCHES[b][0] for b in benches}
        picoc = "picoc" in self.sel and "picoc" in self.impls
        sizes = picoc_sizes() if picoc else {}
        programs |= set(sizes)
        self.build(programs)
        jobs = []
        for b in benches:
            prog = BENCHES[b][0]
            args = self.args_of(b)
            want = self.expected(b, prog, args)
            if want is None:
                continue
            cmds = {}
            for impl in self.impls:
                if impl == "picoc":
                    continue
                c = self.command(impl, prog, args)
                if c:
                    cmds[impl] = c
            jobs.append((b, want, cmds))
        if picoc:
            for prog, (args, start) in sizes.items():
                want = (BENCH / f"picoc/expected/{prog}.txt").read_bytes()
                gcc = self.command("gcc", prog, args)
                if gcc:  # the expected file is gcc's output of the original at this size
                    rc, out, _ = capture(gcc)
                    if out != want:
                        log(f"!! bench/picoc/expected/{prog}.txt is not what gcc's build of c/{prog}.c prints for {' '.join(args)}")
                        self.fail = True
                copy = str(BENCH / f"picoc/{prog}.c")
                for key, a, w in ((f"picoc:{prog}", args, want), (f"picoc-start:{prog}", start, None)):
                    cmds = {"voxvm": [self.voxvm, copy, *a]}
                    if self.available["picoc"]:
                        cmds["picoc"] = [str(self.picoc), copy, "-", *a]
                    jobs.append((key, w, cmds))
        return jobs

    def expected(self, bench, prog, args):
        """gcc's output at these arguments; at full size also the peers' expected file."""
        ref = self.peers / "expected" / f"{bench}.txt"
        want = ref.read_bytes() if (not self.quick and ref.exists()) else None
        gcc = self.command("gcc", prog, args)
        if gcc:
            rc, out, err = capture(gcc)
            if rc != 0:
                log(f"!! gcc's build of {prog} failed: {err}")
                self.fail = True
                return want
            if want is not None and out != want:
                log(f"!! gcc's {prog} {' '.join(args)} does not print {ref}")
                self.fail = True
            return out if want is None else want
        if want is None:
            self.skip(bench, "no expected output (quick sizes need gcc to compute it)")
        return want

    def check(self, jobs):
        """Run every command once (the warm-up), drop the wrong ones."""
        for key, want, cmds in jobs:
            for impl in list(cmds):
                rc, out, err = capture(cmds[impl])
                if rc != 0 or (want is not None and out != want):
                    self.fail = True
                    log(f"!! WRONG OUTPUT or exit {rc}: {key} / {impl}: {' '.join(cmds[impl])}")
                    log("   got: " + out.decode(errors='replace')[:300].replace("\n", "\\n")
                        + "   want: " + (want or b"").decode(errors='replace')[:300].replace("\n", "\\n"))
                    if err.strip():
                        log("   stderr: " + err.strip()[:500])
                    del cmds[impl]

    def rounds(self, jobs):
        """Interleaved timed rounds; returns {key: {impl: [(cpu, wall, round, load)]}}."""
        res = {key: {impl: [] for impl in cmds} for key, _, cmds in jobs}
        for r in range(self.runs):
            load = os.getloadavg()[0]
            t0 = time.time()
            for key, _, cmds in jobs:
                order = list(cmds)
                k = r % len(order)
                order = order[k:] + order[:k]
                for impl in order:
                    if impl == "python3" and r >= self.py_runs:
                        continue
                    cpu, wall, rc = measure(cmds[impl])
                    if rc != 0:
                        log(f"!! {key} / {impl} exited with {rc} in round {r + 1}")
                        self.fail = True
                        continue
                    res[key][impl].append((cpu, wall, r, load))
            log(f"== round {r + 1}/{self.runs} done in {time.time() - t0:.0f} s (load {loadavg()})")
        return res

    # ---- VM instruction counts
    def count_instructions(self, jobs):
        """{bench: {impl: (count, [(opcode, percent)...])}} from one `voxvm --profile` run of the
        voxvm (C) and .vvs twin commands at the run's sizes. Deterministic, so one run each,
        two at a time (they are not timed). The full profiles go to the --out folder."""
        todo = []
        for key, _, cmds in jobs:
            if key not in BENCHES:
                continue
            for impl in ("voxvm", "vvs"):
                if impl in cmds:
                    todo.append((key, impl, [cmds[impl][0], "--profile", *cmds[impl][1:]]))

        def one(item):
            key, impl, argv = item
            rc, _, err = capture(argv)
            (self.out / f"profile.{key}.{impl}.txt").write_text(err)
            lines = err.splitlines()
            head = [ln for ln in lines if ln.startswith("profile: ")]
            if rc != 0 or not head:
                return key, impl, None
            count = int(head[-1].split()[1])
            top = []
            i = lines.index(head[-1])
            for ln in lines[i + 2:i + 5]:
                w = ln.split()
                if len(w) == 3 and w[2].endswith("%"):
                    top.append((w[0], w[2]))
            return key, impl, (count, top)

        from concurrent.futures import ThreadPoolExecutor
        counts = {}
        with ThreadPoolExecutor(max_workers=max(1, min(2, os.cpu_count() or 1))) as ex:
            for key, impl, c in ex.map(one, todo):
                if c is None:
                    log(f"!! voxvm --profile gave no instruction count for {key} / {impl}")
                    self.fail = True
                    continue
                counts.setdefault(key, {})[impl] = c
        return counts

    def counts_table(self, counts, res):
        keys = [k for k in BENCHES if k in counts]
        if not keys:
            return ""
        out = ["### VM instructions executed (`voxvm --profile`; deterministic, so comparable across commits "
               "and machines)\n",
               "| bench | arguments | C (voxcc) | .vvs twin | C / .vvs | C: CPU ns per instruction | "
               "C: top opcodes |",
               "|---|---|---:|---:|---:|---:|---|"]
        rs = []
        for k in keys:
            c, v = counts[k].get("voxvm"), counts[k].get("vvs")
            r = c[0] / v[0] if c and v else None
            if r and k != "start":
                rs.append(r)
            # ns per instruction from the .vve column (no compile time), else from voxvm (C)
            t = self.med(res.get(k, {}).get("voxvm-vve", [])) or self.med(res.get(k, {}).get("voxvm", []))
            ns = f"{t / c[0] * 1e9:.2f}" if c and t and c[0] > 10**6 else "-"
            top = ", ".join(f"{op} {pc}" for op, pc in c[1]) if c else "-"
            out.append(f"| {k} | {' '.join(self.args_of(k))} | {f'{c[0]:,}' if c else '-'} | "
                       f"{f'{v[0]:,}' if v else '-'} | {fmt_r(r)} | {ns} | {top} |")
        if rs:
            out.append(f"| **geomean (without start)** | | | | {fmt_r(geomean(rs))} | | |")
        out.append("")
        out.append("Counts include start-up and exit (`_start`, the C library's initialisation, `printf` "
                   "and flushing: about 200 instructions, the start row). The full `--profile` output of each "
                   "(per opcode and per function) is in the `--out` folder as `profile.BENCH.IMPL.txt`. "
                   "`bench/run --runs 0` checks the outputs and prints only this table (no timing), a quick "
                   "way to compare two commits of the compiler.\n")
        return "\n".join(out)

    # ---- tables
    @staticmethod
    def med(samples, i=0):
        return statistics.median(s[i] for s in samples) if samples else None

    @staticmethod
    def paired(samples, ref):
        """Median over rounds of t(impl) / t(ref), CPU time, rounds where both ran."""
        refs = {s[2]: s[0] for s in ref}
        rs = [s[0] / refs[s[2]] for s in samples if s[2] in refs and refs[s[2]] > 0]
        return statistics.median(rs) if rs else None

    def program_tables(self, res, jobs):
        keys = [k for k, _, _ in jobs if k in BENCHES]
        impls = [i for i in IMPLS if any(res[k].get(i) for k in keys)]
        out = []
        head = "| bench | arguments | " + " | ".join(HEADINGS[i] for i in impls) + " |"
        sep = "|---|---|" + "---:|" * len(impls)
        args = {k: " ".join(self.args_of(k)) for k in keys}

        out.append("### Ratio to voxvm running the C program (paired CPU time; above 1 = voxvm is faster)\n")
        out.append(head)
        out.append(sep)
        ratios = {}
        for k in keys:
            ref = res[k].get("voxvm", [])
            row = []
            for i in impls:
                r = self.paired(res[k][i], ref) if res[k].get(i) and ref else None
                ratios[(k, i)] = r
                row.append(fmt_r(r) if i != "voxvm" or r is None else "1")
            out.append(f"| {k} | {args[k]} | " + " | ".join(row) + " |")
        progs = [k for k in keys if k != "start"]
        groups = [("geomean, all programs", progs)]
        five = [k for k in progs if BENCHES[k][0] in ORIGINAL5]
        if five and len(five) < len(progs):
            groups.append(("geomean, fib loop sieve nbody bintrees", five))
        more = [k for k in progs if BENCHES[k][0] not in ORIGINAL5]
        if more and five:
            groups.append(("geomean, the four C-only programs", more))
        for label, ks in groups:
            row = []
            for i in impls:
                rs = [ratios[(k, i)] for k in ks if ratios.get((k, i))]
                g = geomean(rs)
                row.append("-" if g is None else (fmt_r(g) + ("" if len(rs) == len(ks) else f" ({len(rs)})")))
            out.append(f"| **{label}** | | " + " | ".join(row) + " |")
        out.append("")
        out.append("start = fib(0): process start-up plus compiling or loading fib. A geomean over fewer "
                   "programs than the row names shows their number in parentheses. "
                   "`-`: the implementation has no version of that program.\n")

        for title, idx in (("Median CPU seconds (user + system, whole process)", 0),
                           ("Median wall seconds (whole process; noisier than CPU time on a shared machine)", 1)):
            out.append(f"### {title}\n")
            out.append(head.replace("| bench | arguments |", "| bench | arguments |"))
            out.append(sep)
            for k in keys:
                row = [fmt_s(self.med(res[k].get(i, []), idx)) for i in impls]
                out.append(f"| {k} | {args[k]} | " + " | ".join(row) + " |")
            out.append("")
        n = {i: max((len(res[k].get(i, [])) for k in keys), default=0) for i in impls}
        out.append("Timed runs per cell: " + ", ".join(f"{HEADINGS[i]} {n[i]}" for i in impls) + ".\n")
        return "\n".join(out), ratios

    def picoc_table(self, res, jobs):
        keys = [k for k, _, _ in jobs if k.startswith("picoc:")]
        if not keys:
            return "", {}
        sizes = picoc_sizes()
        out = ["| program | arguments | PicoC CPU s | voxvm CPU s | PicoC / voxvm | start-up args | PicoC start-up s "
               "| voxvm start-up s | net: PicoC / voxvm |",
               "|---|---|---:|---:|---:|---|---:|---:|---:|"]
        ratios = {}
        for k in keys:
            p = k.split(":", 1)[1]
            r, r0 = res[k], res.get(f"picoc-start:{p}", {})
            pc, vx = r.get("picoc", []), r.get("voxvm", [])
            whole = self.paired(pc, vx) if pc and vx else None
            net = None
            if pc and vx and r0.get("picoc") and r0.get("voxvm"):
                # per round: (PicoC - its start-up) / (voxvm - its start-up)
                s0 = {x[2]: x[0] for x in r0["picoc"]}
                v0 = {x[2]: x[0] for x in r0["voxvm"]}
                vv = {x[2]: x[0] for x in vx}
                rs = [(x[0] - s0[x[2]]) / (vv[x[2]] - v0[x[2]]) for x in pc
                      if x[2] in s0 and x[2] in v0 and x[2] in vv and vv[x[2]] > v0[x[2]]]
                net = statistics.median(rs) if rs else None
            ratios[p] = (whole, net)
            out.append(f"| {p} | {' '.join(sizes[p][0])} | {fmt_s(self.med(pc))} | {fmt_s(self.med(vx))} | {fmt_r(whole)} "
                       f"| {' '.join(sizes[p][1])} | {fmt_s(self.med(r0.get('picoc', [])))} "
                       f"| {fmt_s(self.med(r0.get('voxvm', [])))} | {fmt_r(net)} |")
        ga = geomean([v[0] for v in ratios.values()])
        gb = geomean([v[1] for v in ratios.values()])
        out.append(f"| **geomean** | | | | {fmt_r(ga)} | | | | {fmt_r(gb)} |")
        return "\n".join(out) + "\n", ratios

    # ---- compiler throughput and hello world
    def compile_section(self):
        out = []
        lines_target = 100000 if self.quick else 500000
        big = self.work / "big.c"
        rc, _, err = capture([sys.executable, str(BENCH / "gen_c.py"), "-n", str(lines_target), "-o", str(big)])
        if rc != 0:
            log("!! gen_c.py failed: " + err)
            self.fail = True
            return ""
        text = big.read_bytes()
        nlines, nbytes = text.count(b"\n"), len(text)
        nfuncs = text.count(b"\nstatic long fn_")
        log(f"== compile: {nlines:,} lines, checking voxcc's build against tcc -run")
        # voxcc holds itself to a 1 GiB cap by default, budgeting 256 bytes a
        # token; the 500,000-line file has about 5 million tokens.
        cap = ["--max-memory", "4g"]
        rc, _, err = capture([self.voxcc, *cap, str(big), "-o", str(self.work / "big.vve")])
        if rc != 0:
            log("!! voxcc failed on the generated file:\n" + err[:2000])
            self.fail = True
            return ""
        rc1, got, _ = capture([self.voxvm, str(self.work / "big.vve")])
        # -O0: no optimisation, for the fastest compile (a report only).
        rc, _, err = capture([self.voxcc, "-O0", *cap, str(big), "-o", str(self.work / "big0.vve")])
        rc0, got0, _ = capture([self.voxvm, str(self.work / "big0.vve")])
        if rc != 0 or rc0 != rc1 or got0 != got:
            log(f"!! voxcc -O0's build prints {got0!r} (exit {rc0}), the default build {got!r} (exit {rc1})")
            self.fail = True
        # voxcc optimises and allocates functions on one worker thread per
        # core (-j 0); -j 1 is the one-thread figure.
        cmds = {"voxcc": [self.voxcc, *cap, str(big), "-o", "/dev/null"],
                "voxcc -j 1": [self.voxcc, "-j", "1", *cap, str(big), "-o", "/dev/null"],
                "voxcc -O0": [self.voxcc, "-O0", *cap, str(big), "-o", "/dev/null"]}
        if self.available["tcc"]:
            rc2, want, _ = capture(["tcc", "-run", str(big)])
            if rc1 != 0 or got != want:
                log(f"!! the generated program prints {got!r} under voxvm, {want!r} under tcc -run")
                self.fail = True
            cmds["tcc"] = ["tcc", "-c", str(big), "-o", "/dev/null"]
            capture(cmds["tcc"])
        else:
            self.skip("compile throughput of tcc", "apt-get install -y tcc")
        runs = self.runs
        samples = {k: [] for k in cmds}
        rss = {}
        for r in range(runs):
            for k in (list(cmds) if r % 2 == 0 else list(cmds)[::-1]):
                t0 = time.perf_counter()
                p = subprocess.Popen(cmds[k], stdout=subprocess.DEVNULL)
                _, status, ru = os.wait4(p.pid, 0)
                p.returncode = os.waitstatus_to_exitcode(status)
                samples[k].append((ru.ru_utime + ru.ru_stime, time.perf_counter() - t0, r, 0))
                rss[k] = max(rss.get(k, 0), ru.ru_maxrss)
        out.append(f"The file: `bench/gen_c.py -n {lines_target}`: {nlines:,} lines, {nbytes / 1e6:.1f} MB, "
                   f"{nfuncs:,} functions (loops over arrays, structs and linked lists with malloc/free, "
                   "string literals and <string.h>, switch, floating point, bit twiddling, calls); "
                   "it compiles with gcc -std=c99 -Wall -fsyntax-only without a warning, and voxvm's build "
                   "prints what `tcc -run` prints (checked in this run).\n")
        out.append("| compiler | command | median CPU s | lines/s (CPU) | median wall s | lines/s (wall) | peak RSS |")
        out.append("|---|---|---:|---:|---:|---:|---:|")
        figures, wall_figures = {}, {}
        for k, c in cmds.items():
            cpu, wall = self.med(samples[k]), self.med(samples[k], 1)
            figures[k] = nlines / cpu
            wall_figures[k] = nlines / wall
            shown = " ".join(c).replace(str(big), "big.c").replace(self.voxcc, "voxcc")
            out.append(f"| {k} | `{shown}` | {cpu:.3f} | {nlines / cpu:,.0f} | {wall:.3f} | {nlines / wall:,.0f} | {rss[k] / 1024:,.0f} MB |")
        if "tcc" in figures:
            out.append(f"\nvoxcc compiles at {figures['voxcc'] / figures['tcc']:.2f}x tcc's speed, and at "
                       f"{figures['voxcc -O0'] / figures['tcc']:.2f}x with -O0 (no optimisation; its build prints the same) "
                       f"(CPU time, median of {runs} alternating runs each).\n")

        # hello world, compile + run, wall time
        hello = self.work / "hello.c"
        hello.write_text('#include <stdio.h>\nint main(void) { puts("hi"); return 0; }\n')
        capture([self.voxcc, str(hello), "-o", str(self.work / "hello.vve")])
        hcmds = [("voxvm hello.c", [self.voxvm, str(hello)]),
                 ("voxvm hello.vve", [self.voxvm, str(self.work / "hello.vve")])]
        if self.available["tcc"]:
            hcmds.append(("tcc -run hello.c", ["tcc", "-run", str(hello)]))
        hello_ms = None
        if shutil.which("hyperfine"):
            n = 30 if self.quick else 100
            js = self.out / "hello.json"
            rc, _, err = capture(["hyperfine", "-N", "--style", "none", "--warmup", "5", "--runs", str(n),
                                  "--export-json", str(js)] + [" ".join(c) for _, c in hcmds])
            if rc == 0:
                data = json.loads(js.read_text())["results"]
                out.append(f"Hello world (`#include <stdio.h>` + `int main(void) {{ puts(\"hi\"); return 0; }}`), "
                           f"whole process, `hyperfine -N --warmup 5 --runs {n}`:\n")
                out.append("| command | median wall ms | min-max ms | mean user+system ms |")
                out.append("|---|---:|---:|---:|")
                for (label, _), d in zip(hcmds, data):
                    med = statistics.median(d["times"]) * 1e3
                    if label == "voxvm hello.c":
                        hello_ms = med
                        self.hello_cpu_ms = (d["user"] + d["system"]) * 1e3
                    if label == "tcc -run hello.c":
                        self.hello_tcc_ms = med
                    out.append(f"| `{label}` | {med:.2f} | {min(d['times']) * 1e3:.2f}-{max(d['times']) * 1e3:.2f} | "
                               f"{(d['user'] + d['system']) * 1e3:.2f} |")
                out.append("")
            else:
                log("!! hyperfine failed on hello world: " + err[:500])
                self.fail = True
        else:
            self.skip("hello world", "hyperfine is missing: apt-get install -y hyperfine")

        # compile time of each benchmark program
        progs = sorted({BENCHES[b][0] for b in DEFAULT_BENCHES})
        rows = []
        per = {p: {"voxcc": [], "tcc": []} for p in progs}
        for r in range(10 if self.quick else 20):
            for p in progs:
                src = str(self.peers / "c" / f"{p}.c")
                per[p]["voxcc"].append(measure([self.voxcc, src, "-o", "/dev/null"]))
                if self.available["tcc"]:
                    per[p]["tcc"].append(measure(["tcc", "-c", src, "-o", "/dev/null"]))
        out.append("Compiling each benchmark program (`voxcc P.c -o /dev/null`, `tcc -c P.c -o /dev/null`; "
                   "median CPU ms, whole process, 20 alternating runs):\n")
        out.append("| program | voxcc ms | tcc ms |")
        out.append("|---|---:|---:|")
        for p in progs:
            v = statistics.median(s[0] for s in per[p]["voxcc"]) * 1e3
            t = statistics.median(s[0] for s in per[p]["tcc"]) * 1e3 if per[p]["tcc"] else None
            out.append(f"| {p} | {v:.1f} | {'-' if t is None else f'{t:.1f}'} |")
        out.append("")
        self.compile_figures = (figures, wall_figures, hello_ms, nlines)
        return "\n".join(out)

    # ---- assembler and loader throughput (the old `asm` selection)
    def asm_section(self):
        lines = 200000 if self.quick else 1000000
        vvs, vve = self.work / "big.vvs", self.work / "big.vve"
        rc, _, err = capture([sys.executable, str(BENCH / "gen_asm.py"), "-n", str(lines), "-o", str(vvs)])
        if rc != 0:
            log("!! gen_asm.py failed: " + err)
            self.fail = True
            return ""
        tiny = self.work / "tiny.vvs"
        tiny.write_text(".func main\n    movi.i64 r0, 0\n    halt r0\n.end\n")
        capture([self.voxasm, str(tiny), "-o", str(self.work / "tiny.vve")])
        asm_cmd = [self.voxasm, str(vvs), "-o", str(self.work / "big-asm.vve")]
        capture(asm_cmd)
        big = [self.voxvm, str(self.work / "big-asm.vve")]
        small = [self.voxvm, str(self.work / "tiny.vve")]
        if capture(big)[0] != 0:
            log("!! the generated assembly does not run")
            self.fail = True
            return ""
        a, b, c = [], [], []
        for _ in range(self.runs):
            a.append(measure(asm_cmd))
        for _ in range(10 if self.quick else 20):
            b.append(measure(big))
            c.append(measure(small))
        text = vvs.read_text()
        nlines = text.count("\n")
        ninstr = sum(1 for ln in text.splitlines() if ln.startswith("    ") and not ln.startswith("    ;"))
        size = (self.work / "big-asm.vve").stat().st_size
        ma = statistics.median(x[0] for x in a)
        mb = statistics.median(x[0] for x in b)
        mc = statistics.median(x[0] for x in c)
        out = ["| measurement | result | details |", "|---|---:|---|",
               f"| assembler (`voxasm big.vvs -o big.vve`) | {nlines / ma:,.0f} lines/s | {nlines:,} lines "
               f"({ninstr:,} instructions, {len(text) / 1e6:.1f} MB) in {ma:.3f} CPU s, median of {len(a)} |"]
        if mb > mc:
            out.append(f"| load+verify (`voxvm big.vve`, main halts at once) | {size / 1e6 / (mb - mc):,.1f} MB/s | "
                       f"{size / 1e6:.2f} MB .vve in {mb - mc:.4f} CPU s = median {mb:.4f} s minus a trivial module's "
                       f"{mc:.4f} s ({len(b)} alternating runs each) |")
        return "\n".join(out) + "\n\nMethod: `bench/gen_asm.py` writes a compiler-like program; load+verify " \
            "subtracts the start-up of a 2-instruction module.\n"

    # ---- targets of issue 13
    def targets(self, res, ratios, pratios):
        out = ["| target | measured | met |", "|---|---|---|"]
        progs = [k for k in res if k in BENCHES and k != "start"]

        def row(t, m, ok):
            out.append(f"| {t} | {m} | {'yes' if ok else '**no**'} |")

        def pair(k, a, b):
            return self.paired(res[k].get(a, []), res[k].get(b, [])) if res[k].get(a) and res[k].get(b) else None
        o1 = {k: ratios.get((k, "wasmi-O1")) for k in progs if ratios.get((k, "wasmi-O1"))}
        if o1:
            worst = min(o1, key=o1.get)
            row("C ahead of wasmi -O1 on every program (wasmi time / voxvm time > 1)",
                f"{sum(v > 1 for v in o1.values())} of {len(o1)} ahead, lowest {worst} {fmt_r(o1[worst])}: "
                + ", ".join(f"{k} {fmt_r(v)}" for k, v in o1.items()), all(v > 1 for v in o1.values()))
        o2 = {k: ratios.get((k, "wasmi-O2")) for k in progs if ratios.get((k, "wasmi-O2"))}
        if o2:
            g = geomean(o2.values())
            row("C geomean at least even with wasmi -O2 (>= 1)", f"{fmt_r(g)} over {len(o2)} programs: "
                + ", ".join(f"{k} {fmt_r(v)}" for k, v in o2.items()), g >= 1)
        vv = {k: pair(k, "voxvm", "vvs") for k in progs if pair(k, "voxvm", "vvs")}
        if vv:
            row("C within 1.25x of the hand-written .vvs (C time / .vvs time <= 1.25)",
                ", ".join(f"{k} {fmt_r(v)}" for k, v in vv.items()), all(v <= 1.25 for v in vv.values()))
        if pratios:
            row(">= 100x faster than PicoC on every program it runs: net of start-up (whole process in parentheses)",
                ", ".join(f"{p} {fmt_r(b)} ({fmt_r(a)})" for p, (a, b) in pratios.items()),
                all(b and b >= 100 for a, b in pratios.values()))
        for peer in ("tcc", "gcc"):
            rs = [ratios.get((k, peer)) for k in progs if ratios.get((k, peer))]
            if rs:
                out.append(f"| distance to {HEADINGS[peer]} (report only) | voxvm takes {fmt_r(1 / geomean(rs))}x "
                           f"its time, geomean (from {fmt_r(1 / max(rs))}x to {fmt_r(1 / min(rs))}x) | - |")
        wat = {k: pair(k, "vvs", "wasmi-wat") for k in progs if pair(k, "vvs", "wasmi-wat")}
        if wat:
            row("interpreter: .vvs ahead of wasmi running the .wat twin by >= 10% (.vvs time / wasmi time <= 0.90)",
                ", ".join(f"{k} {v:.2f}" for k, v in wat.items()), all(v <= 0.90 for v in wat.values()))
        wc = {k: pair(k, "voxvm", "wasmi-wat") for k in progs if pair(k, "voxvm", "wasmi-wat")}
        if wc:
            out.append("| compiled C against wasmi running the .wat twin (report only; voxvm time / wasmi time) | "
                       + ", ".join(f"{k} {v:.2f}" for k, v in wc.items()) + " | - |")
        py = {k: ratios.get((k, "python3")) for k in progs if ratios.get((k, "python3"))}
        if py:
            g = geomean(py.values())
            row("Python 3 geomean >= 10x (compiled C)", f"{fmt_r(g)} over {len(py)} programs", g >= 10)
            pv = {k: pair(k, "python3", "vvs") for k in py if pair(k, "python3", "vvs")}
            if pv:
                g2 = geomean(pv.values())
                row("Python 3 geomean >= 10x (the .vvs twins)", f"{fmt_r(g2)} over {len(pv)} programs", g2 >= 10)
            for k in [k for k in py if BENCHES[k][0] == "bintrees"]:
                row("binary-trees >= 2x Python (compiled C)", fmt_r(py[k]), py[k] >= 2)
                if pv.get(k):
                    row("binary-trees >= 2x Python (.vvs twin)", fmt_r(pv[k]), pv[k] >= 2)
        cf = getattr(self, "compile_figures", None)
        if cf:
            figures, wall_figures, hello_ms, nlines = cf
            row("compiler >= 500,000 lines/s (CPU time)", f"{figures['voxcc']:,.0f} lines/s"
                + f" ({figures['voxcc -j 1']:,.0f} on one thread"
                + (f"; tcc: {figures['tcc']:,.0f})" if "tcc" in figures else ")"), figures["voxcc"] >= 500000)
            row("compiler >= 500,000 lines/s (wall time)", f"{wall_figures['voxcc']:,.0f} lines/s"
                + f" ({wall_figures['voxcc -j 1']:,.0f} on one thread"
                + (f"; tcc: {wall_figures['tcc']:,.0f})" if "tcc" in wall_figures else ")"),
                wall_figures["voxcc"] >= 500000)
            if hello_ms is not None:
                extra = [f"{self.hello_cpu_ms:.2f} ms CPU"] if getattr(self, "hello_cpu_ms", None) else []
                if getattr(self, "hello_tcc_ms", None):
                    extra.append(f"tcc -run: {self.hello_tcc_ms:.2f} ms wall")
                row("hello world compile + run <= 10 ms wall (median)", f"{hello_ms:.2f} ms"
                    + (f" ({'; '.join(extra)})" if extra else ""), hello_ms <= 10)
        return "\n".join(out) + "\n"

    def commands_text(self):
        P = "$PEERS"
        return "\n".join([
            "Commands (P = program, A = its arguments, $PEERS = the peers folder, $W = a scratch folder):",
            "",
            "```sh",
            f"voxvm {P}/c/P.c A                                  # voxvm (C): the reference column",
            f"voxcc {P}/c/P.c -o $W/P.vve; voxvm $W/P.vve A      # voxvm .vve (only the second command is timed)",
            "voxasm bench/P.vvs -o $W/P-vvs.vve; voxvm $W/P-vvs.vve A   # .vvs twin",
            f"clang-14 --target=wasm32-wasi -O1 -o $W/P.O1.wasm {P}/c/P.c; wasmi-harness wasi $W/P.O1.wasm A   # also -O2",
            f"wasmi-harness P {P}/wat/P.wat A                     # wasmi .wat twin",
            f"tcc -run {P}/c/P.c A",
            f"gcc -O2 -o $W/P.gcc {P}/c/P.c -lm; $W/P.gcc A",
            f"python3 {P}/py/P.py A     # the real binary: {self.python}",
            f"lua5.4 {P}/lua/P.lua A; luajit -joff {P}/lua/P.lua A; luajit {P}/lua/P.lua A",
            "picoc bench/picoc/P.c - A                           # sizes in bench/picoc/sizes",
            "```",
            ""])

    def header(self, cmdline):
        def ver(argv):
            return first_line(argv) if shutil.which(argv[0]) or os.path.exists(argv[0]) else "missing"
        model = "?"
        try:
            for ln in open("/proc/cpuinfo"):
                if ln.startswith("model name"):
                    model = ln.split(":", 1)[1].strip()
                    break
        except OSError:
            pass
        try:
            mem = int(open("/proc/meminfo").readline().split()[1]) / 1048576
        except Exception:
            mem = 0
        commit = first_line(["git", "-C", str(ROOT), "describe", "--always", "--dirty"])
        picoc_ver = "missing"
        if self.available.get("picoc"):
            picoc_ver = f"{self.picoc} (bench/run expects commit {PICOC_COMMIT}"
            c = first_line(["git", "-C", str(self.picoc.parent), "log", "-1", "--format=%h"])
            picoc_ver += f"; its checkout is at {c})" if c and c != "?" else ")"
        lines = [
            f"- date: {self.date}; commit: {commit}"
            + (" (`-dirty`: uncommitted changes in the tree the binaries were built from)" if commit.endswith("-dirty") else ""),
            f"- machine: {os.cpu_count()} cores ({model}), {mem:.1f} GB RAM, {platform.system()} {platform.release()}",
            f"- load average (1/5/15 min) at start: {self.load_start}, at end: {loadavg()}; the machine is shared "
            "(other jobs ran), hence CPU time and paired ratios",
            f"- rustc: {first_line(['rustc', '--version'])}; gcc: {ver(['gcc', '--version'])}; "
            f"clang: {ver(['clang-14', '--version'])}; tcc: {ver(['tcc', '-v'])}",
            f"- python3: {first_line([self.python, '--version'])} ({self.python}); lua5.4: {ver(['lua5.4', '-v'])}; "
            f"luajit: {ver(['luajit', '-v'])}; wasmi 2.0.0 via {self.wasmi}; PicoC: {picoc_ver}",
            f"- {self.runs} interleaved rounds (python3: {self.py_runs}); each command ran once before them with its "
            "output checked",
        ]
        if self.a.note:
            lines.append(f"- note: {self.a.note}")
        return "\n".join(lines)

    def run(self, cmdline):
        self.find_tools()
        jobs = self.plan()
        if jobs:
            log(f"== checking outputs ({len(jobs)} benchmarks)")
            self.check(jobs)
            est = sum(1 for _, _, c in jobs for _ in c)
            if self.runs:
                log(f"== {self.runs} rounds of {est} commands")
            res = self.rounds(jobs)
            log("== VM instruction counts (voxvm --profile)")
            counts = self.count_instructions(jobs)
            (self.out / "raw.json").write_text(json.dumps(
                {"samples (cpu s, wall s, round, load)": res,
                 "instructions": {k: {i: c[0] for i, c in d.items()} for k, d in counts.items()}}, indent=1))
        else:
            res, counts = {}, {}
        parts = []
        ratios, pratios = {}, {}
        if any(k in BENCHES for k, _, _ in jobs):
            if self.runs:
                t, ratios = self.program_tables(res, jobs)
                parts.append("## The C programs\n\n" + t + "\n" + self.counts_table(counts, res))
            else:
                parts.append("## The C programs\n\n" + self.counts_table(counts, res))
        if any(k.startswith("picoc:") for k, _, _ in jobs) and self.runs:
            t, pratios = self.picoc_table(res, jobs)
            parts.append("## PicoC\n\nPicoC and voxvm run the same file, `bench/picoc/P.c` (a copy of `P.c` in PicoC's "
                         "dialect, see its header), with the arguments of `bench/picoc/sizes`: smaller than the peers' "
                         "sizes because PicoC is slow (loop: N = 46340, the most its 32-bit multiply allows, repeated "
                         "10 times). Both print `bench/picoc/expected/P.txt`, gcc's output of the original `P.c` at that "
                         "size (checked in this run). At these sizes voxvm's start-up, which includes compiling the "
                         "file and its C library, is a large part of its time, so the table also gives the ratio net "
                         "of start-up: per round, (PicoC - PicoC's start-up) / (voxvm - voxvm's start-up), the "
                         "start-up being the same file with the start-up arguments (next to no work).\n\n" + t)
        if self.runs and "compile" in self.sel:
            log("== compiler throughput")
            parts.append("## Compiler throughput\n\n" + self.compile_section())
        if self.runs and "asm" in self.sel:
            log("== assembler and loader throughput")
            parts.append("## Assembler and loader throughput\n\n" + self.asm_section())
        targets = self.targets(res, ratios, pratios) if self.runs else \
            "No timed rounds (`--runs 0`): outputs checked and instructions counted only.\n"
        body = "\n".join(parts)
        doc = ["# voxvm benchmark results", "",
               f"Written by `{cmdline}`; regenerate with the same command. Compare ratios measured in one run, "
               "never seconds from different days.", "",
               self.header(cmdline), "",
               "## Targets of issue 13", "", targets, body, self.commands_text()]
        if self.skipped:
            doc.append("## Skipped\n")
            for what, why in self.skipped:
                doc.append(f"- {what}: {why}")
            doc.append("")
        text = "\n".join(doc)
        (self.out / "RESULTS.md").write_text(text)
        print(text)
        if self.a.results:
            Path(self.a.results).write_text(text)
            log(f"== wrote {self.a.results}")
        log(f"== raw samples and RESULTS.md in {self.out}")
        shutil.rmtree(self.work, ignore_errors=True)
        return 1 if self.fail else 0


def main():
    ap = argparse.ArgumentParser(description="voxvm benchmark suite (run it through bench/run)")
    ap.add_argument("--voxvm", required=True)
    ap.add_argument("--voxcc", required=True)
    ap.add_argument("--voxasm", required=True)
    ap.add_argument("--peers", required=True)
    ap.add_argument("--peer-build", required=True)
    ap.add_argument("--python", default="")
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--bench", default="")
    ap.add_argument("--impl", default="")
    ap.add_argument("--runs", type=int, default=None)
    ap.add_argument("--out", required=True)
    ap.add_argument("--results", default="")
    ap.add_argument("--note", default="")
    ap.add_argument("--cmdline", default="bench/run")
    a = ap.parse_args()
    for b in a.bench.split():
        if b not in BENCHES and b not in EXTRA:
            sys.exit(f"bench/run: unknown benchmark '{b}' (choose from: {' '.join(list(BENCHES) + EXTRA)})")
    for i in a.impl.split():
        if i not in IMPLS and i != "picoc":
            sys.exit(f"bench/run: unknown implementation '{i}' (choose from: {' '.join(IMPLS)} picoc)")
    return Suite(a).run(a.cmdline)


if __name__ == "__main__":
    sys.exit(main())
