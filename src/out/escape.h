/*
 * escape.h - the one escaper of text taken from input (codes, uraian,
 * rule names and messages, file and test names, values) on its way to a
 * terminal, a log, a spreadsheet or a document (docs/cli.md, Diagnostics):
 * nothing from input is written as a command.  Every renderer of results
 * (out/eval_*.c, out/explain.c, the reports of `rkt test`) and the
 * command's own messages go through it; JSON strings go through
 * sb_json_str (base/util.c).  Implemented in out/common.c.
 */
#ifndef RKT_OUT_ESCAPE_H
#define RKT_OUT_ESCAPE_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

#include "base/util.h"

typedef enum OutEsc {
    /* Terminal and log text: a control character (C0, DEL, C1 U+0080 to
     * U+009F) is shown as \n, \r, \t or \xHH, and a byte that is not
     * UTF-8 as \xHH. */
    OUT_ESC_TEXT,
    /* Markdown: OUT_ESC_TEXT, and `\` and `|` escaped with `\`, `<`, `>`,
     * `&` written as &lt; &gt; &amp;: no text becomes markup or breaks a
     * table row. */
    OUT_ESC_MD,
    /* A CSV field (quoted by the caller where it holds a line end): as
     * OUT_ESC_TEXT, but tab, CR and LF stay what they are, since a
     * spreadsheet cell may hold them. */
    OUT_ESC_CSV,
    /* XML 1.0 character data: `<`, `>`, `&`, `"`, `'` as entities, CR as
     * &#13;; DEL and C1 as character references; the C0 characters XML
     * 1.0 forbids (even as references) shown as \xHH, U+FFFE and U+FFFF
     * as \uFFFE, \uFFFF; a byte that is not UTF-8 as U+FFFD. */
    OUT_ESC_XML_TEXT,
    /* The same inside an attribute value, where tab and LF are also
     * written as references (a parser would turn them into spaces). */
    OUT_ESC_XML_ATTR
} OutEsc;

/* Appends s[0..n) escaped as `how` says. */
void out_esc(Sbuf *b, const char *s, size_t n, OutEsc how);
/* Writes s (NULL: nothing) escaped to f. */
void out_esc_puts(FILE *f, const char *s, OutEsc how);
/* s escaped, malloc'd (NULL stays NULL). */
char *out_esc_dup(const char *s, OutEsc how);
/* Whether s[0..n) is written as it is. */
int out_esc_clean(const char *s, size_t n, OutEsc how);

/* printf for text that carries input: every %s argument is escaped as
 * OUT_ESC_TEXT, the format itself is written as it is.  Only these
 * conversions: %s, %d, %c, %% (with a `-` flag and a width, digits or
 * `*`, for %s and %d; a %s width counts characters). */
void out_textf(FILE *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void out_vtextf(FILE *f, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));
/* The same, appended to b. */
void out_sb_textf(Sbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void out_sb_vtextf(Sbuf *b, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));

#endif
