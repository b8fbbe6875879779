/*
 * num.h - the number rules users see: rounding to two decimals the way a
 * spreadsheet does, the three ways a number is printed, and reading
 * numbers from data files in the default or the Indonesian format.
 */
#ifndef RKT_NUM_H
#define RKT_NUM_H

#include <stdbool.h>
#include <stddef.h>

/* Big enough for any nm_fmt result (values from 1e21 up use an
 * exponent, so the integer part never exceeds 21 digits). */
#define NM_BUFSZ 48

typedef enum NmStyle {
    NM_PLAIN,   /* tables, messages: 26010, 100.25, 48.90 */
    NM_JSON,    /* shortest JSON number of the rounded value: 101.2 */
    NM_ID       /* Indonesian documents: 25.945, 81,50 */
} NmStyle;

/* Round half away from zero at two decimals, on the shortest decimal
 * string that reads back as x (1.005 -> 1.01).  A zero result is +0.
 * NaN and infinities come back unchanged. */
double nm_round2(double x);

/* The same rule at any number of decimals (bulat(x, n)). */
double nm_roundn(double x, int decimals);

/* Formats nm_round2(x) in style st into buf (n bytes, NM_BUFSZ is
 * always enough) and returns buf.  x must be finite. */
char *nm_fmt(char *buf, size_t n, double x, NmStyle st);

/* Reads a number of a data file from s[0..len): surrounding blanks are
 * ignored.  Default format: [+-]digits[.digits], no grouping, no
 * exponent.  id_format: [+-]digits with '.' grouping in threes
 * (25.945) and ',' decimals (81,5; 1.234,5).  0 and *out on success,
 * -1 otherwise (also for values out of double range). */
int nm_parse(const char *s, size_t len, bool id_format, double *out);

/* x is finite and has no fractional part. */
bool nm_is_whole(double x);

/* A number literal of the language as the scanner matched it: digits,
 * '_' grouping them (25_945), at most one '.' (81.5); fewer than 64
 * bytes.  Its value, exact like strtod, into *out; false, *out untouched,
 * when a '_' does not stand between two digits or it is too long. */
bool nm_literal(const char *s, size_t len, double *out);

#endif
