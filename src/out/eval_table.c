/*
 * eval_table.c - `eval --format table`, for a terminal.  Per sasaran
 * a header line and an aligned table (kode, uraian, satuan, target,
 * realisasi, capaian %, predikat, and pelaksana when some indicator of
 * the plan has one), then the plan's capaian and the findings.  Widths count characters (utf8_width) and one set of
 * column widths serves every sasaran, so the columns line up.  Every
 * line but a finding's (whose message is never cut) fits
 * OUT_TABLE_WIDTH: the uraian is shortened with "…" first, the other
 * columns only when even that is not enough.  Colour (bold headers,
 * red galat, yellow peringatan) only when asked.  Text from input is
 * written escaped (escape.h) and measured as written.
 */
#include "out/out_eval.h"

#include <stdlib.h>
#include <string.h>

#include "base/period.h"
#include "base/util.h"

#define TB_BOLD   "\033[1m"
#define TB_RED    "\033[1;31m"
#define TB_YELLOW "\033[1;33m"
#define TB_RESET  "\033[0m"
#define TB_GAP    2
#define TB_SEP    "  "                  /* TB_GAP blanks */
#define TB_ELLIPSIS "\xe2\x80\xa6"      /* U+2026, one character */

/* The columns; the last, pelaksana, only when some indicator has one:
 * a table has `nc` columns, TC_N or TC_PEL. */
enum { TC_KODE, TC_URAIAN, TC_SATUAN, TC_TARGET, TC_REAL, TC_CAP, TC_PRED, TC_PEL, TC_N };

static const char *const tb_head[TC_N] = {
    "Kode", "Uraian", "Satuan", "Target", "Realisasi", "Capaian %", "Predikat", "Pelaksana"
};
static const bool tb_right[TC_N] = {false, false, false, true, true, true, false, false};

typedef struct TbRow {
    OutRow r;
    const char *cell[TC_N];
} TbRow;

/* s as it is written: escaped (escape.h) when it holds a control
 * character; *tmp is what to free, NULL when s itself is returned.
 * Escaping is idempotent, so a line built of parts already written
 * through it can go through it again. */
static const char *tb_esc(const char *s, char **tmp)
{
    *tmp = NULL;
    if (!s || out_esc_clean(s, strlen(s), OUT_ESC_TEXT))
        return s ? s : "";
    return *tmp = out_esc_dup(s, OUT_ESC_TEXT);
}

/* Width in characters of s as it is written. */
static int tb_width(const char *s)
{
    char *tmp;
    s = tb_esc(s, &tmp);
    int w = utf8_width(s, strlen(s));
    free(tmp);
    return w;
}

/* Byte length of the first `w` characters of s (as utf8_width counts). */
static size_t tb_prefix(const char *s, int w)
{
    size_t i = 0;
    int k = 0;
    for (; s[i]; i++) {
        if (((unsigned char)s[i] & 0xC0) != 0x80) {
            if (k == w)
                break;
            k++;
        }
    }
    return i;
}

/* Appends s (escaped) in exactly w characters: shortened with "…" when
 * wider, padded with spaces on the left (right) or the right otherwise. */
static void tb_put(Sbuf *b, const char *s, int w, bool right)
{
    char *tmp;
    s = tb_esc(s, &tmp);
    int sw = utf8_width(s, strlen(s));
    if (sw > w) {
        sb_add(b, s, tb_prefix(s, w > 0 ? w - 1 : 0));
        if (w > 0)
            sb_puts(b, TB_ELLIPSIS);
        free(tmp);
        return;
    }
    for (int i = 0; right && i < w - sw; i++)
        sb_putc(b, ' ');
    sb_puts(b, s);
    for (int i = 0; !right && i < w - sw; i++)
        sb_putc(b, ' ');
    free(tmp);
}

/* Writes the line in b without trailing blanks, optionally wrapped in a
 * colour, and empties b. */
