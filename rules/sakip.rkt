# sakip — pustaka standar SAKIP / the SAKIP standard library.
#
#   impor "sakip"
#
# What it gives a plan:
#   - the common units (satuan) of performance plans;
#   - skala PREDIKAT_AKIP, the AKIP evaluation bands of PermenPANRB 88/2021;
#   - skala CAPAIAN_LKJ, an example banding of capaian for LKj tables;
#   - the capaian formulas as named fungsi, so a plan that departs from the
#     built-in default (LANGUAGE.md §4) says which variant it uses;
#   - generic rules (aturan) that apply to every indicator of every plan.
#
# Its tests are in rules/uji/sakip.rkt: they declare a small plan of their
# own, and a module that declared a plan would add it to every plan that
# imports the module (`rkt eval` then needs `--rencana`).

# ---- satuan ---------------------------------------------------------

satuan persen     : persen           # 0..100
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
# these divide by zero (kosong, with a warning): the built-in default of §4
# has its own rule for T = 0, so use these only where t cannot be 0.
# Use one in an indicator as:  capaian = capaian_minimal_tr(realisasi, target)

# Higher is better (the built-in default for `polaritas maksimal`).
fungsi capaian_maksimal(r, t) = r / t * 100

# Lower is better, the Ministry of Finance's formula (the built-in default
# for `polaritas minimal`): (2 - R/T) x 100, never below 0.
fungsi capaian_minimal_kemenkeu(r, t) = maks(0, (2 - r / t) * 100)

# Lower is better, the T/R variant other applications use.
fungsi capaian_minimal_tr(r, t) = t / r * 100

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
