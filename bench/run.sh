#!/bin/sh
# bench/run.sh - the throughput and memory benchmark of rkt.
#
#   sh bench/run.sh RKT BENCHGEN
#
# Generates into bench/out/ (kept, and reused while the parameters and
# BENCHGEN are unchanged) BENCH_PLANS (2000) unit plans of BENCH_INDS (200)
# indicators each, the shared units.rkt and a national export.csv with one
# row per plan, indicator and month, then measures:
#
#  (a) `rkt check` on all the plans, and on the first quarter of them:
#      throughput in MB/s of plan bytes (goal >= 50) and peak RSS, which
#      should grow linearly with the input;
#  (b) `rkt eval --semua --format csv` of all plans against export.csv,
#      against a mawk one-liner that only sums the same file by plan and
#      code: goal rkt at least as fast as mawk (ideally twice), and peak
#      RSS at most twice the plan bytes.
#
# Prints one verdict line per goal; exits 0 whether goals are met or not,
# and 1 only when a command fails.  MB means 10^6 bytes.  Peak RSS needs
# GNU time (/usr/bin/time, Debian package `time`); without it the wall
# times are still measured and the memory goals are reported as unknown.
set -u

[ $# -eq 2 ] || { echo "usage: sh bench/run.sh RKT BENCHGEN" >&2; exit 2; }
ROOT=$(cd "$(dirname "$0")/.." && pwd -P) || exit 2
abspath() {
    case $1 in
        /*) printf '%s\n' "$1" ;;
        *) printf '%s/%s\n' "$(pwd -P)" "$1" ;;
    esac
}
RKT=$(abspath "$1")
GEN=$(abspath "$2")
for b in "$RKT" "$GEN"; do
    if [ ! -x "$b" ] || [ -d "$b" ]; then
        echo "bench: '$b' is not an executable" >&2; exit 2
    fi
done
cd "$ROOT" || exit 2

plans=${BENCH_PLANS:-2000}
inds=${BENCH_INDS:-200}
out=bench/out
work=$(mktemp -d "${TMPDIR:-/tmp}/rkt-bench.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 141' PIPE
trap 'exit 143' TERM
NO_COLOR=1; export NO_COLOR

# ---- input -------------------------------------------------------------
params="benchgen plans=$plans inds=$inds"
if [ -f "$out/.params" ] && [ "$(cat "$out/.params")" = "$params" ] &&
   [ -z "$(find "$GEN" -newer "$out/.params")" ]; then
    echo "bench: reusing $out ($params)"
else
    echo "bench: generating $out ($params)"
    rm -rf "$out"
    mkdir -p "$out" || exit 1
    "$GEN" "$out" "$plans" "$inds" || { echo "bench: benchgen failed" >&2; exit 1; }
    echo "$params" > "$out/.params"
fi

find "$out/plans" -type f -name '*.rkt' | LC_ALL=C sort > "$work/all"
nall=$(wc -l < "$work/all")
nsmall=$((nall / 4))
[ "$nsmall" -ge 1 ] || nsmall=1
head -n "$nsmall" "$work/all" > "$work/small"
bytes_all=$(xargs cat < "$work/all" | wc -c)
bytes_small=$(xargs cat < "$work/small" | wc -c)
bytes_csv=$(wc -c < "$out/export.csv")
rows_csv=$(($(wc -l < "$out/export.csv") - 1))

if [ -x /usr/bin/time ] && /usr/bin/time -v -o "$work/t" true 2>/dev/null; then
    gnutime=1
else
    gnutime=0
    echo "bench: GNU time (/usr/bin/time, package 'time') is missing: peak memory unknown"
fi

# ---- helpers -----------------------------------------------------------
now() { date +%s.%N; }

# measure OUT ERR CMD...: runs CMD with stdout to OUT and stderr to ERR;
# sets st, wall (seconds) and rss (kB, empty when unknown).
measure() {
    mo=$1 me=$2
    shift 2
    t0=$(now)
    if [ $gnutime = 1 ]; then
        /usr/bin/time -v -o "$work/time" "$@" > "$mo" 2> "$me"
        st=$?
    else
        "$@" > "$mo" 2> "$me"
        st=$?
    fi
    t1=$(now)
    wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
    rss=
    if [ $gnutime = 1 ]; then
        rss=$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): *//p' "$work/time")
    fi
}

# must_succeed WHAT: fails the benchmark when the last command failed.
must_succeed() {
    if [ "$st" != 0 ]; then
        echo "bench: $1 failed (exit $st):" >&2
        sed -n '1,20p' "$work/err" >&2
        exit 1
    fi
}

mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1e6 }'; }
kbmb() { awk -v k="$1" 'BEGIN { printf "%.1f", k * 1024 / 1e6 }'; }
# ge A B: A >= B (reals)
ge() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a + 0 >= b + 0) }'; }
verdict() { if [ "$1" = 0 ]; then echo "met"; else echo "NOT met"; fi; }
# rssmb KB: "12.3 MB", or "unknown" without GNU time
rssmb() { if [ -n "$1" ]; then echo "$(kbmb "$1") MB"; else echo "unknown"; fi; }

