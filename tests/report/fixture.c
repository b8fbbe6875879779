/*
 * tests/report/fixture.c - a report document built by hand, rendered as
 * html or xlsx, for the reader tests (tests/report/read.sh), so that they
 * depend on the renderers only, not on the builders of `rkt report`.
 *
 *   report-fixture html|xlsx OUT
 *
 * The document (report/doc.h): three title lines; the Lampiran table of
 * an RKT in the seed's layout (two header rows, TARGET merged over the
 * number and its unit, the numbered row 1-5, a program row, a "SASARAN
 * PROGRAM n:" group row per 12 indicators) with 60 indicators, long
 * enough for several A4 pages: IKSP1's target 25945 (printed "25.945"),
 * IKSPk's target 1000 + k otherwise (IKSP2: 1002 ... IKSP60: 1060), every
 * fifth a percentage 101.96 (RD_AUTO: "101,96"); IKSP7's uraian is the
 * hostile text `Nilai <b>SAKIP</b> & "mutu" 'x'` and its KETERANGAN the
 * formula starter "=SUM(A1)"; then a bar chart of capaian (IKSPk:
 * 90 + k for k = 1..12, IKSP4 kosong) against the 100 line; a landscape
 * budget table (three programs 1.250.000.000, 2.500.000.000,
 * 750.000.000, JUMLAH 4.500.000.000) on a page of its own, a line chart
 * of realisasi per quarter, the place, date (7 Februari 2025) and signature.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "report/doc.h"

#define NIND 60
#define NCOLS 6
#define NCAP 12

static const char *const hostile = "Nilai <b>SAKIP</b> & \"mutu\" 'x'";

static RdCell *cells(Arena *a, int n)
{
    return ar_alloc(a, sizeof(RdCell) * (size_t)n);
}

static RdCell text(const char *s)
{
    return (RdCell){.kind = RD_TEXT, .text = s};
}

static RdCell num(double v, RdNumFmt fmt)
{
    return (RdCell){.kind = RD_NUM, .num = v, .fmt = fmt};
}

static RdCell covered(void)
{
    return (RdCell){.kind = RD_COVERED};
}

/* A row spanning the table: a program or a group row. */
static RdRow wide_row(Arena *a, RdRowKind kind, const char *s)
{
    RdRow r = {.kind = kind, .cells = cells(a, NCOLS)};
    r.cells[0] = text(s);
    r.cells[0].colspan = NCOLS;
    for (int c = 1; c < NCOLS; c++)
        r.cells[c] = covered();
    return r;
}

