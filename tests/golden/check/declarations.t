# Declarations (E011, E013-E016, E028, W001-W003).
# Cases moved from tests/unit/test_sema.c (the test each comes from in
# the title's brackets), on the same source, so the codes, positions and
# messages it asserted are all in the expected stderr, with every other
# diagnostic of that source.  Files are t.rkt, u.rkt, v.rkt in the order the
# test loaded them.  Format: tests/golden/run.sh.

=== E011 a parameter twice, a built-in hidden, an indicator, a sasaran and a quarter twice; a skala named like a satuan is no clash [test_duplicates]
# Units and scales are two namespaces (docs/language.md#namespaces): this
# case asserted an E011 at `skala persen` while the contract had one
# namespace; now the skala stands, and, never used, is W003.
$ rkt check t.rkt
--- t.rkt
satuan persen : persen
skala persen { A "a" : >= 0 }
fungsi selisih(a, a) = a
fungsi rata(x) = x
rkt R "R" {
  tahun 2025
  sasaran SP1 "S" {
    indikator I1 "a" { satuan persen target 1 }
    indikator I1 "b" { satuan persen target 2 }
  }
  sasaran SP1 "T" { indikator I2 "c" { satuan persen target { TW1: 1, TW1: 2, TW2: 3, TW3: 4, TW4: 5 } } }
}
aturan "x" { jika selisih(1, 2) > 0 maka info "x" }
--- exit 1
--- stderr
t.rkt:2:7: warning[W003]: skala 'persen' is declared but never used
    2 | skala persen { A "a" : >= 0 }
      |       ^~~~~~
t.rkt:3:19: error[E011]: parameter 'a' appears twice in fungsi 'selisih'
    3 | fungsi selisih(a, a) = a
      |                   ^
t.rkt:4:8: error[E011]: fungsi 'rata' would hide the built-in of that name; choose another name
    4 | fungsi rata(x) = x
      |        ^~~~
t.rkt:4:8: warning[W003]: fungsi 'rata' is declared but never used
    4 | fungsi rata(x) = x
      |        ^~~~
t.rkt:9:15: error[E011]: indikator 'I1' is declared twice in plan 'R'; the first is at t.rkt:8:15
    9 |     indikator I1 "b" { satuan persen target 2 }
      |               ^~
t.rkt:11:11: error[E011]: sasaran 'SP1' is declared twice in plan 'R'; the first is at t.rkt:7:11
   11 |   sasaran SP1 "T" { indikator I2 "c" { satuan persen target { TW1: 1, TW1: 2, TW2: 3, TW3: 4, TW4: 5 } } }
      |           ^~~
t.rkt:11:71: error[E011]: TW1 is listed twice
   11 |   sasaran SP1 "T" { indikator I2 "c" { satuan persen target { TW1: 1, TW1: 2, TW2: 3, TW3: 4, TW4: 5 } } }
      |                                                                       ^~~
t.rkt:13:8: note[I100]: aturan "x" in R: x
   13 | aturan "x" { jika selisih(1, 2) > 0 maka info "x" }
      |        ^~~

=== a satuan and a plan of one name in two files do not clash [test_duplicate_across_files]
# This case asserted an E011 at `rkt persen` while the contract had one
# namespace; a unit and a plan's code are two namespaces now.  E011 across
# files within one namespace: check/namespaces.t.
$ rkt check t.rkt u.rkt
--- t.rkt
satuan persen : persen
--- u.rkt
satuan x : cacah
rkt persen "R" { tahun 2025 }
--- exit 0
--- stderr
t.rkt:1:8: warning[W003]: satuan 'persen' is declared but never used
    1 | satuan persen : persen
      |        ^~~~~~
u.rkt:1:8: warning[W003]: satuan 'x' is declared but never used
    1 | satuan x : cacah
      |        ^

=== E013 values of the wrong kind, with their suggestions [test_values]
$ rkt check t.rkt
--- t.rkt
satuan persen : persen
satuan orang : cacahh
rkt R "R" {
  tahun 2025.5
  sasaran SP1 "S" {
    indikator I1 "a" { satuan persen target 1 polaritas maximal pelaksana X bobot -1 }
  }
}
aturan "x" { jika 1 > 0 maka error "m" }
--- exit 1
--- stderr
t.rkt:2:8: warning[W003]: satuan 'orang' is declared but never used
    2 | satuan orang : cacahh
      |        ^~~~~
t.rkt:2:16: error[E013]: unknown kind of satuan 'cacahh'; expected one of: cacah, indeks, persen, angka, tingkat; did you mean 'cacah'?
    2 | satuan orang : cacahh
      |                ^~~~~~
t.rkt:4:9: error[E013]: 'tahun' takes a year such as 2025; found 2025.5
    4 |   tahun 2025.5
      |         ^~~~~~
t.rkt:6:57: error[E013]: 'maximal' is not a valid polaritas; expected one of: maksimal, minimal, stabil; did you mean 'maksimal'?
    6 |     indikator I1 "a" { satuan persen target 1 polaritas maximal pelaksana X bobot -1 }
      |                                                         ^~~~~~~
