/*
 * diag_github.c - GitHub Actions workflow commands, one per line:
 *   ::error file=F,line=L,col=C,endLine=EL,endColumn=EC,title=CODE::MESSAGE
 * (warning -> ::warning, note -> ::notice).  Escaping follows the runner:
 * data escapes % CR LF; property values also : and ,.  The runner decodes
 * nothing else, so the other control characters (ESC, BEL, DEL, C1) are
 * written as the human form writes them (\x1b, \x07, \x7f, \u0085) and
 * none reaches the log raw; a TAB stays, as there.  Invalid UTF-8 bytes
 * are \xNN.
 */
#include "out/diag_out.h"

#include <stdio.h>
#include <string.h>

static void gh_escape(FILE *out, const char *s, bool property)
{
    const unsigned char *p = (const unsigned char *)s, *stop = p + strlen(s);
    while (*p) {
        unsigned char c = *p;
        if (c == '%' || c == '\r' || c == '\n' || (property && (c == ':' || c == ','))) {
            fprintf(out, "%%%02X", c);
            p++;
        } else if ((c >= 0x20 && c < 0x7F) || c == '\t') {
            fputc(c, out);
            p++;
        } else if (c < 0x80) {
            fprintf(out, "\\x%02x", c);
            p++;
        } else {
            bool valid;
            int n = utf8_char_len((const char *)p, (size_t)(stop - p), &valid);
            if (valid && n == 2 && c == 0xC2 && p[1] <= 0x9F)
                fprintf(out, "\\u%04x", p[1]);
            else if (valid)
                fwrite(p, 1, (size_t)n, out);
            else
                for (int i = 0; i < n; i++)
                    fprintf(out, "\\x%02x", p[i]);
            p += n;
        }
    }
}

static const char *gh_command(DgSev s)
{
    switch (s) {
    case DG_WARNING: return "warning";
    case DG_NOTE:    return "notice";
    default:         return "error";
    }
}

/* Positions are printed only when known; end column exclusive, as in
 * every rkt output. */
static void gh_one(FILE *out, const Diag *g, SrcSet *src)
{
    SrcFile *f = src_get(src, g->span.file);
    SrcPos pos, end;
    dg_positions(g, src, &pos, &end);
    fprintf(out, "::%s ", gh_command(g->sev));
    if (f) {
        fputs("file=", out);
        gh_escape(out, f->path, true);
        if (pos.line > 0) {
            fprintf(out, ",line=%d,col=%d", pos.line, pos.col);
            if (end.line > 0)
                fprintf(out, ",endLine=%d,endColumn=%d", end.line, end.col);
        }
        fputc(',', out);
    }
    fputs("title=", out);
    gh_escape(out, g->code, true);
    fputs("::", out);
    gh_escape(out, g->msg, false);
    fputc('\n', out);
}

void out_diag_github(FILE *out, DgList *d, SrcSet *src)
{
    for (int i = 0; i < d->n; i++)
        gh_one(out, &d->v[i], src);
}
