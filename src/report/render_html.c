/*
 * render_html.c - a report as one self-contained HTML file
 * (rd_render_html; CLI.md "Documents", html).
 *
 * Nothing is fetched: the style sheet is inline, the charts are inline
 * SVG, no URL is written but the SVG namespace's.  Every text of the
 * document is escaped (out/escape.h, XML text and attribute rules: `<`,
 * `>`, `&`, `"`, `'` as entities).  The print style sheet sets A4, puts a
 * landscape table (and the blocks that go with it, render_util.h) on
 * landscape pages by a named page, keeps the header rows in <thead> (so
 * Chromium repeats them on every page a table runs over) and numbers the
 * pages "Halaman X dari Y" in the @page bottom-centre margin box.  Numbers
 * are printed by rd_num_text, dates by rd_date_text; a figure's
 * explanation (RdCell.title, RdSeries.titles) is its title attribute, or
 * an SVG <title> on a chart's point.
 */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/source.h"
#include "base/util.h"
#include "out/escape.h"
#include "report/doc.h"
#include "report/render_util.h"

#define RH_NUM 64

static const char rh_style[] =
    "@page { size: A4 portrait; margin: 16mm 14mm 18mm 14mm;\n"
    "  @bottom-center { content: \"Halaman \" counter(page) \" dari \" counter(pages);"
    " font: 8pt sans-serif; } }\n"
    "@page lanskap { size: A4 landscape; margin: 14mm 14mm 16mm 14mm; }\n"
    ".lanskap { page: lanskap; }\n"
    "body { font: 9.5pt/1.35 \"DejaVu Sans\", \"Liberation Sans\", Arial, sans-serif;"
    " color: #000; margin: 0; }\n"
    "@media screen { body { margin: 1.5em auto; max-width: 270mm; padding: 0 1em; } }\n"
    ".judul { text-align: center; font-weight: bold; font-size: 11.5pt; margin: 0 0 .2em; }\n"
    "h2 { font-size: 10.5pt; margin: 1.2em 0 .5em; }\n"
    "p { white-space: pre-line; margin: .4em 0; text-align: justify; }\n"
    "table { border-collapse: collapse; width: 100%; margin: .8em 0; }\n"
    "caption { font-weight: bold; text-align: left; padding-bottom: .3em; }\n"
    "th, td { border: .6pt solid #000; padding: 2pt 4pt; vertical-align: top;"
    " overflow-wrap: break-word; }\n"
    "thead { display: table-header-group; }\n"
    "thead th { background: #d9d9d9; text-align: center; vertical-align: middle; }\n"
    "thead tr.nomor th { background: #f2f2f2; font-weight: normal; font-style: italic; }\n"
    "tr { break-inside: avoid; }\n"
    "tr.grup td { font-weight: bold; background: #f7f7f7; }\n"
    "tr.program td, tr.jumlah td, .b { font-weight: bold; }\n"
    ".l { text-align: left; } .c { text-align: center; } .r { text-align: right; }\n"
    ".n { white-space: nowrap; }\n"
    ".ttd { display: flex; justify-content: space-between; margin-top: 1.5em;"
    " break-inside: avoid; }\n"
    ".ttd div { width: 45%; text-align: center; }\n"
    ".ttd .tempat { margin-bottom: .3em; }\n"
    ".ttd .nama { margin-top: 4.5em; font-weight: bold; text-decoration: underline; }\n"
    ".putus { break-after: page; }\n"
    "figure { margin: 1em 0; break-inside: avoid; }\n"
    "figcaption { font-weight: bold; margin-bottom: .3em; }\n"
    "svg { width: 100%; height: auto; max-height: 95mm; }\n";

/* ---- escaped output ------------------------------------------------- */

static void rh_text(FILE *f, const char *s)
{
    out_esc_puts(f, s, OUT_ESC_XML_TEXT);
}

static void rh_attr(FILE *f, const char *s)
{
    out_esc_puts(f, s, OUT_ESC_XML_ATTR);
}

/* ` title="..."` when s says something. */
static void rh_title_attr(FILE *f, const char *s)
{
    if (s && *s) {
        fputs(" title=\"", f);
        rh_attr(f, s);
        fputc('"', f);
    }
}

