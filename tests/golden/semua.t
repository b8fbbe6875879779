# Golden tests of `rkt eval --semua` (CLI.md): every rkt/pk plan loaded,
# evaluated in one pass over a national export (src/semua.c streams them:
# the data first, keyed by rencana and kode, then one plan file at a
# time).  The results must be those of the in-memory path, byte for byte;
# the data errors that need the plan (unknown code, a period outside the
# plan year, a fraction for a count) are found when the plan is loaded and
# reported at their rows.  Format: tests/golden/run.sh.

=== --semua csv: a plan directory, the shared units last, rows of a plan not loaded skipped
$ rkt eval --semua --format csv plans units.rkt --data nasional.csv
--- plans/bkhit.rkt < fixtures/semua/bkhit.rkt
--- plans/bkipm.rkt < fixtures/semua/bkipm.rkt
--- units.rkt < fixtures/semua/units.rkt
--- nasional.csv < fixtures/semua/nasional.csv
--- stdout
rencana,kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat,pelaksana,jenis,anggaran,realisasi_anggaran,serapan
RKT_BKHIT,IKSP1,SP1,Sertifikat yang diterbitkan,sertifikat,maksimal,jumlah,25945,12699,48.95,,,indikator,,,
RKT_BKHIT,IKSP2,SP1,Layanan tepat waktu,persen,maksimal,terakhir,90,91.25,101.39,,,indikator,,,
RKT_BKIPM,IKSP1,SP1,Sertifikat yang diterbitkan,sertifikat,maksimal,jumlah,1200,700,58.33,,,indikator,,,
RKT_BKIPM,IKSP9,SP1,Indeks kepuasan,nilai,maksimal,terakhir,80,82.75,103.44,,,indikator,,,
--- stderr

=== --semua json: one line per plan, in load order
$ rkt eval --semua --format json plans units.rkt --data nasional.csv
--- plans/bkhit.rkt < fixtures/semua/bkhit.rkt
--- plans/bkipm.rkt < fixtures/semua/bkipm.rkt
--- units.rkt < fixtures/semua/units.rkt
--- nasional.csv < fixtures/semua/nasional.csv
--- stdout
{"rencana":"RKT_BKHIT","tahun":2025,"periode":"2025","capaian":75.17,"predikat":null,"anggaran":null,"realisasi_anggaran":null,"serapan":null,"sasaran":[{"kode":"SP1","uraian":"Layanan karantina","induk":null,"tingkat":null,"capaian":75.17,"predikat":null,"tanpa_data":[],"indikator":[{"kode":"IKSP1","uraian":"Sertifikat yang diterbitkan","satuan":"sertifikat","polaritas":"maksimal","konsolidasi":"jumlah","target":25945,"realisasi":12699,"capaian":48.95,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null},{"kode":"IKSP2","uraian":"Layanan tepat waktu","satuan":"persen","polaritas":"maksimal","konsolidasi":"terakhir","target":90,"realisasi":91.25,"capaian":101.39,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null}]}],"program":[],"tujuan":[],"temuan":[]}
{"rencana":"RKT_BKIPM","tahun":2025,"periode":"2025","capaian":80.89,"predikat":null,"anggaran":null,"realisasi_anggaran":null,"serapan":null,"sasaran":[{"kode":"SP1","uraian":"Pengawasan","induk":null,"tingkat":null,"capaian":80.89,"predikat":null,"tanpa_data":[],"indikator":[{"kode":"IKSP1","uraian":"Sertifikat yang diterbitkan","satuan":"sertifikat","polaritas":"maksimal","konsolidasi":"jumlah","target":1200,"realisasi":700,"capaian":58.33,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null},{"kode":"IKSP9","uraian":"Indeks kepuasan","satuan":"nilai","polaritas":"maksimal","konsolidasi":"terakhir","target":80,"realisasi":82.75,"capaian":103.44,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null}]}],"program":[],"tujuan":[],"temuan":[]}
--- stderr

=== --semua: unknown code, period outside the year, a fraction for a count: at their rows, no results
$ rkt eval --semua --format csv plans units.rkt --data salah.csv
# The rows of RKT_LAIN (not loaded) hold the same faults and are skipped.
--- plans/bkhit.rkt < fixtures/semua/bkhit.rkt
--- plans/bkipm.rkt < fixtures/semua/bkipm.rkt
--- units.rkt < fixtures/semua/units.rkt
--- salah.csv < fixtures/semua/salah.csv
--- exit 1
--- stdout
--- stderr
salah.csv:3:11: error[E401]: unknown code 'IKSP11': neither an indicator of RKT_BKHIT nor a data series; did you mean 'IKSP1'?
    3 | RKT_BKHIT,IKSP11,2025-TW2,6587
      |           ^~~~~~
