/*
 * ast.h - the syntax tree of a .rkt file, as the parser builds it.
 *
 * The parser is deliberately generic about properties: `name value` items
 * are stored as Prop nodes whatever the name, and sema.c gives them their
 * meaning (and reports misplaced or misspelt ones).  That keeps the grammar
 * small and conflict-free, and lets the formatter reprint any file.
 * Every node carries its Span; every node lives in its file's arena.
 * Lists are chained through `next` (the first member of every node) and
 * kept in source order.
 */
#ifndef RKT_AST_H
#define RKT_AST_H

#include <stdbool.h>
#include "base/period.h"
#include "base/source.h"
#include "base/util.h"

typedef struct Node Node;
typedef struct Expr Expr;
typedef struct Str Str;

/* A chained list under construction: head for reading, tail for O(1)
 * appends from left-recursive grammar rules. */
typedef struct List {
    Node *head, *tail;
    int n;
} List;

typedef enum NodeKind {
    N_IMPOR, N_SATUAN, N_SKALA, N_BAND, N_FUNGSI, N_DATA,
    N_PLAN, N_ELEMENT, N_INDIKATOR, N_PROP, N_MAPENT,
    N_ATURAN, N_UJI, N_UJIDATA, N_ROW, N_HARAP, N_EXPR, N_PARAM,
    N_LEVEL
} NodeKind;

struct Node {
    Node *next;
    NodeKind kind;
    Span span;          /* the whole construct */
};


/* A number as written: value plus source text (for "did you mean"). */
typedef struct Num {
    double v;
    const char *text;
    Span span;
} Num;

/* A name as written. */
typedef struct Name {
    const char *s;
    Span span;
} Name;

/* ---- expressions ---- */

typedef enum ExprKind {
    EX_NUM, EX_STR, EX_NAME, EX_PERIOD, EX_NEG, EX_NOT, EX_BIN, EX_IF, EX_CALL
} ExprKind;

typedef enum BinOp {
    OP_ADD, OP_SUB, OP_MUL, OP_DIV,
    OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE,
    OP_AND, OP_OR
} BinOp;

struct Expr {
    Node h;             /* h.next chains call arguments */
    ExprKind kind;
    union {
        Num num;
        Str *str;
        Name name;
        Period period;
        Expr *un;                               /* EX_NEG, EX_NOT */
        struct { BinOp op; Expr *a, *b; } bin;
        struct { Expr *c, *a, *b; } cond;       /* jika c maka a lainnya b */
        struct { Name fn; List args; } call;    /* args: Expr */
    } u;
    int depth;          /* nesting levels, a chain of one precedence
                         * counting one: bounded by PARSE_MAX_DEPTH */
    int height;         /* operators on the longest path down: what a
                         * recursion over it needs; PARSE_MAX_HEIGHT */
};

/* A string: plain (one text part) or interpolated (message strings). */
typedef struct StrPart {
    const char *text;   /* decoded text, or NULL when expr is set */
    Expr *expr;
} StrPart;
struct Str {
    StrPart *parts;
    int n;
    bool interp;        /* has at least one {expr} */
    Span span;
};

/* ---- property values ---- */

typedef enum ValKind {
    V_NUM,      /* 25_945 */
    V_RANGE,    /* 3..5 */
    V_STR,      /* "..." */
    V_NAME,     /* sertifikat;  with `dari`: predikat SKALA dari realisasi */
    V_PERIOD,   /* 2025-TW2 */
    V_MAP,      /* { 2025: 1, TW1: 2 } */
    V_EXPR,     /* = expr */
    V_NONE,     /* a property written without a value (error) */
    V_BLOCK     /* { jabatan "..." nama "..." }: map holds Props */
} ValKind;

typedef struct Value {
    ValKind kind;
    Span span;
    Num num;            /* V_NUM, and the low end of V_RANGE */
    Name tag;           /* V_MAP: the word written before it (`periodik`); tag.s NULL if none */
    union {             /* by kind */
        Num hi;         /* V_RANGE: num..hi */
        Str *str;       /* V_STR */
        struct {
            Name name;  /* V_NAME */
            Name dari;  /* optional `dari X`; dari.s NULL if absent */
        };
        Period period;  /* V_PERIOD */
        List map;       /* V_MAP: MapEnt; V_BLOCK: Prop */
        Expr *expr;     /* V_EXPR */
    };
} Value;

typedef struct MapEnt {
    Node h;
    Name key;           /* "2025" or "TW1" */
    bool key_is_year;
    int year;
    Value val;          /* V_NUM or V_RANGE */
} MapEnt;

typedef struct Prop {
    Node h;
    Name name;
    Value val;
} Prop;

/* ---- declarations ---- */

typedef struct Impor {
    Node h;
    Str *what;
    int file;           /* resolved file id, -1 until loaded */
} Impor;

