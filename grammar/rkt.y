/*
 * rkt.y - the grammar of the .rkt language (docs/language.md, docs/cli.md `test`).
 *
 * A pure parser with locations.  Items have no terminators: each starts
 * with a keyword or a property name, so one token of lookahead always
 * tells where the next begins.  Properties are parsed generically as
 * `name value` and given meaning by sema.c.
 *
 * Syntax errors are reported by yyreport_syntax_error with the expected
 * tokens (LAC keeps that list exact) and parsing recovers at the next
 * item of the enclosing list, so independent mistakes are all reported.
 * Every semantic value lives in the file's arena, which is released as a
 * whole; that is why no %destructor is needed when bison discards symbols
 * during recovery (nothing is owned outside the arena).
 */

%require "3.8"
%define api.pure full
%define api.location.type {Span}
%define parse.error custom
%define parse.lac full
%define lr.type ielr
%locations
/* One conflict, resolved by shifting as intended: after `KIND CODE`, a
 * syntax error is taken into the element's header-gone-wrong alternative
 * (recovery resumes at its block) rather than ending a bare element there. */
%expect 1
%param {ParseCtx *ctx}
/* Where an empty rule at the very start is: the file's first byte. */
%initial-action { @$ = (Span){ctx->f->id, 0, 0}; }

%code requires {
#include "front/parse_int.h"
}

%code provides {
int yyparse(ParseCtx *ctx);
}

%code top {
#include <ctype.h>
#include <string.h>
}

%code {
#include "front/parse.h"
#include "front/skim.h"
#include "base/period.h"
#include "base/i18n.h"
#define YY_DECL int lx_scan(YYSTYPE *yylval_param, YYLTYPE *yylloc_param, yyscan_t yyscanner)
#include "lex.yy.h"

/* A Span is a byte range (source.h), not bison's four line/column
 * fields: a rule covers its first symbol's start to its last one's end;
 * an empty rule is the empty range where the previous symbol ended. */
#define YYLLOC_DEFAULT(Cur, Rhs, N)                                         \
    do {                                                                    \
        if (N) {                                                            \
            (Cur).file = YYRHSLOC(Rhs, 1).file;                             \
            (Cur).lo = YYRHSLOC(Rhs, 1).lo;                                 \
            (Cur).hi = YYRHSLOC(Rhs, N).hi;                                 \
        } else {                                                            \
            (Cur) = YYRHSLOC(Rhs, 0);                                       \
            (Cur).lo = (Cur).hi;                                            \
        }                                                                   \
    } while (0)

int lx_scan(YYSTYPE *lval, YYLTYPE *lloc, yyscan_t scanner);

static int yylex(YYSTYPE *lval, YYLTYPE *lloc, ParseCtx *ctx)
{
    if (ctx->stop)
        return YYEOF;
    if (!ctx->skim)
        return lx_scan(lval, lloc, ctx->scanner);
    int tok = sk_lex(ctx->skim, lval, lloc);
    if (tok != SK_STOP)
        return tok;
    ctx->skim_gave_up = ctx->stop = true;   /* parse_run makes it again */
    return YYEOF;
}

static void yyerror(YYLTYPE *loc, ParseCtx *ctx, const char *msg);

#define A (ctx->ast)
#define NODE(T, K, sp) ((T *)ast_node(A, sizeof(T), (K), (sp)))

static Expr *mk_bin(ParseCtx *ctx, BinOp op, Expr *a, Expr *b, Span sp);
static Expr *mk_un(ParseCtx *ctx, ExprKind k, Expr *a, Span sp);
static void nest(Expr *e, const Expr *sub, bool chain);
static void nest_check(ParseCtx *ctx, Expr *e, Span sp);
static Str *mk_str(ParseCtx *ctx, const char *text, Span sp);
static void str_push(ParseCtx *ctx, Str *s, const char *text, Expr *e);
static int year_of(ParseCtx *ctx, Num n);
static void set_num(Value *v, Num n, Span sp);
static Prop *mk_val(ParseCtx *ctx, ValKind k, Span sp);
static Node *mk_element(ParseCtx *ctx, int kind, Name code, Str *uraian, const List *items, Span sp);
static void check_temuan(ParseCtx *ctx, Name n);
}

%union {
    Name name;
    Num num;
    const char *text;
    Period period;
    Node *node;
    Expr *expr;
    Str *str;
    List list;
    Prop *prop;             /* a value, in the Prop that will hold it */
    int i;
    Aturan *quant;          /* only its quant, var and within are set */
}

%token IMPOR "'impor'" SATUAN "'satuan'" SKALA "'skala'" FUNGSI "'fungsi'"
       DATA "'data'" RENSTRA "'renstra'" RKT "'rkt'" PK "'pk'"
       TUJUAN "'tujuan'" PROGRAM "'program'" SASARAN "'sasaran'"
       KEGIATAN "'kegiatan'" SUBKEGIATAN "'subkegiatan'"
       INDIKATOR "'indikator'" ATURAN "'aturan'" UJI "'uji'"
       UNTUK "'untuk'" DALAM "'dalam'" JIKA "'jika'" MAKA "'maka'"
       LAINNYA "'lainnya'" DAN "'dan'" ATAU "'atau'" BUKAN "'bukan'"
       DARI "'dari'" HARAP "'harap'"
%token <name> IDENT "name"
%token <num> NUMBER "number"
%token <text> STRING "string"
%token <text> ISTR_START "string with {…}"
%token <text> ISTR_MID "text after {…}"
%token <text> ISTR_END "end of string"
%token <period> PERIOD "period"
%token DOTDOT "'..'" EQ "'=='" NE "'!='" LE "'<='" GE "'>='"

