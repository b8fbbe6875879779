/*
 * mengacu.c - the checks of docs/language.md#checks against the referenced plan
 * (`mengacu`): an rkt against its Renstra, a pk against its rkt.  Every
 * finding is located in the referring file.  This is where the seed's
 * hand-copied numbers and texts that drifted apart are caught.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "base/i18n.h"
#include "check/sema.h"
#include "check/tmap.h"
#include "check/level.h"

static void num_text(char *buf, size_t n, double v)
{
    if (v == floor(v) && fabs(v) < 1e15)
        snprintf(buf, n, "%.0f", v);
    else
        snprintf(buf, n, "%.10g", v);
}

static const char *target_text(char *buf, size_t n, const MTarget *t)
{
    char a[64], b[64];
    num_text(a, sizeof a, t->lo);
    if (t->level)
        snprintf(buf, n, "%s", t->level);
    else if (!t->range)
        snprintf(buf, n, "%s", a);
    else {
        num_text(b, sizeof b, t->hi);
        snprintf(buf, n, "%s..%s", a, b);
    }
    return buf;
}

static Span code_span(const MInd *ind)
{
    return ind->decl ? ind->decl->code.span : SPAN_NONE;
}

/* Nearest code among the referenced plan's indicators or sasaran. */
static const char *nearest_code(const MPlan *r, const char *code, bool sasaran)
{
    int n = sasaran ? r->nsas : r->ninds;
    const char *cands[n > 0 ? n : 1];
    for (int i = 0; i < n; i++)
        cands[i] = sasaran ? r->sas[i]->code : r->inds[i]->code;
    return dg_nearest(code, cands, n);
}

static void unknown_code(DgList *d, const MPlan *pl, const char *what, const char *code, Span at, bool sasaran)
{
    const char *near = nearest_code(pl->mengacu, code, sasaran);
    dg_emit(d, "E040", at, "%s '%s' is not in %s '%s'%s%s%s", what, code, plan_kind_name(pl->mengacu->kind),
            pl->mengacu->code, near ? _("; did you mean '") : "", near ? near : "", near ? "'?" : "");
}

static bool own(const MInd *ind, Span sp)
{
    return ind->decl && sp.file == ind->decl->h.span.file && sp.lo >= ind->decl->h.span.lo &&
           sp.hi <= ind->decl->h.span.hi;
}

/* A target short of the Renstra's in the direction of the polarity. */
static bool falls_short(const MInd *ind, const MTarget *mine, const MTarget *theirs)
{
    if (mine->level || theirs->level)     /* levels best first: a later one is worse */
        return lv_target(ind->unit, mine) > lv_target(ind->unit, theirs) && lv_target(ind->unit, theirs) >= 0;
    switch (ind->pol) {
    case POL_MAKSIMAL: return mine->hi < theirs->hi;
    case POL_MINIMAL: return mine->lo > theirs->lo;
    case POL_STABIL: return mine->lo < theirs->lo || mine->hi > theirs->hi;
    }
    return false;
}

/* Two targets of one indicator differ: levels by their index (either may
 * not be resolved yet: check_one_target runs plan by plan). */
static bool targets_differ(const MInd *ind, const MTarget *a, const MTarget *b)
{
    if (a->level || b->level)
        return lv_target(ind->unit, a) != lv_target(ind->unit, b);
    return a->lo != b->lo || a->hi != b->hi;
}

/* A pk's map against the annual target of its rkt, which it inherits
 * (W043): the last cumulative entry, or the periodik entries' total. */
static void check_map_year(DgList *d, const MInd *ind, const MInd *r)
{
    const MTargetMap *m = ind->tmap;
    MTarget y = m->periodik ? tm_year(m, ind->kon) : m->part[m->nparts - 1];
    if (!y.set || y.bad || !targets_differ(ind, &y, &r->target))
        return;
    char a[160], b[160], pn[PD_BUFSZ];
    if (m->periodik)
        dg_emit(d, "W043", m->span, "pk periodik targets of %s come to %s for the year, but the rkt's annual target in '%s' is %s",
                ind->code, target_text(a, sizeof a, &y), r->plan->code, target_text(b, sizeof b, &r->target));
    else
        dg_emit(d, "W043", y.span, "pk target %s %s of %s differs from the rkt's annual target %s in '%s'",
                tm_part_name(m, m->nparts - 1, pn, sizeof pn), target_text(a, sizeof a, &y), ind->code,
                target_text(b, sizeof b, &r->target), r->plan->code);
}

