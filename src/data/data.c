/*
 * data.c - the realisation-data loader (docs/language.md#realisation-data) and the store
 * the evaluator reads.
 *
 * CSV is read by a scanner of our own rather than libcsv.  The national
 * benchmark: 4.8M rows `rencana,kode,periode,nilai` (2000 plans x 200
 * codes x 12 months, 160 MB, in the page cache), on the 2-core dev VM,
 * 15 interleaved runs, median [min]:
 *   mawk -F, '{s[$1","$2]+=$4}'                      1.00 s [0.82]
 *   dt_load, own scanner, all 2000 plans (--semua)   0.50 s [0.48]
 *   dt_load, own scanner, one plan                   0.22 s [0.20]
 *   dt_load, libcsv 3.0.3 + the same row code, all  0.69 s [0.65]
 *   dt_load, libcsv 3.0.3 + the same row code, one  0.39 s [0.36]
 * dt_load includes reading the file (src_load).  libcsv loses because
 * each field passes byte by byte through its state machine and buffer and
 * then through a callback; worse, it reports neither the line nor the
 * column of a field, which every diagnostic here needs (quoted fields
 * may span lines, so counting rows is not enough).  Most of what is left
 * is the kernel handing out fresh pages for the file's text and for the
 * 4.8M observations (~75 MB).
 *
 * Per row the work is: plan (a cache of the previous row's plan, then a
 * small hash), code (the plan's own uthash of indicators, behind a cache
 * of the previous row's code), period, number, and one insertion into the
 * code's slot.  Nothing is kept per row.
 *
 * The keyed mode (data.h) reads the same way with the same scanner, but
 * before any plan is known: rows go by their rencana and kode text and
 * the year of their period into records (eval --semua, 0.15 s on two
 * threads for the national file, ~37 bytes a record and 4 a value); a
 * plan's history is records of their own years, bound beside its year's
 * (dt_bind).  The common shapes of a number
 * (dt_num) and of a month (dt_period) are read in place.
 */
#include "base/i18n.h"
#include "data/data.h"

#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <uthash.h>

#include "base/num.h"
#include "base/util.h"
#include "check/sema.h"
#include "check/level.h"

/* ================================================================ */
/* Slots: per code, one observation per period index at most.        */

/* The arrays after the header are in period-index order (rank = number
 * of present indices below): cap values, then cap lines, then cap file
 * ids.  Capacities come in classes fitting the usual shapes: a year, two
 * semesters, four quarters, twelve months, everything. */
struct DtSlot {
    uint32_t mask;      /* period indices with a row */
    uint32_t empty;     /* of those, rows whose nilai was empty */
    uint8_t n, cap;
    double v[];
};

#define DT_NCLASS 5
static const uint8_t dt_caps[DT_NCLASS] = {1, 2, 4, 12, PD_NIDX};

static size_t dt_slot_size(int cap)
{
    size_t n = sizeof(DtSlot) + (size_t)cap * (sizeof(double) + sizeof(int32_t)
                                               + sizeof(uint16_t));
    return (n + 7) & ~(size_t)7;
}

/* Const in, mutable out: the store owns every slot it hands around. */
static int32_t *dt_lines(const DtSlot *s)
{
    return (int32_t *)(void *)(s->v + s->cap);
}

static uint16_t *dt_files(const DtSlot *s)
{
    return (uint16_t *)(void *)(dt_lines(s) + s->cap);
}

/* Bits set in x, without the library call __builtin_popcount makes
 * where the CPU has no instruction for it. */
static int dt_popcount(uint32_t x)
{
    x = x - ((x >> 1) & 0x55555555u);
    x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
    return (int)((((x + (x >> 4)) & 0x0F0F0F0Fu) * 0x01010101u) >> 24);
}

static int dt_rank(const DtSlot *s, int idx)
{
    return dt_popcount(s->mask & ((1u << idx) - 1));
}

/* Slots are small and numerous (400k in the national case): they come
 * from big chunks, and a slot that grows leaves its old block on a free
 * list for the next slot of that class. */
#define DT_CHUNK (1u << 20)
struct DtPool {
    char *chunk;        /* current chunk; its first word links the previous */
    size_t used;
    void *free[DT_NCLASS];
};

static int dt_class_for(int n)
{
    int c = 0;
    while (dt_caps[c] < n)
        c++;
    return c;
}

static DtSlot *dt_pool_get(DtPool *p, int cls)
{
    DtSlot *s;
    if (p->free[cls]) {
        s = p->free[cls];
        p->free[cls] = *(void **)p->free[cls];
    } else {
        size_t sz = dt_slot_size(dt_caps[cls]);
        if (!p->chunk || p->used + sz > DT_CHUNK) {
            char *c = xmalloc(DT_CHUNK);
            *(char **)(void *)c = p->chunk;
            p->chunk = c;
            p->used = sizeof(double);
        }
        s = (DtSlot *)(void *)(p->chunk + p->used);
        p->used += sz;
    }
    s->mask = s->empty = 0;
    s->n = 0;
    s->cap = dt_caps[cls];
    return s;
}

static void dt_pool_put(DtPool *p, DtSlot *s)
{
    int cls = dt_class_for(s->cap);
    *(void **)s = p->free[cls];
    p->free[cls] = s;
}

static void dt_pool_free(DtPool *p)
{
    while (p && p->chunk) {
        char *prev = *(char **)(void *)p->chunk;
        free(p->chunk);
        p->chunk = prev;
    }
    free(p);
}

/* First capacity from the first period seen: a code reported monthly
 * gets room for twelve at once. */
static int dt_first_class(int idx)
{
    if (idx >= PD_IDX_MONTH(1))
        return 3;
    if (idx >= PD_IDX_TW(1))
        return 2;
    return idx >= PD_IDX_SEM(1) ? 1 : 0;
}

static DtSlot *dt_grow(DtPool *p, DtSlot *s)
{
    DtSlot *g = dt_pool_get(p, dt_class_for(s->n + 1));
    g->mask = s->mask;
    g->empty = s->empty;
    g->n = s->n;
    memcpy(g->v, s->v, s->n * sizeof *s->v);
    memcpy(dt_lines(g), dt_lines(s), s->n * sizeof(int32_t));
    memcpy(dt_files(g), dt_files(s), s->n * sizeof(uint16_t));
    dt_pool_put(p, s);
    return g;
}

/* The report pass (dt_report) judges every row of the plans at fault
 * exactly as they are read, and needs, for duplicates and overlaps, each
 * row's own file and line: it keeps them per slot (a plan's indicator or
 * series), apart from the keyed records that every command reads. */
typedef struct DtTab DtTab;
typedef struct DtJudge {
    DtSlot **slots;
    int nslots;
    DtPool *pool;
    MPlan **plans;
    int nplans;
    DtTab *plan_tab;
    int *slot0;             /* each plan's first slot */
    const Model *m;         /* the series */
} DtJudge;

static void dt_reserve(DtJudge *ds, int n)
{
    if (n <= ds->nslots)
        return;
    if (n < ds->nslots * 2)
        n = ds->nslots * 2;      /* dt_put on ever higher slots: amortised */
    ds->slots = xrealloc(ds->slots, (size_t)n * sizeof *ds->slots);
    memset(ds->slots + ds->nslots, 0, (size_t)(n - ds->nslots) * sizeof *ds->slots);
    ds->nslots = n;
}

static const DtSlot *dt_slot(const DtJudge *ds, int slot)
{
    return slot >= 0 && slot < ds->nslots ? ds->slots[slot] : NULL;
}

static DtSrc dt_src_at(const DtSlot *s, int rank)
{
    return (DtSrc){dt_files(s)[rank], dt_lines(s)[rank]};
}

/* The earliest loaded row among the indices in `mask`. */
static DtSrc dt_earliest(const DtSlot *s, uint32_t mask)
{
    DtSrc best = {-1, 0};
    for (int i = 0; i < PD_NIDX; i++) {
        if (!(mask >> i & 1))
            continue;
        DtSrc c = dt_src_at(s, dt_rank(s, i));
        if (best.file < 0 || c.file < best.file
            || (c.file == best.file && c.line < best.line))
            best = c;
    }
    return best;
}

static DtPut dt_put(DtJudge *ds, int slot, int idx, bool kosong, double v,
                    DtSrc src, DtSrc *prev)
{
    dt_reserve(ds, slot + 1);
    if (!ds->pool)
        ds->pool = xcalloc(1, sizeof *ds->pool);
    DtSlot *s = ds->slots[slot];
    uint32_t bit = 1u << idx;
    if (s && (s->mask & bit)) {
        if (prev)
            *prev = dt_src_at(s, dt_rank(s, idx));
        return DT_DUP;
    }
    uint32_t over = s && !kosong ? s->mask & ~s->empty & pd_mask_overlapping(idx) : 0;
    if (over) {
        if (prev)
            *prev = dt_earliest(s, over);
        return DT_OVERLAP;
    }
    if (!s)
        s = dt_pool_get(ds->pool, dt_first_class(idx));
    else if (s->n == s->cap)
        s = dt_grow(ds->pool, s);
    ds->slots[slot] = s;
    int r = dt_rank(s, idx), tail = s->n - r;
    int32_t *ln = dt_lines(s);
    uint16_t *fl = dt_files(s);
    memmove(s->v + r + 1, s->v + r, (size_t)tail * sizeof *s->v);
    memmove(ln + r + 1, ln + r, (size_t)tail * sizeof *ln);
    memmove(fl + r + 1, fl + r, (size_t)tail * sizeof *fl);
    s->v[r] = kosong ? NAN : v;
    ln[r] = src.line;
    fl[r] = (uint16_t)src.file;
    s->mask |= bit;
    if (kosong)
        s->empty |= bit;
    s->n++;
    return DT_OK;
}

/* ================================================================ */
/* The keyed store: records by (rencana, kode) text.                  */

/* What reading marks on a record for binding to judge (data.h): a row
 * whose number or period cannot be read, a duplicate or overlapping
 * period; and, not a fault in itself, a value that is not whole (a fault
 * for a count).  A row of a year its plan does not read needs no mark:
 * its record is of that year, and no view claims it. */
enum { DT_KEY_BAD = 1, DT_KEY_CLASH = 2, DT_KEY_FRAC = 4,
       DT_KEY_LEVEL = 8 /* its values are levels: ids of their names among the kodes (wide) */ };

typedef struct DtKeyScan DtKeyScan;

typedef struct DtKeyInfo {
    const char *rencana, *kode;
    int year;               /* 0: rows whose period cannot be read */
    int flags;              /* DT_KEY_* */
    DtSrc first;            /* its first row */
    uint32_t mask, empty;
} DtKeyInfo;

/* Names (rencana and kode texts) are interned: a name has an id, its
 * bytes sit in an arena (so the hash's keys never move), and uthash finds
 * it by its bytes. */
typedef struct DtName {
    UT_hash_handle hh;
    uint32_t id, len;
    char s[];                   /* NUL-terminated */
} DtName;

typedef struct DtNames {
    Arena *ar;
    DtName *hash;
    DtName **v;                 /* by id */
    uint32_t n, capv;
} DtNames;

/* A record: 32 bytes and its values, for one (plan, kode, year): the
 * year is part of the key, so history rows are records of their own and
 * cost a record what the plan year's rows do, nothing more per record.
 * Values sit in period-index order
 * (as in DtSlot) in blocks of the same capacity classes, carved from
 * chunks of DT_VCHUNK 32-bit units; `val` = chunk << DT_VSHIFT | offset,
 * so a record moves between stores (dt_key_merge) without its values.
 * A value takes one unit, packed (dt_pack), while every value of the
 * record is one dt_num read as m / 10^d; a record given any other value
 * is widened to doubles, two units each.  Kosong is the `empty` bit. */
typedef struct DtRec {
    uint32_t plan, kode;    /* name ids */
    uint32_t mask, empty;   /* as in DtSlot */
    uint32_t val;
    int32_t line;           /* the first row (its file and line) */
    uint16_t file;
    uint16_t year;          /* of its rows (its key); 0: periods unreadable */
    uint8_t n, cap, flags, wide;
} DtRec;

#define DT_VSHIFT 16
#define DT_VCHUNK (1u << DT_VSHIFT)

static const uint32_t dt_p10u[] = {1, 10, 100, 1000};

/* Packed: m << 4 | negative << 3 | d << 1 | 1, for m < 2^28 and d <= 3.
 * dt_unpack does dt_num's arithmetic again, so it gives the very double
 * that was read. */
static double dt_unpack(uint32_t c)
{
    static const double p10[] = {1e0, 1e1, 1e2, 1e3};
    unsigned d = c >> 1 & 3;
    double v = d ? (double)(c >> 4) / p10[d] : (double)(c >> 4);
    return c & 8 ? -v : v;
}

