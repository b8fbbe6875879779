# Top-level names in four namespaces, and declarations repeated
# (docs/language.md#namespaces, E011 in docs/diagnostics.md): units,
# scales, functions and codes (series, plans, aturan, uji) do not clash
# with each other; a satuan, skala, fungsi or data series declared again
# with the same definition is one declaration, in one file or across the
# files of a run; a second definition that differs is E011 at it, showing
# both; any other name twice in one namespace is E011.  The fixtures
# (tests/golden/fixtures/ns/) declare skor, MUTU, rasio and survei in
# a.rkt, b.rkt (written otherwise) and c.rkt (after its plan).  Format:
# tests/golden/run.sh.

=== four namespaces: a satuan, a skala, a fungsi and a series of one name
# Each use reads its own namespace: `satuan persen` a unit, `predikat
# persen` a scale, the call `persen(...)` the function, the bare `persen`
# the series (a code).
$ rkt check t.rkt
$ rkt eval t.rkt --data d.csv --format csv
--- t.rkt
satuan persen : persen
skala persen { A "Tinggi" : >= 50  B "Rendah" : >= 0 }
fungsi persen(x) = x * 100
data persen "Bagian yang dilayani" satuan persen
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Layanan" {
    indikator I1 "Persentase layanan" { satuan persen target 80 predikat persen realisasi = persen(persen) }
  }
}
--- d.csv
kode,periode,nilai
persen,2025,0.9
--- stdout
kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat,pelaksana,jenis,anggaran,realisasi_anggaran,serapan
I1,SP1,Persentase layanan,persen,maksimal,terakhir,80,90,112.5,A,,indikator,,,
--- stderr

=== fixed bug: a skala named like an indicator hid its code in a formula
# A bare name in an expression is a code; it was looked up among the
# scales first, so `IK1 * 2` read the skala IK1 and gave kosong.
$ rkt eval t.rkt --data d.csv --format csv
--- t.rkt
satuan buah : cacah
skala IK1 { A "Banyak" : >= 10  B "Sedikit" : >= 0 }
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Layanan" {
    indikator IK1 "Layanan" { satuan buah target 10 predikat IK1 dari realisasi }
    indikator IK2 "Layanan ganda" { satuan buah target 20 realisasi = IK1 * 2 }
  }
}
--- d.csv
kode,periode,nilai
IK1,2025,6
--- stdout
kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat,pelaksana,jenis,anggaran,realisasi_anggaran,serapan
IK1,SP1,Layanan,buah,maksimal,jumlah,10,6,60,B,,indikator,,,
IK2,SP1,Layanan ganda,buah,maksimal,jumlah,20,12,60,,,indikator,,,
--- stderr

=== a skala is not a value: the bare name of one is an undeclared code, with a hint
$ rkt check t.rkt
--- t.rkt
satuan buah : cacah
skala MUTU { A "Baik" : >= 10  B "Kurang" : >= 0 }
fungsi f(x) = x * MUTU
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Layanan" {
    indikator I1 "Layanan" { satuan buah target 10 realisasi = f(2) + MUTU }
  }
}
--- exit 1
--- stderr
t.rkt:2:7: warning[W003]: skala 'MUTU' is declared but never used
    2 | skala MUTU { A "Baik" : >= 10  B "Kurang" : >= 0 }
      |       ^~~~
t.rkt:3:19: error[E018]: 'MUTU' is not a parameter of fungsi 'f'; a fungsi reads only its parameters; the skala 'MUTU' is not a value: kategori(x, MUTU) gives the band of x
    3 | fungsi f(x) = x * MUTU
      |                   ^~~~
t.rkt:7:71: error[E018]: undeclared code 'MUTU': no indicator, sasaran, plan or data series has it; the skala 'MUTU' is not a value: kategori(x, MUTU) gives the band of x
    7 |     indikator I1 "Layanan" { satuan buah target 10 realisasi = f(2) + MUTU }
      |                                                                       ^~~~

=== the same satuan, skala, fungsi and series in three files: one declaration each
# b.rkt writes them otherwise (blanks, comments, 1.0 for 1, parentheses
# that change nothing); no E011, and no W003 for the copies: survei is
# used by R_B only, which makes a.rkt's (the first) used.
$ rkt check a.rkt b.rkt c.rkt
--- a.rkt < fixtures/ns/a.rkt
--- b.rkt < fixtures/ns/b.rkt
--- c.rkt < fixtures/ns/c.rkt
--- stdout
--- stderr

=== the same declarations in three files, from a directory
$ rkt check .
--- a.rkt < fixtures/ns/a.rkt
--- b.rkt < fixtures/ns/b.rkt
--- c.rkt < fixtures/ns/c.rkt
--- stdout
--- stderr

