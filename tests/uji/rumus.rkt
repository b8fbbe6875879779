# The default capaian formulas, one rule at a time (LANGUAGE.md §4.3;
# docs/language.md#capaian). Run: rkt test tests/uji
#
# Every indicator is of satuan `skor` (angka, so konsolidasi terakhir): the
# realisasi through TWn is the last row up to TWn, and the target, written
# once for the year, applies to every period. So one indicator with rows in
# TW1, TW2, TW3 and TW4 gives four capaian: capaian(X, TW1) .. capaian(X).
# `harap` compares at two decimals; the arithmetic is beside each line.

satuan skor : angka

rkt RUMUS "Rumus capaian" {
  tahun 2025

  sasaran S1 "Target rentang (PermenPANRB: T* = batas di sisi R)" {
    indikator MAKS_BAND "maksimal, rentang" { satuan skor target 80..90 }
    indikator MIN_BAND "minimal, rentang" { satuan skor polaritas minimal target 7..8 }
    indikator MAKS_TITIK "maksimal, target titik" { satuan skor target 5..5 }
    indikator MIN_TITIK "minimal, target titik" { satuan skor polaritas minimal target 5..5 }
    indikator STABIL_TITIK "stabil, target titik" { satuan skor polaritas stabil target 5..5 }
    indikator MAKS_BAND_BATAS "maksimal, rentang, batas" { satuan skor target 80..90 batas 105 }
  }

  sasaran S2 "Target atau batas 0" {
    indikator MAKS_NOL "maksimal, T = 0" { satuan skor target 0 }
    indikator MIN_NOL "minimal, T = 0" { satuan skor polaritas minimal target 0 }
    indikator MAKS_BAND_NOL "maksimal, rentang 0..5" { satuan skor target 0..5 }
    indikator MIN_BAND_NOL "minimal, rentang -5..0" { satuan skor polaritas minimal target -5..0 }
    indikator STABIL_NOL "stabil, rentang 0..5" { satuan skor polaritas stabil target 0..5 }
  }

  sasaran S3 "terburuk" {
    indikator MIN_W "minimal, terburuk" { satuan skor polaritas minimal target 10 terburuk 20 }
    indikator MAKS_W "maksimal, terburuk" { satuan skor target 80 terburuk 50 }
    indikator MIN_BAND_W "minimal, rentang, terburuk" { satuan skor polaritas minimal target 7..8 terburuk 12 }
    indikator MAKS_BAND_W "maksimal, rentang, terburuk" { satuan skor target 80..90 terburuk 50 }
    indikator MIN_NOL_W "minimal, T = 0, terburuk" { satuan skor polaritas minimal target 0 terburuk 10 }
  }

  sasaran S4 "Rumus sendiri" {
    indikator SENDIRI "capaian = 100" { satuan skor target 10 capaian = 100 }
    indikator SENDIRI2 "capaian dari indikator lain" { satuan skor target 10 capaian = capaian(MAKS_NOL) }
  }
}

uji "rumus: maksimal dengan target rentang" {
  rencana RUMUS
  periode 2025
  data {
    MAKS_BAND 2025-TW1 92
    MAKS_BAND 2025-TW2 85
    MAKS_BAND 2025-TW3 72
    MAKS_BAND 2025-TW4 80
  }
  harap capaian(MAKS_BAND, TW1) == 102.22     # above: 92 / 90 x 100 = 102.222...
  harap capaian(MAKS_BAND, TW2) == 100        # inside 80..90
  harap capaian(MAKS_BAND, TW3) == 90         # below: 72 / 80 x 100
  harap capaian(MAKS_BAND) == 100             # 80 is the lower bound: inside
  harap bukan ada(target(MAKS_BAND))          # a range is no single number
}

uji "rumus: minimal dengan target rentang" {
  rencana RUMUS
  periode 2025
  data {
    MIN_BAND 2025-TW1 6.5
    MIN_BAND 2025-TW2 7.5
    MIN_BAND 2025-TW3 10
    MIN_BAND 2025-TW4 20
  }
  harap capaian(MIN_BAND, TW1) == 107.14      # below: (2 - 6.5 / 7) x 100 = (2 - 0.928571...) x 100 = 107.142857...
  harap capaian(MIN_BAND, TW2) == 100         # inside 7..8
  harap capaian(MIN_BAND, TW3) == 75          # above: (2 - 10 / 8) x 100 = (2 - 1.25) x 100
  harap capaian(MIN_BAND) == 0                # above: (2 - 20 / 8) x 100 = -50, never below 0
}

uji "rumus: target titik 5..5" {
  rencana RUMUS
  periode 2025
  data {
    MAKS_TITIK 2025-TW1 5
    MAKS_TITIK 2025-TW2 4
    MAKS_TITIK 2025-TW3 6
    MIN_TITIK 2025-TW1 5
    MIN_TITIK 2025-TW2 4
    MIN_TITIK 2025-TW3 6
    STABIL_TITIK 2025-TW1 5
    STABIL_TITIK 2025-TW2 4
    STABIL_TITIK 2025-TW3 6
  }
  harap capaian(MAKS_TITIK, TW1) == 100       # R = 5: inside 5..5
  harap capaian(MAKS_TITIK, TW2) == 80        # 4 / 5 x 100
  harap capaian(MAKS_TITIK, TW3) == 120       # 6 / 5 x 100
  harap capaian(MIN_TITIK, TW1) == 100
  harap capaian(MIN_TITIK, TW2) == 120        # (2 - 4 / 5) x 100
  harap capaian(MIN_TITIK, TW3) == 80         # (2 - 6 / 5) x 100
  harap capaian(STABIL_TITIK, TW1) == 100
  harap capaian(STABIL_TITIK, TW2) == 80      # below: 4 / 5 x 100
  harap capaian(STABIL_TITIK, TW3) == 80      # above: (2 - 6 / 5) x 100
}