salah.csv:4:17: error[E404]: periode 2026-TW1 is outside the years plan RKT_BKHIT reads: 2025, its plan year, and 2020-2024, the 5 years of history before it; a row of 2026 belongs to the data of a plan of that year
    4 | RKT_BKHIT,IKSP2,2026-TW1,88.5
      |                 ^~~~~~~~
salah.csv:5:25: error[E407]: nilai 700.5 of IKSP1 is not a whole number, but satuan 'sertifikat' counts
    5 | RKT_BKIPM,IKSP1,2025-S1,700.5
      |                         ^~~~~

=== --semua json with the same faults: no results either
$ rkt eval --semua --format json plans units.rkt --data salah.csv
--- plans/bkhit.rkt < fixtures/semua/bkhit.rkt
--- plans/bkipm.rkt < fixtures/semua/bkipm.rkt
--- units.rkt < fixtures/semua/units.rkt
--- salah.csv < fixtures/semua/salah.csv
--- exit 1
--- stdout
--- stderr
salah.csv:3:11: error[E401]: unknown code 'IKSP11': neither an indicator of RKT_BKHIT nor a data series; did you mean 'IKSP1'?
    3 | RKT_BKHIT,IKSP11,2025-TW2,6587
      |           ^~~~~~
salah.csv:4:17: error[E404]: periode 2026-TW1 is outside the years plan RKT_BKHIT reads: 2025, its plan year, and 2020-2024, the 5 years of history before it; a row of 2026 belongs to the data of a plan of that year
    4 | RKT_BKHIT,IKSP2,2026-TW1,88.5
      |                 ^~~~~~~~
salah.csv:5:25: error[E407]: nilai 700.5 of IKSP1 is not a whole number, but satuan 'sertifikat' counts
    5 | RKT_BKIPM,IKSP1,2025-S1,700.5
      |                         ^~~~~

=== --semua: a duplicate and an overlap across two data files name the earlier row
$ rkt eval --semua --format csv plans units.rkt --data tw1.csv --data tw2.csv
--- plans/bkhit.rkt < fixtures/semua/bkhit.rkt
--- plans/bkipm.rkt < fixtures/semua/bkipm.rkt
--- units.rkt < fixtures/semua/units.rkt
--- tw1.csv
rencana,kode,periode,nilai
RKT_BKHIT,IKSP1,2025-TW1,6112
RKT_BKIPM,IKSP1,2025-01,300
--- tw2.csv
rencana;kode;periode;nilai
RKT_BKHIT;IKSP1;2025-TW1;6113
RKT_BKIPM;IKSP1;2025-TW1;900
--- exit 1
--- stdout
--- stderr
tw2.csv:2:17: error[E405]: duplicate row: IKSP1 2025-TW1 of RKT_BKHIT was already given at tw1.csv:2
    2 | RKT_BKHIT;IKSP1;2025-TW1;6113
      |                 ^~~~~~~~
tw2.csv:3:17: error[E406]: IKSP1 2025-TW1 overlaps 2025-01 given at tw1.csv:3; a period and a part of it would count twice
    3 | RKT_BKIPM;IKSP1;2025-TW1;900
      |                 ^~~~~~~~

=== --semua: data without a rencana column cannot feed several plans (E408)
$ rkt eval --semua --format csv plans units.rkt --data unit.csv
--- plans/bkhit.rkt < fixtures/semua/bkhit.rkt
--- plans/bkipm.rkt < fixtures/semua/bkipm.rkt
--- units.rkt < fixtures/semua/units.rkt
--- unit.csv
kode,periode,nilai
IKSP1,2025-TW1,6112
--- exit 1
--- stdout
--- stderr
unit.csv:1:1: error[E408]: 2 plans are evaluated but the data has no 'rencana' column naming the plan of each row
    1 | kode,periode,nilai
      | ^~~~~~~~~~~~~~~~~~

