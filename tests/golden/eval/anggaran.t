# Budgets (LANGUAGE.md §3.2): anggaran on program, kegiatan and
# subkegiatan, realisasi anggaran summed up the tree from the rows of each
# element's code, serapan from the sums.  Format: tests/golden/run.sh.
#
# dinas.rkt and id.csv (fixtures/budget), read with --angka id:
#   SK1 500_000_000 + 742_832_409 = 1_242_832_409 of 2_500_000_000 = 49.71 %
#   SK2 300_000_000 + 400_000_000 =   700_000_000 of 1_500_000_000 = 46.67 %
#   SK3 800_000_000 (TW2 only)                 of 3_010_548_753 = 26.57 %
#   K1 = SK1 + SK2 = 1_942_832_409 of 4_000_000_000 = 48.57 %
#   K2 = SK3 = 800_000_000 of 3_010_548_753 = 26.57 %
#   P1 = K1 + K2 = 2_742_832_409 of 7_010_548_753 = 39.1243... = 39.12 %
# A mean of the percentages would give (49.71 + 46.67 + 26.57) / 3 =
# 40.98: the pagu are unequal, the serapan is from the sums.
# Through TW1: SK1 500_000_000, SK2 300_000_000, SK3 none (kosong, in
# K2's tanpa_anggaran, counting 0): K1 800_000_000 = 20 %, K2 kosong,
# P1 800_000_000 / 7_010_548_753 = 11.41 %.

=== serapan from the sums at every level, in JSON, the whole year
$ rkt eval dinas.rkt --data id.csv --angka id --format json
--- dinas.rkt < fixtures/budget/dinas.rkt
--- id.csv < fixtures/budget/id.csv
--- stdout
{"rencana":"R","tahun":2026,"periode":"2026","capaian":80,"predikat":null,"anggaran":7010548753,"realisasi_anggaran":2742832409,"serapan":39.12,"sasaran":[{"kode":"S1","uraian":"Sasaran","induk":null,"tingkat":null,"capaian":80,"predikat":null,"tanpa_data":[],"indikator":[{"kode":"I1","uraian":"Indikator","satuan":"pct","polaritas":"maksimal","konsolidasi":"terakhir","target":50,"realisasi":40,"capaian":80,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null}]}],"program":[{"kode":"P1","jenis":"program","uraian":"Program","induk":null,"anggaran":7010548753,"realisasi_anggaran":2742832409,"serapan":39.12,"tanpa_anggaran":[],"capaian":null,"tanpa_data":["IP"],"indikator":[{"kode":"IP","uraian":"Persentase","satuan":"pct","polaritas":"maksimal","konsolidasi":"terakhir","target":80,"realisasi":null,"capaian":null,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null}]},{"kode":"K1","jenis":"kegiatan","uraian":"Kegiatan satu","induk":"P1","anggaran":4000000000,"realisasi_anggaran":1942832409,"serapan":48.57,"tanpa_anggaran":[],"capaian":null,"tanpa_data":[],"indikator":[]},{"kode":"SK1","jenis":"subkegiatan","uraian":"Sub satu","induk":"K1","anggaran":2500000000,"realisasi_anggaran":1242832409,"serapan":49.71,"tanpa_anggaran":[],"capaian":null,"tanpa_data":[],"indikator":[]},{"kode":"SK2","jenis":"subkegiatan","uraian":"Sub dua","induk":"K1","anggaran":1500000000,"realisasi_anggaran":700000000,"serapan":46.67,"tanpa_anggaran":[],"capaian":null,"tanpa_data":[],"indikator":[]},{"kode":"K2","jenis":"kegiatan","uraian":"Kegiatan dua","induk":"P1","anggaran":3010548753,"realisasi_anggaran":800000000,"serapan":26.57,"tanpa_anggaran":[],"capaian":null,"tanpa_data":[],"indikator":[]},{"kode":"SK3","jenis":"subkegiatan","uraian":"Sub tiga","induk":"K2","anggaran":3010548753,"realisasi_anggaran":800000000,"serapan":26.57,"tanpa_anggaran":[],"capaian":null,"tanpa_data":[],"indikator":[]}],"tujuan":[],"temuan":[]}

