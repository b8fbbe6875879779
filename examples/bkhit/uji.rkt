# Tests of the BKHIT example plans. Run: rkt test examples/bkhit
#
# The data rows are those of realisasi-2025.csv (ILUSTRATIF: invented
# numbers, not the Balai's). The arithmetic of each expectation is in the
# comment beside it; `harap` compares at two decimals.

impor "rkt-2025.rkt"
impor "pk-2025.rkt"

uji "BKHIT: capaian IKSP3 setahun" {
  rencana RKT_BKHIT_2025
  periode 2025
  data {
    IKSP3 2025-TW1 6_112
    IKSP3 2025-TW2 6_587
    IKSP3 2025-TW3 6_734
    IKSP3 2025-TW4 7_021
  }
  harap target(IKSP3) == 25_945
  harap realisasi(IKSP3) == 26_454  # 6_112 + 6_587 + 6_734 + 7_021
  harap capaian(IKSP3) == 101.96    # 26_454 / 25_945 x 100 = 101.9618...
}

uji "BKHIT: IKSP3 sampai TW2 terhadap target PK" {
  rencana PK_BKHIT_2025
  periode 2025-TW2
  data {
    IKSP3 2025-TW1 6_112
    IKSP3 2025-TW2 6_587
  }
  harap target(IKSP3) == 12_500        # the PK's cumulative TW2 target
  harap realisasi(IKSP3) == 12_699     # 6_112 + 6_587
  harap capaian(IKSP3) == 101.59       # 12_699 / 12_500 x 100 = 101.592
  harap capaian(IKSP3, TW1) == 101.87  # 6_112 / 6_000 x 100 = 101.8666...
}

uji "BKHIT: IKSP2 di bawah 80% dari target" {
  rencana RKT_BKHIT_2025
  periode 2025
  data {
    IKSP2 2025-TW1 0
    IKSP2 2025-TW2 1
    IKSP2 2025-TW3 0
    IKSP2 2025-TW4 1
  }
  harap realisasi(IKSP2) == 2    # 0 + 1 + 0 + 1
  harap capaian(IKSP2) == 66.67  # 2 / 3 x 100 = 66.666...
  harap temuan "Capaian di bawah 80% perlu rencana aksi"
}

uji "BKHIT: IKSP1 melampaui 120% dari target" {
  rencana RKT_BKHIT_2025
  periode 2025
  data {
    IKSP1 2025-TW1 1
    IKSP1 2025-TW2 1
    IKSP1 2025-TW3 0
    IKSP1 2025-TW4 2
  }
  harap realisasi(IKSP1) == 4     # 1 + 1 + 0 + 2
  harap capaian(IKSP1) == 133.33  # 4 / 3 x 100 = 133.333...
  harap temuan "Capaian melampaui 120%"
}

uji "BKHIT: IKM triwulan 1 dari sembilan unsur" {
  rencana RKT_BKHIT_2025
  periode 2025-TW1
  data {
    ikm_u1 2025-TW1 3.30
    ikm_u2 2025-TW1 3.25
    ikm_u3 2025-TW1 3.10
    ikm_u4 2025-TW1 3.80
    ikm_u5 2025-TW1 3.28
    ikm_u6 2025-TW1 3.35
    ikm_u7 2025-TW1 3.44
    ikm_u8 2025-TW1 3.05
    ikm_u9 2025-TW1 3.15
  }
  harap realisasi(IKSP9) == 82.56                    # sum 29.72 / 9 = 3.30222...; x 25 = 82.5555...
  harap capaian(IKSP9) == 101.92                     # 82.5555... / 81 x 100 = 101.920...
  harap kategori(realisasi(IKSP9), MUTU_IKM) == "B"  # 76.61 <= 82.56 < 88.31
}

uji "BKHIT: IKSP7 tanpa data keluar dari rata-rata SP2" {
  rencana RKT_BKHIT_2025
  periode 2025
  data {
    IKSP5 2025-TW1 7
    IKSP5 2025-TW2 9
    IKSP5 2025-TW3 8
    IKSP5 2025-TW4 10
    IKSP6 2025-TW1 9
    IKSP6 2025-TW2 10
    IKSP6 2025-TW3 8
    IKSP6 2025-TW4 11
  }
  harap bukan ada(realisasi(IKSP7))  # no row: kosong
  harap bukan ada(capaian(IKSP7))
  harap capaian(IKSP5) == 103.03     # (7 + 9 + 8 + 10) / 33 x 100 = 34 / 33 x 100
  harap capaian(IKSP6) == 115.15     # (9 + 10 + 8 + 11) / 33 x 100 = 38 / 33 x 100
  harap capaian(SP2) == 109.09       # (103.0303... + 115.1515...) / 2; IKSP7 left out
}

uji "BKHIT: IKSP7 dengan target 0" {
  rencana RKT_BKHIT_2025
  periode 2025
  data {
    IKSP7 2025 2
  }
  harap target(IKSP7) == 0
  harap capaian(IKSP7) == 100  # maksimal, T = 0 and R >= 0: 100
}

uji "BKHIT: target registrasi tidak melebihi permohonan" {
  rencana RKT_BKHIT_2025
  periode 2025
  harap target(IKSP5) == 33
  harap target(IKSP6) == 33
  harap target(IKSP5) <= target(IKSP6)  # so the galat rule of aturan.rkt stays silent
}

