# Konsolidasi over months, quarters, semesters and the year (LANGUAGE.md §4.1).
# Cases moved from tests/unit/test_eval.c (the test each comes from in the
# title's brackets), on the same plan and data: `rkt explain`
# shows each value the test asserted, unrounded, with how it was obtained
# (observations, consolidation, target, formula, batas, weights, predikat);
# `rkt eval --format table` shows kosong as "-" and the sasaran without data.
# prelude.rkt (fixtures/eval/prelude.rkt) is the units and skala P every test
# of test_eval.c had in front of its plan; its unused names only warn, and
# stderr is compared only where a case is about a warning.  Format:
# tests/golden/run.sh.

=== months: jumlah, rata, terakhir, maks, min [test_konsolidasi_monthly]
$ for k in J R L X N; do rkt explain prelude.rkt t.rkt --data d.csv $k | sed -n '1,2p;/^realisasi$/,/^$/p'; done
$ rkt explain prelude.rkt t.rkt --data d.csv J | sed -n '/^capaian$/,/^$/p'
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt < fixtures/eval/kon5.rkt
--- d.csv
kode,periode,nilai
J,2025-01,10
J,2025-02,30
J,2025-03,20
R,2025-01,10
R,2025-02,30
R,2025-03,20
L,2025-01,10
L,2025-02,30
L,2025-03,20
X,2025-01,10
X,2025-02,30
X,2025-03,20
N,2025-01,10
N,2025-02,30
N,2025-03,20
--- stdout
indikator J: jumlah
  sasaran S1, rencana R, periode 2025
realisasi
  2025-01   10 (d.csv:2)
  2025-02   30 (d.csv:3)
  2025-03   20 (d.csv:4)
  jumlah: 10 + 30 + 20 = 60

indikator R: rata
  sasaran S1, rencana R, periode 2025
realisasi
  2025-01   10 (d.csv:5)
  2025-02   30 (d.csv:6)
  2025-03   20 (d.csv:7)
  rata: (10 + 30 + 20) / 3 = 20

indikator L: terakhir
  sasaran S1, rencana R, periode 2025
realisasi
  2025-01   10 (d.csv:8)
  2025-02   30 (d.csv:9)
  2025-03   20 (d.csv:10)
  terakhir: 2025-03 → 20

indikator X: maks
  sasaran S1, rencana R, periode 2025
realisasi
  2025-01   10 (d.csv:11)
  2025-02   30 (d.csv:12)
  2025-03   20 (d.csv:13)
  maks: maks(10, 30, 20) = 30

indikator N: min
  sasaran S1, rencana R, periode 2025
realisasi
  2025-01   10 (d.csv:14)
  2025-02   30 (d.csv:15)
  2025-03   20 (d.csv:16)
  min: min(10, 30, 20) = 10

capaian
  maksimal: R / T × 100 = 60 / 100 × 100 = 60
  before rounding 60, after rounding 60

=== quarters given out of order: consolidation follows the calendar [test_konsolidasi_quarterly]
$ for k in J R L X N; do rkt explain prelude.rkt t.rkt --data d.csv $k | sed -n '1,2p;/^realisasi$/,/^$/p'; done
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt < fixtures/eval/kon5.rkt
--- d.csv
kode,periode,nilai
J,2025-TW3,4
J,2025-TW1,5
J,2025-TW4,6
J,2025-TW2,9
R,2025-TW3,4
R,2025-TW1,5
R,2025-TW4,6
R,2025-TW2,9
L,2025-TW3,4
L,2025-TW1,5
L,2025-TW4,6
L,2025-TW2,9
X,2025-TW3,4
X,2025-TW1,5
X,2025-TW4,6
X,2025-TW2,9
N,2025-TW3,4
N,2025-TW1,5
N,2025-TW4,6
N,2025-TW2,9
--- stdout
indikator J: jumlah
  sasaran S1, rencana R, periode 2025
realisasi
  2025-TW1  5 (d.csv:3)
  2025-TW2  9 (d.csv:5)
  2025-TW3  4 (d.csv:2)
  2025-TW4  6 (d.csv:4)
  jumlah: 5 + 9 + 4 + 6 = 24

indikator R: rata
  sasaran S1, rencana R, periode 2025
realisasi
  2025-TW1  5 (d.csv:7)
  2025-TW2  9 (d.csv:9)
  2025-TW3  4 (d.csv:6)
  2025-TW4  6 (d.csv:8)
  rata: (5 + 9 + 4 + 6) / 4 = 6

indikator L: terakhir
  sasaran S1, rencana R, periode 2025
