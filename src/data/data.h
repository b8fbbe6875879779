/*
 * data.h - realisation data (LANGUAGE.md §7): loading CSV files into a
 * DataStore, and what the evaluator reads back.
 *
 * The store holds, for every data slot of the Model (each MInd and
 * MSeries has a `slot`), at most one observation per period of the plan
 * year: a value or kosong, and the file and line it came from.  Memory
 * grows with the number of codes that have data, never with rows.
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
    DtSrc src;
} DtObs;

typedef struct DtSlot DtSlot;
typedef struct DtPool DtPool;
typedef struct DtTab DtTab;
typedef struct DtKeyed DtKeyed;

/* Treat the members as private: use the functions below. */
typedef struct DataStore {
    DtSlot **slots;
    int nslots;         /* allocated entries of slots */
    int base;           /* Model.nslots */
    DtPool *pool;
    /* several evaluated plans: a data series has one slot per plan */
    MPlan **plans;
    int nplans;
    int nser;
    int *ser_no;        /* slot -> series number, -1 for indicators */
    DtTab *plan_tab;    /* plan code -> its position in plans */
    long nobs;          /* observations stored */
    long nskipped;      /* rows of plans not evaluated */
    DtKeyed *keyed;     /* keyed mode (below): a slot is a record */
} DataStore;

typedef struct DtOptions {
    MPlan **plans;      /* the evaluated rkt/pk plans (at least one) */
    int nplans;
    bool id_format;     /* --angka id */
    SrcSet *src;        /* where the file is registered; NULL: Model.src */
} DtOptions;

void dt_init(DataStore *ds);
void dt_free(DataStore *ds);

/* Reads one CSV file into ds; several files may be loaded into one store
 * (with the same plans each time) and a row repeating one of an earlier
 * file is a duplicate.  Every problem is reported in d (E401-E410).
 * Returns 0 when the file is clean, 1 when it had errors (its results
 * must not be used), -1 when it could not be read (E400, exit 2). */
int dt_load(DataStore *ds, Model *m, const char *path, DtOptions *opt, DgList *d);

/* The same from text in memory (registered in the SrcSet as `name`). */
int dt_load_text(DataStore *ds, Model *m, const char *name, const char *text,
                 size_t len, DtOptions *opt, DgList *d);

/* The observation of `slot` for period index `idx`: true with *v when it
 * has a value.  False when kosong: then src->file >= 0 if a row with an
 * empty nilai exists (and *v is NAN), -1 if there is no row at all.
 * v and src may be NULL. */
bool dt_get(const DataStore *ds, int slot, int idx, double *v, DtSrc *src);

/* Period indices that have a row (bit pd_index), kosong ones included. */
uint32_t dt_present(const DataStore *ds, int slot);

/* The slot to read for `slot` when evaluating `plan`.  With one evaluated
 * plan, or for an indicator, that is `slot` itself; with several plans
 * (eval --semua) each plan has its own observations of a data series,
 * from the rows naming it in the `rencana` column. */
int dt_plan_slot(const DataStore *ds, const MPlan *plan, int slot);

/* Observations of a slot in chronological order (pd_chrono):
 *   DtIter it; DtObs o;
 *   for (dt_iter(ds, slot, &it); dt_next(&it, &o); ) ... */
typedef struct DtIter {
    const DtSlot *s;        /* NULL in keyed mode */
    uint32_t mask, empty;
    const double *v;
    const uint32_t *u;      /* keyed mode: the record's values */
    bool wide;
    DtSrc src;              /* keyed mode: the record's first row */
    int k;
} DtIter;
void dt_iter(const DataStore *ds, int slot, DtIter *it);
bool dt_next(DtIter *it, DtObs *o);

/* Adds one observation (also for `uji` data rows).  A row for a period
 * the slot already has is DT_DUP; a valued row whose period overlaps a
 * valued one (a month and its quarter...) is DT_OVERLAP; either way
 * nothing is stored and *prev (if not NULL) names the earlier row.
 * Kosong rows take part in duplicate checks only: they add nothing that
 * could be counted twice. */
