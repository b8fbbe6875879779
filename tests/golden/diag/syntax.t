# Golden tests of the syntax family of diagnostics (E001-E010): the
# scanner's and the parser's errors.  Catalogue: docs/diagnostics.md.
# Format: tests/golden/run.sh.  Cases titled "fixed bug" keep a fixed bug
# from coming back; their comment says what went wrong.

=== E001 an item terminator ';'
$ rkt check main.rkt
--- main.rkt
satuan sertifikat : cacah;
--- exit 1
--- stderr
main.rkt:1:26: error[E001]: unexpected character ';'; items need no terminator
    1 | satuan sertifikat : cacah;
      |                          ^

=== E001 a number's '.' with no digit after it
$ rkt check main.rkt
--- main.rkt
satuan nilai : indeks 0..100.
--- exit 1
--- stderr
main.rkt:1:29: error[E001]: unexpected character '.'; a number's '.' must be followed by a digit, and a range is written '..'
    1 | satuan nilai : indeks 0..100.
      |                             ^

=== E001 a non-ASCII letter in a name
$ rkt check main.rkt
--- main.rkt
satuan orang : cacah
satuan jumlah_pegawai_é : cacah
--- exit 1
--- stderr
main.rkt:2:23: error[E001]: unexpected character 'é'; names and keywords are ASCII, other text belongs in a string
    2 | satuan jumlah_pegawai_é : cacah
      |                       ^

=== E001 fixed bug: square brackets give three errors for one mistake
# '[' and ']' are reported, and then the ',' between them as well: one
# mistake, one diagnostic.
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" {
    indikator I1 "Satu" {
      satuan persen
      target [80, 90]
    }
  }
}
--- exit 1
--- stderr
main.rkt:7:14: error[E001]: unexpected character '['; lists are written with '{ }' and ranges with 'a..b'
    7 |       target [80, 90]
      |              ^

=== E002 an expression nested deeper than the limit (exit 2)
$ awk 'BEGIN { print "fungsi f(a) ="; for (i = 0; i < 201; i++) print "  -"; print "  a" }' > main.rkt
$ rkt check main.rkt
--- exit 2
--- stderr
main.rkt:3:3: error[E002]: expression nested deeper than 200 levels; split it with a fungsi
    3 |   -
      |   ^

=== E002 fixed bug: a file that is not text reports an error per byte
# Found by make fuzz-long: a binary file (here an import of the rkt binary)
# gave millions of errors, each echoing its very long line: hundreds of
# megabytes.  A file stops at 200 errors with an E002 (exit 2), and a
# snippet shows at most 200 characters of its line.
$ awk 'BEGIN { for (i = 0; i < 250; i++) print "satuan x$ : persen" }' > main.rkt
$ rkt check main.rkt 2>err; st=$?; grep -c '^main.rkt:.*error\[E001\]' err; tail -n 3 err; exit $st
--- exit 2
--- stdout
200
main.rkt:201:9: error[E002]: 200 errors in this file, the most reported for one file; fix these first (is it a .rkt text file at all?)
  201 | satuan x$ : persen
      |         ^

=== a snippet of a long line is a window around the column, cut ends marked
$ awk 'BEGIN { printf "satuan p : angka\nrkt R \"R\" {\n  tahun 2025\n  sasaran S \"s\" {"; for (i = 0; i < 20; i++) printf " indikator I%02d \"i\" { satuan p target 5 }", i; printf " indikator X \"x\" { satuan q target 5 }"; for (i = 0; i < 20; i++) printf " indikator J%02d \"j\" { satuan p target 5 }", i; print " }\n}" }' > main.rkt
$ rkt check main.rkt
--- exit 1
--- stderr
main.rkt:4:844: error[E018]: undeclared satuan 'q'; did you mean 'p'?
    4 | …n p target 5 } indikator I19 "i" { satuan p target 5 } indikator X "x" { satuan q target 5 } indikator J00 "j" { satuan p target 5 } indikator J01 "j" { satuan p target 5 } indikator J02 "j" { satuan …
      |                                                                                  ^

=== E002 fixed bug: parentheses beyond the limit also report a false end of file
# The scanner stops at the 201st '(' and the parser then reports the
# "end of file" it was handed: only the E002 should be printed.
$ awk 'BEGIN { print "fungsi f(a) ="; for (i = 0; i < 201; i++) print "("; print "a"; for (i = 0; i < 201; i++) print ")" }' > main.rkt
$ rkt check main.rkt
--- exit 2
--- stderr
main.rkt:202:1: error[E002]: parentheses nested deeper than 200 levels; simplify the expression
  202 | (
      | ^

=== E002 fixed bug: a deep expression before the end of the file is followed by a false E009
$ awk 'BEGIN { print "fungsi f(a) ="; for (i = 0; i < 201; i++) print "  -"; print "  a"; print "satuan x : cacah" }' > main.rkt
$ rkt check main.rkt
--- exit 2
--- stderr
main.rkt:3:3: error[E002]: expression nested deeper than 200 levels; split it with a fungsi
    3 |   -
      |   ^

=== E003 a malformed number
$ rkt check main.rkt
--- main.rkt
satuan sertifikat : cacah
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" {
    indikator I1 "Satu" {
      satuan sertifikat
      target 25__945
    }
  }
}
--- exit 1
--- stderr
main.rkt:7:14: error[E003]: malformed number '25__945'; '_' groups digits and stands only between two digits, as in 25_945
    7 |       target 25__945
      |              ^~~~~~~

