/*
 * cascade.c - cascading between units (docs/language.md#cascading):
 * the plan property `atasan` and the indicator properties `mendukung` and
 * `konsolidasi_lokasi`, lowered and checked.
 *
 * A supporter is checked against the catalogue (its superior may be built
 * after it: the superior needs its supporters, never the reverse), so a
 * code `mendukung` names is looked up in the catalogue's codes of the
 * atasan plan.  A superior is checked against its supporters' Models,
 * which are built before it (the catalogue lists each plan's supporters,
 * front/catalog.c): each supporting indicator is assigned to the
 * superior's indicator once, so a superior with thousands of supporters
 * costs their number, not their number times its indicators.
 */
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/num.h"
#include "check/sema_int.h"

static const char *const lokasi_words[] = {"jumlah", "rata", "maks", "min"};
static const Konsolidasi lokasi_kon[] = {KON_JUMLAH, KON_RATA, KON_MAKS, KON_MIN};

const char *sm_lokasi_word(Konsolidasi k)
{
    for (int i = 0; i < 4; i++)
        if (lokasi_kon[i] == k)
            return lokasi_words[i];
    return "?";
}

static const char *kind_word(PlanKind k)
{
    return k == PLAN_RENSTRA ? "renstra" : k == PLAN_RKT ? "rkt" : "pk";
}

bool sm_lower_cascade_prop(Sema *s, MInd *ind, Prop *p, IndSet *set)
{
    if (strcmp(p->name.s, "konsolidasi_lokasi") == 0) {
        int k = sm_want_word(s, p, lokasi_words, 4);
        if (k >= 0) {
            ind->has_kon_lokasi = true;
            ind->kon_lokasi = lokasi_kon[k];
        }
        set->kon_lokasi = true;
        return true;
    }
    if (strcmp(p->name.s, "mendukung") != 0)
        return false;
    if (p->val.kind != V_NAME) {
        dg_emit(s->d, "E013", p->val.span,
                "'mendukung' takes the code of an indicator of the atasan's plan, e.g. mendukung IK2");
        return true;
    }
    ind->mendukung = p->val.name.s;
    ind->mendukung_span = p->val.span;
    return true;
}

/* ---- a supporter: its atasan and what it supports --------------------- */

/* The catalogue's entry of the plan's atasan when it may be supported,
 * else NULL after the error. */
static const CatPlan *check_atasan(Sema *s, const MPlan *pl)
{
    if (!pl->atasan_code)
        return NULL;
    const CatPlan *up = cat_plan(s->cat, pl->atasan_code);
    const CatPlan *self = cat_plan(s->cat, pl->code);
    if (!up) {
        sm_undeclared(s, G_PLAN, (Name){pl->atasan_code, pl->atasan_span}, "plan");
        return NULL;
    }
    if (up->kind == PLAN_RENSTRA) {
        dg_emit(s->d, "E053", pl->atasan_span, "'atasan' names renstra '%s'; a unit's %s supports its superior's rkt or pk",
                up->code, kind_word(pl->kind));
        return NULL;
    }
    if (self == up || (self && self->atasan_cycle)) {
        dg_emit(s->d, "E053", pl->atasan_span, "%s '%s' is its own superior: its atasan '%s' leads back to it",
                kind_word(pl->kind), pl->code, up->code);
        return NULL;
    }
    if (up->tahun && pl->tahun && up->tahun != pl->tahun) {
        dg_emit(s->d, "E052", pl->atasan_span, "%s '%s' (tahun %d) supports %s '%s' of tahun %d; a supporter's plan has its superior's year",
                kind_word(pl->kind), pl->code, pl->tahun, kind_word(up->kind), up->code, up->tahun);
        return NULL;
    }
    return up;
}

