/*
 * ast.c - construction of syntax-tree nodes (all in the file's arena) and
 * the few names every renderer needs.
 */
#include <stdio.h>
#include <stdlib.h>
#include "front/ast.h"

Ast *ast_new(int file)
{
    Ast *a = xcalloc(1, sizeof *a);
    a->file = file;
    a->arena = ar_new();
    return a;
}

void ast_free(Ast *a)
{
    if (!a)
        return;
    ar_free(a->arena);
    free(a);
}

void list_push(List *l, Node *n)
{
    if (!n)
        return;
    n->next = NULL;
    if (l->tail)
        l->tail->next = n;
    else
        l->head = n;
    l->tail = n;
    l->n++;
}

void *ast_node(Ast *a, size_t size, NodeKind k, Span sp)
{
    Node *n = ar_alloc(a->arena, size);
    n->kind = k;
    n->span = sp;
    return n;
}

Expr *ast_expr(Ast *a, ExprKind k, Span sp)
{
    Expr *e = ast_node(a, sizeof *e, N_EXPR, sp);
    e->kind = k;
    e->depth = 1;
    e->height = 1;
    return e;
}

Str *ast_str_plain(Ast *a, const char *text, Span sp)
{
    Str *s = ar_alloc(a->arena, sizeof *s);
    s->parts = ar_alloc(a->arena, sizeof *s->parts);
    s->parts[0].text = text;
    s->n = 1;
    s->span = sp;
    return s;
}

const char *plan_kind_name(PlanKind k)
{
    static const char *const names[] = {"renstra", "rkt", "pk"};
    return names[k];
}

const char *el_kind_name(ElKind k)
{
    static const char *const names[] = {"tujuan", "sasaran", "program", "kegiatan", "subkegiatan"};
    return names[k];
}

/* At plan level every element is a declaration; nested, a bare code is a
 * link (docs/language.md, "Plan elements"). */
bool el_is_link(const Element *e, bool nested)
{
    return nested && !e->block && !e->uraian;
}
