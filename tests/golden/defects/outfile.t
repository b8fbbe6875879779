# Golden tests: `-o FILE` kind by kind (CLI.md, Common options), and
# write errors on stdout.  A regular file is replaced atomically (a
# temporary beside it, fsync, rename) keeping its mode and owner; a
# symlink's target is replaced so; a FIFO, a character device and
# /dev/stdout are written through; several hard links, a directory and
# the run's own input files are refused with exit 2.  Each case failed
# before src/cli/outfile.c: the old writer renamed over whatever the name
# was (a FIFO, a link, /dev/null as root), split hard links, overwrote
# the plan it read, and a full stdout was exit 2 without a word.  The
# fixture: outfile/ (a plan, its import, its data).  Format:
# tests/golden/run.sh.

=== -o a FIFO: written through to the reader, the FIFO stays a FIFO
$ cp $ROOT/tests/golden/defects/outfile/* .
$ mkfifo hasil.fifo
$ cat hasil.fifo > dibaca.csv &
$ rkt eval plan.rkt --data data.csv --format csv -o hasil.fifo; echo "exit $?"
$ wait
$ cat dibaca.csv
$ test -p hasil.fifo && echo "still a FIFO"
$ ls -A
--- stdout
exit 0
kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat,pelaksana,jenis,anggaran,realisasi_anggaran,serapan
I1,S1,Sertifikat,buah,maksimal,jumlah,100,95,95,,,indikator,,,
still a FIFO
data.csv
dibaca.csv
hasil.fifo
plan.rkt
satuan.rkt

=== -o a symlink to a regular file: the target is replaced (its mode kept), the link stays a link
$ cp $ROOT/tests/golden/defects/outfile/* .
$ mkdir arsip && echo "hasil lama" > arsip/hasil.csv && chmod 600 arsip/hasil.csv
$ ln -s arsip/hasil.csv hasil.csv
$ rkt eval plan.rkt --data data.csv --format csv -o hasil.csv; echo "exit $?"
$ test -L hasil.csv && echo "still a link to $(readlink hasil.csv)"
$ cat arsip/hasil.csv
$ stat -c %a arsip/hasil.csv
$ ls -A arsip
--- stdout
exit 0
still a link to arsip/hasil.csv
kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat,pelaksana,jenis,anggaran,realisasi_anggaran,serapan
I1,S1,Sertifikat,buah,maksimal,jumlah,100,95,95,,,indikator,,,
600
hasil.csv

=== -o a file with 2 hard links is refused (exit 2): replacing one would part it from the other
$ cp $ROOT/tests/golden/defects/outfile/* .
$ echo "hasil lama" > a.csv && ln a.csv b.csv
$ rkt eval plan.rkt --data data.csv --format csv -o a.csv; echo "exit $?"
$ cat a.csv b.csv
$ stat -c %h a.csv
--- stdout
exit 2
hasil lama
hasil lama
2
--- stderr
rkt: cannot write 'a.csv': it has 2 hard links, and replacing it would leave the others with the old content; nothing written

=== -o naming the plan itself, the file it imports, the data file, or a link to the plan is refused (exit 2), each left as it was
$ cp $ROOT/tests/golden/defects/outfile/* .
$ cp plan.rkt plan.asli && cp satuan.rkt satuan.asli && cp data.csv data.asli
$ ln -s plan.rkt tautan.rkt
$ for o in plan.rkt ./satuan.rkt data.csv tautan.rkt; do rkt eval plan.rkt --data data.csv --format csv -o $o; echo "exit $?"; done
$ rkt check --format json plan.rkt -o satuan.rkt; echo "exit $?"
$ rkt test plan.rkt --format junit -o plan.rkt; echo "exit $?"
$ rkt explain plan.rkt --data data.csv I1 -o data.csv; echo "exit $?"
$ cmp plan.rkt plan.asli && cmp satuan.rkt satuan.asli && cmp data.csv data.asli && echo "inputs unchanged"
$ test -L tautan.rkt && echo "the link too"
$ ls -A | grep -c '^\.' || true
--- stdout
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
inputs unchanged
the link too
0
--- stderr
rkt: cannot write 'plan.rkt': it is one of this run's input files ('plan.rkt'); nothing written
rkt: cannot write './satuan.rkt': it is one of this run's input files ('satuan.rkt'); nothing written
rkt: cannot write 'data.csv': it is one of this run's input files ('data.csv'); nothing written
rkt: cannot write 'tautan.rkt': it is one of this run's input files ('plan.rkt'); nothing written
rkt: cannot write 'satuan.rkt': it is one of this run's input files ('satuan.rkt'); nothing written
rkt: cannot write 'plan.rkt': it is one of this run's input files ('plan.rkt'); nothing written
rkt: cannot write 'data.csv': it is one of this run's input files ('data.csv'); nothing written

=== -o a character device is written through: one of the case's own (mknod as root, else a link to /dev/null), then /dev/null, which as root stays a character device (a rename would make it a regular file)
# /dev/null is tried only when the case's own device came through: a
# binary that renames over what it writes must not break the machine's.
$ cp $ROOT/tests/golden/defects/outfile/* .
$ mknod kosong c 1 3 2>/dev/null || ln -s /dev/null kosong
$ rkt eval plan.rkt --data data.csv --format csv -o kosong; echo "exit $?"
$ test -c kosong && echo "still a character device"
$ ls -A | grep -c '^\.kosong\.' || true
$ test -c kosong && { rkt eval plan.rkt --data data.csv --format csv -o /dev/null; echo "exit $?"; }
$ test -c /dev/null && echo "/dev/null is still a character device"
$ ls -A /dev | grep -c '^\.null\.' || true
--- stdout
exit 0
still a character device
0
exit 0
/dev/null is still a character device
0

=== -o /dev/stdout is written through: to a pipe, and to a file stdout was redirected to, at its place
# First a link of the case's own to /proc/self/fd/1: /dev/stdout is tried
# only when that link came through as a link.
$ cp $ROOT/tests/golden/defects/outfile/* .
$ ln -s /proc/self/fd/1 ke-stdout
$ rkt eval plan.rkt --data data.csv --format csv -o ke-stdout | tr a-z A-Z | head -1
$ test -L ke-stdout && echo "still a link"
$ test -L ke-stdout && rkt eval plan.rkt --data data.csv --format csv -o /dev/stdout | tr a-z A-Z | head -1
$ test -L ke-stdout && { echo "baris pertama"; rkt eval plan.rkt --data data.csv --format csv -o /dev/stdout; } > semua.txt; echo "exit $?"
$ cat semua.txt
$ test -L /dev/stdout && echo "/dev/stdout is still a link"
--- stdout
KODE,SASARAN,URAIAN,SATUAN,POLARITAS,KONSOLIDASI,TARGET,REALISASI,CAPAIAN,PREDIKAT,PELAKSANA,JENIS,ANGGARAN,REALISASI_ANGGARAN,SERAPAN
still a link
KODE,SASARAN,URAIAN,SATUAN,POLARITAS,KONSOLIDASI,TARGET,REALISASI,CAPAIAN,PREDIKAT,PELAKSANA,JENIS,ANGGARAN,REALISASI_ANGGARAN,SERAPAN
exit 0
baris pertama
kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat,pelaksana,jenis,anggaran,realisasi_anggaran,serapan
I1,S1,Sertifikat,buah,maksimal,jumlah,100,95,95,,,indikator,,,
/dev/stdout is still a link

=== -o an existing file keeps its mode 0640 and its owner; a new file gets 0666 less the umask
# The owner can be changed (and so checked) only as root.
$ cp $ROOT/tests/golden/defects/outfile/* .
$ echo "hasil lama" > hasil.csv && chmod 640 hasil.csv
$ chown 4321:4322 hasil.csv 2>/dev/null; pemilik=$(stat -c %u:%g hasil.csv)
$ rkt eval plan.rkt --data data.csv --format csv -o hasil.csv; echo "exit $?"
$ stat -c %a hasil.csv
$ [ "$(stat -c %u:%g hasil.csv)" = "$pemilik" ] && echo "owner kept"
$ head -1 hasil.csv
$ (umask 077 && rkt eval plan.rkt --data data.csv --format csv -o baru.csv); stat -c %a baru.csv
$ (umask 022 && rkt eval plan.rkt --data data.csv --format csv -o baru2.csv); stat -c %a baru2.csv
$ ls -A
--- stdout
exit 0
640
owner kept
kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat,pelaksana,jenis,anggaran,realisasi_anggaran,serapan
600
644
baru.csv
baru2.csv
data.csv
hasil.csv
plan.rkt
satuan.rkt

=== -o a directory, or a link to one, is refused (exit 2) with what -o writes
$ cp $ROOT/tests/golden/defects/outfile/* .
$ mkdir hasil && ln -s hasil ke-hasil
$ rkt eval plan.rkt --data data.csv --format csv -o hasil; echo "exit $?"
$ rkt check --format json plan.rkt -o ke-hasil; echo "exit $?"
$ ls -A hasil | wc -l
--- stdout
exit 2
exit 2
0
--- stderr
rkt: cannot write 'hasil': it is a directory; -o writes a regular file, a FIFO or a character device
rkt: cannot write 'ke-hasil': it is a directory; -o writes a regular file, a FIFO or a character device

=== a full device: -o /dev/full is exit 2 with the reason, and /dev/full stays what it was
# /dev/full is tried only when the case's own full device (mknod as
# root, else a link to /dev/full) came through as a device.
$ cp $ROOT/tests/golden/defects/outfile/* .
$ mknod penuh c 1 7 2>/dev/null || ln -s /dev/full penuh
$ rkt eval plan.rkt --data data.csv --format csv -o penuh; echo "exit $?"
$ test -c penuh && { rkt eval plan.rkt --data data.csv --format csv -o /dev/full; echo "exit $?"; }
$ test -c /dev/full && echo "/dev/full is still a character device"
--- stdout
exit 2
exit 2
/dev/full is still a character device
--- stderr
rkt: cannot write 'penuh': No space left on device
rkt: cannot write '/dev/full': No space left on device

=== stdout on a full device: every command says so and exits 2
$ cp $ROOT/tests/golden/defects/outfile/* .
$ rkt eval plan.rkt --data data.csv > /dev/full; echo "exit $?"
$ rkt eval plan.rkt --data data.csv --format json > /dev/full; echo "exit $?"
$ rkt check --format json plan.rkt > /dev/full; echo "exit $?"
$ rkt check --format sarif plan.rkt > /dev/full; echo "exit $?"
$ rkt explain plan.rkt --data data.csv I1 > /dev/full; echo "exit $?"
$ rkt test plan.rkt > /dev/full; echo "exit $?"
$ rkt --version > /dev/full; echo "exit $?"
$ rkt help > /dev/full; echo "exit $?"
--- stdout
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
--- stderr
rkt: cannot write the output: No space left on device
rkt: cannot write the output: No space left on device
rkt: cannot write the output: No space left on device
rkt: cannot write the output: No space left on device
rkt: cannot write the output: No space left on device
rkt: cannot write the output: No space left on device
rkt: cannot write the output: No space left on device
rkt: cannot write the output: No space left on device

=== eval --semua into a regular-file stdout: the results go straight into it, and a run the data forbids cuts it back to where it began — empty after `>`, the group's earlier line kept, `>>` untouched; a clean run's bytes are a pipe's
# Guards src/run/pipeline.c's direct sink: its first draft took the
# `>>` file's offset (0 until the first write) for where the run began and
# cut away the earlier "lama" line; appending files now take the scratch path.
$ cp $ROOT/tests/golden/defects/outfile/* .
$ printf 'kode,periode,nilai\nI1,2025,9x5\n' > salah.csv
$ echo lama > a.csv && rkt eval --semua plan.rkt --data salah.csv --format csv > a.csv; echo "exit $? $(wc -c < a.csv) bytes"
$ { echo lama; rkt eval --semua plan.rkt --data salah.csv --format csv 2>/dev/null; } > b.csv; echo "exit $?"; cat b.csv
$ echo lama > c.csv && rkt eval --semua plan.rkt --data salah.csv --format csv >> c.csv 2>/dev/null; echo "exit $?"; cat c.csv
$ echo lama > d.csv && rkt eval --semua plan.rkt --data salah.csv --format csv -o d.csv 2>/dev/null; echo "exit $?"; cat d.csv
$ rkt eval --semua plan.rkt --data data.csv --format csv > e.csv && rkt eval --semua plan.rkt --data data.csv --format csv | cmp - e.csv && cat e.csv
--- stdout
exit 1 0 bytes
exit 1
lama
exit 1
lama
exit 1
lama
rencana,kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat,pelaksana,jenis,anggaran,realisasi_anggaran,serapan
R,I1,S1,Sertifikat,buah,maksimal,jumlah,100,95,95,,,indikator,,,
--- stderr
salah.csv:2:9: error[E402]: nilai '9x5' is not a number (digits with '.' for decimals, e.g. 81.5)
    2 | I1,2025,9x5
      |         ^~~
