//! Tokenizer (placeholder: being written).
