# KESALAHAN E041 — tahun RKT di luar periode Renstra.
#   Salah: RKT tahun 2024 mengacu ke Renstra 2025-2029. Renstra itu belum
#   berlaku pada 2024 (biasanya RKT 2024 disalin dari tahun lalu lalu acuannya
#   diganti, tetapi `tahun` lupa diubah). Targetnya ditulis sendiri karena
#   Renstra tidak punya target 2024.
#   Perbaikan: ubah `tahun` menjadi tahun di dalam periode (di sini 2025),
#   atau acu Renstra yang periodenya mencakup 2024.
#
# MISTAKE E041 — the RKT's year lies outside the Renstra's period.
#   Wrong: an RKT for 2024 refers to the 2025-2029 Renstra, which does not
#   cover 2024 (typically last year's RKT was copied and its reference
#   changed, but not its `tahun`). Its targets are written out because the
#   Renstra has none for 2024.
#   Fix: set `tahun` to a year inside the period (here 2025), or refer to
#   the Renstra whose period covers 2024.
#
#   rkt check examples/mistakes/e041-tahun
#   -> error[E041] at `2024`; exit 1

impor "../renstra.rkt"

rkt RKT_E041 "Rencana Kinerja Tahunan Balai Karantina Contoh Tahun 2024" {
  instansi "Balai Karantina Contoh"
  tahun    2024
  mengacu  RENSTRA_CONTOH

  sasaran SS1 {
    indikator IKU1 { target 90 }
    indikator IKU2 { target 12_000 }
  }
  sasaran SS2 {
    indikator IKU3 { target 10 }
  }
}
