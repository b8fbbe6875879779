# Golden tests of the declarations family (E011, E013-E016, E024, E028,
# W001-W003): names declared twice, property values of the wrong kind,
# properties in the wrong place or missing, scales, unused declarations.
# Catalogue: docs/diagnostics.md.  Format: tests/golden/run.sh.  Cases
# titled "fixed bug" keep a fixed bug from coming back; their comment says
# what went wrong.

=== E011 a unit the library already declares, otherwise
# The library's `satuan persen : persen` again would be the same
# declaration (check/namespaces.t); a unit of another kind is not.
$ rkt check main.rkt
--- main.rkt
impor "sakip"
satuan persen : angka
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" { indikator I1 "Satu" { satuan persen target 50 } }
}
--- exit 1
--- stderr
main.rkt:2:8: error[E011]: satuan 'persen' is declared at $ROOT/rules/sakip.rkt:19:8 as 'persen'; here as 'angka'; a name has one definition in a run: declare it the same way everywhere, or rename one
    2 | satuan persen : angka
      |        ^~~~~~

=== E011 two plans with one code
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
rkt RKT_2025 "Rencana Kinerja Tahunan 2025" {
  tahun 2025
  sasaran SP1 "Sasaran" { indikator I1 "Satu" { satuan persen target 50 } }
}
pk RKT_2025 "Perjanjian Kinerja 2025" {
  tahun 2025
  sasaran SP1 "Sasaran" { indikator I1 "Satu" { satuan persen target 50 } }
}
--- exit 1
--- stderr
main.rkt:6:4: error[E011]: rencana 'RKT_2025' is already declared at main.rkt:2:5; a code names one data series, plan, aturan or uji in a run: rename one of them
    6 | pk RKT_2025 "Perjanjian Kinerja 2025" {
      |    ^~~~~~~~

=== E011 names inside declarations: bands, parameters, built-ins
$ rkt check main.rkt
--- main.rkt
skala S {
  A "Baik"   : > 80
  B "Cukup"  : > 60
  A "Kurang" : >= 0
}
fungsi selisih(a, a) = a - a
fungsi rata(x) = x
aturan "Pakai" { jika kategori(selisih(1, 2), S) == "A" dan rata(1) > 0 maka info "x" }
--- exit 1
--- stderr
main.rkt:4:3: error[E011]: band 'A' appears twice in skala 'S'
    4 |   A "Kurang" : >= 0
      |   ^
main.rkt:6:19: error[E011]: parameter 'a' appears twice in fungsi 'selisih'
    6 | fungsi selisih(a, a) = a - a
      |                   ^
main.rkt:7:8: error[E011]: fungsi 'rata' would hide the built-in of that name; choose another name
    7 | fungsi rata(x) = x
      |        ^~~~
main.rkt:7:8: warning[W003]: fungsi 'rata' is declared but never used
    7 | fungsi rata(x) = x
      |        ^~~~

=== E011 codes declared twice in one plan
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran satu" {
    indikator I1 "Satu" { satuan persen target 50 }
    indikator I1 "Dua" { satuan persen target 60 }
  }
  sasaran SP1 "Sasaran dua" {
    indikator I3 "Tiga" { satuan persen target { TW1: 10, TW1: 20, TW2: 30, TW3: 40, TW4: 50 } }
  }
}
renstra S "Renstra" {
  periode 2025..2029
  sasaran SP1 "Sasaran" {
    indikator I1 "Satu" { satuan persen target { 2025: 50, 2025: 55 } }
  }
}
--- exit 1
--- stderr
main.rkt:6:15: error[E011]: indikator 'I1' is declared twice in plan 'R'; the first is at main.rkt:5:15
    6 |     indikator I1 "Dua" { satuan persen target 60 }
      |               ^~