/* The records of one rencana by kode: a small open-addressing table of
 * record + 1 (0 empty), so that finding, adding and rehashing stay in
 * the cache (a national export keeps each unit's rows together). */
typedef struct DtPlanIx {
    uint32_t *tab;
    uint32_t bits;          /* 0: no table yet */
    uint32_t n;             /* records */
    uint16_t ylo, yhi;      /* the years of its records (0: none yet) */
} DtPlanIx;

struct DtKeyed {
    DtNames plans, kodes;
    DtPlanIx *pix;          /* per rencana id */
    uint32_t npix;
    DtRec *rec;
    uint32_t nrec, caprec;
    uint32_t **vchunk;
    uint32_t nvchunk, capvchunk, vused;
    uint32_t vfree[2][DT_NCLASS];   /* free blocks by width and class: val + 1 */
};

static DtKeyed *dt_keyed(void)
{
    return xcalloc(1, sizeof(DtKeyed));
}

static void dt_names_free(DtNames *t)
{
    HASH_CLEAR(hh, t->hash);
    free(t->v);
    if (t->ar)
        ar_free(t->ar);
}

static const char *dt_name_str(const DtNames *t, uint32_t id)
{
    return t->v[id]->s;
}

static void dt_keyed_free(DtKeyed *k)
{
    if (!k)
        return;
    dt_names_free(&k->plans);
    dt_names_free(&k->kodes);
    for (uint32_t i = 0; i < k->npix; i++)
        free(k->pix[i].tab);
    free(k->pix);
    free(k->rec);
    for (uint32_t i = 0; i < k->nvchunk; i++)
        free(k->vchunk[i]);
    free(k->vchunk);
    free(k);
}

/* The id of s[0..n), or UINT32_MAX when absent and !add. */
static uint32_t dt_name(DtNames *t, const char *s, size_t n, bool add)
{
    DtName *e;
    HASH_FIND(hh, t->hash, s, (unsigned)n, e);
    if (e)
        return e->id;
    if (!add)
        return UINT32_MAX;
    if (!t->ar)
        t->ar = ar_new();
    if (t->n == t->capv) {
        t->capv = t->capv ? t->capv * 2 : 64;
        t->v = xrealloc(t->v, (size_t)t->capv * sizeof *t->v);
    }
    e = ar_alloc(t->ar, sizeof *e + n + 1);
    memcpy(e->s, s, n);
    e->id = t->n;
    e->len = (uint32_t)n;
    t->v[t->n++] = e;
    HASH_ADD_KEYPTR(hh, t->hash, e->s, (unsigned)n, e);
    return e->id;
}

static uint32_t *dt_vals(const DtKeyed *k, uint32_t at)
{
    return k->vchunk[at >> DT_VSHIFT] + (at & (DT_VCHUNK - 1));
}

/* A block for dt_caps[cls] values, packed or wide. */
static uint32_t dt_valloc(DtKeyed *k, int cls, int wide)
{
    uint32_t at, units = (uint32_t)dt_caps[cls] << wide;
    if (k->vfree[wide][cls]) {
        at = k->vfree[wide][cls] - 1;
        k->vfree[wide][cls] = *dt_vals(k, at);
        return at;
    }
    if (!k->nvchunk || k->vused + units > DT_VCHUNK) {
        if (k->nvchunk == k->capvchunk) {
            k->capvchunk = k->capvchunk ? k->capvchunk * 2 : 16;
            k->vchunk = xrealloc(k->vchunk, (size_t)k->capvchunk * sizeof *k->vchunk);
        }
        k->vchunk[k->nvchunk++] = xmalloc(DT_VCHUNK * sizeof(uint32_t));
        k->vused = 0;
    }
    at = (k->nvchunk - 1) << DT_VSHIFT | k->vused;
    k->vused += units;
    return at;
}

static void dt_vfree(DtKeyed *k, uint32_t at, int cap, int wide)
{
    int cls = dt_class_for(cap);
    *dt_vals(k, at) = k->vfree[wide][cls];
    k->vfree[wide][cls] = at + 1;
}

/* The value of rank `rank` of a record's block (kosong: NAN). */
static double dt_rec_value(const uint32_t *u, bool wide, int rank, bool kosong)
{
    if (kosong)
        return NAN;
    if (!wide)
        return dt_unpack(u[rank]);
    double v;
    memcpy(&v, u + 2 * rank, sizeof v);
    return v;
}

static uint32_t dt_rec_slot(uint32_t kode, uint32_t year, uint32_t bits)
{
    return (uint32_t)((kode ^ year << 20) * 2654435761u) >> (32 - bits);   /* Fibonacci hashing */
}

static bool dt_rec_is(const DtRec *r, uint32_t kode, uint32_t year)
{
    return r->kode == kode && r->year == year;
}

static void dt_pix_grow(DtKeyed *k, DtPlanIx *x)
{
    uint32_t bits = x->bits ? x->bits + 1 : 4, size = 1u << bits;
    uint32_t *tab = xcalloc(size, sizeof *tab);
    for (uint32_t i = 0; x->bits && i < 1u << x->bits; i++) {
        if (!x->tab[i])
            continue;
        const DtRec *r = &k->rec[x->tab[i] - 1];
        uint32_t j = dt_rec_slot(r->kode, r->year, bits);
        while (tab[j])
            j = (j + 1) & (size - 1);
        tab[j] = x->tab[i];
    }
    free(x->tab);
    x->tab = tab;
    x->bits = bits;
}

/* The record of (plan, kode, year), or UINT32_MAX. */
static uint32_t dt_rec_find(const DtKeyed *k, uint32_t plan, uint32_t kode, uint32_t year)
{
    if (plan >= k->npix || !k->pix[plan].bits)
        return UINT32_MAX;
    const DtPlanIx *x = &k->pix[plan];
    uint32_t mask = (1u << x->bits) - 1;
    for (uint32_t i = dt_rec_slot(kode, year, x->bits); x->tab[i]; i = (i + 1) & mask)
        if (dt_rec_is(&k->rec[x->tab[i] - 1], kode, year))
            return x->tab[i] - 1;
    return UINT32_MAX;
}

static void dt_pix_year(DtPlanIx *x, int year)
{
    if (!year)
        return;
    if (!x->ylo || year < x->ylo)
        x->ylo = (uint16_t)year;
    if (year > x->yhi)
        x->yhi = (uint16_t)year;
}

/* The record of (plan, kode, year), made (without values) if new; the
 * first row, at file:line, makes it. */
static DtRec *dt_rec_get(DtKeyed *k, uint32_t plan, uint32_t kode, int year, int file, int line)
{
    if (plan >= k->npix) {
        uint32_t n = k->npix ? k->npix : 16;
        while (n <= plan)
            n *= 2;
        k->pix = xrealloc(k->pix, (size_t)n * sizeof *k->pix);
        memset(k->pix + k->npix, 0, (size_t)(n - k->npix) * sizeof *k->pix);
        k->npix = n;
    }
    DtPlanIx *x = &k->pix[plan];
    uint32_t i = 0, mask = 0;
    if (x->bits) {
        mask = (1u << x->bits) - 1;
        for (i = dt_rec_slot(kode, (uint32_t)year, x->bits); x->tab[i]; i = (i + 1) & mask)
            if (dt_rec_is(&k->rec[x->tab[i] - 1], kode, (uint32_t)year))
                return &k->rec[x->tab[i] - 1];
    }
    if (k->nrec == k->caprec) {
        k->caprec = k->caprec ? k->caprec * 2 : 1024;
        k->rec = xrealloc(k->rec, (size_t)k->caprec * sizeof *k->rec);
    }
    uint32_t id = k->nrec++;
    DtRec *r = &k->rec[id];
    memset(r, 0, sizeof *r);
    r->plan = plan;
    r->kode = kode;
    r->line = line;
    r->file = (uint16_t)file;
    r->year = (uint16_t)year;
    if (!x->bits || (x->n + 1) * 5 > (mask + 1) * 4) {      /* load up to 0.8 */
        dt_pix_grow(k, x);
        mask = (1u << x->bits) - 1;
        for (i = dt_rec_slot(kode, (uint32_t)year, x->bits); x->tab[i]; i = (i + 1) & mask)
            ;
    }
    x->tab[i] = id + 1;
    x->n++;
    dt_pix_year(x, year);
    return r;
}

/* nm_is_whole without the call to floor: below 2^52 a double is whole
 * when its truncation is itself; from there on every finite one is. */
static bool dt_whole(double v)
{
    if (!(v > -4503599627370496.0 && v < 4503599627370496.0))
        return isfinite(v);
    return (double)(int64_t)v == v;
}

/* Moves a record's values into a new block of class cls, widening them
 * when `wide`. */
static void dt_rec_move(DtKeyed *k, DtRec *r, int cls, int wide)
{
    uint32_t at = dt_valloc(k, cls, wide);
    uint32_t *to = dt_vals(k, at);
    if (r->n && wide == r->wide) {
        memcpy(to, dt_vals(k, r->val), ((size_t)r->n << wide) * sizeof *to);
    } else if (r->n) {                  /* packed to wide */
        const uint32_t *from = dt_vals(k, r->val);
        for (int i = 0, rank = 0; i < PD_NIDX; i++)
            if (r->mask >> i & 1) {
                double v = dt_rec_value(from, false, rank, r->empty >> i & 1);
                memcpy(to + 2 * rank++, &v, sizeof v);
            }
    }
    if (r->cap)
        dt_vfree(k, r->val, r->cap, r->wide);
    r->val = at;
    r->cap = dt_caps[cls];
    r->wide = (uint8_t)wide;
}

/* dt_put's rules on a record: false (nothing stored) for a duplicate or
 * an overlap.  `code`: the value packed (then v is not read), or 0. */
static bool dt_rec_put(DtKeyed *k, DtRec *r, int idx, bool kosong, double v, uint32_t code)
{
    uint32_t bit = 1u << idx;
    if ((r->mask & bit) || (!kosong && (r->mask & ~r->empty & pd_mask_overlapping(idx))))
        return false;
    int wide = r->wide || (!kosong && !code);
    if (r->n == r->cap || wide != r->wide)
        dt_rec_move(k, r, r->n < r->cap ? dt_class_for(r->cap)
                          : r->cap ? dt_class_for(r->n + 1) : dt_first_class(idx), wide);
    uint32_t *vals = dt_vals(k, r->val);
    int rank = r->mask >> idx ? dt_popcount(r->mask & (bit - 1)) : r->n;   /* mostly appended */
    if (rank < r->n)
        memmove(vals + (((size_t)rank + 1) << wide), vals + ((size_t)rank << wide),
                ((size_t)(r->n - rank) << wide) * sizeof *vals);
    if (wide) {
        double w = kosong ? NAN : code ? dt_unpack(code) : v;
        memcpy(vals + 2 * rank, &w, sizeof w);
        if ((r->flags & DT_KEY_LEVEL) && !kosong)
            r->flags |= DT_KEY_BAD;     /* a number among levels (dt_rec_put_level) */
    } else {
        vals[rank] = kosong ? 0 : code;
    }
    r->mask |= bit;
    if (kosong)
        r->empty |= bit;
    else if (code ? (code >> 4) % dt_p10u[code >> 1 & 3] != 0 : !dt_whole(v))
        r->flags |= DT_KEY_FRAC;
    r->n++;
    return true;
}

/* A level into a record (its name's id among the kodes): a record holds
 * levels or numbers, never both (DT_KEY_BAD: the plan's rows are judged
 * again, dt_report). */
static bool dt_rec_put_level(DtKeyed *k, DtRec *r, int idx, uint32_t id)
{
    bool numbers = !(r->flags & DT_KEY_LEVEL) && (r->mask & ~r->empty);
    r->flags &= (uint8_t)~DT_KEY_LEVEL;
    bool ok = dt_rec_put(k, r, idx, false, (double)id, 0);
    r->flags |= DT_KEY_LEVEL | (numbers ? DT_KEY_BAD : 0);
    return ok;
}

/* s[0..n) may be a level: a name as the language writes one. */
static bool dt_level_word(const char *s, size_t n)
{
    if (n == 0 || n > 64 || !((s[0] >= 'A' && s[0] <= 'Z') || (s[0] >= 'a' && s[0] <= 'z') || s[0] == '_'))
        return false;
    for (size_t i = 1; i < n; i++)
        if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') ||
              s[i] == '_' || s[i] == '.'))
            return false;
    return true;
}

static const DtRec *dt_rec(const DataStore *ds, int slot)
{
    const DtKeyed *k = ds->keyed;
    return slot >= 0 && (uint32_t)slot < k->nrec ? &k->rec[slot] : NULL;
}

