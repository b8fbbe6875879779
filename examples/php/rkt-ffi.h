/*
 * rkt-ffi.h - the part of include/rkt.h that capaian.php uses, for PHP's
 * FFI::cdef (which runs no preprocessor: no #include, no macros, so the
 * functions are declared without RKT_API).  Every declaration here is
 * rkt.h's, copied; `sh examples/php/test.sh` checks that they still are.
 */

/* Status of every call that runs something */
enum {
    RKT_OK = 0,        /* done; no error (warnings allowed unless RKT_WERROR) */
    RKT_EINPUT = 1,    /* the input has errors, a galat rule fired, a test failed */
    RKT_EUSAGE = 2     /* usage error, unreadable file, internal limit: rkt_errmsg */
};

typedef struct rkt_session rkt_session;

typedef enum rkt_severity { RKT_SEV_ERROR, RKT_SEV_WARNING, RKT_SEV_NOTE } rkt_severity;

typedef struct rkt_diagnostic {
    rkt_severity severity;
    const char *code;          /* "E012": stable, docs/diagnostics.md */
    const char *message;       /* the whole sentence, suggestion included */
    const char *file;          /* as named or imported; NULL: none */
    int line, column;          /* from 1, columns in characters; 0: none */
    int end_line, end_column;  /* end, exclusive */
} rkt_diagnostic;

typedef void (*rkt_diagnostic_fn)(const rkt_diagnostic *d, void *userdata);

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
    const char *bahasa;        /* messages: "id" or "en"; NULL: from the locale */
    const char *localedir;     /* where id/LC_MESSAGES/rkt.mo is; NULL: installed */
} rkt_options;

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

typedef struct rkt_eval_options {
    const char *plan;          /* the rkt or pk plan; NULL: the only one loaded */
    int all;                   /* every rkt/pk plan loaded (eval --semua) */
    const char *periode;       /* 2025, 2025-TW2, 2025-S1, 2025-06; NULL: the year */
    rkt_format format;         /* for rkt_eval_write */
    int flags;                 /* RKT_COLOR | RKT_LAPORAN_ID */
    int width;                 /* table: the terminal's columns; 0: 100 */
} rkt_eval_options;

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

typedef int (*rkt_result_fn)(const rkt_result *r, void *userdata);

const char *rkt_version(void);

rkt_session *rkt_open(const rkt_options *opt);

void rkt_close(rkt_session *s);

const char *rkt_errmsg(const rkt_session *s);

int rkt_add_file(rkt_session *s, const char *path);

int rkt_add_data_file(rkt_session *s, const char *path);

int rkt_eval(rkt_session *s, const rkt_eval_options *o, rkt_result_fn fn, void *userdata);

const rkt_plan_result *rkt_result_plan(const rkt_result *r);

double rkt_round2(double x);
