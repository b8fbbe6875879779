# rkt report (docs/cli.md "report", CLI.md "Documents") in md on the seed
# (examples/bkhit) and the regional example (examples/dinas).  Figures are
# the evaluator's (see tests/golden/eval.t for their arithmetic); what is
# checked here is the layout: the seed's Lampiran header, the numbered
# row 1-5, the program row in capitals, the five "SASARAN PROGRAM n:"
# rows, the glued target cells "25.945 Sertifikat", "9.865 Sertifikat",
# "81 Nilai", the signatures.
# pengukuran through 2025-TW2: IKSP1 rows TW1 1, TW2 1: through TW1 1 of
# the TW1 target... the RKT has no quarterly targets, so 1 / 3 = 33,33 %
# and through TW2 (1 + 1) / 3 = 66,67 %.
# lkj: IKSP3 26.454 / 25.945 = 101,96 %; against the Renstra's 2029
# target 28.000: 26.454 / 28.000 = 94,48 %; last year's realisasi 24.870
# (riwayat-2024.csv), its capaian blank: no plan of the chain has a 2024
# target (the Renstra runs 2025-2029).
# Last year's capaian, a renstra 2024..2028 (fixture case below): I has
# 2024 rows TW1 40 + TW2 50 = 90 (jumlah) of the 2024 target 100 = 90,00 %;
# 2025: 120 of 110 = 109,09 %; end target (2028) 150: 120 / 150 = 80,00 %.
# J (minimal): 2024 realisasi 12 of target 10: (2 - 12/10) x 100 = 80,00 %;
# 2025: 8 of 9: (2 - 8/9) x 100 = 111,11 %; against 2028's 5:
# (2 - 8/5) x 100 = 40,00 %.

=== rkt: the seed's Lampiran
$ rkt report $ROOT/examples/bkhit/ --rencana RKT_BKHIT_2025 --jenis rkt --format md
--- stdout
**Lampiran : Sasaran, Program dan Indikator Kinerja**

**Rencana Kinerja Tahunan Balai Karantina Hewan, Ikan dan Tumbuhan Kalimantan Barat Tahun 2025**

| PROGRAM/KEGIATAN/SASARAN (No IK) | PROGRAM/SASARAN KEGIATAN/INDIKATOR KINERJA (Uraian IK) | TARGET (2025) | UNIT ORGANISASI PELAKSANA | KETERANGAN |
|---|---|--:|---|---|
| 1 | 2 | 3 | 4 | 5 |
| **PENINGKATAN KUALITAS PELAYANAN KARANTINA PERTANIAN DAN PENGAWASAN KEAMANAN HAYATI** |  |  |  |  |
| **SASARAN PROGRAM 1: Terlaksananya Layanan Perkarantinaan Hewan, Ikan, Tumbuhan yang Profesional** |  |  |  |  |
| IKSP1 | Jumlah Temuan HPHK, HPIK dan OPTK di dalam wilayah Indonesia yang ditindaklanjuti | 3 Jenis |  |  |
| IKSP2 | Jumlah Temuan HPHK, HPIK dan OPTK di tempat pemasukan dan / atau pengeluaran yang ditindaklanjuti | 3 Jenis |  |  |
| IKSP3 | Jumlah media pembawa melalui tempat pemasukan dan pengeluaran yang dapat dibebaskan | 25.945 Sertifikat |  |  |
| IKSP4 | Jumlah media pembawa melalui tempat pengeluaran yang memenuhi persyaratan karantina | 9.865 Sertifikat |  |  |
| **SASARAN PROGRAM 2: Terealisasinya Keterlibatan Masyarakat dalamn Penyelenggaraan Perkarantinaan Hewan, Ikan, Tumbuhan yang Partisipatif** |  |  |  |  |
| IKSP5 | Jumlah pihak lain yang diregistrasi untuk melaksanakan tindakan karantina atau menyediakan sarana untuk tindakan karantina (registrasi pihak lain) | 33 Dokumen |  |  |
| IKSP6 | Jumlah pihak lain yang memenuhi persyaratan administrasi sebagai pelaksana tindakan karantina atau sebagai penyedia sarana untuk tindakan karantina (permohonan registrasi pihak lain) | 33 Dokumen |  |  |
| IKSP7 | Jumlah kasus pelanggaran perkarantinaan yang dapat diselesaikan (P21 atau SP3) | 0 Dokumen |  |  |
| **SASARAN PROGRAM 3: Terwujudnya Layanan Humas yang Baik** |  |  |  |  |
| IKSP8 | Jumlah publikasi informasi perkarantinaan kepada masyarakat | 36 Publikasi |  |  |
| IKSP9 | Nilai Indeks Kepuasan Masyarakat (IKM) | 81 Nilai |  |  |
| **SASARAN PROGRAM 4: Terwujudnya Layanan Keuangan yang Baik** |  |  |  |  |
| IKSP10 | Nilai kinerja Anggaran Balai Karantina Hewan, Ikan dan Tumbuhan Kalimantan Barat | 81 Nilai |  |  |
| **SASARAN PROGRAM 5: Terwujudnya Tata Kelola Perencanaan, Anggaran dan Monitoring serta Evaluasi yang Baik** |  |  |  |  |
| IKSP11 | Nilai Akuntabilitas kinerja instansi pemerintah | 81 Nilai |  |  |

Pontianak, 7 Februari 2025

Kepala Balai,

**Amdali Adhitama**

=== pk: statement page, both parties, quarterly targets
$ rkt report $ROOT/examples/bkhit/ --rencana PK_BKHIT_2025 --jenis pk
--- stdout
**PERJANJIAN KINERJA TAHUN 2025**

**BALAI KARANTINA HEWAN, IKAN DAN TUMBUHAN KALIMANTAN BARAT**

Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:

Nama : Amdali Adhitama

Jabatan : Kepala Balai

selanjutnya disebut pihak pertama.

Nama : (nama pihak kedua)

Jabatan : Plt. Kepala Badan Karantina Indonesia

selaku atasan pihak pertama, selanjutnya disebut pihak kedua.

Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.

Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.

Pontianak, 7 Februari 2025

