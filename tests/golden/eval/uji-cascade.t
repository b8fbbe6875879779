Data rows for another plan in an uji (docs/language.md "Tests"): a row
`PLAN CODE PERIOD VALUE` is for that loaded plan, and the test's plan takes
its supporters' realisasi from those rows as eval takes them from a data
file (tests/golden/eval/cascade.t).  tree.rkt: PK_A (A1 target 5), PK_B
(B1 target 4) and PK_C (C1 target 1) support PK_KABAN's IKJ (target 10,
konsolidasi_lokasi jumlah).

=== a cascaded sum through uji: IKJ = A 2 + 3 = 5 and B 4 = 9 of 10 = 90; through TW1 2 + 4 = 6 (60); PK_C has no row (kosong)
$ rkt test tree.rkt uji.rkt
--- tree.rkt < fixtures/cascade/tree.rkt
--- uji.rkt
uji "jumlah" {
  rencana PK_KABAN
  data {
    PK_A A1 2025-TW1 2
    PK_A A1 2025-TW2 3
    PK_B B1 2025-TW1 4
  }
  harap realisasi(IKJ) == 9
  harap capaian(IKJ) == 90
  harap bukan ada(realisasi(PK_C))
}
uji "jumlah through TW1" {
  rencana PK_KABAN
  periode 2025-TW1
  data {
    PK_A A1 2025-TW1 2
    PK_A A1 2025-TW2 3
    PK_B B1 2025-TW1 4
  }
  harap realisasi(IKJ) == 6
  harap capaian(IKJ) == 60
}
uji "a supporter's rows are its own: no PLAN, or its PLAN named" {
  rencana PK_A
  data {
    A1 2025-TW1 2
    PK_A A1 2025-TW2 3
  }
  harap realisasi(A1) == 5
}
uji "a row for a plan that does not support: read by no one" {
  rencana PK_A
  data { PK_KABAN IKJ 2025 100 }
  harap bukan ada(realisasi(A1))
}
--- stderr
tree.rkt:6:50: warning[W050]: target 4 of IKR differs from its supporters' targets combined by rata (3.33): PK_A 5, PK_B 4, PK_C 1
    6 |     indikator IKR "Rata" { satuan laporan target 4 konsolidasi_lokasi rata }
      |                                                  ^
--- stdout
ok    jumlah
ok    jumlah through TW1
ok    a supporter's rows are its own: no PLAN, or its PLAN named
ok    a row for a plan that does not support: read by no one
4 passed, 0 failed

=== a PLAN row accepted by check: no diagnostic but the fixture's own W050
$ rkt check tree.rkt uji.rkt
--- tree.rkt < fixtures/cascade/tree.rkt
--- uji.rkt
uji "rows of supporters" {
  rencana PK_KABAN
  data { PK_A A1 2025 5  PK_B B1 2025-TW1 4 }
  harap realisasi(IKJ) == 9
}
--- stderr
tree.rkt:6:50: warning[W050]: target 4 of IKR differs from its supporters' targets combined by rata (3.33): PK_A 5, PK_B 4, PK_C 1
    6 |     indikator IKR "Rata" { satuan laporan target 4 konsolidasi_lokasi rata }
      |                                                  ^

=== E018: a row's plan that is not loaded, with the nearest plan
$ rkt check tree.rkt uji.rkt
--- tree.rkt < fixtures/cascade/tree.rkt
--- uji.rkt
uji "typo in the plan" {
  rencana PK_KABAN
  data { PK_AA A1 2025 5 }
  harap realisasi(IKJ) == 5
}
--- exit 1
--- stderr
tree.rkt:6:50: warning[W050]: target 4 of IKR differs from its supporters' targets combined by rata (3.33): PK_A 5, PK_B 4, PK_C 1
    6 |     indikator IKR "Rata" { satuan laporan target 4 konsolidasi_lokasi rata }
      |                                                  ^
