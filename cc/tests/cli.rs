//! The `voxcc` command line: `-o -` writes to standard output, as cc does.

use std::process::Command;

fn voxcc(args: &[&str], dir: &std::path::Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_voxcc"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("voxcc runs")
}

#[test]
fn dash_output_is_standard_output() {
    let dir = std::env::temp_dir().join(format!("voxcc-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("p.c"),
        "#define TWICE(x) ((x) * 2)\nint main(void) { return TWICE(21); }\n",
    )
    .unwrap();

    let asm = voxcc(&["-S", "p.c", "-o", "-"], &dir);
    assert!(
        asm.status.success(),
        "{}",
        String::from_utf8_lossy(&asm.stderr)
    );
    let text = String::from_utf8_lossy(&asm.stdout);
    assert!(
        text.contains(".func main"),
        "no assembly on stdout:\n{text}"
    );

    let pre = voxcc(&["-E", "p.c", "-o", "-"], &dir);
    assert!(pre.status.success());
    assert!(String::from_utf8_lossy(&pre.stdout).contains("((21) * 2)"));

    // Nothing was written to a file named `-`.
    assert!(!dir.join("-").exists());
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A backslash before a multi-byte character (`"\é"`) is an unknown escape
/// (a warning, as in gcc), not a crash: found by the smoke fuzzer.
#[test]
fn escape_before_a_multibyte_character() {
    let src = "int main(void) { const char *s = \"\\\u{e9}x\"; return s[0] == 0; }\n";
    let r = voxcc::compile_image(
        &[voxcc::Source::new("esc.c", src)],
        &voxcc::Options::default(),
    );
    let (_, warnings) = r.unwrap_or_else(|e| panic!("{}", e.rendered));
    assert!(warnings.contains("unknown escape sequence"), "{warnings}");
}
