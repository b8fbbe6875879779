/*
 * capaian.c - the default achievement formulas (capaian.h).
 *
 * One order of questions for every target: inside a band, 100 whatever
 * the polarity; then `terburuk` (maksimal and minimal), which measures how
 * far R stands from W towards T*; then the polarity's own formula against
 * T*, with the zero rule when T* is 0.  A number target is the band T..T,
 * so a point target `5..5` and the number 5 give the same capaian.
 */
#include "eval/capaian.h"

#include <math.h>

double cp_tstar(const MTarget *t, double R)
{
    return R < t->lo ? t->lo : t->hi;
}

bool cp_inside(const MTarget *t, double R)
{
    return t->range && R >= t->lo && R <= t->hi;
}

/* x, or 0 when x is below 0 (or not a number): the formulas' "never
 * below 0", as fmax(0, x) but without libm (the command links none). */
static double at_least0(double x)
{
    return x > 0 ? x : 0;
}

static RVal val(double v)
{
    return (RVal){isfinite(v), isfinite(v) ? v : 0};
}

/* (R - W) / (T* - W) x 100 or (W - R) / (W - T*) x 100, never below 0:
 * E061 keeps W on the worse side of every target, so the divisor is not 0. */
static RVal terburuk(const MInd *ind, double R, double T, RFormula *f)
{
    double W = ind->terburuk;
    if (ind->pol == POL_MAKSIMAL) {
        *f = RF_MAKS_W;
        return val(at_least0((R - W) / (T - W) * 100));
    }
    *f = T == 0 ? RF_MIN_T0_W : RF_MIN_W;
    return val(at_least0((W - R) / (W - T) * 100));
}

static RVal maksimal(double R, double T, const MTarget *t, RFormula *f)
{
    if (T == 0) {
        *f = RF_MAKS_T0;
        return val(R >= 0 ? 100 : 0);
    }
    *f = !t->range ? RF_MAKS : R < t->lo ? RF_MAKS_BELOW : RF_MAKS_ABOVE;
    return val(R / T * 100);
}

static RVal minimal(double R, double T, const MTarget *t, RFormula *f)
{
    if (T == 0) {
        *f = RF_MIN_T0;
        return val(R <= 0 ? 100 : 0);
    }
    *f = !t->range ? RF_MIN : R < t->lo ? RF_MIN_BELOW : RF_MIN_ABOVE;
    return val(at_least0((2 - R / T) * 100));
}

/* stabil, band a..b: below R / a x 100 (0 when a = 0), above
 * (2 - R / b) x 100, never below 0 (0 when b = 0). */
static RVal stabil(double R, const MTarget *t, RFormula *f)
{
    double a = t->lo, b = t->hi;
    if (R >= a && R <= b) {
        *f = RF_STABIL_IN;
        return val(100);
    }
    if (R < a) {
        *f = RF_STABIL_BELOW;
        return val(a == 0 ? 0 : R / a * 100);
    }
    *f = RF_STABIL_ABOVE;
    return val(b == 0 ? 0 : at_least0((2 - R / b) * 100));
}

RVal cp_default(const MInd *ind, double R, const MTarget *t, RFormula *f)
{
    if (ind->pol == POL_STABIL)
        return stabil(R, t, f);
    if (cp_inside(t, R)) {
        *f = RF_BAND_IN;
        return val(100);
    }
    double T = cp_tstar(t, R);
    if (ind->has_terburuk)
        return terburuk(ind, R, T, f);
    return ind->pol == POL_MAKSIMAL ? maksimal(R, T, t, f) : minimal(R, T, t, f);
}
