#!/bin/sh
# tests/report/read.sh - the html and xlsx of a report read as a reader
# reads them (issue 11, "tests that look like a reader"; CLI.md
# "Documents").
#
#   sh tests/report/read.sh FIXTURE RKT OUTDIR
#
# FIXTURE is build/report-fixture (tests/report/fixture.c: a document of
# 60 indicators built by hand, so these checks do not depend on the
# builders), RKT the command.  What it checks:
#   xlsx  tests/report/read_xlsx.py (openpyxl): numeric target cells shown
#         #,##0 / #,##0.00, merged headers, print titles, frozen panes, A4,
#         fit to width, charts, "=SUM(A1)" a string cell, a date cell; two
#         renders two seconds apart are the same bytes (cmp).
#   html  one file: <svg> inline, no URL but the SVG namespace, the text
#         with < & " ' escaped, each figure's explanation in a title.
#   pdf   the html printed by headless Chromium, offline (in a network
#         namespace of its own where unshare can make one): pdftotext shows
#         "25.945", "101,96" and the hostile text as text; the footers run
#         "Halaman 1 dari Y" ... "Halaman Y dari Y", Y = pdfinfo's pages,
#         Y >= 2; the table's header is on every page the table runs over
#         (at least 2); the landscape table is on a landscape page; the
#         first page as a PNG in OUTDIR/fixture-page1.png.
#   rkt report on examples/bkhit: the same xlsx and pdf checks of the
#         seed's Lampiran (25.945, 9.865, 81 beside their units).
set -u

[ $# -eq 3 ] || { echo "usage: sh tests/report/read.sh FIXTURE RKT OUTDIR" >&2; exit 2; }
ROOT=$(cd "$(dirname "$0")/../.." && pwd -P) || exit 2
FIX=$1
RKT=$2
mkdir -p "$3" || exit 2
D=$(cd "$3" && pwd -P) || exit 2
PY=${PYTHON3:-/usr/bin/python3}
CHROMIUM=${CHROMIUM:-chromium}
for t in "$PY" "$CHROMIUM" pdftotext pdfinfo pdftoppm cmp; do
    command -v "$t" > /dev/null 2>&1 || { echo "report-read: '$t' is not installed (make deps-report-read installs it)" >&2; exit 2; }
done

passed=0
failed=0
ok() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }
# check WHAT COMMAND...: one check, passed when COMMAND succeeds
check() {
    what=$1
    shift
    if "$@" > "$D/out" 2>&1; then ok; else fail "$what"; sed -n '1,20s/^/  /p' "$D/out"; fi
}
# has FILE TEXT: FILE holds TEXT (fixed string)
has() { grep -qF -- "$2" "$1"; }
hasnt() { ! grep -qF -- "$2" "$1"; }

# Headless Chromium prints FILE.html to FILE.pdf; with no network when
# the kernel lets us make a namespace without one.
NET=
if unshare -n true 2> /dev/null; then NET="unshare -n"; fi
print_pdf() {
    rm -rf "$D/chromium" "$2"
    # shellcheck disable=SC2086 # NET is a command prefix or nothing
    timeout 180 $NET "$CHROMIUM" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
        --disable-background-networking --disable-component-update --disable-extensions --disable-sync \
        --no-first-run --no-default-browser-check --user-data-dir="$D/chromium" \
        --print-to-pdf="$2" "file://$1" > "$D/chromium.log" 2>&1
    test -s "$2" || { sed -n '1,20s/^/  /p' "$D/chromium.log"; return 1; }
}

# pages_check PDF HEADER LAST: the footers number every page, and every
# page up to the one holding LAST (the table's last row) shows HEADER.
pages_check() {
    pdf=$1
    y=$(pdfinfo "$pdf" 2> /dev/null | sed -n 's/^Pages: *//p')
    check "$pdf: pdfinfo reads a page count ($y)" test -n "$y"
    [ -n "$y" ] || return
    last=0
    n=1
    while [ "$n" -le "$y" ]; do
        pdftotext -layout -f "$n" -l "$n" "$pdf" "$D/page.txt"
        check "$pdf page $n: footer 'Halaman $n dari $y'" has "$D/page.txt" "Halaman $n dari $y"
        if [ "$last" = 0 ]; then
            check "$pdf page $n: the table header '$2'" has "$D/page.txt" "$2"
            if has "$D/page.txt" "$3"; then last=$n; fi
        fi
        n=$((n + 1))
    done
    check "$pdf: '$3' found on some page" test "$last" -gt 0
    echo "$last" > "$D/lastpage"
}

# ---- the fixture: xlsx ----
check "report-fixture writes the xlsx" "$FIX" xlsx "$D/fixture.xlsx"
sleep 2
check "report-fixture writes the xlsx again, 2 s later" "$FIX" xlsx "$D/fixture-2.xlsx"
check "two renders 2 s apart are the same bytes" cmp "$D/fixture.xlsx" "$D/fixture-2.xlsx"
if "$PY" "$ROOT/tests/report/read_xlsx.py" fixture "$D/fixture.xlsx" > "$D/xlsx.out" 2>&1; then ok; else
    fail "the fixture's xlsx as openpyxl reads it"; sed 's/^/  /' "$D/xlsx.out"; fi

# ---- the fixture: html ----
H=$D/fixture.html
check "report-fixture writes the html" "$FIX" html "$H"
check "html: an inline <svg>" has "$H" "<svg"
grep -o 'https\{0,1\}://[^" ]*' "$H" | sort -u > "$D/urls"
check "html: no URL but the SVG namespace ($(tr '\n' ' ' < "$D/urls"))" \
    test "$(cat "$D/urls")" = "http://www.w3.org/2000/svg"
