/*
 * diag.c - the diagnostic list: adding records (at most DG_MAX_PER_FILE
 * kept per file, the rest counted), counting by severity, source-order
 * sorting, settling records so their file's text can be freed, and "did
 * you mean" lookup.  Rendering is out/'s (out/diag_out.h).
 */
#include "base/diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/i18n.h"
#include "base/util.h"

void dg_init(DgList *d)
{
    memset(d, 0, sizeof *d);
}

static void dg_drop(Diag *g)
{
    free(g->msg);
    free(g->snip);
    g->msg = NULL;
    g->snip = NULL;
}

void dg_free(DgList *d)
{
    for (int i = 0; i < d->n; i++)
        dg_drop(&d->v[i]);
    free(d->v);
    free(d->files);
    dg_init(d);
}

static void dg_count(DgList *d, DgSev sev, int k)
{
    switch (sev) {
    case DG_ERROR:   d->nerr += k;  break;
    case DG_WARNING: d->nwarn += k; break;
    case DG_NOTE:    d->nnote += k; break;
    }
}

/* A limit (E002) ends its file early and says why: it is always kept,
 * and does not count towards the file's records. */
static bool dg_capped(const char *code, Span at)
{
    return at.file >= 0 && !(code && strcmp(code, "E002") == 0);
}

static DgFileCount *dg_file(DgList *d, int file)
{
    if (file >= d->nfiles) {
        int n = d->nfiles ? d->nfiles : 8;
        while (n <= file)
            n *= 2;
        d->files = xrealloc(d->files, (size_t)n * sizeof *d->files);
        memset(d->files + d->nfiles, 0, (size_t)(n - d->nfiles) * sizeof *d->files);
        d->nfiles = n;
    }
    return &d->files[file];
}

/* Does a record at byte lo, added now, sort after every kept one of a
 * full file?  Its seq is the highest yet, so only lo decides. */
static bool dg_after_all(const DgFileCount *fc, int lo)
{
    return fc->kept >= DG_MAX_PER_FILE && lo >= fc->last_lo;
}

bool dg_keeps(const DgList *d, Span at)
{
    if (at.file < 0 || at.file >= d->nfiles)
        return true;
    return !dg_after_all(&d->files[at.file], at.lo);
}

int dg_more(const DgList *d, int file, DgSev sev)
{
    return file >= 0 && file < d->nfiles ? d->files[file].more[sev] : 0;
}

static bool dg_later(int lo_a, int seq_a, int lo_b, int seq_b)
{
    return lo_a != lo_b ? lo_a > lo_b : seq_a > seq_b;
}

/* The kept record of `file` that sorts last, after one was replaced. */
static void dg_find_last(DgList *d, DgFileCount *fc, int file)
{
    bool any = false;
    for (int i = 0; i < d->n; i++) {
        const Diag *g = &d->v[i];
        if (g->span.file != file || !dg_capped(g->code, g->span))
            continue;
        if (!any || dg_later(g->span.lo, g->seq, fc->last_lo, fc->last_seq)) {
            fc->last_lo = g->span.lo;
            fc->last_seq = g->seq;
            any = true;
        }
    }
}

/* Appends a record, numbering it and counting it by severity; in a full
 * file it replaces the kept record that sorts last when it sorts before
 * it (so the file's first DG_MAX_PER_FILE in source order are kept,
 * whatever order the checks found them in), or is only counted. */
static void dg_push(DgList *d, Diag g)
{
    g.seq = d->seq++;
    dg_count(d, g.sev, 1);
    if (dg_capped(g.code, g.span)) {
        DgFileCount *fc = dg_file(d, g.span.file);
        if (dg_after_all(fc, g.span.lo)) {
            fc->more[g.sev]++;
            dg_drop(&g);
            return;
        }
        if (fc->kept >= DG_MAX_PER_FILE) {
            for (int i = 0; i < d->n; i++) {
                Diag *o = &d->v[i];
                if (o->span.file == g.span.file && o->seq == fc->last_seq && dg_capped(o->code, o->span)) {
                    fc->more[o->sev]++;
                    dg_drop(o);
                    *o = g;
                    dg_find_last(d, fc, g.span.file);
                    return;
                }
            }
        }
        if (!fc->kept || dg_later(g.span.lo, g.seq, fc->last_lo, fc->last_seq)) {
            fc->last_lo = g.span.lo;
            fc->last_seq = g.seq;
        }
        fc->kept++;
    }
    if (d->n == d->cap) {
        d->cap = d->cap ? d->cap * 2 : 16;
        d->v = xrealloc(d->v, (size_t)d->cap * sizeof *d->v);
    }
    d->v[d->n++] = g;
}

