# Capaian by polarity (LANGUAGE.md §4.3).
# Cases moved from tests/unit/test_eval.c (the test each comes from in the
# title's brackets), on the same plan and data: `rkt explain`
# shows each value the test asserted, unrounded, with how it was obtained
# (observations, consolidation, target, formula, batas, weights, predikat);
# `rkt eval --format table` shows kosong as "-" and the sasaran without data.
# prelude.rkt (fixtures/eval/prelude.rkt) is the units and skala P every test
# of test_eval.c had in front of its plan; its unused names only warn, and
# stderr is compared only where a case is about a warning.  Format:
# tests/golden/run.sh.

=== maksimal: R / T x 100, for the sasaran and the plan too [test_capaian_maksimal]
$ rkt explain prelude.rkt t.rkt --data d.csv I1
$ rkt explain prelude.rkt t.rkt --data d.csv S1
$ rkt explain prelude.rkt t.rkt --data d.csv R
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Sasaran" {
    indikator I1 "a" { satuan skor target 80 }
  }
}
--- d.csv
kode,periode,nilai
I1,2025,60
--- stdout
indikator I1: a
  sasaran S1, rencana R, periode 2025
  satuan skor, polaritas maksimal, konsolidasi terakhir, bobot 1

realisasi
  2025      60 (d.csv:2)
  terakhir: 2025 → 60

target
  annual target 80 (t.rkt:4)

capaian
  maksimal: R / T × 100 = 60 / 80 × 100 = 75
  before rounding 75, after rounding 75

predikat
  none: no scale given
sasaran S1: Sasaran
  rencana R, periode 2025, bobot 1

indikator
  I1         capaian 75, bobot 1

capaian
  weighted mean: (1 × 75) / 1
  = 75 / 1 = 75
  before rounding 75, after rounding 75

predikat
  none: no scale given
rencana R: Rencana
  rkt, tahun 2025, periode 2025

sasaran
  S1         capaian 75, bobot 1

capaian
  weighted mean: (1 × 75) / 1
  = 75 / 1 = 75
  before rounding 75, after rounding 75

predikat
  none: no scale given

=== maksimal with T = 0: 100 for any R >= 0, R = 0 included [test_capaian_maksimal_t0_nonneg]
$ rkt explain prelude.rkt t.rkt --data d.csv I1
$ rkt explain prelude.rkt t.rkt --data d.csv I2
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Sasaran" {
    indikator I1 "a" { satuan skor target 0 }
    indikator I2 "b" { satuan skor target 0 }
  }
}
--- d.csv
kode,periode,nilai
I1,2025,2
I2,2025,0
--- stdout
indikator I1: a
  sasaran S1, rencana R, periode 2025
  satuan skor, polaritas maksimal, konsolidasi terakhir, bobot 1

realisasi
  2025      2 (d.csv:2)
  terakhir: 2025 → 2

target
  annual target 0 (t.rkt:4)

capaian
  maksimal with T = 0: 100 when R >= 0, else 0; R = 2: 100
  before rounding 100, after rounding 100

predikat
  none: no scale given
indikator I2: b
  sasaran S1, rencana R, periode 2025
  satuan skor, polaritas maksimal, konsolidasi terakhir, bobot 1

realisasi
  2025      0 (d.csv:3)
  terakhir: 2025 → 0

target
  annual target 0 (t.rkt:5)

capaian
  maksimal with T = 0: 100 when R >= 0, else 0; R = 0: 100
  before rounding 100, after rounding 100

predikat
  none: no scale given

=== maksimal with T = 0: 0 for R < 0 [test_capaian_maksimal_t0_negative]
$ rkt explain prelude.rkt t.rkt --data d.csv I1
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Sasaran" {
    indikator I1 "a" { satuan skor target 0 }
  }
}
--- d.csv
kode,periode,nilai
I1,2025,-1
--- stdout
indikator I1: a
  sasaran S1, rencana R, periode 2025
  satuan skor, polaritas maksimal, konsolidasi terakhir, bobot 1

realisasi
  2025      -1 (d.csv:2)
  terakhir: 2025 → -1

target
  annual target 0 (t.rkt:4)

capaian
  maksimal with T = 0: 100 when R >= 0, else 0; R = -1: 0
  before rounding 0, after rounding 0

predikat
  none: no scale given

