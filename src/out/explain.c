/*
 * explain.c - `rkt explain CODE`: how one value was obtained, from
 * the RPlan alone.  For an indicator: its declaration, the observations
 * used (period, value, file:line) and their consolidation (or the source
 * of a derived realisasi), the target and where it was written, the
 * formula with the numbers filled in, batas, the value before and after
 * rounding, and the predikat.  For a sasaran or the plan: the weighted
 * mean of its parts.  Unrounded numbers are printed in the fewest digits
 * that read back as the same double.  Every line goes through out_textf
 * (escape.h): text from input is shown escaped, never written raw.
 */
#include "out/out_eval.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/period.h"
#include "base/util.h"
#include "check/tmap.h"
#include "eval/capaian.h"
#include "eval/level_eval.h"

#define EX_NUMSZ 40

/* The shortest decimal that reads back as v (whole numbers without an
 * exponent while exact). */
static const char *ex_num(char *buf, size_t n, double v)
{
    if (!isfinite(v)) {
        snprintf(buf, n, "%s", isnan(v) ? "NaN" : v > 0 ? "inf" : "-inf");
        return buf;
    }
    if (v == floor(v) && fabs(v) < 1e15) {
        snprintf(buf, n, "%.0f", v);
        return buf;
    }
    for (int p = 1; p <= 17; p++) {
        snprintf(buf, n, "%.*g", p, v);
        if (strtod(buf, NULL) == v)
            break;
    }
    return buf;
}

/* " (file:line)" when known. */
static void ex_at(FILE *f, const SrcSet *src, int file, int line)
{
    char loc[OUT_LOCSZ];
    if (*out_loc(loc, sizeof loc, src, file, line))
        out_textf(f, " (%s)", loc);
}

/* The source text an expression was written as. */
static void ex_source(FILE *f, const SrcSet *src, const MExpr *e)
{
    SrcFile *sf = e ? src_get(src, e->span.file) : NULL;
    int a = e ? e->span.lo : 0, b = e ? e->span.hi : 0;
    if (!sf || !sf->text || a < 0 || b < a || (size_t)b > sf->len) {
        fputs("(source not available)", f);
        return;
    }
    Sbuf t;
    sb_init(&t);
    out_esc(&t, sf->text + a, (size_t)(b - a), OUT_ESC_TEXT);
    fwrite(t.s, 1, t.len, f);
    sb_free(&t);
}

/* "X" or "X → shown" when rounding changes what is printed. */
static void ex_result(FILE *f, double v)
{
    char ex[EX_NUMSZ], shown[NM_BUFSZ];
    ex_num(ex, sizeof ex, v);
    fputs(ex, f);
    if (isfinite(v) && strcmp(ex, nm_fmt(shown, sizeof shown, v, NM_PLAIN)) != 0)
        out_textf(f, " → %s", shown);
}

/* "  what = <source> (file:line)\n  = value\n" for a written formula. */
static void ex_written(FILE *f, const char *what, const MExpr *e, RVal v, const SrcSet *src)
{
    out_textf(f, "  %s = ", what);
    ex_source(f, src, e);
    if (e)
        ex_at(f, src, e->span.file, src_span_lo(src, e->span).line);
    fputs("\n  = ", f);
    if (v.ada)
        ex_result(f, v.v);
    else
        fputs("kosong", f);
    fputc('\n', f);
}

static void ex_rounding(FILE *f, double v)
{
    char ex[EX_NUMSZ], shown[NM_BUFSZ];
    out_textf(f, "  before rounding %s, after rounding %s\n", ex_num(ex, sizeof ex, v),
            nm_fmt(shown, sizeof shown, v, NM_PLAIN));
}

