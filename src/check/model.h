/*
 * model.h - the resolved program: what sema.c builds from the ASTs of a
 * run and what the evaluator, the data loader and every renderer read.
 * Properties are typed here (enums, numbers, pointers), each with the Span
 * it was written at (or inherited from, through `mengacu`).
 * All of it lives in Model.arena.  Hash tables are uthash.
 */
#ifndef RKT_MODEL_H
#define RKT_MODEL_H

#include <stdbool.h>
#include <uthash.h>
#include "front/ast.h"
#include "base/diag.h"

typedef enum { UK_CACAH, UK_INDEKS, UK_PERSEN, UK_ANGKA, UK_TINGKAT } UnitKind;
typedef enum { POL_MAKSIMAL, POL_MINIMAL, POL_STABIL } Polaritas;
typedef enum { KON_JUMLAH, KON_RATA, KON_TERAKHIR, KON_MAKS, KON_MIN } Konsolidasi;
typedef enum { SEV_GALAT, SEV_PERINGATAN, SEV_INFO } RuleSev;
/* bila_kosong of a plan or element: its mean when a child is kosong
 * (BK_UNSET: not written, inherited through mengacu, else lewati). */
typedef enum { BK_UNSET, BK_LEWATI, BK_KOSONG } BilaKosong;

/* ---- expressions, resolved -------------------------------------------
 *
 * sema compiles every expression of the syntax tree into an MExpr: what
 * each name and call refers to is decided once, here, so the tree stays
 * as the parser left it (shared and read-only) and the evaluator never
 * looks a name up by its spelling, but for the codes of indicators,
 * sasaran and plans, which mean the evaluated plan's own (a rule runs for
 * every plan).  MExprs live in the arena of the Model that compiled them. */
typedef enum MxKind {
    MX_KOSONG,      /* a name that did not resolve (reported): no value */
    MX_NUM, MX_STR,
    MX_PARAM,       /* u.param: index of the fungsi's parameter */
    MX_SELF,        /* bare realisasi/target/capaian; op: Builtin */
    MX_CODE,        /* u.code: indicator, sasaran or plan code of the plan */
    MX_VAR,         /* the variable of `untuk indikator i` / `untuk sasaran s` */
    MX_SERIES,      /* u.series */
    MX_SCALE,       /* u.scale */
    MX_PERIOD,      /* u.period, year 0 = the plan year */
    MX_NEG, MX_NOT,
    MX_BIN,         /* op: BinOp */
    MX_IF,
    MX_BUILTIN,     /* op: Builtin */
    MX_FUNC         /* u.call.fn */
} MxKind;

struct MFunc;

typedef struct MExpr {
    MxKind kind;
    int op;                     /* BinOp or Builtin */
    Span span;                  /* as written: warnings, explain */
    union {
        double num;
        const char *str;
        int param;
        const char *code;
        const struct MSeries *series;
        const struct MScale *scale;
        Period period;
        struct MExpr *un;
        struct { struct MExpr *a, *b; } bin;
        struct { struct MExpr *c, *a, *b; } cond;
        struct { struct MExpr **args; int nargs; const struct MFunc *fn; Span fn_span; } call;
    } u;
} MExpr;

/* A message string with {expr} pieces: text or an expression each. */
typedef struct MStrPart {
    const char *text;           /* NULL when expr is set */
    MExpr *expr;
} MStrPart;

typedef struct MStr {
    MStrPart *parts;
    int n;
} MStr;

/* The built-ins, in one table that resolution and evaluation both read:
 * the name, the number of arguments, and what each argument is. */
typedef enum Builtin {
    BI_REALISASI, BI_TARGET, BI_CAPAIAN, BI_ADA, BI_MIN, BI_MAKS, BI_ABS,
    BI_BULAT, BI_JUMLAH, BI_RATA, BI_KATEGORI, BI_KODE, BI_URAIAN, BI_PELAKSANA,
    BI_ANGGARAN, BI_REALISASI_ANGGARAN, BI_SERAPAN,
    BI_TARGET_BAWAH, BI_TARGET_ATAS, BI_TARGET_TERLAPOR, BI__COUNT
} Builtin;

typedef enum BiArg {
    BA_VALUE,       /* any expression */
    BA_CODE,        /* an indicator, sasaran or plan code (or the rule's variable) */
    BA_PERIOD,      /* TW2, S1, B03, 2025-TW2 or a year */
    BA_SCALE        /* the name of a skala */
} BiArg;

typedef struct BuiltinInfo {
    const char *name;
    int min_args, max_args;     /* max -1: any number */
    BiArg arg[2];               /* the first two arguments; the rest are values */
    bool dynamic;               /* reads realisasi or capaian: not a static rule */
} BuiltinInfo;

extern const BuiltinInfo builtin_info[BI__COUNT];
int builtin_find(const char *name);        /* -1 if not a built-in */


