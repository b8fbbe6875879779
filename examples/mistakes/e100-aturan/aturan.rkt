# Aturan khusus rencana Balai Karantina Contoh (dipakai oleh rkt.rkt di
# folder ini). Standar pelayanan minimal (SPM) Balai menetapkan bahwa paling
# sedikit 85% sertifikat diterbitkan tepat waktu; target IKU1 di RKT atau PK
# mana pun tidak boleh lebih rendah. Aturan ini hanya membaca target, jadi
# bersifat statis: `rkt check` mengevaluasinya untuk setiap RKT dan PK.
#
# A rule specific to the plans of the Balai Karantina Contoh (used by rkt.rkt
# in this folder). The Balai's minimum service standard (SPM) requires at
# least 85% of certificates to be issued on time; no RKT or PK may set IKU1's
# target lower. The rule reads targets only, so it is static: `rkt check`
# evaluates it for every RKT and PK.

impor "../renstra.rkt"  # where IKU1 is declared

aturan "Target IKU1 tidak boleh di bawah standar pelayanan minimal" {
  jika target(IKU1) < 85
  maka galat "target IKU1 ({target(IKU1)}%) di bawah standar pelayanan minimal 85%"
}
