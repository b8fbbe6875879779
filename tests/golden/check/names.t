# Names and references (E017, E018, E027, E030, E034).
# Cases moved from tests/unit/test_sema.c (the test each comes from in
# the title's brackets), on the same source, so the codes, positions and
# messages it asserted are all in the expected stderr, with every other
# diagnostic of that source.  Files are t.rkt, u.rkt, v.rkt in the order the
# test loaded them.  Format: tests/golden/run.sh.

=== E018 undeclared names with their nearest declared one [test_undeclared_did_you_mean]
$ rkt check t.rkt
--- t.rkt
satuan persen : persen
skala MUTU { A "a" : >= 0 }
fungsi rasio(a, b) = a / b
data survei "S" satuan persen
rkt R "R" {
  tahun 2025
  predikat MUTUU
  sasaran SP1 "S" {
    indikator I1 "a" { satuan persn target 1 realisasi = rasios(survey, 1) }
  }
}
aturan "x" { jika target(I2) > 0 dan target(IKSP1) > 0 maka info "x" }
--- exit 1
--- stderr
t.rkt:4:6: warning[W003]: data series 'survei' is declared but never used
    4 | data survei "S" satuan persen
      |      ^~~~~~
t.rkt:7:12: error[E018]: undeclared skala 'MUTUU'; did you mean 'MUTU'?
    7 |   predikat MUTUU
      |            ^~~~~
t.rkt:9:31: error[E018]: undeclared satuan 'persn'; did you mean 'persen'?
    9 |     indikator I1 "a" { satuan persn target 1 realisasi = rasios(survey, 1) }
      |                               ^~~~~
t.rkt:9:58: error[E018]: undeclared fungsi 'rasios'; did you mean 'rasio'?
    9 |     indikator I1 "a" { satuan persn target 1 realisasi = rasios(survey, 1) }
      |                                                          ^~~~~~
t.rkt:9:65: error[E018]: undeclared code 'survey'; did you mean 'survei'?
    9 |     indikator I1 "a" { satuan persn target 1 realisasi = rasios(survey, 1) }
      |                                                                 ^~~~~~
t.rkt:12:26: error[E018]: undeclared code 'I2'; did you mean 'I1'?
   12 | aturan "x" { jika target(I2) > 0 dan target(IKSP1) > 0 maka info "x" }
      |                          ^~
t.rkt:12:45: error[E018]: undeclared code 'IKSP1': no indicator, sasaran, plan or data series has it
   12 | aturan "x" { jika target(I2) > 0 dan target(IKSP1) > 0 maka info "x" }
      |                                             ^~~~~

=== E018 undeclared names with nothing near [test_undeclared_without_suggestion]
$ rkt check t.rkt
--- t.rkt
rkt R "R" {
  tahun 2025
  mengacu RENSTRA_X
  sasaran SP1 "S" { indikator I1 "a" { satuan nilai_unsur target 1 } }
}
fungsi f(nilai) = jumlah_total
--- exit 1
--- stderr
t.rkt:3:11: error[E018]: undeclared plan 'RENSTRA_X'; no renstra, rkt or pk of that code is loaded
    3 |   mengacu RENSTRA_X
      |           ^~~~~~~~~
t.rkt:4:47: error[E018]: undeclared satuan 'nilai_unsur'; declare it with 'satuan nilai_unsur ...'
    4 |   sasaran SP1 "S" { indikator I1 "a" { satuan nilai_unsur target 1 } }
      |                                               ^~~~~~~~~~~
t.rkt:6:8: warning[W003]: fungsi 'f' is declared but never used
    6 | fungsi f(nilai) = jumlah_total
      |        ^
t.rkt:6:19: error[E018]: 'jumlah_total' is not a parameter of fungsi 'f'; a fungsi reads only its parameters
    6 | fungsi f(nilai) = jumlah_total
      |                   ^~~~~~~~~~~~

=== E018 an undeclared tujuan, uji plan and aturan of a harap temuan [test_tujuan_and_temuan]
$ rkt check t.rkt
--- t.rkt
satuan persen : persen
rkt R "R" {
  tahun 2025
  tujuan T1 "Tujuan"
  sasaran SP1 "S" { tujuan T2 indikator I1 "a" { satuan persen target 1 } }
}
aturan "Capaian rendah" { jika target(I1) > 5 maka info "x" }
uji "u" { rencana RR harap temuan "Capaian rendahh" }
--- exit 1
--- stderr
t.rkt:5:28: error[E018]: undeclared tujuan 'T2'; did you mean 'T1'?
    5 |   sasaran SP1 "S" { tujuan T2 indikator I1 "a" { satuan persen target 1 } }
      |                            ^~
t.rkt:8:19: error[E018]: undeclared plan 'RR'; did you mean 'R'?
    8 | uji "u" { rencana RR harap temuan "Capaian rendahh" }
      |                   ^~
