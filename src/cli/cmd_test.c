/*
 * cmd_test.c - `rkt test` on the library: the `uji` blocks run and
 * reported (docs/cli.md "uji blocks"; the runner is eval/uji.c, the report
 * out/test_report.c).
 *
 * Errors in the loaded files do not stop the run unless they are syntax
 * errors: a test runs when the files it depends on have none (its own,
 * its plan's and that plan's `mengacu` chain, and every file that
 * declares no plan: units, scales, functions, rules), and fails as "not
 * run" otherwise.  So a folder of plans with deliberate mistakes beside
 * the tested ones (examples/) can be tested; `rkt check` judges those.
 */
#include <string.h>

#include "cli/cmd.h"
#include "cli/msg.h"

int cmd_test(const RktOpts *o)
{
    const char *fmt = o->format ? o->format : "text";
    rkt_format f;
    if (strcmp(fmt, "text") == 0) f = RKT_FORMAT_HUMAN;
    else if (strcmp(fmt, "json") == 0) f = RKT_FORMAT_JSON;
    else if (strcmp(fmt, "junit") == 0) f = RKT_FORMAT_JUNIT;
    else {
        rkt_textf(stderr, cli_tr("rkt: test --format takes text, json or junit, not '%s'\n"), fmt);
        return EXIT_USAGE;
    }
    rkt_session *s = cmd_session(o);
    if (!s)
        return EXIT_USAGE;
    CmdOut out;
    FILE *of = cmd_out_open(o, &out);
    int rc = rkt_test_write(s, o->run, f, of);
    if (cmd_out_close(o, &out, rc != EXIT_USAGE, s) != 0)
        rc = EXIT_USAGE;
    cmd_say_error(s);
    cmd_diagnostics(o, s);
    rkt_close(s);
    return rc;
}