static int dt_key_plan(const DataStore *ds, const char *rencana)
{
    if (!ds->keyed)
        return -1;
    size_t n = strlen(rencana);
    uint32_t id = dt_name(&ds->keyed->plans, rencana, n, false);
    return id == UINT32_MAX ? -1 : (int)id;
}

/* The name id of a kode, or UINT32_MAX when no row has it: record
 * `hint`'s, without hashing, when it is of that kode (a plan's codes come
 * in the order its rows gave them). */
static uint32_t dt_key_kode(const DataStore *ds, const char *kode, int hint)
{
    const DtKeyed *k = ds->keyed;
    if (!k)
        return UINT32_MAX;
    size_t n = strlen(kode);
    if (hint >= 0 && (uint32_t)hint < k->nrec) {
        const DtName *e = k->kodes.v[k->rec[hint].kode];
        if (e->len == n && memcmp(e->s, kode, n) == 0)
            return k->rec[hint].kode;
    }
    return dt_name(&ds->keyed->kodes, kode, n, false);
}

/* The record of (plan, kode id, year), or -1; `hint` is a record that
 * may be it (a plan's codes come in the order its rows gave them). */
static int dt_key_find(const DataStore *ds, int plan, uint32_t kid, int year, int hint)
{
    if (!ds->keyed || plan < 0 || kid == UINT32_MAX)
        return -1;
    const DtKeyed *k = ds->keyed;
    if (hint >= 0 && (uint32_t)hint < k->nrec && k->rec[hint].plan == (uint32_t)plan
        && dt_rec_is(&k->rec[hint], kid, (uint32_t)year))
        return hint;
    uint32_t r = dt_rec_find(k, (uint32_t)plan, kid, (uint32_t)year);
    return r == UINT32_MAX ? -1 : (int)r;
}

static int dt_key_nrec(const DataStore *ds, int plan)
{
    if (!ds->keyed || plan < 0 || (uint32_t)plan >= ds->keyed->npix)
        return 0;
    return (int)ds->keyed->pix[plan].n;
}


static bool dt_key_info(const DataStore *ds, int slot, DtKeyInfo *out)
{
    const DtRec *r = ds->keyed ? dt_rec(ds, slot) : NULL;
    if (!r)
        return false;
    const DtKeyed *k = ds->keyed;
    out->rencana = dt_name_str(&k->plans, r->plan);
    out->kode = dt_name_str(&k->kodes, r->kode);
    out->year = r->year;
    out->flags = r->flags;
    out->first = (DtSrc){r->file, r->line};
    out->mask = r->mask;
    out->empty = r->empty;
    return true;
}

/* Moves every record of `from` into `into`, whose rows come first: a
 * record of a key (plan, kode, year) both have takes the later one's
 * values after the earlier one's, under dt_put's rules (a clash marks it
 * DT_KEY_CLASH).
 * `from`'s lines are shifted by line_delta (it was read from a line
 * counted as 1).  `from` is left empty. */
static void dt_key_remap_levels(DtKeyed *a, const DtRec *br, uint32_t bval, const uint32_t *kmap)
{
    uint32_t *vals = dt_vals(a, bval);
    for (int idx = 0, rank = 0; idx < PD_NIDX; idx++) {
        if (!(br->mask >> idx & 1))
            continue;
        if (!(br->empty >> idx & 1)) {
            double v;
            memcpy(&v, vals + 2 * rank, sizeof v);
            v = kmap[(uint32_t)v];
            memcpy(vals + 2 * rank, &v, sizeof v);
        }
        rank++;
    }
}

static void dt_key_merge(DataStore *into, DataStore *from, int line_delta)
{
    DtKeyed *a = into->keyed, *b = from->keyed;
    if (!b)
        return;
    if (!a) {
        a = into->keyed = dt_keyed();
    }
    uint32_t *pmap = xmalloc(((size_t)b->plans.n + 1) * sizeof *pmap);
    uint32_t *kmap = xmalloc(((size_t)b->kodes.n + 1) * sizeof *kmap);
    for (uint32_t i = 0; i < b->plans.n; i++) {
        const DtName *e = b->plans.v[i];
        pmap[i] = dt_name(&a->plans, e->s, e->len, true);
    }
    for (uint32_t i = 0; i < b->kodes.n; i++) {
        const DtName *e = b->kodes.v[i];
        kmap[i] = dt_name(&a->kodes, e->s, e->len, true);
    }
    /* room for every record of b at once: growing by doubling here, with
     * b's records still held, is the read's peak of memory */
    if (a->nrec + b->nrec > a->caprec) {
        a->caprec = a->nrec + b->nrec;
        a->rec = xrealloc(a->rec, (size_t)a->caprec * sizeof *a->rec);
    }
    /* a adopts b's value chunks: b's values keep their place */
    uint32_t shift = a->nvchunk << DT_VSHIFT;
    if (b->nvchunk) {
        if (a->nvchunk + b->nvchunk > a->capvchunk) {
            a->capvchunk = a->nvchunk + b->nvchunk;
            a->vchunk = xrealloc(a->vchunk, (size_t)a->capvchunk * sizeof *a->vchunk);
        }
        memcpy(a->vchunk + a->nvchunk, b->vchunk, (size_t)b->nvchunk * sizeof *b->vchunk);
        a->nvchunk += b->nvchunk;
        a->vused = b->vused;       /* a's last chunk is now b's */
        b->nvchunk = 0;
    }
    for (uint32_t i = 0; i < b->nrec; i++) {
        const DtRec *br = &b->rec[i];
        uint32_t bval = br->val + shift;
        uint32_t had = a->nrec;
        DtRec *r = dt_rec_get(a, pmap[br->plan], kmap[br->kode], br->year, br->file,
                              br->line + line_delta);
        if (br->flags & DT_KEY_LEVEL)  /* its levels' names: ids of a's kodes */
            dt_key_remap_levels(a, br, bval, kmap);
        if (a->nrec > had) {            /* new here: take it whole */
            r->mask = br->mask;
            r->empty = br->empty;
            r->val = bval;
            r->n = br->n;
            r->cap = br->cap;
            r->flags = br->flags;
            r->wide = br->wide;
            continue;
        }
        r->flags |= br->flags & ~DT_KEY_LEVEL;     /* levels: dt_rec_put_level */
        if (!br->n)
            continue;
        const uint32_t *bv = dt_vals(a, bval);
        for (int idx = 0, rank = 0; idx < PD_NIDX; idx++) {
            if (!(br->mask >> idx & 1))
                continue;
            bool kosong = br->empty >> idx & 1;
            double v = dt_rec_value(bv, br->wide, rank, kosong);
            if ((br->flags & DT_KEY_LEVEL) && !kosong ? !dt_rec_put_level(a, r, idx, (uint32_t)v)
                : !dt_rec_put(a, r, idx, kosong, v, br->wide || kosong ? 0 : bv[rank]))
                r->flags |= DT_KEY_CLASH;
            rank++;
        }
    }
    free(pmap);
    free(kmap);
    dt_keyed_free(b);
    from->keyed = NULL;
}

void dt_iter(const DataStore *ds, int rec, DtIter *it)
{
    memset(it, 0, sizeof *it);
    const DtRec *r = ds && ds->keyed ? dt_rec(ds, rec) : NULL;
    if (r && r->n) {
        it->mask = r->mask;
        it->empty = r->empty;
        it->u = dt_vals(ds->keyed, r->val);
        it->wide = r->wide;
        it->src = (DtSrc){r->file, r->line};
        it->keyed = r->flags & DT_KEY_LEVEL ? ds->keyed : NULL;
    }
}

bool dt_next(DtIter *it, DtObs *o)
{
    for (; it->mask && it->k < PD_NIDX; it->k++) {
        int idx = pd_chrono[it->k];
        if (!(it->mask >> idx & 1))
            continue;
        int r = dt_popcount(it->mask & ((1u << idx) - 1));
        o->idx = idx;
        o->kosong = it->empty >> idx & 1;
        o->v = it->u ? dt_rec_value(it->u, it->wide, r, o->kosong) : it->v[r];
        /* a record mixing numbers with levels is at fault (DT_KEY_BAD): its
         * numbers are no names */
        o->level = it->keyed && !o->kosong && o->v >= 0 && o->v < it->keyed->kodes.n && o->v == floor(o->v)
                   ? dt_name_str(&it->keyed->kodes, (uint32_t)o->v) : NULL;
        o->src = it->s ? dt_src_at(it->s, r) : it->src;
        it->k++;
        return true;
    }
    return false;
}

/* ================================================================ */
/* Plans: code -> position among the evaluated plans.                */

/* The judge's plans by code (uthash). */
typedef struct DtPlanEnt {
    UT_hash_handle hh;
    int k;
} DtPlanEnt;

struct DtTab {
    DtPlanEnt *hash;
    DtPlanEnt *v;
};

static DtTab *dt_tab_new(MPlan **plans, int n)
{
    DtTab *t = xcalloc(1, sizeof *t);
    t->v = xcalloc((size_t)n + 1, sizeof *t->v);
    for (int k = 0; k < n; k++) {
        DtPlanEnt *e;
        const char *code = plans[k]->code;
        HASH_FIND_STR(t->hash, code, e);
        if (e)
            continue;               /* a plan named twice counts once */
        t->v[k].k = k;
        HASH_ADD_KEYPTR(hh, t->hash, code, strlen(code), &t->v[k]);
    }
    return t;
}

/* Position of the plan coded s[0..n), or -1. */
static int dt_tab_find(const DtTab *t, const char *s, size_t n)
{
    DtPlanEnt *e;
    HASH_FIND(hh, t->hash, s, (unsigned)n, e);
    return e ? e->k : -1;
}

static void dt_tab_free(DtTab *t)
{
    if (!t)
        return;
    HASH_CLEAR(hh, t->hash);
    free(t->v);
    free(t);
}

/* The judge's slots: each plan's indicators by MInd.pos, then the series
 * by MSeries.id, one set per plan (a series' rows are each plan's own),
 * for the plan year; the slots of history rows come after all of those
 * (dt_judge_slot), so that a file without history costs what it did. */
static void dt_judge_init(DtJudge *jg, const Model *m, MPlan **plans, int n)
{
    memset(jg, 0, sizeof *jg);
    jg->m = m;
    jg->nplans = n;
    jg->plans = plans;
    jg->plan_tab = dt_tab_new(plans, n);
    jg->slot0 = xcalloc((size_t)n + 1, sizeof *jg->slot0);
    int next = 0;
    for (int k = 0; k < n; k++) {
        jg->slot0[k] = next;
        next += plans[k]->ninds + m->nseries;
    }
    jg->slot0[n] = next;
    dt_reserve(jg, next);
}

/* The slot of a row `back` years before its plan's year, for the slot
 * `slot` of its code. */
static int dt_judge_slot(const DtJudge *jg, int slot, int back)
{
    return back == 0 ? slot : jg->slot0[jg->nplans] + slot * PD_HISTORY + back - 1;
}

static void dt_judge_free(DtJudge *jg)
{
    free(jg->slots);
    dt_pool_free(jg->pool);
    dt_tab_free(jg->plan_tab);
    free(jg->slot0);
}

void dt_init(DataStore *ds)
{
    memset(ds, 0, sizeof *ds);
}

void dt_free(DataStore *ds)
{
    dt_keyed_free(ds->keyed);
    dt_init(ds);
}

/* ================================================================ */
/* The CSV scanner.                                                   */

enum { C_KODE, C_PERIODE, C_NILAI, C_RENCANA, C_PELAKSANA, C_KETERANGAN, C_N };
static const char *const dt_colname[C_N] = {
    "kode", "periode", "nilai", "rencana", "pelaksana", "keterangan"
};

typedef struct DtField {
    const char *start;      /* first byte, the opening quote included */
    const char *p;          /* content (inside the quotes) */
    size_t len;             /* raw content length ("" pairs not undone) */
    const char *lstart;     /* start of the line `start` is on */
    int line;
    bool quoted, esc;       /* esc: contains "" */
} DtField;

/* What a row's code names. */
typedef struct DtTarget {
    const char *code;
    int slot;
    MUnit *unit;
} DtTarget;

