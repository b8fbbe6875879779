# Rules of the BKHIT plans (imported by rkt-2025.rkt; the generic rules
# come with "sakip").
#
# IKSP5 counts the parties registered to carry out (or provide facilities
# for) quarantine measures; IKSP6 counts the applications for that
# registration that meet the administrative requirements. A party is only
# registered after its application qualifies, so the registration target
# cannot exceed the application target. The rule reads targets only: it is
# static, and `rkt check` evaluates it.

impor "renstra-2025-2029.rkt"  # where IKSP5 and IKSP6 are declared

aturan "Target registrasi tidak boleh melebihi target permohonan" {
  jika target(IKSP5) > target(IKSP6)
  maka galat "target IKSP5 ({target(IKSP5)}) melebihi target IKSP6 ({target(IKSP6)})"
}