static void tb_flush(FILE *f, Sbuf *b, const char *color)
{
    while (b->len && b->s[b->len - 1] == ' ')
        b->s[--b->len] = '\0';
    if (color)
        fputs(color, f);
    if (b->len)
        fwrite(b->s, 1, b->len, f);
    if (color)
        fputs(TB_RESET, f);
    fputc('\n', f);
    b->len = 0;
    if (b->s)
        b->s[0] = '\0';
}

/* Writes text shortened to the table width. */
static void tb_line(FILE *f, const char *text, const char *color)
{
    Sbuf b;
    sb_init(&b);
    tb_put(&b, text, OUT_TABLE_WIDTH, false);
    tb_flush(f, &b, color);
    sb_free(&b);
}

/* ---- columns -------------------------------------------------------- */

static void tb_cells(TbRow *t, const RInd *ri)
{
    out_row(&t->r, ri, OUT_TEXT);
    t->cell[TC_KODE] = t->r.kode;
    t->cell[TC_URAIAN] = t->r.uraian;
    t->cell[TC_SATUAN] = t->r.satuan ? t->r.satuan : "";
    t->cell[TC_TARGET] = t->r.target;
    t->cell[TC_REAL] = t->r.realisasi;
    t->cell[TC_CAP] = t->r.capaian;
    t->cell[TC_PRED] = ri->ditunda ? "ditunda" : t->r.predikat ? t->r.predikat : "-";
    t->cell[TC_PEL] = t->r.pelaksana ? t->r.pelaksana : "-";
}

/* Narrows columns until the table fits: the uraian first, then the
 * pelaksana and the other text columns to a floor, then (only in absurd
 * cases) anything.  A column past nc has width 0 and is never narrowed. */
static void tb_fit(int w[TC_N], int nc)
{
    static const struct { int col, floor; } order[] = {
        {TC_URAIAN, 12}, {TC_PEL, 12}, {TC_SATUAN, 6}, {TC_KODE, 6}, {TC_PRED, 4},
        {TC_URAIAN, 1}, {TC_PEL, 1}, {TC_SATUAN, 1}, {TC_KODE, 1}, {TC_PRED, 1},
        {TC_TARGET, 1}, {TC_REAL, 1}, {TC_CAP, 1},
    };
    int total = TB_GAP * (nc - 1);
    for (int c = 0; c < nc; c++)
        total += w[c];
    for (size_t k = 0; k < sizeof order / sizeof order[0]; k++) {
        int excess = total - OUT_TABLE_WIDTH;
        int can = w[order[k].col] - order[k].floor;
        if (excess <= 0)
            break;
        if (can <= 0)
            continue;
        int d = can < excess ? can : excess;
        w[order[k].col] -= d;
        total -= d;
    }
}

static void tb_widths(const TbRow *rows, int n, int nc, int w[TC_N])
{
    for (int c = 0; c < TC_N; c++)
        w[c] = c < nc ? tb_width(tb_head[c]) : 0;
    for (int i = 0; i < n; i++)
        for (int c = 0; c < nc; c++) {
            int cw = tb_width(rows[i].cell[c]);
            if (cw > w[c])
                w[c] = cw;
        }
    tb_fit(w, nc);
}

static void tb_row(FILE *f, Sbuf *b, const char *const *cells, const int w[TC_N], int nc,
                   const char *color)
{
    for (int c = 0; c < nc; c++) {
        if (c)
            sb_puts(b, TB_SEP);
        tb_put(b, cells[c], w[c], tb_right[c]);
    }
    tb_flush(f, b, color);
}

/* ---- blocks --------------------------------------------------------- */

/* "lead c1, c2, ..." wrapped at the table width. */
static void tb_codes(FILE *f, const char *lead, const char *const *codes, int n)
{
    if (n == 0)
        return;
    Sbuf b;
    sb_init(&b);
    sb_puts(&b, lead);
    int indent = tb_width(lead), cur = indent;
    for (int i = 0; i < n; i++) {
        const char *sep = i + 1 < n ? "," : "";
        int sw = (int)strlen(sep), cw = tb_width(codes[i]);
        if (cur > indent && cur + 1 + cw + sw > OUT_TABLE_WIDTH) {
            tb_flush(f, &b, NULL);
            for (cur = 0; cur < indent; cur++)
                sb_putc(&b, ' ');
        }
        int room = OUT_TABLE_WIDTH - cur - 1 - sw;
        int w = cw < room ? cw : room;
        sb_putc(&b, ' ');
        tb_put(&b, codes[i], w, false);
        sb_puts(&b, sep);
        cur += 1 + (w > 0 ? w : 0) + sw;
    }
    tb_flush(f, &b, NULL);
    sb_free(&b);
}