typedef struct Satuan {          /* satuan NAME ["label"] : KIND [lo..hi] */
    Node h;
    Name name;
    Str *label;                  /* the display label; NULL: none */
    Name kind;                   /* cacah | indeks | persen | angka */
    bool has_range;
    Num lo, hi;
    bool has_levels;             /* : tingkat { WTP, WDP } */
    List levels;                 /* Level, best first */
} Satuan;

typedef struct Level {           /* a level of a tingkat unit: CODE [= n] */
    Node h;
    Name code;
    bool has_val;
    Num val;
} Level;

typedef struct Band {            /* CODE "label" : > n  |  >= n */
    Node h;
    Name code;
    Str *label;
    bool ge;                     /* >= rather than > */
    Num threshold;
} Band;

typedef struct Skala {
    Node h;
    Name name;
    List bands;                  /* Band */
} Skala;

typedef struct Param {
    Node h;
    Name name;
} Param;

typedef struct Fungsi {
    Node h;
    Name name;
    List params;                 /* Param */
    Expr *body;
} Fungsi;

typedef struct DataDecl {        /* data NAME ["uraian"] satuan UNIT [{ props }] */
    Node h;
    Name name;
    Str *uraian;
    Name satuan;
    List props;                  /* Prop */
} DataDecl;

typedef enum PlanKind { PLAN_RENSTRA, PLAN_RKT, PLAN_PK } PlanKind;

/* The kinds of plan element (docs/language.md, "Plan elements"). */
typedef enum ElKind { EL_TUJUAN, EL_SASARAN, EL_PROGRAM, EL_KEGIATAN, EL_SUBKEGIATAN, EL__COUNT } ElKind;

typedef struct Indikator {
    Node h;
    Name code;
    Str *uraian;
    List props;                  /* Prop */
} Indikator;

/* KIND CODE ["uraian"] [{ items }].  Inside another element, one written
 * with neither uraian nor block is a link to an element declared elsewhere
 * in the plan (`sasaran SP1 { tujuan T1 }`), not a nested one. */
typedef struct Element {
    Node h;
    ElKind el;
    Name code;
    Str *uraian;
    bool block;                  /* written with { } */
    List items;                  /* Prop, Element, Indikator */
} Element;

typedef struct Plan {
    Node h;
    PlanKind pk;
    Name code;
    Str *title;
    List items;                  /* Prop, Element */
} Plan;

typedef enum Quant { Q_NONE, Q_INDIKATOR, Q_SASARAN } Quant;

typedef struct Aturan {
    Node h;
    Str *name;
    Quant quant;
    Name var;                    /* i in `untuk indikator i` */
    Name within;                 /* SP1 in `dalam SP1`, s NULL if absent */
    Expr *cond;                  /* NULL: always */
    Name sev;                    /* galat | peringatan | info */
    Str *msg;
} Aturan;

typedef struct Row {             /* [PLAN] CODE PERIOD VALUE inside uji data { } */
    Node h;
    Name plan;                   /* another plan's row; .s NULL: the test's own */
    Name code;
    Period period;
    Span period_span;
    Num val;
    Name level;                  /* a level as the VALUE (OPINI 2025 WDP); .s NULL: a number */
} Row;

typedef struct UjiData {         /* data { rows } inside uji */
    Node h;
    List rows;                   /* Row */
} UjiData;

typedef struct Harap {
    Node h;
    Expr *expr;                  /* harap EXPR */
    Str *temuan;                 /* harap temuan "rule name" */
} Harap;

typedef struct Uji {
    Node h;
    Str *name;
    List items;                  /* Prop (rencana, periode), UjiData, Harap */
} Uji;

/* A comment, kept for the formatter. */
typedef struct Comment {
    Span span;
    const char *text;            /* without the leading '#' */
} Comment;

/* One parsed file. */
typedef struct Ast {
    int file;
    bool library;                /* lies in the rules search path */
    Arena *arena;
    List items;                  /* top-level declarations */
    Comment *comments;           /* parse_file_fmt only, in source order */
    int ncomments, comments_cap;
    int *blanks;                 /* parse_file_fmt only: where each run of
                                  * blanks holding a blank line starts */
    int nblanks, blanks_cap;
} Ast;

Ast *ast_new(int file);
void ast_free(Ast *a);
void list_push(List *l, Node *n);
void *ast_node(Ast *a, size_t size, NodeKind k, Span sp);
Expr *ast_expr(Ast *a, ExprKind k, Span sp);
Str *ast_str_plain(Ast *a, const char *text, Span sp);
const char *plan_kind_name(PlanKind k);                 /* "renstra", "rkt", "pk" */
const char *el_kind_name(ElKind k);                     /* "tujuan", "sasaran", ... */
bool el_is_link(const Element *e, bool nested);

#endif
