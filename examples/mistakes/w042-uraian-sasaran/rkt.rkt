# KESALAHAN W042 (peringatan) — uraian sasaran berbeda dari Renstra.
#   Salah: RKT menyalin uraian SS2 dari tabel Lampiran yang ditulis dengan
#   Huruf Kapital di Tiap Kata ("Keterlibatan Masyarakat ... Pengawasan
#   Perkarantinaan"), sedangkan Renstra menulis huruf kecil. Dua teks untuk
#   satu sasaran membuat laporan tidak konsisten; `rkt check` menampilkan
#   keduanya.
#   Perbaikan: hapus uraian di RKT (`sasaran SS2 {`), sehingga diwarisi dari
#   Renstra, atau samakan teksnya huruf demi huruf.
#
# MISTAKE W042 (warning) — the uraian of a sasaran differs from the Renstra's.
#   Wrong: the RKT copies SS2's text from the appendix table, which Capitalises
#   Each Word ("Keterlibatan Masyarakat ... Pengawasan Perkarantinaan"),
#   while the Renstra writes lower case. Two texts for one sasaran make the
#   reports inconsistent; `rkt check` shows both.
#   Fix: drop the uraian from the RKT (`sasaran SS2 {`) so it is inherited
#   from the Renstra, or make the texts identical letter for letter.
#
#   rkt check examples/mistakes/w042-uraian-sasaran
#   -> warning[W042] at the uraian, with both texts; exit 0 (1 with --werror)

impor "../renstra.rkt"

rkt RKT_W042_SASARAN "Rencana Kinerja Tahunan Balai Karantina Contoh Tahun 2025" {
  instansi "Balai Karantina Contoh"
  tahun    2025
  mengacu  RENSTRA_CONTOH

  sasaran SS1 {
    indikator IKU1 { target 90 }
    indikator IKU2 { target 12_000 }
  }
  sasaran SS2 "Terealisasinya Keterlibatan Masyarakat dalam Pengawasan Perkarantinaan" {
    indikator IKU3 { target 10 }
  }
}