/* "SP1  uraian…  capaian 101.20  predikat AA" */
static void tb_sas_head(FILE *f, const RSas *rs, bool color)
{
    char cap[NM_BUFSZ + 64], tail[NM_BUFSZ + 80];
    snprintf(tail, sizeof tail, "capaian %s",
             out_capaian_text(cap, sizeof cap, rs->capaian, rs->predikat));
    Sbuf b;
    sb_init(&b);
    sb_puts(&b, rs->sas->code);
    int room = OUT_TABLE_WIDTH - tb_width(rs->sas->code) - tb_width(tail) - 2 * TB_GAP;
    const char *ur = rs->sas->uraian;
    if (ur && *ur && room >= 4) {
        sb_puts(&b, TB_SEP);
        tb_put(&b, ur, tb_width(ur) < room ? tb_width(ur) : room, false);
    }
    sb_puts(&b, TB_SEP);
    sb_puts(&b, tail);
    tb_line(f, b.s, color ? TB_BOLD : NULL);
    sb_free(&b);
}

static void tb_sas(FILE *f, const RSas *rs, const TbRow *rows, const int w[TC_N], int nc,
                   bool color)
{
    Sbuf b;
    sb_init(&b);
    tb_sas_head(f, rs, color);
    tb_row(f, &b, tb_head, w, nc, color ? TB_BOLD : NULL);
    for (int i = 0; i < rs->ninds; i++)
        tb_row(f, &b, rows[i].cell, w, nc, NULL);
    sb_free(&b);
    tb_codes(f, "tanpa data:", rs->tanpa_data, rs->ntanpa);
}

static const char *tb_sev_color(RuleSev s)
{
    switch (s) {
    case SEV_GALAT:      return TB_RED;
    case SEV_PERINGATAN: return TB_YELLOW;
    default:             return NULL;
    }
}

static void tb_findings(FILE *f, const RPlan *r, const SrcSet *src, bool color)
{
    char loc[OUT_LOCSZ];
    if (r->ntemuan == 0) {
        fputs("Temuan: tidak ada\n", f);
        return;
    }
    fputs(color ? TB_BOLD "Temuan:" TB_RESET "\n" : "Temuan:\n", f);
    for (int i = 0; i < r->ntemuan; i++) {
        const RFinding *t = &r->temuan[i];
        const char *sev = rule_sev_name(t->sev);
        const char *c = color ? tb_sev_color(t->sev) : NULL;
        fprintf(f, "%s%s%s", c ? c : "", sev, c ? TB_RESET : "");
        out_textf(f, "%*s  %s", 10 - tb_width(sev), "", t->msg ? t->msg : "");
        out_loc(loc, sizeof loc, src, t->span.file, src_span_lo(src, t->span).line);
        if (*loc)
            out_textf(f, "  (%s)", loc);
        fputc('\n', f);
    }
}

static void tb_plan_line(FILE *f, const RPlan *r, bool color)
{
    char pbuf[PD_BUFSZ], cap[NM_BUFSZ + 64];
    Sbuf b;
    sb_init(&b);
    sb_printf(&b, "Capaian %s (%s): %s", r->plan->code, out_period_text(r, pbuf, sizeof pbuf),
              out_capaian_text(cap, sizeof cap, r->capaian, r->predikat));
    tb_line(f, b.s, color ? TB_BOLD : NULL);
    sb_free(&b);
    tb_codes(f, "sasaran tanpa data:", r->tanpa_data, r->ntanpa);
}

/* The budget: a row per budgeted element, then the plan's sums; nothing
 * when the plan has no budget. */
