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

=== maps of parts through a period: the rounded target in CSV, and explain's account of it
# C cumulative jumlah {6_000, 12_500, 19_000, 25_945} through 2025-05:
#   6_000 + 2/3 x (12_500 - 6_000) = 10_333.333..., shown 10333.33;
#   realisasi 2025-01 2_000 + 2025-02 2_500 + 2025-03 3_000 = 7_500;
#   capaian 7_500 / 10_333.333... x 100 = 72.580..., shown 72.58.
#   Through TW2 12_500 (7_500 / 12_500 = 60); the year 25_945 (28.91).
# P periodik jumlah {10, 10, 10, 10}: through TW2 10 + 10 = 20 (capaian
#   (5 + 7) / 20 x 100 = 60); the year 40 (12 / 40 = 30); through May
#   10 + 2/3 x 10 = 16.666..., shown 16.67, with the TW1 row only:
#   5 / 16.666... x 100 = 30.
# S semester map {S1: 40, S2: 100}, terakhir (skor): May and TW2 take S1
#   40 (30 / 40 = 75); the year and TW3 (the containing semester) S2 100
#   (30 / 100 = 30).
$ rkt eval main.rkt --data d.csv --periode 2025-05 --format csv
$ rkt eval main.rkt --data d.csv --periode 2025-TW2 --format csv
$ rkt eval main.rkt --data d.csv --format csv
$ rkt explain main.rkt --data d.csv --periode 2025-05 P | sed -n '/^target$/{n;p;}'
$ rkt explain main.rkt --data d.csv --periode 2025-TW3 S | sed -n '/^target$/{n;p;}'
--- main.rkt
satuan sertifikat : cacah
satuan skor : angka
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Sasaran" {
    indikator C "Kumulatif" { satuan sertifikat target { TW1: 6_000, TW2: 12_500, TW3: 19_000, TW4: 25_945 } }
    indikator P "Periodik" { satuan sertifikat target periodik { TW1: 10, TW2: 10, TW3: 10, TW4: 10 } }
    indikator S "Semester" { satuan skor target { S1: 40, S2: 100 } }
  }
}
--- d.csv
rencana,kode,periode,nilai
R,C,2025-01,2000
R,C,2025-02,2500
R,C,2025-03,3000
R,P,2025-TW1,5
R,P,2025-TW2,7
R,S,2025-TW1,30
--- stdout
kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat,pelaksana,jenis,anggaran,realisasi_anggaran,serapan
C,S1,Kumulatif,sertifikat,maksimal,jumlah,10333.33,7500,72.58,,,indikator,,,
P,S1,Periodik,sertifikat,maksimal,jumlah,16.67,5,30,,,indikator,,,
S,S1,Semester,skor,maksimal,terakhir,40,30,75,,,indikator,,,
kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat,pelaksana,jenis,anggaran,realisasi_anggaran,serapan
C,S1,Kumulatif,sertifikat,maksimal,jumlah,12500,7500,60,,,indikator,,,
P,S1,Periodik,sertifikat,maksimal,jumlah,20,12,60,,,indikator,,,
S,S1,Semester,skor,maksimal,terakhir,40,30,75,,,indikator,,,
kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat,pelaksana,jenis,anggaran,realisasi_anggaran,serapan
C,S1,Kumulatif,sertifikat,maksimal,jumlah,25945,7500,28.91,,,indikator,,,
P,S1,Periodik,sertifikat,maksimal,jumlah,40,12,30,,,indikator,,,
S,S1,Semester,skor,maksimal,terakhir,100,30,30,,,indikator,,,
  periodik targets TW1 10, 2/3 × TW2 10 combined by jumlah = 16.666666666666664 (main.rkt:7)
  S2 target (cumulative) 100 (main.rkt:8)
