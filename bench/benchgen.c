/*
 * benchgen.c - generates the input of the benchmark (bench/run.sh).
 *
 *   benchgen OUTDIR NPLANS NINDS [national|unit]
 *
 * Two layouts, each with NPLANS units of NINDS indicators IK001 ... spread
 * over up to ten sasaran SP01 ... SP10, with realistic uraian and
 * properties, and OUTDIR/export.csv: a national export with header
 * rencana,kode,periode,nilai and one row per unit, indicator and month
 * 2025-01 .. 2025-12 (whole values for the cacah unit), the rows naming
 * each unit's RKT.
 *
 *  national (the default): OUTDIR/units.rkt (the satuan every plan uses:
 *      dokumen, persen, nilai) and OUTDIR/plans/unit0001.rkt ..., one rkt
 *      plan UNIT0001 ... per unit, written one line per indicator, with a
 *      budget (program P01 of kegiatan K01 and K02, whose pagu add up) and
 *      in the export 8 more rows per unit, each kegiatan's rupiah per
 *      quarter; and a cascade: every unit's RKT names OUTDIR/plans/pusat.rkt's
 *      plan PUSAT as its `atasan`, and its indicator IKP01 (dokumen, a
 *      target drawn from p alone) `mendukung PUS1`, PUSAT's one indicator,
 *      `konsolidasi_lokasi jumlah`, whose target is the sum of theirs and
 *      whose realisasi is theirs summed (12 monthly rows of IKP01 per unit
 *      in the export, PUSAT none);
 *  unit: the usual SAKIP layout, one folder per unit as a ministry keeps
 *      them: OUTDIR/satuan.rkt (the shared satuan) and, in
 *      OUTDIR/plans/u0001/ ..., the unit's Renstra (renstra-2025-2029.rkt,
 *      RENSTRA_U0001, periode 2025..2029, five years of targets per
 *      indicator), its RKT (rkt-2025.rkt, RKT_U0001_2025, mengacu the
 *      Renstra, the Renstra's 2025 targets) and its PK (pk-2025.rkt,
 *      PK_U0001_2025, mengacu the RKT, cumulative quarterly targets whose
 *      TW4 is the RKT's target); each file imports the one it refers to.
 *
 * Both layouts also write the same run with one mistake: OUTDIR/broken/
 * holds one plan file (the middle unit's RKT) whose middle indicator has
 * `realisasi = nosuch`, an undeclared name, at the path it replaces, and
 * OUTDIR/broken.txt one line: that path, relative to OUTDIR, then the codes
 * of the plans whose results it may change (the RKT, and in the unit
 * layout its PK, which inherits its indicators; in the national layout
 * PUSAT, which its IKP01 supports).
 *
 * The plans are valid: `rkt check` on them must report no error.  Output
 * depends only on the arguments.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

enum { K_DOKUMEN, K_PERSEN, K_NILAI };

typedef struct Ind {
    int kind;          /* K_* */
    int minimal;       /* polaritas minimal */
    int quarterly;     /* target { TW1: .., TW4: .. } */
    long whole;        /* target of a dokumen indicator */
    double real;       /* target of a persen / nilai indicator */
    int decimals;      /* decimals written for `real` */
} Ind;

static uint64_t rng_state;

static uint64_t rng_next(void)
{
    uint64_t x = rng_state;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    rng_state = x;
    return x * UINT64_C(2685821657736338717);
}

static void rng_seed(uint64_t a, uint64_t b)
{
    uint64_t z = a * UINT64_C(0x9E3779B97F4A7C15) + b * UINT64_C(0xD1B54A32D192ED03) + 7;
    z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
    z ^= z >> 31;
    rng_state = z ? z : 1;
}

/* [0, n) */
static int rnd(int n)
{
    return (int)(rng_next() % (uint64_t)n);
}

/* [0, 1) */
static double rndf(void)
{
    return (double)(rng_next() >> 11) / 9007199254740992.0;
}

#define N(a) ((int)(sizeof(a) / sizeof((a)[0])))

