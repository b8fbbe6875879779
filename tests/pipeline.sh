#!/bin/sh
# tests/pipeline.sh - the one pipeline's promises (docs/design.md "The
# pipeline"), on generated plans of both layouts (bench/benchgen.c):
#   1. the output does not depend on the number of threads: check, eval
#      --semua (csv, json) and test give the same bytes with RKT_THREADS=1
#      and RKT_THREADS=2;
#   2. with --full: every line of `eval --semua --format json` is what
#      `eval --rencana CODE --format json` gives for that plan alone;
#   3. a unit that carries its own copy of the satuan file (docs/language.md
#      #namespaces: the same definition repeated is one declaration) changes
#      nothing: check and eval --semua of the unit layout with a copy in
#      every unit's folder, imported from there, give what the layout with
#      one shared file gives, on one thread and on two.
#
#   sh tests/pipeline.sh RKT BENCHGEN WORKDIR [--full]
set -u
[ $# -ge 3 ] || { echo "usage: sh tests/pipeline.sh RKT BENCHGEN WORKDIR [--full]" >&2; exit 2; }
RKT=$1 GEN=$2 W=$3 FULL=${4:-}
fail=0
say() { printf '%s\n' "$*"; }
bad() { say "pipeline: FAIL $*"; fail=1; }

rm -rf "$W" && mkdir -p "$W" || exit 2
"$GEN" "$W/national" 64 20 national >/dev/null || exit 2
"$GEN" "$W/unit" 24 12 unit >/dev/null || exit 2

same_threads() {    # NAME ARGS...: the same stdout, stderr and status with 1 and 2 threads
    name=$1; shift
    RKT_THREADS=1 "$RKT" "$@" >"$W/1.out" 2>"$W/1.err"; r1=$?
    RKT_THREADS=2 "$RKT" "$@" >"$W/2.out" 2>"$W/2.err"; r2=$?
    if [ $r1 -ne $r2 ] || ! cmp -s "$W/1.out" "$W/2.out" || ! cmp -s "$W/1.err" "$W/2.err"; then
        bad "$name: RKT_THREADS=1 and =2 differ (exit $r1, $r2)"
    fi
    [ $r1 -le 1 ] || bad "$name: exit $r1"
}

for L in national unit; do
    D=$W/$L
    units=$D/units.rkt; [ -f "$units" ] || units=$D/satuan.rkt
    same_threads "$L check" check "$D/plans" "$units"
    same_threads "$L check json" check --format json "$D/plans" "$units"
    same_threads "$L eval csv" eval --semua --format csv "$D/plans" "$units" --data "$D/export.csv"
    same_threads "$L eval json" eval --semua --format json "$D/plans" "$units" --data "$D/export.csv"
    [ "$FULL" = --full ] || continue
    "$RKT" eval --semua --format json "$D/plans" "$units" --data "$D/export.csv" >"$W/all.jsonl" 2>/dev/null
    n=0
    while IFS= read -r line; do
        code=$(printf '%s\n' "$line" | sed -n 's/^{"rencana":"\([^"]*\)".*/\1/p')
        [ -n "$code" ] || { bad "$L: a line without rencana"; break; }
        one=$("$RKT" eval --rencana "$code" --format json "$D/plans" "$units" --data "$D/export.csv" 2>/dev/null)
        [ "$one" = "$line" ] || bad "$L: $code alone differs from its --semua line"
        n=$((n + 1))
    done <"$W/all.jsonl"
    [ $n -gt 0 ] || bad "$L: eval --semua printed no plan"
    say "pipeline: $L: $n plans, each alone as in --semua"
done
# 3. every unit its own satuan.rkt, the same declarations each
O=$W/own
cp -R "$W/unit" "$O" || exit 2
for u in "$O"/plans/*/; do
    cp "$O/satuan.rkt" "$u/satuan.rkt" || exit 2
    sed 's|"../../satuan.rkt"|"satuan.rkt"|' "$u/renstra-2025-2029.rkt" >"$u/r.tmp" &&
        mv "$u/r.tmp" "$u/renstra-2025-2029.rkt" || exit 2
done
rm "$O/satuan.rkt"
for args in "check" "eval --semua --format csv"; do
    # shellcheck disable=SC2086 # the words of args are the command's
    same_threads "own $args" $args "$O/plans" --data "$O/export.csv"
    "$RKT" $args "$W/unit/plans" "$W/unit/satuan.rkt" --data "$W/unit/export.csv" >"$W/shared.out" 2>"$W/shared.err"
    if ! cmp -s "$W/1.out" "$W/shared.out" || ! cmp -s "$W/1.err" "$W/shared.err"; then
        bad "own $args: a satuan file per unit differs from one shared"
    fi
done
[ $fail -eq 0 ] && say "pipeline: own: a satuan file per unit is one declaration of each satuan"

[ $fail -eq 0 ] && say "pipeline: the output does not depend on threads"
exit $fail
