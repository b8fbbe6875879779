# BUKAN KESALAHAN — W040 dibungkam oleh `keterangan`. Berkas ini BERSIH.
#   Sama dengan ../w040-target-kurang: target IKU1 88 di bawah 90 pada
#   Renstra. Bedanya, indikator itu memberi `keterangan` yang menjelaskan
#   alasannya, sebagaimana diminta pedoman penyusunan RKT. Penurunan yang
#   dijelaskan bukan kesalahan, jadi `rkt check` tidak memperingatkan.
#
# NOT A MISTAKE — W040 silenced by a `keterangan`. This file is CLEAN.
#   As in ../w040-target-kurang, IKU1's target of 88 is below the Renstra's
#   90. Here the indicator gives a `keterangan` explaining why, as planning
#   guidelines ask. An explained cut is not a mistake, so `rkt check` does
#   not warn.
#
#   rkt check examples/mistakes/w040-keterangan
#   -> no diagnostic; exit 0 (also with --werror)

impor "../renstra.rkt"

rkt RKT_W040_KETERANGAN "Rencana Kinerja Tahunan Balai Karantina Contoh Tahun 2025" {
  instansi "Balai Karantina Contoh"
  tahun    2025
  mengacu  RENSTRA_CONTOH

  sasaran SS1 {
    indikator IKU1 {
      target     88
      keterangan "Aplikasi sertifikasi elektronik diganti pada triwulan II; target 2025 diturunkan sementara"
    }
    indikator IKU2 { target 12_000 }
  }
  sasaran SS2 {
    indikator IKU3 { target 10 }
  }
}