static const char *const sasaran_uraian[] = {
    "Terlaksananya layanan publik yang prima, cepat dan responsif",
    "Meningkatnya kualitas perencanaan dan penganggaran berbasis kinerja",
    "Terwujudnya tata kelola keuangan yang akuntabel dan transparan",
    "Meningkatnya kapasitas dan profesionalitas sumber daya manusia aparatur",
    "Terwujudnya pengawasan internal yang efektif dan berorientasi pada pencegahan",
    "Meningkatnya partisipasi masyarakat dalam penyelenggaraan layanan",
    "Terselenggaranya sistem pemerintahan berbasis elektronik yang terpadu",
    "Meningkatnya kualitas data dan informasi kinerja organisasi",
    "Terwujudnya kerja sama antarlembaga yang produktif dan saling menguntungkan",
    "Terkelolanya barang milik negara secara tertib, efisien dan optimal",
};

static const char *const dokumen_obj[] = {
    "dokumen perencanaan dan penganggaran yang disusun tepat waktu",
    "laporan monitoring dan evaluasi kinerja yang diselesaikan",
    "rekomendasi kebijakan yang disampaikan kepada pimpinan",
    "kegiatan sosialisasi peraturan kepada pemangku kepentingan",
    "pegawai yang mengikuti pengembangan kompetensi",
    "izin layanan yang diterbitkan melalui sistem elektronik",
    "sertifikat kesehatan yang diterbitkan",
    "temuan pengawasan yang ditindaklanjuti",
    "publikasi informasi perkarantinaan kepada masyarakat",
    "pengaduan masyarakat yang diselesaikan",
    "kerja sama dengan pemerintah daerah yang dilaksanakan",
    "data statistik sektoral yang dimutakhirkan",
    "media pembawa yang diperiksa di tempat pemasukan dan pengeluaran",
    "arsip vital yang dialihmediakan ke format digital",
};

static const char *const konteks[] = {
    "", "", "", " di wilayah kerja", " pada tingkat provinsi",
    " di kabupaten/kota sasaran", " sesuai standar pelayanan",
    " dalam tahun berjalan",
};

static const char *const persen_obj[] = {
    "layanan publik yang diselesaikan sesuai standar pelayanan",
    "realisasi anggaran terhadap pagu definitif",
    "rekomendasi hasil pemeriksaan yang ditindaklanjuti",
    "pegawai yang memenuhi standar kompetensi jabatan",
    "pengaduan yang ditangani dalam waktu lima hari kerja",
    "kegiatan prioritas yang terlaksana sesuai jadwal",
    "dokumen yang terdigitalisasi dalam arsip elektronik",
    "satuan kerja yang menerapkan manajemen risiko",
};

static const char *const persen_min_obj[] = {
    "temuan audit yang berulang dari tahun sebelumnya",
    "keluhan layanan yang tidak terselesaikan",
    "kegiatan yang terlambat dari jadwal pelaksanaan",
    "permohonan layanan yang ditolak karena kesalahan administrasi",
};

static const char *const nilai_uraian[] = {
    "Nilai Indeks Kepuasan Masyarakat terhadap layanan unit",
    "Nilai kinerja anggaran satuan kerja",
    "Nilai evaluasi Sistem Akuntabilitas Kinerja Instansi Pemerintah",
    "Indeks Reformasi Birokrasi unit kerja",
    "Nilai kematangan penyelenggaraan Sistem Pengendalian Intern Pemerintah",
    "Indeks Profesionalitas Aparatur Sipil Negara",
    "Indeks Sistem Pemerintahan Berbasis Elektronik",
    "Nilai maturitas penerapan manajemen risiko",
};

static const char *const pelaksana[] = {
    "Seksi Pelayanan Teknis",
    "Subbagian Umum dan Kepegawaian",
    "Subbagian Perencanaan dan Keuangan",
    "Seksi Pengawasan dan Penindakan",
    "Seksi Data dan Informasi",
    "Kelompok Jabatan Fungsional",
    "Bidang Program dan Evaluasi",
};

static const char *const keterangan[] = {
    "Target mengikuti capaian rata-rata tiga tahun terakhir",
    "Data bersumber dari aplikasi pelaporan kinerja nasional",
    "Dihitung kumulatif sampai dengan akhir triwulan berjalan",
    "Menunggu penetapan standar pelayanan yang baru",
    "Angka sementara hasil rekonsiliasi dengan satuan kerja",
};