main.rkt:8:11: error[E011]: sasaran 'SP1' is declared twice in plan 'R'; the first is at main.rkt:4:11
    8 |   sasaran SP1 "Sasaran dua" {
      |           ^~~
main.rkt:9:59: error[E011]: TW1 is listed twice
    9 |     indikator I3 "Tiga" { satuan persen target { TW1: 10, TW1: 20, TW2: 30, TW3: 40, TW4: 50 } }
      |                                                           ^~~
main.rkt:15:60: error[E011]: year 2025 is listed twice
   15 |     indikator I1 "Satu" { satuan persen target { 2025: 50, 2025: 55 } }
      |                                                            ^~~~

=== E011 fixed bug: the rejected duplicate of a unit is the one used
# After E011 the first declaration should stand: the target is checked
# against 0..100 (E019) and line 1 is not "never used".
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
satuan persen : persen 0..200
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" { indikator I1 "Satu" { satuan persen target 150 } }
}
--- exit 1
--- stderr
main.rkt:2:8: error[E011]: satuan 'persen' is declared at main.rkt:1:8 as 'persen'; here as 'persen 0..200'; a name has one definition in a run: declare it the same way everywhere, or rename one
    2 | satuan persen : persen 0..200
      |        ^~~~~~
main.rkt:5:70: error[E019]: target 150 is outside the range 0..100 of satuan 'persen'
    5 |   sasaran SP1 "Sasaran" { indikator I1 "Satu" { satuan persen target 150 } }
      |                                                                      ^~~

=== E013 words that are not among the allowed values
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
satuan orang : cacahh
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" {
    indikator I1 "Satu" {
      satuan      persen
      target      50
      polaritas   maximal
      konsolidasi 3
      jenis       keluaran
    }
  }
}
aturan "Salah" { jika 1 > 0 maka error "m" }
--- exit 1
--- stderr
main.rkt:2:8: warning[W003]: satuan 'orang' is declared but never used
    2 | satuan orang : cacahh
      |        ^~~~~
main.rkt:2:16: error[E013]: unknown kind of satuan 'cacahh'; expected one of: cacah, indeks, persen, angka, tingkat; did you mean 'cacah'?
    2 | satuan orang : cacahh
      |                ^~~~~~
main.rkt:9:19: error[E013]: 'maximal' is not a valid polaritas; expected one of: maksimal, minimal, stabil; did you mean 'maksimal'?
    9 |       polaritas   maximal
      |                   ^~~~~~~
main.rkt:10:19: error[E013]: 'konsolidasi' takes one of: jumlah, rata, terakhir, maks, min; found a number
   10 |       konsolidasi 3
      |                   ^
main.rkt:11:19: error[E013]: 'keluaran' is not a valid jenis; expected one of: input, output, outcome, manfaat, dampak
   11 |       jenis       keluaran
      |                   ^~~~~~~~
main.rkt:15:34: error[E013]: unknown severity 'error'; expected one of: galat, peringatan, info
   15 | aturan "Salah" { jika 1 > 0 maka error "m" }
      |                                  ^~~~~

=== E013 values of the wrong kind
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
rkt R "Rencana" {
  tahun    2025.5
  predikat "AA"
  sasaran SP1 "Sasaran" {
    predikat PREDIKAT_AKIP dari realisasi
    indikator I1 "Satu" {
      satuan    persen
      target    50
      pelaksana Seksi_Karantina
      bobot     "1"
    }
  }
  sasaran SP2 "Sasaran dua" {
    indikator I2 "Dua" { satuan persen target 50 bobot -1 }
  }
}
skala PREDIKAT_AKIP { A "Baik" : >= 0 }
uji "u" { rencana 5 periode "2025" }
--- exit 1
--- stderr
main.rkt:3:12: error[E013]: 'tahun' takes a year such as 2025; found 2025.5
    3 |   tahun    2025.5
      |            ^~~~~~
main.rkt:4:12: error[E013]: 'predikat' takes a skala name, e.g. predikat PREDIKAT_AKIP; found a string
    4 |   predikat "AA"
      |            ^~~~
main.rkt:6:33: error[E013]: 'predikat PREDIKAT_AKIP dari realisasi': only an indicator's predikat may be taken 'dari realisasi'
    6 |     predikat PREDIKAT_AKIP dari realisasi
      |                                 ^~~~~~~~~
main.rkt:10:17: error[E013]: 'pelaksana' takes a string in double quotes, e.g. pelaksana "..."; found a name
   10 |       pelaksana Seksi_Karantina
      |                 ^~~~~~~~~~~~~~~
main.rkt:11:17: error[E013]: 'bobot' takes a number; found a string; write 1 without the quotes
   11 |       bobot     "1"
      |                 ^~~