echo "bench: $nall plans x $inds indicators: $(mb "$bytes_all") MB of plans;" \
     "export.csv: $rows_csv rows, $(mb "$bytes_csv") MB"

# Warm the page cache so that neither side pays for the first read.
xargs cat < "$work/all" > /dev/null
cat "$out/export.csv" > /dev/null

# ---- (a) check -----------------------------------------------------------
# The plans' paths hold no spaces: bench/out/plans/unitNNNN.rkt.
# shellcheck disable=SC2046
set -- $(cat "$work/small")
measure /dev/null "$work/err" "$RKT" check "$@" "$out/units.rkt"
must_succeed "rkt check (first $nsmall plans) $out/units.rkt"
wall_small=$wall rss_small=$rss

measure /dev/null "$work/err" "$RKT" check "$out/plans" "$out/units.rkt"
must_succeed "rkt check $out/plans $out/units.rkt"
wall_all=$wall rss_all=$rss

rate=$(awk -v b="$bytes_all" -v t="$wall_all" 'BEGIN { printf "%.1f", (t > 0 ? b / 1e6 / t : 0) }')
rate_small=$(awk -v b="$bytes_small" -v t="$wall_small" 'BEGIN { printf "%.1f", (t > 0 ? b / 1e6 / t : 0) }')
echo "(a) rkt check $out/plans $out/units.rkt"
printf '    %5d plans, %7s MB: %7s s, %6s MB/s, peak RSS %s\n' "$nall" "$(mb "$bytes_all")" \
    "$wall_all" "$rate" "$(rssmb "$rss_all")"
printf '    %5d plans, %7s MB: %7s s, %6s MB/s, peak RSS %s\n' "$nsmall" "$(mb "$bytes_small")" \
    "$wall_small" "$rate_small" "$(rssmb "$rss_small")"
ge "$rate" 50; echo "    goal: check throughput >= 50 MB/s: $(verdict $?) ($rate MB/s)"
if [ -n "$rss_all" ] && [ -n "$rss_small" ]; then
    r_in=$(awk -v a="$bytes_all" -v b="$bytes_small" 'BEGIN { printf "%.2f", a / b }')
    r_mem=$(awk -v a="$rss_all" -v b="$rss_small" 'BEGIN { printf "%.2f", a / b }')
    ge "$(awk -v i="$r_in" 'BEGIN { print i * 1.25 }')" "$r_mem"
    echo "    goal: check memory linear in input: $(verdict $?)" \
         "(peak grew x$r_mem for x$r_in input; allowed up to x$(awk -v i="$r_in" 'BEGIN { printf "%.2f", i * 1.25 }'))"
else
    echo "    goal: check memory linear in input: unknown (no GNU time)"
fi

# ---- (b) eval --semua vs mawk -------------------------------------------
measure /dev/null "$work/err" "$RKT" eval --semua --format csv "$out/plans" "$out/units.rkt" \
    --data "$out/export.csv"
must_succeed "rkt eval --semua"
wall_eval=$wall rss_eval=$rss

measure "$work/mawk.out" "$work/err" mawk -F, 'NR>1{s[$1","$2]+=$4} END{for(k in s) n++; print n}' \
    "$out/export.csv"
must_succeed "mawk"
wall_mawk=$wall
keys=$(cat "$work/mawk.out")

ratio=$(awk -v m="$wall_mawk" -v r="$wall_eval" 'BEGIN { printf "%.2f", (r > 0 ? m / r : 0) }')
echo "(b) rkt eval --semua --format csv $out/plans $out/units.rkt --data $out/export.csv"
echo "    rkt eval: $wall_eval s ($(awk -v b="$bytes_csv" -v t="$wall_eval" 'BEGIN { printf "%.1f", (t > 0 ? b / 1e6 / t : 0) }') MB/s of CSV)," \
     "peak RSS $(rssmb "$rss_eval")"
echo "    mawk sum: $wall_mawk s ($keys plan/code keys)"
if ge "$ratio" 2; then
    echo "    goal: eval at least as fast as mawk: met (ratio mawk/rkt $ratio, ideal >= 2 also met)"
elif ge "$ratio" 1; then
    echo "    goal: eval at least as fast as mawk: met (ratio mawk/rkt $ratio; ideal >= 2 not reached)"
else
    echo "    goal: eval at least as fast as mawk: NOT met (ratio mawk/rkt $ratio)"
fi
if [ -n "$rss_eval" ]; then
    lim=$((bytes_all * 2))
    awk -v k="$rss_eval" -v l="$lim" 'BEGIN { exit !(k * 1024 <= l) }'
    echo "    goal: eval peak RSS <= 2x plan bytes: $(verdict $?)" \
         "($(kbmb "$rss_eval") MB, limit $(mb "$lim") MB)"
else
    echo "    goal: eval peak RSS <= 2x plan bytes: unknown (no GNU time)"
fi
exit 0