static const char *const jenis[] = { "input", "output", "outcome" };

static void die(const char *what, const char *path)
{
    fprintf(stderr, "benchgen: %s '%s': %s\n", what, path, strerror(errno));
    exit(2);
}

static void make_dir(const char *path)
{
    if (mkdir(path, 0777) && errno != EEXIST)
        die("cannot create", path);
}

static FILE *open_out(const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f)
        die("cannot write", path);
    return f;
}

static void close_out(FILE *f, const char *path)
{
    if (ferror(f) || fclose(f))
        die("cannot write", path);
}

/* A whole number as the planners write it: 1_200 or 1200. */
static void put_whole(FILE *f, long v, int group)
{
    if (!group || v < 1000) {
        fprintf(f, "%ld", v);
        return;
    }
    if (v >= 1000000)
        fprintf(f, "%ld_%03ld_%03ld", v / 1000000, v / 1000 % 1000, v % 1000);
    else
        fprintf(f, "%ld_%03ld", v / 1000, v % 1000);
}

static void make_ind(Ind *ind)
{
    int r = rnd(100);
    memset(ind, 0, sizeof *ind);
    if (r < 50) {
        ind->kind = K_DOKUMEN;
        ind->whole = rnd(3) == 0 ? 1 + rnd(60) : 100 + rnd(3) * 1000 + rnd(30000);
        ind->quarterly = ind->whole >= 100 && rnd(10) == 0;
    } else if (r < 85) {
        ind->kind = K_PERSEN;
        ind->minimal = rnd(6) == 0;
        ind->decimals = rnd(3) == 0 ? 1 : 0;
        if (ind->minimal)
            ind->real = 2 + rnd(15);
        else
            ind->real = ind->decimals ? 60 + rnd(400) / 10.0 : 60 + rnd(41);
    } else {
        ind->kind = K_NILAI;
        ind->decimals = rnd(2) * 2;
        ind->real = ind->decimals ? 60 + rnd(3500) / 100.0 : 60 + rnd(36);
    }
}

/* The national layout's budget of unit p: a program of two kegiatan whose
 * pagu add up, drawn from p alone (not from the random stream, so the
 * plans' other draws are those of a plan without a budget). */
static long budget_of(int p, int k)
{
    return k == 1 ? 1000000000L + (long)p * 1234567L : 500000000L + (long)p * 765431L;
}

/* The cascade: unit p's IKP01 target, drawn from p alone (not from the
 * random stream), and its monthly realisasi: a twelfth of the target, one
 * more in a quarter's last month. */
static long support_target(int p)
{
    return 120 + p % 50;
}

static long support_row(int p, int m)
{
    return support_target(p) / 12 + (m % 3 == 0);
}

static void write_support(FILE *f, int p)
{
    fprintf(f, "    indikator IKP01 \"Jumlah layanan pendukung pusat\" { satuan dokumen target %ld mendukung PUS1 }\n",
            support_target(p));
}

static void write_support_rows(FILE *f, const char *code, int p)
{
    for (int m = 1; m <= 12; m++)
        fprintf(f, "%s,IKP01,2025-%02d,%ld\n", code, m, support_row(p, m));
}

/* The superior of every unit: one indicator that adds up theirs. */
static void write_pusat(FILE *f, int nplans)
{
    long sum = 0;
    for (int p = 1; p <= nplans; p++)
        sum += support_target(p);
    fprintf(f, "# Generated by bench/benchgen.c: the superior of every unit's RKT\n"
               "# (atasan PUSAT); PUS1 adds up their IKP01.\n\n"
               "rkt PUSAT \"Rencana Kinerja Tahunan Kantor Pusat\" {\n"
               "  instansi \"Kantor Pusat\"\n  tahun 2025\n\n"
               "  sasaran SP01 \"Meningkatnya layanan unit pelaksana teknis\" {\n"
               "    indikator PUS1 \"Jumlah layanan unit pelaksana teknis\" {\n"
               "      satuan dokumen\n      target %ld  # the units' IKP01 targets added up\n"
               "      konsolidasi_lokasi jumlah\n    }\n  }\n}\n", sum);
}