typedef struct Loader {
    DataStore *ds;          /* reading: the records */
    DtJudge *jg;            /* judging (dt_report): the plans at fault */
    DgList *quiet;          /* judging: what reading reported already */
    const DtOptions *opt;
    DgList *d;
    SrcSet *src;
    SrcFile *f;
    const char *t, *end;    /* the text; *end is its NUL */
    const char *p;          /* scan position */
    const char *lstart;     /* start of the current line */
    int line;
    char sep;
    uint8_t stop[256];      /* bytes that end an unquoted field */
    int col[C_N];           /* field number of each column, -1 absent */
    int ncols;
    DtField *fl;            /* ncols + 1: the first extra field is kept */
    int nf;                 /* fields in the record, extras included */
    const char *rec_end;    /* where the record's terminator starts */
    const char *rec_end_lstart;
    int rec_end_line;
    bool rec_bad;           /* a quoting error was reported in it */
    bool fatal;             /* an unterminated quote ate the rest */
    bool rec_text;          /* some field has more than blanks */
    bool rec_nul;           /* some field holds a NUL byte */
    Sbuf scratch[C_N];      /* unescaped text of quoted fields */
    /* the previous row's plan and code, for the common sorted export */
    char last_ren[64];
    size_t last_ren_len;
    int last_k;
    char last_code[64];
    size_t last_code_len;
    int last_code_k;
    DtTarget last_tgt;
    bool last_tgt_ok;
    uint32_t last_key_plan; /* keyed mode: the name id of last_ren */
    uint32_t last_rec;      /* keyed mode: the last row's record */
    /* "did you mean" for unknown codes: once per distinct code, within a
     * budget of comparisons per file (dt_nearest) */
    struct DtNear *near;
    const char **cands;
    int cands_k;
    long near_budget;
} Loader;

/* Bytes of the data file's text, as every Span (source.h); the line and
 * column are computed from them when shown. */
/* Where the problems that need no plan go: reading reports them; the
 * judge, reading the rows again, has them said already. */
static DgList *dt_plain(Loader *L)
{
    return L->quiet ? L->quiet : L->d;
}

static Span dt_span_at(Loader *L, const char *at, const char *lstart, int line,
                       size_t width)
{
    (void)lstart;
    (void)line;
    /* a quoted field may run over lines: the span stops at the first */
    const char *nl = memchr(at, '\n', width);
    if (nl)
        width = (size_t)(nl - at);
    int lo = (int)(at - L->t);
    return (Span){L->f->id, lo, lo + (int)width};
}

/* The whole field, quotes included. */
static Span dt_span(Loader *L, const DtField *f)
{
    size_t w = (size_t)(f->p - f->start) + f->len + (f->quoted ? 1 : 0);
    return dt_span_at(L, f->start, f->lstart, f->line, w);
}

static void dt_newline(Loader *L, const char *after)
{
    L->line++;
    L->lstart = after;
}

static bool dt_blank(char c)
{
    return c == ' ' || c == '\t';
}

/* A quoted field at L->p (on its opening quote).  Returns false at an
 * unterminated quote (reported; the rest of the file is in it). */
static bool dt_quoted(Loader *L, DtField *f)
{
    const char *q = L->p + 1;
    f->p = q;
    f->quoted = true;
    for (;;) {
        const char *c = memchr(q, '"', (size_t)(L->end - q));
        const char *stop = c ? c : L->end;
        for (const char *n = memchr(q, '\n', (size_t)(stop - q)); n;
             n = memchr(n + 1, '\n', (size_t)(stop - n - 1)))
            dt_newline(L, n + 1);
        if (!c) {
            dg_emit(dt_plain(L), "E410", dt_span_at(L, f->start, f->lstart, f->line, 1),
                    "unterminated quote: the quoted field opened here is never "
                    "closed (a quote inside a quoted field is written \"\")");
            L->p = L->end;
            L->fatal = true;
            return false;
        }
        if (c[1] == '"') {
            f->esc = true;
            q = c + 2;
            continue;
        }
        f->len = (size_t)(c - f->p);
        if (memchr(f->p, '\0', f->len))
            L->rec_nul = true;
        L->p = c + 1;
        return true;
    }
}

/* Moves L->p over an unquoted run; a CR not followed by LF (in a file
 * whose lines end in LF or CRLF: dt_cr_lines) is ordinary content, and a
 * NUL byte inside the file marks the record (E412). */
static uint64_t dt_zero_bytes(uint64_t v)
{
    return (v - UINT64_C(0x0101010101010101)) & ~v & UINT64_C(0x8080808080808080);
}

static inline __attribute__((always_inline)) void dt_unquoted_run(Loader *L)
{
    const char *p = L->p;
    for (;;) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        /* eight bytes at a time: the lowest flagged byte of "v has a zero
         * byte" is exact, so it finds the first stop byte of the word */
        const uint64_t ones = UINT64_C(0x0101010101010101), sep = ones * (unsigned char)L->sep;
        for (; p + 8 <= L->end; p += 8) {
            uint64_t w;
            memcpy(&w, p, 8);
            uint64_t m = dt_zero_bytes(w ^ sep) | dt_zero_bytes(w ^ (ones * '\n'))
                       | dt_zero_bytes(w ^ (ones * '\r')) | dt_zero_bytes(w);
            if (m) {
                p += __builtin_ctzll(m) >> 3;
                break;
            }
        }
#endif
        while (!L->stop[(unsigned char)*p])
            p++;
        if (*p == '\r' && p[1] != '\n') {
            p++;
            continue;
        }
        if (*p == '\0' && p < L->end) {
            L->rec_nul = true;
            p++;
            continue;
        }
        break;
    }
    L->p = p;
}

/* After a closing quote only a separator or the end of the line may
 * follow; anything else is reported and skipped. */
static void dt_after_quote(Loader *L)
{
    char c = *L->p;
    if (c == L->sep || c == '\n' || (c == '\r' && L->p[1] == '\n') || L->p == L->end)
        return;
    const char *at = L->p;
    dt_unquoted_run(L);
    dg_emit(dt_plain(L), "E410", dt_span_at(L, at, L->lstart, L->line, (size_t)(L->p - at)),
            "unexpected text '%.*s' after the closing quote of a quoted field "
            "(a quote inside a quoted field is written \"\")",
            (int)(L->p - at > 40 ? 40 : L->p - at), at);
    L->rec_bad = true;
}

/* Scans one record from L->p into L->fl (the first ncols + 1 fields;
 * L->nf counts them all).  Returns false at the end of the text or after
 * an unterminated quote. */
static bool dt_record(Loader *L, int keep)
{
    if (L->p >= L->end)
        return false;
    L->nf = 0;
    L->rec_bad = L->rec_text = L->rec_nul = false;
    for (;;) {
        DtField tmp, *f = L->nf < keep ? &L->fl[L->nf] : &tmp;
        f->len = 0;
        f->quoted = f->esc = false;
        f->start = L->p;
        f->lstart = L->lstart;
        f->line = L->line;
        if (*L->p == '"') {
            if (!dt_quoted(L, f))
                return false;
            dt_after_quote(L);
        } else {
            f->p = L->p;
            dt_unquoted_run(L);
            f->len = (size_t)(L->p - f->p);
        }
        L->nf++;
        for (size_t j = 0; !L->rec_text && j < f->len; j++)
            L->rec_text = !dt_blank(f->p[j]);
        if (*L->p == L->sep && L->p < L->end) {
            L->p++;
            continue;
        }
        L->rec_end = L->p;
        L->rec_end_lstart = L->lstart;
        L->rec_end_line = L->line;
        if (*L->p == '\r')
            L->p++;
        if (*L->p == '\n' && L->p < L->end) {
            L->p++;
            dt_newline(L, L->p);
        }
        return true;
    }
}

/* A field's text: blanks trimmed, "" undone (into a scratch buffer). */
static const char *dt_text(Loader *L, int col, size_t *n)
{
    const DtField *f = &L->fl[L->col[col]];
    const char *s = f->p;
    size_t len = f->len;
    if (f->esc) {
        Sbuf *b = &L->scratch[col];
        b->len = 0;
        for (size_t i = 0; i < len; i++) {
            sb_putc(b, s[i]);
            if (s[i] == '"')
                i++;
        }
        s = b->s;
        len = b->len;
    }
    while (len && dt_blank(*s))
        s++, len--;
    while (len && dt_blank(s[len - 1]))
        len--;
    *n = len;
    return s;
}

/* The separator: the first ',', ';' or tab outside quotes on the header
 * line (a tab is what a spreadsheet copies to the clipboard). */
static char dt_find_sep(const char *p, const char *end)
{
    bool inq = false;
    for (; p < end; p++) {
        if (*p == '"')
            inq = !inq;
        else if (!inq && (*p == ',' || *p == ';' || *p == '\t'))
            return *p;
        else if (!inq && *p == '\n')
            break;
    }
    return ',';
}

/* ================================================================ */
/* The header.                                                        */

/* Finds the columns; reports E408.  Returns false when rows cannot be
 * read.  L->fl holds the header's fields (up to `cap`). */
static bool dt_columns(Loader *L, int cap)
{
    int nerr = L->d->nerr;
    for (int c = 0; c < C_N; c++)
        L->col[c] = -1;
    L->ncols = L->nf;
    if (L->nf > cap) {
        dg_emit(dt_plain(L), "E408", dt_span_at(L, L->fl[0].start, L->fl[0].lstart,
                                          L->fl[0].line, 0),
                "the header has %d columns; at most %d are supported", L->nf, cap);
        return false;
    }
    for (int i = 0; i < L->nf; i++) {
        const DtField *f = &L->fl[i];
        size_t n = f->len;
        const char *s = f->p;
        while (n && dt_blank(*s))
            s++, n--;
        while (n && dt_blank(s[n - 1]))
            n--;
        for (int c = 0; c < C_N; c++) {
            if (strlen(dt_colname[c]) != n || strncasecmp(dt_colname[c], s, n) != 0)
                continue;
            if (L->col[c] >= 0)
                dg_emit(dt_plain(L), "E408", dt_span(L, f),
                        "column '%s' appears twice in the header (columns %d and %d)",
                        dt_colname[c], L->col[c] + 1, i + 1);
            else
                L->col[c] = i;
        }
    }
    for (int c = C_KODE; c <= C_NILAI; c++) {
        if (L->col[c] >= 0)
            continue;
        Span sp = dt_span_at(L, L->fl[0].start, L->fl[0].lstart, L->fl[0].line,
                             (size_t)(L->rec_end - L->fl[0].start));
        dg_emit(dt_plain(L), "E408", sp,
                "the header lacks the required column '%s' (a data file needs "
                "kode, periode and nilai; found: %.*s)", dt_colname[c],
                (int)(L->rec_end - L->fl[0].start > 200 ? 200 : L->rec_end - L->fl[0].start),
                L->fl[0].start);
    }
    if (L->col[C_RENCANA] < 0 && L->opt->nplans > 1 && L->d->nerr == nerr)
        dg_emit(dt_plain(L), "E408", dt_span_at(L, L->fl[0].start, L->fl[0].lstart,
                                          L->fl[0].line, (size_t)(L->rec_end - L->fl[0].start)),
                "%d plans are evaluated but the data has no 'rencana' column "
                "naming the plan of each row", L->opt->nplans);
    return L->d->nerr == nerr;
}

/* ================================================================ */
/* Rows.                                                              */

/* The plan of a row: its position among the evaluated plans, or -1 for
 * a row of another unit's plan (skipped, not an error). */
static int dt_row_plan(Loader *L)
{
    if (L->col[C_RENCANA] < 0)
        return 0;
    size_t n;
    const char *s = dt_text(L, C_RENCANA, &n);
    if (n == L->last_ren_len && memcmp(s, L->last_ren, n) == 0)
        return L->last_k;
    int k = dt_tab_find(L->jg->plan_tab, s, n);
    if (n < sizeof L->last_ren) {
        memcpy(L->last_ren, s, n);
        L->last_ren_len = n;
        L->last_k = k;
    }
    return k;
}

/* "did you mean" for an unknown code: its plan's indicators and the
 * series.  Each distinct code is looked up once (a file of another
 * plan's codes repeats each in every period), and a file spends at most
 * DT_NEAR_BUDGET comparisons: 15k unknown codes against 15k indicators
 * took 20-26 s, for suggestions nobody reads past the first few; the
 * codes met after that are reported without one. */
enum { DT_NEAR_BUDGET = 1 << 20 };

typedef struct DtNear {
    char *key;              /* the plan's position, ':', the code */
    const char *best;       /* NULL: none (or the budget was spent) */
    UT_hash_handle hh;
} DtNear;

