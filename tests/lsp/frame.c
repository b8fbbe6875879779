/*
 * frame.c - the golden LSP sessions' framing (tests/lsp/run.sh):
 *
 *   frame frame ROOT   < session.jsonl > framed    a message per line, with
 *                      @ROOT@ replaced by ROOT, each framed with its
 *                      Content-Length (lines starting with '#' and empty
 *                      lines are comments); @FILE:path@ is replaced by the
 *                      text of ROOT/path escaped for a JSON string, so a
 *                      session opens an example as it is in the checkout
 *   frame unframe ROOT < framed > out.jsonl         the server's messages, a
 *                      line each, ROOT replaced by @ROOT@; exits 1 when a
 *                      header is not "Content-Length: N" or a body is short
 *
 * The only thing normalised is ROOT, the checkout's absolute path, which
 * file URIs carry.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void put_replaced(FILE *out, const char *s, size_t n, const char *from, const char *to)
{
    size_t fl = strlen(from);
    for (size_t i = 0; i < n;) {
        if (fl && i + fl <= n && memcmp(s + i, from, fl) == 0) {
            fputs(to, out);
            i += fl;
        } else {
            putc(s[i++], out);
        }
    }
}

/* The text of ROOT/path as the inside of a JSON string. */
static void put_file(FILE *out, const char *root, const char *path, size_t n)
{
    char name[4096];
    snprintf(name, sizeof name, "%s/%.*s", root, (int)n, path);
    FILE *f = fopen(name, "rb");
    if (!f) {
        fprintf(stderr, "frame: cannot read %s\n", name);
        exit(2);
    }
    int c;
    while ((c = getc(f)) != EOF) {
        if (c == '"' || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c == '\n')
            fputs("\\n", out);
        else if (c < 0x20)
            fprintf(out, "\\u%04x", c);
        else
            putc(c, out);
    }
    fclose(f);
}

/* A line with @ROOT@ and @FILE:path@ replaced. */
static void expand(FILE *out, const char *s, size_t n, const char *root)
{
    for (size_t i = 0; i < n;) {
        const char *e;
        if (strncmp(s + i, "@FILE:", 6) == 0 && (e = memchr(s + i + 6, '@', n - i - 6))) {
            put_file(out, root, s + i + 6, (size_t)(e - (s + i + 6)));
            i = (size_t)(e - s) + 1;
        } else if (strncmp(s + i, "@ROOT@", 6) == 0) {
            fputs(root, out);
            i += 6;
        } else {
            putc(s[i++], out);
        }
    }
}

static int frame(const char *root)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    while ((n = getline(&line, &cap, stdin)) > 0) {
        if (line[n - 1] == '\n')
            line[--n] = 0;
        if (n == 0 || line[0] == '#')
            continue;
        char *buf = NULL;
        size_t len = 0;
        FILE *m = open_memstream(&buf, &len);
        expand(m, line, (size_t)n, root);
        fclose(m);
        printf("Content-Length: %zu\r\n\r\n", len);
        fwrite(buf, 1, len, stdout);
        free(buf);
    }
    free(line);
    return 0;
}

static int unframe(const char *root)
{
    char head[256];
    for (;;) {
        if (!fgets(head, sizeof head, stdin))
            return 0;
        size_t len;
        char crlf[3] = {0};
        if (sscanf(head, "Content-Length: %zu", &len) != 1 || fread(crlf, 1, 2, stdin) != 2 ||
            strcmp(crlf, "\r\n") != 0) {
            fprintf(stderr, "frame: bad header '%s'\n", head);
            return 1;
        }
        char *b = malloc(len + 1);
        if (!b || fread(b, 1, len, stdin) != len) {
            fprintf(stderr, "frame: a body shorter than its Content-Length %zu\n", len);
            return 1;
        }
        put_replaced(stdout, b, len, root, "@ROOT@");
        putchar('\n');
        free(b);
    }
}

int main(int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "frame") == 0)
        return frame(argv[2]);
    if (argc == 3 && strcmp(argv[1], "unframe") == 0)
        return unframe(argv[2]);
    fputs("usage: frame frame|unframe ROOT\n", stderr);
    return 2;
}