%type <node> item impor satuan_decl skala_decl band fungsi_decl param data_decl level
%type <node> plan plan_item element el_item indikator prop map_ent
%type <node> aturan uji uji_item row
%type <list> bands params params_opt props opt_props plan_items el_items map_seq
%type <list> map_ents uji_items rows args args_opt levels level_seq block_props
%type <name> name kwname uname
%type <num> snum
%type <str> string opt_string istring istr_parts
%type <expr> expr cond_opt
%type <prop> value
%type <i> plan_kind el_kind
%type <period> row_period
%type <quant> quant

%precedence LAINNYA
%left ATAU
%left DAN
%precedence BUKAN
%nonassoc EQ NE '<' LE '>' GE
%left '+' '-'
%left '*' '/'
%precedence NEG

%start file

%%

file:
    items
    ;

items:
    %empty
  | items item          { if ($2) list_push(&A->items, $2); }
  | items error
  | items error skip_block
    ;

item:
    impor | satuan_decl | skala_decl | fungsi_decl | data_decl | plan | aturan | uji
    ;

/* impor "sakip" | impor "renstra.rkt" */
impor:
    IMPOR string        { Impor *n = NODE(Impor, N_IMPOR, @$); n->what = $2; n->file = -1; $$ = &n->h; }
    ;

/* satuan NAME ["label"] : KIND [lo..hi] */
satuan_decl:
    SATUAN uname opt_string ':' name
        { Satuan *n = NODE(Satuan, N_SATUAN, @$); n->name = $2; n->label = $3; n->kind = $5; $$ = &n->h; }
  | SATUAN uname opt_string ':' name snum DOTDOT snum
        { Satuan *n = NODE(Satuan, N_SATUAN, @$); n->name = $2; n->label = $3; n->kind = $5;
          n->has_range = true; n->lo = $6; n->hi = $8; $$ = &n->h; }
  | SATUAN uname opt_string ':' name '{' levels '}'
        { Satuan *n = NODE(Satuan, N_SATUAN, @$); n->name = $2; n->label = $3; n->kind = $5;
          n->has_levels = true; n->levels = $7; $$ = &n->h; }
    ;

/* skala NAME { CODE "label" : > n ... } */
skala_decl:
    SKALA name '{' bands '}'
        { Skala *n = NODE(Skala, N_SKALA, @$); n->name = $2; n->bands = $4; $$ = &n->h; }
    ;

bands:
    %empty              { $$ = (List){0}; }
  | bands band          { $$ = $1; list_push(&$$, $2); }
  | bands error         { $$ = $1; }
    ;

band:
    name opt_string ':' '>' snum
        { Band *n = NODE(Band, N_BAND, @$); n->code = $1; n->label = $2; n->threshold = $5; $$ = &n->h; }
  | name opt_string ':' GE snum
        { Band *n = NODE(Band, N_BAND, @$); n->code = $1; n->label = $2; n->ge = true; n->threshold = $5; $$ = &n->h; }
    ;

/* fungsi NAME(a, b) = expr */
fungsi_decl:
    FUNGSI name '(' params_opt ')' '=' expr
        { Fungsi *n = NODE(Fungsi, N_FUNGSI, @$); n->name = $2; n->params = $4; n->body = $7; $$ = &n->h; }
    ;

params_opt:
    %empty              { $$ = (List){0}; }
  | params
    ;

params:
    param               { $$ = (List){0}; list_push(&$$, $1); }
  | params ',' param    { $$ = $1; list_push(&$$, $3); }
    ;

param:
    name                { Param *n = NODE(Param, N_PARAM, @$); n->name = $1; $$ = &n->h; }
    ;

/* data NAME ["uraian"] satuan UNIT [{ props }] */
data_decl:
    DATA name opt_string SATUAN uname opt_props
        { DataDecl *n = NODE(DataDecl, N_DATA, @$); n->name = $2; n->uraian = $3;
          n->satuan = $5; n->props = $6; $$ = &n->h; }
    ;

opt_props:
    %empty              { $$ = (List){0}; }
  | '{' props '}'       { $$ = $2; }
    ;

/* renstra|rkt|pk CODE ["title"] { ... } */
plan:
    plan_kind name opt_string '{' plan_items '}'
        { Plan *n = NODE(Plan, N_PLAN, @$); n->pk = (PlanKind)$1; n->code = $2; n->title = $3;
          n->items = $5; $$ = &n->h; }
    ;

plan_kind:
    RENSTRA             { $$ = PLAN_RENSTRA; }
  | RKT                 { $$ = PLAN_RKT; }
  | PK                  { $$ = PLAN_PK; }
    ;

plan_items:
    %empty              { $$ = (List){0}; }
  | plan_items plan_item { $$ = $1; list_push(&$$, $2); }
  | plan_items error    { $$ = $1; }
  | plan_items error skip_block { $$ = $1; }
    ;

plan_item:
    prop | element
    ;

/* After a syntax error in a list of items, a block that follows it is
 * skipped whole, its braces balanced: `sasarn S1 "..." { ... }` (a
 * misspelt keyword) is one error, where recovery used to read the block's
 * items as the enclosing plan's and report the plan's own '}' as a second
 * error.  Not in an indicator's properties: there the usual mistake is a
 * '}' left out before the next `indikator`, whose block must then be read
 * (and its '}' close the one left open).  skip_tok is every token but the
 * braces: a new token belongs here too. */
skip_block:
    '{' skipped '}'
    ;

skipped:
    %empty
  | skipped skip_tok
  | skipped '{' skipped '}'
    ;

