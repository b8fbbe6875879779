/*
 * ls_pos.c - positions as LSP counts them: a line from 0 and a character
 * in UTF-16 code units (a code point above U+FFFF is two), or in bytes
 * when the client chose "utf-8"; rkt's own columns count characters as
 * utf8_cols does (an invalid byte is one).  Lines are found with the
 * file's line map, so converting a position costs its line only.  And
 * file URIs, both ways.
 */
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "lsp/lsp.h"

/* Code units of the character at s (n bytes left): its length in *bytes. */
static int units(const char *s, size_t n, bool utf8, int *bytes)
{
    bool valid;
    unsigned char c = (unsigned char)*s;
    int len = c < 0x80 ? 1 : utf8_char_len(s, n, &valid);
    if (len < 1)
        len = 1;
    *bytes = len;
    if (utf8)
        return len;
    return c < 0x80 || !valid ? 1 : len == 4 ? 2 : 1;
}

/* The end of the line that starts at `start`: its '\n' (or a '\r' just
 * before it), or the text's end. */
static int line_end(const SrcFile *f, int start)
{
    const char *nl = memchr(f->text + start, '\n', f->len - (size_t)start);
    int end = nl ? (int)(nl - f->text) : (int)f->len;
    if (end > start && f->text[end - 1] == '\r')
        end--;
    return end;
}

int ls_offset(SrcFile *f, int line, int character, bool utf8)
{
    if (!f || !f->text || line < 0)
        return 0;
    int start = line < 0x7fffffff ? src_line_start(f, line + 1) : -1;
    if (start < 0)
        return (int)f->len;
    int end = line_end(f, start), at = start, u = 0, b;
    while (at < end && u < character) {
        u += units(f->text + at, (size_t)(end - at), utf8, &b);
        at += b;
    }
    return at > end ? end : at;
}

json_t *ls_position(SrcFile *f, int at, bool utf8)
{
    if (!f || !f->text)
        return json_pack("{s:i,s:i}", "line", 0, "character", 0);
    if (at < 0)
        at = 0;
    if ((size_t)at > f->len)
        at = (int)f->len;
    int line = src_line_at(f, at);
    int start = src_line_start(f, line), u = 0, b;
    for (int i = start; i < at; i += b)
        u += units(f->text + i, (size_t)(at - i), utf8, &b);
    return json_pack("{s:i,s:i}", "line", line - 1, "character", u);
}

json_t *ls_range(SrcFile *f, int lo, int hi, bool utf8)
{
    return json_pack("{s:o,s:o}", "start", ls_position(f, lo, utf8), "end", ls_position(f, hi, utf8));
}

int ls_char_offset(SrcFile *f, int line, int col)
{
    if (!f || !f->text || line < 1)
        return 0;
    int start = src_line_start(f, line);
    if (start < 0)
        return (int)f->len;
    int end = line_end(f, start), at = start, b;
    for (int c = 1; c < col && at < end; c++) {
        units(f->text + at, (size_t)(end - at), true, &b);
        at += b;
    }
    return at;
}

/* ---- URIs ---------------------------------------------------------------- */

static int hexval(int c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
         : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

char *ls_path_of_uri(const char *uri)
{
    if (!uri || strncmp(uri, "file://", 7) != 0)
        return NULL;
    const char *p = uri + 7;
    if (*p != '/') {                 /* file://host/path: only localhost */
        if (strncmp(p, "localhost/", 10) != 0)
            return NULL;
        p += 9;
    }
    size_t n = strlen(p);
    char *out = xmalloc(n + 1), *o = out;
    for (size_t i = 0; i < n; i++) {
        int h1, h2;
        if (p[i] == '%' && i + 2 < n && (h1 = hexval(p[i + 1])) >= 0 && (h2 = hexval(p[i + 2])) >= 0) {
            char c = (char)(h1 * 16 + h2);
            if (c == 0) {            /* a NUL would cut the path */
                free(out);
                return NULL;
            }
            *o++ = c;
            i += 2;
        } else {
            *o++ = p[i];
        }
    }
    *o = 0;
    return out;
}

char *ls_uri_of_path(const char *path)
{
    char *abs = realpath(path, NULL);
    const char *p = abs ? abs : path;
    Sbuf b;
    sb_init(&b);
    sb_puts(&b, "file://");
    for (const unsigned char *u = (const unsigned char *)p; *u; u++) {
        if ((*u >= 'a' && *u <= 'z') || (*u >= 'A' && *u <= 'Z') || (*u >= '0' && *u <= '9') ||
            strchr("/-._~", *u))
            sb_putc(&b, (char)*u);
        else
            sb_printf(&b, "%%%02X", *u);
    }
    free(abs);
    return sb_take(&b);
}
