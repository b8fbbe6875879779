/*
 * test_out_eval.c - the renderers of an evaluated plan (out_eval.h):
 * the exact JSON line, CSV quoting and the --semua column, Markdown
 * escaping, the 80-column terminal table (also with a 200-character
 * uraian of multi-byte characters and absurdly long codes), colour, and
 * the pieces `explain` prints.
 *
 * The plan and its result are built by hand in an Arena:
 *   RKT_X: SP1 { IKSP1 maksimal 25945 <- 4 quarters;  IKSP2 stabil 3..5,
 *          no data }  SP2 { IKSP3 derived, 120 against 90, batas 120 }
 * and one finding of a rule in aturan.rkt.
 */
#include "testutil.h"

#include "out/out_eval.h"
#include "base/period.h"

static const char rkt_text[] =
    "rkt RKT_X \"Rencana Kinerja Tahunan\" {\n"                                 /* 1 */
    "  sasaran SP1 {\n"                                                         /* 2 */
    "    indikator IKSP1 { target 25_945 }\n"                                   /* 3 */
    "    indikator IKSP2 { target 3..5 }\n"                                     /* 4 */
    "  }\n"                                                                     /* 5 */
    "  sasaran SP2 {\n"                                                         /* 6 */
    "    indikator IKSP3 { target 90  batas 120  realisasi = jumlah(a, b) }\n"  /* 7 */
    "  }\n"
    "}\n";

static const char aturan_text[] =
    "# rules\n\n"
    "aturan \"Capaian rendah\" {\n"
    "  untuk indikator i\n"
    "  jika capaian(i) < 80\n"
    "  maka peringatan \"{kode(i)} baru mencapai {capaian(i)}% dari target\"\n"
    "}\n";

static const char data_text[] =
    "kode,periode,nilai\n"
    "IKSP1,2025-TW1,6112\n"
    "IKSP1,2025-TW2,6587\n"
    "IKSP1,2025-TW3,6734\n"
    "IKSP1,2025-TW4,7021\n";

typedef struct Fx {
    Arena *ar;
    SrcSet src;
    int f_rkt, f_aturan, f_data;
    MUnit sert, pers;
    MBand bands[3];
    MScale akip;
    MPlan plan;
    MSas s1, s2;
    MSas *sas[2];
    MInd i1, i2, i3;
    MInd *inds1[2], *inds2[1];
    MExpr derived, custom;
    MRule rule;
    DtObs obs[4];
    RInd r1[2], r2[1];
    RSas rs[2];
    const char *tanpa1[1];
    RFinding temuan[1];
    RPlan rp;
} Fx;

/* A span of `needle` inside file `file` whose text is `text`. */
static Span span_of(int file, const char *text, const char *needle)
{
    const char *p = strstr(text, needle);
    assert_non_null(p);
    return (Span){file, (int)(p - text), (int)(p - text + strlen(needle))};
}

static MTarget number_target(double v, Span at)
{
    return (MTarget){.set = true, .lo = v, .hi = v, .span = at};
}

static void fx_units_scale(Fx *x)
{
    x->sert = (MUnit){.name = "sertifikat", .kind = UK_CACAH};
    x->pers = (MUnit){.name = "persen", .kind = UK_PERSEN};
    x->bands[0] = (MBand){"AA", "Sangat memuaskan", false, 90};
    x->bands[1] = (MBand){"A", "Memuaskan", false, 80};
    x->bands[2] = (MBand){"B", "Baik", true, 70};
    x->akip = (MScale){.name = "AKIP", .bands = x->bands, .nbands = 3};
}