static void write_budget(FILE *f, int p)
{
    fprintf(f, "  program P01 \"Program Dukungan Manajemen\" {\n    anggaran %ld\n", budget_of(p, 1) + budget_of(p, 2));
    fprintf(f, "    kegiatan K01 \"Layanan perkantoran\" { anggaran %ld }\n", budget_of(p, 1));
    fprintf(f, "    kegiatan K02 \"Pengembangan sumber daya manusia\" { anggaran %ld }\n  }\n", budget_of(p, 2));
}

/* The rupiah spent by each kegiatan in each quarter: a fifth, a quarter, a
 * quarter and a fifth of its pagu (90 % absorbed over the year). */
static void write_budget_rows(FILE *f, const char *code, int p)
{
    static const int share[4] = {20, 25, 25, 20};
    for (int k = 1; k <= 2; k++)
        for (int q = 0; q < 4; q++)
            fprintf(f, "%s,K%02d,2025-TW%d,%ld\n", code, k, q + 1, budget_of(p, k) / 100 * share[q]);
}

/* The national layout's plan of unit p; indicator `bad` (0-based, -1 for
 * none) gets an undeclared name.  The random draws do not depend on `bad`,
 * so the plan with the mistake differs from the clean one only there. */
static void write_plan(FILE *f, int p, int ninds, Ind *inds, int bad)
{
    int nsas = ninds < 10 ? ninds : 10;
    fprintf(f, "# Generated by bench/benchgen.c: a synthetic annual plan (RKT) for\n"
               "# the benchmark; the units are declared in ../units.rkt.\n\n");
    fprintf(f, "rkt UNIT%04d \"Rencana Kinerja Tahunan Unit %04d\" {\n", p, p);
    fprintf(f, "  instansi \"Unit Pelaksana Teknis %04d\"\n", p);
    fprintf(f, "  tahun 2025\n");
    fprintf(f, "  atasan PUSAT\n");
    if (rnd(2))
        fprintf(f, "  keterangan \"%s\"\n", keterangan[rnd(N(keterangan))]);
    write_budget(f, p);
    int j = 0;
    for (int s = 0; s < nsas; s++) {
        int end = (int)((long)ninds * (s + 1) / nsas);
        fprintf(f, "\n  # Sasaran %d: %s\n", s + 1, sasaran_uraian[s % N(sasaran_uraian)]);
        fprintf(f, "  sasaran SP%02d \"%s\" {\n", s + 1, sasaran_uraian[s % N(sasaran_uraian)]);
        for (; j < end; j++) {
            Ind *in = &inds[j];
            make_ind(in);
            char ur[160];
            switch (in->kind) {
            case K_DOKUMEN:
                snprintf(ur, sizeof ur, "Jumlah %s%s", dokumen_obj[rnd(N(dokumen_obj))], konteks[rnd(N(konteks))]);
                break;
            case K_PERSEN:
                snprintf(ur, sizeof ur, "Persentase %s",
                         in->minimal ? persen_min_obj[rnd(N(persen_min_obj))] : persen_obj[rnd(N(persen_obj))]);
                break;
            default:
                snprintf(ur, sizeof ur, "%s", nilai_uraian[rnd(N(nilai_uraian))]);
                break;
            }
            /* short descriptions, cut at a word: plans list many indicators */
            if (strlen(ur) > 28) {
                ur[28] = 0;
                char *sp = strrchr(ur, ' ');
                if (sp && sp > ur + 12)
                    *sp = 0;
            }
            fprintf(f, "    indikator IK%03d \"%s", j + 1, ur);
            /* one line per indicator keeps a plan near 16 KB (32 MB for
             * the national 2,000), as compact plans are written */
            fprintf(f, "\" { satuan %s", in->kind == K_DOKUMEN ? "dokumen"
                                         : in->kind == K_PERSEN ? "persen" : "nilai");
            if (in->minimal)
                fprintf(f, " polaritas minimal");
            if (in->kind == K_NILAI && rnd(3) == 0)
                fprintf(f, " konsolidasi rata");
            if (in->kind == K_DOKUMEN && in->quarterly) {
                long t = in->whole;
                fprintf(f, " target { TW1: ");
                put_whole(f, t / 4, 1);
                fprintf(f, ", TW2: ");
                put_whole(f, t / 2, 1);
                fprintf(f, ", TW3: ");
                put_whole(f, t * 3 / 4, 1);
                fprintf(f, ", TW4: ");
                put_whole(f, t, 1);
                fprintf(f, " }");
            } else if (in->kind == K_DOKUMEN) {
                fprintf(f, " target ");
                put_whole(f, in->whole, rnd(2));
            } else {
                fprintf(f, " target %.*f", in->decimals, in->real);
            }
            if (rnd(12) == 0)
                fprintf(f, " jenis %s", jenis[rnd(N(jenis))]);
            if (rnd(10) == 0)
                fprintf(f, " pelaksana \"%s\"", pelaksana[rnd(N(pelaksana))]);
            if (j == bad)
                fprintf(f, " realisasi = nosuch");
            fprintf(f, " }\n");
        }
        if (s == nsas - 1)
            write_support(f, p);
        fprintf(f, "  }\n");
    }
    fprintf(f, "}\n");
}

