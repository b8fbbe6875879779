# Golden tests: nothing taken from input reaches a terminal, a log, a
# spreadsheet or a Markdown page as a command (CLI.md, Diagnostics and
# `eval` output).  The fixture escaping/main.rkt holds uraian, a plan
# title, a rule name and an interpolated rule message with line breaks,
# tabs, the C1 controls NEL and CSI, `|`, `<`, `>`, `&`, `\`, and uraian
# that start as a spreadsheet formula would (=, +, -, @, tab); the data
# give negative numbers.  Each case failed before the escaper
# (src/out/escape.h): the table and md turned controls into spaces or
# wrote C1 raw, csv wrote formulas, md wrote `<b>` as markup, JSON wrote
# C1 raw, the test reports wrote file and test names raw.  Format:
# tests/golden/run.sh.

=== eval table: control characters from input (line break, tab, NEL, CSI) are shown escaped, never written raw
$ sed "s/<NEL>/$(printf '\302\205')/; s/<CSI>/$(printf '\302\233')/" $ROOT/tests/golden/defects/escaping/main.rkt > main.rkt
$ rkt eval main.rkt --data $ROOT/tests/golden/defects/escaping/d.csv --format table
--- stdout
S1  Layanan\nbaris dua  capaian 30.83
Kode  Uraian                      Satuan  Target  Realisasi  Capaian %  Predikat
I1    =HYPERLINK("http://x","kl…  buah       100         10         10  -
I2    +1|a<b>&c\d                 skor        50         -5        -10  -
I3    -2 awal\x85akhir \x9b31mm…  buah        10          5         50  -
I4    @SUM(A1:A9)                 skor        10      -0.50         -5  -
I5    \tTab di depan              buah        10          5         50  -
I6    Biasa, aman                 buah        10          9         90  -

Capaian R (2025): 30.83

Temuan:
peringatan  I1 rendah: =HYPERLINK("http://x","klik")  (main.rkt:7)
peringatan  I2 rendah: +1|a<b>&c\d  (main.rkt:7)
peringatan  I3 rendah: -2 awal\x85akhir \x9b31mmerah  (main.rkt:7)
peringatan  I4 rendah: @SUM(A1:A9)  (main.rkt:7)
peringatan  I5 rendah: \tTab di depan  (main.rkt:7)

=== eval md: `|` and backslash escaped, `<`, `>`, `&` as entities, controls shown escaped: no text of a plan becomes markup
$ sed "s/<NEL>/$(printf '\302\205')/; s/<CSI>/$(printf '\302\233')/" $ROOT/tests/golden/defects/escaping/main.rkt > main.rkt
$ rkt eval main.rkt --data $ROOT/tests/golden/defects/escaping/d.csv --format md
--- stdout
# R — Rencana &lt;x&gt; &amp; \| y (2025)

## S1 — Layanan\nbaris dua

| Kode | Uraian | Satuan | Target | Realisasi | Capaian % | Predikat |
|---|---|---|--:|--:|--:|---|
| I1 | =HYPERLINK("http://x","klik") | buah | 100 | 10 | 10 | - |
| I2 | +1\|a&lt;b&gt;&amp;c\\d | skor | 50 | -5 | -10 | - |
| I3 | -2 awal\x85akhir \x9b31mmerah | buah | 10 | 5 | 50 | - |
| I4 | @SUM(A1:A9) | skor | 10 | -0.50 | -5 | - |
| I5 | \tTab di depan | buah | 10 | 5 | 50 | - |
| I6 | Biasa, aman | buah | 10 | 9 | 90 | - |

Capaian S1: 30.83

**Capaian R (2025): 30.83**

## Temuan

- **peringatan** I1 rendah: =HYPERLINK("http://x","klik") — *Rendah &lt;b&gt;\|\tperiksa* (main.rkt:7)
- **peringatan** I2 rendah: +1\|a&lt;b&gt;&amp;c\\d — *Rendah &lt;b&gt;\|\tperiksa* (main.rkt:7)
- **peringatan** I3 rendah: -2 awal\x85akhir \x9b31mmerah — *Rendah &lt;b&gt;\|\tperiksa* (main.rkt:7)
- **peringatan** I4 rendah: @SUM(A1:A9) — *Rendah &lt;b&gt;\|\tperiksa* (main.rkt:7)
- **peringatan** I5 rendah: \tTab di depan — *Rendah &lt;b&gt;\|\tperiksa* (main.rkt:7)

=== eval csv: a text field starting with =, +, -, @ or a tab gets a leading ', quoted as CSV needs; negative numbers stay numbers
# I1 keeps its quotes doubled inside the quoted field; I5's tab stays a
# tab (a cell may hold one) after the '; -5 and -0.5 are numbers.  The
# C1 controls of I3 are shown escaped.
$ sed "s/<NEL>/$(printf '\302\205')/; s/<CSI>/$(printf '\302\233')/" $ROOT/tests/golden/defects/escaping/main.rkt > main.rkt
$ rkt eval main.rkt --data $ROOT/tests/golden/defects/escaping/d.csv --format csv
--- stdout
kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat,pelaksana,jenis,anggaran,realisasi_anggaran,serapan
I1,S1,"'=HYPERLINK(""http://x"",""klik"")",buah,maksimal,jumlah,100,10,10,,,indikator,,,
I2,S1,'+1|a<b>&c\d,skor,maksimal,jumlah,50,-5,-10,,,indikator,,,
I3,S1,'-2 awal\x85akhir \x9b31mmerah,buah,maksimal,jumlah,10,5,50,,,indikator,,,
I4,S1,'@SUM(A1:A9),skor,maksimal,terakhir,10,-0.5,-5,,,indikator,,,
I5,S1,'	Tab di depan,buah,maksimal,jumlah,10,5,50,,,indikator,,,
I6,S1,"Biasa, aman",buah,maksimal,jumlah,10,9,90,,,indikator,,,

=== eval --semua csv: the same rule for every plan's rows
$ sed "s/<NEL>/$(printf '\302\205')/; s/<CSI>/$(printf '\302\233')/" $ROOT/tests/golden/defects/escaping/main.rkt > main.rkt
$ rkt eval --semua main.rkt --data $ROOT/tests/golden/defects/escaping/d.csv --format csv | grep -E '^R,I[135],'
--- stdout
R,I1,S1,"'=HYPERLINK(""http://x"",""klik"")",buah,maksimal,jumlah,100,10,10,,,indikator,,,
R,I3,S1,'-2 awal\x85akhir \x9b31mmerah,buah,maksimal,jumlah,10,5,50,,,indikator,,,
R,I5,S1,'	Tab di depan,buah,maksimal,jumlah,10,5,50,,,indikator,,,

=== eval json: C1 controls are escaped as C0 ones are, so a JSON line shown as it is carries no command
$ sed "s/<NEL>/$(printf '\302\205')/; s/<CSI>/$(printf '\302\233')/" $ROOT/tests/golden/defects/escaping/main.rkt > main.rkt
$ rkt eval main.rkt --data $ROOT/tests/golden/defects/escaping/d.csv --format json | grep -o '"uraian":"-2[^"]*"\|"pesan":"I3[^"]*"'
--- stdout
"uraian":"-2 awal\u0085akhir \u009b31mmerah"
"pesan":"I3 rendah: -2 awal\u0085akhir \u009b31mmerah"

=== explain: the uraian and the file name are shown escaped
$ sed "s/<NEL>/$(printf '\302\205')/; s/<CSI>/$(printf '\302\233')/" $ROOT/tests/golden/defects/escaping/main.rkt > "$(printf 'ren\033[2Jcana.rkt')"
$ rkt explain "$(printf 'ren\033[2Jcana.rkt')" --data $ROOT/tests/golden/defects/escaping/d.csv I3 | head -12
--- stdout
indikator I3: -2 awal\x85akhir \x9b31mmerah
  sasaran S1, rencana R, periode 2025
  satuan buah, polaritas maksimal, konsolidasi jumlah, bobot 1

realisasi
  2025      5 ($ROOT/tests/golden/defects/escaping/d.csv:4)
  jumlah: 5 = 5

target
  annual target 10 (ren\x1b[2Jcana.rkt:17)

capaian

=== a file name with ESC and BEL (a terminal title sequence): escaped in the table's findings
$ sed "s/<NEL>/$(printf '\302\205')/; s/<CSI>/$(printf '\302\233')/" $ROOT/tests/golden/defects/escaping/main.rkt > "$(printf 'x\033]0;judul\007.rkt')"
$ rkt eval "$(printf 'x\033]0;judul\007.rkt')" --data $ROOT/tests/golden/defects/escaping/d.csv | grep -A9 '^Temuan'
--- stdout
Temuan:
peringatan  I1 rendah: =HYPERLINK("http://x","klik")  (x\x1b]0;judul\x07.rkt:7)
peringatan  I2 rendah: +1|a<b>&c\d  (x\x1b]0;judul\x07.rkt:7)
peringatan  I3 rendah: -2 awal\x85akhir \x9b31mmerah  (x\x1b]0;judul\x07.rkt:7)
peringatan  I4 rendah: @SUM(A1:A9)  (x\x1b]0;judul\x07.rkt:7)
peringatan  I5 rendah: \tTab di depan  (x\x1b]0;judul\x07.rkt:7)

