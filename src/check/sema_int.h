/*
 * sema_int.h - the state that the parts of semantic analysis share while
 * one Model is built: sema.c (declarations, plans, inheritance, the
 * checks of targets and the warnings), resolve.c (expressions compiled
 * into MExprs, recursion), mengacu.c (the checks against the
 * referenced plan) and same.c (a declaration repeated).  Not part of
 * any other module's interface.
 */
#ifndef RKT_SEMA_INT_H
#define RKT_SEMA_INT_H

#include "check/sema.h"

/* The kinds of top-level declaration: the catalogue's, as are their
 * namespaces (cat_ns). */
typedef CatKind GKind;
#define G_SATUAN CK_SATUAN
#define G_SKALA CK_SKALA
#define G_FUNGSI CK_FUNGSI
#define G_DATA CK_DATA
#define G_PLAN CK_PLAN
#define G_ATURAN CK_ATURAN
#define G_UJI CK_UJI

typedef struct GName {
    const char *name;
    GKind kind;
    Node *node;
    Span span;
    UT_hash_handle hh;
} GName;

/* Properties explicitly written on an indicator (inheritance fills only
 * the others), and which expressions were written there. */
typedef struct IndSet {
    bool uraian, unit, pol, kon, kon_lokasi, target, bobot, batas, terburuk, realisasi, capaian, predikat;
} IndSet;

typedef struct IndInfo {
    MInd *ind;
    IndSet set;
    Expr *realisasi, *capaian;  /* as written here, to compile */
} IndInfo;

typedef struct Sema {
    Model *m;
    const SmInput *in;
    Ast **asts;                 /* the build's trees, in tree order */
    int nasts;
    SrcSet *src;
    const Catalog *cat;         /* the run's (sm_build makes one) */
    DgList *d;
    Arena *ar;
    GName *globals[NS__COUNT];  /* the first declaration of each name */
    IndInfo *info;              /* by MInd.order */
    int ninfo, capinfo;
} Sema;

/* Where an expression stands decides what its names may mean. */
typedef enum { CX_FUNGSI, CX_IND, CX_RULE, CX_UJI } CxKind;

typedef struct ExCx {
    CxKind kind;
    Fungsi *fn;
    MInd *ind;
    MPlan *plan;                /* codes mean this plan's (an indikator) */
    const CatPlan *cplan;       /* the same, for a plan of another build */
    Aturan *rule;
    bool dynamic;            /* reads realisasi, capaian or data */
} ExCx;

/* sema.c */
const char *sm_str_text(const Str *s);
const char *sm_where(Sema *s, Span sp);     /* "FILE:LINE:COL" */
void sm_mark_used(Sema *s, GKind k, const char *name);
/* A declaration is used: marked on it, or, in a build that shares the
 * base's, in the build's own record (Model.used). */
void sm_use(Sema *s, int kind, int id, bool *flag);
void sm_undeclared(Sema *s, GKind k, Name nm, const char *what);
IndInfo *sm_info(Sema *s, const MInd *ind);
/* The index of the word a V_NAME property holds, or -1 after E013. */
int sm_want_word(Sema *s, Prop *p, const char *const *words, int n);

/* The text of a plain string property, or NULL after E013. */
const char *sm_want_str(Sema *s, Prop *p);
/* E014: p does not belong in where_ (valid: the words). */
void sm_misplaced(Sema *s, Prop *p, const char *where_, const char *const *valid, int n);
/* Each property written once per block (E028); false for a repeat. */
bool sm_first_time(Sema *s, Prop *p, Prop **seen, int *nseen, int cap);

/* sign.c: tempat, tanggal, penandatangan, pihak_kedua of a plan (the
 * documents' place, date and signatures); false: not one of them */
bool sm_lower_sign_prop(Sema *s, MPlan *pl, Prop *p);

/* same.c: `again` repeats the name of `first` (a satuan, skala, fungsi
 * or data series, of the same kind): E011 at it unless both have the same
 * definition, when it is one declaration with the first. */
void sm_check_repeat(Sema *s, GKind k, const Node *first, const Node *again);

/* resolve.c */
MExpr *sm_compile(Sema *s, Expr *e, ExCx *cx);
void sm_unknown_name(Sema *s, Name nm, ExCx *cx);
void sm_pass_exprs(Sema *s);
void sm_compile_test(Sema *s, MTest *t);
void sm_pass_recursion(Sema *s);

/* cascade.c: `atasan`, `mendukung`, `konsolidasi_lokasi` (docs/language.md#cascading) */
const char *sm_lokasi_word(Konsolidasi k);
bool sm_lower_cascade_prop(Sema *s, MInd *ind, Prop *p, IndSet *set);
void sm_check_cascade(Sema *s);

/* sema.c, for tmap.c: a target from a number or range, a number as the
 * messages write it, a span inside the indicator's own declaration. */
void sm_target_num(MTarget *t, const Value *v);
void sm_fmt_num(char *buf, size_t n, double v);
bool sm_own_span(const MInd *ind, Span sp);
/* formula.c: what the capaian formulas need (docs/language.md#capaian) */
BilaKosong sm_bila_kosong(Sema *s, Prop *p);
void sm_check_terburuk(Sema *s, const MInd *ind);
/* I001 for a band of maksimal or minimal with one bound 0 (a target of
 * 0 itself is noted by sema.c) */
void sm_note_zero_bound(Sema *s, const MInd *ind, const MTarget *t);

#endif