/* The 12 monthly rows of every indicator of the plan `code`. */
static void write_rows(FILE *f, const char *code, int ninds, const Ind *inds)
{
    for (int m = 1; m <= 12; m++) {
        for (int j = 0; j < ninds; j++) {
            const Ind *in = &inds[j];
            fprintf(f, "%s,IK%03d,2025-%02d,", code, j + 1, m);
            if (in->kind == K_DOKUMEN) {
                long base = in->whole / 12;
                long v = base + (long)((double)base * (rndf() * 0.5 - 0.2)) + (rnd(3) == 0);
                fprintf(f, "%ld\n", v < 0 ? 0 : v);
            } else {
                double v = in->real + (rndf() * 20.0 - 10.0) * (in->minimal ? 0.2 : 1.0);
                if (v < 0)
                    v = 0;
                if (v > 100)
                    v = 100;
                fprintf(f, "%.2f\n", v);
            }
        }
    }
}


/* ---- the per-unit layout ----------------------------------------------- */

enum { YEARS = 5 };                 /* the Renstra's 2025 .. 2029 */

typedef struct UInd {
    Ind base;               /* kind, polarity, decimals; the 2025 target */
    char uraian[64];
    int rata;               /* konsolidasi rata (a nilai) */
    int jenis;              /* index into jenis[], or -1 */
    int pelaksana;          /* index into pelaksana[], or -1 */
    long ywhole[YEARS];     /* the Renstra's targets of a dokumen indicator */
    double yreal[YEARS];    /* ... of a persen or nilai indicator */
} UInd;

static double pow10i(int d)
{
    return d == 0 ? 1 : d == 1 ? 10 : 100;
}

/* The indicators of unit p: uraian, properties and five years of targets
 * that never move against the polarity (so `check` warns of none). */
static void make_unit(int p, int ninds, UInd *u)
{
    rng_seed((uint64_t)p, 3);
    for (int j = 0; j < ninds; j++) {
        UInd *in = &u[j];
        memset(in, 0, sizeof *in);
        make_ind(&in->base);
        Ind *b = &in->base;
        switch (b->kind) {
        case K_DOKUMEN:
            snprintf(in->uraian, sizeof in->uraian, "Jumlah %s%s", dokumen_obj[rnd(N(dokumen_obj))],
                     konteks[rnd(N(konteks))]);
            break;
        case K_PERSEN:
            snprintf(in->uraian, sizeof in->uraian, "Persentase %s",
                     b->minimal ? persen_min_obj[rnd(N(persen_min_obj))] : persen_obj[rnd(N(persen_obj))]);
            break;
        default:
            snprintf(in->uraian, sizeof in->uraian, "%s", nilai_uraian[rnd(N(nilai_uraian))]);
            break;
        }
        if (strlen(in->uraian) > 28) {          /* as in the national plans */
            in->uraian[28] = 0;
            char *sp = strrchr(in->uraian, ' ');
            if (sp && sp > in->uraian + 12)
                *sp = 0;
        }
        in->rata = b->kind == K_NILAI && rnd(3) == 0;
        in->jenis = rnd(12) == 0 ? rnd(N(jenis)) : -1;
        in->pelaksana = rnd(10) == 0 ? rnd(N(pelaksana)) : -1;
        if (b->kind == K_DOKUMEN) {
            long step = rnd(3) == 0 ? 0 : b->whole / 40 + rnd(3);
            in->ywhole[0] = b->whole;
            for (int y = 1; y < YEARS; y++)
                in->ywhole[y] = in->ywhole[y - 1] + step;
        } else {
            double q = pow10i(b->decimals);
            in->yreal[0] = b->real;
            for (int y = 1; y < YEARS; y++) {
                double v = in->yreal[y - 1] + (b->minimal ? -rnd(2) : rnd(b->decimals ? 15 : 3) / q);
                v = v < 0 ? 0 : v > 100 ? 100 : v;
                in->yreal[y] = (double)(long)(v * q + 0.5) / q;
            }
        }
    }
}