static void fx_model(Fx *x, const char *sp2_uraian)
{
    x->plan = (MPlan){.code = "RKT_X", .kind = PLAN_RKT, .title = "Rencana Kinerja Tahunan",
                      .tahun = 2025, .predikat = &x->akip, .sas = x->sas, .nsas = 2};
    x->sas[0] = &x->s1;
    x->sas[1] = &x->s2;
    x->s1 = (MSas){.code = "SP1", .kind = EL_SASARAN, .outer = true, .uraian = ar_strdup(x->ar, "Sasaran satu, \"kutip\""),
                   .plan = &x->plan, .bobot = 1, .inds = x->inds1, .ninds = 2};
    x->s2 = (MSas){.code = "SP2", .kind = EL_SASARAN, .outer = true, .uraian = ar_strdup(x->ar, sp2_uraian), .plan = &x->plan,
                   .bobot = 1, .predikat = &x->akip, .inds = x->inds2, .ninds = 1};
    x->inds1[0] = &x->i1;
    x->inds1[1] = &x->i2;
    x->inds2[0] = &x->i3;
    x->i1 = (MInd){.code = "IKSP1", .uraian = "Jumlah sertifikat, total", .sas = &x->s1,
                   .plan = &x->plan, .unit = &x->sert, .pol = POL_MAKSIMAL, .kon = KON_JUMLAH,
                   .bobot = 1};
    x->i1.target = number_target(25945, span_of(x->f_rkt, rkt_text, "25_945"));
    x->i2 = (MInd){.code = "IKSP2", .uraian = "Rasio A|B", .sas = &x->s1, .plan = &x->plan,
                   .unit = &x->pers, .pol = POL_STABIL, .kon = KON_TERAKHIR, .bobot = 1};
    x->i2.target = (MTarget){.set = true, .range = true, .lo = 3, .hi = 5, .span = span_of(x->f_rkt, rkt_text, "3..5")};
    x->derived.kind = MX_BUILTIN;
    x->derived.span = span_of(x->f_rkt, rkt_text, "jumlah(a, b)");
    x->i3 = (MInd){.code = "IKSP3", .uraian = ar_strdup(x->ar, sp2_uraian), .sas = &x->s2,
                   .plan = &x->plan, .unit = &x->pers, .pol = POL_MAKSIMAL,
                   .kon = KON_TERAKHIR, .bobot = 1, .has_batas = true, .batas = 120,
                   .realisasi_expr = &x->derived, .predikat = &x->akip};
    x->i3.target = number_target(90, span_of(x->f_rkt, rkt_text, "90"));
    x->rule = (MRule){.name = "Capaian rendah", .sev = SEV_PERINGATAN};
}

static void fx_result(Fx *x)
{
    static const double q[4] = {6112, 6587, 6734, 7021};
    for (int i = 0; i < 4; i++)
        x->obs[i] = (DtObs){PD_IDX_TW(i + 1), false, q[i], {x->f_data, i + 2}};
    double c1 = 26454.0 / 25945.0 * 100;
    double c3 = 120.0 / 90.0 * 100;
    x->r1[0] = (RInd){.ind = &x->i1, .target = x->i1.target, .target_from = RT_ANNUAL,
                      .realisasi = {true, 26454}, .capaian = {true, c1},
                      .capaian_raw = {true, c1}, .formula = RF_MAKS, .obs = x->obs, .nobs = 4};
    x->r1[1] = (RInd){.ind = &x->i2, .target = x->i2.target, .target_from = RT_ANNUAL};
    x->r2[0] = (RInd){.ind = &x->i3, .target = x->i3.target, .target_from = RT_ANNUAL,
                      .realisasi = {true, 120}, .capaian = {true, 120},
                      .capaian_raw = {true, c3}, .capped = true, .formula = RF_MAKS,
                      .predikat = &x->bands[0], .derived = true};
    x->tanpa1[0] = "IKSP2";
    x->rs[0] = (RSas){.sas = &x->s1, .capaian = {true, c1}, .inds = x->r1, .ninds = 2,
                      .tanpa_data = x->tanpa1, .ntanpa = 1, .wsum = 1};
    x->rs[1] = (RSas){.sas = &x->s2, .capaian = {true, 120}, .predikat = &x->bands[0],
                      .inds = x->r2, .ninds = 1, .wsum = 1};
    x->temuan[0] = (RFinding){.rule = &x->rule, .sev = SEV_PERINGATAN,
                              .msg = "IKSP2 baru mencapai 66.67% dari target",
                              .span = span_of(x->f_aturan, aturan_text, "aturan \"Capaian")};
    x->rp = (RPlan){.plan = &x->plan, .periode = {P_YEAR, 2025, 0}, .periode_text = "2025",
                    .capaian = {true, (c1 + 120) / 2}, .predikat = &x->bands[0],
                    .sas = x->rs, .nsas = 2, .wsum = 2, .temuan = x->temuan, .ntemuan = 1,
                    .arena = x->ar};
}

