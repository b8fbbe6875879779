#!/bin/sh
# tests/sarif/run.sh - checks rkt's machine-readable diagnostics: the SARIF
# log is valid SARIF 2.1.0, and the three machine formats agree.
#
#   sh tests/sarif/run.sh RKT
#
# RKT is the binary under test (`./rkt`).  Needs jq (`make deps` installs
# it).  The tests, from the repo root, with RKT_PATH=$ROOT/rules:
#
#   - `rkt check --format sarif examples/mistakes` (every diagnostic of the
#     deliberate mistakes), `-o FILE` on examples/bkhit (warnings and a
#     note) and a clean plan (no result) each pass tests/sarif/check.jq;
#   - the validator itself: each deliberately broken log tests/sarif/bad-*.sarif
#     must FAIL it (jq's error exit, 5, not a parse error), naming every
#     problem listed for it below;
#   - on examples/mistakes and examples/bkhit, `--format github` prints one
#     annotation line per diagnostic and nothing else: as many lines as the
#     JSON format's diagnostics, as many ::error and ::warning lines as its
#     error_count and warning_count, and as many as the SARIF log's results.
#
# Prints one line per test (`ok` or `FAIL` and why) and closes with
# `sarif: N passed, N failed`; exits 1 when a test failed, 2 when it cannot
# run (no binary, no jq).
set -u

[ $# -eq 1 ] || { echo "usage: sh tests/sarif/run.sh RKT" >&2; exit 2; }
ROOT=$(cd "$(dirname "$0")/../.." && pwd -P) || exit 2
case $1 in
    /*) RKT=$1 ;;
    */*) RKT=$(pwd -P)/$1 ;;
    *) RKT=$(command -v "$1") || RKT=$1 ;;
esac
if [ ! -x "$RKT" ] || [ -d "$RKT" ]; then
    echo "sarif: '$RKT' is not an executable" >&2; exit 2
fi
if ! command -v jq > /dev/null 2>&1; then
    echo "sarif: jq is not installed (make deps installs it)" >&2; exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/rkt-sarif.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 141' PIPE
trap 'exit 143' TERM

cd "$ROOT" || exit 2
NO_COLOR=1; export NO_COLOR
RKT_PATH=$ROOT/rules; export RKT_PATH
CHECK=$ROOT/tests/sarif/check.jq

passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok   $1"; }
# fail NAME [DETAILS-FILE]
fail() {
    failed=$((failed + 1))
    echo "FAIL $1"
    [ $# -lt 2 ] || sed -n '1,30s/^/     /p' "$2"
}

# rkt_to OUT ERR ARGS...: runs `rkt ARGS` with stdout to OUT, stderr to ERR;
# true when it exits 0 or 1 (1: the plans have errors, which is the point
# of examples/mistakes), false on 2 or a crash.
rkt_to() {
    out=$1 err=$2; shift 2
    "$RKT" "$@" < /dev/null > "$out" 2> "$err"
    st=$?
    [ $st = 0 ] || [ $st = 1 ] || { echo "rkt $* exited $st" >> "$err"; return 1; }
}

# valid NAME FILE: FILE passes the validator.
valid() {
    if jq -e -f "$CHECK" "$2" > "$work/jq.out" 2> "$work/jq.err"; then
        ok "$1"
    else
        fail "$1" "$work/jq.err"
    fi
}

# ---- rkt's own SARIF is valid ----------------------------------------

if rkt_to "$work/mistakes.sarif" "$work/err" check --format sarif examples/mistakes; then
    if [ "$(jq '.runs[0].results | length' "$work/mistakes.sarif" 2>/dev/null)" = 0 ]; then
        echo "no result in the SARIF log of examples/mistakes" > "$work/err"
        fail "sarif of examples/mistakes has results" "$work/err"
    else
        valid "sarif of examples/mistakes is valid SARIF 2.1.0" "$work/mistakes.sarif"
    fi
else
    fail "rkt check --format sarif examples/mistakes" "$work/err"
fi

if rkt_to "$work/out" "$work/err" check --format sarif -o "$work/bkhit.sarif" examples/bkhit; then
    valid "sarif of examples/bkhit (-o FILE) is valid SARIF 2.1.0" "$work/bkhit.sarif"
else
    fail "rkt check --format sarif -o FILE examples/bkhit" "$work/err"
fi

if rkt_to "$work/clean.sarif" "$work/err" check --format sarif examples/mistakes/w041-ditunda; then
    valid "sarif of a clean plan (no result) is valid SARIF 2.1.0" "$work/clean.sarif"
else
    fail "rkt check --format sarif examples/mistakes/w041-ditunda" "$work/err"
fi

# ---- the validator rejects broken logs -------------------------------

# expect FILE: the problems the validator must name for FILE, one per line.
expect() {
    case $1 in
        bad-log.sarif) cat <<'EOF'
$.version: must be "2.1.0", found "2.1"
$.generator: unknown property
$.runs[0].tool.driver: required property 'name' is missing
EOF
        ;;
        bad-result.sarif) cat <<'EOF'
