# Golden tests of the per-file limit on diagnostics (LANGUAGE.md §7): at
# most 200 are shown per file, then one line says how many more were found
# there; the exit status stays 1 and JSON's error_count counts them all.
# The limit of 200 scanner and syntax errors, after which a file stops
# with E002 (exit 2), is another one: tests/golden/diag/syntax.t.
# Format: tests/golden/run.sh.

=== fixed bug: 200,000 rows of '81,5' without --angka id printed 600,000 lines, one write(2) per character
# 200 errors, then the count; quick, not a line per row.
$ awk 'BEGIN { print "kode;periode;nilai"; for (i = 0; i < 200000; i++) print "IKSP9;2025;81,5" }' > d.csv
$ rkt eval main.rkt --data d.csv --format json >out 2>err; st=$?
$ cat out; grep -c '^d.csv:[0-9]*:12: error\[E402\]' err; tail -n 4 err; exit $st
--- main.rkt
satuan persen : persen
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Layanan" {
    indikator IKSP9 "Kepuasan" { satuan persen target 80 }
  }
}
--- exit 1
--- stdout
200
d.csv:201:12: error[E402]: nilai '81,5' is not a number (digits with '.' for decimals, e.g. 81.5); it looks like Indonesian number format: read the file with --angka id
  201 | IKSP9;2025;81,5
      |            ^~~~
d.csv: 199800 more errors not shown

=== fixed bug: a plan file with 250 errors showed them all; now 200 and the count
$ awk 'BEGIN { print "satuan s : cacah\nrkt R \"R\" {\n  tahun 2025\n  sasaran S \"s\" {"; for (i = 0; i < 250; i++) printf "    indikator I%03d \"i\" { satuan s target 2.5 }\n", i; print "  }\n}" }' > main.rkt
$ rkt check main.rkt 2>err; st=$?; grep -c 'error\[E012\]' err; tail -n 4 err; exit $st
--- exit 1
--- stdout
200
main.rkt:204:42: error[E012]: target 2.5 is not a whole number, but satuan 's' counts
  204 |     indikator I199 "i" { satuan s target 2.5 }
      |                                          ^~~
main.rkt: 50 more errors not shown

=== fixed bug: the machine formats of 250 errors: JSON counts all 250, GitHub and SARIF show 200
$ awk 'BEGIN { print "satuan s : cacah\nrkt R \"R\" {\n  tahun 2025\n  sasaran S \"s\" {"; for (i = 0; i < 250; i++) printf "    indikator I%03d \"i\" { satuan s target 2.5 }\n", i; print "  }\n}" }' > main.rkt
$ rkt check --format json main.rkt | grep -o '"error_count":[0-9]*'
$ rkt check --format json main.rkt | grep -o '"code":"E012"' | wc -l
$ rkt check --format github main.rkt | wc -l
$ rkt check --format sarif main.rkt | grep -c '"ruleId"'
--- stdout
"error_count":250
200
200
200

=== fixed bug: errors and warnings past the limit are counted by kind
# 209 unused units (W003), then 10 errors: the first 200 in source order
# are warnings, and the count says what was left out.
$ awk 'BEGIN { for (i = 0; i < 210; i++) printf "satuan u%03d : cacah\n", i; print "rkt R \"R\" {\n  tahun 2025\n  sasaran S \"s\" {"; for (i = 0; i < 10; i++) printf "    indikator I%d \"i\" { satuan u000 target 2.5 }\n", i; print "  }\n}" }' > main.rkt
$ rkt check main.rkt 2>err; st=$?; grep -c 'warning\[W003\]' err; grep -c 'error\[E012\]' err; tail -n 1 err; exit $st
--- exit 1
--- stdout
200
0
main.rkt: 10 more errors and 9 more warnings not shown
