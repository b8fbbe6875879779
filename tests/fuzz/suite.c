/*
 * suite.c - the prefix and mutation fuzz suite (`make test-fuzz`), in one
 * process through the library: rkt.h and the C library, nothing else.
 *
 *   fuzz-suite [ROOT]          ROOT: the repository (default .)
 *
 * Inputs: every .rkt file below examples/ and in rules/, sorted.  For each
 * one, every prefix (every byte length 0..size for files up to FUZZ_FULL, 4096, bytes,
 * but for cuts between two ASCII characters of a comment, which the
 * scanner cannot tell apart from the cut right after the `#`; for larger
 * files every FUZZ_STEP-th, 7th, length, both sides of every newline and
 * the whole file) and FUZZ_MUTATIONS (300) mutated copies shared among the
 * files, at least 40 each, made by 1 to 4 random edits (below) from a seed
 * of the file's name and FUZZ_SEED (0): the same inputs on every run.
 *
 * Each candidate is a text of a session under the original's name, so its
 * imports are the files beside it (the search path is ROOT/rules, one
 * thread).  The session runs rkt_check and writes the diagnostics in one
 * of the four formats; then, when the check found no error (and for every
 * 8th candidate), for a file of a folder with CSV data rkt_eval_write with
 * that data (formats, periods, one plan or all, taken in turn) and every
 * 7th time rkt_eval with the structs walked and rkt_result_json, and for
 * a file with uji blocks, every 2nd time, rkt_test_write.  A candidate fails when the process crashes or a
 * sanitizer reports (the ASan+UBSan build), a call takes more than
 * FUZZ_TIMEOUT (10) seconds, a status is not 0, 1 or 2, rkt_check returns
 * 1 without a diagnostic of line >= 1 through the callback, a call returns
 * 2 with neither rkt_errmsg nor a diagnostic, a diagnostic is malformed (a
 * code that is not [EWI] and digits or disagrees with its severity, no
 * message, a position before line 1 column 1 or an end before its start),
 * or a result's JSON holds a raw control character.  Failing inputs are
 * written to tests/fuzz/failures/ (NAME.rkt and NAME.txt: why, and the
 * diagnostics; to reproduce, put NAME.rkt beside the original); a crash
 * or a timeout writes its input first and ends the run; the run stops
 * after 20 failures.  Leaks are LeakSanitizer's, at exit.  The closing
 * line is `fuzz: N passed, N failed`; exit 1 when any failed.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "rkt.h"

/* The sanitizers' hook for their reports (none without a sanitizer), and
 * UBSan's options: it aborts, so that the input is written (SIGABRT). */
void __sanitizer_set_death_callback(void (*callback)(void)) __attribute__((weak));
const char *__ubsan_default_options(void);
const char *__ubsan_default_options(void)
{
    return "abort_on_error=1:print_stacktrace=1";
}

#define MAXFAIL 20
#define FAILDIR "tests/fuzz/failures"

#include "gen.h"

/* ---- the candidate on the way (for a crash report) ----------------------- */

static struct {
    const char *tag;            /* examples_bkhit_rkt-2025.prefix120 */
    const char *why;            /* the call under way */
    const unsigned char *p;
    size_t n;
} cur;

static void put(int fd, const char *s)
{
    ssize_t r = write(fd, s, strlen(s));
    (void)r;
}

/* Writes the candidate under way to FAILDIR/TAG.rkt, with what async-signal
 * safe calls allow. */
static void dump_current(const char *what)
{
    if (!cur.tag) {
        put(2, "FAIL ");
        put(2, what);
        put(2, " after the last candidate (a leak?)\n");
        return;
    }
    char path[512];
    snprintf(path, sizeof path, FAILDIR "/%s.rkt", cur.tag);
    put(2, "FAIL ");
    put(2, path);
    put(2, ": ");
    put(2, what);
    put(2, " in ");
    put(2, cur.why ? cur.why : "?");
    put(2, "\n");
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
        return;
    for (size_t done = 0; done < cur.n;) {
        ssize_t w = write(fd, cur.p + done, cur.n - done);
        if (w <= 0)
            break;
        done += (size_t)w;
    }
    close(fd);
}

static void on_death(void)
{
    dump_current("sanitizer report");
}

static void on_signal(int sig)
{
    dump_current(sig == SIGALRM ? "timed out" : sig == SIGSEGV ? "SIGSEGV" : sig == SIGABRT ? "SIGABRT"
                 : sig == SIGFPE ? "SIGFPE" : sig == SIGBUS ? "SIGBUS" : "signal");
    signal(sig, SIG_DFL);
    if (sig == SIGALRM)
        _exit(124);
    raise(sig);
}

