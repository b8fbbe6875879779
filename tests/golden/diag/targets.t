# Golden tests of the targets family (E012, E019, E022-E026, I001 and the
# E015 for incomplete quarterly targets): targets checked against their
# unit, their polarity and each other.  Catalogue: docs/diagnostics.md.
# Format: tests/golden/run.sh.  Cases titled "fixed bug" keep a fixed bug
# from coming back; their comment says what went wrong.

=== E012 acceptance: the seed's IKSP3 written with the Indonesian thousands dot
# The example of examples/bkhit with 25_945 written 25.945: exit 1, E012 at
# the number, with the suggestion.
$ cp -r $ROOT/examples/bkhit . && sed -i 's/      target 25_945/      target 25.945/' bkhit/rkt-2025.rkt && rkt check bkhit/rkt-2025.rkt
--- exit 1
--- stderr
bkhit/rkt-2025.rkt:25:23: warning[W042]: uraian of indikator IKSP1 differs from renstra 'RENSTRA_BKHIT': here "Jumlah Temuan HPHK, HPIK dan OPTK di dalam wilayah Indonesia yang ditindaklanjuti", there "Jumlah temuan HPHK, HPIK dan OPTK di dalam wilayah Indonesia yang ditindaklanjuti"
   25 |       indikator IKSP1 "Jumlah Temuan HPHK, HPIK dan OPTK di dalam wilayah Indonesia yang ditindaklanjuti" {
      |                       ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
bkhit/rkt-2025.rkt:29:23: warning[W042]: uraian of indikator IKSP2 differs from renstra 'RENSTRA_BKHIT': here "Jumlah Temuan HPHK, HPIK dan OPTK di tempat pemasukan dan / atau pengeluaran yang ditindaklanjuti", there "Jumlah temuan HPHK, HPIK dan OPTK di tempat pemasukan dan / atau pengeluaran yang ditindaklanjuti"
   29 |       indikator IKSP2 "Jumlah Temuan HPHK, HPIK dan OPTK di tempat pemasukan dan / atau pengeluaran yang ditindaklanjuti" {
      |                       ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
bkhit/rkt-2025.rkt:35:16: error[E012]: target 25.945 is not a whole number, but satuan 'sertifikat' counts; did you mean 25_945?
   35 |         target 25.945
      |                ^~~~~~
bkhit/rkt-2025.rkt:44:17: warning[W042]: uraian of sasaran SP2 differs from renstra 'RENSTRA_BKHIT': here "Terealisasinya Keterlibatan Masyarakat dalamn Penyelenggaraan Perkarantinaan Hewan, Ikan, Tumbuhan yang Partisipatif", there "Terealisasinya Keterlibatan Masyarakat dalam Penyelenggaraan Perkarantinaan Hewan, Ikan, Tumbuhan yang Partisipatif"
   44 |     sasaran SP2 "Terealisasinya Keterlibatan Masyarakat dalamn Penyelenggaraan Perkarantinaan Hewan, Ikan, Tumbuhan yang Partisipatif" {
      |                 ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
bkhit/rkt-2025.rkt:56:16: note[I001]: target 0 uses the rule for a zero target: capaian is 100% when realisasi >= 0, else 0%
   56 |         target 0
      |                ^
bkhit/rkt-2025.rkt:78:24: warning[W042]: uraian of indikator IKSP10 differs from renstra 'RENSTRA_BKHIT': here "Nilai kinerja Anggaran Balai Karantina Hewan, Ikan dan Tumbuhan Kalimantan Barat", there "Nilai kinerja anggaran Balai Karantina Hewan, Ikan dan Tumbuhan Kalimantan Barat"
   78 |       indikator IKSP10 "Nilai kinerja Anggaran Balai Karantina Hewan, Ikan dan Tumbuhan Kalimantan Barat" {
      |                        ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
bkhit/rkt-2025.rkt:87:24: warning[W042]: uraian of indikator IKSP11 differs from renstra 'RENSTRA_BKHIT': here "Nilai Akuntabilitas kinerja instansi pemerintah", there "Nilai akuntabilitas kinerja instansi pemerintah"
   87 |       indikator IKSP11 "Nilai Akuntabilitas kinerja instansi pemerintah" {
      |                        ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

=== E012 acceptance: only the E012 line, as in the contract
$ cp -r $ROOT/examples/bkhit . && sed -i 's/      target 25_945/      target 25.945/' bkhit/rkt-2025.rkt
$ rkt check bkhit/rkt-2025.rkt 2>&1 | grep -A2 'E012'
--- stdout
bkhit/rkt-2025.rkt:35:16: error[E012]: target 25.945 is not a whole number, but satuan 'sertifikat' counts; did you mean 25_945?
   35 |         target 25.945
      |                ^~~~~~

=== E012 a thousands dot in a count
$ rkt check main.rkt
--- main.rkt
satuan sertifikat : cacah
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" {
    indikator IKSP3 "Media pembawa yang dibebaskan" {
      satuan sertifikat
      target 25.945
    }
  }
}
--- exit 1
--- stderr
main.rkt:7:14: error[E012]: target 25.945 is not a whole number, but satuan 'sertifikat' counts; did you mean 25_945?
    7 |       target 25.945
      |              ^~~~~~

=== E012 a fraction in a count, with no suggestion
$ rkt check main.rkt
--- main.rkt
satuan dokumen : cacah
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" {
    indikator I1 "Dokumen" { satuan dokumen target 2.5 }
  }
}
--- exit 1
--- stderr
main.rkt:5:52: error[E012]: target 2.5 is not a whole number, but satuan 'dokumen' counts
    5 |     indikator I1 "Dokumen" { satuan dokumen target 2.5 }
      |                                                    ^~~

=== E012 in quarterly and in yearly targets
$ rkt check main.rkt
--- main.rkt
satuan sertifikat : cacah
renstra S "Renstra" {
  periode 2025..2029
  sasaran SP1 "Sasaran" {
    indikator I1 "Satu" { satuan sertifikat target { 2025: 9_865, 2026: 10.100 } }
  }
}
pk P "Perjanjian" {
  tahun 2025
  sasaran SP1 "Sasaran" {
    indikator I1 "Satu" { satuan sertifikat target { TW1: 2.300, TW2: 4_800, TW3: 7_300, TW4: 9_865 } }
  }
}
--- exit 1
--- stderr
main.rkt:5:73: error[E012]: target 2026 10.100 is not a whole number, but satuan 'sertifikat' counts; did you mean 10_100?
    5 |     indikator I1 "Satu" { satuan sertifikat target { 2025: 9_865, 2026: 10.100 } }
      |                                                                         ^~~~~~
main.rkt:11:59: error[E012]: target TW1 2.300 is not a whole number, but satuan 'sertifikat' counts; did you mean 2_300?
   11 |     indikator I1 "Satu" { satuan sertifikat target { TW1: 2.300, TW2: 4_800, TW3: 7_300, TW4: 9_865 } }
      |                                                           ^~~~~

=== E012 in a renstra is reported there only, not again in the rkt that inherits it
$ rkt check rkt.rkt
--- renstra.rkt
satuan sertifikat : cacah
renstra S "Renstra" {
  periode 2025..2029
  sasaran SP1 "Sasaran" {
    indikator I1 "Satu" { satuan sertifikat target { 2025: 9.865 } }
  }
}
--- rkt.rkt
impor "renstra.rkt"
rkt R "Rencana" {
  tahun   2025
  mengacu S
  sasaran SP1 { indikator I1 { pelaksana "Seksi" } }
}
--- exit 1
--- stderr
renstra.rkt:5:60: error[E012]: target 2025 9.865 is not a whole number, but satuan 'sertifikat' counts; did you mean 9_865?
    5 |     indikator I1 "Satu" { satuan sertifikat target { 2025: 9.865 } }
      |                                                            ^~~~~

=== E012 fixed bug: a thousands dot is also compared as the number it reads as
# 12.500 and 25.945 are each one mistake (E012); the E022, W043 and W040 that
# compare 12.5 and 25.945 with other targets are a cascade of it.
$ rkt check pk.rkt
--- renstra.rkt
satuan sertifikat : cacah
renstra S "Renstra" {
  periode 2025..2029
  sasaran SP1 "Sasaran" {
    indikator I1 "Satu" { satuan sertifikat target { 2025: 25_945 } }
  }
}
--- rkt.rkt
impor "renstra.rkt"
rkt R "Rencana" {
  tahun   2025
  mengacu S
  sasaran SP1 { indikator I1 { target 25.945 } }
}
--- pk.rkt
impor "rkt.rkt"
pk P "Perjanjian" {
  tahun   2025
  mengacu R
  sasaran SP1 { indikator I1 { target { TW1: 6_000, TW2: 12.500, TW3: 19_000, TW4: 25_945 } } }
}
--- exit 1
--- stderr
pk.rkt:5:58: error[E012]: target TW2 12.500 is not a whole number, but satuan 'sertifikat' counts; did you mean 12_500?
    5 |   sasaran SP1 { indikator I1 { target { TW1: 6_000, TW2: 12.500, TW3: 19_000, TW4: 25_945 } } }
      |                                                          ^~~~~~
rkt.rkt:5:39: error[E012]: target 25.945 is not a whole number, but satuan 'sertifikat' counts; did you mean 25_945?
    5 |   sasaran SP1 { indikator I1 { target 25.945 } }
      |                                       ^~~~~~

=== E019 targets outside the unit's range
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
satuan nilai  : indeks 1..4
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" {
    indikator I1 "Persen" { satuan persen target 120 }
    indikator I2 "Nilai" { satuan nilai polaritas stabil target 3..5 }
    indikator I3 "Negatif" { satuan persen target -5 }
  }
}
--- exit 1
--- stderr
main.rkt:6:50: error[E019]: target 120 is outside the range 0..100 of satuan 'persen'
    6 |     indikator I1 "Persen" { satuan persen target 120 }
      |                                                  ^~~
