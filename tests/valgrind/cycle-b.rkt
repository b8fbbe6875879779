# Valgrind input: the other half of the import cycle with cycle-a.rkt.
impor "cycle-a.rkt"

satuan persen : persen
