/*
 * render_xlsx.c - the xlsx renderer of a report (rd_render_xlsx).
 * A stub until the reportout branch replaces this file: it fails with
 * "not built yet" so `rkt report --format xlsx` exits with a clear error.
 */
#include "base/util.h"
#include "report/doc.h"

int rd_render_xlsx(const char *path, const RdDoc *doc, char **err)
{
    (void)path;
    (void)doc;
    if (err)
        *err = xstrdup("xlsx output is not built yet");
    return -1;
}
