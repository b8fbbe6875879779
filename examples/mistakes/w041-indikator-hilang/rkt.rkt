# KESALAHAN W041 (peringatan) — indikator Renstra tidak ada di RKT.
#   Salah: Renstra menargetkan IKU3 (kasus pelanggaran, sasaran SS2) untuk
#   2025, tetapi RKT tidak memuatnya sama sekali (seluruh SS2 terlewat saat
#   menyalin Lampiran). Tidak ada yang akan diukur untuk indikator itu.
#   Perbaikan: tambahkan `sasaran SS2 { indikator IKU3 { target 10 } }`; atau,
#   bila indikator itu sengaja tidak dikejar tahun ini, tandai
#   `indikator IKU3 { ditunda "alasan" }` (lihat ../w041-ditunda).
#
# MISTAKE W041 (warning) — a Renstra indicator is absent from the RKT.
#   Wrong: the Renstra sets a 2025 target for IKU3 (violation cases, sasaran
#   SS2), but the RKT leaves it out entirely (the whole of SS2 was skipped
#   when the appendix was copied). Nothing will be measured for it.
#   Fix: add `sasaran SS2 { indikator IKU3 { target 10 } }`; or, if it is
#   deliberately not pursued this year, mark it
#   `indikator IKU3 { ditunda "alasan" }` (see ../w041-ditunda).
#
#   rkt check examples/mistakes/w041-indikator-hilang
#   -> warning[W041] at `RENSTRA_CONTOH` naming IKU3; exit 0 (1 with --werror)

impor "../renstra.rkt"

rkt RKT_W041 "Rencana Kinerja Tahunan Balai Karantina Contoh Tahun 2025" {
  instansi "Balai Karantina Contoh"
  tahun    2025
  mengacu  RENSTRA_CONTOH

  sasaran SS1 {
    indikator IKU1 { target 90 }
    indikator IKU2 { target 12_000 }
  }
}
