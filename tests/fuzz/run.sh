#!/bin/sh
# tests/fuzz/run.sh - feeds `rkt check` broken versions of every example
# and rules file, and fails on any crash, hang or unlocated error.
#
#   sh tests/fuzz/run.sh RKT MUTATE
#
# Inputs: examples/**/*.rkt and rules/*.rkt.  For each one, every prefix
# (every byte length 0..size for files up to 4 KiB, but for cuts inside an
# ASCII comment, which the scanner cannot tell apart; for larger files every
# 7th length plus both sides of every newline and the whole file) and a
# share of FUZZ_MUTATIONS (300) mutated copies made by MUTATE (at least 40
# per file; FUZZ_SEED, default 0, picks another deterministic set).
# FUZZ_FULL (4096) and FUZZ_STEP (7) change the prefix rule.
# Each candidate is checked beside the other files of its directory (in a
# copy of examples/ and rules/) so relative imports still resolve, with
# RKT_PATH=$ROOT/rules, stdin from /dev/null and a 10 s timeout.
#
# A run fails if it times out, is killed by a signal, exits with a status
# other than 0, 1 or 2 (sanitizer builds report with 86; LeakSanitizer
# runs on the mutations and every third prefix), or exits 1 with no
# located diagnostic (`file:line:col: error[E...]`) on stderr.  Failing
# inputs are kept in tests/fuzz/failures/ (with their stderr); the run
# stops early after 20 failures.  FUZZ_JOBS sets the parallelism.
set -u

usage() { echo "usage: sh tests/fuzz/run.sh RKT MUTATE" >&2; exit 2; }
[ $# -eq 2 ] || usage

ROOT=$(cd "$(dirname "$0")/../.." && pwd -P) || exit 2
abspath() {
    case $1 in
        /*) printf '%s\n' "$1" ;;
        */*) printf '%s/%s\n' "$(pwd -P)" "$1" ;;
        *) command -v "$1" || printf '%s/%s\n' "$(pwd -P)" "$1" ;;
    esac
}
RKT=$(abspath "$1")
MUTATE=$(abspath "$2")
for b in "$RKT" "$MUTATE"; do
    if [ ! -x "$b" ] || [ -d "$b" ]; then
        echo "fuzz: '$b' is not an executable" >&2; exit 2
    fi
done

budget=${FUZZ_MUTATIONS:-300}
full=${FUZZ_FULL:-4096}     # files up to this size get every prefix
step=${FUZZ_STEP:-7}        # larger ones every STEP-th length and each line
seed0=${FUZZ_SEED:-0}
jobs=${FUZZ_JOBS:-$(nproc 2>/dev/null || echo 2)}
FAILDIR=$ROOT/tests/fuzz/failures
MAXFAIL=20

WORK=$(mktemp -d "${TMPDIR:-/tmp}/rkt-fuzz.XXXXXX") || exit 2
trap 'rm -rf "$WORK"' EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 141' PIPE
trap 'exit 143' TERM

