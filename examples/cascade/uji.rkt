# Tests of the cascading example (ILUSTRATIF): the rows are those of
# realisasi-2025.csv, each for the supporter's plan it names.
# Run: rkt test examples/cascade
#
# Laporan are counted (cacah): a plan's realisasi adds up its quarters.
#   IRWIL1: 1 + 3 = 4 of target 3 = 133.33 %
#   IRWIL2: 4         of target 4 = 100 %
#   IK2 (jumlah over its supporters): 4 + 4 = 1 + 3 + 4 = 8 of 7 = 114.29 %
#   through TW1: 1 + 4 = 5 of 7 = 71.43 %

impor "pk-kaban-2025.rkt"
impor "pk-irwil1-2025.rkt"
impor "pk-irwil2-2025.rkt"

uji "KABAN: IK2 adds up its supporters' realisasi" {
  rencana PK_KABAN_2025
  periode 2025
  data {
    PK_IRWIL1_2025 IW1 2025-TW1 1
    PK_IRWIL1_2025 IW1 2025-TW2 3
    PK_IRWIL2_2025 IW2 2025-TW1 4
  }
  harap realisasi(IK2) == 8     # 1 + 3 + 4
  harap capaian(IK2) == 114.29  # 8 / 7 x 100
}

uji "KABAN: IK2 through TW1" {
  rencana PK_KABAN_2025
  periode 2025-TW1
  data {
    PK_IRWIL1_2025 IW1 2025-TW1 1
    PK_IRWIL1_2025 IW1 2025-TW2 3
    PK_IRWIL2_2025 IW2 2025-TW1 4
  }
  harap realisasi(IK2) == 5    # 1 + 4: TW2's 3 comes later
  harap capaian(IK2) == 71.43  # 5 / 7 x 100
}

uji "IRWIL1: its own capaian" {
  rencana PK_IRWIL1_2025
  periode 2025
  data {
    IW1 2025-TW1 1
    IW1 2025-TW2 3
  }
  harap realisasi(IW1) == 4     # 1 + 3
  harap capaian(IW1) == 133.33  # 4 / 3 x 100
}

uji "IRWIL2: its own capaian" {
  rencana PK_IRWIL2_2025
  periode 2025
  data {
    IW2 2025-TW1 4
  }
  harap capaian(IW2) == 100  # 4 / 4 x 100
}
