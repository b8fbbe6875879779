# Valgrind input: targets that break the checks of LANGUAGE.md §6: a
# non-whole count (the thousands-dot mistake), values outside the unit's
# range, decreasing or inconsistent quarterly targets, bad ranges, a scale
# whose thresholds do not decrease, misplaced and missing properties.

satuan sertifikat : cacah
satuan persen     : persen
satuan nilai      : indeks 0..100

skala TERBALIK {
  A "Baik"   : > 50
  B "Cukup"  : > 70
}

rkt RKT_TARGET "Rencana dengan target yang salah" {
  tahun 2025
  sasaran SP1 "Sasaran pertama" {
    indikator IK1 "Jumlah sertifikat" {
      satuan sertifikat
      target 25.945
    }
    indikator IK2 "Persentase" {
      satuan persen
      target 120
    }
    indikator IK3 "Nilai" {
      satuan nilai
      target -5
    }
    indikator IK4 "Jumlah per triwulan" {
      satuan sertifikat
      target { TW1: 500, TW2: 400, TW3: 900, TW4: 1_000 }
    }
    indikator IK5 "Rentang terbalik" {
      satuan    nilai
      polaritas stabil
      target    5..3
    }
    indikator IK6 "Rentang pada indikator maksimal" {
      satuan nilai
      target 3..5
    }
    indikator IK7 "Tanpa target" {
      satuan nilai
      targett 5
    }
    indikator IK8 {
      target 1
    }
  }
  sasaran SP2 {
  }
}
