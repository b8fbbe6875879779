/*
 * diag_human.c - the caret view for people (stderr):
 *   FILE:LINE:COL: error[E012]: message
 *      14 |     target 25.945
 *         |            ^~~~~~
 * then, after a file's diagnostics, a line saying how many more it had
 * when it had more than DG_MAX_PER_FILE.  Columns count characters;
 * tabs before the caret are echoed so the caret lines up however the
 * terminal expands them.
 *
 * Nothing from input is written raw (docs/cli.md "Diagnostics"): in messages
 * and file names a control character is escaped (\n, \r, \x1b, DEL \x7f,
 * C1 \u0085) and an invalid UTF-8 byte is \xNN; in the source line NUL
 * and invalid UTF-8 show as U+FFFD (the file is not text there) and the
 * other control characters escaped the same way, the marker line padded
 * by the width of each escape so the caret stays under its character.
 * A TAB is left as it is: it moves the cursor, nothing more.
 */
#include "base/i18n.h"
#include "out/diag_out.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"

#define C_BOLD  "\033[1m"
#define C_RESET "\033[0m"
#define C_GREEN "\033[1;32m"

static const char *sev_color(DgSev s)
{
    switch (s) {
    case DG_WARNING: return "\033[1;33m";
    case DG_NOTE:    return "\033[1;36m";
    default:         return "\033[1;31m";
    }
}

static int digits(int n)
{
    int w = 1;
    while (n >= 10) {
        n /= 10;
        w++;
    }
    return w;
}

/* One character of s[0..n) (n > 0) as shown, appended to b when b is not
 * NULL; returns its bytes and sets *w to the columns it takes.  `line`:
 * a character of the source line (NUL and invalid UTF-8 as U+FFFD), else
 * of a message or path (invalid UTF-8 as \xNN per byte). */
static size_t show_char(Sbuf *b, const char *s, size_t n, bool line, int *w)
{
    unsigned char c = (unsigned char)s[0];
    Sbuf t;                      /* the escape, when there is one */
    size_t len = 1;
    bool valid = true;
    if (c >= 0x80)
        len = (size_t)utf8_char_len(s, n, &valid);
    bool c1 = valid && len == 2 && c == 0xC2 && (unsigned char)s[1] <= 0x9F;
    if ((c >= 0x20 && c < 0x7F) || c == '\t' || (c >= 0x80 && valid && !c1)) {
        if (b)
            sb_add(b, s, len);
        *w = 1;
        return len;
    }
    if (line && (c == 0 || !valid)) {
        if (b)
            sb_puts(b, "\xEF\xBF\xBD");
        *w = 1;
        return len;
    }
    sb_init(&t);
    if (c == '\n')
        sb_puts(&t, "\\n");
    else if (c == '\r')
        sb_puts(&t, "\\r");
    else if (c1)
        sb_printf(&t, "\\u%04x", (unsigned char)s[1]);
    else                         /* C0, DEL; each byte of invalid UTF-8 */
        for (size_t i = 0; i < len; i++)
            sb_printf(&t, "\\x%02x", (unsigned char)s[i]);
    if (b)
        sb_add(b, t.s, t.len);
    *w = (int)t.len;
    sb_free(&t);
    return len;
}

/* Bytes of s[0..n) from the start that show as they are, a column each:
 * printable ASCII, and a tab when `tab` (the message and the source line
 * copy it; the marker line echoes it apart).  Nearly every byte of a
 * diagnostic is one, and a run of them is appended at once. */
static size_t plain_run(const char *s, size_t n, bool tab)
{
    size_t i = 0;
    while (i < n && (((unsigned char)s[i] >= 0x20 && (unsigned char)s[i] < 0x7F) || (tab && s[i] == '\t')))
        i++;
    return i;
}

/* n copies of c (a space or '~'), RUN at a time */
enum { RUN = 32 };
static void put_many(Sbuf *b, char c, int n)
{
    static const char spaces[RUN + 1] = "                                ";
    static const char tildes[RUN + 1] = "~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~";
    const char *run = c == ' ' ? spaces : tildes;
    for (; n > 0; n -= RUN)
        sb_add(b, run, n < RUN ? (size_t)n : RUN);
}

static void put_text(Sbuf *b, const char *s, size_t n, bool line)
{
    int w;
    for (size_t i = 0; i < n;) {
        size_t r = plain_run(s + i, n - i, true);
        sb_add(b, s + i, r);
        i += r;
        if (i < n)
            i += show_char(b, s + i, n - i, line, &w);
    }
}

static void put_msg(Sbuf *b, const char *s)
{
    put_text(b, s, strlen(s), false);
}

/* A path that starts with ':' or a space would let a file named
 * "::error file=x::y" start a GitHub workflow command at the start of a
 * line of the log (the runner trims leading blanks); "./" keeps it the
 * same file. */
static void put_path(Sbuf *b, const char *path)
{
    if (path[0] == ':' || path[0] == ' ')
        sb_puts(b, "./");
    put_msg(b, path);
}

