# Earlier years (LANGUAGE.md §4.1, §4.2, §7; docs/language.md
# "Expressions"): realisasi, target and capaian of a year before the plan
# year, from the history rows of a test's data and the targets of the
# mengacu chain, and pelaksana(i).  Every figure computed by hand in the
# comment beside it.  Run: rkt test tests/uji
#
# RIWAYAT_PK 2025 -> RIWAYAT_RKT 2025 -> RIWAYAT_RENSTRA 2025..2029: IKSP3
# counts (cacah, so konsolidasi jumlah), IKSP4 is a persen (terakhir).
# LAMA_RKT 2025 -> LAMA_RENSTRA 2021..2025, the last year of a Renstra,
# which states 2024's targets: capaian of 2024 is computed there.

satuan sertifikat : cacah
satuan persentase : persen

renstra RIWAYAT_RENSTRA "Renstra 2025-2029" {
  periode 2025..2029
  sasaran SP1 "Layanan karantina" {
    indikator IKSP3 "Media pembawa dibebaskan" {
      satuan sertifikat
      kondisi_awal 24_500
      target { 2025: 25_945, 2026: 26_500, 2027: 27_000, 2028: 27_500, 2029: 28_000 }
    }
    indikator IKSP4 "Kepatuhan" { satuan persentase target { 2025: 80, 2029: 90 } }
  }
}

rkt RIWAYAT_RKT "RKT 2025" {
  tahun 2025
  mengacu RIWAYAT_RENSTRA
  sasaran SP1 {
    indikator IKSP3 { target 25_945 pelaksana "Seksi Karantina Tumbuhan" }
    indikator IKSP4 { target 80 }
  }
}

pk RIWAYAT_PK "PK 2025" {
  tahun 2025
  mengacu RIWAYAT_RKT
  sasaran SP1 {
    indikator IKSP3 { target { TW1: 6_000, TW2: 12_500, TW3: 19_000, TW4: 25_945 } }
    indikator IKSP4 { target 80 }
  }
}

uji "realisasi of 2024: its rows by konsolidasi; target of 2029 through the chain" {
  rencana RIWAYAT_PK
  periode 2025
  data {
    IKSP3 2024-TW1 5_000
    IKSP3 2024-TW2 5_500
    IKSP3 2025-TW1 6_112
    IKSP4 2023 70
    IKSP4 2024-TW1 77
    IKSP4 2024-TW3 79
  }
  harap realisasi(IKSP3, 2024) == 10_500     # 5_000 + 5_500 (jumlah: sertifikat counts)
  harap realisasi(IKSP3, 2024-TW1) == 5_000  # 2024 through TW1 only
  harap realisasi(IKSP3, 2024-S1) == 10_500  # TW1 and TW2 lie inside 2024's S1
  harap realisasi(IKSP3) == 6_112            # 2025 alone: the history changes nothing
  harap capaian(IKSP3) == 23.56              # 6_112 / 25_945 x 100 = 23.5575...
  harap realisasi(IKSP4, 2024) == 79         # terakhir: TW3's 79, after TW1's 77
  harap realisasi(IKSP4, 2023) == 70
  harap bukan ada(realisasi(IKSP3, 2023))    # a year of history without rows
  harap bukan ada(realisasi(IKSP4))          # no row of 2025
  harap target(IKSP3, 2029) == 28_000        # PK -> RKT -> Renstra: its 2029
  harap target(IKSP3, 2026) == 26_500
  harap target(IKSP3, 2025) == 25_945        # the plan year: the PK's own TW4
  harap target(IKSP4, 2029) == 90
  harap bukan ada(target(IKSP3, 2024))       # no plan of the chain states 2024
  harap bukan ada(capaian(IKSP3, 2024))      # so 2024 has no capaian here
  harap bukan ada(realisasi(IKSP3, 2019))    # before the five years of history
}

uji "pelaksana(i): inherited from the RKT, kosong when unset" {
  rencana RIWAYAT_PK
  harap pelaksana(IKSP3) == "Seksi Karantina Tumbuhan"
  harap bukan ada(pelaksana(IKSP4))
  harap bukan (pelaksana(IKSP4) == "")      # kosong compares with nothing
  harap bukan ada(pelaksana(SP1))           # a sasaran has no pelaksana
}

renstra LAMA_RENSTRA "Renstra 2021-2025" {
  periode 2021..2025
  sasaran SP1 "Layanan" {
    indikator IKSP3 "Media pembawa dibebaskan" { satuan sertifikat target { 2024: 10_000, 2025: 11_000 } }
    indikator IKSP5 "Pelanggaran" { satuan sertifikat polaritas minimal target { 2024: 10, 2025: 8 } }
  }
}

rkt LAMA_RKT "RKT 2025" {
  tahun 2025
  mengacu LAMA_RENSTRA
  sasaran SP1 {
    indikator IKSP3 { target 11_000 }
    indikator IKSP5 { target 8 }
  }
}

uji "capaian of 2024 from 2024's realisasi and the Renstra's 2024 target" {
  rencana LAMA_RKT
  data {
    IKSP3 2024-TW1 5_000
    IKSP3 2024-TW2 5_500
    IKSP3 2025 12_100
    IKSP5 2024 12
    IKSP5 2025 6
  }
  harap capaian(IKSP3, 2024) == 105          # 10_500 / 10_000 x 100
  harap capaian(IKSP5, 2024) == 80           # minimal: (2 - 12 / 10) x 100
  harap capaian(SP1, 2024) == 92.5           # (105 + 80) / 2
  harap capaian(LAMA_RKT, 2024) == 92.5      # one sasaran
  harap capaian(IKSP3, 2024-TW1) == 50       # 5_000 / 10_000 x 100: another year has no parts' targets
  harap capaian(IKSP3) == 110                # 2025: 12_100 / 11_000 x 100
  harap capaian(IKSP5) == 125                # 2025: (2 - 6 / 8) x 100
  harap capaian(SP1) == 117.5                # (110 + 125) / 2
  harap bukan ada(capaian(IKSP3, 2023))      # neither rows nor a target of 2023
}
