# Targets for the period (LANGUAGE.md §4.2).
# Cases moved from tests/unit/test_eval.c (the test each comes from in the
# title's brackets), on the same plan and data: `rkt explain`
# shows each value the test asserted, unrounded, with how it was obtained
# (observations, consolidation, target, formula, batas, weights, predikat);
# `rkt eval --format table` shows kosong as "-" and the sasaran without data.
# prelude.rkt (fixtures/eval/prelude.rkt) is the units and skala P every test
# of test_eval.c had in front of its plan; its unused names only warn, and
# stderr is compared only where a case is about a warning.  Format:
# tests/golden/run.sh.

=== cumulative quarterly targets: the year takes TW4, S2 TW4, S1 TW2; Y has its annual target [test_target_cumulative_quarters]
# The first two commands: no --periode, the plan year.  The plan, Q with
# cumulative quarterly targets and Y with an annual one, is
# fixtures/eval/kuartal.rkt.
$ rkt explain prelude.rkt t.rkt Q | sed -n '/^target$/{n;p;}'
$ rkt explain prelude.rkt t.rkt Y | sed -n '/^target$/{n;p;}'
$ for p in 2025 2025-S2 2025-S1; do echo "$p:"; rkt explain --periode $p prelude.rkt t.rkt Q | sed -n '/^target$/{n;p;}'; rkt explain --periode $p prelude.rkt t.rkt Y | sed -n '/^target$/{n;p;}'; done
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt < fixtures/eval/kuartal.rkt
--- stdout
  TW4 target (cumulative) 40 (t.rkt:4)
  annual target 40 (t.rkt:5)
2025:
  TW4 target (cumulative) 40 (t.rkt:4)
  annual target 40 (t.rkt:5)
2025-S2:
  TW4 target (cumulative) 40 (t.rkt:4)
  annual target 40 (t.rkt:5)
2025-S1:
  TW2 target (cumulative) 20 (t.rkt:4)
  annual target 40 (t.rkt:5)

=== cumulative quarterly targets: each quarter its own [test_target_cumulative_quarters]
$ for p in 2025-TW1 2025-TW2 2025-TW3 2025-TW4; do echo "$p:"; rkt explain --periode $p prelude.rkt t.rkt Q | sed -n '/^target$/{n;p;}'; rkt explain --periode $p prelude.rkt t.rkt Y | sed -n '/^target$/{n;p;}'; done
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt < fixtures/eval/kuartal.rkt
--- stdout
2025-TW1:
  TW1 target (cumulative) 10 (t.rkt:4)
  annual target 40 (t.rkt:5)
2025-TW2:
  TW2 target (cumulative) 20 (t.rkt:4)
  annual target 40 (t.rkt:5)
2025-TW3:
  TW3 target (cumulative) 30 (t.rkt:4)
  annual target 40 (t.rkt:5)
2025-TW4:
  TW4 target (cumulative) 40 (t.rkt:4)
  annual target 40 (t.rkt:5)

=== cumulative quarterly targets: a month of a jumlah indicator takes the quarter before plus its elapsed share [test_target_cumulative_quarters]
# Q (buah, cacah: jumlah) {TW1: 10, TW2: 20, ...}: January 1/3 x 10 =
# 3.333...; March TW1 10; May TW1 10 + 2/3 x (20 - 10) = 16.666...
$ for p in 2025-01 2025-03 2025-05; do echo "$p:"; rkt explain --periode $p prelude.rkt t.rkt Q | sed -n '/^target$/{n;p;}'; rkt explain --periode $p prelude.rkt t.rkt Y | sed -n '/^target$/{n;p;}'; done
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt < fixtures/eval/kuartal.rkt
--- stdout
2025-01:
  1/3 × TW1 target (cumulative) 10, jumlah: the elapsed share of TW1 = 3.3333333333333335 (t.rkt:4)
  annual target 40 (t.rkt:5)
2025-03:
  TW1 target (cumulative) 10 (t.rkt:4)
  annual target 40 (t.rkt:5)
2025-05:
  TW1 target (cumulative) 10 + 2/3 × (TW2 target 20 − 10), jumlah: the elapsed share of TW2 = 16.666666666666668 (t.rkt:4)
  annual target 40 (t.rkt:5)

=== cumulative quarterly targets: a month of a jumlah indicator, July and December [test_target_cumulative_quarters]
# July: TW2 20 + 1/3 x (30 - 20) = 23.333...; December: TW4 40.
$ for p in 2025-07 2025-12; do echo "$p:"; rkt explain --periode $p prelude.rkt t.rkt Q | sed -n '/^target$/{n;p;}'; rkt explain --periode $p prelude.rkt t.rkt Y | sed -n '/^target$/{n;p;}'; done
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt < fixtures/eval/kuartal.rkt
--- stdout
2025-07:
  TW2 target (cumulative) 20 + 1/3 × (TW3 target 30 − 20), jumlah: the elapsed share of TW3 = 23.333333333333332 (t.rkt:4)
  annual target 40 (t.rkt:5)
2025-12:
  TW4 target (cumulative) 40 (t.rkt:4)
  annual target 40 (t.rkt:5)

=== capaian through TW2: against the TW2 target, or the annual one [test_target_quarter_capaian]
$ rkt explain --periode 2025-TW2 prelude.rkt t.rkt --data d.csv Q
$ rkt explain --periode 2025-TW2 prelude.rkt t.rkt --data d.csv Y
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt < fixtures/eval/kuartal.rkt
--- d.csv
kode,periode,nilai
Q,2025-TW1,6
Q,2025-TW2,9
Y,2025-TW1,6
Y,2025-TW2,9
--- stdout
indikator Q: kuartal
  sasaran S1, rencana R, periode 2025-TW2
  satuan buah, polaritas maksimal, konsolidasi jumlah, bobot 1

realisasi
  2025-TW1  6 (d.csv:2)
  2025-TW2  9 (d.csv:3)
  jumlah: 6 + 9 = 15

target
  TW2 target (cumulative) 20 (t.rkt:4)

capaian
  maksimal: R / T × 100 = 15 / 20 × 100 = 75
  before rounding 75, after rounding 75

predikat
  none: no scale given
indikator Y: tahunan
  sasaran S1, rencana R, periode 2025-TW2
  satuan buah, polaritas maksimal, konsolidasi jumlah, bobot 1

realisasi
  2025-TW1  6 (d.csv:4)
  2025-TW2  9 (d.csv:5)
  jumlah: 6 + 9 = 15

target
  annual target 40 (t.rkt:5)

capaian
  maksimal: R / T × 100 = 15 / 40 × 100 = 37.5 → 37.50
  before rounding 37.5, after rounding 37.50

predikat
  none: no scale given