=== minimal: (2 - R / T) x 100 [test_capaian_minimal]
$ rkt explain prelude.rkt t.rkt --data d.csv I1
$ rkt explain prelude.rkt t.rkt --data d.csv I2
$ rkt explain prelude.rkt t.rkt --data d.csv S1
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Sasaran" {
    indikator I1 "a" { satuan skor polaritas minimal target 10 }
    indikator I2 "b" { satuan skor polaritas minimal target 10 }
  }
}
--- d.csv
kode,periode,nilai
I1,2025,12
I2,2025,8
--- stdout
indikator I1: a
  sasaran S1, rencana R, periode 2025
  satuan skor, polaritas minimal, konsolidasi terakhir, bobot 1

realisasi
  2025      12 (d.csv:2)
  terakhir: 2025 → 12

target
  annual target 10 (t.rkt:4)

capaian
  minimal: (2 − R / T) × 100, never below 0 = (2 − 12 / 10) × 100 = 80
  before rounding 80, after rounding 80

predikat
  none: no scale given
indikator I2: b
  sasaran S1, rencana R, periode 2025
  satuan skor, polaritas minimal, konsolidasi terakhir, bobot 1

realisasi
  2025      8 (d.csv:3)
  terakhir: 2025 → 8

target
  annual target 10 (t.rkt:5)

capaian
  minimal: (2 − R / T) × 100, never below 0 = (2 − 8 / 10) × 100 = 120
  before rounding 120, after rounding 120

predikat
  none: no scale given
sasaran S1: Sasaran
  rencana R, periode 2025, bobot 1

indikator
  I1         capaian 80, bobot 1
  I2         capaian 120, bobot 1

capaian
  weighted mean: (1 × 80 + 1 × 120) / 2
  = 200 / 2 = 100
  before rounding 100, after rounding 100

predikat
  none: no scale given

=== minimal never below 0, and the floor is not a batas [test_capaian_minimal_never_below_zero]
$ rkt explain prelude.rkt t.rkt --data d.csv I1
$ rkt explain prelude.rkt t.rkt --data d.csv I2
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Sasaran" {
    indikator I1 "a" { satuan skor polaritas minimal target 10 }
    indikator I2 "b" { satuan skor polaritas minimal target 10 }
  }
}
--- d.csv
kode,periode,nilai
I1,2025,25
I2,2025,20
--- stdout
indikator I1: a
  sasaran S1, rencana R, periode 2025
  satuan skor, polaritas minimal, konsolidasi terakhir, bobot 1

realisasi
  2025      25 (d.csv:2)
  terakhir: 2025 → 25

target
  annual target 10 (t.rkt:4)

capaian
  minimal: (2 − R / T) × 100, never below 0 = (2 − 25 / 10) × 100 = 0
  before rounding 0, after rounding 0

predikat
  none: no scale given
indikator I2: b
  sasaran S1, rencana R, periode 2025
  satuan skor, polaritas minimal, konsolidasi terakhir, bobot 1

realisasi
  2025      20 (d.csv:3)
  terakhir: 2025 → 20

target
  annual target 10 (t.rkt:5)

capaian
  minimal: (2 − R / T) × 100, never below 0 = (2 − 20 / 10) × 100 = 0
  before rounding 0, after rounding 0

predikat
  none: no scale given

=== minimal with T = 0 and terburuk: (W - R) / W x 100, never below 0 [test_capaian_minimal_t0_terburuk]
$ rkt explain prelude.rkt t.rkt --data d.csv I1
$ rkt explain prelude.rkt t.rkt --data d.csv I2
$ rkt explain prelude.rkt t.rkt --data d.csv I3
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Sasaran" {
    indikator I1 "a" { satuan skor polaritas minimal target 0 terburuk 10 }
    indikator I2 "b" { satuan skor polaritas minimal target 0 terburuk 10 }
    indikator I3 "c" { satuan skor polaritas minimal target 0 terburuk 10 }
  }
}
--- d.csv
kode,periode,nilai
I1,2025,4
I2,2025,12
I3,2025,0
--- stdout
indikator I1: a
  sasaran S1, rencana R, periode 2025
  satuan skor, polaritas minimal, konsolidasi terakhir, bobot 1

realisasi
  2025      4 (d.csv:2)
  terakhir: 2025 → 4

target
  annual target 0 (t.rkt:4)

