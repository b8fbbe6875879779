# Golden tests of the references family (E017, E018, E027, E030, E034):
# names that do not resolve, calls with the wrong arguments, recursion.
# Catalogue: docs/diagnostics.md.  Format: tests/golden/run.sh.  Cases
# titled "fixed bug" keep a fixed bug from coming back; their comment says
# what went wrong.

=== E017 fungsi recursion names the cycle
$ rkt check main.rkt
--- main.rkt
fungsi f(a) = g(a) + 1
fungsi g(b) = f(b) * 2
aturan "Pakai" { jika f(1) > 0 maka info "x" }
--- exit 1
--- stderr
main.rkt:2:15: error[E017]: fungsi recursion: f -> g -> f; a fungsi may not call itself, directly or through others
    2 | fungsi g(b) = f(b) * 2
      |               ^

=== E017 a fungsi that calls itself
$ rkt check main.rkt
--- main.rkt
fungsi faktorial(n) = jika n <= 1 maka 1 lainnya n * faktorial(n - 1)
aturan "Pakai" { jika faktorial(3) > 0 maka info "x" }
--- exit 1
--- stderr
main.rkt:1:54: error[E017]: fungsi recursion: faktorial -> faktorial; a fungsi may not call itself, directly or through others
    1 | fungsi faktorial(n) = jika n <= 1 maka 1 lainnya n * faktorial(n - 1)
      |                                                      ^~~~~~~~~

=== E017 derived indicators that depend on each other
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" {
    indikator I3 "Tiga" { satuan persen target 50 realisasi = I4 }
    indikator I4 "Empat" { satuan persen target 50 realisasi = realisasi(I5) }
    indikator I5 "Lima" { satuan persen target 50 realisasi = I3 * 2 }
  }
}
--- exit 1
--- stderr
main.rkt:7:63: error[E017]: derived indicators depend on each other: I3 -> I4 -> I5 -> I3; one of them must read data
    7 |     indikator I5 "Lima" { satuan persen target 50 realisasi = I3 * 2 }
      |                                                               ^~

=== E017 a derived indicator that reads its own realisasi
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" {
    indikator I1 "Satu" { satuan persen target 50 realisasi = realisasi + 1 }
  }
}
--- exit 1
--- stderr
main.rkt:5:63: error[E017]: the realisasi formula of I1 reads its own realisasi; it must read data or other indicators
    5 |     indikator I1 "Satu" { satuan persen target 50 realisasi = realisasi + 1 }
      |                                                               ^~~~~~~~~

=== E017 fixed bug: capaian formulas that read each other's capaian are not reported
# `rkt eval` gives both kosong without a word; the cycle should be an
# error like the one among derived realisasi.
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" {
    indikator I3 "Tiga" { satuan persen target 50 capaian = capaian(I4) }
    indikator I4 "Empat" { satuan persen target 50 capaian = capaian(I3) }
  }
}
--- exit 1
--- stderr
main.rkt:6:70: error[E017]: capaian formulas depend on each other: I3 -> I4 -> I3; one of them must be computed without the other's capaian
    6 |     indikator I4 "Empat" { satuan persen target 50 capaian = capaian(I3) }
      |                                                                      ^~

=== E018 undeclared units, scales, series and functions, with did-you-mean
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
skala MUTU { A "Baik" : >= 50  B "Kurang" : >= 0 }
data survei "Survei" satuan persenn
fungsi rasio(a, b) = a / b * 100
rkt R "Rencana" {
  tahun    2025
  predikat MUTUU
  sasaran SP1 "Sasaran" {
    indikator I1 "Satu" { satuan persn target 50 realisasi = rasios(survey, 2) }
    indikator I2 "Dua" { satuan persen target 50 realisasi = rasio(survei, 2) predikat MUTU }
  }
}
--- exit 1
--- stderr
main.rkt:3:29: error[E018]: undeclared satuan 'persenn'; did you mean 'persen'?
    3 | data survei "Survei" satuan persenn
      |                             ^~~~~~~
main.rkt:7:12: error[E018]: undeclared skala 'MUTUU'; did you mean 'MUTU'?
    7 |   predikat MUTUU
      |            ^~~~~
main.rkt:9:34: error[E018]: undeclared satuan 'persn'; did you mean 'persen'?
    9 |     indikator I1 "Satu" { satuan persn target 50 realisasi = rasios(survey, 2) }
      |                                  ^~~~~
main.rkt:9:62: error[E018]: undeclared fungsi 'rasios'; did you mean 'rasio'?
    9 |     indikator I1 "Satu" { satuan persn target 50 realisasi = rasios(survey, 2) }
      |                                                              ^~~~~~