realisasi
  2025-TW1  5 (d.csv:11)
  2025-TW2  9 (d.csv:13)
  2025-TW3  4 (d.csv:10)
  2025-TW4  6 (d.csv:12)
  terakhir: 2025-TW4 → 6

indikator X: maks
  sasaran S1, rencana R, periode 2025
realisasi
  2025-TW1  5 (d.csv:15)
  2025-TW2  9 (d.csv:17)
  2025-TW3  4 (d.csv:14)
  2025-TW4  6 (d.csv:16)
  maks: maks(5, 9, 4, 6) = 9

indikator N: min
  sasaran S1, rencana R, periode 2025
realisasi
  2025-TW1  5 (d.csv:19)
  2025-TW2  9 (d.csv:21)
  2025-TW3  4 (d.csv:18)
  2025-TW4  6 (d.csv:20)
  min: min(5, 9, 4, 6) = 4

=== months and a quarter: terakhir is TW2, after 2025-03 [test_konsolidasi_mixed_month_quarter]
$ for k in J R L X N; do rkt explain prelude.rkt t.rkt --data d.csv $k | sed -n '1,2p;/^realisasi$/,/^$/p'; done
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt < fixtures/eval/kon5.rkt
--- d.csv
kode,periode,nilai
J,2025-TW2,50
J,2025-01,10
J,2025-02,30
J,2025-03,20
R,2025-TW2,50
R,2025-01,10
R,2025-02,30
R,2025-03,20
L,2025-TW2,50
L,2025-01,10
L,2025-02,30
L,2025-03,20
X,2025-TW2,50
X,2025-01,10
X,2025-02,30
X,2025-03,20
N,2025-TW2,50
N,2025-01,10
N,2025-02,30
N,2025-03,20
--- stdout
indikator J: jumlah
  sasaran S1, rencana R, periode 2025
realisasi
  2025-01   10 (d.csv:3)
  2025-02   30 (d.csv:4)
  2025-03   20 (d.csv:5)
  2025-TW2  50 (d.csv:2)
  jumlah: 10 + 30 + 20 + 50 = 110

indikator R: rata
  sasaran S1, rencana R, periode 2025
realisasi
  2025-01   10 (d.csv:7)
  2025-02   30 (d.csv:8)
  2025-03   20 (d.csv:9)
  2025-TW2  50 (d.csv:6)
  rata: (10 + 30 + 20 + 50) / 4 = 27.5 → 27.50

indikator L: terakhir
  sasaran S1, rencana R, periode 2025
realisasi
  2025-01   10 (d.csv:11)
  2025-02   30 (d.csv:12)
  2025-03   20 (d.csv:13)
  2025-TW2  50 (d.csv:10)
  terakhir: 2025-TW2 → 50

indikator X: maks
  sasaran S1, rencana R, periode 2025
realisasi
  2025-01   10 (d.csv:15)
  2025-02   30 (d.csv:16)
  2025-03   20 (d.csv:17)
  2025-TW2  50 (d.csv:14)
  maks: maks(10, 30, 20, 50) = 50

indikator N: min
  sasaran S1, rencana R, periode 2025
realisasi
  2025-01   10 (d.csv:19)
  2025-02   30 (d.csv:20)
  2025-03   20 (d.csv:21)
  2025-TW2  50 (d.csv:18)
  min: min(10, 30, 20, 50) = 10

=== months and TW2: TW2 counts once the month reaches its end: through 2025-05 [test_konsolidasi_mixed_through_month]
# The data is fixtures/eval/bulan-tw2.csv, in the cases that follow too.
$ for k in J R L X N; do rkt explain --periode 2025-05 prelude.rkt t.rkt --data d.csv $k | sed -n '1,2p;/^realisasi$/,/^$/p'; done
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt < fixtures/eval/kon5.rkt
--- d.csv < fixtures/eval/bulan-tw2.csv
--- stdout
indikator J: jumlah
  sasaran S1, rencana R, periode 2025-05
realisasi
  2025-01   10 (d.csv:2)
  2025-02   30 (d.csv:3)
  2025-03   20 (d.csv:4)
  jumlah: 10 + 30 + 20 = 60

indikator R: rata
  sasaran S1, rencana R, periode 2025-05
realisasi
  2025-01   10 (d.csv:6)
  2025-02   30 (d.csv:7)
  2025-03   20 (d.csv:8)
  rata: (10 + 30 + 20) / 3 = 20

indikator L: terakhir
  sasaran S1, rencana R, periode 2025-05
