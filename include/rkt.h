/*
 * rkt.h - the rkt library: performance plans (SAKIP) as code.
 *
 * One session holds one run: the .rkt files and texts it is given, the
 * realisation data, and the diagnostics found.  The `rkt` command is built
 * on this header and nothing else (docs/library.md).
 *
 *   rkt_options o = {0};
 *   rkt_session *s = rkt_open(&o);
 *   rkt_add_file(s, "examples/bkhit");
 *   rkt_add_data_file(s, "examples/bkhit/realisasi-2025.csv");
 *   rkt_eval_options e = {.format = RKT_FORMAT_JSON};
 *   int rc = rkt_eval_write(s, &e, stdout);    // RKT_OK, RKT_EINPUT, RKT_EUSAGE
 *   rkt_close(s);
 *
 * Threads: a session is used by one thread at a time (calls on one
 * session are not synchronised); distinct sessions share nothing and may
 * be used on distinct threads at once.  A session runs worker threads of
 * its own inside a call (rkt_options.threads); none outlives the call.
 *
 * Strings handed out are UTF-8 and owned by the library: a diagnostic's
 * until the callback returns, a result's until its rkt_result_fn returns, a
 * session's until rkt_close, except those documented as malloc'd (free
 * them with rkt_free).  Text taken from input (messages, uraian, file
 * names) is returned as it is: escape it before showing it on a terminal,
 * in a log or in a spreadsheet, as the rkt_*_write functions do.
 *
 * Every symbol this library exports starts with rkt_.
 */