main.rkt:7:65: error[E019]: target 3..5 is outside the range 1..4 of satuan 'nilai'
    7 |     indikator I2 "Nilai" { satuan nilai polaritas stabil target 3..5 }
      |                                                                 ^~~~
main.rkt:8:51: error[E019]: target -5 is outside the range 0..100 of satuan 'persen'
    8 |     indikator I3 "Negatif" { satuan persen target -5 }
      |                                                   ^~

=== E019 fixed bug: a unit whose range is empty makes every target an error
# The unit's E024 is the one mistake; E019 on each target using it is a
# cascade.
$ rkt check main.rkt
--- main.rkt
satuan nilai : indeks 100..0
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" {
    indikator I1 "Satu" { satuan nilai target 80 }
    indikator I2 "Dua" { satuan nilai target 90 }
  }
}
--- exit 1
--- stderr
main.rkt:1:23: error[E024]: range 100..0 of satuan 'nilai' is reversed; write the lower bound first: 0..100
    1 | satuan nilai : indeks 100..0
      |                       ^~~~~~

=== E022 quarterly targets of a jumlah indicator that decrease
$ rkt check main.rkt
--- main.rkt
satuan sertifikat : cacah
pk P "Perjanjian" {
  tahun 2025
  sasaran SP1 "Sasaran" {
    indikator IKSP3 "Media pembawa" {
      satuan sertifikat
      target { TW1: 6_000, TW2: 6_500, TW3: 6_400, TW4: 25_945 }
    }
  }
}
--- exit 1
--- stderr
main.rkt:7:45: error[E022]: quarterly targets are cumulative for a 'jumlah' indicator, but TW3 (6400) is less than TW2 (6500)
    7 |       target { TW1: 6_000, TW2: 6_500, TW3: 6_400, TW4: 25_945 }
      |                                             ^~~~~

