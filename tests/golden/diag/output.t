# Golden tests of how diagnostics are delivered: the formats of `rkt
# check` (human, json, github, sarif), exit statuses, --werror,
# directories and unreadable files.  Catalogue: docs/diagnostics.md.
# Format: tests/golden/run.sh.

=== json: the exact record, columns in characters after multi-byte text
$ rkt check --format json main.rkt
--- main.rkt
satuan sertifikat : cacah
satuan nilai : indeks 0..100
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Layanan" {
    indikator IKSP3 "Media pembawa — ékspor" { satuan sertifikat target 25.945 }
  }
}
--- exit 1
--- stdout
{"format_version":"1.0","valid":false,"error_count":1,"warning_count":1,"diagnostics":[{"severity":"warning","code":"W003","message":"satuan 'nilai' is declared but never used","file":"main.rkt","line":2,"column":8,"end_line":2,"end_column":13},{"severity":"error","code":"E012","message":"target 25.945 is not a whole number, but satuan 'sertifikat' counts; did you mean 25_945?","file":"main.rkt","line":6,"column":73,"end_line":6,"end_column":79}]}
--- stderr

=== json: quotes in messages are escaped; warnings alone leave the file valid
$ rkt check --format json rkt.rkt
--- renstra.rkt
satuan persen : persen
renstra S "Renstra" {
  periode 2025..2029
  sasaran SP1 "Layanan \"prima\"" { indikator I1 "Satu" { satuan persen target { 2025: 50 } } }
}
--- rkt.rkt
impor "renstra.rkt"
rkt R "Rencana" {
  tahun   2025
  mengacu S
  sasaran SP1 "Layanan prima" { indikator I1 { target 50 } }
}
--- exit 0
--- stdout
{"format_version":"1.0","valid":true,"error_count":0,"warning_count":1,"diagnostics":[{"severity":"warning","code":"W042","message":"uraian of sasaran SP1 differs from renstra 'S': here \"Layanan prima\", there \"Layanan \"prima\"\"","file":"rkt.rkt","line":5,"column":15,"end_line":5,"end_column":30}]}

=== json: --werror makes warnings fail and the file invalid
$ rkt check --werror --format json main.rkt
--- main.rkt
satuan persen : persen
satuan orang : cacah
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Layanan" { indikator I1 "Satu" { satuan persen target 0 } }
}
--- exit 1
--- stdout
{"format_version":"1.0","valid":false,"error_count":0,"warning_count":1,"diagnostics":[{"severity":"warning","code":"W003","message":"satuan 'orang' is declared but never used","file":"main.rkt","line":2,"column":8,"end_line":2,"end_column":13},{"severity":"note","code":"I001","message":"target 0 uses the rule for a zero target: capaian is 100% when realisasi >= 0, else 0%","file":"main.rkt","line":5,"column":70,"end_line":5,"end_column":71}]}

=== json: nothing to report
$ rkt check --format json main.rkt
--- main.rkt
satuan persen : persen
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Layanan" { indikator I1 "Satu" { satuan persen target 50 } }
}
--- exit 0
--- stdout
{"format_version":"1.0","valid":true,"error_count":0,"warning_count":0,"diagnostics":[]}
--- stderr

=== json: syntax errors are records too
$ rkt check --format json main.rkt
--- main.rkt
satuan persen : persen;
--- exit 1
--- stdout
{"format_version":"1.0","valid":false,"error_count":1,"warning_count":0,"diagnostics":[{"severity":"error","code":"E001","message":"unexpected character ';'; items need no terminator","file":"main.rkt","line":1,"column":23,"end_line":1,"end_column":24}]}

=== json: written atomically to -o FILE
$ rkt check --format json -o out.json main.rkt; st=$?; cat out.json; exit $st
--- main.rkt
satuan persen : persen
--- exit 0
--- stdout
{"format_version":"1.0","valid":true,"error_count":0,"warning_count":1,"diagnostics":[{"severity":"warning","code":"W003","message":"satuan 'persen' is declared but never used","file":"main.rkt","line":1,"column":8,"end_line":1,"end_column":14}]}

=== github: workflow commands, one per diagnostic
$ rkt check --format github main.rkt
--- main.rkt
satuan sertifikat : cacah
satuan dokumen : cacah
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Layanan" {
    indikator IKSP3 "Media" { satuan sertifikat target 25.945 }
    indikator IKSP7 "Kasus, perkara: 100%" { satuan sertifikat target 0 }
  }
}
--- exit 1
--- stdout
::warning file=main.rkt,line=2,col=8,endLine=2,endColumn=15,title=W003::satuan 'dokumen' is declared but never used
::error file=main.rkt,line=6,col=56,endLine=6,endColumn=62,title=E012::target 25.945 is not a whole number, but satuan 'sertifikat' counts; did you mean 25_945?
::notice file=main.rkt,line=7,col=71,endLine=7,endColumn=72,title=I001::target 0 uses the rule for a zero target: capaian is 100%25 when realisasi >= 0, else 0%25

