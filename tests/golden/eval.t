# Golden tests of `rkt eval`, `rkt explain` and `rkt test` on the seed
# example (examples/bkhit) and on small plans of their own (CLI.md, eval
# output; LANGUAGE.md §4, §5).  Format: tests/golden/run.sh.
#
# Hand computation of the seed's whole year (realisasi-2025.csv), which
# every format below must show (examples/bkhit/uji.rkt has the same):
#   IKSP1  1 + 1 + 0 + 2 = 4;            4 / 3 x 100          = 133.33
#   IKSP2  0 + 1 + 0 + 1 = 2;            2 / 3 x 100          =  66.67
#   IKSP3  6112 + 6587 + 6734 + 7021 = 26454; / 25945 x 100   = 101.96 (101.9618)
#   IKSP4  2214 + 2506 + 2478 + 2690 = 9888;  / 9865 x 100    = 100.23 (100.2332)
#   SP1    (133.3333 + 66.6667 + 101.9618 + 100.2332) / 4     = 100.55 (100.5487)
#   IKSP5  7 + 9 + 8 + 10 = 34;          34 / 33 x 100        = 103.03
#   IKSP6  9 + 10 + 8 + 11 = 38;         38 / 33 x 100        = 115.15
#   IKSP7  no row: kosong, tanpa_data
#   SP2    (103.0303 + 115.1515) / 2                          = 109.09
#   IKSP8  8 + 10 + 9 + 12 = 39;         39 / 36 x 100        = 108.33
#   IKSP9  nine unsur means (3.36 3.31 3.2 3.83 3.32 3.4 3.48 3.14 3.2),
#          sum 30.24 / 9 = 3.36 x 25 = 84; 84 / 81 x 100      = 103.70; MUTU_IKM B
#   SP3    (108.3333 + 103.7037) / 2                          = 106.02 (106.0185)
#   IKSP10 93.47 (yearly);               93.47 / 81 x 100     = 115.40 (115.3951)
#   IKSP11 79.35 (yearly);               79.35 / 81 x 100     =  97.96 (97.9630);
#          predikat PREDIKAT_AKIP dari realisasi: 79.35 is not > 80, is > 70: BB
#   plan   (100.5487 + 109.0909 + 106.0185 + 115.3951 + 97.9630) / 5 = 105.80;
#          no plan predikat (PREDIKAT_AKIP rates the AKIP score, IKSP11, not the mean)
#   temuan IKSP2 66.67 < 80 (peringatan), IKSP1 133.33 > 120 (info)
#
# Through 2025-TW2 on the PK (cumulative quarterly targets):
#   IKSP1  1 + 1 = 2 / TW2 1 = 200;  IKSP2 0 + 1 = 1 / 2 = 50
#   IKSP3  12699 / 12500 = 101.59;   IKSP4 2214 + 2506 = 4720 / 4800 = 98.33
#   SP1    (200 + 50 + 101.592 + 98.3333) / 4 = 112.48 (112.48125)
#   IKSP5  16 / 16 = 100;  IKSP6 19 / 16 = 118.75;  SP2 109.375 -> 109.38
#   IKSP8  18 / 18 = 100;  IKSP9 (29.72 + 30.08) / 2 / 9 x 25 = 83.06 (83.0556),
#          / 81 = 102.54 (102.5377), B;  SP3 (100 + 102.5377) / 2 = 101.27
#   IKSP10, IKSP11: yearly values do not lie inside Jan-Jun: kosong; SP4, SP5 kosong
#   plan   (112.48125 + 109.375 + 101.2689) / 3 = 107.71 (107.7084); no predikat
#          (and IKSP11, kosong through TW2, has none either)

=== eval of the seed, table
$ rkt eval $ROOT/examples/bkhit/rkt-2025.rkt --data $ROOT/examples/bkhit/realisasi-2025.csv --format table
--- stdout
SP1  Terlaksananya Layanan Perkarantinaan Hewan, Ikan, Tumbuhan…  capaian 100.55
Kode    Uraian                Satuan      Target  Realisasi  Capaian %  Predikat
IKSP1   Jumlah Temuan HPHK,…  jenis            3          4     133.33  -
IKSP2   Jumlah Temuan HPHK,…  jenis            3          2      66.67  -
IKSP3   Jumlah media pembaw…  sertifikat   25945      26454     101.96  -
IKSP4   Jumlah media pembaw…  sertifikat    9865       9888     100.23  -

SP2  Terealisasinya Keterlibatan Masyarakat dalamn Penyelenggar…  capaian 109.09
Kode    Uraian                Satuan      Target  Realisasi  Capaian %  Predikat
IKSP5   Jumlah pihak lain y…  dokumen         33         34     103.03  -
IKSP6   Jumlah pihak lain y…  dokumen         33         38     115.15  -
IKSP7   Jumlah kasus pelang…  dokumen          0          -          -  -
tanpa data: IKSP7

SP3  Terwujudnya Layanan Humas yang Baik  capaian 106.02
Kode    Uraian                Satuan      Target  Realisasi  Capaian %  Predikat
IKSP8   Jumlah publikasi in…  publikasi       36         39     108.33  -
IKSP9   Nilai Indeks Kepuas…  nilai           81         84     103.70  B

SP4  Terwujudnya Layanan Keuangan yang Baik  capaian 115.40
Kode    Uraian                Satuan      Target  Realisasi  Capaian %  Predikat
IKSP10  Nilai kinerja Angga…  nilai           81      93.47     115.40  -

SP5  Terwujudnya Tata Kelola Perencanaan, Anggaran dan Monitorin…  capaian 97.96
Kode    Uraian                Satuan      Target  Realisasi  Capaian %  Predikat
IKSP11  Nilai Akuntabilitas…  nilai           81      79.35      97.96  BB

Capaian RKT_BKHIT_2025 (2025): 105.80

Temuan:
peringatan  IKSP2 baru mencapai 66.67% dari target  ($ROOT/rules/sakip.rkt:80)
info        IKSP1 mencapai 133.33% dari target; periksa apakah targetnya terlalu rendah  ($ROOT/rules/sakip.rkt:86)

=== eval of the seed, csv
$ rkt eval $ROOT/examples/bkhit/rkt-2025.rkt --data $ROOT/examples/bkhit/realisasi-2025.csv --format csv
--- stdout
kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat,pelaksana,jenis,anggaran,realisasi_anggaran,serapan
IKSP1,SP1,"Jumlah Temuan HPHK, HPIK dan OPTK di dalam wilayah Indonesia yang ditindaklanjuti",jenis,maksimal,jumlah,3,4,133.33,,,indikator,,,
IKSP2,SP1,"Jumlah Temuan HPHK, HPIK dan OPTK di tempat pemasukan dan / atau pengeluaran yang ditindaklanjuti",jenis,maksimal,jumlah,3,2,66.67,,,indikator,,,
IKSP3,SP1,Jumlah media pembawa melalui tempat pemasukan dan pengeluaran yang dapat dibebaskan,sertifikat,maksimal,jumlah,25945,26454,101.96,,,indikator,,,
IKSP4,SP1,Jumlah media pembawa melalui tempat pengeluaran yang memenuhi persyaratan karantina,sertifikat,maksimal,jumlah,9865,9888,100.23,,,indikator,,,
IKSP5,SP2,Jumlah pihak lain yang diregistrasi untuk melaksanakan tindakan karantina atau menyediakan sarana untuk tindakan karantina (registrasi pihak lain),dokumen,maksimal,jumlah,33,34,103.03,,,indikator,,,
IKSP6,SP2,Jumlah pihak lain yang memenuhi persyaratan administrasi sebagai pelaksana tindakan karantina atau sebagai penyedia sarana untuk tindakan karantina (permohonan registrasi pihak lain),dokumen,maksimal,jumlah,33,38,115.15,,,indikator,,,
IKSP7,SP2,Jumlah kasus pelanggaran perkarantinaan yang dapat diselesaikan (P21 atau SP3),dokumen,maksimal,jumlah,0,,,,,indikator,,,
IKSP8,SP3,Jumlah publikasi informasi perkarantinaan kepada masyarakat,publikasi,maksimal,jumlah,36,39,108.33,,,indikator,,,
IKSP9,SP3,Nilai Indeks Kepuasan Masyarakat (IKM),nilai,maksimal,terakhir,81,84,103.7,B,,indikator,,,
IKSP10,SP4,"Nilai kinerja Anggaran Balai Karantina Hewan, Ikan dan Tumbuhan Kalimantan Barat",nilai,maksimal,terakhir,81,93.47,115.4,,,indikator,,,
IKSP11,SP5,Nilai Akuntabilitas kinerja instansi pemerintah,nilai,maksimal,terakhir,81,79.35,97.96,BB,,indikator,,,