=== E022 is not raised for an indicator that does not add up its quarters
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
pk P "Perjanjian" {
  tahun 2025
  sasaran SP1 "Sasaran" {
    indikator I1 "Persentase" { satuan persen target { TW1: 90, TW2: 85, TW3: 85, TW4: 90 } }
  }
}
--- exit 0
--- stderr

=== E023 TW4 differs from the annual target
$ rkt check main.rkt
--- main.rkt
satuan sertifikat : cacah
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" {
    indikator IKSP3 "Media pembawa" {
      satuan sertifikat
      target 25_945
      target { TW1: 6_000, TW2: 12_500, TW3: 19_000, TW4: 25_000 }
    }
  }
}
--- exit 1
--- stderr
main.rkt:8:59: error[E023]: TW4 target 25000 differs from the annual target 25945; TW4 is the target through the whole year
    8 |       target { TW1: 6_000, TW2: 12_500, TW3: 19_000, TW4: 25_000 }
      |                                                           ^~~~~~

=== E024 a reversed target band
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" {
    indikator I1 "Inflasi" { satuan persen polaritas stabil target 5..3 }
  }
}
--- exit 1
--- stderr
main.rkt:5:68: error[E024]: target range 5..3 is reversed; write the lower bound first: 3..5
    5 |     indikator I1 "Inflasi" { satuan persen polaritas stabil target 5..3 }
      |                                                                    ^~~~

