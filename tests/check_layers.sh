#!/bin/sh
# tests/check_layers.sh - the source folders are layers (src/README.md):
# a file includes only headers of its own layer and of the layers below
# it, and the command (src/cli) uses the library through include/rkt.h
# alone.  grammar/ is part of src/front.  Lists every include that breaks
# the order; exit 1 if any.
#
#   sh tests/check_layers.sh
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd -P) || exit 2
cd "$ROOT" || exit 2
LAYERS="base front check data eval out report run lsp cli"

rank() {        # the layer's place, or nothing for what is not a layer
    i=0
    for l in $LAYERS; do
        [ "$l" = "$1" ] && { echo $i; return; }
        i=$((i + 1))
    done
}

bad=0 n=0
for f in src/*/*.c src/*/*.h grammar/rkt.y grammar/rkt.l; do
    case $f in
        grammar/*) own=front ;;
        *) own=$(echo "$f" | cut -d/ -f2) ;;
    esac
    r=$(rank "$own")
    [ -n "$r" ] || { echo "layers: $f is in no layer (src/README.md lists them)"; bad=1; continue; }
    for inc in $(sed -n 's/^#include "\([^"]*\)".*/\1/p' "$f"); do
        n=$((n + 1))
        case $inc in
            rkt.h)  # the public header: the library implements it (run/, lsp/), the command uses it
                [ "$own" = run ] || [ "$own" = lsp ] || [ "$own" = cli ] || { echo "layers: $f includes rkt.h, which only run/, lsp/ and cli/ may"; bad=1; }
                continue ;;
            rkt.tab.h|lex.yy.h)     # the generated scanner and parser: front
                [ "$own" = front ] || { echo "layers: $f includes $inc (front's generated code)"; bad=1; }
                continue ;;
        esac
        layer=${inc%%/*}
        if [ "$layer" = "$inc" ]; then
            echo "layers: $f includes \"$inc\" without its layer (write \"layer/$inc\")"; bad=1; continue
        fi
        lr=$(rank "$layer")
        if [ -z "$lr" ]; then
            echo "layers: $f includes \"$inc\": '$layer' is no layer"; bad=1
        elif [ "$own" = cli ] && [ "$layer" != cli ]; then
            echo "layers: $f includes \"$inc\": the command uses the library through rkt.h only"; bad=1
        elif [ "$lr" -gt "$r" ]; then
            echo "layers: $f ($own) includes \"$inc\" of the higher layer $layer"; bad=1
        fi
    done
done
[ $bad -eq 0 ] && echo "layers: $n includes, none against the order $LAYERS"
exit $bad
