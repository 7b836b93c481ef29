#!/usr/bin/env bash
# Records the expected behaviour of every C program in tests/c/corpus/ from a
# real C compiler (gcc), so voxcc is always compared against gcc, never against
# itself. CI does not need gcc: it only compares with the files written here.
#
#   bash tests/c/gen-expected.sh [NAME...]     # all programs, or only these
#
# For each tests/c/corpus/NAME.c it writes
#   NAME.expected   the exact stdout
#   NAME.status     the exit status
# using NAME.args (arguments, one line, split on spaces) and NAME.stdin (standard
# input) when they exist. Each program is first built with UndefinedBehavior-
# and AddressSanitizer and must run clean: a test whose expected output
# depends on undefined behaviour would test nothing.
set -euo pipefail

dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/corpus"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
CC=${CC:-gcc}
# gnu11: the corpus is C99 plus the C11 features voxcc accepts; -fwrapv is NOT
# used, so signed overflow stays undefined (and caught by the sanitizer run).
CFLAGS=(-std=gnu11 -O0 -w -fno-builtin)

if [ $# -gt 0 ]; then
    names=("$@")
else
    names=()
    for f in "$dir"/*.c; do names+=("$(basename "$f" .c)"); done
fi

fail=0
for name in "${names[@]}"; do
    src="$dir/$name.c"
    args=()
    [ -f "$dir/$name.args" ] && read -r -a args <"$dir/$name.args"
    stdin=/dev/null
    [ -f "$dir/$name.stdin" ] && stdin="$dir/$name.stdin"
    if ! $CC "${CFLAGS[@]}" -fsanitize=undefined,address -fno-sanitize-recover=all \
        -o "$tmp/san" "$src" -lm 2>"$tmp/err"; then
        echo "FAIL $name: does not compile with gcc:" >&2
        cat "$tmp/err" >&2
        fail=1
        continue
    fi
    set +e
    ASAN_OPTIONS=detect_leaks=0 "$tmp/san" "${args[@]}" <"$stdin" >"$tmp/san.out" 2>"$tmp/san.err"
    san=$?
    set -e
    if grep -q 'runtime error\|AddressSanitizer' "$tmp/san.err"; then
        echo "FAIL $name: undefined behaviour under the sanitizers:" >&2
        head -5 "$tmp/san.err" >&2
        fail=1
        continue
    fi
    $CC "${CFLAGS[@]}" -o "$tmp/prog" "$src" -lm
    set +e
    "$tmp/prog" "${args[@]}" <"$stdin" >"$dir/$name.expected"
    status=$?
    set -e
    if [ "$status" != "$san" ]; then
        echo "FAIL $name: exit status $status, but $san under the sanitizers" >&2
        fail=1
    fi
    echo "$status" >"$dir/$name.status"
done
exit $fail