=== eval of the seed, json
$ rkt eval $ROOT/examples/bkhit/rkt-2025.rkt --data $ROOT/examples/bkhit/realisasi-2025.csv --format json
--- stdout
{"rencana":"RKT_BKHIT_2025","tahun":2025,"periode":"2025","capaian":105.8,"predikat":null,"anggaran":null,"realisasi_anggaran":null,"serapan":null,"sasaran":[{"kode":"SP1","uraian":"Terlaksananya Layanan Perkarantinaan Hewan, Ikan, Tumbuhan yang Profesional","induk":"P1","tingkat":"program","capaian":100.55,"predikat":null,"tanpa_data":[],"indikator":[{"kode":"IKSP1","uraian":"Jumlah Temuan HPHK, HPIK dan OPTK di dalam wilayah Indonesia yang ditindaklanjuti","satuan":"jenis","polaritas":"maksimal","konsolidasi":"jumlah","target":3,"realisasi":4,"capaian":133.33,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null},{"kode":"IKSP2","uraian":"Jumlah Temuan HPHK, HPIK dan OPTK di tempat pemasukan dan / atau pengeluaran yang ditindaklanjuti","satuan":"jenis","polaritas":"maksimal","konsolidasi":"jumlah","target":3,"realisasi":2,"capaian":66.67,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null},{"kode":"IKSP3","uraian":"Jumlah media pembawa melalui tempat pemasukan dan pengeluaran yang dapat dibebaskan","satuan":"sertifikat","polaritas":"maksimal","konsolidasi":"jumlah","target":25945,"realisasi":26454,"capaian":101.96,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null},{"kode":"IKSP4","uraian":"Jumlah media pembawa melalui tempat pengeluaran yang memenuhi persyaratan karantina","satuan":"sertifikat","polaritas":"maksimal","konsolidasi":"jumlah","target":9865,"realisasi":9888,"capaian":100.23,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null}]},{"kode":"SP2","uraian":"Terealisasinya Keterlibatan Masyarakat dalamn Penyelenggaraan Perkarantinaan Hewan, Ikan, Tumbuhan yang Partisipatif","induk":"P1","tingkat":"program","capaian":109.09,"predikat":null,"tanpa_data":["IKSP7"],"indikator":[{"kode":"IKSP5","uraian":"Jumlah pihak lain yang diregistrasi untuk melaksanakan tindakan karantina atau menyediakan sarana untuk tindakan karantina (registrasi pihak lain)","satuan":"dokumen","polaritas":"maksimal","konsolidasi":"jumlah","target":33,"realisasi":34,"capaian":103.03,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null},{"kode":"IKSP6","uraian":"Jumlah pihak lain yang memenuhi persyaratan administrasi sebagai pelaksana tindakan karantina atau sebagai penyedia sarana untuk tindakan karantina (permohonan registrasi pihak lain)","satuan":"dokumen","polaritas":"maksimal","konsolidasi":"jumlah","target":33,"realisasi":38,"capaian":115.15,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null},{"kode":"IKSP7","uraian":"Jumlah kasus pelanggaran perkarantinaan yang dapat diselesaikan (P21 atau SP3)","satuan":"dokumen","polaritas":"maksimal","konsolidasi":"jumlah","target":0,"realisasi":null,"capaian":null,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null}]},{"kode":"SP3","uraian":"Terwujudnya Layanan Humas yang Baik","induk":"P1","tingkat":"program","capaian":106.02,"predikat":null,"tanpa_data":[],"indikator":[{"kode":"IKSP8","uraian":"Jumlah publikasi informasi perkarantinaan kepada masyarakat","satuan":"publikasi","polaritas":"maksimal","konsolidasi":"jumlah","target":36,"realisasi":39,"capaian":108.33,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null},{"kode":"IKSP9","uraian":"Nilai Indeks Kepuasan Masyarakat (IKM)","satuan":"nilai","polaritas":"maksimal","konsolidasi":"terakhir","target":81,"realisasi":84,"capaian":103.7,"predikat":"B","pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null}]},{"kode":"SP4","uraian":"Terwujudnya Layanan Keuangan yang Baik","induk":"P1","tingkat":"program","capaian":115.4,"predikat":null,"tanpa_data":[],"indikator":[{"kode":"IKSP10","uraian":"Nilai kinerja Anggaran Balai Karantina Hewan, Ikan dan Tumbuhan Kalimantan Barat","satuan":"nilai","polaritas":"maksimal","konsolidasi":"terakhir","target":81,"realisasi":93.47,"capaian":115.4,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null}]},{"kode":"SP5","uraian":"Terwujudnya Tata Kelola Perencanaan, Anggaran dan Monitoring serta Evaluasi yang Baik","induk":"P1","tingkat":"program","capaian":97.96,"predikat":null,"tanpa_data":[],"indikator":[{"kode":"IKSP11","uraian":"Nilai Akuntabilitas kinerja instansi pemerintah","satuan":"nilai","polaritas":"maksimal","konsolidasi":"terakhir","target":81,"realisasi":79.35,"capaian":97.96,"predikat":"BB","pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null}]}],"program":[{"kode":"P1","jenis":"program","uraian":"Peningkatan Kualitas Pelayanan Karantina Pertanian dan Pengawasan Keamanan Hayati","induk":null,"anggaran":null,"realisasi_anggaran":null,"serapan":null,"tanpa_anggaran":[],"capaian":null,"tanpa_data":[],"indikator":[]}],"tujuan":[],"temuan":[{"aturan":"Capaian di bawah 80% perlu rencana aksi","tingkat":"peringatan","pesan":"IKSP2 baru mencapai 66.67% dari target","file":"$ROOT/rules/sakip.rkt","line":80,"column":1},{"aturan":"Capaian melampaui 120%","tingkat":"info","pesan":"IKSP1 mencapai 133.33% dari target; periksa apakah targetnya terlalu rendah","file":"$ROOT/rules/sakip.rkt","line":86,"column":1}]}

=== eval of the seed, md
$ rkt eval $ROOT/examples/bkhit/rkt-2025.rkt --data $ROOT/examples/bkhit/realisasi-2025.csv --format md
--- stdout
# RKT_BKHIT_2025 — Rencana Kinerja Tahunan Balai Karantina Hewan, Ikan dan Tumbuhan Kalimantan Barat Tahun 2025 (2025)

## SP1 — Terlaksananya Layanan Perkarantinaan Hewan, Ikan, Tumbuhan yang Profesional

