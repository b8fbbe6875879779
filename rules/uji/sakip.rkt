# Tests of the sakip library (rules/sakip.rkt). Run: rkt test rules
#
# UJI_SAKIP is a small plan of its own: I1 counts (higher is better), I2
# and I3 are percentages where lower is better, I3 with the T/R formula.
# The arithmetic of each expectation is in the comment beside it; `harap`
# compares at two decimals.

impor "../sakip.rkt"

rkt UJI_SAKIP "Rencana uji pustaka sakip" {
  tahun 2025

  sasaran S1 "Sasaran uji" {
    indikator I1 "Jumlah dokumen yang diselesaikan" {
      satuan dokumen
      target 100
    }
    indikator I2 "Persentase temuan berulang (rumus Kemenkeu)" {
      satuan    persen
      polaritas minimal
      target    10
    }
    indikator I3 "Persentase temuan berulang (rumus T/R)" {
      satuan    persen
      polaritas minimal
      target    10
      capaian   = capaian_minimal_tr(realisasi, target)
    }
  }
}

uji "sakip: capaian maksimal" {
  rencana UJI_SAKIP
  periode 2025
  data {
    I1 2025-TW1 40
    I1 2025-TW2 55
  }
  harap realisasi(I1) == 95                           # jumlah: 40 + 55
  harap realisasi(I1, TW1) == 40                      # through TW1 only
  harap capaian(I1) == 95                             # 95 / 100 x 100
  harap capaian_maksimal(95, 100) == 95               # the same formula by name
  harap kategori(capaian(I1), PREDIKAT_AKIP) == "AA"  # 95 > 90
}

uji "sakip: batas pita PREDIKAT_AKIP" {
  rencana UJI_SAKIP
  periode 2025
  harap kategori(100, PREDIKAT_AKIP) == "AA"
  harap kategori(90.01, PREDIKAT_AKIP) == "AA"        # 90.01 > 90
  harap kategori(90, PREDIKAT_AKIP) == "A"            # AA needs > 90; 90 > 80
  harap kategori(90.004, PREDIKAT_AKIP) == "A"        # classified as shown: 90.00
  harap kategori(90.005, PREDIKAT_AKIP) == "AA"       # shown as 90.01 (half away from zero)
  harap kategori(80, PREDIKAT_AKIP) == "BB"           # not > 80; 80 > 70
  harap kategori(70, PREDIKAT_AKIP) == "B"            # not > 70; 70 > 60
  harap kategori(60, PREDIKAT_AKIP) == "CC"           # not > 60; 60 > 50
  harap kategori(50, PREDIKAT_AKIP) == "C"            # not > 50; 50 > 30
  harap kategori(30, PREDIKAT_AKIP) == "D"            # not > 30; 30 >= 0
  harap kategori(0, PREDIKAT_AKIP) == "D"             # D is >= 0
  harap bukan ada(kategori(-1, PREDIKAT_AKIP))        # no band matches: no predikat
}

uji "sakip: capaian minimal rumus Kemenkeu" {
  rencana UJI_SAKIP
  periode 2025
  data {
    I2 2025 12
  }
  harap capaian(I2) == 80                             # (2 - 12 / 10) x 100 = (2 - 1.2) x 100
  harap capaian_minimal_kemenkeu(12, 10) == 80        # the same formula by name
  harap capaian_minimal_kemenkeu(8, 10) == 120        # (2 - 0.8) x 100
  harap capaian_minimal_kemenkeu(25, 10) == 0         # (2 - 2.5) x 100 = -50, never below 0
}

uji "sakip: capaian minimal rumus T/R" {
  rencana UJI_SAKIP
  periode 2025
  data {
    I3 2025 12
  }
  harap capaian(I3) == 83.33                          # 10 / 12 x 100 = 83.333...
  harap capaian_minimal_tr(12, 10) == 83.33           # the same formula by name
  harap capaian_minimal_tr(8, 10) == 125              # 10 / 8 x 100
}

uji "sakip: capaian_batas" {
  rencana UJI_SAKIP
  periode 2025
  harap capaian_batas(133.33, 120) == 120             # min(133.33, 120)
  harap capaian_batas(95, 120) == 95                  # min(95, 120)
}

uji "sakip: rata-rata sasaran dan rencana" {
  rencana UJI_SAKIP
  periode 2025
  data {
    I1 2025 95
    I2 2025 12
  }
  harap capaian(S1) == 87.5                           # (95 + 80) / 2; I3 has no data and is left out
  harap bukan ada(capaian(I3))                        # kosong
  harap capaian(UJI_SAKIP) == 87.5                    # one sasaran
  harap kategori(capaian(UJI_SAKIP), PREDIKAT_AKIP) == "A"   # 87.5 > 80, not > 90
}

uji "sakip: aturan capaian di bawah 80%" {
  rencana UJI_SAKIP
  periode 2025
  data {
    I1 2025-TW1 30
    I1 2025-TW2 40
  }
  harap capaian(I1) == 70                             # (30 + 40) / 100 x 100
  harap kategori(capaian(I1), PREDIKAT_AKIP) == "B"   # 70 is not > 70; 70 > 60
  harap kategori(capaian(I1), CAPAIAN_LKJ) == "C"     # 60 <= 70 < 80
  harap temuan "Capaian di bawah 80% perlu rencana aksi"
}

uji "sakip: aturan capaian melampaui 120%" {
  rencana UJI_SAKIP
  periode 2025
  data {
    I1 2025 125
  }
  harap capaian(I1) == 125                            # 125 / 100 x 100
  harap temuan "Capaian melampaui 120%"
}

uji "sakip: batas pita CAPAIAN_LKJ" {
  rencana UJI_SAKIP
  periode 2025
  harap kategori(120, CAPAIAN_LKJ) == "SB"
  harap kategori(100, CAPAIAN_LKJ) == "SB"            # >= 100
  harap kategori(99.99, CAPAIAN_LKJ) == "B"
  harap kategori(80, CAPAIAN_LKJ) == "B"              # >= 80
  harap kategori(79.99, CAPAIAN_LKJ) == "C"
  harap kategori(60, CAPAIAN_LKJ) == "C"              # >= 60
  harap kategori(59.99, CAPAIAN_LKJ) == "K"
  harap kategori(0, CAPAIAN_LKJ) == "K"               # >= 0
}