realisasi
  2025-01   10 (d.csv:10)
  2025-02   30 (d.csv:11)
  2025-03   20 (d.csv:12)
  terakhir: 2025-03 → 20

indikator X: maks
  sasaran S1, rencana R, periode 2025-05
realisasi
  2025-01   10 (d.csv:14)
  2025-02   30 (d.csv:15)
  2025-03   20 (d.csv:16)
  maks: maks(10, 30, 20) = 30

indikator N: min
  sasaran S1, rencana R, periode 2025-05
realisasi
  2025-01   10 (d.csv:18)
  2025-02   30 (d.csv:19)
  2025-03   20 (d.csv:20)
  min: min(10, 30, 20) = 10

=== months and TW2: TW2 counts once the month reaches its end: through 2025-06 [test_konsolidasi_mixed_through_month]
$ for k in J R L X N; do rkt explain --periode 2025-06 prelude.rkt t.rkt --data d.csv $k | sed -n '1,2p;/^realisasi$/,/^$/p'; done
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt < fixtures/eval/kon5.rkt
--- d.csv < fixtures/eval/bulan-tw2.csv
--- stdout
indikator J: jumlah
  sasaran S1, rencana R, periode 2025-06
realisasi
  2025-01   10 (d.csv:2)
  2025-02   30 (d.csv:3)
  2025-03   20 (d.csv:4)
  2025-TW2  50 (d.csv:5)
  jumlah: 10 + 30 + 20 + 50 = 110

indikator R: rata
  sasaran S1, rencana R, periode 2025-06
realisasi
  2025-01   10 (d.csv:6)
  2025-02   30 (d.csv:7)
  2025-03   20 (d.csv:8)
  2025-TW2  50 (d.csv:9)
  rata: (10 + 30 + 20 + 50) / 4 = 27.5 → 27.50

indikator L: terakhir
  sasaran S1, rencana R, periode 2025-06
realisasi
  2025-01   10 (d.csv:10)
  2025-02   30 (d.csv:11)
  2025-03   20 (d.csv:12)
  2025-TW2  50 (d.csv:13)
  terakhir: 2025-TW2 → 50

indikator X: maks
  sasaran S1, rencana R, periode 2025-06
realisasi
  2025-01   10 (d.csv:14)
  2025-02   30 (d.csv:15)
  2025-03   20 (d.csv:16)
  2025-TW2  50 (d.csv:17)
  maks: maks(10, 30, 20, 50) = 50

indikator N: min
  sasaran S1, rencana R, periode 2025-06
realisasi
  2025-01   10 (d.csv:18)
  2025-02   30 (d.csv:19)
  2025-03   20 (d.csv:20)
  2025-TW2  50 (d.csv:21)
  min: min(10, 30, 20, 50) = 10

=== months and TW2: TW2 counts once the month reaches its end: through 2025-02 [test_konsolidasi_mixed_through_month]
$ for k in J R L X N; do rkt explain --periode 2025-02 prelude.rkt t.rkt --data d.csv $k | sed -n '1,2p;/^realisasi$/,/^$/p'; done
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt < fixtures/eval/kon5.rkt
--- d.csv < fixtures/eval/bulan-tw2.csv
--- stdout
indikator J: jumlah
  sasaran S1, rencana R, periode 2025-02
realisasi
  2025-01   10 (d.csv:2)
  2025-02   30 (d.csv:3)
  jumlah: 10 + 30 = 40

indikator R: rata
  sasaran S1, rencana R, periode 2025-02
realisasi
  2025-01   10 (d.csv:6)
  2025-02   30 (d.csv:7)
  rata: (10 + 30) / 2 = 20

indikator L: terakhir
  sasaran S1, rencana R, periode 2025-02
realisasi
  2025-01   10 (d.csv:10)
  2025-02   30 (d.csv:11)
  terakhir: 2025-02 → 30

indikator X: maks
  sasaran S1, rencana R, periode 2025-02
realisasi
  2025-01   10 (d.csv:14)
  2025-02   30 (d.csv:15)
  maks: maks(10, 30) = 30

indikator N: min
  sasaran S1, rencana R, periode 2025-02
realisasi
  2025-01   10 (d.csv:18)
  2025-02   30 (d.csv:19)
  min: min(10, 30) = 10

