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
    char **libdirs;          /* the rules search path as realpaths (NULL
                              * entries: missing), found on first need */
    int nlibdirs;
    bool libdirs_shared;     /* a fork's: its base's */
} Program;

void ld_init(Program *p);
void ld_free(Program *p);
/* Loads a file or a directory (every *.rkt below it, sorted).  Returns 0,
 * or -1 when the argument itself cannot be read (usage error, exit 2;
 * the message is already on stderr). */
int ld_load_arg(Program *p, const char *path);
/* Registers in-memory source (tests). */
void ld_load_text(Program *p, const char *name, const char *text);
/* Loads one file whose realpath the caller has found (eval --semua):
 * ld_load_arg without the expansion and the lookups.  0, or -1 when it
 * cannot be read (message on stderr). */
int ld_load_known(Program *p, const char *path, const char *real);

/* The files a FILE argument names: itself, or every *.rkt below a
 * directory, sorted (malloc'd paths in a malloc'd array).  0, or -1 when
 * it cannot be read (the message is already on stderr). */
int ld_expand(const char *path, char ***files, int *nfiles);

/* Where `impor "what"` in the file shown as `from` leads: a module found
 * in the search path, or a path relative to `from`.  Malloc'd; NULL for
 * a module that is not found.  The file may not exist. */
char *ld_resolve(const Program *p, const char *from, const char *what);

/* A child Program (eval --semua, semua.c): it starts with every file and
 * tree of `base`, which it shares and must not change, and loads more of
 * its own: an import of a file the base has is that file (load once, by
 * realpath).  ld_unfork frees what the child added, diagnostics
 * included; the base stays as it was.  Nothing else may be freed in
 * between (ld_free on a child would free the base's files). */
void ld_fork(Program *child, const Program *base);
void ld_unfork(Program *child, const Program *base);

#endif
