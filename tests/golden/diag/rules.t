# Golden tests of the rules family (E100, W100, I100): the findings of
# static `aturan` rules, which `rkt check` evaluates for every rkt and pk
# plan.  Catalogue: docs/diagnostics.md.  Format: tests/golden/run.sh.

=== E100 a static rule of severity galat fails the check
$ rkt check main.rkt
--- main.rkt
satuan dokumen : cacah
rkt R "Rencana" {
  tahun 2025
  sasaran SP2 "Keterlibatan masyarakat" {
    indikator IKSP5 "Registrasi pihak lain" { satuan dokumen target 40 }
    indikator IKSP6 "Permohonan registrasi" { satuan dokumen target 33 }
  }
}
aturan "Target registrasi tidak boleh melebihi target permohonan" {
  jika target(IKSP5) > target(IKSP6)
  maka galat "target IKSP5 ({target(IKSP5)}) melebihi target IKSP6 ({target(IKSP6)})"
}
--- exit 1
--- stderr
main.rkt:9:8: error[E100]: aturan "Target registrasi tidak boleh melebihi target permohonan" in R: target IKSP5 (40) melebihi target IKSP6 (33)
    9 | aturan "Target registrasi tidak boleh melebihi target permohonan" {
      |        ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

=== W100 a static rule of severity peringatan, once per indicator
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Layanan" {
    indikator I1 "Kepatuhan" { satuan persen target 50 }
    indikator I2 "Ketepatan" { satuan persen target 95 }
    indikator I3 "Kepuasan" { satuan persen target 40 }
  }
}
aturan "Target persen terlalu rendah" {
  untuk indikator i
  jika target(i) < 60
  maka peringatan "{kode(i)} hanya menargetkan {target(i)}%"
}
--- exit 0
--- stderr
main.rkt:10:8: warning[W100]: aturan "Target persen terlalu rendah" in R: I1 hanya menargetkan 50% (indikator I1 at main.rkt:5)
   10 | aturan "Target persen terlalu rendah" {
      |        ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
main.rkt:10:8: warning[W100]: aturan "Target persen terlalu rendah" in R: I3 hanya menargetkan 40% (indikator I3 at main.rkt:7)
   10 | aturan "Target persen terlalu rendah" {
      |        ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

=== W100 with --werror a warning finding fails the check
$ rkt check --werror main.rkt
--- main.rkt
satuan persen : persen
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Layanan" { indikator I1 "Kepatuhan" { satuan persen target 50 } }
}
aturan "Target persen terlalu rendah" {
  untuk indikator i
  jika target(i) < 60
  maka peringatan "{kode(i)} hanya menargetkan {target(i)}%"
}
--- exit 1
--- stderr
main.rkt:6:8: warning[W100]: aturan "Target persen terlalu rendah" in R: I1 hanya menargetkan 50% (indikator I1 at main.rkt:4)
    6 | aturan "Target persen terlalu rendah" {
      |        ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

=== I100 a static rule of severity info, per sasaran and per plan
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Layanan" { indikator I1 "Kepatuhan" { satuan persen target 80.5 } }
}
pk P "Perjanjian" {
  tahun   2025
  mengacu R
  sasaran SP1 { indikator I1 { target 80.5 } }
}
aturan "Sasaran" {
  untuk sasaran s
  jika 1 > 0
  maka info "{kode(s)}: {uraian(s)}"
}
aturan "Rencana" { jika target(I1) > 80 maka info "target I1 {target(I1)} \{ok}" }
--- exit 0
--- stderr
main.rkt:11:8: note[I100]: aturan "Sasaran" in R: SP1: Layanan (sasaran SP1 at main.rkt:4)
   11 | aturan "Sasaran" {
      |        ^~~~~~~~~
main.rkt:11:8: note[I100]: aturan "Sasaran" in P: SP1: Layanan (sasaran SP1 at main.rkt:9)
   11 | aturan "Sasaran" {
      |        ^~~~~~~~~
main.rkt:16:8: note[I100]: aturan "Rencana" in R: target I1 80.50 {ok}
   16 | aturan "Rencana" { jika target(I1) > 80 maka info "target I1 {target(I1)} \{ok}" }
      |        ^~~~~~~~~
main.rkt:16:8: note[I100]: aturan "Rencana" in P: target I1 80.50 {ok}
   16 | aturan "Rencana" { jika target(I1) > 80 maka info "target I1 {target(I1)} \{ok}" }
      |        ^~~~~~~~~

=== I100 a rule that reads realisasi is left to eval
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Layanan" { indikator I1 "Kepatuhan" { satuan persen target 80 } }
}
aturan "Capaian di bawah 80%" {
  untuk indikator i
  jika ada(capaian(i)) dan capaian(i) < 80
  maka galat "{kode(i)} baru mencapai {capaian(i)}%"
}
--- exit 0
--- stderr

=== E100 static rules run for every plan, also when the run has errors elsewhere
# The undeclared satuan does not stop the static rule: it is evaluated
# (and reported) like in any other plan.
$ rkt check main.rkt
--- main.rkt
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Layanan" { indikator I1 "Kepatuhan" { satuan persn target 50 } }
}
aturan "Selalu" { jika target(I1) > 0 maka galat "x" }
--- exit 1
--- stderr
main.rkt:3:61: error[E018]: undeclared satuan 'persn'; declare it with 'satuan persn ...'
    3 |   sasaran SP1 "Layanan" { indikator I1 "Kepatuhan" { satuan persn target 50 } }
      |                                                             ^~~~~
main.rkt:5:8: error[E100]: aturan "Selalu" in R: x
    5 | aturan "Selalu" { jika target(I1) > 0 maka galat "x" }
      |        ^~~~~~~~

=== E100 the bkhit rule fires when IKSP5's target exceeds IKSP6's
$ cp -r $ROOT/examples/bkhit . && sed -i '48s/target 33/target 40/' bkhit/rkt-2025.rkt
$ rkt check bkhit/rkt-2025.rkt 2>&1 | grep -A2 'E100'
--- stdout
bkhit/aturan.rkt:13:8: error[E100]: aturan "Target registrasi tidak boleh melebihi target permohonan" in RKT_BKHIT_2025: target IKSP5 (40) melebihi target IKSP6 (33)
   13 | aturan "Target registrasi tidak boleh melebihi target permohonan" {
      |        ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

=== E100 the seed passes its rules
$ rkt check $ROOT/examples/bkhit/rkt-2025.rkt 2>/dev/null
--- exit 0
