/*
 * tmap.c - the targets of a year's parts (tmap.h): a map of quarters,
 * semesters or months, cumulative or `periodik`, lowered and checked here,
 * and the arithmetic of docs/language.md "Target for the period" that the
 * evaluator, explain and sema share.
 *
 * A part is a period word without a year (TW2, S1, B05: pd_parse).  A map
 * names every part of one kind once: a part missing is an error (E015), as
 * is one repeated (E011) or a second kind (E060), so the evaluator only
 * meets complete maps; it still answers "no target" for an incomplete one
 * (a plan with errors may run its static rules).
 */
#include <stdlib.h>
#include <string.h>

#include "check/sema_int.h"
#include "check/tmap.h"

static int tm_nparts(PeriodKind k)
{
    return k == P_SEM ? 2 : k == P_TW ? 4 : 12;
}

const char *tm_part_name(const MTargetMap *m, int i, char *buf, size_t n)
{
    return pd_format((Period){m->kind, 0, i + 1}, buf, n);
}

/* ---- lowering ------------------------------------------------------- */

/* The part a key names, or -1 (E013 reported). */
static int tm_key(Sema *s, const MapEnt *e, Period *p)
{
    if (!e->key_is_year && pd_parse(e->key.s, strlen(e->key.s), p) == 0 && p->year == 0 && p->kind != P_YEAR)
        return 0;
    dg_emit(s->d, "E013", e->key.span, "the targets of a year's parts are keyed TW1..TW4, S1, S2 or B01..B12, not '%s'%s",
            e->key.s, e->key_is_year ? "; an rkt or pk gives the target of its own year as a number" : "");
    return -1;
}

MTargetMap *tm_lower(Sema *s, MInd *ind, const Value *v)
{
    (void)ind;
    if (v->tag.s && strcmp(v->tag.s, "periodik") != 0) {
        dg_emit(s->d, "E013", v->tag.span, "'%s' cannot stand before a target list; write 'target periodik { TW1: n, ... }' "
                "for each part's own target, or 'target { TW1: n, ... }' for cumulative targets", v->tag.s);
        return NULL;
    }
    MTargetMap *m = NULL;
    const MapEnt *first = NULL;
    for (Node *x = v->map.head; x; x = x->next) {
        MapEnt *e = (MapEnt *)x;
        Period p;
        if (tm_key(s, e, &p) < 0)
            continue;
        if (!m) {
            m = ar_alloc(s->ar, sizeof *m);
            m->kind = p.kind;
            m->nparts = tm_nparts(p.kind);
            m->periodik = v->tag.s != NULL;
            m->part = ar_alloc(s->ar, (size_t)m->nparts * sizeof *m->part);
            m->span = v->span;
            first = e;
        } else if (p.kind != m->kind) {
            dg_emit(s->d, "E060", e->key.span, "a target list takes one kind of part, but '%s' follows '%s'; list the quarters "
                    "TW1..TW4, the semesters S1, S2 or the months B01..B12", e->key.s, first->key.s);
            m->mixed = true;
            continue;
        }
        MTarget *t = &m->part[p.n - 1];
        if (t->set)
            dg_emit(s->d, "E011", e->key.span, "%s is listed twice", e->key.s);
        sm_target_num(t, &e->val);
    }
    return m;
}

/* ---- checks --------------------------------------------------------- */

static bool tm_missing(Sema *s, const MInd *ind, const MTargetMap *m)
{
    for (int i = 0; i < m->nparts; i++) {
        if (m->part[i].set)
            continue;
        if (m->mixed)
            return true;
        if (m->kind == P_TW)
            dg_emit(s->d, "E015", ind->decl->code.span, "indikator '%s' lists quarterly targets but not TW%d; give all four",
                    ind->code, i + 1);
        else if (m->kind == P_SEM)
            dg_emit(s->d, "E015", ind->decl->code.span, "indikator '%s' lists semester targets but not S%d; give both",
                    ind->code, i + 1);
        else
            dg_emit(s->d, "E015", ind->decl->code.span, "indikator '%s' lists monthly targets but not B%02d; give all twelve",
                    ind->code, i + 1);
        return true;
    }
    return false;
}

static bool tm_bad(const MTargetMap *m)
{
    for (int i = 0; i < m->nparts; i++)
        if (m->part[i].bad)
            return true;
    return false;
}

/* Cumulative targets of a jumlah indicator never decrease (E022). */
static void tm_check_rising(Sema *s, const MTargetMap *m)
{
    char a[64], b[64], pa[PD_BUFSZ], pb[PD_BUFSZ];
    for (int q = 1; q < m->nparts; q++) {
        const MTarget *t = &m->part[q], *prev = &m->part[q - 1];
        if (t->hi >= prev->hi)
            continue;
        sm_fmt_num(a, sizeof a, t->hi);
        sm_fmt_num(b, sizeof b, prev->hi);
        tm_part_name(m, q, pa, sizeof pa);
        tm_part_name(m, q - 1, pb, sizeof pb);
        if (m->kind == P_TW)
            dg_emit(s->d, "E022", t->span, "quarterly targets are cumulative for a 'jumlah' indicator, but %s (%s) is less than %s (%s)",
                    pa, a, pb, b);
        else if (m->kind == P_SEM)
            dg_emit(s->d, "E022", t->span, "semester targets are cumulative for a 'jumlah' indicator, but %s (%s) is less than %s (%s)",
                    pa, a, pb, b);
        else
            dg_emit(s->d, "E022", t->span, "monthly targets are cumulative for a 'jumlah' indicator, but %s (%s) is less than %s (%s)",
                    pa, a, pb, b);
    }
}