=== months, TW2 and TW3: through 2025-TW1 [test_konsolidasi_mixed_through_quarter_semester]
# The data is fixtures/eval/bulan-tw2-tw3.csv, in the cases that follow too.
$ for k in J R L X N; do rkt explain --periode 2025-TW1 prelude.rkt t.rkt --data d.csv $k | sed -n '1,2p;/^realisasi$/,/^$/p'; done
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt < fixtures/eval/kon5.rkt
--- d.csv < fixtures/eval/bulan-tw2-tw3.csv
--- stdout
indikator J: jumlah
  sasaran S1, rencana R, periode 2025-TW1
realisasi
  2025-01   10 (d.csv:2)
  2025-02   30 (d.csv:3)
  2025-03   20 (d.csv:4)
  jumlah: 10 + 30 + 20 = 60

indikator R: rata
  sasaran S1, rencana R, periode 2025-TW1
realisasi
  2025-01   10 (d.csv:7)
  2025-02   30 (d.csv:8)
  2025-03   20 (d.csv:9)
  rata: (10 + 30 + 20) / 3 = 20

indikator L: terakhir
  sasaran S1, rencana R, periode 2025-TW1
realisasi
  2025-01   10 (d.csv:12)
  2025-02   30 (d.csv:13)
  2025-03   20 (d.csv:14)
  terakhir: 2025-03 → 20

indikator X: maks
  sasaran S1, rencana R, periode 2025-TW1
realisasi
  2025-01   10 (d.csv:17)
  2025-02   30 (d.csv:18)
  2025-03   20 (d.csv:19)
  maks: maks(10, 30, 20) = 30

indikator N: min
  sasaran S1, rencana R, periode 2025-TW1
realisasi
  2025-01   10 (d.csv:22)
  2025-02   30 (d.csv:23)
  2025-03   20 (d.csv:24)
  min: min(10, 30, 20) = 10

=== months, TW2 and TW3: through 2025-TW2 [test_konsolidasi_mixed_through_quarter_semester]
$ for k in J R L X N; do rkt explain --periode 2025-TW2 prelude.rkt t.rkt --data d.csv $k | sed -n '1,2p;/^realisasi$/,/^$/p'; done
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt < fixtures/eval/kon5.rkt
--- d.csv < fixtures/eval/bulan-tw2-tw3.csv
--- stdout
indikator J: jumlah
  sasaran S1, rencana R, periode 2025-TW2
realisasi
  2025-01   10 (d.csv:2)
  2025-02   30 (d.csv:3)
  2025-03   20 (d.csv:4)
  2025-TW2  50 (d.csv:5)
  jumlah: 10 + 30 + 20 + 50 = 110

indikator R: rata
  sasaran S1, rencana R, periode 2025-TW2
realisasi
  2025-01   10 (d.csv:7)
  2025-02   30 (d.csv:8)
  2025-03   20 (d.csv:9)
  2025-TW2  50 (d.csv:10)
  rata: (10 + 30 + 20 + 50) / 4 = 27.5 → 27.50

indikator L: terakhir
  sasaran S1, rencana R, periode 2025-TW2
realisasi
  2025-01   10 (d.csv:12)
  2025-02   30 (d.csv:13)
  2025-03   20 (d.csv:14)
  2025-TW2  50 (d.csv:15)
  terakhir: 2025-TW2 → 50

indikator X: maks
  sasaran S1, rencana R, periode 2025-TW2
realisasi
  2025-01   10 (d.csv:17)
  2025-02   30 (d.csv:18)
  2025-03   20 (d.csv:19)
  2025-TW2  50 (d.csv:20)
  maks: maks(10, 30, 20, 50) = 50

indikator N: min
  sasaran S1, rencana R, periode 2025-TW2
realisasi
  2025-01   10 (d.csv:22)
  2025-02   30 (d.csv:23)
  2025-03   20 (d.csv:24)
  2025-TW2  50 (d.csv:25)
  min: min(10, 30, 20, 50) = 10

=== months, TW2 and TW3: through 2025-S1 [test_konsolidasi_mixed_through_quarter_semester]
$ for k in J R L X N; do rkt explain --periode 2025-S1 prelude.rkt t.rkt --data d.csv $k | sed -n '1,2p;/^realisasi$/,/^$/p'; done
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt < fixtures/eval/kon5.rkt
--- d.csv < fixtures/eval/bulan-tw2-tw3.csv
--- stdout
indikator J: jumlah
  sasaran S1, rencana R, periode 2025-S1
realisasi
  2025-01   10 (d.csv:2)
  2025-02   30 (d.csv:3)
  2025-03   20 (d.csv:4)
  2025-TW2  50 (d.csv:5)
  jumlah: 10 + 30 + 20 + 50 = 110

indikator R: rata
  sasaran S1, rencana R, periode 2025-S1