| PIHAK KEDUA | PIHAK PERTAMA |
|---|---|
| Plt. Kepala Badan Karantina Indonesia | Kepala Balai |
| (nama pihak kedua) | Amdali Adhitama |
|  |  |
|  |  |

---

**LAMPIRAN PERJANJIAN KINERJA TAHUN 2025**

| No | Sasaran Strategis/Program/Kegiatan | Indikator | Target | Satuan | Target Triwulan (I) | Target Triwulan (II) | Target Triwulan (III) | Target Triwulan (IV) |
|--:|---|---|--:|---|--:|--:|--:|--:|
| 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 |
| 1 | Terlaksananya Layanan Perkarantinaan Hewan, Ikan, Tumbuhan yang Profesional | Jumlah Temuan HPHK, HPIK dan OPTK di dalam wilayah Indonesia yang ditindaklanjuti | 3 | Jenis | 1 | 1 | 2 | 3 |
|  |  | Jumlah Temuan HPHK, HPIK dan OPTK di tempat pemasukan dan / atau pengeluaran yang ditindaklanjuti | 3 | Jenis | 1 | 2 | 2 | 3 |
|  |  | Jumlah media pembawa melalui tempat pemasukan dan pengeluaran yang dapat dibebaskan | 25.945 | Sertifikat | 6.000 | 12.500 | 19.000 | 25.945 |
|  |  | Jumlah media pembawa melalui tempat pengeluaran yang memenuhi persyaratan karantina | 9.865 | Sertifikat | 2.300 | 4.800 | 7.300 | 9.865 |
| 2 | Terealisasinya Keterlibatan Masyarakat dalamn Penyelenggaraan Perkarantinaan Hewan, Ikan, Tumbuhan yang Partisipatif | Jumlah pihak lain yang diregistrasi untuk melaksanakan tindakan karantina atau menyediakan sarana untuk tindakan karantina (registrasi pihak lain) | 33 | Dokumen | 8 | 16 | 25 | 33 |
|  |  | Jumlah pihak lain yang memenuhi persyaratan administrasi sebagai pelaksana tindakan karantina atau sebagai penyedia sarana untuk tindakan karantina (permohonan registrasi pihak lain) | 33 | Dokumen | 8 | 16 | 25 | 33 |
|  |  | Jumlah kasus pelanggaran perkarantinaan yang dapat diselesaikan (P21 atau SP3) | 0 | Dokumen | 0 | 0 | 0 | 0 |
| 3 | Terwujudnya Layanan Humas yang Baik | Jumlah publikasi informasi perkarantinaan kepada masyarakat | 36 | Publikasi | 9 | 18 | 27 | 36 |
|  |  | Nilai Indeks Kepuasan Masyarakat (IKM) | 81 | Nilai |  |  |  |  |
| 4 | Terwujudnya Layanan Keuangan yang Baik | Nilai kinerja Anggaran Balai Karantina Hewan, Ikan dan Tumbuhan Kalimantan Barat | 81 | Nilai |  |  |  |  |
| 5 | Terwujudnya Tata Kelola Perencanaan, Anggaran dan Monitoring serta Evaluasi yang Baik | Nilai Akuntabilitas kinerja instansi pemerintah | 81 | Nilai |  |  |  |  |

Pontianak, 7 Februari 2025

| PIHAK KEDUA | PIHAK PERTAMA |
|---|---|
| Plt. Kepala Badan Karantina Indonesia | Kepala Balai |
| (nama pihak kedua) | Amdali Adhitama |
|  |  |
|  |  |

=== renstra: the matrix
$ rkt report $ROOT/examples/bkhit/ --jenis renstra
--- stdout
**MATRIKS RENCANA STRATEGIS 2025-2029**

**BALAI KARANTINA HEWAN, IKAN DAN TUMBUHAN KALIMANTAN BARAT**

| Tujuan | Indikator Tujuan | Sasaran | Indikator Sasaran | Satuan | Kondisi Awal | Target (2025) | Target (2026) | Target (2027) | Target (2028) | Target (2029) | Kondisi Akhir |
|---|---|---|---|---|---|--:|--:|--:|--:|--:|--:|
| 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 |
| Melindungi Kelestarian Sumber Daya Alam Hayati melalui Karantina yang kuat dan efektif |  | Terlaksananya Layanan Perkarantinaan Hewan, Ikan, Tumbuhan yang Profesional | Jumlah temuan HPHK, HPIK dan OPTK di dalam wilayah Indonesia yang ditindaklanjuti | Jenis |  | 3 | 3 | 4 | 4 | 5 | 5 |
|  |  |  | Jumlah temuan HPHK, HPIK dan OPTK di tempat pemasukan dan / atau pengeluaran yang ditindaklanjuti | Jenis |  | 3 | 3 | 4 | 4 | 5 | 5 |
|  |  |  | Jumlah media pembawa melalui tempat pemasukan dan pengeluaran yang dapat dibebaskan | Sertifikat |  | 25.945 | 26.500 | 27.000 | 27.500 | 28.000 | 28.000 |
|  |  |  | Jumlah media pembawa melalui tempat pengeluaran yang memenuhi persyaratan karantina | Sertifikat |  | 9.865 | 10.100 | 10.350 | 10.600 | 10.850 | 10.850 |
|  |  | Terealisasinya Keterlibatan Masyarakat dalam Penyelenggaraan Perkarantinaan Hewan, Ikan, Tumbuhan yang Partisipatif | Jumlah pihak lain yang diregistrasi untuk melaksanakan tindakan karantina atau menyediakan sarana untuk tindakan karantina (registrasi pihak lain) | Dokumen |  | 33 | 35 | 37 | 39 | 41 | 41 |
|  |  |  | Jumlah pihak lain yang memenuhi persyaratan administrasi sebagai pelaksana tindakan karantina atau sebagai penyedia sarana untuk tindakan karantina (permohonan registrasi pihak lain) | Dokumen |  | 33 | 35 | 37 | 39 | 41 | 41 |
|  |  |  | Jumlah kasus pelanggaran perkarantinaan yang dapat diselesaikan (P21 atau SP3) | Dokumen |  | 0 | 1 | 1 | 2 | 2 | 2 |
|  |  | Terwujudnya Layanan Humas yang Baik | Jumlah publikasi informasi perkarantinaan kepada masyarakat | Publikasi |  | 36 | 40 | 44 | 48 | 52 | 52 |
|  |  |  | Nilai Indeks Kepuasan Masyarakat (IKM) | Nilai |  | 81 | 82 | 83 | 84 | 85 | 85 |
|  |  | Terwujudnya Layanan Keuangan yang Baik | Nilai kinerja anggaran Balai Karantina Hewan, Ikan dan Tumbuhan Kalimantan Barat | Nilai |  | 81 | 82 | 83 | 84 | 85 | 85 |
|  |  | Terwujudnya Tata Kelola Perencanaan, Anggaran dan Monitoring serta Evaluasi yang Baik | Nilai akuntabilitas kinerja instansi pemerintah | Nilai |  | 81 | 82 | 83 | 84 | 85 | 85 |

