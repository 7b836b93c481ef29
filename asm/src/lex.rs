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

/// Tokenizes one line; `base` is the line's byte offset in the file.
pub fn line(text: &str, base: usize) -> Result<Vec<Token<'_>>, LexError> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    let at = |i: usize| chars.get(i).map_or(text.len(), |&(o, _)| o) + base;
    while i < chars.len() {
        let (start, c) = chars[i];
        match c {
            c if c.is_whitespace() => i += 1,
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
                    let Some(&(o, c)) = chars.get(i) else {
                        return Err(LexError {
                            span: base + start..at(i),
                            msg: "unterminated string: expected a closing `\"`".into(),
                            label: "this string is not closed on its line",
                        });
                    };
                    i += 1;
                    match c {
                        '"' => break,
                        '\\' => {
                            let Some(&(_, e)) = chars.get(i) else {
                                continue;
                            };
                            i += 1;
                            if e == 'x' {
                                let hex: String =
                                    chars.iter().skip(i).take(2).map(|&(_, c)| c).collect();
                                match u8::from_str_radix(&hex, 16) {
                                    Ok(b) if hex.len() == 2 => {
                                        bytes.push(b);
                                        i += 2;
                                    }
                                    _ => {
                                        return Err(LexError {
                                            span: base + o..at(i + 2),
                                            msg: "bad escape: `\\x` needs two hex digits".into(),
                                            label: "invalid escape",
                                        })
                                    }
                                }
                            } else if let Some(b) = escape(e) {
                                bytes.push(b);
                            } else {
                                return Err(LexError {
                                    span: base + o..at(i),
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
                    span: base + start..at(i),
                });
            }
            '\'' => {
                let (value, len) = match (chars.get(i + 1), chars.get(i + 2), chars.get(i + 3)) {
                    (Some(&(_, '\\')), Some(&(_, e)), Some(&(_, '\''))) => (escape(e), 4),
                    (Some(&(_, c)), Some(&(_, '\'')), _) if c.is_ascii() && c != '\\' => {
                        (Some(c as u8), 3)
                    }
                    _ => (None, 1),
                };
                let Some(v) = value else {
                    return Err(LexError {
                        span: base + start..at(i + 1),
                        msg: "bad character literal: expected an ASCII character like 'a' or '\\n'"
                            .into(),
                        label: "invalid character literal",
                    });
                };
                out.push(Token {
                    tok: Tok::Char(v),
                    span: base + start..at(i + len),
                });
                i += len;
            }
            c if is_word(c) => {
                let mut j = i;
                while j < chars.len() {
                    let c = chars[j].1;
                    // `1e+5`: a sign right after a numeric exponent belongs to the number.
                    let exp_sign = c == '+'
                        && j > i
                        && matches!(chars[j - 1].1, 'e' | 'E')
                        && chars[i].1.is_ascii_digit();
                    if !(is_word(c) || exp_sign) {
                        break;
                    }
                    j += 1;
                }
                let end = at(j) - base;
                out.push(Token {
                    tok: Tok::Word(&text[start..end]),
                    span: base + start..base + end,
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
    Ok(out)
}