static void ex_predikat(FILE *f, const MScale *sc, const MBand *b, RVal v, const char *of)
{
    char x[NM_BUFSZ], t[EX_NUMSZ];
    fputs("\npredikat\n  ", f);
    if (!sc)
        fputs("none: no scale given\n", f);
    else if (!v.ada)
        out_textf(f, "none: %s is kosong (skala %s)\n", of, sc->name);
    else if (!b)
        out_textf(f, "none: %s %s matches no band of %s\n", of,
                nm_fmt(x, sizeof x, v.v, NM_PLAIN), sc->name);
    else
        out_textf(f, "%s: %s %s (skala %s, %s %s)\n", b->code, b->ge ? ">=" : ">",
                ex_num(t, sizeof t, b->threshold), sc->name, of, nm_fmt(x, sizeof x, v.v, NM_PLAIN));
}

/* ---- indicator ------------------------------------------------------ */

static void ex_obs(FILE *f, const RPlan *r, const DtObs *o, const SrcSet *src)
{
    char pb[PD_BUFSZ], v[EX_NUMSZ];
    out_textf(f, "  %-9s %s", pd_format(pd_from_index(r->periode.year, o->idx), pb, sizeof pb),
            o->kosong ? "kosong" : o->level ? o->level : ex_num(v, sizeof v, o->v));
    ex_at(f, src, o->src.file, o->src.line);
    fputc('\n', f);
}

/* "a + b + c" or "a, b, c" over the observations. */
static void ex_obs_list(FILE *f, const RInd *ri, const char *sep)
{
    char v[EX_NUMSZ];
    for (int i = 0; i < ri->nobs; i++)
        out_textf(f, "%s%s", i ? sep : "",
                ri->obs[i].kosong ? "kosong" : ex_num(v, sizeof v, ri->obs[i].v));
}

static void ex_consolidation(FILE *f, const RPlan *r, const RInd *ri)
{
    char pb[PD_BUFSZ];
    Konsolidasi k = ri->ind->kon;
    out_textf(f, "  %s: ", kon_name(k));
    if (k == KON_TERAKHIR) {
        out_textf(f, "%s → ", pd_format(pd_from_index(r->periode.year, ri->obs[ri->nobs - 1].idx), pb, sizeof pb));
    } else if (k == KON_JUMLAH) {
        ex_obs_list(f, ri, " + ");
        fputs(" = ", f);
    } else if (k == KON_RATA) {
        fputc('(', f);
        ex_obs_list(f, ri, " + ");
        out_textf(f, ") / %d = ", ri->nobs);
    } else {
        out_textf(f, "%s(", kon_name(k));
        ex_obs_list(f, ri, ", ");
        fputs(") = ", f);
    }
    if (lv_is(ri->ind->unit))
        out_textf(f, "level %s", lv_name(ri->ind->unit, ri->realisasi.v));
    else
        ex_result(f, ri->realisasi.v);
    fputc('\n', f);
}

static void ex_realisasi(FILE *f, const RPlan *r, const RInd *ri, const SrcSet *src)
{
    char pb[PD_BUFSZ];
    fputs("\nrealisasi\n", f);
    if (ri->ditunda) {
        fputs("  not evaluated (ditunda)\n", f);
    } else if (ri->derived) {
        ex_written(f, "derived: realisasi", ri->ind->realisasi_expr, ri->realisasi, src);
    } else if (ri->nobs == 0 || !ri->realisasi.ada) {
        out_textf(f, "  no observation through %s: kosong\n", out_period_text(r, pb, sizeof pb));
    } else {
        for (int i = 0; i < ri->nobs; i++)
            ex_obs(f, r, &ri->obs[i], src);
        ex_consolidation(f, r, ri);
    }
}

/* A target value as written: 10 or 3..5. */
static void ex_tvalue(FILE *f, const MTarget *t)
{
    char lo[EX_NUMSZ], hi[EX_NUMSZ];
    fputs(ex_num(lo, sizeof lo, t->lo), f);
    if (t->range)
        out_textf(f, "..%s", ex_num(hi, sizeof hi, t->hi));
}

/* How a map gave the target through a month inside part tw (RT_SHARE)
 * or its periodik entries combined (RT_PERIODIK), up to " = ". */