| Kode | Uraian | Satuan | Target | Realisasi | Capaian % | Predikat |
|---|---|---|--:|--:|--:|---|
| IKSP1 | Jumlah Temuan HPHK, HPIK dan OPTK di dalam wilayah Indonesia yang ditindaklanjuti | jenis | 3 | 4 | 133.33 | - |
| IKSP2 | Jumlah Temuan HPHK, HPIK dan OPTK di tempat pemasukan dan / atau pengeluaran yang ditindaklanjuti | jenis | 3 | 2 | 66.67 | - |
| IKSP3 | Jumlah media pembawa melalui tempat pemasukan dan pengeluaran yang dapat dibebaskan | sertifikat | 25945 | 26454 | 101.96 | - |
| IKSP4 | Jumlah media pembawa melalui tempat pengeluaran yang memenuhi persyaratan karantina | sertifikat | 9865 | 9888 | 100.23 | - |

Capaian SP1: 100.55

## SP2 — Terealisasinya Keterlibatan Masyarakat dalamn Penyelenggaraan Perkarantinaan Hewan, Ikan, Tumbuhan yang Partisipatif

| Kode | Uraian | Satuan | Target | Realisasi | Capaian % | Predikat |
|---|---|---|--:|--:|--:|---|
| IKSP5 | Jumlah pihak lain yang diregistrasi untuk melaksanakan tindakan karantina atau menyediakan sarana untuk tindakan karantina (registrasi pihak lain) | dokumen | 33 | 34 | 103.03 | - |
| IKSP6 | Jumlah pihak lain yang memenuhi persyaratan administrasi sebagai pelaksana tindakan karantina atau sebagai penyedia sarana untuk tindakan karantina (permohonan registrasi pihak lain) | dokumen | 33 | 38 | 115.15 | - |
| IKSP7 | Jumlah kasus pelanggaran perkarantinaan yang dapat diselesaikan (P21 atau SP3) | dokumen | 0 | - | - | - |

Capaian SP2: 109.09

Tanpa data: IKSP7.

## SP3 — Terwujudnya Layanan Humas yang Baik

| Kode | Uraian | Satuan | Target | Realisasi | Capaian % | Predikat |
|---|---|---|--:|--:|--:|---|
| IKSP8 | Jumlah publikasi informasi perkarantinaan kepada masyarakat | publikasi | 36 | 39 | 108.33 | - |
| IKSP9 | Nilai Indeks Kepuasan Masyarakat (IKM) | nilai | 81 | 84 | 103.70 | B |

Capaian SP3: 106.02

## SP4 — Terwujudnya Layanan Keuangan yang Baik

| Kode | Uraian | Satuan | Target | Realisasi | Capaian % | Predikat |
|---|---|---|--:|--:|--:|---|
| IKSP10 | Nilai kinerja Anggaran Balai Karantina Hewan, Ikan dan Tumbuhan Kalimantan Barat | nilai | 81 | 93.47 | 115.40 | - |

Capaian SP4: 115.40

## SP5 — Terwujudnya Tata Kelola Perencanaan, Anggaran dan Monitoring serta Evaluasi yang Baik

| Kode | Uraian | Satuan | Target | Realisasi | Capaian % | Predikat |
|---|---|---|--:|--:|--:|---|
| IKSP11 | Nilai Akuntabilitas kinerja instansi pemerintah | nilai | 81 | 79.35 | 97.96 | BB |

Capaian SP5: 97.96

**Capaian RKT_BKHIT_2025 (2025): 105.80**

## Temuan

- **peringatan** IKSP2 baru mencapai 66.67% dari target — *Capaian di bawah 80% perlu rencana aksi* ($ROOT/rules/sakip.rkt:80)
- **info** IKSP1 mencapai 133.33% dari target; periksa apakah targetnya terlalu rendah — *Capaian melampaui 120%* ($ROOT/rules/sakip.rkt:86)

=== eval of the PK through 2025-TW2, table
$ rkt eval $ROOT/examples/bkhit/pk-2025.rkt --rencana PK_BKHIT_2025 --data $ROOT/examples/bkhit/realisasi-2025.csv --periode 2025-TW2 --format table
--- stdout
SP1  Terlaksananya Layanan Perkarantinaan Hewan, Ikan, Tumbuhan…  capaian 112.48
Kode    Uraian                Satuan      Target  Realisasi  Capaian %  Predikat
IKSP1   Jumlah Temuan HPHK,…  jenis            1          2        200  -
IKSP2   Jumlah Temuan HPHK,…  jenis            2          1         50  -
IKSP3   Jumlah media pembaw…  sertifikat   12500      12699     101.59  -
IKSP4   Jumlah media pembaw…  sertifikat    4800       4720      98.33  -

SP2  Terealisasinya Keterlibatan Masyarakat dalamn Penyelenggar…  capaian 109.38
Kode    Uraian                Satuan      Target  Realisasi  Capaian %  Predikat
IKSP5   Jumlah pihak lain y…  dokumen         16         16        100  -
IKSP6   Jumlah pihak lain y…  dokumen         16         19     118.75  -
IKSP7   Jumlah kasus pelang…  dokumen          0          -          -  -
tanpa data: IKSP7

SP3  Terwujudnya Layanan Humas yang Baik  capaian 101.27
Kode    Uraian                Satuan      Target  Realisasi  Capaian %  Predikat
IKSP8   Jumlah publikasi in…  publikasi       18         18        100  -
IKSP9   Nilai Indeks Kepuas…  nilai           81      83.06     102.54  B

SP4  Terwujudnya Layanan Keuangan yang Baik  capaian -
Kode    Uraian                Satuan      Target  Realisasi  Capaian %  Predikat
IKSP10  Nilai kinerja Angga…  nilai           81          -          -  -
tanpa data: IKSP10

SP5  Terwujudnya Tata Kelola Perencanaan, Anggaran dan Monitoring se…  capaian -
Kode    Uraian                Satuan      Target  Realisasi  Capaian %  Predikat
IKSP11  Nilai Akuntabilitas…  nilai           81          -          -  -
tanpa data: IKSP11

Capaian PK_BKHIT_2025 (2025-TW2): 107.71
sasaran tanpa data: SP4, SP5

Temuan:
peringatan  IKSP2 baru mencapai 50% dari target  ($ROOT/rules/sakip.rkt:80)
info        IKSP1 mencapai 200% dari target; periksa apakah targetnya terlalu rendah  ($ROOT/rules/sakip.rkt:86)

