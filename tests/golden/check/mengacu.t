# Inheritance through mengacu and the checks against the referenced plan
# (E040-E042, W040-W043).  t.rkt is the Renstra these tests shared
# (fixtures/check/renstra.rkt), but in the W043 case.
# Cases moved from tests/unit/test_sema.c (the test each comes from in
# the title's brackets), on the same source, so the codes, positions and
# messages it asserted are all in the expected stderr, with every other
# diagnostic of that source.  Files are t.rkt, u.rkt, v.rkt in the order the
# test loaded them.  Format: tests/golden/run.sh.

=== an rkt inherits from its Renstra: uraian, satuan, polaritas, konsolidasi, and the target of its own year where it is written [test_inheritance]
# tujuan and pelaksana, which no output shows, are asserted in test_sema.c.
$ rkt check t.rkt u.rkt
$ rkt explain t.rkt u.rkt IKSP3
$ rkt explain t.rkt u.rkt IKSP4
$ rkt explain t.rkt u.rkt IKSP5
$ rkt explain t.rkt u.rkt SP1
--- t.rkt < fixtures/check/renstra.rkt
--- u.rkt
rkt RKT "Rencana" {
  tahun   2026
  mengacu RENSTRA
  sasaran SP1 {
    indikator IKSP3 { }
    indikator IKSP4 { keterangan "x" }
    indikator IKSP5 { target 6 }
  }
}
--- exit 0
--- stdout
indikator IKSP3: Media pembawa dibebaskan
  sasaran SP1, rencana RKT, periode 2026
  satuan sertifikat, polaritas maksimal, konsolidasi jumlah, bobot 1

realisasi
  no observation through 2026: kosong

target
  annual target 26500 (t.rkt:12)

capaian
  kosong: no realisasi

predikat
  none: no scale given
indikator IKSP4: Media pembawa diperiksa
  sasaran SP1, rencana RKT, periode 2026
  satuan sertifikat, polaritas minimal, konsolidasi jumlah, bobot 1

realisasi
  no observation through 2026: kosong

target
  annual target 8 (t.rkt:14)

capaian
  kosong: no realisasi

predikat
  none: no scale given
indikator IKSP5: Baru 2026
  sasaran SP1, rencana RKT, periode 2026
  satuan sertifikat, polaritas maksimal, konsolidasi jumlah, bobot 1

realisasi
  no observation through 2026: kosong

target
  annual target 6 (u.rkt:7)

capaian
  kosong: no realisasi

predikat
  none: no scale given
sasaran SP1: Layanan karantina
  rencana RKT, periode 2026, bobot 1

indikator
  IKSP3      capaian kosong: left out (tanpa data)
  IKSP4      capaian kosong: left out (tanpa data)
  IKSP5      capaian kosong: left out (tanpa data)

capaian
  no part has a capaian: kosong

predikat
  none: no scale given

tanpa data: IKSP3, IKSP4, IKSP5
--- stderr

=== a pk inherits from its rkt, which inherits from the Renstra [test_inheritance_chain]
$ rkt check t.rkt u.rkt v.rkt
$ rkt explain --rencana PK t.rkt u.rkt v.rkt IKSP3
$ rkt explain --rencana PK t.rkt u.rkt v.rkt IKSP4
--- t.rkt < fixtures/check/renstra.rkt
--- u.rkt
rkt RKT "Rencana" { tahun 2025 mengacu RENSTRA
  sasaran SP1 { indikator IKSP3 { } indikator IKSP4 { } }
}
--- v.rkt
pk PK "Perjanjian" { tahun 2025 mengacu RKT
  sasaran SP1 { indikator IKSP3 { target { TW1: 6_000, TW2: 12_500, TW3: 19_000, TW4: 25_945 } } indikator IKSP4 { } }
}
--- exit 0
--- stdout
indikator IKSP3: Media pembawa dibebaskan
  sasaran SP1, rencana PK, periode 2025
  satuan sertifikat, polaritas maksimal, konsolidasi jumlah, bobot 1

realisasi
  no observation through 2025: kosong

target
  TW4 target (cumulative) 25945 (v.rkt:2)

capaian
  kosong: no realisasi

predikat
  none: no scale given
indikator IKSP4: Media pembawa diperiksa
  sasaran SP1, rencana PK, periode 2025
  satuan sertifikat, polaritas minimal, konsolidasi jumlah, bobot 1

realisasi
  no observation through 2025: kosong

target
  annual target 10 (t.rkt:14)

capaian
  kosong: no realisasi

predikat
  none: no scale given
--- stderr

