/*
 * ls_rpc.c - the base protocol's framing: a header of "Name: value" lines
 * ended by an empty line, of which Content-Length says how many bytes of
 * body follow.  Reading is forgiving so that garbage never stops the
 * server: a header line is searched for "Content-Length:" anywhere in it
 * (the rest of a body cut short by a wrong length runs into the next
 * header), overlong lines are cut, and a body too long to keep is read
 * and dropped.  Every byte is read once: linear in the input.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/util.h"
#include "lsp/lsp.h"

/* One header line without its "\r\n" (cut at LS_MAX_HEADER_LINE bytes);
 * false at EOF before any byte. */
static bool read_line(FILE *in, char *buf, size_t cap, size_t *n)
{
    int c;
    size_t k = 0;
    bool any = false;
    while ((c = getc(in)) != EOF) {
        any = true;
        if (c == '\n')
            break;
        if (k + 1 < cap)
            buf[k++] = (char)c;
    }
    if (k && buf[k - 1] == '\r')
        k--;
    buf[k] = 0;
    *n = k;
    return any;
}

/* The value of a Content-Length in the line, or -1 (none), -2 (not a
 * number). */
static long long content_length(const char *line, size_t n)
{
    static const char key[] = "content-length:";
    const size_t kl = sizeof key - 1;
    for (size_t i = 0; i + kl <= n; i++) {
        if (strncasecmp(line + i, key, kl) != 0)
            continue;
        const char *p = line + i + kl;
        while (*p == ' ' || *p == '\t')
            p++;
        if (!isdigit((unsigned char)*p))
            return -2;
        long long v = 0;
        while (isdigit((unsigned char)*p)) {
            if (v > LS_MAX_BODY * 4LL)
                return LS_MAX_BODY * 4LL;   /* too long, whatever it says */
            v = v * 10 + (*p++ - '0');
        }
        while (*p == ' ' || *p == '\t')
            p++;
        return *p ? -2 : v;
    }
    return -1;
}

LsRead ls_read(FILE *in, char **body, size_t *len, const char **why)
{
    char line[LS_MAX_HEADER_LINE + 1];
    size_t n;
    long long cl = -1;
    bool header = false, bad = false;
    *body = NULL;
    *len = 0;
    for (;;) {
        if (!read_line(in, line, sizeof line, &n))
            return LS_EOF;
        if (n == 0) {
            if (header)
                break;
            continue;            /* blank lines between messages */
        }
        header = true;
        long long v = content_length(line, n);
        if (v == -2)
            bad = true;
        else if (v >= 0)
            cl = v, bad = false;
    }
    if (cl < 0 || bad) {
        *why = bad ? "Content-Length is not a number" : "a header without Content-Length";
        return LS_BAD;
    }
    size_t want = (size_t)cl;
    bool keep = want <= LS_MAX_BODY;
    char *b = keep ? xmalloc(want + 1) : NULL;
    char drop[4096];
    size_t got = 0;
    while (got < want) {
        size_t chunk = keep ? want - got : (want - got < sizeof drop ? want - got : sizeof drop);
        size_t r = fread(keep ? b + got : drop, 1, chunk, in);
        if (r == 0) {
            free(b);
            return LS_EOF;
        }
        got += r;
    }
    if (!keep) {
        *why = "the message is too long";
        return LS_BAD;
    }
    b[want] = 0;
    *body = b;
    *len = want;
    return LS_MSG;
}

void ls_write(FILE *out, json_t *msg)
{
    char *s = json_dumps(msg, JSON_COMPACT | JSON_ENSURE_ASCII);
    json_decref(msg);
    if (!s)
        return;
    fprintf(out, "Content-Length: %zu\r\n\r\n%s", strlen(s), s);
    fflush(out);
    free(s);
}

json_t *ls_strn(const char *s, size_t n)
{
    Sbuf b;
    sb_init(&b);
    for (size_t i = 0; i < n;) {
        bool valid = true;
        unsigned char c = (unsigned char)s[i];
        int len = c < 0x80 ? 1 : utf8_char_len(s + i, n - i, &valid);
        if (c == 0 || (c >= 0x80 && (!valid || len < 2))) {
            sb_puts(&b, "\xef\xbf\xbd");
            i += len < 1 ? 1 : (size_t)len;
            continue;
        }
        sb_add(&b, s + i, (size_t)len);
        i += (size_t)len;
    }
    json_t *j = json_stringn(b.s ? b.s : "", b.len);
    sb_free(&b);
    return j ? j : json_string("");
}

json_t *ls_str(const char *s)
{
    return ls_strn(s ? s : "", s ? strlen(s) : 0);
}