check "html: nothing to fetch (no src=, href=, url(, @import)" \
    sh -c "! grep -Eq 'src=|href=|url\\(|@import' '$H'"
check "html: < & \" ' escaped" has "$H" "Nilai &lt;b&gt;SAKIP&lt;/b&gt; &amp; &quot;mutu&quot; &apos;x&apos;"
check "html: the text never becomes markup" hasnt "$H" "<b>SAKIP"
check "html: header rows in <thead>" sh -c "grep -A2 '<thead>' '$H' | grep -q 'TARGET'"
check "html: A4 and a landscape named page" sh -c "grep -q 'size: A4 portrait' '$H' && grep -q 'size: A4 landscape' '$H'"
check "html: a figure's explanation in its title" has "$H" 'title="target 2025 IKSP1, dari rencana RKT_FIXTURE_2025"'
check "html: a chart point's explanation in an SVG <title>" has "$H" "capaian IKSP1 = realisasi / target x 100</title>"
check "html: 25.945 glued to its unit" has "$H" ">25.945 Sertifikat</td>"

# ---- the fixture: printed ----
P=$D/fixture.pdf
if print_pdf "$H" "$P"; then
    ok
    pdftotext -layout "$P" "$D/fixture.txt"
    check "pdf: 25.945" has "$D/fixture.txt" "25.945 Sertifikat"
    check "pdf: 101,96" has "$D/fixture.txt" "101,96 %"
    check "pdf: the hostile text printed as text" has "$D/fixture.txt" "Nilai <b>SAKIP</b> & \"mutu\" 'x'"
    check "pdf: =SUM(A1) printed as text" has "$D/fixture.txt" "=SUM(A1)"
    y=$(pdfinfo "$P" | sed -n 's/^Pages: *//p')
    check "pdf: at least 2 pages ($y)" test "${y:-0}" -ge 2
    pages_check "$P" "Uraian IK" "IKSP60"
    check "pdf: the 60-indicator table runs over at least 2 pages (to page $(cat "$D/lastpage"))" \
        test "$(cat "$D/lastpage")" -ge 2
    check "pdf: page 1 is portrait A4" sh -c "pdfinfo -f 1 -l 1 '$P' | grep -q 'Page *1 size: *594.96 x 841.92'"
    n=$(pdftotext -layout "$P" - | awk -v RS='\f' '/Tabel Anggaran/ { print NR; exit }')
    check "pdf: the landscape table's page ($n) is landscape A4" \
        sh -c "pdfinfo -f '$n' -l '$n' '$P' | grep -q 'Page *$n size: *841.92 x 594.96'"
    check "pdf: the landscape table's header on its page" sh -c "pdftotext -f '$n' -l '$n' '$P' - | grep -q 'Anggaran (Rp)'"
    rm -f "$D/fixture-page1.png"
    check "pdf: the first page as a PNG" pdftoppm -png -r 50 -f 1 -l 1 -singlefile "$P" "$D/fixture-page1"
    check "the PNG is in $D" test -s "$D/fixture-page1.png"
else
    fail "headless Chromium prints the fixture's html to PDF"
fi

# ---- rkt report on the seed's plan ----
B=$ROOT/examples/bkhit/
RKT_PATH=$ROOT/rules; export RKT_PATH      # its `impor sakip`, installed or not
if "$RKT" report "$B" --rencana RKT_BKHIT_2025 --jenis rkt --format xlsx -o "$D/bkhit.xlsx" > "$D/out" 2>&1; then
    ok
    if "$PY" "$ROOT/tests/report/read_xlsx.py" bkhit "$D/bkhit.xlsx" > "$D/xlsx.out" 2>&1; then ok; else
        fail "rkt report --jenis rkt --format xlsx as openpyxl reads it"; sed 's/^/  /' "$D/xlsx.out"; fi
    sleep 2
    check "rkt report --format xlsx again, 2 s later" \
        "$RKT" report "$B" --rencana RKT_BKHIT_2025 --jenis rkt --format xlsx -o "$D/bkhit-2.xlsx"
    check "rkt report xlsx: two runs 2 s apart are the same bytes" cmp "$D/bkhit.xlsx" "$D/bkhit-2.xlsx"
    check "rkt report --format html" \
        "$RKT" report "$B" --rencana RKT_BKHIT_2025 --jenis rkt --format html -o "$D/bkhit.html"
    check "rkt report html: no URL but the SVG namespace" \
        sh -c "! grep -o 'https\\{0,1\\}://[^\" ]*' '$D/bkhit.html' | grep -vqx 'http://www.w3.org/2000/svg'"
    if print_pdf "$D/bkhit.html" "$D/bkhit.pdf"; then
        ok
        pdftotext -layout "$D/bkhit.pdf" "$D/bkhit.txt"
        for s in "25.945 Sertifikat" "9.865 Sertifikat" "81 Nilai" "SASARAN PROGRAM 1:"; do
            check "rkt report pdf: '$s'" has "$D/bkhit.txt" "$s"
        done
        pages_check "$D/bkhit.pdf" "Uraian IK" "IKSP11"
    else
        fail "headless Chromium prints rkt report's html to PDF"
    fi
else
    fail "rkt report examples/bkhit --jenis rkt --format xlsx"; sed -n '1,20s/^/  /p' "$D/out"
fi

echo "report-read: $passed passed, $failed failed (first page: $D/fixture-page1.png)"
[ $failed -eq 0 ]