main.rkt:15:56: error[E013]: bobot must not be negative
   15 |     indikator I2 "Dua" { satuan persen target 50 bobot -1 }
      |                                                        ^~
main.rkt:19:19: error[E013]: 'rencana' takes the code of a plan
   19 | uji "u" { rencana 5 periode "2025" }
      |                   ^
main.rkt:19:29: error[E013]: 'periode' takes a period: 2025, 2025-TW2, 2025-S1 or 2025-06
   19 | uji "u" { rencana 5 periode "2025" }
      |                             ^~~~~~

=== E013 fixed bug: a periode or a uji periode beyond any year is cast to int
# periode 2025..99999999999 became 2025..-2147483648 (undefined behaviour),
# a uji 'periode 1e11' likewise.  Years are whole, from 1900 to 2200.
$ rkt check main.rkt
--- main.rkt
satuan x : persen
renstra S "Renstra" {
  periode 2025..99999999999
  sasaran A "A" { indikator I "I" { satuan x } }
}
uji "u" {
  periode 99999999999
}
--- exit 1
--- stderr
main.rkt:3:11: error[E013]: 'periode' takes a range of years (1900..2200), e.g. periode 2025..2029
    3 |   periode 2025..99999999999
      |           ^~~~~~~~~~~~~~~~~
main.rkt:7:11: error[E013]: 'periode' takes a period: 2025, 2025-TW2, 2025-S1 or 2025-06
    7 |   periode 99999999999
      |           ^~~~~~~~~~~

=== E013 targets written in the wrong shape
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
renstra S "Renstra" {
  periode 2025..2029
  sasaran SP1 "Sasaran" {
    indikator I1 "Satu" { satuan persen target 50 }
    indikator I2 "Dua" { satuan persen target { 2025: 50, 2030: 60 } }
    indikator I3 "Tiga" { satuan persen target { TW1: 10 } }
  }
}
--- exit 1
--- stderr
main.rkt:5:48: error[E013]: a renstra lists its targets by year: target { 2025: 50, ... }
    5 |     indikator I1 "Satu" { satuan persen target 50 }
      |                                                ^~
main.rkt:6:59: error[E013]: year 2030 is outside the renstra's periode 2025..2029
    6 |     indikator I2 "Dua" { satuan persen target { 2025: 50, 2030: 60 } }
      |                                                           ^~~~
main.rkt:7:50: error[E013]: a renstra's targets are keyed by year (2025: n), not 'TW1'
    7 |     indikator I3 "Tiga" { satuan persen target { TW1: 10 } }
      |                                                  ^~~

=== E013 fixed bug: a wrongly written satuan or target is also reported missing
# The E013 says what is wrong; the E015 "has no 'satuan'" and "has no
# 'target'" that follow are a cascade, and so is the W002 for a bobot
# that is written, only wrongly.
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" {
    indikator I1 "Satu" { satuan 5 target "x" }
    indikator I2 "Dua" { satuan persen target { 2025: 50 } bobot "1" }
    indikator I3 "Tiga" { satuan persen target 50 bobot 2 }
  }
}
--- exit 1
--- stderr
main.rkt:5:15: warning[W002]: indikator 'I1' has no bobot while others in sasaran 'SP1' do; it counts with bobot 1
    5 |     indikator I1 "Satu" { satuan 5 target "x" }
      |               ^~
main.rkt:5:34: error[E013]: 'satuan' takes the name of a declared satuan; found a number
    5 |     indikator I1 "Satu" { satuan 5 target "x" }
      |                                  ^
main.rkt:5:43: error[E013]: 'target' takes a number, a range a..b, a level of a tingkat satuan, or a list { TW1: n, ... }; found a string
    5 |     indikator I1 "Satu" { satuan 5 target "x" }
      |                                           ^~~
main.rkt:6:49: error[E013]: the targets of a year's parts are keyed TW1..TW4, S1, S2 or B01..B12, not '2025'; an rkt or pk gives the target of its own year as a number
    6 |     indikator I2 "Dua" { satuan persen target { 2025: 50 } bobot "1" }
      |                                                 ^~~~