typedef struct MUnit {
    const char *name;
    UnitKind kind;
    bool has_range;
    double lo, hi;
    Satuan *decl;
    /* a tingkat unit's ordered levels, best first (level.h) */
    const char **levels;
    double *level_val;          /* [nlevels] when level_values */
    int nlevels;
    bool level_values;          /* every level carries a value (A = 90) */
    const char *label;          /* `satuan x "Label" : ...`; NULL: none (mu_label) */
    int id;                     /* in declaration order (Model.used) */
    bool used;
    UT_hash_handle hh;
} MUnit;

typedef struct MBand {
    const char *code;
    const char *label;
    bool ge;
    double threshold;
} MBand;

typedef struct MScale {
    const char *name;
    MBand *bands;
    int nbands;
    Skala *decl;
    int id;
    bool used;
    UT_hash_handle hh;
} MScale;

typedef struct MFunc {
    const char *name;
    Fungsi *decl;
    MExpr *body;
    int nparams;
    int id;
    bool used;
    UT_hash_handle hh;
} MFunc;

typedef struct MSeries {
    const char *name;
    DataDecl *decl;
    const char *uraian;
    struct MUnit *unit;
    Konsolidasi kon;
    int id;                     /* its index in Model.series_list */
    bool used;
    UT_hash_handle hh;
} MSeries;

/* A target value: a number or a band lo..hi (stabil). */
typedef struct MTarget {
    bool set;
    bool range;
    bool bad;                   /* reported (E012): not compared further */
    double lo, hi;              /* a number: lo == hi */
    Span span;                  /* where written */
    const char *level;          /* a level of a tingkat unit (target WTP), or
                                 * NULL; lo == hi == its index (level.h) once
                                 * checked, -1 before */
} MTarget;

/* The targets of a year's parts (docs/language.md#targets): quarters,
 * semesters or months (kind), each entry cumulative (the value expected
 * through that part, the last the annual target) or, `periodik`, the
 * part's own target.  check/tmap.h lowers and checks it and says what it
 * gives through a period. */
typedef struct MTargetMap {
    PeriodKind kind;            /* P_SEM, P_TW or P_MONTH */
    int nparts;                 /* 2, 4 or 12 */
    bool periodik;
    MTarget *part;              /* [nparts]: part[i] is S/TW/B i + 1 */
    Span span;                  /* the map as written */
    bool mixed;                 /* E060 reported: a part missing is no second error */
} MTargetMap;

typedef struct MYearTarget {
    int year;
    MTarget t;
} MYearTarget;

struct MPlan;
struct MSas;

/* A signatory of a document: penandatangan { jabatan "..." nama "..."
 * nip "..." pangkat "..." [plt benar] }. */
typedef struct MSigner {
    bool set;
    const char *jabatan, *nama, *nip, *pangkat;     /* NULL: blank */
    bool plt;                   /* acting: "Plt." */
} MSigner;

typedef struct MInd {
    const char *code;
    Indikator *decl;            /* NULL for one only inherited (never) */
    struct MSas *sas;
    struct MPlan *plan;
    struct MInd *ref;           /* same code in the referenced plan */
    const char *uraian;
    Span uraian_span;
    MUnit *unit;
    Span unit_span;
    Polaritas pol;
    Span pol_span;
    Konsolidasi kon;
    bool has_kon_lokasi;        /* konsolidasi_lokasi written (or inherited) */
    Konsolidasi kon_lokasi;     /* how its supporters combine (not terakhir) */
    const char *mendukung;      /* the atasan's indicator it supports; NULL: none */
    Span mendukung_span;
    MTarget target;             /* annual target (rkt/pk) */
    MTargetMap *tmap;           /* targets of the year's parts; NULL: none */
    MYearTarget *years;         /* renstra: per-year targets */
    int nyears;
    MTarget kondisi_awal;       /* renstra: the baseline (a number), inherited */
    double bobot;
    bool bobot_set;
    bool has_batas, has_terburuk;
    double batas, terburuk;
    Span terburuk_span;         /* where terburuk was written (E061) */
    MExpr *realisasi_expr;      /* derived indicator */
    MExpr *capaian_expr;        /* custom formula */
    MScale *predikat;
    bool predikat_realisasi;    /* predikat SKALA dari realisasi */
    const char *pelaksana, *keterangan, *definisi, *sumber;
    const char *ditunda;        /* reason, NULL if pursued */
    const char *jenis, *sifat, *ukuran;
    int order;                  /* index in the build that lowered it */
    int pos;                    /* position in its plan's inds */
    UT_hash_handle hh;          /* MPlan.ind_by_code */
} MInd;

/* An element of a plan's tree: a tujuan, sasaran, program, kegiatan or
 * subkegiatan (kind).  The name is the sasaran's, the element every plan
 * has and the documents are built around; the other kinds share it. */
