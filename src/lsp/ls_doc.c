/*
 * ls_doc.c - the open documents: their text as the editor holds it (it
 * wins over the file on disk; what it imports is read from disk), and
 * after each open or change its analysis: the diagnostics of a check on
 * the library's session (rkt.h), published at once so that they go out
 * before the next request is answered, and the text with its imports
 * loaded and built into a Model that hover, definition, symbols and
 * completion read until the next change.
 */
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "check/sema.h"
#include "lsp/lsp.h"

LsDoc *ls_doc_find(LsServer *s, const char *uri)
{
    for (int i = 0; uri && i < s->ndocs; i++)
        if (strcmp(s->docs[i].uri, uri) == 0)
            return &s->docs[i];
    return NULL;
}

static void drop_analysis(LsDoc *d)
{
    if (d->m)
        sm_free(d->m);
    d->m = NULL;
    if (d->have_prog)
        ld_free(&d->prog);
    d->have_prog = false;
}

static void doc_free(LsDoc *d)
{
    drop_analysis(d);
    free(d->uri);
    free(d->path);
    free(d->text);
    json_decref(d->version);
}

void ls_docs_free(LsServer *s)
{
    for (int i = 0; i < s->ndocs; i++)
        doc_free(&s->docs[i]);
    free(s->docs);
    s->docs = NULL;
    s->ndocs = s->capdocs = 0;
}

/* The Model of the text and its imports. */
static void build(LsServer *s, LsDoc *d)
{
    drop_analysis(d);
    Program *p = &d->prog;
    ld_init(p);
    d->have_prog = true;
    p->incdirs = xcalloc((size_t)s->opt.nsearch_path + 1, sizeof *p->incdirs);
    for (int i = 0; i < s->opt.nsearch_path; i++)
        p->incdirs[i] = s->opt.search_path[i];
    p->nincdirs = s->opt.nsearch_path;
    if (s->opt.root)
        ld_set_root(p, s->opt.root);   /* a bad root: the check says so */
    d->file = p->src.n;
    ld_load_text_n(p, d->path, d->text, d->len);
    d->m = sm_build(p);
}

/* ---- diagnostics ------------------------------------------------------------ */

typedef struct Collect {
    LsServer *s;
    LsDoc *d;
    json_t *list;
} Collect;

static int lsp_severity(rkt_severity sev)
{
    return sev == RKT_SEV_ERROR ? 1 : sev == RKT_SEV_WARNING ? 2 : 3;
}

/* One of the session's diagnostics, if it is in the document. */
static void collect(const rkt_diagnostic *g, void *ud)
{
    Collect *c = ud;
    if (!g->file || strcmp(g->file, c->d->path) != 0)
        return;
    SrcFile *f = src_get(&c->d->prog.src, c->d->file);
    int lo = g->line ? ls_char_offset(f, g->line, g->column) : 0;
    int hi = g->end_line ? ls_char_offset(f, g->end_line, g->end_column) : lo;
    if (hi < lo)
        hi = lo;
    json_t *j = json_pack("{s:o,s:i,s:s,s:s,s:o}", "range", ls_range(f, lo, hi, c->s->utf8),
                          "severity", lsp_severity(g->severity), "code", g->code, "source", "rkt",
                          "message", ls_str(g->message));
    json_t *rel = ls_related(c->s, c->d, g->code, lo);
    if (rel)
        json_object_set_new(j, "relatedInformation", rel);
    json_array_append_new(c->list, j);
}

static void publish(LsServer *s, const char *uri, json_t *version, json_t *diags)
{
    json_t *params = json_pack("{s:s,s:o}", "uri", uri, "diagnostics", diags);
    if (version)
        json_object_set(params, "version", version);
    ls_write(s->out, json_pack("{s:s,s:s,s:o}", "jsonrpc", "2.0", "method", "textDocument/publishDiagnostics",
                               "params", params));
}