mkdir -p "$FAILDIR" || exit 2
rm -f "$FAILDIR"/*.rkt "$FAILDIR"/*.stderr

cd "$ROOT" || exit 2
{
    [ -d examples ] && find examples -type f -name '*.rkt'
    for f in rules/*.rkt; do [ -f "$f" ] && printf '%s\n' "$f"; done
} | LC_ALL=C sort > "$WORK/sources"
nsrc=$(wc -l < "$WORK/sources")
if [ "$nsrc" -eq 0 ]; then
    echo "fuzz: no input files (examples/**/*.rkt, rules/*.rkt)"
    echo "fuzz: 0 passed, 0 failed"
    exit 0
fi
per=$(( (budget + nsrc - 1) / nsrc ))
[ "$per" -ge 40 ] || per=40

# The prefix lengths of a file, as jobs `P I LEN`.  With all=1 every length
# but those that cut an ASCII comment between two of its characters (the
# scanner sees the same tokens as for the cut right after the `#`); else
# every STEP-th length and both sides of every newline.  Always 0 and size.
LENGTHS_AWK='
BEGIN {
    for (b = 128; b < 256; b++) hi = hi sprintf("%c", b)
    print "P", i, 0
}
{
    t = $0; n = length(t); c = -1; ins = 0
    for (k = 1; k <= n; k++) {
        ch = substr(t, k, 1)
        if (ins) { if (ch == "\\") k++; else if (ch == "\"") ins = 0 }
        else if (ch == "\"") ins = 1
        else if (ch == "#") { c = k - 1; break }
    }
    last = n - 1 + (pos + n < size)
    for (k = 0; k <= last; k++) {
        len = pos + k + 1
        if (all) {
            if (c >= 0 && k > c && k + 1 < n &&
                !index(hi, substr(t, k + 1, 1)) && !index(hi, substr(t, k + 2, 1)))
                continue
        } else if (len % step && k < n - 1 && len != size) {
            continue
        }
        print "P", i, len
    }
    pos += n + 1
}
'

# One copy of the .rkt files of examples/ and rules/ per input file: the
# candidates are written beside their original.
mkdir "$WORK/tree" || exit 2
find examples rules -type f -name '*.rkt' 2>/dev/null > "$WORK/tree.list"
while IFS= read -r f; do
    mkdir -p "$WORK/tree/$(dirname "$f")" && cp "$f" "$WORK/tree/$f" || exit 2
done < "$WORK/tree.list"

: > "$WORK/jobs"
: > "$WORK/map"
i=0
while IFS= read -r rel; do
    i=$((i + 1))
    c=$WORK/c/$i
    mkdir -p "$c" && cp -R "$WORK/tree/." "$c/" || exit 2
    dir=$c/$(dirname "$rel")
    src=$c/$rel
    tag=$(printf '%s' "${rel%.rkt}" | tr '/' '_')
    printf "dir_%d='%s'; src_%d='%s'; rel_%d='%s'; tag_%d='%s'\n" \
        "$i" "$dir" "$i" "$src" "$i" "$rel" "$i" "$tag" >> "$WORK/map"

    size=$(wc -c < "$src")
    all=0
    [ "$size" -le "$full" ] && all=1
    LC_ALL=C awk -v size="$size" -v all="$all" -v step="$step" -v i="$i" \
        "$LENGTHS_AWK" "$src" >> "$WORK/jobs" || exit 2

    ck=$(printf '%s' "$rel" | cksum)
    seed=$(( ${ck%% *} + seed0 ))
    mkdir -p "$WORK/m" || exit 2
    "$MUTATE" "$src" "$seed" "$per" "$WORK/m/$i" || exit 2
    awk -v n="$per" -v i="$i" 'BEGIN { for (k = 0; k < n; k++) printf "M %d %04d\n", i, k }' >> "$WORK/jobs"
    # the mutated copies go beside the original
    mv "$WORK/m/$i"/m*.rkt "$dir/" || exit 2
done < "$WORK/sources"

cat > "$WORK/worker.sh" <<'EOF'
# worker: runs the jobs given as argument triples (P I LEN | M I NNNN).
. "$WORK/map"
# located LINE: LINE is a located diagnostic, as the regular expression
# ^[^:]+:[0-9]+:[0-9]+: (error|warning|note)\[[EWI][0-9]+\] (builtins only).
located() {
    case $1 in [!:]*:*) ;; *) return 1 ;; esac
    r=${1#*:}; n=${r%%:*}; r=${r#*:}
    case $n in ''|*[!0-9]*) return 1 ;; esac
    case $r in *:*) ;; *) return 1 ;; esac
    n=${r%%:*}; r=${r#*:}
    case $n in ''|*[!0-9]*) return 1 ;; esac
    case $r in
        " error["[EWI][0-9]*\]*|" warning["[EWI][0-9]*\]*|" note["[EWI][0-9]*\]*) ;;
        *) return 1 ;;
    esac
    n=${r#*\[?}; n=${n%%\]*}
    case $n in ''|*[!0-9]*) return 1 ;; esac
    return 0
}
pass=0 fail=0 skip=0
err=$WORK/err.$$
while [ $# -ge 3 ]; do
    kind=$1 i=$2 x=$3
    shift 3
    if [ -e "$WORK/stop" ]; then skip=$((skip + 1)); continue; fi
    eval "dir=\$dir_$i src=\$src_$i rel=\$rel_$i tag=\$tag_$i"
    if [ "$kind" = P ]; then
        cand=$dir/.fuzz-$$.rkt
        head -c "$x" "$src" > "$cand"
        name=$tag.prefix$x
    else
        cand=$dir/m$x.rkt
        name=$tag.mut$x
    fi
    # LeakSanitizer costs a third of a sanitizer run: it checks the
    # mutations and every third prefix, where a leak shows up anyway.
    if [ "$kind" = P ] && [ $((x % 3)) != 0 ]; then
        ASAN_OPTIONS=$ASAN_NOLEAK timeout -k 5 10 "$RKT" check "$cand" > /dev/null 2> "$err" < /dev/null
    else
        timeout -k 5 10 "$RKT" check "$cand" > /dev/null 2> "$err" < /dev/null
    fi
    st=$?
    why=
    case $st in
        0|2) ;;
        1) first=
           IFS= read -r first < "$err"
           located "$first" ||
               grep -q -E '^[^:]+:[0-9]+:[0-9]+: (error|warning|note)\[[EWI][0-9]+\]' "$err" ||
               why="exit 1 without a located diagnostic" ;;
        124) why="timed out after 10 s" ;;
        86) why="sanitizer report (exit 86)" ;;
        *) if [ $st -ge 128 ]; then why="killed by signal $((st - 128))"
           else why="exit status $st"; fi ;;
    esac
    if [ -z "$why" ]; then
        pass=$((pass + 1))
        continue
    fi
    fail=$((fail + 1))
    cp "$cand" "$FAILDIR/$name.rkt"
    cp "$err" "$FAILDIR/$name.stderr"
    echo "FAIL tests/fuzz/failures/$name.rkt: $why (from $rel)"
    echo x >> "$WORK/nfail"
    [ "$(wc -l < "$WORK/nfail")" -lt "$MAXFAIL" ] || : > "$WORK/stop"
done
rm -f "$err"
echo "R $pass $fail $skip"
EOF

export WORK RKT FAILDIR MAXFAIL NO_COLOR=1
RKT_PATH=$ROOT/rules; export RKT_PATH
ASAN_OPTIONS="exitcode=86${ASAN_OPTIONS:+:$ASAN_OPTIONS}"; export ASAN_OPTIONS
UBSAN_OPTIONS="exitcode=86${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"; export UBSAN_OPTIONS
ASAN_NOLEAK="$ASAN_OPTIONS:detect_leaks=0"; export ASAN_NOLEAK

# 100 jobs per worker process, $jobs processes at a time.
xargs -n 300 -P "$jobs" sh "$WORK/worker.sh" < "$WORK/jobs" > "$WORK/results"

grep '^FAIL ' "$WORK/results"
# shellcheck disable=SC2046 # three numbers
set -- $(awk '$1 == "R" { p += $2; f += $3; s += $4 } END { print p + 0, f + 0, s + 0 }' "$WORK/results")
passed=$1 failed=$2 skipped=$3
total=$(wc -l < "$WORK/jobs")
if [ $((passed + failed + skipped)) -ne "$total" ]; then
    echo "fuzz: only $((passed + failed + skipped)) of $total runs reported; a worker died"
    failed=$((failed + 1))
fi
rmdir "$FAILDIR" 2>/dev/null    # only when empty
[ "$skipped" -eq 0 ] || echo "fuzz: stopped after $MAXFAIL failures; $skipped runs skipped"
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
