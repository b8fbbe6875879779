# KESALAHAN E100 — aturan statis bertingkat `galat` terpicu.
#   Salah: target IKU1 diturunkan ke 80. Penurunan dari 90 (Renstra) diberi
#   `keterangan`, sehingga W040 tidak muncul, tetapi aturan di aturan.rkt
#   melarang target di bawah standar pelayanan minimal 85%: `keterangan`
#   menjelaskan selisih dengan Renstra, bukan pelanggaran SPM. Aturan
#   bertingkat `galat` menjadi error E100, berlokasi di nama aturan.
#   Perbaikan: tetapkan target IKU1 paling sedikit 85.
#
# MISTAKE E100 — a static rule of severity `galat` fires.
#   Wrong: IKU1's target is cut to 80. The cut from the Renstra's 90 has a
#   `keterangan`, so W040 stays silent, but the rule in aturan.rkt forbids a
#   target below the minimum service standard of 85%: a `keterangan`
#   explains a gap to the Renstra, not a breach of the standard. A rule of
#   severity `galat` gives error E100, located at the rule's name.
#   Fix: set IKU1's target to at least 85.
#
#   rkt check examples/mistakes/e100-aturan
#   -> error[E100] at the rule in aturan.rkt, naming RKT_E100; exit 1

impor "../renstra.rkt"
impor "aturan.rkt"

rkt RKT_E100 "Rencana Kinerja Tahunan Balai Karantina Contoh Tahun 2025" {
  instansi "Balai Karantina Contoh"
  tahun    2025
  mengacu  RENSTRA_CONTOH

  sasaran SS1 {
    indikator IKU1 { target 80  keterangan "Petugas sertifikasi berkurang tiga orang pada 2025" }
    indikator IKU2 { target 12_000 }
  }
  sasaran SS2 {
    indikator IKU3 { target 10 }
  }
}
