/*
 * check_bkhit.c - a program built the way a user of the installed library
 * builds one (cc prog.c $(pkg-config --cflags --libs rkt)): checks the
 * .rkt files named and exits with rkt_check's status (tests/install/run.sh).
 *
 *   check_bkhit PATH...     the status of checking them: 0, 1 or 2
 *   check_bkhit --version   the version of the library linked
 */
#include <stdio.h>
#include <string.h>

#include <rkt.h>

typedef struct Count {
    int n[3];                   /* by rkt_severity */
} Count;

static void on_diagnostic(const rkt_diagnostic *d, void *userdata)
{
    Count *c = userdata;
    if (d->severity >= RKT_SEV_ERROR && d->severity <= RKT_SEV_NOTE)
        c->n[d->severity]++;
}

int main(int argc, char **argv)
{
    if (argc == 2 && strcmp(argv[1], "--version") == 0) {
        puts(rkt_version());
        return 0;
    }
    if (argc < 2) {
        fprintf(stderr, "usage: check_bkhit PATH...\n");
        return 2;
    }
    Count c = {{0, 0, 0}};
    rkt_options o = {.on_diagnostic = on_diagnostic, .userdata = &c};
    rkt_session *s = rkt_open(&o);
    if (!s)
        return 2;
    for (int i = 1; i < argc; i++)
        rkt_add_file(s, argv[i]);
    int rc = rkt_check(s);
    if (rc == RKT_EUSAGE)
        fprintf(stderr, "check_bkhit: %s\n", rkt_errmsg(s) ? rkt_errmsg(s) : "usage error");
    printf("status %d: %d errors, %d warnings, %d notes\n", rc, c.n[RKT_SEV_ERROR], c.n[RKT_SEV_WARNING],
           c.n[RKT_SEV_NOTE]);
    /* the callback saw what the counts say */
    if (c.n[RKT_SEV_ERROR] != rkt_error_count(s) || c.n[RKT_SEV_WARNING] != rkt_warning_count(s)) {
        fprintf(stderr, "check_bkhit: the callback's counts differ from rkt_error_count/rkt_warning_count\n");
        rc = 2;
    }
    rkt_close(s);
    return rc;
}
