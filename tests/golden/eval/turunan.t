# Derived indicators and fungsi (LANGUAGE.md §4.5).
# Cases moved from tests/unit/test_eval.c (the test each comes from in the
# title's brackets), on the same plan and data: `rkt explain`
# shows each value the test asserted, unrounded, with how it was obtained
# (observations, consolidation, target, formula, batas, weights, predikat);
# `rkt eval --format table` shows kosong as "-" and the sasaran without data.
# prelude.rkt (fixtures/eval/prelude.rkt) is the units and skala P every test
# of test_eval.c had in front of its plan; its unused names only warn, and
# stderr is compared only where a case is about a warning.  Format:
# tests/golden/run.sh.

=== derived from data series, each consolidated by its own unit or konsolidasi [test_derived_from_series]
$ rkt explain prelude.rkt t.rkt --data d.csv D
$ rkt explain prelude.rkt t.rkt --data d.csv E
$ rkt explain --periode 2025-TW1 prelude.rkt t.rkt --data d.csv D | sed -n '1,2p;/^realisasi$/,/^$/p'
$ rkt explain --periode 2025-TW1 prelude.rkt t.rkt --data d.csv E | sed -n '1,2p;/^realisasi$/,/^$/p'
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt
data a "A" satuan buah
data b "B" satuan skor
data c "C" satuan skor { konsolidasi rata }
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "a" {
    indikator D "turunan" { satuan skor target 20 realisasi = a + b }
    indikator E "rata" { satuan skor target 4 realisasi = c }
  }
}
--- d.csv
kode,periode,nilai
a,2025-TW1,3
a,2025-TW2,4
b,2025-TW1,10
b,2025-TW2,12
c,2025-TW1,3
c,2025-TW2,4
--- stdout
indikator D: turunan
  sasaran S1, rencana R, periode 2025
  satuan skor, polaritas maksimal, konsolidasi terakhir, bobot 1

realisasi
  derived: realisasi = a + b (t.rkt:7)
  = 19

target
  annual target 20 (t.rkt:7)

capaian
  maksimal: R / T × 100 = 19 / 20 × 100 = 95
  before rounding 95, after rounding 95

predikat
  none: no scale given
indikator E: rata
  sasaran S1, rencana R, periode 2025
  satuan skor, polaritas maksimal, konsolidasi terakhir, bobot 1

realisasi
  derived: realisasi = c (t.rkt:8)
  = 3.5 → 3.50

target
  annual target 4 (t.rkt:8)

capaian
  maksimal: R / T × 100 = 3.5 / 4 × 100 = 87.5 → 87.50
  before rounding 87.5, after rounding 87.50

predikat
  none: no scale given
indikator D: turunan
  sasaran S1, rencana R, periode 2025-TW1
realisasi
  derived: realisasi = a + b (t.rkt:7)
  = 13

indikator E: rata
  sasaran S1, rencana R, periode 2025-TW1
realisasi
  derived: realisasi = c (t.rkt:8)
  = 3

=== derived from indicators, through a period, and from a derived one [test_derived_from_indicators]
$ rkt explain prelude.rkt t.rkt --data d.csv D1
$ rkt explain prelude.rkt t.rkt --data d.csv D2 | sed -n '1,2p;/^realisasi$/,/^$/p'
$ rkt explain prelude.rkt t.rkt --data d.csv D3 | sed -n '1,2p;/^realisasi$/,/^$/p'
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Sasaran" {
    indikator I1 "a" { satuan buah target 10 }
    indikator I2 "b" { satuan buah target 10 }
    indikator D1 "c" { satuan skor target 50 realisasi = I1 / (I1 + I2) * 100 }
    indikator D2 "d" { satuan skor target 10 realisasi = realisasi(I1) + realisasi(I2, TW1) }
    indikator D3 "e" { satuan skor target 10 realisasi = D1 / 10 }
  }
}
--- d.csv
kode,periode,nilai
I1,2025-TW1,2
I1,2025-TW2,4
I2,2025-TW1,1
I2,2025-TW2,3
--- stdout
indikator D1: c
  sasaran S1, rencana R, periode 2025
  satuan skor, polaritas maksimal, konsolidasi terakhir, bobot 1

realisasi
  derived: realisasi = I1 / (I1 + I2) * 100 (t.rkt:6)
  = 60

target
  annual target 50 (t.rkt:6)

capaian
  maksimal: R / T × 100 = 60 / 50 × 100 = 120
  before rounding 120, after rounding 120

predikat
  none: no scale given
indikator D2: d
  sasaran S1, rencana R, periode 2025
realisasi
  derived: realisasi = realisasi(I1) + realisasi(I2, TW1) (t.rkt:7)
  = 7

indikator D3: e
  sasaran S1, rencana R, periode 2025
realisasi
  derived: realisasi = D1 / 10 (t.rkt:8)
  = 6

=== fungsi calling fungsi, jika in a fungsi, a fungsi in a capaian formula [test_fungsi]
$ rkt explain prelude.rkt t.rkt --data d.csv D1 | sed -n '1,2p;/^realisasi$/,/^$/p'
$ rkt explain prelude.rkt t.rkt --data d.csv D2 | sed -n '1,2p;/^realisasi$/,/^$/p'
$ rkt explain prelude.rkt t.rkt --data d.csv D3 | sed -n '/^capaian$/,/^$/p'
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt
fungsi rasio(a, b) = a / b * 100
fungsi persen_dari_50(x) = rasio(x, 50)
fungsi pilih(x, y) = jika x > y maka x lainnya y
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "a" {
    indikator I1 "a" { satuan skor target 10 }
    indikator D1 "b" { satuan skor target 10 realisasi = persen_dari_50(I1) }
    indikator D2 "c" { satuan skor target 10 realisasi = pilih(I1, 30) }
    indikator D3 "d" { satuan skor target 10 capaian = rasio(realisasi, target) / 2 }
  }
}
--- d.csv
kode,periode,nilai
I1,2025,40
D3,2025,5
--- stdout
indikator D1: b
  sasaran S1, rencana R, periode 2025
realisasi
  derived: realisasi = persen_dari_50(I1) (t.rkt:8)
  = 80

indikator D2: c
  sasaran S1, rencana R, periode 2025
realisasi
  derived: realisasi = pilih(I1, 30) (t.rkt:9)
  = 40

capaian
  capaian = rasio(realisasi, target) / 2 (t.rkt:10)
  = 25
  before rounding 25, after rounding 25
