/*
 * cascade.c - a superior's realisasi from its supporters' (cascade.h).
 *
 * A supporter's values are taken once from its own plan's evaluation,
 * for every period of the year, so its Model, view and evaluation need
 * not outlive its build: what the superior reads is plain numbers.  The
 * index by code is built once per superior, so reading the supporters of
 * one indicator costs their number.
 */
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "data/data.h"
#include "eval/cascade.h"
#include "eval/eval.h"

struct EvCascEntry {
    const char *code;
    const EvSupply **v;
    int n, cap;
    UT_hash_handle hh;
};

void ev_cascade_init(EvCascade *c)
{
    c->by_code = NULL;
}

void ev_cascade_free(EvCascade *c)
{
    EvCascEntry *e, *tmp;
    HASH_ITER(hh, c->by_code, e, tmp) {
        HASH_DEL(c->by_code, e);
        free(e->v);
        free(e);
    }
}

void ev_cascade_add(EvCascade *c, const EvSupply *s)
{
    EvCascEntry *e;
    HASH_FIND_STR(c->by_code, s->code, e);
    if (!e) {
        e = xcalloc(1, sizeof *e);
        e->code = s->code;
        HASH_ADD_KEYPTR(hh, c->by_code, e->code, strlen(e->code), e);
    }
    if (e->n == e->cap) {
        e->cap = e->cap ? 2 * e->cap : 4;
        e->v = xrealloc(e->v, (size_t)e->cap * sizeof *e->v);
    }
    e->v[e->n++] = s;
}

const EvSupply *const *ev_cascade_find(const EvCascade *c, const char *code, int *n)
{
    EvCascEntry *e = NULL;
    if (c)
        HASH_FIND_STR(c->by_code, code, e);
    *n = e ? e->n : 0;
    return e ? e->v : NULL;
}

/* One block, the codes copied after the array: the supplies outlive the
 * supporter's Model (its build is freed once done, before its superior's
 * is evaluated), and one free() frees them. */
int ev_supplies(RPlan *r, EvSupply **out)
{
    const MPlan *pl = r->plan;
    int n = 0;
    size_t bytes = strlen(pl->code) + 1;
    for (int i = 0; i < pl->ninds; i++)
        if (pl->inds[i]->mendukung) {
            n++;
            bytes += strlen(pl->inds[i]->mendukung) + 1;
        }
    *out = n ? xcalloc(1, (size_t)n * sizeof **out + bytes) : NULL;
    if (!n)
        return 0;
    char *str = (char *)(*out + n);
    char *plan = str;
    str = stpcpy(str, pl->code) + 1;
    n = 0;
    for (int i = 0; i < pl->ninds; i++) {
        const MInd *ind = pl->inds[i];
        if (!ind->mendukung)
            continue;
        EvSupply *s = &(*out)[n++];
        s->plan = plan;
        s->code = str;
        str = stpcpy(str, ind->mendukung) + 1;
        for (int k = 0; k < PD_NIDX; k++)
            s->r[k] = ev_realisasi(r, ind, pd_from_index(r->periode.year, k));
    }
    return n;
}

int ev_supply_eval(Model *m, const DataStore *ds, const MPlan *pl, Period per, const EvCascade *c,
                   EvSupply **out, bool *bad)
{
    Arena *va = ar_new();
    DtView v;
    dt_bind(&v, ds, m, pl, va);
    *bad = v.bad;
    DgList quiet;
    dg_init(&quiet);
    EvOptions eo = {.cascade = c};
    RPlan *r = ev_plan(m, &v, pl, per, &eo, &quiet);
    int n = ev_supplies(r, out);
    ev_free(r);
    dg_free(&quiet);
    ar_free(va);
    return n;
}
