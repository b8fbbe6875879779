/*
 * tingkat.c - the semantic side of `tingkat` units (docs/language.md,
 * "Levels"): lowering a unit's levels (E070, E011), judging a target
 * against its unit's levels (E071-E073) and the properties that a level
 * indicator cannot take (E074, E075).  The levels themselves: level.h.
 */
#include <string.h>
#include "check/level.h"
#include "check/sema_int.h"
#include "check/tingkat.h"

/* A level list checked: each level once (E011), values on every level or
 * on none, strictly decreasing from the best (E070). */
static void tk_level_values(Sema *s, MUnit *u, Satuan *n)
{
    int with = 0, i = 0;
    const Level *first_bare = NULL, *prev = NULL;
    for (Node *x = n->levels.head; x; x = x->next) {
        const Level *lv = (const Level *)x;
        with += lv->has_val;
        if (!lv->has_val && !first_bare)
            first_bare = lv;
    }
    if (with && with < u->nlevels) {
        dg_emit(s->d, "E070", first_bare->code.span,
                "level '%s' of satuan '%s' has no value, but other levels have one; give every level a value (%s = n) or none",
                first_bare->code.s, u->name, first_bare->code.s);
        return;
    }
    if (!with)
        return;
    u->level_values = true;
    u->level_val = ar_alloc(s->ar, (size_t)u->nlevels * sizeof *u->level_val);
    for (Node *x = n->levels.head; x; x = x->next, i++) {
        const Level *lv = (const Level *)x;
        u->level_val[i] = lv->val.v;
        if (prev && !(lv->val.v < prev->val.v))
            dg_emit(s->d, "E070", lv->val.span,
                    "levels are listed best first, so their values must strictly decrease: %s = %s follows %s = %s in satuan '%s'",
                    lv->code.s, lv->val.text, prev->code.s, prev->val.text, u->name);
        prev = lv;
    }
}

void tk_lower_unit(Sema *s, MUnit *u, Satuan *n)
{
    if (u->kind != UK_TINGKAT) {
        if (n->has_levels)
            dg_emit(s->d, "E070", n->kind.span,
                    "only a 'tingkat' satuan lists levels; write satuan %s : tingkat { ... }, or drop the list", u->name);
        return;
    }
    if (n->has_range) {
        dg_emit(s->d, "E070", span_join(n->lo.span, n->hi.span),
                "a 'tingkat' satuan has levels, not a range: satuan %s : tingkat { A, B, C }, best first", u->name);
        return;
    }
    if (!n->has_levels || n->levels.n == 0) {
        dg_emit(s->d, "E070", n->kind.span,
                "satuan '%s' is 'tingkat' but lists no level; write them best first: satuan %s : tingkat { WTP, WDP, TW, TMP }",
                u->name, u->name);
        return;
    }
    u->levels = ar_alloc(s->ar, (size_t)n->levels.n * sizeof *u->levels);
    for (Node *x = n->levels.head; x; x = x->next) {
        const Level *lv = (const Level *)x;
        if (lv_find(u, lv->code.s) >= 0) {
            dg_emit(s->d, "E011", lv->code.span, "level '%s' appears twice in satuan '%s'", lv->code.s, u->name);
            continue;
        }
        u->levels[u->nlevels++] = lv->code.s;
    }
    if (u->nlevels == n->levels.n)
        tk_level_values(s, u, n);
}

bool tk_check_target(Sema *s, const MInd *ind, MTarget *t, const char *what)
{
    const MUnit *u = ind->unit;
    char list[256];
    if (!lv_is(u)) {
        if (!t->level)
            return false;
        t->bad = true;
        dg_emit(s->d, "E073", t->span,
                "%s %s is a level, but satuan '%s' of %s is not a 'tingkat' satuan; write a number, or declare the levels: satuan %s : tingkat { ... }",
                what, t->level, u->name, ind->code, u->name);
        return true;
    }
    if (u->nlevels == 0)
        return true;            /* E070 said it */
    if (!t->level) {
        t->bad = true;
        dg_emit(s->d, "E072", t->span,
                "satuan '%s' of %s is 'tingkat': its %s is one of its levels (%s), not a number",
                u->name, ind->code, what, lv_list(u, list, sizeof list));
        return true;
    }
    int ix = lv_find(u, t->level);
    if (ix < 0) {
        const char *near = lv_nearest(u, t->level);
        t->bad = true;
        dg_emit(s->d, "E071", t->span, "%s '%s' is not a level of satuan '%s' (%s)%s%s%s",
                what, t->level, u->name, lv_list(u, list, sizeof list),
                near ? "; did you mean '" : "", near ? near : "", near ? "'?" : "");
        return true;
    }
    t->lo = t->hi = ix;
    return true;
}

/* The property `name` written on the indicator itself, or NULL. */
static const Prop *tk_own_prop(const MInd *ind, const char *name)
{
    for (const Node *x = ind->decl ? ind->decl->props.head : NULL; x; x = x->next)
        if (x->kind == N_PROP && strcmp(((const Prop *)x)->name.s, name) == 0)
            return (const Prop *)x;
    return NULL;
}

void tk_check_indicator(Sema *s, MInd *ind)
{
    if (!lv_is(ind->unit))
        return;
    const Prop *kon = tk_own_prop(ind, "konsolidasi");
    if (kon && ind->kon != KON_TERAKHIR)
        dg_emit(s->d, "E074", kon->val.span,
                "indikator '%s' counts in levels of satuan '%s', which take the level of the last observation: its konsolidasi is always terakhir; remove 'konsolidasi %s'",
                ind->code, ind->unit->name, kon_name(ind->kon));
    ind->kon = KON_TERAKHIR;
    const Prop *pr = tk_own_prop(ind, "predikat");
    if (ind->predikat && ind->predikat_realisasi && !ind->unit->level_values && ind->unit->nlevels)
        dg_emit(s->d, "E075", pr ? pr->val.span : ind->decl ? ind->decl->code.span : SPAN_NONE,
                "'predikat %s dari realisasi' classifies a number, but the levels of satuan '%s' carry no value; give them values (satuan %s : tingkat { %s = 100, ... }) or classify the capaian: predikat %s",
                ind->predikat->name, ind->unit->name, ind->unit->name, ind->unit->levels[0], ind->predikat->name);
}
