# Golden tests of the one pipeline (docs/design.md "The pipeline"): the
# base built once, each group of plan files a build of its own.  Cases
# titled "fixed bug" keep a fixed bug from coming back; "changed" names a
# change of behaviour and why.  Format: tests/golden/run.sh.

=== changed: eval --semua leaves out only the plan with an error; the other plans' results are unchanged (exit 1)
$ rkt eval --semua --format csv plans units.rkt --data d.csv
--- units.rkt
satuan skor : indeks 0..100
aturan "s" {
  jika target(I1) / target(I2) > 1
  maka info "x"
}
--- plans/A.rkt
rkt RKT_A "Rencana A" {
  tahun 2025
  sasaran S1 "a" {
    indikator I1 "a" { satuan skor target 80 }
    indikator I2 "b" { satuan skor target 0 }
  }
}
--- plans/B.rkt
rkt RKT_B "Rencana B" {
  tahun 2025
  sasaran S1 "a" {
    indikator I1 "a" { satuan skor target 80 realisasi = nosuch }
    indikator I2 "b" { satuan skor target 0 }
  }
}
--- plans/C.rkt
rkt RKT_C "Rencana C" {
  tahun 2025
  sasaran S1 "a" {
    indikator I1 "a" { satuan skor target 80 }
    indikator I2 "b" { satuan skor target 0 }
  }
}
--- d.csv
rencana,kode,periode,nilai
RKT_A,I1,2025,70
RKT_B,I1,2025,71
RKT_C,I1,2025,72
--- exit 1
--- stdout
rencana,kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat,pelaksana,jenis,anggaran,realisasi_anggaran,serapan
RKT_A,I1,S1,a,skor,maksimal,terakhir,80,70,87.5,,,indikator,,,
RKT_A,I2,S1,b,skor,maksimal,terakhir,0,,,,,indikator,,,
RKT_C,I1,S1,a,skor,maksimal,terakhir,80,72,90,,,indikator,,,
RKT_C,I2,S1,b,skor,maksimal,terakhir,0,,,,,indikator,,,
--- stderr
plans/A.rkt:5:43: note[I001]: target 0 uses the rule for a zero target: capaian is 100% when realisasi >= 0, else 0%
    5 |     indikator I2 "b" { satuan skor target 0 }
      |                                           ^
plans/B.rkt:4:58: error[E018]: undeclared code 'nosuch': no indicator, sasaran, plan or data series has it
    4 |     indikator I1 "a" { satuan skor target 80 realisasi = nosuch }
      |                                                          ^~~~~~
plans/B.rkt:5:43: note[I001]: target 0 uses the rule for a zero target: capaian is 100% when realisasi >= 0, else 0%
    5 |     indikator I2 "b" { satuan skor target 0 }
      |                                           ^
plans/C.rkt:5:43: note[I001]: target 0 uses the rule for a zero target: capaian is 100% when realisasi >= 0, else 0%
    5 |     indikator I2 "b" { satuan skor target 0 }
      |                                           ^
units.rkt:3:8: warning[W401]: division by zero: the value is kosong
    3 |   jika target(I1) / target(I2) > 1
      |        ^~~~~~~~~~~~~~~~~~~~~~~

=== a static rule dividing by zero for three plans of three files is warned of once (W401)
$ rkt check plans/A.rkt plans/C.rkt units.rkt
--- units.rkt
satuan skor : indeks 0..100
aturan "s" {
  jika target(I1) / target(I2) > 1
  maka info "x"
}
--- plans/A.rkt
rkt RKT_A "Rencana A" {
  tahun 2025
  sasaran S1 "a" {
    indikator I1 "a" { satuan skor target 80 }
    indikator I2 "b" { satuan skor target 0 }
  }
}
--- plans/C.rkt
rkt RKT_C "Rencana C" {
  tahun 2025
  sasaran S1 "a" {
    indikator I1 "a" { satuan skor target 80 }
    indikator I2 "b" { satuan skor target 0 }
  }
}
--- stdout
--- stderr
plans/A.rkt:5:43: note[I001]: target 0 uses the rule for a zero target: capaian is 100% when realisasi >= 0, else 0%
    5 |     indikator I2 "b" { satuan skor target 0 }
      |                                           ^
plans/C.rkt:5:43: note[I001]: target 0 uses the rule for a zero target: capaian is 100% when realisasi >= 0, else 0%
    5 |     indikator I2 "b" { satuan skor target 0 }
      |                                           ^
units.rkt:3:8: warning[W401]: division by zero: the value is kosong
    3 |   jika target(I1) / target(I2) > 1
      |        ^~~~~~~~~~~~~~~~~~~~~~~