capaian
  minimal with T = 0, terburuk W: (W − R) / W × 100, never below 0 = (10 − 4) / 10 × 100 = 60
  before rounding 60, after rounding 60

predikat
  none: no scale given
indikator I2: b
  sasaran S1, rencana R, periode 2025
  satuan skor, polaritas minimal, konsolidasi terakhir, bobot 1

realisasi
  2025      12 (d.csv:3)
  terakhir: 2025 → 12

target
  annual target 0 (t.rkt:5)

capaian
  minimal with T = 0, terburuk W: (W − R) / W × 100, never below 0 = (10 − 12) / 10 × 100 = 0
  before rounding 0, after rounding 0

predikat
  none: no scale given
indikator I3: c
  sasaran S1, rencana R, periode 2025
  satuan skor, polaritas minimal, konsolidasi terakhir, bobot 1

realisasi
  2025      0 (d.csv:4)
  terakhir: 2025 → 0

target
  annual target 0 (t.rkt:6)

capaian
  minimal with T = 0, terburuk W: (W − R) / W × 100, never below 0 = (10 − 0) / 10 × 100 = 100
  before rounding 100, after rounding 100

predikat
  none: no scale given

=== minimal with T = 0 without terburuk: 100 when R <= 0, else 0 [test_capaian_minimal_t0_without_terburuk]
$ rkt explain prelude.rkt t.rkt --data d.csv I1
$ rkt explain prelude.rkt t.rkt --data d.csv I2
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Sasaran" {
    indikator I1 "a" { satuan skor polaritas minimal target 0 }
    indikator I2 "b" { satuan skor polaritas minimal target 0 }
  }
}
--- d.csv
kode,periode,nilai
I1,2025,0
I2,2025,3
--- stdout
indikator I1: a
  sasaran S1, rencana R, periode 2025
  satuan skor, polaritas minimal, konsolidasi terakhir, bobot 1

realisasi
  2025      0 (d.csv:2)
  terakhir: 2025 → 0

target
  annual target 0 (t.rkt:4)

capaian
  minimal with T = 0: 100 when R <= 0, else 0; R = 0: 100
  before rounding 100, after rounding 100

predikat
  none: no scale given
indikator I2: b
  sasaran S1, rencana R, periode 2025
  satuan skor, polaritas minimal, konsolidasi terakhir, bobot 1

realisasi
  2025      3 (d.csv:3)
  terakhir: 2025 → 3

target
  annual target 0 (t.rkt:5)

capaian
  minimal with T = 0: 100 when R <= 0, else 0; R = 3: 0
  before rounding 0, after rounding 0

predikat
  none: no scale given

=== stabil inside the band, its ends included: 100 [test_capaian_stabil_inside]
$ rkt explain prelude.rkt t.rkt --data d.csv I1
$ rkt explain prelude.rkt t.rkt --data d.csv I2
$ rkt explain prelude.rkt t.rkt --data d.csv I3
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Sasaran" {
    indikator I1 "a" { satuan skor polaritas stabil target 3..5 }
    indikator I2 "b" { satuan skor polaritas stabil target 3..5 }
    indikator I3 "c" { satuan skor polaritas stabil target 3..5 }
  }
}
--- d.csv
kode,periode,nilai
I1,2025,4
I2,2025,3
I3,2025,5
--- stdout
indikator I1: a
  sasaran S1, rencana R, periode 2025
  satuan skor, polaritas stabil, konsolidasi terakhir, bobot 1

realisasi
  2025      4 (d.csv:2)
  terakhir: 2025 → 4

target
  annual target 3..5 (t.rkt:4)

capaian
  stabil: 3 <= R <= 5 with R = 4: 100
  before rounding 100, after rounding 100

predikat
  none: no scale given
indikator I2: b
  sasaran S1, rencana R, periode 2025
  satuan skor, polaritas stabil, konsolidasi terakhir, bobot 1

realisasi
  2025      3 (d.csv:3)
  terakhir: 2025 → 3

target
  annual target 3..5 (t.rkt:5)

capaian
  stabil: 3 <= R <= 5 with R = 3: 100
  before rounding 100, after rounding 100

predikat
  none: no scale given
indikator I3: c
  sasaran S1, rencana R, periode 2025
  satuan skor, polaritas stabil, konsolidasi terakhir, bobot 1

