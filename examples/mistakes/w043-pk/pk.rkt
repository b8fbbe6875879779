# KESALAHAN W043 (peringatan) — target PK berbeda dari target RKT.
#   Salah: target triwulan IKU2 di Perjanjian Kinerja berakhir pada
#   TW4: 11_500, padahal target tahunan di RKT 12_000. Target triwulan
#   bersifat kumulatif, jadi TW4 adalah target setahun; yang ditandatangani
#   pimpinan tidak sama dengan yang direncanakan.
#   Perbaikan: naikkan target triwulan agar TW4 = 12_000 (misalnya
#   TW1: 2_800, TW2: 5_900, TW3: 9_000, TW4: 12_000), atau ubah RKT bila
#   target tahunannya memang direvisi.
#
# MISTAKE W043 (warning) — a PK target differs from the RKT's.
#   Wrong: the quarterly targets of IKU2 in the performance agreement end at
#   TW4: 11_500, but the RKT's annual target is 12_000. Quarterly targets are
#   cumulative, so TW4 is the year's target: what the head of office signs
#   is not what was planned.
#   Fix: raise the quarterly targets so that TW4 = 12_000 (e.g. TW1: 2_800,
#   TW2: 5_900, TW3: 9_000, TW4: 12_000), or amend the RKT if its annual
#   target was really revised.
#
#   rkt check examples/mistakes/w043-pk
#   -> warning[W043] at `11_500`; exit 0 (1 with --werror)

impor "rkt.rkt"

pk PK_W043 "Perjanjian Kinerja Balai Karantina Contoh Tahun 2025" {
  instansi "Balai Karantina Contoh"
  tahun    2025
  mengacu  RKT_W043

  sasaran SS1 {
    indikator IKU1 { target 90 }
    indikator IKU2 { target { TW1: 2_700, TW2: 5_600, TW3: 8_500, TW4: 11_500 } }
  }
  sasaran SS2 {
    indikator IKU3 { target { TW1: 2, TW2: 5, TW3: 7, TW4: 10 } }
  }
}
