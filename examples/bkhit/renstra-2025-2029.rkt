# ILUSTRATIF — the seed (RKT 2025 of the Balai Karantina Hewan, Ikan dan
# Tumbuhan Kalimantan Barat) gives only the 2025 targets; the targets for
# 2026-2029 below are invented for illustration and are not the Balai's.
#
# The tujuan, sasaran and indicator texts are those of the seed's BAB II
# (C. TUJUAN and D. SASARAN PROGRAM: "SP. 1 ...", "IKSP 1. ..."), kept as
# written there; they are Badan Karantina Indonesia's sasaran program, which
# the Balai carries. The RKT 2025 (rkt-2025.rkt) copies its Lampiran, whose
# wording differs in a few places: `rkt check` reports each difference.

impor "satuan.rkt"

renstra RENSTRA_BKHIT "Renstra Balai Karantina Hewan, Ikan dan Tumbuhan Kalimantan Barat 2025-2029" {
  periode  2025..2029
  instansi "Balai Karantina Hewan, Ikan dan Tumbuhan Kalimantan Barat"
  tujuan   T1 "Melindungi Kelestarian Sumber Daya Alam Hayati melalui Karantina yang kuat dan efektif"
  program  P1 "Peningkatan Kualitas Pelayanan Karantina Pertanian dan Pengawasan Keamanan Hayati"

  sasaran SP1 "Terlaksananya Layanan Perkarantinaan Hewan, Ikan, Tumbuhan yang Profesional" {
    tujuan T1

    indikator IKSP1 "Jumlah temuan HPHK, HPIK dan OPTK di dalam wilayah Indonesia yang ditindaklanjuti" {
      satuan      jenis
      polaritas   maksimal
      konsolidasi jumlah
      target { 2025: 3, 2026: 3, 2027: 4, 2028: 4, 2029: 5 }
    }

    indikator IKSP2 "Jumlah temuan HPHK, HPIK dan OPTK di tempat pemasukan dan / atau pengeluaran yang ditindaklanjuti" {
      satuan      jenis
      polaritas   maksimal
      konsolidasi jumlah
      target { 2025: 3, 2026: 3, 2027: 4, 2028: 4, 2029: 5 }
    }

    indikator IKSP3 "Jumlah media pembawa melalui tempat pemasukan dan pengeluaran yang dapat dibebaskan" {
      satuan      sertifikat
      polaritas   maksimal
      konsolidasi jumlah
      target { 2025: 25_945, 2026: 26_500, 2027: 27_000, 2028: 27_500, 2029: 28_000 }
    }

    indikator IKSP4 "Jumlah media pembawa melalui tempat pengeluaran yang memenuhi persyaratan karantina" {
      satuan      sertifikat
      polaritas   maksimal
      konsolidasi jumlah
      target { 2025: 9_865, 2026: 10_100, 2027: 10_350, 2028: 10_600, 2029: 10_850 }
    }
  }

  sasaran SP2 "Terealisasinya Keterlibatan Masyarakat dalam Penyelenggaraan Perkarantinaan Hewan, Ikan, Tumbuhan yang Partisipatif" {
    tujuan T1

    indikator IKSP5 "Jumlah pihak lain yang diregistrasi untuk melaksanakan tindakan karantina atau menyediakan sarana untuk tindakan karantina (registrasi pihak lain)" {
      satuan      dokumen
      polaritas   maksimal
      konsolidasi jumlah
      target { 2025: 33, 2026: 35, 2027: 37, 2028: 39, 2029: 41 }
    }

    indikator IKSP6 "Jumlah pihak lain yang memenuhi persyaratan administrasi sebagai pelaksana tindakan karantina atau sebagai penyedia sarana untuk tindakan karantina (permohonan registrasi pihak lain)" {
      satuan      dokumen
      polaritas   maksimal
      konsolidasi jumlah
      target { 2025: 33, 2026: 35, 2027: 37, 2028: 39, 2029: 41 }
    }

    # Cases resolved (P21: dossier complete; SP3: investigation stopped):
    # more is better, so maksimal even with a 2025 target of 0. At T = 0 a
    # maksimal indicator's capaian is 100 for any R >= 0 (LANGUAGE.md §4);
    # `rkt check` notes the fallback.
    indikator IKSP7 "Jumlah kasus pelanggaran perkarantinaan yang dapat diselesaikan (P21 atau SP3)" {
      satuan      dokumen
      polaritas   maksimal
      konsolidasi jumlah
      target { 2025: 0, 2026: 1, 2027: 1, 2028: 2, 2029: 2 }
    }
  }

  sasaran SP3 "Terwujudnya Layanan Humas yang Baik" {
    tujuan T1

    indikator IKSP8 "Jumlah publikasi informasi perkarantinaan kepada masyarakat" {
      satuan      publikasi
      polaritas   maksimal
      konsolidasi jumlah
      target { 2025: 36, 2026: 40, 2027: 44, 2028: 48, 2029: 52 }
    }

    # An index: the year's value is the latest survey result, not a sum.
    indikator IKSP9 "Nilai Indeks Kepuasan Masyarakat (IKM)" {
      satuan      nilai
      polaritas   maksimal
      konsolidasi terakhir
      target { 2025: 81, 2026: 82, 2027: 83, 2028: 84, 2029: 85 }
    }
  }

  sasaran SP4 "Terwujudnya Layanan Keuangan yang Baik" {
    tujuan T1

    # The yearly budget performance score (nilai kinerja anggaran).
    indikator IKSP10 "Nilai kinerja anggaran Balai Karantina Hewan, Ikan dan Tumbuhan Kalimantan Barat" {
      satuan      nilai
      polaritas   maksimal
      konsolidasi terakhir
      target { 2025: 81, 2026: 82, 2027: 83, 2028: 84, 2029: 85 }
    }
  }

  sasaran SP5 "Terwujudnya Tata Kelola Perencanaan, Anggaran dan Monitoring serta Evaluasi yang Baik" {
    tujuan T1

    # The yearly score of the AKIP evaluation.
    indikator IKSP11 "Nilai akuntabilitas kinerja instansi pemerintah" {
      satuan      nilai
      polaritas   maksimal
      konsolidasi terakhir
      target { 2025: 81, 2026: 82, 2027: 83, 2028: 84, 2029: 85 }
    }
  }
}