static RdTable *lampiran(Arena *a)
{
    RdTable *t = ar_alloc(a, sizeof *t);
    int n = 3 + 1 + NIND / 12 + NIND;
    t->name = "Lampiran RKT";
    t->ncols = NCOLS;
    t->rows = ar_alloc(a, sizeof(RdRow) * (size_t)n);
    static const double widths[NCOLS] = {10, 46, 9, 12, 22, 14};
    t->widths = widths;
    t->nhead = 3;

    RdRow *r = t->rows;
    r[0] = (RdRow){.kind = RD_ROW_HEAD, .cells = cells(a, NCOLS)};
    r[0].cells[0] = text("PROGRAM/ KEGIATAN/ SASARAN");
    r[0].cells[1] = text("PROGRAM/ SASARAN KEGIATAN/ INDIKATOR KINERJA");
    r[0].cells[2] = text("TARGET");
    r[0].cells[2].colspan = 2;
    r[0].cells[3] = covered();
    r[0].cells[4] = text("UNIT ORGANISASI PELAKSANA");
    r[0].cells[4].rowspan = 2;
    r[0].cells[5] = text("KETERANGAN");
    r[0].cells[5].rowspan = 2;
    r[1] = (RdRow){.kind = RD_ROW_HEAD, .cells = cells(a, NCOLS)};
    r[1].cells[0] = text("No IK");
    r[1].cells[1] = text("Uraian IK");
    r[1].cells[2] = text("2025");
    r[1].cells[2].colspan = 2;
    r[1].cells[3] = covered();
    r[1].cells[4] = covered();
    r[1].cells[5] = covered();
    r[2] = (RdRow){.kind = RD_ROW_NUMBERS, .cells = cells(a, NCOLS)};
    for (int c = 0, k = 1; c < NCOLS; c++, k++) {
        r[2].cells[c] = num(k, RD_INT);
        r[2].cells[c].align = RD_CENTER;
        if (c == 2) {
            r[2].cells[c].colspan = 2;
            r[2].cells[++c] = covered();
        }
    }
    int i = 3;
    r[i++] = wide_row(a, RD_ROW_PROGRAM, "PROGRAM PERKARANTINAAN HEWAN, IKAN DAN TUMBUHAN");
    for (int k = 1; k <= NIND; k++) {
        if (k % 12 == 1)
            r[i++] = wide_row(a, RD_ROW_GROUP,
                              ar_printf(a, "SASARAN PROGRAM %d: Meningkatnya kualitas layanan karantina %d",
                                        k / 12 + 1, k / 12 + 1));
        RdRow *row = &r[i++];
        *row = (RdRow){.kind = RD_ROW_BODY, .cells = cells(a, NCOLS)};
        bool pct = k % 5 == 0;
        row->cells[0] = text(ar_printf(a, "IKSP%d", k));
        row->cells[1] = text(k == 7 ? hostile
                             : ar_printf(a, "Jumlah sertifikat kesehatan yang diterbitkan tepat waktu, layanan %d", k));
        row->cells[2] = num(k == 1 ? 25945 : pct ? 101.96 : 1000 + k, pct ? RD_AUTO : RD_INT);
        row->cells[2].glue = true;
        row->cells[2].title = ar_printf(a, "target 2025 IKSP%d, dari rencana RKT_FIXTURE_2025", k);
        row->cells[3] = text(pct ? "%" : "Sertifikat");
        row->cells[4] = text("Balai Karantina Hewan, Ikan dan Tumbuhan");
        row->cells[5] = k == 7 ? text("=SUM(A1)") : (RdCell){.kind = RD_EMPTY};
    }
    t->nrows = i;
    return t;
}

static RdTable *anggaran(Arena *a)
{
    static const char *const prog[3] = {"Program Perkarantinaan", "Program Dukungan Manajemen",
                                        "Program Pengawasan"};
    static const double pagu[3] = {1250000000, 2500000000, 750000000};
    RdTable *t = ar_alloc(a, sizeof *t);
    t->name = "Anggaran";
    t->caption = "Tabel Anggaran";
    t->ncols = 3;
    t->nhead = 1;
    t->landscape = true;
    t->rows = ar_alloc(a, sizeof(RdRow) * 5);
    t->rows[0] = (RdRow){.kind = RD_ROW_HEAD, .cells = cells(a, 3)};
    t->rows[0].cells[0] = text("No");
    t->rows[0].cells[1] = text("Program/Kegiatan");
    t->rows[0].cells[2] = text("Anggaran (Rp)");
    for (int k = 0; k < 3; k++) {
        RdRow *row = &t->rows[k + 1];
        *row = (RdRow){.kind = RD_ROW_BODY, .cells = cells(a, 3)};
        row->cells[0] = num(k + 1, RD_INT);
        row->cells[0].align = RD_CENTER;
        row->cells[1] = text(prog[k]);
        row->cells[2] = num(pagu[k], RD_INT);
    }
    t->rows[4] = (RdRow){.kind = RD_ROW_TOTAL, .cells = cells(a, 3)};
    t->rows[4].cells[0] = text("JUMLAH");
    t->rows[4].cells[0].colspan = 2;
    t->rows[4].cells[1] = covered();
    t->rows[4].cells[2] = num(4500000000.0, RD_INT);   /* 1.25 + 2.5 + 0.75 billion */
    t->nrows = 5;
    return t;
}

static RdChart *capaian_chart(Arena *a)
{
    RdChart *ch = ar_alloc(a, sizeof *ch);
    const char **cats = ar_alloc(a, sizeof *cats * NCAP);
    const char **titles = ar_alloc(a, sizeof *titles * NCAP);
    double *v = ar_alloc(a, sizeof *v * NCAP);
    bool *ada = ar_alloc(a, sizeof *ada * NCAP);
    for (int k = 0; k < NCAP; k++) {
        cats[k] = ar_printf(a, "IKSP%d", k + 1);
        v[k] = 90 + k + 1;
        ada[k] = k != 3;
        titles[k] = ar_printf(a, "capaian IKSP%d = realisasi / target x 100", k + 1);
    }
    RdSeries *se = ar_alloc(a, sizeof *se);
    *se = (RdSeries){.name = "Capaian 2025", .v = v, .ada = ada, .titles = titles};
    *ch = (RdChart){.kind = RD_CHART_BAR, .title = "Capaian per indikator", .y_label = "%",
                    .cats = cats, .ncats = NCAP, .series = se, .nseries = 1,
                    .has_ref = true, .ref = 100, .table = 0};
    return ch;
}

