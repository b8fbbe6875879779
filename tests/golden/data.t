# Golden tests of realisation data errors (LANGUAGE.md §7; E400-E410):
# one case per error code, run through `rkt eval --format json` so that a
# result printed by mistake would show.  Each: every error of the file is
# reported on stderr in the human form, located at file:line:col of the
# row, stdout is EMPTY (a file with errors gives no results) and the exit
# status is 1 (2 for an unreadable file).  Format: tests/golden/run.sh.
#
# Every case uses the same plan: IKSP3 counts (cacah), IKSP9 is a percentage.

=== E401 unknown code: with "did you mean" when one is near, every row reported
$ rkt eval main.rkt --data d.csv --format json
--- main.rkt < fixtures/layanan.rkt
--- d.csv
kode,periode,nilai
IKSP3,2025-TW1,6112
IKSP33,2025-TW2,6000
IKSP9,2025,81.5
PENDAPATAN,2025,100
iksp3,2025-TW3,1
--- exit 1
--- stdout
--- stderr
d.csv:3:1: error[E401]: unknown code 'IKSP33': neither an indicator of R nor a data series; did you mean 'IKSP3'?
    3 | IKSP33,2025-TW2,6000
      | ^~~~~~
d.csv:5:1: error[E401]: unknown code 'PENDAPATAN': neither an indicator of R nor a data series
    5 | PENDAPATAN,2025,100
      | ^~~~~~~~~~
d.csv:6:1: error[E401]: unknown code 'iksp3': neither an indicator of R nor a data series; did you mean 'IKSP3'?
    6 | iksp3,2025-TW3,1
      | ^~~~~

=== E402 a value that is not a number, and the Indonesian-format hint
$ rkt eval main.rkt --data d.csv --format json
--- main.rkt < fixtures/layanan.rkt
--- d.csv
kode,periode,nilai
IKSP3,2025-TW1,abc
IKSP9,2025,"81,5"
IKSP3,2025-TW2,1e3
IKSP3,2025-TW3,6112
--- exit 1
--- stdout
--- stderr
d.csv:2:16: error[E402]: nilai 'abc' is not a number (digits with '.' for decimals, e.g. 81.5)
    2 | IKSP3,2025-TW1,abc
      |                ^~~
d.csv:3:12: error[E402]: nilai '81,5' is not a number (digits with '.' for decimals, e.g. 81.5); it looks like Indonesian number format: read the file with --angka id
    3 | IKSP9,2025,"81,5"
      |            ^~~~~~
d.csv:4:16: error[E402]: nilai '1e3' is not a number (digits with '.' for decimals, e.g. 81.5)
    4 | IKSP3,2025-TW2,1e3
      |                ^~~

=== E402 with --angka id: '.' must group thousands in threes
$ rkt eval main.rkt --data d.csv --angka id --format json
--- main.rkt < fixtures/layanan.rkt
--- d.csv
kode;periode;nilai
IKSP3;2025-TW1;6.112
IKSP3;2025-TW2;25.9
IKSP9;2025;81.5
--- exit 1
--- stdout
--- stderr
d.csv:3:16: error[E402]: nilai '25.9' is not a number in Indonesian format (--angka id: '.' groups thousands in threes, ',' marks decimals, e.g. 25.945 or 81,5); without --angka id it reads as 25.9
    3 | IKSP3;2025-TW2;25.9
      |                ^~~~
d.csv:4:12: error[E402]: nilai '81.5' is not a number in Indonesian format (--angka id: '.' groups thousands in threes, ',' marks decimals, e.g. 25.945 or 81,5); without --angka id it reads as 81.5
    4 | IKSP9;2025;81.5
      |            ^~~~

=== E403 a period that is not one
$ rkt eval main.rkt --data d.csv --format json
--- main.rkt < fixtures/layanan.rkt
--- d.csv
kode,periode,nilai
IKSP3,2025-TW5,1
IKSP3,2025-13,1
IKSP3,TW2,5
IKSP3,Q1-2025,5
IKSP3,2025-TW1,6112
--- exit 1
--- stdout
--- stderr
d.csv:2:7: error[E403]: periode '2025-TW5' is not a period; write the year 2025, a semester 2025-S1..2025-S2, a quarter 2025-TW1..2025-TW4 or a month 2025-01..2025-12
    2 | IKSP3,2025-TW5,1
      |       ^~~~~~~~
