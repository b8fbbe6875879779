# Golden tests of the data family (E400-E410, W401): realisation data read
# by `rkt eval`, located at file:line:col of the row at fault and printed
# on stderr in the human form.  A data file with errors gives no results
# (stdout empty, exit 1).  Catalogue: docs/diagnostics.md.  Format:
# tests/golden/run.sh.

=== E400 a data file that cannot be read (exit 2)
$ rkt eval main.rkt --data tidak-ada.csv
--- main.rkt < fixtures/layanan-iksp3.rkt
--- exit 2
--- stdout
--- stderr
rkt: error[E400]: cannot read 'tidak-ada.csv': No such file or directory

=== E400 a data file over the limit of one file is refused before it is read (exit 2)
# A sparse file of 1200 MiB: its size is known, so nothing is read.
$ truncate -s 1200M besar.csv
$ rkt eval main.rkt --data besar.csv
--- main.rkt < fixtures/layanan-iksp3.rkt
--- exit 2
--- stdout
--- stderr
rkt: error[E400]: cannot read 'besar.csv': it has more than 1073741824 bytes, the limit for one file

=== E401 E403 E404 E405 E406 E407 E409 E410: every error of the file, each at its row
$ rkt eval main.rkt --data realisasi.csv
--- main.rkt < fixtures/layanan-iksp3.rkt
--- realisasi.csv
kode,periode,nilai
IKSP3,2025-TW1,6112
IKSP33,2025-TW2,6000
IKSP3,2025-TW5,1
IKSP3,TW2,5
IKSP3,2019-TW1,1
IKSP3,2025-TW1,6113
IKSP3,2025-01,5
IKSP3,2025-TW3,6.5
IKSP3,2025-TW4,6,5
IKSP3,2025-TW4,abc
IKSP3,"2025-TW4,3
--- exit 1
--- stdout
--- stderr
realisasi.csv:3:1: error[E401]: unknown code 'IKSP33': neither an indicator of R nor a data series; did you mean 'IKSP3'?
    3 | IKSP33,2025-TW2,6000
      | ^~~~~~
realisasi.csv:4:7: error[E403]: periode '2025-TW5' is not a period; write the year 2025, a semester 2025-S1..2025-S2, a quarter 2025-TW1..2025-TW4 or a month 2025-01..2025-12
    4 | IKSP3,2025-TW5,1
      |       ^~~~~~~~
realisasi.csv:5:7: error[E403]: periode 'TW2' has no year; a data file writes 2025-TW2
    5 | IKSP3,TW2,5
      |       ^~~
realisasi.csv:6:7: error[E404]: periode 2019-TW1 is outside the years plan R reads: 2025, its plan year, and 2020-2024, the 5 years of history before it; remove the row, or correct its year
    6 | IKSP3,2019-TW1,1
      |       ^~~~~~~~
realisasi.csv:7:7: error[E405]: duplicate row: IKSP3 2025-TW1 was already given at realisasi.csv:2
    7 | IKSP3,2025-TW1,6113
      |       ^~~~~~~~
realisasi.csv:8:7: error[E406]: IKSP3 2025-01 overlaps 2025-TW1 given at realisasi.csv:2; a period and a part of it would count twice
    8 | IKSP3,2025-01,5
      |       ^~~~~~~
realisasi.csv:9:16: error[E407]: nilai 6.5 of IKSP3 is not a whole number, but satuan 'sertifikat' counts
    9 | IKSP3,2025-TW3,6.5
      |                ^~~
realisasi.csv:10:18: error[E409]: this row has 4 fields but the header has 3 (a text containing ',' must be quoted)
   10 | IKSP3,2025-TW4,6,5
      |                  ^
realisasi.csv:11:16: error[E402]: nilai 'abc' is not a number (digits with '.' for decimals, e.g. 81.5)
   11 | IKSP3,2025-TW4,abc
      |                ^~~
realisasi.csv:12:7: error[E410]: unterminated quote: the quoted field opened here is never closed (a quote inside a quoted field is written "")
   12 | IKSP3,"2025-TW4,3
      |       ^

=== E402 Indonesian number format read without --angka id
$ rkt eval main.rkt --data realisasi.csv
--- main.rkt < fixtures/layanan-i1.rkt
--- realisasi.csv
kode;periode;nilai
I1;2025;81,5
--- exit 1
--- stdout
--- stderr
realisasi.csv:2:9: error[E402]: nilai '81,5' is not a number (digits with '.' for decimals, e.g. 81.5); it looks like Indonesian number format: read the file with --angka id
    2 | I1;2025;81,5
      |         ^~~~