=== E040 W041 codes not in the Renstra, and one of its indicators absent [test_ref_unknown_codes]
$ rkt check t.rkt u.rkt
--- t.rkt < fixtures/check/renstra.rkt
--- u.rkt
rkt RKT "Rencana" {
  tahun   2025
  mengacu RENSTRA
  sasaran SP1 {
    indikator IKSP3 { }
    indikator IKSP44 "x" { satuan sertifikat target 1 }
    indikator IKSP5 { ditunda "2026" }
  }
  sasaran SP9 "Baru" { indikator X1 "x" { satuan sertifikat target 1 } }
}
--- exit 1
--- stderr
u.rkt:3:11: warning[W041]: indikator IKSP4 of renstra 'RENSTRA' (sasaran SP1) is absent from 'RKT'; add it, or mark it: indikator IKSP4 { ditunda "alasan" }
    3 |   mengacu RENSTRA
      |           ^~~~~~~
u.rkt:6:15: error[E040]: indikator 'IKSP44' is not in renstra 'RENSTRA'; did you mean 'IKSP4'?
    6 |     indikator IKSP44 "x" { satuan sertifikat target 1 }
      |               ^~~~~~
u.rkt:9:11: error[E040]: sasaran 'SP9' is not in renstra 'RENSTRA'; did you mean 'SP1'?
    9 |   sasaran SP9 "Baru" { indikator X1 "x" { satuan sertifikat target 1 } }
      |           ^~~
u.rkt:9:34: error[E040]: indikator 'X1' is not in renstra 'RENSTRA'
    9 |   sasaran SP9 "Baru" { indikator X1 "x" { satuan sertifikat target 1 } }
      |                                  ^~

=== E041 a plan year outside the Renstra period [test_ref_year]
$ rkt check t.rkt u.rkt
--- t.rkt < fixtures/check/renstra.rkt
--- u.rkt
rkt RKT "Rencana" {
  tahun   2030
  mengacu RENSTRA
  sasaran SP1 { indikator IKSP3 { target 28_000 } indikator IKSP4 { target 1 } indikator IKSP5 { target 1 } }
}
--- exit 1
--- stderr
u.rkt:2:11: error[E041]: tahun 2030 is outside the periode 2025..2029 of renstra 'RENSTRA'
    2 |   tahun   2030
      |           ^~~~

=== E042 satuan and polaritas that differ from the Renstra [test_ref_unit_and_polarity]
$ rkt check t.rkt u.rkt
--- t.rkt < fixtures/check/renstra.rkt
--- u.rkt
satuan dokumen : cacah
rkt RKT "Rencana" {
  tahun   2025
  mengacu RENSTRA
  sasaran SP1 {
    indikator IKSP3 { satuan dokumen }
    indikator IKSP4 { polaritas maksimal }
  }
}
--- exit 1
--- stderr
u.rkt:6:30: error[E042]: satuan 'dokumen' differs from 'sertifikat' of indikator IKSP3 in renstra 'RENSTRA'
    6 |     indikator IKSP3 { satuan dokumen }
      |                              ^~~~~~~
u.rkt:7:33: error[E042]: polaritas maksimal differs from minimal of indikator IKSP4 in renstra 'RENSTRA'
    7 |     indikator IKSP4 { polaritas maksimal }
      |                                 ^~~~~~~~

=== W040 targets short of the Renstra, for maksimal and minimal [test_ref_short_target]
$ rkt check t.rkt u.rkt
--- t.rkt < fixtures/check/renstra.rkt
--- u.rkt
rkt RKT "Rencana" {
  tahun   2025
  mengacu RENSTRA
  sasaran SP1 {
    indikator IKSP3 { target 25_000 }
    indikator IKSP4 { target 12 }
  }
}
--- exit 0
--- stderr
u.rkt:5:30: warning[W040]: target 25000 of IKSP3 falls short of the renstra's 2025 target 25945 (polaritas maksimal); explain it with a 'keterangan'
    5 |     indikator IKSP3 { target 25_000 }
      |                              ^~~~~~
u.rkt:6:30: warning[W040]: target 12 of IKSP4 falls short of the renstra's 2025 target 10 (polaritas minimal); explain it with a 'keterangan'
    6 |     indikator IKSP4 { target 12 }
      |                              ^~

=== W040 silenced by a keterangan, not raised for a better target [test_ref_short_target]
$ rkt check t.rkt u.rkt
--- t.rkt < fixtures/check/renstra.rkt
--- u.rkt
rkt RKT "Rencana" {
  tahun   2025
  mengacu RENSTRA
  sasaran SP1 {
    indikator IKSP3 { target 25_000 keterangan "Pelabuhan ditutup" }
    indikator IKSP4 { target 9 }
  }
}
--- exit 0
--- stderr