static void dg_vadd(DgList *d, DgSev sev, const char *code, Span at,
                    const char *fmt, va_list ap)
    __attribute__((format(printf, 5, 0)));
static void dg_vadd(DgList *d, DgSev sev, const char *code, Span at,
                    const char *fmt, va_list ap)
{
    if (dg_capped(code, at) && !dg_keeps(d, at)) {   /* no message to format */
        dg_count(d, sev, 1);
        d->seq++;
        dg_file(d, at.file)->more[sev]++;
        return;
    }
    Sbuf b;
    sb_init(&b);
    sb_vprintf(&b, i18n_tr(fmt), ap);     /* the message in the run's language */
    dg_push(d, (Diag){.sev = sev, .code = code, .msg = sb_take(&b), .span = at});
}

void dg_move(DgList *to, DgList *from)
{
    for (int i = 0; i < from->n; i++)
        dg_push(to, from->v[i]);
    for (int f = 0; f < from->nfiles; f++)
        for (int s = 0; s < 3; s++) {
            int k = from->files[f].more[s];
            if (k) {
                dg_file(to, f)->more[s] += k;
                dg_count(to, (DgSev)s, k);
            }
        }
    to->limit |= from->limit;
    free(from->v);
    free(from->files);
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
 * no file (-1) sorts first, before any real file.  Within a file the byte
 * offset orders as line and column would: columns grow with bytes. */
static int dg_cmp(const void *pa, const void *pb)
{
    const Diag *a = pa, *b = pb;
    int c;
    if ((c = cmp_int(a->order, b->order)))
        return c;
    if ((c = cmp_int(a->span.lo, b->span.lo)))
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

/* ---- positions and snippets ----------------------------------------- */

/* Byte length of the first `cols` characters of line[0..len), and how
 * many of them were found (fewer when the line is shorter). */
static size_t cp_prefix(const char *line, size_t len, int cols, int *found)
{
    size_t i = 0;
    int k = 0;
    bool valid;
    while (i < len && k < cols) {
        i += (size_t)utf8_char_len(line + i, len - i, &valid);
        k++;
    }
    *found = k;
    return i;
}

/* The window of the line at pos (a long line, minified or not text at
 * all, is cut around the column; a cut end is marked by the renderer)
 * and what the marker underlines: the span on its line, or to the end of
 * the window when it runs onto later lines. */
static bool dg_window(SrcFile *f, SrcPos pos, SrcPos end, DgSnippet *s)
{
    size_t len;
    const char *line = pos.line > 0 ? src_line(f, pos.line, &len) : NULL;
    if (!line)
        return false;
    int col = pos.col > 0 ? pos.col : 1;
    int total, from = 1, skipped;
    cp_prefix(line, len, DG_SNIP_COLS + 1, &total);
    if (total > DG_SNIP_COLS && col > DG_SNIP_BEFORE)
        from = col - DG_SNIP_BEFORE;
    size_t skip = cp_prefix(line, len, from - 1, &skipped);
    int ncols;
    size_t shown = cp_prefix(line + skip, len - skip, DG_SNIP_COLS, &ncols);
    memset(s, 0, sizeof *s);
    s->blank = len == 0;
    s->cut_left = skip > 0;
    s->cut_right = skip + shown < len;
    s->text = line + skip;
    s->len = (int)shown;
    col -= skipped;
    int got;
    size_t pre = cp_prefix(s->text, shown, col - 1, &got);
    s->pre = (int)pre;
    s->pad = col - 1 - got > 0 ? col - 1 - got : 0;
    int n = 1;
    if (end.line == pos.line && end.col > pos.col)
        n = end.col - pos.col;
    else if (end.line > pos.line)   /* runs on: underline to the end */
        n = utf8_cols(s->text + pre, shown - pre);
    if (n > ncols - got + s->cut_right)   /* no further than what is shown */
        n = ncols - got + s->cut_right;
    s->mark = n < 1 ? 1 : n;
    return true;
}

void dg_positions(const Diag *g, const SrcSet *src, SrcPos *pos, SrcPos *end)
{
    if (g->settled) {
        *pos = g->pos;
        *end = g->end;
        return;
    }
    *pos = src_span_lo(src, g->span);
    *end = src_span_hi(src, g->span);
}

bool dg_snippet(const Diag *g, const SrcSet *src, DgSnippet *out)
{
    if (g->settled) {
        if (g->snip)
            *out = *g->snip;
        return g->snip != NULL;
    }
    SrcPos pos, end;
    dg_positions(g, src, &pos, &end);
    SrcFile *f = src ? src_get(src, g->span.file) : NULL;
    return f && dg_window(f, pos, end, out);
}

void dg_settle(DgList *d, SrcFile *f)
{
    for (int i = 0; i < d->n; i++) {
        Diag *g = &d->v[i];
        if (g->settled || g->span.file != f->id)
            continue;
        if (g->span.lo >= 0) {
            g->pos = src_pos(f, g->span.lo);
            g->end = src_pos(f, g->span.hi);
        }
        DgSnippet s;
        if (dg_window(f, g->pos, g->end, &s)) {
            /* one allocation: the struct, then its text */
            g->snip = xmalloc(sizeof s + (size_t)s.len + 1);
            char *text = (char *)(g->snip + 1);
            memcpy(text, s.text, (size_t)s.len);
            text[s.len] = '\0';
            s.text = text;
            *g->snip = s;
        }
        g->settled = true;
    }
}

/* ---- did you mean --------------------------------------------------- */

/* Scores in half steps so a case-only difference ("Maksimal" for
 * "maksimal") ranks above any real typo, however long the word.  A
 * candidate whose length differs by more than the distance allowed is
 * skipped before any distance is computed, so a long word costs one
 * length comparison per candidate. */
const char *dg_nearest(const char *word, const char *const *cands, int n)
{
    size_t wl = strlen(word);
    if (wl > DG_NEAREST_MAX)
        return NULL;
    int lim = (int)(wl / 3);
    if (lim < 1)
        lim = 1;
    const char *best = NULL;
    int best_score = 2 * lim + 1;
    for (int i = 0; i < n; i++) {
        if (!cands[i])
            continue;
        size_t cl = strlen(cands[i]);
        /* an abbreviation ("maks" for "maksimal") is as good as the limit */
        bool abbrev = wl >= 3 && cl > wl && strncmp(cands[i], word, wl) == 0;
        size_t diff = cl > wl ? cl - wl : wl - cl;
        if (diff > (size_t)lim && !abbrev)
            continue;
        int dist = diff > (size_t)lim ? lim + 1 : edit_distance(word, cands[i], lim);
        int score = dist == 0 ? 0
                  : cl == wl && strcasecmp(word, cands[i]) == 0 ? 1
                  : 2 * dist;
        if (score > 2 * lim && abbrev)
            score = 2 * lim;
        if (score < best_score) {
            best = cands[i];
            best_score = score;
        }
    }
    return best;
}

/* A record with the code and span of an earlier one says it again (a
 * rule shared by every plan, reached by each): only the first stays. */
void dg_once(DgList *d, const char *code)
{
    int k = 0;
    for (int i = 0; i < d->n; i++) {
        Diag *g = &d->v[i];
        bool again = false;
        if (strcmp(g->code, code) == 0)
            for (int j = 0; j < k && !again; j++)
                again = strcmp(d->v[j].code, code) == 0 && d->v[j].span.file == g->span.file &&
                        d->v[j].span.lo == g->span.lo && d->v[j].span.hi == g->span.hi;
        if (again) {
            dg_count(d, g->sev, -1);
            if (g->span.file >= 0 && g->span.file < d->nfiles)
                d->files[g->span.file].kept--;
            dg_drop(g);
            continue;
        }
        d->v[k++] = *g;
    }
    d->n = k;
}
