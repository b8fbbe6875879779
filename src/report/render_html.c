/*
 * render_html.c - the html renderer of a report (rd_render_html).
 * A stub until the reportout branch replaces this file: it fails with
 * "not built yet" so `rkt report --format html` exits with a clear error.
 */
#include "base/util.h"
#include "report/doc.h"

int rd_render_html(FILE *f, const RdDoc *doc, char **err)
{
    (void)f;
    (void)doc;
    if (err)
        *err = xstrdup("html output is not built yet");
    return -1;
}