=== E025 retired: a range on a maksimal or minimal indicator is a band, and 5..5 a point target
# Ranges are targets on every polarity (LANGUAGE.md §3, PermenPANRB): no
# E025 any more. A point target a..a is no empty band (no E024), and the
# hint "write the lower bound first" is only for reversed bounds.
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" {
    indikator I1 "Inflasi" { satuan persen target 3..5 }
    indikator I2 "Kemiskinan" { satuan persen polaritas minimal target 7..8 }
    indikator I3 "Titik" { satuan persen polaritas stabil target 5..5 }
    indikator I4 "Titik maksimal" { satuan persen target 5..5 }
  }
}
--- exit 0

=== E024 a unit range of a single value: an error, without the hint for reversed bounds
# One mistake, one error: the target 7 is not also E019 against 5..5.
$ rkt check main.rkt
--- main.rkt
satuan skor : indeks 5..5
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" {
    indikator I1 "Skor" { satuan skor target 7 }
  }
}
--- exit 1
--- stderr
main.rkt:1:22: error[E024]: range 5..5 of satuan 'skor' holds a single value; a satuan's range needs an upper bound above the lower
    1 | satuan skor : indeks 5..5
      |                      ^~~~

=== E061 terburuk on the better side of a target, each polarity
# minimal (lower is better): W 5 is below the target 10, the better side;
# maksimal: W 85 inside the band 80..90 is not below it; a quarterly target
# counts too (W 3 is above TW1's 2); on stabil terburuk has no direction.
# W equal to T would divide by T - W = 0: also the better side.
$ rkt check main.rkt
--- main.rkt
satuan skor : angka
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" {
    indikator A "a" { satuan skor polaritas minimal target 10 terburuk 5 }
    indikator B "b" { satuan skor target 80..90 terburuk 85 }
    indikator C "c" { satuan skor target { TW1: 2, TW2: 4, TW3: 6, TW4: 8 } terburuk 3 }
    indikator D "d" { satuan skor polaritas stabil target 3..5 terburuk 9 }
    indikator E "e" { satuan skor target 10 terburuk 10 }
    indikator F "f" { satuan skor polaritas minimal target 10 terburuk 20 }
  }
}
--- exit 1
--- stderr
main.rkt:5:72: error[E061]: terburuk 5 is not above target 10: indikator 'A' is minimal (lower is better), so the worst tolerable realisation lies above every target
    5 |     indikator A "a" { satuan skor polaritas minimal target 10 terburuk 5 }
      |                                                                        ^
main.rkt:6:58: error[E061]: terburuk 85 is not below target 80..90: indikator 'B' is maksimal (higher is better), so the worst tolerable realisation lies below every target
    6 |     indikator B "b" { satuan skor target 80..90 terburuk 85 }
      |                                                          ^~
main.rkt:7:86: error[E061]: terburuk 3 is not below target TW1 2: indikator 'C' is maksimal (higher is better), so the worst tolerable realisation lies below every target
    7 |     indikator C "c" { satuan skor target { TW1: 2, TW2: 4, TW3: 6, TW4: 8 } terburuk 3 }
      |                                                                                      ^
main.rkt:8:73: error[E061]: 'terburuk' needs a direction, but indikator 'D' is stabil (worse on both sides of its band); use it with polaritas maksimal or minimal
    8 |     indikator D "d" { satuan skor polaritas stabil target 3..5 terburuk 9 }
      |                                                                         ^
