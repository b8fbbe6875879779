/*
 * diag.c - the diagnostic list: adding records, counting by severity,
 * source-order sorting, "did you mean" lookup, and the dispatch to the
 * out_diag_* renderers (which own every output format).
 */
#include "base/diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/util.h"

void dg_init(DgList *d)
{
    memset(d, 0, sizeof *d);
}

void dg_free(DgList *d)
{
    for (int i = 0; i < d->n; i++)
        free(d->v[i].msg);
    free(d->v);
    dg_init(d);
}

/* Appends a record, numbering it and counting it by severity. */
static void dg_push(DgList *d, Diag g)
{
    if (d->n == d->cap) {
        d->cap = d->cap ? d->cap * 2 : 16;
        d->v = xrealloc(d->v, (size_t)d->cap * sizeof *d->v);
    }
    g.seq = d->n;
    d->v[d->n++] = g;
    switch (g.sev) {
    case DG_ERROR:   d->nerr++;  break;
    case DG_WARNING: d->nwarn++; break;
    case DG_NOTE:    d->nnote++; break;
    }
}

static void dg_vadd(DgList *d, DgSev sev, const char *code, Span at,
                    const char *fmt, va_list ap)
    __attribute__((format(printf, 5, 0)));
static void dg_vadd(DgList *d, DgSev sev, const char *code, Span at,
                    const char *fmt, va_list ap)
{
    Sbuf b;
    sb_init(&b);
    sb_vprintf(&b, fmt, ap);
    dg_push(d, (Diag){.sev = sev, .code = code, .msg = sb_take(&b), .span = at});
}

void dg_move(DgList *to, DgList *from)
{
    for (int i = 0; i < from->n; i++)
        dg_push(to, from->v[i]);
    to->limit |= from->limit;
    free(from->v);
    dg_init(from);
}

void dg_add(DgList *d, DgSev sev, const char *code, Span at, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    dg_vadd(d, sev, code, at, fmt, ap);
    va_end(ap);
}

DgSev dg_sev_of(const char *code)
{
    switch (code ? code[0] : 'E') {
    case 'W': return DG_WARNING;
    case 'I': return DG_NOTE;
    default:  return DG_ERROR;   /* an unknown code must not pass silently */
    }
}

void dg_emit(DgList *d, const char *code, Span at, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    dg_vadd(d, dg_sev_of(code), code, at, fmt, ap);
    va_end(ap);
}

static int cmp_int(int a, int b)
{
    return (a > b) - (a < b);
}

/* seq is unique, so qsort (not stable itself) gives a stable order;
 * no file (-1) sorts first, before any real file. */
static int dg_cmp(const void *pa, const void *pb)
{
    const Diag *a = pa, *b = pb;
    int c;
    if ((c = cmp_int(a->order, b->order)))
        return c;
    if ((c = cmp_int(a->span.first_line, b->span.first_line)))
        return c;
    if ((c = cmp_int(a->span.first_column, b->span.first_column)))
        return c;
    return cmp_int(a->seq, b->seq);
}

void dg_sort(DgList *d, const SrcSet *src)
{
    for (int i = 0; i < d->n; i++)
        d->v[i].order = src_order(src, d->v[i].span.file);
    if (d->n > 1)
        qsort(d->v, (size_t)d->n, sizeof *d->v, dg_cmp);
}

bool dg_failed(const DgList *d)
{
    return d->nerr > 0 || (d->werror && d->nwarn > 0);
}

const char *dg_sev_name(DgSev s)
{
    switch (s) {
    case DG_WARNING: return "warning";
    case DG_NOTE:    return "note";
    default:         return "error";
    }
}

/* Scores in half steps so a case-only difference ("Maksimal" for
 * "maksimal") ranks above any real typo, however long the word. */
const char *dg_nearest(const char *word, const char *const *cands, int n)
{
    int lim = (int)(strlen(word) / 3);
    if (lim < 1)
        lim = 1;
    const char *best = NULL;
    int best_score = 2 * lim + 1;
    for (int i = 0; i < n; i++) {
        if (!cands[i])
            continue;
        int dist = edit_distance(word, cands[i], lim);
        int score = dist == 0 ? 0
                  : strcasecmp(word, cands[i]) == 0 ? 1
                  : 2 * dist;
        /* an abbreviation ("maks" for "maksimal") is as good as the limit */
        size_t wl = strlen(word);
        if (score > 2 * lim && wl >= 3 && strncmp(cands[i], word, wl) == 0)
            score = 2 * lim;
        if (score < best_score) {
            best = cands[i];
            best_score = score;
        }
    }
    return best;
}

/* Renders in source order: sorting here means no caller can forget. */
void dg_render(FILE *out, DgFormat f, DgList *d, SrcSet *src, bool color)
{
    dg_sort(d, src);
    switch (f) {
    case DGF_HUMAN:  out_diag_human(out, d, src, color); break;
    case DGF_JSON:   out_diag_json(out, d, src); break;
    case DGF_GITHUB: out_diag_github(out, d, src); break;
    case DGF_SARIF:  out_diag_sarif(out, d, src); break;
    }
}
