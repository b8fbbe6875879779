# KESALAHAN E042 — polaritas indikator berbeda dari Renstra.
#   Salah: IKU3 (jumlah kasus pelanggaran) berpolaritas `minimal` di Renstra:
#   makin sedikit kasus makin baik. RKT menulis `polaritas maksimal`, sehingga
#   capaiannya akan dihitung terbalik (20 kasus = 200%).
#   Perbaikan: hapus baris `polaritas` (RKT mewarisinya dari Renstra) atau
#   tulis `polaritas minimal`.
#
# MISTAKE E042 — the indicator's polarity differs from the Renstra's.
#   Wrong: IKU3 (number of violation cases) is `minimal` in the Renstra: fewer
#   cases is better. The RKT writes `polaritas maksimal`, so its achievement
#   would be computed the wrong way round (20 cases = 200%).
#   Fix: delete the `polaritas` line (the RKT inherits it from the Renstra)
#   or write `polaritas minimal`.
#
#   rkt check examples/mistakes/e042-polaritas
#   -> error[E042] at `maksimal`; exit 1

impor "../renstra.rkt"

rkt RKT_E042_POLARITAS "Rencana Kinerja Tahunan Balai Karantina Contoh Tahun 2025" {
  instansi "Balai Karantina Contoh"
  tahun    2025
  mengacu  RENSTRA_CONTOH

  sasaran SS1 {
    indikator IKU1 { target 90 }
    indikator IKU2 { target 12_000 }
  }
  sasaran SS2 {
    indikator IKU3 { polaritas maksimal  target 10 }
  }
}
