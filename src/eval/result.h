/*
 * result.h - the outcome of evaluating one plan for one period: plain
 * data that every renderer (table, CSV, JSON, Markdown, explain, and the
 * report formats to come) walks without re-evaluating anything.
 * Values are unrounded doubles; renderers round with nm_round2/nm_fmt.
 * Everything lives in RPlan.arena.
 */
#ifndef RKT_RESULT_H
#define RKT_RESULT_H

#include <stdbool.h>
#include "data/data.h"
#include "check/model.h"

/* A number or kosong (absent). */
typedef struct RVal {
    bool ada;
    double v;
} RVal;

/* Which rule of docs/language.md#capaian produced a capaian. */
typedef enum RFormula {
    RF_NONE,            /* kosong: no realisasi or no target (also with capaian = expr) */
    RF_CUSTOM,          /* capaian = expr */
    RF_MAKS,            /* R / T x 100 */
    RF_MAKS_T0,         /* T = 0: 100 when R >= 0, else 0 */
    RF_MIN,             /* max(0, (2 - R / T) x 100) */
    RF_MIN_T0_W,        /* T = 0 with terburuk W: max(0, (W - R) / W x 100) */
    RF_MIN_T0,          /* T = 0 (or T* = 0): 100 when R <= 0, else 0 */
    RF_STABIL_IN,       /* a <= R <= b: 100 */
    RF_STABIL_BELOW,    /* R < a: R / a x 100 (0 when a = 0) */
    RF_STABIL_ABOVE,    /* R > b: max(0, (2 - R / b) x 100) */
    /* a range a..b on maksimal or minimal (PermenPANRB): T* is the bound
     * on R's side (capaian.h) */
    RF_BAND_IN,         /* a <= R <= b: 100 */
    RF_MAKS_BELOW,      /* maksimal, R < a: R / a x 100 */
    RF_MAKS_ABOVE,      /* maksimal, R > b: R / b x 100 */
    RF_MIN_BELOW,       /* minimal, R < a: (2 - R / a) x 100 */
    RF_MIN_ABOVE,       /* minimal, R > b: max(0, (2 - R / b) x 100) */
    /* terburuk W, any target T (T* for a band) */
    RF_MAKS_W,          /* max(0, (R - W) / (T - W) x 100) */
    RF_MIN_W,           /* max(0, (W - R) / (W - T) x 100); T = 0 is RF_MIN_T0_W */
    RF_TINGKAT,         /* levels without values: 100 when R is T or better, else 0 */
    RF_TINGKAT_NILAI,   /* levels with values: value(R) / value(T) x 100 */
    RF_TINGKAT_NILAI_T0 /* value(T) = 0: 100 when value(R) >= 0, else 0 */
} RFormula;

/* Where the target for the period came from. */
typedef enum RTargetFrom {
    RT_NONE,
    RT_ANNUAL,          /* the plan's annual target */
    RT_QUARTER,         /* a cumulative entry (tw says which part; of the
                         * map's kind, quarters, semesters or months) */
    RT_SHARE,           /* cumulative, jumlah, through a month inside part tw:
                         * the entry before plus share_num/share_den of its own */
    RT_PERIODIK         /* periodik: the entries of parts 1..tw by konsolidasi,
                         * part tw's by share_num/share_den when share_den */
} RTargetFrom;

typedef struct RInd {
    const MInd *ind;
    MTarget target;         /* for the period; .set false = none */
    RTargetFrom target_from;
    int tw;                 /* the part (1..12) with RT_QUARTER, RT_SHARE, RT_PERIODIK */
    int share_num, share_den;   /* months of part tw elapsed, of its months; 0: whole */
    RVal realisasi;
    RVal capaian;           /* after batas */
    RVal capaian_raw;       /* before batas */
    bool capped;
    RFormula formula;
    const MBand *predikat;  /* NULL: none */
    bool derived;           /* realisasi = expr */
    bool ditunda;
    DtObs *obs;             /* the observations consolidated, in order */
    int nobs;
    bool cascaded;          /* realisasi from its supporters' (konsolidasi_lokasi) */
    const char **tanpa_data;  /* cascaded: the supporters' plans without data */
    int ntanpa;
} RInd;

/* An element's result (a sasaran's, or of any kind: sas->kind). */
typedef struct RSas {
    const MSas *sas;
    RVal capaian;
    const MBand *predikat;
    RInd *inds;
    int ninds;
    const char **tanpa_data;  /* codes left out of the mean: no capaian */
    int ntanpa;
    double wsum;              /* sum of the weights that counted */
    RVal anggaran, realisasi_anggaran, serapan;   /* budget.h */
    const char **tanpa_anggaran;  /* budgeted children with no row */
    int ntanpa_anggaran;
} RSas;

typedef struct RFinding {
    const MRule *rule;
    RuleSev sev;
    const char *msg;          /* interpolated */
    Span span;                /* the rule */
    const MInd *ind;          /* the indicator, when quantified over them */
    const MSas *sas;          /* the sasaran, when quantified over them */
} RFinding;

typedef struct RPlan {
    const MPlan *plan;
    Period periode;           /* with the plan's year */
    const char *periode_text; /* as given: "2025", "2025-TW2" */
    RVal capaian;
    const MBand *predikat;
    RVal anggaran, realisasi_anggaran, serapan;   /* over the outermost budgeted elements */
    RSas *sas;                /* every sasaran, wherever nested, in source order */
    int nsas;
    RSas *els;                /* the other elements (tujuan, program, kegiatan,
                               * subkegiatan), in source order */
    int nels;
    const char **tanpa_data;  /* outermost sasaran left out of the plan's mean */
    int ntanpa;
    double wsum;
    RFinding *temuan;
    int ntemuan;
    Arena *arena;
    void *ev;                 /* the evaluator's state, for ev_expr */
} RPlan;

/* Classify a value with a scale, as shown (rounded to two decimals). */
const MBand *rs_classify(const MScale *sc, double v);

#endif
