# The plan as a tree (LANGUAGE.md §3.1): elements nested in either
# hierarchy, links, inheritance through mengacu wherever an element is
# nested, and the roll-up over the tree.  Format: tests/golden/run.sh.
#
# dinas.rkt (fixtures/tree) is the regional hierarchy tujuan T1 > sasaran
# S1 > program P1 > kegiatan K1 > subkegiatan SK1, with sasaran S2 in T1;
# d.csv gives each indicator one 2026 value, every unit polaritas maksimal
# and konsolidasi terakhir, so capaian = R / T x 100:
#   IT1 45/90 = 50, I1 88/80 = 110, IP1 60/80 = 75, IK1 25/50 = 50,
#   I2 30/40 = 75.
# Each element takes its own indicators only: T1 50, S1 110, P1 75,
# K1 50, S2 75; SK1 has neither indicator nor kin: kosong.  The plan is
# the mean of its outermost sasaran S1 and S2 (T1, P1, K1 do not count):
# (110 + 75) / 2 = 92.5.

=== the regional tree in JSON: every sasaran with its induk, the program and tujuan lists in source order, the plan over its outermost sasaran
$ rkt eval units.rkt dinas.rkt --data d.csv --format json
--- units.rkt < fixtures/tree/units.rkt
--- dinas.rkt < fixtures/tree/dinas.rkt
--- d.csv < fixtures/tree/d.csv
--- stdout
{"rencana":"R","tahun":2026,"periode":"2026","capaian":92.5,"predikat":null,"anggaran":null,"realisasi_anggaran":null,"serapan":null,"sasaran":[{"kode":"S1","uraian":"Meningkatnya pemberdayaan perempuan","induk":"T1","tingkat":null,"capaian":110,"predikat":null,"tanpa_data":[],"indikator":[{"kode":"I1","uraian":"Indeks Pemberdayaan Gender","satuan":"skor","polaritas":"maksimal","konsolidasi":"terakhir","target":80,"realisasi":88,"capaian":110,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null}]},{"kode":"S2","uraian":"Meningkatnya perlindungan anak","induk":"T1","tingkat":null,"capaian":75,"predikat":null,"tanpa_data":[],"indikator":[{"kode":"I2","uraian":"Persentase kasus tertangani","satuan":"pct","polaritas":"maksimal","konsolidasi":"terakhir","target":40,"realisasi":30,"capaian":75,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null}]}],"program":[{"kode":"P1","jenis":"program","uraian":"Program Pengarusutamaan Gender","induk":"S1","anggaran":null,"realisasi_anggaran":null,"serapan":null,"tanpa_anggaran":[],"capaian":75,"tanpa_data":[],"indikator":[{"kode":"IP1","uraian":"Persentase lembaga responsif gender","satuan":"pct","polaritas":"maksimal","konsolidasi":"terakhir","target":80,"realisasi":60,"capaian":75,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null}]},{"kode":"K1","jenis":"kegiatan","uraian":"Pelembagaan PUG","induk":"P1","anggaran":null,"realisasi_anggaran":null,"serapan":null,"tanpa_anggaran":[],"capaian":50,"tanpa_data":[],"indikator":[{"kode":"IK1","uraian":"Persentase dokumen","satuan":"pct","polaritas":"maksimal","konsolidasi":"terakhir","target":50,"realisasi":25,"capaian":50,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null}]},{"kode":"SK1","jenis":"subkegiatan","uraian":"Koordinasi PUG","induk":"K1","anggaran":null,"realisasi_anggaran":null,"serapan":null,"tanpa_anggaran":[],"capaian":null,"tanpa_data":[],"indikator":[]}],"tujuan":[{"kode":"T1","jenis":"tujuan","uraian":"Meningkatnya kualitas hidup perempuan dan anak","induk":null,"anggaran":null,"realisasi_anggaran":null,"serapan":null,"tanpa_anggaran":[],"capaian":50,"tanpa_data":[],"indikator":[{"kode":"IT1","uraian":"Indeks Pembangunan Gender","satuan":"skor","polaritas":"maksimal","konsolidasi":"terakhir","target":90,"realisasi":45,"capaian":50,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null}]}],"temuan":[]}

=== the indicators of every element in the table, CSV and Markdown: sasaran first, then the other elements that have indicators
$ rkt eval units.rkt dinas.rkt --data d.csv --format table
$ rkt eval units.rkt dinas.rkt --data d.csv --format csv
$ rkt eval units.rkt dinas.rkt --data d.csv --format md
--- units.rkt < fixtures/tree/units.rkt
--- dinas.rkt < fixtures/tree/dinas.rkt
--- d.csv < fixtures/tree/d.csv
--- stdout
S1  Meningkatnya pemberdayaan perempuan  capaian 110
Kode  Uraian                      Satuan  Target  Realisasi  Capaian %  Predikat
I1    Indeks Pemberdayaan Gender  skor        80         88        110  -

S2  Meningkatnya perlindungan anak  capaian 75
Kode  Uraian                      Satuan  Target  Realisasi  Capaian %  Predikat
I2    Persentase kasus tertanga…  pct         40         30         75  -

