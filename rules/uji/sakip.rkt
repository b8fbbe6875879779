# Tests of the sakip library (rules/sakip.rkt). Run: rkt test rules
#
# UJI_SAKIP is a small plan of its own: I1 counts (higher is better), I2
# to I5 are percentages where lower is better, I3 to I5 with a formula of
# the library; I6 is an AKIP evaluation score rated by PREDIKAT_AKIP.
# The arithmetic of each expectation is in the comment beside it; `harap`
# compares at two decimals.

impor "../sakip.rkt"

rkt UJI_SAKIP "Rencana uji pustaka sakip" {
  tahun 2025

  sasaran S1 "Sasaran uji" {
    indikator I1 "Jumlah dokumen yang diselesaikan" { satuan dokumen  target 100 }
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
    indikator I4 "Persentase temuan berulang (tanpa batas bawah 0)" {
      satuan    persen
      polaritas minimal
      target    10
      capaian   = capaian_minimal_tanpa_batas(realisasi, target)
    }
    indikator I5 "Persentase temuan berulang (terburuk 20, sebagai fungsi)" {
      satuan    persen
      polaritas minimal
      target    10
      capaian   = capaian_terburuk(realisasi, target, 20)
    }
    indikator I6 "Nilai AKIP" { satuan indeks  target 81  predikat PREDIKAT_AKIP dari realisasi }
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
  harap kategori(90.01, PREDIKAT_AKIP) == "AA"   # 90.01 > 90
  harap kategori(90, PREDIKAT_AKIP) == "A"       # AA needs > 90; 90 > 80
  harap kategori(90.004, PREDIKAT_AKIP) == "A"   # classified as shown: 90.00
  harap kategori(90.005, PREDIKAT_AKIP) == "AA"  # shown as 90.01 (half away from zero)
  harap kategori(80, PREDIKAT_AKIP) == "BB"      # not > 80; 80 > 70
  harap kategori(70, PREDIKAT_AKIP) == "B"       # not > 70; 70 > 60
  harap kategori(60, PREDIKAT_AKIP) == "CC"      # not > 60; 60 > 50
  harap kategori(50, PREDIKAT_AKIP) == "C"       # not > 50; 50 > 30
  harap kategori(30, PREDIKAT_AKIP) == "D"       # not > 30; 30 >= 0
  harap kategori(0, PREDIKAT_AKIP) == "D"        # D is >= 0
  harap bukan ada(kategori(-1, PREDIKAT_AKIP))   # no band matches: no predikat
}

uji "sakip: capaian minimal rumus Kemenkeu" {
  rencana UJI_SAKIP
  periode 2025
  data {
    I2 2025 12
  }
  harap capaian(I2) == 80                       # (2 - 12 / 10) x 100 = (2 - 1.2) x 100
  harap capaian_minimal_kemenkeu(12, 10) == 80  # the same formula by name
  harap capaian_minimal_kemenkeu(8, 10) == 120  # (2 - 0.8) x 100
  harap capaian_minimal_kemenkeu(25, 10) == 0   # (2 - 2.5) x 100 = -50, never below 0
}

uji "sakip: capaian minimal rumus T/R" {
  rencana UJI_SAKIP
  periode 2025
  data {
    I3 2025 12
  }
  harap capaian(I3) == 83.33                 # 10 / 12 x 100 = 83.333...
  harap capaian_minimal_tr(12, 10) == 83.33  # the same formula by name
  harap capaian_minimal_tr(8, 10) == 125     # 10 / 8 x 100
  harap capaian_minimal_tr(0, 10) == 100     # R = 0: 100, not a division by zero
}

uji "sakip: capaian minimal rumus T/R dengan realisasi 0" {
  rencana UJI_SAKIP
  periode 2025
  data {
    I3 2025 0
  }
  harap capaian(I3) == 100  # R = 0 gives 100
}

uji "sakip: capaian minimal tanpa batas bawah 0" {
  rencana UJI_SAKIP
  periode 2025
  data {
    I4 2025 25
  }
  harap capaian(I4) == -50                         # (2 - 25 / 10) x 100, not floored
  harap capaian_minimal_tanpa_batas(12, 10) == 80  # (2 - 1.2) x 100
  harap capaian_minimal_tanpa_batas(8, 10) == 120  # (2 - 0.8) x 100
}

uji "sakip: capaian_terburuk" {
  rencana UJI_SAKIP
  periode 2025
  data {
    I5 2025 12
  }
  harap capaian(I5) == 80                    # (12 - 20) / (10 - 20) x 100 = -8 / -10 x 100
  harap capaian_terburuk(8, 10, 20) == 120   # (8 - 20) / (10 - 20) x 100 = -12 / -10 x 100
  harap capaian_terburuk(25, 10, 20) == 0    # (25 - 20) / -10 x 100 = -50, never below 0
  harap capaian_terburuk(65, 80, 50) == 50   # higher is better, W below T: (65 - 50) / (80 - 50) x 100
  harap capaian_terburuk(95, 80, 50) == 150  # (95 - 50) / 30 x 100
  harap capaian_terburuk(4, 0, 10) == 60     # T = 0: (4 - 10) / (0 - 10) x 100
}

uji "sakip: fixed bug: a division by zero in a floored formula is kosong, not 0" {
  rencana UJI_SAKIP
  periode 2025
  # maks(0, kosong) is 0 (maks skips kosong), so capaian_minimal_kemenkeu
  # written with maks gave 0 for a target of 0 instead of kosong.
  harap bukan ada(capaian_minimal_kemenkeu(5, 0))        # 5 / 0: kosong (W401 at the call)
  harap bukan ada(capaian_terburuk(5, 10, 10))           # T = W: (5 - 10) / 0: kosong
  harap capaian_tidak_negatif(-3) == 0
  harap capaian_tidak_negatif(7) == 7
  harap bukan ada(capaian_tidak_negatif(realisasi(I2)))  # no row: kosong stays kosong
}

uji "sakip: PREDIKAT_AKIP menilai nilai AKIP, dari realisasi" {
  rencana UJI_SAKIP
  periode 2025
  data {
    I6 2025 79.35
  }
  harap capaian(I6) == 97.96                            # 79.35 / 81 x 100 = 97.962...
  harap kategori(realisasi(I6), PREDIKAT_AKIP) == "BB"  # 79.35: not > 80; > 70
  harap kategori(capaian(I6), PREDIKAT_AKIP) == "AA"    # what rating the capaian would wrongly say
}

uji "sakip: batas pita KINERJA_PERMENDAGRI_86" {
  rencana UJI_SAKIP
  periode 2025
  harap kategori(100, KINERJA_PERMENDAGRI_86) == "ST"
  harap kategori(91, KINERJA_PERMENDAGRI_86) == "ST"        # >= 91
  harap kategori(90.99, KINERJA_PERMENDAGRI_86) == "T"
  harap kategori(90.995, KINERJA_PERMENDAGRI_86) == "ST"    # shown as 91.00 (half away from zero)
  harap kategori(76, KINERJA_PERMENDAGRI_86) == "T"         # >= 76
  harap kategori(75.99, KINERJA_PERMENDAGRI_86) == "S"
  harap kategori(66, KINERJA_PERMENDAGRI_86) == "S"         # >= 66
  harap kategori(65.99, KINERJA_PERMENDAGRI_86) == "R"
  harap kategori(51, KINERJA_PERMENDAGRI_86) == "R"         # >= 51
  harap kategori(50.99, KINERJA_PERMENDAGRI_86) == "SR"
  harap kategori(0, KINERJA_PERMENDAGRI_86) == "SR"         # >= 0
  harap bukan ada(kategori(-0.01, KINERJA_PERMENDAGRI_86))  # no band matches
}

uji "sakip: capaian_batas" {
  rencana UJI_SAKIP
  periode 2025
  harap capaian_batas(133.33, 120) == 120  # min(133.33, 120)
  harap capaian_batas(95, 120) == 95       # min(95, 120)
}

uji "sakip: rata-rata sasaran dan rencana" {
  rencana UJI_SAKIP
  periode 2025
  data {
    I1 2025 95
    I2 2025 12
  }
  harap capaian(S1) == 87.5                                 # (95 + 80) / 2; I3 has no data and is left out
  harap bukan ada(capaian(I3))                              # kosong
  harap capaian(UJI_SAKIP) == 87.5                          # one sasaran
  harap kategori(capaian(UJI_SAKIP), PREDIKAT_AKIP) == "A"  # 87.5 > 80, not > 90
}

uji "sakip: aturan capaian di bawah 80%" {
  rencana UJI_SAKIP
  periode 2025
  data {
    I1 2025-TW1 30
    I1 2025-TW2 40
  }
  harap capaian(I1) == 70                            # (30 + 40) / 100 x 100
  harap kategori(capaian(I1), PREDIKAT_AKIP) == "B"  # 70 is not > 70; 70 > 60
  harap kategori(capaian(I1), CAPAIAN_LKJ) == "C"    # 60 <= 70 < 80
  harap temuan "Capaian di bawah 80% perlu rencana aksi"
}

uji "sakip: aturan capaian melampaui 120%" {
  rencana UJI_SAKIP
  periode 2025
  data {
    I1 2025 125
  }
  harap capaian(I1) == 125  # 125 / 100 x 100
  harap temuan "Capaian melampaui 120%"
}

uji "sakip: batas pita CAPAIAN_LKJ" {
  rencana UJI_SAKIP
  periode 2025
  harap kategori(120, CAPAIAN_LKJ) == "SB"
  harap kategori(100, CAPAIAN_LKJ) == "SB"  # >= 100
  harap kategori(99.99, CAPAIAN_LKJ) == "B"
  harap kategori(80, CAPAIAN_LKJ) == "B"    # >= 80
  harap kategori(79.99, CAPAIAN_LKJ) == "C"
  harap kategori(60, CAPAIAN_LKJ) == "C"    # >= 60
  harap kategori(59.99, CAPAIAN_LKJ) == "K"
  harap kategori(0, CAPAIAN_LKJ) == "K"     # >= 0
}
