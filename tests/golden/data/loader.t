# The data loader (E401-E409): moved from tests/unit/test_data.c (the test
# each comes from in the title's brackets), on the same data files.  The
# test built its Model by hand: model.rkt (fixtures/data/model.rkt) declares
# the same, units sertifikat (cacah), persen and nilai, plans RKT_A (IKSP1,
# IKSP2, IKSP3) and RKT_B, and the data series ikm_u1, and the data is read
# for RKT_A as the test read it.  A file with errors gives no results (stdout
# empty, exit 1).  Format: tests/golden/run.sh.

=== columns in any order and case, blanks around a name, other columns ignored [test_columns_any_order_and_case]
$ rkt explain --rencana RKT_A model.rkt --data a.csv IKSP1 | sed -n '1,2p;/^realisasi$/,/^$/p'
--- model.rkt < fixtures/data/model.rkt
--- a.csv
Keterangan,NILAI,Periode, kode ,pelaksana,satuan
catatan,12,2025-01,IKSP1,Seksi A,dokumen
--- stdout
indikator IKSP1: Satu
  sasaran SP1, rencana RKT_A, periode 2025
realisasi
  2025-01   12 (a.csv:2)
  jumlah: 12 = 12

=== blank lines and rows of empty fields are skipped; the last row needs no newline [test_blank_lines_and_empty_rows]
# The file (fixtures/data/baris-kosong.csv) starts with an empty line and
# ends without a newline.  No other code has an observation.
$ rkt explain --rencana RKT_A model.rkt --data a.csv IKSP1 | sed -n '1,2p;/^realisasi$/,/^$/p'
$ rkt eval --rencana RKT_A --format csv model.rkt --data a.csv
--- model.rkt < fixtures/data/model.rkt
--- a.csv < fixtures/data/baris-kosong.csv
--- stdout
indikator IKSP1: Satu
  sasaran SP1, rencana RKT_A, periode 2025
realisasi
  2025-01   1 (a.csv:4)
  2025-02   2 (a.csv:8)
  jumlah: 1 + 2 = 3

kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat,pelaksana,jenis,anggaran,realisasi_anggaran,serapan
IKSP1,SP1,Satu,sertifikat,maksimal,jumlah,100,3,3,,,indikator,,,
IKSP2,SP1,Dua,persen,maksimal,terakhir,80,,,,,indikator,,,
IKSP3,SP1,Tiga,sertifikat,maksimal,jumlah,100,,,,,indikator,,,

=== E401 an unknown code, with its nearest; an empty kode; the same unknown code again [test_e401_unknown_code]
$ rkt eval --rencana RKT_A model.rkt --data e.csv
--- model.rkt < fixtures/data/model.rkt
--- e.csv
periode,kode,nilai
2025,IKS3,1
2025,ZZZZZZ,1
2025,,1
2025,IKS3,2
--- exit 1
--- stdout
--- stderr
e.csv:2:6: error[E401]: unknown code 'IKS3': neither an indicator of RKT_A nor a data series; did you mean 'IKSP3'?
    2 | 2025,IKS3,1
      |      ^~~~
e.csv:3:6: error[E401]: unknown code 'ZZZZZZ': neither an indicator of RKT_A nor a data series
    3 | 2025,ZZZZZZ,1
      |      ^~~~~~
e.csv:4:6: error[E401]: this row has no kode
    4 | 2025,,1
      |      ^
e.csv:5:6: error[E401]: unknown code 'IKS3': neither an indicator of RKT_A nor a data series; did you mean 'IKSP3'?
    5 | 2025,IKS3,2
      |      ^~~~

=== E402 E409 numbers that are not, with the hint of --angka id where it fits [test_e402_bad_number]
$ rkt eval --rencana RKT_A model.rkt --data e.csv
--- model.rkt < fixtures/data/model.rkt
--- e.csv
kode,periode,nilai
IKSP2,2025-01,81,5
IKSP2,2025-02,"81,5"
IKSP2,2025-03,abc
IKSP2,2025-04,1e5
IKSP2,2025-05,1.234.567
IKSP2,2025-06,"25,945"
--- exit 1
--- stdout
--- stderr
e.csv:2:18: error[E409]: this row has 4 fields but the header has 3 (a text containing ',' must be quoted)
    2 | IKSP2,2025-01,81,5
      |                  ^
e.csv:3:15: error[E402]: nilai '81,5' is not a number (digits with '.' for decimals, e.g. 81.5); it looks like Indonesian number format: read the file with --angka id
    3 | IKSP2,2025-02,"81,5"
      |               ^~~~~~
e.csv:4:15: error[E402]: nilai 'abc' is not a number (digits with '.' for decimals, e.g. 81.5)
    4 | IKSP2,2025-03,abc
      |               ^~~
e.csv:5:15: error[E402]: nilai '1e5' is not a number (digits with '.' for decimals, e.g. 81.5)
    5 | IKSP2,2025-04,1e5
      |               ^~~
e.csv:6:15: error[E402]: nilai '1.234.567' is not a number (digits with '.' for decimals, e.g. 81.5); it looks like Indonesian number format: read the file with --angka id
    6 | IKSP2,2025-05,1.234.567
      |               ^~~~~~~~~
e.csv:7:15: error[E402]: nilai '25,945' is not a number: if ',' groups thousands, write the digits without it; if it is the decimal comma, read the file with --angka id
    7 | IKSP2,2025-06,"25,945"
      |               ^~~~~~~~

