#!/usr/bin/env bash
# Real C code bases under voxvm, compared with gcc (issue 17's trials).
#
#   bench/trials/run.sh PEERS [NAME...]
#
# PEERS is a directory holding sources fetched by hand (never by this
# script, and never copied into this tree): PEERS/lua (Lua 5.4: onelua.c),
# PEERS/cJSON, PEERS/miniz, PEERS/lz4, PEERS/stb (stb_sprintf.h),
# PEERS/printf (mpaland/printf). A missing one is skipped with a message.
# Each is built unchanged, with a small driver from this directory or its
# own examples/tests as main, by voxvm and by gcc -O2 (for the reference
# output, as tests/c/gen-expected.sh does); outputs and written files are
# compared, and wall times of both runs printed. Needs gcc; voxvm is
# target/release/voxvm (cargo build --release).
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
V="$root/target/release/voxvm"
[ $# -ge 1 ] || { sed -n '2,15p' "$0"; exit 2; }
peers="$(cd "$1" && pwd)" || exit 2
shift
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(lua cJSON miniz lz4 stb printf)
[ -x "$V" ] || { echo "build voxvm first: cargo build --release" >&2; exit 2; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fails=0

# secs CMD...: runs CMD, prints its wall time in seconds to fd 3.
secs() {
    local s e
    s=$(date +%s.%N)
    "$@"
    local rc=$?
    e=$(date +%s.%N)
    echo "$e - $s" | bc >&3
    return $rc
}

# check NAME WHAT GCCDIR VOXDIR: the two run directories must be equal.
check() {
    if diff -r "$3" "$4" >"$tmp/diff" 2>&1; then
        printf '%-8s %-34s same   gcc %6.2fs  voxvm %6.2fs\n' "$1" "$2" "$(cat "$3.t")" "$(cat "$4.t")"
    else
        printf '%-8s %-34s DIFFER\n' "$1" "$2"
        head -20 "$tmp/diff"
        fails=$((fails + 1))
    fi
}

# trial NAME WHAT "GCC-ARGS" "VOXVM-ARGS" [PROGRAM-ARGS...]: builds with
# gcc and runs in a fresh directory with input.txt ($input, or a 900 kB
# text), then
# runs voxvm in another; compares stdout, status and files.
trial() {
    local name=$1 what=$2 gargs=$3 vargs=$4
    shift 4
    local g="$tmp/$name-$what-gcc" v="$tmp/$name-$what-vox"
    g=${g// /_}
    v=${v// /_}
    mkdir -p "$g" "$v"
    cp "${input:-$tmp/data.txt}" "$g/input.txt"
    cp "${input:-$tmp/data.txt}" "$v/input.txt"
    # shellcheck disable=SC2086
    if ! gcc -O2 -w -o "$tmp/exe" $gargs -lm 2>"$tmp/gccerr"; then
        printf '%-8s %-34s gcc cannot build it: %s\n' "$name" "$what" "$(head -1 "$tmp/gccerr")"
        return
    fi
    (cd "$g" && secs "$tmp/exe" "$@" >out 2>&1 3>"$g.t"; echo "status $?" >>out)
    # voxvm takes options before the first file.
    local opts=() files=() w
    for w in $vargs; do
        case $w in -*) opts+=("$w") ;; *) files+=("$w") ;; esac
    done
    (cd "$v" && secs "$V" -w --dir .::.:rw "${opts[@]}" "${files[@]}" -- "$@" >out 2>&1 3>"$v.t"; echo "status $?" >>out)
    check "$name" "$what" "$g" "$v"
}

# A 900 kB text to compress: this tree's Rust sources.
find "$root/cc/src" "$root/vm/src" -name '*.rs' | sort | xargs cat 2>/dev/null | head -c 900000 >"$tmp/data.txt"

for name in "${names[@]}"; do
    dir="$peers/$name"
    [ -d "$dir" ] || { echo "$name: skipped ($dir not found)"; continue; }
    case $name in
    lua)
        cp "$here"/lua_*.lua "$tmp/"
        for s in basic bench; do
            input="$here/lua_$s.lua" trial lua "lua_$s.lua" "$dir/onelua.c" "$dir/onelua.c" input.txt
        done
        ;;
    cJSON)
        trial cJSON test.c "-I$dir $dir/cJSON.c $dir/test.c" "-I$dir $dir/cJSON.c $dir/test.c"
        t="$dir/tests"
        for u in parse_examples parse_number parse_hex4 parse_string parse_array parse_object \
            parse_value print_string print_number print_array print_object print_value misc_tests \
            parse_with_opts compare_tests cjson_add readme_examples minify_tests json_patch_tests \
            old_utils_tests misc_utils_tests; do
            srcs="$t/$u.c $t/unity/src/unity.c"
            grep -q 'cJSON.c"' "$t/$u.c" "$t/common.h" || srcs="$srcs $dir/cJSON.c"
            case $u in *utils* | json_patch*) srcs="$srcs $dir/cJSON_Utils.c" ;; esac
            mkdir -p "$tmp/cj" && cp -r "$t/inputs" "$t/json-patch-tests" "$tmp/cj/" 2>/dev/null
            # Unity's setUp/tearDown stubs are weak symbols under __GNUC__,
            # which voxcc (like tcc) does not define: plain stubs instead.
            (cd "$tmp/cj" && trial cJSON "tests/$u" "-I$dir $srcs" "-DUNITY_WEAK_ATTRIBUTE= -I$dir $srcs")
        done
        ;;
    miniz)
        printf '#ifndef MINIZ_EXPORT\n#define MINIZ_EXPORT\n#endif\n' >"$tmp/miniz_export.h"
        s="-I$tmp -I$dir $dir/miniz.c $dir/miniz_tdef.c $dir/miniz_tinfl.c $dir/miniz_zip.c"
        trial miniz example1 "$dir/examples/example1.c $s" "$dir/examples/example1.c $s"
        trial miniz "example3 compress" "$dir/examples/example3.c $s" "$dir/examples/example3.c $s" c input.txt out.z
        trial miniz "example5 compress" "$dir/examples/example5.c $s" "$dir/examples/example5.c $s" c input.txt out.z
        # example6 (a 4096x4096 PNG) also matches byte for byte, but takes
        # half a minute under voxvm: not run here.
        ;;
    lz4)
        s="-I$dir/lib $dir/lib/lz4.c $dir/lib/lz4hc.c $dir/lib/lz4frame.c $dir/lib/xxhash.c $dir/lib/lz4file.c"
        for e in simple_buffer frameCompress blockStreaming_doubleBuffer blockStreaming_lineByLine \
            blockStreaming_ringBuffer streamingHC_ringBuffer fileCompress; do
            trial lz4 "$e" "$dir/examples/$e.c $s" "$dir/examples/$e.c $s" input.txt
        done
        ;;
    stb)
        trial stb stb_sprintf "-I$here -I$dir $here/stb_sprintf_driver.c" "-I$here -I$dir $here/stb_sprintf_driver.c"
        ;;
    printf)
        trial printf mpaland_printf "-I$here -I$dir $here/mpaland_printf_driver.c $dir/printf.c" \
            "-I$here -I$dir $here/mpaland_printf_driver.c $dir/printf.c"
        ;;
    *) echo "$name: unknown" ;;
    esac
done
[ $fails -eq 0 ] || { echo "$fails trials differ"; exit 1; }