=== E003 fixed bug: a number too long to read is called malformed with the '_' hint
$ rkt check main.rkt
--- main.rkt
satuan x : persen
skala S { A "a" : >= 1234567890123456789012345678901234567890123456789012345678901234567890 }
--- exit 1
--- stderr
main.rkt:2:22: error[E003]: a number of 70 characters; a number has at most 63 (digits, '_' and '.')
    2 | skala S { A "a" : >= 1234567890123456789012345678901234567890123456789012345678901234567890 }
      |                      ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

=== E003 '_' at the end of a number
$ rkt check main.rkt
--- main.rkt
satuan x : indeks 1_..2
--- exit 1
--- stderr
main.rkt:1:19: error[E003]: malformed number '1_'; '_' groups digits and stands only between two digits, as in 25_945
    1 | satuan x : indeks 1_..2
      |                   ^~

=== E004 an unknown escape in a string
$ rkt check main.rkt
--- main.rkt
aturan "Catatan" {
  jika 1 > 0
  maka info "C:\data\rkt"
}
--- exit 1
--- stderr
main.rkt:3:16: error[E004]: unknown escape '\d' in string; the escapes are \", \\, \n, \t and \{
    3 |   maka info "C:\data\rkt"
      |                ^~
main.rkt:3:21: error[E004]: unknown escape '\r' in string; the escapes are \", \\, \n, \t and \{
    3 |   maka info "C:\data\rkt"
      |                     ^~

=== E005 an unterminated string runs to the end of the line
$ rkt check main.rkt
--- main.rkt
rkt R "Rencana Kinerja
{
  tahun 2025
}
--- exit 1
--- stderr
main.rkt:1:7: error[E005]: unterminated string: it runs to the end of the line; close it with '"'
    1 | rkt R "Rencana Kinerja
      |       ^

=== E005 an unterminated string at the end of the file
$ printf 'rkt R "Rencana' > main.rkt
$ rkt check main.rkt
--- exit 1
--- stderr
main.rkt:1:7: error[E005]: unterminated string at the end of the file; close it with '"'
    1 | rkt R "Rencana
      |       ^
main.rkt:1:15: error[E009]: unexpected end of file, expected '{'
    1 | rkt R "Rencana
      |               ^

=== E005 fixed bug: an unclosed '{' in a message is reported three times, at the closing quote
# The '"' meant to close the message opens a new string inside {…}.  One
# error, at the '{' that is not closed, is what the user needs.
$ rkt check main.rkt
--- main.rkt
aturan "a" { jika 1 > 0 maka info "x {kode(1)" }
--- exit 1
--- stderr
main.rkt:1:38: error[E005]: unterminated '{' in a string; close the interpolation with '}' and the string with '"'
    1 | aturan "a" { jika 1 > 0 maka info "x {kode(1)" }
      |                                      ^

=== E006 a malformed dated period
$ rkt check main.rkt
--- main.rkt
uji "Triwulan" {
  periode 2025-13
}
--- exit 1
--- stderr
main.rkt:2:11: error[E006]: malformed period '2025-13'; write 2025-TW1..2025-TW4, 2025-S1, 2025-S2 or 2025-01..2025-12 (and '2025 - 3' for a subtraction)
    2 |   periode 2025-13
      |           ^~~~~~~

