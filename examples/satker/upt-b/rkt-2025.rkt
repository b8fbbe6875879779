# ILUSTRATIF — UPT B's RKT 2025 (invented figures).
impor "satuan.rkt"

rkt RKT_UPT_B_2025 "RKT UPT B 2025" {
  tahun 2025
  sasaran S1 "Layanan yang baik" {
    indikator L1 "Laporan pengawasan" { satuan laporan_upt  target 8 }
    indikator M1 "Indeks kepuasan" { satuan skor_upt  target 75 }
  }
}

# L1: 2 + 4 = 6 of 8 = 75; M1: 72 of 75 = 96; S1 (75 + 96) / 2 = 85.5
uji "UPT B: setahun" {
  rencana RKT_UPT_B_2025
  periode 2025
  data {
    L1 2025-TW1 2
    L1 2025-TW3 4
    M1 2025     72
  }
  harap capaian(L1) == 75
  harap capaian(M1) == 96
  harap capaian(RKT_UPT_B_2025) == 85.5
}
