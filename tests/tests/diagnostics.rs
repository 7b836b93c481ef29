//! Golden tests for assembler diagnostics.
//!
//! Every `tests/diagnostics/NAME.vvs` must fail to assemble, and the rendered
//! errors (`asm::assemble(src, "NAME.vvs").unwrap_err().render()`) must equal
//! `NAME.stderr` exactly. After an intended change to the messages, regenerate
//! the goldens with
//!
//! ```text
//! BLESS=1 cargo test -p tests --test diagnostics
//! ```
//!
//! and review the diff: the goldens are documentation of what users see.

use std::fs;
use std::path::{Path, PathBuf};

fn inputs() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("diagnostics");
    let mut v: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "vvs"))
        .collect();
    v.sort();
    v
}

fn render(path: &Path) -> String {
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let src = fs::read_to_string(path).unwrap();
    match asm::assemble(&src, &name) {
        Ok(_) => panic!("{name} assembled, but it is a diagnostics test and must fail"),
        Err(e) => e.render(),
    }
}

fn bless() -> bool {
    std::env::var_os("BLESS").is_some_and(|v| !v.is_empty() && v != "0")
}

#[test]
fn diagnostics_match_their_goldens() {
    let inputs = inputs();
    assert!(inputs.len() >= 15, "found only {} inputs", inputs.len());
    let mut failures = Vec::new();
    for input in &inputs {
        let got = render(input);
        assert!(
            !got.contains('\x1b'),
            "rendering must not contain colour codes"
        );
        let golden = input.with_extension("stderr");
        if bless() {
            fs::write(&golden, &got).unwrap();
            continue;
        }
        match fs::read_to_string(&golden) {
            Ok(want) if want == got => {}
            Ok(want) => failures.push(format!(
                "{}: rendered diagnostics differ from the golden\n--- expected\n{want}--- got\n{got}---",
                input.display()
            )),
            Err(_) => failures.push(format!(
                "{} is missing; run with BLESS=1 to create it. Got:\n{got}",
                golden.display()
            )),
        }
    }
    assert!(
        failures.is_empty(),
        "{}\n\n(after an intended change: BLESS=1 cargo test -p tests --test diagnostics)",
        failures.join("\n\n")
    );
}

#[test]
fn every_golden_has_an_input() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("diagnostics");
    for e in fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|e| e == "stderr") {
            assert!(
                p.with_extension("vvs").exists(),
                "{} has no input",
                p.display()
            );
        }
    }
}

/// Each diagnostic names the file, line and column of the problem, and the
/// summary line counts the errors.
#[test]
fn diagnostics_locate_every_error() {
    for input in inputs() {
        let name = input.file_name().unwrap().to_string_lossy().into_owned();
        let src = fs::read_to_string(&input).unwrap();
        let errors = asm::assemble(&src, &name).unwrap_err();
        let text = errors.render();
        let n = errors.errors.len();
        assert!(n >= 1);
        for e in &errors.errors {
            let (line, col) = errors.line_col(e.span.start);
            assert!(
                text.contains(&format!("{name}:{line}:{col}")),
                "{name}: `{}` is not located at {line}:{col}\n{text}",
                e.message
            );
            assert!(text.contains(&format!("error: {}", e.message)));
        }
        let plural = if n == 1 { "" } else { "s" };
        assert!(
            text.ends_with(&format!(
                "error: could not assemble `{name}` due to {n} previous error{plural}\n"
            )),
            "{text}"
        );
    }
}

/// The many-errors input reports each of its errors, in source order.
#[test]
fn all_errors_are_reported_in_order() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("diagnostics/many_errors.vvs");
    let src = fs::read_to_string(path).unwrap();
    let errors = asm::assemble(&src, "many_errors.vvs").unwrap_err();
    let lines: Vec<usize> = errors
        .errors
        .iter()
        .map(|e| errors.line_col(e.span.start).0)
        .collect();
    assert!(errors.errors.len() >= 7, "{}", errors.render());
    let mut sorted = lines.clone();
    sorted.sort_unstable();
    assert_eq!(lines, sorted, "errors should come in source order");
}
