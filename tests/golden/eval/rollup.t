# Weighted roll-ups over unrounded values and predikat on the shown value
# (LANGUAGE.md §4.4, §4.6).
# Cases moved from tests/unit/test_eval.c (the test each comes from in the
# title's brackets), on the same plan and data: `rkt explain`
# shows each value the test asserted, unrounded, with how it was obtained
# (observations, consolidation, target, formula, batas, weights, predikat);
# `rkt eval --format table` shows kosong as "-" and the sasaran without data.
# prelude.rkt (fixtures/eval/prelude.rkt) is the units and skala P every test
# of test_eval.c had in front of its plan; its unused names only warn, and
# stderr is compared only where a case is about a warning.  Format:
# tests/golden/run.sh.

=== a weighted mean of unrounded values: 55.56, where rounding first gives 55.55 [test_rollup_weighted_unrounded]
$ rkt explain prelude.rkt t.rkt --data d.csv S1
$ rkt explain prelude.rkt t.rkt --data d.csv R
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Sasaran" {
    indikator I1 "a" { satuan skor target 3 bobot 2 }
    indikator I2 "b" { satuan skor target 3 bobot 1 }
  }
}
--- d.csv
kode,periode,nilai
I1,2025,1
I2,2025,3
--- stdout
sasaran S1: Sasaran
  rencana R, periode 2025, bobot 1

indikator
  I1         capaian 33.33333333333333 → 33.33, bobot 2
  I2         capaian 100, bobot 1

capaian
  weighted mean: (2 × 33.33333333333333 + 1 × 100) / 3
  = 166.66666666666666 / 3 = 55.55555555555555 → 55.56
  before rounding 55.55555555555555, after rounding 55.56

predikat
  none: no scale given
rencana R: Rencana
  rkt, tahun 2025, periode 2025

sasaran
  S1         capaian 55.55555555555555 → 55.56, bobot 1

capaian
  weighted mean: (1 × 55.55555555555555) / 1
  = 55.55555555555555 / 1 = 55.55555555555555 → 55.56
  before rounding 55.55555555555555, after rounding 55.56

predikat
  none: no scale given

=== the plan: a weighted mean of its sasaran, unrounded [test_rollup_plan_weighted_sasaran]
$ rkt explain prelude.rkt t.rkt --data d.csv S1
$ rkt explain prelude.rkt t.rkt --data d.csv S2
$ rkt explain prelude.rkt t.rkt --data d.csv R
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "a" { bobot 2
    indikator I1 "a" { satuan skor target 3 }
    indikator I2 "b" { satuan skor target 3 }
  }
  sasaran S2 "b" { bobot 1
    indikator I3 "c" { satuan skor target 3 }
  }
}
--- d.csv
kode,periode,nilai
I1,2025,1
I2,2025,1
I3,2025,3
--- stdout
sasaran S1: a
  rencana R, periode 2025, bobot 2

indikator
  I1         capaian 33.33333333333333 → 33.33, bobot 1
  I2         capaian 33.33333333333333 → 33.33, bobot 1

capaian
  weighted mean: (1 × 33.33333333333333 + 1 × 33.33333333333333) / 2
  = 66.66666666666666 / 2 = 33.33333333333333 → 33.33
  before rounding 33.33333333333333, after rounding 33.33

predikat
  none: no scale given
sasaran S2: b
  rencana R, periode 2025, bobot 1

indikator
  I3         capaian 100, bobot 1

capaian
  weighted mean: (1 × 100) / 1
  = 100 / 1 = 100
  before rounding 100, after rounding 100

predikat
  none: no scale given
rencana R: Rencana
  rkt, tahun 2025, periode 2025

sasaran
  S1         capaian 33.33333333333333 → 33.33, bobot 2
  S2         capaian 100, bobot 1

capaian
  weighted mean: (2 × 33.33333333333333 + 1 × 100) / 3
  = 166.66666666666666 / 3 = 55.55555555555555 → 55.56
  before rounding 55.55555555555555, after rounding 55.56

predikat
  none: no scale given