static RdChart *triwulan_chart(Arena *a)
{
    static const char *const cats[4] = {"TW I", "TW II", "TW III", "TW IV"};
    static const double real[4] = {6100, 12700, 19000, 0};
    static const bool ada[4] = {true, true, true, false};
    static const double target[4] = {6486, 12972, 19459, 25945};
    RdSeries *se = ar_alloc(a, sizeof *se * 2);
    se[0] = (RdSeries){.name = "Realisasi kumulatif", .v = real, .ada = ada};
    se[1] = (RdSeries){.name = "Target kumulatif", .v = target};
    RdChart *ch = ar_alloc(a, sizeof *ch);
    *ch = (RdChart){.kind = RD_CHART_LINE, .title = "Realisasi IKSP1 per triwulan",
                    .y_label = "Sertifikat", .cats = cats, .ncats = 4, .series = se,
                    .nseries = 2, .table = 1};
    return ch;
}

static RdDoc *fixture(Arena *a)
{
    RdSign *sg = ar_alloc(a, sizeof *sg);
    sg->tempat = "Pontianak";
    sg->y = 2025, sg->m = 2, sg->d = 7;
    sg->right = (RdParty){.set = true, .jabatan = "Kepala Balai", .nama = "Amdali Adhitama",
                          .nip = "197001011990031001", .pangkat = "Pembina Utama Muda (IV/c)"};
    RdBlock b[] = {
        {.kind = RD_B_TITLE, .text = "LAMPIRAN RENCANA KINERJA TAHUNAN (RKT)"},
        {.kind = RD_B_TITLE, .text = "BALAI KARANTINA HEWAN, IKAN DAN TUMBUHAN KALIMANTAN BARAT"},
        {.kind = RD_B_TITLE, .text = "TAHUN 2025"},
        {.kind = RD_B_TABLE, .table = lampiran(a)},
        {.kind = RD_B_CHART, .chart = capaian_chart(a)},
        {.kind = RD_B_HEADING, .text = "Anggaran"},
        {.kind = RD_B_PARA, .text = "Anggaran per program tahun 2025, dalam rupiah."},
        {.kind = RD_B_TABLE, .table = anggaran(a)},
        {.kind = RD_B_CHART, .chart = triwulan_chart(a)},
        {.kind = RD_B_SIGN, .sign = sg},
    };
    RdDoc *doc = ar_alloc(a, sizeof *doc);
    doc->title = "RKT BKHIT 2025 (fixture)";
    doc->jenis = "rkt";
    doc->nblocks = (int)(sizeof b / sizeof b[0]);
    doc->blocks = ar_alloc(a, sizeof b);
    memcpy(doc->blocks, b, sizeof b);
    doc->arena = a;
    return doc;
}

int main(int argc, char **argv)
{
    if (argc != 3 || (strcmp(argv[1], "html") && strcmp(argv[1], "xlsx"))) {
        fprintf(stderr, "usage: report-fixture html|xlsx OUT\n");
        return 2;
    }
    Arena *a = ar_new();
    RdDoc *doc = fixture(a);
    char *err = NULL;
    int rc;
    if (!strcmp(argv[1], "xlsx")) {
        rc = rd_render_xlsx(argv[2], doc, &err);
    } else {
        FILE *f = fopen(argv[2], "w");
        if (!f) {
            perror(argv[2]);
            return 2;
        }
        rc = rd_render_html(f, doc, &err);
        if (fclose(f) != 0)
            rc = -1;
    }
    if (rc != 0)
        fprintf(stderr, "report-fixture: %s\n", err ? err : "write error");
    free(err);
    ar_free(a);
    return rc == 0 ? 0 : 1;
}
