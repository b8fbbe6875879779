# Golden tests of how deep an expression may go (docs/design.md, Limits):
# a chain of one precedence level (a + b - c + ...) is one level of
# nesting, so long sums are accepted; a chain has at most 2000 terms (the
# checker and the evaluator recurse down it); nesting proper -- parentheses,
# unary operators, operators of other levels inside each other -- still
# stops at 200 levels.  Format: tests/golden/run.sh.

=== fixed bug: a sum of 250 terms was refused as nested deeper than 200 levels
# B = A + A + ... (250 terms), A = 2.
$ awk 'BEGIN { e = "A"; for (i = 1; i < 250; i++) e = e " + A"; print "satuan s : angka\nrkt R \"R\" {\n  tahun 2025\n  sasaran S \"s\" {\n    indikator A \"a\" { satuan s target 1 }\n    indikator B \"b\" { satuan s target 1 realisasi = " e " }\n  }\n}\nuji \"jumlah 250 suku\" {\n  rencana R\n  periode 2025\n  data {\n    A 2025 2\n  }\n  harap realisasi(B) == 500\n}" }' > main.rkt
$ rkt test main.rkt
--- stdout
ok    jumlah 250 suku
1 passed, 0 failed

=== fixed bug: chains of '-', of '*' and '/', and of 'dan' of 250 terms evaluate
# 1000 - 2 - 2 ... (249 times) = 502; 2 * 2 / 2 * 2 ... (250 terms, the
# last operator '*') = 4; a rule whose condition is 250 comparisons joined
# by 'dan' fires.
$ awk 'BEGIN { s = "1000"; m = "A"; d = "A > 1"; for (i = 1; i < 250; i++) { s = s " - A"; m = m (i % 2 ? " * " : " / ") "A"; d = d " dan A > 1" }; print "satuan s : angka\nrkt R \"R\" {\n  tahun 2025\n  sasaran S \"s\" {\n    indikator A \"a\" { satuan s target 1 }\n    indikator B \"b\" { satuan s target 1 realisasi = " s " }\n    indikator C \"c\" { satuan s target 1 realisasi = " m " }\n  }\n}\naturan \"dan 250\" {\n  jika " d "\n  maka info \"semua\"\n}\nuji \"rantai lain\" {\n  rencana R\n  periode 2025\n  data {\n    A 2025 2\n  }\n  harap realisasi(B) == 502\n  harap realisasi(C) == 4\n  harap temuan \"dan 250\"\n}" }' > main.rkt
$ rkt test main.rkt
--- stdout
ok    rantai lain
1 passed, 0 failed

=== a chain of 2000 terms is accepted, and evaluated (also under the sanitizers)
$ awk 'BEGIN { e = "A"; for (i = 1; i < 2000; i++) e = e " + A"; print "satuan s : angka\nrkt R \"R\" {\n  tahun 2025\n  sasaran S \"s\" {\n    indikator A \"a\" { satuan s target 1 }\n    indikator B \"b\" { satuan s target 1 realisasi = " e " }\n  }\n}" }' > main.rkt
$ printf 'kode,periode,nilai\nA,2025,2\n' > d.csv
$ rkt eval main.rkt --data d.csv --format csv
--- stdout
kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat,pelaksana,jenis,anggaran,realisasi_anggaran,serapan
A,S,a,s,maksimal,terakhir,1,2,200,,,indikator,,,
B,S,b,s,maksimal,terakhir,1,4000,400000,,,indikator,,,

=== E002 a chain of 2001 terms
$ awk 'BEGIN { e = "A"; for (i = 1; i < 2001; i++) e = e " + A"; print "satuan s : angka\nrkt R \"R\" {\n  tahun 2025\n  sasaran S \"s\" {\n    indikator A \"a\" { satuan s target 1 }\n    indikator B \"b\" { satuan s target 1 realisasi = " e " }\n  }\n}" }' > main.rkt
$ rkt check main.rkt 2>&1 | head -n 1
--- stdout
main.rkt:6:53: error[E002]: expression of more than 2000 terms in a chain such as a + b + c; split it with a fungsi

=== E002 201 nested parentheses are still refused
$ awk 'BEGIN { print "fungsi f(a) ="; for (i = 0; i < 201; i++) print "("; print "a"; for (i = 0; i < 201; i++) print ")" }' > main.rkt
$ rkt check main.rkt 2>&1 | head -n 1
--- exit 0
--- stdout
main.rkt:202:1: error[E002]: parentheses nested deeper than 200 levels; simplify the expression

=== E002 nesting without parentheses still counts: 201 'bukan', 201 '-'
$ awk 'BEGIN { e = "benar"; for (i = 0; i < 201; i++) e = "bukan " e; print "fungsi f(a) = " e }' > main.rkt
$ rkt check main.rkt 2>&1 | head -n 1
$ awk 'BEGIN { e = "a"; for (i = 0; i < 201; i++) e = "- " e; print "fungsi f(a) = 1 + " e }' > main.rkt
$ rkt check main.rkt 2>&1 | head -n 1
--- stdout
main.rkt:1:21: error[E002]: expression nested deeper than 200 levels; split it with a fungsi
main.rkt:1:21: error[E002]: expression nested deeper than 200 levels; split it with a fungsi