=== eval of the PK through 2025-TW2, json
$ rkt eval $ROOT/examples/bkhit/pk-2025.rkt --rencana PK_BKHIT_2025 --data $ROOT/examples/bkhit/realisasi-2025.csv --periode 2025-TW2 --format json
--- stdout
{"rencana":"PK_BKHIT_2025","tahun":2025,"periode":"2025-TW2","capaian":107.71,"predikat":null,"anggaran":null,"realisasi_anggaran":null,"serapan":null,"sasaran":[{"kode":"SP1","uraian":"Terlaksananya Layanan Perkarantinaan Hewan, Ikan, Tumbuhan yang Profesional","induk":null,"tingkat":"program","capaian":112.48,"predikat":null,"tanpa_data":[],"indikator":[{"kode":"IKSP1","uraian":"Jumlah Temuan HPHK, HPIK dan OPTK di dalam wilayah Indonesia yang ditindaklanjuti","satuan":"jenis","polaritas":"maksimal","konsolidasi":"jumlah","target":1,"realisasi":2,"capaian":200,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null},{"kode":"IKSP2","uraian":"Jumlah Temuan HPHK, HPIK dan OPTK di tempat pemasukan dan / atau pengeluaran yang ditindaklanjuti","satuan":"jenis","polaritas":"maksimal","konsolidasi":"jumlah","target":2,"realisasi":1,"capaian":50,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null},{"kode":"IKSP3","uraian":"Jumlah media pembawa melalui tempat pemasukan dan pengeluaran yang dapat dibebaskan","satuan":"sertifikat","polaritas":"maksimal","konsolidasi":"jumlah","target":12500,"realisasi":12699,"capaian":101.59,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null},{"kode":"IKSP4","uraian":"Jumlah media pembawa melalui tempat pengeluaran yang memenuhi persyaratan karantina","satuan":"sertifikat","polaritas":"maksimal","konsolidasi":"jumlah","target":4800,"realisasi":4720,"capaian":98.33,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null}]},{"kode":"SP2","uraian":"Terealisasinya Keterlibatan Masyarakat dalamn Penyelenggaraan Perkarantinaan Hewan, Ikan, Tumbuhan yang Partisipatif","induk":null,"tingkat":"program","capaian":109.38,"predikat":null,"tanpa_data":["IKSP7"],"indikator":[{"kode":"IKSP5","uraian":"Jumlah pihak lain yang diregistrasi untuk melaksanakan tindakan karantina atau menyediakan sarana untuk tindakan karantina (registrasi pihak lain)","satuan":"dokumen","polaritas":"maksimal","konsolidasi":"jumlah","target":16,"realisasi":16,"capaian":100,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null},{"kode":"IKSP6","uraian":"Jumlah pihak lain yang memenuhi persyaratan administrasi sebagai pelaksana tindakan karantina atau sebagai penyedia sarana untuk tindakan karantina (permohonan registrasi pihak lain)","satuan":"dokumen","polaritas":"maksimal","konsolidasi":"jumlah","target":16,"realisasi":19,"capaian":118.75,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null},{"kode":"IKSP7","uraian":"Jumlah kasus pelanggaran perkarantinaan yang dapat diselesaikan (P21 atau SP3)","satuan":"dokumen","polaritas":"maksimal","konsolidasi":"jumlah","target":0,"realisasi":null,"capaian":null,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null}]},{"kode":"SP3","uraian":"Terwujudnya Layanan Humas yang Baik","induk":null,"tingkat":"program","capaian":101.27,"predikat":null,"tanpa_data":[],"indikator":[{"kode":"IKSP8","uraian":"Jumlah publikasi informasi perkarantinaan kepada masyarakat","satuan":"publikasi","polaritas":"maksimal","konsolidasi":"jumlah","target":18,"realisasi":18,"capaian":100,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null},{"kode":"IKSP9","uraian":"Nilai Indeks Kepuasan Masyarakat (IKM)","satuan":"nilai","polaritas":"maksimal","konsolidasi":"terakhir","target":81,"realisasi":83.06,"capaian":102.54,"predikat":"B","pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null}]},{"kode":"SP4","uraian":"Terwujudnya Layanan Keuangan yang Baik","induk":null,"tingkat":"program","capaian":null,"predikat":null,"tanpa_data":["IKSP10"],"indikator":[{"kode":"IKSP10","uraian":"Nilai kinerja Anggaran Balai Karantina Hewan, Ikan dan Tumbuhan Kalimantan Barat","satuan":"nilai","polaritas":"maksimal","konsolidasi":"terakhir","target":81,"realisasi":null,"capaian":null,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null}]},{"kode":"SP5","uraian":"Terwujudnya Tata Kelola Perencanaan, Anggaran dan Monitoring serta Evaluasi yang Baik","induk":null,"tingkat":"program","capaian":null,"predikat":null,"tanpa_data":["IKSP11"],"indikator":[{"kode":"IKSP11","uraian":"Nilai Akuntabilitas kinerja instansi pemerintah","satuan":"nilai","polaritas":"maksimal","konsolidasi":"terakhir","target":81,"realisasi":null,"capaian":null,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null}]}],"program":[],"tujuan":[],"temuan":[{"aturan":"Capaian di bawah 80% perlu rencana aksi","tingkat":"peringatan","pesan":"IKSP2 baru mencapai 50% dari target","file":"$ROOT/rules/sakip.rkt","line":80,"column":1},{"aturan":"Capaian melampaui 120%","tingkat":"info","pesan":"IKSP1 mencapai 200% dari target; periksa apakah targetnya terlalu rendah","file":"$ROOT/rules/sakip.rkt","line":86,"column":1}]}

=== explain IKSP3 of the seed
$ rkt explain $ROOT/examples/bkhit/rkt-2025.rkt --data $ROOT/examples/bkhit/realisasi-2025.csv IKSP3
--- stdout
indikator IKSP3: Jumlah media pembawa melalui tempat pemasukan dan pengeluaran yang dapat dibebaskan
  sasaran SP1, rencana RKT_BKHIT_2025, periode 2025
  satuan sertifikat, polaritas maksimal, konsolidasi jumlah, bobot 1

realisasi
  2025-TW1  6112 ($ROOT/examples/bkhit/realisasi-2025.csv:10)
  2025-TW2  6587 ($ROOT/examples/bkhit/realisasi-2025.csv:11)
  2025-TW3  6734 ($ROOT/examples/bkhit/realisasi-2025.csv:12)
  2025-TW4  7021 ($ROOT/examples/bkhit/realisasi-2025.csv:13)
  jumlah: 6112 + 6587 + 6734 + 7021 = 26454

target
  annual target 25945 ($ROOT/examples/bkhit/rkt-2025.rkt:35)

capaian
  maksimal: R / T × 100 = 26454 / 25945 × 100 = 101.96184235883601 → 101.96
  before rounding 101.96184235883601, after rounding 101.96

predikat
  none: no scale given

=== explain SP2 of the seed
$ rkt explain $ROOT/examples/bkhit/rkt-2025.rkt --data $ROOT/examples/bkhit/realisasi-2025.csv SP2
--- stdout
sasaran SP2: Terealisasinya Keterlibatan Masyarakat dalamn Penyelenggaraan Perkarantinaan Hewan, Ikan, Tumbuhan yang Partisipatif
  rencana RKT_BKHIT_2025, periode 2025, bobot 1

indikator
  IKSP5      capaian 103.03030303030303 → 103.03, bobot 1
  IKSP6      capaian 115.15151515151516 → 115.15, bobot 1
  IKSP7      capaian kosong: left out (tanpa data)

capaian
  weighted mean: (1 × 103.03030303030303 + 1 × 115.15151515151516) / 2
  = 218.1818181818182 / 2 = 109.0909090909091 → 109.09
  before rounding 109.0909090909091, after rounding 109.09

predikat
  none: no scale given

tanpa data: IKSP7

=== explain the seed's plan
$ rkt explain $ROOT/examples/bkhit/rkt-2025.rkt --data $ROOT/examples/bkhit/realisasi-2025.csv RKT_BKHIT_2025
--- stdout
rencana RKT_BKHIT_2025: Rencana Kinerja Tahunan Balai Karantina Hewan, Ikan dan Tumbuhan Kalimantan Barat Tahun 2025
  rkt, tahun 2025, periode 2025

sasaran
  SP1        capaian 100.54874746249155 → 100.55, bobot 1
  SP2        capaian 109.0909090909091 → 109.09, bobot 1
  SP3        capaian 106.01851851851853 → 106.02, bobot 1
  SP4        capaian 115.39506172839506 → 115.40, bobot 1
  SP5        capaian 97.96296296296295 → 97.96, bobot 1

capaian
  weighted mean: (1 × 100.54874746249155 + 1 × 109.0909090909091 + 1 × 106.01851851851853 + 1 × 115.39506172839506 + 1 × 97.96296296296295) / 5
  = 529.0161997632772 / 5 = 105.80323995265545 → 105.80
  before rounding 105.80323995265545, after rounding 105.80

predikat
  none: no scale given

=== explain IKSP3 of the PK through 2025-TW2
$ rkt explain $ROOT/examples/bkhit/pk-2025.rkt --rencana PK_BKHIT_2025 --data $ROOT/examples/bkhit/realisasi-2025.csv --periode 2025-TW2 IKSP3
--- stdout
indikator IKSP3: Jumlah media pembawa melalui tempat pemasukan dan pengeluaran yang dapat dibebaskan
  sasaran SP1, rencana PK_BKHIT_2025, periode 2025-TW2
  satuan sertifikat, polaritas maksimal, konsolidasi jumlah, bobot 1

realisasi
  2025-TW1  6112 ($ROOT/examples/bkhit/realisasi-2025.csv:10)
  2025-TW2  6587 ($ROOT/examples/bkhit/realisasi-2025.csv:11)
  jumlah: 6112 + 6587 = 12699

target
  TW2 target (cumulative) 12500 ($ROOT/examples/bkhit/pk-2025.rkt:22)

capaian
  maksimal: R / T × 100 = 12699 / 12500 × 100 = 101.592 → 101.59
  before rounding 101.592, after rounding 101.59

predikat
  none: no scale given

=== -o writes the file atomically, and leaves nothing else behind
$ rkt eval $ROOT/examples/bkhit/rkt-2025.rkt --data $ROOT/examples/bkhit/realisasi-2025.csv --format json -o out.json 2>/dev/null
$ echo "exit $?"
$ rkt eval $ROOT/examples/bkhit/rkt-2025.rkt --data $ROOT/examples/bkhit/realisasi-2025.csv --format json 2>/dev/null > stdout.json
$ cmp out.json stdout.json && echo "same as stdout"
$ ls -A
$ head -c 98 out.json; echo
--- stdout
exit 0
same as stdout
out.json
stdout.json
{"rencana":"RKT_BKHIT_2025","tahun":2025,"periode":"2025","capaian":105.8,"predikat":null,"anggara

=== -o: a run that fails keeps the existing file as it was
$ echo "hasil lama" > out.json
$ rkt eval $ROOT/examples/bkhit/rkt-2025.rkt --data salah.csv --format json -o out.json 2>/dev/null
$ echo "exit $?"
$ cat out.json
$ ls -A
--- salah.csv
kode,periode,nilai
IKSP3,2025-TW9,6112
--- stdout
exit 1
hasil lama
out.json
salah.csv

=== -o: a directory that does not exist is exit 2, nothing written
$ rkt eval $ROOT/examples/bkhit/rkt-2025.rkt --data $ROOT/examples/bkhit/realisasi-2025.csv --format csv -o tidak-ada/out.csv 2>&1 >/dev/null | grep '^rkt:'
$ rkt eval $ROOT/examples/bkhit/rkt-2025.rkt --data $ROOT/examples/bkhit/realisasi-2025.csv --format csv -o tidak-ada/out.csv 2>/dev/null
$ echo "exit $?"
$ ls -A
--- stdout
rkt: cannot write 'tidak-ada/out.csv': No such file or directory
exit 2

=== --angka id: the Indonesian file (';', BOM, CRLF, 6.112, 93,47) gives the plain file's numbers for its codes
# realisasi-2025-id.csv holds IKSP3, IKSP4 (quarters) and IKSP10, IKSP11 (yearly).
$ rkt eval $ROOT/examples/bkhit/rkt-2025.rkt --data $ROOT/examples/bkhit/realisasi-2025-id.csv --angka id --format csv 2>/dev/null | grep -E '^(IKSP3|IKSP4|IKSP10|IKSP11),' > id.csv
$ rkt eval $ROOT/examples/bkhit/rkt-2025.rkt --data $ROOT/examples/bkhit/realisasi-2025.csv --format csv 2>/dev/null | grep -E '^(IKSP3|IKSP4|IKSP10|IKSP11),' > plain.csv
$ cmp id.csv plain.csv && echo "same numbers"
$ cut -d, -f1,2 id.csv; grep -o '[0-9.]*,[0-9.]*,[0-9.]*,[A-Z]*$' id.csv
--- stdout
same numbers
IKSP3,SP1
IKSP4,SP1
IKSP10,SP4
IKSP11,SP5
,,,
,,,
,,,
,,,

=== --angka id: the other codes of the plan have no data, so only their sasaran change
$ rkt eval $ROOT/examples/bkhit/rkt-2025.rkt --data $ROOT/examples/bkhit/realisasi-2025-id.csv --angka id --format json 2>/dev/null
--- stdout
{"rencana":"RKT_BKHIT_2025","tahun":2025,"periode":"2025","capaian":104.82,"predikat":null,"anggaran":null,"realisasi_anggaran":null,"serapan":null,"sasaran":[{"kode":"SP1","uraian":"Terlaksananya Layanan Perkarantinaan Hewan, Ikan, Tumbuhan yang Profesional","induk":"P1","tingkat":"program","capaian":101.1,"predikat":null,"tanpa_data":["IKSP1","IKSP2"],"indikator":[{"kode":"IKSP1","uraian":"Jumlah Temuan HPHK, HPIK dan OPTK di dalam wilayah Indonesia yang ditindaklanjuti","satuan":"jenis","polaritas":"maksimal","konsolidasi":"jumlah","target":3,"realisasi":null,"capaian":null,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null},{"kode":"IKSP2","uraian":"Jumlah Temuan HPHK, HPIK dan OPTK di tempat pemasukan dan / atau pengeluaran yang ditindaklanjuti","satuan":"jenis","polaritas":"maksimal","konsolidasi":"jumlah","target":3,"realisasi":null,"capaian":null,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null},{"kode":"IKSP3","uraian":"Jumlah media pembawa melalui tempat pemasukan dan pengeluaran yang dapat dibebaskan","satuan":"sertifikat","polaritas":"maksimal","konsolidasi":"jumlah","target":25945,"realisasi":26454,"capaian":101.96,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null},{"kode":"IKSP4","uraian":"Jumlah media pembawa melalui tempat pengeluaran yang memenuhi persyaratan karantina","satuan":"sertifikat","polaritas":"maksimal","konsolidasi":"jumlah","target":9865,"realisasi":9888,"capaian":100.23,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null}]},{"kode":"SP2","uraian":"Terealisasinya Keterlibatan Masyarakat dalamn Penyelenggaraan Perkarantinaan Hewan, Ikan, Tumbuhan yang Partisipatif","induk":"P1","tingkat":"program","capaian":null,"predikat":null,"tanpa_data":["IKSP5","IKSP6","IKSP7"],"indikator":[{"kode":"IKSP5","uraian":"Jumlah pihak lain yang diregistrasi untuk melaksanakan tindakan karantina atau menyediakan sarana untuk tindakan karantina (registrasi pihak lain)","satuan":"dokumen","polaritas":"maksimal","konsolidasi":"jumlah","target":33,"realisasi":null,"capaian":null,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null},{"kode":"IKSP6","uraian":"Jumlah pihak lain yang memenuhi persyaratan administrasi sebagai pelaksana tindakan karantina atau sebagai penyedia sarana untuk tindakan karantina (permohonan registrasi pihak lain)","satuan":"dokumen","polaritas":"maksimal","konsolidasi":"jumlah","target":33,"realisasi":null,"capaian":null,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null},{"kode":"IKSP7","uraian":"Jumlah kasus pelanggaran perkarantinaan yang dapat diselesaikan (P21 atau SP3)","satuan":"dokumen","polaritas":"maksimal","konsolidasi":"jumlah","target":0,"realisasi":null,"capaian":null,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null}]},{"kode":"SP3","uraian":"Terwujudnya Layanan Humas yang Baik","induk":"P1","tingkat":"program","capaian":null,"predikat":null,"tanpa_data":["IKSP8","IKSP9"],"indikator":[{"kode":"IKSP8","uraian":"Jumlah publikasi informasi perkarantinaan kepada masyarakat","satuan":"publikasi","polaritas":"maksimal","konsolidasi":"jumlah","target":36,"realisasi":null,"capaian":null,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null},{"kode":"IKSP9","uraian":"Nilai Indeks Kepuasan Masyarakat (IKM)","satuan":"nilai","polaritas":"maksimal","konsolidasi":"terakhir","target":81,"realisasi":null,"capaian":null,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null}]},{"kode":"SP4","uraian":"Terwujudnya Layanan Keuangan yang Baik","induk":"P1","tingkat":"program","capaian":115.4,"predikat":null,"tanpa_data":[],"indikator":[{"kode":"IKSP10","uraian":"Nilai kinerja Anggaran Balai Karantina Hewan, Ikan dan Tumbuhan Kalimantan Barat","satuan":"nilai","polaritas":"maksimal","konsolidasi":"terakhir","target":81,"realisasi":93.47,"capaian":115.4,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null}]},{"kode":"SP5","uraian":"Terwujudnya Tata Kelola Perencanaan, Anggaran dan Monitoring serta Evaluasi yang Baik","induk":"P1","tingkat":"program","capaian":97.96,"predikat":null,"tanpa_data":[],"indikator":[{"kode":"IKSP11","uraian":"Nilai Akuntabilitas kinerja instansi pemerintah","satuan":"nilai","polaritas":"maksimal","konsolidasi":"terakhir","target":81,"realisasi":79.35,"capaian":97.96,"predikat":"BB","pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null}]}],"program":[{"kode":"P1","jenis":"program","uraian":"Peningkatan Kualitas Pelayanan Karantina Pertanian dan Pengawasan Keamanan Hayati","induk":null,"anggaran":null,"realisasi_anggaran":null,"serapan":null,"tanpa_anggaran":[],"capaian":null,"tanpa_data":[],"indikator":[]}],"tujuan":[],"temuan":[]}

=== the Indonesian file without --angka id: every row is an error, no results
$ rkt eval $ROOT/examples/bkhit/rkt-2025.rkt --data $ROOT/examples/bkhit/realisasi-2025-id.csv --format json 2>&1 >/dev/null | grep -c 'error\[E40[27]\]'
$ rkt eval $ROOT/examples/bkhit/rkt-2025.rkt --data $ROOT/examples/bkhit/realisasi-2025-id.csv --format json 2>/dev/null | wc -c
--- stdout
10
0

=== json is byte-for-byte the same across two runs
$ rkt eval $ROOT/examples/bkhit/rkt-2025.rkt --data $ROOT/examples/bkhit/realisasi-2025.csv --format json > a.json 2>/dev/null
$ rkt eval $ROOT/examples/bkhit/rkt-2025.rkt --data $ROOT/examples/bkhit/realisasi-2025.csv --format json > b.json 2>/dev/null
$ cmp a.json b.json && echo identical
$ rkt eval $ROOT/examples/bkhit/pk-2025.rkt --rencana PK_BKHIT_2025 --data $ROOT/examples/bkhit/realisasi-2025.csv --periode 2025-TW2 --format json > c.json 2>/dev/null
$ rkt eval $ROOT/examples/bkhit/pk-2025.rkt --rencana PK_BKHIT_2025 --data $ROOT/examples/bkhit/realisasi-2025.csv --periode 2025-TW2 --format json > d.json 2>/dev/null
$ cmp c.json d.json && echo identical
--- stdout
identical
identical

=== rkt test: a failing harap shows where, expected and actual; exit 1
# "gagal" evaluates through TW1: I1 is 10 (not 22), capaian 10 / 40 x 100 = 25.
# "gagal juga": 30 / 40 x 100 = 75, not below 50, so "rendah" does not fire;
# 75.004 is compared as shown (75.00) and passes.
$ rkt test uji.rkt
--- uji.rkt
satuan buah : cacah
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Layanan" {
    indikator I1 "Jumlah layanan" { satuan buah target 40 }
  }
}
aturan "rendah" {
  untuk indikator i
  jika capaian(i) < 50
  maka peringatan "{kode(i)}"
}
uji "lulus" {
  periode 2025
  data {
    I1 2025-TW1 10
    I1 2025-TW2 12
  }
  harap realisasi(I1) == 22            # 10 + 12
  harap capaian(I1) == 55              # 22 / 40 x 100
}
uji "gagal" {
  periode 2025-TW1
  data {
    I1 2025-TW1 10
    I1 2025-TW2 12
  }
  harap realisasi(I1) == 22            # wrong on purpose: through TW1 it is 10
  harap capaian(I1) == 25              # right: 10 / 40 x 100
  harap capaian(I1) >= 30              # wrong: 25
  harap temuan "rendah"                # right: 25 < 50
  harap bukan ada(realisasi(I1))       # wrong: 10 is there
}
uji "gagal juga" {
  data {
    I1 2025 30
  }
  harap temuan "rendah"                # wrong: 75 is not < 50
  harap capaian(I1) == 75.004          # right at two decimals: 75.00
}
--- exit 1
--- stderr
--- stdout
ok    lulus
FAIL  gagal
      uji.rkt:28:3: harap realisasi(I1) == 22
        expected: 22
        actual:   10
      uji.rkt:30:3: harap capaian(I1) >= 30
        expected: a value >= 30
        actual:   25
      uji.rkt:32:3: harap bukan ada(realisasi(I1))
        expected: benar
        actual:   salah
FAIL  gagal juga
      uji.rkt:38:3: harap temuan "rendah"
        expected: a finding of aturan "rendah"
        actual:   no finding
1 passed, 2 failed

=== rkt test: errors in files no test depends on are shown but do not stop the tests
# lain.rkt has an error (an undeclared satuan) in a plan no test uses: the
# test of R runs and passes, exit 0.  rusak.rkt's test uses a plan with an
# error: it is not run and fails, exit 1.  satuan.rkt declares no plan, so
# its error (a satuan declared twice, otherwise) stops every test.
$ rkt test uji.rkt lain.rkt; echo "exit $?"; rkt test uji.rkt rusak.rkt; echo "exit $?"; rkt test uji.rkt satuan.rkt
--- uji.rkt
satuan buah : cacah
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Layanan" {
    indikator I1 "Jumlah layanan" { satuan buah target 40 }
  }
}
uji "R lulus" {
  rencana R
  data { I1 2025 20 }
  harap capaian(I1) == 50
}
--- lain.rkt
rkt L "Lain" {
  tahun 2025
  sasaran S1 "Layanan" {
    indikator I1 "Jumlah layanan" { satuan biji target 40 }
  }
}
--- rusak.rkt
rkt X "Rusak" {
  tahun 2025
  sasaran S1 "Layanan" {
    indikator I1 "Jumlah layanan" { satuan biji target 40 }
  }
}
uji "X" {
  rencana X
  data { I1 2025 20 }
  harap capaian(I1) == 50
}
--- satuan.rkt
satuan dus : cacah
satuan dus : indeks 0..10
--- exit 1
--- stdout
ok    R lulus
1 passed, 0 failed
exit 0
ok    R lulus
FAIL  X
      rusak.rkt:7:1: not run: rusak.rkt has errors (shown on stderr)
1 passed, 1 failed
exit 1
FAIL  R lulus
      uji.rkt:8:1: not run: satuan.rkt has errors (shown on stderr)
0 passed, 1 failed

=== fixed bug: bulat with a number of decimals beyond an int
# bulat(x, n) converted floor(n) to int without a range check (undefined
# behaviour for 1e11); past 15 decimals either way x stays as it is.
$ rkt test uji.rkt
--- uji.rkt
satuan persen : persen
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" { indikator I1 "Satu" { satuan persen target 50 } }
}
uji "bulat" {
  data { I1 2025 12.345 }
  harap bulat(realisasi(I1), 99999999999) == 12.35        # 12.345 as it is, shown at 2 decimals
  harap bulat(realisasi(I1), -99999999999) == 12.35
  harap bulat(realisasi(I1), 1) == 12.3
}
--- stdout
ok    bulat
1 passed, 0 failed

=== rkt test on the end-to-end tests passes
$ rkt test $ROOT/tests/uji/e2e.rkt
--- exit 0
--- stdout
ok    E2E: setahun penuh
ok    E2E: sampai triwulan II
2 passed, 0 failed

=== eval of a small plan through 2025-05: a TW2 row does not count, a month of a jumlah indicator takes its share of the quarter
# I1 (jumlah): 2025-01 10 + 2025-02 30 + 2025-03 20 = 60; 2025-TW2 50 does not
#   lie inside Jan-May.  Target of May (§4.2): TW1 50 + 2/3 x (TW2 120 - 50)
#   = 96.666..., shown 96.67; 60 / 96.666... x 100 = 62.068..., shown 62.07.
# I2 (terakhir): 2025-03 7; TW2 9 does not count yet; its target is its
#   quarter's, 8: 7 / 8 x 100 = 87.5.
# I3: only a yearly row: kosong, tanpa data.
# S1 (62.068... + 87.5) / 2 = 74.784..., shown 74.78; plan the same,
#   predikat B (> 60).
# Through 2025-06: I1 60 + 50 = 110 / 120 = 91.67; I2 9 / 8 = 112.5; I3 kosong.
# The year: I1 110 / 240 = 45.83 (TW4 target); I2 112.5; I3 10 / 10 = 100.
$ rkt eval main.rkt --data d.csv --periode 2025-05 --format json
$ rkt eval main.rkt --data d.csv --periode 2025-06 --format csv
$ rkt eval main.rkt --data d.csv --format csv
--- main.rkt
satuan buah : cacah
satuan skor : angka
skala P { A "Baik" : > 80  B "Cukup" : > 60  C "Kurang" : >= 0 }
rkt R "Rencana" {
  tahun 2025
  predikat P
  sasaran S1 "Layanan" {
    indikator I1 "Jumlah" { satuan buah target { TW1: 50, TW2: 120, TW3: 180, TW4: 240 } }
    indikator I2 "Skor" { satuan skor target 8 }
    indikator I3 "Tahunan" { satuan skor target 10 }
  }
}
--- d.csv
kode,periode,nilai
I1,2025-01,10
I1,2025-02,30
I1,2025-03,20
I1,2025-TW2,50
I2,2025-03,7
I2,2025-TW2,9
I3,2025,10
--- exit 0
--- stdout
{"rencana":"R","tahun":2025,"periode":"2025-05","capaian":74.78,"predikat":"B","anggaran":null,"realisasi_anggaran":null,"serapan":null,"sasaran":[{"kode":"S1","uraian":"Layanan","induk":null,"tingkat":null,"capaian":74.78,"predikat":null,"tanpa_data":["I3"],"indikator":[{"kode":"I1","uraian":"Jumlah","satuan":"buah","polaritas":"maksimal","konsolidasi":"jumlah","target":96.67,"realisasi":60,"capaian":62.07,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null},{"kode":"I2","uraian":"Skor","satuan":"skor","polaritas":"maksimal","konsolidasi":"terakhir","target":8,"realisasi":7,"capaian":87.5,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null},{"kode":"I3","uraian":"Tahunan","satuan":"skor","polaritas":"maksimal","konsolidasi":"terakhir","target":10,"realisasi":null,"capaian":null,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null}]}],"program":[],"tujuan":[],"temuan":[]}
kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat,pelaksana,jenis,anggaran,realisasi_anggaran,serapan
I1,S1,Jumlah,buah,maksimal,jumlah,120,110,91.67,,,indikator,,,
I2,S1,Skor,skor,maksimal,terakhir,8,9,112.5,,,indikator,,,
I3,S1,Tahunan,skor,maksimal,terakhir,10,,,,,indikator,,,
kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat,pelaksana,jenis,anggaran,realisasi_anggaran,serapan
I1,S1,Jumlah,buah,maksimal,jumlah,240,110,45.83,,,indikator,,,
I2,S1,Skor,skor,maksimal,terakhir,8,9,112.5,,,indikator,,,
I3,S1,Tahunan,skor,maksimal,terakhir,10,10,100,,,indikator,,,

=== W401: a division by zero warns once, at the division, and the value is kosong
# I1 = a / b x 100 with b = 0: kosong (tanpa data); read again by I2's
# capaian and by the rule, still one warning.  I2: 5 / 10 x 100 = 50.
$ rkt eval main.rkt --data d.csv --format csv
--- main.rkt
satuan skor : angka
data a "A" satuan skor
data b "B" satuan skor
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Layanan" {
    indikator I1 "Rasio" { satuan skor target 80 realisasi = a / b * 100 }
    indikator I2 "Lain" { satuan skor target 10 capaian = jika ada(I1) maka 0 lainnya realisasi / target * 100 }
  }
}
aturan "rasio" {
  jika realisasi(I1) > 0 atau realisasi(I1, TW1) > 0
  maka info "tidak pernah"
}
--- d.csv
kode,periode,nilai
a,2025,5
b,2025,0
I2,2025,5
--- exit 0
--- stderr
main.rkt:7:62: warning[W401]: division by zero: the value is kosong
    7 |     indikator I1 "Rasio" { satuan skor target 80 realisasi = a / b * 100 }
      |                                                              ^~~~~
--- stdout
kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat,pelaksana,jenis,anggaran,realisasi_anggaran,serapan
I1,S1,Rasio,skor,maksimal,terakhir,80,,,,,indikator,,,
I2,S1,Lain,skor,maksimal,terakhir,10,5,50,,,indikator,,,

=== a galat rule that fires makes the exit status 1, with the results shown
# I1 30 / 40 x 100 = 75 < 80: the galat fires, message with two decimals
# where the value is not whole.
$ rkt eval main.rkt --data d.csv --format json
--- main.rkt
satuan skor : angka
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Layanan" {
    indikator I1 "Skor" { satuan skor target 40 }
    indikator I2 "Skor 2" { satuan skor target 3 }
  }
}
aturan "wajib 80" {
  untuk indikator i
  jika capaian(i) < 80
  maka galat "{kode(i)} {capaian(i)} {realisasi(i)}"
}
--- d.csv
kode,periode,nilai
I1,2025,30
I2,2025,2
--- exit 1
--- stdout
{"rencana":"R","tahun":2025,"periode":"2025","capaian":70.83,"predikat":null,"anggaran":null,"realisasi_anggaran":null,"serapan":null,"sasaran":[{"kode":"S1","uraian":"Layanan","induk":null,"tingkat":null,"capaian":70.83,"predikat":null,"tanpa_data":[],"indikator":[{"kode":"I1","uraian":"Skor","satuan":"skor","polaritas":"maksimal","konsolidasi":"terakhir","target":40,"realisasi":30,"capaian":75,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null},{"kode":"I2","uraian":"Skor 2","satuan":"skor","polaritas":"maksimal","konsolidasi":"terakhir","target":3,"realisasi":2,"capaian":66.67,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null}]}],"program":[],"tujuan":[],"temuan":[{"aturan":"wajib 80","tingkat":"galat","pesan":"I1 75 30","file":"main.rkt","line":9,"column":1},{"aturan":"wajib 80","tingkat":"galat","pesan":"I2 66.67 2","file":"main.rkt","line":9,"column":1}]}

=== a plan with check errors is not evaluated: the errors, no results, exit 1
$ rkt eval main.rkt --data d.csv --format json
--- main.rkt
satuan buah : cacah
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Layanan" {
    indikator I1 "Jumlah" { satuan buah target 25.945 }
  }
}
--- d.csv
kode,periode,nilai
I1,2025,5
--- exit 1
--- stdout
--- stderr
main.rkt:5:48: error[E012]: target 25.945 is not a whole number, but satuan 'buah' counts; did you mean 25_945?
    5 |     indikator I1 "Jumlah" { satuan buah target 25.945 }
      |                                                ^~~~~~

