#!/bin/sh
# tests/valgrind.sh - runs rkt under valgrind (memcheck) on the examples and
# on erroneous inputs, and fails on any memory error or leak.
#
#   sh tests/valgrind.sh RKT [PROGRAM...]
#
# Runs, from the repo root: `rkt check examples/`; `rkt check FILE` for
# every examples/**/*.rkt; `rkt check FILE` for every tests/valgrind/*.rkt
# (inputs with syntax errors, undeclared references, bad targets and an
# import cycle) and `rkt check --format F tests/valgrind/` for each
# diagnostic format; `rkt eval` (table and JSON) on the BKHIT example when
# examples/bkhit/realisasi-2025.csv exists; `rkt report --format xlsx` on
# it, which must exit 0 (libxlsxwriter, opened at run time, stays loaded
# until exit: what it holds then is reachable, not lost); `rkt test` on
# the examples; then each PROGRAM by itself (the library's API test,
# build/test_api).
# A run fails when valgrind reports an error (exit 99: invalid access,
# uninitialised value, or a definite, indirect or possible leak), when rkt
# dies of a signal or exits with a status other than 0, 1 or 2, or when it
# takes more than 300 s.  Exit statuses 0, 1 and 2 are all fine here: the
# golden tests judge the output.
set -u

[ $# -ge 1 ] || { echo "usage: sh tests/valgrind.sh RKT [PROGRAM...]" >&2; exit 2; }
ROOT=$(cd "$(dirname "$0")/.." && pwd -P) || exit 2
case $1 in
    /*) RKT=$1 ;;
    */*) RKT=$(pwd -P)/$1 ;;
    *) RKT=$(command -v "$1") || RKT=$1 ;;
esac
if [ ! -x "$RKT" ] || [ -d "$RKT" ]; then
    echo "valgrind: '$RKT' is not an executable" >&2; exit 2
fi
if ! command -v valgrind > /dev/null 2>&1; then
    echo "valgrind: valgrind is not installed (make deps installs it)" >&2; exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/rkt-valgrind.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 141' PIPE
trap 'exit 143' TERM

cd "$ROOT" || exit 2
NO_COLOR=1; export NO_COLOR
RKT_PATH=$ROOT/rules; export RKT_PATH

passed=0
failed=0

# vg ARGS...: runs `rkt ARGS` under valgrind; vgp PROGRAM: a program that
# must exit 0.
vg() { vgrun 2 "$RKT" "$@"; }
vgp() { vgrun 0 "$@"; }
vgrun() {
    maxst=$1
    shift
    timeout -k 10 300 valgrind --leak-check=full \
        --show-leak-kinds=definite,indirect,possible \
        --errors-for-leak-kinds=definite,indirect,possible \
        --error-exitcode=99 -q --log-file="$work/vg.log" \
        "$@" < /dev/null > "$work/out" 2> "$work/err"
    st=$?
    why=
    [ $st -le "$maxst" ] || [ $st = 99 ] || [ $st = 124 ] || [ $st = 137 ] || [ $st -ge 128 ] || why="exit status $st"
    case $st in
        0|1|2) ;;
        99) why="valgrind reported errors" ;;
        124|137) why="timed out after 300 s" ;;
        *) if [ $st -ge 128 ]; then why="killed by signal $((st - 128))"
           else why="exit status $st"; fi ;;
    esac
    if [ -z "$why" ]; then
        passed=$((passed + 1))
        return
    fi
    failed=$((failed + 1))
    echo "FAIL $*: $why"
    sed -n '1,80s/^/  /p' "$work/vg.log"
    if [ $st != 99 ]; then
        echo "  stdout:"
        tail -n 20 "$work/out" | sed 's/^/    /'
        echo "  stderr:"
        sed -n '1,20s/^/    /p' "$work/err"
    fi
}

[ -d examples ] && vg check examples/
find examples tests/valgrind -type f -name '*.rkt' 2>/dev/null | LC_ALL=C sort > "$work/files"
while IFS= read -r f; do
    vg check "$f"
done < "$work/files"
if [ -d tests/valgrind ]; then
    for fmt in json github sarif; do
        vg check --format "$fmt" tests/valgrind/
    done
fi
if [ -f examples/bkhit/realisasi-2025.csv ]; then
    plans="examples/bkhit/rkt-2025.rkt examples/bkhit/renstra-2025-2029.rkt"
    for p in $plans; do [ -f "$p" ] || plans=examples/bkhit/; done
    # shellcheck disable=SC2086 # $plans is a list of paths without spaces
    for fmt in table json; do
        vg eval $plans --data examples/bkhit/realisasi-2025.csv --format $fmt
    done
fi
if [ -d examples/bkhit ]; then
    vgrun 0 "$RKT" report examples/bkhit/ --rencana RKT_BKHIT_2025 --jenis rkt --format xlsx -o "$work/rkt.xlsx"
fi
if [ -d examples ] && grep -rlq --include='*.rkt' '^[[:space:]]*uji[[:space:]]' examples; then
    vg test examples/bkhit/
fi

shift
for p in "$@"; do
    case $p in /*) ;; *) p=$(pwd -P)/$p ;; esac
    vgp "$p"
done

echo "valgrind: $passed passed, $failed failed"
[ $failed = 0 ]