static void ex_map_target(FILE *f, const RInd *ri)
{
    const MTargetMap *m = ri->ind->tmap;
    char pn[PD_BUFSZ], pp[PD_BUFSZ];
    tm_part_name(m, ri->tw - 1, pn, sizeof pn);
    if (ri->target_from == RT_SHARE) {
        const MTarget *cur = &m->part[ri->tw - 1];
        if (ri->tw > 1) {
            const MTarget *prev = &m->part[ri->tw - 2];
            out_textf(f, "%s target (cumulative) ", tm_part_name(m, ri->tw - 2, pp, sizeof pp));
            ex_tvalue(f, prev);
            out_textf(f, " + %d/%d × (%s target ", ri->share_num, ri->share_den, pn);
            ex_tvalue(f, cur);
            fputs(" − ", f);
            ex_tvalue(f, prev);
            fputs(")", f);
        } else {
            out_textf(f, "%d/%d × %s target (cumulative) ", ri->share_num, ri->share_den, pn);
            ex_tvalue(f, cur);
        }
        out_textf(f, ", jumlah: the elapsed share of %s = ", pn);
        return;
    }
    fputs("periodik targets ", f);
    for (int i = 0; i < ri->tw; i++) {
        if (i)
            fputs(", ", f);
        if (i == ri->tw - 1 && ri->share_den)
            out_textf(f, "%d/%d × ", ri->share_num, ri->share_den);
        out_textf(f, "%s ", tm_part_name(m, i, pp, sizeof pp));
        ex_tvalue(f, &m->part[i]);
    }
    out_textf(f, " combined by %s = ", kon_name(ri->ind->kon));
}

static void ex_target(FILE *f, const RInd *ri, const SrcSet *src)
{
    char lo[EX_NUMSZ], hi[EX_NUMSZ], pn[PD_BUFSZ];
    const MTarget *t = &ri->target;
    fputs("\ntarget\n  ", f);
    if (ri->target_from == RT_NONE || !t->set) {
        fputs("no target for this period\n", f);
        return;
    }
    if (ri->target_from == RT_QUARTER && !ri->ind->tmap)
        out_textf(f, "TW%d target (cumulative) ", ri->tw);     /* a result built by hand */
    else if (ri->target_from == RT_QUARTER)
        out_textf(f, "%s target (cumulative) ", tm_part_name(ri->ind->tmap, ri->tw - 1, pn, sizeof pn));
    else if ((ri->target_from == RT_SHARE || ri->target_from == RT_PERIODIK) && !ri->ind->tmap)
        fputs("target ", f);
    else if (ri->target_from == RT_SHARE || ri->target_from == RT_PERIODIK)
        ex_map_target(f, ri);
    else
        fputs("annual target ", f);
    fputs(t->level ? t->level : ex_num(lo, sizeof lo, t->lo), f);
    if (t->range)
        out_textf(f, "..%s", ex_num(hi, sizeof hi, t->hi));
    ex_at(f, src, t->span.file, src_span_lo(src, t->span).line);
    fputc('\n', f);
}

/* The capaian of a tingkat indicator in words (docs/language.md, "Levels"). */
static void ex_level_formula(FILE *f, const RInd *ri)
{
    const MUnit *u = ri->ind->unit;
    int T = lv_target(u, &ri->target);
    const char *r = lv_name(u, ri->realisasi.v), *t = lv_name(u, T);
    char vr[EX_NUMSZ], vt[EX_NUMSZ];
    if (!r || !t)
        return;
    if (ri->formula == RF_TINGKAT) {
        out_textf(f, "tingkat: 100 when R is the target level or a better one (levels of %s best first), else 0; R = %s, T = %s: ",
                  u->name, r, t);
        return;
    }
    ex_num(vr, sizeof vr, u->level_val[(int)ri->realisasi.v]);
    ex_num(vt, sizeof vt, u->level_val[T]);
    if (ri->formula == RF_TINGKAT_NILAI_T0)
        out_textf(f, "tingkat with value(T) = 0: 100 when value(R) >= 0, else 0; R = %s (%s), T = %s (0): ", r, vr, t);
    else
        out_textf(f, "tingkat: value(R) / value(T) × 100 = value(%s) / value(%s) × 100 = %s / %s × 100 = ", r, t, vr, vt);
}

