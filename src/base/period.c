/*
 * period.c - periods of a plan year.  Every question about periods is
 * answered from month spans (first..last month), so years, semesters,
 * quarters and months need no pairwise rules.
 */
#include "base/period.h"

#include <stdio.h>
#include <string.h>

static bool pd_digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

/* Two ASCII digits as a number. */
static int pd_2(const char *s)
{
    return (s[0] - '0') * 10 + (s[1] - '0');
}

/* The part after the year (or the whole year-less form): TWn, Sn, or a
 * month written `mm` (dated) or `Bmm` (year-less). */
static int pd_parse_sub(const char *s, size_t len, bool dated, Period *out)
{
    if (len == 3 && s[0] == 'T' && s[1] == 'W' && s[2] >= '1' && s[2] <= '4') {
        *out = (Period){P_TW, out->year, s[2] - '0'};
        return 0;
    }
    if (len == 2 && s[0] == 'S' && (s[1] == '1' || s[1] == '2')) {
        *out = (Period){P_SEM, out->year, s[1] - '0'};
        return 0;
    }
    if (!dated) {
        if (len != 3 || s[0] != 'B')
            return -1;
        s++, len--;
    }
    if (len == 2 && pd_digits(s, 2) && pd_2(s) >= 1 && pd_2(s) <= 12) {
        *out = (Period){P_MONTH, out->year, pd_2(s)};
        return 0;
    }
    return -1;
}

int pd_parse(const char *s, size_t len, Period *out)
{
    Period p = {P_YEAR, 0, 0};
    bool dated = len >= 4 && pd_digits(s, 4);
    if (dated) {
        if (s[0] == '0')           /* year 0 means "no year" */
            return -1;
        p.year = (s[0] - '0') * 1000 + pd_2(s + 1) * 10 + (s[3] - '0');
        if (len == 4) {
            *out = p;
            return 0;
        }
        if (s[4] != '-')
            return -1;
        s += 5, len -= 5;
    }
    if (pd_parse_sub(s, len, dated, &p) != 0)
        return -1;
    *out = p;
    return 0;
}

int pd_first_month(Period p)
{
    switch (p.kind) {
    case P_SEM:   return (p.n - 1) * 6 + 1;
    case P_TW:    return (p.n - 1) * 3 + 1;
    case P_MONTH: return p.n;
    default:      return 1;
    }
}

int pd_last_month(Period p)
{
    switch (p.kind) {
    case P_SEM:   return p.n * 6;
    case P_TW:    return p.n * 3;
    case P_MONTH: return p.n;
    default:      return 12;
    }
}

bool pd_year_ok(double v)
{
    return v >= PD_YEAR_MIN && v <= PD_YEAR_MAX && v == (double)(int)v;
}

bool pd_contains(Period outer, Period inner)
{
    return outer.year == inner.year
        && pd_first_month(outer) <= pd_first_month(inner)
        && pd_last_month(inner) <= pd_last_month(outer);
}

bool pd_overlaps(Period a, Period b)
{
    return a.year == b.year
        && pd_first_month(a) <= pd_last_month(b)
        && pd_first_month(b) <= pd_last_month(a);
}

int pd_index(Period p)
{
    switch (p.kind) {
    case P_SEM:   return PD_IDX_SEM(p.n);
    case P_TW:    return PD_IDX_TW(p.n);
    case P_MONTH: return PD_IDX_MONTH(p.n);
    default:      return PD_IDX_YEAR;
    }
}

/* Indices whose month spans meet, written out because the data loader
 * asks once per row; test_period.c checks every entry against
 * pd_overlaps. */
static const uint32_t pd_overlap_tab[PD_NIDX] = {
    0x7FFFE,                                /* year: everything else */
    0x01F99, 0x7E061,                       /* S1, S2 */
    0x00383, 0x01C03, 0x0E005, 0x70005,     /* TW1..TW4 */
    0x0000B, 0x0000B, 0x0000B,              /* 01..03 */
    0x00013, 0x00013, 0x00013,              /* 04..06 */
    0x00025, 0x00025, 0x00025,              /* 07..09 */
    0x00045, 0x00045, 0x00045,              /* 10..12 */
};

uint32_t pd_mask_overlapping(int idx)
{
    return idx >= 0 && idx < PD_NIDX ? pd_overlap_tab[idx] : 0;
}

const int8_t pd_chrono[PD_NIDX] = {
    0, 1, 3, 7, 8, 9, 4, 10, 11, 12, 2, 5, 13, 14, 15, 6, 16, 17, 18
};

const char *pd_format(Period p, char *buf, size_t n)
{
    char sub[8];
    switch (p.kind) {
    case P_SEM:   snprintf(sub, sizeof sub, "S%d", p.n); break;
    case P_TW:    snprintf(sub, sizeof sub, "TW%d", p.n); break;
    case P_MONTH: snprintf(sub, sizeof sub, p.year ? "%02d" : "B%02d", p.n); break;
    default:      sub[0] = '\0'; break;
    }
    if (p.year == 0)
        snprintf(buf, n, "%s", sub);
    else if (p.kind == P_YEAR)
        snprintf(buf, n, "%d", p.year);
    else
        snprintf(buf, n, "%d-%s", p.year, sub);
    return buf;
}

int pd_target_quarter(Period p)
{
    switch (p.kind) {
    case P_SEM:   return p.n * 2;
    case P_TW:    return p.n;
    case P_MONTH: return (p.n + 2) / 3;
    default:      return 4;
    }
}
