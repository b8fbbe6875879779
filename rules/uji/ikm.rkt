# Tests of the ikm library (rules/ikm.rkt). Run: rkt test rules
#
# UJI_IKM is a small plan of its own with one derived IKM indicator. The
# arithmetic of each expectation is in the comment beside it; `harap`
# compares at two decimals.

impor "../ikm.rkt"

rkt UJI_IKM "Rencana uji pustaka ikm" {
  tahun 2025

  sasaran S1 "Pelayanan publik yang memuaskan" {
    indikator I1 "Indeks Kepuasan Masyarakat" {
      satuan    nilai_ikm
      target    80
      realisasi = ikm(ikm_u1, ikm_u2, ikm_u3, ikm_u4, ikm_u5, ikm_u6, ikm_u7, ikm_u8, ikm_u9)
      predikat  MUTU_IKM dari realisasi
    }
  }
}

uji "ikm: semua unsur 3,5 memberi 87,5 (B)" {
  rencana UJI_IKM
  periode 2025
  data {
    ikm_u1 2025 3.5
    ikm_u2 2025 3.5
    ikm_u3 2025 3.5
    ikm_u4 2025 3.5
    ikm_u5 2025 3.5
    ikm_u6 2025 3.5
    ikm_u7 2025 3.5
    ikm_u8 2025 3.5
    ikm_u9 2025 3.5
  }
  harap realisasi(I1) == 87.5                     # 3.5 x 25
  harap capaian(I1) == 109.38                     # 87.5 / 80 x 100 = 109.375
  harap kategori(realisasi(I1), MUTU_IKM) == "B"  # 76.61 <= 87.5 < 88.31
}

uji "ikm: rata-rata unsur 3,6 memberi 90 (A)" {
  rencana UJI_IKM
  periode 2025
  data {
    ikm_u1 2025 3.4
    ikm_u2 2025 3.5
    ikm_u3 2025 3.6
    ikm_u4 2025 3.7
    ikm_u5 2025 3.8
    ikm_u6 2025 3.6
    ikm_u7 2025 3.7
    ikm_u8 2025 3.5
    ikm_u9 2025 3.6
  }
  harap realisasi(I1) == 90                       # sum 32.4 / 9 = 3.6; 3.6 x 25
  harap capaian(I1) == 112.5                      # 90 / 80 x 100
  harap kategori(realisasi(I1), MUTU_IKM) == "A"  # 90 >= 88.31
}

uji "ikm: survei triwulan, konsolidasi rata" {
  rencana UJI_IKM
  periode 2025-TW2
  data {
    ikm_u1 2025-TW1 3.2
    ikm_u2 2025-TW1 3.2
    ikm_u3 2025-TW1 3.2
    ikm_u4 2025-TW1 3.2
    ikm_u5 2025-TW1 3.2
    ikm_u6 2025-TW1 3.2
    ikm_u7 2025-TW1 3.2
    ikm_u8 2025-TW1 3.2
    ikm_u9 2025-TW1 3.2
    ikm_u1 2025-TW2 3.6
    ikm_u2 2025-TW2 3.6
    ikm_u3 2025-TW2 3.6
    ikm_u4 2025-TW2 3.6
    ikm_u5 2025-TW2 3.6
    ikm_u6 2025-TW2 3.6
    ikm_u7 2025-TW2 3.6
    ikm_u8 2025-TW2 3.6
    ikm_u9 2025-TW2 3.6
  }
  harap realisasi(I1, TW1) == 80                  # 3.2 x 25
  harap realisasi(I1) == 85                       # each unsur (3.2 + 3.6) / 2 = 3.4; 3.4 x 25
  harap capaian(I1) == 106.25                     # 85 / 80 x 100
  harap kategori(realisasi(I1), MUTU_IKM) == "B"  # 76.61 <= 85 < 88.31
}

uji "ikm: rumus dan batas pita MUTU_IKM" {
  rencana UJI_IKM
  periode 2025
  harap ikm(1, 1, 1, 1, 1, 1, 1, 1, 1) == 25      # lowest: 1 x 25
  harap ikm(4, 4, 4, 4, 4, 4, 4, 4, 4) == 100     # highest: 4 x 25
  harap ikm(3, 3, 3, 3, 3, 3, 3, 3, 3.9) == 77.5  # (24 + 3.9) / 9 = 3.1; 3.1 x 25
  harap kategori(100, MUTU_IKM) == "A"
  harap kategori(88.31, MUTU_IKM) == "A"          # >= 88.31
  harap kategori(88.305, MUTU_IKM) == "A"         # shown as 88.31 (half away from zero)
  harap kategori(88.3, MUTU_IKM) == "B"
  harap kategori(76.61, MUTU_IKM) == "B"          # >= 76.61
  harap kategori(76.6, MUTU_IKM) == "C"
  harap kategori(65, MUTU_IKM) == "C"             # >= 65.00
  harap kategori(64.99, MUTU_IKM) == "D"
  harap kategori(25, MUTU_IKM) == "D"             # >= 25.00
  harap bukan ada(kategori(24.99, MUTU_IKM))      # below the scale: no mutu
}
