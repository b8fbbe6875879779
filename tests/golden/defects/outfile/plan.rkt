# The fixture of tests/golden/defects/outfile.t: a plan, the file it
# imports and its data, the run's three kinds of input file.
impor "satuan.rkt"
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Layanan" {
    indikator I1 "Sertifikat" { satuan buah target 100 }
  }
}
uji "realisasi I1" {
  data { I1 2025 90 }
  harap realisasi(I1) == 90
}
