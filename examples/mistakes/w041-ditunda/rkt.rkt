# BUKAN KESALAHAN — W041 dibungkam oleh `ditunda "alasan"`. Berkas ini BERSIH.
#   Seperti ../w041-indikator-hilang, RKT ini tidak mengejar IKU3 pada 2025.
#   Bedanya, indikator itu ditulis dengan `ditunda` dan alasannya: keputusan
#   yang disengaja dan tercatat, bukan indikator yang terlewat. Indikator
#   yang ditunda tidak memerlukan target dan tidak ikut dalam capaian.
#
# NOT A MISTAKE — W041 silenced by `ditunda "alasan"`. This file is CLEAN.
#   As in ../w041-indikator-hilang, this RKT does not pursue IKU3 in 2025.
#   Here the indicator is written with `ditunda` and the reason: a
#   deliberate, recorded decision, not a forgotten indicator. A postponed
#   indicator needs no target and takes no part in the achievement roll-up.
#
#   rkt check examples/mistakes/w041-ditunda
#   -> no diagnostic; exit 0 (also with --werror)

impor "../renstra.rkt"

rkt RKT_W041_DITUNDA "Rencana Kinerja Tahunan Balai Karantina Contoh Tahun 2025" {
  instansi "Balai Karantina Contoh"
  tahun    2025
  mengacu  RENSTRA_CONTOH

  sasaran SS1 {
    indikator IKU1 { target 90 }
    indikator IKU2 { target 12_000 }
  }
  sasaran SS2 {
    indikator IKU3 {
      ditunda "Penindakan pelanggaran dialihkan ke Balai induk sampai unit penindakan terbentuk pada 2026"
    }
  }
}
