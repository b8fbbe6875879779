# Golden tests of what `impor` may read (LANGUAGE.md §2): a module name, or
# a path relative to the importing file that ends in .rkt (E035), inside
# --akar DIR when it is given (E036), to a regular file of UTF-8 text
# (E037, E021, E002 at the string); and the FILE arguments that are not
# text (E037 naming the file).  Catalogue: docs/diagnostics.md.  Format:
# tests/golden/run.sh.  Cases titled "fixed bug" keep a fixed bug from
# coming back; their comment says what went wrong.

=== E035 fixed bug: impor "/proc/self/environ" printed the environment
# The file was parsed, and every syntax error showed up to 200 characters
# of it: the secrets of a CI job's environment, in its log.  An absolute
# path is refused at the string, before anything is read.
$ RKT_RAHASIA=jangan-tampil rkt check main.rkt
--- main.rkt
impor "/proc/self/environ"
--- exit 1
--- stderr
main.rkt:1:7: error[E035]: impor takes a module name or a path relative to this file, not the absolute path '/proc/self/environ'
    1 | impor "/proc/self/environ"
      |       ^~~~~~~~~~~~~~~~~~~~

=== E035 fixed bug: an absolute path to a .rkt file was imported
# The path is written into the file by the case, so only the first line
# of the message is compared (its caret depends on the path's length).
$ printf 'impor "%s/satuan.rkt"\n' "$PWD" > main.rkt
$ rkt check main.rkt 2>err; st=$?; head -n 1 err; exit $st
--- satuan.rkt
satuan persen : persen
--- exit 1
--- stdout
main.rkt:1:7: error[E035]: impor takes a module name or a path relative to this file, not the absolute path '$CASEDIR/satuan.rkt'

=== E035 fixed bug: a path that does not end in .rkt was read as a plan
# data/catatan.txt happens to parse, so it was loaded like a .rkt file;
# ../../proc/self/environ is the environment again, by a relative path.
$ rkt check main.rkt
--- main.rkt
impor "data/catatan.txt"
impor "../../../../../../../../proc/self/environ"
impor "satuan.rkt.bak"
--- data/catatan.txt
satuan persen : persen
--- satuan.rkt.bak
satuan persen : persen
--- exit 1
--- stderr
main.rkt:1:7: error[E035]: 'data/catatan.txt' does not end in .rkt: impor takes a module name (impor "sakip") or the path of a .rkt file relative to this file
    1 | impor "data/catatan.txt"
      |       ^~~~~~~~~~~~~~~~~~
main.rkt:2:7: error[E035]: '../../../../../../../../proc/self/environ' does not end in .rkt: impor takes a module name (impor "sakip") or the path of a .rkt file relative to this file
    2 | impor "../../../../../../../../proc/self/environ"
      |       ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
main.rkt:3:7: error[E035]: 'satuan.rkt.bak' does not end in .rkt: impor takes a module name (impor "sakip") or the path of a .rkt file relative to this file
    3 | impor "satuan.rkt.bak"
      |       ^~~~~~~~~~~~~~~~

=== E021 a name with no '/' and no .rkt is a module, with a hint when it looks like a file
# "catatan.txt" is a module name (LANGUAGE.md §2): it is looked up as
# catatan.txt.rkt on the search path, never read beside the importer.
$ rkt check main.rkt
--- main.rkt
impor "catatan.txt"
--- catatan.txt
satuan persen : persen
--- exit 1
--- stderr
main.rkt:1:7: error[E021]: module 'catatan.txt' not found in the rules search path (-I DIR, RKT_PATH, /usr/local/share/rkt/rules); a file is imported by its path, which ends in .rkt
    1 | impor "catatan.txt"
      |       ^~~~~~~~~~~~~

=== E037 fixed bug: importing a binary .rkt file showed its bytes
# The scanner reported an error per stray byte, each with a snippet of
# the file.  A file that is not UTF-8 text is one error at the string;
# nothing of it is shown, only where it stops being text.
$ printf '\177ELF\002\001\001\000\000\000\000\000\000\000\000\000\003\000>\000' > modul.rkt
$ rkt check main.rkt
--- main.rkt
impor "modul.rkt"
--- exit 1
--- stderr
main.rkt:1:7: error[E037]: cannot import 'modul.rkt': it is not UTF-8 text (a NUL byte at line 1, column 8, and 10 more); a .rkt file is text saved as UTF-8
    1 | impor "modul.rkt"
      |       ^~~~~~~~~~~

