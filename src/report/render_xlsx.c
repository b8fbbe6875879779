/*
 * render_xlsx.c - a report as an Excel workbook (rd_render_xlsx), with
 * libxlsxwriter (CLI.md "Documents", xlsx).
 *
 * One sheet per table, named by RdTable.name.  The other blocks go on the
 * sheet of the table they go with (render_util.h: a title, heading or
 * paragraph above the table it introduces, a signature below the table
 * before it), a chart on the sheet of RdChart.table, below its data
 * block (the chart's categories and values as cells, which a native chart
 * must refer to).  A number is a numeric cell with the display format
 * #,##0 or #,##0.00 (never text: a planner sums the column), a date a
 * date cell, text a string cell written with worksheet_write_string (so
 * "=SUM(A1)" stays text, never a formula).  Header rows are merged as the
 * spans say, repeated on every printed page and frozen; the page is A4,
 * landscape when the table says so, fitted to the page width, with the
 * footer "Halaman &P dari &N".  The workbook's creation time is the
 * document's own date (its first signature's), or 2000-01-01 without
 * one, so the same document gives the same bytes.
 *
 * libxlsxwriter is loaded when the first workbook is written, and called
 * through its table xl_lib (xlsx_load.h); without it the report fails
 * with the package to install, before any file is made.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/i18n.h"
#include "base/source.h"
#include "base/util.h"
#include "out/escape.h"
#include "report/doc.h"
#include "report/render_util.h"
#include "report/xlsx_load.h"

/* What a cell's format is for; with the number format, the alignment and
 * bold, the key of the format cache. */
enum {
    XR_BODY,        /* a table cell: borders, wrapped, top-aligned */
    XR_HEAD,        /* a header cell: bold, centred, shaded */
    XR_NUMROW,      /* the numbered column row: centred, italic, shaded */
    XR_TITLE,       /* a title line: bold, centred, larger */
    XR_HEADING,     /* a heading or a caption: bold */
    XR_PARA,        /* a paragraph: wrapped */
    XR_PLAIN,       /* signature lines */
    XR_NAME,        /* the signer's name: bold, underlined */
    XR_N
};
enum { XN_NONE, XN_INT, XN_DEC2, XN_DATE, XN_N };

#define XL_CHART_ROWS 20        /* rows a chart covers at its default height */
#define XL_STR_CUT 32000        /* bytes kept of a longer text (Excel: 32767 chars) */
#define XL_NAME_MAX 31          /* Excel's sheet name limit, in characters */

typedef struct XlSheet {
    lxw_worksheet *ws;
    char name[4 * XL_NAME_MAX + 16];
    const RdTable *t;           /* NULL: the one sheet of a document without tables */
    int ncols;                  /* what titles span: the table's columns, at least 2 */
    double width;               /* the columns' widths added up, in characters */
    lxw_row_t row;              /* the next free row */
    lxw_row_t breaks[LXW_BREAKS_MAX + 1];
    int nbreaks;
} XlSheet;

typedef struct Xl {
    lxw_workbook *wb;
    const RdDoc *doc;
    lxw_format *fmt[XR_N][XN_N][3][2];
    XlSheet *sheets;
    int nsheets;
    lxw_error first;            /* the first error a write gave */
    const char *limit;          /* a limit of the format reached, or NULL */
} Xl;

static void xl_check(Xl *x, lxw_error e)
{
    if (e != LXW_NO_ERROR && x->first == LXW_NO_ERROR)
        x->first = e;
}

/* ---- formats -------------------------------------------------------- */