main.rkt:9:69: error[E018]: undeclared code 'survey'; did you mean 'survei'?
    9 |     indikator I1 "Satu" { satuan persn target 50 realisasi = rasios(survey, 2) }
      |                                                                     ^~~~~~

=== E018 fixed bug: the declaration a typo was meant for is then reported unused
# E018 already says "did you mean 'persen'?"; the W003 for that very
# 'persen' (and 'rasio') is a cascade of the typo.
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
fungsi rasio(a, b) = a / b * 100
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" {
    indikator I1 "Satu" { satuan persn target 50 capaian = rasioo(realisasi, target) }
  }
}
--- exit 1
--- stderr
main.rkt:6:34: error[E018]: undeclared satuan 'persn'; did you mean 'persen'?
    6 |     indikator I1 "Satu" { satuan persn target 50 capaian = rasioo(realisasi, target) }
      |                                  ^~~~~
main.rkt:6:60: error[E018]: undeclared fungsi 'rasioo'; did you mean 'rasio'?
    6 |     indikator I1 "Satu" { satuan persn target 50 capaian = rasioo(realisasi, target) }
      |                                                            ^~~~~~

=== E018 undeclared names with nothing near
$ rkt check main.rkt
--- main.rkt
data survei "Survei" satuan nilai_unsur
rkt R "Rencana" {
  tahun   2025
  mengacu RENSTRA_BKHIT
  sasaran SP1 "Sasaran" {
    indikator I1 "Satu" { satuan persen target 50 realisasi = hitung(survei) }
  }
}
aturan "Aturan" { jika target(IKSP1) > 0 maka info "x" }
--- exit 1
--- stderr
main.rkt:1:29: error[E018]: undeclared satuan 'nilai_unsur'; declare it with 'satuan nilai_unsur ...'
    1 | data survei "Survei" satuan nilai_unsur
      |                             ^~~~~~~~~~~
main.rkt:4:11: error[E018]: undeclared plan 'RENSTRA_BKHIT'; no renstra, rkt or pk of that code is loaded
    4 |   mengacu RENSTRA_BKHIT
      |           ^~~~~~~~~~~~~
main.rkt:6:34: error[E018]: undeclared satuan 'persen'; declare it with 'satuan persen ...'
    6 |     indikator I1 "Satu" { satuan persen target 50 realisasi = hitung(survei) }
      |                                  ^~~~~~
main.rkt:6:63: error[E018]: undeclared fungsi 'hitung'; declare it with 'fungsi hitung(...) = ...'
    6 |     indikator I1 "Satu" { satuan persen target 50 realisasi = hitung(survei) }
      |                                                               ^~~~~~
main.rkt:9:31: error[E018]: undeclared code 'IKSP1': no indicator, sasaran, plan or data series has it
    9 | aturan "Aturan" { jika target(IKSP1) > 0 maka info "x" }
      |                               ^~~~~

=== E018 codes in rules: undeclared codes, sasaran and the rule's variable
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" {
    indikator IKSP1 "Satu" { satuan persen target 50 }
  }
}
aturan "Per indikator" {
  untuk indikator i dalam SP2
  jika target(i) < 60
  maka peringatan "{kode(j)} di bawah 60"
}
aturan "Satu kode" { jika target(IKSP2) > 0 maka info "x" }
--- exit 1
--- stderr
main.rkt:9:27: error[E018]: undeclared code 'SP2'; did you mean 'SP1'?
    9 |   untuk indikator i dalam SP2
      |                           ^~~
main.rkt:11:26: error[E018]: undeclared code 'j'; did you mean 'i'?
   11 |   maka peringatan "{kode(j)} di bawah 60"
      |                          ^
main.rkt:13:34: error[E018]: undeclared code 'IKSP2'; did you mean 'IKSP1'?
   13 | aturan "Satu kode" { jika target(IKSP2) > 0 maka info "x" }
      |                                  ^~~~~

=== E018 a fungsi reads only its parameters
$ rkt check main.rkt
--- main.rkt
fungsi selisih(a, b) = a - c
fungsi sendiri(x) = realisasi * x
aturan "Pakai" { jika selisih(1, 2) + sendiri(1) > 0 maka info "x" }
--- exit 1
--- stderr
main.rkt:1:28: error[E018]: undeclared parameter 'c'; did you mean 'a'?
    1 | fungsi selisih(a, b) = a - c
      |                            ^