static void put_value(FILE *f, const UInd *in, double real, long whole)
{
    if (in->base.kind == K_DOKUMEN)
        put_whole(f, whole, 1);
    else
        fprintf(f, "%.*f", in->base.decimals, real);
}

static void write_sasaran_head(FILE *f, int s)
{
    fprintf(f, "\n  sasaran SP%02d \"%s\" {\n", s + 1, sasaran_uraian[s % N(sasaran_uraian)]);
}

enum { P_RENSTRA, P_RKT, P_PK };

/* Unit p's code of a plan of kind k (P_*). */
static const char *plan_code(int k, int p)
{
    static char code[64];
    snprintf(code, sizeof code, k == P_RENSTRA ? "RENSTRA_U%04d" : k == P_RKT ? "RKT_U%04d_2025" : "PK_U%04d_2025", p);
    return code;
}

/* The head of unit p's plan of kind k: what generated it, its import, the
 * plan's header and instansi, then the Renstra's periode or an rkt or pk's
 * tahun and mengacu (the plan of the kind before). */
static void write_head(FILE *f, int k, int p, const char *impor)
{
    static const char *const doc[] = { "Renstra 2025-2029", "RKT 2025", "PK 2025" };
    static const char *const kw[] = { "renstra", "rkt", "pk" };
    static const char *const title[] = { "Rencana Strategis", "Rencana Kinerja Tahunan", "Perjanjian Kinerja" };
    fprintf(f, "# Generated by bench/benchgen.c: the %s of unit %04d.\n\n"
               "impor \"%s\"\n\n", doc[k], p, impor);
    fprintf(f, "%s %s \"%s Unit Pelaksana Teknis %04d %s\" {\n", kw[k], plan_code(k, p), title[k], p,
            k == P_RENSTRA ? "2025-2029" : "Tahun 2025");
    if (k == P_RENSTRA)
        fprintf(f, "  periode  2025..2029\n");
    fprintf(f, "  instansi \"Unit Pelaksana Teknis %04d\"\n", p);
    if (k != P_RENSTRA)
        fprintf(f, "  tahun    2025\n  mengacu  %s\n", plan_code(k - 1, p));
}

static void write_renstra(FILE *f, int p, int ninds, const UInd *u)
{
    int nsas = ninds < 10 ? ninds : 10;
    write_head(f, P_RENSTRA, p, "../../satuan.rkt");
    fprintf(f, "  tujuan   T1 \"Meningkatnya kualitas layanan dan akuntabilitas kinerja unit\"\n");
    int j = 0;
    for (int s = 0; s < nsas; s++) {
        int end = (int)((long)ninds * (s + 1) / nsas);
        write_sasaran_head(f, s);
        fprintf(f, "    tujuan T1\n");
        for (; j < end; j++) {
            const UInd *in = &u[j];
            fprintf(f, "    indikator IK%03d \"%s\" { satuan %s", j + 1, in->uraian,
                    in->base.kind == K_DOKUMEN ? "dokumen" : in->base.kind == K_PERSEN ? "persen" : "nilai");
            if (in->base.minimal)
                fprintf(f, " polaritas minimal");
            if (in->rata)
                fprintf(f, " konsolidasi rata");
            fprintf(f, " target {");
            for (int y = 0; y < YEARS; y++) {
                fprintf(f, "%s %d: ", y ? "," : "", 2025 + y);
                put_value(f, in, in->yreal[y], in->ywhole[y]);
            }
            fprintf(f, " }");
            if (in->jenis >= 0)
                fprintf(f, " jenis %s", jenis[in->jenis]);
            fprintf(f, " }\n");
        }
        fprintf(f, "  }\n");
    }
    fprintf(f, "}\n");
}

