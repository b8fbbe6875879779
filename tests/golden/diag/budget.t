# The diagnostic catalogue's budget examples (docs/diagnostics.md, Budgets
# and E413), each with its fix.  Format: tests/golden/run.sh.

=== E031 parts that do not add up
$ rkt check main.rkt
--- main.rkt
rkt R "Rencana" {
  tahun 2026
  program P1 "Program" {
    anggaran 1_250_000_000
    kegiatan K1 "Satu" { anggaran 600_000_000 }
    kegiatan K2 "Dua" { anggaran 600_000_000 }
  }
}
--- exit 1
--- stderr
main.rkt:4:14: error[E031]: anggaran 1250000000 of program P1 is not the sum of its parts: 600000000 K1 + 600000000 K2 = 1200000000; correct the program's anggaran or its parts'
    4 |     anggaran 1_250_000_000
      |              ^~~~~~~~~~~~~

=== E031 fixed
$ rkt check main.rkt
--- main.rkt
rkt R "Rencana" {
  tahun 2026
  program P1 "Program" {
    anggaran 1_250_000_000
    kegiatan K1 "Satu" { anggaran 600_000_000 }
    kegiatan K2 "Dua" { anggaran 650_000_000 }
  }
}
--- stderr

=== I002 a pagu of 0
$ rkt check main.rkt
--- main.rkt
rkt R "Rencana" {
  tahun 2026
  program P1 "Program" {
    kegiatan K1 "Satu" { anggaran 600_000_000 }
    kegiatan K2 "Dua" { anggaran 0 }
  }
}
--- stderr
main.rkt:5:34: note[I002]: anggaran 0 of kegiatan K2: its serapan is kosong (nothing can be absorbed of a zero pagu)
    5 |     kegiatan K2 "Dua" { anggaran 0 }
      |                                  ^

=== E413 money counted twice
$ rkt eval main.rkt --data d.csv
--- main.rkt
rkt R "Rencana" {
  tahun 2026
  program P1 "Program" {
    anggaran 1_250_000_000
    kegiatan K1 "Satu" { anggaran 600_000_000 }
    kegiatan K2 "Dua" { anggaran 650_000_000 }
  }
}
--- d.csv
kode,periode,nilai
K1,2026-TW1,150000000
P1,2026-01,20000000
--- exit 1
--- stderr
d.csv:3:1: error[E413]: this row of program P1 overlaps the row of kegiatan K1 at d.csv:2: the money would count twice, since kegiatan K1 lies inside program P1; give the spending once, in the program's rows or in its parts'
    3 | P1,2026-01,20000000
      | ^~~~~~~~~~~~~~~~~~~

=== E413 fixed: the program's own row in a period no part reports
$ rkt eval main.rkt --data d.csv --format csv
--- main.rkt
rkt R "Rencana" {
  tahun 2026
  program P1 "Program" {
    anggaran 1_250_000_000
    kegiatan K1 "Satu" { anggaran 600_000_000 }
    kegiatan K2 "Dua" { anggaran 650_000_000 }
  }
}
--- d.csv
kode,periode,nilai
K1,2026-TW1,150000000
P1,2026-04,20000000
--- stderr
--- stdout
kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat,pelaksana,jenis,anggaran,realisasi_anggaran,serapan
P1,,Program,,,,,,,,,program,1250000000,170000000,13.6
K1,P1,Satu,,,,,,,,,kegiatan,600000000,150000000,25
K2,P1,Dua,,,,,,,,,kegiatan,650000000,,
