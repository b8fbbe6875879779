/*
 * test_sema.c - unit tests of the semantic checks (src/sema.c,
 * src/sema_ref.c; LANGUAGE.md §6): one test per check, each asserting the
 * codes, positions and the words of the message that matter, and the
 * Model that results (inheritance through `mengacu`, targets taken from
 * quarters, rules classified as static).  Text is loaded in memory with
 * ld_load_text and checked with sm_build, as `rkt check` does.
 */
#include "testutil.h"

#include "cli/cmd.h"
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

static void dump(const Built *b)
{
    for (int i = 0; i < b->p.diags.n; i++) {
        const Diag *g = &b->p.diags.v[i];
        fprintf(stderr, "  %d:%d:%d %s %s\n", g->span.file, src_span_lo(&b->p.src, g->span).line, src_span_lo(&b->p.src, g->span).col,
                g->code, g->msg);
    }
}

static int count(const Built *b, const char *code)
{
    int n = 0;
    for (int i = 0; i < b->p.diags.n; i++)
        n += strcmp(b->p.diags.v[i].code, code) == 0;
    return n;
}

/* The column (in characters, from 1) where `needle` first occurs on line
 * `line` of `text`: tests say which token a diagnostic points at rather
 * than counting columns by hand. */
static int col_of(const char *text, int line, const char *needle)
{
    const char *l = text;
    for (int i = 1; i < line; i++) {
        l = strchr(l, '\n');
        assert_non_null(l);
        l++;
    }
    const char *end = strchr(l, '\n');
    const char *hit = strstr(l, needle);
    if (!hit || (end && hit >= end))
        fail_msg("'%s' is not on line %d", needle, line);
    return utf8_width(l, (size_t)(hit - l)) + 1;
}

#define AT(t, line, needle) (line), col_of((t), (line), (needle))

/* The total number of diagnostics, with a dump on a mismatch. */
static void expect_total(const Built *b, int n)
{
    if (b->p.diags.n != n)
        dump(b);
    assert_int_equal(b->p.diags.n, n);
}

/* The k-th (from 0) diagnostic of `code`, in source order. */
static const Diag *nth_diag(const Built *b, const char *code, int k)
{
    for (int i = 0; i < b->p.diags.n; i++)
        if (strcmp(b->p.diags.v[i].code, code) == 0 && k-- == 0)
            return &b->p.diags.v[i];
    dump(b);
    fail_msg("no diagnostic %s (#%d)", code, k);
    return NULL;
}

/* Asserts the k-th diagnostic of `code`: file id, line, column, and that
 * the message contains `words`. */
static void expect_at(const Built *b, const char *code, int k, int file, int line, int col, const char *words)
{
    const Diag *g = nth_diag(b, code, k);
    SrcPos at = src_span_lo(&b->p.src, g->span);
    if (g->span.file != file || at.line != line || at.col != col)
        fail_msg("%s #%d at %d:%d:%d, expected %d:%d:%d (%s)", code, k, g->span.file, at.line,
                 at.col, file, line, col, g->msg);
    if (words && !strstr(g->msg, words))
        fail_msg("%s message \"%s\" lacks \"%s\"", code, g->msg, words);
}

static void expect(const Built *b, const char *code, int line, int col, const char *words)
{
    expect_at(b, code, 0, 0, line, col, words);
}

static void expect_msg(const Built *b, const char *code, int k, const char *msg)
{
    assert_string_equal(nth_diag(b, code, k)->msg, msg);
}

static MInd *ind_of(const Built *b, const char *plan, const char *code)
{
    MPlan *pl = sm_plan(b->m, plan);
    assert_non_null(pl);
    MInd *ind = sm_ind(pl, code);
    assert_non_null(ind);
    return ind;
}

/* ---- declarations ---------------------------------------------------- */

static void test_duplicates(void **state)
{
    const char *t =
        "satuan persen : persen\n"                              /* 1 */
        "skala persen { A \"a\" : >= 0 }\n"                     /* 2 */
        "fungsi selisih(a, a) = a\n"                            /* 3 */
        "fungsi rata(x) = x\n"                                  /* 4 */
        "rkt R \"R\" {\n"                                       /* 5 */
        "  tahun 2025\n"                                        /* 6 */
        "  sasaran SP1 \"S\" {\n"                               /* 7 */
        "    indikator I1 \"a\" { satuan persen target 1 }\n"   /* 8 */
        "    indikator I1 \"b\" { satuan persen target 2 }\n"   /* 9 */
        "  }\n"                                                 /* 10 */
        "  sasaran SP1 \"T\" { indikator I2 \"c\" { satuan persen target { TW1: 1, TW1: 2, TW2: 3, TW3: 4, TW4: 5 } } }\n"
        "}\n"
        "aturan \"x\" { jika selisih(1, 2) > 0 maka info \"x\" }\n";
    Built *b = build(t);
    expect(b, "E011", AT(t, 2, "persen"), "skala 'persen' is already declared as satuan at t.rkt:1:8");
    expect_at(b, "E011", 1, 0, AT(t, 3, "a) ="), "parameter 'a' appears twice in fungsi 'selisih'");
    expect_at(b, "E011", 2, 0, AT(t, 4, "rata"), "would hide the built-in");
    expect_at(b, "E011", 3, 0, AT(t, 9, "I1"), "indikator 'I1' is declared twice in plan 'R'; the first is at t.rkt:8:15");
    expect_at(b, "E011", 4, 0, AT(t, 11, "SP1"), "sasaran 'SP1' is declared twice in plan 'R'; the first is at t.rkt:7:11");
    expect_at(b, "E011", 5, 0, AT(t, 11, "TW1: 2"), "TW1 is listed twice");
    assert_int_equal(count(b, "E011"), 6);
    built_free(b);
}

