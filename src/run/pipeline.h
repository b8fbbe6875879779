/*
 * pipeline.h - one run of every command (docs/design.md "The pipeline"):
 * the catalogue of every file gives the load order and the builds; the
 * data is read once into the keyed store; the base (the shared
 * declarations) is built once and frozen; every other build (a group of
 * plan files that refer to each other) is built on it, on worker threads,
 * after the builds it needs, checked, bound to its view of the data,
 * evaluated, and freed once no build needs it.  A run of one plan file is
 * the case of one build.  The library's session (session.c) is built on
 * this, and the command on the session.
 */
#ifndef RKT_PIPELINE_H
#define RKT_PIPELINE_H

#include <stdbool.h>
#include <stdio.h>

#include "front/load.h"
#include "eval/result.h"

typedef enum RunMode { RUN_CHECK, RUN_EVAL, RUN_EXPLAIN, RUN_TEST } RunMode;

/* The status of a run (docs/cli.md "Exit status"). */
enum { RUN_OK = 0, RUN_INPUT = 1, RUN_USAGE = 2 };

/* The results' formats: eval's, then test's. */
typedef enum RunFormat {
    RF_TABLE, RF_CSV, RF_JSON, RF_MD,
    RF_TEST_TEXT, RF_TEST_JSON, RF_TEST_JUNIT
} RunFormat;

/* A source: a file or folder by path, or a text in memory under a name. */
typedef struct RunSource {
    const char *path;           /* NULL for a text */
    const char *name;
    const char *text;
    size_t len;
} RunSource;

typedef struct RunOptions {
    RunMode mode;
    const RunSource *src;
    int nsrc;
    const RunSource *data;      /* --data */
    int ndata;
    const char *const *incdirs; /* -I DIR */
    int nincdirs;
    const char *root;           /* --akar DIR: imports stay inside it; NULL: none */
    int threads;                /* 0: one per processor (at most 8) */
    bool angka_id, werror;
    /* eval, explain */
    const char *rencana;
    bool semua;
    bool renstra;               /* report --jenis renstra: choose a renstra, not an rkt/pk */
    const char *periode;
    RunFormat format;
    bool color;                 /* table */
    const char *code;           /* explain */
    const char *pattern;        /* test --run */
    FILE *out;                  /* the results */
    /* rkt_eval: each result as it is made, in plan order, instead of out */
    int (*on_result)(const RPlan *r, const SrcSet *src, void *ud);
    void *ud;
} RunOptions;

typedef struct RunOutcome {
    Program p;                  /* the files, and every diagnostic (sorted) */
    char *errmsg;               /* why the run could not be done, or NULL */
    int status;                 /* 0, 1, 2 (docs/cli.md "Exit status") */
    bool wrote;                 /* results went to out */
} RunOutcome;

/* Runs; the outcome keeps the files for the diagnostics to be rendered
 * with.  Free with run_outcome_free. */
int run_pipeline(const RunOptions *o, RunOutcome *out);
void run_outcome_free(RunOutcome *out);

#endif
