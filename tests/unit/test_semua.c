/*
 * test_semua.c - the pieces of `eval --semua` (semua.h) that stand on
 * their own: the file classifier (what is a plan file, found past
 * comments, strings, interpolations and nested braces), and the keyed
 * data store of data.h (records by rencana and kode; what marks a
 * record; a file read in two halves and merged is the file read whole).
 */
#include "testutil.h"

#include <math.h>

#include "data/data.h"
#include "base/num.h"
#include "cli/semua.h"

/* ---- the classifier ------------------------------------------------- */

static SuClass classify(const char *text)
{
    SuClass c;
    su_classify(text, strlen(text), &c);
    return c;
}

static void test_class_plain_plans(void **state)
{
    (void)state;
    const char *t = "# an annual plan\n"
                    "impor \"../units.rkt\"\n"
                    "rkt RKT_A \"Rencana A\" {\n  tahun 2025\n"
                    "  sasaran S1 \"x\" { indikator I1 \"y\" { satuan dokumen target 1 } }\n}\n"
                    "pk PK_A {\n  tahun 2025\n  mengacu RKT_A\n}\n";
    SuClass c = classify(t);
    assert_true(c.plan);
    assert_false(c.other);
    assert_false(c.odd);
    assert_int_equal(c.ncodes, 2);
    assert_string_equal(c.codes[0], "RKT_A");
    assert_string_equal(c.codes[1], "PK_A");
    assert_int_equal(c.code_at[0], strstr(t, "RKT_A") - t);
    assert_int_equal(c.nimports, 1);
    assert_string_equal(c.imports[0], "../units.rkt");
    su_class_free(&c);
}

/* `rkt X {` inside comments and strings, braces inside strings, and
 * escapes: none of it is a plan, none of it moves the depth. */
static void test_class_comments_and_strings(void **state)
{
    (void)state;
    SuClass c = classify("# rkt FAKE { in a comment\n"
                         "rkt R \"title with rkt T \\{ and \\\" and \\\\ }\" {\n"
                         "  keterangan \"}}} rkt U \\{\"   # } rkt V {\n"
                         "  sasaran S { indikator I \"\\{\" { } }\n"
                         "}\n"
                         "# pk W {\n");
    assert_true(c.plan);
    assert_false(c.other);
    assert_int_equal(c.ncodes, 1);
    assert_string_equal(c.codes[0], "R");
    su_class_free(&c);
}

/* An interpolation's `}` closes it, not a block; a string inside an
 * interpolation leaves it open, as the lexer does. */
static void test_class_interpolation(void **state)
{
    (void)state;
    SuClass c = classify("rkt R {\n"
                         "  x \"a {f(\"b\")} } c\"\n"
                         "  y { z \"\\{ rkt Q \\{ }\" }\n"
                         "}\n"
                         "pk P { }\n");
    assert_true(c.plan);
    assert_false(c.other);
    assert_int_equal(c.ncodes, 2);
    assert_string_equal(c.codes[1], "P");
    su_class_free(&c);
}

static void test_class_nested_braces(void **state)
{
    (void)state;
    SuClass c = classify("rkt R { a { b { c { \"\\{\" } } } d { } }\nrkt S { }\n");
    assert_int_equal(c.ncodes, 2);
    assert_false(c.other);
    su_class_free(&c);
    /* a closing brace too many or too few: the parser will say so */
    c = classify("rkt R { a { }\n");
    assert_true(c.other);
    su_class_free(&c);
    c = classify("rkt R { } }\n");
    assert_true(c.other);
    su_class_free(&c);
}

/* Anything else at depth 0 makes a file part of the base. */
static void test_class_not_a_plan_file(void **state)
{
    (void)state;
    SuClass c = classify("satuan dokumen : cacah\n");
    assert_false(c.plan);
    assert_true(c.other);
    su_class_free(&c);
    c = classify("satuan kegiatan : cacah\nrkt R { tahun 2025 }\n");
    assert_true(c.plan);
    assert_true(c.other);
    assert_int_equal(c.ncodes, 1);
    su_class_free(&c);
    c = classify("renstra REN { periode 2025..2029 }\n");
    assert_false(c.plan);
    assert_true(c.other);
    su_class_free(&c);
    c = classify("aturan \"a\" { jika 1 > 0 maka info \"rkt X {}\" }\n");
    assert_false(c.plan);
    su_class_free(&c);
    c = classify("rkt.x R { }\n");         /* a name, not the keyword */
    assert_false(c.plan);
    assert_true(c.other);
    su_class_free(&c);
    c = classify("rkt_a R { }\n");
    assert_false(c.plan);
    su_class_free(&c);
}