static const char *dt_nearest(Loader *L, int k, const char *word)
{
    char *key = xasprintf("%d:%s", k, word);
    DtNear *e;
    HASH_FIND_STR(L->near, key, e);
    if (e) {
        free(key);
        return e->best;
    }
    MPlan *plan = L->jg->plans[k];
    const Model *m = L->jg->m;
    int n = plan->ninds + m->nseries;
    const char *best = NULL;
    if (L->near_budget >= n) {
        L->near_budget -= n;
        if (L->cands_k != k) {      /* the candidates of the last plan asked */
            int c = 0;
            L->cands = xrealloc(L->cands, (size_t)(n > 0 ? n : 1) * sizeof *L->cands);
            for (int i = 0; i < plan->ninds; i++)
                L->cands[c++] = plan->inds[i]->code;
            for (int i = 0; i < m->nseries; i++)
                L->cands[c++] = m->series_list[i]->name;
            L->cands_k = k;
        }
        best = dg_nearest(word, L->cands, n);
    }
    e = xcalloc(1, sizeof *e);
    e->key = key;
    e->best = best;
    HASH_ADD_KEYPTR(hh, L->near, e->key, strlen(e->key), e);
    return best;
}

static void dt_near_free(Loader *L)
{
    DtNear *e, *tmp;
    HASH_ITER(hh, L->near, e, tmp) {
        HASH_DEL(L->near, e);
        free(e->key);
        free(e);
    }
    free(L->cands);
    L->cands = NULL;
}

static bool dt_lookup(Loader *L, int k, const char *s, size_t n, DtTarget *t)
{
    MPlan *plan = L->jg->plans[k];
    MInd *ind = NULL;
    HASH_FIND(hh, plan->ind_by_code, s, (unsigned)n, ind);
    if (ind) {
        *t = (DtTarget){ind->code, L->jg->slot0[k] + ind->pos, ind->unit};
        return true;
    }
    MSeries *se = NULL;
    HASH_FIND(hh, L->jg->m->series, s, (unsigned)n, se);
    if (!se)
        return false;
    *t = (DtTarget){se->name, L->jg->slot0[k] + plan->ninds + se->id, se->unit};
    return true;
}

static bool dt_row_code(Loader *L, int k, DtTarget *t)
{
    size_t n;
    const char *s = dt_text(L, C_KODE, &n);
    bool ok;
    if (k == L->last_code_k && n == L->last_code_len && memcmp(s, L->last_code, n) == 0) {
        *t = L->last_tgt;
        ok = L->last_tgt_ok;
    } else {
        ok = dt_lookup(L, k, s, n, t);
        if (n < sizeof L->last_code) {
            memcpy(L->last_code, s, n);
            L->last_code_len = n;
            L->last_code_k = k;
            L->last_tgt = *t;
            L->last_tgt_ok = ok;
        }
    }
    if (!ok && n == 0) {
        dg_emit(L->d, "E401", dt_span(L, &L->fl[L->col[C_KODE]]),
                "this row has no kode");
    } else if (!ok) {
        MPlan *plan = L->jg->plans[k];
        char *w = xstrndup(s, n);
        const char *near = dt_nearest(L, k, w);
        dg_emit(L->d, "E401", dt_span(L, &L->fl[L->col[C_KODE]]),
                "unknown code '%s': neither an indicator of %s nor a data series%s%s%s",
                w, plan->code, near ? _("; did you mean '") : "", near ? near : "",
                near ? "'?" : "");
        free(w);
    }
    return ok;
}

/* E404: a row of a year the plan does not read, said with the years it
 * does and what to do with the row. */
static void dt_row_year(Loader *L, const MPlan *plan, Period per)
{
    char buf[PD_BUFSZ], fix[96];
    int y = plan->tahun;
    if (per.year > y)
        snprintf(fix, sizeof fix, _("a row of %d belongs to the data of a plan of that year"), per.year);
    else
        snprintf(fix, sizeof fix, _("remove the row, or correct its year"));
    dg_emit(L->d, "E404", dt_span(L, &L->fl[L->col[C_PERIODE]]),
            "periode %s is outside the years plan %s reads: %d, its plan year, and %d-%d, "
            "the %d years of history before it; %s",
            pd_format(per, buf, sizeof buf), plan->code, y, y - PD_HISTORY, y - 1, PD_HISTORY, fix);
}

/* Reads the period; E403 / E404.  *back: how many years it lies before
 * the plan year (pd_years_back). */
static bool dt_row_period(Loader *L, MPlan *plan, Period *per, int *back)
{
    size_t n;
    const char *s = dt_text(L, C_PERIODE, &n);
    const DtField *f = &L->fl[L->col[C_PERIODE]];
    int y = plan->tahun;
    if (pd_parse(s, n, per) != 0) {
        dg_emit(L->d, "E403", dt_span(L, f),
                "periode '%.*s' is not a period; write the year %d, a semester "
                "%d-S1..%d-S2, a quarter %d-TW1..%d-TW4 or a month %d-01..%d-12",
                (int)(n > 40 ? 40 : n), s, y, y, y, y, y, y, y);
        return false;
    }
    char buf[PD_BUFSZ];
    if (per->year == 0) {
        Period fix = *per;
        fix.year = y;
        dg_emit(L->d, "E403", dt_span(L, f),
                "periode '%.*s' has no year; a data file writes %s",
                (int)n, s, pd_format(fix, buf, sizeof buf));
        return false;
    }
    if ((*back = pd_years_back(y, per->year)) < 0) {
        dt_row_year(L, plan, *per);
        return false;
    }
    return true;
}

/* "25.945": the shape of an Indonesian thousands group, which the
 * default format reads as a decimal. */
static bool dt_looks_grouped(const char *s, size_t n)
{
    const char *dot = memchr(s, '.', n);
    return dot && (size_t)(s + n - dot) == 4 && dot > s && dot - s <= 3;
}

/* "25,945" or "1,234,567.5": English thousands grouping. */
static bool dt_comma_grouped(const char *s, size_t n)
{
    size_t i = 0, run = 0, groups = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9')
        i++, run++;
    if (run == 0 || run > 3)
        return false;
    while (i < n && s[i] == ',') {
        size_t j = i + 1;
        while (j < n && s[j] >= '0' && s[j] <= '9')
            j++;
        if (j - i - 1 != 3)
            return false;
        i = j;
        groups++;
    }
    if (i < n && s[i] == '.')
        for (i++; i < n && s[i] >= '0' && s[i] <= '9'; i++)
            ;
    return groups > 0 && i == n;
}

/* The shape nearly every value has, [+-]digits[.digits] with at most 15
 * digits, as an integer mantissa m and its number of decimals d. */
static bool dt_digits(const char *s, size_t n, uint64_t *m, int *d)
{
    if (n == 0 || n > 16)
        return false;
    size_t i = s[0] == '-' || s[0] == '+', first = i;
    uint64_t v = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9')
        v = v * 10 + (uint64_t)(s[i++] - '0');
    size_t nint = i - first, ndec = 0;
    if (nint && i < n && s[i] == '.') {
        size_t f = ++i;
        while (i < n && s[i] >= '0' && s[i] <= '9')
            v = v * 10 + (uint64_t)(s[i++] - '0');
        ndec = i - f;
        nint = ndec ? nint : 0;
    }
    *m = v;
    *d = (int)ndec;
    return nint && i == n && nint + ndec <= 15;
}

/* nm_parse, with its fast path's arithmetic done in place for that shape:
 * an integer mantissa below 2^53 over an exact power of ten (Clinger),
 * the very double nm_parse returns; anything else is nm_parse's. */
static int dt_num(const char *s, size_t n, bool id_format, double *out)
{
    static const double p10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8,
                                 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    uint64_t m;
    int d;
    if (!id_format && dt_digits(s, n, &m, &d)) {
        double v = d ? (double)m / p10[d] : (double)m;
        *out = s[0] == '-' ? -v : v;
        return 0;
    }
    return nm_parse(s, n, id_format, out);
}

/* s[0..n) packed for the keyed store (dt_unpack gives dt_num's double
 * back), or 0 when it does not fit: m < 2^28, d <= 3. */
static uint32_t dt_pack(const char *s, size_t n, bool id_format)
{
    uint64_t m;
    int d;
    if (id_format || !dt_digits(s, n, &m, &d) || m >= (UINT64_C(1) << 28) || d > 3)
        return 0;
    return (uint32_t)m << 4 | (uint32_t)(s[0] == '-') << 3 | (uint32_t)d << 1 | 1;
}

/* Reads the value; E402.  Returns false on error; *kosong for empty. */
static bool dt_row_value(Loader *L, double *v, bool *kosong)
{
    size_t n;
    const char *s = dt_text(L, C_NILAI, &n);
    *kosong = n == 0;
    if (n == 0 || dt_num(s, n, L->opt->id_format, v) == 0)
        return true;
    const DtField *f = &L->fl[L->col[C_NILAI]];
    double other;
    bool other_ok = nm_parse(s, n, !L->opt->id_format, &other) == 0;
    int shown = (int)(n > 40 ? 40 : n);
    if (!L->opt->id_format && dt_comma_grouped(s, n)) {
        dg_emit(L->d, "E402", dt_span(L, f),
                "nilai '%.*s' is not a number: if ',' groups thousands, write the "
                "digits without it; if it is the decimal comma, read the file "
                "with --angka id", shown, s);
    } else if (!L->opt->id_format) {
        dg_emit(L->d, "E402", dt_span(L, f),
                "nilai '%.*s' is not a number (digits with '.' for decimals, "
                "e.g. 81.5)%s", shown, s,
                other_ok ? "; it looks like Indonesian number format: read the "
                           "file with --angka id" : "");
    } else {
        char buf[NM_BUFSZ];
        dg_emit(L->d, "E402", dt_span(L, f),
                "nilai '%.*s' is not a number in Indonesian format (--angka id: "
                "'.' groups thousands in threes, ',' marks decimals, e.g. 25.945 "
                "or 81,5)%s%s", shown, s,
                other_ok ? "; without --angka id it reads as " : "",
                other_ok ? nm_fmt(buf, sizeof buf, other, NM_JSON) : "");
    }
    return false;
}

/* E420: the nilai of an indicator of a tingkat unit is one of its levels
 * (or empty); *v its index. */
static bool dt_row_level(Loader *L, const DtTarget *t, double *v, bool *kosong)
{
    size_t n;
    const char *s = dt_text(L, C_NILAI, &n);
    *kosong = n == 0;
    int ix = lv_findn(t->unit, s, n);
    if (n == 0 || ix >= 0) {
        *v = ix;
        return true;
    }
    char list[256], word[72];
    snprintf(word, sizeof word, "%.*s", (int)(n > 64 ? 64 : n), s);
    const char *near = lv_nearest(t->unit, word);
    dg_emit(L->d, "E420", dt_span(L, &L->fl[L->col[C_NILAI]]),
            "nilai '%s' of %s is not a level of satuan '%s' (%s)%s%s%s", word, t->code, t->unit->name,
            lv_list(t->unit, list, sizeof list), near ? "; did you mean '" : "", near ? near : "", near ? "'?" : "");
    return false;
}

/* E407: a count unit takes whole numbers only. */
static bool dt_row_whole(Loader *L, const DtTarget *t, double v)
{
    if (!t->unit || t->unit->kind != UK_CACAH || nm_is_whole(v))
        return true;
    size_t n;
    const char *s = dt_text(L, C_NILAI, &n);
    double g;
    bool hint = !L->opt->id_format && dt_looks_grouped(s, n)
                && nm_parse(s, n, true, &g) == 0;
    char buf[NM_BUFSZ];
    dg_emit(L->d, "E407", dt_span(L, &L->fl[L->col[C_NILAI]]),
            "nilai %.*s of %s is not a whole number, but satuan '%s' counts%s%s%s",
            (int)(n > 40 ? 40 : n), s, t->code, t->unit->name,
            hint ? "; if it means " : "", hint ? nm_fmt(buf, sizeof buf, g, NM_PLAIN) : "",
            hint ? ", read the file with --angka id" : "");
    return false;
}

/* E414: a value outside its unit's range (a persen of 1075.8, an indeks
 * above its top) or a count below 0: a typing slip that would otherwise
 * become a capaian of 1,000 %. */
static void dt_row_range(Loader *L, const DtTarget *t, double v)
{
    const MUnit *u = t->unit;
    if (!u)
        return;
    size_t n;
    const char *s = dt_text(L, C_NILAI, &n);
    int shown = (int)(n > 40 ? 40 : n);
    char lb[NM_BUFSZ], hb[NM_BUFSZ];
    const DtField *f = &L->fl[L->col[C_NILAI]];
    if (u->kind == UK_CACAH && v < 0)
        dg_emit(L->d, "E414", dt_span(L, f), "nilai %.*s of %s is below 0, but satuan '%s' counts",
                shown, s, t->code, u->name);
    else if (u->has_range && (v < u->lo || v > u->hi))
        dg_emit(L->d, "E414", dt_span(L, f), "nilai %.*s of %s is outside the range %s..%s of satuan '%s'",
                shown, s, t->code, nm_fmt(lb, sizeof lb, u->lo, NM_PLAIN),
                nm_fmt(hb, sizeof hb, u->hi, NM_PLAIN), u->name);
}

