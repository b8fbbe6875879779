# End-to-end tests of the evaluator (LANGUAGE.md §4, §5) through `rkt test`:
# a small self-contained plan, computed by hand. Run: rkt test tests/uji
#
# E2E_2025 has two sasaran with bobot (S1 2, S2 1), indicators of every
# polarity, cumulative quarterly targets (PK style), a derived indicator
# over two data series, a yearly-only indicator, and data rows that mix
# months, quarters and a semester for one code. Both tests load the same
# rows; the first evaluates the whole year, the second 2025-TW2.
#
# `harap` compares at the two decimals shown; the arithmetic of each
# expectation is in the comment beside it (unrounded values are carried
# into the roll-ups).

satuan kasus  : cacah
satuan persen : persen
satuan hari   : angka

skala MUTU {
  A "Baik"   : > 90
  B "Cukup"  : > 70
  C "Kurang" : >= 0
}

data dilayani "Permohonan yang dilayani" satuan kasus
data diajukan "Permohonan yang diajukan" satuan kasus

fungsi rasio(a, b) = a / b * 100

aturan "E2E: capaian di bawah 85%" {
  untuk indikator i
  jika ada(capaian(i)) dan capaian(i) < 85
  maka peringatan "{kode(i)} baru {capaian(i)}%"
}

rkt E2E_2025 "Rencana uji ujung ke ujung" {
  tahun    2025
  predikat MUTU

  sasaran S1 "Layanan" {
    bobot 2
    # maksimal, cacah: jumlah; cumulative quarterly targets
    indikator K1 "Jumlah sertifikat yang diterbitkan" {
      satuan kasus
      bobot  1
      target { TW1: 100, TW2: 250, TW3: 400, TW4: 500 }
    }
    # minimal, rata; the target of each quarter
    indikator K2 "Persentase permohonan yang dikeluhkan" {
      satuan      persen
      polaritas   minimal
      konsolidasi rata
      bobot       2
      target { TW1: 10, TW2: 10, TW3: 10, TW4: 8 }
    }
    # stabil, terakhir; an annual band
    indikator K3 "Rata-rata waktu layanan (hari)" {
      satuan      hari
      polaritas   stabil
      konsolidasi terakhir
      bobot       1
      target      3..5
    }
  }

  sasaran S2 "Tata kelola" {
    bobot 1
    # derived from two series (cacah: jumlah), capped at 105
    indikator K4 "Rasio permohonan yang dilayani" {
      satuan    persen
      target    90
      batas     105
      realisasi = rasio(dilayani, diajukan)
    }
    # minimal with target 0 and terburuk
    indikator K5 "Jumlah pelanggaran" {
      satuan    kasus
      polaritas minimal
      target    0
      terburuk  10
    }
    # measured once a year
    indikator K6 "Nilai AKIP" {
      satuan      persen
      konsolidasi terakhir
      target      80
    }
  }
}

# Whole year. Capaian:
#   K1 560 / 500 x 100                              = 112
#   K2 (2 - 8 / 8) x 100                            = 100
#   K3 2.4 below 3..5: 2.4 / 3 x 100                = 80
#   S1 (1 x 112 + 2 x 100 + 1 x 80) / 4 = 392 / 4   = 98
#   K4 203 / 210 x 100 = 96.6667; / 90 x 100 = 107.4074, batas 105
#   K5 (10 - 3) / 10 x 100                          = 70
#   K6 85 / 80 x 100                                = 106.25
#   S2 (105 + 70 + 106.25) / 3 = 281.25 / 3         = 93.75
#   plan (2 x 98 + 1 x 93.75) / 3 = 289.75 / 3      = 96.5833...
uji "E2E: setahun penuh" {
  rencana E2E_2025
  periode 2025
  data {
    K1        2025-01   30
    K1        2025-02   35
    K1        2025-03   40
    K1        2025-TW2  160
    K1        2025-TW3  140
    K1        2025-10   50
    K1        2025-11   45
    K1        2025-12   60
    K2        2025-TW1  12
    K2        2025-TW2  9
    K2        2025-07   8
    K2        2025-08   6
    K2        2025-09   7
    K2        2025-TW4  6
    K3        2025-TW1  6
    K3        2025-04   5.5
    K3        2025-05   6
    K3        2025-06   5.25
    K3        2025-S2   2.4
    dilayani  2025-TW1  45
    dilayani  2025-TW2  50
    dilayani  2025-TW3  48
    dilayani  2025-TW4  60
    diajukan  2025-TW1  50
    diajukan  2025-TW2  52
    diajukan  2025-TW3  50
    diajukan  2025-TW4  58
    K5        2025-TW1  1
    K5        2025-TW3  2
    K6        2025      85
  }
  harap target(K1) == 500                   # the year takes TW4
  harap realisasi(K1) == 560                # 30 + 35 + 40 + 160 + 140 + 50 + 45 + 60
  harap realisasi(K1, TW1) == 105           # 30 + 35 + 40
  harap capaian(K1) == 112                  # 560 / 500 x 100
  harap target(K2) == 8                     # TW4
  harap realisasi(K2) == 8                  # rata (12 + 9 + 8 + 6 + 7 + 6) / 6 = 48 / 6
  harap capaian(K2) == 100                  # (2 - 8 / 8) x 100
  harap bukan ada(target(K3))               # a band is kosong in an expression
  harap realisasi(K3) == 2.4                # terakhir: S2 comes after 2025-06
  harap capaian(K3) == 80                   # below 3..5: 2.4 / 3 x 100
  harap capaian(S1) == 98                   # (112 + 2 x 100 + 80) / (1 + 2 + 1) = 392 / 4
  harap realisasi(K4) == 96.67              # (45 + 50 + 48 + 60) / (50 + 52 + 50 + 58) x 100 = 203 / 210 x 100 = 96.666...
  harap capaian(K4) == 105                  # 96.666... / 90 x 100 = 107.407..., capped by batas 105
  harap realisasi(K5) == 3                  # 1 + 2
  harap capaian(K5) == 70                   # target 0, terburuk 10: (10 - 3) / 10 x 100
  harap realisasi(K6) == 85                 # the yearly value counts for the year
  harap capaian(K6) == 106.25               # 85 / 80 x 100
  harap capaian(S2) == 93.75                # (105 + 70 + 106.25) / 3 = 281.25 / 3
  harap capaian(E2E_2025) == 96.58          # (2 x 98 + 1 x 93.75) / 3 = 289.75 / 3 = 96.5833...
  harap kategori(capaian(E2E_2025), MUTU) == "A"   # 96.58 > 90
  harap kategori(capaian(S2), MUTU) == "A"  # 93.75 > 90
  harap kategori(capaian(K5), MUTU) == "C"  # 70 is not > 70; 70 >= 0
  harap temuan "E2E: capaian di bawah 85%"  # K3 80 and K5 70
}

