# Valgrind input: references to codes, scales, units, functions and
# series that nobody declares (with "did you mean" suggestions), and
# duplicate codes.

satuan dokumen : cacah
satuan persen  : persen

skala PREDIKAT_UJI {
  A "Baik"   : > 80
  B "Cukup"  : >= 0
}

fungsi rasio(a, b) = a / b * 100

rkt RKT_RUJUKAN "Rencana dengan rujukan yang tidak ada" {
  tahun    2025
  mengacu  RENSTRA_TIDAK_ADA
  predikat PREDIKAT_UJ
  sasaran SP1 "Sasaran pertama" {
    tujuan T9
    indikator IK1 "Jumlah dokumen" {
      satuan dokumenn
      target 12
    }
    indikator IK1 "Jumlah dokumen lagi" {
      satuan dokumen
      target 14
    }
    indikator IK2 "Rasio layanan" {
      satuan    persen
      target    90
      realisasi = rasioo(seri_tidak_ada, realisasi(IK9))
      predikat  SKALA_LAIN dari realisasi
    }
  }
  sasaran SP1 "Sasaran ganda" {
    indikator IK3 "Persentase" {
      satuan persen
      target 50
    }
  }
}

aturan "Rujukan yang salah" {
  untuk indikator i dalam SP7
  jika capaian(IKSP99) < kategori(capaian(i), PREDIKAT_TIDAK_ADA)
  maka peringatan "{kode(j)} kurang"
}
