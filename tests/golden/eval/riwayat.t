# History rows and earlier years (LANGUAGE.md §4.1, §4.2, §7; docs/language.md
# "Realisation data", "Expressions"): rows of the five years before the plan
# year (2020-2024 for a plan of 2025) are read beside the plan year's and
# change none of its figures; realisasi(X, 2024) combines 2024's rows by the
# indicator's konsolidasi, target(X, 2029) is that year's target through the
# mengacu chain.  Rows after the plan year or before the history are E404.
#
# The plans are fixtures/riwayat: RENSTRA 2025..2029 <- RKT 2025 <- PK 2025,
# IKSP3 (sertifikat: a count, so jumlah) and IKSP9 (persen: terakhir).  The
# data, fixtures/riwayat/realisasi.csv, computed by hand:
#   PK  IKSP3 2025: TW1 6_112 + TW2 6_587 = 12_699; target TW4 25_945;
#                   capaian 12_699 / 25_945 x 100 = 48.9458... -> 48.95
#   PK  IKSP9 2025: TW2 81 (terakhir); target 80; 81 / 80 x 100 = 101.25
#   PK  SP1: (48.9458... + 101.25) / 2 = 75.0979... -> 75.10
#   PK  IKSP3 2024: TW1 5_000 + TW2 5_500 = 10_500 (jumlah)
#   PK  IKSP9 2024: TW1 77, TW3 79: the last, 79 (terakhir); 2023: 78
#   RKT IKSP3 2025: 26_454 / 25_945 x 100 = 101.9618... -> 101.96;
#       IKSP9 2025: 82 / 80 x 100 = 102.5; SP1 (101.9618... + 102.5) / 2 =
#       102.2309... -> 102.23; IKSP3 2024: one yearly row, 10_500
#   target(IKSP3, 2029) = 28_000 and target(IKSP9, 2029) = 85: the Renstra's,
#   through PK -> RKT -> RENSTRA (the RKT and PK state only 2025's)
# Format: tests/golden/run.sh.

