# Satuan (units) of the BKHIT plans, as the seed's Lampiran writes them:
# Jenis, Sertifikat, Dokumen, Publikasi and Nilai.
#
# jenis, sertifikat, dokumen and publikasi are counts (cacah) that the
# standard library already declares (rules/sakip.rkt); top-level names are
# shared by every file of a run, so declaring them again here would be a
# duplicate. This file imports the library and adds the one unit it lacks.
# The predikat scale PREDIKAT_AKIP also comes from "sakip".

impor "sakip"

# A score from 0 to 100: Nilai IKM, Nilai kinerja anggaran, Nilai AKIP.
# Not a count, so its indicators consolidate with `terakhir` by default.
satuan nilai : indeks 0..100
