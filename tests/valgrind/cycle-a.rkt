# Valgrind input: one half of an import cycle (cycle-a -> cycle-b -> cycle-a).
impor "cycle-b.rkt"

satuan dokumen : cacah