realisasi
  2025-01   10 (d.csv:7)
  2025-02   30 (d.csv:8)
  2025-03   20 (d.csv:9)
  2025-TW2  50 (d.csv:10)
  rata: (10 + 30 + 20 + 50) / 4 = 27.5 → 27.50

indikator L: terakhir
  sasaran S1, rencana R, periode 2025-S1
realisasi
  2025-01   10 (d.csv:12)
  2025-02   30 (d.csv:13)
  2025-03   20 (d.csv:14)
  2025-TW2  50 (d.csv:15)
  terakhir: 2025-TW2 → 50

indikator X: maks
  sasaran S1, rencana R, periode 2025-S1
realisasi
  2025-01   10 (d.csv:17)
  2025-02   30 (d.csv:18)
  2025-03   20 (d.csv:19)
  2025-TW2  50 (d.csv:20)
  maks: maks(10, 30, 20, 50) = 50

indikator N: min
  sasaran S1, rencana R, periode 2025-S1
realisasi
  2025-01   10 (d.csv:22)
  2025-02   30 (d.csv:23)
  2025-03   20 (d.csv:24)
  2025-TW2  50 (d.csv:25)
  min: min(10, 30, 20, 50) = 10

=== months, TW2 and TW3: through the year [test_konsolidasi_mixed_through_quarter_semester]
$ for k in J R L X N; do rkt explain prelude.rkt t.rkt --data d.csv $k | sed -n '1,2p;/^realisasi$/,/^$/p'; done
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt < fixtures/eval/kon5.rkt
--- d.csv < fixtures/eval/bulan-tw2-tw3.csv
--- stdout
indikator J: jumlah
  sasaran S1, rencana R, periode 2025
realisasi
  2025-01   10 (d.csv:2)
  2025-02   30 (d.csv:3)
  2025-03   20 (d.csv:4)
  2025-TW2  50 (d.csv:5)
  2025-TW3  5 (d.csv:6)
  jumlah: 10 + 30 + 20 + 50 + 5 = 115

indikator R: rata
  sasaran S1, rencana R, periode 2025
realisasi
  2025-01   10 (d.csv:7)
  2025-02   30 (d.csv:8)
  2025-03   20 (d.csv:9)
  2025-TW2  50 (d.csv:10)
  2025-TW3  5 (d.csv:11)
  rata: (10 + 30 + 20 + 50 + 5) / 5 = 23

indikator L: terakhir
  sasaran S1, rencana R, periode 2025
realisasi
  2025-01   10 (d.csv:12)
  2025-02   30 (d.csv:13)
  2025-03   20 (d.csv:14)
  2025-TW2  50 (d.csv:15)
  2025-TW3  5 (d.csv:16)
  terakhir: 2025-TW3 → 5

indikator X: maks
  sasaran S1, rencana R, periode 2025
realisasi
  2025-01   10 (d.csv:17)
  2025-02   30 (d.csv:18)
  2025-03   20 (d.csv:19)
  2025-TW2  50 (d.csv:20)
  2025-TW3  5 (d.csv:21)
  maks: maks(10, 30, 20, 50, 5) = 50

indikator N: min
  sasaran S1, rencana R, periode 2025
realisasi
  2025-01   10 (d.csv:22)
  2025-02   30 (d.csv:23)
  2025-03   20 (d.csv:24)
  2025-TW2  50 (d.csv:25)
  2025-TW3  5 (d.csv:26)
  min: min(10, 30, 20, 50, 5) = 5

=== a yearly value counts through no period before December: kosong, and the sasaran is without data [test_yearly_value_only_for_the_year]
# The table shows a kosong realisasi and capaian as "-".  The data, one
# yearly row 93.47 for each code, is fixtures/eval/tahunan.csv.
$ for p in 2025-S1 2025-TW3 2025-11 2025-TW1 2025-01; do rkt eval --format table --periode $p prelude.rkt t.rkt --data d.csv; done
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt < fixtures/eval/kon5.rkt
--- d.csv < fixtures/eval/tahunan.csv
--- stdout
S1  Sasaran  capaian -
Kode  Uraian    Satuan  Target  Realisasi  Capaian %  Predikat
J     jumlah    skor       100          -          -  -
R     rata      skor       100          -          -  -
L     terakhir  skor       100          -          -  -
X     maks      skor       100          -          -  -
N     min       skor       100          -          -  -
tanpa data: J, R, L, X, N

Capaian R (2025-S1): -
sasaran tanpa data: S1