=== through TW1 an element with no row yet is kosong, listed in its parent's tanpa_anggaran and counted 0 above it
$ rkt eval dinas.rkt --data id.csv --angka id --periode 2026-TW1 --format json
--- dinas.rkt < fixtures/budget/dinas.rkt
--- id.csv < fixtures/budget/id.csv
--- stdout
{"rencana":"R","tahun":2026,"periode":"2026-TW1","capaian":null,"predikat":null,"anggaran":7010548753,"realisasi_anggaran":800000000,"serapan":11.41,"sasaran":[{"kode":"S1","uraian":"Sasaran","induk":null,"tingkat":null,"capaian":null,"predikat":null,"tanpa_data":["I1"],"indikator":[{"kode":"I1","uraian":"Indikator","satuan":"pct","polaritas":"maksimal","konsolidasi":"terakhir","target":50,"realisasi":null,"capaian":null,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null}]}],"program":[{"kode":"P1","jenis":"program","uraian":"Program","induk":null,"anggaran":7010548753,"realisasi_anggaran":800000000,"serapan":11.41,"tanpa_anggaran":["K2"],"capaian":null,"tanpa_data":["IP"],"indikator":[{"kode":"IP","uraian":"Persentase","satuan":"pct","polaritas":"maksimal","konsolidasi":"terakhir","target":80,"realisasi":null,"capaian":null,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null}]},{"kode":"K1","jenis":"kegiatan","uraian":"Kegiatan satu","induk":"P1","anggaran":4000000000,"realisasi_anggaran":800000000,"serapan":20,"tanpa_anggaran":[],"capaian":null,"tanpa_data":[],"indikator":[]},{"kode":"SK1","jenis":"subkegiatan","uraian":"Sub satu","induk":"K1","anggaran":2500000000,"realisasi_anggaran":500000000,"serapan":20,"tanpa_anggaran":[],"capaian":null,"tanpa_data":[],"indikator":[]},{"kode":"SK2","jenis":"subkegiatan","uraian":"Sub dua","induk":"K1","anggaran":1500000000,"realisasi_anggaran":300000000,"serapan":20,"tanpa_anggaran":[],"capaian":null,"tanpa_data":[],"indikator":[]},{"kode":"K2","jenis":"kegiatan","uraian":"Kegiatan dua","induk":"P1","anggaran":3010548753,"realisasi_anggaran":null,"serapan":null,"tanpa_anggaran":["SK3"],"capaian":null,"tanpa_data":[],"indikator":[]},{"kode":"SK3","jenis":"subkegiatan","uraian":"Sub tiga","induk":"K2","anggaran":3010548753,"realisasi_anggaran":null,"serapan":null,"tanpa_anggaran":[],"capaian":null,"tanpa_data":[],"indikator":[]}],"tujuan":[],"temuan":[]}

=== the budget in the table, CSV and Markdown
$ rkt eval dinas.rkt --data id.csv --angka id --format table
$ rkt eval dinas.rkt --data id.csv --angka id --format csv
$ rkt eval dinas.rkt --data id.csv --angka id --format md
--- dinas.rkt < fixtures/budget/dinas.rkt
--- id.csv < fixtures/budget/id.csv
--- stdout
S1  Sasaran  capaian 80
Kode  Uraian      Satuan  Target  Realisasi  Capaian %  Predikat
I1    Indikator   pct         50         40         80  -

P1  Program  capaian -
Kode  Uraian      Satuan  Target  Realisasi  Capaian %  Predikat
IP    Persentase  pct         80          -          -  -
tanpa data: IP

Capaian R (2026): 80

Anggaran
Kode  Jenis        Uraian                        Anggaran   Realisasi  Serapan %
P1    program      Program                     7010548753  2742832409      39.12
K1    kegiatan     Kegiatan satu               4000000000  1942832409      48.57
SK1   subkegiatan  Sub satu                    2500000000  1242832409      49.71
SK2   subkegiatan  Sub dua                     1500000000   700000000      46.67
K2    kegiatan     Kegiatan dua                3010548753   800000000      26.57
SK3   subkegiatan  Sub tiga                    3010548753   800000000      26.57
Anggaran R: 7010548753, realisasi 2742832409, serapan 39.12

