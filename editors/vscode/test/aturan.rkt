# SYNTAX TEST "source.rkt" "a rule: control words, calls, interpolation in a message"
aturan "Capaian di bawah 80% perlu rencana aksi" {
# <------ storage.type.rkt
  untuk indikator i dalam SP1
# ^^^^^ keyword.control.rkt
#       ^^^^^^^^^ keyword.other.element.rkt
#                   ^^^^^ keyword.control.rkt
  jika ada(capaian(i)) dan capaian(i) < 80
# ^^^^ keyword.control.rkt
#      ^^^ variable.other.rkt
#         ^ punctuation.section.parens.begin.rkt
#                      ^^^ keyword.control.rkt
#                                     ^ keyword.operator.rkt
  maka peringatan "{kode(i)} baru mencapai {capaian(i)}% \{ literal"
# ^^^^ keyword.control.rkt
#      ^^^^^^^^^^ constant.language.rkt
#                  ^ punctuation.section.interpolation.begin.rkt
#                   ^^^^ meta.interpolation.rkt variable.other.rkt
#                          ^ punctuation.section.interpolation.end.rkt
#                         ^^^^^^^^^^^^^^^ string.quoted.double.rkt
#                                                        ^^ constant.character.escape.rkt
}