main.rkt:2:21: error[E018]: 'realisasi' is not a parameter of fungsi 'sendiri'; a fungsi reads only its parameters
    2 | fungsi sendiri(x) = realisasi * x
      |                     ^~~~~~~~~

=== E018 tujuan, plans and rules named in tests
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
rkt R "Rencana" {
  tahun  2025
  tujuan T1 "Tujuan satu"
  sasaran SP1 "Sasaran" {
    tujuan T2
    indikator I1 "Satu" { satuan persen target 50 }
  }
}
aturan "Capaian rendah" { jika target(I1) < 60 maka info "x" }
uji "Uji" {
  rencana RR
  harap temuan "Capaian rendahh"
}
--- exit 1
--- stderr
main.rkt:6:12: error[E018]: undeclared tujuan 'T2'; did you mean 'T1'?
    6 |     tujuan T2
      |            ^~
main.rkt:10:8: note[I100]: aturan "Capaian rendah" in R: x
   10 | aturan "Capaian rendah" { jika target(I1) < 60 maka info "x" }
      |        ^~~~~~~~~~~~~~~~
main.rkt:12:11: error[E018]: undeclared plan 'RR'; did you mean 'R'?
   12 |   rencana RR
      |           ^~
main.rkt:13:16: error[E018]: no aturan is named "Capaian rendahh"; did you mean "Capaian rendah"?
   13 |   harap temuan "Capaian rendahh"
      |                ^~~~~~~~~~~~~~~~~

=== E018 fixed bug: codes in the data rows of an uji are not checked
# `rkt test` reports the unknown IX only when the test runs; `rkt check`
# should, like any other undeclared code.
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" { indikator I1 "Satu" { satuan persen target 50 } }
}
uji "Uji" {
  rencana R
  periode 2025
  data {
    IX 2025-TW1 5
  }
  harap realisasi(I1) == 5
}
--- exit 1
--- stderr
main.rkt:10:5: error[E018]: undeclared code 'IX'; did you mean 'I1'?
   10 |     IX 2025-TW1 5
      |     ^~

=== E018 fixed bug: 'dalam' accepts an indicator code where a sasaran is meant
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" { indikator I1 "Satu" { satuan persen target 50 } }
}
aturan "Per indikator" {
  untuk indikator i dalam I1
  jika target(i) < 60
  maka info "{kode(i)}"
}
--- exit 1
--- stderr
main.rkt:7:27: error[E018]: 'dalam I1': I1 is an indikator, and 'dalam' takes the code of a sasaran; did you mean 'SP1'?
    7 |   untuk indikator i dalam I1
      |                           ^~

=== E027 built-ins called with the wrong number of arguments
$ rkt check main.rkt
--- main.rkt
aturan "Salah" {
  jika ada() dan abs(1, 2) > 0 dan min() > 0 dan kategori(1) == "A"
  maka info "x"
}
--- exit 1
--- stderr
main.rkt:2:8: error[E027]: ada() takes 1 argument, not 0
    2 |   jika ada() dan abs(1, 2) > 0 dan min() > 0 dan kategori(1) == "A"
      |        ^~~~~
main.rkt:2:18: error[E027]: abs() takes 1 argument, not 2
    2 |   jika ada() dan abs(1, 2) > 0 dan min() > 0 dan kategori(1) == "A"
      |                  ^~~~~~~~~
main.rkt:2:36: error[E027]: min() takes at least 1 argument, not 0
    2 |   jika ada() dan abs(1, 2) > 0 dan min() > 0 dan kategori(1) == "A"
      |                                    ^~~~~
main.rkt:2:50: error[E027]: kategori() takes 2 arguments, not 1
    2 |   jika ada() dan abs(1, 2) > 0 dan min() > 0 dan kategori(1) == "A"
      |                                                  ^~~~~~~~~~~

=== E027 fixed bug: a year argument beyond any year is cast to int
# realisasi(I1, 99999999999) was taken as year (int)99999999999 (undefined
# behaviour); a number as a period is a year from 1900 to 2200.
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" { indikator I1 "Satu" { satuan persen target 50 } }
}
aturan "Tahun" {
  jika realisasi(I1, 99999999999) > 0 dan realisasi(I1, 2025) > 0
  maka info "x"
}
--- exit 1
--- stderr
main.rkt:7:22: error[E027]: the second argument of realisasi() is a period: TW1..TW4, S1, S2, B01..B12 or 2025-TW2
    7 |   jika realisasi(I1, 99999999999) > 0 dan realisasi(I1, 2025) > 0
      |                      ^~~~~~~~~~~

