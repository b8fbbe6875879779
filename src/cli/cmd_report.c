/*
 * cmd_report.c - `rkt report FILE... --jenis KIND [--data CSV] [--periode P]
 * [--rencana CODE] --format md|html|xlsx -o OUT [--angka-laporan en]` on
 * the library (rkt_report_write): the document of one plan.  -o is
 * written atomically (outfile.h); xlsx is written by the renderer to the
 * temporary's path, which the commit renames into place, so a failed
 * report leaves an existing OUT as it was.  md may go to stdout.
 */
#include <string.h>

#include "cli/cmd.h"

static int report_format(const RktOpts *o, rkt_format *f)
{
    const char *s = o->format;
    if (!s || strcmp(s, "md") == 0)
        *f = RKT_FORMAT_MD;
    else if (strcmp(s, "html") == 0)
        *f = RKT_FORMAT_HTML;
    else if (strcmp(s, "xlsx") == 0)
        *f = RKT_FORMAT_XLSX;
    else {
        rkt_textf(stderr, "rkt: report --format takes md, html or xlsx, not '%s'\n", s);
        return -1;
    }
    if (*f != RKT_FORMAT_MD && !o->output) {
        rkt_textf(stderr, "rkt: report --format %s writes a file: add -o FILE\n", s);
        return -1;
    }
    return 0;
}

int cmd_report(const RktOpts *o)
{
    rkt_format fmt;
    if (!o->jenis) {
        rkt_textf(stderr, "rkt: report needs --jenis rkt|pk|renstra|iku|pengukuran|lkj\n");
        return EXIT_USAGE;
    }
    if (report_format(o, &fmt) != 0)
        return EXIT_USAGE;
    rkt_session *s = cmd_session(o);
    if (!s)
        return EXIT_USAGE;
    CmdOut out;
    FILE *f = cmd_out_open(o, &out);
    rkt_report_options ro = {.jenis = o->jenis, .plan = o->rencana, .periode = o->periode, .format = fmt,
                             .angka_en = o->angka_laporan_en, .out = f};
    if (fmt == RKT_FORMAT_XLSX)
        ro.path = out.opened ? (out.of.tmp ? out.of.tmp : out.of.target) : NULL;
    int rc = fmt == RKT_FORMAT_XLSX && !ro.path ? EXIT_USAGE : rkt_report_write(s, &ro);
    /* only a document written replaces OUT: errors leave it as it was */
    bool keep = rc == EXIT_OK || (rc == EXIT_INPUT && rkt_error_count(s) == 0);
    if (fflush(f) != 0 && o->output == NULL)
        rc = EXIT_USAGE;
    if (cmd_out_close(o, &out, keep, s) != 0)
        rc = EXIT_USAGE;
    cmd_say_error(s);
    cmd_diagnostics(o, s);
    rkt_close(s);
    return rc;
}
