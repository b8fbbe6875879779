# ILUSTRATIF — the Renstra 2025-2029 of the Dinas of rkt-2026.rkt: the
# same tree, each indicator with a target per year (2026 the RKT's own),
# so that the LKj can compare this year with last year's realisasi and
# target (riwayat-2025.csv) and with the Renstra's end target (2029).

impor "sakip"

renstra RENSTRA_DP3A "Rencana Strategis Dinas Pemberdayaan Perempuan dan Perlindungan Anak 2025-2029" {
  instansi "Dinas Pemberdayaan Perempuan dan Perlindungan Anak"
  periode  2025..2029

  tujuan T1 "Meningkatnya kualitas hidup perempuan dan anak" {
    indikator IT1 "Indeks Pembangunan Gender" {
      satuan indeks
      target { 2025: 92.80, 2026: 93.05, 2027: 93.30, 2028: 93.55, 2029: 93.80 }
    }

    sasaran S1 "Meningkatnya pemberdayaan perempuan" {
      indikator I1 "Indeks Pemberdayaan Gender" {
        satuan indeks
        target { 2025: 71.50, 2026: 72.17, 2027: 72.80, 2028: 73.40, 2029: 74 }
      }

      program P39 "Program Pengarusutamaan Gender dan Pemberdayaan Perempuan" {
        indikator IP39 "Persentase perangkat daerah yang responsif gender" {
          satuan persen
          target { 2025: 75, 2026: 80, 2027: 85, 2028: 90, 2029: 95 }
        }

        kegiatan K583 "Pelembagaan PUG pada lembaga pemerintah" {
          subkegiatan SK1789 "Koordinasi dan penyusunan kebijakan PUG"
          subkegiatan SK1790 "Advokasi kebijakan PUG"
        }
      }
    }

    sasaran S2 "Meningkatnya perlindungan anak" {
      indikator I2 "Persentase kasus kekerasan terhadap anak yang tertangani" {
        satuan persen
        target { 2025: 88, 2026: 90, 2027: 92, 2028: 94, 2029: 95 }
      }

      program P40 "Program Perlindungan Khusus Anak" {
        kegiatan K600 "Pencegahan kekerasan terhadap anak" {
          subkegiatan SK1800 "Penyediaan layanan pengaduan"
        }
      }
    }
  }
}