/* The default formula by polarity with R, T, a, b, W filled in. */
static void ex_formula(FILE *f, const RInd *ri)
{
    char R[EX_NUMSZ], T[EX_NUMSZ], H[EX_NUMSZ], W[EX_NUMSZ], S[EX_NUMSZ];
    ex_num(R, sizeof R, ri->realisasi.v);
    ex_num(T, sizeof T, ri->target.lo);
    ex_num(H, sizeof H, ri->target.hi);
    ex_num(W, sizeof W, ri->ind->terburuk);
    ex_num(S, sizeof S, cp_tstar(&ri->target, ri->realisasi.v));    /* T*: a band's bound on R's side */
    fputs("  ", f);
    bool uses_t = ri->formula == RF_MAKS_W || ri->formula == RF_MIN_W || ri->formula == RF_MIN_T0_W ||
                  ri->formula == RF_MAKS_T0 || ri->formula == RF_MIN_T0;
    if (ri->target.range && ri->ind->pol != POL_STABIL && uses_t)
        out_textf(f, "R = %s outside the band %s..%s, so T* = %s (the bound on R's side); ", R, T, H, S);
    switch (ri->formula) {
    case RF_MAKS:
        out_textf(f, "maksimal: R / T × 100 = %s / %s × 100 = ", R, T);
        break;
    case RF_MAKS_T0:
        out_textf(f, "maksimal with T = 0: 100 when R >= 0, else 0; R = %s: ", R);
        break;
    case RF_MIN:
        out_textf(f, "minimal: (2 − R / T) × 100, never below 0 = (2 − %s / %s) × 100 = ", R, T);
        break;
    case RF_MIN_T0_W:
        out_textf(f, "minimal with T = 0, terburuk W: (W − R) / W × 100, never below 0"
                " = (%s − %s) / %s × 100 = ", W, R, W);
        break;
    case RF_MIN_T0:
        out_textf(f, "minimal with T = 0: 100 when R <= 0, else 0; R = %s: ", R);
        break;
    case RF_BAND_IN:
        out_textf(f, "%s, inside the band %s..%s with R = %s: ", pol_name(ri->ind->pol), T, H, R);
        break;
    case RF_MAKS_BELOW:
        out_textf(f, "maksimal, below the band %s..%s: R / a × 100 = %s / %s × 100 = ", T, H, R, T);
        break;
    case RF_MAKS_ABOVE:
        out_textf(f, "maksimal, above the band %s..%s: R / b × 100 = %s / %s × 100 = ", T, H, R, H);
        break;
    case RF_MIN_BELOW:
        out_textf(f, "minimal, below the band %s..%s: (2 − R / a) × 100 = (2 − %s / %s) × 100 = ", T, H, R, T);
        break;
    case RF_MIN_ABOVE:
        out_textf(f, "minimal, above the band %s..%s: (2 − R / b) × 100, never below 0"
                " = (2 − %s / %s) × 100 = ", T, H, R, H);
        break;
    case RF_MAKS_W:
        out_textf(f, "maksimal with terburuk W: (R − W) / (T − W) × 100, never below 0"
                " = (%s − %s) / (%s − %s) × 100 = ", R, W, S, W);
        break;
    case RF_MIN_W:
        out_textf(f, "minimal with terburuk W: (W − R) / (W − T) × 100, never below 0"
                " = (%s − %s) / (%s − %s) × 100 = ", W, R, W, S);
        break;
    case RF_STABIL_IN:
        out_textf(f, "stabil: %s <= R <= %s with R = %s: ", T, H, R);
        break;
    case RF_STABIL_BELOW:
        if (ri->target.lo == 0)
            out_textf(f, "stabil, R = %s below the band %s..%s with a = 0: ", R, T, H);
        else
            out_textf(f, "stabil, below the band %s..%s: R / a × 100 = %s / %s × 100 = ", T, H, R, T);
        break;
    case RF_TINGKAT:
    case RF_TINGKAT_NILAI:
    case RF_TINGKAT_NILAI_T0:
        ex_level_formula(f, ri);
        break;
    case RF_STABIL_ABOVE:
        out_textf(f, "stabil, above the band %s..%s: (2 − R / b) × 100, never below 0"
                " = (2 − %s / %s) × 100 = ", T, H, R, H);
        break;
    default:
        break;
    }
    ex_result(f, ri->capaian_raw.v);
    fputc('\n', f);
}

