//! Fuzz-style properties of the tokenizer and preprocessor: random bytes and
//! random token soups never panic or hang, and `-E` output preprocesses back
//! to the same tokens.

use proptest::prelude::*;
use voxcc::pp::{self, Limits};
use voxcc::token::TokKind;
use voxcc::{lex, Options, Session};

/// Small limits so that runaway inputs stop quickly in a debug build.
fn limits() -> Limits {
    Limits {
        max_work: 200_000,
        work_per_source_token: 4,
        max_text: 1 << 20,
        max_include_depth: 20,
        max_macro_depth: 64,
        max_if_depth: 64,
        memory: None,
    }
}

fn opts() -> Options {
    Options {
        headers: vec![
            ("x.h".into(), "#define X 1\nx_h\n#include \"x.h\"\n".into()),
            (
                "y.h".into(),
                "#pragma once\n#ifndef Y\n#define Y(a) a ## a\n#endif\ny\n".into(),
            ),
        ],
        ..Options::default()
    }
}

/// Preprocesses `src`; returns the token spellings, whether any diagnostic
/// was reported, and the `-E` text.
fn pp_text(src: &str) -> (Vec<String>, bool, String) {
    let mut sess = Session::new();
    let f = sess.sources.add("fuzz.c", src);
    let toks = pp::preprocess_with_limits(&mut sess, &opts(), f, &limits());
    assert_eq!(toks.last().map(|t| t.kind), Some(TokKind::Eof));
    assert_eq!(toks.iter().filter(|t| t.kind == TokKind::Eof).count(), 1);
    assert!(toks.iter().all(|t| t.kind != TokKind::Placemarker));
    let text = pp::render(&sess, &toks, true);
    let spell = toks[..toks.len() - 1]
        .iter()
        .map(|t| sess.interner.str(t.sym).to_string())
        .collect();
    (spell, !sess.diags.list.is_empty(), text)
}

const WORDS: &[&str] = &[
    "#define",
    "#undef",
    "#if",
    "#ifdef",
    "#ifndef",
    "#elif",
    "#else",
    "#endif",
    "#include \"x.h\"",
    "#include <y.h>",
    "#include_next <y.h>",
    "#line 7",
    "#pragma once",
    "#error e",
    "#",
    "##",
    "(",
    ")",
    ",",
    "...",
    "__VA_ARGS__",
    "A",
    "B",
    "f",
    "g",
    "x",
    "Y",
    "1",
    "0",
    "\"s\"",
    "'c'",
    "defined",
    "__LINE__",
    "__COUNTER__",
    "_Pragma",
    "(\"once\")",
    "+",
    "-",
    "/",
    "*",
    "?",
    ":",
    "<",
    ">",
    "\\",
    "\\\n",
    "/*",
    "*/",
    "//",
    "'",
    "\"",
    "\n",
    "\n",
    "\n",
    " ",
    "%:",
    "<:",
    ".",
    "e+",
    "L",
    "__has_include",
    "#define f(a, ...) a ## __VA_ARGS__ #a",
    "#define A B A",
    "#define B A",
    "#define g(x) f(x) g",
    "#if defined(A) && A + 1",
    "\n#endif\n",
    "@",
    "$",
    "é",
];

fn soup() -> impl Strategy<Value = String> {
    prop::collection::vec((prop::sample::select(WORDS), prop::bool::ANY), 0..120).prop_map(|ws| {
        let mut s = String::new();
        for (w, space) in ws {
            s.push_str(w);
            if space {
                s.push(' ');
            }
        }
        s
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let src = String::from_utf8_lossy(&bytes).into_owned();
        let mut sess = Session::new();
        let f = sess.sources.add("bytes.c", src.clone());
        let toks = lex::tokenize(&mut sess, f);
        prop_assert_eq!(toks.last().map(|t| t.kind), Some(TokKind::Eof));
        let _ = pp_text(&src);
    }

    #[test]
    fn random_ascii_never_panics(src in "[ -~\n\t]{0,300}") {
        let _ = pp_text(&src);
    }

    #[test]
    fn token_soups_never_panic(src in soup()) {
        let (_, _, text) = pp_text(&src);
        // The `-E` text is itself input that must not break anything.
        let _ = pp_text(&text);
    }

    #[test]
    fn rendered_output_round_trips(src in soup()) {
        let (toks, had_diags, text) = pp_text(&src);
        // A stream that starts with `#` cannot be printed so that it reads
        // back the same (any `#` first on a line is a directive).
        let starts_with_hash = toks.first().is_some_and(|t| t == "#" || t == "%:");
        if !had_diags && !starts_with_hash {
            let (again, _, _) = pp_text(&text);
            prop_assert_eq!(toks, again, "rendered:\n{}", text);
        }
    }
}