skip_tok:
    IMPOR | SATUAN | SKALA | FUNGSI | DATA | RENSTRA | RKT | PK | TUJUAN | PROGRAM
  | SASARAN | KEGIATAN | SUBKEGIATAN | INDIKATOR | ATURAN | UJI | UNTUK | DALAM
  | JIKA | MAKA | LAINNYA | DAN | ATAU | BUKAN | DARI | HARAP
  | IDENT | NUMBER | STRING | ISTR_START | ISTR_MID | ISTR_END | PERIOD
  | DOTDOT | EQ | NE | LE | GE
  | '(' | ')' | '*' | '+' | ',' | '-' | '/' | ':' | '<' | '=' | '>'
    ;

/* KIND CODE ["uraian"] [{ items }]: the tree of a plan (ast.h, Element).
 * A header gone wrong (the error alternatives, code missing or not):
 * recovery resumes at its block, so its '}' closes it and not the plan. */
element:
    el_kind name opt_string
        { $$ = mk_element(ctx, $1, $2, $3, NULL, @$); }
  | el_kind name opt_string '{' el_items '}'
        { $$ = mk_element(ctx, $1, $2, $3, &$5, @$); }
  | el_kind name error '{' el_items '}'
        { $$ = mk_element(ctx, $1, $2, NULL, &$5, @$); }
  | el_kind error '{' el_items '}'
        { $$ = mk_element(ctx, $1, (Name){"", @1}, NULL, &$4, @$); }
    ;

el_kind:
    TUJUAN              { $$ = EL_TUJUAN; }
  | SASARAN             { $$ = EL_SASARAN; }
  | PROGRAM             { $$ = EL_PROGRAM; }
  | KEGIATAN            { $$ = EL_KEGIATAN; }
  | SUBKEGIATAN         { $$ = EL_SUBKEGIATAN; }
    ;

el_items:
    %empty              { $$ = (List){0}; }
  | el_items el_item    { $$ = $1; list_push(&$$, $2); }
  | el_items error      { $$ = $1; }
  | el_items error skip_block { $$ = $1; }
    ;

el_item:
    prop | element | indikator
    ;

indikator:
    INDIKATOR name opt_string '{' props '}'
        { Indikator *n = NODE(Indikator, N_INDIKATOR, @$); n->code = $2; n->uraian = $3; n->props = $5; $$ = &n->h; }
  | INDIKATOR name error '{' props '}'     /* a header gone wrong: as an element */
        { Indikator *n = NODE(Indikator, N_INDIKATOR, @$); n->code = $2; n->props = $5; $$ = &n->h; }
  | INDIKATOR error '{' props '}'
        { Indikator *n = NODE(Indikator, N_INDIKATOR, @$); n->code = (Name){"", @1}; n->props = $4; $$ = &n->h; }
    ;

props:
    %empty              { $$ = (List){0}; }
  | props prop          { $$ = $1; list_push(&$$, $2); }
  | props error         { $$ = $1; }
    ;

/* NAME value: the name says what the value means (sema.c). */
prop:
    name value          { $2->name = $1; $2->h.span = @$; $$ = &$2->h; }
  | SATUAN value        { $2->name.s = "satuan"; $2->name.span = @1; $2->h.span = @$; $$ = &$2->h; }
    ;

value:
    snum                { $$ = mk_val(ctx, V_NUM, @$); $$->val.num = $1; }
  | snum DOTDOT snum    { $$ = mk_val(ctx, V_RANGE, @$); $$->val.num = $1; $$->val.hi = $3; }
  | string              { $$ = mk_val(ctx, V_STR, @$); $$->val.str = $1; }
  | name                { $$ = mk_val(ctx, V_NAME, @$); $$->val.name = $1; }
  | name DARI name      { $$ = mk_val(ctx, V_NAME, @$); $$->val.name = $1; $$->val.dari = $3; }
  | kwname              { $$ = mk_val(ctx, V_NAME, @$); $$->val.name = $1; }
  | PERIOD              { $$ = mk_val(ctx, V_PERIOD, @$); $$->val.period = $1; }
  | '{' map_ents '}'    { $$ = mk_val(ctx, V_MAP, @$); $$->val.map = $2; }
  | name '{' map_ents '}'
                        { $$ = mk_val(ctx, V_MAP, @$); $$->val.map = $3; $$->val.tag = $1; }
  | '{' block_props '}' { $$ = mk_val(ctx, V_BLOCK, @$); $$->val.map = $2; }
  | '=' expr            { $$ = mk_val(ctx, V_EXPR, @2); $$->val.expr = $2; }
    ;

/* { jabatan "Kepala Balai" nama "..." }: a block of properties
 * (penandatangan, pihak_kedua); its first `name value` (no ':') tells it
 * from a map, and `{ }` stays an empty map. */
block_props:
    prop                { $$ = (List){0}; list_push(&$$, $1); }
  | block_props prop    { $$ = $1; list_push(&$$, $2); }
    ;

/* { 2025: 25_945, 2026: 26_500 }  or  { TW1: 6_000, ... }; commas optional */
map_ents:
    %empty              { $$ = (List){0}; }
  | map_seq
  | map_seq ','
    ;

map_seq:
    map_ent             { $$ = (List){0}; list_push(&$$, $1); }
  | map_seq ',' map_ent { $$ = $1; list_push(&$$, $3); }
  | map_seq map_ent     { $$ = $1; list_push(&$$, $2); }
  | map_seq error       { $$ = $1; }
    ;