uji.rkt:3:10: error[E018]: undeclared plan 'PK_AA'; did you mean 'PK_A'?
    3 |   data { PK_AA A1 2025 5 }
      |          ^~~~~

=== E018: a code that is not the named plan's (B1 is PK_B's, not PK_A's)
$ rkt check tree.rkt uji.rkt
--- tree.rkt < fixtures/cascade/tree.rkt
--- uji.rkt
uji "code of another plan" {
  rencana PK_KABAN
  data { PK_A B1 2025 5 }
  harap realisasi(IKJ) == 5
}
--- exit 1
--- stderr
tree.rkt:6:50: warning[W050]: target 4 of IKR differs from its supporters' targets combined by rata (3.33): PK_A 5, PK_B 4, PK_C 1
    6 |     indikator IKR "Rata" { satuan laporan target 4 konsolidasi_lokasi rata }
      |                                                  ^
uji.rkt:3:15: error[E018]: undeclared code 'B1'; did you mean 'A1'?
    3 |   data { PK_A B1 2025 5 }
      |               ^~

=== E018: a renstra is never evaluated, so no row is for it
$ rkt check tree.rkt r.rkt uji.rkt
--- tree.rkt < fixtures/cascade/tree.rkt
--- r.rkt
satuan persen : persen
renstra RS "Renstra" {
  periode 2025..2029
  sasaran S1 "s" { indikator R1 "r" { satuan persen target { 2025: 1 } } }
}
--- uji.rkt
uji "renstra row" {
  rencana PK_KABAN
  data { RS R1 2025 5 }
  harap bukan ada(realisasi(IKJ))
}
--- exit 1
--- stderr
tree.rkt:6:50: warning[W050]: target 4 of IKR differs from its supporters' targets combined by rata (3.33): PK_A 5, PK_B 4, PK_C 1
    6 |     indikator IKR "Rata" { satuan laporan target 4 konsolidasi_lokasi rata }
      |                                                  ^
uji.rkt:3:10: error[E018]: plan 'RS' is a renstra: it is never evaluated, so no data row is read for it; a row names an rkt or pk
    3 |   data { RS R1 2025 5 }
      |          ^~

=== a supporter's file with errors: its superior's test does not run (its realisasi would be missing)
$ rkt test sup.rkt sub.rkt uji.rkt
--- sup.rkt
satuan laporan : cacah
pk SUP "Atasan" {
  tahun 2025
  sasaran S1 "s" { indikator IK "k" { satuan laporan target 2 konsolidasi_lokasi jumlah } }
}
--- sub.rkt
pk SUB "Bawahan" {
  tahun 2025
  atasan SUP
  sasaran S1 "s" { indikator I1 "i" { satuan laporan target 2 mendukung IK bogus 1 } }
}
--- uji.rkt
uji "superior" {
  rencana SUP
  data { SUB I1 2025 2 }
  harap realisasi(IK) == 2
}
uji "superior without rows" {
  rencana SUP
  harap bukan ada(realisasi(IK))
}
--- exit 1
--- stdout
FAIL  superior
      uji.rkt:1:1: not run: sub.rkt has errors (shown on stderr)
FAIL  superior without rows
      uji.rkt:6:1: not run: sub.rkt has errors (shown on stderr)
0 passed, 2 failed

=== a row for the test's own plan written with and without its PLAN is one row: the second repeats the first
$ rkt test tree.rkt uji.rkt
--- tree.rkt < fixtures/cascade/tree.rkt
--- uji.rkt
uji "x" {
  rencana PK_A
  data {
    A1 2025-TW1 5
    PK_A A1 2025-TW1 5
  }
  harap realisasi(A1) == 5
}
--- exit 1
--- stdout
FAIL  x
      uji.rkt:5:5: PK_A A1 2025-TW1 5
        expected: one row per code and period, none overlapping
        actual:   repeats the row at line 4
0 passed, 1 failed
