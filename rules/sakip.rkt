# sakip — pustaka standar SAKIP / the SAKIP standard library.
#
#   impor "sakip"
#
# What it gives a plan:
#   - the common units (satuan) of performance plans;
#   - skala PREDIKAT_AKIP (AKIP scores, PermenPANRB 88/2021), KINERJA_PERMENDAGRI_86;
#   - skala CAPAIAN_LKJ, an example banding of capaian for LKj tables;
#   - the capaian formulas as named fungsi, so a plan that departs from the
#     built-in default (LANGUAGE.md §4) says which variant it uses;
#   - generic rules (aturan) that apply to every indicator of every plan.
#
# Its tests are in rules/uji/sakip.rkt: they declare a small plan of their
# own, and a module that declared a plan would add it to every plan that
# imports the module (`rkt eval` then needs `--rencana`).

# ---- satuan ---------------------------------------------------------

satuan persen     : persen  # 0..100
satuan indeks     : indeks 0..100
satuan dokumen    : cacah
satuan laporan    : cacah
satuan kegiatan   : cacah
satuan orang      : cacah
satuan sertifikat : cacah
satuan jenis      : cacah
satuan publikasi  : cacah
satuan rupiah     : angka

# ---- skala ----------------------------------------------------------

# Predikat of the AKIP evaluation, PermenPANRB 88/2021 (Pedoman Evaluasi
# Akuntabilitas Kinerja Instansi Pemerintah). Each band's lower bound is
# exclusive except D's: a value of exactly 90 is "A", not "AA".
skala PREDIKAT_AKIP {
  AA "Sangat Memuaskan" : > 90
  A  "Memuaskan"        : > 80
  BB "Sangat Baik"      : > 70
  B  "Baik"             : > 60
  CC "Cukup"            : > 50
  C  "Kurang"           : > 30
  D  "Sangat Kurang"    : >= 0
}

# Capaian bands as many performance reports (LKj) print them. This is an
# example banding, not a regulation: replace it with your institution's own.
skala CAPAIAN_LKJ {
  SB "Sangat Baik" : >= 100
  B  "Baik"        : >= 80
  C  "Cukup"       : >= 60
  K  "Kurang"      : >= 0
}

# ---- rumus capaian --------------------------------------------------

# r = realisasi, t = target; the result is a percentage. A target of 0 makes
# these divide by zero (kosong, with a warning at the call): the default of
# §4 has its own rule for T = 0, so use these only where t cannot be 0.
# Use one in an indicator as:  capaian = capaian_minimal_tr(realisasi, target)

# Higher is better (the built-in default for `polaritas maksimal`).
fungsi capaian_maksimal(r, t) = r / t * 100

# Lower is better, the Ministry of Finance's formula (the built-in default
# for `polaritas minimal`): (2 - R/T) x 100, never below 0.
fungsi capaian_minimal_kemenkeu(r, t) = capaian_tidak_negatif((2 - r / t) * 100)

# Lower is better, the T/R variant other applications use; R = 0 gives 100.
fungsi capaian_minimal_tr(r, t) = jika r == 0 maka 100 lainnya t / r * 100

# A cap on a capaian c at n percent (the Ministry of Finance caps at 120);
# the property `batas 120` does the same for an indicator's own capaian.
fungsi capaian_batas(c, n) = min(c, n)

# ---- aturan umum ----------------------------------------------------

# Both rules read capaian, so `rkt eval` and `rkt report` evaluate them;
# `rkt check` does not.

aturan "Capaian di bawah 80% perlu rencana aksi" {
  untuk indikator i
  jika ada(capaian(i)) dan capaian(i) < 80
  maka peringatan "{kode(i)} baru mencapai {capaian(i)}% dari target"
}

aturan "Capaian melampaui 120%" {
  untuk indikator i
  jika capaian(i) > 120
  maka info "{kode(i)} mencapai {capaian(i)}% dari target; periksa apakah targetnya terlalu rendah"
}

# ---- more capaian formulas and scales (issue 10) ----------------------

# x, or 0 when x is below 0; kosong stays kosong (maks(0, x) would give 0,
# since maks skips kosong).
fungsi capaian_tidak_negatif(x) = jika x < 0 maka 0 lainnya x

# Lower is better, (2 - R/T) x 100 without the floor at 0: R 25, T 10
# gives -50 (the figure some applications print).
fungsi capaian_minimal_tanpa_batas(r, t) = (2 - r / t) * 100

# How far R stands from the worst tolerable value W towards the target T,
# never below 0: (R - W) / (T - W) x 100, which is (W - R) / (W - T) x 100
# when lower is better (W above T), so one formula serves both polarities.
# The property `terburuk W` does the same for any target, bands included.
fungsi capaian_terburuk(r, t, w) = capaian_tidak_negatif((r - w) / (t - w) * 100)

# PREDIKAT_AKIP (above) rates the score of the AKIP evaluation (Nilai
# AKIP, 0..100): use it on that indicator, `predikat PREDIKAT_AKIP dari
# realisasi`, not on a plan's mean capaian, which measures something else.

# The bands of the evaluation of regional development, Permendagri 86/2017
# (Tata Cara Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah).
# Each band's lower bound is inclusive: 76 is "T", 75.99 is "S".
skala KINERJA_PERMENDAGRI_86 {
  ST "Sangat Tinggi" : >= 91
  T  "Tinggi"        : >= 76
  S  "Sedang"        : >= 66
  R  "Rendah"        : >= 51
  SR "Sangat Rendah" : >= 0
}