/* The RKT 2025 of unit p, indicator `bad` (or -1) with an undeclared name;
 * as a Lampiran is written, it restates each uraian and satuan. */
static void write_unit_rkt(FILE *f, int p, int ninds, const UInd *u, int bad)
{
    int nsas = ninds < 10 ? ninds : 10;
    write_head(f, P_RKT, p, "renstra-2025-2029.rkt");
    if (p % 2)
        fprintf(f, "  keterangan \"%s\"\n", keterangan[p % N(keterangan)]);
    int j = 0;
    for (int s = 0; s < nsas; s++) {
        int end = (int)((long)ninds * (s + 1) / nsas);
        write_sasaran_head(f, s);
        for (; j < end; j++) {
            const UInd *in = &u[j];
            fprintf(f, "    indikator IK%03d \"%s\" { satuan %s target ", j + 1, in->uraian,
                    in->base.kind == K_DOKUMEN ? "dokumen" : in->base.kind == K_PERSEN ? "persen" : "nilai");
            put_value(f, in, in->yreal[0], in->ywhole[0]);
            if (in->pelaksana >= 0)
                fprintf(f, " pelaksana \"%s\"", pelaksana[in->pelaksana]);
            if (j == bad)
                fprintf(f, " realisasi = nosuch");
            fprintf(f, " }\n");
        }
        fprintf(f, "  }\n");
    }
    fprintf(f, "}\n");
}

/* The PK 2025 of unit p: cumulative quarterly targets, TW4 the RKT's. */
static void write_unit_pk(FILE *f, int p, int ninds, const UInd *u)
{
    int nsas = ninds < 10 ? ninds : 10;
    write_head(f, P_PK, p, "rkt-2025.rkt");
    int j = 0;
    for (int s = 0; s < nsas; s++) {
        int end = (int)((long)ninds * (s + 1) / nsas);
        fprintf(f, "\n  sasaran SP%02d {\n", s + 1);
        for (; j < end; j++) {
            const UInd *in = &u[j];
            fprintf(f, "    indikator IK%03d { target {", j + 1);
            for (int q = 1; q <= 4; q++) {
                fprintf(f, "%s TW%d: ", q > 1 ? "," : "", q);
                if (in->base.kind == K_DOKUMEN) {
                    put_whole(f, in->ywhole[0] * q / 4, 1);
                } else {
                    /* the level expected through the quarter, reaching the
                     * annual target in TW4 */
                    double step = in->base.decimals ? 0.5 : 1, v = in->yreal[0];
                    v += (in->base.minimal ? step : -step) * (4 - q);
                    fprintf(f, "%.*f", in->base.decimals, v < 0 ? 0 : v > 100 ? 100 : v);
                }
            }
            fprintf(f, " } }\n");
        }
        fprintf(f, "  }\n");
    }
    fprintf(f, "}\n");
}

/* ---- main -------------------------------------------------------------- */

static int parse_count(const char *s, int *out)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || end == s || *end || v < 1 || v > 1000000)
        return -1;
    *out = (int)v;
    return 0;
}

static void *xmalloc(size_t n)
{
    void *p = calloc(1, n);
    if (!p) {
        fprintf(stderr, "benchgen: out of memory\n");
        exit(2);
    }
    return p;
}

static void write_units(const char *path, const char *what)
{
    FILE *f = open_out(path);
    fprintf(f, "# Generated by bench/benchgen.c: the satuan of the %s.\n"
               "satuan dokumen : cacah\n"
               "satuan persen  : persen\n"
               "satuan nilai   : indeks 0..100\n", what);
    close_out(f, path);
}

