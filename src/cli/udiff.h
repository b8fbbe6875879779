/*
 * udiff.h - a unified diff of two texts, line by line (`rkt fmt
 * --check`): a shortest edit script (Myers), hunks of three lines of
 * context, `--- a/NAME` and `+++ b/NAME` headers, in the format `diff -u`
 * writes (where several shortest scripts tie, the one found may differ
 * from diff's).  The same texts always give the same diff.
 */
#ifndef RKT_CLI_UDIFF_H
#define RKT_CLI_UDIFF_H

#include <stddef.h>
#include <stdio.h>

/* Writes the diff turning a (na bytes) into b (nb bytes) to out; nothing
 * when they are equal.  name heads both sides. */
void ud_write(FILE *out, const char *name, const char *a, size_t na, const char *b, size_t nb);

#endif