realisasi
  2025      5 (d.csv:4)
  terakhir: 2025 → 5

target
  annual target 3..5 (t.rkt:6)

capaian
  stabil: 3 <= R <= 5 with R = 5: 100
  before rounding 100, after rounding 100

predikat
  none: no scale given

=== stabil below the band: R / a x 100; with a = 0, 0 [test_capaian_stabil_below]
$ rkt explain prelude.rkt t.rkt --data d.csv I1
$ rkt explain prelude.rkt t.rkt --data d.csv I2
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Sasaran" {
    indikator I1 "a" { satuan skor polaritas stabil target 3..5 }
    indikator I2 "b" { satuan skor polaritas stabil target 0..5 }
  }
}
--- d.csv
kode,periode,nilai
I1,2025,2.4
I2,2025,-1
--- stdout
indikator I1: a
  sasaran S1, rencana R, periode 2025
  satuan skor, polaritas stabil, konsolidasi terakhir, bobot 1

realisasi
  2025      2.4 (d.csv:2)
  terakhir: 2025 → 2.4 → 2.40

target
  annual target 3..5 (t.rkt:4)

capaian
  stabil, below the band 3..5: R / a × 100 = 2.4 / 3 × 100 = 80
  before rounding 80, after rounding 80

predikat
  none: no scale given
indikator I2: b
  sasaran S1, rencana R, periode 2025
  satuan skor, polaritas stabil, konsolidasi terakhir, bobot 1

realisasi
  2025      -1 (d.csv:3)
  terakhir: 2025 → -1

target
  annual target 0..5 (t.rkt:5)

capaian
  stabil, R = -1 below the band 0..5 with a = 0: 0
  before rounding 0, after rounding 0

predikat
  none: no scale given

=== stabil above the band: (2 - R / b) x 100, never below 0 [test_capaian_stabil_above]
$ rkt explain prelude.rkt t.rkt --data d.csv I1
$ rkt explain prelude.rkt t.rkt --data d.csv I2
$ rkt explain prelude.rkt t.rkt --data d.csv I3
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Sasaran" {
    indikator I1 "a" { satuan skor polaritas stabil target 3..5 }
    indikator I2 "b" { satuan skor polaritas stabil target 3..5 }
    indikator I3 "c" { satuan skor polaritas stabil target 3..5 }
  }
}
--- d.csv
kode,periode,nilai
I1,2025,6
I2,2025,11
I3,2025,10
--- stdout
indikator I1: a
  sasaran S1, rencana R, periode 2025
  satuan skor, polaritas stabil, konsolidasi terakhir, bobot 1

realisasi
  2025      6 (d.csv:2)
  terakhir: 2025 → 6

target
  annual target 3..5 (t.rkt:4)

capaian
  stabil, above the band 3..5: (2 − R / b) × 100, never below 0 = (2 − 6 / 5) × 100 = 80
  before rounding 80, after rounding 80

predikat
  none: no scale given
indikator I2: b
  sasaran S1, rencana R, periode 2025
  satuan skor, polaritas stabil, konsolidasi terakhir, bobot 1

realisasi
  2025      11 (d.csv:3)
  terakhir: 2025 → 11

target
  annual target 3..5 (t.rkt:5)

capaian
  stabil, above the band 3..5: (2 − R / b) × 100, never below 0 = (2 − 11 / 5) × 100 = 0
  before rounding 0, after rounding 0

predikat
  none: no scale given
indikator I3: c
  sasaran S1, rencana R, periode 2025
  satuan skor, polaritas stabil, konsolidasi terakhir, bobot 1

realisasi
  2025      10 (d.csv:4)
  terakhir: 2025 → 10

target
  annual target 3..5 (t.rkt:6)

capaian
  stabil, above the band 3..5: (2 − R / b) × 100, never below 0 = (2 − 10 / 5) × 100 = 0
  before rounding 0, after rounding 0

predikat
  none: no scale given

=== batas caps the capaian; at the cap is not capped; the roll-up takes the capped value [test_capaian_batas]
$ rkt explain prelude.rkt t.rkt --data d.csv I1
$ rkt explain prelude.rkt t.rkt --data d.csv I2
$ rkt explain prelude.rkt t.rkt --data d.csv I3
$ rkt explain prelude.rkt t.rkt --data d.csv S1
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Sasaran" {
    indikator I1 "a" { satuan skor target 3 batas 120 }
    indikator I2 "b" { satuan skor target 3 batas 120 }
    indikator I3 "c" { satuan skor target 3 batas 120 }
  }
}
--- d.csv
kode,periode,nilai
I1,2025,4
I2,2025,3
I3,2025,3.6
--- stdout
indikator I1: a
  sasaran S1, rencana R, periode 2025
  satuan skor, polaritas maksimal, konsolidasi terakhir, bobot 1

