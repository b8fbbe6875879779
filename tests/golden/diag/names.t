# Golden tests of E008, a name longer than 255 characters (the scanner's
# family: docs/diagnostics.md, "Syntax").  Format: tests/golden/run.sh.

=== E008 the catalogue's example: text that lost its quotes
$ awk 'BEGIN { printf "rkt R \"R\" { tahun 2025 keterangan "; for (i = 0; i < 300; i++) printf "x"; print " }" }' > main.rkt
$ rkt check main.rkt 2>&1 | head -n 1
--- stdout
main.rkt:1:35: error[E008]: a name of 300 characters; a name has at most 255 (is a quote or a space missing?)

=== E008 fixed bug: a reference of 100,000 characters was looked up, and quoted whole in its message
# One error at the name, a few hundred bytes of output: the snippet is a
# window of the line, and no check runs while the syntax is wrong.
$ awk 'BEGIN { n = ""; for (i = 0; i < 100000; i++) n = n "a"; print "satuan s : cacah\nrkt R \"R\" {\n  tahun 2025\n  sasaran S \"s\" {\n    indikator I1 \"a\" { satuan s target 1 realisasi = " n " }\n  }\n}" }' > main.rkt
$ rkt check main.rkt 2>err; st=$?; head -n 1 err; wc -l < err; [ $(wc -c < err) -lt 1000 ] && echo short; exit $st
--- exit 1
--- stdout
main.rkt:5:54: error[E008]: a name of 100000 characters; a name has at most 255 (is a quote or a space missing?)
3
short

=== E008 a name of exactly 255 characters is a name
$ awk 'BEGIN { n = "I"; for (i = 1; i < 255; i++) n = n "x"; print "satuan s : cacah\nrkt R \"R\" {\n  tahun 2025\n  sasaran S \"s\" {\n    indikator " n " \"a\" { satuan s target 1 }\n  }\n}" }' > main.rkt
$ rkt check main.rkt
--- exit 0