Temuan: tidak ada
S1  Sasaran  capaian -
Kode  Uraian    Satuan  Target  Realisasi  Capaian %  Predikat
J     jumlah    skor       100          -          -  -
R     rata      skor       100          -          -  -
L     terakhir  skor       100          -          -  -
X     maks      skor       100          -          -  -
N     min       skor       100          -          -  -
tanpa data: J, R, L, X, N

Capaian R (2025-TW3): -
sasaran tanpa data: S1

Temuan: tidak ada
S1  Sasaran  capaian -
Kode  Uraian    Satuan  Target  Realisasi  Capaian %  Predikat
J     jumlah    skor       100          -          -  -
R     rata      skor       100          -          -  -
L     terakhir  skor       100          -          -  -
X     maks      skor       100          -          -  -
N     min       skor       100          -          -  -
tanpa data: J, R, L, X, N

Capaian R (2025-11): -
sasaran tanpa data: S1

Temuan: tidak ada
S1  Sasaran  capaian -
Kode  Uraian    Satuan  Target  Realisasi  Capaian %  Predikat
J     jumlah    skor       100          -          -  -
R     rata      skor       100          -          -  -
L     terakhir  skor       100          -          -  -
X     maks      skor       100          -          -  -
N     min       skor       100          -          -  -
tanpa data: J, R, L, X, N

Capaian R (2025-TW1): -
sasaran tanpa data: S1

Temuan: tidak ada
S1  Sasaran  capaian -
Kode  Uraian    Satuan  Target  Realisasi  Capaian %  Predikat
J     jumlah    skor       100          -          -  -
R     rata      skor       100          -          -  -
L     terakhir  skor       100          -          -  -
X     maks      skor       100          -          -  -
N     min       skor       100          -          -  -
tanpa data: J, R, L, X, N

Capaian R (2025-01): -
sasaran tanpa data: S1

Temuan: tidak ada

=== a yearly value counts for the year [test_yearly_value_only_for_the_year]
$ for k in J R L X N; do rkt explain prelude.rkt t.rkt --data d.csv $k | sed -n '1,2p;/^realisasi$/,/^$/p'; done
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt < fixtures/eval/kon5.rkt
--- d.csv < fixtures/eval/tahunan.csv
--- stdout
indikator J: jumlah
  sasaran S1, rencana R, periode 2025
realisasi
  2025      93.47 (d.csv:2)
  jumlah: 93.47 = 93.47

indikator R: rata
  sasaran S1, rencana R, periode 2025
realisasi
  2025      93.47 (d.csv:3)
  rata: (93.47) / 1 = 93.47

indikator L: terakhir
  sasaran S1, rencana R, periode 2025
realisasi
  2025      93.47 (d.csv:4)
  terakhir: 2025 → 93.47

indikator X: maks
  sasaran S1, rencana R, periode 2025
realisasi
  2025      93.47 (d.csv:5)
  maks: maks(93.47) = 93.47

indikator N: min
  sasaran S1, rencana R, periode 2025
realisasi
  2025      93.47 (d.csv:6)
  min: min(93.47) = 93.47

=== a yearly value counts through 2025-TW4, whose span is the whole year [test_yearly_value_through_year_end]
$ for k in J R L X N; do rkt explain --periode 2025-TW4 prelude.rkt t.rkt --data d.csv $k | sed -n '1,2p;/^realisasi$/,/^$/p'; done
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt < fixtures/eval/kon5.rkt
--- d.csv < fixtures/eval/tahunan.csv
--- stdout
indikator J: jumlah
  sasaran S1, rencana R, periode 2025-TW4
realisasi
  2025      93.47 (d.csv:2)
  jumlah: 93.47 = 93.47

indikator R: rata
  sasaran S1, rencana R, periode 2025-TW4
realisasi
  2025      93.47 (d.csv:3)
  rata: (93.47) / 1 = 93.47

indikator L: terakhir
  sasaran S1, rencana R, periode 2025-TW4
realisasi
  2025      93.47 (d.csv:4)
  terakhir: 2025 → 93.47

indikator X: maks
  sasaran S1, rencana R, periode 2025-TW4
realisasi
  2025      93.47 (d.csv:5)
  maks: maks(93.47) = 93.47

indikator N: min
  sasaran S1, rencana R, periode 2025-TW4
realisasi
  2025      93.47 (d.csv:6)
  min: min(93.47) = 93.47

