# Kosong: no value, which is never a zero (LANGUAGE.md §4.4, §4.5).
# Cases moved from tests/unit/test_eval.c (the test each comes from in the
# title's brackets), on the same plan and data: `rkt explain`
# shows each value the test asserted, unrounded, with how it was obtained
# (observations, consolidation, target, formula, batas, weights, predikat);
# `rkt eval --format table` shows kosong as "-" and the sasaran without data.
# prelude.rkt (fixtures/eval/prelude.rkt) is the units and skala P every test
# of test_eval.c had in front of its plan; its unused names only warn, and
# stderr is compared only where a case is about a warning.  Format:
# tests/golden/run.sh.

=== a kosong indicator is left out of the sasaran, a sasaran without capaian out of the plan, each listed as without data [test_kosong_roll_up_and_tanpa_data]
$ rkt explain prelude.rkt t.rkt --data d.csv I2
$ rkt explain prelude.rkt t.rkt --data d.csv S1
$ rkt explain prelude.rkt t.rkt --data d.csv S2
$ rkt explain prelude.rkt t.rkt --data d.csv R
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "a" {
    indikator I1 "a" { satuan skor target 100 }
    indikator I2 "b" { satuan skor target 100 }
    indikator I3 "c" { satuan skor target 100 }
  }
  sasaran S2 "b" {
    indikator I4 "d" { satuan skor target 100 }
  }
  sasaran S3 "c" {
    indikator I5 "e" { satuan skor target 100 }
  }
}
--- d.csv
kode,periode,nilai
I1,2025,80
I3,2025,90
I5,2025,60
--- stdout
indikator I2: b
  sasaran S1, rencana R, periode 2025
  satuan skor, polaritas maksimal, konsolidasi terakhir, bobot 1

realisasi
  no observation through 2025: kosong

target
  annual target 100 (t.rkt:5)

capaian
  kosong: no realisasi

predikat
  none: no scale given
sasaran S1: a
  rencana R, periode 2025, bobot 1

indikator
  I1         capaian 80, bobot 1
  I2         capaian kosong: left out (tanpa data)
  I3         capaian 90, bobot 1

capaian
  weighted mean: (1 × 80 + 1 × 90) / 2
  = 170 / 2 = 85
  before rounding 85, after rounding 85

predikat
  none: no scale given

tanpa data: I2
sasaran S2: b
  rencana R, periode 2025, bobot 1

indikator
  I4         capaian kosong: left out (tanpa data)

capaian
  no part has a capaian: kosong

predikat
  none: no scale given

tanpa data: I4
rencana R: Rencana
  rkt, tahun 2025, periode 2025

sasaran
  S1         capaian 85, bobot 1
  S2         capaian kosong: left out (tanpa data)
  S3         capaian 60, bobot 1

capaian
  weighted mean: (1 × 85 + 1 × 60) / 2
  = 145 / 2 = 72.5 → 72.50
  before rounding 72.5, after rounding 72.50

predikat
  none: no scale given

sasaran tanpa data: S2

=== a plan without data: sasaran and plan kosong, no predikat [test_kosong_plan_without_data]
$ rkt explain prelude.rkt t.rkt S1
$ rkt explain prelude.rkt t.rkt R
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Sasaran" {
    indikator I1 "a" { satuan skor target 100 }
  }
}
--- stdout
sasaran S1: Sasaran
  rencana R, periode 2025, bobot 1

indikator
  I1         capaian kosong: left out (tanpa data)

capaian
  no part has a capaian: kosong

predikat
  none: no scale given

tanpa data: I1
rencana R: Rencana
  rkt, tahun 2025, periode 2025

sasaran
  S1         capaian kosong: left out (tanpa data)

capaian
  no part has a capaian: kosong

predikat
  none: no scale given

sasaran tanpa data: S1

=== arithmetic on kosong is kosong, x 0 included [test_kosong_arithmetic]
$ for k in D1 D2 D3 DC DD; do rkt explain prelude.rkt t.rkt --data d.csv $k | sed -n '1,2p;/^realisasi$/,/^$/p'; done
$ rkt explain prelude.rkt t.rkt --data d.csv D1 | sed -n '/^capaian$/,/^$/p'
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt < fixtures/eval/kosong.rkt
--- d.csv
kode,periode,nilai
I1,2025,8
--- stdout
indikator D1: a
  sasaran S1, rencana R, periode 2025