Temuan: tidak ada
kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat,pelaksana,jenis,anggaran,realisasi_anggaran,serapan
I1,S1,Indikator,pct,maksimal,terakhir,50,40,80,,,indikator,,,
IP,P1,Persentase,pct,maksimal,terakhir,80,,,,,indikator,,,
P1,,Program,,,,,,,,,program,7010548753,2742832409,39.12
K1,P1,Kegiatan satu,,,,,,,,,kegiatan,4000000000,1942832409,48.57
SK1,K1,Sub satu,,,,,,,,,subkegiatan,2500000000,1242832409,49.71
SK2,K1,Sub dua,,,,,,,,,subkegiatan,1500000000,700000000,46.67
K2,P1,Kegiatan dua,,,,,,,,,kegiatan,3010548753,800000000,26.57
SK3,K2,Sub tiga,,,,,,,,,subkegiatan,3010548753,800000000,26.57
# R — Dinas (2026)

## S1 — Sasaran

| Kode | Uraian | Satuan | Target | Realisasi | Capaian % | Predikat |
|---|---|---|--:|--:|--:|---|
| I1 | Indikator | pct | 50 | 40 | 80 | - |

Capaian S1: 80

## P1 — Program

| Kode | Uraian | Satuan | Target | Realisasi | Capaian % | Predikat |
|---|---|---|--:|--:|--:|---|
| IP | Persentase | pct | 80 | - | - | - |

Capaian P1: -

Tanpa data: IP.

**Capaian R (2026): 80**

## Anggaran

| Kode | Jenis | Uraian | Anggaran | Realisasi | Serapan % |
|---|---|---|--:|--:|--:|
| P1 | program | Program | 7010548753 | 2742832409 | 39.12 |
| K1 | kegiatan | Kegiatan satu | 4000000000 | 1942832409 | 48.57 |
| SK1 | subkegiatan | Sub satu | 2500000000 | 1242832409 | 49.71 |
| SK2 | subkegiatan | Sub dua | 1500000000 | 700000000 | 46.67 |
| K2 | kegiatan | Kegiatan dua | 3010548753 | 800000000 | 26.57 |
| SK3 | subkegiatan | Sub tiga | 3010548753 | 800000000 | 26.57 |

Anggaran R: 7010548753, realisasi 2742832409, serapan 39.12

## Temuan

Tidak ada temuan.

=== a kegiatan's row in a month of a quarter its subkegiatan already reports counts the money twice: E413 at the later row, no results
$ cp id.csv twice.csv && printf 'K1;2026-02;10.000.000\n' >> twice.csv
$ rkt eval dinas.rkt --data twice.csv --angka id --format json
--- dinas.rkt < fixtures/budget/dinas.rkt
--- id.csv < fixtures/budget/id.csv
--- exit 1
--- stdout
--- stderr
twice.csv:8:1: error[E413]: this row of kegiatan K1 overlaps the row of subkegiatan SK1 at twice.csv:2: the money would count twice, since subkegiatan SK1 lies inside kegiatan K1; give the spending once, in the kegiatan's rows or in its parts'
    8 | K1;2026-02;10.000.000
      | ^~~~~~~~~~~~~~~~~~~~~
twice.csv:8:1: error[E413]: this row of kegiatan K1 overlaps the row of subkegiatan SK2 at twice.csv:4: the money would count twice, since subkegiatan SK2 lies inside kegiatan K1; give the spending once, in the kegiatan's rows or in its parts'
    8 | K1;2026-02;10.000.000
      | ^~~~~~~~~~~~~~~~~~~~~