/* A cell's text, escaped, with a line break allowed after each '/'
 * (<wbr>): Chromium does not break "PROGRAM/KEGIATAN/SASARAN" there, and
 * the word would widen its column past the width the table gives it. */
static void rh_cell_str(FILE *f, const char *s)
{
    Sbuf b;
    sb_init(&b);
    out_esc(&b, s ? s : "", s ? strlen(s) : 0, OUT_ESC_XML_TEXT);
    const char *t = b.s ? b.s : "";
    for (const char *p = t; *p; p++) {
        fputc(*p, f);
        if (*p == '/' && p > t && isalnum((unsigned char)p[-1]) && isalnum((unsigned char)p[1]))
            fputs("<wbr>", f);      /* word/word only: "&lt;/b&gt;" stays whole */
    }
    sb_free(&b);
}

/* A cell's content as md and html show it (no markup but <wbr>). */
static void rh_cell_text(FILE *f, const RdDoc *doc, const RdCell *c)
{
    char buf[RH_NUM];
    switch (c->kind) {
    case RD_TEXT:
        rh_cell_str(f, c->text);
        break;
    case RD_NUM:
        fputs(rd_num_text(buf, sizeof buf, c->num, c->fmt, doc->angka_en), f);
        break;
    case RD_DATE:
        rh_text(f, rd_date_text(buf, sizeof buf, c->y, c->m, c->d, doc->angka_en));
        break;
    default:
        break;
    }
}

/* ---- tables --------------------------------------------------------- */

static const char *rh_row_class(RdRowKind k)
{
    switch (k) {
    case RD_ROW_NUMBERS: return "nomor";
    case RD_ROW_GROUP:   return "grup";
    case RD_ROW_PROGRAM: return "program";
    case RD_ROW_TOTAL:   return "jumlah";
    default:             return NULL;
    }
}

static void rh_colgroup(FILE *f, const RdTable *t)
{
    if (!t->widths)
        return;
    double sum = 0;
    for (int c = 0; c < t->ncols; c++)
        sum += t->widths[c] > 0 ? t->widths[c] : 0;
    if (sum <= 0)
        return;
    fputs("<colgroup>", f);
    for (int c = 0; c < t->ncols; c++)
        fprintf(f, "<col style=\"width:%.1f%%\">", (t->widths[c] > 0 ? t->widths[c] : 0) * 100.0 / sum);
    fputs("</colgroup>\n", f);
}

/* One cell: a glued pair (doc.h) as one cell over both, joined by a space. */
static int rh_cell(FILE *f, const RdDoc *doc, const RdTable *t, const RdRow *row, int i, int c)
{
    const RdCell *cell = &row->cells[c];
    int cs = rr_span(cell->colspan, t->ncols - c);
    int rs = rr_span(cell->rowspan, t->nrows - i);
    const RdCell *next = NULL;
    if (cell->glue && c + cs < t->ncols && row->cells[c + cs].kind != RD_COVERED) {
        next = &row->cells[c + cs];
        cs += rr_span(next->colspan, t->ncols - c - cs);
    }
    bool head = row->kind == RD_ROW_HEAD || row->kind == RD_ROW_NUMBERS;
    static const char *const align[3] = {"l", "c", "r"};
    fprintf(f, "<%s", head ? "th" : "td");
    if (cs > 1)
        fprintf(f, " colspan=\"%d\"", cs);
    if (rs > 1)
        fprintf(f, " rowspan=\"%d\"", rs);
    if (!head)      /* a header cell is centred by the style sheet */
        fprintf(f, " class=\"%s%s%s\"", align[rr_align(cell)], cell->kind == RD_NUM ? " n" : "",
                cell->bold ? " b" : "");
    rh_title_attr(f, cell->title && *cell->title ? cell->title : next ? next->title : NULL);
    fputc('>', f);
    rh_cell_text(f, doc, cell);
    if (next && next->kind != RD_EMPTY) {
        fputc(' ', f);
        rh_cell_text(f, doc, next);
    }
    fprintf(f, "</%s>", head ? "th" : "td");
    return cs;
}

