/*
 * testutil.h - shared helpers for the cmocka unit tests: the includes
 * cmocka needs (in the order it needs them), capturing what a function
 * writes to a FILE *, and reading files of the repository.
 */
#ifndef RKT_TESTUTIL_H
#define RKT_TESTUTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Capture: FILE *f = cap_open(&c); ...write to f...; s = cap_close(&c);
 * s is malloc'd and NUL-terminated. */
typedef struct Capture {
    FILE *f;
    char *buf;
    size_t len;
} Capture;

static inline FILE *cap_open(Capture *c)
{
    c->buf = NULL;
    c->len = 0;
    c->f = open_memstream(&c->buf, &c->len);
    assert_non_null(c->f);
    return c->f;
}

static inline char *cap_close(Capture *c)
{
    fclose(c->f);
    c->f = NULL;
    return c->buf;
}

/* Contents of `rel` under $RKT_SRCDIR (or "."), malloc'd; NULL if
 * unreadable. */
static inline char *read_repo_file(const char *rel)
{
    const char *dir = getenv("RKT_SRCDIR");
    if (!dir || !*dir)
        dir = ".";
    size_t n = strlen(dir) + strlen(rel) + 2;
    char *path = malloc(n);
    if (!path)
        return NULL;
    snprintf(path, n, "%s/%s", dir, rel);
    FILE *fp = fopen(path, "rb");
    free(path);
    if (!fp)
        return NULL;
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    char chunk[4096];
    size_t r;
    while (m && (r = fread(chunk, 1, sizeof chunk, fp)) > 0)
        fwrite(chunk, 1, r, m);
    int bad = ferror(fp);
    fclose(fp);
    if (m)
        fclose(m);
    if (bad || !m) {
        free(buf);
        return NULL;
    }
    return buf;
}

#endif
