//! Compile-time generator for voxvm's instruction set.
//!
//! `isa!("../isa.ron")` (path relative to the invoking crate's `Cargo.toml`) reads the
//! spec and expands to the opcode enum, the typed instruction enum, encoder and
//! decoder, the mnemonic table, the operand lists the assembler and disassembler
//! use, the `Handler` trait (one method per instruction, no default bodies), the
//! dispatch loop, the metadata table and the ISA fingerprint.
//!
//! `isa_tests!("../isa.ron", path::to::runner)` expands to one `#[test]` per
//! instruction that calls `runner("mnemonic")`, so the spec's examples are executable.
//!
//! The generated code expects these items in scope where it is expanded:
//! `Reg`, `Label`, `DataRef`, `FuncRef`, `ImportRef`, `OperandValue`, `OperandKind`, `ImmType`,
//! `InstrInfo`, `OperandInfo`, `Flags`, `Example`, `DecodeError`.

mod gen;
mod spec;

use proc_macro::TokenStream;
use proc_macro2::Span;
use std::path::PathBuf;

struct Args {
    path: syn::LitStr,
    runner: Option<syn::Path>,
}

impl syn::parse::Parse for Args {
    fn parse(input: syn::parse::ParseStream) -> syn::Result<Self> {
        let path = input.parse()?;
        let runner = if input.peek(syn::Token![,]) {
            input.parse::<syn::Token![,]>()?;
            if input.is_empty() {
                None
            } else {
                Some(input.parse()?)
            }
        } else {
            None
        };
        Ok(Args { path, runner })
    }
}

fn load(path: &syn::LitStr) -> Result<(spec::Spec, PathBuf), syn::Error> {
    let dir = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
    let full = PathBuf::from(dir).join(path.value());
    let full = full.canonicalize().unwrap_or(full);
    let src = std::fs::read_to_string(&full).map_err(|e| {
        syn::Error::new(path.span(), format!("cannot read {}: {e}", full.display()))
    })?;
    let spec = spec::parse(&src)
        .map_err(|e| syn::Error::new(Span::call_site(), format!("{}:{e}", full.display())))?;
    Ok((spec, full))
}

/// Generates the instruction set from a spec file. See the crate docs.
#[proc_macro]
pub fn isa(input: TokenStream) -> TokenStream {
    let args = syn::parse_macro_input!(input as Args);
    match load(&args.path) {
        Ok((spec, path)) => gen::isa(&spec, &path).into(),
        Err(e) => e.to_compile_error().into(),
    }
}

/// Generates one `#[test]` per instruction calling `runner("mnemonic")`.
#[proc_macro]
pub fn isa_tests(input: TokenStream) -> TokenStream {
    let args = syn::parse_macro_input!(input as Args);
    let Some(runner) = args.runner else {
        return syn::Error::new(
            Span::call_site(),
            "usage: isa_tests!(\"path/isa.ron\", runner)",
        )
        .to_compile_error()
        .into();
    };
    match load(&args.path) {
        Ok((spec, path)) => gen::tests(&spec, &path, &runner).into(),
        Err(e) => e.to_compile_error().into(),
    }
}