/* Top-level names are one namespace across files. */
static void test_duplicate_across_files(void **state)
{
    Built *b = build2("satuan persen : persen\n", "satuan x : cacah\nrkt persen \"R\" { tahun 2025 }\n");
    expect_at(b, "E011", 0, 1, 2, 5, "rencana 'persen' is already declared as satuan at t.rkt:1:8");
    built_free(b);
}

static void test_values(void **state)
{
    const char *t =
        "satuan persen : persen\n"
        "satuan orang : cacahh\n"                                        /* 2 */
        "rkt R \"R\" {\n"
        "  tahun 2025.5\n"                                               /* 4 */
        "  sasaran SP1 \"S\" {\n"
        "    indikator I1 \"a\" { satuan persen target 1 polaritas maximal pelaksana X bobot -1 }\n"  /* 6 */
        "  }\n"
        "}\n"
        "aturan \"x\" { jika 1 > 0 maka error \"m\" }\n";                /* 9 */
    Built *b = build(t);
    expect(b, "E013", AT(t, 2, "cacahh"), "did you mean 'cacah'?");
    expect_at(b, "E013", 1, 0, AT(t, 4, "2025.5"), "'tahun' takes a year such as 2025; found 2025.5");
    expect_at(b, "E013", 2, 0, AT(t, 6, "maximal"),
              "'maximal' is not a valid polaritas; expected one of: maksimal, minimal, stabil; did you mean 'maksimal'?");
    expect_at(b, "E013", 3, 0, AT(t, 6, "X bobot"), "'pelaksana' takes a string");
    expect_at(b, "E013", 4, 0, AT(t, 6, "-1"), "bobot must not be negative");
    expect_at(b, "E013", 5, 0, AT(t, 9, "error"), "unknown severity 'error'");
    assert_int_equal(count(b, "E013"), 6);
    built_free(b);
}

static void test_misplaced_property(void **state)
{
    const char *t =
        "satuan persen : persen\n"
        "rkt R \"R\" {\n"
        "  tahun 2025\n"
        "  periode 2025..2029\n"                                         /* 4 */
        "  sasaran SP1 \"S\" {\n"
        "    target 5\n"                                                 /* 6 */
        "    indikator I1 \"a\" { satuan persen target 1 polaritass maksimal }\n"  /* 7 */
        "  }\n"
        "}\n"
        "renstra S \"S\" { periode 2025..2029 tahun 2025 }\n";           /* 10 */
    Built *b = build(t);
    expect(b, "E014", AT(t, 4, "periode"), "'periode' does not belong in an rkt");
    expect_at(b, "E014", 1, 0, AT(t, 6, "target"), "'target' does not belong in a sasaran");
    expect_at(b, "E014", 2, 0, AT(t, 7, "polaritass"),
              "'polaritass' does not belong in an indikator; did you mean 'polaritas'?");
    expect_at(b, "E014", 3, 0, AT(t, 10, "tahun"), "write 'periode 2025..2029' instead of 'tahun'");
    assert_int_equal(count(b, "E014"), 4);
    built_free(b);
}

static void test_required_missing(void **state)
{
    const char *t =
        "satuan persen : persen\n"
        "renstra S \"S\" { sasaran SP1 \"a\" { indikator I1 \"x\" { satuan persen target { 2025: 1 } } } }\n"
        "rkt R \"R\" {\n"                                                /* 3 */
        "  sasaran SP1 \"S\" {\n"
        "    indikator I1 { target 50 }\n"                               /* 5 */
        "    indikator I2 \"b\" { satuan persen }\n"                     /* 6 */
        "    indikator I3 \"c\" { satuan persen ditunda \"tahun depan\" }\n"
        "  }\n"
        "}\n"
        "skala K { }\n"                                                  /* 10 */
        "aturan \"Selalu\" { maka info \"m\" }\n";                       /* 11 */
    Built *b = build(t);
    expect(b, "E015", AT(t, 2, "S "), "renstra 'S' has no 'periode'");
    expect_at(b, "E015", 1, 0, AT(t, 3, "R "), "rkt 'R' has no 'tahun'");
    expect_at(b, "E015", 2, 0, AT(t, 5, "I1"), "indikator 'I1' has no uraian");
    expect_at(b, "E015", 3, 0, AT(t, 5, "I1"), "indikator 'I1' has no 'satuan'");
    expect_at(b, "E015", 4, 0, AT(t, 6, "I2"), "indikator 'I2' has no 'target'");
    expect_at(b, "E015", 5, 0, AT(t, 10, "K"), "skala 'K' has no band");
    expect_at(b, "E015", 6, 0, AT(t, 11, "aturan"), "aturan 'Selalu' has no condition");
    /* I3 is ditunda: no target needed */
    assert_int_equal(count(b, "E015"), 7);
    built_free(b);
}

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
    expect(b, "E028", AT(t, 4, "tahun"), "'tahun' is written twice in this block; the first is at line 3");
    expect_at(b, "E028", 1, 0, AT(t, 5, "target 2"), "the annual target is written twice");
    expect_at(b, "E028", 2, 0, AT(t, 5, "satuan persen }"), "'satuan' is written twice");
    assert_true(ind_of(b, "R", "I1")->target.lo == 1);          /* the first one counts */
    built_free(b);
}

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
    expect(b, "E016", AT(t, 3, "90"), "90 (band B) follows 88.31 (band A)");
    expect_at(b, "E016", 1, 0, AT(t, 5, "65"), "65 (band D) follows 65 (band C)");
    expect_total(b, 2);
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

/* ---- names ------------------------------------------------------------- */

