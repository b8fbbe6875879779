#!/bin/sh
# bench/run.sh - the speed and memory benchmark of rkt (bench/README.md).
#
#   sh bench/run.sh RKT TOOLDIR
#
# RKT is the binary measured (any build of rkt); TOOLDIR holds benchgen,
# benchtime, scanpeer and lspbench (`make bench` builds them in build/).  Knobs, from
# the environment (make passes its command-line variables on):
#
#   BENCH_PLANS    units, each with its plans (2000)
#   BENCH_INDS     indicators per plan (200)
#   BENCH_LAYOUTS  which layouts ("national unit")
#   BENCH_RUNS     timed runs of each command; the best counts (5)
#   BENCH_STARTUP_RUNS  runs of the seed's check and of `true`; medians (31)
#   BENCH_TIMEOUT  seconds after which a run is killed and reported (1800)
#
# The input is generated into bench/out/LAYOUT/ and reused while the
# parameters and benchgen are unchanged.  Every figure is printed beside a
# peer measured in the same run, interleaved with it (the machine is
# shared: ratios are what count), with its goal and PASS or MISS; a final
# line sums them up.  Raw numbers go to bench/out/results.txt.  A MISS,
# and a failing or timed-out rkt (reported as MISS), do not fail the
# benchmark: it exits 1 only when the harness itself cannot run.
set -u

