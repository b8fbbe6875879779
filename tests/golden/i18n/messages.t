# Messages in Indonesian and English (docs/cli.md "Messages"): the
# language chosen by --bahasa, else by the locale as gettext picks it
# (LANGUAGE wins unless the messages locale - LC_ALL, else LC_MESSAGES,
# else LANG - is exactly C or POSIX; C.UTF-8 is not C); the codes are the
# same in both; the test runner's closing line is the same in both.
# run.sh runs every case with LANG=C and no LANGUAGE, LC_ALL or
# LC_MESSAGES (the Makefile unexports them), so a case sets what it tests.

=== LANG=C.UTF-8 LANGUAGE=id: Indonesian messages, the same codes as in English
$ LANG=C.UTF-8 LANGUAGE=id rkt check $ROOT/examples/mistakes/e040-kode-indikator $ROOT/examples/mistakes/renstra.rkt
--- exit 1
--- stderr
$ROOT/examples/mistakes/e040-kode-indikator/rkt.rkt:29:12: peringatan[W041]: indikator IKU2 pada renstra 'RENSTRA_CONTOH' (sasaran SS1) tidak ada dalam 'RKT_E040_INDIKATOR'; tambahkan, atau tandai: indikator IKU2 { ditunda "alasan" }
   29 |   mengacu  RENSTRA_CONTOH
      |            ^~~~~~~~~~~~~~
