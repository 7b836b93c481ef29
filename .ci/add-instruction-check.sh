#!/usr/bin/env bash
# Replays README.md's "Add an instruction" walkthrough in a temporary copy of the
# repository, so the README cannot drift from what the build actually does:
#
#   0. the copy builds (`cargo check -p vm`) before any change;
#   1. append the README's isa.ron entry (between <!-- walkthrough:isa --> markers)
#      to the copy's isa.ron  -> `cargo check -p vm` must FAIL, naming `sq_i64`,
#      with the error the README shows (<!-- walkthrough:error -->; line numbers
#      and spacing are ignored);
#   2. add the README's handler (between <!-- walkthrough:handler --> markers) to
#      the copy's vm/src/handlers.rs -> `cargo test -p tests --test spec_examples
#      sq_i64` must pass and run that test;
#   3. `cargo run -p docs-gen` in the copy must document `sq.i64`.
#
# The repository itself is never modified: the copy is made (and removed again)
# at ${CARGO_TARGET_DIR:-<repo>/target}/add-instr-check-src and builds go to
# ${CARGO_TARGET_DIR:-<repo>/target}/add-instr-check. Both paths are stable, so
# repeated runs reuse (and overwrite) the same build artifacts.
# Exits non-zero with a message on any deviation.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readme="$repo/README.md"
base_target="${CARGO_TARGET_DIR:-$repo/target}"
case "$base_target" in
/*) ;;
*) base_target="$PWD/$base_target" ;;
esac
export CARGO_TARGET_DIR="$base_target/add-instr-check"
copy="$base_target/add-instr-check-src"

fail() {
    printf '\nadd-instruction-check: FAILED: %s\n' "$*" >&2
    exit 1
}
step() { printf '\n--- add-instruction-check: %s\n' "$*"; }

# Prints the body of the fenced code block between <!-- walkthrough:$1 --> and
# <!-- /walkthrough:$1 --> in README.md.
extract() {
    awk -v m="$1" '
        $0 == "<!-- walkthrough:" m " -->" { on = 1; next }
        $0 == "<!-- /walkthrough:" m " -->" { exit }
        on && /^```/ { fence = !fence; next }
        on && fence { print }
    ' "$readme"
}

[ -f "$readme" ] || fail "$readme not found"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/voxvm-add-instr.XXXXXX")"
cleanup() {
    rm -rf "$tmp"
    case "$copy" in */add-instr-check-src) rm -rf "$copy" ;; esac
}
trap cleanup EXIT
entry="$tmp/isa-entry.ron"
handler="$tmp/handler.rs"
error="$tmp/error.txt"
extract isa >"$entry"
extract handler >"$handler"
extract error >"$error"
[ -s "$entry" ] || fail "README.md has no isa.ron entry between <!-- walkthrough:isa --> and <!-- /walkthrough:isa -->"
[ -s "$handler" ] || fail "README.md has no handler between <!-- walkthrough:handler --> and <!-- /walkthrough:handler -->"
[ -s "$error" ] || fail "README.md has no compiler error between <!-- walkthrough:error --> and <!-- /walkthrough:error -->"
grep -q 'name: "sq"' "$entry" || fail "the README's isa.ron entry does not define family \"sq\":
$(cat "$entry")"
grep -q 'fn sq_i64' "$handler" || fail "the README's handler does not define fn sq_i64:
$(cat "$handler")"

step "copying the repository to $copy"
rm -rf "$copy"
mkdir -p "$copy"
if git -C "$repo" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    # Tracked and untracked-but-not-ignored files as they are in the work tree.
    git -C "$repo" ls-files -z --cached --others --exclude-standard |
        while IFS= read -r -d '' f; do
            if [ -e "$repo/$f" ]; then printf '%s\0' "$f"; fi
        done |
        tar -C "$repo" --null -T - -cf - | tar -C "$copy" -xf -
else
    tar -C "$repo" --exclude=./target -cf - . | tar -C "$copy" -xf -
fi
cd "$copy"
[ -f isa.ron ] && [ -f vm/src/handlers.rs ] || fail "the copy has no isa.ron or vm/src/handlers.rs"
echo "build directory: $CARGO_TARGET_DIR"

