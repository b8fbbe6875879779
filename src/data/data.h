/*
 * data.h - realisation data (docs/language.md#realisation-data): loading CSV files into a
 * DataStore, and what the evaluator reads back.
 *
 * The store holds a record per (rencana, kode, year) that has rows: at
 * most one observation per period of that year, a value or kosong, and
 * the file and line of its first row.  A plan reads the records of its
 * own year and, as history, of the PD_HISTORY years before it (period.h).
 * Memory grows with the number of records, never with rows.
 */
#ifndef RKT_DATA_H
#define RKT_DATA_H

#include <stdbool.h>
#include <stdint.h>
#include "base/diag.h"
#include "check/model.h"
#include "base/period.h"

/* Where an observation came from: a file of the SrcSet and its line. */
typedef struct DtSrc {
    int file;           /* -1: none */
    int line;
} DtSrc;

typedef struct DtObs {
    int idx;            /* pd_index of its period */
    bool kosong;        /* the row's nilai was empty */
    double v;           /* NAN when kosong */
    DtSrc src;          /* the first row of its record (dt_locate: its own) */
    const char *level;  /* a level of a tingkat unit as the row wrote it
                         * (level.h turns it into its index); NULL: v */
} DtObs;

typedef struct DtSlot DtSlot;
typedef struct DtPool DtPool;
typedef struct DtKeyed DtKeyed;

/* Every row read, by (rencana, kode, year): a record holds at most one
 * value per period of its year.  Treat the members as private. */
typedef struct DataStore {
    DtKeyed *keyed;
    long nskipped;      /* rows of plans not loaded */
} DataStore;

void dt_init(DataStore *ds);
void dt_free(DataStore *ds);

typedef struct DtOptions {
    int nplans;         /* plans evaluated: with more than one, rows must
                         * say whose they are (a `rencana` column, E408) */
    const char *rencana;    /* whose rows a file without a rencana column
                             * holds: the one plan evaluated ("" if none) */
    bool id_format;     /* --angka id */
    SrcSet *src;        /* where the data files are registered */
} DtOptions;

/* ---- reading ---------------------------------------------------------
 *
 * Every --data file is read once, before any plan is built: each row goes
 * by its rencana and kode text and the year of its period into a record
 * (a file without a rencana column gives every row opt->rencana), big
 * files on two threads.  What needs no plan is reported here: the header
 * (E408), fields (E409) and quotes (E410).  What does need one (an
 * unknown code, an unreadable number or period, a duplicate, a fraction
 * for a count) only marks the record, and a record of a year the plan
 * does not read (neither its own nor history) is one that the plan's
 * view leaves unclaimed; binding a plan to its records
 * (dt_bind) tells whether the plan's data are at fault, and dt_report
 * then reads the rows of the plans at fault again, to report each row
 * exactly.  0 when the file's header and rows are readable, 1 after an
 * error, -1 when nothing could be read. */
int dt_read(DataStore *ds, SrcFile *f, const DtOptions *opt, DgList *d);

/* The rencana names that rows of `file` gave first (at most max of them
 * into out); their number.  A file without a rencana column gives the
 * evaluated plan's name only. */
int dt_rencana_names(const DataStore *ds, int file, const char **out, int max);
/* Whether some rencana name that rows of `file` gave satisfies pred: it
 * stops at the first (a file's rows usually name a loaded plan at once). */
bool dt_rencana_any(const DataStore *ds, int file, bool (*pred)(void *ctx, const char *name), void *ctx);

/* A test's data row (`uji ... data { CODE PERIOD VALUE }`) for plan
 * `rencana`, of period index idx of `year`: DT_DUP when its record has
 * that period, DT_OVERLAP when a valued period overlapping it; nothing is
 * stored then. */
typedef enum { DT_OK, DT_DUP, DT_OVERLAP } DtPut;
DtPut dt_key_put(DataStore *ds, const char *rencana, const char *kode, int year, int idx,
                 bool kosong, double v, DtSrc src);
