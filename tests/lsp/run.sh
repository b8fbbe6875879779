#!/bin/sh
# tests/lsp/run.sh - the golden JSON-RPC sessions of `rkt lsp`.
#
#   sh tests/lsp/run.sh RKT FRAME [--update] [CASE...]
#
# A case is tests/lsp/NAME.jsonl (a message per line, framed by FRAME,
# tests/lsp/frame.c, with @ROOT@ and @FILE:path@ expanded) or
# tests/lsp/NAME.raw (bytes sent as they are: framing garbage).  The
# server's messages are unframed (FRAME checks every Content-Length) and,
# with its exit status, compared with tests/lsp/NAME.out; the checkout's
# path is the only thing normalised (@ROOT@).  --update rewrites the .out
# files: check every changed line first.
set -u
[ $# -ge 2 ] || { echo "usage: sh tests/lsp/run.sh RKT FRAME [--update] [CASE...]" >&2; exit 2; }
RKT=$1 FRAME=$2
shift 2
update=0
[ "${1:-}" = --update ] && { update=1; shift; }
ROOT=$(cd "$(dirname "$0")/../.." && pwd -P) || exit 2
case $RKT in /*) ;; *) RKT=$PWD/$RKT ;; esac
case $FRAME in /*) ;; *) FRAME=$PWD/$FRAME ;; esac
cd "$ROOT" || exit 2
[ $# -gt 0 ] || set -- tests/lsp/*.jsonl tests/lsp/*.raw
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rkt-lsp.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0
for c in "$@"; do
    [ -f "$c" ] || continue
    name=${c%.*}
    case $c in
        *.jsonl) "$FRAME" frame "$ROOT" < "$c" > "$tmp/in" || exit 2 ;;
        *) cp "$c" "$tmp/in" ;;
    esac
    # a server that hangs fails the case instead of the suite
    RKT_PATH=rules timeout 20 "$RKT" lsp < "$tmp/in" > "$tmp/framed" 2> "$tmp/err"
    st=$?
    { "$FRAME" unframe "$ROOT" < "$tmp/framed" || echo "(framing of the output broken)"; echo "exit $st"; } > "$tmp/out"
    if [ $update = 1 ]; then
        cp "$tmp/out" "$name.out"
        echo "updated $name.out"
    elif cmp -s "$tmp/out" "$name.out"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL $c"
        diff "$name.out" "$tmp/out" | head -20
        sed 's/^/  stderr: /' "$tmp/err" | head -5
    fi
done
[ $update = 1 ] && exit 0
echo "lsp: $passed passed, $failed failed"
[ $failed -eq 0 ]
