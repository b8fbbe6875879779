# Golden tests of `rkt test` on mistakes that passed in silence: a
# --run pattern that matches no test, and an uji whose periode is not of
# its plan's year (E013).  Format: tests/golden/run.sh.  Cases titled
# "fixed bug" keep a fixed bug from coming back; their comment says what
# went wrong.

=== fixed bug: rkt test --run with a pattern that matches no test passed
# A misspelt pattern ran nothing and exited 0, so a CI step that meant to
# run one test stayed green.  The report is still written (0 passed, 0
# failed), and the exit status is 1.
$ rkt test --run capian main.rkt; echo "exit $?"; rkt test --run capaian main.rkt; echo "exit $?"
$ rkt test --run capian --format json main.rkt
--- main.rkt
satuan persen : persen
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Layanan" { indikator I1 "Satu" { satuan persen target 80 } }
}
uji "capaian I1" {
  data { I1 2025 40 }
  harap capaian(I1) == 50
}
--- exit 1
--- stdout
0 passed, 0 failed
exit 1
ok    capaian I1
1 passed, 0 failed
exit 0
{"tests":[],"passed":0,"failed":0}
--- stderr
rkt: no test name contains 'capian'
rkt: no test name contains 'capian'

=== E013 fixed bug: an uji with periode 2026 on a 2025 plan passed, evaluated as 2025
# The periode of an uji is a period of its plan's year; another year is
# an error at the periode naming the plan's year, and the tests of that
# file are not run (those of another plan's file are).
$ rkt test main.rkt salah.rkt
--- main.rkt
satuan persen : persen
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Layanan" { indikator I1 "Satu" { satuan persen target 80 } }
}
uji "tahun sendiri" {
  rencana R
  periode 2025-TW4
  data { I1 2025-TW4 40 }
  harap capaian(I1) == 50
}
--- salah.rkt
rkt Q "Rencana lain" {
  tahun 2025
  sasaran SP1 "Layanan" { indikator I1 "Satu" { satuan persen target 80 } }
}
uji "tahun lain" {
  rencana Q
  periode 2026
  data { I1 2025 40 }
  harap capaian(I1) == 50
}
uji "triwulan tahun lain" {
  rencana Q
  periode 2026-TW2
  harap capaian(I1) == 50
}
--- exit 1
--- stdout
ok    tahun sendiri
FAIL  tahun lain
      salah.rkt:5:1: not run: salah.rkt has errors (shown on stderr)
FAIL  triwulan tahun lain
      salah.rkt:11:1: not run: salah.rkt has errors (shown on stderr)
1 passed, 2 failed
--- stderr
salah.rkt:7:11: error[E013]: periode 2026 is outside the plan year 2025 of Q; an uji evaluates a period of its plan's year
    7 |   periode 2026
      |           ^~~~
salah.rkt:13:11: error[E013]: periode 2026-TW2 is outside the plan year 2025 of Q; an uji evaluates a period of its plan's year
   13 |   periode 2026-TW2
      |           ^~~~~~~~

=== an uji's data rows may be of the plan year and of its five years of history; a row of 2019 or of 2026 fails its test
# A test's rows are read as a data file's rows are (LANGUAGE.md §7): for
# a plan of 2025, rows of 2020-2024 are history; realisasi(I1, 2024) is
# 2024's rows combined (persen: terakhir, so 45).
$ rkt test main.rkt
--- main.rkt
satuan persen : persen
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Layanan" { indikator I1 "Satu" { satuan persen target 80 } }
}
uji "riwayat" {
  rencana R
  data { I1 2020 30  I1 2024-TW1 40  I1 2024-TW2 45  I1 2025 70 }
  harap realisasi(I1, 2024) == 45
  harap realisasi(I1, 2020) == 30
  harap capaian(I1) == 87.5
}
uji "sebelum riwayat" {
  rencana R
  data { I1 2019 30 }
  harap ada(realisasi(I1, 2019))
}
uji "tahun depan" {
  rencana R
  data { I1 2026-TW1 30 }
  harap ada(realisasi(I1, 2026))
}
--- exit 1
--- stdout
ok    riwayat
FAIL  sebelum riwayat
      main.rkt:15:13: 2019
        expected: a period of 2025 or of its history, 2020-2024
        actual:   2019
FAIL  tahun depan
      main.rkt:20:13: 2026-TW1
        expected: a period of 2025 or of its history, 2020-2024
        actual:   2026-TW1
1 passed, 2 failed
--- stderr