/* ---- one candidate ------------------------------------------------------ */

typedef struct Seen {
    int n, located;
    char bad[256];              /* the first malformed diagnostic */
    char *log;                  /* every diagnostic, for the failure's .txt */
    size_t loglen;
    FILE *logf;
} Seen;

static const char *sev_name(rkt_severity s)
{
    return s == RKT_SEV_ERROR ? "error" : s == RKT_SEV_WARNING ? "warning" : s == RKT_SEV_NOTE ? "note" : "?";
}

static void on_diagnostic(const rkt_diagnostic *d, void *ud)
{
    Seen *s = ud;
    s->n++;
    fprintf(s->logf, "%s:%d:%d: %s[%s]: %s\n", d->file ? d->file : "-", d->line, d->column, sev_name(d->severity),
            d->code ? d->code : "", d->message ? d->message : "");
    if (d->line >= 1)
        s->located++;
    const char *why = NULL;
    const char *c = d->code;
    int digits = c && c[0] && c[1] ? (int)strspn(c + 1, "0123456789") : 0;
    char want = d->severity == RKT_SEV_ERROR ? 'E' : d->severity == RKT_SEV_WARNING ? 'W' : 'I';
    if (!c || !strchr("EWI", c[0]) || digits == 0 || c[1 + digits])
        why = "a code that is not [EWI] and digits";
    else if (c[0] != want && !(c[0] == 'W' && d->severity == RKT_SEV_ERROR))   /* --werror */
        why = "a code that disagrees with its severity";
    else if (!d->message || !d->message[0])
        why = "no message";
    else if (d->line < 0 || d->column < 0 || (d->line >= 1 && d->column < 1) || (d->line == 0 && d->column))
        why = "a position before line 1, column 1";
    else if (d->line >= 1 && (d->end_line < d->line || (d->end_line == d->line && d->end_column < d->column)))
        why = "an end before its start";
    if (why && !s->bad[0])
        snprintf(s->bad, sizeof s->bad, "%s (%s:%d:%d-%d:%d %s)", why, d->file ? d->file : "-", d->line, d->column,
                 d->end_line, d->end_column, c ? c : "NULL");
}

typedef struct Walk {
    char bad[256];
} Walk;

static int on_result(const rkt_result *r, void *ud)
{
    Walk *w = ud;
    const rkt_plan_result *p = rkt_result_plan(r);
    const char *why = NULL;
    if (!p || !p->code)
        why = "a result without a plan code";
    for (int i = 0; p && !why && i < p->nelements; i++) {
        const rkt_element *e = &p->elements[i];
        if (!e->code || e->nindicators < 0 || e->ntanpa_data < 0 || (e->nindicators && !e->indicators))
            why = "a malformed element";
        for (int j = 0; !why && j < e->nindicators; j++)
            if (!e->indicators[j].code)
                why = "an indicator without a code";
        for (int j = 0; !why && j < e->ntanpa_data; j++)
            if (!e->tanpa_data[j])
                why = "a NULL in tanpa_data";
    }
    for (int i = 0; p && !why && i < p->nfindings; i++)
        if (!p->findings[i].rule || !p->findings[i].message)
            why = "a finding without its rule or message";
    char *json = rkt_result_json(r);
    if (!why && (!json || strncmp(json, "{\"rencana\":", 11) != 0))
        why = "rkt_result_json is not a plan's object";
    for (const char *c = json; !why && c && *c; c++)
        if ((unsigned char)*c < 0x20)
            why = "rkt_result_json holds a raw control character";
    rkt_free(json);
    if (why && !w->bad[0])
        snprintf(w->bad, sizeof w->bad, "%s", why);
    return 0;
}

typedef struct Input {
    const char *rel;            /* examples/bkhit/rkt-2025.rkt */
    char *tag;                  /* examples_bkhit_rkt-2025 */
    Buf text;
    char **data;                /* the CSV files beside it */
    int ndata;
    int uji;                    /* it has uji blocks */
} Input;

static int npass, nfail;
static const char *search[1];
static unsigned timeout_s = 10;

static void record_failure(const char *name, const unsigned char *p, size_t n, const char *why, Seen *seen)
{
    nfail++;
    printf("FAIL " FAILDIR "/%s.rkt: %s\n", name, why);
    char path[512];
    snprintf(path, sizeof path, FAILDIR "/%s.rkt", name);
    FILE *f = fopen(path, "wb");
    if (f) {
        fwrite(p, 1, n, f);
        fclose(f);
    }
    snprintf(path, sizeof path, FAILDIR "/%s.txt", name);
    f = fopen(path, "w");
    if (f) {
        fflush(seen->logf);
        fprintf(f, "%s\ndiagnostics:\n%.*s", why, (int)seen->loglen, seen->log ? seen->log : "");
        fclose(f);
    }
}