=== iku: the IKU form
$ rkt report $ROOT/examples/bkhit/ --rencana RKT_BKHIT_2025 --jenis iku
--- stdout
**INDIKATOR KINERJA UTAMA TAHUN 2025**

**BALAI KARANTINA HEWAN, IKAN DAN TUMBUHAN KALIMANTAN BARAT**

| No | Sasaran | Indikator Kinerja Utama | Definisi Operasional | Formula | Satuan | Target | Sumber Data | Penanggung Jawab |
|--:|---|---|---|---|---|--:|---|---|
| 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 |
| 1 | Terlaksananya Layanan Perkarantinaan Hewan, Ikan, Tumbuhan yang Profesional | Jumlah Temuan HPHK, HPIK dan OPTK di dalam wilayah Indonesia yang ditindaklanjuti |  | Capaian = Realisasi / Target x 100% (polaritas maksimal: makin besar makin baik) | Jenis | 3 |  |  |
| 2 |  | Jumlah Temuan HPHK, HPIK dan OPTK di tempat pemasukan dan / atau pengeluaran yang ditindaklanjuti |  | Capaian = Realisasi / Target x 100% (polaritas maksimal: makin besar makin baik) | Jenis | 3 |  |  |
| 3 |  | Jumlah media pembawa melalui tempat pemasukan dan pengeluaran yang dapat dibebaskan |  | Capaian = Realisasi / Target x 100% (polaritas maksimal: makin besar makin baik) | Sertifikat | 25.945 |  |  |
| 4 |  | Jumlah media pembawa melalui tempat pengeluaran yang memenuhi persyaratan karantina |  | Capaian = Realisasi / Target x 100% (polaritas maksimal: makin besar makin baik) | Sertifikat | 9.865 |  |  |
| 5 | Terealisasinya Keterlibatan Masyarakat dalamn Penyelenggaraan Perkarantinaan Hewan, Ikan, Tumbuhan yang Partisipatif | Jumlah pihak lain yang diregistrasi untuk melaksanakan tindakan karantina atau menyediakan sarana untuk tindakan karantina (registrasi pihak lain) |  | Capaian = Realisasi / Target x 100% (polaritas maksimal: makin besar makin baik) | Dokumen | 33 |  |  |
| 6 |  | Jumlah pihak lain yang memenuhi persyaratan administrasi sebagai pelaksana tindakan karantina atau sebagai penyedia sarana untuk tindakan karantina (permohonan registrasi pihak lain) |  | Capaian = Realisasi / Target x 100% (polaritas maksimal: makin besar makin baik) | Dokumen | 33 |  |  |
| 7 |  | Jumlah kasus pelanggaran perkarantinaan yang dapat diselesaikan (P21 atau SP3) |  | Capaian = Realisasi / Target x 100% (polaritas maksimal: makin besar makin baik) | Dokumen | 0 |  |  |
| 8 | Terwujudnya Layanan Humas yang Baik | Jumlah publikasi informasi perkarantinaan kepada masyarakat |  | Capaian = Realisasi / Target x 100% (polaritas maksimal: makin besar makin baik) | Publikasi | 36 |  |  |
| 9 |  | Nilai Indeks Kepuasan Masyarakat (IKM) |  | Capaian = Realisasi / Target x 100% (polaritas maksimal: makin besar makin baik) | Nilai | 81 |  |  |
| 10 | Terwujudnya Layanan Keuangan yang Baik | Nilai kinerja Anggaran Balai Karantina Hewan, Ikan dan Tumbuhan Kalimantan Barat |  | Capaian = Realisasi / Target x 100% (polaritas maksimal: makin besar makin baik) | Nilai | 81 |  |  |
| 11 | Terwujudnya Tata Kelola Perencanaan, Anggaran dan Monitoring serta Evaluasi yang Baik | Nilai Akuntabilitas kinerja instansi pemerintah |  | Capaian = Realisasi / Target x 100% (polaritas maksimal: makin besar makin baik) | Nilai | 81 |  |  |

Pontianak, 7 Februari 2025

Kepala Balai,

**Amdali Adhitama**

=== pengukuran through TW2
$ rkt report $ROOT/examples/bkhit/ --rencana RKT_BKHIT_2025 --jenis pengukuran --data $ROOT/examples/bkhit/realisasi-2025.csv --periode 2025-TW2
--- stdout
**PENGUKURAN KINERJA 2025-TW2**

**BALAI KARANTINA HEWAN, IKAN DAN TUMBUHAN KALIMANTAN BARAT**

