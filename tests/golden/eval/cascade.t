Cascading (docs/language.md#cascading-between-units-pohon-kinerja): a
superior's konsolidasi_lokasi indicators take their supporters' realisasi.
Supporters' realisasi (cacah, jumlah over the quarters): A = 2 + 3 = 5,
B = 4, C no row (kosong, listed in tanpa_data).  Targets: A 5, B 4, C 1.

=== one plan: jumlah 5 + 4 = 9 (target 10: 90), rata (5 + 4) / 2 = 4.5 (target 4: 112.5), maks 5 (target 5: 100), min 4 (target 1: 400); sasaran (90 + 112.5 + 100 + 400) / 4 = 175.63; W050 at IKR: (5 + 4 + 1) / 3 = 3.33, not 4
$ rkt eval tree.rkt --rencana PK_KABAN --data d.csv --format json
--- tree.rkt < fixtures/cascade/tree.rkt
--- d.csv < fixtures/cascade/d.csv
--- exit 0
--- stderr
tree.rkt:6:50: warning[W050]: target 4 of IKR differs from its supporters' targets combined by rata (3.33): PK_A 5, PK_B 4, PK_C 1
    6 |     indikator IKR "Rata" { satuan laporan target 4 konsolidasi_lokasi rata }
      |                                                  ^
--- stdout
{"rencana":"PK_KABAN","tahun":2025,"periode":"2025","capaian":175.63,"predikat":null,"anggaran":null,"realisasi_anggaran":null,"serapan":null,"sasaran":[{"kode":"S1","uraian":"Pengawasan","induk":null,"tingkat":null,"capaian":175.63,"predikat":null,"tanpa_data":[],"indikator":[{"kode":"IKJ","uraian":"Jumlah","satuan":"laporan","polaritas":"maksimal","konsolidasi":"jumlah","target":10,"realisasi":9,"capaian":90,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":["PK_C"],"kondisi_awal":null},{"kode":"IKR","uraian":"Rata","satuan":"laporan","polaritas":"maksimal","konsolidasi":"jumlah","target":4,"realisasi":4.5,"capaian":112.5,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":["PK_C"],"kondisi_awal":null},{"kode":"IKX","uraian":"Maks","satuan":"laporan","polaritas":"maksimal","konsolidasi":"jumlah","target":5,"realisasi":5,"capaian":100,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":["PK_C"],"kondisi_awal":null},{"kode":"IKN","uraian":"Min","satuan":"laporan","polaritas":"maksimal","konsolidasi":"jumlah","target":1,"realisasi":4,"capaian":400,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":["PK_C"],"kondisi_awal":null}]}],"program":[],"tujuan":[],"temuan":[]}

=== through 2025-TW1: jumlah 2 + 4 = 6 (60), rata (2 + 4) / 2 = 3 (75), maks 4 (80), min 2 (200)
$ rkt eval tree.rkt --rencana PK_KABAN --data d.csv --format json --periode 2025-TW1
--- tree.rkt < fixtures/cascade/tree.rkt
--- d.csv < fixtures/cascade/d.csv
--- exit 0
--- stderr
tree.rkt:6:50: warning[W050]: target 4 of IKR differs from its supporters' targets combined by rata (3.33): PK_A 5, PK_B 4, PK_C 1
    6 |     indikator IKR "Rata" { satuan laporan target 4 konsolidasi_lokasi rata }
      |                                                  ^
--- stdout
{"rencana":"PK_KABAN","tahun":2025,"periode":"2025-TW1","capaian":103.75,"predikat":null,"anggaran":null,"realisasi_anggaran":null,"serapan":null,"sasaran":[{"kode":"S1","uraian":"Pengawasan","induk":null,"tingkat":null,"capaian":103.75,"predikat":null,"tanpa_data":[],"indikator":[{"kode":"IKJ","uraian":"Jumlah","satuan":"laporan","polaritas":"maksimal","konsolidasi":"jumlah","target":10,"realisasi":6,"capaian":60,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":["PK_C"],"kondisi_awal":null},{"kode":"IKR","uraian":"Rata","satuan":"laporan","polaritas":"maksimal","konsolidasi":"jumlah","target":4,"realisasi":3,"capaian":75,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":["PK_C"],"kondisi_awal":null},{"kode":"IKX","uraian":"Maks","satuan":"laporan","polaritas":"maksimal","konsolidasi":"jumlah","target":5,"realisasi":4,"capaian":80,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":["PK_C"],"kondisi_awal":null},{"kode":"IKN","uraian":"Min","satuan":"laporan","polaritas":"maksimal","konsolidasi":"jumlah","target":1,"realisasi":2,"capaian":200,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":["PK_C"],"kondisi_awal":null}]}],"program":[],"tujuan":[],"temuan":[]}

=== --semua: the superior as alone, then each supporter with its mendukung
$ rkt eval tree.rkt --semua --data d.csv --format json
--- tree.rkt < fixtures/cascade/tree.rkt
--- d.csv < fixtures/cascade/d.csv
--- exit 0
--- stderr
tree.rkt:6:50: warning[W050]: target 4 of IKR differs from its supporters' targets combined by rata (3.33): PK_A 5, PK_B 4, PK_C 1
    6 |     indikator IKR "Rata" { satuan laporan target 4 konsolidasi_lokasi rata }
      |                                                  ^
--- stdout
{"rencana":"PK_KABAN","tahun":2025,"periode":"2025","capaian":175.63,"predikat":null,"anggaran":null,"realisasi_anggaran":null,"serapan":null,"sasaran":[{"kode":"S1","uraian":"Pengawasan","induk":null,"tingkat":null,"capaian":175.63,"predikat":null,"tanpa_data":[],"indikator":[{"kode":"IKJ","uraian":"Jumlah","satuan":"laporan","polaritas":"maksimal","konsolidasi":"jumlah","target":10,"realisasi":9,"capaian":90,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":["PK_C"],"kondisi_awal":null},{"kode":"IKR","uraian":"Rata","satuan":"laporan","polaritas":"maksimal","konsolidasi":"jumlah","target":4,"realisasi":4.5,"capaian":112.5,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":["PK_C"],"kondisi_awal":null},{"kode":"IKX","uraian":"Maks","satuan":"laporan","polaritas":"maksimal","konsolidasi":"jumlah","target":5,"realisasi":5,"capaian":100,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":["PK_C"],"kondisi_awal":null},{"kode":"IKN","uraian":"Min","satuan":"laporan","polaritas":"maksimal","konsolidasi":"jumlah","target":1,"realisasi":4,"capaian":400,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":["PK_C"],"kondisi_awal":null}]}],"program":[],"tujuan":[],"temuan":[]}
{"rencana":"PK_A","tahun":2025,"periode":"2025","capaian":100,"predikat":null,"anggaran":null,"realisasi_anggaran":null,"serapan":null,"sasaran":[{"kode":"S1","uraian":"A","induk":null,"tingkat":null,"capaian":100,"predikat":null,"tanpa_data":[],"indikator":[{"kode":"A1","uraian":"a","satuan":"laporan","polaritas":"maksimal","konsolidasi":"jumlah","target":5,"realisasi":5,"capaian":100,"predikat":null,"pelaksana":null,"mendukung":"IKJ","tanpa_data":[],"kondisi_awal":null},{"kode":"A2","uraian":"a","satuan":"laporan","polaritas":"maksimal","konsolidasi":"jumlah","target":5,"realisasi":5,"capaian":100,"predikat":null,"pelaksana":null,"mendukung":"IKR","tanpa_data":[],"kondisi_awal":null},{"kode":"A3","uraian":"a","satuan":"laporan","polaritas":"maksimal","konsolidasi":"jumlah","target":5,"realisasi":5,"capaian":100,"predikat":null,"pelaksana":null,"mendukung":"IKX","tanpa_data":[],"kondisi_awal":null},{"kode":"A4","uraian":"a","satuan":"laporan","polaritas":"maksimal","konsolidasi":"jumlah","target":5,"realisasi":5,"capaian":100,"predikat":null,"pelaksana":null,"mendukung":"IKN","tanpa_data":[],"kondisi_awal":null}]}],"program":[],"tujuan":[],"temuan":[]}
{"rencana":"PK_B","tahun":2025,"periode":"2025","capaian":100,"predikat":null,"anggaran":null,"realisasi_anggaran":null,"serapan":null,"sasaran":[{"kode":"S1","uraian":"B","induk":null,"tingkat":null,"capaian":100,"predikat":null,"tanpa_data":[],"indikator":[{"kode":"B1","uraian":"b","satuan":"laporan","polaritas":"maksimal","konsolidasi":"jumlah","target":4,"realisasi":4,"capaian":100,"predikat":null,"pelaksana":null,"mendukung":"IKJ","tanpa_data":[],"kondisi_awal":null},{"kode":"B2","uraian":"b","satuan":"laporan","polaritas":"maksimal","konsolidasi":"jumlah","target":4,"realisasi":4,"capaian":100,"predikat":null,"pelaksana":null,"mendukung":"IKR","tanpa_data":[],"kondisi_awal":null},{"kode":"B3","uraian":"b","satuan":"laporan","polaritas":"maksimal","konsolidasi":"jumlah","target":4,"realisasi":4,"capaian":100,"predikat":null,"pelaksana":null,"mendukung":"IKX","tanpa_data":[],"kondisi_awal":null},{"kode":"B4","uraian":"b","satuan":"laporan","polaritas":"maksimal","konsolidasi":"jumlah","target":4,"realisasi":4,"capaian":100,"predikat":null,"pelaksana":null,"mendukung":"IKN","tanpa_data":[],"kondisi_awal":null}]}],"program":[],"tujuan":[],"temuan":[]}
{"rencana":"PK_C","tahun":2025,"periode":"2025","capaian":null,"predikat":null,"anggaran":null,"realisasi_anggaran":null,"serapan":null,"sasaran":[{"kode":"S1","uraian":"C","induk":null,"tingkat":null,"capaian":null,"predikat":null,"tanpa_data":["C1","C2","C3","C4"],"indikator":[{"kode":"C1","uraian":"c","satuan":"laporan","polaritas":"maksimal","konsolidasi":"jumlah","target":1,"realisasi":null,"capaian":null,"predikat":null,"pelaksana":null,"mendukung":"IKJ","tanpa_data":[],"kondisi_awal":null},{"kode":"C2","uraian":"c","satuan":"laporan","polaritas":"maksimal","konsolidasi":"jumlah","target":1,"realisasi":null,"capaian":null,"predikat":null,"pelaksana":null,"mendukung":"IKR","tanpa_data":[],"kondisi_awal":null},{"kode":"C3","uraian":"c","satuan":"laporan","polaritas":"maksimal","konsolidasi":"jumlah","target":1,"realisasi":null,"capaian":null,"predikat":null,"pelaksana":null,"mendukung":"IKX","tanpa_data":[],"kondisi_awal":null},{"kode":"C4","uraian":"c","satuan":"laporan","polaritas":"maksimal","konsolidasi":"jumlah","target":1,"realisasi":null,"capaian":null,"predikat":null,"pelaksana":null,"mendukung":"IKN","tanpa_data":[],"kondisi_awal":null}]}],"program":[],"tujuan":[],"temuan":[]}

=== rows of its own: the superior's row is its data, its supporters' are not read (realisasi 1, capaian 10)
$ printf 'PK_KABAN,IKJ,2025,1\n' >> d.csv; rkt eval tree.rkt --rencana PK_KABAN --data d.csv --format csv
--- tree.rkt < fixtures/cascade/tree.rkt
--- d.csv < fixtures/cascade/d.csv
--- exit 0
--- stderr
tree.rkt:6:50: warning[W050]: target 4 of IKR differs from its supporters' targets combined by rata (3.33): PK_A 5, PK_B 4, PK_C 1
    6 |     indikator IKR "Rata" { satuan laporan target 4 konsolidasi_lokasi rata }
      |                                                  ^
--- stdout
kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat,pelaksana,jenis,anggaran,realisasi_anggaran,serapan
IKJ,S1,Jumlah,laporan,maksimal,jumlah,10,1,10,,,indikator,,,
IKR,S1,Rata,laporan,maksimal,jumlah,4,4.5,112.5,,,indikator,,,
IKX,S1,Maks,laporan,maksimal,jumlah,5,5,100,,,indikator,,,
IKN,S1,Min,laporan,maksimal,jumlah,1,4,400,,,indikator,,,

=== supporters in files of their own: each its own build, freed once done, before the superior's is made; the superior reads what is kept of them (the same figures as one file: jumlah 5 + 4 = 9 of 10 = 90; W050 3.33)
$ rkt eval --semua --format csv satuan.rkt kaban.rkt a.rkt b.rkt c.rkt --data d.csv
--- satuan.rkt < fixtures/cascade/apart/satuan.rkt
--- kaban.rkt < fixtures/cascade/apart/kaban.rkt
--- a.rkt < fixtures/cascade/apart/a.rkt
--- b.rkt < fixtures/cascade/apart/b.rkt
--- c.rkt < fixtures/cascade/apart/c.rkt
--- d.csv < fixtures/cascade/d.csv
--- exit 0
--- stderr
kaban.rkt:5:50: warning[W050]: target 4 of IKR differs from its supporters' targets combined by rata (3.33): PK_A 5, PK_B 4, PK_C 1
    5 |     indikator IKR "Rata" { satuan laporan target 4 konsolidasi_lokasi rata }
      |                                                  ^
--- stdout
rencana,kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat,pelaksana,jenis,anggaran,realisasi_anggaran,serapan
PK_KABAN,IKJ,S1,Jumlah,laporan,maksimal,jumlah,10,9,90,,,indikator,,,
PK_KABAN,IKR,S1,Rata,laporan,maksimal,jumlah,4,4.5,112.5,,,indikator,,,
PK_KABAN,IKX,S1,Maks,laporan,maksimal,jumlah,5,5,100,,,indikator,,,
PK_KABAN,IKN,S1,Min,laporan,maksimal,jumlah,1,4,400,,,indikator,,,
PK_A,A1,S1,a,laporan,maksimal,jumlah,5,5,100,,,indikator,,,
PK_A,A2,S1,a,laporan,maksimal,jumlah,5,5,100,,,indikator,,,
PK_A,A3,S1,a,laporan,maksimal,jumlah,5,5,100,,,indikator,,,
PK_A,A4,S1,a,laporan,maksimal,jumlah,5,5,100,,,indikator,,,
PK_B,B1,S1,b,laporan,maksimal,jumlah,4,4,100,,,indikator,,,
PK_B,B2,S1,b,laporan,maksimal,jumlah,4,4,100,,,indikator,,,
PK_B,B3,S1,b,laporan,maksimal,jumlah,4,4,100,,,indikator,,,
PK_B,B4,S1,b,laporan,maksimal,jumlah,4,4,100,,,indikator,,,
PK_C,C1,S1,c,laporan,maksimal,jumlah,1,,,,,indikator,,,
PK_C,C2,S1,c,laporan,maksimal,jumlah,1,,,,,indikator,,,
PK_C,C3,S1,c,laporan,maksimal,jumlah,1,,,,,indikator,,,
PK_C,C4,S1,c,laporan,maksimal,jumlah,1,,,,,indikator,,,

=== the same with every result that waits sent to the temporary file (RKT_HOLD_BYTES=0): PK_KABAN comes first and is done last, its supporters' results wait for it; the same bytes as the case above
$ env RKT_HOLD_BYTES=0 "$RKT" eval --semua --format csv satuan.rkt kaban.rkt a.rkt b.rkt c.rkt --data d.csv
--- satuan.rkt < fixtures/cascade/apart/satuan.rkt
--- kaban.rkt < fixtures/cascade/apart/kaban.rkt
--- a.rkt < fixtures/cascade/apart/a.rkt
--- b.rkt < fixtures/cascade/apart/b.rkt
--- c.rkt < fixtures/cascade/apart/c.rkt
--- d.csv < fixtures/cascade/d.csv
--- exit 0
--- stderr
kaban.rkt:5:50: warning[W050]: target 4 of IKR differs from its supporters' targets combined by rata (3.33): PK_A 5, PK_B 4, PK_C 1
    5 |     indikator IKR "Rata" { satuan laporan target 4 konsolidasi_lokasi rata }
      |                                                  ^
--- stdout
rencana,kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat,pelaksana,jenis,anggaran,realisasi_anggaran,serapan
PK_KABAN,IKJ,S1,Jumlah,laporan,maksimal,jumlah,10,9,90,,,indikator,,,
PK_KABAN,IKR,S1,Rata,laporan,maksimal,jumlah,4,4.5,112.5,,,indikator,,,
PK_KABAN,IKX,S1,Maks,laporan,maksimal,jumlah,5,5,100,,,indikator,,,
PK_KABAN,IKN,S1,Min,laporan,maksimal,jumlah,1,4,400,,,indikator,,,
PK_A,A1,S1,a,laporan,maksimal,jumlah,5,5,100,,,indikator,,,
PK_A,A2,S1,a,laporan,maksimal,jumlah,5,5,100,,,indikator,,,
PK_A,A3,S1,a,laporan,maksimal,jumlah,5,5,100,,,indikator,,,
PK_A,A4,S1,a,laporan,maksimal,jumlah,5,5,100,,,indikator,,,
PK_B,B1,S1,b,laporan,maksimal,jumlah,4,4,100,,,indikator,,,
PK_B,B2,S1,b,laporan,maksimal,jumlah,4,4,100,,,indikator,,,
PK_B,B3,S1,b,laporan,maksimal,jumlah,4,4,100,,,indikator,,,
PK_B,B4,S1,b,laporan,maksimal,jumlah,4,4,100,,,indikator,,,
PK_C,C1,S1,c,laporan,maksimal,jumlah,1,,,,,indikator,,,
PK_C,C2,S1,c,laporan,maksimal,jumlah,1,,,,,indikator,,,
PK_C,C3,S1,c,laporan,maksimal,jumlah,1,,,,,indikator,,,
PK_C,C4,S1,c,laporan,maksimal,jumlah,1,,,,,indikator,,,
