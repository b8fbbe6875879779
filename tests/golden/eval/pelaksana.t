# pelaksana and kondisi_awal (LANGUAGE.md §3 "Indicator properties", §4
# built-ins; CLI.md "eval output"; docs/cli.md "eval"): the indicator's
# pelaksana in every format of eval (JSON key "pelaksana" after
# "predikat", csv column "pelaksana" last; table and md column "Pelaksana"
# last when some indicator of the plan has one), pelaksana(i) in rules (a
# string; kosong when unset, so `pelaksana(i) == ""` is false there and
# `bukan ada(pelaksana(i))` is the test), and kondisi_awal: written in a
# renstra, inherited, checked against the unit, shown in JSON after
# "pelaksana".  The plans are fixtures/riwayat (renstra.rkt, rkt.rkt,
# pk.rkt: IKSP3 has the pelaksana "Seksi Karantina Tumbuhan", written in
# the RKT and inherited by the PK; IKSP9 none).  Format: tests/golden/run.sh.

=== pelaksana in md: a column when some indicator has one, "-" for one without
$ rkt eval renstra.rkt rkt.rkt pk.rkt --rencana PK --data realisasi.csv --format md
--- renstra.rkt < fixtures/riwayat/renstra.rkt
--- rkt.rkt < fixtures/riwayat/rkt.rkt
--- pk.rkt < fixtures/riwayat/pk.rkt
--- realisasi.csv < fixtures/riwayat/realisasi.csv
--- stdout
# PK — PK 2025 (2025)

## SP1 — Layanan karantina

| Kode | Uraian | Satuan | Target | Realisasi | Capaian % | Predikat | Pelaksana |
|---|---|---|--:|--:|--:|---|---|
| IKSP3 | Media pembawa dibebaskan | sertifikat | 25945 | 12699 | 48.95 | - | Seksi Karantina Tumbuhan |
| IKSP9 | Kepuasan masyarakat | persen | 80 | 81 | 101.25 | - | - |

Capaian SP1: 75.10

**Capaian PK (2025): 75.10**

## Temuan

Tidak ada temuan.

