//! One C prototype of a native config ([`crate::native`]), parsed by the
//! declaration parser like any declaration, with what parameter adjustment
//! would lose kept aside: each parameter's type as declared (`int a[n]`,
//! not `int *a`) and the lengths in its brackets. A length that is a lone
//! name may name a later parameter (`void *buf[count], size_t count`), which
//! C would not allow in an expression, so it is recorded, not parsed.

use super::decl::Storage;
use super::{Binding, Parser};
use crate::diag::Severity;
use crate::source::Loc;
use crate::token::{Punct, Sym, TokKind, Token};
use crate::types::{TypeId, Types};
use crate::Session;

/// What the brackets of an array parameter hold.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Bracket {
    /// `[]` or `[*]`.
    Unsized,
    /// A lone name, `[n]`.
    Name(Sym, Loc),
    /// An integer constant expression.
    Num(u64, Loc),
    /// Any other expression.
    Other(Loc),
}

/// A parameter as declared.
#[derive(Clone, Debug)]
pub(crate) struct Param {
    pub name: Option<Sym>,
    pub loc: Loc,
    /// The declared type, before arrays become pointers.
    pub ty: TypeId,
    /// Its array brackets, outermost first.
    pub brackets: Vec<Bracket>,
}

/// What the parser collects while a prototype is parsed.
#[derive(Debug, Default)]
pub(crate) struct Capture {
    /// The parameters of the outermost parameter list.
    pub params: Vec<Param>,
    /// The brackets of the parameter being parsed.
    pub brackets: Vec<Bracket>,
}

/// A parsed prototype.
#[derive(Debug)]
pub(crate) struct Proto {
    pub name: Sym,
    pub loc: Loc,
    pub ret: TypeId,
    pub params: Vec<Param>,
    /// Ends with `...`.
    pub variadic: bool,
}

impl Parser<'_> {
    /// In a prototype's outermost parameter list, at `name ]` where `name`
    /// is not a type or a constant: the name.
    pub(crate) fn proto_length_name(&self) -> Option<Token> {
        if self.proto.is_none() || self.param_names.len() != 1 {
            return None;
        }
        let t = self.peek();
        let is_name = t.kind == TokKind::Ident
            && self.peek_at(1).is(Punct::RBracket)
            && !self.is_typedef_name(&t)
            && !matches!(self.lookup(t.sym), Some(Binding::EnumConst(..)));
        is_name.then_some(t)
    }
}

/// Parses `toks`: declarations (the headers a prototype may use) in
/// `toks[..split]`, then one function declaration, which must be the rest
/// (an optional `;` aside). Any error, the parser's or the
/// shape's, is the first error's location and message.
pub(crate) fn parse_prototype(
    sess: &mut Session,
    types: &mut Types,
    toks: &[Token],
    split: usize,
) -> Result<Proto, (Loc, String)> {
    let mut p = Parser::new(sess, types, toks);
    while p.pos < split && !p.at_eof() && !p.stop {
        let before = p.pos;
        p.external_declaration();
        if p.pos == before {
            p.next();
        }
    }
    first_error(&p)?;
    let start = p.peek();
    if start.kind == TokKind::Eof {
        return Err((
            start.loc,
            "expected a prototype like `double sin(double x)`".into(),
        ));
    }
    p.proto = Some(Capture::default());
    let spec = p.decl_spec(true);
    if !spec.explicit_type {
        // C99 has no implicit `int`: a misspelt type is the likely cause.
        let t = p.peek();
        return Err(
            if t.kind == TokKind::Ident && p.peek_at(1).kind == TokKind::Ident {
                (t.loc, format!("unknown type name `{}`", p.str(t.sym)))
            } else {
                (
                    t.loc,
                    "expected the result type: a prototype is like `double sin(double x)`".into(),
                )
            },
        );
    }
    let d = p.declarator(spec.ty);
    let capture = p.proto.take().unwrap_or_default();
    first_error(&p)?;
    if spec.storage == Storage::Typedef {
        return Err((start.loc, "a typedef is not a function prototype".into()));
    }
    let Some(name) = d.name else {
        return Err((d.loc, "missing the function name".into()));
    };
    let f = match p.types.func(d.ty) {
        Some(f) if d.params.is_some() => f.clone(),
        _ => {
            return Err((
                d.loc,
                format!(
                    "`{}` is not declared as a function: expected a prototype like `double sin(double x)`",
                    p.str(name)
                ),
            ))
        }
    };
    if d.old_style {
        return Err((
            d.loc,
            "parameters without types (an old-style list): give each its type".into(),
        ));
    }
    if p.at(Punct::LBrace) {
        return Err((
            p.peek().loc,
            "a prototype, not a function definition".into(),
        ));
    }
    p.eat(Punct::Semi);
    if !p.at_eof() {
        let t = p.peek();
        return Err((
            t.loc,
            format!(
                "unexpected {} after the prototype (one prototype per string)",
                p.describe(&t)
            ),
        ));
    }
    first_error(&p)?;
    if capture.params.len() != f.params.len() {
        // Only `(void)` and `()` have no captured parameters.
        return Err((d.loc, "unsupported declarator".into()));
    }
    Ok(Proto {
        name,
        loc: d.loc,
        ret: f.ret,
        params: capture.params,
        variadic: f.variadic,
    })
}

fn first_error(p: &Parser<'_>) -> Result<(), (Loc, String)> {
    match p
        .sess
        .diags
        .list
        .iter()
        .find(|d| d.severity == Severity::Error)
    {
        Some(d) => Err((d.loc, d.message.clone())),
        None => Ok(()),
    }
}
