# Levels of tingkat units (LANGUAGE.md §2, §4.1, §4.3; docs/language.md
# "Levels"): level targets, level realisations in uji data rows, capaian
# with and without level values, history years, levels as strings in
# expressions, and predikat from a level's value.  Every figure by hand in
# the comment beside it.  Run: rkt test tests/uji
#
# opini has no values: capaian is 100 when R is the target level or a
# better one (levels best first: WTP better than WDP better than TW ...),
# else 0.  opini_nilai carries values: capaian = value(R) / value(T) x 100.

satuan opini       : tingkat { WTP, WDP, TW, TMP }
satuan opini_nilai : tingkat { WTP = 100, WDP = 75, TW = 50, TMP = 0 }
satuan nol         : tingkat { BAIK = 10, BURUK = 0, GAGAL = -5 }

skala MUTU_OPINI {
  A "Baik"   : >= 75
  B "Kurang" : >= 0
}

rkt OPINI_RKT "Opini laporan keuangan" {
  tahun 2025
  sasaran SP1 "Akuntabilitas keuangan" {
    indikator OPINI "Opini BPK" { satuan opini  target WTP }
    indikator OPINI_N "Opini BPK bernilai" {
      satuan opini_nilai
      target WTP
      predikat MUTU_OPINI dari realisasi
    }
    indikator TINGGI "Opini, target WDP" { satuan opini  target WDP }
    indikator NOL "Target bernilai 0" { satuan nol  target BURUK }
  }
}

uji "WDP di bawah target WTP: capaian 0 tanpa nilai, 75 dengan nilai" {
  rencana OPINI_RKT
  periode 2025
  data {
    OPINI   2025 WDP
    OPINI_N 2025 WDP
  }
  harap realisasi(OPINI) == "WDP"
  harap target(OPINI) == "WTP"
  harap capaian(OPINI) == 0                 # WDP is worse than WTP: 0
  harap capaian(OPINI_N) == 75              # 75 / 100 x 100 = 75
  harap kategori(capaian(OPINI_N), MUTU_OPINI) == "A"
}

uji "Lebih baik dari target: 100" {
  rencana OPINI_RKT
  periode 2025
  data {
    TINGGI 2025 WTP
  }
  harap capaian(TINGGI) == 100              # WTP is better than the target WDP: 100
  harap realisasi(TINGGI) != target(TINGGI)
}

uji "Level terakhir yang berlaku: konsolidasi terakhir" {
  rencana OPINI_RKT
  periode 2025
  data {
    OPINI 2025-S1 TW
    OPINI 2025-TW4 WTP
  }
  harap realisasi(OPINI) == "WTP"           # TW4 comes after S1: the last observation's level
  harap capaian(OPINI) == 100
  harap realisasi(OPINI, 2025-S1) == "TW"   # through S1 only its own row counts
  harap capaian(OPINI, 2025-S1) == 0
}

uji "Tahun lalu: level riwayat" {
  rencana OPINI_RKT
  periode 2025
  data {
    OPINI 2024 TW
    OPINI 2025 WTP
  }
  harap realisasi(OPINI, 2024) == "TW"
  harap realisasi(OPINI) == "WTP"
}

uji "Predikat dari nilai level" {
  rencana OPINI_RKT
  periode 2025
  data {
    OPINI_N 2025 TW
  }
  harap capaian(OPINI_N) == 50              # 50 / 100 x 100 = 50
}

uji "Target bernilai 0: aturan target nol" {
  rencana OPINI_RKT
  periode 2025
  data {
    NOL 2025 BAIK
  }
  harap capaian(NOL) == 100                 # value(T) = 0, value(BAIK) = 10 >= 0: 100
}

uji "Target bernilai 0, realisasi negatif" {
  rencana OPINI_RKT
  periode 2025
  data {
    NOL 2025 GAGAL
  }
  harap capaian(NOL) == 0                   # value(T) = 0, value(GAGAL) = -5 < 0: 0
}

uji "Tanpa data: kosong" {
  rencana OPINI_RKT
  periode 2025
  harap bukan ada(realisasi(OPINI))
  harap bukan ada(capaian(OPINI))
  harap target(OPINI) == "WTP"
}