static lxw_format *xl_fmt(Xl *x, int role, int nf, RdAlign al, bool bold)
{
    lxw_format **slot = &x->fmt[role][nf][al][bold];
    if (*slot)
        return *slot;
    lxw_format *f = xl_lib.workbook_add_format(x->wb);
    static const uint8_t aligns[3] = {LXW_ALIGN_LEFT, LXW_ALIGN_CENTER, LXW_ALIGN_RIGHT};
    switch (role) {
    case XR_BODY:
        xl_lib.format_set_border(f, LXW_BORDER_THIN);
        xl_lib.format_set_text_wrap(f);
        xl_lib.format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        break;
    case XR_HEAD:
        xl_lib.format_set_border(f, LXW_BORDER_THIN);
        xl_lib.format_set_text_wrap(f);
        xl_lib.format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
        xl_lib.format_set_bg_color(f, 0xD9D9D9);
        bold = true;
        al = RD_CENTER;
        break;
    case XR_NUMROW:
        xl_lib.format_set_border(f, LXW_BORDER_THIN);
        xl_lib.format_set_italic(f);
        xl_lib.format_set_bg_color(f, 0xF2F2F2);
        al = RD_CENTER;
        break;
    case XR_TITLE:
        xl_lib.format_set_font_size(f, 12);
        bold = true;
        al = RD_CENTER;
        break;
    case XR_HEADING:
        bold = true;
        break;
    case XR_PARA:
        xl_lib.format_set_text_wrap(f);
        xl_lib.format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        break;
    case XR_NAME:
        xl_lib.format_set_underline(f, LXW_UNDERLINE_SINGLE);
        bold = true;
        break;
    default:
        break;
    }
    xl_lib.format_set_align(f, aligns[al]);
    if (bold)
        xl_lib.format_set_bold(f);
    if (nf == XN_INT)
        xl_lib.format_set_num_format(f, "#,##0");
    else if (nf == XN_DEC2)
        xl_lib.format_set_num_format(f, "#,##0.00");
    else if (nf == XN_DATE)
        /* Indonesian month names, as the documents are written: "7 Februari 2025" */
        xl_lib.format_set_num_format(f, "[$-421]d mmmm yyyy");
    *slot = f;
    return f;
}

/* ---- cells ---------------------------------------------------------- */

/* Text as a cell holds it: a control character or a byte that is not
 * UTF-8 shown escaped (tab and line ends stay), cut to what a cell holds;
 * malloc'd. */
static char *xl_text(const char *s)
{
    char *t = out_esc_dup(s ? s : "", OUT_ESC_CSV);
    size_t n = strlen(t);
    if (n > XL_STR_CUT) {
        n = XL_STR_CUT;
        while (n > 0 && ((unsigned char)t[n] & 0xC0) == 0x80)
            n--;            /* not inside a character */
        t[n] = '\0';
    }
    return t;
}

static void xl_string(Xl *x, XlSheet *s, lxw_row_t r, lxw_col_t c, const char *text, lxw_format *f)
{
    char *t = xl_text(text);
    xl_check(x, xl_lib.worksheet_write_string(s->ws, r, c, t, f));
    free(t);
}

/* Text over columns c1..c2 of row r (merged when more than one). */
static void xl_span_text(Xl *x, XlSheet *s, lxw_row_t r, int c1, int c2, const char *text, lxw_format *f)
{
    if (c2 <= c1) {
        xl_string(x, s, r, (lxw_col_t)c1, text, f);
        return;
    }
    char *t = xl_text(text);
    xl_check(x, xl_lib.worksheet_merge_range(s->ws, r, (lxw_col_t)c1, r, (lxw_col_t)c2, t, f));
    free(t);
}

