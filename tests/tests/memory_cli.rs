//! `voxvm`'s memory flags, run as real processes: `--init-ram`,
//! `--init-stack-size`, `--init-heap-size`, `--max-memory` (with k/m/g
//! suffixes and bad sizes), `--heap-stats`, `--gc-stress`, and the content of
//! the coredump written by `--coredump-exit --coredump-path`.
//!
//! The binaries are found and rebuilt the same way as in `cli.rs`.

use std::path::{Path, PathBuf};
use std::process::Command;
use tests::cli::{voxvm, write, Run};

/// The `heap:` and `gc:` lines of `--heap-stats`.
#[track_caller]
fn stats(r: &Run) -> (&str, &str) {
    let find = |p: &str| {
        r.stderr
            .lines()
            .find(|l| l.starts_with(p))
            .unwrap_or_else(|| panic!("no `{p}` line: {r:?}"))
    };
    (find("heap: "), find("gc: "))
}

/// Like [`voxvm`], but kills the process and fails if it runs longer than `secs`.
fn voxvm_within(args: &[&str], secs: u64) -> Run {
    let mut child = Command::new(tests::cli::bin("voxvm"))
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("cannot run voxvm");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(secs);
    while child.try_wait().expect("wait for voxvm").is_none() {
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("voxvm {args:?} still running after {secs} s");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.wait_with_output().expect("voxvm output").into()
}

/// A fresh scratch directory for one test.
fn scratch(test: &str) -> PathBuf {
    tests::cli::scratch(
        &Path::new(env!("CARGO_TARGET_TMPDIR")).join("memory_cli"),
        test,
    )
}

fn program(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("programs")
        .join(name)
}

/// No data: the stack starts at 0x1000 and the heap right after it.
const QUIET: &str = ".func main\n    movi.i64 r0, 0\n    halt r0\n.end\n";

/// Reserves 2000 bytes of stack.
const SALLOC_2000: &str = "\
.func main
    movi.u64 r1, 2000
    salloc r0, r1
    movi.i64 r0, 0
    halt r0
.end
";

/// Allocates 64 KiB blocks forever, keeping each one reachable from the next.
const HOARD: &str = "\
.func main
    movi.u64 r0, 0
    movi.u64 r1, 65536
loop:
    alloc r2, r1
    st.u64 r2, 0, r0
    mov r0, r2
    jmp loop
.end
";

#[test]
fn init_stack_size_bounds_the_stack() {
    let dir = scratch("stack");
    let p = write(&dir, "salloc.vvs", SALLOC_2000);
    voxvm(&[&p]).exits(0);
    voxvm(&["--init-stack-size=4k".as_ref(), p.as_os_str()]).exits(0);
    voxvm(&["--init-stack-size".as_ref(), "2000".as_ref(), p.as_os_str()]).exits(0);
    let r = voxvm(&["--init-stack-size=1k".as_ref(), p.as_os_str()]).exits(70);
    assert!(
        r.stderr.starts_with("error: stack overflow at main+0xb ("),
        "{r:?}"
    );
    // The push loop of the test suite overflows a small stack just the same.
    let r = voxvm(&[
        "--init-stack-size=1k".as_ref(),
        program("stack_overflow.vvs").as_os_str(),
    ])
    .exits(70);
    assert!(
        r.stderr.contains("error: stack overflow at fill+0x0"),
        "{r:?}"
    );
    assert!(r.stdout.starts_with("popped sum: 5050\n"), "{r:?}");
}

#[test]
fn max_memory_caps_the_heap_with_suffixes() {
    let dir = scratch("cap");
    let p = write(&dir, "hoard.vvs", HOARD);
    let small = ["--init-stack-size=64k", "--init-heap-size=64k"];
    for cap in ["1m", "1M", "1024k", "1048576"] {
        let flag = format!("--max-memory={cap}");
        let r = voxvm(&[small[0], small[1], flag.as_str(), p.to_str().unwrap()]).exits(70);
        assert!(
            r.stderr.starts_with(
                "error: heap exhausted: memory limit reached (requested 65536 bytes, cap 1048576) at main+0x16"
            ),
            "{cap}: {r:?}"
        );
    }
    let r = voxvm(&[small[0], small[1], "--max-memory=2m", p.to_str().unwrap()]).exits(70);
    assert!(
        r.stderr.contains("(requested 65536 bytes, cap 2097152)"),
        "{r:?}"
    );
    // g works too (the default cap is 1g): a request above it is refused.
    let big = write(
        &dir,
        "big.vvs",
        ".func main\n    movi.u64 r1, 0x80000000\n    alloc r0, r1\n    halt r0\n.end\n",
    );
    let r = voxvm(&["--max-memory=1g".as_ref(), big.as_os_str()]).exits(70);
    assert!(
        r.stderr.contains(
            "heap exhausted: memory limit reached (requested 2147483648 bytes, cap 1073741824)"
        ),
        "{r:?}"
    );
}

#[test]
fn zero_byte_allocations_at_the_cap_trap_instead_of_hanging() {
    // `alloc` of 0 bytes takes one granule. At a cap leaving less than a
    // granule, growing the heap used to "succeed" without adding anything,
    // and the allocation retried forever.
    let dir = scratch("zero_at_cap");
    let p = write(&dir, "zero.vvs", HOARD.replace("65536", "0"));
    // No data, 64 KiB of stack from 0x1000, 64 KiB of heap: the layout is
    // 135168 bytes, its heap's bookkeeping 19456 (16384 of boundary tags,
    // 2560 of bitmaps, 512 of search tree) and the register file 2048: the
    // VM needs exactly 156672 bytes. 160000 is not a multiple of 16.
    for cap in ["156672", "160000"] {
        let flag = format!("--max-memory={cap}");
        let args = [
            "--init-stack-size=64k",
            "--init-heap-size=64k",
            flag.as_str(),
            p.to_str().unwrap(),
        ];
        let r = voxvm_within(&args, 60).exits(70);
        assert!(
            r.stderr.starts_with(&format!(
                "error: heap exhausted: memory limit reached (requested 0 bytes, cap {cap}) at main+0x16"
            )),
            "{r:?}"
        );
    }
}

#[test]
fn bad_sizes_are_usage_errors() {
    let dir = scratch("bad_sizes");
    let p = write(&dir, "quiet.vvs", QUIET);
    for flag in [
        "--max-memory",
        "--init-ram",
        "--init-stack-size",
        "--init-heap-size",
    ] {
        for bad in ["12q", "", "k", "-5", "1.5m", "0x100"] {
            let r = voxvm(&[format!("{flag}={bad}"), p.display().to_string()]).exits(2);
            assert!(
                r.stderr.contains(flag)
                    && r.stderr.contains(&format!("`{bad}` is not a size"))
                    && r.stderr.contains("like 65536, 64k, 16m or 1g"),
                "{flag}={bad}: {r:?}"
            );
            assert!(r.stdout.is_empty());
        }
        let r = voxvm(&[format!("{flag}=99999999999g"), p.display().to_string()]).exits(2);
        assert!(
            r.stderr.contains("`99999999999g` is too large"),
            "{flag}: {r:?}"
        );
    }
    // A layout that does not fit under the cap is refused before running.
    let r = voxvm(&["--max-memory=1m".as_ref(), p.as_os_str()]).exits(2);
    assert!(
        r.stderr.contains("the address space needs")
            && r.stderr.contains("but --max-memory is 1048576"),
        "{r:?}"
    );
    let r = voxvm(&["--init-ram=2g".as_ref(), p.as_os_str()]).exits(2);
    assert!(r.stderr.contains("but --max-memory is 1073741824"), "{r:?}");
}

#[test]
fn init_heap_size_and_init_ram_set_the_heap() {
    let dir = scratch("sizes");
    let p = write(&dir, "quiet.vvs", QUIET);
    let p = p.to_str().unwrap();
    let heap_line = |args: &[&str]| {
        let mut all = vec!["--heap-stats"];
        all.extend_from_slice(args);
        all.push(p);
        let r = voxvm(&all).exits(0);
        stats(&r).0.to_string()
    };
    let empty = |n: u64| {
        format!("heap: {n} bytes, 0 in use in 0 blocks, 1 free blocks, largest free {n} bytes, fragmentation 0.0%")
    };
    assert_eq!(heap_line(&[]), empty(1 << 20), "default: 1 MiB");
    for s in ["256k", "262144", "256K"] {
        let flag = format!("--init-heap-size={s}");
        assert_eq!(heap_line(&[&flag]), empty(256 << 10));
    }
    // Sizes are rounded up to whole 16-byte granules.
    assert_eq!(heap_line(&["--init-heap-size=1000"]), empty(1008));
    // --init-ram: the whole address space; what data (none) and the stack
    // (64 KiB from 0x1000) do not use is heap.
    assert_eq!(
        heap_line(&[
            "--init-stack-size=64k",
            "--init-heap-size=4k",
            "--init-ram=1m"
        ]),
        empty((1 << 20) - 0x1000 - (64 << 10))
    );
    // ... but never less than --init-heap-size (1 MiB by default).
    assert_eq!(
        heap_line(&["--init-stack-size=64k", "--init-ram=1m"]),
        empty(1 << 20)
    );
    assert_eq!(
        heap_line(&[
            "--init-stack-size=64k",
            "--init-heap-size=64k",
            "--init-ram=8m"
        ]),
        empty((8 << 20) - 0x1000 - (64 << 10))
    );
    // Smaller than the regions need: the regions win.
    assert_eq!(
        heap_line(&[
            "--init-stack-size=64k",
            "--init-heap-size=64k",
            "--init-ram=4k"
        ]),
        empty(64 << 10)
    );
}

#[test]
fn heap_stats_report_blocks_fragmentation_and_collections() {
    let dir = scratch("heap_stats");
    // Three blocks (112, 32, 48 bytes), the middle one freed; then a fourth
    // dropped from its register and collected.
    let p = write(
        &dir,
        "stats.vvs",
        "\
.func main
    movi.u64 r1, 100
    alloc r2, r1
    movi.u64 r1, 20
    alloc r3, r1
    movi.u64 r1, 40
    alloc r4, r1
    free r3
    movi.u64 r1, 1000
    alloc r5, r1
    movi.u64 r5, 0
    movi.u64 r3, 0
    gc
    movi.i64 r0, 0
    halt r0
.end
",
    );
    // `--heap-stats` on a 4 KiB heap: the two report lines.
    let report = |p: &std::path::Path| {
        let r = voxvm(&[
            "--heap-stats".as_ref(),
            "--init-heap-size=4k".as_ref(),
            p.as_os_str(),
        ])
        .exits(0);
        let (heap, gc) = stats(&r);
        (heap.to_string(), gc.to_string())
    };
    // The heap line's tail for `free` bytes free, the largest block `largest`.
    let tail = |free: u64, largest: u64| {
        let frag = 100.0 * (1.0 - largest as f64 / free as f64);
        format!("largest free {largest} bytes, fragmentation {frag:.1}%")
    };
    let (heap, gc) = report(&p);
    // Live: 112 + 48. Free: the 32-byte hole and the tail merged with the
    // collected 1008-byte block.
    let free = 4096 - 160;
    assert_eq!(
        heap,
        format!(
            "heap: 4096 bytes, 160 in use in 2 blocks, 2 free blocks, {}",
            tail(free, free - 32)
        )
    );
    assert!(
        gc.starts_with("gc: 1 collections, 1 blocks / 1008 bytes freed, pause "),
        "{gc}"
    );
    assert!(gc.ends_with(" ms max"), "{gc}");
    // Without --heap-stats nothing is printed.
    let r = voxvm(&[p.as_os_str()]).exits(0);
    assert!(r.stderr.is_empty(), "{r:?}");
    // A small block freed with no collection after it stays on its quick
    // list, unmerged, and the report says so.
    let q = write(
        &dir,
        "quick.vvs",
        "\
.func main
    movi.u64 r1, 20
    alloc r2, r1
    movi.u64 r1, 40
    alloc r3, r1
    free r2
    movi.i64 r0, 0
    halt r0
.end
",
    );
    let (heap, _) = report(&q);
    assert_eq!(
        heap,
        format!(
            "heap: 4096 bytes, 48 in use in 1 blocks, 2 free blocks (1 on quick lists), {}",
            tail(4096 - 48, 4096 - 32 - 48)
        )
    );
}

#[test]
fn heap_grows_on_demand_up_to_the_cap() {
    let dir = scratch("grow");
    // 40 live blocks of 64 KiB, then collected away.
    let p = write(
        &dir,
        "grow.vvs",
        "\
.func main
    movi.u64 r0, 0
    movi.u64 r1, 65536
    movi.i64 r3, 40
loop:
    alloc r2, r1
    st.u64 r2, 0, r0
    mov r0, r2
    dec.i64 r3
    movi.i64 r4, 0
    bgt.i64 r3, r4, loop
    heapsize r4
    print.u64 r4
    movi.u64 r0, 0
    movi.u64 r2, 0
    movi.u64 r4, 0              ; 2621440 = 0x280000 is an address inside the heap
    gc
    heapsize r4
    print.u64 r4
    halt r4
.end
",
    );
    let r = voxvm(&[
        "--heap-stats".as_ref(),
        "--init-heap-size=64k".as_ref(),
        "--max-memory=16m".as_ref(),
        p.as_os_str(),
    ])
    .exits(0);
    assert_eq!(r.stdout, format!("{}\n0\n", 40 * 65536));
    let (heap, _) = stats(&r);
    let size: u64 = heap["heap: ".len()..]
        .split(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert!(
        (40 * 65536..=16 << 20).contains(&size),
        "the heap grew to fit and stayed under the cap: {heap}"
    );
}

#[test]
fn an_empty_initial_heap_grows_on_demand() {
    // --init-heap-size=0 used to panic at the first `alloc` or `gc`.
    for name in ["linked_list", "gc_live"] {
        let want = std::fs::read_to_string(program(&format!("{name}.out"))).unwrap();
        let r = voxvm(&[
            "--init-heap-size=0".as_ref(),
            program(&format!("{name}.vvs")).as_os_str(),
        ])
        .exits(0);
        assert_eq!(r.stdout, want, "{name}");
    }
}

#[test]
fn gc_stress_runs_the_heap_programs_clean() {
    for name in ["gc_live", "linked_list", "strings", "gc_garbage"] {
        let want = std::fs::read_to_string(program(&format!("{name}.out"))).unwrap();
        let r = voxvm(&[
            "--gc-stress".as_ref(),
            "--heap-stats".as_ref(),
            program(&format!("{name}.vvs")).as_os_str(),
        ])
        .exits(0);
        assert_eq!(r.stdout, want, "{name} under --gc-stress");
        let (_, gc) = stats(&r);
        let collections: u64 = gc["gc: ".len()..]
            .split(' ')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        assert!(
            collections >= 10,
            "{name}: a collection per allocation: {gc}"
        );
    }
    let want = std::fs::read_to_string(program("bintrees.stress.out")).unwrap();
    let r = voxvm(&[
        "--gc-stress".as_ref(),
        program("bintrees.vvs").as_os_str(),
        "6".as_ref(),
    ])
    .exits(0);
    assert_eq!(r.stdout, want);
}

#[test]
fn garbage_is_reclaimed_in_a_small_heap() {
    // gc_garbage allocates about 256 KiB in all; with only 16 KiB of heap and
    // a 96 KiB cap it can only finish if the collector reclaims the rings and
    // trees it drops.
    let want = std::fs::read_to_string(program("gc_garbage.out")).unwrap();
    let r = voxvm(&[
        "--heap-stats".as_ref(),
        "--init-stack-size=16k".as_ref(),
        "--init-heap-size=16k".as_ref(),
        "--max-memory=96k".as_ref(),
        program("gc_garbage.vvs").as_os_str(),
    ])
    .exits(0);
    assert_eq!(r.stdout, want);
    let (heap, gc) = stats(&r);
    let size: u64 = heap["heap: ".len()..]
        .split(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert!(size <= 96 << 10, "{heap}");
    let collections: u64 = gc["gc: ".len()..]
        .split(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert!(collections >= 5, "{gc}");
}

/// Traps in `inner`, called by `outer`, called by `main`, with three heap
/// blocks (the middle one freed), a word on the stack and a data string.
const CORE: &str = "\
.data
msg:    .string \"hello from data!\"
pad:    .zero 7
.code
.func main
    movi.u64 r1, 100
    alloc r2, r1
    movi.u64 r1, 20
    alloc r3, r1
    movi.u64 r1, 40
    alloc r4, r1
    free r3
    movi.i64 r5, 0x0badc0ffee
    push.i64 r5
    mov r10, r2
    call outer, r10
    halt r10
.end

.func outer
    movi.i64 r3, 777
    st.i64 r0, 0, r3
    mov r5, r0
    call inner, r5
    ret r5
.end

.func inner
    movi.i64 r5, 0x1234abcd
    movi.i64 r1, 0
    div.i64 r2, r5, r1
    ret r2
.end
";

/// The lines of section `== name` (up to the next section).
fn section<'a>(dump: &'a str, name: &str) -> Vec<&'a str> {
    let mut lines = dump
        .lines()
        .skip_while(|l| !l.starts_with(&format!("== {name}")));
    let head = lines
        .next()
        .unwrap_or_else(|| panic!("no `== {name}` section in\n{dump}"));
    std::iter::once(head)
        .chain(lines.take_while(|l| !l.starts_with("== ")))
        .collect()
}

#[test]
fn coredump_holds_frames_registers_stack_heap_and_data() {
    let dir = scratch("coredump");
    let src = write(&dir, "core.vvs", CORE);
    let dump_path = dir.join("out.dump");
    let r = voxvm(&[
        "--coredump-exit".as_ref(),
        "--coredump-path".as_ref(),
        dump_path.as_os_str(),
        "--init-stack-size=64k".as_ref(),
        src.as_os_str(),
    ])
    .exits(70);
    assert!(r.stderr.contains("division by zero"), "{r:?}");
    let dump = std::fs::read_to_string(&dump_path).expect("the dump was written");
    let file = src.display().to_string();
    let line_of = |needle: &str| {
        CORE.lines()
            .position(|l| l.contains(needle))
            .expect("needle in CORE")
            + 1
    };

    let head: Vec<&str> = dump.lines().take(3).collect();
    assert_eq!(head[0], "voxvm coredump v1");
    assert!(
        head[1].starts_with(&format!("module: {file}   isa: ")),
        "{}",
        head[1]
    );
    assert_eq!(head[2], "status: trapped: division by zero");

    // Code layout: main is 76 bytes (movi.u64 11, alloc 4, free 3, movi.i64
    // 11, push 3, mov 4, call 7, halt 3), outer 33 (its call at +0x17),
    // inner's div at +0x16.
    assert_eq!(
        section(&dump, "call stack"),
        vec![
            "== call stack (innermost first)".to_string(),
            format!(
                "#0 inner+0x16 pc 0x83 ({file}:{}) window r[15..21)",
                line_of("div.i64")
            ),
            format!(
                "#1 outer+0x17 pc 0x63 ({file}:{}) window r[10..16)",
                line_of("call inner")
            ),
            format!(
                "#2 main+0x42 pc 0x42 ({file}:{}) window r[0..11)",
                line_of("call outer")
            ),
        ]
    );

    let regs = section(&dump, "registers");
    let frame = |name: &str| -> Vec<&str> {
        regs.iter()
            .skip_while(|l| !l.ends_with(name) || !l.starts_with('#'))
            .skip(1)
            .take_while(|l| l.starts_with("  r"))
            .copied()
            .collect()
    };
    let (inner, outer, main) = (frame(" inner"), frame(" outer"), frame(" main"));
    assert_eq!(
        (inner.len(), outer.len(), main.len()),
        (6, 6, 11),
        "{regs:#?}"
    );
    assert_eq!(inner[5], "  r5   = 0x000000001234abcd  305441741");
    assert_eq!(inner[1], "  r1   = 0x0000000000000000  0");
    assert_eq!(outer[3], "  r3   = 0x0000000000000309  777");
    assert_eq!(main[5], "  r5   = 0x0000000badc0ffee  50159747054");
    // Windows overlap: outer's r5 is inner's r0, main's r10 is outer's r0
    // (block A, the first heap block).
    assert_eq!(outer[5].split('=').nth(1), inner[0].split('=').nth(1));
    assert_eq!(main[10].split('=').nth(1), outer[0].split('=').nth(1));

    // Data: 17 + 7 bytes from 0x1000; the stack is 64 KiB from 0x1020; the
    // heap follows it at 0x11020.
    let stack = section(&dump, "stack");
    assert_eq!(
        stack[0],
        "== stack sp=0x11018 top=0x11020 used=8 bytes (bottom 0x1020)"
    );
    assert!(
        stack[1].starts_with("00011018  ee ff c0 ad 0b 00 00 00  "),
        "{stack:#?}"
    );
    assert_eq!(stack.len(), 2);
    assert_eq!(
        main[2],
        format!("  r2   = {:#018x}  {}", 0x11020, 0x11020),
        "block A"
    );

    let heap = section(&dump, "heap");
    let rest = (1 << 20) - 112 - 32 - 48;
    assert_eq!(
        heap,
        vec![
            format!("== heap size=1048576 in_use=160 blocks=2 free_blocks=2 largest_free={rest} fragmentation=0.0000"),
            "0x11020 112 used".to_string(),
            "0x11090 32 free".to_string(),
            "0x110b0 48 used".to_string(),
            format!("0x110e0 {rest} free"),
        ]
    );

    let data = section(&dump, "data");
    assert_eq!(
        data,
        vec![
            "== data 0x1000..0x1018 (24 bytes)".to_string(),
            "00001000  68 65 6c 6c 6f 20 66 72 6f 6d 20 64 61 74 61 21  |hello from data!|"
                .to_string(),
            format!(
                "00001010 {}{}  |........|",
                " 00".repeat(8),
                "   ".repeat(8)
            ),
        ]
    );
}

#[test]
fn coredump_after_a_halt_and_unwritable_path() {
    let dir = scratch("coredump_halt");
    let src = write(
        &dir,
        "halt.vvs",
        ".func main\n    movi.i64 r0, 3\n    halt r0\n.end\n",
    );
    let dump_path = dir.join("halt.dump");
    voxvm(&[
        "--coredump-exit".as_ref(),
        format!("--coredump-path={}", dump_path.display()).as_ref(),
        src.as_os_str(),
    ])
    .exits(3);
    let dump = std::fs::read_to_string(&dump_path).unwrap();
    assert!(
        dump.contains("\nstatus: halted with exit status 3\n"),
        "{dump}"
    );
    assert!(dump.contains("\n#0 main+0xb pc 0xb ("), "{dump}");
    assert!(
        dump.contains("\n  r0   = 0x0000000000000003  3\n"),
        "{dump}"
    );
    // Without --coredump-exit nothing is written.
    std::fs::remove_file(&dump_path).unwrap();
    voxvm(&[
        format!("--coredump-path={}", dump_path.display()).as_ref(),
        src.as_os_str(),
    ])
    .exits(3);
    assert!(!dump_path.exists());
    // A directory cannot be written as a file: exit 66, after the program ran.
    let r = voxvm(&[
        "--coredump-exit".as_ref(),
        format!("--coredump-path={}", dir.display()).as_ref(),
        src.as_os_str(),
    ])
    .exits(66);
    assert!(r.stderr.contains("cannot write coredump"), "{r:?}");
}