static void analyse(LsServer *s, LsDoc *d)
{
    build(s, d);
    Collect c = {s, d, json_array()};
    rkt_options o = s->opt;
    o.on_diagnostic = collect;
    o.userdata = &c;
    rkt_session *ss = rkt_open(&o);
    if (ss) {
        rkt_add_text(ss, d->path, d->text, d->len);
        rkt_check(ss);
        rkt_close(ss);
    }
    publish(s, d->uri, d->version, c.list);
}

/* ---- opening, changing, closing ------------------------------------------- */

static void set_version(LsDoc *d, json_t *version)
{
    json_decref(d->version);
    d->version = json_is_integer(version) ? json_incref(version) : NULL;
}

void ls_doc_open(LsServer *s, const char *uri, const char *text, size_t len, json_t *version)
{
    LsDoc *d = ls_doc_find(s, uri);
    if (!d) {
        if (s->ndocs == s->capdocs) {
            s->capdocs = s->capdocs ? s->capdocs * 2 : 4;
            s->docs = xrealloc(s->docs, (size_t)s->capdocs * sizeof *s->docs);
        }
        d = &s->docs[s->ndocs++];
        memset(d, 0, sizeof *d);
        d->uri = xstrdup(uri);
        d->path = ls_path_of_uri(uri);
        if (!d->path)                 /* untitled:..., not a file: named as is */
            d->path = xstrdup(uri);
    }
    free(d->text);
    d->text = xmalloc(len + 1);
    memcpy(d->text, text, len);
    d->text[len] = 0;
    d->len = len;
    set_version(d, version);
    analyse(s, d);
}

/* Replaces [lo, hi) of the text with t. */
static void splice(LsDoc *d, int lo, int hi, const char *t, size_t n)
{
    size_t len = d->len - (size_t)(hi - lo) + n;
    char *x = xmalloc(len + 1);
    memcpy(x, d->text, (size_t)lo);
    memcpy(x + lo, t, n);
    memcpy(x + lo + n, d->text + hi, d->len - (size_t)hi);
    x[len] = 0;
    free(d->text);
    d->text = x;
    d->len = len;
}

/* A range change, in positions of the text as it is before it. */
static void apply_range(LsServer *s, LsDoc *d, json_t *range, const char *t, size_t n)
{
    SrcSet set;
    src_init(&set);
    SrcFile *f = src_add(&set, "", d->text, d->len);
    int l0 = 0, c0 = 0, l1 = 0, c1 = 0;
    json_unpack(range, "{s:{s:i,s:i},s:{s:i,s:i}}", "start", "line", &l0, "character", &c0, "end", "line", &l1,
                "character", &c1);
    int lo = ls_offset(f, l0, c0, s->utf8), hi = ls_offset(f, l1, c1, s->utf8);
    src_free(&set);
    if (hi < lo) {
        int t0 = lo;
        lo = hi;
        hi = t0;
    }
    splice(d, lo, hi, t, n);
}

void ls_doc_change(LsServer *s, LsDoc *d, json_t *changes, json_t *version)
{
    size_t i;
    json_t *ch;
    json_array_foreach(changes, i, ch) {
        json_t *t = json_object_get(ch, "text");
        if (!json_is_string(t))
            continue;
        json_t *range = json_object_get(ch, "range");
        if (json_is_object(range))
            apply_range(s, d, range, json_string_value(t), json_string_length(t));
        else
            splice(d, 0, (int)d->len, json_string_value(t), json_string_length(t));
    }
    set_version(d, version);
    analyse(s, d);
}

void ls_doc_close(LsServer *s, const char *uri)
{
    LsDoc *d = ls_doc_find(s, uri);
    if (!d)
        return;
    publish(s, d->uri, NULL, json_array());    /* its diagnostics go with it */
    doc_free(d);
    int i = (int)(d - s->docs);
    memmove(d, d + 1, (size_t)(s->ndocs - i - 1) * sizeof *d);
    s->ndocs--;
}

char *ls_doc_file_uri(const LsDoc *d, int file)
{
    if (file == d->file)
        return xstrdup(d->uri);
    SrcFile *f = src_get(&d->prog.src, file);
    return f ? ls_uri_of_path(f->path) : NULL;
}