/* The same for a row whose value is a level of a tingkat unit (`OPINI
 * 2025 WDP`), kept by its name as a data file's level is. */
DtPut dt_key_put_level(DataStore *ds, const char *rencana, const char *kode, int year, int idx,
                       const char *level, DtSrc src);

/* ---- a plan's view ----------------------------------------------------
 *
 * The records a plan reads: for each indicator (by MInd.pos) and each
 * data series (by MSeries.id), one per year it reads, -1 where no row
 * names it.  `years` is 1 + the history years the plan's rows reach (1
 * when they are all of its own year, the common case: history costs a
 * plan only what it has).  And one per program, kegiatan and
 * subkegiatan (by MSas.pos: its budget's realisation, of the plan's year
 * only).  The store is only read, so views of several plans may be bound
 * and read at once. */
typedef struct DtView {
    const DataStore *ds;
    int *ind;           /* [pos * years + back] */
    int *ser;           /* [id * years + back] */
    int years;          /* 1..1 + PD_HISTORY */
    int *el;            /* by MSas.pos: the rupiah spent by a budgeted element */
    bool bad;           /* the plan's data are at fault: dt_report */
} DtView;

/* Binds plan pl of model m (series: m's) to the records of the rows that
 * name it; the arrays come from `ar`. */
void dt_bind(DtView *v, const DataStore *ds, const Model *m, const MPlan *pl, Arena *ar);

/* The record of an indicator or a series in the view for the year
 * `back` years before the plan year (pd_years_back: 0 the plan year), or
 * -1. */
static inline int dt_view_ind(const DtView *v, const MInd *ind, int back)
{
    return v && v->ind && back >= 0 && back < v->years ? v->ind[ind->pos * v->years + back] : -1;
}
static inline int dt_view_ser(const DtView *v, const MSeries *se, int back)
{
    return v && v->ser && back >= 0 && back < v->years ? v->ser[se->id * v->years + back] : -1;
}
static inline int dt_view_el(const DtView *v, const MSas *el)
{
    return v && v->el ? v->el[(size_t)el->pos * (size_t)v->years] : -1;
}

/* ---- the plans at fault -----------------------------------------------
 *
 * What dt_report needs of a plan whose data are at fault, copied so that
 * the plan's Model can be freed before the end of the run. */
typedef struct DtShadow DtShadow;
DtShadow *dt_shadow(const Model *m, const MPlan *pl, long order);
void dt_shadow_free(DtShadow *s);

/* Reads the data files again against the plans at fault (in the order
 * of their `order`) and reports every row of theirs that is wrong
 * (E401-E407) in d, as a planner reads the file: in row order, each at
 * its field. */
void dt_report(DtShadow *const *sh, int nsh, SrcFile *const *files, int nfiles,
               const DtOptions *opt, DgList *d);

/* The file and line of each observation of a record, by pd_index (explain
 * shows where each value came from; the store keeps only the first). */
void dt_locate(const DataStore *ds, int rec, SrcFile *const *files, int nfiles,
               const DtOptions *opt, DtSrc out[PD_NIDX]);

/* Observations of a record in chronological order (pd_chrono):
 *   DtIter it; DtObs o;
 *   for (dt_iter(ds, rec, &it); dt_next(&it, &o); ) ... */
typedef struct DtIter {
    const DtSlot *s;        /* NULL in keyed mode */
    uint32_t mask, empty;
    const double *v;
    const uint32_t *u;      /* keyed mode: the record's values */
    bool wide;
    DtSrc src;              /* keyed mode: the record's first row */
    int k;
    const DtKeyed *keyed;   /* a record of levels: where their names are */
} DtIter;
void dt_iter(const DataStore *ds, int slot, DtIter *it);
bool dt_next(DtIter *it, DtObs *o);

#endif
