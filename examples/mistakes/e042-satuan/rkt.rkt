# KESALAHAN E042 — satuan indikator berbeda dari Renstra.
#   Salah: IKU2 diukur dalam `sertifikat` di Renstra, tetapi RKT menulis
#   `satuan dokumen`. Target 12_000 dokumen tidak dapat dibandingkan dengan
#   12_000 sertifikat: capaian tahunan tidak bisa dijumlahkan ke Renstra.
#   Perbaikan: hapus baris `satuan` (RKT mewarisi satuan dari Renstra) atau
#   tulis `satuan sertifikat`. Bila satuannya memang berubah, ubah Renstra.
#
# MISTAKE E042 — the indicator's unit differs from the Renstra's.
#   Wrong: the Renstra measures IKU2 in `sertifikat` but the RKT writes
#   `satuan dokumen`. A target of 12_000 documents cannot be compared with
#   12_000 certificates, so the year cannot be added up against the Renstra.
#   Fix: delete the `satuan` line (the RKT inherits the Renstra's unit) or
#   write `satuan sertifikat`. If the unit really changed, amend the Renstra.
#
#   rkt check examples/mistakes/e042-satuan
#   -> error[E042] at `dokumen`; exit 1

impor "../renstra.rkt"

rkt RKT_E042_SATUAN "Rencana Kinerja Tahunan Balai Karantina Contoh Tahun 2025" {
  instansi "Balai Karantina Contoh"
  tahun    2025
  mengacu  RENSTRA_CONTOH

  sasaran SS1 {
    indikator IKU1 { target 90 }
    indikator IKU2 { satuan dokumen  target 12_000 }
  }
  sasaran SS2 {
    indikator IKU3 { target 10 }
  }
}
