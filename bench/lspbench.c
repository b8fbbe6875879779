/*
 * lspbench.c - how soon `rkt lsp` answers a change (bench/lsp.sh).
 *
 *   lspbench [-n CHANGES] [-w WARMUP] [-t SECONDS] RKT FILE
 *
 * Starts `RKT lsp` on pipes, initializes it and opens FILE (its text, under
 * its file:// URI), then sends CHANGES (default 31) didChange
 * notifications, each with the whole text and a comment line of its own
 * appended (so every change is a new text, analysed in full), each
 * followed by a hover request, after WARMUP (default 2) unrecorded ones.
 * Each change is timed with CLOCK_MONOTONIC from its write to the
 * publishDiagnostics it causes (`diag`) and to the hover's answer
 * (`answer`).  Prints
 *
 *   lsp changes=N status=S diag_median=SEC diag_max=SEC answer_median=SEC samples=SEC,...
 *
 * status is 0, or what went wrong (`exit`, `timeout` after SECONDS,
 * default 60, for the whole run).  Exits 0 unless the arguments are wrong (2).
 */
#define _DEFAULT_SOURCE
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void on_alarm(int sig)
{
    (void)sig;
    fputs("lsp changes=0 status=timeout\n", stdout);
    fflush(stdout);
    _exit(0);
}

/* s as the inside of a JSON string, malloc'd. */
static char *json_escape(const char *s, size_t n)
{
    char *o = malloc(n * 6 + 1), *p = o;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            *p++ = '\\', *p++ = (char)c;
        else if (c == '\n')
            *p++ = '\\', *p++ = 'n';
        else if (c < 0x20)
            p += sprintf(p, "\\u%04x", c);
        else
            *p++ = (char)c;
    }
    *p = 0;
    return o;
}

static void send_msg(FILE *to, const char *body)
{
    fprintf(to, "Content-Length: %zu\r\n\r\n%s", strlen(body), body);
    fflush(to);
}

/* The next message's body (malloc'd), or NULL at the end. */
static char *read_msg(FILE *from)
{
    char line[256];
    size_t len = 0;
    int have = 0;
    while (fgets(line, sizeof line, from)) {
        if (strcmp(line, "\r\n") == 0) {
            if (!have)
                return NULL;
            char *b = malloc(len + 1);
            if (!b || fread(b, 1, len, from) != len) {
                free(b);
                return NULL;
            }
            b[len] = 0;
            return b;
        }
        if (sscanf(line, "Content-Length: %zu", &len) == 1)
            have = 1;
    }
    return NULL;
}

static int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
    int n = 31, warm = 2, secs = 60, o;
    while ((o = getopt(argc, argv, "n:w:t:")) != -1) {
        if (o == 'n') n = atoi(optarg);
        else if (o == 'w') warm = atoi(optarg);
        else if (o == 't') secs = atoi(optarg);
        else return 2;
    }
    if (argc - optind != 2 || n < 1) {
        fputs("usage: lspbench [-n CHANGES] [-w WARMUP] [-t SECONDS] RKT FILE\n", stderr);
        return 2;
    }
    const char *rkt = argv[optind], *file = argv[optind + 1];
    FILE *f = fopen(file, "rb");
    char *real = realpath(file, NULL);
    if (!f || !real) {
        fprintf(stderr, "lspbench: cannot read %s\n", file);
        return 2;
    }
    char *text = NULL;
    size_t tlen = 0;
    FILE *m = open_memstream(&text, &tlen);
    for (int c; (c = getc(f)) != EOF;)
        putc(c, m);
    fclose(m);
    fclose(f);
    int in[2], out[2];
    if (pipe(in) || pipe(out))
        return 2;
    pid_t pid = fork();
    if (pid == 0) {
        dup2(in[0], 0);
        dup2(out[1], 1);
        close(in[1]);
        close(out[0]);
        execl(rkt, rkt, "lsp", (char *)NULL);
        _exit(127);
    }
    close(in[0]);
    close(out[1]);
    signal(SIGALRM, on_alarm);
    alarm((unsigned)secs);
    FILE *to = fdopen(in[1], "w"), *from = fdopen(out[0], "r");
    char *body = malloc(tlen * 6 + 4096);
    char *esc = json_escape(text, tlen);
    send_msg(to, "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}");
    sprintf(body, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":"
                  "{\"uri\":\"file://%s\",\"languageId\":\"rkt\",\"version\":1,\"text\":\"%s\"}}}", real, esc);
    send_msg(to, body);
    double *diag = calloc((size_t)(n + warm), sizeof *diag), *ans = calloc((size_t)(n + warm), sizeof *ans);
    const char *status = "0";
    for (int i = 0; i < n + warm; i++) {
        sprintf(body, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":"
                      "{\"uri\":\"file://%s\",\"version\":%d},\"contentChanges\":[{\"text\":\"%s# change %d\\n\"}]}}",
                real, i + 2, esc, i);
        double t0 = now();
        send_msg(to, body);
        sprintf(body, "{\"jsonrpc\":\"2.0\",\"id\":%d,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":"
                      "{\"uri\":\"file://%s\"},\"position\":{\"line\":0,\"character\":0}}}", i + 1, real);
        send_msg(to, body);
        char want[64], version[64];
        snprintf(want, sizeof want, "\"id\":%d,", i + 1);
        snprintf(version, sizeof version, "\"version\":%d}", i + 2);
        char *msg;
        diag[i] = ans[i] = 0;
        while ((msg = read_msg(from))) {
            if (!diag[i] && strstr(msg, "\"textDocument/publishDiagnostics\"") && strstr(msg, version))
                diag[i] = now() - t0;
            int done = strstr(msg, want) != NULL;
            free(msg);
            if (done) {
                ans[i] = now() - t0;
                break;
            }
        }
        if (!msg) {
            status = "exit";
            n = i > warm ? i - warm : 0;
            break;
        }
    }
    send_msg(to, "{\"jsonrpc\":\"2.0\",\"id\":999999,\"method\":\"shutdown\"}");
    send_msg(to, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
    fclose(to);
    waitpid(pid, NULL, 0);
    if (n == 0) {
        printf("lsp changes=0 status=%s\n", status);
        return 0;
    }
    double *d = diag + warm, *a = ans + warm;
    printf("lsp changes=%d status=%s", n, status);
    double *sd = malloc((size_t)n * sizeof *sd), *sa = malloc((size_t)n * sizeof *sa);
    memcpy(sd, d, (size_t)n * sizeof *sd);
    memcpy(sa, a, (size_t)n * sizeof *sa);
    qsort(sd, (size_t)n, sizeof *sd, cmp);
    qsort(sa, (size_t)n, sizeof *sa, cmp);
    printf(" diag_median=%.6f diag_max=%.6f answer_median=%.6f samples=", sd[n / 2], sd[n - 1], sa[n / 2]);
    for (int i = 0; i < n; i++)
        printf("%s%.6f", i ? "," : "", d[i]);
    putchar('\n');
    return 0;
}
