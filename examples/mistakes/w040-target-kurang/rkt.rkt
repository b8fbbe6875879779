# KESALAHAN W040 (peringatan) — target di bawah target Renstra tahun itu.
#   Salah: Renstra menargetkan IKU1 (sertifikat tepat waktu) 90% pada 2025,
#   tetapi RKT menulis 88 tanpa penjelasan. Untuk indikator `maksimal`, target
#   yang lebih rendah berarti RKT tidak mengejar Renstra.
#   Perbaikan: naikkan target ke 90, atau jelaskan penurunannya dengan
#   `keterangan "..."` pada indikator itu (lihat ../w040-keterangan).
#
# MISTAKE W040 (warning) — a target short of the Renstra's for that year.
#   Wrong: the Renstra sets IKU1 (certificates issued on time) at 90% for
#   2025, but the RKT writes 88 with no explanation. For a `maksimal`
#   indicator a lower target means the RKT does not pursue the Renstra.
#   Fix: raise the target to 90, or explain the cut with `keterangan "..."`
#   on that indicator (see ../w040-keterangan).
#
#   rkt check examples/mistakes/w040-target-kurang
#   -> warning[W040] at `88`; exit 0 (1 with --werror)

impor "../renstra.rkt"

rkt RKT_W040 "Rencana Kinerja Tahunan Balai Karantina Contoh Tahun 2025" {
  instansi "Balai Karantina Contoh"
  tahun    2025
  mengacu  RENSTRA_CONTOH

  sasaran SS1 {
    indikator IKU1 { target 88 }
    indikator IKU2 { target 12_000 }
  }
  sasaran SS2 {
    indikator IKU3 { target 10 }
  }
}
