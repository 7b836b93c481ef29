//! The outside world of a C program under host control: `voxvm --dir`,
//! `--env` and `--clock`, run as real processes on a scratch directory, and
//! the same grants through the Rust API. The programs are in `tests/c/files/`
//! with hand-checked expectations (`NAME.expected`): gcc cannot record them,
//! since a native program is not confined.

use std::path::{Path, PathBuf};
use std::process::Command;

fn files(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("c/files")
        .join(name)
}

fn scratch(test: &str) -> PathBuf {
    tests::cli::scratch(
        &Path::new(env!("CARGO_TARGET_TMPDIR")).join("c_files"),
        test,
    )
}

fn expected(name: &str) -> String {
    std::fs::read_to_string(files(name)).unwrap()
}

/// Runs `voxvm ARGS` in `dir` with extra environment variables.
fn voxvm_in(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> tests::cli::Run {
    let mut cmd = Command::new(tests::cli::bin("voxvm"));
    cmd.args(args).current_dir(dir);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("run voxvm").into()
}

/// Every file under `dir`, relative, sorted (links listed, not followed).
fn tree(dir: &Path) -> Vec<String> {
    fn walk(base: &Path, dir: &Path, out: &mut Vec<String>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let e = e.unwrap();
            let p = e.path();
            out.push(p.strip_prefix(base).unwrap().display().to_string());
            if e.file_type().unwrap().is_dir() {
                walk(base, &p, out);
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

#[cfg(unix)]
#[test]
fn a_granted_directory_is_read_and_written_and_nothing_else_is_reachable() {
    use std::os::unix::fs::symlink;
    let dir = scratch("grants");
    for d in ["box/sub", "ro", "outside"] {
        std::fs::create_dir_all(dir.join(d)).unwrap();
    }
    std::fs::write(dir.join("box/in.txt"), "hello from in.txt\n").unwrap();
    std::fs::write(dir.join("box/sub/keep.txt"), "x\n").unwrap();
    std::fs::write(dir.join("ro/readme.txt"), "read me\n").unwrap();
    std::fs::write(dir.join("outside/secret.txt"), "secret\n").unwrap();
    symlink("in.txt", dir.join("box/link_in")).unwrap();
    symlink("../outside/secret.txt", dir.join("box/link_out")).unwrap();
    symlink(dir.join("outside/secret.txt"), dir.join("box/link_abs")).unwrap();
    symlink("../outside", dir.join("box/dir_out")).unwrap();

    let prog = files("grants.c");
    let run = voxvm_in(
        &dir,
        &[
            "--dir",
            "box::/data:rw",
            "--dir",
            "ro",
            prog.to_str().unwrap(),
        ],
        &[],
    )
    .exits(0);
    assert_eq!(run.stdout, expected("grants.expected"), "{run:?}");

    // Outside the grants nothing changed; inside, what the program did.
    assert_eq!(
        std::fs::read_to_string(dir.join("outside/secret.txt")).unwrap(),
        "secret\n"
    );
    assert_eq!(tree(&dir.join("outside")), ["secret.txt"]);
    assert_eq!(tree(&dir.join("ro")), ["readme.txt"]);
    assert_eq!(
        tree(&dir.join("box")),
        [
            "dir_out",
            "in.txt",
            "link_abs",
            "link_in",
            "sub",
            "sub/keep.txt",
            "sub/moved.txt",
            "sub/new.txt"
        ]
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("box/sub/moved.txt")).unwrap(),
        "FIRST line\nsecond line\nappended 3\n"
    );
}

#[test]
fn what_a_shared_file_mapping_changed_reaches_the_file_at_exit() {
    let dir = scratch("mmap_shared");
    for d in ["box", "ro"] {
        std::fs::create_dir_all(dir.join(d)).unwrap();
    }
    std::fs::write(dir.join("box/map.bin"), "0123456789".repeat(10)).unwrap();
    std::fs::write(dir.join("ro/readme.txt"), "read me\n").unwrap();
    let prog = files("mmap_shared.c");
    let run = voxvm_in(
        &dir,
        &[
            "--dir",
            "box::/data:rw",
            "--dir",
            "ro",
            prog.to_str().unwrap(),
        ],
        &[],
    )
    .exits(0);
    assert_eq!(run.stdout, expected("mmap_shared.expected"), "{run:?}");
    let want = format!("ABCDE{}vwxyz", &"0123456789".repeat(10)[5..95]);
    assert_eq!(
        std::fs::read_to_string(dir.join("box/map.bin")).unwrap(),
        want
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("ro/readme.txt")).unwrap(),
        "read me\n"
    );
}

#[cfg(unix)]
#[test]
fn directories_are_listed_in_name_order_and_only_inside_grants() {
    use std::os::unix::fs::symlink;
    let dir = scratch("dirs");
    for d in ["box/sub", "outside"] {
        std::fs::create_dir_all(dir.join(d)).unwrap();
    }
    std::fs::write(dir.join("box/in.txt"), "hi\n").unwrap();
    std::fs::write(dir.join("box/sub/keep.txt"), "x\n").unwrap();
    std::fs::write(dir.join("box/sub/b.txt"), "y\n").unwrap();
    symlink("in.txt", dir.join("box/link_in")).unwrap();
    symlink("../outside", dir.join("box/dir_out")).unwrap();
    let prog = files("dirs.c");
    let run = voxvm_in(&dir, &["--dir", "box::/data", prog.to_str().unwrap()], &[]).exits(0);
    assert_eq!(run.stdout, expected("dirs.expected"), "{run:?}");
}

#[test]
fn the_working_directory_starts_at_the_root_of_the_relative_grants_and_moves_with_chdir() {
    let dir = scratch("cwd");
    for d in ["box/sub", "ro"] {
        std::fs::create_dir_all(dir.join(d)).unwrap();
    }
    std::fs::write(dir.join("box/in.txt"), "hi\n").unwrap();
    std::fs::write(dir.join("box/sub/keep.txt"), "x\n").unwrap();
    std::fs::write(dir.join("ro/readme.txt"), "r\n").unwrap();
    let prog = files("cwd.c");
    let p = prog.to_str().unwrap();
    let grants = ["--dir", "box::/data:rw", "--dir", "ro"];
    let run = voxvm_in(&dir, &[&grants[..], &[p]].concat(), &[]).exits(0);
    assert_eq!(run.stdout, expected("cwd.expected"), "{run:?}");
    // Everything the program created, it removed.
    assert_eq!(tree(&dir.join("box")), ["in.txt", "sub", "sub/keep.txt"]);

    // --cwd: where it starts; it must be a granted directory.
    let run = voxvm_in(
        &dir,
        &[&grants[..], &["--cwd", "/data/sub", p, "x"]].concat(),
        &[],
    );
    assert_eq!(run.exits(0).stdout, "cwd /data/sub\nkeep.txt opened: 1\n");
    voxvm_in(
        &dir,
        &[&grants[..], &["--cwd", "/data/in.txt", p]].concat(),
        &[],
    )
    .exits(2)
    .says("not a directory");
    voxvm_in(
        &dir,
        &[&grants[..], &["--cwd", "/elsewhere", p]].concat(),
        &[],
    )
    .exits(2)
    .says("not under a granted directory");
    // A relative guest name cannot climb above `/`.
    voxvm_in(&dir, &["--dir", "box::../up", p], &[])
        .exits(2)
        .says("climbs above");
}

#[test]
fn environ_is_the_granted_environment_and_setenv_changes_the_programs_copy() {
    let dir = scratch("environ");
    let prog = files("environ.c");
    let run = voxvm_in(
        &dir,
        &["--env", "A=1", "--env", "B=two", prog.to_str().unwrap()],
        &[("HOME", "/not/granted")],
    )
    .exits(0);
    assert_eq!(run.stdout, expected("environ.expected"), "{run:?}");
}

#[test]
fn processes_pipes_terminals_and_dlopen_fail_cleanly_and_sleep_takes_no_time() {
    let dir = scratch("nosys");
    let prog = files("nosys.c");
    let start = std::time::Instant::now();
    let run = voxvm_in(&dir, &[prog.to_str().unwrap()], &[]).exits(0);
    assert_eq!(run.stdout, expected("nosys.expected"), "{run:?}");
    // sleep(5) and nanosleep(1 s) returned at once.
    assert!(
        start.elapsed() < std::time::Duration::from_secs(5),
        "{run:?}"
    );
}

#[test]
fn sockets_are_refused_and_only_numeric_names_resolve_without_a_network() {
    let dir = scratch("no_network");
    let prog = files("no_network.c");
    let run = voxvm_in(&dir, &[prog.to_str().unwrap()], &[]).exits(0);
    assert_eq!(run.stdout, expected("no_network.expected"), "{run:?}");
}

#[test]
fn without_a_grant_every_file_function_fails_cleanly() {
    let dir = scratch("no_grant");
    std::fs::write(dir.join("data.txt"), "not for the program\n").unwrap();
    let prog = files("no_grant.c");
    let run = voxvm_in(&dir, &[prog.to_str().unwrap()], &[]).exits(0);
    assert_eq!(run.stdout, expected("no_grant.expected"), "{run:?}");
    assert_eq!(
        std::fs::read_to_string(dir.join("data.txt")).unwrap(),
        "not for the program\n"
    );
    assert_eq!(tree(&dir), ["data.txt"]);
}

#[test]
fn env_and_a_fixed_clock_are_what_the_host_grants() {
    let dir = scratch("env_clock");
    let prog = files("env_clock.c");
    let run = voxvm_in(
        &dir,
        &[
            "--env",
            "GREETING=hello",
            "--env",
            "EMPTY=",
            "--env",
            "FROM_HOST",
            "--env",
            "NOT_SET",
            "--env",
            "TZ=CET-1CEST,M3.5.0,M10.5.0/3",
            "--clock=fixed:1700000000",
            prog.to_str().unwrap(),
        ],
        &[("FROM_HOST", "copied from the host"), ("HOME", "/home/x")],
    )
    .exits(0);
    assert_eq!(run.stdout, expected("env_clock.expected"), "{run:?}");
}

#[test]
fn bad_grants_and_clocks_are_usage_errors() {
    let dir = scratch("bad_flags");
    let prog = files("no_grant.c");
    let p = prog.to_str().unwrap();
    voxvm_in(&dir, &["--dir", "missing-dir", p], &[])
        .exits(2)
        .says("missing-dir");
    voxvm_in(&dir, &["--dir", "::/x", p], &[]).exits(2);
    voxvm_in(&dir, &["--clock=fixed:soon", p], &[])
        .exits(2)
        .says("fixed:SECONDS");
    voxvm_in(&dir, &["--clock=sundial", p], &[]).exits(2);
}

#[test]
fn abort_does_not_flush_but_exit_does() {
    let dir = scratch("abort");
    let src = tests::cli::write(
        &dir,
        "abort.c",
        "#include <stdio.h>\n#include <stdlib.h>\n\
         int main(int argc, char **argv) {\n\
             (void)argv;\n\
             printf(\"buffered\\n\");\n\
             if (argc > 1) exit(3);\n\
             abort();\n\
         }\n",
    );
    let run = voxvm_in(&dir, &[src.to_str().unwrap()], &[])
        .exits(70)
        .says("abort() called");
    assert_eq!(run.stdout, "");
    let run = voxvm_in(&dir, &[src.to_str().unwrap(), "x"], &[]).exits(3);
    assert_eq!(run.stdout, "buffered\n");
}

#[test]
fn the_rust_api_grants_directories_and_a_clock() {
    let dir = scratch("rust_api");
    std::fs::write(dir.join("in.txt"), "42\n").unwrap();
    let src = "#include <stdio.h>\n#include <time.h>\n\
               int main(void) {\n\
                   int n = 0;\n\
                   FILE *f = fopen(\"/box/in.txt\", \"r\");\n\
                   if (!f || fscanf(f, \"%d\", &n) != 1) return 1;\n\
                   fclose(f);\n\
                   f = fopen(\"/box/out.txt\", \"w\");\n\
                   fprintf(f, \"%d at %ld\\n\", n * 2, (long)time(0));\n\
                   return fclose(f);\n\
               }\n";
    let prog = voxcc::compile(
        &[voxcc::Source::new("api.c", src)],
        &voxcc::Options::default(),
    )
    .unwrap();
    let mut host = vm::Host::new();
    voxcc::runtime::try_install(
        &mut host,
        voxcc::runtime::World {
            dirs: vec![voxcc::runtime::DirGrant {
                host: dir.clone(),
                guest: "/box".into(),
                writable: true,
            }],
            clock: voxcc::runtime::Clock::Fixed(1234),
            ..Default::default()
        },
    )
    .unwrap();
    let mut vm = vm::Vm::with_host(&prog.module, &vm::Config::default(), &host).unwrap();
    assert_eq!(vm.run().unwrap(), 0);
    assert_eq!(
        std::fs::read_to_string(dir.join("out.txt")).unwrap(),
        "84 at 1234\n"
    );

    // A directory that does not exist is refused, with its name.
    let mut host = vm::Host::new();
    let err = voxcc::runtime::try_install(
        &mut host,
        voxcc::runtime::World {
            dirs: vec![voxcc::runtime::DirGrant::parse("/no/such/dir:rw").unwrap()],
            ..Default::default()
        },
    )
    .unwrap_err();
    assert!(err.contains("/no/such/dir"), "{err}");
}

#[test]
fn tmpnam_names_a_free_file_only_in_a_granted_tmp() {
    let dir = scratch("tmpnam");
    std::fs::create_dir_all(dir.join("tmp")).unwrap();
    let prog = files("tmpnam.c");
    let prog = prog.to_str().unwrap();
    let run = voxvm_in(&dir, &["--dir=tmp::/tmp:rw", prog], &[]).exits(0);
    assert_eq!(
        run.stdout, "/tmp/file + 6 chars\nexists before: no\nsecond differs: yes\nremoved: 0\n",
        "{run:?}"
    );
    assert!(tree(&dir.join("tmp")).is_empty());
    let run = voxvm_in(&dir, &[prog], &[]).exits(0);
    assert_eq!(run.stdout, "no name\n", "{run:?}");
}

#[test]
fn the_program_is_one_user_on_a_sandbox_named_voxvm() {
    let dir = scratch("sandbox_identity");
    let prog = files("sandbox_identity.c");
    let run = voxvm_in(
        &dir,
        &[
            "--env",
            "HOME=/home/me",
            "--env",
            "USER=me",
            prog.to_str().unwrap(),
        ],
        &[],
    )
    .exits(0);
    assert_eq!(run.stdout, expected("sandbox_identity.expected"), "{run:?}");
    // Without a granted environment the user is "user", at home in `/`.
    let run = voxvm_in(&dir, &[prog.to_str().unwrap()], &[("HOME", "/root")]).exits(0);
    assert!(
        run.stdout.contains("getpwuid: user / /bin/sh 0\n"),
        "{run:?}"
    );
}

/// The tree `glob.c` and `ftw.c` walk: hidden files, empty and nested
/// directories, names with wildcard characters, links to a directory and
/// to a file.
#[cfg(unix)]
fn walk_tree(test: &str) -> PathBuf {
    use std::os::unix::fs::symlink;
    let dir = scratch(test);
    let root = dir.join("root");
    for d in [".hdir", "dir1/sub", "dir2", "emptydir"] {
        std::fs::create_dir_all(root.join(d)).unwrap();
    }
    for f in [
        "a.txt",
        "b.txt",
        "c.c",
        ".hidden",
        ".hdir/x",
        "dir1/f1",
        "dir1/f2.txt",
        "dir1/.h1",
        "dir1/sub/deep.txt",
        "dir2/f1",
        "dir2/g.txt",
        "*star",
        "[br]",
        "br",
        "x?y",
    ] {
        std::fs::write(root.join(f), f).unwrap();
    }
    symlink("dir1", root.join("link")).unwrap();
    symlink("a.txt", root.join("link.txt")).unwrap();
    dir
}

#[cfg(unix)]
#[test]
fn glob_expands_patterns_over_the_granted_tree_as_glibc_does() {
    let dir = walk_tree("glob");
    let prog = files("glob.c");
    let run = voxvm_in(
        &dir,
        &[
            "--dir",
            "root::/data",
            "--cwd",
            "/data",
            prog.to_str().unwrap(),
            "/data",
        ],
        &[],
    )
    .exits(0);
    assert_eq!(run.stdout, expected("glob.expected"), "{run:?}");
}

#[cfg(unix)]
#[test]
fn ftw_and_nftw_walk_the_granted_tree_in_name_order() {
    use std::os::unix::fs::symlink;
    let dir = walk_tree("ftw");
    let root = dir.join("root");
    symlink("nothing", root.join("dangle")).unwrap();
    // What the program removes as `rm -r` does: with FTW_PHYS|FTW_DEPTH
    // the link goes, not what it points to.
    std::fs::create_dir_all(root.join("trash/sub")).unwrap();
    std::fs::write(root.join("trash/t1"), "1").unwrap();
    std::fs::write(root.join("trash/sub/t2"), "2").unwrap();
    symlink("../dir2", root.join("trash/tolink")).unwrap();
    let prog = files("ftw.c");
    let run = voxvm_in(
        &dir,
        &[
            "--dir",
            "root::/data:rw",
            "--cwd",
            "/data",
            prog.to_str().unwrap(),
            "rm",
        ],
        &[],
    )
    .exits(0);
    assert_eq!(run.stdout, expected("ftw.expected"), "{run:?}");
    assert!(!root.join("trash").exists());
    assert_eq!(tree(&root.join("dir2")), ["f1", "g.txt"]);
}

#[test]
fn random_bytes_are_the_hosts_or_a_seeded_stream() {
    let dir = scratch("random");
    let p = files("random.c");
    let p = p.to_str().unwrap();
    let seeded = || {
        voxvm_in(&dir, &["--random=seed:42", p], &[])
            .exits(0)
            .stdout
    };
    let first = seeded();
    assert_eq!(first, seeded(), "the same seed gives the same bytes");
    // SplitMix64 from 42, written out independently of the runtime's copy.
    let mut state: u64 = 42;
    let mut want = String::new();
    for _ in 0..3 {
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^= z >> 31;
        for b in z.to_le_bytes() {
            want.push_str(&format!("{b:02x}"));
        }
    }
    assert_eq!(first.lines().next(), Some(want.as_str()), "{first}");
    let other = voxvm_in(&dir, &["--random=seed:43", p], &[])
        .exits(0)
        .stdout;
    assert_ne!(first, other);
    // The host's entropy: two runs differ (a collision of 24 random bytes
    // would be a 2^-192 event).
    let os1 = voxvm_in(&dir, &[p], &[]).exits(0).stdout;
    let os2 = voxvm_in(&dir, &["--random=os", p], &[]).exits(0).stdout;
    assert_ne!(os1, os2);
    assert_ne!(os1, first);
    voxvm_in(&dir, &["--random=bogus", p], &[])
        .exits(2)
        .says("seed:N");
    voxvm_in(&dir, &["--random=seed:-1", p], &[]).exits(2);
}

#[test]
fn temporary_names_only_in_a_granted_directory() {
    let dir = scratch("tempnames");
    std::fs::create_dir_all(dir.join("box")).unwrap();
    let p = files("tempnames.c");
    let p = p.to_str().unwrap();
    let run = voxvm_in(&dir, &["--dir", "box::/tmp:rw", p], &[]).exits(0);
    assert_eq!(run.stdout, expected("tempnames.expected"), "{run:?}");
    // Nothing was left behind.
    assert!(tree(&dir.join("box")).is_empty());
    let run = voxvm_in(&dir, &[p], &[]).exits(0);
    assert_eq!(run.stdout, expected("tempnames_denied.expected"), "{run:?}");
}