$ROOT/examples/mistakes/e040-kode-indikator/rkt.rkt:33:15: galat[E040]: indikator 'IKU02' tidak ada dalam renstra 'RENSTRA_CONTOH'; apakah maksud Anda 'IKU2'?
   33 |     indikator IKU02 "Jumlah media pembawa yang diperiksa dalam wilayah kerja" {
      |               ^~~~~
--- stdout

=== examples/mistakes: every code of the Indonesian run is the English run's, in the same order
$ LANG=C.UTF-8 LANGUAGE=id rkt check $ROOT/examples/mistakes 2> id; echo "exit $?"
$ rkt check $ROOT/examples/mistakes 2> en; echo "exit $?"
$ grep -o ' [a-z]*\[[EWI][0-9]*\]' id | sort | uniq -c
$ grep -o '\[[EWI][0-9]*\]' id > id.codes; grep -o '\[[EWI][0-9]*\]' en > en.codes; cmp id.codes en.codes && echo "same codes: $(wc -l < en.codes)"
$ grep -c 'error\[\|warning\[' id; grep -c 'galat\[\|peringatan\[' en
--- exit 1
--- stdout
exit 1
exit 1
      2  galat[E040]
      1  galat[E041]
      2  galat[E042]
      1  galat[E100]
      1  peringatan[W040]
      2  peringatan[W041]
      2  peringatan[W042]
      1  peringatan[W043]
same codes: 12
0
0

=== LC_ALL=C wins over LANGUAGE=id: English
$ LC_ALL=C LANGUAGE=id rkt check $ROOT/examples/mistakes/e041-tahun $ROOT/examples/mistakes/renstra.rkt
--- exit 1
--- stderr
$ROOT/examples/mistakes/e041-tahun/rkt.rkt:24:12: error[E041]: tahun 2024 is outside the periode 2025..2029 of renstra 'RENSTRA_CONTOH'
   24 |   tahun    2024
      |            ^~~~

=== LANG=POSIX with LANGUAGE=id: English
$ LANG=POSIX LANGUAGE=id rkt check $ROOT/examples/mistakes/e041-tahun $ROOT/examples/mistakes/renstra.rkt
--- exit 1
--- stderr
$ROOT/examples/mistakes/e041-tahun/rkt.rkt:24:12: error[E041]: tahun 2024 is outside the periode 2025..2029 of renstra 'RENSTRA_CONTOH'
   24 |   tahun    2024
      |            ^~~~

=== LC_MESSAGES=C under LANG=id_ID.UTF-8: English (the messages locale is C)
$ LANG=id_ID.UTF-8 LC_MESSAGES=C rkt check $ROOT/examples/mistakes/e041-tahun $ROOT/examples/mistakes/renstra.rkt
--- exit 1
--- stderr
$ROOT/examples/mistakes/e041-tahun/rkt.rkt:24:12: error[E041]: tahun 2024 is outside the periode 2025..2029 of renstra 'RENSTRA_CONTOH'
   24 |   tahun    2024
      |            ^~~~

=== LANG=id_ID.UTF-8 alone: Indonesian
$ LANG=id_ID.UTF-8 rkt check $ROOT/examples/mistakes/e041-tahun $ROOT/examples/mistakes/renstra.rkt
--- exit 1
--- stderr
$ROOT/examples/mistakes/e041-tahun/rkt.rkt:24:12: galat[E041]: tahun 2024 berada di luar periode 2025..2029 renstra 'RENSTRA_CONTOH'
   24 |   tahun    2024
      |            ^~~~

=== LANGUAGE=fr:id: the first language of the list that rkt speaks
$ LANG=C.UTF-8 LANGUAGE=fr:id rkt check $ROOT/examples/mistakes/e041-tahun $ROOT/examples/mistakes/renstra.rkt
--- exit 1
--- stderr
$ROOT/examples/mistakes/e041-tahun/rkt.rkt:24:12: galat[E041]: tahun 2024 berada di luar periode 2025..2029 renstra 'RENSTRA_CONTOH'
   24 |   tahun    2024
      |            ^~~~

=== LANGUAGE=fr: none of the list is spoken, so English (as gettext falls back to the msgid)
$ LANG=id_ID.UTF-8 LANGUAGE=fr rkt check $ROOT/examples/mistakes/e041-tahun $ROOT/examples/mistakes/renstra.rkt
--- exit 1
--- stderr
$ROOT/examples/mistakes/e041-tahun/rkt.rkt:24:12: error[E041]: tahun 2024 is outside the periode 2025..2029 of renstra 'RENSTRA_CONTOH'
   24 |   tahun    2024
      |            ^~~~

=== --bahasa en wins over LANGUAGE=id
$ LANG=C.UTF-8 LANGUAGE=id rkt check --bahasa en $ROOT/examples/mistakes/e041-tahun $ROOT/examples/mistakes/renstra.rkt
--- exit 1
--- stderr
$ROOT/examples/mistakes/e041-tahun/rkt.rkt:24:12: error[E041]: tahun 2024 is outside the periode 2025..2029 of renstra 'RENSTRA_CONTOH'
   24 |   tahun    2024
      |            ^~~~

=== --bahasa id under LC_ALL=C (the library does not need the locale installed, nor set)
$ LC_ALL=C rkt check --bahasa=id $ROOT/examples/mistakes/e041-tahun $ROOT/examples/mistakes/renstra.rkt
--- exit 1
--- stderr
$ROOT/examples/mistakes/e041-tahun/rkt.rkt:24:12: galat[E041]: tahun 2024 berada di luar periode 2025..2029 renstra 'RENSTRA_CONTOH'
   24 |   tahun    2024
      |            ^~~~

=== --bahasa takes id or en
$ rkt check --bahasa jv x.rkt
--- exit 2
--- stderr
rkt: --bahasa takes id or en, not 'jv'; try 'rkt help'

=== a usage error in Indonesian
$ rkt check --bahasa id --frobnicate x.rkt
--- exit 2
--- stderr
rkt: opsi tidak dikenal '--frobnicate'; coba 'rkt help'

=== an unreadable file, in Indonesian (the errno text too)
$ rkt check --bahasa id tidak-ada.rkt
--- exit 2
--- stderr
rkt: tidak dapat membaca 'tidak-ada.rkt': Berkas atau direktori tidak ada

=== syntax errors in Indonesian: the parser's pieces (unexpected, expected one of) translated
$ rkt check --bahasa id main.rkt
--- main.rkt
satuan persen : persen 0..100
rkt R "x" {
  tahun 2025
  sasaran S1 "s" {
    indikator I1 "i" { satuan persen target 80
  }
--- exit 1
--- stderr
main.rkt:7:1: galat[E009]: akhir berkas tidak terduga, seharusnya salah satu dari: 'satuan', 'tujuan', 'program', 'sasaran', 'kegiatan', 'subkegiatan', 'indikator', nama, '}'; '{' yang dibuka pada baris 4, kolom 18 belum ditutup
    7 |
      | ^

=== more errors than are shown, counted in Indonesian
$ i=0; { while [ $i -lt 205 ]; do echo "satuan s$i : frobnik"; i=$((i+1)); done; } > many.rkt
$ rkt check --bahasa id many.rkt 2>&1 | tail -1
--- stdout
many.rkt: 105 galat lain dan 105 peringatan lain tidak ditampilkan

=== --format json: the message in the run's language, the severity and code as they are
$ rkt check --bahasa id --format json $ROOT/examples/mistakes/e041-tahun $ROOT/examples/mistakes/renstra.rkt
--- exit 1
--- stdout
{"format_version":"1.0","valid":false,"error_count":1,"warning_count":0,"diagnostics":[{"severity":"error","code":"E041","message":"tahun 2024 berada di luar periode 2025..2029 renstra 'RENSTRA_CONTOH'","file":"$ROOT/examples/mistakes/e041-tahun/rkt.rkt","line":24,"column":12,"end_line":24,"end_column":16}]}

=== rkt test in Indonesian: its lines translated, the closing line verbatim
$ rkt test --bahasa id t.rkt
--- t.rkt
satuan persen : persen 0..100
rkt R "x" {
  tahun 2025
  sasaran S1 "s" {
    indikator I1 "i" { satuan persen target 80 }
  }
}
uji "lulus" {
  rencana R
  periode 2025
  data { I1 2025 80 }
  harap capaian(I1) == 100
}
uji "gagal" {
  rencana R
  periode 2025
  data { I1 2025 40 }
  harap capaian(I1) == 100
}
--- exit 1
--- stdout
ok     lulus
GAGAL  gagal
      t.rkt:18:3: harap capaian(I1) == 100
        harapan:  100
        hasil:    50
1 passed, 1 failed

=== rkt test in English: the same closing line
$ rkt test t.rkt
--- t.rkt
satuan persen : persen 0..100
rkt R "x" {
  tahun 2025
  sasaran S1 "s" {
    indikator I1 "i" { satuan persen target 80 }
  }
}
uji "lulus" {
  rencana R
  periode 2025
  data { I1 2025 80 }
  harap capaian(I1) == 100
}
uji "gagal" {
  rencana R
  periode 2025
  data { I1 2025 40 }
  harap capaian(I1) == 100
}
--- exit 1
--- stdout
ok    lulus
FAIL  gagal
      t.rkt:18:3: harap capaian(I1) == 100
        expected: 100
        actual:   50
1 passed, 1 failed