=== the bobot of a kosong indicator does not count [test_rollup_bobot_of_kosong_left_out]
$ rkt explain prelude.rkt t.rkt --data d.csv S1
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Sasaran" {
    indikator I1 "a" { satuan skor target 10 bobot 3 }
    indikator I2 "b" { satuan skor target 10 bobot 1 }
    indikator I3 "c" { satuan skor target 10 bobot 5 }
  }
}
--- d.csv
kode,periode,nilai
I1,2025,9
I2,2025,5
--- stdout
sasaran S1: Sasaran
  rencana R, periode 2025, bobot 1

indikator
  I1         capaian 90, bobot 3
  I2         capaian 50, bobot 1
  I3         capaian kosong: left out (tanpa data)

capaian
  weighted mean: (3 × 90 + 1 × 50) / 4
  = 320 / 4 = 80
  before rounding 80, after rounding 80

predikat
  none: no scale given

tanpa data: I3

=== predikat classifies the capaian as shown: 90.004 is 90.00, not above 90 [test_predikat_rounded_capaian]
$ rkt explain prelude.rkt t.rkt --data d.csv I1 | sed -n '1p;/^capaian$/,$p'
$ rkt explain prelude.rkt t.rkt --data d.csv I2 | sed -n '1p;/^capaian$/,$p'
$ rkt explain prelude.rkt t.rkt --data d.csv I3 | sed -n '1p;/^capaian$/,$p'
$ rkt explain prelude.rkt t.rkt --data d.csv I4 | sed -n '1p;/^capaian$/,$p'
$ rkt explain prelude.rkt t.rkt --data d.csv I5 | sed -n '1p;/^capaian$/,$p'
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Sasaran" {
    indikator I1 "a" { satuan skor target 100 predikat P capaian = realisasi }
    indikator I2 "b" { satuan skor target 100 predikat P capaian = realisasi }
    indikator I3 "c" { satuan skor target 100 predikat P capaian = realisasi }
    indikator I4 "d" { satuan skor target 100 predikat P capaian = realisasi }
    indikator I5 "e" { satuan skor target 100 predikat P }
  }
}
--- d.csv
kode,periode,nilai
I1,2025,90.004
I2,2025,90.005
I3,2025,90
I4,2025,-1
I5,2025,-0.004
--- stdout
indikator I1: a
capaian
  capaian = realisasi (t.rkt:4)
  = 90.004 → 90
  before rounding 90.004, after rounding 90

predikat
  A: > 80 (skala P, capaian 90)
indikator I2: b
capaian
  capaian = realisasi (t.rkt:5)
  = 90.005 → 90.01
  before rounding 90.005, after rounding 90.01

predikat
  AA: > 90 (skala P, capaian 90.01)
indikator I3: c
capaian
  capaian = realisasi (t.rkt:6)
  = 90
  before rounding 90, after rounding 90

predikat
  A: > 80 (skala P, capaian 90)
indikator I4: d
capaian
  capaian = realisasi (t.rkt:7)
  = -1
  before rounding -1, after rounding -1

predikat
  none: capaian -1 matches no band of P
indikator I5: e
capaian
  maksimal: R / T × 100 = -0.004 / 100 × 100 = -0.004 → 0
  before rounding -0.004, after rounding 0

predikat
  B: >= 0 (skala P, capaian 0)

=== predikat rates the capaian batas capped [test_predikat_after_batas]
$ rkt explain prelude.rkt t.rkt --data d.csv I1 | sed -n '1p;/^capaian$/,$p'
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Sasaran" {
    indikator I1 "a" { satuan skor target 100 batas 85 predikat P }
  }
}
--- d.csv
kode,periode,nilai
I1,2025,95
--- stdout
indikator I1: a
capaian
  maksimal: R / T × 100 = 95 / 100 × 100 = 95
  capped by batas 85: 95 → 85
  before rounding 85, after rounding 85

predikat
  A: > 80 (skala P, capaian 85)

