# ILUSTRATIF — UPT A's RKT 2025 (invented figures).
impor "satuan.rkt"

rkt RKT_UPT_A_2025 "RKT UPT A 2025" {
  tahun 2025
  sasaran S1 "Layanan yang baik" {
    indikator L1 "Laporan pengawasan" { satuan laporan_upt  target 12 }
    indikator M1 "Indeks kepuasan" { satuan skor_upt  target 80 }
  }
}

# L1: 3 + 4 + 5 = 12 of 12 = 100; M1: 84 of 80 = 105; S1 (100 + 105) / 2 = 102.5
uji "UPT A: setahun" {
  rencana RKT_UPT_A_2025
  periode 2025
  data {
    L1 2025-TW1 3
    L1 2025-TW2 4
    L1 2025-TW3 5
    M1 2025     84
  }
  harap capaian(L1) == 100
  harap capaian(M1) == 105
  harap capaian(RKT_UPT_A_2025) == 102.5
}
