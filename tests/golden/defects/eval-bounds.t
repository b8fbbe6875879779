# Golden tests of the evaluator's bounds (docs/language.md "Evaluation",
# docs/design.md "Limits"): every value is computed once per period, and
# the work of one call tree is bounded.  Cases titled "fixed bug" keep a
# fixed bug from coming back.  Format: tests/golden/run.sh.

=== fixed bug: a chain of 40 derived indicators, each reading the one below twice, is linear
# Before: each level evaluated the one below twice, 2^40 evaluations (depth
# 22 took 2.4 s, 40 never ended).  I0 = 1 and each level doubles the one
# below, so I20 = 2^20 = 1_048_576 and I40 = 2^40 = 1_099_511_627_776.
$ rkt test chain.rkt
--- chain.rkt
satuan angka : angka
rkt R "Rantai" {
  tahun 2025
  sasaran S "Rantai turunan" {
    indikator I0 "Dasar" { satuan angka target 1 }
    indikator I1 "Tingkat 1" { satuan angka target 1 realisasi = I0 + I0 }
    indikator I2 "Tingkat 2" { satuan angka target 1 realisasi = I1 + I1 }
    indikator I3 "Tingkat 3" { satuan angka target 1 realisasi = I2 + I2 }
    indikator I4 "Tingkat 4" { satuan angka target 1 realisasi = I3 + I3 }
    indikator I5 "Tingkat 5" { satuan angka target 1 realisasi = I4 + I4 }
    indikator I6 "Tingkat 6" { satuan angka target 1 realisasi = I5 + I5 }
    indikator I7 "Tingkat 7" { satuan angka target 1 realisasi = I6 + I6 }
    indikator I8 "Tingkat 8" { satuan angka target 1 realisasi = I7 + I7 }
    indikator I9 "Tingkat 9" { satuan angka target 1 realisasi = I8 + I8 }
    indikator I10 "Tingkat 10" { satuan angka target 1 realisasi = I9 + I9 }
    indikator I11 "Tingkat 11" { satuan angka target 1 realisasi = I10 + I10 }
    indikator I12 "Tingkat 12" { satuan angka target 1 realisasi = I11 + I11 }
    indikator I13 "Tingkat 13" { satuan angka target 1 realisasi = I12 + I12 }
    indikator I14 "Tingkat 14" { satuan angka target 1 realisasi = I13 + I13 }
    indikator I15 "Tingkat 15" { satuan angka target 1 realisasi = I14 + I14 }
    indikator I16 "Tingkat 16" { satuan angka target 1 realisasi = I15 + I15 }
    indikator I17 "Tingkat 17" { satuan angka target 1 realisasi = I16 + I16 }
    indikator I18 "Tingkat 18" { satuan angka target 1 realisasi = I17 + I17 }
    indikator I19 "Tingkat 19" { satuan angka target 1 realisasi = I18 + I18 }
    indikator I20 "Tingkat 20" { satuan angka target 1 realisasi = I19 + I19 }
    indikator I21 "Tingkat 21" { satuan angka target 1 realisasi = I20 + I20 }
    indikator I22 "Tingkat 22" { satuan angka target 1 realisasi = I21 + I21 }
    indikator I23 "Tingkat 23" { satuan angka target 1 realisasi = I22 + I22 }
    indikator I24 "Tingkat 24" { satuan angka target 1 realisasi = I23 + I23 }
    indikator I25 "Tingkat 25" { satuan angka target 1 realisasi = I24 + I24 }
    indikator I26 "Tingkat 26" { satuan angka target 1 realisasi = I25 + I25 }
    indikator I27 "Tingkat 27" { satuan angka target 1 realisasi = I26 + I26 }
    indikator I28 "Tingkat 28" { satuan angka target 1 realisasi = I27 + I27 }
    indikator I29 "Tingkat 29" { satuan angka target 1 realisasi = I28 + I28 }
    indikator I30 "Tingkat 30" { satuan angka target 1 realisasi = I29 + I29 }
    indikator I31 "Tingkat 31" { satuan angka target 1 realisasi = I30 + I30 }
    indikator I32 "Tingkat 32" { satuan angka target 1 realisasi = I31 + I31 }
    indikator I33 "Tingkat 33" { satuan angka target 1 realisasi = I32 + I32 }
    indikator I34 "Tingkat 34" { satuan angka target 1 realisasi = I33 + I33 }
    indikator I35 "Tingkat 35" { satuan angka target 1 realisasi = I34 + I34 }
    indikator I36 "Tingkat 36" { satuan angka target 1 realisasi = I35 + I35 }
    indikator I37 "Tingkat 37" { satuan angka target 1 realisasi = I36 + I36 }
    indikator I38 "Tingkat 38" { satuan angka target 1 realisasi = I37 + I37 }
    indikator I39 "Tingkat 39" { satuan angka target 1 realisasi = I38 + I38 }
    indikator I40 "Tingkat 40" { satuan angka target 1 realisasi = I39 + I39 }
  }
}
uji "rantai 40 tingkat" {
  rencana R
  data { I0 2025 1 }
  harap realisasi(I40) == 1_099_511_627_776
  harap realisasi(I20) == 1_048_576
}
--- stdout
ok    rantai 40 tingkat
1 passed, 0 failed