map_ent:
    NUMBER ':' snum
        { MapEnt *n = NODE(MapEnt, N_MAPENT, @$); n->key.s = $1.text; n->key.span = @1;
          n->key_is_year = true; n->year = year_of(ctx, $1); set_num(&n->val, $3, @3); $$ = &n->h; }
  | NUMBER ':' snum DOTDOT snum
        { MapEnt *n = NODE(MapEnt, N_MAPENT, @$); n->key.s = $1.text; n->key.span = @1;
          n->key_is_year = true; n->year = year_of(ctx, $1); set_num(&n->val, $3, span_join(@3, @5));
          n->val.kind = V_RANGE; n->val.hi = $5; $$ = &n->h; }
  | name ':' snum
        { MapEnt *n = NODE(MapEnt, N_MAPENT, @$); n->key = $1; set_num(&n->val, $3, @3); $$ = &n->h; }
  | NUMBER ':' name                     /* a level of a tingkat unit: { 2025: WDP } */
        { MapEnt *n = NODE(MapEnt, N_MAPENT, @$); n->key.s = $1.text; n->key.span = @1;
          n->key_is_year = true; n->year = year_of(ctx, $1); n->val.kind = V_NAME; n->val.span = @3;
          n->val.name = $3; $$ = &n->h; }
  | name ':' name
        { MapEnt *n = NODE(MapEnt, N_MAPENT, @$); n->key = $1; n->val.kind = V_NAME; n->val.span = @3;
          n->val.name = $3; $$ = &n->h; }
  | name ':' snum DOTDOT snum
        { MapEnt *n = NODE(MapEnt, N_MAPENT, @$); n->key = $1; set_num(&n->val, $3, span_join(@3, @5));
          n->val.kind = V_RANGE; n->val.hi = $5; $$ = &n->h; }
    ;

/* the levels of a tingkat unit, best first: { WTP, WDP } or { AA = 100, A = 90 };
 * commas optional, as in a map */
levels:
    %empty              { $$ = (List){0}; }
  | level_seq
  | level_seq ','
    ;

level_seq:
    level               { $$ = (List){0}; list_push(&$$, $1); }
  | level_seq ',' level { $$ = $1; list_push(&$$, $3); }
  | level_seq level     { $$ = $1; list_push(&$$, $2); }
  | level_seq error     { $$ = $1; }
    ;

level:
    name                { Level *n = NODE(Level, N_LEVEL, @$); n->code = $1; $$ = &n->h; }
  | name '=' snum       { Level *n = NODE(Level, N_LEVEL, @$); n->code = $1; n->has_val = true; n->val = $3; $$ = &n->h; }
    ;

/* aturan "name" { [untuk indikator i [dalam SP]] jika COND maka SEV "msg" } */
aturan:
    ATURAN string '{' quant cond_opt MAKA name istring '}'
        { Aturan *n = NODE(Aturan, N_ATURAN, @$); n->name = $2; n->cond = $5; n->sev = $7; n->msg = $8;
          n->quant = $4->quant; n->var = $4->var; n->within = $4->within; $$ = &n->h; }
  | ATURAN string '{' error '}'
        { $$ = NULL; }
    ;

quant:
    %empty              { $$ = NODE(Aturan, N_ATURAN, @$); $$->quant = Q_NONE; }
  | UNTUK INDIKATOR name
                        { $$ = NODE(Aturan, N_ATURAN, @$); $$->quant = Q_INDIKATOR; $$->var = $3; }
  | UNTUK INDIKATOR name DALAM name
                        { $$ = NODE(Aturan, N_ATURAN, @$); $$->quant = Q_INDIKATOR; $$->var = $3; $$->within = $5; }
  | UNTUK SASARAN name  { $$ = NODE(Aturan, N_ATURAN, @$); $$->quant = Q_SASARAN; $$->var = $3; }
    ;

cond_opt:
    %empty              { $$ = NULL; }
  | JIKA expr           { $$ = $2; }
    ;

/* uji "name" { rencana X  periode P  data { rows }  harap ... } */
uji:
    UJI string '{' uji_items '}'
        { Uji *n = NODE(Uji, N_UJI, @$); n->name = $2; n->items = $4; $$ = &n->h; }
    ;

uji_items:
    %empty              { $$ = (List){0}; }
  | uji_items uji_item  { $$ = $1; list_push(&$$, $2); }
  | uji_items error     { $$ = $1; }
    ;

uji_item:
    prop
  | DATA '{' rows '}'
        { UjiData *n = NODE(UjiData, N_UJIDATA, @$); n->rows = $3; $$ = &n->h; }
  | HARAP expr
        { Harap *n = NODE(Harap, N_HARAP, @$); n->expr = $2; $$ = &n->h; }
  | HARAP IDENT string
        { check_temuan(ctx, $2);
          Harap *n = NODE(Harap, N_HARAP, @$); n->temuan = $3; $$ = &n->h; }
    ;

rows:
    %empty              { $$ = (List){0}; }
  | rows row            { $$ = $1; list_push(&$$, $2); }
  | rows error          { $$ = $1; }
    ;

/* CODE PERIOD VALUE for the test's own plan, PLAN CODE PERIOD VALUE for
 * another loaded plan's (a supporter's, whose realisasi cascades) */
row:
    name row_period snum
        { Row *n = NODE(Row, N_ROW, @$); n->code = $1; n->period = $2; n->period_span = @2; n->val = $3; $$ = &n->h; }
  | name name row_period snum
        { Row *n = NODE(Row, N_ROW, @$); n->plan = $1; n->code = $2; n->period = $3; n->period_span = @3; n->val = $4; $$ = &n->h; }
  | name row_period name                /* a level of a tingkat unit: OPINI 2025 WDP */
        { Row *n = NODE(Row, N_ROW, @$); n->code = $1; n->period = $2; n->period_span = @2; n->level = $3;
          n->val.span = @3; n->val.text = $3.s; $$ = &n->h; }
  | name name row_period name
        { Row *n = NODE(Row, N_ROW, @$); n->plan = $1; n->code = $2; n->period = $3; n->period_span = @3; n->level = $4;
          n->val.span = @4; n->val.text = $4.s; $$ = &n->h; }
    ;

