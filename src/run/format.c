/*
 * format.c - the formatter's run (format.h): the text is parsed as the
 * formatter needs it (parse_file_fmt), and only a text without a syntax
 * error is printed again, so a file with mistakes is never rewritten
 * from a tree the parser had to guess.
 */
#include <stdlib.h>
#include <string.h>

#include "front/fmt.h"
#include "front/parse.h"
#include "run/format.h"

int run_format(RunOutcome *o, const char *name, const char *text, size_t len, char **out, size_t *outlen)
{
    memset(o, 0, sizeof *o);
    ld_init(&o->p);
    *out = NULL;
    if (outlen)
        *outlen = 0;
    SrcFile *f = src_add(&o->p.src, name, text, len);
    f->order = 0;
    Ast *a = parse_file_fmt(f, &o->p.diags);
    dg_sort(&o->p.diags, &o->p.src);
    if (o->p.diags.limit)
        o->status = RUN_USAGE;
    else if (o->p.diags.nerr)
        o->status = RUN_INPUT;
    if (o->status == RUN_OK) {
        Sbuf b;
        sb_init(&b);
        fm_format(a, f, &b);
        if (outlen)
            *outlen = b.len;
        *out = b.s ? sb_take(&b) : xstrdup("");
    }
    ast_free(a);
    return o->status;
}
