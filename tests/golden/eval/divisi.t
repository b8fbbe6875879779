# Division by zero and values out of range (W401, LANGUAGE.md §4.5).
# Cases moved from tests/unit/test_eval.c (the test each comes from in the
# title's brackets), on the same plan and data: `rkt explain`
# shows each value the test asserted, unrounded, with how it was obtained
# (observations, consolidation, target, formula, batas, weights, predikat);
# `rkt eval --format table` shows kosong as "-" and the sasaran without data.
# prelude.rkt (fixtures/eval/prelude.rkt) is the units and skala P every test
# of test_eval.c had in front of its plan; its unused names only warn, and
# stderr is compared only where a case is about a warning.  Format:
# tests/golden/run.sh.

=== W401 a division by zero is kosong, with one warning at the division however often it is evaluated [test_div_zero_warning]
# I1's expression is evaluated for its realisasi, for I2's capaian and by the rule.
$ rkt eval --format table prelude.rkt t.rkt --data d.csv
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt
data a "A" satuan skor
data b "B" satuan skor
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "a" {
    indikator I1 "rasio" { satuan skor target 10 realisasi = a / b * 100 }
    indikator I2 "c" { satuan skor target 10 capaian = realisasi / target * 100 + I1 }
  }
}
aturan "r" {
  jika realisasi(I1) > 0 atau realisasi(I1, TW1) > 0 atau ada(I1)
  maka info "x"
}
--- d.csv
kode,periode,nilai
a,2025,5
b,2025,0
I2,2025,5
--- stdout
S1  a  capaian -
Kode  Uraian  Satuan  Target  Realisasi  Capaian %  Predikat
I1    rasio   skor        10          -          -  -
I2    c       skor        10          5          -  -
tanpa data: I1, I2

Capaian R (2025): -
sasaran tanpa data: S1

Temuan: tidak ada
--- stderr
prelude.rkt:1:8: warning[W003]: satuan 'buah' is declared but never used
    1 | satuan buah : cacah
      |        ^~~~
prelude.rkt:3:8: warning[W003]: satuan 'pct' is declared but never used
    3 | satuan pct : persen
      |        ^~~
prelude.rkt:4:7: warning[W003]: skala 'P' is declared but never used
    4 | skala P {
      |       ^
t.rkt:6:62: warning[W401]: division by zero: the value is kosong
    6 |     indikator I1 "rasio" { satuan skor target 10 realisasi = a / b * 100 }
      |                                                              ^~~~~

=== W401 divisions by zero: one warning at each, a fungsi's at each call that led there, naming the indicator and the fungsi (LANGUAGE.md §4.5) [test_div_zero_each_expression_once]
$ rkt eval --format table prelude.rkt t.rkt --data d.csv
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt
fungsi bagi(x, y) = x / y
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "a" {
    indikator I1 "a" { satuan skor target 10 }
    indikator D1 "b" { satuan skor target 10 realisasi = bagi(I1, 0) }
    indikator D2 "c" { satuan skor target 10 realisasi = bagi(I1, I1 - I1) }
    indikator D3 "d" { satuan skor target 10 realisasi = I1 / (I1 - 8) }
  }
}
--- d.csv
kode,periode,nilai
I1,2025,8
--- stdout
S1  a  capaian 80
Kode  Uraian  Satuan  Target  Realisasi  Capaian %  Predikat
I1    a       skor        10          8         80  -
D1    b       skor        10          -          -  -
D2    c       skor        10          -          -  -
D3    d       skor        10          -          -  -
tanpa data: D1, D2, D3

Capaian R (2025): 80

Temuan: tidak ada
--- stderr
prelude.rkt:1:8: warning[W003]: satuan 'buah' is declared but never used
    1 | satuan buah : cacah
      |        ^~~~
prelude.rkt:3:8: warning[W003]: satuan 'pct' is declared but never used
    3 | satuan pct : persen
      |        ^~~