main.rkt:6:66: error[E013]: 'bobot' takes a number; found a string; write 1 without the quotes
    6 |     indikator I2 "Dua" { satuan persen target { 2025: 50 } bobot "1" }
      |                                                                  ^~~

=== E013 fixed bug: a negative bobot on a sasaran is accepted
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Satu" { bobot -1 indikator I1 "Satu" { satuan persen target 50 } }
  sasaran SP2 "Dua" { bobot 2 indikator I2 "Dua" { satuan persen target 50 } }
}
--- exit 1
--- stderr
main.rkt:4:30: error[E013]: bobot must not be negative
    4 |   sasaran SP1 "Satu" { bobot -1 indikator I1 "Satu" { satuan persen target 50 } }
      |                              ^~

=== E014 a misspelt property, with the nearest valid name
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" {
    indikator I1 "Satu" {
      satuan     persen
      target     50
      polaritass maksimal
    }
  }
}
--- exit 1
--- stderr
main.rkt:8:7: error[E014]: 'polaritass' does not belong in an indikator; did you mean 'polaritas'? (valid here: satuan, target, polaritas, konsolidasi, batas, terburuk, kondisi_awal, bobot, jenis, sifat, ukuran, pelaksana, keterangan, definisi, sumber, realisasi, capaian, predikat, ditunda, konsolidasi_lokasi, mendukung)
    8 |       polaritass maksimal
      |       ^~~~~~~~~~

=== E014 properties written in the wrong block
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
data d1 "Unsur 1" satuan persen { konsolidasi rata jenis output }
renstra S "Renstra" {
  periode 2025..2029
  tahun   2025
  mengacu X
  tujuan  T1 "Tujuan"
  sasaran SP1 "Sasaran" {
    tujuan T1 "Tujuan"
    target 5
    indikator I1 "Satu" { satuan persen target { 2025: 50 } ditunda "tidak" }
  }
}
rkt R "Rencana" {
  tahun   2025
  periode 2025..2029
  sasaran SP1 "Sasaran" { indikator I1 "Satu" { satuan persen target 50 realisasi = d1 } }
}
uji "u" { rencana R tahun 2025 }
--- exit 1
--- stderr
main.rkt:2:52: error[E014]: 'jenis' does not belong in a data series; valid here: konsolidasi, keterangan, definisi, sumber
    2 | data d1 "Unsur 1" satuan persen { konsolidasi rata jenis output }
      |                                                    ^~~~~
main.rkt:5:3: error[E014]: a renstra spans years: write 'periode 2025..2029' instead of 'tahun'
    5 |   tahun   2025
      |   ^~~~~
main.rkt:6:3: error[E014]: a renstra refers to no other plan; 'mengacu' belongs in an rkt or pk
    6 |   mengacu X
      |   ^~~~~~~
main.rkt:9:12: error[E011]: tujuan 'T1' is declared twice in plan 'S'; the first is at main.rkt:7:11
    9 |     tujuan T1 "Tujuan"
      |            ^~
main.rkt:10:5: error[E014]: 'target' does not belong in a sasaran; valid here: bobot, keterangan, predikat, bila_kosong, tingkat, indikator, tujuan, sasaran, program, kegiatan, subkegiatan
   10 |     target 5
      |     ^~~~~~
main.rkt:11:61: error[E014]: 'ditunda' belongs in an rkt or pk: it marks a Renstra indicator not pursued that year
   11 |     indikator I1 "Satu" { satuan persen target { 2025: 50 } ditunda "tidak" }
      |                                                             ^~~~~~~
main.rkt:16:3: error[E014]: 'periode' does not belong in an rkt; valid here: tahun, instansi, mengacu, atasan, keterangan, predikat, bila_kosong, tujuan, program, sasaran, tempat, tanggal, penandatangan, pihak_kedua
   16 |   periode 2025..2029
      |   ^~~~~~~
main.rkt:19:21: error[E014]: 'tahun' does not belong in an uji; valid here: rencana, periode, data, harap
   19 | uji "u" { rencana R tahun 2025 }
      |                     ^~~~~