=== E037 an import saved in Windows-1252 is refused with the place of the first stray byte
$ printf 'satuan persen : persen\n# Kepala \223Balai\224\n' > satuan.rkt
$ rkt check main.rkt
--- main.rkt
impor "satuan.rkt"
--- exit 1
--- stderr
main.rkt:1:7: error[E037]: cannot import 'satuan.rkt': it is not UTF-8 text (a byte that is not UTF-8 at line 2, column 10, and 1 more); a .rkt file is text saved as UTF-8
    1 | impor "satuan.rkt"
      |       ^~~~~~~~~~~~

=== E037 an import saved as UTF-16
$ printf '\377\376s\000a\000t\000u\000a\000n\000' > satuan.rkt
$ rkt check main.rkt
--- main.rkt
impor "satuan.rkt"
--- exit 1
--- stderr
main.rkt:1:7: error[E037]: cannot import 'satuan.rkt': it is UTF-16 text, not UTF-8; save it as UTF-8
    1 | impor "satuan.rkt"
      |       ^~~~~~~~~~~~

=== E037 fixed bug: a .rkt symlink to /proc/self/environ showed the environment
# The symlink's name ends in .rkt, so the path is accepted; the file is
# not text (NUL-separated), so nothing of it is shown.  env -i keeps the
# environment, and so the message, the same on every machine.
$ ln -s /proc/self/environ env.rkt
$ env -i A=1 B=2 "$RKT" check main.rkt
--- main.rkt
impor "env.rkt"
--- exit 1
--- stderr
main.rkt:1:7: error[E037]: cannot import 'env.rkt': it is not UTF-8 text (a NUL byte at line 1, column 4, and 1 more); a .rkt file is text saved as UTF-8
    1 | impor "env.rkt"
      |       ^~~~~~~~~

=== E021 fixed bug: importing a FIFO waited forever for a writer
$ mkfifo pipa.rkt
$ rkt check main.rkt
--- main.rkt
impor "pipa.rkt"
--- exit 1
--- stderr
main.rkt:1:7: error[E021]: cannot read 'pipa.rkt': not a regular file (a pipe, socket or device); impor takes a .rkt file
    1 | impor "pipa.rkt"
      |       ^~~~~~~~~~

=== E021 a .rkt symlink to a device is not read
$ ln -s /dev/zero nol.rkt
$ rkt check main.rkt
--- main.rkt
impor "nol.rkt"
--- exit 1
--- stderr
main.rkt:1:7: error[E021]: cannot read 'nol.rkt': not a regular file (a pipe, socket or device); impor takes a .rkt file
    1 | impor "nol.rkt"
      |       ^~~~~~~~~

=== E002 fixed bug: an import over the size limit showed its first line
# The E002 was located in the imported file, at 1:1, with a snippet of
# it.  It is at the string of the impor now (exit 2 as before).
$ truncate -s 65M besar.rkt
$ rkt check main.rkt
--- main.rkt
impor "besar.rkt"
--- exit 2
--- stderr
main.rkt:1:7: error[E002]: 'besar.rkt' has more than 67108864 bytes, the limit for one file; split it into modules
    1 | impor "besar.rkt"
      |       ^~~~~~~~~~~

=== E036 fixed bug: --akar DIR did not exist; an import leaving it by ../ is refused
$ rkt check --akar unit unit/rkt.rkt
--- unit/rkt.rkt
impor "../luar.rkt"
impor "satuan.rkt"
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" { indikator I1 "Satu" { satuan persen target 5 } }
}
--- unit/satuan.rkt
satuan persen : persen
--- luar.rkt
satuan rahasia : angka
--- exit 1
--- stderr
unit/rkt.rkt:1:7: error[E036]: '../luar.rkt' leads outside the folder imports are confined to (--akar unit, symlinks resolved); import files inside it, or modules of the rules search path
    1 | impor "../luar.rkt"
      |       ^~~~~~~~~~~~~

=== E036 a symlink inside the root that points outside it, to a file or to a folder
$ ln -s ../luar/satuan.rkt unit/tautan.rkt
$ ln -s ../luar unit/map
$ rkt check --akar unit unit/rkt.rkt
--- unit/rkt.rkt
impor "tautan.rkt"
impor "map/satuan.rkt"
--- luar/satuan.rkt
satuan rahasia : angka
--- exit 1
--- stderr
unit/rkt.rkt:1:7: error[E036]: 'tautan.rkt' leads outside the folder imports are confined to (--akar unit, symlinks resolved); import files inside it, or modules of the rules search path
    1 | impor "tautan.rkt"
      |       ^~~~~~~~~~~~
unit/rkt.rkt:2:7: error[E036]: 'map/satuan.rkt' leads outside the folder imports are confined to (--akar unit, symlinks resolved); import files inside it, or modules of the rules search path
    2 | impor "map/satuan.rkt"
      |       ^~~~~~~~~~~~~~~~