=== E006 a quarter that does not exist
$ rkt check main.rkt
--- main.rkt
uji "Triwulan" {
  periode 2025-TW5
}
--- exit 1
--- stderr
main.rkt:2:11: error[E006]: malformed period '2025-TW5'; write 2025-TW1..2025-TW4, 2025-S1, 2025-S2 or 2025-01..2025-12 (and '2025 - 3' for a subtraction)
    2 |   periode 2025-TW5
      |           ^~~~~~~~

=== E006 fixed bug: a number where a year belongs is cast to int whatever its size
# A target map key or a uji data row of 1e11 was converted to int without
# a range check (undefined behaviour, found by make fuzz-long).  A year is
# a whole number from 1900 to 2200.
$ rkt check main.rkt
--- main.rkt
satuan x : persen
renstra S "Renstra" {
  periode 2025..2029
  sasaran A "A" { indikator I "I" { satuan x target { 99999999999: 5, 2026: 4 } } }
}
uji "baris" {
  data { I 203333333333333333333333333333333333333 5 }
}
--- exit 1
--- stderr
main.rkt:4:55: error[E006]: '99999999999' is not a year: write a year from 1900 to 2200, as in 2025
    4 |   sasaran A "A" { indikator I "I" { satuan x target { 99999999999: 5, 2026: 4 } } }
      |                                                       ^~~~~~~~~~~
main.rkt:7:12: error[E006]: '203333333333333333333333333333333333333' is not a year: write a year from 1900 to 2200, as in 2025
    7 |   data { I 203333333333333333333333333333333333333 5 }
      |            ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

=== E007 a NUL byte in the source (first line of stderr)
$ printf 'satuan x : cacah\nsatuan y\000 : cacah\n' > main.rkt
$ rkt check main.rkt 2>err; st=$?; head -n 1 err; exit $st
--- exit 1
--- stdout
main.rkt:2:9: error[E007]: NUL byte in the source; .rkt files are UTF-8 text

=== E007 invalid UTF-8 in a string (first line of stderr)
$ printf 'satuan x : cacah\nrkt R "Caf\351" { tahun 2025 }\n' > main.rkt
$ rkt check main.rkt 2>err; st=$?; head -n 1 err; exit $st
--- exit 1
--- stdout
main.rkt:2:11: error[E007]: invalid UTF-8 byte 0xE9 in a string; files are UTF-8

=== E007 invalid UTF-8 in a comment (first line of stderr)
$ printf 'satuan x : cacah  # caf\351\n' > main.rkt
$ rkt check main.rkt 2>err; st=$?; head -n 1 err; exit $st
--- exit 1
--- stdout
main.rkt:1:24: error[E007]: invalid UTF-8 byte 0xE9 in a comment; files are UTF-8

=== E007 a control character outside a string
$ printf 'satuan x : cacah \001\n' > main.rkt
$ rkt check main.rkt 2>err; st=$?; head -n 1 err; exit $st
--- exit 1
--- stdout
main.rkt:1:18: error[E007]: control character 0x01; use \n or \t inside strings

=== E007 fixed bug: the snippet echoes a NUL byte and invalid UTF-8 raw to the terminal
# The offending bytes should be shown as U+FFFD, not written raw.
$ printf 'satuan x : cacah\nsatuan y\000 : cacah\nrkt R "Caf\351" { tahun 2025 }\n' > main.rkt
$ rkt check main.rkt
--- exit 1
--- stderr
main.rkt:2:9: error[E007]: NUL byte in the source; .rkt files are UTF-8 text
    2 | satuan y� : cacah
      |         ^
main.rkt:3:11: error[E007]: invalid UTF-8 byte 0xE9 in a string; files are UTF-8
    3 | rkt R "Caf�" { tahun 2025 }
      |           ^

=== E007 fixed bug: columns after a stray UTF-8 continuation byte are off by one per byte
# Each invalid byte is one column, as a 0xFF byte already is: the two
# 0x80 bytes are at columns 12 and 13, and the ';' at column 21.
$ printf 'satuan x : \200\200 cacah ;\n' > main.rkt
$ rkt check main.rkt 2>&1 | grep '^main'
--- stdout
main.rkt:1:12: error[E007]: invalid UTF-8 byte 0x80; files are UTF-8
main.rkt:1:13: error[E007]: invalid UTF-8 byte 0x80; files are UTF-8
main.rkt:1:21: error[E001]: unexpected character ';'; items need no terminator

=== E009 three independent syntax errors give three located errors
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
satuan dokumen cacah

rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" {
    indikator I1 "Satu" {
      satuan persen
      target 80 90
    }
  }
}