main.rkt:9:54: error[E061]: terburuk 10 is not below target 10: indikator 'E' is maksimal (higher is better), so the worst tolerable realisation lies below every target
    9 |     indikator E "e" { satuan skor target 10 terburuk 10 }
      |                                                      ^~

=== E061 at the target when the terburuk is inherited
# The Renstra's terburuk 20 is fine against its own target 15; the rkt's
# target 25 puts it on the better side: the error is at the rkt's target.
$ rkt check rkt.rkt
--- renstra.rkt
satuan skor : angka
renstra S "Renstra" {
  periode 2025..2029
  sasaran SP1 "Sasaran" {
    indikator I1 "Satu" { satuan skor polaritas minimal target { 2025: 15 } terburuk 20 }
  }
}
--- rkt.rkt
impor "renstra.rkt"
rkt R "Rencana" {
  tahun   2025
  mengacu S
  sasaran SP1 { indikator I1 { target 25  keterangan "naik" } }
}
--- exit 1
--- stderr
rkt.rkt:5:39: error[E061]: terburuk 20 is not above target 25: indikator 'I1' is minimal (lower is better), so the worst tolerable realisation lies above every target
    5 |   sasaran SP1 { indikator I1 { target 25  keterangan "naik" } }
      |                                       ^~

=== E026 a single number on a stabil indicator (location and kind of error)
$ rkt check main.rkt 2>&1 | grep -o "^main.rkt:5:68: error.E026.: indikator 'I1' is stabil, so its target is a band a..b"
--- main.rkt < fixtures/stabil-4.rkt
--- stdout
main.rkt:5:68: error[E026]: indikator 'I1' is stabil, so its target is a band a..b

=== E026 fixed bug: a single number on a stabil indicator suggests an empty band
# The suggested fix was "e.g. 4..4", then rejected (E024); a band such as
# 3..5 is suggested, and 4..4, now a valid point target, for exactly 4.
$ rkt check main.rkt
--- main.rkt < fixtures/stabil-4.rkt
--- exit 1
--- stderr
main.rkt:5:68: error[E026]: indikator 'I1' is stabil, so its target is a band a..b, such as 3..5, or 4..4 for exactly 4; not the single number 4
    5 |     indikator I1 "Inflasi" { satuan persen polaritas stabil target 4 }
      |                                                                    ^

=== E015 quarterly targets with a quarter missing
$ rkt check main.rkt 2>&1 | grep 'TW3'
--- main.rkt < fixtures/pk-tanpa-tw3.rkt
--- stdout
main.rkt:5:15: error[E015]: indikator 'I1' lists quarterly targets but not TW3; give all four

=== E015 fixed bug: a missing quarter also reports the whole target missing
$ rkt check main.rkt
--- main.rkt < fixtures/pk-tanpa-tw3.rkt
--- exit 1
--- stderr
main.rkt:5:15: error[E015]: indikator 'I1' lists quarterly targets but not TW3; give all four
    5 |     indikator I1 "Satu" { satuan sertifikat target { TW1: 10, TW2: 12, TW4: 20 } }
      |               ^~

=== I001 a target of 0 falls back to the zero-target rule
$ rkt check main.rkt
--- main.rkt
satuan dokumen : cacah
satuan persen  : persen
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" {
    indikator I1 "Kasus diselesaikan" { satuan dokumen target 0 }
    indikator I2 "Temuan berulang" { satuan dokumen polaritas minimal target 0 }
    indikator I3 "Tingkat kesalahan" { satuan persen polaritas minimal terburuk 10 target 0 }
    indikator I4 "Dengan rumus sendiri" { satuan persen target 0 capaian = 100 }
  }
}
--- exit 0
--- stderr
main.rkt:6:63: note[I001]: target 0 uses the rule for a zero target: capaian is 100% when realisasi >= 0, else 0%
    6 |     indikator I1 "Kasus diselesaikan" { satuan dokumen target 0 }
      |                                                               ^
main.rkt:7:78: note[I001]: target 0 uses the rule for a zero target: capaian is 100% when realisasi <= 0, else 0% (give 'terburuk' for a graded score)
    7 |     indikator I2 "Temuan berulang" { satuan dokumen polaritas minimal target 0 }
      |                                                                              ^