=== fixed bug: a fungsi chain that doubles its work at every level stops at the step limit (E002, exit 2)
# f40(1) would make 2^40 calls; the call tree stops after 1_000_000 steps.
$ rkt eval f1.rkt --data d.csv
--- f1.rkt
satuan angka : angka
fungsi f0(x) = x
fungsi f1(x) = f0(x) + f0(x)
fungsi f2(x) = f1(x) + f1(x)
fungsi f3(x) = f2(x) + f2(x)
fungsi f4(x) = f3(x) + f3(x)
fungsi f5(x) = f4(x) + f4(x)
fungsi f6(x) = f5(x) + f5(x)
fungsi f7(x) = f6(x) + f6(x)
fungsi f8(x) = f7(x) + f7(x)
fungsi f9(x) = f8(x) + f8(x)
fungsi f10(x) = f9(x) + f9(x)
fungsi f11(x) = f10(x) + f10(x)
fungsi f12(x) = f11(x) + f11(x)
fungsi f13(x) = f12(x) + f12(x)
fungsi f14(x) = f13(x) + f13(x)
fungsi f15(x) = f14(x) + f14(x)
fungsi f16(x) = f15(x) + f15(x)
fungsi f17(x) = f16(x) + f16(x)
fungsi f18(x) = f17(x) + f17(x)
fungsi f19(x) = f18(x) + f18(x)
fungsi f20(x) = f19(x) + f19(x)
fungsi f21(x) = f20(x) + f20(x)
fungsi f22(x) = f21(x) + f21(x)
fungsi f23(x) = f22(x) + f22(x)
fungsi f24(x) = f23(x) + f23(x)
fungsi f25(x) = f24(x) + f24(x)
fungsi f26(x) = f25(x) + f25(x)
fungsi f27(x) = f26(x) + f26(x)
fungsi f28(x) = f27(x) + f27(x)
fungsi f29(x) = f28(x) + f28(x)
fungsi f30(x) = f29(x) + f29(x)
fungsi f31(x) = f30(x) + f30(x)
fungsi f32(x) = f31(x) + f31(x)
fungsi f33(x) = f32(x) + f32(x)
fungsi f34(x) = f33(x) + f33(x)
fungsi f35(x) = f34(x) + f34(x)
fungsi f36(x) = f35(x) + f35(x)
fungsi f37(x) = f36(x) + f36(x)
fungsi f38(x) = f37(x) + f37(x)
fungsi f39(x) = f38(x) + f38(x)
fungsi f40(x) = f39(x) + f39(x)
rkt R "Fungsi berlipat" {
  tahun 2025
  sasaran S "Rantai fungsi" {
    indikator I1 "Lipat" { satuan angka target 1 realisasi = f40(1) }
  }
}
--- d.csv
kode,periode,nilai
--- exit 2
--- stdout
--- stderr
f1.rkt:46:62: error[E002]: evaluating this expression takes more than 1000000 steps; simplify it (a fungsi that calls another twice doubles the work at every level)
   46 |     indikator I1 "Lipat" { satuan angka target 1 realisasi = f40(1) }
      |                                                              ^~~~~~

=== fixed bug: a static rule over the same fungsi chain does not hang check
$ rkt check f2.rkt
--- f2.rkt
satuan angka : angka
fungsi f0(x) = x
fungsi f1(x) = f0(x) + f0(x)
fungsi f2(x) = f1(x) + f1(x)
fungsi f3(x) = f2(x) + f2(x)
fungsi f4(x) = f3(x) + f3(x)
fungsi f5(x) = f4(x) + f4(x)
fungsi f6(x) = f5(x) + f5(x)
fungsi f7(x) = f6(x) + f6(x)
fungsi f8(x) = f7(x) + f7(x)
fungsi f9(x) = f8(x) + f8(x)
fungsi f10(x) = f9(x) + f9(x)
fungsi f11(x) = f10(x) + f10(x)
fungsi f12(x) = f11(x) + f11(x)
fungsi f13(x) = f12(x) + f12(x)
fungsi f14(x) = f13(x) + f13(x)
fungsi f15(x) = f14(x) + f14(x)
fungsi f16(x) = f15(x) + f15(x)
fungsi f17(x) = f16(x) + f16(x)
fungsi f18(x) = f17(x) + f17(x)
fungsi f19(x) = f18(x) + f18(x)
fungsi f20(x) = f19(x) + f19(x)
fungsi f21(x) = f20(x) + f20(x)
fungsi f22(x) = f21(x) + f21(x)
fungsi f23(x) = f22(x) + f22(x)
fungsi f24(x) = f23(x) + f23(x)
fungsi f25(x) = f24(x) + f24(x)
fungsi f26(x) = f25(x) + f25(x)
fungsi f27(x) = f26(x) + f26(x)
fungsi f28(x) = f27(x) + f27(x)
fungsi f29(x) = f28(x) + f28(x)
fungsi f30(x) = f29(x) + f29(x)
fungsi f31(x) = f30(x) + f30(x)
fungsi f32(x) = f31(x) + f31(x)
fungsi f33(x) = f32(x) + f32(x)
fungsi f34(x) = f33(x) + f33(x)
fungsi f35(x) = f34(x) + f34(x)
fungsi f36(x) = f35(x) + f35(x)
fungsi f37(x) = f36(x) + f36(x)
fungsi f38(x) = f37(x) + f37(x)
fungsi f39(x) = f38(x) + f38(x)
fungsi f40(x) = f39(x) + f39(x)
rkt R "Aturan berlipat" {
  tahun 2025
  sasaran S "Sasaran" {
    indikator I1 "Satu" { satuan angka target 1 }
  }
}
aturan "lipat" {
  jika f40(target(I1)) > 0
  maka info "besar"
}
--- exit 2
--- stderr
f2.rkt:50:8: error[E002]: evaluating this expression takes more than 1000000 steps; simplify it (a fungsi that calls another twice doubles the work at every level)
   50 |   jika f40(target(I1)) > 0
      |        ^~~~~~~~~~~~~~~~~~~