t.rkt:8:35: error[E018]: no aturan is named "Capaian rendahh"; did you mean "Capaian rendah"?
    8 | uji "u" { rencana RR harap temuan "Capaian rendahh" }
      |                                   ^~~~~~~~~~~~~~~~~

=== E027 calls: a fungsi reads only its parameters, argument counts, a period argument [test_call_arguments]
$ rkt check t.rkt
--- t.rkt
satuan persen : persen
rkt R "R" { tahun 2025 sasaran SP1 "S" { indikator I1 "a" { satuan persen target 1 } } }
fungsi f(a) = realisasi(a)
aturan "x" { jika ada() dan f(1, 2) > 0 dan realisasi(I1, TW5) > 0 maka info "x" }
--- exit 1
--- stderr
t.rkt:3:25: error[E027]: a fungsi reads only its parameters; pass realisasi(a) to it as an argument
    3 | fungsi f(a) = realisasi(a)
      |                         ^
t.rkt:4:19: error[E027]: ada() takes 1 argument, not 0
    4 | aturan "x" { jika ada() dan f(1, 2) > 0 dan realisasi(I1, TW5) > 0 maka info "x" }
      |                   ^~~~~
t.rkt:4:29: error[E027]: fungsi 'f' takes 1 argument, not 2
    4 | aturan "x" { jika ada() dan f(1, 2) > 0 dan realisasi(I1, TW5) > 0 maka info "x" }
      |                             ^~~~~~~
t.rkt:4:59: error[E027]: the second argument of realisasi() is a period: TW1..TW4, S1, S2, B01..B12 or 2025-TW2
    4 | aturan "x" { jika ada() dan f(1, 2) > 0 dan realisasi(I1, TW5) > 0 maka info "x" }
      |                                                           ^~~

=== E034 a bare realisasi outside an indicator [test_bare_realisasi]
$ rkt check t.rkt
--- t.rkt
aturan "x" { jika realisasi > 0 maka info "x" }
--- exit 1
--- stderr
t.rkt:1:19: error[E034]: a bare 'realisasi' means the indicator's own value and stands only inside an indikator; write realisasi(CODE)
    1 | aturan "x" { jika realisasi > 0 maka info "x" }
      |                   ^~~~~~~~~

=== E030 an rkt cannot refer to an rkt [test_mengacu_kind]
# That the model then keeps no mengacu is asserted in test_sema.c.
$ rkt check t.rkt
--- t.rkt
satuan persen : persen
rkt A "A" { tahun 2025 sasaran SP1 "S" { indikator I1 "a" { satuan persen target 1 } } }
rkt B "B" { tahun 2025 mengacu A sasaran SP1 "S" { indikator I1 "a" { satuan persen target 1 } } }
--- exit 1
--- stderr
t.rkt:3:32: error[E030]: rkt 'B' cannot refer to rkt 'A': an rkt refers to a renstra, a pk to an rkt
    3 | rkt B "B" { tahun 2025 mengacu A sasaran SP1 "S" { indikator I1 "a" { satuan persen target 1 } } }
      |                                ^

=== E017 fungsi recursion, at the call that closes the cycle [test_fungsi_recursion]
$ rkt check t.rkt
--- t.rkt
fungsi f(a) = g(a) + 1
fungsi g(b) = h(b) * 2
fungsi h(c) = f(c)
fungsi sendiri(n) = sendiri(n - 1)
aturan "x" { jika f(1) + sendiri(1) > 0 maka info "x" }
--- exit 1
--- stderr
t.rkt:3:15: error[E017]: fungsi recursion: f -> g -> h -> f; a fungsi may not call itself, directly or through others
    3 | fungsi h(c) = f(c)
      |               ^
t.rkt:4:21: error[E017]: fungsi recursion: sendiri -> sendiri; a fungsi may not call itself, directly or through others
    4 | fungsi sendiri(n) = sendiri(n - 1)
      |                     ^~~~~~~

=== E017 derived indicators that depend on each other; one reading the cycle is not in it [test_derived_cycle]
$ rkt check t.rkt
--- t.rkt
satuan persen : persen
data d "D" satuan persen
rkt R "R" {
  tahun 2025
  sasaran SP1 "S" {
    indikator I3 "a" { satuan persen target 1 realisasi = I4 }
    indikator I4 "b" { satuan persen target 1 realisasi = realisasi(I5) }
    indikator I5 "c" { satuan persen target 1 realisasi = I3 * 2 }
    indikator I6 "d" { satuan persen target 1 realisasi = d + I3 }
  }
}
--- exit 1
--- stderr
t.rkt:8:59: error[E017]: derived indicators depend on each other: I3 -> I4 -> I5 -> I3; one of them must read data
    8 |     indikator I5 "c" { satuan persen target 1 realisasi = I3 * 2 }
      |                                                           ^~
