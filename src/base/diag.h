/*
 * diag.h - diagnostics: one record per finding, collected for a run and
 * rendered by the out/ renderers (out/diag_out.h: human, JSON, GitHub,
 * SARIF).  Codes are stable: E = error, W = warning, I = note; every code
 * is in docs/diagnostics.md (a test checks).
 *
 * A list keeps at most DG_MAX_PER_FILE records per file (docs/language.md#realisation-data):
 * past that they are only counted, so a data file of a million bad rows
 * costs no more than one of 200.  A record can be settled (dg_settle):
 * its positions and the part of its source line the caret view shows are
 * copied into it, after which rendering it needs the file's path only,
 * not its text.
 */
#ifndef RKT_DIAG_H
#define RKT_DIAG_H

#include <stdbool.h>
#include "base/source.h"

typedef enum { DG_ERROR, DG_WARNING, DG_NOTE } DgSev;

/* The most records kept per file; the rest are counted (DgFileCount). */
enum { DG_MAX_PER_FILE = 200 };

/* What the caret view shows of a record's line: a window of at most
 * DG_SNIP_COLS characters starting DG_SNIP_BEFORE before the column when
 * the line is longer, so output stays linear in the input however long
 * its lines are. */
enum { DG_SNIP_COLS = 200, DG_SNIP_BEFORE = 80 };
typedef struct DgSnippet {
    const char *text;    /* the window's bytes, raw (not NUL-terminated) */
    int len;
    int pre;             /* bytes of text before the column */
    int pad;             /* columns from the line's end to the column */
    int mark;            /* characters to underline, at least 1; those
                          * past text (an ellipsis, the line's end) are
                          * one column each */
    bool cut_left, cut_right;   /* the line goes on beyond the window */
    bool blank;          /* the line is empty */
} DgSnippet;

typedef struct Diag {
    DgSev sev;
    const char *code;    /* static string, "E012" */
    char *msg;           /* malloc'd, full sentence incl. suggestion */
    Span span;
    int seq;             /* insertion order, for a stable sort */
    int order;           /* load order of the span's file (dg_sort) */
    /* dg_settle: */
    bool settled;
    SrcPos pos, end;     /* start and end (exclusive); line 0: none */
    DgSnippet *snip;     /* malloc'd with its text; NULL: no line shown */
} Diag;

/* Per file: how many records are kept, how many more were counted. */
typedef struct DgFileCount {
    int kept;
    int more[3];                 /* by DgSev */
    int last_lo, last_seq;       /* the kept record that sorts last */
} DgFileCount;

typedef struct DgList {
    Diag *v;
    int n, cap;
    int nerr, nwarn, nnote;  /* every record, kept or only counted */
    bool werror;         /* warnings count as errors for exit status */
    bool limit;          /* an internal limit was hit: exit 2 */
    DgFileCount *files;  /* by file id; NULL until a file has a record */
    int nfiles;
    int seq;             /* the next record's seq */
} DgList;

void dg_init(DgList *d);
void dg_free(DgList *d);
/* Drops every record that repeats an earlier one of `code` at the same
 * span (W401: one warning per expression of the run). */
void dg_once(DgList *d, const char *code);
void dg_add(DgList *d, DgSev sev, const char *code, Span at, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* Moves every record of `from` to the end of `to`, as if added there
 * (and its counts and limit flag); `from` is left empty. */
void dg_move(DgList *to, DgList *from);
/* Severity of a code from its first letter. */
DgSev dg_sev_of(const char *code);
/* dg_add with the severity taken from the code. */
void dg_emit(DgList *d, const char *code, Span at, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Would a record at `at` be kept?  False when its file has its
 * DG_MAX_PER_FILE and this one sorts after all of them: a caller may skip
 * the work of a message (a "did you mean") that would only be counted. */
bool dg_keeps(const DgList *d, Span at);
/* Records of `file` counted but not kept, of severity sev. */
int dg_more(const DgList *d, int file, DgSev sev);
/* Source order: file (in load order; by id when src is NULL), byte
 * offset (the same order as line and column), then insertion. */
void dg_sort(DgList *d, const SrcSet *src);
bool dg_failed(const DgList *d);   /* errors, or warnings under werror */
const char *dg_sev_name(DgSev s);  /* "error", "warning", "note" */

/* Settles the records of file f: their positions and snippet are
 * computed from its text and stored, so they render the same once the
 * text is gone (src_forget_text).  Settling twice changes nothing. */
void dg_settle(DgList *d, SrcFile *f);
/* A record's start and end: stored when settled, else computed; line 0
 * when it has none. */
void dg_positions(const Diag *g, const SrcSet *src, SrcPos *pos, SrcPos *end);
/* The snippet of a record's line: stored when settled, else computed
 * (then text points into the file's text).  False: no line to show. */
bool dg_snippet(const Diag *g, const SrcSet *src, DgSnippet *out);

/* Nearest candidate to `word` by edit distance, NULL if none is close;
 * a word longer than DG_NEAREST_MAX bytes has none. */
enum { DG_NEAREST_MAX = 255 };
const char *dg_nearest(const char *word, const char *const *cands, int n);

#endif
