# Expressions evaluated against a result (LANGUAGE.md §4.4, §4.6, §5):
# kosong in comparisons and ada(), the built-ins, and period arguments.
# Moved from tests/unit/test_eval.c, which wrote these very harap lines in
# a uji block and evaluated each; one uji here for each of its tests (the
# test's name in brackets).  Run: rkt test tests/uji
#
# `harap A == B` compares numbers as shown, at two decimals.  Where a
# wrong value would show the same two decimals (a bulat that does not
# round, a third decimal), the expectation is scaled so that it shows.
# A kosong value is `bukan ada(...)`; a comparison that must be false is
# `bukan (...)`, evaluated whole, as the test did.

satuan buah : cacah
satuan skor : angka

skala P {
  AA "Sangat" : > 90
  A  "Baik"   : > 80
  B  "Cukup"  : >= 0
}

rkt UJI_KOSONG "Rencana" {
  tahun 2025
  sasaran S1 "Sasaran" {
    indikator I1 "a" { satuan skor target 10 }
    indikator I2 "b" { satuan skor target 10 }
  }
}

# I2 has no row: kosong.  A comparison with kosong is false, whichever it is.
uji "kosong in comparisons and ada() [test_kosong_comparisons_and_ada]" {
  rencana UJI_KOSONG
  periode 2025
  data {
    I1 2025 8
  }
  harap bukan (realisasi(I2) < 1)           # kosong < 1: false
  harap bukan (realisasi(I2) >= 1)          # kosong >= 1: false too
  harap bukan (realisasi(I2) == realisasi(I2))  # kosong == kosong: false
  harap bukan (realisasi(I2) != 1)          # kosong != 1: false
  harap bukan ada(realisasi(I2))
  harap ada(realisasi(I1))
  harap bukan ada(capaian(I2))
  harap ada(target(I2))                     # targets are declared
  harap bukan (realisasi(I1) > 1 dan realisasi(I2) < 1)
  harap realisasi(I1) > 1 atau realisasi(I2) < 1
  harap (jika realisasi(I2) < 1 maka 1 lainnya 2) == 2   # the condition is false: lainnya
  harap bukan ada(realisasi(I2) + 1)        # kosong + 1 is kosong
}

rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Sasaran" {
    indikator I1 "Uraian satu" { satuan skor target 80 }
    indikator I2 "Uraian dua" { satuan skor target 3..5 polaritas stabil }
  }
}

# I1 terakhir (angka) = 80 -> 80 / 80 x 100 = 100; I2 4 inside 3..5: 100.
uji "the built-ins [test_builtins]" {
  rencana R
  periode 2025
  data {
    I1 2025-TW1 76
    I1 2025-TW2 80
    I2 2025     4
  }
  harap kategori(capaian(I1), P) == "AA"
  harap kategori(90.004, P) == "A"          # classified as shown: 90.00
  harap kategori(90.005, P) == "AA"         # 90.01
  harap bukan ada(kategori(-1, P))          # no band
  harap kode(I1) == "I1"
  harap uraian(I1) == "Uraian satu"
  harap kode(S1) == "S1"
  harap uraian(S1) == "Sasaran"
  harap bulat(2.345, 2) * 100 == 235        # half away from zero on the decimal 2.345
  harap bulat(1.005, 2) * 100 == 101        # 1.005 -> 1.01 as a spreadsheet
  harap bulat(2.5) == 3                     # no n: a whole number, half away from zero
  harap bulat(-2.5, 0) == -3
  harap bulat(1234.5678, 1) * 10 == 12346
  harap abs(-3.5) == 3.5
  harap target(I1) == 80
  harap bukan ada(target(I2))               # a range target is kosong in an expression
  harap realisasi(I1) == 80
  harap capaian(I1) == 100
  harap capaian(S1) == 100                  # (100 + 100) / 2
  harap capaian(R) == 100
  harap realisasi(I1, TW1) == 76            # through TW1
  harap capaian(I1, S1) == 100              # through S1: terakhir 80
  harap capaian(S1, TW1) == 95              # TW1: I1 76 / 80 = 95; I2's yearly row does not count
  harap kode(R) == "R"
  harap 7 / 2 == 3.5
  harap "teks" == "teks"
}

rkt UJI_BULAT "Rencana" {
  tahun 2025
  sasaran S1 "Sasaran" {
    indikator I1 "a" { satuan skor target 80 }
  }
}

# Fixed bug: rounding is half away from zero on the shortest decimal that
# reads back as the same double (LANGUAGE.md §4.6), for every n.  bulat
# multiplied by 10^n in binary for n other than 2: 0.5005 x 1000 =
# 500.49999999999994 gave 0.5, where a spreadsheet's ROUND(0.5005; 3)
# gives 0.501.
uji "bulat with three decimals and a tie [bug_bulat_three_decimals_tie]" {
  rencana UJI_BULAT
  periode 2025
  harap bulat(1.005, 2) * 100 == 101        # n = 2: the decimal rule
  harap bulat(1.45, 1) * 10 == 15           # n = 1: 1.45 x 10 happens to give 14.5
  harap bulat(0.5005, 3) * 1000 == 501      # n = 3: 0.5005 -> 0.501
}

rkt UJI_TAHUN "Rencana" {
  tahun 2025
  sasaran S1 "Sasaran" {
    indikator I1 "a" { satuan buah target { TW1: 10, TW2: 20, TW3: 30, TW4: 40 } }
  }
}

# Fixed bug: the year of a dated period argument was ignored, so
# realisasi(I1, 2024-TW2) was 2025's 22 and target(I1, 2024) 2025's 40.
# There is no data and no target for another year: kosong.
uji "a period argument of another year is kosong [bug_period_argument_of_another_year]" {
  rencana UJI_TAHUN
  periode 2025
  data {
    I1 2025-TW1 10
    I1 2025-TW2 12
  }
  harap realisasi(I1, 2025-TW2) == 22       # 10 + 12: the plan's own year
  harap bukan ada(realisasi(I1, 2024-TW2))
  harap bukan ada(target(I1, 2024))
  harap bukan ada(capaian(I1, 2026))
  harap bukan ada(capaian(S1, 2024))
}
