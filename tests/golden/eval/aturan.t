# Rules and their findings (LANGUAGE.md §5), and ditunda indicators.  In
# the rule cases t.rkt is the plan all the rule tests of test_eval.c shared
# (fixtures/eval/aturan.rkt, with its data fixtures/eval/aturan.csv) and
# r.rkt the rules of the test.
# Cases moved from tests/unit/test_eval.c (the test each comes from in the
# title's brackets), on the same plan and data: `rkt explain`
# shows each value the test asserted, unrounded, with how it was obtained
# (observations, consolidation, target, formula, batas, weights, predikat);
# `rkt eval --format table` shows kosong as "-" and the sasaran without data.
# prelude.rkt (fixtures/eval/prelude.rkt) is the units and skala P every test
# of test_eval.c had in front of its plan; its unused names only warn, and
# stderr is compared only where a case is about a warning.  Format:
# tests/golden/run.sh.

=== untuk indikator: one finding per indicator, whole numbers without decimals [test_rule_untuk_indikator]
# I1 50 and I3 75.5 are below 80; I2 is 100; I4 is kosong (ada false).
# The indicator a finding is about shows in check, for a static rule:
# tests/golden/diag/rules.t.
$ rkt eval --format json prelude.rkt t.rkt r.rkt --data d.csv | grep -o '"temuan":.*'
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt < fixtures/eval/aturan.rkt
--- r.rkt
aturan "rendah" {
  untuk indikator i
  jika ada(capaian(i)) dan capaian(i) < 80
  maka peringatan "{kode(i)} baru {capaian(i)}%"
}
--- d.csv < fixtures/eval/aturan.csv
--- stdout
"temuan":[{"aturan":"rendah","tingkat":"peringatan","pesan":"I1 baru 50%","file":"r.rkt","line":1,"column":1},{"aturan":"rendah","tingkat":"peringatan","pesan":"I3 baru 75.50%","file":"r.rkt","line":1,"column":1}]}

=== untuk indikator dalam: only the indicators of one sasaran [test_rule_untuk_indikator_dalam]
$ rkt eval --format json prelude.rkt t.rkt r.rkt --data d.csv | grep -o '"temuan":.*'
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt < fixtures/eval/aturan.rkt
--- r.rkt
aturan "rendah di SP2" {
  untuk indikator i dalam SP2
  jika bukan ada(capaian(i)) atau capaian(i) < 80
  maka info "{kode(i)}"
}
--- d.csv < fixtures/eval/aturan.csv
--- stdout
"temuan":[{"aturan":"rendah di SP2","tingkat":"info","pesan":"I3","file":"r.rkt","line":1,"column":1},{"aturan":"rendah di SP2","tingkat":"info","pesan":"I4","file":"r.rkt","line":1,"column":1}]}

=== untuk sasaran: one finding per sasaran [test_rule_untuk_sasaran]
$ rkt eval --format json prelude.rkt t.rkt r.rkt --data d.csv | grep -o '"temuan":.*'
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt < fixtures/eval/aturan.rkt
--- r.rkt
aturan "sasaran" {
  untuk sasaran s
  jika capaian(s) < 90
  maka galat "{kode(s)} {uraian(s)} {capaian(s)}"
}
--- d.csv < fixtures/eval/aturan.csv
--- stdout
"temuan":[{"aturan":"sasaran","tingkat":"galat","pesan":"SP1 Pertama 75","file":"r.rkt","line":1,"column":1},{"aturan":"sasaran","tingkat":"galat","pesan":"SP2 Kedua 75.50","file":"r.rkt","line":1,"column":1}]}

=== a rule without untuk fires once; kosong prints as kosong; kosong < 1 is false [test_rule_unquantified]
$ rkt eval --format json prelude.rkt t.rkt r.rkt --data d.csv | grep -o '"temuan":.*'
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt < fixtures/eval/aturan.rkt
--- r.rkt
aturan "rencana" {
  jika capaian(R) < 100 dan realisasi(I1) == 50
  maka info "rencana {capaian(R)}; I1 {realisasi(I1)}; I4 {realisasi(I4)}; {target(I1) / 3}"
}
aturan "tidak" {
  jika realisasi(I4) < 1
  maka galat "tidak pernah"
}
--- d.csv < fixtures/eval/aturan.csv
--- stdout
"temuan":[{"aturan":"rencana","tingkat":"info","pesan":"rencana 75.25; I1 50; I4 kosong; 33.33","file":"r.rkt","line":1,"column":1}]}

=== numbers in a message: whole without decimals, others with two, rounded as shown [test_rule_interpolation]
$ rkt eval --format json prelude.rkt t.rkt r.rkt --data d.csv | grep -o '"temuan":.*'
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt < fixtures/eval/aturan.rkt
--- r.rkt
aturan "angka" {
  jika 1 == 1
  maka info "{100}|{25_945}|{12.5}|{0.004}|{99.999}|{1.005}|{-3}|{-0.5}|\{x}"
}
--- d.csv < fixtures/eval/aturan.csv
--- stdout
"temuan":[{"aturan":"angka","tingkat":"info","pesan":"100|25945|12.50|0|100|1.01|-3|-0.50|{x}","file":"r.rkt","line":1,"column":1}]}

