/*
 * formula.c - what sema checks and lowers for the capaian formulas
 * (docs/language.md#capaian, LANGUAGE.md §4.3, §4.4): `bila_kosong` of a
 * plan or element, and the side of `terburuk` (E061).  The formulas
 * themselves are the evaluator's (eval/capaian.c).  Prefix sm_.
 */
#include "check/sema_int.h"
#include "check/tmap.h"

#include "base/num.h"

static const char *const bk_words[] = {"lewati", "kosong"};

BilaKosong sm_bila_kosong(Sema *s, Prop *p)
{
    int k = sm_want_word(s, p, bk_words, 2);
    return k < 0 ? BK_UNSET : k == 0 ? BK_LEWATI : BK_KOSONG;
}

static bool own(const MInd *ind, Span sp)
{
    return ind->decl && sp.file == ind->decl->h.span.file && sp.lo >= ind->decl->h.span.lo &&
           sp.hi <= ind->decl->h.span.hi;
}

/* W on the better side of t, or on t: maksimal wants W below every
 * target (below a band's lower bound), minimal above (above its upper). */
static bool better_side(const MInd *ind, const MTarget *t)
{
    double W = ind->terburuk;
    return ind->pol == POL_MAKSIMAL ? W >= t->lo : W <= t->hi;
}

/* E061 at terburuk (at the target when only the target is this
 * indicator's own: an inherited terburuk is reported where written). */
static bool side_ok(Sema *s, const MInd *ind, const MTarget *t, const char *what)
{
    if (!t->set || t->bad || !better_side(ind, t))
        return true;
    bool own_w = own(ind, ind->terburuk_span);
    if (!own_w && !own(ind, t->span))
        return true;
    char w[NM_BUFSZ], a[NM_BUFSZ], b[NM_BUFSZ];
    nm_fmt(w, sizeof w, ind->terburuk, NM_JSON);
    nm_fmt(a, sizeof a, t->lo, NM_JSON);
    nm_fmt(b, sizeof b, t->hi, NM_JSON);
    const char *tt = t->range ? ar_printf(s->ar, "%s..%s", a, b) : a;
    Span at = own_w ? ind->terburuk_span : t->span;
    if (ind->pol == POL_MAKSIMAL)
        dg_emit(s->d, "E061", at, "terburuk %s is not below %s %s: indikator '%s' is maksimal (higher is better), "
                "so the worst tolerable realisation lies below every target",
                w, what, tt, ind->code);
    else
        dg_emit(s->d, "E061", at, "terburuk %s is not above %s %s: indikator '%s' is minimal (lower is better), "
                "so the worst tolerable realisation lies above every target",
                w, what, tt, ind->code);
    return false;
}

void sm_check_terburuk(Sema *s, const MInd *ind)
{
    if (!ind->has_terburuk)
        return;
    if (ind->pol == POL_STABIL) {
        if (own(ind, ind->terburuk_span))
            dg_emit(s->d, "E061", ind->terburuk_span, "'terburuk' needs a direction, but indikator '%s' is stabil "
                    "(worse on both sides of its band); use it with polaritas maksimal or minimal", ind->code);
        return;
    }
    /* one error per indicator: the first target on the wrong side */
    if (!side_ok(s, ind, &ind->target, "target"))
        return;
    for (int q = 0; ind->tmap && q < ind->tmap->nparts; q++) {
        char pn[8];
        const char *what = ar_printf(s->ar, "target %s", tm_part_name(ind->tmap, q, pn, sizeof pn));
        if (!side_ok(s, ind, &ind->tmap->part[q], what))
            return;
    }
    for (int i = 0; i < ind->nyears; i++)
        if (!side_ok(s, ind, &ind->years[i].t, ar_printf(s->ar, "target %d", ind->years[i].year)))
            return;
}

/* Outside the band on the side of a bound 0, T* = 0 and the zero rule
 * applies (with terburuk there is no fallback: no note). */
void sm_note_zero_bound(Sema *s, const MInd *ind, const MTarget *t)
{
    if (!t->range || t->bad || t->lo > t->hi || ind->pol == POL_STABIL || ind->has_terburuk ||
        (t->lo != 0 && t->hi != 0) || t->lo == t->hi)
        return;
    bool maks = ind->pol == POL_MAKSIMAL;
    char a[NM_BUFSZ], b[NM_BUFSZ];
    nm_fmt(a, sizeof a, t->lo, NM_JSON);
    nm_fmt(b, sizeof b, t->hi, NM_JSON);
    if (t->lo == 0)
        dg_emit(s->d, "I001", t->span, "target %s..%s has the lower bound 0: below it (R < 0) capaian is %s, the rule for a zero target",
                a, b, maks ? "0%" : "100%");
    else
        dg_emit(s->d, "I001", t->span, "target %s..%s has the upper bound 0: above it (R > 0) capaian is %s, the rule for a zero target",
                a, b, maks ? "100%" : "0%");
}