t.rkt:6:75: error[E013]: 'pelaksana' takes a string in double quotes, e.g. pelaksana "..."; found a name
    6 |     indikator I1 "a" { satuan persen target 1 polaritas maximal pelaksana X bobot -1 }
      |                                                                           ^
t.rkt:6:83: error[E013]: bobot must not be negative
    6 |     indikator I1 "a" { satuan persen target 1 polaritas maximal pelaksana X bobot -1 }
      |                                                                                   ^~
t.rkt:9:30: error[E013]: unknown severity 'error'; expected one of: galat, peringatan, info
    9 | aturan "x" { jika 1 > 0 maka error "m" }
      |                              ^~~~~

=== E014 properties in the wrong block [test_misplaced_property]
$ rkt check t.rkt
--- t.rkt
satuan persen : persen
rkt R "R" {
  tahun 2025
  periode 2025..2029
  sasaran SP1 "S" {
    target 5
    indikator I1 "a" { satuan persen target 1 polaritass maksimal }
  }
}
renstra S "S" { periode 2025..2029 tahun 2025 }
--- exit 1
--- stderr
t.rkt:4:3: error[E014]: 'periode' does not belong in an rkt; valid here: tahun, instansi, mengacu, atasan, keterangan, predikat, bila_kosong, tujuan, program, sasaran, tempat, tanggal, penandatangan, pihak_kedua
    4 |   periode 2025..2029
      |   ^~~~~~~
t.rkt:6:5: error[E014]: 'target' does not belong in a sasaran; valid here: bobot, keterangan, predikat, bila_kosong, tingkat, indikator, tujuan, sasaran, program, kegiatan, subkegiatan
    6 |     target 5
      |     ^~~~~~
t.rkt:7:47: error[E014]: 'polaritass' does not belong in an indikator; did you mean 'polaritas'? (valid here: satuan, target, polaritas, konsolidasi, batas, terburuk, kondisi_awal, bobot, jenis, sifat, ukuran, pelaksana, keterangan, definisi, sumber, realisasi, capaian, predikat, ditunda, konsolidasi_lokasi, mendukung)
    7 |     indikator I1 "a" { satuan persen target 1 polaritass maksimal }
      |                                               ^~~~~~~~~~
t.rkt:10:36: error[E014]: a renstra spans years: write 'periode 2025..2029' instead of 'tahun'
   10 | renstra S "S" { periode 2025..2029 tahun 2025 }
      |                                    ^~~~~

=== E015 required properties missing; a ditunda indicator needs no target [test_required_missing]
$ rkt check t.rkt
--- t.rkt
satuan persen : persen
renstra S "S" { sasaran SP1 "a" { indikator I1 "x" { satuan persen target { 2025: 1 } } } }
rkt R "R" {
  sasaran SP1 "S" {
    indikator I1 { target 50 }
    indikator I2 "b" { satuan persen }
    indikator I3 "c" { satuan persen ditunda "tahun depan" }
  }
}
skala K { }
aturan "Selalu" { maka info "m" }
--- exit 1
--- stderr
t.rkt:2:9: error[E015]: renstra 'S' has no 'periode'; add e.g. periode 2025..2029
    2 | renstra S "S" { sasaran SP1 "a" { indikator I1 "x" { satuan persen target { 2025: 1 } } } }
      |         ^