/* Stores a row in its slot (the slot of its code for its year): E405
 * for a duplicate, E406 for an overlap. */
static void dt_row_store(Loader *L, int k, const DtTarget *t, int slot, Period per,
                         bool kosong, double v, int line)
{
    DtSrc prev;
    DtPut r = dt_put(L->jg, slot, pd_index(per), kosong, v,
                     (DtSrc){L->f->id, line}, &prev);
    if (r == DT_OK)
        return;
    char pb[PD_BUFSZ], qb[PD_BUFSZ];
    SrcFile *pf = src_get(L->src, prev.file);
    const char *path = pf ? pf->path : "?";
    const DtField *f = &L->fl[L->col[C_PERIODE]];
    if (r == DT_DUP) {
        bool ren = L->col[C_RENCANA] >= 0;
        dg_emit(L->d, "E405", dt_span(L, f),
                "duplicate row: %s %s%s%s was already given at %s:%d",
                t->code, pd_format(per, pb, sizeof pb), ren ? " of " : "",
                ren ? L->jg->plans[k]->code : "", path, prev.line);
        return;
    }
    /* name the earlier row's period too: read it back from the store */
    const char *what = "a period";
    const DtSlot *s = dt_slot(L->jg, slot);
    for (int i = 0; s && i < PD_NIDX; i++)
        if ((s->mask >> i & 1) && dt_src_at(s, dt_rank(s, i)).file == prev.file
            && dt_src_at(s, dt_rank(s, i)).line == prev.line)
            what = pd_format(pd_from_index(per.year, i), qb, sizeof qb);
    dg_emit(L->d, "E406", dt_span(L, f),
            "%s %s overlaps %s given at %s:%d; a period and a part of it "
            "would count twice", t->code, pd_format(per, pb, sizeof pb), what, path, prev.line);
}

/* E412: a field holding a NUL byte, shown with the NUL as \0: read as
 * text it would end there ("unknown code 'I1'; did you mean 'I1'?"). */
static void dt_row_nul(Loader *L)
{
    for (int i = 0; i < L->nf && i < L->ncols; i++) {
        const DtField *f = &L->fl[i];
        if (!memchr(f->p, '\0', f->len))
            continue;
        const char *name = NULL;
        for (int c = 0; c < C_N; c++)
            if (L->col[c] == i)
                name = dt_colname[c];
        char shown[64];
        size_t k = 0;
        for (size_t j = 0; j < f->len && k + 3 < sizeof shown; j++) {
            if (f->p[j] == '\0') {
                shown[k++] = '\\';
                shown[k++] = '0';
            } else {
                shown[k++] = f->p[j];
            }
        }
        shown[k] = '\0';
        char col[32];
        snprintf(col, sizeof col, _("column %d"), i + 1);
        dg_emit(dt_plain(L), "E412", dt_span(L, f),
                "%s '%s' holds a NUL byte; a data file is text, so this one is damaged "
                "or not a CSV file: remove the byte, or export the data again as CSV UTF-8",
                name ? name : col, shown);
        return;
    }
}

/* The separator's name in a message: a tab is not printable. */
static const char *dt_sep_name(char c)
{
    return c == '\t' ? _("a tab") : c == ';' ? "';'" : "','";
}

/* E409 with the likely cause as its hint: a text holding the separator
 * unquoted, a separator at the end of the row that the header lacks, or
 * a row written with another separator than the header's (a file pasted
 * together from two spreadsheets). */
static void dt_row_count_error(Loader *L, Span sp, bool more)
{
    bool trailing = more && L->nf == L->ncols + 1 && L->fl[L->ncols].len == 0;
    char other = 0;
    for (int i = 0; !more && i < L->nf && !other; i++)
        for (size_t j = 0; j < L->fl[i].len && !other; j++) {
            char c = L->fl[i].p[j];
            if (!L->fl[i].quoted && c != L->sep && (c == ',' || c == ';' || c == '\t'))
                other = c;
        }
    const char *fields = L->nf == 1 ? "field" : "fields";
    if (trailing)
        dg_emit(dt_plain(L), "E409", sp, "this row has %d %s but the header has %d: the row "
                "ends with a separator; remove it, or end the header line with one too",
                L->nf, fields, L->ncols);
    else if (more)
        dg_emit(dt_plain(L), "E409", sp, "this row has %d %s but the header has %d "
                "(a text containing %s must be quoted)", L->nf, fields, L->ncols, dt_sep_name(L->sep));
    else if (other)
        dg_emit(dt_plain(L), "E409", sp, "this row has %d %s but the header has %d: the row "
                "seems separated by %s, the header by %s; use one separator in the whole file",
                L->nf, fields, L->ncols, dt_sep_name(other), dt_sep_name(L->sep));
    else
        dg_emit(dt_plain(L), "E409", sp, "this row has %d %s but the header has %d",
                L->nf, fields, L->ncols);
}

/* E409: a row has the header's number of fields; a row with a quoting
 * error (already reported) is skipped too, and one holding a NUL (E412). */
static bool dt_row_fields(Loader *L)
{
    if (L->nf != L->ncols) {
        bool more = L->nf > L->ncols;
        /* too many: at the first extra field; too few: at the row's end */
        Span sp = more ? dt_span(L, &L->fl[L->ncols])
                       : dt_span_at(L, L->rec_end, L->rec_end_lstart,
                                    L->rec_end_line, 0);
        dt_row_count_error(L, sp, more);
        return false;
    }
    if (L->rec_nul && !L->rec_bad) {
        dt_row_nul(L);
        return false;
    }
    return !L->rec_bad;
}

static void dt_row(Loader *L, int line)
{
    if (!dt_row_fields(L))
        return;
    int k = dt_row_plan(L);
    if (k < 0)
        return;
    MPlan *plan = L->jg->plans[k];
    DtTarget t = {0};
    Period per;
    double v = 0;
    bool kosong = false;
    int back = 0;
    bool code_ok = dt_row_code(L, k, &t);
    bool per_ok = dt_row_period(L, plan, &per, &back);
    bool val_ok = code_ok && lv_is(t.unit) ? dt_row_level(L, &t, &v, &kosong) : dt_row_value(L, &v, &kosong);
    if (!code_ok || !val_ok)
        return;
    if (!kosong && dt_row_whole(L, &t, v))   /* the row is kept: later duplicates still count */
        dt_row_range(L, &t, v);
    if (per_ok)
        dt_row_store(L, k, &t, dt_judge_slot(L->jg, t.slot, back), per, kosong, v, line);
}

/* ================================================================ */
/* Loading.                                                           */

/* Lines that end in a lone CR (old Mac exports): each lone CR becomes
 * the LF it means, in the file's text, so that rows, line numbers and the
 * source lines shown agree.  A file is taken to end its lines so when its
 * first line does; a mapped file is read into memory first.  Files whose
 * lines end in LF or CRLF are left as they are. */
static void dt_cr_lines(SrcFile *f)
{
    const char *lf = memchr(f->text, '\n', f->len);
    const char *cr = memchr(f->text, '\r', lf ? (size_t)(lf - f->text) : f->len);
    if (!cr || (cr + 1 < f->text + f->len && cr[1] == '\n'))
        return;
    if (f->maplen) {
        char *copy = xmalloc(f->len + 1);
        memcpy(copy, f->text, f->len);
        copy[f->len] = '\0';
        munmap(f->text, f->maplen);
        f->maplen = 0;
        f->text = copy;
    }
    for (char *q = f->text, *end = f->text + f->len; (q = memchr(q, '\r', (size_t)(end - q))); q++)
        if (q + 1 == end || q[1] != '\n')
            *q = '\n';
    free(f->line_start);            /* built on the old lines, if at all */
    f->line_start = NULL;
    f->nlines = 0;
}

static void dt_loader_init(Loader *L, SrcFile *f)
{
    dt_cr_lines(f);
    L->f = f;
    L->t = f->text;
    L->end = f->text + f->len;
    L->p = L->t;
    if (f->len >= 3 && memcmp(L->t, "\xEF\xBB\xBF", 3) == 0)
        L->p += 3;                /* columns count from after the BOM */
    L->lstart = L->p;
    L->line = 1;
    L->last_k = -1;
    L->last_code_k = -1;
    L->last_ren_len = L->last_code_len = (size_t)-1;
    L->cands_k = -1;
    L->near_budget = DT_NEAR_BUDGET;
    for (int c = 0; c < C_N; c++)
        sb_init(&L->scratch[c]);
}

static void dt_set_sep(Loader *L)
{
    L->sep = dt_find_sep(L->p, L->end);
    memset(L->stop, 0, sizeof L->stop);
    L->stop[(unsigned char)L->sep] = 1;
    L->stop['\n'] = L->stop['\r'] = L->stop['\0'] = 1;
}

static size_t dt_line_len(const char *p, size_t n)
{
    const char *nl = memchr(p, '\n', n);
    return nl ? (size_t)(nl - p) : n;
}

/* E411: a file that is not CSV text at all, told by its first bytes. */
static bool dt_not_text(Loader *L)
{
    size_t n = (size_t)(L->end - L->p);
    const char *why = NULL;
    Utf8Check c;
    utf8_check(L->p, n < 128 ? n : 128, &c);
    if (c.utf16)
        why = "it is UTF-16 text (what Excel saves as 'Unicode Text'), not UTF-8: save it as "
              "UTF-8 ('CSV UTF-8' in Excel's Save As)";
    else if (n >= 4 && (memcmp(L->p, "PK\3\4", 4) == 0 || memcmp(L->p, "\xD0\xCF\x11\xE0", 4) == 0))
        why = "it is a spreadsheet (.xlsx, .xls or .ods), not a CSV file: save it as "
              "'CSV UTF-8' in Excel's Save As";
    else if (memchr(L->p, '\0', dt_line_len(L->p, n)))
        why = "its first line holds NUL bytes, which text does not: save it as CSV UTF-8";
    if (!why)
        return false;
    dg_emit(dt_plain(L), "E411", dt_span_at(L, L->p, L->p, 1, 0), "the data file cannot be read: %s", why);
    return true;
}

/* The header: the first record that is not blank. */
#define DT_MAXCOLS 256
static bool dt_header(Loader *L)
{
    L->fl = xcalloc(DT_MAXCOLS + 1, sizeof *L->fl);
    if (dt_not_text(L))
        return false;
    for (;;) {
        while (L->p < L->end && (*L->p == '\n' || *L->p == '\r')) {
            if (*L->p++ == '\n')
                dt_newline(L, L->p);
        }
        dt_set_sep(L);
        if (!dt_record(L, DT_MAXCOLS + 1)) {
            if (L->fatal)
                return false;
            dg_emit(dt_plain(L), "E408", dt_span_at(L, L->p, L->lstart, L->line, 0), "the data file has no header row; the "
                    "first line names the columns: kode, periode, nilai "
                    "(and optionally rencana, pelaksana, keterangan)");
            return false;
        }
        if (L->rec_text || L->nf > 1)
            return dt_columns(L, DT_MAXCOLS);
    }
}

/* Judges every row of one file against the plans at fault (dt_report). */
static void dt_judge_file(DtJudge *jg, SrcFile *f, const DtOptions *opt, DgList *d, DgList *quiet)
{
    Loader L = {0};
    L.jg = jg;
    L.opt = opt;
    L.d = d;
    L.quiet = quiet;
    L.src = opt->src;
    dt_loader_init(&L, f);
    if (dt_header(&L)) {
        int keep = L.ncols + 1;
        for (;;) {
            int line = L.line;
            if (!dt_record(&L, keep))
                break;
            if (!L.rec_text)
                continue;         /* blank line, or ",,," from a spreadsheet */
            dt_row(&L, line);
        }
    }
    free(L.fl);
    dt_near_free(&L);
    for (int c = 0; c < C_N; c++)
        sb_free(&L.scratch[c]);
}

/* ================================================================ */
/* Keyed reading (data.h, "keyed mode").                             */

struct DtKeyScan {
    Loader L;               /* after the header: separator and columns */
    DtOptions opt;
    size_t start;
    int line;
};

static DtKeyScan *dt_key_open(SrcFile *f, const DtOptions *opt, DgList *d)
{
    if (f->id > UINT16_MAX) {     /* records keep file ids in 16 bits */
        dg_emit(d, "E400", SPAN_NONE, "too many files loaded (%d)", f->id + 1);
        d->limit = true;
        return NULL;
    }
    DtKeyScan *sc = xcalloc(1, sizeof *sc);
    sc->opt = *opt;
    Loader *L = &sc->L;
    L->opt = &sc->opt;
    L->d = d;
    L->src = opt->src;
    dt_loader_init(L, f);
    bool ok = dt_header(L);
    free(L->fl);
    L->fl = NULL;
    for (int c = 0; c < C_N; c++)
        sb_free(&L->scratch[c]);
    L->d = NULL;
    if (!ok) {
        free(sc);
        return NULL;
    }
    sc->start = (size_t)(L->p - L->t);
    sc->line = L->line;
    return sc;
}