static void test_undeclared_did_you_mean(void **state)
{
    const char *t =
        "satuan persen : persen\n"
        "skala MUTU { A \"a\" : >= 0 }\n"
        "fungsi rasio(a, b) = a / b\n"
        "data survei \"S\" satuan persen\n"
        "rkt R \"R\" {\n"
        "  tahun 2025\n"
        "  predikat MUTUU\n"                                                       /* 7 */
        "  sasaran SP1 \"S\" {\n"
        "    indikator I1 \"a\" { satuan persn target 1 realisasi = rasios(survey, 1) }\n"  /* 9 */
        "  }\n"
        "}\n"
        "aturan \"x\" { jika target(I2) > 0 dan target(IKSP1) > 0 maka info \"x\" }\n";  /* 12 */
    Built *b = build(t);
    expect(b, "E018", AT(t, 7, "MUTUU"), "undeclared skala 'MUTUU'; did you mean 'MUTU'?");
    expect_at(b, "E018", 1, 0, AT(t, 9, "persn"), "undeclared satuan 'persn'; did you mean 'persen'?");
    expect_at(b, "E018", 2, 0, AT(t, 9, "rasios"), "undeclared fungsi 'rasios'; did you mean 'rasio'?");
    expect_at(b, "E018", 3, 0, AT(t, 9, "survey"), "undeclared code 'survey'; did you mean 'survei'?");
    expect_at(b, "E018", 4, 0, AT(t, 12, "I2"), "undeclared code 'I2'; did you mean 'I1'?");
    expect_at(b, "E018", 5, 0, AT(t, 12, "IKSP1"), "undeclared code 'IKSP1': no indicator, sasaran, plan or data series has it");
    assert_int_equal(count(b, "E018"), 6);
    built_free(b);
}

static void test_undeclared_without_suggestion(void **state)
{
    const char *t =
        "rkt R \"R\" {\n"
        "  tahun 2025\n"
        "  mengacu RENSTRA_X\n"
        "  sasaran SP1 \"S\" { indikator I1 \"a\" { satuan nilai_unsur target 1 } }\n"
        "}\n"
        "fungsi f(nilai) = jumlah_total\n";
    Built *b = build(t);
    expect(b, "E018", AT(t, 3, "RENSTRA_X"), "no renstra, rkt or pk of that code is loaded");
    expect_at(b, "E018", 1, 0, AT(t, 4, "nilai_unsur"), "undeclared satuan 'nilai_unsur'; declare it with 'satuan nilai_unsur ...'");
    expect_at(b, "E018", 2, 0, AT(t, 6, "jumlah_total"), "'jumlah_total' is not a parameter of fungsi 'f'");
    built_free(b);
}

static void test_tujuan_and_temuan(void **state)
{
    const char *t =
        "satuan persen : persen\n"
        "rkt R \"R\" {\n"
        "  tahun 2025\n"
        "  tujuan T1 \"Tujuan\"\n"
        "  sasaran SP1 \"S\" { tujuan T2 indikator I1 \"a\" { satuan persen target 1 } }\n"
        "}\n"
        "aturan \"Capaian rendah\" { jika target(I1) > 5 maka info \"x\" }\n"
        "uji \"u\" { rencana RR harap temuan \"Capaian rendahh\" }\n";
    Built *b = build(t);
    expect(b, "E018", AT(t, 5, "T2"), "undeclared tujuan 'T2'; did you mean 'T1'?");
    expect_at(b, "E018", 1, 0, AT(t, 8, "RR"), "undeclared plan 'RR'; did you mean 'R'?");
    expect_at(b, "E018", 2, 0, AT(t, 8, "\"Capaian"), "no aturan is named \"Capaian rendahh\"; did you mean \"Capaian rendah\"?");
    built_free(b);
}

static void test_call_arguments(void **state)
{
    const char *t =
        "satuan persen : persen\n"
        "rkt R \"R\" { tahun 2025 sasaran SP1 \"S\" { indikator I1 \"a\" { satuan persen target 1 } } }\n"
        "fungsi f(a) = realisasi(a)\n"                                                   /* 3 */
        "aturan \"x\" { jika ada() dan f(1, 2) > 0 dan realisasi(I1, TW5) > 0 maka info \"x\" }\n";  /* 4 */
    Built *b = build(t);
    /* at the argument of realisasi() */
    expect(b, "E027", 3, col_of(t, 3, "realisasi(") + 10, "a fungsi reads only its parameters");
    expect_at(b, "E027", 1, 0, AT(t, 4, "ada()"), "ada() takes 1 argument, not 0");
    expect_at(b, "E027", 2, 0, AT(t, 4, "f(1, 2)"), "fungsi 'f' takes 1 argument, not 2");
    expect_at(b, "E027", 3, 0, AT(t, 4, "TW5"), "the second argument of realisasi() is a period");
    built_free(b);
}

static void test_bare_realisasi(void **state)
{
    const char *t = "aturan \"x\" { jika realisasi > 0 maka info \"x\" }\n";
    Built *b = build(t);
    expect(b, "E034", AT(t, 1, "realisasi"), "a bare 'realisasi' means the indicator's own value");
    expect_total(b, 1);
    built_free(b);
}

static void test_mengacu_kind(void **state)
{
    const char *t =
        "satuan persen : persen\n"
        "rkt A \"A\" { tahun 2025 sasaran SP1 \"S\" { indikator I1 \"a\" { satuan persen target 1 } } }\n"
        "rkt B \"B\" { tahun 2025 mengacu A sasaran SP1 \"S\" { indikator I1 \"a\" { satuan persen target 1 } } }\n";
    Built *b = build(t);
    expect(b, "E030", AT(t, 3, "A sasaran"), "rkt 'B' cannot refer to rkt 'A'");
    assert_null(sm_plan(b->m, "B")->mengacu);
    built_free(b);
}

