/*
 * text.c - how md and html print a report's numbers and dates (rd_num_text,
 * rd_date_text).  The Indonesian style is base/num.c's NM_ID ("25.945",
 * "101,96"); the en style (--angka-laporan en) is the same digits with the
 * two separators swapped ("25,945", "101.96").  Rounding is nm_round2's
 * (half away from zero on the shortest decimal) at the display format's
 * precision, so a figure reads the same in md, html and the eval tables.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "base/num.h"
#include "report/doc.h"

/* The en style: every '.' becomes ',' and every ',' becomes '.'.  Leaves
 * an exponent form ("1e+21") alone: it has neither separator. */
static void rd_swap_separators(char *s)
{
    for (; *s; s++) {
        if (*s == '.')
            *s = ',';
        else if (*s == ',')
            *s = '.';
    }
}

const char *rd_num_text(char *buf, size_t n, double v, RdNumFmt fmt, bool en)
{
    if (n == 0)
        return buf;
    if (!isfinite(v)) {
        snprintf(buf, n, "%s", "");
        return buf;
    }
    if (fmt == RD_AUTO)
        fmt = nm_is_whole(nm_round2(v)) ? RD_INT : RD_DEC2;
    char tmp[NM_BUFSZ + 4];
    if (fmt == RD_INT) {
        nm_fmt(tmp, NM_BUFSZ, nm_roundn(v, 0), NM_ID);
    } else {
        double r = nm_round2(v);
        nm_fmt(tmp, NM_BUFSZ, r, NM_ID);
        /* #,##0.00: a whole value still shows its two decimals */
        if (nm_is_whole(r) && fabs(r) < 1e21)
            strcat(tmp, ",00");
    }
    if (en)
        rd_swap_separators(tmp);
    snprintf(buf, n, "%s", tmp);
    return buf;
}

static const char *const rd_month_id[12] = {
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
    "Agustus", "September", "Oktober", "November", "Desember"
};

static const char *const rd_month_en[12] = {
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December"
};

const char *rd_date_text(char *buf, size_t n, int y, int m, int d, bool en)
{
    if (n == 0)
        return buf;
    if (m < 1 || m > 12 || y <= 0) {
        snprintf(buf, n, "%s", "");
        return buf;
    }
    const char *month = en ? rd_month_en[m - 1] : rd_month_id[m - 1];
    snprintf(buf, n, "%d %s %d", d, month, y);
    return buf;
}