=== a yearly value counts through 2025-S2, whose span is the whole year [test_yearly_value_through_year_end]
$ for k in J R L X N; do rkt explain --periode 2025-S2 prelude.rkt t.rkt --data d.csv $k | sed -n '1,2p;/^realisasi$/,/^$/p'; done
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt < fixtures/eval/kon5.rkt
--- d.csv < fixtures/eval/tahunan.csv
--- stdout
indikator J: jumlah
  sasaran S1, rencana R, periode 2025-S2
realisasi
  2025      93.47 (d.csv:2)
  jumlah: 93.47 = 93.47

indikator R: rata
  sasaran S1, rencana R, periode 2025-S2
realisasi
  2025      93.47 (d.csv:3)
  rata: (93.47) / 1 = 93.47

indikator L: terakhir
  sasaran S1, rencana R, periode 2025-S2
realisasi
  2025      93.47 (d.csv:4)
  terakhir: 2025 → 93.47

indikator X: maks
  sasaran S1, rencana R, periode 2025-S2
realisasi
  2025      93.47 (d.csv:5)
  maks: maks(93.47) = 93.47

indikator N: min
  sasaran S1, rencana R, periode 2025-S2
realisasi
  2025      93.47 (d.csv:6)
  min: min(93.47) = 93.47

=== a yearly value counts through 2025-12, whose span is the whole year [test_yearly_value_through_year_end]
$ for k in J R L X N; do rkt explain --periode 2025-12 prelude.rkt t.rkt --data d.csv $k | sed -n '1,2p;/^realisasi$/,/^$/p'; done
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt < fixtures/eval/kon5.rkt
--- d.csv < fixtures/eval/tahunan.csv
--- stdout
indikator J: jumlah
  sasaran S1, rencana R, periode 2025-12
realisasi
  2025      93.47 (d.csv:2)
  jumlah: 93.47 = 93.47

indikator R: rata
  sasaran S1, rencana R, periode 2025-12
realisasi
  2025      93.47 (d.csv:3)
  rata: (93.47) / 1 = 93.47

indikator L: terakhir
  sasaran S1, rencana R, periode 2025-12
realisasi
  2025      93.47 (d.csv:4)
  terakhir: 2025 → 93.47

indikator X: maks
  sasaran S1, rencana R, periode 2025-12
realisasi
  2025      93.47 (d.csv:5)
  maks: maks(93.47) = 93.47

indikator N: min
  sasaran S1, rencana R, periode 2025-12
realisasi
  2025      93.47 (d.csv:6)
  min: min(93.47) = 93.47

=== a semester value never counts through TW1, and counts through TW2 [test_semester_value_through_quarters]
# The data, S1 40 and TW3 12 for each code, is fixtures/eval/semester.csv.
$ rkt explain --periode 2025-TW1 prelude.rkt t.rkt --data d.csv J | sed -n '1,2p;/^realisasi$/,/^$/p'
$ for k in J R L X N; do rkt explain --periode 2025-TW2 prelude.rkt t.rkt --data d.csv $k | sed -n '1,2p;/^realisasi$/,/^$/p'; done
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt < fixtures/eval/kon5.rkt
--- d.csv < fixtures/eval/semester.csv
--- stdout
indikator J: jumlah
  sasaran S1, rencana R, periode 2025-TW1
realisasi
  no observation through 2025-TW1: kosong

indikator J: jumlah
  sasaran S1, rencana R, periode 2025-TW2
realisasi
  2025-S1   40 (d.csv:2)
  jumlah: 40 = 40

indikator R: rata
  sasaran S1, rencana R, periode 2025-TW2
realisasi
  2025-S1   40 (d.csv:4)
  rata: (40) / 1 = 40

indikator L: terakhir
  sasaran S1, rencana R, periode 2025-TW2
realisasi
  2025-S1   40 (d.csv:6)
  terakhir: 2025-S1 → 40

indikator X: maks
  sasaran S1, rencana R, periode 2025-TW2
realisasi
  2025-S1   40 (d.csv:8)
  maks: maks(40) = 40

indikator N: min
  sasaran S1, rencana R, periode 2025-TW2
realisasi
  2025-S1   40 (d.csv:10)
  min: min(40) = 40

=== a semester value counts through 2025-08 [test_semester_value_through_quarters]
# TW3 (July to September) does not lie inside January to August.
$ for k in J R L X N; do rkt explain --periode 2025-08 prelude.rkt t.rkt --data d.csv $k | sed -n '1,2p;/^realisasi$/,/^$/p'; done
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt < fixtures/eval/kon5.rkt
--- d.csv < fixtures/eval/semester.csv
--- stdout
indikator J: jumlah
  sasaran S1, rencana R, periode 2025-08
realisasi
  2025-S1   40 (d.csv:2)
  jumlah: 40 = 40

