# Golden tests of the levels family (E070-E075, E420): tingkat units, their
# levels, level targets and level data.  Catalogue: docs/diagnostics.md,
# "Levels".  Format: tests/golden/run.sh.

=== E070 E011 a tingkat unit's levels written wrongly
$ rkt check main.rkt
--- main.rkt
satuan kosong : tingkat
satuan daftar : cacah { A, B }
satuan campur : tingkat { A = 1, B }
satuan naik   : tingkat { A = 1, B = 2 }
satuan ulang  : tingkat { A, A }
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" {
    indikator I1 "Satu" { satuan kosong target A }
    indikator I2 "Dua" { satuan daftar target 1 }
    indikator I3 "Tiga" { satuan campur target A }
    indikator I4 "Empat" { satuan naik target A }
    indikator I5 "Lima" { satuan ulang target A }
  }
}
--- exit 1
--- stderr
main.rkt:1:17: error[E070]: satuan 'kosong' is 'tingkat' but lists no level; write them best first: satuan kosong : tingkat { WTP, WDP, TW, TMP }
    1 | satuan kosong : tingkat
      |                 ^~~~~~~
main.rkt:2:17: error[E070]: only a 'tingkat' satuan lists levels; write satuan daftar : tingkat { ... }, or drop the list
    2 | satuan daftar : cacah { A, B }
      |                 ^~~~~
main.rkt:3:34: error[E070]: level 'B' of satuan 'campur' has no value, but other levels have one; give every level a value (B = n) or none
    3 | satuan campur : tingkat { A = 1, B }
      |                                  ^
main.rkt:4:38: error[E070]: levels are listed best first, so their values must strictly decrease: B = 2 follows A = 1 in satuan 'naik'
    4 | satuan naik   : tingkat { A = 1, B = 2 }
      |                                      ^
main.rkt:5:30: error[E011]: level 'A' appears twice in satuan 'ulang'
    5 | satuan ulang  : tingkat { A, A }
      |                              ^

=== E071 E072 E073 a level target that is not one of its unit's, a number on a tingkat unit, a level on another unit
$ rkt check main.rkt
--- main.rkt
satuan opini : tingkat { WTP, WDP, TW, TMP }
satuan persen : persen
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" {
    indikator I1 "Salah eja" { satuan opini target WTB }
    indikator I2 "Angka" { satuan opini target 3 }
    indikator I3 "Persen" { satuan persen target WTP }
  }
}
--- exit 1
--- stderr
main.rkt:6:52: error[E071]: target 'WTB' is not a level of satuan 'opini' (WTP, WDP, TW, TMP); did you mean 'WTP'?
    6 |     indikator I1 "Salah eja" { satuan opini target WTB }
      |                                                    ^~~
main.rkt:7:48: error[E072]: satuan 'opini' of I2 is 'tingkat': its target is one of its levels (WTP, WDP, TW, TMP), not a number
    7 |     indikator I2 "Angka" { satuan opini target 3 }
      |                                                ^
main.rkt:8:50: error[E073]: target WTP is a level, but satuan 'persen' of I3 is not a 'tingkat' satuan; write a number, or declare the levels: satuan persen : tingkat { ... }
    8 |     indikator I3 "Persen" { satuan persen target WTP }
      |                                                  ^~~

=== E074 E075 konsolidasi other than terakhir, predikat dari realisasi without level values
$ rkt check main.rkt
--- main.rkt
satuan opini : tingkat { WTP, WDP, TW, TMP }
skala S { A "Baik" : >= 50  B "Kurang" : >= 0 }
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" {
    indikator I1 "Jumlah" { satuan opini target WTP konsolidasi jumlah }
    indikator I2 "Predikat" { satuan opini target WTP predikat S dari realisasi }
  }
}
--- exit 1
--- stderr
main.rkt:6:65: error[E074]: indikator 'I1' counts in levels of satuan 'opini', which take the level of the last observation: its konsolidasi is always terakhir; remove 'konsolidasi jumlah'
    6 |     indikator I1 "Jumlah" { satuan opini target WTP konsolidasi jumlah }
      |                                                                 ^~~~~~
main.rkt:7:64: error[E075]: 'predikat S dari realisasi' classifies a number, but the levels of satuan 'opini' carry no value; give them values (satuan opini : tingkat { WTP = 100, ... }) or classify the capaian: predikat S
    7 |     indikator I2 "Predikat" { satuan opini target WTP predikat S dari realisasi }
      |                                                                ^~~~~~~~~~~~~~~~

=== E420 a level in the data that is not one of its unit's, a number for a level indicator
$ rkt eval main.rkt --data realisasi.csv
--- main.rkt
satuan opini : tingkat { WTP, WDP, TW, TMP }
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" {
    indikator OPINI "Opini" { satuan opini target WTP }
    indikator OPINI2 "Opini" { satuan opini target WTP }
  }
}
--- realisasi.csv
kode,periode,nilai
OPINI,2025,WTB
OPINI2,2025,3
--- exit 1
--- stdout
--- stderr
realisasi.csv:2:12: error[E420]: nilai 'WTB' of OPINI is not a level of satuan 'opini' (WTP, WDP, TW, TMP); did you mean 'WTP'?
    2 | OPINI,2025,WTB
      |            ^~~
realisasi.csv:3:13: error[E420]: nilai '3' of OPINI2 is not a level of satuan 'opini' (WTP, WDP, TW, TMP)
    3 | OPINI2,2025,3
      |             ^