static void check_mendukung(Sema *s, const MPlan *pl, const CatPlan *up)
{
    for (int i = 0; i < pl->ninds; i++) {
        const MInd *ind = pl->inds[i];
        if (!ind->mendukung)
            continue;
        if (!pl->atasan_code) {
            dg_emit(s->d, "E050", ind->mendukung_span,
                    "'mendukung %s' names an indicator of the superior unit's plan, but %s '%s' has no 'atasan'; add atasan PLAN to the plan",
                    ind->mendukung, kind_word(pl->kind), pl->code);
            continue;
        }
        bool found = false;
        for (int k = 0; up && k < up->ninds && !found; k++)
            found = strcmp(up->inds[k], ind->mendukung) == 0;
        if (!up || found)
            continue;
        const char *near = dg_nearest(ind->mendukung, up->inds, up->ninds);
        dg_emit(s->d, "E051", ind->mendukung_span, "indikator '%s' is not in %s '%s', the atasan of '%s'%s%s%s",
                ind->mendukung, kind_word(up->kind), up->code, pl->code, near ? _("; did you mean '") : "",
                near ? near : "", near ? "'?" : "");
    }
}

/* ---- a superior: its indicators against their supporters -------------- */

/* The supporting indicators of each indicator of a superior, by MInd.pos. */
/* A supporting indicator: its plan and annual target. */
typedef struct SupEnt {
    const char *plan;
    MTarget target;
} SupEnt;

typedef struct Supporters {
    SupEnt *v;                  /* every supporter, grouped by pos */
    int *at, *n;                /* the group of pos: v[at[pos]], n[pos] of them */
} Supporters;

MSupport *sm_support(const MPlan *pl)
{
    if (!pl->atasan_code || pl->kind == PLAN_RENSTRA)
        return NULL;
    MSupport *u = xcalloc(1, sizeof *u);
    u->code = xstrdup(pl->code);
    u->atasan = xstrdup(pl->atasan_code);
    u->tahun = pl->tahun;
    for (int i = 0; i < pl->ninds; i++)
        u->ninds += pl->inds[i]->mendukung != NULL;
    u->inds = xcalloc((size_t)u->ninds + 1, sizeof *u->inds);
    for (int i = 0, k = 0; i < pl->ninds; i++)
        if (pl->inds[i]->mendukung) {
            u->inds[k].mendukung = xstrdup(pl->inds[i]->mendukung);
            u->inds[k].target = pl->inds[i]->target;
            u->inds[k++].target.level = NULL;
        }
    return u;
}

void sm_support_free(MSupport *u)
{
    if (!u)
        return;
    for (int i = 0; i < u->ninds; i++)
        free(u->inds[i].mendukung);
    free(u->inds);
    free(u->code);
    free(u->atasan);
    free(u);
}

/* What a supporter says, if it may support pl (built, of its year): from
 * its Model when this build holds it (*own, to free), else what the
 * pipeline kept of it once its build was done. */
static const MSupport *sub_support(Sema *s, const MPlan *pl, const CatPlan *sub, MSupport **own)
{
    MPlan *sp;
    HASH_FIND_STR(s->m->plans, sub->code, sp);
    const MSupport *u = NULL;
    *own = NULL;
    if (sp)
        u = *own = sm_support(sp);
    else if (s->m->world_support)
        u = s->m->world_support(s->m->world, sub->code);
    return u && u->tahun == pl->tahun && strcmp(u->atasan, pl->code) == 0 ? u : NULL;
}

static void gather(Sema *s, const MPlan *pl, const CatPlan *cp, Supporters *g)
{
    int total = 0;
    g->n = xcalloc((size_t)pl->ninds + 1, sizeof *g->n);
    g->at = xcalloc((size_t)pl->ninds + 1, sizeof *g->at);
    for (int pass = 0; pass < 2; pass++) {      /* count, then fill in plan order */
        for (int k = 0; k < cp->nsubs; k++) {
            MSupport *own;
            const MSupport *u = sub_support(s, pl, cp->subs[k], &own);
            for (int i = 0; u && i < u->ninds; i++) {
                const MInd *t = sm_ind(pl, u->inds[i].mendukung);
                if (t && pass == 0)
                    g->n[t->pos]++;
                else if (t)
                    g->v[g->at[t->pos] + g->n[t->pos]++] = (SupEnt){cp->subs[k]->code, u->inds[i].target};
            }
            sm_support_free(own);
        }
        if (pass == 0) {
            for (int i = 0; i < pl->ninds; i++) {
                g->at[i] = total;
                total += g->n[i];
                g->n[i] = 0;
            }
            g->v = xcalloc((size_t)total + 1, sizeof *g->v);
        }
    }
}