=== --semua: a galat rule of a shared file fires per plan: results, temuan, exit 1
$ rkt eval --semua --format json plans units.rkt aturan.rkt --data nasional.csv
--- plans/bkhit.rkt < fixtures/semua/bkhit.rkt
--- plans/bkipm.rkt < fixtures/semua/bkipm.rkt
--- units.rkt < fixtures/semua/units.rkt
--- nasional.csv < fixtures/semua/nasional.csv
--- aturan.rkt
aturan "Capaian di bawah 60%" {
  untuk indikator i
  jika capaian(i) < 60
  maka galat "capaian {kode(i)} hanya {capaian(i)}%"
}
--- exit 1
--- stdout
{"rencana":"RKT_BKHIT","tahun":2025,"periode":"2025","capaian":75.17,"predikat":null,"anggaran":null,"realisasi_anggaran":null,"serapan":null,"sasaran":[{"kode":"SP1","uraian":"Layanan karantina","induk":null,"tingkat":null,"capaian":75.17,"predikat":null,"tanpa_data":[],"indikator":[{"kode":"IKSP1","uraian":"Sertifikat yang diterbitkan","satuan":"sertifikat","polaritas":"maksimal","konsolidasi":"jumlah","target":25945,"realisasi":12699,"capaian":48.95,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null},{"kode":"IKSP2","uraian":"Layanan tepat waktu","satuan":"persen","polaritas":"maksimal","konsolidasi":"terakhir","target":90,"realisasi":91.25,"capaian":101.39,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null}]}],"program":[],"tujuan":[],"temuan":[{"aturan":"Capaian di bawah 60%","tingkat":"galat","pesan":"capaian IKSP1 hanya 48.95%","file":"aturan.rkt","line":1,"column":1}]}
{"rencana":"RKT_BKIPM","tahun":2025,"periode":"2025","capaian":80.89,"predikat":null,"anggaran":null,"realisasi_anggaran":null,"serapan":null,"sasaran":[{"kode":"SP1","uraian":"Pengawasan","induk":null,"tingkat":null,"capaian":80.89,"predikat":null,"tanpa_data":[],"indikator":[{"kode":"IKSP1","uraian":"Sertifikat yang diterbitkan","satuan":"sertifikat","polaritas":"maksimal","konsolidasi":"jumlah","target":1200,"realisasi":700,"capaian":58.33,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null},{"kode":"IKSP9","uraian":"Indeks kepuasan","satuan":"nilai","polaritas":"maksimal","konsolidasi":"terakhir","target":80,"realisasi":82.75,"capaian":103.44,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null}]}],"program":[],"tujuan":[],"temuan":[{"aturan":"Capaian di bawah 60%","tingkat":"galat","pesan":"capaian IKSP1 hanya 58.33%","file":"aturan.rkt","line":1,"column":1}]}
--- stderr

=== --semua -o: the results written to the file, nothing on stdout
$ rkt eval --semua --format csv plans units.rkt --data nasional.csv -o hasil.csv
$ cat hasil.csv
--- plans/bkhit.rkt < fixtures/semua/bkhit.rkt
--- plans/bkipm.rkt < fixtures/semua/bkipm.rkt
--- units.rkt < fixtures/semua/units.rkt
--- nasional.csv < fixtures/semua/nasional.csv
--- stdout
rencana,kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat,pelaksana,jenis,anggaran,realisasi_anggaran,serapan
RKT_BKHIT,IKSP1,SP1,Sertifikat yang diterbitkan,sertifikat,maksimal,jumlah,25945,12699,48.95,,,indikator,,,
RKT_BKHIT,IKSP2,SP1,Layanan tepat waktu,persen,maksimal,terakhir,90,91.25,101.39,,,indikator,,,
RKT_BKIPM,IKSP1,SP1,Sertifikat yang diterbitkan,sertifikat,maksimal,jumlah,1200,700,58.33,,,indikator,,,
RKT_BKIPM,IKSP9,SP1,Indeks kepuasan,nilai,maksimal,terakhir,80,82.75,103.44,,,indikator,,,
--- stderr

=== --semua: a division by zero in a shared rule is warned of once (W401), not once per plan
$ rkt eval --semua --format csv plans units.rkt bagi.rkt --data nasional.csv
--- plans/bkhit.rkt < fixtures/semua/bkhit.rkt
--- plans/bkipm.rkt < fixtures/semua/bkipm.rkt
--- units.rkt < fixtures/semua/units.rkt
--- nasional.csv < fixtures/semua/nasional.csv
--- bagi.rkt
aturan "Rasio" {
  untuk indikator i
  jika realisasi(i) / 0 > 1
  maka info "tidak pernah"
}
--- stdout
rencana,kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat,pelaksana,jenis,anggaran,realisasi_anggaran,serapan
RKT_BKHIT,IKSP1,SP1,Sertifikat yang diterbitkan,sertifikat,maksimal,jumlah,25945,12699,48.95,,,indikator,,,
RKT_BKHIT,IKSP2,SP1,Layanan tepat waktu,persen,maksimal,terakhir,90,91.25,101.39,,,indikator,,,
RKT_BKIPM,IKSP1,SP1,Sertifikat yang diterbitkan,sertifikat,maksimal,jumlah,1200,700,58.33,,,indikator,,,
RKT_BKIPM,IKSP9,SP1,Indeks kepuasan,nilai,maksimal,terakhir,80,82.75,103.44,,,indikator,,,
--- stderr
bagi.rkt:3:8: warning[W401]: division by zero: the value is kosong
    3 |   jika realisasi(i) / 0 > 1
      |        ^~~~~~~~~~~~~~~~
