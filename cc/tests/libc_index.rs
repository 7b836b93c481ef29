//! `cc/libc/INDEX` (which C library member defines which name, read by the
//! linker to pull members in) and `cc/libc/DEPS` (which library names each
//! library function uses) must match the library's sources.
//! Regenerate it with `VOXCC_BLESS=1 cargo test -p voxcc --test libc_index`.

#[test]
fn libc_index_is_current() {
    let (want, want_deps) = voxcc::libc_index().expect("the C library compiles");
    for (file, text) in [("INDEX", &want), ("DEPS", &want_deps)] {
        let path = format!("{}/libc/{file}", env!("CARGO_MANIFEST_DIR"));
        if std::env::var_os("VOXCC_BLESS").is_some() {
            std::fs::write(&path, text).unwrap();
        }
        let have = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            &have == text,
            "cc/libc/{file} is out of date: run `VOXCC_BLESS=1 cargo test -p voxcc --test libc_index`"
        );
    }
    // Every member defines something, and no name is defined twice.
    let mut seen = std::collections::HashSet::new();
    for line in want.lines() {
        let (file, names) = line.split_once(':').unwrap();
        assert!(!names.trim().is_empty(), "{file} defines nothing");
        for n in names.split_whitespace() {
            assert!(seen.insert(n), "{n} is defined by two members ({file})");
        }
    }
}