/* An import the classifier cannot follow exactly is odd: declined. */
static void test_class_odd_import(void **state)
{
    (void)state;
    SuClass c = classify("impor \"{x}.rkt\"\nrkt R { }\n");
    assert_true(c.odd);
    su_class_free(&c);
    c = classify("impor \"a\\\\b.rkt\"\nrkt R { }\n");
    assert_true(c.odd);
    su_class_free(&c);
    c = classify("impor \"sakip\"\nrkt R { }\n");
    assert_false(c.odd);
    assert_string_equal(c.imports[0], "sakip");
    su_class_free(&c);
}

/* ---- the keyed store ------------------------------------------------ */

typedef struct KFix {
    SrcSet src;
    DgList d;
    DtOptions opt;
} KFix;

static int kfix_setup(void **state)
{
    KFix *x = calloc(1, sizeof *x);
    src_init(&x->src);
    dg_init(&x->d);
    x->opt.nplans = 2;
    x->opt.src = &x->src;
    *state = x;
    return 0;
}

static int kfix_teardown(void **state)
{
    KFix *x = *state;
    dg_free(&x->d);
    src_free(&x->src);
    free(x);
    return 0;
}

/* Reads text whole into ds; returns the scan's end. */
static size_t key_load(KFix *x, DataStore *ds, const char *name, const char *text)
{
    SrcFile *f = src_add(&x->src, name, text, strlen(text));
    DtKeyScan *sc = dt_key_open(f, &x->opt, &x->d);
    if (!sc)
        return 0;
    int line, end_line;
    size_t at = dt_key_start(sc, &line);
    size_t end = dt_key_read(sc, ds, at, f->len, line, &end_line, &x->d);
    dt_key_close(sc);
    return end;
}

static int rec(const DataStore *ds, const char *rencana, const char *kode)
{
    return dt_key_find(ds, dt_key_plan(ds, rencana), kode, -1);
}

static double val(const DataStore *ds, int slot, const char *periode)
{
    Period p;
    assert_int_equal(pd_parse(periode, strlen(periode), &p), 0);
    double v = -1;
    DtSrc src;
    if (!dt_get(ds, slot, pd_index(p), &v, &src))
        return src.file < 0 ? -1 : NAN;
    return v;
}

static int flags(const DataStore *ds, int slot)
{
    DtKeyInfo k;
    assert_true(dt_key_info(ds, slot, &k));
    return k.flags;
}

static const char *const k_rows =
    "rencana,kode,periode,nilai\n"
    "RKT_A,I1,2025-01,5\n"
    "RKT_A,I2,2025-01,81.5\n"
    "RKT_B,I1,2025-TW1,7\n"
    "RKT_A,I1,2025-02,6\n"
    "RKT_A,I2,2025-02,\n"
    "RKT_B,I1,2025-01,1\n"             /* overlaps 2025-TW1 */
    "RKT_A,I1,2025-02,9\n"             /* duplicate */
    "RKT_A,I3,2025-01,abc\n"           /* not a number */
    "RKT_A,I4,2024-01,1\n"
    "RKT_A,I4,2025-01,1\n"             /* another year than its first */
    "RKT_A,I5,2025,2.5\n"
    "RKT_C,I1,2025-01,1,2\n";          /* E409: reported at once */