=== E015 required properties missing
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
renstra S "Renstra" {
  sasaran SP1 "Sasaran" { indikator I1 "Satu" { satuan persen target { 2025: 1 } } }
}
rkt R "Rencana" {
  sasaran SP1 "Sasaran" {
    indikator I1 { target 50 }
    indikator I2 "Dua" { satuan persen }
  }
}
--- exit 1
--- stderr
main.rkt:2:9: error[E015]: renstra 'S' has no 'periode'; add e.g. periode 2025..2029
    2 | renstra S "Renstra" {
      |         ^
main.rkt:5:5: error[E015]: rkt 'R' has no 'tahun'; add e.g. tahun 2025
    5 | rkt R "Rencana" {
      |     ^
main.rkt:7:15: error[E015]: indikator 'I1' has no uraian; write it after the code: indikator I1 "..."
    7 |     indikator I1 { target 50 }
      |               ^~
main.rkt:7:15: error[E015]: indikator 'I1' has no 'satuan'; add e.g. satuan persen
    7 |     indikator I1 { target 50 }
      |               ^~
main.rkt:8:15: error[E015]: indikator 'I2' has no 'target'; add e.g. target 100
    8 |     indikator I2 "Dua" { satuan persen }
      |               ^~

=== E015 a skala with no band and an aturan with no condition
$ rkt check main.rkt
--- main.rkt
skala KOSONG { }
aturan "Selalu" { maka info "pesan" }
--- exit 1
--- stderr
main.rkt:1:7: error[E015]: skala 'KOSONG' has no band; write bands as CODE "label" : > number
    1 | skala KOSONG { }
      |       ^~~~~~
main.rkt:1:7: warning[W003]: skala 'KOSONG' is declared but never used
    1 | skala KOSONG { }
      |       ^~~~~~
main.rkt:2:1: error[E015]: aturan 'Selalu' has no condition; write: jika CONDITION maka info "message"
    2 | aturan "Selalu" { maka info "pesan" }
      | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

=== E015 fixed bug: a sasaran without uraian is not reported
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 { indikator I1 "Satu" { satuan persen target 50 } }
}
--- exit 1
--- stderr
main.rkt:4:11: error[E015]: sasaran 'SP1' has no uraian; write it after the code: sasaran SP1 "..."
    4 |   sasaran SP1 { indikator I1 "Satu" { satuan persen target 50 } }
      |           ^~~

=== E016 scale thresholds that do not strictly decrease
$ rkt check main.rkt
--- main.rkt
skala MUTU {
  A "Sangat Baik" : >= 88.31
  B "Baik"        : >= 90
  C "Kurang"      : > 65
  D "Buruk"       : > 65
}
aturan "Pakai" { jika kategori(1, MUTU) == "A" maka info "x" }
--- exit 1
--- stderr
main.rkt:3:24: error[E016]: thresholds of skala 'MUTU' must strictly decrease from the first band to the last: 90 (band B) follows 88.31 (band A)
    3 |   B "Baik"        : >= 90
      |                        ^~
main.rkt:5:23: error[E016]: thresholds of skala 'MUTU' must strictly decrease from the first band to the last: 65 (band D) follows 65 (band C)
    5 |   D "Buruk"       : > 65
      |                       ^~

=== E024 a unit whose range is empty
$ rkt check main.rkt
--- main.rkt
satuan nilai : indeks 100..0
aturan "x" { jika 1 > 0 maka info "x" }
--- exit 1
--- stderr
main.rkt:1:8: warning[W003]: satuan 'nilai' is declared but never used
    1 | satuan nilai : indeks 100..0
      |        ^~~~~
main.rkt:1:23: error[E024]: range 100..0 of satuan 'nilai' is reversed; write the lower bound first: 0..100
    1 | satuan nilai : indeks 100..0
      |                       ^~~~~~

=== E028 a property written twice in one block
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
rkt R "Rencana" {
  tahun 2025
  tahun 2026
  sasaran SP1 "Sasaran" {
    bobot 1
    bobot 2
    indikator I1 "Satu" {
      satuan persen
      target 50
      target 60
      target { TW1: 10, TW2: 20, TW3: 30, TW4: 50 }
      target { TW1: 10, TW2: 20, TW3: 30, TW4: 50 }
      satuan persen
    }
  }
}
--- exit 1
--- stderr
main.rkt:4:3: error[E028]: 'tahun' is written twice in this block; the first is at line 3
    4 |   tahun 2026
      |   ^~~~~
main.rkt:7:5: error[E028]: 'bobot' is written twice in this block; the first is at line 6
    7 |     bobot 2
      |     ^~~~~
main.rkt:11:7: error[E028]: the annual target is written twice
   11 |       target 60
      |       ^~~~~~
main.rkt:13:7: error[E028]: a target list is written twice
   13 |       target { TW1: 10, TW2: 20, TW3: 30, TW4: 50 }
      |       ^~~~~~
main.rkt:14:7: error[E028]: 'satuan' is written twice in this block; the first is at line 9
   14 |       satuan persen
      |       ^~~~~~

=== E029 an element inside another of its own kind
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
rkt R "Rencana" {
  tahun 2025
  program P1 "Program" {
    kegiatan K1 "Kegiatan" {
      subkegiatan S1 "Subkegiatan" {
        kegiatan K2 "Kegiatan lain" { indikator I1 "Satu" { satuan persen target 50 } }
      }
    }
  }
  sasaran SP1 "Layanan" { indikator I2 "Dua" { satuan persen target 50 } }
}
--- exit 1
--- stderr
main.rkt:7:18: error[E029]: kegiatan 'K2' lies inside another kegiatan; an element holds only other kinds (only a sasaran may hold sasaran): close the outer kegiatan first
    7 |         kegiatan K2 "Kegiatan lain" { indikator I1 "Satu" { satuan persen target 50 } }
      |                  ^~

=== E029 fixed: the two kegiatan are siblings
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
rkt R "Rencana" {
  tahun 2025
  program P1 "Program" {
    kegiatan K1 "Kegiatan" {
      subkegiatan S1 "Subkegiatan" { }
    }
    kegiatan K2 "Kegiatan lain" { indikator I1 "Satu" { satuan persen target 50 } }
  }
  sasaran SP1 "Layanan" { indikator I2 "Dua" { satuan persen target 50 } }
}
--- stderr

=== W001 a sasaran with no indikator
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran satu" { indikator I1 "Satu" { satuan persen target 50 } }
  sasaran SP2 "Sasaran dua" { }
}
--- exit 0
--- stderr
main.rkt:5:11: warning[W001]: sasaran 'SP2' has no indikator; its achievement cannot be measured
    5 |   sasaran SP2 "Sasaran dua" { }
      |           ^~~

