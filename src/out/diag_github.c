/*
 * out_diag_github.c - GitHub Actions workflow commands, one per line:
 *   ::error file=F,line=L,col=C,endLine=EL,endColumn=EC,title=CODE::MESSAGE
 * (warning -> ::warning, note -> ::notice).  Escaping follows the runner:
 * data escapes % CR LF; property values also : and ,.
 */
#include "base/diag.h"

#include <stdio.h>

static void gh_escape(FILE *out, const char *s, bool property)
{
    for (; *s; s++) {
        switch (*s) {
        case '%':  fputs("%25", out); break;
        case '\r': fputs("%0D", out); break;
        case '\n': fputs("%0A", out); break;
        case ':':  fputs(property ? "%3A" : ":", out); break;
        case ',':  fputs(property ? "%2C" : ",", out); break;
        default:   fputc(*s, out);
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
    const Span *s = &g->span;
    fprintf(out, "::%s ", gh_command(g->sev));
    if (f) {
        fputs("file=", out);
        gh_escape(out, f->path, true);
        if (s->first_line > 0) {
            fprintf(out, ",line=%d,col=%d", s->first_line, s->first_column);
            if (s->last_line > 0)
                fprintf(out, ",endLine=%d,endColumn=%d", s->last_line,
                        s->last_column);
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