main.rkt:8:91: note[I001]: target 0 uses the rule for a zero target: capaian is (terburuk - R) / terburuk x 100, never below 0
    8 |     indikator I3 "Tingkat kesalahan" { satuan persen polaritas minimal terburuk 10 target 0 }
      |                                                                                           ^

=== I001 notes do not fail the run, even with --werror
$ rkt check --werror main.rkt
--- main.rkt
satuan dokumen : cacah
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" { indikator I1 "Kasus" { satuan dokumen target 0 } }
}
--- exit 0
--- stderr
main.rkt:4:72: note[I001]: target 0 uses the rule for a zero target: capaian is 100% when realisasi >= 0, else 0%
    4 |   sasaran SP1 "Sasaran" { indikator I1 "Kasus" { satuan dokumen target 0 } }
      |                                                                        ^

=== E060 a target list that mixes quarters and a semester
# S2 after TW1: reported at S2 and left out; the four quarters stand, so
# nothing else is reported.
$ rkt check main.rkt
--- main.rkt
satuan buah : cacah
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" {
    indikator A "Campur" { satuan buah target { TW1: 1, S2: 3, TW2: 2, TW3: 3, TW4: 4 } }
  }
}
--- exit 1
--- stderr
main.rkt:5:57: error[E060]: a target list takes one kind of part, but 'S2' follows 'TW1'; list the quarters TW1..TW4, the semesters S1, S2 or the months B01..B12
    5 |     indikator A "Campur" { satuan buah target { TW1: 1, S2: 3, TW2: 2, TW3: 3, TW4: 4 } }
      |                                                         ^~

=== W060 cumulative targets of a jumlah indicator all equal: the PK written per quarter
# {TW1: 10, TW2: 10, TW3: 10, TW4: 10} read cumulatively is 10 for the
# year; the planner most likely meant periodik (40 for the year).
$ rkt check main.rkt
--- main.rkt
satuan buah : cacah
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" {
    indikator B "Sama" { satuan buah target { TW1: 10, TW2: 10, TW3: 10, TW4: 10 } }
    indikator Z "Nol" { satuan buah target { TW1: 0, TW2: 0, TW3: 0, TW4: 0 } }
    indikator P "Persen" { satuan buah konsolidasi terakhir target { S1: 5, S2: 5 } }
  }
}
--- exit 0
--- stderr
main.rkt:5:45: warning[W060]: the cumulative targets of 'B' are all 10: nothing more is expected after TW1; if each is the target of its own quarter, write `periodik`: target periodik { TW1: 10, ... }
    5 |     indikator B "Sama" { satuan buah target { TW1: 10, TW2: 10, TW3: 10, TW4: 10 } }
      |                                             ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
main.rkt:6:75: note[I001]: target 0 uses the rule for a zero target: capaian is 100% when realisasi >= 0, else 0%
    6 |     indikator Z "Nol" { satuan buah target { TW1: 0, TW2: 0, TW3: 0, TW4: 0 } }
      |                                                                           ^

=== W060 in semesters and in months
$ rkt check main.rkt
--- main.rkt
satuan buah : cacah
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" {
    indikator S "Semester" { satuan buah target { S1: 6, S2: 6 } }
    indikator B "Bulan" { satuan buah target { B01: 1, B02: 1, B03: 1, B04: 1, B05: 1, B06: 1, B07: 1, B08: 1, B09: 1, B10: 1, B11: 1, B12: 1 } }
  }
}
--- exit 0
--- stderr
main.rkt:5:49: warning[W060]: the cumulative targets of 'S' are all 6: nothing more is expected after S1; if each is the target of its own semester, write `periodik`: target periodik { S1: 6, S2: 6 }
    5 |     indikator S "Semester" { satuan buah target { S1: 6, S2: 6 } }
      |                                                 ^~~~~~~~~~~~~~~~
main.rkt:6:46: warning[W060]: the cumulative targets of 'B' are all 1: nothing more is expected after B01; if each is the target of its own month, write `periodik`: target periodik { B01: 1, ... }
    6 |     indikator B "Bulan" { satuan buah target { B01: 1, B02: 1, B03: 1, B04: 1, B05: 1, B06: 1, B07: 1, B08: 1, B09: 1, B10: 1, B11: 1, B12: 1 } }
      |                                              ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

