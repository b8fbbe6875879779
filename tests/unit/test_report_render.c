/*
 * test_report_render.c - the html and xlsx renderers of a report on small
 * hand-built documents: every text escaped (html entities; xlsx a string
 * cell, never a formula), numbers printed by rd_num_text in html and kept
 * numeric with #,##0 / #,##0.00 in xlsx, the workbook's fixed creation
 * time, sheet names Excel accepts, and which table a block goes with.
 * The xlsx parts are read back with `unzip -p`.
 */
#include "testutil.h"

#include <math.h>
#include <unistd.h>

#include "base/util.h"
#include "report/doc.h"
#include "report/render_util.h"

static const char *const hostile = "Nilai <b>SAKIP</b> & \"mutu\" 'x'";
static const char *const hostile_xml = "Nilai &lt;b&gt;SAKIP&lt;/b&gt; &amp; &quot;mutu&quot; &apos;x&apos;";

/* A one-row table of `n` cells under one header row "H1".."Hn". */
static RdTable *table1(Arena *a, const char *name, const RdCell *body, int n)
{
    RdTable *t = ar_alloc(a, sizeof *t);
    t->name = name;
    t->ncols = n;
    t->nrows = 2;
    t->nhead = 1;
    t->rows = ar_alloc(a, sizeof(RdRow) * 2);
    t->rows[0] = (RdRow){.kind = RD_ROW_HEAD, .cells = ar_alloc(a, sizeof(RdCell) * (size_t)n)};
    t->rows[1] = (RdRow){.kind = RD_ROW_BODY, .cells = ar_alloc(a, sizeof(RdCell) * (size_t)n)};
    for (int c = 0; c < n; c++) {
        t->rows[0].cells[c] = (RdCell){.kind = RD_TEXT, .text = ar_printf(a, "H%d", c + 1)};
        t->rows[1].cells[c] = body[c];
    }
    return t;
}

static RdDoc *doc_of(Arena *a, const RdBlock *b, int n)
{
    RdDoc *d = ar_alloc(a, sizeof *d);
    d->title = "T";
    d->jenis = "rkt";
    d->blocks = ar_alloc(a, sizeof(RdBlock) * (size_t)n);
    memcpy(d->blocks, b, sizeof(RdBlock) * (size_t)n);
    d->nblocks = n;
    d->arena = a;
    return d;
}

static char *html_of(const RdDoc *d)
{
    Capture cap;
    FILE *f = cap_open(&cap);
    char *err = NULL;
    assert_int_equal(rd_render_html(f, d, &err), 0);
    assert_null(err);
    return cap_close(&cap);
}

/* The body cells: 25945 glued to "Sertifikat", 101.96 (RD_AUTO), 100 as
 * RD_DEC2, a rupiah sum, a NaN, the hostile text, a formula starter. */
static RdDoc *numbers_doc(Arena *a, bool en)
{
    RdCell body[] = {
        {.kind = RD_NUM, .num = 25945, .fmt = RD_INT, .glue = true, .title = hostile},
        {.kind = RD_TEXT, .text = "Sertifikat"},
        {.kind = RD_NUM, .num = 101.96, .fmt = RD_AUTO},
        {.kind = RD_NUM, .num = 100, .fmt = RD_DEC2},
        {.kind = RD_NUM, .num = 1250000000, .fmt = RD_AUTO},
        {.kind = RD_NUM, .num = NAN, .fmt = RD_INT},
        {.kind = RD_TEXT, .text = hostile},
        {.kind = RD_TEXT, .text = "=SUM(A1)"},
        {.kind = RD_TEXT, .text = "Jenis/Satuan"},
    };
    RdBlock b[] = {
        {.kind = RD_B_TITLE, .text = hostile},
        {.kind = RD_B_HEADING, .text = hostile},
        {.kind = RD_B_PARA, .text = hostile},
        {.kind = RD_B_TABLE, .table = table1(a, "Tabel", body, 9)},
    };
    RdDoc *d = doc_of(a, b, 4);
    d->title = hostile;
    d->angka_en = en;
    return d;
}

static int count(const char *hay, const char *needle)
{
    int n = 0;
    for (const char *p = hay; (p = strstr(p, needle)); p += strlen(needle))
        n++;
    return n;
}

