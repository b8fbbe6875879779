# Valgrind input: syntax errors the parser must recover from, leaving no
# leak behind (every discarded value goes through a %destructor).

satuan dokumen : cacah
satuan persen  : persen

rkt RKT_SINTAKS "Rencana dengan galat sintaks" {
  tahun 2025
  sasaran SP1 "Sasaran pertama" {
    indikator IK1 "Jumlah dokumen" {
      satuan dokumen
      target 12 +
    }
    indikator IK2 "Persentase layanan tepat waktu {
      satuan persen
      target 85.
    }
    indikator IK3 {{ "Tanpa kode" }
      satuan
      target 2025-13
    }
  }
  sasaran SP2 "Sasaran kedua" {
    indikator IK4 "Jumlah laporan" {
      satuan dokumen
      target 1__0 ..
      keterangan "tidak ditutup \q
  }

skala RUSAK {
  A "Baik" : > 
  B "Cukup" 50
}

fungsi f(a, = a *
aturan "tanpa badan" {
  jika (target(IK1) > maka galat "x {target(IK1)"
}
