/*
 * load.h - the set of files of one run: the files and directories named on
 * the command line and, transitively, what they import (docs/language.md#declarations).
 * Each file is parsed once (identity = realpath); an import cycle is an
 * error naming the whole cycle.
 */
#ifndef RKT_LOAD_H
#define RKT_LOAD_H

#include "front/ast.h"
#include "base/diag.h"

typedef struct LdSeen LdSeen;
typedef struct LdPre LdPre;
typedef struct LdDir LdDir;
struct Catalog;

typedef struct Program {
    SrcSet src;
    DgList diags;
    Sbuf msgs;               /* why arguments could not be read, a line each */
    Ast **asts;              /* in load order: imports before importers */
    int nasts, cap;
    const char **incdirs;    /* -I DIR, in order */
    int nincdirs;
    const char *exe_dir;     /* directory of the rkt binary, for rules/ */
    char *root;              /* --akar DIR (ld_set_root) as a realpath, and */
    char *root_abs;          /* as an absolute path, not resolved; NULL: none */
    char *root_shown;        /* as given, for messages */
    char **libdirs;          /* the rules search path as realpaths (NULL
                              * entries: missing), found on first need */
    int nlibdirs;
    LdSeen *seen;            /* the loaded files by realpath (uthash) */
    LdDir *dirs;             /* folders' realpaths, for imports (uthash) */
    LdDir *files;            /* the walk's plain files' realpaths, likewise */
    LdDir *modules;          /* module name -> the path found, or NULL */
    struct Catalog *cat;     /* set: files are scanned into the catalogue,
                              * not parsed (the pipeline); NULL: parsed into
                              * asts (tests of single modules) */
    LdPre *pre;              /* files read ahead (ld_load_args) */
    int pre_first, npre;     /* their file ids: pre_first.. +npre-1 */
    int norder;              /* files visited so far (SrcFile.order) */
} Program;

void ld_init(Program *p);
void ld_free(Program *p);
/* Loads a file or a directory (every *.rkt below it, sorted).  Returns 0,
 * or -1 when the argument itself cannot be read (usage error, exit 2;
 * the reason is in p->msgs). */
int ld_load_arg(Program *p, const char *path);
/* ld_load_arg of each argument in turn, with the same trees in the same
 * order and the same diagnostics, but the files the arguments name are
 * read first and parsed in parallel (up to `threads` threads, 0 for one
 * per processor, at most 8); their imports are followed afterwards, in
 * order.  So the arguments' files have the first ids and the files only
 * imported come after them.  0, or -1 as ld_load_arg. */
int ld_load_args(Program *p, const char *const *paths, int npaths, int threads);
/* Confines imports to the folder `dir` (--akar, docs/language.md#declarations): after
 * resolving symlinks an imported file must lie below it or in the rules
 * search path, else E036.  0, or -1 when dir is not a folder that can be
 * resolved (the reason is in p->msgs).  Before loading. */
int ld_set_root(Program *p, const char *dir);
/* Registers in-memory source (tests). */
void ld_load_text(Program *p, const char *name, const char *text);
void ld_load_text_n(Program *p, const char *name, const char *text, size_t len);
/* The files a FILE argument names: itself, or every *.rkt below a
 * directory, sorted (malloc'd paths in a malloc'd array).  Each folder
 * is walked once, by device and inode, so a symlink that loops ends.
 * reals[i], when not NULL, is files[i]'s realpath, known from the walk
 * (a plain file in a folder whose realpath is known): realpath's
 * readlink per component, for every file, was 3% of a check.  0, or -1
 * when it or a folder below it cannot be read: then no files, and the
 * reasons are in p->msgs. */
int ld_expand(Program *p, const char *path, char ***files, char ***reals, int *nfiles);

/* Where `impor "what"` in the file shown as `from` leads: a module found
 * in the search path, or a path relative to `from`.  Malloc'd; NULL for
 * a module that is not found and for an import that is refused (an
 * absolute path or one not ending in .rkt, E035; outside the root,
 * E036).  The file may not exist. */
char *ld_resolve(Program *p, const char *from, const char *what);

#endif
