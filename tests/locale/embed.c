/*
 * embed.c - a program that embeds the library with an Indonesian locale
 * of its own (tests/locale/run.sh): with LC_ALL set to id_ID.UTF-8 by
 * setlocale, strtod stops at a '.' and printf writes a decimal comma, yet
 * rkt_eval_write must read and write numbers as under C, and leave the
 * program's locale as it was.
 *
 *   locale-embed LOCALE FORMAT FILE... -- DATA
 *
 * Sets LOCALE (C or id_ID.UTF-8) with setlocale(LC_ALL), evaluates FILE...
 * with DATA in FORMAT (json or csv) to stdout, then checks that the
 * program's decimal point is still LOCALE's.  Exit 0, or 1 with a reason.
 */
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "rkt.h"

int main(int argc, char **argv)
{
    if (argc < 5)
        return fprintf(stderr, "usage: locale-embed LOCALE FORMAT FILE... -- DATA\n"), 2;
    if (!setlocale(LC_ALL, argv[1]))
        return fprintf(stderr, "locale-embed: no locale %s\n", argv[1]), 2;
    char before = localeconv()->decimal_point[0];
    if (strcmp(argv[1], "C") != 0 && before != ',')
        return fprintf(stderr, "locale-embed: %s has the decimal point '%c', not ','\n", argv[1], before), 1;
    rkt_options o = {.bahasa = "en"};
    rkt_session *s = rkt_open(&o);
    int i = 3;
    for (; i < argc && strcmp(argv[i], "--") != 0; i++)
        rkt_add_file(s, argv[i]);
    if (i + 1 < argc)
        rkt_add_data_file(s, argv[i + 1]);
    rkt_eval_options e = {.format = strcmp(argv[2], "csv") == 0 ? RKT_FORMAT_CSV : RKT_FORMAT_JSON};
    int rc = rkt_eval_write(s, &e, stdout);
    rkt_diagnostics_write(s, RKT_FORMAT_HUMAN, 0, stderr);
    rkt_close(s);
    char after = localeconv()->decimal_point[0];
    if (after != before)
        return fprintf(stderr, "locale-embed: the decimal point was '%c' before the call, '%c' after\n", before, after), 1;
    /* the program's own printf still speaks its locale */
    char buf[16];
    snprintf(buf, sizeof buf, "%.1f", 81.5);
    if (buf[2] != before)
        return fprintf(stderr, "locale-embed: the program prints 81.5 as %s after the call\n", buf), 1;
    return rc;
}
