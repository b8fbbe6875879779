/*
 * test_sema.c - what the semantic checks (src/check/sema.c, mengacu.c;
 * LANGUAGE.md §6) leave in the Model that no output shows: the first of
 * two targets written twice, the bands of a skala whose thresholds are out
 * of order, no mengacu after E030, and the tujuan and pelaksana an rkt
 * inherits from its Renstra.  Text is loaded in memory with ld_load_text
 * and checked with sm_build, as `rkt check` does.
 *
 * Every diagnostic of these sources, and every other check, is a golden
 * case on the same source in tests/golden/check/ (named after the test it
 * was in this file).
 */
#include "testutil.h"

#include "front/load.h"
#include "check/sema.h"

typedef struct Built {
    Program p;
    Model *m;
} Built;

/* Loads one or more in-memory files (t.rkt, u.rkt, ...) and builds. */
static Built *build_files(const char *const *texts, int n)
{
    static const char *const names[] = {"t.rkt", "u.rkt", "v.rkt"};
    Built *b = calloc(1, sizeof *b);
    assert_non_null(b);
    ld_init(&b->p);
    for (int i = 0; i < n; i++)
        ld_load_text(&b->p, names[i], texts[i]);
    b->m = sm_build(&b->p);
    assert_non_null(b->m);
    dg_sort(&b->p.diags, &b->p.src);
    return b;
}

static Built *build(const char *text)
{
    return build_files(&text, 1);
}

static Built *build2(const char *a, const char *c)
{
    const char *t[] = {a, c};
    return build_files(t, 2);
}

static void built_free(Built *b)
{
    sm_free(b->m);
    ld_free(&b->p);
    free(b);
}

static MInd *ind_of(const Built *b, const char *plan, const char *code)
{
    MPlan *pl = sm_plan(b->m, plan);
    assert_non_null(pl);
    MInd *ind = sm_ind(pl, code);
    assert_non_null(ind);
    return ind;
}

/* tests/golden/check/declarations.t has its three E028. */
static void test_written_twice(void **state)
{
    const char *t =
        "satuan persen : persen\n"
        "rkt R \"R\" {\n"
        "  tahun 2025\n"
        "  tahun 2026\n"
        "  sasaran SP1 \"S\" { indikator I1 \"a\" { satuan persen target 1 target 2 satuan persen } }\n"
        "}\n";
    Built *b = build(t);
    assert_true(ind_of(b, "R", "I1")->target.lo == 1);          /* the first one counts */
    built_free(b);
}

/* tests/golden/check/declarations.t has its two E016: the bands are kept. */
static void test_scale_thresholds(void **state)
{
    const char *t =
        "skala MUTU {\n"
        "  A \"Sangat Baik\" : >= 88.31\n"
        "  B \"Baik\"        : >= 90\n"
        "  C \"Cukup\"       : > 65\n"
        "  D \"Kurang\"      : > 65\n"
        "}\n"
        "aturan \"x\" { jika kategori(1, MUTU) == \"A\" maka info \"x\" }\n";
    Built *b = build(t);
    MScale *sc;
    HASH_FIND_STR(b->m->scales, "MUTU", sc);
    assert_non_null(sc);
    assert_int_equal(sc->nbands, 4);
    assert_true(sc->bands[0].ge);
    assert_false(sc->bands[2].ge);
    assert_true(sc->bands[0].threshold == 88.31);
    assert_string_equal(sc->bands[1].label, "Baik");
    built_free(b);
}

/* tests/golden/check/names.t has its E030. */
static void test_mengacu_kind(void **state)
{
    const char *t =
        "satuan persen : persen\n"
        "rkt A \"A\" { tahun 2025 sasaran SP1 \"S\" { indikator I1 \"a\" { satuan persen target 1 } } }\n"
        "rkt B \"B\" { tahun 2025 mengacu A sasaran SP1 \"S\" { indikator I1 \"a\" { satuan persen target 1 } } }\n";
    Built *b = build(t);
    assert_null(sm_plan(b->m, "B")->mengacu);
    built_free(b);
}

/* ---- inheritance through mengacu --------------------------------------- */

static const char *renstra =
    "satuan sertifikat : cacah\n"                                                    /* 1 */
    "renstra RENSTRA \"Renstra\" {\n"                                                /* 2 */
    "  periode 2025..2029\n"                                                         /* 3 */
    "  tujuan T1 \"Tujuan\"\n"                                                       /* 4 */
    "  sasaran SP1 \"Layanan karantina\" {\n"                                        /* 5 */
    "    tujuan T1\n"                                                                /* 6 */
    "    indikator IKSP3 \"Media pembawa dibebaskan\" {\n"                           /* 7 */
    "      satuan sertifikat\n"                                                      /* 8 */
    "      polaritas maksimal\n"                                                     /* 9 */
    "      konsolidasi jumlah\n"                                                     /* 10 */
    "      pelaksana \"Seksi Karantina Tumbuhan\"\n"                                 /* 11 */
    "      target { 2025: 25_945, 2026: 26_500 }\n"                                  /* 12 */
    "    }\n"                                                                        /* 13 */
    "    indikator IKSP4 \"Media pembawa diperiksa\" { satuan sertifikat polaritas minimal target { 2025: 10, 2026: 8 } }\n"  /* 14 */
    "    indikator IKSP5 \"Baru 2026\" { satuan sertifikat target { 2026: 5 } }\n"  /* 15 */
    "  }\n"
    "}\n";

/* tests/golden/check/mengacu.t explains what is inherited that the
 * output shows (uraian, satuan, polaritas, konsolidasi, the target of the
 * plan's year where it is written). */
static void test_inheritance(void **state)
{
    Built *b = build2(renstra,
        "rkt RKT \"Rencana\" {\n"
        "  tahun   2026\n"
        "  mengacu RENSTRA\n"
        "  sasaran SP1 {\n"
        "    indikator IKSP3 { }\n"
        "    indikator IKSP4 { keterangan \"x\" }\n"
        "    indikator IKSP5 { target 6 }\n"
        "  }\n"
        "}\n");
    assert_int_equal(b->p.diags.n, 0);
    MSas *sa = sm_element(sm_plan(b->m, "RKT"), "SP1");
    assert_string_equal(sa->tujuan, "T1");
    assert_string_equal(ind_of(b, "RKT", "IKSP3")->pelaksana, "Seksi Karantina Tumbuhan");
    built_free(b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_written_twice),
        cmocka_unit_test(test_scale_thresholds),
        cmocka_unit_test(test_mengacu_kind),
        cmocka_unit_test(test_inheritance),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