static bool point_target(const MTarget *t)
{
    return t->set && !t->range && !t->bad;
}

/* The supporters' targets combined by the superior's konsolidasi_lokasi;
 * false when none has a number. */
static bool combined_target(const MInd *ind, const SupEnt *v, int n, double *out)
{
    double sum = 0, mx = 0, mn = 0;
    int k = 0;
    for (int i = 0; i < n; i++) {
        if (!point_target(&v[i].target))
            continue;
        double x = v[i].target.lo;
        sum += x;
        mx = k == 0 || x > mx ? x : mx;
        mn = k == 0 || x < mn ? x : mn;
        k++;
    }
    if (k == 0)
        return false;
    switch (ind->kon_lokasi) {
    case KON_RATA: *out = sum / k; break;
    case KON_MAKS: *out = mx; break;
    case KON_MIN: *out = mn; break;
    default: *out = sum; break;
    }
    return true;
}

static void check_target(Sema *s, const MInd *ind, const SupEnt *v, int n)
{
    double want;
    if (!point_target(&ind->target) || !combined_target(ind, v, n, &want) ||
        nm_round2(want) == nm_round2(ind->target.lo))
        return;
    char a[NM_BUFSZ], b[NM_BUFSZ], c[NM_BUFSZ];
    Sbuf list;
    sb_init(&list);
    for (int i = 0; i < n; i++)
        sb_printf(&list, "%s%s %s", i ? ", " : "", v[i].plan,
                  point_target(&v[i].target) ? nm_fmt(c, sizeof c, v[i].target.lo, NM_PLAIN) : "(no target)");
    dg_emit(s->d, "W050", ind->target.span, "target %s of %s differs from its supporters' targets combined by %s (%s): %s",
            nm_fmt(a, sizeof a, ind->target.lo, NM_PLAIN), ind->code, sm_lokasi_word(ind->kon_lokasi),
            nm_fmt(b, sizeof b, want, NM_PLAIN), list.s);
    sb_free(&list);
}

static void orphan(Sema *s, const MPlan *pl, const CatPlan *cp, const MInd *ind)
{
    enum { SHOW = 3 };
    Sbuf list;
    sb_init(&list);
    for (int k = 0; k < cp->nsubs && k < SHOW; k++)
        sb_printf(&list, "%s%s", k ? ", " : "", cp->subs[k]->code);
    if (cp->nsubs > SHOW)
        sb_printf(&list, " and %d more", cp->nsubs - SHOW);
    dg_emit(s->d, "W051", ind->decl ? ind->decl->code.span : pl->decl->code.span,
            "indikator %s of '%s' has konsolidasi_lokasi %s but no indicator of its supporters' plans (%s) supports it; add 'mendukung %s' to theirs",
            ind->code, pl->code, sm_lokasi_word(ind->kon_lokasi), list.s, ind->code);
    sb_free(&list);
}

static void check_superior(Sema *s, const MPlan *pl)
{
    const CatPlan *cp = cat_plan(s->cat, pl->code);
    if (!cp || cp->nsubs == 0 || pl->kind == PLAN_RENSTRA)
        return;
    Supporters g = {0};
    gather(s, pl, cp, &g);
    for (int i = 0; i < pl->ninds; i++) {
        const MInd *ind = pl->inds[i];
        if (!ind->has_kon_lokasi)
            continue;
        if (g.n[i] == 0)
            orphan(s, pl, cp, ind);
        else
            check_target(s, ind, g.v + g.at[i], g.n[i]);
    }
    free(g.v);
    free(g.at);
    free(g.n);
}

void sm_check_cascade(Sema *s)
{
    for (int i = 0; i < s->m->nplans; i++) {
        const MPlan *pl = s->m->plan_list[i];
        if (pl->kind == PLAN_RENSTRA)
            continue;
        check_mendukung(s, pl, check_atasan(s, pl));
        check_superior(s, pl);
    }
}
