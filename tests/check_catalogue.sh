#!/bin/sh
# tests/check_catalogue.sh - every diagnostic code the program can emit is
# documented in docs/diagnostics.md and in its Indonesian text,
# docs/diagnostics.id.md (docs/cli.md "Messages").
#
#   sh tests/check_catalogue.sh
#
# The codes are the string literals "E012", "W003", "I001" (a letter E, W
# or I and three digits, alone between quotes) in src/*/*.c, grammar/*.y and
# grammar/*.l.  Each must have a heading line `### CODE` (optionally
# followed by a space and a title) in each document.  Lists the missing
# ones with where they are used.
set -u

ROOT=$(cd "$(dirname "$0")/.." && pwd -P) || exit 2
cd "$ROOT" || exit 2

work=$(mktemp -d "${TMPDIR:-/tmp}/rkt-catalogue.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 141' PIPE
trap 'exit 143' TERM

# file:line:"E012" for every use, then one line per code: CODE file:line.
set --
for f in src/*/*.c grammar/*.y grammar/*.l; do
    [ -f "$f" ] && set -- "$@" "$f"
done
if [ $# -gt 0 ]; then
    grep -noE '"[EWI][0-9][0-9][0-9]"' "$@" /dev/null
fi | awk -F: '{
    code = $3; gsub(/"/, "", code)
    if (!(code in where)) { where[code] = $1 ":" $2; order[++n] = code }
} END { for (i = 1; i <= n; i++) print order[i], where[order[i]] }' |
    LC_ALL=C sort > "$work/codes"

passed=0
failed=0
for doc in docs/diagnostics.md docs/diagnostics.id.md; do
    # The documented codes: `### CODE` at the start of a line, the code ending
    # there or followed by a non-word character.
    if [ -f "$doc" ]; then
        sed -n 's/^### \([EWI][0-9][0-9][0-9]\)\([^0-9A-Za-z_].*\)\{0,1\}$/\1/p' "$doc" |
            LC_ALL=C sort -u > "$work/documented"
    else
        echo "catalogue: $doc does not exist"
        : > "$work/documented"
    fi

    while read -r code where; do
        if grep -qx "$code" "$work/documented"; then
            passed=$((passed + 1))
        else
            failed=$((failed + 1))
            echo "missing from $doc: $code (used at $where)"
        fi
    done < "$work/codes"
done

echo "catalogue: $passed passed, $failed failed"
[ $failed = 0 ]