static void rh_row(FILE *f, const RdDoc *doc, const RdTable *t, int i)
{
    const RdRow *row = &t->rows[i];
    const char *cls = rh_row_class(row->kind);
    fputs("<tr", f);
    if (cls)
        fprintf(f, " class=\"%s\"", cls);
    fputc('>', f);
    for (int c = 0; c < t->ncols;) {
        if (row->cells[c].kind == RD_COVERED) {
            c++;
            continue;
        }
        c += rh_cell(f, doc, t, row, i, c);
    }
    fputs("</tr>\n", f);
}

static void rh_table(FILE *f, const RdDoc *doc, const RdTable *t)
{
    fputs("<table>\n", f);
    if (t->caption && *t->caption) {
        fputs("<caption>", f);
        rh_text(f, t->caption);
        fputs("</caption>\n", f);
    }
    rh_colgroup(f, t);
    int nhead = t->nhead < 0 ? 0 : t->nhead > t->nrows ? t->nrows : t->nhead;
    if (nhead > 0) {
        fputs("<thead>\n", f);
        for (int i = 0; i < nhead; i++)
            rh_row(f, doc, t, i);
        fputs("</thead>\n", f);
    }
    fputs("<tbody>\n", f);
    for (int i = nhead; i < t->nrows; i++)
        rh_row(f, doc, t, i);
    fputs("</tbody>\n</table>\n", f);
}

/* ---- signatures ----------------------------------------------------- */

static void rh_party(FILE *f, const RdParty *p, const char *place_date)
{
    fputs("<div>", f);
    if (place_date) {
        fputs("<div class=\"tempat\">", f);
        rh_text(f, place_date);
        fputs("</div>", f);
    }
    if (p->set) {
        char *line[RR_P_N];
        rr_party_lines(p, line);
        static const char *const cls[RR_P_N] = {"peran", "jabatan", "nama", "pangkat", "nip"};
        for (int k = 0; k < RR_P_N; k++) {
            fprintf(f, "<div class=\"%s\">", cls[k]);
            rh_text(f, line[k]);
            fputs("&#160;</div>", f);     /* a blank line keeps its height */
        }
        rr_lines_free(line, RR_P_N);
    }
    fputs("</div>", f);
}

static void rh_sign(FILE *f, const RdDoc *doc, const RdSign *sg)
{
    char date[RH_NUM] = "";
    if (sg->y)
        rd_date_text(date, sizeof date, sg->y, sg->m, sg->d, doc->angka_en);
    bool place = sg->tempat && *sg->tempat;
    char *pd = xasprintf("%s%s%s", place ? sg->tempat : "", place && *date ? ", " : "", date);
    fputs("<div class=\"ttd\">", f);
    rh_party(f, &sg->left, NULL);
    rh_party(f, &sg->right, pd);
    fputs("</div>\n", f);
    free(pd);
}

/* ---- charts --------------------------------------------------------- */

/* The chart's frame, in SVG user units. */
enum { RH_W = 760, RH_H = 320, RH_LEFT = 58, RH_RIGHT = 12, RH_TOP = 14 };
static const char *const rh_colour[] = {"#4472c4", "#ed7d31", "#70ad47", "#7f7f7f", "#ffc000", "#5b9bd5"};
#define RH_NCOLOUR (sizeof rh_colour / sizeof rh_colour[0])

typedef struct RhPlot {
    double top, bottom, left, right;    /* the plot area */
    double ymax, step;
    bool rotate;                        /* category labels slanted */
} RhPlot;

/* 10^floor(log10(x)) for x > 0, by counting decades: exact powers of
 * ten where pow would give them, and no libm (the command links none). */
static double rh_decade(double x)
{
    double q = 1;
    if (x >= 1) {
        while (q <= x / 10 && q < 1e300)
            q *= 10;
        return q;
    }
    while (1 / q > x && q < 1e300)
        q *= 10;
    return 1 / q;
}

/* A round step for about five gridlines up to m (> 0, finite): 1, 2, 2.5
 * or 5 times a power of ten. */
static double rh_step(double m)
{
    double raw = m / 5, p = rh_decade(raw);
    static const double k[] = {1, 2, 2.5, 5, 10};
    for (size_t i = 0; i < sizeof k / sizeof k[0]; i++)
        if (k[i] * p >= raw)
            return k[i] * p;
    return 10 * p;
}

