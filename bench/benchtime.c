/*
 * benchtime.c - runs commands interleaved and reports wall time and peak
 * memory (bench/run.sh).
 *
 *   benchtime [-n RUNS] [-w WARMUP] [-t SECONDS] CMD [:: CMD ...]
 *
 * Each CMD is `[>OUT] [2>ERR] PROGRAM ARG...` (stdin, and stdout and stderr
 * unless redirected, are /dev/null; `>` truncates at every run).  The
 * commands run in turn, RUNS times each (default 3) after WARMUP
 * unrecorded rounds (default 0), each by fork and execvp with no shell
 * between, timed from fork to wait4 with CLOCK_MONOTONIC.  So a command
 * and its peer see the same load on a shared machine.  Every other round
 * runs them in reverse, A B B A A B ..., so that each command follows
 * each other one (and itself) as often: on the project's machine a run's
 * time depends on the run before it (the pages it freed go back to the
 * host, reported every 2 s: README), and in a plain A B A B one command
 * of a pair came out 20% slower in every round of some runs and the
 * other in others, at random.
 *
 * A run still going after SECONDS (default: none) is killed, with its
 * process group; that command is then not run again.  Prints one line per
 * command:
 *
 *   cmd=K runs=N status=S best=SEC median=SEC max=SEC rss_kb=KB samples=SEC,...
 *
 * where status is the exit status of the last run (`sigN` for a signal,
 * `timeout`, or `noexec`), and rss_kb the largest peak resident set of the
 * runs: ru_maxrss of wait4, which is what GNU time prints as %M.
 * Exits 0 unless the arguments are wrong (2).
 */
#define _DEFAULT_SOURCE     /* wait4 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

typedef struct Cmd {
    char **argv;
    const char *out, *err;
    double *t;          /* the recorded wall times */
    int n;              /* how many */
    long rss_kb;
    char status[16];
    int stopped;        /* timed out or could not start: not run again */
} Cmd;

static volatile sig_atomic_t alarmed;