static void test_html_escapes_every_text(void **state)
{
    (void)state;
    Arena *a = ar_new();
    char *h = html_of(numbers_doc(a, false));
    /* <title>, the title line, the heading, the paragraph, the cell: 5 */
    assert_int_equal(count(h, hostile_xml), 6);   /* and the number cell's title attribute */
    assert_null(strstr(h, "<b>SAKIP"));
    assert_null(strstr(h, "\"mutu\""));
    assert_non_null(strstr(h, "<td class=\"l\">=SUM(A1)</td>"));
    /* a break allowed in word/word, not in "&lt;/b&gt;" */
    assert_non_null(strstr(h, "<td class=\"l\">Jenis/<wbr>Satuan</td>"));
    assert_non_null(strstr(h, "&lt;/b&gt;"));
    assert_non_null(strstr(h, " title=\"Nilai &lt;b&gt;SAKIP&lt;/b&gt; &amp; &quot;mutu&quot; &apos;x&apos;\">"));
    free(h);
    ar_free(a);
}

static void test_html_number_cells(void **state)
{
    (void)state;
    Arena *a = ar_new();
    char *h = html_of(numbers_doc(a, false));
    /* the glued pair is one cell over both columns, right-aligned */
    assert_non_null(strstr(h, "<td colspan=\"2\" class=\"r n\""));
    assert_non_null(strstr(h, ">25.945 Sertifikat</td>"));
    assert_non_null(strstr(h, "<td class=\"r n\">101,96</td>"));
    assert_non_null(strstr(h, "<td class=\"r n\">100,00</td>"));
    assert_non_null(strstr(h, "<td class=\"r n\">1.250.000.000</td>"));
    assert_non_null(strstr(h, "<td class=\"r n\"></td>"));      /* NaN: blank */
    assert_null(strstr(h, "nan"));
    free(h);
    char *e = html_of(numbers_doc(a, true));
    assert_non_null(strstr(e, ">25,945 Sertifikat</td>"));
    assert_non_null(strstr(e, ">101.96</td>"));
    assert_non_null(strstr(e, ">1,250,000,000</td>"));
    free(e);
    ar_free(a);
}

static void test_html_chart_inline_and_titled(void **state)
{
    (void)state;
    Arena *a = ar_new();
    static const double v[3] = {95, 120, 0};
    static const bool ada[3] = {true, true, false};
    const char *cats[3] = {"IK1", hostile, "IK3"};
    const char *titles[3] = {"95 = 19 / 20 x 100", "120 = 6 / 5 x 100", NULL};
    RdSeries se = {.name = "Capaian", .v = v, .ada = ada, .titles = titles};
    RdChart ch = {.kind = RD_CHART_BAR, .title = "Capaian", .y_label = "%", .cats = cats, .ncats = 3,
                  .series = &se, .nseries = 1, .has_ref = true, .ref = 100};
    RdBlock b[] = {{.kind = RD_B_CHART, .chart = &ch}};
    char *h = html_of(doc_of(a, b, 1));
    assert_int_equal(count(h, "<svg "), 1);
    /* the only URL is the SVG namespace's */
    assert_int_equal(count(h, "://"), 1);
    assert_non_null(strstr(h, "xmlns=\"http://www.w3.org/2000/svg\""));
    /* two bars (IK3 kosong), each with its explanation */
    assert_int_equal(count(h, "</rect>"), 2);      /* (the legend's is empty) */
    assert_non_null(strstr(h, "<title>Capaian \xe2\x80\x93 IK1: 95 %. 95 = 19 / 20 x 100</title>"));
    assert_non_null(strstr(h, "<title>Capaian \xe2\x80\x93 Nilai &lt;b&gt;SAKIP"));
    assert_null(strstr(h, "<b>SAKIP"));
    /* the 100 line */
    assert_non_null(strstr(h, "stroke-dasharray=\"6 3\"><title>100 %</title>"));
    free(h);
    ar_free(a);
}

/* ---- xlsx ----------------------------------------------------------- */

/* The member `part` of the xlsx at path, malloc'd. */
static char *xlsx_part(const char *path, const char *part)
{
    char *cmd = xasprintf("unzip -p '%s' '%s'", path, part);
    FILE *p = popen(cmd, "r");
    free(cmd);
    assert_non_null(p);
    Sbuf b;
    sb_init(&b);
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0)
        sb_add(&b, buf, n);
    assert_int_equal(pclose(p), 0);
    return sb_take(&b);
}

static char *xlsx_of(const RdDoc *d, char *path)
{
    strcpy(path, "/tmp/rkt-test-xlsx-XXXXXX");
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    char *err = NULL;
    assert_int_equal(rd_render_xlsx(path, d, &err), 0);
    assert_null(err);
    return path;
}