prelude.rkt:4:7: warning[W003]: skala 'P' is declared but never used
    4 | skala P {
      |       ^
t.rkt:6:58: warning[W401]: division by zero in fungsi 'bagi', called for indikator 'D1': the value is kosong
    6 |     indikator D1 "b" { satuan skor target 10 realisasi = bagi(I1, 0) }
      |                                                          ^~~~~~~~~~~
t.rkt:7:58: warning[W401]: division by zero in fungsi 'bagi', called for indikator 'D2': the value is kosong
    7 |     indikator D2 "c" { satuan skor target 10 realisasi = bagi(I1, I1 - I1) }
      |                                                          ^~~~~~~~~~~~~~~~~
t.rkt:8:58: warning[W401]: division by zero: the value is kosong
    8 |     indikator D3 "d" { satuan skor target 10 realisasi = I1 / (I1 - 8) }
      |                                                          ^~~~~~~~~~~~~

=== W401 fixed bug: a static rule dividing by zero warned once for each plan [bug_div_zero_once_across_plans]
# Each evaluation of a plan kept its own list of warned locations, so check
# (which evaluates the static rule for R and for Q) printed the W401 twice.
$ rkt eval --rencana R prelude.rkt t.rkt >/dev/null
$ rkt check prelude.rkt t.rkt
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt
rkt R "Satu" {
  tahun 2025
  sasaran S1 "a" {
    indikator I1 "a" { satuan skor target 80 }
    indikator I2 "b" { satuan skor target 0 }
  }
}
rkt Q "Dua" {
  tahun 2025
  sasaran S1 "a" {
    indikator I1 "a" { satuan skor target 80 }
    indikator I2 "b" { satuan skor target 0 }
  }
}
aturan "s" {
  jika target(I1) / target(I2) > 1
  maka info "x"
}
--- stderr
prelude.rkt:1:8: warning[W003]: satuan 'buah' is declared but never used
    1 | satuan buah : cacah
      |        ^~~~
prelude.rkt:3:8: warning[W003]: satuan 'pct' is declared but never used
    3 | satuan pct : persen
      |        ^~~
prelude.rkt:4:7: warning[W003]: skala 'P' is declared but never used
    4 | skala P {
      |       ^
t.rkt:5:43: note[I001]: target 0 uses the rule for a zero target: capaian is 100% when realisasi >= 0, else 0%
    5 |     indikator I2 "b" { satuan skor target 0 }
      |                                           ^
t.rkt:12:43: note[I001]: target 0 uses the rule for a zero target: capaian is 100% when realisasi >= 0, else 0%
   12 |     indikator I2 "b" { satuan skor target 0 }
      |                                           ^
t.rkt:16:8: warning[W401]: division by zero: the value is kosong
   16 |   jika target(I1) / target(I2) > 1
      |        ^~~~~~~~~~~~~~~~~~~~~~~
prelude.rkt:1:8: warning[W003]: satuan 'buah' is declared but never used
    1 | satuan buah : cacah
      |        ^~~~
prelude.rkt:3:8: warning[W003]: satuan 'pct' is declared but never used
    3 | satuan pct : persen
      |        ^~~
prelude.rkt:4:7: warning[W003]: skala 'P' is declared but never used
    4 | skala P {
      |       ^
t.rkt:5:43: note[I001]: target 0 uses the rule for a zero target: capaian is 100% when realisasi >= 0, else 0%
    5 |     indikator I2 "b" { satuan skor target 0 }
      |                                           ^
t.rkt:12:43: note[I001]: target 0 uses the rule for a zero target: capaian is 100% when realisasi >= 0, else 0%
   12 |     indikator I2 "b" { satuan skor target 0 }
      |                                           ^
t.rkt:16:8: warning[W401]: division by zero: the value is kosong
   16 |   jika target(I1) / target(I2) > 1
      |        ^~~~~~~~~~~~~~~~~~~~~~~

=== no warning for a division by a number that is not zero [test_div_nonzero_no_warning]
$ rkt explain prelude.rkt t.rkt --data d.csv D1 | sed -n '1,2p;/^realisasi$/,/^$/p'
$ rkt eval prelude.rkt t.rkt --data d.csv 2>&1 >/dev/null | grep -c W401
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Sasaran" {
    indikator I1 "a" { satuan skor target 10 }
    indikator D1 "b" { satuan skor target 10 realisasi = I1 / 4 }
  }
}
--- d.csv
kode,periode,nilai
I1,2025,10
--- exit 1
--- stdout
indikator D1: b
  sasaran S1, rencana R, periode 2025
realisasi
  derived: realisasi = I1 / 4 (t.rkt:5)
  = 2.5 → 2.50

0

=== fixed bug: a product that overflows is not a value [bug_overflow_is_not_a_value]
# An infinite (or NaN) double came out of the evaluator as a value and every
# renderer aborted on it (exit 134).  Data: 1 followed by 200 zeros.
$ rkt eval --format json prelude.rkt t.rkt --data d.csv
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt
data a "A" satuan skor
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "a" {
    indikator I1 "a" { satuan skor target 80 realisasi = a * a }
    indikator I2 "b" { satuan skor target 80 realisasi = a * a - a * a }
  }
}
--- d.csv
kode,periode,nilai
a,2025,100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
--- stdout
{"rencana":"R","tahun":2025,"periode":"2025","capaian":null,"predikat":null,"anggaran":null,"realisasi_anggaran":null,"serapan":null,"sasaran":[{"kode":"S1","uraian":"a","induk":null,"tingkat":null,"capaian":null,"predikat":null,"tanpa_data":["I1","I2"],"indikator":[{"kode":"I1","uraian":"a","satuan":"skor","polaritas":"maksimal","konsolidasi":"terakhir","target":80,"realisasi":null,"capaian":null,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null},{"kode":"I2","uraian":"b","satuan":"skor","polaritas":"maksimal","konsolidasi":"terakhir","target":80,"realisasi":null,"capaian":null,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null}]}],"program":[],"tujuan":[],"temuan":[]}
