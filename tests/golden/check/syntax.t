# Syntax errors, their hints and the depth limit (E002, E009, E010).
# Cases moved from tests/unit/test_parser.c (the test each comes from in
# the title's brackets), on the same source: every error it counted, at the
# line and column it asserted, with the words it looked for.  Its three
# independent mistakes (test_recovery_three_errors) were already a case of
# tests/golden/diag/syntax.t.  Format: tests/golden/run.sh.

=== E009 comparisons do not chain: a < b < c [test_comparison_does_not_chain]
$ rkt check t.rkt
--- t.rkt
fungsi f(a, b, c) = a < b < c
--- exit 1
--- stderr
t.rkt:1:27: error[E009]: unexpected '<', expected one of: end of file, 'impor', 'satuan', 'skala', 'fungsi', 'data', 'renstra', 'rkt', 'pk', 'aturan', 'uji', 'dan', 'atau', '+', '-', '*', '/', '('
    1 | fungsi f(a, b, c) = a < b < c
      |                           ^

=== E009 hint: a title is written in double quotes [test_error_hints]
$ rkt check t.rkt
--- t.rkt
rkt R Rencana { tahun 2025 }
--- exit 1
--- stderr
t.rkt:1:7: error[E009]: unexpected name 'Rencana', expected one of: string, '{'; descriptions and messages are written in double quotes
    1 | rkt R Rencana { tahun 2025 }
      |       ^~~~~~~

=== E009 hint: the end of the file with a block not closed names where it opened [test_error_hints]
$ rkt check t.rkt
--- t.rkt
rkt R "R" {
  tahun 2025
  sasaran SP1 "S" {
--- exit 1
--- stderr
t.rkt:4:1: error[E009]: unexpected end of file, expected one of: 'satuan', 'tujuan', 'program', 'sasaran', 'kegiatan', 'subkegiatan', 'indikator', name, '}'; the '{' opened at line 3, column 19 is not closed
    4 |
      | ^

=== E009 hint: a brace in a string is an interpolation; write \{ for a literal one [test_error_hints]
$ rkt check t.rkt
--- t.rkt
rkt R "R {2025}" { tahun 2025 }
--- exit 1
--- stderr
t.rkt:1:7: error[E009]: unexpected string with {…}, expected one of: string, '{'; '{' in a string starts an interpolation, allowed only in a rule's message: write \{ for a literal brace
    1 | rkt R "R {2025}" { tahun 2025 }
      |       ^~~~

=== E010 harap temu: a misspelt temuan [test_harap_temuan_word]
$ rkt check t.rkt
--- t.rkt
uji "u" { harap temu "x" }
--- exit 1
--- stderr
t.rkt:1:17: error[E010]: expected 'temuan' after 'harap' and before a rule's name, found 'temu'
    1 | uji "u" { harap temu "x" }
      |                 ^~~~

=== E002 201 nested minus signs reach the depth limit (exit 2) [test_depth_limit]
$ rkt check t.rkt
--- t.rkt
fungsi f(a) = ---------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------a
--- exit 2
--- stderr
t.rkt:1:16: error[E002]: expression nested deeper than 200 levels; split it with a fungsi
    1 | fungsi f(a) = ------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------…
      |                ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

=== 199 nested minus signs parse [test_depth_limit]
# No syntax error: only the unused fungsi is reported.
$ rkt check t.rkt
--- t.rkt
fungsi f(a) = -------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------a
--- exit 0
--- stderr
t.rkt:1:8: warning[W003]: fungsi 'f' is declared but never used
    1 | fungsi f(a) = ------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------…
      |        ^