static void ex_capaian_why_kosong(FILE *f, const RInd *ri)
{
    if (ri->ditunda)
        fputs("  kosong: ditunda\n", f);
    else if (!ri->realisasi.ada && ri->ind->capaian_expr)
        fputs("  kosong: no realisasi (capaian = … is not evaluated without one)\n", f);
    else if (!ri->realisasi.ada)
        fputs("  kosong: no realisasi\n", f);
    else if (!ri->target.set)
        fputs("  kosong: no target\n", f);
    else
        fputs("  kosong\n", f);
}

static void ex_capaian(FILE *f, const RInd *ri, const SrcSet *src)
{
    char a[EX_NUMSZ], b[NM_BUFSZ], c[EX_NUMSZ];
    fputs("\ncapaian\n", f);
    if (ri->formula == RF_CUSTOM) {
        ex_written(f, "capaian", ri->ind->capaian_expr, ri->capaian_raw, src);
    } else if (ri->formula != RF_NONE && ri->capaian_raw.ada) {
        ex_formula(f, ri);
    }
    if (!ri->capaian.ada) {
        if (ri->formula != RF_CUSTOM)
            ex_capaian_why_kosong(f, ri);
        return;
    }
    if (ri->capped)
        out_textf(f, "  capped by batas %s: %s → %s\n", ex_num(a, sizeof a, ri->ind->batas),
                nm_fmt(b, sizeof b, ri->capaian_raw.v, NM_PLAIN), ex_num(c, sizeof c, ri->capaian.v));
    ex_rounding(f, ri->capaian.v);
}

static void ex_ind(FILE *f, const RPlan *r, const RSas *rs, const RInd *ri, const SrcSet *src)
{
    const MInd *ind = ri->ind;
    char pb[PD_BUFSZ], w[EX_NUMSZ];
    out_textf(f, "indikator %s: %s\n", ind->code, ind->uraian ? ind->uraian : "");
    out_textf(f, "  sasaran %s, rencana %s, periode %s\n", rs->sas->code, r->plan->code,
            out_period_text(r, pb, sizeof pb));
    out_textf(f, "  satuan %s, polaritas %s, konsolidasi %s, bobot %s\n",
            ind->unit ? ind->unit->name : "-", pol_name(ind->pol), kon_name(ind->kon),
            ex_num(w, sizeof w, ind->bobot));
    if (ri->ditunda)
        out_textf(f, "  ditunda: %s (left out of the sasaran)\n", ind->ditunda);
    ex_realisasi(f, r, ri, src);
    ex_target(f, ri, src);
    ex_capaian(f, ri, src);
    if (ind->predikat_realisasi && lv_is(ind->unit))
        ex_predikat(f, ind->predikat, ri->predikat, le_value(ind->unit, ri->realisasi), "the realisasi level's value");
    else if (ind->predikat_realisasi)
        ex_predikat(f, ind->predikat, ri->predikat, ri->realisasi, "realisasi");
    else
        ex_predikat(f, ind->predikat, ri->predikat, ri->capaian, "capaian");
}

/* ---- roll-ups ------------------------------------------------------- */

/* One part of a weighted mean: an indicator of a sasaran, or a sasaran
 * of the plan. */
typedef struct ExPart {
    const char *code;
    RVal cap;
    double w;
    bool ditunda;
} ExPart;

