# Golden tests of the referenced-plan family (E040-E042, W040-W043): an
# rkt checked against its Renstra and a pk against its rkt (`mengacu`),
# every finding located in the referring file.  Catalogue:
# docs/diagnostics.md.  Format: tests/golden/run.sh.

=== E040 codes that are not in the referenced plan
$ rkt check rkt.rkt
--- renstra.rkt < fixtures/renstra-iksp3.rkt
--- rkt.rkt
impor "renstra.rkt"
rkt RKT "Rencana 2025" {
  tahun   2025
  mengacu RENSTRA
  sasaran SP1 {
    indikator IKSP3 { target 25_945 }
    indikator IKSP33 "Media pembawa diperiksa" { satuan sertifikat target 100 }
  }
  sasaran SP9 "Sasaran baru" {
    indikator X1 "Baru" { satuan sertifikat target 5 }
  }
}
--- exit 1
--- stderr
rkt.rkt:7:15: error[E040]: indikator 'IKSP33' is not in renstra 'RENSTRA'; did you mean 'IKSP3'?
    7 |     indikator IKSP33 "Media pembawa diperiksa" { satuan sertifikat target 100 }
      |               ^~~~~~
rkt.rkt:9:11: error[E040]: sasaran 'SP9' is not in renstra 'RENSTRA'; did you mean 'SP1'?
    9 |   sasaran SP9 "Sasaran baru" {
      |           ^~~
rkt.rkt:10:15: error[E040]: indikator 'X1' is not in renstra 'RENSTRA'
   10 |     indikator X1 "Baru" { satuan sertifikat target 5 }
      |               ^~

=== E040 fixed bug: a mistyped code is also reported as missing its uraian and satuan
# IKSP33 is a typo for IKSP3 (E040 says so); the E015s for the uraian and
# satuan it would have inherited are a cascade of it.
$ rkt check rkt.rkt
--- renstra.rkt < fixtures/renstra-iksp3.rkt
--- rkt.rkt
impor "renstra.rkt"
rkt RKT "Rencana 2025" {
  tahun   2025
  mengacu RENSTRA
  sasaran SP1 { indikator IKSP33 { target 25_945 } }
}
--- exit 1
--- stderr
rkt.rkt:4:11: warning[W041]: indikator IKSP3 of renstra 'RENSTRA' (sasaran SP1) is absent from 'RKT'; add it, or mark it: indikator IKSP3 { ditunda "alasan" }
    4 |   mengacu RENSTRA
      |           ^~~~~~~
rkt.rkt:5:27: error[E040]: indikator 'IKSP33' is not in renstra 'RENSTRA'; did you mean 'IKSP3'?
    5 |   sasaran SP1 { indikator IKSP33 { target 25_945 } }
      |                           ^~~~~~

=== E041 a plan year outside the Renstra period
$ rkt check rkt.rkt
--- renstra.rkt
satuan sertifikat : cacah
renstra RENSTRA "Renstra 2020-2024" {
  periode 2020..2024
  sasaran SP1 "Layanan" {
    indikator I1 "Satu" { satuan sertifikat target { 2024: 10 } }
  }
}
--- rkt.rkt
impor "renstra.rkt"
rkt RKT "Rencana 2025" {
  tahun   2025
  mengacu RENSTRA
  sasaran SP1 { indikator I1 { target 12 } }
}
--- exit 1
--- stderr
rkt.rkt:3:11: error[E041]: tahun 2025 is outside the periode 2020..2024 of renstra 'RENSTRA'
    3 |   tahun   2025
      |           ^~~~

=== E042 satuan and polaritas that differ from the Renstra
$ rkt check rkt.rkt
--- renstra.rkt
satuan persen  : persen
satuan dokumen : cacah
renstra RENSTRA "Renstra" {
  periode 2025..2029
  sasaran SP1 "Layanan" {
    indikator I1 "Kepatuhan" { satuan persen polaritas maksimal target { 2025: 90 } }
    indikator I2 "Pelanggaran" { satuan dokumen polaritas minimal target { 2025: 5 } }
  }
}
--- rkt.rkt
impor "renstra.rkt"
rkt RKT "Rencana" {
  tahun   2025
  mengacu RENSTRA
  sasaran SP1 {
    indikator I1 { satuan dokumen target 90 }
    indikator I2 { polaritas maksimal target 5 }
  }
}
--- exit 1
--- stderr
rkt.rkt:6:27: error[E042]: satuan 'dokumen' differs from 'persen' of indikator I1 in renstra 'RENSTRA'
    6 |     indikator I1 { satuan dokumen target 90 }
      |                           ^~~~~~~
rkt.rkt:7:30: error[E042]: polaritas maksimal differs from minimal of indikator I2 in renstra 'RENSTRA'
    7 |     indikator I2 { polaritas maksimal target 5 }
      |                              ^~~~~~~~

=== W040 targets short of the Renstra's, by polarity
$ rkt check rkt.rkt
--- renstra.rkt
satuan sertifikat : cacah
satuan persen     : persen
renstra RENSTRA "Renstra" {
  periode 2025..2029
  sasaran SP1 "Layanan" {
    indikator I1 "Dibebaskan" { satuan sertifikat target { 2025: 25_945 } }
    indikator I2 "Pelanggaran" { satuan sertifikat polaritas minimal target { 2025: 5 } }
    indikator I3 "Inflasi" { satuan persen polaritas stabil target { 2025: 2..4 } }
  }
}
--- rkt.rkt
impor "renstra.rkt"
rkt RKT "Rencana" {
  tahun   2025
  mengacu RENSTRA
  sasaran SP1 {
    indikator I1 { target 25_000 }
    indikator I2 { target 7 }
    indikator I3 { target 1..5 }
  }
}
--- exit 0
--- stderr
rkt.rkt:6:27: warning[W040]: target 25000 of I1 falls short of the renstra's 2025 target 25945 (polaritas maksimal); explain it with a 'keterangan'
    6 |     indikator I1 { target 25_000 }
      |                           ^~~~~~
rkt.rkt:7:27: warning[W040]: target 7 of I2 falls short of the renstra's 2025 target 5 (polaritas minimal); explain it with a 'keterangan'
    7 |     indikator I2 { target 7 }
      |                           ^
rkt.rkt:8:27: warning[W040]: target 1..5 of I3 falls short of the renstra's 2025 target 2..4 (polaritas stabil); explain it with a 'keterangan'
    8 |     indikator I3 { target 1..5 }
      |                           ^~~~

=== W040 silenced by a keterangan, and not raised for a higher target
$ rkt check rkt.rkt
--- renstra.rkt
satuan sertifikat : cacah
renstra RENSTRA "Renstra" {
  periode 2025..2029
  sasaran SP1 "Layanan" {
    indikator I1 "Dibebaskan" { satuan sertifikat target { 2025: 25_945 } }
    indikator I2 "Diperiksa" { satuan sertifikat target { 2025: 9_865 } }
  }
}
--- rkt.rkt
impor "renstra.rkt"
rkt RKT "Rencana" {
  tahun   2025
  mengacu RENSTRA
  sasaran SP1 {
    indikator I1 { target 25_000 keterangan "Pelabuhan X ditutup untuk perbaikan" }
    indikator I2 { target 10_000 }
  }
}
--- exit 0
--- stderr

=== W041 Renstra indicators absent from the rkt, one warning each
$ rkt check rkt.rkt
--- renstra.rkt
satuan sertifikat : cacah
renstra RENSTRA "Renstra" {
  periode 2025..2029
  sasaran SP1 "Layanan" {
    indikator I1 "Satu" { satuan sertifikat target { 2025: 10 } }
    indikator I2 "Dua" { satuan sertifikat target { 2025: 20 } }
    indikator I3 "Tiga" { satuan sertifikat target { 2026: 30 } }
  }
  sasaran SP2 "Humas" {
    indikator I4 "Empat" { satuan sertifikat target { 2025: 40 } }
    indikator I5 "Lima" { satuan sertifikat target { 2025: 50 } }
  }
}
--- rkt.rkt
impor "renstra.rkt"
rkt RKT "Rencana" {
  tahun   2025
  mengacu RENSTRA
  sasaran SP1 { indikator I1 { target 10 } }
}
--- exit 0
--- stderr
rkt.rkt:4:11: warning[W041]: indikator I2 of renstra 'RENSTRA' (sasaran SP1) is absent from 'RKT'; add it, or mark it: indikator I2 { ditunda "alasan" }
    4 |   mengacu RENSTRA
      |           ^~~~~~~
rkt.rkt:4:11: warning[W041]: indikator I4 of renstra 'RENSTRA' (sasaran SP2) is absent from 'RKT'; add it, or mark it: indikator I4 { ditunda "alasan" }
    4 |   mengacu RENSTRA
      |           ^~~~~~~
rkt.rkt:4:11: warning[W041]: indikator I5 of renstra 'RENSTRA' (sasaran SP2) is absent from 'RKT'; add it, or mark it: indikator I5 { ditunda "alasan" }
    4 |   mengacu RENSTRA
      |           ^~~~~~~

=== W041 silenced by ditunda, which needs no target
$ rkt check rkt.rkt
--- renstra.rkt < fixtures/renstra-i1-i2.rkt
--- rkt.rkt
impor "renstra.rkt"
rkt RKT "Rencana" {
  tahun   2025
  mengacu RENSTRA
  sasaran SP1 {
    indikator I1 { target 10 }
    indikator I2 { ditunda "Anggaran dialihkan ke IKSP1" }
  }
}
--- exit 0
--- stderr

=== W041 a pk does not need the indicators its rkt marks ditunda
$ rkt check pk.rkt
--- renstra.rkt < fixtures/renstra-i1-i2.rkt
--- rkt.rkt
impor "renstra.rkt"
rkt RKT "Rencana" {
  tahun   2025
  mengacu RENSTRA
  sasaran SP1 {
    indikator I1 { target 10 }
    indikator I2 { ditunda "Anggaran dialihkan" }
  }
}
--- pk.rkt
impor "rkt.rkt"
pk PK "Perjanjian" {
  tahun   2025
  mengacu RKT
  sasaran SP1 { indikator I1 { target { TW1: 2, TW2: 5, TW3: 7, TW4: 10 } } }
}
--- exit 0
--- stderr

=== W042 uraian that differ from the Renstra's, with both texts
$ rkt check rkt.rkt
--- renstra.rkt
satuan sertifikat : cacah
renstra RENSTRA "Renstra" {
  periode 2025..2029
  sasaran SP2 "Terealisasinya Keterlibatan Masyarakat dalam Penyelenggaraan Perkarantinaan" {
    indikator IKSP10 "Nilai kinerja anggaran" { satuan sertifikat target { 2025: 81 } }
  }
}
--- rkt.rkt
impor "renstra.rkt"
rkt RKT "Judul rencana tidak dibandingkan" {
  tahun   2025
  mengacu RENSTRA
  sasaran SP2 "Terealisasinya Keterlibatan Masyarakat dalamn Penyelenggaraan Perkarantinaan" {
    indikator IKSP10 "Nilai kinerja Anggaran" { target 81 }
  }
}
--- exit 0
--- stderr
rkt.rkt:5:15: warning[W042]: uraian of sasaran SP2 differs from renstra 'RENSTRA': here "Terealisasinya Keterlibatan Masyarakat dalamn Penyelenggaraan Perkarantinaan", there "Terealisasinya Keterlibatan Masyarakat dalam Penyelenggaraan Perkarantinaan"
    5 |   sasaran SP2 "Terealisasinya Keterlibatan Masyarakat dalamn Penyelenggaraan Perkarantinaan" {
      |               ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rkt.rkt:6:22: warning[W042]: uraian of indikator IKSP10 differs from renstra 'RENSTRA': here "Nilai kinerja Anggaran", there "Nilai kinerja anggaran"
    6 |     indikator IKSP10 "Nilai kinerja Anggaran" { target 81 }
      |                      ^~~~~~~~~~~~~~~~~~~~~~~~

=== W043 pk targets that differ from the rkt's
$ rkt check pk.rkt
--- rkt.rkt
satuan sertifikat : cacah
rkt RKT "Rencana" {
  tahun 2025
  sasaran SP1 "Layanan" {
    indikator I1 "Satu" { satuan sertifikat target 25_945 }
    indikator I2 "Dua" { satuan sertifikat target 9_865 }
    indikator I3 "Tiga" { satuan sertifikat target 36 }
  }
}
--- pk.rkt
impor "rkt.rkt"
pk PK "Perjanjian" {
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
pk.rkt:6:72: warning[W043]: pk target TW4 25000 of I1 differs from the rkt's annual target 25945 in 'RKT'
    6 |     indikator I1 { target { TW1: 6_000, TW2: 12_500, TW3: 19_000, TW4: 25_000 } }
      |                                                                        ^~~~~~
pk.rkt:7:27: warning[W043]: pk target 9000 of I2 differs from the rkt's 9865 in 'RKT'
    7 |     indikator I2 { target 9_000 }
      |                           ^~~~~

=== W043 with --werror the warnings fail the run
$ rkt check --werror pk.rkt
--- rkt.rkt
satuan sertifikat : cacah
rkt RKT "Rencana" {
  tahun 2025
  sasaran SP1 "Layanan" { indikator I2 "Dua" { satuan sertifikat target 9_865 } }
}
--- pk.rkt
impor "rkt.rkt"
pk PK "Perjanjian" {
  tahun   2025
  mengacu RKT
  sasaran SP1 { indikator I2 { target 9_000 } }
}
--- exit 1
--- stderr
pk.rkt:5:39: warning[W043]: pk target 9000 of I2 differs from the rkt's 9865 in 'RKT'
    5 |   sasaran SP1 { indikator I2 { target 9_000 } }
      |                                       ^~~~~

=== inheritance: an rkt takes uraian, satuan and its year's target from the Renstra
$ rkt check rkt.rkt
--- renstra.rkt
satuan sertifikat : cacah
renstra RENSTRA "Renstra" {
  periode 2025..2029
  tujuan  T1 "Tujuan"
  sasaran SP1 "Layanan" {
    tujuan T1
    indikator I1 "Satu" { satuan sertifikat target { 2025: 10, 2026: 12 } }
  }
}
--- rkt.rkt
impor "renstra.rkt"
rkt RKT "Rencana" {
  tahun   2026
  mengacu RENSTRA
  sasaran SP1 { indikator I1 { pelaksana "Seksi Karantina Tumbuhan" } }
}
--- exit 0
--- stderr