static size_t dt_key_start(const DtKeyScan *sc, int *line)
{
    *line = sc->line;
    return sc->start;
}

static void dt_key_close(DtKeyScan *sc)
{
    free(sc);
}

/* s[0..n) == t[0..n), for the few bytes of a code. */
static bool dt_same(const char *s, const char *t, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != t[i])
            return false;
    return true;
}

static bool dt_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* The pd_index of a data file's period and its year, or -1 when it is
 * none or has no year (pd_parse), with a dated month ("2025-03", what
 * monthly exports hold) read in place. */
static int dt_period(const char *s, size_t n, int *year)
{
    if (n == 7 && s[4] == '-' && s[0] >= '1' && s[0] <= '9' && dt_digit(s[1]) && dt_digit(s[2])
        && dt_digit(s[3]) && dt_digit(s[5]) && dt_digit(s[6])) {
        int m = (s[5] - '0') * 10 + (s[6] - '0');
        if (m >= 1 && m <= 12) {
            *year = ((s[0] - '0') * 10 + (s[1] - '0')) * 100 + (s[2] - '0') * 10 + (s[3] - '0');
            return PD_IDX_MONTH(m);
        }
    }
    Period p;
    if (pd_parse(s, n, &p) != 0 || p.year == 0)
        return -1;
    *year = p.year;
    return pd_index(p);
}

/* The record of a row of (plan, kode text s[0..n), year): the record
 * after the last row's when it is that one, since an export lists a
 * plan's codes in the same order every period; else by the index. */
static DtRec *dt_key_rec(Loader *L, uint32_t plan, const char *s, size_t n, int year, int line)
{
    DtKeyed *k = L->ds->keyed;
    uint32_t next = L->last_rec + 1;
    if (L->last_rec != UINT32_MAX && next < k->nrec && k->rec[next].plan == plan
        && k->rec[next].year == year) {
        const DtName *e = k->kodes.v[k->rec[next].kode];
        if (e->len == n && dt_same(e->s, s, n))
            return &k->rec[next];
    }
    return dt_rec_get(k, plan, dt_name(&k->kodes, s, n, true), year, L->f->id, line);
}

/* One row: its period (whose year is part of the key), its record, then
 * the value.  The checks that need the plan are left to the caller
 * (data.h); a row whose period cannot be read marks the record of its
 * code without a year. */
static void dt_key_row(Loader *L, int line)
{
    if (!dt_row_fields(L))
        return;
    DtKeyed *k = L->ds->keyed;
    size_t n = 0;
    const char *s = L->opt->rencana ? L->opt->rencana : "";
    uint32_t plan;
    if (L->col[C_RENCANA] >= 0)
        s = dt_text(L, C_RENCANA, &n);
    else
        n = strlen(s);
    if (n == L->last_ren_len && dt_same(s, L->last_ren, n)) {
        plan = L->last_key_plan;
    } else {
        plan = dt_name(&k->plans, s, n, true);
        if (n < sizeof L->last_ren) {
            memcpy(L->last_ren, s, n);
            L->last_ren_len = n;
            L->last_key_plan = plan;
        }
    }
    int year = 0;
    s = dt_text(L, C_PERIODE, &n);
    int idx = dt_period(s, n, &year);
    if (idx < 0)
        year = 0;
    s = dt_text(L, C_KODE, &n);
    DtRec *r = dt_key_rec(L, plan, s, n, year, line);
    L->last_rec = (uint32_t)(r - k->rec);
    size_t vn;
    const char *vs = dt_text(L, C_NILAI, &vn);
    double v = 0;
    bool kosong = vn == 0;
    uint32_t code = kosong ? 0 : dt_pack(vs, vn, L->opt->id_format);
    if (idx < 0 || (!kosong && !code && dt_num(vs, vn, L->opt->id_format, &v) != 0)) {
        if (idx >= 0 && dt_level_word(vs, vn)) {    /* a level: its unit judges it (dt_rec_bad) */
            if (!dt_rec_put_level(k, r, idx, dt_name(&k->kodes, vs, vn, true)))
                r->flags |= DT_KEY_CLASH;
            return;
        }
        r->flags |= DT_KEY_BAD;
        return;
    }
    if (!dt_rec_put(k, r, idx, kosong, v, code))
        r->flags |= DT_KEY_CLASH;
}

/* Pages of the text read so far are handed back every few MB. */
#define DT_RELEASE ((size_t)2 << 20)

static size_t dt_key_read(const DtKeyScan *sc, DataStore *ds, size_t from, size_t to,
                          int line, int *end_line, DgList *d)
{
    if (!ds->keyed)
        ds->keyed = dt_keyed();
    Loader L = sc->L;
    L.ds = ds;
    L.d = d;
    L.opt = (DtOptions *)&sc->opt;     /* read only */
    L.p = L.lstart = L.t + from;
    L.line = line;
    L.fatal = false;
    L.last_ren_len = (size_t)-1;
    L.last_rec = UINT32_MAX;
    L.fl = xcalloc((size_t)L.ncols + 2, sizeof *L.fl);
    for (int c = 0; c < C_N; c++)
        sb_init(&L.scratch[c]);
    const char *stop = L.t + to;
    size_t done = from;
    int keep = L.ncols + 1;
    while (L.p < stop) {
        int ln = L.line;
        if (!dt_record(&L, keep))
            break;
        if (L.rec_text)
            dt_key_row(&L, ln);
        size_t at = (size_t)(L.p - L.t);
        if (at - done >= DT_RELEASE) {
            src_release(L.f, done, at);
            done = at;
        }
    }
    size_t at = (size_t)(L.p - L.t);
    src_release(L.f, done, at);
    *end_line = L.line;
    free(L.fl);
    for (int c = 0; c < C_N; c++)
        sb_free(&L.scratch[c]);
    return at;
}

/* ================================================================ */
/* Reading (data.h).                                                  */

/* Files smaller than this are read on one thread. */
#define DT_SPLIT_MIN ((size_t)4 << 20)

typedef struct DtPart {
    const DtKeyScan *sc;
    DataStore ds;
    DgList d;
    size_t from, to, end;
    int line;
} DtPart;

static void *dt_part(void *arg)
{
    DtPart *p = arg;
    p->end = dt_key_read(p->sc, &p->ds, p->from, p->to, 1, &p->line, &p->d);
    return NULL;
}

/* In two halves when the file is big, the second read from the first line
 * break after the middle.  If a record runs over that line break (a
 * quoted field holding one), the second half's work is thrown away and
 * the first goes on: the split never changes what is read. */
int dt_read(DataStore *ds, SrcFile *f, const DtOptions *opt, DgList *d)
{
    int nerr = d->nerr;
    DtKeyScan *sc = dt_key_open(f, opt, d);
    if (!sc)
        return 1;
    int line;
    size_t at = dt_key_start(sc, &line), len = f->len;
    const char *nl = len - at >= DT_SPLIT_MIN ? memchr(f->text + at + (len - at) / 2, '\n', (len - at) / 2) : NULL;
    if (nl && (size_t)(nl + 1 - f->text) < len) {
        DtPart b;
        memset(&b, 0, sizeof b);
        b.sc = sc;
        b.from = (size_t)(nl + 1 - f->text);
        b.to = len;
        dt_init(&b.ds);
        dg_init(&b.d);
        pthread_t th;
        bool two = i18n_thread(&th, dt_part, &b) == 0;
        at = dt_key_read(sc, ds, at, b.from, line, &line, d);
        if (two)
            pthread_join(th, NULL);
        if (two && at == b.from) {
            int delta = line - 1;
            dt_key_merge(ds, &b.ds, delta);
            for (int k = 0; k < b.d.n; k++) {
                Diag *g = &b.d.v[k];
                dg_add(d, g->sev, g->code, g->span, "%s", g->msg);
            }
            d->limit |= b.d.limit;
            at = len;
            line = b.line + delta;
        }
        dt_free(&b.ds);
        dg_free(&b.d);
    }
    if (at < len)
        dt_key_read(sc, ds, at, len, line, &line, d);
    dt_key_close(sc);
    return d->nerr > nerr ? 1 : 0;
}

DtPut dt_key_put(DataStore *ds, const char *rencana, const char *kode, int year, int idx,
                 bool kosong, double v, DtSrc src)
{
    if (!ds->keyed)
        ds->keyed = dt_keyed();
    DtKeyed *k = ds->keyed;
    size_t pn = strlen(rencana), kn = strlen(kode);
    uint32_t plan = dt_name(&k->plans, rencana, pn, true);
    DtRec *r = dt_rec_get(k, plan, dt_name(&k->kodes, kode, kn, true), year, src.file, src.line);
    uint32_t bit = 1u << idx;
    if (r->mask & bit)
        return DT_DUP;
    if (!kosong && (r->mask & ~r->empty & pd_mask_overlapping(idx)))
        return DT_OVERLAP;
    dt_rec_put(k, r, idx, kosong, v, 0);
    return DT_OK;
}

DtPut dt_key_put_level(DataStore *ds, const char *rencana, const char *kode, int year, int idx,
                       const char *level, DtSrc src)
{
    if (!ds->keyed)
        ds->keyed = dt_keyed();
    DtKeyed *k = ds->keyed;
    DtRec *r = dt_rec_get(k, dt_name(&k->plans, rencana, strlen(rencana), true),
                          dt_name(&k->kodes, kode, strlen(kode), true), year, src.file, src.line);
    uint32_t bit = 1u << idx;
    if (r->mask & bit)
        return DT_DUP;
    if (r->mask & ~r->empty & pd_mask_overlapping(idx))
        return DT_OVERLAP;
    dt_rec_put_level(k, r, idx, dt_name(&k->kodes, level, strlen(level), true));
    return DT_OK;
}

/* ================================================================ */
/* Views (data.h).                                                    */

/* A record of an indicator of a tingkat unit, or one holding levels: at
 * fault unless it holds only levels of that unit (or kosong). */
static bool dt_rec_levels_bad(const DataStore *ds, int rec, const MUnit *u, const DtKeyInfo *k)
{
    if ((k->flags & (DT_KEY_BAD | DT_KEY_CLASH)) || !lv_is(u))
        return true;
    if (!(k->flags & DT_KEY_LEVEL))
        return (k->mask & ~k->empty) != 0;      /* numbers for levels */
    DtIter it;
    DtObs o;
    for (dt_iter(ds, rec, &it); dt_next(&it, &o);)
        if (o.level && lv_find(u, o.level) < 0)
            return true;
    return false;
}

/* A value of the record outside its unit's range, or a count below 0
 * (E414): judged here, at binding, because the store is read before any
 * unit is known. */
static bool dt_rec_out_of_range(const DataStore *ds, int rec, const MUnit *u)
{
    if (!u || (u->kind != UK_CACAH && !u->has_range))
        return false;
    const DtRec *r = dt_rec(ds, rec);
    const uint32_t *vals = dt_vals(ds->keyed, r->val);
    for (int rank = 0; rank < r->n; rank++) {
        double v = dt_rec_value(vals, r->wide, rank, false);
        if (isnan(v))
            continue;           /* kosong */
        if ((u->kind == UK_CACAH && v < 0) || (u->has_range && (v < u->lo || v > u->hi)))
            return true;
    }
    return false;
}

/* A record the plan cannot take as it is: marked while reading, a
 * fraction for a count, or a value outside its unit's range. */
static bool dt_rec_bad(const DataStore *ds, int rec, const MUnit *u)
{
    DtKeyInfo k;
    if (!dt_key_info(ds, rec, &k))
        return false;
    if (lv_is(u) || (k.flags & DT_KEY_LEVEL))
        return dt_rec_levels_bad(ds, rec, u, &k);
    return (k.flags & ~DT_KEY_FRAC) || ((k.flags & DT_KEY_FRAC) && u && u->kind == UK_CACAH)
           || dt_rec_out_of_range(ds, rec, u);
}

/* How many years a plan of `tahun` reads from the records of plan id
 * pid: its own, and the history years its rows reach (the index knows
 * the span of its records' years, so a plan without history looks each
 * code up once, as before history was read). */
static int dt_view_years(const DataStore *ds, int pid, int tahun)
{
    if (!ds->keyed || pid < 0 || (uint32_t)pid >= ds->keyed->npix)
        return 1;
    const DtPlanIx *x = &ds->keyed->pix[pid];
    if (!x->ylo || x->ylo >= tahun || x->yhi < tahun - PD_HISTORY)
        return 1;
    int back = tahun - x->ylo;
    return 1 + (back < PD_HISTORY ? back : PD_HISTORY);
}