/* ---- recursion --------------------------------------------------------- */

static void test_fungsi_recursion(void **state)
{
    const char *t =
        "fungsi f(a) = g(a) + 1\n"
        "fungsi g(b) = h(b) * 2\n"
        "fungsi h(c) = f(c)\n"
        "fungsi sendiri(n) = sendiri(n - 1)\n"
        "aturan \"x\" { jika f(1) + sendiri(1) > 0 maka info \"x\" }\n";
    Built *b = build(t);
    assert_int_equal(count(b, "E017"), 2);
    /* at the call that closes the cycle, naming the whole cycle */
    expect(b, "E017", AT(t, 3, "f(c)"), "fungsi recursion: f -> g -> h -> f");
    expect_at(b, "E017", 1, 0, AT(t, 4, "sendiri(n -"), "fungsi recursion: sendiri -> sendiri");
    built_free(b);
}

static void test_derived_cycle(void **state)
{
    const char *t =
        "satuan persen : persen\n"
        "data d \"D\" satuan persen\n"
        "rkt R \"R\" {\n"
        "  tahun 2025\n"
        "  sasaran SP1 \"S\" {\n"
        "    indikator I3 \"a\" { satuan persen target 1 realisasi = I4 }\n"               /* 6 */
        "    indikator I4 \"b\" { satuan persen target 1 realisasi = realisasi(I5) }\n"    /* 7 */
        "    indikator I5 \"c\" { satuan persen target 1 realisasi = I3 * 2 }\n"           /* 8 */
        "    indikator I6 \"d\" { satuan persen target 1 realisasi = d + I3 }\n"           /* 9: reads the cycle, not in it */
        "  }\n"
        "}\n";
    Built *b = build(t);
    assert_int_equal(count(b, "E017"), 1);
    expect(b, "E017", AT(t, 8, "I3 *"), "derived indicators depend on each other: I3 -> I4 -> I5 -> I3");
    built_free(b);
}

/* ---- targets ------------------------------------------------------------ */

static void test_e012_suggestion(void **state)
{
    const char *t =
        "satuan sertifikat : cacah\n"
        "rkt R \"R\" {\n"
        "  tahun 2025\n"
        "  sasaran SP1 \"S\" {\n"
        "    indikator IKSP3 \"Media\" {\n"
        "      satuan sertifikat\n"
        "      target 25.945\n"                                                /* 7 */
        "    }\n"
        "    indikator I2 \"b\" { satuan sertifikat target 2.5 }\n"           /* 9 */
        "    indikator I3 \"c\" { satuan sertifikat target 1.2345 }\n"        /* 10 */
        "    indikator I4 \"d\" { satuan sertifikat target { TW1: 1.500, TW2: 2_000, TW3: 3_000, TW4: 4_000 } }\n"
        "  }\n"
        "}\n";
    Built *b = build(t);
    expect_msg(b, "E012", 0, "target 25.945 is not a whole number, but satuan 'sertifikat' counts; did you mean 25_945?");
    expect(b, "E012", AT(t, 7, "25.945"), NULL);
    assert_int_equal(src_span_hi(&b->p.src, nth_diag(b, "E012", 0)->span).col, col_of(t, 7, "25.945") + 6);
    expect_msg(b, "E012", 1, "target 2.5 is not a whole number, but satuan 'sertifikat' counts");
    expect_at(b, "E012", 1, 0, AT(t, 9, "2.5"), NULL);
    expect_msg(b, "E012", 2, "target 1.2345 is not a whole number, but satuan 'sertifikat' counts");
    expect_at(b, "E012", 3, 0, AT(t, 11, "1.500"),
              "target TW1 1.500 is not a whole number, but satuan 'sertifikat' counts; did you mean 1_500?");
    expect_total(b, 4);
    built_free(b);
}

static void test_unit_range(void **state)
{
    const char *t =
        "satuan persen : persen\n"
        "satuan lebar : persen 0..200\n"
        "satuan nilai : indeks 1..4\n"
        "satuan kosong : indeks 5..1\n"                                        /* 4 */
        "rkt R \"R\" {\n"
        "  tahun 2025\n"
        "  sasaran SP1 \"S\" {\n"
        "    indikator I1 \"a\" { satuan persen target 120 }\n"                /* 8 */
        "    indikator I2 \"b\" { satuan lebar target 120 }\n"
        "    indikator I3 \"c\" { satuan nilai polaritas stabil target 3..5 }\n"  /* 10 */
        "    indikator I4 \"d\" { satuan persen target -1 }\n"                 /* 11 */
        "  }\n"
        "}\n"
        "aturan \"pakai\" { jika 1 > 0 maka info \"{kode(I1)}\" }\n";
    Built *b = build(t);
    expect(b, "E024", AT(t, 4, "5..1"), "range 5..1 of satuan 'kosong' is empty");
    expect(b, "E019", AT(t, 8, "120"), "target 120 is outside the range 0..100 of satuan 'persen'");
    expect_at(b, "E019", 1, 0, AT(t, 10, "3..5"), "target 3..5 is outside the range 1..4 of satuan 'nilai'");
    expect_at(b, "E019", 2, 0, AT(t, 11, "-1"), "target -1 is outside the range 0..100");
    assert_int_equal(count(b, "E019"), 3);
    MUnit *u;
    HASH_FIND_STR(b->m->units, "persen", u);
    assert_true(u->has_range && u->lo == 0 && u->hi == 100);
    assert_int_equal(u->kind, UK_PERSEN);
    built_free(b);
}