static bool rh_point(const RdSeries *se, int i)
{
    return se->v && (!se->ada || se->ada[i]) && isfinite(se->v[i]);
}

static void rh_scale(const RdChart *ch, RhPlot *pl)
{
    double m = ch->has_ref && isfinite(ch->ref) ? ch->ref : 0;
    for (int k = 0; k < ch->nseries; k++)
        for (int i = 0; i < ch->ncats; i++)
            if (rh_point(&ch->series[k], i) && ch->series[k].v[i] > m)
                m = ch->series[k].v[i];
    if (!(m > 0))
        m = 1;
    pl->step = rh_step(m * 1.08);
    pl->ymax = ceil(m * 1.08 / pl->step) * pl->step;
    pl->rotate = ch->ncats > 8;
    pl->left = RH_LEFT;
    pl->right = RH_W - RH_RIGHT;
    pl->top = RH_TOP + (ch->nseries > 1 || ch->has_ref ? 18 : 0);
    pl->bottom = RH_H - (pl->rotate ? 92 : 34);
}

static double rh_y(const RhPlot *pl, double v)
{
    if (v < 0)
        v = 0;
    if (v > pl->ymax)
        v = pl->ymax;
    return pl->bottom - (pl->bottom - pl->top) * v / pl->ymax;
}

static double rh_x(const RhPlot *pl, const RdChart *ch, int i)
{
    return pl->left + (pl->right - pl->left) * (i + 0.5) / ch->ncats;
}

/* Text of at most `max` characters (a longer one cut, with "..."), escaped. */
static void rh_short(FILE *f, const char *s, int max)
{
    s = s ? s : "";
    size_t n = strlen(s), at = 0;
    int chars = 0;
    while (at < n && chars < max) {
        bool valid;
        int k = utf8_char_len(s + at, n - at, &valid);
        at += k > 0 ? (size_t)k : 1;
        chars++;
    }
    Sbuf b;
    sb_init(&b);
    out_esc(&b, s, at, OUT_ESC_XML_TEXT);
    fputs(b.s ? b.s : "", f);
    if (at < n)
        fputs("\xe2\x80\xa6", f);         /* ... */
    sb_free(&b);
}

static void rh_axes(FILE *f, const RdDoc *doc, const RdChart *ch, const RhPlot *pl)
{
    char buf[RH_NUM];
    for (double v = 0; v <= pl->ymax + pl->step / 2; v += pl->step) {
        double y = rh_y(pl, v);
        fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#d0d0d0\" stroke-width=\"0.6\"/>"
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n",
                pl->left, y, pl->right, y, pl->left - 5, y + 3.5,
                rd_num_text(buf, sizeof buf, v, RD_AUTO, doc->angka_en));
    }
    fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#000\"/>"
            "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#000\"/>\n",
            pl->left, pl->top, pl->left, pl->bottom, pl->left, pl->bottom, pl->right, pl->bottom);
    if (ch->y_label && *ch->y_label) {
        double cy = (pl->top + pl->bottom) / 2;
        fprintf(f, "<text x=\"14\" y=\"%.1f\" text-anchor=\"middle\" transform=\"rotate(-90 14 %.1f)\">", cy, cy);
        rh_text(f, ch->y_label);
        fputs("</text>\n", f);
    }
    for (int i = 0; i < ch->ncats; i++) {
        double x = rh_x(pl, ch, i), y = pl->bottom + 13;
        fprintf(f, "<text x=\"%.1f\" y=\"%.1f\"", x, y);
        if (pl->rotate)
            fprintf(f, " text-anchor=\"end\" transform=\"rotate(-45 %.1f %.1f)\"", x, y);
        else
            fputs(" text-anchor=\"middle\"", f);
        fputs("><title>", f);
        rh_text(f, ch->cats ? ch->cats[i] : "");
        fputs("</title>", f);
        rh_short(f, ch->cats ? ch->cats[i] : "", pl->rotate ? 16 : 14);
        fputs("</text>\n", f);
    }
}

