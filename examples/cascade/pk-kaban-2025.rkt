# ILUSTRATIF — a superior's PK whose indicator IK2 takes its realisasi
# from its two inspectorates' (docs/language.md, "Cascading between
# units"): konsolidasi_lokasi jumlah adds up what they report.

impor "sakip"  # satuan laporan

pk PK_KABAN_2025 "Perjanjian Kinerja Kepala Badan Pengawasan Tahun 2025" {
  instansi "Kepala Badan Pengawasan"
  tahun    2025

  sasaran S1 "Meningkatnya kualitas pengawasan" {
    indikator IK2 "Jumlah laporan hasil pengawasan" {
      satuan             laporan
      target             7  # 3 + 4: its supporters' targets
      konsolidasi_lokasi jumlah
    }
  }
}