T1  Meningkatnya kualitas hidup perempuan dan anak  capaian 50
Kode  Uraian                      Satuan  Target  Realisasi  Capaian %  Predikat
IT1   Indeks Pembangunan Gender   skor        90         45         50  -

P1  Program Pengarusutamaan Gender  capaian 75
Kode  Uraian                      Satuan  Target  Realisasi  Capaian %  Predikat
IP1   Persentase lembaga respon…  pct         80         60         75  -

K1  Pelembagaan PUG  capaian 50
Kode  Uraian                      Satuan  Target  Realisasi  Capaian %  Predikat
IK1   Persentase dokumen          pct         50         25         50  -

Capaian R (2026): 92.50

Temuan: tidak ada
kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat,pelaksana,jenis,anggaran,realisasi_anggaran,serapan
I1,S1,Indeks Pemberdayaan Gender,skor,maksimal,terakhir,80,88,110,,,indikator,,,
I2,S2,Persentase kasus tertangani,pct,maksimal,terakhir,40,30,75,,,indikator,,,
IT1,T1,Indeks Pembangunan Gender,skor,maksimal,terakhir,90,45,50,,,indikator,,,
IP1,P1,Persentase lembaga responsif gender,pct,maksimal,terakhir,80,60,75,,,indikator,,,
IK1,K1,Persentase dokumen,pct,maksimal,terakhir,50,25,50,,,indikator,,,
# R — Dinas (2026)

## S1 — Meningkatnya pemberdayaan perempuan

| Kode | Uraian | Satuan | Target | Realisasi | Capaian % | Predikat |
|---|---|---|--:|--:|--:|---|
| I1 | Indeks Pemberdayaan Gender | skor | 80 | 88 | 110 | - |

Capaian S1: 110

## S2 — Meningkatnya perlindungan anak

| Kode | Uraian | Satuan | Target | Realisasi | Capaian % | Predikat |
|---|---|---|--:|--:|--:|---|
| I2 | Persentase kasus tertangani | pct | 40 | 30 | 75 | - |

Capaian S2: 75

## T1 — Meningkatnya kualitas hidup perempuan dan anak

| Kode | Uraian | Satuan | Target | Realisasi | Capaian % | Predikat |
|---|---|---|--:|--:|--:|---|
| IT1 | Indeks Pembangunan Gender | skor | 90 | 45 | 50 | - |

Capaian T1: 50

## P1 — Program Pengarusutamaan Gender

| Kode | Uraian | Satuan | Target | Realisasi | Capaian % | Predikat |
|---|---|---|--:|--:|--:|---|
| IP1 | Persentase lembaga responsif gender | pct | 80 | 60 | 75 | - |

Capaian P1: 75

## K1 — Pelembagaan PUG

| Kode | Uraian | Satuan | Target | Realisasi | Capaian % | Predikat |
|---|---|---|--:|--:|--:|---|
| IK1 | Persentase dokumen | pct | 50 | 25 | 50 | - |

Capaian K1: 50

**Capaian R (2026): 92.50**

## Temuan

Tidak ada temuan.
=== a sasaran strategis rolls up its sasaran program through the program between them
SS1 holds no indicator: it takes its kin, the nearest sasaran below it
reached through other kinds: SP1 and SP2 through program P1, SP3 direct.
A: 6 + 6 = 12 of 10 = 120; B: 2 of 4 = 50; C has no row: left out.
SS1 = (1 x 120 + 3 x 50) / (1 + 3) = 270 / 4 = 67.5.  The plan's
outermost sasaran is SS1 alone: 67.5.
$ rkt explain units.rkt t.rkt --data d.csv SS1
$ rkt explain units.rkt t.rkt --data d.csv R
--- units.rkt < fixtures/tree/units.rkt
--- t.rkt
rkt R "Balai" {
  tahun 2025
  sasaran SS1 "Strategis" {
    tingkat strategis
    program P1 "Program" {
      sasaran SP1 "Satu" { tingkat program  indikator A "a" { satuan buah target 10 } }
      sasaran SP2 "Dua" {
        tingkat program
        bobot   3
        indikator B "b" { satuan buah target 4 }
      }
    }
    sasaran SP3 "Tiga" { indikator C "c" { satuan buah target 5 } }
  }
}
--- d.csv
kode,periode,nilai
A,2025-TW1,6
A,2025-TW2,6
B,2025,2
--- stdout
sasaran SS1: Strategis
  rencana R, periode 2025, bobot 1

sasaran
  SP1        capaian 120, bobot 1
  SP2        capaian 50, bobot 3
  SP3        capaian kosong: left out (tanpa data)

capaian
  weighted mean: (1 × 120 + 3 × 50) / 4
  = 270 / 4 = 67.5 → 67.50
  before rounding 67.5, after rounding 67.50

predikat
  none: no scale given

tanpa data: SP3
rencana R: Balai
  rkt, tahun 2025, periode 2025

sasaran
  SS1        capaian 67.5 → 67.50, bobot 1

capaian
  weighted mean: (1 × 67.5) / 1
  = 67.5 / 1 = 67.5 → 67.50
  before rounding 67.5, after rounding 67.50

