#!/bin/sh
# tests/po/check.sh - the message catalogue is complete (docs/cli.md
# "Messages", po/README.md).
#
#   sh tests/po/check.sh FRESH.pot   the checks (make test-po)
#   sh tests/po/check.sh --list      the msgids of po/id.po still to translate
#
# Checks: msgfmt --check --statistics po/id.po passes and reports 0
# untranslated and 0 fuzzy messages; every msgid xgettext finds in the
# sources now (FRESH.pot, made by `make test-po` with the Makefile's
# keywords) is in po/rkt.pot and translated in po/id.po (msgcmp), so a
# message added without `make po-update` fails here.
set -u
cd "$(dirname "$0")/../.." || exit 2
for t in msgfmt msgcmp msgattrib; do
    command -v $t > /dev/null 2>&1 || { echo "po: '$t' is not installed (make deps installs gettext)" >&2; exit 2; }
done

if [ "${1:-}" = --list ]; then
    # one block per message: its place in the sources, msgid, msgstr
    msgattrib --untranslated --no-obsolete --no-wrap po/id.po | sed '1,/^$/d'
    msgattrib --only-fuzzy --no-obsolete --no-wrap po/id.po | sed '1,/^$/d'
    exit 0
fi
[ $# -eq 1 ] || { echo "usage: sh tests/po/check.sh FRESH.pot | --list" >&2; exit 2; }
fresh=$1

passed=0
failed=0
ok() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }

stats=$(msgfmt --check --statistics -o /dev/null po/id.po 2>&1)
if [ $? -eq 0 ]; then ok; else fail "msgfmt --check po/id.po:"; echo "$stats" | sed 's/^/  /'; fi
case $stats in
    *untranslated*|*fuzzy*) fail "po/id.po is not complete: $stats (sh tests/po/check.sh --list)" ;;
    *" translated message"*) ok ;;
    *) fail "msgfmt --statistics said: $stats" ;;
esac
if out=$(msgcmp --use-untranslated po/rkt.pot "$fresh" 2>&1); then ok; else
    fail "the sources have messages po/rkt.pot lacks (run make po-update):"; echo "$out" | sed 's/^/  /' | head -20
fi
if out=$(msgcmp po/id.po "$fresh" 2>&1); then ok; else
    fail "po/id.po lacks translations of messages in the sources (make po-update, then translate):"
    echo "$out" | sed 's/^/  /' | head -20
fi
echo "po: $passed passed, $failed failed"
[ $failed -eq 0 ]
