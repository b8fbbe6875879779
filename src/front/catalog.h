/*
 * catalog.h - the catalogue of a run: what the scanner sees of every file
 * before any is parsed (docs/design.md "The pipeline").  For each file:
 * its imports, its top-level declarations, its plans with their `mengacu`,
 * `tahun`, and element and indicator codes, its tests with the plan they
 * name.  From it come the load order (load.c), the names declared twice
 * (E011), the plan a code names, the codes a rule may read, and the
 * builds: the base (every file that declares more than plans, what those
 * import, and the plans they need) and one build per group of plan files
 * that refer to each other (front/catalog.c, cat_builds).
 */
#ifndef RKT_CATALOG_H
#define RKT_CATALOG_H

#include <pthread.h>
#include <stdbool.h>
#include "front/ast.h"
#include "base/diag.h"

/* The kinds of top-level declaration. */
typedef enum CatKind { CK_SATUAN, CK_SKALA, CK_FUNGSI, CK_DATA, CK_PLAN, CK_ATURAN, CK_UJI } CatKind;

/* The four namespaces of top-level names (docs/language.md#namespaces):
 * where a name stands always tells which one it is read in, so `satuan
 * persen` and `fungsi persen` do not clash.  Codes are the names of data
 * series, plans, aturan and uji. */
typedef enum CatNs { NS_UNIT, NS_SCALE, NS_FUNC, NS_CODE, NS__COUNT } CatNs;

CatNs cat_ns(CatKind k);
/* The keyword of a kind, as messages name it ("satuan", "rencana"). */
const char *cat_kind_word(CatKind k);
/* Whether a declaration of this kind repeated with the same definition is
 * one declaration (satuan, skala, fungsi, data): the build that holds both
 * compares them (check/same.c).  A plan, aturan or uji is declared once. */
bool cat_mergeable(CatKind k);

typedef struct CatImport {
    const char *what;           /* the string as written */
    Span at;                    /* the string */
    Span item;                  /* `impor "..."` */
    int file;                   /* the file it loads, -1 when none */
} CatImport;

typedef struct CatDecl {
    const char *name;
    CatKind kind;
    Span at;                    /* the name */
    bool first;                 /* the one that stands: not a repeat of
                                 * its name in its namespace (cat_finish) */
} CatDecl;

typedef struct CatPlan {
    const char *code;
    PlanKind kind;
    int file;
    Span at;
    const char *mengacu;        /* NULL: none */
    const char *atasan;         /* the superior's plan; NULL: none */
    struct CatPlan **subs;      /* its supporters: plans whose atasan names
                                 * it, in tree order (cat_finish) */
    int nsubs;
    bool atasan_cycle;          /* on a cycle of atasan */
    int tahun;                  /* 0: not written (or not a year) */
    const char **inds;          /* the indikator codes */
    const char **ind_sas;       /* while the file is scanned: the sasaran
                                 * each is written in, or NULL (then kept
                                 * by code: cat_ind_sasaran) */
    int ninds;
    const char **sas;           /* the element codes (every kind) */
    unsigned char *sas_kind;    /* the ElKind of each */
    int nsas;
    bool first;                 /* not a repeated code (cat_finish) */
    int order;                  /* among the run's plans, in tree order */
    int decl;                   /* its CatDecl in the file */
} CatPlan;

typedef struct CatTest {
    const char *name;
    const char *rencana;        /* NULL: none written */
} CatTest;

typedef struct CatFile {
    bool scanned;
    bool shared;                /* declares more than impor and plans */
    bool library;               /* lies in the rules search path */
    Arena *ar;                  /* its strings while it is scanned (then interned) */
    CatImport *imports;
    int nimports;
    CatDecl *decls;
    int ndecls;
    CatPlan *plans;
    int nplans;
    CatTest *tests;
    int ntests;
    int build;                  /* 0: the base; cat_builds */
} CatFile;

typedef struct CatName CatName;

/* A group of files built together into one Model (cat_builds). */
typedef struct CatBuild {
    int *files;                 /* ids, in tree order */
    int nfiles;
    int *deps;                  /* builds it needs first, ascending */
    bool *reads;                /* by deps: whether it reads that build's
                                 * Model (an import, a plan `mengacu`
                                 * names), or only comes after it (its
                                 * plans' supporters) */
    int ndeps;
    int ndependents;            /* builds that need it */
    int nreaders;               /* those that read its Model */
} CatBuild;

typedef struct Catalog {
    CatFile *files;             /* by SrcFile id */
    int nfiles, capfiles;
    int *post;                  /* file ids in tree order: imports first */
    int npost, cappost;
    CatPlan **plans;            /* every plan, in tree order */
    int nplans;
    CatName *names[NS__COUNT];  /* name -> first declaration, by namespace */
    CatName *plan_codes;        /* plan code -> first plan */
    CatName *strs;              /* the one copy of every string above;
                                 * the codes of the plans marked */
    CatBuild *builds;           /* [0] the base */
    int nbuilds;
    Arena *ar;
    size_t kept;                /* bytes of plan files' texts kept (CAT_KEEP) */
    pthread_mutex_t mu;         /* strs, ar and kept, while files are scanned */
} Catalog;

/* A file of plans only goes back to the disk once catalogued (its build
 * reads it again), but only past this many bytes of such texts kept: a
 * run of a few plans keeps them all and reads each file once.  Which
 * files of a larger run stay is first come (the catalogue's threads);
 * the output is the same either way, the same bytes being read. */
#define CAT_KEEP (1u << 20)

void cat_init(Catalog *c);
void cat_free(Catalog *c);

/* The catalogue entry of file f, scanning its text the first time.
 * Scanning touches only that entry: files may be scanned on several
 * threads at once once cat_reserve has made room for all of them. */
CatFile *cat_file(Catalog *c, const SrcFile *f);
void cat_reserve(Catalog *c, int nfiles);

/* Records that file `id` is complete in load order (its imports before). */
void cat_post(Catalog *c, int id);

/* Once every file is loaded: the names declared twice in one namespace
 * (E011, located at the later in tree order; a repeat of a satuan, skala,
 * fungsi or data series is left to its build, which compares the two
 * definitions), the plans by code, the codes, the builds. */
void cat_finish(Catalog *c, const SrcSet *src, DgList *d);

/* The first plan of that code, or NULL. */
const CatPlan *cat_plan(const Catalog *c, const char *code);
/* Whether some plan of the run has this element or indicator code. */
bool cat_has_code(const Catalog *c, const char *code);
/* The sasaran an indicator of that code is written in (in the file of
 * the lowest id that has it), or NULL: for hints. */
const char *cat_ind_sasaran(const Catalog *c, const char *code);
/* Whether the declaration at `at` is the first of its name in the
 * namespace of kind k. */
bool cat_is_first(const Catalog *c, CatKind k, const char *name, Span at);

#endif