typedef struct MSas {
    const char *code;
    ElKind kind;
    Element *decl;
    struct MPlan *plan;
    struct MSas *ref;           /* same code in the referenced plan */
    struct MSas *parent;        /* the element it is nested in, or NULL */
    const char *induk;          /* the code it is nested in or linked to */
    struct MSas **kids;         /* the elements nested in it */
    int nkids;
    const char *uraian;
    Span uraian_span;
    const char *tujuan;         /* a sasaran's `tujuan T1` */
    const char *tingkat;        /* a sasaran's level: strategis, program, kegiatan */
    double bobot;
    bool bobot_set;
    bool outer;                 /* a sasaran inside no sasaran: the plan's mean */
    MScale *predikat;
    BilaKosong bila_kosong;     /* its own; not inherited by nested elements */
    const char *keterangan;
    MInd **inds;
    int ninds;
    /* the budget (pagu) of a program, kegiatan or subkegiatan */
    bool has_anggaran;          /* written, or inherited for the plan's year */
    double anggaran;
    Span anggaran_span;
    MYearTarget *ang_years;     /* renstra: anggaran { 2025: n, ... } */
    int nang_years;
    int pos;                    /* position in its plan's els */
    UT_hash_handle hh;          /* MPlan.el_by_code */
} MSas;

typedef struct MPlan {
    const char *code;
    Plan *decl;
    PlanKind kind;
    const char *title;
    const char *instansi;
    int tahun;                  /* rkt/pk */
    Span tahun_span;
    int periode_lo, periode_hi; /* renstra */
    const char *mengacu_code;
    Span mengacu_span;
    struct MPlan *mengacu;
    const char *atasan_code;    /* the superior's plan (§3.3); NULL: none */
    Span atasan_span;
    MScale *predikat;
    BilaKosong bila_kosong;     /* over its outermost sasaran */
    const char *keterangan;
    MSas **sas;                 /* its sasaran, wherever nested, in source order */
    int nsas;
    MSas **els;                 /* every element, in source order */
    int nels;
    MSas *el_by_code;
    MInd *ind_by_code;
    MInd **inds;                /* every indicator, in source order */
    int ninds;
    int order;                  /* among the run's plans (the catalogue's) */
    bool inherited;             /* mengacu followed (sema) */
    UT_hash_handle hh;          /* Model.plans */
    /* the documents' place, date and signatures (check/sign.c); the
     * plan's own, never inherited through mengacu */
    const char *tempat;         /* NULL: none */
    int tgl_y, tgl_m, tgl_d;    /* tanggal; tgl_y 0: none */
    MSigner penandatangan;      /* the RKT's signer, the PK's pihak pertama */
    MSigner pihak_kedua;        /* a pk's superior who co-signs */
} MPlan;

typedef struct MRule {
    Aturan *decl;
    const char *name;
    MExpr *cond;                /* NULL: none written (E015) */
    MStr msg;
    RuleSev sev;
    bool is_static;             /* reads only targets and declarations */
    bool invalid;               /* reported (E013/E015): never evaluated */
} MRule;

/* A `harap` of an uji, compiled. */
typedef struct MHarap {
    Harap *decl;
    MExpr *expr;                /* NULL for `harap temuan "..."` */
} MHarap;

typedef struct MTest {
    Uji *decl;
    MHarap *harap;
    int nharap;
} MTest;

/* What a superior's check reads of a supporter plan of another build
 * (check/cascade.c): the pipeline keeps it once the supporter's build is
 * done (sm_support), so that build may be freed before the superior's is
 * made (a superior of 2,000 units kept their builds, 500 MB). */
typedef struct MSupInd {
    char *mendukung;            /* the superior's code it supports */
    MTarget target;             /* its annual target (level NULL) */
} MSupInd;

typedef struct MSupport {
    char *code, *atasan;
    int tahun;
    MSupInd *inds;              /* its indicators that say mendukung */
    int ninds;
} MSupport;

/* Declarations used, by kind and id, where a build cannot mark them on
 * the declaration itself: it belongs to the base, which is shared. */
enum { MU_UNIT, MU_SCALE, MU_FUNC, MU_SERIES, MU__COUNT };

typedef struct Model {
    Arena *arena;
    SrcSet *src;
    /* A build's Model sees the base's declarations (its tables are the
     * base's, read only) and the plans of other builds (world_plan). */
    const struct Model *base;
    struct MPlan *(*world_plan)(void *ctx, const char *code);
    const MSupport *(*world_support)(void *ctx, const char *code);
    void *world;
    bool *used[MU__COUNT];      /* a build's: declarations of the base used */
    int ndecl[MU__COUNT];       /* the base's counts of each kind */
    struct Catalog *cat;        /* owned, when sm_build made one */
    MUnit *units;
    MScale *scales;
    MFunc *funcs;
    MSeries *series;
    MSeries **series_list;      /* by id, in declaration order */
    int nseries;
    MPlan *plans;
    MPlan **plan_list;          /* source order */
    int nplans;
    MRule *rules;
    int nrules;
    struct MTest *tests;
    int ntests;
} Model;

const char *pol_name(Polaritas p);
/* A unit's display label: its own, or its name with a capital first letter. */
const char *mu_label(const MUnit *u, Arena *a);
const char *kon_name(Konsolidasi k);
const char *rule_sev_name(RuleSev s);
int el_kin(const MSas *el, const MSas **out);   /* out: room for plan->nels */
bool el_budgets(ElKind k);                      /* program, kegiatan, subkegiatan */
int el_budget_kids(const MSas *el, const MSas **out);  /* out: room for plan->nels */

#endif