/* Cumulative targets of a jumlah indicator all equal (but 0): most likely
 * each part's own target written as a cumulative map (W060). */
static void tm_check_equal(Sema *s, const MInd *ind, const MTargetMap *m)
{
    for (int i = 1; i < m->nparts; i++)
        if (m->part[i].lo != m->part[0].lo || m->part[i].hi != m->part[0].hi)
            return;
    if (m->part[0].hi == 0)
        return;
    char a[64];
    sm_fmt_num(a, sizeof a, m->part[0].hi);
    if (m->kind == P_TW)
        dg_emit(s->d, "W060", m->span, "the cumulative targets of '%s' are all %s: nothing more is expected after TW1; "
                "if each is the target of its own quarter, write `periodik`: target periodik { TW1: %s, ... }",
                ind->code, a, a);
    else if (m->kind == P_SEM)
        dg_emit(s->d, "W060", m->span, "the cumulative targets of '%s' are all %s: nothing more is expected after S1; "
                "if each is the target of its own semester, write `periodik`: target periodik { S1: %s, S2: %s }",
                ind->code, a, a, a);
    else
        dg_emit(s->d, "W060", m->span, "the cumulative targets of '%s' are all %s: nothing more is expected after B01; "
                "if each is the target of its own month, write `periodik`: target periodik { B01: %s, ... }",
                ind->code, a, a);
}

/* The map against the annual target written beside it (E023). */
static void tm_check_annual(Sema *s, const MInd *ind, const MTargetMap *m)
{
    const MTarget *an = &ind->target;
    if (!an->set || an->bad || !sm_own_span(ind, an->span))
        return;
    char a[64], b[64], pn[PD_BUFSZ];
    if (!m->periodik) {
        const MTarget *last = &m->part[m->nparts - 1];
        if (an->lo == last->lo && an->hi == last->hi)
            return;
        sm_fmt_num(a, sizeof a, last->hi);
        sm_fmt_num(b, sizeof b, an->hi);
        tm_part_name(m, m->nparts - 1, pn, sizeof pn);
        dg_emit(s->d, "E023", last->span, "%s target %s differs from the annual target %s; %s is the target through the whole year",
                pn, a, b, pn);
        return;
    }
    if (ind->kon != KON_JUMLAH)
        return;
    MTarget y = tm_year(m, ind->kon);
    if (y.lo == an->lo && y.hi == an->hi)
        return;
    sm_fmt_num(a, sizeof a, y.hi);
    sm_fmt_num(b, sizeof b, an->hi);
    dg_emit(s->d, "E023", m->span, "the periodik targets of '%s' add up to %s, but its annual target is %s; each entry of a "
            "periodik list is the target of its own part alone", ind->code, a, b);
}

void tm_check(Sema *s, MInd *ind)
{
    const MTargetMap *m = ind->tmap;
    if (tm_missing(s, ind, m))
        return;
    if (!tm_bad(m)) {
        if (!m->periodik && ind->kon == KON_JUMLAH) {
            tm_check_rising(s, m);
            tm_check_equal(s, ind, m);
        }
        tm_check_annual(s, ind, m);
    }
    if (!ind->target.set)
        ind->target = tm_year(m, ind->kon);
}

static int tm_by_year(const void *a, const void *b)
{
    const MYearTarget *x = a, *y = b;
    return (x->year > y->year) - (x->year < y->year);
}

void tm_check_trend(Sema *s, MInd *ind)
{
    int n = ind->nyears;
    if (n < 2 || ind->pol == POL_STABIL)
        return;
    MYearTarget *y = malloc((size_t)n * sizeof *y);
    if (!y)
        return;
    memcpy(y, ind->years, (size_t)n * sizeof *y);
    qsort(y, (size_t)n, sizeof *y, tm_by_year);
    bool rise = true, fall = true;
    for (int i = 1; i < n; i++) {
        const MTarget *a = &y[i - 1].t, *b = &y[i].t;
        if (y[i].year == y[i - 1].year || a->bad || b->bad)
            rise = fall = false;
        rise = rise && b->lo > a->lo && b->hi > a->hi;
        fall = fall && b->lo < a->lo && b->hi < a->hi;
    }
    /* the figures are formatted only for a warning: every indicator of
     * a Renstra passes here, and snprintf of a double is costly */
    char a[64], b[64];
    if ((ind->pol == POL_MINIMAL && rise) || (ind->pol == POL_MAKSIMAL && fall)) {
        sm_fmt_num(a, sizeof a, y[0].t.hi);
        sm_fmt_num(b, sizeof b, y[n - 1].t.hi);
    }
    if (ind->pol == POL_MINIMAL && rise)
        dg_emit(s->d, "W061", y[0].t.span, "the renstra targets of '%s' rise every year (%s in %d to %s in %d), but it is "
                "polaritas minimal (lower is better): is the polaritas right?", ind->code, a, y[0].year, b, y[n - 1].year);
    if (ind->pol == POL_MAKSIMAL && fall)
        dg_emit(s->d, "W061", y[0].t.span, "the renstra targets of '%s' fall every year (%s in %d to %s in %d), but it is "
                "polaritas maksimal (higher is better): is the polaritas right?", ind->code, a, y[0].year, b, y[n - 1].year);
    free(y);
}