=== explain of a code that is not in the plan is a usage error
$ rkt explain $ROOT/examples/bkhit/rkt-2025.rkt --data $ROOT/examples/bkhit/realisasi-2025.csv IKSP33 2>&1 >/dev/null | grep '^rkt:'
$ rkt explain $ROOT/examples/bkhit/rkt-2025.rkt --data $ROOT/examples/bkhit/realisasi-2025.csv IKSP33 2>/dev/null
$ echo "exit $?"
--- stdout
rkt: 'IKSP33' is not an indicator, sasaran or the plan RKT_BKHIT_2025; did you mean 'IKSP3'?
exit 2

=== explain through a month: the TW2 row does not count yet, the target is the share of TW2 elapsed
# I1: 2025-01 10 + 2025-02 30 + 2025-03 20 = 60 (2025-TW2 50 lies past May);
# target of May (jumlah): TW1 50 + 2/3 x (120 - 50) = 96.666...;
# 60 / 96.666... x 100 = 62.068..., shown 62.07.
$ rkt explain main.rkt --data d.csv --periode 2025-05 I1
--- main.rkt
satuan buah : cacah
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Layanan" {
    indikator I1 "Jumlah" { satuan buah target { TW1: 50, TW2: 120, TW3: 180, TW4: 240 } }
  }
}
--- d.csv
kode,periode,nilai
I1,2025-01,10
I1,2025-02,30
I1,2025-03,20
I1,2025-TW2,50
--- exit 0
--- stdout
indikator I1: Jumlah
  sasaran S1, rencana R, periode 2025-05
  satuan buah, polaritas maksimal, konsolidasi jumlah, bobot 1

