# Tests of the regional example (ILUSTRATIF): the rows are those of
# realisasi-2026.csv.  Run: rkt test examples/dinas
#
# Budgets add up (docs/language.md, "Budget"):
#   SK1789 500_000_000 + 742_832_409 = 1_242_832_409 of 2_500_000_000
#   SK1790 300_000_000 + 400_000_000 =   700_000_000 of 1_500_000_000
#   K583 = P39 = 1_942_832_409 of 4_000_000_000 = 48.57 %
#   SK1800 = K600 = P40 = 800_000_000 of 3_010_548_753 = 26.57 %
#   the plan: 2_742_832_409 / 7_010_548_753 = 39.1243... = 39.12 %
# A mean of the subkegiatan's percentages would give
# (49.71 + 46.67 + 26.57) / 3 = 40.98: the pagu are unequal.

impor "rkt-2026.rkt"

uji "DP3A: serapan from the sums" {
  rencana RKT_DP3A_2026
  periode 2026
  data {
    SK1789 2026-TW1 500_000_000
    SK1789 2026-TW2 742_832_409
    SK1790 2026-TW1 300_000_000
    SK1790 2026-TW2 400_000_000
    SK1800 2026-TW2 800_000_000
  }
  harap anggaran(RKT_DP3A_2026) == 7_010_548_753  # 4_000_000_000 + 3_010_548_753
  harap realisasi_anggaran(RKT_DP3A_2026) == 2_742_832_409
  harap serapan(RKT_DP3A_2026) == 39.12           # not 40.98
  harap serapan(P39) == 48.57                     # 1_942_832_409 / 4_000_000_000
  harap serapan(SK1800) == 26.57                  # 800_000_000 / 3_010_548_753
  harap serapan(RKT_DP3A_2026, TW1) == 11.41      # 800_000_000 / 7_010_548_753
  harap bukan ada(realisasi_anggaran(P40, TW1))   # SK1800's first row is in TW2
}

uji "DP3A: capaian over the tree" {
  rencana RKT_DP3A_2026
  periode 2026
  data {
    IT1 2026    91.2
    I1  2026    73.5
    I2  2026-S1 84.5
  }
  harap capaian(I1) == 101.84            # 73.5 / 72.17 x 100
  harap capaian(I2) == 93.89             # 84.5 / 90 x 100
  harap capaian(T1) == 98.01             # 91.2 / 93.05 x 100: its own indicator
  harap capaian(RKT_DP3A_2026) == 97.87  # (101.84 + 93.89) / 2, the outermost sasaran
}