=== W061 Renstra targets that move against the polaritas every year
# M (minimal) 10, 12, 14: rises every year; X (maksimal) written out of
# order, 2025 10, 2026 9, 2027 8: falls every year; OK (minimal) falls, as
# it should; U (minimal) 10, 12, 11: not every year.
$ rkt check main.rkt
--- main.rkt
satuan skor : angka
renstra S "Renstra" {
  periode 2025..2029
  sasaran SP1 "Sasaran" {
    indikator M "Naik" { satuan skor polaritas minimal target { 2025: 10, 2026: 12, 2027: 14 } }
    indikator X "Turun" { satuan skor target { 2026: 9, 2025: 10, 2027: 8 } }
    indikator OK "Baik" { satuan skor polaritas minimal target { 2025: 10, 2026: 9 } }
    indikator U "Naik turun" { satuan skor polaritas minimal target { 2025: 10, 2026: 12, 2027: 11 } }
  }
}
--- exit 0
--- stderr
main.rkt:5:71: warning[W061]: the renstra targets of 'M' rise every year (10 in 2025 to 14 in 2027), but it is polaritas minimal (lower is better): is the polaritas right?
    5 |     indikator M "Naik" { satuan skor polaritas minimal target { 2025: 10, 2026: 12, 2027: 14 } }
      |                                                                       ^~
main.rkt:6:63: warning[W061]: the renstra targets of 'X' fall every year (10 in 2025 to 8 in 2027), but it is polaritas maksimal (higher is better): is the polaritas right?
    6 |     indikator X "Turun" { satuan skor target { 2026: 9, 2025: 10, 2027: 8 } }
      |                                                               ^~

=== E023 periodik targets of a jumlah indicator whose sum differs from the annual target beside them
# 10 + 10 + 10 + 10 = 40, written beside target 30.  The same map with
# target 40 (D) and a rata indicator (R, no sum to compare) are fine.
$ rkt check main.rkt
--- main.rkt
satuan buah : cacah
satuan skor : angka
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" {
    indikator C "Periodik" { satuan buah target 30 target periodik { TW1: 10, TW2: 10, TW3: 10, TW4: 10 } }
    indikator D "Periodik" { satuan buah target 40 target periodik { TW1: 10, TW2: 10, TW3: 10, TW4: 10 } }
    indikator R "Rata" { satuan skor konsolidasi rata target 90 target periodik { S1: 80, S2: 90 } }
  }
}
--- exit 1
--- stderr
main.rkt:6:59: error[E023]: the periodik targets of 'C' add up to 40, but its annual target is 30; each entry of a periodik list is the target of its own part alone
    6 |     indikator C "Periodik" { satuan buah target 30 target periodik { TW1: 10, TW2: 10, TW3: 10, TW4: 10 } }
      |                                                           ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

=== E023 and E022 in semester and month maps
# S2 25 is the year's target through the whole year, not 30; S2 40 < S1 50.
$ rkt check main.rkt
--- main.rkt
satuan buah : cacah
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" {
    indikator H "Semester" { satuan buah target { S1: 20, S2: 25 } target 30 }
    indikator D "Semester turun" { satuan buah target { S1: 50, S2: 40 } }
    indikator B "Bulan turun" { satuan buah target { B01: 1, B02: 2, B03: 3, B04: 4, B05: 5, B06: 4, B07: 7, B08: 8, B09: 9, B10: 10, B11: 11, B12: 12 } }
  }
}
--- exit 1
--- stderr
main.rkt:5:63: error[E023]: S2 target 25 differs from the annual target 30; S2 is the target through the whole year
    5 |     indikator H "Semester" { satuan buah target { S1: 20, S2: 25 } target 30 }
      |                                                               ^~
main.rkt:6:69: error[E022]: semester targets are cumulative for a 'jumlah' indicator, but S2 (40) is less than S1 (50)
    6 |     indikator D "Semester turun" { satuan buah target { S1: 50, S2: 40 } }
      |                                                                     ^~