=== the same declarations in three files: eval of one plan, and --semua on one thread and on two
$ rkt eval --rencana R_B a.rkt b.rkt c.rkt --data data.csv --format csv
$ RKT_THREADS=1 rkt eval --semua a.rkt b.rkt c.rkt --data data.csv --format csv > 1.csv
$ RKT_THREADS=2 rkt eval --semua a.rkt b.rkt c.rkt --data data.csv --format csv > 2.csv
$ cmp 1.csv 2.csv && cat 1.csv
--- a.rkt < fixtures/ns/a.rkt
--- b.rkt < fixtures/ns/b.rkt
--- c.rkt < fixtures/ns/c.rkt
--- data.csv < fixtures/ns/data.csv
--- stdout
kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat,pelaksana,jenis,anggaran,realisasi_anggaran,serapan
I2,SP1,Skor survei,skor,maksimal,terakhir,4,3.5,87.5,B,,indikator,,,
rencana,kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat,pelaksana,jenis,anggaran,realisasi_anggaran,serapan
R_A,I1,SP1,Skor layanan,skor,maksimal,terakhir,4,3.8,95,B,,indikator,,,
R_B,I2,SP1,Skor survei,skor,maksimal,terakhir,4,3.5,87.5,B,,indikator,,,
R_C,I1,SP1,Skor layanan,skor,maksimal,terakhir,4,2,50,C,,indikator,,,
--- stderr

=== every unit its own satuan file: one declaration each, W003 once, at the first
# A ministry's folder of units, each importing its own copy of the same
# units; hari, used by none, is reported at the first copy only.
$ rkt check .
$ rkt eval --semua . --format csv --data data.csv
--- u1/satuan.rkt < fixtures/ns/units.rkt
--- u2/satuan.rkt < fixtures/ns/units.rkt
--- u3/satuan.rkt < fixtures/ns/units.rkt
--- u1/rkt.rkt
impor "satuan.rkt"
rkt R_1 "Unit 1" { tahun 2025  sasaran SP1 "Layanan" { indikator I1 "Skor" { satuan skor target 4 predikat MUTU dari realisasi } } }
--- u2/rkt.rkt
impor "satuan.rkt"
rkt R_2 "Unit 2" { tahun 2025  sasaran SP1 "Layanan" { indikator I1 "Skor" { satuan skor target 5 capaian = rasio(realisasi, target) } } }
--- u3/rkt.rkt
impor "satuan.rkt"
rkt R_3 "Unit 3" { tahun 2025  sasaran SP1 "Layanan" { indikator I1 "Skor" { satuan skor target 2 } } }
--- data.csv
rencana,kode,periode,nilai
R_1,I1,2025,4.5
R_2,I1,2025,4
R_3,I1,2025,3
--- stdout
rencana,kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat,pelaksana,jenis,anggaran,realisasi_anggaran,serapan
R_1,I1,SP1,Skor,skor,maksimal,terakhir,4,4.5,112.5,A,,indikator,,,
R_2,I1,SP1,Skor,skor,maksimal,terakhir,5,4,80,,,indikator,,,
R_3,I1,SP1,Skor,skor,maksimal,terakhir,2,3,150,,,indikator,,,
--- stderr
u1/satuan.rkt:2:8: warning[W003]: satuan 'hari' is declared but never used
    2 | satuan hari : angka
      |        ^~~~
u1/satuan.rkt:2:8: warning[W003]: satuan 'hari' is declared but never used
    2 | satuan hari : angka
      |        ^~~~

=== the library's own definition again is the same declaration
# sakip declares `satuan persen : persen`: `persen 0..100` is that unit
# (a persen's range is 0..100 unless written), and so is `persen` again.
$ rkt check main.rkt
--- main.rkt
impor "sakip"
satuan persen : persen 0..100
satuan laporan : cacah
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" { indikator I1 "Satu" { satuan persen target 50 } }
}
--- stdout
--- stderr

=== E011 a unit of another kind: both definitions shown
$ rkt check a.rkt b.rkt d.rkt
--- a.rkt < fixtures/ns/a.rkt
--- b.rkt < fixtures/ns/b.rkt
--- d.rkt
satuan skor : cacah
--- exit 1
--- stderr
d.rkt:1:8: error[E011]: satuan 'skor' is declared at a.rkt:1:8 as 'indeks 1..5'; here as 'cacah'; a name has one definition in a run: declare it the same way everywhere, or rename one
    1 | satuan skor : cacah
      |        ^~~~