int main(int argc, char **argv)
{
    int nplans, ninds, unit = 0;
    if (argc == 5 && !strcmp(argv[4], "unit"))
        unit = 1;
    else if (argc == 5 && strcmp(argv[4], "national"))
        argc = 0;
    if ((argc != 4 && argc != 5) || parse_count(argv[2], &nplans) || parse_count(argv[3], &ninds)) {
        fprintf(stderr, "usage: benchgen OUTDIR NPLANS NINDS [national|unit]\n");
        return 2;
    }
    const char *out = argv[1];
    size_t cap = strlen(out) + 128;
    char *path = xmalloc(cap), *csvpath = xmalloc(cap);
    Ind *inds = xmalloc((size_t)ninds * sizeof *inds);
    UInd *uinds = unit ? xmalloc((size_t)ninds * sizeof *uinds) : NULL;
    int bad_plan = nplans / 2 + 1, bad_ind = ninds / 2;

    make_dir(out);
    snprintf(path, cap, "%s/plans", out);
    make_dir(path);
    snprintf(path, cap, "%s/broken", out);
    make_dir(path);
    snprintf(path, cap, "%s/broken/plans", out);
    make_dir(path);

    snprintf(path, cap, unit ? "%s/satuan.rkt" : "%s/units.rkt", out);
    write_units(path, unit ? "units' plans" : "benchmark plans");

    snprintf(csvpath, cap, "%s/export.csv", out);
    FILE *csv = open_out(csvpath);
    static char csvbuf[1 << 20];
    setvbuf(csv, csvbuf, _IOFBF, sizeof csvbuf);
    fprintf(csv, "rencana,kode,periode,nilai\n");

    char code[64];
    FILE *f;
    for (int p = 1; p <= nplans; p++) {
        if (!unit) {
            snprintf(path, cap, "%s/plans/unit%04d.rkt", out, p);
            f = open_out(path);
            rng_seed((uint64_t)p, 1);
            write_plan(f, p, ninds, inds, -1);
            close_out(f, path);
            if (p == bad_plan) {
                snprintf(path, cap, "%s/broken/plans/unit%04d.rkt", out, p);
                f = open_out(path);
                rng_seed((uint64_t)p, 1);
                write_plan(f, p, ninds, inds, bad_ind);
                close_out(f, path);
            }
            snprintf(code, sizeof code, "UNIT%04d", p);
            rng_seed((uint64_t)p, 2);
            write_rows(csv, code, ninds, inds);
            write_budget_rows(csv, code, p);
            write_support_rows(csv, code, p);
            continue;
        }
        make_unit(p, ninds, uinds);
        snprintf(path, cap, "%s/plans/u%04d", out, p);
        make_dir(path);
        snprintf(path, cap, "%s/plans/u%04d/renstra-2025-2029.rkt", out, p);
        f = open_out(path);
        write_renstra(f, p, ninds, uinds);
        close_out(f, path);
        snprintf(path, cap, "%s/plans/u%04d/rkt-2025.rkt", out, p);
        f = open_out(path);
        write_unit_rkt(f, p, ninds, uinds, -1);
        close_out(f, path);
        snprintf(path, cap, "%s/plans/u%04d/pk-2025.rkt", out, p);
        f = open_out(path);
        write_unit_pk(f, p, ninds, uinds);
        close_out(f, path);
        if (p == bad_plan) {
            snprintf(path, cap, "%s/broken/plans/u%04d", out, p);
            make_dir(path);
            snprintf(path, cap, "%s/broken/plans/u%04d/rkt-2025.rkt", out, p);
            f = open_out(path);
            write_unit_rkt(f, p, ninds, uinds, bad_ind);
            close_out(f, path);
        }
        for (int j = 0; j < ninds; j++)
            inds[j] = uinds[j].base;
        rng_seed((uint64_t)p, 2);
        write_rows(csv, plan_code(P_RKT, p), ninds, inds);
    }
    close_out(csv, csvpath);
    if (!unit) {
        snprintf(path, cap, "%s/plans/pusat.rkt", out);
        f = open_out(path);
        write_pusat(f, nplans);
        close_out(f, path);
    }

    snprintf(path, cap, "%s/broken.txt", out);
    f = open_out(path);
    if (unit) {
        fprintf(f, "plans/u%04d/rkt-2025.rkt %s", bad_plan, plan_code(P_RKT, bad_plan));
        fprintf(f, " %s\n", plan_code(P_PK, bad_plan));
    } else {
        fprintf(f, "plans/unit%04d.rkt UNIT%04d PUSAT\n", bad_plan, bad_plan);
    }
    close_out(f, path);

    free(uinds);
    free(inds);
    free(csvpath);
    free(path);
    return 0;
}