static bool xl_date_ok(int y, int m, int d)
{
    return y >= 1900 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

static void xl_date(Xl *x, XlSheet *s, lxw_row_t r, lxw_col_t c, int y, int m, int d, lxw_format *f)
{
    if (!xl_date_ok(y, m, d)) {
        xl_check(x, xl_lib.worksheet_write_blank(s->ws, r, c, f));
        return;
    }
    lxw_datetime dt = {y, m, d, 0, 0, 0.0};
    xl_check(x, xl_lib.worksheet_write_datetime(s->ws, r, c, &dt, f));
}

static int xl_numfmt(const RdCell *cell)
{
    if (cell->kind == RD_DATE)
        return XN_DATE;
    if (cell->kind != RD_NUM)
        return XN_NONE;
    return rr_num_fmt(cell->num, cell->fmt) == RD_INT ? XN_INT : XN_DEC2;
}

/* One cell's value at (r, c) in format f: a number a numeric cell, never
 * a text; a non-finite number blank. */
static void xl_value(Xl *x, XlSheet *s, lxw_row_t r, lxw_col_t c, const RdCell *cell, lxw_format *f)
{
    switch (cell->kind) {
    case RD_TEXT:
        xl_string(x, s, r, c, cell->text, f);
        break;
    case RD_NUM:
        if (isfinite(cell->num))
            xl_check(x, xl_lib.worksheet_write_number(s->ws, r, c, cell->num, f));
        else
            xl_check(x, xl_lib.worksheet_write_blank(s->ws, r, c, f));
        break;
    case RD_DATE:
        xl_date(x, s, r, c, cell->y, cell->m, cell->d, f);
        break;
    default:
        xl_check(x, xl_lib.worksheet_write_blank(s->ws, r, c, f));
        break;
    }
    if (cell->title && *cell->title) {
        char *t = xl_text(cell->title);
        xl_check(x, xl_lib.worksheet_write_comment(s->ws, r, c, t));
        free(t);
    }
}

/* A cell over rows r1..r2 and columns c1..c2: the range merged (its
 * format on every cell under it), then the value in its first cell. */
static void xl_put(Xl *x, XlSheet *s, lxw_row_t r1, int c1, lxw_row_t r2, int c2,
                   const RdCell *cell, lxw_format *f)
{
    if (r2 > r1 || c2 > c1)
        xl_check(x, xl_lib.worksheet_merge_range(s->ws, r1, (lxw_col_t)c1, r2, (lxw_col_t)c2, "", f));
    xl_value(x, s, r1, (lxw_col_t)c1, cell, f);
}

/* ---- tables --------------------------------------------------------- */

static int xl_role(RdRowKind k)
{
    return k == RD_ROW_HEAD ? XR_HEAD : k == RD_ROW_NUMBERS ? XR_NUMROW : XR_BODY;
}

static bool xl_bold_row(RdRowKind k)
{
    return k == RD_ROW_GROUP || k == RD_ROW_PROGRAM || k == RD_ROW_TOTAL;
}

/* Whether the span's cells are all free (taken marks what earlier spans
 * cover); marks them when they are.  A span over another is dropped:
 * Excel would have to repair an overlapping merge. */
static bool xl_claim(bool *taken, int ncols, int r, int c, int rs, int cs)
{
    for (int i = r; i < r + rs; i++)
        for (int j = c; j < c + cs; j++)
            if (taken[(size_t)i * (size_t)ncols + (size_t)j])
                return false;
    for (int i = r; i < r + rs; i++)
        for (int j = c; j < c + cs; j++)
            taken[(size_t)i * (size_t)ncols + (size_t)j] = true;
    return true;
}

static void xl_table_row(Xl *x, XlSheet *s, const RdTable *t, int i, lxw_row_t r0, bool *taken)
{
    const RdRow *row = &t->rows[i];
    for (int c = 0; c < t->ncols; c++) {
        const RdCell *cell = &row->cells[c];
        if (cell->kind == RD_COVERED)
            continue;
        int cs = rr_span(cell->colspan, t->ncols - c);
        int rs = rr_span(cell->rowspan, t->nrows - i);
        if (!xl_claim(taken, t->ncols, i, c, rs, cs)) {
            if (!xl_claim(taken, t->ncols, i, c, 1, 1))
                continue;
            cs = rs = 1;
        }
        lxw_format *f = xl_fmt(x, xl_role(row->kind), xl_numfmt(cell), rr_align(cell),
                               cell->bold || xl_bold_row(row->kind));
        xl_put(x, s, r0 + (lxw_row_t)i, c, r0 + (lxw_row_t)(i + rs - 1), c + cs - 1, cell, f);
    }
}

static void xl_table(Xl *x, XlSheet *s, const RdTable *t)
{
    if (t->caption && *t->caption)
        xl_span_text(x, s, s->row++, 0, s->ncols - 1, t->caption, xl_fmt(x, XR_HEADING, XN_NONE, RD_LEFT, true));
    lxw_row_t r0 = s->row;
    if (t->nrows <= 0 || t->ncols <= 0)
        return;
    if ((double)r0 + t->nrows + XL_CHART_ROWS >= LXW_ROW_MAX) {
        x->limit = "a table has more rows than a sheet holds";
        return;
    }
    bool *taken = xcalloc((size_t)t->nrows * (size_t)t->ncols, sizeof *taken);
    for (int i = 0; i < t->nrows; i++)
        xl_table_row(x, s, t, i, r0, taken);
    free(taken);
    int nhead = t->nhead < 0 ? 0 : t->nhead > t->nrows ? t->nrows : t->nhead;
    if (nhead > 0) {
        xl_check(x, xl_lib.worksheet_repeat_rows(s->ws, r0, r0 + (lxw_row_t)nhead - 1));
        xl_lib.worksheet_freeze_panes(s->ws, r0 + (lxw_row_t)nhead, 0);
    }
    s->row = r0 + (lxw_row_t)t->nrows + 1;
}

/* ---- sheets --------------------------------------------------------- */

/* Characters a cell's content takes on one line. */
static int xl_cell_len(const RdCell *cell)
{
    char buf[64];
    switch (cell->kind) {
    case RD_TEXT:
        return cell->text ? utf8_width(cell->text, strlen(cell->text)) : 0;
    case RD_NUM:
        return (int)strlen(rd_num_text(buf, sizeof buf, cell->num, cell->fmt, false));
    case RD_DATE:
        return 17;          /* "30 September 2025" */
    default:
        return 0;
    }
}

/* A column's width: the table's, or what its longest one-column cell
 * needs (a header's text wraps, so it counts for at most 16), between
 * 5 and 50 characters (longer text wraps). */
static double xl_col_width(const RdTable *t, int c)
{
    if (t->widths && t->widths[c] > 0)
        return t->widths[c];
    int w = 0;
    for (int i = 0; i < t->nrows; i++) {
        const RdCell *cell = &t->rows[i].cells[c];
        if (cell->kind == RD_COVERED || rr_span(cell->colspan, t->ncols - c) > 1)
            continue;
        int n = xl_cell_len(cell);
        if (i < t->nhead && n > 16)
            n = 16;
        if (n > w)
            w = n;
    }
    w += 2;
    return w < 5 ? 5 : w > 50 ? 50 : w;
}

static void xl_page_setup(XlSheet *s, bool landscape)
{
    xl_lib.worksheet_set_paper(s->ws, 9);              /* A4 */
    if (landscape)
        xl_lib.worksheet_set_landscape(s->ws);
    else
        xl_lib.worksheet_set_portrait(s->ws);
    xl_lib.worksheet_fit_to_pages(s->ws, 1, 0);        /* the width of one page, as long as it takes */
    xl_lib.worksheet_set_margins(s->ws, 0.5, 0.5, 0.6, 0.7);
    xl_lib.worksheet_center_horizontally(s->ws);
    xl_lib.worksheet_set_footer(s->ws, "&CHalaman &P dari &N");
    xl_lib.worksheet_set_comments_author(s->ws, "rkt");
}

/* A sheet name Excel accepts: no []:*?/\, no apostrophe at either end,
 * at most 31 characters; "" when nothing is left. */
static void xl_clean_name(char *out, size_t n, const char *name)
{
    size_t o = 0;
    int chars = 0;
    const char *p = name ? name : "";
    p += strspn(p, "'");
    size_t len = strlen(p);
    for (size_t i = 0; i < len && chars < XL_NAME_MAX;) {
        int k = utf8_valid_len(p + i, len - i);
        if (k == 0 || (unsigned char)p[i] < 0x20 || strchr("[]:*?/\\", p[i])) {
            if (o + 1 < n)
                out[o++] = '_';
            i += k ? (size_t)k : 1;
        } else {
            if (o + (size_t)k >= n)
                break;
            memcpy(out + o, p + i, (size_t)k);
            o += (size_t)k;
            i += (size_t)k;
        }
        chars++;
    }
    while (o > 0 && out[o - 1] == '\'')
        o--;
    out[o] = '\0';
}

static lxw_worksheet *xl_add_sheet(Xl *x, XlSheet *s, const char *want, int k)
{
    xl_clean_name(s->name, sizeof s->name, want);
    if (s->name[0] && xl_lib.workbook_validate_sheet_name(x->wb, s->name) == LXW_NO_ERROR)
        return xl_lib.workbook_add_worksheet(x->wb, s->name);
    /* empty, or the name of an earlier sheet: "Tabel k" */
    for (int n = 0; n < 1000; n++) {
        if (n == 0)
            snprintf(s->name, sizeof s->name, "Tabel %d", k + 1);
        else
            snprintf(s->name, sizeof s->name, "Tabel %d (%d)", k + 1, n + 1);
        if (xl_lib.workbook_validate_sheet_name(x->wb, s->name) == LXW_NO_ERROR)
            return xl_lib.workbook_add_worksheet(x->wb, s->name);
    }
    return NULL;
}

static int xl_sheets(Xl *x)
{
    int ntab = rr_ntables(x->doc);
    const RdTable **tabs = xcalloc(ntab ? (size_t)ntab : 1, sizeof *tabs);
    rr_tables(x->doc, tabs);
    x->nsheets = ntab ? ntab : 1;
    x->sheets = xcalloc((size_t)x->nsheets, sizeof *x->sheets);
    for (int k = 0; k < x->nsheets; k++) {
        XlSheet *s = &x->sheets[k];
        s->t = ntab ? tabs[k] : NULL;
        if (s->t && s->t->ncols > LXW_COL_MAX) {
            x->limit = "a table has more columns than a sheet holds";
            break;
        }
        s->ws = xl_add_sheet(x, s, s->t ? s->t->name : "Laporan", k);
        if (!s->ws) {
            x->limit = "no sheet name left for a table";
            break;
        }
        int ncols = s->t ? s->t->ncols : 0;
        s->ncols = ncols < 2 ? 2 : ncols;
        for (int c = 0; c < ncols; c++) {
            double w = xl_col_width(s->t, c);
            xl_lib.worksheet_set_column(s->ws, (lxw_col_t)c, (lxw_col_t)c, w, NULL);
            s->width += w;
        }
        if (s->width < 60)
            s->width = 60;
        xl_page_setup(s, s->t && s->t->landscape);
    }
    free(tabs);
    return x->limit ? -1 : 0;
}

/* ---- text blocks, signatures ---------------------------------------- */

static void xl_para(Xl *x, XlSheet *s, const char *text)
{
    const char *t = text ? text : "";
    /* a merged cell does not grow with its text: give the row the lines
     * it needs at the sheet's width */
    int lines = 1 + (int)((double)utf8_width(t, strlen(t)) / (s->width * 1.1));
    for (const char *p = t; (p = strchr(p, '\n')); p++)
        lines++;
    if (lines > 1)
        xl_lib.worksheet_set_row(s->ws, s->row, lines * 15.0 > 409 ? 409 : lines * 15.0, NULL);
    xl_span_text(x, s, s->row++, 0, s->ncols - 1, t, xl_fmt(x, XR_PARA, XN_NONE, RD_LEFT, false));
}

/* The place and date line over columns c1..c2: "Pontianak," and the date
 * cell beside it, or each alone. */
static lxw_row_t xl_place_date(Xl *x, XlSheet *s, lxw_row_t r, int c1, int c2, const RdSign *sg)
{
    bool date = sg->y != 0 && xl_date_ok(sg->y, sg->m, sg->d);
    bool place = sg->tempat && *sg->tempat;
    if (!date && !place)
        return r;
    if (!date) {
        xl_span_text(x, s, r, c1, c2, sg->tempat, xl_fmt(x, XR_PLAIN, XN_NONE, RD_CENTER, false));
        return r + 1;
    }
    lxw_format *df = xl_fmt(x, XR_PLAIN, XN_DATE, place && c2 > c1 ? RD_LEFT : RD_CENTER, false);
    if (place) {
        char *t = xasprintf("%s,", sg->tempat);
        xl_span_text(x, s, r, c1, c1, t, xl_fmt(x, XR_PLAIN, XN_NONE, c2 > c1 ? RD_RIGHT : RD_CENTER, false));
        free(t);
        if (c2 > c1)
            c1++;
        else
            r++;
    }
    if (c2 > c1)
        xl_check(x, xl_lib.worksheet_merge_range(s->ws, r, (lxw_col_t)c1, r, (lxw_col_t)c2, "", df));
    xl_date(x, s, r, (lxw_col_t)c1, sg->y, sg->m, sg->d, df);
    return r + 1;
}

/* A party's lines from row r over columns c1..c2; the row after them. */
static lxw_row_t xl_party(Xl *x, XlSheet *s, lxw_row_t r, int c1, int c2, const RdParty *p)
{
    if (!p->set)
        return r;
    char *line[RR_P_N];
    rr_party_lines(p, line);
    lxw_format *plain = xl_fmt(x, XR_PLAIN, XN_NONE, RD_CENTER, false);
    xl_span_text(x, s, r++, c1, c2, line[RR_P_ROLE], plain);
    xl_span_text(x, s, r++, c1, c2, line[RR_P_JABATAN], plain);
    r += 3;                             /* the hand signature */
    xl_span_text(x, s, r++, c1, c2, line[RR_P_NAMA], xl_fmt(x, XR_NAME, XN_NONE, RD_CENTER, true));
    xl_span_text(x, s, r++, c1, c2, line[RR_P_PANGKAT], plain);
    xl_span_text(x, s, r++, c1, c2, line[RR_P_NIP], plain);
    rr_lines_free(line, RR_P_N);
    return r;
}

static void xl_sign(Xl *x, XlSheet *s, const RdSign *sg)
{
    int half = s->ncols / 2;
    int lc2 = half - 1, rc1 = s->ncols - half, rc2 = s->ncols - 1;
    lxw_row_t r = s->row + 1;
    r = xl_place_date(x, s, r, rc1, rc2, sg);
    lxw_row_t end = xl_party(x, s, r, 0, lc2, &sg->left);
    lxw_row_t end2 = xl_party(x, s, r, rc1, rc2, &sg->right);
    s->row = (end > end2 ? end : end2) + 1;
}

/* ---- charts --------------------------------------------------------- */

static void xl_series_range(lxw_chart_series *se, const XlSheet *s, lxw_row_t hdr, lxw_row_t r1,
                            lxw_row_t r2, lxw_col_t c)
{
    xl_lib.chart_series_set_categories(se, s->name, r1, 0, r2, 0);
    xl_lib.chart_series_set_values(se, s->name, r1, c, r2, c);
    xl_lib.chart_series_set_name_range(se, s->name, hdr, c);
}

/* The chart's data block at the sheet's next rows: a heading, the series'
 * names, a row per category (kosong points blank, their explanation a
 * comment), the reference value in the last column. */
static void xl_chart_data(Xl *x, XlSheet *s, const RdChart *ch, lxw_row_t hdr)
{
    lxw_format *head = xl_fmt(x, XR_HEAD, XN_NONE, RD_CENTER, true);
    lxw_format *text = xl_fmt(x, XR_BODY, XN_NONE, RD_LEFT, false);
    xl_string(x, s, hdr, 0, "", head);
    for (int k = 0; k < ch->nseries; k++)
        xl_string(x, s, hdr, (lxw_col_t)(k + 1), ch->series[k].name, head);
    if (ch->has_ref) {
        char *name = xasprintf("Acuan %g%s%s", ch->ref, ch->y_label ? " " : "", ch->y_label ? ch->y_label : "");
        xl_string(x, s, hdr, (lxw_col_t)(ch->nseries + 1), name, head);
        free(name);
    }
    for (int i = 0; i < ch->ncats; i++) {
        lxw_row_t r = hdr + 1 + (lxw_row_t)i;
        xl_string(x, s, r, 0, ch->cats ? ch->cats[i] : "", text);
        for (int k = 0; k < ch->nseries; k++) {
            const RdSeries *se = &ch->series[k];
            RdCell cell = {.kind = RD_EMPTY, .fmt = RD_AUTO};
            if (se->v && (!se->ada || se->ada[i])) {
                cell.kind = RD_NUM;
                cell.num = se->v[i];
            }
            cell.title = se->titles ? se->titles[i] : NULL;
            xl_value(x, s, r, (lxw_col_t)(k + 1), &cell, xl_fmt(x, XR_BODY, xl_numfmt(&cell), RD_RIGHT, false));
        }
        if (ch->has_ref) {
            RdCell cell = {.kind = RD_NUM, .num = ch->ref, .fmt = RD_AUTO};
            xl_value(x, s, r, (lxw_col_t)(ch->nseries + 1), &cell,
                     xl_fmt(x, XR_BODY, xl_numfmt(&cell), RD_RIGHT, false));
        }
    }
}

/* The reference series: a dashed red line; in a column chart a column
 * with no fill over each category's bar, whose top edge marks the
 * reference (libxlsxwriter cannot combine a line with columns). */
static void xl_ref_series(lxw_chart *chart, lxw_chart_series *se, bool bars, int nseries)
{
    lxw_chart_line line = {.color = 0xC00000, .dash_type = LXW_CHART_LINE_DASH_DASH, .width = 1.5};
    xl_lib.chart_series_set_line(se, &line);
    if (bars) {
        lxw_chart_fill none = {.none = LXW_TRUE};
        xl_lib.chart_series_set_fill(se, &none);
        if (nseries == 1)
            xl_lib.chart_set_series_overlap(chart, 100);
    } else {
        xl_lib.chart_series_set_marker_type(se, LXW_CHART_MARKER_NONE);
    }
}

static void xl_chart(Xl *x, const RdChart *ch)
{
    if (!ch || ch->ncats <= 0 || ch->nseries < 0 || (ch->nseries == 0 && !ch->has_ref))
        return;
    int k = ch->table >= 0 && ch->table < x->nsheets ? ch->table : x->nsheets - 1;
    XlSheet *s = &x->sheets[k];
    if ((double)s->row + ch->ncats + 2 * XL_CHART_ROWS >= LXW_ROW_MAX
        || ch->nseries + 2 > LXW_COL_MAX) {
        x->limit = "a chart has more data than a sheet holds";
        return;
    }
    if (ch->title && *ch->title)
        xl_string(x, s, s->row++, 0, ch->title, xl_fmt(x, XR_HEADING, XN_NONE, RD_LEFT, true));
    lxw_row_t hdr = s->row, r1 = hdr + 1, r2 = hdr + (lxw_row_t)ch->ncats;
    xl_chart_data(x, s, ch, hdr);

    bool bars = ch->kind == RD_CHART_BAR;
    lxw_chart *chart = xl_lib.workbook_add_chart(x->wb, bars ? LXW_CHART_COLUMN : LXW_CHART_LINE);
    for (int i = 0; i < ch->nseries; i++) {
        lxw_chart_series *se = xl_lib.chart_add_series(chart, NULL, NULL);
        xl_series_range(se, s, hdr, r1, r2, (lxw_col_t)(i + 1));
        if (!bars)
            xl_lib.chart_series_set_marker_type(se, LXW_CHART_MARKER_CIRCLE);
    }
    if (ch->has_ref) {
        lxw_chart_series *se = xl_lib.chart_add_series(chart, NULL, NULL);
        xl_series_range(se, s, hdr, r1, r2, (lxw_col_t)(ch->nseries + 1));
        xl_ref_series(chart, se, bars, ch->nseries);
    }
    if (ch->title && *ch->title) {
        char *t = xl_text(ch->title);
        xl_lib.chart_title_set_name(chart, t);
        free(t);
    } else {
        xl_lib.chart_title_off(chart);
    }
    if (ch->y_label && *ch->y_label) {
        char *t = xl_text(ch->y_label);
        xl_lib.chart_axis_set_name(chart->y_axis, t);
        free(t);
    }
    xl_lib.chart_axis_set_min(chart->y_axis, 0);
    xl_lib.chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
    xl_lib.chart_show_blanks_as(chart, LXW_CHART_BLANKS_AS_GAP);

    /* below the data, as wide as the table (480 px at scale 1, 7 px a character) */
    double scale = s->width * 7.0 / 480.0;
    lxw_chart_options opt = {.x_scale = scale < 1 ? 1 : scale > 3 ? 3 : scale, .y_scale = 1.2};
    lxw_row_t at = r2 + 2;
    xl_check(x, xl_lib.worksheet_insert_chart_opt(s->ws, at, 0, chart, &opt));
    s->row = at + (lxw_row_t)(XL_CHART_ROWS * 1.2) + 2;
}

/* ---- the workbook --------------------------------------------------- */

static void xl_break(XlSheet *s)
{
    if (s->row > 0 && s->nbreaks < LXW_BREAKS_MAX
        && (s->nbreaks == 0 || s->breaks[s->nbreaks - 1] < s->row))
        s->breaks[s->nbreaks++] = s->row;
}

static void xl_block(Xl *x, const RdBlock *b, XlSheet *s)
{
    switch (b->kind) {
    case RD_B_TITLE:
        xl_span_text(x, s, s->row++, 0, s->ncols - 1, b->text, xl_fmt(x, XR_TITLE, XN_NONE, RD_CENTER, true));
        break;
    case RD_B_HEADING:
        if (s->row > 0)
            s->row++;
        xl_span_text(x, s, s->row++, 0, s->ncols - 1, b->text, xl_fmt(x, XR_HEADING, XN_NONE, RD_LEFT, true));
        break;
    case RD_B_PARA:
        xl_para(x, s, b->text);
        break;
    case RD_B_TABLE:
        if (b->table) {
            if (s->row > 0)
                s->row++;
            xl_table(x, s, b->table);
        }
        break;
    case RD_B_CHART:
        xl_chart(x, b->chart);
        break;
    case RD_B_SIGN:
        if (b->sign)
            xl_sign(x, s, b->sign);
        break;
    case RD_B_PAGEBREAK:
        xl_break(s);
        break;
    }
}

/* Days from 1970-01-01 to y-m-d (proleptic Gregorian; Howard Hinnant's
 * days_from_civil), so the creation time needs neither timegm nor TZ. */
static long xl_days(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/* The document's date at midnight UTC: its first signature's, else
 * 2000-01-01 (never 0, which libxlsxwriter takes for "now"). */
static time_t xl_created(const RdDoc *doc)
{
    for (int i = 0; i < doc->nblocks; i++) {
        const RdSign *sg = doc->blocks[i].kind == RD_B_SIGN ? doc->blocks[i].sign : NULL;
        if (sg && xl_date_ok(sg->y, sg->m, sg->d) && sg->y >= 1971)
            return (time_t)(xl_days(sg->y, sg->m, sg->d) * 86400L);
    }
    return (time_t)(xl_days(2000, 1, 1) * 86400L);
}

static int xl_fail(char **err, const char *why, const char *path)
{
    if (err)
        *err = xasprintf("cannot write %s: %s", path, why);
    return -1;
}

/* The library is not there (or lacks a function): what to install, then
 * the loader's reason on a line of its own. */
static int xl_missing(char **err, const char *why)
{
    if (err) {
        char *need = xasprintf(_("xlsx output needs %s (Debian: apt install %s)"), xl_soname, xl_package);
        *err = xasprintf("%s\n%s", need, why);
        free(need);
    }
    return -1;
}

int rd_render_xlsx(const char *path, const RdDoc *doc, char **err)
{
    const char *why;
    if (xl_load(&why) != 0)
        return xl_missing(err, why);
    Xl x = {.doc = doc};
    x.wb = xl_lib.workbook_new(path);
    if (!x.wb)
        return xl_fail(err, "cannot create the workbook", path);
    char *title = xl_text(doc->title);
    char *subject = xl_text(doc->jenis);
    lxw_doc_properties props = {.title = title, .subject = subject, .author = "rkt",
                                .created = xl_created(doc)};
    xl_check(&x, xl_lib.workbook_set_properties(x.wb, &props));
    if (xl_sheets(&x) == 0) {
        int *tab = xcalloc(doc->nblocks > 0 ? (size_t)doc->nblocks : 1, sizeof *tab);
        rr_block_tables(doc, tab);
        for (int i = 0; i < doc->nblocks && !x.limit; i++)
            xl_block(&x, &doc->blocks[i], &x.sheets[tab[i] < 0 ? 0 : tab[i]]);
        free(tab);
        for (int k = 0; k < x.nsheets; k++)
            if (x.sheets[k].nbreaks > 0)
                xl_check(&x, xl_lib.worksheet_set_h_pagebreaks(x.sheets[k].ws, x.sheets[k].breaks));
    }
    lxw_error e = xl_lib.workbook_close(x.wb);         /* frees the workbook, even on error */
    free(title);
    free(subject);
    free(x.sheets);
    if (x.limit)
        return xl_fail(err, x.limit, path);
    if (x.first != LXW_NO_ERROR)
        return xl_fail(err, xl_lib.lxw_strerror(x.first), path);
    if (e != LXW_NO_ERROR)
        return xl_fail(err, xl_lib.lxw_strerror(e), path);
    return 0;
}