main.rkt:7:99: error[E022]: monthly targets are cumulative for a 'jumlah' indicator, but B06 (4) is less than B05 (5)
    7 |     indikator B "Bulan turun" { satuan buah target { B01: 1, B02: 2, B03: 3, B04: 4, B05: 5, B06: 4, B07: 7, B08: 8, B09: 9, B10: 10, B11: 11, B12: 12 } }
      |                                                                                                   ^

=== E015, E011 and E013 in maps of parts: a part missing, a part repeated, a wrong word before the list
# A map names every part of its kind once (docs/language.md#targets).
$ rkt check main.rkt
--- main.rkt
satuan buah : cacah
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" {
    indikator E "Bulan kurang" { satuan buah target { B01: 1, B02: 2 } }
    indikator S "Semester kurang" { satuan buah target periodik { S2: 2 } }
    indikator F "Dua kali" { satuan buah target { S1: 1, S1: 2, S2: 3 } }
    indikator G "Kata" { satuan buah target bulanan { TW1: 1 } }
    indikator K "Kunci" { satuan buah target { B1: 1 } }
  }
}
renstra S "Renstra" {
  periode 2025..2029
  sasaran SP1 "Sasaran" {
    indikator I "Satu" { satuan buah target periodik { 2025: 1 } }
  }
}
--- exit 1
--- stderr
main.rkt:5:15: error[E015]: indikator 'E' lists monthly targets but not B03; give all twelve
    5 |     indikator E "Bulan kurang" { satuan buah target { B01: 1, B02: 2 } }
      |               ^
main.rkt:6:15: error[E015]: indikator 'S' lists semester targets but not S1; give both
    6 |     indikator S "Semester kurang" { satuan buah target periodik { S2: 2 } }
      |               ^
main.rkt:7:58: error[E011]: S1 is listed twice
    7 |     indikator F "Dua kali" { satuan buah target { S1: 1, S1: 2, S2: 3 } }
      |                                                          ^~
main.rkt:8:45: error[E013]: 'bulanan' cannot stand before a target list; write 'target periodik { TW1: n, ... }' for each part's own target, or 'target { TW1: n, ... }' for cumulative targets
    8 |     indikator G "Kata" { satuan buah target bulanan { TW1: 1 } }
      |                                             ^~~~~~~
main.rkt:9:48: error[E013]: the targets of a year's parts are keyed TW1..TW4, S1, S2 or B01..B12, not 'B1'
    9 |     indikator K "Kunci" { satuan buah target { B1: 1 } }
      |                                                ^~
main.rkt:15:45: error[E013]: a renstra lists its targets by year: target { 2025: n, ... }; 'periodik' lists the parts of one year, in an rkt or pk
   15 |     indikator I "Satu" { satuan buah target periodik { 2025: 1 } }
      |                                             ^~~~~~~~

=== W043 a pk's map against the rkt's annual target it inherits
# I1 periodik: 10 + 10 + 10 + 5 = 35 for the year, the rkt says 40; I2 S2
# 20, the rkt 24; I3 the months' B12 24 equals the rkt's 24: no warning.
$ rkt check main.rkt
--- main.rkt
satuan buah : cacah
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" {
    indikator I1 "Satu" { satuan buah target 40 }
    indikator I2 "Dua" { satuan buah target 24 }
    indikator I3 "Tiga" { satuan buah target 24 }
  }
}
pk P "Perjanjian" {
  tahun 2025
  mengacu R
  sasaran SP1 {
    indikator I1 { target periodik { TW1: 10, TW2: 10, TW3: 10, TW4: 5 } }
    indikator I2 { target { S1: 10, S2: 20 } }
    indikator I3 { target { B01: 2, B02: 4, B03: 6, B04: 8, B05: 10, B06: 12, B07: 14, B08: 16, B09: 18, B10: 20, B11: 22, B12: 24 } }
  }
}
--- exit 0
--- stderr
main.rkt:14:27: warning[W043]: pk periodik targets of I1 come to 35 for the year, but the rkt's annual target in 'R' is 40
   14 |     indikator I1 { target periodik { TW1: 10, TW2: 10, TW3: 10, TW4: 5 } }
      |                           ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
main.rkt:15:41: warning[W043]: pk target S2 20 of I2 differs from the rkt's annual target 24 in 'R'
   15 |     indikator I2 { target { S1: 10, S2: 20 } }
      |                                         ^~