static void test_key_records(void **state)
{
    KFix *x = *state;
    DataStore ds;
    dt_init(&ds);
    key_load(x, &ds, "k.csv", k_rows);
    assert_int_equal(x->d.n, 1);
    assert_string_equal(x->d.v[0].code, "E409");
    assert_int_equal(src_span_lo(&x->src, x->d.v[0].span).line, 13);
    assert_int_equal(dt_key_count(&ds), 6);
    assert_int_equal(dt_key_nrec(&ds, dt_key_plan(&ds, "RKT_A")), 5);
    assert_int_equal(dt_key_plan(&ds, "RKT_C"), -1);
    int a1 = rec(&ds, "RKT_A", "I1"), a2 = rec(&ds, "RKT_A", "I2"), b1 = rec(&ds, "RKT_B", "I1");
    assert_true(a1 >= 0 && a2 >= 0 && b1 >= 0 && a1 != b1);
    assert_int_equal(rec(&ds, "RKT_A", "I9"), -1);
    assert_true(val(&ds, a1, "2025-01") == 5);
    assert_true(val(&ds, a1, "2025-02") == 6);          /* the first stays */
    assert_true(val(&ds, a2, "2025-01") == 81.5);
    assert_true(isnan(val(&ds, a2, "2025-02")));        /* kosong */
    assert_true(val(&ds, a2, "2025-03") == -1);         /* no row */
    assert_int_equal(flags(&ds, a1), DT_KEY_CLASH);
    assert_int_equal(flags(&ds, a2), DT_KEY_FRAC);
    assert_int_equal(flags(&ds, b1), DT_KEY_CLASH);
    assert_int_equal(flags(&ds, rec(&ds, "RKT_A", "I3")), DT_KEY_BAD);
    assert_int_equal(flags(&ds, rec(&ds, "RKT_A", "I4")), DT_KEY_YEAR);
    assert_int_equal(flags(&ds, rec(&ds, "RKT_A", "I5")), DT_KEY_FRAC);
    DtKeyInfo k;
    assert_true(dt_key_info(&ds, b1, &k));
    assert_int_equal(k.year, 2025);
    assert_int_equal(k.first.line, 4);
    assert_string_equal(k.rencana, "RKT_B");
    assert_string_equal(k.kode, "I1");
    /* the hint is taken when right, and ignored when wrong */
    assert_int_equal(dt_key_find(&ds, dt_key_plan(&ds, "RKT_A"), "I2", a2), a2);
    assert_int_equal(dt_key_find(&ds, dt_key_plan(&ds, "RKT_A"), "I2", b1), a2);
    /* observations come in chronological order */
    DtIter it;
    DtObs o;
    int n = 0;
    for (dt_iter(&ds, a1, &it); dt_next(&it, &o); n++)
        assert_int_equal(o.idx, n ? PD_IDX_MONTH(2) : PD_IDX_MONTH(1));
    assert_int_equal(n, 2);
    dt_free(&ds);
}

/* Every split of the file at a line boundary, read in two stores and
 * merged, gives the records of the file read whole: the same values,
 * the same marks (a duplicate or an overlap across the halves too), the
 * same first lines. */
static void test_key_halves_merge(void **state)
{
    KFix *x = *state;
    DataStore whole;
    dt_init(&whole);
    key_load(x, &whole, "w.csv", k_rows);
    SrcFile *f = src_add(&x->src, "h.csv", k_rows, strlen(k_rows));
    DgList d;
    dg_init(&d);
    DtKeyScan *sc = dt_key_open(f, &x->opt, &d);
    assert_non_null(sc);
    int line0;
    size_t start = dt_key_start(sc, &line0);
    for (size_t mid = start; mid < f->len; mid++) {
        if (f->text[mid - 1] != '\n')
            continue;
        DataStore a, b;
        dt_init(&a);
        dt_init(&b);
        int la, lb;
        assert_int_equal(dt_key_read(sc, &a, start, mid, line0, &la, &d), mid);
        dt_key_read(sc, &b, mid, f->len, 1, &lb, &d);
        dt_key_merge(&a, &b, la - 1);
        assert_null(b.keyed);
        assert_int_equal(dt_key_count(&a), dt_key_count(&whole));
        for (int r = 0; r < dt_key_count(&whole); r++) {
            DtKeyInfo w, m;
            assert_true(dt_key_info(&whole, r, &w));
            int s = rec(&a, w.rencana, w.kode);
            assert_true(s >= 0);
            assert_true(dt_key_info(&a, s, &m));
            assert_int_equal(m.flags, w.flags);
            assert_int_equal(m.mask, w.mask);
            assert_int_equal(m.empty, w.empty);
            assert_int_equal(m.first.line, w.first.line);
            for (int idx = 0; idx < PD_NIDX; idx++) {
                double v1 = 0, v2 = 0;
                bool h1 = dt_get(&whole, r, idx, &v1, NULL), h2 = dt_get(&a, s, idx, &v2, NULL);
                assert_int_equal(h1, h2);
                if (h1)
                    assert_true(v1 == v2);
            }
        }
        assert_int_equal(dt_key_nrec(&a, dt_key_plan(&a, "RKT_A")), 5);
        dt_free(&a);
    }
    dt_key_close(sc);
    dg_free(&d);
    dt_free(&whole);
}

