/*
 * out_diag_human.c - the caret view for people (stderr):
 *   FILE:LINE:COL: error[E012]: message
 *      14 |     target 25.945
 *         |            ^~~~~~
 * Columns count code points; tabs before the caret are echoed so the
 * caret lines up however the terminal expands them.
 */
#include "base/diag.h"

#include <stdio.h>

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

/* Length of the character at line[i]: a valid UTF-8 sequence, or one
 * byte that is not (shown as U+FFFD, one column, as the scanner counts). */
static size_t char_len(const char *line, size_t len, size_t i, bool *valid)
{
    int n = utf8_valid_len(line + i, len - i);
    unsigned char c = (unsigned char)line[i];
    *valid = n > 0 && (c >= 0x20 || c == '\t') && c != 0x7F;
    return n > 0 ? (size_t)n : 1;
}

/* Byte length of the first `cols` characters of line[0..len), and how
 * many of them were found (fewer when the line is shorter). */
static size_t cp_prefix(const char *line, size_t len, int cols, int *found)
{
    size_t i = 0;
    int k = 0;
    bool valid;
    while (i < len && k < cols) {
        i += char_len(line, len, i, &valid);
        k++;
    }
    *found = k;
    return i;
}

/* The source line as a terminal can show it: NUL, control characters
 * and invalid UTF-8 become U+FFFD, one column each, like the scanner. */
static void put_line(FILE *out, const char *line, size_t len)
{
    bool valid;
    for (size_t i = 0; i < len;) {
        size_t n = char_len(line, len, i, &valid);
        if (valid)
            fwrite(line + i, 1, n, out);
        else
            fputs("\xEF\xBF\xBD", out);
        i += n;
    }
}

/* A long line (minified, or not text at all) is shown as a window of
 * SNIP_COLS characters that starts SNIP_BEFORE before the column; a cut
 * end is marked with an ellipsis.  This keeps the output of a file linear
 * in its size, however long its lines. */
enum { SNIP_COLS = 200, SNIP_BEFORE = 80 };

static void human_snippet(FILE *out, const Diag *g, const char *line,
                          size_t len, bool color)
{
    int ln = g->span.first_line;
    int col = g->span.first_column > 0 ? g->span.first_column : 1;
    int w = digits(ln) < 5 ? 5 : digits(ln);

    int total, from = 1, skipped;
    cp_prefix(line, len, SNIP_COLS + 1, &total);
    if (total > SNIP_COLS && col > SNIP_BEFORE)
        from = col - SNIP_BEFORE;
    size_t skip = cp_prefix(line, len, from - 1, &skipped);
    int ncols;
    size_t shown = cp_prefix(line + skip, len - skip, SNIP_COLS, &ncols);
    bool cut_left = skip > 0, cut_right = skip + shown < len;
    line += skip;
    col -= skipped;

    fprintf(out, "%*d |", w, ln);
    if (len) {
        fputs(cut_left ? " \xE2\x80\xA6" : " ", out);
        put_line(out, line, shown);
        if (cut_right)
            fputs("\xE2\x80\xA6", out);
    }
    fputc('\n', out);

    /* Marker line: the prefix before the column, blank but for tabs. */
    fprintf(out, "%*s | %s", w, "", cut_left ? " " : "");
    int got;
    size_t pre = cp_prefix(line, shown, col - 1, &got);
    bool valid;
    for (size_t i = 0; i < pre; i += char_len(line, shown, i, &valid))
        fputc(line[i] == '\t' ? '\t' : ' ', out);
    for (int k = got; k < col - 1; k++)   /* column past the line's end */
        fputc(' ', out);

    int n = 1;
    if (g->span.last_line == ln && g->span.last_column > g->span.first_column)
        n = g->span.last_column - g->span.first_column;
    else if (g->span.last_line > ln)   /* runs on: underline to the end */
        n = utf8_width(line + pre, shown - pre);
    if (n > ncols - got + cut_right)   /* no further than what is shown */
        n = ncols - got + cut_right;
    if (n < 1)
        n = 1;
    if (color)
        fputs(C_GREEN, out);
    fputc('^', out);
    for (int k = 1; k < n; k++)
        fputc('~', out);
    if (color)
        fputs(C_RESET, out);
    fputc('\n', out);
}

static void human_one(FILE *out, const Diag *g, SrcSet *src, bool color)
{
    SrcFile *f = src_get(src, g->span.file);
    bool located = f && g->span.first_line > 0;

    if (color)
        fputs(C_BOLD, out);
    if (located)
        fprintf(out, "%s:%d:%d:", f->path, g->span.first_line,
                g->span.first_column);
    else
        fputs("rkt:", out);
    if (color)
        fprintf(out, C_RESET " %s%s[%s]" C_RESET ": %s\n", sev_color(g->sev),
                dg_sev_name(g->sev), g->code, g->msg);
    else
        fprintf(out, " %s[%s]: %s\n", dg_sev_name(g->sev), g->code, g->msg);

    if (!located)
        return;
    size_t len;
    const char *line = src_line(f, g->span.first_line, &len);
    if (line)
        human_snippet(out, g, line, len, color);
}

void out_diag_human(FILE *out, DgList *d, SrcSet *src, bool color)
{
    for (int i = 0; i < d->n; i++)
        human_one(out, &d->v[i], src, color);
}