=== E404 a period outside the plan year [test_e404_outside_year]
$ rkt eval --rencana RKT_A model.rkt --data e.csv
--- model.rkt < fixtures/data/model.rkt
--- e.csv
kode,periode,nilai
IKSP1,2025-01,1
IKSP1,2019-TW4,1
--- exit 1
--- stdout
--- stderr
e.csv:3:7: error[E404]: periode 2019-TW4 is outside the years plan RKT_A reads: 2025, its plan year, and 2020-2024, the 5 years of history before it; remove the row, or correct its year
    3 | IKSP1,2019-TW4,1
      |       ^~~~~~~~

=== E407 a fraction for a counting unit; the row is kept, so a later one duplicates it [test_e407_not_whole]
$ rkt eval --rencana RKT_A model.rkt --data e.csv
--- model.rkt < fixtures/data/model.rkt
--- e.csv
kode,periode,nilai
IKSP1,2025-TW1,25.945
IKSP1,2025-TW2,2.5
IKSP2,2025-TW1,2.5
IKSP1,2025-TW2,3
--- exit 1
--- stdout
--- stderr
e.csv:2:16: error[E407]: nilai 25.945 of IKSP1 is not a whole number, but satuan 'sertifikat' counts; if it means 25945, read the file with --angka id
    2 | IKSP1,2025-TW1,25.945
      |                ^~~~~~
e.csv:3:16: error[E407]: nilai 2.5 of IKSP1 is not a whole number, but satuan 'sertifikat' counts
    3 | IKSP1,2025-TW2,2.5
      |                ^~~
e.csv:5:7: error[E405]: duplicate row: IKSP1 2025-TW2 was already given at e.csv:3
    5 | IKSP1,2025-TW2,3
      |       ^~~~~~~~

=== E408 headers: a column missing, one named twice, no header row, no separator [test_e408_header]
# h3.csv is empty and h4.csv two empty lines.
$ rkt eval --rencana RKT_A model.rkt --data h1.csv
$ rkt eval --rencana RKT_A model.rkt --data h2.csv
$ : > h3.csv
$ rkt eval --rencana RKT_A model.rkt --data h3.csv
$ printf '\n\n' > h4.csv
$ rkt eval --rencana RKT_A model.rkt --data h4.csv
$ rkt eval --rencana RKT_A model.rkt --data h5.csv
--- model.rkt < fixtures/data/model.rkt
--- h1.csv
kode,nilai,keterangan
IKSP1,1,x
--- h2.csv
kode,periode,nilai,KODE
--- h5.csv
kode periode nilai
--- exit 1
--- stdout
--- stderr
h1.csv:1:1: error[E408]: the header lacks the required column 'periode' (a data file needs kode, periode and nilai; found: kode,nilai,keterangan)
    1 | kode,nilai,keterangan
      | ^~~~~~~~~~~~~~~~~~~~~
h2.csv:1:20: error[E408]: column 'kode' appears twice in the header (columns 1 and 4)
    1 | kode,periode,nilai,KODE
      |                    ^~~~
h3.csv:1:1: error[E408]: the data file has no header row; the first line names the columns: kode, periode, nilai (and optionally rencana, pelaksana, keterangan)
    1 |
      | ^
h4.csv:3:1: error[E408]: the data file has no header row; the first line names the columns: kode, periode, nilai (and optionally rencana, pelaksana, keterangan)
    3 |
      | ^
h5.csv:1:1: error[E408]: the header lacks the required column 'kode' (a data file needs kode, periode and nilai; found: kode periode nilai)
    1 | kode periode nilai
      | ^~~~~~~~~~~~~~~~~~
h5.csv:1:1: error[E408]: the header lacks the required column 'periode' (a data file needs kode, periode and nilai; found: kode periode nilai)
    1 | kode periode nilai
      | ^~~~~~~~~~~~~~~~~~
h5.csv:1:1: error[E408]: the header lacks the required column 'nilai' (a data file needs kode, periode and nilai; found: kode periode nilai)
    1 | kode periode nilai
      | ^~~~~~~~~~~~~~~~~~

=== every error of a file, in order, none stopping the others [test_all_errors_reported]
$ rkt eval --rencana RKT_A model.rkt --data e.csv
--- model.rkt < fixtures/data/model.rkt
--- e.csv
kode,periode,nilai
NOPE,2025-13,abc
IKSP1,2026,2.5
IKSP1,2025-TW1,1
IKSP1,2025-01,1
--- exit 1
--- stdout
--- stderr
e.csv:2:1: error[E401]: unknown code 'NOPE': neither an indicator of RKT_A nor a data series
    2 | NOPE,2025-13,abc
      | ^~~~
e.csv:2:6: error[E403]: periode '2025-13' is not a period; write the year 2025, a semester 2025-S1..2025-S2, a quarter 2025-TW1..2025-TW4 or a month 2025-01..2025-12
    2 | NOPE,2025-13,abc
      |      ^~~~~~~
e.csv:2:14: error[E402]: nilai 'abc' is not a number (digits with '.' for decimals, e.g. 81.5)
    2 | NOPE,2025-13,abc
      |              ^~~
e.csv:3:7: error[E404]: periode 2026 is outside the years plan RKT_A reads: 2025, its plan year, and 2020-2024, the 5 years of history before it; a row of 2026 belongs to the data of a plan of that year
    3 | IKSP1,2026,2.5
      |       ^~~~
e.csv:3:12: error[E407]: nilai 2.5 of IKSP1 is not a whole number, but satuan 'sertifikat' counts
    3 | IKSP1,2026,2.5
      |            ^~~
e.csv:5:7: error[E406]: IKSP1 2025-01 overlaps 2025-TW1 given at e.csv:4; a period and a part of it would count twice
    5 | IKSP1,2025-01,1
      |       ^~~~~~~