d.csv:3:7: error[E403]: periode '2025-13' is not a period; write the year 2025, a semester 2025-S1..2025-S2, a quarter 2025-TW1..2025-TW4 or a month 2025-01..2025-12
    3 | IKSP3,2025-13,1
      |       ^~~~~~~
d.csv:4:7: error[E403]: periode 'TW2' has no year; a data file writes 2025-TW2
    4 | IKSP3,TW2,5
      |       ^~~
d.csv:5:7: error[E403]: periode 'Q1-2025' is not a period; write the year 2025, a semester 2025-S1..2025-S2, a quarter 2025-TW1..2025-TW4 or a month 2025-01..2025-12
    5 | IKSP3,Q1-2025,5
      |       ^~~~~~~

=== E404 a period outside the plan year
$ rkt eval main.rkt --data d.csv --format json
--- main.rkt < fixtures/layanan.rkt
--- d.csv
kode,periode,nilai
IKSP3,2019-TW4,6000
IKSP9,2026,80
IKSP3,2025-TW1,6112
--- exit 1
--- stdout
--- stderr
d.csv:2:7: error[E404]: periode 2019-TW4 is outside the years plan R reads: 2025, its plan year, and 2020-2024, the 5 years of history before it; remove the row, or correct its year
    2 | IKSP3,2019-TW4,6000
      |       ^~~~~~~~
d.csv:3:7: error[E404]: periode 2026 is outside the years plan R reads: 2025, its plan year, and 2020-2024, the 5 years of history before it; a row of 2026 belongs to the data of a plan of that year
    3 | IKSP9,2026,80
      |       ^~~~

=== E405 a duplicate row names the earlier one as file:line
$ rkt eval main.rkt --data d.csv --format json
--- main.rkt < fixtures/layanan.rkt
--- d.csv
kode,periode,nilai
IKSP3,2025-TW1,6112
IKSP9,2025,81
IKSP3,2025-TW2,6587
IKSP3,2025-TW1,6112
IKSP9,2025,
--- exit 1
--- stdout
--- stderr
d.csv:5:7: error[E405]: duplicate row: IKSP3 2025-TW1 was already given at d.csv:2
    5 | IKSP3,2025-TW1,6112
      |       ^~~~~~~~
d.csv:6:7: error[E405]: duplicate row: IKSP9 2025 was already given at d.csv:3
    6 | IKSP9,2025,
      |       ^~~~

=== E405 a duplicate across two --data files names the row of the first file
$ rkt eval main.rkt --data a.csv --data b.csv --format json
--- main.rkt < fixtures/layanan.rkt
--- a.csv
kode,periode,nilai
IKSP3,2025-TW1,6112
IKSP3,2025-TW2,6587
--- b.csv
kode,periode,nilai
IKSP3,2025-TW3,6734
IKSP3,2025-TW2,6600
--- exit 1
--- stdout
--- stderr
b.csv:3:7: error[E405]: duplicate row: IKSP3 2025-TW2 was already given at a.csv:3
    3 | IKSP3,2025-TW2,6600
      |       ^~~~~~~~

=== E406 overlapping periods: a month and its quarter, a semester and the year
$ rkt eval main.rkt --data d.csv --format json
--- main.rkt < fixtures/layanan.rkt
--- d.csv
kode,periode,nilai
IKSP3,2025-TW1,6112
IKSP3,2025-02,2000
IKSP3,2025-04,2100
IKSP3,2025-TW2,6587
IKSP9,2025-S2,80
IKSP9,2025,81
--- exit 1
--- stdout
--- stderr
d.csv:3:7: error[E406]: IKSP3 2025-02 overlaps 2025-TW1 given at d.csv:2; a period and a part of it would count twice
    3 | IKSP3,2025-02,2000
      |       ^~~~~~~
d.csv:5:7: error[E406]: IKSP3 2025-TW2 overlaps 2025-04 given at d.csv:4; a period and a part of it would count twice
    5 | IKSP3,2025-TW2,6587
      |       ^~~~~~~~
