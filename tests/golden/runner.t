# Golden tests of the golden runner itself (tests/golden/run.sh): what a
# `--- NAME < fixtures/PATH` line writes, and how a malformed one fails its
# case.  The second case runs the runner on a .t file its commands write.

=== a fixture is written under the case's name for it, byte for byte
$ cmp main.rkt "$ROOT/tests/golden/fixtures/layanan-i1.rkt" && echo same
$ cmp rencana/units.rkt "$ROOT/tests/golden/fixtures/semua/units.rkt" && echo same
$ rkt check main.rkt
--- main.rkt < fixtures/layanan-i1.rkt

--- rencana/units.rkt   <   fixtures/semua/units.rkt
--- exit 0
--- stdout
same
same
--- stderr

=== a malformed fixture line fails its case, with the reason
$ printf '%s\n' '=== content lines' '$ true' '--- main.rkt < fixtures/layanan-i1.rkt' 'x' > in.t
$ printf '%s\n' '=== no such fixture' '$ true' '--- main.rkt < fixtures/tidak-ada.rkt' >> in.t
$ printf '%s\n' '=== outside fixtures/' '$ true' '--- main.rkt < run.sh' >> in.t
$ printf '%s\n' '=== a .. component' '$ true' '--- main.rkt < fixtures/../run.sh' >> in.t
$ printf '%s\n' '=== expected output' '$ true' '--- stdout < fixtures/layanan-i1.rkt' >> in.t
$ printf '%s\n' '=== a good one beside them' '$ head -1 main.rkt' '--- main.rkt < fixtures/layanan-i1.rkt' >> in.t
$ printf '%s\n' '--- stdout' 'satuan persen : persen' >> in.t
$ sh "$ROOT/tests/golden/run.sh" rkt in.t
--- exit 1
--- stdout
FAIL $CASEDIR/in.t:1: content lines
  malformed case: '--- main.rkt < fixtures/layanan-i1.rkt' takes no content lines
FAIL $CASEDIR/in.t:5: no such fixture
  malformed case: no fixture 'fixtures/tidak-ada.rkt' in tests/golden
FAIL $CASEDIR/in.t:8: outside fixtures/
  malformed case: a fixture's path starts with 'fixtures/': 'run.sh'
FAIL $CASEDIR/in.t:11: a .. component
  malformed case: bad fixture path 'fixtures/../run.sh'
FAIL $CASEDIR/in.t:14: expected output
  malformed case: only a file can come from a fixture, not stdout
golden: 1 passed, 5 failed
--- stderr