realisasi
  2025-01   10 (d.csv:2)
  2025-02   30 (d.csv:3)
  2025-03   20 (d.csv:4)
  jumlah: 10 + 30 + 20 = 60

target
  TW1 target (cumulative) 50 + 2/3 × (TW2 target 120 − 50), jumlah: the elapsed share of TW2 = 96.66666666666666 (main.rkt:5)

capaian
  maksimal: R / T × 100 = 60 / 96.66666666666666 × 100 = 62.06896551724138 → 62.07
  before rounding 62.06896551724138, after rounding 62.07

predikat
  none: no scale given

=== fixed bug: W401 is given once per expression, also when eval --semua evaluates two plans
# The fungsi bagi divides by zero for I2 of both plans, each warned at its
# own call (LANGUAGE.md §4.5); the static rules divide target(I1) by
# target(I2) = 0, and call bagi, in both plans: each of their locations is
# warned once (it was twice, once per plan).  I1: R 5 / 80 = 6.25, Q 6 / 80 = 7.5.
$ rkt eval main.rkt --semua --data d.csv --format csv
--- main.rkt
satuan skor : angka
fungsi bagi(x, y) = x / y
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Layanan" {
    indikator I1 "Satu" { satuan skor target 80 }
    indikator I2 "Dua" { satuan skor target 0 realisasi = bagi(I1, 0) }
  }
}
rkt Q "Rencana dua" {
  tahun 2025
  sasaran S1 "Layanan" {
    indikator I1 "Satu" { satuan skor target 80 }
    indikator I2 "Dua" { satuan skor target 0 realisasi = bagi(I1, 0) }
  }
}
aturan "statis" {
  jika target(I1) / target(I2) > 1
  maka info "tidak pernah"
}
aturan "statis dengan fungsi" {
  jika bagi(target(I1), target(I2)) > 1
  maka info "tidak pernah"
}
--- d.csv
rencana,kode,periode,nilai
R,I1,2025,5
Q,I1,2025,6
--- exit 0
--- stderr
main.rkt:7:45: note[I001]: target 0 uses the rule for a zero target: capaian is 100% when realisasi >= 0, else 0%
    7 |     indikator I2 "Dua" { satuan skor target 0 realisasi = bagi(I1, 0) }
      |                                             ^
