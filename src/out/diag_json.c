/*
 * out_diag_json.c - `check --format json`: one line on stdout,
 * {"format_version":"1.0","valid":...,"diagnostics":[...]} (CLI.md).
 * Keys in the documented order; a record with no file has "file":null
 * and zero positions.
 */
#include "base/diag.h"

#include <stdlib.h>

#include "base/util.h"

static void json_one(Sbuf *b, const Diag *g, SrcSet *src)
{
    SrcFile *f = src_get(src, g->span.file);
    Span z = SPAN_NONE;
    const Span *s = f ? &g->span : &z;
    sb_puts(b, "{\"severity\":");
    sb_json_str(b, dg_sev_name(g->sev));
    sb_puts(b, ",\"code\":");
    sb_json_str(b, g->code);
    sb_puts(b, ",\"message\":");
    sb_json_str(b, g->msg);
    sb_puts(b, ",\"file\":");
    sb_json_str(b, f ? f->path : NULL);
    sb_printf(b, ",\"line\":%d,\"column\":%d,\"end_line\":%d,\"end_column\":%d}",
              s->first_line, s->first_column, s->last_line, s->last_column);
}

void out_diag_json(FILE *out, DgList *d, SrcSet *src)
{
    Sbuf b;
    sb_init(&b);
    sb_printf(&b, "{\"format_version\":\"1.0\",\"valid\":%s,"
              "\"error_count\":%d,\"warning_count\":%d,\"diagnostics\":[",
              dg_failed(d) ? "false" : "true", d->nerr, d->nwarn);
    for (int i = 0; i < d->n; i++) {
        if (i)
            sb_putc(&b, ',');
        json_one(&b, &d->v[i], src);
    }
    sb_puts(&b, "]}\n");
    fwrite(b.s, 1, b.len, out);
    sb_free(&b);
}