step "step 0: the unchanged copy builds (cargo check -p vm)"
if ! out="$(cargo check -p vm 2>&1)"; then
    printf '%s\n' "$out" >&2
    fail "the repository does not build before the walkthrough; fix that first"
fi

step "step 1: append the README's sq entry to isa.ron; cargo check -p vm must fail naming sq_i64"
awk -v entry="$entry" '
    { line[NR] = $0 }
    END {
        at = 0
        for (i = NR - 1; i >= 1; i--)
            if (line[i] ~ /^    \],[ \t]*$/ && line[i + 1] ~ /^\)[ \t]*$/) { at = i; break }
        if (!at) exit 3
        for (i = 1; i < at; i++) print line[i]
        while ((getline l < entry) > 0) print l
        for (i = at; i <= NR; i++) print line[i]
    }
' isa.ron >isa.ron.new || fail "isa.ron does not end with the instructions list's closing '    ],' and ')' lines"
mv isa.ron.new isa.ron
if out="$(cargo check -p vm 2>&1)"; then
    printf '%s\n' "$out"
    fail "cargo check -p vm succeeded after adding the isa.ron entry without a handler; the README says it fails naming sq_i64"
fi
printf '%s\n' "$out" | grep -E '^(error|warning)|sq_i64' || true
if ! grep -q 'sq_i64' <<<"$out"; then
    printf '%s\n' "$out" >&2
    fail "cargo check -p vm failed, but its output does not name the missing handler sq_i64 (is opcode 0x0F00 free? is the entry valid?)"
fi
# Every line of the README's error block must appear in the real output, up to
# digits (line numbers) and whitespace.
normalize() { tr -d '0-9 \t\r'; }
normalize <<<"$out" >"$tmp/actual.norm"
while IFS= read -r line; do
    n="$(normalize <<<"$line")"
    [ -z "$n" ] && continue
    if ! grep -Fxq -- "$n" "$tmp/actual.norm"; then
        printf '%s\n' "$out" >&2
        fail "README.md's step 2 error shows the line
    $line
but cargo check -p vm printed nothing like it (output above); update the <!-- walkthrough:error --> block"
    fi
done <"$error"

step "step 3: add the README's handler; cargo test -p tests --test spec_examples sq_i64 must pass"
impl_line="$(grep -m1 -E '^impl(<[^>]*>)? *RegHandler for ' vm/src/handlers.rs || true)"
[ -n "$impl_line" ] || fail "vm/src/handlers.rs has no 'impl RegHandler for ...' line to add the register-only handler to"
impl_name="${impl_line%%\{*}"
impl_name="${impl_name% }"
grep -qF -- "\`$impl_name {" "$readme" ||
    fail "README.md's step 3 does not name the handler block as in vm/src/handlers.rs: \`$impl_name { ... }\`"
awk -v handler="$handler" -v marker="$impl_line" '
    { print }
    !done && $0 == marker {
        while ((getline l < handler) > 0) print l
        done = 1
    }
' vm/src/handlers.rs >handlers.rs.new
mv handlers.rs.new vm/src/handlers.rs
if ! out="$(cargo test -p tests --test spec_examples sq_i64 2>&1)"; then
    printf '%s\n' "$out" >&2
    fail "cargo test -p tests --test spec_examples sq_i64 failed after adding the handler"
fi
printf '%s\n' "$out" | grep -E '^(test |test result)' || true
grep -q '^test sq_i64 \.\.\. ok$' <<<"$out" ||
    fail "the test sq_i64 did not run (output above); the generated test name changed?"

step "step 5: cargo run -p docs-gen documents sq.i64"
if ! out="$(cargo run -q -p docs-gen 2>&1)"; then
    printf '%s\n' "$out" >&2
    fail "cargo run -p docs-gen failed"
fi
printf '%s\n' "$out"
grep -q '`sq.i64`' docs/ISA.md || fail "docs/ISA.md does not mention sq.i64 after regeneration"

printf '\nadd-instruction-check: OK (README walkthrough reproduced)\n'
