/*
 * diag_json.c - `check --format json`: one line on stdout,
 * {"format_version":"1.0","valid":...,"diagnostics":[...]} (docs/cli.md).
 * Keys in the documented order; a record with no file has "file":null
 * and zero positions.  error_count and warning_count count every
 * diagnostic, also those past the per-file limit that are not listed.
 */
#include "out/diag_out.h"

#include <stdlib.h>

#include "base/util.h"

static void json_one(Sbuf *b, const Diag *g, SrcSet *src)
{
    SrcFile *f = src_get(src, g->span.file);
    SrcPos pos = {0, 0}, end = {0, 0};
    if (f)
        dg_positions(g, src, &pos, &end);
    sb_puts(b, "{\"severity\":");
    sb_json_str(b, dg_sev_name(g->sev));
    sb_puts(b, ",\"code\":");
    sb_json_str(b, g->code);
    sb_puts(b, ",\"message\":");
    sb_json_str(b, g->msg);
    sb_puts(b, ",\"file\":");
    sb_json_str(b, f ? f->path : NULL);
    sb_printf(b, ",\"line\":%d,\"column\":%d,\"end_line\":%d,\"end_column\":%d}",
              pos.line, pos.col, end.line, end.col);
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
