/*
 * num.c - rounding, printing and data-file parsing of numbers.
 *
 * Rounding works on decimal digits, not binary arithmetic: a planner who
 * types 1.005 into a spreadsheet sees 1.01, although the double nearest
 * 1.005 is 1.00499999999999989...  So we take the shortest decimal string
 * that reads back as the same double ("1.005") and round that string.
 * Printing then uses the rounded digit string itself, so the figure shown
 * is exactly the decimal the rounding produced.
 */
#include "base/num.h"

#include <assert.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A decimal d[0].d[1]d[2]... x 10^e with no trailing zeros; nd == 0 is
 * zero.  17 significant digits always suffice for a double; rounding can
 * add one leading digit. */
typedef struct NmDec {
    bool neg;
    int nd;
    int e;
    char d[20];
} NmDec;

/* The shortest %.{p-1}e rendering of x that strtod maps back to x. */
static void nm_shortest(double x, NmDec *out)
{
    char buf[40];
    out->neg = signbit(x) != 0;
    out->nd = 0;
    out->e = 0;
    if (x == 0)
        return;
    double ax = fabs(x);
    for (int p = 1; p <= 17; p++) {
        snprintf(buf, sizeof buf, "%.*e", p - 1, ax);
        if (strtod(buf, NULL) == ax || p == 17)
            break;
    }
    /* buf is "d[.ddd]e[+-]XX" */
    const char *s = buf;
    for (; *s != 'e'; s++)
        if (*s != '.')
            out->d[out->nd++] = *s;
    out->e = atoi(s + 1);
    while (out->nd > 0 && out->d[out->nd - 1] == '0')
        out->nd--;
}

/* Rounds a decimal in place at two decimals, half away from zero: the
 * digits are magnitudes, so "round up" is away from zero either sign. */
static void nm_round_at(NmDec *v, int decimals)
{
    int keep = v->e + 1 + decimals;   /* digits with weight >= 10^-decimals */
    if (keep >= v->nd)
        return;
    if (keep < 0) {               /* far below the last decimal: zero */
        v->nd = 0;
        return;
    }
    bool up = v->d[keep] >= '5';
    v->nd = keep;
    if (up) {
        int i = keep - 1;
        while (i >= 0 && v->d[i] == '9')
            v->d[i--] = '0';
        if (i >= 0) {
            v->d[i]++;
        } else {                  /* 9.995 -> 10.00: a new leading 1 */
            memmove(v->d + 1, v->d, (size_t)v->nd);
            v->d[0] = '1';
            v->nd++;
            v->e++;
        }
    }
    while (v->nd > 0 && v->d[v->nd - 1] == '0')
        v->nd--;
}

static void nm_round_dec(NmDec *v)
{
    nm_round_at(v, 2);
}

static double nm_dec_value(const NmDec *v)
{
    if (v->nd == 0)
        return 0.0;               /* never -0: a rounded zero is zero */
    char buf[48];
    snprintf(buf, sizeof buf, "%s%c.%.*se%d", v->neg ? "-" : "",
             v->d[0], v->nd - 1, v->d + 1, v->e);
    return strtod(buf, NULL);
}

/* The fast path, exact for all but near-ties: with |x| < 1e9, y = |x| x 100
 * carries an error far below 1e-4, so unless y's fraction lies within 1e-4
 * of one half the direction of rounding is the same for x's shortest
 * decimal and for x itself.  Then the result is k/100 for a whole k, and
 * k / 100.0 (both exact, the division correctly rounded) is the double
 * strtod would read for that decimal.  Near a tie (1.005) the exact
 * decimal path decides.  Returns false when it does not apply. */
static bool nm_cents(double x, long long *k)
{
    double ax = fabs(x);
    if (!(ax < 1e9))
        return false;
    double y = ax * 100, fl = floor(y), f = y - fl;
    if (fabs(f - 0.5) <= 1e-4)
        return false;
    long long c = (long long)fl + (f > 0.5);
    *k = x < 0 ? -c : c;
    return true;
}

