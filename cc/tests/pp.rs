//! Preprocessor tests: the C99 standard's examples (6.10.3.3, 6.10.3.4,
//! 6.10.3.5), the classic hard cases, directives, diagnostics and limits.

use voxcc::diag::Severity;
use voxcc::pp::{self, Limits};
use voxcc::token::{TokKind, Token, EXPANDED, NO_EXPAND};
use voxcc::{lex, Options, Session};

fn run_opts(src: &str, opts: &Options, limits: &Limits) -> (Session, Vec<Token>) {
    let mut sess = Session::new();
    sess.diags.no_warnings = opts.no_warnings;
    let f = sess.sources.add("test.c", src);
    let toks = pp::preprocess_with_limits(&mut sess, opts, f, limits);
    (sess, toks)
}

fn run(src: &str) -> (Session, Vec<Token>) {
    run_opts(src, &Options::default(), &Limits::default())
}

fn spellings(sess: &Session, toks: &[Token]) -> String {
    toks.iter()
        .filter(|t| t.kind != TokKind::Eof)
        .map(|t| sess.interner.str(t.sym))
        .collect::<Vec<_>>()
        .join(" ")
}

fn messages(sess: &Session) -> Vec<String> {
    sess.diags
        .list
        .iter()
        .map(|d| format!("{}: {}", d.severity, d.message))
        .collect()
}

/// The expansion as spellings joined by single spaces; no diagnostics allowed.
fn expand(src: &str) -> String {
    let (sess, toks) = run(src);
    assert!(
        sess.diags.list.is_empty(),
        "unexpected diagnostics: {:?}",
        messages(&sess)
    );
    spellings(&sess, &toks)
}

/// `expected` lexed the same way (so the comparison ignores whitespace).
fn norm(expected: &str) -> String {
    let mut sess = Session::new();
    let f = sess.sources.add("expected.c", expected);
    let toks = lex::tokenize(&mut sess, f);
    spellings(&sess, &toks)
}

#[track_caller]
fn check(src: &str, expected: &str) {
    assert_eq!(expand(src), norm(expected), "source:\n{src}");
}

/// Expansion and diagnostics (as "severity: message").
fn diags(src: &str) -> (String, Vec<String>) {
    let (sess, toks) = run(src);
    (spellings(&sess, &toks), messages(&sess))
}

#[track_caller]
fn has(msgs: &[String], needle: &str) {
    assert!(
        msgs.iter().any(|m| m.contains(needle)),
        "no diagnostic containing {needle:?} in {msgs:?}"
    );
}

// ---- The standard's examples ------------------------------------------

#[test]
fn c99_6_10_3_3_example_hash_hash() {
    let src = r#"
#define hash_hash # ## #
#define mkstr(a) # a
#define in_between(a) mkstr(a)
#define join(c, d) in_between(c hash_hash d)
char p[] = join(x, y);
"#;
    assert_eq!(expand(src), r#"char p [ ] = "x ## y" ;"#);
}

#[test]
fn c99_6_10_3_4_example_f2_9() {
    let src = "#define f(a) a*g\n#define g(a) f(a)\nf(2)(9)\n";
    // The standard allows `2*f(9)` or `2*9*g`; gcc (and we) give the latter.
    check(src, "2*9*g");
}

#[test]
fn c99_6_10_3_5_example_3() {
    let src = r#"
#define x 3
#define f(a) f(x * (a))
#undef x
#define x 2
#define g f
#define z z[0]
#define h g(~
#define m(a) a(w)
#define w 0,1
#define t(a) a
#define p() int
#define q(x) x
#define r(x,y) x ## y
#define str(x) # x
f(y+1) + f(f(z)) % t(t(g)(0) + t)(1);
g(x+(3,4)-w) | h 5) & m
(f)^m(m);
p() i[q()] = { q(1), r(2,3), r(4,), r(,5), r(,) };
char c[2][6] = { str(hello), str() };
"#;
    check(
        src,
        r#"
f(2 * (y+1)) + f(2 * (f(2 * (z[0])))) % f(2 * (0)) + t(1);
f(2 * (2+(3,4)-0,1)) | f(2 * (~ 5)) & f(2 * (0,1))^m(0,1);
int i[] = { 1, 23, 4, 5, };
char c[2][6] = { "hello", "" };
"#,
    );
}

#[test]
fn c99_6_10_3_5_example_4() {
    let src = r#"
#define str(s) # s
#define xstr(s) str(s)
#define debug(s, t) printf("x" # s "= %d, x" # t "= %s", \
 x ## s, x ## t)
#define INCFILE(n) vers ## n
#define glue(a, b) a ## b
#define xglue(a, b) glue(a, b)
#define HIGHLOW "hello"
#define LOW LOW ", world"
debug(1, 2);
fputs(str(strncmp("abc\0d", "abc", '\4') // this goes away
 == 0) str(: @\n), s);
#include xstr(INCFILE(2).h)
glue(HIGH, LOW);
xglue(HIGH, LOW)
"#;
    let opts = Options {
        headers: vec![("vers2.h".into(), "int vers2_included;\n".into())],
        ..Options::default()
    };
    let (sess, toks) = run_opts(src, &opts, &Limits::default());
    assert!(sess.diags.list.is_empty(), "{:?}", messages(&sess));
    assert_eq!(
        spellings(&sess, &toks),
        norm(
            r#"
printf("x" "1" "= %d, x" "2" "= %s", x1, x2);
fputs("strncmp(\"abc\\0d\", \"abc\", '\\4') == 0" ": @\n", s);
int vers2_included;
"hello";
"hello" ", world"
"#
        )
    );
}

#[test]
fn c99_6_10_3_5_example_5() {
    let src = "#define t(x,y,z) x ## y ## z\n\
int j[] = { t(1,2,3), t(,4,5), t(6,,7), t(8,9,),\n t(10,,), t(,11,), t(,,12), t(,,) };\n";
    check(src, "int j[] = { 123, 45, 67, 89,\n 10, 11, 12, };");
}

#[test]
fn c99_6_10_3_5_example_6_redefinitions() {
    let valid = r#"
#define OBJ_LIKE (1-1)
#define OBJ_LIKE /* white space */ (1-1) /* other */
#define FUNC_LIKE(a) ( a )
#define FUNC_LIKE( a )( /* note the white space */ \
 a /* other stuff on this line
 */ )