main.rkt:7:59: warning[W401]: division by zero in fungsi 'bagi', called for indikator 'I2': the value is kosong
    7 |     indikator I2 "Dua" { satuan skor target 0 realisasi = bagi(I1, 0) }
      |                                                           ^~~~~~~~~~~
main.rkt:14:45: note[I001]: target 0 uses the rule for a zero target: capaian is 100% when realisasi >= 0, else 0%
   14 |     indikator I2 "Dua" { satuan skor target 0 realisasi = bagi(I1, 0) }
      |                                             ^
main.rkt:14:59: warning[W401]: division by zero in fungsi 'bagi', called for indikator 'I2': the value is kosong
   14 |     indikator I2 "Dua" { satuan skor target 0 realisasi = bagi(I1, 0) }
      |                                                           ^~~~~~~~~~~
main.rkt:18:8: warning[W401]: division by zero: the value is kosong
   18 |   jika target(I1) / target(I2) > 1
      |        ^~~~~~~~~~~~~~~~~~~~~~~
main.rkt:22:8: warning[W401]: division by zero in fungsi 'bagi': the value is kosong
   22 |   jika bagi(target(I1), target(I2)) > 1
      |        ^~~~~~~~~~~~~~~~~~~~~~~~~~~~
--- stdout
rencana,kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat,pelaksana,jenis,anggaran,realisasi_anggaran,serapan
R,I1,S1,Satu,skor,maksimal,terakhir,80,5,6.25,,,indikator,,,
R,I2,S1,Dua,skor,maksimal,terakhir,0,,,,,indikator,,,
Q,I1,S1,Satu,skor,maksimal,terakhir,80,6,7.5,,,indikator,,,
Q,I2,S1,Dua,skor,maksimal,terakhir,0,,,,,indikator,,,

