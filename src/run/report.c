/*
 * report.c - one evaluated plan to one written document (report.h): the
 * builder of its --jenis makes the RdDoc, the renderer of the format
 * writes it.  Nothing here computes a figure.
 */
#include <string.h>

#include "report/build.h"
#include "run/report.h"

bool rp_known(const char *jenis)
{
    return rb_known(jenis);
}

bool rp_takes_renstra(const char *jenis)
{
    return jenis && strcmp(jenis, "renstra") == 0;
}

bool rp_needs_data(const char *jenis)
{
    return jenis && (strcmp(jenis, "pengukuran") == 0 || strcmp(jenis, "lkj") == 0);
}

int rp_write(const RPlan *r, const SrcSet *src, const RpOptions *o, char **err)
{
    /* the evaluator's state is read (values of other periods), not changed
     * in what any other reader sees */
    RbInput in = {.jenis = o->jenis, .r = (RPlan *)r, .src = src, .angka_en = o->angka_en};
    RdDoc *d = rb_build(&in, err);
    if (!d)
        return -1;
    int rc;
    switch (o->format) {
    case RP_HTML: rc = rd_render_html(o->out, d, err); break;
    case RP_XLSX: rc = rd_render_xlsx(o->path, d, err); break;
    default: rc = rd_render_md(o->out, d, err); break;
    }
    rb_free(d);
    return rc;
}
