# Golden tests of what reaches a terminal or a log (CLI.md "Diagnostics"):
# control characters taken from input -- data values and codes, plan
# strings, file names, source lines -- are shown escaped, never raw, and a
# text that looks like a GitHub workflow command (`::error file=x::y`) can
# never start a line of the log.  Each case printed the bytes raw before.
# Format: tests/golden/run.sh.

=== fixed bug: ESC and BEL in a data code reached the terminal raw (the snippet lined up wrong)
# The caret underlines the escapes: the code is 16 columns as shown.
$ printf 'kode,periode,nilai\n"A\033[31mB\007",2025,1\n' > d.csv
$ rkt eval main.rkt --data d.csv --format json
--- main.rkt
satuan sertifikat : cacah
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Layanan" {
    indikator IKSP3 "Media" { satuan sertifikat target 25_945 }
  }
}
--- exit 1
--- stdout
--- stderr
d.csv:2:1: error[E401]: unknown code 'A\x1b[31mB\x07': neither an indicator of R nor a data series
    2 | "A\x1b[31mB\x07",2025,1
      | ^~~~~~~~~~~~~~~~

=== fixed bug: a CR in a data value reached the terminal raw
$ printf 'kode,periode,nilai\nIKSP3,2025,"8\r1"\n' > d.csv
$ rkt eval main.rkt --data d.csv --format json
--- main.rkt
satuan sertifikat : cacah
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Layanan" {
    indikator IKSP3 "Media" { satuan sertifikat target 25_945 }
  }
}
--- exit 1
--- stdout
--- stderr
d.csv:2:12: error[E402]: nilai '8\r1' is not a number (digits with '.' for decimals, e.g. 81.5)
    2 | IKSP3,2025,"8\r1"
      |            ^~~~~~

=== fixed bug: a newline in a quoted CSV code started a line '::error file=x::y' of the log
# On GitHub Actions stderr is the log, and the runner takes a line that
# starts with '::' as a workflow command: the code stays on its line.
$ printf 'kode,periode,nilai\n"X\n::error file=x::y",2025,1\n' > d.csv
$ rkt eval main.rkt --data d.csv --format json
--- main.rkt
satuan sertifikat : cacah
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Layanan" {
    indikator IKSP3 "Media" { satuan sertifikat target 25_945 }
  }
}
--- exit 1
--- stdout
--- stderr
d.csv:2:1: error[E401]: unknown code 'X\n::error file=x::y': neither an indicator of R nor a data series
    2 | "X
      | ^~

=== fixed bug: ESC in a field before the one at fault was shown as one column, the caret off
$ printf 'keterangan,kode,periode,nilai\n"\033[2J",IKSP3,2025,z\n' > d.csv
$ rkt eval main.rkt --data d.csv --format json
--- main.rkt
satuan sertifikat : cacah
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Layanan" {
    indikator IKSP3 "Media" { satuan sertifikat target 25_945 }
  }
}
--- exit 1
--- stdout
--- stderr
d.csv:2:19: error[E402]: nilai 'z' is not a number (digits with '.' for decimals, e.g. 81.5)
    2 | "\x1b[2J",IKSP3,2025,z
      |                      ^

=== fixed bug: a rule's message with a newline started a line '::error file=x::y' of the log
$ rkt check main.rkt
--- main.rkt
satuan dokumen : cacah
rkt R "Rencana" {
  tahun 2025
  sasaran SP2 "Keterlibatan" {
    indikator IKSP5 "Registrasi" { satuan dokumen target 40 }
  }
}
aturan "Cek\n::error file=x::y" {
  jika target(IKSP5) > 1
  maka galat "terlalu\n::error file=main.rkt::tinggi\tsekali"
}
--- exit 1
--- stderr
main.rkt:8:8: error[E100]: aturan "Cek\n::error file=x::y" in R: terlalu\n::error file=main.rkt::tinggi	sekali
    8 | aturan "Cek\n::error file=x::y" {
      |        ^~~~~~~~~~~~~~~~~~~~~~~~

=== fixed bug: a C1 control (U+009B, a terminal's CSI) in a source line was shown raw
$ printf 'rkt R "R\302\233[2J" { tahun 2025 salah 1 }\n' > main.rkt
$ rkt check main.rkt
--- exit 1
--- stderr
main.rkt:1:28: error[E014]: 'salah' does not belong in an rkt; valid here: tahun, instansi, mengacu, atasan, keterangan, predikat, bila_kosong, tujuan, program, sasaran, tempat, tanggal, penandatangan, pihak_kedua
    1 | rkt R "R\u009b[2J" { tahun 2025 salah 1 }
      |                                 ^~~~~

=== fixed bug: a file name with ESC reached the terminal raw
$ f=$(printf 'rkt\033[1m.rkt'); cp main.rkt "$f"; rkt check "$f"
--- main.rkt
rkt R "R" { tahun 2025 salah 1 }
--- exit 1
--- stderr
rkt\x1b[1m.rkt:1:24: error[E014]: 'salah' does not belong in an rkt; valid here: tahun, instansi, mengacu, atasan, keterangan, predikat, bila_kosong, tujuan, program, sasaran, tempat, tanggal, penandatangan, pihak_kedua
    1 | rkt R "R" { tahun 2025 salah 1 }
      |                        ^~~~~

=== fixed bug: a file named '::error file=x::y' started a workflow command in the human form
# Shown as ./PATH, the same file: the line no longer starts with '::'.
$ cp main.rkt '::error file=x::y'; rkt check '::error file=x::y'
--- main.rkt
rkt R "R" { tahun 2025 salah 1 }
--- exit 1
--- stderr
./::error file=x::y:1:24: error[E014]: 'salah' does not belong in an rkt; valid here: tahun, instansi, mengacu, atasan, keterangan, predikat, bila_kosong, tujuan, program, sasaran, tempat, tanggal, penandatangan, pihak_kedua
    1 | rkt R "R" { tahun 2025 salah 1 }
      |                        ^~~~~

=== fixed bug: --format github wrote ESC and BEL of a file name raw to the log
$ f=$(printf 'a\033]0;x\007,b:c.rkt'); cp main.rkt "$f"; rkt check --format github "$f"
--- main.rkt
rkt R "R" { tahun 2025 salah 1 }
--- exit 1
--- stdout
::error file=a\x1b]0;x\x07%2Cb%3Ac.rkt,line=1,col=24,endLine=1,endColumn=29,title=E014::'salah' does not belong in an rkt; valid here: tahun, instansi, mengacu, atasan, keterangan, predikat, bila_kosong, tujuan, program, sasaran, tempat, tanggal, penandatangan, pihak_kedua

=== fixed bug: --format json wrote DEL and a C1 control of a file name raw
$ f=$(printf 'a\177b\302\205c.rkt'); cp main.rkt "$f"; rkt check --format json "$f"
--- main.rkt
rkt R "R" { tahun 2025 salah 1 }
--- exit 1
--- stdout
{"format_version":"1.0","valid":false,"error_count":1,"warning_count":0,"diagnostics":[{"severity":"error","code":"E014","message":"'salah' does not belong in an rkt; valid here: tahun, instansi, mengacu, atasan, keterangan, predikat, bila_kosong, tujuan, program, sasaran, tempat, tanggal, penandatangan, pihak_kedua","file":"a\u007fb\u0085c.rkt","line":1,"column":24,"end_line":1,"end_column":29}]}
