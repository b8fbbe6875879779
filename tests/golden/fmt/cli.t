# Golden cases of the `rkt fmt` command (docs/cli.md "fmt"): a file of
# shuffled spacing and comments, --check and its diff, -w, syntax errors.
# The format is described in tests/golden/run.sh.

=== a file of shuffled spacing and comments formats to the canonical text, every comment kept
# The six comments of the input are all in the output, in order; then
# formatting the output again changes nothing (--check exits 0).
$ rkt fmt shuffled.rkt > out.rkt && cat out.rkt && grep -c "#" shuffled.rkt out.rkt && rkt fmt --check out.rkt
--- shuffled.rkt
   # units
satuan   persen:persen      satuan kasus :   cacah # counted
skala MUTU{A"Baik":>90
   B    "Cukup" :>=   0   }



      rkt  R_2025    "Rencana"{tahun 2025 predikat    MUTU
# the only sasaran
sasaran S1 "Layanan" {  bobot 2
      indikator K1 "Jumlah" { satuan kasus target{TW1:100,TW2:250 TW3 : 400,TW4:500,} }   # cumulative
  indikator K2 "Persen" {satuan persen
polaritas minimal    konsolidasi rata target 10
   realisasi=(a+b)*(c)   # derived
}
     }}
  # the end
--- stdout
# units
satuan persen : persen
satuan kasus  : cacah  # counted

skala MUTU {
  A "Baik"  : > 90
  B "Cukup" : >= 0
}

rkt R_2025 "Rencana" {
  tahun    2025
  predikat MUTU
  # the only sasaran
  sasaran S1 "Layanan" {
    bobot 2
    indikator K1 "Jumlah" { satuan kasus  target { TW1: 100, TW2: 250, TW3: 400, TW4: 500 } }  # cumulative
    indikator K2 "Persen" {
      satuan      persen
      polaritas   minimal
      konsolidasi rata
      target      10
      realisasi   = (a + b) * c  # derived
    }
  }
}
# the end
shuffled.rkt:6
out.rkt:6

=== --check lists the files that would change, prints the unified diff and exits 1
# (the diff's lines are shown behind "| ": a line starting "--- " would
# begin a section of this file)
$ rkt fmt --check good.rkt bad.rkt > diff; st=$?; sed 's/^/| /' diff; exit $st
--- good.rkt
satuan a : cacah
--- bad.rkt
satuan a : cacah
rkt R "r" {
    tahun 2025
  target_dummy 25945
}
--- exit 1
--- stderr
rkt: bad.rkt is not formatted
--- stdout
| --- a/bad.rkt
| +++ b/bad.rkt
| @@ -1,5 +1,3 @@
|  satuan a : cacah
| -rkt R "r" {
| -    tahun 2025
| -  target_dummy 25945
| -}
| +
| +rkt R "r" { tahun 2025  target_dummy 25_945 }

=== --check of formatted files and a directory says nothing and exits 0
$ mkdir -p d/e && rkt fmt a.rkt > d/e/x.rkt && rkt fmt --check d
--- a.rkt
satuan    a : cacah
--- stdout
--- stderr

=== -w rewrites the files that change, atomically, keeping their mode
$ chmod 640 a.rkt && rkt fmt -w a.rkt b.rkt && cat a.rkt b.rkt && stat -c %a a.rkt && ls
--- a.rkt
satuan    a : cacah
--- b.rkt
satuan b : cacah
--- stdout
satuan a : cacah
satuan b : cacah
640
a.rkt
b.rkt

=== -w refuses a file with several hard links (exit 2), as -o does, and leaves it as it was
$ ln a.rkt b.rkt; rkt fmt -w a.rkt; echo "status $?"; cat a.rkt
--- a.rkt
satuan    a : cacah
--- stdout
status 2
satuan    a : cacah
--- stderr
rkt: cannot write 'a.rkt': it has 2 hard links, and replacing it would leave the others with the old content; nothing written

=== -w through a symlink replaces its target and keeps the link
$ ln -s real.rkt link.rkt && rkt fmt -w link.rkt && cat real.rkt && test -L link.rkt && echo link
--- real.rkt
satuan    a : cacah
--- stdout
satuan a : cacah
link

=== a file with syntax errors is left untouched: its errors printed, exit 1
$ cp bad.rkt before.rkt; rkt fmt -w bad.rkt good.rkt; echo "status $?"; cmp bad.rkt before.rkt && echo untouched; cat good.rkt
--- bad.rkt
satuan   a : cacah
rkt R "r" { tahun 2025 sasaran S1 "s" {
--- good.rkt
satuan    g : cacah
--- stdout
status 1
untouched
satuan g : cacah
--- stderr
bad.rkt:3:1: error[E009]: unexpected end of file, expected one of: 'satuan', 'tujuan', 'program', 'sasaran', 'kegiatan', 'subkegiatan', 'indikator', name, '}'; the '{' opened at line 2, column 39 is not closed
    3 |
      | ^

=== stdin with -, to stdout; -w and --check together are a usage error
$ printf "satuan  a:cacah\n" | rkt fmt -; rkt fmt -w --check x.rkt; echo "status $?"
--- stdout
satuan a : cacah
status 2
--- stderr
rkt: fmt takes -w or --check, not both

=== fmt needs a FILE
$ rkt fmt
--- exit 2
--- stderr
rkt: fmt needs at least one FILE or directory; try 'rkt help fmt'

=== the diff of --check: hunks of three lines of context, a file without its last newline
# Lines 1 and 14 and the last change (the satuan run's alignment, the
# number's grouping, the newline added); 2 to 13 are the same, more than
# twice the context apart: two hunks, as diff -u makes them.
$ printf 'satuan a : cacah\nsatuan bb : cacah\n\nrkt R "r" {\n  tahun 2025\n  sasaran S1 "s" {\n    indikator I1 "i" {\n      satuan    a\n      target    1\n      bobot     1\n      batas     100\n      polaritas maksimal\n    }\n    indikator I2 "i" { target 1000 }\n  }\n}' > a.rkt; rkt fmt --check a.rkt > diff; st=$?; sed 's/^/| /' diff; exit $st
--- exit 1
--- stderr
rkt: a.rkt is not formatted
--- stdout
| --- a/a.rkt
| +++ b/a.rkt
| @@ -1,4 +1,4 @@
| -satuan a : cacah
| +satuan a  : cacah
|  satuan bb : cacah
|  
|  rkt R "r" {
| @@ -11,6 +11,6 @@
|        batas     100
|        polaritas maksimal
|      }
| -    indikator I2 "i" { target 1000 }
| +    indikator I2 "i" { target 1_000 }
|    }
| -}
| \ No newline at end of file
| +}