row_period:
    PERIOD              { $$ = $1; }
  | NUMBER              { $$ = (Period){P_YEAR, year_of(ctx, $1), 0}; }
    ;

/* ---- expressions ---- */

expr:
    NUMBER              { $$ = ast_expr(A, EX_NUM, @$); $$->u.num = $1; }
  | string              { $$ = ast_expr(A, EX_STR, @$); $$->u.str = $1; }
  | PERIOD              { $$ = ast_expr(A, EX_PERIOD, @$); $$->u.period = $1; }
  | name                { $$ = ast_expr(A, EX_NAME, @$); $$->u.name = $1; }
  | name '(' args_opt ')'
        { $$ = ast_expr(A, EX_CALL, @$); $$->u.call.fn = $1; $$->u.call.args = $3;
          for (Node *a = $3.head; a; a = a->next)
              nest($$, (Expr *)a, false);
          nest_check(ctx, $$, @$); }
  | '(' expr ')'        { $$ = $2; $$->h.span = @$; }
  | '-' expr %prec NEG  { $$ = mk_un(ctx, EX_NEG, $2, @$); }
  | BUKAN expr          { $$ = mk_un(ctx, EX_NOT, $2, @$); }
  | expr '+' expr       { $$ = mk_bin(ctx, OP_ADD, $1, $3, @$); }
  | expr '-' expr       { $$ = mk_bin(ctx, OP_SUB, $1, $3, @$); }
  | expr '*' expr       { $$ = mk_bin(ctx, OP_MUL, $1, $3, @$); }
  | expr '/' expr       { $$ = mk_bin(ctx, OP_DIV, $1, $3, @$); }
  | expr EQ expr        { $$ = mk_bin(ctx, OP_EQ, $1, $3, @$); }
  | expr NE expr        { $$ = mk_bin(ctx, OP_NE, $1, $3, @$); }
  | expr '<' expr       { $$ = mk_bin(ctx, OP_LT, $1, $3, @$); }
  | expr LE expr        { $$ = mk_bin(ctx, OP_LE, $1, $3, @$); }
  | expr '>' expr       { $$ = mk_bin(ctx, OP_GT, $1, $3, @$); }
  | expr GE expr        { $$ = mk_bin(ctx, OP_GE, $1, $3, @$); }
  | expr DAN expr       { $$ = mk_bin(ctx, OP_AND, $1, $3, @$); }
  | expr ATAU expr      { $$ = mk_bin(ctx, OP_OR, $1, $3, @$); }
  | JIKA expr MAKA expr LAINNYA expr
        { $$ = ast_expr(A, EX_IF, @$); $$->u.cond.c = $2; $$->u.cond.a = $4; $$->u.cond.b = $6;
          nest($$, $2, false);
          nest($$, $4, false);
          nest($$, $6, false);
          nest_check(ctx, $$, @$); }
    ;

args_opt:
    %empty              { $$ = (List){0}; }
  | args
    ;

args:
    expr                { $$ = (List){0}; list_push(&$$, &$1->h); }
  | args ',' expr       { $$ = $1; list_push(&$$, &$3->h); }
    ;

/* ---- leaves ---- */

name:
    IDENT
    ;

/* The element words that are also names: of units (rules/sakip.rkt
 * declares `satuan kegiatan`) and of a sasaran's `tingkat program`. */
kwname:
    PROGRAM             { $$ = (Name){"program", @1}; }
  | KEGIATAN            { $$ = (Name){"kegiatan", @1}; }
  | SUBKEGIATAN         { $$ = (Name){"subkegiatan", @1}; }
    ;

uname:
    name | kwname
    ;

snum:
    NUMBER
  | '-' NUMBER          { $$ = $2; $$.v = -$2.v; $$.span = @$;
                          $$.text = ar_printf(A->arena, "-%s", $2.text); }
    ;

string:
    STRING              { $$ = mk_str(ctx, $1, @$); }
    ;

opt_string:
    %empty              { $$ = NULL; }
  | string
    ;

istring:
    STRING              { $$ = mk_str(ctx, $1, @$); }
  | istr_parts ISTR_END { $$ = $1; str_push(ctx, $$, $2, NULL); $$->span = @$; }
    ;

istr_parts:
    ISTR_START expr     { $$ = mk_str(ctx, $1, @1); $$->interp = true; str_push(ctx, $$, NULL, $2); }
  | istr_parts ISTR_MID expr
                        { $$ = $1; str_push(ctx, $$, $2, NULL); str_push(ctx, $$, NULL, $3); }
    ;

%%

/* Operators of one precedence level: a chain of them (a + b - c) is one
 * level of nesting.  Comparisons do not chain (%nonassoc). */
static int op_level(BinOp op)
{
    switch (op) {
    case OP_ADD: case OP_SUB: return 1;
    case OP_MUL: case OP_DIV: return 2;
    case OP_AND: return 3;
    case OP_OR:  return 4;
    default:     return 0;
    }
}

/* Takes a sub-expression into e's two measures: its nesting, where an
 * operand is a level below its operator except the left one of a chain
 * (a + b + c + d is one level, as people read it, bounded by
 * PARSE_MAX_DEPTH); and its height, the operators on the longest path
 * down, which is what the checker's and the evaluator's recursion needs
 * (a chain of n terms is n deep), bounded by PARSE_MAX_HEIGHT. */