=== fixed bug: a value that overflows to infinity must not crash eval
# a = 10^200, so a * a overflows to infinity.  The interpreter passes it
# on as a value: the JSON shows null but leaves I1 out of tanpa_data, and
# the rule's message (nm_fmt asserts a finite number) aborts eval with
# SIGABRT (exit 134), as does --format table.  It should be kosong, like
# a division by zero: I1 in tanpa_data, the rule silent, exit 0.
$ awk 'BEGIN { z = ""; for (i = 0; i < 200; i++) z = z "0"; print "kode,periode,nilai"; print "a,2025,1" z }' > d.csv
$ rkt eval main.rkt --data d.csv --format json > out.json 2>/dev/null
$ echo "exit $?"
$ grep -o '"tanpa_data":[^]]*]' out.json
$ rkt eval main.rkt --data d.csv --format table > out.txt 2>/dev/null
$ echo "exit $?"
--- main.rkt
satuan skor : angka
data a "A" satuan skor
rkt R "Rencana" {
  tahun 2025
  sasaran S1 "Layanan" {
    indikator I1 "Besar" { satuan skor target 80 realisasi = a * a }
  }
}
aturan "besar" {
  jika ada(realisasi(I1))
  maka info "{realisasi(I1)}"
}
--- stdout
exit 0
"tanpa_data":["I1"]
"tanpa_data":[]
exit 0