=== parts that do not add up are an error at the parent's anggaran, with each share; a pagu of 0 is noted; anggaran on a sasaran is misplaced
$ rkt check t.rkt
--- t.rkt
rkt R "R" {
  tahun 2026
  program P1 "Program" {
    anggaran 1_250_000_000
    kegiatan K1 "Satu" { anggaran 600_000_000 }
    kegiatan K2 "Dua" { anggaran 600_000_000 }
    kegiatan K3 "Tiga" { anggaran 0 }
  }
  sasaran S1 "Sasaran" { anggaran 5 }
}
--- exit 1
--- stderr
t.rkt:4:14: error[E031]: anggaran 1250000000 of program P1 is not the sum of its parts: 600000000 K1 + 600000000 K2 + 0 K3 = 1200000000; correct the program's anggaran or its parts'
    4 |     anggaran 1_250_000_000
      |              ^~~~~~~~~~~~~
t.rkt:7:35: note[I002]: anggaran 0 of kegiatan K3: its serapan is kosong (nothing can be absorbed of a zero pagu)
    7 |     kegiatan K3 "Tiga" { anggaran 0 }
      |                                   ^
t.rkt:9:11: warning[W001]: sasaran 'S1' has no indikator; its achievement cannot be measured
    9 |   sasaran S1 "Sasaran" { anggaran 5 }
      |           ^~
t.rkt:9:26: error[E014]: 'anggaran' does not belong in a sasaran: a budget is a program's, a kegiatan's or a subkegiatan's
    9 |   sasaran S1 "Sasaran" { anggaran 5 }
      |                          ^~~~~~~~

=== a renstra gives the pagu per year, the rkt of that year inherits it; anggaran() and serapan() in a rule
Renstra 2026 pagu of P1: 1_000_000; the RKT writes none and inherits it.
Rows 250_000 (TW1) + 150_000 (TW2): realisasi 400_000, serapan 40.
$ rkt eval renstra.rkt rkt.rkt aturan.rkt --rencana R --data d.csv --format json
--- renstra.rkt
renstra RS "Renstra" {
  periode 2025..2029
  program P1 "Program" { anggaran { 2025: 900_000, 2026: 1_000_000 } }
}
--- rkt.rkt
rkt R "RKT" {
  tahun   2026
  mengacu RS
  program P1 { }
}
--- aturan.rkt
aturan "Serapan rendah" {
  jika serapan(P1) < 50
  maka peringatan "serapan {kode(P1)} {serapan(P1)}% dari {anggaran(P1)}, realisasi {realisasi_anggaran(P1)}; TW1 {serapan(P1, TW1)}%"
}
--- d.csv
kode,periode,nilai
P1,2026-TW1,250000
P1,2026-TW2,150000
--- stdout
{"rencana":"R","tahun":2026,"periode":"2026","capaian":null,"predikat":null,"anggaran":1000000,"realisasi_anggaran":400000,"serapan":40,"sasaran":[],"program":[{"kode":"P1","jenis":"program","uraian":"Program","induk":null,"anggaran":1000000,"realisasi_anggaran":400000,"serapan":40,"tanpa_anggaran":[],"capaian":null,"tanpa_data":[],"indikator":[]}],"tujuan":[],"temuan":[{"aturan":"Serapan rendah","tingkat":"peringatan","pesan":"serapan P1 40% dari 1000000, realisasi 400000; TW1 25%","file":"aturan.rkt","line":1,"column":1}]}

=== fixed bug: an uji row of a code that exists but cannot stand there was "undeclared; did you mean" itself
An uji row names an indicator, a data series or a budgeted element: a
sasaran's code is none of these, and the message suggests no other code
(it used to say "did you mean 'S1'?" for S1).
$ rkt check dinas.rkt t.rkt
--- dinas.rkt < fixtures/budget/dinas.rkt
--- t.rkt
uji "x" {
  rencana R
  data {
    S1  2026 5
    SK1 2026 5
  }
  harap ada(realisasi_anggaran(SK1))
}
--- exit 1
--- stderr
t.rkt:4:5: error[E018]: code 'S1' cannot stand here: a data row names an indicator, a data series, or a program, kegiatan or subkegiatan of the plan
    4 |     S1  2026 5
      |     ^~