static void nest(Expr *e, const Expr *sub, bool chain)
{
    int d = chain ? sub->depth : sub->depth + 1;
    if (d > e->depth)
        e->depth = d;
    if (sub->height + 1 > e->height)
        e->height = sub->height + 1;
}

static void nest_check(ParseCtx *ctx, Expr *e, Span sp)
{
    if (e->depth > PARSE_MAX_DEPTH)
        yyerror(&sp, ctx, "depth");
    else if (e->height > PARSE_MAX_HEIGHT)
        yyerror(&sp, ctx, "height");
}

static Expr *mk_bin(ParseCtx *ctx, BinOp op, Expr *a, Expr *b, Span sp)
{
    Expr *e = ast_expr(A, EX_BIN, sp);
    e->u.bin.op = op;
    e->u.bin.a = a;
    e->u.bin.b = b;
    nest(e, a, a->kind == EX_BIN && op_level(op) && op_level(a->u.bin.op) == op_level(op));
    nest(e, b, false);
    nest_check(ctx, e, sp);
    return e;
}

static Expr *mk_un(ParseCtx *ctx, ExprKind k, Expr *a, Span sp)
{
    Expr *e = ast_expr(A, k, sp);
    e->u.un = a;
    nest(e, a, false);
    nest_check(ctx, e, sp);
    return e;
}

static Str *mk_str(ParseCtx *ctx, const char *text, Span sp)
{
    Str *s = ar_alloc(A->arena, sizeof *s);
    s->span = sp;
    str_push(ctx, s, text, NULL);
    return s;
}

/* Parts are few (a message holds a handful of {expr}); grow by copying. */
static void str_push(ParseCtx *ctx, Str *s, const char *text, Expr *e)
{
    if (text && !*text && s->n > 0)
        return;
    StrPart *np = ar_alloc(A->arena, (size_t)(s->n + 1) * sizeof *np);
    if (s->n)
        memcpy(np, s->parts, (size_t)s->n * sizeof *np);
    np[s->n].text = text;
    np[s->n].expr = e;
    s->parts = np;
    s->n++;
}

/* A number value written in place into the node (zeroed already), not
 * a 120-byte Value built aside and copied in.  Simpler; no change in the
 * parse's time was measurable on this machine. */
static void set_num(Value *v, Num n, Span sp)
{
    v->kind = V_NUM;
    v->num = n;
    v->span = sp;
}

/* The Prop is made here, its name filled in by the `prop` rule. */
static Node *mk_element(ParseCtx *ctx, int kind, Name code, Str *uraian, const List *items, Span sp)
{
    Element *n = NODE(Element, N_ELEMENT, sp);
    n->el = (ElKind)kind;
    n->code = code;
    n->uraian = uraian;
    n->block = items != NULL;
    if (items)
        n->items = *items;
    return &n->h;
}

static Prop *mk_val(ParseCtx *ctx, ValKind k, Span sp)
{
    Prop *p = NODE(Prop, N_PROP, sp);
    p->val.kind = k;
    p->val.span = sp;
    return p;
}

static void check_temuan(ParseCtx *ctx, Name n)
{
    if (strcmp(n.s, "temuan") != 0)
        lx_error(ctx, "E010", n.span, "expected 'temuan' after 'harap' and before a rule's name, found '%s'", n.s);
}

/* A number written where a year belongs (a target map key, a uji data
 * row): out of range it is a malformed period, and stands as year 0. */
static int year_of(ParseCtx *ctx, Num n)
{
    if (pd_year_ok(n.v))
        return (int)n.v;
    lx_error(ctx, "E006", n.span, "'%s' is not a year: write a year from %d to %d, as in 2025",
             n.text ? n.text : "?", PD_YEAR_MIN, PD_YEAR_MAX);
    return 0;
}

/* Only limits reach yyerror: syntax errors go to yyreport_syntax_error. */
static void yyerror(YYLTYPE *loc, ParseCtx *ctx, const char *msg)
{
    bool depth = strcmp(msg, "depth") == 0, height = strcmp(msg, "height") == 0;
    if (depth || height) {
        if (!ctx->depth_reported && depth)
            lx_error(ctx, "E002", *loc, "expression nested deeper than %d levels; split it with a fungsi",
                     PARSE_MAX_DEPTH);
        else if (!ctx->depth_reported)
            lx_error(ctx, "E002", *loc, "expression of more than %d terms in a chain such as a + b + c; "
                     "split it with a fungsi", PARSE_MAX_HEIGHT);
        ctx->depth_reported = true;
    } else {
        lx_error(ctx, "E002", *loc, "%s: the file is too deeply nested to parse", msg);
    }
    ctx->d->limit = true;
    ctx->stop = true;
}

/* The user-facing name of a token: keywords in quotes, classes plain. */
static const char *tok_name(yysymbol_kind_t k)
{
    switch (k) {
    case YYSYMBOL_YYEOF: return _("end of file");
    case YYSYMBOL_YYUNDEF: return _("invalid token");
    case YYSYMBOL_IDENT: return _("name");
    case YYSYMBOL_NUMBER: return _("number");
    case YYSYMBOL_STRING: return _("string");
    case YYSYMBOL_ISTR_START: return _("string with {…}");
    case YYSYMBOL_ISTR_MID: return _("text after {…}");
    case YYSYMBOL_ISTR_END: return _("end of string");
    case YYSYMBOL_PERIOD: return _("period");
    default: break;
    }
    const char *n = yysymbol_name(k);
    return n;
}

