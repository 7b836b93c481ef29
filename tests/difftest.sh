#!/usr/bin/env bash
# Differential testing of voxcc against gcc on random programs from our own
# generators (tests/c/gen/), each aimed at what Csmith does not write:
#
#   layout     struct/union layouts: bit-fields, packed, #pragma pack, aligned, ms_struct
#   init       initializers: designators, overrides, brace elision, strings, unions
#   switch     switch over every integer type: jump tables, ranges, extremes
#   calls      struct arguments and results, K&R calls, varargs (va_arg of structs), pointers
#   floatexpr  float/double arithmetic, conversions and constant folding
#   printf     snprintf formats, flags, widths, precisions, truncation
#   wprintf    the same for swprintf, with wide and narrow strings and characters
#   strtod     strtod/strtof/atof/sscanf on hostile number text
#   strptime   strptime: every conversion on well- and ill-formed dates
#   macros     macro expansion: #, ##, __VA_ARGS__, rescanning, self-reference
#
#   bash tests/difftest.sh KIND N [FIRST_SEED]   # N programs of KIND from FIRST_SEED (default 1)
#   bash tests/difftest.sh all N [FIRST_SEED]    # N of each kind
#   bash tests/difftest.sh --ci                  # the fixed batch CI runs (8 of each kind)
#
# Each program is built by gcc -O0 and run, then run by voxvm; the outputs
# must match (init: an automatic object's padding may be gcc's stack garbage
# where voxvm has zeros; floatexpr: a line where gcc differs is settled by
# clang, since gcc 12 misfolds 0.0 - x). A mismatch is kept in
# target/difftest/failures/ with both outputs. Needs gcc and python3 (the
# batch is skipped, saying so, without them) and builds voxvm in release.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
kinds_all=(layout init switch calls floatexpr printf wprintf strtod strptime macros)
if [ "${1:-}" = "--ci" ]; then
    kinds=("${kinds_all[@]}")
    n=8
    first=1
else
    kind=${1:?usage: tests/difftest.sh KIND|all N [FIRST_SEED] | --ci}
    n=${2:?usage: tests/difftest.sh KIND|all N [FIRST_SEED] | --ci}
    first=${3:-1}
    if [ "$kind" = all ]; then
        kinds=("${kinds_all[@]}")
    elif [ -f "$repo/tests/c/gen/$kind.py" ]; then
        kinds=("$kind")
    else
        echo "unknown kind '$kind' (one of: ${kinds_all[*]} all)" >&2
        exit 2
    fi
fi
for tool in gcc python3; do
    if ! command -v "$tool" >/dev/null; then
        echo "skipped: $tool is not installed"
        exit 0
    fi
done
have_clang=""
for c in clang clang-14; do
    if command -v "$c" >/dev/null; then have_clang=$c; break; fi
done

cargo build -q --release -p voxvm --manifest-path "$repo/Cargo.toml"
voxvm="$repo/target/release/voxvm"
work="$repo/target/difftest"
mkdir -p "$work/failures"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# compare KIND GCC_OUT VOXVM_OUT SRC: exit 0 when they agree under KIND's rule.
compare() {
    local kind=$1 g=$2 v=$3 src=$4
    cmp -s "$g" "$v" && return 0
    case $kind in
    init)
        python3 - "$g" "$v" <<'EOF'
import sys
g = open(sys.argv[1]).read().split("\n"); v = open(sys.argv[2]).read().split("\n")
def ok(x, y):
    x, y = int(x, 16), int(y, 16)
    return x == y or ((y & ~x) == 0 and ((x & ~y) & ~0xaa) == 0)
if len(g) != len(v): sys.exit(1)
for a, b in zip(g, v):
    if a == b: continue
    ta, tb = a.split(), b.split()
    if len(ta) != len(tb) or ta[0] != tb[0] or not ta[0].startswith("l") \
            or not all(ok(x, y) for x, y in zip(ta[1:], tb[1:])):
        sys.exit(1)
EOF
        ;;
    floatexpr)
        [ -n "$have_clang" ] || return 1
        "$have_clang" -w -O0 -o "$tmp/c" "$src" -lm 2>/dev/null || return 1
        "$tmp/c" >"$tmp/c.out" 2>/dev/null || return 1
        [ -z "$(paste -d'|' "$g" "$v" "$tmp/c.out" | awk -F'|' '$1 != $2 && $3 != $2')" ]
        ;;
    *) return 1 ;;
    esac
}

total=0 matched=0 skipped=0 differ=0
for kind in "${kinds[@]}"; do
    k_match=0 k_skip=0 k_diff=0
    for ((s = first; s < first + n; s++)); do
        src="$tmp/$kind-$s.c"
        python3 "$repo/tests/c/gen/$kind.py" "$s" >"$src"
        total=$((total + 1))
        if ! gcc -w -O0 -o "$tmp/g" "$src" -lm 2>/dev/null \
            || ! timeout 10 "$tmp/g" >"$tmp/g.out" 2>/dev/null; then
            # gcc's build fails or crashes: the generator wrote something
            # undefined; not voxvm's concern.
            k_skip=$((k_skip + 1))
            continue
        fi
        timeout 60 "$voxvm" -w "$src" >"$tmp/v.out" 2>"$tmp/v.err" || true
        if compare "$kind" "$tmp/g.out" "$tmp/v.out" "$src"; then
            k_match=$((k_match + 1))
        else
            k_diff=$((k_diff + 1))
            cp "$src" "$work/failures/$kind-$s.c"
            cp "$tmp/g.out" "$work/failures/$kind-$s.gcc"
            cp "$tmp/v.out" "$work/failures/$kind-$s.voxvm"
            cp "$tmp/v.err" "$work/failures/$kind-$s.stderr"
            echo "DIFFERS: $kind seed $s (target/difftest/failures/$kind-$s.*)"
        fi
    done
    echo "$kind: seeds $first-$((first + n - 1)): $k_match match gcc, $k_skip skipped, $k_diff differ"
    matched=$((matched + k_match)) skipped=$((skipped + k_skip)) differ=$((differ + k_diff))
done
echo "difftest: $total programs, $matched match, $skipped skipped, $differ differ"
[ "$differ" = 0 ]
