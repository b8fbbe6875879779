/*
 * cli.h - the options of one rkt invocation and the commands that take
 * them.  main.c only parses argv into RktOpts; each command is a library
 * function (cmd_*.c) returning the exit status of docs/cli.md.
 */
#ifndef RKT_CLI_H
#define RKT_CLI_H

#include <stdbool.h>

#define RKT_VERSION "0.1.0"

enum { EXIT_OK = 0, EXIT_INPUT = 1, EXIT_USAGE = 2 };

typedef struct RktOpts {
    const char *cmd;
    const char **files;      /* FILE... (plans, rules, directories) */
    int nfiles;
    const char **data;       /* --data CSV (repeatable) */
    int ndata;
    const char **incdirs;    /* -I DIR */
    int nincdirs;
    const char *periode;     /* --periode P */
    const char *format;      /* --format */
    const char *output;      /* -o FILE */
    const char *rencana;     /* --rencana CODE */
    const char *code;        /* explain CODE */
    const char *run;         /* test --run PATTERN */
    const char *akar;        /* --akar DIR: imports stay inside it */
    const char *jenis;       /* report --jenis KIND */
    bool semua;              /* eval --semua */
    bool angka_id;           /* --angka id */
    bool angka_laporan_en;   /* --angka-laporan en */
    bool werror;
    int color;               /* -1 auto, 0 never, 1 always */
    bool write;              /* fmt -w */
    bool check;              /* fmt --check */
    const char *bahasa;      /* --bahasa id|en; NULL: the locale's */
    bool help;               /* COMMAND --help */
} RktOpts;

int cmd_check(const RktOpts *o);
int cmd_eval(const RktOpts *o);
int cmd_explain(const RktOpts *o);
int cmd_test(const RktOpts *o);
int cmd_report(const RktOpts *o);
int cmd_fmt(const RktOpts *o);
int cmd_lsp(const RktOpts *o);
int cmd_help(const char *topic);
int cmd_completion(const RktOpts *o);

#endif
