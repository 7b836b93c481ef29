#!/usr/bin/env bash
# Reduces a Csmith program on which voxcc and gcc disagree, with creduce
# (apt-get install creduce), to a small program that still shows the
# difference; the result can become a regression test in tests/c/corpus/
# (record its expectation with tests/c/gen-expected.sh).
#
#   bash tests/csmith-reduce.sh target/csmith/failures/s123.c
#
# The original is kept; the reduced program is written next to it as
# s123.reduced.c.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
src=$(realpath "${1:?usage: tests/csmith-reduce.sh FILE.c}")
command -v creduce >/dev/null || { echo "creduce is not installed (apt-get install creduce)"; exit 2; }
cargo build -q --release -p voxvm --manifest-path "$repo/Cargo.toml"
voxvm="${CARGO_TARGET_DIR:-$repo/target}/release/voxvm"

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cp "$src" "$dir/prog.c"
# Keep the kind of failure: a wrong output stays a wrong output (voxvm exits
# 0), not a reduction to some program voxcc rejects.
status=0
(cd "$dir" && timeout 30 "$voxvm" -w -I /usr/include/csmith prog.c >/dev/null 2>&1) || status=$?
# Interesting: gcc (with warnings that flag likely undefined behaviour off
# the table) and voxcc both build it, gcc's build runs cleanly, and the two
# print different things.
cat >"$dir/test.sh" <<EOF
#!/usr/bin/env bash
gcc -w -O0 -I/usr/include/csmith prog.c -o g 2>/dev/null || exit 1
gcc -Wall -Werror=uninitialized -Werror=return-type -O1 -I/usr/include/csmith prog.c -o /dev/null 2>/dev/null || exit 1
want=\$(timeout 5 ./g) || exit 1
got=\$(timeout 30 "$voxvm" -w -I /usr/include/csmith prog.c 2>/dev/null)
st=\$?
[ "\$want" != "\$got" ] && [ "\$st" = $status ]
EOF
chmod +x "$dir/test.sh"
(cd "$dir" && ./test.sh) || { echo "$src does not show a difference"; exit 1; }
(cd "$dir" && creduce --n "$(nproc)" ./test.sh prog.c >/dev/null)
out="${src%.c}.reduced.c"
cp "$dir/prog.c" "$out"
echo "reduced to $(wc -l <"$out") lines: $out"