static Fx *fx_new(const char *sp2_uraian)
{
    Arena *ar = ar_new();
    Fx *x = ar_alloc(ar, sizeof *x);
    x->ar = ar;
    src_init(&x->src);
    x->f_rkt = src_add(&x->src, "rkt.rkt", rkt_text, strlen(rkt_text))->id;
    x->f_aturan = src_add(&x->src, "aturan.rkt", aturan_text, strlen(aturan_text))->id;
    x->f_data = src_add(&x->src, "data.csv", data_text, strlen(data_text))->id;
    fx_units_scale(x);
    fx_model(x, sp2_uraian);
    fx_result(x);
    return x;
}

static void fx_free(Fx *x)
{
    src_free(&x->src);
    ar_free(x->ar);
}

static int setup(void **state)
{
    *state = fx_new("Sasaran dua");
    return 0;
}

static int teardown(void **state)
{
    fx_free(*state);
    return 0;
}

/* ---- capturing output ------------------------------------------------ */

enum { R_JSON, R_CSV, R_CSV_SEMUA, R_MD, R_TABLE, R_TABLE_COLOR };

static char *render(Fx *x, int which)
{
    Capture c;
    FILE *f = cap_open(&c);
    const RPlan *two[2] = {&x->rp, &x->rp};
    switch (which) {
    case R_JSON:        out_eval_json(f, &x->rp, &x->src); break;
    case R_CSV:         out_eval_csv(f, two, 1, &x->src, false); break;
    case R_CSV_SEMUA:   out_eval_csv(f, two, 2, &x->src, true); break;
    case R_MD:          out_eval_md(f, &x->rp, &x->src); break;
    case R_TABLE:       out_eval_table(f, &x->rp, &x->src, false); break;
    default:            out_eval_table(f, &x->rp, &x->src, true); break;
    }
    return cap_close(&c);
}

static char *explain(Fx *x, const char *code)
{
    Capture c;
    FILE *f = cap_open(&c);
    out_explain(f, &x->rp, code, &x->src);
    return cap_close(&c);
}

#define assert_contains(hay, needle)                                           \
    do {                                                                       \
        if (!strstr((hay), (needle)))                                          \
            fail_msg("missing \"%s\" in:\n%s", (needle), (hay));               \
    } while (0)

/* Characters of each line, ANSI colour sequences left out; fails when a
 * line is wider than OUT_TABLE_WIDTH. */
static void assert_fits(const char *s)
{
    int line = 1;
    while (*s) {
        const char *e = strchr(s, '\n');
        size_t n = e ? (size_t)(e - s) : strlen(s);
        int w = 0;
        for (size_t i = 0; i < n; i++) {
            if (s[i] == '\033') {
                while (i < n && s[i] != 'm')
                    i++;
                continue;
            }
            w += utf8_width(s + i, 1);
        }
        if (w > OUT_TABLE_WIDTH)
            fail_msg("line %d is %d characters wide: %.*s", line, w, (int)n, s);
        s += n + (e != NULL);
        line++;
    }
}

/* 200 characters of 2-, 3- and 4-byte UTF-8 and spaces. */
static char *long_uraian(void)
{
    static const char *const pieces[] = {"Ā", "é", "ö", "→", "ß", "ш", "字", "😀", " "};
    Sbuf b;
    sb_init(&b);
    for (int i = 0; i < 200; i++)
        sb_puts(&b, pieces[i % 9]);
    assert_int_equal(utf8_width(b.s, b.len), 200);
    return sb_take(&b);
}

/* ---- JSON ------------------------------------------------------------ */

/* pelaksana and kondisi_awal follow predikat (docs/cli.md), as null
 * when unset. */
