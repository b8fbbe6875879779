# KESALAHAN E040 — kode sasaran yang tidak ada di Renstra.
#   Salah: sasaran kedua ditulis `SS.2`, meniru penulisan "SP. 1" di dokumen,
#   padahal Renstra RENSTRA_CONTOH menamainya `SS2`. Kode adalah kunci yang
#   menghubungkan RKT dengan Renstra; `SS.2` tidak dikenal di sana.
#   Perbaikan: tulis kode persis seperti di Renstra: `sasaran SS2`.
#
# MISTAKE E040 — a sasaran code that is not in the Renstra.
#   Wrong: the second sasaran is written `SS.2`, copying the document's
#   "SP. 1" style, but Renstra RENSTRA_CONTOH calls it `SS2`. The code is the
#   key that links the RKT to its Renstra, and `SS.2` is unknown there.
#   Fix: write the code exactly as the Renstra does: `sasaran SS2`.
#
#   rkt check examples/mistakes/e040-kode-sasaran
#   -> error[E040] at `SS.2`: "did you mean 'SS2'?"; exit 1

impor "../renstra.rkt"

rkt RKT_E040_SASARAN "Rencana Kinerja Tahunan Balai Karantina Contoh Tahun 2025" {
  instansi "Balai Karantina Contoh"
  tahun    2025
  mengacu  RENSTRA_CONTOH

  sasaran SS1 {
    indikator IKU1 { target 90 }
    indikator IKU2 { target 12_000 }
  }
  sasaran SS.2 "Terealisasinya keterlibatan masyarakat dalam pengawasan perkarantinaan" {
    indikator IKU3 { target 10 }
  }
}
