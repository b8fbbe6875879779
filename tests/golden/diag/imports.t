# Golden tests of the imports family (E020, E021 and the E002 for imports
# nested too deep).  Catalogue: docs/diagnostics.md.  Format:
# tests/golden/run.sh.  Cases titled "fixed bug" keep a fixed bug from
# coming back; their comment says what went wrong.

=== E020 an import cycle of two files names the cycle
$ rkt check rkt.rkt
--- rkt.rkt
impor "renstra.rkt"
satuan persen : persen
rkt R "Rencana" {
  tahun   2025
  mengacu S
  sasaran SP1 { indikator I1 { target 50 } }
}
--- renstra.rkt
impor "rkt.rkt"
renstra S "Renstra" {
  periode 2025..2029
  sasaran SP1 "Sasaran" { indikator I1 "Satu" { satuan persen target { 2025: 50 } } }
}
--- exit 1
--- stderr
renstra.rkt:1:7: error[E020]: import cycle: rkt.rkt -> renstra.rkt -> rkt.rkt; move what both files need into a third module
    1 | impor "rkt.rkt"
      |       ^~~~~~~~~

=== E020 a file that imports itself
$ rkt check main.rkt
--- main.rkt
impor "main.rkt"
satuan persen : persen
aturan "a" { jika 1 > 0 maka info "x" }
--- exit 1
--- stderr
main.rkt:1:7: error[E020]: import cycle: main.rkt -> main.rkt; move what both files need into a third module
    1 | impor "main.rkt"
      |       ^~~~~~~~~~
main.rkt:2:8: warning[W003]: satuan 'persen' is declared but never used
    2 | satuan persen : persen
      |        ^~~~~~

=== E020 fixed bug: a cycle through a subdirectory names its first file two ways
# The cycle starts and ends at a.rkt; the message should show it as such,
# not as 'lib/../a.rkt'.
$ rkt check a.rkt
--- a.rkt
impor "lib/b.rkt"
--- lib/b.rkt
impor "c.rkt"
--- lib/c.rkt
impor "../a.rkt"
--- exit 1
--- stderr
lib/c.rkt:1:7: error[E020]: import cycle: a.rkt -> lib/b.rkt -> lib/c.rkt -> a.rkt; move what both files need into a third module
    1 | impor "../a.rkt"
      |       ^~~~~~~~~~

=== E020 two files importing a third is not a cycle
$ rkt check a.rkt b.rkt
--- a.rkt
impor "satuan.rkt"
impor "b.rkt"
--- b.rkt
impor "satuan.rkt"
--- satuan.rkt
satuan persen : persen
aturan "Pakai" { jika 1 > 0 maka info "x" }
--- exit 0
--- stderr
satuan.rkt:1:8: warning[W003]: satuan 'persen' is declared but never used
    1 | satuan persen : persen
      |        ^~~~~~

=== E021 a module or a file that cannot be found
$ rkt check main.rkt
--- main.rkt
impor "sakipp"
impor "renstra-2025.rkt"
impor ""
impor "lib/"
--- lib/kosong.txt
--- exit 1
--- stderr
main.rkt:1:7: error[E021]: module 'sakipp' not found in the rules search path (-I DIR, RKT_PATH, /usr/local/share/rkt/rules)
    1 | impor "sakipp"
      |       ^~~~~~~~
main.rkt:2:7: error[E021]: cannot read 'renstra-2025.rkt': No such file or directory
    2 | impor "renstra-2025.rkt"
      |       ^~~~~~~~~~~~~~~~~~
main.rkt:3:1: error[E021]: impor needs a module name or a file path
    3 | impor ""
      | ^~~~~~~~
main.rkt:4:7: error[E035]: 'lib/' does not end in .rkt: impor takes a module name (impor "sakip") or the path of a .rkt file relative to this file
    4 | impor "lib/"
      |       ^~~~~~

=== E021 a module found with -I, and one not found there
$ rkt check -I modul main.rkt
--- main.rkt
impor "satuan_lokal"
impor "satuan_lain"
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" { indikator I1 "Satu" { satuan lokal target 5 } }
}
--- modul/satuan_lokal.rkt
satuan lokal : cacah
--- exit 1
--- stderr
main.rkt:2:7: error[E021]: module 'satuan_lain' not found in the rules search path (-I DIR, RKT_PATH, /usr/local/share/rkt/rules)
    2 | impor "satuan_lain"
      |       ^~~~~~~~~~~~~

=== E021 errors in an imported file are reported in that file
$ rkt check main.rkt
--- main.rkt
impor "satuan.rkt"
aturan "a" { jika 1 > 0 maka info "x" }
--- satuan.rkt
satuan persen : persen;
--- exit 1
--- stderr
satuan.rkt:1:23: error[E001]: unexpected character ';'; items need no terminator
    1 | satuan persen : persen;
      |                       ^

=== E002 imports nested deeper than 64 files (exit 2)
$ i=0; while [ $i -lt 64 ]; do printf 'impor "f%d.rkt"\n' $((i+1)) > f$i.rkt; i=$((i+1)); done
$ printf 'satuan x : cacah\n' > f64.rkt
$ rkt check f0.rkt 2>&1 | head -n 1; rkt check f0.rkt 2>/dev/null
--- exit 2
--- stdout
f63.rkt:1:7: error[E002]: imports nested deeper than 64 files

=== E002 fixed bug: imports nested too deep are located in the file that is not loaded
# The error belongs to the impor that goes one level too deep (f63.rkt,
# line 1), not to line 1 of f64.rkt, which is never parsed.
$ i=0; while [ $i -lt 64 ]; do printf 'impor "f%d.rkt"\n' $((i+1)) > f$i.rkt; i=$((i+1)); done
$ printf 'satuan x : cacah\n' > f64.rkt
$ rkt check f0.rkt
--- exit 2
--- stderr
f63.rkt:1:7: error[E002]: imports nested deeper than 64 files
    1 | impor "f64.rkt"
      |       ^~~~~~~~~

=== E002 fixed bug: an import of a device that never ends (/dev/zero) reads forever
# Found by make fuzz-long: the loader read until the end of the file, which
# /dev/zero never reaches.  A source file is read up to its limit.
$ rkt check main.rkt 2>err; st=$?; head -n 1 err; exit $st
--- main.rkt
impor "/dev/zero"
--- exit 1
--- stdout
main.rkt:1:7: error[E035]: impor takes a module name or a path relative to this file, not the absolute path '/dev/zero'