static void test_json_exact(void **state)
{
    Fx *x = *state;
    x->i1.pelaksana = "Seksi \"TU\"";
    x->i1.kondisi_awal = (MTarget){.set = true, .lo = 24500, .hi = 24500};
    char *s = render(x, R_JSON);
    assert_string_equal(s,
        "{\"rencana\":\"RKT_X\",\"tahun\":2025,\"periode\":\"2025\",\"capaian\":110.98,"
        "\"predikat\":\"AA\",\"anggaran\":null,\"realisasi_anggaran\":null,\"serapan\":null,\"sasaran\":["
        "{\"kode\":\"SP1\",\"uraian\":\"Sasaran satu, \\\"kutip\\\"\",\"induk\":null,\"tingkat\":null,\"capaian\":101.96,"
        "\"predikat\":null,\"tanpa_data\":[\"IKSP2\"],\"indikator\":["
        "{\"kode\":\"IKSP1\",\"uraian\":\"Jumlah sertifikat, total\",\"satuan\":\"sertifikat\","
        "\"polaritas\":\"maksimal\",\"konsolidasi\":\"jumlah\",\"target\":25945,"
        "\"realisasi\":26454,\"capaian\":101.96,\"predikat\":null,"
        "\"pelaksana\":\"Seksi \\\"TU\\\"\",\"mendukung\":null,\"tanpa_data\":[],\"kondisi_awal\":24500},"
        "{\"kode\":\"IKSP2\",\"uraian\":\"Rasio A|B\",\"satuan\":\"persen\","
        "\"polaritas\":\"stabil\",\"konsolidasi\":\"terakhir\",\"target\":[3,5],"
        "\"realisasi\":null,\"capaian\":null,\"predikat\":null,"
        "\"pelaksana\":null,\"mendukung\":null,\"tanpa_data\":[],\"kondisi_awal\":null}]},"
        "{\"kode\":\"SP2\",\"uraian\":\"Sasaran dua\",\"induk\":null,\"tingkat\":null,\"capaian\":120,\"predikat\":\"AA\","
        "\"tanpa_data\":[],\"indikator\":["
        "{\"kode\":\"IKSP3\",\"uraian\":\"Sasaran dua\",\"satuan\":\"persen\","
        "\"polaritas\":\"maksimal\",\"konsolidasi\":\"terakhir\",\"target\":90,"
        "\"realisasi\":120,\"capaian\":120,\"predikat\":\"AA\","
        "\"pelaksana\":null,\"mendukung\":null,\"tanpa_data\":[],\"kondisi_awal\":null}]}],\"program\":[],\"tujuan\":[],"
        "\"temuan\":[{\"aturan\":\"Capaian rendah\",\"tingkat\":\"peringatan\","
        "\"pesan\":\"IKSP2 baru mencapai 66.67% dari target\",\"file\":\"aturan.rkt\","
        "\"line\":3,\"column\":1}]}\n");
    free(s);
}

static void test_ditunda_and_kosong_plan(void **state)
{
    Fx *x = *state;
    x->i3.ditunda = "tidak dianggarkan";
    x->r2[0] = (RInd){.ind = &x->i3, .target = x->i3.target, .target_from = RT_ANNUAL,
                      .ditunda = true};
    x->rs[1].capaian = (RVal){false, 0};
    x->rs[1].predikat = NULL;
    x->rp.capaian = (RVal){false, 0};
    x->rp.predikat = NULL;
    x->rp.ntemuan = 0;
    x->rp.periode_text = "2025-TW2";
    char *s = render(x, R_JSON);
    assert_contains(s, "\"periode\":\"2025-TW2\",\"capaian\":null,\"predikat\":null,");
    assert_contains(s, "\"target\":90,\"realisasi\":null,\"capaian\":null,\"predikat\":null,"
                       "\"pelaksana\":null,\"mendukung\":null,\"tanpa_data\":[],\"kondisi_awal\":null,\"ditunda\":\"tidak dianggarkan\"}");
    assert_contains(s, "\"temuan\":[]}\n");
    assert_null(strstr(s, "\"ditunda\":\"tidak dianggarkan\",")); /* last key */
    assert_int_equal(strchr(s, '\n') - s, (long)strlen(s) - 1);   /* one line */
    free(s);
    s = render(x, R_TABLE);
    assert_contains(s, "        90          -          -  ditunda\n");
    assert_contains(s, "Capaian RKT_X (2025-TW2): -\n");
    assert_contains(s, "Temuan: tidak ada\n");
    free(s);
    s = render(x, R_MD);
    assert_contains(s, "| 90 | - | - | ditunda: tidak dianggarkan |\n");
    assert_contains(s, "Tidak ada temuan.\n");
    free(s);
    s = render(x, R_CSV);
    assert_contains(s, "\nIKSP3,SP2,Sasaran dua,persen,maksimal,terakhir,90,,,,,indikator,,,\n");
    free(s);
    s = explain(x, "IKSP3");
    assert_contains(s, "  ditunda: tidak dianggarkan (left out of the sasaran)\n");
    assert_contains(s, "realisasi\n  not evaluated (ditunda)\n");
    assert_contains(s, "  kosong: ditunda\n");
    free(s);
    s = explain(x, "SP2");
    assert_contains(s, "  IKSP3      ditunda: left out\n");
    assert_contains(s, "capaian\n  no part has a capaian: kosong\n");
    free(s);
}

