# Golden tests of the capaian formulas of issue 10 (LANGUAGE.md §4.3-4.5;
# docs/language.md#capaian): range targets on every polarity (PermenPANRB:
# T* = the band's bound on R's side), terburuk on any target, capaian kosong
# without realisasi whatever the formula, bila_kosong, and a division by
# zero inside a library fungsi warned at the plan's call.  `rkt explain`
# prints each formula with its numbers; the arithmetic is in each case's
# comment.  Every formula also has an uji in tests/uji/rumus.rkt.
# Format: tests/golden/run.sh.

=== acceptance: maksimal band 80..90 with R 92, minimal band 7..8 with R 6.5, minimal target 10 terburuk 20 with R 12, capaian = 100 without rows
# A: above the band, T* = 90: 92 / 90 x 100 = 102.222... -> 102.22
# B: below the band, T* = 7: (2 - 6.5 / 7) x 100 = (2 - 0.928571...) x 100 = 107.142857... -> 107.14
# C: (W - R) / (W - T) x 100 = (20 - 12) / (20 - 10) x 100 = 80
# D: no row: kosong, although its formula is the constant 100
# S1 = (102.2222... + 107.1428... + 80) / 3 = 289.3650... / 3 = 96.4550... -> 96.46; D left out
$ rkt eval main.rkt --data d.csv --format table
--- main.rkt
satuan skor : angka
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Sasaran" {
    indikator A "maksimal, rentang" { satuan skor target 80..90 }
    indikator B "minimal, rentang" { satuan skor polaritas minimal target 7..8 }
    indikator C "minimal, terburuk" { satuan skor polaritas minimal target 10 terburuk 20 }
    indikator D "rumus tetap" { satuan skor target 10 capaian = 100 }
  }
}
--- d.csv
kode,periode,nilai
A,2025,92
B,2025,6.5
C,2025,12
--- exit 0
--- stdout
S1  Sasaran  capaian 96.46
Kode  Uraian             Satuan  Target  Realisasi  Capaian %  Predikat
A     maksimal, rentang  skor    80..90         92     102.22  -
B     minimal, rentang   skor      7..8       6.50     107.14  -
C     minimal, terburuk  skor        10         12         80  -
D     rumus tetap        skor        10          -          -  -
tanpa data: D

Capaian R (2025): 96.46

Temuan: tidak ada
--- stderr

=== explain names each range and terburuk formula
# A: above 80..90: R / b x 100 = 92 / 90 x 100 = 102.22
# E: maksimal band 80..90 with terburuk 50 and R 65: below, T* = 80:
#    (R - W) / (T - W) x 100 = (65 - 50) / (80 - 50) x 100 = 50
# F: minimal band 7..8 with R 7.5: inside: 100
# D: capaian = 100 with no realisasi: kosong, and explain says why
$ rkt explain main.rkt --data d.csv A
$ rkt explain main.rkt --data d.csv E
$ rkt explain main.rkt --data d.csv F
$ rkt explain main.rkt --data d.csv D
--- main.rkt
satuan skor : angka
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Sasaran" {
    indikator A "maksimal, rentang" { satuan skor target 80..90 }
    indikator D "rumus tetap" { satuan skor target 10 capaian = 100 }
    indikator E "maksimal, rentang, terburuk" { satuan skor target 80..90 terburuk 50 }
    indikator F "minimal, rentang" { satuan skor polaritas minimal target 7..8 }
  }
}
--- d.csv
kode,periode,nilai
A,2025,92
E,2025,65
F,2025,7.5
--- exit 0
--- stdout
indikator A: maksimal, rentang
  sasaran S1, rencana R, periode 2025
  satuan skor, polaritas maksimal, konsolidasi terakhir, bobot 1

realisasi
  2025      92 (d.csv:2)
  terakhir: 2025 → 92

target
  annual target 80..90 (main.rkt:5)

capaian
  maksimal, above the band 80..90: R / b × 100 = 92 / 90 × 100 = 102.22222222222221 → 102.22
  before rounding 102.22222222222221, after rounding 102.22

predikat
  none: no scale given
indikator E: maksimal, rentang, terburuk
  sasaran S1, rencana R, periode 2025
  satuan skor, polaritas maksimal, konsolidasi terakhir, bobot 1

realisasi
  2025      65 (d.csv:3)
  terakhir: 2025 → 65

target
  annual target 80..90 (main.rkt:7)