/* The status of a call: NULL when it is fine. */
static const char *judge(int st, const char *call, rkt_session *s, const Seen *seen, int nbefore, char *buf,
                         size_t cap)
{
    if (st < 0 || st > 2)
        snprintf(buf, cap, "%s returned %d", call, st);
    else if (st == 2 && !rkt_errmsg(s) && seen->n == nbefore)
        snprintf(buf, cap, "%s returned 2 with no rkt_errmsg and no diagnostic", call);
    else if (seen->bad[0])
        snprintf(buf, cap, "%s: %s", call, seen->bad);
    else
        return NULL;
    return buf;
}

static const rkt_format diag_formats[] = {RKT_FORMAT_HUMAN, RKT_FORMAT_JSON, RKT_FORMAT_GITHUB, RKT_FORMAT_SARIF};
static const rkt_format eval_formats[] = {RKT_FORMAT_JSON, RKT_FORMAT_CSV, RKT_FORMAT_TABLE, RKT_FORMAT_MD};

/* Runs candidate k (its bytes p, n) of input in; counts it. */
static void run_one(const Input *in, const char *name, unsigned k, const unsigned char *p, size_t n, FILE *sink)
{
    cur.tag = name;
    cur.p = p;
    cur.n = n;
    Seen seen = {0};
    seen.logf = open_memstream(&seen.log, &seen.loglen);
    if (!seen.logf) {
        fprintf(stderr, "fuzz: out of memory\n");
        exit(2);
    }
    const char *data = in->ndata ? in->data[k % (unsigned)in->ndata] : NULL;
    size_t dl = data ? strlen(data) : 0;
    int angka_id = data && dl > 7 && strcmp(data + dl - 7, "-id.csv") == 0;
    rkt_options o = {.search_path = search, .nsearch_path = 1, .threads = 1,
                     .flags = angka_id ? RKT_ANGKA_ID : 0, .on_diagnostic = on_diagnostic, .userdata = &seen};
    rkt_session *s = rkt_open(&o);
    char why[512];
    const char *bad = NULL;
    alarm(timeout_s);
    cur.why = "rkt_add_text";
    rkt_add_text(s, in->rel, (const char *)p, n);
    cur.why = "rkt_check";
    int st = rkt_check(s);
    bad = judge(st, "rkt_check", s, &seen, 0, why, sizeof why);
    if (!bad && st == 1 && !seen.located)
        bad = "rkt_check returned 1 without a diagnostic of line >= 1";
    if (!bad) {
        cur.why = "rkt_diagnostics_write";
        int w = rkt_diagnostics_write(s, diag_formats[k % 4], 0, sink);
        if (w != RKT_OK)
            bad = "rkt_diagnostics_write failed";
    }
    int clean = st == RKT_OK;   /* evaluation needs a clean check (but every 8th) */
    if (!bad && data && (clean || k % 8 == 0)) {
        cur.why = "rkt_eval_write";
        rkt_add_data_file(s, data);
        rkt_eval_options e = {.all = (int)(k / 4 % 2), .periode = k % 3 == 1 ? "2025-TW2" : NULL,
                              .format = eval_formats[k % 4], .width = 60 + (int)(k % 50)};
        int nb = seen.n;
        st = rkt_eval_write(s, &e, sink);
        bad = judge(st, "rkt_eval_write", s, &seen, nb, why, sizeof why);
        if (!bad && k % 7 == 0) {
            cur.why = "rkt_eval";
            Walk wk = {{0}};
            e.all = 1;
            nb = seen.n;
            st = rkt_eval(s, &e, on_result, &wk);
            bad = judge(st, "rkt_eval", s, &seen, nb, why, sizeof why);
            if (!bad && wk.bad[0]) {
                snprintf(why, sizeof why, "rkt_eval: %s", wk.bad);
                bad = why;
            }
        }
    }
    if (!bad && in->uji && (clean || k % 8 == 0) && k % 2 == 0) {
        cur.why = "rkt_test_write";
        int nb = seen.n;
        st = rkt_test_write(s, NULL, k % 8 ? RKT_FORMAT_HUMAN : RKT_FORMAT_JUNIT, sink);
        bad = judge(st, "rkt_test_write", s, &seen, nb, why, sizeof why);
    }
    alarm(0);
    cur.why = "rkt_close";
    rkt_close(s);
    if (bad)
        record_failure(name, p, n, bad, &seen);
    else
        npass++;
    fclose(seen.logf);
    free(seen.log);
    memset(&cur, 0, sizeof cur);
}

