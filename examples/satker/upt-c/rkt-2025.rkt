# ILUSTRATIF — UPT C's RKT 2025 (invented figures).
impor "satuan.rkt"

rkt RKT_UPT_C_2025 "RKT UPT C 2025" {
  tahun 2025
  sasaran S1 "Layanan yang baik" {
    indikator L1 "Laporan pengawasan" { satuan laporan_upt  target 4 }
    indikator M1 "Indeks kepuasan" { satuan skor_upt  target 90 }
  }
}

# L1: 5 of 4 = 125; M1: 81 of 90 = 90; S1 (125 + 90) / 2 = 107.5
uji "UPT C: setahun" {
  rencana RKT_UPT_C_2025
  periode 2025
  data {
    L1 2025 5
    M1 2025 81
  }
  harap capaian(L1) == 125
  harap capaian(M1) == 90
  harap capaian(RKT_UPT_C_2025) == 107.5
}
