# Golden tests of the CSV reader on files that are not what they seem
# (LANGUAGE.md §7): UTF-16 and spreadsheets (E411), lines that end in a
# lone CR, NUL bytes in a field (E412), and "did you mean" for unknown
# codes at scale (E401).  The plan is fixtures/iksp3.rkt unless a case
# writes its own.  Catalogue: docs/diagnostics.md.  Format:
# tests/golden/run.sh.  Cases titled "fixed bug" keep a fixed bug from
# coming back; their comment says what went wrong.

=== E411 fixed bug: a UTF-16 data file said the header lacked every column
# Excel's "Unicode Text" is UTF-16: a byte-order mark FF FE, then a NUL
# after every ASCII byte.  Three E408 said 'kode', 'periode' and 'nilai'
# were missing; the fix is to save the file as UTF-8.
$ cp "$ROOT/tests/golden/defects/fixtures/iksp3.rkt" main.rkt
$ printf '\377\376k\000o\000d\000e\000,\000p\000e\000r\000i\000o\000d\000e\000,\000n\000i\000l\000a\000i\000\n\000' > realisasi.csv
$ rkt eval main.rkt --data realisasi.csv 2>&1 | grep -v '^ '; rkt eval --semua main.rkt --data realisasi.csv 2>&1 | grep -v '^ '
--- stdout
realisasi.csv:1:1: error[E411]: the data file cannot be read: it is UTF-16 text (what Excel saves as 'Unicode Text'), not UTF-8: save it as UTF-8 ('CSV UTF-8' in Excel's Save As)
realisasi.csv:1:1: error[E411]: the data file cannot be read: it is UTF-16 text (what Excel saves as 'Unicode Text'), not UTF-8: save it as UTF-8 ('CSV UTF-8' in Excel's Save As)

=== E411 UTF-16 without a byte-order mark, big-endian, and a spreadsheet
$ cp "$ROOT/tests/golden/defects/fixtures/iksp3.rkt" main.rkt
$ printf 'k\000o\000d\000e\000,\000p\000' > le.csv
$ printf '\000k\000o\000d\000e\000,\000p' > be.csv
$ printf 'PK\003\004\024\000\006\000\010\000\000\000!\000' > laporan.xlsx
$ for f in le.csv be.csv laporan.xlsx; do rkt eval main.rkt --data $f 2>&1 | grep -v '^ '; done
--- stdout
le.csv:1:1: error[E411]: the data file cannot be read: it is UTF-16 text (what Excel saves as 'Unicode Text'), not UTF-8: save it as UTF-8 ('CSV UTF-8' in Excel's Save As)
be.csv:1:1: error[E411]: the data file cannot be read: it is UTF-16 text (what Excel saves as 'Unicode Text'), not UTF-8: save it as UTF-8 ('CSV UTF-8' in Excel's Save As)
laporan.xlsx:1:1: error[E411]: the data file cannot be read: it is a spreadsheet (.xlsx, .xls or .ods), not a CSV file: save it as 'CSV UTF-8' in Excel's Save As

=== fixed bug: lines that end in a lone CR were one line
# An old Mac export ends its lines in CR alone: the whole file was the
# header ("lacks the required column 'nilai'").  A file whose first line
# ends in a lone CR is read with CR as its line end.
$ cp "$ROOT/tests/golden/defects/fixtures/iksp3.rkt" main.rkt
$ printf 'kode,periode,nilai\r\rIKSP3,2025-TW1,6112\rIKSP3,2025-TW2,6587\r' > realisasi.csv
$ rkt eval main.rkt --data realisasi.csv --format csv; rkt eval --semua main.rkt --data realisasi.csv --format csv
--- stdout
kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat,pelaksana,jenis,anggaran,realisasi_anggaran,serapan
IKSP3,SP1,Media pembawa,sertifikat,maksimal,jumlah,25945,12699,48.95,,,indikator,,,
rencana,kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat,pelaksana,jenis,anggaran,realisasi_anggaran,serapan
R,IKSP3,SP1,Media pembawa,sertifikat,maksimal,jumlah,25945,12699,48.95,,,indikator,,,

=== lines that end in a lone CR: errors at the right line, with the line shown
# A quoted field may hold a line break (here a lone CR too): the lines
# after it are still counted right.
$ cp "$ROOT/tests/golden/defects/fixtures/iksp3.rkt" main.rkt
$ printf 'kode,periode,nilai,keterangan\rIKSP3,2025-TW1,6112,\rIKSP3,2025-TW1,6587,\rIKSP3,2025-TW3,6734,"baris\rdua"\rIKSP3,2025-TW5,7021,\r' > realisasi.csv
$ rkt eval main.rkt --data realisasi.csv; rkt eval --semua main.rkt --data realisasi.csv
--- exit 1
--- stderr
realisasi.csv:3:7: error[E405]: duplicate row: IKSP3 2025-TW1 was already given at realisasi.csv:2
    3 | IKSP3,2025-TW1,6587,
      |       ^~~~~~~~
realisasi.csv:6:7: error[E403]: periode '2025-TW5' is not a period; write the year 2025, a semester 2025-S1..2025-S2, a quarter 2025-TW1..2025-TW4 or a month 2025-01..2025-12
    6 | IKSP3,2025-TW5,7021,
      |       ^~~~~~~~
realisasi.csv:3:7: error[E405]: duplicate row: IKSP3 2025-TW1 was already given at realisasi.csv:2
    3 | IKSP3,2025-TW1,6587,
      |       ^~~~~~~~
realisasi.csv:6:7: error[E403]: periode '2025-TW5' is not a period; write the year 2025, a semester 2025-S1..2025-S2, a quarter 2025-TW1..2025-TW4 or a month 2025-01..2025-12
    6 | IKSP3,2025-TW5,7021,
      |       ^~~~~~~~

=== lines that end in CRLF keep a lone CR inside a field as text
$ cp "$ROOT/tests/golden/defects/fixtures/iksp3.rkt" main.rkt
$ printf 'kode,periode,nilai,keterangan\r\nIKSP3,2025-TW1,6112,a\rb\r\n' > realisasi.csv
$ rkt eval main.rkt --data realisasi.csv --format csv
--- stdout
kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat,pelaksana,jenis,anggaran,realisasi_anggaran,serapan
IKSP3,SP1,Media pembawa,sertifikat,maksimal,jumlah,25945,6112,23.56,,,indikator,,,

=== E412 fixed bug: a NUL byte in a code said "unknown code 'I1'; did you mean 'I1'?"
# The code was read up to its NUL when shown, but compared whole.  A NUL
# in a field (unquoted or quoted) is an error that says so; the row is
# skipped, in the streaming path (--semua) too.
$ cp "$ROOT/tests/golden/defects/fixtures/iksp3.rkt" main.rkt
$ printf 'kode,periode,nilai\nIKSP3\000,2025-TW1,6112\n"IKSP3",2025-TW2,"65\00087"\n' > realisasi.csv
$ rkt eval main.rkt --data realisasi.csv; rkt eval --semua main.rkt --data realisasi.csv
--- exit 1
--- stderr
realisasi.csv:2:1: error[E412]: kode 'IKSP3\0' holds a NUL byte; a data file is text, so this one is damaged or not a CSV file: remove the byte, or export the data again as CSV UTF-8
    2 | IKSP3�,2025-TW1,6112
      | ^~~~~~
realisasi.csv:3:18: error[E412]: nilai '65\087' holds a NUL byte; a data file is text, so this one is damaged or not a CSV file: remove the byte, or export the data again as CSV UTF-8
    3 | "IKSP3",2025-TW2,"65�87"
      |                  ^~~~~~~
realisasi.csv:2:1: error[E412]: kode 'IKSP3\0' holds a NUL byte; a data file is text, so this one is damaged or not a CSV file: remove the byte, or export the data again as CSV UTF-8
    2 | IKSP3�,2025-TW1,6112
      | ^~~~~~
realisasi.csv:3:18: error[E412]: nilai '65\087' holds a NUL byte; a data file is text, so this one is damaged or not a CSV file: remove the byte, or export the data again as CSV UTF-8
    3 | "IKSP3",2025-TW2,"65�87"
      |                  ^~~~~~~

=== E401 fixed bug: "did you mean" cost rows x codes (15k x 15k took 20-26 s)
# Each distinct unknown code is looked up once, and a file spends at most
# 2^20 comparisons on suggestions: here 3000 indicators, so the first 349
# distinct codes get one.  All 6000 rows are errors; 200 are shown (each
# with its suggestion: the first 100 codes, twice) and the rest counted.
$ awk 'BEGIN { print "satuan s : cacah"; print "rkt R \"R\" {"; print "  tahun 2025"; print "  sasaran SP1 \"S\" {"; for (i = 0; i < 3000; i++) printf "    indikator IKSP%d \"i\" { satuan s target 5 }\n", i; print "  }"; print "}" }' > main.rkt
$ awk 'BEGIN { print "kode,periode,nilai"; for (i = 0; i < 3000; i++) printf "IKSP%dx,2025-TW1,1\nIKSP%dx,2025-TW2,1\n", i, i }' > realisasi.csv
$ rkt eval main.rkt --data realisasi.csv 2>err; echo "exit $?"
$ grep -c 'error\[E401\]' err; grep -c 'did you mean' err; grep -m 1 'did you mean' err; tail -n 1 err
--- stdout
exit 1
200
200
realisasi.csv:2:1: error[E401]: unknown code 'IKSP0x': neither an indicator of R nor a data series; did you mean 'IKSP0'?
realisasi.csv: 5800 more errors not shown
