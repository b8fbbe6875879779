# KESALAHAN W042 (peringatan) — uraian indikator berbeda dari Renstra.
#   Salah: uraian IKU2 di RKT memuat salah ketik "dalamn" (Renstra: "dalam"),
#   slip yang sama dengan Lampiran RKT BKHIT 2025 (examples/bkhit). Salah
#   ketik di dokumen resmi akan terbawa ke Perjanjian Kinerja dan LKj.
#   Perbaikan: perbaiki ketikannya, atau hapus uraian di RKT agar diwarisi
#   dari Renstra (`indikator IKU2 { target 12_000 }`).
#
# MISTAKE W042 (warning) — the uraian of an indikator differs from the Renstra's.
#   Wrong: IKU2's text in the RKT has the typo "dalamn" (Renstra: "dalam"),
#   the same slip as in the appendix of the BKHIT RKT 2025 (examples/bkhit).
#   A typo in an official document carries over into the PK and the LKj.
#   Fix: correct the typo, or drop the uraian from the RKT so it is inherited
#   from the Renstra (`indikator IKU2 { target 12_000 }`).
#
#   rkt check examples/mistakes/w042-uraian-indikator
#   -> warning[W042] at the uraian, with both texts; exit 0 (1 with --werror)

impor "../renstra.rkt"

rkt RKT_W042_INDIKATOR "Rencana Kinerja Tahunan Balai Karantina Contoh Tahun 2025" {
  instansi "Balai Karantina Contoh"
  tahun    2025
  mengacu  RENSTRA_CONTOH

  sasaran SS1 {
    indikator IKU1 { target 90 }
    indikator IKU2 "Jumlah media pembawa yang diperiksa dalamn wilayah kerja" { target 12_000 }
  }
  sasaran SS2 {
    indikator IKU3 { target 10 }
  }
}