=== E402 with --angka id a group must have three digits
$ rkt eval main.rkt --data realisasi.csv --angka id
--- main.rkt < fixtures/layanan-iksp3.rkt
--- realisasi.csv
kode;periode;nilai
IKSP3;2025;25.9
--- exit 1
--- stdout
--- stderr
realisasi.csv:2:12: error[E402]: nilai '25.9' is not a number in Indonesian format (--angka id: '.' groups thousands in threes, ',' marks decimals, e.g. 25.945 or 81,5); without --angka id it reads as 25.9
    2 | IKSP3;2025;25.9
      |            ^~~~

=== E408 a header without a required column
$ rkt eval main.rkt --data realisasi.csv
--- main.rkt < fixtures/layanan-i1.rkt
--- realisasi.csv
kode;periode;realisasi
I1;2025;81
--- exit 1
--- stdout
--- stderr
realisasi.csv:1:1: error[E408]: the header lacks the required column 'nilai' (a data file needs kode, periode and nilai; found: kode;periode;realisasi)
    1 | kode;periode;realisasi
      | ^~~~~~~~~~~~~~~~~~~~~~

=== E408 a column named twice
$ rkt eval main.rkt --data realisasi.csv
--- main.rkt < fixtures/layanan-i1.rkt
--- realisasi.csv
kode,periode,nilai,kode
I1,2025,81,I1
--- exit 1
--- stdout
--- stderr
realisasi.csv:1:20: error[E408]: column 'kode' appears twice in the header (columns 1 and 4)
    1 | kode,periode,nilai,kode
      |                    ^~~~

=== E408 an empty data file
$ : > realisasi.csv
$ rkt eval main.rkt --data realisasi.csv
--- main.rkt < fixtures/layanan-i1.rkt
--- exit 1
--- stdout
--- stderr
realisasi.csv:1:1: error[E408]: the data file has no header row; the first line names the columns: kode, periode, nilai (and optionally rencana, pelaksana, keterangan)
    1 |
      | ^

=== E410 text after a closing quote
$ rkt eval main.rkt --data realisasi.csv
--- main.rkt < fixtures/layanan-i1.rkt
--- realisasi.csv
kode,periode,nilai
I1,2025,"81"5
--- exit 1
--- stdout
--- stderr
realisasi.csv:2:13: error[E410]: unexpected text '5' after the closing quote of a quoted field (a quote inside a quoted field is written "")
    2 | I1,2025,"81"5
      |             ^

=== W401 a division by zero inside an expression
$ rkt eval main.rkt --data realisasi.csv >/dev/null
--- main.rkt
satuan persen : persen
data a "Pembilang" satuan persen
data b "Penyebut" satuan persen
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Layanan" {
    indikator I1 "Rasio" { satuan persen target 80 realisasi = a / b * 100 }
  }
}
--- realisasi.csv
kode,periode,nilai
a,2025,5
b,2025,0
--- exit 0
--- stderr
main.rkt:7:64: warning[W401]: division by zero: the value is kosong
    7 |     indikator I1 "Rasio" { satuan persen target 80 realisasi = a / b * 100 }
      |                                                                ^~~~~

=== E414 a value outside its unit's range, and its fix
# the persen IKSP9 reads 0..100 (its unit gives no range); a count is never below 0
$ rkt eval main.rkt --data d.csv
$ rkt eval main.rkt --data fixed.csv --format csv
--- main.rkt < fixtures/layanan.rkt
--- d.csv
kode,periode,nilai
IKSP9,2025,1075.8
--- fixed.csv
kode,periode,nilai
IKSP9,2025,75.8
--- exit 0
--- stdout
kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat,pelaksana,jenis,anggaran,realisasi_anggaran,serapan
IKSP3,SP1,Media,sertifikat,maksimal,jumlah,25945,,,,,indikator,,,
IKSP9,SP1,Kepuasan,persen,maksimal,terakhir,80,75.8,94.75,,,indikator,,,
--- stderr
d.csv:2:12: error[E414]: nilai 1075.8 of IKSP9 is outside the range 0..100 of satuan 'persen'
    2 | IKSP9,2025,1075.8
      |            ^~~~~~
