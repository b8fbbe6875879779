# The units of a UPT's plan: every UPT of the ministry keeps this file
# beside its plan, word for word, so each folder checks on its own; checked
# together, the identical declarations are one (docs/language.md,
# "Namespaces").
satuan laporan_upt : cacah
satuan skor_upt    : indeks 0..100