/* Duplicates and overlaps that only the merge can see. */
static void test_key_clash_across_halves(void **state)
{
    KFix *x = *state;
    DataStore a, b;
    dt_init(&a);
    dt_init(&b);
    key_load(x, &a, "a.csv", "rencana,kode,periode,nilai\nR,I1,2025-TW1,1\nR,I2,2025-01,1\nR,I3,2025,1\nR,I4,2025-01,\n");
    key_load(x, &b, "b.csv", "rencana,kode,periode,nilai\nR,I1,2025-TW1,2\nR,I2,2025-S1,1\nR,I3,2024,1\nR,I4,2025-TW1,3\nR,I5,2025,1\n");
    dt_key_merge(&a, &b, 0);
    assert_int_equal(flags(&a, rec(&a, "R", "I1")), DT_KEY_CLASH);   /* duplicate */
    assert_int_equal(flags(&a, rec(&a, "R", "I2")), DT_KEY_CLASH);   /* overlap */
    assert_int_equal(flags(&a, rec(&a, "R", "I3")), DT_KEY_YEAR);
    assert_int_equal(flags(&a, rec(&a, "R", "I4")), 0);   /* a kosong row counts no period */
    assert_true(val(&a, rec(&a, "R", "I4"), "2025-TW1") == 3);
    assert_true(val(&a, rec(&a, "R", "I1"), "2025-TW1") == 1);
    assert_int_equal(dt_key_nrec(&a, dt_key_plan(&a, "R")), 5);
    assert_int_equal(x->d.n, 0);
    dt_free(&a);
}

/* A split inside a quoted field that holds a line break: the first half
 * runs over the split, so its reader can tell the second was wrong. */
static void test_key_runs_over(void **state)
{
    KFix *x = *state;
    const char *t = "rencana,kode,periode,nilai,keterangan\nR,I1,2025,1,\"a\nb\"\nR,I2,2025,2,c\n";
    SrcFile *f = src_add(&x->src, "q.csv", t, strlen(t));
    DtKeyScan *sc = dt_key_open(f, &x->opt, &x->d);
    int line, end_line;
    size_t start = dt_key_start(sc, &line);
    size_t mid = (size_t)(strstr(t, "b\"") - t);
    DataStore a;
    dt_init(&a);
    size_t end = dt_key_read(sc, &a, start, mid, line, &end_line, &x->d);
    assert_true(end > mid);
    assert_int_equal(end_line, 4);
    end = dt_key_read(sc, &a, end, f->len, end_line, &end_line, &x->d);
    assert_int_equal(end, f->len);
    assert_int_equal(dt_key_count(&a), 2);
    assert_int_equal(x->d.n, 0);
    dt_key_close(sc);
    dt_free(&a);
}

/* Values are kept packed while they can be and widened when not; either
 * way each reads back as the very double nm_parse makes of its text, in
 * any order of periods, kosong included, and across a merge. */
