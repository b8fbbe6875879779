# Targets (E012, E019, E022-E026, I001).
# Cases moved from tests/unit/test_sema.c (the test each comes from in
# the title's brackets), on the same source, so the codes, positions and
# messages it asserted are all in the expected stderr, with every other
# diagnostic of that source.  Files are t.rkt, u.rkt, v.rkt in the order the
# test loaded them.  Format: tests/golden/run.sh.

=== E012 a fraction for a counting unit, with the spelling it may have meant [test_e012_suggestion]
$ rkt check t.rkt
--- t.rkt
satuan sertifikat : cacah
rkt R "R" {
  tahun 2025
  sasaran SP1 "S" {
    indikator IKSP3 "Media" {
      satuan sertifikat
      target 25.945
    }
    indikator I2 "b" { satuan sertifikat target 2.5 }
    indikator I3 "c" { satuan sertifikat target 1.2345 }
    indikator I4 "d" { satuan sertifikat target { TW1: 1.500, TW2: 2_000, TW3: 3_000, TW4: 4_000 } }
  }
}
--- exit 1
--- stderr
t.rkt:7:14: error[E012]: target 25.945 is not a whole number, but satuan 'sertifikat' counts; did you mean 25_945?
    7 |       target 25.945
      |              ^~~~~~
t.rkt:9:49: error[E012]: target 2.5 is not a whole number, but satuan 'sertifikat' counts
    9 |     indikator I2 "b" { satuan sertifikat target 2.5 }
      |                                                 ^~~
t.rkt:10:49: error[E012]: target 1.2345 is not a whole number, but satuan 'sertifikat' counts
   10 |     indikator I3 "c" { satuan sertifikat target 1.2345 }
      |                                                 ^~~~~~
t.rkt:11:56: error[E012]: target TW1 1.500 is not a whole number, but satuan 'sertifikat' counts; did you mean 1_500?
   11 |     indikator I4 "d" { satuan sertifikat target { TW1: 1.500, TW2: 2_000, TW3: 3_000, TW4: 4_000 } }
      |                                                        ^~~~~

=== E019 E024 targets outside the unit range; an empty unit range [test_unit_range]
# E019 says the range of satuan persen (kind persen, no range written) is 0..100.
$ rkt check t.rkt
--- t.rkt
satuan persen : persen
satuan lebar : persen 0..200
satuan nilai : indeks 1..4
satuan kosong : indeks 5..1
rkt R "R" {
  tahun 2025
  sasaran SP1 "S" {
    indikator I1 "a" { satuan persen target 120 }
    indikator I2 "b" { satuan lebar target 120 }
    indikator I3 "c" { satuan nilai polaritas stabil target 3..5 }
    indikator I4 "d" { satuan persen target -1 }
  }
}
aturan "pakai" { jika 1 > 0 maka info "{kode(I1)}" }
--- exit 1
--- stderr
t.rkt:4:8: warning[W003]: satuan 'kosong' is declared but never used
    4 | satuan kosong : indeks 5..1
      |        ^~~~~~
t.rkt:4:24: error[E024]: range 5..1 of satuan 'kosong' is reversed; write the lower bound first: 1..5
    4 | satuan kosong : indeks 5..1
      |                        ^~~~
t.rkt:8:45: error[E019]: target 120 is outside the range 0..100 of satuan 'persen'
    8 |     indikator I1 "a" { satuan persen target 120 }
      |                                             ^~~
t.rkt:10:61: error[E019]: target 3..5 is outside the range 1..4 of satuan 'nilai'
   10 |     indikator I3 "c" { satuan nilai polaritas stabil target 3..5 }
      |                                                             ^~~~
t.rkt:11:45: error[E019]: target -1 is outside the range 0..100 of satuan 'persen'
   11 |     indikator I4 "d" { satuan persen target -1 }
      |                                             ^~
t.rkt:14:8: note[I100]: aturan "pakai" in R: I1
   14 | aturan "pakai" { jika 1 > 0 maka info "{kode(I1)}" }
      |        ^~~~~~~

=== E022 E023 quarterly targets: cumulative decreasing, TW4 against the annual target [test_quarterly]
# I3 (persen) consolidates with terakhir, so it may decrease: no E022.
$ rkt check t.rkt
--- t.rkt
satuan sertifikat : cacah
satuan persen : persen
pk P "P" {
  tahun 2025
  sasaran SP1 "S" {
    indikator I1 "a" { satuan sertifikat target { TW1: 10, TW2: 8, TW3: 12, TW4: 20 } }
    indikator I2 "b" { satuan sertifikat target 21 target { TW1: 5, TW2: 10, TW3: 15, TW4: 20 } }
    indikator I3 "c" { satuan persen target { TW1: 90, TW2: 85, TW3: 85, TW4: 90 } }
    indikator I4 "d" { satuan sertifikat target { TW1: 6_000, TW2: 12_500, TW3: 19_000, TW4: 25_945 } }
  }
}
--- exit 1
--- stderr
t.rkt:6:65: error[E022]: quarterly targets are cumulative for a 'jumlah' indicator, but TW2 (8) is less than TW1 (10)
    6 |     indikator I1 "a" { satuan sertifikat target { TW1: 10, TW2: 8, TW3: 12, TW4: 20 } }
      |                                                                 ^