| No | Sasaran | Indikator Kinerja | Satuan | Target | s.d. TW1 (Realisasi) | s.d. TW1 (Capaian %) | s.d. TW2 (Realisasi) | s.d. TW2 (Capaian %) |
|--:|---|---|---|--:|--:|--:|--:|--:|
| 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 |
| 1 | Terlaksananya Layanan Perkarantinaan Hewan, Ikan, Tumbuhan yang Profesional | Jumlah Temuan HPHK, HPIK dan OPTK di dalam wilayah Indonesia yang ditindaklanjuti | Jenis | 3 | 1 | 33,33 | 2 | 66,67 |
| 2 |  | Jumlah Temuan HPHK, HPIK dan OPTK di tempat pemasukan dan / atau pengeluaran yang ditindaklanjuti | Jenis | 3 | 0 | 0,00 | 1 | 33,33 |
| 3 |  | Jumlah media pembawa melalui tempat pemasukan dan pengeluaran yang dapat dibebaskan | Sertifikat | 25.945 | 6.112 | 23,56 | 12.699 | 48,95 |
| 4 |  | Jumlah media pembawa melalui tempat pengeluaran yang memenuhi persyaratan karantina | Sertifikat | 9.865 | 2.214 | 22,44 | 4.720 | 47,85 |
| 5 | Terealisasinya Keterlibatan Masyarakat dalamn Penyelenggaraan Perkarantinaan Hewan, Ikan, Tumbuhan yang Partisipatif | Jumlah pihak lain yang diregistrasi untuk melaksanakan tindakan karantina atau menyediakan sarana untuk tindakan karantina (registrasi pihak lain) | Dokumen | 33 | 7 | 21,21 | 16 | 48,48 |
| 6 |  | Jumlah pihak lain yang memenuhi persyaratan administrasi sebagai pelaksana tindakan karantina atau sebagai penyedia sarana untuk tindakan karantina (permohonan registrasi pihak lain) | Dokumen | 33 | 9 | 27,27 | 19 | 57,58 |
| 7 |  | Jumlah kasus pelanggaran perkarantinaan yang dapat diselesaikan (P21 atau SP3) | Dokumen | 0 |  |  |  |  |
| 8 | Terwujudnya Layanan Humas yang Baik | Jumlah publikasi informasi perkarantinaan kepada masyarakat | Publikasi | 36 | 8 | 22,22 | 18 | 50,00 |
| 9 |  | Nilai Indeks Kepuasan Masyarakat (IKM) | Nilai | 81 | 82,56 | 101,92 | 83,06 | 102,54 |
| 10 | Terwujudnya Layanan Keuangan yang Baik | Nilai kinerja Anggaran Balai Karantina Hewan, Ikan dan Tumbuhan Kalimantan Barat | Nilai | 81 |  |  |  |  |
| 11 | Terwujudnya Tata Kelola Perencanaan, Anggaran dan Monitoring serta Evaluasi yang Baik | Nilai Akuntabilitas kinerja instansi pemerintah | Nilai | 81 |  |  |  |  |
| **Capaian RKT_BKHIT_2025** |  |  |  |  |  | **35,38** |  | **59,50** |

Pontianak, 7 Februari 2025

Kepala Balai,

**Amdali Adhitama**

=== lkj: this year, last year, the Renstra's end target, findings, charts
$ rkt report $ROOT/examples/bkhit/ --rencana RKT_BKHIT_2025 --jenis lkj --data $ROOT/examples/bkhit/realisasi-2025.csv --data $ROOT/examples/bkhit/riwayat-2024.csv
--- stdout
**LAPORAN KINERJA 2025**

**BALAI KARANTINA HEWAN, IKAN DAN TUMBUHAN KALIMANTAN BARAT**

## BAB III Akuntabilitas Kinerja

**Capaian Kinerja**

| No | Sasaran | Indikator Kinerja | Satuan | Tahun 2025 (Target) | Tahun 2025 (Realisasi) | Tahun 2025 (Capaian %) | Tahun 2025 (Predikat) | Tahun 2024 (Realisasi) | Tahun 2024 (Capaian %) | Renstra (2029) (Target Akhir) | Renstra (2029) (Capaian %) |
|--:|---|---|---|--:|--:|--:|---|--:|---|--:|--:|
| 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 |
| 1 | Terlaksananya Layanan Perkarantinaan Hewan, Ikan, Tumbuhan yang Profesional | Jumlah Temuan HPHK, HPIK dan OPTK di dalam wilayah Indonesia yang ditindaklanjuti | Jenis | 3 | 4 | 133,33 |  |  |  | 5 | 80,00 |
| 2 |  | Jumlah Temuan HPHK, HPIK dan OPTK di tempat pemasukan dan / atau pengeluaran yang ditindaklanjuti | Jenis | 3 | 2 | 66,67 |  |  |  | 5 | 40,00 |
| 3 |  | Jumlah media pembawa melalui tempat pemasukan dan pengeluaran yang dapat dibebaskan | Sertifikat | 25.945 | 26.454 | 101,96 |  | 24.870 |  | 28.000 | 94,48 |
| 4 |  | Jumlah media pembawa melalui tempat pengeluaran yang memenuhi persyaratan karantina | Sertifikat | 9.865 | 9.888 | 100,23 |  | 9.412 |  | 10.850 | 91,13 |
| 5 | Terealisasinya Keterlibatan Masyarakat dalamn Penyelenggaraan Perkarantinaan Hewan, Ikan, Tumbuhan yang Partisipatif | Jumlah pihak lain yang diregistrasi untuk melaksanakan tindakan karantina atau menyediakan sarana untuk tindakan karantina (registrasi pihak lain) | Dokumen | 33 | 34 | 103,03 |  |  |  | 41 | 82,93 |
| 6 |  | Jumlah pihak lain yang memenuhi persyaratan administrasi sebagai pelaksana tindakan karantina atau sebagai penyedia sarana untuk tindakan karantina (permohonan registrasi pihak lain) | Dokumen | 33 | 38 | 115,15 |  |  |  | 41 | 92,68 |
| 7 |  | Jumlah kasus pelanggaran perkarantinaan yang dapat diselesaikan (P21 atau SP3) | Dokumen | 0 |  |  |  |  |  | 2 |  |
| 8 | Terwujudnya Layanan Humas yang Baik | Jumlah publikasi informasi perkarantinaan kepada masyarakat | Publikasi | 36 | 39 | 108,33 |  | 34 |  | 52 | 75,00 |
| 9 |  | Nilai Indeks Kepuasan Masyarakat (IKM) | Nilai | 81 | 84 | 103,70 | B |  |  | 85 | 98,82 |
| 10 | Terwujudnya Layanan Keuangan yang Baik | Nilai kinerja Anggaran Balai Karantina Hewan, Ikan dan Tumbuhan Kalimantan Barat | Nilai | 81 | 93,47 | 115,40 |  | 88,20 |  | 85 | 109,96 |
| 11 | Terwujudnya Tata Kelola Perencanaan, Anggaran dan Monitoring serta Evaluasi yang Baik | Nilai Akuntabilitas kinerja instansi pemerintah | Nilai | 81 | 79,35 | 97,96 | BB | 76,10 |  | 85 | 93,35 |
| **Capaian RKT_BKHIT_2025** |  |  |  |  |  | **105,80** |  |  |  |  |  |