static void ex_part(FILE *f, const ExPart *p)
{
    char w[EX_NUMSZ];
    out_textf(f, "  %-10s ", p->code);
    if (p->ditunda) {
        fputs("ditunda: left out\n", f);
        return;
    }
    if (!p->cap.ada) {
        fputs("capaian kosong: left out (tanpa data)\n", f);
        return;
    }
    fputs("capaian ", f);
    ex_result(f, p->cap.v);
    out_textf(f, ", bobot %s\n", ex_num(w, sizeof w, p->w));
}

/* "(w1 × c1 + w2 × c2) / W = S / W = mean" */
/* bila_kosong kosong: the first part without a capaian, or NULL. */
static const char *ex_kosong_part(const ExPart *parts, int n)
{
    for (int i = 0; i < n; i++)
        if (!parts[i].ditunda && !parts[i].cap.ada)
            return parts[i].code;
    return NULL;
}

static void ex_mean(FILE *f, const ExPart *parts, int n, double wsum, RVal result, BilaKosong bk)
{
    char a[EX_NUMSZ], b[EX_NUMSZ];
    double sum = 0;
    int k = 0;
    fputs("\ncapaian\n  ", f);
    const char *gap = bk == BK_KOSONG ? ex_kosong_part(parts, n) : NULL;
    if (gap) {
        out_textf(f, "bila_kosong kosong: %s has no capaian, so no mean is shown: kosong\n", gap);
        return;
    }
    if (!result.ada) {
        bool some = false;
        for (int i = 0; i < n && !some; i++)
            some = !parts[i].ditunda && parts[i].cap.ada;
        /* parts with a capaian but no weight between them: say so */
        fputs(some ? "every part with a capaian has bobot 0: the weighted mean has no weight: kosong\n"
                   : "no part has a capaian: kosong\n", f);
        return;
    }
    fputs("weighted mean: (", f);
    for (int i = 0; i < n; i++) {
        if (parts[i].ditunda || !parts[i].cap.ada)
            continue;
        out_textf(f, "%s%s × %s", k++ ? " + " : "", ex_num(a, sizeof a, parts[i].w),
                ex_num(b, sizeof b, parts[i].cap.v));
        sum += parts[i].w * parts[i].cap.v;
    }
    out_textf(f, ") / %s\n  = %s / ", ex_num(a, sizeof a, wsum), ex_num(b, sizeof b, sum));
    out_textf(f, "%s = ", ex_num(a, sizeof a, wsum));
    ex_result(f, result.v);
    fputc('\n', f);
    ex_rounding(f, result.v);
}

/* A weighted mean and what follows it, for a sasaran or the plan. */
typedef struct ExRollup {
    const char *parts_title;        /* "indikator" or "sasaran" */
    ExPart *parts;
    int n;
    double wsum;
    RVal cap;
    const MScale *scale;
    const MBand *band;
    const char *tanpa_lead;         /* "\ntanpa data: " */
    const char *const *tanpa;
    int ntanpa;
    BilaKosong bila_kosong;
} ExRollup;

static void ex_rollup(FILE *f, const ExRollup *u)
{
    out_textf(f, "\n%s\n", u->parts_title);
    for (int i = 0; i < u->n; i++)
        ex_part(f, &u->parts[i]);
    ex_mean(f, u->parts, u->n, u->wsum, u->cap, u->bila_kosong);
    ex_predikat(f, u->scale, u->band, u->cap, "capaian");
    out_codes(f, u->tanpa_lead, u->tanpa, u->ntanpa, "\n", OUT_ESC_TEXT);
}

static const RSas *ex_find_sas(const RPlan *r, const char *code);

/* An element's parts: its indicators, or its kin (el_kin) when it has
 * none of its own. */
static int ex_sas_parts(const RPlan *r, const RSas *rs, ExPart *parts)
{
    for (int i = 0; i < rs->ninds; i++) {
        const RInd *ri = &rs->inds[i];
        parts[i] = (ExPart){ri->ind->code, ri->capaian, ri->ind->bobot, ri->ditunda};
    }
    if (rs->ninds)
        return rs->ninds;
    const MSas **kin = xcalloc((size_t)r->plan->nels + 1, sizeof *kin);
    int n = el_kin(rs->sas, kin);
    for (int i = 0; i < n; i++) {
        const RSas *k = ex_find_sas(r, kin[i]->code);
        parts[i] = (ExPart){kin[i]->code, k ? k->capaian : (RVal){0}, kin[i]->bobot, false};
    }
    free(kin);
    return n;
}

