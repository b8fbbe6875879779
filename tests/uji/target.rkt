# Targets through a period (LANGUAGE.md §4.2): cumulative maps of quarters,
# semesters and months, `periodik` maps consolidated by the indicator's
# konsolidasi, the elapsed share of a part for `jumlah` indicators, and
# target_bawah, target_atas, target_terlapor.  Run: rkt test tests/uji
#
# `harap A == B` compares numbers as shown, at two decimals.  Each figure is
# worked out by hand in the comment beside it.

satuan sertifikat : cacah
satuan persen : persen
satuan skor : angka

renstra UJI_TARGET_RENSTRA "Renstra" {
  periode 2025..2029
  sasaran S1 "Sasaran" {
    indikator C "sertifikat" {
      satuan sertifikat
      target { 2025: 25_945, 2026: 26_500, 2027: 27_000, 2028: 27_500, 2029: 28_000 }
    }
  }
}

rkt UJI_TARGET_RKT "Rencana" {
  tahun   2025
  mengacu UJI_TARGET_RENSTRA
  sasaran S1 {
    indikator C { target 25_945 }
  }
}

pk UJI_TARGET_PK "Perjanjian" {
  tahun   2025
  mengacu UJI_TARGET_RKT
  sasaran S1 {
    indikator C { target { TW1: 6_000, TW2: 12_500, TW3: 19_000, TW4: 25_945 } }
  }
}

pk UJI_TARGET "Perjanjian" {
  tahun 2025
  sasaran S1 "Sasaran" {
    # cumulative, jumlah (cacah)
    indikator C "sertifikat" { satuan sertifikat target { TW1: 6_000, TW2: 12_500, TW3: 19_000, TW4: 25_945 } }
    # periodik, jumlah: each quarter's own target
    indikator P "per triwulan" { satuan sertifikat target periodik { TW1: 10, TW2: 10, TW3: 10, TW4: 10 } }
    # periodik, rata
    indikator R "rata" { satuan skor konsolidasi rata target periodik { TW1: 80, TW2: 90, TW3: 70, TW4: 100 } }
    # cumulative, terakhir (persen): a month takes its quarter's entry
    indikator T "persen" { satuan persen target { TW1: 20, TW2: 45, TW3: 70, TW4: 90 } }
    # a semester map and a month map, cumulative, jumlah
    indikator SM "semester" { satuan sertifikat target { S1: 40, S2: 100 } }
    indikator BL "bulan" {
      satuan sertifikat
      target { B01: 10, B02: 20, B03: 30, B04: 40, B05: 50, B06: 60,
               B07: 70, B08: 80, B09: 90, B10: 100, B11: 110, B12: 120 }
    }
    # periodik semesters, terakhir; a band on a stabil indicator
    indikator SP "semester periodik" { satuan skor target periodik { S1: 60, S2: 75 } }
    indikator ST "band" { satuan skor polaritas stabil target 3..5 }
    # target_terlapor: rows for TW1 and TW3 only
    indikator L "terlapor" { satuan sertifikat target { TW1: 10, TW2: 30, TW3: 60, TW4: 100 } }
  }
}

uji "target: periodik jumlah, cumulative jumlah through May, rata, terakhir" {
  rencana UJI_TARGET
  periode 2025
  data {
    C 2025-TW1 5_000
  }
  harap target(P, TW2) == 20          # 10 + 10
  harap target(P) == 40               # 10 + 10 + 10 + 10, the year
  harap target(P, B05) == 16.67       # TW1 10 + 2/3 x TW2 10 = 16.666...
  harap target(P, TW1) == 10
  harap target(C, B05) == 10333.33    # 6_000 + 2/3 x (12_500 - 6_000) = 6_000 + 4_333.33
  harap target(C, B01) == 2000        # 0 + 1/3 x 6_000
  harap target(C, B03) == 6000        # TW1 ends within March: its entry
  harap target(C, S1) == 12500        # TW2
  harap target(C) == 25945            # TW4, the year
  harap target(R, TW2) == 85          # rata: (80 + 90) / 2
  harap target(R, B05) == 85          # rata, TW2 partly inside: its whole entry, (80 + 90) / 2
  harap target(R) == 85               # (80 + 90 + 70 + 100) / 4 = 340 / 4
  harap target(T, B05) == 45          # terakhir: the containing quarter's entry, TW2
  harap target(T, B03) == 20
}

uji "target: a semester map and a month map" {
  rencana UJI_TARGET
  periode 2025
  data {
    C 2025-TW1 5_000
  }
  harap target(SM, TW1) == 20         # jumlah, inside S1: 0 + 3/6 x 40
  harap target(SM, S1) == 40
  harap target(SM, TW2) == 40         # TW2 ends with S1
  harap target(SM, TW3) == 70         # 40 + 3/6 x (100 - 40) = 40 + 30
  harap target(SM, B08) == 60         # 40 + 2/6 x 60 = 40 + 20
  harap target(SM) == 100
  harap target(BL, TW1) == 30         # B03
  harap target(BL, B05) == 50
  harap target(BL, S2) == 120         # the year: B12
  harap target(SP, TW1) == 60         # terakhir, periodik: S1 partly inside, its whole entry
  harap target(SP) == 75              # terakhir of S1 60, S2 75
}

uji "target_bawah, target_atas and target of another year" {
  rencana UJI_TARGET
  periode 2025
  data {
    C 2025-TW1 5_000
  }
  harap target_bawah(ST) == 3
  harap target_atas(ST) == 5
  harap bukan ada(target(ST))          # a band is not one number
  harap target_bawah(C, TW2) == 12500  # a single number is both bounds
  harap target_atas(C, TW2) == 12500
}

uji "target of another year along the mengacu chain, with a map in the pk" {
  rencana UJI_TARGET_PK
  periode 2025
  data {
    C 2025-TW1 5_000
  }
  harap target(C, 2029) == 28000       # the Renstra's, through pk -> rkt -> renstra
  harap target(C, 2026) == 26500
  harap target(C) == 25945             # the year: TW4
  harap target(C, B05) == 10333.33     # 6_000 + 2/3 x 6_500
}

uji "target_terlapor: the own targets of the reported quarters" {
  rencana UJI_TARGET
  periode 2025
  data {
    L 2025-TW1 9
    L 2025-TW3 25
    P 2025-01 3
  }
  harap target_terlapor(L) == 40       # TW1 10 + TW3 (60 - 30) = 40
  harap target_terlapor(L, TW2) == 10  # through TW2 only TW1 has a row
  harap target_terlapor(P) == 10       # periodik: TW1 10 (the January row)
  harap target_terlapor(P, B02) == 6.67  # TW1 partly inside: 2/3 x 10
  harap bukan ada(target_terlapor(C))  # no row for C in this test
}
