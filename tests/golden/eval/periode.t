# The period of an evaluation and the observations it counts.
# Cases moved from tests/unit/test_eval.c (the test each comes from in the
# title's brackets), on the same plan and data: `rkt explain`
# shows each value the test asserted, unrounded, with how it was obtained
# (observations, consolidation, target, formula, batas, weights, predikat);
# `rkt eval --format table` shows kosong as "-" and the sasaran without data.
# prelude.rkt (fixtures/eval/prelude.rkt) is the units and skala P every test
# of test_eval.c had in front of its plan; its unused names only warn, and
# stderr is compared only where a case is about a warning.  Format:
# tests/golden/run.sh.

=== the period evaluated, as given [test_periode_text]
$ rkt eval --format json --periode 2025-TW2 prelude.rkt t.rkt --data d.csv | grep -o '^{[^[]*'
$ rkt eval --format json prelude.rkt t.rkt --data d.csv | grep -o '^{[^[]*'
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt < fixtures/eval/aturan.rkt
--- d.csv < fixtures/eval/aturan.csv
--- stdout
{"rencana":"R","tahun":2025,"periode":"2025-TW2","capaian":null,"predikat":null,"anggaran":null,"realisasi_anggaran":null,"serapan":null,"sasaran":
{"rencana":"R","tahun":2025,"periode":"2025","capaian":75.25,"predikat":null,"anggaran":null,"realisasi_anggaran":null,"serapan":null,"sasaran":

=== the observations that counted, in calendar order, with their rows [test_obs_explain]
$ rkt explain --periode 2025-TW2 prelude.rkt t.rkt --data d.csv I1 | sed -n '1,2p;/^realisasi$/,/^$/p'
--- prelude.rkt < fixtures/eval/prelude.rkt
--- t.rkt
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Sasaran" {
    indikator I1 "a" { satuan buah target 10 }
  }
}
--- d.csv
kode,periode,nilai
I1,2025-TW1,2
I1,2025-TW3,5
I1,2025-TW2,3
--- stdout
indikator I1: a
  sasaran S1, rencana R, periode 2025-TW2
realisasi
  2025-TW1  2 (d.csv:2)
  2025-TW2  3 (d.csv:4)
  jumlah: 2 + 3 = 5