# Through 2025-TW2 (January to June), same rows. Capaian:
#   K1 (30 + 35 + 40 + 160) / 250 x 100 = 265 / 250 x 100      = 106
#   K2 rata (12 + 9) / 2 = 10.5; (2 - 10.5 / 10) x 100         = 95
#   K3 terakhir 2025-06 5.25 above 3..5: (2 - 5.25 / 5) x 100  = 95
#   S1 (106 + 2 x 95 + 95) / 4 = 391 / 4                       = 97.75
#   K4 (45 + 50) / (50 + 52) x 100 = 93.1373; / 90 x 100       = 103.4858 (under batas)
#   K5 (10 - 1) / 10 x 100                                     = 90
#   K6 the yearly value does not lie inside Jan-Jun: kosong, left out
#   S2 (103.4858 + 90) / 2                                     = 96.7429
#   plan (2 x 97.75 + 96.7429) / 3 = 292.2429 / 3              = 97.4143
uji "E2E: sampai triwulan II" {
  rencana E2E_2025
  periode 2025-TW2
  data {
    K1        2025-01   30
    K1        2025-02   35
    K1        2025-03   40
    K1        2025-TW2  160
    K1        2025-TW3  140
    K1        2025-10   50
    K1        2025-11   45
    K1        2025-12   60
    K2        2025-TW1  12
    K2        2025-TW2  9
    K2        2025-07   8
    K2        2025-08   6
    K2        2025-09   7
    K2        2025-TW4  6
    K3        2025-TW1  6
    K3        2025-04   5.5
    K3        2025-05   6
    K3        2025-06   5.25
    K3        2025-S2   2.4
    dilayani  2025-TW1  45
    dilayani  2025-TW2  50
    dilayani  2025-TW3  48
    dilayani  2025-TW4  60
    diajukan  2025-TW1  50
    diajukan  2025-TW2  52
    diajukan  2025-TW3  50
    diajukan  2025-TW4  58
    K5        2025-TW1  1
    K5        2025-TW3  2
    K6        2025      85
  }
  harap target(K1) == 250                   # the cumulative TW2 target
  harap realisasi(K1) == 265                # 30 + 35 + 40 + 160; TW3 onwards not yet
  harap realisasi(K1, B05) == 105           # through May: TW2 (Apr-Jun) does not count, 30 + 35 + 40
  harap target(K1, B05) == 200              # jumlah: TW1 100 + 2/3 x (TW2 250 - 100) = 200 (the share of TW2 through May)
  harap capaian(K1) == 106                  # 265 / 250 x 100
  harap target(K2) == 10                    # TW2
  harap realisasi(K2) == 10.5               # rata (12 + 9) / 2
  harap capaian(K2) == 95                   # (2 - 10.5 / 10) x 100
  harap realisasi(K3) == 5.25               # terakhir: 2025-06
  harap capaian(K3) == 95                   # above 3..5: (2 - 5.25 / 5) x 100
  harap capaian(S1) == 97.75                # (106 + 2 x 95 + 95) / 4 = 391 / 4
  harap realisasi(K4) == 93.14              # 95 / 102 x 100 = 93.137...
  harap capaian(K4) == 103.49               # 93.137... / 90 x 100 = 103.4858...
  harap capaian(K5) == 90                   # (10 - 1) / 10 x 100
  harap bukan ada(realisasi(K6))            # yearly value: not through TW2
  harap bukan ada(capaian(K6))              # no realisasi: no capaian; K6 is left out of S2
  harap capaian(S2) == 96.74                # (103.4858... + 90) / 2 = 96.7429...
  harap capaian(E2E_2025) == 97.41          # (2 x 97.75 + 96.7429...) / 3 = 292.2429... / 3 = 97.4143...
  harap capaian(E2E_2025, 2025) == 96.58    # the same plan through the whole year
  harap kategori(capaian(E2E_2025), MUTU) == "A"   # 97.41 > 90
}