[ $# -eq 2 ] || { echo "usage: sh bench/run.sh RKT TOOLDIR" >&2; exit 2; }
ROOT=$(cd "$(dirname "$0")/.." && pwd -P) || exit 2
abspath() {
    case $1 in
        /*) printf '%s\n' "$1" ;;
        *) printf '%s/%s\n' "$(pwd -P)" "$1" ;;
    esac
}
RKT=$(abspath "$1")
TOOLS=$(abspath "$2")
GEN=$TOOLS/benchgen
BT=$TOOLS/benchtime
SCAN=$TOOLS/scanpeer
for b in "$RKT" "$GEN" "$BT" "$SCAN" "$TOOLS/lspbench"; do
    if [ ! -x "$b" ] || [ -d "$b" ]; then
        echo "bench: '$b' is not an executable" >&2; exit 2
    fi
done
command -v mawk > /dev/null || { echo "bench: mawk is missing (make deps)" >&2; exit 2; }
cd "$ROOT" || exit 2

plans=${BENCH_PLANS:-2000}
inds=${BENCH_INDS:-200}
layouts=${BENCH_LAYOUTS:-national unit}
runs=${BENCH_RUNS:-5}
sruns=${BENCH_STARTUP_RUNS:-31}
timeout=${BENCH_TIMEOUT:-1800}
out=bench/out
res=$out/results.txt
mkdir -p "$out" || exit 1
work=$(mktemp -d "${TMPDIR:-/tmp}/rkt-bench.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 141' PIPE
trap 'exit 143' TERM
NO_COLOR=1; export NO_COLOR
table=$work/table            # layout, figure, value, peer, ratio, goal, verdict (tab-separated)
: > "$table"
: > "$res"

# ---- helpers -----------------------------------------------------------
# raw LINE...: a line of results.txt
raw() { printf '%s\n' "$*" >> "$res"; }
# get FILE CMD KEY: a value of benchtime's line for command CMD
get() { awk -v c="cmd=$2" -v k="$3" '$1 == c { for (i = 2; i <= NF; i++) { n = index($i, "="); if (substr($i, 1, n - 1) == k) print substr($i, n + 1) } }' "$1"; }
# calc 'FORMAT, EXPR': awk's printf
calc() { awk "BEGIN { printf $1 }"; }
# row LAYOUT FIGURE VALUE PEER RATIO GOAL VERDICT
row() { printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >> "$table"; }
# le A B / ge A B on reals
le() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a + 0 <= b + 0) }'; }
ge() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a + 0 >= b + 0) }'; }
verdict() { if "$@"; then echo PASS; else echo MISS; fi; }
mb() { calc "\"%.1f\", $1 / 1e6"; }
fmt_s() { calc "\"%.3f s\", $1"; }
# failed STATUS EXPECTED...: prints a reason when STATUS is none of EXPECTED
failed() {
    st=$1; shift
    for e in "$@"; do [ "$st" = "$e" ] && return 1; done
    case $st in
        timeout) echo "timed out after ${timeout} s" ;;
        sig*) echo "killed by signal ${st#sig}" ;;
        noexec) echo "could not run" ;;
        *) echo "exit $st" ;;
    esac
}

loadavg() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown; }

rkt_version=$("$RKT" --version 2>/dev/null | head -n 1)
raw "# rkt benchmark, $(date -u '+%Y-%m-%dT%H:%M:%SZ')"
raw "rkt=$RKT version=$rkt_version"
raw "git=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo none)"
raw "host=$(uname -srm) cpus=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo ?)"
raw "plans=$plans inds=$inds runs=$runs startup_runs=$sruns timeout=$timeout layouts=$layouts"
raw "loadavg_start=$(loadavg)"
echo "bench: $RKT ($rkt_version); load average $(loadavg); best of $runs runs," \
     "interleaved with the peers"

# ---- input -------------------------------------------------------------
# gen LAYOUT: generates (or reuses) bench/out/LAYOUT and its broken copy
gen() {
    d=$out/$1
    params="benchgen plans=$plans inds=$inds layout=$1"
    if [ -f "$d/.params" ] && [ "$(cat "$d/.params")" = "$params" ] &&
       [ -z "$(find "$GEN" -newer "$d/.params")" ]; then
        echo "bench: reusing $d ($params)"
        return 0
    fi
    echo "bench: generating $d ($params)"
    rm -rf "$d"
    "$GEN" "$d" "$plans" "$inds" "$1" || { echo "bench: benchgen failed" >&2; exit 1; }
    # The same run with one undeclared name: hard links to every plan
    # file, but the one that has the mistake.
    rel=$(cut -d' ' -f1 "$d/broken.txt")
    cp -al "$d/plans" "$d/plans-broken" || exit 1
    rm -f "$d/plans-broken/${rel#plans/}"
    cp "$d/broken/$rel" "$d/plans-broken/${rel#plans/}" || exit 1
    echo "$params" > "$d/.params"
}

# ---- the figures of one layout -------------------------------------------
layout() {
    L=$1
    d=$out/$L
    r=$out/run/$L
    rm -rf "$r"
    mkdir -p "$r" || exit 1
    if [ "$L" = unit ]; then units=satuan.rkt; else units=units.rkt; fi
    nfiles=$(find "$d/plans" -type f -name '*.rkt' | wc -l)
    src=$(find "$d/plans" "$d/$units" -type f -name '*.rkt' -exec cat {} + | wc -c)
    rows=$(($(wc -l < "$d/export.csv") - 1))
    csvb=$(wc -c < "$d/export.csv")
    broken_codes=$(cut -d' ' -f2- "$d/broken.txt")
    echo "bench: $L: $plans units, $nfiles .rkt files, $(mb "$src") MB of .rkt;" \
         "export.csv $rows rows, $(mb "$csvb") MB"
    raw ""
    raw "[$L] rkt_files=$nfiles rkt_bytes=$src export_rows=$rows export_bytes=$csvb broken=$(cat "$d/broken.txt")"
    # the page cache warm for both sides
    find "$d/plans" "$d/plans-broken" -type f -exec cat {} + > /dev/null
    cat "$d/export.csv" > /dev/null

    # eval --semua, clean, against mawk; then clean against the run with
    # one undeclared name, in a pair of its own: a run right after mawk's
    # is the slower one here (pages freed go back to the host meanwhile,
    # and each fresh one costs the next run a host fault: README), so
    # each figure alternates only the two commands it compares
    echo "bench: $L: eval --semua (clean) and mawk, then clean and with one undeclared name, $runs runs each"
    ( cd "$d" && "$BT" -n "$runs" -t "$timeout" \
        ">$ROOT/$r/eval.csv" "2>$ROOT/$r/eval.err" \
            "$RKT" eval --semua --format csv plans "$units" --data export.csv :: \
        ">$ROOT/$r/mawk.txt" \
            mawk -F, 'NR > 1 { s[$1 "," $2] += $4 } END { for (k in s) print k "," s[k] }' export.csv
    ) > "$r/t-eval" || exit 1
    ( cd "$d" && "$BT" -n "$runs" -t "$timeout" \
        ">$ROOT/$r/eval.csv" "2>$ROOT/$r/eval.err" \
            "$RKT" eval --semua --format csv plans "$units" --data export.csv :: \
        ">$ROOT/$r/broken.csv" "2>$ROOT/$r/broken.err" \
            "$RKT" eval --semua --format csv plans-broken "$units" --data export.csv
    ) > "$r/t-broken" || exit 1
    sed "s/^/[$L] eval: /" "$r/t-eval" >> "$res"
    sed "s/^/[$L] eval, clean and broken: /" "$r/t-broken" >> "$res"
    st_e=$(get "$r/t-eval" 1 status); t_e=$(get "$r/t-eval" 1 best); m_e=$(get "$r/t-eval" 1 rss_kb)
    st_m=$(get "$r/t-eval" 2 status); t_m=$(get "$r/t-eval" 2 best)
    st_c=$(get "$r/t-broken" 1 status); t_c=$(get "$r/t-broken" 1 best)
    st_b=$(get "$r/t-broken" 2 status); t_b=$(get "$r/t-broken" 2 best)
    raw "[$L] eval_lines=$(wc -l < "$r/eval.csv") broken_lines=$(wc -l < "$r/broken.csv")" \
        "eval_stderr_lines=$(wc -l < "$r/eval.err") broken_stderr_lines=$(wc -l < "$r/broken.err")"

    why=$(failed "$st_e" 0)
    if [ -n "$why" ] || [ -n "$(failed "$st_m" 0)" ]; then
        row "$L" "eval --semua wall" "${why:-$(fmt_s "$t_e")}" "mawk ${t_m:+$(fmt_s "$t_m")}" - "<= 1.00" MISS
    else
        ratio=$(calc "\"%.2f\", $t_e / $t_m")
        row "$L" "eval --semua wall" "$(fmt_s "$t_e")" "mawk $(fmt_s "$t_m")" "$ratio" "<= 1.00" \
            "$(verdict le "$ratio" 1)"
    fi
    ratio=$(calc "\"%.2f\", $m_e * 1024 / $src")
    row "$L" "eval --semua peak RSS" "$(calc "\"%.1f MB\", $m_e * 1024 / 1e6")${why:+ ($why)}" \
        ".rkt $(calc "\"%.1f MB\", $src / 1e6")" "$ratio" "<= 2.00" \
        "$(if [ -z "$why" ] && le "$ratio" 2; then echo PASS; else echo MISS; fi)"

    # one undeclared name: the time, and the other plans' lines
    whyb=$(failed "$st_b" 0 1)
    whyc=$(failed "$st_c" 0)
    if [ -n "$whyb" ] || [ -n "$why" ] || [ -n "$whyc" ]; then
        row "$L" "one undeclared name: eval wall" "${whyb:-$(fmt_s "$t_b")}" "clean ${t_c:+$(fmt_s "$t_c")}" - "<= 1.10" MISS
        row "$L" "one undeclared name: other plans" "not compared" - - unchanged MISS
    else
        # the lines of every plan but the one with the mistake (and, in
        # the unit layout, its PK) must be those of the clean run
        for f in eval broken; do
            awk -F, -v skip=" $broken_codes " 'index(skip, " " $1 " ") == 0' "$r/$f.csv" > "$r/$f.others"
        done
        ndiff=$(diff "$r/eval.others" "$r/broken.others" | grep -c '^[<>]')
        nothers=$(wc -l < "$r/eval.others")
        raw "[$L] others_lines=$nothers others_differing=$ndiff (excluded: $broken_codes)"
        # a run that leaves the other plans out does less work: its time
        # meets the goal only with their output complete
        ratio=$(calc "\"%.2f\", $t_b / $t_c")
        v=$(verdict le "$ratio" 1.10)
        [ "$v" = PASS ] && [ "$ndiff" != 0 ] && v="MISS (the other plans' output differs)"
        row "$L" "one undeclared name: eval wall" "$(fmt_s "$t_b")" "clean $(fmt_s "$t_c")" "$ratio" "<= 1.10" "$v"
        if [ "$ndiff" = 0 ]; then
            row "$L" "one undeclared name: other plans" unchanged "$nothers lines" - unchanged PASS
        else
            row "$L" "one undeclared name: other plans" "$ndiff lines differ" "$nothers lines" - unchanged MISS
        fi
    fi

    # check, against a flex scan of the same bytes
    echo "bench: $L: check and the flex scan, $runs runs each"
    ( cd "$d" && "$BT" -n "$runs" -t "$timeout" \
        "2>$ROOT/$r/check.err" "$RKT" check plans "$units" :: \
        ">$ROOT/$r/scan.txt" "$SCAN" plans "$units"
    ) > "$r/t-check" || exit 1
    sed "s/^/[$L] check: /" "$r/t-check" >> "$res"
    st_c=$(get "$r/t-check" 1 status); t_c=$(get "$r/t-check" 1 best); m_c=$(get "$r/t-check" 1 rss_kb)
    st_s=$(get "$r/t-check" 2 status); t_s=$(get "$r/t-check" 2 best)
    nerr=$(grep -c 'error\[' "$r/check.err")
    nwarn=$(grep -c 'warning\[' "$r/check.err")
    raw "[$L] check_errors=$nerr check_warnings=$nwarn scan=$(cat "$r/scan.txt")"
    if [ "$nerr" != 0 ]; then
        echo "bench: $L: the generated plans have $nerr errors ($r/check.err): a benchgen bug" >&2
    fi
    why=$(failed "$st_c" 0)
    if [ -n "$why" ] || [ -n "$(failed "$st_s" 0)" ]; then
        row "$L" "check throughput" "${why:-?}" "goal 100 MB/s" - ">= 1.00" MISS
        row "$L" "check wall vs flex scan (fallback)" "${why:-$(fmt_s "$t_c")}" "scan ${t_s:+$(fmt_s "$t_s")}" - "<= 3.00" MISS
    else
        rate=$(calc "\"%.1f\", $src / 1e6 / $t_c")
        ratio=$(calc "\"%.2f\", $rate / 100")
        row "$L" "check throughput" "$rate MB/s" "goal 100 MB/s" "$ratio" ">= 1.00" "$(verdict ge "$ratio" 1)"
        ratio=$(calc "\"%.2f\", $t_c / $t_s")
        row "$L" "check wall vs flex scan (fallback)" "$(fmt_s "$t_c")" \
            "scan $(fmt_s "$t_s") ($(calc "\"%.0f\", $src / 1e6 / $t_s") MB/s)" "$ratio" "<= 3.00" \
            "$(verdict le "$ratio" 3)"
    fi
    ratio=$(calc "\"%.2f\", $m_c * 1024 / $src")
    row "$L" "check peak RSS" "$(calc "\"%.1f MB\", $m_c * 1024 / 1e6")${why:+ ($why)}" \
        ".rkt $(calc "\"%.1f MB\", $src / 1e6")" "$ratio" "<= 2.00" \
        "$(if [ -z "$why" ] && le "$ratio" 2; then echo PASS; else echo MISS; fi)"
}

for L in $layouts; do
    case $L in
        national|unit) gen "$L" ;;
        *) echo "bench: unknown layout '$L' (national, unit)" >&2; exit 2 ;;
    esac
done
for L in $layouts; do
    layout "$L"
done

# ---- the seed example against the process floor ---------------------------
# Both commands write to /dev/null, as every other command here by default.
# The seed's six diagnostics once went to a file in the work directory:
# truncating a file that holds data costs ext4 ~120 us at open and ~30 us
# more at close (a file cut to 0 and written again is flushed then), 0.2 to
# 0.3 ms a run charged to rkt and not to `true` (bench/README.md).  One run
# before the timed ones gives their status and count to results.txt.
echo "bench: check examples/bkhit/ and true, $sruns runs each, interleaved"
"$RKT" check examples/bkhit/ > /dev/null 2> "$work/seed.err"; st=$?
raw "seed_check_status=$st seed_check_diagnostic_lines=$(grep -c '^[^ ].*: [a-z]*\[[A-Z][0-9]*\]: ' "$work/seed.err")"
"$BT" -n "$sruns" -w 2 -t "$timeout" "$RKT" check examples/bkhit/ :: true > "$work/t-seed" || exit 1
raw ""
sed "s/^/[seed] startup: /" "$work/t-seed" >> "$res"
st=$(get "$work/t-seed" 1 status)
why=$(failed "$st" 0)
t_r=$(get "$work/t-seed" 1 median); t_t=$(get "$work/t-seed" 2 median)
if [ -n "$why" ]; then
    row seed "check examples/bkhit/ (median)" "$why" "true" - "<= +1 ms" MISS
else
    delta=$(calc "\"%.2f\", ($t_r - $t_t) * 1000")
    row seed "check examples/bkhit/ (median)" "$(calc "\"%.2f ms\", $t_r * 1000")" \
        "true $(calc "\"%.2f ms\", $t_t * 1000")" "+$delta ms" "<= +1 ms" "$(verdict le "$delta" 1)"
fi

# ---- the language server on the seed plan (bench/lsp.sh) -------------------
echo "bench: rkt lsp, $sruns changes to examples/bkhit/rkt-2025.rkt"
sh bench/lsp.sh "$RKT" "$TOOLS" "$res" >> "$table" || exit 1
raw "loadavg_end=$(loadavg)"

# ---- the table -----------------------------------------------------------
# check speed is one figure: throughput, or the fallback against the scan
summary=$(awk -F'\t' '
    $2 == "check throughput" { tp[$1] = $7; next }
    $2 ~ /fallback/ { n++; if (tp[$1] == "PASS" || $7 == "PASS") p++; next }
    { n++; if ($7 == "PASS") p++ }
    END { printf "%d figures: %d PASS, %d MISS", n, p, n - p }' "$table")
{
    echo
    # columns as wide as their widest cell
    { printf 'layout\tfigure\tmeasured\tpeer\tratio\tgoal\tverdict\n'; cat "$table"; } |
    awk -F'\t' '{ for (i = 1; i <= NF; i++) { c[NR, i] = $i; if (length($i) > w[i]) w[i] = length($i) } }
                END { for (r = 1; r <= NR; r++) {
                          for (i = 1; i < 7; i++) printf "%-*s  ", w[i], c[r, i]
                          print c[r, 7] } }'
    echo "(times: best of $runs interleaved runs; the seed: medians of $sruns; peak RSS: the"
    echo " largest of the runs; MB = 10^6 bytes; check speed passes on either of its two rows)"
    echo "bench: $summary"
} > "$work/report"
cat "$work/report"
{ echo; echo "# table"; cat "$work/report"; } >> "$res"
echo "bench: raw numbers in $res"
exit 0