/* The records of one code for each year the view reads, into out[0..
 * years), the plan year's first; the number found. */
static int dt_bind_code(const DtView *v, int pid, const char *code, int tahun, int hint, int *out)
{
    uint32_t kid = dt_key_kode(v->ds, code, hint);
    int found = 0;
    for (int back = 0; back < v->years; back++) {
        int r = dt_key_find(v->ds, pid, kid, tahun - back, back ? -1 : hint);
        out[back] = r;
        if (r >= 0)
            found++;
    }
    return found;
}

static bool dt_bind_bad(const DtView *v, const int *recs, const MUnit *u)
{
    bool bad = false;
    for (int back = 0; back < v->years; back++)
        bad |= recs[back] >= 0 && dt_rec_bad(v->ds, recs[back], u);
    return bad;
}

/* The rows of the plan's budgeted elements (programs, kegiatan and
 * subkegiatan, by code: rupiah, any real), of each year the view reads
 * (the history years are claimed, though only the plan year's are
 * summed); the number claimed. */
static int dt_bind_elements(DtView *v, const MPlan *pl, int pid, Arena *ar)
{
    int claimed = 0;
    v->el = ar_alloc(ar, ((size_t)pl->nels * (size_t)v->years + 1) * sizeof *v->el);
    for (int i = 0; i < pl->nels; i++) {
        const MSas *el = pl->els[i];
        int *recs = v->el + (size_t)el->pos * (size_t)v->years;
        for (int back = 0; back < v->years; back++)
            recs[back] = -1;
        if (!el_budgets(el->kind) || sm_ind(pl, el->code))
            continue;           /* an indicator of the same code takes its rows */
        claimed += dt_bind_code(v, pid, el->code, pl->tahun, -1, recs);
        v->bad |= dt_bind_bad(v, recs, NULL);
    }
    return claimed;
}

void dt_bind(DtView *v, const DataStore *ds, const Model *m, const MPlan *pl, Arena *ar)
{
    int pid = dt_key_plan(ds, pl->code), claimed = 0, hint = -1;
    v->ds = ds;
    v->years = dt_view_years(ds, pid, pl->tahun);
    v->ind = ar_alloc(ar, ((size_t)pl->ninds * (size_t)v->years + 1) * sizeof *v->ind);
    v->ser = ar_alloc(ar, ((size_t)m->nseries * (size_t)v->years + 1) * sizeof *v->ser);
    v->bad = false;
    for (int i = 0; i < pl->ninds; i++) {
        const MInd *ind = pl->inds[i];
        int *recs = v->ind + (size_t)ind->pos * (size_t)v->years;
        claimed += dt_bind_code(v, pid, ind->code, pl->tahun, hint, recs);
        hint = recs[0] >= 0 ? recs[0] + 1 : -1;
        v->bad |= dt_bind_bad(v, recs, ind->unit);
    }
    for (int i = 0; i < m->nseries; i++) {
        const MSeries *se = m->series_list[i];
        int *recs = v->ser + (size_t)se->id * (size_t)v->years;
        /* an indicator of the same code takes its rows */
        if (sm_ind(pl, se->name)) {
            for (int back = 0; back < v->years; back++)
                recs[back] = -1;
            continue;
        }
        claimed += dt_bind_code(v, pid, se->name, pl->tahun, -1, recs);
        v->bad |= dt_bind_bad(v, recs, se->unit);
    }
    claimed += dt_bind_elements(v, pl, pid, ar);
    /* a record of the plan that nothing claims is an unknown code, or of
     * a year the plan does not read */
    v->bad |= claimed < dt_key_nrec(ds, pid);
}

/* ================================================================ */
/* The plans at fault (data.h).                                       */

typedef struct DtShInd {
    const char *code, *unit;
    UnitKind kind;
    bool has_unit, has_range;
    double lo, hi;
    const char **levels;        /* a tingkat unit's */
    int nlevels;
} DtShInd;

struct DtShadow {
    Arena *ar;
    long order;
    const char *code;
    PlanKind kind;
    int tahun;
    DtShInd *inds, *ser;
    int ninds, nser;
};

static DtShInd dt_sh_ind(Arena *a, const char *code, const MUnit *u)
{
    DtShInd s = {ar_strdup(a, code), u ? ar_strdup(a, u->name) : NULL, u ? u->kind : UK_ANGKA, u != NULL, u && u->has_range, u ? u->lo : 0, u ? u->hi : 0, NULL, 0};
    if (lv_is(u) && u->nlevels) {
        s.levels = ar_alloc(a, (size_t)u->nlevels * sizeof *s.levels);
        for (int i = 0; i < u->nlevels; i++)
            s.levels[i] = ar_strdup(a, u->levels[i]);
        s.nlevels = u->nlevels;
    }
    return s;
}

DtShadow *dt_shadow(const Model *m, const MPlan *pl, long order)
{
    Arena *a = ar_new();
    DtShadow *s = ar_alloc(a, sizeof *s);
    s->ar = a;
    s->order = order;
    s->code = ar_strdup(a, pl->code);
    s->kind = pl->kind;
    s->tahun = pl->tahun;
    s->inds = ar_alloc(a, ((size_t)pl->ninds + pl->nels + 1) * sizeof *s->inds);
    for (int i = 0; i < pl->ninds; i++)
        s->inds[s->ninds++] = dt_sh_ind(a, pl->inds[i]->code, pl->inds[i]->unit);
    /* a budgeted element's rows are judged as an indicator's without a unit */
    for (int i = 0; i < pl->nels; i++)
        if (el_budgets(pl->els[i]->kind))
            s->inds[s->ninds++] = dt_sh_ind(a, pl->els[i]->code, NULL);
    s->ser = ar_alloc(a, ((size_t)m->nseries + 1) * sizeof *s->ser);
    for (int i = 0; i < m->nseries; i++)
        s->ser[s->nser++] = dt_sh_ind(a, m->series_list[i]->name, m->series_list[i]->unit);
    return s;
}

void dt_shadow_free(DtShadow *s)
{
    if (s)
        ar_free(s->ar);
}

static MUnit *dt_sh_unit(Arena *a, const DtShInd *s)
{
    if (!s->has_unit)
        return NULL;
    MUnit *u = ar_alloc(a, sizeof *u);
    u->name = s->unit;
    u->kind = s->kind;
    u->has_range = s->has_range;
    u->lo = s->lo;
    u->hi = s->hi;
    u->levels = s->levels;
    u->nlevels = s->nlevels;
    return u;
}

static int dt_sh_cmp(const void *pa, const void *pb)
{
    const DtShadow *a = *(DtShadow *const *)pa, *b = *(DtShadow *const *)pb;
    return (a->order > b->order) - (a->order < b->order);
}

/* The shadows as the small Model and plans the judge reads. */
void dt_report(DtShadow *const *shs, int n, SrcFile *const *files, int nfiles,
               const DtOptions *opt, DgList *d)
{
    if (n == 0)
        return;
    DtShadow **sh = xmalloc((size_t)n * sizeof *sh);
    memcpy(sh, shs, (size_t)n * sizeof *sh);
    qsort(sh, (size_t)n, sizeof *sh, dt_sh_cmp);
    Arena *a = ar_new();
    Model m;
    memset(&m, 0, sizeof m);
    m.arena = a;
    m.src = opt->src;
    m.series_list = ar_alloc(a, ((size_t)sh[0]->nser + 1) * sizeof *m.series_list);
    for (int i = 0; i < sh[0]->nser; i++) {
        MSeries *se = ar_alloc(a, sizeof *se);
        se->name = sh[0]->ser[i].code;
        se->unit = dt_sh_unit(a, &sh[0]->ser[i]);
        se->id = m.nseries;
        m.series_list[m.nseries++] = se;
        HASH_ADD_KEYPTR(hh, m.series, se->name, strlen(se->name), se);
    }
    MPlan **plans = ar_alloc(a, (size_t)n * sizeof *plans);
    for (int k = 0; k < n; k++) {
        MPlan *p = plans[k] = ar_alloc(a, sizeof *p);
        p->code = sh[k]->code;
        p->kind = sh[k]->kind;
        p->tahun = sh[k]->tahun;
        p->inds = ar_alloc(a, ((size_t)sh[k]->ninds + 1) * sizeof *p->inds);
        for (int i = 0; i < sh[k]->ninds; i++) {
            MInd *ind = ar_alloc(a, sizeof *ind);
            ind->code = sh[k]->inds[i].code;
            ind->plan = p;
            ind->unit = dt_sh_unit(a, &sh[k]->inds[i]);
            ind->pos = i;
            p->inds[p->ninds++] = ind;
            MInd *old;
            HASH_FIND_STR(p->ind_by_code, ind->code, old);
            if (!old)
                HASH_ADD_KEYPTR(hh, p->ind_by_code, ind->code, strlen(ind->code), ind);
        }
    }
    DtJudge jg;
    dt_judge_init(&jg, &m, plans, n);
    DgList quiet;               /* what needs no plan was reported while reading */
    dg_init(&quiet);
    DtOptions o = *opt;
    o.nplans = n;
    for (int i = 0; i < nfiles; i++)
        dt_judge_file(&jg, files[i], &o, d, &quiet);
    dg_free(&quiet);
    dt_judge_free(&jg);
    for (int k = 0; k < n; k++)
        HASH_CLEAR(hh, plans[k]->ind_by_code);
    HASH_CLEAR(hh, m.series);
    ar_free(a);
    free(sh);
}

/* ================================================================ */
/* Where each observation came from (data.h).                         */

void dt_locate(const DataStore *ds, int rec, SrcFile *const *files, int nfiles,
               const DtOptions *opt, DtSrc out[PD_NIDX])
{
    for (int i = 0; i < PD_NIDX; i++)
        out[i] = (DtSrc){-1, 0};
    DtKeyInfo k;
    if (!dt_key_info(ds, rec, &k))
        return;
    size_t rn = strlen(k.rencana), kn = strlen(k.kode);
    DgList quiet;               /* reported when the file was read */
    dg_init(&quiet);
    for (int fi = 0; fi < nfiles; fi++) {
        Loader L = {0};
        L.opt = opt;
        L.d = &quiet;
        L.src = opt->src;
        dt_loader_init(&L, files[fi]);
        if (dt_header(&L)) {
            int keep = L.ncols + 1;
            for (;;) {
                int line = L.line;
                if (!dt_record(&L, keep))
                    break;
                if (!L.rec_text || L.nf != L.ncols || L.rec_bad || L.rec_nul)
                    continue;
                size_t n = 0, pn = 0;
                const char *s = opt->rencana ? opt->rencana : "";
                n = strlen(s);
                if (L.col[C_RENCANA] >= 0)
                    s = dt_text(&L, C_RENCANA, &n);
                if (n != rn || memcmp(s, k.rencana, n) != 0)
                    continue;
                s = dt_text(&L, C_KODE, &n);
                if (n != kn || memcmp(s, k.kode, n) != 0)
                    continue;
                const char *ps = dt_text(&L, C_PERIODE, &pn);
                int year, idx = dt_period(ps, pn, &year);
                if (idx >= 0 && year == k.year && out[idx].file < 0)
                    out[idx] = (DtSrc){files[fi]->id, line};
            }
        }
        free(L.fl);
        for (int c = 0; c < C_N; c++)
            sb_free(&L.scratch[c]);
    }
    dg_free(&quiet);
}

bool dt_rencana_any(const DataStore *ds, int file, bool (*pred)(void *ctx, const char *name), void *ctx)
{
    const DtKeyed *k = ds->keyed;
    if (!k)
        return false;
    uint32_t last = UINT32_MAX;     /* a file's records come in runs of a plan */
    for (uint32_t i = 0; i < k->nrec; i++) {
        const DtRec *r = &k->rec[i];
        if (r->file != file || r->plan == last)
            continue;
        last = r->plan;
        if (pred(ctx, dt_name_str(&k->plans, r->plan)))
            return true;
    }
    return false;
}

int dt_rencana_names(const DataStore *ds, int file, const char **out, int max)
{
    const DtKeyed *k = ds->keyed;
    if (!k)
        return 0;
    bool *seen = xcalloc((size_t)k->plans.n + 1, sizeof *seen);
    int n = 0;
    for (uint32_t i = 0; i < k->nrec; i++) {
        const DtRec *r = &k->rec[i];
        if (r->file != file || seen[r->plan])
            continue;
        seen[r->plan] = true;
        if (n < max)
            out[n] = dt_name_str(&k->plans, r->plan);
        n++;
    }
    free(seen);
    return n;
}
