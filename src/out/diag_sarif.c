/*
 * diag_sarif.c - SARIF 2.1.0 for code-scanning tools: one run, one
 * rule per distinct code (sorted), one result per diagnostic, printed
 * with 2-space indentation.  Columns are code points (columnKind).
 */
#include "out/diag_out.h"

#include <stdlib.h>
#include <string.h>

#include "base/util.h"

#ifndef RKT_VERSION
#define RKT_VERSION "0.1.0"
#endif

/* A small pretty-printing JSON writer: it tracks nesting so commas and
 * indentation come out right without the callers counting. */
#define JW_DEPTH 16
typedef struct Jw {
    Sbuf *b;
    int depth;
    bool empty[JW_DEPTH];   /* nothing written yet in this container */
} Jw;

static void jw_item(Jw *w, const char *key)
{
    if (w->depth > 0) {
        if (!w->empty[w->depth])
            sb_putc(w->b, ',');
        w->empty[w->depth] = false;
        sb_putc(w->b, '\n');
        for (int i = 0; i < w->depth; i++)
            sb_puts(w->b, "  ");
    }
    if (key) {
        sb_json_str(w->b, key);
        sb_puts(w->b, ": ");
    }
}

static void jw_open(Jw *w, const char *key, char brace)
{
    jw_item(w, key);
    sb_putc(w->b, brace);
    w->empty[++w->depth] = true;
}

static void jw_close(Jw *w, char brace)
{
    bool was_empty = w->empty[w->depth--];
    if (!was_empty) {
        sb_putc(w->b, '\n');
        for (int i = 0; i < w->depth; i++)
            sb_puts(w->b, "  ");
    }
    sb_putc(w->b, brace);
}

static void jw_str(Jw *w, const char *key, const char *val)
{
    jw_item(w, key);
    sb_json_str(w->b, val);
}

static void jw_int(Jw *w, const char *key, int val)
{
    jw_item(w, key);
    sb_printf(w->b, "%d", val);
}

/* SARIF wants a URI reference: percent-encode what a URI cannot hold,
 * so "rencana/rkt 2025.rkt" becomes "rencana/rkt%202025.rkt". */
static char *sarif_uri(const char *path)
{
    static const char ok[] = "-._~/!$&'()*+,;=:@";
    Sbuf u;
    sb_init(&u);
    for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
            (*p >= '0' && *p <= '9') || strchr(ok, *p))
            sb_putc(&u, (char)*p);
        else
            sb_printf(&u, "%%%02X", *p);
    }
    return sb_take(&u);
}

static int cmp_code(const void *a, const void *b)
{
    return strcmp(((const Diag *const *)a)[0]->code,
                  ((const Diag *const *)b)[0]->code);
}

/* First diagnostic of each distinct code, sorted by code. */
static int sarif_rules(DgList *d, const Diag ***out)
{
    const Diag **r = xmalloc(((size_t)d->n + 1) * sizeof *r);
    int n = 0;
    for (int i = 0; i < d->n; i++) {
        int j = 0;
        while (j < n && strcmp(r[j]->code, d->v[i].code) != 0)
            j++;
        if (j == n)
            r[n++] = &d->v[i];
    }
    qsort(r, (size_t)n, sizeof *r, cmp_code);
    *out = r;
    return n;
}

static int rule_index(const Diag **rules, int n, const char *code)
{
    for (int i = 0; i < n; i++)
        if (strcmp(rules[i]->code, code) == 0)
            return i;
    return -1;
}

static void sarif_location(Jw *w, const Diag *g, SrcFile *f, SrcSet *src)
{
    SrcPos pos, end;
    dg_positions(g, src, &pos, &end);
    jw_open(w, "locations", '[');
    jw_open(w, NULL, '{');
    jw_open(w, "physicalLocation", '{');
    jw_open(w, "artifactLocation", '{');
    char *uri = sarif_uri(f->path);
    jw_str(w, "uri", uri);
    free(uri);
    jw_close(w, '}');
    if (pos.line > 0) {   /* SARIF lines start at 1 */
        jw_open(w, "region", '{');
        jw_int(w, "startLine", pos.line);
        jw_int(w, "startColumn", pos.col);
        jw_int(w, "endLine", end.line);
        jw_int(w, "endColumn", end.col);
        jw_close(w, '}');
    }
    jw_close(w, '}');
    jw_close(w, '}');
    jw_close(w, ']');
}

static void sarif_result(Jw *w, const Diag *g, int rule, SrcSet *src)
{
    static const char *const level[] = {
        [DG_ERROR] = "error", [DG_WARNING] = "warning", [DG_NOTE] = "note"
    };
    jw_open(w, NULL, '{');
    jw_str(w, "ruleId", g->code);
    jw_int(w, "ruleIndex", rule);
    jw_str(w, "level", level[g->sev]);
    jw_open(w, "message", '{');
    jw_str(w, "text", g->msg);
    jw_close(w, '}');
    SrcFile *f = src_get(src, g->span.file);
    if (f)   /* a finding about no file has no location at all */
        sarif_location(w, g, f, src);
    jw_close(w, '}');
}

static void sarif_driver(Jw *w, const Diag **rules, int nrules)
{
    jw_open(w, "tool", '{');
    jw_open(w, "driver", '{');
    jw_str(w, "name", "rkt");
    jw_str(w, "informationUri", "https://example.invalid/rkt");
    jw_str(w, "version", RKT_VERSION);
    jw_open(w, "rules", '[');
    for (int i = 0; i < nrules; i++) {
        jw_open(w, NULL, '{');
        jw_str(w, "id", rules[i]->code);
        jw_open(w, "shortDescription", '{');
        jw_str(w, "text", rules[i]->msg);
        jw_close(w, '}');
        jw_close(w, '}');
    }
    jw_close(w, ']');
    jw_close(w, '}');
    jw_close(w, '}');
}

void out_diag_sarif(FILE *out, DgList *d, SrcSet *src)
{
    Sbuf b;
    sb_init(&b);
    Jw w = { .b = &b };
    const Diag **rules;
    int nrules = sarif_rules(d, &rules);

    jw_open(&w, NULL, '{');
    jw_str(&w, "$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    jw_str(&w, "version", "2.1.0");
    jw_open(&w, "runs", '[');
    jw_open(&w, NULL, '{');
    sarif_driver(&w, rules, nrules);
    jw_open(&w, "results", '[');
    for (int i = 0; i < d->n; i++)
        sarif_result(&w, &d->v[i], rule_index(rules, nrules, d->v[i].code), src);
    jw_close(&w, ']');
    jw_str(&w, "columnKind", "unicodeCodePoints");
    jw_close(&w, '}');
    jw_close(&w, ']');
    jw_close(&w, '}');
    sb_putc(&b, '\n');

    fwrite(b.s, 1, b.len, out);
    sb_free(&b);
    free(rules);
}
