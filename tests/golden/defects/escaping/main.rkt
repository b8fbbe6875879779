# The fixture of tests/golden/defects/escaping.t: text a planner (or an
# export) could have written, that a terminal, a spreadsheet, a Markdown
# page or a CI log would take for a command.  <NEL> and <CSI> become the
# C1 controls U+0085 and U+009B (sed in each case: the bytes are invisible).
satuan buah : cacah
satuan skor : angka
aturan "Rendah <b>|\tperiksa" {
  untuk indikator i
  jika capaian(i) < 80
  maka peringatan "{kode(i)} rendah: {uraian(i)}"
}
rkt R "Rencana <x> & | y" {
  tahun 2025
  sasaran S1 "Layanan\nbaris dua" {
    indikator I1 "=HYPERLINK(\"http://x\",\"klik\")" { satuan buah target 100 }
    indikator I2 "+1|a<b>&c\\d" { satuan skor konsolidasi jumlah target 50 }   # a score: a count is never below 0 (E414)
    indikator I3 "-2 awal<NEL>akhir <CSI>31mmerah" { satuan buah target 10 }
    indikator I4 "@SUM(A1:A9)" { satuan skor target 10 }
    indikator I5 "\tTab di depan" { satuan buah target 10 }
    indikator I6 "Biasa, aman" { satuan buah target 10 }
  }
}