=== findings in the order of the rules, each rule in plan order, located at the rule [test_rule_severities_and_source_order]
$ rkt eval --format json prelude.rkt t.rkt r.rkt --data d.csv | grep -o '"temuan":.*'
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt < fixtures/eval/aturan.rkt
--- r.rkt
aturan "kedua" {
  untuk indikator i
  jika ada(realisasi(i))
  maka info "{kode(i)}"
}
aturan "pertama" {
  jika 1 == 1
  maka galat "g"
}
aturan "ketiga" {
  untuk sasaran s
  jika ada(capaian(s))
  maka peringatan "{kode(s)}"
}
--- d.csv < fixtures/eval/aturan.csv
--- stdout
"temuan":[{"aturan":"kedua","tingkat":"info","pesan":"I1","file":"r.rkt","line":1,"column":1},{"aturan":"kedua","tingkat":"info","pesan":"I2","file":"r.rkt","line":1,"column":1},{"aturan":"kedua","tingkat":"info","pesan":"I3","file":"r.rkt","line":1,"column":1},{"aturan":"pertama","tingkat":"galat","pesan":"g","file":"r.rkt","line":6,"column":1},{"aturan":"ketiga","tingkat":"peringatan","pesan":"SP1","file":"r.rkt","line":10,"column":1},{"aturan":"ketiga","tingkat":"peringatan","pesan":"SP2","file":"r.rkt","line":10,"column":1}]}

=== a rule reads other periods through realisasi(i, TW1) and capaian(i, S1) [test_rule_reads_other_periods]
$ rkt eval --format json --periode 2025-TW3 prelude.rkt t.rkt r.rkt --data d.csv | grep -o '"temuan":.*'
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt < fixtures/eval/aturan.rkt
--- r.rkt
aturan "tw" {
  untuk indikator i dalam SP1
  jika ada(realisasi(i, TW1))
  maka info "{kode(i)} {realisasi(i, TW1)} {realisasi(i)} {capaian(i, S1)}"
}
--- d.csv
kode,periode,nilai
I1,2025-TW1,10
I1,2025-TW3,30
I2,2025-TW2,5
--- stdout
"temuan":[{"aturan":"tw","tingkat":"info","pesan":"I1 10 30 10","file":"r.rkt","line":1,"column":1}]}

=== a ditunda indicator takes no part: not evaluated, not without data, not visited by a rule [test_rule_skips_ditunda]
$ rkt explain prelude.rkt t.rkt --data d.csv I2
$ rkt explain prelude.rkt t.rkt --data d.csv S1
$ rkt eval --format json prelude.rkt t.rkt --data d.csv | grep -o '"temuan":.*'
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt
renstra RS "Renstra" {
  periode 2025..2029
  sasaran S1 "a" {
    indikator I1 "a" { satuan skor target { 2025: 10 } }
    indikator I2 "b" { satuan skor target { 2025: 10 } }
  }
}
rkt R "Rencana" {
  tahun 2025
  mengacu RS
  sasaran S1 {
    indikator I1 { target 10 }
    indikator I2 { ditunda "tidak tahun ini" }
  }
}
aturan "semua" {
  untuk indikator i
  jika 1 == 1
  maka info "{kode(i)}"
}
--- d.csv
kode,periode,nilai
I1,2025,5
--- stdout
indikator I2: b
  sasaran S1, rencana R, periode 2025
  satuan skor, polaritas maksimal, konsolidasi terakhir, bobot 1
  ditunda: tidak tahun ini (left out of the sasaran)

realisasi
  not evaluated (ditunda)

target
  annual target 10 (t.rkt:5)

capaian
  kosong: ditunda

predikat
  none: no scale given
sasaran S1: a
  rencana R, periode 2025, bobot 1

indikator
  I1         capaian 50, bobot 1
  I2         ditunda: left out

capaian
  weighted mean: (1 × 50) / 1
  = 50 / 1 = 50
  before rounding 50, after rounding 50

predikat
  none: no scale given
"temuan":[{"aturan":"semua","tingkat":"info","pesan":"I1","file":"t.rkt","line":16,"column":1}]}

=== fixed bug: a derived indicator read the data rows of a ditunda one [bug_ditunda_realisasi_read_by_expression]
# A ditunda indicator has no realisasi (docs/language.md, departure 14): the
# rule read kosong, but D = I2 + 1 read I2's row 7 and gave 8.
$ rkt explain prelude.rkt t.rkt --data d.csv I2 | sed -n '1,2p;/^realisasi$/,/^$/p'
$ rkt explain prelude.rkt t.rkt --data d.csv D | sed -n '1,2p;/^realisasi$/,/^$/p'
$ rkt eval --format json prelude.rkt t.rkt --data d.csv | grep -o '"temuan":.*'
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt
renstra RS "Renstra" {
  periode 2025..2029
  sasaran S1 "a" {
    indikator I1 "a" { satuan skor target { 2025: 10 } }
    indikator I2 "b" { satuan skor target { 2025: 10 } }
    indikator D "d" { satuan skor target { 2025: 10 } }
  }
}
rkt R "Rencana" {
  tahun 2025
  mengacu RS
  sasaran S1 {
    indikator I1 { target 10 }
    indikator I2 { ditunda "tidak tahun ini" }
    indikator D { target 10 realisasi = I2 + 1 }
  }
}
aturan "x" {
  jika 1 == 1
  maka info "{realisasi(I2)}"
}
--- d.csv
kode,periode,nilai
I1,2025,5
I2,2025,7
--- stdout
indikator I2: b
  sasaran S1, rencana R, periode 2025
realisasi
  not evaluated (ditunda)

indikator D: d
  sasaran S1, rencana R, periode 2025
realisasi
  derived: realisasi = I2 + 1 (t.rkt:15)
  = kosong

"temuan":[{"aturan":"x","tingkat":"info","pesan":"kosong","file":"t.rkt","line":18,"column":1}]}