static void ex_sas(FILE *f, const RPlan *r, const RSas *rs)
{
    char pb[PD_BUFSZ], w[EX_NUMSZ];
    const char *kind = el_kind_name(rs->sas->kind);
    int most = rs->ninds > r->plan->nels ? rs->ninds : r->plan->nels;
    ExRollup u = {rs->ninds ? "indikator" : kind, xcalloc((size_t)most + 1, sizeof(ExPart)), 0,
                  rs->wsum, rs->capaian, rs->sas->predikat, rs->predikat,
                  "\ntanpa data: ", rs->tanpa_data, rs->ntanpa, rs->sas->bila_kosong};
    out_textf(f, "%s %s: %s\n", kind, rs->sas->code, rs->sas->uraian ? rs->sas->uraian : "");
    out_textf(f, "  rencana %s, periode %s, bobot %s\n", r->plan->code,
            out_period_text(r, pb, sizeof pb), ex_num(w, sizeof w, rs->sas->bobot));
    u.n = ex_sas_parts(r, rs, u.parts);
    ex_rollup(f, &u);
    free(u.parts);
}

/* The plan's parts: its outermost sasaran. */
static void ex_plan(FILE *f, const RPlan *r)
{
    char pb[PD_BUFSZ];
    ExRollup u = {"sasaran", xcalloc((size_t)r->nsas + 1, sizeof(ExPart)), 0,
                  r->wsum, r->capaian, r->plan->predikat, r->predikat,
                  "\nsasaran tanpa data: ", r->tanpa_data, r->ntanpa, r->plan->bila_kosong};
    out_textf(f, "rencana %s: %s\n", r->plan->code, r->plan->title ? r->plan->title : "");
    out_textf(f, "  %s, tahun %d, periode %s\n", plan_kind_name(r->plan->kind), r->plan->tahun,
            out_period_text(r, pb, sizeof pb));
    for (int i = 0; i < r->nsas; i++) {
        const RSas *rs = &r->sas[i];
        if (rs->sas->outer)
            u.parts[u.n++] = (ExPart){rs->sas->code, rs->capaian, rs->sas->bobot, false};
    }
    ex_rollup(f, &u);
    free(u.parts);
}

/* ---- entry points --------------------------------------------------- */

static const RInd *ex_find_ind(const RPlan *r, const char *code, const RSas **in)
{
    for (int i = 0; i < out_nelements(r); i++) {
        const RSas *rs = out_element(r, i);
        for (int j = 0; j < rs->ninds; j++)
            if (strcmp(rs->inds[j].ind->code, code) == 0) {
                *in = rs;
                return &rs->inds[j];
            }
    }
    return NULL;
}

static const RSas *ex_find_sas(const RPlan *r, const char *code)
{
    for (int i = 0; i < out_nelements(r); i++)
        if (strcmp(out_element(r, i)->sas->code, code) == 0)
            return out_element(r, i);
    return NULL;
}

bool out_explain_has(const RPlan *r, const char *code)
{
    const RSas *rs;
    return code && (ex_find_ind(r, code, &rs) || ex_find_sas(r, code) ||
                    strcmp(r->plan->code, code) == 0);
}

void out_explain(FILE *f, const RPlan *r, const char *code, const SrcSet *src)
{
    const RSas *rs = NULL;
    const RInd *ri;
    if (!code)
        return;
    if ((ri = ex_find_ind(r, code, &rs)))
        ex_ind(f, r, rs, ri, src);
    else if ((rs = ex_find_sas(r, code)))
        ex_sas(f, r, rs);
    else if (strcmp(r->plan->code, code) == 0)
        ex_plan(f, r);
}
