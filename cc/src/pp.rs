//! Preprocessor (placeholder: being written).
use crate::source::FileId;
use crate::token::Token;
use crate::{Options, Session};

/// Preprocesses one translation unit.
pub fn preprocess(_sess: &mut Session, _opts: &Options, _file: FileId) -> Vec<Token> {
    Vec::new()
}

/// Renders tokens as text (`-E`).
pub fn render(_sess: &Session, _toks: &[Token]) -> String {
    String::new()
}
