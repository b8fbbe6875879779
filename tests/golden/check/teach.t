# Golden tests of the messages that teach (LANGUAGE.md §6, end): the
# mistakes people make most each get a hint that says the fix, and one
# mistake gives one error.  Each case failed before its hint: the decimal
# comma and the percent sign had none, a quoted number said only "found a
# string", a misspelt keyword reported a second error at the plan's closing
# brace, a '}' left out named no brace.  Format: tests/golden/run.sh.

=== the decimal comma: the number meant is written out
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Layanan" {
    indikator I1 "Kepuasan" { satuan persen  target 93,04 }
  }
}
--- exit 1
--- stdout
--- stderr
main.rkt:5:55: error[E009]: unexpected ',', expected one of: 'satuan', name, '..', '}'; the decimal point is '.': 93.04
    5 |     indikator I1 "Kepuasan" { satuan persen  target 93,04 }
      |                                                       ^

=== the percent sign after a number, with and without a space
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Layanan" {
    indikator I1 "Kepuasan" { satuan persen  target 80% }
    indikator I2 "Keluhan" { satuan persen  target 5 % polaritas minimal }
  }
}
--- exit 1
--- stdout
--- stderr
main.rkt:5:55: error[E001]: unexpected character '%'; write the number alone: the satuan says it is a percentage
    5 |     indikator I1 "Kepuasan" { satuan persen  target 80% }
      |                                                       ^
main.rkt:6:54: error[E001]: unexpected character '%'; write the number alone: the satuan says it is a percentage
    6 |     indikator I2 "Keluhan" { satuan persen  target 5 % polaritas minimal }
      |                                                      ^

=== a number in quotes: the fix without the quotes, the decimal comma too
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Layanan" {
    indikator I1 "Kepuasan" { satuan persen  target "80"  bobot "2" }
    indikator I2 "Keluhan" { satuan persen  target "93,04"  bobot 1 }
  }
}
--- exit 1
--- stdout
--- stderr
main.rkt:5:53: error[E013]: 'target' takes a number, a range a..b, a level of a tingkat satuan, or a list { TW1: n, ... }; found a string; write 80 without the quotes
    5 |     indikator I1 "Kepuasan" { satuan persen  target "80"  bobot "2" }
      |                                                     ^~~~
main.rkt:5:65: error[E013]: 'bobot' takes a number; found a string; write 2 without the quotes
    5 |     indikator I1 "Kepuasan" { satuan persen  target "80"  bobot "2" }
      |                                                                 ^~~
main.rkt:6:52: error[E013]: 'target' takes a number, a range a..b, a level of a tingkat satuan, or a list { TW1: n, ... }; found a string; write 93.04 without the quotes (the decimal point is '.')
    6 |     indikator I2 "Keluhan" { satuan persen  target "93,04"  bobot 1 }
      |                                                    ^~~~~~~

=== a misspelt keyword: one error with "did you mean", none at the plan's closing brace
# the block of `sasarn` is skipped whole, so S2 after it is still read
# (its own mistake, the percent sign, is reported too).
$ rkt check main.rkt
--- main.rkt
satuan dok : cacah
rkt R "Rencana" {
  tahun 2025
  sasarn S1 "Layanan" {
    indikator I1 "Dokumen" { satuan dok  target 12 }
  }
  sasaran S2 "Tata kelola" {
    indikator I2 "Dokumen" { satuan dok  target 3% }
  }
}
--- exit 1
--- stdout
--- stderr
main.rkt:4:13: error[E009]: unexpected string, expected one of: 'satuan', 'tujuan', 'program', 'sasaran', 'kegiatan', 'subkegiatan', 'dari', name, '{', '}'; 'sasarn' is not a keyword: did you mean 'sasaran'?
    4 |   sasarn S1 "Layanan" {
      |             ^~~~~~~~~
main.rkt:8:50: error[E001]: unexpected character '%'; write the number alone: the satuan says it is a percentage
    8 |     indikator I2 "Dokumen" { satuan dok  target 3% }
      |                                                  ^

=== a '}' left out: one error naming the brace left open
$ rkt check main.rkt
--- main.rkt
satuan dok : cacah
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Layanan" {
    indikator I1 "Dokumen" { satuan dok  target 12
    indikator I2 "Laporan" { satuan dok  target 4 }
  }
}
--- exit 1
--- stdout
--- stderr
main.rkt:6:5: error[E009]: unexpected 'indikator', expected one of: 'satuan', name, '..', '}'; is the '{' opened at line 5, column 28 missing its '}'?
    6 |     indikator I2 "Laporan" { satuan dok  target 4 }
      |     ^~~~~~~~~

=== explain of a code the plan lacks: "did you mean" among its codes (case slips included)
$ rkt explain main.rkt --data d.csv iksp3
--- main.rkt < fixtures/layanan.rkt
--- d.csv
kode,periode,nilai
IKSP3,2025,25000
--- exit 2
--- stdout
--- stderr
rkt: 'iksp3' is not an indicator, sasaran or the plan R; did you mean 'IKSP3'?