/* The rounded decimal of x: from the cents when the fast path applies. */
static void nm_decimal(double x, NmDec *v)
{
    long long k;
    if (!nm_cents(x, &k)) {
        nm_shortest(x, v);
        nm_round_dec(v);
        return;
    }
    v->neg = k < 0;
    v->nd = 0;
    v->e = 0;
    if (k == 0)
        return;
    /* the digits by hand: snprintf here was 3.6% of the unit layout's
     * eval --semua (every figure of 800,000 rows) */
    char buf[24];
    int n = 0;
    for (unsigned long long u = (unsigned long long)(k < 0 ? -k : k); u; u /= 10)
        buf[n++] = (char)('0' + u % 10);
    for (int i = 0; i < n; i++)
        v->d[i] = buf[n - 1 - i];
    v->nd = n;
    v->e = n - 3;                 /* k counts hundredths */
    while (v->nd > 0 && v->d[v->nd - 1] == '0')
        v->nd--;
}

double nm_round2(double x)
{
    if (!isfinite(x))
        return x;
    long long k;
    if (nm_cents(x, &k))
        return k == 0 ? 0.0 : (double)k / 100.0;
    NmDec v;
    nm_shortest(x, &v);
    nm_round_dec(&v);
    return nm_dec_value(&v);
}

double nm_roundn(double x, int decimals)
{
    if (!isfinite(x))
        return x;
    if (decimals == 2)
        return nm_round2(x);
    if (decimals < -15 || decimals > 15)
        return x;
    NmDec v;
    nm_shortest(x, &v);
    nm_round_at(&v, decimals);
    return nm_dec_value(&v);
}

bool nm_is_whole(double x)
{
    return isfinite(x) && x == floor(x);
}

/* ---- printing ---- */

/* Digit at weight 10^w of v ('0' outside the stored digits). */
static char nm_digit(const NmDec *v, int w)
{
    int i = v->e - w;
    return i >= 0 && i < v->nd ? v->d[i] : '0';
}

/* Appends to buf (bounded by n) with position *k; keeps NUL-termination. */
static void nm_put(char *buf, size_t n, size_t *k, char c)
{
    if (*k + 1 < n)
        buf[(*k)++] = c;
    buf[*k < n ? *k : n - 1] = '\0';
}

/* Values from 1e21 up: d.ddde+XX, as JavaScript prints them. */
static void nm_fmt_exp(char *buf, size_t n, const NmDec *v)
{
    snprintf(buf, n, "%s%c%s%.*se+%d", v->neg ? "-" : "", v->d[0],
             v->nd > 1 ? "." : "", v->nd - 1, v->d + 1, v->e);
}

char *nm_fmt(char *buf, size_t n, double x, NmStyle st)
{
    assert(isfinite(x));
    assert(n > 0);
    NmDec v;
    nm_decimal(x, &v);
    if (v.nd == 0) {
        buf[0] = '0';
        if (n > 1)
            buf[1] = '\0';
        else
            buf[0] = '\0';
        return buf;
    }
    if (v.e >= 21) {
        nm_fmt_exp(buf, n, &v);
        return buf;
    }
    size_t k = 0;
    buf[0] = '\0';
    if (v.neg)
        nm_put(buf, n, &k, '-');
    int top = v.e > 0 ? v.e : 0;
    for (int w = top; w >= 0; w--) {
        nm_put(buf, n, &k, nm_digit(&v, w));
        if (st == NM_ID && w > 0 && w % 3 == 0)
            nm_put(buf, n, &k, '.');
    }
    bool whole = v.nd <= v.e + 1;
    if (whole)
        return buf;
    nm_put(buf, n, &k, st == NM_ID ? ',' : '.');
    nm_put(buf, n, &k, nm_digit(&v, -1));
    /* JSON wants the shortest number: 101.2, not 101.20 */
    if (st != NM_JSON || nm_digit(&v, -2) != '0')
        nm_put(buf, n, &k, nm_digit(&v, -2));
    return buf;
}

/* ---- parsing ---- */

static bool nm_isdigit(char c)
{
    return c >= '0' && c <= '9';
}

static bool nm_isblank(char c)
{
    return c == ' ' || c == '\t';
}

/* Length of the run of digits at s[i..len). */
static size_t nm_run(const char *s, size_t i, size_t len)
{
    size_t j = i;
    while (j < len && nm_isdigit(s[j]))
        j++;
    return j - i;
}

/* Checks the Indonesian integer part at s[i..len): a plain run of digits,
 * or 1-3 digits then groups of exactly three after each '.'.  Returns
 * the index after it, or 0 when malformed (a number never starts at 0
 * here: the caller has at least consumed nothing and checks the run). */
