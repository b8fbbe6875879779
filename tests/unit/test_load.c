/*
 * test_load.c - unit tests of the loader (src/load.c): the files of a run
 * parsed ahead on several threads must come out exactly as if loaded one
 * by one: the same trees in the same order (imports before importers),
 * the same load order of files (what sorts the output), a file parsed
 * ahead and imported before its turn shown by its import path, and the
 * same diagnostics in the same order.
 */
#include "testutil.h"

#include <sys/stat.h>
#include <unistd.h>

#include "front/catalog.h"
#include "front/load.h"

enum { NPLANS = 48 };

typedef struct Tree {
    char dir[64];       /* the temporary directory */
} Tree;

static void put(const char *dir, const char *name, const char *text)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

/* plans/p00..p47.rkt: each has one syntax error on line 2 + (i % 3);
 * p05 imports p40 (a file parsed ahead, imported before its turn) and
 * p10 imports ../lib.rkt (a file no argument names), which has an error
 * of its own. */
static int setup(void **state)
{
    Tree *t = calloc(1, sizeof *t);
    assert_non_null(t);
    snprintf(t->dir, sizeof t->dir, "/tmp/rkt-test-load.XXXXXX");
    assert_non_null(mkdtemp(t->dir));
    char sub[96];
    snprintf(sub, sizeof sub, "%s/plans", t->dir);
    assert_int_equal(mkdir(sub, 0700), 0);
    for (int i = 0; i < NPLANS; i++) {
        char name[16], text[256];
        snprintf(name, sizeof name, "p%02d.rkt", i);
        const char *imp = i == 5 ? "impor \"p40.rkt\"\n" : i == 10 ? "impor \"../lib.rkt\"\n" : "";
        snprintf(text, sizeof text, "%s# plan %d\n%.*ssatuan u%d : persen ]\n", imp, i, i % 3, "\n\n", i);
        put(sub, name, text);
    }
    put(t->dir, "lib.rkt", "satuan lib : persen ]\n");
    *state = t;
    return 0;
}

static int teardown(void **state)
{
    Tree *t = *state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", t->dir);
    assert_int_equal(system(cmd), 0);
    free(t);
    return 0;
}