## Temuan aturan

| Aturan | Tingkat | Temuan |
|---|---|---|
| Capaian di bawah 80% perlu rencana aksi | peringatan | IKSP2 baru mencapai 66.67% dari target |
| Capaian melampaui 120% | info | IKSP1 mencapai 133.33% dari target; periksa apakah targetnya terlalu rendah |

**Grafik: Capaian kinerja per indikator terhadap 100%**

| % | Capaian % |
|---|--:|
| IKSP1 | 133,33 |
| IKSP2 | 66,67 |
| IKSP3 | 101,96 |
| IKSP4 | 100,23 |
| IKSP5 | 103,03 |
| IKSP6 | 115,15 |
| IKSP7 |  |
| IKSP8 | 108,33 |
| IKSP9 | 103,70 |
| IKSP10 | 115,40 |
| IKSP11 | 97,96 |

Pontianak, 7 Februari 2025

Kepala Balai,

**Amdali Adhitama**

=== lkj with --angka-laporan en
$ rkt report $ROOT/examples/bkhit/ --rencana RKT_BKHIT_2025 --jenis lkj --data $ROOT/examples/bkhit/realisasi-2025.csv --angka-laporan en
--- stdout
**LAPORAN KINERJA 2025**

**BALAI KARANTINA HEWAN, IKAN DAN TUMBUHAN KALIMANTAN BARAT**

## BAB III Akuntabilitas Kinerja

**Capaian Kinerja**

| No | Sasaran | Indikator Kinerja | Satuan | Tahun 2025 (Target) | Tahun 2025 (Realisasi) | Tahun 2025 (Capaian %) | Tahun 2025 (Predikat) | Tahun 2024 (Realisasi) | Tahun 2024 (Capaian %) | Renstra (2029) (Target Akhir) | Renstra (2029) (Capaian %) |
|--:|---|---|---|--:|--:|--:|---|---|---|--:|--:|
| 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 |
| 1 | Terlaksananya Layanan Perkarantinaan Hewan, Ikan, Tumbuhan yang Profesional | Jumlah Temuan HPHK, HPIK dan OPTK di dalam wilayah Indonesia yang ditindaklanjuti | Jenis | 3 | 4 | 133.33 |  |  |  | 5 | 80.00 |
| 2 |  | Jumlah Temuan HPHK, HPIK dan OPTK di tempat pemasukan dan / atau pengeluaran yang ditindaklanjuti | Jenis | 3 | 2 | 66.67 |  |  |  | 5 | 40.00 |
| 3 |  | Jumlah media pembawa melalui tempat pemasukan dan pengeluaran yang dapat dibebaskan | Sertifikat | 25,945 | 26,454 | 101.96 |  |  |  | 28,000 | 94.48 |
| 4 |  | Jumlah media pembawa melalui tempat pengeluaran yang memenuhi persyaratan karantina | Sertifikat | 9,865 | 9,888 | 100.23 |  |  |  | 10,850 | 91.13 |
| 5 | Terealisasinya Keterlibatan Masyarakat dalamn Penyelenggaraan Perkarantinaan Hewan, Ikan, Tumbuhan yang Partisipatif | Jumlah pihak lain yang diregistrasi untuk melaksanakan tindakan karantina atau menyediakan sarana untuk tindakan karantina (registrasi pihak lain) | Dokumen | 33 | 34 | 103.03 |  |  |  | 41 | 82.93 |
| 6 |  | Jumlah pihak lain yang memenuhi persyaratan administrasi sebagai pelaksana tindakan karantina atau sebagai penyedia sarana untuk tindakan karantina (permohonan registrasi pihak lain) | Dokumen | 33 | 38 | 115.15 |  |  |  | 41 | 92.68 |
| 7 |  | Jumlah kasus pelanggaran perkarantinaan yang dapat diselesaikan (P21 atau SP3) | Dokumen | 0 |  |  |  |  |  | 2 |  |
| 8 | Terwujudnya Layanan Humas yang Baik | Jumlah publikasi informasi perkarantinaan kepada masyarakat | Publikasi | 36 | 39 | 108.33 |  |  |  | 52 | 75.00 |
| 9 |  | Nilai Indeks Kepuasan Masyarakat (IKM) | Nilai | 81 | 84 | 103.70 | B |  |  | 85 | 98.82 |
| 10 | Terwujudnya Layanan Keuangan yang Baik | Nilai kinerja Anggaran Balai Karantina Hewan, Ikan dan Tumbuhan Kalimantan Barat | Nilai | 81 | 93.47 | 115.40 |  |  |  | 85 | 109.96 |
| 11 | Terwujudnya Tata Kelola Perencanaan, Anggaran dan Monitoring serta Evaluasi yang Baik | Nilai Akuntabilitas kinerja instansi pemerintah | Nilai | 81 | 79.35 | 97.96 | BB |  |  | 85 | 93.35 |
| **Capaian RKT_BKHIT_2025** |  |  |  |  |  | **105.80** |  |  |  |  |  |

## Temuan aturan

| Aturan | Tingkat | Temuan |
|---|---|---|
| Capaian di bawah 80% perlu rencana aksi | peringatan | IKSP2 baru mencapai 66.67% dari target |
| Capaian melampaui 120% | info | IKSP1 mencapai 133.33% dari target; periksa apakah targetnya terlalu rendah |

**Grafik: Capaian kinerja per indikator terhadap 100%**

| % | Capaian % |
|---|--:|
| IKSP1 | 133.33 |
| IKSP2 | 66.67 |
| IKSP3 | 101.96 |
| IKSP4 | 100.23 |
| IKSP5 | 103.03 |
| IKSP6 | 115.15 |
| IKSP7 |  |
| IKSP8 | 108.33 |
| IKSP9 | 103.70 |
| IKSP10 | 115.40 |
| IKSP11 | 97.96 |

Pontianak, 7 February 2025

Kepala Balai,

**Amdali Adhitama**

=== dinas: rkt
$ rkt report $ROOT/examples/dinas/ --jenis rkt
--- stdout
**Lampiran : Sasaran, Program dan Indikator Kinerja**

