# ILUSTRATIF — Renstra contoh yang diacu oleh setiap berkas di
# examples/mistakes/. Setiap subfolder berisi satu RKT (atau RKT dan PK)
# dengan satu kesalahan yang disengaja terhadap Renstra ini; lihat README.md.
# Renstra ini sendiri bersih: `rkt check examples/mistakes/renstra.rkt` tidak
# melaporkan apa pun.
#
# ILLUSTRATIVE — the example Renstra that every file of examples/mistakes/
# refers to. Each subfolder holds one RKT (or an RKT and a PK) with one
# deliberate inconsistency against this Renstra; see README.md. The Renstra
# itself is clean: `rkt check examples/mistakes/renstra.rkt` reports nothing.
#
# The codes (SS1, IKU1...) differ from those of examples/bkhit so that
# `rkt check examples/` can load both without a rule of one reading the
# other's indicators. Units come from the standard library "sakip".

impor "sakip"

renstra RENSTRA_CONTOH "Renstra Balai Karantina Contoh 2025-2029" {
  periode  2025..2029
  instansi "Balai Karantina Contoh"
  tujuan   T1 "Melindungi sumber daya alam hayati melalui karantina yang kuat dan efektif"

  sasaran SS1 "Terlaksananya layanan perkarantinaan yang profesional" {
    tujuan T1
    indikator IKU1 "Persentase sertifikat karantina yang diterbitkan tepat waktu" {
      satuan    persen
      polaritas maksimal
      target { 2025: 90, 2026: 92, 2027: 94, 2028: 95, 2029: 95 }
    }
    indikator IKU2 "Jumlah media pembawa yang diperiksa dalam wilayah kerja" {
      satuan    sertifikat
      polaritas maksimal
      target { 2025: 12_000, 2026: 12_500, 2027: 13_000, 2028: 13_500, 2029: 14_000 }
    }
  }

  sasaran SS2 "Terealisasinya keterlibatan masyarakat dalam pengawasan perkarantinaan" {
    tujuan T1
    # Fewer cases is better: a minimal indicator.
    indikator IKU3 "Jumlah kasus pelanggaran perkarantinaan" {
      satuan    dokumen
      polaritas minimal
      target { 2025: 10, 2026: 9, 2027: 8, 2028: 7, 2029: 6 }
    }
  }
}
