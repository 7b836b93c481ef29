//! Line tokenizer for `.vvs` source. Tokens carry absolute byte spans so
//! diagnostics can point at them.

use std::ops::Range;

/// Byte range in the source file.
pub type Span = Range<usize>;

#[derive(Debug, Clone, PartialEq)]
pub enum Tok<'s> {
    /// Identifier, mnemonic, directive, register or number: classified by the
    /// parser according to what the operand kind expects.
    Word(&'s str),
    /// A string literal, escapes decoded.
    Str(Vec<u8>),
    /// A character literal `'a'`, as its byte value.
    Char(u8),
    Comma,
    Colon,
    Plus,
}

#[derive(Debug, Clone)]
pub struct Token<'s> {
    pub tok: Tok<'s>,
    pub span: Span,
}

/// A lexing error inside one line.
pub struct LexError {
    pub span: Span,
    pub msg: String,
    /// Text under the caret.
    pub label: &'static str,
}

fn is_word(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-' | '$')
}

fn escape(c: char) -> Option<u8> {
    Some(match c {
        'n' => b'\n',
        't' => b'\t',
        'r' => b'\r',
        '0' => 0,
        '\\' => b'\\',
        '"' => b'"',
        '\'' => b'\'',
        _ => return None,
    })
}

/// The character at byte `i` of `text`, if `i` is inside it.
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text[i..].chars().next(),
        None => None,
    }
}

/// The byte offset `n` characters after byte `i` (at most the end of `text`).
fn skip_chars(text: &str, i: usize, n: usize) -> usize {
    text[i..]
        .char_indices()
        .nth(n)
        .map_or(text.len(), |(o, _)| i + o)
}

/// Tokenizes one line into `out` (cleared first, so one buffer serves every
/// line); `base` is the line's byte offset in the file.
pub fn line_into<'s>(text: &'s str, base: usize, out: &mut Vec<Token<'s>>) -> Result<(), LexError> {
    out.clear();
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(c) = char_at(text, i) {
        let start = i;
        match c {
            c if c.is_whitespace() => i += c.len_utf8(),
            ';' | '#' => break,
            ',' | ':' | '+' => {
                out.push(Token {
                    tok: match c {
                        ',' => Tok::Comma,
                        ':' => Tok::Colon,
                        _ => Tok::Plus,
                    },
                    span: base + start..base + start + 1,
                });
                i += 1;
            }
            '"' => {
                let mut bytes = Vec::new();
                i += 1;
                loop {
                    let o = i;
                    let Some(c) = char_at(text, i) else {
                        return Err(LexError {
                            span: base + start..base + i,
                            msg: "unterminated string: expected a closing `\"`".into(),
                            label: "this string is not closed on its line",
                        });
                    };
                    i += c.len_utf8();
                    match c {
                        '"' => break,
                        '\\' => {
                            let Some(e) = char_at(text, i) else {
                                continue;
                            };
                            i += e.len_utf8();
                            if e == 'x' {
                                let end = skip_chars(text, i, 2);
                                let hex = &text[i..end];
                                match u8::from_str_radix(hex, 16) {
                                    Ok(b) if hex.len() == 2 => {
                                        bytes.push(b);
                                        i = end;
                                    }
                                    _ => {
                                        return Err(LexError {
                                            span: base + o..base + end,
                                            msg: "bad escape: `\\x` needs two hex digits".into(),
                                            label: "invalid escape",
                                        })
                                    }
                                }
                            } else if let Some(b) = escape(e) {
                                bytes.push(b);
                            } else {
                                return Err(LexError {
                                    span: base + o..base + i,
                                    msg: format!(
                                        "unknown escape `\\{e}` (expected one of \\n \\t \\r \\0 \\\\ \\\" \\' \\xNN)"
                                    ),
                                    label: "invalid escape",
                                });
                            }
                        }
                        c => {
                            let mut buf = [0; 4];
                            bytes.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                        }
                    }
                }
                out.push(Token {
                    tok: Tok::Str(bytes),
                    span: base + start..base + i,
                });
            }
            '\'' => {
                let next = |n: usize| {
                    let at = skip_chars(text, start, n);
                    char_at(text, at)
                };
                let (value, len) = match (next(1), next(2), next(3)) {
                    (Some('\\'), Some(e), Some('\'')) => (escape(e), 4),
                    (Some(c), Some('\''), _) if c.is_ascii() && c != '\\' => (Some(c as u8), 3),
                    _ => (None, 1),
                };
                let Some(v) = value else {
                    return Err(LexError {
                        span: base + start..base + start + 1,
                        msg: "bad character literal: expected an ASCII character like 'a' or '\\n'"
                            .into(),
                        label: "invalid character literal",
                    });
                };
                i = skip_chars(text, start, len);
                out.push(Token {
                    tok: Tok::Char(v),
                    span: base + start..base + i,
                });
            }
            c if is_word(c) => {
                // Words are ASCII, so bytes are characters here.
                let mut j = i;
                while j < bytes.len() {
                    let c = bytes[j];
                    // `1e+5`: a sign right after a numeric exponent belongs to the number.
                    let exp_sign = c == b'+'
                        && j > i
                        && matches!(bytes[j - 1], b'e' | b'E')
                        && bytes[i].is_ascii_digit();
                    if !(is_word(char::from(c)) || exp_sign) {
                        break;
                    }
                    j += 1;
                }
                out.push(Token {
                    tok: Tok::Word(&text[start..j]),
                    span: base + start..base + j,
                });
                i = j;
            }
            other => {
                return Err(LexError {
                    span: base + start..base + start + other.len_utf8(),
                    msg: format!("unexpected character `{other}`"),
                    label: "not valid in assembly source",
                })
            }
        }
    }
    Ok(())
}