/* ---- CSV ------------------------------------------------------------- */

static void test_csv_quoting(void **state)
{
    Fx *x = *state;
    x->i2.uraian = "Rasio \"A\"\nbaris dua";
    char *s = render(x, R_CSV);
    assert_string_equal(s,
        "kode,sasaran,uraian,satuan,polaritas,konsolidasi,target,realisasi,capaian,predikat,pelaksana,"
        "jenis,anggaran,realisasi_anggaran,serapan\n"
        "IKSP1,SP1,\"Jumlah sertifikat, total\",sertifikat,maksimal,jumlah,25945,26454,101.96,,,indikator,,,\n"
        "IKSP2,SP1,\"Rasio \"\"A\"\"\nbaris dua\",persen,stabil,terakhir,3..5,,,,,indikator,,,\n"
        "IKSP3,SP2,Sasaran dua,persen,maksimal,terakhir,90,120,120,AA,,indikator,,,\n");
    free(s);
}

static void test_csv_semua(void **state)
{
    char *s = render(*state, R_CSV_SEMUA);
    assert_true(strncmp(s, "rencana,kode,sasaran,uraian,", 28) == 0);
    assert_contains(s, "\nRKT_X,IKSP1,SP1,\"Jumlah sertifikat, total\",");
    int rows = 0;
    for (const char *p = s; (p = strchr(p, '\n')); p++)
        rows++;
    assert_int_equal(rows, 1 + 2 * 3);
    free(s);
}

/* ---- Markdown -------------------------------------------------------- */

static void test_md(void **state)
{
    char *s = render(*state, R_MD);
    assert_true(strncmp(s, "# RKT_X — Rencana Kinerja Tahunan (2025)\n", 42) == 0);
    assert_contains(s, "| Kode | Uraian | Satuan | Target | Realisasi | Capaian % | Predikat |\n");
    assert_contains(s, "| IKSP2 | Rasio A\\|B | persen | 3..5 | - | - | - |\n");
    assert_contains(s, "| IKSP1 | Jumlah sertifikat, total | sertifikat | 25945 | 26454 | 101.96 | - |\n");
    assert_contains(s, "Capaian SP2: 120  predikat AA\n");
    assert_contains(s, "Tanpa data: IKSP2.\n");
    assert_contains(s, "**Capaian RKT_X (2025): 110.98  predikat AA**\n");
    assert_contains(s, "- **peringatan** IKSP2 baru mencapai 66.67% dari target — *Capaian rendah* (aturan.rkt:3)\n");
    free(s);
}

/* ---- table ----------------------------------------------------------- */

static void test_table_plain(void **state)
{
    char *s = render(*state, R_TABLE);
    assert_fits(s);
    assert_null(strchr(s, '\033'));
    assert_contains(s, "SP1  Sasaran satu, \"kutip\"  capaian 101.96\n");
    assert_contains(s, "SP2  Sasaran dua  capaian 120  predikat AA\n");
    assert_contains(s, "tanpa data: IKSP2\n");
    assert_contains(s, "Capaian RKT_X (2025): 110.98  predikat AA\n");
    assert_contains(s, "Temuan:\nperingatan  IKSP2 baru mencapai 66.67% dari target  (aturan.rkt:3)\n");
    /* numbers right-aligned under their headers, kosong as "-" */
    assert_contains(s, "   Target  Realisasi  Capaian %  Predikat\n");
    assert_contains(s, "   25945      26454     101.96  -\n");
    assert_contains(s, "    3..5          -          -  -\n");
    free(s);
}