=== W002 weights on some siblings only
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran satu" {
    bobot 2
    indikator I1 "Satu" { satuan persen target 50 bobot 3 }
    indikator I2 "Dua" { satuan persen target 50 }
  }
  sasaran SP2 "Sasaran dua" { indikator I3 "Tiga" { satuan persen target 50 } }
}
--- exit 0
--- stderr
main.rkt:7:15: warning[W002]: indikator 'I2' has no bobot while others in sasaran 'SP1' do; it counts with bobot 1
    7 |     indikator I2 "Dua" { satuan persen target 50 }
      |               ^~
main.rkt:9:11: warning[W002]: sasaran 'SP2' has no bobot while others in plan 'R' do; it counts with bobot 1
    9 |   sasaran SP2 "Sasaran dua" { indikator I3 "Tiga" { satuan persen target 50 } }
      |           ^~~

=== W003 declarations never used
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
satuan orang : cacah
skala MUTU { A "Baik" : >= 0 }
fungsi rasio(a, b) = a / b * 100
data survei "Survei" satuan persen
--- exit 0
--- stderr
main.rkt:2:8: warning[W003]: satuan 'orang' is declared but never used
    2 | satuan orang : cacah
      |        ^~~~~
main.rkt:3:7: warning[W003]: skala 'MUTU' is declared but never used
    3 | skala MUTU { A "Baik" : >= 0 }
      |       ^~~~
main.rkt:4:8: warning[W003]: fungsi 'rasio' is declared but never used
    4 | fungsi rasio(a, b) = a / b * 100
      |        ^~~~~
main.rkt:5:6: warning[W003]: data series 'survei' is declared but never used
    5 | data survei "Survei" satuan persen
      |      ^~~~~~

=== W003 a library's declarations are not reported unused
$ rkt check main.rkt
--- main.rkt
impor "sakip"
impor "ikm"
--- exit 0
--- stderr
