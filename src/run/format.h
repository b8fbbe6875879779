/*
 * format.h - `rkt fmt` as the library does it (rkt_format): one text
 * parsed with its comments and blank lines, and printed again by the
 * formatter (front/fmt.h) when it has no syntax error.
 */
#ifndef RKT_RUN_FORMAT_H
#define RKT_RUN_FORMAT_H

#include <stddef.h>

#include "run/pipeline.h"

/* Formats text (len bytes) shown as `name` into *out (malloc'd, NUL
 * terminated, *outlen bytes); the file and its diagnostics go into
 * out_run, as a run's would.  RUN_OK; RUN_INPUT with syntax errors (then
 * *out is NULL); RUN_USAGE when a limit was reached. */
int run_format(RunOutcome *out_run, const char *name, const char *text, size_t len, char **out, size_t *outlen);

#endif
