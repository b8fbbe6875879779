# Golden tests of checks fixed while the pipeline was rebuilt (issue 8,
# item 5).  Cases titled "fixed bug" keep a fixed bug from coming back;
# their comment says what went wrong.  Format: tests/golden/run.sh.

=== fixed bug: a capaian cycle that a pk inherits is reported once, in the rkt that writes it (E017)
# Before: the pk, which writes no formula, reported the same cycle
# again at the same place.
$ rkt check inh.rkt
--- inh.rkt
satuan persen : persen
rkt R "R" {
  tahun 2025
  sasaran S "S" {
    indikator I1 "Satu" { satuan persen target 80 capaian = capaian(I2) }
    indikator I2 "Dua" { satuan persen target 80 capaian = capaian(I1) }
  }
}
pk P "P" {
  tahun 2025
  mengacu R
  sasaran S {
    indikator I1 { target 80 }
    indikator I2 { target 80 }
  }
}
--- exit 1
--- stdout
--- stderr
inh.rkt:6:68: error[E017]: capaian formulas depend on each other: I1 -> I2 -> I1; one of them must be computed without the other's capaian
    6 |     indikator I2 "Dua" { satuan persen target 80 capaian = capaian(I1) }
      |                                                                    ^~

=== fixed bug: a formula reading its own value says so (E017)
# docs/language.md (decision 13) said such a capaian is kosong while check
# reported a cycle 'I1 -> I1'; now the manual and the message say what it is.
$ rkt check selfcap.rkt
--- selfcap.rkt
satuan persen : persen
rkt R "R" {
  tahun 2025
  sasaran S "S" {
    indikator I1 "Satu" { satuan persen target 80 capaian = capaian + 1 }
    indikator I2 "Dua" { satuan persen target 80 capaian = capaian(I2) * 2 }
  }
}
--- exit 1
--- stdout
--- stderr
selfcap.rkt:5:61: error[E017]: the capaian formula of I1 reads its own capaian; compute it from realisasi and target
    5 |     indikator I1 "Satu" { satuan persen target 80 capaian = capaian + 1 }
      |                                                             ^~~~~~~
selfcap.rkt:6:68: error[E017]: the capaian formula of I2 reads its own capaian; compute it from realisasi and target
    6 |     indikator I2 "Dua" { satuan persen target 80 capaian = capaian(I2) * 2 }
      |                                                                    ^~

=== fixed bug: a sasaran whose indicators all have bobot 0 is warned of (W004); explain says why its mean is kosong
# Before: no warning, and explain said 'no part has a capaian' although both
# have one (I1 80/80 = 100, I2 40/80 = 50, each with bobot 0).
$ rkt check main.rkt
$ rkt explain main.rkt --data d.csv S
--- main.rkt
satuan persen : persen
rkt R "Rencana" {
  tahun 2025
  sasaran S "Layanan" {
    indikator I1 "Satu" { satuan persen target 80 bobot 0 }
    indikator I2 "Dua" { satuan persen target 80 bobot 0 }
  }
}
--- d.csv
kode,periode,nilai
I1,2025,80
I2,2025,40
--- stdout
sasaran S: Layanan
  rencana R, periode 2025, bobot 1

indikator
  I1         capaian 100, bobot 0
  I2         capaian 50, bobot 0

capaian
  every part with a capaian has bobot 0: the weighted mean has no weight: kosong

predikat
  none: no scale given
--- stderr
main.rkt:4:11: warning[W004]: every indikator of sasaran 'S' has bobot 0: its capaian, a weighted mean, has no weight and stays kosong; give one of them a bobot above 0
    4 |   sasaran S "Layanan" {
      |           ^
main.rkt:4:11: warning[W004]: every indikator of sasaran 'S' has bobot 0: its capaian, a weighted mean, has no weight and stays kosong; give one of them a bobot above 0
    4 |   sasaran S "Layanan" {
      |           ^

=== fixed bug: a data file none of whose rows names a loaded plan is warned of, with the nearest plan (W402)
# Before: results without data, exit 0, nothing said.
$ rkt eval main.rkt --data nasional.csv --format json
--- main.rkt
satuan persen : persen
rkt RKT_BKHIT "Rencana" {
  tahun 2025
  sasaran S "Layanan" {
    indikator I1 "Satu" { satuan persen target 80 }
  }
}
--- nasional.csv
rencana,kode,periode,nilai
RKT_BKHT,I1,2025,80
--- stdout
{"rencana":"RKT_BKHIT","tahun":2025,"periode":"2025","capaian":null,"predikat":null,"anggaran":null,"realisasi_anggaran":null,"serapan":null,"sasaran":[{"kode":"S","uraian":"Layanan","induk":null,"tingkat":null,"capaian":null,"predikat":null,"tanpa_data":["I1"],"indikator":[{"kode":"I1","uraian":"Satu","satuan":"persen","polaritas":"maksimal","konsolidasi":"terakhir","target":80,"realisasi":null,"capaian":null,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null}]}],"program":[],"tujuan":[],"temuan":[]}
--- stderr
nasional.csv:1:1: warning[W402]: no row of nasional.csv names a loaded plan (its rows name 'RKT_BKHT'), so no plan takes its data; did you mean 'RKT_BKHIT'?
    1 | rencana,kode,periode,nilai
      | ^

=== fixed bug: eval --semua reports an undeclared code in an uji data row of a shared file, as check does (E018)
# Before: the streaming driver ignored it and printed the results (exit 0).
# An error in a shared file stops every plan (none is evaluated).
$ rkt eval --semua --format csv plans uji.rkt --data d.csv
--- plans/a.rkt
rkt RKT_A "A" {
  tahun 2025
  sasaran S "Layanan" {
    indikator I1 "Satu" { satuan persen target 80 }
  }
}
--- uji.rkt
satuan persen : persen
uji "kode salah" {
  rencana RKT_A
  data { I9 2025 80 }
  harap realisasi(I1) == 80
}
--- d.csv
rencana,kode,periode,nilai
RKT_A,I1,2025,80
--- exit 1
--- stdout
--- stderr
uji.rkt:4:10: error[E018]: undeclared code 'I9'; did you mean 'I1'?
    4 |   data { I9 2025 80 }
      |          ^~

=== fixed bug: harap X != N does not hold when X is kosong (comparisons with kosong are false)
# Before: the test runner took kosong and 1 for two different values and
# passed the second harap, though the language says kosong != 1 is false.
# I1 = 70 (one row), so the first holds.
$ rkt test ne.rkt
--- ne.rkt
satuan persen : persen
rkt R "R" {
  tahun 2025
  sasaran S "S" {
    indikator I1 "Satu" { satuan persen target 80 }
    indikator I2 "Dua" { satuan persen target 80 }
  }
}
uji "I2 tanpa data" {
  rencana R
  data { I1 2025 70 }
  harap realisasi(I1) != 1
  harap realisasi(I2) != 1
}
--- exit 1
--- stdout
FAIL  I2 tanpa data
      ne.rkt:13:3: harap realisasi(I2) != 1
        expected: a value != 1
        actual:   kosong
0 passed, 1 failed
--- stderr

