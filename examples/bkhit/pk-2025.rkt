# ILUSTRATIF — the seed has no Perjanjian Kinerja; this PK is invented to
# show quarterly targets. Its annual targets are the RKT 2025's.
#
# A PK inherits uraian, satuan and polaritas from its RKT (`mengacu`), so
# each indicator states only its target. Quarterly targets are cumulative:
# each is the amount expected from January through the end of that quarter,
# so they never decrease and TW4 is the annual target. The nilai indicators
# (IKSP9-11) are measured once a year and keep the annual target only.

impor "sakip"  # the units and the generic rules
impor "rkt-2025.rkt"

pk PK_BKHIT_2025 "Perjanjian Kinerja Balai Karantina Hewan, Ikan dan Tumbuhan Kalimantan Barat Tahun 2025" {
  instansi "Balai Karantina Hewan, Ikan dan Tumbuhan Kalimantan Barat"
  tahun    2025
  mengacu  RKT_BKHIT_2025
  # no plan predikat; IKSP11 takes PREDIKAT_AKIP dari realisasi from the RKT

  sasaran SP1 {
    indikator IKSP1 { target { TW1: 1, TW2: 1, TW3: 2, TW4: 3 } }
    indikator IKSP2 { target { TW1: 1, TW2: 2, TW3: 2, TW4: 3 } }
    indikator IKSP3 { target { TW1: 6_000, TW2: 12_500, TW3: 19_000, TW4: 25_945 } }
    indikator IKSP4 { target { TW1: 2_300, TW2: 4_800, TW3: 7_300, TW4: 9_865 } }
  }

  sasaran SP2 {
    indikator IKSP5 { target { TW1: 8, TW2: 16, TW3: 25, TW4: 33 } }
    indikator IKSP6 { target { TW1: 8, TW2: 16, TW3: 25, TW4: 33 } }
    # No case is planned for 2025: every quarter's target is 0.
    indikator IKSP7 { target { TW1: 0, TW2: 0, TW3: 0, TW4: 0 } }
  }

  sasaran SP3 {
    indikator IKSP8 { target { TW1: 9, TW2: 18, TW3: 27, TW4: 36 } }
    indikator IKSP9 { target 81 }
  }

  sasaran SP4 {
    indikator IKSP10 { target 81 }
  }

  sasaran SP5 {
    indikator IKSP11 { target 81 }
  }

  # pihak pertama: the seed's signer; pihak kedua (ilustratif): the
  # superior, whom the seed does not name (rkt report --jenis pk)
  tempat        "Pontianak"
  tanggal       "2025-02-07"
  penandatangan { jabatan "Kepala Balai" nama "Amdali Adhitama" }
  pihak_kedua   { jabatan "Kepala Badan Karantina Indonesia" nama "(nama pihak kedua)" plt benar }
}
