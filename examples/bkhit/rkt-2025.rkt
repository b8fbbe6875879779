# RKT 2025 of the Balai Karantina Hewan, Ikan dan Tumbuhan Kalimantan Barat
# (Pontianak, 7 Februari 2025), encoded from its appendix "Lampiran :
# Sasaran, Program dan Indikator Kinerja". Every uraian, satuan and target
# is the Lampiran's, including its spelling: where it differs from the
# Renstra's wording (BAB II) `rkt check` warns and shows both texts. The
# Lampiran names no Unit Organisasi Pelaksana, so no indicator has one.
# Polaritas and konsolidasi are inherited from the Renstra.

impor "sakip"       # PREDIKAT_AKIP (IKSP11) and the generic rules
impor "ikm"         # ikm_u1 .. ikm_u9, fungsi ikm, skala MUTU_IKM
impor "satuan.rkt"
impor "renstra-2025-2029.rkt"
impor "aturan.rkt"  # rules of this plan

rkt RKT_BKHIT_2025 "Rencana Kinerja Tahunan Balai Karantina Hewan, Ikan dan Tumbuhan Kalimantan Barat Tahun 2025" {
  instansi "Balai Karantina Hewan, Ikan dan Tumbuhan Kalimantan Barat"
  tahun    2025
  mengacu  RENSTRA_BKHIT
  # no plan predikat: PREDIKAT_AKIP rates the AKIP score (IKSP11), not a mean

  program P1 "Peningkatan Kualitas Pelayanan Karantina Pertanian dan Pengawasan Keamanan Hayati" {
    # Lampiran, SASARAN PROGRAM 1 (IKSP 1-4); the Lampiran writes "Temuan" with a capital T.
    sasaran SP1 "Terlaksananya Layanan Perkarantinaan Hewan, Ikan, Tumbuhan yang Profesional" {
      tingkat program
      indikator IKSP1 "Jumlah Temuan HPHK, HPIK dan OPTK di dalam wilayah Indonesia yang ditindaklanjuti" {
        satuan jenis
        target 3
      }
      indikator IKSP2 "Jumlah Temuan HPHK, HPIK dan OPTK di tempat pemasukan dan / atau pengeluaran yang ditindaklanjuti" {
        satuan jenis
        target 3
      }
      indikator IKSP3 "Jumlah media pembawa melalui tempat pemasukan dan pengeluaran yang dapat dibebaskan" {
        satuan sertifikat
        target 25_945
      }
      indikator IKSP4 "Jumlah media pembawa melalui tempat pengeluaran yang memenuhi persyaratan karantina" {
        satuan sertifikat
        target 9_865
      }
    }

    # Lampiran, SASARAN PROGRAM 2 (IKSP 5-7); "dalamn" is the Lampiran's typo, kept as written.
    sasaran SP2 "Terealisasinya Keterlibatan Masyarakat dalamn Penyelenggaraan Perkarantinaan Hewan, Ikan, Tumbuhan yang Partisipatif" {
      tingkat program
      indikator IKSP5 "Jumlah pihak lain yang diregistrasi untuk melaksanakan tindakan karantina atau menyediakan sarana untuk tindakan karantina (registrasi pihak lain)" {
        satuan dokumen
        target 33
      }
      indikator IKSP6 "Jumlah pihak lain yang memenuhi persyaratan administrasi sebagai pelaksana tindakan karantina atau sebagai penyedia sarana untuk tindakan karantina (permohonan registrasi pihak lain)" {
        satuan dokumen
        target 33
      }
      indikator IKSP7 "Jumlah kasus pelanggaran perkarantinaan yang dapat diselesaikan (P21 atau SP3)" {
        satuan dokumen
        target 0
      }
    }

    # Lampiran, SASARAN PROGRAM 3 (IKSP 8-9); IKSP9 is computed from the nine IKM unsur.
    sasaran SP3 "Terwujudnya Layanan Humas yang Baik" {
      tingkat program
      indikator IKSP8 "Jumlah publikasi informasi perkarantinaan kepada masyarakat" {
        satuan publikasi
        target 36
      }
      indikator IKSP9 "Nilai Indeks Kepuasan Masyarakat (IKM)" {
        satuan    nilai
        target    81
        realisasi = ikm(ikm_u1, ikm_u2, ikm_u3, ikm_u4, ikm_u5, ikm_u6, ikm_u7, ikm_u8, ikm_u9)
        predikat  MUTU_IKM dari realisasi
      }
    }

    # Lampiran, SASARAN PROGRAM 4 (IKSP 10); the Lampiran writes "Anggaran" with a capital A.
    sasaran SP4 "Terwujudnya Layanan Keuangan yang Baik" {
      tingkat program
      indikator IKSP10 "Nilai kinerja Anggaran Balai Karantina Hewan, Ikan dan Tumbuhan Kalimantan Barat" {
        satuan nilai
        target 81
      }
    }

    # Lampiran, SASARAN PROGRAM 5 (IKSP 11); the Lampiran writes "Akuntabilitas" with a capital A.
    sasaran SP5 "Terwujudnya Tata Kelola Perencanaan, Anggaran dan Monitoring serta Evaluasi yang Baik" {
      tingkat program
      indikator IKSP11 "Nilai Akuntabilitas kinerja instansi pemerintah" {
        satuan   nilai
        target   81
        predikat PREDIKAT_AKIP dari realisasi  # the AKIP evaluation's score, PermenPANRB 88/2021
      }
    }
  }

  # the Lampiran's place, date and signature (rkt report --jenis rkt)
  tempat        "Pontianak"
  tanggal       "2025-02-07"
  penandatangan { jabatan "Kepala Balai" nama "Amdali Adhitama" }
}