static void on_alarm(int sig)
{
    (void)sig;
    alarmed = 1;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void redirect(const char *path, int fd, int flags)
{
    int f = open(path, flags, 0666);
    if (f < 0 || dup2(f, fd) < 0)
        _exit(126);
    if (f != fd)
        close(f);
}

/* One run of c; returns its wall time, or -1 when it did not finish. */
static double run(Cmd *c, double timeout)
{
    double t0 = now();
    pid_t pid = fork();
    if (pid < 0) {
        snprintf(c->status, sizeof c->status, "noexec");
        c->stopped = 1;
        return -1;
    }
    if (pid == 0) {
        setpgid(0, 0);
        redirect("/dev/null", 0, O_RDONLY);
        redirect(c->out ? c->out : "/dev/null", 1, O_WRONLY | O_CREAT | O_TRUNC);
        redirect(c->err ? c->err : "/dev/null", 2, O_WRONLY | O_CREAT | O_TRUNC);
        execvp(c->argv[0], c->argv);
        _exit(127);
    }
    setpgid(pid, pid);
    if (timeout > 0) {
        struct itimerval it = { { 0, 0 }, { (time_t)timeout, (suseconds_t)((timeout - (double)(time_t)timeout) * 1e6) } };
        alarmed = 0;
        setitimer(ITIMER_REAL, &it, NULL);
    }
    int st = 0, killed = 0;
    struct rusage ru;
    memset(&ru, 0, sizeof ru);
    for (;;) {
        pid_t w = wait4(pid, &st, 0, &ru);
        if (w == pid)
            break;
        if (w < 0 && errno == EINTR && alarmed && !killed) {
            kill(-pid, SIGKILL);
            kill(pid, SIGKILL);
            killed = 1;
            continue;
        }
        if (w < 0 && errno != EINTR) {
            snprintf(c->status, sizeof c->status, "noexec");
            c->stopped = 1;
            return -1;
        }
    }
    double t1 = now();
    if (timeout > 0) {
        struct itimerval off = { { 0, 0 }, { 0, 0 } };
        setitimer(ITIMER_REAL, &off, NULL);
    }
    if (ru.ru_maxrss > c->rss_kb)
        c->rss_kb = ru.ru_maxrss;
    if (killed) {
        snprintf(c->status, sizeof c->status, "timeout");
        c->stopped = 1;
        return -1;
    }
    if (WIFEXITED(st) && WEXITSTATUS(st) == 127) {
        snprintf(c->status, sizeof c->status, "noexec");
        c->stopped = 1;
        return -1;
    }
    if (WIFSIGNALED(st))
        snprintf(c->status, sizeof c->status, "sig%d", WTERMSIG(st));
    else
        snprintf(c->status, sizeof c->status, "%d", WEXITSTATUS(st));
    return t1 - t0;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static int usage(void)
{
    fprintf(stderr, "usage: benchtime [-n RUNS] [-w WARMUP] [-t SECONDS] [>OUT] [2>ERR] PROGRAM ARG... [:: ...]\n");
    return 2;
}

int main(int argc, char **argv)
{
    int runs = 3, warmup = 0;
    double timeout = 0;
    int i = 1;
    for (; i + 1 < argc && argv[i][0] == '-'; i += 2) {
        char *end;
        if (!strcmp(argv[i], "-n"))
            runs = (int)strtol(argv[i + 1], &end, 10);
        else if (!strcmp(argv[i], "-w"))
            warmup = (int)strtol(argv[i + 1], &end, 10);
        else if (!strcmp(argv[i], "-t"))
            timeout = strtod(argv[i + 1], &end);
        else
            return usage();
        if (*end || runs < 1 || warmup < 0 || timeout < 0)
            return usage();
    }
    if (i >= argc)
        return usage();

    Cmd *cmds = calloc((size_t)argc, sizeof *cmds);
    if (!cmds)
        return 2;
    int nc = 0;
    while (i < argc) {
        Cmd *c = &cmds[nc++];
        for (; i < argc; i++) {
            if (!strncmp(argv[i], "2>", 2))
                c->err = argv[i] + 2;
            else if (argv[i][0] == '>')
                c->out = argv[i] + 1;
            else
                break;
        }
        c->argv = &argv[i];
        for (; i < argc && strcmp(argv[i], "::"); i++)
            ;
        if (c->argv == &argv[i])
            return usage();
        if (i < argc)
            argv[i++] = NULL;       /* ends this command's argv */
        c->t = calloc((size_t)runs, sizeof *c->t);
        if (!c->t)
            return 2;
        snprintf(c->status, sizeof c->status, "none");
    }

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm;       /* no SA_RESTART: wait4 returns EINTR */
    sigaction(SIGALRM, &sa, NULL);

    for (int r = 0; r < warmup + runs; r++) {
        for (int j = 0; j < nc; j++) {
            Cmd *c = &cmds[r % 2 ? nc - 1 - j : j];
            if (c->stopped)
                continue;
            double t = run(c, timeout);
            if (t >= 0 && r >= warmup)
                c->t[c->n++] = t;
        }
    }

    for (int k = 0; k < nc; k++) {
        Cmd *c = &cmds[k];
        printf("cmd=%d runs=%d status=%s", k + 1, c->n, c->status);
        if (c->n) {
            double *s = malloc((size_t)c->n * sizeof *s);
            if (!s)
                return 2;
            memcpy(s, c->t, (size_t)c->n * sizeof *s);
            qsort(s, (size_t)c->n, sizeof *s, cmp_double);
            double med = c->n % 2 ? s[c->n / 2] : (s[c->n / 2 - 1] + s[c->n / 2]) / 2;
            printf(" best=%.6f median=%.6f max=%.6f", s[0], med, s[c->n - 1]);
            free(s);
        }
        printf(" rss_kb=%ld samples=", c->rss_kb);
        for (int j = 0; j < c->n; j++)
            printf("%s%.6f", j ? "," : "", c->t[j]);
        printf("\n");
    }
    return 0;
}
