#!/bin/sh
# bench/lsp.sh - the language server's figure (bench/README.md): a change
# to the seed plan answered in under 20 ms, the median of 31 changes
# (BENCH_STARTUP_RUNS), timed by lspbench to the publishDiagnostics.
#
#   sh bench/lsp.sh RKT TOOLDIR [RESULTS]
#
# Prints one row of bench/run.sh's table (tab-separated: layout, figure,
# measured, peer, ratio, goal, verdict); the raw line goes to RESULTS when
# given.  Runs alone too: `make build/lspbench && sh bench/lsp.sh ./rkt build`.
set -u
[ $# -ge 2 ] || { echo "usage: sh bench/lsp.sh RKT TOOLDIR [RESULTS]" >&2; exit 2; }
ROOT=$(cd "$(dirname "$0")/.." && pwd -P) || exit 2
case $1 in /*) RKT=$1 ;; *) RKT=$(pwd -P)/$1 ;; esac
case $2 in /*) LB=$2/lspbench ;; *) LB=$(pwd -P)/$2/lspbench ;; esac
[ -x "$LB" ] || { echo "bench: '$LB' is not an executable" >&2; exit 2; }
cd "$ROOT" || exit 2
n=${BENCH_STARTUP_RUNS:-31}
line=$("$LB" -n "$n" -w 2 -t "${BENCH_TIMEOUT:-60}" "$RKT" examples/bkhit/rkt-2025.rkt)
[ $# -ge 3 ] && printf '[seed] %s\n' "$line" >> "$3"
field() { printf '%s\n' "$line" | tr ' ' '\n' | sed -n "s/^$1=//p"; }
figure="lsp: a change answered (median of $n)"
if [ "$(field status)" != 0 ]; then
    printf 'seed\t%s\t%s\t-\t-\t< 20 ms\tMISS\n' "$figure" "failed: $(field status)"
else
    ms=$(awk -v s="$(field diag_median)" 'BEGIN { printf "%.2f", s * 1000 }')
    v=$(awk -v m="$ms" 'BEGIN { print (m + 0 < 20 ? "PASS" : "MISS") }')
    printf 'seed\t%s\t%s ms\t-\t-\t< 20 ms\t%s\n' "$figure" "$ms" "$v"
fi