realisasi
  derived: realisasi = I2 + 1 (t.rkt:7)
  = kosong

indikator D2: b
  sasaran S1, rencana R, periode 2025
realisasi
  derived: realisasi = -I2 (t.rkt:8)
  = kosong

indikator D3: c
  sasaran S1, rencana R, periode 2025
realisasi
  derived: realisasi = I2 * 0 (t.rkt:9)
  = kosong

indikator DC: l
  sasaran S1, rencana R, periode 2025
realisasi
  derived: realisasi = abs(I2) (t.rkt:18)
  = kosong

indikator DD: m
  sasaran S1, rencana R, periode 2025
realisasi
  derived: realisasi = bulat(I2, 1) (t.rkt:19)
  = kosong

capaian
  kosong: no realisasi

=== jumlah, rata, min and maks skip kosong arguments [test_kosong_folds]
# The plan, I1 with data, I2 and I3 kosong, and D1..DD derived from them, is
# fixtures/eval/kosong.rkt.
$ for k in D4 D5 D6 D7; do rkt explain prelude.rkt t.rkt --data d.csv $k | sed -n '1,2p;/^realisasi$/,/^$/p'; done
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt < fixtures/eval/kosong.rkt
--- d.csv
kode,periode,nilai
I1,2025,8
--- stdout
indikator D4: d
  sasaran S1, rencana R, periode 2025
realisasi
  derived: realisasi = jumlah(I1, I2, 5) (t.rkt:10)
  = 13

indikator D5: e
  sasaran S1, rencana R, periode 2025
realisasi
  derived: realisasi = rata(I1, I2, 5) (t.rkt:11)
  = 6.5 → 6.50

indikator D6: f
  sasaran S1, rencana R, periode 2025
realisasi
  derived: realisasi = min(I2, I1, 5) (t.rkt:12)
  = 5

indikator D7: g
  sasaran S1, rencana R, periode 2025
realisasi
  derived: realisasi = maks(I2, I1, 5) (t.rkt:13)
  = 8

=== jumlah, rata, min and maks of kosong arguments only are kosong [test_kosong_folds]
$ for k in D8 D9 DA DB; do rkt explain prelude.rkt t.rkt --data d.csv $k | sed -n '1,2p;/^realisasi$/,/^$/p'; done
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt < fixtures/eval/kosong.rkt
--- d.csv
kode,periode,nilai
I1,2025,8
--- stdout
indikator D8: h
  sasaran S1, rencana R, periode 2025
realisasi
  derived: realisasi = jumlah(I2, I3) (t.rkt:14)
  = kosong

indikator D9: i
  sasaran S1, rencana R, periode 2025
realisasi
  derived: realisasi = rata(I2, I3) (t.rkt:15)
  = kosong

indikator DA: j
  sasaran S1, rencana R, periode 2025
realisasi
  derived: realisasi = min(I2, I3) (t.rkt:16)
  = kosong

indikator DB: k
  sasaran S1, rencana R, periode 2025
realisasi
  derived: realisasi = maks(I2, I3) (t.rkt:17)
  = kosong

=== min and maks start from the first value present, not from 0 [test_min_maks_negative]
$ for k in D1 D2 D3; do rkt explain prelude.rkt t.rkt --data d.csv $k | sed -n '1,2p;/^realisasi$/,/^$/p'; done
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Sasaran" {
    indikator I1 "a" { satuan skor target 10 }
    indikator D1 "b" { satuan skor target 10 realisasi = maks(I1, -7) }
    indikator D2 "c" { satuan skor target 10 realisasi = min(3, I1) }
    indikator D3 "d" { satuan skor target 10 realisasi = jumlah(-2, I1) }
  }
}
--- d.csv
kode,periode,nilai
I1,2025,-3
--- stdout
indikator D1: b
  sasaran S1, rencana R, periode 2025
realisasi
  derived: realisasi = maks(I1, -7) (t.rkt:5)
  = -3

indikator D2: c
  sasaran S1, rencana R, periode 2025
realisasi
  derived: realisasi = min(3, I1) (t.rkt:6)
  = -3

indikator D3: d
  sasaran S1, rencana R, periode 2025
realisasi
  derived: realisasi = jumlah(-2, I1) (t.rkt:7)
  = -5
