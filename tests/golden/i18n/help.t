# Help (docs/cli.md "Help"): `rkt help COMMAND` and `rkt COMMAND --help`
# print that command's synopsis, options and an example, exit 0, for
# every command of CLI.md's table; in Indonesian with --bahasa id or the
# locale.  The two forms print the same bytes (checked with cmp).

=== rkt help: the general help
$ rkt help
--- stdout
usage: rkt COMMAND [OPTIONS] FILE...

commands:
  check FILE...                 parse and check plans, rules and tests
  eval FILE... --data CSV       evaluate realisasi, capaian, roll-ups, rules
  report FILE... --jenis KIND   the documents planners hand in (md, html, xlsx)
  test FILE...                  run the uji blocks
  fmt [-w] [--check] FILE...    canonical layout, every comment kept
  explain FILE... --data CSV CODE
                                show how one value was obtained
  lsp                           a language server on stdin/stdout
  completion bash|zsh|fish      the shell completion script
  help [COMMAND]                this text, or a command's

'rkt help COMMAND' and 'rkt COMMAND --help' show a command's options.

exit status: 0 done, 1 the input has errors, 2 usage error or limit reached

common options:
  -I DIR            add DIR to the rules search path (then RKT_PATH)
  --akar DIR        imports may not leave DIR, except into the rules search path
  --bahasa id|en    the language of messages (default: the locale's)
  --werror          warnings make the exit status 1
  --color WHEN      auto, always or never

=== rkt with no command: the general help, exit 2
$ rkt
--- exit 2

=== rkt help check, and rkt check --help the same
$ rkt help check
$ rkt check --help > b; rkt help check > a; cmp a b && echo "rkt check --help: the same, exit $?"
--- stdout
usage: rkt check [OPTIONS] FILE...

Parses the plans, rules and tests, resolves their imports and runs every
check and every static rule; each finding is a diagnostic with a stable code
(docs/diagnostics.md).

options:
  --format F        human (default), json, github or sarif
  -o FILE           write json, github or sarif to FILE (atomically)

example:
  rkt check examples/bkhit

common options:
  -I DIR            add DIR to the rules search path (then RKT_PATH)
  --akar DIR        imports may not leave DIR, except into the rules search path
  --bahasa id|en    the language of messages (default: the locale's)
  --werror          warnings make the exit status 1
  --color WHEN      auto, always or never
rkt check --help: the same, exit 0

=== rkt help eval, and rkt eval --help the same
$ rkt help eval
$ rkt eval --help > b; rkt help eval > a; cmp a b && echo "rkt eval --help: the same, exit $?"
--- stdout
usage: rkt eval [OPTIONS] FILE... --data CSV [--data CSV...]

Evaluates one rkt or pk plan against its realisation data: realisasi,
target, capaian, roll-ups, predikat and the rules' findings.

options:
  --data CSV        realisation data (repeatable)
  --periode P       2025, 2025-TW2, 2025-S1 or 2025-06 (default: the plan year)
  --rencana CODE    the plan to evaluate, when several are loaded
  --semua           every rkt and pk plan loaded, in one pass over the data
  --format F        table (default), csv, json or md
  --angka id        read data numbers as 25.945 = 25945 and 81,5 = 81.5
  -o FILE           write the results to FILE (atomically)

example:
  rkt eval examples/bkhit --rencana RKT_BKHIT_2025 --data examples/bkhit/realisasi-2025.csv

common options:
  -I DIR            add DIR to the rules search path (then RKT_PATH)
  --akar DIR        imports may not leave DIR, except into the rules search path
  --bahasa id|en    the language of messages (default: the locale's)
  --werror          warnings make the exit status 1
  --color WHEN      auto, always or never
rkt eval --help: the same, exit 0

=== rkt help report, and rkt report --help the same
$ rkt help report
$ rkt report --help > b; rkt help report > a; cmp a b && echo "rkt report --help: the same, exit $?"
--- stdout
usage: rkt report [OPTIONS] FILE... --jenis KIND --format md|html|xlsx -o OUT

Writes a document a planner hands in, from the same source as every check.

options:
  --jenis KIND      rkt, pk, renstra, iku (no data needed), pengukuran or lkj
                    (with --data)
  --format F        md, html or xlsx
  -o OUT            the document (atomically); md may also go to stdout
  --data CSV        realisation data (repeatable)
  --periode P       2025, 2025-TW2, 2025-S1 or 2025-06
  --rencana CODE    the plan, when several are loaded
  --angka-laporan en  numbers as 25,945.5 instead of 25.945,5

example:
  rkt report examples/bkhit --jenis pk --rencana PK_BKHIT_2025 --format html -o pk.html

common options:
  -I DIR            add DIR to the rules search path (then RKT_PATH)
  --akar DIR        imports may not leave DIR, except into the rules search path
  --bahasa id|en    the language of messages (default: the locale's)
  --werror          warnings make the exit status 1
  --color WHEN      auto, always or never
rkt report --help: the same, exit 0

=== rkt help test, and rkt test --help the same
$ rkt help test
$ rkt test --help > b; rkt help test > a; cmp a b && echo "rkt test --help: the same, exit $?"
--- stdout
usage: rkt test [OPTIONS] FILE...

Runs the uji blocks: one line per test, then "N passed, N failed".

options:
  --run PATTERN     only the tests whose name contains PATTERN
  --format F        text (default), json or junit
  -o FILE           write the report to FILE (atomically)

example:
  rkt test examples/bkhit

common options:
  -I DIR            add DIR to the rules search path (then RKT_PATH)
  --akar DIR        imports may not leave DIR, except into the rules search path
  --bahasa id|en    the language of messages (default: the locale's)
  --werror          warnings make the exit status 1
  --color WHEN      auto, always or never
rkt test --help: the same, exit 0

=== rkt help fmt, and rkt fmt --help the same
$ rkt help fmt
$ rkt fmt --help > b; rkt help fmt > a; cmp a b && echo "rkt fmt --help: the same, exit $?"
--- stdout
usage: rkt fmt [-w] [--check] FILE...

Prints the files in the canonical layout, every comment kept on its item;
formatting twice changes nothing.  A file with syntax errors is left as it is.

options:
  -w                rewrite the files in place (atomically)
  --check           list the files that would change, show the diff, exit 1

example:
  rkt fmt --check examples rules

common options:
  -I DIR            add DIR to the rules search path (then RKT_PATH)
  --akar DIR        imports may not leave DIR, except into the rules search path
  --bahasa id|en    the language of messages (default: the locale's)
  --werror          warnings make the exit status 1
  --color WHEN      auto, always or never
rkt fmt --help: the same, exit 0

=== rkt help explain, and rkt explain --help the same
$ rkt help explain
$ rkt explain --help > b; rkt help explain > a; cmp a b && echo "rkt explain --help: the same, exit $?"
--- stdout
usage: rkt explain [OPTIONS] FILE... --data CSV CODE

Shows how one value was obtained: the rows used, the consolidation, the
target, the formula and the result, for an indicator, a sasaran or the plan.

options:
  --data CSV        realisation data (repeatable)
  --periode P       2025, 2025-TW2, 2025-S1 or 2025-06
  --rencana CODE    the plan, when several are loaded

example:
  rkt explain examples/bkhit --rencana RKT_BKHIT_2025 --data examples/bkhit/realisasi-2025.csv IKSP1

common options:
  -I DIR            add DIR to the rules search path (then RKT_PATH)
  --akar DIR        imports may not leave DIR, except into the rules search path
  --bahasa id|en    the language of messages (default: the locale's)
  --werror          warnings make the exit status 1
  --color WHEN      auto, always or never
rkt explain --help: the same, exit 0

=== rkt help lsp, and rkt lsp --help the same
$ rkt help lsp
$ rkt lsp --help > b; rkt help lsp > a; cmp a b && echo "rkt lsp --help: the same, exit $?"
--- stdout
usage: rkt lsp

A language server on stdin and stdout (Content-Length framing, JSON-RPC 2.0):
diagnostics, hover, go to definition, document symbols, formatting and
completion, for an editor to start.

example (editors/ holds a VS Code extension that runs it):
  rkt lsp
rkt lsp --help: the same, exit 0

=== rkt help completion, and rkt completion --help the same
$ rkt help completion
$ rkt completion --help > b; rkt help completion > a; cmp a b && echo "rkt completion --help: the same, exit $?"
--- stdout
usage: rkt completion bash|zsh|fish

Prints the shell completion script: commands, options, the values of
--format and --jenis, and files.  make install puts it where each shell
looks.

example:
  source <(rkt completion bash)
rkt completion --help: the same, exit 0

=== rkt help eval in Indonesian (--bahasa id)
$ rkt help --bahasa id eval
--- stdout
penggunaan: rkt eval [OPSI] BERKAS... --data CSV [--data CSV...]

Mengevaluasi satu rencana rkt atau pk terhadap data realisasinya: realisasi,
target, capaian, agregasi, predikat, dan temuan aturan.

opsi:
  --data CSV        data realisasi (boleh berulang)
  --periode P       2025, 2025-TW2, 2025-S1, atau 2025-06 (bawaan: tahun rencana)
  --rencana KODE    rencana yang dievaluasi, bila beberapa rencana dimuat
  --semua           semua rencana rkt dan pk yang dimuat, dalam satu kali baca data
  --format F        table (bawaan), csv, json, atau md
  --angka id        baca bilangan data sebagai 25.945 = 25945 dan 81,5 = 81.5
  -o BERKAS         tulis hasil ke BERKAS (secara atomik)

contoh:
  rkt eval examples/bkhit --rencana RKT_BKHIT_2025 --data examples/bkhit/realisasi-2025.csv

opsi umum:
  -I DIR            tambahkan DIR ke jalur pencarian aturan (lalu RKT_PATH)
  --akar DIR        impor tidak boleh keluar dari DIR, kecuali ke jalur pencarian aturan
  --bahasa id|en    bahasa pesan (bawaan: bahasa lokal)
  --werror          peringatan membuat status keluar 1
  --color WHEN      auto, always, atau never

=== rkt eval --help under LANG=C.UTF-8 LANGUAGE=id: the Indonesian of rkt help --bahasa id eval
$ LANG=C.UTF-8 LANGUAGE=id rkt eval --help > a; rkt help --bahasa id eval > b; cmp a b && head -1 a
--- stdout
penggunaan: rkt eval [OPSI] BERKAS... --data CSV [--data CSV...]

=== rkt help in Indonesian
$ rkt help --bahasa id
--- stdout
penggunaan: rkt PERINTAH [OPSI] BERKAS...

perintah:
  check BERKAS...               urai dan periksa rencana, aturan, dan uji
  eval BERKAS... --data CSV     evaluasi realisasi, capaian, agregasi, aturan
  report BERKAS... --jenis JENIS  dokumen yang diserahkan perencana (md, html, xlsx)
  test BERKAS...                jalankan blok uji
  fmt [-w] [--check] BERKAS...  tata letak baku, setiap komentar dipertahankan
  explain BERKAS... --data CSV KODE
                                tunjukkan cara satu nilai diperoleh
  lsp                           server bahasa pada stdin/stdout
  completion bash|zsh|fish      skrip pelengkapan shell
  help [PERINTAH]               teks ini, atau bantuan sebuah perintah

'rkt help PERINTAH' dan 'rkt PERINTAH --help' menampilkan opsi sebuah perintah.

status keluar: 0 selesai, 1 masukan mengandung galat, 2 galat penggunaan atau batas tercapai

opsi umum:
  -I DIR            tambahkan DIR ke jalur pencarian aturan (lalu RKT_PATH)
  --akar DIR        impor tidak boleh keluar dari DIR, kecuali ke jalur pencarian aturan
  --bahasa id|en    bahasa pesan (bawaan: bahasa lokal)
  --werror          peringatan membuat status keluar 1
  --color WHEN      auto, always, atau never

=== -h is --help
$ rkt check -h > a; rkt help check > b; cmp a b && echo same
--- stdout
same

=== --help wins over missing FILE arguments
$ rkt eval --help > /dev/null; echo "exit $?"
--- stdout
exit 0

=== an unknown help topic is a usage error
$ rkt help frobnicate
--- exit 2
--- stderr
rkt: no command 'frobnicate'; the commands are check, eval, report, test, fmt, explain, lsp and completion

=== the examples of check, eval, test and explain run on the repository (exit 0)
$ cd $ROOT && for c in check eval test explain; do ex=$(rkt help $c | sed -n '/^example/{n;s/^  rkt //p;}'); eval "rkt $ex" > /dev/null 2>&1; echo "$c: exit $?"; done
--- stdout
check: exit 0
eval: exit 0
test: exit 0
explain: exit 0

=== the man page has a synopsis line for every command of the table
$ for c in check eval report test fmt explain lsp completion help; do grep -q "^\.B rkt $c\$" $ROOT/docs/rkt.1 && echo "$c: in rkt.1"; done
--- stdout
check: in rkt.1
eval: in rkt.1
report: in rkt.1
test: in rkt.1
fmt: in rkt.1
explain: in rkt.1
lsp: in rkt.1
completion: in rkt.1
help: in rkt.1