indikator R: rata
  sasaran S1, rencana R, periode 2025-08
realisasi
  2025-S1   40 (d.csv:4)
  rata: (40) / 1 = 40

indikator L: terakhir
  sasaran S1, rencana R, periode 2025-08
realisasi
  2025-S1   40 (d.csv:6)
  terakhir: 2025-S1 → 40

indikator X: maks
  sasaran S1, rencana R, periode 2025-08
realisasi
  2025-S1   40 (d.csv:8)
  maks: maks(40) = 40

indikator N: min
  sasaran S1, rencana R, periode 2025-08
realisasi
  2025-S1   40 (d.csv:10)
  min: min(40) = 40

=== a semester value counts through 2025-TW3 [test_semester_value_through_quarters]
$ for k in J R L X N; do rkt explain --periode 2025-TW3 prelude.rkt t.rkt --data d.csv $k | sed -n '1,2p;/^realisasi$/,/^$/p'; done
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt < fixtures/eval/kon5.rkt
--- d.csv < fixtures/eval/semester.csv
--- stdout
indikator J: jumlah
  sasaran S1, rencana R, periode 2025-TW3
realisasi
  2025-S1   40 (d.csv:2)
  2025-TW3  12 (d.csv:3)
  jumlah: 40 + 12 = 52

indikator R: rata
  sasaran S1, rencana R, periode 2025-TW3
realisasi
  2025-S1   40 (d.csv:4)
  2025-TW3  12 (d.csv:5)
  rata: (40 + 12) / 2 = 26

indikator L: terakhir
  sasaran S1, rencana R, periode 2025-TW3
realisasi
  2025-S1   40 (d.csv:6)
  2025-TW3  12 (d.csv:7)
  terakhir: 2025-TW3 → 12

indikator X: maks
  sasaran S1, rencana R, periode 2025-TW3
realisasi
  2025-S1   40 (d.csv:8)
  2025-TW3  12 (d.csv:9)
  maks: maks(40, 12) = 40

indikator N: min
  sasaran S1, rencana R, periode 2025-TW3
realisasi
  2025-S1   40 (d.csv:10)
  2025-TW3  12 (d.csv:11)
  min: min(40, 12) = 12

=== konsolidasi by default: cacah jumlah, other units terakhir [test_konsolidasi_default_by_unit]
$ rkt explain prelude.rkt t.rkt --data d.csv C | sed -n '1,2p;/^realisasi$/,/^$/p'
$ rkt explain prelude.rkt t.rkt --data d.csv A | sed -n '1,2p;/^realisasi$/,/^$/p'
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Sasaran" {
    indikator C "cacah" { satuan buah target 10 }
    indikator A "angka" { satuan skor target 10 }
  }
}
--- d.csv
kode,periode,nilai
C,2025-TW1,3
C,2025-TW2,4
A,2025-TW1,3
A,2025-TW2,4
--- stdout
indikator C: cacah
  sasaran S1, rencana R, periode 2025
realisasi
  2025-TW1  3 (d.csv:2)
  2025-TW2  4 (d.csv:3)
  jumlah: 3 + 4 = 7

indikator A: angka
  sasaran S1, rencana R, periode 2025
realisasi
  2025-TW1  3 (d.csv:4)
  2025-TW2  4 (d.csv:5)
  terakhir: 2025-TW2 → 4

=== an empty nilai is kosong: no observation, not a zero [test_kosong_row_is_no_observation]
$ rkt explain prelude.rkt t.rkt --data d.csv R | sed -n '1,2p;/^realisasi$/,/^$/p'
$ rkt explain prelude.rkt t.rkt --data d.csv L | sed -n '1,2p;/^realisasi$/,/^$/p'
$ rkt explain prelude.rkt t.rkt --data d.csv J | sed -n '1,2p;/^realisasi$/,/^$/p'
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt < fixtures/eval/kon5.rkt
--- d.csv
kode,periode,nilai
R,2025-TW1,4
R,2025-TW2,
L,2025-TW1,4
L,2025-TW2,
J,2025-TW1,
--- stdout
indikator R: rata
  sasaran S1, rencana R, periode 2025
realisasi
  2025-TW1  4 (d.csv:2)
  rata: (4) / 1 = 4

indikator L: terakhir
  sasaran S1, rencana R, periode 2025
realisasi
  2025-TW1  4 (d.csv:4)
  terakhir: 2025-TW1 → 4

indikator J: jumlah
  sasaran S1, rencana R, periode 2025
realisasi
  no observation through 2025: kosong
