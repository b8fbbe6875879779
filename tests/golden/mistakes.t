# Golden tests of examples/mistakes/: one deliberate inconsistency per check
# against the referenced plan (E040-E042, W040-W043) and one static rule
# (E100), each checked on its own, as a planner would (`rkt check DIR` of one
# subfolder), then the whole folder in the machine formats.  The commands
# name the files by absolute path ($ROOT), so the diagnostics do too.
# The mistakes are described in examples/mistakes/README.md and in each
# file's header.  Format: tests/golden/run.sh.

=== E040 mistakes/e040-kode-sasaran: a sasaran code the Renstra lacks
# SS.2 (the document's "SP. 1" style) for SS2; its indicators still resolve.
$ rkt check "$ROOT/examples/mistakes/e040-kode-sasaran"
--- exit 1
--- stderr
$ROOT/examples/mistakes/e040-kode-sasaran/rkt.rkt:27:11: error[E040]: sasaran 'SS.2' is not in renstra 'RENSTRA_CONTOH'; did you mean 'SS2'?
   27 |   sasaran SS.2 "Terealisasinya keterlibatan masyarakat dalam pengawasan perkarantinaan" {
      |           ^~~~
--- stdout

=== E040 mistakes/e040-kode-indikator: a mistyped indikator code also leaves the real one absent
# IKU02 for IKU2: E040 at the code, and W041 for IKU2, which is then absent.
$ rkt check "$ROOT/examples/mistakes/e040-kode-indikator"
--- exit 1
--- stderr
$ROOT/examples/mistakes/e040-kode-indikator/rkt.rkt:29:12: warning[W041]: indikator IKU2 of renstra 'RENSTRA_CONTOH' (sasaran SS1) is absent from 'RKT_E040_INDIKATOR'; add it, or mark it: indikator IKU2 { ditunda "alasan" }
   29 |   mengacu  RENSTRA_CONTOH
      |            ^~~~~~~~~~~~~~
$ROOT/examples/mistakes/e040-kode-indikator/rkt.rkt:33:15: error[E040]: indikator 'IKU02' is not in renstra 'RENSTRA_CONTOH'; did you mean 'IKU2'?
   33 |     indikator IKU02 "Jumlah media pembawa yang diperiksa dalam wilayah kerja" {
      |               ^~~~~
--- stdout

=== E041 mistakes/e041-tahun: a plan year outside the Renstra period
$ rkt check "$ROOT/examples/mistakes/e041-tahun"
--- exit 1
--- stderr
$ROOT/examples/mistakes/e041-tahun/rkt.rkt:24:12: error[E041]: tahun 2024 is outside the periode 2025..2029 of renstra 'RENSTRA_CONTOH'
   24 |   tahun    2024
      |            ^~~~
--- stdout

=== E042 mistakes/e042-satuan: a unit that differs from the Renstra's
$ rkt check "$ROOT/examples/mistakes/e042-satuan"
--- exit 1
--- stderr
$ROOT/examples/mistakes/e042-satuan/rkt.rkt:27:29: error[E042]: satuan 'dokumen' differs from 'sertifikat' of indikator IKU2 in renstra 'RENSTRA_CONTOH'
   27 |     indikator IKU2 { satuan dokumen  target 12_000 }
      |                             ^~~~~~~
--- stdout

=== E042 mistakes/e042-polaritas: a polarity that differs from the Renstra's
$ rkt check "$ROOT/examples/mistakes/e042-polaritas"
--- exit 1
--- stderr
$ROOT/examples/mistakes/e042-polaritas/rkt.rkt:30:32: error[E042]: polaritas maksimal differs from minimal of indikator IKU3 in renstra 'RENSTRA_CONTOH'
   30 |     indikator IKU3 { polaritas maksimal  target 10 }
      |                                ^~~~~~~~
--- stdout

=== E100 mistakes/e100-aturan: a static plan-specific rule of severity galat fires
# The keterangan silences W040; the rule still fires (exit 1).
$ rkt check "$ROOT/examples/mistakes/e100-aturan"
--- exit 1
--- stderr
$ROOT/examples/mistakes/e100-aturan/aturan.rkt:15:8: error[E100]: aturan "Target IKU1 tidak boleh di bawah standar pelayanan minimal" in RKT_E100: target IKU1 (80%) di bawah standar pelayanan minimal 85%
   15 | aturan "Target IKU1 tidak boleh di bawah standar pelayanan minimal" {
      |        ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
--- stdout

=== W040 mistakes/w040-target-kurang: a target short of the Renstra's (exit 0)
$ rkt check "$ROOT/examples/mistakes/w040-target-kurang"
--- exit 0
--- stderr
$ROOT/examples/mistakes/w040-target-kurang/rkt.rkt:26:29: warning[W040]: target 88 of IKU1 falls short of the renstra's 2025 target 90 (polaritas maksimal); explain it with a 'keterangan'
   26 |     indikator IKU1 { target 88 }
      |                             ^~
--- stdout

=== W040 mistakes/w040-keterangan: a keterangan silences the warning
# The same cut as w040-target-kurang, explained: no diagnostic at all.
$ rkt check "$ROOT/examples/mistakes/w040-keterangan"
--- exit 0
--- stderr
--- stdout

=== W041 mistakes/w041-indikator-hilang: a Renstra indicator absent from the rkt (exit 0)
# The whole sasaran SS2 is absent: one warning, naming IKU3.
$ rkt check "$ROOT/examples/mistakes/w041-indikator-hilang"
--- exit 0
--- stderr
$ROOT/examples/mistakes/w041-indikator-hilang/rkt.rkt:25:12: warning[W041]: indikator IKU3 of renstra 'RENSTRA_CONTOH' (sasaran SS2) is absent from 'RKT_W041'; add it, or mark it: indikator IKU3 { ditunda "alasan" }
   25 |   mengacu  RENSTRA_CONTOH
      |            ^~~~~~~~~~~~~~
--- stdout

=== W041 mistakes/w041-ditunda: ditunda "alasan" silences the warning
# IKU3 marked ditunda needs no target: no diagnostic at all.
$ rkt check "$ROOT/examples/mistakes/w041-ditunda"
--- exit 0
--- stderr
--- stdout

=== W042 mistakes/w042-uraian-sasaran: the uraian of a sasaran differs (exit 0)
$ rkt check "$ROOT/examples/mistakes/w042-uraian-sasaran"
--- exit 0
--- stderr
$ROOT/examples/mistakes/w042-uraian-sasaran/rkt.rkt:32:15: warning[W042]: uraian of sasaran SS2 differs from renstra 'RENSTRA_CONTOH': here "Terealisasinya Keterlibatan Masyarakat dalam Pengawasan Perkarantinaan", there "Terealisasinya keterlibatan masyarakat dalam pengawasan perkarantinaan"
   32 |   sasaran SS2 "Terealisasinya Keterlibatan Masyarakat dalam Pengawasan Perkarantinaan" {
      |               ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
--- stdout

=== W042 mistakes/w042-uraian-indikator: the uraian of an indikator differs, the seed's dalamn slip (exit 0)
$ rkt check "$ROOT/examples/mistakes/w042-uraian-indikator"
--- exit 0
--- stderr
$ROOT/examples/mistakes/w042-uraian-indikator/rkt.rkt:27:20: warning[W042]: uraian of indikator IKU2 differs from renstra 'RENSTRA_CONTOH': here "Jumlah media pembawa yang diperiksa dalamn wilayah kerja", there "Jumlah media pembawa yang diperiksa dalam wilayah kerja"
   27 |     indikator IKU2 "Jumlah media pembawa yang diperiksa dalamn wilayah kerja" { target 12_000 }
      |                    ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
--- stdout

=== W043 mistakes/w043-pk: a pk's TW4 target differs from the rkt's annual target (exit 0)
# The folder holds the clean rkt and the pk; the warning is in pk.rkt.
$ rkt check "$ROOT/examples/mistakes/w043-pk"
--- exit 0
--- stderr
$ROOT/examples/mistakes/w043-pk/pk.rkt:31:72: warning[W043]: pk target TW4 11500 of IKU2 differs from the rkt's annual target 12000 in 'RKT_W043'
   31 |     indikator IKU2 { target { TW1: 2_700, TW2: 5_600, TW3: 8_500, TW4: 11_500 } }
      |                                                                        ^~~~~~
--- stdout

=== the exit status of each subfolder, without and with --werror
# 1 for errors; 0 for warnings only, 1 under --werror; 0 for the two clean files.
$ for d in e040-kode-sasaran e040-kode-indikator e041-tahun e042-satuan e042-polaritas \
$          e100-aturan w040-target-kurang w040-keterangan w041-indikator-hilang w041-ditunda \
$          w042-uraian-sasaran w042-uraian-indikator w043-pk; do
$   rkt check "$ROOT/examples/mistakes/$d" 2>/dev/null; a=$?
$   rkt check --werror "$ROOT/examples/mistakes/$d" 2>/dev/null; b=$?
$   printf '%-22s check %s  --werror %s\n' "$d" "$a" "$b"
$ done
--- exit 0
--- stderr
--- stdout
e040-kode-sasaran      check 1  --werror 1
e040-kode-indikator    check 1  --werror 1
e041-tahun             check 1  --werror 1
e042-satuan            check 1  --werror 1
e042-polaritas         check 1  --werror 1
e100-aturan            check 1  --werror 1
w040-target-kurang     check 0  --werror 1
w040-keterangan        check 0  --werror 0
w041-indikator-hilang  check 0  --werror 1
w041-ditunda           check 0  --werror 0
w042-uraian-sasaran    check 0  --werror 1
w042-uraian-indikator  check 0  --werror 1
w043-pk                check 0  --werror 1

=== the shared renstra is clean on its own
$ rkt check --werror "$ROOT/examples/mistakes/renstra.rkt"
--- exit 0
--- stderr
--- stdout

=== --format github, one run per subfolder: one line per diagnostic
# The exit status is the last run's (w043-pk: warnings only).
$ for d in e040-kode-sasaran e040-kode-indikator e041-tahun e042-satuan e042-polaritas \
$          e100-aturan w040-target-kurang w040-keterangan w041-indikator-hilang w041-ditunda \
$          w042-uraian-sasaran w042-uraian-indikator w043-pk; do
$   rkt check --format github "$ROOT/examples/mistakes/$d"
$ done
--- exit 0
--- stderr
--- stdout
::error file=$ROOT/examples/mistakes/e040-kode-sasaran/rkt.rkt,line=27,col=11,endLine=27,endColumn=15,title=E040::sasaran 'SS.2' is not in renstra 'RENSTRA_CONTOH'; did you mean 'SS2'?
::warning file=$ROOT/examples/mistakes/e040-kode-indikator/rkt.rkt,line=29,col=12,endLine=29,endColumn=26,title=W041::indikator IKU2 of renstra 'RENSTRA_CONTOH' (sasaran SS1) is absent from 'RKT_E040_INDIKATOR'; add it, or mark it: indikator IKU2 { ditunda "alasan" }
::error file=$ROOT/examples/mistakes/e040-kode-indikator/rkt.rkt,line=33,col=15,endLine=33,endColumn=20,title=E040::indikator 'IKU02' is not in renstra 'RENSTRA_CONTOH'; did you mean 'IKU2'?
::error file=$ROOT/examples/mistakes/e041-tahun/rkt.rkt,line=24,col=12,endLine=24,endColumn=16,title=E041::tahun 2024 is outside the periode 2025..2029 of renstra 'RENSTRA_CONTOH'
::error file=$ROOT/examples/mistakes/e042-satuan/rkt.rkt,line=27,col=29,endLine=27,endColumn=36,title=E042::satuan 'dokumen' differs from 'sertifikat' of indikator IKU2 in renstra 'RENSTRA_CONTOH'
::error file=$ROOT/examples/mistakes/e042-polaritas/rkt.rkt,line=30,col=32,endLine=30,endColumn=40,title=E042::polaritas maksimal differs from minimal of indikator IKU3 in renstra 'RENSTRA_CONTOH'
::error file=$ROOT/examples/mistakes/e100-aturan/aturan.rkt,line=15,col=8,endLine=15,endColumn=68,title=E100::aturan "Target IKU1 tidak boleh di bawah standar pelayanan minimal" in RKT_E100: target IKU1 (80%25) di bawah standar pelayanan minimal 85%25
::warning file=$ROOT/examples/mistakes/w040-target-kurang/rkt.rkt,line=26,col=29,endLine=26,endColumn=31,title=W040::target 88 of IKU1 falls short of the renstra's 2025 target 90 (polaritas maksimal); explain it with a 'keterangan'
::warning file=$ROOT/examples/mistakes/w041-indikator-hilang/rkt.rkt,line=25,col=12,endLine=25,endColumn=26,title=W041::indikator IKU3 of renstra 'RENSTRA_CONTOH' (sasaran SS2) is absent from 'RKT_W041'; add it, or mark it: indikator IKU3 { ditunda "alasan" }
::warning file=$ROOT/examples/mistakes/w042-uraian-sasaran/rkt.rkt,line=32,col=15,endLine=32,endColumn=87,title=W042::uraian of sasaran SS2 differs from renstra 'RENSTRA_CONTOH': here "Terealisasinya Keterlibatan Masyarakat dalam Pengawasan Perkarantinaan", there "Terealisasinya keterlibatan masyarakat dalam pengawasan perkarantinaan"
::warning file=$ROOT/examples/mistakes/w042-uraian-indikator/rkt.rkt,line=27,col=20,endLine=27,endColumn=78,title=W042::uraian of indikator IKU2 differs from renstra 'RENSTRA_CONTOH': here "Jumlah media pembawa yang diperiksa dalamn wilayah kerja", there "Jumlah media pembawa yang diperiksa dalam wilayah kerja"
::warning file=$ROOT/examples/mistakes/w043-pk/pk.rkt,line=31,col=72,endLine=31,endColumn=78,title=W043::pk target TW4 11500 of IKU2 differs from the rkt's annual target 12000 in 'RKT_W043'

=== --format json over the subfolders with warnings only: valid, with a count
$ cd "$ROOT/examples/mistakes" && rkt check --format json w040-target-kurang w040-keterangan w041-indikator-hilang w041-ditunda w042-uraian-sasaran w042-uraian-indikator w043-pk
--- exit 0
--- stderr
--- stdout
{"format_version":"1.0","valid":true,"error_count":0,"warning_count":5,"diagnostics":[{"severity":"warning","code":"W040","message":"target 88 of IKU1 falls short of the renstra's 2025 target 90 (polaritas maksimal); explain it with a 'keterangan'","file":"w040-target-kurang/rkt.rkt","line":26,"column":29,"end_line":26,"end_column":31},{"severity":"warning","code":"W041","message":"indikator IKU3 of renstra 'RENSTRA_CONTOH' (sasaran SS2) is absent from 'RKT_W041'; add it, or mark it: indikator IKU3 { ditunda \"alasan\" }","file":"w041-indikator-hilang/rkt.rkt","line":25,"column":12,"end_line":25,"end_column":26},{"severity":"warning","code":"W042","message":"uraian of sasaran SS2 differs from renstra 'RENSTRA_CONTOH': here \"Terealisasinya Keterlibatan Masyarakat dalam Pengawasan Perkarantinaan\", there \"Terealisasinya keterlibatan masyarakat dalam pengawasan perkarantinaan\"","file":"w042-uraian-sasaran/rkt.rkt","line":32,"column":15,"end_line":32,"end_column":87},{"severity":"warning","code":"W042","message":"uraian of indikator IKU2 differs from renstra 'RENSTRA_CONTOH': here \"Jumlah media pembawa yang diperiksa dalamn wilayah kerja\", there \"Jumlah media pembawa yang diperiksa dalam wilayah kerja\"","file":"w042-uraian-indikator/rkt.rkt","line":27,"column":20,"end_line":27,"end_column":78},{"severity":"warning","code":"W043","message":"pk target TW4 11500 of IKU2 differs from the rkt's annual target 12000 in 'RKT_W043'","file":"w043-pk/pk.rkt","line":31,"column":72,"end_line":31,"end_column":78}]}

=== E100 fixed bug: --format github over the whole folder drops the static rule's finding
# `rkt check examples/mistakes` loads every subfolder in one run (the plan
# codes are unique, the renstra is loaded once).  Every diagnostic of the
# per-subfolder runs is expected, one line each, in source order.  The bug: the
# E100 of e100-aturan is missing, because static rules are evaluated only
# when the whole run has no error, so the errors of other, unrelated plans
# (E040, E041, E042) hide the finding for RKT_E100, which has none.
$ rkt check --format github "$ROOT/examples/mistakes"
--- exit 1
--- stderr
--- stdout
::warning file=$ROOT/examples/mistakes/e040-kode-indikator/rkt.rkt,line=29,col=12,endLine=29,endColumn=26,title=W041::indikator IKU2 of renstra 'RENSTRA_CONTOH' (sasaran SS1) is absent from 'RKT_E040_INDIKATOR'; add it, or mark it: indikator IKU2 { ditunda "alasan" }
::error file=$ROOT/examples/mistakes/e040-kode-indikator/rkt.rkt,line=33,col=15,endLine=33,endColumn=20,title=E040::indikator 'IKU02' is not in renstra 'RENSTRA_CONTOH'; did you mean 'IKU2'?
::error file=$ROOT/examples/mistakes/e040-kode-sasaran/rkt.rkt,line=27,col=11,endLine=27,endColumn=15,title=E040::sasaran 'SS.2' is not in renstra 'RENSTRA_CONTOH'; did you mean 'SS2'?
::error file=$ROOT/examples/mistakes/e041-tahun/rkt.rkt,line=24,col=12,endLine=24,endColumn=16,title=E041::tahun 2024 is outside the periode 2025..2029 of renstra 'RENSTRA_CONTOH'
::error file=$ROOT/examples/mistakes/e042-polaritas/rkt.rkt,line=30,col=32,endLine=30,endColumn=40,title=E042::polaritas maksimal differs from minimal of indikator IKU3 in renstra 'RENSTRA_CONTOH'
::error file=$ROOT/examples/mistakes/e042-satuan/rkt.rkt,line=27,col=29,endLine=27,endColumn=36,title=E042::satuan 'dokumen' differs from 'sertifikat' of indikator IKU2 in renstra 'RENSTRA_CONTOH'
::error file=$ROOT/examples/mistakes/e100-aturan/aturan.rkt,line=15,col=8,endLine=15,endColumn=68,title=E100::aturan "Target IKU1 tidak boleh di bawah standar pelayanan minimal" in RKT_E100: target IKU1 (80%25) di bawah standar pelayanan minimal 85%25
::warning file=$ROOT/examples/mistakes/w040-target-kurang/rkt.rkt,line=26,col=29,endLine=26,endColumn=31,title=W040::target 88 of IKU1 falls short of the renstra's 2025 target 90 (polaritas maksimal); explain it with a 'keterangan'
::warning file=$ROOT/examples/mistakes/w041-indikator-hilang/rkt.rkt,line=25,col=12,endLine=25,endColumn=26,title=W041::indikator IKU3 of renstra 'RENSTRA_CONTOH' (sasaran SS2) is absent from 'RKT_W041'; add it, or mark it: indikator IKU3 { ditunda "alasan" }
::warning file=$ROOT/examples/mistakes/w042-uraian-indikator/rkt.rkt,line=27,col=20,endLine=27,endColumn=78,title=W042::uraian of indikator IKU2 differs from renstra 'RENSTRA_CONTOH': here "Jumlah media pembawa yang diperiksa dalamn wilayah kerja", there "Jumlah media pembawa yang diperiksa dalam wilayah kerja"
::warning file=$ROOT/examples/mistakes/w042-uraian-sasaran/rkt.rkt,line=32,col=15,endLine=32,endColumn=87,title=W042::uraian of sasaran SS2 differs from renstra 'RENSTRA_CONTOH': here "Terealisasinya Keterlibatan Masyarakat dalam Pengawasan Perkarantinaan", there "Terealisasinya keterlibatan masyarakat dalam pengawasan perkarantinaan"
::warning file=$ROOT/examples/mistakes/w043-pk/pk.rkt,line=31,col=72,endLine=31,endColumn=78,title=W043::pk target TW4 11500 of IKU2 differs from the rkt's annual target 12000 in 'RKT_W043'

=== E100 fixed bug: --format json over the whole folder drops the static rule's finding
# As above: 6 errors (E100 included) and 6 warnings expected.
$ rkt check --format json "$ROOT/examples/mistakes"
--- exit 1
--- stderr
--- stdout
{"format_version":"1.0","valid":false,"error_count":6,"warning_count":6,"diagnostics":[{"severity":"warning","code":"W041","message":"indikator IKU2 of renstra 'RENSTRA_CONTOH' (sasaran SS1) is absent from 'RKT_E040_INDIKATOR'; add it, or mark it: indikator IKU2 { ditunda \"alasan\" }","file":"$ROOT/examples/mistakes/e040-kode-indikator/rkt.rkt","line":29,"column":12,"end_line":29,"end_column":26},{"severity":"error","code":"E040","message":"indikator 'IKU02' is not in renstra 'RENSTRA_CONTOH'; did you mean 'IKU2'?","file":"$ROOT/examples/mistakes/e040-kode-indikator/rkt.rkt","line":33,"column":15,"end_line":33,"end_column":20},{"severity":"error","code":"E040","message":"sasaran 'SS.2' is not in renstra 'RENSTRA_CONTOH'; did you mean 'SS2'?","file":"$ROOT/examples/mistakes/e040-kode-sasaran/rkt.rkt","line":27,"column":11,"end_line":27,"end_column":15},{"severity":"error","code":"E041","message":"tahun 2024 is outside the periode 2025..2029 of renstra 'RENSTRA_CONTOH'","file":"$ROOT/examples/mistakes/e041-tahun/rkt.rkt","line":24,"column":12,"end_line":24,"end_column":16},{"severity":"error","code":"E042","message":"polaritas maksimal differs from minimal of indikator IKU3 in renstra 'RENSTRA_CONTOH'","file":"$ROOT/examples/mistakes/e042-polaritas/rkt.rkt","line":30,"column":32,"end_line":30,"end_column":40},{"severity":"error","code":"E042","message":"satuan 'dokumen' differs from 'sertifikat' of indikator IKU2 in renstra 'RENSTRA_CONTOH'","file":"$ROOT/examples/mistakes/e042-satuan/rkt.rkt","line":27,"column":29,"end_line":27,"end_column":36},{"severity":"error","code":"E100","message":"aturan \"Target IKU1 tidak boleh di bawah standar pelayanan minimal\" in RKT_E100: target IKU1 (80%) di bawah standar pelayanan minimal 85%","file":"$ROOT/examples/mistakes/e100-aturan/aturan.rkt","line":15,"column":8,"end_line":15,"end_column":68},{"severity":"warning","code":"W040","message":"target 88 of IKU1 falls short of the renstra's 2025 target 90 (polaritas maksimal); explain it with a 'keterangan'","file":"$ROOT/examples/mistakes/w040-target-kurang/rkt.rkt","line":26,"column":29,"end_line":26,"end_column":31},{"severity":"warning","code":"W041","message":"indikator IKU3 of renstra 'RENSTRA_CONTOH' (sasaran SS2) is absent from 'RKT_W041'; add it, or mark it: indikator IKU3 { ditunda \"alasan\" }","file":"$ROOT/examples/mistakes/w041-indikator-hilang/rkt.rkt","line":25,"column":12,"end_line":25,"end_column":26},{"severity":"warning","code":"W042","message":"uraian of indikator IKU2 differs from renstra 'RENSTRA_CONTOH': here \"Jumlah media pembawa yang diperiksa dalamn wilayah kerja\", there \"Jumlah media pembawa yang diperiksa dalam wilayah kerja\"","file":"$ROOT/examples/mistakes/w042-uraian-indikator/rkt.rkt","line":27,"column":20,"end_line":27,"end_column":78},{"severity":"warning","code":"W042","message":"uraian of sasaran SS2 differs from renstra 'RENSTRA_CONTOH': here \"Terealisasinya Keterlibatan Masyarakat dalam Pengawasan Perkarantinaan\", there \"Terealisasinya keterlibatan masyarakat dalam pengawasan perkarantinaan\"","file":"$ROOT/examples/mistakes/w042-uraian-sasaran/rkt.rkt","line":32,"column":15,"end_line":32,"end_column":87},{"severity":"warning","code":"W043","message":"pk target TW4 11500 of IKU2 differs from the rkt's annual target 12000 in 'RKT_W043'","file":"$ROOT/examples/mistakes/w043-pk/pk.rkt","line":31,"column":72,"end_line":31,"end_column":78}]}