$.runs[0].results[0].ruleIndex: 0 points at rule "E040", but ruleId is "W040"
$.runs[0].results[0].level: "fatal" is not one of none, note, warning, error
$.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri: "examples/mistakes/w040 target kurang/rkt.rkt" is not a valid URI reference
$.runs[0].results[0].locations[0].physicalLocation.region.startLine: must be an integer >= 1, found 0
$.runs[0].results[1].message: a message needs 'text' or 'id'
$.runs[0].results[1].locations[0].physicalLocation.region.endLine: 26 is before startLine 27
$.runs[0].results[1].locations[0].physicalLocation.region.endColumn: must be an integer >= 1, found "15"
EOF
        ;;
    esac
}

nbad=0
for f in "$ROOT"/tests/sarif/bad-*.sarif; do
    [ -f "$f" ] || continue
    nbad=$((nbad + 1))
    name=$(basename "$f")
    jq -e -f "$CHECK" "$f" > "$work/jq.out" 2> "$work/jq.err"
    st=$?
    if [ $st = 0 ]; then
        echo "the validator accepted it" > "$work/why"
        fail "$name is rejected" "$work/why"
        continue
    elif [ $st != 5 ]; then
        { echo "jq exited $st, not 5: the file or check.jq does not parse"; cat "$work/jq.err"; } > "$work/why"
        fail "$name is rejected" "$work/why"
        continue
    fi
    expect "$name" > "$work/expected"
    if [ ! -s "$work/expected" ]; then
        echo "run.sh lists no expected problem for $name" > "$work/why"
        fail "$name is rejected" "$work/why"
        continue
    fi
    : > "$work/missing"
    while IFS= read -r want; do
        grep -F -q -e "$want" "$work/jq.err" || printf 'not named: %s\n' "$want" >> "$work/missing"
    done < "$work/expected"
    if [ -s "$work/missing" ]; then
        { cat "$work/missing"; echo "the validator said:"; cat "$work/jq.err"; } > "$work/why"
        fail "$name is rejected for the right reasons" "$work/why"
    else
        ok "$name is rejected, naming its $(wc -l < "$work/expected" | tr -d ' ') problems"
    fi
done
if [ $nbad -lt 2 ]; then
    echo "found $nbad of the 2 broken logs tests/sarif/bad-*.sarif" > "$work/why"
    fail "broken logs present" "$work/why"
fi

# ---- github, json and sarif report the same diagnostics --------------

# agree DIR: one annotation line per diagnostic, by severity.
agree() {
    name="github, json and sarif agree on $1"
    if ! rkt_to "$work/gh" "$work/err" check --format github "$1" ||
       ! rkt_to "$work/json" "$work/err" check --format json "$1" ||
       ! rkt_to "$work/sarif" "$work/err" check --format sarif "$1"; then
        fail "$name" "$work/err"
        return
    fi
    lines=$(wc -l < "$work/gh" | tr -d ' ')
    ann=$(grep -c -E '^::(error|warning|notice) ' "$work/gh")
    gerr=$(grep -c '^::error ' "$work/gh")
    gwarn=$(grep -c '^::warning ' "$work/gh")
    ndiag=$(jq '.diagnostics | length' "$work/json")
    jerr=$(jq '.error_count' "$work/json")
    jwarn=$(jq '.warning_count' "$work/json")
    nres=$(jq '[.runs[].results[]] | length' "$work/sarif")
    : > "$work/why"
    [ "$lines" = "$ann" ] || echo "$lines lines of output but $ann annotations" >> "$work/why"
    [ "$ann" = "$ndiag" ] || echo "$ann annotations but $ndiag diagnostics in the JSON" >> "$work/why"
    [ "$gerr" = "$jerr" ] || echo "$gerr ::error lines but error_count $jerr" >> "$work/why"
    [ "$gwarn" = "$jwarn" ] || echo "$gwarn ::warning lines but warning_count $jwarn" >> "$work/why"
    [ "$nres" = "$ndiag" ] || echo "$nres SARIF results but $ndiag diagnostics in the JSON" >> "$work/why"
    [ "$ndiag" -gt 0 ] 2>/dev/null || echo "no diagnostic at all" >> "$work/why"
    if [ -s "$work/why" ]; then
        fail "$name" "$work/why"
    else
        ok "$name ($ndiag diagnostics: $gerr errors, $gwarn warnings)"
    fi
}
agree examples/mistakes
agree examples/bkhit

echo "sarif: $passed passed, $failed failed"
[ $failed = 0 ]