# The whole of realisasi-2025.csv: what
#   rkt eval examples/bkhit/rkt-2025.rkt --data examples/bkhit/realisasi-2025.csv
# shows. Capaian (whole year, unrounded as carried):
#   SP1: IKSP1 4/3 = 133.3333, IKSP2 2/3 = 66.6667, IKSP3 26_454/25_945 = 101.9618,
#        IKSP4 9_888/9_865 = 100.2332                  mean 100.5487
#   SP2: IKSP5 34/33 = 103.0303, IKSP6 38/33 = 115.1515 (IKSP7 no data)
#                                                      mean 109.0909
#   SP3: IKSP8 39/36 = 108.3333; IKSP9: each unsur's mean of four quarters,
#        sum of the nine means 30.24, / 9 = 3.36, x 25 = 84; 84/81 = 103.7037
#                                                      mean 106.0185
#   SP4: IKSP10 93.47/81 = 115.3951
#   SP5: IKSP11 79.35/81 = 97.9630
#   plan: (100.5487 + 109.0909 + 106.0185 + 115.3951 + 97.9630) / 5 = 105.8032,
#         with no predikat: PREDIKAT_AKIP rates the AKIP evaluation score,
#         IKSP11's realisasi 79.35 (not > 80, > 70): BB "Sangat Baik"
uji "BKHIT: seluruh data realisasi-2025.csv" {
  rencana RKT_BKHIT_2025
  periode 2025
  data {
    IKSP1  2025-TW1 1
    IKSP1  2025-TW2 1
    IKSP1  2025-TW3 0
    IKSP1  2025-TW4 2
    IKSP2  2025-TW1 0
    IKSP2  2025-TW2 1
    IKSP2  2025-TW3 0
    IKSP2  2025-TW4 1
    IKSP3  2025-TW1 6_112
    IKSP3  2025-TW2 6_587
    IKSP3  2025-TW3 6_734
    IKSP3  2025-TW4 7_021
    IKSP4  2025-TW1 2_214
    IKSP4  2025-TW2 2_506
    IKSP4  2025-TW3 2_478
    IKSP4  2025-TW4 2_690
    IKSP5  2025-TW1 7
    IKSP5  2025-TW2 9
    IKSP5  2025-TW3 8
    IKSP5  2025-TW4 10
    IKSP6  2025-TW1 9
    IKSP6  2025-TW2 10
    IKSP6  2025-TW3 8
    IKSP6  2025-TW4 11
    IKSP8  2025-TW1 8
    IKSP8  2025-TW2 10
    IKSP8  2025-TW3 9
    IKSP8  2025-TW4 12
    ikm_u1 2025-TW1 3.30
    ikm_u2 2025-TW1 3.25
    ikm_u3 2025-TW1 3.10
    ikm_u4 2025-TW1 3.80
    ikm_u5 2025-TW1 3.28
    ikm_u6 2025-TW1 3.35
    ikm_u7 2025-TW1 3.44
    ikm_u8 2025-TW1 3.05
    ikm_u9 2025-TW1 3.15
    ikm_u1 2025-TW2 3.34
    ikm_u2 2025-TW2 3.29
    ikm_u3 2025-TW2 3.18
    ikm_u4 2025-TW2 3.82
    ikm_u5 2025-TW2 3.30
    ikm_u6 2025-TW2 3.39
    ikm_u7 2025-TW2 3.46
    ikm_u8 2025-TW2 3.11
    ikm_u9 2025-TW2 3.19
    ikm_u1 2025-TW3 3.38
    ikm_u2 2025-TW3 3.33
    ikm_u3 2025-TW3 3.22
    ikm_u4 2025-TW3 3.84
    ikm_u5 2025-TW3 3.34
    ikm_u6 2025-TW3 3.41
    ikm_u7 2025-TW3 3.50
    ikm_u8 2025-TW3 3.17
    ikm_u9 2025-TW3 3.21
    ikm_u1 2025-TW4 3.42
    ikm_u2 2025-TW4 3.37
    ikm_u3 2025-TW4 3.30
    ikm_u4 2025-TW4 3.86
    ikm_u5 2025-TW4 3.36
    ikm_u6 2025-TW4 3.45
    ikm_u7 2025-TW4 3.52
    ikm_u8 2025-TW4 3.23
    ikm_u9 2025-TW4 3.25
    IKSP10 2025     93.47
    IKSP11 2025     79.35
  }
  harap realisasi(IKSP4) == 9_888                           # 2_214 + 2_506 + 2_478 + 2_690
  harap realisasi(IKSP8) == 39                              # 8 + 10 + 9 + 12
  harap realisasi(IKSP9) == 84                              # 3.36 x 25
  harap kategori(realisasi(IKSP9), MUTU_IKM) == "B"         # 76.61 <= 84 < 88.31
  harap realisasi(IKSP10) == 93.47                          # terakhir: the one yearly value
  harap capaian(IKSP9) == 103.7                             # 84 / 81 x 100 = 103.7037...
  harap capaian(IKSP10) == 115.4                            # 93.47 / 81 x 100 = 115.3950...
  harap capaian(IKSP11) == 97.96                            # 79.35 / 81 x 100 = 97.9629...
  harap capaian(SP1) == 100.55
  harap capaian(SP2) == 109.09
  harap capaian(SP3) == 106.02
  harap capaian(SP4) == 115.4
  harap capaian(SP5) == 97.96
  harap capaian(RKT_BKHIT_2025) == 105.8
  harap kategori(realisasi(IKSP11), PREDIKAT_AKIP) == "BB"  # the AKIP score 79.35: not > 80; > 70
  harap temuan "Capaian di bawah 80% perlu rencana aksi"    # IKSP2
  harap temuan "Capaian melampaui 120%"                     # IKSP1
}