static void test_quarterly(void **state)
{
    const char *t =
        "satuan sertifikat : cacah\n"
        "satuan persen : persen\n"
        "pk P \"P\" {\n"
        "  tahun 2025\n"
        "  sasaran SP1 \"S\" {\n"
        "    indikator I1 \"a\" { satuan sertifikat target { TW1: 10, TW2: 8, TW3: 12, TW4: 20 } }\n"    /* 6 */
        "    indikator I2 \"b\" { satuan sertifikat target 21 target { TW1: 5, TW2: 10, TW3: 15, TW4: 20 } }\n"  /* 7 */
        "    indikator I3 \"c\" { satuan persen target { TW1: 90, TW2: 85, TW3: 85, TW4: 90 } }\n"       /* 8 */
        "    indikator I4 \"d\" { satuan sertifikat target { TW1: 6_000, TW2: 12_500, TW3: 19_000, TW4: 25_945 } }\n"
        "  }\n"
        "}\n";
    Built *b = build(t);
    expect(b, "E022", AT(t, 6, "8,"), "but TW2 (8) is less than TW1 (10)");
    expect(b, "E023", AT(t, 7, "20 }"), "TW4 target 20 differs from the annual target 21");
    expect_total(b, 2);                     /* I3 consolidates with terakhir: no E022 */
    MInd *i4 = ind_of(b, "P", "I4");
    assert_true(i4->has_tw);
    assert_true(i4->tw[1].lo == 12500);
    assert_true(i4->target.set);            /* the annual target is TW4 */
    assert_true(i4->target.lo == 25945);
    assert_int_equal(i4->kon, KON_JUMLAH);
    assert_int_equal(ind_of(b, "P", "I3")->kon, KON_TERAKHIR);
    built_free(b);
}

static void test_range_and_stabil(void **state)
{
    const char *t =
        "satuan persen : persen\n"
        "rkt R \"R\" {\n"
        "  tahun 2025\n"
        "  sasaran SP1 \"S\" {\n"
        "    indikator I1 \"a\" { satuan persen polaritas stabil target 5..3 }\n"   /* 5 */
        "    indikator I2 \"b\" { satuan persen target 3..5 }\n"                    /* 6 */
        "    indikator I3 \"c\" { satuan persen polaritas stabil target 4 }\n"      /* 7 */
        "    indikator I4 \"d\" { satuan persen polaritas stabil target 3..5 }\n"
        "  }\n"
        "}\n";
    Built *b = build(t);
    expect(b, "E024", AT(t, 5, "5..3"), "target range 5..3 is empty");
    expect(b, "E025", AT(t, 6, "3..5"),
           "a range 3..5 is a target band, only for 'polaritas stabil'; indikator 'I2' is maksimal");
    expect(b, "E026", AT(t, 7, "4 }"), "indikator 'I3' is stabil, so its target is a band a..b");
    expect_total(b, 3);
    MInd *i4 = ind_of(b, "R", "I4");
    assert_int_equal(i4->pol, POL_STABIL);
    assert_true(i4->target.range && i4->target.lo == 3 && i4->target.hi == 5);
    built_free(b);
}

static void test_zero_target_note(void **state)
{
    const char *t =
        "satuan dokumen : cacah\n"
        "rkt R \"R\" {\n"
        "  tahun 2025\n"
        "  sasaran SP1 \"S\" {\n"
        "    indikator I1 \"a\" { satuan dokumen target 0 }\n"                                   /* 5 */
        "    indikator I2 \"b\" { satuan dokumen polaritas minimal target 0 }\n"                 /* 6 */
        "    indikator I3 \"c\" { satuan dokumen polaritas minimal terburuk 10 target 0 }\n"     /* 7 */
        "    indikator I4 \"d\" { satuan dokumen target 0 capaian = 100 }\n"
        "    indikator I5 \"e\" { satuan dokumen target 1 }\n"
        "  }\n"
        "}\n";
    Built *b = build(t);
    assert_int_equal(count(b, "I001"), 3);
    expect(b, "I001", AT(t, 5, "0 }"), "100% when realisasi >= 0, else 0%");
    expect_at(b, "I001", 1, 0, AT(t, 6, "0 }"), "100% when realisasi = 0, else 0% (give 'terburuk' for a graded score)");
    expect_at(b, "I001", 2, 0, AT(t, 7, "0 }"), "(terburuk - R) / terburuk x 100");
    assert_int_equal(nth_diag(b, "I001", 0)->sev, DG_NOTE);
    assert_false(dg_failed(&b->p.diags));
    b->p.diags.werror = true;               /* notes never fail a run */
    assert_false(dg_failed(&b->p.diags));
    built_free(b);
}

/* ---- warnings ------------------------------------------------------------ */

static void test_empty_sasaran(void **state)
{
    const char *t =
        "satuan persen : persen\n"
        "rkt R \"R\" {\n"
        "  tahun 2025\n"
        "  sasaran SP1 \"S\" { indikator I1 \"a\" { satuan persen target 1 } }\n"
        "  sasaran SP2 \"T\" { }\n"
        "}\n";
    Built *b = build(t);
    expect(b, "W001", AT(t, 5, "SP2"), "sasaran 'SP2' has no indikator");
    expect_total(b, 1);
    assert_int_equal(nth_diag(b, "W001", 0)->sev, DG_WARNING);
    assert_false(dg_failed(&b->p.diags));
    b->p.diags.werror = true;
    assert_true(dg_failed(&b->p.diags));
    built_free(b);
}