/* The word ending at t[*end) going back over blanks first; its start in
 * *end, its length returned (0: none). */
static int word_before(const char *t, int *end)
{
    int e = *end;
    while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '\t'))
        e--;
    int b = e;
    while (b > 0 && (isalnum((unsigned char)t[b - 1]) || t[b - 1] == '_'))
        b--;
    *end = b;
    return e - b;
}

/* `sasarn S1 "..."`: a string after two words, the first near the
 * keyword of a block that takes CODE "uraian" (the misspelt keyword read
 * as a property with the code as its value); the word into w. */
static const char *misspelt_keyword(const ParseCtx *ctx, int at, char w[24])
{
    static const char *const kws[] = {"sasaran", "indikator", "tujuan", "program", "kegiatan",
                                      "subkegiatan", "renstra", "aturan", "satuan", "skala"};
    const char *t = ctx->f->text;
    int p = at;
    if (word_before(t, &p) == 0)
        return NULL;
    int len = word_before(t, &p);
    if (len == 0 || len > 20)
        return NULL;
    memcpy(w, t + p, (size_t)len);
    w[len] = '\0';
    const char *best = NULL;
    int bd = 3;
    for (size_t i = 0; i < sizeof kws / sizeof *kws; i++) {
        int d = edit_distance(w, kws[i], 2);
        if (d > 0 && d < bd) {
            bd = d;
            best = kws[i];
        }
    }
    return best;
}

/* ':' is among the expected tokens: after `satuan NAME` a string (its
 * label) may come, but the usual mistake is the ':' left out. */
static bool close_colon(const yysymbol_kind_t *exp, int n)
{
    for (int i = 0; i < n; i++)
        if (strcmp(yysymbol_name(exp[i]), "':'") == 0)
            return true;
    return false;
}

/* Hints for the mistakes people make most. */
static const char *syntax_hint(ParseCtx *ctx, yysymbol_kind_t got, Span at, const yysymbol_kind_t *exp, int n)
{
    if (got == YYSYMBOL_ISTR_START)
        return _("; '{' in a string starts an interpolation, allowed only in a rule's message: write \\{ for a literal brace");
    if (got == YYSYMBOL_YYEOF && ctx->nopen > 0 && ctx->nopen <= PARSE_MAX_OPEN) {
        SrcPos o = src_pos(ctx->f, ctx->open[ctx->nopen - 1].lo);
        snprintf(ctx->hint, sizeof ctx->hint, _("; the '%c' opened at line %d, column %d is not closed"),
                 ctx->open_ch[ctx->nopen - 1], o.line, o.col);
        return ctx->hint;
    }
    bool close_ok = false;
    for (int i = 0; i < n; i++)
        close_ok |= strcmp(yysymbol_name(exp[i]), "'}'") == 0;
    bool starts_block = got == YYSYMBOL_INDIKATOR || got == YYSYMBOL_SASARAN || got == YYSYMBOL_TUJUAN
                        || got == YYSYMBOL_PROGRAM || got == YYSYMBOL_KEGIATAN || got == YYSYMBOL_SUBKEGIATAN
                        || got == YYSYMBOL_RKT || got == YYSYMBOL_PK || got == YYSYMBOL_RENSTRA;
    if (starts_block && close_ok && ctx->nopen > 0 && ctx->nopen <= PARSE_MAX_OPEN) {
        SrcPos o = src_pos(ctx->f, ctx->open[ctx->nopen - 1].lo);
        snprintf(ctx->hint, sizeof ctx->hint, _("; is the '%c' opened at line %d, column %d missing its '%c'?"),
                 ctx->open_ch[ctx->nopen - 1], o.line, o.col, ctx->open_ch[ctx->nopen - 1] == '{' ? '}' : ')');
        return ctx->hint;
    }
    char word[24];
    const char *kw = got == YYSYMBOL_STRING || got == YYSYMBOL_ISTR_START
                     ? misspelt_keyword(ctx, at.lo, word) : NULL;
    if (kw) {
        snprintf(ctx->hint, sizeof ctx->hint, _("; '%s' is not a keyword: did you mean '%s'?"), word, kw);
        return ctx->hint;
    }
    char num[48];
    if (lx_decimal_comma(ctx, at.lo, num, sizeof num)) {
        snprintf(ctx->hint, sizeof ctx->hint, _("; the decimal point is '.': %s"), num);
        return ctx->hint;
    }
    for (int i = 0; i < n; i++) {
        if (exp[i] == YYSYMBOL_STRING && got == YYSYMBOL_IDENT && !close_colon(exp, n))
            return _("; descriptions and messages are written in double quotes");
        if (exp[i] == YYSYMBOL_IDENT && got == YYSYMBOL_STRING && n == 1)
            return _("; the code comes first, then the description in quotes, e.g. SP1 \"...\"");
    }
    return "";
}