enum { TB_KODE, TB_JENIS, TB_URAIAN, TB_ANG, TB_REAL, TB_SER, TB_N };

static void tb_budget_line(FILE *f, Sbuf *b, const char *const *cell, const int *w, const char *color)
{
    static const bool right[TB_N] = {false, false, false, true, true, true};
    for (int c = 0; c < TB_N; c++) {
        if (c)
            sb_puts(b, TB_SEP);
        tb_put(b, cell[c], w[c], right[c]);
    }
    tb_flush(f, b, color);
}

static void tb_budget(FILE *f, const RPlan *r, bool color)
{
    if (!r->anggaran.ada && !r->realisasi_anggaran.ada)
        return;
    static const char *const head[TB_N] = {"Kode", "Jenis", "Uraian", "Anggaran", "Realisasi", "Serapan %"};
    OutBudget *rows = xcalloc((size_t)r->nels + 1, sizeof *rows);
    int n = 0, w[TB_N];
    for (int c = 0; c < TB_N; c++)
        w[c] = tb_width(head[c]);
    for (int i = 0; i < r->nels; i++) {
        OutBudget *x = &rows[n];
        if (!out_budget_row(x, &r->els[i], OUT_TEXT))
            continue;
        const char *cell[TB_N] = {x->kode, x->jenis, x->uraian, x->anggaran, x->realisasi, x->serapan};
        for (int c = 0; c < TB_N; c++)
            if (c != TB_URAIAN && tb_width(cell[c]) > w[c])
                w[c] = tb_width(cell[c]);
        n++;
    }
    int rest = OUT_TABLE_WIDTH - (TB_N - 1) * TB_GAP;
    for (int c = 0; c < TB_N; c++)
        rest -= c == TB_URAIAN ? 0 : w[c];
    w[TB_URAIAN] = rest > w[TB_URAIAN] ? rest : w[TB_URAIAN];
    Sbuf b;
    sb_init(&b);
    tb_line(f, "Anggaran", color ? TB_BOLD : NULL);
    tb_budget_line(f, &b, head, w, color ? TB_BOLD : NULL);
    for (int i = 0; i < n; i++) {
        const char *cell[TB_N] = {rows[i].kode, rows[i].jenis, rows[i].uraian, rows[i].anggaran,
                                  rows[i].realisasi, rows[i].serapan};
        tb_budget_line(f, &b, cell, w, NULL);
    }
    char a[NM_BUFSZ], re[NM_BUFSZ], se[NM_BUFSZ];
    sb_printf(&b, "Anggaran %s: %s, realisasi %s, serapan %s", r->plan->code,
              out_val(a, sizeof a, r->anggaran, OUT_TEXT), out_val(re, sizeof re, r->realisasi_anggaran, OUT_TEXT),
              out_val(se, sizeof se, r->serapan, OUT_TEXT));
    tb_line(f, b.s, color ? TB_BOLD : NULL);
    fputc('\n', f);
    sb_free(&b);
    free(rows);
}

void out_eval_table(FILE *f, const RPlan *r, const SrcSet *src, bool color)
{
    int total = 0, n = out_nelements(r);
    for (int i = 0; i < n; i++)
        total += out_element(r, i)->ninds;
    TbRow *rows = xcalloc((size_t)total + 1, sizeof *rows);
    int k = 0;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < out_element(r, i)->ninds; j++)
            tb_cells(&rows[k++], &out_element(r, i)->inds[j]);
    int w[TC_N], nc = out_has_pelaksana(r) ? TC_N : TC_PEL;
    tb_widths(rows, total, nc, w);  /* one set of widths: columns align across tables */
    k = 0;
    for (int i = 0; i < n; i++) {
        const RSas *rs = out_element(r, i);
        if (!out_listed(rs))
            continue;
        tb_sas(f, rs, rows + k, w, nc, color);
        k += rs->ninds;
        fputc('\n', f);
    }
    tb_plan_line(f, r, color);
    fputc('\n', f);
    tb_budget(f, r, color);
    tb_findings(f, r, src, color);
    free(rows);
}