fungsi f(a b) = a
--- exit 1
--- stderr
main.rkt:2:16: error[E009]: unexpected name 'cacah', expected one of: string, ':'
    2 | satuan dokumen cacah
      |                ^~~~~
main.rkt:9:17: error[E009]: unexpected number '90', expected one of: 'satuan', name, '..', '}'
    9 |       target 80 90
      |                 ^~
main.rkt:14:12: error[E009]: unexpected name 'b', expected one of: ')', ','
   14 | fungsi f(a b) = a
      |            ^

=== E009 a sasaran or indikator without its code: one error each, its block still read
# Recovery resumes at the header's '{', so the block's '}' does not close
# the plan early and no false error follows at the plan's '}'.
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
rkt R "Rencana" {
  tahun 2025
  sasaran "Tanpa kode" {
    indikator I1 "Satu" { satuan persen target 80 }
  }
  sasaran SP2 "Dua" {
    indikator "Tanpa kode" { satuan persen target 80 }
  }
}
--- exit 1
--- stderr
main.rkt:4:11: error[E009]: unexpected string, expected name; the code comes first, then the description in quotes, e.g. SP1 "..."
    4 |   sasaran "Tanpa kode" {
      |           ^~~~~~~~~~~~
main.rkt:8:15: error[E009]: unexpected string, expected name; the code comes first, then the description in quotes, e.g. SP1 "..."
    8 |     indikator "Tanpa kode" { satuan persen target 80 }
      |               ^~~~~~~~~~~~

=== E009 fixed bug: an uraian without quotes also closes the sasaran early
# Recovery skips the indicator's '{' and takes its '}' for the sasaran's,
# so the plan's '}' is reported as a second, false error at line 10.
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" {
    indikator I1 Satu {
      satuan persen
      target 80
    }
  }
}
--- exit 1
--- stderr
main.rkt:5:18: error[E009]: unexpected name 'Satu', expected one of: string, '{'; descriptions and messages are written in double quotes
    5 |     indikator I1 Satu {
      |                  ^~~~

=== E009 an unclosed '{' names where it was opened
$ rkt check main.rkt
--- main.rkt
satuan persen : persen
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" {
    indikator I1 "Satu" {
      satuan persen
      target 80
    }
}
--- exit 1
--- stderr
main.rkt:10:1: error[E009]: unexpected end of file, expected one of: 'satuan', 'tujuan', 'program', 'sasaran', 'kegiatan', 'subkegiatan', name, '}'; the '{' opened at line 2, column 17 is not closed
   10 |
      | ^

=== E009 a '{' in a plain string
$ rkt check main.rkt
--- main.rkt
rkt R "Rencana {2025}" {
  tahun 2025
}
--- exit 1
--- stderr
main.rkt:1:7: error[E009]: unexpected string with {…}, expected one of: string, '{'; '{' in a string starts an interpolation, allowed only in a rule's message: write \{ for a literal brace
    1 | rkt R "Rencana {2025}" {
      |       ^~~~~~~~~~

=== E009 an interpolation with an incomplete expression
$ rkt check main.rkt
--- main.rkt
aturan "a" { jika 1 > 0 maka info "nilai {1 + } selesai" }
--- exit 1
--- stderr
main.rkt:1:47: error[E009]: unexpected end of string, expected one of: 'jika', 'bukan', name, number, string, period, '-', '('
    1 | aturan "a" { jika 1 > 0 maka info "nilai {1 + } selesai" }
      |                                               ^~~~~~~~~~

=== E009 errors in a file stop the semantic checks
# The undeclared satuan 'persenn' is reported once the syntax is right.
$ rkt check main.rkt
--- main.rkt
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Sasaran" {
    indikator I1 "Satu" { satuan persenn target 80 90 }
  }
}
--- exit 1
--- stderr
main.rkt:4:52: error[E009]: unexpected number '90', expected one of: 'satuan', name, '..', '}'
    4 |     indikator I1 "Satu" { satuan persenn target 80 90 }
      |                                                    ^~

=== E010 'harap' followed by a name other than 'temuan'
$ rkt check main.rkt
--- main.rkt
aturan "Capaian rendah" { jika 1 > 0 maka info "x" }
uji "u" {
  harap temu "Capaian rendah"
}
--- exit 1
--- stderr
main.rkt:3:9: error[E010]: expected 'temuan' after 'harap' and before a rule's name, found 'temu'
    3 |   harap temu "Capaian rendah"
      |         ^~~~