capaian
  R = 65 outside the band 80..90, so T* = 80 (the bound on R's side); maksimal with terburuk W: (R − W) / (T − W) × 100, never below 0 = (65 − 50) / (80 − 50) × 100 = 50
  before rounding 50, after rounding 50

predikat
  none: no scale given
indikator F: minimal, rentang
  sasaran S1, rencana R, periode 2025
  satuan skor, polaritas minimal, konsolidasi terakhir, bobot 1

realisasi
  2025      7.5 (d.csv:4)
  terakhir: 2025 → 7.5 → 7.50

target
  annual target 7..8 (main.rkt:8)

capaian
  minimal, inside the band 7..8 with R = 7.5: 100
  before rounding 100, after rounding 100

predikat
  none: no scale given
indikator D: rumus tetap
  sasaran S1, rencana R, periode 2025
  satuan skor, polaritas maksimal, konsolidasi terakhir, bobot 1

realisasi
  no observation through 2025: kosong

target
  annual target 10 (main.rkt:6)

capaian
  kosong: no realisasi (capaian = … is not evaluated without one)

predikat
  none: no scale given

=== bila_kosong kosong on a sasaran and the plan; lewati is the default; not inherited by nested elements
# S1 (bila_kosong kosong): I2 has no row, so S1 is kosong although I1 has 80.
# S2 (default lewati): I3 80 and I4 no row: S2 = 80, tanpa data I4.
# S3 (bila_kosong kosong) holds S4, whose own mean does not take it:
#   S4: I5 60, I6 no row: S4 = 60 (lewati); S3 has no indicator of its
#   own, so it is the mean of its kin S4 = 60, and S4 is not kosong.
# The plan (bila_kosong kosong): its outermost sasaran S1 is kosong, so the
# plan is kosong; without it the mean would be (80 + 60) / 2 = 70.
$ rkt eval main.rkt --data d.csv --format table
$ rkt explain main.rkt --data d.csv S1
$ rkt explain main.rkt --data d.csv R
--- main.rkt
satuan skor : angka
rkt R "Rencana" {
  tahun 2025
  bila_kosong kosong
  sasaran S1 "Satu" {
    bila_kosong kosong
    indikator I1 "a" { satuan skor target 100 }
    indikator I2 "b" { satuan skor target 100 }
  }
  sasaran S2 "Dua" {
    indikator I3 "c" { satuan skor target 100 }
    indikator I4 "d" { satuan skor target 100 }
  }
  sasaran S3 "Tiga" {
    bila_kosong kosong
    sasaran S4 "Empat" {
      indikator I5 "e" { satuan skor target 100 }
      indikator I6 "f" { satuan skor target 100 }
    }
  }
}
--- d.csv
kode,periode,nilai
I1,2025,80
I3,2025,80
I5,2025,60
--- exit 0
--- stdout
S1  Satu  capaian -
Kode  Uraian  Satuan  Target  Realisasi  Capaian %  Predikat
I1    a       skor       100         80         80  -
I2    b       skor       100          -          -  -
tanpa data: I2

S2  Dua  capaian 80
Kode  Uraian  Satuan  Target  Realisasi  Capaian %  Predikat
I3    c       skor       100         80         80  -
I4    d       skor       100          -          -  -
tanpa data: I4

S3  Tiga  capaian 60
Kode  Uraian  Satuan  Target  Realisasi  Capaian %  Predikat

S4  Empat  capaian 60
Kode  Uraian  Satuan  Target  Realisasi  Capaian %  Predikat
I5    e       skor       100         60         60  -
I6    f       skor       100          -          -  -
tanpa data: I6

Capaian R (2025): -
sasaran tanpa data: S1

Temuan: tidak ada
sasaran S1: Satu
  rencana R, periode 2025, bobot 1

indikator
  I1         capaian 80, bobot 1
  I2         capaian kosong: left out (tanpa data)

capaian
  bila_kosong kosong: I2 has no capaian, so no mean is shown: kosong

predikat
  none: no scale given

tanpa data: I2
rencana R: Rencana
  rkt, tahun 2025, periode 2025

sasaran
  S1         capaian kosong: left out (tanpa data)
  S2         capaian 80, bobot 1
  S3         capaian 60, bobot 1

capaian
  bila_kosong kosong: S1 has no capaian, so no mean is shown: kosong

predikat
  none: no scale given

sasaran tanpa data: S1

=== bila_kosong lewati written, and the plan's mean when no child is kosong
# S1 lewati: I2 no row, S1 = 80. The plan (kosong) has S1 = 80 and S2 = 50,
# neither kosong: (80 + 50) / 2 = 65.
$ rkt eval main.rkt --data d.csv --format table
--- main.rkt
satuan skor : angka
rkt R "Rencana" {
  tahun 2025
  bila_kosong kosong
  sasaran S1 "Satu" {
    bila_kosong lewati
    indikator I1 "a" { satuan skor target 100 }
    indikator I2 "b" { satuan skor target 100 }
  }
  sasaran S2 "Dua" { indikator I3 "c" { satuan skor target 100 } }
}
--- d.csv
kode,periode,nilai
I1,2025,80
I3,2025,50
--- exit 0
--- stdout
S1  Satu  capaian 80
Kode  Uraian  Satuan  Target  Realisasi  Capaian %  Predikat
I1    a       skor       100         80         80  -
I2    b       skor       100          -          -  -
tanpa data: I2

S2  Dua  capaian 50
Kode  Uraian  Satuan  Target  Realisasi  Capaian %  Predikat
I3    c       skor       100         50         50  -

Capaian R (2025): 65

Temuan: tidak ada

=== W401 a division by zero inside rules/sakip.rkt is warned at the plan's call, naming the indicator and the fungsi
# capaian_minimal_kemenkeu(r, t) divides r by t = 0: kosong, and the warning
# is at the call in I1's capaian, not inside rules/sakip.rkt.
$ rkt eval main.rkt --data d.csv --format table
--- main.rkt
impor "sakip"
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Sasaran" {
    indikator I1 "Temuan" { satuan persen polaritas minimal target 0 capaian = capaian_minimal_kemenkeu(realisasi, target) }
  }
}
--- d.csv
kode,periode,nilai
I1,2025,5
--- exit 0
--- stdout
S1  Sasaran  capaian -
Kode  Uraian  Satuan  Target  Realisasi  Capaian %  Predikat
I1    Temuan  persen       0          5          -  -
tanpa data: I1