/* A point's <title>: series, category and value, then how it was obtained. */
static void rh_point_title(FILE *f, const RdDoc *doc, const RdChart *ch, const RdSeries *se, int i)
{
    char buf[RH_NUM];
    fputs("<title>", f);
    if (se->name && *se->name) {
        rh_text(f, se->name);
        fputs(" \xe2\x80\x93 ", f);
    }
    rh_text(f, ch->cats ? ch->cats[i] : "");
    fputs(": ", f);
    fputs(rd_num_text(buf, sizeof buf, se->v[i], RD_AUTO, doc->angka_en), f);
    if (ch->y_label && *ch->y_label) {
        fputc(' ', f);
        rh_text(f, ch->y_label);
    }
    if (se->titles && se->titles[i] && *se->titles[i]) {
        fputs(". ", f);
        rh_text(f, se->titles[i]);
    }
    fputs("</title>", f);
}

static void rh_bars(FILE *f, const RdDoc *doc, const RdChart *ch, const RhPlot *pl)
{
    double group = (pl->right - pl->left) / ch->ncats;
    double w = group * 0.72 / (ch->nseries > 0 ? ch->nseries : 1);
    for (int k = 0; k < ch->nseries; k++) {
        const RdSeries *se = &ch->series[k];
        for (int i = 0; i < ch->ncats; i++) {
            if (!rh_point(se, i))
                continue;
            double x = pl->left + group * i + group * 0.14 + w * k, y = rh_y(pl, se->v[i]);
            fprintf(f, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">",
                    x, y, w, pl->bottom - y, rh_colour[(size_t)k % RH_NCOLOUR]);
            rh_point_title(f, doc, ch, se, i);
            fputs("</rect>\n", f);
        }
    }
}

/* Each series a line through its points, broken where a point is kosong,
 * and a dot on each point carrying its title. */
static void rh_lines(FILE *f, const RdDoc *doc, const RdChart *ch, const RhPlot *pl)
{
    for (int k = 0; k < ch->nseries; k++) {
        const RdSeries *se = &ch->series[k];
        const char *col = rh_colour[(size_t)k % RH_NCOLOUR];
        fprintf(f, "<path fill=\"none\" stroke=\"%s\" stroke-width=\"2\" d=\"", col);
        bool pen = false;
        for (int i = 0; i < ch->ncats; i++) {
            if (!rh_point(se, i)) {
                pen = false;
                continue;
            }
            fprintf(f, "%c%.1f %.1f ", pen ? 'L' : 'M', rh_x(pl, ch, i), rh_y(pl, se->v[i]));
            pen = true;
        }
        fputs("\"/>\n", f);
        for (int i = 0; i < ch->ncats; i++) {
            if (!rh_point(se, i))
                continue;
            fprintf(f, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\">", rh_x(pl, ch, i),
                    rh_y(pl, se->v[i]), col);
            rh_point_title(f, doc, ch, se, i);
            fputs("</circle>\n", f);
        }
    }
}

static void rh_ref(FILE *f, const RdDoc *doc, const RdChart *ch, const RhPlot *pl, char *label, size_t n)
{
    char buf[RH_NUM];
    snprintf(label, n, "%s%s%s", rd_num_text(buf, sizeof buf, ch->ref, RD_AUTO, doc->angka_en),
             ch->y_label && *ch->y_label ? " " : "", ch->y_label ? ch->y_label : "");
    double y = rh_y(pl, ch->ref);
    fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#c00000\" stroke-width=\"1.5\""
            " stroke-dasharray=\"6 3\"><title>", pl->left, y, pl->right, y);
    rh_text(f, label);
    fputs("</title></line>\n", f);
}

static void rh_legend(FILE *f, const RdChart *ch, const char *ref_label)
{
    double x = RH_LEFT;
    for (int k = 0; k <= ch->nseries; k++) {
        bool ref = k == ch->nseries;
        if (ref && !ch->has_ref)
            break;
        const char *name = ref ? ref_label : ch->series[k].name ? ch->series[k].name : "";
        if (ref)
            fprintf(f, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#c00000\" stroke-width=\"1.5\""
                    " stroke-dasharray=\"6 3\"/>", x, RH_TOP + 1, x + 14, RH_TOP + 1);
        else
            fprintf(f, "<rect x=\"%.1f\" y=\"%d\" width=\"14\" height=\"8\" fill=\"%s\"/>", x, RH_TOP - 3,
                    rh_colour[(size_t)k % RH_NCOLOUR]);
        fprintf(f, "<text x=\"%.1f\" y=\"%d\">", x + 18, RH_TOP + 5);
        rh_short(f, name, 40);
        fputs("</text>\n", f);
        x += 30 + 6.5 * (double)(utf8_width(name, strlen(name)) > 40 ? 41 : utf8_width(name, strlen(name)));
    }
}