/* The <c> element of cell ref in the sheet's XML, malloc'd. */
static char *xml_cell(const char *sheet, const char *ref)
{
    char *at = xasprintf("<c r=\"%s\"", ref);
    const char *p = strstr(sheet, at);
    free(at);
    assert_non_null(p);
    const char *end = strstr(p, "</c>");
    const char *empty = strstr(p, "/>");
    if (!end || (empty && empty < end && !memchr(p, '>', (size_t)(empty - p))))
        end = empty;
    assert_non_null(end);
    return xstrndup(p, (size_t)(end - p));
}

/* The number format of a cell (its style s in styles.xml's cellXfs, from
 * 0, then the style's numFmtId: 3 and 4 are the built-in #,##0 and
 * #,##0.00, 164 on those written in numFmts), malloc'd. */
static char *xf_numfmt(const char *styles, const char *cell)
{
    const char *s = strstr(cell, " s=\"");
    assert_non_null(s);
    int idx = atoi(s + 4);
    const char *p = strstr(styles, "<cellXfs");
    assert_non_null(p);
    for (int i = 0; i <= idx; i++) {
        p = strstr(p + 1, "<xf ");
        assert_non_null(p);
    }
    const char *id = strstr(p, "numFmtId=\"");
    assert_non_null(id);
    int n = atoi(id + 10);
    if (n == 3 || n == 4)
        return xstrdup(n == 3 ? "#,##0" : "#,##0.00");
    char *at = xasprintf("<numFmt numFmtId=\"%d\" formatCode=\"", n);
    const char *f = strstr(styles, at);
    assert_non_null(f);
    f += strlen(at);
    free(at);
    return xstrndup(f, strcspn(f, "\""));
}

static void assert_numfmt(const char *styles, const char *cell, const char *want)
{
    char *got = xf_numfmt(styles, cell);
    assert_string_equal(got, want);
    free(got);
}

static void test_xlsx_number_and_text_cells(void **state)
{
    (void)state;
    Arena *a = ar_new();
    char path[64];
    xlsx_of(numbers_doc(a, false), path);
    char *sheet = xlsx_part(path, "xl/worksheets/sheet1.xml");
    char *styles = xlsx_part(path, "xl/styles.xml");
    char *strings = xlsx_part(path, "xl/sharedStrings.xml");
    /* rows: 1 the title, 3 the heading (after a blank row), 4 the
     * paragraph, 6 the header (after a blank row), 7 the body */
    char *c = xml_cell(sheet, "A7");
    assert_non_null(strstr(c, "<v>25945</v>"));
    assert_null(strstr(c, " t=\""));                  /* a number, not a string */
    assert_numfmt(styles, c, "#,##0");        /* #,##0 */
    free(c);
    c = xml_cell(sheet, "B7");
    assert_non_null(strstr(c, " t=\"s\""));           /* the unit beside it, a string */
    free(c);
    c = xml_cell(sheet, "C7");
    assert_non_null(strstr(c, "<v>101.96</v>"));
    assert_null(strstr(c, " t=\""));
    assert_numfmt(styles, c, "#,##0.00");        /* RD_AUTO, not whole: #,##0.00 */
    free(c);
    c = xml_cell(sheet, "D7");
    assert_non_null(strstr(c, "<v>100</v>"));
    assert_numfmt(styles, c, "#,##0.00");        /* RD_DEC2 */
    free(c);
    c = xml_cell(sheet, "E7");
    assert_non_null(strstr(c, "<v>1250000000</v>"));
    assert_numfmt(styles, c, "#,##0");        /* RD_AUTO, whole */
    free(c);
    c = xml_cell(sheet, "F7");                         /* NaN: a blank cell */
    assert_null(strstr(c, "<v>"));
    free(c);
    c = xml_cell(sheet, "H7");
    assert_non_null(strstr(c, " t=\"s\""));
    free(c);
    assert_null(strstr(sheet, "<f>"));                 /* no formula anywhere */
    assert_non_null(strstr(strings, "<t>=SUM(A1)</t>"));
    assert_non_null(strstr(strings, "Nilai &lt;b&gt;SAKIP&lt;/b&gt; &amp;"));
    /* the header repeated on each page, frozen below it; A4, fit to width */
    char *wb = xlsx_part(path, "xl/workbook.xml");
    assert_non_null(strstr(wb, "_xlnm.Print_Titles"));
    assert_non_null(strstr(wb, "Tabel!$6:$6"));
    assert_non_null(strstr(sheet, "<pane ySplit=\"6\" topLeftCell=\"A7\""));
    assert_non_null(strstr(sheet, "paperSize=\"9\""));
    assert_non_null(strstr(sheet, "fitToHeight=\"0\""));
    free(wb);
    free(sheet);
    free(styles);
    free(strings);
    unlink(path);
    ar_free(a);
}

