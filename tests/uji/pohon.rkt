# The plan as a tree (LANGUAGE.md §3.1) through `rkt test`: a regional
# office's plan nested tujuan > sasaran strategis > program > sasaran
# program > kegiatan, computed by hand.  Run: rkt test tests/uji
#
# POHON_2026, whole year; every unit is persen (polaritas maksimal,
# konsolidasi terakhir), so capaian = R / T x 100:
#   IT 72 of 80 = 90;  IPA 45 of 50 = 90;  IPB 99 of 90 = 110;
#   IK 30 of 40 = 75;  IKB has no row.
# SS (no indicator of its own) takes its kin SPA and SPB, reached through
# program PR: SPA 90 (bobot 1), SPB 110 (bobot 3):
#   (90 + 3 x 110) / 4 = 420 / 4 = 105.
# PR has no indicator and no program below it: kosong.
# K1 takes its own IK only (IKB is kosong, left out): 75.
# The plan is the mean of its outermost sasaran: SS alone, 105; T1 (a
# tujuan) counts for itself only: 90.

satuan pohon_pct : persen

rkt POHON_2026 "Rencana pohon" {
  tahun 2026
  tujuan T1 "Tujuan" {
    indikator IT "Indikator tujuan" { satuan pohon_pct target 80 }
    sasaran SS "Sasaran strategis" {
      tingkat strategis
      program PR "Program" {
        sasaran SPA "Sasaran program A" {
          tingkat program
          indikator IPA "a" { satuan pohon_pct target 50 }
          kegiatan K1 "Kegiatan" {
            indikator IK "k" { satuan pohon_pct target 40 }
            indikator IKB "kb" { satuan pohon_pct target 10 }
          }
        }
        sasaran SPB "Sasaran program B" {
          tingkat program
          bobot   3
          indikator IPB "b" { satuan pohon_pct target 90 }
        }
      }
    }
  }
}

uji "POHON: roll-up over the tree" {
  rencana POHON_2026
  periode 2026
  data {
    IT  2026 72
    IPA 2026 45
    IPB 2026 99
    IK  2026 30
  }
  harap capaian(SPA) == 90
  harap capaian(SPB) == 110
  harap capaian(SS) == 105
  harap capaian(T1) == 90
  harap capaian(K1) == 75
  harap bukan ada(capaian(PR))
  harap capaian(POHON_2026) == 105
}
