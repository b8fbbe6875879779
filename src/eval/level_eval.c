/*
 * level_eval.c - realisasi, capaian and expression values of indicators
 * of tingkat units (level_eval.h).
 */
#include <math.h>
#include "eval/level_eval.h"

RVal le_realisasi(const DataStore *ds, int rec, const MUnit *u, Period per, DtObs *used, int *nused)
{
    RVal r = {false, 0};
    if (nused)
        *nused = 0;
    if (!ds || rec < 0)
        return r;
    int last = pd_last_month(per);
    DtIter it;
    DtObs o;
    for (dt_iter(ds, rec, &it); dt_next(&it, &o);) {
        if (o.kosong || !o.level || pd_last_month(pd_from_index(per.year, o.idx)) > last)
            continue;           /* its whole period must lie inside the span */
        int ix = lv_find(u, o.level);
        if (ix < 0)
            continue;           /* a data error (E420): the plan was not evaluated */
        r = (RVal){true, ix};   /* the last one stands (terakhir) */
        if (used)
            used[(*nused)++] = o;
    }
    return r;
}

RVal le_value(const MUnit *u, RVal R)
{
    if (!R.ada || !lv_name(u, R.v) || !u->level_values)
        return (RVal){false, 0};
    return (RVal){true, u->level_val[(int)R.v]};
}

RVal le_capaian(const MUnit *u, double R, const MTarget *t, RFormula *f)
{
    int T = lv_target(u, t);
    if (T < 0 || !lv_name(u, R))
        return (RVal){false, 0};
    if (!u->level_values) {
        *f = RF_TINGKAT;
        return (RVal){true, R <= T ? 100 : 0};      /* best first: a smaller index is better */
    }
    double vr = u->level_val[(int)R], vt = u->level_val[T];
    if (vt == 0) {
        *f = RF_TINGKAT_NILAI_T0;
        return (RVal){true, vr >= 0 ? 100 : 0};
    }
    *f = RF_TINGKAT_NILAI;
    return (RVal){true, vr / vt * 100};
}

EvValue le_str(const MUnit *u, RVal R)
{
    const char *s = R.ada ? lv_name(u, R.v) : NULL;
    return s ? (EvValue){EV_STR, 0, s} : (EvValue){EV_KOSONG, 0, NULL};
}

RVal le_from_value(const MUnit *u, EvValue v)
{
    int ix = v.kind == EV_STR ? lv_find(u, v.s) : -1;
    return ix >= 0 ? (RVal){true, ix} : (RVal){false, 0};
}