t.rkt:3:5: error[E015]: rkt 'R' has no 'tahun'; add e.g. tahun 2025
    3 | rkt R "R" {
      |     ^
t.rkt:5:15: error[E015]: indikator 'I1' has no uraian; write it after the code: indikator I1 "..."
    5 |     indikator I1 { target 50 }
      |               ^~
t.rkt:5:15: error[E015]: indikator 'I1' has no 'satuan'; add e.g. satuan persen
    5 |     indikator I1 { target 50 }
      |               ^~
t.rkt:6:15: error[E015]: indikator 'I2' has no 'target'; add e.g. target 100
    6 |     indikator I2 "b" { satuan persen }
      |               ^~
t.rkt:10:7: error[E015]: skala 'K' has no band; write bands as CODE "label" : > number
   10 | skala K { }
      |       ^
t.rkt:10:7: warning[W003]: skala 'K' is declared but never used
   10 | skala K { }
      |       ^
t.rkt:11:1: error[E015]: aturan 'Selalu' has no condition; write: jika CONDITION maka info "message"
   11 | aturan "Selalu" { maka info "m" }
      | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

=== E028 a property written twice [test_written_twice]
# That the first of the two targets counts is asserted in test_sema.c.
$ rkt check t.rkt
--- t.rkt
satuan persen : persen
rkt R "R" {
  tahun 2025
  tahun 2026
  sasaran SP1 "S" { indikator I1 "a" { satuan persen target 1 target 2 satuan persen } }
}
--- exit 1
--- stderr
t.rkt:4:3: error[E028]: 'tahun' is written twice in this block; the first is at line 3
    4 |   tahun 2026
      |   ^~~~~
t.rkt:5:63: error[E028]: the annual target is written twice
    5 |   sasaran SP1 "S" { indikator I1 "a" { satuan persen target 1 target 2 satuan persen } }
      |                                                               ^~~~~~
t.rkt:5:72: error[E028]: 'satuan' is written twice in this block; the first is at line 5
    5 |   sasaran SP1 "S" { indikator I1 "a" { satuan persen target 1 target 2 satuan persen } }
      |                                                                        ^~~~~~

=== E016 band thresholds out of order [test_scale_thresholds]
# The bands kept in the model are asserted in test_sema.c.
$ rkt check t.rkt
--- t.rkt
skala MUTU {
  A "Sangat Baik" : >= 88.31
  B "Baik"        : >= 90
  C "Cukup"       : > 65
  D "Kurang"      : > 65
}
aturan "x" { jika kategori(1, MUTU) == "A" maka info "x" }
--- exit 1
--- stderr
t.rkt:3:24: error[E016]: thresholds of skala 'MUTU' must strictly decrease from the first band to the last: 90 (band B) follows 88.31 (band A)
    3 |   B "Baik"        : >= 90
      |                        ^~
t.rkt:5:23: error[E016]: thresholds of skala 'MUTU' must strictly decrease from the first band to the last: 65 (band D) follows 65 (band C)
    5 |   D "Kurang"      : > 65
      |                       ^~

=== W001 a sasaran without indikator warns: exit 0, with --werror exit 1 [test_empty_sasaran]
$ rkt check t.rkt; echo "check: exit $?"
$ rkt check --werror t.rkt 2>/dev/null; echo "check --werror: exit $?"
--- t.rkt
satuan persen : persen
rkt R "R" {
  tahun 2025
  sasaran SP1 "S" { indikator I1 "a" { satuan persen target 1 } }
  sasaran SP2 "T" { }
}
--- stdout
check: exit 0
check --werror: exit 1
--- stderr
t.rkt:5:11: warning[W001]: sasaran 'SP2' has no indikator; its achievement cannot be measured
    5 |   sasaran SP2 "T" { }
      |           ^~~

=== W002 bobot on some parts only; a part without bobot weighs 1 [test_partial_weights]
$ rkt check t.rkt
$ rkt explain t.rkt I1 2>/dev/null | sed -n 3p
$ rkt explain t.rkt I2 2>/dev/null | sed -n 3p
--- t.rkt
satuan persen : persen
rkt R "R" {
  tahun 2025
  sasaran SP1 "S" {
    bobot 2
    indikator I1 "a" { satuan persen target 1 bobot 3 }
    indikator I2 "b" { satuan persen target 1 }
  }
  sasaran SP2 "T" { indikator I3 "c" { satuan persen target 1 } }
  sasaran SP3 "U" { indikator I4 "d" { satuan persen target 1 } }
}
--- stdout
  satuan persen, polaritas maksimal, konsolidasi terakhir, bobot 3
  satuan persen, polaritas maksimal, konsolidasi terakhir, bobot 1
--- stderr
t.rkt:7:15: warning[W002]: indikator 'I2' has no bobot while others in sasaran 'SP1' do; it counts with bobot 1
    7 |     indikator I2 "b" { satuan persen target 1 }
      |               ^~
t.rkt:9:11: warning[W002]: sasaran 'SP2' has no bobot while others in plan 'R' do; it counts with bobot 1
    9 |   sasaran SP2 "T" { indikator I3 "c" { satuan persen target 1 } }
      |           ^~~
t.rkt:10:11: warning[W002]: sasaran 'SP3' has no bobot while others in plan 'R' do; it counts with bobot 1
   10 |   sasaran SP3 "U" { indikator I4 "d" { satuan persen target 1 } }
      |           ^~~

=== W003 unused satuan, skala, fungsi and data series [test_unused]
$ rkt check t.rkt
--- t.rkt
satuan persen : persen
satuan orang : cacah
skala MUTU { A "a" : >= 0 }
skala DIPAKAI { A "a" : >= 0 }
fungsi rasio(a, b) = a / b
fungsi dipakai(a) = a
data survei "S" satuan persen
rkt R "R" {
  tahun 2025
  predikat DIPAKAI
  sasaran SP1 "S" { indikator I1 "a" { satuan persen target 1 capaian = dipakai(1) } }
}
--- exit 0
--- stderr
t.rkt:2:8: warning[W003]: satuan 'orang' is declared but never used
    2 | satuan orang : cacah
      |        ^~~~~
t.rkt:3:7: warning[W003]: skala 'MUTU' is declared but never used
    3 | skala MUTU { A "a" : >= 0 }
      |       ^~~~
t.rkt:5:8: warning[W003]: fungsi 'rasio' is declared but never used
    5 | fungsi rasio(a, b) = a / b
      |        ^~~~~
t.rkt:7:6: warning[W003]: data series 'survei' is declared but never used
    7 | data survei "S" satuan persen
      |      ^~~~~~
