# ILUSTRATIF — the second inspectorate: its IW2 supports the Kepala
# Badan's IK2.

impor "sakip"

pk PK_IRWIL2_2025 "Perjanjian Kinerja Inspektur Wilayah II Tahun 2025" {
  instansi "Inspektorat Wilayah II"
  tahun    2025
  atasan   PK_KABAN_2025

  sasaran S1 "Meningkatnya kualitas pengawasan wilayah II" {
    indikator IW2 "Jumlah laporan hasil pengawasan wilayah II" {
      satuan    laporan
      target    4
      mendukung IK2
    }
  }
}