=== pelaksana in csv and json: always there, empty or null without one; json's kondisi_awal inherited from the Renstra (24_500, 78.5)
$ rkt eval renstra.rkt rkt.rkt pk.rkt --rencana PK --data realisasi.csv --format csv
$ rkt eval renstra.rkt rkt.rkt pk.rkt --rencana PK --data realisasi.csv --format json
--- renstra.rkt < fixtures/riwayat/renstra.rkt
--- rkt.rkt < fixtures/riwayat/rkt.rkt
--- pk.rkt < fixtures/riwayat/pk.rkt
--- realisasi.csv < fixtures/riwayat/realisasi.csv
--- stdout
kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat,pelaksana,jenis,anggaran,realisasi_anggaran,serapan
IKSP3,SP1,Media pembawa dibebaskan,sertifikat,maksimal,jumlah,25945,12699,48.95,,Seksi Karantina Tumbuhan,indikator,,,
IKSP9,SP1,Kepuasan masyarakat,persen,maksimal,terakhir,80,81,101.25,,,indikator,,,
{"rencana":"PK","tahun":2025,"periode":"2025","capaian":75.1,"predikat":null,"anggaran":null,"realisasi_anggaran":null,"serapan":null,"sasaran":[{"kode":"SP1","uraian":"Layanan karantina","induk":null,"tingkat":null,"capaian":75.1,"predikat":null,"tanpa_data":[],"indikator":[{"kode":"IKSP3","uraian":"Media pembawa dibebaskan","satuan":"sertifikat","polaritas":"maksimal","konsolidasi":"jumlah","target":25945,"realisasi":12699,"capaian":48.95,"predikat":null,"pelaksana":"Seksi Karantina Tumbuhan","mendukung":null,"tanpa_data":[],"kondisi_awal":24500},{"kode":"IKSP9","uraian":"Kepuasan masyarakat","satuan":"persen","polaritas":"maksimal","konsolidasi":"terakhir","target":80,"realisasi":81,"capaian":101.25,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":78.5}]}],"program":[],"tujuan":[],"temuan":[]}

=== a plan without any pelaksana: no column in table and md (their layout as before), but the csv column and the json key stay
$ rkt eval t.rkt --data d.csv
$ rkt eval t.rkt --data d.csv --format md
$ rkt eval t.rkt --data d.csv --format csv
--- t.rkt
satuan buah : cacah
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Layanan" { indikator I1 "Satu" { satuan buah target 10 } }
}
--- d.csv
kode,periode,nilai
I1,2025,8
--- stdout
S1  Layanan  capaian 80
Kode  Uraian  Satuan  Target  Realisasi  Capaian %  Predikat
I1    Satu    buah        10          8         80  -

Capaian R (2025): 80

Temuan: tidak ada
# R — Rencana (2025)

## S1 — Layanan

| Kode | Uraian | Satuan | Target | Realisasi | Capaian % | Predikat |
|---|---|---|--:|--:|--:|---|
| I1 | Satu | buah | 10 | 8 | 80 | - |

Capaian S1: 80

**Capaian R (2025): 80**

## Temuan

Tidak ada temuan.
kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat,pelaksana,jenis,anggaran,realisasi_anggaran,serapan
I1,S1,Satu,buah,maksimal,jumlah,10,8,80,,,indikator,,,

=== a pelaksana from input is escaped as every text is: a formula in csv, markup in md, a control character in the table
$ rkt eval t.rkt --data d.csv --format csv
$ rkt eval t.rkt --data d.csv --format md | grep I1
$ rkt eval t.rkt --data d.csv | grep I1
--- t.rkt
satuan buah : cacah
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Layanan" { indikator I1 "Satu" { satuan buah target 10 pelaksana "=HYPERLINK(\"x\")|<b>\n" } }
}
--- d.csv
kode,periode,nilai
I1,2025,8
--- stdout
kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat,pelaksana,jenis,anggaran,realisasi_anggaran,serapan
I1,S1,Satu,buah,maksimal,jumlah,10,8,80,,"'=HYPERLINK(""x"")|<b>
",indikator,,,
| I1 | Satu | buah | 10 | 8 | 80 | - | =HYPERLINK("x")\|&lt;b&gt;\n |
I1    Satu    buah        10          8         80  -         =HYPERLINK("x")|<…

=== pelaksana(i) in rules: the string, kosong when unset (== "" is false then; bukan ada() is true), kosong for a sasaran; a static rule (check runs it)
$ rkt eval t.rkt --data d.csv --format json | sed 's/.*"temuan"/"temuan"/'
$ rkt check t.rkt
--- t.rkt
satuan buah : cacah
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Layanan" {
    indikator I1 "Satu" { satuan buah target 10 pelaksana "Bidang A" }
    indikator I2 "Dua" { satuan buah target 10 }
    indikator I3 "Tiga" { satuan buah target 10 pelaksana "" }
  }
}
aturan "Pelaksana A" { untuk indikator i jika pelaksana(i) == "Bidang A" maka info "{kode(i)}: {pelaksana(i)}" }
aturan "Kosong" { untuk indikator i jika pelaksana(i) == "" maka info "{kode(i)} pelaksana kosong" }
aturan "Tanpa" { untuk indikator i jika bukan ada(pelaksana(i)) maka peringatan "{kode(i)} tanpa pelaksana: {pelaksana(i)}" }
aturan "Sasaran" { untuk sasaran s jika bukan ada(pelaksana(s)) maka info "{kode(s)}: sasaran tanpa pelaksana" }
--- d.csv
kode,periode,nilai
I1,2025,8
--- stdout
"temuan":[{"aturan":"Pelaksana A","tingkat":"info","pesan":"I1: Bidang A","file":"t.rkt","line":10,"column":1},{"aturan":"Kosong","tingkat":"info","pesan":"I3 pelaksana kosong","file":"t.rkt","line":11,"column":1},{"aturan":"Tanpa","tingkat":"peringatan","pesan":"I2 tanpa pelaksana: kosong","file":"t.rkt","line":12,"column":1},{"aturan":"Sasaran","tingkat":"info","pesan":"S1: sasaran tanpa pelaksana","file":"t.rkt","line":13,"column":1}]}
--- stderr
t.rkt:10:8: note[I100]: aturan "Pelaksana A" in R: I1: Bidang A (indikator I1 at t.rkt:5)
   10 | aturan "Pelaksana A" { untuk indikator i jika pelaksana(i) == "Bidang A" maka info "{kode(i)}: {pelaksana(i)}" }
      |        ^~~~~~~~~~~~~