predikat
  none: no scale given
=== an element inherits through mengacu by code, however the plans nest it
The Renstra writes SP1 flat, linked to T1; the RKT nests it in program
P1 and writes only the target: uraian, satuan and tujuan are inherited
from SP1 wherever it lies.  I1: 8 of 10 = 80 (cacah: jumlah).
$ rkt check units.rkt renstra.rkt rkt.rkt
$ rkt eval units.rkt renstra.rkt rkt.rkt --rencana R --data d.csv --format json
--- units.rkt
satuan buah : cacah
--- renstra.rkt
renstra RS "Renstra" {
  periode 2025..2029
  tujuan T1 "Tujuan"
  sasaran SP1 "Uraian dari Renstra" {
    tujuan T1
    indikator I1 "Indikator dari Renstra" { satuan buah target { 2025: 10 } }
  }
}
--- rkt.rkt
rkt R "RKT" {
  tahun   2025
  mengacu RS
  program P1 "Program" {
    sasaran SP1 {
      tingkat program
      indikator I1 { target 10 }
    }
  }
}
--- d.csv
kode,periode,nilai
I1,2025,8
--- stderr
--- stdout
{"rencana":"R","tahun":2025,"periode":"2025","capaian":80,"predikat":null,"anggaran":null,"realisasi_anggaran":null,"serapan":null,"sasaran":[{"kode":"SP1","uraian":"Uraian dari Renstra","induk":"P1","tingkat":"program","capaian":80,"predikat":null,"tanpa_data":[],"indikator":[{"kode":"I1","uraian":"Indikator dari Renstra","satuan":"buah","polaritas":"maksimal","konsolidasi":"jumlah","target":10,"realisasi":8,"capaian":80,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null}]}],"program":[{"kode":"P1","jenis":"program","uraian":"Program","induk":null,"anggaran":null,"realisasi_anggaran":null,"serapan":null,"tanpa_anggaran":[],"capaian":null,"tanpa_data":[],"indikator":[]}],"tujuan":[],"temuan":[]}

=== errors of the tree: a kind inside its own kind, a code of two kinds, a link to nothing, tingkat misspelt or misplaced
$ rkt check t.rkt
--- t.rkt
satuan buah : cacah
rkt R "R" {
  tahun 2025
  kegiatan K1 "K" {
    subkegiatan S1 "s" {
      kegiatan K2 "inner" { }
    }
  }
  program P1 "P" { tingkat program }
  sasaran P1 "dup" { indikator I "i" { satuan buah target 1 } }
  sasaran SA "a" {
    tujuan  T9
    tingkat nasional
    indikator J "j" { satuan buah target 1 }
  }
}
--- exit 1
--- stderr
t.rkt:6:16: error[E029]: kegiatan 'K2' lies inside another kegiatan; an element holds only other kinds (only a sasaran may hold sasaran): close the outer kegiatan first
    6 |       kegiatan K2 "inner" { }
      |                ^~
t.rkt:9:20: error[E014]: 'tingkat' does not belong in a program; valid here: bobot, keterangan, predikat, bila_kosong, indikator, anggaran, tujuan, sasaran, program, kegiatan, subkegiatan
    9 |   program P1 "P" { tingkat program }
      |                    ^~~~~~~
t.rkt:10:11: error[E011]: sasaran 'P1' has the code of program P1 at t.rkt:9:11; the codes of a plan's elements are unique within it
   10 |   sasaran P1 "dup" { indikator I "i" { satuan buah target 1 } }
      |           ^~
t.rkt:12:13: error[E018]: undeclared tujuan 'T9'; declare it in the plan: tujuan T9 "..."
   12 |     tujuan  T9
      |             ^~
t.rkt:13:13: error[E013]: 'nasional' is not a valid tingkat; expected one of: strategis, program, kegiatan
   13 |     tingkat nasional
      |             ^~~~~~~~
=== kegiatan and subkegiatan are reserved words and still names of units
rules/sakip.rkt declares `satuan kegiatan`: the word is still a unit's
name, in a declaration and after `satuan`, inside a kegiatan too.
$ rkt check t.rkt
--- t.rkt
satuan subkegiatan : cacah
rkt R "R" {
  tahun 2025
  kegiatan K1 "Kegiatan" {
    indikator I1 "Kegiatan terlaksana" { satuan subkegiatan target 4 }
  }
  sasaran S1 "Sasaran" {
    tingkat kegiatan
    indikator I2 "b" { satuan subkegiatan target 1 }
  }
}
--- stderr

=== blocks nested deeper than 200 levels are a limit (E002), not a deep recursion
$ awk 'BEGIN { printf "rkt R \"R\" {\n  tahun 2025\n"; for (i = 0; i < 120; i++) printf "sasaran S%d \"s\" { program P%d \"p\" {\n", i, i; for (i = 0; i < 240; i++) printf "}"; print "}" }' > deep.rkt
$ rkt check deep.rkt
--- exit 2
--- stderr
deep.rkt:102:35: error[E002]: blocks nested deeper than 200 levels; a plan's tree is a few levels deep
  102 | sasaran S99 "s" { program P99 "p" {
      |                                   ^