static void test_key_values_exact(void **state)
{
    KFix *x = *state;
    static const char *const nums[] = {
        "0", "-0", "7", "-12", "81.5", "0.07", "99.999", "268435455", "268435456",
        "1.0001", "+3.25", "123456789012345", "0.1", "-0.005", "", "2.50"};
    enum { NN = sizeof nums / sizeof *nums };
    static const char *const per[] = {"2025-01", "2025-02", "2025-03", "2025-04", "2025-05",
                                      "2025-06", "2025-07", "2025-08", "2025-09", "2025-10",
                                      "2025-11", "2025-12", "2025-TW1", "2025-TW2", "2025-S1",
                                      "2025"};
    for (int order = 0; order < 3; order++) {
        Sbuf b;
        sb_init(&b);
        sb_puts(&b, "rencana,kode,periode,nilai\n");
        /* each code gets every value, at periods walked in three orders
         * (forward, backward, odd first): kosong and overlaps aside */
        for (int c = 0; c < NN; c++)
            for (int j = 0; j < 12; j++) {
                int p = order == 0 ? j : order == 1 ? 11 - j : (j * 7) % 12;
                sb_printf(&b, "R,K%d,%s,%s\n", c, per[p], nums[(c + p) % NN]);
            }
        DataStore ds;
        dt_init(&ds);
        key_load(x, &ds, "v.csv", b.s);
        for (int c = 0; c < NN; c++) {
            char kode[16];
            snprintf(kode, sizeof kode, "K%d", c);
            int r = rec(&ds, "R", kode);
            for (int p = 0; p < 12; p++) {
                const char *t = nums[(c + p) % NN];
                double want = NAN, got;
                if (*t)
                    assert_int_equal(nm_parse(t, strlen(t), false, &want), 0);
                got = val(&ds, r, per[p]);
                if (*t)
                    assert_memory_equal(&got, &want, sizeof got);     /* -0 too */
                else
                    assert_true(isnan(got));
            }
        }
        dt_free(&ds);
        sb_free(&b);
    }
    /* a packed record merged into a wide one, and the other way round */
    DataStore a, b2;
    dt_init(&a);
    dt_init(&b2);
    key_load(x, &a, "a.csv", "rencana,kode,periode,nilai\nR,W,2025-01,1.23456\nR,P,2025-01,2\n");
    key_load(x, &b2, "b.csv", "rencana,kode,periode,nilai\nR,W,2025-02,3\nR,P,2025-02,4.56789\n");
    dt_key_merge(&a, &b2, 0);
    assert_true(val(&a, rec(&a, "R", "W"), "2025-01") == 1.23456);
    assert_true(val(&a, rec(&a, "R", "W"), "2025-02") == 3);
    assert_true(val(&a, rec(&a, "R", "P"), "2025-01") == 2);
    assert_true(val(&a, rec(&a, "R", "P"), "2025-02") == 4.56789);
    dt_free(&a);
}

/* Without a rencana column several plans cannot be fed: E408, no rows. */
static void test_key_needs_rencana(void **state)
{
    KFix *x = *state;
    DataStore ds;
    dt_init(&ds);
    assert_int_equal(key_load(x, &ds, "u.csv", "kode,periode,nilai\nI1,2025,1\n"), 0);
    assert_int_equal(x->d.n, 1);
    assert_string_equal(x->d.v[0].code, "E408");
    assert_int_equal(dt_key_count(&ds), 0);
    dt_free(&ds);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_class_plain_plans),
        cmocka_unit_test(test_class_comments_and_strings),
        cmocka_unit_test(test_class_interpolation),
        cmocka_unit_test(test_class_nested_braces),
        cmocka_unit_test(test_class_not_a_plan_file),
        cmocka_unit_test(test_class_odd_import),
        cmocka_unit_test_setup_teardown(test_key_records, kfix_setup, kfix_teardown),
        cmocka_unit_test_setup_teardown(test_key_halves_merge, kfix_setup, kfix_teardown),
        cmocka_unit_test_setup_teardown(test_key_clash_across_halves, kfix_setup, kfix_teardown),
        cmocka_unit_test_setup_teardown(test_key_runs_over, kfix_setup, kfix_teardown),
        cmocka_unit_test_setup_teardown(test_key_values_exact, kfix_setup, kfix_teardown),
        cmocka_unit_test_setup_teardown(test_key_needs_rencana, kfix_setup, kfix_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