static void test_xlsx_created_is_the_documents_date(void **state)
{
    (void)state;
    Arena *a = ar_new();
    char path[64];
    RdCell body[] = {{.kind = RD_NUM, .num = 1, .fmt = RD_INT}};
    RdSign sg = {.tempat = "Pontianak", .y = 2025, .m = 2, .d = 7,
                 .right = {.set = true, .jabatan = "Kepala Balai", .nama = "A", .plt = true}};
    RdBlock b[] = {{.kind = RD_B_TABLE, .table = table1(a, "T", body, 1)}, {.kind = RD_B_SIGN, .sign = &sg}};
    xlsx_of(doc_of(a, b, 2), path);
    char *core = xlsx_part(path, "docProps/core.xml");
    assert_non_null(strstr(core, "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2025-02-07T00:00:00Z"));
    free(core);
    char *strings = xlsx_part(path, "xl/sharedStrings.xml");
    assert_non_null(strstr(strings, "<t>Plt. Kepala Balai</t>"));
    free(strings);
    unlink(path);
    xlsx_of(doc_of(a, b, 1), path);                    /* no signature: 2000-01-01 */
    core = xlsx_part(path, "docProps/core.xml");
    assert_non_null(strstr(core, ">2000-01-01T00:00:00Z<"));
    free(core);
    unlink(path);
    ar_free(a);
}

static void test_xlsx_sheet_names(void **state)
{
    (void)state;
    Arena *a = ar_new();
    char path[64];
    RdCell body[] = {{.kind = RD_EMPTY}};
    RdBlock b[] = {
        {.kind = RD_B_TABLE, .table = table1(a, "A/B:C*[x]", body, 1)},
        {.kind = RD_B_TABLE, .table = table1(a, "a_b_c__x_", body, 1)},   /* the same, ignoring case */
        {.kind = RD_B_TABLE, .table = table1(a, "", body, 1)},
        {.kind = RD_B_TABLE, .table = table1(a, "'Satu dua tiga empat lima enam tujuh", body, 1)},
    };
    xlsx_of(doc_of(a, b, 4), path);
    char *wb = xlsx_part(path, "xl/workbook.xml");
    assert_non_null(strstr(wb, "name=\"A_B_C__x_\""));
    assert_non_null(strstr(wb, "name=\"Tabel 2\""));
    assert_non_null(strstr(wb, "name=\"Tabel 3\""));
    assert_non_null(strstr(wb, "name=\"Satu dua tiga empat lima enam t\""));  /* 31 characters */
    free(wb);
    unlink(path);
    ar_free(a);
}

static void test_block_tables(void **state)
{
    (void)state;
    Arena *a = ar_new();
    RdCell body[] = {{.kind = RD_EMPTY}};
    RdTable *t0 = table1(a, "A", body, 1), *t1 = table1(a, "B", body, 1);
    RdChart ch = {.table = 0};
    RdBlock b[] = {
        {.kind = RD_B_TITLE, .text = "x"}, {.kind = RD_B_TABLE, .table = t0},
        {.kind = RD_B_PARA, .text = "y"}, {.kind = RD_B_TABLE, .table = t1},
        {.kind = RD_B_SIGN}, {.kind = RD_B_CHART, .chart = &ch},
    };
    RdDoc *d = doc_of(a, b, 6);
    int tab[6];
    rr_block_tables(d, tab);
    int want[6] = {0, 0, 1, 1, 1, 0};
    for (int i = 0; i < 6; i++)
        assert_int_equal(tab[i], want[i]);
    RdDoc *none = doc_of(a, b, 1);
    rr_block_tables(none, tab);
    assert_int_equal(tab[0], -1);
    ar_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_html_escapes_every_text),
        cmocka_unit_test(test_html_number_cells),
        cmocka_unit_test(test_html_chart_inline_and_titled),
        cmocka_unit_test(test_xlsx_number_and_text_cells),
        cmocka_unit_test(test_xlsx_created_is_the_documents_date),
        cmocka_unit_test(test_xlsx_sheet_names),
        cmocka_unit_test(test_block_tables),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