static size_t nm_id_int(const char *s, size_t i, size_t len)
{
    size_t r = nm_run(s, i, len);
    if (r == 0)
        return 0;
    i += r;
    if (i >= len || s[i] != '.')
        return i;
    if (r > 3)
        return 0;
    while (i < len && s[i] == '.') {
        if (nm_run(s, i + 1, len) != 3)
            return 0;
        i += 4;
    }
    return i;
}

/* Validates s[0..len) (already trimmed) and copies its digits, sign and
 * decimal point, in C syntax, to out (cap bytes).  Returns the number of
 * decimals, or -1 when malformed. */
static int nm_clean(const char *s, size_t len, bool id, char *out, size_t cap)
{
    size_t i = 0, k = 0;
    char dec = id ? ',' : '.';
    if (i < len && (s[i] == '+' || s[i] == '-'))
        out[k++] = s[i++];
    size_t end = id ? nm_id_int(s, i, len) : i + nm_run(s, i, len);
    if (end == 0 || end == i)
        return -1;
    for (; i < end; i++)
        if (s[i] != '.')
            out[k++] = s[i];
    int ndec = 0;
    if (i < len && s[i] == dec) {
        size_t r = nm_run(s, i + 1, len);
        if (r == 0)
            return -1;
        out[k++] = '.';
        memcpy(out + k, s + i + 1, r);
        k += r;
        i += 1 + r;
        ndec = (int)r;
    }
    if (i != len || k >= cap)
        return -1;
    out[k] = '\0';
    return ndec;
}

/* Exact powers of ten as doubles (10^22 is the last exact one). */
static const double nm_pow10[] = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
};

/* Clinger's fast path: an integer mantissa below 2^53 divided by an exact
 * power of ten is correctly rounded by IEEE division, so it equals what
 * strtod returns.  Data files hold millions of such values; strtod is
 * kept for the rest. */
static bool nm_fast(const char *c, int ndec, double *out)
{
    const char *p = c;
    bool neg = *p == '-';
    if (*p == '-' || *p == '+')
        p++;
    uint64_t m = 0;
    for (; *p; p++) {
        if (*p == '.')
            continue;
        if (m > (UINT64_C(1) << 53) / 10)
            return false;
        m = m * 10 + (uint64_t)(*p - '0');
    }
    if (m > (UINT64_C(1) << 53) || ndec > 22)
        return false;
    double v = (double)m / nm_pow10[ndec];
    *out = neg ? -v : v;
    return true;
}

int nm_parse(const char *s, size_t len, bool id_format, double *out)
{
    while (len > 0 && nm_isblank(*s))
        s++, len--;
    while (len > 0 && nm_isblank(s[len - 1]))
        len--;
    char small[64];
    char *c = len < sizeof small ? small : malloc(len + 1);
    if (!c)
        return -1;
    int rc = -1;
    int ndec = nm_clean(s, len, id_format, c, len + 1);
    if (ndec >= 0) {
        double v;
        if (!nm_fast(c, ndec, &v))
            v = strtod(c, NULL);  /* C locale: rkt never sets LC_NUMERIC */
        if (isfinite(v)) {
            *out = v;
            rc = 0;
        }
    }
    if (c != small)
        free(c);
    return rc;
}

/* One pass, no copy, for the numbers plans are made of: up to 15
 * digits the mantissa is exact in a double, and so is 10^0..10^22, so one
 * division rounds once, correctly (Clinger's fast path, as nm_fast).  A
 * '_' must stand between two digits; the scanner's patterns put a digit
 * first and after the '.', so only what follows a '_' needs looking at. */
bool nm_literal(const char *s, size_t len, double *out)
{
    char c[64];
    if (len >= sizeof c)
        return false;
    uint64_t m = 0;
    int nd = 0, ndec = -1;
    for (size_t i = 0; i < len; i++) {
        char ch = s[i];
        if (ch == '_') {
            if (i + 1 >= len || !nm_isdigit(s[i + 1]))
                return false;
            continue;
        }
        if (ch == '.') {
            ndec = 0;
            continue;
        }
        m = m * 10 + (uint64_t)(ch - '0');
        nd++;
        ndec += ndec >= 0;
    }
    if (ndec < 0)
        ndec = 0;
    if (nd <= 15 && ndec <= 22) {
        *out = (double)m / nm_pow10[ndec];
        return true;
    }
    size_t k = 0;
    for (size_t i = 0; i < len; i++)
        if (s[i] != '_')
            c[k++] = s[i];
    c[k] = '\0';
    *out = strtod(c, NULL);     /* C locale: rkt never sets LC_NUMERIC */
    return true;
}