d.csv:7:7: error[E406]: IKSP9 2025 overlaps 2025-S2 given at d.csv:6; a period and a part of it would count twice
    7 | IKSP9,2025,81
      |       ^~~~

=== E407 a value that is not whole for a cacah unit (the thousands-dot hint when it has three decimals)
$ rkt eval main.rkt --data d.csv --format json
--- main.rkt < fixtures/layanan.rkt
--- d.csv
kode,periode,nilai
IKSP3,2025-TW1,6.5
IKSP3,2025-TW2,6.587
IKSP9,2025,81.5
--- exit 1
--- stdout
--- stderr
d.csv:2:16: error[E407]: nilai 6.5 of IKSP3 is not a whole number, but satuan 'sertifikat' counts
    2 | IKSP3,2025-TW1,6.5
      |                ^~~
d.csv:3:16: error[E407]: nilai 6.587 of IKSP3 is not a whole number, but satuan 'sertifikat' counts; if it means 6587, read the file with --angka id
    3 | IKSP3,2025-TW2,6.587
      |                ^~~~~

=== E408 a header without a required column
$ rkt eval main.rkt --data d.csv --format json
--- main.rkt < fixtures/layanan.rkt
--- d.csv
kode,waktu,nilai
IKSP3,2025-TW1,6112
--- exit 1
--- stdout
--- stderr
d.csv:1:1: error[E408]: the header lacks the required column 'periode' (a data file needs kode, periode and nilai; found: kode,waktu,nilai)
    1 | kode,waktu,nilai
      | ^~~~~~~~~~~~~~~~

=== E409 a row with the wrong number of fields, too many or too few
$ rkt eval main.rkt --data d.csv --format json
--- main.rkt < fixtures/layanan.rkt
--- d.csv
kode,periode,nilai
IKSP3,2025-TW1,6112
IKSP9,2025,81,5
IKSP3,2025-TW2
IKSP3,2025-TW3,6734
--- exit 1
--- stdout
--- stderr
d.csv:3:15: error[E409]: this row has 4 fields but the header has 3 (a text containing ',' must be quoted)
    3 | IKSP9,2025,81,5
      |               ^
d.csv:4:15: error[E409]: this row has 2 fields but the header has 3
    4 | IKSP3,2025-TW2
      |               ^

=== E409 the hints: a separator the header lacks at the row's end, a row written with another separator
$ rkt eval main.rkt --data d.csv --format json
--- main.rkt < fixtures/layanan.rkt
--- d.csv
kode,periode,nilai
IKSP3,2025-TW1,6112,
IKSP9;2025;81.5
--- exit 1
--- stdout
--- stderr
d.csv:2:21: error[E409]: this row has 4 fields but the header has 3: the row ends with a separator; remove it, or end the header line with one too
    2 | IKSP3,2025-TW1,6112,
      |                     ^
d.csv:3:16: error[E409]: this row has 1 field but the header has 3: the row seems separated by ';', the header by ','; use one separator in the whole file
    3 | IKSP9;2025;81.5
      |                ^