static void rh_chart(FILE *f, const RdDoc *doc, const RdChart *ch)
{
    if (!ch || ch->ncats <= 0 || ch->nseries < 0)
        return;
    RhPlot pl;
    rh_scale(ch, &pl);
    fputs("<figure>", f);
    if (ch->title && *ch->title) {
        fputs("<figcaption>", f);
        rh_text(f, ch->title);
        fputs("</figcaption>", f);
    }
    fprintf(f, "\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\""
            " font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"10\"", RH_W, RH_H);
    if (ch->title && *ch->title) {
        fputs(" aria-label=\"", f);
        rh_attr(f, ch->title);
        fputc('"', f);
    }
    fputs(">\n", f);
    rh_axes(f, doc, ch, &pl);
    if (ch->kind == RD_CHART_BAR)
        rh_bars(f, doc, ch, &pl);
    else
        rh_lines(f, doc, ch, &pl);
    char label[2 * RH_NUM] = "";
    if (ch->has_ref && isfinite(ch->ref))
        rh_ref(f, doc, ch, &pl, label, sizeof label);
    if (ch->nseries > 1 || ch->has_ref)
        rh_legend(f, ch, label);
    fputs("</svg></figure>\n", f);
}

/* ---- the document --------------------------------------------------- */

static void rh_block(FILE *f, const RdDoc *doc, const RdBlock *b)
{
    switch (b->kind) {
    case RD_B_TITLE:
        fputs("<div class=\"judul\">", f);
        rh_text(f, b->text);
        fputs("</div>\n", f);
        break;
    case RD_B_HEADING:
        fputs("<h2>", f);
        rh_text(f, b->text);
        fputs("</h2>\n", f);
        break;
    case RD_B_PARA:
        fputs("<p>", f);
        rh_text(f, b->text);
        fputs("</p>\n", f);
        break;
    case RD_B_TABLE:
        if (b->table)
            rh_table(f, doc, b->table);
        break;
    case RD_B_CHART:
        rh_chart(f, doc, b->chart);
        break;
    case RD_B_SIGN:
        if (b->sign)
            rh_sign(f, doc, b->sign);
        break;
    case RD_B_PAGEBREAK:
        fputs("<div class=\"putus\"></div>\n", f);
        break;
    }
}

/* The blocks, a run of blocks that go with landscape tables in one
 * <section class="lanskap"> (a named page: Chromium starts it on a new,
 * landscape page). */
static void rh_body(FILE *f, const RdDoc *doc)
{
    int ntab = rr_ntables(doc);
    const RdTable **tabs = xcalloc(ntab ? (size_t)ntab : 1, sizeof *tabs);
    int *tab = xcalloc(doc->nblocks > 0 ? (size_t)doc->nblocks : 1, sizeof *tab);
    rr_tables(doc, tabs);
    rr_block_tables(doc, tab);
    bool open = false;
    for (int i = 0; i < doc->nblocks; i++) {
        bool wide = tab[i] >= 0 && tabs[tab[i]]->landscape;
        if (wide != open) {
            fputs(wide ? "<section class=\"lanskap\">\n" : "</section>\n", f);
            open = wide;
        }
        rh_block(f, doc, &doc->blocks[i]);
    }
    if (open)
        fputs("</section>\n", f);
    free(tab);
    free(tabs);
}

int rd_render_html(FILE *f, const RdDoc *doc, char **err)
{
    /* the documents are Indonesian whatever the number style */
    fputs("<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"generator\" content=\"rkt\">\n<title>", f);
    rh_text(f, doc->title);
    fputs("</title>\n<style>\n", f);
    fputs(rh_style, f);
    fputs("</style>\n</head>\n<body>\n", f);
    rh_body(f, doc);
    fputs("</body>\n</html>\n", f);
    if (fflush(f) != 0 || ferror(f)) {
        if (err)
            *err = xstrdup("cannot write the html output");
        return -1;
    }
    return 0;
}
