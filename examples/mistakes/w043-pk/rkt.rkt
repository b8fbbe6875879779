# RKT yang bersih, diacu oleh pk.rkt di folder ini. Kesalahannya ada di
# pk.rkt: lihat komentar di sana.
#
# A clean RKT, referred to by pk.rkt in this folder. The mistake is in
# pk.rkt: see the comment there.

impor "../renstra.rkt"

rkt RKT_W043 "Rencana Kinerja Tahunan Balai Karantina Contoh Tahun 2025" {
  instansi "Balai Karantina Contoh"
  tahun    2025
  mengacu  RENSTRA_CONTOH

  sasaran SS1 {
    indikator IKU1 { target 90 }
    indikator IKU2 { target 12_000 }
  }
  sasaran SS2 {
    indikator IKU3 { target 10 }
  }
}
