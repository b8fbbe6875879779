#!/bin/sh
# examples/php/test.sh - the PHP example's test (`make test-php`).
#
#   sh examples/php/test.sh RKT LIB
#
# RKT is the rkt binary, LIB the librkt.so.0 of the same build.  Checks:
#   1. the PHP sources run nothing: no exec, shell_exec, system, passthru,
#      proc_open, popen, pcntl_exec or backticks (FFI alone);
#   2. every declaration of rkt-ffi.h (capaian.php's FFI::cdef) is one of
#      include/rkt.h's, the same after comments, preprocessor lines and
#      RKT_API are dropped and spaces normalised, so the two cannot drift;
#   3. capaian.php on the seed plan (examples/bkhit: rkt-2025.rkt,
#      renstra-2025-2029.rkt and satuan.rkt, with realisasi-2025.csv; then
#      the folder with --rencana) prints the plan's, each sasaran's and
#      each indicator's capaian equal to `rkt eval --format json`'s, both
#      written with two decimals ("-" for null), in the same order.
# The closing line is `php: N passed, N failed`.
set -u

[ $# -eq 2 ] || { echo "usage: sh examples/php/test.sh RKT LIB" >&2; exit 2; }
ROOT=$(cd "$(dirname "$0")/../.." && pwd -P) || exit 2
HERE=$ROOT/examples/php
abspath() { case $1 in /*) printf '%s\n' "$1" ;; *) printf '%s/%s\n' "$(pwd -P)" "$1" ;; esac; }
RKT=$(abspath "$1")
LIB=$(abspath "$2")
for t in php jq; do
    command -v $t > /dev/null 2>&1 || { echo "php: '$t' is not installed (make deps installs it)" >&2; exit 2; }
done
php -d ffi.enable=1 -r 'exit(class_exists("FFI") ? 0 : 1);' ||
    { echo "php: PHP has no FFI extension" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/rkt-php.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
ok() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }

# 1. FFI alone
if grep -n -E '(^|[^A-Za-z0-9_$>:])(exec|shell_exec|system|passthru|proc_open|popen|pcntl_exec)[[:space:]]*\(|`' \
        "$HERE"/*.php > "$work/banned"; then
    fail "examples/php runs a program:"; sed 's/^/  /' "$work/banned"
else
    ok
fi

# 2. the declarations: one a line, normalised
decls() {
    awk '
        /^[ \t]*#[ \t]*if/ { depth++; next }
        /^[ \t]*#[ \t]*endif/ { depth--; next }
        /^[ \t]*#/ { next }
        depth >= 2 { next }     # rkt.h: what its include guard holds, no more
        { text = text $0 "\n" }
        END {
            # comments out
            out = ""
            while ((i = index(text, "/*")) > 0) {
                out = out substr(text, 1, i - 1) " "
                text = substr(text, i + 2)
                j = index(text, "*/")
                text = j ? substr(text, j + 2) : ""
            }
            text = out text
            gsub(/\/\/[^\n]*/, " ", text)
            gsub(/RKT_API/, " ", text)
            gsub(/[ \t\n]+/, " ", text)
            n = length(text); d = 0; cur = ""
            for (k = 1; k <= n; k++) {
                c = substr(text, k, 1)
                cur = cur c
                if (c == "{") d++
                else if (c == "}") d--
                else if (c == ";" && d == 0) {
                    print cur; cur = ""
                }
            }
        }' "$1" | sed -e 's/^ *//' -e 's/ *\([][*(),;{}=]\) */\1/g' -e 's/  */ /g'
}
decls "$ROOT/include/rkt.h" > "$work/h"
decls "$HERE/rkt-ffi.h" > "$work/ffi"
nfun=$(grep -c '^[^{]*rkt_[a-z0-9_]*(' "$work/ffi")
if [ "$nfun" -lt 5 ]; then
    fail "rkt-ffi.h: only $nfun functions found (the reader is broken?)"
fi
drift=0
while IFS= read -r d; do
    if ! grep -Fqx -- "$d" "$work/h"; then
        drift=1
        name=$(printf '%s\n' "$d" | sed -n 's/.*\(rkt_[a-z0-9_]*\)(.*/\1/p; s/.*}\([a-z_]*\);$/\1/p' | head -n 1)
        fail "rkt-ffi.h declares what rkt.h does not: $d"
        [ -n "$name" ] && grep -F -- "$name" "$work/h" | sed 's/^/  rkt.h: /'
    fi
done < "$work/ffi"
[ $drift = 0 ] && ok

# 3. the figures, through FFI and from the JSON
NO_COLOR=1; export NO_COLOR
# from_json < JSON: the lines of capaian.php's output that the test compares
from_json() {
    jq -r '"rencana \(.rencana) capaian \(.capaian)",
           (.sasaran[] | "sasaran \(.kode) capaian \(.capaian)",
                         (.indikator[] | "indikator \(.kode) capaian \(.capaian)"))' |
        awk '{ v = $NF; $NF = (v == "null" ? "-" : sprintf("%.2f", v)); print }'
}
# from_php < OUTPUT: the same lines
from_php() {
    awk '$1 == "rencana" { print $1, $2, $7, $8 }
         $1 == "sasaran" { print }
         $1 == "indikator" { print $1, $2, $7, $8 }'
}
compare() {
    what=$1
    shift
    if ! (cd "$ROOT" && RKT_LIB=$LIB php -d ffi.enable=1 examples/php/capaian.php -I rules "$@") \
            > "$work/php.out" 2> "$work/php.err"; then
        fail "$what: capaian.php failed"; sed 's/^/  /' "$work/php.err"; return
    fi
    if ! (cd "$ROOT" && RKT_PATH=rules "$RKT" eval --format json "$@") > "$work/json" 2> "$work/rkt.err"; then
        fail "$what: rkt eval failed"; sed 's/^/  /' "$work/rkt.err"; return
    fi
    from_php < "$work/php.out" > "$work/a"
    from_json < "$work/json" > "$work/b"
    if [ ! -s "$work/b" ] || [ "$(wc -l < "$work/b")" -lt 3 ]; then
        fail "$what: no figures in rkt's JSON"
    elif diff "$work/b" "$work/a" > "$work/diff"; then
        ok
    else
        fail "$what: capaian.php (>) differs from rkt eval --format json (<)"; sed 's/^/  /' "$work/diff"
    fi
}
compare "the seed plan's files" examples/bkhit/rkt-2025.rkt examples/bkhit/renstra-2025-2029.rkt \
    examples/bkhit/satuan.rkt --data examples/bkhit/realisasi-2025.csv
compare "the seed folder, --rencana, TW2" examples/bkhit --rencana RKT_BKHIT_2025 --periode 2025-TW2 \
    --data examples/bkhit/realisasi-2025.csv

echo "php: $passed passed, $failed failed"
[ $failed -eq 0 ]