=== E027 arguments of the wrong kind
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" { indikator I1 "Satu" { satuan persen target 50 } }
}
fungsi f(a) = realisasi(a)
aturan "Salah" {
  jika target("I1") > 0 dan realisasi(I1, TW5) > 0 dan realisasi(I1, 2.5) > 0 dan kategori(1, 2) == "A" dan f(1, 2) > 0
  maka info "x"
}
--- exit 1
--- stderr
main.rkt:6:25: error[E027]: a fungsi reads only its parameters; pass realisasi(a) to it as an argument
    6 | fungsi f(a) = realisasi(a)
      |                         ^
main.rkt:8:15: error[E027]: target() takes an indicator, sasaran or plan code as its first argument
    8 |   jika target("I1") > 0 dan realisasi(I1, TW5) > 0 dan realisasi(I1, 2.5) > 0 dan kategori(1, 2) == "A" dan f(1, 2) > 0
      |               ^~~~
main.rkt:8:43: error[E027]: the second argument of realisasi() is a period: TW1..TW4, S1, S2, B01..B12 or 2025-TW2
    8 |   jika target("I1") > 0 dan realisasi(I1, TW5) > 0 dan realisasi(I1, 2.5) > 0 dan kategori(1, 2) == "A" dan f(1, 2) > 0
      |                                           ^~~
main.rkt:8:70: error[E027]: the second argument of realisasi() is a period: TW1..TW4, S1, S2, B01..B12 or 2025-TW2
    8 |   jika target("I1") > 0 dan realisasi(I1, TW5) > 0 dan realisasi(I1, 2.5) > 0 dan kategori(1, 2) == "A" dan f(1, 2) > 0
      |                                                                      ^~~
main.rkt:8:95: error[E027]: the second argument of kategori() is the name of a skala
    8 |   jika target("I1") > 0 dan realisasi(I1, TW5) > 0 dan realisasi(I1, 2.5) > 0 dan kategori(1, 2) == "A" dan f(1, 2) > 0
      |                                                                                               ^
main.rkt:8:109: error[E027]: fungsi 'f' takes 1 argument, not 2
    8 |   jika target("I1") > 0 dan realisasi(I1, TW5) > 0 dan realisasi(I1, 2.5) > 0 dan kategori(1, 2) == "A" dan f(1, 2) > 0
      |                                                                                                             ^~~~~~~

=== E030 an rkt that refers to a pk or to another rkt
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
rkt R1 "Rencana satu" {
  tahun 2025
  sasaran SP1 "Sasaran" { indikator I1 "Satu" { satuan persen target 50 } }
}
rkt R2 "Rencana dua" {
  tahun   2025
  mengacu R1
  sasaran SP1 "Sasaran" { indikator I1 "Satu" { satuan persen target 50 } }
}
--- exit 1
--- stderr
main.rkt:8:11: error[E030]: rkt 'R2' cannot refer to rkt 'R1': an rkt refers to a renstra, a pk to an rkt
    8 |   mengacu R1
      |           ^~

=== E030 fixed bug: a rejected mengacu makes every inherited property missing
# The one mistake is the mengacu; the E015s for the uraian and satuan the
# indicator would have inherited are a cascade (and likewise after an
# undeclared mengacu, E018).
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
pk P "Perjanjian" {
  tahun 2025
  sasaran SP1 "Sasaran" { indikator I1 "Satu" { satuan persen target 50 } }
}
rkt R "Rencana" {
  tahun   2025
  mengacu P
  sasaran SP1 { indikator I1 { target 50 } }
}
--- exit 1
--- stderr
main.rkt:8:11: error[E030]: rkt 'R' cannot refer to pk 'P': an rkt refers to a renstra, a pk to an rkt
    8 |   mengacu P
      |           ^

=== E034 a bare realisasi outside an indikator
$ rkt check main.rkt
--- main.rkt
aturan "Tanpa kode" { jika realisasi > 0 maka info "x" }
uji "Uji" { harap capaian >= 100 }
--- exit 1
--- stderr
main.rkt:1:28: error[E034]: a bare 'realisasi' means the indicator's own value and stands only inside an indikator; write realisasi(CODE)
    1 | aturan "Tanpa kode" { jika realisasi > 0 maka info "x" }
      |                            ^~~~~~~~~
main.rkt:2:19: error[E034]: a bare 'capaian' means the indicator's own value and stands only inside an indikator; write capaian(CODE)
    2 | uji "Uji" { harap capaian >= 100 }
      |                   ^~~~~~~
