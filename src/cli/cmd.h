/*
 * cmd.h - what the command modules (cmd_*.c) share: the session of one
 * invocation (include/rkt.h is all they use of the library), colour,
 * messages, and output files.
 */
#ifndef RKT_CMD_H
#define RKT_CMD_H

#include <stdbool.h>
#include <stdio.h>

#include "rkt.h"
#include "cli/cli.h"
#include "cli/outfile.h"

/* A session with the invocation's options and FILE arguments added;
 * NULL (and the message printed) when FILE arguments are missing. */
rkt_session *cmd_session(const RktOpts *o);
/* Prints "rkt: MESSAGE" for each line of the session's error, if any. */
void cmd_say_error(const rkt_session *s);
/* Prints the run's diagnostics on stderr in the human form. */
void cmd_diagnostics(const RktOpts *o, rkt_session *s);
bool cmd_color(const RktOpts *o, FILE *f);

/* Output: stdout, or -o FILE as outfile.h says (a temporary beside it,
 * renamed on close; refused when it is one of the run's files, rkt_file).
 * Written as the run goes, so a run of many plans holds none of its
 * output in memory.  A write error is reported once, with its reason.
 * With `keep` false the old FILE stays as it was. */
typedef struct CmdOut {
    OutFile of;
    FILE *f;
    bool opened;        /* of is open (else f is a sink for a refused -o) */
} CmdOut;
FILE *cmd_out_open(const RktOpts *o, CmdOut *out);
int cmd_out_close(const RktOpts *o, CmdOut *out, bool keep, const rkt_session *s);  /* 0, or -1 */

#endif