uji "rumus: batas pada target rentang" {
  rencana RUMUS
  periode 2025
  data {
    MAKS_BAND_BATAS 2025 99
  }
  harap capaian(MAKS_BAND_BATAS) == 105       # 99 / 90 x 100 = 110, capped at batas 105
}

uji "rumus: target dan batas 0" {
  rencana RUMUS
  periode 2025
  data {
    MAKS_NOL 2025-TW1 3
    MAKS_NOL 2025-TW2 -1
    MIN_NOL 2025-TW1 0
    MIN_NOL 2025-TW2 -2
    MIN_NOL 2025-TW3 1
    MAKS_BAND_NOL 2025-TW1 -1
    MAKS_BAND_NOL 2025-TW2 3
    MIN_BAND_NOL 2025-TW1 2
    MIN_BAND_NOL 2025-TW2 -6
    STABIL_NOL 2025-TW1 -1
  }
  harap capaian(MAKS_NOL, TW1) == 100         # T = 0, R >= 0
  harap capaian(MAKS_NOL, TW2) == 0           # T = 0, R < 0
  harap capaian(MIN_NOL, TW1) == 100          # T = 0, R <= 0
  harap capaian(MIN_NOL, TW2) == 100          # T = 0, R = -2 <= 0
  harap capaian(MIN_NOL, TW3) == 0            # T = 0, R > 0
  harap capaian(MAKS_BAND_NOL, TW1) == 0      # below 0..5: T* = 0, R < 0
  harap capaian(MAKS_BAND_NOL, TW2) == 100    # inside
  harap capaian(MIN_BAND_NOL, TW1) == 0       # above -5..0: T* = 0, R > 0
  harap capaian(MIN_BAND_NOL, TW2) == 80      # below: T* = -5, (2 - (-6) / (-5)) x 100 = (2 - 1.2) x 100
  harap capaian(STABIL_NOL, TW1) == 0         # stabil, below a band whose lower bound is 0
}

uji "rumus: terburuk pada target angka" {
  rencana RUMUS
  periode 2025
  data {
    MIN_W 2025-TW1 12
    MIN_W 2025-TW2 8
    MIN_W 2025-TW3 25
    MAKS_W 2025-TW1 65
    MAKS_W 2025-TW2 40
    MAKS_W 2025-TW3 95
    MIN_NOL_W 2025-TW1 4
  }
  harap capaian(MIN_W, TW1) == 80             # (W - R) / (W - T) x 100 = (20 - 12) / (20 - 10) x 100
  harap capaian(MIN_W, TW2) == 120            # (20 - 8) / (20 - 10) x 100
  harap capaian(MIN_W, TW3) == 0              # (20 - 25) / 10 x 100 = -50, never below 0
  harap capaian(MAKS_W, TW1) == 50            # (R - W) / (T - W) x 100 = (65 - 50) / (80 - 50) x 100
  harap capaian(MAKS_W, TW2) == 0             # (40 - 50) / 30 x 100 = -33.33, never below 0
  harap capaian(MAKS_W, TW3) == 150           # (95 - 50) / 30 x 100
  harap capaian(MIN_NOL_W, TW1) == 60         # T = 0: (10 - 4) / 10 x 100
}

uji "rumus: terburuk pada target rentang" {
  rencana RUMUS
  periode 2025
  data {
    MIN_BAND_W 2025-TW1 10
    MIN_BAND_W 2025-TW2 7.5
    MIN_BAND_W 2025-TW3 6
    MAKS_BAND_W 2025-TW1 65
    MAKS_BAND_W 2025-TW2 100
  }
  harap capaian(MIN_BAND_W, TW1) == 50        # above 7..8, T* = 8: (12 - 10) / (12 - 8) x 100
  harap capaian(MIN_BAND_W, TW2) == 100       # inside
  harap capaian(MIN_BAND_W, TW3) == 120       # below, T* = 7: (12 - 6) / (12 - 7) x 100
  harap capaian(MAKS_BAND_W, TW1) == 50       # below 80..90, T* = 80: (65 - 50) / (80 - 50) x 100
  harap capaian(MAKS_BAND_W, TW2) == 125      # above, T* = 90: (100 - 50) / (90 - 50) x 100
}

uji "rumus: rumus sendiri tanpa realisasi adalah kosong" {
  rencana RUMUS
  periode 2025
  data {
    MAKS_NOL 2025 3
  }
  harap bukan ada(realisasi(SENDIRI))
  harap bukan ada(capaian(SENDIRI))           # capaian = 100, but no realisasi: kosong
  harap bukan ada(capaian(SENDIRI2))          # capaian(MAKS_NOL) is 100, but SENDIRI2 has no realisasi
  harap capaian(MAKS_NOL) == 100
}

uji "rumus: rumus sendiri dengan realisasi" {
  rencana RUMUS
  periode 2025
  data {
    SENDIRI 2025 3
  }
  harap capaian(SENDIRI) == 100               # capaian = 100, with a realisasi
  harap bukan ada(capaian(SENDIRI, TW1))      # a yearly row does not lie within TW1: no realisasi
}
