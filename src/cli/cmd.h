/*
 * cmd.h - what the command modules (cmd_*.c) share: loading a run,
 * exit status from diagnostics, colour, output files.
 */
#ifndef RKT_CMD_H
#define RKT_CMD_H

#include <stdio.h>
#include "cli/cli.h"
#include "front/load.h"
#include "check/sema.h"
#include "out/diag_out.h"

/* Loads every FILE and builds the Model; EXIT_USAGE if a FILE is
 * unreadable or a limit is hit.  Caller frees with sm_free + ld_free. */
int cmd_load(const RktOpts *o, Program *p, Model **m);
int cmd_status(const DgList *d);
bool cmd_color(const RktOpts *o, FILE *f);
int cmd_render_out(const RktOpts *o, DgFormat fmt, Program *p);

/* Output: stdout, or with -o a buffer written atomically on close. */
typedef struct CmdOut {
    char *buf;
    size_t len;
    FILE *f;
} CmdOut;
FILE *cmd_out_open(const RktOpts *o, CmdOut *out);
int cmd_out_close(const RktOpts *o, CmdOut *out);   /* 0, or -1 (reported) */
/* Whether the scanner or the parser reported an error (E001..E010): the
 * tree is partial, so no Model is built. */
bool cmd_has_syntax_errors(const DgList *d);
/* Runs the static aturan (rules.c) and adds their findings as diagnostics. */
void cmd_static_rules(Model *m, DgList *d);

#endif
