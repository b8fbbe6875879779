# KESALAHAN E040 — kode indikator yang tidak ada di Renstra.
#   Salah: indikator kedua ditulis `IKU02`, padahal Renstra RENSTRA_CONTOH
#   menamainya `IKU2`. Uraian, satuan dan target disalin lengkap, jadi
#   indikatornya sendiri terbaca, tetapi tidak terhubung ke Renstra. Karena
#   `IKU2` yang sebenarnya kini tidak ada di RKT, `rkt check` juga
#   memperingatkan W041 (indikator Renstra tidak ada): satu salah ketik, dua
#   temuan.
#   Perbaikan: tulis kode persis seperti di Renstra: `indikator IKU2`; kedua
#   temuan hilang.
#
# MISTAKE E040 — an indikator code that is not in the Renstra.
#   Wrong: the second indicator is written `IKU02`, but Renstra
#   RENSTRA_CONTOH calls it `IKU2`. Its uraian, satuan and target are copied
#   in full, so the indicator itself reads fine, but it is not linked to the
#   Renstra. As the real `IKU2` is now missing from the RKT, `rkt check` also
#   warns W041 (Renstra indicator absent): one typo, two findings.
#   Fix: write the code exactly as the Renstra does: `indikator IKU2`; both
#   findings go away.
#
#   rkt check examples/mistakes/e040-kode-indikator
#   -> warning[W041] at `mengacu`, error[E040] at `IKU02`: "did you mean
#      'IKU2'?"; exit 1

impor "../renstra.rkt"

rkt RKT_E040_INDIKATOR "Rencana Kinerja Tahunan Balai Karantina Contoh Tahun 2025" {
  instansi "Balai Karantina Contoh"
  tahun    2025
  mengacu  RENSTRA_CONTOH

  sasaran SS1 {
    indikator IKU1 { target 90 }
    indikator IKU02 "Jumlah media pembawa yang diperiksa dalam wilayah kerja" {
      satuan sertifikat
      target 12_000
    }
  }
  sasaran SS2 {
    indikator IKU3 { target 10 }
  }
}
