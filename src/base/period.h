/*
 * period.h - periods of a plan year (the Period type): parsing
 * the data/CLI forms, month spans, containment and overlap, a dense
 * index 0..18 within a year, and formatting.
 */
#ifndef RKT_PERIOD_H
#define RKT_PERIOD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Periods: a year, a semester, a quarter or a month of a year.  `year`
 * is 0 when written without one (TW2 inside a plan of known year). */
typedef enum { P_YEAR, P_SEM, P_TW, P_MONTH } PeriodKind;
typedef struct Period {
    PeriodKind kind;
    int year;
    int n;              /* 1..2, 1..4, 1..12; 0 for P_YEAR */
} Period;

/* Dense index within a year: 0 the year, 1-2 semesters, 3-6 quarters,
 * 7-18 months. */
#define PD_NIDX 19
#define PD_IDX_YEAR 0
#define PD_IDX_SEM(n) (n)            /* n = 1..2 */
#define PD_IDX_TW(n) (2 + (n))       /* n = 1..4 */
#define PD_IDX_MONTH(n) (6 + (n))    /* n = 1..12 */

/* Big enough for any pd_format result. */
#define PD_BUFSZ 16

/* Parses s[0..len) exactly (no blanks): 2025, 2025-S1, 2025-TW2,
 * 2025-03 (two-digit month), or without a year TW2, S1, B03 (year 0).
 * 0 on success, -1 otherwise. */
int pd_parse(const char *s, size_t len, Period *out);

/* The years a plan may name: a number written as a year (tahun, a
 * Renstra periode, a target map key, a period argument) must be whole and
 * inside, which also keeps every such number within an int. */
#define PD_YEAR_MIN 1900
#define PD_YEAR_MAX 2200
bool pd_year_ok(double v);

/* History (docs/language.md#realisation-data): besides its own year, a
 * plan reads the rows of the PD_HISTORY years before it (2020-2024 for a
 * plan of 2025), for realisasi(X, 2024) and the comparisons with earlier
 * years.  pd_years_back: 0 for the plan year, 1..PD_HISTORY for a year
 * of history, -1 for any other (a later year, or an older one). */
#define PD_HISTORY 5
static inline int pd_years_back(int plan_year, int year)
{
    int back = plan_year - year;
    return back >= 0 && back <= PD_HISTORY ? back : -1;
}

int pd_first_month(Period p);       /* 1..12 */
int pd_last_month(Period p);        /* 1..12 */

/* Same year and inner's months lie inside outer's. */
bool pd_contains(Period outer, Period inner);
/* Same year and the month spans share a month. */
bool pd_overlaps(Period a, Period b);

int pd_index(Period p);             /* 0..PD_NIDX-1 */
/* Inline: the evaluator asks once per observation (a million a run). */
static inline Period pd_from_index(int year, int idx)
{
    if (idx >= PD_IDX_MONTH(1))
        return (Period){P_MONTH, year, idx - PD_IDX_MONTH(0)};
    if (idx >= PD_IDX_TW(1))
        return (Period){P_TW, year, idx - PD_IDX_TW(0)};
    if (idx >= PD_IDX_SEM(1))
        return (Period){P_SEM, year, idx};
    return (Period){P_YEAR, year, 0};
}
/* Bit j set when index j's months overlap index idx's (j != idx). */
uint32_t pd_mask_overlapping(int idx);
/* The indices in chronological order: by first month, a period before
 * the periods it contains (year, S1, TW1, 01, 02, 03, TW2, ...). */
extern const int8_t pd_chrono[PD_NIDX];

/* "2025", "2025-TW2", "2025-S1", "2025-03"; year 0: "TW2", "S1", "B03". */
const char *pd_format(Period p, char *buf, size_t n);

/* Which cumulative quarterly target applies to p: the year and S2 take
 * TW4, S1 TW2, a quarter itself, a month its quarter.  1..4. */
int pd_target_quarter(Period p);

#endif