static void test_partial_weights(void **state)
{
    const char *t =
        "satuan persen : persen\n"
        "rkt R \"R\" {\n"
        "  tahun 2025\n"
        "  sasaran SP1 \"S\" {\n"
        "    bobot 2\n"
        "    indikator I1 \"a\" { satuan persen target 1 bobot 3 }\n"
        "    indikator I2 \"b\" { satuan persen target 1 }\n"                         /* 7 */
        "  }\n"
        "  sasaran SP2 \"T\" { indikator I3 \"c\" { satuan persen target 1 } }\n"     /* 9 */
        "  sasaran SP3 \"U\" { indikator I4 \"d\" { satuan persen target 1 } }\n"     /* 10 */
        "}\n";
    Built *b = build(t);
    expect(b, "W002", AT(t, 7, "I2"), "indikator 'I2' has no bobot while others in sasaran 'SP1' do");
    expect_at(b, "W002", 1, 0, AT(t, 9, "SP2"), "sasaran 'SP2' has no bobot while others in plan 'R' do");
    expect_at(b, "W002", 2, 0, AT(t, 10, "SP3"), "sasaran 'SP3'");
    expect_total(b, 3);
    assert_true(ind_of(b, "R", "I2")->bobot == 1);
    assert_true(ind_of(b, "R", "I1")->bobot == 3);
    built_free(b);
}

static void test_unused(void **state)
{
    const char *t =
        "satuan persen : persen\n"
        "satuan orang : cacah\n"
        "skala MUTU { A \"a\" : >= 0 }\n"
        "skala DIPAKAI { A \"a\" : >= 0 }\n"
        "fungsi rasio(a, b) = a / b\n"
        "fungsi dipakai(a) = a\n"
        "data survei \"S\" satuan persen\n"
        "rkt R \"R\" {\n"
        "  tahun 2025\n"
        "  predikat DIPAKAI\n"
        "  sasaran SP1 \"S\" { indikator I1 \"a\" { satuan persen target 1 capaian = dipakai(1) } }\n"
        "}\n";
    Built *b = build(t);
    assert_int_equal(count(b, "W003"), 4);
    expect(b, "W003", AT(t, 2, "orang"), "satuan 'orang' is declared but never used");
    expect_at(b, "W003", 1, 0, AT(t, 3, "MUTU"), "skala 'MUTU'");
    expect_at(b, "W003", 2, 0, AT(t, 5, "rasio"), "fungsi 'rasio'");
    expect_at(b, "W003", 3, 0, AT(t, 7, "survei"), "data series 'survei'");
    expect_total(b, 4);
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
    expect_total(b, 0);
    MPlan *r = sm_plan(b->m, "RKT");
    assert_ptr_equal(r->mengacu, sm_plan(b->m, "RENSTRA"));
    MSas *sa = sm_sas(r, "SP1");
    assert_string_equal(sa->uraian, "Layanan karantina");
    assert_string_equal(sa->tujuan, "T1");
    assert_non_null(sa->ref);
    MInd *i3 = ind_of(b, "RKT", "IKSP3");
    assert_ptr_equal(i3->ref, ind_of(b, "RENSTRA", "IKSP3"));
    assert_string_equal(i3->uraian, "Media pembawa dibebaskan");
    assert_string_equal(i3->unit->name, "sertifikat");
    assert_int_equal(i3->pol, POL_MAKSIMAL);
    assert_int_equal(i3->kon, KON_JUMLAH);
    assert_string_equal(i3->pelaksana, "Seksi Karantina Tumbuhan");
    assert_true(i3->target.set);
    assert_true(i3->target.lo == 26500);                 /* the target of its own year */
    assert_int_equal(i3->target.span.file, 0);           /* located where it is written */
    assert_int_equal(src_span_lo(&b->p.src, i3->target.span).line, 12);
    MInd *i4 = ind_of(b, "RKT", "IKSP4");
    assert_int_equal(i4->pol, POL_MINIMAL);
    assert_true(i4->target.lo == 8);
    assert_true(ind_of(b, "RKT", "IKSP5")->target.lo == 6);
    built_free(b);
}

/* A pk inherits from its rkt, which inherits from the Renstra. */
static void test_inheritance_chain(void **state)
{
    const char *t[] = {renstra,
        "rkt RKT \"Rencana\" { tahun 2025 mengacu RENSTRA\n"
        "  sasaran SP1 { indikator IKSP3 { } indikator IKSP4 { } }\n"
        "}\n",
        "pk PK \"Perjanjian\" { tahun 2025 mengacu RKT\n"
        "  sasaran SP1 { indikator IKSP3 { target { TW1: 6_000, TW2: 12_500, TW3: 19_000, TW4: 25_945 } } indikator IKSP4 { } }\n"
        "}\n"};
    Built *b = build_files(t, 3);
    expect_total(b, 0);
    MInd *p3 = ind_of(b, "PK", "IKSP3");
    assert_string_equal(p3->uraian, "Media pembawa dibebaskan");
    assert_string_equal(p3->unit->name, "sertifikat");
    assert_true(p3->has_tw);
    assert_true(p3->target.lo == 25945);
    MInd *p4 = ind_of(b, "PK", "IKSP4");
    assert_true(p4->target.lo == 10);
    assert_int_equal(p4->pol, POL_MINIMAL);
    built_free(b);
}

/* ---- checks against the referenced plan -------------------------------- */

