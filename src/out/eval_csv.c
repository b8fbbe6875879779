/*
 * eval_csv.c - `eval --format csv`: a header row and one row per
 * indicator (with a leading `rencana` column for --semua).  Fields are
 * quoted as RFC 4180 asks, only where needed; numbers have a plain
 * decimal point and at most two decimals, kosong is an empty field, a
 * range target is a..b.  Lines end in "\n".  A text field that starts
 * as a formula would (=, +, -, @, tab, CR) gets a leading ' (docs/cli.md):
 * no text of a plan runs as a spreadsheet formula.
 */
#include "out/out_eval.h"

#include <string.h>

#include "base/util.h"

/* A row is built in a buffer and written at once: a national --semua
 * run writes 400,000 rows, and a stdio call per field was a fifth of it.
 * One buffer serves every row of a plan. */

/* Whether a spreadsheet would take text starting with c for a formula. */
static bool csv_formula_start(char c)
{
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

/* A field, quoted when it holds a separator, a quote or a line end.  A
 * text field a spreadsheet would take for a formula gets a leading `'`;
 * a number field keeps its minus sign (a negative number is a number).
 * Control characters other than tab, CR and LF are shown escaped. */
/* The length of s when every byte is printable ASCII other than ',' and
 * '"' (written as it is, unquoted), else 0: one pass for the usual field. */
static size_t csv_plain_len(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    for (; *p; p++)
        if (*p < 0x20 || *p > 0x7E || *p == ',' || *p == '"')
            return 0;
    return (size_t)(p - (const unsigned char *)s);
}

static void csv_field(Sbuf *l, const char *s, bool first, bool num)
{
    if (!first)
        sb_putc(l, ',');
    if (!s || !*s)
        return;
    size_t n = csv_plain_len(s);
    if (n && (!csv_formula_start(s[0]) || (num && s[0] == '-' && s[1] >= '0' && s[1] <= '9'))) {
        sb_add(l, s, n);
        return;
    }
    n = strlen(s);
    bool formula = csv_formula_start(s[0]) &&
                   !(num && s[0] == '-' && s[1] >= '0' && s[1] <= '9');
    bool quote = strpbrk(s, ",\"\r\n") != NULL;
    bool clean = out_esc_clean(s, n, OUT_ESC_CSV);
    if (!formula && !quote && clean) {
        sb_add(l, s, n);
        return;
    }
    Sbuf t;
    sb_init(&t);
    if (formula)
        sb_putc(&t, '\'');
    out_esc(&t, s, n, OUT_ESC_CSV);
    if (!quote) {
        sb_add(l, t.s, t.len);
        sb_free(&t);
        return;
    }
    sb_putc(l, '"');
    const char *p = t.s;
    for (const char *q; (q = strchr(p, '"')); p = q + 1) {
        sb_add(l, p, (size_t)(q - p + 1));     /* a quote is doubled */
        sb_putc(l, '"');
    }
    sb_puts(l, p);
    sb_putc(l, '"');
    sb_free(&t);
}

void out_eval_csv_header(FILE *f, bool with_rencana)
{
    if (with_rencana)
        fputs("rencana,", f);
    fputs("kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat,pelaksana,"
          "jenis,anggaran,realisasi_anggaran,serapan\n", f);
}

static void csv_row(FILE *f, Sbuf *l, const RPlan *r, const RSas *rs, const RInd *ri,
                    bool with_rencana)
{
    OutRow row;
    out_row(&row, ri, OUT_CSV);
    l->len = 0;
    if (with_rencana)
        csv_field(l, r->plan->code, true, false);
    csv_field(l, row.kode, !with_rencana, false);
    csv_field(l, rs->sas->code, false, false);
    csv_field(l, row.uraian, false, false);
    csv_field(l, row.satuan, false, false);
    csv_field(l, row.polaritas, false, false);
    csv_field(l, row.konsolidasi, false, false);
    csv_field(l, row.target, false, true);
    csv_field(l, row.realisasi, false, true);
    csv_field(l, row.capaian, false, true);
    csv_field(l, row.predikat, false, false);
    csv_field(l, row.pelaksana, false, false);
    sb_puts(l, ",indikator,,,\n");
    fwrite(l->s, 1, l->len, f);
}

/* A budgeted element's row: its induk in the sasaran column, its jenis
 * (program, kegiatan, subkegiatan) and the three budget values. */
static void csv_budget_row(FILE *f, Sbuf *l, const RPlan *r, const OutBudget *x, bool with_rencana)
{
    l->len = 0;
    if (with_rencana)
        csv_field(l, r->plan->code, true, false);
    csv_field(l, x->kode, !with_rencana, false);
    csv_field(l, x->induk, false, false);
    csv_field(l, x->uraian, false, false);
    sb_puts(l, ",,,,,,,,");     /* satuan .. pelaksana: an indicator's */
    csv_field(l, x->jenis, false, false);
    csv_field(l, x->anggaran, false, true);
    csv_field(l, x->realisasi, false, true);
    csv_field(l, x->serapan, false, true);
    sb_putc(l, '\n');
    fwrite(l->s, 1, l->len, f);
}

void out_eval_csv_rows(FILE *f, const RPlan *r, const SrcSet *src, bool with_rencana)
{
    Sbuf l;
    sb_init(&l);
    for (int i = 0; i < out_nelements(r); i++)
        for (int j = 0; j < out_element(r, i)->ninds; j++)
            csv_row(f, &l, r, out_element(r, i), &out_element(r, i)->inds[j], with_rencana);
    for (int i = 0; i < r->nels; i++) {
        OutBudget x;
        if (out_budget_row(&x, &r->els[i], OUT_CSV))
            csv_budget_row(f, &l, r, &x, with_rencana);
    }
    sb_free(&l);
}

void out_eval_csv(FILE *f, const RPlan *const *plans, int n, const SrcSet *src,
                  bool with_rencana)
{
    out_eval_csv_header(f, with_rencana);
    for (int p = 0; p < n; p++)
        out_eval_csv_rows(f, plans[p], src, with_rencana);
}