=== rkt test, text: the test's name and file name shown escaped
$ sed "s/<NEL>/$(printf '\302\205')/; s/<CSI>/$(printf '\302\233')/" $ROOT/tests/golden/defects/escaping/main.rkt > main.rkt
$ sed "s/<CSI>/$(printf '\302\233')/" $ROOT/tests/golden/defects/escaping/uji.rkt > "$(printf 'uji\033[31m.rkt')"
$ rkt test main.rkt "$(printf 'uji\033[31m.rkt')"
--- exit 1
--- stdout
FAIL  nama <x> & "q" 'a'\ttab\nbaris \x9b2J
      uji\x1b[31m.rkt:5:3: harap realisasi(I1) == 11
        expected: 11
        actual:   10
0 passed, 1 failed

=== rkt test, junit: well-formed XML 1.0 (entities, references in attributes, the C0 it forbids shown escaped)
$ sed "s/<NEL>/$(printf '\302\205')/; s/<CSI>/$(printf '\302\233')/" $ROOT/tests/golden/defects/escaping/main.rkt > main.rkt
$ sed "s/<CSI>/$(printf '\302\233')/" $ROOT/tests/golden/defects/escaping/uji.rkt > "$(printf 'uji\033[31m.rkt')"
$ rkt test main.rkt "$(printf 'uji\033[31m.rkt')" --format junit
--- exit 1
--- stdout
<?xml version="1.0" encoding="UTF-8"?>
<testsuites>
  <testsuite name="rkt" tests="1" failures="1" errors="0">
    <testcase classname="uji\x1b[31m.rkt" name="nama &lt;x&gt; &amp; &quot;q&quot; &apos;a&apos;&#9;tab&#10;baris &#155;2J">
      <failure message="harap realisasi(I1) == 11">uji\x1b[31m.rkt:5:3: harap realisasi(I1) == 11
expected: 11
actual:   10
</failure>
    </testcase>
  </testsuite>
</testsuites>

=== rkt test, json: the test's name and file name as JSON escapes
$ sed "s/<NEL>/$(printf '\302\205')/; s/<CSI>/$(printf '\302\233')/" $ROOT/tests/golden/defects/escaping/main.rkt > main.rkt
$ sed "s/<CSI>/$(printf '\302\233')/" $ROOT/tests/golden/defects/escaping/uji.rkt > "$(printf 'uji\033[31m.rkt')"
$ rkt test main.rkt "$(printf 'uji\033[31m.rkt')" --format json
--- exit 1
--- stdout
{"tests":[{"name":"nama <x> & \"q\" 'a'\ttab\nbaris \u009b2J","file":"uji\u001b[31m.rkt","line":2,"passed":false,"error":null,"failures":[{"line":5,"column":3,"harap":"harap realisasi(I1) == 11","expected":"11","actual":"10"}]}],"passed":0,"failed":1}

=== a usage message that repeats an argument shows its control characters escaped
$ cp $ROOT/tests/golden/defects/outfile/* .
$ rkt eval plan.rkt --data data.csv --rencana "$(printf 'R\033[2J')"; echo "exit $?"
$ rkt explain plan.rkt --data data.csv "$(printf 'I9\033]0;x\007')"; echo "exit $?"
$ rkt eval plan.rkt --data data.csv --format "$(printf 'csv\r')"; echo "exit $?"
$ rkt eval plan.rkt "$(printf -- '--x\nbaris')"; echo "exit $?"
--- stdout
exit 2
exit 2
exit 2
exit 2
--- stderr
rkt: --rencana R\x1b[2J is not among the loaded plans
rkt: 'I9\x1b]0;x\x07' is not an indicator, sasaran or the plan R
rkt: eval --format takes table, csv, json or md, not 'csv\r'
rkt: unknown option '--x\nbaris'; try 'rkt help'