static const char *base(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

/* The file names in load order, and the trees' files in tree order. */
static void orders(Program *p, char *by_order, char *by_tree, size_t cap)
{
    by_order[0] = by_tree[0] = '\0';
    for (int o = 0; o < p->src.n; o++)
        for (int id = 0; id < p->src.n; id++)
            if (p->src.v[id]->order == o) {
                strncat(by_order, base(p->src.v[id]->path), cap - strlen(by_order) - 2);
                strcat(by_order, " ");
            }
    for (int i = 0; i < p->nasts; i++) {
        strncat(by_tree, base(p->src.v[p->asts[i]->file]->path), cap - strlen(by_tree) - 2);
        strcat(by_tree, " ");
    }
}

static char *expected(bool trees)
{
    static char buf[1024];
    buf[0] = '\0';
    for (int i = 0; i < NPLANS; i++) {
        char one[32];
        if (i == 40)
            continue;
        if (i == 5)
            snprintf(one, sizeof one, trees ? "p40.rkt p05.rkt " : "p05.rkt p40.rkt ");
        else if (i == 10)
            snprintf(one, sizeof one, trees ? "lib.rkt p10.rkt " : "p10.rkt lib.rkt ");
        else
            snprintf(one, sizeof one, "p%02d.rkt ", i);
        strcat(buf, one);
    }
    return buf;
}

/* ld_load_args on paths relative to the temporary directory. */
static int load_rel(Tree *t, const char *const *rel, int n, int threads, Program *p)
{
    char paths[4][128];
    const char *args[4];
    assert_true(n <= 4);
    for (int i = 0; i < n; i++) {
        snprintf(paths[i], sizeof paths[i], "%s/%s", t->dir, rel[i]);
        args[i] = paths[i];
    }
    ld_init(p);
    return ld_load_args(p, args, n, threads);
}

/* Loads the plans folder with `threads` threads; returns the sorted
 * diagnostics as "file:line:code" lines. */
static char *load(Tree *t, int threads, Program *p)
{
    const char *rel[] = {"plans"};
    assert_int_equal(load_rel(t, rel, 1, threads, p), 0);
    dg_sort(&p->diags, &p->src);
    Capture c;
    FILE *f = cap_open(&c);
    for (int i = 0; i < p->diags.n; i++) {
        const Diag *g = &p->diags.v[i];
        fprintf(f, "%s:%d:%s\n", base(p->src.v[g->span.file]->path),
                src_span_lo(&p->src, g->span).line, g->code);
    }
    return cap_close(&c);
}

static void test_parallel_is_sequential(void **state)
{
    Tree *t = *state;
    Program one, many;
    char *d1 = load(t, 1, &one), *dn = load(t, 4, &many);
    static char o1[1024], t1[1024], on[1024], tn[1024];
    orders(&one, o1, t1, sizeof o1);
    orders(&many, on, tn, sizeof on);
    assert_string_equal(o1, expected(false));
    assert_string_equal(t1, expected(true));
    assert_string_equal(on, o1);
    assert_string_equal(tn, t1);
    assert_string_equal(dn, d1);
    /* one error per file, in load order, lib.rkt's after p10's */
    assert_int_equal(many.diags.nerr, NPLANS + 1);
    assert_non_null(strstr(dn, "p10.rkt:4:E001\nlib.rkt:1:E001\np11.rkt:4:E001\n"));
    assert_non_null(strstr(dn, "p05.rkt:5:E001\np40.rkt:3:E001\np06.rkt:2:E001\n"));
    /* p40, imported by p05, is shown by the path p05's import gives */
    for (int id = 0; id < many.src.n; id++)
        if (strcmp(base(many.src.v[id]->path), "p40.rkt") == 0)
            assert_non_null(strstr(many.src.v[id]->path, "/plans/p40.rkt"));
    free(d1);
    free(dn);
    ld_free(&one);
    ld_free(&many);
}

/* An argument named twice, or a folder and a file in it, loads once. */
static void test_loaded_once(void **state)
{
    Program p;
    const char *rel[] = {"plans/p03.rkt", "plans", "plans/p03.rkt"};
    assert_int_equal(load_rel(*state, rel, 3, 2, &p), 0);
    assert_int_equal(p.src.n, NPLANS + 1);
    assert_int_equal(p.nasts, NPLANS + 1);
    assert_string_equal(base(p.src.v[p.asts[0]->file]->path), "p03.rkt");
    ld_free(&p);
}

/* A missing argument is a usage error (-1), the others still load. */
static void test_missing_argument(void **state)
{
    Program p;
    const char *rel[] = {"nope.rkt", "plans/p00.rkt"};
    assert_int_equal(load_rel(*state, rel, 2, 2, &p), -1);
    assert_int_equal(p.nasts, 1);
    ld_free(&p);
}

static bool has_code(const Program *p, const char *code)
{
    for (int i = 0; i < p->diags.n; i++)
        if (strcmp(p->diags.v[i].code, code) == 0)
            return true;
    return false;
}

/* The root (--akar, the session's root): plans/p10.rkt imports
 * ../lib.rkt, outside plans/ (E036, lib.rkt not loaded); with the tree's
 * folder as the root it is inside.  A root that is no folder is -1 with
 * the reason in msgs. */
static void test_root(void **state)
{
    Tree *t = *state;
    char root[128], arg[160];
    snprintf(root, sizeof root, "%s/plans", t->dir);
    snprintf(arg, sizeof arg, "%s/plans/p10.rkt", t->dir);
    Program p;
    ld_init(&p);
    assert_int_equal(ld_set_root(&p, root), 0);
    assert_int_equal(ld_load_arg(&p, arg), 0);
    assert_true(has_code(&p, "E036"));
    assert_int_equal(p.src.n, 1);
    ld_free(&p);
    ld_init(&p);
    assert_int_equal(ld_set_root(&p, t->dir), 0);
    assert_int_equal(ld_load_arg(&p, arg), 0);
    assert_false(has_code(&p, "E036"));
    assert_int_equal(p.src.n, 2);
    ld_free(&p);
    ld_init(&p);
    assert_int_equal(ld_set_root(&p, arg), -1);
    assert_non_null(strstr(p.msgs.s, "Not a directory"));
    ld_free(&p);
}

/* A file of plans only keeps its text through the catalogue while the
 * texts kept stay within CAT_KEEP (a small run reads each file once);
 * past it the text goes back to the disk until its build.  keep/a.rkt
 * (small) is kept, keep/b.rkt (a plan behind a comment of CAT_KEEP
 * bytes) is shelved; a.rkt sorts first, so it is catalogued first. */
static void test_plan_texts_kept(void **state)
{
    Tree *t = *state;
    char dir[96], path[128];
    snprintf(dir, sizeof dir, "%s/keep", t->dir);
    assert_int_equal(mkdir(dir, 0700), 0);
    put(dir, "a.rkt", "rkt A \"a\" { tahun 2025 }\n");
    snprintf(path, sizeof path, "%s/b.rkt", dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputc('#', f);
    for (unsigned i = 0; i < CAT_KEEP; i++)
        fputc('x', f);
    fputs("\nrkt B \"b\" { tahun 2025 }\n", f);
    fclose(f);
    Program p;
    Catalog cat;
    cat_init(&cat);
    const char *rel[] = {"keep"};
    ld_init(&p);
    p.cat = &cat;
    char arg[128];
    snprintf(arg, sizeof arg, "%s/%s", t->dir, rel[0]);
    const char *args[] = {arg};
    assert_int_equal(ld_load_args(&p, args, 1, 1), 0);
    assert_int_equal(p.src.n, 2);
    for (int id = 0; id < p.src.n; id++) {
        const SrcFile *sf = p.src.v[id];
        bool small = strcmp(base(sf->path), "a.rkt") == 0;
        assert_int_equal(sf->shelved, !small);
        assert_int_equal(sf->text != NULL, small);
    }
    assert_true(cat.kept > 0 && cat.kept < 64);
    cat_free(&cat);
    p.cat = NULL;
    ld_free(&p);
}

/* The codes of the one plan of `text` as the catalogue reads them, as
 * "S1 S2 | I1 I2 | I1:S1 ..." (elements | indicators | each one's
 * sasaran); *skimmed: whether the skim took the text. */
static char *plan_codes(const char *text, bool *skimmed)
{
    SrcSet src;
    src_init(&src);
    SrcFile *f = src_add(&src, "p.rkt", text, strlen(text));
    Catalog cat;
    cat_init(&cat);
    CatFile *cf = cat_file(&cat, f);
    assert_int_equal(cf->nplans, 1);
    const CatPlan *p = &cf->plans[0];
    static char out[256];
    out[0] = '\0';
    for (int k = 0; k < p->nsas; k++)
        snprintf(out + strlen(out), sizeof out - strlen(out), "%s ", p->sas[k]);
    strcat(out, "|");
    for (int k = 0; k < p->ninds; k++)
        snprintf(out + strlen(out), sizeof out - strlen(out), " %s", p->inds[k]);
    strcat(out, " |");
    for (int k = 0; k < p->ninds; k++)
        snprintf(out + strlen(out), sizeof out - strlen(out), " %s:%s", p->inds[k],
                 cat_ind_sasaran(&cat, p->inds[k]));
    *skimmed = f->skimmed;
    cat_free(&cat);
    src_free(&src);
    return out;
}

/* The catalogue passes over an indicator's own block (catalog.c):
 * nothing in it is kept (`kategori kegiatan target ...` read token by
 * token made `target` an element code), and the braces of a map, a
 * string's `}` and `{expr}`, a comment's `}` inside it leave the codes
 * after it where they belong.  Alike on the skim's path and on the
 * scanner's: the same text behind a malformed number, which the skim
 * gives up on. */
static void test_catalogue_passes_indicators(void **state)
{
    (void)state;
    const char *plan = "rkt R \"r\" {\n"
                       "  tahun 2025\n"
                       "  sasaran S1 {\n"
                       "    indikator I1 \"a } b\" { kategori kegiatan target { TW1: 1, TW2: 2 } # }\n"
                       "      catatan \"x {tahun} }\" }\n"
                       "    indikator I2 { target 5 }\n"
                       "  }\n"
                       "  sasaran S2 { indikator I3 { target 1 } }\n"
                       "}\n";
    const char *want = "S1 S2 | I1 I2 I3 | I1:S1 I2:S1 I3:S2";
    bool skimmed;
    assert_string_equal(plan_codes(plan, &skimmed), want);
    assert_true(skimmed);
    char broken[512];
    snprintf(broken, sizeof broken, "fungsi f = 1__2\n%s", plan);
    assert_string_equal(plan_codes(broken, &skimmed), want);
    assert_false(skimmed);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parallel_is_sequential),
        cmocka_unit_test(test_loaded_once),
        cmocka_unit_test(test_missing_argument),
        cmocka_unit_test(test_root),
        cmocka_unit_test(test_plan_texts_kept),
        cmocka_unit_test(test_catalogue_passes_indicators),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
