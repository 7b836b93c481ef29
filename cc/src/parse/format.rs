//! Warnings for `printf`-family calls whose format string does not match
//! their arguments (what gcc's `-Wformat` reports): wrong argument types for
//! a conversion, too few or too many arguments.

use super::Parser;
use crate::ast::*;
use crate::types::{TypeId, TypeKind};

/// What a conversion expects.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Want {
    /// An integer of this many bytes (after promotion).
    Int(u64),
    Double,
    /// `char *`.
    Str,
    Ptr,
    /// `%n`: pointer to an integer.
    IntPtr,
}

impl Parser<'_> {
    /// Checks a call to a library `printf`-like function with a literal format.
    pub(crate) fn check_format(&mut self, callee: &Expr, args: &[Expr], fixed: usize) {
        let ExprKind::AddrOf(inner) = &callee.kind else {
            return;
        };
        let ExprKind::Global(g) = inner.kind else {
            return;
        };
        let glob = self.global(g);
        if !self
            .sess
            .sources
            .file(glob.loc.file)
            .name
            .starts_with("<voxcc>/")
        {
            return;
        }
        let fmt_index = match self.str(glob.name) {
            "printf" => 0,
            "fprintf" | "sprintf" | "dprintf" => 1,
            "snprintf" => 2,
            _ => return,
        };
        if fixed != fmt_index + 1 {
            return;
        }
        let Some(fmt) = args.get(fmt_index) else {
            return;
        };
        // The literal, under the conversion to `const char *`.
        let mut f = fmt;
        while let ExprKind::Cast(inner) = &f.kind {
            f = inner;
        }
        let ExprKind::AddrOf(s) = &f.kind else { return };
        let ExprKind::Global(sg) = s.kind else { return };
        let GlobalKind::Str(bytes) = &self.global(sg).kind else {
            return;
        };
        let bytes = bytes.clone();
        let wants = match parse_format(&bytes) {
            Some(w) => w,
            None => return,
        };
        let loc = fmt.loc;
        let rest = &args[fixed..];
        for (i, (want, spec)) in wants.iter().enumerate() {
            let Some(a) = rest.get(i) else {
                self.warn(loc, format!("format `{spec}` expects a matching argument, but there are only {} after the format", rest.len()));
                return;
            };
            if !self.arg_matches(*want, a.ty) {
                let n = self.ty_name(a.ty);
                self.warn(
                    a.loc,
                    format!(
                        "format `{spec}` expects argument of type `{}`, but argument {} has type `{n}`",
                        want_name(*want),
                        fixed + i + 1
                    ),
                );
            }
        }
        if rest.len() > wants.len() {
            self.warn(rest[wants.len()].loc, "too many arguments for format");
        }
    }

    fn arg_matches(&self, want: Want, t: TypeId) -> bool {
        match want {
            Want::Int(n) => self.types.is_integer(t) && self.types.size(t) == n,
            Want::Double => self.types.is_float(t),
            Want::Str => {
                self.types.pointee(t).is_some_and(|p| {
                    matches!(
                        self.types.ukind(p),
                        TypeKind::Char | TypeKind::SChar | TypeKind::UChar
                    )
                }) && self.types.is_ptr(t)
            }
            Want::Ptr => self.types.is_ptr(t),
            Want::IntPtr => {
                self.types
                    .pointee(t)
                    .is_some_and(|p| self.types.is_integer(p))
                    && self.types.is_ptr(t)
            }
        }
    }
}

fn want_name(w: Want) -> &'static str {
    match w {
        Want::Int(4) => "int",
        Want::Int(_) => "long",
        Want::Double => "double",
        Want::Str => "char *",
        Want::Ptr => "void *",
        Want::IntPtr => "int *",
    }
}

/// The arguments a format consumes, with the conversion's spelling; `None`
/// for formats this checker does not understand (positional arguments).
fn parse_format(f: &[u8]) -> Option<Vec<(Want, String)>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < f.len() {
        if f[i] != b'%' {
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        if f.get(i) == Some(&b'%') {
            i += 1;
            continue;
        }
        while i < f.len() && b"-+ #0'".contains(&f[i]) {
            i += 1;
        }
        if f.get(i) == Some(&b'*') {
            out.push((Want::Int(4), "*".to_string()));
            i += 1;
        }
        while i < f.len() && f[i].is_ascii_digit() {
            i += 1;
        }
        if f.get(i) == Some(&b'$') {
            return None;
        }
        if f.get(i) == Some(&b'.') {
            i += 1;
            if f.get(i) == Some(&b'*') {
                out.push((Want::Int(4), ".*".to_string()));
                i += 1;
            }
            while i < f.len() && f[i].is_ascii_digit() {
                i += 1;
            }
        }
        let mut size = 4;
        match f.get(i) {
            Some(b'h') => {
                i += 1;
                if f.get(i) == Some(&b'h') {
                    i += 1;
                }
            }
            Some(b'l') => {
                i += 1;
                size = 8;
                if f.get(i) == Some(&b'l') {
                    i += 1;
                }
            }
            Some(b'j' | b'z' | b't' | b'q') => {
                i += 1;
                size = 8;
            }
            Some(b'L') => i += 1,
            _ => {}
        }
        let Some(&c) = f.get(i) else { break };
        i += 1;
        let spec = String::from_utf8_lossy(&f[start..i]).into_owned();
        let want = match c {
            b'd' | b'i' | b'u' | b'o' | b'x' | b'X' => Want::Int(size),
            b'c' => Want::Int(4),
            b'f' | b'F' | b'e' | b'E' | b'g' | b'G' | b'a' | b'A' => Want::Double,
            b's' => {
                if size == 8 {
                    Want::Ptr // %ls
                } else {
                    Want::Str
                }
            }
            b'p' => Want::Ptr,
            b'n' => Want::IntPtr,
            b'm' => continue,
            _ => return None,
        };
        out.push((want, spec));
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_parse_to_their_arguments() {
        let w = parse_format(b"%d %5.2f %s %%|%-*ld %p %zu").unwrap();
        let kinds: Vec<Want> = w.iter().map(|x| x.0).collect();
        assert_eq!(
            kinds,
            vec![
                Want::Int(4),
                Want::Double,
                Want::Str,
                Want::Int(4),
                Want::Int(8),
                Want::Ptr,
                Want::Int(8)
            ]
        );
        assert!(parse_format(b"%1$d").is_none());
    }
}