static void test_table_long_multibyte_uraian(void **state)
{
    char *ur = long_uraian();
    Fx *x = fx_new(ur);
    char *s = render(x, R_TABLE);
    assert_fits(s);
    assert_contains(s, "…");
    /* the uraian column took all the room left: the header row (whose
     * last cell fills its column) is exactly 80 wide */
    const char *row = strstr(s, "\nKode ");
    assert_non_null(row);
    row++;
    assert_int_equal(utf8_width(row, (size_t)(strchr(row, '\n') - row)), OUT_TABLE_WIDTH);
    assert_contains(s, "\nIKSP3  Āéö→ßш字😀 Āéö→ßш字😀 Āé…  persen");
    free(s);
    s = render(x, R_TABLE_COLOR);
    assert_fits(s);
    assert_contains(s, "\033[1m");
    assert_contains(s, "\033[1;33mperingatan\033[0m");
    free(s);
    fx_free(x);
    free(ur);
}

/* A pelaksana adds the last column, "-" for an indicator without one;
 * the uraian narrows first, then the pelaksana, so the table still fits.
 * Markdown has the column too; without any pelaksana neither has it. */
static void test_table_md_pelaksana(void **state)
{
    Fx *x = *state;
    char *s = render(x, R_TABLE);
    assert_null(strstr(s, "Pelaksana"));
    free(s);
    x->i1.pelaksana = "Bidang Pengawasan dan Penindakan Karantina Hewan, Ikan dan Tumbuhan";
    s = render(x, R_TABLE);
    assert_fits(s);
    assert_contains(s, "  Predik…  Pelaksana\n");
    assert_contains(s, "  -        Bidang Peng…\n");      /* narrowed to its floor, 12 */
    assert_contains(s, "  AA       -\n");
    free(s);
    s = render(x, R_MD);
    assert_contains(s, "| Predikat | Pelaksana |\n|---|---|---|--:|--:|--:|---|---|\n");
    assert_contains(s, "| 101.96 | - | Bidang Pengawasan dan Penindakan Karantina Hewan, Ikan dan Tumbuhan |\n");
    assert_contains(s, "| 120 | AA | - |\n");
    free(s);
}

static void test_table_absurd_widths(void **state)
{
    Fx *x = *state;
    char kode[91], sat[121];
    memset(kode, 'K', 90);
    kode[90] = '\0';
    memset(sat, 's', 120);
    sat[120] = '\0';
    x->i1.code = kode;
    x->sert.name = sat;
    x->s1.code = kode;
    x->r1[0].realisasi.v = 123456789012345.0;
    char *s = render(x, R_TABLE);
    assert_fits(s);
    free(s);
}

static void test_table_galat_red(void **state)
{
    Fx *x = *state;
    x->temuan[0].sev = SEV_GALAT;
    char *s = render(x, R_TABLE_COLOR);
    assert_contains(s, "\033[1;31mgalat\033[0m       IKSP2");
    free(s);
}

/* ---- explain --------------------------------------------------------- */

static void test_explain_has(void **state)
{
    Fx *x = *state;
    assert_true(out_explain_has(&x->rp, "IKSP1"));
    assert_true(out_explain_has(&x->rp, "SP2"));
    assert_true(out_explain_has(&x->rp, "RKT_X"));
    assert_false(out_explain_has(&x->rp, "IKSP9"));
    assert_false(out_explain_has(&x->rp, NULL));
}

static void test_explain_indicator(void **state)
{
    char *s = explain(*state, "IKSP1");
    assert_contains(s, "indikator IKSP1: Jumlah sertifikat, total\n");
    assert_contains(s, "satuan sertifikat, polaritas maksimal, konsolidasi jumlah");
    assert_contains(s, "  2025-TW1  6112 (data.csv:2)\n");
    assert_contains(s, "  2025-TW4  7021 (data.csv:5)\n");
    assert_contains(s, "  jumlah: 6112 + 6587 + 6734 + 7021 = 26454\n");
    assert_contains(s, "  annual target 25945 (rkt.rkt:3)\n");
    assert_contains(s, "  maksimal: R / T × 100 = 26454 / 25945 × 100 = 101.96184235883601 → 101.96\n");
    assert_contains(s, "  before rounding 101.96184235883601, after rounding 101.96\n");
    assert_contains(s, "none: no scale given");
    free(s);
}

static void test_explain_capped_derived(void **state)
{
    char *s = explain(*state, "IKSP3");
    assert_contains(s, "  derived: realisasi = jumlah(a, b) (rkt.rkt:7)\n  = 120\n");
    assert_contains(s, "  annual target 90 (rkt.rkt:7)\n");
    assert_contains(s, "= 120 / 90 × 100 = 133.33333333333331 → 133.33\n");
    assert_contains(s, "  capped by batas 120: 133.33 → 120\n");
    assert_contains(s, "  AA: > 90 (skala AKIP, capaian 120)\n");
    free(s);
}