=== sarif: SARIF 2.1.0 on stdout
$ rkt check --format sarif main.rkt
--- main.rkt
satuan sertifikat : cacah
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Layanan" { indikator I1 "Media" { satuan sertifikat target 25.945 } }
}
--- exit 1
--- stdout
{
  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
  "version": "2.1.0",
  "runs": [
    {
      "tool": {
        "driver": {
          "name": "rkt",
          "informationUri": "https://example.invalid/rkt",
          "version": "0.1.0",
          "rules": [
            {
              "id": "E012",
              "shortDescription": {
                "text": "target 25.945 is not a whole number, but satuan 'sertifikat' counts; did you mean 25_945?"
              }
            }
          ]
        }
      },
      "results": [
        {
          "ruleId": "E012",
          "ruleIndex": 0,
          "level": "error",
          "message": {
            "text": "target 25.945 is not a whole number, but satuan 'sertifikat' counts; did you mean 25_945?"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "main.rkt"
                },
                "region": {
                  "startLine": 4,
                  "startColumn": 75,
                  "endLine": 4,
                  "endColumn": 81
                }
              }
            }
          ]
        }
      ],
      "columnKind": "unicodeCodePoints"
    }
  ]
}

=== human: warnings alone exit 0
$ rkt check main.rkt
--- main.rkt < fixtures/satuan-tak-dipakai.rkt
--- exit 0
--- stderr
main.rkt:2:8: warning[W003]: satuan 'orang' is declared but never used
    2 | satuan orang : cacah
      |        ^~~~~

=== human: --werror turns warnings into exit 1
$ rkt check --werror main.rkt
--- main.rkt < fixtures/satuan-tak-dipakai.rkt
--- exit 1
--- stderr
main.rkt:2:8: warning[W003]: satuan 'orang' is declared but never used
    2 | satuan orang : cacah
      |        ^~~~~

=== human: diagnostics of several files in source order
$ rkt check b.rkt a.rkt
--- a.rkt
satuan persen : persen;
satuan x : y
--- b.rkt
satuan dokumen cacah
--- exit 1
--- stderr
b.rkt:1:16: error[E009]: unexpected name 'cacah', expected one of: string, ':'
    1 | satuan dokumen cacah
      |                ^~~~~
a.rkt:1:23: error[E001]: unexpected character ';'; items need no terminator
    1 | satuan persen : persen;
      |                       ^

=== a directory argument loads every .rkt below it
$ rkt check rencana
--- rencana/satuan.rkt
satuan persen : persen
--- rencana/2025/rkt.rkt
rkt R "Rencana" {
  tahun 2025
  sasaran SP1 "Layanan" { indikator I1 "Satu" { satuan persen target 150 } }
}
--- rencana/catatan.txt
bukan file rkt;
--- exit 1
--- stderr
rencana/2025/rkt.rkt:3:70: error[E019]: target 150 is outside the range 0..100 of satuan 'persen'
    3 |   sasaran SP1 "Layanan" { indikator I1 "Satu" { satuan persen target 150 } }
      |                                                                      ^~~

=== the example directory bkhit checks with warnings only
$ rkt check $ROOT/examples/bkhit/ 2>/dev/null
--- exit 0

=== an unreadable file is a usage error (exit 2)
$ rkt check tidak-ada.rkt
--- exit 2
--- stderr
rkt: cannot read 'tidak-ada.rkt': No such file or directory

=== an unreadable file among good ones stops the run (exit 2)
$ rkt check main.rkt tidak-ada.rkt
--- main.rkt
satuan persen : persen;
--- exit 2
--- stderr
rkt: cannot read 'tidak-ada.rkt': No such file or directory
main.rkt:1:23: error[E001]: unexpected character ';'; items need no terminator
    1 | satuan persen : persen;
      |                       ^

=== no file is a usage error (exit 2)
$ rkt check
--- exit 2
--- stderr
rkt: check needs at least one FILE or directory; try 'rkt help check'

=== an unknown format is a usage error (exit 2)
$ rkt check --format xml main.rkt
--- main.rkt
satuan persen : persen
--- exit 2
--- stderr
rkt: check --format takes human, json, github or sarif, not 'xml'
