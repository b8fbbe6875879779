# Indicators of tingkat units in eval's outputs (CLI.md "eval output"):
# target and realisasi are the level strings in JSON (and JSON Lines with
# --semua), the level in table, CSV and md.  Capaian by hand:
#   OPINI   target WTP, R WDP, no level values: WDP is worse than WTP -> 0
#   OPINI_N target WTP, R WDP, values WTP = 100, WDP = 75: 75 / 100 x 100 = 75
#   UPT_B's OPINI target WDP, R WTP (better): 100
#   sasaran SP1 of UPT_A: (0 + 75) / 2 = 37.5; UPT_B: 100

=== --semua JSON Lines: level target and realisasi as strings
$ rkt eval main.rkt --data realisasi.csv --semua --format json
--- main.rkt
satuan opini   : tingkat { WTP, WDP, TW, TMP }
satuan opini_n : tingkat { WTP = 100, WDP = 75, TW = 50, TMP = 0 }
rkt UPT_A "UPT A" {
  tahun 2025
  sasaran SP1 "Akuntabilitas" {
    indikator OPINI "Opini BPK" { satuan opini target WTP }
    indikator OPINI_N "Opini BPK bernilai" { satuan opini_n target WTP }
  }
}
rkt UPT_B "UPT B" {
  tahun 2025
  sasaran SP1 "Akuntabilitas" {
    indikator OPINI "Opini BPK" { satuan opini target WDP }
  }
}
--- realisasi.csv
rencana,kode,periode,nilai
UPT_A,OPINI,2025,WDP
UPT_A,OPINI_N,2025,WDP
UPT_B,OPINI,2024,TMP
UPT_B,OPINI,2025,WTP
--- stdout
{"rencana":"UPT_A","tahun":2025,"periode":"2025","capaian":37.5,"predikat":null,"anggaran":null,"realisasi_anggaran":null,"serapan":null,"sasaran":[{"kode":"SP1","uraian":"Akuntabilitas","induk":null,"tingkat":null,"capaian":37.5,"predikat":null,"tanpa_data":[],"indikator":[{"kode":"OPINI","uraian":"Opini BPK","satuan":"opini","polaritas":"maksimal","konsolidasi":"terakhir","target":"WTP","realisasi":"WDP","capaian":0,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null},{"kode":"OPINI_N","uraian":"Opini BPK bernilai","satuan":"opini_n","polaritas":"maksimal","konsolidasi":"terakhir","target":"WTP","realisasi":"WDP","capaian":75,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null}]}],"program":[],"tujuan":[],"temuan":[]}
{"rencana":"UPT_B","tahun":2025,"periode":"2025","capaian":100,"predikat":null,"anggaran":null,"realisasi_anggaran":null,"serapan":null,"sasaran":[{"kode":"SP1","uraian":"Akuntabilitas","induk":null,"tingkat":null,"capaian":100,"predikat":null,"tanpa_data":[],"indikator":[{"kode":"OPINI","uraian":"Opini BPK","satuan":"opini","polaritas":"maksimal","konsolidasi":"terakhir","target":"WDP","realisasi":"WTP","capaian":100,"predikat":null,"pelaksana":null,"mendukung":null,"tanpa_data":[],"kondisi_awal":null}]}],"program":[],"tujuan":[],"temuan":[]}

=== table, CSV and md show the level
$ rkt eval main.rkt --data realisasi.csv --format table
$ rkt eval main.rkt --data realisasi.csv --format csv
$ rkt eval main.rkt --data realisasi.csv --format md
--- main.rkt
satuan opini   : tingkat { WTP, WDP, TW, TMP }
satuan opini_n : tingkat { WTP = 100, WDP = 75, TW = 50, TMP = 0 }
rkt UPT_A "UPT A" {
  tahun 2025
  sasaran SP1 "Akuntabilitas" {
    indikator OPINI "Opini BPK" { satuan opini target WTP }
    indikator OPINI_N "Opini BPK bernilai" { satuan opini_n target WTP }
  }
}
--- realisasi.csv
kode,periode,nilai
OPINI,2025,WDP
OPINI_N,2025,WDP
--- stdout
SP1  Akuntabilitas  capaian 37.50
Kode     Uraian              Satuan   Target  Realisasi  Capaian %  Predikat
OPINI    Opini BPK           opini       WTP        WDP          0  -
OPINI_N  Opini BPK bernilai  opini_n     WTP        WDP         75  -

Capaian UPT_A (2025): 37.50

Temuan: tidak ada
kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat,pelaksana,jenis,anggaran,realisasi_anggaran,serapan
OPINI,SP1,Opini BPK,opini,maksimal,terakhir,WTP,WDP,0,,,indikator,,,
OPINI_N,SP1,Opini BPK bernilai,opini_n,maksimal,terakhir,WTP,WDP,75,,,indikator,,,
# UPT_A — UPT A (2025)

## SP1 — Akuntabilitas

| Kode | Uraian | Satuan | Target | Realisasi | Capaian % | Predikat |
|---|---|---|--:|--:|--:|---|
| OPINI | Opini BPK | opini | WTP | WDP | 0 | - |
| OPINI_N | Opini BPK bernilai | opini_n | WTP | WDP | 75 | - |

Capaian SP1: 37.50

**Capaian UPT_A (2025): 37.50**

## Temuan

Tidak ada temuan.
