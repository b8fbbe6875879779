# SYNTAX TEST "source.rkt" "a plan: declarations, elements, properties, numbers, strings"
impor "satuan.rkt"
# <----- storage.type.rkt
#     ^^^^^^^^^^^^ string.quoted.double.rkt
satuan sertifikat : cacah
# <------ storage.type.rkt
#      ^^^^^^^^^^ variable.other.rkt
#                 ^ keyword.operator.rkt
#                   ^^^^^ constant.language.rkt
rkt RKT_BKHIT_2025 "Rencana Kinerja Tahunan" {
# <--- storage.type.rkt
#   ^^^^^^^^^^^^^^ variable.other.rkt
#                  ^^^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.double.rkt
#                                            ^ punctuation.section.block.begin.rkt
  tahun    2025
# ^^^^^ variable.other.property.rkt
#          ^^^^ constant.numeric.rkt
  mengacu  RENSTRA_BKHIT   # the Renstra
# ^^^^^^^ variable.other.property.rkt
#          ^^^^^^^^^^^^^ variable.other.rkt
#                          ^^^^^^^^^^^^^ comment.line.number-sign.rkt
  sasaran SP1 "Terlaksananya Layanan" {
# ^^^^^^^ keyword.other.element.rkt
#         ^^^ variable.other.rkt
    indikator IKU.1.2 "Jumlah \"media\" pembawa" {
#   ^^^^^^^^^ keyword.other.element.rkt
#             ^^^^^^^ variable.other.rkt
#                             ^^ constant.character.escape.rkt
      satuan sertifikat
#     ^^^^^^ storage.type.rkt
      polaritas maksimal
#     ^^^^^^^^^ variable.other.property.rkt
#               ^^^^^^^^ constant.language.rkt
      target 25_945
#            ^^^^^^ constant.numeric.rkt
      target { TW1: 6_000, 2025-TW2: 12.5, B03: 3..5 }
#              ^^^ constant.other.period.rkt
#                          ^^^^^^^^ constant.other.period.rkt
#                                    ^^^^ constant.numeric.rkt
#                                          ^^^ constant.other.period.rkt
#                                               ^ constant.numeric.rkt
#                                                ^^ keyword.operator.rkt
#                                                  ^ constant.numeric.rkt
    }
  }
}