"#;
    assert_eq!(diags(valid).1, Vec::<String>::new());
    for bad in [
        "#define OBJ_LIKE (1-1)\n#define OBJ_LIKE (0)\n",
        "#define OBJ_LIKE (1-1)\n#define OBJ_LIKE (1 - 1)\n",
        "#define FUNC_LIKE(a) ( a )\n#define FUNC_LIKE(b) ( a )\n",
        "#define FUNC_LIKE(a) ( a )\n#define FUNC_LIKE(b) ( b )\n",
    ] {
        let (sess, _) = run(bad);
        assert_eq!(sess.diags.list.len(), 1, "{bad}");
        let d = &sess.diags.list[0];
        assert_eq!(d.severity, Severity::Warning);
        assert!(d.message.contains("redefined"), "{}", d.message);
        assert_eq!(d.related.len(), 1);
        assert_eq!(d.related[0].2, "previous definition is here");
        assert_eq!(sess.sources.describe(d.related[0].0), "test.c:1:9");
        assert_eq!(sess.sources.describe(d.loc), "test.c:2:9");
    }
}

#[test]
fn c99_6_10_3_5_example_7() {
    let src = r#"
#define debug(...) fprintf(stderr, __VA_ARGS__)
#define showlist(...) puts(#__VA_ARGS__)
#define report(test, ...) ((test)?puts(#test):\
 printf(__VA_ARGS__))
debug("Flag");
debug("X = %d\n", x);
showlist(The first, second, and third items.);
report(x>y, "x is %d but y is %d", x, y);
"#;
    check(
        src,
        r#"
fprintf(stderr, "Flag" );
fprintf(stderr, "X = %d\n", x );
puts( "The first, second, and third items." );
((x>y)?puts("x>y"): printf("x is %d but y is %d", x, y));
"#,
    );
}

#[test]
fn c99_6_10_3_5_examples_1_and_2() {
    check(
        "#define TABSIZE 100\nint table[TABSIZE];",
        "int table[100];",
    );
    check(
        "#define max(a, b) ((a) > (b) ? (a) : (b))\nmax(x+1, f(y))",
        "((x+1) > (f(y)) ? (x+1) : (f(y)))",
    );
}

// ---- Classic hard cases --------------------------------------------------

#[test]
fn mutual_recursion_is_painted_blue() {
    let (sess, toks) = run("#define f(a) a*g\n#define g(a) f(a)\nf(2)(9)\n");
    let g = toks
        .iter()
        .find(|t| sess.interner.str(t.sym) == "g")
        .unwrap();
    assert_ne!(g.flags & NO_EXPAND, 0);
    check("#define foo foo\nfoo", "foo");
    check("#define a b\n#define b a\na b", "a b");
    check("#define f(x) f(x) + 1\nf(f(2))", "f(f(2) + 1) + 1");
    // A painted name stays painted when it reaches a new context.
    check(
        "#define foo() bar foo\n#define bar(x) x\nbar(foo())",
        "bar foo",
    );
}

#[test]
fn a_macro_is_enabled_again_once_its_expansion_is_read() {
    // gcc's (and clang's) rule, which Prosser's hide sets get wrong: REPEAT's
    // expansion was read completely while EXPAND's argument was expanded, so
    // REPEAT may expand again when EXPAND's result is rescanned.
    check(
        "#define EMPTY\n#define DEFER(id) id EMPTY\n#define EXPAND(...) __VA_ARGS__\n\
#define REPEAT_INDIRECT() REPEAT\n#define REPEAT(n) n DEFER(REPEAT_INDIRECT)()(n)\n\
REPEAT(1) | EXPAND(REPEAT(2)) | EXPAND(EXPAND(REPEAT(3)))",
        "1 REPEAT_INDIRECT ()(1) | 2 2 REPEAT_INDIRECT ()(2) | 3 3 3 REPEAT_INDIRECT ()(3)",
    );
    // The widely used MAP macro (github.com/swansontec/map-macro).
    let map = r#"
#define EVAL0(...) __VA_ARGS__
#define EVAL1(...) EVAL0(EVAL0(EVAL0(__VA_ARGS__)))
#define EVAL2(...) EVAL1(EVAL1(EVAL1(__VA_ARGS__)))
#define EVAL3(...) EVAL2(EVAL2(EVAL2(__VA_ARGS__)))
#define EVAL4(...) EVAL3(EVAL3(EVAL3(__VA_ARGS__)))
#define EVAL(...)  EVAL4(EVAL4(EVAL4(__VA_ARGS__)))
#define MAP_END(...)
#define MAP_OUT
#define MAP_GET_END2() 0, MAP_END
#define MAP_GET_END1(...) MAP_GET_END2
#define MAP_GET_END(...) MAP_GET_END1
#define MAP_NEXT0(test, next, ...) next MAP_OUT
#define MAP_NEXT1(test, next) MAP_NEXT0(test, next, 0)
#define MAP_NEXT(test, next)  MAP_NEXT1(MAP_GET_END test, next)
#define MAP0(f, x, peek, ...) f(x) MAP_NEXT(peek, MAP1)(f, peek, __VA_ARGS__)
#define MAP1(f, x, peek, ...) f(x) MAP_NEXT(peek, MAP0)(f, peek, __VA_ARGS__)
#define MAP(f, ...) EVAL(MAP1(f, __VA_ARGS__, ()()(), ()()(), ()()(), 0))
#define STRING(x) char const *x##_string = #x;
MAP(STRING, foo, bar, baz, qux)
"#;
    check(
        map,
        r#"char const *foo_string = "foo"; char const *bar_string = "bar";
char const *baz_string = "baz"; char const *qux_string = "qux";"#,
    );
    // A name read while its macro is disabled stays painted, even when it is
    // read as part of an argument and used after the expansion ends.
    check("#define f(x) x\n#define g f(g)\ng", "g");
    check("#define m(a) a(w)\n#define w 0,1\nm(m)", "m(0,1)");
}