Capaian R (2025): -
sasaran tanpa data: S1

Temuan: tidak ada
--- stderr
main.rkt:5:80: warning[W401]: division by zero in fungsi 'capaian_minimal_kemenkeu', called for indikator 'I1': the value is kosong
    5 |     indikator I1 "Temuan" { satuan persen polaritas minimal target 0 capaian = capaian_minimal_kemenkeu(realisasi, target) }
      |                                                                                ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

=== bila_kosong is inherited through mengacu, a written lewati overrides it, and a wrong word is E013
# The pk inherits the rkt's plan-level `bila_kosong kosong` and SP1's; SP2
# writes lewati. I2 and I4 have no row: SP1 kosong (inherited kosong),
# SP2 = I3 70 (lewati); the plan (inherited kosong) is kosong, SP1 being so.
$ rkt eval pk.rkt --rencana P --data d.csv --format table
--- rkt.rkt
satuan skor : angka
rkt R "Rencana" {
  tahun 2025
  bila_kosong kosong
  sasaran SP1 "Satu" {
    bila_kosong kosong
    indikator I1 "a" { satuan skor target 100 }
    indikator I2 "b" { satuan skor target 100 }
  }
  sasaran SP2 "Dua" {
    bila_kosong kosong
    indikator I3 "c" { satuan skor target 100 }
    indikator I4 "d" { satuan skor target 100 }
  }
}
--- pk.rkt
impor "rkt.rkt"
pk P "Perjanjian" {
  tahun 2025
  mengacu R
  sasaran SP1 { indikator I1 { target 100 } indikator I2 { target 100 } }
  sasaran SP2 { bila_kosong lewati indikator I3 { target 100 } indikator I4 { target 100 } }
}
--- d.csv
rencana,kode,periode,nilai
P,I1,2025,80
P,I3,2025,70
--- exit 0
--- stdout
SP1  Satu  capaian -
Kode  Uraian  Satuan  Target  Realisasi  Capaian %  Predikat
I1    a       skor       100         80         80  -
I2    b       skor       100          -          -  -
tanpa data: I2

SP2  Dua  capaian 70
Kode  Uraian  Satuan  Target  Realisasi  Capaian %  Predikat
I3    c       skor       100         70         70  -
I4    d       skor       100          -          -  -
tanpa data: I4

Capaian P (2025): -
sasaran tanpa data: SP1

Temuan: tidak ada

=== E013 bila_kosong takes lewati or kosong
$ rkt check main.rkt
--- main.rkt
satuan skor : angka
rkt R "Rencana" {
  tahun 2025
  bila_kosong kosongg
  sasaran SP1 "Satu" { indikator I1 "a" { satuan skor target 100 } }
}
--- exit 1
--- stderr
main.rkt:4:15: error[E013]: 'kosongg' is not a valid bila_kosong; expected one of: lewati, kosong; did you mean 'kosong'?
    4 |   bila_kosong kosongg
      |               ^~~~~~~
