/*
 * benchgen.c - generates the input of the benchmark (bench/run.sh).
 *
 *   benchgen OUTDIR NPLANS NINDS
 *
 * Writes OUTDIR/units.rkt (the satuan every plan uses: dokumen, persen,
 * nilai), OUTDIR/plans/unit0001.rkt ... one rkt plan per unit (codes
 * UNIT0001 ..., each with NINDS indicators IK001 ... spread over up to ten
 * sasaran SP01 ... SP10, with realistic uraian and properties), and
 * OUTDIR/export.csv, a national export with header rencana,kode,periode,nilai
 * and one row per plan, indicator and month 2025-01 .. 2025-12 (whole
 * values for the cacah unit).  The plans are valid: `rkt check` on them
 * must report no error.  Output depends only on the arguments.
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

static void write_plan(FILE *f, int p, int ninds, Ind *inds)
{
    int nsas = ninds < 10 ? ninds : 10;
    fprintf(f, "# Generated by bench/benchgen.c: a synthetic annual plan (RKT) for\n"
               "# the benchmark; the units are declared in ../units.rkt.\n\n");
    fprintf(f, "rkt UNIT%04d \"Rencana Kinerja Tahunan Unit %04d\" {\n", p, p);
    fprintf(f, "  instansi \"Unit Pelaksana Teknis %04d\"\n", p);
    fprintf(f, "  tahun 2025\n");
    if (rnd(2))
        fprintf(f, "  keterangan \"%s\"\n", keterangan[rnd(N(keterangan))]);
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
            fprintf(f, " }\n");
        }
        fprintf(f, "  }\n");
    }
    fprintf(f, "}\n");
}

/* The 12 monthly rows of every indicator of plan p. */
static void write_rows(FILE *f, int p, int ninds, const Ind *inds)
{
    for (int m = 1; m <= 12; m++) {
        for (int j = 0; j < ninds; j++) {
            const Ind *in = &inds[j];
            fprintf(f, "UNIT%04d,IK%03d,2025-%02d,", p, j + 1, m);
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

int main(int argc, char **argv)
{
    int nplans, ninds;
    if (argc != 4 || parse_count(argv[2], &nplans) || parse_count(argv[3], &ninds)) {
        fprintf(stderr, "usage: benchgen OUTDIR NPLANS NINDS\n");
        return 2;
    }
    const char *out = argv[1];
    size_t cap = strlen(out) + 64;
    char *path = malloc(cap);
    Ind *inds = calloc((size_t)ninds, sizeof *inds);
    if (!path || !inds) {
        fprintf(stderr, "benchgen: out of memory\n");
        return 2;
    }
    make_dir(out);
    snprintf(path, cap, "%s/plans", out);
    make_dir(path);

    snprintf(path, cap, "%s/units.rkt", out);
    FILE *f = open_out(path);
    fprintf(f, "# Generated by bench/benchgen.c: the satuan of the benchmark plans.\n"
               "satuan dokumen : cacah\n"
               "satuan persen  : persen\n"
               "satuan nilai   : indeks 0..100\n");
    close_out(f, path);

    char *csvpath = malloc(cap);
    if (!csvpath) {
        fprintf(stderr, "benchgen: out of memory\n");
        return 2;
    }
    snprintf(csvpath, cap, "%s/export.csv", out);
    FILE *csv = open_out(csvpath);
    static char csvbuf[1 << 20];
    setvbuf(csv, csvbuf, _IOFBF, sizeof csvbuf);
    fprintf(csv, "rencana,kode,periode,nilai\n");

    for (int p = 1; p <= nplans; p++) {
        snprintf(path, cap, "%s/plans/unit%04d.rkt", out, p);
        f = open_out(path);
        rng_seed((uint64_t)p, 1);
        write_plan(f, p, ninds, inds);
        close_out(f, path);
        rng_seed((uint64_t)p, 2);
        write_rows(csv, p, ninds, inds);
    }
    close_out(csv, csvpath);
    free(csvpath);
    free(path);
    free(inds);
    return 0;
}
