//! Token generation from a checked [`Spec`].

use crate::spec::{Flag, Inst, Kind, Spec, Ty};
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote};
use std::path::Path;

fn ident(s: &str) -> Ident {
    Ident::new(s, Span::call_site())
}

fn ty_ident(t: Ty) -> Ident {
    ident(t.name())
}

fn imm_type(t: Ty) -> Ident {
    ident(&t.name().to_ascii_uppercase())
}

/// Rust type of an operand field.
fn rust_type(k: Kind) -> TokenStream {
    match k {
        Kind::Reg => quote!(Reg),
        Kind::Imm(t) => {
            let t = ty_ident(t);
            quote!(#t)
        }
        Kind::Label => quote!(Label),
        Kind::Data => quote!(DataRef),
        Kind::Func => quote!(FuncRef),
        Kind::Import => quote!(ImportRef),
    }
}

fn kind_value(k: Kind) -> TokenStream {
    match k {
        Kind::Reg => quote!(OperandKind::Reg),
        Kind::Imm(t) => {
            let t = imm_type(t);
            quote!(OperandKind::Imm(ImmType::#t))
        }
        Kind::Label => quote!(OperandKind::Label),
        Kind::Data => quote!(OperandKind::Data),
        Kind::Func => quote!(OperandKind::Func),
        Kind::Import => quote!(OperandKind::Import),
    }
}

/// `OperandValue::X(field)` constructor/pattern for an operand kind.
fn operand_variant(k: Kind) -> Ident {
    match k {
        Kind::Reg => ident("Reg"),
        Kind::Imm(t) => imm_type(t),
        Kind::Label => ident("Label"),
        Kind::Data => ident("Data"),
        Kind::Func => ident("Func"),
        Kind::Import => ident("Import"),
    }
}

/// A placeholder value of an operand kind (for the threaded code's end sentinel).
fn zero_value(k: Kind) -> TokenStream {
    match k {
        Kind::Reg => quote!(Reg(0)),
        Kind::Imm(Ty::F32 | Ty::F64) => quote!(0.0),
        Kind::Imm(_) => quote!(0),
        _ => {
            let t = rust_type(k);
            quote!(#t(0))
        }
    }
}

/// Little-endian encoding of one field (bound to `v`) into `out`.
fn encode_field(k: Kind, v: &Ident) -> TokenStream {
    match k {
        Kind::Reg => quote!(out.push(#v.0);),
        Kind::Imm(_) => quote!(out.extend_from_slice(&#v.to_le_bytes());),
        Kind::Label | Kind::Data | Kind::Func | Kind::Import => {
            quote!(out.extend_from_slice(&#v.0.to_le_bytes());)
        }
    }
}

/// Decoding of one field from `b` (a slice of exactly the instruction's size) at offset `o`.
fn decode_field(k: Kind, o: usize) -> TokenStream {
    let bytes = |n: usize| {
        let idx = (o..o + n).map(Literal::usize_unsuffixed);
        quote!([#(b[#idx]),*])
    };
    match k {
        Kind::Reg => {
            let o = Literal::usize_unsuffixed(o);
            quote!(Reg(b[#o]))
        }
        Kind::Imm(t) => {
            let ty = ty_ident(t);
            let arr = bytes(t.size());
            quote!(#ty::from_le_bytes(#arr))
        }
        Kind::Label | Kind::Data | Kind::Func | Kind::Import => {
            let arr = bytes(4);
            let wrap = rust_type(k);
            quote!(#wrap(u32::from_le_bytes(#arr)))
        }
    }
}

fn doc_of(i: &Inst) -> String {
    let mut d = format!("`{}` — {}\n\n{}\n", syntax(i), i.summary, i.description);
    if !i.traps.is_empty() {
        d += &format!("\nTraps: {}.\n", i.traps.join("; "));
    }
    d += &format!("\nOpcode `{:#06x}`, {} bytes encoded.", i.opcode, i.size());
    d
}

/// `add.i64 dst, a, b`
pub fn syntax(i: &Inst) -> String {
    let ops: Vec<&str> = i.operands.iter().map(|(n, _)| n.as_str()).collect();
    if ops.is_empty() {
        i.mnemonic.clone()
    } else {
        format!("{} {}", i.mnemonic, ops.join(", "))
    }
}

pub fn isa(spec: &Spec, path: &Path) -> TokenStream {
    let path_str = path.display().to_string();
    let fingerprint = spec.fingerprint();
    let version = spec.version;
    let n = spec.insts.len();
    let max_ops = spec
        .insts
        .iter()
        .map(|i| i.operands.len())
        .max()
        .unwrap_or(0)
        .max(1);

    let camel: Vec<Ident> = spec.insts.iter().map(|i| ident(&i.camel())).collect();
    let snake: Vec<Ident> = spec.insts.iter().map(|i| ident(&i.snake())).collect();
    let opcodes: Vec<Literal> = spec
        .insts
        .iter()
        .map(|i| Literal::u16_unsuffixed(i.opcode))
        .collect();
    let mnemonics: Vec<&str> = spec.insts.iter().map(|i| i.mnemonic.as_str()).collect();
    let sizes: Vec<usize> = spec.insts.iter().map(|i| i.size()).collect();
    // `Opcode::index` as one table read: a `match` over the sparse opcode
    // values compiles to an indirect jump, which the compiler's passes
    // (asking `info()` of every instruction) mispredicted all the time.
    let max_opcode = spec.insts.iter().map(|i| i.opcode).max().unwrap_or(0) as usize;
    let mut index_of = vec![u16::MAX; max_opcode + 1];
    for (k, i) in spec.insts.iter().enumerate() {
        index_of[i.opcode as usize] = k as u16;
    }
    let index_table = index_of.iter().map(|&k| Literal::u16_unsuffixed(k));
    let index_len = index_of.len();
    // The mnemonic table, sorted here so that a lookup is a binary search
    // over a static array: nothing is built at run time, where a hash
    // table of every mnemonic cost a C compile in `voxvm` about 2% of its
    // start-up.
    let mut by_mnemonic: Vec<(&str, &Ident)> = mnemonics.iter().copied().zip(&camel).collect();
    by_mnemonic.sort_unstable_by(|a, b| a.0.cmp(b.0));
    let sorted_mnemonics = by_mnemonic.iter().map(|(m, _)| *m);
    let sorted_camel = by_mnemonic.iter().map(|(_, c)| *c);
    let docs: Vec<String> = spec.insts.iter().map(doc_of).collect();

    // Per-instruction pieces.
    let mut variants = Vec::new();
    let mut encode_arms = Vec::new();
    let mut decode_arms = Vec::new();
    let mut operands_arms = Vec::new();
    let mut from_ops_arms = Vec::new();
    let mut label_arms = Vec::new();
    let mut access_arms = Vec::new();
    let mut trait_methods = Vec::new();
    let mut reg_methods = Vec::new();
    let mut dispatch_arms = Vec::new();
    let mut infos = Vec::new();
    let mut op_fns = Vec::new();
    let mut thread_arms = Vec::new();
    let mut observed_arms = Vec::new();

    for (idx, i) in spec.insts.iter().enumerate() {
        let v = &camel[idx];
        let m = &snake[idx];
        let doc = &docs[idx];
        let names: Vec<Ident> = i.operands.iter().map(|(n, _)| ident(n)).collect();
        let types: Vec<TokenStream> = i.operands.iter().map(|(_, k)| rust_type(*k)).collect();
        let size = i.size();
        let mn = &i.mnemonic;

        let field_docs = i
            .operands
            .iter()
            .map(|(n, k)| format!("Operand `{n}` ({k:?})."));
        variants.push(quote! {
            #[doc = #doc]
            #v { #(#[doc = #field_docs] #names: #types),* }
        });

        let enc: Vec<TokenStream> = i
            .operands
            .iter()
            .zip(&names)
            .map(|((_, k), n)| encode_field(*k, n))
            .collect();
        let op = &opcodes[idx];
        let op_u16 = Literal::u16_suffixed(i.opcode);
        encode_arms.push(quote! {
            Instr::#v { #(#names),* } => {
                out.extend_from_slice(&#op_u16.to_le_bytes());
                #(#enc)*
            }
        });

        let mut off = 2;
        let mut dec = Vec::new();
        for ((_, k), name) in i.operands.iter().zip(&names) {
            let f = decode_field(*k, off);
            dec.push(quote!(#name: #f));
            off += k.size();
        }
        decode_arms.push(quote! {
            #op => {
                let Some(b) = rest.get(..#size) else {
                    return Err(DecodeError::truncated(at, #mn, #size, rest.len()));
                };
                Ok((Instr::#v { #(#dec),* }, #size))
            }
        });

        let ovs: Vec<Ident> = i
            .operands
            .iter()
            .map(|(_, k)| operand_variant(*k))
            .collect();
        let len = i.operands.len();
        let fills = (len..max_ops).map(|_| quote!(OperandValue::Reg(Reg(0))));
        operands_arms.push(quote! {
            Instr::#v { #(#names),* } => Operands {
                vals: [#(OperandValue::#ovs(#names),)* #(#fills,)*],
                len: #len,
            }
        });
        from_ops_arms.push(quote! {
            (Opcode::#v, [#(OperandValue::#ovs(#names)),*]) => Some(Instr::#v { #(#names: *#names),* })
        });

        if let Some(pos) = i.operands.iter().position(|(_, k)| *k == Kind::Label) {
            let lname = &names[pos];
            label_arms.push(quote!(Instr::#v { #lname, .. } => Some(#lname)));
        }

        // One value of the variant's type at `base + off` or element `index`
        // of an array at `base`: what the heap checker looks at.
        let pos = |name: &str| i.operands.iter().position(|(n, _)| n == name);
        let bytes: Option<u8> = match i.suffix.as_str() {
            "i8" | "u8" => Some(1),
            "i16" | "u16" => Some(2),
            "i32" | "u32" | "f32" => Some(4),
            "i64" | "u64" | "f64" => Some(8),
            _ => None,
        };
        let touches = i.has(Flag::ReadsMemory) || i.has(Flag::WritesMemory);
        if let (true, Some(b), Some(bytes)) = (touches, pos("base"), bytes) {
            let base = &names[b];
            let write = !i.has(Flag::ReadsMemory);
            let at = match (pos("off"), pos("index")) {
                (Some(o), _) if matches!(i.operands[o].1, Kind::Imm(Ty::I32)) => {
                    let o = &names[o];
                    Some((quote!(#o), quote!(MemOffset::Off(#o))))
                }
                (None, Some(x)) if i.operands[x].1 == Kind::Reg => {
                    let x = &names[x];
                    Some((quote!(#x), quote!(MemOffset::Index(#x))))
                }
                _ => None,
            };
            if let Some((field, at)) = at {
                access_arms.push(quote! {
                    Instr::#v { #base, #field, .. } => Some(MemAccess {
                        base: #base, at: #at, bytes: #bytes, write: #write,
                    })
                });
            }
        }

        // A conditional branch's handler only decides: it returns whether the
        // branch is taken, and the dispatcher continues at the label or at the
        // following instruction. Its label is not passed to it.
        let cond = i.cond_branch();
        let label = i
            .operands
            .iter()
            .position(|(_, k)| *k == Kind::Label)
            .map(|p| names[p].clone());
        let (hnames, htypes): (Vec<&Ident>, Vec<&TokenStream>) = names
            .iter()
            .zip(&types)
            .zip(&i.operands)
            .filter(|(_, (_, k))| !(cond && *k == Kind::Label))
            .map(|((n, t), _)| (n, t))
            .unzip();
        let next_param = i.takes_next().then(|| quote!(next: &mut usize,));
        let next_arg = i.takes_next().then(|| quote!(&mut pc,));
        let method_doc = format!("`{}` — {}", syntax(i), i.summary);
        let ret = if cond && i.can_break() {
            quote!(-> Result<bool, Self::Break>)
        } else if cond {
            quote!(-> bool)
        } else if i.can_break() {
            quote!(-> Result<(), Self::Break>)
        } else {
            quote!()
        };
        // Handlers that touch nothing but registers are methods of
        // `RegHandler`, implemented by `Handler::Regs`, a view of the current
        // window: threaded code hands them the window it carries, and never
        // stores it in the machine.
        let regs_only = i.regs_only();
        let method = quote! {
            #[doc = #method_doc]
            fn #m(&mut self, #next_param #(#hnames: #htypes),*) #ret;
        };
        if regs_only {
            reg_methods.push(method);
        } else {
            trait_methods.push(method);
        }
        let recv = if regs_only {
            // SAFETY: the machine's own current window.
            quote!(unsafe { H::regs(h.window()) })
        } else {
            quote!(h)
        };
        let to_label = label.as_ref().map(|l| quote!(#l.0 as usize));
        dispatch_arms.push(if cond && i.can_break() {
            quote! {
                Instr::#v { #(#names),* } => match h.#m(#(#hnames),*) {
                    Ok(true) => pc = #to_label,
                    Ok(false) => {}
                    Err(e) => return (at, e),
                },
            }
        } else if cond {
            quote! {
                Instr::#v { #(#names),* } => if #recv.#m(#(#hnames),*) { pc = #to_label; },
            }
        } else if i.can_break() {
            quote! {
                Instr::#v { #(#names),* } => {
                    if let Err(e) = h.#m(#next_arg #(#hnames),*) {
                        return (at, e);
                    }
                }
            }
        } else {
            quote! {
                Instr::#v { #(#names),* } => #recv.#m(#next_arg #(#hnames),*),
            }
        });

        // Threaded code: one function per instruction, ending in an indirect
        // tail call to the next instruction's function. `op` points at this
        // instruction; its index is computed only where a handler needs it
        // (calls, returns, computed jumps, traps), so other instructions step
        // to `op + 1` or to their label without one.
        let op_fn = format_ident!("op_{}", i.snake());
        let next_arg_t = i.takes_next().then(|| quote!(&mut next,));
        let (pc_decl, stop_pc) = if i.takes_next() {
            (
                quote!(let pc = unsafe { index_of_op(ops, op) };),
                quote!(pc),
            )
        } else {
            (quote!(), quote!(unsafe { index_of_op(ops, op) }))
        };
        let trecv = if regs_only {
            // SAFETY: `win` is the current window, passed along unchanged.
            quote!(unsafe { H::regs(win) })
        } else {
            quote!(h)
        };
        let invoke = if i.can_break() {
            quote! {
                if let Err(e) = h.#m(#next_arg_t #(#hnames),*) {
                    return h.stop(#stop_pc, e);
                }
            }
        } else {
            quote!(#trecv.#m(#next_arg_t #(#hnames),*);)
        };
        // The `cold_path` hint keeps LLVM from turning a conditional branch
        // into a `cmov`: with a real branch each direction gets its own
        // indirect jump, predicted on its own, and the next handler's address
        // does not wait for the comparison (measured 1.3-2.6x faster on the
        // branchy benchmarks; which side is marked cold hardly matters).
        let taken = if i.can_break() {
            quote! {
                let taken = match h.#m(#(#hnames),*) {
                    Ok(t) => t,
                    Err(e) => return h.stop(#stop_pc, e),
                };
            }
        } else {
            quote!(let taken = #trecv.#m(#(#hnames),*);)
        };
        let (call, next_op) = if cond {
            (
                taken,
                quote! {
                    let op = if taken {
                        unsafe { ops.add(#to_label) }
                    } else {
                        core::hint::cold_path();
                        unsafe { op.add(1) }
                    };
                },
            )
        } else if i.takes_next() {
            (
                quote!(let mut next = pc + 1; #invoke),
                quote!(let op = unsafe { ops.add(next) };),
            )
        } else {
            (invoke, quote!(let op = unsafe { op.add(1) };))
        };
        let (set_win, get_win) = if regs_only {
            (quote!(), quote!())
        } else {
            (quote!(h.set_window(win);), quote!(let win = h.window();))
        };
        // Control-flow instructions end basic blocks: with step counting on
        // they call `Handler::step` first.
        let step = i.ends_block().then(|| {
            quote! {
                if STEPS {
                    if let Err(e) = h.step() {
                        return h.stop(#stop_pc, e);
                    }
                }
            }
        });
        let step_loop = i.ends_block().then(|| {
            quote! {
                if let Err(e) = h.step() {
                    return (at, e);
                }
            }
        });
        let call_loop = if cond && i.can_break() {
            quote! {
                let next = match h.#m(#(#hnames),*) {
                    Ok(true) => #to_label,
                    Ok(false) => at + 1,
                    Err(e) => return (at, e),
                };
            }
        } else if cond {
            quote! {
                let next = if #recv.#m(#(#hnames),*) { #to_label } else { at + 1 };
            }
        } else {
            let next_decl = if i.takes_next() {
                quote!(let mut next = at + 1;)
            } else {
                quote!(let next = at + 1;)
            };
            let invoke = if i.can_break() {
                quote! {
                    if let Err(e) = h.#m(#next_arg_t #(#hnames),*) {
                        return (at, e);
                    }
                }
            } else {
                quote!(#recv.#m(#next_arg_t #(#hnames),*);)
            };
            quote!(#next_decl #invoke)
        };
        // Instructions whose work isa.ron declares as `Bytes(operand)` are
        // charged for it before they run, when steps are counted.
        let work_reg = match &i.work {
            Some(crate::spec::Work::Bytes(op)) => Some(format_ident!("{}", op)),
            _ => None,
        };
        let charge = work_reg.as_ref().map(|r| {
            quote! {
                if STEPS {
                    if let Err(e) = h.charge_bytes(#r) {
                        return h.stop(#stop_pc, e);
                    }
                }
            }
        });
        let charge_loop = work_reg.as_ref().map(|r| {
            quote! {
                if let Err(e) = h.charge_bytes(#r) {
                    return (at, e);
                }
            }
        });
        op_fns.push(quote! {
            #[inline(never)]
            unsafe fn #op_fn<H: Handler, const STEPS: bool>(h: &mut H, ops: *const Op<H>, op: *const Op<H>, win: H::Window) {
                // SAFETY: `thread` pairs every op function with its own variant,
                // and the caller keeps `op` inside the op list.
                let Instr::#v { #(#names),* } = (unsafe { *op }).instr else {
                    unsafe { core::hint::unreachable_unchecked() }
                };
                #set_win
                #pc_decl
                #step
                #charge
                #call
                #get_win
                // SAFETY: verified code only continues at instructions of the
                // list (see `run_threaded`); the end sentinel catches the rest.
                #next_op
                unsafe { ((*op).f)(h, ops, op, win) }
            }
        });
        observed_arms.push(quote! {
            Instr::#v { #(#names),* } => {
                // Step first: an instruction that stops for its step has not
                // run, and reruns with `before` called once.
                #step_loop
                #charge_loop
                if let Some(e) = o.before(h, at, &instr) {
                    return (at, e);
                }
                #call_loop
                o.after(h, at, next, &instr);
                pc = next;
            }
        });
        thread_arms.push(quote!(Instr::#v { .. } => #op_fn::<H, STEPS>));

        let op_infos = i.operands.iter().map(|(name, k)| {
            let kv = kind_value(*k);
            quote!(OperandInfo { name: #name, kind: #kv })
        });
        let flag = |f: Flag| i.has(f);
        let (branch, call, ret, term, trap, rd, wr, io) = (
            flag(Flag::Branch),
            flag(Flag::Call),
            flag(Flag::Return),
            flag(Flag::Terminator),
            flag(Flag::MayTrap),
            flag(Flag::ReadsMemory),
            flag(Flag::WritesMemory),
            flag(Flag::Io),
        );
        let returns_twice = flag(Flag::ReturnsTwice);
        let switch = flag(Flag::Switch);
        let machine = flag(Flag::Machine);
        let examples = i.examples.iter().map(|e| {
            let (code, output, exit) = (&e.code, &e.output, e.exit);
            let trap = match &e.trap {
                Some(t) => quote!(Some(#t)),
                None => quote!(None),
            };
            quote!(Example { code: #code, output: #output, exit: #exit, trap: #trap })
        });
        let (fam, suf, sum, desc) = (&i.family, &i.suffix, &i.summary, &i.description);
        let traps = &i.traps;
        let seeds = &i.seeds;
        let handler = i.snake();
        let line = i.line as u32;
        let (takes_next, can_break, cond_branch, regs_only) = (
            i.takes_next(),
            i.can_break(),
            i.cond_branch(),
            i.regs_only(),
        );
        let work = match &i.work {
            None => quote!(None),
            Some(crate::spec::Work::Bytes(op)) => quote!(Some(Work::Bytes(#op))),
            Some(crate::spec::Work::Measured(what)) => quote!(Some(Work::Measured(#what))),
        };
        infos.push(quote! {
            InstrInfo {
                mnemonic: #mn,
                family: #fam,
                suffix: #suf,
                opcode: #op,
                handler: #handler,
                operands: &[#(#op_infos),*],
                summary: #sum,
                description: #desc,
                traps: &[#(#traps),*],
                flags: Flags {
                    branch: #branch, call: #call, ret: #ret, terminator: #term,
                    may_trap: #trap, reads_memory: #rd, writes_memory: #wr, io: #io,
                    returns_twice: #returns_twice, switch: #switch, machine: #machine,
                },
                handler_takes_next: #takes_next,
                handler_can_break: #can_break,
                handler_cond_branch: #cond_branch,
                handler_regs_only: #regs_only,
                examples: &[#(#examples),*],
                seeds: &[#(#seeds),*],
                size: #size,
                spec_line: #line,
                work: #work,
            }
        });
    }

    let first = &spec.insts[0];
    let first_v = ident(&first.camel());
    let first_fields = first.operands.iter().map(|(n, k)| {
        let n = ident(n);
        let z = zero_value(*k);
        quote!(#n: #z)
    });
    let sentinel = quote!(Instr::#first_v { #(#first_fields),* });

    quote! {
        // Makes cargo rebuild when the spec changes: proc macros cannot track files on stable.
        const _: &[u8] = include_bytes!(#path_str);

        /// Hash of the encoding-relevant content of `isa.ron` (mnemonics, opcodes,
        /// operand kinds). Stored in every `.vve`; a mismatch refuses the file.
        pub const FINGERPRINT: u64 = #fingerprint;
        /// Version of the `isa.ron` format this ISA was generated from.
        pub const SPEC_VERSION: u32 = #version;
        /// Largest operand count of any instruction.
        pub const MAX_OPERANDS: usize = #max_ops;

        /// Every opcode of the instruction set.
        #[repr(u16)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Opcode {
            #( #[doc = #docs] #camel = #opcodes, )*
        }

        impl Opcode {
            /// All opcodes, in opcode order (the order of [`INSTRUCTIONS`]).
            pub const ALL: [Opcode; #n] = [#(Opcode::#camel),*];

            /// The opcode with this numeric value, if any.
            pub fn from_u16(v: u16) -> Option<Opcode> {
                match v {
                    #(#opcodes => Some(Opcode::#camel),)*
                    _ => None,
                }
            }

            /// The mnemonic table: the opcode spelled `s` in assembly, if any.
            pub fn from_mnemonic(s: &str) -> Option<Opcode> {
                // Sorted by mnemonic at expansion time (a `match` on strings
                // would compare them one by one).
                static TABLE: [(&str, Opcode); #n] = [#((#sorted_mnemonics, Opcode::#sorted_camel)),*];
                TABLE
                    .binary_search_by(|(m, _)| (*m).cmp(s))
                    .ok()
                    .map(|k| TABLE[k].1)
            }

            /// Position in [`INSTRUCTIONS`].
            #[inline]
            pub fn index(self) -> usize {
                // Position of each opcode value (`u16::MAX` where none is).
                static INDEX: [u16; #index_len] = [#(#index_table),*];
                INDEX[self as u16 as usize] as usize
            }

            /// Everything the spec says about this instruction.
            pub fn info(self) -> &'static InstrInfo {
                &INSTRUCTIONS[self.index()]
            }

            /// Assembly mnemonic, e.g. `add.i64`.
            pub fn mnemonic(self) -> &'static str {
                match self {
                    #(Opcode::#camel => #mnemonics,)*
                }
            }

            /// Encoded size in bytes (opcode plus operands).
            pub fn size(self) -> usize {
                match self {
                    #(Opcode::#camel => #sizes,)*
                }
            }
        }

        /// Metadata of every instruction, in opcode order.
        pub static INSTRUCTIONS: [InstrInfo; #n] = [#(#infos),*];

        /// One decoded instruction with typed operands.
        #[derive(Clone, Copy, Debug, PartialEq)]
        pub enum Instr {
            #(#variants,)*
        }

        /// The operand values of one instruction, in spec order.
        #[derive(Clone, Copy, Debug, PartialEq)]
        pub struct Operands {
            vals: [OperandValue; MAX_OPERANDS],
            len: usize,
        }

        impl core::ops::Deref for Operands {
            type Target = [OperandValue];
            fn deref(&self) -> &[OperandValue] {
                &self.vals[..self.len]
            }
        }

        impl Instr {
            /// This instruction's opcode.
            pub fn opcode(&self) -> Opcode {
                match self {
                    #(Instr::#camel { .. } => Opcode::#camel,)*
                }
            }

            /// Appends the encoding: `u16` opcode, then each operand little-endian
            /// (register 1 byte, immediates their width, label/data/function 4 bytes).
            pub fn encode(&self, out: &mut Vec<u8>) {
                match *self {
                    #(#encode_arms)*
                }
            }

            /// Decodes the instruction at byte `at`; returns it and its length.
            /// Never panics: unknown opcodes and truncation are errors naming `at`.
            pub fn decode(bytes: &[u8], at: usize) -> Result<(Instr, usize), DecodeError> {
                let rest = bytes.get(at..).unwrap_or(&[]);
                let Some(&[lo, hi]) = rest.get(..2) else {
                    return Err(DecodeError::truncated(at, "opcode", 2, rest.len()));
                };
                match u16::from_le_bytes([lo, hi]) {
                    #(#decode_arms)*
                    other => Err(DecodeError::unknown_opcode(at, other)),
                }
            }

            /// The operand values in spec order (what the disassembler prints).
            pub fn operands(&self) -> Operands {
                match *self {
                    #(#operands_arms,)*
                }
            }

            /// Builds an instruction from operand values; `None` if they do not
            /// match the opcode's operand kinds (the assembler checks kinds first).
            pub fn from_operands(op: Opcode, ops: &[OperandValue]) -> Option<Instr> {
                match (op, ops) {
                    #(#from_ops_arms,)*
                    _ => None,
                }
            }

            /// The code label operand, if this instruction has one (the loader
            /// rewrites byte offsets into instruction indices through it).
            pub fn label_mut(&mut self) -> Option<&mut Label> {
                match self {
                    #(#label_arms,)*
                    _ => None,
                }
            }

            /// The one typed memory access this instruction makes, if it reads
            /// or writes a value of its type at `base + off` or element `index`
            /// of an array at `base` (`ld`, `st`, `ldx`, `stx` and the
            /// superinstructions that load or update memory).
            pub fn memory_access(&self) -> Option<MemAccess> {
                match *self {
                    #(#access_arms,)*
                    _ => None,
                }
            }
        }

        /// Where [`Instr::memory_access`]'s access is.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub struct MemAccess {
            /// The register holding the base address.
            pub base: Reg,
            /// The offset from it.
            pub at: MemOffset,
            /// Bytes accessed.
            pub bytes: u8,
            /// Only written (an update such as `maddm` reads first).
            pub write: bool,
        }

        /// The offset of a [`MemAccess`] from its base.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum MemOffset {
            /// A byte offset: the address is `base + off`.
            Off(i32),
            /// An element index: the address is `base + index * bytes`.
            Index(Reg),
        }

        /// The semantics of every instruction: one method per instruction and no
        /// default bodies, so an instruction added to `isa.ron` without a handler
        /// is a compile error naming the missing method.
        ///
        /// Control-flow handlers (`branch`, `call`, `return` flags) receive `next`,
        /// the index of the following instruction, and may overwrite it. Handlers
        /// of instructions that may trap or stop the program return
        /// `Result<(), Self::Break>`; the others cannot fail.
        pub trait Handler {
            /// Why execution stopped (a halt or a trap).
            type Break;
            /// Execution reached an index with no instruction.
            fn pc_out_of_bounds(&mut self, pc: usize) -> Self::Break;
            /// Threaded dispatch ([`run_threaded`]) stopped at instruction `pc`
            /// because of `why`; the handler keeps it for the caller.
            fn stop(&mut self, pc: usize, why: Self::Break);
            /// Called before every control-flow instruction (the end of a basic
            /// block) when step counting is on: [`thread`] with `STEPS`, and
            /// [`run_observed`]. Breaking here stops before the instruction runs,
            /// so execution can resume at it.
            fn step(&mut self) -> Result<(), Self::Break>;
            /// Called, when step counting is on, before an instruction whose
            /// work `isa.ron` declares as `Bytes(operand)`, with that
            /// register: charges for the bytes it says the instruction will
            /// process ([`WORK_UNIT`] a step). Breaking stops before the
            /// instruction runs, so execution can resume at it.
            fn charge_bytes(&mut self, len: Reg) -> Result<(), Self::Break>;
            /// What locates the current register window. Threaded dispatch
            /// passes it from instruction to instruction as an argument, so it
            /// stays in a machine register instead of being reloaded by every
            /// handler: each op function hands it in with
            /// [`Handler::set_window`] and takes it back with
            /// [`Handler::window`], and the compiler forwards the value through
            /// the inlined handler.
            type Window: Copy;
            /// The current window.
            fn window(&self) -> Self::Window;
            /// Makes `w` the current window (it was returned by
            /// [`Handler::window`] and nothing has moved it since).
            fn set_window(&mut self, w: Self::Window);
            /// The view of a window that runs [`RegHandler`] instructions.
            type Regs: RegHandler;
            /// A view of window `w`.
            ///
            /// # Safety
            /// `w` is the current window ([`Handler::window`]) and stays so
            /// while the view is used.
            unsafe fn regs(w: Self::Window) -> Self::Regs;
            #(#trait_methods)*
        }

        /// The semantics of the instructions that read and write nothing but
        /// registers of the current window (arithmetic, moves, comparisons,
        /// conditional branches: `isa.ron` gives them none of the flags that
        /// reach further), one method each and no default bodies. They run on
        /// [`Handler::Regs`], so threaded code passes them the window it
        /// carries and the machine itself is not touched.
        pub trait RegHandler {
            #(#reg_methods)*
        }

        /// One instruction of threaded code: the function that executes it and its operands.
        pub struct Op<H: Handler> {
            f: unsafe fn(&mut H, *const Op<H>, *const Op<H>, H::Window),
            instr: Instr,
        }

        impl<H: Handler> Clone for Op<H> {
            fn clone(&self) -> Self {
                *self
            }
        }

        impl<H: Handler> Copy for Op<H> {}

        impl<H: Handler> core::fmt::Debug for Op<H> {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                self.instr.fmt(f)
            }
        }

        /// Builds threaded code for `code`: each instruction paired with the
        /// function that executes it, plus an end sentinel that reports
        /// [`Handler::pc_out_of_bounds`].
        pub fn thread<H: Handler, const STEPS: bool>(code: &[Instr]) -> Vec<Op<H>> {
            let mut ops: Vec<Op<H>> = code
                .iter()
                .map(|&instr| Op {
                    f: match instr {
                        #(#thread_arms,)*
                    },
                    instr,
                })
                .collect();
            ops.push(Op { f: op_end::<H>, instr: #sentinel });
            ops
        }

        #[inline(never)]
        unsafe fn op_end<H: Handler>(h: &mut H, ops: *const Op<H>, op: *const Op<H>, win: H::Window) {
            h.set_window(win);
            // SAFETY: `op` is the sentinel of the list `ops` starts.
            let pc = unsafe { index_of_op(ops, op) };
            let why = h.pc_out_of_bounds(pc);
            h.stop(pc, why)
        }

        /// The index of `op` in the list `ops` starts.
        ///
        /// # Safety
        /// `op` points into the op list that starts at `ops`.
        #[inline(always)]
        unsafe fn index_of_op<H: Handler>(ops: *const Op<H>, op: *const Op<H>) -> usize {
            // SAFETY: both point into the same list (the caller's promise).
            unsafe { op.offset_from(ops) as usize }
        }

        #(#op_fns)*

        /// Threaded dispatch: every instruction's function jumps straight to the
        /// next one through a tail call, so there is no central dispatch branch.
        /// Returns when a handler breaks, after reporting it through
        /// [`Handler::stop`].
        ///
        /// It relies on LLVM turning those tail calls into jumps, which optimised
        /// builds do; unoptimised builds grow the host stack with every
        /// instruction, so use [`run`] there.
        ///
        /// # Safety
        /// `ops` must come from [`thread`] over code that keeps control inside
        /// it: every branch target, call target and return address an
        /// instruction index of the list (what the loader's verifier proves),
        /// and `pc < ops.len()`.
        pub unsafe fn run_threaded<H: Handler>(h: &mut H, ops: &[Op<H>], pc: usize) {
            let p = ops.as_ptr();
            let win = h.window();
            // SAFETY: the caller guarantees `pc < ops.len()`.
            let op = unsafe { p.add(pc) };
            unsafe { ((*op).f)(h, p, op, win) }
        }

        /// Watches execution in [`run_observed`]: tracing and profiling layers
        /// implement this instead of touching the handlers.
        pub trait Observer<H: Handler> {
            /// Before instruction `pc` runs; returning a break stops there.
            fn before(&mut self, h: &H, pc: usize, instr: &Instr) -> Option<H::Break>;
            /// After instruction `pc` ran without breaking; `next` is where
            /// execution continues.
            fn after(&mut self, h: &H, pc: usize, next: usize, instr: &Instr);
            /// Host bytes the observer holds for the run (its tables), which
            /// the VM counts against its memory cap while the run lasts.
            fn memory(&self) -> u64 {
                0
            }
        }

        /// The dispatch loop with an [`Observer`] around every instruction and
        /// step counting on. A separate copy of the loop, so [`run`] and
        /// [`run_threaded`] pay nothing for it.
        pub fn run_observed<H: Handler, O: Observer<H>>(
            h: &mut H,
            o: &mut O,
            code: &[Instr],
            mut pc: usize,
        ) -> (usize, H::Break) {
            loop {
                let Some(&instr) = code.get(pc) else {
                    return (pc, h.pc_out_of_bounds(pc));
                };
                let at = pc;
                match instr {
                    #(#observed_arms)*
                }
            }
        }

        /// The dispatch loop: runs from instruction index `pc` until a handler
        /// breaks; returns the index of the instruction that broke and why.
        #[inline(always)]
        pub fn run<H: Handler>(h: &mut H, code: &[Instr], mut pc: usize) -> (usize, H::Break) {
            loop {
                let Some(&instr) = code.get(pc) else {
                    return (pc, h.pc_out_of_bounds(pc));
                };
                let at = pc;
                pc += 1;
                match instr {
                    #(#dispatch_arms)*
                }
            }
        }
    }
}

pub fn tests(spec: &Spec, path: &Path, runner: &syn::Path) -> TokenStream {
    let path_str = path.display().to_string();
    let tests = spec.insts.iter().map(|i| {
        let name = format_ident!("{}", i.snake());
        let mn = &i.mnemonic;
        let doc = format!("Runs every example of `{mn}` from isa.ron and checks its output.");
        quote! {
            #[doc = #doc]
            #[test]
            fn #name() {
                #runner(#mn);
            }
        }
    });
    quote! {
        const _: &[u8] = include_bytes!(#path_str);
        #(#tests)*
    }
}