=== W041 a whole sasaran absent: one warning per indicator with a target for the year [test_ref_absent_and_ditunda]
$ rkt check t.rkt u.rkt
--- t.rkt < fixtures/check/renstra.rkt
--- u.rkt
rkt RKT "Rencana" {
  tahun   2025
  mengacu RENSTRA
}
--- exit 0
--- stderr
u.rkt:3:11: warning[W041]: indikator IKSP3 of renstra 'RENSTRA' (sasaran SP1) is absent from 'RKT'; add it, or mark it: indikator IKSP3 { ditunda "alasan" }
    3 |   mengacu RENSTRA
      |           ^~~~~~~
u.rkt:3:11: warning[W041]: indikator IKSP4 of renstra 'RENSTRA' (sasaran SP1) is absent from 'RKT'; add it, or mark it: indikator IKSP4 { ditunda "alasan" }
    3 |   mengacu RENSTRA
      |           ^~~~~~~

=== W041 silenced by ditunda, which the result keeps [test_ref_absent_and_ditunda]
$ rkt check t.rkt u.rkt
$ rkt eval --format json t.rkt u.rkt | grep -o '"kode":"IKSP4"[^}]*}'
--- t.rkt < fixtures/check/renstra.rkt
--- u.rkt
rkt RKT "Rencana" {
  tahun   2025
  mengacu RENSTRA
  sasaran SP1 { indikator IKSP3 { } indikator IKSP4 { ditunda "dialihkan" } }
}
--- exit 0
--- stdout
"kode":"IKSP4","uraian":"Media pembawa diperiksa","satuan":"sertifikat","polaritas":"minimal","konsolidasi":"jumlah","target":10,"realisasi":null,"capaian":null,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null,"ditunda":"dialihkan"}
--- stderr

=== W042 uraian that differ from the Renstra; the plan title is not compared [test_ref_uraian]
$ rkt check t.rkt u.rkt
--- t.rkt < fixtures/check/renstra.rkt
--- u.rkt
rkt RKT "Judul lain tidak dibandingkan" {
  tahun   2025
  mengacu RENSTRA
  sasaran SP1 "Layanan Karantina" {
    indikator IKSP3 "Media pembawa dibebaskan" { }
    indikator IKSP4 "Media pembawa Diperiksa" { }
  }
}
--- exit 0
--- stderr
u.rkt:4:15: warning[W042]: uraian of sasaran SP1 differs from renstra 'RENSTRA': here "Layanan Karantina", there "Layanan karantina"
    4 |   sasaran SP1 "Layanan Karantina" {
      |               ^~~~~~~~~~~~~~~~~~~
u.rkt:6:21: warning[W042]: uraian of indikator IKSP4 differs from renstra 'RENSTRA': here "Media pembawa Diperiksa", there "Media pembawa diperiksa"
    6 |     indikator IKSP4 "Media pembawa Diperiksa" { }
      |                     ^~~~~~~~~~~~~~~~~~~~~~~~~

=== W043 pk targets that differ from the rkt [test_ref_pk_target]
$ rkt check t.rkt u.rkt
--- t.rkt
satuan sertifikat : cacah
rkt RKT "R" {
  tahun 2025
  sasaran SP1 "S" {
    indikator I1 "a" { satuan sertifikat target 25_945 }
    indikator I2 "b" { satuan sertifikat target 9_865 }
    indikator I3 "c" { satuan sertifikat target 36 }
  }
}
--- u.rkt
pk PK "P" {
  tahun   2025
  mengacu RKT
  sasaran SP1 {
    indikator I1 { target { TW1: 6_000, TW2: 12_500, TW3: 19_000, TW4: 25_000 } }
    indikator I2 { target 9_000 }
    indikator I3 { target { TW1: 9, TW2: 18, TW3: 27, TW4: 36 } }
  }
}
--- exit 0
--- stderr
u.rkt:5:72: warning[W043]: pk target TW4 25000 of I1 differs from the rkt's annual target 25945 in 'RKT'
    5 |     indikator I1 { target { TW1: 6_000, TW2: 12_500, TW3: 19_000, TW4: 25_000 } }
      |                                                                        ^~~~~~
u.rkt:6:27: warning[W043]: pk target 9000 of I2 differs from the rkt's 9865 in 'RKT'
    6 |     indikator I2 { target 9_000 }
      |                           ^~~~~
