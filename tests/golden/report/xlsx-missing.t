# rkt report --format xlsx when libxlsxwriter cannot be loaded (docs/cli.md
# "report"): the library is opened at run time, only for a workbook, so
# the test knob RKT_XLSX_LIBRARY names a file that does not exist in place
# of the soname the build found.  The report fails as other write
# failures do (exit 2), names the soname and the Debian package to
# install (as built on Debian 12: libxlsxwriter.so.4 in libxlsxwriter4),
# in English and with --bahasa id in Indonesian, then the loader's
# reason; the existing OUT keeps its bytes ("old") and no temporary is
# left beside it (ls lists the case's two files).  md and html never
# need the library: the same knob, exit 0.

=== xlsx without libxlsxwriter: what to install, OUT left as it was
$ printf 'old\n' > out.xlsx
$ RKT_XLSX_LIBRARY=/nonexistent/libxlsxwriter.so.4 rkt report t.rkt --jenis rkt --format xlsx -o out.xlsx; echo "exit $?"
$ RKT_XLSX_LIBRARY=/nonexistent/libxlsxwriter.so.4 rkt report t.rkt --jenis rkt --format xlsx -o out.xlsx --bahasa id; echo "exit $?"
$ cat out.xlsx; ls
--- t.rkt < fixtures/report/t.rkt
--- stderr
rkt: xlsx output needs libxlsxwriter.so.4 (Debian: apt install libxlsxwriter4)
rkt: /nonexistent/libxlsxwriter.so.4: cannot open shared object file: No such file or directory
rkt: keluaran xlsx memerlukan libxlsxwriter.so.4 (Debian: apt install libxlsxwriter4)
rkt: /nonexistent/libxlsxwriter.so.4: cannot open shared object file: No such file or directory
--- stdout
exit 2
exit 2
old
out.xlsx
t.rkt

=== md and html need no libxlsxwriter
$ RKT_XLSX_LIBRARY=/nonexistent/libxlsxwriter.so.4 rkt report t.rkt --jenis rkt --format html -o out.html
$ RKT_XLSX_LIBRARY=/nonexistent/libxlsxwriter.so.4 rkt report t.rkt --jenis rkt | head -1
--- t.rkt < fixtures/report/t.rkt
--- stderr
--- stdout
**Lampiran : Sasaran, Program dan Indikator Kinerja**