/* ---- the inputs (gen.h reads them) ---------------------------------------- */

static long env_num(const char *name, long dflt, long min)
{
    const char *v = getenv(name);
    if (!v || !*v)
        return dflt;
    char *end;
    long x = strtol(v, &end, 10);
    if (*end || x < min) {
        fprintf(stderr, "fuzz: %s=%s is not a number >= %ld\n", name, v, min);
        exit(2);
    }
    return x;
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* The settings of a run (the environment's FUZZ_*). */
typedef struct Plan {
    long per, full, step;
    uint64_t seed0;
    const char *only;
    int verbose;
    int job, njobs;             /* this process runs candidate k when k % njobs == job */
} Plan;

/* Every candidate of every file (this job's share of them). */
static void run_all(const Names *files, const Plan *pl)
{
    FILE *sink = fopen("/dev/null", "w");
    if (!sink) {
        fprintf(stderr, "fuzz: cannot write /dev/null: %s\n", strerror(errno));
        exit(2);
    }
    Lens lens = {0};
    Buf cand = {0};
    unsigned k = 0;
    for (int i = 0; i < files->n && nfail < MAXFAIL; i++) {
        Input in = {.rel = files->v[i]};
        if (pl->only && !strstr(in.rel, pl->only))
            continue;
        double t1 = now();
        int k0 = npass + nfail;
        if (read_all(in.rel, &in.text) != 0) {
            fprintf(stderr, "fuzz: cannot read '%s': %s\n", in.rel, strerror(errno));
            exit(2);
        }
        size_t tl = strlen(in.rel) - 4;
        in.tag = fz_realloc(NULL, tl + 1);
        for (size_t j = 0; j < tl; j++)
            in.tag[j] = in.rel[j] == '/' ? '_' : in.rel[j];
        in.tag[tl] = 0;
        char *dir = join(in.rel, "");
        *strrchr(dir, '/') = 0;         /* the trailing one */
        *strrchr(dir, '/') = 0;         /* the file's name */
        Names data = {0};
        if (strncmp(in.rel, "examples/", 9) == 0)
            collect(dir, ".csv", 0, &data);
        names_sort(&data);
        in.data = data.v;
        in.ndata = data.n;
        buf_reserve(&in.text, 1);
        in.text.p[in.text.n] = 0;
        for (const char *u = (const char *)in.text.p; (u = strstr(u, "uji ")) != NULL; u++)
            if (u == (const char *)in.text.p || u[-1] == '\n' || u[-1] == ' ')
                in.uji = 1;
        char name[400];
        prefix_lengths(in.text.p, in.text.n, in.text.n <= (size_t)pl->full, (size_t)pl->step, &lens);
        for (size_t j = 0; j < lens.n && nfail < MAXFAIL; j++, k++) {
            if (k % (unsigned)pl->njobs != (unsigned)pl->job)
                continue;
            snprintf(name, sizeof name, "%s.prefix%zu", in.tag, lens.v[j]);
            run_one(&in, name, k, in.text.p, lens.v[j], sink);
        }
        uint64_t seed = fnv1a(in.rel) + pl->seed0;
        for (long j = 0; j < pl->per && nfail < MAXFAIL; j++, k++) {
            if (k % (unsigned)pl->njobs != (unsigned)pl->job)
                continue;
            mutation(&cand, &in.text, seed, (uint64_t)j);
            snprintf(name, sizeof name, "%s.mut%04ld", in.tag, j);
            run_one(&in, name, k, cand.p, cand.n, sink);
        }
        if (pl->verbose)
            printf("fuzz: %s: %d inputs in %.2f s\n", in.rel, npass + nfail - k0, now() - t1);
        for (int j = 0; j < data.n; j++)
            free(data.v[j]);
        free(data.v);
        free(dir);
        free(in.tag);
        free(in.text.p);
    }
    fclose(sink);
    free(lens.v);
    free(cand.p);
}

/* Runs the jobs in child processes; sums their counts into npass, nfail. */
static void run_jobs(const Names *files, Plan *pl)
{
    pid_t pid[64];
    int fd[64];
    for (int j = 0; j < pl->njobs; j++) {
        int p[2];
        if (pipe(p) != 0 || (pid[j] = fork()) < 0) {
            fprintf(stderr, "fuzz: cannot start a worker: %s\n", strerror(errno));
            exit(2);
        }
        if (pid[j] == 0) {
            close(p[0]);
            pl->job = j;
            run_all(files, pl);
            char line[64];
            int n = snprintf(line, sizeof line, "%d %d\n", npass, nfail);
            if (write(p[1], line, (size_t)n) != n)
                exit(2);
            exit(0);            /* LeakSanitizer's check runs at exit */
        }
        close(p[1]);
        fd[j] = p[0];
    }
    for (int j = 0; j < pl->njobs; j++) {
        char line[64] = "";
        ssize_t n = read(fd[j], line, sizeof line - 1);
        close(fd[j]);
        int st = 0, p = 0, f = 0;
        waitpid(pid[j], &st, 0);
        if (n <= 0 || sscanf(line, "%d %d", &p, &f) != 2 || !WIFEXITED(st) || WEXITSTATUS(st) != 0) {
            printf("FAIL worker %d: %s %d (see above)\n", j, WIFSIGNALED(st) ? "killed by signal" : "exit status",
                   WIFSIGNALED(st) ? WTERMSIG(st) : WEXITSTATUS(st));
            f++;
        }
        npass += p;
        nfail += f;
    }
}

int main(int argc, char **argv)
{
    if (argc > 2 || (argc == 2 && argv[1][0] == '-')) {
        fprintf(stderr, "usage: fuzz-suite [ROOT]\n");
        return 2;
    }
    if (argc == 2 && chdir(argv[1]) != 0) {
        fprintf(stderr, "fuzz: cannot enter '%s': %s\n", argv[1], strerror(errno));
        return 2;
    }
    long nproc = sysconf(_SC_NPROCESSORS_ONLN);
    long budget = env_num("FUZZ_MUTATIONS", 300, 0);
    Plan pl = {.full = env_num("FUZZ_FULL", 4096, 0), .step = env_num("FUZZ_STEP", 7, 1),
               .seed0 = (uint64_t)env_num("FUZZ_SEED", 0, 0), .only = getenv("FUZZ_ONLY"),
               .verbose = getenv("FUZZ_VERBOSE") != NULL,
               .njobs = (int)env_num("FUZZ_JOBS", nproc < 1 ? 1 : nproc > 8 ? 8 : nproc, 1)};
    if (pl.njobs > 64)
        pl.njobs = 64;
    timeout_s = (unsigned)env_num("FUZZ_TIMEOUT", 10, 1);
    search[0] = "rules";

    /* a crash writes its input: ASan's reports (SIGSEGV included) through
     * its callback, UBSan's and a timeout through a signal */
    int sigs[] = {SIGABRT, SIGALRM, SIGSEGV, SIGBUS, SIGFPE, SIGILL};
    size_t nsigs = sizeof sigs / sizeof sigs[0];
    if (__sanitizer_set_death_callback) {
        __sanitizer_set_death_callback(on_death);
        nsigs = 2;
    }
    for (size_t i = 0; i < nsigs; i++)
        signal(sigs[i], on_signal);

    Names files = {0};
    collect("examples", ".rkt", 1, &files);
    collect("rules", ".rkt", 0, &files);
    if (files.n == 0) {
        fprintf(stderr, "fuzz: no .rkt files below examples/ or in rules/ of '%s'\n", argc == 2 ? argv[1] : ".");
        return 2;
    }
    names_sort(&files);
    pl.per = (budget + files.n - 1) / files.n;
    if (pl.per < 40)
        pl.per = 40;
    mkdir(FAILDIR, 0777);
    {   /* the failures of an earlier run */
        Names old = {0};
        collect(FAILDIR, ".rkt", 0, &old);
        collect(FAILDIR, ".txt", 0, &old);
        for (int i = 0; i < old.n; i++) {
            remove(old.v[i]);
            free(old.v[i]);
        }
        free(old.v);
    }
    setvbuf(stdout, NULL, _IOLBF, 0);   /* the workers' lines, whole */
    double t0 = now();
    if (pl.njobs == 1)
        run_all(&files, &pl);
    else
        run_jobs(&files, &pl);
    for (int i = 0; i < files.n; i++)
        free(files.v[i]);
    free(files.v);
    rmdir(FAILDIR);             /* only when empty */
    if (nfail >= MAXFAIL)
        printf("fuzz: stopped after %d failures\n", MAXFAIL);
    printf("fuzz: %d inputs in %.1f s, %d process%s\n", npass + nfail, now() - t0, pl.njobs,
           pl.njobs > 1 ? "es" : "");
    printf("fuzz: %d passed, %d failed\n", npass, nfail);
    return nfail ? 1 : 0;
}
