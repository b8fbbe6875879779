Cascading between units (docs/diagnostics.md#cascading-between-units-atasan):
one case per code, the same inputs and outputs as the documentation's.

=== E050 mendukung without atasan
$ rkt check main.rkt
--- main.rkt
satuan laporan : cacah
pk PK_KABAN "Kepala Badan" {
  tahun 2025
  sasaran S1 "Pengawasan" { indikator IK2 "Laporan" { satuan laporan target 7 konsolidasi_lokasi jumlah } }
}
pk PK_IRWIL1 "Inspektur Wilayah I" {
  tahun 2025
  sasaran S1 "Pengawasan wilayah I" { indikator IK2 "Laporan" { satuan laporan target 7 mendukung IK2 } }
}
--- exit 1
--- stderr
main.rkt:8:99: error[E050]: 'mendukung IK2' names an indicator of the superior unit's plan, but pk 'PK_IRWIL1' has no 'atasan'; add atasan PLAN to the plan
    8 |   sasaran S1 "Pengawasan wilayah I" { indikator IK2 "Laporan" { satuan laporan target 7 mendukung IK2 } }
      |                                                                                                   ^~~

=== E051 mendukung names a code the atasan plan lacks
$ rkt check main.rkt
--- main.rkt
satuan laporan : cacah
pk PK_KABAN "Kepala Badan" {
  tahun 2025
  sasaran S1 "Pengawasan" { indikator IK2 "Laporan" { satuan laporan target 7 konsolidasi_lokasi jumlah } }
}
pk PK_IRWIL1 "Inspektur Wilayah I" {
  tahun 2025
  atasan PK_KABAN
  sasaran S1 "Pengawasan wilayah I" { indikator IK2 "Laporan" { satuan laporan target 7 mendukung IK22 } }
}
--- exit 1
--- stderr
main.rkt:4:39: warning[W051]: indikator IK2 of 'PK_KABAN' has konsolidasi_lokasi jumlah but no indicator of its supporters' plans (PK_IRWIL1) supports it; add 'mendukung IK2' to theirs
    4 |   sasaran S1 "Pengawasan" { indikator IK2 "Laporan" { satuan laporan target 7 konsolidasi_lokasi jumlah } }
      |                                       ^~~
main.rkt:9:99: error[E051]: indikator 'IK22' is not in pk 'PK_KABAN', the atasan of 'PK_IRWIL1'; did you mean 'IK2'?
    9 |   sasaran S1 "Pengawasan wilayah I" { indikator IK2 "Laporan" { satuan laporan target 7 mendukung IK22 } }
      |                                                                                                   ^~~~

=== E052 a supporter of another year
$ rkt check main.rkt
--- main.rkt
satuan laporan : cacah
pk PK_KABAN "Kepala Badan" {
  tahun 2025
  sasaran S1 "Pengawasan" { indikator IK2 "Laporan" { satuan laporan target 7 konsolidasi_lokasi jumlah } }
}
pk PK_IRWIL1 "Inspektur Wilayah I" {
  tahun 2024
  atasan PK_KABAN
  sasaran S1 "Pengawasan wilayah I" { indikator IK2 "Laporan" { satuan laporan target 7 mendukung IK2 } }
}
--- exit 1
--- stderr
main.rkt:4:39: warning[W051]: indikator IK2 of 'PK_KABAN' has konsolidasi_lokasi jumlah but no indicator of its supporters' plans (PK_IRWIL1) supports it; add 'mendukung IK2' to theirs
    4 |   sasaran S1 "Pengawasan" { indikator IK2 "Laporan" { satuan laporan target 7 konsolidasi_lokasi jumlah } }
      |                                       ^~~
main.rkt:8:10: error[E052]: pk 'PK_IRWIL1' (tahun 2024) supports pk 'PK_KABAN' of tahun 2025; a supporter's plan has its superior's year
    8 |   atasan PK_KABAN
      |          ^~~~~~~~

=== E053 an atasan that leads back to the plan
$ rkt check main.rkt
--- main.rkt
satuan laporan : cacah
pk PK_A "Unit A" {
  tahun 2025
  atasan PK_B
  sasaran S1 "Satu" { indikator IK2 "Laporan" { satuan laporan target 7 } }
}
pk PK_B "Unit B" {
  tahun 2025
  atasan PK_A
  sasaran S1 "Satu" { indikator IK2 "Laporan" { satuan laporan target 7 } }
}
--- exit 1
--- stderr
main.rkt:4:10: error[E053]: pk 'PK_A' is its own superior: its atasan 'PK_B' leads back to it
    4 |   atasan PK_B
      |          ^~~~
main.rkt:9:10: error[E053]: pk 'PK_B' is its own superior: its atasan 'PK_A' leads back to it
    9 |   atasan PK_A
      |          ^~~~

=== W050 a target that differs from the supporters' combined: 3 + 4 = 7, not 6
$ rkt check main.rkt
--- main.rkt
satuan laporan : cacah
pk PK_KABAN "Kepala Badan" {
  tahun 2025
  sasaran S1 "Pengawasan" { indikator IK2 "Laporan" { satuan laporan target 6 konsolidasi_lokasi jumlah } }
}
pk PK_IRWIL1 "Inspektur Wilayah I" {
  tahun 2025
  atasan PK_KABAN
  sasaran S1 "Pengawasan wilayah I" { indikator IK2 "Laporan" { satuan laporan target 3 mendukung IK2 } }
}
pk PK_IRWIL2 "Inspektur Wilayah II" {
  tahun 2025
  atasan PK_KABAN
  sasaran S1 "Pengawasan wilayah II" { indikator IK2 "Laporan" { satuan laporan target 4 mendukung IK2 } }
}
--- stderr
main.rkt:4:77: warning[W050]: target 6 of IK2 differs from its supporters' targets combined by jumlah (7): PK_IRWIL1 3, PK_IRWIL2 4
    4 |   sasaran S1 "Pengawasan" { indikator IK2 "Laporan" { satuan laporan target 6 konsolidasi_lokasi jumlah } }
      |                                                                             ^

=== W051 a konsolidasi_lokasi indicator that no supporter supports
$ rkt check main.rkt
--- main.rkt
satuan laporan : cacah
pk PK_KABAN "Kepala Badan" {
  tahun 2025
  sasaran S1 "Pengawasan" {
    indikator IK2 "Laporan" { satuan laporan target 3 konsolidasi_lokasi jumlah }
    indikator IK3 "Rekomendasi" { satuan laporan target 5 konsolidasi_lokasi jumlah }
  }
}
pk PK_IRWIL1 "Inspektur Wilayah I" {
  tahun 2025
  atasan PK_KABAN
  sasaran S1 "Pengawasan wilayah I" { indikator IK2 "Laporan" { satuan laporan target 3 mendukung IK2 } }
}
--- stderr
main.rkt:6:15: warning[W051]: indikator IK3 of 'PK_KABAN' has konsolidasi_lokasi jumlah but no indicator of its supporters' plans (PK_IRWIL1) supports it; add 'mendukung IK3' to theirs
    6 |     indikator IK3 "Rekomendasi" { satuan laporan target 5 konsolidasi_lokasi jumlah }
      |               ^~~
