# Static and evaluated rules (E100).
# Cases moved from tests/unit/test_sema.c (the test each comes from in the
# title's brackets), on the same source.  Format: tests/golden/run.sh.

=== E100 check evaluates the static rule once per plan, at its name, and leaves the one that reads capaian to eval, which runs both: galat and peringatan [test_rules_static_or_evaluated]
# IKSP5 reaches 25%, below the 80 of "Capaian".
$ rkt check t.rkt; echo "check: exit $?"
$ rkt eval --format json t.rkt --data d.csv 2>/dev/null
--- t.rkt
satuan dokumen : cacah
rkt R "R" {
  tahun 2025
  sasaran SP2 "S" {
    indikator IKSP5 "a" { satuan dokumen target 40 }
    indikator IKSP6 "b" { satuan dokumen target 33 }
  }
}
aturan "Registrasi" { jika target(IKSP5) > target(IKSP6) maka galat "{target(IKSP5)} > {target(IKSP6)}" }
aturan "Capaian" { untuk indikator i jika capaian(i) < 80 maka peringatan "{kode(i)}" }
--- d.csv
kode,periode,nilai
IKSP5,2025,10
IKSP6,2025,33
--- exit 1
--- stdout
check: exit 1
{"rencana":"R","tahun":2025,"periode":"2025","capaian":62.5,"predikat":null,"anggaran":null,"realisasi_anggaran":null,"serapan":null,"sasaran":[{"kode":"SP2","uraian":"S","induk":null,"tingkat":null,"capaian":62.5,"predikat":null,"tanpa_data":[],"indikator":[{"kode":"IKSP5","uraian":"a","satuan":"dokumen","polaritas":"maksimal","konsolidasi":"jumlah","target":40,"realisasi":10,"capaian":25,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null},{"kode":"IKSP6","uraian":"b","satuan":"dokumen","polaritas":"maksimal","konsolidasi":"jumlah","target":33,"realisasi":33,"capaian":100,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null}]}],"program":[],"tujuan":[],"temuan":[{"aturan":"Registrasi","tingkat":"galat","pesan":"40 > 33","file":"t.rkt","line":9,"column":1},{"aturan":"Capaian","tingkat":"peringatan","pesan":"IKSP5","file":"t.rkt","line":10,"column":1}]}
--- stderr
t.rkt:9:8: error[E100]: aturan "Registrasi" in R: 40 > 33
    9 | aturan "Registrasi" { jika target(IKSP5) > target(IKSP6) maka galat "{target(IKSP5)} > {target(IKSP6)}" }
      |        ^~~~~~~~~~~~