**Rencana Kinerja Tahunan Dinas Pemberdayaan Perempuan dan Perlindungan Anak Tahun 2026**

| PROGRAM/KEGIATAN/SASARAN (No IK) | PROGRAM/SASARAN KEGIATAN/INDIKATOR KINERJA (Uraian IK) | TARGET (2026) | UNIT ORGANISASI PELAKSANA | KETERANGAN |
|---|---|--:|---|---|
| 1 | 2 | 3 | 4 | 5 |
| **TUJUAN 1: Meningkatnya kualitas hidup perempuan dan anak** |  |  |  |  |
| IT1 | Indeks Pembangunan Gender | 93,05 Indeks |  |  |
| **SASARAN 1: Meningkatnya pemberdayaan perempuan** |  |  |  |  |
| I1 | Indeks Pemberdayaan Gender | 72,17 Indeks |  |  |
| **PROGRAM PENGARUSUTAMAAN GENDER DAN PEMBERDAYAAN PEREMPUAN** |  |  |  |  |
| IP39 | Persentase perangkat daerah yang responsif gender | 80 Persen |  |  |
| **PELEMBAGAAN PUG PADA LEMBAGA PEMERINTAH** |  |  |  |  |
| **KOORDINASI DAN PENYUSUNAN KEBIJAKAN PUG** |  |  |  |  |
| **ADVOKASI KEBIJAKAN PUG** |  |  |  |  |
| **SASARAN 2: Meningkatnya perlindungan anak** |  |  |  |  |
| I2 | Persentase kasus kekerasan terhadap anak yang tertangani | 90 Persen |  |  |
| **PROGRAM PERLINDUNGAN KHUSUS ANAK** |  |  |  |  |
| **PENCEGAHAN KEKERASAN TERHADAP ANAK** |  |  |  |  |
| **PENYEDIAAN LAYANAN PENGADUAN** |  |  |  |  |

=== dinas: iku
$ rkt report $ROOT/examples/dinas/ --jenis iku
--- stdout
**INDIKATOR KINERJA UTAMA TAHUN 2026**

**DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK**

| No | Sasaran | Indikator Kinerja Utama | Definisi Operasional | Formula | Satuan | Target | Sumber Data | Penanggung Jawab |
|--:|---|---|---|---|---|--:|---|---|
| 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 |
| 1 | Meningkatnya pemberdayaan perempuan | Indeks Pemberdayaan Gender |  | Capaian = Realisasi / Target x 100% (polaritas maksimal: makin besar makin baik) | Indeks | 72,17 |  |  |
| 2 | Meningkatnya perlindungan anak | Persentase kasus kekerasan terhadap anak yang tertangani |  | Capaian = Realisasi / Target x 100% (polaritas maksimal: makin besar makin baik) | Persen | 90 |  |  |