=== the default formula is shown and classified rounded: 90.005 is 90.01 [test_predikat_default_formula_rounded]
$ rkt explain prelude.rkt t.rkt --data d.csv I1 | sed -n '1p;/^capaian$/,$p'
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Sasaran" {
    indikator I1 "a" { satuan skor target 100 predikat P }
  }
}
--- d.csv
kode,periode,nilai
I1,2025,90.005
--- stdout
indikator I1: a
capaian
  maksimal: R / T × 100 = 90.005 / 100 × 100 = 90.005 → 90.01
  before rounding 90.005, after rounding 90.01

predikat
  AA: > 90 (skala P, capaian 90.01)

=== predikat dari realisasi rates the realisasi as shown [test_predikat_dari_realisasi]
$ rkt explain prelude.rkt t.rkt --data d.csv I1 | sed -n '1p;/^predikat$/,$p'
$ rkt explain prelude.rkt t.rkt --data d.csv I2 | sed -n '1p;/^predikat$/,$p'
$ rkt explain prelude.rkt t.rkt --data d.csv I3 | sed -n '1p;/^predikat$/,$p'
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Sasaran" {
    indikator I1 "a" { satuan skor target 200 predikat P dari realisasi }
    indikator I2 "b" { satuan skor target 200 predikat P dari realisasi }
    indikator I3 "c" { satuan skor target 200 predikat P dari realisasi }
  }
}
--- d.csv
kode,periode,nilai
I1,2025,90.004
I2,2025,90.005
I3,2025,85
--- stdout
indikator I1: a
predikat
  A: > 80 (skala P, realisasi 90)
indikator I2: b
predikat
  AA: > 90 (skala P, realisasi 90.01)
indikator I3: c
predikat
  A: > 80 (skala P, realisasi 85)

=== no predikat for a kosong capaian or realisasi [test_predikat_kosong]
$ rkt explain prelude.rkt t.rkt I1 | sed -n '1p;/^predikat$/,$p'
$ rkt explain prelude.rkt t.rkt I2 | sed -n '1p;/^predikat$/,$p'
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Sasaran" {
    indikator I1 "a" { satuan skor target 100 predikat P }
    indikator I2 "b" { satuan skor target 100 predikat P dari realisasi }
  }
}
--- stdout
indikator I1: a
predikat
  none: capaian is kosong (skala P)
indikator I2: b
predikat
  none: realisasi is kosong (skala P)

=== predikat of sasaran and plan, on their unrounded capaian as shown [test_predikat_sasaran_and_plan]
$ rkt explain prelude.rkt t.rkt --data d.csv S1 | sed -n '1p;/^capaian$/,$p'
$ rkt explain prelude.rkt t.rkt --data d.csv S2 | sed -n '1p;/^capaian$/,$p'
$ rkt explain prelude.rkt t.rkt --data d.csv R | sed -n '1p;/^capaian$/,$p'
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt
rkt R "Rencana" {
  tahun 2025
  predikat P
  sasaran S1 "a" { predikat P
    indikator I1 "a" { satuan skor target 100 }
    indikator I2 "b" { satuan skor target 100 }
  }
  sasaran S2 "b" { predikat P
    indikator I3 "c" { satuan skor target 100 }
  }
}
--- d.csv
kode,periode,nilai
I1,2025,90.004
I2,2025,90.004
I3,2025,90.016
--- stdout
sasaran S1: a
capaian
  weighted mean: (1 × 90.004 + 1 × 90.004) / 2
  = 180.008 / 2 = 90.004 → 90
  before rounding 90.004, after rounding 90

predikat
  A: > 80 (skala P, capaian 90)
sasaran S2: b
capaian
  weighted mean: (1 × 90.016) / 1
  = 90.016 / 1 = 90.016 → 90.02
  before rounding 90.016, after rounding 90.02

predikat
  AA: > 90 (skala P, capaian 90.02)
rencana R: Rencana
capaian
  weighted mean: (1 × 90.004 + 1 × 90.016) / 2
  = 180.02 / 2 = 90.01
  before rounding 90.01, after rounding 90.01

predikat
  AA: > 90 (skala P, capaian 90.01)
