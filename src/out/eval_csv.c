/*
 * out_eval_csv.c - `eval --format csv`: a header row and one row per
 * indicator (with a leading `rencana` column for --semua).  Fields are
 * quoted as RFC 4180 asks, only where needed; numbers have a plain
 * decimal point and at most two decimals, kosong is an empty field, a
 * range target is a..b.  Lines end in "\n".
 */
#include "out/out_eval.h"

#include <string.h>

#include "base/util.h"

/* A row is built in a buffer and written at once: a national --semua
 * run writes 400,000 rows, and a stdio call per field was a fifth of it. */
typedef struct CsvLine {
    char *s;
    size_t n, cap;
    char small[1024];
} CsvLine;

static void csv_add(CsvLine *l, const char *s, size_t n)
{
    if (l->n + n > l->cap) {
        size_t cap = (l->n + n) * 2;
        char *big = xmalloc(cap);
        memcpy(big, l->s, l->n);
        if (l->s != l->small)
            free(l->s);
        l->s = big;
        l->cap = cap;
    }
    memcpy(l->s + l->n, s, n);
    l->n += n;
}

/* A field, quoted when it holds a separator, a quote or a line end. */
static void csv_field(CsvLine *l, const char *s, bool first)
{
    if (!first)
        csv_add(l, ",", 1);
    if (!s)
        return;
    size_t n = 0;
    while (s[n] && s[n] != ',' && s[n] != '"' && s[n] != '\r' && s[n] != '\n')
        n++;
    if (!s[n]) {
        csv_add(l, s, n);
        return;
    }
    csv_add(l, "\"", 1);
    for (const char *q; (q = strchr(s, '"')); s = q + 1) {
        csv_add(l, s, (size_t)(q - s + 1));     /* a quote is doubled */
        csv_add(l, "\"", 1);
    }
    csv_add(l, s, strlen(s));
    csv_add(l, "\"", 1);
}

void out_eval_csv_header(FILE *f, bool with_rencana)
{
    if (with_rencana)
        fputs("rencana,", f);
    fputs("kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat\n", f);
}

static void csv_row(FILE *f, const RPlan *r, const RSas *rs, const RInd *ri, bool with_rencana)
{
    OutRow row;
    out_row(&row, ri, OUT_CSV);
    CsvLine l;
    l.s = l.small;
    l.n = 0;
    l.cap = sizeof l.small;
    if (with_rencana)
        csv_field(&l, r->plan->code, true);
    csv_field(&l, row.kode, !with_rencana);
    csv_field(&l, rs->sas->code, false);
    csv_field(&l, row.uraian, false);
    csv_field(&l, row.satuan, false);
    csv_field(&l, row.polaritas, false);
    csv_field(&l, row.konsolidasi, false);
    csv_field(&l, row.target, false);
    csv_field(&l, row.realisasi, false);
    csv_field(&l, row.capaian, false);
    csv_field(&l, row.predikat, false);
    csv_add(&l, "\n", 1);
    fwrite(l.s, 1, l.n, f);
    if (l.s != l.small)
        free(l.s);
}

void out_eval_csv_rows(FILE *f, const RPlan *r, const SrcSet *src, bool with_rencana)
{
    for (int i = 0; i < r->nsas; i++)
        for (int j = 0; j < r->sas[i].ninds; j++)
            csv_row(f, r, &r->sas[i], &r->sas[i].inds[j], with_rencana);
}

void out_eval_csv(FILE *f, const RPlan *const *plans, int n, const SrcSet *src,
                  bool with_rencana)
{
    out_eval_csv_header(f, with_rencana);
    for (int p = 0; p < n; p++)
        out_eval_csv_rows(f, plans[p], src, with_rencana);
}