=== dinas: pk (an rkt's agreement: no pihak kedua written, its place blank)
$ rkt report $ROOT/examples/dinas/ --jenis pk
--- stdout
**PERJANJIAN KINERJA TAHUN 2026**

**DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK**

Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:

Nama : 

Jabatan : 

selanjutnya disebut pihak pertama.

Nama : 

Jabatan : 

selaku atasan pihak pertama, selanjutnya disebut pihak kedua.

Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.

Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.

| PIHAK KEDUA | PIHAK PERTAMA |
|---|---|
|  |  |
|  |  |
|  |  |
|  |  |

---

**LAMPIRAN PERJANJIAN KINERJA TAHUN 2026**

| No | Sasaran Strategis/Program/Kegiatan | Indikator | Target | Satuan |
|--:|---|---|--:|---|
| 1 | 2 | 3 | 4 | 5 |
| 1 | Meningkatnya kualitas hidup perempuan dan anak | Indeks Pembangunan Gender | 93,05 | Indeks |
| 2 | Meningkatnya pemberdayaan perempuan | Indeks Pemberdayaan Gender | 72,17 | Indeks |
| 3 | Program Pengarusutamaan Gender dan Pemberdayaan Perempuan | Persentase perangkat daerah yang responsif gender | 80 | Persen |
| 4 | Meningkatnya perlindungan anak | Persentase kasus kekerasan terhadap anak yang tertangani | 90 | Persen |

**Anggaran**

| No | Program/Kegiatan | Anggaran (Rp) |
|--:|---|--:|
| 1 | Program Pengarusutamaan Gender dan Pemberdayaan Perempuan | 4.000.000.000 |
| 2 | Pelembagaan PUG pada lembaga pemerintah | 4.000.000.000 |
| 3 | Koordinasi dan penyusunan kebijakan PUG | 2.500.000.000 |
| 4 | Advokasi kebijakan PUG | 1.500.000.000 |
| 5 | Program Perlindungan Khusus Anak | 3.010.548.753 |
| 6 | Pencegahan kekerasan terhadap anak | 3.010.548.753 |
| 7 | Penyediaan layanan pengaduan | 3.010.548.753 |
| **JUMLAH** |  | **7.010.548.753** |

| PIHAK KEDUA | PIHAK PERTAMA |
|---|---|
|  |  |
|  |  |
|  |  |
|  |  |

=== dinas: pengukuran and the budget table
$ rkt report $ROOT/examples/dinas/ --jenis pengukuran --data $ROOT/examples/dinas/realisasi-2026.csv --angka id --periode 2026-TW2
--- stdout
**PENGUKURAN KINERJA 2026-TW2**

**DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK**

| No | Sasaran | Indikator Kinerja | Satuan | Target | s.d. TW1 (Realisasi) | s.d. TW1 (Capaian %) | s.d. TW2 (Realisasi) | s.d. TW2 (Capaian %) |
|--:|---|---|---|--:|---|---|--:|--:|
| 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 |
| 1 | Meningkatnya pemberdayaan perempuan | Indeks Pemberdayaan Gender | Indeks | 72,17 |  |  |  |  |
| 2 | Meningkatnya perlindungan anak | Persentase kasus kekerasan terhadap anak yang tertangani | Persen | 90 |  |  | 84,50 | 93,89 |
| **Capaian RKT_DP3A_2026** |  |  |  |  |  |  |  | **93,89** |

**Anggaran**

| Kode | Program/Kegiatan | Anggaran (Rp) | Realisasi (Rp) | Serapan % |
|---|---|--:|--:|--:|
| P39 | Program Pengarusutamaan Gender dan Pemberdayaan Perempuan | 4.000.000.000 | 1.942.832.409 | 48,57 |
| K583 | Pelembagaan PUG pada lembaga pemerintah | 4.000.000.000 | 1.942.832.409 | 48,57 |
| SK1789 | Koordinasi dan penyusunan kebijakan PUG | 2.500.000.000 | 1.242.832.409 | 49,71 |
| SK1790 | Advokasi kebijakan PUG | 1.500.000.000 | 700.000.000 | 46,67 |
| P40 | Program Perlindungan Khusus Anak | 3.010.548.753 | 800.000.000 | 26,57 |
| K600 | Pencegahan kekerasan terhadap anak | 3.010.548.753 | 800.000.000 | 26,57 |
| SK1800 | Penyediaan layanan pengaduan | 3.010.548.753 | 800.000.000 | 26,57 |
| **JUMLAH** |  | **7.010.548.753** | **2.742.832.409** | **39,12** |

=== dinas: lkj
# last year (riwayat-2025.csv against the Renstra's 2025 targets): I1 70,2 of
# 71,5 = 98,18 %; I2 85 of 88 = 96,59 %; the end targets (2029): I1 73,5 / 74
# = 99,32 %, I2 84,5 / 95 = 88,95 %; serapan 2.742.832.409 / 7.010.548.753 = 39,12 %.
$ rkt report $ROOT/examples/dinas/ --jenis lkj --data $ROOT/examples/dinas/realisasi-2026.csv --data $ROOT/examples/dinas/riwayat-2025.csv --angka id
--- stdout
**LAPORAN KINERJA 2026**

**DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK**

## BAB III Akuntabilitas Kinerja

**Capaian Kinerja**

| No | Sasaran | Indikator Kinerja | Satuan | Tahun 2026 (Target) | Tahun 2026 (Realisasi) | Tahun 2026 (Capaian %) | Tahun 2026 (Predikat) | Tahun 2025 (Realisasi) | Tahun 2025 (Capaian %) | Renstra (2029) (Target Akhir) | Renstra (2029) (Capaian %) |
|--:|---|---|---|--:|--:|--:|---|--:|--:|--:|--:|
| 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 |
| 1 | Meningkatnya pemberdayaan perempuan | Indeks Pemberdayaan Gender | Indeks | 72,17 | 73,50 | 101,84 |  | 70,20 | 98,18 | 74 | 99,32 |
| 2 | Meningkatnya perlindungan anak | Persentase kasus kekerasan terhadap anak yang tertangani | Persen | 90 | 84,50 | 93,89 |  | 85 | 96,59 | 95 | 88,95 |
| **Capaian RKT_DP3A_2026** |  |  |  |  |  | **97,87** | AA |  |  |  |  |

**Anggaran**

| Kode | Program/Kegiatan | Anggaran (Rp) | Realisasi (Rp) | Serapan % | Capaian Kinerja % |
|---|---|--:|--:|--:|--:|
| P39 | Program Pengarusutamaan Gender dan Pemberdayaan Perempuan | 4.000.000.000 | 1.942.832.409 | 48,57 | 95,00 |
| K583 | Pelembagaan PUG pada lembaga pemerintah | 4.000.000.000 | 1.942.832.409 | 48,57 |  |
| SK1789 | Koordinasi dan penyusunan kebijakan PUG | 2.500.000.000 | 1.242.832.409 | 49,71 |  |
| SK1790 | Advokasi kebijakan PUG | 1.500.000.000 | 700.000.000 | 46,67 |  |
| P40 | Program Perlindungan Khusus Anak | 3.010.548.753 | 800.000.000 | 26,57 |  |
| K600 | Pencegahan kekerasan terhadap anak | 3.010.548.753 | 800.000.000 | 26,57 |  |
| SK1800 | Penyediaan layanan pengaduan | 3.010.548.753 | 800.000.000 | 26,57 |  |
| **JUMLAH** |  | **7.010.548.753** | **2.742.832.409** | **39,12** |  |

## Temuan aturan

Tidak ada temuan.

**Grafik: Capaian kinerja per indikator terhadap 100%**

| % | Capaian % |
|---|--:|
| I1 | 101,84 |
| I2 | 93,89 |

**Grafik: Serapan anggaran per program**

| % | Serapan % |
|---|--:|
| P39 | 48,57 |
| P40 | 26,57 |

=== text with markup, a quote and a formula starter stays text in md
$ rkt report t.rkt --jenis rkt
--- t.rkt
satuan sertifikat "Sertifikat <b>" : cacah
rkt R "A & B" {
  tahun 2025
  tempat "Pontianak <i>"
  penandatangan { jabatan "Kepala | Balai" nama "=HYPERLINK(\"x\")" }
  sasaran S "<script>alert(1)</script> & \"quoted\"" {
    indikator I "=SUM(A1:A9) | <b>bold</b> & more" { satuan sertifikat target 25_945 }
  }
}
--- stdout
**Lampiran : Sasaran, Program dan Indikator Kinerja**

**A &amp; B**

| PROGRAM/KEGIATAN/SASARAN (No IK) | PROGRAM/SASARAN KEGIATAN/INDIKATOR KINERJA (Uraian IK) | TARGET (2025) | UNIT ORGANISASI PELAKSANA | KETERANGAN |
|---|---|--:|---|---|
| 1 | 2 | 3 | 4 | 5 |
| **SASARAN 1: &lt;script&gt;alert(1)&lt;/script&gt; &amp; "quoted"** |  |  |  |  |
| I | =SUM(A1:A9) \| &lt;b&gt;bold&lt;/b&gt; &amp; more | 25.945 Sertifikat &lt;b&gt; |  |  |

Pontianak &lt;i&gt;

Kepala \| Balai,

**=HYPERLINK("x")**

=== a failed report (bad data) leaves an existing output untouched
$ printf 'old\n' > out.md
$ rkt report t.rkt --jenis lkj --data bad.csv -o out.md; echo "exit $?"; cat out.md
--- t.rkt
impor "sakip"
rkt R "x" {
  tahun 2025
  sasaran S "s" { indikator I "i" { satuan sertifikat target 3 } }
}
--- bad.csv
kode,periode,nilai
I,2025,tiga
--- stderr
bad.csv:2:8: error[E402]: nilai 'tiga' is not a number (digits with '.' for decimals, e.g. 81.5)
    2 | I,2025,tiga
      |        ^~~~
--- stdout
exit 1
old

=== a report over an existing output replaces it
$ printf 'old\n' > out.md
$ rkt report t.rkt --jenis rkt -o out.md; echo "exit $?"; head -1 out.md
--- t.rkt
impor "sakip"
rkt R "x" {
  tahun 2025
  sasaran S "s" { indikator I "i" { satuan sertifikat target 3 } }
}
--- stdout
exit 0
**Lampiran : Sasaran, Program dan Indikator Kinerja**

=== a plan with check errors prints them and writes nothing
$ rkt report t.rkt --jenis rkt
--- t.rkt
impor "sakip"
rkt R "x" {
  tahun 2025
  tanggal "2025-13-01"
  sasaran S "s" { indikator I "i" { satuan sertifikat target 3 } }
}
--- exit 1
--- stderr
t.rkt:4:11: error[E013]: '2025-13-01' is not a date; write tanggal "YYYY-MM-DD" with a real day, e.g. tanggal "2025-02-07"
    4 |   tanggal "2025-13-01"
      |           ^~~~~~~~~~~~
--- stdout

=== an unknown kind, a renstra asked of an rkt, lkj without data are usage errors
$ rkt report t.rkt --jenis laporan
$ rkt report t.rkt --jenis renstra
$ rkt report t.rkt --jenis lkj
--- t.rkt
impor "sakip"
rkt R "x" {
  tahun 2025
  sasaran S "s" { indikator I "i" { satuan sertifikat target 3 } }
}
--- exit 2
--- stderr
rkt: --jenis laporan is not a kind of document; write rkt, pk, renstra, iku, pengukuran or lkj
rkt: no renstra among the files
rkt: --jenis lkj reads realisation data: add --data CSV
--- stdout

=== html and xlsx need -o
$ rkt report t.rkt --jenis rkt --format html
--- t.rkt
impor "sakip"
rkt R "x" {
  tahun 2025
  sasaran S "s" { indikator I "i" { satuan sertifikat target 3 } }
}
--- exit 2
--- stderr
rkt: report --format html writes a file: add -o FILE
--- stdout


=== signatures: pihak_kedua outside a pk, an unknown signatory property, a repeat, plt not a word
$ rkt check t.rkt
--- t.rkt
impor "sakip"
rkt R "x" {
  tahun 2025
  tempat 3
  penandatangan { nama "A" nama "B" gelar "x" plt ya }
  pihak_kedua { nama "C" }
  sasaran S "s" { indikator I "i" { satuan sertifikat target 3 } }
}
--- exit 1
--- stderr
t.rkt:4:10: error[E013]: 'tempat' takes a string in double quotes, e.g. tempat "..."; found a number
    4 |   tempat 3
      |          ^
t.rkt:5:28: error[E028]: 'nama' is written twice in this block; the first is at line 5
    5 |   penandatangan { nama "A" nama "B" gelar "x" plt ya }
      |                            ^~~~
t.rkt:5:37: error[E014]: 'gelar' does not belong in a signatory; valid here: jabatan, nama, nip, pangkat, plt
    5 |   penandatangan { nama "A" nama "B" gelar "x" plt ya }
      |                                     ^~~~~
t.rkt:5:51: error[E013]: 'ya' is not a valid plt; expected one of: benar, salah
    5 |   penandatangan { nama "A" nama "B" gelar "x" plt ya }
      |                                                   ^~
t.rkt:6:3: error[E014]: 'pihak_kedua' belongs in a pk: the superior who co-signs the Perjanjian Kinerja; an rkt has only its penandatangan
    6 |   pihak_kedua { nama "C" }
      |   ^~~~~~~~~~~

=== lkj: last year's capaian from history rows and the renstra's target of that year
$ rkt report r.rkt k.rkt --rencana K --jenis lkj --data d.csv
--- r.rkt
impor "sakip"
renstra R "Renstra" {
  periode 2024..2028
  sasaran S "Sasaran" {
    indikator I "Layanan" { satuan dokumen target { 2024: 100, 2025: 110, 2026: 120, 2027: 130, 2028: 150 } }
    indikator J "Aduan" { satuan dokumen polaritas minimal target { 2024: 10, 2025: 9, 2026: 8, 2027: 6, 2028: 5 } }
  }
}
--- k.rkt
impor "sakip"
impor "r.rkt"
rkt K "RKT 2025" {
  tahun 2025
  mengacu R
  sasaran S {
    indikator I { target 110 }
    indikator J { target 9 }
  }
}
--- d.csv
kode,periode,nilai
I,2024-TW1,40
I,2024-TW2,50
I,2025,120
J,2024,12
J,2025,8
--- stdout
**LAPORAN KINERJA 2025**

## BAB III Akuntabilitas Kinerja

**Capaian Kinerja**

| No | Sasaran | Indikator Kinerja | Satuan | Tahun 2025 (Target) | Tahun 2025 (Realisasi) | Tahun 2025 (Capaian %) | Tahun 2025 (Predikat) | Tahun 2024 (Realisasi) | Tahun 2024 (Capaian %) | Renstra (2028) (Target Akhir) | Renstra (2028) (Capaian %) |
|--:|---|---|---|--:|--:|--:|---|--:|--:|--:|--:|
| 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 |
| 1 | Sasaran | Layanan | Dokumen | 110 | 120 | 109,09 |  | 90 | 90,00 | 150 | 80,00 |
| 2 |  | Aduan | Dokumen | 9 | 8 | 111,11 |  | 12 | 80,00 | 5 | 40,00 |
| **Capaian K** |  |  |  |  |  | **110,10** |  |  |  |  |  |

## Temuan aturan

Tidak ada temuan.

**Grafik: Capaian kinerja per indikator terhadap 100%**

| % | Capaian % |
|---|--:|
| I | 109,09 |
| J | 111,11 |