static void test_explain_kosong_range(void **state)
{
    char *s = explain(*state, "IKSP2");
    assert_contains(s, "no observation through 2025: kosong\n");
    assert_contains(s, "  annual target 3..5 (rkt.rkt:4)\n");
    assert_contains(s, "  kosong: no realisasi\n");
    free(s);
}

static void test_explain_consolidations(void **state)
{
    Fx *x = *state;
    x->i1.kon = KON_RATA;
    x->r1[0].realisasi.v = 6613.5;
    char *s = explain(x, "IKSP1");
    assert_contains(s, "  rata: (6112 + 6587 + 6734 + 7021) / 4 = 6613.5 → 6613.50\n");
    free(s);
    x->i1.kon = KON_TERAKHIR;
    x->r1[0].realisasi.v = 7021;
    s = explain(x, "IKSP1");
    assert_contains(s, "  terakhir: 2025-TW4 → 7021\n");
    free(s);
    x->i1.kon = KON_MAKS;
    s = explain(x, "IKSP1");
    assert_contains(s, "  maks: maks(6112, 6587, 6734, 7021) = 7021\n");
    free(s);
}

static void test_explain_quarter_target_and_custom(void **state)
{
    Fx *x = *state;
    x->r1[0].target_from = RT_QUARTER;
    x->r1[0].tw = 2;
    x->r1[0].target.lo = x->r1[0].target.hi = 12500;
    MExpr custom = {0};
    custom.span = span_of(x->f_rkt, rkt_text, "target 3..5");
    x->i1.capaian_expr = &custom;
    x->r1[0].formula = RF_CUSTOM;
    x->r1[0].capaian_raw.v = x->r1[0].capaian.v = 0.1 + 0.2;
    char *s = explain(x, "IKSP1");
    assert_contains(s, "  TW2 target (cumulative) 12500 (rkt.rkt:3)\n");
    assert_contains(s, "  capaian = target 3..5 (rkt.rkt:4)\n  = 0.30000000000000004 → 0.30\n");
    free(s);
}

static void test_explain_sasaran_and_plan(void **state)
{
    Fx *x = *state;
    char *s = explain(x, "SP1");
    assert_contains(s, "sasaran SP1: Sasaran satu, \"kutip\"\n");
    assert_contains(s, "  IKSP1      capaian 101.96184235883601 → 101.96, bobot 1\n");
    assert_contains(s, "  IKSP2      capaian kosong: left out (tanpa data)\n");
    assert_contains(s, "weighted mean: (1 × 101.96184235883601) / 1\n"
                       "  = 101.96184235883601 / 1 = 101.96184235883601 → 101.96\n");
    assert_contains(s, "\ntanpa data: IKSP2\n");
    free(s);
    s = explain(x, "RKT_X");
    assert_contains(s, "rencana RKT_X: Rencana Kinerja Tahunan\n  rkt, tahun 2025, periode 2025\n");
    assert_contains(s, "  SP2        capaian 120, bobot 1\n");
    assert_contains(s, "(1 × 101.96184235883601 + 1 × 120) / 2\n"
                       "  = 221.961842358836 / 2 = 110.980921179418 → 110.98\n");
    assert_contains(s, "  AA: > 90 (skala AKIP, capaian 110.98)\n");
    free(s);
    s = explain(x, "NOPE");
    assert_string_equal(s, "");
    free(s);
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
    const struct CMUnitTest tests[] = {
        T(test_json_exact),
        T(test_ditunda_and_kosong_plan),
        T(test_csv_quoting),
        T(test_csv_semua),
        T(test_md),
        T(test_table_plain),
        T(test_table_long_multibyte_uraian),
        T(test_table_md_pelaksana),
        T(test_table_absurd_widths),
        T(test_table_galat_red),
        T(test_explain_has),
        T(test_explain_indicator),
        T(test_explain_capped_derived),
        T(test_explain_kosong_range),
        T(test_explain_consolidations),
        T(test_explain_quarter_target_and_custom),
        T(test_explain_sasaran_and_plan),
    };
#undef T
    return cmocka_run_group_tests(tests, NULL, NULL);
}
