#!/bin/sh
# tests/locale/run.sh - numbers in data, CSV and JSON do not depend on the
# locale (docs/cli.md "Messages").
#
#   sh tests/locale/run.sh RKT LOCALE-EMBED
#
# Under id_ID.UTF-8 (decimal comma, '.' grouping thousands), and with
# LANGUAGE=id so messages are Indonesian: `rkt eval --format json` and
# `--format csv` on examples/bkhit (data with decimals: ikm_u1 3.30) print
# the bytes they print under LC_ALL=C, and the data's numbers still read
# with '.' for decimals; the stderr really is Indonesian (the run is in
# the other language, not the same one twice).  Then LOCALE-EMBED
# (tests/locale/embed.c), a program that calls setlocale(LC_ALL,
# "id_ID.UTF-8") itself, gets the JSON and CSV it gets under C, and keeps
# its own decimal comma after the call.
set -u
[ $# -eq 2 ] || { echo "usage: sh tests/locale/run.sh RKT LOCALE-EMBED" >&2; exit 2; }
ROOT=$(cd "$(dirname "$0")/../.." && pwd -P) || exit 2
RKT=$(cd "$(dirname "$1")" && pwd -P)/$(basename "$1")
EMBED=$(cd "$(dirname "$2")" && pwd -P)/$(basename "$2")
ID=id_ID.UTF-8
locale -a 2>/dev/null | grep -qix 'id_ID.utf-\{0,1\}8' || { echo "locale: $ID is not generated (make locale-id)" >&2; exit 2; }
W=$(mktemp -d "${TMPDIR:-/tmp}/rkt-locale.XXXXXX") || exit 2
trap 'rm -rf "$W"' EXIT
cd "$ROOT" || exit 2
RKT_PATH=$ROOT/rules; export RKT_PATH
unset LANGUAGE LC_MESSAGES LC_NUMERIC

passed=0
failed=0
ok() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }
same() {   # WHAT A B
    if cmp -s "$2" "$3"; then ok; else fail "$1"; diff "$2" "$3" | head -10 | sed 's/^/  /'; fi
}

plan="examples/bkhit/rkt-2025.rkt examples/bkhit/renstra-2025-2029.rkt"
# the example's data, one value written with 20 decimals: too long for the
# reader's fast path, so strtod reads it (and stops at the '.' under a
# locale with a decimal comma, unless the library reads in C)
data=$W/realisasi.csv
sed 's/^ikm_u1,2025-TW1,3.30,/ikm_u1,2025-TW1,3.30000000000000000001,/' examples/bkhit/realisasi-2025.csv > "$data"
grep -q '3.30000000000000000001' "$data" || { echo "locale: the example's ikm_u1 row is gone" >&2; exit 2; }
for f in json csv; do
    # shellcheck disable=SC2086 # plan is two words
    LC_ALL=C "$RKT" eval $plan --data $data --format $f > "$W/c.$f" 2> "$W/c.err"
    # shellcheck disable=SC2086
    LC_ALL=$ID LANGUAGE=id "$RKT" eval $plan --data $data --format $f > "$W/id.$f" 2> "$W/id.err"
    same "eval --format $f under $ID differs from C" "$W/c.$f" "$W/id.$f"
done
if grep -q '"realisasi":3.3' "$W/c.json" || grep -q ',3.3[0-9]*[,$]' "$W/c.csv" || grep -q '3\.3' "$W/c.json"; then ok; else
    fail "the JSON holds no decimal of the data (ikm_u1 3.30): the test would not see a decimal comma"
fi
if grep -q '[0-9],[0-9][0-9]*"' "$W/id.json"; then fail "a decimal comma in the JSON under $ID"; else ok; fi
# the other language was really in use: a data error in Indonesian, the same code
printf 'kode,periode,nilai\nIKSP1,2025-TW1,1.5.3\n' > "$W/bad.csv"
# shellcheck disable=SC2086
LC_ALL=$ID LANGUAGE=id "$RKT" eval $plan --data "$W/bad.csv" > /dev/null 2> "$W/bad.id"
# shellcheck disable=SC2086
LC_ALL=C "$RKT" eval $plan --data "$W/bad.csv" > /dev/null 2> "$W/bad.c"
if grep -q 'galat\[' "$W/bad.id" && grep -q 'error\[' "$W/bad.c"; then ok; else
    fail "the bad data's diagnostics are not Indonesian under $ID and English under C"; sed 's/^/  /' "$W/bad.id" "$W/bad.c" | head
fi
if [ "$(grep -o '\[[EWI][0-9]*\]' "$W/bad.id")" = "$(grep -o '\[[EWI][0-9]*\]' "$W/bad.c")" ]; then ok; else
    fail "the codes differ between the languages"; fi

# a program with the Indonesian locale set by setlocale
for f in json csv; do
    # shellcheck disable=SC2086
    "$EMBED" C $f $plan -- $data > "$W/ec.$f" 2> "$W/ec.err"; st=$?
    [ $st -eq 0 ] || { fail "locale-embed C $f exits $st"; sed 's/^/  /' "$W/ec.err" | head -5; }
    # shellcheck disable=SC2086
    "$EMBED" $ID $f $plan -- $data > "$W/eid.$f" 2> "$W/eid.err"; st=$?
    if [ $st -eq 0 ]; then ok; else fail "locale-embed $ID $f exits $st"; sed 's/^/  /' "$W/eid.err" | head -5; fi
    same "a program under $ID gets other $f than under C" "$W/ec.$f" "$W/eid.$f"
    same "the library's $f differs from the command's" "$W/c.$f" "$W/ec.$f"
done
echo "locale: $passed passed, $failed failed"
[ $failed -eq 0 ]
