# The uji of tests/golden/defects/escaping.t; <CSI> is U+009B (sed).
uji "nama <x> & \"q\" 'a'\ttab\nbaris <CSI>2J" {
  rencana R
  data { I1 2025 10 }
  harap realisasi(I1) == 11
}