static void check_ind(DgList *d, MPlan *pl, MInd *ind)
{
    MInd *r = ind->ref;
    if (!r) {
        unknown_code(d, pl, "indikator", ind->code, code_span(ind), false);
        return;
    }
    if (ind->unit && r->unit && ind->unit != r->unit && own(ind, ind->unit_span))
        dg_emit(d, "E042", ind->unit_span, "satuan '%s' differs from '%s' of indikator %s in %s '%s'",
                ind->unit->name, r->unit->name, ind->code, plan_kind_name(r->plan->kind), r->plan->code);
    if (ind->pol != r->pol && own(ind, ind->pol_span))
        dg_emit(d, "E042", ind->pol_span, "polaritas %s differs from %s of indikator %s in %s '%s'",
                pol_name(ind->pol), pol_name(r->pol), ind->code, plan_kind_name(r->plan->kind), r->plan->code);
    if (ind->decl && ind->decl->uraian && r->uraian && strcmp(ind->uraian, r->uraian) != 0)
        dg_emit(d, "W042", ind->uraian_span, "uraian of indikator %s differs from %s '%s': here \"%s\", there \"%s\"",
                ind->code, plan_kind_name(r->plan->kind), r->plan->code, ind->uraian, r->uraian);
    char a[160], b[160];
    if (r->plan->kind == PLAN_RENSTRA) {
        const MTarget *rt = NULL;
        for (int i = 0; i < r->nyears; i++)
            if (r->years[i].year == pl->tahun)
                rt = &r->years[i].t;
        if (rt && ind->target.set && own(ind, ind->target.span) && !ind->keterangan && !ind->target.bad && !rt->bad &&
            falls_short(ind, &ind->target, rt))
            dg_emit(d, "W040", ind->target.span,
                    "target %s of %s falls short of the renstra's %d target %s (polaritas %s); explain it with a 'keterangan'",
                    target_text(a, sizeof a, &ind->target), ind->code, pl->tahun, target_text(b, sizeof b, rt),
                    pol_name(ind->pol));
    } else if (pl->kind == PLAN_PK && r->target.set && ind->target.set && own(ind, ind->target.span) &&
               !ind->target.bad && !r->target.bad &&
               targets_differ(ind, &ind->target, &r->target)) {
        dg_emit(d, "W043", ind->target.span, "pk target %s of %s differs from the rkt's %s in '%s'",
                target_text(a, sizeof a, &ind->target), ind->code, target_text(b, sizeof b, &r->target), r->plan->code);
    } else if (pl->kind == PLAN_PK && r->target.set && ind->tmap && own(ind, ind->tmap->span) && !r->target.bad &&
               !own(ind, ind->target.span)) {
        check_map_year(d, ind, r);
    }
}

static bool has_year(const MInd *r, int year)
{
    for (int i = 0; i < r->nyears; i++)
        if (r->years[i].year == year)
            return true;
    return false;
}

static void check_plan(DgList *d, MPlan *pl)
{
    MPlan *r = pl->mengacu;
    if (r->kind == PLAN_RENSTRA && pl->tahun && r->periode_lo &&
        (pl->tahun < r->periode_lo || pl->tahun > r->periode_hi))
        dg_emit(d, "E041", pl->tahun_span, "tahun %d is outside the periode %d..%d of renstra '%s'",
                pl->tahun, r->periode_lo, r->periode_hi, r->code);
    for (int i = 0; i < pl->nsas; i++) {
        MSas *sa = pl->sas[i];
        if (!sa->ref) {
            unknown_code(d, pl, "sasaran", sa->code, sa->decl->code.span, true);
        } else if (sa->decl->uraian && sa->ref->uraian && strcmp(sa->uraian, sa->ref->uraian) != 0) {
            dg_emit(d, "W042", sa->uraian_span, "uraian of sasaran %s differs from %s '%s': here \"%s\", there \"%s\"",
                    sa->code, plan_kind_name(r->kind), r->code, sa->uraian, sa->ref->uraian);
        }
        for (int j = 0; j < sa->ninds; j++)
            check_ind(d, pl, sa->inds[j]);
    }
    /* Renstra indicators planned for this year but left out. */
    for (int i = 0; i < r->ninds; i++) {
        MInd *ri = r->inds[i];
        if (r->kind == PLAN_RENSTRA && !has_year(ri, pl->tahun))
            continue;
        if (r->kind != PLAN_RENSTRA && ri->ditunda)
            continue;
        if (!sm_ind(pl, ri->code))
            dg_emit(d, "W041", pl->mengacu_span,
                    "indikator %s of %s '%s' (sasaran %s) is absent from '%s'; add it, or mark it: indikator %s { ditunda \"alasan\" }",
                    ri->code, plan_kind_name(r->kind), r->code, ri->sas ? ri->sas->code : "?", pl->code, ri->code);
    }
}

void sm_check_refs(Model *m, DgList *d)
{
    for (int i = 0; i < m->nplans; i++)
        if (m->plan_list[i]->mengacu)
            check_plan(d, m->plan_list[i]);
}