static void human_snippet(Sbuf *b, int ln, const DgSnippet *s, bool color)
{
    int w = digits(ln) < 5 ? 5 : digits(ln);
    sb_printf(b, "%*d |", w, ln);
    if (!s->blank) {
        sb_puts(b, s->cut_left ? " \xE2\x80\xA6" : " ");
        put_text(b, s->text, (size_t)s->len, true);
        if (s->cut_right)
            sb_puts(b, "\xE2\x80\xA6");
    }
    sb_putc(b, '\n');

    /* Marker line: the prefix before the column, blank but for tabs. */
    sb_printf(b, "%*s | %s", w, "", s->cut_left ? " " : "");
    int cw;
    for (int i = 0; i < s->pre;) {
        int r = (int)plain_run(s->text + i, (size_t)(s->pre - i), false);
        put_many(b, ' ', r);
        i += r;
        if (i >= s->pre)
            break;
        bool tab = s->text[i] == '\t';
        i += (int)show_char(NULL, s->text + i, (size_t)(s->len - i), true, &cw);
        if (tab)
            sb_putc(b, '\t');
        else
            put_many(b, ' ', cw);
    }
    put_many(b, ' ', s->pad);            /* column past the line's end */
    int cols = 0, i = s->pre, k = 0;
    while (k < s->mark && i < s->len) {
        int r = (int)plain_run(s->text + i, (size_t)(s->len - i), true);
        if (r > s->mark - k)
            r = s->mark - k;
        if (r > 0) {                     /* a column a character */
            i += r, k += r, cols += r;
            continue;
        }
        i += (int)show_char(NULL, s->text + i, (size_t)(s->len - i), true, &cw);
        cols += cw;
        k++;
    }
    cols += s->mark - k;                 /* the ellipsis, the line's end */
    if (color)
        sb_puts(b, C_GREEN);
    sb_putc(b, '^');
    put_many(b, '~', cols - 1);
    if (color)
        sb_puts(b, C_RESET);
    sb_putc(b, '\n');
}

/* The severity as a reader of the run's language says it: Indonesian
 * output says galat, peringatan, catatan (the words of an aturan's
 * severities); the codes are the same in both. */
static const char *sev_word(DgSev s)
{
    switch (s) {
    case DG_ERROR:   return _("error");
    case DG_WARNING: return _("warning");
    default:         return _("note");
    }
}

static void human_one(Sbuf *b, const Diag *g, SrcSet *src, bool color)
{
    SrcFile *f = src_get(src, g->span.file);
    SrcPos pos, end;
    dg_positions(g, src, &pos, &end);
    bool located = f && pos.line > 0;

    if (color)
        sb_puts(b, C_BOLD);
    if (located) {
        put_path(b, f->path);
        sb_printf(b, ":%d:%d:", pos.line, pos.col);
    } else {
        sb_puts(b, "rkt:");
    }
    if (color)
        sb_printf(b, C_RESET " %s%s[%s]" C_RESET ": ", sev_color(g->sev),
                  sev_word(g->sev), g->code);
    else
        sb_printf(b, " %s[%s]: ", sev_word(g->sev), g->code);
    put_msg(b, g->msg);
    sb_putc(b, '\n');

    DgSnippet s;
    if (located && dg_snippet(g, src, &s))
        human_snippet(b, pos.line, &s, color);
}

/* "main.rkt: 199800 more errors not shown", after a file's last one. */
static void human_more(Sbuf *b, const DgList *d, int file, SrcSet *src)
{
    int parts = 0, k[3];
    for (int s = 0; s < 3; s++)
        parts += (k[s] = dg_more(d, file, (DgSev)s)) > 0;
    SrcFile *f = src_get(src, file);
    if (!parts || !f)
        return;
    put_path(b, f->path);
    sb_putc(b, ':');
    for (int s = 0, done = 0; s < 3; s++) {
        if (!k[s])
            continue;
        done++;
        sb_puts(b, done == 1 ? " " : done == parts ? _(" and ") : ", ");
        if (s == DG_ERROR)
            sb_printf(b, i18n_ntr("%d more error", "%d more errors", k[s]), k[s]);
        else if (s == DG_WARNING)
            sb_printf(b, i18n_ntr("%d more warning", "%d more warnings", k[s]), k[s]);
        else
            sb_printf(b, i18n_ntr("%d more note", "%d more notes", k[s]), k[s]);
    }
    sb_puts(b, _(" not shown"));
    sb_putc(b, '\n');
}

void out_diag_human(FILE *out, DgList *d, SrcSet *src, bool color)
{
    Sbuf b;
    sb_init(&b);
    bool *told = d->nfiles ? xcalloc((size_t)d->nfiles, sizeof *told) : NULL;
    for (int i = 0; i < d->n; i++) {
        const Diag *g = &d->v[i];
        human_one(&b, g, src, color);
        int file = g->span.file;
        if (file >= 0 && file < d->nfiles && !told[file]
            && (i + 1 == d->n || d->v[i + 1].span.file != file)) {
            human_more(&b, d, file, src);
            told[file] = true;
        }
        if (b.len >= (1 << 20)) {        /* a few writes, not one per byte */
            fwrite(b.s, 1, b.len, out);
            b.len = 0;
        }
    }
    if (b.len)
        fwrite(b.s, 1, b.len, out);
    fflush(out);
    free(told);
    sb_free(&b);
}