t.rkt:11:8: note[I100]: aturan "Kosong" in R: I3 pelaksana kosong (indikator I3 at t.rkt:7)
   11 | aturan "Kosong" { untuk indikator i jika pelaksana(i) == "" maka info "{kode(i)} pelaksana kosong" }
      |        ^~~~~~~~
t.rkt:12:8: warning[W100]: aturan "Tanpa" in R: I2 tanpa pelaksana: kosong (indikator I2 at t.rkt:6)
   12 | aturan "Tanpa" { untuk indikator i jika bukan ada(pelaksana(i)) maka peringatan "{kode(i)} tanpa pelaksana: {pelaksana(i)}" }
      |        ^~~~~~~
t.rkt:13:8: note[I100]: aturan "Sasaran" in R: S1: sasaran tanpa pelaksana (sasaran S1 at t.rkt:4)
   13 | aturan "Sasaran" { untuk sasaran s jika bukan ada(pelaksana(s)) maka info "{kode(s)}: sasaran tanpa pelaksana" }
      |        ^~~~~~~~~

=== pelaksana() takes one argument, a code
$ rkt check t.rkt
--- t.rkt
satuan buah : cacah
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Layanan" { indikator I1 "Satu" { satuan buah target 10 } }
}
aturan "A" { untuk indikator i jika pelaksana(i, TW1) == "x" maka info "x" }
aturan "B" { jika pelaksana(1) == "x" maka info "x" }
--- exit 1
--- stderr
t.rkt:6:37: error[E027]: pelaksana() takes 1 argument, not 2
    6 | aturan "A" { untuk indikator i jika pelaksana(i, TW1) == "x" maka info "x" }
      |                                     ^~~~~~~~~~~~~~~~~
t.rkt:7:29: error[E027]: pelaksana() takes an indicator, sasaran or plan code as its first argument
    7 | aturan "B" { jika pelaksana(1) == "x" maka info "x" }
      |                             ^

=== kondisi_awal: a number in a renstra, checked against its unit; in an rkt it does not belong
$ rkt check t.rkt
--- t.rkt
satuan buah : cacah
satuan persen : persen
renstra RS "Renstra" {
  periode 2025..2029
  sasaran S1 "Layanan" {
    indikator I1 "Satu" { satuan buah kondisi_awal 24.500 target { 2025: 10 } }
    indikator I2 "Dua" { satuan persen kondisi_awal 120 target { 2025: 80 } }
    indikator I3 "Tiga" { satuan persen kondisi_awal 1..2 target { 2025: 80 } }
    indikator I4 "Empat" { satuan persen polaritas stabil kondisi_awal 70 target { 2025: 60..80 } }
  }
}
rkt R "Rencana" {
  tahun 2025
  mengacu RS
  sasaran S1 {
    indikator I1 { target 10 kondisi_awal 5 }
    indikator I2 { target 80 }
    indikator I3 { target 80 }
    indikator I4 { target 60..80 }
  }
}
--- exit 1
--- stderr
t.rkt:6:52: error[E012]: kondisi_awal 24.500 is not a whole number, but satuan 'buah' counts; did you mean 24_500?
    6 |     indikator I1 "Satu" { satuan buah kondisi_awal 24.500 target { 2025: 10 } }
      |                                                    ^~~~~~
t.rkt:7:53: error[E019]: kondisi_awal 120 is outside the range 0..100 of satuan 'persen'
    7 |     indikator I2 "Dua" { satuan persen kondisi_awal 120 target { 2025: 80 } }
      |                                                     ^~~
t.rkt:8:54: error[E013]: 'kondisi_awal' takes a number; found a range
    8 |     indikator I3 "Tiga" { satuan persen kondisi_awal 1..2 target { 2025: 80 } }
      |                                                      ^~~~
t.rkt:16:30: error[E014]: 'kondisi_awal' belongs in a renstra: the baseline before its period, which an rkt or pk takes through mengacu
   16 |     indikator I1 { target 10 kondisi_awal 5 }
      |                              ^~~~~~~~~~~~