static void test_ref_unknown_codes(void **state)
{
    const char *u =
        "rkt RKT \"Rencana\" {\n"
        "  tahun   2025\n"
        "  mengacu RENSTRA\n"
        "  sasaran SP1 {\n"
        "    indikator IKSP3 { }\n"
        "    indikator IKSP44 \"x\" { satuan sertifikat target 1 }\n"               /* 6 */
        "    indikator IKSP5 { ditunda \"2026\" }\n"
        "  }\n"
        "  sasaran SP9 \"Baru\" { indikator X1 \"x\" { satuan sertifikat target 1 } }\n"  /* 9 */
        "}\n";
    Built *b = build2(renstra, u);
    /* located in the referring file (file 1), at the code */
    expect_at(b, "E040", 0, 1, AT(u, 6, "IKSP44"), "indikator 'IKSP44' is not in renstra 'RENSTRA'; did you mean 'IKSP4'?");
    expect_at(b, "E040", 1, 1, AT(u, 9, "SP9"), "sasaran 'SP9' is not in renstra 'RENSTRA'; did you mean 'SP1'?");
    expect_at(b, "E040", 2, 1, AT(u, 9, "X1"), "indikator 'X1' is not in renstra 'RENSTRA'");
    assert_int_equal(count(b, "E040"), 3);
    /* IKSP4 has a 2025 target and is absent */
    expect_at(b, "W041", 0, 1, AT(u, 3, "RENSTRA"), "indikator IKSP4 of renstra 'RENSTRA' (sasaran SP1) is absent from 'RKT'");
    assert_int_equal(count(b, "W041"), 1);
    built_free(b);
}

static void test_ref_year(void **state)
{
    const char *u =
        "rkt RKT \"Rencana\" {\n"
        "  tahun   2030\n"
        "  mengacu RENSTRA\n"
        "  sasaran SP1 { indikator IKSP3 { target 28_000 } indikator IKSP4 { target 1 } indikator IKSP5 { target 1 } }\n"
        "}\n";
    Built *b = build2(renstra, u);
    expect_at(b, "E041", 0, 1, AT(u, 2, "2030"), "tahun 2030 is outside the periode 2025..2029 of renstra 'RENSTRA'");
    assert_int_equal(count(b, "E041"), 1);
    built_free(b);
}

static void test_ref_unit_and_polarity(void **state)
{
    const char *u =
        "satuan dokumen : cacah\n"
        "rkt RKT \"Rencana\" {\n"
        "  tahun   2025\n"
        "  mengacu RENSTRA\n"
        "  sasaran SP1 {\n"
        "    indikator IKSP3 { satuan dokumen }\n"                     /* 6 */
        "    indikator IKSP4 { polaritas maksimal }\n"                 /* 7 */
        "  }\n"
        "}\n";
    Built *b = build2(renstra, u);
    expect_at(b, "E042", 0, 1, AT(u, 6, "dokumen"), "satuan 'dokumen' differs from 'sertifikat' of indikator IKSP3 in renstra 'RENSTRA'");
    expect_at(b, "E042", 1, 1, AT(u, 7, "maksimal"), "polaritas maksimal differs from minimal of indikator IKSP4 in renstra 'RENSTRA'");
    assert_int_equal(count(b, "E042"), 2);
    built_free(b);
}

static void test_ref_short_target(void **state)
{
    const char *u =
        "rkt RKT \"Rencana\" {\n"
        "  tahun   2025\n"
        "  mengacu RENSTRA\n"
        "  sasaran SP1 {\n"
        "    indikator IKSP3 { target 25_000 }\n"                                   /* 5 */
        "    indikator IKSP4 { target 12 }\n"                                       /* 6: minimal, higher is short */
        "  }\n"
        "}\n";
    Built *b = build2(renstra, u);
    expect_at(b, "W040", 0, 1, AT(u, 5, "25_000"), "target 25000 of IKSP3 falls short of the renstra's 2025 target 25945 (polaritas maksimal)");
    expect_at(b, "W040", 1, 1, AT(u, 6, "12"), "target 12 of IKSP4 falls short of the renstra's 2025 target 10 (polaritas minimal)");
    assert_int_equal(count(b, "W040"), 2);
    built_free(b);

    /* silenced by a keterangan; not raised for a better target */
    b = build2(renstra,
        "rkt RKT \"Rencana\" {\n"
        "  tahun   2025\n"
        "  mengacu RENSTRA\n"
        "  sasaran SP1 {\n"
        "    indikator IKSP3 { target 25_000 keterangan \"Pelabuhan ditutup\" }\n"
        "    indikator IKSP4 { target 9 }\n"
        "  }\n"
        "}\n");
    expect_total(b, 0);
    built_free(b);
}

static void test_ref_absent_and_ditunda(void **state)
{
    /* the whole sasaran absent: one warning per indicator with a 2025 target */
    const char *u =
        "rkt RKT \"Rencana\" {\n"
        "  tahun   2025\n"
        "  mengacu RENSTRA\n"
        "}\n";
    Built *b = build2(renstra, u);
    assert_int_equal(count(b, "W041"), 2);
    expect_at(b, "W041", 0, 1, AT(u, 3, "RENSTRA"),
              "indikator IKSP3 of renstra 'RENSTRA' (sasaran SP1) is absent from 'RKT'; add it, or mark it: indikator IKSP3 { ditunda \"alasan\" }");
    expect_at(b, "W041", 1, 1, AT(u, 3, "RENSTRA"), "indikator IKSP4");
    expect_total(b, 2);                 /* IKSP5 has no 2025 target: not required */
    built_free(b);

    b = build2(renstra,
        "rkt RKT \"Rencana\" {\n"
        "  tahun   2025\n"
        "  mengacu RENSTRA\n"
        "  sasaran SP1 { indikator IKSP3 { } indikator IKSP4 { ditunda \"dialihkan\" } }\n"
        "}\n");
    expect_total(b, 0);
    assert_string_equal(ind_of(b, "RKT", "IKSP4")->ditunda, "dialihkan");
    built_free(b);
}

