# ikm — Indeks Kepuasan Masyarakat / public satisfaction index.
#
#   impor "ikm"
#
# PermenPANRB 14/2017 (Pedoman Penyusunan Survei Kepuasan Masyarakat Unit
# Penyelenggara Pelayanan Publik): respondents score nine unsur (elements)
# of a service from 1 to 4; the nilai rata-rata (NRR) of each unsur is the
# mean of its scores. The IKM is the mean of the nine NRR (each unsur
# weighs 1/9) converted to 25..100 by multiplying by 25, and its mutu
# (quality) is read from the conversion table below.
#
# A plan uses it in a derived indicator:
#
#   indikator IKSP9 "Nilai Indeks Kepuasan Masyarakat (IKM)" {
#     satuan    nilai
#     target    81
#     realisasi = ikm(ikm_u1, ikm_u2, ikm_u3, ikm_u4, ikm_u5, ikm_u6, ikm_u7, ikm_u8, ikm_u9)
#     predikat  MUTU_IKM dari realisasi
#   }
#
# and its data file carries one NRR per unsur and period (codes ikm_u1 ..
# ikm_u9). Tests: rules/uji/ikm.rkt.

satuan nilai_unsur : indeks 1..4     # NRR of one unsur
satuan nilai_ikm   : indeks 25..100  # the converted index

# The nine unsur, in the regulation's order. The series consolidate with
# `rata`: a survey per quarter (or semester) with samples of similar size
# gives the year the mean of its periods. Because the IKM is a mean, the
# IKM of the year is then also the mean of the periods' IKM.
data ikm_u1 "Persyaratan" satuan nilai_unsur { konsolidasi rata }
data ikm_u2 "Sistem, Mekanisme, dan Prosedur" satuan nilai_unsur { konsolidasi rata }
data ikm_u3 "Waktu Penyelesaian" satuan nilai_unsur { konsolidasi rata }
data ikm_u4 "Biaya/Tarif" satuan nilai_unsur { konsolidasi rata }
data ikm_u5 "Produk Spesifikasi Jenis Pelayanan" satuan nilai_unsur { konsolidasi rata }
data ikm_u6 "Kompetensi Pelaksana" satuan nilai_unsur { konsolidasi rata }
data ikm_u7 "Perilaku Pelaksana" satuan nilai_unsur { konsolidasi rata }
data ikm_u8 "Penanganan Pengaduan, Saran dan Masukan" satuan nilai_unsur { konsolidasi rata }
data ikm_u9 "Sarana dan prasarana" satuan nilai_unsur { konsolidasi rata }

# IKM = mean of the nine NRR x 25. The regulation's worked example writes
# the weight 1/9 rounded (0,11); this uses the exact mean, so a tool that
# multiplies by the rounded weight shows a slightly lower figure.
# `rata` skips kosong arguments: with an unsur missing for the period the
# result is the mean of those present, so give all nine.
fungsi ikm(u1, u2, u3, u4, u5, u6, u7, u8, u9) = rata(u1, u2, u3, u4, u5, u6, u7, u8, u9) * 25

# Mutu pelayanan from the regulation's conversion table (nilai interval
# konversi IKM): A 88,31-100; B 76,61-88,30; C 65,00-76,60; D 25,00-64,99.
skala MUTU_IKM {
  A "Sangat Baik" : >= 88.31
  B "Baik"        : >= 76.61
  C "Kurang Baik" : >= 65.00
  D "Tidak Baik"  : >= 25.00
}