=== history rows are accepted, and the plan year's figures are those of its own rows: the same JSON without them
$ rkt eval renstra.rkt rkt.rkt pk.rkt --rencana PK --data realisasi.csv --format json > a.json
$ grep -v ',202[0-4]' realisasi.csv > kini.csv
$ rkt eval renstra.rkt rkt.rkt pk.rkt --rencana PK --data kini.csv --format json > b.json
$ cmp a.json b.json && cat a.json
--- renstra.rkt < fixtures/riwayat/renstra.rkt
--- rkt.rkt < fixtures/riwayat/rkt.rkt
--- pk.rkt < fixtures/riwayat/pk.rkt
--- realisasi.csv < fixtures/riwayat/realisasi.csv
--- stdout
{"rencana":"PK","tahun":2025,"periode":"2025","capaian":75.1,"predikat":null,"anggaran":null,"realisasi_anggaran":null,"serapan":null,"sasaran":[{"kode":"SP1","uraian":"Layanan karantina","induk":null,"tingkat":null,"capaian":75.1,"predikat":null,"tanpa_data":[],"indikator":[{"kode":"IKSP3","uraian":"Media pembawa dibebaskan","satuan":"sertifikat","polaritas":"maksimal","konsolidasi":"jumlah","target":25945,"realisasi":12699,"capaian":48.95,"predikat":null,"pelaksana":"Seksi Karantina Tumbuhan","mendukung":null,"tanpa_data":[],"kondisi_awal":24500},{"kode":"IKSP9","uraian":"Kepuasan masyarakat","satuan":"persen","polaritas":"maksimal","konsolidasi":"terakhir","target":80,"realisasi":81,"capaian":101.25,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":78.5}]}],"program":[],"tujuan":[],"temuan":[]}
--- stderr

=== realisasi(i, 2024) = 10_500 (5_000 + 5_500), target(i, 2029) = 28_000 from the Renstra through the RKT, pelaksana(i): rules in eval, table
$ rkt eval renstra.rkt rkt.rkt pk.rkt aturan.rkt --rencana PK --data realisasi.csv
--- renstra.rkt < fixtures/riwayat/renstra.rkt
--- rkt.rkt < fixtures/riwayat/rkt.rkt
--- pk.rkt < fixtures/riwayat/pk.rkt
--- aturan.rkt < fixtures/riwayat/aturan.rkt
--- realisasi.csv < fixtures/riwayat/realisasi.csv
--- stdout
SP1  Layanan karantina  capaian 75.10
Kode   Uraian        Satuan  Target  Realisasi  Capaian %  Predik…  Pelaksana
IKSP3  Media pemba…  serti…   25945      12699      48.95  -        Seksi Karan…
IKSP9  Kepuasan ma…  persen      80         81     101.25  -        -

Capaian PK (2025): 75.10

Temuan:
info        IKSP3: realisasi 2024 10500, target 2029 28000, pelaksana Seksi Karantina Tumbuhan  (aturan.rkt:1)
info        IKSP9: realisasi 2024 79, target 2029 85, pelaksana kosong  (aturan.rkt:1)
peringatan  IKSP9 belum punya pelaksana  (aturan.rkt:7)

=== eval --semua reads each plan's history from the keyed store: csv and json
$ rkt eval renstra.rkt rkt.rkt pk.rkt aturan.rkt --semua --data realisasi.csv --format csv
$ rkt eval renstra.rkt rkt.rkt pk.rkt aturan.rkt --semua --data realisasi.csv --format json
--- renstra.rkt < fixtures/riwayat/renstra.rkt
--- rkt.rkt < fixtures/riwayat/rkt.rkt
--- pk.rkt < fixtures/riwayat/pk.rkt
--- aturan.rkt < fixtures/riwayat/aturan.rkt
--- realisasi.csv < fixtures/riwayat/realisasi.csv
--- stdout
rencana,kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat,pelaksana,jenis,anggaran,realisasi_anggaran,serapan
RKT,IKSP3,SP1,Media pembawa dibebaskan,sertifikat,maksimal,jumlah,25945,26454,101.96,,Seksi Karantina Tumbuhan,indikator,,,
RKT,IKSP9,SP1,Kepuasan masyarakat,persen,maksimal,terakhir,80,82,102.5,,,indikator,,,
PK,IKSP3,SP1,Media pembawa dibebaskan,sertifikat,maksimal,jumlah,25945,12699,48.95,,Seksi Karantina Tumbuhan,indikator,,,
PK,IKSP9,SP1,Kepuasan masyarakat,persen,maksimal,terakhir,80,81,101.25,,,indikator,,,
{"rencana":"RKT","tahun":2025,"periode":"2025","capaian":102.23,"predikat":null,"anggaran":null,"realisasi_anggaran":null,"serapan":null,"sasaran":[{"kode":"SP1","uraian":"Layanan karantina","induk":null,"tingkat":null,"capaian":102.23,"predikat":null,"tanpa_data":[],"indikator":[{"kode":"IKSP3","uraian":"Media pembawa dibebaskan","satuan":"sertifikat","polaritas":"maksimal","konsolidasi":"jumlah","target":25945,"realisasi":26454,"capaian":101.96,"predikat":null,"pelaksana":"Seksi Karantina Tumbuhan","mendukung":null,"tanpa_data":[],"kondisi_awal":24500},{"kode":"IKSP9","uraian":"Kepuasan masyarakat","satuan":"persen","polaritas":"maksimal","konsolidasi":"terakhir","target":80,"realisasi":82,"capaian":102.5,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":78.5}]}],"program":[],"tujuan":[],"temuan":[{"aturan":"Riwayat","tingkat":"info","pesan":"IKSP3: realisasi 2024 10500, target 2029 28000, pelaksana Seksi Karantina Tumbuhan","file":"aturan.rkt","line":1,"column":1},{"aturan":"Tanpa pelaksana","tingkat":"peringatan","pesan":"IKSP9 belum punya pelaksana","file":"aturan.rkt","line":7,"column":1}]}
{"rencana":"PK","tahun":2025,"periode":"2025","capaian":75.1,"predikat":null,"anggaran":null,"realisasi_anggaran":null,"serapan":null,"sasaran":[{"kode":"SP1","uraian":"Layanan karantina","induk":null,"tingkat":null,"capaian":75.1,"predikat":null,"tanpa_data":[],"indikator":[{"kode":"IKSP3","uraian":"Media pembawa dibebaskan","satuan":"sertifikat","polaritas":"maksimal","konsolidasi":"jumlah","target":25945,"realisasi":12699,"capaian":48.95,"predikat":null,"pelaksana":"Seksi Karantina Tumbuhan","mendukung":null,"tanpa_data":[],"kondisi_awal":24500},{"kode":"IKSP9","uraian":"Kepuasan masyarakat","satuan":"persen","polaritas":"maksimal","konsolidasi":"terakhir","target":80,"realisasi":81,"capaian":101.25,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":78.5}]}],"program":[],"tujuan":[],"temuan":[{"aturan":"Riwayat","tingkat":"info","pesan":"IKSP3: realisasi 2024 10500, target 2029 28000, pelaksana Seksi Karantina Tumbuhan","file":"aturan.rkt","line":1,"column":1},{"aturan":"Riwayat","tingkat":"info","pesan":"IKSP9: realisasi 2024 79, target 2029 85, pelaksana kosong","file":"aturan.rkt","line":1,"column":1},{"aturan":"Tanpa pelaksana","tingkat":"peringatan","pesan":"IKSP9 belum punya pelaksana","file":"aturan.rkt","line":7,"column":1}]}

=== explain accepts the history rows and shows the plan year's observations only
$ rkt explain renstra.rkt rkt.rkt pk.rkt --rencana PK --data realisasi.csv IKSP3
--- renstra.rkt < fixtures/riwayat/renstra.rkt
--- rkt.rkt < fixtures/riwayat/rkt.rkt
--- pk.rkt < fixtures/riwayat/pk.rkt
--- realisasi.csv < fixtures/riwayat/realisasi.csv
--- stdout
indikator IKSP3: Media pembawa dibebaskan
  sasaran SP1, rencana PK, periode 2025
  satuan sertifikat, polaritas maksimal, konsolidasi jumlah, bobot 1

realisasi
  2025-TW1  6112 (realisasi.csv:4)
  2025-TW2  6587 (realisasi.csv:5)
  jumlah: 6112 + 6587 = 12699

target
  TW4 target (cumulative) 25945 (pk.rkt:5)

capaian
  maksimal: R / T × 100 = 12699 / 25945 × 100 = 48.945846984004625 → 48.95
  before rounding 48.945846984004625, after rounding 48.95

predikat
  none: no scale given

=== rows six years before (2019) and of the next year (2026) are E404 at their periode: eval, eval --semua, explain
$ cat realisasi.csv > d.csv; printf 'PK,IKSP3,2019-TW4,1\nPK,IKSP9,2026,80\nRKT,IKSP3,2019,7\n' >> d.csv
$ rkt eval renstra.rkt rkt.rkt pk.rkt --rencana PK --data d.csv; echo "eval: $?"
$ rkt eval renstra.rkt rkt.rkt pk.rkt --semua --data d.csv; echo "semua: $?"
$ rkt explain renstra.rkt rkt.rkt pk.rkt --rencana PK --data d.csv IKSP3; echo "explain: $?"
--- renstra.rkt < fixtures/riwayat/renstra.rkt
--- rkt.rkt < fixtures/riwayat/rkt.rkt
--- pk.rkt < fixtures/riwayat/pk.rkt
--- realisasi.csv < fixtures/riwayat/realisasi.csv
--- stdout
eval: 1
semua: 1
explain: 1
--- stderr
d.csv:13:10: error[E404]: periode 2019-TW4 is outside the years plan PK reads: 2025, its plan year, and 2020-2024, the 5 years of history before it; remove the row, or correct its year
   13 | PK,IKSP3,2019-TW4,1
      |          ^~~~~~~~
d.csv:14:10: error[E404]: periode 2026 is outside the years plan PK reads: 2025, its plan year, and 2020-2024, the 5 years of history before it; a row of 2026 belongs to the data of a plan of that year
   14 | PK,IKSP9,2026,80
      |          ^~~~
d.csv:13:10: error[E404]: periode 2019-TW4 is outside the years plan PK reads: 2025, its plan year, and 2020-2024, the 5 years of history before it; remove the row, or correct its year
   13 | PK,IKSP3,2019-TW4,1
      |          ^~~~~~~~
d.csv:14:10: error[E404]: periode 2026 is outside the years plan PK reads: 2025, its plan year, and 2020-2024, the 5 years of history before it; a row of 2026 belongs to the data of a plan of that year
   14 | PK,IKSP9,2026,80
      |          ^~~~
d.csv:15:11: error[E404]: periode 2019 is outside the years plan RKT reads: 2025, its plan year, and 2020-2024, the 5 years of history before it; remove the row, or correct its year
   15 | RKT,IKSP3,2019,7
      |           ^~~~
d.csv:13:10: error[E404]: periode 2019-TW4 is outside the years plan PK reads: 2025, its plan year, and 2020-2024, the 5 years of history before it; remove the row, or correct its year
   13 | PK,IKSP3,2019-TW4,1
      |          ^~~~~~~~
d.csv:14:10: error[E404]: periode 2026 is outside the years plan PK reads: 2025, its plan year, and 2020-2024, the 5 years of history before it; a row of 2026 belongs to the data of a plan of that year
   14 | PK,IKSP9,2026,80
      |          ^~~~

=== history rows obey the rows' checks: a duplicate, an overlap, a fraction for a count, an unknown code
$ cat realisasi.csv > d.csv; printf 'PK,IKSP3,2024-TW1,5001\nPK,IKSP3,2024-04,1\nPK,IKSP3,2023-TW1,2.5\nPK,IKSP33,2024,1\n' >> d.csv
$ rkt eval renstra.rkt rkt.rkt pk.rkt --rencana PK --data d.csv
--- renstra.rkt < fixtures/riwayat/renstra.rkt
--- rkt.rkt < fixtures/riwayat/rkt.rkt
--- pk.rkt < fixtures/riwayat/pk.rkt
--- realisasi.csv < fixtures/riwayat/realisasi.csv
--- exit 1
--- stdout
--- stderr
d.csv:13:10: error[E405]: duplicate row: IKSP3 2024-TW1 of PK was already given at d.csv:2
   13 | PK,IKSP3,2024-TW1,5001
      |          ^~~~~~~~
d.csv:14:10: error[E406]: IKSP3 2024-04 overlaps 2024-TW2 given at d.csv:3; a period and a part of it would count twice
   14 | PK,IKSP3,2024-04,1
      |          ^~~~~~~
d.csv:15:19: error[E407]: nilai 2.5 of IKSP3 is not a whole number, but satuan 'sertifikat' counts
   15 | PK,IKSP3,2023-TW1,2.5
      |                   ^~~
d.csv:16:4: error[E401]: unknown code 'IKSP33': neither an indicator of PK nor a data series; did you mean 'IKSP3'?
   16 | PK,IKSP33,2024,1
      |    ^~~~~~
