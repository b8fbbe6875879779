/*
 * load.h - the set of files of one run: the files and directories named on
 * the command line and, transitively, what they import (LANGUAGE.md §2).
 * Each file is parsed once (identity = realpath); an import cycle is an
 * error naming the whole cycle.
 */
#ifndef RKT_LOAD_H
#define RKT_LOAD_H

#include "ast.h"
#include "diag.h"

typedef struct Program {
    SrcSet src;
    DgList diags;
    Ast **asts;              /* in load order: imports before importers */
    int nasts, cap;
    const char **incdirs;    /* -I DIR, in order */
    int nincdirs;
    const char *exe_dir;     /* directory of the rkt binary, for rules/ */
} Program;

void ld_init(Program *p);
void ld_free(Program *p);
/* Loads a file or a directory (every *.rkt below it, sorted).  Returns 0,
 * or -1 when the argument itself cannot be read (usage error, exit 2;
 * the message is already on stderr). */
int ld_load_arg(Program *p, const char *path);
/* Registers in-memory source (tests). */
void ld_load_text(Program *p, const char *name, const char *text);

#endif
