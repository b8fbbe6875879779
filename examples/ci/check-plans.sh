#!/bin/sh
# check-plans.sh - memeriksa satu folder rencana kinerja untuk CI apa pun.
#                  Checks a folder of performance plans, for any CI system.
#
#   sh examples/ci/check-plans.sh PLANS_DIR [SARIF_FILE]
#
# Runs `rkt check` on every *.rkt below PLANS_DIR and
#   1. prints the diagnostics in the human form (stderr), with the source
#      line and a caret, as a planner reads them;
#   2. writes them as SARIF 2.1.0 to SARIF_FILE (default rkt.sarif), for
#      code-scanning tools; the file is written atomically and only when rkt
#      could check the folder (a failed run never leaves half a file);
#   3. prints a one-line summary: errors, warnings, notes, where the SARIF is;
#   4. exits with rkt's status: 0 no error (warnings allowed), 1 errors
#      (or warnings under --werror), 2 rkt could not run (unreadable file,
#      usage error, no rkt).
#
# Environment:
#   RKT        the rkt binary (default: `rkt` on PATH; e.g. RKT=./rkt to use
#              a build tree, which finds its rules/ folder by itself)
#   RKT_FLAGS  extra options for every run, split on spaces, e.g.
#              RKT_FLAGS="--werror" or RKT_FLAGS="-I rules"
#
# Needs only a POSIX shell, sed and awk: the counts come from
# `rkt check --format json`.  Example:
#
#   RKT=./rkt sh examples/ci/check-plans.sh examples/bkhit bkhit.sarif
set -u

prog=check-plans
if [ $# -lt 1 ] || [ $# -gt 2 ] || [ -z "$1" ]; then
    echo "usage: sh check-plans.sh PLANS_DIR [SARIF_FILE]" >&2
    exit 2
fi
dir=$1
sarif=${2:-rkt.sarif}
RKT=${RKT:-rkt}
flags=${RKT_FLAGS:-}

if ! command -v "$RKT" > /dev/null 2>&1; then
    echo "$prog: cannot run '$RKT'; install rkt or set RKT=path/to/rkt" >&2
    exit 2
fi
if [ ! -d "$dir" ]; then
    echo "$prog: '$dir' is not a folder" >&2
    exit 2
fi

tmp=$(mktemp "${TMPDIR:-/tmp}/check-plans.XXXXXX") || exit 2
trap 'rm -f "$tmp"' EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

# 1. The diagnostics for people (stderr).  $flags is split on purpose.
# shellcheck disable=SC2086
"$RKT" check $flags "$dir"

# 2. The SARIF log; its exit status is the one this script returns.
# shellcheck disable=SC2086
"$RKT" check $flags --format sarif -o "$sarif" "$dir" 2> "$tmp"
status=$?
if [ $status -ge 2 ]; then
    cat "$tmp" >&2
    echo "$prog: rkt could not check '$dir' (exit $status); no SARIF written" >&2
    exit $status
fi

# 3. The counts, from the JSON form: one line, so sed and awk suffice.
# shellcheck disable=SC2086
"$RKT" check $flags --format json "$dir" > "$tmp" 2> /dev/null
errors=$(sed -n 's/.*"error_count":\([0-9]*\).*/\1/p' "$tmp")
warnings=$(sed -n 's/.*"warning_count":\([0-9]*\).*/\1/p' "$tmp")
notes=$(awk '{ n += gsub(/"severity":"note"/, "") } END { print n + 0 }' "$tmp")

if [ $status = 0 ]; then
    verdict="OK"
elif [ "${errors:-}" = 0 ]; then
    verdict="GAGAL / FAILED (peringatan dengan / warnings under --werror)"
else
    verdict="GAGAL / FAILED"
fi
echo "$prog: $dir: ${errors:-?} error(s), ${warnings:-?} warning(s), ${notes:-?} note(s) -> $verdict; SARIF: $sarif"
exit $status