#[test]
fn stringizing_spacing_and_escapes() {
    check(
        r#"#define str(s) # s
str(  a   +   b  )
str("x\n" 'y' "\\" '\'')
str(a
b)
str( "a" "b" )
str(@ # \ x)"#,
        r#""a + b"
"\"x\\n\" 'y' \"\\\\\" '\\''"
"a b"
"\"a\" \"b\""
"@ # \ x""#,
    );
    // `\` alone: the final backslash is dropped with a warning (as gcc).
    let (_, msgs) = diags("#define str(s) # s\nstr(\\)\n");
    has(&msgs, "invalid string literal");
    // Stringizing an expanded argument keeps the spacing of the source.
    check(
        "#define str(s) # s\n#define xstr(s) str(s)\n#define E\n#define F(x) x\nxstr(a F(b)c E d)",
        r#""a bc d""#,
    );
}

#[test]
fn macro_name_not_followed_by_paren() {
    check("#define f(x) [x]\nf + f(1) f", "f + [1] f");
    check("#define f(x) [x]\n#define g f\ng(2) g", "[2] f");
    // Across a line: still an invocation.
    check("#define f(x) [x]\nf\n(3)", "[3]");
}

#[test]
fn invocation_across_lines_and_nested_parens() {
    check(
        "#define f(a, b) <a|b>\nf((1, 2),\n  g(3, (4)))\nf( , )",
        "<(1, 2)|g(3, (4))> <|>",
    );
    // Brackets and braces do not group arguments; only parentheses do.
    let (_, m) = diags("#define f(a) a\nf([1, 2])");
    has(&m, "macro `f` passed 2 arguments, but takes just 1");
}

#[test]
fn wrong_argument_counts() {
    let (out, msgs) = diags("#define f(a, b) a b\nf(1)\nf(1, 2, 3)\n");
    assert_eq!(
        msgs,
        [
            "error: macro `f` requires 2 arguments, but only 1 given",
            "error: macro `f` passed 3 arguments, but takes just 2"
        ]
    );
    assert_eq!(out, "f f");
    let (sess, _) = run("#define f(a, b) a b\nf(1)\n");
    let d = &sess.diags.list[0];
    assert_eq!(sess.sources.describe(d.loc), "test.c:2:1");
    assert_eq!(d.related[0].2, "macro defined here");
    assert_eq!(sess.sources.describe(d.related[0].0), "test.c:1:9");
    let (_, msgs) = diags("#define f() x\nf(1)\n#define g(a, ...) a\ng()\ng(1)\n");
    has(&msgs, "macro `f` passed 1 arguments, but takes just 0");
    assert_eq!(msgs.len(), 1, "{msgs:?}");
    let (_, msgs) = diags("#define f(a, b, ...) a\nf(1)\n");
    has(&msgs, "requires 2 arguments or more, but only 1 given");
    let (out, msgs) = diags("#define f(a) a\nf(1, 2\n");
    has(&msgs, "unterminated argument list invoking macro `f`");
    assert_eq!(out, "f");
}

#[test]
fn variadic_macros_and_gnu_extensions() {
    check(
        "#define e(fmt, ...) p(fmt, ## __VA_ARGS__)\ne(\"a\") e(\"b\", 1, 2) e(\"c\",)",
        // As gcc: the comma goes only when the variable arguments are left
        // out, not when they are given but empty.
        "p(\"a\") p(\"b\", 1, 2) p(\"c\",)",
    );
    check(
        "#define e(fmt, args...) p(fmt, ## args)\ne(\"a\") e(\"b\", 1, 2)",
        "p(\"a\") p(\"b\", 1, 2)",
    );
    check(
        "#define v(...) [__VA_ARGS__]\nv() v(a,b , c)",
        "[] [a,b , c]",
    );
    check("#define c(...) #__VA_ARGS__\nc(a , b,c)", "\"a , b,c\"");
}

#[test]
fn pasting() {
    check(
        "#define cat(a, b) a ## b\ncat(x, y) cat(1, 2) cat(+, =) cat(<, :) cat(L, 'a')",
        "xy 12 += <: L'a'",
    );
    check("#define cat(a, b) a ## b\ncat(, ) cat(a b, c d)", "a bc d");
    check(
        "#define cat(a, b) a ## b\n#define xy done\ncat(x, y)",
        "done",
    );
    // Operands are not expanded before pasting.
    check("#define cat(a, b) a ## b\n#define X 1\ncat(X, X)", "XX");
    // An object-like macro pastes too.
    check("#define o a ## b\no", "ab");
    // `#` then `##`.
    check("#define s(a) L ## #a\ns(1)", "L\"1\"");
    let (out, msgs) = diags("#define cat(a, b) a ## b\ncat(+, -) cat(., .) cat(/, /)\n");
    assert_eq!(
        msgs,
        [
            "error: pasting `+` and `-` does not give a valid preprocessing token",
            "error: pasting `.` and `.` does not give a valid preprocessing token",
            "error: pasting `/` and `/` does not give a valid preprocessing token",
        ]
    );
    assert_eq!(out, "+ - . . / /");
}

#[test]
fn directive_errors_in_definitions() {
    let (_, m) = diags("#define\n#define 3\n#define f(a,a) a\n#define f(a a\n#define f(a,\n#define g(a) #b\n#define h ## x\n#define i x ##\n#define defined 1\n");
    has(&m, "no macro name given in #define directive");
    has(&m, "macro names must be identifiers, found `3`");
    has(&m, "duplicate macro parameter `a`");
    has(&m, "expected `,` or `)` in macro parameter list, found `a`");
    has(&m, "missing `)` in macro parameter list");
    has(&m, "`#` is not followed by a macro parameter");
    has(&m, "`##` cannot appear at either end of a macro expansion");
    has(&m, "`defined` cannot be used as a macro name");
    assert_eq!(
        m.iter().filter(|m| m.starts_with("error")).count(),
        9,
        "{m:?}"
    );
    // In an object-like macro `#` is an ordinary token.
    check("#define h # x\nh", "# x");
    let (_, m) = diags("#define X\"a\"\n");
    has(&m, "missing whitespace after the macro name");
}

#[test]
fn expanded_tokens_point_at_the_invocation() {
    let (sess, toks) = run("#define TWO 1 + \\\n 1\n#define ID(x) x\n  int a = ID(TWO);\n");
    for t in &toks[..toks.len() - 1] {
        let s = sess.interner.str(t.sym);
        let where_ = sess.sources.describe(t.loc);
        match s {
            "int" => assert_eq!(where_, "test.c:4:3"),
            "a" => assert_eq!(where_, "test.c:4:7"),
            "1" | "+" => {
                assert_eq!(where_, "test.c:4:11");
                assert_ne!(t.flags & EXPANDED, 0);
            }
            _ => {}
        }
    }
}

// ---- Conditionals ------------------------------------------------------

#[test]
fn conditional_groups() {
    check(
        "#define A 1\n#if A\na\n#elif 1\nb\n#else\nc\n#endif\n#ifdef A\nd\n#endif\n#ifndef A\ne\n#else\nf\n#endif\n#if 0\n#elif defined(A) && defined A\ng\n#endif",
        "a d f g",
    );
    check("#if 0\n#if 1\nx\n#else\ny\n#endif\n#else\nz\n#endif", "z");
    // Skipped groups may hold anything, even unknown directives and junk.
    check(
        "#if 0\n#garbage\n don't ' \" @\n#include <nonexistent.h>\n#error no\n#endif\nok",
        "ok",
    );
    check(
        "#ifdef __STDC__\nstd\n#endif\n#if __STDC_VERSION__ >= 199901L\nc99\n#endif",
        "std c99",
    );
}

#[test]
fn if_expressions() {
    let t = |e: &str| expand(&format!("#if {e}\nyes\n#else\nno\n#endif\n"));
    for e in [
        "1 + 2 * 3 == 7",
        "(1 ? 2 : 0) == 2",
        "-1 < 0",
        "!(-1 < 0u)",
        "0xffffffffffffffff == -1",
        "-1 > 0u",
        "(2 || 1/0)",
        "!(0 && 1/0)",
        "(0 ? 1/0 : 1)",
        "'a' == 97",
        "'\\377' < 0",
        "L'\\xff' == 255",
        "(1, 2) == 2",
        "-1 << 63 < 0",
        "1u << 63 > 0",
        "-8 >> 1 == -4",
        "1 << -1 == 0",
        "-9223372036854775807 - 1 < 0",
        "undefined_identifier == 0",
        "~0u == 18446744073709551615u",
        "10 % 3 == 1 && -7 / 2 == -3",
        "(5 & 3) == 1 && (5 | 3) == 7 && (5 ^ 3) == 6",
        "__INT_MAX__ == 2147483647 && __LONG_MAX__ > __INT_MAX__",
        "__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__",
        "defined(__voxcc__) && __SIZEOF_POINTER__ == 8 && __CHAR_BIT__ == 8",
        "0b101 == 5 && 010 == 8",
        "1 ? 2u : -1",
        "(0 ? 1u : -1) > 0",
    ] {
        assert_eq!(t(e), "yes", "#if {e}");
    }
    let (out, m) = diags("#if 'ab' == 24930\nyes\n#endif\n");
    assert_eq!(
        (out.as_str(), m.as_slice()),
        (
            "yes",
            &["warning: multi-character character constant".to_string()][..]
        )
    );
    for e in ["0", "1 > 2", "defined X", "defined(X)", "0 && 1", "int"] {
        assert_eq!(t(e), "no", "#if {e}");
    }
}

#[test]
fn if_expression_errors() {
    for (e, msg) in [
        ("1 / 0", "division by zero in #if"),
        ("1 % 0", "division by zero in #if"),
        ("", "#if with no expression"),
        ("1 +", "expected value in preprocessor expression"),
        ("(1", "expected `)`"),
        ("1 2", "missing binary operator before `2`"),
        ("1.0", "floating constant in preprocessor expression"),
        (
            "\"s\"",
            "token `\"s\"` is not valid in preprocessor expressions",
        ),
        ("defined", "operator `defined` requires an identifier"),
        ("defined(X", "missing `)` after `defined`"),
        ("1 ? 2", "expected `:`"),
        ("09", "invalid digit `9` in octal constant"),
        ("1x", "invalid suffix `x` on integer constant"),
        ("''", "empty character constant"),
        ("=", "expected value in preprocessor expression, found `=`"),
    ] {
        let (out, m) = diags(&format!("#if {e}\nyes\n#endif\n"));
        has(&m, msg);
        assert_eq!(out, "", "#if {e}");
    }
    let (_, m) = diags("#if 9223372036854775807 + 1\n#endif\n");
    has(&m, "warning: integer overflow in preprocessor expression");
    let (_, m) = diags("#if (1 << 64) == 0 && (3 << 62)\n#endif\n");
    assert_eq!(
        m,
        ["warning: integer overflow in preprocessor expression"; 2]
    );
    let (_, m) = diags("#if 18446744073709551615 == -1\n#endif\n");
    has(
        &m,
        "warning: integer constant is so large that it is unsigned",
    );
}

#[test]
fn crlf_line_endings() {
    check(
        "#define A 1 \\\r\n + 1\r\n#if A\r\nyes A\r\n#else\r\nno\r\n#endif\r\n",
        "yes 1 + 1",
    );
    let (_, m) = diags("#error crlf\r\n");
    assert_eq!(m, ["error: #error crlf"]);
}

#[test]
fn conditional_structure_errors() {
    let (_, m) = diags("#if 1\n#else\n#else\n#endif\n");
    has(&m, "#else after #else");
    let (_, m) = diags("#if 1\n#else\n#elif 1\n#endif\n");
    has(&m, "#elif after #else");
    let (_, m) = diags("#if 0\n#elif\n#endif\n#define E\n#if E\n#endif\n");
    assert_eq!(
        m,
        [
            "error: #elif with no expression",
            "error: expected value in preprocessor expression, found end of line"
        ]
    );
    let (_, m) = diags("#endif\n#else\n#elif 1\n");
    assert_eq!(
        m,
        [
            "error: #endif without #if",
            "error: #else without #if",
            "error: #elif without #if"
        ]
    );
    let (sess, _) = run("\n#ifdef __STDC__\n#if 1\n");
    let m = messages(&sess);
    assert_eq!(
        m,
        ["error: unterminated `#if`", "error: unterminated `#ifdef`"]
    );
    assert_eq!(sess.sources.describe(sess.diags.list[1].loc), "test.c:2:2");
    let (_, m) = diags("#ifdef\n#endif\n#ifdef 1\n#endif\n#ifdef X Y\n#endif junk\n#else\n");
    has(&m, "no macro name given in #ifdef directive");
    has(&m, "macro names must be identifiers, found `1`");
    has(&m, "warning: extra tokens at end of #ifdef directive");
    has(&m, "warning: extra tokens at end of #endif directive");
}

#[test]
fn has_include_and_friends() {
    let opts = Options {
        headers: vec![("present.h".into(), "".into())],
        ..Options::default()
    };
    let src = "#if __has_include(\"present.h\") && __has_include(<present.h>) && !__has_include(<absent.h>)\nyes\n#endif\n\
#if defined(__has_include) && defined __has_attribute && !__has_attribute(noreturn) && !__has_builtin(__builtin_expect)\nyes2\n#endif\n\
#ifdef __has_include\nyes3\n#endif\n";
    let (sess, toks) = run_opts(src, &opts, &Limits::default());
    assert!(sess.diags.list.is_empty(), "{:?}", messages(&sess));
    assert_eq!(spellings(&sess, &toks), "yes yes2 yes3");
}

// ---- Other directives --------------------------------------------------

#[test]
fn undef_line_error_warning_pragma() {
    check("#define X 1\n#undef X\nX", "X");
    let (sess, toks) = run("#line 100 \"foo.c\"\n__LINE__ __FILE__\n#line 7\n__LINE__ __FILE__\n");
    assert_eq!(spellings(&sess, &toks), "100 \"foo.c\" 7 \"foo.c\"");
    assert_eq!(sess.sources.describe(toks[0].loc), "foo.c:100:1");
    // The macro form, and the line marker `-E` prints.
    let (sess, toks) = run(
        "#define L 42\n#define F \"g.c\"\n#line L F\n__LINE__\n# 9 \"h.c\" 2\n__LINE__ __FILE__\n",
    );
    assert_eq!(spellings(&sess, &toks), "42 9 \"h.c\"");
    let (_, m) = diags("#line x\n#line 5 y\n#line 4294967296\n");
    has(&m, "`x` after #line is not a positive integer");
    has(&m, "invalid filename `y`");
    has(&m, "warning: line number out of range");
    let (_, m) = diags("#error this isn't \"fine\"\n#warning careful   now\n");
    assert_eq!(
        m,
        [
            "error: #error this isn't \"fine\"",
            "warning: #warning careful now"
        ]
    );
    check(
        "#pragma foo bar\n_Pragma(\"weak x\") a\n#pragma STDC FP_CONTRACT ON\n#ident \"v1\"\n#\nb",
        "a b",
    );
    let (_, m) = diags("#foo\n#if 1\n#bar x\n#endif\n");
    has(&m, "invalid preprocessing directive `#foo`");
    has(&m, "invalid preprocessing directive `#bar`");
    let (_, m) = diags("_Pragma(1)\n_Pragma(\"GCC warning \\\"w\\\"\")\n#pragma GCC error \"e\"\n");
    assert_eq!(
        m,
        [
            "error: _Pragma takes a parenthesized string literal",
            "warning: w",
            "error: e"
        ]
    );
}

#[test]
fn push_and_pop_macro() {
    check(
        "#define X 1\n#pragma push_macro(\"X\")\n#undef X\n#define X 2\nX\n#pragma pop_macro(\"X\")\nX\n_Pragma(\"push_macro(\\\"X\\\")\") ",
        "2 1",
    );
}

#[test]
fn predefined_and_builtin_macros() {
    let (sess, toks) = run("__STDC__ __STDC_VERSION__ __STDC_HOSTED__ __voxcc__ __SIZE_TYPE__ __LINE__\n__FILE__ __COUNTER__ __COUNTER__ __INCLUDE_LEVEL__ __BASE_FILE__");
    assert!(sess.diags.list.is_empty());
    assert_eq!(
        spellings(&sess, &toks),
        "1 199901L 1 1 unsigned long 1 \"test.c\" 0 1 0 \"test.c\""
    );
    let (sess, toks) = run("__DATE__ __TIME__");
    let date = sess.interner.str(toks[0].sym);
    let time = sess.interner.str(toks[1].sym);
    assert_eq!(date.len(), 13, "{date}");
    assert_eq!(time.len(), 10, "{time}");
    // __LINE__ in a macro is the line where the expansion began.
    check(
        "#define L __LINE__\n#define F(x) x __LINE__\nL\nF(\n1\n)",
        "3 1 4",
    );
}

#[test]
fn date_formatting_matches_gcc() {
    // SOURCE_DATE_EPOCH=0 gives gcc's "Jan  1 1970" "00:00:00".
    let (sess, toks) = {
        std::env::set_var("SOURCE_DATE_EPOCH", "1700000000");
        let r = run("__DATE__ __TIME__ __TIMESTAMP__");
        std::env::remove_var("SOURCE_DATE_EPOCH");
        r
    };
    // __TIMESTAMP__ in asctime's form (`date -u -d @1700000000`: a Tuesday).
    assert_eq!(
        spellings(&sess, &toks),
        "\"Nov 14 2023\" \"22:13:20\" \"Tue Nov 14 22:13:20 2023\""
    );
}

#[test]
fn command_line_defines() {
    let opts = Options {
        defines: vec![
            ("A".into(), None),
            ("B".into(), Some("2 + 3".into())),
            ("F(x)".into(), Some("[x]".into())),
            ("C".into(), None),
            ("__STDC_HOSTED__".into(), Some("0".into())),
        ],
        undefines: vec!["C".into()],
        ..Options::default()
    };
    let (sess, toks) = run_opts("A B F(1) C __STDC_HOSTED__", &opts, &Limits::default());
    assert_eq!(spellings(&sess, &toks), "1 2 + 3 [ 1 ] C 0");
    let m = messages(&sess);
    assert_eq!(m.len(), 1, "{m:?}");
    has(&m, "warning: `__STDC_HOSTED__` redefined");
}

// ---- Includes ----------------------------------------------------------

/// A fresh directory under the system's temporary directory.
fn temp_dir(tag: &str) -> std::path::PathBuf {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static N: AtomicUsize = AtomicUsize::new(0);
    let d = std::env::temp_dir().join(format!(
        "voxcc-pp-{tag}-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn write(path: &std::path::Path, text: &str) {
    if let Some(p) = path.parent() {
        std::fs::create_dir_all(p).unwrap();
    }
    std::fs::write(path, text).unwrap();
}

/// Preprocesses the file `main` as the `voxcc` command does: with the host's
/// files open to it (`host_files`).
fn run_file(main: &std::path::Path, opts: &Options) -> (Session, Vec<Token>) {
    let opts = &Options {
        host_files: true,
        ..opts.clone()
    };
    let mut sess = Session::new();
    let text = std::fs::read_to_string(main).unwrap();
    let f = sess.sources.add(main.display().to_string(), text);
    let toks = pp::preprocess(&mut sess, opts, f);
    (sess, toks)
}

#[test]
fn include_search_order() {
    let d = temp_dir("search");
    write(&d.join("src/main.c"), "#include \"a.h\"\n#include <a.h>\n#include \"sub/b.h\"\n#include \"v.h\"\n#include <v.h>\n__FILE__\n");
    write(&d.join("src/a.h"), "local_a\n");
    write(&d.join("inc/a.h"), "inc_a\n");
    write(
        &d.join("src/sub/b.h"),
        "#include \"c.h\"\n__FILE__ __INCLUDE_LEVEL__\n",
    );
    write(&d.join("src/sub/c.h"), "sub_c\n");
    write(&d.join("src/v.h"), "disk_v\n");
    let opts = Options {
        include_dirs: vec![d.join("inc")],
        headers: vec![("v.h".into(), "virtual_v\n".into())],
        ..Options::default()
    };
    let main = d.join("src/main.c");
    let (sess, toks) = run_file(&main, &opts);
    assert!(sess.diags.list.is_empty(), "{:?}", messages(&sess));
    let b = d.join("src/sub/b.h");
    let main_s = main.display().to_string();
    assert_eq!(
        spellings(&sess, &toks),
        format!(
            "local_a inc_a sub_c \"{}\" 1 virtual_v virtual_v \"{}\"",
            b.display(),
            main_s
        )
    );
    let _ = std::fs::remove_dir_all(&d);
}

/// Source a host compiles (no `host_files`) reaches only the host's headers,
/// the built-in ones and files inside its include directories: no absolute
/// path, no `..` or symbolic link out of an include directory, nothing beside
/// the source or in the working directory, and `__has_include` says 0 for
/// all of those.
#[test]
fn closed_includes_stay_inside_include_dirs() {
    let d = temp_dir("closed");
    write(&d.join("secret.h"), "secret\n");
    write(&d.join("inc/ok.h"), "#include \"sib.h\"\nok\n");
    write(&d.join("inc/sib.h"), "sib\n");
    write(&d.join("inc/up.h"), "#include \"../secret.h\"\n");
    #[cfg(unix)]
    std::os::unix::fs::symlink(d.join("secret.h"), d.join("inc/link.h")).unwrap();
    let secret = d.join("secret.h").display().to_string();
    let closed = Options {
        include_dirs: vec![d.join("inc")],
        headers: vec![("game.h".into(), "game\n".into())],
        ..Options::default()
    };
    let probe = |opts: &Options, name: &str| {
        let src = format!("#if __has_include(\"{name}\")\nyes\n#else\nno\n#endif\n");
        let (sess, toks) = run_opts(&src, opts, &Limits::default());
        assert!(sess.diags.list.is_empty(), "{:?}", messages(&sess));
        spellings(&sess, &toks)
    };
    let open = Options {
        host_files: true,
        ..closed.clone()
    };
    for name in [secret.as_str(), "../secret.h", "link.h"] {
        assert_eq!(probe(&closed, name), "no", "{name}");
    }
    // The same names are there for a compilation that may read host files.
    assert_eq!(probe(&open, &secret), "yes");
    #[cfg(unix)]
    assert_eq!(probe(&open, "link.h"), "yes");
    // What the host granted is found, with its own relative includes.
    let src = "#include <stddef.h>\n#include \"ok.h\"\n#include <game.h>\nend\n";
    let (sess, toks) = run_opts(src, &closed, &Limits::default());
    assert!(sess.diags.list.is_empty(), "{:?}", messages(&sess));
    let got = spellings(&sess, &toks);
    assert!(got.ends_with("sib ok game end"), "{got}");
    // Leaving the directory is an error naming what was searched.
    let cases = [
        format!("#include \"{secret}\"\n"),
        "#include \"up.h\"\n".to_string(),
        "#include \"link.h\"\n".to_string(),
    ];
    for src in &cases {
        let (sess, toks) = run_opts(src, &closed, &Limits::default());
        let m = messages(&sess);
        assert_eq!(m.len(), 1, "{src}: {m:?}");
        assert!(m[0].ends_with("file not found"), "{src}: {m:?}");
        assert!(
            sess.diags.list[0]
                .notes
                .iter()
                .any(|n| n.contains("reads no host file outside its include directories")),
            "{src}"
        );
        assert!(!spellings(&sess, &toks).contains("secret"), "{src}");
    }
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn include_next_pragma_once_and_guards() {
    let d = temp_dir("next");
    write(&d.join("main.c"), "#include <x.h>\n#include \"once.h\"\n#include \"once.h\"\n#include \"guard.h\"\n#include \"guard.h\"\n#include \"notguard.h\"\n#include \"notguard.h\"\n");
    write(&d.join("i1/x.h"), "x1\n#include_next <x.h>\n");
    write(&d.join("i2/x.h"), "x2\n#include_next <x.h>\n");
    write(&d.join("i3/x.h"), "x3\n");
    write(&d.join("once.h"), "#pragma once\nonce\n");
    write(
        &d.join("guard.h"),
        "// comment\n#ifndef GUARD_H\n#define GUARD_H\nguarded\n#endif\n",
    );
    write(
        &d.join("notguard.h"),
        "#ifndef NG\n#define NG\nng\n#endif\ntail\n",
    );
    let opts = Options {
        include_dirs: vec![d.join("i1"), d.join("i2"), d.join("i3")],
        ..Options::default()
    };
    let (sess, toks) = run_file(&d.join("main.c"), &opts);
    assert!(sess.diags.list.is_empty(), "{:?}", messages(&sess));
    assert_eq!(
        spellings(&sess, &toks),
        "x1 x2 x3 once guarded ng tail tail"
    );
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn include_errors() {
    let d = temp_dir("errors");
    write(&d.join("main.c"), "#include \"missing.h\"\nafter\n");
    let opts = Options {
        include_dirs: vec![d.join("inc")],
        ..Options::default()
    };
    let (sess, toks) = run_file(&d.join("main.c"), &opts);
    let m = messages(&sess);
    assert_eq!(m, ["error: \"missing.h\": file not found"]);
    let notes = &sess.diags.list[0].notes;
    assert!(
        notes[0].contains(&d.join("missing.h").display().to_string()),
        "{notes:?}"
    );
    assert!(
        notes[0].contains(&d.join("inc/missing.h").display().to_string()),
        "{notes:?}"
    );
    assert!(notes[0].contains("built-in headers"), "{notes:?}");
    assert_eq!(spellings(&sess, &toks), "");
    // Self-inclusion stops at the depth limit.
    write(&d.join("self.h"), "#include \"self.h\"\nx\n");
    let (sess, toks) = run_file(&d.join("self.h"), &Options::default());
    let m = messages(&sess);
    assert_eq!(
        m,
        ["error: #include nested too deeply (more than 200 levels)"]
    );
    assert_eq!(toks.len(), 202);
    let _ = std::fs::remove_dir_all(&d);
    let (_, m) = diags("#include\n#include foo\n#include \"\"\n");
    has(&m, "#include expects \"FILENAME\" or <FILENAME>");
    has(&m, "expected \"FILENAME\" or <FILENAME>");
    has(&m, "empty filename in #include");
    let opts = Options {
        headers: vec![("h.h".into(), "h\n".into())],
        ..Options::default()
    };
    let (sess, toks) = run_opts(
        "#include \"h.h\" junk\n#define H <h.h>\n#include H\n",
        &opts,
        &Limits::default(),
    );
    assert_eq!(spellings(&sess, &toks), "h h");
    assert_eq!(
        messages(&sess),
        ["warning: extra tokens at end of #include directive"]
    );
}

#[test]
fn macro_arguments_do_not_cross_file_ends() {
    let opts = Options {
        headers: vec![("h.h".into(), "#define f(x) [x]\nf\n".into())],
        ..Options::default()
    };
    let (sess, toks) = run_opts("#include \"h.h\"\n(1)\n", &opts, &Limits::default());
    assert_eq!(spellings(&sess, &toks), "f ( 1 )");
    let opts = Options {
        headers: vec![("h.h".into(), "#define f(x) [x]\nf(1,\n".into())],
        ..Options::default()
    };
    let (sess, toks) = run_opts("#include \"h.h\"\n2)\n", &opts, &Limits::default());
    assert_eq!(spellings(&sess, &toks), "f 2 )");
    has(
        &messages(&sess),
        "unterminated argument list invoking macro `f`",
    );
}

#[test]
fn directives_inside_macro_arguments() {
    check(
        "#define f(x) [x]\nf(1\n#ifdef NOPE\n2\n#else\n3\n#endif\n)",
        "[1 3]",
    );
    check(
        "#define f(x) [x]\nf(2\n#define Z 9\nZ) f(3\n#undef f\n) f(4)",
        "[2 9] [3] f(4)",
    );
    // Between the name and `(`, a directive means no invocation (as gcc).
    check(
        "#define f(x) [x]\nf\n#pragma foo\n(4) f\n\n(5)",
        "f (4) [5]",
    );
}

// ---- Diagnostics from the lexer's leftovers ------------------------------

#[test]
fn unterminated_literals_are_errors_only_when_used() {
    let (out, m) = diags("#if 0\ndon't\n#endif\nit's\n\"open\n");
    assert_eq!(
        m,
        [
            "error: missing terminating ' character",
            "error: missing terminating \" character"
        ]
    );
    assert_eq!(out, "it 's \"open");
    // A lone quote at the end of a line (here from a macro) counts too.
    let (_, m) = diags("#define Q a '\nQ\n");
    assert_eq!(m, ["error: missing terminating ' character"]);
    let (_, m) = diags("/* never closed\n");
    assert_eq!(m, ["error: unterminated comment"]);
}

// ---- Limits ------------------------------------------------------------

#[test]
fn exponential_blowup_is_stopped() {
    let mut src = String::from("#define a0 x x\n");
    for i in 1..=40 {
        src.push_str(&format!("#define a{i} a{} a{}\n", i - 1, i - 1));
    }
    src.push_str("a40\n");
    let limits = Limits {
        max_work: 1 << 20,
        work_per_source_token: 0,
        ..Limits::default()
    };
    let start = std::time::Instant::now();
    let (sess, toks) = run_opts(&src, &Options::default(), &limits);
    assert!(start.elapsed().as_secs() < 20);
    let m = messages(&sess);
    assert_eq!(m.len(), 1, "{m:?}");
    assert!(
        m[0].contains("exceeds the preprocessor's work limit"),
        "{m:?}"
    );
    assert!(m[0].contains("expanding macro `a40`"), "{m:?}");
    assert_eq!(sess.sources.describe(sess.diags.list[0].loc), "test.c:42:1");
    let note = &sess.diags.list[0].notes[0];
    assert!(
        note.starts_with("the limit was reached expanding `a"),
        "{note}"
    );
    assert!(toks.len() < 1 << 20);
}

#[test]
fn text_blowup_by_stringizing_is_stopped() {
    let mut src = String::from("#define s(x) #x\n#define x0 s(a\"\\\\\")\n");
    for i in 1..=40 {
        src.push_str(&format!("#define x{i} s(x{})\n", i - 1));
    }
    // Each level re-stringizes the last, doubling the escapes.
    src.push_str("#define xs(a) s(a)\n");
    let mut inner = String::from("x0");
    for _ in 0..40 {
        inner = format!("xs({inner})");
    }
    src.push_str(&inner);
    let limits = Limits {
        max_text: 1 << 20,
        ..Limits::default()
    };
    let (sess, _) = run_opts(&src, &Options::default(), &limits);
    let m = messages(&sess);
    assert!(m.iter().any(|m| m.contains("too much text")), "{m:?}");
}

#[test]
fn deep_macro_chains_are_stopped() {
    let mut src = String::new();
    for i in 0..12_000 {
        src.push_str(&format!("#define m{i} m{}\n", i + 1));
    }
    src.push_str("m0\n");
    let (_, m) = diags(&src);
    assert_eq!(m.len(), 1);
    assert!(
        m[0].contains("macro expansion nested too deeply (more than 10000 macros) in `m10000`"),
        "{m:?}"
    );
    // Long chains below the limit are fine.
    let src = src.replace("#define m5000 m5001", "#define m5000 end");
    assert_eq!(expand(&src), "end");
}

#[test]
fn deeply_nested_macro_arguments_are_stopped() {
    let n = 100_000;
    let src = format!("#define f(x) x\n{}1{}\n", "f(".repeat(n), ")".repeat(n));
    let (_, m) = diags(&src);
    assert_eq!(m.len(), 1, "{m:?}");
    assert!(
        m[0].contains("nested too deeply") || m[0].contains("work limit"),
        "{m:?}"
    );
    // Plain parentheses nest freely.
    let src = format!("#define f(x) x\nf({}1{})\n", "(".repeat(n), ")".repeat(n));
    let (out, m) = diags(&src);
    assert!(m.is_empty(), "{m:?}");
    assert_eq!(out.len(), 4 * n + 1);
}

#[test]
fn macro_invocations_nested_in_arguments_are_limited() {
    let n = 1000;
    let src = format!("#define f(x) x\n{}1{}\n", "f(".repeat(n), ")".repeat(n));
    let limits = Limits {
        max_macro_depth: 64,
        ..Limits::default()
    };
    let (sess, _) = run_opts(&src, &Options::default(), &limits);
    assert_eq!(
        messages(&sess),
        ["error: macro invocations nested too deeply in arguments (more than 64) at `f`; stopping"]
    );
    // Within the limit it just works.
    let src = format!("#define f(x) x\n{}1{}\n", "f(".repeat(60), ")".repeat(60));
    let (sess, toks) = run_opts(&src, &Options::default(), &limits);
    assert_eq!(spellings(&sess, &toks), "1");
}

#[test]
fn deeply_nested_if_expressions_are_stopped() {
    for src in [
        format!(
            "#if {}1{}\n#endif\n",
            "(".repeat(100_000),
            ")".repeat(100_000)
        ),
        format!("#if {}1\n#endif\n", "- ".repeat(100_000)),
        format!(
            "#if {}1\n#endif\n",
            "1?".repeat(50_000) + &":1".repeat(50_000)
        ),
    ] {
        let (_, m) = diags(&src);
        assert_eq!(
            m,
            ["error: #if expression nested too deeply (more than 256 levels)"]
        );
    }
}

#[test]
fn nested_has_include_operands_are_stopped() {
    // Each operand expands to another `__has_include` with a fresh macro.
    let mut src = String::new();
    for i in 0..1000 {
        src.push_str(&format!("#define h{i} __has_include(h{})\n", i + 1));
    }
    src.push_str("#if h0\n#endif\n");
    let (_, m) = diags(&src);
    has(
        &m,
        "macro-expanded `__has_include` operands nest too deeply",
    );
}

#[test]
fn stops_after_too_many_errors() {
    let src = "#foo\n".repeat(100_000);
    let (sess, _) = run(&src);
    assert_eq!(sess.diags.error_count(), voxcc::diag::MAX_ERRORS);
    let src = "#warning w\n".repeat(100_000);
    let (sess, _) = run(&src);
    assert_eq!(sess.diags.list.len(), 1000);
}

// ---- The crate's `-E` entry point ----------------------------------------

#[test]
fn preprocess_only_renders_or_reports() {
    let src = voxcc::Source::new("main.c", "#define N 3\nint a[N];\n");
    assert_eq!(
        voxcc::preprocess_only(&src, &Options::default()).unwrap(),
        "# 2 \"main.c\"\nint a[3];\n"
    );
    let bad = voxcc::Source::new("bad.c", "#if\n#endif\n");
    let err = voxcc::preprocess_only(&bad, &Options::default()).unwrap_err();
    assert!(err.contains("#if with no expression"), "{err}");
    assert!(err.contains("bad.c:1:2"), "{err}");
}

/// `-E -P`: no line markers, no blank lines; warnings come back separately
/// (they were dropped); a stray `\` before `#` stays joined (tcc's pp/03).
#[test]
fn preprocess_without_line_markers_keeps_warnings() {
    let src = voxcc::Source::new(
        "main.c",
        "#define N 3\n\n\n\n\n\n\n\n\n\n\nint a[N];\n#define N 4\n\\#x N\n",
    );
    let (text, warnings) = voxcc::preprocess_to_text(&src, &Options::default(), false).unwrap();
    assert_eq!(text, "int a[3];\n\\#x 4\n");
    assert!(warnings.contains("`N` redefined"), "{warnings}");
    assert!(warnings.contains("main.c:13:9"), "{warnings}");
    let (text, _) = voxcc::preprocess_to_text(&src, &Options::default(), true).unwrap();
    assert!(text.starts_with("# 12 \"main.c\"\nint a[3];\n"), "{text}");
}

// ---- Rendering ---------------------------------------------------------

fn render(src: &str) -> String {
    let (sess, toks) = run(src);
    pp::render(&sess, &toks, true)
}

#[test]
fn render_keeps_lines_and_separates_tokens() {
    let out = render("#define P +\n#define E\nint a = 1 P+1;\n  x E\n\n\ny\n");
    assert_eq!(out, "# 3 \"test.c\"\nint a = 1 + +1;\n  x\n\n\ny\n");
    let out = render("#define cat(a,b) a##b\n#define X(a) a\ncat(-,)X(>) X(.)X(.)X(.) X(x)X(1) X(1)X(.) X(/)X(/) X(<)X(:) cat(L,)X(\"s\")\n");
    assert_eq!(out, "# 3 \"test.c\"\n- > . . . x 1 1 . / / < : L \"s\"\n");
}

#[test]
fn render_never_ends_a_line_with_a_backslash() {
    // It would splice with the next line when read back.
    assert_eq!(render("a \\ \nb\n"), "# 1 \"test.c\"\na \\ \nb\n");
}

#[test]
fn render_marks_file_changes_and_jumps() {
    let opts = Options {
        headers: vec![("h.h".into(), "h1\nh2\n".into())],
        ..Options::default()
    };
    let (sess, toks) = run_opts(
        "a\n#include \"h.h\"\nb\n\n\n\n\n\n\n\n\n\n\nc\n",
        &opts,
        &Limits::default(),
    );
    let out = pp::render(&sess, &toks, true);
    assert_eq!(
        out,
        "# 1 \"test.c\"\na\n# 1 \"h.h\"\nh1\nh2\n# 3 \"test.c\"\nb\n# 14 \"test.c\"\nc\n"
    );
}

#[test]
fn rendered_output_preprocesses_to_the_same_tokens() {
    let src = r#"
#define hash_hash # ## #
#define mkstr(a) # a
#define in_between(a) mkstr(a)
#define join(c, d) in_between(c hash_hash d)
#define H #
#define cat(a, b) a ## b
char p[] = join(x, y);
H define not_a_directive
cat(%:, %:) cat(<, <) = cat(., 5) + cat(1, e)+cat(1,e)-x;
a = b/cat(/,) c; a-cat(-,)-b; x cat(.,.)cat(.,.) y;
"#;
    let (sess, toks) = run(src);
    let text = pp::render(&sess, &toks, true);
    let (sess2, toks2) = run(&text);
    assert_eq!(
        spellings(&sess, &toks),
        spellings(&sess2, &toks2),
        "rendered:\n{text}"
    );
    // And the line markers map the tokens back to the original lines (but
    // for the line that starts with `#`, which joins the line before).
    for (a, b) in toks.iter().zip(&toks2) {
        if a.kind == TokKind::Eof {
            break;
        }
        let la = sess.sources.file(a.loc.file).presumed(a.loc.pos).1;
        if la == 9 {
            continue; // `H define ...`
        }
        let lb = sess2.sources.file(b.loc.file).presumed(b.loc.pos).1;
        assert_eq!(la, lb, "{}", sess.interner.str(a.sym));
    }
}

/// A file large enough that its output buffer is prefaulted on another
/// thread while it is lexed (1 MB or more, threads allowed) preprocesses
/// exactly as on one thread: the same tokens (kind, spelling, location,
/// flags) and diagnostics, with and without a memory cap that cuts it off
/// part way; and the runs of plain tokens copied straight to the output
/// end where a macro or directive starts.
#[test]
fn a_large_file_preprocesses_alike_on_one_thread_and_several() {
    let mut src = String::from("#define SQ(x) ((x) * (x))\n#define N 3\n");
    let mut i = 0;
    while src.len() < 1_300_000 {
        src.push_str(&format!(
            "int f{i}(int a) {{ return SQ(a) + N + {i}; }} /* c */ int g{i};\n"
        ));
        if i % 1000 == 0 {
            src.push_str("#if N > 2\nint kept;\n#else\nint dropped;\n#endif\n");
        }
        i += 1;
    }
    let capped = Limits {
        memory: Some(pp::MemoryBudget {
            cap: 1 << 20,
            // The file lexes to about 500,000 tokens, which count too.
            tokens: 650_000,
        }),
        ..Limits::default()
    };
    for limits in [Limits::default(), capped] {
        let out = |threads| {
            let opts = Options {
                threads,
                ..Options::default()
            };
            let (sess, toks) = run_opts(&src, &opts, &limits);
            let toks: Vec<_> = toks
                .iter()
                .map(|t| (t.kind, sess.interner.str(t.sym).to_string(), t.loc, t.flags))
                .collect();
            (toks, messages(&sess))
        };
        let one = out(1);
        assert!(one.0.len() > 100_000, "{} tokens", one.0.len());
        let cut = one.1.iter().any(|m| m.contains("too large to compile"));
        assert_eq!(cut, limits.memory.is_some(), "{:?}", one.1);
        assert_eq!(one, out(2));
        assert_eq!(one, out(0));
        let text: Vec<&str> = one.0.iter().take(40).map(|t| t.1.as_str()).collect();
        assert_eq!(
            text[..18].join(" "),
            "int f0 ( int a ) { return ( ( a ) * ( a ) ) +"
        );
        assert!(!one
            .0
            .iter()
            .any(|t| t.1 == "dropped" || t.1 == "SQ" || t.1 == "N"));
    }
}