=== E011 a unit of another range: the first stands
# The target 50 of R_D is judged by the first, 1..5.
$ rkt check a.rkt b.rkt d.rkt
--- a.rkt < fixtures/ns/a.rkt
--- b.rkt < fixtures/ns/b.rkt
--- d.rkt
satuan skor : indeks 0..100
rkt R_D "Rencana D" { tahun 2025  sasaran SP1 "Layanan" { indikator I1 "Skor" { satuan skor target 50 } } }
--- exit 1
--- stderr
d.rkt:1:8: error[E011]: satuan 'skor' is declared at a.rkt:1:8 as 'indeks 1..5'; here as 'indeks 0..100'; a name has one definition in a run: declare it the same way everywhere, or rename one
    1 | satuan skor : indeks 0..100
      |        ^~~~
d.rkt:2:100: error[E019]: target 50 is outside the range 1..5 of satuan 'skor'
    2 | rkt R_D "Rencana D" { tahun 2025  sasaran SP1 "Layanan" { indikator I1 "Skor" { satuan skor target 50 } } }
      |                                                                                                    ^~

=== E011 a scale with another threshold, another label, > for >=
$ rkt check a.rkt b.rkt d.rkt e.rkt f.rkt
--- a.rkt < fixtures/ns/a.rkt
--- b.rkt < fixtures/ns/b.rkt
--- d.rkt
skala MUTU {
  A "Baik"   : >= 4
  B "Cukup"  : >= 3
  C "Kurang" : >= 0
}
--- e.rkt
skala MUTU { A "Bagus" : >= 4  B "Cukup" : >= 2.5  C "Kurang" : >= 0 }
--- f.rkt
skala MUTU { A "Baik" : > 4  B "Cukup" : >= 2.5  C "Kurang" : >= 0 }
--- exit 1
--- stderr
d.rkt:1:7: error[E011]: skala 'MUTU' is declared at a.rkt:2:7 as '{ A "Baik" : >= 4 B "Cukup" : >= 2.5 C "Kurang" : >= 0 }'; here as '{ A "Baik" : >= 4 B "Cukup" : >= 3 C "Kurang" : >= 0 }'; a name has one definition in a run: declare it the same way everywhere, or rename one
    1 | skala MUTU {
      |       ^~~~
e.rkt:1:7: error[E011]: skala 'MUTU' is declared at a.rkt:2:7 as '{ A "Baik" : >= 4 B "Cukup" : >= 2.5 C "Kurang" : >= 0 }'; here as '{ A "Bagus" : >= 4 B "Cukup" : >= 2.5 C "Kurang" : >= 0 }'; a name has one definition in a run: declare it the same way everywhere, or rename one
    1 | skala MUTU { A "Bagus" : >= 4  B "Cukup" : >= 2.5  C "Kurang" : >= 0 }
      |       ^~~~
f.rkt:1:7: error[E011]: skala 'MUTU' is declared at a.rkt:2:7 as '{ A "Baik" : >= 4 B "Cukup" : >= 2.5 C "Kurang" : >= 0 }'; here as '{ A "Baik" : > 4 B "Cukup" : >= 2.5 C "Kurang" : >= 0 }'; a name has one definition in a run: declare it the same way everywhere, or rename one
    1 | skala MUTU { A "Baik" : > 4  B "Cukup" : >= 2.5  C "Kurang" : >= 0 }
      |       ^~~~

=== E011 a fungsi with another body, or other names for its parameters
$ rkt check a.rkt b.rkt d.rkt e.rkt
--- a.rkt < fixtures/ns/a.rkt
--- b.rkt < fixtures/ns/b.rkt
--- d.rkt
fungsi rasio(r, t) = r / t * 1000
--- e.rkt
fungsi rasio(a, b) = a / b * 100
--- exit 1
--- stderr
d.rkt:1:8: error[E011]: fungsi 'rasio' is declared at a.rkt:7:8 as 'rasio(r, t) = r / t * 100'; here as 'rasio(r, t) = r / t * 1000'; a name has one definition in a run: declare it the same way everywhere, or rename one
    1 | fungsi rasio(r, t) = r / t * 1000
      |        ^~~~~
e.rkt:1:8: error[E011]: fungsi 'rasio' is declared at a.rkt:7:8 as 'rasio(r, t) = r / t * 100'; here as 'rasio(a, b) = a / b * 100'; a name has one definition in a run: declare it the same way everywhere, or rename one
    1 | fungsi rasio(a, b) = a / b * 100
      |        ^~~~~

=== E011 a long fungsi that differs near its end: shown from a little before
$ rkt check t.rkt
--- t.rkt
fungsi ikm(u1, u2, u3, u4, u5, u6, u7, u8, u9) = rata(u1, u2, u3, u4, u5, u6, u7, u8, u9) * 25
fungsi ikm(u1, u2, u3, u4, u5, u6, u7, u8, u9) = rata(u1, u2, u3, u4, u5, u6, u7, u8, u9) * 20
--- exit 1
--- stderr
t.rkt:1:8: warning[W003]: fungsi 'ikm' is declared but never used
    1 | fungsi ikm(u1, u2, u3, u4, u5, u6, u7, u8, u9) = rata(u1, u2, u3, u4, u5, u6, u7, u8, u9) * 25
      |        ^~~
t.rkt:2:8: error[E011]: fungsi 'ikm' is declared at t.rkt:1:8 as '…u6, u7, u8, u9) * 25'; here as '…u6, u7, u8, u9) * 20'; a name has one definition in a run: declare it the same way everywhere, or rename one
    2 | fungsi ikm(u1, u2, u3, u4, u5, u6, u7, u8, u9) = rata(u1, u2, u3, u4, u5, u6, u7, u8, u9) * 20
      |        ^~~

=== E011 a data series with another uraian, or without its properties
$ rkt check a.rkt b.rkt d.rkt e.rkt
--- a.rkt < fixtures/ns/a.rkt
--- b.rkt < fixtures/ns/b.rkt
--- d.rkt
data survei "Skor survei kepuasan" satuan skor { konsolidasi rata }
--- e.rkt
data survei "Skor survei" satuan skor
--- exit 1
--- stderr
d.rkt:1:6: error[E011]: data 'survei' is declared at a.rkt:8:6 as '"Skor survei" satuan skor { konsolidasi rata }'; here as '"Skor survei kepuasan" satuan skor { konsolidasi rata }'; a name has one definition in a run: declare it the same way everywhere, or rename one
    1 | data survei "Skor survei kepuasan" satuan skor { konsolidasi rata }
      |      ^~~~~~
e.rkt:1:6: error[E011]: data 'survei' is declared at a.rkt:8:6 as '"Skor survei" satuan skor { konsolidasi rata }'; here as '"Skor survei" satuan skor'; a name has one definition in a run: declare it the same way everywhere, or rename one
    1 | data survei "Skor survei" satuan skor
      |      ^~~~~~

=== E011 a second definition stops eval --semua
$ rkt eval --semua a.rkt b.rkt c.rkt d.rkt --data data.csv --format csv
--- a.rkt < fixtures/ns/a.rkt
--- b.rkt < fixtures/ns/b.rkt
--- c.rkt < fixtures/ns/c.rkt
--- data.csv < fixtures/ns/data.csv
--- d.rkt
satuan skor : indeks 1..10
--- exit 1
--- stdout
--- stderr
d.rkt:1:8: error[E011]: satuan 'skor' is declared at a.rkt:1:8 as 'indeks 1..5'; here as 'indeks 1..10'; a name has one definition in a run: declare it the same way everywhere, or rename one
    1 | satuan skor : indeks 1..10
      |        ^~~~

=== E011 within the namespace of codes: a series and a plan, an uji and a plan, an aturan twice
# Codes name one thing each: a series and a plan of one name clash across
# files; an aturan or uji repeated is E011 even when written the same (a
# rule would run twice).
$ rkt check a.rkt b.rkt d.rkt
--- a.rkt < fixtures/ns/a.rkt
--- b.rkt < fixtures/ns/b.rkt
--- d.rkt
rkt survei "Rencana" { tahun 2025 }
uji "R_A" { rencana R_A  harap target(I1) == 4 }
aturan "Cek" { jika target(I1) > 5 maka info "x" }
aturan "Cek" { jika target(I1) > 5 maka info "x" }
--- exit 1
--- stderr
d.rkt:1:5: error[E011]: rencana 'survei' is already declared as data at a.rkt:8:6; a code names one data series, plan, aturan or uji in a run: rename one of them
    1 | rkt survei "Rencana" { tahun 2025 }
      |     ^~~~~~
d.rkt:2:5: error[E011]: uji 'R_A' is already declared as rencana at a.rkt:9:5; a code names one data series, plan, aturan or uji in a run: rename one of them
    2 | uji "R_A" { rencana R_A  harap target(I1) == 4 }
      |     ^~~~~
d.rkt:4:8: error[E011]: aturan 'Cek' is already declared at d.rkt:3:8; a code names one data series, plan, aturan or uji in a run: rename one of them
    4 | aturan "Cek" { jika target(I1) > 5 maka info "x" }
      |        ^~~~~