#ifndef RKT_H
#define RKT_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* What the library exports: the functions declared below with RKT_API,
 * and nothing else (it is compiled with -fvisibility=hidden).  A binding
 * that reads declarations (PHP's FFI::cdef) takes them without it. */
#ifndef RKT_API
#if defined(__GNUC__) && __GNUC__ >= 4
#define RKT_API __attribute__((visibility("default")))
#else
#define RKT_API
#endif
#endif

#define RKT_VERSION_MAJOR 0
#define RKT_VERSION_MINOR 2
#define RKT_VERSION_PATCH 0

/* "0.2.0": the version of the library actually linked. */
RKT_API const char *rkt_version(void);

/* Status of every call that runs something: the command's exit status
 * (docs/cli.md "Exit status"). */
enum {
    RKT_OK = 0,        /* done; no error (warnings allowed unless RKT_WERROR) */
    RKT_EINPUT = 1,    /* the input has errors, a galat rule fired, a test failed */
    RKT_EUSAGE = 2     /* usage error, unreadable file, internal limit: rkt_errmsg */
};

typedef struct rkt_session rkt_session;

/* ---- diagnostics ------------------------------------------------------ */

typedef enum rkt_severity { RKT_SEV_ERROR, RKT_SEV_WARNING, RKT_SEV_NOTE } rkt_severity;

typedef struct rkt_diagnostic {
    rkt_severity severity;
    const char *code;          /* "E012": stable, docs/diagnostics.md */
    const char *message;       /* the whole sentence, suggestion included */
    const char *file;          /* as named or imported; NULL: none */
    int line, column;          /* from 1, columns in characters; 0: none */
    int end_line, end_column;  /* end, exclusive */
} rkt_diagnostic;

/* Called for each diagnostic of a call, in source order, before the call
 * returns, on the thread that made the call (never a worker's). */
typedef void (*rkt_diagnostic_fn)(const rkt_diagnostic *d, void *userdata);

/* ---- the session ------------------------------------------------------ */

enum {
    RKT_ANGKA_ID = 1 << 0,     /* data numbers in Indonesian form: 25.945, 81,5 */
    RKT_WERROR = 1 << 1        /* warnings make the status RKT_EINPUT */
};

typedef struct rkt_options {
    const char *const *search_path;  /* the rules search path (-I DIR), in order; */
    int nsearch_path;                /* then RKT_PATH, then the installed rules/ */
    const char *root;          /* imports may not leave this folder (--akar); NULL: none */
    int threads;               /* worker threads; 0: one per processor (at most 8) */
    int flags;                 /* RKT_ANGKA_ID | RKT_WERROR */
    rkt_diagnostic_fn on_diagnostic;
    void *userdata;
    const char *bahasa;        /* messages: "id" or "en"; NULL: from the locale as
                                * gettext picks it (docs/library.md "Messages") */
    const char *localedir;     /* where id/LC_MESSAGES/rkt.mo is; NULL: beside the
                                * program, then $(PREFIX)/share/locale */
} rkt_options;

/* A new session; the options are copied.  NULL only when out of memory. */
RKT_API rkt_session *rkt_open(const rkt_options *opt);
RKT_API void rkt_close(rkt_session *s);

/* Messages (docs/library.md "Messages"): the language of the session's
 * diagnostics, reasons and reports, "id" or "en"; and msgid, one of rkt's
 * English messages (po/rkt.pot), in that language: its translation, or
 * msgid itself.  Valid until rkt_close.  Each call of the library makes
 * the session's language and the "C" locale its thread's for the call
 * (uselocale, restored on return): numbers are read and written with a
 * '.' whatever LC_NUMERIC the program set; nothing process-wide changes. */
RKT_API const char *rkt_language(const rkt_session *s);
RKT_API const char *rkt_gettext(const rkt_session *s, const char *msgid) __attribute__((format_arg(2)));

/* Why the last call returned RKT_EUSAGE ("cannot read 'x': No such file
 * or directory"), or NULL.  Valid until the next call on s. */
RKT_API const char *rkt_errmsg(const rkt_session *s);

/* Sources: a .rkt file, a directory (every *.rkt below it, sorted), or a
 * text in memory under a name (copied).  Loaded, with their imports, by
 * the next call that runs: the files first, in the order added, then the
 * texts, in the order added (load order is the order of results and of
 * diagnostics).  RKT_OK, or RKT_EUSAGE when a file or folder cannot be
 * read. */
RKT_API int rkt_add_file(rkt_session *s, const char *path);
RKT_API int rkt_add_text(rkt_session *s, const char *name, const char *text, size_t len);

/* Realisation data (CSV, docs/language.md#realisation-data): a file or a text (copied). */
RKT_API int rkt_add_data_file(rkt_session *s, const char *path);
RKT_API int rkt_add_data_text(rkt_session *s, const char *name, const char *text, size_t len);

/* ---- check ------------------------------------------------------------ */

/* Every check of docs/language.md#checks and every static rule. */
RKT_API int rkt_check(rkt_session *s);

typedef enum rkt_format {
    RKT_FORMAT_HUMAN,          /* diagnostics: caret view (and `test`: text) */
    RKT_FORMAT_JSON,           /* diagnostics, eval, test */
    RKT_FORMAT_GITHUB,         /* diagnostics: workflow commands */
    RKT_FORMAT_SARIF,          /* diagnostics: SARIF 2.1.0 */
    RKT_FORMAT_TABLE,          /* eval */
    RKT_FORMAT_CSV,            /* eval */
    RKT_FORMAT_MD,             /* eval */
    RKT_FORMAT_JUNIT,          /* test */
    RKT_FORMAT_HTML,           /* report */
    RKT_FORMAT_XLSX            /* report */
} rkt_format;

enum {
    RKT_COLOR = 1 << 0,        /* colour (human diagnostics, table) */
    RKT_LAPORAN_ID = 1 << 1    /* csv: ';' and decimal commas */
};

/* Writes the diagnostics of the run so far (every call's) in a format of
 * docs/cli.md "Diagnostics", escaped for a terminal or a log.  RKT_OK, or
 * RKT_EUSAGE when out cannot be written. */
RKT_API int rkt_diagnostics_write(rkt_session *s, rkt_format f, int flags, FILE *out);
/* The counts behind the status of check. */
RKT_API int rkt_error_count(const rkt_session *s);
RKT_API int rkt_warning_count(const rkt_session *s);

/* ---- eval ------------------------------------------------------------- */

typedef struct rkt_eval_options {
    const char *plan;          /* the rkt or pk plan; NULL: the only one loaded */
    int all;                   /* every rkt/pk plan loaded (eval --semua) */
    const char *periode;       /* 2025, 2025-TW2, 2025-S1, 2025-06; NULL: the year */
    rkt_format format;         /* for rkt_eval_write */
    int flags;                 /* RKT_COLOR | RKT_LAPORAN_ID */
    int width;                 /* table: the terminal's columns; 0: 100 */
} rkt_eval_options;

/* Evaluates and writes the results (docs/cli.md "eval output").  With data
 * errors nothing is written (RKT_EINPUT).  With `all`, a plan whose own
 * files have errors is left out and the others are written; when out is a
 * regular file not open for appending, the results go into it as they are
 * made, and a run with data errors truncates it back to where it was. */
RKT_API int rkt_eval_write(rkt_session *s, const rkt_eval_options *o, FILE *out);

/* The result of one plan as plain structs.  Values are as computed,
 * unrounded: round them with rkt_round2 where a reader sees them.  One
 * pointer per declaration: PHP's FFI::cdef (before php-src #17794) reads
 * `const char *a, *b` as if b were a char **. */
typedef struct rkt_value {
    int ada;                   /* 0: kosong (no value) */
    double v;
} rkt_value;

typedef struct rkt_indicator {
    const char *code;
    const char *uraian;
    const char *satuan;
    const char *polaritas;     /* maksimal, minimal, stabil */
    const char *konsolidasi;   /* jumlah, rata, terakhir, maks, min */
    const char *pelaksana;     /* NULL: none */
    rkt_value target;          /* for the period; a range's lower bound */
    rkt_value target_hi;       /* a range's upper bound; else == target */
    rkt_value realisasi, capaian;
    const char *predikat;      /* band code, or NULL */
} rkt_indicator;

typedef struct rkt_element {
    const char *code;
    const char *kind;          /* "sasaran" */
    const char *uraian;
    rkt_value capaian;
    const char *predikat;
    const rkt_indicator *indicators;
    int nindicators;
    const char *const *tanpa_data;      /* indicators left out of the mean */
    int ntanpa_data;
} rkt_element;

typedef struct rkt_finding {
    const char *rule;
    const char *severity;      /* galat, peringatan, info */
    const char *message;
    const char *file;
    int line, column;
} rkt_finding;

typedef struct rkt_plan_result {
    const char *code;
    int year;
    const char *periode;       /* as given: "2025", "2025-TW2" */
    rkt_value capaian;
    const char *predikat;
    const rkt_element *elements;   /* every sasaran, in source order */
    int nelements;
    const rkt_finding *findings;
    int nfindings;
} rkt_plan_result;

typedef struct rkt_result rkt_result;

/* Called with each plan's result in load order, on the thread that called
 * rkt_eval, once every plan is evaluated; the result is freed when the
 * callback returns.  (So a run of many plans holds every result until
 * the first callback; rkt_eval_write writes each as it is done.)  A
 * non-zero return stops the run (status RKT_OK unless something failed
 * before). */
typedef int (*rkt_result_fn)(const rkt_result *r, void *userdata);

/* Evaluates (one plan, or all with o->all) and hands each result to fn;
 * o->format is not used.  With data errors fn is never called. */
RKT_API int rkt_eval(rkt_session *s, const rkt_eval_options *o, rkt_result_fn fn, void *userdata);

RKT_API const rkt_plan_result *rkt_result_plan(const rkt_result *r);
/* The JSON of docs/cli.md "eval output" for this plan, one line, malloc'd. */
RKT_API char *rkt_result_json(const rkt_result *r);

/* Round half away from zero at two decimals, on the shortest decimal that
 * reads back as x (1.005 -> 1.01): the figure a reader sees. */
RKT_API double rkt_round2(double x);

/* ---- explain, test ------------------------------------------------------ */

/* How one value of the plan was obtained (docs/cli.md `explain`). */
RKT_API int rkt_explain_write(rkt_session *s, const rkt_eval_options *o, const char *code, FILE *out);

/* Runs the uji blocks whose name contains `pattern` (NULL: all) and
 * writes the report: RKT_FORMAT_HUMAN (text), RKT_FORMAT_JSON or
 * RKT_FORMAT_JUNIT. */
RKT_API int rkt_test_write(rkt_session *s, const char *pattern, rkt_format f, FILE *out);

/* ---- report --------------------------------------------------------------- */

typedef struct rkt_report_options {
    const char *jenis;         /* rkt, pk, renstra, iku, pengukuran, lkj (docs/cli.md "report") */
    const char *plan;          /* --rencana; NULL: the only rkt/pk (renstra: the only renstra) loaded */
    const char *periode;       /* pengukuran, lkj: through this period; NULL: the year */
    rkt_format format;         /* RKT_FORMAT_MD, RKT_FORMAT_HTML, RKT_FORMAT_XLSX */
    int angka_en;              /* md, html: 25,945.00 instead of 25.945,00 */
    FILE *out;                 /* md, html */
    const char *path;          /* xlsx: the file written (the command's temporary) */
} rkt_report_options;

/* Builds the document of one plan and writes it.  RKT_EINPUT with check or
 * data errors (nothing written); RKT_EUSAGE with rkt_errmsg for an unknown
 * jenis, a plan that cannot be chosen or a renderer that failed. */
RKT_API int rkt_report_write(rkt_session *s, const rkt_report_options *o);
/* ---- fmt ---------------------------------------------------------------- */

/* The canonical layout of a .rkt text (docs/cli.md "fmt"), shown as
 * `name` (NULL: "<text>") in diagnostics.  RKT_OK: *out is the formatted
 * text, malloc'd (free it with rkt_free) and NUL-terminated, and *outlen
 * (when not NULL) its length.  RKT_EINPUT: the text has syntax errors,
 * given to the diagnostic callback and kept for rkt_diagnostics_write as
 * a run's are; *out is NULL.  RKT_EUSAGE: a limit of the parser was
 * reached (also a diagnostic).  Nothing is read but the text: its
 * imports are not followed. */
RKT_API int rkt_format_text(rkt_session *s, const char *name, const char *text, size_t len, char **out, size_t *outlen);

/* ---- the language server ---------------------------------------------- */

/* Serves the Language Server Protocol (docs/cli.md "Language server") on
 * in and out until `exit` or the end of in: each open document is
 * checked with these options (search path, root; on_diagnostic is not
 * used; opt->threads as for rkt_check).  RKT_OK after shutdown and
 * exit, else RKT_EINPUT.  Messages are read and answered on the calling
 * thread; out is flushed after each one. */
RKT_API int rkt_lsp(const rkt_options *opt, FILE *in, FILE *out);

/* ---- text from input ---------------------------------------------------- */

/* printf for a message that repeats text from input (a file name, a
 * code): every %s argument is written with its control characters shown
 * escaped (\x1b, \r, \n; docs/cli.md "Diagnostics").  Only %s, %d, %c and %%
 * (with a `-` flag and a width for %s and %d). */
RKT_API void rkt_textf(FILE *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* The same into a malloc'd string (free it with rkt_free). */
RKT_API char *rkt_textf_dup(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* The files of the last run: its sources, what they imported, its data
 * (as named; i from 0 while non-NULL).  The command refuses to write its
 * output over one of them. */
RKT_API const char *rkt_file(const rkt_session *s, int i);

/* Frees what the library returned malloc'd. */
RKT_API void rkt_free(void *p);

#ifdef __cplusplus
}
#endif

#endif