realisasi
  2025      4 (d.csv:2)
  terakhir: 2025 → 4

target
  annual target 3 (t.rkt:4)

capaian
  maksimal: R / T × 100 = 4 / 3 × 100 = 133.33333333333331 → 133.33
  capped by batas 120: 133.33 → 120
  before rounding 120, after rounding 120

predikat
  none: no scale given
indikator I2: b
  sasaran S1, rencana R, periode 2025
  satuan skor, polaritas maksimal, konsolidasi terakhir, bobot 1

realisasi
  2025      3 (d.csv:3)
  terakhir: 2025 → 3

target
  annual target 3 (t.rkt:5)

capaian
  maksimal: R / T × 100 = 3 / 3 × 100 = 100
  before rounding 100, after rounding 100

predikat
  none: no scale given
indikator I3: c
  sasaran S1, rencana R, periode 2025
  satuan skor, polaritas maksimal, konsolidasi terakhir, bobot 1

realisasi
  2025      3.6 (d.csv:4)
  terakhir: 2025 → 3.6 → 3.60

target
  annual target 3 (t.rkt:6)

capaian
  maksimal: R / T × 100 = 3.6 / 3 × 100 = 120
  before rounding 120, after rounding 120

predikat
  none: no scale given
sasaran S1: Sasaran
  rencana R, periode 2025, bobot 1

indikator
  I1         capaian 120, bobot 1
  I2         capaian 100, bobot 1
  I3         capaian 120, bobot 1

capaian
  weighted mean: (1 × 120 + 1 × 100 + 1 × 120) / 3
  = 340 / 3 = 113.33333333333333 → 113.33
  before rounding 113.33333333333333, after rounding 113.33

predikat
  none: no scale given

=== a written capaian formula replaces the default, and batas caps it too [test_capaian_custom]
$ rkt explain prelude.rkt t.rkt --data d.csv I1
$ rkt explain prelude.rkt t.rkt --data d.csv I2
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Sasaran" {
    indikator I1 "a" { satuan skor polaritas minimal target 10
      capaian = target / realisasi * 100 }
    indikator I2 "b" { satuan skor target 10 batas 110
      capaian = realisasi / target * 100 + 5 }
  }
}
--- d.csv
kode,periode,nilai
I1,2025,12
I2,2025,11
--- stdout
indikator I1: a
  sasaran S1, rencana R, periode 2025
  satuan skor, polaritas minimal, konsolidasi terakhir, bobot 1

realisasi
  2025      12 (d.csv:2)
  terakhir: 2025 → 12

target
  annual target 10 (t.rkt:4)

capaian
  capaian = target / realisasi * 100 (t.rkt:5)
  = 83.33333333333334 → 83.33
  before rounding 83.33333333333334, after rounding 83.33

predikat
  none: no scale given
indikator I2: b
  sasaran S1, rencana R, periode 2025
  satuan skor, polaritas maksimal, konsolidasi terakhir, bobot 1

realisasi
  2025      11 (d.csv:3)
  terakhir: 2025 → 11

target
  annual target 10 (t.rkt:6)

capaian
  capaian = realisasi / target * 100 + 5 (t.rkt:7)
  = 115.00000000000001 → 115
  capped by batas 110: 115 → 110
  before rounding 110, after rounding 110

predikat
  none: no scale given

=== no realisasi: realisasi and capaian kosong, no formula, no observation [test_capaian_kosong_without_realisasi]
$ rkt explain prelude.rkt t.rkt I1
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Sasaran" {
    indikator I1 "a" { satuan skor target 10 }
  }
}
--- stdout
indikator I1: a
  sasaran S1, rencana R, periode 2025
  satuan skor, polaritas maksimal, konsolidasi terakhir, bobot 1

realisasi
  no observation through 2025: kosong

target
  annual target 10 (t.rkt:4)

capaian
  kosong: no realisasi

predikat
  none: no scale given