t.rkt:7:92: error[E023]: TW4 target 20 differs from the annual target 21; TW4 is the target through the whole year
    7 |     indikator I2 "b" { satuan sertifikat target 21 target { TW1: 5, TW2: 10, TW3: 15, TW4: 20 } }
      |                                                                                            ^~

=== quarterly targets without I1 and I2: the year takes TW4, a quarter its own; cacah sums, persen takes the last [test_quarterly]
# The indicators of the case above that have no error, evaluated.
$ rkt explain t.rkt I4
$ rkt explain --periode 2025-TW2 t.rkt I4 | sed -n "/^target/,/^$/p"
$ rkt explain t.rkt I3 | sed -n 3p
--- t.rkt
satuan sertifikat : cacah
satuan persen : persen
pk P "P" {
  tahun 2025
  sasaran SP1 "S" {
    indikator I3 "c" { satuan persen target { TW1: 90, TW2: 85, TW3: 85, TW4: 90 } }
    indikator I4 "d" { satuan sertifikat target { TW1: 6_000, TW2: 12_500, TW3: 19_000, TW4: 25_945 } }
  }
}
--- stdout
indikator I4: d
  sasaran SP1, rencana P, periode 2025
  satuan sertifikat, polaritas maksimal, konsolidasi jumlah, bobot 1

realisasi
  no observation through 2025: kosong

target
  TW4 target (cumulative) 25945 (t.rkt:7)

capaian
  kosong: no realisasi

predikat
  none: no scale given
target
  TW2 target (cumulative) 12500 (t.rkt:7)

  satuan persen, polaritas maksimal, konsolidasi terakhir, bobot 1

=== E024 E026 ranges and stabil targets; a range on maksimal is a band, no error (E025 retired) [test_range_and_stabil]
$ rkt check t.rkt
--- t.rkt
satuan persen : persen
rkt R "R" {
  tahun 2025
  sasaran SP1 "S" {
    indikator I1 "a" { satuan persen polaritas stabil target 5..3 }
    indikator I2 "b" { satuan persen target 3..5 }
    indikator I3 "c" { satuan persen polaritas stabil target 4 }
    indikator I4 "d" { satuan persen polaritas stabil target 3..5 }
  }
}
--- exit 1
--- stderr
t.rkt:5:62: error[E024]: target range 5..3 is reversed; write the lower bound first: 3..5
    5 |     indikator I1 "a" { satuan persen polaritas stabil target 5..3 }
      |                                                              ^~~~
t.rkt:7:62: error[E026]: indikator 'I3' is stabil, so its target is a band a..b, such as 3..5, or 4..4 for exactly 4; not the single number 4
    7 |     indikator I3 "c" { satuan persen polaritas stabil target 4 }
      |                                                              ^

=== a stabil indicator with a band: polaritas stabil, target 3..5 [test_range_and_stabil]
# I4 of the case above, alone.
$ rkt explain t.rkt I4
--- t.rkt
satuan persen : persen
rkt R "R" {
  tahun 2025
  sasaran SP1 "S" {
    indikator I4 "d" { satuan persen polaritas stabil target 3..5 }
  }
}
--- stdout
indikator I4: d
  sasaran SP1, rencana R, periode 2025
  satuan persen, polaritas stabil, konsolidasi terakhir, bobot 1

realisasi
  no observation through 2025: kosong

target
  annual target 3..5 (t.rkt:5)

capaian
  kosong: no realisasi

predikat
  none: no scale given

=== I001 a zero target falls back to the rule for a zero target; notes never fail a run, not even with --werror [test_zero_target_note]
$ rkt check t.rkt; echo "check: exit $?"
$ rkt check --werror t.rkt 2>/dev/null; echo "check --werror: exit $?"
--- t.rkt
satuan dokumen : cacah
rkt R "R" {
  tahun 2025
  sasaran SP1 "S" {
    indikator I1 "a" { satuan dokumen target 0 }
    indikator I2 "b" { satuan dokumen polaritas minimal target 0 }
    indikator I3 "c" { satuan dokumen polaritas minimal terburuk 10 target 0 }
    indikator I4 "d" { satuan dokumen target 0 capaian = 100 }
    indikator I5 "e" { satuan dokumen target 1 }
  }
}
--- stdout
check: exit 0
check --werror: exit 0
--- stderr
t.rkt:5:46: note[I001]: target 0 uses the rule for a zero target: capaian is 100% when realisasi >= 0, else 0%
    5 |     indikator I1 "a" { satuan dokumen target 0 }
      |                                              ^
t.rkt:6:64: note[I001]: target 0 uses the rule for a zero target: capaian is 100% when realisasi <= 0, else 0% (give 'terburuk' for a graded score)
    6 |     indikator I2 "b" { satuan dokumen polaritas minimal target 0 }
      |                                                                ^
t.rkt:7:76: note[I001]: target 0 uses the rule for a zero target: capaian is (terburuk - R) / terburuk x 100, never below 0
    7 |     indikator I3 "c" { satuan dokumen polaritas minimal terburuk 10 target 0 }
      |                                                                            ^