typedef enum { DT_OK, DT_DUP, DT_OVERLAP } DtPut;
DtPut dt_put(DataStore *ds, int slot, int idx, bool kosong, double v,
             DtSrc src, DtSrc *prev);

/* Reads one file already in the SrcSet opt->src (or m->src), as dt_load. */
int dt_load_src(DataStore *ds, Model *m, SrcFile *f, DtOptions *opt, DgList *d);

/* ---- keyed mode (eval --semua, semua.c) ------------------------------
 *
 * The rows are read before any plan is: each is stored under its
 * (rencana, kode) text in a record, which becomes the slot of whatever
 * indicator or data series of that plan claims it (dt_key_plan,
 * dt_key_find).  A record holds at most one value per period index, the
 * year of its rows and the file and line of its first row (each
 * observation reports that as its source); 32 bytes and the values, 4
 * bytes each as most data files write them (8 otherwise).
 * While reading, only what needs no plan is reported: the header (E408,
 * with opt->nplans the number of plans to evaluate), E409 and E410.  A
 * row that a plan would have to judge only marks its record: a number or
 * a period that cannot be read (DT_KEY_BAD), a year other than the
 * record's (DT_KEY_YEAR), a duplicate or overlapping period
 * (DT_KEY_CLASH); nothing of it is stored.  Whether a year is the plan's,
 * a code is known and a value whole is the caller's to check; to report
 * rows exactly it reads the file again with dt_load_src and the plans.
 *
 * A file is read in parts, possibly by two threads into two stores at
 * once: dt_key_open reads the header, dt_key_read the records from a
 * record boundary on, dt_key_merge moves a part's records into the store
 * of the part before it. */

enum { DT_KEY_BAD = 1, DT_KEY_YEAR = 2, DT_KEY_CLASH = 4,
       DT_KEY_FRAC = 8 };      /* not a fault: a value stored is not whole */

typedef struct DtKeyScan DtKeyScan;

/* Reads the header of f (a file of opt->src); NULL when its rows cannot
 * be read (E408 in d).  opt->plans is not used. */
DtKeyScan *dt_key_open(SrcFile *f, const DtOptions *opt, DgList *d);
/* The byte where the first record after the header starts, and its line. */
size_t dt_key_start(const DtKeyScan *sc, int *line);
/* Reads into ds (keyed mode from here on) the records from byte `from`,
 * which starts one, counting lines from `line`, until a record starts at
 * or after byte `to`.  Returns where it stopped (`to` when a record
 * starts there; beyond it when one runs over it, or at the text's end)
 * and the line there in *end_line.  Reports E409/E410 in d.  Safe to call
 * from two threads at once with different ds and d. */
size_t dt_key_read(const DtKeyScan *sc, DataStore *ds, size_t from, size_t to,
                   int line, int *end_line, DgList *d);
void dt_key_close(DtKeyScan *sc);
void dt_key_merge(DataStore *into, DataStore *from, int line_delta);

/* The rencana's id, or -1 when no row names it. */
int dt_key_plan(const DataStore *ds, const char *rencana);
/* The record (a slot) of a kode of that rencana, or -1.  `hint`, a
 * record likely to be it (the one after the last found), or -1. */
int dt_key_find(const DataStore *ds, int plan, const char *kode, int hint);
/* How many records the rencana has; all records. */
int dt_key_nrec(const DataStore *ds, int plan);
int dt_key_count(const DataStore *ds);

typedef struct DtKeyInfo {
    const char *rencana, *kode;
    int year;               /* 0: no row stored */
    int flags;              /* DT_KEY_* */
    DtSrc first;            /* its first row */
    uint32_t mask, empty;
} DtKeyInfo;
bool dt_key_info(const DataStore *ds, int slot, DtKeyInfo *out);

#endif
