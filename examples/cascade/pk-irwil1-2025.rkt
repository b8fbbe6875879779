# ILUSTRATIF — the first inspectorate: its IW1 supports the Kepala
# Badan's IK2.

impor "sakip"

pk PK_IRWIL1_2025 "Perjanjian Kinerja Inspektur Wilayah I Tahun 2025" {
  instansi "Inspektorat Wilayah I"
  tahun    2025
  atasan   PK_KABAN_2025

  sasaran S1 "Meningkatnya kualitas pengawasan wilayah I" {
    indikator IW1 "Jumlah laporan hasil pengawasan wilayah I" {
      satuan    laporan
      target    3
      mendukung IK2
    }
  }
}