=== E036 a missing file outside the root is refused like an existing one
# So an import cannot tell which files exist outside the root; inside it
# a missing file is the usual E021.
$ rkt check --akar unit unit/rkt.rkt
--- unit/rkt.rkt
impor "../tidak-ada.rkt"
impor "tidak-ada.rkt"
--- exit 1
--- stderr
unit/rkt.rkt:1:7: error[E036]: '../tidak-ada.rkt' leads outside the folder imports are confined to (--akar unit, symlinks resolved); import files inside it, or modules of the rules search path
    1 | impor "../tidak-ada.rkt"
      |       ^~~~~~~~~~~~~~~~~~
unit/rkt.rkt:2:7: error[E021]: cannot read 'unit/tidak-ada.rkt': No such file or directory
    2 | impor "tidak-ada.rkt"
      |       ^~~~~~~~~~~~~~~

=== E036 with --akar, the rules search path stays open: a module, and a path into -I DIR
$ rkt check --akar unit -I lib unit/rkt.rkt
--- unit/rkt.rkt
impor "sakip"
impor "../lib/lokal.rkt"
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" { indikator I1 "Satu" { satuan lokal target 5 } }
}
--- lib/lokal.rkt
satuan lokal : persen
--- exit 0
--- stderr

=== E036 a symlink whose target stays inside the root is followed
$ ln -s ../bersama/satuan.rkt unit/a/satuan.rkt
$ rkt check --akar unit unit/a/rkt.rkt
--- unit/a/rkt.rkt
impor "satuan.rkt"
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" { indikator I1 "Satu" { satuan persen target 5 } }
}
--- unit/bersama/satuan.rkt
satuan persen : persen
--- exit 0
--- stderr

=== --akar naming no folder is a usage error
$ rkt check --akar tidak-ada main.rkt; echo "exit $?"; rkt check --akar main.rkt main.rkt
--- main.rkt
satuan persen : persen
--- exit 2
--- stdout
exit 2
--- stderr
rkt: --akar 'tidak-ada': No such file or directory
rkt: --akar 'main.rkt': Not a directory

=== E037 fixed bug: a FILE argument that is not text gave 200 errors and snippets of it
# An argument that is a binary (here the rkt executable itself) is one
# error naming it, not parsed, and the other files are still checked;
# exit 1, an input error, as for any other.
$ cp "$RKT" program.rkt
$ rkt check program.rkt main.rkt > out 2>&1; st=$?
$ sed 's/column [0-9]*, and [0-9]* more/column C, and N more/' out; exit $st
--- main.rkt
satuan persen : persen
--- exit 1
--- stdout
rkt: error[E037]: 'program.rkt' is not UTF-8 text (a NUL byte at line 1, column C, and N more): a .rkt file is text saved as UTF-8; nothing of it was read
main.rkt:1:8: warning[W003]: satuan 'persen' is declared but never used
    1 | satuan persen : persen
      |        ^~~~~~

=== E037 a FILE argument saved as UTF-16, in every format
$ printf '\377\376s\000a\000t\000u\000a\000n\000' > satuan.rkt
$ rkt check satuan.rkt; rkt check --format json satuan.rkt; rkt check --format github satuan.rkt
--- exit 1
--- stdout
{"format_version":"1.0","valid":false,"error_count":1,"warning_count":0,"diagnostics":[{"severity":"error","code":"E037","message":"'satuan.rkt' is UTF-16 text, not UTF-8: save it as UTF-8; nothing of it was read","file":"satuan.rkt","line":0,"column":0,"end_line":0,"end_column":0}]}
::error file=satuan.rkt,title=E037::'satuan.rkt' is UTF-16 text, not UTF-8: save it as UTF-8; nothing of it was read
--- stderr
rkt: error[E037]: 'satuan.rkt' is UTF-16 text, not UTF-8: save it as UTF-8; nothing of it was read

=== E007 a FILE argument with a few stray bytes is shown where they stand
# Up to 8 bytes that are not text are the author's typos, each reported
# with its line (E007); more, and the file is not text at all (E037).
$ printf 'satuan persen : persen  # Kepala \223Balai\224\n' > satuan.rkt
$ awk 'BEGIN { for (i = 0; i < 9; i++) printf "# \223\n" }' > banyak.rkt
$ rkt check satuan.rkt banyak.rkt
--- exit 1
--- stderr
satuan.rkt:1:34: error[E007]: invalid UTF-8 byte 0x93 in a comment; files are UTF-8
    1 | satuan persen : persen  # Kepala �Balai�
      |                                  ^
rkt: error[E037]: 'banyak.rkt' is not UTF-8 text (a byte that is not UTF-8 at line 1, column 3, and 8 more): a .rkt file is text saved as UTF-8; nothing of it was read
