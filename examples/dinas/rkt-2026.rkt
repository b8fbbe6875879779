# ILUSTRATIF — the RKT 2026 of a regional office (Dinas Pemberdayaan
# Perempuan dan Perlindungan Anak) in the regional hierarchy: tujuan >
# sasaran > program > kegiatan > subkegiatan, with the pagu of every
# budgeted element.  Invented figures, not an office's.  Its realisation,
# indicators and budget by quarter, is realisasi-2026.csv, written as an
# Indonesian spreadsheet saves it (`;`, `25.945`, `81,5`): evaluate with
#
#   rkt eval examples/dinas/ --data examples/dinas/realisasi-2026.csv --angka id

impor "sakip"

rkt RKT_DP3A_2026 "Rencana Kinerja Tahunan Dinas Pemberdayaan Perempuan dan Perlindungan Anak Tahun 2026" {
  instansi "Dinas Pemberdayaan Perempuan dan Perlindungan Anak"
  tahun    2026
  mengacu  RENSTRA_DP3A
  predikat PREDIKAT_AKIP

  tujuan T1 "Meningkatnya kualitas hidup perempuan dan anak" {
    indikator IT1 "Indeks Pembangunan Gender" { satuan indeks  target 93.05 }

    sasaran S1 "Meningkatnya pemberdayaan perempuan" {
      indikator I1 "Indeks Pemberdayaan Gender" { satuan indeks  target 72.17 }

      program P39 "Program Pengarusutamaan Gender dan Pemberdayaan Perempuan" {
        anggaran 4_000_000_000
        indikator IP39 "Persentase perangkat daerah yang responsif gender" {
          satuan persen
          target 80
        }

        kegiatan K583 "Pelembagaan PUG pada lembaga pemerintah" {
          anggaran 4_000_000_000
          subkegiatan SK1789 "Koordinasi dan penyusunan kebijakan PUG" { anggaran 2_500_000_000 }
          subkegiatan SK1790 "Advokasi kebijakan PUG" { anggaran 1_500_000_000 }
        }
      }
    }

    sasaran S2 "Meningkatnya perlindungan anak" {
      indikator I2 "Persentase kasus kekerasan terhadap anak yang tertangani" {
        satuan persen
        target 90
      }

      program P40 "Program Perlindungan Khusus Anak" {
        anggaran 3_010_548_753
        kegiatan K600 "Pencegahan kekerasan terhadap anak" {
          anggaran 3_010_548_753
          subkegiatan SK1800 "Penyediaan layanan pengaduan" { anggaran 3_010_548_753 }
        }
      }
    }
  }
}