static void test_ref_uraian(void **state)
{
    const char *u =
        "rkt RKT \"Judul lain tidak dibandingkan\" {\n"
        "  tahun   2025\n"
        "  mengacu RENSTRA\n"
        "  sasaran SP1 \"Layanan Karantina\" {\n"                                        /* 4 */
        "    indikator IKSP3 \"Media pembawa dibebaskan\" { }\n"
        "    indikator IKSP4 \"Media pembawa Diperiksa\" { }\n"                           /* 6 */
        "  }\n"
        "}\n";
    Built *b = build2(renstra, u);
    expect_at(b, "W042", 0, 1, AT(u, 4, "\"Layanan"),
              "uraian of sasaran SP1 differs from renstra 'RENSTRA': here \"Layanan Karantina\", there \"Layanan karantina\"");
    expect_at(b, "W042", 1, 1, AT(u, 6, "\"Media"),
              "uraian of indikator IKSP4 differs from renstra 'RENSTRA': here \"Media pembawa Diperiksa\", there \"Media pembawa diperiksa\"");
    expect_total(b, 2);
    built_free(b);
}

static void test_ref_pk_target(void **state)
{
    const char *u =
        "pk PK \"P\" {\n"
        "  tahun   2025\n"
        "  mengacu RKT\n"
        "  sasaran SP1 {\n"
        "    indikator I1 { target { TW1: 6_000, TW2: 12_500, TW3: 19_000, TW4: 25_000 } }\n"   /* 5 */
        "    indikator I2 { target 9_000 }\n"                                                    /* 6 */
        "    indikator I3 { target { TW1: 9, TW2: 18, TW3: 27, TW4: 36 } }\n"
        "  }\n"
        "}\n";
    Built *b = build2(
        "satuan sertifikat : cacah\n"
        "rkt RKT \"R\" {\n"
        "  tahun 2025\n"
        "  sasaran SP1 \"S\" {\n"
        "    indikator I1 \"a\" { satuan sertifikat target 25_945 }\n"
        "    indikator I2 \"b\" { satuan sertifikat target 9_865 }\n"
        "    indikator I3 \"c\" { satuan sertifikat target 36 }\n"
        "  }\n"
        "}\n", u);
    expect_at(b, "W043", 0, 1, AT(u, 5, "25_000"), "pk target TW4 25000 of I1 differs from the rkt's annual target 25945 in 'RKT'");
    expect_at(b, "W043", 1, 1, AT(u, 6, "9_000"), "pk target 9000 of I2 differs from the rkt's 9865 in 'RKT'");
    expect_total(b, 2);
    built_free(b);
}

/* ---- rules ------------------------------------------------------------ */

static void test_rules_static_or_evaluated(void **state)
{
    const char *t =
        "satuan dokumen : cacah\n"
        "rkt R \"R\" {\n"
        "  tahun 2025\n"
        "  sasaran SP2 \"S\" {\n"
        "    indikator IKSP5 \"a\" { satuan dokumen target 40 }\n"
        "    indikator IKSP6 \"b\" { satuan dokumen target 33 }\n"
        "  }\n"
        "}\n"
        "aturan \"Registrasi\" { jika target(IKSP5) > target(IKSP6) maka galat \"{target(IKSP5)} > {target(IKSP6)}\" }\n"  /* 9 */
        "aturan \"Capaian\" { untuk indikator i jika capaian(i) < 80 maka peringatan \"{kode(i)}\" }\n";
    Built *b = build(t);
    expect_total(b, 0);
    assert_int_equal(b->m->nrules, 2);
    assert_true(b->m->rules[0].is_static);
    assert_int_equal(b->m->rules[0].sev, SEV_GALAT);
    assert_false(b->m->rules[1].is_static);
    assert_int_equal(b->m->rules[1].sev, SEV_PERINGATAN);
    /* check evaluates the static rule once per rkt/pk plan, at its name */
    cmd_static_rules(b->m, &b->p.diags);
    expect_total(b, 1);
    expect(b, "E100", AT(t, 9, "\"Registrasi\""), "aturan \"Registrasi\" in R: 40 > 33");
    built_free(b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_duplicates),
        cmocka_unit_test(test_duplicate_across_files),
        cmocka_unit_test(test_values),
        cmocka_unit_test(test_misplaced_property),
        cmocka_unit_test(test_required_missing),
        cmocka_unit_test(test_written_twice),
        cmocka_unit_test(test_scale_thresholds),
        cmocka_unit_test(test_undeclared_did_you_mean),
        cmocka_unit_test(test_undeclared_without_suggestion),
        cmocka_unit_test(test_tujuan_and_temuan),
        cmocka_unit_test(test_call_arguments),
        cmocka_unit_test(test_bare_realisasi),
        cmocka_unit_test(test_mengacu_kind),
        cmocka_unit_test(test_fungsi_recursion),
        cmocka_unit_test(test_derived_cycle),
        cmocka_unit_test(test_e012_suggestion),
        cmocka_unit_test(test_unit_range),
        cmocka_unit_test(test_quarterly),
        cmocka_unit_test(test_range_and_stabil),
        cmocka_unit_test(test_zero_target_note),
        cmocka_unit_test(test_empty_sasaran),
        cmocka_unit_test(test_partial_weights),
        cmocka_unit_test(test_unused),
        cmocka_unit_test(test_inheritance),
        cmocka_unit_test(test_inheritance_chain),
        cmocka_unit_test(test_ref_unknown_codes),
        cmocka_unit_test(test_ref_year),
        cmocka_unit_test(test_ref_unit_and_polarity),
        cmocka_unit_test(test_ref_short_target),
        cmocka_unit_test(test_ref_absent_and_ditunda),
        cmocka_unit_test(test_ref_uraian),
        cmocka_unit_test(test_ref_pk_target),
        cmocka_unit_test(test_rules_static_or_evaluated),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