=== a tab separates the fields (a spreadsheet's copy), and a separator ending every line is an empty last column
# IKSP3 = 6112 + 6587 = 12699, through the year against 25_945:
# 12699 / 25945 x 100 = 48.946... -> 48.95; IKSP9 81.5 / 80 x 100 = 101.875 -> 101.88;
# SP1 = (48.946... + 101.875) / 2 = 75.41
$ rkt eval main.rkt --data tab.csv --format csv
$ rkt eval main.rkt --data trail.csv --format csv
--- main.rkt < fixtures/layanan.rkt
--- tab.csv
kode	periode	nilai
IKSP3	2025-TW1	6112
IKSP3	2025-TW2	6587
IKSP9	2025	81.5
--- trail.csv
kode;periode;nilai;
IKSP3;2025-TW1;6112;
IKSP3;2025-TW2;6587;
IKSP9;2025;81.5;
--- exit 0
--- stdout
kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat,pelaksana,jenis,anggaran,realisasi_anggaran,serapan
IKSP3,SP1,Media,sertifikat,maksimal,jumlah,25945,12699,48.95,,,indikator,,,
IKSP9,SP1,Kepuasan,persen,maksimal,terakhir,80,81.5,101.88,,,indikator,,,
kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat,pelaksana,jenis,anggaran,realisasi_anggaran,serapan
IKSP3,SP1,Media,sertifikat,maksimal,jumlah,25945,12699,48.95,,,indikator,,,
IKSP9,SP1,Kepuasan,persen,maksimal,terakhir,80,81.5,101.88,,,indikator,,,
--- stderr

=== E414 a value outside its unit's range: a persen above 100 or below 0, a count below 0
$ rkt eval main.rkt --data d.csv --format json
--- main.rkt < fixtures/layanan.rkt
--- d.csv
kode,periode,nilai
IKSP3,2025-TW1,-3
IKSP3,2025-TW2,6587
IKSP9,2025-TW1,1075.8
IKSP9,2025-TW2,-5
IKSP9,2025-TW3,100
--- exit 1
--- stdout
--- stderr
d.csv:2:16: error[E414]: nilai -3 of IKSP3 is below 0, but satuan 'sertifikat' counts
    2 | IKSP3,2025-TW1,-3
      |                ^~
d.csv:4:16: error[E414]: nilai 1075.8 of IKSP9 is outside the range 0..100 of satuan 'persen'
    4 | IKSP9,2025-TW1,1075.8
      |                ^~~~~~
d.csv:5:16: error[E414]: nilai -5 of IKSP9 is outside the range 0..100 of satuan 'persen'
    5 | IKSP9,2025-TW2,-5
      |                ^~

=== E410 an unterminated quote
$ rkt eval main.rkt --data d.csv --format json
--- main.rkt < fixtures/layanan.rkt
--- d.csv
kode,periode,nilai,keterangan
IKSP3,2025-TW1,6112,"sudah diverifikasi"
IKSP3,2025-TW2,6587,"belum diverifikasi
IKSP3,2025-TW3,6734,
--- exit 1
--- stdout
--- stderr
d.csv:3:21: error[E410]: unterminated quote: the quoted field opened here is never closed (a quote inside a quoted field is written "")
    3 | IKSP3,2025-TW2,6587,"belum diverifikasi
      |                     ^

=== E400 a data file that cannot be read is exit 2
$ rkt eval main.rkt --data tidak-ada.csv --format json
--- main.rkt < fixtures/layanan.rkt
--- exit 2
--- stdout
--- stderr
rkt: error[E400]: cannot read 'tidak-ada.csv': No such file or directory

=== E400 a directory given as the data file is exit 2
$ mkdir data
$ rkt eval main.rkt --data data --format json
--- main.rkt < fixtures/layanan.rkt
--- exit 2
--- stdout
--- stderr
rkt: error[E400]: cannot read 'data': Is a directory

=== errors of two kinds in one file are all reported, in row order
$ rkt eval main.rkt --data d.csv --format json
--- main.rkt < fixtures/layanan.rkt
--- d.csv
kode,periode,nilai
IKSP9,2025,abc
IKSP3,2025-TW1,6112
IKSP3,2025-TW1,6113
IKSP4,2025-TW1,1
IKSP3,2019-TW2,1
--- exit 1
--- stdout
--- stderr
d.csv:2:12: error[E402]: nilai 'abc' is not a number (digits with '.' for decimals, e.g. 81.5)
    2 | IKSP9,2025,abc
      |            ^~~
d.csv:4:7: error[E405]: duplicate row: IKSP3 2025-TW1 was already given at d.csv:3
    4 | IKSP3,2025-TW1,6113
      |       ^~~~~~~~
d.csv:5:1: error[E401]: unknown code 'IKSP4': neither an indicator of R nor a data series; did you mean 'IKSP3'?
    5 | IKSP4,2025-TW1,1
      | ^~~~~
d.csv:6:7: error[E404]: periode 2019-TW2 is outside the years plan R reads: 2025, its plan year, and 2020-2024, the 5 years of history before it; remove the row, or correct its year
    6 | IKSP3,2019-TW2,1
      |       ^~~~~~~~