/* ---- through a period ----------------------------------------------- */

/* Folds lo and hi of the parts' values by konsolidasi. */
typedef struct TmFold {
    double lo, hi;
    int n;
    bool range, bad;
} TmFold;

static void tm_fold(TmFold *f, Konsolidasi kon, const MTarget *t, double share)
{
    double lo = t->lo * share, hi = t->hi * share;
    if (f->n == 0 || kon == KON_TERAKHIR) {
        f->lo = kon == KON_JUMLAH || kon == KON_RATA ? 0 : lo;
        f->hi = kon == KON_JUMLAH || kon == KON_RATA ? 0 : hi;
    }
    if (kon == KON_JUMLAH || kon == KON_RATA) {
        f->lo += lo;
        f->hi += hi;
    } else if (kon == KON_MAKS) {
        f->lo = f->lo > lo ? f->lo : lo;
        f->hi = f->hi > hi ? f->hi : hi;
    } else if (kon == KON_MIN) {
        f->lo = f->lo < lo ? f->lo : lo;
        f->hi = f->hi < hi ? f->hi : hi;
    }
    f->range |= t->range;
    f->bad |= t->bad;
    f->n++;
}

/* Where `last` falls among the map's parts. */
static TmThrough tm_locate(const MTargetMap *m, int last)
{
    TmThrough r = {0};
    r.len = 12 / m->nparts;
    if (last < 1)
        last = 1;
    if (last > 12)
        last = 12;
    r.part = (last + r.len - 1) / r.len;
    r.elapsed = last - (r.part - 1) * r.len;
    return r;
}

static bool tm_complete(const MTargetMap *m, int through)
{
    for (int i = 0; i < through; i++)
        if (!m->part[i].set)
            return false;
    return true;
}

TmThrough tm_through(const MTargetMap *m, Konsolidasi kon, int last)
{
    TmThrough r = tm_locate(m, last);
    if (!tm_complete(m, r.part))
        return r;
    const MTarget *cur = &m->part[r.part - 1];
    bool partial = r.elapsed < r.len && kon == KON_JUMLAH;
    double share = (double)r.elapsed / r.len;
    if (!m->periodik) {
        r.t = *cur;
        if (partial) {
            const MTarget *prev = r.part > 1 ? &m->part[r.part - 2] : NULL;
            double plo = prev ? prev->lo : 0, phi = prev ? prev->hi : 0;
            r.t.lo = plo + (cur->lo - plo) * r.elapsed / r.len;
            r.t.hi = phi + (cur->hi - phi) * r.elapsed / r.len;
            r.t.bad |= prev && prev->bad;
        }
        return r;
    }
    TmFold f = {0};
    for (int i = 0; i < r.part; i++)
        tm_fold(&f, kon, &m->part[i], i == r.part - 1 && partial ? share : 1);
    r.t = (MTarget){true, f.range, f.bad, f.lo, f.hi, cur->span,
                    kon == KON_TERAKHIR ? cur->level : NULL};   /* a level: the entry's own */
    if (kon == KON_RATA) {
        r.t.lo /= f.n;
        r.t.hi /= f.n;
    }
    return r;
}

MTarget tm_year(const MTargetMap *m, Konsolidasi kon)
{
    return tm_through(m, kon, 12).t;
}

MTarget tm_reported(const MTargetMap *m, Konsolidasi kon, int last, unsigned months)
{
    TmThrough r = tm_locate(m, last);
    TmFold f = {0};
    if (!tm_complete(m, r.part))
        return (MTarget){0};
    for (int i = 0; i < r.part; i++) {
        int end = i == r.part - 1 ? r.elapsed : r.len;
        unsigned span = ((1u << end) - 1) << (i * r.len);
        if (!(months & span))
            continue;
        MTarget own = m->part[i];
        if (!m->periodik && i > 0) {
            own.lo -= m->part[i - 1].lo;
            own.hi -= m->part[i - 1].hi;
        }
        tm_fold(&f, KON_JUMLAH, &own, end < r.len && kon == KON_JUMLAH ? (double)end / r.len : 1);
    }
    if (f.n == 0)
        return (MTarget){0};
    return (MTarget){true, f.range, f.bad, f.lo, f.hi, m->span,
                     kon == KON_TERAKHIR ? m->part[m->nparts - 1].level : NULL};
}