static int yyreport_syntax_error(const yypcontext_t *pc, ParseCtx *ctx)
{
    if (ctx->stop)
        return 0;           /* a limit or a lexical error ended the file early */
    lx_restore(ctx->scanner);   /* the hints read the text around the token */
    enum { MAXEXP = 24 };
    yysymbol_kind_t exp[MAXEXP];
    int n = yypcontext_expected_tokens(pc, exp, MAXEXP);
    yysymbol_kind_t got = yypcontext_token(pc);
    Span at = *yypcontext_location(pc);
    Sbuf b;
    sb_init(&b);
    if (got == YYSYMBOL_YYEOF) {
        sb_puts(&b, _("unexpected end of file"));
    } else {
        int len = at.hi - at.lo;
        const char *text = ctx->f->text + at.lo;
        if (got == YYSYMBOL_STRING || got == YYSYMBOL_ISTR_START || len > 40 || len <= 0)
            sb_printf(&b, _("unexpected %s"), tok_name(got));
        else if (got == YYSYMBOL_IDENT || got == YYSYMBOL_NUMBER || got == YYSYMBOL_PERIOD)
            sb_printf(&b, _("unexpected %s '%.*s'"), tok_name(got), len, text);
        else
            sb_printf(&b, _("unexpected %s"), tok_name(got));
    }
    if (n > 0) {
        sb_puts(&b, n == 1 ? _(", expected ") : _(", expected one of: "));
        for (int i = 0; i < n && i < MAXEXP; i++) {
            if (i)
                sb_puts(&b, ", ");
            sb_puts(&b, tok_name(exp[i]));
        }
    }
    sb_puts(&b, syntax_hint(ctx, got, at, exp, n < 0 ? 0 : n));
    if (lx_may_report(ctx, at))
        dg_add(ctx->d, DG_ERROR, "E009", at, "%s", b.s);
    sb_free(&b);
    return 0;
}

static Ast *parse_run(SrcFile *f, DgList *d, bool trivia);

Ast *parse_file(SrcFile *f, DgList *d)
{
    return parse_run(f, d, false);
}

Ast *parse_file_fmt(SrcFile *f, DgList *d)
{
    return parse_run(f, d, true);
}

static Ast *parse_with(SrcFile *f, DgList *d, bool trivia, bool skim);

/* A file the catalogue's skim took whole is read by it again, unless
 * the formatter wants its comments; should the skim give up (the text
 * read again is not the one it took), that parse and what it reported
 * are dropped and the scanner reads the file. */
static Ast *parse_run(SrcFile *f, DgList *d, bool trivia)
{
    if (f->len > PARSE_MAX_BYTES) {
        Span at = {f->id, 0, 0};
        dg_add(d, DG_ERROR, "E002", at, "file has more than %d bytes, the limit for one file; split it into modules",
               PARSE_MAX_BYTES);
        d->limit = true;
        return ast_new(f->id);
    }
    if (f->skimmed && !trivia) {
        DgList mine;
        dg_init(&mine);
        Ast *ast = parse_with(f, &mine, false, true);
        if (ast) {
            dg_move(d, &mine);
            return ast;
        }
        dg_free(&mine);
    }
    return parse_with(f, d, trivia, false);
}

/* The parse of f, the scanner's or the skim's; NULL when the skim gave up. */
static Ast *parse_with(SrcFile *f, DgList *d, bool trivia, bool skim)
{
    Ast *ast = ast_new(f->id);
    ParseCtx ctx = {0};
    ctx.ast = ast;
    ctx.d = d;
    ctx.f = f;
    ctx.trivia = trivia;
    sb_init(&ctx.sb);
    if (skim) {
        ctx.skim = sk_open(f, &ctx);
        yyparse(&ctx);
        sk_close(ctx.skim);
        sb_free(&ctx.sb);
        if (!ctx.skim_gave_up)
            return ast;
        ast_free(ast);
        return NULL;
    }
    yyscan_t sc;
    if (yylex_init_extra(&ctx, &sc) != 0) {
        fprintf(stderr, "rkt: out of memory\n");
        exit(2);
    }
    ctx.scanner = sc;
    /* In place when it can be (lx_scan_text): a scan that stops at a
     * limit leaves a NUL in the text that snippets show unless restored
     * (tests/golden/diag/syntax.t, the E002 cases, catch it). */
    YY_BUFFER_STATE buf = lx_scan_text(f, sc);
    yyparse(&ctx);
    lx_restore(sc);
    yy_delete_buffer(buf, sc);
    yylex_destroy(sc);
    sb_free(&ctx.sb);
    return ast;
}

/* The catalogue's pass (front/catalog.c): the same scanner, no parser, no
 * tree kept, nothing reported (the build's parse reports it all). */
void parse_tokens(SrcFile *f, void (*fn)(void *ud, const PtTok *t), void *ud)
{
    if (f->len > PARSE_MAX_BYTES)
        return;
    Ast *ast = ast_new(f->id);
    DgList quiet;
    dg_init(&quiet);
    ParseCtx ctx = {0};
    ctx.ast = ast;
    ctx.d = &quiet;
    ctx.f = f;
    ctx.scan_only = true;
    sb_init(&ctx.sb);
    sb_init(&ctx.str_prev);
    yyscan_t sc;
    if (yylex_init_extra(&ctx, &sc) != 0) {
        fprintf(stderr, "rkt: out of memory\n");
        exit(2);
    }
    ctx.scanner = sc;
    YY_BUFFER_STATE buf = lx_scan_text(f, sc);
    YYSTYPE v;
    Span at = {f->id, 0, 0};
    for (int k; !ctx.stop && (k = yylex(&v, &at, &ctx)) != YYEOF;) {
        PtTok t = {.kind = k, .at = at};
        if (k == IDENT) {
            t.text = v.name.s;
        } else if (k == STRING || k == ISTR_START) {
            t.text = v.text;
        } else if (k == NUMBER) {
            t.num = v.num.v;
        }
        fn(ud, &t);
    }
    lx_restore(sc);
    yy_delete_buffer(buf, sc);
    yylex_destroy(sc);
    sb_free(&ctx.sb);
    sb_free(&ctx.str_prev);
    dg_free(&quiet);
    ast_free(ast);
}

bool parse_is_syntax(const char *code)
{
    return code && code[0] == 'E' && code[1] == '0' && atoi(code + 1) >= 1 && atoi(code + 1) <= 10;
}
